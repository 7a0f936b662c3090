// Read one plan in the forms offices actually receive it: a GB18030 (GBK) text file from an older
// Windows machine, a web page with the tasks in a table (merged cells included), and a Word .docx;
// check that each gives the same tasks. Also shows what a .doc and a zip bomb give: diagnostics,
// never an exception.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, docxToPlanText, htmlToPlanText, type Plan, parsePlan } from '@zwgk/core';

const root = join(import.meta.dirname, '..');
const seedPath = join(root, 'examples/data/suzhou-2024-plan.txt');
// The same plan saved as GB18030, and made into a .docx by the docx package (see make-inputs.ts there).
const inputs = join(root, 'packages/core/test/fixtures/inputs');

// 1. Plain text, UTF-8 (the bundled seed).
const fromText = parsePlan(readFileSync(seedPath), { fileName: 'suzhou-2024-plan.txt' });

// 2. The same text as GB18030 bytes: the encoding is detected and reported as an info diagnostic.
const gbBytes = readFileSync(join(inputs, 'suzhou-2024-plan.gb18030.txt'));
console.log(`GB18030 file: decodeText says ${decodeText(gbBytes).encoding}`);
const fromGb = parsePlan(gbBytes, { fileName: 'suzhou-2024-plan.gb18030.txt' });

// 3. An HTML page as a portal publishes it: the tasks in a <table>, a section row spanning all
//    columns (colspan) and equal deadlines of neighbouring tasks merged into one cell (rowspan).
const html = planPage(fromText);
console.log('\nThe HTML table as plan text (first rows):');
for (const line of htmlToPlanText(html).split('\n').slice(1, 5)) console.log(`  ${line.slice(0, 70)}…`);
const fromHtml = parsePlan(html, { fileName: 'plan.html' });

// 4. A Word document.
const fromDocx = parsePlan(readFileSync(join(inputs, 'suzhou-2024-plan.docx')), { fileName: 'plan.docx' });

console.log('\nformat   tasks  sections  same numbers and deadlines as the text');
const key = (plan: Plan) =>
  plan.tasks.map((t) => `${t.number}:${t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind}`).join(' ');
let allSame = true;
for (const [name, plan] of [
  ['text', fromText],
  ['gb18030', fromGb],
  ['html', fromHtml],
  ['docx', fromDocx],
] as const) {
  const same = key(plan) === key(fromText);
  allSame &&= same;
  console.log(
    `${name.padEnd(8)} ${String(plan.tasks.length).padStart(5)}  ${String(plan.sections.length).padStart(8)}  ${same ? 'yes' : 'NO'}`,
  );
}
const encoding = fromGb.diagnostics.find((d) => d.code === 'input-encoding');
console.log(`\n${encoding?.severity} ${encoding?.code}: ${encoding?.message} (${encoding?.messageEn})`);

// 5. What cannot be read says so, with a message for office staff.
const doc = parsePlan(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), { fileName: '分工方案.doc' });
console.log(`\n分工方案.doc → ${doc.diagnostics[0]?.code}: ${doc.diagnostics[0]?.message}`);
const bomb = docxToPlanText(readFileSync(join(inputs, 'suzhou-2024-plan.docx')), { maxUncompressedBytes: 10_000 });
console.log(`a .docx over the limit → ${bomb.diagnostics[0]?.code}: ${bomb.diagnostics[0]?.message}`);

if (!allSame || fromText.tasks.length !== 27) process.exit(1);

/** A portal-style page holding the plan's tasks in a table with merged cells. */
function planPage(plan: Plan): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const units = (t: Plan['tasks'][number], role: string) =>
    t.assignments
      .filter((a) => a.role === role)
      .map((a) => a.unit)
      .join('、');
  const rows: string[] = [];
  for (const section of plan.sections) {
    rows.push(`<tr><td colspan="5"><b>${esc(`${section.number}、${section.title}`)}</b></td></tr>`);
    const tasks = plan.tasks.filter((t) => t.sectionId === section.id);
    tasks.forEach((task, i) => {
      // Merge a deadline cell down over the following tasks with the same deadline.
      const previous = tasks[i - 1];
      let span = 1;
      while (tasks[i + span]?.deadline.raw === task.deadline.raw) span++;
      const deadlineCell =
        previous?.deadline.raw === task.deadline.raw ? '' : `<td rowspan="${span}">${esc(task.deadline.raw)}</td>`;
      rows.push(
        `<tr><td>${esc(task.number)}</td><td>${esc(task.text)}</td><td>${esc(units(task, 'lead'))}</td>` +
          `<td>${esc(units(task, 'responsible'))}</td>${deadlineCell}</tr>`,
      );
    });
  }
  return `<html><head><title>${esc(plan.title)}</title><script>track()</script></head><body>
    <nav>首页 &gt; 政务公开</nav>
    <h1>${esc(plan.title)}</h1><p>${esc(plan.issuer ?? '')}</p><p>2024年5月21日</p><p>${esc(plan.docNumber ?? '')}</p>
    <table><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th></tr>${rows.join('\n')}</table>
    <footer>版权所有</footer></body></html>`;
}
