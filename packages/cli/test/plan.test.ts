import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Plan, PlanSchema } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { root, zwgkFromSource } from '../../../test/helpers.js';
import { CliError } from '../src/errors.js';
import { loadDirectory, loadPlan } from '../src/load.js';

const seed = 'packages/core/test/fixtures/plans/suzhou-2024-plan.txt';
const inputs = 'packages/core/test/fixtures/inputs';

function parseJson(args: string[], input?: string): Plan {
  const r = zwgkFromSource(['plan', 'parse', ...args, '--format', 'json'], input);
  expect(r.status, r.stderr).toBe(0);
  return PlanSchema.parse(JSON.parse(r.stdout));
}

// Each test runs the command from sources (a node process with tsx): allow for a loaded machine.
describe('zwgk plan parse', { timeout: 60_000 }, () => {
  it('prints the seed plan as Plan JSON with its 27 tasks and 11 sections', () => {
    const plan = parseJson([seed]);
    expect(plan.tasks).toHaveLength(27);
    expect(plan.sections).toHaveLength(11);
    expect(plan.docNumber).toBe('宿政务办〔2024〕1号');
  });

  it('prints a table of tasks with their units, deadlines and due dates, and diagnostics on stderr', () => {
    const r = zwgkFromSource(['plan', 'parse', seed]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/序号\s+章节\s+牵头\s+负责\s+配合\s+完成时限\s+到期日/);
    expect(r.stdout).toContain('市数据资源局');
    expect(r.stdout).toContain('县区政府、市政府部门');
    expect(r.stdout).toMatch(/\n3\s+一\s+市数据资源局\s+县区政府、市政府部门\s+2024年7月底前\s+2024-07-31/);
    expect(r.stderr).toMatch(
      /^info input-encoding packages\/core\/test\/fixtures\/plans\/suzhou-2024-plan\.txt 按 UTF-8 编码读取$/m,
    );
  });

  it('reads a DOCX copy of the seed to the same tasks', () => {
    // Each format is compared task by task in core (parse-plan.test.ts); this checks the wiring.
    const numbers = (plan: Plan) => plan.tasks.map((t) => t.number);
    expect(numbers(parseJson([`${inputs}/suzhou-2024-plan.docx`]))).toEqual(numbers(parseJson([seed])));
  });

  it('reads plan text from stdin with -', () => {
    const plan = parseJson(['-'], readFileSync(join(root, seed), 'utf8'));
    expect(plan.tasks).toHaveLength(27);
  });

  it('applies --year to deadlines written without a year', () => {
    const text = '一、主动公开\n1．公开预算信息。（市财政局负责，完成时限：6月底前）';
    const plan = parseJson(['-', '--year', '2025'], text);
    expect(plan.year).toBe(2025);
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2025-06-30' });
  });

  it('exits 2 with one line naming a missing file', () => {
    const r = zwgkFromSource(['plan', 'parse', 'no-such-plan.txt']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('zwgk: cannot read plan no-such-plan.txt: no such file\n');
  });

  it('exits 2 with one line for an unknown --format', () => {
    const r = zwgkFromSource(['plan', 'parse', seed, '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['zwgk: --format xml is not supported; use json or table']);
  });

  it('exits 2 when a file yields no tasks and an error, after printing why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zwgk-plan-'));
    const doc = join(dir, '分工方案.doc');
    // An old binary Word file (OLE compound document header).
    writeFileSync(doc, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = zwgkFromSource(['plan', 'parse', doc]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error input-unsupported .*分工方案\.doc .*另存为 \.docx 或 \.txt/m);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^zwgk: no tasks could be read from .*分工方案\.doc: /);
  });

  it('exits 2 for a damaged DOCX on stdin', () => {
    const r = zwgkFromSource(['plan', 'parse', '-'], 'PK\u0003\u0004 not really a zip');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error docx-unreadable <stdin> /m);
  });

  it('still prints `plan schema`', () => {
    const r = zwgkFromSource(['plan', 'schema', 'plan']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('properties.tasks');
  });
});

// The loaders other commands use (ledger, check, report), run in process.
describe('loadPlan and loadDirectory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zwgk-load-'));
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };

  it('loads plan text, HTML and DOCX through parsePlan, and Plan JSON through the schema', async () => {
    const { plan, source } = await loadPlan(join(root, seed));
    expect(source).toBe(join(root, seed));
    expect(plan.tasks).toHaveLength(27);
    const docx = await loadPlan(join(root, inputs, 'suzhou-2024-plan.docx'));
    expect(docx.plan.tasks).toHaveLength(27);
    const json = await loadPlan(write('plan.json', plan));
    expect(json.plan).toEqual(plan);
  });

  it('applies the year option to plan documents', async () => {
    const path = write('plan.txt', '一、主动公开\n1．公开预算。（市财政局负责，完成时限：6月底前）');
    expect((await loadPlan(path, { year: 2026 })).plan.tasks[0]?.deadline).toMatchObject({ by: '2026-06-30' });
  });

  it('names the file and the JSON paths of the first problems of a JSON file that is not a Plan', async () => {
    const path = write('bad-plan.json', {
      title: 't',
      issuer: null,
      issued: null,
      docNumber: null,
      year: 2024,
      sections: [],
      tasks: [{ id: 't1' }],
      diagnostics: [],
    });
    await expect(loadPlan(path)).rejects.toThrow(new RegExp(`^plan ${path} is not a Plan: tasks\\[0\\]\\.number: `));
    await expect(loadPlan(write('broken.json', '{"title": '))).rejects.toThrow(/is not valid JSON/);
    await expect(loadPlan(join(dir, 'missing.txt'))).rejects.toBeInstanceOf(CliError);
  });

  it('loads a unit directory, filling defaults, and names the JSON path of a bad one', async () => {
    const good = await loadDirectory(
      write('dir.json', { units: [{ name: '砀山县人民政府', memberOf: ['县区政府'] }] }),
    );
    expect(good).toEqual({ units: [{ name: '砀山县人民政府', aliases: [], memberOf: ['县区政府'] }], groups: [] });
    const bad = write('bad-dir.json', { units: [{ name: '砀山县人民政府' }, { aliases: '砀山县' }] });
    await expect(loadDirectory(bad)).rejects.toThrow(
      new RegExp(`^directory ${bad} is not a unit directory: units\\[1\\]\\.name: .*; units\\[1\\]\\.aliases: `),
    );
  });
});
