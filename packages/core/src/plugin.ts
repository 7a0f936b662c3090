import type { WorkingCalendar } from './calendar/calendar.js';
import type { RuleContext } from './compliance/context.js';
import type { DeadlinePattern } from './deadline/index.js';
import { ZwgkError } from './errors.js';
import type { Severity } from './model/common.js';
import type { Finding } from './model/finding.js';
import type { EntryStatus } from './model/ledger.js';

/**
 * The brand every plugin object carries, under `Symbol.for('zwgk.plugin')` so that two copies of
 * `@zwgk/core` (a CLI and a portal's own copy) still recognise each other's plugins.
 *
 * @category Plugins
 * @example
 * ```ts
 * import { PLUGIN_BRAND, definePlugin } from '@zwgk/core';
 *
 * const plugin = definePlugin({ name: 'x', apiVersion: 1 });
 * plugin[PLUGIN_BRAND]; // 1
 * ```
 */
export const PLUGIN_BRAND: unique symbol = Symbol.for('zwgk.plugin');

/**
 * The plugin API version this copy of `@zwgk/core` understands.
 *
 * @category Plugins
 * @example
 * ```ts
 * PLUGIN_API_VERSION; // 1
 * ```
 */
export const PLUGIN_API_VERSION = 1;

/**
 * What a rule may return: a {@link Finding}, where `rule` and `severity` may be left out (the
 * engine fills in the rule's own).
 *
 * @category Plugins
 * @example
 * ```ts
 * const f: RuleFinding = { unit: '萧县人民政府', taskNumber: '3', message: '……', messageEn: '…' };
 * ```
 */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & Partial<Pick<Finding, 'rule' | 'severity'>>;

/**
 * A compliance rule: a plain object with a stable `id`, a default `severity` and a pure `check`
 * from the {@link RuleContext} to findings (an array or any iterable, e.g. a generator). A rule
 * that throws becomes one `rule-error` finding naming it; the check goes on.
 *
 * @category Plugins
 * @example
 * ```ts
 * import type { Rule } from '@zwgk/core';
 *
 * const blocked: Rule = {
 *   id: 'blocked-task',
 *   severity: 'warning',
 *   description: 'A unit reports a task as blocked (滞后)',
 *   *check(ctx) {
 *     for (const o of ctx.obligations) {
 *       if (o.status === 'blocked') {
 *         yield { unit: o.unit, taskNumber: o.task.number, message: '任务滞后', messageEn: 'Task blocked' };
 *       }
 *     }
 *   },
 * };
 * ```
 */
export interface Rule {
  /** Stable id, kebab-case (`done-without-evidence`); findings carry it as `rule`. */
  readonly id: string;
  /** Severity of its findings unless a finding says otherwise. */
  readonly severity: Severity;
  /** One line saying what the rule finds. */
  readonly description?: string;
  /** Finds the problems; must not change the context. */
  check(ctx: RuleContext): Iterable<RuleFinding>;
}

/**
 * What {@link definePlugin} takes: a `name`, `apiVersion: 1`, and any of rules, deadline phrases,
 * unit aliases (canonical name → other names), status words (ledger word → status), ledger header
 * aliases (field → header texts) and working calendars.
 *
 * @category Plugins
 * @example
 * ```ts
 * const input: PluginInput = { name: 'anhui', apiVersion: 1, statusWords: { 已办结: 'done' } };
 * ```
 */
export interface PluginInput {
  name: string;
  apiVersion: 1;
  rules?: readonly Rule[];
  deadlinePatterns?: readonly DeadlinePattern[];
  unitAliases?: Readonly<Record<string, readonly string[]>>;
  statusWords?: Readonly<Record<string, EntryStatus>>;
  headerAliases?: Readonly<Record<string, readonly string[]>>;
  calendars?: readonly WorkingCalendar[];
}

/**
 * A checked, frozen plugin as {@link definePlugin} returns it. Pass it in `plugins` to
 * `checkCompliance`, the ledger importer or the CLI (`--plugin`).
 *
 * @category Plugins
 * @example
 * ```ts
 * const plugin: ZwgkPlugin = definePlugin({ name: 'x', apiVersion: 1 });
 * plugin.rules; // []
 * ```
 */
export interface ZwgkPlugin {
  readonly [PLUGIN_BRAND]: 1;
  readonly name: string;
  readonly apiVersion: 1;
  readonly rules: readonly Rule[];
  readonly deadlinePatterns: readonly DeadlinePattern[];
  readonly unitAliases: Readonly<Record<string, readonly string[]>>;
  readonly statusWords: Readonly<Record<string, EntryStatus>>;
  readonly headerAliases: Readonly<Record<string, readonly string[]>>;
  readonly calendars: readonly WorkingCalendar[];
}

const STATUSES: readonly string[] = ['not_started', 'in_progress', 'done', 'ongoing', 'blocked'];
const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];
const KNOWN_KEYS = new Set([
  'name',
  'apiVersion',
  'rules',
  'deadlinePatterns',
  'unitAliases',
  'statusWords',
  'headerAliases',
  'calendars',
]);

function quote(value: unknown): string {
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (typeof value === 'symbol') return value.toString();
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(plugin: string, path: string, expected: string, value: unknown): never {
  throw new ZwgkError('invalid-plugin', `plugin "${plugin}": ${path} must be ${expected}, got ${quote(value)}`, {
    details: { plugin, path, value },
  });
}

function checkArray(plugin: string, key: string, value: unknown): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(plugin, key, 'an array', value);
  return value;
}

function checkStringLists(plugin: string, key: string, value: unknown): Record<string, readonly string[]> {
  if (value === undefined) return {};
  if (!isRecord(value)) fail(plugin, key, 'an object of string arrays', value);
  const out: Record<string, readonly string[]> = {};
  for (const [name, list] of Object.entries(value)) {
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
      fail(plugin, `${key}.${name}`, 'an array of strings', list);
    }
    out[name] = Object.freeze([...(list as string[])]);
  }
  return Object.freeze(out);
}

/**
 * Checks and freezes a plugin: the built-in rules are defined with it, and so is any province's
 * own set of rules and phrases. Misuse throws a {@link ZwgkError} `invalid-plugin` that names the
 * plugin and quotes the bad value; an `apiVersion` other than 1 is refused.
 *
 * @param input - see {@link PluginInput}
 * @returns a frozen {@link ZwgkPlugin} carrying the {@link PLUGIN_BRAND}
 * @throws {@link ZwgkError} `invalid-plugin` when the shape is wrong
 * @category Plugins
 * @example
 * ```ts
 * import { definePlugin } from '@zwgk/core';
 *
 * export default definePlugin({
 *   name: 'anhui-province',
 *   apiVersion: 1,
 *   statusWords: { 已办结: 'done' },
 *   unitAliases: { 市教体局: ['市教育局'] },
 *   rules: [
 *     {
 *       id: 'no-measures',
 *       severity: 'info',
 *       check: (ctx) =>
 *         ctx.obligations
 *           .filter((o) => o.entries.some((e) => e.entry.measures === ''))
 *           .map((o) => ({ unit: o.unit, taskNumber: o.task.number, message: '未填写工作措施', messageEn: 'No measures' })),
 *     },
 *   ],
 * });
 * ```
 */
export function definePlugin(input: PluginInput): ZwgkPlugin {
  if (!isRecord(input)) {
    throw new ZwgkError('invalid-plugin', `a plugin must be an object, got ${quote(input)}`, {
      details: { value: input },
    });
  }
  const raw = input as unknown as Record<string, unknown>;
  if (typeof raw.name !== 'string' || raw.name.trim() === '') {
    throw new ZwgkError('invalid-plugin', `a plugin needs a non-empty string name, got ${quote(raw.name)}`, {
      details: { value: raw.name },
    });
  }
  const name = raw.name;
  if (raw.apiVersion !== PLUGIN_API_VERSION) {
    fail(name, 'apiVersion', `${PLUGIN_API_VERSION} (this @zwgk/core understands plugin API 1)`, raw.apiVersion);
  }
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) fail(name, key, `one of ${[...KNOWN_KEYS].join(', ')} (unknown key)`, raw[key]);
  }
  const rules = checkArray(name, 'rules', raw.rules).map((rule, i) => {
    if (!isRecord(rule)) fail(name, `rules[${i}]`, 'an object { id, severity, check }', rule);
    if (typeof rule.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(rule.id)) {
      fail(name, `rules[${i}].id`, 'a kebab-case string', rule.id);
    }
    if (typeof rule.severity !== 'string' || !SEVERITIES.includes(rule.severity)) {
      fail(name, `rules[${i}].severity`, "'error', 'warning' or 'info'", rule.severity);
    }
    if (typeof rule.check !== 'function') fail(name, `rules[${i}].check`, 'a function', rule.check);
    if (rule.description !== undefined && typeof rule.description !== 'string') {
      fail(name, `rules[${i}].description`, 'a string', rule.description);
    }
    return Object.freeze({ ...rule }) as unknown as Rule;
  });
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) fail(name, 'rules', 'rules with distinct ids', rule.id);
    ids.add(rule.id);
  }
  const deadlinePatterns = checkArray(name, 'deadlinePatterns', raw.deadlinePatterns).map((p, i) => {
    if (!isRecord(p)) fail(name, `deadlinePatterns[${i}]`, 'an object { id, pattern, resolve }', p);
    if (typeof p.id !== 'string') fail(name, `deadlinePatterns[${i}].id`, 'a string', p.id);
    if (!(p.pattern instanceof RegExp)) fail(name, `deadlinePatterns[${i}].pattern`, 'a RegExp', p.pattern);
    if (typeof p.resolve !== 'function') fail(name, `deadlinePatterns[${i}].resolve`, 'a function', p.resolve);
    return Object.freeze({ ...p }) as unknown as DeadlinePattern;
  });
  let statusWords: Record<string, EntryStatus> = {};
  if (raw.statusWords !== undefined) {
    if (!isRecord(raw.statusWords)) fail(name, 'statusWords', 'an object of word → status', raw.statusWords);
    for (const [word, status] of Object.entries(raw.statusWords)) {
      if (typeof status !== 'string' || !STATUSES.includes(status)) {
        fail(name, `statusWords.${word}`, `one of ${STATUSES.join(', ')}`, status);
      }
    }
    statusWords = { ...(raw.statusWords as Record<string, EntryStatus>) };
  }
  const calendars = checkArray(name, 'calendars', raw.calendars).map((c, i) => {
    if (!isRecord(c) || typeof c.id !== 'string' || !isRecord(c.years)) {
      fail(name, `calendars[${i}]`, 'a WorkingCalendar { id, name, years }', c);
    }
    return c as unknown as WorkingCalendar;
  });
  const plugin: ZwgkPlugin = {
    [PLUGIN_BRAND]: 1,
    name,
    apiVersion: 1,
    rules: Object.freeze(rules),
    deadlinePatterns: Object.freeze(deadlinePatterns),
    unitAliases: checkStringLists(name, 'unitAliases', raw.unitAliases),
    statusWords: Object.freeze(statusWords),
    headerAliases: checkStringLists(name, 'headerAliases', raw.headerAliases),
    calendars: Object.freeze(calendars),
  };
  return Object.freeze(plugin);
}

/**
 * Whether a value is a plugin made by {@link definePlugin}, by any copy of `@zwgk/core` (it checks
 * the `Symbol.for('zwgk.plugin')` brand, not the prototype).
 *
 * @category Plugins
 * @example
 * ```ts
 * isPlugin(definePlugin({ name: 'x', apiVersion: 1 })); // true
 * isPlugin({ name: 'x', apiVersion: 1 }); // false
 * ```
 */
export function isPlugin(value: unknown): value is ZwgkPlugin {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[PLUGIN_BRAND] === 1 &&
    (value as { apiVersion?: unknown }).apiVersion === PLUGIN_API_VERSION
  );
}

/**
 * Turns what a plugin module exports into a plugin: a branded plugin is taken as it is; a plain
 * object (or a module namespace whose `default` or `plugin` export is one) is checked with
 * {@link definePlugin}. Anything else throws a {@link ZwgkError} `invalid-plugin` naming `source`.
 *
 * @param value - a plugin, a plugin-shaped object, or a module namespace
 * @param source - where it came from (a module path), for the error message
 * @returns the plugin
 * @throws {@link ZwgkError} `invalid-plugin`
 * @category Plugins
 * @example
 * ```ts
 * import { loadPlugin } from '@zwgk/core';
 *
 * const plugin = loadPlugin(await import('./province-rules.js'), './province-rules.js');
 * ```
 */
export function loadPlugin(value: unknown, source = 'plugin'): ZwgkPlugin {
  if (isPlugin(value)) return value;
  if (isRecord(value) || (typeof value === 'object' && value !== null)) {
    const record = value as Record<string, unknown>;
    for (const key of ['default', 'plugin']) {
      const inner = record[key];
      if (isPlugin(inner)) return inner;
      if (isRecord(inner) && 'apiVersion' in inner) return withSource(inner, source);
    }
    if ('apiVersion' in record || 'name' in record) return withSource(record, source);
  }
  throw new ZwgkError(
    'invalid-plugin',
    `${source} does not export a plugin (expected definePlugin({ name, apiVersion: 1, … }) as default export), got ${quote(value)}`,
    { details: { source } },
  );
}

function withSource(value: Record<string, unknown>, source: string): ZwgkPlugin {
  try {
    return definePlugin(value as unknown as PluginInput);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ZwgkError('invalid-plugin', `${source}: ${message}`, { cause: error, details: { source } });
  }
}
