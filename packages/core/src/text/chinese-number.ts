const DIGITS: Record<string, number> = {
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
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/**
 * Reads a number written in Chinese numerals (一, 十一, 二十三, 一百零五, or digit by digit as
 * years are: 二〇二四) or Arabic digits,
 * optionally in brackets or followed by `、` or `.` as list numbers are (`（三）`, `12.`).
 *
 * @param text - the number as printed
 * @returns the number, or `undefined` when the text is not a number
 * @category Text
 * @example
 * ```ts
 * parseChineseNumber('十一'); // 11
 * parseChineseNumber('（三）'); // 3
 * parseChineseNumber('27'); // 27
 * parseChineseNumber('二〇二四'); // 2024
 * parseChineseNumber('若干'); // undefined
 * ```
 */
export function parseChineseNumber(text: string): number | undefined {
  const core = text
    .trim()
    .replace(/^[（(〔[]|[）)〕\]、.．,，]+$/g, '')
    .replace(/[）)〕\]]$/, '');
  if (/^\d+$/.test(core)) return Number(core);
  if (/^[０-９]+$/.test(core)) return Number(core.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (!core || !/^[〇零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+$/.test(core)) return undefined;
  // Digit by digit, as years are written: 二〇二四.
  if (![...core].some((ch) => ch in UNITS)) {
    let value = 0;
    for (const ch of core) value = value * 10 + (DIGITS[ch] as number);
    return value;
  }
  // Positional: 十一, 二十七, 一百零五. Two digits in a row, or units not falling (十百), are not a number.
  let total = 0;
  let digit = -1;
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const ch of core) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit > 0) return undefined;
      digit = d;
      continue;
    }
    const unit = UNITS[ch] as number;
    if (unit >= lastUnit) return undefined;
    total += (digit === -1 ? 1 : digit) * unit;
    lastUnit = unit;
    digit = -1;
  }
  return total + Math.max(digit, 0);
}
