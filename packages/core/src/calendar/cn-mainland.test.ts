import chineseDays from 'chinese-days';
import { addDays, format, getDay, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { CalendarYearSchema } from './calendar.js';
import { CN_MAINLAND_CALENDAR } from './cn-mainland.js';
import { isWorkingDay } from './working-days.js';

// The table of /work/shared/DOMAIN.md ("Working-day calendar"), copied as printed there and read
// by its own little parser, so that a mistake in cn-mainland.ts cannot hide in both places.
const DOMAIN_TABLE: Record<number, string> = {
  2024: '1/1 · 2/10–17 (work 2/4, 2/18) · 4/4–6 (work 4/7) · 5/1–5 (work 4/28, 5/11) · 6/10 · 9/15–17 (work 9/14) · 10/1–7 (work 9/29, 10/12)',
  2025: '1/1 · 1/28–2/4 (work 1/26, 2/8) · 4/4–6 · 5/1–5 (work 4/27) · 5/31–6/2 · 10/1–8 (work 9/28, 10/11)',
  2026: '1/1–3 (work 1/4) · 2/15–23 (work 2/14, 2/28) · 4/4–6 · 5/1–5 (work 5/9) · 6/19–21 · 9/25–27 · 10/1–7 (work 9/20, 10/10)',
};

function readDomainRow(year: number, row: string): { off: Set<string>; work: Set<string> } {
  const off = new Set<string>();
  const work = new Set<string>();
  const day = (month: number, d: number) => format(new Date(year, month - 1, d), 'yyyy-MM-dd');
  for (const part of row.split('·')) {
    const m = /^\s*(\d+)\/(\d+)(?:–(?:(\d+)\/)?(\d+))?\s*(?:\(work ([^)]*)\))?\s*$/.exec(part);
    if (!m) throw new Error(`cannot read ${part}`);
    const [, fromMonth, fromDay, toMonth, toDay, worked] = m;
    let current = parseISO(day(Number(fromMonth), Number(fromDay)));
    const last = toDay === undefined ? current : parseISO(day(Number(toMonth ?? fromMonth), Number(toDay)));
    while (current <= last) {
      off.add(format(current, 'yyyy-MM-dd'));
      current = addDays(current, 1);
    }
    for (const w of worked?.split(',') ?? []) {
      const [month, d] = w.trim().split('/').map(Number);
      work.add(day(month as number, d as number));
    }
  }
  return { off, work };
}

function everyDay(year: number): string[] {
  const days: string[] = [];
  for (let d = new Date(year, 0, 1); d.getFullYear() === year; d = addDays(d, 1)) days.push(format(d, 'yyyy-MM-dd'));
  return days;
}

describe('CN_MAINLAND_CALENDAR', () => {
  it('covers 2024, 2025 and 2026, each year naming its official notice', () => {
    expect(Object.keys(CN_MAINLAND_CALENDAR.years)).toEqual(['2024', '2025', '2026']);
    expect(CN_MAINLAND_CALENDAR.id).toBe('cn-mainland');
    expect(CN_MAINLAND_CALENDAR.years[2024]?.source).toContain('国办发明电〔2023〕7号');
    expect(CN_MAINLAND_CALENDAR.years[2025]?.source).toContain('2024年11月12日');
    expect(CN_MAINLAND_CALENDAR.years[2026]?.source).toContain('2025年11月4日');
    for (const record of Object.values(CN_MAINLAND_CALENDAR.years)) {
      expect(CalendarYearSchema.safeParse(record).success).toBe(true);
    }
  });

  for (const year of [2024, 2025, 2026]) {
    it(`matches the DOMAIN.md table day by day in ${year}`, () => {
      const { off, work } = readDomainRow(year, DOMAIN_TABLE[year] as string);
      const mismatches: string[] = [];
      for (const iso of everyDay(year)) {
        const weekday = getDay(parseISO(iso));
        const expected = work.has(iso) || (weekday !== 0 && weekday !== 6 && !off.has(iso));
        if (isWorkingDay(iso) !== expected) mismatches.push(iso);
      }
      expect(mismatches).toEqual([]);
      // Every 调休 day in the table is a weekend day, as the notices have it.
      for (const iso of work) expect([0, 6]).toContain(getDay(parseISO(iso)));
    });

    it(`agrees with the chinese-days package on every day of ${year}`, () => {
      const mismatches = everyDay(year).filter((iso) => isWorkingDay(iso) !== chineseDays.isWorkday(iso));
      expect(mismatches).toEqual([]);
    });
  }

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(CN_MAINLAND_CALENDAR.years[2024]?.holidays)).toBe(true);
    expect(() => {
      (CN_MAINLAND_CALENDAR.years as Record<number, unknown>)[2030] = {};
    }).toThrow(TypeError);
  });
});
