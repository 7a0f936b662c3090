import { isZwgkError, workingDaysBetween } from '@zwgk/core';

/** Counts working days on the mainland calendar, falling back to weekends-only outside its years. */
export interface WorkingDayCounter {
  (from: string, to: string): number;
  /** Years met outside the calendar, where the weekends-only fallback was used. */
  readonly fallbackYears: ReadonlySet<number>;
  /** How many counts used the fallback. */
  readonly fallbackCount: number;
}

const CACHE_LIMIT = 50_000;

/**
 * A working-day counter for one validation run. Old entries (before the calendar's first year) must
 * not stop the validator, so a date outside the calendar is counted weekends-only and remembered,
 * and the validator says so in a diagnostic; results are cached because catalogues repeat dates.
 */
export function createWorkingDayCounter(): WorkingDayCounter {
  const outside = new Set<number>();
  const cache = new Map<string, number>();
  let fallbackCount = 0;
  const count = (from: string, to: string): number => {
    const key = from + to;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const yFrom = Number(from.slice(0, 4));
    const yTo = Number(to.slice(0, 4));
    let result: number;
    if (outside.has(yFrom) || outside.has(yTo)) {
      fallbackCount++;
      result = workingDaysBetween(from, to, { outsideRange: 'weekends' });
    } else {
      try {
        result = workingDaysBetween(from, to);
      } catch (error) {
        if (!isZwgkError(error) || error.code !== 'calendar-out-of-range') throw error;
        for (const y of [yFrom, yTo]) {
          try {
            workingDaysBetween(`${y}-06-01`, `${y}-06-02`);
          } catch {
            outside.add(y);
          }
        }
        fallbackCount++;
        result = workingDaysBetween(from, to, { outsideRange: 'weekends' });
      }
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, result);
    return result;
  };
  Object.defineProperty(count, 'fallbackYears', { value: outside });
  Object.defineProperty(count, 'fallbackCount', { get: () => fallbackCount });
  return count as WorkingDayCounter;
}
