import type { Rule } from '../../plugin.js';
import { flat } from '../messages.js';
import { obligationFinding } from './shared.js';

/**
 * `lead-silent`: the lead unit (牵头单位) of a task has no entry for it — its ledger leaves the
 * task out, or it sent no ledger and the ledger due date has passed.
 *
 * @category Rules
 * @example
 * ```ts
 * leadSilent.id; // 'lead-silent'
 * ```
 */
export const leadSilent: Rule = {
  id: 'lead-silent',
  severity: 'warning',
  description: 'The lead unit of a task has no entry for it',
  *check(ctx) {
    const due = ctx.settings.ledgerDue;
    const ledgerLate = due === null || ctx.asOf > due;
    for (const o of ctx.obligations) {
      if (o.role !== 'lead' || o.entries.length > 0) continue;
      if (o.ledger === undefined && !ledgerLate) continue;
      const file = o.ledger?.ledgers[0]?.source.file;
      yield obligationFinding(
        leadSilent,
        o,
        flat`${o.unit}是任务${o.task.number}的牵头单位，但${o.ledger ? '台账中没有该任务的记录' : '未报送台账'}`,
        flat`${o.unit} leads task ${o.task.number} but ${o.ledger ? 'its ledger has no entry for it' : 'sent no ledger'}`,
        undefined,
        file === undefined ? undefined : { file },
      );
    }
  },
};
