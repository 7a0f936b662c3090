import { daysInMonth } from '../calendar/day-number.js';
import { ZwgkError } from '../errors.js';
import type { Deadline, RelativeFrom } from '../model/deadline.js';
import { DeadlineSchema } from '../model/deadline.js';
import type { Diagnostic } from '../model/index.js';
import { NAMED_YEAR_SPAN, normalizeDeadlineText } from './normalize-deadline.js';
import type { DeadlineContext, DeadlineParse } from './types.js';

// One token regex, scanned left to right with /g. Every quantifier is bounded and every
// alternative starts with a literal or a bounded digit run, so the scan is linear in the input.
// Alternatives are ordered most specific first: at one position the first that matches wins.
const YEAR_WORD = '次|明|翌|下一|当|本|今';
// Holidays by the date they fall on: fixed ones by month and day, the lunar ones by year. 春节 (the
// first day of the first month), 端午 (the fifth of the fifth) and 中秋 (the fifteenth of the eighth)
// are known for 2000–2026, the years of the plans a portal still publishes (the Chinese calendar;
// parse-deadline.test.ts checks every date against ICU's); 清明, a solar term, for the years the
// working-day calendar covers (the State Council's holiday notices).
const FIXED_HOLIDAYS: Readonly<Record<string, string>> = {
  元旦: '01-01',
  五一: '05-01',
  劳动: '05-01',
  国庆: '10-01',
};
const LUNAR_HOLIDAYS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  春节: {
    2000: '02-05',
    2001: '01-24',
    2002: '02-12',
    2003: '02-01',
    2004: '01-22',
    2005: '02-09',
    2006: '01-29',
    2007: '02-18',
    2008: '02-07',
    2009: '01-26',
    2010: '02-14',
    2011: '02-03',
    2012: '01-23',
    2013: '02-10',
    2014: '01-31',
    2015: '02-19',
    2016: '02-08',
    2017: '01-28',
    2018: '02-16',
    2019: '02-05',
    2020: '01-25',
    2021: '02-12',
    2022: '02-01',
    2023: '01-22',
    2024: '02-10',
    2025: '01-29',
    2026: '02-17',
  },
  清明: { 2024: '04-04', 2025: '04-04', 2026: '04-05' },
  端午: {
    2000: '06-06',
    2001: '06-25',
    2002: '06-15',
    2003: '06-04',
    2004: '06-22',
    2005: '06-11',
    2006: '05-31',
    2007: '06-19',
    2008: '06-08',
    2009: '05-28',
    2010: '06-16',
    2011: '06-06',
    2012: '06-23',
    2013: '06-12',
    2014: '06-02',
    2015: '06-20',
    2016: '06-09',
    2017: '05-30',
    2018: '06-18',
    2019: '06-07',
    2020: '06-25',
    2021: '06-14',
    2022: '06-03',
    2023: '06-22',
    2024: '06-10',
    2025: '05-31',
    2026: '06-19',
  },
  中秋: {
    2000: '09-12',
    2001: '10-01',
    2002: '09-21',
    2003: '09-11',
    2004: '09-28',
    2005: '09-18',
    2006: '10-06',
    2007: '09-25',
    2008: '09-14',
    2009: '10-03',
    2010: '09-22',
    2011: '09-12',
    2012: '09-30',
    2013: '09-19',
    2014: '09-08',
    2015: '09-27',
    2016: '09-15',
    2017: '10-04',
    2018: '09-24',
    2019: '09-13',
    2020: '10-01',
    2021: '09-21',
    2022: '09-10',
    2023: '09-29',
    2024: '09-17',
    2025: '10-06',
    2026: '09-25',
  },
};
// Times of year a plan may name that have no date of their own.
const SEASONS = '两会|主汛期|汛期|汛前|秋季开学|春季开学|开学|暑假|寒假|暑期|秋季学期|春季学期';
const EVENTS = `(?:元旦|春节|清明|五一|劳动|端午|中秋|国庆)节?|${SEASONS}`;

const TOKEN = new RegExp(
  [
    // 2016年开始，3年内完成 / 2024年起用2年时间: the years counted from the start year (2016–2018)
    String.raw`(?<sY>\d{4})年度?(?:开始|起)[，,]?(?:用|再用|力争)?(?<sN>\d{1,2})年(?:内|时间|左右)`,
    // 2021-2025 (a bare span of years, as a project table's 建设时间 prints it): the last year
    `${NAMED_YEAR_SPAN}(?![\\d年./-])`,
    // 2024-06-30, 2024/6/30, 2024.6.30
    String.raw`(?<nY>\d{4})[-/.](?<nM>\d{1,2})[-/.](?<nD>\d{1,2})(?!\d)(?:日|号)?(?:前|以前|之前)?`,
    // 2024-06, 2024.6 (a month)
    String.raw`(?<n2Y>\d{4})[-/.](?<n2M>\d{1,2})(?![\d./-])(?:前|以前|之前)?`,
    // [2024年|次年] 6月[份][底|末|上旬|中旬|下旬|初|中|30日][前]
    String.raw`(?:(?<mY>\d{4})年度?|(?<mR>${YEAR_WORD})年度?)?(?<mM>\d{1,2})月份?(?!份?\d{1,3}次)(?:(?<mEnd>底|末|上旬|中旬|下旬|初|中)|(?<mD>\d{1,2})(?:日|号))?(?<mBefore>以前|之前|前)?`,
    // [2024年] 上半年 / 下半年 / [前]三季度[末] / 第二季度
    String.raw`(?:(?<qY>\d{4})年度?|(?<qR>${YEAR_WORD})年度?)?(?:(?<qHalf>上半年|下半年)|(?<qPre>前)?第?(?<qN>[1-4一二三四])季度?(?!度?\d{1,3}次)(?:末|底|前|内)?)`,
    // [2024|次]年[度]底/末/终/中/内[前]
    String.raw`(?:(?<yY>\d{4})|(?<yR>${YEAR_WORD})|(?<![半个\d]))年度?(?<yEnd>底|末|终|中(?!秋)|内)(?:以前|之前|前)?`,
    // 全年 (within the year)
    '(?<yAll>全年)',
    // [2024年] 春节前, 国庆节前: the day before a holiday; 汛期前, 开学前: no date
    String.raw`(?:(?<eY>\d{4})年度?|(?<eR>${YEAR_WORD})年度?)?(?<event>${EVENTS})(?<eBefore>以前|之前|前)?`,
    // 2024年 alone: the year
    String.raw`(?<pY>\d{4})年度?(?!\d)`,
    // 30日内, 20个工作日, 30天
    String.raw`(?<rN>\d{1,4})个?(?<rK>工作日|自然日|日|天)(?<rIn>以内|之内|内)?`,
    // what a relative deadline counts from
    '(?<from>印发|下发|出台|发布|制定|公开|公布|收到|受理|形成|变更|制作)',
    // 每半年, 每季度, 每2年, 按月
    String.raw`(?:每|按)(?<pN>\d{1,3})?个?(?<pU>半年|半月|季度|季|年度|年|月|周|星期|日|天)`,
    // 1年1次, 半年1次 (written 一年一次, 半年一次)
    String.raw`(?<p2N>\d{1,3})?(?<p2U>半年|季度|年|月|周)(?=\d{1,3}次)`,
    // 至少1次, 2次以上
    String.raw`(?<minN>\d{1,3})(?:次|场|期|轮)`,
    // 持续推进, 长期坚持, 常态化, 全过程 …
    '(?<cont>持续|长期|常态|常年|长效|经常性|动态更新|动态调整|动态管理|随时|全过程)',
  ].join('|'),
  'g',
);

type Token =
  | { t: 'date'; by: string; text: string }
  | { t: 'within-year'; year: number; text: string }
  | { t: 'relative'; days: number; dayKind: 'calendar' | 'working'; hasWithin: boolean; text: string }
  | { t: 'from'; from: RelativeFrom; text: string }
  | { t: 'recurring'; every: string; text: string }
  | { t: 'min'; n: number; text: string }
  | { t: 'continuous'; text: string }
  | { t: 'vague'; text: string }
  | { t: 'invalid'; text: string };

const FROM_WORDS: Record<string, RelativeFrom> = {
  印发: 'issued',
  下发: 'issued',
  出台: 'issued',
  发布: 'issued',
  制定: 'issued',
  公开: 'published',
  公布: 'published',
  收到: 'received',
  受理: 'received',
  形成: 'made',
  变更: 'made',
  制作: 'made',
};

const QUARTER: Record<string, number> = { '1': 1, '2': 2, '3': 3, '4': 4, 一: 1, 二: 2, 三: 3, 四: 4 };

const PERIOD_UNITS: Record<string, [number, 'Y' | 'M' | 'W' | 'D']> = {
  半年: [6, 'M'],
  半月: [15, 'D'],
  季度: [3, 'M'],
  季: [3, 'M'],
  年度: [1, 'Y'],
  年: [1, 'Y'],
  月: [1, 'M'],
  周: [1, 'W'],
  星期: [1, 'W'],
  日: [1, 'D'],
  天: [1, 'D'],
};

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function yearFromWord(word: string, planYear: number): number {
  return word === '次' || word === '明' || word === '翌' || word === '下一' ? planYear + 1 : planYear;
}

function period(count: number, unit: 'Y' | 'M' | 'W' | 'D'): string {
  return `P${count}${unit}`;
}

// Reads the tokens of a normalised expression. `year` is the plan year; an explicit year carries
// forward to later dates without one (2025年1月、3月 → both 2025).
function tokenize(text: string, planYear: number, issued?: string | null): Token[] {
  const tokens: Token[] = [];
  // A date whose year is far from the plan year (0000年, 2204年) is a typo, not a deadline.
  const push = (token: Token) => {
    const year = token.t === 'date' ? Number(token.by.slice(0, 4)) : token.t === 'within-year' ? token.year : planYear;
    tokens.push(Math.abs(year - planYear) > 100 ? invalid(token.text) : token);
  };
  let year = planYear;
  const explicit = (digits: string | undefined, word: string | undefined): number | undefined => {
    if (digits !== undefined) year = Number(digits);
    else if (word !== undefined) year = yearFromWord(word, planYear);
    return digits !== undefined || word !== undefined ? year : undefined;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const g = m.groups as Record<string, string | undefined>;
    const whole = m[0];
    if (g.sY !== undefined) {
      const last = Number(g.sY) + Math.max(1, Number(g.sN)) - 1;
      year = last;
      push({ t: 'date', by: iso(last, 12, 31), text: whole });
    } else if (g.ryA !== undefined && g.ryB !== undefined) {
      const first = Number(g.ryA);
      const last = Number(g.ryB);
      year = last;
      push(last >= first ? { t: 'within-year', year: last, text: whole } : invalid(whole));
    } else if (g.nY !== undefined) {
      const y = Number(g.nY);
      const month = Number(g.nM);
      const day = Number(g.nD);
      year = y;
      push(validDate(y, month, day) ? { t: 'date', by: iso(y, month, day), text: whole } : invalid(whole));
    } else if (g.n2Y !== undefined) {
      const y = Number(g.n2Y);
      const month = Number(g.n2M);
      year = y;
      push(month >= 1 && month <= 12 ? monthEnd(y, month, /前$/.test(whole), whole) : invalid(whole));
    } else if (g.mM !== undefined) {
      const y = explicit(g.mY, g.mR) ?? year;
      const month = Number(g.mM);
      if (month < 1 || month > 12) {
        push(invalid(whole));
      } else if (g.mD !== undefined) {
        const day = Number(g.mD);
        push(validDate(y, month, day) ? { t: 'date', by: iso(y, month, day), text: whole } : invalid(whole));
      } else if (g.mEnd === '上旬') {
        push({ t: 'date', by: iso(y, month, 10), text: whole });
      } else if (g.mEnd === '中旬') {
        push({ t: 'date', by: iso(y, month, 20), text: whole });
      } else if (g.mEnd === '初' || g.mEnd === '中') {
        push({ t: 'vague', text: whole });
      } else {
        // 6月底前 / 6月底 / 6月 / 下旬 → the last day; 6月前 (before June) → the end of May.
        push(monthEnd(y, month, g.mEnd === undefined && g.mBefore !== undefined, whole));
      }
    } else if (g.qHalf !== undefined || g.qN !== undefined) {
      const y = explicit(g.qY, g.qR) ?? year;
      const quarter = g.qHalf === '上半年' ? 2 : g.qHalf === '下半年' ? 4 : (QUARTER[g.qN ?? ''] ?? 4);
      push({ t: 'date', by: iso(y, quarter * 3, daysInMonth(y, quarter * 3)), text: whole });
    } else if (g.yEnd !== undefined) {
      const y = explicit(g.yY, g.yR) ?? year;
      if (g.yEnd === '内') push({ t: 'within-year', year: y, text: whole });
      else if (g.yEnd === '中') push({ t: 'date', by: iso(y, 6, 30), text: whole });
      else push({ t: 'date', by: iso(y, 12, 31), text: whole });
    } else if (g.yAll !== undefined) {
      push({ t: 'within-year', year, text: whole });
    } else if (g.event !== undefined) {
      push(holiday(g.event, explicit(g.eY, g.eR), g.eBefore !== undefined, planYear, issued, whole));
    } else if (g.pY !== undefined) {
      year = Number(g.pY);
      push({ t: 'within-year', year, text: whole });
    } else if (g.rN !== undefined) {
      push({
        t: 'relative',
        days: Number(g.rN),
        dayKind: g.rK === '工作日' ? 'working' : 'calendar',
        hasWithin: g.rIn !== undefined,
        text: whole,
      });
    } else if (g.from !== undefined) {
      push({ t: 'from', from: FROM_WORDS[g.from] ?? 'issued', text: whole });
    } else if (g.pU !== undefined || g.p2U !== undefined) {
      const [size, unit] = PERIOD_UNITS[g.pU ?? g.p2U ?? ''] ?? [1, 'Y'];
      const count = Number(g.pN ?? g.p2N ?? '1');
      if (count >= 1) push({ t: 'recurring', every: period(size * count, unit), text: whole });
      else push(invalid(whole));
    } else if (g.minN !== undefined) {
      const n = Number(g.minN);
      if (n >= 1) push({ t: 'min', n, text: whole });
    } else if (g.cont !== undefined) {
      push({ t: 'continuous', text: whole });
    }
  }
  return tokens;
}

// `春节前`: the day before the holiday, in the year named, else the first on or after the issue
// date (a plan issued in May means next 春节), else the plan year's; `元旦前` without a year is the
// New Year after the plan year. A holiday named without 前, a lunar one outside the years known,
// and a time of year (汛期前, 开学前) are no date.
function holiday(
  event: string,
  year: number | undefined,
  before: boolean,
  planYear: number,
  issued: string | null | undefined,
  text: string,
): Token {
  // (`国庆节` is 国庆's; 春节 is its own name.)
  const name = event === '春节' ? event : event.replace(/节$/u, '');
  const on = (y: number): string | undefined => {
    const day = FIXED_HOLIDAYS[name] ?? LUNAR_HOLIDAYS[name]?.[y];
    return day === undefined ? undefined : `${y}-${day}`;
  };
  if (!before || (FIXED_HOLIDAYS[name] === undefined && LUNAR_HOLIDAYS[name] === undefined))
    return { t: 'vague', text };
  let date: string | undefined;
  if (year !== undefined) date = on(year);
  else if (name === '元旦') date = on(planYear + 1);
  else {
    date = on(planYear);
    if (date !== undefined && issued && date < issued) date = on(planYear + 1);
  }
  if (date === undefined) return { t: 'vague', text };
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (d > 1) return { t: 'date', by: iso(y, m, d - 1), text };
  return m === 1
    ? { t: 'date', by: iso(y - 1, 12, 31), text }
    : { t: 'date', by: iso(y, m - 1, daysInMonth(y, m - 1)), text };
}

function validDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function monthEnd(year: number, month: number, before: boolean, text: string): Token {
  if (!before) return { t: 'date', by: iso(year, month, daysInMonth(year, month)), text };
  if (month === 1) return { t: 'date', by: iso(year - 1, 12, 31), text };
  return { t: 'date', by: iso(year, month - 1, daysInMonth(year, month - 1)), text };
}

function invalid(text: string): Token {
  return { t: 'invalid', text };
}

function diagnostic(
  severity: Diagnostic['severity'],
  code: string,
  message: string,
  messageEn: string,
  context: DeadlineContext,
): Diagnostic {
  return context.location === undefined
    ? { severity, code, message, messageEn }
    : { severity, code, message, messageEn, location: context.location };
}

// Tries the plugin patterns, in order, on the normalised text.
function fromPatterns(raw: string, text: string, context: DeadlineContext, diagnostics: Diagnostic[]): Deadline | null {
  for (const pattern of context.patterns ?? []) {
    let deadline: Deadline | null;
    try {
      pattern.pattern.lastIndex = 0;
      const match = pattern.pattern.exec(text);
      if (match === null) continue;
      deadline = pattern.resolve(match, context);
    } catch (error) {
      diagnostics.push(
        diagnostic(
          'warning',
          'deadline-pattern-failed',
          `完成时限规则“${pattern.id}”处理“${raw}”时出错：${String(error)}`,
          `Deadline pattern "${pattern.id}" failed on "${raw}": ${String(error)}`,
          context,
        ),
      );
      continue;
    }
    if (deadline === null) continue;
    const checked = DeadlineSchema.safeParse({ ...deadline, raw });
    if (checked.success) return checked.data;
    diagnostics.push(
      diagnostic(
        'warning',
        'deadline-pattern-failed',
        `完成时限规则“${pattern.id}”返回的结果无效：${checked.error.issues[0]?.message ?? ''}`,
        `Deadline pattern "${pattern.id}" returned an invalid deadline: ${checked.error.issues[0]?.message ?? ''}`,
        context,
      ),
    );
  }
  return null;
}

const NO_DEADLINE = /^(?:[-—–/／、。.]*|无|暂无|不限|无时限)$/;

const KIND_ZH: Record<string, string> = {
  date: '日期',
  relative: '相对期限',
  recurring: '周期性要求',
  continuous: '持续性要求',
};

/**
 * Reads a Chinese deadline expression (完成时限) against the plan year: `2024年12月底前` →
 * `{ kind: 'date', by: '2024-12-31' }`, `持续推进` → continuous, `印发后30日内` → 30 calendar days
 * from issue, `每半年` → recurring `P6M`. Tolerates the noise of real copies (traditional script,
 * full-width digits, spaces, a dropped 年 as in `202412月底前`, brackets, Chinese numerals).
 *
 * Decisions, documented in docs/deadlines.en.md:
 * - `6月前` means before June: the end of May. `6月底前`, `6月底`, `6月` mean the end of June.
 * - A date together with 持续推进 (or a period, or a relative limit) gives the date, with an info
 *   diagnostic `deadline-combined`; several dates give the latest, with `deadline-several-dates`.
 * - `国庆节前`, `2025年春节前`: the day before the holiday (春节, 端午, 中秋 in 2000–2026, 清明 in 2024–2026); a time of
 *   year without a date (`汛期前`, `开学前`) gives `none`, even after a year.
 * - An unknown phrase gives `{ kind: 'none' }` and a warning `deadline-unknown`; an empty one gives
 *   `none` with no diagnostic. It never guesses and never throws on any string.
 *
 * @param raw - the expression as printed; kept as `raw` in the result
 * @param context - the plan year, the issue date, extra patterns from plugins, a location for diagnostics
 * @returns the deadline and diagnostics
 * @throws ZwgkError `invalid-argument` when `context.year` is not a year (a programmer error)
 * @category Deadlines
 * @example
 * ```ts
 * parseDeadline('2024年12月底前', { year: 2024 }).deadline;
 * // { kind: 'date', by: '2024-12-31', raw: '2024年12月底前' }
 * parseDeadline('202412月底前', { year: 2024 }).deadline.kind; // 'date' (dropped 年)
 * parseDeadline('持續推進', { year: 2024 }).deadline; // { kind: 'continuous', raw: '持續推進' }
 * ```
 * @example
 * ```ts
 * parseDeadline('印发后30个工作日内', { year: 2024 }).deadline;
 * // { kind: 'relative', days: 30, dayKind: 'working', from: 'issued', raw: '印发后30个工作日内' }
 * parseDeadline('每年至少1次', { year: 2024 }).deadline;
 * // { kind: 'recurring', every: 'P1Y', min: 1, raw: '每年至少1次' }
 * ```
 */
export function parseDeadline(raw: string, context: DeadlineContext): DeadlineParse {
  if (typeof raw !== 'string') {
    throw new ZwgkError('invalid-argument', `parseDeadline: raw must be a string, got ${typeof raw}`);
  }
  if (!context || !Number.isInteger(context.year) || context.year < 1 || context.year > 9998) {
    throw new ZwgkError('invalid-argument', `parseDeadline: context.year must be a year, got ${String(context?.year)}`);
  }
  const diagnostics: Diagnostic[] = [];
  const text = normalizeDeadlineText(raw);
  // Empty, or an explicit "no deadline" (无, 不限, a dash): none, and nothing to report.
  if (NO_DEADLINE.test(text)) return { deadline: { kind: 'none', raw }, diagnostics };

  const plugged = fromPatterns(raw, text, context, diagnostics);
  if (plugged) return { deadline: plugged, diagnostics };

  const tokens = tokenize(text, context.year, context.issued);
  const deadline = choose(raw, tokens, context, diagnostics);
  if (deadline.kind === 'date' && context.issued && deadline.by < context.issued) {
    diagnostics.push(
      diagnostic(
        'warning',
        'deadline-before-issue',
        `完成时限“${raw}”（${deadline.by}）早于印发日期 ${context.issued}`,
        `Deadline "${raw}" (${deadline.by}) is before the issue date ${context.issued}`,
        context,
      ),
    );
  }
  return { deadline, diagnostics };
}

function choose(raw: string, tokens: Token[], context: DeadlineContext, diagnostics: Diagnostic[]): Deadline {
  const dates: string[] = [];
  const relatives: Array<Extract<Token, { t: 'relative' }> & { from: RelativeFrom }> = [];
  const periods: string[] = [];
  let min: number | undefined;
  let continuous = false;
  let withinYear: number | undefined;
  let lastFrom: RelativeFrom | undefined;
  const invalid: string[] = [];
  const vague: string[] = [];
  for (const token of tokens) {
    switch (token.t) {
      case 'date':
        dates.push(token.by);
        break;
      case 'within-year':
        // 2024年至2025年: the last year named.
        withinYear = withinYear === undefined ? token.year : Math.max(withinYear, token.year);
        break;
      case 'from':
        lastFrom = token.from;
        break;
      case 'relative':
        // 30日 alone is a day of the month or a duration without an anchor: only 30日内 or 印发后30日
        // (or any number of 工作日, or of 天: `整改时限：3天`) is a relative deadline.
        if (token.dayKind === 'working' || token.hasWithin || lastFrom !== undefined || /\d天/u.test(token.text)) {
          relatives.push({ ...token, from: lastFrom ?? 'issued' });
        }
        break;
      case 'recurring':
        periods.push(token.every);
        break;
      case 'min':
        min ??= token.n;
        break;
      case 'continuous':
        continuous = true;
        break;
      case 'vague':
        vague.push(token.text);
        break;
      case 'invalid':
        invalid.push(token.text);
        break;
    }
  }
  // 年度内至少开展1次: "within the year, at least once" is a yearly requirement.
  if (withinYear !== undefined && min !== undefined && periods.length === 0 && dates.length === 0) {
    periods.push('P1Y');
  } else if (
    withinYear !== undefined &&
    continuous &&
    dates.length === 0 &&
    relatives.length === 0 &&
    periods.length === 0 &&
    !/完成|[前底末终]/u.test(raw)
  ) {
    // 年内持续推进: the year is the span of continuous work, not a date it ends by.
    withinYear = undefined;
  } else if (withinYear !== undefined) {
    dates.push(iso(withinYear, 12, 31));
  }
  for (const text of invalid) {
    diagnostics.push(
      diagnostic(
        'warning',
        'deadline-invalid-date',
        `完成时限“${raw}”中的日期不存在：“${text}”`,
        `Deadline "${raw}" names a date that does not exist: "${text}"`,
        context,
      ),
    );
  }

  let deadline: Deadline;
  const others: string[] = [];
  if (dates.length > 0) {
    // ISO dates sort as strings.
    const by = [...dates].sort().at(-1) as string;
    deadline = { kind: 'date', by, raw };
    const distinct = [...new Set(dates)];
    if (distinct.length > 1) {
      diagnostics.push(
        diagnostic(
          'info',
          'deadline-several-dates',
          `完成时限“${raw}”包含多个日期（${distinct.join('、')}），取最晚的 ${by}`,
          `Deadline "${raw}" names several dates (${distinct.join(', ')}); the latest, ${by}, is used`,
          context,
        ),
      );
    }
    if (relatives.length > 0) others.push('relative');
    if (periods.length > 0) others.push('recurring');
    if (continuous) others.push('continuous');
  } else if (relatives.length > 0) {
    const first = relatives[0] as (typeof relatives)[number];
    deadline = { kind: 'relative', days: first.days, dayKind: first.dayKind, from: first.from, raw };
    if (periods.length > 0) others.push('recurring');
    if (continuous) others.push('continuous');
  } else if (periods.length > 0) {
    deadline =
      min === undefined
        ? { kind: 'recurring', every: periods[0] as string, raw }
        : { kind: 'recurring', every: periods[0] as string, min, raw };
    if (continuous) others.push('continuous');
  } else if (continuous) {
    deadline = { kind: 'continuous', raw };
  } else {
    const why = vague.length > 0 ? `（“${vague.join('、')}”不是确切日期）` : '';
    const whyEn = vague.length > 0 ? ` ("${vague.join('", "')}" is not a definite date)` : '';
    diagnostics.push(
      diagnostic(
        'warning',
        'deadline-unknown',
        `无法识别的完成时限：“${raw}”${why}`,
        `Unrecognised deadline: "${raw}"${whyEn}`,
        context,
      ),
    );
    return { kind: 'none', raw };
  }
  if (others.length > 0) {
    diagnostics.push(
      diagnostic(
        'info',
        'deadline-combined',
        `完成时限“${raw}”同时包含${others.map((kind) => KIND_ZH[kind]).join('、')}，按${KIND_ZH[deadline.kind]}处理`,
        `Deadline "${raw}" also has a ${others.join(', ')} part; it is read as ${deadline.kind}`,
        context,
      ),
    );
  }
  return deadline;
}
