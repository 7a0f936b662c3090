// Plan tables read as a stream of cells: the header (pipe row, a header broken over two lines, one
// header word per line, or space-separated words), the cells after it, and the rows they make.
// Columns shift where cells were merged, so cells are read by their content, and by their column
// where a pipe row has all of the header's cells.

import type { WideHeader } from './aligned-table.js';
import { labelOf } from './clauses.js';
import { looksLikeDeadline, repairDeadlineText, scheduleDates } from './deadline-text.js';
import { type Item, openItem, type TableRow } from './item.js';
import { type Numbering, readNumbering } from './outline.js';
import {
  BROKEN_PLACE,
  type CellKind,
  type ColumnKind,
  classifyCell,
  headerKind,
  isExactHeaderWord,
  isPipeRow,
  isPlanHeader,
  isSeparatorRow,
  isTaskColumnName,
  isUnitColumn,
  mergeHeaderRows,
  readHeader,
  splitPipeRow,
  unnamedColumnKind,
} from './table.js';
import {
  AMOUNT_OR_PLACE_COLUMN,
  isOneCharacterLine,
  rawOffset,
  spelledWordLength,
  type TextLine,
} from './text-lines.js';
import {
  endsWithWholeUnit,
  isCutName,
  looksLikeSurnamedPerson,
  looksLikeUnit,
  looksLikeUnitList,
  roleWordAtEnd,
} from './units.js';

/** One cell of a table read as a stream (pipe rows, or one cell per line). */
export interface StreamCell {
  text: string;
  line: TextLine;
  /** The header's kind for this cell, when its row has exactly the header's cells (pipe rows). */
  column?: ColumnKind;
  /** True for the last cell of a pipe row: the row ends here. */
  rowEnd: boolean;
  /** True for a cell the text ends in before its closing bar, in a table whose cells end in bars. */
  unclosed?: boolean;
}

/** A table row being read from the cell stream. */
export interface PendingRow {
  number: string;
  /** True once the requirement cell after the row's units was read (see `detailAfterUnits`). */
  detailAfterUnits?: boolean;
  /** True when the row ended at the last of exactly the header's cells, each read by its column. */
  aligned?: boolean;
  /** True when the number was read from the start of the row's text cell (`12.以贯彻…`). */
  numberInText?: boolean;
  /** Ended by the next numbered measure with no unit cell: it takes the units of the rows after it. */
  awaitNext?: boolean;
  /** The value of that number (`（三）` → 3). */
  numberValue?: number;
  texts: string[];
  units: { text: string; column: ColumnKind | undefined }[];
  deadline: string | undefined;
  /** How many time cells the row has read (a table may have two time columns: `二审时间` / `三审时间`). */
  deadlineCells?: number;
  lines: TextLine[];
}

/**
 * Reads a table given as a stream of cells (pipe rows, or one cell per line with or without `|`
 * separators). Columns shift where cells were merged, so each cell is read by its content: a row
 * is its number, text cells, unit cells and deadline; a text cell after the units or deadline
 * starts the next row; rows without units or deadline take them from the row above (merged cells).
 */
export function readCellStream(
  cells: readonly StreamCell[],
  kinds: readonly ColumnKind[],
  stack: Item[],
): { cut: PendingRow | undefined } {
  // `1` / `对校车安全的联合检查` / `牵头单位` / `市教育局` / … / `协同单位1` / `市交通运输局` / …: each unit
  // cell follows a cell naming its role.
  const marked = roleMarkedRows(cells);
  if (marked) {
    (stack[stack.length - 1] as Item).rows.push(...marked);
    return { cut: undefined };
  }
  const hasDeadlineColumn = kinds.includes('deadline');
  const deadlineColumns = kinds.filter((k) => k === 'deadline').length;
  const personColumns = kinds.includes('other');
  const unitKinds: ColumnKind[] = kinds.filter(isUnitColumn);
  const hasUnitColumn = unitKinds.length > 0;
  // A merged 完成时限 cell may hold sentences (`各处室于11月底前按要求落实，…`) that read as text:
  // after a row's units, where the deadline column follows the unit columns, they are its deadline.
  const lastUnitColumn = Math.max(...kinds.map((k, c) => (unitKinds.includes(k) ? c : -1)));
  // Only where rows start with a 序号 cell: elsewhere such a sentence may be the next row's task.
  const deadlineAfterUnits =
    kinds.includes('number') && lastUnitColumn >= 0 && kinds.indexOf('deadline') > lastUnitColumn;
  // A 落实情况 / 备注 column after the units, where rows start with a 序号 cell: text after a row's
  // units is that column's until the next number, not the next row's task.
  const otherAfterUnits =
    kinds.includes('number') && lastUnitColumn >= 0 && kinds.lastIndexOf('other') > lastUnitColumn;
  // A 工作要求 column after the units in a table without 序号 (`工作任务 | 牵头处室 | 配合处室 |
  // 工作要求`): the first text after a row's units is that row's requirement, not the next task.
  const detailAfterUnits =
    !kinds.includes('number') &&
    lastUnitColumn >= 0 &&
    kinds.slice(lastUnitColumn + 1).some((k) => k === 'detail' || k === 'schedule') &&
    !kinds.slice(lastUnitColumn + 1).includes('deadline');
  // A 完成时限 column before the unit columns: a cell opening with a date there is the row's deadline
  // however long (`2020年6月30日前，完成自查整改，并持续推进…`).
  const firstUnitColumn = kinds.findIndex((k) => unitKinds.includes(k));
  // A column of neither task, units nor time right before the units (`所在地 | 实施单位`): a place name
  // there is where the row's project is.
  const placeBeforeUnits = firstUnitColumn > 0 && kinds[firstUnitColumn - 1] === 'other';
  const deadlineBeforeUnits =
    kinds.includes('deadline') && firstUnitColumn >= 0 && kinds.indexOf('deadline') < firstUnitColumn;
  // The column after 序号 is the task's: a cell there opening like a time limit (`持续深化…`,
  // `年内推动…`, `每年度主动公开…`) is the task's text when it says more than a time limit would.
  const taskAfterNumber = ((k) => k === 'task' || k === 'detail')(kinds[kinds.indexOf('number') + 1]);
  // An amount column (`投资金额（万元）`) before the units: a bare number after a row's task text is
  // its amount, not the next row's 序号, unless it follows the row's number (`469` in row 1).
  const firstOther = kinds.indexOf('other');
  const amountBeforeUnits = kinds.includes('number') && firstOther >= 0 && firstOther < lastUnitColumn;
  // (`建设年限 | 项目总投资 | 牵头单位`: the amount follows the row's time limit.)
  const amountAfterDeadline = amountBetweenTimeAndUnits(kinds);
  // A unit column first and 序号 after it: each unit's cell is merged over the rows of its duties.
  const groupedByUnit = isUnitColumn(kinds[0] as ColumnKind) && kinds[1] === 'number';
  // A column of neither task nor units before 序号 (`服务对象 | 序号 | 服务项目`): text before a row's number is
  // that column's merged cell, no words of the task.
  const groupBeforeNumber = kinds[0] === 'other' && kinds[1] === 'number';
  // The unit column before the task's, rows numbered (`序号 | 普法责任主体 | 普法内容 | 普法节点`): a row's
  // text follows its units, and runs on over lines until its time limit or the next row.
  const firstTextColumn = kinds.findIndex((k) => k === 'task' || k === 'detail');
  const unitsBeforeText =
    kinds.includes('number') && firstUnitColumn >= 0 && firstTextColumn > firstUnitColumn && !groupedByUnit;
  let deadlineText = false;
  // Whether a cell is the last before the next row's number or the table's end.
  const lastInRow = (at: number) =>
    at + 1 >= cells.length || classifyCell((cells[at + 1] as StreamCell).text) === 'number';
  // Once a `（一）` measure cell was read as a task, later `（二）` cells are tasks too, however short.
  let pcnTasks = false;
  let row: PendingRow | undefined;
  let previous: PendingRow | undefined;
  let lastRow: TableRow | undefined;
  let cut: PendingRow | undefined;
  const fresh = (): PendingRow => ({ number: '', texts: [], units: [], deadline: undefined, lines: [] });
  // The row's number is the one its measure cell opens with; the cell's text after it is the task.
  const takeNumber = (target: PendingRow, n: Numbering, text: string) => {
    target.number = n.number;
    target.numberValue = n.value;
    target.numberInText = true;
    target.texts.push(text.slice(n.rest));
    if (n.style === 'pcn') pcnTasks = true;
  };
  // Under `牵头单位 | 责任单位` a row's unit lines are read from the right: every task has units
  // responsible and many have no lead, so one line is the 责任单位 cell, and of several the last is
  // (`市发改委` / `市自然资源局` / `各县（区）人民政府`: two leads, then the responsible).
  // (Only where no bars show the empty cells: with bars, `慈化镇 |` / `|` is a lead and an empty cell.)
  const fromRight =
    unitKinds.length === 2 &&
    unitKinds[0] === 'lead' &&
    unitKinds[1] === 'responsible' &&
    !cells.some((c) => c.line.text.includes('|'));
  const setUnits = (tableRow: TableRow, units: PendingRow['units']) => {
    const unplaced = units.every((u) => u.column === undefined);
    units.forEach((u, k) => {
      const positional = u.column !== undefined && unitKinds.includes(u.column) ? u.column : undefined;
      const byOrder =
        fromRight && unplaced
          ? k === units.length - 1
            ? 'responsible'
            : 'lead'
          : unitKinds[Math.min(k, unitKinds.length - 1)];
      const kind = positional ?? byOrder ?? 'units';
      const list = tableRow.cells.get(kind) ?? [];
      list.push(u.text);
      tableRow.cells.set(kind, list);
    });
  };
  // Rows waiting for the unit cell of a row below them (see `awaitNext`), with their own deadline.
  let awaiting: { tableRow: TableRow; deadline: string | undefined }[] = [];
  const settle = (from: PendingRow | undefined) => {
    for (const wait of awaiting) {
      if (from) setUnits(wait.tableRow, from.units);
      const deadline = wait.deadline ?? (hasDeadlineColumn ? from?.deadline : undefined);
      if (deadline !== undefined) wait.tableRow.cells.set('deadline', [deadline]);
    }
    awaiting = [];
  };
  const finish = () => {
    if (!row) return;
    // (`…竣工 | 城厢区 | 市城投集团`: the place a project is in, a column of its own before the units, is no unit.)
    // (The unit cell may have taken it in: `城厢区` / `市城投集团` read as `城厢区、市城投集团`.)
    const first = row.units[0];
    if (placeBeforeUnits && first !== undefined) {
      const place = first.text.indexOf('、');
      if (place > 0 && BARE_PLACE.test(first.text.slice(0, place))) first.text = first.text.slice(place + 1);
      else if (row.units.length >= 2 && BARE_PLACE.test(first.text)) row.units.shift();
    }
    if (row.texts.length > 0) {
      const waits = row.awaitNext === true && row.units.length === 0 && hasUnitColumn;
      if (!waits && row.units.length === 0 && previous && hasUnitColumn) row.units = [...previous.units];
      if (!waits && row.deadline === undefined && previous && hasDeadlineColumn) row.deadline = previous.deadline;
      const item = stack[stack.length - 1] as Item;
      const tableRow: TableRow = { number: row.number, cells: new Map(), lines: row.lines };
      if (row.detailAfterUnits || row.aligned) tableRow.whole = true;
      tableRow.cells.set('task', row.texts);
      if (waits) awaiting.push({ tableRow, deadline: row.deadline });
      else {
        setUnits(tableRow, row.units);
        if (row.deadline !== undefined) tableRow.cells.set('deadline', [row.deadline]);
        if (awaiting.length > 0) settle(row.units.length > 0 ? row : previous);
        previous = row;
      }
      item.rows.push(tableRow);
      lastRow = tableRow;
    }
    row = undefined;
  };
  // The header repeated further down (`序号` / `工作任务` / `责任单位` after a section heading): its
  // cells name columns, they are no row.
  let inHeader = false;
  let before: StreamCell | undefined;
  const lastCell = cells[cells.length - 1];
  // The row's last unit cell as read so far (a cell the copy broke over lines is joined up).
  let unitsCell: StreamCell | undefined;
  const continuesUnitCell = (current: PendingRow, cell: StreamCell) =>
    unitsCell !== undefined && current.units.length > 0 && cell.column === undefined;
  const appendToUnitCell = (current: PendingRow, cell: StreamCell) => {
    const last = current.units[current.units.length - 1] as PendingRow['units'][number];
    last.text += cell.text;
    unitsCell = { ...cell, text: last.text };
  };
  for (let at = 0; at < cells.length; at++) {
    const cell = cells[at] as StreamCell;
    // In a full pipe row (cells with their columns) every cell up to the row's end is that row's.
    const sameRow =
      cell.column !== undefined &&
      before !== undefined &&
      (before.line === cell.line || before.column !== undefined) &&
      !before.rowEnd;
    before = cell;
    const header = cell.text.length <= 30 && !/^\d/u.test(cell.text) ? headerKind(cell.text) : undefined;
    // (A table without 序号: its header repeated whole, its first word in the first column.)
    if (
      (header === 'number' && kinds.includes('number')) ||
      // (`服务对象` / `序号` / …: the header repeated from a column before its 序号.)
      (header !== undefined &&
        header === kinds[0] &&
        kinds[1] === 'number' &&
        cell.column === undefined &&
        headerKind(cells[at + 1]?.text ?? '') === 'number') ||
      (header !== undefined && header === kinds[0] && !kinds.includes('number') && repeatsHeader(cells, at, kinds))
    ) {
      finish();
      inHeader = true;
      continue;
    }
    if (inHeader && header !== undefined) continue;
    inHeader = false;
    // `省牵头单位：省农业农村厅` under a row's units: a labelled unit cell of that row.
    const labelled = cell.text.length <= 200 && isLabelledUnitCell(cell.text);
    if (labelled && row === undefined && lastRow !== undefined) {
      // The row was complete before it: the label adds to it.
      const kind = unitKinds[0] ?? 'units';
      lastRow.cells.set(kind, [...(lastRow.cells.get(kind) ?? []), cell.text]);
      lastRow.lines.push(cell.line);
      continue;
    }
    // `市交通局` / `（市公路局）`: a unit's other name in brackets, broken onto a line of its own, is more of its cell.
    if (
      row !== undefined &&
      unitsCell !== undefined &&
      cells[at - 1] === unitsCell &&
      cell.column === undefined &&
      /^[（(][^（）()]{2,16}[）)]$/u.test(cell.text) &&
      looksLikeUnit(cell.text.slice(1, -1))
    ) {
      appendToUnitCell(row, cell);
      continue;
    }
    // A cell in the task column of a full row is task text, whatever it looks like (`养老机构`).
    const taskColumn =
      (cell.column === 'task' || cell.column === 'detail' || cell.column === 'schedule') && cell.text !== '';
    // (In a full row, a 序号 cell numbered by levels, `1.2.1`, is the row's number.)
    const classified =
      cell.column === 'number' && /^\d{1,2}(?:[.．]\d{1,2}){1,3}$/u.test(cell.text)
        ? 'number'
        : classifyCell(cell.text);
    const byContent = classified === 'section' && pcnTasks && /^[（(]/u.test(cell.text) ? 'text' : classified;
    // A cell of a column that is neither task, units nor deadline (备注, 目标类型) in a full row.
    const otherColumn = cell.column === 'other' || cell.column === 'reference';
    // In a table with columns of people (责任领导, 责任人), a cell that is a person's name (`徐  平`,
    // `徐铭喜`) belongs to those columns, not to the task.
    const personCell =
      personColumns &&
      cell.column === undefined &&
      row !== undefined &&
      row.texts.length > 0 &&
      isPersonName(cell.text);
    // (So is a project named like a unit, `企业院士工作站`, where the next cells are the row's units:
    // in a table printed one cell per line, the cell after 序号 is the task's.)
    // (The name may go on over a short line: `高新技术企业` / `培育`.)
    // (Only after a row number that follows the row above: `0` in a 年度目标 cell starts no row.)
    // (The cells after it are asked what they hold only then: this runs for every cell of a table.)
    const inSequence =
      row !== undefined && /^\d{1,3}$/u.test(row.number) && Number(row.number) === Number(lastRow?.number ?? 0) + 1;
    const unitsAfter = (k: number) => classifyCell(cells[k]?.text ?? '') === 'units';
    const unitNamedTask =
      inSequence &&
      byContent === 'units' &&
      !cell.text.includes('|') &&
      !/[、，,；]/u.test(cell.text) &&
      (unitsAfter(at + 1) ||
        ((cells[at + 1]?.text ?? '').length <= 8 && unitsAfter(at + 2)) ||
        // (`闽西北…示范基地` / `469`: a project named like a unit, its amount after it.)
        (amountBeforeUnits && /^\d+(?:\.\d+)?$/u.test(cells[at + 1]?.text ?? '')) ||
        // (`荔港大道新美蔬菜处` / `对沿线雨水管道疏通清淤`: a place named like an office, what is built there after it.)
        (amountBeforeUnits && classifyCell(cells[at + 1]?.text ?? '') === 'text'));
    const openingTask =
      taskAfterNumber &&
      ((byContent === 'deadline' && (cell.text.length > 8 || opensTaskAfterTime(cell.text))) || unitNamedTask) &&
      cell.column === undefined &&
      row !== undefined &&
      row.number !== '' &&
      // (A group cell before the number, `创新链和人才链融合行动` / `10`, is text the row already holds.)
      (row.texts.length === 0 || unitNamedTask) &&
      row.units.length === 0 &&
      row.deadline === undefined &&
      cells[at - 1]?.text.replace(/[.．、]$/u, '') === row.number;
    const amountCell =
      amountBeforeUnits &&
      byContent === 'number' &&
      cell.column === undefined &&
      row !== undefined &&
      /^\d{1,3}$/u.test(row.number) &&
      row.texts.length > 0 &&
      row.units.length === 0 &&
      (row.deadline === undefined || amountAfterDeadline) &&
      cell.text.replace(/[.．、]$/u, '') !== String(Number(row.number) + 1);
    // `得` / `30` / `分；…`: a number a copy broke out of a sentence (a score, a count), followed by
    // its measure word, is text of the row, not the next row's 序号.
    const brokenNumber =
      byContent === 'number' &&
      cell.column === undefined &&
      row !== undefined &&
      row.texts.length > 0 &&
      MEASURE_AFTER.test(cells[at + 1]?.text ?? '');
    // (`6月底前初步构建…；` / `9月底前开展…；年底前…；` / `2020年形成…`: stages of one time cell broken over
    // lines, each closed by a semicolon, before the row's units.)
    const continuedTime =
      row?.deadline !== undefined &&
      row.units.length === 0 &&
      /[；;，,]$/u.test(row.deadline) &&
      /^(?:(?:19|20)\d{2}年|\d{1,2}月|年底|年内|上半年|下半年)/u.test(cell.text);
    // (A table whose header names no time column, `序号 | 重点工作任务 | 细化目标任务 | 牵头单位`: a cell opening with a time,
    // `一季度，全市地区生产总值增长实现…`, is a target's words, not the row's time limit.)
    const timeAsText =
      byContent === 'deadline' && !hasDeadlineColumn && kinds !== HEADERLESS_KINDS && cell.text.length > 12;
    const kind = continuedTime
      ? 'deadline'
      : timeAsText
        ? 'text'
        : otherColumn || personCell || amountCell
          ? 'empty'
          : brokenNumber
            ? 'text'
            : openingTask
              ? 'text'
              : // A row read by column: its 完成时限 cell is its time limit, whatever it says.
                cell.column === 'deadline' && sameRow && cell.text !== '' && byContent === 'text'
                ? 'deadline'
                : // … and its unit cell is its units, names the unit reader does not know included
                  // (`职工中专、工人文化宫`, `市“两新”组织党工委`), unless it reads as a sentence.
                  cell.column !== undefined &&
                    isUnitColumn(cell.column) &&
                    sameRow &&
                    byContent === 'text' &&
                    namesOnly(cell.text)
                  ? 'units'
                  : taskColumn
                    ? byContent === 'section' || byContent === 'number'
                      ? byContent
                      : 'text'
                    : labelled && row !== undefined && row.texts.length > 0
                      ? 'units'
                      : byContent;
    row ??= fresh();
    const current = row;
    // `高新园` / `（邹区镇）`: a unit's bracket the copy put on a line of its own, after the unit.
    if (
      cells[at - 1] === unitsCell &&
      continuesUnitCell(current, cell) &&
      /^[（(][^（）()]{1,12}[）)]$/u.test(cell.text) &&
      // (`（2）` is the next measure's number, not the unit's other name.)
      !/^[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]$/u.test(cell.text)
    ) {
      appendToUnitCell(current, cell);
      continue;
    }
    // A timetable cell (`1.4月底前… 2.8月底前…`) of a table with no 完成时限 column: its dates are
    // the row's deadline (the last one named, when read), and its words more of the task.
    if (cell.column === 'schedule' && !hasDeadlineColumn && current.deadline === undefined && kind === 'text') {
      const dates = scheduleDates(cell.text);
      if (dates !== undefined) current.deadline = dates;
    }
    if (kind === 'units' || kind === 'deadline') current.lines.push(cell.line);
    switch (kind) {
      case 'number':
        // A number after text only: that text was the group (工作任务) cell of this row, unless the
        // number opens a full pipe row (then the text was a row of its own: `新增学位810个 | |||`).
        if (
          current.units.length > 0 ||
          current.deadline !== undefined ||
          current.number !== '' ||
          (cell.column === 'number' && current.texts.length > 0)
        ) {
          finish();
          row = fresh();
          row.lines.push(cell.line);
        } else if (groupBeforeNumber) current.texts = [];
        (row as PendingRow).number = cell.text.replace(/[.．、]$/u, '');
        break;
      case 'section': {
        // Right after a row's number the section is that row's 工作任务 cell: the row goes on,
        // and merged cells still span it.
        const inRow =
          current.number !== '' &&
          current.texts.length === 0 &&
          current.units.length === 0 &&
          current.deadline === undefined;
        if (!inRow) finish();
        const n = readNumbering(cell.text);
        if (n)
          openItem(stack, n.style, n.number, cell.line, cell.line.text.indexOf(cell.text) + n.rest).title =
            cell.text.slice(n.rest);
        if (!inRow) previous = undefined;
        break;
      }
      case 'text':
        // (Where the units come first, the words after them are the row's task: its time limit is a later cell.)
        if (
          unitsBeforeText &&
          current.units.length > 0 &&
          current.deadline === undefined &&
          !sameRow &&
          (current.texts.length === 0 ||
            ((cell.text.length > 80 || !DEADLINE_IN_SENTENCE.test(cell.text)) &&
              // (A short phrase last in the row, before the next row's number, is its time cell: `贯穿于执法检查全过程`.)
              !(hasDeadlineColumn && cell.text.length <= 30 && lastInRow(at))))
        ) {
          current.texts.push(cell.text);
          current.lines.push(cell.line);
          break;
        }
        if (
          deadlineBeforeUnits &&
          current.texts.length > 0 &&
          current.units.length === 0 &&
          current.deadline === undefined &&
          cell.text.length <= 200 &&
          DATE_OPENING.test(repairDeadlineText(cell.text.slice(0, 24)))
        ) {
          current.deadline = cell.text;
          current.lines.push(cell.line);
          break;
        }
        if (
          deadlineAfterUnits &&
          current.units.length > 0 &&
          (current.deadline === undefined || deadlineText) &&
          cell.text.length <= 80 &&
          DEADLINE_IN_SENTENCE.test(cell.text)
        ) {
          // The phrase only: the rest of the sentence (`2021年度工作任务`) names no time limit.
          const phrase = (DEADLINE_IN_SENTENCE.exec(cell.text) as RegExpExecArray)[0];
          current.deadline = current.deadline === undefined ? phrase : `${current.deadline}；${phrase}`;
          current.lines.push(cell.line);
          deadlineText = true;
          break;
        }
        deadlineText = false;
        // A short phrase where the 完成时限 cell stands (`按市里统一安排完成`): that cell, unread.
        if (
          deadlineAfterUnits &&
          current.units.length > 0 &&
          current.deadline === undefined &&
          current.number !== '' &&
          cell.text.length <= 30 &&
          !sameRow
        ) {
          current.deadline = cell.text;
          current.lines.push(cell.line);
          break;
        }
        if (otherAfterUnits && current.units.length > 0 && current.number !== '' && !sameRow) {
          // (The row was whole before this 落实情况 cell, even if the text is cut inside it.)
          current.detailAfterUnits = true;
          break;
        }
        if (detailAfterUnits && current.units.length > 0 && current.detailAfterUnits !== true && !sameRow) {
          current.texts.push(cell.text);
          current.lines.push(cell.line);
          current.detailAfterUnits = true;
          break;
        }
        if ((current.units.length > 0 || current.deadline !== undefined) && !sameRow) {
          finish();
          row = fresh();
          row.lines.push(cell.line);
        }
        {
          // A measure cell with its own item number (`12.以贯彻…`) is the task: a number and title
          // before it in the row are the group it belongs to, and its number is the task's.
          const n = readNumbering(cell.text);
          const numbered =
            n !== undefined &&
            !n.glued &&
            (n.style === 'num' || n.style === 'pnum' || n.style === 'pcn') &&
            cell.text.length - n.rest >= 10;
          // After a numbered measure with no unit cell of its own (merged with the row below or
          // above), the next numbered measure starts the next row.
          if (
            numbered &&
            (row as PendingRow).numberInText &&
            (row as PendingRow).texts.length > 0 &&
            n.value === ((row as PendingRow).numberValue ?? Number.NaN) + 1
          ) {
            // Cells one per line with no bars: a unit cell after several measures is theirs (the
            // measures shared one cell); in pipe rows a row ends at its bar and takes the merged
            // cell above.
            // (After a row with units of its own, a row without them is under that row's merged
            // cell instead: a rowspan prints its text in its first row.)
            if (!cell.line.text.includes('|') && !(previous !== undefined && previous.units.length > 0))
              (row as PendingRow).awaitNext = true;
            finish();
            row = fresh();
          }
          const target = row as PendingRow;
          if (
            numbered &&
            !target.numberInText &&
            target.texts.length > 0 &&
            // Measures numbered across groups (`4 | 标题 | 12.…`), not a list restarting in the cell
            // (`2 | 任务 | 1.…；2.…`).
            n.value > (Number(target.number) || 1) &&
            target.texts.join('').length <= 60 &&
            target.texts.every((t) => readNumbering(t) === undefined)
          ) {
            const group = openItem(stack, 'table-section', target.number, cell.line, 0);
            group.title = target.texts.join('');
            target.texts = [];
            takeNumber(target, n, cell.text);
            // (A new group: the merged cells of the rows before it end there.)
            previous = undefined;
          } else if (numbered && target.texts.length === 0 && target.number === '') takeNumber(target, n, cell.text);
          else target.texts.push(cell.text);
          target.lines.push(cell.line);
        }
        break;
      case 'units':
        if (current.texts.length === 0 && previous && current.number === '' && !hasUnitColumn) break;
        // `单位名称 | 序号 | 主要任务`: a unit's merged cell opens its group of numbered rows, which take it.
        if (groupedByUnit && cell.column === undefined && classifyCell(cells[at + 1]?.text ?? '') === 'number') {
          finish();
          previous = { ...fresh(), units: [{ text: cell.text, column: kinds[0] }] };
          row = fresh();
          break;
        }
        // A unit cell printed over several lines, each but the last ending in a separator.
        if (
          continuesUnitCell(current, cell) &&
          (/[、，,]$/u.test((unitsCell as StreamCell).text) || BROKEN_PLACE.test((unitsCell as StreamCell).text))
        ) {
          appendToUnitCell(current, cell);
          break;
        }
        // Units after the row's unit columns are filled, in a 备注 column after them (`市行政审批局牵头`
        // as the city's own arrangement): not this row's.
        if (otherAfterUnits && current.units.length >= unitKinds.length && cell.column === undefined) {
          // (A plain list right under the last unit cell, in a stream of cells one per line without
          // bars, is more of that cell: `区国投集团` / `各有关乡镇（街道）`.)
          if (cells[at - 1] === unitsCell && !cell.line.text.includes('|') && roleWordAtEnd(cell.text) === undefined) {
            appendToUnitCell(current, { ...cell, text: `、${cell.text}` });
            unitsCell = cell;
          }
          break;
        }
        // (Units after a whole row of a table whose units come first open the next row, unnumbered: `广告办`
        // under `6 | 市容环卫科 | … | 全年`.)
        if (unitsBeforeText && current.texts.length > 0 && current.deadline !== undefined && !sameRow) {
          finish();
          row = fresh();
          (row as PendingRow).lines.push(cell.line);
        }
        (row as PendingRow).units.push({ text: cell.text, column: cell.column });
        unitsCell = cell;
        break;
      case 'deadline':
        // (A table with two time columns, `二审时间` / `三审时间`: the row's later step is its time limit.)
        if (current.deadline !== undefined && (current.deadlineCells ?? 1) < deadlineColumns) {
          current.deadline = cell.text;
          current.deadlineCells = (current.deadlineCells ?? 1) + 1;
          break;
        }
        // (`6月底前初步构建…；` / `9月底前开展…；年底前…；` / `2020年形成…`: stages of one time cell
        // broken over lines, each closed by a semicolon, before the row's units.)
        if (current.deadline !== undefined && current.units.length === 0 && /[；;，,]$/u.test(current.deadline)) {
          current.deadline += cell.text;
          break;
        }
        // (`2017年3月份开工` / `2018年春节前完工`: a 开竣工时间 cell broken after its start; the completion is the limit.)
        if (current.deadline !== undefined && current.units.length === 0 && /开工$/u.test(current.deadline)) {
          current.deadline = cell.text;
          break;
        }
        if (current.deadline !== undefined && current.texts.length > 0) {
          finish();
          row = fresh();
        }
        (row as PendingRow).deadline = cell.text;
        break;
      case 'empty':
        // `/`, `—`, `无`: a unit cell printed as left empty still takes its column, so the unit
        // cells after it keep theirs (a 配合单位 after an empty 责任单位).
        if (
          cell.text !== '' &&
          byContent === 'empty' &&
          cell.column === undefined &&
          !otherColumn &&
          current.texts.length > 0 &&
          current.units.length < unitKinds.length &&
          current.deadline === undefined
        )
          current.units.push({ text: '', column: undefined });
        break;
      case 'status':
        break;
    }
    if (kind !== 'text') deadlineText = false;
    // (The text's last row, ended by its bar but without the units its table has, was cut: see below.)
    // (A full row whose unit cell is printed empty was merged with the row above: it is whole.)
    // (Or one whose last unit cell is the first characters of a name: `市科`.)
    const cutShort =
      cell === lastCell &&
      hasUnitColumn &&
      row !== undefined &&
      ((row.units.length === 0 && cell.column === undefined) || (unitsCell === cell && isCutName(cell.text.trim())));
    if (cell.rowEnd && row && row.texts.length > 0 && !cutShort && !unitsOnNextLine(cells, at, row, hasUnitColumn)) {
      // (Without bars, only a last cell that ends as a cell does proves the row whole: a page may
      // be cut inside it. A 完成情况 or 备注 cell cut off after the row's units leaves the task whole.)
      if (
        cell.column !== undefined &&
        (cell.line.text.includes('|') ||
          endsWhole(cell.text, byContent, isUnitColumn(cell.column)) ||
          (cell.column === 'other' && row.units.length > 0))
      )
        row.aligned = true;
      finish();
    }
  }
  // The text ends inside a row that lacks a cell its table has: the document was cut there.
  const last = row as PendingRow | undefined;
  if (
    last &&
    last.texts.length > 0 &&
    // (A row of a table grouped by unit has its units from its group.)
    ((hasUnitColumn && last.units.length === 0 && !(groupedByUnit && previous !== undefined)) ||
      (hasDeadlineColumn && last.deadline === undefined) ||
      // The text ends inside the row's unit cell, before its bar and before a role word or a full
      // stop closes the list: the list may go on.
      (lastCell?.unclosed === true &&
        unitsCell === lastCell &&
        !/[。；]$/u.test(lastCell.text) &&
        roleWordAtEnd(lastCell.text) === undefined) ||
      // Or after the first characters of its unit cell (`市科` of `市科技局`).
      (unitsCell === lastCell && lastCell !== undefined && isCutName(lastCell.text.trim())))
  ) {
    cut = last;
    row = undefined;
  }
  finish();
  return { cut };
}

// A time limit inside a sentence of a merged deadline cell: `于11月底前按要求落实`, `2024年6月前完成`.
const DEADLINE_IN_SENTENCE =
  /((19|20)\d{2}年)?\d{1,2}月(底|末|上旬|中旬|下旬)?(前|之前)|年底前|年内完成|上半年完成|下半年完成|季度(末|前)/u;

// The columns a table without its header is read with: cells are read by their content, and a
// row without units takes those of the row above (merged cells).
export const HEADERLESS_KINDS: readonly ColumnKind[] = ['number', 'task', 'detail', 'units'];

/**
 * A table printed one cell per line, each cell closed by a bar, with no header above it (a later
 * page of a long table): among the next twelve lines at least six such cells, one of them a unit
 * list and one a deadline or a numbered measure. Returns the columns to read it with.
 *
 * @param lines - the plan's lines
 * @param at - the line to look from
 * @param skipBlank - see {@link blankRunEnds}
 * @param seenCells - what each line was read as, kept between calls (pass the same array)
 */
export function headerlessCellStream(
  lines: readonly TextLine[],
  at: number,
  skipBlank: Int32Array,
  seenCells: ('units' | 'deadline' | 'measure' | 'other' | 'none' | undefined)[] = [],
): readonly ColumnKind[] | undefined {
  if (!(lines[at] as TextLine).text.endsWith('|')) return undefined;
  let cells = 0;
  let units = false;
  let deadline = false;
  let measure = false;
  let headerWords = 0;
  // Each line is asked about by up to twelve lines above it: what it holds is read once.
  const cellAt = (k: number) => {
    let kind = seenCells[k];
    if (kind === undefined) {
      const text = (lines[k] as TextLine).text;
      const parts = text.endsWith('|') ? splitPipeRow(`|${text}`).filter((c) => c !== '') : [];
      if (parts.length !== 1) kind = 'none';
      else {
        const cell = parts[0] as string;
        const byContent = classifyCell(cell);
        kind =
          byContent === 'units'
            ? 'units'
            : byContent === 'deadline'
              ? 'deadline'
              : byContent === 'text' && readNumbering(cell) !== undefined && cell.length >= 12
                ? 'measure'
                : 'other';
      }
      seenCells[k] = kind;
    }
    return kind;
  };
  // The stream starts with a cell of its own, not with a row of several (a portal header).
  if (cellAt(at) === 'none') return undefined;
  for (let k = at, seen = 0; k < lines.length && seen < 12; k++, seen++) {
    k = skipBlank[k] as number;
    if (k >= lines.length) break;
    const kind = cellAt(k);
    if (kind === 'none') continue;
    // Header words ahead (`序号 |` `项目名称 |` `责任单位 |`): the table has its header after all.
    if (kind === 'other' && headerKind((lines[k] as TextLine).text) !== undefined && ++headerWords >= 3)
      return undefined;
    cells++;
    if (kind === 'units') units = true;
    else if (kind === 'deadline') deadline = true;
    else if (kind === 'measure') measure = true;
  }
  if (cells < 6 || !units || !(deadline || measure)) return undefined;
  return deadline ? [...HEADERLESS_KINDS, 'deadline'] : HEADERLESS_KINDS;
}

// A table row without a header above it: three or more cells separated by bars, one of them a unit
// list and one a sentence of task text, and no header word among them.
export function isHeaderlessRow(text: string): boolean {
  if (!text.includes('|') || text.length > 4000) return false;
  const cells = barCells(text).filter((c) => c !== '');
  if (cells.length < 3 || cells.length > 12 || readHeader(cells)) return false;
  // A portal header copied as cells (`索引号： | 1134… | 发布机构： | 区政府 |`): keys end in a colon.
  if (cells.some((c) => /^[\u4e00-\u9fff\s]{1,8}[：:]$/u.test(c))) return false;
  let units = false;
  let sentence = false;
  for (const cell of cells) {
    const kind = classifyCell(cell);
    if (kind === 'units') units = true;
    else if (kind === 'text' && cell.length >= 15 && /[\u4e00-\u9fff]{6}/u.test(cell)) sentence = true;
  }
  return units && sentence;
}

// A cell that opens with a date or a year's end: `2020年6月30日前，…`, `年底前完成…`.
const DATE_OPENING = /^(((19|20)\d{2}年)?\d{1,2}月(\d{1,2}日)?(底|末|上旬|中旬|下旬)?(前|之前|内)|年底前|年内|年底)/u;

// A cheap test before tableHeaderAt: a header line has a bar or a header word's characters.
export function mayStartTable(text: string): boolean {
  // (A header word printed one character per line, `工` / `作` / `任` / `务`, starts with one.)
  // (`工  作  任  务`: blanks between a header word's characters.)
  if (text.includes('|') || /^[\u4e00-\u9fff]$/u.test(text)) return true;
  return text.length <= 60 && HEADER_HINT.test(text.length <= 24 ? text.replace(/ /gu, '') : text);
}

// A header word a PDF copy printed one character per line (`工` / `作` / `任` / `务`): the word, the
// line of its last character and its kind, or undefined.
function wordByCharacters(
  lines: readonly TextLine[],
  at: number,
  skipBlank: Int32Array,
): { kind: ColumnKind; last: number } | undefined {
  let word = '';
  const charLines: number[] = [];
  for (let k = at; k < lines.length && word.length < 8; k = skipBlank[k + 1] ?? lines.length) {
    // (`工` / `作   任   务`: the rest of the word on one line, blanks between its characters.)
    const printed = (lines[k] as TextLine).text;
    const text = /^[\u4e00-\u9fff](?: +[\u4e00-\u9fff]){1,4}$/u.test(printed) ? printed.replace(/ +/gu, '') : printed;
    if (!/^[\u4e00-\u9fff]{1,5}$/u.test(text) || (text.length > 1 && text === printed)) break;
    word += text;
    for (const _ of text) charLines.push(k);
  }
  // Two words spelled one after the other (`责` `任` `单` `位` `工` `作` `要` `求`): the longest
  // header word the characters open with is the first.
  for (let n = word.length; n >= 2; n--) {
    if (!isExactHeaderWord(word.slice(0, n))) continue;
    return { kind: headerKind(word.slice(0, n)) as ColumnKind, last: charLines[n - 1] as number };
  }
  const kind = word.length >= 2 ? headerKind(word) : undefined;
  return kind === undefined ? undefined : { kind, last: charLines[charLines.length - 1] as number };
}

// A time phrase a task's text may open with (`年内推动…`, `持续深化…`).
const TIME_HEAD =
  /^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:底|末|上旬|中旬|下旬)?|年底|年内|年末|全年|上半年|下半年|[一二三四]季度|持续|长期|常态化?)(?:前|之前|内)?/u;

// Whether a short cell that opens like a time limit goes on as a task does (`年内推动基层公开`), not
// as a time limit (`年底前完成`, `持续推进`, `2024年6月底前完成验收`).
function opensTaskAfterTime(text: string): boolean {
  const rest = text.replace(TIME_HEAD, '');
  return rest.length >= 4 && rest.length < text.length && !/^(完成|到位|实现|办结|结束|推进)/u.test(rest);
}

// The most lines one row of a tabbed table is joined from.
const MAX_CELL_LINES = 8;

// The cells of a line copied with tabs between them, the empty ones included (tabs in a row, or
// at either end of the line, which the cleaned text no longer has).
function tabCells(line: TextLine): string[] {
  const tabsIn = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) if (line.raw.charCodeAt(i) === 9) n++;
    return n;
  };
  const cells: string[] = Array(tabsIn(0, rawOffset(line, 0))).fill('');
  let start = 0;
  for (let i = 0; i <= line.text.length; i++) {
    if (i < line.text.length && (line.text[i] !== ' ' || line.raw.charCodeAt(rawOffset(line, i)) !== 9)) continue;
    cells.push(line.text.slice(start, i).trim());
    start = i + 1;
  }
  for (let n = tabsIn(rawOffset(line, line.text.length), line.raw.length); n > 0; n--) cells.push('');
  return cells;
}

// A pair of characters a header that starts a table holds (`负责` alone does not: `市局 负责` lines are no
// header, and asking them costs time on long plans).
const HEADER_HINT =
  /^序$|^No\.?$|序号|编号|任务|要求|单位|时限|时间|科室|处室|部门|事项|内容|措施|责任|指标|牵头|配合|协办|协同|参与|分工|期限|进度|名称|目标|标准|计划|安排|步骤|领导|备注|说明|主体|要点|工作|项目|类别|类型|分类|情况|地点|金额|资金|万元|规模|分值|分数|权重|得分|评分|载体|渠道|方式|平台|事项|问题|领域|序列|节点|举措|实事|大类|对象/iu;

/** A table header found in the text: its column kinds and the line after it. */
export interface TableHeader {
  kinds: ColumnKind[];
  next: number;
  spaced?: boolean;
  /** A wide table printed one cell per line, read by aligning its rows (see `readWideTable`). */
  wide?: WideHeader;
}

const BLANK_OR_BARS = /^[|\s]+$/u;
const PERSON_COLUMN = /(责任人|负责人|联系人|领导)$/u;

// For each line, the first line at or after it that is neither empty nor bars only.
export function blankRunEnds(lines: readonly TextLine[]): Int32Array {
  const ends = new Int32Array(lines.length + 1);
  ends[lines.length] = lines.length;
  for (let k = lines.length - 1; k >= 0; k--) {
    const text = (lines[k] as TextLine).text;
    ends[k] = text === '' || BLANK_OR_BARS.test(text) ? (ends[k + 1] as number) : k;
  }
  return ends;
}

// A header row of a table: pipe cells, or lines each holding one header word (maybe with `|`).
export function tableHeaderAt(
  lines: readonly TextLine[],
  at: number,
  skipBlank: Int32Array,
  kindAt: (line: number) => ColumnKind | undefined,
): TableHeader | undefined {
  const first = (lines[at] as TextLine).text;
  if (isPipeRow(first) || (first.includes('|') && splitPipeRow(`|${first}|`).filter((c) => c !== '').length >= 2)) {
    const printed = barCells(first);
    const cells = printed.filter((c) => c !== '');
    const kinds = readHeader(cells);
    if (kinds) return subHeaderBelow(lines, at, skipBlank, printed, false) ?? { kinds, next: at + 1 };
    // A header row broken over lines (`工作任务 | 具体要求` / `| 责任单位 |`; `序号 | 任务目录 |` /
    // `具体内容 |` / `责任单位 |`): the lines after it hold header words only. (One cell of the first
    // may be the task column named for the plan's subject, as readHeader allows.)
    const unknown = cells.filter((c) => headerKind(c) === undefined);
    if (cells.length < 2 || unknown.length > 1 || !unknown.every((c) => isTaskColumnName(c))) return undefined;
    // (The whole run of header lines is read, eight at most: the next line may add a column.)
    const all = [...cells];
    let last = -1;
    let k = skipBlank[at + 1] ?? lines.length;
    for (let n = 0; k < lines.length && n < 8; n++) {
      const more = headerWordCells(lines[k] as TextLine);
      if (!more) break;
      all.push(...more);
      last = k;
      k = skipBlank[k + 1] ?? lines.length;
    }
    if (last < 0 || (k < lines.length && headerWordCells(lines[k] as TextLine))) return undefined;
    const joined = readHeader(all);
    return joined ? { kinds: joined, next: last + 1 } : undefined;
  }
  // Cells separated by tabs or spaces (a table copied from a word processor); a header word printed
  // with a space between its characters (`工 作 任 务`) is one cell.
  // (Only a line with a blank can: the split is not made for the rest.)
  const spaced = first.includes(' ') ? joinSpacedLetters(first.split(/ +/u).filter((c) => c !== '')) : [];
  if (spaced.length >= 3 && spaced.length <= 12 && spaced.every((c) => headerKind(c) !== undefined)) {
    const kinds = readHeader(spaced);
    if (kinds) return subHeaderBelow(lines, at, skipBlank, spaced, true) ?? { kinds, next: at + 1, spaced: true };
  }
  const kinds: ColumnKind[] = [];
  let k = at;
  // One cell no header word names may be the task column (`民生实事`), as in readHeader.
  let unknownAt = -1;
  // (A list of places or amounts with no unit column, `序号` / `名称` / `所在地` / `建设情况` / `完成年限`, is an annex's
  // list of sites or projects, not of tasks: the place is no unit.)
  let withPlace = false;
  let unknownLine = -1;
  for (; k < lines.length && kinds.length < 12; k++) {
    k = skipBlank[k] as number;
    if (k >= lines.length) break;
    // A header word broken over two lines (`牵头责任` / `单位`, `落实情况` / `（全年）`).
    const first = (lines[k] as TextLine).text;
    const k2 = skipBlank[k + 1] ?? lines.length;
    const second = k2 < lines.length && first.length <= 8 && !/[（(]/u.test(first) ? (lines[k2] as TextLine).text : '';
    if (/^(单位|部门|科室|处室|[（(][^（）()]{1,8}[）)])$/u.test(second)) {
      const joinedKind = headerKind(first + second);
      if (joinedKind !== undefined) {
        kinds.push(joinedKind);
        k = k2;
        continue;
      }
    }
    // `实施` / `年限`: a header word broken over two short lines, its first part no header word alone (its
    // second may be a time column's: `年限`).
    if (
      first.length <= 4 &&
      second.length >= 2 &&
      second.length <= 4 &&
      headerKind(first) === undefined &&
      // (`民生实事` / `责任单位`: a column no word names, then a header word of its own; `属地` / `责任` /
      // `单位`: a column of places, then the unit column broken over two lines.)
      (headerKind(second) === undefined || (first.length <= 2 && headerKind(second) === 'deadline'))
    ) {
      const joinedKind = headerKind(first + second);
      if (joinedKind !== undefined) {
        kinds.push(joinedKind);
        k = k2;
        continue;
      }
    }
    // (`项目` / `所在地`: a place column's name broken over two lines, in a wide project table: the wide reader's.)
    if (first === '项目' && AMOUNT_OR_PLACE_COLUMN.test(second)) return undefined;
    if (AMOUNT_OR_PLACE_COLUMN.test(first)) withPlace = true;
    // `2023年` / `目标进度`: the year names no column, the word after it does.
    if (/^(?:19|20)\d{2}年度?$/u.test(first) && second !== '' && headerKind(second) !== undefined) {
      kinds.push(headerKind(second) as ColumnKind);
      k = k2;
      continue;
    }
    const spelled = /^[\u4e00-\u9fff]$/u.test(first) ? wordByCharacters(lines, k, skipBlank) : undefined;
    if (spelled) {
      kinds.push(spelled.kind);
      k = spelled.last;
      continue;
    }
    const kind = kindAt(k);
    // A column of people named for an office over two lines (`区政府办` / `协管责任人`).
    if (kind === undefined && kinds.length > 0 && second.length <= 8 && PERSON_COLUMN.test(second)) {
      kinds.push('other');
      k = k2;
      continue;
    }
    if (kind === undefined) {
      const text = (lines[k] as TextLine).text;
      // (`市人大常委会审议` / `二审时间` / `三审时间`, `立法调研报告` / `报送时间`: a group cell over time columns,
      // or a time column's name broken before its last word; the time columns name the row's limits.)
      // (Only after task and unit columns named so: `文保单位` / `级别` / `安全隐患` / `整改完成目标时间` is no
      // such header.)
      if (
        unknownAt < 0 &&
        kinds.includes('task') &&
        kinds.some(isUnitColumn) &&
        text.length <= 12 &&
        /^[\u4e00-\u9fff]+$/u.test(text) &&
        k2 < lines.length &&
        kindAt(k2) === 'deadline'
      )
        continue;
      if (unknownAt >= 0 || kinds.length === 0 || !isTaskColumnName(text)) break;
      unknownAt = kinds.length;
      unknownLine = k;
      kinds.push(unnamedColumnKind(kinds));
      continue;
    }
    kinds.push(kind);
  }
  // The unknown cell was the first row's first cell after all: the header ends before it.
  if (unknownAt >= 0 && unknownAt === kinds.length - 1) {
    kinds.pop();
    k = unknownLine;
  }
  // A header of two columns, task and units, is one only where the first row's line below fits it.
  const after = skipBlank[k] ?? lines.length;
  const opening = after < lines.length ? (lines[after] as TextLine).text : '';
  if (kinds.length === 2 && kinds[0] === 'task' && isUnitColumn(kinds[1] as ColumnKind)) {
    // `工作任务` / `落实单位` over numbered rows (`一、…` / `1．…` / `政治部、办公室`): a numbered line.
    return /^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[．.、])\S/u.test(opening) ? { kinds, next: k } : undefined;
  }
  if (kinds.length === 2 && isUnitColumn(kinds[0] as ColumnKind) && kinds[1] === 'task') {
    // `部门` / `相关任务分工情况` over unit names (`市生态环境局` / `牵头主抓…`): a unit's name.
    return opening.length <= 30 && looksLikeUnitList(opening.replace(/等$/u, '')) ? { kinds, next: k } : undefined;
  }
  if (withPlace && !kinds.some(isUnitColumn)) return undefined;
  return kinds.length >= 3 && isPlanHeader(kinds) ? { kinds: subHeaderAtEnd(kinds), next: k } : undefined;
}

// The cells of a short line of bars whose cells are all header words, or undefined.
function headerWordCells(line: TextLine): string[] | undefined {
  if (!line.text.includes('|') || line.text.length > 80) return undefined;
  const cells = barCells(line.text).filter((c) => c !== '');
  return cells.length > 0 && cells.every((c) => headerKind(c) !== undefined) ? cells : undefined;
}

// The second row of a header printed over two rows (`| | | 牵头单位 | 配合单位 | |` under `| 序号 |
// 工作任务 | 责任单位 | | 完成时限 |`): the header with each group cell replaced by its sub-cells.
function subHeaderBelow(
  lines: readonly TextLine[],
  at: number,
  skipBlank: Int32Array,
  top: readonly string[],
  spaced: boolean,
): TableHeader | undefined {
  const k = skipBlank[at + 1] ?? lines.length;
  if (k >= lines.length) return undefined;
  const second = (lines[k] as TextLine).text;
  if (second.length > 120) return undefined;
  let below: string[];
  if (spaced) below = joinSpacedLetters(second.split(/ +/u).filter((c) => c !== ''));
  else if (second.includes('|')) below = barCells(second);
  else return undefined;
  const merged = mergeHeaderRows(top, below);
  const kinds = merged && readHeader(merged);
  if (!kinds) return undefined;
  return spaced ? { kinds, next: k + 1, spaced } : { kinds, next: k + 1 };
}

// A two-row header printed one cell per line: the first row's cells, then the second's
// (`序号` `工作任务` `责任单位` `完成时限` `牵头单位` `配合单位`). The unit columns that end the header
// after another column are the sub-cells of the first row's one unit column.
function subHeaderAtEnd(kinds: ColumnKind[]): ColumnKind[] {
  let from = kinds.length;
  while (from > 0 && isUnitColumn(kinds[from - 1] as ColumnKind)) from--;
  const run = kinds.slice(from);
  if (run.length < 2 || from === 0 || !run.some((k) => k === 'lead' || k === 'cooperate')) return kinds;
  const groups = kinds.slice(0, from).flatMap((k, c) => (isUnitColumn(k) ? [c] : []));
  if (groups.length !== 1) return kinds;
  const group = groups[0] as number;
  const kind = kinds[group] as ColumnKind;
  if ((kind !== 'responsible' && kind !== 'units') || group === from - 1) return kinds;
  return [...kinds.slice(0, group), ...run, ...kinds.slice(group + 1, from)];
}

// The cells of a table from its header to the end of the text: pipe rows give their cells and a
// row end; other lines are cells separated by `|` (a line of its own or at the line's end), or
// one cell per line when the table has no separators at all.
export function tableCells(
  lines: readonly TextLine[],
  from: number,
  furniture: readonly boolean[],
  kinds?: readonly ColumnKind[],
  spaced = false,
  to = lines.length,
): StreamCell[] {
  // (The rows end at `to`, where the next table starts: read up to it, the text after it left alone.)
  const end = Math.min(to, lines.length);
  let bars = false;
  // (A bar that ends or opens a line closes cells; one inside a line of page furniture, `网站地图 |
  // 联系我们`, does not.)
  for (let k = from; k < Math.min(end, from + 40); k++) {
    const text = (lines[k] as TextLine).text;
    if (!furniture[k] && (text.endsWith('|') || text.startsWith('|'))) bars = true;
  }
  if (spaced && !bars) {
    const rows: StreamCell[] = [];
    // A table copied from a word processor separates its cells by tabs: spaces inside a cell's
    // text are then its own, and a line break inside a cell splits a row over lines whose tabs
    // together are the header's (`2\t落实…要求，` / `压减支出\t县财政局\t持续推进`).
    const tabbed = from > 0 && (lines[from - 1] as TextLine).raw.includes('\t');
    const width = kinds?.length ?? 0;
    for (let k = from; k < end; k++) {
      const line = lines[k] as TextLine;
      if (furniture[k] || line.text === '') continue;
      // The line's own cells; lines below may add to them.
      const alone = tabbed ? tabCells(line) : line.text.split(/ +/u);
      let row = alone;
      let lineOf = row.map(() => line);
      // (At most a few lines: a cell holds a few paragraphs, and lines without a tab must not be
      // gathered to the end of a long text.)
      for (let j = k + 1; tabbed && row.length < width && j < end && j <= k + MAX_CELL_LINES; j++) {
        const next = lines[j] as TextLine;
        if (furniture[j] || next.text === '') break;
        const more = tabCells(next);
        if (row.length + more.length - 1 > width) break;
        row = [...row.slice(0, -1), `${row.at(-1) ?? ''}${more[0] ?? ''}`, ...more.slice(1)];
        lineOf = [...lineOf, ...more.slice(1).map(() => next)];
        if (row.length === width) k = j;
      }
      // A row with exactly the header's cells is read by column, like a full pipe row; otherwise
      // (a row with fewer, or a line alone) its empty cells are dropped and the rest read by content.
      const full = width > 1 && row.length === width;
      if (!full) {
        row = alone.filter((c) => c !== '');
        lineOf = row.map(() => line);
      }
      row.forEach((text, c) => {
        const cell: StreamCell = { text, line: lineOf[c] as TextLine, rowEnd: row.length > 1 && c === row.length - 1 };
        if (full) cell.column = kinds?.[c];
        rows.push(cell);
      });
    }
    return rows;
  }
  const cells: StreamCell[] = [];
  let open: { text: string; line: TextLine } | undefined;
  for (let k = from; k < end; k++) {
    const line = lines[k] as TextLine;
    if (furniture[k] || isSeparatorRow(line.text)) continue;
    // A row printed without its first bar (`烟花爆竹 | 1月份 | 安监站 |`) is a pipe row too when it
    // has the header's cells.
    // Without a header, a line of two or more cells ending in a bar (`2.做好… | 区政府办办理。 |`).
    const rowText =
      !line.text.startsWith('|') &&
      line.text.endsWith('|') &&
      // (`text | |`: one cell and an empty one, unless other cells come before it.)
      (!/\|\s*\|$/u.test(line.text) || splitPipeRow(`|${line.text}`).filter((c) => c !== '').length >= 2) &&
      (kinds !== undefined
        ? kinds.length >= 2 &&
          splitPipeRow(`|${line.text}`).length <= kinds.length &&
          / \| /u.test(line.text.slice(0, -1))
        : / \| /u.test(line.text.slice(0, -1)))
        ? `|${line.text}`
        : line.text;
    if (isPipeRow(rowText) && rowText.endsWith('|') && splitPipeRow(rowText).length >= 2) {
      if (open) cells.push({ ...open, rowEnd: false });
      open = undefined;
      // Merged cells repeat their text across the row: keep it once.
      const all = splitPipeRow(rowText);
      // (Rows whose merged first cells were dropped end in empty cells: their columns shifted.)
      // (An empty cell inside the row is an empty cell printed as such: the columns hold.)
      // (A row opening with its 序号 holds its columns however many of its last cells are empty.)
      const full =
        kinds !== undefined &&
        all.length === kinds.length &&
        (all[all.length - 1] !== '' ||
          all.some((c, k) => c === '' && all.slice(k + 1).some((d) => d !== '')) ||
          (kinds[0] === 'number' && /^\d{1,3}(?:[.．]\d{1,2}){0,3}$/u.test(all[0] as string)));
      // A row short of cells that does not open with its 序号 lost merged cells at its start (the
      // group's 工作任务): its cells are the header's last ones, and a unit or deadline cell takes
      // its column where its content fits it.
      const short =
        !full &&
        kinds !== undefined &&
        all.length >= 2 &&
        all.length < kinds.length &&
        all[all.length - 1] !== '' &&
        !(kinds[0] === 'number' && /^\d{1,3}[.、．]?$/u.test(all[0] as string));
      // (Where the last cell is the row's time limit in the last column, the short row is the header's
      // last cells all through: a unit cell there is read as such even if its names are unusual.)
      const rightAligned =
        short &&
        kinds[kinds.length - 1] === 'deadline' &&
        fitsColumn(all[all.length - 1] as string, 'deadline') &&
        !all.slice(0, -1).some((text) => fitsColumn(text, 'deadline'));
      all.forEach((text, c) => {
        if (c > 0 && text !== '' && text === all[c - 1]) return;
        const cell: StreamCell = { text, line, rowEnd: c === all.length - 1 };
        if (full) cell.column = (kinds as ColumnKind[])[c];
        else if (short) {
          const column = (kinds as ColumnKind[])[kinds.length - all.length + c] as ColumnKind;
          if (
            fitsColumn(text, column) ||
            (rightAligned && text !== '' && (isUnitColumn(column) || column === 'deadline'))
          )
            cell.column = column;
        }
        cells.push(cell);
      });
      continue;
    }
    if (line.text === '') continue;
    if (!bars) {
      // A unit's name a narrow merged cell printed one character per line (`市` / `政` / `府` / `办`):
      // one cell, where the characters together name a unit.
      const spelled = isOneCharacterLine(line.text) ? unitByCharacters(lines, k, end, furniture) : undefined;
      if (spelled) {
        cells.push({ text: spelled.name, line, rowEnd: false });
        k = spelled.last;
        continue;
      }
      cells.push({ text: line.text, line, rowEnd: false });
      continue;
    }
    // `text |`, `|`, `||`: bars end cells; text without a bar continues the open cell.
    const parts = line.text.split('|');
    parts.forEach((part, p) => {
      const text = part.trim();
      if (text !== '') open = open ? { text: open.text + text, line: open.line } : { text, line };
      if (p < parts.length - 1) {
        cells.push(open ? { ...open, rowEnd: false } : { text: '', line, rowEnd: false });
        open = undefined;
      }
    });
  }
  if (open) cells.push({ ...open, rowEnd: false, unclosed: true });
  // (One cell per line without bars too, where every row is the header's cells long: a task named
  // like a unit, `市科技馆`, stays the task.)
  if (kinds !== undefined && kinds[0] === 'number') alignNumberedRows(cells, kinds, !bars);
  if (kinds !== undefined && unitFirst(kinds) && !bars) alignUnitFirstRows(cells, kinds);
  return cells;
}

// A unit's name printed one character per line from `at` (blank lines between them allowed), or
// undefined: a spelled word's length (see spelledWordLength; `副` / `组` / `长：` is a title), and the word they make
// is a unit's name (`市委宣传部`).
function unitByCharacters(
  lines: readonly TextLine[],
  at: number,
  end: number,
  furniture: readonly boolean[],
): { name: string; last: number } | undefined {
  let name = '';
  let last = at;
  // (One character past the longest word is read: a longer run is no name.)
  for (let k = at; k < end && (name.length < 3 || spelledWordLength(name.length)); k++) {
    if (furniture[k]) continue;
    const text = (lines[k] as TextLine).text;
    if (text === '') continue;
    if (!isOneCharacterLine(text)) break;
    name += text;
    last = k;
  }
  return spelledWordLength(name.length) && classifyCell(name) === 'units' ? { name, last } : undefined;
}

// A table whose first column is its only unit column, with no 序号 (`部门` / `相关任务分工情况`, `责任科室` /
// `普法内容` / `宣传方式` / `普法对象`).
function unitFirst(kinds: readonly ColumnKind[]): boolean {
  return (
    isUnitColumn(kinds[0] as ColumnKind) &&
    kinds.slice(1).every((k) => !isUnitColumn(k) && k !== 'number' && k !== 'deadline') &&
    kinds.slice(1).some((k) => k === 'task' || k === 'detail')
  );
}

// Units first, then their duties, one cell per line (`市住建局` / `负责…` / `。`): each row is a unit cell
// and the cells after it, up to the next unit cell; where a row has exactly the header's cells they take
// its columns, else they are all the duty's. (With more than two columns a row opens with one name: a
// list there, `本机关工作人员、社会公众`, is a 普法对象 cell.)
function alignUnitFirstRows(cells: StreamCell[], kinds: readonly ColumnKind[]): void {
  const duty = kinds.find((k) => k === 'task' || k === 'detail') as ColumnKind;
  const starts: number[] = [];
  cells.forEach((cell, i) => {
    const name = cell.text.replace(/等$/u, '');
    const one = kinds.length === 2 || !/[、，,]/u.test(name);
    if (cell.text.length <= 40 && one && classifyCell(name) === 'units') starts.push(i);
  });
  if (starts[0] !== 0) return;
  starts.forEach((from, r) => {
    const to = starts[r + 1] ?? cells.length;
    const full = to - from === kinds.length;
    for (let i = from; i < to; i++)
      (cells[i] as StreamCell).column = i === from ? kinds[0] : full ? kinds[i - from] : duty;
    if (to > from + 1) (cells[to - 1] as StreamCell).rowEnd = true;
  });
}

// The measure word after a number broken out of its sentence (`30` / `分；…`, `3` / `条的，…`).
const MEASURE_AFTER = /^(?:分|条|项|个|次|件|篇|人|家|元|万|亿|%|倍|天|周|小时)(?:[，,；;。、）)]|的|以|及|$)/u;

// A group's heading printed between two rows of a numbered table (`二、重点区域林相改善`).
const GROUP_HEADING = /^[一二三四五六七八九十]{1,3}[、.．]\S{1,30}$/u;

// Cells one per line, each closed by its bar (empty cells printed as bars too): a row is the cells
// from its 序号 (1, 2, 3, … in order) to the next one, and a row with exactly the header's cells is
// read by column, like a pipe row (so `300` in an amount column is no row number and a 建设地点
// cell is no unit).
// Without bars, only where every row but the last (which the page may have cut) is the header's
// cells long: a multi-line or merged cell anywhere makes the rows' lengths no guide.
function alignNumberedRows(cells: StreamCell[], kinds: readonly ColumnKind[], everyRow = false): void {
  const starts: number[] = [];
  let expected = 1;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as StreamCell;
    // (A row is the header's cells long: an amount `2` inside row 1 starts no row 2.)
    const previous = starts[starts.length - 1];
    if (
      cell.column === undefined &&
      cell.text === String(expected) &&
      (previous === undefined || i - previous >= kinds.length)
    ) {
      starts.push(i);
      expected++;
    }
  }
  // Each row ends before the next row's 序号, blank cells at its end left out, and a group's heading
  // printed between two rows (`二、林相改善`) where the row is longer than the header.
  const ends = starts.map((from, r) => {
    let to = starts[r + 1] ?? cells.length;
    while (to > from && (cells[to - 1] as StreamCell).text === '') to--;
    if (to - from === kinds.length + 1 && GROUP_HEADING.test((cells[to - 1] as StreamCell).text)) to--;
    // The header printed again at a page's top, before the next row.
    if (to - from >= kinds.length * 2 && repeatsHeader(cells, to - kinds.length, kinds)) to -= kinds.length;
    return to;
  });
  // A unit cell a PDF copy broke over two lines (`市煤炭` / `管理局`, `市消防` / `救援支队`) is one cell:
  // for each row, the cells that open such a pair.
  const pairs = starts.map((from, r) => {
    const to = ends[r] as number;
    const opens: number[] = [];
    for (let i = from + 1; i + 1 < to; i++) {
      // (Only in a unit column, the cells before it counted as joined: `莆田市科技创新` / `基金` is a task.)
      const column = kinds[i - from - opens.length];
      const [first, second] = [cells[i] as StreamCell, cells[i + 1] as StreamCell];
      if (column !== undefined && isUnitColumn(column) && brokenUnitCell(first.text, second.text)) opens.push(i++);
    }
    return opens;
  });
  const length = (r: number) => (ends[r] as number) - (starts[r] as number) - (pairs[r] as number[]).length;
  if (everyRow && starts.length < 2) return;
  // Without bars, a row's length is a guide only where every row but the last has the header's cells,
  // or where most rows do and an amount column stands between the time and unit columns (`建设年限 |
  // 项目总投资 | 牵头单位`), which cells read by content cannot place: then a row that has the header's
  // cells aligns when they read as their columns do (units, a short time limit).
  const uneven = starts.slice(0, -1).filter((_, r) => length(r) !== kinds.length).length;
  // (Rows whose amounts vary in number, empty amount cells left out: `239000` / `20000` / `25000` /
  // `30000` in one row, `34000` / `6000` in the next, between the task's cells and its units and time.)
  if (everyRow && uneven > 0 && alignAroundAmounts(cells, kinds, starts, ends)) return;
  if (everyRow && uneven > 0 && (!amountBetweenTimeAndUnits(kinds) || uneven * 2 > starts.length)) return;
  const checkCells = everyRow && uneven > 0;
  starts.forEach((from, r) => {
    const to = ends[r] as number;
    const opens = pairs[r] as number[];
    if (length(r) !== kinds.length) return;
    const texts: string[] = [];
    for (let i = from; i < to; i++) {
      const text = (cells[i] as StreamCell).text;
      if (opens.includes(i - 1)) texts[texts.length - 1] += text;
      else texts.push(text);
    }
    // (A row made the header's length by joining cells must read as one: units where units go.)
    if ((opens.length > 0 || checkCells) && !kinds.every((kind, c) => fitsAligned(texts[c] as string, kind))) return;
    let c = 0;
    for (let i = from; i < to; i++) {
      const cell = cells[i] as StreamCell;
      if (opens.includes(i - 1)) {
        cell.text = '';
        cell.column = 'other';
      } else {
        cell.text = texts[c] as string;
        cell.column = kinds[c++];
      }
    }
    (cells[to - 1] as StreamCell).rowEnd = true;
  });
}

// A place's name alone, a county or district with no organ after it (`城厢区`, `仙游县`).
const BARE_PLACE = /^[\u4e00-\u9fff]{1,4}(?:区|县|市|镇|乡)$/u;

// A unit's name a copy broke with a run of blanks before its last word (`仙游县仙水洋旅游投资  有限公司`,
// `福建省荔城经济开发区  管理委员会`), joined; other text as it is (`市发改委  市财政局` are two units).
function joinBrokenName(text: string): string {
  const m =
    /^([^\s、，,；;]{2,30})\s{2,}((?:有限|股份|管理|实业|投资|建设|发展)?[\u4e00-\u9fff]{0,4}(?:公司|委员会|集团))$/u.exec(
      text,
    );
  return m ? `${m[1]}${m[2]}` : text;
}

// An amount cell of a table: a number, or a mark for none (`/`, `—`, `无`).
const AMOUNT_CELL = /^(?:\d+(?:[.．]\d+)?|[/／—\-－]+|无)$/u;

// Aligns numbered rows whose amount columns (`项目总投资（万元）`, `年度计划投资（万元）`) between the task's
// columns and the units and time after them hold a varying number of cells: each row's first cells are the
// columns before the amounts, its last cells the columns after them, and every cell between is an amount.
// Only where three rows in four at least read so (the others are left to the cell reader); returns whether it
// aligned the rows.
function alignAroundAmounts(
  cells: StreamCell[],
  kinds: readonly ColumnKind[],
  starts: readonly number[],
  ends: readonly number[],
): boolean {
  const first = kinds.indexOf('other');
  let last = first;
  while (last + 1 < kinds.length && kinds[last + 1] === 'other') last++;
  const before = kinds.slice(0, first);
  const after = kinds.slice(last + 1);
  if (first < 1 || !before.includes('task') || !after.some(isUnitColumn) || after.includes('other')) return false;
  const rows = starts.map((from, r) => {
    const to = ends[r] as number;
    const row = cells.slice(from, to);
    const texts = row.map((c) => c.text);
    // (A unit's name a copy broke with blanks, `仙游县仙水洋旅游投资  有限公司`: one name.)
    for (let c = texts.length - after.length; c < texts.length; c++)
      if (isUnitColumn(after[c - (texts.length - after.length)] as ColumnKind))
        texts[c] = joinBrokenName(texts[c] as string);
    const middle = texts.slice(before.length, texts.length - after.length);
    // (The last column before the amounts may run over several cells: `1.轮渡提升项目：…` / `2.景区提升…`.)
    let more = 0;
    while (more < middle.length && !AMOUNT_CELL.test(middle[more] as string)) more++;
    const fits =
      texts.length >= before.length + after.length &&
      row.every((c) => c.column === undefined) &&
      before.every((kind, c) => fitsAligned(texts[c] as string, kind)) &&
      after.every((kind, c) => fitsAligned(texts[texts.length - after.length + c] as string, kind)) &&
      more < middle.length &&
      (more === 0 || before[before.length - 1] === 'detail') &&
      middle.slice(more).every((t) => AMOUNT_CELL.test(t));
    return fits ? { from, to, texts, more } : undefined;
  });
  // (Most rows must read so; a row that does not, its unit named like no unit, is left to the reader.)
  const aligned = rows.filter((row) => row !== undefined);
  if (aligned.length < 2 || aligned.length * 4 < rows.length * 3) return false;
  for (const row of aligned) {
    const n = row.to - row.from;
    const detail = before.length - 1;
    for (let i = row.from; i < row.to; i++) {
      const c = i - row.from;
      const cell = cells[i] as StreamCell;
      if (c > detail && c <= detail + row.more) {
        cell.text = '';
        cell.column = 'other';
        continue;
      }
      cell.column = c < before.length ? before[c] : c >= n - after.length ? after[c - (n - after.length)] : 'other';
      cell.text =
        c === detail && row.more > 0 ? row.texts.slice(c, c + row.more + 1).join('\n') : (row.texts[c] as string);
    }
    (cells[row.to - 1] as StreamCell).rowEnd = true;
  }
  return true;
}

// Whether a column that is neither task, units nor time (an amount, `项目总投资（万元）`) stands between the
// time column and a unit column after it (`建设年限 | 项目总投资 | 牵头单位`).
function amountBetweenTimeAndUnits(kinds: readonly ColumnKind[]): boolean {
  const time = kinds.indexOf('deadline');
  return time >= 0 && kinds.some((k, c) => k === 'other' && c > time && kinds.slice(c + 1).some(isUnitColumn));
}

// Two cells that are one unit's name broken over two lines: the first, opening with its place, no name
// alone (`市煤炭`, `市消防`, `市粮食和物资`), the two together one (`市煤炭管理局`).
function brokenUnitCell(first: string, second: string): boolean {
  return (
    /^(?:省|市|县|区|州|镇|乡|街道|各|相关|有关)/u.test(first) &&
    first.length >= 2 &&
    first.length <= 10 &&
    second.length >= 2 &&
    second.length <= 8 &&
    /^[\u4e00-\u9fff]+$/u.test(first + second) &&
    !looksLikeUnit(first) &&
    looksLikeUnit(first + second)
  );
}

// Whether a cell of a row counted out by the header's length fits its column: units in a unit column,
// a short cell and no units in a deadline column, words in the task column.
function fitsAligned(text: string, kind: ColumnKind): boolean {
  if (isUnitColumn(kind)) return fitsColumn(text, kind);
  // (A time limit in words the reader may not know, `序时推进`: short, and no units.)
  if (kind === 'deadline') return text.length <= 40 && classifyCell(text) !== 'units';
  // (A project may be named like a unit, `园区消防站`, `水域救援训练基地`.)
  if (kind === 'task') {
    if (text === '') return false;
    const cell = classifyCell(text);
    return cell !== 'number' && cell !== 'deadline';
  }
  return true;
}

// A cell naming a person (see looksLikeSurnamedPerson) that reads as nothing else.
function isPersonName(text: string): boolean {
  return (
    looksLikeSurnamedPerson(text) &&
    classifyCell(text) === 'text' &&
    !looksLikeDeadline(text) &&
    headerKind(text) === undefined
  );
}

// The header's words, one cell each, from `at` on.
function repeatsHeader(cells: readonly StreamCell[], at: number, kinds: readonly ColumnKind[]): boolean {
  if (at + kinds.length > cells.length) return false;
  for (let c = 0; c < kinds.length; c++) {
    const text = (cells[at + c] as StreamCell).text;
    if (text.length > 30 || headerKind(text) !== kinds[c]) return false;
  }
  return true;
}

// A row ended by its bar without its units, whose unit cell the copy put on the next line alone
// (`产业政策科 | |`): that line finishes the row.
function unitsOnNextLine(cells: readonly StreamCell[], at: number, row: PendingRow, hasUnitColumn: boolean): boolean {
  if (!hasUnitColumn || row.units.length > 0) return false;
  const next = cells[at + 1];
  if (next === undefined || next.line === (cells[at] as StreamCell).line || next.column !== undefined) return false;
  if (classifyCell(next.text) !== 'units') return false;
  // Every other cell of that line is empty.
  for (let k = at + 2; k < cells.length && (cells[k] as StreamCell).line === next.line; k++)
    if ((cells[k] as StreamCell).text !== '') return false;
  return true;
}

// Whether a cell's content fits a unit column (or a copied one) or a deadline column.
function fitsColumn(text: string, column: ColumnKind): boolean {
  if (isUnitColumn(column) || column === 'reference') return classifyCell(text) === 'units';
  return column === 'deadline' && classifyCell(text) === 'deadline';
}

// A cell that is a labelled unit list: `牵头单位：…`, also of another level (`省牵头单位：…`).
function isLabelledUnitCell(text: string): boolean {
  const label = labelOf(text.replace(/^(省|市|县|区)(?=牵头|责任|配合|协同)/u, ''));
  return label !== undefined && label !== 'deadline';
}

// A cell naming the role of the unit cell after it: `牵头单位`, `牵头部门`, `协同单位1`, `配合部门2`, `责任单位`.
// (Or the two joined as a label, `牵头单位：市教育局`.)
const ROLE_MARK = /^(?:(牵头)|(协同|配合|协助|参与)|(责任|实施))(?:单位|部门)\d{0,2}(?:[：:]\s*(\S.*))?$/u;
// A short time cell of a row: `9—10月`, `全年`, `5-10月`.
const MAX_MARKED_TIME = 20;

// The rows of an inspection plan's table (`序号 | 检查事项 | 检查主体 | 检查内容 | … | 年度预计检查时间`)
// whose unit cells each follow a cell naming their role: a row is its number, its task (the cell after
// the number), its units by role, and its first short time cell; its other cells (what is inspected,
// by which standard and law, how many) are the row's details, not read. Undefined where the cells are
// not so laid out: two role cells at least, one of them a lead's, and every row with a unit.
function roleMarkedRows(cells: readonly StreamCell[]): TableRow[] | undefined {
  let marks = 0;
  let leads = 0;
  for (const cell of cells) {
    const m = ROLE_MARK.exec(cell.text);
    if (!m) continue;
    marks++;
    if (m[1]) leads++;
  }
  if (marks < 2 || leads === 0) return undefined;
  const rows: TableRow[] = [];
  let row: TableRow | undefined;
  for (let at = 0; at < cells.length; at++) {
    const cell = cells[at] as StreamCell;
    const text = cell.text.trim();
    const next = cells[at + 1]?.text.trim() ?? '';
    // The next row: its number, then its task (not a role or a time: a count of what is inspected, `3`,
    // may stand before the time cell).
    if (
      text.replace(/[.．、]$/u, '') === String(rows.length + 1) &&
      next !== '' &&
      !ROLE_MARK.test(next) &&
      classifyCell(next) !== 'deadline' &&
      /[\u4e00-\u9fff]/u.test(next)
    ) {
      row = { number: String(rows.length + 1), cells: new Map([['task', [next]]]), lines: [cell.line] };
      rows.push(row);
      at++;
      continue;
    }
    if (!row) continue;
    const role = ROLE_MARK.exec(text);
    if (role && (next !== '' || role[4] !== undefined)) {
      // (A name the copy broke over two cells: `市` / `卫健委`.)
      const after = cells[at + 2]?.text.trim() ?? '';
      const joined =
        role[4] === undefined &&
        (brokenUnitCell(next, after) || (/^(?:省|市|县|区)$/u.test(next) && looksLikeUnit(next + after)));
      const units = role[4] ?? (joined ? next + after : next);
      if (!looksLikeUnitList(units)) continue;
      const kind: ColumnKind = role[1] ? 'lead' : role[2] ? 'cooperate' : 'responsible';
      row.cells.set(kind, [...(row.cells.get(kind) ?? []), units]);
      row.lines.push(cell.line);
      at += role[4] !== undefined ? 0 : joined ? 2 : 1;
      continue;
    }
    if (!row.cells.has('deadline') && text.length <= MAX_MARKED_TIME && classifyCell(text) === 'deadline') {
      row.cells.set('deadline', [text]);
      row.lines.push(cell.line);
    }
  }
  const withUnits = (r: TableRow) => r.cells.has('lead') || r.cells.has('cooperate') || r.cells.has('responsible');
  if (rows.length < 2 || !rows.every(withUnits)) return undefined;
  return rows;
}

// `工 作 任 务` → `工作任务`: runs of single characters are one word.
function joinSpacedLetters(tokens: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (token.length === 1) run += token;
    else {
      if (run !== '') out.push(run);
      run = '';
      out.push(token);
    }
  }
  if (run !== '') out.push(run);
  return out;
}

// A cell of names only: short pieces between list separators, no sentence.
function namesOnly(text: string): boolean {
  if (text.length > 300 || /[。；;！？]/u.test(text.replace(/[。；]$/u, ''))) return false;
  return text.split(/[、，,\s]+/u).every((piece) => piece.length >= 2 && piece.length <= 24);
}

// Whether a row's last cell ends as a cell does: closing punctuation, a time limit, a cell printed
// empty (`/`, `无`), or a unit list whose last name is whole (`kind`: what the cell reads as, by
// classifyCell; `unitColumn`: the cell is in a unit column, so unusual names such as `工人文化宫`
// count when they end as names do).
function endsWhole(text: string, kind: CellKind, unitColumn: boolean): boolean {
  if (/[。；！？）)」”]$/u.test(text)) return true;
  if (kind === 'deadline' || kind === 'status' || kind === 'empty') return true;
  return (kind === 'units' || (unitColumn && kind === 'text')) && endsWithWholeUnit(text, unitColumn);
}

// The cells of a line of bars, whether or not the copy printed its first bar (`序号 | 工作任务 |`).
function barCells(text: string): string[] {
  return splitPipeRow(text.startsWith('|') ? text : `|${text}`);
}
