import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zwgkFromSource } from '../../../test/helpers.js';
import { reportFormat } from '../src/commands/report.js';

const base = [
  'report',
  '--plan',
  'examples/data/suzhou-2024-plan.txt',
  '--directory',
  'examples/data/suzhou-directory.json',
  '--ledger',
  'examples/data/ledgers',
  '--as-of',
  '2024-09-30',
];

// Each test runs the command from sources (a node process with tsx): allow for a loaded machine.
describe('zwgk report', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'zwgk-report-'));

  it('writes Markdown to stdout with -o -, progress on stderr, exit 0 despite findings', () => {
    const r = zwgkFromSource([...base, '--format', 'md', '-o', '-']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('# 2024年宿州市政务公开重点工作任务分工方案落实情况督导通报\n')).toBe(true);
    expect(r.stdout).toContain('## 九、发现的问题');
    expect(r.stdout).toContain('| 1 | 灵璧县人民政府 |');
    expect(r.stderr).toMatch(/^zwgk report: reading ledger 1\/\d+ /m);
    expect(r.stderr).toMatch(/completion \d+\.\d%/);
  });

  for (const name of ['report.html', 'report.docx', 'report.xlsx']) {
    it(`writes ${name} with the format taken from -o, creating its folder`, () => {
      const file = join(dir, 'out', name);
      const r = zwgkFromSource([...base, '-o', file]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(`wrote ${file}`);
      const rate = /completion (\d+\.\d%)/.exec(r.stderr)?.[1];
      expect(rate).toBeDefined();
      const bytes = readFileSync(file);
      if (name.endsWith('.html')) {
        const html = bytes.toString('utf8');
        expect(html).toContain(`<b>${rate}</b>`);
        expect(html).not.toMatch(/<script|https?:\/\//);
      } else {
        expect(bytes.subarray(0, 2).toString()).toBe('PK');
      }
    });
  }

  it('agrees with zwgk check: the report data JSON carries the check’s overall scorecard', () => {
    const report = zwgkFromSource([...base, '--format', 'json', '-o', '-']);
    expect(report.status).toBe(0);
    const data = JSON.parse(report.stdout) as { summary: Record<string, number>; units: { key: string }[] };
    const check = zwgkFromSource(['check', ...base.slice(1), '--format', 'json']);
    const overall = (JSON.parse(check.stdout) as { scorecard: { overall: Record<string, number> } }).scorecard.overall;
    for (const key of [
      'obligations',
      'done',
      'doneLate',
      'onTrack',
      'dueSoon',
      'overdue',
      'ongoing',
      'missing',
      'completionRate',
    ])
      expect(data.summary[key], key).toBe(overall[key]);
    expect(data.units.length).toBeGreaterThan(10);
  });

  it('refuses DOCX on stdout with one line and exit 2', () => {
    const r = zwgkFromSource([...base, '--format', 'docx', '-o', '-']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('cannot go to stdout');
  });

  it('names a missing ledger file in one line and exits 2', () => {
    const r = zwgkFromSource([...base.slice(0, 5), '--ledger', 'no-such-ledger.xlsx', '--as-of', '2024-09-30']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('zwgk: cannot read ledger no-such-ledger.xlsx: no such file\n');
  });

  it('rejects a bad --as-of and a bad --format with one line, exit 2', () => {
    const badDate = zwgkFromSource([...base.slice(0, -1), '2024-13-45']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/^zwgk: --as-of "2024-13-45" is not a date[^\n]*\n$/);
    const badFormat = zwgkFromSource([...base, '--format', 'pdf']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toBe('zwgk: --format pdf is not supported; use md, html, docx, xlsx or json\n');
  });
});

describe('reportFormat', () => {
  it('takes --format first, then the file extension, then Markdown', () => {
    expect(reportFormat('HTML', 'x.docx')).toBe('html');
    expect(reportFormat('markdown', undefined)).toBe('md');
    expect(reportFormat(undefined, 'out/督导通报.docx')).toBe('docx');
    expect(reportFormat(undefined, '-')).toBe('md');
  });
});
