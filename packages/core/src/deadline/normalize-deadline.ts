import { parseChineseNumber } from '../text/chinese-number.js';
import { normalizeText } from '../text/normalize.js';

// A run of Chinese numerals before a unit that deadlines count in: 十二月, 三十日, 一年一次, 二〇二四年.
// Bounded run length keeps the scan linear.
const CHINESE_NUMBER_BEFORE_UNIT = /[〇零一二两三四五六七八九十百]{1,6}(?=[月日号天个次周年场期轮])/g;
// A year with 年 dropped before a month (202412月 = 2024年12月, 20247月 = 2024年7月).
const DROPPED_YEAR = /(?<!\d)((?:19|20)\d{2})(1[0-2]|0?[1-9])(?=月)/g;
// A month with 月 dropped before 底/末 (2024年6底 = 2024年6月底).
const DROPPED_MONTH = /年(\d{1,2})(?=[底末])/g;

const YEAR_DIGITS = String.raw`(?:19|20)\d{2}`;
const SPAN_DASH = String.raw`\s?[-—–－~～至到]\s?`;

/**
 * A span of years as a project table's 建设年限 cell prints it (`2021-2025`, `2013－2016`, `2014至2020`), as a
 * pattern's source: the deadline parser reads its last year, the cell reader and the line joiner anchor it.
 *
 * @example
 * ```ts
 * new RegExp(`^${YEAR_SPAN}$`, 'u').test('2021-2025'); // true
 * ```
 */
export const YEAR_SPAN = `${YEAR_DIGITS}${SPAN_DASH}${YEAR_DIGITS}`;

/** {@link YEAR_SPAN} with its first and last year captured as `ryA` and `ryB`. */
export const NAMED_YEAR_SPAN = `(?<ryA>${YEAR_DIGITS})${SPAN_DASH}(?<ryB>${YEAR_DIGITS})`;

// A five-year plan's period (`“十四五”期间`, `十三五末`): to the end of its last year. The 3rd plan ran
// 1966–1970 and each since five years more, so the Nth ends in 1955 + 5N (十四五: 2025).
/**
 * A five-year plan's period (`“十四五”期间`, `十三五末`), its ordinal's digit captured.
 *
 * @example
 * ```ts
 * FIVE_YEAR_PERIOD.test('“十四五”期间'); // true
 * ```
 */
export const FIVE_YEAR_PERIOD = /[“"']?十([一二三四五六七八九])五[”"']?(?:规划)?(?:期间|时期|期末|末|期内|内)/u;
const FIVE_YEAR_PLAN = new RegExp(FIVE_YEAR_PERIOD.source, 'gu');
const CN_DIGIT = '一二三四五六七八九';

/**
 * Normalises a deadline expression for matching: simplified script, half-width digits, no spaces
 * (normalizeText), ASCII commas as Chinese ones, Chinese numerals before units as digits, and the
 * dropped 年 or 月 of noisy copies restored.
 */
export function normalizeDeadlineText(raw: string): string {
  return normalizeText(raw)
    .replace(/[,;]/g, (ch) => (ch === ',' ? '，' : '；'))
    .replace(FIVE_YEAR_PLAN, (_, digit: string) => `${1955 + 5 * (10 + CN_DIGIT.indexOf(digit) + 1)}年底前`)
    .replace(CHINESE_NUMBER_BEFORE_UNIT, (run) => {
      const value = parseChineseNumber(run);
      return value === undefined ? run : String(value);
    })
    .replace(DROPPED_YEAR, '$1年$2')
    .replace(DROPPED_MONTH, '年$1月');
}
