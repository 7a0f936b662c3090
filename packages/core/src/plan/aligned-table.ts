// Wide tables a PDF copy printed one cell per line, with no separators and no mark for an empty
// cell: project and indicator tables (`序号` / `类型` / `所在县区` / `涝灾点名称` / `受涝程度` /
// `致涝原因` / `解决方案` / `投资估算（万元）` / `完成时限` / `牵头单位` / `责任单位`). Their rows
// differ in length (merged cells, a second measure inside one row, cells broken over lines), and a
// place or a company reads like a unit, so a cell cannot be read on its own: the rows are aligned
// to the header's columns as a whole, the alignment whose cells fit their columns best (a shortest
// path over cells × columns, linear in the cells).

import { isClause } from './clauses.js';
import { looksLikeDeadline } from './deadline-text.js';
import type { Item, TableRow } from './item.js';
import { type ColumnKind, headerKind, isUnitColumn } from './table.js';
import type { TextLine } from './text-lines.js';
import { looksLikeUnit, looksLikeUnitList } from './units.js';

/** What a column's cells look like, for the alignment. */
export type ColumnShape = 'number' | 'text' | 'label' | 'value' | 'units' | 'deadline';

/** A wide table's header: its column kinds, the shape of each column's cells and the line after it. */
export interface WideHeader {
  kinds: ColumnKind[];
  shapes: ColumnShape[];
  /** The header's words as printed (broken words joined), to know the header where a page repeats it. */
  words: string[];
  next: number;
}

// A header word is short; the lines of a header printed one word per line (or broken inside a
// word: `所在` / `县区`, `牵头` / `部门`, `到` / `2022年数值`) are at most this long.
const PIECE_MAX = 12;
const MIN_COLUMNS = 5;
const MAX_COLUMNS = 14;
const SEPARATORS = /[。；，、：:|]/u;
const ROW_NUMBER = /^\d{1,3}[.．、]?$/u;
const GROUP_NUMBER = /^[一二三四五六七八九十]{1,3}[、.．]?$/u;
// Amounts and measures: `投资估算（万元）`, `到2022年数值`, `2025年目标值`, `建设规模`.
const VALUE_WORD =
  /(数值|目标值|现状值|基数|估算|投资|金额|万元|亿元|规模|面积|数量|长度|总量|计量单位|[（(](万元|亿元|个|%)[）)])$/u;
// Where a row's project is: a place, not a unit that does the work.
const PLACE_WORD =
  /(县区|县（区）|县\(区\)|县（市、区）|县\(市、区\)|县市区|区县|地点|区域|所在地|属地|地区|位置|乡镇|街道|所在地区|辖区)$/u;
// Who proposed or owns a project (`策划单位`, `业主单位`): a name of the row, not a unit given work.
// (And who watches over the work, `监督单位`: given no role either.)
const OWNER_WORD = /^(?:(?:策划|申报|业主|项目业主|项目)单位|(?:监督|督导|督查)(?:单位|部门))$/u;
// When a project is to be built (`项目建设` / `日期（预计）`, `建设年限`): the row's time limit.
const WHEN_WORD = /(日期|年限|起止年限|建设期限)(?:[（(][^（）()]{1,4}[）)])?$/u;

// Whether the next piece of a header printed over lines goes on the word before it.
function joinsPiece(word: string, piece: string): boolean {
  // `序` / `号`, `所在` / `县区`, `到` / `2022年数值`: a piece too short to name a column.
  if (word.length === 1 || (word.length <= 2 && headerKind(word) === undefined)) return true;
  // `2025年` / `目标值`: a year before the word it dates.
  if (/^(?:到|至)?(?:19|20)\d{2}年$/u.test(word)) return true;
  // `牵头` / `部门`, `责任` / `单位`; `投资估算` / `（万元）`.
  if (word.length <= 2 && /^(单位|部门|科室|处室|名称)$/u.test(piece)) return true;
  // `普法责任` / `主体`: the units a column names, broken before their last word.
  if (/(责任|牵头|配合)$/u.test(word) && /^(主体|单位|部门|科室|处室)$/u.test(piece)) return true;
  // `项目建设` / `日期（预计）`: a word no list knows before the date it names.
  if (headerKind(word) === undefined && /^(日期|年限|时间)/u.test(piece) && WHEN_WORD.test(word + piece)) return true;
  return /^[（(][^（）()]{1,8}[）)]$/u.test(piece);
}

// The kind and cell shape of one word of a wide header. `hasUnits`: another column names the units
// (`牵头部门`), so a bare `单位` column holds the measure of an indicator (`%`, `家`).
function wideColumn(word: string, hasUnits: boolean): [ColumnKind, ColumnShape] {
  if (word === '单位' && hasUnits) return ['other', 'value'];
  // (Its cells read as units, so it is aligned as a unit column; its names are given no role.)
  if (OWNER_WORD.test(word)) return ['other', 'units'];
  // (`建设内容及规模`: what is built, more of the task.)
  if (VALUE_WORD.test(word) && !word.includes('内容')) return ['other', 'value'];
  if (PLACE_WORD.test(word)) return ['other', 'label'];
  const kind = headerKind(word);
  if (kind === 'number') return ['number', 'number'];
  if (kind === 'deadline' || (kind === undefined && WHEN_WORD.test(word))) return ['deadline', 'deadline'];
  if (kind !== undefined && isUnitColumn(kind)) return [kind, 'units'];
  if (kind === 'task' || kind === 'schedule') return ['task', 'text'];
  if (kind === 'other' || kind === 'reference') return ['other', 'label'];
  // `涝灾点名称`, `项目名称`: what the row is about.
  if (/名称$/u.test(word)) return ['task', 'text'];
  // `受涝程度`, `致涝原因`, `解决方案` and other words no list names: more of the task.
  return ['detail', 'text'];
}

/**
 * A wide table's header printed one word per line from `at` (its `序号`), with words no header
 * list knows (`涝灾点名称`, `致涝原因`), or undefined. It holds 序号, a unit column and a text column,
 * five to fourteen columns in all, and ends where the first row starts (its number).
 *
 * @param lines - the plan's lines
 * @param at - the line to look from
 * @param skipBlank - for each line, the first at or after it that is neither empty nor bars only
 */
export function wideHeaderAt(lines: readonly TextLine[], at: number, skipBlank: Int32Array): WideHeader | undefined {
  const first = (lines[at] as TextLine).text.replace(/\s+/gu, '');
  if (first !== '序号' && first !== '序' && first !== '编号') return undefined;
  const pieces: string[] = [];
  let k = at;
  let next = at;
  for (; k < lines.length && pieces.length < 2 * MAX_COLUMNS; k = skipBlank[k + 1] ?? lines.length) {
    const text = (lines[k] as TextLine).text.replace(/\s+/gu, '');
    if (
      text.length > PIECE_MAX ||
      // (`县（市、区）`: a separator inside a bracket parts no words.)
      SEPARATORS.test(text.replace(/[（(][^（）()]*[）)]/gu, '')) ||
      ROW_NUMBER.test(text) ||
      /^\d+(\.\d+)?$/u.test(text) ||
      (pieces.length > 0 && GROUP_NUMBER.test(text)) ||
      /^(合计|总计|小计)$/u.test(text) ||
      // (`市科技局`: a row's unit, not a header word; `县区` and `牵头单位` are header pieces.)
      (text.length >= 4 && headerKind(text) === undefined && !PLACE_WORD.test(text) && looksLikeUnit(text))
    )
      break;
    pieces.push(text);
    next = k + 1;
  }
  const words: string[] = [];
  for (let p = 0; p < pieces.length; p++) {
    let word = pieces[p] as string;
    while (p + 1 < pieces.length && joinsPiece(word, pieces[p + 1] as string)) word += pieces[++p] as string;
    words.push(word);
  }
  if (words.length < MIN_COLUMNS || words.length > MAX_COLUMNS || headerKind(words[0] as string) !== 'number')
    return undefined;
  // (The header ends at the first row's number.)
  const after = skipBlank[next] ?? lines.length;
  if (after >= lines.length) return undefined;
  const opening = (lines[after] as TextLine).text.replace(/\s+/gu, '');
  if (!ROW_NUMBER.test(opening) && !GROUP_NUMBER.test(opening) && opening !== '合计') return undefined;
  const hasUnits = words.some((w) => w !== '单位' && ((k) => k !== undefined && isUnitColumn(k))(headerKind(w)));
  // (`单位` before a value column is the indicator's measure, also where no other column names units.)
  const columns = words.map((w, k) => wideColumn(w, hasUnits || VALUE_WORD.test(words[k + 1] ?? '')));
  const shapes = columns.map(([, shape]) => shape);
  // (A table of places with a figure each, `县（市、区）` / `划定任务数（个）`, names its rows by the place.)
  // (An owner or supervisor column, aligned as units, gives no role: another column must.)
  const givesRoles = columns.some(([kind, shape]) => shape === 'units' && kind !== 'other');
  if (!givesRoles || !(shapes.includes('text') || shapes.includes('label'))) return undefined;
  // (A header every list knows is read by the cell stream.)
  if (words.every((w) => headerKind(w) !== undefined)) return undefined;
  return { kinds: columns.map(([kind]) => kind), shapes, words, next: after };
}

/** One cell of a wide table: its text and the line it is on. */
interface Cell {
  text: string;
  line: TextLine;
}

// The lines of the table from its header on, as cells: a year and the month after it one cell
// (`2017年` / `5月底前`), the header a page repeats left out, and the group numbers (`一` /
// `道路桥涵阻洪`) dropped (their heading reads as a row with no units). Ends before an attachment's
// heading or another table's header. Returns the cells and the line the table ends at.
function wideCells(
  lines: readonly TextLine[],
  header: WideHeader,
  furniture: readonly boolean[],
  skipBlank: Int32Array,
  startsTable: (line: number) => boolean,
): { cells: Cell[]; end: number } {
  const cells: Cell[] = [];
  const headerWords = new Set(header.words);
  let k = header.next;
  for (; k < lines.length; k++) {
    const line = lines[k] as TextLine;
    const text = line.text.trim();
    if (furniture[k] || text === '') continue;
    if (/^附件\s*[\d一二三四五六七八九十]{0,2}\s*[：:]?$/u.test(text) || /^附件\s*\d{1,2}\s*\S/u.test(text)) break;
    // The header again, on a later page: its words are no row.
    const again = headerWords.has(text.replace(/\s+/gu, '')) ? wideHeaderAt(lines, k, skipBlank) : undefined;
    if (again && again.words.join('|') === header.words.join('|')) {
      k = again.next - 1;
      continue;
    }
    if (startsTable(k) && !headerWords.has(text)) break;
    // The 合计 row, up to the next row's number: totals, no task.
    if (/^(合计|总计|小计)$/u.test(text)) {
      let j = skipBlank[k + 1] ?? lines.length;
      for (let n = 0; n < 6 && j < lines.length && !ROW_NUMBER.test((lines[j] as TextLine).text.trim()); n++)
        j = skipBlank[j + 1] ?? lines.length;
      if (j < lines.length && ROW_NUMBER.test((lines[j] as TextLine).text.trim())) k = j - 1;
      continue;
    }
    if (GROUP_NUMBER.test(text)) {
      // (Its heading too, on the next line: `二` / `市政排水管网能力不足` is no unit of the row above.)
      const heading = skipBlank[k + 1] ?? lines.length;
      const after = heading < lines.length ? (lines[heading] as TextLine).text.trim() : '';
      if (after.length <= 20 && !/^\d/u.test(after) && !SEPARATORS.test(after)) k = heading;
      continue;
    }
    const last = cells[cells.length - 1];
    // A name broken over lines (`仙游县` / `政府`, `市自然` / `资源局`, `数字集团` / `有限公司`): a
    // piece no name ends with, or one that is no name until the next piece ends it.
    if (
      last &&
      last.text.length <= 12 &&
      text.length <= 4 &&
      !SEPARATORS.test(last.text) &&
      (/^(人民政府|政府|管委会|有限公司|分公司)$/u.test(text) ||
        (/^[\u4e00-\u9fff]{2,5}$/u.test(last.text) &&
          /^[^市省县区]{1,3}局$/u.test(text) &&
          !looksLikeUnit(last.text) &&
          looksLikeUnit(last.text + text)))
    ) {
      last.text += text;
      continue;
    }
    // A year broken over lines: `202` / `3` / `年`.
    if (last && /^(?:19|20)\d{0,2}$/u.test(last.text) && /^(?:19|20)\d{2}年?$/u.test(last.text + text)) {
      last.text += text;
      continue;
    }
    if (last && /^(?:19|20)\d{2}年$/u.test(last.text) && /^(\d{1,2}月|年底|年末|底前|上半年|下半年)/u.test(text)) {
      last.text += text;
      continue;
    }
    cells.push({ text, line });
  }
  return { cells, end: k };
}

const NEVER = 1e9;
// A number cell whose next cell opens with a measure word is a value (`3` / `平方公里`), no row number.
const MEASURE_AFTER =
  /^(米|厘米|毫米|公里|千米|平方|万|亿|户|人(?![才民员口社力行大])|个|家|处|座|条|项|件|所|%|％|号|吨|亩|公顷|元|倍|天)/u;
// The next row's number read as a piece of a text cell instead (`2` after `…治理。`).
const ROW_NUMBER_PIECE = 2.5;
const SENTENCE_END = /[。；！？!?]$/u;
const LIST_OPEN = /[、，,；]$/u;

function numberValue(text: string): number | undefined {
  return ROW_NUMBER.test(text) ? Number.parseInt(text, 10) : undefined;
}

/**
 * Reads a wide table (see {@link wideHeaderAt}) into rows of the current outline item: each row is
 * a task with its text cells, units and time limit; a row with a number and no unit cell takes the
 * units of the row above (merged cells), a row without a time limit takes the one above, and a
 * row with neither a number nor units (a group heading, the 合计 row, a title) is no task.
 *
 * @returns the line the table ends at
 */
export function readWideTable(
  lines: readonly TextLine[],
  header: WideHeader,
  furniture: readonly boolean[],
  skipBlank: Int32Array,
  startsTable: (line: number) => boolean,
  stack: Item[],
): number {
  const { cells, end } = wideCells(lines, header, furniture, skipBlank, startsTable);
  const { shapes } = header;
  const width = shapes.length;
  const n = cells.length;
  if (n === 0) return end;
  const numberColumn = shapes.indexOf('number');
  const hasValueColumn = shapes.includes('value');
  const firstUnitColumn = shapes.indexOf('units');
  const texts = cells.map((c) => c.text);
  // What each cell reads as, asked once.
  // (`法规科牵头，各科室、事业单位分工负责。`: a cell of units with their roles reads as units too.)
  const unitLike = texts.map(
    (t) =>
      t.length <= 80 && (looksLikeUnitList(t) || (/[负牵配协]/u.test(t) && isClause(t.replace(/[。；]$/u, ''), false))),
  );
  const deadlineLike = texts.map((t) => t.length <= 30 && looksLikeDeadline(t));
  // How often each text is printed: a label column's values repeat from row to row (`荔城区`,
  // `河道整治`, `市科技局`), a row's own name seldom does.
  const seen = new Map<string, number>();
  for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
  const repeated = texts.map((t) => (seen.get(t) as number) >= 2);
  const values = texts.map(numberValue);
  // How well cell `i` fits column `c` as a cell of its own. The number column's fit also depends
  // on the row number before (see `numberFit`).
  const fit = (i: number, c: number): number => {
    const text = texts[i] as string;
    switch (shapes[c]) {
      case 'number':
        return values[i] === undefined ? NEVER : MEASURE_AFTER.test(texts[i + 1] ?? '') ? 6 : 0;
      case 'deadline':
        if (deadlineLike[i]) return 0;
        return /^(无|\/|—+|-+|\\)$/u.test(text) ? 0.5 : 5;
      case 'units':
        if (unitLike[i]) return 0;
        return text.length <= 20 && !/[。；，]/u.test(text) ? 2.5 : 6;
      case 'label':
        if (text.length > 12 || /^\d/u.test(text)) return 2;
        return repeated[i] ? 0 : 0.8;
      case 'value':
        if (unitLike[i] || deadlineLike[i]) return 2;
        return /^[\d.%％]/u.test(text) || text.length <= 8 ? 0 : 3;
      default:
        if (values[i] !== undefined || /^\d+(\.\d+)?$/u.test(text)) return 3;
        if (deadlineLike[i] && text.length <= 16) return 2.5;
        return unitLike[i] ? 1 : 0;
    }
  };
  // A row number in its column: the next of the row before it, or another number (a value).
  const numberFit = (i: number, lastNo: number): number => (values[i] === lastNo + 1 ? 0 : 4);
  // A cell going on in the column of the cell before it (a cell the copy broke over lines); in a
  // text column, the next row's number costs `ROW_NUMBER_PIECE` more (see the loop).
  const goesOn = (i: number, c: number): number => {
    const before = texts[i - 1] as string;
    const text = texts[i] as string;
    switch (shapes[c]) {
      case 'number':
        return NEVER;
      case 'deadline':
        return looksLikeDeadline(before + text) ? 0.3 : 4;
      case 'units':
        if (LIST_OPEN.test(before) || /^[、，,；]/u.test(text)) return 0;
        // (A second unit on a line of its own is a unit printed elsewhere in the table too; a name
        // printed once, `国家科技型中小企业`, is more likely the next row's.)
        return unitLike[i] ? (repeated[i] ? 1 : 2.5) : 4;
      case 'label':
        return 1.5 + (unitLike[i] && repeated[i] ? 2 : 0);
      case 'value':
        return unitLike[i] ? 4 : text.length > 8 ? 3 : 1.2;
      default:
        return (
          (SENTENCE_END.test(before) ? 1.5 : 0.8) +
          (deadlineLike[i] && text.length <= 16 ? 2 : 0) +
          // (A unit the table prints again and again is the row's unit, not more of its text.)
          (unitLike[i] && repeated[i] ? 1.5 : 0) +
          // (Where the table has columns for amounts, an amount or a measure word is theirs.)
          (hasValueColumn && (/^[\d.%％]+$/u.test(text) || text.length <= 2) ? 1.5 : 0)
        );
    }
  };
  const startRow = (c: number): number => (c < numberColumn ? 1 : c === numberColumn ? 0.5 : 2);
  // A row that ends before its unit columns (a heading, a total) costs a little: rows end in units.
  const endRow = (c: number): number => (c < firstUnitColumn ? 3 : 0);
  // What skipping the columns between two cells of a row costs (merged or empty cells), from a
  // running sum over the columns.
  const skipSum = [0];
  for (const shape of shapes)
    skipSum.push((skipSum[skipSum.length - 1] as number) + (shape === 'label' || shape === 'value' ? 0.3 : 0.6));
  const gap = (from: number, to: number): number => (skipSum[to] as number) - (skipSum[from + 1] as number);
  const cost = new Float64Array(n * width).fill(NEVER);
  const from = new Int16Array(n * width).fill(-1);
  const fresh = new Uint8Array(n * width);
  const lastNo = new Int32Array(n * width);
  const fits = new Float64Array(width);
  const pieces = new Float64Array(width);
  for (let c = 0; c < width; c++) {
    cost[c] = startRow(c) + (shapes[c] === 'number' ? numberFit(0, 0) : 0) + fit(0, c);
    fresh[c] = 1;
    lastNo[c] = shapes[c] === 'number' ? (values[0] ?? 0) : 0;
  }
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < width; c++) {
      fits[c] = fit(i, c);
      pieces[c] = goesOn(i, c);
    }
    const value = values[i];
    for (let c = 0; c < width; c++) {
      let best = NEVER;
      let bestFrom = -1;
      let bestFresh = 0;
      const isNumber = shapes[c] === 'number';
      const isText = shapes[c] === 'text';
      for (let p = 0; p < width; p++) {
        const before = cost[(i - 1) * width + p] as number;
        if (before >= NEVER) continue;
        const previousNo = lastNo[(i - 1) * width + p] as number;
        const here = (fits[c] as number) + (isNumber ? numberFit(i, previousNo) : 0);
        let step = NEVER;
        let isNew = 0;
        if (c > p) step = here + gap(p, c);
        else if (c === p) step = (pieces[c] as number) + (isText && value === previousNo + 1 ? ROW_NUMBER_PIECE : 0);
        // A new row, at or before the column the last one ended in.
        if (c <= p) {
          const anew = endRow(p) + startRow(c) + here;
          if (anew < step) {
            step = anew;
            isNew = 1;
          }
        }
        if (before + step < best) {
          best = before + step;
          bestFrom = p;
          bestFresh = isNew;
        }
      }
      const at = i * width + c;
      cost[at] = best;
      from[at] = bestFrom;
      fresh[at] = bestFresh;
      lastNo[at] =
        isNumber && value !== undefined ? value : bestFrom >= 0 ? (lastNo[(i - 1) * width + bestFrom] as number) : 0;
    }
  }
  // The cheapest column for the last cell, then back along the path.
  let column = 0;
  for (let c = 1; c < width; c++) {
    const last = (n - 1) * width;
    if ((cost[last + c] as number) + endRow(c) < (cost[last + column] as number) + endRow(column)) column = c;
  }
  const columnOf = new Int16Array(n);
  const startsRow = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    columnOf[i] = column;
    const at = i * width + column;
    startsRow[i] = i === 0 ? 1 : (fresh[at] as number);
    column = from[at] as number;
  }
  emitRows(cells, columnOf, startsRow, header, stack);
  return end;
}

// The aligned cells as table rows of the current item.
function emitRows(
  cells: readonly Cell[],
  columnOf: Int16Array,
  startsRow: Uint8Array,
  header: WideHeader,
  stack: Item[],
): void {
  const item = stack[stack.length - 1] as Item;
  const { shapes, kinds } = header;
  let previous: { units: Map<ColumnKind, string[]>; deadline: string | undefined } | undefined;
  let shownNumber = '';
  let part = 1;
  let i = 0;
  while (i < cells.length) {
    // One row: its cells by column, the pieces of a broken cell joined.
    const byColumn = new Map<number, string[]>();
    const lines: TextLine[] = [];
    let j = i;
    do {
      const c = columnOf[j] as number;
      const cell = cells[j] as Cell;
      const pieces = byColumn.get(c) ?? [];
      const before = pieces[pieces.length - 1];
      if (before !== undefined && (j === 0 || columnOf[j - 1] === c)) {
        // (`市发改委` / `市自然资源局`: two units of one cell; `莆田` / `高新区`: one name broken.)
        const twoUnits =
          shapes[c] === 'units' &&
          !LIST_OPEN.test(before) &&
          !/^[、，,；]/u.test(cell.text) &&
          looksLikeUnitList(before) &&
          looksLikeUnitList(cell.text);
        pieces[pieces.length - 1] = `${before}${twoUnits ? '、' : ''}${cell.text}`;
      } else pieces.push(cell.text);
      byColumn.set(c, pieces);
      if (!lines.includes(cell.line)) lines.push(cell.line);
      j++;
    } while (j < cells.length && startsRow[j] !== 1);
    i = j;
    const number =
      [...byColumn.entries()].find(([c]) => shapes[c] === 'number')?.[1][0]?.replace(/[.．、]$/u, '') ?? '';
    const units = new Map<ColumnKind, string[]>();
    let deadline: string | undefined;
    const task: string[] = [];
    const detail: string[] = [];
    for (const [c, pieces] of [...byColumn.entries()].sort(([a], [b]) => a - b)) {
      const kind = kinds[c] as ColumnKind;
      const text = pieces.join('');
      if (shapes[c] === 'units') {
        if (kind !== 'other') units.set(kind, [...(units.get(kind) ?? []), text]);
      } else if (shapes[c] === 'deadline') deadline = text;
      // (A label, `荔城区` or `河道整治`, names what the row is about: it opens the task's text, and
      // a row's own name the alignment put in a label column is kept so.)
      else if (shapes[c] === 'label' || (shapes[c] === 'text' && kind === 'task')) task.push(text);
      else if (shapes[c] === 'text') detail.push(text);
    }
    if (task.length === 0 && detail.length === 0) continue;
    if (units.size === 0) {
      // A heading, a total or a title: no number and no units.
      if (number === '' || !previous) continue;
      for (const [kind, list] of previous.units) units.set(kind, [...list]);
    }
    if (deadline === undefined && shapes.includes('deadline')) deadline = previous?.deadline;
    // A row without its own number (a second measure, the next indicator of a group) goes by the
    // number above it: `2-2`.
    if (number !== '') {
      shownNumber = number;
      part = 1;
    } else part++;
    const row: TableRow = {
      number: number || (shownNumber === '' ? '' : `${shownNumber}-${part}`),
      cells: new Map(),
      lines,
      whole: true,
    };
    row.cells.set('task', task.length > 0 ? task : detail.splice(0, 1));
    if (detail.length > 0) row.cells.set('detail', [detail.join('；')]);
    for (const [kind, list] of units) row.cells.set(kind, list);
    if (deadline !== undefined) row.cells.set('deadline', [deadline]);
    item.rows.push(row);
    previous = { units, deadline };
  }
}
