import type { CatalogueRule } from '../model.js';

// Whole texts that are placeholders once punctuation and spaces are gone: 测试, 测试123, test,
// 暂无, 暂无内容, 待补充, lorem ipsum … A real title that merely contains 测试 (网络安全测试工作)
// is not one.
const PLACEHOLDER =
  /^(?:测试|test(?:ing)?|demo|暂无|待定|待补充|待完善|无|xxx+|aaa+|asdf|lorem)(?:测试|一下|标题|内容|正文|文章|信息|数据|稿件|页面|相关信息|test|ing|\d)*$|^暂无.{0,6}$/i;
const LOREM = /lorem\s*ipsum/i;
// A cheap first test: a short text without one of these words is not a placeholder, and a long
// one is only when it opens with lorem ipsum (the placeholder words may appear in real content).
// Anchored, so it fails at the first character of most titles.
const QUICK =
  /^[\s\p{P}\p{S}]*(?:<[^>]*>[\s\p{P}\p{S}]*)*(?:测试|test|demo|暂无|待定|待补充|待完善|无|xxx|aaa|asdf|lorem)/iu;
const LOREM_START = /^(?:\s|<[^>]*>)*lorem\s*ipsum/i;
const LONG = 40;
const OREM = /orem/i;

// Whether a text's first character (a CJK ideograph, ASCII letter or digit) rules out at once the
// anchored patterns: QUICK (a placeholder word first, after spaces, punctuation or tags) when
// `quick`, else LOREM_START. Such characters are neither spaces, punctuation, symbols nor `<`, so
// the pattern could only go on with a word that begins with this very character. Most titles and
// bodies open with an ideograph, and this spares a regular expression call for each.
function opensWithWord(c: number, quick: boolean): boolean {
  if (c >= 0x4e00 && c <= 0x9fff) return !quick || (c !== 0x6d4b && c !== 0x6682 && c !== 0x5f85 && c !== 0x65e0); // 测 暂 待 无
  if (c >= 48 && c <= 57) return true;
  const lower = c | 0x20;
  if (lower < 97 || lower > 122) return false;
  // l(orem), or with `quick` t(est), d(emo), x(xx), a(aa, sdf).
  return lower !== 108 && (!quick || (lower !== 116 && lower !== 100 && lower !== 120 && lower !== 97));
}
const SHORT_TEST = /测试|test|暂无|lorem/i;
const STRIP = /[\s\u3000\p{P}\p{S}]+/gu;
const HTML = /<[^>]*>|&nbsp;|&#160;/g;

/**
 * Whether a text is placeholder content (测试, 暂无, test, lorem ipsum …) rather than real content.
 *
 * @param text - a title or body
 * @returns whether it is a placeholder
 * @category Rules
 * @example
 * ```ts
 * isPlaceholderText('测试'); // true
 * isPlaceholderText('关于开展网络安全测试工作的通知'); // false
 * ```
 */
export function isPlaceholderText(text: string): boolean {
  const first = text.charCodeAt(0);
  if (text.length > LONG) return !opensWithWord(first, false) && LOREM_START.test(text);
  if (text.length > 12 && (opensWithWord(first, true) || !QUICK.test(text)) && !OREM.test(text)) return false;
  if (LOREM.test(text)) return true;
  const compact = text.replace(HTML, '').replace(STRIP, '');
  if (compact === '') return false;
  // A very short text that says 测试 or test anywhere (这是测试, 测试请忽略) is not real content either.
  return PLACEHOLDER.test(compact) || (compact.length <= 8 && SHORT_TEST.test(compact));
}

function isEmptyBody(body: string): boolean {
  if (body.length > 64) return false;
  return body.replace(HTML, '').trim() === '';
}

/**
 * `placeholder-content`: a title or body that is placeholder text (测试, 暂无, test, lorem ipsum),
 * or an empty body in a column whose kind expects one (setting `bodyExpectedKinds`) when the
 * catalogue carries bodies at all (an absent `body` field is not reported). `data.field` and
 * `data.reason` (`placeholder`, `empty`) say which.
 *
 * @category Rules
 * @example
 * ```ts
 * placeholderContent.id; // 'placeholder-content'
 * ```
 */
export const placeholderContent: CatalogueRule = {
  id: 'placeholder-content',
  severity: 'warning',
  description: '占位或空白内容',
  descriptionEn: 'Placeholder or empty content',
  create: (ctx) => {
    const bodyKinds = new Set(ctx.settings.bodyExpectedKinds);
    return {
      entry(e) {
        const first = e.title.charCodeAt(0);
        const titleEmpty = e.title.length === 0 || ((first <= 32 || first === 0x3000) && e.title.trim() === '');
        if (titleEmpty || isPlaceholderText(e.title))
          ctx.report({
            entry: e,
            message: titleEmpty ? '标题为空' : `标题“${e.title}”是占位内容`,
            messageEn: titleEmpty ? 'The title is empty' : `The title "${e.title}" is a placeholder`,
            data: { field: 'title', reason: titleEmpty ? 'empty' : 'placeholder' },
          });
        if (e.body === undefined) return;
        if (isEmptyBody(e.body)) {
          if (e.columnInfo !== undefined && bodyKinds.has(e.columnInfo.kind))
            ctx.report({
              entry: e,
              message: '正文为空',
              messageEn: 'The body is empty',
              data: { field: 'body', reason: 'empty' },
            });
        } else if (isPlaceholderText(e.body))
          ctx.report({
            entry: e,
            message: `正文是占位内容：“${e.body.slice(0, 20)}”`,
            messageEn: `The body is a placeholder: "${e.body.slice(0, 20)}"`,
            data: { field: 'body', reason: 'placeholder' },
          });
      },
    };
  },
};
