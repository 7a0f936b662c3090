// Deadline phrases inside plan text: repairs the noise of copied plans before the phrase is read
// (`202412月底前` → `2024年12月底前`), and tells a deadline phrase from other text.
import { lastDayOfMonth } from 'date-fns';
import { FIVE_YEAR_PERIOD, YEAR_SPAN } from '../deadline/normalize-deadline.js';
import type { DeadlinePattern } from '../deadline/types.js';
import type { Location } from '../model/common.js';
import type { Deadline } from '../model/deadline.js';
import type { Diagnostic } from '../model/index.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { allMatches } from '../text/regex.js';

/** What a deadline phrase is read against. */
export interface DeadlineTextContext {
  readonly year: number;
  readonly issued?: string | null;
  readonly patterns?: readonly DeadlinePattern[];
  readonly location?: Location;
}

const CN_NUM = /[〇零一二两三四五六七八九十]{1,3}(?=[个月日天年号次])/gu;

/**
 * Repairs the noise copied plans put in deadline phrases: a dropped 年 (`202412月底前`,
 * `20247月底前`), Chinese numerals for months and days (`十二月底前`), a stray bracket or label.
 *
 * @param raw - the phrase, cleaned (simplified, half-width digits)
 * @returns the repaired phrase, which becomes the deadline's `raw`
 * @category Plan
 * @example
 * ```ts
 * repairDeadlineText('202412月底前'); // '2024年12月底前'
 * ```
 */
export function repairDeadlineText(raw: string): string {
  return (
    raw
      .replace(/\s+/g, '')
      .replace(/^[（(【[]+|[）)】\]。；，、.]+$/gu, '')
      .replace(
        /^(完成时限|完成时间|时限要求|时间要求|完成期限|时间节点|截止时间|整改时限|整改期限|攻坚时限|时限|时间)[：:]?/u,
        '',
      )
      // A year alone in a time column (`建设时间 | 2024`): within that year.
      .replace(/^((?:19|20)\d{2})$/u, '$1年底')
      .replace(/^(于|在)/u, '')
      .replace(/(?<!\d)((?:19|20)\d{2})(\d{1,2})月/gu, (_m, y: string, m: string) =>
        Number(m) >= 1 && Number(m) <= 12 ? `${y}年${m}月` : _m,
      )
      // `2020630日前`: year, month and day with 年 and 月 dropped.
      .replace(/(?<!\d)((?:19|20)\d{2})(\d{1,2})(\d{2})日/gu, (_m, y: string, m: string, d: string) =>
        Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? `${y}年${m}月${d}日` : _m,
      )
      // `2016年6底前`: the 月 was dropped.
      .replace(/((?:19|20)\d{2}年)(\d{1,2})(底|末)/gu, (_m, y: string, m: string, end: string) =>
        Number(m) >= 1 && Number(m) <= 12 ? `${y}${m}月${end}` : _m,
      )
      .replace(CN_NUM, (n) => String(parseChineseNumber(n) ?? n))
  );
}

// (A five-year plan's period is the pattern the deadline reader resolves: one pattern for both.)
const DEADLINE_HINT = new RegExp(
  `(\\d{4}年|(?<![\\d.])\\d{1,2}月|年底|年内|年末|年前|上半年|下半年|季度|全年|持续|长期|常态|常年|日内|天内|工作日内|每(年|季|月|半年|周|两年)|底前|月前|前完成|之前|立行立改|即时|定期|${FIVE_YEAR_PERIOD.source})`,
  'u',
);

/**
 * Whether a short piece of text reads as a deadline phrase (`2024年6月底前`, `持续推进`,
 * `印发后30日内`).
 *
 * @param text - cleaned text
 * @returns true when it looks like a deadline
 * @category Plan
 * @example
 * ```ts
 * looksLikeDeadline('持续推进'); // true
 * ```
 */
export function looksLikeDeadline(text: string): boolean {
  const trimmed = text.trim();
  return (
    text.length <= 60 &&
    (DEADLINE_HINT.test(repairDeadlineText(text)) || DOTTED_MONTH.test(trimmed) || WHOLE_YEAR_SPAN.test(trimmed))
  );
}

// A project table's span of years (`建设年限 | 2021-2025`): the deadline reader takes its last year.
const WHOLE_YEAR_SPAN = new RegExp(`^${YEAR_SPAN}$`, 'u');

// A table cell holding a month or a day in figures only (`2022.9`, `2022.12.31`), as parseDeadline reads it.
const DOTTED_MONTH = /^(?:19|20)\d{2}[.．](?:0?[1-9]|1[0-2])(?:[.．](?:0?[1-9]|[12]\d|3[01]))?(?:前|底前|底)?$/u;

function iso(y: number, m: number, d: number): string | undefined {
  if (!(y >= 1949 && y <= 2200 && m >= 1 && m <= 12 && d >= 1)) return undefined;
  const last = lastDayOfMonth(new Date(y, m - 1, 1)).getDate();
  if (d > last) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function endOfMonth(y: number, m: number): string | undefined {
  if (!(m >= 1 && m <= 12)) return undefined;
  return iso(y, m, lastDayOfMonth(new Date(y, m - 1, 1)).getDate());
}

const PERIODS: Record<string, string> = {
  年: 'P1Y',
  年度: 'P1Y',
  半年: 'P6M',
  季: 'P3M',
  季度: 'P3M',
  月: 'P1M',
  周: 'P1W',
  两年: 'P2Y',
};

/**
 * Reads one deadline phrase into a {@link Deadline}: dates (`2024年12月底前`, `6月底前`,
 * `年底前`, `三季度`, `X月上旬/中旬/下旬`, `次年1月31日前`), continuous work (`持续推进`,
 * `长期坚持`, `常态化`), relative (`印发后30日内`, `20个工作日内`) and recurring (`每半年`).
 * An unknown phrase gives `none` and a `deadline-unknown` diagnostic, never a guess.
 *
 * @param raw - the phrase as found in the plan (cleaned or not)
 * @param context - the plan year, issue date and extra patterns
 * @returns the deadline (with the repaired phrase as `raw`) and diagnostics
 * @category Plan
 * @example
 * ```ts
 * readDeadlineText('202412月底前', { year: 2024 }).deadline; // { kind: 'date', by: '2024-12-31', raw: '2024年12月底前' }
 * ```
 */
export function readDeadlineText(
  raw: string,
  context: DeadlineTextContext,
): { deadline: Deadline; diagnostics: Diagnostic[] } {
  const text = repairDeadlineText(raw).slice(0, 200);
  const found = readPhrase(text, context);
  if (found) return { deadline: found, diagnostics: [] };
  const diagnostic: Diagnostic = {
    severity: 'warning',
    code: 'deadline-unknown',
    message: `无法识别的完成时限：“${text}”`,
    messageEn: `Unrecognised deadline: "${text}"`,
  };
  if (context.location) diagnostic.location = context.location;
  return { deadline: { kind: 'none', raw: text }, diagnostics: [diagnostic] };
}

function readPhrase(text: string, context: DeadlineTextContext): Deadline | undefined {
  const raw = text;
  for (const pattern of context.patterns ?? []) {
    pattern.pattern.lastIndex = 0;
    const match = pattern.pattern.exec(text);
    if (!match) continue;
    const deadline = pattern.resolve(match, context);
    if (deadline) return { ...deadline, raw };
  }
  if (text === '') return undefined;
  const year = context.year;
  // The last date named wins: `6月底前启动，12月底前完成` is due at the end of December.
  let best: string | undefined;
  const consider = (date: string | undefined) => {
    if (date && (best === undefined || date > best)) best = date;
  };
  for (const m of allMatches(/(次年|明年|(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]/gu, text)) {
    const y = m[1] === '次年' || m[1] === '明年' ? year + 1 : m[2] ? Number(m[2]) : year;
    consider(iso(y, Number(m[3]), Number(m[4])));
  }
  for (const m of allMatches(/(次年|明年|(\d{4})年)?(\d{1,2})月(?!\d{1,2}[日号])(底|末|份|上旬|中旬|下旬)?/gu, text)) {
    const y = m[1] === '次年' || m[1] === '明年' ? year + 1 : m[2] ? Number(m[2]) : year;
    const month = Number(m[3]);
    if (m[4] === '上旬') consider(iso(y, month, 10));
    else if (m[4] === '中旬') consider(iso(y, month, 20));
    else consider(endOfMonth(y, month));
  }
  for (const m of allMatches(/((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})/gu, text)) {
    consider(iso(Number(m[1]), Number(m[2]), Number(m[3])));
  }
  for (const m of allMatches(
    /(次年|明年|(\d{4})年)?(上半年|下半年|年底|年内|年末|全年|[一二三四1-4]季度末?|第[一二三四1-4]季度)/gu,
    text,
  )) {
    const y = m[1] === '次年' || m[1] === '明年' ? year + 1 : m[2] ? Number(m[2]) : year;
    const what = m[3] as string;
    const quarter = /([一二三四1-4])季度/u.exec(what);
    if (what === '上半年') consider(iso(y, 6, 30));
    else if (quarter) consider(endOfMonth(y, 3 * (parseChineseNumber(quarter[1] as string) ?? 4)));
    else consider(iso(y, 12, 31));
  }
  if (best === undefined) {
    const yearOnly = /^((?:19|20)\d{2})年(前|内|底|度)?/u.exec(text);
    if (yearOnly) consider(iso(Number(yearOnly[1]), 12, 31));
  }
  const relative = /(\d{1,3})个?(工作日|日|天)内/u.exec(text);
  if (best !== undefined && !relative) return { kind: 'date', by: best, raw };
  if (relative) {
    const from = /(发布|公布|公开)后/u.test(text) && !/印发/u.test(text) ? 'published' : 'issued';
    return {
      kind: 'relative',
      days: Number(relative[1]),
      dayKind: relative[2] === '工作日' ? 'working' : 'calendar',
      from,
      raw,
    };
  }
  const every = /每(两年|半年|年度|年|季度|季|月|周)/u.exec(text);
  if (every) {
    const min = /至少(\d{1,3})次/u.exec(text);
    const deadline: Deadline = { kind: 'recurring', every: PERIODS[every[1] as string] ?? 'P1Y', raw };
    if (min) deadline.min = Number(min[1]);
    return deadline;
  }
  if (/持续|长期|常态|经常性|日常|动态更新|立行立改|随时/u.test(text)) return { kind: 'continuous', raw };
  return undefined;
}

const SCHEDULE_DATE =
  /(?<![\d年])(?:(?:19|20)\d{2}年)?(?:(\d{1,2})月(?:\d{1,2}[日号])?(?:底|末|上旬|中旬|下旬)?(?:前|之前)?|年底前?|上半年|下半年|第?[一二三四1-4]季度末?)/gu;

/**
 * The dates a timetable names, as one phrase (`4月底前，8月底前，11月底前`), or undefined when it
 * names none: a table's 实施计划 cell, a task card's 年度阶段性工作目标.
 *
 * @param text - cleaned text
 * @returns the dates joined, for {@link readDeadlineText}
 * @category Plan
 * @example
 * ```ts
 * scheduleDates('1.3月底前完成设计；2.10月底前完工。'); // '3月底前，10月底前'
 * ```
 */
export function scheduleDates(text: string): string | undefined {
  const dates: string[] = [];
  for (const m of allMatches(SCHEDULE_DATE, repairDeadlineText(text.slice(0, 4000)))) {
    if (m[1] !== undefined && !(Number(m[1]) >= 1 && Number(m[1]) <= 12)) continue;
    dates.push(m[0]);
  }
  return dates.length > 0 ? dates.join('，') : undefined;
}
