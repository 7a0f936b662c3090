import type { Rule } from '../../plugin.js';
import { flat } from '../messages.js';
import { hasRealEvidence } from '../prepare.js';
import { obligationFinding } from './shared.js';

/**
 * `done-without-evidence`: the unit reports the task done and none of its entries for the task
 * gives evidence (佐证材料). Cells such as `无`, `暂无`, `/` or `—` are not evidence.
 *
 * @category Rules
 * @example
 * ```ts
 * doneWithoutEvidence.id; // 'done-without-evidence'
 * ```
 */
export const doneWithoutEvidence: Rule = {
  id: 'done-without-evidence',
  severity: 'warning',
  description: 'Done with no evidence',
  *check(ctx) {
    for (const o of ctx.obligations) {
      if (o.status !== 'done' || hasRealEvidence(o.entries)) continue;
      yield obligationFinding(
        doneWithoutEvidence,
        o,
        flat`${o.unit}报告任务${o.task.number}已完成，但未提供佐证材料`,
        flat`${o.unit} reports task ${o.task.number} done but gives no evidence`,
      );
    }
  },
};
