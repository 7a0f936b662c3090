import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../calendar/cn-mainland.js';
import { isZwgkError } from '../errors.js';
import type { Deadline } from '../model/deadline.js';
import { parseDeadline } from './parse-deadline.js';
import { resolveDeadline } from './resolve-deadline.js';

const context = { year: 2024, issued: '2024-05-21' };
const relative = (days: number, dayKind: 'calendar' | 'working', from: 'issued' | 'received' = 'issued'): Deadline => ({
  kind: 'relative',
  days,
  dayKind,
  from,
  raw: '',
});

describe('resolveDeadline', () => {
  it('gives the date of a date deadline', () => {
    expect(resolveDeadline({ kind: 'date', by: '2024-06-30', raw: '6月底前' }, context)).toBe('2024-06-30');
  });

  it('adds calendar days to the issue date (印发后30日内)', () => {
    expect(resolveDeadline(relative(30, 'calendar'), context)).toBe('2024-06-20');
    expect(resolveDeadline(relative(30, 'calendar'), { year: 2024, issued: '2024-02-10' })).toBe('2024-03-11');
  });

  it('adds working days on the calendar, holidays and 调休 included', () => {
    // 2024-05-21 + 20 working days skips 端午节 (6/10).
    expect(resolveDeadline(relative(20, 'working'), context)).toBe('2024-06-19');
    expect(resolveDeadline(relative(20, 'working'), { ...context, calendar: CN_MAINLAND_CALENDAR })).toBe('2024-06-19');
    // 9/29 (调休), 9/30, 10/8, 10/9, 10/10.
    expect(resolveDeadline(relative(5, 'working'), { year: 2024, issued: '2024-09-27' })).toBe('2024-10-10');
  });

  it('throws calendar-out-of-range for working days beyond the calendar unless the caller opts in', () => {
    const late = { year: 2027, issued: '2027-03-01' };
    let code: string | undefined;
    try {
      resolveDeadline(relative(5, 'working'), late);
    } catch (error) {
      code = isZwgkError(error) ? error.code : undefined;
    }
    expect(code).toBe('calendar-out-of-range');
    expect(resolveDeadline(relative(5, 'working'), { ...late, outsideRange: 'weekends' })).toBe('2027-03-08');
  });

  it('gives null where there is no single due date', () => {
    expect(resolveDeadline({ kind: 'continuous', raw: '持续推进' }, context)).toBeNull();
    expect(resolveDeadline({ kind: 'none', raw: '' }, context)).toBeNull();
    expect(resolveDeadline({ kind: 'recurring', every: 'P6M', raw: '每半年' }, context)).toBeNull();
    expect(resolveDeadline(relative(30, 'calendar'), { year: 2024, issued: null })).toBeNull();
    expect(resolveDeadline(relative(20, 'working', 'received'), context)).toBeNull();
  });

  it('rejects a malformed issue date', () => {
    expect(() => resolveDeadline(relative(30, 'calendar'), { year: 2024, issued: '2024/05/21' })).toThrow(/ISO date/);
  });

  it('resolves what parseDeadline reads', () => {
    const due = (raw: string) => resolveDeadline(parseDeadline(raw, context).deadline, context);
    expect(due('印发后30日内')).toBe('2024-06-20');
    expect(due('202412月底前')).toBe('2024-12-31');
    expect(due('持续推进')).toBeNull();
  });
});
