// The outline a plan is read into: numbered items, their content lines and table rows.
import type { ClauseReading, ClauseSpan } from './clauses.js';
import type { NumberStyle } from './outline.js';
import type { ColumnKind } from './table.js';
import type { TextLine } from './text-lines.js';

/** One numbered item of the outline (or the root, or a section cell of a table row) and what is under it. */
export interface Item {
  style: NumberStyle | 'root' | 'table-section';
  number: string;
  line: TextLine | undefined;
  /** Offset in `line.text` where the heading text starts. */
  rest: number;
  content: TextLine[];
  children: Item[];
  rows: TableRow[];
  parent: Item | undefined;
  depth: number;
  hasClause?: boolean;
  /** The heading when it is not the rest of the line (a section cell of a table row). */
  title?: string;
  clauseBelow?: boolean;
  stylesBelow?: Set<string>;
  /** Lines after the children that close the item itself (a unit line shared by its sub-items). */
  tail?: TextLine[];
  /** Units the heading names in a bracket for the items under it (`一、…政策（由县发改局牵头实施）`). */
  headingLead?: ClauseReading;
  /** Whether the item or any item below it holds table rows. */
  rowsBelow?: boolean;
  /** Under a heading dividing duties (`二、明确职责分工`): the item's opening units are its own. */
  dutyOpening?: boolean;
  /** The office a heading over the item names alone (`（一）质量技术监督管理处` / `1.开展…`): the duty's unit. */
  headingOffice?: string;
  /** The clauses found in the item's own text, and that text. */
  clauseCache?: { text: string; clauses: ClauseSpan[] };
}

/** One table row read from a cell stream: its number, its cells by column kind and its lines. */
export interface TableRow {
  number: string;
  cells: Map<ColumnKind, string[]>;
  lines: TextLine[];
  /**
   * True when the row is known to be whole: its requirement cell came after its units, or it held
   * exactly the header's cells, each read by its column.
   */
  whole?: boolean;
}

/**
 * A new outline item under `parent`.
 *
 * @param style - its numbering style
 * @param number - the number as printed
 * @param line - the line it starts on
 * @param rest - where its heading text starts in the line
 * @param parent - the item above it
 */
export function newItem(
  style: Item['style'],
  number: string,
  line: TextLine | undefined,
  rest: number,
  parent: Item | undefined,
): Item {
  return {
    style,
    number,
    line,
    rest,
    content: [],
    children: [],
    rows: [],
    parent,
    depth: parent ? parent.depth + 1 : 0,
  };
}

// The levels a plan prints below `一、`.
const LOWER_THAN_CN: ReadonlySet<Item['style']> = new Set(['pcn', 'num', 'pnum', 'circ']);

/**
 * Opens an item on the outline stack: a style already open goes back to its level; a new style
 * nests under the current item, but a first `一、` closes the lower levels open (`（一）`, `1.`, …).
 *
 * @param stack - the open items, root first
 * @param style - the new item's numbering style
 * @param number - its number as printed
 * @param line - the line it starts on
 * @param rest - where its heading text starts in the line
 * @returns the new item, now on top of the stack
 */
export function openItem(
  stack: Item[],
  style: Item['style'],
  number: string,
  line: TextLine | undefined,
  rest: number,
): Item {
  let at = -1;
  for (let k = stack.length - 1; k > 0; k--) {
    if ((stack[k] as Item).style === style) {
      at = k;
      break;
    }
  }
  if (at > 0) stack.length = at;
  // (`（十五）…` / `五、督查方法` / `（一）…`: a copy that starts in the middle of a section meets its first
  // `一、` level after items of a lower one; it heads a section of its own, not a sub-item of the item above.)
  else if (style === 'cn') {
    while (stack.length > 1 && LOWER_THAN_CN.has((stack[stack.length - 1] as Item).style)) stack.length--;
  }
  const parent = stack[stack.length - 1] as Item;
  const item = newItem(style, number, line, rest, parent);
  parent.children.push(item);
  stack.push(item);
  return item;
}
