// A supervision report (督导通报) from the bundled data: the seed plan, the sample unit directory
// and the sample ledgers, checked as of 2024-12-20 and written as out/report.{md,html,docx,xlsx}.
// The four files say the same numbers: they are rendered from one ReportData.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCompliance, DirectorySchema, type Ledger, parsePlan } from '@zwgk/core';
import { importLedgerFile } from '@zwgk/ledger';
import { buildReport, formatRate, renderDocx, renderHtml, renderMarkdown, renderXlsx } from '@zwgk/report';

const root = join(import.meta.dirname, '..');
const data = join(root, 'examples/data');
const out = join(root, 'out');

// 1. The plan, the directory of units (which counties make up 县区政府 …) and every unit's ledger.
const plan = parsePlan(readFileSync(join(data, 'suzhou-2024-plan.txt')), { fileName: 'suzhou-2024-plan.txt' });
const directory = DirectorySchema.parse(JSON.parse(readFileSync(join(data, 'suzhou-directory.json'), 'utf8')));
const ledgers: Ledger[] = [];
for (const name of readdirSync(join(data, 'ledgers')).filter((n) => n.endsWith('.json'))) {
  ledgers.push(await importLedgerFile(join(data, 'ledgers', name), { plan }));
}

// 2. The check, then the report data, computed once.
const result = checkCompliance(plan, directory, ledgers, { asOf: '2024-12-20' });
const report = buildReport(plan, result, { title: '2024年政务公开重点工作任务年度督导通报' });

// 3. Four renderers over the same data.
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'report.md'), renderMarkdown(report));
writeFileSync(join(out, 'report.html'), renderHtml(report));
writeFileSync(join(out, 'report.docx'), await renderDocx(report));
writeFileSync(join(out, 'report.xlsx'), await renderXlsx(report));

const s = report.summary;
console.log(`${report.title}（截至${report.asOf}）`);
console.log(`  ${s.units} units, ${s.obligations} obligations, completion rate ${formatRate(s.completionRate)}`);
console.log(
  `  overdue ${s.overdue}, due soon ${s.dueSoon}, no entry ${s.missing}, ledgers missing ${s.missingLedgers}`,
);
console.log(
  `  lowest completion: ${report.units.at(-1)?.label} ${formatRate(report.units.at(-1)?.completionRate ?? 0)}`,
);
for (const g of report.findingsByRule.slice(0, 4)) console.log(`  ${g.label} (${g.rule}): ${g.count}`);
console.log(`wrote ${['md', 'html', 'docx', 'xlsx'].map((f) => `out/report.${f}`).join(', ')}`);

// The example fails loudly if the sample data stop producing what the guide describes.
if (s.obligations === 0 || s.missingLedgers < 1 || report.overdue.length !== s.overdue) process.exit(1);
