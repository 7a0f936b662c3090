// The built `zwgk` executable as a user runs it: exit statuses and one-line errors.
import { describe, expect, it } from 'vitest';
import { zwgk } from './helpers.js';

describe('zwgk executable', () => {
  it('prints its version', () => {
    const r = zwgk(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
  it('prints the Plan JSON Schema for `plan schema plan`', () => {
    const r = zwgk(['plan', 'schema', 'plan']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.tasks.type).toBe('array');
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'year', 'sections', 'tasks', 'diagnostics']));
  });
  it.each(['ledger', 'catalogue', 'finding', 'directory'])('prints the %s JSON Schema', (model) => {
    const r = zwgk(['plan', 'schema', model]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).type).toBe('object');
  });
  it('exits 2 with one line for an unknown flag', () => {
    const r = zwgk(['plan', 'schema', '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--bogus');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
  it('exits 2 with one line for an unknown model', () => {
    const r = zwgk(['plan', 'schema', 'nope']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      'zwgk: unknown model "nope"; expected one of plan, ledger, catalogue, finding, directory',
    );
  });
  it('exits 2 for an unknown command', () => {
    const r = zwgk(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('shows help for every command', () => {
    for (const args of [['--help'], ['plan', '--help'], ['plan', 'schema', '--help']]) {
      const r = zwgk(args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('Usage: zwgk');
    }
  });
});
