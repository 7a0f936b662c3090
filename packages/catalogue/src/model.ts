import type { ColumnKind, Diagnostic, Finding, Location, Severity } from '@zwgk/core';

/**
 * One record of a catalogue in its JSON Lines form: `{"type":"site"|"column"|"entry", …}` (see
 * `Site`, `Column` and `Entry` in `@zwgk/core`). Records come from outside, so the validator
 * accepts any value here and reports the ones that do not have the right shape.
 *
 * @category Input
 * @example
 * ```ts
 * const record: CatalogueRecord = { type: 'column', id: 'zcwj', name: '政策文件', parent: 'fdzdgknr' };
 * ```
 */
export type CatalogueRecord = Record<string, unknown>;

/**
 * A period used by the staleness thresholds: whole months and/or days.
 *
 * @category Settings
 * @example
 * ```ts
 * const twoWeeks: Period = { days: 14 };
 * const halfYear: Period = { months: 6 };
 * ```
 */
export interface Period {
  months?: number;
  days?: number;
}

/**
 * What a rule's findings are set to: a severity, or `'off'` to silence the rule.
 *
 * @category Settings
 * @example
 * ```ts
 * const level: RuleLevel = 'off';
 * ```
 */
export type RuleLevel = Severity | 'off';

/**
 * The thresholds and switches of the catalogue rules. Every field has a default taken from the
 * national rules (see {@link DEFAULT_CATALOGUE_SETTINGS}); pass only what you change.
 *
 * @category Settings
 * @example
 * ```ts
 * const settings: Partial<CatalogueSettings> = { maxDepth: 5, interpretationWorkingDays: 5 };
 * ```
 */
export interface CatalogueSettings {
  /** A column of this kind is stale when its newest entry is older than the period (动态 2 weeks, 通知公告/政策文件 6 months). */
  staleAfter: Partial<Record<ColumnKind, Period>>;
  /** Most levels of columns allowed (top level = 1). */
  maxDepth: number;
  /** Working days allowed from 成文日期 to 发布日期 (条例 art. 26: 20). */
  publicationWorkingDays: number;
  /** Working days an interpretation may follow its policy (a local rule; 3 in several cities). */
  interpretationWorkingDays: number;
  /**
   * Accepted shapes of 索引号, as regular expressions (strings are compiled). A named group `year`
   * (and optionally `month`) lets the validator check the year against the publication date.
   */
  indexNumberPatterns: ReadonlyArray<RegExp | string>;
  /** Check that the year in the 索引号 is the publication year (or, leniently, the year it was made). */
  indexNumberYearCheck: 'published' | 'published-or-written' | 'off';
  /** Fields a policy document must carry (rule `metadata-missing`). */
  policyRequiredFields: ReadonlyArray<'docNo' | 'writtenOn' | 'publisher' | 'validity' | 'indexNo'>;
  /** Column kinds whose entries must have a body when the catalogue carries bodies. */
  bodyExpectedKinds: readonly ColumnKind[];
  /** Single-veto threshold: this many stale columns fail the website check. */
  vetoStaleColumns: number;
  /** Single-veto threshold: this many blank columns fail the website check. */
  vetoBlankColumns: number;
  /**
   * When a column counts as "long not updated" (长期未更新) for the third single-veto condition:
   * its newest entry is older than this period at `asOf` (default 12 months; 国办秘函〔2019〕19号
   * gives no figure, so the period is a setting).
   */
  longNotUpdatedAfter: Period;
  /** Column kinds that are expected to be updated and so can be "long not updated". */
  longNotUpdatedKinds: readonly ColumnKind[];
  /** Single-veto threshold: this many long-not-updated columns fail the website check. */
  vetoLongNotUpdatedColumns: number;
  /** Findings kept per rule; the rest are only counted (stats say how many were dropped). */
  maxFindingsPerRule: number;
  /** Longest JSON Lines line read, in UTF-16 units; longer lines become an `invalid-record` finding. */
  maxLineLength: number;
  /** Severity per rule id, or `'off'`; overrides the rule's own. */
  severity: Readonly<Record<string, RuleLevel>>;
}

/**
 * A mandatory column of a profile: found when a column's name contains one of `names` or (when
 * given) the column is of one of `kinds`.
 *
 * @category Profiles
 * @example
 * ```ts
 * const budget: RequiredColumn = { id: 'budget', label: '财政预决算', labelEn: 'Budgets and final accounts', names: ['预决算', '预算', '决算'] };
 * ```
 */
export interface RequiredColumn {
  /** A stable id for the requirement (used in findings' data). */
  id: string;
  /** What is required, in Chinese, as the message names it. */
  label: string;
  /** The same in English. */
  labelEn: string;
  /** Substrings of column names (compared without spaces) that satisfy the requirement. */
  names: readonly string[];
  /** Column kinds that satisfy the requirement whatever the name. */
  kinds?: readonly ColumnKind[];
  /** Where the duty comes from (e.g. 条例第二十条第（一）项). */
  basis?: string;
}

/**
 * A profile: which columns a catalogue must have, which document types need an interpretation,
 * settings that differ from the national defaults, and extra rules. Provinces and counties add
 * their own with {@link registerProfile} or pass one directly as `options.profile`.
 *
 * @category Profiles
 * @example
 * ```ts
 * const anhui: CatalogueProfile = {
 *   name: 'anhui',
 *   requiredColumns: [...nationalProfile.requiredColumns, { id: 'xzgfxwj', label: '行政规范性文件', labelEn: 'Normative documents', names: ['规范性文件'] }],
 *   interpretationDocTypes: ['规范性文件', '政府规章'],
 * };
 * ```
 */
export interface CatalogueProfile {
  /** The name used by `--profile`. */
  name: string;
  /** A one-line description. */
  description?: string;
  requiredColumns: readonly RequiredColumn[];
  /** Values of `docType` whose entries need an interpretation (三同步). */
  interpretationDocTypes: readonly string[];
  /** Settings this profile changes from the defaults (the caller's settings still win). */
  settings?: Partial<CatalogueSettings>;
  /** Extra rules run beside the built-in ones. */
  rules?: readonly CatalogueRule[];
}

/**
 * A column as the validator knows it after reading the catalogue.
 *
 * @category Rules
 * @example
 * ```ts
 * function isEmptyLeaf(c: ColumnInfo) { return c.entryCount === 0 && c.childCount === 0; }
 * ```
 */
export interface ColumnInfo {
  id: string;
  name: string;
  parent: string | null;
  /** The kind given, or inferred from the name. */
  kind: ColumnKind;
  /** Whether `kind` was inferred. */
  kindInferred: boolean;
  note: string | null;
  /** Column names from the top, joined with ` > `. */
  path: string;
  /** 1 for a top-level column. */
  depth: number;
  childCount: number;
  entryCount: number;
  /** Newest valid 发布日期 of the column's own entries. */
  latestPublishedOn: string | null;
  location: Location;
}

/**
 * An entry after reading: ids as strings, blank strings and nulls as absent, the ISO dates read.
 *
 * @category Rules
 * @example
 * ```ts
 * function hasDocNo(e: EntryInfo) { return e.docNo !== undefined; }
 * ```
 */
export interface EntryInfo {
  id: string;
  column: string;
  title: string;
  url?: string;
  indexNo?: string;
  publisher?: string;
  docNo?: string;
  docType?: string;
  writtenOn?: string;
  publishedOn?: string;
  validity?: string;
  effectiveOn?: string;
  repealedOn?: string;
  interpretationOf?: string;
  body?: string;
  /** 索引号 folded for comparison (half-width, no spaces, upper-case), see `normalizeIndexNumber`. */
  indexKey?: string;
  /**
   * `indexKey` read in the default 索引号 shape, as `parseDefaultIndexNumber` returns it (-1 when
   * not in that shape); worked out once when the entry is read. Absent means not worked out.
   */
  indexShape?: number;
  /** The valid ISO dates of the date fields (absent when missing or not ISO). */
  dates: Partial<Record<DateField, string>>;
  /** The entry's column, when it was declared before the entry. */
  columnInfo: ColumnInfo | undefined;
  /** Where the entry is in the input. */
  location: Location;
  /** 1-based position among the records. */
  ordinal: number;
}

/**
 * The date fields of an entry.
 *
 * @category Rules
 * @example
 * ```ts
 * const f: DateField = 'publishedOn';
 * ```
 */
export type DateField = 'writtenOn' | 'publishedOn' | 'effectiveOn' | 'repealedOn';

/**
 * A finding as a rule reports it; the validator adds the rule id, the severity and the column path.
 *
 * @category Rules
 * @example
 * ```ts
 * const r: FindingReport = { message: '栏目为空', messageEn: 'The column is empty', column: 'c1' };
 * ```
 */
export interface FindingReport {
  message: string;
  messageEn: string;
  /** Overrides the rule's severity for this finding (the settings still win). */
  severity?: Severity;
  /** The entry concerned: its id, title, URL and location go into the finding. */
  entry?: EntryInfo;
  /** The column concerned (for entries, their column is used). */
  column?: string;
  location?: Location;
  data?: Record<string, unknown>;
  /** Sort position; defaults to the entry's or column's ordinal, 0 for catalogue-wide findings. */
  ordinal?: number;
}

/**
 * What a rule gets when the validator starts.
 *
 * @category Rules
 * @example
 * ```ts
 * const rule: CatalogueRule = {
 *   id: 'title-too-long', severity: 'info', description: '标题过长', descriptionEn: 'Title too long',
 *   create: (ctx: RuleContext) => ({
 *     entry: (e) => { if (e.title.length > 80) ctx.report({ entry: e, message: '标题过长', messageEn: 'Title too long' }); },
 *   }),
 * };
 * ```
 */
export interface RuleContext {
  asOf: string;
  settings: CatalogueSettings;
  profile: CatalogueProfile;
  /** Reports a finding of this rule. */
  report(finding: FindingReport): void;
  /** Working days d with from < d ≤ to on the mainland calendar (调休 included). */
  workingDaysBetween(from: string, to: string): number;
  /** Notes a problem of the run (not of the catalogue), e.g. a calendar fallback. */
  diagnose(diagnostic: Diagnostic): void;
}

/**
 * What the validator tells a rule at the end of the input.
 *
 * @category Rules
 * @example
 * ```ts
 * const finish = (view: CatalogueView) => [...view.columns.values()].filter((c) => c.entryCount === 0);
 * ```
 */
export interface CatalogueView {
  columns: ReadonlyMap<string, ColumnInfo>;
  entryCount: number;
}

/**
 * The visitor a rule returns from `create`: called once per entry, and once at the end.
 *
 * @category Rules
 * @example
 * ```ts
 * const visitor: RuleVisitor = { entry: (e) => void e, finish: (view) => void view };
 * ```
 */
export interface RuleVisitor {
  entry?(entry: EntryInfo): void;
  finish?(view: CatalogueView): void;
}

/**
 * A catalogue rule: a plain object with a stable id, a default severity and `create`, which returns
 * a visitor that reports findings. The built-in rules are written this way too.
 *
 * @category Rules
 * @example
 * ```ts
 * const noTitle: CatalogueRule = {
 *   id: 'title-missing', severity: 'warning', description: '标题为空', descriptionEn: 'Empty title',
 *   create: (ctx) => ({ entry: (e) => { if (!e.title.trim()) ctx.report({ entry: e, message: '标题为空', messageEn: 'Empty title' }); } }),
 * };
 * ```
 */
export interface CatalogueRule {
  id: string;
  severity: Severity;
  description: string;
  descriptionEn: string;
  create(ctx: RuleContext): RuleVisitor;
}

/**
 * Counts of findings by severity.
 *
 * @category Report
 * @example
 * ```ts
 * const c: SeverityCounts = { error: 1, warning: 2, info: 0, total: 3 };
 * ```
 */
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  total: number;
}

/**
 * A single-veto verdict of the website check (国办秘函〔2019〕19号): whether the count of stale,
 * blank or long-not-updated columns reaches the threshold, and which columns they are.
 *
 * @category Report
 * @example
 * ```ts
 * const v: VetoVerdict = { vetoed: false, count: 1, threshold: 5, columns: ['法定主动公开内容 > 工作动态'] };
 * ```
 */
export interface VetoVerdict {
  vetoed: boolean;
  count: number;
  threshold: number;
  columns: string[];
}

/**
 * The summary of a validation run.
 *
 * @category Report
 * @example
 * ```ts
 * function failed(stats: CatalogueStats) { return stats.veto.staleColumns.vetoed || stats.veto.blankColumns.vetoed; }
 * ```
 */
export interface CatalogueStats {
  asOf: string;
  profile: string;
  site: string | null;
  records: number;
  columns: number;
  entries: number;
  invalidRecords: number;
  findings: SeverityCounts;
  /** Per rule id: counts by severity, and how many findings were counted but not kept. */
  byRule: Record<string, SeverityCounts & { dropped: number }>;
  /**
   * The single-veto verdicts: 5 or more stale columns, 5 or more blank columns, 10 or more columns
   * long not updated (see `longNotUpdatedAfter`).
   */
  veto: { staleColumns: VetoVerdict; blankColumns: VetoVerdict; longNotUpdatedColumns: VetoVerdict };
}

/**
 * The result of {@link validateCatalogue}: findings sorted by position in the input then rule,
 * the summary, and notes about the run itself (calendar fallbacks, columns declared late).
 *
 * @category Report
 * @example
 * ```ts
 * const exitCode = (r: CatalogueReport) => (r.findings.some((f) => f.severity === 'error') ? 1 : 0);
 * ```
 */
export interface CatalogueReport {
  findings: Finding[];
  stats: CatalogueStats;
  diagnostics: Diagnostic[];
}
