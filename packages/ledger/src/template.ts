import type { Directory, DirectoryIndex, Plan, Role, Task } from '@zwgk/core';
import { createDirectory, escapeSpreadsheetCell, expandUnit, normalizeUnitName, resolveDeadline } from '@zwgk/core';
import ExcelJS from 'exceljs';

/**
 * Options of {@link writeLedgerTemplate}: the plan, the unit the template is for and, optionally,
 * the unit directory that says which groups (`县区政府`, `市政府部门`) the unit belongs to, so it
 * inherits their tasks.
 *
 * @category Template
 * @example
 * ```ts
 * const options: LedgerTemplateOptions = { plan, unit: '砀山县人民政府', directory };
 * ```
 */
export interface LedgerTemplateOptions {
  plan: Plan;
  unit: string;
  directory?: Directory | DirectoryIndex;
  /** Empty rows added under the tasks for more measures (default 10). */
  spareRows?: number;
}

/**
 * One task of a unit's template: the task, the unit's strongest role in it and its due date.
 *
 * @category Template
 * @example
 * ```ts
 * const row: TemplateTask = { task, role: 'lead', due: '2024-12-31' };
 * ```
 */
export interface TemplateTask {
  task: Task;
  role: Role;
  /** ISO due date, or the deadline as printed when it has none (`持续推进`). */
  due: string;
}

/**
 * The status words the template's drop-down offers, in the order a unit moves through them.
 *
 * @category Template
 * @example
 * ```ts
 * TEMPLATE_STATUS_WORDS[0]; // '未启动'
 * ```
 */
export const TEMPLATE_STATUS_WORDS = ['未启动', '推进中', '已完成', '持续推进', '滞后'] as const;

function resolveTemplateUnit(options: LedgerTemplateOptions): { index: DirectoryIndex | undefined; unit: string } {
  const index = options.directory
    ? isIndex(options.directory)
      ? options.directory
      : createDirectory(options.directory)
    : undefined;
  return { index, unit: index?.resolveUnit(options.unit)?.name ?? normalizeUnitName(options.unit) };
}

const ROLE_WORDS: Record<Role, string> = { lead: '牵头', responsible: '负责落实', cooperate: '配合' };
const ROLE_RANK: Record<Role, number> = { lead: 3, responsible: 2, cooperate: 1 };

function isIndex(directory: Directory | DirectoryIndex): directory is DirectoryIndex {
  return typeof (directory as DirectoryIndex).match === 'function';
}

/**
 * The tasks a unit is assigned in a plan, with its role in each and the resolved deadline. With a
 * directory, a task assigned to a group (`县区政府`) counts for every unit of that group, and the
 * unit may be named by any alias; without one, names are compared after normalisation.
 *
 * @param options - plan, unit and optional directory
 * @returns the unit's tasks in plan order
 * @category Template
 * @example
 * ```ts
 * unitTasks({ plan, unit: '市司法局' }).map((t) => t.task.number); // ['12']
 * ```
 */
export function unitTasks(options: LedgerTemplateOptions): TemplateTask[] {
  const { plan } = options;
  const { index, unit } = resolveTemplateUnit(options);
  const covers = (name: string): boolean =>
    index ? expandUnit(index, name).includes(unit) : normalizeUnitName(name) === unit;
  const out: TemplateTask[] = [];
  for (const task of plan.tasks) {
    let role: Role | undefined;
    for (const assignment of task.assignments) {
      if (!covers(assignment.unit)) continue;
      if (!role || ROLE_RANK[assignment.role] > ROLE_RANK[role]) role = assignment.role;
    }
    if (!role) continue;
    let due: string | null = null;
    try {
      due = resolveDeadline(task.deadline, { year: plan.year, issued: plan.issued, outsideRange: 'weekends' });
    } catch {
      due = null;
    }
    out.push({ task, role, due: due ?? task.deadline.raw });
  }
  return out;
}

const COLUMNS: { header: string; width: number }[] = [
  { header: '序号', width: 6 },
  { header: '重点任务', width: 48 },
  { header: '本单位职责', width: 10 },
  { header: '完成时限', width: 13 },
  { header: '工作措施', width: 36 },
  { header: '责任科室', width: 12 },
  { header: '责任人', width: 10 },
  { header: '完成状态', width: 11 },
  { header: '完成时间', width: 13 },
  { header: '进展情况', width: 30 },
  { header: '佐证材料', width: 30 },
  { header: '备注', width: 14 },
];
const STATUS_COLUMN = COLUMNS.findIndex((c) => c.header === '完成状态') + 1;

/**
 * Writes a unit's own work ledger template (工作台账) as an .xlsx file: a title row with the unit
 * and year, a 填报单位 / 填报日期 line, the standard headers, one row per task the unit is assigned
 * (number, text, its role, the resolved deadline), a drop-down of status words on the status
 * column, a frozen header, column widths and an A4 landscape print setup. Every text cell is
 * escaped against formula injection. Importing the untouched template gives one `not_started`
 * entry per task and no rejected rows.
 *
 * @param options - plan, unit and optional directory
 * @returns the workbook's bytes
 * @category Template
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 *
 * await writeFile('砀山县台账.xlsx', await writeLedgerTemplate({ plan, unit: '砀山县人民政府', directory }));
 * ```
 */
export async function writeLedgerTemplate(options: LedgerTemplateOptions): Promise<Uint8Array> {
  const { plan } = options;
  // The directory's name for the unit (`砀山县` → `砀山县人民政府`), so the ledger names it the same way.
  const { unit } = resolveTemplateUnit(options);
  const tasks = unitTasks(options);
  const text = (value: string) => escapeSpreadsheetCell(value);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zwgk';
  workbook.title = `${unit}${plan.year}年政务公开重点工作任务台账`;
  const ws = workbook.addWorksheet('工作台账', {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: '3:3',
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  const last = COLUMNS.length;
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));

  const title = ws.getRow(1);
  title.getCell(1).value = text(`${unit}${plan.year}年政务公开重点工作任务台账`);
  title.getCell(1).font = { name: '方正小标宋简体', size: 18, bold: true };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 36;
  ws.mergeCells(1, 1, 1, last);

  const info = ws.getRow(2);
  info.getCell(1).value = text(`填报单位：${unit}`);
  info.getCell(8).value = text('填报日期：');
  info.getCell(1).font = { size: 12 };
  info.getCell(8).font = { size: 12 };
  ws.mergeCells(2, 1, 2, 7);
  ws.mergeCells(2, 8, 2, last);

  const header = ws.getRow(3);
  COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text(column.header);
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  header.height = 24;

  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  const spare = options.spareRows ?? 10;
  const total = tasks.length + spare;
  for (let i = 0; i < total; i++) {
    const row = ws.getRow(4 + i);
    const item = tasks[i];
    if (item) {
      row.getCell(1).value = text(item.task.number);
      row.getCell(2).value = text(item.task.text);
      row.getCell(3).value = text(ROLE_WORDS[item.role]);
      row.getCell(4).value = text(item.due);
    }
    for (let c = 1; c <= last; c++) {
      const cell = row.getCell(c);
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: true };
    }
    row.getCell(STATUS_COLUMN).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${TEMPLATE_STATUS_WORDS.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: '完成状态',
      error: `请从下拉列表选择：${TEMPLATE_STATUS_WORDS.join('、')}`,
    };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
