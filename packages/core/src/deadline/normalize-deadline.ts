import { parseChineseNumber } from '../text/chinese-number.js';
import { normalizeText } from '../text/normalize.js';

// A run of Chinese numerals before a unit that deadlines count in: 十二月, 三十日, 一年一次, 二〇二四年.
// Bounded run length keeps the scan linear.
const CHINESE_NUMBER_BEFORE_UNIT = /[〇零一二两三四五六七八九十百]{1,6}(?=[月日号天个次周年场期轮])/g;
// A year with 年 dropped before a month (202412月 = 2024年12月, 20247月 = 2024年7月).
const DROPPED_YEAR = /(?<!\d)((?:19|20)\d{2})(1[0-2]|0?[1-9])(?=月)/g;
// A month with 月 dropped before 底/末 (2024年6底 = 2024年6月底).
const DROPPED_MONTH = /年(\d{1,2})(?=[底末])/g;

/**
 * Normalises a deadline expression for matching: simplified script, half-width digits, no spaces
 * (normalizeText), ASCII commas as Chinese ones, Chinese numerals before units as digits, and the
 * dropped 年 or 月 of noisy copies restored.
 */
export function normalizeDeadlineText(raw: string): string {
  return normalizeText(raw)
    .replace(/[,;]/g, (ch) => (ch === ',' ? '，' : '；'))
    .replace(CHINESE_NUMBER_BEFORE_UNIT, (run) => {
      const value = parseChineseNumber(run);
      return value === undefined ? run : String(value);
    })
    .replace(DROPPED_YEAR, '$1年$2')
    .replace(DROPPED_MONTH, '年$1月');
}
