import { describe, expect, it } from 'vitest';
import { recurringPeriods } from './recurring-periods.js';

describe('recurringPeriods', () => {
  it('splits the year into halves for P6M', () => {
    expect(recurringPeriods('P6M', 2024)).toEqual([
      { start: '2024-01-01', end: '2024-06-30' },
      { start: '2024-07-01', end: '2024-12-31' },
    ]);
  });

  it('splits the year into quarters for P3M', () => {
    expect(recurringPeriods('P3M', 2025)).toEqual([
      { start: '2025-01-01', end: '2025-03-31' },
      { start: '2025-04-01', end: '2025-06-30' },
      { start: '2025-07-01', end: '2025-09-30' },
      { start: '2025-10-01', end: '2025-12-31' },
    ]);
  });

  it('gives twelve months for P1M, February ending on the 29th in a leap year', () => {
    const months = recurringPeriods('P1M', 2024);
    expect(months).toHaveLength(12);
    expect(months[1]).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(months[11]).toEqual({ start: '2024-12-01', end: '2024-12-31' });
  });

  it('gives the whole year for P1Y and longer periods', () => {
    expect(recurringPeriods('P1Y', 2024)).toEqual([{ start: '2024-01-01', end: '2024-12-31' }]);
    expect(recurringPeriods('P2Y', 2024)).toEqual([{ start: '2024-01-01', end: '2024-12-31' }]);
  });

  it('steps weeks and days from 1 January, the last period ending on 31 December', () => {
    const weeks = recurringPeriods('P1W', 2024);
    expect(weeks).toHaveLength(53);
    expect(weeks[0]).toEqual({ start: '2024-01-01', end: '2024-01-07' });
    expect(weeks[52]).toEqual({ start: '2024-12-30', end: '2024-12-31' });
    expect(recurringPeriods('P15D', 2023)).toHaveLength(25);
  });

  it('covers the year without gaps or overlaps for every month period', () => {
    for (const every of ['P1M', 'P2M', 'P3M', 'P4M', 'P5M', 'P6M', 'P1Y']) {
      const periods = recurringPeriods(every, 2024);
      expect(periods[0]?.start).toBe('2024-01-01');
      expect(periods.at(-1)?.end).toBe('2024-12-31');
      for (let i = 1; i < periods.length; i++) {
        const previousEnd = new Date(`${periods[i - 1]?.end}T00:00:00Z`).getTime();
        expect(new Date(`${periods[i]?.start}T00:00:00Z`).getTime() - previousEnd).toBe(86_400_000);
      }
    }
  });

  it('rejects periods it cannot split a year by', () => {
    for (const bad of ['P0M', 'P', 'P1M2D', '6M', 'every half year', 'P1.5M']) {
      expect(() => recurringPeriods(bad, 2024)).toThrow(/ISO-8601 period/);
    }
    expect(() => recurringPeriods('P6M', 2024.5)).toThrow(/year/);
  });
});
