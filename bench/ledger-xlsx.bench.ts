// Ledger import from XLSX (issue 5): a 100,000-row ledger imports in at most 1.5× the time of a
// bare exceljs streaming read of the same file, run side by side in this process, with peak
// memory under 300 MB (measured in a child process whose V8 heap is capped at 200 MB, beside the
// same measurement of the bare read).
//   node --expose-gc --conditions=@zwgk/source --import tsx bench/ledger-xlsx.bench.ts [rows]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { importLedger } from '@zwgk/ledger';
import { bareExcelRead, compareWithBaseline, makeLedgerXlsx, timed } from '../packages/ledger/test/bench-support.js';

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

if (process.argv[2] === '--child') {
  // One read in a fresh process: prints its time and peak RSS as JSON.
  const bytes = new Uint8Array(readFileSync(process.argv[4] as string));
  // Load the code first, so the figure before the run is the process with modules, without data.
  await importLedger(new TextEncoder().encode('序号,完成状态\n1,已完成\n'), { fileName: 'warm-up.csv', unit: 'x' });
  gc?.();
  const before = process.memoryUsage().rss;
  const run = await timed(async () =>
    process.argv[3] === 'bare'
      ? bareExcelRead(bytes)
      : (await importLedger(bytes, { fileName: 'ledger.xlsx' })).entries.length,
  );
  process.stdout.write(JSON.stringify({ ms: run.ms, before, peakRss: run.peakRss, value: run.value }));
  process.exit(0);
}

const ROWS = Number(process.argv[2] ?? 100_000);
const file = join(mkdtempSync(join(tmpdir(), 'zwgk-bench-xlsx-')), 'ledger.xlsx');
writeFileSync(file, await makeLedgerXlsx(ROWS));
const bytes = new Uint8Array(readFileSync(file));
console.log(`file: ${ROWS} data rows, ${(bytes.length / 1048576).toFixed(1)} MB, generated into ${dirname(file)}`);

await compareWithBaseline({
  runs: 3,
  rows: ROWS,
  bareLabel: 'bare exceljs streaming read: ',
  oursLabel: 'importLedger (xlsx):         ',
  bare: () => bareExcelRead(bytes),
  ours: () => importLedger(bytes, { fileName: 'ledger.xlsx' }),
});

const child = (mode: string) => {
  const r = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=200',
      '--conditions=@zwgk/source',
      '--import',
      'tsx',
      import.meta.filename,
      '--child',
      mode,
      file,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) throw new Error(`child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { ms: number; before: number; peakRss: number };
};
const bareChild = child('bare');
const ourChild = child('import');
console.log(
  `peak RSS, fresh process, V8 heap capped at 200 MB: bare read ${mb(bareChild.peakRss)} (${mb(bareChild.before)} before); importLedger ${mb(ourChild.peakRss)} (${mb(ourChild.before)} before; holds the ${ROWS}-entry result) (target < 300 MB) ${ourChild.peakRss < 300 * 1048576 ? 'OK' : 'OVER'}`,
);
rmSync(dirname(file), { recursive: true, force: true });
