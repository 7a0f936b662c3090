import { addWorkingDays } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { findingsOf, policyEntry } from '../../test/helpers.js';

const run = (writtenOn: string, publishedOn: string, settings = {}) =>
  findingsOf('late-publication', [policyEntry({ writtenOn, publishedOn })], { settings });

describe('late-publication', () => {
  // 2024-09-20 (Fri) + 20 working days, across 中秋 (9/15-17, work 9/14) and 国庆 (10/1-7, work
  // 9/29 Sun and 10/12 Sat): 9/23-27 (5), 9/29, 9/30 (7), 10/8-11 (11), 10/12 (12), 10/14-18 (17),
  // 10/21-23 (20) → 2024-10-23.
  it('counts 调休 and holidays: exactly 20 working days is on time', () => {
    expect(addWorkingDays('2024-09-20', 20)).toBe('2024-10-23');
    expect(run('2024-09-20', '2024-10-23')).toEqual([]);
  });
  it('reports 21 working days', () => {
    const [f] = run('2024-09-20', '2024-10-24');
    expect(f).toMatchObject({ severity: 'warning', data: { workingDays: 21, limit: 20 } });
  });
  it('would be wrong with weekends only: 10/12 is a Saturday worked, 10/1-7 are off', () => {
    // 28 calendar days but 19 working days: not late.
    expect(run('2024-09-27', '2024-10-25')).toEqual([]);
  });
  it('takes the limit from settings, and counts 端午 (2024-06-10) as a day off', () => {
    expect(run('2024-06-03', '2024-06-14', { publicationWorkingDays: 5 })).toHaveLength(1);
    // 6/4, 6/5, 6/6, 6/7, 6/11: five working days over eight calendar days.
    expect(run('2024-06-03', '2024-06-11', { publicationWorkingDays: 5 })).toEqual([]);
    expect(run('2024-06-03', '2024-06-12', { publicationWorkingDays: 5 })[0]?.data?.workingDays).toBe(6);
  });
  it('counts dates before the calendar weekends-only and says so', () => {
    const records = [policyEntry({ writtenOn: '2019-03-01', publishedOn: '2019-04-30', indexNo: undefined })];
    expect(findingsOf('late-publication', records)).toHaveLength(1);
  });
});
