import { isZwgkError } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { seedCheck } from '../test/fixtures/check-results.js';
import { formatRate } from './labels.js';
import { buildReport, summarizeTask } from './model.js';

describe('buildReport', () => {
  const { plan, result } = seedCheck();
  const report = buildReport(plan, result);

  it('takes the headline counts from the scorecard', () => {
    const o = result.scorecard.overall;
    expect(report.summary).toMatchObject({
      obligations: o.obligations,
      done: o.done,
      overdue: o.overdue,
      dueSoon: o.dueSoon,
      completionRate: o.completionRate,
      tasks: 27,
      sections: 11,
      missingLedgers: 1,
      findings: result.findings.length,
    });
    expect(report.summary.errors + report.summary.warnings + report.summary.infos).toBe(result.findings.length);
  });

  it('ranks units by completion rate, best first', () => {
    const rates = report.units.map((u) => u.completionRate);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(report.units.map((u) => u.rank)).toEqual(report.units.map((_, i) => i + 1));
    expect(report.units.at(-1)?.key).toBe('泗县人民政府');
  });

  it('lists every overdue obligation, most overdue first, and the due-soon ones soonest first', () => {
    expect(report.overdue).toHaveLength(result.scorecard.overall.overdue);
    expect(report.overdue.every((i) => i.state === 'overdue')).toBe(true);
    const days = report.overdue.map((i) => i.days);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    // 2024-06-30 to 2024-07-22
    expect(report.overdue[0]?.days).toBe(22);
    expect(report.dueSoon).toHaveLength(result.scorecard.overall.dueSoon);
    expect(report.dueSoon[0]?.days).toBe(9);
  });

  it('names the units whose ledger is missing', () => {
    expect(report.missingLedgers).toEqual([
      expect.objectContaining({ unit: '泗县人民政府', due: '2024-06-20', obligations: 26 }),
    ]);
  });

  it('lays out the recurring requirements with their periods and who missed them', () => {
    const evaluation = report.recurring.find((r) => r.taskNumber === '18');
    expect(evaluation).toMatchObject({ every: 'P6M', everyLabel: '每半年', units: 5 });
    expect(evaluation?.periods.map((p) => [p.label, p.status])).toEqual([
      ['上半年', 'past'],
      ['下半年', 'current'],
    ]);
    expect(evaluation?.missedUnits).toEqual(['砀山县人民政府', '萧县人民政府']);
    expect(report.recurring.find((r) => r.taskNumber === '24')).toMatchObject({ everyLabel: '每年', min: 1 });
  });

  it('fills the unit × task matrix with states, and null where a unit has no duty', () => {
    const t12 = report.matrix.tasks.indexOf('t12');
    const justice = report.matrix.units.indexOf('市司法局');
    const county = report.matrix.units.indexOf('砀山县人民政府');
    expect(report.matrix.cells[justice]?.[t12]).not.toBeNull();
    expect(report.matrix.cells[county]?.[t12]).toBeNull();
    const filled = report.matrix.cells.flat().filter((c) => c !== null).length;
    expect(filled).toBe(result.obligations.length);
  });

  it('sums the unit × section matrix to the obligations', () => {
    const total = report.sectionMatrix.cells.flat().reduce((n, c) => n + c.obligations, 0);
    expect(total).toBe(result.obligations.length);
  });

  it('puts the dated tasks on a timeline, earliest first', () => {
    expect(report.timeline.map((p) => p.due)).toEqual(['2024-06-30', '2024-07-31', '2024-08-31', '2024-12-31']);
    expect(report.timeline[0]).toMatchObject({ tasks: ['7', '10', '14', '15', '27'], past: true });
    expect(report.timeline[1]?.past).toBe(false);
  });

  it('groups findings by rule, errors first', () => {
    expect(report.findingsByRule[0]?.severity).toBe('error');
    expect(report.findingsByRule.reduce((n, g) => n + g.count, 0)).toBe(result.findings.length);
    expect(report.findingsByRule.find((g) => g.rule === 'overdue')?.label).toBe('逾期未完成');
  });

  it('writes titles and labels in English for locale en', () => {
    const en = buildReport(plan, result, { locale: 'en', title: 'Q3 report' });
    expect(en.title).toBe('Q3 report');
    expect(en.findingsByRule.find((g) => g.rule === 'overdue')?.label).toBe('Overdue');
  });

  it('rejects a result whose asOf is not an ISO date', () => {
    expect.assertions(1);
    try {
      buildReport(plan, { ...result, asOf: 'tomorrow' });
    } catch (error) {
      expect(isZwgkError(error) && error.code === 'invalid-argument').toBe(true);
    }
  });
});

describe('summarizeTask', () => {
  it('keeps the words up to the first full stop', () => {
    expect(summarizeTask('聚焦经济发展。及时公开')).toBe('聚焦经济发展');
  });
  it('cuts long text at 24 characters', () => {
    expect([...summarizeTask('政'.repeat(40))]).toHaveLength(24);
  });
});

describe('formatRate', () => {
  it('prints one decimal and clamps to 0–100%', () => {
    expect(formatRate(0.40745)).toBe('40.7%');
    expect(formatRate(2)).toBe('100.0%');
    expect(formatRate(Number.NaN)).toBe('0.0%');
  });
});
