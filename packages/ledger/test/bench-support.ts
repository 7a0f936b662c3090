// Generators and bare baselines for bench/ledger-*.bench.ts. They live here so that exceljs,
// csv-parse and fflate resolve from this package, as the importer's own copies do.
import { loadavg } from 'node:os';
import { PassThrough, Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';

const STATUS = ['已完成', '推进中', '持续推进', '未启动', '滞后'];
const TASKS = [
  '聚焦经济发展',
  '紧扣民生领域',
  '助力优化政务服务',
  '将政策解读放在与政策制定同等重要位置',
  '提升解读材料质量',
];
const HEADER = [
  '序号',
  '重点任务',
  '工作措施',
  '责任人',
  '完成时限',
  '完成状态',
  '完成时间',
  '进展情况',
  '佐证材料',
  '备注',
];

function dataRow(i: number): (string | Date)[] {
  const n = (i % 27) + 1;
  return [
    String(n),
    TASKS[n % TASKS.length] as string,
    `措施${i}：在门户网站开设专栏，发布政策解读和进展情况第${i % 97}期`,
    `责任人${i % 50}`,
    '2024年12月底前',
    STATUS[i % STATUS.length] as string,
    i % 3 === 0
      ? new Date(Date.UTC(2024, i % 12, (i % 28) + 1))
      : i % 3 === 1
        ? `2024.${(i % 12) + 1}.${(i % 28) + 1}`
        : '',
    `${i % 101}%`,
    `专栏截图${i}；https://www.dangshan.gov.cn/zcjd/${i}.html`,
    i % 10 === 0 ? '按季度更新' : '',
  ];
}

/**
 * A ledger workbook of `rows` data rows under a title, a 填报单位 line and a header, written with
 * exceljs' streaming writer and then stored in Excel's own part order (workbook and styles first,
 * the sheet, then the shared strings).
 */
export async function makeLedgerXlsx(rows: number): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('台账');
  ws.addRow(['砀山县2024年政务公开重点工作任务台账']).commit();
  ws.addRow(['填报单位：砀山县人民政府', '', '', '', '', '填报日期：2024年6月15日']).commit();
  ws.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) {
    const row = ws.addRow(dataRow(i));
    if (i % 3 === 0) row.getCell(7).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  ws.commit();
  await wb.commit();
  const parts = unzipSync(new Uint8Array(Buffer.concat(chunks)));
  const rank = (name: string) =>
    name === '[Content_Types].xml'
      ? 0
      : name.startsWith('_rels')
        ? 1
        : name === 'xl/workbook.xml'
          ? 2
          : name.includes('_rels')
            ? 3
            : name === 'xl/styles.xml'
              ? 4
              : name.startsWith('xl/worksheets')
                ? 5
                : name === 'xl/sharedStrings.xml'
                  ? 6
                  : 7;
  const sorted = Object.fromEntries(Object.entries(parts).sort((a, b) => rank(a[0]) - rank(b[0])));
  return zipSync(sorted, { level: 6 });
}

/** The same ledger as CSV text (UTF-8). */
export function makeLedgerCsv(rows: number): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  // As Excel saves it: every record has the same number of fields, title rows padded with commas.
  const lines = [
    `砀山县2024年政务公开重点工作任务台账${','.repeat(HEADER.length - 1)}`,
    `填报单位：砀山县人民政府,,,,,填报日期：2024年6月15日${','.repeat(HEADER.length - 6)}`,
    HEADER.join(','),
  ];
  for (let i = 0; i < rows; i++) {
    lines.push(
      dataRow(i)
        .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
        .map(quote)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Baseline: a bare exceljs streaming read of every row's values, nothing else. */
export async function bareExcelRead(bytes: Uint8Array): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
  });
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) cells += (row.values as unknown[]).length;
  }
  return cells;
}

/** Baseline: decoding the bytes and a bare csv-parse pass with the same relaxed options. */
export function bareCsvParse(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const records = parse(text, { relax_quotes: true, relax_column_count: true, bom: true }) as string[][];
  return records.length;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** The median of a list of numbers. */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Wall time, CPU time (user + system; steadier on a shared machine) and peak RSS of one run. */
export async function timed<T>(
  fn: () => Promise<T> | T,
): Promise<{ ms: number; cpu: number; peakRss: number; value: T }> {
  gc?.();
  const cpuStart = process.cpuUsage();
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const value = await fn();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpuStart);
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { ms, cpu: (used.user + used.system) / 1000, peakRss, value };
}

/**
 * Runs a baseline and the import alternately, `runs` times each, checks that the import accounted
 * for every row (entries + rejected), and prints medians and the wall and CPU ratios against the
 * issue's 1.5× target (judged on CPU time).
 */
export async function compareWithBaseline(options: {
  runs: number;
  rows: number;
  bareLabel: string;
  oursLabel: string;
  bare: () => unknown;
  ours: () => Promise<{ entries: readonly unknown[]; rejected: readonly unknown[] }>;
}): Promise<void> {
  const bare: number[] = [];
  const ours: number[] = [];
  const bareCpu: number[] = [];
  const oursCpu: number[] = [];
  let rows = 0;
  for (let run = 0; run < options.runs; run++) {
    const b = await timed(options.bare);
    bare.push(b.ms);
    bareCpu.push(b.cpu);
    const o = await timed(options.ours);
    ours.push(o.ms);
    oursCpu.push(o.cpu);
    rows = o.value.entries.length + o.value.rejected.length;
  }
  if (rows !== options.rows) throw new Error(`expected ${options.rows} rows, got ${rows}`);
  const ratio = median(ours) / median(bare);
  const cpuRatio = median(oursCpu) / median(bareCpu);
  const runsOf = (list: number[]) => list.map((t) => t.toFixed(0)).join(', ');
  console.log(`${options.bareLabel}${median(bare).toFixed(0)} ms (median of ${options.runs}; runs ${runsOf(bare)})`);
  console.log(
    `${options.oursLabel}${median(ours).toFixed(0)} ms (median of ${options.runs}; runs ${runsOf(ours)}), ${rows} rows`,
  );
  console.log(`CPU time (median): bare ${median(bareCpu).toFixed(0)} ms, import ${median(oursCpu).toFixed(0)} ms`);
  console.log(
    `ratio, wall time: ${ratio.toFixed(2)}×; CPU time: ${cpuRatio.toFixed(2)}× (target ≤ 1.5×, judged on CPU time) ${cpuRatio <= 1.5 ? 'OK' : 'OVER'}; load average ${loadavg()[0]?.toFixed(1)}`,
  );
}
