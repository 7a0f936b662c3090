// Metamorphic robustness of the plan parser over the corpus (issue 3): every variant of a fixture
// made by plan-variants.ts must be read as a careful reader reads the original, so it is scored
// against the same expectation and must not score lower than the original text does.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../src/model/index.js';
import { parsePlan } from '../src/plan/input/parse-plan.js';
import { parsePlanText } from '../src/plan/parse-plan-text.js';
import {
  loadPlanFixtures,
  type PlanFixture,
  type PlanScore,
  scoreFromCounts,
  scorePlan,
  sumCounts,
} from './plan-scoring.js';
import {
  asDocx,
  asHtmlPage,
  toFullWidthDigits,
  toHalfWidthPunctuation,
  toTraditional,
  withBlankLinesBetween,
  withBom,
  withBracketedLabels,
  withClosingBracketDropped,
  withPageFurniture,
  withPinyinAnnotations,
  withTwoRowHeader,
  withWindowsLineEnds,
  withYearCharacterDropped,
} from './plan-variants.js';

// Points (of 100) a transform may lose on any summed figure. Measured on the corpus, every transform
// loses nothing, so a tenth of a point lost on any figure fails the test.
const TOLERANCE = 0.001;

interface Transform {
  name: string;
  parse: (text: string) => Plan;
}

const TRANSFORMS: Transform[] = [
  { name: 'toTraditional', parse: (text) => parsePlanText(toTraditional(text)) },
  // (Hong Kong's standard forms, `衞` for 卫, which the Taiwan dictionary leaves.)
  { name: 'toTraditional (hk)', parse: (text) => parsePlanText(toTraditional(text, 'hk')) },
  { name: 'toHalfWidthPunctuation', parse: (text) => parsePlanText(toHalfWidthPunctuation(text)) },
  { name: 'toFullWidthDigits', parse: (text) => parsePlanText(toFullWidthDigits(text)) },
  { name: 'withWindowsLineEnds', parse: (text) => parsePlanText(withWindowsLineEnds(text)) },
  // (A footer `网站地图 | 联系我们` near a table of one cell per line, a breadcrumb or `相关链接` where a
  // title is looked for, `分享到：` after a bare label: each once cost tasks.)
  { name: 'withPageFurniture', parse: (text) => parsePlanText(withPageFurniture(text)) },
  { name: 'withBlankLinesBetween', parse: (text) => parsePlanText(withBlankLinesBetween(text)) },
  { name: 'asHtmlPage', parse: (text) => parsePlan(asHtmlPage(text), { format: 'html' }) },
  { name: 'asDocx', parse: (text) => parsePlan(asDocx(text)) },
  { name: 'withBom', parse: (text) => parsePlan(withBom(text)) },
  { name: 'withPinyinAnnotations', parse: (text) => parsePlanText(withPinyinAnnotations(text)) },
  { name: 'withYearCharacterDropped', parse: (text) => parsePlanText(withYearCharacterDropped(text)) },
  { name: 'withBracketedLabels', parse: (text) => parsePlanText(withBracketedLabels(text)) },
  { name: 'withClosingBracketDropped', parse: (text) => parsePlanText(withClosingBracketDropped(text)) },
  // (A header of two rows in each printed form: pipe rows with the spanned cells empty, a web table
  // with colspan and rowspan, a Word table with gridSpan and vMerge.)
  { name: 'withTwoRowHeader', parse: (text) => parsePlanText(withTwoRowHeader(text)) },
  {
    name: 'withTwoRowHeader (html)',
    parse: (text) => parsePlan(asHtmlPage(withTwoRowHeader(text)), { format: 'html' }),
  },
  { name: 'withTwoRowHeader (docx)', parse: (text) => parsePlan(asDocx(withTwoRowHeader(text))) },
];

// The text fixtures: an .html fixture is already a page, and its text is not the document's.
const fixtures: PlanFixture[] = loadPlanFixtures().filter((f) => f.kind === 'txt');

interface Scored {
  slug: string;
  score: PlanScore;
}

const total = (rows: readonly Scored[]): PlanScore => scoreFromCounts(sumCounts(rows.map((r) => r.score.counts)), []);

const baseline: Scored[] = fixtures.map((f) => ({
  slug: f.slug,
  score: scorePlan(parsePlanText(f.source), f.expectation),
}));
const baselineTotal = total(baseline);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

function figures(s: PlanScore): string {
  return `${`${s.tasksFound}/${s.tasksExpected}`.padStart(10)}${pct(s.unitPrecision)}${pct(s.unitRecall)}${pct(s.unitF1)}${pct(s.roleAccuracy)}${pct(s.deadlineAccuracy)}`;
}

/** The fixtures whose variant has problems the original lacks, with those problems. */
function drops(rows: readonly Scored[]): string[] {
  return rows.flatMap((row, i) => {
    const before = new Set(baseline[i]?.score.problems ?? []);
    const added = row.score.problems.filter((p) => !before.has(p));
    return added.length === 0
      ? []
      : [`    ${row.slug}: ${added.slice(0, 4).join(' | ')}${added.length > 4 ? ' …' : ''}`];
  });
}

const FIGURES = ['taskRecall', 'unitF1', 'roleAccuracy', 'deadlineAccuracy'] as const;

describe('plan parser robustness to copies that keep the meaning', () => {
  it('scores the untransformed corpus (the reference)', () => {
    console.log(
      `${'transform'.padEnd(24)}${'tasks'.padStart(10)}${'unitP'.padStart(7)}${'unitR'.padStart(7)}${'unitF1'.padStart(7)}${'role'.padStart(7)}${'dline'.padStart(7)}\n${'(original)'.padEnd(24)}${figures(baselineTotal)}`,
    );
    expect(baselineTotal.tasksExpected).toBeGreaterThan(1000);
  });

  for (const transform of TRANSFORMS) {
    it(`${transform.name} loses no more than ${TOLERANCE * 100} points on any figure`, () => {
      const rows: Scored[] = fixtures.map((f) => ({
        slug: f.slug,
        score: scorePlan(transform.parse(f.source), f.expectation),
      }));
      const t = total(rows);
      const lost = drops(rows);
      console.log(
        [
          `${transform.name.padEnd(24)}${figures(t)}   (original ${figures(baselineTotal).trim()})`,
          ...lost.slice(0, 12),
          ...(lost.length > 12 ? [`    … and ${lost.length - 12} more fixture(s)`] : []),
        ].join('\n'),
      );
      const fallen = Object.fromEntries(
        FIGURES.map((k) => [k, Math.round((baselineTotal[k] - t[k]) * 10000) / 100]).filter(
          ([, points]) => (points as number) > TOLERANCE * 100,
        ),
      );
      expect(fallen).toEqual({});
      // (Each transform reads the whole corpus again: seconds, more on a slow or busy CI machine.)
    }, 60_000);
  }
});
