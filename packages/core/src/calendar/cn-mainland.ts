import type { WorkingCalendar } from './calendar.js';

/**
 * The mainland China working-day calendar for 2024–2026, from the State Council General Office's
 * annual holiday notices (国务院办公厅关于部分节假日安排的通知). Each year lists its days off
 * (whole periods, weekends included) and its adjusted working days (调休). Years after 2026 are
 * not covered: add them with {@link mergeCalendars} when the notice is published, or opt into the
 * weekends-only fallback with `outsideRange: 'weekends'`.
 *
 * @category Calendar
 * @example
 * ```ts
 * calendarYears(CN_MAINLAND_CALENDAR); // [2024, 2025, 2026]
 * CN_MAINLAND_CALENDAR.years[2024]?.source; // '国办发明电〔2023〕7号'
 * isWorkingDay('2024-09-29', { calendar: CN_MAINLAND_CALENDAR }); // true (a Sunday worked, 调休)
 * ```
 */
export const CN_MAINLAND_CALENDAR: WorkingCalendar = deepFreeze({
  id: 'cn-mainland',
  name: '中国大陆法定工作日（国务院办公厅节假日安排）',
  years: {
    2024: {
      source: '国办发明电〔2023〕7号',
      holidays: [
        '2024-01-01', // 元旦
        '2024-02-10/2024-02-17', // 春节
        '2024-04-04/2024-04-06', // 清明节
        '2024-05-01/2024-05-05', // 劳动节
        '2024-06-10', // 端午节
        '2024-09-15/2024-09-17', // 中秋节
        '2024-10-01/2024-10-07', // 国庆节
      ],
      workdays: [
        '2024-02-04',
        '2024-02-18',
        '2024-04-07',
        '2024-04-28',
        '2024-05-11',
        '2024-09-14',
        '2024-09-29',
        '2024-10-12',
      ],
    },
    2025: {
      source: '国务院办公厅关于2025年部分节假日安排的通知（2024年11月12日发布）',
      holidays: [
        '2025-01-01', // 元旦
        '2025-01-28/2025-02-04', // 春节
        '2025-04-04/2025-04-06', // 清明节
        '2025-05-01/2025-05-05', // 劳动节
        '2025-05-31/2025-06-02', // 端午节
        '2025-10-01/2025-10-08', // 国庆节、中秋节
      ],
      workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    },
    2026: {
      source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日发布）',
      holidays: [
        '2026-01-01/2026-01-03', // 元旦
        '2026-02-15/2026-02-23', // 春节
        '2026-04-04/2026-04-06', // 清明节
        '2026-05-01/2026-05-05', // 劳动节
        '2026-06-19/2026-06-21', // 端午节
        '2026-09-25/2026-09-27', // 中秋节
        '2026-10-01/2026-10-07', // 国庆节
      ],
      workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    },
  },
});

// Freezes the built-in data so that no caller can change the calendar everyone shares.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
