import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LedgerSchema } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { root, zwgkFromSource } from '../../../../test/helpers.js';

const fixtures = 'packages/ledger/test/fixtures';
const plan = `${fixtures}/suzhou-2024-plan.json`;

describe('zwgk ledger import', () => {
  it('prints the Ledger as JSON with --format json', () => {
    const r = zwgkFromSource([
      'ledger',
      'import',
      `${fixtures}/dangshan-ledger.xlsx`,
      '--plan',
      plan,
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const ledger = LedgerSchema.parse(JSON.parse(r.stdout));
    expect(ledger.unit).toBe('砀山县人民政府');
    expect(ledger.entries).toHaveLength(10);
    expect(ledger.rejected).toHaveLength(1);
  }, 30_000);
  it('shows counts and the rejected rows with file, sheet, row and column as a table', () => {
    const r = zwgkFromSource([
      'ledger',
      'import',
      `${fixtures}/yongqiao-gbk.csv`,
      '--plan',
      plan,
      '--unit',
      '埇桥区政府',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('埇桥区政府');
    expect(r.stdout).toMatch(/accepted 已导入: 4\s+rejected 未导入: 1/);
    expect(r.stdout).toMatch(/yongqiao-gbk\.csv\s+9\s+D\s+无法识别的完成状态/);
  }, 30_000);
  it('ends with one line and exit 2 for an unreadable file', () => {
    for (const name of ['old-binary.xls', 'zip-bomb.xlsx']) {
      const r = zwgkFromSource(['ledger', 'import', `${fixtures}/${name}`, '--plan', plan]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^zwgk: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 30_000);
});

describe('zwgk ledger template', () => {
  it('writes a unit\u2019s template that imports back as one not_started entry per task', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zwgk-ledger-'));
    const directory = join(dir, 'dir.json');
    const out = join(dir, '砀山县台账.xlsx');
    writeFileSync(
      directory,
      JSON.stringify({ units: [{ name: '砀山县人民政府', aliases: ['砀山县'], memberOf: ['县区政府'] }] }),
    );
    const made = zwgkFromSource([
      'ledger',
      'template',
      '--plan',
      plan,
      '--unit',
      '砀山县',
      '--directory',
      directory,
      '-o',
      out,
      '--format',
      'json',
    ]);
    expect(made.status).toBe(0);
    expect(JSON.parse(made.stdout).tasks).toHaveLength(26);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const back = zwgkFromSource(['ledger', 'import', out, '--plan', join(root, plan), '--format', 'json']);
    expect(back.status).toBe(0);
    const ledger = LedgerSchema.parse(JSON.parse(back.stdout));
    expect(ledger.unit).toBe('砀山县人民政府');
    expect(ledger.entries).toHaveLength(26);
    expect(ledger.entries.every((e) => e.status === 'not_started')).toBe(true);
    expect(ledger.rejected).toEqual([]);
  }, 30_000);
});
