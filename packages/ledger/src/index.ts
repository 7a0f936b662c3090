// The one public barrel of @zwgk/ledger. Values first, then types, each listed by name.

export type { CsvEncoding } from './csv.js';
export { decodeCsv, detectCsvEncoding } from './csv.js';
export { importLedgerFile, readLedgerFileParts } from './file.js';
export type { LedgerField } from './headers.js';
export { HEADER_ALIASES, matchHeader } from './headers.js';
export type { ImportLedgerBytesOptions, LedgerImportResult } from './import.js';
export {
  detectLedgerFormat,
  foldLedgerParts,
  importLedger,
  importLedgers,
  readLedgerParts,
  unitFromFileName,
} from './import.js';
export type { TaskMatch, TaskMatcher } from './match.js';
export { createTaskMatcher, parseTaskReference, TEXT_MATCH_THRESHOLD, textSimilarity } from './match.js';
export type {
  ImportLedgerOptions,
  ImportLimits,
  ImportProgress,
  LedgerFormat,
  LedgerPluginLike,
} from './options.js';
export { DEFAULT_LIMITS } from './options.js';
export type { LedgerPart, SkippedRow, SkipReason } from './result.js';
export type { TableCell } from './table.js';
export { columnLetter, HEADER_SEARCH_ROWS, readTitleRow } from './table.js';
export type { LedgerTemplateOptions, TemplateTask } from './template.js';
export { TEMPLATE_STATUS_WORDS, unitTasks, writeLedgerTemplate } from './template.js';
export type { LedgerDateOptions, StatusReader } from './values.js';
export {
  createStatusReader,
  DEFAULT_STATUS_WORDS,
  excelSerialToIso,
  isoFromParts,
  parseLedgerDate,
  parseProgress,
  splitEvidence,
} from './values.js';
export { looksLikeUnit } from './xlsx.js';
export type { ZipEntry, ZipLimits } from './zip.js';
export { readZipDirectory } from './zip.js';
