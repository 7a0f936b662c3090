// The zwgk demo: the whole job of an openness office on the bundled data. `npm run demo` runs it.
//   1. read the plan (宿州市2024年政务公开重点工作任务分工方案) and print its tasks;
//   2. import every unit's work ledger (JSON, XLSX and CSV, as units send them);
//   3. check them against the plan as of 2024-12-20 and print the scorecard;
//   4. write the supervision report as out/report.{md,html,docx,xlsx}.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { styleText } from 'node:util';
import { checkCompliance, DirectorySchema, type Ledger, parsePlan, resolveDeadline, type Task } from '@zwgk/core';
import { importLedgerFile } from '@zwgk/ledger';
import { buildReport, formatRate, renderDocx, renderHtml, renderMarkdown, renderXlsx } from '@zwgk/report';

const AS_OF = '2024-12-20';
const root = join(import.meta.dirname, '..');
const data = join(import.meta.dirname, 'data');
const out = join(root, 'out');

const colour = process.stdout.isTTY && !process.env.NO_COLOR;
type Style = Parameters<typeof styleText>[0];
const paint = (style: Style, text: string) => (colour ? styleText(style, text) : text);
const step = (n: number, text: string) => console.log(`\n${paint('bold', `[${n}/4]`)} ${text}`);

// Terminal columns of a string: CJK characters take two.
const width = (text: string) => [...text].reduce((n, ch) => n + (/[\u2e80-\uffef]/u.test(ch) ? 2 : 1), 0);
const pad = (text: string, cols: number) => text + ' '.repeat(Math.max(0, cols - width(text)));
const cut = (text: string, cols: number) => {
  let kept = '';
  for (const ch of text) {
    if (width(kept + ch) > cols - 1) return `${kept}…`;
    kept += ch;
  }
  return kept;
};

// 1. The plan.
step(1, 'reading the plan');
const planFile = join(data, 'suzhou-2024-plan.txt');
const plan = parsePlan(readFileSync(planFile), { fileName: 'suzhou-2024-plan.txt' });
console.log(`${plan.title}（${plan.docNumber}，${plan.issuer}，${plan.issued}）`);
console.log(`${plan.sections.length} sections, ${plan.tasks.length} tasks`);
const units = (task: Task, role: 'lead' | 'responsible') =>
  task.assignments
    .filter((a) => a.role === role)
    .map((a) => a.unit)
    .join('、');
const due = (task: Task) =>
  task.deadline.kind === 'continuous'
    ? '持续推进'
    : (resolveDeadline(task.deadline, { year: plan.year, issued: plan.issued }) ?? task.deadline.raw);
console.log(paint('dim', `${pad('No.', 5)}${pad('牵头', 16)}${pad('负责落实', 46)}完成时限`));
for (const task of plan.tasks) {
  console.log(
    `${pad(task.number, 5)}${pad(cut(units(task, 'lead'), 15), 16)}${pad(cut(units(task, 'responsible'), 45), 46)}${due(task)}`,
  );
}

// 2. The ledgers.
step(2, 'importing ledgers');
const directory = DirectorySchema.parse(JSON.parse(readFileSync(join(data, 'suzhou-directory.json'), 'utf8')));
const ledgerDir = join(data, 'ledgers');
const files = [
  ...readdirSync(ledgerDir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => join(ledgerDir, n)),
  ...readdirSync(join(ledgerDir, 'spreadsheets')).map((n) => join(ledgerDir, 'spreadsheets', n)),
];
// A unit that sent a spreadsheet is read from it, not from its JSON twin.
const ledgers = new Map<string, Ledger>();
for (const [i, file] of files.entries()) {
  const ledger = await importLedgerFile(file, { plan });
  ledgers.set(ledger.unit, ledger);
  // Progress on stderr: one line rewritten in a terminal, one line a file otherwise.
  const line = `  ${i + 1}/${files.length} ${relative(root, file)}`;
  process.stderr.write(process.stderr.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
}
if (process.stderr.isTTY) process.stderr.write('\n');
const rejected = [...ledgers.values()].reduce((n, l) => n + l.rejected.length, 0);
const entries = [...ledgers.values()].reduce((n, l) => n + l.entries.length, 0);
console.log(`${ledgers.size} ledgers, ${entries} entries, ${rejected} rejected rows`);

// 3. The check.
step(3, `checking as of ${AS_OF}`);
const result = checkCompliance(plan, directory, [...ledgers.values()], { asOf: AS_OF });
const light = (rate: number) => (rate >= 0.8 ? 'green' : rate >= 0.5 ? 'yellow' : 'red');
console.log(
  paint('dim', `${pad('单位', 26)}${pad('任务', 6)}${pad('完成', 6)}${pad('逾期', 6)}${pad('缺报', 6)}完成率`),
);
for (const line of [...result.scorecard.byUnit].sort((a, b) => a.completionRate - b.completionRate)) {
  console.log(
    `${pad(cut(line.label, 25), 26)}${pad(String(line.obligations), 6)}${pad(String(line.done + line.doneLate), 6)}${pad(String(line.overdue), 6)}${pad(String(line.missing), 6)}${paint(light(line.completionRate), formatRate(line.completionRate))}`,
  );
}
const byRule = new Map<string, number>();
for (const f of result.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
console.log(`findings: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')}`);

// 4. The report, in four formats from one report model.
step(4, 'writing the report');
const report = buildReport(plan, result, { title: '2024年政务公开重点工作任务年度督导通报' });
mkdirSync(out, { recursive: true });
const written: string[] = [];
const write = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(out, name), content);
  written.push(`out/${name}`);
  process.stderr.write(`  wrote out/${name}\n`);
};
write('report.md', renderMarkdown(report));
write('report.html', renderHtml(report));
write('report.docx', await renderDocx(report));
write('report.xlsx', await renderXlsx(report));

const s = report.summary;
console.log(
  `\n${paint('bold', report.title)}（截至${report.asOf}）\n` +
    `  ${s.units} units · ${s.obligations} obligations · completion ${paint(light(s.completionRate), formatRate(s.completionRate))}\n` +
    `  ${paint('red', `overdue ${s.overdue}`)} · ${paint('yellow', `due soon ${s.dueSoon}`)} · no entry ${s.missing} · ledgers missing ${s.missingLedgers}\n` +
    `  ${written.join(', ')}`,
);
