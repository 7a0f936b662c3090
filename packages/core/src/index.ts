// The one public barrel of @zwgk/core. Values first, then types, each listed by name.

// --- calendar and deadlines ---
export type { CalendarOptions, CalendarYear, WorkingCalendar } from './calendar/calendar.js';
export { CalendarYearSchema, mergeCalendars, WorkingCalendarSchema } from './calendar/calendar.js';
export { CN_MAINLAND_CALENDAR } from './calendar/cn-mainland.js';
export { todayInShanghai } from './calendar/today.js';
export { addWorkingDays, calendarYears, isWorkingDay, workingDaysBetween } from './calendar/working-days.js';
// --- compliance: directory, plugins, rules, engine ---
export type {
  CheckOptions,
  CheckSettings,
  LocatedEntry,
  ObligationContext,
  RuleContext,
  UnitLedgers,
} from './compliance/index.js';
export {
  buildScorecard,
  builtinRules,
  checkCompliance,
  completedLate,
  doneWithoutEvidence,
  dueSoon,
  eventDates,
  leadSilent,
  ledgerMissing,
  overdue,
  recurringMissed,
  scoreLine,
  sortFindings,
  staleProgress,
  statusInconsistent,
  taskNumberKey,
  taskUncovered,
  unknownTask,
  unknownUnit,
} from './compliance/index.js';
export { parseDeadline } from './deadline/parse-deadline.js';
export { recurringPeriods } from './deadline/recurring-periods.js';
export { resolveDeadline } from './deadline/resolve-deadline.js';
export type { DeadlineContext, DeadlineParse, DeadlinePattern, ResolveContext } from './deadline/types.js';
export type { DirectoryIndex, UnitMatch } from './directory/index.js';
export { createDirectory, expandUnit } from './directory/index.js';
export type { ZwgkErrorCode } from './errors.js';
export { isZwgkError, ZWGK_ERROR_CODES, ZwgkError } from './errors.js';
export type {
  Assignment,
  Catalogue,
  CheckResult,
  Column,
  ColumnKind,
  DayKind,
  Deadline,
  DeadlineKind,
  Diagnostic,
  Directory,
  DirectoryGroup,
  DirectoryUnit,
  Entry,
  EntryStatus,
  Finding,
  IsoDate,
  Ledger,
  LedgerEntry,
  Location,
  Obligation,
  ObligationState,
  Plan,
  RejectedRow,
  RelativeFrom,
  Requirement,
  Role,
  SchemaName,
  Scorecard,
  ScoreLine,
  Section,
  Severity,
  Site,
  Span,
  Task,
  TrafficLight,
} from './model/index.js';
export {
  AssignmentSchema,
  CatalogueSchema,
  CheckResultSchema,
  ColumnKindSchema,
  ColumnSchema,
  DayKindSchema,
  DeadlineSchema,
  DiagnosticSchema,
  DirectoryGroupSchema,
  DirectorySchema,
  DirectoryUnitSchema,
  EntrySchema,
  EntryStatusSchema,
  FindingSchema,
  IsoDateSchema,
  isSchemaName,
  jsonSchemaOf,
  LedgerEntrySchema,
  LedgerSchema,
  LocationSchema,
  ObligationSchema,
  ObligationStateSchema,
  PlanSchema,
  RejectedRowSchema,
  RelativeFromSchema,
  RequirementSchema,
  RoleSchema,
  SCHEMA_NAMES,
  ScorecardSchema,
  ScoreLineSchema,
  SectionSchema,
  SeveritySchema,
  SiteSchema,
  SpanSchema,
  TaskSchema,
  TrafficLightSchema,
} from './model/index.js';
// --- plan text parser ---
export type { LeadRule } from './plan/clauses.js';
// --- plan inputs (encodings, HTML, DOCX) ---
export type {
  DecodedText,
  DocxLimits,
  DocxText,
  ParsePlanInputOptions,
  PlanFormat,
  TextEncodingName,
} from './plan/input/index.js';
export { DEFAULT_DOCX_LIMITS, decodeText, docxToPlanText, htmlToPlanText, parsePlan } from './plan/input/index.js';
export type { ParsePlanOptions } from './plan/parse-plan-text.js';
export { parsePlanText } from './plan/parse-plan-text.js';
export type { RequirementContext } from './plan/requirements.js';
export { extractRequirements } from './plan/requirements.js';
export type { UnitList, UnitName } from './plan/units.js';
export { looksLikeUnit, splitUnits } from './plan/units.js';
export type { PluginInput, Rule, RuleFinding, ZwgkPlugin } from './plugin.js';
export { definePlugin, isPlugin, loadPlugin, PLUGIN_API_VERSION, PLUGIN_BRAND } from './plugin.js';
export { parseChineseNumber } from './text/chinese-number.js';
export { escapeHtml, escapeSpreadsheetCell } from './text/escape.js';
export {
  normalizeText,
  normalizeUnitName,
  stripPinyinAnnotations,
  toHalfWidthAlnum,
  toSimplifiedChinese,
} from './text/normalize.js';
