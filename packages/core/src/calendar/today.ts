// en-CA formats a date as YYYY-MM-DD.
const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in China (Asia/Shanghai) as an ISO date: the default `asOf` of checks and
 * validations. An office checking at 07:00 in Beijing checks "today" there, whatever the time zone
 * of the server it runs on.
 *
 * @param now - the instant to read (default: now)
 * @returns the ISO date `YYYY-MM-DD` in Asia/Shanghai
 * @category Calendar
 * @example
 * ```ts
 * import { todayInShanghai } from '@zwgk/core';
 * todayInShanghai(new Date('2024-06-30T20:00:00Z')); // '2024-07-01'
 * ```
 */
export function todayInShanghai(now: Date = new Date()): string {
  return SHANGHAI_DATE.format(now);
}
