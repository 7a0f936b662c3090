import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Ledger } from '@zwgk/core';
import { ZwgkError } from '@zwgk/core';
import { importLedger, type LedgerImportResult, readLedgerParts } from './import.js';
import { DEFAULT_LIMITS, type ImportLedgerOptions } from './options.js';

async function readLedgerBytes(file: string, options: ImportLedgerOptions): Promise<Uint8Array> {
  const maxFileBytes = options.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new ZwgkError('not-found', `${file} is a directory, not a ledger file / 不是文件`);
    size = info.size;
  } catch (error) {
    if (error instanceof ZwgkError) throw error;
    throw new ZwgkError(
      'not-found',
      `cannot read ledger ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message} / 无法读取台账文件`,
      { cause: error },
    );
  }
  if (size > maxFileBytes)
    throw new ZwgkError(
      'input-too-large',
      `${file} is ${size} bytes, more than the limit of ${maxFileBytes} / 文件超过大小上限`,
    );
  return readFile(file);
}

/**
 * Imports a unit's work ledger (工作台账) from a file: `.xlsx` (streamed), `.csv` (UTF-8, GBK /
 * GB18030 or UTF-16, detected) or `.json` (the Ledger schema, or an array of entries). Every data
 * row becomes an entry or a rejected row with file, sheet, row, column and reason.
 *
 * @param file - path of the ledger
 * @param options - plan to match tasks, unit, extra status words and header aliases, limits
 * @returns the ledger
 * @throws ZwgkError `not-found`, `input-too-large` (size or decompression limits, zip bombs),
 *   `unsupported-format` (.xls, password-protected, corrupt, no header), `invalid-argument` (no unit)
 * @category Import
 * @example
 * ```ts
 * import { importLedgerFile } from '@zwgk/ledger';
 *
 * const ledger = await importLedgerFile('砀山县台账.xlsx', { plan });
 * console.log(ledger.unit, ledger.entries.length, ledger.rejected.length);
 * ```
 */
export async function importLedgerFile(file: string, options: ImportLedgerOptions = {}): Promise<Ledger> {
  const bytes = await readLedgerBytes(file, options);
  return importLedger(bytes, { ...options, fileName: basename(file) });
}

/**
 * Like {@link importLedgerFile} but returns the per-sheet parts (counts, skipped rows, units) from
 * {@link readLedgerParts} instead of one folded ledger.
 *
 * @param file - path of the ledger
 * @param options - as for {@link importLedgerFile}
 * @returns the parts
 * @category Import
 * @example
 * ```ts
 * const { parts } = await readLedgerFileParts('台账.xlsx', {});
 * parts[0]?.skipped; // [{ row: 4, reason: 'section', … }]
 * ```
 */
export async function readLedgerFileParts(
  file: string,
  options: ImportLedgerOptions = {},
): Promise<LedgerImportResult> {
  const bytes = await readLedgerBytes(file, options);
  return readLedgerParts(bytes, { ...options, fileName: basename(file) });
}
