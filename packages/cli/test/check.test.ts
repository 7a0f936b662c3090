import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Finding, ScorecardSchema, todayInShanghai } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { zwgkFromSource } from '../../../test/helpers.js';
import { formatCheckTable } from '../src/commands/check.js';

const base = [
  'check',
  '--plan',
  'examples/data/suzhou-2024-plan.txt',
  '--directory',
  'examples/data/suzhou-directory.json',
];

function checkJson(args: string[]) {
  const r = zwgkFromSource([...base, ...args, '--format', 'json']);
  const out = JSON.parse(r.stdout) as { findings: Finding[]; scorecard: unknown };
  return { ...r, findings: out.findings, scorecard: ScorecardSchema.parse(out.scorecard) };
}

// Each test runs the command from sources (a node process with tsx): allow for a loaded machine.
describe('zwgk check', { timeout: 60_000 }, () => {
  it('finds the seeded faults of the sample ledgers and exits 1 for errors', () => {
    const r = checkJson(['--ledger', 'examples/data/ledgers', '--as-of', '2024-12-20']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const seen = r.findings.map((f) => `${f.rule} ${f.unit ?? ''} ${f.taskNumber ?? ''}`.trim());
    expect(seen).toEqual(
      expect.arrayContaining([
        'ledger-missing 灵璧县人民政府',
        'overdue 萧县人民政府 7',
        'completed-late 萧县人民政府 10',
        'done-without-evidence 萧县人民政府 3',
        'recurring-missed 萧县人民政府 18',
        'task-uncovered 泗县人民政府 13',
        'unknown-task 泗县人民政府 28',
        'stale-progress 泗县人民政府 2',
        'status-inconsistent 埇桥区人民政府 15',
        'lead-silent 市政府办公室 16',
        'due-soon 砀山县人民政府 22',
        'unknown-unit 宿州市档案馆',
      ]),
    );
    // Units in order have no findings.
    expect(r.findings.filter((f) => f.unit === '市统计局' || f.unit === '市财政局（国资委）')).toEqual([]);
    const overdue = r.findings.find((f) => f.rule === 'overdue' && f.unit === '萧县人民政府');
    expect(overdue?.location).toMatchObject({ file: '萧县台账.json', row: 10 });
    expect(r.scorecard.asOf).toBe('2024-12-20');
    expect(r.scorecard.byUnit.find((l) => l.key === '灵璧县人民政府')?.missing).toBe(26);
  });

  it('reads XLSX and CSV ledgers through @zwgk/ledger with the same findings', () => {
    const r = checkJson(['--ledger', 'examples/data/ledgers/spreadsheets', '--as-of', '2024-12-20']);
    const seen = r.findings.map((f) => `${f.rule} ${f.unit ?? ''} ${f.taskNumber ?? ''} ${f.location?.file ?? ''}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'overdue 萧县人民政府 7 萧县台账.xlsx',
        'done-without-evidence 萧县人民政府 3 萧县台账.xlsx',
        'status-inconsistent 埇桥区人民政府 15 埇桥区台账.csv',
      ]),
    );
  });

  it('exits 0 when no finding is an error', () => {
    const r = checkJson(['--ledger', 'examples/data/ledgers/砀山县台账.json', '--as-of', '2024-06-01']);
    expect(r.status).toBe(0);
    expect(r.findings.every((f) => f.severity !== 'error')).toBe(true);
  });

  it('prints a readable table: the scorecard by unit, then the findings', () => {
    const r = zwgkFromSource([...base, '--ledger', 'examples/data/ledgers', '--as-of', '2024-12-20']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('合规检查 compliance check — as of 2024-12-20');
    expect(r.stdout).toMatch(/砀山县人民政府\s+26\s/);
    expect(r.stdout).toMatch(/全部\s+\d+/);
    expect(r.stdout).toContain('ledger-missing');
  });

  it('refuses a bad --as-of with one line and exit 2', () => {
    const r = zwgkFromSource([...base, '--ledger', 'examples/data/ledgers', '--as-of', '2024-13-01']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--as-of "2024-13-01" is not a date');
  });

  it('names a missing ledger file and a bad plugin, exit 2', () => {
    const missing = zwgkFromSource([...base, '--ledger', 'nope.xlsx', '--as-of', '2024-12-20']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.xlsx');
    const dir = mkdtempSync(join(tmpdir(), 'zwgk-check-'));
    const bad = join(dir, 'bad-plugin.mjs');
    writeFileSync(bad, "export default { name: 'bad', apiVersion: 2 };\n");
    const r = zwgkFromSource([...base, '--ledger', 'examples/data/ledgers', '--as-of', '2024-12-20', '--plugin', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('plugin "bad": apiVersion');
  });

  it('defaults --as-of to today in Asia/Shanghai', () => {
    const r = checkJson(['--ledger', 'examples/data/ledgers/砀山县台账.json']);
    expect([todayInShanghai(), todayInShanghai(new Date(Date.now() - 60_000))]).toContain(r.scorecard.asOf);
  });
});

describe('formatCheckTable', () => {
  it('says when there are no findings', () => {
    const line = { key: 'all', label: '全部', obligations: 0, done: 0, doneLate: 0, onTrack: 0, dueSoon: 0 };
    const empty = { ...line, overdue: 0, ongoing: 0, missing: 0, completionRate: 0 };
    const text = formatCheckTable({
      asOf: '2024-07-01',
      findings: [],
      scorecard: { asOf: '2024-07-01', overall: empty, byUnit: [], bySection: [] },
    });
    expect(text).toContain('问题 findings: 0 (error 0, warning 0, info 0)');
  });
});
