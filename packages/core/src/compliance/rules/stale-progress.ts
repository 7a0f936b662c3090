import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Rule } from '../../plugin.js';
import { flat } from '../messages.js';
import { obligationFinding } from './shared.js';

/**
 * `stale-progress`: a continuous task (持续推进) whose entries were last updated more than
 * `staleAfterDays` (default 90, about a quarter) before `asOf`. The update date is the latest
 * `updatedOn` of the unit's entries for the task, else its ledger's `publishedAt`; with neither,
 * nothing can be judged and the obligation's light is grey. Exactly `staleAfterDays` days is not stale.
 *
 * @category Rules
 * @example
 * ```ts
 * staleProgress.id; // 'stale-progress'
 * ```
 */
export const staleProgress: Rule = {
  id: 'stale-progress',
  severity: 'warning',
  description: 'A continuous task with no progress update within the reporting period',
  *check(ctx) {
    const asOf = parseISO(ctx.asOf);
    const ages = new Map<string, number>();
    for (const o of ctx.obligations) {
      if (o.entries.length === 0 || o.status === 'done' || o.lastUpdate === undefined) continue;
      if (ctx.deadlineOf(o.task).kind !== 'continuous') continue;
      let age = ages.get(o.lastUpdate);
      if (age === undefined) {
        age = differenceInCalendarDays(asOf, parseISO(o.lastUpdate));
        ages.set(o.lastUpdate, age);
      }
      if (age <= ctx.settings.staleAfterDays) continue;
      yield obligationFinding(
        staleProgress,
        o,
        flat`${o.unit}任务${o.task.number}（持续推进）自${o.lastUpdate}起${age}天未更新进展`,
        flat`${o.unit} has not updated continuous task ${o.task.number} since ${o.lastUpdate} (${age} days)`,
        { lastUpdate: o.lastUpdate, days: age, staleAfterDays: ctx.settings.staleAfterDays },
      );
    }
  },
};
