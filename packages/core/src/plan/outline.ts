// Numbered lines of a plan: `一、` `（一）` `1.` `1、` `（1）` `1）` `①` `⑴` `⒈` `㈠` `第一部分` `第一条`, and a plain number glued
// to the text (`1聚焦经济发展…`, as the seed prints its tasks).

/** A numbering style. Styles that mean the same level share one (`1.` and `1、` are both `num`). */
export type NumberStyle = 'part' | 'art' | 'cn' | 'pcn' | 'num' | 'pnum' | 'circ';

/** A numbered line: its style, the number as printed, its value and where the text after it starts. */
export interface Numbering {
  readonly style: NumberStyle;
  readonly number: string;
  readonly value: number;
  /** Offset in the cleaned line where the text after the number starts. */
  readonly rest: number;
  /** True for a number glued to the text without a separator; such a number must continue a sequence. */
  readonly glued: boolean;
}

const CN = '[一二三四五六七八九十百零〇]{1,4}';
const PATTERNS: readonly (readonly [NumberStyle, RegExp])[] = [
  ['part', new RegExp(`^第(${CN})(部分|章|篇)[、.．：\\s]*`, 'u')],
  // `第五条  建立健全优抚对象荣誉体系…`: the articles of rules for carrying out a policy (实施细则).
  ['art', new RegExp(`^第(${CN})条[、.．：\\s]*`, 'u')],
  ['cn', new RegExp(`^(${CN})\\s*[、.．]\\s*`, 'u')],
  ['pcn', new RegExp(`^[（(](${CN})[）)]\\s*[、.．]?\\s*`, 'u')],
  ['pnum', /^[（(](\d{1,3})[）)]\s*[、.．]?\s*/u],
  // `1）`, `1)`: the same level printed with its closing bracket only.
  ['pnum', /^(\d{1,3})[）)]\s*(?=[\u4e00-\u9fff“"《（(])/u],
  ['num', /^(\d{1,3})\s*[.．、](?!\d)\s*/u],
  // `01 项目名称：…`: a number printed with a leading zero, then a blank.
  ['num', /^(0[1-9])\s+(?=[\u4e00-\u9fff])/u],
  ['circ', /^([\u2460-\u2473])\s*/u],
  // `⑴` … `⒇`, `⒈` … `⒛` and `㈠` … `㈩`: bracketed and stopped numbers printed as one character.
  ['pnum', /^([\u2474-\u2487])\s*/u],
  ['num', /^([\u2488-\u249b])\s*/u],
  ['pcn', /^([\u3220-\u3229])\s*/u],
];
// The characters a numbering of PATTERNS (or a glued number) can start with.
const NUMBERING_START = /^[\d一二三四五六七八九十百零〇（(第\u2460-\u249b\u3220-\u3229]/u;
// What a number glued to text must not be followed by: it is then a quantity (`30日内`, `2个`).
const QUANTITY = /^([年月日号个项次家条天万亿元人名批位届期岁秒倍%％.．:：/-]|小时|分钟|周岁|周年)/u;
const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * The value of a number written in Chinese numerals (`十二` → 12).
 *
 * @param text - the numerals, without brackets or marks
 * @returns the value
 * @example
 * ```ts
 * chineseValue('二十三'); // 23
 * ```
 */
export function chineseValue(text: string): number {
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) digit = d;
    else {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1;
      total += (digit === -1 ? 1 : digit) * unit;
      digit = -1;
    }
  }
  return digit > 0 ? total + digit : total;
}

/**
 * Reads the numbering at the start of a cleaned line, if any.
 *
 * @param text - a cleaned line
 * @returns the numbering, or undefined for an unnumbered line
 */
export function readNumbering(text: string): Numbering | undefined {
  // (Every numbering starts with a digit, a numeral, a bracket, 第 or a numbered sign: most lines are
  // answered by their first character.)
  if (!NUMBERING_START.test(text)) return undefined;
  for (const [style, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const printed = m[1] as string;
    const code = printed.charCodeAt(0);
    const value =
      code >= 0x2460 && code <= 0x249b
        ? ((code - 0x2460) % 20) + 1
        : code >= 0x3220 && code <= 0x3229
          ? code - 0x3220 + 1
          : /^\d+$/u.test(printed)
            ? Number(printed)
            : chineseValue(printed);
    return { style, number: printed, value, rest: m[0].length, glued: false };
  }
  const glued = /^(\d{1,3})\s*(?=[\u4e00-\u9fff（])/u.exec(text);
  if (glued && !QUANTITY.test(text.slice(glued[0].length))) {
    return { style: 'num', number: glued[1] as string, value: Number(glued[1]), rest: glued[0].length, glued: true };
  }
  return undefined;
}
