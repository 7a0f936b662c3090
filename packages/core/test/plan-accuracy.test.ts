// Accuracy of the plan parser on real plans (test/fixtures/plans, sources in its README.md), and
// tests of the scorer itself. The expectations were written by reading the documents.
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import { type Plan, PlanSchema } from '../src/model/index.js';
import { htmlToPlanText } from '../src/plan/input/html.js';
import { normalizeText, normalizeUnitName } from '../src/text/normalize.js';
import {
  loadPlanFixtures,
  PlanExpectationSchema,
  type PlanFixture,
  type PlanScore,
  planFromExpectation,
  scoreFromCounts,
  scorePlan,
  sumCounts,
} from './plan-scoring.js';

// The thresholds issue 3 is judged by, on a held-out set of real plans.
const THRESHOLDS = { taskRecall: 0.95, unitF1: 0.95, roleAccuracy: 0.95, deadlineAccuracy: 0.95 } as const;

type Fixture = PlanFixture;

const fixtures: Fixture[] = loadPlanFixtures();

// The parser may return a Plan or `{ plan, diagnostics }`; both are accepted.
type ParserResult = Plan | { plan: Plan };
type Parser = (input: string) => ParserResult | Promise<ParserResult>;

const api = core as unknown as Record<string, unknown>;

async function findExport(name: string, modules: string[]): Promise<Parser | undefined> {
  if (typeof api[name] === 'function') return api[name] as Parser;
  for (const path of modules) {
    try {
      const mod = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
      if (typeof mod[name] === 'function') return mod[name] as Parser;
    } catch {
      // Not written yet: try the next place it may live.
    }
  }
  return undefined;
}

// B1 writes parsePlanText in src/plan/; B2 writes parsePlan (HTML, DOCX, bytes) in src/plan/input.
const parsePlanText = await findExport('parsePlanText', [
  '../src/plan/index.js',
  '../src/plan/parse.js',
  '../src/plan/parse-plan-text.js',
  '../src/plan/parser.js',
  '../src/plan/parse-plan.js',
  '../src/plan/plan.js',
]);
const parsePlan = await findExport('parsePlan', [
  '../src/plan/input/index.js',
  '../src/plan/input/parse.js',
  '../src/plan/input/parse-plan.js',
]);

async function parseFixture(parser: Parser, fixture: Fixture): Promise<Plan> {
  const result = await parser(fixture.source);
  return 'tasks' in result ? result : result.plan;
}

/** Without punctuation, as the scorer aligns text heads. */
const bare = (text: string): string => normalizeText(text).replace(/[，,、；;：:。.“”"‘’'（）()《》〈〉【】\-—|]/g, '');

describe('plan fixtures', () => {
  it('holds at least 12 real documents besides the seed, each with an expectation', () => {
    expect(fixtures.filter((f) => f.slug !== 'suzhou-2024-plan').length).toBeGreaterThanOrEqual(12);
  });

  describe.each(fixtures)('$slug', ({ kind, source: printed, expectation }) => {
    // An HTML page is checked against its text (a name may be split over two paragraphs of a cell).
    const source = kind === 'html' ? htmlToPlanText(printed).replace(/\s+/g, '') : printed;
    it('has every expected task head in the source text', () => {
      const text = bare(source);
      const missing = expectation.tasks.filter((t) => !text.includes(bare(t.text_head))).map((t) => t.text_head);
      expect(missing).toEqual([]);
    });

    it('names only units that the source text names', () => {
      const text = normalizeText(source);
      const units = expectation.tasks.flatMap((t) => [...t.lead, ...t.responsible, ...t.cooperate]);
      expect(units.filter((u) => !text.includes(normalizeUnitName(u)))).toEqual([]);
    });

    it('has distinct task heads, so alignment is unambiguous', () => {
      const heads = expectation.tasks.map((t) => bare(t.text_head));
      expect(new Set(heads).size).toBe(heads.length);
    });
  });
});

describe('scorePlan', () => {
  const withTasks = fixtures.filter((f) => f.expectation.tasks.length > 0);

  it.each(withTasks)('gives 1.0 to the plan an ideal parser would return for $slug', ({ expectation }) => {
    const score = scorePlan(planFromExpectation(expectation), expectation);
    expect(score.problems).toEqual([]);
    expect([score.taskRecall, score.unitF1, score.roleAccuracy, score.deadlineAccuracy]).toEqual([1, 1, 1, 1]);
  });

  it.each(withTasks)('scores below 1 when a unit of $slug is renamed', ({ expectation }) => {
    const plan = planFromExpectation(expectation);
    const task = plan.tasks.find((t) => t.assignments.length > 0);
    if (task === undefined) return;
    task.assignments[0] = { ...task.assignments[0]!, unit: '某某不存在局' };
    const score = scorePlan(plan, expectation);
    expect(score.unitF1).toBeLessThan(1);
    expect(score.unitPrecision).toBeLessThan(1);
    expect(score.unitRecall).toBeLessThan(1);
    expect(score.problems.some((p) => p.includes('某某不存在局'))).toBe(true);
  });

  it.each(withTasks)('scores below 1 when a deadline of $slug is changed', ({ expectation }) => {
    const plan = planFromExpectation(expectation);
    const task = plan.tasks[0]!;
    task.deadline =
      task.deadline.kind === 'date'
        ? { kind: 'continuous', raw: '持续推进' }
        : { kind: 'date', by: '2099-01-31', raw: '' };
    expect(scorePlan(plan, expectation).deadlineAccuracy).toBeLessThan(1);
  });

  it('scores a wrong year of a date deadline as wrong', () => {
    const expectation = PlanExpectationSchema.parse({
      year: 2024,
      tasks: [
        { no: '1', text_head: '聚焦经济发展', responsible: ['县区政府'], deadline: { kind: 'date', by: '2024-12-31' } },
      ],
    });
    const plan = planFromExpectation(expectation);
    plan.tasks[0]!.deadline = { kind: 'date', by: '2023-12-31', raw: '' };
    expect(scorePlan(plan, expectation).deadlineAccuracy).toBe(0);
  });

  it('compares only month and day when the document states no year', () => {
    const expectation = PlanExpectationSchema.parse({
      year: null,
      tasks: [{ no: '1', text_head: '全面清理', responsible: ['办公室'], deadline: { kind: 'date', by: '*-12-31' } }],
    });
    const plan = planFromExpectation(expectation);
    plan.tasks[0]!.deadline = { kind: 'date', by: '2031-12-31', raw: '年底前' };
    expect(scorePlan(plan, expectation).deadlineAccuracy).toBe(1);
    plan.tasks[0]!.deadline = { kind: 'date', by: '2031-06-30', raw: '' };
    expect(scorePlan(plan, expectation).deadlineAccuracy).toBe(0);
  });

  it('reports a wrong plan year as a problem', () => {
    const expectation = fixtures.find((f) => f.slug === 'lishan-2023-tasks')!.expectation;
    const plan = planFromExpectation(expectation);
    expect(scorePlan(plan, expectation).problems).toEqual([]);
    plan.year = 2000;
    expect(scorePlan(plan, expectation).problems).toContain('plan year: expected 2023, got 2000');
  });

  it('counts a wrong role against role accuracy but not against unit F1', () => {
    const expectation = fixtures.find((f) => f.slug === 'lishan-2023-tasks')!.expectation;
    const plan = planFromExpectation(expectation);
    const lead = plan.tasks[0]!.assignments.find((a) => a.role === 'lead')!;
    lead.role = 'responsible';
    const score = scorePlan(plan, expectation);
    expect(score.unitF1).toBe(1);
    expect(score.roleAccuracy).toBeLessThan(1);
  });

  it('counts a missing task against task recall and unit recall, and an invented one against precision', () => {
    const expectation = fixtures.find((f) => f.slug === 'chizhou-xfj-tasks')!.expectation;
    const plan = planFromExpectation(expectation);
    const dropped = plan.tasks.splice(2, 1)[0]!;
    plan.tasks.push({ ...dropped, id: 'x', number: '99', text: '凭空多出的任务' });
    const score = scorePlan(plan, expectation);
    expect(score.tasksFound).toBe(expectation.tasks.length - 1);
    expect(score.taskRecall).toBeLessThan(1);
    expect(score.unitRecall).toBeLessThan(1);
    expect(score.unitPrecision).toBeLessThan(1);
    expect(score.counts.tasksExtra).toBe(1);
  });

  it('counts an expectation annotated only up to `cutAfter` up to the task matched last', () => {
    const whole = fixtures.find((f) => f.slug === 'chizhou-xfj-tasks')!.expectation;
    const plan = planFromExpectation(whole);
    // (An annotator who stopped after the second task: the tasks parsed after it were not annotated.)
    const cut = { ...whole, complete: false, cutAfter: whole.tasks[1]!.no, tasks: whole.tasks.slice(0, 2) };
    const score = scorePlan(plan, PlanExpectationSchema.parse(cut));
    expect(score.counts.tasksExtra).toBe(0);
    expect(score.unitPrecision).toBe(1);
    // (Without the mark, they count against precision.)
    const unmarked = scorePlan(plan, PlanExpectationSchema.parse({ ...whole, tasks: whole.tasks.slice(0, 2) }));
    expect(unmarked.counts.tasksExtra).toBe(plan.tasks.length - 2);
    expect(unmarked.unitPrecision).toBeLessThan(1);
  });

  it('aligns a task whose parsed text keeps its number and brackets, and prefers the same number', () => {
    const expectation = PlanExpectationSchema.parse({
      year: 2019,
      tasks: [
        { no: '1', text_head: '做好城市总体规划实施', responsible: ['市规划自然资源委'], deadline: { kind: 'none' } },
        { no: '2', text_head: '做好城市总体规划实施', responsible: ['市教委'], deadline: { kind: 'none' } },
      ],
    });
    const plan = planFromExpectation(expectation);
    plan.tasks[0]!.text = '(1)做好城市总体规划实施,编制并发布……';
    plan.tasks.reverse();
    expect(scorePlan(plan, expectation).unitF1).toBe(1);
  });
});

function pad(text: string, width: number): string {
  // CJK characters take two columns in a terminal.
  const cols = [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, width - cols));
}

function printScores(rows: { slug: string; score: PlanScore }[], total: PlanScore): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const line = (name: string, s: PlanScore) =>
    `${pad(name, 28)}${`${s.tasksFound}/${s.tasksExpected}`.padStart(7)}${pct(s.taskRecall)}${pct(s.unitPrecision)}${pct(s.unitRecall)}${pct(s.unitF1)}${pct(s.roleAccuracy)}${pct(s.deadlineAccuracy)}${String(s.counts.tasksExtra).padStart(6)}`;
  const out = [
    `${pad('document', 28)}${'tasks'.padStart(7)}${'recall'.padStart(7)}${'unitP'.padStart(7)}${'unitR'.padStart(7)}${'unitF1'.padStart(7)}${'role'.padStart(7)}${'dline'.padStart(7)}${'extra'.padStart(6)}`,
    ...rows.map((r) => line(r.slug, r.score)),
    line('CORPUS (micro)', total),
    '',
    'worst problems per document:',
    ...rows.flatMap((r) => r.score.problems.slice(0, 5).map((p) => `  ${r.slug}: ${p}`)),
  ];
  console.log(out.join('\n'));
}

describe('plan parser accuracy on the corpus', () => {
  const txt = fixtures.filter((f) => f.kind === 'txt');
  const html = fixtures.filter((f) => f.kind === 'html');

  if (parsePlanText === undefined) {
    it.skip('parsePlanText is not exported by @zwgk/core yet (engineer B1): nothing to score', () => {});
    return;
  }
  const parseText = parsePlanText;

  const scored = (async () => {
    const rows: { slug: string; score: PlanScore }[] = [];
    const plans: { slug: string; plan: Plan }[] = [];
    const run = async (parser: Parser, fixture: Fixture) => {
      const plan = await parseFixture(parser, fixture);
      plans.push({ slug: fixture.slug, plan });
      rows.push({ slug: fixture.slug, score: scorePlan(plan, fixture.expectation) });
    };
    for (const fixture of txt) await run(parseText, fixture);
    if (parsePlan !== undefined) for (const fixture of html) await run(parsePlan, fixture);
    const total = scoreFromCounts(sumCounts(rows.map((r) => r.score.counts)), []);
    printScores(rows, total);
    return { rows, plans, total };
  })();

  if (html.length > 0 && parsePlan === undefined) {
    it.skip(`${html.length} HTML fixture(s) wait for parsePlan from src/plan/input (engineer B2)`, () => {});
  }

  it('returns a Plan that satisfies the schema for every fixture', async () => {
    const { plans } = await scored;
    const invalid = plans.filter((p) => !PlanSchema.safeParse(p.plan).success).map((p) => p.slug);
    expect(invalid).toEqual([]);
  });

  it('reaches the thresholds of issue 3 over the whole corpus', async () => {
    const { total } = await scored;
    expect({
      taskRecall: total.taskRecall >= THRESHOLDS.taskRecall,
      unitF1: total.unitF1 >= THRESHOLDS.unitF1,
      roleAccuracy: total.roleAccuracy >= THRESHOLDS.roleAccuracy,
      deadlineAccuracy: total.deadlineAccuracy >= THRESHOLDS.deadlineAccuracy,
    }).toEqual({ taskRecall: true, unitF1: true, roleAccuracy: true, deadlineAccuracy: true });
  });
});
