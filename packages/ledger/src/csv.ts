import type { CsvError } from 'csv-parse/sync';
import { parse } from 'csv-parse/sync';
import type { LedgerPart } from './result.js';
import { type AssemblerContext, SheetAssembler } from './table.js';

/**
 * A text encoding a CSV ledger may come in.
 *
 * @category Import
 * @example
 * ```ts
 * const encoding: CsvEncoding = 'gb18030';
 * ```
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Detects the encoding of CSV bytes: a byte order mark (UTF-8, UTF-16 LE/BE) decides; UTF-16
 * without one is recognised by its zero bytes; else valid UTF-8 is UTF-8 and anything else is
 * GB18030 (a superset of GBK and GB2312, what Excel and WPS in China save).
 *
 * @param bytes - the file's bytes
 * @returns the encoding and the length of the byte order mark
 * @category Import
 * @example
 * ```ts
 * detectCsvEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])); // { encoding: 'utf-8', bom: 3 }
 * detectCsvEncoding(new Uint8Array([0xd0, 0xf2, 0xba, 0xc5])); // { encoding: 'gb18030', bom: 0 }
 * ```
 */
export function detectCsvEncoding(bytes: Uint8Array): { encoding: CsvEncoding; bom: number } {
  const { encoding, bom } = sniff(bytes);
  if (encoding) return { encoding, bom };
  return { encoding: decodeUtf8(bytes) === undefined ? 'gb18030' : 'utf-8', bom: 0 };
}

// What the first bytes tell: a byte order mark, or UTF-16 by its zero bytes; else undecided.
function sniff(bytes: Uint8Array): { encoding?: CsvEncoding; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZero++ : oddZero++;
  const half = sample.length / 2;
  if (half > 4 && oddZero > half * 0.2 && evenZero < half * 0.05) return { encoding: 'utf-16le', bom: 0 };
  if (half > 4 && evenZero > half * 0.2 && oddZero < half * 0.05) return { encoding: 'utf-16be', bom: 0 };
  return { bom: 0 };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes CSV bytes to text with {@link detectCsvEncoding}.
 *
 * @param bytes - the file's bytes
 * @returns the text and the encoding used
 * @category Import
 * @example
 * ```ts
 * decodeCsv(new Uint8Array([0xd6, 0xd0])).text; // '中'
 * ```
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const { encoding, bom } = sniff(bytes);
  if (encoding) return { text: new TextDecoder(encoding).decode(bytes.subarray(bom)), encoding };
  // Valid UTF-8 is UTF-8 (decoded once); anything else is what Excel and WPS in China save: GB18030.
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}

function detectDelimiter(text: string): string {
  const head = text.slice(0, 8192).split(/\r?\n/).slice(0, 20).join('\n');
  const count = (ch: string) => head.split(ch).length - 1;
  const candidates: [string, number][] = [
    [',', count(',')],
    ['\t', count('\t')],
    [';', count(';')],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  return (candidates[0] as [string, number])[1] > 0 ? (candidates[0] as [string, number])[0] : ',';
}

/**
 * Reads a CSV ledger's text into one {@link LedgerPart}. Quotes and column counts are relaxed;
 * a record csv-parse cannot read becomes a rejected row in its place.
 *
 * @internal
 */
export function readCsvLedger(
  text: string,
  ctx: AssemblerContext,
  options: { maxRows: number; onProgress?: (rows: number) => void },
): LedgerPart {
  const assembler = new SheetAssembler(ctx);
  // Records csv-parse had to skip, by how many good records came before them. (An on_record
  // callback would number them as they come, but costs more than the parse itself.)
  const skipped: { after: number; message: string; raw?: string }[] = [];
  const records = parse(text, {
    delimiter: detectDelimiter(text),
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    bom: true,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      const after = (error as { records?: number } | undefined)?.records ?? 0;
      skipped.push({ after, message: error?.message ?? 'malformed record', ...(raw === undefined ? {} : { raw }) });
      return undefined;
    },
  }) as string[][];
  let row = 0;
  let next = 0;
  const rejectSkipped = (skip: (typeof skipped)[number]) => {
    row++;
    if (!assembler.hasHeader) return;
    assembler.part.dataRows++;
    assembler.part.rejected.push({
      ...(ctx.file === undefined ? {} : { file: ctx.file }),
      row,
      code: 'csv-malformed',
      reason: `CSV 记录格式错误，无法读取：${skip.message}`,
      reasonEn: `Malformed CSV record: ${skip.message}`,
      ...(skip.raw === undefined ? {} : { values: [skip.raw.slice(0, 500)] }),
    });
  };
  const limit = Math.min(records.length, options.maxRows);
  for (let i = 0; i < limit; i++) {
    while (next < skipped.length && (skipped[next] as (typeof skipped)[number]).after <= i)
      rejectSkipped(skipped[next++] as (typeof skipped)[number]);
    row++;
    assembler.push(row, records[i] as string[]);
    if (options.onProgress && row % 1000 === 0) options.onProgress(row);
  }
  if (records.length > options.maxRows) {
    const left = records.length - options.maxRows;
    assembler.part.dataRows++;
    assembler.part.rejected.push({
      ...(ctx.file === undefined ? {} : { file: ctx.file }),
      row: row + 1,
      code: 'too-many-rows',
      reason: `超过行数上限 ${options.maxRows}，其后的 ${left} 行未读取`,
      reasonEn: `More than ${options.maxRows} rows; the ${left} rows after them were not read`,
    });
  } else {
    while (next < skipped.length) rejectSkipped(skipped[next++] as (typeof skipped)[number]);
  }
  return assembler.finish();
}
