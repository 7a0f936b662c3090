import type { ObligationState, Scorecard, ScoreLine } from '../model/compliance.js';
import type { Plan } from '../model/plan.js';
import type { ObligationContext } from './context.js';

interface Counts {
  obligations: number;
  done: number;
  doneLate: number;
  onTrack: number;
  dueSoon: number;
  overdue: number;
  ongoing: number;
  missing: number;
}

const empty = (): Counts => ({
  obligations: 0,
  done: 0,
  doneLate: 0,
  onTrack: 0,
  dueSoon: 0,
  overdue: 0,
  ongoing: 0,
  missing: 0,
});

// Which count each state adds to; a Record over the enum, so a new state fails the build here.
const FIELD: Record<ObligationState, keyof Counts> = {
  done: 'done',
  done_late: 'doneLate',
  on_track: 'onTrack',
  due_soon: 'dueSoon',
  overdue: 'overdue',
  ongoing: 'ongoing',
  missing: 'missing',
};

function add(counts: Counts, o: { readonly state: ObligationState }): void {
  counts.obligations++;
  counts[FIELD[o.state]]++;
  // Done late is done too.
  if (o.state === 'done_late') counts.done++;
}

function line(key: string, label: string, counts: Counts): ScoreLine {
  const rate = counts.obligations === 0 ? 0 : counts.done / counts.obligations;
  return { key, label, ...counts, completionRate: Math.round(rate * 10000) / 10000 };
}

/**
 * Counts obligations into one score line: how many are done (done late included), done late, on
 * track, due soon, overdue, ongoing and missing, and the completion rate `done / obligations`
 * rounded to 4 decimals (0 when there are none). The scorecard's lines are made this way; reports
 * use it for their own groupings (a unit within a section …) so that every number agrees.
 *
 * @param key - the line's key (a unit name, a section id …)
 * @param label - the line's label as shown
 * @param obligations - the obligations to count (only their `state` is read)
 * @returns the {@link ScoreLine}
 * @category Compliance
 * @example
 * ```ts
 * import { scoreLine } from '@zwgk/core';
 * scoreLine('s1', '一、围绕中心工作抓好主动公开', [{ state: 'done' }, { state: 'overdue' }]).completionRate; // 0.5
 * ```
 */
export function scoreLine(
  key: string,
  label: string,
  obligations: Iterable<{ readonly state: ObligationState }>,
): ScoreLine {
  const counts = empty();
  for (const o of obligations) add(counts, o);
  return line(key, label, counts);
}

/**
 * The scorecard of a check: overall, per unit (in the order units first appear in the plan) and
 * per section (in plan order). `done` counts done late too; `completionRate` is `done /
 * obligations`, rounded to 4 decimals.
 *
 * @param plan - the plan (for section labels)
 * @param obligations - the obligations with their states
 * @param asOf - the date of the check
 * @returns the {@link Scorecard}
 * @category Compliance
 * @example
 * ```ts
 * const card = buildScorecard(plan, ctx.obligations, '2024-09-30');
 * card.overall.completionRate;
 * ```
 */
export function buildScorecard(plan: Plan, obligations: readonly ObligationContext[], asOf: string): Scorecard {
  const overall = empty();
  const byUnit = new Map<string, Counts>();
  const bySection = new Map<string, Counts>();
  for (const section of plan.sections) bySection.set(section.id, empty());
  for (const o of obligations) {
    add(overall, o);
    let unit = byUnit.get(o.unit);
    if (!unit) {
      unit = empty();
      byUnit.set(o.unit, unit);
    }
    add(unit, o);
    const sectionKey = o.task.sectionId ?? '';
    let section = bySection.get(sectionKey);
    if (!section) {
      section = empty();
      bySection.set(sectionKey, section);
    }
    add(section, o);
  }
  const sectionLabel = new Map(plan.sections.map((s) => [s.id, `${s.number}、${s.title}`]));
  return {
    asOf,
    overall: line('all', '全部', overall),
    byUnit: [...byUnit].map(([unit, counts]) => line(unit, unit, counts)),
    bySection: [...bySection]
      .filter(([, counts]) => counts.obligations > 0)
      .map(([key, counts]) => line(key, sectionLabel.get(key) ?? '未分节', counts)),
  };
}
