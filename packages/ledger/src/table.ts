import type { Diagnostic, EntryStatus, LedgerEntry, RejectedRow } from '@zwgk/core';
import { normalizeText, normalizeUnitName, parseDeadline, resolveDeadline } from '@zwgk/core';
import { type LedgerField, matchHeader } from './headers.js';
import type { TaskMatcher } from './match.js';
import type { LedgerPart, SkipReason } from './result.js';
import { parseLedgerDate, parseProgress, type StatusReader, splitEvidence } from './values.js';

/**
 * One cell as a reader hands it over: its text (rich text flattened, numbers as displayed), and
 * where known its number, date, hyperlink target, and whether it was a formula's cached result.
 *
 * @category Import
 * @example
 * ```ts
 * const cell: TableCell = { text: '45473', number: 45473 };
 * ```
 */
export interface TableCell {
  text: string;
  number?: number;
  date?: Date;
  url?: string;
  formula?: boolean;
}

/** A cell as the assembler takes it: a reader's {@link TableCell}, or plain text (CSV). @internal */
export type RowCell = TableCell | string | undefined;

function columnOf(first: Int32Array, slot: number): number | undefined {
  const index = first[slot] as number;
  return index === -1 ? undefined : index;
}

function joinFilled(texts: readonly string[]): string {
  return texts.filter((t) => t !== '').join(' ');
}

function textOf(cell: RowCell): string {
  return cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text;
}

/**
 * How many rows from the top of a sheet are searched for the header.
 *
 * @category Import
 * @example
 * ```ts
 * HEADER_SEARCH_ROWS; // 15
 * ```
 */
export const HEADER_SEARCH_ROWS = 15;

/** Context a sheet assembler works in. @internal */
export interface AssemblerContext {
  file?: string;
  sheet?: string;
  matcher: TaskMatcher;
  readStatus: StatusReader;
  headerAliases: Partial<Record<LedgerField, readonly string[]>>;
  year?: number;
  /** The plan's issue date, for deadlines counted from it. */
  issued?: string | null;
  date1904?: boolean;
  /** Whether the plan decides task numbers (without one, the number cell is kept as read). */
  hasPlan: boolean;
}

/**
 * Column letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA.
 *
 * @param index - 0-based column index
 * @returns the letters
 * @category Import
 * @example
 * ```ts
 * columnLetter(27); // 'AB'
 * ```
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const SECTION_HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+(?:部分|章|节|项))/;
const FOOTER =
  /^(?:填表说明|填报说明|说明[:：]|注[:：]|备注[:：]|填报人|填表人|审核人|联系人|联系电话|负责人|单位负责人|制表人|分管领导|填报单位|填报日期|报送单位|制表日期|单位[（(]盖章[）)])/;
const FIELD_LABEL: Record<LedgerField, [string, string]> = {
  taskNumber: ['序号', 'number'],
  taskText: ['重点任务', 'task'],
  measures: ['工作措施', 'measures'],
  lead: ['牵头单位', 'lead unit'],
  responsible: ['责任单位', 'responsible unit'],
  owner: ['责任人', 'owner'],
  plannedBy: ['完成时限', 'deadline'],
  progress: ['进展情况', 'progress'],
  status: ['完成状态', 'status'],
  completedOn: ['完成时间', 'completion date'],
  evidence: ['佐证材料', 'evidence'],
  notes: ['备注', 'notes'],
};

const STATUS_ZH: Record<EntryStatus, string> = {
  not_started: '未启动',
  in_progress: '推进中',
  done: '已完成',
  ongoing: '持续推进',
  blocked: '滞后',
};

// Each field's number, for the scratch arrays of SheetAssembler.
const F = Object.fromEntries((Object.keys(FIELD_LABEL) as LedgerField[]).map((field, i) => [field, i])) as Record<
  LedgerField,
  number
>;
const FIELD_COUNT = Object.keys(F).length;

/**
 * Reads the title rows above a header: `填报单位：砀山县人民政府 填报日期：2024年6月15日`, or a title
 * such as `砀山县2024年政务公开重点工作任务台账`. Returns the unit and date found.
 *
 * @param text - the row's cells joined with spaces
 * @param year - year for a date written without one
 * @returns what the row says
 * @category Import
 * @example
 * ```ts
 * readTitleRow('填报单位：砀山县人民政府（盖章）  填报日期：2024年6月15日');
 * // { unit: '砀山县人民政府', publishedAt: '2024-06-15' }
 * readTitleRow('砀山县2024年政务公开重点工作任务台账'); // { titleUnit: '砀山县' }
 * ```
 */
export function readTitleRow(text: string, year?: number): { unit?: string; titleUnit?: string; publishedAt?: string } {
  const out: { unit?: string; titleUnit?: string; publishedAt?: string } = {};
  const flat = text.replace(/\s+/g, ' ').trim();
  const unit =
    /(?:填报|报送|责任)单位(?:（盖章）|\(盖章\))?\s*[:：]\s*([^\s:：]+?)(?:\s*[（(]盖章[）)])?(?=\s|填报|报送|日期|时间|$)/.exec(
      flat,
    );
  if (unit?.[1]) {
    const name = normalizeUnitName(unit[1]).replace(/[（(]盖章[）)]$/, '');
    if (name !== '' && !/^_+$/.test(name)) out.unit = name;
  }
  const date = /(?:填报|报送|统计)(?:日期|时间)\s*[:：]\s*(\S+(?:\s*年\s*\d+\s*月\s*\d+\s*日)?)/.exec(flat);
  if (date?.[1]) {
    const iso = parseLedgerDate(date[1].replace(/\s+/g, ''), year === undefined ? {} : { year });
    if (iso) out.publishedAt = iso;
  }
  if (!out.unit && /台账|清单|任务表|分解表|进展表|情况表/.test(flat)) {
    const compact = normalizeText(flat);
    const title = /^(.+?)(?:\d{4}年度?|关于|政务公开|重点工作|工作任务|年度)/.exec(compact);
    const name = title?.[1] ? normalizeUnitName(title[1]) : '';
    if (name.length >= 2 && name.length <= 30) out.titleUnit = name;
  }
  return out;
}

/**
 * Turns the rows of one sheet (or CSV file) into entries and rejected rows: finds the title rows and
 * the header, skips blank, section, repeated header and footer rows, and builds one entry or one
 * rejected row from every data row. Rows must be pushed in order, merged cells already filled in.
 *
 * @internal
 */
export class SheetAssembler {
  readonly part: LedgerPart;
  private header: Map<number, LedgerField> | undefined;
  private headerTexts: string[] = [];
  private rowsBeforeHeader = 0;
  private titleUnit: string | undefined;
  private pendingSubHeader = false;
  private readonly dates = new Map<string, string | undefined>();
  private readonly progress = new Map<string, number | undefined>();
  private columnsByField: [LedgerField, number, number[]][] | undefined;
  private lastTask: { numberText: string; taskText: string } | undefined;
  private readonly rowTexts: string[] = new Array<string>(FIELD_COUNT).fill('');
  private readonly rowFirst = new Int32Array(FIELD_COUNT);

  constructor(private readonly ctx: AssemblerContext) {
    this.part = { entries: [], rejected: [], diagnostics: [], dataRows: 0, skipped: [] };
    if (ctx.sheet !== undefined) this.part.sheet = ctx.sheet;
  }

  /** Whether the header has been found. */
  get hasHeader(): boolean {
    return this.header !== undefined;
  }

  /** Whether the sheet is past the rows where a header may be. */
  get gaveUp(): boolean {
    return this.header === undefined && this.rowsBeforeHeader >= HEADER_SEARCH_ROWS;
  }

  /** Takes the next row: `cells[i]` is column i (0 = A); `row` is the 1-based row number. */
  push(row: number, cells: ReadonlyArray<RowCell>): void {
    if (this.header === undefined) {
      if (!this.gaveUp) this.lookForHeader(row, cells);
      return;
    }
    const texts: string[] = new Array<string>(cells.length);
    for (let i = 0; i < cells.length; i++) texts[i] = textOf(cells[i]).trim();
    const skipped = this.classify(texts);
    if (skipped) {
      this.skip(row, skipped.reason, skipped.text);
      return;
    }
    this.part.dataRows++;
    this.buildEntry(row, cells, texts);
  }

  // Why a row below the header is not a data row, or undefined when it is one. Runs on every row,
  // so it counts instead of building arrays.
  private classify(texts: readonly string[]): { reason: SkipReason; text?: string } | undefined {
    let filled = 0;
    let first = '';
    let same = true;
    for (const text of texts) {
      if (text === '') continue;
      if (filled === 0) first = text;
      else if (text !== first) same = false;
      filled++;
    }
    if (filled === 0) return { reason: 'blank' };

    if (this.pendingSubHeader) {
      this.pendingSubHeader = false;
      if (this.mergeSubHeader(texts)) return { reason: 'header', text: joinFilled(texts) };
    }
    if (same && FOOTER.test(first)) {
      this.readFooter(first);
      return { reason: 'footer', text: first };
    }
    // A heading merged across the sheet repeats one text in every cell it spans.
    if (same && (SECTION_HEADING.test(first) || filled >= 3)) return { reason: 'section', text: first };
    if (this.isHeaderRepeat(texts)) return { reason: 'header', text: joinFilled(texts) };
    return undefined;
  }

  /** Ends the sheet: the unit from its title when no 填报单位 line named one. */
  finish(): LedgerPart {
    if (!this.part.unit && this.titleUnit) this.part.unit = this.titleUnit;
    return this.part;
  }

  private skip(row: number, reason: SkipReason, text?: string): void {
    const skipped: LedgerPart['skipped'][number] = { row, reason };
    if (this.ctx.sheet !== undefined) skipped.sheet = this.ctx.sheet;
    if (text !== undefined) skipped.text = text.length > 80 ? `${text.slice(0, 80)}…` : text;
    this.part.skipped.push(skipped);
  }

  private lookForHeader(row: number, cells: ReadonlyArray<RowCell>): void {
    this.rowsBeforeHeader++;
    const header = new Map<number, LedgerField>();
    const fields = new Set<LedgerField>();
    cells.forEach((cell, index) => {
      const text = textOf(cell).trim();
      if (text === '' || text.length > 20) return;
      const field = matchHeader(text, this.ctx.headerAliases);
      if (field) {
        header.set(index, field);
        fields.add(field);
      }
    });
    const central = ['taskNumber', 'taskText', 'measures', 'status', 'progress'].filter((f) =>
      fields.has(f as LedgerField),
    );
    if (fields.size >= 2 && central.length >= 1) {
      this.header = header;
      this.headerTexts = cells.map((cell) => textOf(cell).trim());
      this.part.headerRow = row;
      this.pendingSubHeader = true;
      return;
    }
    const text = cells
      .map((cell) => textOf(cell).trim())
      .filter((t, i, all) => t !== '' && all.indexOf(t) === i)
      .join(' ');
    if (text === '') return;
    const found = readTitleRow(text, this.ctx.year);
    if (found.unit && !this.part.unit) this.part.unit = found.unit;
    if (found.publishedAt && !this.part.publishedAt) this.part.publishedAt = found.publishedAt;
    if (found.titleUnit && !this.titleUnit) this.titleUnit = found.titleUnit;
  }

  // A second header row under merged group headings (完成情况 over 完成状态 | 完成时间).
  private mergeSubHeader(texts: readonly string[]): boolean {
    const header = this.header as Map<number, LedgerField>;
    let matched = 0;
    let other = 0;
    const found = new Map<number, LedgerField>();
    texts.forEach((text, index) => {
      if (text === '' || text === this.headerTexts[index]) return;
      const field = text.length <= 20 ? matchHeader(text, this.ctx.headerAliases) : undefined;
      if (field) {
        matched++;
        found.set(index, field);
      } else other++;
    });
    if (matched === 0 || other > 0) return false;
    for (const [index, field] of found) header.set(index, field);
    this.columnsByField = undefined;
    return true;
  }

  // A 填报单位 / 填报日期 line under the table names the unit when the top did not.
  private readFooter(text: string): void {
    const found = readTitleRow(text, this.ctx.year);
    if (found.unit && !this.part.unit) this.part.unit = found.unit;
    if (found.publishedAt && !this.part.publishedAt) this.part.publishedAt = found.publishedAt;
  }

  private isHeaderRepeat(texts: readonly string[]): boolean {
    let same = 0;
    const header = this.header as Map<number, LedgerField>;
    // A header repeated on each printed page is a verbatim copy: compare raw texts, no normalising.
    for (const [index] of header) {
      const key = this.headerTexts[index];
      if (key && texts[index] === key) same++;
    }
    return same >= 2 && same >= Math.ceil(header.size / 2);
  }

  // Header columns grouped by field (with the field's number), in column order; rebuilt when the
  // header changes.
  private fieldColumns(): [LedgerField, number, number[]][] {
    if (this.columnsByField) return this.columnsByField;
    const grouped = new Map<LedgerField, number[]>();
    for (const [index, field] of (this.header as Map<number, LedgerField>).entries()) {
      const list = grouped.get(field) ?? [];
      list.push(index);
      grouped.set(field, list);
    }
    for (const list of grouped.values()) list.sort((a, b) => a - b);
    this.columnsByField = [...grouped.entries()].map(([field, list]) => [field, F[field], list]);
    return this.columnsByField;
  }

  private noteFormula(row: number, field: LedgerField, index: number): void {
    const [label, labelEn] = FIELD_LABEL[field];
    this.note(
      'info',
      'formula-value',
      `第${row}行${columnLetter(index)}列（${label}）的值取自公式的缓存结果，未重新计算`,
      `Row ${row}, column ${columnLetter(index)} (${labelEn}): value is the formula's cached result, not recalculated`,
      row,
      index,
    );
  }

  private location(row: number): { row: number; file?: string; sheet?: string } {
    const location: { row: number; file?: string; sheet?: string } = { row };
    if (this.ctx.file !== undefined) location.file = this.ctx.file;
    if (this.ctx.sheet !== undefined) location.sheet = this.ctx.sheet;
    return location;
  }

  private reject(
    row: number,
    cells: ReadonlyArray<RowCell>,
    code: string,
    reason: string,
    reasonEn: string,
    column?: number,
  ): void {
    const rejected: RejectedRow = { ...this.location(row), code, reason, reasonEn };
    if (column !== undefined) rejected.column = columnLetter(column);
    rejected.values = cells.map(textOf);
    this.part.rejected.push(rejected);
  }

  private note(
    severity: Diagnostic['severity'],
    code: string,
    message: string,
    messageEn: string,
    row: number,
    column: number,
  ): void {
    this.part.diagnostics.push({
      severity,
      code,
      message,
      messageEn,
      location: { ...this.location(row), column: columnLetter(column) },
    });
  }

  private readDate(
    row: number,
    field: LedgerField,
    cells: ReadonlyArray<RowCell>,
    index: number,
    notes: string[],
  ): string | undefined {
    const cell = cells[index];
    const raw = textOf(cell).trim();
    let iso: string | undefined;
    if (typeof cell === 'object' && cell.date) iso = parseLedgerDate(cell.date);
    else if (typeof cell === 'object' && cell.number !== undefined)
      iso = parseLedgerDate(cell.number, {
        ...(this.ctx.year === undefined ? {} : { year: this.ctx.year }),
        date1904: this.ctx.date1904 ?? false,
      });
    else if (this.dates.has(raw)) iso = this.dates.get(raw);
    else {
      // Deadlines and dates repeat down a sheet: parse each text once, share the ISO string.
      iso = parseLedgerDate(raw, this.ctx.year === undefined ? {} : { year: this.ctx.year });
      // A deadline phrase in 完成时限 (`印发后30日内`, `三季度末`): the plan's deadline reader decides.
      if (iso === undefined && field === 'plannedBy' && this.ctx.year !== undefined) iso = this.deadlineDate(raw);
      if (this.dates.size < 5000) this.dates.set(raw, iso);
    }
    if (iso === undefined && field === 'completedOn') {
      this.note(
        'warning',
        'date-invalid',
        `第${row}行${columnLetter(index)}列的完成时间无法识别：“${raw}”`,
        `Row ${row}, column ${columnLetter(index)}: completion date not understood: "${raw}"`,
        row,
        index,
      );
      notes.push(`完成时间：${raw}`);
    }
    return iso;
  }

  private deadlineDate(raw: string): string | undefined {
    const year = this.ctx.year as number;
    try {
      const { deadline } = parseDeadline(raw, { year, issued: this.ctx.issued ?? null });
      return (
        resolveDeadline(deadline, { year, issued: this.ctx.issued ?? null, outsideRange: 'weekends' }) ?? undefined
      );
    } catch {
      // A deadline the plan reader cannot place is simply not a date.
      return undefined;
    }
  }

  private buildEntry(row: number, cells: ReadonlyArray<RowCell>, trimmed: readonly string[]): void {
    const { ctx } = this;
    // The text of each field (cells of one field joined by line breaks) and the column of its first
    // cell, in scratch arrays by field number: this runs on every row.
    const texts = this.rowTexts.fill('');
    const first = this.rowFirst.fill(-1);
    let evidenceColumns: number[] | undefined;
    let any = false;
    for (const [field, slot, indices] of this.fieldColumns()) {
      for (const index of indices) {
        const cell = cells[index];
        if (cell === undefined) continue;
        const text = trimmed[index] ?? '';
        const object = typeof cell === 'object';
        if (
          text === '' &&
          !(object && (cell.url !== undefined || cell.number !== undefined || cell.date !== undefined))
        )
          continue;
        any = true;
        const previous = texts[slot] as string;
        // A cell merged across two columns of one field counts once.
        if (previous === '') texts[slot] = text;
        else if (text !== '' && previous !== text) texts[slot] = `${previous}\n${text}`;
        if (first[slot] === -1) first[slot] = index;
        if (field === 'evidence') {
          evidenceColumns ??= [];
          evidenceColumns.push(index);
        }
        if (object && cell.formula) this.noteFormula(row, field, index);
      }
    }
    if (!any) {
      this.reject(
        row,
        cells,
        'no-ledger-fields',
        '该行在可识别的列中没有内容',
        'The row has nothing in the columns the header names',
      );
      return;
    }

    const statusText = texts[F.status] as string;
    let status: EntryStatus | undefined;
    let unclear = false;
    if (statusText !== '') {
      status = ctx.readStatus(statusText);
      // A long 完成情况 text without a status word is a narrative, not a wrong word: keep the row.
      if (status === undefined && statusText.length > 12) unclear = true;
      else if (status === undefined) {
        this.reject(
          row,
          cells,
          'status-unknown',
          `无法识别的完成状态：“${statusText}”（可用：已完成、推进中、持续推进、未启动、滞后）`,
          `Unrecognised status: "${statusText}" (use 已完成, 推进中, 持续推进, 未启动 or 滞后)`,
          columnOf(first, F.status),
        );
        return;
      }
    }

    let numberText = texts[F.taskNumber] as string;
    let taskText = texts[F.taskText] as string;
    // A measure row left blank under its task (not merged, just empty) belongs to the task above.
    if (numberText === '' && taskText === '' && this.lastTask && this.hasTaskColumns()) {
      numberText = this.lastTask.numberText;
      taskText = this.lastTask.taskText;
    } else if (numberText !== '' || taskText !== '') this.lastTask = { numberText, taskText };
    const matchText = taskText !== '' ? taskText : this.hasTaskTextColumn() ? '' : (texts[F.measures] as string);
    const match = ctx.matcher.match(numberText, matchText);
    const entry: LedgerEntry = {
      taskNumber: !ctx.hasPlan && match.taskNumber === null && numberText !== '' ? numberText : match.taskNumber,
      measures: texts[F.measures] as string,
      status: 'not_started',
      evidence: [],
      row,
      location: this.location(row),
    };
    if (taskText !== '') entry.taskText = taskText;
    if (match.by === 'text') entry.matchConfidence = match.confidence;
    if ((texts[F.owner] as string) !== '') entry.owner = texts[F.owner] as string;
    const notes: string[] = [];
    const plannedIndex = columnOf(first, F.plannedBy);
    const plannedBy =
      plannedIndex === undefined ? undefined : this.readDate(row, 'plannedBy', cells, plannedIndex, notes);
    if (plannedBy) entry.plannedBy = plannedBy;
    const completedIndex = columnOf(first, F.completedOn);
    const completedOn =
      completedIndex === undefined ? undefined : this.readDate(row, 'completedOn', cells, completedIndex, notes);
    if (completedOn) entry.completedOn = completedOn;

    let narrative = '';
    const progressIndex = columnOf(first, F.progress);
    if (progressIndex !== undefined) {
      const cell = cells[progressIndex];
      const raw = textOf(cell);
      let value: number | undefined;
      if (typeof cell === 'object' && cell.number !== undefined) value = parseProgress(raw, cell.number);
      else if (this.progress.has(raw)) value = this.progress.get(raw);
      else {
        value = parseProgress(raw);
        if (this.progress.size < 5000) this.progress.set(raw, value);
      }
      if (value !== undefined) entry.progress = value;
      const progressText = texts[F.progress] as string;
      if (value === undefined || !/^[\d.%％\s]+$/.test(progressText)) narrative = progressText;
    }

    if (evidenceColumns) {
      const evidence: string[] = [];
      for (const index of evidenceColumns) {
        const cell = cells[index];
        for (const item of splitEvidence(textOf(cell))) if (!evidence.includes(item)) evidence.push(item);
        if (typeof cell === 'object' && cell.url && !evidence.includes(cell.url)) evidence.push(cell.url);
      }
      entry.evidence = evidence;
    }

    if (status === undefined) {
      if (completedOn || entry.progress === 100) status = 'done';
      else if (narrative !== '') status = ctx.readStatus(narrative) ?? 'in_progress';
      else if (entry.progress !== undefined && entry.progress > 0) status = 'in_progress';
      else status = unclear ? 'in_progress' : 'not_started';
    }
    entry.status = status;
    if (unclear) {
      notes.unshift(`完成情况：${statusText}`);
      const index = columnOf(first, F.status) ?? 0;
      this.note(
        'warning',
        'status-unclear',
        `第${row}行${columnLetter(index)}列的完成情况未写明状态，按其他各列判断为“${STATUS_ZH[status]}”`,
        `Row ${row}, column ${columnLetter(index)}: the status text names no status; read as ${status} from the other columns`,
        row,
        index,
      );
    }
    if (narrative !== '') notes.unshift(`进展情况：${narrative}`);
    if ((texts[F.notes] as string) !== '') notes.push(texts[F.notes] as string);
    if (notes.length > 0) entry.notes = notes.join('\n');
    this.part.entries.push(entry);
  }

  private hasTaskColumns(): boolean {
    return this.fieldColumns().some(([field]) => field === 'taskText' || field === 'taskNumber');
  }

  private hasTaskTextColumn(): boolean {
    return this.fieldColumns().some(([field]) => field === 'taskText');
  }
}
