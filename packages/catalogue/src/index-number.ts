// 索引号 as written on pages: full-width digits, letters, ／ and － appear, and lower-case letters
// in credit codes; compare and match them in one form.

/**
 * Folds an index number to one form for matching and uniqueness: no spaces, half-width, upper-case.
 *
 * @param text - the 索引号 as given
 * @returns the folded form
 * @category Index numbers
 * @example
 * ```ts
 * normalizeIndexNumber(' ００３１８７２２９／２０２４０５－０００４７'); // '003187229/202405-00047'
 * ```
 */
export function normalizeIndexNumber(text: string): string {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || (c >= 97 && c <= 122)) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase();
}

function isCodeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Reads an index number in the default shape (see `DEFAULT_INDEX_NUMBER_PATTERN`) without a
 * regular expression, as the validator does for every entry: returns `year * 1000` for `yyyy`,
 * `year * 1000 + 100 + month` for `yyyymm`, or -1 when the shape is wrong. Same answers as the
 * pattern.
 */
export function parseDefaultIndexNumber(s: string): number {
  const slash = s.indexOf('/');
  if (slash !== 9 && slash !== 18) return -1;
  for (let i = 0; i < slash; i++) if (!isCodeChar(s.charCodeAt(i))) return -1;
  const dash = s.indexOf('-', slash);
  const dateLength = dash - slash - 1;
  if (dateLength !== 4 && dateLength !== 6) return -1;
  let date = 0;
  for (let i = slash + 1; i < dash; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return -1;
    date = date * 10 + (c - 48);
  }
  const serial = s.length - dash - 1;
  if (serial < 3 || serial > 6) return -1;
  for (let i = dash + 1; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return -1;
  return dateLength === 4 ? date * 1000 : Math.floor(date / 100) * 1000 + 100 + (date % 100);
}
