// The example province plugin (examples/plugins/province-rules.ts) at work: its rule and its
// deadline phrase, through the same API users call.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCompliance, type Ledger, type Plan, parseDeadline, parsePlan } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { provinceRules } from '../examples/plugins/province-rules.js';
import { root, zwgkFromSource } from './helpers.js';

const data = join(root, 'examples/data');
const plan = parsePlan(readFileSync(join(data, 'suzhou-2024-plan.txt')), { fileName: 'suzhou-2024-plan.txt' });
const directory = JSON.parse(readFileSync(join(data, 'suzhou-directory.json'), 'utf8'));
const sample = (file: string): Ledger => JSON.parse(readFileSync(join(data, 'ledgers', file), 'utf8'));

describe('province plugin example', () => {
  it('flags a done task with one piece of evidence, not one with two', () => {
    const unit = '砀山县人民政府';
    const ledger: Ledger = {
      unit,
      publishedAt: '2024-06-15',
      source: { file: '砀山县台账.json', format: 'json' },
      rejected: [],
      entries: [
        {
          taskNumber: '7',
          measures: '',
          status: 'done',
          completedOn: '2024-06-20',
          evidence: ['https://a.gov.cn/1'],
          row: 4,
        },
        {
          taskNumber: '10',
          measures: '',
          status: 'done',
          completedOn: '2024-06-20',
          evidence: ['https://a.gov.cn/2', '会议纪要'],
          row: 5,
        },
      ],
    };
    const result = checkCompliance(plan, directory, [ledger], { asOf: '2024-07-01', plugins: [provinceRules] });
    const found = result.findings.filter((f) => f.rule === 'province-evidence-two');
    expect(found.map((f) => [f.unit, f.taskNumber, f.location?.row])).toEqual([[unit, '7', 4]]);
    expect(found[0]?.message).toContain('至少2项');
    // Without the plugin the built-in rules see nothing wrong with either entry's evidence.
    const plain = checkCompliance(plan, directory, [ledger], { asOf: '2024-07-01' });
    const aboutEvidence = (f: { unit?: string; rule: string }) => f.unit === unit && /evidence/.test(f.rule);
    expect(plain.findings.filter(aboutEvidence)).toEqual([]);
  });

  it('reads 汛期前 as 31 May of the plan year', () => {
    const plain = parseDeadline('汛期前', { year: 2024 });
    expect(plain.deadline.kind).toBe('none');
    const read = parseDeadline('汛期前', { year: 2024, patterns: provinceRules.deadlinePatterns });
    expect(read.deadline).toMatchObject({ kind: 'date', by: '2024-05-31' });
  });

  it('gives a task due 汛期前 its date in a check, so it can be overdue', () => {
    const withPhrase: Plan = {
      ...plan,
      tasks: plan.tasks.map((t) => (t.number === '8' ? { ...t, deadline: { kind: 'none', raw: '汛期前' } } : t)),
    };
    const ledgers = readdirSync(join(data, 'ledgers'))
      .filter((f) => f.endsWith('.json'))
      .map(sample);
    const result = checkCompliance(withPhrase, directory, ledgers, { asOf: '2024-10-08', plugins: [provinceRules] });
    expect(result.obligations.filter((o) => o.taskNumber === '8').every((o) => o.due === '2024-05-31')).toBe(true);
    const without = checkCompliance(withPhrase, directory, ledgers, { asOf: '2024-10-08' });
    expect(without.obligations.find((o) => o.taskNumber === '8')?.due).toBeNull();
  });

  it('works from the command line with --plugin', () => {
    const r = zwgkFromSource([
      'check',
      '--plan',
      'examples/data/suzhou-2024-plan.txt',
      '--directory',
      'examples/data/suzhou-directory.json',
      '--ledger',
      'examples/data/ledgers',
      '--as-of',
      '2024-12-20',
      '--format',
      'json',
      '--plugin',
      './examples/plugins/province-rules.ts',
    ]);
    expect(r.stderr).toBe('');
    const { findings } = JSON.parse(r.stdout) as { findings: { rule: string }[] };
    expect(findings.filter((f) => f.rule === 'province-evidence-two').length).toBeGreaterThan(0);
  });
});
