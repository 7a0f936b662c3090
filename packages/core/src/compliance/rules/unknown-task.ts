import type { Rule } from '../../plugin.js';

/**
 * `unknown-task`: a ledger row whose task number is not a task of the plan (or has none).
 * Numbers are compared loosely: `03`, `3.` and `三` are task 3.
 *
 * @category Rules
 * @example
 * ```ts
 * unknownTask.id; // 'unknown-task'
 * ```
 */
export const unknownTask: Rule = {
  id: 'unknown-task',
  severity: 'warning',
  description: 'A ledger row names a task the plan does not have',
  *check(ctx) {
    for (const { entry, ledger, location } of ctx.unmatchedEntries) {
      const unit = ctx.ledgerOf(ledger.unit)?.unit ?? ledger.unit;
      const number = entry.taskNumber;
      yield {
        unit,
        ...(number !== null ? { taskNumber: number } : {}),
        location,
        message:
          number === null
            ? `${unit}台账第${location.row}行未对应方案中的任何任务`
            : `${unit}台账第${location.row}行的任务编号“${number}”不在方案中`,
        messageEn:
          number === null
            ? `Row ${location.row} of ${unit}'s ledger matches no task of the plan`
            : `Row ${location.row} of ${unit}'s ledger names task "${number}", which the plan does not have`,
      };
    }
  },
};
