import { PassThrough } from 'node:stream';
import { escapeSpreadsheetCell, type ObligationState } from '@zwgk/core';
import ExcelJS from 'exceljs';
import { entryStatusLabel, OBLIGATION_STATES, roleLabel, severityLabel, stateLook } from './labels.js';
import type { ReportData, ReportItem } from './model.js';
import {
  formatLocation,
  keyFiguresTable,
  type ReportTable,
  recurringTable,
  reportHeadings,
  sectionTable,
  timelineTable,
} from './tables.js';

type Cell = string | number | null;
type Style = Partial<ExcelJS.Style>;

// Shared style objects: exceljs caches a style by object identity, which keeps 200,000 coloured
// cells fast (a new style object per cell costs ten times as much).
const HEADER_STYLE: Style = {
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF2' } },
  font: { bold: true },
};
const TITLE_STYLE: Style = { font: { bold: true, size: 14 } };
const CAPTION_STYLE: Style = { font: { bold: true, size: 12 } };
const PERCENT_STYLE: Style = { numFmt: '0.0%' };

// Every text cell goes through escapeSpreadsheetCell: a unit named `=cmd|' /C calc'!A0` stays text.
function safe(value: Cell): Cell {
  return typeof value === 'string' ? escapeSpreadsheetCell(value) : value;
}

// Unstyled cells share this one (empty) style too: otherwise each gets a fresh `{}` that exceljs
// serialises and looks up one by one.
const PLAIN_STYLE: Style = {};

/** Adds a row of values (text escaped), styling cells by column (`styles[c]`) or all (`style`). */
function addRow(
  sheet: ExcelJS.Worksheet,
  values: readonly Cell[],
  style?: Style | readonly (Style | undefined)[],
): void {
  const row = sheet.addRow(values.map(safe));
  values.forEach((v, c) => {
    if (v === null) return;
    const s =
      style === undefined ? undefined : Array.isArray(style) ? (style as (Style | undefined)[])[c] : (style as Style);
    row.getCell(c + 1).style = s ?? PLAIN_STYLE;
  });
  row.commit();
}

/** A sheet with a bold header row, frozen under the header, with an auto filter and column widths. */
function tableSheet(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  headers: readonly string[],
  rows: Iterable<readonly Cell[]>,
  widths: readonly number[],
  styles?: readonly (Style | undefined)[],
): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = headers.map((_, c) => ({ width: widths[c] ?? 12 }));
  if (headers.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  addRow(sheet, headers, HEADER_STYLE);
  for (const r of rows) addRow(sheet, r, styles);
  sheet.commit();
}

function* itemRows(report: ReportData, items: readonly ReportItem[]): Iterable<Cell[]> {
  let n = 0;
  for (const i of items)
    yield [
      ++n,
      i.unit,
      i.taskNumber,
      i.taskSummary,
      roleLabel(i.role, report.locale),
      i.due,
      i.days,
      entryStatusLabel(i.entryStatus, report.locale),
      i.progress ?? null,
      i.location ? formatLocation(i.location, report.locale) : null,
    ];
}

/**
 * Renders a report as an Excel workbook (XLSX) for the office to filter and sort:
 *
 * - `汇总` (summary): key figures, a colour legend, per section, the deadline timeline and the
 *   recurring requirements;
 * - `单位×任务` (matrix): one row per unit, one column per task, each cell the status in words on
 *   its status colour; frozen unit column and header, auto filter;
 * - `各单位` (per unit, ranked), `逾期事项`, `临近到期` (full lists, never cut) and `问题清单` (all
 *   findings with rule, unit, task, message and where in which ledger).
 *
 * Every text cell goes through `escapeSpreadsheetCell`, so nothing from the input becomes a formula.
 *
 * @param report - the report data from {@link buildReport}
 * @returns the .xlsx file's bytes
 * @category XLSX
 * @example
 * ```ts
 * import { buildReport, renderXlsx } from '@zwgk/report';
 * await writeFile('落实情况.xlsx', await renderXlsx(buildReport(plan, result)));
 * ```
 */
export async function renderXlsx(report: ReportData): Promise<Uint8Array> {
  const zh = report.locale === 'zh';
  const h = reportHeadings(report.locale);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  // The streaming writer: rows go to the zip as they are added, twice as fast as the in-memory one.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
    // Fast deflate: the sheet XML is repetitive, level 1 costs a few percent in size and saves time.
    zip: { zlib: { level: 1 } },
  });
  book.creator = 'zwgk';

  // 汇总
  const summary = book.addWorksheet(zh ? '汇总' : 'Summary');
  summary.columns = [
    { width: 34 },
    { width: 18 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
  ];
  addRow(summary, [report.title], TITLE_STYLE);
  if (report.issuer) addRow(summary, [zh ? '发布单位' : 'Issued by', report.issuer]);
  addRow(summary, [zh ? '依据' : 'Plan', report.plan.title]);
  addRow(summary, []);
  const section = (title: string, table: ReportTable) => {
    addRow(summary, [title], CAPTION_STYLE);
    addRow(summary, table.headers, HEADER_STYLE);
    for (const r of table.rows) addRow(summary, r);
    addRow(summary, []);
  };
  section(h.summary, keyFiguresTable(report));
  addRow(summary, [zh ? '状态图例' : 'Legend'], CAPTION_STYLE);
  const stateStyles = new Map<ObligationState, Style>();
  const stateLabels = new Map<ObligationState, string>();
  for (const state of OBLIGATION_STATES) {
    const look = stateLook(state, report.locale);
    const style: Style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${look.fill}` } } };
    stateStyles.set(state, style);
    stateLabels.set(state, look.label);
    addRow(summary, [look.label], style);
  }
  addRow(summary, []);
  section(h.sections, sectionTable(report));
  section(h.timeline, timelineTable(report));
  section(h.recurring, recurringTable(report));
  summary.commit();

  // 单位×任务: the full matrix, status in words on its colour; unit column and header frozen.
  const matrix = book.addWorksheet(zh ? '单位×任务' : 'Unit x task', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
  });
  matrix.columns = [{ width: 28 }, { width: 9 }, ...report.tasks.map(() => ({ width: 9 }))];
  matrix.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: report.tasks.length + 2 } };
  addRow(
    matrix,
    [
      zh ? '单位' : 'Unit',
      zh ? '完成率' : 'Rate',
      ...report.tasks.map((t) => (zh ? `任务${t.number}` : `Task ${t.number}`)),
    ],
    HEADER_STYLE,
  );
  const rateOf = new Map(report.units.map((l) => [l.key, l.completionRate]));
  report.matrix.units.forEach((unit, u) => {
    const states = report.matrix.cells[u] ?? [];
    addRow(
      matrix,
      [unit, rateOf.get(unit) ?? 0, ...states.map((s) => (s === null ? null : (stateLabels.get(s) ?? null)))],
      [undefined, PERCENT_STYLE, ...states.map((s) => (s === null ? undefined : stateStyles.get(s)))],
    );
  });
  matrix.commit();

  // 任务: what each task number of the matrix stands for.
  tableSheet(
    book,
    zh ? '任务' : 'Tasks',
    zh
      ? [
          '任务',
          '部分',
          '任务内容',
          '完成时限',
          '到期日',
          '落实事项',
          ...OBLIGATION_STATES.map((s) => stateLook(s, 'zh').label),
        ]
      : [
          'Task',
          'Section',
          'Task text',
          'Deadline',
          'Due',
          'Obligations',
          ...OBLIGATION_STATES.map((s) => stateLook(s, 'en').label),
        ],
    report.tasks.map((t) => [
      t.number,
      report.sections.find((s) => s.key === t.sectionId)?.number ?? null,
      t.summary,
      t.deadline,
      t.due,
      t.obligations,
      ...OBLIGATION_STATES.map((s) => t.counts[s]),
    ]),
    [7, 7, 36, 16, 12, 10, 9, 9, 9, 9, 9, 9, 9],
  );

  // 各单位
  tableSheet(
    book,
    zh ? '各单位' : 'Units',
    zh
      ? [
          '排名',
          '单位',
          '落实事项',
          '已完成',
          '其中逾期完成',
          '按期推进',
          '持续推进',
          '临近到期',
          '已逾期',
          '未填报',
          '完成率',
        ]
      : [
          'Rank',
          'Unit',
          'Obligations',
          'Done',
          'of which late',
          'On track',
          'Ongoing',
          'Due soon',
          'Overdue',
          'No entry',
          'Rate',
        ],
    report.units.map((l) => [
      l.rank ?? null,
      l.label,
      l.obligations,
      l.done,
      l.doneLate,
      l.onTrack,
      l.ongoing,
      l.dueSoon,
      l.overdue,
      l.missing,
      l.completionRate,
    ]),
    [7, 28, 10, 9, 12, 10, 10, 10, 9, 9, 9],
    [...new Array<undefined>(10).fill(undefined), PERCENT_STYLE],
  );

  // 逾期事项, 临近到期: full lists, never cut.
  const itemHeaders = (days: string) =>
    zh
      ? ['序号', '单位', '任务', '任务内容', '角色', '完成时限', days, '台账状态', '进度%', '台账位置']
      : ['No.', 'Unit', 'Task', 'Task text', 'Role', 'Due', days, 'Ledger status', 'Progress %', 'Where in the ledger'];
  const itemWidths = [7, 28, 7, 36, 8, 12, 10, 12, 9, 36];
  tableSheet(
    book,
    zh ? '逾期事项' : 'Overdue',
    itemHeaders(zh ? '逾期天数' : 'Days late'),
    itemRows(report, report.overdue),
    itemWidths,
  );
  tableSheet(
    book,
    zh ? '临近到期' : 'Due soon',
    itemHeaders(zh ? '剩余天数' : 'Days left'),
    itemRows(report, report.dueSoon),
    itemWidths,
  );

  // 问题清单: every finding, grouped by rule.
  function* findingRows(): Iterable<Cell[]> {
    let n = 0;
    for (const group of report.findingsByRule) {
      for (const f of group.findings) {
        yield [
          ++n,
          f.rule,
          group.label,
          severityLabel(f.severity, report.locale),
          f.unit ?? null,
          f.taskNumber ?? null,
          zh ? f.message : f.messageEn,
          f.location ? formatLocation(f.location, report.locale) : null,
        ];
      }
    }
  }
  tableSheet(
    book,
    zh ? '问题清单' : 'Findings',
    zh
      ? ['序号', '规则', '名称', '级别', '单位', '任务', '说明', '位置']
      : ['No.', 'Rule', 'Name', 'Severity', 'Unit', 'Task', 'Message', 'Where'],
    findingRows(),
    [7, 20, 18, 7, 28, 7, 60, 40],
  );

  await book.commit();
  await ended;
  const data = Buffer.concat(chunks);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
