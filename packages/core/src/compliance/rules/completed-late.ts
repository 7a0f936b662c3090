import type { Rule } from '../../plugin.js';
import { flat } from '../messages.js';
import { obligationFinding } from './shared.js';

/**
 * `completed-late`: the unit reports the task done, but its (latest) `completedOn` is after the
 * resolved deadline. Completing on the deadline day is on time.
 *
 * @category Rules
 * @example
 * ```ts
 * completedLate.id; // 'completed-late'
 * ```
 */
export const completedLate: Rule = {
  id: 'completed-late',
  severity: 'warning',
  description: 'Done, but completed after the deadline',
  *check(ctx) {
    for (const o of ctx.obligations) {
      if (o.state !== 'done_late' || o.due === null || o.completedOn === undefined) continue;
      yield obligationFinding(
        completedLate,
        o,
        flat`任务${o.task.number}应于${o.due}前完成，${o.unit}于${o.completedOn}完成`,
        flat`Task ${o.task.number} was due on ${o.due}; ${o.unit} completed it on ${o.completedOn}`,
        { due: o.due, completedOn: o.completedOn },
      );
    }
  },
};
