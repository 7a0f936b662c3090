/**
 * Every match of a global expression in `text`, in order: what `text.matchAll(pattern)` gives, without
 * the copy of the expression `matchAll` makes on each call. Copying an expression compiles its source
 * again, which for the parser's long alternations of role words and labels cost more than the match
 * itself on a short clause. The matches are collected before they are returned, so the caller may
 * use `pattern` again while it goes through them.
 *
 * @param pattern - an expression with the `g` flag
 * @param text - the text to search
 * @param from - where in `text` to start, as a `lastIndex` set before `matchAll` would (default 0)
 * @returns the matches, as `exec` gives them
 * @throws TypeError when `pattern` is not global (as `matchAll` does)
 * @example
 * ```ts
 * allMatches(/\d+/gu, '1、2和30').map((m) => m[0]); // ['1', '2', '30']
 * allMatches(/\d+/gu, '1、2和30', 2).map((m) => m[0]); // ['2', '30']
 * ```
 */
export function allMatches(pattern: RegExp, text: string, from = 0): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global expression');
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // (An empty match moves on one character, or one code point under the `u` flag, as matchAll does.)
    if (m[0] === '')
      pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = 0;
  return found;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}
