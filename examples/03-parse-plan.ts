// Parse the bundled plan text and print its tasks, units (with roles) and resolved deadlines.
// Run: node --conditions=@zwgk/source --import tsx examples/03-parse-plan.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Deadline, parsePlanText, resolveDeadline } from '@zwgk/core';

const file = join(import.meta.dirname, 'data', 'suzhou-2024-plan.txt');
const plan = parsePlanText(readFileSync(file, 'utf8'), { fileName: 'suzhou-2024-plan.txt' });

console.log(
  `${plan.title}（${plan.docNumber ?? '无文号'}，${plan.issuer ?? '发文机关不详'}，${plan.issued ?? '日期不详'}）`,
);
console.log(`${plan.sections.length} sections, ${plan.tasks.length} tasks, year ${plan.year}\n`);

const ROLE = { lead: '牵头', responsible: '负责', cooperate: '配合' } as const;

function due(deadline: Deadline): string {
  if (deadline.kind === 'continuous') return '持续推进';
  if (deadline.kind === 'none') return '—';
  if (deadline.kind === 'recurring') return `每 ${deadline.every}`;
  return resolveDeadline(deadline, { year: plan.year, issued: plan.issued }) ?? deadline.raw;
}

// Terminal width of CJK text: two columns a character.
const width = (text: string) => [...text].reduce((n, ch) => n + (/[\u2e80-\uffef]/u.test(ch) ? 2 : 1), 0);
const pad = (text: string, cols: number) => text + ' '.repeat(Math.max(0, cols - width(text)));
const cut = (text: string, cols: number) => {
  let out = '';
  for (const ch of text) {
    if (width(out + ch) > cols - 1) return `${out}…`;
    out += ch;
  }
  return out;
};

console.log(`${pad('No.', 5)}${pad('任务', 32)}${pad('单位（角色）', 56)}完成时限`);
for (const task of plan.tasks) {
  const units =
    task.assignments.map((a) => `${a.unit}（${ROLE[a.role]}）`).join('、') +
    (task.assignments.some((a) => a.etAl) ? '等' : '');
  console.log(`${pad(task.number, 5)}${pad(cut(task.text, 30), 32)}${pad(cut(units, 54), 56)}${due(task.deadline)}`);
  for (const r of task.requirements) {
    if (r.kind === 'relative') console.log(`${' '.repeat(37)}↳ ${r.what}：${r.raw}${r.by ? `（${r.by}前）` : ''}`);
    if (r.kind === 'recurring')
      console.log(`${' '.repeat(37)}↳ ${r.what}：${r.raw}（${r.every}${r.min ? `，至少${r.min}次` : ''}）`);
    if (r.kind === 'threshold') console.log(`${' '.repeat(37)}↳ ${r.what} ${r.comparator} ${r.value}${r.unit}`);
  }
}

if (plan.diagnostics.length > 0) {
  console.log('\nDiagnostics:');
  for (const d of plan.diagnostics)
    console.log(`  ${d.severity} ${d.code} (line ${d.location?.span?.line ?? '?'}): ${d.message}`);
}
