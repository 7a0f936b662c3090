import type { Finding } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { seedCheck, syntheticCheck } from '../test/fixtures/check-results.js';
import { formatRate } from './labels.js';
import { escapeMarkdownCell, formatFindingsMarkdown, renderMarkdown } from './markdown.js';
import { buildReport } from './model.js';

const finding: Finding = {
  rule: 'overdue',
  severity: 'error',
  unit: '<b>砀山县|人民政府</b>',
  taskNumber: '3',
  message: '任务3已逾期',
  messageEn: 'Task 3 is overdue',
};

describe('formatFindingsMarkdown', () => {
  it('writes one table row per finding with the zh-CN message', () => {
    const md = formatFindingsMarkdown([finding]);
    expect(md.split('\n').filter(Boolean)).toHaveLength(3);
    expect(md).toContain('任务3已逾期');
  });
  it('uses English headers and messages for en', () => {
    expect(formatFindingsMarkdown([finding], 'en')).toContain('| Rule | Severity |');
  });
  it('escapes pipes and HTML from the input', () => {
    expect(formatFindingsMarkdown([finding])).toContain('&lt;b&gt;砀山县\\|人民政府&lt;/b&gt;');
  });
  it('says so when there are no findings', () => {
    expect(formatFindingsMarkdown([])).toBe('未发现问题。\n');
  });
});

describe('escapeMarkdownCell', () => {
  it('turns line breaks into <br>', () => {
    expect(escapeMarkdownCell('a\nb')).toBe('a<br>b');
  });
});

describe('renderMarkdown', () => {
  const { plan, result } = seedCheck({ extraUnit: '<script>alert(1)</script>|x' });
  const report = buildReport(plan, result, { issuer: '宿州市政务公开办公室' });
  const md = renderMarkdown(report);

  it('opens with the title and numbers its chapters 一、二、…', () => {
    expect(md.startsWith('# 2024年宿州市政务公开重点工作任务分工方案落实情况督导通报\n')).toBe(true);
    expect(md).toContain('## 一、总体情况');
    expect(md).toContain('## 九、发现的问题');
    expect(md).toContain('### （一）');
  });

  it('prints the completion rate and overdue count of the summary', () => {
    expect(md).toContain(`完成率${formatRate(report.summary.completionRate)}`);
    expect(md).toContain(`已逾期${report.summary.overdue}项`);
  });

  it('keeps table rows intact and escapes HTML and pipes from unit names', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;\\|x');
    for (const line of md.split('\n').filter((l) => l.startsWith('| 排名'))) {
      expect(line.split(/(?<!\\)\|/).length).toBe(12);
    }
  });

  it('cuts long lists with a note pointing to the XLSX report', () => {
    const big = syntheticCheck(60, 40);
    const text = renderMarkdown(buildReport(big.plan, big.result), { maxRows: 10 });
    expect(text).toMatch(/仅列出前10项，共\d+项；完整清单见 XLSX 报告。/);
  });

  it('writes English with locale en', () => {
    const en = renderMarkdown(buildReport(plan, result, { locale: 'en' }));
    expect(en).toContain('## 1. Summary');
    expect(en).toContain('completion rate of');
  });
});

describe('escapeMarkdownCell on markup', () => {
  it('escapes emphasis, code and link characters and every kind of line break', () => {
    expect(escapeMarkdownCell('[a](b) *c* _d_ `e`')).toBe('\\[a\\](b) \\*c\\* \\_d\\_ \\`e\\`');
    expect(escapeMarkdownCell('a\rb\r\nc')).toBe('a<br>b<br>c');
  });
});
