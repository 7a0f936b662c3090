// Reports (issue 6): 2,000 units × 100 tasks (a CheckResult of 200,000 obligations) renders to HTML
// in < 2 s and to DOCX and XLSX in < 5 s each. Baseline, run side by side for XLSX: the unit × task
// matrix written the obvious way with exceljs (in-memory workbook, a fill set on each cell), which
// the report's streaming writer with shared styles replaces.
import { availableParallelism, loadavg } from 'node:os';
import { buildReport, renderDocx, renderHtml, renderMarkdown, renderXlsx } from '@zwgk/report';
import { syntheticCheck } from '../packages/report/test/fixtures/check-results.js';
import { naiveMatrixXlsx } from '../packages/report/test/fixtures/naive-matrix.js';

const gc = (globalThis as { gc?: () => void }).gc;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

// Wall time and CPU time (user + system): on a shared machine the CPU time is the steadier figure.
async function time(runs: number, fn: () => unknown): Promise<{ ms: number; cpu: number; size: number }> {
  const times: number[] = [];
  const cpus: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const out = await fn();
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
    size = typeof out === 'string' ? Buffer.byteLength(out) : out instanceof Uint8Array ? out.byteLength : 0;
  }
  return { ms: median(times), cpu: median(cpus), size };
}

const units = 2_000;
const tasks = 100;
const { plan, result } = syntheticCheck(units, tasks);
console.log(
  `report bench: ${units} units × ${tasks} tasks = ${result.obligations.length.toLocaleString('en')} obligations, ` +
    `${result.findings.length.toLocaleString('en')} findings; median of runs, Node ${process.version}`,
);

const build = await time(5, () => buildReport(plan, result));
const report = buildReport(plan, result);
const rows: [string, { ms: number; cpu: number; size: number }, number | null][] = [
  ['buildReport (once for all formats)', build, null],
  ['renderMarkdown', await time(5, () => renderMarkdown(report)), null],
  ['renderHtml', await time(5, () => renderHtml(report)), 2000],
  ['renderDocx', await time(3, () => renderDocx(report)), 5000],
  ['renderXlsx', await time(3, () => renderXlsx(report)), 5000],
];

// Baseline: the matrix sheet alone, in-memory workbook, one fill object per cell.
const baseline = await time(1, () => naiveMatrixXlsx(report));

console.log(
  `load average: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log('\n| step | median wall ms | median CPU ms | output | target | within |');
console.log('|---|---:|---:|---:|---:|---|');
for (const [name, { ms, cpu, size }, target] of rows) {
  const out = size > 0 ? `${(size / 1024 / 1024).toFixed(2)} MiB` : '';
  console.log(
    `| ${name} | ${ms.toFixed(0)} | ${cpu.toFixed(0)} | ${out} | ${target === null ? '' : `< ${target}`} | ${target === null ? '' : ms < target ? `yes (${(ms / target).toFixed(2)} of budget)` : 'NO'} |`,
  );
}
const [load] = loadavg();
if (load !== undefined && load > availableParallelism())
  console.log(
    `\nnote: the machine is loaded (load ${load.toFixed(1)} on ${availableParallelism()} cores): wall times are inflated; ` +
      'the CPU times are what an idle machine’s wall times come close to.',
  );
const xlsx = rows[4]![1].ms;
console.log(
  `\nbaseline: matrix sheet alone, exceljs in-memory with a fill per cell: ${baseline.ms.toFixed(0)} ms ` +
    `(CPU ${baseline.cpu.toFixed(0)} ms, ${(baseline.size / 1024 / 1024).toFixed(2)} MiB); the whole XLSX report (7 sheets, streamed, shared styles) ` +
    `takes ${(xlsx / baseline.ms).toFixed(2)}× that.`,
);
