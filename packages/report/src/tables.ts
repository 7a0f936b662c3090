import type { Location } from '@zwgk/core';
import { entryStatusLabel, formatRate, type ReportLocale, severityLabel } from './labels.js';
import type { ReportData, ReportItem, ReportLine } from './model.js';

/**
 * A table of plain text cells, as every renderer lays it out. `total` is the number of rows before
 * a renderer's cap (lists of 20,000 overdue items are cut in Markdown, HTML and DOCX, never in XLSX).
 *
 * @category Report text
 * @example
 * ```ts
 * const t: ReportTable = { headers: ['单位', '完成率'], rows: [['砀山县人民政府', '40.7%']], total: 1 };
 * ```
 */
export interface ReportTable {
  headers: string[];
  rows: string[][];
  total: number;
}

/**
 * The chapter headings of a report, in order. The numbering (`一、`) is added by renderers that
 * want it (DOCX, Markdown), so all formats use the same words.
 *
 * @category Report text
 * @example
 * ```ts
 * reportHeadings('zh').overdue; // '逾期未完成事项'
 * ```
 */
export interface ReportHeadings {
  summary: string;
  sections: string;
  units: string;
  matrix: string;
  timeline: string;
  overdue: string;
  dueSoon: string;
  missingLedgers: string;
  recurring: string;
  findings: string;
}

/**
 * The chapter headings in a locale.
 *
 * @param locale - report language
 * @returns the headings
 * @category Report text
 * @example
 * ```ts
 * reportHeadings('en').units; // 'By unit'
 * ```
 */
export function reportHeadings(locale: ReportLocale): ReportHeadings {
  return locale === 'zh'
    ? {
        summary: '总体情况',
        sections: '各部分完成情况',
        units: '各单位完成情况',
        matrix: '任务落实状态',
        timeline: '完成时限进度',
        overdue: '逾期未完成事项',
        dueSoon: '临近到期事项',
        missingLedgers: '工作台账未按时公开的单位',
        recurring: '周期性工作要求',
        findings: '发现的问题',
      }
    : {
        summary: 'Summary',
        sections: 'By section',
        units: 'By unit',
        matrix: 'Task status',
        timeline: 'Deadlines',
        overdue: 'Overdue',
        dueSoon: 'Due soon',
        missingLedgers: 'Units without a published ledger',
        recurring: 'Recurring requirements',
        findings: 'Findings',
      };
}

/**
 * The summary paragraph of a report: obligations, completion rate, overdue, due soon, missing
 * entries and missing ledgers, in one sentence every format prints word for word.
 *
 * @param report - the report data
 * @returns the paragraph
 * @category Report text
 * @example
 * ```ts
 * summarySentence(report); // '截至2024-07-22，12个单位共承担…'
 * ```
 */
export function summarySentence(report: ReportData): string {
  const s = report.summary;
  const rate = formatRate(s.completionRate);
  if (report.locale === 'zh') {
    return (
      `截至${report.asOf}，${s.units}个单位共承担${s.tasks}项重点任务的${s.obligations}项落实事项，` +
      `已完成${s.done}项（其中逾期完成${s.doneLate}项），完成率${rate}；` +
      `已逾期${s.overdue}项，临近到期${s.dueSoon}项，未填报${s.missing}项；` +
      `${s.missingLedgers}个单位未按时公开工作台账。共发现问题${s.findings}个，其中严重问题${s.errors}个。`
    );
  }
  return (
    `As of ${report.asOf}, ${s.units} units hold ${s.obligations} obligations under ${s.tasks} tasks: ` +
    `${s.done} done (${s.doneLate} of them late), a completion rate of ${rate}; ` +
    `${s.overdue} overdue, ${s.dueSoon} due soon, ${s.missing} with no entry; ` +
    `ledgers not published: ${s.missingLedgers}. Findings: ${s.findings}, of which errors: ${s.errors}.`
  );
}

/**
 * The key figures as a two-column table (指标 / 数值).
 *
 * @param report - the report data
 * @returns the table
 * @category Report text
 * @example
 * ```ts
 * keyFiguresTable(report).rows.find(([k]) => k === '完成率');
 * ```
 */
export function keyFiguresTable(report: ReportData): ReportTable {
  const s = report.summary;
  const zh = report.locale === 'zh';
  const rows: [string, string, string][] = [
    ['统计截止日期', 'As of', report.asOf],
    ['责任单位', 'Units', String(s.units)],
    ['重点任务', 'Tasks', String(s.tasks)],
    ['落实事项', 'Obligations', String(s.obligations)],
    ['已完成', 'Done', String(s.done)],
    ['其中逾期完成', 'of which late', String(s.doneLate)],
    ['按期推进', 'On track', String(s.onTrack)],
    ['持续推进', 'Ongoing', String(s.ongoing)],
    ['临近到期', 'Due soon', String(s.dueSoon)],
    ['已逾期', 'Overdue', String(s.overdue)],
    ['未填报', 'No entry', String(s.missing)],
    ['台账未公开单位', 'Units without ledger', String(s.missingLedgers)],
    ['完成率', 'Completion rate', formatRate(s.completionRate)],
    ['发现问题', 'Findings', String(s.findings)],
  ];
  return {
    headers: zh ? ['指标', '数值'] : ['Figure', 'Value'],
    rows: rows.map(([a, b, v]) => [zh ? a : b, v]),
    total: rows.length,
  };
}

function lineHeaders(locale: ReportLocale): string[] {
  return locale === 'zh'
    ? ['落实事项', '已完成', '按期推进', '持续推进', '临近到期', '已逾期', '未填报', '完成率']
    : ['Obligations', 'Done', 'On track', 'Ongoing', 'Due soon', 'Overdue', 'No entry', 'Rate'];
}

function lineCells(l: ReportLine): string[] {
  return [l.obligations, l.done, l.onTrack, l.ongoing, l.dueSoon, l.overdue, l.missing]
    .map(String)
    .concat(formatRate(l.completionRate));
}

/**
 * Completion per section of the plan (部分 / 落实事项 / 已完成 / … / 完成率).
 *
 * @param report - the report data
 * @returns the table
 * @category Report text
 * @example
 * ```ts
 * sectionTable(report).rows[0]; // ['一、围绕中心工作抓好主动公开', '30', …]
 * ```
 */
export function sectionTable(report: ReportData): ReportTable {
  const zh = report.locale === 'zh';
  return {
    headers: [zh ? '部分' : 'Section', ...lineHeaders(report.locale)],
    rows: report.sections.map((l) => [
      l.number ? (zh ? `${l.number}、${l.label}` : `${l.number}. ${l.label}`) : l.label,
      ...lineCells(l),
    ]),
    total: report.sections.length,
  };
}

/**
 * Completion per unit, ranked (排名 / 单位 / 落实事项 / … / 完成率).
 *
 * @param report - the report data
 * @param maxRows - cap on rows (default all)
 * @returns the table
 * @category Report text
 * @example
 * ```ts
 * unitTable(report).rows[0]?.[1]; // the unit with the best completion rate
 * ```
 */
export function unitTable(report: ReportData, maxRows = Number.POSITIVE_INFINITY): ReportTable {
  const zh = report.locale === 'zh';
  return {
    headers: [zh ? '排名' : 'Rank', zh ? '单位' : 'Unit', ...lineHeaders(report.locale)],
    rows: report.units.slice(0, maxRows).map((l) => [String(l.rank ?? ''), l.label, ...lineCells(l)]),
    total: report.units.length,
  };
}

function itemTable(report: ReportData, items: ReportItem[], daysHeader: [string, string], maxRows: number) {
  const zh = report.locale === 'zh';
  return {
    headers: zh
      ? ['序号', '单位', '任务', '任务内容', '完成时限', daysHeader[0], '台账状态']
      : ['No.', 'Unit', 'Task', 'Task text', 'Due', daysHeader[1], 'Ledger status'],
    rows: items
      .slice(0, maxRows)
      .map((i, n) => [
        String(n + 1),
        i.unit,
        i.taskNumber,
        i.taskSummary,
        i.due ?? '',
        String(i.days),
        entryStatusLabel(i.entryStatus, report.locale),
      ]),
    total: items.length,
  };
}

/**
 * The deadline timeline as a table (完成时限 / 任务 / 落实事项 / 已完成 / 临近到期 / 已逾期), earliest first.
 *
 * @param report - the report data
 * @returns the table
 * @category Report text
 * @example
 * ```ts
 * timelineTable(report).rows[0]; // ['2024-06-30', '7、10、14、15、27', '60', '35', '0', '17']
 * ```
 */
export function timelineTable(report: ReportData): ReportTable {
  const zh = report.locale === 'zh';
  return {
    headers: zh
      ? ['完成时限', '任务', '落实事项', '已完成', '临近到期', '已逾期']
      : ['Due', 'Tasks', 'Obligations', 'Done', 'Due soon', 'Overdue'],
    rows: report.timeline.map((p) => [
      p.due,
      p.tasks.join(zh ? '、' : ', '),
      String(p.obligations),
      String(p.done),
      String(p.dueSoon),
      String(p.overdue),
    ]),
    total: report.timeline.length,
  };
}

/**
 * The overdue obligations, most overdue first (序号 / 单位 / 任务 / 任务内容 / 完成时限 / 逾期天数 / 台账状态).
 *
 * @param report - the report data
 * @param maxRows - cap on rows (default all)
 * @returns the table
 * @category Report text
 * @example
 * ```ts
 * overdueTable(report, 200).total; // all overdue obligations, even when only 200 rows are kept
 * ```
 */
export function overdueTable(report: ReportData, maxRows = Number.POSITIVE_INFINITY): ReportTable {
  return itemTable(report, report.overdue, ['逾期天数', 'Days late'], maxRows);
}

/**
 * The obligations due soon, soonest first (… / 剩余天数 / 台账状态).
 *
 * @param report - the report data
 * @param maxRows - cap on rows (default all)
 * @returns the table
 * @category Report text
 * @example
 * ```ts
 * dueSoonTable(report).rows.map((r) => r[1]);
 * ```
 */
export function dueSoonTable(report: ReportData, maxRows = Number.POSITIVE_INFINITY): ReportTable {
  return itemTable(report, report.dueSoon, ['剩余天数', 'Days left'], maxRows);
}

/**
 * Units that have not published their ledger (序号 / 单位 / 应公开日期 / 落实事项 / 说明).
 *
 * @param report - the report data
 * @param maxRows - cap on rows (default all)
 * @returns the table
 * @category Report text
 * @example
 * ```ts
 * missingLedgerTable(report).rows.map((r) => r[1]);
 * ```
 */
export function missingLedgerTable(report: ReportData, maxRows = Number.POSITIVE_INFINITY): ReportTable {
  const zh = report.locale === 'zh';
  return {
    headers: zh ? ['序号', '单位', '应公开日期', '落实事项', '说明'] : ['No.', 'Unit', 'Due', 'Obligations', 'Message'],
    rows: report.missingLedgers
      .slice(0, maxRows)
      .map((m, n) => [String(n + 1), m.unit, m.due ?? '', String(m.obligations), m.message]),
    total: report.missingLedgers.length,
  };
}

/**
 * Recurring requirements with their periods (任务 / 要求 / 频次 / 周期 / 承担单位 / 未落实单位).
 *
 * @param report - the report data
 * @returns the table
 * @category Report text
 * @example
 * ```ts
 * recurringTable(report).rows[0]; // ['18', '功能设置、服务质量和运行情况评估', '每半年', '上半年（已过）；下半年（进行中）', '5', '2']
 * ```
 */
export function recurringTable(report: ReportData): ReportTable {
  const zh = report.locale === 'zh';
  const status = { past: zh ? '已过' : 'past', current: zh ? '进行中' : 'current', future: zh ? '未开始' : 'future' };
  return {
    headers: zh
      ? ['任务', '要求', '频次', '周期', '承担单位', '未落实单位']
      : ['Task', 'Requirement', 'Every', 'Periods', 'Units', 'Units that missed it'],
    rows: report.recurring.map((r) => [
      r.taskNumber,
      r.what,
      r.min !== undefined
        ? zh
          ? `${r.everyLabel}至少${r.min}次`
          : `${r.everyLabel}, at least ${r.min}`
        : r.everyLabel,
      r.periods
        .map((p) => (zh ? `${p.label}（${status[p.status]}）` : `${p.label} (${status[p.status]})`))
        .join(zh ? '；' : '; '),
      String(r.units),
      r.missedUnits.length === 0 ? '0' : `${r.missedUnits.length}：${r.missedUnits.join('、')}`,
    ]),
    total: report.recurring.length,
  };
}

/**
 * How many findings each rule produced (规则 / 名称 / 级别 / 数量).
 *
 * @param report - the report data
 * @returns the table
 * @category Report text
 * @example
 * ```ts
 * ruleSummaryTable(report).rows[0]; // ['ledger-missing', '工作台账未公开', '严重', '1']
 * ```
 */
export function ruleSummaryTable(report: ReportData): ReportTable {
  const zh = report.locale === 'zh';
  return {
    headers: zh ? ['规则', '名称', '级别', '数量'] : ['Rule', 'Name', 'Severity', 'Count'],
    rows: report.findingsByRule.map((g) => [
      g.rule,
      g.label,
      severityLabel(g.severity, report.locale),
      String(g.count),
    ]),
    total: report.findingsByRule.length,
  };
}

/**
 * The findings of one rule group (序号 / 级别 / 单位 / 任务 / 说明 / 位置).
 *
 * @param report - the report data
 * @param index - which group of `report.findingsByRule`
 * @param maxRows - cap on rows (default all)
 * @returns the table
 * @category Report text
 * @example
 * ```ts
 * findingsTable(report, 0, 100).rows.length;
 * ```
 */
export function findingsTable(report: ReportData, index: number, maxRows = Number.POSITIVE_INFINITY): ReportTable {
  const zh = report.locale === 'zh';
  const group = report.findingsByRule[index];
  const findings = group?.findings ?? [];
  return {
    headers: zh
      ? ['序号', '级别', '单位', '任务', '说明', '位置']
      : ['No.', 'Severity', 'Unit', 'Task', 'Message', 'Where'],
    rows: findings
      .slice(0, maxRows)
      .map((f, n) => [
        String(n + 1),
        severityLabel(f.severity, report.locale),
        f.unit ?? '',
        f.taskNumber ?? '',
        zh ? f.message : f.messageEn,
        formatLocation(f.location, report.locale),
      ]),
    total: findings.length,
  };
}

/**
 * Describes where a finding came from: file, sheet, row and column (`台账.xlsx · Sheet1 · 第6行`).
 *
 * @param location - the finding's location, if any
 * @param locale - report language
 * @returns the location in words, or an empty string
 * @category Report text
 * @example
 * ```ts
 * formatLocation({ file: '砀山县台账.xlsx', sheet: 'Sheet1', row: 6 }, 'zh'); // '砀山县台账.xlsx · Sheet1 · 第6行'
 * ```
 */
export function formatLocation(location: Location | undefined, locale: ReportLocale): string {
  if (!location) return '';
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.sheet) parts.push(location.sheet);
  if (location.row !== undefined) parts.push(locale === 'zh' ? `第${location.row}行` : `row ${location.row}`);
  if (location.column) parts.push(locale === 'zh' ? `${location.column}列` : `column ${location.column}`);
  if (location.path) parts.push(location.path.join('.'));
  return parts.join(' · ');
}

/**
 * The note under a table that was cut: `仅列出前200项，共20000项；完整清单见 XLSX 报告。`
 *
 * @param table - the table
 * @param locale - report language
 * @returns the note, or null when the table is complete
 * @category Report text
 * @example
 * ```ts
 * truncationNote({ headers: [], rows: [], total: 0 }, 'zh'); // null
 * ```
 */
export function truncationNote(table: ReportTable, locale: ReportLocale): string | null {
  if (table.rows.length >= table.total) return null;
  return locale === 'zh'
    ? `仅列出前${table.rows.length}项，共${table.total}项；完整清单见 XLSX 报告。`
    : `Showing the first ${table.rows.length} of ${table.total}; the XLSX report has the full list.`;
}

/**
 * One block of a chapter: an optional second-level heading (rendered `（一）…` in DOCX), a table,
 * and the note when the table was cut. An empty table is shown as `无。`.
 *
 * @category Report text
 * @example
 * ```ts
 * const block: ReportBlock = { subheading: null, table: keyFiguresTable(report), note: null };
 * ```
 */
export interface ReportBlock {
  subheading: string | null;
  table: ReportTable;
  note: string | null;
}

/**
 * One chapter of a report: its key, heading, paragraphs and tables.
 *
 * @category Report text
 * @example
 * ```ts
 * for (const chapter of reportChapters(report)) console.log(chapter.heading, chapter.blocks.length);
 * ```
 */
export interface ReportChapter {
  key: keyof ReportHeadings;
  heading: string;
  paragraphs: string[];
  blocks: ReportBlock[];
}

/**
 * The chapters of a report in order — summary, sections, units, deadlines, overdue, due soon,
 * missing ledgers, recurring requirements, findings by rule — with the same words and tables for
 * Markdown, HTML and DOCX. Long lists are cut at `maxRows` with a note pointing to the XLSX report;
 * the per-unit and per-section tables are never cut.
 *
 * @param report - the report data
 * @param maxRows - cap on rows of the item and finding lists (default 200)
 * @returns the chapters
 * @category Report text
 * @example
 * ```ts
 * reportChapters(report).map((c) => c.heading); // ['总体情况', '各部分完成情况', …]
 * ```
 */
export function reportChapters(report: ReportData, maxRows = 200): ReportChapter[] {
  const h = reportHeadings(report.locale);
  const block = (table: ReportTable, subheading: string | null = null): ReportBlock => ({
    subheading,
    table,
    note: truncationNote(table, report.locale),
  });
  const zh = report.locale === 'zh';
  return [
    {
      key: 'summary',
      heading: h.summary,
      paragraphs: [summarySentence(report)],
      blocks: [block(keyFiguresTable(report))],
    },
    { key: 'sections', heading: h.sections, paragraphs: [], blocks: [block(sectionTable(report))] },
    { key: 'units', heading: h.units, paragraphs: [], blocks: [block(unitTable(report))] },
    { key: 'timeline', heading: h.timeline, paragraphs: [], blocks: [block(timelineTable(report))] },
    { key: 'overdue', heading: h.overdue, paragraphs: [], blocks: [block(overdueTable(report, maxRows))] },
    { key: 'dueSoon', heading: h.dueSoon, paragraphs: [], blocks: [block(dueSoonTable(report, maxRows))] },
    {
      key: 'missingLedgers',
      heading: h.missingLedgers,
      paragraphs: [],
      blocks: [block(missingLedgerTable(report, maxRows))],
    },
    { key: 'recurring', heading: h.recurring, paragraphs: [], blocks: [block(recurringTable(report))] },
    {
      key: 'findings',
      heading: h.findings,
      paragraphs: [],
      blocks: [
        block(ruleSummaryTable(report)),
        ...report.findingsByRule.map((g, i) =>
          block(findingsTable(report, i, maxRows), zh ? `${g.label}（${g.count}）` : `${g.label} (${g.count})`),
        ),
      ],
    },
  ];
}

/**
 * What an empty table says instead: `无。` / `None.`
 *
 * @param locale - report language
 * @returns the words
 * @category Report text
 * @example
 * ```ts
 * noneText('zh'); // '无。'
 * ```
 */
export function noneText(locale: ReportLocale): string {
  return locale === 'zh' ? '无。' : 'None.';
}

const ZH_NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
];

/**
 * Numbers a heading as official documents do: first level `一、`, second level `（一）`; in English
 * `1.` and `1.1`.
 *
 * @param level - 1 or 2
 * @param index - 0-based position
 * @param locale - report language
 * @returns the number prefix
 * @category Report text
 * @example
 * ```ts
 * headingNumber(1, 0, 'zh'); // '一、'
 * headingNumber(2, 1, 'zh'); // '（二）'
 * ```
 */
export function headingNumber(level: 1 | 2, index: number, locale: ReportLocale): string {
  if (locale === 'en') return level === 1 ? `${index + 1}. ` : `(${index + 1}) `;
  const n = ZH_NUMERALS[index] ?? String(index + 1);
  return level === 1 ? `${n}、` : `（${n}）`;
}
