import type { Rule } from '../../plugin.js';
import { locateLedger } from '../messages.js';

/**
 * `unknown-unit`: a ledger whose unit is neither in the directory (by name or alias) nor named
 * by the plan, so none of its rows can be checked (a warning); and, as information, a group the
 * plan names (`各乡镇`) whose members the directory does not list, so its tasks cannot be checked
 * unit by unit. A concrete plan unit missing from the directory is not unknown: it keeps its
 * obligations under its plan name.
 *
 * @category Rules
 * @example
 * ```ts
 * unknownUnit.id; // 'unknown-unit'
 * ```
 */
export const unknownUnit: Rule = {
  id: 'unknown-unit',
  severity: 'warning',
  description: 'A ledger from a unit the directory and the plan do not know',
  *check(ctx) {
    for (const group of ctx.unexpandedGroups) {
      yield {
        severity: 'info',
        unit: group,
        message: `方案中的“${group}”是一组单位，单位名录未列出其成员，相关任务无法逐单位检查`,
        messageEn: `The plan names "${group}", a group whose members the directory does not list; its tasks cannot be checked unit by unit`,
        data: { group },
      };
    }
    for (const ledger of ctx.unknownLedgers) {
      const group = ctx.directory.isGroup(ledger.unit);
      const location = locateLedger(ledger);
      yield {
        unit: ledger.unit,
        ...(location ? { location } : {}),
        message: group
          ? `台账单位“${ledger.unit}”是一组单位，不是具体单位，无法核对`
          : `台账单位“${ledger.unit}”不在单位名录中，方案也未列出，无法核对`,
        messageEn: group
          ? `The ledger's unit "${ledger.unit}" is a group, not a concrete unit; it cannot be checked`
          : `The ledger's unit "${ledger.unit}" is neither in the directory nor in the plan; it cannot be checked`,
        data: { entries: ledger.entries.length },
      };
    }
  },
};
