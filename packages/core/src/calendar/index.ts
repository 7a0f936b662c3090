// The calendar area, for imports inside @zwgk/core; the public barrel is src/index.ts.
export type { CalendarOptions, CalendarYear, WorkingCalendar } from './calendar.js';
export { CalendarYearSchema, mergeCalendars, WorkingCalendarSchema } from './calendar.js';
export { CN_MAINLAND_CALENDAR } from './cn-mainland.js';
export { todayInShanghai } from './today.js';
export { addWorkingDays, calendarYears, isWorkingDay, workingDaysBetween } from './working-days.js';
