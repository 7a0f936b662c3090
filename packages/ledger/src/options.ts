import type { EntryStatus, Plan } from '@zwgk/core';
import type { LedgerField } from './headers.js';

/**
 * The input formats a ledger can be read from.
 *
 * @category Import
 * @example
 * ```ts
 * const format: LedgerFormat = 'xlsx';
 * ```
 */
export type LedgerFormat = 'xlsx' | 'csv' | 'json';

/**
 * Limits that protect an import from hostile or broken files. Every limit is in bytes except
 * `maxCompressionRatio` (uncompressed ÷ compressed size of a workbook) and `maxRows`.
 *
 * @category Import
 * @example
 * ```ts
 * const limits: ImportLimits = { maxFileBytes: 50 * 1024 * 1024 };
 * ```
 */
export interface ImportLimits {
  /** Largest file accepted at all (default 256 MiB). */
  maxFileBytes?: number;
  /** Largest total uncompressed size of the parts of an XLSX file (default 1 GiB). */
  maxUncompressedBytes?: number;
  /** Largest ratio of uncompressed to compressed size of an XLSX file (default 200). */
  maxCompressionRatio?: number;
  /** Most data rows read from one file; later rows become one rejected row (default 2,000,000). */
  maxRows?: number;
}

/**
 * The default {@link ImportLimits}.
 *
 * @category Import
 * @example
 * ```ts
 * DEFAULT_LIMITS.maxCompressionRatio; // 200
 * ```
 */
export const DEFAULT_LIMITS: Readonly<Required<ImportLimits>> = {
  maxFileBytes: 256 * 1024 * 1024,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxRows: 2_000_000,
};

/**
 * What a ledger plugin may add to the importer: more status words and more header aliases.
 * A `definePlugin(...)` object from `@zwgk/core` fits here as it is.
 *
 * @category Import
 * @example
 * ```ts
 * const plugin: LedgerPluginLike = { statusWords: { 已办结: 'done' }, headerAliases: { completedOn: ['办结时间'] } };
 * ```
 */
export interface LedgerPluginLike {
  statusWords?: Readonly<Record<string, EntryStatus>>;
  headerAliases?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Progress of a long import, reported about every 1,000 rows.
 *
 * @category Import
 * @example
 * ```ts
 * const onProgress = (p: ImportProgress) => console.error(`${p.rows} rows`);
 * ```
 */
export interface ImportProgress {
  /** Rows read so far (all rows, data or not). */
  rows: number;
  /** The sheet being read, for workbooks. */
  sheet?: string;
}

/**
 * Options of {@link importLedgerFile} and {@link importLedger}.
 *
 * - `plan`: the plan to match rows to (by number, else by text similarity); its year completes
 *   dates written without one (`6月30日`).
 * - `unit`: the unit the ledger belongs to; else it is read from the title / 填报单位 line, a
 *   sheet named after a unit, or the JSON.
 * - `statusWords`, `headerAliases`, `plugins`: more words for statuses and header cells.
 * - `limits`: see {@link ImportLimits}; `onProgress`: called during long imports.
 *
 * @category Import
 * @example
 * ```ts
 * const options: ImportLedgerOptions = { unit: '砀山县人民政府', statusWords: { 已办结: 'done' } };
 * ```
 */
export interface ImportLedgerOptions {
  plan?: Plan;
  unit?: string;
  statusWords?: Record<string, EntryStatus>;
  headerAliases?: Partial<Record<LedgerField, readonly string[]>>;
  plugins?: ReadonlyArray<LedgerPluginLike>;
  limits?: ImportLimits;
  onProgress?: (progress: ImportProgress) => void;
}
