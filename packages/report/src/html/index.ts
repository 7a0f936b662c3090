import { escapeHtml } from '@zwgk/core';
import { formatRate, OBLIGATION_STATES, stateLook } from '../labels.js';
import type { RenderOptions } from '../markdown.js';
import type { ReportData } from '../model.js';
import { headingNumber, noneText, type ReportChapter, type ReportTable, reportChapters } from '../tables.js';
import { ALL_BARS_UP_TO, LOWEST_BARS, rateHistogram, timelineChart, unitBarChart } from './charts.js';
import { reportCss } from './style.js';

/**
 * Up to this many unit × task cells the HTML heat map shows every task; above it (2,000 units ×
 * 100 tasks) it shows units × sections and points to the XLSX report for the full matrix.
 *
 * @category HTML
 * @example
 * ```ts
 * report.matrix.units.length * report.matrix.tasks.length <= FULL_MATRIX_MAX_CELLS;
 * ```
 */
export const FULL_MATRIX_MAX_CELLS = 6000;

const NUMERIC = /^-?\d+(\.\d+)?%?$/;

function htmlTable(table: ReportTable, locale: ReportData['locale']): string {
  if (table.total === 0) return `<p>${escapeHtml(noneText(locale))}</p>`;
  const numeric = table.headers.map(
    (_, c) => table.rows.length > 0 && table.rows.every((r) => NUMERIC.test(r[c] ?? '')),
  );
  const head = table.headers
    .map((h, c) => `<th scope="col"${numeric[c] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const body = table.rows
    .map(
      (r) =>
        `<tr>${r.map((cell, c) => `<td${numeric[c] ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  // Two-column tables (key figures) stay narrow instead of stretching over the page.
  const kv = table.headers.length === 2;
  return `<div class="table-wrap${kv ? ' kv' : ''}"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function legend(report: ReportData): string {
  const items = OBLIGATION_STATES.map((s) => {
    const look = stateLook(s, report.locale);
    return `<li><span class="sw s-${s}">${escapeHtml(look.symbol)}</span>${escapeHtml(look.label)}</li>`;
  });
  const none = report.locale === 'zh' ? '无此项任务' : 'not assigned';
  items.push(`<li><span class="sw">·</span>${none}</li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}

function kpis(report: ReportData): string {
  const s = report.summary;
  const zh = report.locale === 'zh';
  const card = (value: string, label: string, tone: string) =>
    `<div class="kpi ${tone}"><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`;
  return `<div class="kpis">${[
    card(formatRate(s.completionRate), zh ? '完成率' : 'Completion rate', s.completionRate >= 0.8 ? 'good' : ''),
    card(String(s.overdue), zh ? '已逾期' : 'Overdue', s.overdue > 0 ? 'bad' : 'good'),
    card(String(s.dueSoon), zh ? '临近到期' : 'Due soon', s.dueSoon > 0 ? 'warn' : ''),
    card(String(s.missing), zh ? '未填报' : 'No entry', s.missing > 0 ? 'bad' : ''),
    card(
      String(s.missingLedgers),
      zh ? '台账未公开单位' : 'Units without ledger',
      s.missingLedgers > 0 ? 'bad' : 'good',
    ),
    card(String(s.obligations), zh ? '落实事项' : 'Obligations', ''),
  ].join('')}</div>`;
}

function unitCharts(report: ReportData): string {
  const zh = report.locale === 'zh';
  const n = report.units.length;
  if (n <= ALL_BARS_UP_TO) {
    const caption = zh ? '各单位完成率' : 'Completion rate by unit';
    return `<figure><figcaption>${caption}</figcaption>${unitBarChart(report.units, caption, report.locale)}</figure>`;
  }
  const lowest = report.units.slice(-LOWEST_BARS).reverse();
  const barCaption = zh
    ? `完成率最低的${lowest.length}个单位（共${n}个）`
    : `The ${lowest.length} units with the lowest completion rate (of ${n})`;
  const histCaption = zh ? '各单位完成率分布（单位个数）' : 'Units by completion rate';
  return (
    `<figure><figcaption>${escapeHtml(histCaption)}</figcaption>${rateHistogram(report.units, histCaption, report.locale)}</figure>` +
    `<figure><figcaption>${escapeHtml(barCaption)}</figcaption>${unitBarChart(lowest, barCaption, report.locale)}</figure>`
  );
}

function heatMap(report: ReportData): string {
  const zh = report.locale === 'zh';
  const { units, tasks, cells } = report.matrix;
  const lineOf = new Map(report.units.map((l) => [l.key, l]));
  const rateHead = zh ? '完成率' : 'Rate';
  const unitHead = zh ? '单位' : 'Unit';
  // A plan without sections has nothing to sum by: it gets the full matrix whatever its size.
  if (units.length * tasks.length <= FULL_MATRIX_MAX_CELLS || report.sections.length === 0) {
    const taskInfo = report.tasks;
    const head = taskInfo
      .map((t) => `<th scope="col" title="${escapeHtml(t.summary)}">${escapeHtml(t.number)}</th>`)
      .join('');
    const looks = new Map(OBLIGATION_STATES.map((s) => [s, stateLook(s, report.locale)]));
    const rows = units.map((unit, u) => {
      const line = lineOf.get(unit);
      const tds = (cells[u] ?? []).map((state, t) => {
        if (state === null) return '<td class="none">·</td>';
        const look = looks.get(state)!;
        const title = `${unit} · ${zh ? '任务' : 'task '}${taskInfo[t]?.number ?? ''} · ${look.label}`;
        return `<td class="s-${state}" title="${escapeHtml(title)}">${escapeHtml(look.symbol)}</td>`;
      });
      return `<tr><td class="unit" title="${escapeHtml(unit)}">${escapeHtml(unit)}</td><td class="num">${formatRate(line?.completionRate ?? 0)}</td>${tds.join('')}</tr>`;
    });
    const caption = zh
      ? '单位 × 任务落实状态（每格颜色与文字均表示状态，列首为任务序号）'
      : 'Unit × task status (colour and symbol both show the state; columns are task numbers)';
    return (
      `<h3>${escapeHtml(caption)}</h3>${legend(report)}` +
      `<div class="table-wrap"><table class="matrix"><thead><tr><th scope="col" class="unit">${unitHead}</th><th scope="col">${rateHead}</th>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`
    );
  }
  // Too many cells to read: units × sections, each cell done/obligations coloured by its most
  // pressing state. The full unit × task matrix is in the XLSX report.
  const sectionLines = report.sections;
  const head = sectionLines
    .map((s) => `<th scope="col" title="${escapeHtml(s.label)}">${escapeHtml(s.number ?? s.label)}</th>`)
    .join('');
  const rows = report.sectionMatrix.units.map((unit, u) => {
    const line = lineOf.get(unit);
    const tds = (report.sectionMatrix.cells[u] ?? []).map((cell, s) => {
      if (cell.worst === null) return '<td class="none">·</td>';
      const title = zh
        ? `${unit} · ${sectionLines[s]?.label ?? ''}：已完成${cell.done}/${cell.obligations}，已逾期${cell.overdue}，临近到期${cell.dueSoon}，未填报${cell.missing}`
        : `${unit} · ${sectionLines[s]?.label ?? ''}: done ${cell.done}/${cell.obligations}, overdue ${cell.overdue}, due soon ${cell.dueSoon}, no entry ${cell.missing}`;
      const symbol = stateLook(cell.worst, report.locale).symbol;
      return `<td class="agg s-${cell.worst}" title="${escapeHtml(title)}">${escapeHtml(symbol)} ${cell.done}/${cell.obligations}</td>`;
    });
    return `<tr><td class="unit" title="${escapeHtml(unit)}">${escapeHtml(unit)}</td><td class="num">${formatRate(line?.completionRate ?? 0)}</td>${tds.join('')}</tr>`;
  });
  const caption = zh
    ? `单位 × 部分落实状态（${units.length}个单位 × ${tasks.length}项任务，按部分汇总：每格为已完成/落实事项，颜色与符号为该格最紧迫的状态；完整的单位 × 任务矩阵见 XLSX 报告）`
    : `Unit × section status (${units.length} units × ${tasks.length} tasks, summed by section: done/obligations, coloured by the most pressing state; the XLSX report has the full unit × task matrix)`;
  return (
    `<h3>${escapeHtml(caption)}</h3>${legend(report)}` +
    `<div class="table-wrap"><table class="matrix"><thead><tr><th scope="col" class="unit">${unitHead}</th><th scope="col">${rateHead}</th>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`
  );
}

function chapterHtml(report: ReportData, chapter: ReportChapter, index: number): string {
  const out: string[] = [
    `<section class="chapter" id="${chapter.key}">`,
    `<h2>${escapeHtml(headingNumber(1, index, report.locale) + chapter.heading)}</h2>`,
  ];
  for (const p of chapter.paragraphs) out.push(`<p class="lead">${escapeHtml(p)}</p>`);
  if (chapter.key === 'summary') out.push(kpis(report));
  if (chapter.key === 'units') out.push(unitCharts(report));
  if (chapter.key === 'timeline' && report.timeline.length > 0) {
    const caption = report.locale === 'zh' ? '完成时限与统计截止日期' : 'Due dates and the as-of date';
    out.push(`<figure><figcaption>${escapeHtml(caption)}</figcaption>${timelineChart(report, caption)}</figure>`);
  }
  let sub = 0;
  for (const block of chapter.blocks) {
    if (block.subheading !== null)
      out.push(`<h3>${escapeHtml(headingNumber(2, sub++, report.locale) + block.subheading)}</h3>`);
    out.push(htmlTable(block.table, report.locale));
    if (block.note) out.push(`<p class="note">${escapeHtml(block.note)}</p>`);
  }
  if (chapter.key === 'units') out.push(heatMap(report));
  out.push('</section>');
  return out.join('\n');
}

/**
 * Renders a report as ONE self-contained HTML file: inline CSS and inline SVG only (no script, no
 * font, image or any other request), readable on a phone (viewport, tables that scroll sideways)
 * and printable on A4 (a print stylesheet with page breaks). It shows the key figures, completion
 * by unit as a bar chart, a unit × task heat map (status by colour and by symbol, with a legend;
 * units × sections when the matrix is too large to read), the deadline timeline with the as-of
 * date, and the tables. Every text from the input is escaped.
 *
 * @param report - the report data from {@link buildReport}
 * @param options - row cap for long lists
 * @returns the HTML document
 * @category HTML
 * @example
 * ```ts
 * import { buildReport, renderHtml } from '@zwgk/report';
 * await writeFile('report.html', renderHtml(buildReport(plan, result)));
 * ```
 */
export function renderHtml(report: ReportData, options: RenderOptions = {}): string {
  const zh = report.locale === 'zh';
  const meta = [
    report.issuer ? `${zh ? '发布单位：' : 'Issued by: '}${report.issuer}` : null,
    `${zh ? '统计截止：' : 'As of: '}${report.asOf}`,
    `${zh ? '依据：' : 'Plan: '}${report.plan.title}${report.plan.docNumber ? (zh ? `（${report.plan.docNumber}）` : ` (${report.plan.docNumber})`) : ''}`,
  ].filter((x): x is string => x !== null);
  const chapters = reportChapters(report, options.maxRows ?? 200).map((c, i) => chapterHtml(report, c, i));
  return `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="zwgk">
<title>${escapeHtml(report.title)}</title>
<style>${reportCss()}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(report.title)}</h1>
<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>
</header>
${chapters.join('\n')}
<footer>${escapeHtml(zh ? `本报告由 zwgk 根据工作台账自动生成，统计截止${report.asOf}。` : `Generated by zwgk from the work ledgers, as of ${report.asOf}.`)}</footer>
</main>
</body>
</html>
`;
}
