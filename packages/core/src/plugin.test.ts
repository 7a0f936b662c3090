import { describe, expect, it } from 'vitest';
import { builtinRules } from './compliance/rules/index.js';
import { isZwgkError } from './errors.js';
import { definePlugin, isPlugin, loadPlugin, PLUGIN_BRAND, type PluginInput } from './plugin.js';

function invalid(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(isZwgkError(error) && error.code).toBe('invalid-plugin');
    return (error as Error).message;
  }
  throw new Error('expected an invalid-plugin error');
}

describe('definePlugin', () => {
  it('returns a frozen, branded plugin with every list filled in', () => {
    const plugin = definePlugin({ name: 'anhui', apiVersion: 1, statusWords: { 已办结: 'done' } });
    expect(Object.isFrozen(plugin)).toBe(true);
    expect(plugin[PLUGIN_BRAND]).toBe(1);
    expect(plugin[Symbol.for('zwgk.plugin') as typeof PLUGIN_BRAND]).toBe(1);
    expect(plugin).toMatchObject({ name: 'anhui', rules: [], deadlinePatterns: [], unitAliases: {}, calendars: [] });
    expect(plugin.statusWords).toEqual({ 已办结: 'done' });
  });

  it('refuses another apiVersion, naming the plugin and quoting the value', () => {
    const message = invalid(() => definePlugin({ name: 'old', apiVersion: 2 } as unknown as PluginInput));
    expect(message).toContain('plugin "old"');
    expect(message).toContain('apiVersion');
    expect(message).toContain('got 2');
  });

  it('names the bad part of a rule', () => {
    const noCheck = { name: 'p', apiVersion: 1, rules: [{ id: 'x', severity: 'warning' }] };
    expect(invalid(() => definePlugin(noCheck as unknown as PluginInput))).toContain(
      'rules[0].check must be a function',
    );
    const badSeverity = { name: 'p', apiVersion: 1, rules: [{ id: 'x', severity: 'fatal', check: () => [] }] };
    expect(invalid(() => definePlugin(badSeverity as unknown as PluginInput))).toContain('got "fatal"');
    const badId = { name: 'p', apiVersion: 1, rules: [{ id: 'Bad Id', severity: 'info', check: () => [] }] };
    expect(invalid(() => definePlugin(badId as unknown as PluginInput))).toContain('kebab-case');
  });

  it('checks status words, aliases, patterns and unknown keys', () => {
    expect(invalid(() => definePlugin({ name: 'p', apiVersion: 1, statusWords: { 好: 'great' } } as never))).toContain(
      'statusWords.好',
    );
    expect(invalid(() => definePlugin({ name: 'p', apiVersion: 1, unitAliases: { 甲: '乙' } } as never))).toContain(
      'unitAliases.甲 must be an array of strings, got "乙"',
    );
    expect(
      invalid(() =>
        definePlugin({ name: 'p', apiVersion: 1, deadlinePatterns: [{ id: 'x', pattern: '汛期前' }] } as never),
      ),
    ).toContain('deadlinePatterns[0].pattern must be a RegExp');
    expect(invalid(() => definePlugin({ name: 'p', apiVersion: 1, rule: [] } as never))).toContain('unknown key');
    expect(invalid(() => definePlugin({ name: '', apiVersion: 1 }))).toContain('non-empty string name');
  });

  it('refuses two rules with one id', () => {
    const rule = { id: 'twice', severity: 'info' as const, check: () => [] };
    expect(invalid(() => definePlugin({ name: 'p', apiVersion: 1, rules: [rule, rule] }))).toContain('"twice"');
  });

  it('defines the built-in rules with the same API', () => {
    expect(isPlugin(builtinRules)).toBe(true);
    expect(builtinRules.rules.map((r) => r.id)).toEqual([
      'ledger-missing',
      'task-uncovered',
      'overdue',
      'due-soon',
      'completed-late',
      'done-without-evidence',
      'status-inconsistent',
      'stale-progress',
      'recurring-missed',
      'lead-silent',
      'unknown-task',
      'unknown-unit',
    ]);
  });
});

describe('isPlugin and loadPlugin', () => {
  it('recognise a plugin from another copy of the library by its Symbol.for brand', () => {
    const foreign = Object.freeze({
      [Symbol.for('zwgk.plugin')]: 1,
      name: 'foreign',
      apiVersion: 1,
      rules: [],
      deadlinePatterns: [],
      unitAliases: {},
      statusWords: {},
      headerAliases: {},
      calendars: [],
    });
    expect(isPlugin(foreign)).toBe(true);
    expect(loadPlugin(foreign)).toBe(foreign);
    expect(isPlugin({ name: 'x', apiVersion: 1 })).toBe(false);
  });

  it('takes a module namespace with a default export, or a plain plugin object', () => {
    const plugin = definePlugin({ name: 'm', apiVersion: 1 });
    expect(loadPlugin({ default: plugin })).toBe(plugin);
    expect(loadPlugin({ plugin })).toBe(plugin);
    expect(isPlugin(loadPlugin({ default: { name: 'plain', apiVersion: 1 } }))).toBe(true);
  });

  it('names the module when it exports no plugin or a bad one', () => {
    expect(invalid(() => loadPlugin({ other: 1 }, './rules.js'))).toContain('./rules.js does not export a plugin');
    expect(invalid(() => loadPlugin({ default: { name: 'x', apiVersion: 3 } }, './rules.js'))).toMatch(
      /^\.\/rules\.js: plugin "x": apiVersion/,
    );
    expect(invalid(() => loadPlugin(42, 'x.js'))).toContain('got 42');
  });
});
