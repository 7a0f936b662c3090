// Ledger import from CSV (issue 5): a 100,000-row CSV ledger imports in at most 1.5× the time of a
// bare csv-parse pass over the same bytes (decoded, same relaxed options), run side by side.
//   node --expose-gc --conditions=@zwgk/source --import tsx bench/ledger-csv.bench.ts [rows]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { importLedger } from '@zwgk/ledger';
import { bareCsvParse, makeLedgerCsv } from '../packages/ledger/test/bench-support.js';

const gc = (globalThis as { gc?: () => void }).gc;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

// Wall time and CPU time (user + system) of one run; CPU time is steadier on a shared machine.
async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; cpu: number; value: T }> {
  gc?.();
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const value = await fn();
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  return { ms, cpu: (cpu.user + cpu.system) / 1000, value };
}

const ROWS = Number(process.argv[2] ?? 100_000);
const file = join(mkdtempSync(join(tmpdir(), 'zwgk-bench-csv-')), 'ledger.csv');
writeFileSync(file, makeLedgerCsv(ROWS));
const bytes = new Uint8Array(readFileSync(file));
console.log(
  `file: ${ROWS} data rows, ${(bytes.length / 1048576).toFixed(1)} MB (UTF-8), generated into ${dirname(file)}`,
);

const bare: number[] = [];
const ours: number[] = [];
const bareCpu: number[] = [];
const oursCpu: number[] = [];
let rows = 0;
for (let run = 0; run < 5; run++) {
  const b = await timed(() => bareCsvParse(bytes));
  bare.push(b.ms);
  bareCpu.push(b.cpu);
  const o = await timed(() => importLedger(bytes, { fileName: 'ledger.csv' }));
  ours.push(o.ms);
  oursCpu.push(o.cpu);
  rows = o.value.entries.length + o.value.rejected.length;
}
if (rows !== ROWS) throw new Error(`expected ${ROWS} rows, got ${rows}`);
const ratio = median(ours) / median(bare);
const cpuRatio = median(oursCpu) / median(bareCpu);
console.log(
  `bare csv-parse pass:  ${median(bare).toFixed(0)} ms (median of 5; runs ${bare.map((t) => t.toFixed(0)).join(', ')})`,
);
console.log(
  `importLedger (csv):   ${median(ours).toFixed(0)} ms (median of 5; runs ${ours.map((t) => t.toFixed(0)).join(', ')}), ${rows} rows`,
);
console.log(`CPU time (median): bare ${median(bareCpu).toFixed(0)} ms, import ${median(oursCpu).toFixed(0)} ms`);
console.log(
  `ratio, wall time: ${ratio.toFixed(2)}×; CPU time: ${cpuRatio.toFixed(2)}× (target ≤ 1.5×, judged on CPU time) ${cpuRatio <= 1.5 ? 'OK' : 'OVER'}; load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)}`,
);
rmSync(dirname(file), { recursive: true, force: true });
