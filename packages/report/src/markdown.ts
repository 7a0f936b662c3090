import type { Finding } from '@zwgk/core';

/**
 * Escapes text for a Markdown table cell: pipes, backslashes, HTML brackets and line breaks.
 *
 * @param text - cell text from input data
 * @returns text that stays inside its cell and renders as written
 * @category Markdown
 * @example
 * ```ts
 * escapeMarkdownCell('a|b\nc'); // 'a\\|b<br>c'
 * ```
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}

/**
 * Lays findings out as a Markdown table (规则 / 级别 / 单位 / 任务 / 说明), in the order given.
 *
 * @param findings - compliance findings
 * @param locale - `zh` for the zh-CN messages (default) or `en`
 * @returns a Markdown table, or a line saying there are none
 * @category Markdown
 * @example
 * ```ts
 * formatFindingsMarkdown([
 *   { rule: 'overdue', severity: 'error', unit: '砀山县人民政府', taskNumber: '3',
 *     message: '任务3已逾期', messageEn: 'Task 3 is overdue' },
 * ]);
 * ```
 */
export function formatFindingsMarkdown(findings: readonly Finding[], locale: 'zh' | 'en' = 'zh'): string {
  if (findings.length === 0) return locale === 'zh' ? '未发现问题。\n' : 'No findings.\n';
  const head =
    locale === 'zh' ? ['规则', '级别', '单位', '任务', '说明'] : ['Rule', 'Severity', 'Unit', 'Task', 'Message'];
  const rows = findings.map((f) =>
    [f.rule, f.severity, f.unit ?? '', f.taskNumber ?? '', locale === 'zh' ? f.message : f.messageEn].map(
      escapeMarkdownCell,
    ),
  );
  return `${[head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
}
