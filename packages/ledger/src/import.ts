import type { Diagnostic, Ledger } from '@zwgk/core';
import { normalizeText, normalizeUnitName, ZwgkError } from '@zwgk/core';
import { decodeCsv, readCsvLedger } from './csv.js';
import type { LedgerField } from './headers.js';
import { readJsonLedger } from './json.js';
import { createTaskMatcher } from './match.js';
import { DEFAULT_LIMITS, type ImportLedgerOptions, type LedgerFormat } from './options.js';
import type { LedgerPart } from './result.js';
import type { AssemblerContext } from './table.js';
import { createStatusReader } from './values.js';
import { readXlsxLedger } from './xlsx.js';

/**
 * Everything an import found, before it is folded into one `Ledger` (from `@zwgk/core`): the parts (one per
 * sheet that has a header, or one for a CSV / JSON file), the format and, for CSV, the encoding.
 *
 * @category Import
 * @example
 * ```ts
 * const result: LedgerImportResult = await readLedgerParts(bytes, { fileName: '台账.xlsx' });
 * result.parts.map((p) => [p.sheet, p.dataRows, p.entries.length, p.rejected.length]);
 * ```
 */
export interface LedgerImportResult {
  format: LedgerFormat;
  encoding?: string;
  parts: LedgerPart[];
  diagnostics: Diagnostic[];
}

/**
 * Options of {@link importLedger}: {@link ImportLedgerOptions} plus the file name (used in messages
 * and rejected rows, and to tell the format when `format` is not given).
 *
 * @category Import
 * @example
 * ```ts
 * const options: ImportLedgerBytesOptions = { fileName: '砀山县台账.csv', unit: '砀山县人民政府' };
 * ```
 */
export interface ImportLedgerBytesOptions extends ImportLedgerOptions {
  fileName: string;
  format?: LedgerFormat;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Tells a ledger's format from its first bytes, then its file name: a zip (`PK`) is XLSX, JSON
 * starts with `{` or `[`, and the rest is CSV. An OLE container (old `.xls`, or a workbook
 * encrypted with a password) gets a `ZwgkError` saying what to do.
 *
 * @param bytes - the file's bytes
 * @param fileName - its name
 * @returns the format
 * @category Import
 * @example
 * ```ts
 * detectLedgerFormat(new TextEncoder().encode('{"unit":"x","entries":[]}'), 'a.json'); // 'json'
 * ```
 */
export function detectLedgerFormat(bytes: Uint8Array, fileName: string): LedgerFormat {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw oleError(bytes, fileName);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm') {
    throw new ZwgkError(
      'unsupported-format',
      `${fileName} is not a valid .xlsx workbook (not a zip file): open it in Excel or WPS and save it as .xlsx again / 文件不是有效的 xlsx 工作簿，请用 Excel 或 WPS 重新另存为 .xlsx`,
    );
  }
  if (ext === 'xls' || ext === 'et')
    throw new ZwgkError(
      'unsupported-format',
      `${fileName}: old .xls workbooks are not supported: open it in Excel or WPS and save it as .xlsx / 不支持旧版 .xls 格式，请另存为 .xlsx`,
    );
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] === 0x7b || bytes[i] === 0x5b) return 'json';
  return 'csv';
}

function oleError(bytes: Uint8Array, fileName: string): ZwgkError {
  // An encrypted .xlsx is an OLE container with an "EncryptedPackage" stream (names are UTF-16LE).
  const needle = 'EncryptedPackage';
  const head = bytes.subarray(0, Math.min(bytes.length, 1 << 20));
  let encrypted = false;
  outer: for (let i = 0; i + needle.length * 2 <= head.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (head[i + j * 2] !== needle.charCodeAt(j) || head[i + j * 2 + 1] !== 0) continue outer;
    }
    encrypted = true;
    break;
  }
  return encrypted
    ? new ZwgkError(
        'unsupported-format',
        `${fileName} is protected with a password (encrypted workbook): open it in Excel or WPS, remove the password and save it as .xlsx / 工作簿设置了密码，请取消密码后另存为 .xlsx`,
        { details: { reason: 'encrypted' } },
      )
    : new ZwgkError(
        'unsupported-format',
        `${fileName} is an old binary .xls workbook: open it in Excel or WPS and save it as .xlsx (without a password) / 旧版 .xls 格式不受支持，请另存为 .xlsx`,
        { details: { reason: 'xls' } },
      );
}

function contextFor(options: ImportLedgerBytesOptions): Omit<AssemblerContext, 'sheet' | 'date1904'> {
  const statusWords = [...(options.plugins ?? []).map((p) => p.statusWords), options.statusWords];
  const headerAliases: Partial<Record<LedgerField, string[]>> = {};
  for (const source of [...(options.plugins ?? []).map((p) => p.headerAliases), options.headerAliases]) {
    for (const [field, names] of Object.entries(source ?? {})) {
      const key = field as LedgerField;
      headerAliases[key] = [...(headerAliases[key] ?? []), ...(names ?? [])];
    }
  }
  const ctx: Omit<AssemblerContext, 'sheet' | 'date1904'> = {
    file: options.fileName,
    matcher: createTaskMatcher(options.plan),
    readStatus: createStatusReader(...statusWords),
    headerAliases,
    hasPlan: options.plan !== undefined,
  };
  if (options.plan) {
    ctx.year = options.plan.year;
    ctx.issued = options.plan.issued;
  }
  return ctx;
}

/**
 * Reads a ledger's bytes into its parts (one per sheet), without folding them into one ledger.
 * Use it to see per-sheet counts, skipped rows and units; {@link importLedger} folds the result.
 *
 * @param bytes - the file's bytes
 * @param options - see {@link ImportLedgerBytesOptions}
 * @returns the parts and import-level diagnostics
 * @throws ZwgkError `input-too-large` past the size or decompression limits, `unsupported-format`
 *   for .xls, encrypted, corrupt or headerless files
 * @category Import
 * @example
 * ```ts
 * const { parts } = await readLedgerParts(bytes, { fileName: '台账.xlsx', plan });
 * for (const p of parts) console.log(p.sheet, p.dataRows, p.skipped.length);
 * ```
 */
export async function readLedgerParts(
  bytes: Uint8Array,
  options: ImportLedgerBytesOptions,
): Promise<LedgerImportResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const fileName = options.fileName;
  if (bytes.length > limits.maxFileBytes)
    throw new ZwgkError(
      'input-too-large',
      `${fileName} is ${bytes.length} bytes, more than the limit of ${limits.maxFileBytes} / 文件超过大小上限`,
    );
  const format = options.format ?? detectLedgerFormat(bytes, fileName);
  const ctx = contextFor(options);
  const onProgress = options.onProgress;
  let result: LedgerImportResult;
  switch (format) {
    case 'json': {
      const part = readJsonLedger(new TextDecoder('utf-8').decode(bytes), ctx);
      result = { format, parts: [part], diagnostics: [] };
      break;
    }
    case 'csv': {
      const { text, encoding } = decodeCsv(bytes);
      const part = readCsvLedger(text, ctx, {
        maxRows: limits.maxRows,
        ...(onProgress ? { onProgress: (rows: number) => onProgress({ rows }) } : {}),
      });
      result = { format, encoding, parts: [part], diagnostics: [] };
      break;
    }
    case 'xlsx': {
      const parts = await readXlsxLedger(bytes, ctx, { limits, ...(onProgress ? { onProgress } : {}) });
      result = { format, parts, diagnostics: [] };
      break;
    }
    default: {
      const never: never = format;
      throw new ZwgkError('invalid-argument', `unknown ledger format ${String(never)}`);
    }
  }
  if (format !== 'json' && !result.parts.some((p) => p.headerRow !== undefined)) {
    throw new ZwgkError(
      'unsupported-format',
      `${fileName}: no ledger header row found in the first rows (expected columns such as 序号, 重点任务, 工作措施, 完成状态, 完成时间) / 未找到台账表头`,
    );
  }
  return result;
}

const UNIT_ENDING = /(?:政府|局|委|办|办公室|厅|中心|院|会|馆|所|站|队|处|科|部|县|区|市|镇|乡|街道)$/u;

/**
 * The unit a ledger's file name gives, as offices name the files they collect:
 * `砀山县台账.xlsx`, `02-萧县2024年政务公开重点工作任务台账（6月）.csv`, `市司法局_工作台账.xlsx`.
 * Leading numbers and dates, the year and the words after the unit (台账, 政务公开, 重点工作 …)
 * are dropped; undefined when what is left does not read as a name.
 *
 * @param fileName - the file's name or path
 * @returns the unit, or undefined
 * @category Import
 * @example
 * ```ts
 * unitFromFileName('ledgers/砀山县台账.xlsx'); // '砀山县'
 * unitFromFileName('台账.xlsx'); // undefined
 * ```
 */
export function unitFromFileName(fileName: string): string | undefined {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const text = normalizeText(base).replace(
    /^(?:\d{4}年度?|\d{1,2}月份?|\d{1,2}日|[\d\s._\-—–、，,（）()【】[\]])+/u,
    '',
  );
  const cut =
    /^(.+?)(?:\d{4}年?度?|关于|政务公开|重点工作|重点任务|工作台账|台账|工作任务|任务|清单|进展|落实情况|[_\-—–（(【[])/u.exec(
      text,
    );
  // Without a word such as 台账 after it, the whole name must end as a unit's name does.
  const name = normalizeUnitName(cut?.[1] ?? (UNIT_ENDING.test(text) ? text : ''));
  return name.length >= 2 && name.length <= 30 && /^[\u4e00-\u9fff]/u.test(name) ? name : undefined;
}

/**
 * Folds an import's parts into one `Ledger` (from `@zwgk/core`): entries, rejected rows and notes of every part
 * in order; the unit from `options.unit`, else the first part that names one (title, 填报单位 or
 * sheet name), else a `ZwgkError`.
 *
 * @param result - from {@link readLedgerParts}
 * @param options - the unit given by the caller, if any
 * @returns the ledger
 * @category Import
 * @example
 * ```ts
 * const ledger = foldLedgerParts(await readLedgerParts(bytes, { fileName }), { fileName, unit: '砀山县人民政府' });
 * ```
 */
export function foldLedgerParts(result: LedgerImportResult, options: ImportLedgerBytesOptions): Ledger {
  const parts = result.parts;
  const named = options.unit?.trim() ? normalizeUnitName(options.unit) : parts.find((p) => p.unit)?.unit;
  // Offices name the files they collect by unit (砀山县台账.xlsx): the last place to look.
  const fromFileName = named === undefined ? unitFromFileName(options.fileName) : undefined;
  const unit = named ?? fromFileName;
  if (!unit)
    throw new ZwgkError(
      'invalid-argument',
      `${options.fileName}: the ledger names no unit (no 填报单位 line, title or unit in the file name): give one with --unit / 台账未写明填报单位，请用 --unit 指定`,
    );
  const diagnostics = [...result.diagnostics, ...parts.flatMap((p) => p.diagnostics)];
  if (fromFileName !== undefined)
    diagnostics.push({
      severity: 'warning',
      code: 'unit-from-file-name',
      message: `台账未写明填报单位，按文件名取为“${unit}”`,
      messageEn: `The ledger names no unit; "${unit}" was taken from the file name`,
      location: { file: options.fileName },
    });
  const units = new Set(parts.map((p) => p.unit).filter((u): u is string => u !== undefined));
  if (!options.unit && units.size > 1)
    diagnostics.push({
      severity: 'warning',
      code: 'several-units',
      message: `文件中的工作表属于不同单位（${[...units].join('、')}），已全部计入“${unit}”；可用 importLedgers 分单位读取`,
      messageEn: `Sheets name different units (${[...units].join(', ')}); all were read as "${unit}" (importLedgers splits them)`,
      location: { file: options.fileName },
    });
  const ledger: Ledger = {
    unit,
    source: { file: options.fileName, format: result.format },
    entries: parts.flatMap((p) => p.entries),
    rejected: parts.flatMap((p) => p.rejected),
  };
  const sheets = parts.map((p) => p.sheet).filter((s): s is string => s !== undefined);
  if (sheets.length === 1) ledger.source.sheet = sheets[0] as string;
  const publishedAt = parts.find((p) => p.publishedAt)?.publishedAt;
  if (publishedAt) ledger.publishedAt = publishedAt;
  if (diagnostics.length > 0) ledger.diagnostics = diagnostics;
  return ledger;
}

/**
 * Imports a ledger from bytes (XLSX, CSV or JSON), for embedding where there is no file system.
 * Every data row becomes an entry or a rejected row; nothing is dropped silently.
 *
 * @param bytes - the file's bytes
 * @param options - plan, unit, extra words, limits, and the file name
 * @returns the ledger
 * @throws ZwgkError for unreadable files (see {@link readLedgerParts}) and a missing unit
 * @category Import
 * @example
 * ```ts
 * const ledger = await importLedger(bytes, { fileName: '砀山县台账.xlsx', plan });
 * console.log(ledger.entries.length, ledger.rejected.length);
 * ```
 */
export async function importLedger(bytes: Uint8Array, options: ImportLedgerBytesOptions): Promise<Ledger> {
  return foldLedgerParts(await readLedgerParts(bytes, options), options);
}

/**
 * Imports a workbook whose sheets belong to different units (one sheet per unit, as offices collect
 * them) as one ledger per unit. Sheets naming no unit join the previous unit's ledger, or take
 * `options.unit`.
 *
 * @param bytes - the file's bytes
 * @param options - as for {@link importLedger}
 * @returns one ledger per unit, in sheet order
 * @category Import
 * @example
 * ```ts
 * const ledgers = await importLedgers(bytes, { fileName: '各县区台账汇总.xlsx', plan });
 * ledgers.map((l) => l.unit);
 * ```
 */
export async function importLedgers(bytes: Uint8Array, options: ImportLedgerBytesOptions): Promise<Ledger[]> {
  const result = await readLedgerParts(bytes, options);
  const groups: { unit: string | undefined; parts: LedgerPart[] }[] = [];
  for (const part of result.parts) {
    const unit = part.unit ?? groups.at(-1)?.unit ?? options.unit;
    const group = groups.find((g) => g.unit === unit);
    if (group) group.parts.push(part);
    else groups.push({ unit, parts: [part] });
  }
  return groups.map((g) =>
    foldLedgerParts({ ...result, parts: g.parts }, { ...options, ...(g.unit === undefined ? {} : { unit: g.unit }) }),
  );
}
