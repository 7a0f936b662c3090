import type { Finding } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownCell, formatFindingsMarkdown } from './markdown.js';

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
