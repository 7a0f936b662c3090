import { DomHandler, DomUtils, Parser, type parseDocument } from 'htmlparser2';
import { parseBounded } from './bounded.js';
import { cellText, renderTable, type SourceCell } from './table.js';

type Node = ReturnType<typeof parseDocument>['children'][number];
type ElementNode = Extract<Node, { type: unknown; name: string; attribs: unknown }>;

// Elements whose content is never plan text: code, styling, navigation, forms' widgets, media.
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'nav',
  'aside',
  'select',
  'option',
  'button',
  'textarea',
  'iframe',
  'frame',
  'svg',
  'math',
  'canvas',
  'object',
  'embed',
  'audio',
  'video',
  'map',
  // Word's HTML export embeds document properties as <xml> islands.
  'xml',
]);

// Page header and footer are site furniture unless they sit inside the article itself.
const FURNITURE_OUTSIDE_ARTICLE = new Set(['header', 'footer']);

// Elements that start and end a line.
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const WHITESPACE = /[ \t\n\r\f\u00a0]+/g;

/** A DOM builder that knows how deep the open elements are. */
class DepthHandler extends DomHandler {
  depth = 0;
  override onopentag(name: string, attribs: { [key: string]: string }): void {
    this.depth++;
    super.onopentag(name, attribs);
  }
  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

/** Parses HTML, stopping when elements nest more than a thousand deep. */
function parseHtml(html: string): { doc: ReturnType<typeof parseDocument>; complete: boolean } {
  const handler = new DepthHandler();
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  // Not ended when cut: the tree built so far stays.
  const complete = parseBounded(parser, html, () => handler.depth);
  return { doc: handler.root, complete };
}

/**
 * Turns an HTML page holding a plan into plan text for `parsePlanText`: one line per block
 * element, `<br>` as a line break, entities decoded, scripts, styles, navigation and page
 * header/footer dropped. Data tables become pipe rows, one per `<tr>`
 * (`| 序号 | 工作任务 | 牵头单位 | 完成时限 |`): a cell's inner line breaks are joined by a space,
 * `|` inside a cell is escaped as `\|`, and a cell merged with `rowspan`/`colspan` is repeated
 * into every row and column it spans so that each row is complete; a row that is a single cell
 * across the whole table (a section heading) becomes a plain line. Layout tables (a table holding
 * another table, or only one column) are read as ordinary blocks. Uses a real HTML parser
 * (htmlparser2), so broken markup is read as browsers do, and never throws.
 *
 * @param html - the page source, already decoded to a string (see {@link decodeText})
 * @returns plan text, lines separated by `\n`
 * @category Plan input
 * @example
 * ```ts
 * import { htmlToPlanText } from '@zwgk/core';
 *
 * htmlToPlanText(`<h1>2024年政务公开重点工作任务分工</h1>
 *   <table>
 *     <tr><th>序号</th><th>工作任务</th><th>牵头单位</th></tr>
 *     <tr><td>1</td><td>公开财政预决算</td><td rowspan="2">市财政局</td></tr>
 *     <tr><td>2</td><td>公开政府债务<br>信息</td></tr>
 *   </table>`);
 * // 2024年政务公开重点工作任务分工
 * // | 序号 | 工作任务 | 牵头单位 |
 * // | 1 | 公开财政预决算 | 市财政局 |
 * // | 2 | 公开政府债务 信息 | 市财政局 |
 * ```
 */
export function htmlToPlanText(html: string): string {
  return readHtml(html).text;
}

/**
 * {@link htmlToPlanText}, also saying whether the whole page was read (it is not when elements
 * nest more than a thousand deep).
 */
export function readHtml(html: string): { text: string; complete: boolean } {
  const { doc, complete } = parseHtml(html);
  const out = new LineWriter();
  // Spans may repeat a cell's text and short rows are padded; together they may add no more than
  // the page's own length (a real page's text, all of that included, is a fifth of its markup or less).
  const budget = { chars: html.length + 100_000 };
  // Iterative walk: deeply nested markup must not overflow the call stack.
  const stack: { node: Node; exit: boolean; inArticle: boolean }[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) {
    const child = doc.children[i];
    if (child !== undefined) stack.push({ node: child, exit: false, inArticle: false });
  }
  let preDepth = 0;
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { node, exit, inArticle } = frame;
    if (DomUtils.isText(node)) {
      out.text(node.data, preDepth > 0);
      continue;
    }
    if (!DomUtils.isTag(node)) continue;
    const name = node.name;
    if (exit) {
      if (name === 'pre') preDepth--;
      if (BLOCKS.has(name)) out.endLine();
      continue;
    }
    if (isDropped(node) || (FURNITURE_OUTSIDE_ARTICLE.has(name) && !inArticle)) continue;
    if (name === 'br') {
      out.endLine();
      continue;
    }
    if (name === 'table') {
      const rows = dataTableRows(node);
      if (rows !== null) {
        if (rows.caption !== '') out.line(rows.caption);
        for (const line of renderTable(rows.cells, budget)) out.line(line);
        continue;
      }
    }
    if (BLOCKS.has(name)) out.endLine();
    if (name === 'pre') preDepth++;
    stack.push({ node, exit: true, inArticle });
    const childInArticle = inArticle || name === 'article' || name === 'main';
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child !== undefined) stack.push({ node: child, exit: false, inArticle: childInArticle });
    }
  }
  return { text: out.finish(), complete };
}

/**
 * The rows of a data table, or null for a layout table (one that holds another table, or has no
 * row with two cells or more).
 */
function dataTableRows(table: ElementNode): { cells: SourceCell[][]; caption: string } | null {
  const rows: ElementNode[] = [];
  let caption = '';
  const stack: Node[] = [...table.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!DomUtils.isTag(node)) continue;
    if (node.name === 'table') return null;
    if (node.name === 'tr') rows.push(node);
    else if (node.name === 'caption') caption = cellText(textLines(node));
    else if (!isDropped(node)) for (let i = node.children.length - 1; i >= 0; i--) pushChild(stack, node, i);
  }
  const cells: SourceCell[][] = [];
  let widest = 0;
  for (const tr of rows) {
    const row: SourceCell[] = [];
    for (const td of tr.children) {
      if (!DomUtils.isTag(td) || (td.name !== 'td' && td.name !== 'th')) continue;
      if (hasNestedTable(td)) return null;
      row.push({
        text: cellText(textLines(td)),
        colSpan: spanOf(td.attribs.colspan),
        rowSpan: spanOf(td.attribs.rowspan, rows.length),
      });
    }
    widest = Math.max(widest, row.length);
    cells.push(row);
  }
  return widest >= 2 ? { cells, caption } : null;
}

// Hidden text is how spam gets into portal pages; nobody reading the page sees it.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Elements never read: code, navigation, widgets, media, and anything hidden from the reader. */
function isDropped(element: ElementNode): boolean {
  if (DROPPED.has(element.name) || element.attribs.hidden !== undefined) return true;
  const style = element.attribs.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

function pushChild(stack: Node[], node: ElementNode, i: number): void {
  const child = node.children[i];
  if (child !== undefined) stack.push(child);
}

function hasNestedTable(cell: ElementNode): boolean {
  const stack: Node[] = [...cell.children];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!DomUtils.isTag(node)) continue;
    if (node.name === 'table') return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

/** HTML span attribute: a positive integer, else 1; `rowspan="0"` means to the end of the table. */
function spanOf(value: string | undefined, zeroMeans = 1): number {
  const n = Number.parseInt(value ?? '', 10);
  if (Number.isNaN(n) || n < 0) return 1;
  return n === 0 ? zeroMeans : n;
}

/** The text of an element as lines (blocks and `<br>` break lines), furniture dropped. */
function textLines(element: ElementNode): string[] {
  const out = new LineWriter();
  const stack: { node: Node; exit: boolean }[] = [];
  for (let i = element.children.length - 1; i >= 0; i--) {
    const child = element.children[i];
    if (child !== undefined) stack.push({ node: child, exit: false });
  }
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { node, exit } = frame;
    if (DomUtils.isText(node)) {
      out.text(node.data, false);
      continue;
    }
    if (!DomUtils.isTag(node) || isDropped(node)) continue;
    if (exit) {
      if (BLOCKS.has(node.name)) out.endLine();
      continue;
    }
    if (node.name === 'br') out.endLine();
    else if (BLOCKS.has(node.name)) out.endLine();
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child !== undefined) stack.push({ node: child, exit: false });
    }
  }
  return out.finish().split('\n');
}

/** Collects text into trimmed, non-empty lines, collapsing white space as browsers do. */
class LineWriter {
  private readonly lines: string[] = [];
  private current = '';

  text(data: string, preformatted: boolean): void {
    if (!preformatted) {
      this.current += data.replace(WHITESPACE, ' ');
      return;
    }
    const parts = data.split(/\r\n|\r|\n/);
    parts.forEach((part, i) => {
      if (i > 0) this.endLine();
      this.current += part.replace(/\u00a0/g, ' ');
    });
  }

  /** Ends the current line; empty lines are dropped (blank lines carry no meaning in a plan). */
  endLine(): void {
    const line = this.current.replace(WHITESPACE, ' ').trim();
    if (line !== '') this.lines.push(line);
    this.current = '';
  }

  line(text: string): void {
    this.endLine();
    this.lines.push(text);
  }

  finish(): string {
    this.endLine();
    return this.lines.join('\n');
  }
}
