// Ledger import from CSV (issue 5): a 100,000-row CSV ledger imports in at most 1.5× the time of a
// bare csv-parse pass over the same bytes (decoded, same relaxed options), run side by side.
//   node --expose-gc --conditions=@zwgk/source --import tsx bench/ledger-csv.bench.ts [rows]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { importLedger } from '@zwgk/ledger';
import { bareCsvParse, compareWithBaseline, makeLedgerCsv } from '../packages/ledger/test/bench-support.js';

const ROWS = Number(process.argv[2] ?? 100_000);
const file = join(mkdtempSync(join(tmpdir(), 'zwgk-bench-csv-')), 'ledger.csv');
writeFileSync(file, makeLedgerCsv(ROWS));
const bytes = new Uint8Array(readFileSync(file));
console.log(
  `file: ${ROWS} data rows, ${(bytes.length / 1048576).toFixed(1)} MB (UTF-8), generated into ${dirname(file)}`,
);

await compareWithBaseline({
  runs: 5,
  rows: ROWS,
  bareLabel: 'bare csv-parse pass:  ',
  oursLabel: 'importLedger (csv):   ',
  bare: () => bareCsvParse(bytes),
  ours: () => importLedger(bytes, { fileName: 'ledger.csv' }),
});
rmSync(dirname(file), { recursive: true, force: true });
