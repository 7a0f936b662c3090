import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../model/ledger.js';
import { check, findings } from '../testing/run.fixture.js';
import { entry, ledger } from '../testing/seed.fixture.js';
import { eventDates } from './recurring-missed.js';

const county = '砀山县人民政府';
// Task 18: 每半年开展一次……评估 (P6M), 县区政府. Task 24: 年度内至少参加1次业务培训 (P1Y, min 1).
const run = (task: string, fields: Partial<LedgerEntry>, asOf: string) =>
  check([ledger(county, [entry(task, 5, { status: 'ongoing', updatedOn: asOf, ...fields })])], asOf);

describe('recurring-missed', () => {
  it('fires when the first half-year ended without an evaluation', () => {
    const [finding] = findings(run('18', {}, '2024-07-01'), 'recurring-missed', county, '18');
    expect(finding?.data).toMatchObject({
      every: 'P6M',
      period: { start: '2024-01-01', end: '2024-06-30' },
      events: 0,
    });
    expect(finding?.message).toContain('2024-01-01至2024-06-30');
  });

  it('does not fire before the period has ended (asOf on its last day)', () => {
    expect(findings(run('18', {}, '2024-06-30'), 'recurring-missed')).toEqual([]);
  });

  it('counts a date written in the evidence or a completion date as the event', () => {
    expect(
      findings(run('18', { evidence: ['2024年3月上半年专区评估报告'] }, '2024-07-01'), 'recurring-missed'),
    ).toEqual([]);
    expect(findings(run('18', { completedOn: '2024-06-30' }, '2024-07-01'), 'recurring-missed')).toEqual([]);
    expect(findings(run('18', { completedOn: '2024-07-01' }, '2024-07-02'), 'recurring-missed')).toHaveLength(1);
  });

  it('does not count planned dates', () => {
    expect(findings(run('18', { notes: '计划于2024年5月开展评估' }, '2024-07-01'), 'recurring-missed')).toHaveLength(1);
  });

  it('counts a progress note as ledgers write it (进展情况：已于6月完成上半年评估)', () => {
    const notes = '进展情况：已于6月完成上半年政务公开专区评估';
    expect(findings(run('18', { notes }, '2024-07-01'), 'recurring-missed')).toEqual([]);
  });

  it('checks each half-year: the second half once it has ended', () => {
    const found = findings(
      run('18', { evidence: ['2024-04-10 评估'] }, '2025-01-02'),
      'recurring-missed',
      county,
      '18',
    );
    expect(found.map((f) => (f.data?.period as { end: string } | undefined)?.end)).toEqual(['2024-12-31']);
  });

  it('checks 年度内至少1次 training over the plan year', () => {
    expect(findings(run('24', {}, '2024-12-31'), 'recurring-missed')).toEqual([]);
    expect(findings(run('24', {}, '2025-01-02'), 'recurring-missed', county, '24')).toHaveLength(1);
    expect(
      findings(
        run('24', { evidence: ['2024年9月12日 参加全市政务公开业务培训'] }, '2025-01-02'),
        'recurring-missed',
        county,
        '24',
      ),
    ).toEqual([]);
  });
});

describe('eventDates', () => {
  const at = (fields: Partial<LedgerEntry>) => [
    { entry: entry('18', 5, { status: 'ongoing', ...fields }), ledger: ledger(county, []), location: { row: 5 } },
  ];

  it('reads progress notes without a year, and named periods', () => {
    expect(eventDates(at({ notes: '进展情况：已于6月18日完成上半年评估' }), '2024-09-30', 2024)).toEqual([
      '2024-01-01',
      '2024-06-18',
    ]);
    expect(eventDates(at({ notes: '三季度组织专区评估' }), '2024-09-30', 2024)).toEqual(['2024-07-01']);
  });

  it('skips clauses about plans or things not done', () => {
    expect(eventDates(at({ notes: '上半年评估尚未开展，计划于10月开展' }), '2024-12-31', 2024)).toEqual([]);
    expect(eventDates(at({ notes: '已完成上半年评估；下半年评估拟于11月开展' }), '2024-12-31', 2024)).toEqual([
      '2024-01-01',
    ]);
  });

  it('reads ISO, dotted, slashed and Chinese dates, skips impossible and future ones', () => {
    const e = entry('18', 5, {
      status: 'ongoing',
      evidence: ['2024.3.5 评估', '2024/06/30 评估', '2024年2月30日 不存在', '2024-12-01 以后'],
      notes: '2024年5月20日开展评估',
    });
    expect(eventDates([{ entry: e, ledger: ledger(county, []), location: { row: 5 } }], '2024-09-30', 2024)).toEqual([
      '2024-03-05',
      '2024-05-20',
      '2024-06-30',
    ]);
  });
});

describe('eventDates on any text', () => {
  it('never throws and only returns ISO dates up to asOf', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.string(), (evidence, notes) => {
        const dates = eventDates(
          [
            {
              entry: entry('18', 5, { status: 'ongoing', evidence, notes }),
              ledger: ledger(county, []),
              location: { row: 5 },
            },
          ],
          '2024-09-30',
          2024,
        );
        for (const d of dates) expect(d <= '2024-09-30' && /^\d{4}-\d{2}-\d{2}$/.test(d)).toBe(true);
      }),
    );
  });

  it('reads a long progress note in linear time', () => {
    const notes = '已于6月18日完成上半年评估，'.repeat(5000);
    const start = performance.now();
    expect(
      eventDates(
        [{ entry: entry('18', 5, { notes }), ledger: ledger(county, []), location: { row: 5 } }],
        '2024-09-30',
        2024,
      ),
    ).toEqual(['2024-01-01', '2024-06-18']);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
