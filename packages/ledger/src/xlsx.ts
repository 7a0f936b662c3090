import { Readable } from 'node:stream';
import { normalizeUnitName, ZwgkError } from '@zwgk/core';
import ExcelJS from 'exceljs';
import type { ImportLimits, ImportProgress } from './options.js';
import type { LedgerPart } from './result.js';
import { type AssemblerContext, type RowCell, SheetAssembler, type TableCell } from './table.js';
import { inflateEntry, readZipDirectory, rewriteZip, scanEntry, type ZipEntry } from './zip.js';

/** What the workbook's own XML says about a sheet, read before streaming its rows. @internal */
interface SheetInfo {
  name: string;
  index: number;
  state: string;
  /** Merged ranges, 1-based inclusive. */
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** Hyperlink targets by `row:column`. */
  links: Map<string, string>;
  /** The sheet's part in the zip, when the workbook has one. */
  entry?: ZipEntry;
}

/** What the side read of the zip gives: the date system, each sheet's merges and links, the parts. @internal */
export interface WorkbookInfo {
  date1904: boolean;
  /** Sheets in workbook order. */
  sheets: SheetInfo[];
  entries: Map<string, ZipEntry>;
  workbookEntry: ZipEntry;
}

const decoder = new TextDecoder('utf-8');

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1] as string) : undefined;
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, code: string) => {
    switch (code) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return code[1] === 'x' || code[1] === 'X'
          ? String.fromCodePoint(Number.parseInt(code.slice(2), 16))
          : code.startsWith('#')
            ? String.fromCodePoint(Number(code.slice(1)))
            : whole;
    }
  });
}

function decodeAddress(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function relsTargets(xml: string): Map<string, { target: string; external: boolean }> {
  const out = new Map<string, { target: string; external: boolean }>();
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target !== undefined) out.set(id, { target, external: attr(m[0], 'TargetMode') === 'External' });
  }
  return out;
}

const SHEET_DATA_END = new TextEncoder().encode('</sheetData>');

function indexOf(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0] as number;
  outer: for (
    let i = haystack.indexOf(first, from);
    i >= 0 && i + needle.length <= haystack.length;
    i = haystack.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Collects what follows a marker in a stream of chunks, copying only the few bytes around chunk
 * seams: the part of a sheet after `</sheetData>` (merges, hyperlinks), while the rows before it
 * stream by.
 *
 * @internal
 */
export class TailFinder {
  private carry = new Uint8Array(0);
  private readonly parts: Uint8Array[] = [];
  private found = false;

  constructor(private readonly marker: Uint8Array = SHEET_DATA_END) {}

  push(chunk: Uint8Array): void {
    if (this.found) {
      this.parts.push(chunk);
      return;
    }
    const keep = this.marker.length - 1;
    if (this.carry.length > 0) {
      const seam = new Uint8Array(this.carry.length + Math.min(keep, chunk.length));
      seam.set(this.carry);
      seam.set(chunk.subarray(0, seam.length - this.carry.length), this.carry.length);
      const at = indexOf(seam, this.marker);
      if (at >= 0) {
        this.found = true;
        this.parts.push(seam.subarray(at), chunk.subarray(seam.length - this.carry.length));
        return;
      }
    }
    const at = indexOf(chunk, this.marker);
    if (at >= 0) {
      this.found = true;
      this.parts.push(chunk.slice(at));
      return;
    }
    const joined = new Uint8Array(Math.min(keep, this.carry.length + chunk.length));
    const both = this.carry.length + chunk.length;
    // The last `keep` bytes seen, across this chunk and the carry before it.
    for (let i = 0; i < joined.length; i++) {
      const k = both - joined.length + i;
      joined[i] = (k < this.carry.length ? this.carry[k] : chunk[k - this.carry.length]) as number;
    }
    this.carry = joined;
  }

  /** The text from the marker on, or '' when the marker never came. */
  text(): string {
    const decoder = new TextDecoder('utf-8');
    return this.parts.map((part) => decoder.decode(part, { stream: true })).join('') + decoder.decode();
  }
}

async function sheetTail(bytes: Uint8Array, entry: ZipEntry, fileName: string): Promise<string> {
  const finder = new TailFinder();
  await scanEntry(bytes, entry, fileName, (chunk) => finder.push(chunk));
  return finder.text();
}

/**
 * Checks an .xlsx file's zip directory against the limits, verifies every part inflates to no more
 * than its declared size, and reads what exceljs' streaming reader does not report: the 1904 date
 * flag, sheet names and states, merged ranges (`<mergeCells>`) and hyperlink targets.
 *
 * @internal
 */
export async function inspectWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: Required<ImportLimits>,
): Promise<WorkbookInfo> {
  const entries = readZipDirectory(bytes, fileName, limits);
  const text = (entry: ZipEntry | undefined) =>
    entry ? decoder.decode(inflateEntry(bytes, entry, fileName, true)) : '';
  const workbookEntry = entries.get('xl/workbook.xml');
  if (!workbookEntry) {
    if (entries.has('EncryptedPackage'))
      throw new ZwgkError(
        'unsupported-format',
        `${fileName} is encrypted: remove the password and save it as .xlsx / 工作簿已加密`,
      );
    throw new ZwgkError(
      'unsupported-format',
      `${fileName} is a zip file but not an .xlsx workbook (no xl/workbook.xml): save the ledger as .xlsx / 不是 xlsx 工作簿`,
    );
  }
  const workbookXml = text(workbookEntry);
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbookXml)?.[0] ?? '';
  const flag = attr(pr, 'date1904');
  const date1904 = flag === '1' || flag === 'true';
  const workbookRels = relsTargets(text(entries.get('xl/_rels/workbook.xml.rels')));
  const sheets: SheetInfo[] = [];
  let index = 0;
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name') ?? `Sheet${index + 1}`;
    const rid = attr(m[0], 'r:id');
    const target = rid ? workbookRels.get(rid)?.target : undefined;
    const info: SheetInfo = {
      name,
      index: index++,
      state: attr(m[0], 'state') ?? 'visible',
      merges: [],
      links: new Map(),
    };
    sheets.push(info);
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    const sheetEntry = entries.get(path);
    if (!sheetEntry) continue;
    info.entry = sheetEntry;
    const tail = await sheetTail(bytes, sheetEntry, fileName);
    for (const mc of tail.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)) {
      const [from, to] = (attr(mc[0], 'ref') ?? '').split(':');
      const a = from ? decodeAddress(from) : undefined;
      const b = to ? decodeAddress(to) : a;
      if (a && b) info.merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
    }
    const slash = path.lastIndexOf('/');
    const relsPath = `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
    const sheetRels = tail.includes('hyperlink') ? relsTargets(text(entries.get(relsPath))) : new Map();
    for (const hl of tail.matchAll(/<(?:\w+:)?hyperlink\b[^>]*>/g)) {
      const ref = attr(hl[0], 'ref');
      const hid = attr(hl[0], 'r:id');
      const location = attr(hl[0], 'location');
      const url = hid ? sheetRels.get(hid)?.target : location ? `#${location}` : undefined;
      if (!ref || !url) continue;
      const [from, to] = ref.split(':');
      const a = from ? decodeAddress(from) : undefined;
      const b = to ? decodeAddress(to) : a;
      if (!a || !b) continue;
      for (let r = a.row; r <= Math.min(b.row, a.row + 1000); r++)
        for (let c = a.col; c <= Math.min(b.col, a.col + 50); c++) info.links.set(`${r}:${c}`, url);
    }
  }
  // The other parts exceljs reads must inflate within their declared size too.
  for (const name of ['xl/sharedStrings.xml', 'xl/styles.xml']) {
    const entry = entries.get(name);
    if (entry) await scanEntry(bytes, entry, fileName, () => undefined);
  }
  return { date1904, sheets, entries, workbookEntry };
}

type CellValue = ExcelJS.CellValue;

function toCell(value: CellValue, link: string | undefined): RowCell {
  if (value === null || value === undefined) return link ? { text: link, url: link } : undefined;
  // Plain text, the common case, travels as the string itself: no object per cell.
  if (typeof value === 'string') return link ? { text: value, url: link } : value;
  let cell: TableCell;
  if (typeof value === 'number') cell = { text: String(value), number: value };
  else if (typeof value === 'boolean') cell = { text: value ? 'TRUE' : 'FALSE' };
  else if (value instanceof Date) cell = { text: value.toISOString().slice(0, 10), date: value };
  else if ('richText' in value) cell = { text: value.richText.map((run) => run.text ?? '').join('') };
  else if ('formula' in value || 'sharedFormula' in value) {
    const inner = toCell((value as { result?: CellValue }).result ?? null, undefined);
    cell = { ...(typeof inner === 'string' ? { text: inner } : (inner ?? { text: '' })), formula: true };
  } else if ('error' in value) cell = { text: String(value.error) };
  else if ('hyperlink' in value) {
    const text = typeof value.text === 'string' ? value.text : '';
    cell = { text, url: value.hyperlink };
  } else cell = { text: String(value) };
  if (link && cell.url === undefined) cell.url = link;
  return cell;
}

interface StreamedSheet {
  [Symbol.asyncIterator](): AsyncGenerator<ExcelJS.Row>;
}

/**
 * Lays a workbook out the way exceljs' streaming reader needs it: relationships, workbook, shared
 * strings and styles first, then the sheets in workbook order under plain names
 * (`xl/worksheets/sheet1.xml` …), then an empty last part. The compressed bytes are copied, not
 * recompressed. Excel and exceljs itself store `xl/workbook.xml` or the shared strings after the
 * sheets, which makes the reader park sheets in temporary files, and its single streaming pass
 * sometimes loses the last part of the archive (exceljs issue #3064), so the last part here is
 * padding and every sheet is accounted for.
 *
 * @internal
 */
export function streamingLayout(bytes: Uint8Array, info: WorkbookInfo): { zip: Uint8Array; sheets: SheetInfo[] } {
  const parts: { name: string; entry: ZipEntry }[] = [];
  const rels = info.entries.get('xl/_rels/workbook.xml.rels');
  if (rels) parts.push({ name: 'xl/_rels/workbook.xml.rels', entry: rels });
  parts.push({ name: 'xl/workbook.xml', entry: info.workbookEntry });
  for (const name of ['xl/sharedStrings.xml', 'xl/styles.xml']) {
    const entry = info.entries.get(name);
    if (entry) parts.push({ name, entry });
  }
  const sheets = info.sheets.filter((sheet) => sheet.entry !== undefined);
  sheets.forEach((sheet, i) => {
    parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, entry: sheet.entry as ZipEntry });
  });
  parts.push({
    name: 'zwgk-end.txt',
    entry: { name: 'zwgk-end.txt', method: 0, compressedSize: 0, size: 0, crc: 0, dataOffset: 0 },
  });
  return { zip: rewriteZip(bytes, parts), sheets };
}

/**
 * Reads an .xlsx ledger: limits, merges and links first through {@link inspectWorkbook}, then the
 * rows through exceljs' streaming reader (`ExcelJS.stream.xlsx.WorkbookReader`) over
 * {@link streamingLayout}, merged cells filled into every row they span, one {@link LedgerPart}
 * per visible sheet with a header, in workbook order.
 *
 * @internal
 */
export async function readXlsxLedger(
  bytes: Uint8Array,
  ctx: Omit<AssemblerContext, 'sheet' | 'date1904'>,
  options: { limits: Required<ImportLimits>; onProgress?: (progress: ImportProgress) => void },
): Promise<LedgerPart[]> {
  const fileName = ctx.file ?? 'workbook';
  const info = await inspectWorkbook(bytes, fileName, options.limits);
  const { zip, sheets } = streamingLayout(bytes, info);
  const parts: LedgerPart[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength)]),
    { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' },
  );
  let rowsRead = 0;
  let emitted = 0;
  try {
    for await (const streamed of reader as AsyncIterable<unknown>) {
      const sheet = streamed as StreamedSheet;
      // Sheets arrive in the order streamingLayout stored them: workbook order.
      const sheetInfo = sheets[emitted++];
      if (sheetInfo?.state !== 'visible') {
        for await (const _row of sheet) {
          // Drain a hidden sheet (lists behind drop-downs, helper tables) without reading it.
        }
        continue;
      }
      const name = sheetInfo.name;
      const assembler = new SheetAssembler({ ...ctx, sheet: name, date1904: info.date1904 });
      const links = sheetInfo.links;
      // Merged ranges by their first row; while a range is open its first cell fills the rows below.
      const starting = new Map<number, SheetInfo['merges']>();
      for (const merge of sheetInfo.merges) {
        const list = starting.get(merge.top) ?? [];
        list.push(merge);
        starting.set(merge.top, list);
      }
      let open: { left: number; bottom: number; right: number; value: RowCell }[] = [];
      let overflow = 0;
      for await (const row of sheet) {
        rowsRead++;
        const r = row.number;
        if (assembler.part.dataRows >= options.limits.maxRows) {
          overflow++;
          continue;
        }
        const values = row.values as CellValue[];
        const cells: RowCell[] = [];
        for (let c = 1; c < values.length; c++) {
          const link = links.size > 0 ? links.get(`${r}:${c}`) : undefined;
          cells[c - 1] = toCell(values[c] ?? null, link);
        }
        if (open.length > 0) open = open.filter((m) => m.bottom >= r);
        for (const m of open) for (let c = m.left; c <= m.right; c++) cells[c - 1] = m.value;
        for (const m of starting.get(r) ?? []) {
          const value = cells[m.left - 1];
          for (let c = m.left + 1; c <= m.right; c++) cells[c - 1] = value;
          if (m.bottom > r) open.push({ left: m.left, bottom: m.bottom, right: m.right, value });
        }
        assembler.push(r, cells);
        if (options.onProgress && rowsRead % 1000 === 0) options.onProgress({ rows: rowsRead, sheet: name });
      }
      if (overflow > 0) {
        assembler.part.dataRows++;
        assembler.part.rejected.push({
          file: fileName,
          sheet: name,
          row: options.limits.maxRows + 1,
          code: 'too-many-rows',
          reason: `超过行数上限 ${options.limits.maxRows}，其后的 ${overflow} 行未读取`,
          reasonEn: `More than ${options.limits.maxRows} data rows; the ${overflow} rows after them were not read`,
        });
      }
      const part = assembler.finish();
      if (!part.unit && looksLikeUnit(name)) part.unit = normalizeUnitName(name);
      if (part.headerRow === undefined && part.entries.length === 0 && part.rejected.length === 0) continue;
      parts.push(part);
    }
  } catch (error) {
    if (error instanceof ZwgkError) throw error;
    throw new ZwgkError(
      'unsupported-format',
      `${fileName} could not be read as an .xlsx workbook (${(error as Error).message}): open it in Excel or WPS and save it as .xlsx again / 无法读取工作簿`,
      { cause: error },
    );
  }
  if (emitted !== sheets.length)
    throw new ZwgkError(
      'unsupported-format',
      `${fileName}: only ${emitted} of its ${sheets.length} sheets could be read; open it in Excel or WPS and save it as .xlsx again / 工作表未能全部读取`,
    );
  return parts;
}

const UNIT_SUFFIX =
  /(?:人民政府|政府|办公室|委员会|局|委|办|院|厅|署|中心|县|区|市|镇|乡|街道|管委会|公司|所|队|站|馆)$/;

/**
 * Whether a sheet name looks like a unit's name (`砀山县`, `市财政局`) rather than a generic one
 * (`Sheet1`, `台账`, `2024年`).
 *
 * @param name - the sheet name
 * @returns whether to read it as a unit
 * @category Import
 * @example
 * ```ts
 * looksLikeUnit('市财政局'); // true
 * looksLikeUnit('Sheet1'); // false
 * ```
 */
export function looksLikeUnit(name: string): boolean {
  const n = normalizeUnitName(name);
  if (n.length < 2 || n.length > 30 || /^sheet\d*$/i.test(n) || /台账|清单|工作表|说明|汇总|任务/.test(n)) return false;
  return UNIT_SUFFIX.test(n);
}
