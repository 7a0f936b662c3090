import type { Catalogue, Diagnostic, Finding, Location, Severity } from '@zwgk/core';
import { ZwgkError } from '@zwgk/core';
import { inferColumnKind } from './column-kind.js';
import { isoDateOf, subtractPeriod } from './dates.js';
import type {
  CatalogueProfile,
  CatalogueRecord,
  CatalogueReport,
  CatalogueRule,
  CatalogueSettings,
  CatalogueStats,
  ColumnInfo,
  FindingReport,
  RuleContext,
  RuleVisitor,
  SeverityCounts,
} from './model.js';
import { getProfile } from './profiles/registry.js';
import { readRecord } from './records.js';
import { BUILTIN_RULES, INVALID_RECORD } from './rules/index.js';
import { resolveSettings } from './settings.js';
import { createWorkingDayCounter } from './working-days.js';

/**
 * Options of {@link validateCatalogue} and {@link createCatalogueValidator}.
 *
 * @category Validate
 * @example
 * ```ts
 * const options: CatalogueValidatorOptions = { asOf: '2024-12-31', profile: 'national', settings: { maxDepth: 5 } };
 * ```
 */
export interface CatalogueValidatorOptions {
  /** The day the catalogue is judged on (ISO date): staleness, future dates, validity. */
  asOf: string;
  /** A registered profile name (default `national`) or a profile object. */
  profile?: string | CatalogueProfile;
  /** Settings over the profile's and the national defaults. */
  settings?: Partial<CatalogueSettings>;
  /** Rules to run beside the built-in and the profile's rules. */
  rules?: readonly CatalogueRule[];
  /** The input's file name, put into findings' locations. */
  file?: string;
}

/**
 * A validator fed one record at a time, for content systems that walk their own database, and the
 * engine behind {@link validateCatalogue}. Memory grows with columns, index numbers and policies
 * awaiting an interpretation, not with entries.
 *
 * @category Validate
 * @example
 * ```ts
 * const v = createCatalogueValidator({ asOf: '2024-12-31' });
 * v.push({ type: 'column', id: 'c1', name: '政策文件', parent: null });
 * v.pushLine('{"type":"entry","id":1,"column":"c1","title":"测试"}', 2);
 * const report = v.finish();
 * ```
 */
export interface CatalogueValidator {
  /** Adds one record (a parsed JSON value); `location` says where it is (default: its position). */
  push(record: unknown, location?: Location): void;
  /** Adds one JSON Lines line; a blank line is skipped, bad JSON becomes an `invalid-record` finding. */
  pushLine(text: string, line: number): void;
  /** Reports a line that could not be read (too long, bad encoding) as an `invalid-record` finding. */
  rejectLine(line: number, message: string, messageEn: string): void;
  /** Ends the input, runs the catalogue-wide rules and returns the report. Call once. */
  finish(): CatalogueReport;
}

interface Pending {
  finding: Finding;
  ordinal: number;
  ruleIndex: number;
  seq: number;
  columnId: string | undefined;
}

interface ColumnState extends ColumnInfo {
  declared: boolean;
  firstUseOrdinal: number;
  firstUseLocation: Location | undefined;
}

function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, total: 0 };
}

/**
 * Creates a streaming catalogue validator: {@link CatalogueValidator.push} records (or
 * {@link CatalogueValidator.pushLine} JSON Lines), then {@link CatalogueValidator.finish}.
 * Throws `ZwgkError` `invalid-argument` for a bad `asOf`, `not-found` for an unknown profile.
 *
 * @param options - `asOf` (ISO date), `profile`, `settings`, extra `rules`, `file`
 * @returns the validator
 * @category Validate
 * @example
 * ```ts
 * import { createCatalogueValidator } from '@zwgk/catalogue';
 *
 * const validator = createCatalogueValidator({ asOf: '2024-12-31' });
 * for (const record of recordsFromMyCms()) validator.push(record);
 * const { findings, stats } = validator.finish();
 * ```
 */
export function createCatalogueValidator(options: CatalogueValidatorOptions): CatalogueValidator {
  const asOf = typeof options?.asOf === 'string' ? isoDateOf(options.asOf) : null;
  if (asOf === null || asOf !== options.asOf.trim())
    throw new ZwgkError(
      'invalid-argument',
      `asOf must be an ISO date YYYY-MM-DD, got ${JSON.stringify(options?.asOf)}`,
      {
        details: { asOf: options?.asOf },
      },
    );
  const profile = typeof options.profile === 'object' ? options.profile : getProfile(options.profile ?? 'national');
  const settings = resolveSettings(profile.settings, options.settings);
  const file = options.file;

  const diagnostics: Diagnostic[] = [];
  const pending: Pending[] = [];
  const byRule: Record<string, SeverityCounts & { dropped: number }> = {};
  const totals = emptyCounts();
  const columns = new Map<string, ColumnState>();
  const workingDays = createWorkingDayCounter();
  let ordinal = 0;
  let seq = 0;
  let entryCount = 0;
  let invalidRecords = 0;
  let inferredTypes = 0;
  let siteName: string | null = null;
  let finished = false;
  const lateColumns: string[] = [];

  const rules: CatalogueRule[] = [...BUILTIN_RULES, ...(profile.rules ?? []), ...(options.rules ?? [])];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  const emit = (rule: CatalogueRule, report: FindingReport): void => {
    const configured = settings.severity[rule.id];
    if (configured === 'off') return;
    const severity: Severity = configured ?? report.severity ?? rule.severity;
    let counts = byRule[rule.id];
    if (!counts) {
      counts = { ...emptyCounts(), dropped: 0 };
      byRule[rule.id] = counts;
    }
    counts[severity]++;
    counts.total++;
    totals[severity]++;
    totals.total++;
    if (counts.total > settings.maxFindingsPerRule) {
      counts.dropped++;
      return;
    }
    const entry = report.entry;
    const columnId = entry ? entry.column : report.column;
    const data: Record<string, unknown> = {};
    if (columnId !== undefined) {
      data.columnPath = '';
      data.columnId = columnId;
    }
    if (entry) {
      data.entryId = entry.id;
      data.title = entry.title;
      if (entry.url !== undefined) data.url = entry.url;
    }
    Object.assign(data, report.data);
    const finding: Finding = { rule: rule.id, severity, message: report.message, messageEn: report.messageEn };
    const location =
      report.location ?? entry?.location ?? (columnId !== undefined ? columns.get(columnId)?.location : undefined);
    if (location) finding.location = location;
    finding.data = data;
    pending.push({
      finding,
      ordinal:
        report.ordinal ??
        entry?.ordinal ??
        (columnId !== undefined ? (columns.get(columnId)?.firstUseOrdinal ?? 0) : 0),
      ruleIndex: ruleIndex.get(rule.id) ?? rules.length,
      seq: seq++,
      columnId,
    });
  };

  const contextFor = (rule: CatalogueRule): RuleContext => ({
    asOf,
    settings,
    profile,
    report: (f) => emit(rule, f),
    workingDaysBetween: workingDays,
    diagnose: (d) => diagnostics.push(d),
  });
  const visitors: RuleVisitor[] = rules.map((r) => r.create(contextFor(r)));
  const entryVisitors = visitors.filter((v) => v.entry);
  const visitorCount = entryVisitors.length;
  const invalidRule = rules[ruleIndex.get(INVALID_RECORD.id)!]!;

  const locate = (location: Location | undefined): Location => {
    if (location) return file !== undefined && location.file === undefined ? { file, ...location } : location;
    return file !== undefined ? { file, path: [ordinal - 1] } : { path: [ordinal - 1] };
  };
  const lineLocation = (row: number): Location => (file !== undefined ? { file, row } : { row });

  const invalid = (
    location: Location,
    message: string,
    messageEn: string,
    extra: { data?: Record<string, unknown>; severity?: Severity; at?: number } = {},
  ) => {
    invalidRecords++;
    const report: FindingReport = { message, messageEn, location, ordinal: extra.at ?? ordinal };
    if (extra.data) report.data = extra.data;
    if (extra.severity) report.severity = extra.severity;
    emit(invalidRule, report);
  };

  const columnState = (id: string): ColumnState => {
    let state = columns.get(id);
    if (!state) {
      state = {
        id,
        name: id,
        parent: null,
        kind: 'other',
        kindInferred: true,
        note: null,
        path: id,
        depth: 1,
        childCount: 0,
        entryCount: 0,
        latestPublishedOn: null,
        location: {},
        declared: false,
        firstUseOrdinal: ordinal,
        firstUseLocation: undefined,
      };
      columns.set(id, state);
    }
    return state;
  };

  const push = (value: unknown, where?: Location): void => {
    if (finished) throw new ZwgkError('invalid-argument', 'push() after finish(): create a new validator');
    ordinal++;
    const read = readRecord(value);
    if (read.type === 'invalid') {
      invalid(locate(where), `无效记录：${read.reason}`, `Invalid record: ${read.reasonEn}`);
      return;
    }
    if (read.inferred) inferredTypes++;
    const location = locate(where);
    if (read.problems.length > 0)
      invalid(
        location,
        `字段类型不正确，已忽略：${read.problems.join('、')}`,
        `Fields of the wrong type were ignored: ${read.problems.join(', ')}`,
        { data: { fields: read.problems }, severity: 'warning' },
      );
    switch (read.type) {
      case 'site':
        siteName = read.name || siteName;
        return;
      case 'column': {
        const existing = columns.get(read.id);
        if (existing?.declared) {
          invalid(location, `栏目 id “${read.id}”重复`, `Duplicate column id "${read.id}"`, {
            data: { columnId: read.id },
          });
          return;
        }
        const state = columnState(read.id);
        if (state.entryCount > 0) lateColumns.push(read.id);
        state.declared = true;
        state.name = read.name;
        state.parent = read.parent;
        state.kind = read.kind ?? inferColumnKind(read.name);
        state.kindInferred = read.kind === undefined;
        state.note = read.note;
        state.location = location;
        state.firstUseOrdinal = ordinal;
        if (read.badKind !== undefined)
          invalid(
            location,
            `栏目“${read.name}”的类型“${read.badKind}”无法识别，已按名称推断为 ${state.kind}`,
            `Unknown column kind "${read.badKind}" for "${read.name}"; inferred ${state.kind} from the name`,
            { data: { columnId: read.id, kind: read.badKind }, severity: 'warning' },
          );
        return;
      }
      case 'entry': {
        entryCount++;
        const column = columnState(read.entry.column);
        if (!column.declared && column.firstUseLocation === undefined) column.firstUseLocation = location;
        const entry = read.entry;
        column.entryCount++;
        const published = entry.dates.publishedOn;
        if (published !== undefined && published <= asOf && (column.latestPublishedOn ?? '') < published)
          column.latestPublishedOn = published;
        entry.columnInfo = column.declared ? column : undefined;
        entry.location = location;
        entry.ordinal = ordinal;
        for (let i = 0; i < visitorCount; i++) entryVisitors[i]!.entry!(entry);
        return;
      }
    }
  };

  const finish = (): CatalogueReport => {
    if (finished) throw new ZwgkError('invalid-argument', 'finish() was already called');
    finished = true;
    resolveTree();
    const declared = new Map<string, ColumnInfo>();
    for (const [id, c] of columns) if (c.declared) declared.set(id, c);
    const view = { columns: declared as ReadonlyMap<string, ColumnInfo>, entryCount };
    for (const v of visitors) v.finish?.(view);
    if (inferredTypes > 0)
      diagnostics.push({
        severity: 'info',
        code: 'record-type-inferred',
        message: `${inferredTypes} 条记录缺少 type，已按字段推断`,
        messageEn: `${inferredTypes} records had no type; it was inferred from their fields`,
      });
    if (lateColumns.length > 0)
      diagnostics.push({
        severity: 'info',
        code: 'column-after-entries',
        message: `栏目 ${lateColumns.join('、')} 出现在其信息条目之后；按栏目类型的条目检查对这些条目未执行`,
        messageEn: `Columns ${lateColumns.join(', ')} came after their entries; kind-based entry checks did not run for those entries`,
      });
    if (workingDays.fallbackCount > 0) {
      const years = [...workingDays.fallbackYears].sort().join('、');
      diagnostics.push({
        severity: 'info',
        code: 'calendar-fallback',
        message: `工作日历未覆盖 ${years} 年，${workingDays.fallbackCount} 次工作日计算按仅排除周末处理`,
        messageEn: `The working-day calendar does not cover ${years.replaceAll('、', ', ')}; ${workingDays.fallbackCount} working-day counts used weekends only`,
      });
    }
    for (const p of pending) {
      if (p.columnId !== undefined && p.finding.data)
        p.finding.data.columnPath = columns.get(p.columnId)?.path ?? p.columnId;
    }
    pending.sort((a, b) => a.ordinal - b.ordinal || a.ruleIndex - b.ruleIndex || a.seq - b.seq);
    const stats: CatalogueStats = {
      asOf,
      profile: profile.name,
      site: siteName,
      records: ordinal,
      columns: declared.size,
      entries: entryCount,
      invalidRecords,
      findings: totals,
      byRule,
      veto: {
        staleColumns: veto('stale-column', settings.vetoStaleColumns),
        blankColumns: veto('blank-column', settings.vetoBlankColumns),
        longNotUpdatedColumns: longNotUpdated(declared),
      },
    };
    return { findings: pending.map((p) => p.finding), stats, diagnostics };
  };

  // The single-veto counts come from the column findings (kept ones name their columns; the cap on
  // kept findings is far above any real column count).
  const veto = (rule: string, threshold: number) => {
    const names = pending.filter((p) => p.finding.rule === rule).map((p) => String(p.finding.data?.columnPath ?? ''));
    const count = byRule[rule]?.total ?? 0;
    return { vetoed: threshold > 0 && count >= threshold, count, threshold, columns: names };
  };

  // The third single-veto condition, 10 or more columns long not updated (长期未更新): columns of
  // the kinds that should be updated, with entries, whose newest entry (or none with a valid
  // publication date) is older than `longNotUpdatedAfter`. Blank columns are counted apart.
  const longNotUpdated = (declared: ReadonlyMap<string, ColumnInfo>) => {
    const kinds = new Set(settings.longNotUpdatedKinds);
    const cutoff = subtractPeriod(asOf, settings.longNotUpdatedAfter);
    const names: string[] = [];
    for (const c of declared.values())
      if (kinds.has(c.kind) && c.entryCount > 0 && (c.latestPublishedOn === null || c.latestPublishedOn < cutoff))
        names.push(c.path);
    const threshold = settings.vetoLongNotUpdatedColumns;
    return { vetoed: threshold > 0 && names.length >= threshold, count: names.length, threshold, columns: names };
  };

  // Paths and depths need every column, so they are worked out at the end; a parent that is missing
  // or a loop of parents is reported and the column is treated as top-level.
  const resolveTree = (): void => {
    for (const c of columns.values()) {
      if (!c.declared) {
        invalid(
          c.firstUseLocation ?? {},
          `${c.entryCount} 条信息条目指向不存在的栏目“${c.id}”`,
          `${c.entryCount} entries point to a column "${c.id}" that is not in the catalogue`,
          { data: { columnId: c.id, entries: c.entryCount }, at: c.firstUseOrdinal },
        );
        continue;
      }
      if (c.parent !== null) {
        const parent = columns.get(c.parent);
        if (parent?.declared) parent.childCount++;
        else {
          invalid(
            c.location,
            `栏目“${c.name}”的上级栏目“${c.parent}”不存在`,
            `The parent "${c.parent}" of column "${c.name}" is not in the catalogue`,
            { data: { columnId: c.id, parent: c.parent }, at: c.firstUseOrdinal },
          );
          c.parent = null;
        }
      }
    }
    for (const c of columns.values()) {
      if (!c.declared) continue;
      const names: string[] = [];
      const seen = new Set<string>();
      let at: ColumnState | undefined = c;
      while (at) {
        if (seen.has(at.id)) {
          invalid(c.location, `栏目“${c.name}”的上级关系成环`, `The parents of column "${c.name}" form a loop`, {
            data: { columnId: c.id },
            at: c.firstUseOrdinal,
          });
          names.length = 0;
          names.push(c.name);
          break;
        }
        seen.add(at.id);
        names.push(at.name);
        at = at.parent === null ? undefined : columns.get(at.parent);
      }
      c.depth = names.length;
      c.path = names.reverse().join(' > ');
    }
  };

  return {
    push,
    pushLine(text, line) {
      if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        ordinal++;
        const reason = error instanceof Error ? error.message : String(error);
        invalid(
          lineLocation(line),
          `第 ${line} 行不是有效的 JSON：${reason}`,
          `Line ${line} is not valid JSON: ${reason}`,
        );
        return;
      }
      push(value, lineLocation(line));
    },
    rejectLine(line, message, messageEn) {
      ordinal++;
      invalid(lineLocation(line), message, messageEn);
    },
    finish,
  };
}

function isCatalogueObject(input: unknown): input is Catalogue {
  return (
    typeof input === 'object' &&
    input !== null &&
    !Array.isArray(input) &&
    (Array.isArray((input as Catalogue).columns) || Array.isArray((input as Catalogue).entries))
  );
}

function withType(value: unknown, type: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !('type' in value)
    ? { type, ...(value as object) }
    : value;
}

function feedCatalogue(validator: CatalogueValidator, catalogue: Catalogue): void {
  if (catalogue.site !== undefined && catalogue.site !== null)
    validator.push(withType(catalogue.site, 'site'), { path: ['site'] });
  const columns: unknown[] = Array.isArray(catalogue.columns) ? catalogue.columns : [];
  const entries: unknown[] = Array.isArray(catalogue.entries) ? catalogue.entries : [];
  for (const [i, c] of columns.entries()) validator.push(withType(c, 'column'), { path: ['columns', i] });
  for (const [i, e] of entries.entries()) validator.push(withType(e, 'entry'), { path: ['entries', i] });
}

/**
 * Validates a catalogue given whole (`{site, columns, entries}`) or as an array of records, at
 * once. See {@link validateCatalogue} for streams.
 *
 * @param input - the JSON form, or an array/iterable of records
 * @param options - `asOf`, `profile`, `settings`
 * @returns the report
 * @category Validate
 * @example
 * ```ts
 * const report = validateCatalogueSync(
 *   { site: { name: '某县人民政府' }, columns: [{ id: 'c1', name: '政策文件', parent: null }], entries: [] },
 *   { asOf: '2024-12-31' },
 * );
 * report.stats.veto.blankColumns.vetoed; // false
 * ```
 */
export function validateCatalogueSync(
  input: Catalogue | Iterable<CatalogueRecord>,
  options: CatalogueValidatorOptions,
): CatalogueReport {
  const validator = createCatalogueValidator(options);
  if (isCatalogueObject(input)) feedCatalogue(validator, input);
  else for (const record of input as Iterable<unknown>) validator.push(record);
  return validator.finish();
}

/**
 * Validates a portal's disclosure catalogue against the rules of a profile (default `national`).
 * The input is the JSON form `{site, columns, entries}`, or an (async) iterable of records in the
 * JSON Lines form, consumed one at a time so that millions of entries never sit in memory together.
 * Problems in the data are findings; only misuse (a bad `asOf`, an unknown profile) throws.
 *
 * @param input - the catalogue, or records
 * @param options - `asOf` (ISO date), `profile`, `settings`, extra `rules`
 * @returns findings sorted by position then rule, stats with the single-veto verdicts, diagnostics
 * @category Validate
 * @example
 * ```ts
 * import { validateCatalogue } from '@zwgk/catalogue';
 *
 * const report = await validateCatalogue(catalogue, { asOf: '2024-12-31' });
 * for (const f of report.findings) console.log(f.rule, f.data?.columnPath, f.message);
 * ```
 */
export async function validateCatalogue(
  input: Catalogue | Iterable<CatalogueRecord> | AsyncIterable<CatalogueRecord>,
  options: CatalogueValidatorOptions,
): Promise<CatalogueReport> {
  if (isCatalogueObject(input) || Symbol.iterator in (input as object))
    return validateCatalogueSync(input as Catalogue | Iterable<CatalogueRecord>, options);
  const validator = createCatalogueValidator(options);
  for await (const record of input as AsyncIterable<unknown>) validator.push(record);
  return validator.finish();
}
