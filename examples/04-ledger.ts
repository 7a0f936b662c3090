// A unit's work ledger (工作台账), both ways: write 砀山县's own template from the plan and the unit
// directory, import it back (one not_started entry per task), then import the ledgers units really
// send — an XLSX with title rows and merged cells, and a CSV — and list what was accepted and what
// was rejected, with file, sheet, row, column and reason.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectorySchema, parsePlan } from '@zwgk/core';
import { importLedger, importLedgerFile, unitTasks, writeLedgerTemplate } from '@zwgk/ledger';

const root = join(import.meta.dirname, '..');
const data = join(root, 'examples/data');
const out = join(root, 'out');
mkdirSync(out, { recursive: true });

// 1. The plan and the directory that says 砀山县人民政府 belongs to the group 县区政府.
const plan = parsePlan(readFileSync(join(data, 'suzhou-2024-plan.txt')), { fileName: 'suzhou-2024-plan.txt' });
const directory = DirectorySchema.parse(JSON.parse(readFileSync(join(data, 'suzhou-directory.json'), 'utf8')));

// 2. The unit's own template: its tasks with its role and the resolved deadline.
const unit = '砀山县';
const tasks = unitTasks({ plan, unit, directory });
const template = await writeLedgerTemplate({ plan, unit, directory });
writeFileSync(join(out, '砀山县台账模板.xlsx'), template);
console.log(`template: ${tasks.length} tasks for ${unit}, e.g. task ${tasks[0]?.task.number} due ${tasks[0]?.due}`);

// 3. Round trip: the untouched template reads back as one not_started entry per task.
const blank = await importLedger(template, { fileName: '砀山县台账模板.xlsx', plan });
console.log(`round trip: ${blank.entries.length} entries (${blank.unit}), ${blank.rejected.length} rejected`);
if (blank.entries.length !== tasks.length || blank.rejected.length > 0) throw new Error('template round trip failed');

// 4. Ledgers as units send them: title rows, 填报单位 line, merged cells, mixed dates, GBK CSV.
const fixtures = join(root, 'packages/ledger/test/fixtures');
for (const name of ['dangshan-ledger.xlsx', 'yongqiao-gbk.csv']) {
  const ledger = await importLedgerFile(join(fixtures, name), { plan });
  const done = ledger.entries.filter((e) => e.status === 'done').length;
  console.log(
    `${name}: ${ledger.unit}, ${ledger.entries.length} entries (${done} done), ${ledger.rejected.length} rejected`,
  );
  for (const r of ledger.rejected)
    console.log(`  rejected ${r.file} ${r.sheet ?? ''} row ${r.row} column ${r.column}: ${r.reason}`);
}

// 5. A file zwgk cannot read ends with one clear message, not a crash.
try {
  await importLedgerFile(join(fixtures, 'old-binary.xls'), { plan });
} catch (error) {
  console.log(`old .xls: ${(error as Error).message}`);
}
