// The one public barrel of @zwgk/report. Values first, then types, each listed by name.

export { OFFICIAL_LAYOUT, renderDocx } from './docx/index.js';
export { FULL_MATRIX_MAX_CELLS, renderHtml } from './html/index.js';
export type { ReportLocale, StateLook } from './labels.js';
export {
  entryStatusLabel,
  formatRate,
  OBLIGATION_STATES,
  periodLabel,
  roleLabel,
  ruleLabel,
  severityLabel,
  stateLook,
} from './labels.js';
export type { RenderOptions } from './markdown.js';
export { escapeMarkdownCell, formatFindingsMarkdown, renderMarkdown } from './markdown.js';
export type {
  ReportCell,
  ReportData,
  ReportItem,
  ReportLine,
  ReportMatrix,
  ReportMissingLedger,
  ReportOptions,
  ReportPeriod,
  ReportRecurring,
  ReportRuleGroup,
  ReportSectionMatrix,
  ReportSummary,
  ReportTask,
  ReportTimelinePoint,
} from './model.js';
export { buildReport, summarizeTask } from './model.js';
export type { ReportBlock, ReportChapter, ReportHeadings, ReportTable } from './tables.js';
export {
  dueSoonTable,
  findingsTable,
  formatLocation,
  headingNumber,
  keyFiguresTable,
  missingLedgerTable,
  noneText,
  overdueTable,
  recurringTable,
  reportChapters,
  reportHeadings,
  ruleSummaryTable,
  sectionTable,
  summarySentence,
  timelineTable,
  truncationNote,
  unitTable,
} from './tables.js';
export { renderXlsx } from './xlsx.js';
