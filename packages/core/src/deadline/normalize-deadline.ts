import { normalizeText } from '../text/normalize.js';

const NUMERAL_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

// A run of Chinese numerals before a unit that deadlines count in: 十二月, 三十日, 一年一次, 二〇二四年.
// Bounded run length keeps the scan linear.
const CHINESE_NUMBER_BEFORE_UNIT = /[〇零一二两三四五六七八九十百]{1,6}(?=[月日号天个次周年场期轮])/g;
// A year with 年 dropped before a month (202412月 = 2024年12月, 20247月 = 2024年7月).
const DROPPED_YEAR = /(?<!\d)((?:19|20)\d{2})(1[0-2]|0?[1-9])(?=月)/g;
// A month with 月 dropped before 底/末 (2024年6底 = 2024年6月底).
const DROPPED_MONTH = /年(\d{1,2})(?=[底末])/g;

/**
 * Reads a run of Chinese numerals: positional (十二, 三十, 一百) or digit by digit (二〇二四).
 * Returns undefined for runs that are not a number (十十).
 */
export function chineseNumeralValue(run: string): number | undefined {
  if (!/[十百]/.test(run)) {
    let value = 0;
    for (const ch of run) value = value * 10 + (NUMERAL_DIGITS[ch] ?? 0);
    return value;
  }
  let total = 0;
  let digit = -1;
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const ch of run) {
    const d = NUMERAL_DIGITS[ch];
    if (d !== undefined) {
      if (digit > 0) return undefined; // two digits in a row in a positional number
      digit = d;
      continue;
    }
    const unit = ch === '十' ? 10 : 100;
    if (unit >= lastUnit) return undefined;
    total += (digit === -1 ? 1 : digit) * unit;
    lastUnit = unit;
    digit = -1;
  }
  return total + Math.max(digit, 0);
}

/**
 * Normalises a deadline expression for matching: simplified script, half-width digits, no spaces
 * (normalizeText), ASCII commas as Chinese ones, Chinese numerals before units as digits, and the
 * dropped 年 or 月 of noisy copies restored.
 */
export function normalizeDeadlineText(raw: string): string {
  return normalizeText(raw)
    .replace(/[,;]/g, (ch) => (ch === ',' ? '，' : '；'))
    .replace(CHINESE_NUMBER_BEFORE_UNIT, (run) => {
      const value = chineseNumeralValue(run);
      return value === undefined ? run : String(value);
    })
    .replace(DROPPED_YEAR, '$1年$2')
    .replace(DROPPED_MONTH, '年$1月');
}
