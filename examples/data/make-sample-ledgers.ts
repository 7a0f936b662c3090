// Writes the sample ledgers of examples/data/ledgers/: one ledger per unit of 宿州市 for the 2024
// key-task plan, as units send them — most in order, some with the faults an office looks for
// (late, done without evidence, silent, an unknown task number …). JSON for every unit, and the
// same data as XLSX (title rows, 填报单位 line, header) or CSV for a few units, so that `zwgk check`
// can be tried on each format.
//
//   node --conditions=@zwgk/source --import tsx examples/data/make-sample-ledgers.ts
//
// The plan's tasks come from the hand-checked structure of the seed plan; which tasks a unit has
// comes from the directory, exactly as `checkCompliance` expands groups.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createDirectory, type Ledger, type LedgerEntry } from '@zwgk/core';

const root = join(import.meta.dirname, '..', '..');
const out = join(import.meta.dirname, 'ledgers');
// The check date the faults are planned around (the demo's --as-of).
export const SAMPLE_AS_OF = '2024-12-20';

interface SeedTask {
  no: string;
  lead: string[];
  responsible: string[];
  deadline: { kind: string; by?: string };
  text_head: string;
}
const seed = JSON.parse(
  readFileSync(join(root, 'packages/core/test/fixtures/plans/suzhou-2024-plan.expected.json'), 'utf8'),
) as { tasks: SeedTask[] };
const directory = createDirectory(JSON.parse(readFileSync(join(import.meta.dirname, 'suzhou-directory.json'), 'utf8')));

/** The tasks of a concrete unit: named directly, or through a group it belongs to. */
function tasksOf(unit: string): SeedTask[] {
  const groups = new Set(directory.groupsOf(unit));
  return seed.tasks.filter((task) =>
    [...task.lead, ...task.responsible].some((name) => {
      const hit = directory.match(name);
      return hit.kind === 'group' ? groups.has(hit.name) : hit.name === unit;
    }),
  );
}

const evidenceUrl = (unit: string, task: string) =>
  `https://www.ahsz.gov.cn/zwgk/${encodeURIComponent(unit)}/rw${task}.html`;

/** A unit that does its work: dated tasks done on time with evidence, continuous ones updated. */
function goodEntries(
  unit: string,
  options: { updatedOn?: string; doneBy?: string; yearEndOpen?: boolean } = {},
): LedgerEntry[] {
  const updatedOn = options.updatedOn ?? '2024-12-10';
  return tasksOf(unit).map((task, i): LedgerEntry => {
    const row = i + 4;
    const base = { taskNumber: task.no, measures: `${task.text_head}：制定本单位措施并按期推进`, row, owner: '办公室' };
    if (task.deadline.kind === 'date' && task.deadline.by) {
      const by = task.deadline.by;
      // Some units are still working on the tasks due at the end of the year in December.
      if (by === '2024-12-31' && options.yearEndOpen) {
        return { ...base, status: 'in_progress', progress: 80, updatedOn, evidence: [] };
      }
      if (by === '2024-12-31') {
        return {
          ...base,
          status: 'done',
          progress: 100,
          completedOn: '2024-12-05',
          updatedOn,
          evidence: [evidenceUrl(unit, task.no)],
        };
      }
      const completedOn = options.doneBy && options.doneBy < by ? options.doneBy : by;
      return { ...base, status: 'done', progress: 100, completedOn, updatedOn, evidence: [evidenceUrl(unit, task.no)] };
    }
    const evidence = [evidenceUrl(unit, task.no)];
    if (task.no === '18') evidence.push('2024年6月18日 政务公开专区上半年运行情况评估报告');
    if (task.no === '24') evidence.push('2024年9月12日 参加全市政务公开业务培训');
    return { ...base, status: 'ongoing', updatedOn, evidence };
  });
}

function patch(entries: LedgerEntry[], task: string, fields: Partial<LedgerEntry>): void {
  const entry = entries.find((e) => e.taskNumber === task);
  if (!entry) throw new Error(`no entry for task ${task}`);
  Object.assign(entry, fields);
  for (const key of Object.keys(fields) as (keyof LedgerEntry)[]) if (fields[key] === undefined) delete entry[key];
}

function ledger(unit: string, file: string, publishedAt: string, entries: LedgerEntry[]): Ledger {
  return { unit, publishedAt, source: { file, format: 'json' }, entries, rejected: [] };
}

const ledgers: { ledger: Ledger; also?: 'xlsx' | 'csv' }[] = [];

// 砀山县: in order. Year-end tasks are due soon on the check date.
ledgers.push({
  ledger: ledger(
    '砀山县人民政府',
    '砀山县台账.json',
    '2024-06-14',
    goodEntries('砀山县人民政府', { yearEndOpen: true }),
  ),
  also: 'xlsx',
});

// 萧县 (sends its ledger as 萧县政府): task 7 not done and past its deadline, task 10 completed
// late, task 3 reported done without evidence, no half-year evaluation of the 专区 (task 18).
{
  const entries = goodEntries('萧县人民政府', { doneBy: '2024-06-20' });
  patch(entries, '7', { status: 'in_progress', progress: 60, completedOn: undefined, evidence: [] });
  patch(entries, '10', { completedOn: '2024-07-15' });
  patch(entries, '3', { evidence: ['无'] });
  patch(entries, '18', { evidence: [evidenceUrl('萧县', '18')] });
  ledgers.push({ ledger: ledger('萧县政府', '萧县台账.json', '2024-06-19', entries), also: 'xlsx' });
}

// 灵璧县: silent, no ledger at all.

// 泗县: task 13 left out; a row for a task "28" the plan does not have;
// task 2 not updated since July.
{
  const entries = goodEntries('泗县人民政府').filter((e) => e.taskNumber !== '13');
  patch(entries, '2', { updatedOn: '2024-07-10' });
  entries.push({
    taskNumber: '28',
    measures: '开展政务公开“进社区”活动',
    status: 'ongoing',
    updatedOn: '2024-12-10',
    evidence: [],
    row: entries.length + 4,
  });
  ledgers.push({ ledger: ledger('泗县人民政府', '泗县台账.json', '2024-06-20', entries) });
}

// 埇桥区: task 15 marked done without a completion date; task 14 at 100% but still in progress.
{
  const entries = goodEntries('埇桥区人民政府');
  patch(entries, '15', { completedOn: undefined });
  patch(entries, '14', { status: 'in_progress', completedOn: undefined });
  ledgers.push({ ledger: ledger('埇桥区人民政府', '埇桥区台账.json', '2024-06-18', entries), also: 'csv' });
}

// 市政府办公室 leads nine tasks; its ledger leaves out task 16, which it leads.
{
  const entries = goodEntries('市政府办公室').filter((e) => e.taskNumber !== '16');
  ledgers.push({ ledger: ledger('市政府办公室', '市政府办公室台账.json', '2024-06-17', entries) });
}

// The other departments are in order (市财政局 sends its ledger under its short name).
for (const [unit, name] of [
  ['市数据资源局', '市数据资源局'],
  ['市司法局', '市司法局'],
  ['市财政局（国资委）', '市财政局'],
  ['市农业农村局', '市农业农村局'],
  ['市公共资源交易监管局', '市公共资源交易监管局'],
  ['市教体局', '市教体局'],
  ['市交通运输局', '市交通运输局'],
  ['市卫健委', '市卫健委'],
  ['市城管局', '市城管局'],
  ['市发展改革委', '市发展改革委'],
  ['市人社局', '市人社局'],
  ['市生态环境局', '市生态环境局'],
  ['市统计局', '市统计局'],
] as const) {
  ledgers.push({ ledger: ledger(name, `${name}台账.json`, '2024-06-18', goodEntries(unit)) });
}

// A ledger from a unit that is neither in the directory nor in the plan.
ledgers.push({
  ledger: ledger('宿州市档案馆', '宿州市档案馆台账.json', '2024-06-20', [
    {
      taskNumber: '20',
      measures: '开展档案开放审核',
      status: 'ongoing',
      updatedOn: '2024-12-01',
      evidence: [],
      row: 4,
    },
  ]),
});

// Spreadsheet copies go to a folder of their own, so that `--ledger examples/data/ledgers` reads each unit once.
const sheets = join(out, 'spreadsheets');
mkdirSync(sheets, { recursive: true });
for (const { ledger: l } of ledgers) {
  writeFileSync(join(out, l.source.file as string), `${JSON.stringify(l, null, 2)}\n`);
}

// XLSX and CSV copies, through the spreadsheet library @zwgk/ledger depends on.
const STATUS_WORDS: Record<LedgerEntry['status'], string> = {
  not_started: '未启动',
  in_progress: '推进中',
  done: '已完成',
  ongoing: '持续推进',
  blocked: '滞后',
};
const HEADER = ['序号', '工作措施', '责任科室', '完成状态', '进度', '完成时间', '佐证材料'];
const rowOf = (e: LedgerEntry): string[] => [
  e.taskNumber ?? '',
  e.measures,
  e.owner ?? '',
  STATUS_WORDS[e.status],
  e.progress === undefined ? '' : `${e.progress}%`,
  e.completedOn ?? '',
  e.evidence.join('\n'),
];

interface Worksheet {
  addRow(values: unknown[]): unknown;
  mergeCells(range: string): void;
}
interface Workbook {
  addWorksheet(name: string): Worksheet;
  xlsx: { writeFile(path: string): Promise<void> };
}
const requireFromLedger = createRequire(join(root, 'packages/ledger/package.json'));
let ExcelJS: { Workbook: new () => Workbook } | undefined;
try {
  ExcelJS = requireFromLedger('exceljs') as { Workbook: new () => Workbook };
} catch {
  console.warn('exceljs not found next to @zwgk/ledger: writing JSON ledgers only');
}

for (const { ledger: l, also } of ledgers) {
  const base = (l.source.file as string).replace(/\.json$/, '');
  const title = `${l.unit}2024年政务公开重点工作任务台账`;
  // A spreadsheet has no update date per row: its 填报日期 is the date of this progress report.
  const reported = l.entries.reduce((d, e) => (e.updatedOn && e.updatedOn > d ? e.updatedOn : d), l.publishedAt ?? '');
  const filled = `填报单位：${l.unit}    填报日期：${reported}`;
  if (also === 'csv') {
    const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const lines = [title, filled, HEADER.join(','), ...l.entries.map((e) => rowOf(e).map(cell).join(','))];
    writeFileSync(join(sheets, `${base}.csv`), `\uFEFF${lines.join('\r\n')}\r\n`);
  } else if (also === 'xlsx' && ExcelJS) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow([title]);
    sheet.mergeCells('A1:G1');
    sheet.addRow([filled]);
    sheet.mergeCells('A2:G2');
    sheet.addRow(HEADER);
    for (const e of l.entries) sheet.addRow(rowOf(e));
    await workbook.xlsx.writeFile(join(sheets, `${base}.xlsx`));
  }
}
console.log(`wrote ${ledgers.length} ledgers to ${out}`);
