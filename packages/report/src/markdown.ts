import type { Finding } from '@zwgk/core';
import type { ReportData } from './model.js';
import { headingNumber, noneText, type ReportTable, reportChapters } from './tables.js';

/**
 * Escapes text for a Markdown table cell or line: pipes, backslashes, emphasis and link characters
 * (asterisks, underscores, backticks, square brackets), HTML brackets and line breaks, so input data never turns into markup or links.
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
    .replace(/[|*_`[\]]/g, (ch) => `\\${ch}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, '<br>');
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

/**
 * Options of the Markdown and HTML renderers.
 *
 * @category Markdown
 * @example
 * ```ts
 * const options: RenderOptions = { maxRows: 50 };
 * ```
 */
export interface RenderOptions {
  /** Cap on rows of the overdue, due-soon, missing-ledger and finding lists (default 200). */
  maxRows?: number;
}

function markdownTable(table: ReportTable): string {
  const lines = [table.headers, table.headers.map(() => '---'), ...table.rows].map(
    (r) => `| ${r.map(escapeMarkdownCell).join(' | ')} |`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Renders a report as Markdown — headings, the summary sentence and tables — for chat tools,
 * README-style publishing and wikis. Everything from the input is escaped (pipes, HTML brackets).
 *
 * @param report - the report data from {@link buildReport}
 * @param options - row cap for long lists
 * @returns the Markdown text
 * @category Markdown
 * @example
 * ```ts
 * import { buildReport, renderMarkdown } from '@zwgk/report';
 * await writeFile('report.md', renderMarkdown(buildReport(plan, result)));
 * ```
 */
export function renderMarkdown(report: ReportData, options: RenderOptions = {}): string {
  const zh = report.locale === 'zh';
  const out: string[] = [`# ${escapeMarkdownCell(report.title)}\n`];
  const meta = [
    report.issuer ? `${zh ? '发布单位：' : 'Issued by: '}${report.issuer}` : null,
    `${zh ? '统计截止：' : 'As of: '}${report.asOf}`,
    `${zh ? '依据：' : 'Plan: '}${report.plan.title}${report.plan.docNumber ? (zh ? `（${report.plan.docNumber}）` : ` (${report.plan.docNumber})`) : ''}`,
  ].filter((x): x is string => x !== null);
  out.push(`> ${meta.map(escapeMarkdownCell).join(' · ')}\n`);
  reportChapters(report, options.maxRows ?? 200).forEach((chapter, i) => {
    out.push(`## ${headingNumber(1, i, report.locale)}${escapeMarkdownCell(chapter.heading)}\n`);
    for (const p of chapter.paragraphs) out.push(`${escapeMarkdownCell(p)}\n`);
    let sub = 0;
    for (const block of chapter.blocks) {
      if (block.subheading !== null)
        out.push(`### ${headingNumber(2, sub++, report.locale)}${escapeMarkdownCell(block.subheading)}\n`);
      out.push(block.table.total === 0 ? `${noneText(report.locale)}\n` : markdownTable(block.table));
      if (block.note) out.push(`_${escapeMarkdownCell(block.note)}_\n`);
    }
  });
  return out.join('\n');
}
