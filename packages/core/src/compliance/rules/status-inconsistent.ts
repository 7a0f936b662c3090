import type { LedgerEntry } from '../../model/ledger.js';
import type { Rule } from '../../plugin.js';
import { flat, statusEn, statusZh } from '../messages.js';
import { obligationFinding } from './shared.js';

type Problem = [code: string, message: string, messageEn: string];

// The contradictions of one entry, or undefined (the common case, without allocating).
function problemsOf(entry: LedgerEntry, asOf: string, n: string): Problem[] | undefined {
  const { status, completedOn, progress } = entry;
  const doneWithoutDate = status === 'done' && completedOn === undefined;
  const future = completedOn !== undefined && completedOn > asOf;
  const fullNotDone = progress === 100 && status !== 'done' && status !== 'ongoing';
  const doneBelow = progress !== undefined && progress < 100 && status === 'done';
  const notStarted = status === 'not_started' && (completedOn !== undefined || (progress ?? 0) > 0);
  if (!doneWithoutDate && !future && !fullNotDone && !doneBelow && !notStarted) return undefined;
  const out: Problem[] = [];
  if (doneWithoutDate) {
    out.push([
      'done-without-date',
      flat`任务${n}标为已完成，但未填写完成时间`,
      flat`Task ${n} is marked done without a completion date`,
    ]);
  }
  if (future) {
    out.push([
      'completed-in-future',
      flat`任务${n}的完成时间${completedOn}晚于检查日期${asOf}`,
      flat`Task ${n} gives a completion date ${completedOn} after the check date ${asOf}`,
    ]);
  }
  if (fullNotDone) {
    out.push([
      'full-progress-not-done',
      flat`任务${n}进度为100%，但状态为“${statusZh(status)}”`,
      flat`Task ${n} is at 100% but marked ${statusEn(status)}`,
    ]);
  }
  if (doneBelow) {
    out.push([
      'done-below-full-progress',
      flat`任务${n}标为已完成，但进度为${progress}%`,
      flat`Task ${n} is marked done at ${progress}% progress`,
    ]);
  }
  if (notStarted) {
    out.push([
      'not-started-with-progress',
      flat`任务${n}标为未启动，却填写了完成时间或进度`,
      flat`Task ${n} is marked not started but gives a completion date or progress`,
    ]);
  }
  return out;
}

/**
 * `status-inconsistent`: an entry contradicts itself or the date of the check — done without a
 * completion date; a completion date after `asOf`; progress 100 but not done (continuous tasks
 * reported as ongoing are exempt); done with progress below 100; not started with a completion
 * date or some progress. One finding per problem, `data.problem` says which.
 *
 * @category Rules
 * @example
 * ```ts
 * statusInconsistent.id; // 'status-inconsistent'
 * ```
 */
export const statusInconsistent: Rule = {
  id: 'status-inconsistent',
  severity: 'warning',
  description: 'An entry contradicts itself (done without a date, a date in the future, progress vs status …)',
  *check(ctx) {
    for (const o of ctx.obligations) {
      for (const located of o.entries) {
        const { entry } = located;
        const problems = problemsOf(entry, ctx.asOf, o.task.number);
        if (problems === undefined) continue;
        for (const [problem, message, messageEn] of problems) {
          const data = { problem, status: entry.status };
          yield obligationFinding(statusInconsistent, o, message, messageEn, data, located.location);
        }
      }
    }
  },
};
