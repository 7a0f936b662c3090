// Scenario: a city openness office (宿州市政务公开办) checks its units' work ledgers against the 2024
// key-task plan, with its province's own rules added as a plugin. Prints the scorecard by unit, the
// findings by rule, and what the province's rule and deadline phrase add.
//
//   node --conditions=@zwgk/source --import tsx examples/06-province-plugin.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCompliance, type Ledger, parseDeadline, parsePlan } from '@zwgk/core';
import { provinceRules } from './plugins/province-rules.js';

const data = join(import.meta.dirname, 'data');
const plan = parsePlan(readFileSync(join(data, 'suzhou-2024-plan.txt')), { fileName: 'suzhou-2024-plan.txt' });
const directory = JSON.parse(readFileSync(join(data, 'suzhou-directory.json'), 'utf8'));
// JSON ledgers here; `importLedgerFile` from @zwgk/ledger reads the XLSX and CSV ones the same way.
const ledgers: Ledger[] = readdirSync(join(data, 'ledgers'))
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(data, 'ledgers', file), 'utf8')));

const asOf = '2024-12-20';
const result = checkCompliance(plan, directory, ledgers, { asOf, plugins: [provinceRules] });

console.log(`${plan.title}: ${plan.tasks.length} tasks, ${result.obligations.length} obligations, as of ${asOf}`);
console.log('\nunit                  tasks  done  overdue  due soon  missing  rate');
for (const line of [...result.scorecard.byUnit, result.scorecard.overall]) {
  console.log(
    `${line.label.padEnd(10, '　')}  ${String(line.obligations).padStart(5)}  ${String(line.done).padStart(4)}  ${String(line.overdue).padStart(7)}  ${String(line.dueSoon).padStart(8)}  ${String(line.missing).padStart(7)}  ${(line.completionRate * 100).toFixed(1)}%`,
  );
}

const byRule = new Map<string, number>();
for (const f of result.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
console.log('\nfindings by rule:');
for (const [rule, count] of byRule) console.log(`  ${rule.padEnd(24)} ${count}`);

console.log('\nthe first error findings:');
for (const f of result.findings.filter((x) => x.severity === 'error').slice(0, 5)) {
  const where = f.location ? `  (${f.location.file ?? ''}${f.location.row ? ` row ${f.location.row}` : ''})` : '';
  console.log(`  [${f.rule}] ${f.message}${where}`);
}

const province = result.findings.filter((f) => f.rule === 'province-evidence-two');
console.log(`\nthe province's rule (at least two pieces of evidence): ${province.length} findings, e.g.`);
if (province[0]) console.log(`  ${province[0].message}`);

const phrase = parseDeadline('汛期前', { year: plan.year, patterns: provinceRules.deadlinePatterns });
console.log(
  `\nthe province's phrase 汛期前 → ${phrase.deadline.kind === 'date' ? phrase.deadline.by : phrase.deadline.kind}`,
);

if (province.length === 0 || phrase.deadline.kind !== 'date') process.exit(1);
