import type {
  CheckResult,
  EntryStatus,
  Finding,
  Location,
  Obligation,
  ObligationState,
  Plan,
  Role,
  ScoreLine,
  Severity,
} from '@zwgk/core';
import { scoreLine, ZwgkError } from '@zwgk/core';
import { OBLIGATION_STATES, periodLabel, type ReportLocale, ruleLabel } from './labels.js';

/**
 * Options of {@link buildReport}.
 *
 * @category Report model
 * @example
 * ```ts
 * const options: ReportOptions = { title: '2024年政务公开重点工作第三季度督导通报', issuer: '宿州市政务公开办公室' };
 * ```
 */
export interface ReportOptions {
  /** The report's title; default `<plan title>落实情况督导通报`. */
  title?: string;
  /** Who issues the report; default the plan's issuer. */
  issuer?: string;
  /** Report language, `zh` (default) or `en`. */
  locale?: ReportLocale;
}

/**
 * Counts of one unit, one section or the whole plan, as the scorecard gives them, plus the place in
 * the report's ranking for units.
 *
 * @category Report model
 * @example
 * ```ts
 * const line: ReportLine = { ...scorecard.overall, rank: 1 };
 * ```
 */
export interface ReportLine extends ScoreLine {
  /** 1-based place among units, best completion rate first (units only). */
  rank?: number;
  /** The section number as printed, `一` (sections only). */
  number?: string;
}

/**
 * The headline figures of a report.
 *
 * @category Report model
 * @example
 * ```ts
 * const { completionRate, overdue, missingLedgers } = report.summary;
 * ```
 */
export interface ReportSummary extends ScoreLine {
  /** Units with at least one obligation. */
  units: number;
  /** Tasks in the plan. */
  tasks: number;
  /** Sections in the plan. */
  sections: number;
  /** Units that have published no ledger by its due date (findings `ledger-missing`). */
  missingLedgers: number;
  /** Units with at least one overdue obligation. */
  unitsWithOverdue: number;
  /** All findings, and by severity. */
  findings: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * One obligation as a report lists it (overdue and due-soon lists).
 *
 * @category Report model
 * @example
 * ```ts
 * const item: ReportItem = report.overdue[0];
 * console.log(item.unit, item.taskNumber, item.due, item.days);
 * ```
 */
export interface ReportItem {
  unit: string;
  taskId: string;
  taskNumber: string;
  /** The task's first words, to recognise it without the plan at hand. */
  taskSummary: string;
  sectionId: string | null;
  role: Role;
  due: string | null;
  /** Overdue: calendar days past `due` at asOf. Due soon: calendar days left. */
  days: number;
  entryStatus: EntryStatus | null;
  progress?: number;
  state: ObligationState;
  location?: Location;
}

/**
 * One task of the plan with the counts of its obligations by state.
 *
 * @category Report model
 * @example
 * ```ts
 * report.tasks.find((t) => t.number === '3')?.counts.overdue;
 * ```
 */
export interface ReportTask {
  id: string;
  number: string;
  sectionId: string | null;
  summary: string;
  /** The deadline as the plan printed it (`2024年7月底前`, `持续推进`). */
  deadline: string;
  /** The due date most of its obligations resolve to, or null (continuous tasks). */
  due: string | null;
  obligations: number;
  counts: Record<ObligationState, number>;
}

/**
 * The counts of one unit within one section (a cell of the unit × section matrix).
 *
 * @category Report model
 * @example
 * ```ts
 * const cell: ReportCell = report.sectionMatrix.cells[0][0];
 * ```
 */
export interface ReportCell {
  obligations: number;
  done: number;
  overdue: number;
  dueSoon: number;
  missing: number;
  /** The most pressing state in the cell, or null when the unit has no duty there. */
  worst: ObligationState | null;
  completionRate: number;
}

/**
 * A unit × task status matrix: `cells[u][t]` is the state of unit `units[u]` on task `tasks[t]`,
 * null where the unit has no duty. Rows follow the unit ranking.
 *
 * @category Report model
 * @example
 * ```ts
 * const { units, tasks, cells } = report.matrix;
 * ```
 */
export interface ReportMatrix {
  units: string[];
  /** Task ids, in plan order. */
  tasks: string[];
  cells: (ObligationState | null)[][];
}

/**
 * A unit × section matrix of counts, the readable aggregate when units × tasks is too large to show.
 *
 * @category Report model
 * @example
 * ```ts
 * report.sectionMatrix.cells[0]?.[0]?.completionRate;
 * ```
 */
export interface ReportSectionMatrix {
  units: string[];
  /** Section keys, in plan order. */
  sections: string[];
  cells: ReportCell[][];
}

/**
 * One date on the deadline timeline: the tasks due that day and how their obligations stand.
 *
 * @category Report model
 * @example
 * ```ts
 * report.timeline.map((p) => `${p.due}: ${p.tasks.join('、')}`);
 * ```
 */
export interface ReportTimelinePoint {
  due: string;
  /** Task numbers due that day, in plan order. */
  tasks: string[];
  obligations: number;
  done: number;
  overdue: number;
  dueSoon: number;
  /** Whether the date is on or before asOf. */
  past: boolean;
}

/**
 * A unit with no ledger published by its due date.
 *
 * @category Report model
 * @example
 * ```ts
 * report.missingLedgers.map((m) => m.unit);
 * ```
 */
export interface ReportMissingLedger {
  unit: string;
  /** The ledger due date, when the finding carries it. */
  due: string | null;
  /** Obligations of the unit. */
  obligations: number;
  message: string;
}

/**
 * One period of a recurring requirement within the plan year.
 *
 * @category Report model
 * @example
 * ```ts
 * const period: ReportPeriod = { start: '2024-01-01', end: '2024-06-30', label: '上半年', status: 'past' };
 * ```
 */
export interface ReportPeriod {
  start: string;
  end: string;
  label: string;
  /** `past` ended by asOf, `current` contains asOf, `future` not begun. */
  status: 'past' | 'current' | 'future';
}

/**
 * A recurring requirement of the plan (每半年评估, 年度内至少1次培训) with its periods and who missed it.
 *
 * @category Report model
 * @example
 * ```ts
 * report.recurring.map((r) => `${r.taskNumber} ${r.what} ${r.everyLabel}`);
 * ```
 */
export interface ReportRecurring {
  taskId: string;
  taskNumber: string;
  what: string;
  every: string;
  everyLabel: string;
  min?: number;
  periods: ReportPeriod[];
  /** Units obligated by the task. */
  units: number;
  /** Units with a `recurring-missed` finding for the task. */
  missedUnits: string[];
}

/**
 * The findings of one rule.
 *
 * @category Report model
 * @example
 * ```ts
 * report.findingsByRule.map((g) => `${g.label}: ${g.count}`);
 * ```
 */
export interface ReportRuleGroup {
  rule: string;
  label: string;
  /** The most severe severity among the findings. */
  severity: Severity;
  count: number;
  findings: Finding[];
}

/**
 * Everything a report says, computed once from a plan and a check by {@link buildReport}. Every
 * renderer reads only this, so Markdown, HTML, DOCX and XLSX print the same numbers.
 *
 * @category Report model
 * @example
 * ```ts
 * const report: ReportData = buildReport(plan, result);
 * console.log(report.summary.completionRate, report.overdue.length);
 * ```
 */
export interface ReportData {
  title: string;
  issuer: string | null;
  locale: ReportLocale;
  asOf: string;
  plan: { title: string; docNumber: string | null; issued: string | null; year: number };
  summary: ReportSummary;
  /** Per section, in plan order. */
  sections: ReportLine[];
  /** Per unit, best completion rate first (then fewer overdue, then name). */
  units: ReportLine[];
  /** Tasks in plan order. */
  tasks: ReportTask[];
  matrix: ReportMatrix;
  sectionMatrix: ReportSectionMatrix;
  /** Dates with tasks due, earliest first. */
  timeline: ReportTimelinePoint[];
  /** Overdue obligations, most overdue first. */
  overdue: ReportItem[];
  /** Obligations due soon, soonest first. */
  dueSoon: ReportItem[];
  missingLedgers: ReportMissingLedger[];
  recurring: ReportRecurring[];
  /** Findings grouped by rule: errors first, then by count. */
  findingsByRule: ReportRuleGroup[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
// How pressing a state is, for the worst state of a matrix cell.
const URGENCY: Record<ObligationState, number> = {
  missing: 6,
  overdue: 5,
  due_soon: 4,
  ongoing: 3,
  on_track: 2,
  done_late: 1,
  done: 0,
};

/**
 * Computes the report data once from a plan and the result of a compliance check: summary, per
 * section, per unit (ranked by completion rate), the unit × task and unit × section matrices, the
 * deadline timeline, overdue and due-soon lists, units with missing ledgers, recurring requirements
 * with their periods, and all findings grouped by rule. Renderers only lay this out.
 *
 * The counts come from the check's scorecard (so the report agrees with `zwgk check`); lists,
 * matrices and the timeline come from its obligations and findings.
 *
 * @param plan - the task plan the check ran on
 * @param result - what `checkCompliance` returned
 * @param options - title, issuer and locale
 * @returns the report data
 * @throws ZwgkError `invalid-argument` when `result.asOf` is not an ISO date
 * @category Report model
 * @example
 * ```ts
 * import { buildReport, renderMarkdown } from '@zwgk/report';
 *
 * const report = buildReport(plan, result, { issuer: '宿州市政务公开办公室' });
 * process.stdout.write(renderMarkdown(report));
 * ```
 */
export function buildReport(plan: Plan, result: CheckResult, options: ReportOptions = {}): ReportData {
  if (!ISO_DATE.test(result.asOf))
    throw new ZwgkError('invalid-argument', `result.asOf must be an ISO date, got ${JSON.stringify(result.asOf)}`);
  const locale = options.locale ?? 'zh';
  const asOf = result.asOf;
  const taskById = new Map(plan.tasks.map((t) => [t.id, t]));
  const taskOrder = new Map(plan.tasks.map((t, i) => [t.id, i]));
  const summaries = new Map(plan.tasks.map((t) => [t.id, summarizeTask(t.text)]));

  // Units: the scorecard's lines, plus any unit that has obligations but no line.
  const byUnit = new Map<string, Obligation[]>();
  for (const o of result.obligations) {
    getOrAdd(byUnit, o.unit, () => []).push(o);
  }
  const unitLines: ReportLine[] = result.scorecard.byUnit.map((l) => ({ ...l }));
  const known = new Set(unitLines.map((l) => l.key));
  for (const [unit, list] of byUnit) if (!known.has(unit)) unitLines.push(scoreLine(unit, unit, list));
  unitLines.sort(
    (a, b) =>
      b.completionRate - a.completionRate ||
      a.overdue + a.missing - (b.overdue + b.missing) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  unitLines.forEach((l, i) => {
    l.rank = i + 1;
  });
  const unitIndex = new Map(unitLines.map((l, i) => [l.key, i]));

  // Sections in plan order, matched to the scorecard by key (section id) or label.
  const sectionLines: ReportLine[] = plan.sections.map((s) => {
    const line =
      result.scorecard.bySection.find((l) => l.key === s.id) ??
      result.scorecard.bySection.find((l) => l.label === s.title || l.label === s.number);
    const base =
      line ??
      scoreLine(
        s.id,
        s.title,
        result.obligations.filter((o) => o.sectionId === s.id),
      );
    return { ...base, key: s.id, label: s.title, number: s.number };
  });
  const sectionIndex = new Map(sectionLines.map((l, i) => [l.key, i]));

  // Tasks, matrix, section matrix, timeline and lists in one pass over the obligations.
  const taskCounts = new Map<string, Record<ObligationState, number>>();
  const taskDues = new Map<string, Map<string, number>>();
  const cells: (ObligationState | null)[][] = unitLines.map(() => new Array(plan.tasks.length).fill(null));
  const sectionCells: ReportCell[][] = unitLines.map(() => sectionLines.map(() => emptyCell()));
  const timeline = new Map<string, ReportTimelinePoint & { taskSet: Set<string> }>();
  const overdue: ReportItem[] = [];
  const dueSoon: ReportItem[] = [];
  for (const o of result.obligations) {
    getOrAdd(taskCounts, o.taskId, zeroCounts)[o.state]++;
    const u = unitIndex.get(o.unit);
    const t = taskOrder.get(o.taskId);
    if (u !== undefined && t !== undefined) {
      const row = cells[u]!;
      const prev = row[t];
      if (prev === null || prev === undefined || URGENCY[o.state] > URGENCY[prev]) row[t] = o.state;
    }
    const s = o.sectionId === null ? undefined : sectionIndex.get(o.sectionId);
    if (u !== undefined && s !== undefined) addToCell(sectionCells[u]![s]!, o.state);
    if (o.due !== null) {
      const dues = getOrAdd(taskDues, o.taskId, () => new Map<string, number>());
      dues.set(o.due, (dues.get(o.due) ?? 0) + 1);
      let point = timeline.get(o.due);
      if (!point) {
        point = {
          due: o.due,
          tasks: [],
          taskSet: new Set(),
          obligations: 0,
          done: 0,
          overdue: 0,
          dueSoon: 0,
          past: o.due <= asOf,
        };
        timeline.set(o.due, point);
      }
      point.taskSet.add(o.taskId);
      point.obligations++;
      if (o.state === 'done' || o.state === 'done_late') point.done++;
      else if (o.state === 'overdue') point.overdue++;
      else if (o.state === 'due_soon') point.dueSoon++;
    }
    if (o.state === 'overdue' || o.state === 'due_soon') {
      const item: ReportItem = {
        unit: o.unit,
        taskId: o.taskId,
        taskNumber: o.taskNumber,
        taskSummary: summaries.get(o.taskId) ?? '',
        sectionId: o.sectionId,
        role: o.role,
        due: o.due,
        days: o.due === null ? 0 : Math.abs(daysBetween(o.due, asOf)),
        entryStatus: o.entryStatus,
        state: o.state,
      };
      if (o.progress !== undefined) item.progress = o.progress;
      if (o.location !== undefined) item.location = o.location;
      (o.state === 'overdue' ? overdue : dueSoon).push(item);
    }
  }
  const byTaskThenUnit = (a: ReportItem, b: ReportItem) =>
    (taskOrder.get(a.taskId) ?? 0) - (taskOrder.get(b.taskId) ?? 0) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);
  overdue.sort((a, b) => b.days - a.days || byTaskThenUnit(a, b));
  dueSoon.sort((a, b) => a.days - b.days || byTaskThenUnit(a, b));

  const tasks: ReportTask[] = plan.tasks.map((t) => {
    const counts = taskCounts.get(t.id) ?? zeroCounts();
    return {
      id: t.id,
      number: t.number,
      sectionId: t.sectionId,
      summary: summaries.get(t.id) ?? '',
      deadline: t.deadline.raw,
      due: mostCommon(taskDues.get(t.id)),
      obligations: OBLIGATION_STATES.reduce((n, s) => n + counts[s], 0),
      counts,
    };
  });

  const timelinePoints: ReportTimelinePoint[] = [...timeline.values()]
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
    .map(({ taskSet, ...p }) => ({
      ...p,
      tasks: [...taskSet]
        .sort((a, b) => (taskOrder.get(a) ?? 0) - (taskOrder.get(b) ?? 0))
        .map((id) => taskById.get(id)?.number ?? id),
    }));

  // Missing ledgers, one line per unit, from `ledger-missing` findings.
  const missingLedgers: ReportMissingLedger[] = [];
  const seenMissing = new Set<string>();
  for (const f of result.findings) {
    if (f.rule !== 'ledger-missing' || f.unit === undefined || seenMissing.has(f.unit)) continue;
    seenMissing.add(f.unit);
    // The compliance engine puts the ledger due date in `data.ledgerDue`.
    const due = f.data?.ledgerDue ?? f.data?.due;
    missingLedgers.push({
      unit: f.unit,
      due: typeof due === 'string' && ISO_DATE.test(due) ? due : null,
      obligations: byUnit.get(f.unit)?.length ?? 0,
      message: locale === 'zh' ? f.message : f.messageEn,
    });
  }

  const recurring = recurringOf(plan, result, locale, byUnit);
  const findingsByRule = groupFindings(result.findings, locale);
  const overall = result.scorecard.overall;
  const severities = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) severities[f.severity]++;

  return {
    title: options.title ?? (locale === 'zh' ? `${plan.title}落实情况督导通报` : `Progress report: ${plan.title}`),
    issuer: options.issuer ?? plan.issuer,
    locale,
    asOf,
    plan: { title: plan.title, docNumber: plan.docNumber, issued: plan.issued, year: plan.year },
    summary: {
      ...overall,
      units: unitLines.length,
      tasks: plan.tasks.length,
      sections: plan.sections.length,
      missingLedgers: missingLedgers.length,
      unitsWithOverdue: new Set(overdue.map((i) => i.unit)).size,
      findings: result.findings.length,
      errors: severities.error,
      warnings: severities.warning,
      infos: severities.info,
    },
    sections: sectionLines,
    units: unitLines,
    tasks,
    matrix: { units: unitLines.map((l) => l.key), tasks: plan.tasks.map((t) => t.id), cells },
    sectionMatrix: {
      units: unitLines.map((l) => l.key),
      sections: sectionLines.map((l) => l.key),
      cells: sectionCells,
    },
    timeline: timelinePoints,
    overdue,
    dueSoon,
    missingLedgers,
    recurring,
    findingsByRule,
  };
}

/**
 * The first words of a task's text, for lists and tables: up to the first full stop or semicolon,
 * at most 24 characters.
 *
 * @param text - the task's text
 * @returns a short summary
 * @category Report model
 * @example
 * ```ts
 * summarizeTask('聚焦经济发展，及时公开重大政策。'); // '聚焦经济发展，及时公开重大政策'
 * ```
 */
export function summarizeTask(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const stop = oneLine.search(/[。；;！？]/);
  const head = stop > 0 ? oneLine.slice(0, stop) : oneLine;
  const chars = [...head];
  return chars.length > 24 ? `${chars.slice(0, 23).join('')}…` : head;
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function zeroCounts(): Record<ObligationState, number> {
  return { done: 0, done_late: 0, on_track: 0, ongoing: 0, due_soon: 0, overdue: 0, missing: 0 };
}

function emptyCell(): ReportCell {
  return { obligations: 0, done: 0, overdue: 0, dueSoon: 0, missing: 0, worst: null, completionRate: 0 };
}

function addToCell(cell: ReportCell, state: ObligationState): void {
  cell.obligations++;
  if (state === 'done' || state === 'done_late') cell.done++;
  else if (state === 'overdue') cell.overdue++;
  else if (state === 'due_soon') cell.dueSoon++;
  else if (state === 'missing') cell.missing++;
  if (cell.worst === null || URGENCY[state] > URGENCY[cell.worst]) cell.worst = state;
  cell.completionRate = cell.done / cell.obligations;
}

function mostCommon(counts: Map<string, number> | undefined): string | null {
  if (!counts) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && value < best)) {
      best = value;
      bestCount = n;
    }
  }
  return best;
}

/** Whole calendar days from `from` to `to` (ISO dates), negative when `to` is earlier. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function groupFindings(findings: readonly Finding[], locale: ReportLocale): ReportRuleGroup[] {
  const groups = new Map<string, ReportRuleGroup>();
  for (const f of findings) {
    let g = groups.get(f.rule);
    if (!g) {
      g = { rule: f.rule, label: ruleLabel(f.rule, locale), severity: f.severity, count: 0, findings: [] };
      groups.set(f.rule, g);
    }
    g.count++;
    g.findings.push(f);
    if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[g.severity]) g.severity = f.severity;
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      b.count - a.count ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

function recurringOf(
  plan: Plan,
  result: CheckResult,
  locale: ReportLocale,
  byUnit: Map<string, Obligation[]>,
): ReportRecurring[] {
  const missed = new Map<string, Set<string>>();
  for (const f of result.findings) {
    if (f.rule !== 'recurring-missed' || f.unit === undefined) continue;
    const key = f.taskId ?? plan.tasks.find((t) => t.number === f.taskNumber)?.id;
    if (key === undefined) continue;
    getOrAdd(missed, key, () => new Set<string>()).add(f.unit);
  }
  const unitsOf = new Map<string, number>();
  for (const list of byUnit.values()) {
    const seen = new Set<string>();
    for (const o of list) {
      if (seen.has(o.taskId)) continue;
      seen.add(o.taskId);
      unitsOf.set(o.taskId, (unitsOf.get(o.taskId) ?? 0) + 1);
    }
  }
  const out: ReportRecurring[] = [];
  for (const task of plan.tasks) {
    const duties: { what: string; every: string; min?: number }[] = [];
    if (task.deadline.kind === 'recurring') {
      duties.push({ what: summarizeTask(task.text), every: task.deadline.every, min: task.deadline.min });
    }
    for (const r of task.requirements) {
      if (r.kind === 'recurring') duties.push({ what: r.what, every: r.every, min: r.min });
    }
    for (const d of duties) {
      const item: ReportRecurring = {
        taskId: task.id,
        taskNumber: task.number,
        what: d.what,
        every: d.every,
        everyLabel: periodLabel(d.every, locale),
        periods: periodsOf(d.every, plan.year, result.asOf, locale),
        units: unitsOf.get(task.id) ?? 0,
        missedUnits: [...(missed.get(task.id) ?? [])].sort(),
      };
      if (d.min !== undefined) item.min = d.min;
      out.push(item);
    }
  }
  return out;
}

const HALF_ZH = ['上半年', '下半年'];
const QUARTER_ZH = ['第一季度', '第二季度', '第三季度', '第四季度'];

/**
 * The periods of an ISO-8601 period (`P6M`, `P3M`, `P1M`, `P1Y`) within a plan year, each marked
 * past, current or future against asOf. Periods in weeks or days are not split (one period: the year).
 */
function periodsOf(every: string, year: number, asOf: string, locale: ReportLocale): ReportPeriod[] {
  const m = /^P(\d+)([YMWD])$/.exec(every);
  const months = m?.[2] === 'M' ? Number(m[1]) : 12;
  const step = months >= 1 && months <= 12 && 12 % months === 0 ? months : 12;
  const periods: ReportPeriod[] = [];
  for (let first = 1, i = 0; first <= 12; first += step, i++) {
    const last = first + step - 1;
    const start = isoDate(year, first, 1);
    const end = isoDate(year, last, lastDayOfMonth(year, last));
    const zh = locale === 'zh';
    const label =
      step === 12
        ? zh
          ? `${year}年`
          : `${year}`
        : step === 6
          ? zh
            ? HALF_ZH[i]!
            : `H${i + 1}`
          : step === 3
            ? zh
              ? QUARTER_ZH[i]!
              : `Q${i + 1}`
            : zh
              ? `${first}月${step > 1 ? `—${last}月` : ''}`
              : `${start} – ${end}`;
    const status = end <= asOf ? 'past' : start <= asOf ? 'current' : 'future';
    periods.push({ start, end, label, status });
  }
  return periods;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
