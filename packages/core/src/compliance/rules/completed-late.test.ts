import { describe, expect, it } from 'vitest';
import { check, findings } from '../testing/run.fixture.js';
import { entry, ledger } from '../testing/seed.fixture.js';

const county = '砀山县人民政府';
const done = (completedOn: string) => [
  ledger(county, [entry('7', 5, { status: 'done', completedOn, evidence: ['https://x.gov.cn/1'] })]),
];

describe('completed-late', () => {
  it('does not fire for completion on the deadline day (2024-06-30)', () => {
    expect(findings(check(done('2024-06-30'), '2024-09-30'), 'completed-late')).toEqual([]);
  });

  it('fires for completion the day after, naming both dates', () => {
    const [finding] = findings(check(done('2024-07-01'), '2024-09-30'), 'completed-late', county, '7');
    expect(finding?.message).toBe(`任务7应于2024-06-30前完成，${county}于2024-07-01完成`);
    expect(finding?.data).toEqual({ due: '2024-06-30', completedOn: '2024-07-01' });
  });

  it('compares the latest completion date of a task reported on several rows', () => {
    const rows = [
      ledger(county, [
        entry('7', 5, { status: 'done', completedOn: '2024-06-01', evidence: ['a'] }),
        entry('7', 6, { status: 'done', completedOn: '2024-07-02', evidence: ['b'] }),
      ]),
    ];
    expect(findings(check(rows, '2024-09-30'), 'completed-late', county, '7')[0]?.location?.row).toBe(6);
  });

  it('does not fire for continuous tasks', () => {
    const continuous = [
      ledger(county, [entry('2', 5, { status: 'done', completedOn: '2024-12-01', evidence: ['a'] })]),
    ];
    expect(findings(check(continuous, '2024-12-31'), 'completed-late')).toEqual([]);
  });
});
