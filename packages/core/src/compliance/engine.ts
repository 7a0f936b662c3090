import { CN_MAINLAND_CALENDAR, mergeCalendars, type WorkingCalendar } from '../calendar/index.js';
import { createDirectory, type DirectoryIndex } from '../directory/directory.js';
import { ZwgkError } from '../errors.js';
import { IsoDateSchema, type Severity } from '../model/common.js';
import type { CheckResult } from '../model/compliance.js';
import type { Directory } from '../model/directory.js';
import type { Finding } from '../model/finding.js';
import type { Ledger } from '../model/ledger.js';
import type { Plan } from '../model/plan.js';
import { loadPlugin, type Rule, type ZwgkPlugin } from '../plugin.js';
import type { RuleContext } from './context.js';
import { prepareCheck } from './prepare.js';
import { builtinRules } from './rules/index.js';
import { buildScorecard } from './scorecard.js';
import { taskNumberKey } from './task-number.js';

/**
 * Options of {@link checkCompliance}.
 *
 * - `asOf` (required): the ISO date the check is made on.
 * - `plugins`: more rules, deadline phrases, unit aliases and calendars ({@link definePlugin}).
 * - `dueSoonDays` (10): working days before a deadline at which `due-soon` starts.
 * - `ledgerDueDays` (30): calendar days after issue by which ledgers are due, when the plan does
 *   not say itself (the seed's task 27 says 印发后30日内).
 * - `staleAfterDays` (90, about a quarter): days without an update after which a continuous task
 *   is `stale-progress`.
 * - `calendar`: the working-day calendar (default the mainland calendar plus plugin calendars);
 *   `outsideRange`: `'error'` (default) or `'weekends'` for dates the calendar does not cover.
 * - `builtinRules` (true): run the built-in rules; `disableRules`: rule ids not to run.
 *
 * @category Compliance
 * @example
 * ```ts
 * const options: CheckOptions = { asOf: '2024-09-30', dueSoonDays: 5, disableRules: ['stale-progress'] };
 * ```
 */
export interface CheckOptions {
  asOf: string;
  plugins?: readonly (ZwgkPlugin | object)[];
  dueSoonDays?: number;
  ledgerDueDays?: number;
  staleAfterDays?: number;
  calendar?: WorkingCalendar;
  outsideRange?: 'error' | 'weekends';
  builtinRules?: boolean;
  disableRules?: readonly string[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function nonNegativeInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new ZwgkError('invalid-argument', `${name} must be a non-negative integer, got ${String(value)}`, {
      details: { [name]: value },
    });
  }
  return value;
}

function isDirectoryIndex(value: unknown): value is DirectoryIndex {
  return typeof (value as DirectoryIndex | null)?.match === 'function';
}

/**
 * Sorts findings stably: by severity (error, warning, info), rule id, unit, task number
 * (numerically), file and row; findings equal in all of these keep the order rules gave them.
 *
 * @param findings - findings in any order
 * @returns a new, sorted array
 * @category Compliance
 * @example
 * ```ts
 * sortFindings(result.findings)[0]?.severity; // 'error' if there is one
 * ```
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Every key becomes a number once per finding (strings ranked once per distinct value), kept in
  // typed arrays, and an index array is sorted: integer comparisons and no object per finding, as a
  // province check sorts tens of thousands of findings.
  const n = findings.length;
  const columns = [
    Float64Array.from(findings, (f) => SEVERITY_RANK[f.severity]),
    rankOf(findings.map((f) => f.rule)),
    rankOf(findings.map((f) => f.unit)),
    new Float64Array(n),
    rankOf(findings.map((f) => f.location?.file)),
    Float64Array.from(findings, (f) => f.location?.row ?? 0),
  ];
  const taskKeys = findings.map((f) =>
    f.taskNumber === undefined ? undefined : (taskNumberKey(f.taskNumber) ?? f.taskNumber),
  );
  // Numbers by value first, then other task numbers as text, then no task.
  const textTasks = rankOf(taskKeys.map((k) => (k !== undefined && !/^\d+$/.test(k) ? k : undefined)));
  const task = columns[3] as Float64Array;
  for (let i = 0; i < n; i++) {
    const k = taskKeys[i];
    task[i] = k === undefined ? 2e9 : /^\d+$/.test(k) ? Number(k) : 1e9 + (textTasks[i] as number);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => {
    for (const column of columns) {
      const d = (column[x] as number) - (column[y] as number);
      if (d !== 0) return d;
    }
    // Equal in every key: keep the order the rules gave.
    return x - y;
  });
  return Array.from(order, (i) => findings[i] as Finding);
}

// The rank of each value among the distinct values, in code-unit order; undefined ranks last.
function rankOf(values: readonly (string | undefined)[]): Float64Array {
  const distinct = [...new Set(values)].filter((v): v is string => v !== undefined).sort();
  const rank = new Map<string, number>(distinct.map((v, i) => [v, i]));
  return Float64Array.from(values, (v) => (v === undefined ? distinct.length : (rank.get(v) as number)));
}

function ruleError(rule: Rule, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule: 'rule-error',
    severity: 'error',
    message: `规则“${rule.id}”运行出错：${reason}`,
    messageEn: `Rule "${rule.id}" failed: ${reason}`,
    data: { failedRule: rule.id },
  };
}

/** Runs one rule; a throw (also in the middle of its findings) becomes a `rule-error` finding. */
function runRule(rule: Rule, ctx: RuleContext, out: Finding[]): void {
  try {
    for (const found of rule.check(ctx)) {
      if (typeof found !== 'object' || found === null || typeof found.message !== 'string') {
        throw new TypeError(`returned something that is not a finding: ${JSON.stringify(found)}`);
      }
      // The built-in rules give complete findings: take them as they are (a province has many).
      if (found.rule !== undefined && found.severity !== undefined && typeof found.messageEn === 'string') {
        out.push(found as Finding);
        continue;
      }
      out.push({
        ...found,
        rule: found.rule ?? rule.id,
        severity: found.severity ?? rule.severity,
        messageEn: typeof found.messageEn === 'string' ? found.messageEn : found.message,
      } as Finding);
    }
  } catch (error) {
    // What the rule found before it failed stays; the failure is one more finding.
    out.push(ruleError(rule, error));
  }
}

/**
 * Checks units' ledgers against a plan: builds one obligation per (task, concrete unit) — groups
 * such as `县区政府` expanded through the directory, the strongest role kept — resolves deadlines,
 * indexes the ledgers once by (unit, task), computes each obligation's state and traffic light,
 * runs the built-in rules and the plugins' rules, and returns the sorted findings, the scorecard and
 * the obligations. Pure and browser-safe; a rule that throws becomes a `rule-error` finding.
 *
 * @param plan - the plan (from `parsePlanText` or a Plan JSON)
 * @param directory - the unit directory, or an index from {@link createDirectory}
 * @param ledgers - the units' ledgers (from `@zwgk/ledger`'s `importLedgerFile` or Ledger JSON)
 * @param options - see {@link CheckOptions}; `asOf` is required
 * @returns the {@link CheckResult}
 * @throws {@link ZwgkError} `invalid-argument` for a bad `asOf` or option, `invalid-plugin` for a bad plugin
 * @category Compliance
 * @example
 * ```ts
 * import { checkCompliance } from '@zwgk/core';
 *
 * const result = checkCompliance(plan, directory, ledgers, { asOf: '2024-09-30' });
 * result.scorecard.overall.completionRate; // e.g. 0.41
 * result.findings.filter((f) => f.rule === 'overdue').map((f) => `${f.unit} ${f.taskNumber}`);
 * ```
 */
export function checkCompliance(
  plan: Plan,
  directory: Directory | DirectoryIndex,
  ledgers: readonly Ledger[],
  options: CheckOptions,
): CheckResult {
  if (!IsoDateSchema.safeParse(options?.asOf).success) {
    throw new ZwgkError(
      'invalid-argument',
      `asOf must be an ISO date YYYY-MM-DD, got ${JSON.stringify(options?.asOf)}`,
      {
        details: { asOf: options?.asOf },
      },
    );
  }
  const plugins = (options.plugins ?? []).map((p, i) => loadPlugin(p, `plugins[${i}]`));
  const unitAliases: Record<string, string[]> = {};
  for (const plugin of plugins) {
    for (const [name, aliases] of Object.entries(plugin.unitAliases)) {
      unitAliases[name] = [...(unitAliases[name] ?? []), ...aliases];
    }
  }
  const index = isDirectoryIndex(directory) ? directory : createDirectory(directory, { unitAliases });
  let calendar = options.calendar ?? CN_MAINLAND_CALENDAR;
  if (!options.calendar)
    for (const plugin of plugins) for (const c of plugin.calendars) calendar = mergeCalendars(calendar, c);

  const { ctx, problems } = prepareCheck(plan, index, ledgers, {
    asOf: options.asOf,
    dueSoonDays: nonNegativeInteger('dueSoonDays', options.dueSoonDays, 10),
    ledgerDueDays: nonNegativeInteger('ledgerDueDays', options.ledgerDueDays, 30),
    staleAfterDays: nonNegativeInteger('staleAfterDays', options.staleAfterDays, 90),
    calendar,
    outsideRange: options.outsideRange ?? 'error',
    plugins,
  });

  const disabled = new Set(options.disableRules ?? []);
  const rules = [...(options.builtinRules === false ? [] : builtinRules.rules), ...plugins.flatMap((p) => p.rules)];
  const findings: Finding[] = [];
  for (const problem of problems) {
    findings.push({
      rule: 'rule-error',
      severity: 'error',
      message: `规则“${problem.rule}”无法判断：${problem.message}`,
      messageEn: `Rule "${problem.rule}" could not decide: ${problem.message}`,
      data: { failedRule: problem.rule },
    });
  }
  for (const rule of rules) if (!disabled.has(rule.id)) runRule(rule, ctx, findings);

  return {
    asOf: options.asOf,
    findings: sortFindings(findings),
    scorecard: buildScorecard(plan, ctx.obligations, options.asOf),
    obligations: ctx.obligations.map((o) => o.obligation),
  };
}
