import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { zwgkFromSource } from '../../../../test/helpers.js';
import { runCli } from '../program.js';

const fixtures = join(import.meta.dirname, '../../../catalogue/test/fixtures');
const json = join(fixtures, 'sample-catalogue.json');
const jsonl = join(fixtures, 'sample-catalogue.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'zwgk-cli-catalogue-'));

// Each case that runs the command as a process starts tsx: allow for a slow, busy machine.
describe('zwgk catalogue validate', { timeout: 30_000 }, () => {
  it('prints {findings, stats} as JSON and exits 1 on error findings', () => {
    const r = zwgkFromSource(['catalogue', 'validate', jsonl, '--as-of', '2024-12-31', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as {
      findings: Array<{ rule: string; location?: { row?: number } }>;
      stats: { entries: number };
    };
    expect(out.stats.entries).toBe(34);
    expect(out.findings.find((f) => f.rule === 'late-publication')?.location?.row).toBe(34);
  });

  it('prints a readable table with the single-veto verdicts', () => {
    const r = zwgkFromSource(['catalogue', 'validate', json, '--as-of', '2024-12-31']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('personal-data');
    expect(r.stdout).toContain('单项否决');
    expect(r.stdout).toContain('法定主动公开内容 > 应急管理');
  });

  it('exits 0 on a catalogue with warnings only', () => {
    const file = join(dir, 'ok.jsonl');
    // Every column the national profile requires, with a note, plus one stale, placeholder entry.
    const names = [
      '政策文件',
      '机构职能',
      '规划信息',
      '统计信息',
      '行政许可',
      '行政处罚',
      '财政预决算',
      '行政事业性收费',
      '政府采购',
      '重大建设项目',
      '社会保障',
      '应急管理',
      '监督检查',
      '人事信息',
      '政府信息公开指南',
      '政府信息公开制度',
      '政府信息公开年报',
    ];
    const records = [
      ...names.map((name, i) => ({ type: 'column', id: `c${i}`, name, parent: null, note: '本栏目暂无信息' })),
      { type: 'column', id: 'n', name: '工作动态', parent: null },
      { type: 'entry', id: 1, column: 'n', title: '测试', publishedOn: '2024-11-01' },
    ];
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));
    const r = zwgkFromSource([
      'catalogue',
      'validate',
      file,
      '--as-of',
      '2024-12-31',
      '--format',
      'json',
      '--profile',
      'national',
    ]);
    const out = JSON.parse(r.stdout) as { stats: { findings: { error: number; warning: number } } };
    expect(out.stats.findings).toMatchObject({ error: 0, warning: 2 });
    expect(r.status).toBe(0);
  });

  it('exits 2 with one line for a missing file (as a process)', () => {
    const r = zwgkFromSource(['catalogue', 'validate', join(dir, 'missing.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^zwgk: cannot read catalogue .*missing\.json: no such file\n$/);
  });

  // Usage errors end before any output, so they can run in this process.
  it.each([
    [['catalogue', 'validate', json, '--as-of', '31/12/2024'], /--as-of must be a date YYYY-MM-DD/],
    [['catalogue', 'validate', json, '--format', 'xml'], /--format xml is not supported/],
    [['catalogue', 'validate', json, '--profile', 'atlantis'], /unknown profile "atlantis"/],
    [['catalogue', 'validate', json, '--max-findings', 'many'], /--max-findings must be a whole number/],
    [['catalogue', 'validate', json, '--bogus'], /unknown option/],
    [['catalogue', 'validate'], /missing required argument/],
  ])('exits 2 with one line for %j', async (args, message) => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await runCli(args)).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toMatch(message);
    expect(written.join('').trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 naming the position for unreadable JSON', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"site": {"name": "x"}, "columns": [');
    const r = zwgkFromSource(['catalogue', 'validate', file, '--as-of', '2024-12-31']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.json is not valid JSON/);
  });

  it('reports bad JSON Lines as findings with line numbers, accepting --progress', () => {
    const file = join(dir, 'bad-lines.jsonl');
    writeFileSync(file, '{"type":"column","id":"n","name":"工作动态","parent":null}\n{oops\n');
    const r = zwgkFromSource([
      'catalogue',
      'validate',
      file,
      '--as-of',
      '2024-12-31',
      '--format',
      'json',
      '--progress',
    ]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Array<{ rule: string; location?: { row?: number } }> };
    expect(out.findings.find((f) => f.rule === 'invalid-record')?.location?.row).toBe(2);
  });
});
