// Meaning-preserving variants of a plan's text, as real copies of a plan differ from the one a
// fixture holds: another script, other punctuation widths, Windows line ends, portal furniture,
// blank lines between paragraphs, an HTML page, a Word .docx, a UTF-8 BOM, pinyin annotations,
// dropped 年 and closing brackets, a table header printed over two rows. Each variant must be
// annotated exactly as the original by a careful reader, so the parser must score it the same
// (see plan-robustness.test.ts). Every function is pure and deterministic.
import { zipSync } from 'fflate';
import { Converter } from 'opencc-js/cn2t';
import { headerKind, isPipeRow, isSeparatorRow, isUnitColumn, splitPipeRow } from '../src/plan/table.js';
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

// The pinyin a converted page prints after some characters (`業(yè)`, `發(fā)`), as real copies do.
const PINYIN: Readonly<Record<string, string>> = {
  业: 'yè',
  发: 'fā',
  调: 'diào',
  务: 'wù',
  关: 'guān',
  农: 'nóng',
  联: 'lián',
  经: 'jīng',
  产: 'chǎn',
  创: 'chuàng',
  号: 'hào',
  优: 'yōu',
};
const PINYIN_CHARACTERS = new RegExp(`[${Object.keys(PINYIN).join('')}]`, 'gu');

/**
 * Prints the pinyin after every occurrence of twelve common characters (`业(yè)`, `发(fā)`,
 * `号(hào)`), as pages run through a reading-aid converter do. A reader skips the annotations.
 *
 * @param text - plan text
 * @returns the text with pinyin annotations
 * @example
 * ```ts
 * withPinyinAnnotations('市发展改革委'); // '市发(fā)展改革委'
 * ```
 */
export function withPinyinAnnotations(text: string): string {
  return text.replace(PINYIN_CHARACTERS, (ch) => `${ch}(${PINYIN[ch]})`);
}

// A deadline standing alone (a cell, a line, a bracket or after a label): `2024年12月底前`.
const LONE_DEADLINE =
  /(^|[|（(：:]\s*)(20\d{2})年(\d{1,2}月(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)?(?:完成)?)(?=\s*(?:$|[|）)，。；]))/gmu;

/**
 * Drops the 年 of a year and month in a deadline standing alone (`2024年12月底前` → `202412月底前`),
 * as a hurried copy does. Deadlines inside sentences are left: a reader would see the date there
 * either way, but the dropped character changes the task's text.
 *
 * @param text - plan text
 * @returns the text with those 年 dropped
 * @example
 * ```ts
 * withYearCharacterDropped('完成时限：2024年12月底前'); // '完成时限：202412月底前'
 * ```
 */
export function withYearCharacterDropped(text: string): string {
  return text.replace(LONE_DEADLINE, '$1$2$3');
}

// A unit or time label at the start of a line, with its colon.
const LINE_LABEL =
  /^(\s*)(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|完成时限|完成时间|时限要求|时间节点)[：:]\s*(?=\S)/gmu;

/**
 * Prints each label that opens a line in brackets instead of with a colon (`责任单位：市财政局` →
 * `【责任单位】市财政局`), as some portals style task cards.
 *
 * @param text - plan text
 * @returns the text with those labels bracketed
 * @example
 * ```ts
 * withBracketedLabels('责任单位：市财政局'); // '【责任单位】市财政局'
 * ```
 */
export function withBracketedLabels(text: string): string {
  return text.replace(LINE_LABEL, '$1【$2】');
}

// A bracket of units closing a line after the task's text: `…。（市财政局负责）。`, `…(牵头单位:区发改局)`.
const CLOSING_UNIT_BRACKET =
  /(?<=[^\s|])([（(])([^（）()\n]{2,80}?(?:负责|牵头|落实|配合|参与|局|委|办|政府|管委会|单位|部门))[）)](。?)$/gmu;

/**
 * Drops the closing bracket of a unit bracket that ends a line (`（市财政局负责）。` →
 * `（市财政局负责。`), a slip real copies make. The last line keeps its bracket: a document that
 * ends in an open bracket reads as cut off there, to the parser and to a reader.
 *
 * @param text - plan text
 * @returns the text with those brackets left open
 * @example
 * ```ts
 * withClosingBracketDropped('1.公开预算。（市财政局负责）\n2.公开决算。（市财政局负责）');
 * // '1.公开预算。（市财政局负责\n2.公开决算。（市财政局负责）'
 * ```
 */
export function withClosingBracketDropped(text: string): string {
  // (Not on the last line: a document ending in an open bracket reads as cut off there.)
  const body = text.trimEnd();
  const last = body.lastIndexOf('\n');
  if (last < 0) return text;
  return body.slice(0, last).replace(CLOSING_UNIT_BRACKET, '$1$2$3') + text.slice(last);
}

// The word a two-row header prints over its unit columns.
const UNIT_GROUP = '责任单位';

/**
 * Prints each table's adjacent unit columns under one group cell, in a header of two rows (`|
 * 序号 | 工作任务 | 责任单位 | | 完成时限 |` over `| | | 牵头单位 | 配合单位 | |`), as many offices
 * lay out their task tables. Tables with fewer than two adjacent unit columns are left.
 *
 * @param text - plan text, tables as pipe rows
 * @returns the text with those headers in two rows
 * @example
 * ```ts
 * withTwoRowHeader('| 序号 | 任务 | 牵头单位 | 配合单位 |').split('\n');
 * // ['|  序号  |  任务  |  责任单位  |    |', '|    |    |  牵头单位  |  配合单位  |']
 * ```
 */
export function withTwoRowHeader(text: string): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const opensTable = isTableRow(line) && !isSeparatorRow(line.trim()) && !isTableRow(lines[i - 1] ?? '');
    const split = opensTable ? unitGroupOf(splitPipeRow(line.trim())) : undefined;
    if (split === undefined) out.push(line);
    else out.push(pipeRow(split.top), pipeRow(split.below));
  });
  return out.join('\n');
}

const pipeRow = (cells: readonly string[]): string => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;

/** A header's first run of two or more unit columns, as a group cell over its sub-cells. */
function unitGroupOf(header: readonly string[]): { top: string[]; below: string[] } | undefined {
  const units = header.map((cell) => {
    const kind = headerKind(cell);
    return kind !== undefined && isUnitColumn(kind);
  });
  const from = units.indexOf(true);
  if (from < 0) return undefined;
  let to = from;
  while (units[to]) to++;
  if (to - from < 2) return undefined;
  return {
    top: header.map((cell, c) => (c === from ? UNIT_GROUP : c > from && c < to ? '' : cell)),
    below: header.map((cell, c) => (c >= from && c < to ? cell : '')),
  };
}

/** A header cell as a web page or a Word table merges it: over two rows, or across columns. */
interface SpannedCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/**
 * The cells of a header of two rows as merged cells: a cell of the first row spans the empty cells
 * after it, or both rows where the second row is empty below it. Undefined for any other two rows.
 */
function headerSpans(top: readonly string[], below: readonly string[]): SpannedCell[] | undefined {
  if (top.length !== below.length || top[0] === '') return undefined;
  const cells: SpannedCell[] = [];
  for (let c = 0; c < top.length; c++) {
    const text = top[c] as string;
    if (text === '') {
      const last = cells[cells.length - 1] as SpannedCell;
      if (below[c] === '' || last.rowspan === 2) return undefined;
      last.colspan++;
    } else cells.push({ text, colspan: 1, rowspan: below[c] === '' ? 2 : 1 });
  }
  return cells.some((cell) => cell.colspan > 1) ? cells : undefined;
}

// A table's rows as HTML; a header of two rows with merged cells.
function htmlRows(rows: readonly string[][]): string[] {
  const row = (cells: readonly string[]) => `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
  const spans = rows.length >= 2 ? headerSpans(rows[0] as string[], rows[1] as string[]) : undefined;
  if (spans === undefined) return rows.map(row);
  const top = spans.map(
    (cell) =>
      `<td${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan > 1 ? ' rowspan="2"' : ''}>${escapeHtml(cell.text)}</td>`,
  );
  return [`<tr>${top.join('')}</tr>`, row((rows[1] as string[]).filter((c) => c !== '')), ...rows.slice(2).map(row)];
}

/**
 * Publishes the text as a portal's HTML page: a head with a title and styles, a navigation bar, the
 * article with each line as a `<p>` (an empty line as `<p>&nbsp;</p>`), each run of pipe rows
 * (`| a | b |`) as one `<table>` of `<tr><td>` (a header of two rows, see {@link withTwoRowHeader},
 * with `colspan` and `rowspan` cells), and a footer. Text is entity-escaped. Parse with
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
          ...htmlRows(block.rows),
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

// A table's rows as Word rows; a header of two rows with merged cells (`w:gridSpan`, `w:vMerge`).
function wordRows(rows: readonly string[][]): string[] {
  const cell = (text: string, properties = '') => `<w:tc><w:tcPr>${properties}</w:tcPr>${wordParagraph(text)}</w:tc>`;
  const row = (cells: readonly string[]) => `<w:tr>${cells.map((text) => cell(text)).join('')}</w:tr>`;
  const spans = rows.length >= 2 ? headerSpans(rows[0] as string[], rows[1] as string[]) : undefined;
  if (spans === undefined) return rows.map(row);
  const below = rows[1] as string[];
  const top: string[] = [];
  const second: string[] = [];
  let column = 0;
  for (const span of spans) {
    top.push(
      cell(
        span.text,
        (span.colspan > 1 ? `<w:gridSpan w:val="${span.colspan}"/>` : '') +
          (span.rowspan > 1 ? '<w:vMerge w:val="restart"/>' : ''),
      ),
    );
    if (span.rowspan > 1) second.push(cell('', '<w:vMerge/>'));
    else for (let c = column; c < column + span.colspan; c++) second.push(cell(below[c] as string));
    column += span.colspan;
  }
  return [`<w:tr>${top.join('')}</w:tr>`, `<w:tr>${second.join('')}</w:tr>`, ...rows.slice(2).map(row)];
}

/**
 * Saves the text as a minimal but valid Word `.docx` (`[Content_Types].xml`, `_rels/.rels`,
 * `word/document.xml`): one `<w:p>` per line, each line's text in one run
 * (`<w:t xml:space="preserve">`), and each run of pipe rows as a `<w:tbl>` of `<w:tr>`/`<w:tc>` (a
 * header of two rows, see {@link withTwoRowHeader}, with `w:gridSpan` and `w:vMerge` cells).
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
    const rows = wordRows(block.rows);
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
