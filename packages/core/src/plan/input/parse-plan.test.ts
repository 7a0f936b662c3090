import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Plan, PlanSchema } from '../../model/index.js';
import { parsePlan } from './parse-plan.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures');
const bytes = (path: string) => new Uint8Array(readFileSync(join(fixtures, path)));
const seedText = readFileSync(join(fixtures, 'plans/suzhou-2024-plan.txt'), 'utf8');

/** What must not change between copies of one plan: numbers, sections, units with roles, deadlines. */
const tasksOf = (plan: Plan) =>
  plan.tasks.map((t) => ({
    number: t.number,
    section: plan.sections.find((s) => s.id === t.sectionId)?.number,
    units: t.assignments.map((a) => `${a.role}:${a.unit}`).sort(),
    deadline: t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
  }));

describe('parsePlan', () => {
  const seed = parsePlan(seedText);

  it('reads the seed as text with 27 tasks in 11 sections', () => {
    expect(seed.tasks).toHaveLength(27);
    expect(seed.sections).toHaveLength(11);
    expect(PlanSchema.parse(seed)).toBeTruthy();
  });

  it.each([
    ['inputs/suzhou-2024-plan.gb18030.txt', 'GB18030'],
    ['inputs/suzhou-2024-plan.utf16le-bom.txt', 'UTF-16 LE'],
    ['inputs/suzhou-2024-plan.utf16be-bom.txt', 'UTF-16 BE'],
    ['inputs/suzhou-2024-plan.utf8-bom.txt', 'UTF-8（带 BOM）'],
  ])('reads the same tasks from %s and says the encoding', (path, name) => {
    const plan = parsePlan(bytes(path), { fileName: path });
    expect(tasksOf(plan)).toEqual(tasksOf(seed));
    expect(plan.diagnostics[0]).toEqual({
      severity: 'info',
      code: 'input-encoding',
      message: `按 ${name} 编码读取`,
      messageEn: expect.stringMatching(/^Read as /),
      location: { file: path },
    });
  });

  it.each([
    'inputs/suzhou-2024-plan.html',
    'inputs/suzhou-2024-plan.gb2312.html',
    'inputs/suzhou-2024-plan.docx',
    'inputs/suzhou-2024-plan.numbered.docx',
  ])('reads the same tasks, units, roles and deadlines from %s', (path) => {
    const plan = parsePlan(bytes(path), { fileName: path });
    expect(tasksOf(plan)).toEqual(tasksOf(seed));
    expect(plan.docNumber).toBe('宿政务办〔2024〕1号');
    expect(plan.issued).toBe('2024-05-21');
  });

  it('picks the format from the option, then the file name, then the content', () => {
    const html = '<table><tr><td>序号</td><td>工作任务</td></tr><tr><td>1</td><td>公开预算</td></tr></table>';
    const docx = bytes('inputs/suzhou-2024-plan.docx');
    // As text, the tags left in the line are dropped and the cells run together; as HTML the
    // cells are a table's.
    const glued = '序号工作任务1公开预算';
    expect(parsePlan(html, { format: 'text' }).title).toBe(glued);
    expect(parsePlan(html).title).not.toBe(glued);
    expect(parsePlan(new TextEncoder().encode(html), { fileName: 'page.htm' }).title).not.toBe(glued);
    // A .docx by name or by its ZIP header.
    expect(parsePlan(docx, { fileName: 'plan.docx' }).tasks).toHaveLength(27);
    expect(parsePlan(docx).tasks).toHaveLength(27);
    // The file name wins over sniffing: a .txt holding markup stays text.
    expect(parsePlan(new TextEncoder().encode(html), { fileName: 'notes.txt' }).title).toBe(glued);
  });

  it.each(['分工方案.doc', '分工方案.PDF', '分工方案.wps'])('asks for .docx or .txt when given %s', (fileName) => {
    const plan = parsePlan(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { fileName });
    expect(plan.tasks).toEqual([]);
    expect(plan.diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'input-unsupported',
      message: expect.stringContaining('另存为 .docx 或 .txt'),
      location: { file: fileName },
    });
  });

  it('reads a .doc that is really a .docx (renamed) as DOCX', () => {
    expect(parsePlan(bytes('inputs/suzhou-2024-plan.docx'), { fileName: '分工方案.doc' }).tasks).toHaveLength(27);
  });

  it('puts an unreadable DOCX first among the diagnostics, with the file', () => {
    const plan = parsePlan(new TextEncoder().encode('PK\u0003\u0004 damaged'), { fileName: 'x.docx' });
    expect(plan.tasks).toEqual([]);
    expect(plan.diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'docx-unreadable',
      location: { file: 'x.docx' },
    });
  });

  it('warns when a page nests too deep to be read to the end', () => {
    const plan = parsePlan(`<html><body><p>前文</p>${'<span>'.repeat(5000)}后文`, { fileName: 'deep.html' });
    expect(plan.diagnostics.map((d) => d.code)).toContain('html-truncated');
  });

  it('warns when bytes could not be decoded', () => {
    // A lone GB18030 lead byte at the end cannot be decoded.
    const plan = parsePlan(new Uint8Array([...bytes('inputs/suzhou-2024-plan.gb18030.txt'), 0x81]));
    expect(plan.diagnostics.map((d) => d.code)).toContain('input-undecodable');
  });

  it('passes year and issue date through to the text parser', () => {
    const plan = parsePlan(new TextEncoder().encode('一、主动公开\n1．公开预算。（市财政局负责，完成时限：6月底前）'), {
      year: 2026,
    });
    expect(plan.year).toBe(2026);
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2026-06-30' });
  });

  it('never throws and always returns a valid Plan, whatever the bytes and file name', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(undefined, 'a.txt', 'a.html', 'a.docx', 'a.doc', 'a'),
        (input, fileName) => {
          const plan = parsePlan(input, fileName === undefined ? {} : { fileName });
          expect(PlanSchema.safeParse(plan).success).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('parsePlan on a web table whose header takes two rows', () => {
  it('reads colspan and rowspan header cells: 责任单位 over 牵头单位 and 配合单位, 工作任务 over 任务 and 具体措施', () => {
    const html = [
      '<p>2024年政务公开工作任务分解表</p><table>',
      '<tr><td rowspan="2">序号</td><td colspan="2">工作任务</td><td colspan="2">责任单位</td><td rowspan="2">时限要求</td></tr>',
      '<tr><td>任务</td><td>具体措施</td><td>牵头单位</td><td>配合单位</td></tr>',
      '<tr><td rowspan="2">1</td><td rowspan="2">深化政策解读</td><td>做好政策文件与解读材料同步组织。</td>',
      '<td>市政府办公室</td><td>市直各部门</td><td>2024年6月底前</td></tr>',
      '<tr><td>开展政策吹风会。</td><td>市政府新闻办</td><td>市直各部门</td><td>2024年12月底前</td></tr>',
      '</table>',
    ].join('');
    const plan = parsePlan(html, { fileName: '分解表.html' });
    expect(plan.tasks.map((t) => t.text)).toEqual([
      '深化政策解读：做好政策文件与解读材料同步组织。',
      '深化政策解读：开展政策吹风会。',
    ]);
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['lead:市政府办公室', 'cooperate:市直各部门'],
      ['lead:市政府新闻办', 'cooperate:市直各部门'],
    ]);
    expect(plan.tasks.map((t) => (t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind))).toEqual([
      '2024-06-30',
      '2024-12-31',
    ]);
  });
});
