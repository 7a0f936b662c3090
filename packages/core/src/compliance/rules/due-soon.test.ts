import { describe, expect, it } from 'vitest';
import type { Plan } from '../../model/plan.js';
import { check, findings } from '../testing/run.fixture.js';
import { entry, ledger, seedPlan } from '../testing/seed.fixture.js';

const county = '砀山县人民政府';
// Task 3 is due Wednesday 2024-07-31; July 2024 has no holidays.
const task3 = [ledger(county, [entry('3', 5)])];

// Task 8 moved to Monday 2024-10-14, just after National Day 2024: 10/1–7 off, Sunday 9/29 and
// Saturday 10/12 worked (调休). From Wednesday 9/25 the working days up to 10/14 are 9/26, 9/27,
// 9/29, 9/30, 10/8, 10/9, 10/10, 10/11, 10/12, 10/14 = 10; a weekday count would say 13.
const national: Plan = (() => {
  const plan = seedPlan();
  return {
    ...plan,
    tasks: plan.tasks.map((t) =>
      t.number === '8' ? { ...t, deadline: { kind: 'date' as const, by: '2024-10-14', raw: '2024年10月14日前' } } : t,
    ),
  };
})();
const task8 = [ledger(county, [entry('8', 5, { status: 'not_started' })])];

describe('due-soon', () => {
  it('fires 10 working days before the deadline and says how many are left', () => {
    const [finding] = findings(check(task3, '2024-07-17'), 'due-soon', county, '3');
    expect(finding?.severity).toBe('warning');
    expect(finding?.data?.workingDaysLeft).toBe(10);
  });

  it('does not fire 11 working days before', () => {
    expect(findings(check(task3, '2024-07-16'), 'due-soon')).toEqual([]);
  });

  it('fires on the deadline day itself (0 days left) and not after it', () => {
    expect(findings(check(task3, '2024-07-31'), 'due-soon', county, '3')[0]?.data?.workingDaysLeft).toBe(0);
    expect(findings(check(task3, '2024-08-01'), 'due-soon')).toEqual([]);
  });

  it('counts on the calendar with 调休 across National Day', () => {
    const found = findings(check(task8, '2024-09-25', { plan: national }), 'due-soon', county, '8');
    expect(found[0]?.data?.workingDaysLeft).toBe(10);
    expect(findings(check(task8, '2024-09-24', { plan: national }), 'due-soon')).toEqual([]);
  });

  it('takes the number of days from dueSoonDays', () => {
    // From 2024-07-24: 25, 26, 29, 30, 31 = 5 working days.
    expect(findings(check(task3, '2024-07-24', { dueSoonDays: 5 }), 'due-soon')).toHaveLength(1);
    expect(findings(check(task3, '2024-07-23', { dueSoonDays: 5 }), 'due-soon')).toEqual([]);
  });

  it('does not fire for a done entry', () => {
    const done = [ledger(county, [entry('3', 5, { status: 'done', completedOn: '2024-07-10' })])];
    expect(findings(check(done, '2024-07-30'), 'due-soon')).toEqual([]);
  });
});
