import type { Diagnostic, LedgerEntry, RejectedRow } from '@zwgk/core';

/**
 * Why a row below the header is not a data row: `blank`, `section` (a heading such as
 * `一、围绕中心工作抓好主动公开`, usually merged across the sheet), `header` (the header repeated,
 * e.g. on each printed page) or `footer` (填表说明, 填报人, 审核人 …).
 *
 * @category Import
 * @example
 * ```ts
 * const reason: SkipReason = 'section';
 * ```
 */
export type SkipReason = 'blank' | 'section' | 'header' | 'footer';

/**
 * A row below the header that is not a data row, and why.
 *
 * @category Import
 * @example
 * ```ts
 * const skipped: SkippedRow = { sheet: '台账', row: 4, reason: 'section', text: '一、围绕中心工作抓好主动公开' };
 * ```
 */
export interface SkippedRow {
  sheet?: string;
  row: number;
  reason: SkipReason;
  text?: string;
}

/**
 * What one sheet (or one CSV / JSON file) held: its unit and date when its title rows said so,
 * entries, rejected rows, notes, and the row counts. `dataRows` counts the rows below the header
 * that are neither blank nor a section, repeated header or footer row; each became exactly one
 * entry or one rejected row, so `entries.length + rejected.length === dataRows`.
 *
 * @category Import
 * @example
 * ```ts
 * const part: LedgerPart = {
 *   sheet: '台账', unit: '砀山县', entries: [], rejected: [], diagnostics: [], dataRows: 0, skipped: [],
 * };
 * ```
 */
export interface LedgerPart {
  sheet?: string;
  /** The unit named by the title / 填报单位 line or the sheet name, normalised. */
  unit?: string;
  publishedAt?: string;
  /** 1-based row of the header, when one was found. */
  headerRow?: number;
  entries: LedgerEntry[];
  rejected: RejectedRow[];
  diagnostics: Diagnostic[];
  dataRows: number;
  skipped: SkippedRow[];
}
