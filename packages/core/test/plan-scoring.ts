// Scoring a parsed Plan against a hand-checked expectation (test/fixtures/plans/*.expected.json).
// The expectations come from reading the documents, never from parser output; this module only
// compares. Counts are kept beside the ratios so a corpus can be micro-averaged.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { match } from 'ts-pattern';
import { z } from 'zod';
import type { Assignment, Deadline, Plan, Role, Task } from '../src/model/index.js';
import { normalizeText, normalizeUnitName } from '../src/text/normalize.js';

/**
 * An expected deadline. `by` may be `*-MM-DD` when the document never states its year (only the
 * month and day are then compared).
 *
 * @example
 * ```ts
 * ExpectedDeadlineSchema.parse({ kind: 'date', by: '*-12-31', raw: '年底前' });
 * ```
 */
export const ExpectedDeadlineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), by: z.string().regex(/^(\d{4}|\*)-\d{2}-\d{2}$/), raw: z.string().optional() }),
  z.object({ kind: z.literal('continuous'), raw: z.string().optional() }),
  z.object({
    kind: z.literal('relative'),
    days: z.number().int().nonnegative(),
    dayKind: z.enum(['calendar', 'working']).default('calendar'),
    raw: z.string().optional(),
  }),
  z.object({ kind: z.literal('recurring'), every: z.string(), raw: z.string().optional() }),
  z.object({ kind: z.literal('none'), raw: z.string().optional() }),
]);

/** See {@link ExpectedDeadlineSchema}. */
export type ExpectedDeadline = z.infer<typeof ExpectedDeadlineSchema>;

/**
 * One hand-checked task: number as printed (null when the document prints none), the first
 * characters of its text, its units by role, and its deadline.
 *
 * @example
 * ```ts
 * ExpectedTaskSchema.parse({ no: '1', text_head: '聚焦经济发展', responsible: ['县区政府'], deadline: { kind: 'continuous' } });
 * ```
 */
export const ExpectedTaskSchema = z.object({
  no: z.string().nullable(),
  text_head: z.string().min(2),
  lead: z.array(z.string()).default([]),
  responsible: z.array(z.string()).default([]),
  cooperate: z.array(z.string()).default([]),
  deadline: ExpectedDeadlineSchema,
});

/** See {@link ExpectedTaskSchema}. */
export type ExpectedTask = z.infer<typeof ExpectedTaskSchema>;

/**
 * A fixture's expectation file; fields other than `year` and `tasks` are kept for readers.
 *
 * @example
 * ```ts
 * PlanExpectationSchema.parse({ year: 2024, tasks: [] });
 * ```
 */
export const PlanExpectationSchema = z
  .object({
    year: z.number().int().nullable(),
    tasks: z.array(ExpectedTaskSchema),
  })
  .loose();

/** See {@link PlanExpectationSchema}. */
export type PlanExpectation = z.infer<typeof PlanExpectationSchema>;

/** Raw counts behind a {@link PlanScore}, summed over a corpus for micro-averages. */
export interface PlanScoreCounts {
  tasksExpected: number;
  tasksFound: number;
  /** Parsed tasks that matched no expected task. */
  tasksExtra: number;
  unitsExpected: number;
  unitsParsed: number;
  unitsMatched: number;
  rolesCorrect: number;
  deadlinesCorrect: number;
}

/** How well one parsed plan matches its expectation. Ratios are 1 when there is nothing to count. */
export interface PlanScore {
  tasksExpected: number;
  tasksFound: number;
  taskRecall: number;
  unitPrecision: number;
  unitRecall: number;
  unitF1: number;
  /** Over units found in both (matched tasks): the role agrees. */
  roleAccuracy: number;
  /** Over matched tasks: kind agrees, and the date / days / period agrees. */
  deadlineAccuracy: number;
  counts: PlanScoreCounts;
  /** One line per disagreement, for the parser's author. */
  problems: string[];
}

const ratio = (num: number, den: number): number => (den === 0 ? 1 : num / den);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Text as the scorer compares it: normalised, and without punctuation that copies drop or change. */
function comparable(text: string): string {
  return normalizeText(text).replace(/[，,、；;：:。.“”"‘’'（）()《》〈〉【】\-—|]/g, '');
}

/** Task numbers as printed vary in brackets and dots (`（一）`, `(一)`, `1.`); compare the core. */
function comparableNumber(no: string): string {
  return normalizeText(no).replace(/[（）().、．\s]/g, '');
}

function expectedUnits(task: ExpectedTask): Map<string, Role> {
  const units = new Map<string, Role>();
  const add = (names: string[], role: Role) => {
    for (const name of names) {
      const unit = normalizeUnitName(name);
      if (!units.has(unit)) units.set(unit, role);
    }
  };
  add(task.lead, 'lead');
  add(task.responsible, 'responsible');
  add(task.cooperate, 'cooperate');
  return units;
}

function parsedUnits(assignments: readonly Assignment[]): Map<string, Role> {
  const units = new Map<string, Role>();
  for (const a of assignments) {
    const unit = normalizeUnitName(a.unit);
    if (unit !== '' && !units.has(unit)) units.set(unit, a.role);
  }
  return units;
}

/** Why two deadlines differ, or null when they agree. */
export function deadlineDifference(expected: ExpectedDeadline, parsed: Deadline): string | null {
  const show = (d: Deadline): string =>
    match(d)
      .with({ kind: 'date' }, (x) => `date ${x.by}`)
      .with({ kind: 'continuous' }, () => 'continuous')
      .with({ kind: 'relative' }, (x) => `relative ${x.days} ${x.dayKind}`)
      .with({ kind: 'recurring' }, (x) => `recurring ${x.every}`)
      .with({ kind: 'none' }, () => 'none')
      .exhaustive();
  const agree = match(expected)
    .with({ kind: 'date' }, (e) => {
      if (parsed.kind !== 'date') return false;
      return e.by.startsWith('*-') ? parsed.by.slice(4) === e.by.slice(1) : parsed.by === e.by;
    })
    .with({ kind: 'continuous' }, () => parsed.kind === 'continuous')
    .with(
      { kind: 'relative' },
      (e) => parsed.kind === 'relative' && parsed.days === e.days && parsed.dayKind === e.dayKind,
    )
    .with({ kind: 'recurring' }, (e) => parsed.kind === 'recurring' && parsed.every === e.every)
    .with({ kind: 'none' }, () => parsed.kind === 'none')
    .exhaustive();
  if (agree) return null;
  const want = match(expected)
    .with({ kind: 'date' }, (e) => `date ${e.by}`)
    .with({ kind: 'relative' }, (e) => `relative ${e.days} ${e.dayKind}`)
    .with({ kind: 'recurring' }, (e) => `recurring ${e.every}`)
    .otherwise((e) => e.kind);
  return `expected ${want}${expected.raw ? ` (${expected.raw})` : ''}, got ${show(parsed)}${parsed.raw ? ` (${parsed.raw})` : ''}`;
}

/**
 * Pairs expected tasks with parsed ones, one to one. A parsed task is a candidate when its text
 * contains the expected `text_head` (both compared without punctuation); among candidates a same
 * number wins, then the earliest position of the head, then document order.
 */
export function alignTasks(tasks: readonly Task[], expected: readonly ExpectedTask[]): Map<number, number> {
  const texts = tasks.map((t) => comparable(t.text));
  const used = new Set<number>();
  const pairs = new Map<number, number>();
  expected.forEach((exp, ei) => {
    const head = comparable(exp.text_head);
    let best = -1;
    let bestKey: [number, number] = [2, Number.POSITIVE_INFINITY];
    texts.forEach((text, pi) => {
      if (used.has(pi)) return;
      const at = text.indexOf(head);
      if (at < 0) return;
      const sameNo = exp.no !== null && comparableNumber(tasks[pi]?.number ?? '') === comparableNumber(exp.no) ? 0 : 1;
      if (sameNo < bestKey[0] || (sameNo === bestKey[0] && at < bestKey[1])) {
        best = pi;
        bestKey = [sameNo, at];
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.set(ei, best);
    }
  });
  return pairs;
}

/**
 * Scores a parsed plan against its expectation: task recall; unit precision, recall and F1 (units
 * of parsed tasks that match nothing count against precision, units of missed tasks against
 * recall); role accuracy over units found in both; deadline accuracy over matched tasks. An
 * expectation marked `complete: false` with a `cutAfter` is counted up to the parsed task matched
 * last: the tasks parsed after it were not annotated.
 *
 * @example
 * ```ts
 * const score = scorePlan(parsePlanText(text), PlanExpectationSchema.parse(json));
 * score.unitF1; // 0..1
 * ```
 */
export function scorePlan(plan: Plan, expectation: PlanExpectation): PlanScore {
  const expected = expectation.tasks;
  const pairs = alignTasks(plan.tasks, expected);
  const matchedParsed = new Set(pairs.values());
  const problems: string[] = [];
  const counts: PlanScoreCounts = {
    tasksExpected: expected.length,
    tasksFound: pairs.size,
    tasksExtra: 0,
    unitsExpected: 0,
    unitsParsed: 0,
    unitsMatched: 0,
    rolesCorrect: 0,
    deadlinesCorrect: 0,
  };

  expected.forEach((exp, ei) => {
    const label = `task ${exp.no ?? '-'} 「${exp.text_head}」`;
    const want = expectedUnits(exp);
    counts.unitsExpected += want.size;
    const pi = pairs.get(ei);
    const task = pi === undefined ? undefined : plan.tasks[pi];
    if (task === undefined) {
      problems.push(`${label}: not found`);
      return;
    }
    const got = parsedUnits(task.assignments);
    counts.unitsParsed += got.size;
    for (const [unit, role] of want) {
      const gotRole = got.get(unit);
      if (gotRole === undefined) {
        problems.push(`${label}: missing unit ${unit} (${role})`);
        continue;
      }
      counts.unitsMatched += 1;
      if (gotRole === role) counts.rolesCorrect += 1;
      else problems.push(`${label}: unit ${unit} expected ${role}, got ${gotRole}`);
    }
    for (const unit of got.keys()) if (!want.has(unit)) problems.push(`${label}: extra unit ${unit}`);
    const why = deadlineDifference(exp.deadline, task.deadline);
    if (why === null) counts.deadlinesCorrect += 1;
    else problems.push(`${label}: deadline ${why}`);
  });

  // The year is not a ratio of its own, but a wrong one shifts every date deadline: report it.
  if (expectation.year !== null && plan.year !== expectation.year) {
    problems.push(`plan year: expected ${expectation.year}, got ${plan.year}`);
  }

  // An expectation marked `complete: false` with a `cutAfter` stops where its annotator stopped (a text cut off there, or
  // a long document annotated only up to that task): parsed tasks after the one matched to its last task are not
  // counted, neither as extra tasks nor by their units.
  const marked = expectation as { complete?: unknown; cutAfter?: unknown };
  const lastMatched = Math.max(-1, ...matchedParsed);
  const countedTo =
    marked.complete === false && marked.cutAfter !== undefined && marked.cutAfter !== null && lastMatched >= 0
      ? lastMatched
      : plan.tasks.length - 1;
  counts.tasksExtra = plan.tasks.filter((_, pi) => pi <= countedTo && !matchedParsed.has(pi)).length;
  plan.tasks.forEach((task, pi) => {
    if (matchedParsed.has(pi) || pi > countedTo) return;
    const units = parsedUnits(task.assignments);
    counts.unitsParsed += units.size;
    const head = normalizeText(task.text).slice(0, 16);
    problems.push(`extra task ${task.number || '-'} 「${head}」${units.size > 0 ? ` with ${units.size} unit(s)` : ''}`);
  });

  return scoreFromCounts(counts, problems);
}

/**
 * Turns counts (one plan's, or a corpus's summed) into ratios.
 *
 * @example
 * ```ts
 * scoreFromCounts(sumCounts(scores.map((s) => s.counts)), []).unitF1;
 * ```
 */
export function scoreFromCounts(counts: PlanScoreCounts, problems: string[]): PlanScore {
  const unitPrecision = ratio(counts.unitsMatched, counts.unitsParsed);
  const unitRecall = ratio(counts.unitsMatched, counts.unitsExpected);
  return {
    tasksExpected: counts.tasksExpected,
    tasksFound: counts.tasksFound,
    taskRecall: ratio(counts.tasksFound, counts.tasksExpected),
    unitPrecision,
    unitRecall,
    unitF1: counts.unitsParsed === 0 && counts.unitsExpected === 0 ? 1 : f1(unitPrecision, unitRecall),
    roleAccuracy: ratio(counts.rolesCorrect, counts.unitsMatched),
    deadlineAccuracy: ratio(counts.deadlinesCorrect, counts.tasksFound),
    counts,
    problems,
  };
}

/**
 * Sums per-plan counts for corpus-wide (micro-averaged) figures.
 *
 * @example
 * ```ts
 * sumCounts([a.counts, b.counts]).tasksExpected;
 * ```
 */
export function sumCounts(all: readonly PlanScoreCounts[]): PlanScoreCounts {
  const total: PlanScoreCounts = {
    tasksExpected: 0,
    tasksFound: 0,
    tasksExtra: 0,
    unitsExpected: 0,
    unitsParsed: 0,
    unitsMatched: 0,
    rolesCorrect: 0,
    deadlinesCorrect: 0,
  };
  for (const c of all) {
    for (const key of Object.keys(total) as (keyof PlanScoreCounts)[]) total[key] += c[key];
  }
  return total;
}

/**
 * Builds the Plan an ideal parser would return for an expectation: the scorer must give it 1.0.
 * Used to test the scorer itself.
 *
 * @example
 * ```ts
 * scorePlan(planFromExpectation(expectation), expectation).unitF1; // 1
 * ```
 */
export function planFromExpectation(expectation: PlanExpectation): Plan {
  const year = expectation.year ?? 2024;
  const toDeadline = (d: ExpectedDeadline): Deadline =>
    match(d)
      .with(
        { kind: 'date' },
        (x): Deadline => ({
          kind: 'date',
          by: x.by.startsWith('*-') ? `${year}${x.by.slice(1)}` : x.by,
          raw: x.raw ?? '',
        }),
      )
      .with({ kind: 'continuous' }, (x): Deadline => ({ kind: 'continuous', raw: x.raw ?? '' }))
      .with(
        { kind: 'relative' },
        (x): Deadline => ({
          kind: 'relative',
          days: x.days,
          dayKind: x.dayKind,
          from: 'issued',
          raw: x.raw ?? '',
        }),
      )
      .with({ kind: 'recurring' }, (x): Deadline => ({ kind: 'recurring', every: x.every, raw: x.raw ?? '' }))
      .with({ kind: 'none' }, (x): Deadline => ({ kind: 'none', raw: x.raw ?? '' }))
      .exhaustive();
  return {
    title: '',
    issuer: null,
    issued: null,
    docNumber: null,
    year,
    sections: [],
    diagnostics: [],
    tasks: expectation.tasks.map((t, i) => ({
      id: `t${i + 1}`,
      number: t.no ?? '',
      sectionId: null,
      text: `${t.text_head}……`,
      assignments: [
        ...t.lead.map((unit): Assignment => ({ unit, role: 'lead', raw: unit })),
        ...t.responsible.map((unit): Assignment => ({ unit, role: 'responsible', raw: unit })),
        ...t.cooperate.map((unit): Assignment => ({ unit, role: 'cooperate', raw: unit })),
      ],
      deadline: toDeadline(t.deadline),
      requirements: [],
      source: { start: 0, end: 0 },
    })),
  };
}

/** One fixture of test/fixtures/plans: the document (text or HTML page) and its expectation. */
export interface PlanFixture {
  slug: string;
  kind: 'txt' | 'html';
  source: string;
  expectation: PlanExpectation;
}

/**
 * Loads every fixture of test/fixtures/plans that has an expectation, sorted by slug: the `.html`
 * page when there is one, else the `.txt`.
 *
 * @example
 * ```ts
 * const txt = loadPlanFixtures().filter((f) => f.kind === 'txt');
 * ```
 */
export function loadPlanFixtures(): PlanFixture[] {
  const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'plans');
  const names = readdirSync(dir);
  return names
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name): PlanFixture => {
      const slug = name.slice(0, -'.expected.json'.length);
      const kind = names.includes(`${slug}.html`) ? 'html' : 'txt';
      const source = readFileSync(join(dir, `${slug}.${kind}`), 'utf8');
      const expectation = PlanExpectationSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      return { slug, kind, source, expectation };
    });
}
