// Meaning-preserving variants of a plan's text, as real copies of a plan differ from the one a
// fixture holds: another script, other punctuation widths, Windows line ends, portal furniture,
// blank lines between paragraphs, an HTML page, a Word .docx, a UTF-8 BOM. Each variant must be
// annotated exactly as the original by a careful reader, so the parser must score it the same
// (see plan-robustness.test.ts). Every function is pure and deterministic.
import { zipSync } from 'fflate';
import { Converter } from 'opencc-js/cn2t';
import { isPipeRow, isSeparatorRow, splitPipeRow } from '../src/plan/table.js';
import { escapeHtml } from '../src/text/escape.js';

const simplifiedToTraditional = new Map<'tw' | 'hk', (text: string) => string>();

/**
 * Converts simplified characters to traditional ones, as a copy re-published by a Taiwan or Hong
 * Kong site (or converted by a browser plug-in) prints them. Uses OpenCC's character dictionaries
 * (`cn → tw`, or `cn → hk`, which writes Hong Kong's standard forms such as `衞` for `卫`), the
 * reverse of what `toSimplifiedChinese` undoes. Phrase conversion (`cn → twp`: `信息` → `資訊`)
 * is not offered: it changes words, and a reader would annotate the changed names.
 *
 * @param text - plan text in simplified script
 * @param region - whose standard character forms to write: `tw` (default) or `hk`
 * @returns the text in traditional script; other characters unchanged
 * @example
 * ```ts
 * toTraditional('县区政府负责落实'); // '縣區政府負責落實'
 * toTraditional('市卫健委', 'hk'); // '市衞健委'
 * ```
 */
export function toTraditional(text: string, region: 'tw' | 'hk' = 'tw'): string {
  let convert = simplifiedToTraditional.get(region);
  if (convert === undefined) {
    convert = Converter({ from: 'cn', to: region });
    simplifiedToTraditional.set(region, convert);
  }
  return convert(text);
}

const HALF_WIDTH_PUNCTUATION: Readonly<Record<string, string>> = {
  '，': ',',
  '；': ';',
  '：': ':',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
};

/**
 * Replaces the full-width punctuation that copies typed on an English keyboard print half-width
 * (`，；：（）！？` → `, ; : ( ) ! ?`). `、`, `。`, quotes `“”` and the brackets `【】〔〕` have no
 * half-width twin in Chinese text and stay.
 *
 * @param text - plan text
 * @returns the text with half-width punctuation
 * @example
 * ```ts
 * toHalfWidthPunctuation('牵头单位：市财政局（国资委）'); // '牵头单位:市财政局(国资委)'
 * ```
 */
export function toHalfWidthPunctuation(text: string): string {
  return text.replace(/[，；：（）！？]/g, (ch) => HALF_WIDTH_PUNCTUATION[ch] ?? ch);
}

/**
 * Prints ASCII digits and letters in their full-width forms (U+FF10–FF19, FF21–FF3A, FF41–FF5A),
 * as some copies set `２０２４年１２月底前`.
 *
 * @param text - plan text
 * @returns the text with full-width digits and letters
 * @example
 * ```ts
 * toFullWidthDigits('2024年12月底前'); // '２０２４年１２月底前'
 * ```
 */
export function toFullWidthDigits(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/**
 * Lines of a Windows copy: CRLF line ends, trailing spaces on every third line, and an
 * ideographic-space paragraph indent (`　　`) on every other line of prose (a table's pipe row
 * is never indented, as no table cell is).
 *
 * @param text - plan text with LF line ends
 * @returns the text as a Windows editor saves it
 * @example
 * ```ts
 * withWindowsLineEnds('一、总体要求\n二、重点任务'); // '一、总体要求  \r\n　　二、重点任务'
 * ```
 */
export function withWindowsLineEnds(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line, i) => {
      if (line.trim() === '') return line;
      const indent = i % 2 === 1 && !line.startsWith('|') ? '\u3000\u3000' : '';
      const trailing = i % 3 === 0 ? '  ' : '';
      return `${indent}${line}${trailing}`;
    })
    .join('\r\n');
}

/** Portal furniture above the text: breadcrumbs and page tools, with no date and no unit. */
const FURNITURE_TOP = ['首页 > 政务公开 > 政策文件', '【字体：大 中 小】', '扫一扫在手机打开当前页', ''];

/** Portal furniture below the text. */
const FURNITURE_BOTTOM = [
  '',
  '【打印本页】【关闭窗口】',
  '分享到：',
  '浏览次数：',
  '相关链接',
  '上一篇：',
  '下一篇：',
  '网站地图 | 联系我们',
];

/**
 * Surrounds the text with the lines a government portal prints around an article (breadcrumbs,
 * font-size and print buttons, share and view counters, related links), none of which carries a
 * date or a unit, so neither the plan year nor any assignment can change.
 *
 * @param text - plan text
 * @returns the text as copied from the whole page
 * @example
 * ```ts
 * withPageFurniture('一、重点任务').startsWith('首页 > 政务公开 > 政策文件'); // true
 * ```
 */
export function withPageFurniture(text: string): string {
  return [...FURNITURE_TOP, text, ...FURNITURE_BOTTOM].join('\n');
}

/**
 * Puts an empty line after every line, as many web copies print each paragraph as a block
 * separated by a blank line.
 *
 * @param text - plan text
 * @returns the text with every line followed by a blank one
 * @example
 * ```ts
 * withBlankLinesBetween('一、总体要求\n二、重点任务'); // '一、总体要求\n\n二、重点任务'
 * ```
 */
export function withBlankLinesBetween(text: string): string {
  return text.split(/\r?\n/).join('\n\n');
}

/**
 * A pipe row as the fixtures print tables (the parser's own test), with some cell holding text. A
 * line of bars alone (`||||`, a flattened export's row separator) is no table row: it stays a line
 * of text, as the copy printed it.
 */
function isTableRow(line: string): boolean {
  const trimmed = line.trim();
  return isPipeRow(trimmed) && /[^|\s]/.test(trimmed);
}

type Block = { kind: 'line'; text: string } | { kind: 'table'; rows: string[][] };

/** The text as paragraphs and tables: each run of pipe rows is one table. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (isTableRow(line)) {
      if (isSeparatorRow(line.trim())) continue;
      const cells = splitPipeRow(line.trim());
      const last = out[out.length - 1];
      if (last?.kind === 'table') last.rows.push(cells);
      else out.push({ kind: 'table', rows: [cells] });
    } else out.push({ kind: 'line', text: line });
  }
  return out;
}

/**
 * Publishes the text as a portal's HTML page: a head with a title and styles, a navigation bar, the
 * article with each line as a `<p>` (an empty line as `<p>&nbsp;</p>`), each run of pipe rows
 * (`| a | b |`) as one `<table>` of `<tr><td>`, and a footer. Text is entity-escaped. Parse with
 * `parsePlan(html, { format: 'html' })`.
 *
 * @param text - plan text, tables as pipe rows
 * @returns the HTML page
 * @example
 * ```ts
 * asHtmlPage('| 序号 | 任务 |\n| 1 | 公开预算 |').includes('<tr><td>1</td><td>公开预算</td></tr>'); // true
 * ```
 */
export function asHtmlPage(text: string): string {
  const body = blocks(text).map((block) =>
    block.kind === 'line'
      ? block.text.trim() === ''
        ? '<p>&nbsp;</p>'
        : `<p>${escapeHtml(block.text)}</p>`
      : [
          '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">',
          '<tbody>',
          ...block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`),
          '</tbody>',
          '</table>',
        ].join('\n'),
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>政策文件_政务公开</title>',
    '<style>.article p { text-indent: 2em; }</style>',
    '<script>var siteId = 1;</script>',
    '</head>',
    '<body>',
    '<nav><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a></nav>',
    '<div class="article">',
    ...body,
    '</div>',
    '<footer><p>网站地图 | 联系我们</p></footer>',
    '</body>',
    '</html>',
  ].join('\n');
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

/** A run of text, tabs as `<w:tab/>`, as Word stores them. */
function wordRuns(text: string): string {
  return text
    .split('\t')
    .map((part) => (part === '' ? '' : `<w:r><w:t xml:space="preserve">${escapeHtml(part)}</w:t></w:r>`))
    .join('<w:r><w:tab/></w:r>');
}

const wordParagraph = (text: string): string => `<w:p>${wordRuns(text)}</w:p>`;

/**
 * Saves the text as a minimal but valid Word `.docx` (`[Content_Types].xml`, `_rels/.rels`,
 * `word/document.xml`): one `<w:p>` per line, each line's text in one run
 * (`<w:t xml:space="preserve">`), and each run of pipe rows as a `<w:tbl>` of `<w:tr>`/`<w:tc>`.
 * Parse with `parsePlan(bytes)`.
 *
 * @param text - plan text, tables as pipe rows
 * @returns the bytes of the .docx file
 * @example
 * ```ts
 * const bytes = asDocx('一、重点任务');
 * [bytes[0], bytes[1]]; // [0x50, 0x4b] ("PK")
 * ```
 */
export function asDocx(text: string): Uint8Array {
  const body = blocks(text).map((block) => {
    if (block.kind === 'line') return wordParagraph(block.text);
    const columns = Math.max(...block.rows.map((row) => row.length));
    const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(columns)}</w:tblGrid>`;
    const rows = block.rows.map(
      (row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr/>${wordParagraph(cell)}</w:tc>`).join('')}</w:tr>`,
    );
    // A table is followed by a paragraph in every document Word writes.
    return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows.join('')}</w:tbl>`;
  });
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:body>${body.join('')}<w:p/><w:sectPr/></w:body></w:document>`;
  const encode = (s: string) => new TextEncoder().encode(s);
  return zipSync(
    {
      '[Content_Types].xml': encode(CONTENT_TYPES),
      '_rels/.rels': encode(RELS),
      'word/document.xml': encode(document),
    },
    { level: 6, mtime: new Date('2024-01-01T00:00:00Z') },
  );
}

/**
 * Encodes the text as UTF-8 with a byte-order mark, as Windows Notepad saves it. Parse with
 * `parsePlan(bytes)`.
 *
 * @param text - plan text
 * @returns the bytes: EF BB BF, then the UTF-8 text
 * @example
 * ```ts
 * [...withBom('政').slice(0, 3)]; // [0xef, 0xbb, 0xbf]
 * ```
 */
export function withBom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
