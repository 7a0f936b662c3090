import { parseChineseNumber } from '../text/chinese-number.js';
import { toHalfWidthAlnum } from '../text/normalize.js';

/**
 * The key a task number is matched by: `03`, `3.`, `（3）`, `第3项` and `三` all give `3`; other
 * numbers (`1-2`, `A3`) are kept as written, without spaces.
 *
 * @param number - a task number as a plan or ledger prints it
 * @returns the matching key, or null for no number
 * @category Compliance
 * @example
 * ```ts
 * taskNumberKey('03'); // '3'
 * taskNumberKey('三、'); // '3'
 * taskNumberKey(null); // null
 * ```
 */
export function taskNumberKey(number: string | null | undefined): string | null {
  if (number === null || number === undefined) return null;
  // Fast path: the common case is a plain number.
  if (/^[1-9]\d{0,5}$/.test(number)) return number;
  const text = toHalfWidthAlnum(number)
    .replace(/\s+/g, '')
    .replace(/^[（(〔[第]+/, '')
    .replace(/[项條条]?[）)〕\]、.．,，:：]*$/, '');
  if (text === '') return null;
  if (/^\d+$/.test(text)) return String(Number(text));
  if (/^[零〇一二两三四五六七八九十百]+$/.test(text)) {
    const value = parseChineseNumber(text);
    if (value !== undefined) return String(value);
  }
  return text;
}
