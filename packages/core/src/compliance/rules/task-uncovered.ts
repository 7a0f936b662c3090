import type { Rule } from '../../plugin.js';
import { roleZh } from '../messages.js';
import { obligationFinding } from './shared.js';

/**
 * `task-uncovered`: a unit's ledger has no entry for a task it is assigned to (as lead,
 * responsible or cooperating unit; cooperating units get an `info`). Units that sent no ledger at
 * all are `ledger-missing` instead.
 *
 * @category Rules
 * @example
 * ```ts
 * taskUncovered.id; // 'task-uncovered'
 * ```
 */
export const taskUncovered: Rule = {
  id: 'task-uncovered',
  severity: 'warning',
  description: "A unit's ledger has no entry for a task it is assigned to",
  *check(ctx) {
    for (const o of ctx.obligations) {
      if (o.entries.length > 0 || o.ledger === undefined) continue;
      const first = o.ledger.ledgers[0];
      const location = first?.source.file !== undefined ? { file: first.source.file } : undefined;
      const finding = obligationFinding(
        taskUncovered,
        o,
        `${o.unit}台账中没有任务${o.task.number}的记录（${roleZh(o.role)}${o.via ? `，经“${o.via}”` : ''}）`,
        `${o.unit}'s ledger has no entry for task ${o.task.number} (${o.role}${o.via ? ` via ${o.via}` : ''})`,
        o.via ? { role: o.role, via: o.via } : { role: o.role },
        location,
      );
      if (o.role === 'cooperate') finding.severity = 'info';
      yield finding;
    }
  },
};
