import type { EntryStatus, ObligationState, Role, Severity, TrafficLight } from '@zwgk/core';

/**
 * The language a report is written in: `zh` (简体中文, the default, what offices send upward) or
 * `en` (for integrators and reviewers).
 *
 * @category Report model
 * @example
 * ```ts
 * const locale: ReportLocale = 'zh';
 * ```
 */
export type ReportLocale = 'zh' | 'en';

/**
 * Every obligation state in display order, best first. Renderers use this order for legends and
 * matrix colours, so all formats agree.
 *
 * @category Report model
 * @example
 * ```ts
 * OBLIGATION_STATES[0]; // 'done'
 * ```
 */
export const OBLIGATION_STATES: readonly ObligationState[] = [
  'done',
  'done_late',
  'on_track',
  'ongoing',
  'due_soon',
  'overdue',
  'missing',
];

/**
 * How one obligation state is shown: its name, a one-character symbol that stands in the matrix
 * cell (so colour is never the only signal), its traffic light and its fill colour (hex, no `#`).
 *
 * @category Report model
 * @example
 * ```ts
 * const look: StateLook = stateLook('overdue', 'zh'); // { label: '已逾期', symbol: '逾', … }
 * ```
 */
export interface StateLook {
  /** The state's name, e.g. `已逾期`. */
  label: string;
  /** One character for a matrix cell, e.g. `逾` (zh) or `✗` (en). */
  symbol: string;
  /** Its traffic light. */
  light: TrafficLight;
  /** Fill colour as six hex digits (no `#`), readable with dark text. */
  fill: string;
}

/**
 * The name, matrix symbol, light and colour of an obligation state in a locale.
 *
 * @param state - the obligation state
 * @param locale - report language
 * @returns how renderers show the state
 * @category Report model
 * @example
 * ```ts
 * stateLook('due_soon', 'en').label; // 'due soon'
 * ```
 */
export function stateLook(state: ObligationState, locale: ReportLocale): StateLook {
  const [zhLabel, enLabel, zhSymbol, enSymbol, light, fill] = STATE_LOOKS[state];
  return locale === 'zh'
    ? { label: zhLabel, symbol: zhSymbol, light, fill }
    : { label: enLabel, symbol: enSymbol, light, fill };
}

// A Record keyed by the union is exhaustive at compile time: a new state fails the build here.
// (ts-pattern is not a dependency of @zwgk/report, and a table reads better for pure lookups.)
const STATE_LOOKS: Record<ObligationState, [string, string, string, string, TrafficLight, string]> = {
  done: ['已完成', 'done', '完', '✓', 'green', '8FD19E'],
  done_late: ['逾期完成', 'done late', '迟', '≈', 'green', 'C6E9B4'],
  on_track: ['按期推进', 'on track', '进', '→', 'green', 'BFDBF7'],
  ongoing: ['持续推进', 'ongoing', '续', '∞', 'grey', 'DDDDDD'],
  due_soon: ['临近到期', 'due soon', '急', '!', 'yellow', 'FFE08A'],
  overdue: ['已逾期', 'overdue', '逾', '✗', 'red', 'F4A3A3'],
  missing: ['未填报', 'no entry', '缺', '–', 'red', 'E8B4D8'],
};

/**
 * The name of a ledger entry status (`done` → `已完成`).
 *
 * @param status - a ledger entry status, or null when there is no entry
 * @param locale - report language
 * @returns the status in words
 * @category Report model
 * @example
 * ```ts
 * entryStatusLabel('in_progress', 'zh'); // '推进中'
 * ```
 */
export function entryStatusLabel(status: EntryStatus | null, locale: ReportLocale): string {
  const names = status === null ? (['无台账记录', 'no entry'] as const) : ENTRY_STATUS_NAMES[status];
  return locale === 'zh' ? names[0] : names[1];
}

const ENTRY_STATUS_NAMES: Record<EntryStatus, readonly [string, string]> = {
  not_started: ['未启动', 'not started'],
  in_progress: ['推进中', 'in progress'],
  done: ['已完成', 'done'],
  ongoing: ['持续推进', 'ongoing'],
  blocked: ['受阻', 'blocked'],
};

/**
 * The name of a unit's role in a task (`lead` → `牵头`).
 *
 * @param role - the role
 * @param locale - report language
 * @returns the role in words
 * @category Report model
 * @example
 * ```ts
 * roleLabel('lead', 'zh'); // '牵头'
 * ```
 */
export function roleLabel(role: Role, locale: ReportLocale): string {
  const names = ROLE_NAMES[role];
  return locale === 'zh' ? names[0] : names[1];
}

const ROLE_NAMES: Record<Role, readonly [string, string]> = {
  lead: ['牵头', 'lead'],
  responsible: ['责任', 'responsible'],
  cooperate: ['配合', 'cooperating'],
};

/**
 * The name of a severity (`error` → `严重`).
 *
 * @param severity - finding severity
 * @param locale - report language
 * @returns the severity in words
 * @category Report model
 * @example
 * ```ts
 * severityLabel('warning', 'zh'); // '提醒'
 * ```
 */
export function severityLabel(severity: Severity, locale: ReportLocale): string {
  const names = SEVERITY_NAMES[severity];
  return locale === 'zh' ? names[0] : names[1];
}

const SEVERITY_NAMES: Record<Severity, readonly [string, string]> = {
  error: ['严重', 'error'],
  warning: ['提醒', 'warning'],
  info: ['提示', 'info'],
};

const RULE_NAMES: Record<string, [zh: string, en: string]> = {
  'ledger-missing': ['工作台账未公开', 'Ledger not published'],
  'task-uncovered': ['台账未覆盖任务', 'Task missing from ledger'],
  overdue: ['逾期未完成', 'Overdue'],
  'due-soon': ['临近到期', 'Due soon'],
  'completed-late': ['逾期完成', 'Completed late'],
  'done-without-evidence': ['完成但无佐证材料', 'Done without evidence'],
  'status-inconsistent': ['状态填报不一致', 'Inconsistent status'],
  'stale-progress': ['进展长期未更新', 'Stale progress'],
  'recurring-missed': ['周期性工作未开展', 'Recurring duty missed'],
  'lead-silent': ['牵头单位未报送', 'Lead unit silent'],
  'unknown-task': ['台账含未知任务', 'Unknown task'],
  'unknown-unit': ['未知单位', 'Unknown unit'],
  'rule-error': ['规则执行出错', 'Rule failed'],
};

/**
 * The readable name of a compliance rule id (`overdue` → `逾期未完成`); a rule id the report does
 * not know (a province plugin's) is shown as it is.
 *
 * @param rule - the stable rule id
 * @param locale - report language
 * @returns the rule's name
 * @category Report model
 * @example
 * ```ts
 * ruleLabel('ledger-missing', 'zh'); // '工作台账未公开'
 * ruleLabel('my-province-rule', 'zh'); // 'my-province-rule'
 * ```
 */
export function ruleLabel(rule: string, locale: ReportLocale): string {
  const names = Object.hasOwn(RULE_NAMES, rule) ? RULE_NAMES[rule] : undefined;
  if (!names) return rule;
  return locale === 'zh' ? names[0] : names[1];
}

/**
 * Formats a completion rate (0–1) as a percentage with one decimal (`0.4074` → `40.7%`). Every
 * renderer formats rates with this one function, so all formats print the same figure.
 *
 * @param rate - a rate between 0 and 1
 * @returns the percentage text
 * @category Report model
 * @example
 * ```ts
 * formatRate(0.4074); // '40.7%'
 * formatRate(1); // '100.0%'
 * ```
 */
export function formatRate(rate: number): string {
  const clamped = Number.isFinite(rate) ? Math.min(1, Math.max(0, rate)) : 0;
  return `${(Math.round(clamped * 1000) / 10).toFixed(1)}%`;
}

/**
 * Describes an ISO-8601 period in words (`P6M` → `每半年`, `P1Y` → `每年`).
 *
 * @param every - an ISO-8601 period such as `P6M`
 * @param locale - report language
 * @returns the period in words
 * @category Report model
 * @example
 * ```ts
 * periodLabel('P3M', 'zh'); // '每季度'
 * ```
 */
export function periodLabel(every: string, locale: ReportLocale): string {
  const zh = locale === 'zh';
  const known: Record<string, [string, string]> = {
    P1Y: ['每年', 'yearly'],
    P6M: ['每半年', 'every half-year'],
    P3M: ['每季度', 'quarterly'],
    P1M: ['每月', 'monthly'],
    P1W: ['每周', 'weekly'],
  };
  const hit = Object.hasOwn(known, every) ? known[every] : undefined;
  if (hit) return zh ? hit[0] : hit[1];
  return zh ? `每${every}` : `every ${every}`;
}
