import { describe, expect, it } from 'vitest';
import { check, findings } from '../testing/run.fixture.js';
import { entry, ledger } from '../testing/seed.fixture.js';

const county = '砀山县人民政府';
// Task 7 is due 2024-06-30 (2024年6月底前).
const task7 = (fields = {}) => [ledger(county, [entry('7', 5, fields)])];

describe('overdue', () => {
  it('does not fire on the deadline day itself', () => {
    expect(findings(check(task7(), '2024-06-30'), 'overdue')).toEqual([]);
  });

  it('fires the day after when the entry is not done, as an error with the row', () => {
    const [finding] = findings(check(task7({ status: 'in_progress' }), '2024-07-01'), 'overdue', county, '7');
    expect(finding).toMatchObject({
      severity: 'error',
      taskId: 't7',
      location: { file: `${county}台账.xlsx`, sheet: '台账', row: 5 },
    });
    expect(finding?.message).toBe(`任务7已于2024-06-30到期，${county}台账状态为“推进中”`);
    expect(finding?.messageEn).toContain('was due on 2024-06-30');
  });

  it('does not fire when the entry is done, nor for continuous tasks', () => {
    const done = task7({ status: 'done', completedOn: '2024-06-28', evidence: ['x'] });
    expect(findings(check(done, '2024-07-01'), 'overdue')).toEqual([]);
    const continuous = [ledger(county, [entry('2', 5, { status: 'in_progress' })])];
    expect(findings(check(continuous, '2025-03-01'), 'overdue')).toEqual([]);
  });

  it('treats a task with several rows as done only when every row is done', () => {
    const rows = [
      ledger(county, [
        entry('7', 5, { status: 'done', completedOn: '2024-06-01' }),
        entry('7', 6, { status: 'in_progress' }),
      ]),
    ];
    const [finding] = findings(check(rows, '2024-07-01'), 'overdue', county, '7');
    expect(finding?.location?.row).toBe(6);
  });
});
