import type { WorkingCalendar } from '../calendar/calendar.js';
import type { Location } from '../model/common.js';
import type { Deadline } from '../model/deadline.js';
import type { Diagnostic } from '../model/index.js';

/**
 * What a deadline expression is read against.
 *
 * - `year`: the plan year; `6月底前` means June of this year, `次年` the year after.
 * - `issued`: the plan's issue date (ISO), if known: a holiday named without a year (`春节前`)
 *   that has passed by then is next year's, and plugin patterns may read it.
 * - `patterns`: extra phrases from plugins, tried before the built-in ones.
 * - `location`: where the expression is in the input; copied onto every diagnostic.
 *
 * @category Deadlines
 * @example
 * ```ts
 * const context: DeadlineContext = { year: 2024, issued: '2024-05-21' };
 * parseDeadline('6月底前', context).deadline; // { kind: 'date', by: '2024-06-30', raw: '6月底前' }
 * ```
 */
export type DeadlineContext = {
  year: number;
  issued?: string | null;
  patterns?: readonly DeadlinePattern[];
  location?: Location;
};

/**
 * The result of {@link parseDeadline}: the deadline and what the reader has to say about it
 * (an unknown phrase, several dates, a date combined with 持续推进 …).
 *
 * @category Deadlines
 * @example
 * ```ts
 * const { deadline, diagnostics }: DeadlineParse = parseDeadline('适时', { year: 2024 });
 * deadline.kind; // 'none'
 * diagnostics[0]?.code; // 'deadline-unknown'
 * ```
 */
export type DeadlineParse = { deadline: Deadline; diagnostics: Diagnostic[] };

/**
 * An extra deadline phrase, as a plugin adds it (a province's `汛期前` → 05-31, its flood season starting on 1 June). `pattern` is
 * run against the normalised expression (simplified script, half-width digits, no spaces, full-width
 * brackets); when it matches, `resolve` turns the match into a deadline, or returns `null` to let
 * the next pattern try. Plugin patterns are tried in order, before the built-in ones; the
 * returned deadline's `raw` is set to the expression as printed. Keep patterns linear: no nested
 * quantifiers.
 *
 * @category Deadlines
 * @example
 * ```ts
 * const floodSeason: DeadlinePattern = {
 *   id: 'anhui/flood-season',
 *   pattern: /汛(期)?前/,
 *   resolve: (_match, context) => ({ kind: 'date', by: `${context.year}-05-31`, raw: '' }),
 * };
 * parseDeadline('汛期前完成', { year: 2024, patterns: [floodSeason] }).deadline;
 * // { kind: 'date', by: '2024-05-31', raw: '汛期前完成' }
 * ```
 */
export type DeadlinePattern = {
  /** A stable id, named in diagnostics when the pattern fails (`<plugin>/<phrase>`). */
  id: string;
  /** Run with `exec` against the normalised expression (its `lastIndex` is reset first). */
  pattern: RegExp;
  /**
   * Turns a match into a deadline, or returns `null` to let the next pattern try.
   *
   * @param match - the match of `pattern`
   * @param context - the context given to {@link parseDeadline}
   * @returns the deadline (its `raw` is replaced by the expression as printed), or `null`
   */
  resolve(match: RegExpExecArray, context: DeadlineContext): Deadline | null;
};

/**
 * What {@link resolveDeadline} needs: the plan year, the issue date (or `null` when unknown), and
 * the calendar for working days with its out-of-range behaviour (see {@link CalendarOptions}).
 *
 * @category Deadlines
 * @example
 * ```ts
 * const context: ResolveContext = { year: 2024, issued: '2024-05-21' };
 * ```
 */
export type ResolveContext = {
  year: number;
  issued: string | null;
  calendar?: WorkingCalendar;
  outsideRange?: 'error' | 'weekends';
};
