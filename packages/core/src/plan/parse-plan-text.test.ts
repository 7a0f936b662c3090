import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../index.js';
import { PlanSchema } from '../model/index.js';
import type { Plan, Task } from '../model/plan.js';
import { findClauses, readClause } from './clauses.js';
import { headerKind } from './table.js';
import { looksLikeUnit, splitCleanUnits } from './units.js';

const headerKinds = (...cells: string[]) => cells.map((c) => headerKind(c));
// Each task's number and its units, as most of the tests below compare them.
const numbersAndUnits = (plan: Plan) => plan.tasks.map((t) => [t.number, t.assignments.map((a) => a.unit)]);
const roles = (plan: Plan) => plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`));
// The units of each task, without their roles.
const unitsOf = (plan: Plan) => plan.tasks.map((t) => t.assignments.map((a) => a.unit));

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/plans');
const seedText = readFileSync(join(FIXTURES, 'suzhou-2024-plan.txt'), 'utf8');

interface ExpectedTask {
  no: string;
  section: string;
  text_head: string;
  lead: string[];
  responsible: string[];
  deadline: { kind: string; by?: string; raw: string };
  requirements?: {
    kind: string;
    every?: string;
    min?: number;
    op?: string;
    value?: number;
    days?: number;
    from?: string;
    by?: string;
    what?: string;
  }[];
}

interface ExpectedSeed {
  title: string;
  notice_title: string;
  issuer: string;
  publisher: string;
  docNumber: string;
  indexNo: string;
  signed: string;
  written: string;
  published: string;
  year: number;
  sections: { number: string; title: string }[];
  tasks: ExpectedTask[];
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'suzhou-2024-plan.expected.json'), 'utf8')) as ExpectedSeed;

function units(task: Task, role: string): string[] {
  return task.assignments.filter((a) => a.role === role).map((a) => a.unit);
}

// The requirement as the expectation file writes it (threshold values as fractions of one).
function comparableRequirement(r: Plan['tasks'][number]['requirements'][number]): Record<string, unknown> {
  switch (r.kind) {
    case 'recurring':
      return r.min === undefined ? { kind: r.kind, every: r.every } : { kind: r.kind, every: r.every, min: r.min };
    case 'threshold':
      return { kind: r.kind, op: r.comparator, value: r.unit === '%' ? r.value / 100 : r.value };
    case 'relative':
      return { kind: r.kind, days: r.days, from: r.from, by: r.by, what: r.what };
    case 'note':
      return { kind: r.kind };
  }
}

function expectedRequirement(r: NonNullable<ExpectedTask['requirements']>[number]): Record<string, unknown> {
  switch (r.kind) {
    case 'recurring':
      return r.min === undefined ? { kind: r.kind, every: r.every } : { kind: r.kind, every: r.every, min: r.min };
    case 'threshold':
      return { kind: r.kind, op: r.op, value: r.value };
    case 'relative':
      return { kind: r.kind, days: r.days, from: r.from, by: r.by, what: r.what };
    default:
      return { kind: r.kind };
  }
}

describe('parsePlanText on the seed plan (suzhou-2024)', () => {
  const plan = parsePlanText(seedText, { fileName: 'suzhou-2024-plan.txt' });

  it('passes the Plan schema', () => {
    expect(() => PlanSchema.parse(plan)).not.toThrow();
  });

  it('reads the document facts, from the portal header, the notice and the signature', () => {
    expect({
      title: plan.title,
      noticeTitle: plan.noticeTitle,
      issuer: plan.issuer,
      publisher: plan.publisher,
      docNumber: plan.docNumber,
      indexNo: plan.indexNo,
      issued: plan.issued,
      written: plan.written,
      published: plan.published,
      year: plan.year,
    }).toEqual({
      title: expected.title,
      noticeTitle: expected.notice_title,
      issuer: expected.issuer,
      publisher: expected.publisher,
      docNumber: expected.docNumber,
      indexNo: expected.indexNo,
      issued: expected.signed,
      written: expected.written,
      published: expected.published,
      year: expected.year,
    });
  });

  it('finds the 11 sections with their numbers and titles', () => {
    expect(plan.sections.map((s) => ({ number: s.number, title: s.title }))).toEqual(expected.sections);
  });

  it('reads the whole structure of the 27 tasks as the hand-checked expectation says', () => {
    const sectionNumber = new Map(plan.sections.map((s) => [s.id, s.number]));
    const actual = plan.tasks.map((t) => ({
      no: t.number,
      section: t.sectionId === null ? null : sectionNumber.get(t.sectionId),
      head: t.text.slice(0, 30),
      lead: units(t, 'lead'),
      responsible: units(t, 'responsible'),
      deadline: t.deadline,
      requirements: t.requirements.map(comparableRequirement),
    }));
    const want = expected.tasks.map((t) => ({
      no: t.no,
      section: t.section,
      head: expect.stringMatching(new RegExp(`^${t.text_head}`)),
      lead: t.lead,
      responsible: t.responsible,
      deadline: t.deadline,
      requirements: (t.requirements ?? []).map(expectedRequirement),
    }));
    expect(actual).toEqual(want);
  });

  it('marks the open-ended unit list of task 13 (等有关部门) without inventing a unit', () => {
    const task13 = plan.tasks.find((t) => t.number === '13') as Task;
    expect(task13.assignments.some((a) => a.etAl === true)).toBe(true);
    expect(task13.assignments.map((a) => a.unit)).not.toContain('有关部门');
  });

  it('points every task at its place in the input', () => {
    for (const task of plan.tasks) {
      const printed = seedText.slice(task.source.start, task.source.end);
      expect(printed.startsWith(task.number)).toBe(true);
    }
    const task1 = plan.tasks[0] as Task;
    expect(task1.source.line).toBe(35);
  });

  it('reports the repaired signing date and the closing remark, and no unread task', () => {
    const codes = plan.diagnostics.map((d) => d.code);
    expect(codes).toContain('plan-date-repaired');
    expect(codes).not.toContain('task-no-units');
    expect(codes).not.toContain('deadline-unknown');
    expect(plan.truncated).toBeUndefined();
  });

  it('lets options override the year and the issue date', () => {
    const other = parsePlanText(seedText, { year: 2025, issued: '2025-03-01' });
    expect(other.year).toBe(2025);
    expect(other.issued).toBe('2025-03-01');
    // A phrase that names its year keeps it; the ledger duty counts from the new issue date.
    expect(other.tasks[0]?.deadline).toEqual({ kind: 'date', by: '2024-12-31', raw: '2024年12月底前' });
    expect(other.tasks[26]?.requirements[0]).toMatchObject({ kind: 'relative', days: 30, by: '2025-03-31' });
  });
});

describe('parsePlanText on the other shapes of real plans', () => {
  it('reads labelled lines under numbered items (牵头单位：/责任单位：/完成时限：)', () => {
    const plan = parsePlanText(
      [
        '某区2024年政务公开重点工作任务分工方案',
        '一、加强政策公开',
        '1.全面梳理现行有效的行政规范性文件，集中公开。',
        '牵头单位：区司法局',
        '责任单位：各街道办事处、区直各部门',
        '完成时限：2024年9月底前',
        '2.做好政策解读工作。',
        '牵头单位：区政府办公室',
        '配合单位：区融媒体中心',
        '完成时限：持续推进',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`), t.deadline])).toEqual([
      [
        '1',
        ['lead:区司法局', 'responsible:各街道办事处', 'responsible:区直各部门'],
        { kind: 'date', by: '2024-09-30', raw: '2024年9月底前' },
      ],
      ['2', ['lead:区政府办公室', 'cooperate:区融媒体中心'], { kind: 'continuous', raw: '持续推进' }],
    ]);
    expect(plan.tasks[0]?.text).toBe('全面梳理现行有效的行政规范性文件，集中公开。');
  });

  it('closes one task at each parenthetical in national-sentence style', () => {
    const plan = parsePlanText(
      [
        '2019年政务公开工作要点',
        '一、加强政府重点工作信息公开',
        '（一）做好规划信息公开。制定发布城市设计导则。（市规划委负责落实）推进京津冀协同发展信息公开。（市发展改革委、市教委分别负责落实）及时公开重大项目建设情况。（各区政府分别牵头落实）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['一-1', '一-2', '一-3']);
    expect(roles(plan)).toEqual([
      ['responsible:市规划委'],
      ['responsible:市发展改革委', 'responsible:市教委'],
      ['lead:各区政府'],
    ]);
    expect(plan.tasks[1]?.text.startsWith('推进京津冀协同发展')).toBe(true);
    expect(plan.sections.map((s) => s.title)).toEqual(['加强政府重点工作信息公开']);
  });

  it('reads a pipe table with a header, merged section rows and `X牵头，Y配合` in one cell', () => {
    const plan = parsePlanText(
      [
        '| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |',
        '|---|---|---|---|---|',
        '| 一、政策公开 | 一、政策公开 | 一、政策公开 | 一、政策公开 | 一、政策公开 |',
        '| 1 | 集中公开行政规范性文件 | 市司法局 | 各县（市、区）政府 | 2024年6月底前 |',
        '| 2 | 优化政策文件库 | | 市政府办公室牵头，市数据资源局配合 | 年底前 |',
      ].join('\n'),
      { year: 2024 },
    );
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([['一', '政策公开']]);
    expect(
      plan.tasks.map((t) => [t.number, t.text, t.assignments.map((a) => `${a.role}:${a.unit}`), t.deadline]),
    ).toEqual([
      [
        '1',
        '集中公开行政规范性文件',
        ['lead:市司法局', 'responsible:各县（市、区）政府'],
        { kind: 'date', by: '2024-06-30', raw: '2024年6月底前' },
      ],
      [
        '2',
        '优化政策文件库',
        ['lead:市政府办公室', 'cooperate:市数据资源局'],
        { kind: 'date', by: '2024-12-31', raw: '年底前' },
      ],
    ]);
  });

  it('reads a table copied one cell per line, with multi-line cells and rows that inherit merged cells', () => {
    const plan = parsePlanText(
      [
        '2024年某局政务公开重点任务清单',
        '序号',
        '工作任务',
        '责任科室',
        '时限要求',
        '1',
        '全面清理行政规范性文件，',
        '并向社会公布目录。',
        '办公室',
        '年底前',
        '2',
        '做好政策解读工作。',
        '各科室',
        '持续推进',
        '3',
        '做好依申请公开工作。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.text, t.assignments.map((a) => a.unit), t.deadline.kind])).toEqual([
      ['1', '全面清理行政规范性文件，：并向社会公布目录。', ['办公室'], 'date'],
      ['2', '做好政策解读工作。', ['各科室'], 'continuous'],
    ]);
    // Row 3 lost its cells to the end of the text: it is cut, not a task with borrowed units.
    expect(plan.truncated).toBe(true);
    expect(plan.diagnostics.find((d) => d.code === 'plan-truncated')?.location?.span?.line).toBe(15);
  });

  it('reads roles in brackets after a name and unit lists that follow a label', () => {
    const plan = parsePlanText(
      [
        '一、推进决策公开',
        '（一）做好重大决策预公开。（牵头单位：市发展改革委，市司法局；责任单位：各县区政府；完成时限：2024年12月底前）',
        '（二）加强政策解读。（责任单位：市发展改革委（牵头）、市财政局；完成时限：长期坚持）',
      ].join('\n'),
      { year: 2024 },
    );
    expect(roles(plan)).toEqual([
      ['lead:市发展改革委', 'lead:市司法局', 'responsible:各县区政府'],
      ['lead:市发展改革委', 'responsible:市财政局'],
    ]);
  });

  it('reads a table whose cells are separated by tabs', () => {
    const plan = parsePlanText(
      '2024年某县政务公开重点工作任务清单\n序号\t重点任务\t责任单位\t完成时限\n1\t公开财政预决算\t县财政局\t2024年6月底前\n2\t公开重大项目\t县发改委、县住建局\t持续推进',
    );
    expect(plan.tasks.map((t) => [t.number, t.text, t.assignments.map((a) => a.unit), t.deadline.kind])).toEqual([
      ['1', '公开财政预决算', ['县财政局'], 'date'],
      ['2', '公开重大项目', ['县发改委', '县住建局'], 'continuous'],
    ]);
  });

  it('reads a tabbed table whose task text holds spaces, with cells left empty and a cell broken over two lines', () => {
    const plan = parsePlanText(
      [
        '2024年某县重点工作任务分解表',
        '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
        '1\t实施宏图路 下穿工程\t县住建局\t\t2024年6月底前',
        '2\t落实“过紧日子” 要求，',
        '压减一般性支出\t县财政局\t县审计局\t持续推进',
        '\t坚持县政府常务会议集体学法\t县司法局\t\t年底前',
      ].join('\n'),
    );
    expect(
      plan.tasks.map((t) => [t.number, t.text, t.assignments.map((a) => `${a.role}:${a.unit}`), t.deadline.kind]),
    ).toEqual([
      ['1', '实施宏图路 下穿工程', ['lead:县住建局'], 'date'],
      ['2', '落实“过紧日子” 要求，压减一般性支出', ['lead:县财政局', 'cooperate:县审计局'], 'continuous'],
      ['3', '坚持县政府常务会议集体学法', ['lead:县司法局'], 'date'],
    ]);
  });

  it('keeps the last row of a tabbed table whose last cell is printed empty (`/`)', () => {
    const plan = parsePlanText(
      '2022年工作任务分解\n序号\t工作任务\t牵头单位\t责任单位\n1\t落实过紧日子要求\t县财政局\t/\n2\t坚持集体学法\t县司法局\t/',
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['1', ['县财政局']],
      ['2', ['县司法局']],
    ]);
    expect(plan.diagnostics.filter((d) => d.code === 'plan-truncated')).toEqual([]);
  });

  it('applies a lead rule the plan states (逗号前的为牵头单位)', () => {
    const plan = parsePlanText(
      [
        '2024年政务公开工作任务分工',
        '各项任务中，逗号前的为牵头单位，其余为责任单位。',
        '一、主动公开',
        '1.公开财政预决算信息。（市财政局，各县区政府、市直各部门）',
        '2.公开重大建设项目信息。（市发展改革委，市住房和城乡建设局）',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([
      ['lead:市财政局', 'responsible:各县区政府', 'responsible:市直各部门'],
      ['lead:市发展改革委', 'responsible:市住房和城乡建设局'],
    ]);
  });

  it('nests sections (一、 then （一）) and numbers tasks with 1、 and （1）', () => {
    const plan = parsePlanText(
      [
        '2024年政务公开工作要点',
        '一、推进决策公开',
        '（一）完善公众参与机制',
        '1、公开重大决策预公开事项。（市政府办公室牵头，各县区负责，2024年6月底前）',
        '2、做好意见征集反馈。（各县区负责，持续推进）',
        '（二）做好政策解读',
        '（1）提升解读质量。（市政府办公室负责，年底前）',
      ].join('\n'),
    );
    expect(plan.sections.map((s) => [s.id, s.number, s.title, s.parentId ?? null])).toEqual([
      ['s1', '一', '推进决策公开', null],
      ['s2', '一', '完善公众参与机制', 's1'],
      ['s3', '二', '做好政策解读', 's1'],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.sectionId])).toEqual([
      ['1', 's2'],
      ['2', 's2'],
      ['1', 's3'],
    ]);
  });

  it('keeps sub-points in their task when one clause after the last of them closes the task', () => {
    const plan = parsePlanText(
      [
        '一、推进重点领域公开',
        '1.深化财政信息公开。具体包括：',
        '（1）公开预算；',
        '（2）公开决算。',
        '（市财政局牵头，各县区政府负责，2024年12月底前）',
        '2.深化教育信息公开。（市教育局负责，持续推进）',
      ].join('\n'),
      { year: 2024 },
    );
    expect(plan.tasks.map((t) => [t.number, t.text, t.assignments.length, t.deadline.kind])).toEqual([
      ['1', '深化财政信息公开。具体包括：（1）公开预算；（2）公开决算。', 2, 'date'],
      ['2', '深化教育信息公开。', 1, 'continuous'],
    ]);
  });

  it('splits unit lists on 和 only between whole units and keeps bracketed names whole', () => {
    const plan = parsePlanText(
      '1.做好就业信息公开。（市人力资源和社会保障局和各县（市、区）政府负责，完成时限：2024年12月底前）',
      { year: 2024 },
    );
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual(['市人力资源和社会保障局', '各县（市、区）政府']);
  });
});

describe('parsePlanText on noise', () => {
  it('reads traditional script, pinyin annotations, half-width punctuation and page furniture', () => {
    const plan = parsePlanText(
      [
        '來源:某市政府辦公室 瀏覽量: 發表時間:2024-05-24',
        '一、圍繞中心工作',
        '1加強政策公開(hào)。(市財政局(國資委)牽頭,縣區政府負責落實,完成時限:20249月底前)',
        '打印本页 关闭窗口',
        '扫一扫在手机打开当前页',
      ].join('\n'),
      { year: 2024 },
    );
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]?.assignments).toEqual([
      { unit: '市财政局（国资委）', role: 'lead', raw: '市财政局（国资委）' },
      { unit: '县区政府', role: 'responsible', raw: '县区政府' },
    ]);
    expect(plan.tasks[0]?.deadline).toEqual({ kind: 'date', by: '2024-09-30', raw: '2024年9月底前' });
    expect(plan.tasks[0]?.text).toBe('加强政策公开。');
  });

  it('keeps the complete tasks of a cut document and says what was cut', () => {
    // Cut inside the clause of task 27: `…（縣區(qū)政府、市` and nothing after.
    const clause = seedText.indexOf('(縣區', seedText.indexOf('27.'));
    const cut = seedText.slice(0, clause + 12);
    const plan = parsePlanText(cut);
    expect(plan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 26 }, (_, i) => String(i + 1)));
    expect(plan.truncated).toBe(true);
    const diagnostic = plan.diagnostics.find((d) => d.code === 'plan-truncated');
    expect(diagnostic?.message).toContain('27');
    expect(diagnostic?.location?.span?.start).toBe(seedText.indexOf('27.'));
  });

  it('reports a task whose units cannot be read and an unknown deadline, with positions', () => {
    const text = '一、工作任务\n1.做好公开工作。（完成时限：适时）\n2.做好解读工作。（市政府办公室负责，2024年底前）';
    const plan = parsePlanText(text, { year: 2024, fileName: 'x.txt' });
    const noUnits = plan.diagnostics.find((d) => d.code === 'task-no-units');
    expect(noUnits?.location).toMatchObject({ file: 'x.txt', span: { line: 2 } });
    const unknown = plan.diagnostics.find((d) => d.code === 'deadline-unknown');
    expect(unknown?.messageEn).toContain('适时');
    expect(unknown?.location?.span?.start).toBe(text.indexOf('（完成时限'));
    expect(plan.tasks[0]?.deadline).toEqual({ kind: 'none', raw: '适时' });
  });

  it('reads nothing from text that is no plan, and says so', () => {
    const plan = parsePlanText('今天天气很好。');
    expect(plan.tasks).toEqual([]);
    expect(plan.diagnostics.map((d) => d.code)).toContain('plan-no-tasks');
    expect(() => PlanSchema.parse(plan)).not.toThrow();
  });
});

describe('parsePlanText never throws and stays linear', () => {
  const lines = seedText.split('\n');

  it('returns a valid Plan for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const plan = parsePlanText(text);
        expect(PlanSchema.safeParse(plan).success).toBe(true);
        expect(plan.diagnostics.map((d) => d.code)).not.toContain('plan-internal-error');
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('returns a valid Plan for strings made of plan characters', () => {
    const pieces = fc.constantFrom(
      '（',
      '）',
      '(',
      ')',
      '、',
      '，',
      '：',
      '\n',
      '|',
      '一、',
      '（一）',
      '1.',
      '1',
      '牵头',
      '负责落实',
      '配合',
      '市财政局',
      '县区政府',
      '等有关部门',
      '完成时限',
      '2024年',
      '12月底前',
      '持续推进',
      '每半年',
      '。',
      '牵头单位：',
      '序号',
      '工作任务',
      '责任单位',
      '完成时限',
      '印发后30日内',
      // Pieces of the shapes added for the later held-out sets.
      ' 1.',
      ' |',
      '〔',
      '〕',
      '以下均需各县区落实，不再列出',
      '牵头工作（2项）',
      '此项工作由',
      '列第一位者为牵头单位，下同',
      '省教育厅负责做好培训。',
      '一级要点',
      '配合/责任单位',
      '常态化开展',
      '2020630日前',
      '区发改局区统计局',
      '<br>',
      '（/div>',
      // Pieces of the fourth session's shapes.
      '序号工作任务责任单位完成时限',
      '试点单位：第一批：',
      '年度阶段性工作目标：第一季度:',
      '第四季度:',
      '☆',
      '@@',
      '牵头领导：张三，',
      '数据提供单位：',
      '除特别注明的外，各县政府都是配合单位。',
      '具体任务均涉及各县政府，不再做分工，下同',
      '镇（街道）',
      '牵头单位及主要负责人',
      '| |',
      '300 |',
      '目标名称',
      '（见附件1）',
      '会同市直部门办理',
      '<市、县>',
      '实施计划',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 120 }), (parts) => {
        const plan = parsePlanText(parts.join(''));
        expect(PlanSchema.safeParse(plan).success).toBe(true);
        expect(plan.diagnostics.map((d) => d.code)).not.toContain('plan-internal-error');
      }),
      { numRuns: 600 },
    );
  }, 30_000);

  it('returns a valid Plan for the seed with lines deleted, duplicated or cut at random', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(lines.length - 1), fc.constantFrom('delete', 'duplicate', 'cut')), { maxLength: 8 }),
        fc.nat(seedText.length),
        (edits, cutAt) => {
          const copy = [...lines];
          for (const [at, op] of edits) {
            const i = Math.min(at, copy.length - 1);
            if (i < 0) break;
            if (op === 'delete') copy.splice(i, 1);
            else if (op === 'duplicate') copy.splice(i, 0, copy[i] as string);
            else copy[i] = (copy[i] as string).slice(0, Math.floor((copy[i] as string).length / 2));
          }
          const text = copy.join('\n').slice(0, Math.max(cutAt, 1));
          const plan = parsePlanText(text);
          expect(PlanSchema.safeParse(plan).success).toBe(true);
          expect(plan.diagnostics.map((d) => d.code)).not.toContain('plan-internal-error');
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('takes time linear in the input (8× the input takes well under 8² × the time)', () => {
    // The best of three runs, so a garbage collection or a busy machine does not decide.
    // (Best of five: on a shared machine one run may stall on another process.)
    const time = (text: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 5; k++) {
        const start = performance.now();
        parsePlanText(text);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const body = seedText.slice(seedText.indexOf('一、'));
    time(body);
    const small = Math.max(time(body.repeat(4)), 1);
    const large = time(body.repeat(32));
    expect(large / small).toBeLessThan(24);
  }, 30_000);

  it('stays linear on adversarial inputs made of the plan vocabulary (8× the input well under 8² × the time)', () => {
    // The shapes that were slowest when generated from role words, labels, unit endings, brackets,
    // numbering and bars; some with every unit named differently, so nothing read once is reused.
    const bytes = (text: string) => new TextEncoder().encode(text).length;
    const repeated = (piece: string) => (size: number) => piece.repeat(Math.ceil(size / bytes(piece)));
    const varied = (piece: string) => (size: number) => {
      const parts: string[] = [];
      for (let k = 0, total = 0; total < size; k++) {
        parts.push(piece.replace('市局', `市${k.toString(36)}局`));
        total += bytes(parts[k] as string);
      }
      return parts.join('');
    };
    const shapes: [string, (size: number) => string][] = [
      ['lines of bars', repeated('|\n')],
      ['lines of empty pipe rows', repeated('| |\n')],
      ['one line 市局负责。以下不再列出', repeated('市局负责。以下不再列出')],
      ['lines 责任单位：市局', repeated('责任单位：市局 \n')],
      ['lines （市局负责 with the bracket lost', repeated('（市局负责\n')],
      ['lines of header words', repeated('序号\n工作任务\n牵头单位\n完成时限\n')],
      ['numbered lines 1.', repeated('1.\n')],
      ['one line 加强政务公开，市政府办公室负责，', repeated('加强政务公开，市政府办公室负责，')],
      ['lines 1.市X局负责, units all different', varied('1.市局负责\n')],
      ['one line 市X局负责、, units all different', varied('市局负责、')],
      ['one flattened line of items and unit labels', varied(' 1.加强公开。 责任单位：市局 ')],
      ['one line of blanks before a number', repeated('    　　 1')],
      ['labels alone on their lines, values after blank lines', varied('责任单位\n\n\n市局\n')],
      ['runs of blank lines between labels', repeated('责任单位\n\n\n\n\n\n\n\n')],
      ['items with units glued after the full stop', varied('1. 推进公开。市局常态化开展\n')],
      ['duty lines, units all different', varied('市局负责做好信息公开工作。\n')],
      ['cells one per line with bars', varied('市局负责 |\n长期 |\n')],
      [
        'one line of a flattened table with numbered rows',
        (size: number) => `序号 工作内容 责任单位 完成时限 ${varied(' 1 推进公开 市局 全年')(size)}`,
      ],
      ['lines 市X局 负责, units all different', varied('市局 负责 \n')],
      // (Units after 由 in one long labelled sentence: each is asked which sentence it is in.)
      // (Twice the size: a line of 12,000 bytes is short enough to be broken into one duty per unit, a path of its
      // own and a quicker one, so both sizes are kept on the long line's path.)
      ['one labelled line of 由市X局负责清除，', (size: number) => `整改要求：${varied('由市局负责清除，')(size * 2)}`],
      // (Lists after a lead take the role word that closes them: each is asked which one that is.)
      [
        'one label 责任单位：A牵头，then lists of units all different',
        (size: number) => `1.推进公开。责任单位：市财政局牵头，${varied('市局，')(size)}`,
      ],
      // (A project table one cell per line: places before the units, units' other names on lines of their own.)
      [
        'a project table one cell per line with places and bracketed names, units all different',
        (size: number) =>
          `序号\n项目名称\n建设内容\n总投资\n计划投资\n完成时间\n所在地\n实施单位\n备注\n${varied('1\n某某路段\n改造雨水管道\n50\n2019年2月1日前竣工\n城厢区\n市局\n（市公路局）\n')(size)}`,
      ],
    ];
    const time = (text: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 5; k++) {
        const start = performance.now();
        parsePlanText(text);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    for (const [name, make] of shapes) {
      const small = make(12_000);
      const large = make(96_000);
      time(small);
      const ratio = time(large) / Math.max(time(small), 1);
      expect(ratio, name).toBeLessThan(24);
    }
  }, 60_000);

  it('reads adversarial inputs of 200 KB (one long line, brackets, digits) in well under a second', () => {
    const inputs = [
      '负责，'.repeat(60_000),
      '（'.repeat(100_000) + '）'.repeat(100_000),
      '1'.repeat(200_000),
      '市财政局、'.repeat(40_000),
      `1.${'（市政府办公室负责）'.repeat(20_000)}`,
    ];
    for (const text of inputs) {
      const start = performance.now();
      const plan = parsePlanText(text);
      expect(performance.now() - start).toBeLessThan(1500);
      expect(PlanSchema.safeParse(plan).success).toBe(true);
    }
  }, 30_000);
});

describe('parsePlanText on shapes first seen in the held-out plans', () => {
  it('reads a bare 责任单位： line under a （一） target line as that target’s units', () => {
    const plan = parsePlanText(
      [
        '2024年县政府工作报告目标任务分解方案',
        '一、主要预期目标',
        '（一）城镇新增就业5000人以上',
        '责任单位：县人力资源和社会保障局',
        '（二）粮食播种面积稳定在80万亩',
        '责任部门：县农业农村局、各乡镇人民政府',
        '二、工作要求',
        '各责任单位每季度末报送进展情况。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.text)).toEqual(['城镇新增就业5000人以上', '粮食播种面积稳定在80万亩']);
    expect(roles(plan)).toEqual([
      ['responsible:县人力资源和社会保障局'],
      ['responsible:县农业农村局', 'responsible:各乡镇人民政府'],
    ]);
  });

  it('makes one task of an item whose measures （1）（2）（3） share one unit line after them', () => {
    const plan = parsePlanText(
      [
        '（一）防灾减灾能力建设',
        '1.健全监测预警网络',
        '（1）完善气象、水文监测站点布局。',
        '（2）推进预警信息发布平台建设。',
        '（3）加强基层预警信息员队伍建设。',
        '（责任单位：市气象局、市水利局、各县（市、区）人民政府）',
        '2.提升救援队伍能力',
        '（1）组建综合性应急救援队伍。',
        '（2）开展联合演练。',
        '（责任单位：市应急管理局）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.text.slice(0, 8)])).toEqual([
      ['1', '健全监测预警网络'],
      ['2', '提升救援队伍能力'],
    ]);
    expect(roles(plan)).toEqual([
      ['responsible:市气象局', 'responsible:市水利局', 'responsible:各县（市、区）人民政府'],
      ['responsible:市应急管理局'],
    ]);
  });
});

describe('parsePlanText on roles and remarks first seen in the held-out plans', () => {
  it('applies 逗号前的为牵头单位 stated inside the clause and keeps the sentence out of the last unit', () => {
    const plan = parsePlanText(
      [
        '一、深化基层政务公开',
        '推进乡镇政务公开标准目录编制，规范公开栏设置，做好涉农补贴信息公开。（责任单位：县政务公开办、县农业农村局，各乡镇人民政府、县直有关部门。逗号前的为牵头单位。）',
        '二、加强平台建设',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([
      ['lead:县政务公开办', 'lead:县农业农村局', 'responsible:各乡镇人民政府', 'responsible:县直有关部门'],
    ]);
  });

  it('leaves remark sentences after the units out of the unit list', () => {
    const plan = parsePlanText(
      '1.推进惠企政策“免申即享”。梳理可免申事项清单并动态更新。（牵头单位：市发展改革委；责任单位：市直有关部门、单位，各县市区政府。以下各项均需各县市区政府落实，不再重复列出）',
    );
    expect(roles(plan)).toEqual([['lead:市发展改革委', 'responsible:市直有关部门', 'responsible:各县市区政府']]);
  });

  it('keeps a bracket whose units are followed by a remark as one clause, without the remark', () => {
    const plan = parsePlanText(
      [
        '一、优化营商环境',
        '1.压减企业开办时间。（县市场监管局牵头，县税务局配合；此项为约束性指标）',
        '2.推行惠企政策免申即享。（县发展改革局负责，2024年底前完成，纳入年度绩效考核）',
      ].join('\n'),
      { year: 2024 },
    );
    expect(plan.tasks.map((t) => t.text)).toEqual(['压减企业开办时间。', '推行惠企政策免申即享。']);
    expect(roles(plan)).toEqual([['lead:县市场监管局', 'cooperate:县税务局'], ['responsible:县发展改革局']]);
    expect(plan.tasks[1]?.deadline).toMatchObject({ kind: 'date', by: '2024-12-31' });
  });

  it('reads X会Y, X会同Y, X主办、Y协办 and Y技术保障 as lead and cooperating units', () => {
    const plan = parsePlanText(
      [
        '序号 | 工作任务 | 责任科室 | 完成时限 |',
        '1 | 做好政府信息公开年报编制发布 | 办公室会法规科 | 2024年1月底前 |',
        '2 | 做好新闻发布会组织工作 | 宣传科主办、各业务科室协办 | 持续推进 |',
        '3 | 推进财政资金直达信息公开 | 财务科会同审计科办理 | 6月底前 |',
        '4 | 完善政府网站内容保障机制 | 办公室牵头，各科室配合，信息中心技术保障 | 年底前 |',
      ].join('\n'),
      { year: 2024 },
    );
    expect(roles(plan)).toEqual([
      ['lead:办公室', 'cooperate:法规科'],
      ['lead:宣传科', 'cooperate:各业务科室'],
      ['lead:财务科', 'cooperate:审计科'],
      ['lead:办公室', 'cooperate:各科室', 'cooperate:信息中心'],
    ]);
  });

  it('reads a unit cell that ends in 等按职责分工落实 as an open list of responsible units', () => {
    const plan = parsePlanText(
      [
        '序号 | 工作任务 | 责任处室 | 完成时限 |',
        '1 | 做好汛期灾情信息发布 | 应急指挥处、水旱灾害防御处、宣传处等按职责分工落实 | 长期推进 |',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([['responsible:应急指挥处', 'responsible:水旱灾害防御处', 'responsible:宣传处']]);
    expect(plan.tasks[0]?.assignments.every((a) => a.etAl === true)).toBe(true);
  });
});

describe('parsePlanText on variants of the held-out shapes', () => {
  it('reads 落实单位： and 实施单位： lines under a target line, like 责任单位：', () => {
    const plan = parsePlanText(
      [
        '一、主要目标',
        '（一）新增市场主体3000户',
        '落实单位：县市场监管局',
        '（二）完成造林绿化2万亩',
        '实施单位：县林业局、各乡镇人民政府',
        '二、工作要求',
        '各单位按月报送进展。',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([['responsible:县市场监管局'], ['responsible:县林业局', 'responsible:各乡镇人民政府']]);
  });

  it('lifts a shared unit line even where the other items’ sub-points carry clauses of their own', () => {
    const plan = parsePlanText(
      [
        '一、推进重点领域公开',
        '1.做好财政信息公开',
        '（1）公开部门预算。（县财政局负责）',
        '（2）公开政府债务信息。（县财政局牵头）',
        '2.做好社会救助信息公开',
        '（1）公开救助政策。',
        '（2）公开救助对象名单。',
        '（责任单位：县民政局、各乡镇人民政府）',
        '二、保障措施',
      ].join('\n'),
    );
    const task = plan.tasks.find((t) => t.text.startsWith('做好社会救助信息公开'));
    expect(task?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'responsible:县民政局',
      'responsible:各乡镇人民政府',
    ]);
    expect(plan.tasks).toHaveLength(3);
  });

  it('reads X为牵头单位 and Y为配合单位', () => {
    const plan = parsePlanText('1.做好就业政策解读。（县人社局为牵头单位，县财政局、县税务局为配合单位）');
    expect(roles(plan)).toEqual([['lead:县人社局', 'cooperate:县财政局', 'cooperate:县税务局']]);
  });

  it('applies a first-unit rule given after a semicolon inside the clause, and X会同Y负责', () => {
    const plan = parsePlanText(
      [
        '一、推进重点领域公开',
        '1.做好行政执法公示。（责任单位：县司法局、县市场监管局，县直各执法部门；排在第一位的为牵头单位）',
        '2.做好税费优惠政策解读。（县财政局会同县税务局负责）',
        '二、保障措施',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([
      ['lead:县司法局', 'responsible:县市场监管局', 'responsible:县直各执法部门'],
      ['lead:县财政局', 'cooperate:县税务局'],
    ]);
  });

  it('reads 主体责任 as responsible and 监督责任 as lead in an unnumbered list of problems', () => {
    const plan = parsePlanText(
      [
        '● 东门菜市场水产区污水横流，垃圾未及时清运。',
        '(主体责任:东门菜市场管理处,监督责任:区市场监管局)',
        '● 解放路两侧商铺占道经营。',
        '(主体责任:解放路社区,监管责任:区城管局)',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.text.slice(0, 5))).toEqual(['东门菜市场', '解放路两侧']);
    expect(roles(plan)).toEqual([
      ['responsible:东门菜市场管理处', 'lead:区市场监管局'],
      ['responsible:解放路社区', 'lead:区城管局'],
    ]);
  });

  it('reads a block of numbered problems closed by one unit line as one task, numbering restarting per block', () => {
    const plan = parsePlanText(
      [
        '2023年第二季度城区卫生督查通报',
        '1.北街菜场排水沟堵塞；',
        '2.南侧公厕无人保洁。',
        '整改责任单位：区城管局 整改时限：2023年7月10日前',
        '1.幸福小区垃圾桶破损；',
        '整改责任单位：幸福社区 整改时限：2023年7月10日前',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.assignments.map((a) => a.unit), t.deadline.kind])).toEqual([
      ['北街菜场排水', ['区城管局'], 'date'],
      ['幸福小区垃圾', ['幸福社区'], 'date'],
    ]);
  });

  it('splits a page flattened to one line after each labelled time limit', () => {
    const block = (place: string, unit: string) =>
      `${place}门前堆放杂物，影响通行。 整改责任单位:${unit} 整改时限:2023年7月10日前`;
    const plan = parsePlanText(
      `近日，区创卫办对重点场所进行了督查，发现的问题如下： 1.${block('东城农贸市场', '区市场监管局')} ${block('西城客运站', '区交通局')} ${block('南湖公园', '区住建局')} ${block('北山医院', '区卫健局')}`,
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 4), t.assignments.map((a) => a.unit)])).toEqual([
      ['东城农贸', ['区市场监管局']],
      ['西城客运', ['区交通局']],
      ['南湖公园', ['区住建局']],
      ['北山医院', ['区卫健局']],
    ]);
  });

  it('applies `排名第一的为牵头单位` stated inside the first task’s unit list to the tasks after it', () => {
    const plan = parsePlanText(
      [
        '一、优化审批服务',
        '1.压缩开办时间。〔责任单位：区行政审批局（以下如无特别说明，排名第一的为牵头单位）、区税务局；完成时限：2020年〕',
        '2.推行电子证照。（责任单位：区数据局、区市场监管局；完成时限：2020年）',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([
      ['lead:区行政审批局', 'responsible:区税务局'],
      ['lead:区数据局', 'responsible:区市场监管局'],
    ]);
  });
});

describe('parsePlanText on dates inside task text (milestones, not deadlines)', () => {
  it('keeps a date in the text of a task that has a clause as a milestone, not its deadline', () => {
    const plan = parsePlanText(
      [
        '2024年数字政府建设工作要点',
        '一、夯实基础能力',
        '（一）推进政务云整合。完成市级部门业务系统上云迁移，2024年底完成90%以上系统迁移任务。（市数据局、各区政府牵头）',
        '（二）完善电子证照库。9月底前实现高频证照全量归集。（市数据局负责，2024年10月底前）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.deadline.kind, t.deadline.kind === 'date' ? t.deadline.by : ''])).toEqual([
      ['none', ''],
      ['date', '2024-10-31'],
    ]);
  });

  it('reads a requirement in brackets in a table cell as a requirement, not as the deadline', () => {
    const plan = parsePlanText(
      [
        '工作任务 | 具体要求 | 责任科室 |',
        '一、做好专栏建设 | 1.开设优化营商环境专栏，集中发布惠企政策（专栏每周至少更新3条信息）。 | 局办公室 |',
        '二、做好政策解读 | 2.对重要政策开展图解解读（2024年6月底前）。 | 局法规科 |',
      ].join('\n'),
      { year: 2024 },
    );
    expect(plan.tasks.map((t) => t.deadline.kind)).toEqual(['none', 'date']);
  });

  it('reads a 具体要求 cell that opens with its milestone as task text, not as the deadline cell', () => {
    const plan = parsePlanText(
      [
        '工作任务',
        '具体要求',
        '责任科室',
        '完成时限',
        '做好预算公开',
        '公开部门预算和“三公”经费。',
        '财务科',
        '6月底前',
        '做好目录编制',
        '2024年9月底前完成主动公开目录修订并在网站公布。',
        '办公室',
        '10月底前',
      ].join('\n'),
      { year: 2024 },
    );
    expect(plan.tasks.map((t) => [t.text, t.deadline.kind === 'date' ? t.deadline.by : ''])).toEqual([
      ['做好预算公开：公开部门预算和“三公”经费。', '2024-06-30'],
      ['做好目录编制：2024年9月底前完成主动公开目录修订并在网站公布。', '2024-10-31'],
    ]);
  });

  it('still takes the deadline from the text of a task with no clause and no cells', () => {
    const plan = parsePlanText(
      [
        '一、做好基础工作',
        '1.做好政务公开业务培训。（县政务公开办负责，年底前）',
        '2.修订政府信息公开指南，6月底前完成。',
        '3.做好年报发布。（县政务公开办负责，1月底前）',
      ].join('\n'),
      { year: 2024 },
    );
    expect(plan.tasks.map((t) => (t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind))).toEqual([
      '2024-12-31',
      '2024-06-30',
      '2024-01-31',
    ]);
  });
});

describe('parsePlanText on a table copied one cell per line with a merged deadline cell', () => {
  it('reads 责任科室(单位) as a header, sentences of a merged 完成时限 cell as the deadline of every row it spans', () => {
    const plan = parsePlanText(
      [
        '某县市场监管局2024年政务公开工作任务分工',
        '序号',
        '工作任务',
        '具体要求',
        '承办科室(单位)',
        '完成时限',
        '1',
        '一、做好市场监管信息公开',
        '及时公开行政处罚决定书，做好信用修复信息公示。',
        '法规科牵头，各执法队配合，信息中心技术保障。',
        '局办公室6月底前印发年度工作任务。',
        '各科室(单位)于10月底前按要求落实，不能按时完成的书面说明理由。',
        '2',
        '二、做好政策解读',
        '(一)加强涉企政策解读',
        '围绕惠企政策开展图文解读和政策宣讲。',
        '各业务科室。',
        '3',
        '三、做好依申请公开',
      ].join('\n'),
      { year: 2024 },
    );
    expect(plan.tasks.map((t) => t.text.slice(0, 8))).toEqual(['及时公开行政处罚', '围绕惠企政策开展']);
    expect(roles(plan)).toEqual([
      ['lead:法规科', 'cooperate:各执法队', 'cooperate:信息中心'],
      ['responsible:各业务科室'],
    ]);
    expect(plan.tasks.map((t) => (t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind))).toEqual([
      '2024-10-31',
      '2024-10-31',
    ]);
  });
});

describe('labelled lines that name a leader, a lead and a co-operating unit', () => {
  it('skips the leader line and reads 牵头责任单位 as lead, 协同责任单位 as cooperate', () => {
    const plan = parsePlanText(
      [
        '一、稳住经济基本盘',
        '1.全区固定资产投资增长9%左右。',
        '牵头负责领导：王五。',
        '牵头责任单位：区发展改革委。',
        '协同责任单位：区财政局、区统计局。',
        '2.社会消费品零售总额增长10%。',
        '责任区领导：赵六',
        '牵头责任单位：区商务局。',
      ].join('\n'),
      { year: 2022 },
    );
    expect(plan.tasks.map((t) => t.text.slice(0, 6))).toEqual(['全区固定资产', '社会消费品零']);
    expect(roles(plan)).toEqual([['lead:区发展改革委', 'cooperate:区财政局', 'cooperate:区统计局'], ['lead:区商务局']]);
  });
});

describe('a unit named in both the lead and the responsible column', () => {
  it('is kept once, as the lead', () => {
    const plan = parsePlanText(
      [
        '| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |',
        '| 1 | 做好财政预决算信息公开 | 县财政局 | 县财政局、县审计局 | 2023年6月底前 |',
      ].join('\n'),
      { year: 2023 },
    );
    expect(roles(plan)).toEqual([['lead:县财政局', 'responsible:县审计局']]);
  });
});

describe('the plan year when only a cited document number gives one', () => {
  it('reads the year of the cited 文号 and raises no unknown-year diagnostic', () => {
    const plan = parsePlanText(
      [
        '根据《某市人民政府关于印发若干措施的通知》（某政发〔2019〕7号），制定如下措施。',
        '一、加大项目投资力度，区发展改革局负责。',
      ].join('\n'),
    );
    expect(plan.year).toBe(2019);
    expect(plan.diagnostics.some((d) => d.code === 'plan-year-unknown')).toBe(false);
  });

  it('prefers a year the text names over a cited 文号', () => {
    const plan = parsePlanText(
      ['根据（某政发〔2019〕7号），做好2021年工作。', '一、加大项目投资力度，区发展改革局负责。'].join('\n'),
    );
    expect(plan.year).toBe(2021);
  });

  it('takes the year named first when no year is named more often', () => {
    const plan = parsePlanText(
      ['今年（2021年）全市空气优良天数比例比2018年提高5个百分点。', '一、淘汰燃煤锅炉，市生态环境局负责。'].join('\n'),
    );
    expect(plan.year).toBe(2021);
  });

  it('falls back to the year of a news date printed with separators only', () => {
    const plan = parsePlanText(
      ['某省重点工作分工确定', '07.04.2016  09:30', '1、加快项目建设。（省发改委负责）'].join('\n'),
    );
    expect(plan.year).toBe(2016);
    expect(plan.diagnostics.some((d) => d.code === 'plan-year-unknown')).toBe(false);
  });
});

describe('one cell per line under a header whose task cell carries a long bracket', () => {
  it('reads the table, with a starred row number', () => {
    const plan = parsePlanText(
      [
        '序号',
        '重点工作任务（本区3项牵头工作、15项配合工作）',
        '责任单位',
        '1',
        '加快建设城东科技创新走廊，推动重大平台落地。',
        '区科技局、区发改委',
        '2*',
        '深入实施消费提振行动，培育新型消费。',
        '区商务局（区粮食和物资储备局）',
      ].join('\n'),
      { year: 2021 },
    );
    expect(plan.tasks.map((t) => t.text.slice(0, 6))).toEqual(['加快建设城东', '深入实施消费']);
    expect(unitsOf(plan)).toEqual([['区科技局', '区发改委'], ['区商务局（区粮食和物资储备局）']]);
  });
});

describe('one cell per line with a lead of another level labelled under the units', () => {
  it('reads `省牵头单位：…` as the row’s lead, not as a task', () => {
    const plan = parsePlanText(
      [
        '序号',
        '重点工作任务',
        '责任单位',
        '1',
        '稳定粮食播种面积，建设高标准农田。',
        '县农业农村局、县自然资源局',
        '市牵头单位：市农业农村局',
        '2',
        '提升传统消费，培育新型消费。',
        '县商务局',
        '市牵头单位：市商务局。',
      ].join('\n'),
      { year: 2021 },
    );
    expect(roles(plan)).toEqual([
      ['lead:市农业农村局', 'responsible:县农业农村局', 'responsible:县自然资源局'],
      ['lead:市商务局', 'responsible:县商务局'],
    ]);
  });
});

describe('one cell per line with the header repeated under a second section', () => {
  it('reads the repeated header as column names, not as a task', () => {
    const plan = parsePlanText(
      [
        '一、上级交办任务',
        '序号',
        '重点工作任务',
        '责任单位',
        '1',
        '稳定粮食播种面积，建设高标准农田。',
        '县农业农村局、县自然资源局',
        '二、本级重点任务',
        '序号',
        '重点工作任务',
        '责任单位',
        '1',
        '提升传统消费，培育新型消费。',
        '县商务局。',
      ].join('\n'),
      { year: 2021 },
    );
    expect(plan.tasks.map((t) => t.text)).toEqual([
      '稳定粮食播种面积，建设高标准农田。',
      '提升传统消费，培育新型消费。',
    ]);
    expect(unitsOf(plan)).toEqual([['县农业农村局', '县自然资源局'], ['县商务局']]);
  });
});

describe('the plan’s lead rule stated in a bracket inside a unit list', () => {
  it('applies `首位单位为牵头单位，下同` to this and the following lists and keeps the note out of the name', () => {
    const plan = parsePlanText(
      [
        '一、区长牵头重点工作',
        '1.全区生产总值增长6%左右。',
        '责任单位：区发改局（首位单位为牵头单位，下同）、区财政局、区统计局',
        '2.严控一般性支出，降低行政运行成本。',
        '责任单位：区财政局、区审计局。',
      ].join('\n'),
      { year: 2022 },
    );
    expect(roles(plan)).toEqual([
      ['lead:区发改局', 'responsible:区财政局', 'responsible:区统计局'],
      ['lead:区财政局', 'responsible:区审计局'],
    ]);
  });
});

describe('a page that flattened the plan onto one line', () => {
  const flattened = [
    '各乡镇人民政府，区政府各部门：现将《2023年区政府重点工作责任分解》印发给你们，请认真贯彻执行。',
    '某区人民政府办公室 2023年3月6日 2023年区政府重点工作责任分解',
    '一、区长牵头重点工作',
    '1.全区地区生产总值增长6%左右，固定资产投资增长8%，社会消费品零售总额增长7%。',
    '责任单位：区发改局（首位单位为牵头单位，下同）、区统计局、区商务局',
    '2.严格执行预算管理制度，压减非刚性非重点支出，一般性支出只减不增。',
    '责任单位：区财政局',
    '二、常务副区长牵头重点工作',
    '1.完善重大行政决策程序，落实法律顾问制度，规范性文件全部合法性审核。',
    '责任单位：区司法局、区政府办公室。',
  ];

  it('reads each item and unit line as the lines they were, sections and roles included', () => {
    const oneLine = flattened.join(' ');
    expect(oneLine.length).toBeGreaterThan(200);
    const plan = parsePlanText(oneLine);
    const lines = parsePlanText(flattened.join('\n'));
    const read = (p: Plan) =>
      p.tasks.map((t) => [t.number, t.text.slice(0, 8), t.assignments.map((a) => `${a.role}:${a.unit}`)]);
    expect(read(plan)).toEqual(read(lines));
    expect(read(plan)).toEqual([
      ['1', '全区地区生产总值', ['lead:区发改局', 'responsible:区统计局', 'responsible:区商务局']],
      ['2', '严格执行预算管理', ['lead:区财政局']],
      ['1', '完善重大行政决策', ['lead:区司法局', 'responsible:区政府办公室']],
    ]);
    expect(plan.sections.map((s) => s.title)).toEqual(['区长牵头重点工作', '常务副区长牵头重点工作']);
  });

  it('points spans at line 1 and the column where each item starts', () => {
    const oneLine = flattened.join(' ');
    const plan = parsePlanText(oneLine);
    const task = plan.tasks[2] as Task;
    expect(task.source.line).toBe(1);
    expect(oneLine.slice(task.source.start, task.source.start + 12)).toBe('1.完善重大行政决策程序');
    expect(task.source.column).toBe(task.source.start + 1);
  });

  it('leaves a long line with one blank before a number as one line', () => {
    const text = `1.推进政务公开标准化规范化建设，${'完善目录、规范流程、'.repeat(20)}做到 2.0 版本全覆盖。（区政府办公室负责）`;
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.number)).toEqual(['1']);
  });

  it('leaves pipe rows whole although their cells hold （1） after a blank', () => {
    const row = `| 1 | 加强政策解读 | ${'（1）做好解读。 （2）回应关切。 （3）加强引导。 '.repeat(8)}| 区政府办公室 | 2023年12月底前 |`;
    const plan = parsePlanText(['| 序号 | 工作任务 | 具体要求 | 责任单位 | 完成时限 |', row].join('\n'));
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual(['区政府办公室']);
  });
});

describe('a page that starts inside a table, below its header', () => {
  it('reads the rows by their cells, takes the numbered measure as the task and the row before as its group', () => {
    const text = [
      '3 | 推进决策公开,提升决策透明度 | 8.围绕重大行政决策事项,在决策前通过政府网站公开征求意见,公开决策草案及说明。 | 征求意见期不少于30日。 | 县司法局、县级各有关部门 |',
      '9.建立意见采纳情况反馈机制,对社会公众提出的意见建议汇总分析并公开采纳情况。 | 反馈率达100%。 | 县政府办公室 | ||',
      '10.推进基层政务公开标准化,按照标准目录编制公开事项。 | 目录覆盖率100%。 |',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2023 });
    expect(
      plan.tasks.map((t) => [t.number, t.text.slice(0, 8), t.assignments.map((a) => `${a.role}:${a.unit}`)]),
    ).toEqual([
      ['8', '围绕重大行政决策', ['responsible:县司法局', 'responsible:县级各有关部门']],
      ['9', '建立意见采纳情况', ['responsible:县政府办公室']],
    ]);
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([['3', '推进决策公开，提升决策透明度']]);
    expect(plan.truncated).toBe(true);
  });

  it('does not take a portal header of label and value cells for a table', () => {
    const text = [
      '索引号: | 11330424/2023-01 | 发布机构: | 县政府办公室 |',
      '某县2023年政务公开工作要点',
      '1.加强政策解读,做好政策文件与解读材料同步起草。（县政府办公室负责）',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.number)).toEqual(['1']);
    expect(plan.title).toBe('某县2023年政务公开工作要点');
    expect([plan.indexNo, plan.publisher]).toEqual(['11330424/2023-01', '县政府办公室']);
  });
});

describe('a note that names units for every task after it', () => {
  it('adds the units of `以下…均需X落实，不再一一列出` to the later tasks as responsible units', () => {
    const plan = parsePlanText(
      [
        '一、强化要素保障',
        '1.设立专项资金支持重点项目建设。（责任单位：市发改委、市财政局，各区县人民政府。以下措施均需各区县人民政府、开发区管委会落实，不再一一列出）',
        '2.开展银企对接活动，扩大普惠小微贷款投放。（责任单位：市金融办）',
        '3.落实减税降费政策。（责任单位：市税务局、开发区管委会）',
      ].join('\n'),
      { year: 2022 },
    );
    const units = roles(plan);
    expect(units).toEqual([
      // 以下: the tasks after the note, not the one it stands in.
      ['responsible:市发改委', 'responsible:市财政局', 'responsible:各区县人民政府'],
      ['responsible:市金融办', 'responsible:各区县人民政府', 'responsible:开发区管委会'],
      ['responsible:市税务局', 'responsible:开发区管委会', 'responsible:各区县人民政府'],
    ]);
  });

  it('adds nothing where no such note stands', () => {
    const plan = parsePlanText(
      ['1.设立专项资金。（责任单位：市发改委。以下简称专项资金）', '2.开展银企对接。（责任单位：市金融办）'].join('\n'),
      { year: 2022 },
    );
    expect(plan.tasks[1]?.assignments.map((a) => a.unit)).toEqual(['市金融办']);
  });
});

describe('tables whose task column is named for the subject, and columns that name people or progress', () => {
  it('reads a table one cell per line whose task column is called 民生实事', () => {
    const text = [
      '2019年民生实事目标任务分解表',
      '序号',
      '',
      '民生实事',
      '',
      '责任单位',
      '',
      '完成时限',
      '',
      '1',
      '',
      '新建城区公共停车场3处。',
      '',
      '县住建局',
      '',
      '县城管局',
      '',
      '10月底前',
      '',
      '2',
      '',
      '改造农村危房500户。',
      '',
      '县住建局',
      '',
      '12月底前',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(
      plan.tasks.map((t) => [t.number, t.text, t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind]),
    ).toEqual([
      ['1', '新建城区公共停车场3处。', '2019-10-31'],
      ['2', '改造农村危房500户。', '2019-12-31'],
    ]);
    expect(roles(plan)).toEqual([['responsible:县住建局', 'responsible:县城管局'], ['responsible:县住建局']]);
  });

  it('reads pipe rows printed without their first bar, by column, though a task cell looks like a unit', () => {
    const text = [
      '二〇一八年三月一日',
      '检查对象 | 时间安排 | 责任单位 |',
      '福利院 | 2018年4月底前 | 民政所 |',
      '农贸市场 | 2018年5月底前 | 市场监管所 安监站 |',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.text)).toEqual(['福利院', '农贸市场']);
    expect(roles(plan)).toEqual([['responsible:民政所'], ['responsible:市场监管所', 'responsible:安监站']]);
  });

  it('reads a 分管领导 column as people and a 当前进度 column as progress, neither units nor deadlines', () => {
    const text = [
      '2023年重点项目进度表',
      '序号',
      '项目内容',
      '分管县领导',
      '当前进度',
      '牵头单位',
      '1',
      '建成投用城东、城西等2座污水处理厂。',
      '张 三',
      '85%',
      '县住建局',
      '2',
      '开工建设县第二人民医院。',
      '李 四',
      '30%',
      '县卫健局',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.text.slice(0, 6))).toEqual(['建成投用城东', '开工建设县第']);
    expect(roles(plan).map((r) => r.filter((u) => !u.includes('张') && !u.includes('李')))).toEqual([
      ['lead:县住建局'],
      ['lead:县卫健局'],
    ]);
    expect(plan.tasks.every((t) => t.deadline.kind === 'none')).toBe(true);
  });
});

describe('units written in the heading, in a sentence, or after a full stop', () => {
  it('gives the tasks under `X牵头工作（N项）` X as their lead', () => {
    const plan = parsePlanText(
      [
        '附件1',
        '2024年政府工作报告任务清单',
        '一、县发改局牵头工作（2项）',
        '1.争取中央预算内投资项目10个以上。',
        '2.推进重点项目前期工作。',
        '二、县财政局牵头工作（1项）',
        '1.压减一般性支出。',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([['lead:县发改局'], ['lead:县发改局'], ['lead:县财政局']]);
  });

  it('does not take a person in such a heading for a unit', () => {
    const plan = parsePlanText(
      ['一、张某某县长牵头重点工作', '1.地区生产总值增长6%。', '2.一般公共预算收入增长5%。'].join('\n'),
    );
    expect(plan.tasks.flatMap((t) => t.assignments)).toEqual([]);
  });

  it('reads 此项工作由X负责，Y配合 at the end of an item', () => {
    const plan = parsePlanText(
      '（三）规范依申请公开办理。完善登记、审核、答复流程。此项工作由市政府办公室负责，市司法局、市信息中心配合。',
      { year: 2020 },
    );
    expect(roles(plan)).toEqual([['responsible:市政府办公室', 'cooperate:市司法局', 'cooperate:市信息中心']]);
  });

  it('closes a sentence at a bracket of units after its full stop, with no role word', () => {
    const plan = parsePlanText(
      '（一）做好民生信息公开。公开社会救助资金发放情况。（区民政局、区财政局。）持续公开教育收费项目和标准。（区教委。）',
      { year: 2018 },
    );
    expect(roles(plan)).toEqual([['responsible:区民政局', 'responsible:区财政局'], ['responsible:区教委']]);
  });

  it('does not take `（国资委）` after a unit name, or a bracket inside a sentence, for units', () => {
    const plan = parsePlanText('1.会同市财政局（国资委）、市审计局（内审科）开展专项审计。（市审计局负责）', {
      year: 2020,
    });
    expect(roles(plan)).toEqual([['responsible:市审计局']]);
  });

  it('keeps `党委和人民政府` and `党工委和管委会` as one entry, and splits whole units on 和', () => {
    const plan = parsePlanText(
      '1.落实河长制。（各县（市、区）党委和人民政府、高新区党工委和管委会负责，市水利局和市环保局配合）',
      { year: 2018 },
    );
    expect(roles(plan)).toEqual([
      [
        'responsible:各县（市、区）党委和人民政府',
        'responsible:高新区党工委和管委会',
        'cooperate:市水利局',
        'cooperate:市环保局',
      ],
    ]);
  });

  it('does not read a sentence about places (`建成投用A镇、B镇等3家敬老院`) as units', () => {
    const plan = parsePlanText(
      ['序号 | 项目内容 | 牵头单位 |', '| 1 | 建成投用城关镇、新店镇等3家中心敬老院。 | 县民政局 |'].join('\n'),
      { year: 2022 },
    );
    expect(plan.tasks.map((t) => [t.text, roles(plan)[0]])).toEqual([
      ['建成投用城关镇、新店镇等3家中心敬老院。', ['lead:县民政局']],
    ]);
  });
});

describe('lead rules in a note after a labelled unit list, and the notice around the plan', () => {
  it('applies `第一责任单位为牵头单位，下同` in a bracket that ends the 责任单位 line', () => {
    const plan = parsePlanText(
      [
        '（一）优化项目审批流程。',
        '责任单位：市发改委、市自然资源局（第一责任单位为牵头单位，下同）',
        '时限要求：持续推进',
        '（二）规范涉企收费。',
        '责任单位：市市场监管局、市财政局',
        '时限要求：2019年12月底前',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([
      ['lead:市发改委', 'responsible:市自然资源局'],
      ['lead:市市场监管局', 'responsible:市财政局'],
    ]);
  });

  it('applies `列第一位者为工作牵头单位或汇总单位` and keeps the note out of the last unit', () => {
    const plan = parsePlanText(
      ['1.稳定工业投资。', '责任单位：市经信局、市发改委、市统计局（列第一位者为工作牵头单位或汇总单位，下同）'].join(
        '\n',
      ),
      { year: 2020 },
    );
    expect(roles(plan)).toEqual([['lead:市经信局', 'responsible:市发改委', 'responsible:市统计局']]);
  });

  it('reads the notice’s attachment list as no task and the plan’s own title as the title', () => {
    const plan = parsePlanText(
      [
        '各县区人民政府，市政府各部门：',
        '现将有关分解印发给你们，请认真贯彻执行。',
        '附件：1.2021年政府工作报告重点工作责任分解',
        '2.十件民生实事责任分解',
        '某市人民政府办公室',
        '2021年3月2日',
        '附件1',
        '2021年政府工作报告重点工作责任分解',
        '一、市长主抓重点工作',
        '1.地区生产总值增长7%。',
        '责任单位：市发改委、市统计局（列第一位者为牵头单位，下同）',
      ].join('\n'),
    );
    expect(plan.title).toBe('2021年政府工作报告重点工作责任分解');
    expect(plan.tasks.map((t) => t.number)).toEqual(['1']);
  });
});

describe('table shapes first seen in the sixth held-out set', () => {
  it('reads a pipe header broken over two lines and unit cells with 牵头、配合 and 参照落实 after a semicolon', () => {
    const text = [
      '工作任务 | 具体要求',
      '| 责任单位 |',
      '一、做好规划信息公开。 | 1.主动公开各项专项规划及解读材料。 | 市直有关部门;各镇(街) |',
      '2.做好历史规划的归集整理和主动公开。 | 市发展改革局牵头,市直有关部门配合;各镇(街)参照落实 |',
      '3.及时公开规划调整情况。 |',
      '4.公开规划实施评估报告。 | 市发展改革局牵头,市统计局落实 |',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2021 });
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4']);
    expect(roles(plan)).toEqual([
      ['responsible:市直有关部门', 'responsible:各镇（街）'],
      ['lead:市发展改革局', 'cooperate:市直有关部门', 'responsible:各镇（街）'],
      // Row 3 has no unit cell: it shares the merged cell of the row above.
      ['lead:市发展改革局', 'cooperate:市直有关部门', 'responsible:各镇（街）'],
      ['lead:市发展改革局', 'responsible:市统计局'],
    ]);
  });

  it('reads `（二）` measure cells as tasks, however short, once `（一）` was one', () => {
    const text = [
      '工作任务 | 具体要求 | 责任单位 |',
      '一、深入解读政策 | (一)按照“谁起草、谁解读”原则，做到政策文件与解读方案同步组织、同步审签、同步部署。 | 各镇(街),市直各单位 |',
      '(二)对关注度高的政府文件进行解读。 | ||',
      '(三)重要政策出台时主要负责同志带头解读，主动引导预期。 | 市政府办公室 |',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2019 });
    expect(plan.tasks.map((t) => t.number)).toEqual(['一', '二', '三']);
    expect(roles(plan)[1]).toEqual(['responsible:各镇（街）', 'responsible:市直各单位']);
  });

  it('takes a cell that opens with a date in a 完成时限 column before the units as the deadline, 年月 dropped or not', () => {
    const text = [
      '序号',
      '重点任务',
      '主要问题',
      '完成时限及要求',
      '责任单位',
      '1',
      '政策解读',
      '解读材料与文件不同步，解读形式单一。',
      '2020630日前，完成自查整改，并持续推进解读工作。',
      '区政府办公室，各乡镇政府',
      '2',
      '财政信息公开',
      '部门预算公开不全。',
      '2020年6月30日前完成整改，年底前形成常态化机制。',
      '区财政局',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(
      plan.tasks.map((t) => [t.text.slice(0, 4), t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind]),
    ).toEqual([
      ['政策解读', '2020-06-30'],
      ['财政信息', '2020-12-31'],
    ]);
  });

  it('reads a column of publication channels (公开载体) as no units, and a list restarting at 1. inside a cell as the task’s own', () => {
    const text = [
      '一、各区、县（市）政府、市政府各部门负责落实的工作任务',
      '序号',
      '任务事项',
      '工作要求',
      '公开载体',
      '完成时限',
      '1',
      '公开随机抽查事项清单，及时公布抽查结果',
      '1.重点推进产品质量、安全生产等方面的监管执法信息公开；2.随机抽查事项清单动态调整。',
      '市政府门户网站、各区县（市）政府门户网站',
      '长期推进',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2017 });
    expect(plan.tasks.map((t) => [t.number, t.text.slice(0, 6), t.deadline.kind])).toEqual([
      ['1', '公开随机抽查', 'continuous'],
    ]);
    expect(roles(plan)).toEqual([['responsible:各区、县（市）政府', 'responsible:市政府各部门']]);
  });
});

describe('clauses in other brackets and collectives of levels', () => {
  it('reads a clause in 〔〕 with 按照职能分别落实', () => {
    const plan = parsePlanText(
      '（一）强化公开内容维护。防止错链、断链。〔各县（市）区人民政府，开发区管委会，市政府各部门按照职能分别落实〕',
      { year: 2021 },
    );
    expect(roles(plan)).toEqual([
      ['responsible:各县（市）区人民政府', 'responsible:开发区管委会', 'responsible:市政府各部门'],
    ]);
  });

  it('keeps levels listed before a shared organ as one collective (`各县、市、区人民政府`, `各市〔州〕、县〔市、区〕政府`)', () => {
    const plan = parsePlanText(
      [
        '（一）做好政策解读。（市直有关单位，各县、市、区人民政府按照职责分工负责）',
        '（二）加强权力配置公开。（各市〔州〕、县〔市、区〕政府，各部门按照职能分别落实）',
      ].join('\n'),
      { year: 2020 },
    );
    expect(roles(plan)).toEqual([
      ['responsible:市直有关单位', 'responsible:各县、市、区人民政府'],
      ['responsible:各市〔州〕、县〔市、区〕政府', 'responsible:各部门'],
    ]);
  });

  it('does not take 各县级政府参照执行 in running text for a clause, nor 有效落实', () => {
    const plan = parsePlanText(
      '（一）做好规划公开。保障各承接事项有效落实。各县级政府参照执行。〔牵头单位：市政府办公室，责任单位：市政府各部门〕',
      { year: 2021 },
    );
    expect(roles(plan)).toEqual([['lead:市政府办公室', 'responsible:市政府各部门']]);
  });
});

describe('HTML left in copied page text', () => {
  it('drops tags and a tag whose `<` became a bracket, and reads the clause around them', () => {
    const plan = parsePlanText(
      '2.<span>按旬公开全省财政收支情况，</span>解读收支增减变化原因。（省财政厅牵头(/div>\n3.组织召开主要统计数据新闻发布会。（省统计局负责）<br>',
      { year: 2017 },
    );
    expect(
      plan.tasks.map((t) => [t.number, t.text.slice(0, 6), t.assignments.map((a) => `${a.role}:${a.unit}`)]),
    ).toEqual([
      ['2', '按旬公开全省', ['lead:省财政厅']],
      ['3', '组织召开主要', ['responsible:省统计局']],
    ]);
  });
});

describe('columns a full pipe row marks as neither task nor units', () => {
  it('leaves a 目标类型 cell (`A类`) out of the rows', () => {
    const text = [
      '序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |',
      '1 | 地区生产总值 | 增长5.5% | 区发改局 | 区财政局、区统计局 | A类 |',
      '2 | 固定资产投资 | 增长8% | 区发改局 | 区住建局 | B类 |',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2019 });
    expect(plan.tasks.map((t) => [t.number, t.text, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['1', '地区生产总值：增长5.5%', ['lead:区发改局', 'cooperate:区财政局', 'cooperate:区统计局']],
      ['2', '固定资产投资：增长8%', ['lead:区发改局', 'cooperate:区住建局']],
    ]);
  });
});

describe('tables exported from real HTML pages', () => {
  it('keeps a 工作要求 cell after the unit cells in its row, and an empty lead cell empty', () => {
    const text = [
      '| 工 作 任 务 | 牵头单位 | 责 任 单 位 | 工 作 要 求 |',
      '| 1.按月公开全省财政收支情况 | 省财政厅 | 各设区市，平潭综合实验区 | 集中公开财政收支情况相关信息。 |',
      '| 2.公开降低企业成本政策 |  | 省直有关部门，各设区市 | 主动公开降低物流成本的政策措施。 |',
      '| 3.“五公开”纳入办文办会程序 |  | 省直各部门 |  |',
      '| 4.加大食品药品监管信息公开 | 省食品药品 监管局 | 各设区市 | 主动公开处罚信息。 |',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2017 });
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4']);
    expect(plan.tasks[0]?.text).toBe('按月公开全省财政收支情况：集中公开财政收支情况相关信息。');
    expect(roles(plan)).toEqual([
      ['lead:省财政厅', 'responsible:各设区市', 'responsible:平潭综合实验区'],
      ['responsible:省直有关部门', 'responsible:各设区市'],
      ['responsible:省直各部门'],
      ['lead:省食品药品监管局', 'responsible:各设区市'],
    ]);
  });

  it('reads a 配合/责任单位 column as cooperating where the row names a lead, else responsible', () => {
    const text = [
      '| 工作任务 | 工作要求 | 牵头单位 | 配合/责任单位 |',
      '| 一、加强市场主体信息公开 | 1.增强政策透明度和可预期性。 |  | 区直各有关单位，各乡镇人民政府 |',
      '| 一、加强市场主体信息公开 | 2.建立审批问题办理反馈机制。 | 区行政审批局 | 区直各有关单位 |',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2022 });
    expect(roles(plan)).toEqual([
      ['responsible:区直各有关单位', 'responsible:各乡镇人民政府'],
      ['lead:区行政审批局', 'cooperate:区直各有关单位'],
    ]);
  });
});

describe('a table whose header takes two rows: 责任单位 over 牵头单位 and 配合单位', () => {
  const rows = [
    [
      '1',
      '加强政策解读，做好政策文件与解读材料同步组织、同步审签、同步部署。',
      '市政府办公室',
      '市发展改革委、市财政局',
      '2024年6月底前',
    ],
    ['2', '推进基层政务公开标准化规范化建设。', '市政务服务数据管理局', '各县（市、区）政府', '持续推进'],
  ];
  const expected = [
    ['lead:市政府办公室', 'cooperate:市发展改革委', 'cooperate:市财政局'],
    ['lead:市政务服务数据管理局', 'cooperate:各县（市、区）政府'],
  ];
  const forms: [string, string[]][] = [
    [
      'pipe rows, spanned cells empty',
      [
        '| 序号 | 工作任务 | 责任单位 | | 完成时限 |',
        '| | | 牵头单位 | 配合单位 | |',
        ...rows.map((r) => `| ${r.join(' | ')} |`),
      ],
    ],
    [
      'pipe rows, sub-cells only',
      [
        '| 序号 | 工作任务 | 责任单位 | 完成时限 |',
        '| 牵头单位 | 配合单位 |',
        ...rows.map((r) => `| ${r.join(' | ')} |`),
      ],
    ],
    [
      'cells separated by tabs',
      ['序号\t工作任务\t责任单位\t\t完成时限', '\t\t牵头单位\t配合单位\t', ...rows.map((r) => r.join('\t'))],
    ],
    ['one cell per line', ['序号', '工作任务', '责任单位', '完成时限', '牵头单位', '配合单位', ...rows.flat()]],
  ];

  it.each(forms)('reads the lead and cooperating columns from %s', (_form, lines) => {
    const plan = parsePlanText(['2024年政务公开重点任务分解表', ...lines].join('\n'));
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(roles(plan)).toEqual(expected);
    expect(plan.tasks.map((t) => (t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind))).toEqual([
      '2024-06-30',
      'continuous',
    ]);
  });
});

describe('lead rules and names seen in the seventh held-out set', () => {
  it('applies `列第一位者为牵头单位，下同` after a comma or a full stop inside the clause', () => {
    const plan = parsePlanText(
      [
        '（一）建立就业联动机制。把稳定就业作为下限。（市发展改革委、市财政局等负责，列第一位者为牵头单位，下同）',
        '（二）发展吸纳就业能力强的产业。（市商务局、市文旅局等按照职责分工负责。列第一位者为牵头单位，下同）',
        '（三）支持灵活就业。（市人社局、市税务局负责）',
      ].join('\n'),
      { year: 2018 },
    );
    expect(plan.tasks).toHaveLength(3);
    expect(roles(plan)).toEqual([
      ['lead:市发展改革委', 'responsible:市财政局'],
      ['lead:市商务局', 'responsible:市文旅局'],
      ['lead:市人社局', 'responsible:市税务局'],
    ]);
  });

  it('reads 按照职责分工牵头 and leaves `…阶段由住建部门牵头负责` in the text as no clause', () => {
    const plan = parsePlanText(
      '（一）优化审批报建手续。施工许可阶段由住建部门牵头负责，市营商局负责组织统一受理申请材料。（牵头部门：市住建局，市营商局按照职责分工牵头；责任单位：各区县政府）',
      { year: 2022 },
    );
    expect(roles(plan)).toEqual([['lead:市住建局', 'lead:市营商局', 'responsible:各区县政府']]);
  });

  it('keeps `各县（市、区）政府（管委会）` as one unit, its second bracket no clause', () => {
    const plan = parsePlanText(
      ['1.完善常态化疫情防控举措。', '责任单位：市卫生健康委等，各县（市、区）政府（管委会）'].join('\n'),
      { year: 2020 },
    );
    expect(roles(plan)).toEqual([['responsible:市卫生健康委', 'responsible:各县（市、区）政府（管委会）']]);
  });

  it('gives the items under `一、…政策（由县发改局牵头实施）` that lead', () => {
    const plan = parsePlanText(
      [
        '一、扩大有效投资政策（由县发改局牵头实施）',
        '聚焦重大交通、城市更新等九大工程。',
        '1.加大财政支持力度。统筹安排资金支持重大项目。',
        '2.加强资金要素争取。开展专项债项目常态化储备。',
        '二、支持企业发展政策（由县经信局牵头实施）',
        '1.支持技术改造。对技改项目给予补助。',
      ].join('\n'),
      { year: 2023 },
    );
    expect(plan.sections.map((s) => s.title)).toEqual(['扩大有效投资政策', '支持企业发展政策']);
    expect(roles(plan)).toEqual([['lead:县发改局'], ['lead:县发改局'], ['lead:县经信局']]);
  });
});

describe('an evaluation-indicator table', () => {
  it('reads the rows under `一级指标` … `三级指标` / `责任科室、单位`, each indicator with its units', () => {
    const text = [
      '一级指标',
      '二级指标',
      '三级指标',
      '责任科室、单位',
      '主动公开',
      '重点领域信息',
      '是否及时公开本地区老年人补贴相关政策(0.25',
      '老龄科',
      '是否按月公开各项补贴申领数量、审核通过数量(0.5',
      '老龄科',
      '财务科',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2021 });
    const found = plan.tasks.map((t) => [t.text.includes('是否及时公开'), t.assignments.map((a) => a.unit)]);
    expect(found).toEqual([
      [true, ['老龄科']],
      [false, ['老龄科', '财务科']],
    ]);
    expect(plan.tasks[1]?.text).toContain('是否按月公开各项补贴申领数量');
  });
});

describe('a 部门职责分工 annex of one duty per line', () => {
  it('reads each `X负责…` line as a task of X, and leaves two such lines in running text alone', () => {
    const text = [
      '三、保障措施',
      '（一）加强组织领导。市卫生健康委负责统筹协调。',
      '附件',
      '工作部门职责分工',
      '市发展改革委负责将托育服务纳入经济社会发展规划。',
      '',
      '市教育局负责托育服务人才培养。',
      '市民政局、市财政局负责对托育机构予以支持，落实相关政策。',
      '团市委负责针对青年开展宣传教育。',
      '相关解读：',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2020 });
    const duties = plan.tasks.filter((t) => !t.text.startsWith('加强组织领导'));
    expect(duties.map((t) => [t.text, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      // (The duty's text keeps its unit, as the plan prints it.)
      ['市发展改革委负责将托育服务纳入经济社会发展规划。', ['responsible:市发展改革委']],
      ['市教育局负责托育服务人才培养。', ['responsible:市教育局']],
      ['市民政局、市财政局负责对托育机构予以支持，落实相关政策。', ['responsible:市民政局', 'responsible:市财政局']],
      ['团市委负责针对青年开展宣传教育。', ['responsible:团市委']],
    ]);
  });

  it('needs three such lines in a row', () => {
    const plan = parsePlanText(['市教育局负责托育服务人才培养。', '市民政局负责机构登记。'].join('\n'), { year: 2020 });
    expect(plan.tasks.length).toBeLessThan(2);
  });
});

describe('table shapes first seen in the eighth and ninth held-out sets', () => {
  it('joins header words broken over two lines and keeps a 落实情况 cell out of the rows', () => {
    const text = [
      '序号',
      '督查内容',
      '牵头责任',
      '单位',
      '协同责任单位',
      '落实情况',
      '（全年）',
      '完成状态',
      '1',
      '地区生产总值增长8.5%以上。',
      '市发改委',
      '市政府各部门、各直属机构。',
      '增长11%，增幅高于全省平均水平，居全省第2位',
      '已完成',
      '2',
      '一般公共预算收入增长5.5%以上。',
      '市财政局',
      '市税务局。',
      '增长11%，高于全省平均水平',
      '已完成',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2021 });
    expect(plan.tasks.map((t) => t.text)).toEqual(['地区生产总值增长8.5%以上。', '一般公共预算收入增长5.5%以上。']);
    expect(roles(plan)).toEqual([
      ['lead:市发改委', 'cooperate:市政府各部门', 'cooperate:各直属机构'],
      ['lead:市财政局', 'cooperate:市税务局'],
    ]);
  });

  it('reads a 完成时间 cell it cannot parse as that cell, and leaves units in a 备注 column after it out', () => {
    const text = [
      '责任分工分解表',
      '序号 |',
      '工作任务 |',
      '责任部门（单位） |',
      '完成时间 |',
      '备注 （市级安排） |',
      '1 |',
      '明确政务公开分管领导、专职人员 |',
      '局办公室、局属各单位 |',
      '2019年6月 |',
      '各级各部门 |',
      '2 |',
      '学习宣传贯彻新修订的条例 |',
      '局人事科、局办公室分工负责 |',
      '按市里统一安排完成 |',
      '市行政审批局牵头、各级各部门 |',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2019 });
    expect(roles(plan)).toEqual([
      ['responsible:局办公室', 'responsible:局属各单位'],
      ['responsible:局人事科', 'responsible:局办公室'],
    ]);
    expect(plan.tasks.map((t) => (t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind))).toEqual([
      '2019-06-30',
      'none',
    ]);
  });

  it('reads a page that starts inside a table printed one cell per line with bars, with X统筹', () => {
    const text = [
      '一、持续推进基层标准化规范化 |',
      '1.结合权责清单以及工作职责，持续推动主动公开目录的动态更新调整。 |',
      '法规科牵头，相关科（室）配合。 |',
      '长期 |',
      '二、规范发布年度报告 |',
      '2.规范编制发布政府信息公开工作年度报告，提高年报质量。 |',
      '办公室 |',
      '长期 |',
      '三、加强营商环境信息公开 |',
      '3.在门户网站开设营商环境政策集成专栏，做好内容保障。 |',
      '法规科统筹，各职能科（室）配合。 |',
      '长期 |',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2022 });
    expect(plan.tasks.map((t) => [t.number, t.deadline.kind])).toEqual([
      ['1', 'continuous'],
      ['2', 'continuous'],
      ['3', 'continuous'],
    ]);
    expect(roles(plan)).toEqual([
      ['lead:法规科', 'cooperate:相关科（室）'],
      ['responsible:办公室'],
      ['lead:法规科', 'cooperate:各职能科（室）'],
    ]);
  });

  it('gives measures that share one unit cell after them, one cell per line, that cell', () => {
    const text = [
      '工作任务',
      '具体要求',
      '落实科室(部门)',
      '做好各类规划主动公开',
      '1.主动公开事业发展规划原文和政策解读等相关信息。',
      '办公室',
      '做好监管执法信息公开',
      '2.主动公开全国统一的市场准入负面清单，及时更新。',
      '3.及时公开定点医药机构管理相关政策规定和动态管理情况。',
      '4.强化行政执法信息公开，定期公布监督检查结果。',
      '基金监管科、医药服务管理科按职责分工落实',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2021 });
    expect(numbersAndUnits(plan)).toEqual([
      ['1', ['办公室']],
      ['2', ['基金监管科', '医药服务管理科']],
      ['3', ['基金监管科', '医药服务管理科']],
      ['4', ['基金监管科', '医药服务管理科']],
    ]);
  });
});

describe('a table whose task columns are 一级要点 / 二级要点', () => {
  it('reads the numbered 二级要点 as tasks under the 一级要点 headings, with 按职能分工落实', () => {
    const text = [
      '工作要求',
      '一级要点',
      '二级要点',
      '责任单位',
      '一、优化政务公开工作基础',
      '(一)深化规范性文件集中公开。',
      '1.依托政府信息公开平台，高质量发布现行有效规范性文件正式版本。',
      '司法所',
      '2.各村（社区）、各有关单位要参照市级规范性文件库模式完善本级文件库。',
      '司法所牵头，党政综合办配合，各有关单位按职能分工落实',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2022 });
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['1', ['responsible:司法所']],
      ['2', ['lead:司法所', 'cooperate:党政综合办', 'responsible:各有关单位']],
    ]);
  });
});

describe('role words inside a labelled unit list', () => {
  it('reads `责任单位：A、B牵头，C、D` as two leads and two responsible units', () => {
    const plan = parsePlanText(
      [
        '2.坚持政府过紧日子，严控一般性支出。',
        '责任单位：省政府办公厅、省财政厅牵头，省商务厅、省文化广电和旅游厅。',
      ].join('\n'),
      { year: 2024 },
    );
    expect(plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'lead:省政府办公厅',
      'lead:省财政厅',
      'responsible:省商务厅',
      'responsible:省文化广电和旅游厅',
    ]);
  });
});

describe('shapes first seen in the tenth held-out set', () => {
  it('reads a space-separated table whose header words are printed with spaces between their characters', () => {
    const text = [
      '2016年量化指标任务分工',
      '序号 工 作 任 务 牵头负责部门',
      '1 居民消费价格涨幅3%左右 发展改革委',
      '2 城镇新增就业1000万人以上 人力资源社会保障部',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.number, t.text, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['1', '居民消费价格涨幅3%左右', ['lead:发展改革委']],
      ['2', '城镇新增就业1000万人以上', ['lead:人力资源社会保障部']],
    ]);
  });

  it('reads `这项工作由X负责` after each target, the result sentence after it staying out of the units', () => {
    const text = [
      '国内生产总值增长6.5%—7%。这项工作由国家发展改革委负责，去年国内生产总值增长6.7%。',
      '居民消费价格涨幅3%左右。这项工作由发展改革委负责，去年居民消费价格涨幅为2.0%。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2016 });
    expect(plan.tasks.flatMap((t) => t.assignments.map((a) => a.unit))).toEqual(['国家发展改革委', '发展改革委']);
  });

  it('reads a column named 监考单位 as units and a 分值 column as neither', () => {
    expect(headerKinds('项目', '分值', '目标任务', '监考单位')).toEqual(['task', 'other', 'task', 'responsible']);
  });
});

describe('a task card whose labels stand on lines of their own', () => {
  it('reads `责任单位` / `配合单位` lines with their values on the next lines, spans on the label', () => {
    const text = [
      '具体任务',
      '全面完成老年人群疫苗接种，守好疫情防线；改扩建社区卫生服务中心，提升乡镇卫生院。',
      '责任单位',
      '卫健局、文旅局',
      '配合单位',
      '',
      '各乡镇',
      '完成时限',
      '12月底前取得明显成效',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2023 });
    expect(roles(plan)).toEqual([['responsible:卫健局', 'responsible:文旅局', 'cooperate:各乡镇']]);
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2023-12-31' });
  });

  it('leaves a table header printed one word per line alone', () => {
    const text = ['序号', '工作任务', '责任单位', '完成时限', '1', '公开预算。', '财政局', '6月底前'].join('\n');
    const plan = parsePlanText(text, { year: 2023 });
    expect(numbersAndUnits(plan)).toEqual([['1', ['财政局']]]);
  });
});

describe('a 完成时限 label whose value runs on past commas', () => {
  it('reads the rest of the line as the time limit and takes its latest date', () => {
    const plan = parsePlanText(
      [
        '1.改造发热门诊，全面完成老年人群疫苗接种。',
        '责任单位：卫健局',
        '完成时限：发热门诊应设尽设、应开尽开，1月底前完成；其它事项12月底前取得明显成效。',
      ].join('\n'),
      { year: 2023 },
    );
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2023-12-31' });
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual(['卫健局']);
  });
});

describe('shapes first seen in the eleventh held-out set', () => {
  it('reads a header cell that opens with the year (`2022年预期目标`) and a unit named 信息委', () => {
    const text = [
      '序号',
      '2022年预期目标',
      '责任单位',
      '1',
      '地区生产总值增长5.5%左右',
      '区发展改革委',
      '2',
      '工业增加值增长7%左右',
      '区经济信息委',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(roles(plan)).toEqual([['responsible:区发展改革委'], ['responsible:区经济信息委']]);
  });

  it('reads 参加部门： as cooperating units and X、Y各负其责 as responsible', () => {
    const plan = parsePlanText(
      [
        '1.严格落实各级人民法院党组的主体责任。',
        '牵头部门：机关党委',
        '参加部门：政治部、研究室',
        '2.加强口岸疫情防控。',
        '责任单位：卫生司、办公厅各负其责。',
      ].join('\n'),
      { year: 2019 },
    );
    expect(roles(plan)).toEqual([
      ['lead:机关党委', 'cooperate:政治部', 'cooperate:研究室'],
      ['responsible:卫生司', 'responsible:办公厅'],
    ]);
  });
});

describe('a lead rule stated part-way through the plan', () => {
  it('holds from the task that states it on, not for the tasks before it', () => {
    const plan = parsePlanText(
      [
        '1.生产总值增长6%以上。',
        '责任单位：市发改委',
        '2.规上工业增加值增长8%。',
        '责任单位：市经信局、市发改委（列第一位的为牵头单位，下同）',
        '3.研发投入强度达到2.3%。',
        '责任单位：市科技局、市财政局。',
      ].join('\n'),
      { year: 2023 },
    );
    expect(roles(plan)).toEqual([
      ['responsible:市发改委'],
      ['lead:市经信局', 'responsible:市发改委'],
      ['lead:市科技局', 'responsible:市财政局'],
    ]);
  });
});

describe('table cells copied with nothing between them', () => {
  it('reads units and a time limit glued after an item’s last full stop', () => {
    const plan = parsePlanText(
      [
        '二、做好规范性文件公开',
        '2. 参照省级规范性文件库模式，逐步推进本系统文件库建设，实现集中统一公开。政策法规科，办公室常态化开展',
        '3. 持续推动主动公开目录的动态更新调整，将公开事项公开到位。市局各有关科室2024年12月底前',
      ].join('\n'),
      { year: 2024 },
    );
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.text.slice(-6),
        t.assignments.map((a) => a.unit),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      ['2', '中统一公开。', ['政策法规科', '办公室'], 'continuous'],
      ['3', '项公开到位。', ['市局各有关科室'], '2024-12-31'],
    ]);
  });

  it('leaves a sentence that merely ends in a time phrase alone', () => {
    const plan = parsePlanText('1. 推进文件库建设。各地要加快工作进度年底前', { year: 2024 });
    expect(plan.tasks.flatMap((t) => t.assignments)).toEqual([]);
  });
});

describe('a table flattened onto one line with blanks between its cells and rows', () => {
  it('reads the header and each numbered row as lines of their own', () => {
    const text =
      '某市人民政府办公室关于印发2010年依法行政工作任务分解表的通知 各县(市、区)人民政府: 现将任务分解表印发给你们。 ' +
      '2010年依法行政工作任务分解表 序号 工 作 内 容 责任部门 完成时限 一、全面推动依法行政工作规划的落实 ' +
      '1 推进依法行政工作规划的落实，加强分解任务的督促检查 各级依法行政领导小组办公室 全年 ' +
      '2 出台2010年度推进依法行政工作的意见 各县市区政府，政府各部门 四月份 ' +
      '3 清理公布市县两级政府行政执法主体资格名单 各县市区政府，各地政府法制办 二季度';
    const plan = parsePlanText(text);
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.assignments.map((a) => a.unit),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      ['1', ['各级依法行政领导小组办公室'], '2010-12-31'],
      ['2', ['各县市区政府', '政府各部门'], '2010-04-30'],
      ['3', ['各县市区政府', '各地政府法制办'], '2010-06-30'],
    ]);
  });
});

describe('a table whose measures column is also its timetable', () => {
  const table = (header: string, row: string) =>
    parsePlanText([`序号 | 民生项目 | ${header}`, row].join('\n'), { year: 2023 }).tasks;

  it('takes the last date of the timetable as the deadline when no column gives one', () => {
    const [task] = table(
      '推进计划 | 责任单位 |',
      '1 | 改造老旧小区12个 | 1.3月底前完成设计；2.5月底前开工；3.10月底前完工。 | 区住建局 |',
    );
    expect(task?.deadline).toMatchObject({ kind: 'date', by: '2023-10-31' });
    expect(task?.text).toContain('10月底前完工');
    expect(task?.assignments.map((a) => a.unit)).toEqual(['区住建局']);
  });

  it('keeps the 完成时限 column when the table has one', () => {
    const [task] = table(
      '推进计划 | 责任单位 | 完成时限 |',
      '1 | 改造老旧小区12个 | 1.3月底前完成设计；2.10月底前完工。 | 区住建局 | 2023年11月底前 |',
    );
    expect(task?.deadline).toMatchObject({ kind: 'date', by: '2023-11-30' });
  });
});

describe('labelled unit lines ending in a level bracket', () => {
  it('reads `镇（街道）` as part of the unit list, not a clause closing a task', () => {
    const plan = parsePlanText(
      [
        '1.城镇新增就业1.2万人。',
        '牵头领导:王某某',
        '牵头单位:县人力资源和社会保障局',
        '责任单位:各有关部门,各园区、镇(街道)',
        '2.粮食产量稳定在30万吨以上。',
        '牵头单位:县农业农村局',
        '责任单位:各有关部门,各园区、镇(街道)',
      ].join('\n'),
      { year: 2023 },
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(plan.tasks[0]?.text).toContain('城镇新增就业');
    expect(plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'lead:县人力资源和社会保障局',
      'responsible:各有关部门',
      'responsible:各园区、镇（街道）',
    ]);
  });
});

describe('a table without a header whose rows lack their first bar', () => {
  const text = [
    '一、围绕中心工作深化公开 |',
    '(一)做好规划公开。 | 1.主动公开本区国土空间规划和各类专项规划,及时更新发布。 | 区发展改革局、区规划分局牵头办理。 |',
    '2.做好历史规划的归集整理和主动公开工作。 | 区政府办会同各有关单位办理。 |',
    '(二)做好财政信息公开。 | 3.积极推进部门预算、决算及相关报表公开。 | 区财政局牵头办理。 |',
    '4.持续深化地方政府债务信息公开,定期公开债务限额、余额。 | ',
  ].join('\n');

  it('reads its rows under the plan heading, and the last row without units as cut', () => {
    const plan = parsePlanText(text, { year: 2021 });
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(roles(plan)).toEqual([
      ['lead:区发展改革局', 'lead:区规划分局'],
      ['lead:区政府办', 'cooperate:各有关单位'],
      ['lead:区财政局'],
    ]);
    expect(plan.truncated).toBe(true);
  });

  it('does not take a portal header copied as cells with colons for such a table', () => {
    const plan = parsePlanText(
      [
        '索引号: | 113400001234567890/202103-00012 | 组配分类: | 政策文件 |',
        '发布机构: | 某区人民政府 | 文号: | 某政办〔2021〕5号 |',
        '序号 |',
        '工作任务 |',
        '责任单位 |',
        '1 |',
        '编制完善基层政务公开事项目录并按目录公开各类信息。 |',
        '各乡镇政府、街道办事处 |',
      ].join('\n'),
    );
    expect(plan.indexNo).toBe('113400001234567890/202103-00012');
    expect(plan.docNumber).toBe('某政办〔2021〕5号');
    expect(plan.tasks.map((t) => t.text)).toEqual(['编制完善基层政务公开事项目录并按目录公开各类信息。']);
  });
});

describe('a department table that copies the higher level’s unit column beside its own', () => {
  const text = [
    '区工作任务 | 区具体要求 | 区责任单位 | 局落实措施 | 局责任部门 | 完成时限 |',
    '(一)做好规划公开。 | 1.主动公开本区各类专项规划。 | 区各单位 | 印发本系统专项规划并做好解读。 | 办公室牵头,各科室落实 | 2022年底 |',
    '2.及时公开行动方案的落实举措。 | 区发展改革局牵头,区各单位落实 | 公开注册登记、信用监管等方面的政策文件。 | 登记科、信用科 | 长期推进 |',
  ].join('\n');

  it('reads the department’s own units, and a row that lost its merged first cell by its last columns', () => {
    const plan = parsePlanText(text, { year: 2022 });
    expect(roles(plan)).toEqual([
      ['lead:办公室', 'responsible:各科室'],
      ['responsible:登记科', 'responsible:信用科'],
    ]);
    expect(plan.tasks.map((t) => t.deadline.kind)).toEqual(['date', 'continuous']);
  });
});

describe('more header and unit shapes of the held-out plans', () => {
  it('reads a 牵头、责任部门 column as units of both roles', () => {
    const plan = parsePlanText(
      [
        '序号',
        '主要任务',
        '牵头、责任部门',
        '1',
        '公布行政许可事项目录并动态调整。',
        '牵头单位:区政务服务办;责任部门:各街道',
      ].join('\n'),
      { year: 2020 },
    );
    expect(plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'lead:区政务服务办',
      'responsible:各街道',
    ]);
  });

  it('keeps a unit whose second name stands in angle brackets whole', () => {
    const plan = parsePlanText('1.建立重大决策预公开制度。(责任单位:各区<市、县>政府,市政府各工作部门)', {
      year: 2017,
    });
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual(['各区<市、县>政府', '市政府各工作部门']);
  });

  it('leaves out the last task when the text ends at a label whose value was cut off', () => {
    const plan = parsePlanText(
      [
        '1.地区生产总值增长6%。',
        '牵头单位:县发展和改革局',
        '责任单位:各有关部门',
        '2.推动重点项目落地见效。',
        '牵头单位:县发展和改革局',
        '责任单位',
      ].join('\n'),
      { year: 2023 },
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1']);
    expect(plan.truncated).toBe(true);
  });
});

describe('pipe rows the copy broke or padded', () => {
  it('finishes a row with the unit cell the copy put alone on the next line, and reads rows padded with empty cells', () => {
    const plan = parsePlanText(
      [
        '全局工作任务 | 具体要求 | 具体措施 | 牵头落实科室 | |',
        '一、加大主动公开力度 | (一)重大政策出台前向社会公布草案。 | 1.公开年度政策文件制订计划目录。 2.公开征集意见的反馈情况。 |',
        '产业政策科 | |',
        '(二)推进建议提案办理结果公开。 | 所有承办建议提案及时公开答复。 | 办公室 | ||',
        '(三)公开审计发现问题及整改情况。 | 审计报告须在局网站公开。 | 财务室、节能监察中心 | ||',
      ].join('\n'),
      { year: 2021 },
    );
    expect(unitsOf(plan)).toEqual([['产业政策科'], ['办公室'], ['财务室', '节能监察中心']]);
  });
});

describe('clauses of an implementation plan with its own lead rule', () => {
  const text = [
    '某区公共资源交易平台整合实施方案（2017-2019年）',
    '某区管委会办公室',
    '2017年3月1日',
    '1．成立平台整合工作领导小组。（区管委会，2017年3月底前完成）',
    '2．制定平台整合方案。（区审批局、区财政局、区住建局，2017年4月底前完成。列第一位的为牵头单位，下同）',
    '3．公布交易目录。（区财政局，2017年6月底前完成）',
    '4．建立专家动态考评机制。（区审批局、区卫健局，专家征集及考评办法由区财政局牵头，2017年底前完成）',
    '5．建立违法违规行为查处机制。（区审批局、区市场监管局，2017年底前完成，持续推进）',
  ].join('\n');

  it('applies the rule from where it is stated, also to a single unit, and reads a part with a lead of its own', () => {
    const plan = parsePlanText(text);
    expect(plan.year).toBe(2017);
    expect(roles(plan)).toEqual([
      ['responsible:区管委会'],
      ['lead:区审批局', 'responsible:区财政局', 'responsible:区住建局'],
      ['lead:区财政局'],
      ['lead:区财政局', 'lead:区审批局', 'responsible:区卫健局'],
      ['lead:区审批局', 'responsible:区市场监管局'],
    ]);
    // `2017年底前完成，持续推进`: the date is the deadline.
    expect(plan.tasks[4]?.deadline).toMatchObject({ kind: 'date', by: '2017-12-31' });
  });
});

describe('labelled lines with batches and duties', () => {
  it('reads pilot units in batches, each with its date, and the latest date as the deadline', () => {
    const plan = parsePlanText(
      [
        '一、推进档案电子化',
        '对重复使用的档案文件进行扫描、存储，形成数字化档案。',
        '牵头单位：区审批局',
        '试点单位：第一批：区档案局、区市场监管局，2017年12月底前完成；第二批：区公安局，2018年6月底前完成；第三批：其他区直部门，2018年12月底前完成。',
        '二、推行自助结算',
        '在医院引入自助结算终端机。',
        '牵头单位：区卫健局',
        '完成时间：2018年3月底前完成',
      ].join('\n'),
      { year: 2017 },
    );
    expect(roles(plan)).toEqual([
      [
        'lead:区审批局',
        'responsible:区档案局',
        'responsible:区市场监管局',
        'responsible:区公安局',
        'responsible:其他区直部门',
      ],
      ['lead:区卫健局'],
    ]);
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2018-12-31' });
  });

  it('keeps a unit and the duty it has at the end of a 责任单位 line in that task', () => {
    const plan = parsePlanText(
      [
        '1.推进“证照分离”改革，把能分离的许可类的“证”都分离出去。',
        '责任单位：区审批局牵头，区直相关部门按职责分工负责，区政府办公室法规科负责法制审查工作',
        '2.推动跨部门联合检查。',
        '责任单位：区综合执法局牵头，区直相关部门。',
      ].join('\n'),
      { year: 2017 },
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'lead:区审批局',
      'responsible:区直相关部门',
      'responsible:区政府办公室法规科',
    ]);
  });
});

describe('portal headers and collectives of the department plans', () => {
  it('reads a portal header printed as a numbered list of bracketed keys, some without values', () => {
    const plan = parsePlanText(
      [
        '政务公开 > 政策文件',
        '  1. [主题分类] 综合政务',
        '  2. [发文机构] 某市政务公开领导小组',
        '  3. [联合发文单位]',
        '  4. [成文日期] 2016-06-08',
        '某市政务公开工作重点任务分工(2016-2020年)',
        '  一、推进决策公开',
        '  1.完善重大行政决策程序。(市政府法制办牵头,各区政府负责)',
      ].join('\n'),
    );
    expect([plan.title, plan.publisher, plan.year]).toEqual([
      '某市政务公开工作重点任务分工（2016-2020年）',
      '某市政务公开领导小组',
      2016,
    ]);
    expect(plan.tasks.map((t) => t.number)).toEqual(['1']);
  });

  it('reads a collective named by the duty of its units', () => {
    const plan = parsePlanText(
      [
        '工作任务 |',
        '具体要求 |',
        '落实单位 |',
        '明确工作机构 |',
        '1.确定本单位的政府信息公开工作机构，进一步强化主体责任。 |',
        '各镇街（园区）；具有行政职能的市直各单位 |',
      ].join('\n'),
      { year: 2021 },
    );
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual(['各镇街（园区）', '具有行政职能的市直各单位']);
  });
});

describe('a department table with its requirement after the units and no 序号', () => {
  const text = [
    '工作任务',
    '',
    '牵头处室',
    '',
    '配合处室',
    '',
    '工作要求',
    '',
    '公开权责清单',
    '',
    '执法监督处',
    '',
    '办公室',
    '',
    '通过局门户网站公布权责清单相关内容，及时动态更新。',
    '',
    '编制重点领域政务公开清单',
    '',
    '办公室',
    '',
    '各处室',
    '',
    '认真编制清单，按时报市政府办公厅备案。',
    '',
    '工作任务',
    '',
    '牵头处室',
    '',
    '配合处室',
    '',
    '工作要求',
    '',
    '及时发布规章和解读材料',
    '',
    '法规处',
    '',
    '机关总支',
    '',
    '按照规章程序规定的要求',
  ].join('\n');

  it('reads each requirement as more of its row, skips the repeated header, and keeps a last row cut in its requirement', () => {
    const plan = parsePlanText(text, { year: 2018 });
    expect(roles(plan)).toEqual([
      ['lead:执法监督处', 'cooperate:办公室'],
      ['lead:办公室', 'cooperate:各处室'],
      ['lead:法规处', 'cooperate:机关总支'],
    ]);
    expect(plan.tasks[0]?.text).toContain('动态更新');
  });
});

describe('noise and names of the third round of held-out plans', () => {
  it('reads a bracket of one unit after a full stop as the clause of the sentence before it', () => {
    const plan = parsePlanText(
      '（一）质量信息\n实时发布空气质量数据。（监测司、大气司） 公开近岸海域水质信息。（海洋司） 公布排放情况。（气候司）',
      { year: 2019 },
    );
    expect(unitsOf(plan)).toEqual([['监测司', '大气司'], ['海洋司'], ['气候司']]);
  });

  it('drops the @@ and && a mirror sowed inside words', () => {
    const plan = parsePlanText('1.加快铁路@@建设。（中国铁路某局@@集团有限公司、某市人民&&政府负责）', { year: 2023 });
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual(['中国铁路某局集团有限公司', '某市人民政府']);
  });

  it('reads collectives with a bracket after the organ, an open list of offices, and a header named 任务分工', () => {
    const plan = parsePlanText(
      [
        '工作要点',
        '具体要求',
        '任务分工',
        '教育民生',
        '做好高校毕业生就业创业补贴等信息公开。',
        '学生处，就业指导中心等有关处室（单位），各县、区人民政府（管委会）',
      ].join('\n'),
      { year: 2023 },
    );
    const [task] = plan.tasks;
    expect(task?.assignments.map((a) => a.unit)).toEqual(['学生处', '就业指导中心', '各县、区人民政府（管委会）']);
  });

  it('repairs a year spaced from 年 and a month that lost its 月', () => {
    const plan = parsePlanText(
      ['序号 | 工作任务 | 负责部门 | 时间进度 |', '2 | 完善城市工作机制 | 市住建局 | 2016 年 6 底前 |'].join('\n'),
    );
    expect(plan.year).toBe(2016);
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2016-06-30' });
  });
});

describe('a closing bracket that lost the opener of its kind', () => {
  it('closes the round bracket around a 〔 left open, so the clause at the end is read', () => {
    const plan = parsePlanText(
      '（一）保障法定公开内容。根据《某县政务公开职责分工方案》(某府办字〔202131号)要求,优化调整政府网站专栏设置。(责任单位:各乡镇各有关部门)',
      { year: 2021 },
    );
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual(['各乡镇', '各有关部门']);
  });
});

describe('a key-work task card', () => {
  it('reads the card as copied with its tool bar, its stages one per line, the last stage the deadline', () => {
    const plan = parsePlanText(
      [
        '任务38',
        '  • 听全文',
        '  • 2024-03-02',
        '  • 来源: 某市人民政府办公厅',
        '重点工作: 全面推行河湖长制。',
        '牵头单位: 市水务局',
        '年度阶段性工作目标: 第一季度:成立专班,工作全面启动。',
        '第二季度:督导各区开展工作。',
        '第四季度:全面推行河湖长制。',
        '进展情况: 已完成。',
      ].join('\n'),
      { year: 2023 },
    );
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]?.text).not.toContain('听全文');
    expect(plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual(['lead:市水务局']);
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2023-12-31' });
  });

  it('reads a card copied as pipe cells after each label', () => {
    const plan = parsePlanText(
      [
        '重点工作: | 12.推进老旧小区改造。 |',
        '牵头单位: | 市住房城乡建设局 |',
        '年度阶段性工作目标: | 第一季度:完成摸底。 第三季度:开工率达80%。 第四季度:完成年度任务。 |',
      ].join('\n'),
      { year: 2023 },
    );
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual(['市住房城乡建设局']);
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2023-12-31' });
  });
});

describe('a progress table with columns of people', () => {
  const text = [
    '序号',
    '目标任务',
    '责任领导',
    '区政府办',
    '协管责任人',
    '牵头单位',
    '责任人',
    '相关单位',
    '完成情况',
    '1',
    '地区生产总值增长7%',
    '张  三',
    '李  四',
    '区发改局',
    '王五六',
    '区统计局，',
    '区财政局、区商务局、',
    '各乡镇',
    '完成地区生产总值121.9亿元。',
    '2',
    '财政收入增长10%',
    '张  三',
    '李  四',
    '区财政局',
    '赵六',
    '区税务局，',
    '各乡镇',
    '完成一般公共预算收入9亿元。',
  ].join('\n');

  it('skips the names, reads the lead and the related units over several lines, and no progress as a task', () => {
    const plan = parsePlanText(text, { year: 2018 });
    expect(roles(plan)).toEqual([
      ['lead:区发改局', 'cooperate:区统计局', 'cooperate:区财政局', 'cooperate:区商务局', 'cooperate:各乡镇'],
      ['lead:区财政局', 'cooperate:区税务局', 'cooperate:各乡镇'],
    ]);
    expect(plan.tasks.map((t) => t.text).join('')).not.toMatch(/张|王五六/u);
  });
});

describe('role words and labels of the county plans', () => {
  it('reads 按职责分别负责落实 and a label whose colon became a semicolon', () => {
    const plan = parsePlanText(
      [
        '1.落实各类规划信息公开。(县发改委、县自然资源局等部门牵头,各乡镇人民政府、县政府各部门按职责分别负责落实)',
        '2.实施改厨改厕工程。(责任单位;住建局、畜牧局、各乡镇场)',
      ].join('\n'),
      { year: 2021 },
    );
    expect(roles(plan)).toEqual([
      ['lead:县发改委', 'lead:县自然资源局', 'responsible:各乡镇人民政府', 'responsible:县政府各部门'],
      ['responsible:住建局', 'responsible:畜牧局', 'responsible:各乡镇场'],
    ]);
  });
});

describe('a project list printed one cell per line, each cell closed by its bar', () => {
  const text = [
    '某县2024年十大民生实事项目清单 |',
    '||||||',
    '|',
    '序号 |',
    '项目名称 |',
    '建设地点 |',
    '建设时间 |',
    '2024年建设内容 |',
    '年度投资金额 (万元) |',
    '责任单位 |',
    '|',
    '1 |',
    '中小学运动场地改造项目 |',
    '相关镇 (街道) |',
    '2024 |',
    '对三所学校运动场地进行改造。 |',
    '2 |',
    '教体局 |',
    '|',
    '2 |',
    '城北道路建设项目 |',
    '城关街道 |',
    '2024 |',
    '建成城北小学门前道路。 |',
    '300 |',
    '住建局 |',
    '|',
  ].join('\n');

  it('reads each row by column: places and amounts are no units or numbers, a year alone is the deadline', () => {
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(unitsOf(plan)).toEqual([['教体局'], ['住建局']]);
    expect(plan.tasks.map((t) => t.deadline)).toMatchObject([
      { kind: 'date', by: '2024-12-31' },
      { kind: 'date', by: '2024-12-31' },
    ]);
    expect(plan.tasks[1]?.text).toContain('建成城北小学门前道路');
  });
});

describe('a set phrase of running text that holds a role word', () => {
  it('reads 分工负责、互相配合 as text, not as the clause of a task', () => {
    const plan = parsePlanText(
      '30.加强司法监督。健全法院、检察院、公安机关分工负责、互相配合、互相制约的工作机制。（牵头单位：市委政法委，配合单位：市法院、市检察院）',
      { year: 2012 },
    );
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'lead:市委政法委',
      'cooperate:市法院',
      'cooperate:市检察院',
    ]);
  });
});

describe('notes that name units for this task and the ones after it', () => {
  it('reads 此项及以下任务均需X落实 for this task too, and leaves the note out of the units', () => {
    const plan = parsePlanText(
      [
        '1.促进就业。新增就业8500人。〔市人社局，此项及以下任务均需各县（市、区）落实，不再列出。〕',
        '2.支持创业。市级给予创业资金配套。(市人社局)',
      ].join('\n'),
      { year: 2025 },
    );
    expect(unitsOf(plan)).toEqual([
      ['市人社局', '各县（市、区）'],
      ['市人社局', '各县（市、区）'],
    ]);
  });

  it('reads X均为责任单位，以下不再列出 the same way', () => {
    const plan = parsePlanText(
      [
        '1.推进数据立法。(省数据局、省司法厅等有关单位按职责分工负责。各市州人民政府均为责任单位,以下不再列出)',
        '2.完善数据标准。(省数据局负责)',
      ].join('\n'),
      { year: 2024 },
    );
    expect(unitsOf(plan)).toEqual([
      ['省数据局', '省司法厅', '各市州人民政府'],
      ['省数据局', '各市州人民政府'],
    ]);
  });

  it('reads a star marking the lead, as the plan says', () => {
    const plan = parsePlanText(
      '（一）推进智能制造。鼓励企业开发智能产品。(责任单位:☆经信局、科技局。标☆的为牵头单位,下同。)',
      {
        year: 2025,
      },
    );
    expect(plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual(['lead:经信局', 'responsible:科技局']);
  });
});

describe('people named beside the units', () => {
  it('skips a 牵头领导 in a labelled bracket and reads 数据提供单位 as cooperating', () => {
    const plan = parsePlanText(
      '（一）地区生产总值增长6%左右。(牵头领导:王某某,牵头单位:市发改委,数据提供单位:市统计局)',
      {
        year: 2019,
      },
    );
    expect(plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'lead:市发改委',
      'cooperate:市统计局',
    ]);
  });

  it('reads a 牵头单位及主要负责人 column, leaving the person out', () => {
    const plan = parsePlanText(
      [
        '大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |',
        '一、提高民生保障水平 | 1 | 将低保标准提高到每人每月609元。 | 王某 | 市民政局 李某某 | 已完成。 |',
        '2 | 特困人员基本生活标准不低于低保标准的1.6倍。 | 王某 | 市民政局 李某某 | 已完成。 |',
      ].join('\n'),
      { year: 2020 },
    );
    expect(roles(plan)).toEqual([['lead:市民政局'], ['lead:市民政局']]);
  });
});

describe('the notice and the labels around a task', () => {
  it('adds the units the notice names for every task not marked otherwise', () => {
    const plan = parsePlanText(
      [
        '各配合单位要各司其职。除特别注明的外，各县（市、区）政府和某某开发区管委会都是配合单位。',
        '1.全面完成全年经济社会发展预期目标。',
        '牵头单位：市发改委',
        '配合单位：市统计局。',
      ].join('\n'),
      { year: 2018 },
    );
    expect(plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'lead:市发改委',
      'cooperate:市统计局',
      'cooperate:各县（市、区）政府',
      'cooperate:某某开发区管委会',
    ]);
  });

  it('ends a unit list at the next label glued to it, and keeps that labelled part in the task', () => {
    const plan = parsePlanText(
      [
        '一、老旧小区改造项目。牵头单位:县城管执法局 责任单位:莲塘镇任务目标:2024年计划改造完成5个小区。',
        '二、新建公共充电桩项目。牵头单位:县城管执法局 责任单位:县城投集团。',
      ].join('\n'),
      { year: 2024 },
    );
    expect(roles(plan)).toEqual([
      ['lead:县城管执法局', 'responsible:莲塘镇'],
      ['lead:县城管执法局', 'responsible:县城投集团'],
    ]);
  });
});

describe('a stage heading with its period over labelled lines', () => {
  it('reads the labelled lines as the task’s units and time limit, the period as part of its title', () => {
    const plan = parsePlanText(
      [
        '二、重点任务',
        '(一)基础筹备阶段(2025年8月至9月)',
        '各科室应依托法律法规数据库，全面收集与本科室职能相关的法律法规。',
        '责任主体:各科室',
        '完成时限:2025年9月5日前',
        '(二)条款梳理阶段(2025年9月)',
        '各科室以公开依据库为基础，梳理应主动公开的条款。',
        '责任主体:各科室',
        '完成时限:2025年9月22日前',
      ].join('\n'),
      { year: 2025 },
    );
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.assignments.map((a) => a.unit),
        t.deadline.kind === 'date' ? t.deadline.by : '',
      ]),
    ).toEqual([
      ['一', ['各科室'], '2025-09-05'],
      ['二', ['各科室'], '2025-09-22'],
    ]);
  });
});

describe('a progress table cut inside its last 落实情况 cell', () => {
  it('keeps the last row, whose units came before the cut', () => {
    const plan = parsePlanText(
      [
        '序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |',
        '1 | 完成二中迁建项目主体建设。 | 张某 | 县教体局 | 已完成主体建设。 |',
        '2 | 推进城乡供水一体化建设，启动6个乡镇供水管网建设。 | 李某 | 县住建局 各相关乡镇政府 | 金滩水厂建设基本完成，预计年底可投产；白沙水厂设计等前期工作已',
      ].join('\n'),
      { year: 2022 },
    );
    expect(unitsOf(plan)).toEqual([['县教体局'], ['县住建局', '各相关乡镇政府']]);
  });
});

describe('a note that every task concerns some units', () => {
  it('reads 具体任务均涉及X，不再做分工，下同 as units of this task and the later ones', () => {
    const plan = parsePlanText(
      [
        '（一）加强市场体系建设。实施市场准入负面清单制度。〔责任单位：省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕',
        '（二）优化市场准入环境。深化商事制度改革。〔责任单位：省市场监管局〕',
      ].join('\n'),
      { year: 2022 },
    );
    expect(unitsOf(plan)).toEqual([
      ['省发展改革委', '省市场监管局', '相关市（州）人民政府'],
      ['省市场监管局', '相关市（州）人民政府'],
    ]);
  });
});

describe('a duty table with a 工作标准 column and brackets on lines of their own', () => {
  it('reads the header and joins a unit’s bracket printed on the next line to it', () => {
    const plan = parsePlanText(
      [
        '序号',
        '目标名称',
        '工 作 标 准',
        '区政府',
        '分管领导',
        '牵头单位',
        '配合单位',
        '1',
        '全区经济社会发展的主要预期目标',
        '(1)地区生产总值增长6%左右。',
        '王某某',
        '发改局',
        '经开区',
        '高新园',
        '(邹区镇)',
        '各街道',
        '(2)安全生产形势平稳向好。',
        '应急管理局',
        '(安委办)',
        '区安委会各成员单位',
      ].join('\n'),
      { year: 2024 },
    );
    expect(roles(plan)).toEqual([
      ['lead:发改局', 'cooperate:经开区', 'cooperate:高新园（邹区镇）', 'cooperate:各街道'],
      ['lead:应急管理局（安委办）', 'cooperate:区安委会各成员单位'],
    ]);
  });
});

describe('a bracket that gives each unit its own part of the task', () => {
  it('reads X负责…，Y负责…，A、B负责… as the units of one clause', () => {
    const plan = parsePlanText(
      '3．加快交易平台建设。（区财政局负责政府采购系统的建设，区自然资源局负责土地出让系统的建设，区审批局、区交易中心负责招标投标系统的建设，并实现统一平台的对接，2016年6月底完成）',
      { year: 2016 },
    );
    expect(plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'responsible:区财政局',
      'responsible:区自然资源局',
      'responsible:区审批局',
      'responsible:区交易中心',
    ]);
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2016-06-30' });
  });
});

describe('merged unit cells in a table printed one cell per line', () => {
  it('gives rows without units the units of the row above them, whose merged cell they share', () => {
    const plan = parsePlanText(
      [
        '序号',
        '目标名称',
        '工作标准',
        '分管领导',
        '牵头单位',
        '配合单位',
        '1',
        '主要预期目标',
        '(1)社会消费品零售总额增长6%左右。',
        '吴 伟',
        '商务局',
        '(2)实际使用外资稳中提质。',
        '(3)居民人均可支配收入与经济增长同步。',
        '(4)主要污染物减排完成市下达任务。',
        '谢志诚',
        '生态环境局',
        '工信局',
        '(5)安全生产形势平稳向好。',
        '应急管理局',
      ].join('\n'),
      { year: 2024 },
    );
    expect(unitsOf(plan)).toEqual([['商务局'], ['商务局'], ['商务局'], ['生态环境局', '工信局'], ['应急管理局']]);
  });
});

describe('rectification notices, target tables and portal headers (seventh round)', () => {
  const units = (plan: Plan) => roles(plan);

  it('reads the units of a labelled requirement that names them inside its sentence (整改要求：由X负责…)', () => {
    const plan = parsePlanText(
      [
        '1、东门广场花坛内有烟头和塑料袋。',
        '整改要求：由县园林所负责当天清理干净。',
        '2、北街农贸市场门口摊点占道经营。',
        '整改要求：由联系单位县商务局、县市场监管局负责劝导摊主入场经营，并建立长效管理机制。',
      ].join('\n'),
      { year: 2024 },
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(units(plan)).toEqual([['responsible:县园林所'], ['responsible:县商务局', 'responsible:县市场监管局']]);
    expect(plan.tasks[1]?.text).toContain('建立长效管理机制');
  });

  it('leaves 由X负责 inside running prose alone, and inside an item that has its own clause', () => {
    const prose = parsePlanText(
      [
        '一、总体要求',
        '按照统一部署，由省级主管部门负责搭建平台，各地做好对接。',
        '二、重点任务',
        '1.完善交易规则。（市财政局负责）',
      ].join('\n'),
      { year: 2024 },
    );
    expect(units(prose)).toEqual([['responsible:市财政局']]);
    const own = parsePlanText('1.整治背街小巷。整改要求：由各街道负责清理杂物。（区城管局牵头，各街道负责）', {
      year: 2024,
    });
    expect(units(own)).toEqual([['lead:区城管局', 'responsible:各街道']]);
  });

  it('keeps a collective of levels opened by 相关 or 有关 whole, and splits places before the organ they share', () => {
    const plan = parsePlanText(
      [
        '1.新建城际铁路两条。（省交通厅、相关市、县政府负责）',
        '2.扩建支线机场。（省机场集团、齐齐哈尔、牡丹江、佳木斯市政府负责）',
      ].join('\n'),
      { year: 2016 },
    );
    expect(units(plan)).toEqual([
      ['responsible:省交通厅', 'responsible:相关市、县政府'],
      ['responsible:省机场集团', 'responsible:齐齐哈尔', 'responsible:牡丹江', 'responsible:佳木斯市政府'],
    ]);
  });

  it('does not take a progress-percent column or a portal header row for a table', () => {
    const table = parsePlanText(
      [
        '| 序号 | 主要目标指标 | 责任单位 | 完成比例 |',
        '| 1 | 新增城镇就业岗位3000个。 | 区人社局 | 45% |',
        '| 2 | 改造老旧小区12个。 | 区住建局 | 市统项目 |',
      ].join('\n'),
      { year: 2024 },
    );
    expect(table.tasks.map((t) => t.text)).toEqual(['新增城镇就业岗位3000个。', '改造老旧小区12个。']);
    expect(units(table)).toEqual([['responsible:区人社局'], ['responsible:区住建局']]);
    expect(headerKinds('进展比例', '完成率', '任务项目指标', '考核指标')).toEqual([
      'other',
      'other',
      'task',
      undefined,
    ]);

    const portal = parsePlanText(
      [
        '| 索引号: | 001122/2023-00045 | 成文日期: | 2023-03-02 |',
        '| 公开方式: | 主动公开 | 公开时限: | |',
        '| 文件编号: | 发布机构: | 某县人民政府 | |',
        '| 文件效力: | 有效 |',
        '一、强化政策公开',
        '（一）做好惠企政策集中发布。（牵头单位：县发展改革局）',
      ].join('\n'),
    );
    expect(portal.tasks.map((t) => t.number)).toEqual(['一']);
    expect(portal.publisher).toBe('某县人民政府');
  });

  it('reads small-form brackets, drops a 含…下同 scope note from a name and carries 以下责任单位均包含X to later tasks', () => {
    const plan = parsePlanText(
      [
        '（一）推进规划公开。（牵头单位：市自然资源局，各县区政府﹝含高新区管委会，下同﹞，以下责任单位均包含各县区政府）',
        '（二）推进统计数据公开。（责任单位：市统计局）',
      ].join('\n'),
      { year: 2022 },
    );
    expect(units(plan)).toEqual([
      ['lead:市自然资源局', 'lead:各县区政府'],
      ['responsible:市统计局', 'responsible:各县区政府'],
    ]);
  });

  it('does not join a unit header cell printed one per line to the first cell under it', () => {
    const plan = parsePlanText(
      [
        '序号',
        '',
        '目标与任务',
        '',
        '牵头责任单位',
        '',
        '责任单位',
        '',
        '推进老旧街区更新改造，完成投资5亿元。',
        '',
        '市住建局',
        '',
        '各区政府、高新区管委会',
      ].join('\n'),
      { year: 2020 },
    );
    expect(plan.tasks[0]?.text).toBe('推进老旧街区更新改造，完成投资5亿元。');
    expect(units(plan)).toEqual([['lead:市住建局', 'responsible:各区政府', 'responsible:高新区管委会']]);
  });

  it('reads items numbered 01, 02 with a blank after and a label alone on its line with its colon', () => {
    const plan = parsePlanText(
      [
        '01 项目名称:建设口袋公园',
        '项目内容:',
        '新建口袋公园3处。',
        '责任单位:',
        '园林局、住建局',
        '02 项目名称:改造农贸市场',
        '项目内容:',
        '改造农贸市场2个。',
        '责任单位',
        '商务局',
        '03 项目名称:',
      ].join('\n'),
      { year: 2021 },
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['01', '02']);
    expect(units(plan)).toEqual([['responsible:园林局', 'responsible:住建局'], ['responsible:商务局']]);
  });

  it('reads 问题整改责任单位 and 整改时限 labels on one line, after the problems they close', () => {
    const plan = parsePlanText(
      [
        '1. 市体育中心',
        '(1)看台座椅破损;',
        '(2)场馆入口无禁烟标识。',
        '问题整改责任单位:市文旅局 整改时限:7天',
        '2. 东城农贸市场',
        '(1)水产区地面积水。',
        '整改责任单位:市市场监管局 整改时限:2021年9月30日前',
        '请各单位按时整改。',
      ].join('\n'),
      { year: 2021 },
    );
    expect(units(plan)).toEqual([['responsible:市文旅局'], ['responsible:市市场监管局']]);
    expect(plan.tasks.map((t) => t.deadline)).toMatchObject([
      { kind: 'relative', days: 7, dayKind: 'calendar' },
      { kind: 'date', by: '2021-09-30' },
    ]);
  });

  it('takes the 文号 in brackets under the title for the year, and a page time stamp for no signing date', () => {
    const plan = parsePlanText(
      [
        '某省人民政府关于加快老工业基地振兴的实施意见',
        '2025-06-08 15:00',
        '（某政发〔2014〕37号）',
        '一、激发市场活力',
        '1.简化审批流程。（省发展改革委负责）',
      ].join('\n'),
    );
    expect(plan.docNumber).toBe('某政发〔2014〕37号');
    expect(plan.year).toBe(2014);
    expect(plan.issued).toBeNull();
    expect(plan.published).toBe('2025-06-08');
  });
});

describe('parsePlanText on the eighth round’s shapes', () => {
  it('reads 主要协作单位 as cooperating units under a numbered task', () => {
    const plan = parsePlanText(
      [
        '1.推进家庭医生签约服务。',
        '牵头责任单位:区卫健委',
        '主要协作单位:各街道办事处,区医保局',
        '2.完善基层医疗卫生服务体系。',
        '牵头责任单位:区卫健委',
        '主要协作单位:区财政局。',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([
      ['lead:区卫健委', 'cooperate:各街道办事处', 'cooperate:区医保局'],
      ['lead:区卫健委', 'cooperate:区财政局'],
    ]);
  });

  it('reads 责任清单 / 时限清单 columns, and a short row by its last cells when its last cell is the time limit', () => {
    const plan = parsePlanText(
      [
        '工作事项 | 工作指标 | 任务清单 | 责任清单 | 时限清单 |',
        '1.值班值守 | (1)汛期落实24小时值班制度。 | 1.排定值班表; | 党政办 应消站 | 5月 |',
        '(2)村(社区)明确防汛联络员。 | 1.报送联络员名单; | 村(社区) | 5月 |',
      ].join('\n'),
    );
    // (The group cell of the first row stays before its measure, as with other tables of several task columns.)
    expect(plan.tasks.map((t) => t.text.includes('汛期落实24小时') || t.text.startsWith('村（社区）明确'))).toEqual([
      true,
      true,
    ]);
    expect(roles(plan)).toEqual([['responsible:党政办', 'responsible:应消站'], ['responsible:村（社区）']]);
    expect(plan.tasks.map((t) => t.deadline.kind)).toEqual(['date', 'date']);
  });

  it('keeps a continuation row of one cell apart from the numbered row after it', () => {
    const plan = parsePlanText(
      [
        '序号 | 工作任务 | 责任单位 | 备注 |',
        '1 | 新建社区食堂3个 | 区民政局 | |',
        '新增助餐点10个 | |||',
        '2 | 改造老旧电梯20台 | 区市场监管局 | |',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.text)).toEqual(['新建社区食堂3个', '新增助餐点10个', '改造老旧电梯20台']);
    expect(roles(plan)[2]).toEqual(['responsible:区市场监管局']);
  });

  it('joins a unit cell printed over two lines in a table of one cell per line', () => {
    const plan = parsePlanText(
      [
        '序号',
        '项目名称',
        '牵头单位',
        '责任单位',
        '进展情况',
        '1',
        '城区公厕提升改造工程',
        '区城管局',
        '区城投公司',
        '各有关乡镇（街道）',
        '已完成12座公厕改造。',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([['lead:区城管局', 'responsible:区城投公司', 'responsible:各有关乡镇（街道）']]);
  });

  it('reads a table of one cell per line although a footer line with a bar follows it', () => {
    const table = [
      '工作任务',
      '牵头单位',
      '完成时限',
      '公开财政预决算',
      '区财政局',
      '2025年6月底前',
      '更新政策文件库',
      '区司法局',
      '持续推进',
    ];
    const plan = parsePlanText([...table, '网站地图 | 联系我们'].join('\n'));
    expect(plan.tasks.map((t) => [t.text, t.deadline.kind])).toEqual([
      ['公开财政预决算', 'date'],
      ['更新政策文件库', 'continuous'],
    ]);
  });

  it('takes no breadcrumb or closing link line for the title', () => {
    const plan = parsePlanText(
      [
        '首页 > 政务公开 > 政策文件',
        '《数字乡村建设推进计划（2023—2024）》印发',
        '1.建成益农信息社100个。（牵头单位：区农业农村局）',
      ].join('\n'),
    );
    expect(plan.title).toContain('数字乡村建设推进计划');
    expect(plan.year).toBe(2023);
    const bullets = parsePlanText(
      ['● 河滨公园公厕无人保洁。', '（主体责任：河滨公园管理处，监督责任：区城管局）', '相关链接'].join('\n'),
    );
    expect(bullets.tasks).toHaveLength(1);
  });

  it('does not join a bare label at a cut end to the page’s tool bar below it', () => {
    const plan = parsePlanText(
      ['一、稳增长', '8.落实助企纾困政策。', '牵头单位:区发改局', '责任单位', '分享到：'].join('\n'),
    );
    expect(plan.tasks).toHaveLength(0);
    expect(plan.truncated).toBe(true);
  });

  it('reads a closing bracket of unit names alone, 各地级以上市人民政府 among them', () => {
    const plan = parsePlanText(
      [
        '二、主要任务',
        '（一）建立重点项目清单。各级主管部门要逐月更新清单。（省发展改革委、省能源局，各地级以上市人民政府）',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([
      ['responsible:省发展改革委', 'responsible:省能源局', 'responsible:各地级以上市人民政府'],
    ]);
  });
});

describe('copies that dropped or added characters (the robustness transforms)', () => {
  it('reads a flattened table whose 序号 carries its pinyin', () => {
    const row = (n: number) => `${n} 推进第${n}项依法行政工作并按期报送进展情况 各县市区政府,政府各部门 二季度`;
    // (A page flattened onto one line of 200 characters or more.)
    const text = `2010年依法行政工作任务分解表 序号(hào) 工作内容 责任部门 完成时限 ${[1, 2, 3, 4, 5, 6].map(row).join(' ')}`;
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(roles(plan)[0]).toEqual(['responsible:各县市区政府', 'responsible:政府各部门']);
  });

  it('reads a bracket of bare units that lost its closer at the line end', () => {
    const plan = parsePlanText(
      ['1.提升技能。开展职业技能提升工程。（市人社局', '2.支持创业。落实创业担保贷款贴息政策。（市人社局）'].join('\n'),
    );
    expect(roles(plan)).toEqual([['responsible:市人社局'], ['responsible:市人社局']]);
  });

  it('keeps a name’s own bracket holding 办 (`省编办（省审改办）`) in the name, not as a clause', () => {
    const plan = parsePlanText(
      [
        '1.全面公开权力清单和责任清单',
        '牵头单位：省编办（省审改办）',
        '责任单位：省直各部门',
        '2.推进监管执法信息公开',
        '责任单位：省直各相关部门',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(roles(plan)[0]).toEqual(['lead:省编办（省审改办）', 'responsible:省直各部门']);
  });

  it('takes the plan year from a deadline whose 年 was dropped', () => {
    const plan = parsePlanText(
      ['| 序号 | 工作任务 | 责任单位 | 完成时限 |', '| 1 | 完善医保参保工作。 | 市医保局 | 202312月底 |'].join('\n'),
    );
    expect(plan.year).toBe(2023);
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2023-12-31' });
  });

  it('keeps the last task card of a plan without time limits when its unit line ends in a whole name', () => {
    const card = (n: number, unit: string) => [
      `${n}.一般公共预算收入增长${n}%左右`,
      '牵头单位：省财政厅',
      `配合单位：省税务局、${unit}`,
    ];
    const whole = parsePlanText([...card(1, '省发展改革委'), ...card(2, '人行合肥中心支行')].join('\n'));
    expect(whole.tasks.map((t) => t.number)).toEqual(['1', '2']);
    // A name cut off at the end of the page (`法官学`) still reads as a cut.
    const cut = parsePlanText([...card(1, '省发展改革委'), ...card(2, '法官学')].join('\n'));
    expect(cut.tasks.map((t) => t.number)).toEqual(['1']);
    expect(cut.diagnostics.some((d) => d.code === 'plan-truncated')).toBe(true);
  });
});

describe('tables as the corpus’s tasks print them in other forms (plan-table-forms)', () => {
  it('reads a 配合单位 cell naming 市政协办公厅 as cooperating', () => {
    const plan = parsePlanText(
      [
        '| 序号 | 工作任务 | 牵头单位 | 配合单位 |',
        '| 1 | 加强民主监督 | 市委统战部 | 市政府办公厅、市政协办公厅 |',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([['lead:市委统战部', 'cooperate:市政府办公厅', 'cooperate:市政协办公厅']]);
  });

  it('reads the unit cell of a full row as units even where the names are unusual', () => {
    const plan = parsePlanText(
      ['| 序号 | 工作任务 | 责任单位 |', '| 1 | 强化政治引领 | 办公室、宣传教育部、职工中专、工人文化宫 |'].join('\n'),
    );
    expect(plan.tasks[0]?.text).toBe('强化政治引领');
    expect(roles(plan)[0]).toEqual([
      'responsible:办公室',
      'responsible:宣传教育部',
      'responsible:职工中专',
      'responsible:工人文化宫',
    ]);
  });

  it('reads labelled unit lines whose names hold a quotation', () => {
    const plan = parsePlanText(
      ['1.优化基层党组织设置', '牵头单位：市委组织部', '配合单位：市“两新”组织党工委、市国资委'].join('\n'),
    );
    expect(roles(plan)).toEqual([['lead:市委组织部', 'cooperate:市“两新”组织党工委', 'cooperate:市国资委']]);
  });

  it('keeps a column for a cell printed as `/` in a table copied one cell per line', () => {
    const plan = parsePlanText(
      [
        '序号',
        '工作任务',
        '牵头单位',
        '责任单位',
        '配合单位',
        '1',
        '主动公开国土空间规划',
        '区经济发展局',
        '/',
        '区直有关单位、各乡镇人民政府',
        '2',
        '深化地方政府债务信息公开',
        '区财政金融局',
        '—',
        '/',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([
      ['lead:区经济发展局', 'cooperate:区直有关单位', 'cooperate:各乡镇人民政府'],
      ['lead:区财政金融局'],
    ]);
  });

  it('reads the cell after 序号 as the task even where it opens like a time limit', () => {
    const plan = parsePlanText(
      [
        '序号',
        '工作任务',
        '责任单位',
        '完成时限',
        '1',
        '持续深化政务公开三级清单管理',
        '区政务办',
        '2024年底前',
        '2',
        '年内推动隶属单位公开预算和决算信息',
        '区财政局',
        '持续推进',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.text)).toEqual([
      '持续深化政务公开三级清单管理',
      '年内推动隶属单位公开预算和决算信息',
    ]);
    expect(plan.tasks.map((t) => t.deadline.kind)).toEqual(['date', 'continuous']);
  });

  it('splits an item of sentences each closed by its own bracket naming 功能板块, not taking it for a heading', () => {
    const plan = parsePlanText(
      [
        '2023年民生实事项目',
        '（一）新建中小学15所、改扩建8所。（市教育局、市发改委、市财政局、市自然资源局、市住建局、各县区、功能板块负责）完成全市义务教育学校灯光照明改造。（市教育局、各县区、功能板块负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.text)).toEqual([
      '新建中小学15所、改扩建8所。',
      '完成全市义务教育学校灯光照明改造。',
    ]);
    expect(roles(plan)[1]).toEqual(['responsible:市教育局', 'responsible:各县区', 'responsible:功能板块']);
  });

  it('takes no numbered question to the public for a task', () => {
    const plan = parsePlanText(
      [
        '1. 您比较关注哪些方面的民生问题？',
        '2. 您想了解哪几项民生实事的进展情况？',
        '3.新建幼儿园14所。（市教育局负责）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['3']);
  });

  it('reads by column a table copied one cell per line whose rows are all the header’s cells long', () => {
    const plan = parsePlanText(
      [
        '序号',
        '问题点位',
        '整改责任单位',
        '整改时限',
        '1',
        '市科技馆',
        '市科技局',
        '2024年6月底前',
        '2',
        '市第二人民医院',
        '市卫健委',
        '2024年6月底前',
        '3',
        '人才特区',
        '市人社局',
        '持续推进',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.text)).toEqual(['市科技馆', '市第二人民医院', '人才特区']);
    expect(roles(plan)).toEqual([['responsible:市科技局'], ['responsible:市卫健委'], ['responsible:市人社局']]);
  });
});

describe('the role words of a closing bracket', () => {
  const rolesIn = (bracket: string) => {
    const plan = parsePlanText(
      `2024年政务公开工作要点\n一、决策公开\n1.加强重大行政决策公开。${bracket}\n2.做好政策解读。（市政府办公室负责）`,
    );
    return plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`);
  };

  it('reads lead, responsible and cooperating units in the wordings plans use', () => {
    const cases: [string, string[]][] = [
      ['（市财政局牵头，市审计局参与）', ['lead:市财政局', 'cooperate:市审计局']],
      ['（市财政局牵头，市审计局协助）', ['lead:市财政局', 'cooperate:市审计局']],
      ['（市财政局主责，市审计局配合）', ['lead:市财政局', 'cooperate:市审计局']],
      ['（市财政局主抓，市审计局配合）', ['lead:市财政局', 'cooperate:市审计局']],
      ['（市财政局牵头抓总，市审计局配合）', ['lead:市财政局', 'cooperate:市审计局']],
      ['（市财政局统筹，市审计局落实）', ['lead:市财政局', 'responsible:市审计局']],
      ['（市财政局会同市审计局负责）', ['lead:市财政局', 'cooperate:市审计局']],
      ['（市财政局负责，市审计局协办）', ['responsible:市财政局', 'cooperate:市审计局']],
      ['（市财政局组织实施）', ['responsible:市财政局']],
      ['（市财政局具体实施）', ['responsible:市财政局']],
      ['（市财政局承办）', ['responsible:市财政局']],
      ['（市财政局牵头，市审计局积极配合）', ['lead:市财政局', 'cooperate:市审计局']],
      ['（市财政局牵头，市审计局共同参与）', ['lead:市财政局', 'cooperate:市审计局']],
      ['（主责单位：市财政局；协同单位：市审计局）', ['lead:市财政局', 'cooperate:市审计局']],
      ['（市财政局为牵头单位，市审计局为配合单位）', ['lead:市财政局', 'cooperate:市审计局']],
      ['【市财政局牵头，市审计局配合】', ['lead:市财政局', 'cooperate:市审计局']],
      ['（由市财政局牵头，市审计局配合）', ['lead:市财政局', 'cooperate:市审计局']],
    ];
    for (const [bracket, roles] of cases) expect([bracket, rolesIn(bracket)]).toEqual([bracket, roles]);
  });

  it('takes a bracket that opens with 由 out of the task text whole', () => {
    const plan = parsePlanText(
      '2024年政务公开工作要点\n1.加强重大行政决策公开。（由市财政局负责）\n2.做好政策解读。（市政府办公室负责）',
    );
    expect(plan.tasks[0]?.text).toBe('加强重大行政决策公开。');
  });
});

describe('the labels of a task card', () => {
  const card = (label: string, value: string) =>
    parsePlanText(
      `2024年政务公开重点任务\n1.加强重大行政决策公开\n${label}：${value}\n完成时限：持续推进\n2.做好政策解读\n责任单位：市政府办公室\n完成时限：持续推进`,
    ).tasks[0];

  it('reads the unit labels plans use, each with its role', () => {
    const cases: [string, string][] = [
      ['主责部门', 'lead'],
      ['牵头科室', 'lead'],
      ['实施主体', 'responsible'],
      ['承办单位', 'responsible'],
      ['协同部门', 'cooperate'],
      ['配合责任单位', 'cooperate'],
      ['参与单位', 'cooperate'],
    ];
    for (const [label, role] of cases)
      expect([label, card(label, '市财政局、市审计局')?.assignments.map((a) => `${a.role}:${a.unit}`)]).toEqual([
        label,
        [`${role}:市财政局`, `${role}:市审计局`],
      ]);
  });

  it('reads a 时间节点 label as the time limit, without the label in its text', () => {
    const plan = parsePlanText(
      '2024年政务公开重点任务\n1.加强重大行政决策公开\n牵头单位：市财政局\n时间节点：2024年6月底前\n2.做好政策解读\n责任单位：市政府办公室\n时间节点：持续推进',
    );
    expect(plan.tasks.map((t) => t.deadline)).toEqual([
      { kind: 'date', by: '2024-06-30', raw: '2024年6月底前' },
      { kind: 'continuous', raw: '持续推进' },
    ]);
  });
});

describe('table headers in the words plans use', () => {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  // A pipe table with the given header whose first task has one unit per unit column.
  const read = (header: readonly string[], unitColumns: number) => {
    const units = ['市财政局', '市审计局'].slice(0, unitColumns);
    const plan = parsePlanText(
      [
        '2024年重点工作任务分解表',
        row(header),
        row(['1', '加强重大行政决策公开', ...units, '2024年6月底前']),
        row(['2', '做好政策解读', ...['市政府办公室', '市统计局'].slice(0, unitColumns), '持续推进']),
      ].join('\n'),
    );
    const first = plan.tasks[0];
    return [plan.tasks.length, first?.text, first?.assignments.map((a) => a.role), first?.deadline.kind];
  };

  it('reads every common word for the number, task, unit and time columns', () => {
    const words = {
      number: ['序号', '编号', 'No.', '序'],
      task: [
        '工作任务',
        '重点任务',
        '任务内容',
        '工作内容',
        '具体任务',
        '主要任务',
        '任务事项',
        '工作事项',
        '重点工作',
      ],
      moreTask: [
        '工作举措',
        '具体措施',
        '目标任务',
        '工作要点',
        '任务名称',
        '项目名称',
        '主要内容',
        '改革事项',
        '重点事项',
      ],
      lead: ['牵头单位', '牵头部门', '主责单位', '主责部门', '牵头责任单位', '牵头科室'],
      responsible: ['责任单位', '责任部门', '落实单位', '承办单位', '实施单位', '责任主体', '实施主体', '责任科室'],
      cooperate: ['配合单位', '协办单位', '参与单位', '协同单位', '配合部门', '协同部门', '配合责任单位'],
      deadline: ['完成时限', '时间节点', '完成时间', '时限要求', '进度安排', '完成期限', '截止时间', '办结时限'],
    };
    const one = [2, '加强重大行政决策公开', ['responsible'], 'date'];
    const two = [2, '加强重大行政决策公开', ['lead', 'cooperate'], 'date'];
    for (const n of words.number) expect([n, read([n, '工作任务', '责任单位', '完成时限'], 1)]).toEqual([n, one]);
    for (const t of [...words.task, ...words.moreTask])
      expect([t, read(['序号', t, '责任单位', '完成时限'], 1)]).toEqual([t, one]);
    for (const l of words.lead) expect([l, read(['序号', '工作任务', l, '配合单位', '完成时限'], 2)]).toEqual([l, two]);
    for (const r of words.responsible) expect([r, read(['序号', '工作任务', r, '完成时限'], 1)]).toEqual([r, one]);
    for (const c of words.cooperate)
      expect([c, read(['序号', '工作任务', '牵头单位', c, '完成时限'], 2)]).toEqual([c, two]);
    for (const d of words.deadline) expect([d, read(['序号', '工作任务', '责任单位', d], 1)]).toEqual([d, one]);
  });
});

describe('a lead rule stated in the words plans use', () => {
  it('applies every wording of “the first unit leads”', () => {
    const rules = [
      '排在第一位的为牵头单位',
      '列第一位的为牵头单位',
      '第一个单位为牵头单位',
      '首位单位为牵头单位',
      '首个单位为牵头单位',
      '排名第一的为牵头单位',
      '列在首位的为牵头单位',
      '排在前面的为牵头单位',
      '列首位者为牵头单位',
      '所列第一个部门为牵头部门',
    ];
    for (const rule of rules) {
      const plan = parsePlanText(
        `2024年政务公开工作任务分工\n各项任务中，${rule}。\n一、主动公开\n1.公开财政预决算信息。（市财政局、市审计局、各县区政府）\n2.公开重大建设项目信息。（市发展改革委、市住房和城乡建设局）`,
      );
      expect([rule, plan.tasks.map((t) => t.assignments.map((a) => a.role))]).toEqual([
        rule,
        [
          ['lead', 'responsible', 'responsible'],
          ['lead', 'responsible'],
        ],
      ]);
    }
  });

  it('makes the others cooperate where the rule says so, also when stated in a note after the tasks', () => {
    for (const [at, rule] of [
      ['top', '第一个为牵头单位，其余为配合单位'],
      ['end', '注：主要责任单位第一个为牵头单位，其余为主要配合单位。'],
      ['top', '排在第一位的为牵头单位，其他单位为配合单位'],
    ] as const) {
      const tasks =
        '1.公开财政预决算信息。（市财政局、市审计局、各县区政府）\n2.公开重大建设项目信息。（市发展改革委牵头，市住房和城乡建设局负责）';
      const plan = parsePlanText(
        at === 'top'
          ? `2024年政务公开工作任务分工\n${rule}\n${tasks}`
          : `2024年政务公开工作任务分工\n${tasks}\n${rule}`,
      );
      expect([rule, plan.tasks.map((t) => t.assignments.map((a) => a.role))]).toEqual([
        rule,
        [
          ['lead', 'cooperate', 'cooperate'],
          ['lead', 'responsible'],
        ],
      ]);
    }
  });
});

describe('a plan divided by unit', () => {
  it('gives the tasks under a heading that names a unit (`一、市财政局（2项）`) to that unit', () => {
    const plan = parsePlanText(
      '2024年政务公开重点工作任务分工\n一、市财政局（2项）\n1.公开财政预决算信息。\n2.公开政府债务信息。\n二、市发展改革委、市住建局\n3.公开重大建设项目信息。（2024年6月底前）',
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['1', ['responsible:市财政局']],
      ['2', ['responsible:市财政局']],
      ['3', ['responsible:市发展改革委', 'responsible:市住建局']],
    ]);
  });

  it('takes a heading that names a subject (`二、工作机构`) for no unit', () => {
    const plan = parsePlanText(
      '2024年政务公开重点工作任务分工\n一、工作机构\n1.健全政务公开工作机构。\n2.配齐工作人员。',
    );
    expect(plan.tasks).toEqual([]);
  });
});

describe('a task that opens with its units and a colon', () => {
  it('reads `市财政局：…` as the task’s units, and a time limit at its end as its deadline', () => {
    const plan = parsePlanText(
      '2024年政务公开重点工作任务分工\n1.市财政局：公开财政预决算信息，2024年6月底前完成。\n2.市发展改革委、市住建局：公开重大建设项目信息，持续推进。',
    );
    expect(
      plan.tasks.map((t) => [t.number, t.text, t.assignments.map((a) => `${a.role}:${a.unit}`), t.deadline.kind]),
    ).toEqual([
      ['1', '公开财政预决算信息，2024年6月底前完成。', ['responsible:市财政局'], 'date'],
      ['2', '公开重大建设项目信息，持续推进。', ['responsible:市发展改革委', 'responsible:市住建局'], 'continuous'],
    ]);
  });

  it('does not take a counted thing (`一场所：`) or a label for units', () => {
    const plan = parsePlanText(
      '2024年村庄清洁行动\n1.一条路：彻底清扫村庄主街主路。\n2.一场所：清扫整理村委会、文化活动中心。\n3.工作目标：全面完成整治。',
    );
    expect(plan.tasks).toEqual([]);
  });
});

describe('the last task of a plan without time limits', () => {
  it('is whole when its unit cell or labelled unit line ends in a name the unit reader does not know', () => {
    const tabbed = parsePlanText(
      '2024年重点工作任务分解表\n序号\t工作任务\t责任单位\n1\t强化政治引领\t办公室、宣传教育部\n2\t强化文化引领\t宣传教育部、职工中专、工人文化宫',
    );
    expect(tabbed.tasks.map((t) => t.assignments.map((a) => a.unit))).toEqual([
      ['办公室', '宣传教育部'],
      ['宣传教育部', '职工中专', '工人文化宫'],
    ]);
    expect(tabbed.diagnostics.some((d) => d.code === 'plan-truncated')).toBe(false);
    const cards = parsePlanText(
      '2024年重点工作任务分解表\n1.强化政治引领\n责任单位：办公室、宣传教育部\n2.强化文化引领\n责任单位：宣传教育部、工人文化宫',
    );
    expect(cards.tasks).toHaveLength(2);
  });

  it('is cut when its labelled unit line ends in a level alone (`责任单位：区`)', () => {
    const plan = parsePlanText(
      '2023年主要目标任务\n（一）地区生产总值增长7%\n责任单位：区发展和改革局\n（二）工业投资增长12%以上\n责任单位：区',
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['一']);
    expect(plan.truncated).toBe(true);
  });

  it('is whole where only a few other tasks have a time limit, and when its units end in 国企', () => {
    const plan = parsePlanText(
      '2021年重点工作任务分解表\n1.地区生产总值增长8.5%以上\n牵头单位：市发改委\n完成时限：2021年12月31日\n2.规上工业增加值增长9.5%以上\n牵头单位：市经信局\n3.全员劳动生产率提高\n牵头单位：市发改委\n4.社会消费品零售总额增长11%以上\n牵头单位：市商务局\n配合单位：市财政局、市税务局',
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4']);
    expect(plan.truncated).not.toBe(true);
    const firms = parsePlanText(
      '2023年重点工作任务分解表\n1.区级一般公共预算收入增长5%\n牵头单位：区财政局\n2.固定资产投资增长5%以上\n牵头单位：区发改委\n责任单位：区住建委、区属各重点国企',
    );
    expect(firms.tasks.at(-1)?.assignments.map((a) => a.unit)).toEqual(['区发改委', '区住建委', '区属各重点国企']);
  });

  it('is still cut where most other tasks have a time limit and it has none', () => {
    const plan = parsePlanText(
      '2021年重点工作任务分解表\n1.地区生产总值增长8.5%以上\n牵头单位：市发改委\n完成时限：2021年12月31日\n2.规上工业增加值增长9.5%以上\n牵头单位：市经信局\n完成时限：2021年6月底前\n3.全员劳动生产率提高\n牵头单位：市发改委',
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(plan.truncated).toBe(true);
  });
});

describe('a time limit inside the closing bracket', () => {
  it('is read wherever the bracket puts it, after a comma, a semicolon, a label or a blank', () => {
    const cases: [string, string, string | undefined][] = [
      ['（2024年6月底前，市财政局负责）', 'date', '2024-06-30'],
      ['（市财政局负责；2024年6月底前完成）', 'date', '2024-06-30'],
      ['（责任单位：市财政局；完成时限：2024年6月底前）', 'date', '2024-06-30'],
      ['（市财政局负责，时限：2024年6月）', 'date', '2024-06-30'],
      ['（市财政局负责）（2024年6月底前）', 'date', '2024-06-30'],
      ['（市财政局负责 2024年6月底前）', 'date', '2024-06-30'],
      ['（市财政局负责 持续推进）', 'continuous', undefined],
      ['（市财政局负责，每季度）', 'recurring', undefined],
      ['（市财政局负责，印发后30日内）', 'relative', undefined],
    ];
    for (const [bracket, kind, by] of cases) {
      const plan = parsePlanText(
        `2024年政务公开工作要点\n一、决策公开\n1.加强重大行政决策公开。${bracket}\n2.做好政策解读。（市政府办公室负责）`,
      );
      const task = plan.tasks[0];
      expect([bracket, plan.tasks.length, task?.text, task?.assignments.map((a) => a.unit)]).toEqual([
        bracket,
        2,
        '加强重大行政决策公开。',
        ['市财政局'],
      ]);
      expect([bracket, task?.deadline.kind, task?.deadline.kind === 'date' ? task.deadline.by : undefined]).toEqual([
        bracket,
        kind,
        by,
      ]);
    }
  });
});

describe('a label printed without its colon', () => {
  it('reads 【责任单位】, 责任单位——, 责任单位 and a blank as the label with its colon', () => {
    for (const line of ['【责任单位】市财政局', '〔责任单位〕市财政局', '责任单位——市财政局', '责任单位 市财政局']) {
      const plan = parsePlanText(
        `2024年政务公开重点任务\n1.加强重大行政决策公开\n${line}\n完成时限 2024年6月底前\n2.做好政策解读\n责任单位：市政府办公室\n完成时限：持续推进`,
      );
      const task = plan.tasks[0];
      expect([line, task?.text, task?.assignments.map((a) => `${a.role}:${a.unit}`), task?.deadline.kind]).toEqual([
        line,
        '加强重大行政决策公开',
        ['responsible:市财政局'],
        'date',
      ]);
    }
  });

  it('leaves a spaced table header alone (`责任单位 完成时限`)', () => {
    const plan = parsePlanText(
      '2024年重点任务\n序号 工作任务 责任单位 完成时限\n1 加强重大行政决策公开 市财政局 2024年6月底前\n2 做好政策解读 市政府办公室 持续推进',
    );
    expect(plan.tasks.map((t) => [t.text, t.assignments.map((a) => a.unit), t.deadline.kind])).toEqual([
      ['加强重大行政决策公开', ['市财政局'], 'date'],
      ['做好政策解读', ['市政府办公室'], 'continuous'],
    ]);
  });
});

describe('people and notes beside the units of a task card', () => {
  it('skips the person, the contact and the role note, and keeps the units and their other names', () => {
    const cases: [string, string[]][] = [
      ['牵头领导：张三；牵头单位：市财政局', ['lead:市财政局']],
      ['责任单位：市财政局 责任人：张三', ['responsible:市财政局']],
      ['责任单位：市财政局（联系人：张三，电话：0551-1234567）', ['responsible:市财政局']],
      ['责任单位：市财政局、市审计局（按职责分工负责）', ['responsible:市财政局', 'responsible:市审计局']],
      ['责任单位：市财政局*、市审计局', ['responsible:市财政局', 'responsible:市审计局']],
      ['责任单位：市财政局（牵头），市审计局（配合）', ['lead:市财政局', 'cooperate:市审计局']],
      ['责任单位：市财政局（张三）、市审计局（李四、欧阳明）', ['responsible:市财政局', 'responsible:市审计局']],
      [
        '责任单位：市财政局（国资委）、市城投（交投）',
        ['responsible:市财政局（国资委）', 'responsible:市城投（交投）'],
      ],
      [
        '责任单位：市财政局\\市审计局／市统计局',
        ['responsible:市财政局', 'responsible:市审计局', 'responsible:市统计局'],
      ],
    ];
    for (const [line, units] of cases) {
      const plan = parsePlanText(
        `2024年政务公开重点任务\n1.加强重大行政决策公开\n${line}\n完成时限：2024年6月底前\n2.做好政策解读\n责任单位：市政府办公室\n完成时限：持续推进`,
      );
      const task = plan.tasks[0];
      expect([
        line,
        plan.tasks.length,
        task?.assignments.map((a) => `${a.role}:${a.unit}`),
        task?.deadline.kind,
      ]).toEqual([line, 2, units, 'date']);
    }
  });
});

describe('the task cell after 序号 when it opens like a time limit', () => {
  it('is the task when the number is printed `1.` and when the cell is short (`年内推动基层公开`)', () => {
    for (const no of ['1', '1.']) {
      const plan = parsePlanText(
        `2024年重点任务\n序号\n工作任务\n责任单位\n完成时限\n${no}\n持续深化政务公开标准化建设\n市政府办公室\n2024年6月底前\n${no.replace('1', '2')}\n年内推动基层公开\n各县区政府\n持续推进`,
      );
      expect([no, plan.tasks.map((t) => [t.text, t.assignments.map((a) => a.unit), t.deadline.kind])]).toEqual([
        no,
        [
          ['持续深化政务公开标准化建设', ['市政府办公室'], 'date'],
          ['年内推动基层公开', ['各县区政府'], 'continuous'],
        ],
      ]);
    }
  });
});

describe('parsePlanText on the ninth round’s shapes', () => {
  it('reads a pipe table whose copy printed a lost character as `?` after every cell', () => {
    const plan = parsePlanText(
      '2018年《政府工作报告》工作任务分解表?\n序号? | 重 点 工 作 任 务? | 牵头领导? | 牵头单位? |\n1? | 未来科技城要围绕打造创新驱动策源地，扎实推进项目建设。? | 祝振伟? 陈夏林? | 未来科技城(海创园)? |\n2? | 临平新城要围绕打造时尚产业新地标，启动建设数字商贸城。? | 沈 ?昱? 李敏华? | 临平新城? |',
    );
    expect(
      plan.tasks.map((t) => [t.number, t.text.slice(0, 5), t.assignments.map((a) => `${a.role}:${a.unit}`)]),
    ).toEqual([
      ['1', '未来科技城', ['lead:未来科技城（海创园）']],
      ['2', '临平新城要', ['lead:临平新城']],
    ]);
  });

  it('keeps a question’s `?`, so a numbered question is still no task', () => {
    const plan = parsePlanText(
      '2023年民生实事项目\n1. 您比较关注哪些方面的民生问题?\n2.新建城市书房10个。（市文广旅局负责）',
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['2']);
  });

  it('reads a pipe header broken over three lines, and names the task column 任务目录', () => {
    const plan = parsePlanText(
      '2022年重点工作任务清单\n序号 | 任务目录 |\n具体内容 |\n责任单位 |\n1 |\n建立健全未成年人保护工作协调机制。 |\n开展未成年人保护工作专项督导。 |\n市民政局、如城街道 |\n2 |\n做好困境儿童兜底保障工作。 |\n完善困境儿童分类保障制度。 |\n市民政局 |',
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 8), t.assignments.map((a) => a.unit)])).toEqual([
      ['建立健全未成年人', ['市民政局', '如城街道']],
      ['做好困境儿童兜底', ['市民政局']],
    ]);
  });

  it('reads the units an item opens with before its full stop (`一、市委宣传部、市委文明办。把…`)', () => {
    const plan = parsePlanText(
      '三明市未成年人保护委员会成员单位职责任务分工\n一、市委宣传部、市委文明办。把未成年人保护工作纳入宣传思想工作总体规划。\n二、市教育局。落实学生欺凌防控工作制度。\n三、总体要求。加强组织领导。',
    );
    expect(plan.tasks.map((t) => [t.number, t.text.slice(0, 4), t.assignments.map((a) => a.unit)])).toEqual([
      ['一', '把未成年', ['市委宣传部', '市委文明办']],
      ['二', '落实学生', ['市教育局']],
    ]);
  });

  it('reads a header of cells one per line with a column of leaders and a 主要参与单位 column', () => {
    const plan = parsePlanText(
      '序号\n\n项目\n\n重点工作\n\n牵头领导\n\n牵头单位\n\n主要参与单位\n\n1\n\n厚植创新发展源动力\n\n建设城西科创大走廊核心区，推进实验室装置建设。\n\n梅建胜\n\n顾国煜\n\n区科技局\n\n区发改局、未来科技城\n\n2\n\n深挖名校名院名企资源，加快构建技术创新中心体系。\n\n顾国煜\n\n区科技局\n\n各平台、镇街',
    );
    expect(roles(plan)).toEqual([
      ['lead:区科技局', 'cooperate:区发改局', 'cooperate:未来科技城'],
      ['lead:区科技局', 'cooperate:各平台', 'cooperate:镇街'],
    ]);
  });

  it('skips a breadcrumb that names the page’s place (`您现在所在的位置：`)', () => {
    const plan = parsePlanText(
      '网站支持IPv6\n您现在所在的位置: 网站首页 > 政府信息公开 > 青阳县卫生健康委员会 > 决策部署落实情况\n索引号: 11341823MB1566401C/202401-00005 组配分类: 决策部署落实情况\n发布机构: 青阳县卫生健康委员会 主题分类: 卫生、体育\n名称: 2023年卫健委重点工作责任清单进展情况汇总表(第四季度) 文号:\n成文日期: 发布日期: 2024-01-04\n废止日期:\n2023年卫健委重点工作责任清单进展情况汇总表(第四季度)\n发布时间:2024-01-04 14:40 来源:青阳县卫生健康委员会 字号:[默认 超大]\n2023年县政府重点工作责任清单进展情况汇总表(10-12月)\n序号 2023年重点工作任务 牵头  领导 牵头         责任单位 主体          责任单位 配合         责任单位 工作评价 2023年10-12月份进展情况 20224年1-3月份进度安排 备注\n81 科学精准落实疫情防控优化措施,加强医疗资源建设,最大程度保护人民生命安全和身体健康,最大限度减少疫情对经济社会发展的影响。 汪  峰   吴蓓蓓 县卫健委 各乡镇',
    );
    expect(plan.tasks.filter((t) => t.text.includes('位置'))).toEqual([]);
  });

  it('gives the units of a note `各项政策措施均需…落实，以下不再列出` to every later task', () => {
    const plan = parsePlanText(
      '辽宁省大力优化营商环境行动方案\n1.优化政策制定机制。（省发展改革委、省司法厅等有关部门按职责分工负责，各项政策措施均需各市政府、省沈抚示范区管委会落实，以下不再列出）\n2.提高相关领域立法质效。〔省人大法制委、省司法厅按职责分工负责〕',
    );
    expect(unitsOf(plan)).toEqual([
      ['省发展改革委', '省司法厅', '各市政府', '省沈抚示范区管委会'],
      ['省人大法制委', '省司法厅', '各市政府', '省沈抚示范区管委会'],
    ]);
  });
});

describe('parsePlanText on pages a site crawl flattened with nothing between lines (set 39)', () => {
  it('starts a line at each item number glued after a full stop, a closing bracket, a heading or a unit label', () => {
    const page = `当前位置： 首页政务公开最新文件 关于印发危险化学品安全综合治理实施方案的通知 时间：2017-03-12 岚综管办〔2017〕37号 平潭综合实验区管委会办公室关于印发危险化学品安全综合治理实施方案的通知 区直各单位：现将方案印发给你们，请认真组织实施。${'为全面加强危险化学品安全综合治理，制定本方案。'.repeat(40)}一、指导思想（一）指导思想。全面贯彻安全生产工作部署。四、治理内容、工作措施及分工（一）全面摸排危险化学品安全风险1.全面摸排风险。按照省里要求开展摸排。（区直各有关部门按职责分工负责，2018年3月底前完成）2.重点排查重大危险源。建立重大危险源信息管理体系。（区综合执法局牵头，区公安局等按职责分工负责，持续推进）（二）有效遏制重特大事故3.加强罐区的风险管控。全面开展罐区隐患排查整治。（区综合执法局（安监局）规划局、等按职责分工负责，持续推进）`;
    const plan = parsePlanText(page);
    expect(
      plan.tasks.map((t) => [t.number, t.text.slice(0, 6), t.assignments.map((a) => a.unit), t.deadline.kind]),
    ).toEqual([
      ['1', '全面摸排风险', ['区直各有关部门'], 'date'],
      ['2', '重点排查重大', ['区综合执法局', '区公安局'], 'continuous'],
      ['3', '加强罐区的风', ['区综合执法局（安监局）', '规划局'], 'continuous'],
    ]);
    expect(plan.docNumber).toBe('岚综管办〔2017〕37号');
  });

  it('reads label values glued to the next item and ends the last list at the signature and its date', () => {
    const page = `苏平片区农村人居环境整治提升五年行动实施方案 各处室：${'为进一步改善农村人居环境，制定本实施方案。'.repeat(50)}二、重点任务（一）农村改厕质量提升1.改造农村户用厕所。引导农民群众自主改造提升厕屋。责任处室:农业农村处、社会事业处2.提升公厕档次。因地制宜改造升级一批老旧公厕。责任处室:交通建设处、农业农村处三、保障措施（八）加强组织领导把改善农村人居环境作为一把手工程。责任处室:农业农村处、经济发展处平潭综合实验区苏平片区管理局2023年3月16日来源：苏平片区`;
    const plan = parsePlanText(page);
    expect(plan.tasks.map((t) => [t.number, t.text.slice(0, 6), t.assignments.map((a) => a.unit)])).toEqual([
      ['1', '改造农村户用', ['农业农村处', '社会事业处']],
      ['2', '提升公厕档次', ['交通建设处', '农业农村处']],
      ['八', '加强组织领导', ['农业农村处', '经济发展处']],
    ]);
  });

  it('reads units that open a sentence going on past a comma as named inside the task, and a rule stated of every task at the end', () => {
    const plan = parsePlanText(
      '农村人居环境整治三年行动实施方案\n（一）规范建房审批。由区危改办负责，进一步简化审批手续。（责任单位：区环土局、综合执法局）\n（二）提升镇区品质。区综合执法局加强占道经营清理工作。区交建局牵头，有条件的镇区推进道路“白改黑”。（责任单位：各乡镇人民政府、区交建局）\n（三）加强村庄规划管理。乡村规划的管理由乡镇人民政府负责。按时完成传统村落保护规划编制。（责任单位：区规划局、各乡镇人民政府）\n三、保障措施\n各项任务中排位靠前的责任单位为牵头单位。',
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['一', ['lead:区环土局', 'responsible:综合执法局']],
      ['二', ['lead:各乡镇人民政府', 'responsible:区交建局']],
      ['三', ['lead:区规划局', 'responsible:各乡镇人民政府']],
    ]);
  });

  it('reads `A配合B对…` as B leading and A cooperating, and a standing note after a labelled line', () => {
    const sentences = parsePlanText(
      '生态红线规划调整工作分工方案\n一、由区规划局牵头，建立跨部门联席会议制度。\n二、区农村发展局林业办、国有防护林场配合区规划局对划定的沿海防护林界线进行确认。',
    );
    expect(sentences.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['lead:区规划局'],
      ['lead:区规划局', 'cooperate:区农村发展局林业办', 'cooperate:国有防护林场'],
    ]);
    const labelled = parsePlanText(
      '土壤污染防治工作方案\n1.开展土壤污染状况详查。\n责任单位：区环境与国土资源局牵头，区农村发展局等参与，各乡镇人民政府负责落实。以下均需各乡镇人民政府落实，不再列出\n2.建立土壤环境监测体系。\n责任单位：区环境与国土资源局牵头',
    );
    expect(labelled.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['lead:区环境与国土资源局', 'cooperate:区农村发展局', 'responsible:各乡镇人民政府'],
      ['lead:区环境与国土资源局', 'responsible:各乡镇人民政府'],
    ]);
  });

  it('gives the units of a note `以下均需各片区配合落实` the cooperating role, and keeps `各乡镇及其所辖社区（村）` whole', () => {
    const plan = parsePlanText(
      '新污染物治理工作方案\n1.落实环境信息调查。开展调查。（区资源生态局牵头负责;各片区负责配合落实，以下均需各片区配合落实，不再列出）\n2.开展环境调查监测。制定监测方案。（区资源生态局、各乡镇及其所辖社区（村）按职责分工负责）',
    );
    expect(roles(plan)).toEqual([
      ['lead:区资源生态局', 'cooperate:各片区'],
      ['responsible:区资源生态局', 'responsible:各乡镇及其所辖社区（村）', 'cooperate:各片区'],
    ]);
  });
});

describe('parsePlanText on tables and notices a PDF copy broke into pieces (set 42)', () => {
  it('reads a header spelled one character per line, and unit lines under 牵头单位 | 责任单位 from the right', () => {
    const plan = parsePlanText(
      '附件\n2021年全市政务公开工作主要任务分解表\n工\n作\n任\n务\n工 作 要 求\n牵头单位\n责 任 单 位\n一、深化政务公开\n1.\n主动公开“十四五”规划纲要。\n通过本级政府门户网站设立专题。\n市发改委\n市自然资源局\n各县（区）人民政府（管委会）\n2.\n加强监管执法信息公开。\n加强执法信息公开工作。\n市直有关部门，各县（区）人民政府（管委会）',
    );
    expect(roles(plan)).toEqual([
      ['lead:市发改委', 'lead:市自然资源局', 'responsible:各县（区）人民政府（管委会）'],
      ['responsible:市直有关部门', 'responsible:各县（区）人民政府（管委会）'],
    ]);
  });

  it('reads a header printed with blanks between its characters (`工  作  任  务`)', () => {
    const plan = parsePlanText(
      '2021年全省政务公开工作主要任务分解表\n工  作  任  务\n工 作 要 求\n牵头单位\n责  任  单  位\n1.主动公开规划纲要。\n通过本级政府门户网站设立专题。\n各市、县（区）政府，平潭综合实验区管委会\n2.加强市场规则标准公开。\n及时做好宣传。\n省发改委\n省直有关部门，各设区市政府',
    );
    expect(unitsOf(plan)).toEqual([
      ['各市、县（区）政府', '平潭综合实验区管委会'],
      ['省发改委', '省直有关部门', '各设区市政府'],
    ]);
  });

  it('joins numbers, brackets, quotation marks and time limits broken over lines', () => {
    const plan = parsePlanText(
      '2023年营商环境支撑举措清单\n序号\n事项\n支撑举措\n完成时限\n责任单位\n1\n开展“一照多址”改革\n（\n1\n）允许申请经营场所备案，免于办理分支机构登记。\n2023\n年\n底前\n市市场监管局\n（\n2\n）\n“\n一照多址\n”\n改革后，相关部门加强事后核查和监管。\n持续\n推进\n市市场监管局，市有关部门\n2\n降低行业从业要求\n清理不合理要求。\n持续\n推进\n市人社局',
    );
    expect(
      plan.tasks.map((t) => [
        t.assignments.map((a) => a.unit),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      [['市市场监管局'], '2023-12-31'],
      [['市市场监管局', '市有关部门'], 'continuous'],
      [['市人社局'], 'continuous'],
    ]);
  });

  it('reads a table after a notice whose bracket names where to send a report (`（送市效能办3号楼502室）`)', () => {
    const plan = parsePlanText(
      '三、细化工作任务。\n各级各部门于6月30日前书面报市政府办公室（送市效能办\n3\n号楼\n502\n室）。\n四、强化督查考评。\n各级各部门要将政务公开工作纳入绩效考核体系。\n附件\n工作任务\n牵头\n单位\n责任单位\n工作要求\n一、着力加强公开解读回应工作\n1.\n政府工作要做到公开透明\n市直各单位、各县（区）人民政府（管委会）\n坚持以公开为常态。\n2.\n做好权责清单调整和公开工作\n市审改办\n市直各单位\n全面完成权责清单融合工作。',
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['政府工作要做', ['responsible:市直各单位', 'responsible:各县（区）人民政府（管委会）']],
      ['做好权责清单', ['lead:市审改办', 'responsible:市直各单位']],
    ]);
  });

  it('keeps a labelled line with its own paragraph after it a task’s end (`责任单位：A牵头，B等参与 鼓励…`)', () => {
    const plan = parsePlanText(
      '土壤污染防治工作方案\n3.防治农业面源污染 强化畜禽养殖污染防治。到2020年，达到75%以上。\n责任单位：区农村发展局牵头，区环境与国土资源局等参与 鼓励农民增施有机肥，减少化肥使用量。\n责任单位：区农村发展局负责',
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 4), t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['防治农业', ['lead:区农村发展局', 'cooperate:区环境与国土资源局']],
      ['鼓励农民', ['responsible:区农村发展局']],
    ]);
  });

  it('reads role words in an item’s prose as units named inside it when a labelled line closes the item', () => {
    const plan = parsePlanText(
      '老旧小区改造工作实施方案\n（一）明确责任主体。建立工作推进机制。县（区、管委会）负总责，统筹谋划，街道（乡镇）组织实施。\n责任单位：各县（区）人民政府（管委会）\n（二）制定小区改造方案。建设单位牵头会同街道（乡镇）、社区制定改造方案。\n责任单位：各县（区）人民政府（管委会）、市住建局',
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['一', ['各县（区）人民政府（管委会）']],
      ['二', ['各县（区）人民政府（管委会）', '市住建局']],
    ]);
  });
});

describe('parsePlanText on more pages of the same site crawl (set 41)', () => {
  it('starts a line at an item number after a label’s value or a colon, and reads a standing note ending in 配合', () => {
    const page = `关于印发国企提升发展年行动方案的通知 各有关单位：${'为推动国企提升发展，制定本方案。'.repeat(60)}（一）经营效益提升1.明确年度经营目标。制定年度经营目标。责任单位：区国资局、各区属国企（二）产业化水平提升2.聚焦国企主业发展。做强主业。责任单位：各区属国企3.加快产业化项目拓展。拓展项目。（责任单位：区国资局牵头，区财金局参与，相关乡镇配合。以下均需相关乡镇配合，不再列出）（三）工作任务：4.加强学校食堂食品安全管理。开展检查。（区社会事业局）`;
    const plan = parsePlanText(page);
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['1', ['responsible:区国资局', 'responsible:各区属国企']],
      ['2', ['responsible:各区属国企']],
      ['3', ['lead:区国资局', 'cooperate:区财金局', 'cooperate:相关乡镇']],
      ['4', ['responsible:区社会事业局', 'cooperate:相关乡镇']],
    ]);
  });
});

describe('parsePlanText on the last sets of the round (sets 43 and 44)', () => {
  it('joins a unit label’s value broken over lines at its separators', () => {
    const plan = parsePlanText(
      '创新驱动发展行动方案\n9.大力引进高层次人才。\n加快集聚高层次创新人才。\n牵头单位：市科技局\n责任单位：\n市委人才办，\n市人社局，各县（区）人民政府（管委会）\n10.完善人才评价和激励。\n建立人才评价机制。\n牵头单位：\n市科技局\n责任单位：\n市人社局',
    );
    expect(unitsOf(plan)).toEqual([
      ['市科技局', '市委人才办', '市人社局', '各县（区）人民政府（管委会）'],
      ['市科技局', '市人社局'],
    ]);
  });

  it('reads a time limit cell broken after its comma, and `按上级部署` as no unit', () => {
    const plan = parsePlanText(
      '2025年重点工作推进安排\n序号\n重点工作\n责任领导\n责任科室\n完成时限\n1\n开展深入贯彻中央八项规定精神学习教育。\n张凌英\n党办牵头，各科室\n按上级部署\n2\n按照市政府立法工作计划安排，有序推进规章制定。\n许家门\n立法科\n序时推进，\n年内完成',
    );
    expect(
      plan.tasks.map((t) => [
        t.assignments.map((a) => a.unit),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      [['党办', '各科室'], 'none'],
      [['立法科'], '2025-12-31'],
    ]);
  });

  it('reads a note on later tasks in six-cornered brackets after the units (`〔以下事项均涉及…，不再列出〕`)', () => {
    const plan = parsePlanText(
      '电网高质量发展实施方案\n（一）加强总体规划布局。\n高质量编制电网发展规划。\n责任单位：\n市工信局、发改委，各县（市、区）人民政府〔以下事项均涉及各县（市、区）人民政府，不再列出〕\n（二）优化电网建设服务保障。\n加大协调推进力度。\n责任单位：\n市工信局',
    );
    expect(unitsOf(plan)).toEqual([
      ['市工信局', '发改委', '各县（市、区）人民政府'],
      ['市工信局', '各县（市、区）人民政府'],
    ]);
  });

  it('reads a unit’s own bracket whose closer was lost at the line’s end (`发改委（粮储局`) as part of the name', () => {
    const plan = parsePlanText(
      '营商环境集成改革通知\n（四）优化跨境贸易服务。\n加大企业培育和服务力度。\n牵头单位：市商务局、三明海关\n责任单位：市工信局、发改委（粮储局\n（五）优化纳税服务。\n强化征纳互动服务。\n牵头单位：市税务局',
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['四', ['市商务局', '三明海关', '市工信局', '发改委（粮储局）']],
      ['五', ['市税务局']],
    ]);
  });

  it('joins an item number broken from its stop (`1` / `．健全…`)', () => {
    const plan = parsePlanText(
      '乡村医疗卫生体系健康发展分工方案\n1\n．健全乡村医疗卫生服务体系。（市卫健委负责）\n2\n．建设一批区域医疗中心。（市财政局负责）',
    );
    expect(plan.tasks.map((t) => [t.number, t.text.slice(0, 4), t.assignments.map((a) => a.unit)])).toEqual([
      ['1', '健全乡村', ['市卫健委']],
      ['2', '建设一批', ['市财政局']],
    ]);
  });
});

describe('parsePlanText on the tenth round’s shapes (sets 45 and 46)', () => {
  const units = (plan: Plan) => roles(plan);

  it('reads a glued table whose columns are 序号 / 名称 / 类型（…） / 具体内容 / 责任部门, up to the page’s 来源 line', () => {
    const text = [
      '君山片区2023年安全生产工作要点',
      '（二十五）提升救援应急能力。一是加强基层应急管理体系和能力建设。（各处室按职责分工负责） 附件：2023年片区创新机制做法及重点任务清单 附件2023年片区创新机制做法及重点任务清单序号名称类型（机制、任务等）具体内容责任部门1推进包保机制机制片区领导定期研究、推进重大隐患风险整改销号。各处室按职责分工负责2消防安全网格化管理机制完善基层消防安全体系。政法综治处 来源：平潭综合实验区君山片区管理局 附件下载',
    ].join('\n');
    const plan = parsePlanText(text);
    const read = plan.tasks.filter((t) => t.assignments.length > 0);
    expect(read.map((t) => [t.number, t.text.slice(0, 8)])).toEqual([
      ['二十五-1', '提升救援应急能力'],
      ['1', '推进包保机制机制'],
      ['2', '消防安全网格化管'],
    ]);
    // The item the body ended with keeps its own clause: the attachment's table is no part of it.
    expect(read.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['responsible:各处室'],
      ['responsible:各处室'],
      ['responsible:政法综治处'],
    ]);
    expect(plan.diagnostics.some((d) => d.code === 'plan-truncated')).toBe(false);
  });

  it('joins a label printed alone to a value that prints its own colon (`牵头单位` / `：市林业局`)', () => {
    const plan = parsePlanText(
      '大造阔叶树行动方案\n（一）现有桉树林改造\n任务重点：\n每年至少改造桉树林2万亩。\n牵头单位\n：市林业局\n责任单位：\n各县（区）人民政府（管委会）\n配合单位：\n市财政局、市水利局',
    );
    expect(units(plan)).toEqual([
      ['lead:市林业局', 'responsible:各县（区）人民政府（管委会）', 'cooperate:市财政局', 'cooperate:市水利局'],
    ]);
  });

  it('reads a bracket a PDF copy broke over lines (`…每年负责` / `1000` / `亩），`) as no clause', () => {
    const plan = parsePlanText(
      '大造阔叶树行动方案\n（三）沿海石头山改造\n任务重点：\n每年至少完成2000亩（其中市振兴乡村集团每年负责\n1000\n亩），同时，矿山复绿任务也要安排在三年内基本完成。\n牵头单位：市林业局\n（四）花化彩化提升\n任务重点：\n每年至少改造2000亩。\n牵头单位：市住建局',
    );
    expect(plan.tasks.map((t) => [t.number, t.text.includes('矿山复绿'), units(plan)[plan.tasks.indexOf(t)]])).toEqual([
      ['三', true, ['lead:市林业局']],
      ['四', false, ['lead:市住建局']],
    ]);
  });

  it('keeps an item’s first line whose sentence a PDF copy broke before a Latin word (`…规模引入` / `10G`)', () => {
    const plan = parsePlanText(
      '2017年数字莆田工作要点\n一、提升基础设施建设水平\n（一）加快建设高水平的信息化基础设施，深入推进实施“宽带莆田”，加快全光网改造规模引入\n10G\nPON\n技术。（责任单位：市通管办牵头）基本建成覆盖全网的\nNB-IOT\n无线网络实验网。（责任单位：市各电信运营企业）',
    );
    expect(plan.tasks.map((t) => t.text.slice(0, 8))).toEqual(['加快建设高水平的', '基本建成覆盖全网']);
  });

  it('starts an item of three digits after a unit label’s value in a flattened page (`责任处室：食品处112.以…`)', () => {
    const filler = '强化食品药品安全监管，完善检验检测体系。'.repeat(12);
    const item = (n: number) =>
      `${n}.做好第${n}项工作。${filler}牵头单位：区公安局责任处室：${n % 2 ? '食品处' : '区市场监管局'}`;
    const plan = parsePlanText(
      `十三五规划分工方案 ${[108, 109, 110, 111, 112].map(item).join('')}113.做好收尾工作。（区公安局负责）`,
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.at(-1)?.unit])).toEqual([
      ['108', '区市场监管局'],
      ['109', '食品处'],
      ['110', '区市场监管局'],
      ['111', '食品处'],
      ['112', '区市场监管局'],
      ['113', '区公安局'],
    ]);
  });

  it('reads the lead rule `责任单位排第一的为市级牵头单位`', () => {
    const plan = parsePlanText(
      '城乡建设品质提升实施方案\n1.老城更新样板。推进老城区有机更新。\n〔责任单位：市住建局、财政局、发改委。责任单位排第一的为市级牵头单位〕\n2.集镇环境整治。\n〔责任单位：市城管局、住建局〕',
    );
    expect(units(plan)).toEqual([
      ['lead:市住建局', 'responsible:财政局', 'responsible:发改委'],
      ['lead:市城管局', 'responsible:住建局'],
    ]);
  });

  it('joins a quantity broken from its measure and the sentence around it (`…最迟` / `5` / `小时内…`)', () => {
    const plan = parsePlanText(
      '政务公开工作要点\n1.做好突发事件信息发布。严格执行特别重大、重大突发事件最迟\n5\n小时内发布权威信息、\n24\n小时内举行新闻发布会的时限要求。（市政府办负责）\n2.加强政务公开平台建设。（市政府办负责）',
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(plan.tasks[0]?.text).toContain('最迟5小时内发布权威信息、24小时内举行');
  });
});

describe('parsePlanText on the labels and notes of set 49', () => {
  it('reads the label `负责科室` in a closing bracket', () => {
    const plan = parsePlanText(
      '统计局政务公开工作实施方案\n1、加强官方网站建设和管理。\n充分发挥门户网站作用。（负责科室：数据管理中心、办公室）\n2、提高政务公开机构建设水平。\n充实工作力量。（负责科室：办公室）',
    );
    expect(roles(plan)).toEqual([['responsible:数据管理中心', 'responsible:办公室'], ['responsible:办公室']]);
  });

  it('carries the note `以下均需X负责，不再列出` to the later tasks', () => {
    const plan = parsePlanText(
      '人工影响天气工作方案\n（一）提升监测预警能力\n建设监测站网。\n市气象局，各县（区）政府（管委会）按职责分工负责。以下均需各县（区）政府（管委会）负责，不再列出\n（二）夯实业务指挥能力\n建设指挥平台。\n市气象局负责。',
    );
    expect(unitsOf(plan)).toEqual([
      ['市气象局', '各县（区）政府（管委会）'],
      ['市气象局', '各县（区）政府（管委会）'],
    ]);
  });
});

describe('parsePlanText on tables a PDF copy spelled a character a line (set 48)', () => {
  it('splits two header words spelled one after the other (`责` `任` `单` `位` `工` `作` `要` `求`), also with blanks', () => {
    const table = (header: string) =>
      parsePlanText(
        `三明市2018年政务公开工作主要任务分解表\n${header}\n一、着力加强公开解读回应工作\n1.\n推进决策公开\n市政府办\n市政府各部门\n做好决策公开。\n2.\n推动监管信息公开\n市工商局\n市政府各部门\n各级各部门要公布随机抽查事项清单。`,
      ).tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)]);
    const expected = [
      ['1', ['lead:市政府办', 'responsible:市政府各部门']],
      ['2', ['lead:市工商局', 'responsible:市政府各部门']],
    ];
    expect(table('工\n作\n任\n务\n牵头单位\n责\n任\n单\n位\n工\n作\n要\n求')).toEqual(expected);
    expect(table('工\n作   任   务\n牵头单位\n责\n任  单  位\n工\n作\n要\n求')).toEqual(expected);
  });
});

describe('parsePlanText on a table a page flattened with blanks between its cells (set 51)', () => {
  it('reads the unit cells between a row’s task and its requirement as the task’s units', () => {
    const plan = parsePlanText(
      [
        '农村发展局2016年政务公开工作主要任务分解表',
        '（一）进一步推进权力清单和责任清单公开',
        '1.全面公开区管委会工作部门权力清单和责任清单 区行政审批局 综合处牵头，各处配合落实 通过政府门户网站集中展示，及时动态更新。',
        '2.依法公开随机抽查事项清单 综合处牵头 明确抽查依据、主体、内容、方式，及时公布抽查结果和查处情况。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['1', ['lead:区行政审批局', 'lead:综合处', 'cooperate:各处']],
      ['2', ['lead:综合处']],
    ]);
    expect(plan.tasks[0]?.text).toContain('通过政府门户网站集中展示');
  });

  it('finds the unit cell of a row as an inline clause (`分别牵头落实` included)', () => {
    // (The signature after a page's last unit list is no unit cell: see pingtan-suping-2023-renju-plan
    // in the corpus.)
    const inline = (text: string) =>
      findClauses(text)
        .filter((c) => c.inline === true)
        .map((c) => c.inner);
    expect(inline('推进监管执法信息公开 各处、单位分别牵头落实 推进产品质量等方面的监管执法信息公开。')).toEqual([
      '各处、单位分别牵头落实',
    ]);
  });
});

describe('parsePlanText on a project list printed one cell per line (set 43)', () => {
  const list = (rows: string[]) =>
    parsePlanText(['任务和项目清单', '行动名称', '序号', '项目名称', '牵头', '单位', '责任单位', ...rows].join('\n'));

  it('reads a project named like a unit after its number as the task (`企业院士工作站`, `高新技术企业` / `培育`)', () => {
    const plan = list([
      '创新链和资金链融合行动',
      '1',
      '绿色技术银行',
      '市科技局',
      '市金融办',
      '创新链和人才链融合行动',
      '2',
      '企业院士工作站',
      '市科协',
      '市委人才办',
      '3',
      '高新技术企业',
      '培育',
      '市科技局',
      '各县（区）政府（管委会）',
    ]);
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['1', ['lead:市科技局', 'responsible:市金融办']],
      ['2', ['lead:市科协', 'responsible:市委人才办']],
      ['3', ['lead:市科技局', 'responsible:各县（区）政府（管委会）']],
    ]);
    expect(plan.tasks.map((t) => t.text)).toEqual([
      '创新链和资金链融合行动：绿色技术银行',
      '创新链和人才链融合行动：企业院士工作站',
      '高新技术企业：培育',
    ]);
  });

  it('reads no unit as a task after a number out of sequence (a value, `0`)', () => {
    const plan = list([
      '1',
      '油菜面积',
      '0',
      '县农业农村局',
      '市农业农村局',
      '2',
      '粮食总产量',
      '县农业农村局',
      '市农业农村局',
    ]);
    expect(plan.tasks.map((t) => t.text)).not.toContain('县农业农村局');
  });
});

describe('parsePlanText on the last check of the twelfth session (set 53)', () => {
  it('starts an item glued after a section heading that holds a comma (`一、突出重点，完善…机制（一）加强…`)', () => {
    const filler = '推进软件正版化工作制度建设，完善职责分工、软件采购、软件管理等关键环节相关制度。'.repeat(6);
    const plan = parsePlanText(
      `软件正版化工作实施方案 一、突出重点，完善推进软件正版化长效机制（一）加强软件正版化工作推动机制。${filler}（区市场监督管理局牵头）（二）完善考核评议制度。${filler}（区市场监督管理局牵头）二、明确任务，合力推进软件正版化目标任务（三）巩固政府机关软件正版化工作成果。${filler}（区市场监督管理局牵头）（四）继续开展国有企业软件正版化工作。${filler}（区国资局牵头）`,
    );
    expect(plan.tasks.map((t) => [t.number, t.text.slice(0, 6)])).toEqual([
      ['一', '加强软件正版'],
      ['二', '完善考核评议'],
      ['三', '巩固政府机关'],
      ['四', '继续开展国有'],
    ]);
  });

  it('keeps a company whose name holds 股份 whole (`福建恒源供水股份有限公司`)', () => {
    expect(splitCleanUnits('市自然资源局、福建恒源供水股份有限公司').units.map((u) => u.unit)).toEqual([
      '市自然资源局',
      '福建恒源供水股份有限公司',
    ]);
  });
});

describe('parsePlanText on set 54', () => {
  it('reads a bracket whose unit list a PDF copy broke over lines after its separators', () => {
    const plan = parsePlanText(
      '节能减排综合工作实施方案\n（一）重点行业绿色转型升级工程。\n推进节能降碳改造。\n〔各县（区）人民政府（管委会），市工信局、生态环境局、\n市\n通信管理办等按职责分工负责〕\n（二）园区节能环保提升工程。\n推进园区改造。\n（市发改委、工信局等按职责分工负责）',
    );
    expect(unitsOf(plan)).toEqual([
      ['各县（区）人民政府（管委会）', '市工信局', '生态环境局', '市通信管理办'],
      ['市发改委', '工信局'],
    ]);
  });

  it('closes the names before 等 also where 及 follows (`水务集团等市直有关单位及各县（区）政府`)', () => {
    const read = splitCleanUnits('市园林局、水务集团等市直有关单位及各县（区）政府（管委会）');
    expect(read.units.map((u) => u.unit)).toEqual(['市园林局', '水务集团', '各县（区）政府（管委会）']);
    expect(read.etAl).toBe(true);
  });
});

describe('parsePlanText on sets 56 and 57', () => {
  it('reads a label that names its column in a bracket (`配合处室（单位）：`) glued after the units before it', () => {
    expect(
      readClause('责任处室：党群工作处、政法综治处配合处室（单位）：各相关处室、机关党委').assignments.map(
        (a) => `${a.role}:${a.unit}`,
      ),
    ).toEqual(['responsible:党群工作处', 'responsible:政法综治处', 'cooperate:各相关处室', 'cooperate:机关党委']);
    expect(findClauses('开展法治宣传服务。责任处室：党群工作处配合处室（单位）：机关党委').map((c) => c.inner)).toEqual(
      ['责任处室：党群工作处配合处室（单位）：机关党委'],
    );
  });

  it('starts an item glued after a labelled time limit in a flattened page (`完成时限：6月25日前（二）开展…`)', () => {
    const item = (n: string, d: number) =>
      `（${n}）开展安全生产宣传活动${'充分利用本单位宣传载体，传播安全生产理念。'.repeat(12)}责任处室：办公室完成时限：6月${d}日前`;
    const plan = parsePlanText(
      `2021年安全生产月活动方案 ${item('一', 15)}${item('二', 20)}${item('三', 25)}${item('四', 28)}`,
    );
    expect(plan.tasks.map((t) => [t.number, t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind])).toEqual([
      ['一', '2021-06-15'],
      ['二', '2021-06-20'],
      ['三', '2021-06-25'],
      ['四', '2021-06-28'],
    ]);
  });

  it('keeps an item’s heading with its first task where running text follows it', () => {
    const plan = parsePlanText(
      '打赢蓝天保卫战实施方案\n（一）优化产业布局。\n完成生态保护红线、环境质量底线、资源利用上线、生态环境准入清单编制工作，明确禁止和限制发展的行业。\n（市生态环境局牵头）\n加大区域产业布局调整力度。加快城市建成区重污染企业搬迁改造。\n（市工信局牵头）',
    );
    expect(plan.tasks.map((t) => t.text.slice(0, 6))).toEqual(['优化产业布局', '加大区域产业']);
  });
});

describe('parsePlanText on a number with nothing but labels under it', () => {
  it('reads no task from a number whose only line is a label (`2.` / `责任单位：市税务局`)', () => {
    const plan = parsePlanText(
      '工作方案\n1.推进公开。（市财政局负责）\n2.\n责任单位：市税务局\n3.做好解读。（市政府办负责）',
    );
    expect(plan.tasks.map((t) => [t.number, t.text])).toEqual([
      ['1', '推进公开。'],
      ['3', '做好解读。'],
    ]);
  });
});

describe('parsePlanText on sets 62 to 65', () => {
  // The project table attached to 莆政办〔2023〕18号 as its page prints it: one cell per line, the
  // header broken inside its words (`策划` / `单位`, `项目建设` / `日期（预计）`), names and years
  // broken over lines (`市农业` / `农村局`, `仙游县` / `政府`, `202` / `3` / `年`).
  const projects = [
    '附件',
    '莆田市数字战略策划项目表',
    '序号',
    '项目名称',
    '投资额',
    '（亿元）',
    '所属',
    '辖区',
    '策划',
    '单位',
    '牵头部门',
    '建设内容及规模',
    '项目建设',
    '日期（预计）',
    '1',
    '莆田市智慧',
    '农业项目',
    '0.11',
    '莆田市',
    '莆田市农业农村局',
    '市农业农村局',
    '推进大田种植、设施园艺农业物联网等新技术新装备应用。',
    '202',
    '3',
    '年',
    '2',
    '仙游县应急广播体系建设（续建）',
    '0.2',
    '仙游县',
    '仙游县文化体育和旅游局',
    '仙游县',
    '政府',
    '完成仙游辖区内131个行政村广播终端建设。',
    '2024年',
  ].join('\n');

  it('reads a project table whose header and cells a copy broke inside their words', () => {
    const plan = parsePlanText(`莆田市数字战略行动方案（2023-2025年）\n${projects}`);
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.text.slice(0, 8),
        t.assignments.map((a) => `${a.role}:${a.unit}`),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      ['1', '莆田市智慧农业项', ['lead:市农业农村局'], '2023-12-31'],
      ['2', '仙游县应急广播体', ['lead:仙游县政府'], '2024-12-31'],
    ]);
  });

  it('gives the units of `以下均需X落实，不再列出` at the end of a label line to the later tasks only', () => {
    const plan = parsePlanText(
      '数字战略行动方案\n一、重点任务\n1．推进政府工作。加快建设。\n牵头单位：\n市数字办\n责任单位：市直有关部门，各县（区）政府（管委会），以下均需县（区）政府（管委会）落实，不再列出\n2．推进基层治理。深入实施。\n牵头单位：市委政法委\n责任单位：市公安局',
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['1', ['市数字办', '市直有关部门', '各县（区）政府（管委会）']],
      ['2', ['市委政法委', '市公安局', '县（区）政府（管委会）']],
    ]);
  });

  it('does not give the body’s note on later tasks to the rows of a table attached after the body', () => {
    const plan = parsePlanText(
      `数字战略行动方案\n一、重点任务\n1．推进政府工作。加快建设。\n责任单位：市数字办，以下均需县（区）政府落实，不再列出\n2．推进基层治理。深入实施。\n责任单位：市委政法委\n${projects}`,
    );
    expect(unitsOf(plan)).toEqual([['市数字办'], ['市委政法委', '县（区）政府'], ['市农业农村局'], ['仙游县政府']]);
  });

  it('reads a duty table whose header the cell stream would end inside a word (`普法责任` / `主体`)', () => {
    const plan = parsePlanText(
      [
        '附件2：莆田市应急管理局2020年普法责任清单',
        '序号',
        '普法内容',
        '（普及的法律法规）',
        '普法责任',
        '主体',
        '普法对象',
        '载体阵地',
        '普法方式',
        '普法节点',
        '1',
        '《中华人民共和国宪法》',
        '法规科牵头，各科室、事业单位分工负责。',
        '1、机关工作人员；',
        '2、社会大众。',
        '微信、微博、网站、宣传册等',
        '发放宣传材料、开展专题学习等',
        '“12·4宪法宣传日”等活动集中进行宣传。',
        '2',
        '《中华人民共和国突发事件应对法》',
        '救援科牵头，各科室、事业单位分工负责。',
        '1、机关工作人员；',
        '2、社会大众。',
        '微信、微博、网站、宣传册等',
        '发放宣传材料、集中学习等',
        '“5.12”防灾减灾日集中进行宣传。',
      ].join('\n'),
    );
    expect(
      plan.tasks.map((t) => [t.number, t.text.slice(0, 8), t.assignments.map((a) => `${a.role}:${a.unit}`)]),
    ).toEqual([
      ['1', '《中华人民共和国', ['lead:法规科', 'responsible:各科室', 'responsible:事业单位']],
      ['2', '《中华人民共和国', ['lead:救援科', 'responsible:各科室', 'responsible:事业单位']],
    ]);
  });

  it('leaves the signature and its date out of the last clause of a page flattened onto one line', () => {
    const plan = parsePlanText(
      '（四）深化行政审批制度改革。 责任单位：农村发展局牵头，行政审批局配合 （五）推进行政服务标准化建设，构建新机制。 责任单位：行政审批局牵头，农村发展局配合 平潭综合实验区管委会办公室 2016年8月1日印发 来源：平潭综合实验区管委会办公室 附件下载',
    );
    const last = plan.tasks[plan.tasks.length - 1];
    expect(last?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual(['lead:行政审批局', 'cooperate:农村发展局']);
    expect(last?.deadline.kind).toBe('none');
    // (The first name after the label stays: `责任单位：区财政金融局 平潭综合实验区党工委 … 2018年9月20日`.)
    expect(
      readClause('责任单位：区财政金融局 平潭综合实验区党工委 平潭综合实验区管委会 2018年9月20日').assignments.map(
        (a) => a.unit,
      ),
    ).toEqual(['区财政金融局']);
  });

  it('reads 推进单位 and 牵头推进单位 as labels, and labels naming their column in a bracket', () => {
    expect(
      readClause('牵头单位：区交通与建设局。推进单位：各片区开发管理局、区规划局').assignments.map(
        (a) => `${a.role}:${a.unit}`,
      ),
    ).toEqual(['lead:区交通与建设局', 'responsible:各片区开发管理局', 'responsible:区规划局']);
    expect(readClause('牵头推进单位：区交通与建设局、区规划局').assignments.map((a) => a.role)).toEqual([
      'lead',
      'lead',
    ]);
    expect(
      readClause('责任处室（单位）：局整治办、交通与建设处').assignments.map((a) => `${a.role}:${a.unit}`),
    ).toEqual(['responsible:局整治办', 'responsible:交通与建设处']);
  });

  it('reads 分办 as the role of the units before it, but not in a list of duties (`交办、分办、督办`)', () => {
    expect(readClause('市局食流科牵头，各县级局分办').assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'lead:市局食流科',
      'responsible:各县级局',
    ]);
    const plan = parsePlanText(
      '河长制工作要点\n1.提升河长办工作能力。强化河长办组织、协调、交办、分办、督办职能职责。（市河长办牵头，各成员单位参与）',
    );
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual(['市河长办', '各成员单位']);
  });

  it('reads no unit from `分级负责` (`自然灾害救助实行属地管理、分级负责`)', () => {
    const plan = parsePlanText(
      '社会救助实施方案\n三、健全受灾人员救助制度\n自然灾害救助实行属地管理、分级负责。各乡镇人民政府要建立健全自然灾害救助制度。（责任单位：区社会事业局、各乡镇人民政府）',
    );
    expect(unitsOf(plan)).toEqual([['区社会事业局', '各乡镇人民政府']]);
  });
});

describe('parsePlanText on sets 66 to 69', () => {
  it('reads 主办单位 / 参办单位 / 承办科室 lines as labels, not as a page footer', () => {
    const plan = parsePlanText(
      '任务分解\n1、强化对社保基金的监管，维护资金安全。\n主办单位：市劳动局等单位；参办单位：市审计局等单位；承办科室：局社会保障审计科、行政事业审计科。\n2、继续治理教育乱收费。\n主办单位：市教育局；参办单位：市审计局等单位；承办科室：局行政事业审计科。\n主办单位：莆田市人民政府办公室',
    );
    expect(roles(plan)).toEqual([
      ['lead:市劳动局', 'cooperate:市审计局', 'responsible:局社会保障审计科', 'responsible:行政事业审计科'],
      ['lead:市教育局', 'cooperate:市审计局', 'responsible:局行政事业审计科'],
    ]);
  });

  it('reads a table of two columns, 工作任务 and 落实单位, over numbered rows under group headings', () => {
    const plan = parsePlanText(
      '2014年市政府下达任务分解表\n工作任务\n落实单位\n一、积极稳妥推进城乡一体化\n1．稳步推进城市综合管理试点工作，提高市政设施完好率\n市城管办\n2．继续推进交通、内河、“两违”三项整治\n市渣土办、各区（管委会）执法局\n二、推进生态文明建设\n1．推广生活垃圾分类，建设餐厨垃圾处理设施\n市环卫处、市生物质管理处',
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.assignments.map((a) => a.unit)])).toEqual([
      ['稳步推进城市', ['市城管办']],
      ['继续推进交通', ['市渣土办', '各区（管委会）执法局']],
      ['推广生活垃圾', ['市环卫处', '市生物质管理处']],
    ]);
  });

  it('reads a 牵头责任部门 label alone on its line, and a campaign period broken over two lines as every task’s limit', () => {
    const plan = parsePlanText(
      '安全生产百日攻坚促提升行动方案\n三、时间安排\n即日起至\n2019年2月底\n四、重点工作\n（一）宣贯落实党政领导干部安全生产责任制。\n组织党政领导干部进行系统学习。\n牵头责任部门：\n各县（区）人民政府（管委会），市安委会成员单位。\n（二）建立健全新业态安全监管工作机制。\n制定细化新业态安全生产监管工作机制。\n牵头责任部门：\n市经信委、市公安局。',
    );
    expect(
      plan.tasks.map((t) => [
        t.assignments.map((a) => `${a.role}:${a.unit}`),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      [['lead:各县（区）人民政府（管委会）', 'lead:市安委会成员单位'], '2019-02-28'],
      [['lead:市经信委', 'lead:市公安局'], '2019-02-28'],
    ]);
  });

  it('reads 按职责分工 closing a bracket, but anchors no clause on it in running text', () => {
    expect(readClause('区资源生态局、平潭海关按职责分工').assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'responsible:区资源生态局',
      'responsible:平潭海关',
    ]);
    expect(findClauses('各成员单位按照职责分工，向牵头单位提出会议议题。')).toEqual([]);
  });

  it('starts the next item glued after a time limit said in words (`…常态化实施十、支持…`)', () => {
    // (Set 66's copy of 岚综管办〔2019〕61号: a page flattened onto one line, labels run together.)
    const plan = parsePlanText(readFileSync(join(FIXTURES, 'pingtan-2019-haiguan-shiertiao-division.txt'), 'utf8'));
    expect(plan.tasks.map((t) => t.number)).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
      '九',
      '十',
      '十一',
      '十二',
    ]);
    expect(plan.tasks[9]?.assignments.filter((a) => a.role === 'lead').map((a) => a.unit)).toEqual([
      '区办公室（政策法规处）',
      '区口岸办',
    ]);
  });

  it('keeps a table row’s units whole where a note on later rows follows them in the cell', () => {
    const plan = parsePlanText(
      [
        '三明市生态产品价值实现机制工作重点任务分工表',
        '序号',
        '重点任务',
        '建设内容',
        '完成时限',
        '牵头单位',
        '责任单位',
        '（一）',
        '加快推进自然资源统一确权登记',
        '1.开展年度国土变更调查工作，推进各部门自然资源管理数据底数统一。',
        '2025年',
        '市自然资源局',
        '市林业局、水利局；各县（市、区）政府。〔以下任务均需各县（市、区）政府落实,不再一一列出〕',
        '（二）',
        '开展生态产品信息普查',
        '2.全面开展全市生态产品基础信息调查，形成生态产品清单。',
        '2023年',
        '市发改委',
        '市统计局',
      ].join('\n'),
    );
    expect(roles(plan)).toEqual([
      ['lead:市自然资源局', 'responsible:市林业局', 'responsible:水利局', 'responsible:各县（市、区）政府'],
      ['lead:市发改委', 'responsible:市统计局', 'responsible:各县（市、区）政府'],
    ]);
  });
});

describe('parsePlanText on a heading closed by one clause after its last sub-item', () => {
  it('reads the heading as one task where none of its sub-items names a unit and one bracket ends the last', () => {
    const plan = parsePlanText(
      '三、主要任务\n（一）合理配置医疗资源，打好基础\n1.科学编制卫生事业发展规划。（1）结合总体规划，科学编制规划。（2）调整医疗机构设置规划。\n2.加快医疗资源建设。（1）加快协和医院建设。\n3.大力扶持社区资本办医。吸引社会资本来岚投资建设。（责任单位：区社会事业局、医改办）\n（二）深化医院管理制度改革\n1.成立公立医院管理委员会。\n2.落实公立医院独立法人地位。（责任单位：区社会事业局）',
    );
    expect(plan.tasks.map((t) => [t.number, t.text.slice(0, 8), t.assignments.map((a) => a.unit)])).toEqual([
      ['一', '合理配置医疗资源', ['区社会事业局', '医改办']],
      ['二', '深化医院管理制度', ['区社会事业局']],
    ]);
  });

  it('reads a bare label after the last sub-item as the heading’s only where no heading beside it labels a sub-item before its last', () => {
    const item = (n: string, name: string, label: string) =>
      `（${n}）“互联网+”${name}\n1．行动目标。大力发展${name}。\n2．主要任务。鼓励${name}企业落地。${label}`;
    const closed = parsePlanText(
      `“互联网+”行动计划\n一、重点行动\n${item('一', '高技术产业', '牵头单位：区经发局，配合单位：数字办')}\n${item('二', '现代农业', '牵头单位：区农村发展局，配合单位：区经发局')}\n二、保障措施\n加强组织领导。`,
    );
    expect(closed.tasks.map((t) => [t.number, t.assignments.map((a) => a.unit)])).toEqual([
      ['一', ['区经发局', '数字办']],
      ['二', ['区农村发展局', '区经发局']],
    ]);
    // (`4.…责任部门：X` / `5.…责任部门：Y`: labels after sub-items; `3.…责任部门：Z` names 1–3's units each.)
    const duties = parsePlanText(
      '强基础促提升实施方案\n（一）坚持思想先行强根基\n1.理论武装头脑。\n2.学习时代楷模。\n3.强化纪规警示。责任部门：党群工作处\n（二）完善制度建设促规范\n4.以人为本，树牢选人用人导向。责任部门：党群工作处\n5.建章立制，促进内部规范管理。责任部门：党政办公室',
    );
    expect(duties.tasks.map((t) => t.number)).not.toContain('一');
  });
});

describe('parsePlanText on sets 70 to 73', () => {
  it('reads a label naming two kinds of unit (`责任处室或单位：`)', () => {
    expect(
      readClause('责任处室或单位：资源生态处、政法综治处、各村').assignments.map((a) => `${a.role}:${a.unit}`),
    ).toEqual(['responsible:资源生态处', 'responsible:政法综治处', 'responsible:各村']);
  });

  it('reads a table of places, each with a figure, a month in figures and a supervising unit given no role', () => {
    const plan = parsePlanText(
      [
        '附件1',
        '三明市2022年农村“千人以下”水源地保护范围划定任务表',
        '序号',
        '县（市、区）',
        '划定任务数',
        '（个）',
        '完成时限',
        '责任单位',
        '监督单位',
        '1',
        '三元区',
        '158',
        '2022.9',
        '三元区政府',
        '市生态环境局',
        '2',
        '沙县区',
        '224',
        '2022.12',
        '沙县区政府',
        '市生态环境局',
      ].join('\n'),
    );
    expect(
      plan.tasks.map((t) => [
        t.text,
        t.assignments.map((a) => `${a.role}:${a.unit}`),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      ['三元区', ['responsible:三元区政府'], '2022-09-30'],
      ['沙县区', ['responsible:沙县区政府'], '2022-12-31'],
    ]);
  });
});

describe('parsePlanText on sets 74 to 77', () => {
  it('reads a heading as one task also where its last sub-item has sub-items of its own, closed by one label', () => {
    const plan = parsePlanText(
      '投资工程包的若干意见\n二、重点领域\n（一）易地扶贫搬迁工程包，全年力争完成投资3.3亿元\n1.投资重点实施搬迁群众住房建设。\n2.主要措施\n（1）用好用足地方政府债券。\n（2）采取搬迁集中安置与分散安置相结合。\n牵头部门：区流水片区开发管理局推进单位：区国有资产投资集团有限公司\n（二）城市公共停车场工程包，全年力争完成投资0.5亿元\n1.投资重点在老城区规划建设一批公共停车场。\n2.主要措施\n（1）进一步创新建设运营模式。\n（2）争取国家专项建设基金支持。\n牵头部门：区交通与建设局推进单位：区交通投资集团有限公司\n三、保障措施\n加强组织领导。',
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['一', ['lead:区流水片区开发管理局', 'responsible:区国有资产投资集团有限公司']],
      ['二', ['lead:区交通与建设局', 'responsible:区交通投资集团有限公司']],
    ]);
  });

  it('splits `X及其他相关部门` at 及 but keeps `X及其所属单位` whole', () => {
    expect(splitCleanUnits('市交通运输局及其他相关部门').units.map((u) => u.unit)).toEqual([
      '市交通运输局',
      '其他相关部门',
    ]);
    expect(splitCleanUnits('各乡镇及其所辖社区').units.map((u) => u.unit)).toEqual(['各乡镇及其所辖社区']);
  });

  it('reads the points of an item (`一是…二是…`) each closed by its own label in a flattened page', () => {
    const plan = parsePlanText(
      `创城长效机制工作方案 一、建立长效机制 ${'4.实施街容街貌提升工程。 一是规范占道经营。落实网格化机制，划分街道区域。 责任处室：资源生态处、经济发展处 二是落实“门前三包”。以村为单位，落实主体责任。 责任单位：交通与建设处、各行政村 三是优化店招店牌。开展店招牌的监督管理工作。 责任处室：资源生态处 '}${'5.实施交通秩序专项整治工程。加强路面交通管理。 责任处室：政法综治处 '.repeat(3)}`,
    );
    const units = unitsOf(plan);
    expect(units.slice(0, 3)).toEqual([['资源生态处', '经济发展处'], ['交通与建设处', '各行政村'], ['资源生态处']]);
  });

  it('reads the articles of rules for carrying out a policy (`第五条`) as items', () => {
    const plan = parsePlanText(
      '优待工作实施细则\n第五条  建立健全优抚对象荣誉体系，强化精神褒扬和荣誉激励。\n（一）每年集中组织为入伍、退役的军人举行送迎仪式。\n（二）组织落实为烈属、军属和退役军人等家庭悬挂光荣牌。\n责任单位：市委宣传部、市退役军人事务局\n第六条  健全完善生活保障体系。\n（一）健全抚恤补助标准自然增长机制。\n（二）落实优抚对象住房优待。\n责任单位：市财政局',
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['五', ['市委宣传部', '市退役军人事务局']],
      ['六', ['市财政局']],
    ]);
  });
});

describe('parsePlanText on table rows with several unit columns', () => {
  it('reads each unit cell on its own: a role word in one cell gives no role to the units of another', () => {
    const plan = parsePlanText(
      [
        '2016年省政府工作主要任务分解表',
        '工作任务',
        '省责任单位',
        '市责任单位',
        '委责任科室',
        '一、推动产业转型升级',
        '1.落实企业兼并重组措施，支持中小企业开展兼并重组。',
        '省经信委牵头，省财政厅、国资委',
        '市经信委牵头，市财政局、国资委',
        '产权科',
      ].join('\n'),
    );
    expect(plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'lead:省经信委',
      'lead:市经信委',
      'responsible:省财政厅',
      'responsible:国资委',
      'responsible:市财政局',
      'responsible:产权科',
    ]);
  });
});

describe('parsePlanText on sets 78 to 81', () => {
  it('reads an 实施单位 label alone on its line, also where a PDF copy broke it (`实施` / `单位：`)', () => {
    const plan = parsePlanText(
      '全民阅读月实施方案\n（二）全民读书系列宣传活动\n1.开设“书香莆田”专栏。报道全民读书月活动。\n实施单位：\n市文广局、莆田广播电视台。\n2.制作、播放全民阅读公益广告。悬挂活动标语。\n实施\n单位：\n各县区组委会，市出版物发行业协会。',
    );
    expect(unitsOf(plan)).toEqual([
      ['市文广局', '莆田广播电视台'],
      ['各县区组委会', '市出版物发行业协会'],
    ]);
  });
});

describe('parsePlanText on checklists in a flattened page', () => {
  it('keeps a checklist’s points (`以下内容:1.是否…`) and a numbered unit list after its label in their item', () => {
    // (Set 65's copy of the 君山 fire-safety plan: a page flattened onto one line.)
    const plan = parsePlanText(readFileSync(join(FIXTURES, 'pingtan-junshan-2020-xiaofang-gongjian-plan.txt'), 'utf8'));
    expect(plan.tasks.map((t) => t.number)).toEqual(['一', '二', '三', '四', '五']);
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual(['经济发展处', '交通与建设处']);
  });

  it('splits a unit list numbered name by name and drops what each unit does, said in a bracket after it', () => {
    expect(
      splitCleanUnits(
        '1.经济发展处（配合区经发局开展复工复产企业排查整治）2.交通与建设处（配合区交建局开展施工工地排查整治）',
      ).units.map((u) => u.unit),
    ).toEqual(['经济发展处', '交通与建设处']);
    expect(splitCleanUnits('市财政局（国资委）').units.map((u) => u.unit)).toEqual(['市财政局（国资委）']);
  });
});

describe('parsePlanText on unit lists a PDF copy broke inside a name over three lines', () => {
  it('joins `、湄洲岛` / `管委会社会事务` / `局、` into one name of the list', () => {
    const plan = parsePlanText(
      '工作立项分解方案\n一、加快公共文化服务体系建设\n1、申报第二批国家级公共文化服务体系建设示范区。\n分管领导：罗锦枝、杨金远\n责任单位：\n机关各科室，局属各单位\n，\n各县区文体广电出版局\n、湄洲岛\n管委会社会事务\n局\n、\n北岸工委宣传部\n2、推进文化惠民工程。\n责任单位：社文科',
    );
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual([
      '机关各科室',
      '局属各单位',
      '各县区文体广电出版局',
      '湄洲岛管委会社会事务局',
      '北岸工委宣传部',
    ]);
  });
});

describe('parsePlanText on sub-items glued after a numbered heading', () => {
  it('starts a sub-item glued after its numbered heading (`1.推动…提质增效（1）巩固…`) in a flattened page', () => {
    const item = (n: number, title: string) =>
      `${n}.${title}（1）${'巩固主题教育成果，推动基层党组织学习贯彻融入日常、抓在经常。'.repeat(8)}（2）${'用好特色教学资源，推动学习教育向基层群体覆盖、向基层一线倾斜。'.repeat(4)}牵头处室：局党建人事处责任处室：局各处室、机关党支部`;
    const plan = parsePlanText(
      `2020年基层党建工作实施方案 一、总体要求 提高党建质量。二、主要任务（一）深入学习贯彻${item(1, '推动党员学习教育提质增效')}${item(2, '开展学习身边榜样活动')}${item(3, '严格落实组织生活基本制度')} 三、工作要求 加强组织领导。`,
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['1', ['局党建人事处', '局各处室', '机关党支部']],
      ['2', ['局党建人事处', '局各处室', '机关党支部']],
      ['3', ['局党建人事处', '局各处室', '机关党支部']],
    ]);
  });
});

describe('looksLikeUnit on cultural institutions', () => {
  it('reads 群众艺术馆 as a unit (群众 alone opens no unit’s name)', () => {
    const plan = parsePlanText(
      '工作立项分解方案\n7.制定构建现代公共文化服务体系的实施方案。\n牵头部门：社文科\n责任单位：广电科、艺术科，\n市博物馆、图书馆、群众艺术馆、艺术学校\n8.\n争取完成各县区三馆建设。\n牵头部门：社文科\n责任单位：广电科',
    );
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual([
      '社文科',
      '广电科',
      '艺术科',
      '市博物馆',
      '图书馆',
      '群众艺术馆',
      '艺术学校',
    ]);
  });
});

describe('parsePlanText on a table a page flattened with blanks, its unit cells last', () => {
  it('gives the trailing unit cells of each row the roles of the header’s unit columns', () => {
    // (Set 85's copy of the 2019 蓝天保卫战 task table: the page flattened onto one line.)
    const plan = parsePlanText(readFileSync(join(FIXTURES, 'pingtan-2019-lantian-baoweizhan-task-table.txt'), 'utf8'));
    expect(plan.tasks.slice(0, 2).map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['lead:区环土局', 'cooperate:区经发局', 'cooperate:各片区项目建设指挥部'],
      ['lead:区经发局', 'cooperate:区环土局', 'cooperate:市场监管局', 'cooperate:安监局'],
    ]);
  });
});

describe('parsePlanText on duties divided by units', () => {
  const assigned = (plan: ReturnType<typeof parsePlanText>) =>
    plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)]);

  it('gives the numbered duties under `（一）X、Y承担…职责` the units the heading names', () => {
    const plan = parsePlanText(
      '“法律明白人”培养工程实施方案\n一、主要目标 到2020年底培养一批“法律明白人”。\n二、责任分工\n（一）局政法综治处、辖区各司法所承担培养工程具体组织实施职责\n局政法综治处负责具体组织实施。\n1.开展“五个一”建设活动。\n2.每年组织集中轮训。\n（二）各村（居）委会承担公开遴选、培养和日常管理职责\n1.做好公开遴选工作。\n2.加强使用管理。\n三、工作要求\n（一）强化组织领导。各处室要提高站位。',
    );
    expect(assigned(plan)).toEqual([
      ['1', ['responsible:局政法综治处', 'responsible:辖区各司法所']],
      ['2', ['responsible:局政法综治处', 'responsible:辖区各司法所']],
      ['1', ['responsible:各村（居）委会']],
      ['2', ['responsible:各村（居）委会']],
    ]);
  });

  it('reads an office of the issuing body opening an item with a colon (`（一）政法综治处：指导…`) as its unit', () => {
    const plan = parsePlanText(
      '防汛能力标准化建设实施方案\n三、任务分工\n（一）政法综治处：指导修订预案，落实灾情信息员。\n（二）经济发展处：指导落实水库山塘网格员。\n（三）交通与建设处：指导落实危旧房屋网格员。',
    );
    expect(assigned(plan)).toEqual([
      ['一', ['responsible:政法综治处']],
      ['二', ['responsible:经济发展处']],
      ['三', ['responsible:交通与建设处']],
    ]);
  });

  it('does not read a count of things (`3.一场所：清扫…`) as an office', () => {
    const plan = parsePlanText(
      '环境卫生整治清单\n一、村委会做到“五个一”\n1.一条路：彻底清扫村庄主街主路。\n2.一挂钩：区直单位挂钩村。\n3.一场所：清扫整理村委会、文化活动中心。',
    );
    expect(plan.tasks).toEqual([]);
  });

  it('reads the duties under `明确职责分工` that open with their units where no item names units otherwise (`要牵头` gives lead)', () => {
    const plan = parsePlanText(
      '春运工作方案\n一、工作目标 确保春运安全有序。\n二、明确职责分工\n（一）片区春运办公室负责掌握春运期间有关信息。\n（二）党群工作处要加强对民俗活动的监管。\n（三）社会事业处要牵头做好疫情防控工作。\n（四）辖区各派出所在春运期间要加强执法力度。\n三、工作要求 各处室要加强值班值守。',
    );
    expect(assigned(plan)).toEqual([
      ['一', ['responsible:片区春运办公室']],
      ['二', ['responsible:党群工作处']],
      ['三', ['lead:社会事业处']],
      ['四', ['responsible:辖区各派出所']],
    ]);
    // (The duty keeps its unit and verb as printed.)
    expect(plan.tasks[1]?.text).toBe('党群工作处要加强对民俗活动的监管。');
  });

  it('reads such duties where the plan’s items name their units by labels only under a heading dividing duties', () => {
    const plan = parsePlanText(
      '专项整治工作方案\n一、整治任务\n（一）宣传发动。开展宣传。责任单位：区党工委宣传部、各乡镇\n（二）全面整治。开展整治。责任单位：区综合执法局\n二、职责分工\n（一）区公安局负责做好维稳工作。\n（二）区社会事业局要严格履行主管部门职责。\n三、工作要求\n（一）区财政局要保障经费。\n（二）各乡镇要加强宣传。',
    );
    expect(assigned(plan)).toEqual([
      ['一', ['responsible:区党工委宣传部', 'responsible:各乡镇']],
      ['二', ['responsible:区综合执法局']],
      ['一', ['responsible:区公安局']],
      ['二', ['responsible:区社会事业局']],
    ]);
  });
});

describe('parsePlanText on the attachments after a plan', () => {
  it('makes no task of an attachment’s items that name no unit (templates, lists, standards)', () => {
    const plan = parsePlanText(
      '包保工作方案\n三、实施步骤\n（一）成立工作专班\n1.成立专班。（责任单位：政法综治处）\n2.建立台账。（责任单位：各处室）\n（二）组织培训\n1.开展轮训。（责任单位：各村（社区））\n2.督导工作程序。开展督导。（责任单位：各处室）附件：\n1.包保工作流程\n2.责任清单（模板）\n附件2\n责任清单\n1.督促建立健全进货查验制度。\n2.督促建立健全食品安全追溯体系。',
    );
    expect(plan.tasks.map((t) => t.text)).toEqual([
      '成立专班。',
      '建立台账。',
      '开展轮训。',
      '督导工作程序。开展督导。',
    ]);
    expect(plan.diagnostics.filter((d) => d.code === 'task-no-units')).toEqual([]);
  });

  it('keeps an attachment’s task table, whose rows name their units', () => {
    const plan = parsePlanText(
      '工作方案\n一、主要任务\n（一）加强宣传。开展宣传。（责任单位：区委宣传部）\n附件：\n重点任务清单\n| 序号 | 工作任务 | 责任单位 |\n| 1 | 完成台账建设 | 区市场监管局 |\n| 2 | 开展专项检查 | 区公安局 |',
    );
    expect(unitsOf(plan)).toEqual([['区委宣传部'], ['区市场监管局'], ['区公安局']]);
  });
});

describe('parsePlanText on steps whose titles close with their time limit', () => {
  it('reads `（10月底前）` closing a step’s title as its deadline, and a heading’s for the tasks below it', () => {
    const plan = parsePlanText(
      '2022年包保工作方案\n三、实施步骤\n（一）成立领导小组（10月底前）成立以分管领导为组长的领导小组。（责任单位：政法综治处）\n（二）摸清包保干部范围（11月20日前）\n1.县级包保干部范围。包保B级主体。（责任单位：片区食安办）\n2.乡级包保干部范围。包保C级主体。（责任单位：各处室）\n（三）组织培训（11月开始）开展轮训。（责任单位：各村（社区））',
    );
    expect(plan.tasks.map((t) => [t.number, t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind])).toEqual([
      ['一', '2022-10-31'],
      ['二-1', '2022-11-20'],
      ['二-2', '2022-11-20'],
      ['三', 'none'],
    ]);
  });

  it('takes no deadline from a bracket inside a document’s title in 《》 or from an edition', () => {
    const plan = parsePlanText(
      '2016年法治政府建设工作要点\n一、深入贯彻落实《法治政府建设实施纲要（2015－2020年）》。（市法制办负责）\n二、执行公共服务标准（2025年版）要求。（市发改委负责）',
    );
    expect(plan.tasks.map((t) => t.deadline.kind)).toEqual(['none', 'none']);
  });
});

describe('parsePlanText on a plan whose numbered duties open with their units', () => {
  it('reads them under any heading but the plan’s requirements, where no item names units otherwise', () => {
    const plan = parsePlanText(
      '宣传工作方案\n一、工作目标 营造浓厚氛围。\n二、具体安排\n（一）局办公室负责用好机关LED屏、广告栏。\n（二）各所出资企业要利用各自宣传阵地。\n（三）党政办公室筹备工作组根据旱情发展提供资金保障。\n（四）片区防汛办及时了解掌握旱情变化。\n三、工作要求\n（一）各单位要高度重视。\n（二）科学应对，做好应急防范工作。',
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['一', ['局办公室']],
      ['二', ['各所出资企业']],
      ['三', ['党政办公室筹备工作组']],
      ['四', ['片区防汛办']],
    ]);
  });
});

describe('parsePlanText on a notice whose attachment is a task table one cell per line', () => {
  const input = [
    '关于印发2016年度政务公开工作主要任务分解表的通知',
    '一、加强组织领导。建立局办公室牵头、各科室（单位）各负其责的工作机制。（责任单位：各科室（单位））',
    '二、细化工作任务。各牵头单位要落实牵头主抓责任。',
    '三、加强督查考评。前三季度落实情况分别于9月5日前报送局办公室。',
    '附件：莆田市海洋与渔业局201',
    '6',
    '年政务公开工作主要任务分解表',
    '莆田市海洋与渔业局',
    '201',
    '6',
    '年',
    '7月4日',
    '工作任务',
    '责任单位',
    '工作要求',
    '一、围绕深化改革推进公开',
    '（一）进一步推进权力清单和责任清单公开',
    '1.全面公开部门权力清单和责任清单',
    '规划法规监督科牵头、资源环保科、执法支队配合',
    '通过门户网站集中展示，及时动态更新。',
    '2.部门取消、下放、保留行政审批等事项的公开',
    '重点公开保留的行政许可事项清单。',
    '（二）推进政务服务公开',
    '3.推进“互联网＋政务”',
    '局办公室牵头、各单位配合',
    '推动政务服务事项办理向网上延伸。',
  ].join('\n');

  it('reads the table’s rows as tasks, not as the text of the notice’s last item', () => {
    const plan = parsePlanText(input);
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['加强组织领导', ['responsible:各科室（单位）']],
      ['细化工作任务', []],
      ['加强督查考评', []],
      ['全面公开部门', ['lead:规划法规监督科', 'cooperate:资源环保科', 'cooperate:执法支队']],
      ['部门取消、下', ['lead:规划法规监督科', 'cooperate:资源环保科', 'cooperate:执法支队']],
      ['推进“互联网', ['lead:局办公室', 'cooperate:各单位']],
    ]);
  });
});

describe('parsePlanText on an attachment listing heritage items and their protection units', () => {
  it('reads `保护单位`, `申报单位`, a person’s `工作单位` and a supervisor’s `监管单位` as no column of units doing a task', () => {
    expect(headerKinds('保护单位', '级别保护单位', '申报单位', '工作单位', '监管单位', '责任单位')).toEqual([
      'other',
      'other',
      'other',
      'other',
      'other',
      'responsible',
    ]);
  });
});

describe('parsePlanText on a duty list whose units stand on their own line', () => {
  it('reads `1.` / `市教育局：` / the duty, and a colon the copy moved to the next line (`市财政局` / `：设立…`)', () => {
    const plan = parsePlanText(
      '近视防控试验区建设方案\n一、工作目标\n到2020年完成摸底调查。\n二、主要措施\n（一）突出家校配合，养成健康用眼习惯\n成立学校视管小组。\n（二）强化部门联动\n1.\n市教育局：\n建立联席会议制度，定期会商。\n2.\n市财政局\n：设立近视防控专项经费。\n3.\n市体育局：\n推动公共体育设施免费开放。',
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => a.unit), t.text.slice(0, 4)])).toEqual([
      ['1', ['市教育局'], '建立联席'],
      ['2', ['市财政局'], '设立近视'],
      ['3', ['市体育局'], '推动公共'],
    ]);
  });
});

describe('parsePlanText on a task table whose unit column comes before its tasks', () => {
  it('reads `序号` / `责任单位` / `任务分解` one cell per line', () => {
    const plan = parsePlanText(
      '生活垃圾分类工作任务分解表\n序号\n责任单位\n任务分解\n1\n生活垃圾分类领导小组办公室\n全市生活垃圾分类的牵头机构，负责工作方案的制定。\n2\n市委文明办\n负责组织志愿者队伍建设。\n3\n市发改委\n负责垃圾处理设施建设项目的审批。',
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['1', ['生活垃圾分类领导小组办公室']],
      ['2', ['市委文明办']],
      ['3', ['市发改委']],
    ]);
    expect(headerKinds('任务分解', '主要职责', '工作职责')).toEqual(['task', 'task', 'task']);
  });
});

describe('parsePlanText on a division table with a time column and a note on later rows in a cell of its own', () => {
  it('reads `主要任务` / `责任单位` / `推进时间`, the bracketed note and `“十四五”期间`', () => {
    const plan = parsePlanText(
      '2023年城乡社区服务体系建设规划分工方案\n主要任务\n责任单位\n推进时间\n一、健全党建引领机制\n（一）充分发挥基层党组织领导核心作用\n1\n全面健全以社区党组织为核心的社区服务体制机制。\n市委组织部，市民政局\n〔以下均需各县（市、区）人民政府落实，不再列出。各有关责任单位按职责分工负责，下同〕\n“十四五”期间\n2\n完善街道（乡镇）、社区与驻区单位共驻共建机制。\n市委组织部、文明办\n持续推进',
    );
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.assignments.map((a) => a.unit),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      // (The note names the units of the rows below it, not of its own.)
      ['1', ['市委组织部', '市民政局'], '2025-12-31'],
      ['2', ['市委组织部', '文明办', '各县（市、区）人民政府'], 'continuous'],
    ]);
  });

  it('reads no time limit from `任务和进度安排：` nor from a schedule said in sentences without a time', () => {
    // (A flattened page of the corpus: `进度安排：党群工作处…要组织…` and `任务和进度安排：2020-2022年，…` inside items.)
    const plan = parsePlanText(
      readFileSync(join(FIXTURES, 'pingtan-suping-2020-yuye-anquan-sannian-plan.txt'), 'utf8'),
    );
    expect(plan.tasks.slice(0, 2).map((t) => [t.number, t.assignments.map((a) => a.unit)])).toEqual([
      ['1', ['党群工作处', '农业农村处', '各村委会']],
      ['2', ['农业农村处', '交通与建设处', '政法综治处', '海洋与渔业执法一大队', '各村委会']],
    ]);
  });

  it('reads `进度安排：` after the units as the time limit', () => {
    const plan = parsePlanText(
      '2019年三项制度实施方案\n（一）统筹推进行政执法公示工作。\n责任单位：市级行政执法部门，市数字办；进度安排：2019年12月底前\n（二）规范执法公示内容。\n责任单位：各级行政执法部门；进度安排：长期执行',
    );
    expect(plan.tasks.map((t) => (t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind))).toEqual([
      '2019-12-31',
      'continuous',
    ]);
  });
});

describe('parsePlanText on a note naming units every later task includes, in quotation marks', () => {
  it('reads `〔以下责任单位均有“X、Y”不再重复〕` as units of every later task, and `各省级及以上开发区` as a unit', () => {
    const plan = parsePlanText(
      '提升开发区管理水平若干措施\n一、建立联席会议机制。组建联席会议。\n责任单位：市商务局、发改委，各县（市、区）人民政府，各省级及以上开发区〔以下责任单位均有“各县（市、区）人民政府、各省级及以上开发区”不再重复〕\n二、理顺开发区与属地权责。明确权责边界。\n责任单位：市商务局',
    );
    expect(unitsOf(plan)).toEqual([
      ['市商务局', '发改委', '各县（市、区）人民政府', '各省级及以上开发区'],
      ['市商务局', '各县（市、区）人民政府', '各省级及以上开发区'],
    ]);
  });
});

describe('parsePlanText on an openness plan naming the office that publishes each kind of information', () => {
  it('reads `负责信息公开科室：` as the responsible units', () => {
    const plan = parsePlanText(
      '重大建设项目信息公开工作方案\n二、公开内容\n1.批准服务信息：申报要求、申报材料清单、批准流程等。\n负责信息公开科室：办公室、水政科、水利窗口。\n公开渠道：莆田市水利信息网\n2.招标投标信息：资格预审公告、招标公告等。\n负责信息公开科室：建管科、水政科。\n公开渠道：莆田市水利信息网',
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['1', ['responsible:办公室', 'responsible:水政科', 'responsible:水利窗口']],
      ['2', ['responsible:建管科', 'responsible:水政科']],
    ]);
  });
});

describe('parsePlanText on two attachment tables one after the other, printed one cell per line', () => {
  // (The shape of 三明市森林“四库”联动试点区实施方案: a task list, then a project table with an amount and
  // a place column; the header words `联动措施及主要内容` and `实施` / `年限` name columns too.)
  const text = [
    '森林四库联动试点区实施方案',
    '附件1',
    '重点任务清单',
    '序号',
    '重点任务',
    '联动措施及主要内容',
    '责任单位',
    '实施年限',
    '1',
    '精准提升森林质量',
    '联动路径：',
    '通过提高针阔混交比例，带动全市林分质量提升。',
    '各县（市、区）人民政府，市林业局。以下均需各县（市、区）人民政府落实，不再列出',
    '2025—2030年',
    '2',
    '促进林相花化彩化',
    '联动路径：',
    '以景区景点为重点，实施林相改善。',
    '市林业局、文旅局',
    '2025—2030年',
    '附件2',
    '示范项目表',
    '序号',
    '项目名称',
    '投资金额',
    '（万元）',
    '建设内容',
    '责任单位',
    '建设地点',
    '实施',
    '年限',
    '一、森林质量精准提升',
    '1',
    '闽西北山地丘陵生物多样性保护示范基地',
    '469',
    '通过人工造林，完成示范建设面积5000亩。',
    '明溪县人民政府',
    '各乡镇',
    '2027—2029年',
    '2',
    '国家储备林建设示范项目',
    '3',
    '科学培育大径材，完成示范建设面积4500亩。',
    '三元区人民政府',
    '各乡镇',
    '2026—2028年',
    '二、竹木产业提质升级',
    '3',
    '林业产业加工强链项目',
    '20000',
    '新增招引林产加工项目3个。',
    '沙县区人民政府',
    '各产业园区',
    '2026年',
  ].join('\n');
  const plan = parsePlanText(text);

  it('reads each table by its own columns: amounts are no row numbers, places no units', () => {
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.text.slice(0, 6),
        t.assignments.map((a) => a.unit),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      ['1', '精准提升森林', ['各县（市、区）人民政府', '市林业局'], '2030-12-31'],
      ['2', '促进林相花化', ['市林业局', '文旅局', '各县（市、区）人民政府'], '2030-12-31'],
      // (The note on later rows holds to the end of its own table.)
      ['1', '闽西北山地丘', ['明溪县人民政府'], '2029-12-31'],
      ['2', '国家储备林建', ['三元区人民政府'], '2028-12-31'],
      ['3', '林业产业加工', ['沙县区人民政府'], '2026-12-31'],
    ]);
  });

  it('keeps the next attachment’s heading out of the last row of the table before it', () => {
    expect(plan.truncated).toBeUndefined();
    expect(plan.diagnostics.filter((d) => d.code === 'plan-truncated')).toEqual([]);
  });
});

describe('headerKind on joined and year-span header words', () => {
  it('reads two header words joined by 及 as the first that names a column, and `年限` as a time column', () => {
    expect(headerKinds('联动措施及主要内容', '工作举措及实施计划', '实施年限', '年限')).toEqual([
      'detail',
      'schedule',
      'deadline',
      'deadline',
    ]);
  });
});

describe('looksLikeUnit on headings that end in 升级', () => {
  it('reads `竹木产业提质升级` as no unit', () => {
    expect(looksLikeUnit('竹木产业提质升级')).toBe(false);
    expect(looksLikeUnit('县级')).toBe(false);
  });
});

describe('parsePlanText on duties whose units open the paragraph under their title', () => {
  it('reads the units opening the paragraph as the duty’s own, in a plan naming units no other way', () => {
    // (The shape of 莆田市文旅局 安全生产专项整治三年行动实施方案: no labels anywhere, step titles with
    // time limits in brackets.)
    const plan = parsePlanText(
      [
        '安全生产专项整治三年行动实施方案',
        '一、主要任务',
        '（一）全面落实全员安全生产责任',
        '。各县区（管委会）文旅部门、机关各科室要督促指导文旅企事业单位落实责任。',
        '（二）加强旅行社租赁旅游包车管理。',
        '各县区（管委会）文旅部门、市场法规科要督促旅行社落实主体责任。',
        '（三）全面改善学生视觉环境。',
        '学校要改善教学设施和条件。',
        '二、进度安排',
        '（一）动员部署（2020年9月前）。',
        '各县区（管委会）文旅部门要结合实际制定实施方案。',
        '（二）集中攻坚（2021年）。',
        '动态更新“四个清单”。',
      ].join('\n'),
    );
    expect(
      plan.tasks
        .filter((t) => t.assignments.length > 0)
        .map((t) => [
          t.text.slice(0, 8),
          t.assignments.map((a) => a.unit),
          t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
        ]),
    ).toEqual([
      ['全面落实全员安全', ['各县区（管委会）文旅部门', '机关各科室'], 'none'],
      ['加强旅行社租赁旅', ['各县区（管委会）文旅部门', '市场法规科'], 'none'],
      // (`学校要…` below a title addresses every school: no unit of a duty.)
      // (`9月前`: before September, as the corpus reads it.)
      ['动员部署（202', ['各县区（管委会）文旅部门'], '2020-08-31'],
    ]);
  });
});

describe('parsePlanText on an indicator table whose copy broke scores and document numbers out of their sentences', () => {
  it('reads a number followed by its measure word as text of the row, and a broken 文号 as no unit', () => {
    const plan = parsePlanText(
      [
        '2016年度绩效管理工作方案',
        '序号',
        '工作任务',
        '文件依据',
        '责任科室',
        '完成时限',
        '1',
        '办事服务提速增效，未开展梳理排查的扣',
        '1',
        '分；优惠政策未公开的扣',
        '2',
        '分。',
        '莆委办【2016】',
        '21号',
        '办公室',
        '12月底前',
        '2',
        '推行电子政务。',
        '宗教科',
        '12月底前',
      ].join('\n'),
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['1', ['办公室']],
      ['2', ['宗教科']],
    ]);
    expect(looksLikeUnit('莆委办【2016】')).toBe(false);
  });
});

describe('parsePlanText on a two-column duty table whose units come first, without 序号', () => {
  it('reads `部门` / `相关任务分工情况` one cell per line, a duty opening with 牵头 as the unit’s lead', () => {
    const plan = parsePlanText(
      [
        '农村生活污水治理提升工作方案',
        '附件2',
        '市直有关部门任务分工表',
        '部门',
        '相关任务分工情况',
        '市生态环境局',
        '牵头主抓农村生活污水治理，督促项目推进，开展工作考核等',
        '。',
        '市住建局',
        '负责农村生活污水治理项目的技术指导和组织管理',
        '。',
        '市发改委、水利局、国资委、税务局等',
        '加大政策、资金、要素保障',
        '。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['牵头主抓农村', ['lead:市生态环境局']],
      ['负责农村生活', ['responsible:市住建局']],
      ['加大政策、资', ['responsible:市发改委', 'responsible:水利局', 'responsible:国资委', 'responsible:税务局']],
    ]);
    expect(headerKinds('相关任务分工情况', '任务分工情况')).toEqual(['task', 'task']);
  });
});

describe('parsePlanText on a run of duties each printed after its unit and a colon', () => {
  it('reads `市X局：…` lines as tasks of their units, a line broken mid-sentence going on with its duty', () => {
    const plan = parsePlanText(
      [
        '建筑垃圾排查整治实施方案',
        '四、工作要求',
        '（一）加强组织领导。市级成立工作专班，各成员单位职责如下：',
        '市城市管理局：牵头统筹推进建筑垃圾治理工作，建立全市',
        '市政工地建筑垃圾管理台账。',
        '市水利局：监督指导水利项目建筑垃圾处置。',
        '市财政局：配合住房城乡建设等部门，保障工作经费。',
        '其他有关部门：按职责协同做好建筑垃圾治理相关工作。',
        '（二）建立协同机制。各县（市、区）将排查整治纳入年度计划。',
      ].join('\n'),
    );
    expect(
      plan.tasks
        .filter((t) => t.assignments.length > 0)
        .map((t) => [t.text.slice(0, 6), t.assignments.map((a) => `${a.role}:${a.unit}`)]),
    ).toEqual([
      ['牵头统筹推进', ['lead:市城市管理局']],
      ['监督指导水利', ['responsible:市水利局']],
      ['配合住房城乡', ['cooperate:市财政局']],
      ['按职责协同做', ['cooperate:其他有关部门']],
    ]);
    expect(plan.tasks.find((t) => t.text.startsWith('牵头统筹'))?.text).toContain('市政工地建筑垃圾管理台账');
  });
});

describe('parsePlanText on a 责任清单 whose office column comes first, among columns of ways and audiences', () => {
  it('reads `责任科室` / `普法内容` / `宣传方式` / `普法对象` rows by their columns, a row with a broken cell as its duty', () => {
    const plan = parsePlanText(
      [
        '2022年“谁执法谁普法”责任清单',
        '责任科室',
        '普法内容',
        '宣传方式',
        '普法对象',
        '办公室',
        '《信访条例》《政府信息公开条例》等法律法规规章',
        '通过办理信访案件，宣讲法律',
        '本机关工作人员、社会公众、信访人',
        '食品流通安全监督管理科',
        '《食品经营许可管理办法》等法律法规规章',
        '结合',
        '3.15',
        '、食品安全周等开展相应宣传工作',
        '本机关工作人员、社会公众、食品经营者',
        '计量科',
        '《计量法》等法律法规规章',
        '结合世界计量日进行普法宣传',
        '本机关工作人员、社会公众',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.assignments.map((a) => a.unit)])).toEqual([
      ['《信访条例》', ['办公室']],
      ['《食品经营许', ['食品流通安全监督管理科']],
      ['《计量法》等', ['计量科']],
    ]);
    expect(plan.tasks[0]?.text).not.toContain('社会公众');
    expect(headerKinds('宣传方式', '普法对象', '服务对象')).toEqual(['other', 'other', 'other']);
  });
});

describe('parsePlanText on duties under headings that name their unit alone', () => {
  it('reads `（一）水利部门` / `负责牵头…` as the unit’s duty, 牵头 as its lead, in a plan naming units no other way', () => {
    const plan = parsePlanText(
      [
        '河道采砂专项整治行动方案',
        '三、部门职责',
        '（一）水利部门',
        '负责牵头组织开展本次专项整治行动。',
        '（二）公安部门',
        '加大河砂运输途经道路的巡逻力度。',
        '（三）交通部门',
        '检查水上的运砂船舶是否持有有效准运单。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['负责牵头组织', ['lead:水利部门']],
      ['加大河砂运输', ['responsible:公安部门']],
      ['检查水上的运', ['responsible:交通部门']],
    ]);
  });
});

describe('parsePlanText on duties whose opening units are given a short name', () => {
  it('reads `X、Y（以下称“市级监管部门”）负责…` as the duty of X and Y, the short name no unit', () => {
    const plan = parsePlanText(
      [
        '疫苗流通使用专项治理方案',
        '三、职责分工',
        '（一）市食品药品监管局、卫生计生委（以下称“市级监管部门”）负责制定切实可行的治理工作方案。',
        '（二）各县（市、区）市场监管部门、卫生计生部门（以下称“县级监管部门”）负责对辖区内接种单位开展检查。',
      ].join('\n'),
    );
    expect(unitsOf(plan)).toEqual([
      ['市食品药品监管局', '卫生计生委'],
      ['各县（市、区）市场监管部门', '卫生计生部门'],
    ]);
  });
});

describe('parsePlanText on duties opened by `X工作职责：`', () => {
  it('reads the units before `职责` as the duty’s, in a plan naming units no other way', () => {
    const plan = parsePlanText(
      [
        '2020年春运工作实施方案',
        '三、工作职责',
        '（一）片区春运领导小组工作职责：组织领导片区春运期间道路交通安全工作。',
        '（二）各行政村（社区）工作职责：实施本村（社区）春运期间道路交通安全工作。',
        '（三）辖区卫生院职责：切实做好春运期间突发卫生疾病预防工作。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.assignments.map((a) => a.unit)])).toEqual([
      ['组织领导片区', ['片区春运领导小组']],
      ['实施本村（社', ['各行政村（社区）']],
      ['切实做好春运', ['辖区卫生院']],
    ]);
  });
});

describe('parsePlanText on headings naming the units whose 主要任务 are listed below', () => {
  it('gives `（一）市局特种设备科主要任务` / `1.…` the heading’s unit, and reads no unit from `督促指导各县级局…`', () => {
    const plan = parsePlanText(
      [
        '2025年度特种设备常规监督检查计划',
        '二、主要任务',
        '（一）市局特种设备科主要任务',
        '1.负责制定年度常规监督检查计划。',
        '2.督促指导各县级局落实重要问题整改闭环。',
        '（二）各县（市、区）市场监管局主要任务',
        '1.负责本辖区特种设备重点使用单位年度常规监督检查。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.assignments.map((a) => a.unit)])).toEqual([
      ['负责制定年度', ['市局特种设备科']],
      ['督促指导各县', ['市局特种设备科']],
      ['负责本辖区特', ['各县（市、区）市场监管局']],
    ]);
    expect(looksLikeUnit('督促指导各县级局')).toBe(false);
  });
});

describe('parsePlanText on a duty title alone on its line over a paragraph opening with its unit', () => {
  it('reads `（一）扎实做好…检查` / `市局督促指导…` as the duty of 市局, the title closed by a full stop', () => {
    const plan = parsePlanText(
      [
        '中选医疗器械质量监管工作方案',
        '二、工作重点',
        '（一）扎实做好流通使用环节监督检查',
        '市局督促指导各县级局监督中选品种配送单位落实主体责任。',
        '（二）持续加强不良事件监测',
        '市监测中心要将中选品种作为监测重点。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 18), t.assignments.map((a) => a.unit)])).toEqual([
      ['扎实做好流通使用环节监督检查。市局督', ['市局']],
      ['持续加强不良事件监测。市监测中心要将', ['市监测中心']],
    ]);
  });
});

describe('parsePlanText on a plan naming units only by opening duties, a unit opening a step sentence', () => {
  it('reads `1.燃气主管部门：负责…` duties though `各县（区、管委会）要加强…` opens a step: that sentence names no units for the plan', () => {
    // (Lines of 莆田市 关于推进餐饮等行业安装可燃气体报警装置的通知 (2022), each cut to 45 characters.)
    const plan = parsePlanText(
      [
        '一、工作目标',
        '在2022年12月31日前,督促使用燃气的餐饮等行业生产经营单位基本完成可燃气体报警装置安',
        '二、工作要求',
        '（一）鼓励使用燃气的餐饮等行业生产经营单位使用管道燃气，使用燃气时应设置可燃气体报警和切断',
        '（二）大于100米的高层建筑,使用管道供气时，管道燃气企业应在燃气引入管处设置紧急自动切断',
        '使用燃气的餐饮等行业生产经营单位应加强可燃气体报警装置的日常维护和保养,保障正常使用。鼓励',
        '三、进度安排',
        '（一）宣传部署阶段（2022年7月）。各县（区、管委会）要加强组织领导，明确责任分工，细化',
        '（二）集中安装阶段（2022年8月至11月）。各县（区、管委会）要督促辖区内各行业相关主管',
        '（三）检查验收阶段（2022年12月）。市城市管理局将牵头组织对各县（区、管委会）任务完成',
        '四、职责分工',
        '（一）燃气经营企业。指导使用燃气的餐饮等行业生产经营单位安装可燃气体报警装置，对未依法安装',
        '（二）餐饮等行业生产经营单位。负责本单位经营场所可燃气体报警装置安装，做好日常维护保养保障',
        '（三）政府主管部门。',
        '1.燃气主管部门：负责督促燃气企业做好用户的可燃气体报警装置安装及使用情况的检查指导、根据',
        '2.应急管理部门：履行安全生产综合监管职能，负责依法依规指导、协调和监督负有燃气管理职责的',
        '3.商务部门：负责督促使用燃气的餐饮经营单位安装可燃气体报警装置。',
        '4.市场监管部门：负责排查销售燃气泄漏报警器的电商平台、小商品市场等，督促其切实履行好对经',
        '5.公安部门：对使用燃气的餐饮等行业生产经营单位未安装可燃气体报警装置或未保障正常使用发生',
        '6.教育、卫健、民政、文旅等行业主管部门，机关事务管理处：负责摸清本行业用气场所底数并建立',
        '7.乡镇（街道）：对本行政区域或者管理区域内使用燃气的餐饮等行业生产经营单位安装可燃气体报',
      ].join('\n'),
    );
    const units = (head: string) => plan.tasks.find((t) => t.text.startsWith(head))?.assignments.map((a) => a.unit);
    expect(units('负责督促燃气企业')).toEqual(['燃气主管部门']);
    expect(units('负责督促使用燃气的餐饮')).toEqual(['商务部门']);
  });
});

describe('parsePlanText on a one-line table whose unit cells stand glued between the items', () => {
  it('reads `…监测。公卫家庭处医政医管处4.改革…` as items, each closed by its offices', () => {
    const filler =
      '健全完善疾病预防控制、妇幼保健、卫生监督、健康教育促进等公卫服务体系，优化完善机构职能配置。'.repeat(6);
    const plan = parsePlanText(
      `2020年医改重点任务分工 一、健全公共卫生服务体系1.推进健康战略。${filler}公卫家庭处2.改革完善疾病预防控制体系。${filler}公卫家庭处医政医管处3.健全应急物资保障体系。${filler}公卫家庭处医政医管处医保处4.加强人才队伍建设。${filler}人事处`,
    );
    // (The text ends inside the last item, as a cut copy would: that item is left out.)
    expect(numbersAndUnits(plan)).toEqual([
      ['1', ['公卫家庭处']],
      ['2', ['公卫家庭处', '医政医管处']],
      ['3', ['公卫家庭处', '医政医管处', '医保处']],
    ]);
    expect(splitCleanUnits('市政府办公室').units.map((u) => u.unit)).toEqual(['市政府办公室']);
  });
});

describe('parsePlanText on a page flattened onto one line whose duties each open with an agency and a colon', () => {
  it('reads `…宣传工作。区经济发展局：督促…` as one duty per agency', () => {
    const more = '根据综合整治工作领导小组及其办公室的部署，组织力量参与综合整治的具体工作。'.repeat(8);
    const plan = parsePlanText(
      `餐饮服务业油烟污染综合整治工作方案 一、职责分工 区宣传部：负责综合整治专项行动的宣传工作。${more}区经济发展局：督促电力部门对关闭的经营场所停止供电。${more}区环境与国土资源局：负责油烟污染专项整治的组织协调工作。${more}区公安局：对阻扰执法的行为依法打击。${more}二、工作要求 各部门要加强协作。`,
    );
    const units = (head: string) => plan.tasks.find((t) => t.text.startsWith(head))?.assignments.map((a) => a.unit);
    expect(units('督促电力部门')).toEqual(['区经济发展局']);
    expect(units('负责油烟污染')).toEqual(['区环境与国土资源局']);
    expect(units('对阻扰执法')).toEqual(['区公安局']);
  });

  it('reads a duty whose office ends in 办公室, a unit with its other name, and one glued to the heading of duties', () => {
    const more = '根据综合整治工作领导小组及其办公室的部署，组织力量参与综合整治的具体工作。'.repeat(8);
    const plan = parsePlanText(
      `生活垃圾分类实施工作方案 四、工作要求 各部门要加强协作。${more}五、工作职责城乡管理处（垃圾分类办）：统筹开展片区生活垃圾分类工作。${more}党政办公室：负责对各村居开展垃圾分类工作情况的督查。${more}党群工作处：1.组织引导党员干部带头践行垃圾分类工作；2.组织开展片区生活垃圾分类工作的宣传动员。各包村工作队：负责督促落实所包村居开展生活垃圾分类工作。${more}六、保障措施 加强领导。`,
    );
    const units = (head: string) => plan.tasks.find((t) => t.text.startsWith(head))?.assignments.map((a) => a.unit);
    expect(units('统筹开展片区')).toEqual(['城乡管理处（垃圾分类办）']);
    expect(units('负责对各村居')).toEqual(['党政办公室']);
    expect(units('负责督促落实')).toEqual(['各包村工作队']);
    // (A duty made of numbered points, one a line once the page's breaks are found, is one task.)
    expect(units('1.组织引导')).toEqual(['党群工作处']);
    expect(plan.tasks.find((t) => t.text.startsWith('1.组织引导'))?.text).toContain('2.组织开展');
  });

  it('reads a duty glued to a numbered heading of duties (`3.片区应急救援部门职责各联合党委：…`)', () => {
    const more = '根据综合整治工作领导小组及其办公室的部署，组织力量参与综合整治的具体工作。'.repeat(8);
    const plan = parsePlanText(
      `危险化学品事故应急预案 二、组织机构 各部门要加强协作。${more}3.片区应急救援部门职责各联合党委：按照属地管理原则，配合做好事故前期处置工作。党政办公室：加强信息报送以及上传下达等联络沟通。${more}政法综治处：负责应急救援物资的储备。${more}三、资金保障 片区应做好资金准备。`,
    );
    const units = (head: string) => plan.tasks.find((t) => t.text.startsWith(head))?.assignments.map((a) => a.unit);
    expect(units('按照属地管理')).toEqual(['各联合党委']);
    expect(units('加强信息报送')).toEqual(['党政办公室']);
  });

  it('reads the duties glued to `（二）成员单位职责` and the first one glued to `2.2 指挥机构职责1.`', () => {
    const more = '根据综合整治工作领导小组及其办公室的部署，组织力量参与综合整治的具体工作。'.repeat(8);
    const bracketed = parsePlanText(
      `防汛防台风应急预案 二、组织机构 ${more}（二）成员单位职责党政办公室：负责协调防汛车辆安排、后勤保障工作。${more}党群工作处：负责宣传报道。${more}政法综治处：负责日常具体工作。${more}三、预防预警 加强监测。`,
    );
    expect(bracketed.tasks.find((t) => t.text.startsWith('负责协调防汛'))?.assignments.map((a) => a.unit)).toEqual([
      '党政办公室',
    ]);
    const numbered = parsePlanText(
      `地质灾害应急预案 2.组织指挥体系 ${more}${more}2.2 指挥机构职责1.党政办公室：加强信息综合分析、报送以及上传下达等联络沟通。2.党群工作处：负责组织新闻媒体开展宣传报道工作。3.经济发展处：参与防灾减灾救灾规划的制定。${more}3.预防预警 加强监测。`,
    );
    expect(numbered.tasks.find((t) => t.text.startsWith('加强信息综合'))?.assignments.map((a) => a.unit)).toEqual([
      '党政办公室',
    ]);
  });
});

describe('parsePlanText on numbered measures running on across headings, each run closed by one unit label', () => {
  it('gives each measure of a run the units of the label closing it', () => {
    const plan = parsePlanText(
      [
        '关于进一步提升医保便民服务的若干措施',
        '二、主要措施',
        '（一）完善医保经办管理服务体系',
        '1.健全基层服务机构。',
        '加强基层医保服务机构建设，村（社区）有固定的医保服务点。（完成时限：2022年10月底前）',
        '2.配齐配强工作人员。',
        '按照有关要求配齐医保经办人员。（完成时限：2022年10月底前）',
        '责任单位：',
        '各县（市、区）人民政府，市医保局、财政局',
        '（二）下放部分医保经办服务业务',
        '3.下放医保经办事项。',
        '明晰乡镇（街道）与村（社区）服务点医保经办业务。（完成时限：2022年12月底前）',
        '4.开展业务培训。',
        '常态化开展两级医保服务人员业务培训。（持续推进）',
        '责任单位：',
        '市医保局、税务局',
        '三、保障措施',
        '各地各部门要加强组织领导。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => a.unit), t.deadline.kind])).toEqual([
      ['1', ['各县（市、区）人民政府', '市医保局', '财政局'], 'date'],
      ['2', ['各县（市、区）人民政府', '市医保局', '财政局'], 'date'],
      ['3', ['市医保局', '税务局'], 'date'],
      ['4', ['市医保局', '税务局'], 'continuous'],
    ]);
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2022-10-31' });
  });

  it('does the same for measures `（一）` numbered on under headings `一、`', () => {
    const plan = parsePlanText(
      [
        '一、加强学校体育工作',
        '（一）实施学校体育质量提升计划。严格落实国家体育课程标准。',
        '（二）强化学校体育评价制度。发挥体育考试的导向作用。',
        '责任单位：市教育局、体育局',
        '二、完善青少年体育赛事体系',
        '（三）建设教体合一的青少年体育赛事平台。共同组织全市青少年体育赛事。',
        '（四）打造青少年基层品牌项目联赛。各中小学积极参赛。',
        '责任单位：市体育局、教育局',
        '三、保障措施',
        '加强领导。',
      ].join('\n'),
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['一', ['市教育局', '体育局']],
      ['二', ['市教育局', '体育局']],
      ['三', ['市体育局', '教育局']],
      ['四', ['市体育局', '教育局']],
    ]);
  });

  it('keeps a headed item whole when a time limit closes its text above its unit label', () => {
    const plan = parsePlanText(
      [
        '二、主要措施',
        '（一）完善体系',
        '1.健全基层服务机构。',
        '加强基层医保服务机构建设。（持续推进）',
        '责任单位：市医保局、税务局',
        '2.开展业务培训。',
        '常态化开展业务培训。（2022年12月底前）',
        '责任单位：市医保局',
        '三、保障措施',
        '加强领导。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.text, t.deadline.kind])).toEqual([
      ['1', '健全基层服务机构。加强基层医保服务机构建设。', 'continuous'],
      ['2', '开展业务培训。常态化开展业务培训。', 'date'],
    ]);
  });

  it('reads a unit list naming a body with quotation marks and 及 before a note on later tasks', () => {
    const plan = parsePlanText(
      [
        '二、主要任务',
        '1.构建齐抓共管工作格局。组建领导小组。（市“无废城市”建设工作领导小组成员单位及相关部门负责，以下任务均需各县（市、区）人民政府负责落实，不再列出）',
        '2.强化部门协作配合。统筹制定部门责任清单。（市无废办负责）',
      ].join('\n'),
    );
    expect(unitsOf(plan)).toEqual([
      ['市“无废城市”建设工作领导小组成员单位', '相关部门'],
      ['市无废办', '各县（市、区）人民政府'],
    ]);
  });
});

describe('parsePlanText on a table whose unit cell a copy broke after a place word', () => {
  it('joins `…市交警支队、市` / `消防支队，…` into one cell, and reads `有关行业主管` as a unit', () => {
    const plan = parsePlanText(
      [
        '2018年工作要点落实责任分工',
        '工作要点',
        '主要任务',
        '责任分工',
        '一、',
        '严格落实安全生产责任制',
        '1. 按照“党政同责、一岗双责、齐抓共管、失职追责”制度，落实地方党政领导干部安全生产责任制规定。',
        '市安监局、各行业主管、监管部门',
        '2. 继续推进道路交通综合整治“三年提升工程”、电气火灾、高层建筑消防等安全隐患整治。',
        '安监局、交通运输局、湄洲湾港口管理局，市交警支队、市',
        '消防支队，有关行业主管、监管部门',
        '3. 完善重大隐患整改挂牌督办制度，督促企业建立健全隐患排查治理制度。',
        '市安监局，有关行业主管、监管部门',
      ].join('\n'),
    );
    expect(unitsOf(plan)).toEqual([
      ['市安监局', '各行业主管', '监管部门'],
      ['安监局', '交通运输局', '湄洲湾港口管理局', '市交警支队', '市消防支队', '有关行业主管', '监管部门'],
      ['市安监局', '有关行业主管', '监管部门'],
    ]);
  });
});

describe('parsePlanText on a page flattened onto one line whose groups each close with a unit label', () => {
  it('reads measures numbered on across headings, the label after each group’s last sentence naming their units', () => {
    const more = '结合各行业领域实际情况，细化完善生产经营单位从业人员安全生产教育培训的频次、内容和范围。'.repeat(6);
    const plan = parsePlanText(
      `安全生产治本攻坚三年行动方案 二、主要任务（一）开展安全履职能力培训行动。1.集中开展专题安全教育培训。${more}2.强化基层安全检查人员能力培训。${more}责任处室：各业务处室。（二）开展重大事故隐患动态清零行动。3.健全重大事故隐患自查自改常态化机制。${more}4.健全重大事故隐患数据库。${more}责任处室：安监处、经济发展处。三、保障措施 各处室要加强组织领导。H5解读：https://example.com/s/abc`,
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['1', ['各业务处室']],
      ['2', ['各业务处室']],
      ['3', ['安监处', '经济发展处']],
      ['4', ['安监处', '经济发展处']],
    ]);
  });

  it('leaves a link to the plan’s reading glued after the last unit out of the units', () => {
    const more =
      '坚持高位统筹协调，建立工作机制，压实部门责任、加强协同配合，建立任务台账，细化举措、明确责任。'.repeat(8);
    const plan = parsePlanText(
      `关于促进民营经济发展的若干措施 一、优化发展环境 1.建立政企沟通机制。${more}责任单位：区投资促进委员会、经济发展局 2.弘扬企业家精神。${more}责任单位：区工商联 3.加强党的全面领导。${more}责任单位：区党工委党群工作部、经济发展局H5解读：https://q.example.com/s/Ms43msjj?eip=true`,
    );
    expect(unitsOf(plan)).toEqual([
      ['区投资促进委员会', '经济发展局'],
      ['区工商联'],
      ['区党工委党群工作部', '经济发展局'],
    ]);
  });
});

describe('parsePlanText on a sentence a PDF copy broke into short lines that look like header words', () => {
  it('does not read `2018年目标任务` / `涉及` / `海洋与渔业部门` as a table header', () => {
    const plan = parsePlanText(
      [
        '二、强化效能督查，推动工作落实',
        '（四）开展市委市政府工作部署中有关海洋渔业任务落实情况督查。',
        '按照市效能办要求，重点对市',
        '政府工作报告确定的重点任务',
        '和建设美丽莆田',
        '2018年目标任务',
        '涉及',
        '海洋与渔业部门',
        '的工作任务落实情况进行定期督查，确保各项工作任务分解、落实、反馈到位。',
        '责任单位：局办公室牵头，机关各科室、直属各单位配合',
        '（五）围绕重点难点工作强化督查。',
        '紧紧围绕中央、',
        '省、市',
        '重大决策部署以及市局年度工作任务，既督任务、进度、成效，又查认识、责任、作风。',
        '责任单位：局办公室牵头，机关各科室配合',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role[0]}:${a.unit}`)])).toEqual([
      ['四', ['l:局办公室', 'c:机关各科室', 'c:直属各单位']],
      ['五', ['l:局办公室', 'c:机关各科室']],
    ]);
  });
});

describe('readClause on the labels of a campaign plan (攻坚战)', () => {
  it('reads `攻坚单位：` as the responsible units and `攻坚时限：` as the time limit', () => {
    const reading = readClause('攻坚单位：资源环保科、市执法支队；攻坚时限：2018年12月底前');
    expect(reading.assignments.map((a) => [a.unit, a.role])).toEqual([
      ['资源环保科', 'responsible'],
      ['市执法支队', 'responsible'],
    ]);
    expect(reading.deadline).toBe('攻坚时限：2018年12月底前');
    const plan = parsePlanText('（七）开展海漂垃圾整治\n攻坚单位：资源环保科\n攻坚时限：2018年12月底前');
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2018-12-31' });
  });
});

describe('parsePlanText on a short page flattened onto one line, its duties opening with units after a title', () => {
  it('splits a flattened page that opens with its breadcrumb, and reads `1.现场准备：资源生态处负责…`', () => {
    const plan = parsePlanText(
      '当前位置： 首页政务公开最新文件部门文件 君山片区管理局关于印发《君山片区2023年全民义务植树活动方案》的通知 各处室：现将方案印发给你们，请认真贯彻落实。一、活动时间 2023年3月22日上午。二、活动地点 君山片区。三、参加人员 片区机关干部、各村两委干部、志愿者等共计二百余人。四、活动安排1.现场准备：资源生态处负责制作路线指示牌3面（提前放置）、活动宣传横幅3面，并派人员现场提前等候；2.植树工具：资源生态处负责协调区市政园林公司提前调运树苗1000株，洒水车1部，并提前做好场地平整；3.技术指导：片区自然资源服务站负责安排3名技术人员现场指导。五、其他事项1.片区参加植树人员于当天上午8：00前在片区机关大门口集中；2.党政办负责通知第1项参加人员，安排中巴车3辆，现场摄像及后勤物资保障；3.党群工作处负责通知第2、8项参加人员，并做好宣传报道；4.全体参加人员要听从指挥，注意人身安全。 来源：平潭综合实验区君山片区管理局',
    );
    const units = (head: string) => plan.tasks.find((t) => t.text.startsWith(head))?.assignments.map((a) => a.unit);
    expect(units('现场准备')).toEqual(['资源生态处']);
    expect(units('技术指导')).toEqual(['片区自然资源服务站']);
    expect(units('党政办负责通知') ?? units('负责通知第1项')).toEqual(['党政办']);
  });
});

describe('parsePlanText on runs of items numbered from 1 again, each run closed by one unit label', () => {
  it('gives each item of a run the units of its label, labels one after another included', () => {
    const plan = parsePlanText(
      [
        '二、主要任务',
        '（一）绿化花化彩化专项攻坚行动',
        '中心区（平原村、燎原村）：',
        '1.做好“一环两纵两横”道路沿线绿化、花化、彩化。',
        '2.做好街道街区、景区景点连接线绿化、花化、彩化。',
        '牵头处室：交通与建设处责任单位：资源生态处',
        '行政村范围：',
        '1.在村部、村级公园、公共健身场所等区域设置相应景观小品。',
        '2.开展“3·12植树节”义务植树造林活动。',
        '责任单位：资源生态处、各行政村',
        '三、保障措施',
        '加强组织领导。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role[0]}:${a.unit}`)])).toEqual([
      ['1', ['l:交通与建设处', 'r:资源生态处']],
      ['2', ['l:交通与建设处', 'r:资源生态处']],
      ['1', ['r:资源生态处', 'r:各行政村']],
      ['2', ['r:资源生态处', 'r:各行政村']],
    ]);
  });

  it('still reads a rectification block closed by `整改责任单位：…` as one task', () => {
    const plan = parsePlanText(
      [
        '一、存在问题及整改措施',
        '（一）安全生产方面',
        '1.部分企业安全生产主体责任落实不到位；',
        '2.隐患排查治理不彻底。',
        '整改责任单位：区应急管理局 整改时限：2024年6月底前',
        '1.消防通道堵塞；',
        '2.消防设施损坏。',
        '整改责任单位：区消防救援大队 整改时限：2024年8月底前',
      ].join('\n'),
    );
    expect(unitsOf(plan)).toEqual([['区应急管理局'], ['区消防救援大队']]);
  });
});

describe('parsePlanText on a table header flattened with blanks and without 序号', () => {
  it('reads the rows after `项目 工作目标 任务清单 牵头单位 责任单位 完成时限` on a page flattened onto one line', () => {
    const rows = [
      ['《失信企业协同监管和联合惩戒合作备忘录》', '区市场监督管理局（信用信息监督管理处）'],
      ['《关于对失信被执行人实施联合惩戒的合作备忘录》', '区人民法院（执行局）'],
      ['《关于对纳税信用A级纳税人实施联合激励措施的合作备忘录》', '区税务局（稽查局）'],
    ]
      .map(([task, lead]) => `${task} ${lead} 区各有关部门 持续实施`)
      .join(' ');
    const plan = parsePlanText(
      `当前位置：首页 关于印发社会诚信建设实施方案的通知 各部门要分别将工作落实情况报送区信用办，汇总梳理后报区党工委、管委会。附件1 建立完善守信联合激励和失信联合惩戒制度任务清单 项目 工作目标 任务清单 牵头单位 责任单位 完成时限 一、贯彻落实党中央国务院决策部署情况 贯彻落实国家联合奖惩合作备忘录 ${rows}`,
    );
    const units = (head: string) =>
      plan.tasks.find((t) => t.text.includes(head))?.assignments.map((a) => `${a.role[0]}:${a.unit}`);
    expect(units('失信被执行人')).toEqual(['l:区人民法院（执行局）', 'r:区各有关部门']);
    expect(units('纳税信用A级')).toEqual(['l:区税务局（稽查局）', 'r:区各有关部门']);
  });
});

describe('readClause on `主抓单位：`', () => {
  it('reads the units a plan says take charge of the work as responsible', () => {
    expect(readClause('主抓单位：农业农村处、交通与建设处').assignments.map((a) => [a.unit, a.role])).toEqual([
      ['农业农村处', 'responsible'],
      ['交通与建设处', 'responsible'],
    ]);
  });
});

describe('parsePlanText on duties after an office and a colon, on a page flattened onto one line', () => {
  it('reads `四、职责分工 经济发展处：联合…。 政法综治处：…` as one duty per office, detachments and groups included', () => {
    const more = '依法依规开展执法巡查，加强日常监管，做好整治工作的组织协调和信息报送。'.repeat(4);
    const plan = parsePlanText(
      `当前位置：首页 关于印发海上非法养殖综合整治工作方案的通知 一、组织领导 成立工作专班。二、整治范围 辖区海域。三、行动安排 分三个阶段开展。四、职责分工 经济发展处：联合工信部门加强对修造船企业的管控。${more} 政法综治处：联合区安办、消防支队，负责对船舶建造点进行执法检查。${more} 农业农村处：牵头组织海上非法养殖专项整治行动。${more} 派驻君山片区综合执法大队筹建组：配合开展海上非法养殖综合整治行动。${more} 区海洋与渔业执法支队二大队：负责开展日常执法巡查。${more} 五、工作要求 各相关单位要主动作为。`,
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role[0]}:${a.unit}`))).toEqual([
      ['r:经济发展处'],
      ['r:政法综治处'],
      ['l:农业农村处'],
      ['c:派驻君山片区综合执法大队筹建组'],
      ['r:区海洋与渔业执法支队二大队'],
    ]);
  });
});

describe('parsePlanText on a law-making plan’s tables, one under each section heading', () => {
  it('reads each section’s table by its own header, its later time column the row’s time limit', () => {
    const plan = parsePlanText(
      [
        '附件',
        '2018年市人大常委会立法计划责任分解表',
        '一、正式项目',
        '法规名称',
        '责任单位',
        '市人大常委会审议',
        '二审时间',
        '三审时间',
        '三明市东牙溪和薯沙溪水库',
        '饮用水水源保护条例',
        '市环保局',
        '市法制办',
        '2018',
        '年',
        '4',
        '月',
        '2018',
        '年',
        '6',
        '月',
        '二、预备项目',
        '法规名称',
        '责任单位',
        '草案送审稿报送市政府时间',
        '草案报送',
        '市人大时间',
        '三明市城市园林绿化条例',
        '市住建局',
        '2018',
        '年',
        '5',
        '月',
        '2018',
        '年',
        '7',
        '月',
      ].join('\n'),
    );
    expect(
      plan.tasks.map((t) => [t.text, t.assignments.map((a) => a.unit), 'by' in t.deadline ? t.deadline.by : null]),
    ).toEqual([
      ['三明市东牙溪和薯沙溪水库：饮用水水源保护条例', ['市环保局', '市法制办'], '2018-06-30'],
      ['三明市城市园林绿化条例', ['市住建局'], '2018-07-31'],
    ]);
  });
});

describe('parsePlanText on duties that open with their unit and 负责, in a plan naming units no other way', () => {
  it('keeps the unit and 负责 in the duty’s text, as printed', () => {
    const plan = parsePlanText(
      [
        '2021年医疗器械监督检查计划',
        '一、检查重点',
        '（一）检查医疗器械经营企业。',
        '二、检查任务及安排',
        '（一）市局负责制定全市医疗器械监督检查计划，并组织实施；部署全市专项检查工作。',
        '（二）县级局负责制定并实施本辖区监管年度工作方案，强化经营和使用环节风险防控。',
        '三、工作要求',
        '（一）监督检查是各级监管部门的法定职责。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 8), t.assignments.map((a) => a.unit)])).toEqual([
      ['市局负责制定全市', ['市局']],
      ['县级局负责制定并', ['县级局']],
    ]);
  });
});

describe('readClause on `协同处室（单位）：`', () => {
  it('reads the offices a label says work with the responsible ones as cooperating', () => {
    expect(
      readClause('责任处室：政法综治处；协同处室（单位）：各处室、苏平司法所').assignments.map((a) => [a.unit, a.role]),
    ).toEqual([
      ['政法综治处', 'responsible'],
      ['各处室', 'cooperate'],
      ['苏平司法所', 'cooperate'],
    ]);
  });
});

describe('parsePlanText on duties under headings that name their unit and a colon', () => {
  // (Earlier this was one duty of the unit. Every blind set since that printed such points one a line counted each
  // point: sets 217, 221.)
  it('reads `（二）区执法应急局：` over `1.负责…` / `2.负责…` as two duties of that unit', () => {
    const plan = parsePlanText(
      [
        '三、责任分工',
        '（一）区公安局：负责养犬治安管理工作，依法查处因养犬行为引起的治安案件。',
        '（二）区执法应急局：',
        '1.负责捕捉、收容和处置无主、弃养、流浪的犬只。',
        '2.负责依法查处占用道路、公园、广场等公共场所饲养和经营犬只行为。',
        '（三）区市场监督管理局：负责加强犬类经营单位的监督管理工作。',
        '四、工作要求',
        '各单位要加强协作。',
      ].join('\n'),
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['一', ['区公安局']],
      ['1', ['区执法应急局']],
      ['2', ['区执法应急局']],
      ['三', ['区市场监督管理局']],
    ]);
    expect(plan.tasks[1]?.text).toMatch(/^负责捕捉/u);
  });
});

describe('parsePlanText on a project table printed one cell per line with 建设年限 and 项目总投资 columns', () => {
  const table = [
    '重点工程项目表',
    '序号',
    '项目名称',
    '主要建设内容和规模',
    '建设年限',
    '项目总投资（万元）',
    '牵头单位',
    '责任单位',
    '1',
    '应急指挥平台',
    '整合已有业务系统，建设统一门户和专题应用。',
    '2021-2025',
    '3000',
    '市应急局',
    '各县（市、区）应急局',
    '2',
    '煤矿监控平台升级',
    '升级计算机通讯网络平台系统和主机系统。',
    '2020-2021',
    '100',
    '市煤炭',
    '管理局',
    '相关企业',
    '序号',
    '项目名称',
    '主要建设内容和规模',
    '建设年限',
    '项目总投资（万元）',
    '牵头单位',
    '责任单位',
    '3',
    '消防训练基地',
    '建设培训楼和实战化模拟训练设施。',
    '2021-2023',
    '2000',
    '市消防',
    '救援支队',
    '市消防救援支队',
    '4',
    '渔港建设',
    '推进两个渔港项目建设。',
    '2020-2022',
    '1800',
    '市农业农村局',
    '相关县（市、区）农业农村局',
  ].join('\n');

  it('reads each row’s units past its amount, joining unit cells broken over two lines', () => {
    const plan = parsePlanText(table, { year: 2021 });
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.assignments.map((a) => `${a.role}:${a.unit}`),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      ['1', ['lead:市应急局', 'responsible:各县（市、区）应急局'], '2025-12-31'],
      ['2', ['lead:市煤炭管理局', 'responsible:相关企业'], '2021-12-31'],
      // (A unit printed in both columns is kept once, as lead.)
      ['3', ['lead:市消防救援支队'], '2023-12-31'],
      ['4', ['lead:市农业农村局', 'responsible:相关县（市、区）农业农村局'], '2022-12-31'],
    ]);
    expect(plan.tasks.map((t) => t.text)).not.toContain('3000');
  });

  it('reads `项目总投资（万元）` as an amount column', () => {
    expect(headerKinds('项目总投资（万元）', '总投资(亿元)')).toEqual(['other', 'other']);
  });
});

describe('labelled unit lines first seen in the eighteenth session’s held-out plans', () => {
  it('reads a note on later tasks that a copy broke over lines after the label', () => {
    const plan = parsePlanText(
      [
        '一、加强规划引领',
        '（一）统筹考虑医养结合发展，保障用地需求。',
        '责任单位：',
        '各县（区）人民政府（管委会），',
        '市自然资源局、卫健委、民政局。以下均需',
        '各县（区）人民政府（管委会）',
        '落实，不再列出',
        '（二）推进社区医养结合服务设施建设。',
        '责任单位：市卫健委、民政局',
      ].join('\n'),
      { year: 2022 },
    );
    expect(unitsOf(plan)).toEqual([
      ['各县（区）人民政府（管委会）', '市自然资源局', '卫健委', '民政局'],
      ['市卫健委', '民政局', '各县（区）人民政府（管委会）'],
    ]);
  });

  it('reads a railway’s sections (`永安工务段`) in a list as units, so the list is not cut at its comma', () => {
    const plan = parsePlanText(
      [
        '1.拆除乱建乱搭：依法拆除铁路用地红线内的建筑。',
        '责任单位：各县（区）政府，市城管执法局、国土资源局、中国铁路南昌局集团有限公司福州工务段、永安工务段。',
        '2.规整建筑立面：对沿线建筑立面进行提升改造。',
        '责任单位：各县（区）政府，市住建局',
      ].join('\n'),
      { year: 2018 },
    );
    expect(unitsOf(plan)).toEqual([
      ['各县（区）政府', '市城管执法局', '国土资源局', '中国铁路南昌局集团有限公司福州工务段', '永安工务段'],
      ['各县（区）政府', '市住建局'],
    ]);
  });

  it('reads a time label that closes a line of labels with its value on the lines below', () => {
    const plan = parsePlanText(
      [
        '二、全面推行行政执法公示制度',
        '（一）统筹推进行政执法公示与政府信息公开工作。',
        '责任单位：市级行政执法部门，市数字办；进度安排：',
        '2019',
        '年',
        '12',
        '月底前',
        '（二）加强对本系统行政执法公示工作的指导。',
        '责任单位：市级行政执法部门；进度安排：',
        '2019年9月底前',
      ].join('\n'),
      { year: 2019 },
    );
    expect(plan.tasks.map((t) => (t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind))).toEqual([
      '2019-12-31',
      '2019-09-30',
    ]);
  });

  it('gives the unit a bracketed note follows (`（以下各项工作均为责任单位，不再重复）`) to this task and every later one', () => {
    const plan = parsePlanText(
      [
        '1.建立隐患排查和责任倒查机制。〔责任科室（单位）：各县（市、区）住建局（以下各项工作均为责任单位，不再重复）、建筑业科〕',
        '2.推动重大事故隐患动态清零。〔责任科室（单位）：城建科〕',
      ].join('\n'),
      { year: 2024 },
    );
    expect(unitsOf(plan)).toEqual([
      ['各县（市、区）住建局', '建筑业科'],
      ['城建科', '各县（市、区）住建局'],
    ]);
  });

  it('reads `工作时限：` as a time label', () => {
    const plan = parsePlanText(
      ['1.制定商品房土地供应计划。', '责任单位：市自然资源局', '工作时限：2025年3月31日前完成。'].join('\n'),
      { year: 2025 },
    );
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2025-03-31' });
  });

  it('reads `由X负责，<more of the task>` as units inside the task also where the rest holds 落实 as a verb', () => {
    const plan = parsePlanText(
      [
        '四、应急组织',
        '1.后勤保障组。由党政办公室负责，组织协调有关部门，落实运输保障工作。',
        '2.综合协调组。由交通与建设处负责，政法综治处配合，承接事故报告。',
      ].join('\n'),
      { year: 2020 },
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['1', ['responsible:党政办公室']],
      ['2', ['responsible:交通与建设处', 'cooperate:政法综治处']],
    ]);
  });

  it('keeps the last task whose unit list ends in 等 before the list of attachments', () => {
    const plan = parsePlanText(
      [
        '1.完善督导考核机制。市级按月开展调度。',
        '责任单位：市生态环境局、住建局、河长办等',
        '2.建立资金奖励机制。设立市级专项资金。',
        '责任单位：市财政局、生态环境局、河长办等',
        '附件：1.莆田市农村生活污水提升治理任务及分类汇总表',
        '2.莆田市农村生活污水提升治理年度任务分解表',
      ].join('\n'),
      { year: 2021 },
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(plan.diagnostics.map((d) => d.code)).not.toContain('plan-truncated');
  });

  it('keeps a duty’s unit and verb in its text as printed (`党政办公室要落实好…`), and reads `X一要…二要…` as X’s duty', () => {
    const plan = parsePlanText(
      [
        '春运工作方案',
        '三、明确职责分工',
        '1.党政办公室要落实好春运期间值班值守安排及督查工作。',
        '2.党群工作处要加强对群众性民俗传统活动的监管。',
        '3.社会事业处一要做好外来工疏运的工作安排。二要加强春运期间疫情防控。',
      ].join('\n'),
      { year: 2020 },
    );
    expect(plan.tasks.map((t) => [t.text, t.assignments.map((a) => a.unit)])).toEqual([
      ['党政办公室要落实好春运期间值班值守安排及督查工作。', ['党政办公室']],
      ['党群工作处要加强对群众性民俗传统活动的监管。', ['党群工作处']],
      ['社会事业处一要做好外来工疏运的工作安排。二要加强春运期间疫情防控。', ['社会事业处']],
    ]);
  });

  it('reads the duties numbered `⑴`… under a heading of duties, and a heading `1.X职责` over the paragraph of X', () => {
    const plan = parsePlanText(
      [
        '（三）落实责任分工。各县（区）人民政府和有关部门要明确分工，密切协作。',
        '1.各县（区）人民政府职责',
        '各县（区）人民政府承担项目建设主体责任，要将渔港建设资金纳入本级财政预算。',
        '2.各相关部门职责',
        '⑴海洋渔业部门负责渔港项目的组织策划和实施推进。',
        '⑵发改部门负责新建渔港项目工程可行性研究报告审批工作。',
        '⑶财政部门负责渔港项目总投资的评审。',
      ].join('\n'),
      { year: 2021 },
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['1', ['各县（区）人民政府']],
      ['⑴', ['海洋渔业部门']],
      ['⑵', ['发改部门']],
      ['⑶', ['财政部门']],
    ]);
    expect(plan.tasks[0]?.text).toMatch(/^各县（区）人民政府职责/u);
  });

  it('reads the duties under `（二）职责分工` inside `三、组织保障`, also `X依照职责，负责…` and `X具体负责…`', () => {
    const plan = parsePlanText(
      [
        '地质灾害点应急预案',
        '一、地质灾害危险点概况',
        '（一）地质灾害点位置 辖区内有2个地灾点。',
        '三、组织保障',
        '（一）领导小组 为保障群众生命财产安全，成立工作领导小组。',
        '（二）职责分工 各相关部门在突发地质灾情发生时，应按照工作领导小组的统一调度，做好相应的应急工作。',
        '1.各村居联合党委负责在工作领导小组的统一部署下，深入一线。',
        '2.交通与建设处依照职责，负责在交通受损区域采取有效措施。',
        '3.资源生态处具体负责灾情结束对地灾点的调查。',
      ].join('\n'),
      { year: 2023 },
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['1', ['各村居联合党委']],
      ['2', ['交通与建设处']],
      ['3', ['资源生态处']],
    ]);
  });

  it('reads a time cell of stages broken over lines, each closed by a semicolon, as one cell (the latest stage)', () => {
    const plan = parsePlanText(
      [
        '序号',
        '工作任务',
        '完成时限',
        '责任科室',
        '1',
        '构建“多规合一”的“一张蓝图”，整合各类空间管控数据。',
        '6',
        '月底前初步构建“一张蓝图”；',
        '9',
        '月底前开展差异图斑分析；年底前作一致性处理；',
        '2020',
        '年形成市县全域“一张蓝图”',
        '国土空间规划科负责牵头，用途管制科配合',
        '2',
        '建立和管理“多规合一”业务协同平台。',
        '5',
        '月底建立规划目录，',
        '6',
        '月底前平台试运行，年底前完成',
        '审批科负责牵头，有关业务科室配合',
      ].join('\n'),
      { year: 2019 },
    );
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.assignments.map((a) => `${a.role}:${a.unit}`),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      ['1', ['lead:国土空间规划科', 'cooperate:用途管制科'], '2020-12-31'],
      ['2', ['lead:审批科', 'cooperate:有关业务科室'], '2019-12-31'],
    ]);
  });

  it('reads `X组负责人：NAME由Y负责，Z配合，…` as Y’s duty with Z cooperating, not as the group’s or the person’s', () => {
    const plan = parsePlanText(
      [
        '（二）领导小组下设专业处置组，具体承担事故救援和处置工作。',
        '1.综合协调组负责人：韩祥平由交通与建设组负责，政法综治组、党政办公室配合，承接事故的报告；协调各组的抢险救援工作。',
        '2.安全保卫组负责人：林和文由政法综治组负责，各辖区派出所配合，组织警力对事故现场进行警戒。',
        '3.医疗救护组负责人：林 超由政法综治组负责，辖区各卫生院配合，组织有关医疗单位对伤亡人员实施救治。',
      ].join('\n'),
      { year: 2020 },
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['1', ['responsible:交通与建设组', 'cooperate:政法综治组', 'cooperate:党政办公室']],
      ['2', ['responsible:政法综治组', 'cooperate:各辖区派出所']],
      ['3', ['responsible:政法综治组', 'cooperate:辖区各卫生院']],
    ]);
  });

  it('reads each office’s duty in a paragraph of unnumbered duties, in a plan naming units no other way', () => {
    const plan = parsePlanText(
      [
        '苏平片区河（湖）长制实施方案',
        '二、组织形式',
        '（一）片区级。设立片区级河（湖）长，负责领导全片区河道管理工作。',
        '（二）部门职责。各部门要协同推进河道整治、管理和保护等各项工作。河长办公室负责定期召开部门联席会议，协调各部门的相关工作。党群工作处负责协调组织开展相关宣传教育工作。经济发展处负责做好涉及河道的产业布局和项目审批。各（边防）派出所负责依法打击破坏河道工程设施的违法行为。',
      ].join('\n'),
      { year: 2019 },
    );
    expect(
      plan.tasks
        .filter((t) => t.assignments.length > 0)
        .map((t) => [t.text.slice(0, 9), t.assignments.map((a) => a.unit)]),
    ).toEqual([
      ['河长办公室负责定期', ['河长办公室']],
      ['党群工作处负责协调', ['党群工作处']],
      ['经济发展处负责做好', ['经济发展处']],
      ['各（边防）派出所负', ['各（边防）派出所']],
    ]);
  });

  it('reads a member unit’s duty whose colon opens the next line (`⑵局办公室` / `：负责…`)', () => {
    const plan = parsePlanText(
      [
        '2.3.3市局领导小组成员单位主要职责',
        '（一）做好渔船进港避风工作。责任单位：市海洋与渔业执法支队',
        '（二）各成员单位的职责如下。',
        '⑴局防灾减灾科：承担市局领导小组办公室职责。',
        '⑵局办公室',
        '：负责防台风期间局办公室值班，落实后勤保障工作。',
        '⑶后海围垦管理局',
        '：负责后海围垦海堤、水闸等防汛工程的安全管理。',
      ].join('\n'),
      { year: 2023 },
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['一', ['市海洋与渔业执法支队']],
      ['⑴', ['局防灾减灾科']],
      ['⑵', ['局办公室']],
      ['⑶', ['后海围垦管理局']],
    ]);
  });

  it('reads a duty that names ICP备案 as a duty, not as the page’s footer (`闽ICP备05009235号`)', () => {
    const plan = parsePlanText(
      [
        '剑网专项行动方案',
        '（二）完善工作机制。各部门要明确分工。区市场监管局负责专项行动的牵头工作。区宣传办负责加强网络内容管理。区公安局要加大刑事打击力度。区通管办协助开展调查取证工作，对严重侵权的网站依法注销ICP备案。',
        '闽ICP备05009235号',
      ].join('\n'),
      { year: 2020 },
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => a.unit).join())).toContain('区通管办');
  });
});

describe('work groups and duty sections first seen in the twentieth session’s held-out 应急预案', () => {
  it('gives a work group’s task to the units after 由 in its first sentence, its name opening the text', () => {
    const plan = parsePlanText(
      [
        '防溺水事故应急预案',
        '一、工作职责',
        '1.社会事业处负责指导督促各学校加强防溺水宣传教育。',
        '2.农业农村处负责在各水域设立醒目的防溺水警示标志。',
        '二、应急处置',
        '1.抢险救援组组长：林和文。工作任务：第一时间负责落实人员溺水搜救工作。',
        '2.机械联系组应急抢险救援信息发布后，由农业农村处负责联系船只开展应急救援救灾工作。',
        '3.后勤保障组由党政办公室负责车辆、餐饮等后勤保障工作，费用据实报销。',
        '4.队伍、物资保障组由政法综治处根据实际情况准备防汛抢险物资。',
      ].join('\n'),
      { year: 2022 },
    );
    expect(plan.tasks.map((t) => [t.number, t.text.slice(0, 5), t.assignments.map((a) => a.unit)])).toEqual([
      ['1', '社会事业处', ['社会事业处']],
      ['2', '农业农村处', ['农业农村处']],
      ['1', '抢险救援组', []],
      ['2', '机械联系组', ['农业农村处']],
      ['3', '后勤保障组', ['党政办公室']],
      ['4', '队伍、物资', ['政法综治处']],
    ]);
  });

  it('gives a work group’s numbered duties to the units in the bracket after its name', () => {
    const plan = parsePlanText(
      [
        '宗教活动场所灭火和应急疏散预案',
        '一、疏散预案',
        '（一）疏散指挥部（政法综治处、党群工作处、各行政村）主要职责：掌握现场情况，包括：',
        '1.被困人员情况；',
        '2.人员疏散情况。',
        '（二）通讯保障组（党政办公室、交通建设处）主要责任：',
        '1.传达总指挥命令；',
        '2.发生事故时负责保证电话线路畅通无阻。',
        '二、有关要求',
        '1.各宗教团体要按照预案要求研究制定具体措施。',
      ].join('\n'),
      { year: 2021 },
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['一', ['responsible:政法综治处', 'responsible:党群工作处', 'responsible:各行政村']],
      ['二', ['responsible:党政办公室', 'responsible:交通建设处']],
    ]);
    expect(plan.tasks[1]?.text).toContain('电话线路畅通无阻');
  });

  it('reads a 保障措施 section each of whose items gives one named office its duty, but not one of requirements', () => {
    const text = (second: string) =>
      [
        '海堤应急预案',
        '一、应急措施',
        '（一）相关村在恶劣天气来临时要安排专人监测。',
        '二、保障措施',
        '（一）党群工作处负责发布信息，做好宣传工作。',
        second,
        '（三）农业农村处负责及时掌握潮情水位。',
      ].join('\n');
    const named = parsePlanText(text('（二）区公安局驻片区工作组负责做好治安管理工作。'), { year: 2022 });
    expect(named.tasks.filter((t) => t.assignments.length > 0).map((t) => t.assignments.map((a) => a.unit))).toEqual([
      ['相关村'],
      ['党群工作处'],
      ['区公安局驻片区工作组'],
      ['农业农村处'],
    ]);
    // (An item addressing every unit of a kind makes the section one of requirements again.)
    const general = parsePlanText(text('（二）各相关部门要储备相应的人员力量。'), { year: 2022 });
    expect(general.tasks.flatMap((t) => t.assignments.map((a) => a.unit))).toEqual(['相关村']);
  });

  it('breaks a page’s duties after `（四）成员职责`, also those of 卫生院 and 村 offices', () => {
    const plan = parsePlanText(
      [
        '殡葬改革突发公共事件应急预案',
        // (A page flattened onto one line: only a long line is broken at its duties.)
        `二、应急指挥体系及职责（一）指挥部的主要职责${'指挥部负责研究决定殡葬改革工作中应急工作的有关重大问题，安排部署突发公共事件的应急处置工作。'.repeat(20)}（四）成员职责党政办公室：负责对突发公共事件协调工作。社会事业处：负责牵头制定殡葬改革应急预案。各卫生院：负责做好应急突发事件的医疗保障工作。各行政村：要建立本辖区殡葬改革突发事件应急预案。三、应急处置（一）应急分类 将应急响应分为两大类。`,
      ].join('\n'),
      { year: 2023 },
    );
    const units = plan.tasks.filter((t) => t.assignments.length > 0).map((t) => t.assignments.map((a) => a.unit));
    expect(units).toEqual([['党政办公室'], ['社会事业处'], ['各卫生院'], ['各行政村']]);
  });
});

describe('parsePlanText on an inspection plan printed one cell per line, each unit after a cell naming its role', () => {
  const header = [
    '序号',
    '检查事项',
    '责任',
    '单位',
    '检查主体',
    '检查内容',
    '检查标准',
    '检查依据',
    '检查对象数量或比例',
    '年度预计检查时间',
  ];
  const rows = [
    [
      '1',
      '对校车安全的联合检查',
      '牵头单位',
      '市教育局',
      '配备校车的学校的校车安全管理工作。',
      '学校是否遵守《校车安全管理条例》第十条至十二条等规定。',
      '《校车安全管理条例》',
      '100%',
      '9—10月',
    ],
    ['协同单位1', '市交通运输局', '校车服务提供者的营运活动。', '是否非法从事运送学生的营运活动。'],
    ['协同单位2', '市公安局', '校车驾驶人符合资质条件情况。', '校车是否符合《校车安全管理条例》第十四条的规定。'],
    [
      '2',
      '对烟花爆竹企业的联合检查',
      '牵头部门',
      '市应急局',
      '从事烟花爆竹批发的企业采购、销售情况。',
      '是否采购或销售非法生产的烟花爆竹。',
      '《烟花爆竹安全管理条例》',
      '3',
      '10—12月',
    ],
    ['协同单位', '市供销社', '从事烟花爆竹批发企业应有保管员。', '是否配备保管员且持证上岗。'],
    [
      '3',
      '对涉及职业病危害用人单位的联合检查',
      '牵头单位',
      '市',
      '卫健委',
      '职业病防治监督管理。',
      '是否违反《中华人民共和国职业病防治法》。',
      '根据实际情况统计',
      '5-10月',
    ],
    ['协同单位1', '市人社局', '劳动合同签订情况。', '是否签订劳动合同。'],
  ];
  const text = ['三明市2026年“综合查一次”检查计划', ...header, ...rows.flat()].join('\n');

  it('reads each row’s lead and cooperating units by their role cells and its time cell, not its details', () => {
    const plan = parsePlanText(text, { year: 2026 });
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.text,
        t.assignments.map((a) => `${a.role}:${a.unit}`),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      ['1', '对校车安全的联合检查', ['lead:市教育局', 'cooperate:市交通运输局', 'cooperate:市公安局'], '2026-10-31'],
      ['2', '对烟花爆竹企业的联合检查', ['lead:市应急局', 'cooperate:市供销社'], '2026-12-31'],
      ['3', '对涉及职业病危害用人单位的联合检查', ['lead:市卫健委', 'cooperate:市人社局'], '2026-10-31'],
    ]);
  });
});

describe('labels and colon duties first seen in the twentieth session’s held-out plans', () => {
  it('reads `责任人和责任单位：` alone on its line as the label of the units on the next', () => {
    const plan = parsePlanText(
      [
        '四、检查内容及责任单位',
        '（一）专项督查。',
        '是否组织开展安全生产大检查。',
        '责任人和责任单位：',
        '规划法规监督科，海域和海岛管理科，各级海洋与渔业行政主管部门。',
        '（二）渔业船舶检查。',
        '渔业船舶安全检查重点查通讯、信号设备是否完好。',
        '责任单位：',
        '县（区、管委会）海洋与渔业行政主管部门及其执法机构。',
      ].join('\n'),
      { year: 2018 },
    );
    expect(unitsOf(plan)).toEqual([
      ['规划法规监督科', '海域和海岛管理科', '各级海洋与渔业行政主管部门'],
      ['县（区、管委会）海洋与渔业行政主管部门及其执法机构'],
    ]);
    // (The whole label is the clause's: none of it stays in the task's text.)
    expect(plan.tasks[0]?.text).toBe('专项督查。是否组织开展安全生产大检查。');
  });

  it('reads a run of colon duties whose offices end in 办 and carry their other name in a bracket', () => {
    const plan = parsePlanText(
      [
        '二、组织机构',
        '工作领导小组下设办公室，挂靠局规划法规监督科。具体分工和职责如下：',
        '局规划法规监督科（局安办）：负责对专项行动中查处的违法违规行为提供政策法规指导。',
        '局防灾减灾办（指挥中心）：负责专项行动的信息联络工作，协调全市渔业联合执法行动。',
        '市海洋与渔业执法支队：负责制定专项行动具体实施方案；组织开展执法检查。',
        '三、整治重点',
        '㈠“三无”船舶违法从事渔业生产的违法行为；',
      ].join('\n'),
      { year: 2014 },
    );
    expect(plan.tasks.flatMap((t) => t.assignments.map((a) => a.unit))).toEqual([
      '局规划法规监督科（局安办）',
      '局防灾减灾办（指挥中心）',
      '市海洋与渔业执法支队',
    ]);
  });

  it('breaks the colon duties after `2.3 X成员单位职责`, 海关 among the agencies', () => {
    const plan = parsePlanText(
      [
        '农业生物灾害应急预案',
        `2 应急指挥体系2.2 区防控指挥部职责${'区防控指挥部负责对全区农业生物灾害防控工作的决策部署，统一领导应急处置工作。'.repeat(30)}2.3 区防控指挥部成员单位职责区农业农村局：负责制订农业作物生物灾害预警的技术方案。区经济发展局：会同区农业农村局组织开展防控技术攻关。平潭海关：配合农业农村部门建立健全信息互通制度。区通管办：负责组织协调各电信运营企业提供通信保障工作。3.1 灾害监测 区级农业农村部门要建立完善农业生物灾害监测网络。`,
      ].join('\n'),
      { year: 2022 },
    );
    const units = plan.tasks.filter((t) => t.assignments.length > 0).map((t) => t.assignments[0]?.unit);
    expect(units).toEqual(['区农业农村局', '区经济发展局', '平潭海关', '区通管办']);
  });

  it('gives a step of a plan without labels to the agency doing it after the step’s title and a clause of when', () => {
    const plan = parsePlanText(
      [
        '远洋渔业补助资金项目实施方案',
        '四、申报程序',
        '（一）上报需求。专项资金项目按“属地申报”的原则，于实施年度下一年5月底前由区农业农村局行文上报省海洋与渔业局。',
        '（二）下达资金。区财政金融局及时下达资金及绩效目标。',
        '（三）组织申报拨付。每年9月底前，区农业农村局组织申报单位按照要求进行申报、审核。',
        '（四）公示结果。公示无异议后拨付补助资金。',
      ].join('\n'),
      { year: 2022 },
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['一', ['区农业农村局']],
      ['二', ['区财政金融局']],
      ['三', ['区农业农村局']],
    ]);
  });

  it('reads a title naming a unit, then its duty after a full stop (`（一）项目工作小组。负责…`)', () => {
    const plan = parsePlanText(
      [
        '心血管病高危人群早期筛查项目方案',
        '七、职责分工',
        '（一）项目工作小组。负责项目的协调、组织实施、经费保障等事项。',
        '（二）项目技术指导组。主要负责项目实施的技术指导和质量控制工作。',
        '（三）加强质量控制。严格按照项目技术方案开展人员培训。',
      ].join('\n'),
      { year: 2021 },
    );
    expect(plan.tasks.map((t) => [t.number, t.text.slice(0, 4), t.assignments.map((a) => a.unit)])).toEqual([
      ['一', '负责项目', ['项目工作小组']],
      ['二', '主要负责', ['项目技术指导组']],
    ]);
  });

  it('gives an office’s name alone over numbered items to each of them, and reads offices opening items with 聚焦 or 将', () => {
    const plan = parsePlanText(
      [
        '2016年“质量月”活动方案',
        '三、活动内容及分工',
        '（一）质量技术监督管理处',
        '1.开展机动车安检机构监督检查。保证检测设备合格。',
        '2.深入开展电梯维保单位专项整治。',
        '（二）知识产权保护处聚焦民生领域和高新技术领域，深入开展知识产权“护航”专项行动。',
        '（三）信用信息监督管理处将有关处罚信息纳入市场主体信用信息平台建设内容。',
        '四、活动要求',
        '（一）开展质量宣传活动。要加大质量宣传力度。',
      ].join('\n'),
      { year: 2016 },
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['1', ['质量技术监督管理处']],
      ['2', ['质量技术监督管理处']],
      ['二', ['知识产权保护处']],
      ['三', ['信用信息监督管理处']],
    ]);
  });

  it('gives the numbered duties under `X职责：` or `X是…主管部门，履行下列职责：` to X, whatever unit they name inside', () => {
    const plan = parsePlanText(
      [
        '房屋结构安全隐患分类处置工作指导意见',
        '四、建立长效机制',
        '（一）区交建局是实验区房屋安全管理工作的主管部门，履行下列职责：',
        '1.统筹和指导全区房屋安全管理工作；',
        '2.对房屋安全检测鉴定市场进行监管；',
        '（二）区资源生态局职责：',
        '1.协助提供已审批的房屋用地面积；',
        '2.配合区执法与应急局做好“两违”整治工作。',
        '（三）片区管理局职责：落实属地管理责任，履行下列职责：',
        '1.负责对房屋安全责任人进行登记；',
        '2.协助区交建局开展房屋安全宣传和培训工作。',
      ].join('\n'),
      { year: 2020 },
    );
    expect(numbersAndUnits(plan)).toEqual([
      ['1', ['区交建局']],
      ['2', ['区交建局']],
      ['1', ['区资源生态局']],
      ['2', ['区资源生态局']],
      ['1', ['片区管理局']],
      ['2', ['片区管理局']],
    ]);
  });

  it('breaks a flattened annex of duties by department type (`环保部门：…财政部门：…公安部门：…`)', () => {
    // (The annex of a 2015 plan as its page printed it, flattened onto one line, a blank before each department.)
    const annex =
      '附件3 平潭综合实验区网格化环保监管体系工作职责 各级政府及相关部门要严格按照《福建省环境保护监督管理“一岗双责”暂行规定》（法律法规关于环保监管职责调整的从其规定）部门责任分工，认真落实网格内的环保监管职责，具体如下： 一、区管委会 负责全区网格化环保监管体系建立和运行；制定实施方案，明确相关部门环保监管工作职责，指导、监督各级网格责任人的履职情况；依法履行属地环境保护监督管理职责，组织开展对辖区内排污企业、生态环境、信访案件、污染纠纷、环境安全隐患、违法建设项目、饮用水源地、农村环境综合整治等监管工作，对严重违法排污的企业实施停、限产决定，并责成有关部门采取相应措施落实到位。 二、乡镇政府 指导辖区内四级网格的建立和运行，依法履行属地环保监管职责，承担本辖区日常环保监管检查、巡查、协调任务，发现问题、接到投诉举报及时调查了解、妥善协调处理环境信访投诉、环境污染纠纷案件，依法全面履行本级网格监管职责，对违法排污问题及时制止、及时向负责该网格的区级监管工作组报告并配合依法查处。 三、相关部门 环保部门：落实属地环保监管职责，承担本辖区日常环保监管任务，依法查处辖区内各类环境违法行为，及时处理环境信访投诉、环境污染纠纷案件及上级督办事项。 人事（编制）部门：完善环境保护机构建设，充实环境监察执法人员。 财政部门：为网格化环境监管体系的建立和正常运行提供经费保障。 国土资源部门：在 编制土地利用总体规划和矿产资源总体规划过程中，落实环境影响评价制度；对新设置的采矿权，在审核阶段，应要求采矿权申请人提交经环保部门审批同意的开采 矿产资源环境影响评价报告文件；负责组织划定禁止采矿区；负责对矿山地质环境的治理恢复实施监督管理；落实矿山地质保证金制度，负责将查处的无证非法开采 矿山及达不到最小开采规模的矿山提请政府组织关闭。 公安部门：按 照国家法律法规的规定，负责四种社会生活类噪音监督管理：一是在城市市区噪声敏感建筑物集中区域内使用高音广播喇叭的；二是违反当地公安机关规定，在城市 市区街道、广场、公园等公共场所组织娱乐、集会等活动，使用音响器材，产生干扰周围生活环境过大音量的；三是使用家用电器、乐器或者进行其他家庭室内娱乐 活动时，产生过大噪音的；四是住宅楼进行室内装修，在限制作业时间制造噪音过大的。 负责危险化学品的公共安全管理；负责发放剧毒化学品购买许可证、核发剧毒化学品道路运输通行证。负责放射性物品运输安全的有关监督管理工作，负责丢失、被 盗放射源的立案侦查和追缴，参与放射源的放射性污染事故应急工作。协助环境保护部门对机动车尾气污染进行监督管理。负责做好环境污染事故和环境信访事件的 维稳工作，配合环保部门加大执法力度，依法查处环境污染事故、环境违法行为等刑事案件和治安案件。 发改部门：将环境保护纳入经济和社会发展规划、计划；在审批和核准重大项目单位报送的项目可研报告或项目申请报告时，对未提供环境影响评价文件和环境保护部门审批意见的，不予办理审批或核准。属于备案项目的，在项目备案后应告知项目业主向环境保护部门报送环境影响评价文件。 经信部门：对 审批权限内的建设项目，在审批和核准项目单位报送的项目可研报告或项目申请报告时，对未提供具有审批权限的环境保护部门出具的环境影响评价文件审批意见 的，不予办理审批或核准；属于备案项目的，在项目备案后应告知项目业主向环保部门报批环境影响评价文件。执行有利于环境保护的产业政策，指导督促工业企业 落实环境保护相关制度，推动企业达标排放；组织推广应用新技术、新工艺、新产品，积极推进清洁生产和循环经济，指导和督促企业开展技术改造和污染治理。严 格执行国家产业政策，提请政府关闭、淘汰不符合国家产业政策的工艺、装备和产品；协助环保部门制定污染物排放总量控制计划，负责制定并监督落实产业结构调 整措施。 水利部门：负 责在水利资源开发专项规划上报或审批前，按照有关法律、法规组织环境影响评价，并向审批该专项规划的机关提出环境影响评价文件和书面审查意见。负责划定禁 采砂区、查处河道违法采砂行为。协助环保部门加强对河道排污口及饮用水源保护区违规排污口的监督管理。对其主管的三十六脚湖自然保护区进行保护和监督管 理。';
    const plan = parsePlanText(`网格化环保监管体系建设实施方案\n${annex}`, { year: 2015 });
    const units = plan.tasks.map((t) => t.assignments.map((a) => a.unit).join());
    for (const unit of ['环保部门', '财政部门', '国土资源部门', '公安部门', '发改部门', '经信部门', '水利部门'])
      expect(units).toContain(unit);
  });
});

describe('readClause on `督办单位：`', () => {
  it('reads the units a plan sets to see a lead’s work through as cooperating, apart from the lead', () => {
    expect(
      readClause('牵头单位：平潭供电公司、平潭华润燃气公司 督办单位：区市场监管局、经济发展局').assignments.map((a) => [
        a.unit,
        a.role,
      ]),
    ).toEqual([
      ['平潭供电公司', 'lead'],
      ['平潭华润燃气公司', 'lead'],
      ['区市场监管局', 'cooperate'],
      ['经济发展局', 'cooperate'],
    ]);
  });
});

describe('marks, cuts and heading labels first seen in the twenty-first session’s held-out plans', () => {
  const table = (mark: string, note: string) =>
    [
      '序号',
      '|',
      '重点工作目标任务',
      '|',
      '责任单位',
      '|',
      '1',
      '|',
      '地区生产总值增长5%以上。',
      '|',
      `${mark}区发改委、统计局`,
      '|',
      '2',
      '|',
      '一般公共预算收入同口径增长6%以上。',
      '|',
      `${mark}区财政局、税务局`,
      '|',
      note,
    ].join('\n');

  it('drops a mark before a unit the plan does not explain, keeping the column’s role', () => {
    const plan = parsePlanText(table('★', ''), { year: 2024 });
    expect(roles(plan)).toEqual([
      ['responsible:区发改委', 'responsible:统计局'],
      ['responsible:区财政局', 'responsible:税务局'],
    ]);
  });

  it('reads a mark as the lead where the plan says so, whichever mark it is', () => {
    const plan = parsePlanText(table('▲', '注：带“▲”的为牵头单位。'), { year: 2024 });
    expect(roles(plan)).toEqual([
      ['lead:区发改委', 'responsible:统计局'],
      ['lead:区财政局', 'responsible:税务局'],
    ]);
  });

  it('leaves out a last task cut inside a label word or inside a unit’s bracket', () => {
    const labels = (last: string) =>
      [
        '一、重点工作任务',
        '54.推动京沈客专全线贯通。',
        '牵头单位:省发展改革委、省交通运输厅',
        '104.沈阳地铁3号线项目。',
        '牵头单位:省发展改革委',
        '责任单位:沈阳市政府',
        '146.沈阳经通化至白河高铁项目。',
        '牵头单位:省交通运输厅',
        last,
      ].join('\n');
    expect(parsePlanText(labels('責'), { year: 2020 }).tasks.map((t) => t.number)).toEqual(['54', '104']);
    expect(parsePlanText(labels('責'), { year: 2020 }).truncated).toBe(true);
    expect(parsePlanText(labels('责任单位:沈阳市政府'), { year: 2020 }).tasks.map((t) => t.number)).toEqual([
      '54',
      '104',
      '146',
    ]);
    const cells = (last: string) =>
      [
        '序号',
        '主要工作',
        '责任单位',
        '1',
        '生产总值增长7.5%左右',
        '发改局,各部门,各镇乡(街道)',
        '2',
        '开展招商选资竞赛活动,力争引进10亿元以上项目8个。',
        last,
      ].join('\n\n');
    expect(parsePlanText(cells('招商投资促进中心,各部门,各镇乡('), { year: 2023 }).tasks.map((t) => t.number)).toEqual([
      '1',
    ]);
    expect(
      parsePlanText(cells('招商投资促进中心,各部门,各镇乡(街道)'), { year: 2023 }).tasks.map((t) => t.number),
    ).toEqual(['1', '2']);
    // A table one cell per line, cut after the first characters of the last row's lead cell.
    const stream = (last: string) =>
      [
        '序号',
        '重点工作',
        '牵头单位',
        '配合单位',
        '1',
        '加快建设科技创新轴。',
        '市科技局',
        '黄埔区、南沙区政府',
        '2',
        '加快建设大湾区国家技术创新中心。',
        last,
      ].join('\n\n');
    expect(parsePlanText(stream('市科'), { year: 2021 }).tasks.map((t) => t.number)).toEqual(['1']);
    expect(parsePlanText(stream('市委'), { year: 2021 }).tasks.map((t) => t.number)).toEqual(['1', '2']);
  });

  it('keeps a last colon duty whose flattened line runs on into the page’s 附件下载', () => {
    const text = [
      '二、成员单位职责',
      '区财政金融局：负责落实开展抗病毒药物储备及禽流感防治所需经费。',
      '区经发局商务处：负责牵头活禽市场管控，监督指导家禽交易市场及农贸市场消杀工作。',
      '区市场监督管理局市场规范管理处：负责活禽及禽类产品集中交易的市场监管、维护市场经营秩序等工作。',
      '区市场管理局质量技术监督管理处：负责加强以活禽或禽类产品作为原料的企业或小作坊的监管管理。 附件下载',
    ].join('\n');
    expect(roles(parsePlanText(text, { year: 2015 }))).toEqual([
      ['responsible:区财政金融局'],
      // `负责牵头…`: the office leads.
      ['lead:区经发局商务处'],
      // A bureau's own office whose name opens with 市场 is one unit.
      ['responsible:区市场监督管理局市场规范管理处'],
      ['responsible:区市场管理局质量技术监督管理处'],
    ]);
  });

  it('gives items that name only who works with them the lead labelled in their heading', () => {
    const text = [
      '一、任务分工',
      '（一）资金保障攻坚战分管领导：林培杰牵头单位：办公室',
      '1.加大存量资金盘活力度。进一步挖掘和加大存量资金盘活力度。（局各单位配合）',
      '2.努力向上争取资金。进一步激发各单位向上争取资金的积极性。（局各单位配合）',
      '（二）审批提速攻坚战分管领导：王新新牵头单位：法规处、信用处',
      '1.开通社会项目审批“快速通道”。进一步梳理办件流程。（法规处牵头，质监处根据需要配合）',
      '2.着力优化平台型企业“经营环境”。靠前服务，主动作为。（信用处牵头，局各单位配合）',
    ].join('\n');
    expect(roles(parsePlanText(text, { year: 2020 }))).toEqual([
      ['cooperate:局各单位', 'lead:办公室'],
      ['cooperate:局各单位', 'lead:办公室'],
      ['lead:法规处', 'cooperate:质监处'],
      ['lead:信用处', 'cooperate:局各单位'],
    ]);
  });
});

describe('headings, in-line labels and opening clauses first seen in the twenty-first session’s held-out plans', () => {
  it('gives a paragraph under `（一）X牵头的工作` its lead', () => {
    const text = [
      '一、孟学农省长负责的工作',
      '全面负责省人民政府工作任务的落实。',
      '(一)省监察厅牵头的工作',
      '加强行政监察工作,全面落实政府系统党风廉政建设责任制。',
      '(二)省审计厅牵头的工作',
      '全面加强审计工作。',
      '协同单位:省直各部门和各市人民政府。',
      '(三)省编办牵头的工作',
      '1.深化行政管理体制改革,优化政府机构设置。',
      '2.积极稳妥地推进乡镇机构改革。',
      '协同单位:省财政厅、省人事厅、省农业厅等省直有关部门和各市人民政府。',
      '二、薛延忠常务副省长负责的工作',
      '(一)省人民政府办公厅牵头的工作',
      '1.加强政府自身建设,切实优化政务环境。',
      '协同单位:省直有关部门和各市人民政府。',
    ].join('\n');
    expect(roles(parsePlanText(text, { year: 2008 })).slice(0, 3)).toEqual([
      ['lead:省监察厅'],
      ['cooperate:省直各部门', 'cooperate:各市人民政府', 'lead:省审计厅'],
      // (Items sharing the unit line after them are one task, as the corpus reads them.)
      ['cooperate:省财政厅', 'cooperate:省人事厅', 'cooperate:省农业厅', 'cooperate:各市人民政府', 'lead:省编办'],
    ]);
  });

  it('keeps the sentences after a label standing in an item’s line with that item', () => {
    const text = [
      '一、各县区民生工程实施进度综合排名',
      '1、金寨县;2、裕安区;3、霍山县。',
      '二、部分项目进展情况',
      '1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。',
      '2、农村饮水安全巩固提升工程,牵头部门:市水利局。未完成建设任务的县区为舒城县。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2017 });
    expect(plan.tasks.map((t) => [t.number, t.text, roles({ ...plan, tasks: [t] })[0]])).toEqual([
      ['1', '农村道路畅通工程。建设进度相对较慢的县区为舒城县。', ['lead:市交通局']],
      ['2', '农村饮水安全巩固提升工程。未完成建设任务的县区为舒城县。', ['lead:市水利局']],
    ]);
  });

  it('keeps the words after a clause opening an item’s paragraph with that item', () => {
    const text = [
      '1、在兰州设立综合配套改革试验区事宜',
      '由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成《兰州综合配套改革试验区实施方案》,经市政府审定后报省政府审批。',
      '2、兰州城市轨道交通项目',
      '由吴继德副市长负责,市建设局牵头,市发改委配合,按照要求进一步修改完善项目建设方案。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2010 });
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(roles(plan)).toEqual([
      ['lead:市发改委', 'cooperate:相关部门'],
      ['lead:市建设局', 'cooperate:市发改委'],
    ]);
  });
});

describe('titles and brackets first seen in the twenty-first session’s held-out Pingtan plans', () => {
  it('reads a title closed by its bracket as one task with the paragraph after it, 依职责分工负责 too', () => {
    const text = [
      '二、重点任务',
      '（一）强化养殖环节监督检查（区农业农村局负责）。重点检查养殖场（户）是否存在使用禁用药品等问题。',
      '（二）强化抽检监测（区市场监管局负责）。按照方案要求组织抽检，原则不少于140批次。',
      '（三）强化问题整治（区公安局、农业农村局、市场监管局依职责分工负责）。紧盯生猪养殖区域，建立清单。',
      '三、工作安排',
      '（一）动员部署阶段（2024年5月）。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2024 });
    expect(plan.tasks.slice(0, 3).map((t) => t.number)).toEqual(['一', '二', '三']);
    expect(plan.tasks[0]?.text).toBe('强化养殖环节监督检查。重点检查养殖场（户）是否存在使用禁用药品等问题。');
    expect(roles(plan)[2]).toEqual(['responsible:区公安局', 'responsible:农业农村局', 'responsible:市场监管局']);
  });

  it('gives numbered items the units a labelled bracket closing their heading’s title names', () => {
    // (A paragraph follows each bracket on its line, as on the page the shape was seen on; a bracket
    // alone at the end of the line still makes the heading the task, as the corpus reads group labels.)
    const text = [
      '一、整治目标',
      '以中小学食堂为重点，强化校长第一责任人责任。',
      '二、整治内容',
      '（一）中小学食堂食品安全监管整治内容（责任单位：区市场监管局食品处、各辖区分局）区市场监管局各辖区分局负责加强日常监督管理。',
      '1.强化现场核查。严格按照规定的条件开展现场核查。',
      '2.严格日常监管。要针对突出问题进一步强化监督检查。',
      '（二）中小学食堂食品安全管理整治内容（责任单位：区社会事业局、区社会事业发展服务中心）区社会事业局负责督促学校落实主体责任。',
      '1.严格履行学校主体责任。各中小学校要严格落实食品安全校长负责制。',
      '2.强化中小学食堂管理。要大力推进学校食堂供餐。',
      '三、时间步骤',
      '（一）动员部署阶段（即日起至5月15日）。区市场监管局、社会事业局要加强组织领导。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2024 });
    expect(plan.tasks.slice(0, 4).map((t) => [t.number, ...t.assignments.map((a) => a.unit)])).toEqual([
      ['1', '区市场监管局食品处', '各辖区分局'],
      ['2', '区市场监管局食品处', '各辖区分局'],
      ['1', '区社会事业局', '区社会事业发展服务中心'],
      ['2', '区社会事业局', '区社会事业发展服务中心'],
    ]);
  });

  it('ends a title at a blank on a flattened page, so the duty’s unit opens its paragraph', () => {
    const text = [
      '三、工作内容',
      '（一）完善辖区主干道交通指示标志 区交通与建设局要牵头相关单位开展主干道上交通指示标志集中排查。',
      '（二）强化隐患路段排查 区交通与建设局要组织各相关单位开展2015年隐患路段排查。',
      '（三）加大对货运车辆整治力度 区渣土办要组织各相关单位加大对工程运输车违法行为的查处力度。',
      '四、工作要求',
      '（一）加强组织领导。要充分认识当前道路交通安全形势的严峻性。',
    ].join('\n');
    expect(roles(parsePlanText(text, { year: 2015 })).slice(0, 3)).toEqual([
      ['lead:区交通与建设局'],
      ['responsible:区交通与建设局'],
      ['responsible:区渣土办'],
    ]);
  });
});

describe('carry-over notes and colon duties first seen in the twenty-first session’s last held-out sets', () => {
  it('carries `以下各项任务均需X贯彻落实，不再列出` to every later task', () => {
    const text = [
      '（一）推进设备更新',
      '1．推进重点行业设备更新改造。加强分类分业推进。〔市工信局牵头，市发改委按职责分工负责，各县（区）人民政府（管委会）落实。以下各项任务均需各县（区）人民政府（管委会）贯彻落实，不再列出〕',
      '2．加快建筑和市政基础设施领域设备更新。推进设备更新。（市住建局牵头，市发改委按职责分工负责）',
      '3．支持交通运输设备更新。推进电动替代。（市交通运输局按职责分工负责）',
    ].join('\n');
    expect(roles(parsePlanText(text, { year: 2024 }))).toEqual([
      ['lead:市工信局', 'responsible:市发改委', 'responsible:各县（区）人民政府（管委会）'],
      ['lead:市住建局', 'responsible:市发改委', 'responsible:各县（区）人民政府（管委会）'],
      ['responsible:市交通运输局', 'responsible:各县（区）人民政府（管委会）'],
    ]);
  });

  it('reads a numbered colon duty’s role from its first verb', () => {
    const text = [
      '三、职责分工',
      '（一）资源生态处：牵头前期筹划、组织编制、专家评审、成果报批等工作。',
      '（二）财政金融处：负责保障规划编制经费。',
      '（三）城乡建设服务中心：配合做好规划编制单位的招投标等工作。',
      '（四）社会事业处：协助、配合区旅游文体局做好旅游资源开发工作。',
    ].join('\n');
    expect(roles(parsePlanText(text, { year: 2021 }))).toEqual([
      ['lead:资源生态处'],
      ['responsible:财政金融处'],
      ['cooperate:城乡建设服务中心'],
      // (It assists a body it names: the duty is its own.)
      ['responsible:社会事业处'],
    ]);
  });
});

describe('a 保障措施 section whose 明确职责分工 paragraph divides duties by department', () => {
  // The section with the duty paragraph given, maybe under lines of the page above it.
  const section = (duties: string, above: readonly string[] = []) =>
    [
      ...above,
      '五、保障措施',
      '（一）加强组织领导。',
      '各县（区）政府（管委会）、市直有关部门要切实加强组织领导，落实主体责任。',
      '（二）明确职责分工。',
      duties,
      '（三）加强基层能力建设。',
      '加强基层医疗保障经办队伍建设。',
    ].join('\n');
  const units = (text: string) =>
    parsePlanText(text, { year: 2022 }).tasks.map((t) => t.assignments.map((a) => a.unit));

  it('breaks before departments and mass organisations doing their part, once two of them take theirs on with 负责', () => {
    const text = section(
      '医保部门负责统筹推进医疗保险和救助制度改革和管理工作。民政部门负责慈善救助工作。残联负责认定重度残疾人。税务部门做好基本医保保费征缴相关工作。银保监部门加强对商业保险机构承办大病保险的行业监管。工会做好职工医疗互助和罹患大病困难职工帮扶。',
    );
    expect(units(text)).toEqual([['医保部门'], ['民政部门'], ['残联'], ['税务部门'], ['银保监部门'], ['工会']]);
  });

  it('breaks the paragraph one duty per department though a page’s attachment link holds a bar', () => {
    const text = section(
      '医保部门负责统筹推进医疗保险和救助制度改革和管理工作，落实好医疗保障政策。民政部门负责慈善救助工作，认定特困供养人员。卫生健康部门负责认定计划生育特殊家庭成员。',
      ['  [原件]莆政办规（2022）13号关于印发实施方案的通知.pdf |'],
    );
    expect(units(text)).toEqual([['医保部门'], ['民政部门'], ['卫生健康部门']]);
  });
});

describe('an annex of duties under unit headings first seen in the twenty-second session’s held-out plans', () => {
  // An opinion's body, one of whose sentences ends in a government's other seat, and its annex.
  const opinion = (seat: string, annex: readonly string[]) =>
    [
      '关于加强农村留守儿童关爱保护工作的实施意见',
      '一、工作机制',
      '（一）部门联动机制',
      '各职能部门要按照联席会议职责分工，各司其职。',
      '（二）应急处置机制',
      `公安机关要及时受理有关报告。公安机关要将相关情况及时通报${seat}。`,
      '二、保障措施',
      '一是加强组织领导。',
      '附件2',
      '联席会议成员单位职责分工',
      ...annex,
    ].join('\n');
  // The tasks read from the annex.
  const duties = (text: string) =>
    parsePlanText(text, { year: 2017 })
      .tasks.filter((t) => t.source.start > text.indexOf('附件2'))
      .map((t) => [t.text.slice(0, 6), ...t.assignments.map((a) => `${a.role}:${a.unit}`)]);
  const annex = [
    '一、市民政局',
    '会同教育、公安等部门开展农村留守儿童摸底排查，健全信息报送机制。',
    '二、市教育局',
    '完善控辍保学机制，落实免费义务教育和教育资助政策。',
  ];

  it('reads `乡镇人民政府（街道办事处）` as one unit’s two names, not a bracket closing the sentence', () => {
    expect(duties(opinion('乡镇人民政府（街道办事处）', annex))).toEqual([
      ['会同教育、公', 'responsible:市民政局'],
      ['完善控辍保学', 'responsible:市教育局'],
    ]);
  });

  it('gives mass organisations and an office under its other name the duty below their heading', () => {
    const more = [
      '三、市扶贫办（市农业局）',
      '督促指导各地扶贫工作机构将留守儿童关爱保护工作纳入脱贫攻坚工作。',
      '四、市总工会',
      '积极开展送温暖、互助互济等帮扶活动。',
      '五、市妇联',
      '将留守儿童关爱保护工作纳入妇女儿童维权工作。',
      '六、市残联',
      '做好残疾留守儿童康复救助工作。',
    ];
    expect(duties(opinion('乡镇人民政府', [...annex, ...more])).slice(2)).toEqual([
      ['督促指导各地', 'responsible:市扶贫办（市农业局）'],
      ['积极开展送温', 'responsible:市总工会'],
      ['将留守儿童关', 'responsible:市妇联'],
      ['做好残疾留守', 'responsible:市残联'],
    ]);
  });
});

describe('a table flattened with blanks under one unit column, first seen in the twenty-second session’s held-out pages', () => {
  const text = [
    '关于分解落实2018年政府工作任务的通知 附件:2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位',
    '',
    '一、经济社会发展主要预期目标分解(11项)',
    '',
    '1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委',
    '',
    '2 全社会固定资产投资额550亿元,其中:工业技改投资增长10%. 发改委、经信委、科技局',
    '',
    '3 社会消费品零售总额增长8.5%左右. 商务局',
    '',
    '4 居民人均可支配收入增速与经济增长同步. 统计局',
  ].join('\n');

  it('gives the row’s unit cell the role its header names, `其中:` in the task cell notwithstanding', () => {
    const plan = parsePlanText(text, { year: 2018 });
    expect(roles(plan)).toEqual([['lead:发改委'], ['lead:发改委', 'lead:经信委', 'lead:科技局'], ['lead:商务局']]);
  });
});

describe('a paragraph of duties whose units a full stop ends, first seen in the twenty-second session’s held-out pages', () => {
  const text = [
    '秸秆禁烧工作实施方案',
    '一、指导思想',
    '以保护大气环境质量为目标。',
    '二、组织领导及职责分工',
    '县政府成立秸秆禁烧工作领导小组，领导小组下设办公室。各组成单位及其职责如下:县环保局。负责对全县秸秆禁烧工作实施统一监督，并承担县禁烧办的日常工作。加强现场执法检查。县交通局、公路局。负责对国道、省道、县道两侧燃烧秸秆情况的巡查。县农委。负责全县农作物秸秆综合利用工作的督导。县农机局。负责对收割机操作人员进行宣传教育和培训。',
    '三、工作要求',
    '加强领导。',
  ].join('\n');

  it('reads `县环保局。负责…` as that office’s duty, one task a unit, the paragraph’s preamble left out', () => {
    const plan = parsePlanText(text, { year: 2012 });
    expect(plan.tasks.map((t) => [t.text.slice(0, 9), ...t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['县环保局。负责对全', 'responsible:县环保局'],
      ['县交通局、公路局。', 'responsible:县交通局', 'responsible:公路局'],
      ['县农委。负责全县农', 'responsible:县农委'],
      ['县农机局。负责对收', 'responsible:县农机局'],
    ]);
  });
});

describe('duty lists whose units stand alone on their lines, first seen in the twenty-second session’s held-out Putian plans', () => {
  const read = (text: string) =>
    parsePlanText(text, { year: 2017 }).tasks.map((t) => [
      t.number,
      t.text.slice(0, 6),
      ...t.assignments.map((a) => `${a.role}:${a.unit}`),
    ]);

  it('reads `1.县（区）政府` / `负责…` as that unit’s numbered duty in a plan naming units in its prose too (`由市国土局牵头，会同…`)', () => {
    const text = [
      '关于推广机制砂的实施方案',
      '三、评估出让',
      '由市国土局牵头，会同市环保局、市林业局，委托同一家中介机构对试点矿山采矿权价款进行统一评估。',
      '四、生产监管',
      '（一）',
      '成立机制砂生产应用推进领导小组，领导小组下设办公室，主要职责是明确县（区）政府及相关职能部门职责。',
      '1.县（区）政府',
      '负责机制砂项目选址、日常管理等。',
      '2.发改部门',
      '负责完成用于机制砂生产的矿山开采立项审批等工作。',
      '3.国土资源部门',
      '负责组织机制砂配套矿山的采矿权招拍挂出让工作。',
    ].join('\n');
    expect(read(text).slice(-3)).toEqual([
      ['1', '负责机制砂项', 'responsible:县（区）政府'],
      ['2', '负责完成用于', 'responsible:发改部门'],
      ['3', '负责组织机制', 'responsible:国土资源部门'],
    ]);
  });

  it('reads `市城市管理局职责：` / its paragraph as that bureau’s duty', () => {
    const text = [
      '关于贯彻落实环境卫生管理条例的工作方案',
      '市城市管理局职责：',
      '牵头指导城市建成区内环境卫生管理工作；指导各县（区）编制环境卫生设施布局专项规划。',
      '市农业农村局职责：',
      '总牵头农村人居环境整治工作，负责牵头指导推动村庄清洁行动。',
      '市卫健委职责：',
      '与市生态环境局共同指导医疗卫生机构做好医疗废物与生活垃圾分类管理。',
    ].join('\n');
    expect(read(text).map((t) => t.slice(1))).toEqual([
      ['牵头指导城市', 'responsible:市城市管理局'],
      ['总牵头农村人', 'responsible:市农业农村局'],
      ['与市生态环境', 'responsible:市卫健委'],
    ]);
  });
});

describe('unit labels closing runs of measures, the last one above the plan’s signature', () => {
  it('gives the last run its label though the signature and date follow it', () => {
    const text = [
      '关于加快发展人力资源服务业的实施意见',
      '一、加大财政支持',
      '（一）',
      '加大政府购买服务力度。',
      '（二）',
      '对服务平台建设给予扶持。',
      '责任单位：市人社局、财政局',
      '二、优化发展环境',
      '（三）',
      '合理安排产业园区用地。',
      '（四）',
      '建立健全政策法规体系。',
      '责任单位：市人社局、发改委，各县（区）人民政府（管委会）',
      '莆田市人民政府办公室',
      '2017年1月6日',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2017 });
    expect(unitsOf(plan)).toEqual([
      ['市人社局', '财政局'],
      ['市人社局', '财政局'],
      ['市人社局', '发改委', '各县（区）人民政府（管委会）'],
      ['市人社局', '发改委', '各县（区）人民政府（管委会）'],
    ]);
  });
});

describe('items naming a title and, after its colon, only the units that answer for it', () => {
  const text = [
    '生产安全事故应急预案',
    '4.3.3 市有关部门响应',
    '涉及以下事故的主要响应部门：',
    '（1）生产性火灾事故：市公安局，市委宣传部、市安监局。',
    '（2）危险化学品事故：市安监局，市委宣传部、市公安局。',
    '（3）港口安全事故：湄洲湾港口管理局，莆田海事局。',
  ].join('\n');

  it('gives each item the units after its colon, in no role the plan does not state', () => {
    const plan = parsePlanText(text, { year: 2016 });
    expect(roles(plan)).toEqual([
      ['responsible:市公安局', 'responsible:市委宣传部', 'responsible:市安监局'],
      ['responsible:市安监局', 'responsible:市委宣传部', 'responsible:市公安局'],
      ['responsible:湄洲湾港口管理局', 'responsible:莆田海事局'],
    ]);
  });

  it('leaves a labelled line to its label: `责任单位：市人社局、商务局` closing a run is no title', () => {
    const plan = parsePlanText(
      '意见\n一、加大财政支持\n（一）\n加大政府购买服务力度。\n（二）\n对服务平台建设给予扶持。\n责任单位：市人社局、商务局\n二、优化发展环境\n（三）\n合理安排产业园区用地。\n责任单位：市发改委',
      { year: 2017 },
    );
    expect(unitsOf(plan)).toEqual([['市人社局', '商务局'], ['市人社局', '商务局'], ['市发改委']]);
  });
});

describe('measures glued after the last unit of a label on a flattened Pingtan page', () => {
  const text =
    '长效机制\n8.实施环境卫生专项整治工程。一是开展环境卫生保洁工作。卫生无死角。牵头单位：农业农村处配合单位：各村（居）、泓欣环境集团有限公司二是加大建筑垃圾处置力度。加快清理工作。牵头单位：交通与建设处配合单位：综合执法大队三是开展河道整治工作。组织日常巡查。责任处室：财政经管办四是开展沙滩整治工作。负责沙滩环境整治。牵头单位：资源生态处配合单位：各村（居） 附件下载';

  it('ends a unit list where `二是`, `三是` … opens the next measure, and before the page’s furniture', () => {
    const plan = parsePlanText(text, { year: 2020 });
    expect(roles(plan)).toEqual([
      ['lead:农业农村处', 'cooperate:各村（居）', 'cooperate:泓欣环境集团有限公司'],
      ['lead:交通与建设处', 'cooperate:综合执法大队'],
      ['responsible:财政经管办'],
      ['lead:资源生态处', 'cooperate:各村（居）'],
    ]);
  });
});

describe('责任分工 labels first seen in the twenty-second session’s held-out Pingtan plans', () => {
  const read = (text: string) => roles(parsePlanText(text, { year: 2024 }));

  it('reads `责任分工：` closing an item as the label of its units', () => {
    const text =
      '实施方案\n（二）深化源头管控\n1．强化流通销售环节质量监管，每月组织开展监督检查。责任分工：区市场监管局君山分局。2．加强住宅小区消防安全管理，督促物业定期开展防火巡查。责任分工：交通与建设处牵头，各处室、各村居配合。';
    expect(read(text)).toEqual([
      ['responsible:区市场监管局君山分局'],
      ['lead:交通与建设处', 'cooperate:各处室', 'cooperate:各村居'],
    ]);
  });

  it('reads the units of the duty sentences a 责任分工 label holds', () => {
    const text = [
      '冬春消防安全防范工作方案',
      '（一）开展仓储物流消防安全专项整治工作重点：全面排查物流企业。责任分工：经济发展处和派驻金井片区综合执法筹建组牵头负责做好流通行业的消防专项整治；交通与建设处负责物流企业交通工具、快递物流仓储场所的消防专项整治。',
      '（二）开展高层建筑重大火灾风险专项整治工作重点：建立问题隐患清单。责任分工：政法综治处牵头，各处室（中心）、各有关单位按照方案职责分工抓好落实。',
      '（三）严格落实动火作业全链条管理工作重点：加强上岗人员持证考核。责任分工：交通与建设处、区市场监管局金井分局等按照职责分工抓好落实。',
    ].join('\n');
    expect(read(text)).toEqual([
      ['lead:经济发展处', 'lead:派驻金井片区综合执法筹建组', 'responsible:交通与建设处'],
      ['lead:政法综治处', 'responsible:各处室（中心）', 'responsible:各有关单位'],
      ['responsible:交通与建设处', 'responsible:区市场监管局金井分局'],
    ]);
  });

  it('keeps a unit named after a lead (`各项目牵头单位`) and a lead by duty (`按照职责分工牵头`) as they are', () => {
    const text =
      '实施方案\n1.加强组织领导。（牵头单位：市委组织部；配合单位：各项目牵头单位、各区）\n2.优化审批报建手续。（牵头部门：市住建局，市民政局按照职责分工牵头）';
    expect(read(text)).toEqual([
      ['lead:市委组织部', 'cooperate:各项目牵头单位', 'cooperate:各区'],
      ['lead:市住建局', 'lead:市民政局'],
    ]);
  });
});

describe('duty paragraphs of a bureau’s offices, first seen in the twenty-second session’s held-out Sanming plans', () => {
  const text = [
    '关于用地规划工作的任务分工',
    '一、建设工程项目审批阶段工作分工',
    '审核审批科负责多规合一业务协同平台上业务协同管理，国土空间规划科负责多规合一业务协同平台上空间规划数据的收集、更新、维护、管理。',
    '国土空间用途管制科负责办理农用地转用征收报批手续，按权限负责办理用地预审工作。农用地转用征收报批过程中，由矿产开发保护监督科负责办理压覆矿产资源报批手续；地质勘查与地灾防治科负责指导、服务地质灾害评估事项。',
    '景观风貌规划科负责提出建设项目规划设计条件中有关景观风貌控制要求。',
  ].join('\n');

  it('gives each office its duty: after a comma, after 由, and the one opening the paragraph; 审核审批科 is no page furniture', () => {
    const plan = parsePlanText(text, { year: 2019 });
    expect(unitsOf(plan)).toEqual([
      ['审核审批科'],
      ['国土空间规划科'],
      ['国土空间用途管制科'],
      ['矿产开发保护监督科'],
      ['地质勘查与地灾防治科'],
      ['景观风貌规划科'],
    ]);
  });
});

describe('`由X会同Y等部门` naming a lead and those working with it without a role word', () => {
  it('reads the units of a 国办函 division of work item by item', () => {
    const text = [
      '国务院办公厅关于落实若干意见有关政策措施分工的通知',
      '一、工作分工',
      '（一）关于“确保谷物基本自给、口粮绝对安全”的问题，由发展改革委会同中央农办、农业部、财政部等部门研究提出落实意见。',
      '（二）关于“严守耕地保护红线”的问题，由国土资源部会同农业部等部门负责落实。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2014 });
    expect(roles(plan)).toEqual([
      ['lead:发展改革委', 'cooperate:中央农办', 'cooperate:农业部', 'cooperate:财政部'],
      ['lead:国土资源部', 'cooperate:农业部'],
    ]);
  });
});

describe('`目标时限：` labels', () => {
  it('reads `目标时限：` as the task’s time limit', () => {
    const text =
      '优化营商环境工作承诺\n4.着力解决银行与不动产登记系统直连问题。\n责任单位：不动产登记中心\n目标时限：2020年年底\n6.降低不动产登记成本。\n责任单位：不动产登记中心\n目标时限：2020年6月底';
    const plan = parsePlanText(text, { year: 2020 });
    expect(
      plan.tasks.map((t) => [t.assignments[0]?.unit, t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind]),
    ).toEqual([
      ['不动产登记中心', '2020-12-31'],
      ['不动产登记中心', '2020-06-30'],
    ]);
  });
});

describe('a duty list of units alone on their lines with a colon, first seen in the twenty-second session’s held-out Putian plans', () => {
  it('reads each unit’s duty on the line below it, whatever its first words, after a run of duties of another form', () => {
    const text = [
      '推进“多证合一”改革实施方案',
      '二、加强组织领导',
      '市工商局负责统筹推进改革工作。',
      '市发改委负责做好信用信息归集工作。',
      '市财政局负责保障改革所需经费。',
      '三、明确职责分工',
      '工商部门：',
      '具体负责“多证合一”改革牵头工作，承担改革数据指标的录入。',
      '编办（审改办）：',
      '推进简政放权和行政审批制度改革，梳理、分类处理各部门行政审批事项。',
      '数字办：',
      '负责对接省数字办，接收“多证合一”登记相关共享信息。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2017 });
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), ...t.assignments.map((a) => a.unit)]).slice(-3)).toEqual([
      ['具体负责“多', '工商部门'],
      ['推进简政放权', '编办（审改办）'],
      ['负责对接省数', '数字办'],
    ]);
  });
});

describe('a task table flattened onto one line, each row’s number glued after the last unit of the row before', () => {
  it('ends a unit list before the next row’s number (`…各村（居）配合三、打牢…`)', () => {
    const text =
      '防范“小火亡人”重点任务分解表\n二、深入推进打通消防“生命通道”行动组织查处违法行为。政法综治处牵头，各联合党委、各处室（中心）、各村（居）配合三、打牢乡村消防基础开展防火安全改造。交通与建设处、农业农村处牵头，各联合党委、各村（居）配合四、加强基层火灾防控力量建设加强微型消防站建设。政法综治处牵头，各村（居）配合。';
    const plan = parsePlanText(text, { year: 2024 });
    expect(roles(plan)).toEqual([
      ['lead:政法综治处', 'cooperate:各联合党委', 'cooperate:各处室（中心）', 'cooperate:各村（居）'],
      ['lead:交通与建设处', 'lead:农业农村处', 'cooperate:各联合党委', 'cooperate:各村（居）'],
      ['lead:政法综治处', 'cooperate:各村（居）'],
    ]);
  });
});

describe('brackets whose units each do their part (`依职责开展工作`), first seen in a held-out Pingtan plan', () => {
  it('reads `（A、B依职责开展工作，C协助业务指导）` as A and B responsible, C cooperating', () => {
    const text = [
      '冬春火灾防控工作方案',
      '（一）坚决攻坚整治重大火灾隐患',
      '1.紧盯宾馆、饭店、商场等人员密集场所，落实严格执法、挂牌督办等措施。（经济发展处、社会事业处依职责开展工作）',
      '2.对高层建筑、医院、养老院等敏感特殊场所，要督促严格落实夜间值班值守。（交通与建设处、各村居等部门依职责开展工作，政法综治处协助业务指导）',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2023 });
    expect(roles(plan)).toEqual([
      ['responsible:经济发展处', 'responsible:社会事业处'],
      ['responsible:交通与建设处', 'responsible:各村居', 'cooperate:政法综治处'],
    ]);
  });
});

describe('a page that prints the plan twice (`图片解读` / `文字解读`)', () => {
  const body = [
    '为贯彻落实市委、市政府决策部署，制定以下措施。',
    '一、支持种质资源保护。',
    '鼓励科研院所参与种质资源的收集保存。（责任单位：市科技局、财政局）',
    '二、支持种业原始创新。',
    '统筹种业创新与产业化工程项目资金。（责任单位：市财政局）',
    '三、支持新品种选育。',
    '鼓励和支持企业开展商业化育种。（责任单位：市农业农村局）',
  ];
  const text = [
    '关于加快种业产业链发展的若干措施',
    ...body,
    '中共三明市委农村工作领导小组办公室',
    '2024年3月22日',
    '图片解读',
    '文字解读',
    ...body,
  ].join('\n');

  it('reads each task once and says the second copy was not counted again', () => {
    const plan = parsePlanText(text, { year: 2024 });
    expect(plan.tasks.map((t) => t.number)).toEqual(['一', '二', '三']);
    expect(plan.diagnostics.find((d) => d.code === 'plan-text-repeated')?.messageEn).toContain('3 tasks');
  });

  it('keeps tasks that repeat a text but not in a run of three at the end', () => {
    const twice = [
      '分工方案',
      '1.做好政策解读。（责任单位：市发改委）',
      '2.做好政策解读。（责任单位：市财政局）',
      '3.做好政策解读。（责任单位：市商务局）',
    ].join('\n');
    expect(parsePlanText(twice, { year: 2024 }).tasks).toHaveLength(3);
  });
});

describe('carry-over notes that say `不再逐一列出`', () => {
  it('carries the note’s units to every later task and keeps them out of the label’s list', () => {
    const text =
      '若干措施\n一、鼓励企业增产增效。对企业给予奖励。\n责任单位：市工信局、财政局，各县（市、区）人民政府〔以下措施均需各县（市、区）负责，不再逐一列出〕\n二、支持企业入规纳统。对新入规企业给予奖励。\n责任单位：市工信局、统计局';
    const plan = parsePlanText(text, { year: 2024 });
    expect(unitsOf(plan)).toEqual([
      ['市工信局', '财政局', '各县（市、区）人民政府'],
      ['市工信局', '统计局', '各县（市、区）'],
    ]);
  });
});

describe('colon duties whose units hold brackets (`各县（市、区）、市管园区：负责…`)', () => {
  it('reads the bracketed units before the colon as the duty’s', () => {
    const text = [
      '商贸企业培育工作职责分工',
      '（十一）市财政局：负责落实限上商贸企业培育财政奖励经费，做好资金预算、拨付工作。',
      '（十二）各县（市、区）、市管园区：负责建立辖区相关工作机制，做好辖区相关企业摸底、核查、甄别、指导工作。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2024 });
    expect(unitsOf(plan)).toEqual([['市财政局'], ['各县（市、区）', '市管园区']]);
  });
});

describe('numbered duties of offices whose names a full stop ends (`（二）交通与建设处。一要…`)', () => {
  it('reads the office as the duty’s unit where its duty opens with 要, 一要 or 负责', () => {
    const text = [
      '春运工作方案',
      '三、明确职责分工',
      '（一）交通与建设处。一要统筹安排片区春运工作，负责春运办日常相关事务。二要加强客渡船等设备维护检查。',
      '（二）农业农村处。负责协助涉渔船舶的管理工作，严禁私下开展水上船员接送服务。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2024 });
    expect(unitsOf(plan)).toEqual([['交通与建设处'], ['农业农村处']]);
  });
});

describe('units after 由 whose name opens with a place word (`由城乡建设…工作小组牵头`)', () => {
  it('keeps the whole name after 由, not the tail a place word opens (`乡建设…`)', () => {
    const text =
      '通知：一、职责分工1.根据区征安办的函，由自然资源与生态环境工作小组牵头，包村居工作队配合，到实地勘察；7.由城乡建设与资源环境服务工作小组牵头，负责选择项目征迁公司；二、协调保障。';
    const plan = parsePlanText(text, { year: 2019 });
    expect(plan.tasks.flatMap((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toContain(
      'lead:城乡建设与资源环境服务工作小组',
    );
  });
});

describe('a division of duties in a plan whose other items carry labels or tables (`（三）落实责任分工`)', () => {
  it('reads each duty under the division as a task of its units, beside the labelled items', () => {
    const text = [
      '关于加强养老诈骗整治的实施方案',
      '一、工作措施',
      '（一）加强隐患排查。开展全面排查。责任单位：专项办各成员单位',
      '（二）明确职责分工',
      '1.社会事业处要针对养老服务领域涉诈问题开展排查。',
      '2.区市场监管局君山分局负责开展整治涉老保健品领域问题。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2022 });
    expect(unitsOf(plan)).toEqual([['专项办各成员单位'], ['社会事业处'], ['区市场监管局君山分局']]);
  });

  it('reads them below a body whose attachment is a table of rows', () => {
    const text = [
      '关于加快渔港建设的实施意见',
      '一、强化项目管理',
      '（一）明确投资主体。凡列入规划的渔港项目，以县区为投资建设主体。',
      '二、落实责任分工',
      '1.各相关部门职责',
      '⑴海洋渔业部门负责渔港项目的组织策划和实施推进。',
      '⑵自然资源、林业部门负责用海、用地、用林等要素保障。',
      '附件：渔港建设项目清单',
      '| 序号 | 项目名称 | 责任单位 |',
      '| 1 | 埭头黄瓜二级渔港提升改造 | 秀屿区人民政府 |',
      '| 2 | 南日罗盘三级渔港提升改造 | 秀屿区人民政府 |',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2021 });
    const units = unitsOf(plan);
    expect(units.slice(0, 2)).toEqual([['海洋渔业部门'], ['自然资源', '林业部门']]);
    expect(units).toHaveLength(4);
  });

  it('does not read a heading of duties (`2.各相关部门职责`) as the unit of the duties below it', () => {
    const text = [
      '实施意见',
      '二、落实责任分工',
      '2.各相关部门职责',
      '⑴海洋渔业部门负责渔港项目的组织策划。',
      '⑵自然资源、林业部门负责用海、用地、用林等要素保障。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2021 });
    expect(unitsOf(plan).flat()).not.toContain('各相关部门职责');
    expect(unitsOf(plan)).toEqual([['海洋渔业部门'], ['自然资源', '林业部门']]);
  });

  it('reads mass organisations named 组织 or 协会, 负责牵头 as lead and 确保 as a duty’s verb', () => {
    const text = [
      '联席会议制度',
      '一、主要职能。负责组织实施全市婴幼儿照护服务工作。（责任单位：市卫健委）',
      '二、成员单位职责分工',
      '（一）卫健部门负责牵头婴幼儿照护服务工作。',
      '（二）工会组织负责推动用人单位为职工提供福利性婴幼儿照护服务。',
      '（三）计划生育协会负责参与婴幼儿照护服务的宣传教育。',
      '（四）区财政金融局确保整治工作所需经费。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2020 });
    expect(roles(plan).slice(1)).toEqual([
      ['lead:卫健部门'],
      ['responsible:工会组织'],
      ['responsible:计划生育协会'],
      ['responsible:区财政金融局'],
    ]);
  });
});

describe('a project table one cell per line whose amount columns hold a varying number of cells', () => {
  const header = [
    '序号',
    '项目名称',
    '项目建设内容',
    '项目总投资（万元）',
    '年度计划投资（万元）',
    '项目责任单位',
    '完成时限',
  ];
  const rows = [
    [
      '1',
      '九鲤湖创国家5A级景区',
      '建设九鲤湖步游道、景观坝。',
      '239000',
      '20000',
      '25000',
      '30000',
      '仙游县旅游开发总公司',
      '2022年',
    ],
    [
      '2',
      '仙游温泉康养小镇',
      '建设以旅游为主题的特色小镇。',
      '150000',
      '/',
      '1000',
      '20000',
      '福建仙悦投资有限公司',
      '2025年',
    ],
    ['3', '仙水洋景区开发建设', '建设游客服务中心。', '34000', '6000', '仙游县仙水洋旅游投资  有限公司', '2022年'],
    [
      '4',
      '湄洲岛国家5A级旅游景区',
      '1.轮渡提升项目：建设客运码头。',
      '2.景区提升项目：改造祖庙。',
      '5000',
      '1000',
      '2500',
      '湄洲岛旅建集团',
      '2020年',
    ],
    ['5', '仙游兴山红色研学旅游项目', '建设纪念馆。', '1100', '500', '100', '游洋镇兴山村', '2020年'],
  ];
  const text = ['莆田市全域生态旅游重点项目表', ...header, '2018年', '2019年', '2020年', ...rows.flat()].join('\n');

  it('gives each row its own unit and time limit, the cells between them and its task being amounts', () => {
    const plan = parsePlanText(text, { year: 2018 });
    expect(unitsOf(plan)).toEqual([
      ['仙游县旅游开发总公司'],
      ['福建仙悦投资有限公司'],
      ['仙游县仙水洋旅游投资有限公司'],
      ['湄洲岛旅建集团'],
      ['游洋镇兴山村'],
    ]);
    expect(plan.tasks.map((t) => ('by' in t.deadline ? t.deadline.by : t.deadline.kind))).toEqual([
      '2022-12-31',
      '2025-12-31',
      '2022-12-31',
      '2020-12-31',
      '2020-12-31',
    ]);
    expect(plan.tasks[3]?.text).toContain('2.景区提升项目');
  });

  it('reads a header whose unit column is named 项目责任单位 to its 完成时限, not as a label and its value', () => {
    const plan = parsePlanText(text, { year: 2018 });
    expect(plan.tasks.every((t) => !t.text.includes('完成时限'))).toBe(true);
    expect(plan.tasks).toHaveLength(5);
  });
});

describe('a rectification sentence that closes a notice (`三个工作日内完成整改任务`)', () => {
  it('still sets every task’s limit where the sentence closes the notice after the tasks', () => {
    const text = [
      '关于整改网站问题的通知',
      '1.栏目更新不及时。（责任单位：办公室）',
      '2.链接失效。（责任单位：信息中心）',
      '相关单位要迅速落实整改措施，三个工作日内完成整改任务。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2021 });
    expect(plan.diagnostics.some((d) => d.code === 'deadline-from-notice')).toBe(true);
  });
});

describe('an emergency plan (预案): the duties of its member units, not of the bodies that command it', () => {
  const text = [
    '莆田市渔业防台风应急预案',
    '2.组织机构与职责',
    '2.3.1市局领导小组主要职责',
    '⑴负责组织、指导和协调本系统渔业防台风工作。',
    '2.3.2市局领导小组办公室主要职责',
    '⑴负责市局领导小组的日常工作。',
    '2.3.3市局领导小组成员单位主要职责',
    '⑴局防灾减灾科（应急指挥中心）：承担市局领导小组办公室职责。',
    '⑵局办公室：负责防台风期间局办公室值班。',
    '3.应急响应',
    '⑴市局领导小组办公室组织24小时应急值班。',
    '⑵市局领导小组办公室加强值班，保持通讯联络。',
    '4.附件',
    '成立防台风抢险救灾突击组（以下简称“市突击组”）。',
  ].join('\n');

  it('keeps the member units’ duties and drops the steps of the leading group and its office', () => {
    const plan = parsePlanText(text, { year: 2019 });
    // (The leading group's own duties name no unit of theirs: they stay, without units.)
    expect(unitsOf(plan).filter((units) => units.length > 0)).toEqual([['局防灾减灾科（应急指挥中心）'], ['局办公室']]);
    expect(plan.diagnostics.find((d) => d.code === 'plan-command-duties')?.messageEn).toContain('2 duties');
  });

  it('reads no units in `（简称“市突击组”）`, the short name the text gives a body', () => {
    const plan = parsePlanText(
      [
        '莆田市渔业防台风应急预案',
        '2.组织机构与职责',
        '2.3.3市局领导小组成员单位主要职责',
        '⑴局防灾减灾科（应急指挥中心）：承担市局领导小组办公室职责。',
        '⑵局办公室：负责防台风期间局办公室值班。',
        '3.应急响应',
        '按台风的严重程度，将响应工作分为四级。',
        '（简称“市突击组”）',
      ].join('\n'),
      { year: 2019 },
    );
    expect(unitsOf(plan)).toEqual([['局防灾减灾科（应急指挥中心）'], ['局办公室']]);
  });

  it('keeps such steps in a plan that is no 预案', () => {
    const plan = parsePlanText(text.replace('应急预案', '工作方案'), { year: 2019 });
    expect(unitsOf(plan).flat()).toContain('市局领导小组办公室');
  });
});

describe('a unit label and its time limit a PDF copy broke over lines', () => {
  it('joins a name broken before 管委会, units after a comma and a month broken from its number', () => {
    const text = [
      '2017年简政放权放管结合优化服务工作要点',
      '（一）完善权责清单管理。',
      '推进权力清单和责任清单的融合统一。',
      '责任单位：市审改办、法制办，市直相关单位，',
      '10',
      '月底前完成',
      '（二）深化投资体制改革。',
      '进一步提升投资项目审查审批服务效率。',
      '责任单位：市发改委、行政服务中心',
      '管委会',
      '，市直相关单位，',
      '各县（区）政府（管委会）',
      '，',
      '12',
      '月底前完成',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2017 });
    expect(unitsOf(plan)).toEqual([
      ['市审改办', '法制办', '市直相关单位'],
      ['市发改委', '行政服务中心管委会', '市直相关单位', '各县（区）政府（管委会）'],
    ]);
    expect(plan.tasks.map((t) => ('by' in t.deadline ? t.deadline.by : t.deadline.kind))).toEqual([
      '2017-10-31',
      '2017-12-31',
    ]);
  });
});

describe('a heading of one agency’s duties in a field (`一、片区管理局道路交通安全工作职责`)', () => {
  it('gives the numbered duties below it to the agency before the field', () => {
    const text = [
      '道路交通安全工作职责',
      '一、片区管理局道路交通安全工作职责',
      '1.认真贯彻落实道路交通安全的决策部署；',
      '2.统一领导、组织、协调辖区内道路交通安全工作；',
      '二、局道安办工作职责',
      '1.承担局道路交通安全工作的协调、督促、宣传等工作。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2020 });
    expect(unitsOf(plan)).toEqual([['片区管理局'], ['片区管理局'], ['局道安办']]);
  });
});

describe('a numbered duty whose unit a PDF copy broke into pieces before its colon', () => {
  it('joins the pieces after the number (`⑶规划法规` / `监督` / `科（` / `行政审批` / `科）` / `：负责…`, `⑸` / `纪检` / `监察室：`)', () => {
    const text = [
      '渔业防台风应急预案',
      '2.3.3成员单位主要职责',
      '⑵局办公室',
      '：负责防台风期间值班人员的安排。',
      '⑶规划法规',
      '监督',
      '科（',
      '行政审批',
      '科）',
      '：负责指导和协调全市渔船进港避风工作。',
      '⑸',
      '纪检',
      '监察室：',
      '协调督促有关部门抓好防台风责任落实。',
      '⑹市海洋与渔业执法支队',
      '：负责组织市、县区',
      '（管委会）',
      '海洋与渔业执法机构对进港避风渔船的监督检查。',
      '⑺市渔业互保办：负责灾后渔业互助保险的理赔工作。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2017 });
    expect(unitsOf(plan)).toEqual([
      ['局办公室'],
      ['规划法规监督科（行政审批科）'],
      ['纪检监察室'],
      ['市海洋与渔业执法支队'],
      ['市渔业互保办'],
    ]);
  });
});

describe('member duties under decimal numbers alone on their lines (`2.3.2` / `局办公室` / `负责…`)', () => {
  it('reads each unit line under its number as the unit of the duty below it', () => {
    const text = [
      '处置涉外涉台渔业突发事件应急预案',
      '2.3成员单位职责',
      '2.3.1',
      '局防灾减灾办（应急指挥中心）',
      '为涉外涉台渔业突发事件处置工作小组日常工作机构，负责信息汇总。',
      '2.3.2',
      '局办公室',
      '负责做好涉外涉台渔业突发事件新闻宣传报道工作。',
      '2.3.3',
      '局渔业管理科',
      '牵头远洋渔业涉外突发事件的应急处置工作。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2015 });
    expect(roles(plan)).toEqual([
      ['responsible:局防灾减灾办（应急指挥中心）'],
      ['responsible:局办公室'],
      ['lead:局渔业管理科'],
    ]);
  });
});

describe('a duty list by unit whose duties are numbered one a line', () => {
  const text = [
    '关于下达2017年国家森林城市建设任务的通知',
    '二、工作任务',
    '（一）市直有关单位',
    '市委宣传部：',
    '牵头协调电视台、日报社等媒体，开展创森公益宣传。',
    '市教育局：',
    '1.',
    '牵头抓好2017年绿色校园建设5个；2',
    '.',
    '抓好2015年以来绿色校园创建的总结，收集相关佐证材料。',
    '市财政局：',
    '负责提供2015年以来全市用于造林绿化的公共财政预算证明资料。',
    '莆田军分区：',
    '1.',
    '牵',
    '头推进2017年绿色军营建设；',
    '2.',
    '抓好2015年以来绿色军营工作总结；',
    '3.',
    '配合市林业局做好营区绿化。',
  ].join('\n');

  it('reads each numbered duty as a task of the unit above it, led where it opens with 牵头, cooperating with 配合', () => {
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), ...t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['牵头协调电视', 'lead:市委宣传部'],
      ['牵头抓好20', 'lead:市教育局'],
      ['抓好2015', 'responsible:市教育局'],
      ['负责提供20', 'responsible:市财政局'],
      ['牵头推进20', 'lead:莆田军分区'],
      ['抓好2015', 'responsible:莆田军分区'],
      ['配合市林业局', 'cooperate:莆田军分区'],
    ]);
  });
});

describe('an agency’s name alone over its numbered duties', () => {
  it('gives the numbered duties under `（一）市文化广电新闻出版局` to the bureau in a 分级责任 section', () => {
    const text = [
      '广播电视村村通工程实施方案',
      '二、实施主体',
      '市文化广电新闻出版局牵头，会同市发展改革委、市财政局共同组织实施。',
      '四、分级责任',
      '（一）市文化广电新闻出版局',
      '牵头负责组织实施，有计划、分阶段地推进村村通建设工作。',
      '1.与莆田市广播电视网络有限公司共同拟定村村通工程实施规划；',
      '2.负责汇总村村通广播电视直播卫星设备数量；',
      '（二）莆田市广播电视网络有限公司',
      '1.指定驻各县（区）广电网络部门核实建设任务；',
      '2.组织推进当地直播卫星及有线光缆联网建设。',
      '五、实施计划',
      '工程在2012年底前完成。',
    ].join('\n');
    const tasks = parsePlanText(text).tasks.filter((t) => /^[12]$/u.test(t.number));
    expect(tasks.map((t) => [t.text.slice(0, 4), ...t.assignments.map((a) => a.unit)])).toEqual([
      ['与莆田市', '市文化广电新闻出版局'],
      ['负责汇总', '市文化广电新闻出版局'],
      ['指定驻各', '莆田市广播电视网络有限公司'],
      ['组织推进', '莆田市广播电视网络有限公司'],
    ]);
  });

  it('reads `（一）政法综治处：` / `1.…` as the office’s duties, one task each, beside `（三）X：duty` items', () => {
    const text = [
      '电动自行车消防安全综合治理工作方案',
      '四、整治措施及分工',
      '（一）政法综治处：',
      '1.落实电动自行车日常消防安全管理责任。',
      '2.配合区消防做好电动自行车消防安全管理工作。',
      '（二）交通与建设处：',
      '1.督促物业服务企业加强宣传教育。',
      '2.负责协调无物业服务企业的住宅小区明确管理主体。',
      '（三）南区供电所：供电企业应定期对所属资产的供电设施进行检测。',
      '（四）各村（社区）：将防火要求纳入村规民约。',
    ].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.text.slice(0, 4), ...t.assignments.map((a) => a.unit)])).toEqual([
      ['落实电动', '政法综治处'],
      ['配合区消', '政法综治处'],
      ['督促物业', '交通与建设处'],
      ['负责协调', '交通与建设处'],
      ['供电企业', '南区供电所'],
      ['将防火要', '各村（社区）'],
    ]);
  });

  it('gives no unit to the items under kinds of place a checklist goes through (`医院、养老院、儿童福利院`)', () => {
    const text = [
      '消防安全除患攻坚工作方案',
      '三、检查重点',
      '（一）医院、养老院、儿童福利院',
      '1.生活用房是否违规设置在地下。',
      '2.氧气站是否违规设在地下室内。',
      '（二）学校、幼儿园',
      '1.儿童活动场所是否设置在高层。',
      '2.集体宿舍是否违规使用蜡烛。',
      '四、工作分工',
      '（一）党政办公室负责统筹协调。',
      '（二）交通与建设处负责督促检查。',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.flatMap((t) => t.assignments.map((a) => a.unit))).not.toContain('医院');
  });
});

describe('a unit’s duties numbered under `（一）X职责`', () => {
  it('gives each point to the unit, a point opening with 配合 as its cooperation, also where the points are glued', () => {
    const text = [
      '危紧房改造建设工作方案',
      '九、各单位工作职责',
      '（一）村委会职责1.审核是否为本村经济组织成员。2.审核是否符合“一户一宅”。',
      '（二）乡镇国土资源所职责1.审核是否在地质灾害危险区内。2.审核用地权属。',
      '3.配合测绘单位进行改建位置定点放样。',
      '（三）乡镇执法大队职责',
      '1.对C级危房加固修缮进行面积测量。',
      '2.对危房改造建设施工过程进行全程监督管理。',
    ].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.text.slice(0, 4), ...roles({ tasks: [t] } as Plan)[0]!])).toEqual([
      ['审核是否', 'responsible:村委会'],
      ['审核是否', 'responsible:村委会'],
      ['审核是否', 'responsible:乡镇国土资源所'],
      ['审核用地', 'responsible:乡镇国土资源所'],
      ['配合测绘', 'cooperate:乡镇国土资源所'],
      ['对C级危', 'responsible:乡镇执法大队'],
      ['对危房改', 'responsible:乡镇执法大队'],
    ]);
  });
});

describe('an emergency plan’s member duties under decimal numbers, the unit and its colon below the number', () => {
  it('reads `2.2.1` / `防灾减灾办` / `：承担…`, `2.2.6` / `水产技术推广站：` / `参与…` and a work group’s duty', () => {
    const text = [
      '防台风应急预案',
      '2.2 领导小组成员单位及主要职责',
      '2.2.1',
      '防灾减灾办',
      '：承担局防台风应急工作领导小组办公室职责。',
      '2.2.2',
      '局办公室',
      '：负责防抗台风期间加强24小时值班的人员安排。',
      '2.2.3',
      '水产技术推广站：',
      '参与灾后恢复生产技术指导和水生动物疫病防控工作。',
      '2.2.4',
      '防台风工作督查指导组',
      '：负责在所包片区内检查出海生产的渔船进港情况。',
      '3.',
      '应急响应',
    ].join('\n');
    expect(
      parsePlanText(text).tasks.map((t) => [t.number, t.text.slice(0, 4), ...t.assignments.map((a) => a.unit)]),
    ).toEqual([
      ['2.2.1', '承担局防', '防灾减灾办'],
      ['2.2.2', '负责防抗', '局办公室'],
      ['2.2.3', '参与灾后', '水产技术推广站'],
      ['2.2.4', '负责在所', '防台风工作督查指导组'],
    ]);
  });
});

describe('sentences closing an item with `由X牵头，Y配合抓落实`', () => {
  it('gives the lead and those cooperating, or the lead alone (`由市教育局牵头负责抓落实`)', () => {
    const text = [
      '七、责任分解',
      '（一）“综合管理”，包括组织领导、工作机构等要素。由市语委办牵头，市编办、市财政局配合抓落实。',
      '（二）“学校”，包括制度建设、普及普通话等要素，由市教育局牵头负责抓落实。',
    ].join('\n');
    expect(roles(parsePlanText(text))).toEqual([
      ['lead:市语委办', 'cooperate:市编办', 'cooperate:市财政局'],
      ['lead:市教育局'],
    ]);
  });
});

describe('an emergency plan’s response, step by step', () => {
  const text = [
    '苏平片区防汛防台风应急预案',
    '2.组织机构与职责',
    '2.2 成员单位职责',
    '（1）政法综治处：负责组织协调防汛防台风应急处置工作。',
    '（2）农业农村处：负责水利工程安全检查。',
    '（3）党群工作处：负责防汛防台风宣传报道工作。',
    '4.应急响应',
    '4.1 Ⅳ级响应',
    '（1）政法综治处启动防台风应急工作机制，加强值班值守。',
    '（2）农业农村处负责加强水利工程安全检查。',
    '（3）综合协调组：由党政办公室牵头，相关处室配合。',
    '5.保障措施',
    '各处室要加强协作。',
  ].join('\n');

  it('leaves out the steps in its response sections, but a work group’s or unit’s duty after its colon there', () => {
    const plan = parsePlanText(text, { year: 2023 });
    expect(plan.tasks.map((t) => t.text.slice(0, 4))).toEqual(['负责组织', '负责水利', '负责防汛', '综合协调']);
    expect(plan.diagnostics.find((d) => d.code === 'plan-response-steps')?.messageEn).toContain('2 response');
  });

  it('keeps such steps in a plan that is no 预案', () => {
    const plan = parsePlanText(text.replace('应急预案', '工作方案'), { year: 2023 });
    expect(plan.tasks.some((t) => t.text.startsWith('政法综治处启动'))).toBe(true);
  });
});

describe('a plan of unit-first sentences with one incidental clause', () => {
  it('reads the units its items open with, as where the plan names units no other way', () => {
    const text = [
      '2025年赤潮灾害应对工作要点',
      '一、加强常规监测',
      '市海洋与渔业环境监测站要加强能力建设，及时掌握海域水温等要素的变化。',
      '二、强化应急监测',
      '赤潮发生后，各县渔业局立即开展跟踪监测，市海洋与渔业环境监测站负责提供技术支持，并将结果报送市局。',
      '三、加强宣传培训',
      '各县渔业局要借助新媒体开展宣传。',
    ].join('\n');
    const units = unitsOf(parsePlanText(text));
    expect(units[0]).toEqual(['市海洋与渔业环境监测站']);
    expect(units[units.length - 1]).toEqual(['各县渔业局']);
  });
});

describe('shapes first seen in the twenty-fifth session’s held-out plans', () => {
  it('reads a 预案’s member units and their duties printed as two columns with a blank between them', () => {
    const text = [
      '岳阳市特种设备安全事故应急预案',
      '2.2 成员单位职责',
      '市质监局 综合协调和督查全市特种设备安全事故应急救援工作;组织或参与事故调查。',
      '市安监局 参与特种设备安全事故应急救援工作,组织或参与事故调查。',
      '市卫生局 组织事故医疗救护工作。',
      '市建设局、市城管局 制订、实施房屋建筑工地起重机械的应急救援工作制度。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2010 });
    expect(unitsOf(plan)).toEqual([['市质监局'], ['市安监局'], ['市卫生局'], ['市建设局', '市城管局']]);
    expect(plan.tasks[2]?.text).toBe('组织事故医疗救护工作。');
  });

  it('gives a list of duties numbered from the first to the unit named alone on the line above it', () => {
    // (The copy starts inside the list of another unit, whose name is lost.)
    const text = [
      '七、进一步对民族教育资源进行整合。',
      '八、推进特殊教育学校的整体发展。',
      '市卫生局',
      '一、开展助产机构清理整顿工作，坚决打击、取缔非法接生。',
      '二、继续加强妇女孕产期保健工作。',
      '三、全面开展新生儿疾病筛查工作。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2005 });
    expect(unitsOf(plan)).toEqual([[], [], ['市卫生局'], ['市卫生局'], ['市卫生局']]);
    // (The unit's name is no part of the duty above it.)
    expect(plan.tasks[1]?.text).toBe('推进特殊教育学校的整体发展。');
    // (Nor of the heading over the list, when the name ends the heading's text.)
    const under = parsePlanText(
      [
        '一、目标分解',
        '现将目标任务分解如下。',
        '市卫生局',
        '1.开展助产机构清理整顿工作。',
        '2.继续加强妇女孕产期保健工作。',
      ].join('\n'),
      { year: 2005 },
    );
    expect(unitsOf(under)).toEqual([['市卫生局'], ['市卫生局']]);
  });

  it('reads units alone on their lines without a colon, each over its duty opening with 负责', () => {
    const text = [
      '五、工作职责',
      '各级人民政府',
      '负责领导和组织有关部门以及社会的力量，采取措施做好地质灾害防治工作。',
      '自然资源部门',
      '负责',
      '地质灾害防治的组织、协调、指导和监督工作。',
      '气象、水文部门',
      '负责及时通报各地气象、水文监测资料。',
      '交通运输、公路、铁路等部门',
      '负责公路、铁路沿线及周边地质灾害隐患排查和防治工作。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2020 });
    expect(unitsOf(plan)).toEqual([
      ['各级人民政府'],
      ['自然资源部门'],
      ['气象', '水文部门'],
      ['交通运输', '公路', '铁路'],
    ]);
    expect(plan.tasks[1]?.text).toBe('负责地质灾害防治的组织、协调、指导和监督工作。');
  });

  it('reads the whole list after 由 when a comma parts it (`由市财政局、农业局，各县（市）、区人民政府负责落实`)', () => {
    const text = [
      '一、增加农民收入',
      '（一）继续实施对种粮农民直接补贴，确保补贴总金额高于上年。由市财政局、农业局、农机局，各县（市）、区人民政府负责落实。',
      '（二）加快农村劳动力转移。由市劳动保障局，各县（市）、区人民政府负责落实。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2008 });
    expect(unitsOf(plan)).toEqual([
      ['市财政局', '农业局', '农机局', '各县（市）、区人民政府'],
      ['市劳动保障局', '各县（市）、区人民政府'],
    ]);
    expect(plan.tasks[1]?.text).toBe('加快农村劳动力转移。');
  });
});

describe('shapes first seen in the twenty-sixth session', () => {
  it('reads a table grouped by unit, each unit’s name printed a character a line over its numbered rows', () => {
    const text = [
      '附件2',
      '主要任务细则',
      '单位名称',
      '序号',
      '主要任务',
      '评估形式',
      '市',
      '政',
      '府',
      '办',
      '1',
      '市政府分管领导落实；',
      '文件',
      '2',
      '有市语言文字工作委员会；',
      '文件',
      '市',
      '委',
      '宣',
      '传',
      '部',
      '1',
      '制定迎接检查评估宣传计划，加大宣传力度；',
      '资料',
      '2',
      '将普及普通话纳入行业管理内容；',
      '文件',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2015 });
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '1', '2']);
    expect(unitsOf(plan)).toEqual([['市政府办'], ['市政府办'], ['市委宣传部'], ['市委宣传部']]);
    // (A row’s task that names what a unit must have is its task, not a unit.)
    expect(plan.tasks[1]?.text).toContain('有市语言文字工作委员会');
  });

  it('reads no plan table in a list of contacts (`姓名` / `单位名称` / `职务` / `联系方式`)', () => {
    const text = [
      '一、建立健全基层观测监视队伍。各县（区）渔业行政主管部门要组建赤潮观测队伍，开展日常观测。',
      '二、落实常规监测任务。市海洋与渔业环境监测站要按照规划开展常规监测。',
      '附件1',
      '县区赤潮灾害渔业应急工作负责人名单',
      '姓  名',
      '单位名称',
      '职 务',
      '联系方式',
      '分管领导',
      '股站负责人',
      '联 络 员',
      '请于2021年2月20日前发至邮箱。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2021 });
    expect(unitsOf(plan)).toEqual([['各县（区）渔业行政主管部门'], ['市海洋与渔业环境监测站']]);
    expect(plan.diagnostics.map((d) => d.code)).not.toContain('plan-truncated');
  });

  it('reads a 负责 duty broken over lines, and drops a page’s second copy taken in the order of the text', () => {
    const once = [
      '二、职责分工',
      '卫生健康行政部门负责组织指导建立检测推荐清单，指导二级以上公立医疗机构健全完善本单位检测',
      '（外送）',
      '规章制度，督促医疗机构规范开展检测工作。',
      '医保部门负责落实省检测价格项目。',
      '市场监督管理部门负责积极争取省上相关部委政策支持，加强产品质量安全监管。',
      '三、工作步骤',
      '（一）2024年6月20日前。各县（市、区）卫健局会同医保部门开展专项排查。',
      '（二）2024年9月20日前。各医疗机构开展自查自纠，完善制度。',
      '（三）2024年11月20日前。市卫健委组织抽查。',
    ];
    const plan = parsePlanText([...once, '图片解读', '文字解读', ...once].join('\n'), { year: 2024 });
    const duties = plan.tasks.filter((t) => t.assignments.length > 0 && /负责/u.test(t.text));
    expect(duties.map((t) => t.assignments.map((a) => a.unit))).toEqual([
      ['卫生健康行政部门'],
      ['医保部门'],
      ['市场监督管理部门'],
    ]);
    expect(duties[0]?.text).toContain('规章制度，督促医疗机构规范开展检测工作。');
    expect(plan.diagnostics.map((d) => d.code)).toContain('plan-text-repeated');
  });

  it('reads a quota list by county (`梅列区：` / `实施改造项目21个…`) as each county’s task', () => {
    const text = [
      '三、任务分解',
      '梅列区：',
      '实施改造项目21个，涉及改造户数12809户，计划总投资19439万元。',
      '三元区：',
      '实施改造项目20个，涉及改造户数14988户，计划总投资19900万元。',
      '沙县：',
      '实施改造项目20个，涉及改造户数13299户，计划总投资26598万元。',
      '永安市：',
      '实施改造项目8个，涉及改造户数11506户，计划总投资25204万元。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2021 });
    expect(unitsOf(plan)).toEqual([['梅列区'], ['三元区'], ['沙县'], ['永安市']]);
    expect(plan.tasks[3]?.text).toBe('实施改造项目8个，涉及改造户数11506户，计划总投资25204万元。');
  });

  it('reads a list whose merged group column stands before 序号, its header repeated, `牵头责任部门` leading', () => {
    const header = ['服务对象', '序号', '服务项目', '服务内容及标准', '服务类型', '牵头责任', '部门'];
    const text = [
      '附件',
      '基本养老服务清单',
      ...header,
      '达到待遇享受年龄的老年人',
      '1',
      '职工基本养老保险',
      '为符合条件的参保老年人按时足额发放基本养老金。',
      '物质帮助',
      '市人社局',
      '60周岁及以上老年人',
      '2',
      '机构养老',
      '服务',
      '促进养老机构健康发展，为有需求的老年人有偿提供全托照护服务。',
      '照护服务',
      '市民政局、发改委',
      ...header,
      '65周岁及以上老年人',
      '3',
      '健康管理',
      '为65周岁及以上老年人免费建立电子健康档案。',
      '健康服务',
      '市卫健委',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2023 });
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(plan.tasks.map((t) => t.text.replace(/：/gu, '').slice(0, 6))).toEqual([
      '职工基本养老',
      '机构养老服务',
      '健康管理为6',
    ]);
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['lead:市人社局'],
      ['lead:市民政局', 'lead:发改委'],
      ['lead:市卫健委'],
    ]);
  });

  it('reads a label a PDF copy spaced out (`〔责 任单位：…〕`), and no unit in `实行政府牵头、行业主管`', () => {
    const text = [
      '（一）政府引导，创新经营。加强统筹领导。〔责 任单位：市文旅局、发改委，各县（市、区）人民政府〕',
      '（二）强化协调合作。实行政府牵头、行业主管、属地管理的监督管理机制。〔责任 单位：市公安局、人社局〕',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2023 });
    expect(unitsOf(plan)).toEqual([
      ['市文旅局', '发改委', '各县（市、区）人民政府'],
      ['市公安局', '人社局'],
    ]);
  });

  it('reads member units’ duties opening with a unit and its other name in a bracket, or with a verb like 强化', () => {
    const text = [
      '三、工作机制',
      '（一）组织机构。成立领导小组。',
      '四、成员单位工作职责',
      '（一）区经济发展局（海洋与渔业执法支队）要依据海洋管理等相关法律法规规定，负责加强对海域采砂用海的监督管理工作。',
      '（二）区综合执法局（环保国土建设执法支队）负责督促、协助属地乡镇对岸线港口砂场依法进行拆除。',
      '（三）区公安边防支队强化对沿海采砂用海水域的治安管理。',
      '（四）区交通与建设局组织人员参加港口砂场的执法检查。',
      '（五）区环境与国土资源局依据矿产资源和土地管理等相关法律法规，组织人员参加执法检查。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2015 });
    expect(unitsOf(plan)).toEqual([
      ['区经济发展局（海洋与渔业执法支队）'],
      ['区综合执法局（环保国土建设执法支队）'],
      ['区公安边防支队'],
      ['区交通与建设局'],
      ['区环境与国土资源局'],
    ]);
  });

  it('reads the lead rule `以第一顺位科室为牵头单位…其它科室做好配合` stated in the notice', () => {
    const text = [
      '机关各科室：',
      '现将任务分工方案印发给你们。一项任务对应多个责任科室的，以第一顺位科室为牵头单位，负责该任务的汇总，其它科室做好配合。',
      '一、深化改革',
      '（一）巩固提升医改成果。完善制度。',
      '〔责任领导：于某；责任单位：体改科、医政科、疾控科〕',
      '（二）持续抓好疫情防控。落实常态化防控措施。',
      '〔责任领导：何某；责任单位：疾控科、应急办〕',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2021 });
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['lead:体改科', 'cooperate:医政科', 'cooperate:疾控科'],
      ['lead:疾控科', 'cooperate:应急办'],
    ]);
  });

  it('reads a target cell opening with a time (`一季度，…`) as words of the row in a table with no time column', () => {
    const text = [
      '附件1',
      '重点工作涉及我市任务清单',
      '序号',
      '重点工作任务',
      '细化目标任务',
      '牵头单位',
      '工作进度',
      '具体落实情况',
      '进度滞后原因及需要协调解决的问题',
      '任务分类',
      '1',
      '全市地区生产总值增长',
      '5.5%左右。',
      '一季度，全市地区生产总值增长实现',
      '“开门稳、开门红”，上半年、前三季度增速不低于全年预期增速。',
      '市发改委',
      '指标类',
      '2',
      '一般公共预算总收入增长',
      '6%左右。',
      '一季度，全市一般公共预算总收入增长实现',
      '“开门稳、开门红”。',
      '市财政局',
      '指标类',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2023 });
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(plan.tasks.map((t) => t.text.slice(0, 10))).toEqual(['全市地区生产总值增长', '一般公共预算总收入增']);
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['lead:市发改委'],
      ['lead:市财政局'],
    ]);
    expect(plan.tasks.map((t) => t.deadline.kind)).toEqual(['none', 'none']);
  });
});

describe('shapes first seen in the twenty-seventh session', () => {
  it('reads a table whose unit column comes before its task, a cell running over lines, unnumbered rows under a row', () => {
    const text = [
      '附件',
      '2022年普法责任清单',
      '序号',
      '普法责任主体',
      '普法内容',
      '普法节点',
      '1',
      '办公室',
      '中华人民共和国网络安全法、中华人民共和国个人信息保护法',
      '全年',
      '2',
      '政工科',
      '开展党内法规的普法工作，重点开展：',
      '党章、监察法、廉洁自律准则、纪律处分条例。',
      '全年',
      '3',
      '市容环卫科',
      '莆田市环境卫生管理处',
      '安全生产法、固体废物污染环境防治法、广告法。',
      '全年',
      '广告办',
      '广告法、城市市容和环境卫生管理条例。',
      '全年',
      '4',
      '直属执法支队',
      '城乡规划法、福建省违法建设处置若干规定。',
      '贯穿于执法检查全过程',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2022 });
    expect(plan.tasks.map((t) => t.text.slice(0, 8))).toEqual([
      '中华人民共和国网',
      '开展党内法规的普',
      '安全生产法、固体',
      '广告法、城市市容',
      '城乡规划法、福建',
    ]);
    expect(plan.tasks[1]?.text).toContain('党章、监察法');
    expect(unitsOf(plan)).toEqual([
      ['办公室'],
      ['政工科'],
      ['市容环卫科', '莆田市环境卫生管理处'],
      ['广告办'],
      ['直属执法支队'],
    ]);
    expect(plan.tasks.map((t) => t.deadline.kind)).toEqual(['date', 'date', 'date', 'date', 'continuous']);
  });
});

describe('duty paragraphs first seen in the twenty-seventh session', () => {
  it('reads a paragraph of department duties: fields before 等部门 as units, 协同 cooperating, 重点做好 and 各片区', () => {
    const text = [
      '三、保障措施',
      '18.加强部门协同。',
      '医保部门负责统筹推进制度、机制建设，抓好政策落实。民政、乡村振兴等部门负责做好相应农村低收入人口身份认定和信息共享。财政部门负责做好资金投入保障。卫生健康部门做好基层医疗卫生服务能力建设和医疗机构行业管理。税务部门协同做好费款征收工作。',
      '19.加强运行监测。',
      '加强监测。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2021 });
    expect(roles(plan)).toEqual([
      ['responsible:医保部门'],
      ['responsible:民政', 'responsible:乡村振兴'],
      ['responsible:财政部门'],
      ['responsible:卫生健康部门'],
      ['cooperate:税务部门'],
    ]);
    const heading =
      '五、保障措施\n（一）建立联席机制。区农业农村局、财政金融局建立联席工作机制。（二）明确分工职责。各片区做好培训对象的调查摸底和初审；区农业农村局重点做好培训对象确定、培训监督管理等工作；区农业农村中心负责专业培训的组织实施。（三）严格绩效管理。要采取有力措施。';
    expect(unitsOf(parsePlanText(heading, { year: 2021 }))).toEqual([['各片区'], ['区农业农村局'], ['区农业农村中心']]);
  });

  it('reads units that 配合 in a list of duties as cooperating, but not those that 协助 or work with the government', () => {
    const text = [
      '三、职责分工',
      '市林业局负责森林火灾预防和扑救的组织协调工作。',
      '市应急局协助市委、市政府组织森林火灾应急处置工作。',
      '市发展改革委配合市林业局做好项目建设工作。',
      '市财政局负责保障扑火经费。',
      '市气象局配合市政府做好天气预报工作。',
      '市公安局协助市林业局做好火场警戒工作。',
    ].join('\n');
    expect(roles(parsePlanText(text, { year: 2022 }))).toEqual([
      ['responsible:市林业局'],
      ['responsible:市应急局'],
      ['cooperate:市发展改革委'],
      ['responsible:市财政局'],
      ['responsible:市气象局'],
      ['responsible:市公安局'],
    ]);
  });

  it('reads a census notice’s duties by field (`涉及…的事项，由X负责和协调；`), and no duty in `各级各部门要…`', () => {
    const text = [
      '四、强化职责分工',
      '此次普查涉及范围广。各级各部门要按照各自职能，各负其责、通力协作，共同做好普查工作。市统计局和国家统计局莆田调查队负责具体普查工作的组织和实施；涉及普查经费方面的事项，由市财政局负责和协调；涉及普查宣传动员方面的事项，由市统计局、市委宣传部负责和协调；涉及渔业生产经营方面的事项，由市海洋与渔业局负责和协调。其他部门要及时提供数据信息。',
      '五、落实普查保障',
      '各级各部门要做好保障。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2025 });
    expect(plan.tasks.map((t) => t.text.slice(0, 6))).toEqual([
      '市统计局和国',
      '涉及普查经费',
      '涉及普查宣传',
      '涉及渔业生产',
    ]);
    expect(unitsOf(plan)).toEqual([
      ['市统计局', '国家统计局莆田调查队'],
      ['市财政局'],
      ['市统计局', '市委宣传部'],
      ['市海洋与渔业局'],
    ]);
  });

  it('reads a census notice’s fields of matters broken over lines before 方面 and 的事项, 涉及 opening the first only', () => {
    const text = [
      '四、普查组织实施',
      '（一）加强统一领导。',
      '市政府成立普查领导小组，负责普查组织与实施中重大问题的研究和决策。',
      '（二）落实普查职责。',
      '各领导小组成员单位要通力协作、密切配合、各尽其责。涉及',
      '普查经费',
      '方面',
      '的事项，由市财政局负责协调；',
      '数据处理能力建设',
      '方面',
      '的事项，由市发展改革委负责协调；',
      '普查宣传动员',
      '方面的事项，由市统计局、市委宣传部负责协调；',
      '城乡社区网格化服务管理',
      '工作的事项，由市委政法委协调。',
      '（三）做好普查保障。',
      '各级各部门要切实做好保障工作。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2023 });
    expect(plan.tasks.map((t) => t.text.slice(0, 6))).toEqual([
      '普查经费方面',
      '数据处理能力',
      '普查宣传动员',
      '城乡社区网格',
    ]);
    expect(unitsOf(plan)).toEqual([['市财政局'], ['市发展改革委'], ['市统计局', '市委宣传部'], ['市委政法委']]);
  });

  it('reads 配合和协调 in a census notice as cooperating, and 协调 as answering for the matter', () => {
    const text = [
      '四、职责分工',
      '各级各部门要各负其责。市统计局负责普查工作的组织实施；涉及普查经费方面的事项，由市财政局负责和协调；涉及城乡社区网格化服务管理工作的事项，由市委政法委协调；涉及教育系统单位调查方面的事项，由市教育局配合和协调。',
    ].join('\n');
    expect(roles(parsePlanText(text, { year: 2023 }))).toEqual([
      ['responsible:市统计局'],
      ['responsible:市财政局'],
      ['responsible:市委政法委'],
      ['cooperate:市教育局'],
    ]);
  });

  it('reads a duty paragraph in a numbered item: names with brackets, 负责牵头 leading, fields sharing 部门', () => {
    const text = [
      '三、工作要求',
      '1.加强领导。各地要重视。',
      '2.明确职责，加强督查。市委文明办、市文广局负责牵头组织此次活动。市艺研所负责剧本征集、培训提升和会演活动。各县（区、管委会）文化行政部门负责辖区内活动的宣传发动。',
    ].join('\n');
    expect(roles(parsePlanText(text, { year: 2018 }))).toEqual([
      ['lead:市委文明办', 'lead:市文广局'],
      ['responsible:市艺研所'],
      ['responsible:各县（区、管委会）文化行政部门'],
    ]);
    const fields = [
      '三、强化各项保障',
      '（二）明确职责分工。各相关部门要共识共为，共同提供相应政策支持和保障。各级编制、人社部门负责落实编制、调配、人事薪酬制度改革等事项；财政部门要按编制总数给予人员经费保障；卫健部门要加强指导和监督。',
    ].join('\n');
    expect(roles(parsePlanText(fields, { year: 2023 }))).toEqual([
      ['responsible:各级编制', 'responsible:人社部门'],
      ['responsible:财政部门'],
      ['responsible:卫健部门'],
    ]);
  });

  it('reads an emergency plan’s duties under decimal headings naming each unit (`2.2.3农业行政部门职责`)', () => {
    const text = [
      '2.2 职责分工',
      '2.2.1政府办公室职责',
      '组织安排突发公共卫生事件应急处理的对外信息发布，统一信息发布口径。',
      '2.2.2卫生行政部门职责',
      '2.2.2.1县卫生局负责指挥、组织、协调、管理全区人感染H7N9禽流感防治工作。',
      '2.2.2.2在区县政府的统一领导下，县卫生局加强与农业等有关部门的沟通协调。',
      '2.2.3农业行政部门职责',
      '密切监测家禽中的H7N9禽流感动态；完善动物H7N9禽流感应急响应工作方案。',
      '2.2.4林业行政部门职责',
      '密切监测鸟类中的H7N9禽流感动态。',
      '3 病例诊断',
      '3.1病例诊断',
      '省内年度首例病例由专家组诊断。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2014 });
    expect(numbersAndUnits(plan)).toEqual([
      ['2.2.1', ['政府办公室']],
      ['2.2.2.1', ['县卫生局']],
      ['2.2.3', ['农业行政部门']],
      ['2.2.4', ['林业行政部门']],
    ]);
    expect(plan.tasks[2]?.text).toMatch(/^密切监测家禽/u);
  });

  it('breaks a paragraph of duties in a page whose footer names the site’s 主办单位', () => {
    const text = [
      '四、工作要求',
      '（二）健全机制，落实责任。建立内部联动机制，层层落实责任。局药械处负责组织协调开展药品经营企业检查，稽查支队负责对移办的重大案件的查处，办公室负责新闻宣传工作。综合整治领导小组办公室负责协调具体检查工作和阶段性总结工作。',
      '（三）加强宣传。做好宣传。',
      '网站地图',
      '主办单位：福建省平潭综合实验区管理委员会办公室',
    ].join('\n');
    expect(unitsOf(parsePlanText(text, { year: 2016 }))).toEqual([
      ['局药械处'],
      ['稽查支队'],
      ['办公室'],
      ['综合整治领导小组办公室'],
    ]);
  });

  it('reads a 参与单位 label printed alone over its units as cooperating', () => {
    const text = [
      '三、活动内容',
      '（一）开展“好书聚惠”优惠活动',
      '主要内容：',
      '活动期间开展优惠销售活动，参加活动的图书一律六九折优惠让利读者。',
      '参与单位：',
      '市新华书店城、仙游县新华书店门市',
      '（二）开展“你看书 我买单”互动活动',
      '主要内容：',
      '凡持有市图书馆借阅证的读者，可以凭借阅证挑选图书。',
      '参与单位：',
      '市图书馆、市新华书店',
      '四、工作要求',
      '各单位要高度重视。',
    ].join('\n');
    expect(roles(parsePlanText(text, { year: 2018 }))).toEqual([
      ['cooperate:市新华书店城', 'cooperate:仙游县新华书店门市'],
      ['cooperate:市图书馆', 'cooperate:市新华书店'],
    ]);
  });

  it('reads a unit label’s value broken into words a line, and lists after a lead taking the role that closes them', () => {
    const text = [
      '二、重点任务',
      '（一）青少年科学素质提升行动',
      '1.培育科学精神和科学家精神。开展“最美科技工作者”进校园等活动。',
      '责任单位：',
      '市',
      '教育',
      '局',
      '牵头，',
      '市',
      '委文明办，',
      '市',
      '科技',
      '局',
      '、工信',
      '局',
      '等',
      '单位配合',
      '。',
      '（二）农民科学素质提升行动',
      '2.树立科学健康新风尚。广泛开展全国科普日等活动。',
      '责任单位：市农业农村局牵头，市委宣传部，市科技局、财政局等单位配合。',
    ].join('\n');
    expect(roles(parsePlanText(text, { year: 2022 }))).toEqual([
      ['lead:市教育局', 'cooperate:市委文明办', 'cooperate:市科技局', 'cooperate:工信局'],
      ['lead:市农业农村局', 'cooperate:市委宣传部', 'cooperate:市科技局', 'cooperate:财政局'],
    ]);
  });

  it('reads a table of contests whose 主办单位 column leads and 承办单位 column answers for each row', () => {
    const text = [
      '序号',
      '竞赛名称',
      '主办单位',
      '承办单位',
      '竞赛工种',
      '竞赛类别',
      '1',
      '莆田市第六届残疾人职业技能竞赛',
      '莆田市残联、莆田市人力资源和社会保障局',
      '莆田市残疾人劳动就业服务管理站、莆田市职业技能鉴定指导中心',
      '计算机安装调试维修组装、服装裁剪等',
      '市级一类赛',
      '2',
      '2018年莆田市人力资源管理师职业技能竞赛',
      '莆田市人力资源和社会保障局、莆田市总工会',
      '中国海峡人才市场莆田分部、莆田市职业技能鉴定指导中心',
      '企业人力资源管理师',
      '市级一类赛',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2018 });
    expect(plan.tasks.map((t) => t.text.slice(0, 6))).toEqual(['莆田市第六届', '2018年莆']);
    expect(roles(plan)).toEqual([
      [
        'lead:莆田市残联',
        'lead:莆田市人力资源和社会保障局',
        'responsible:莆田市残疾人劳动就业服务管理站',
        'responsible:莆田市职业技能鉴定指导中心',
      ],
      [
        'lead:莆田市人力资源和社会保障局',
        'lead:莆田市总工会',
        'responsible:中国海峡人才市场莆田分部',
        'responsible:莆田市职业技能鉴定指导中心',
      ],
    ]);
  });

  it('reads 主办单位 over 参办单位 and 承办科室 lines as a task’s labels, not a page footer', () => {
    const text = [
      '一、加强监督检查',
      '1、加强对宏观调控政策落实情况的监督检查。',
      '主办单位：市纪委、市监察局',
      '参办单位：市直相关单位',
      '承办科室：农保审计科',
      '2、做好省运会筹办工作，实现“廉洁办省运”的目标',
      '主办单位：市体育局',
      '参办单位：市发改委、市审计局',
      '承办科室：固定资产投资审计科',
    ].join('\n');
    expect(roles(parsePlanText(text, { year: 2010 }))).toEqual([
      ['lead:市纪委', 'lead:市监察局', 'cooperate:市直相关单位', 'responsible:农保审计科'],
      ['lead:市体育局', 'cooperate:市发改委', 'cooperate:市审计局', 'responsible:固定资产投资审计科'],
    ]);
  });

  it('reads units opening duties under 职责分工 with verbs such as 通报, 监督 and 预算', () => {
    const text = [
      '四、职责分工',
      '（一）区公安局负责依法受理、立案侦查涉嫌非法集资犯罪案件。',
      '（二）区经济发展局通报全区社会发展和经济运行情况，提供相关数据。',
      '（三）区市场监管局监督企业名称和经营范围中涉及金融的登记。',
      '（四）区财政金融局预算安排打非工作专项经费。',
      '五、工作要求',
      '各单位要高度重视。',
    ].join('\n');
    expect(unitsOf(parsePlanText(text, { year: 2016 }))).toEqual([
      ['区公安局'],
      ['区经济发展局'],
      ['区市场监管局'],
      ['区财政金融局'],
    ]);
  });

  it('reads no unit in a heading `各部门目标责任`, so the unit headings below it give their points', () => {
    const text = [
      '二、各部门目标责任',
      '1.发改处',
      '（1）负责把安全生产工作纳入发展规划。',
      '（2）负责在研究制定产业规划时提出政策措施。',
      '2.商务处',
      '（1）负责监督指导商贸流通行业的安全生产工作。',
      '（2）负责拍卖等特殊流通行业的安全生产监督管理。',
    ].join('\n');
    expect(unitsOf(parsePlanText(text, { year: 2016 }))).toEqual([['发改处'], ['发改处'], ['商务处'], ['商务处']]);
  });

  it('breaks no paragraph into duties in a plan whose labels are printed in traditional script', () => {
    const text = [
      '（一）明確部門責任。',
      '加大聯合執法力度。由農業局負責對使用保鮮劑行為的查處；由市場監管局負責對銷售行為的查處；由公安局負責對屠宰行為的查處。[責任單位：市農業局、市場監管局、公安局]',
      '（二）保障經費投入。落實經費。[責任單位：市財政局]',
    ].join('\n');
    expect(unitsOf(parsePlanText(text, { year: 2018 }))).toEqual([['市农业局', '市场监管局', '公安局'], ['市财政局']]);
  });

  it('reads no duty in `X、Y等部门要…` of a plan whose tasks carry labels', () => {
    const text = [
      '（一）明确部门责任。',
      '综治部门要将救助管理工作纳入考评。卫生计生部门要加强精神卫生医疗服务机构建设。',
      '残联部门做好残疾人证件办理工作，配合做好患者的康复和救助。',
      '发展改革、卫生计生、公安、民政、司法行政等部门要按照要求，切实加强精神卫生防治网络建设。',
      '责任单位：市卫计委、综治办、发改委',
      '（二）保障经费投入。落实经费。',
      '责任单位：市财政局',
    ].join('\n');
    expect(unitsOf(parsePlanText(text, { year: 2018 }))).toEqual([['市卫计委', '综治办', '发改委'], ['市财政局']]);
  });
});

describe('shapes first seen in the twenty-eighth session', () => {
  it('reads a heading naming an agency with brackets, `（三）县（区、管委会）水行政主管部门`, as the unit of its points', () => {
    const text = [
      '二、水利工程建设质量监督事权划分',
      '（一）市级水行政主管部门',
      '1.负责对全市水利工程建设质量实施监督管理。',
      '2.组织对全市水利建设质量考核工作。',
      '（二）县（区、管委会）水行政主管部门',
      '1.负责对全县（区、管委会）水利工程建设质量实施监督管理。',
      '2.负责全县（区、管委会）质量监督管理的能力建设。',
    ].join('\n');
    expect(unitsOf(parsePlanText(text, { year: 2017 }))).toEqual([
      ['市级水行政主管部门'],
      ['市级水行政主管部门'],
      ['县（区、管委会）水行政主管部门'],
      ['县（区、管委会）水行政主管部门'],
    ]);
  });

  it('reads a heading `（一）省水行政主管部门责任` as the unit of its points', () => {
    const text = [
      '二、水利工程建设质量监督事权划分',
      '（一）省水行政主管部门责任',
      '1.贯彻执行国家有关工程建设质量法律法规和强制性标准。',
      '2.组织对全省水利工程建设质量和安全工作进行考核。',
      '（二）市级水行政主管部门',
      '1.负责对全市水利工程建设质量实施监督管理。',
    ].join('\n');
    expect(unitsOf(parsePlanText(text, { year: 2017 }))).toEqual([
      ['省水行政主管部门'],
      ['省水行政主管部门'],
      ['市级水行政主管部门'],
    ]);
  });

  it('reads a project table one cell per line with 总投资, 所在地 and missing cells, the place no unit', () => {
    const text = [
      '附件1',
      '莆田市2019年春节前小城建项目表',
      '单位：万元',
      '序号',
      '项目名称',
      '建设内容及规模',
      '总投资',
      '计划投资',
      '完成时间',
      '所在地',
      '实施单位',
      '备注',
      '一、治涝项目（2个）',
      '1',
      '文献路新汽车站段积涝区治理项目',
      '新建跨河桥涵一座。',
      '500',
      '2019年2月1日前竣工',
      '城厢区',
      '市城投集团',
      '2',
      '西洪北街馨宜新天地积水点改造',
      '改造雨水管道，清理淤泥',
      '5',
      '2019年2月1日前竣工',
      '荔城区',
      '市住建局',
      '市民反映',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2018 });
    expect(plan.tasks.map((t) => t.text.slice(0, 6))).toEqual(['文献路新汽车', '西洪北街馨宜']);
    expect(unitsOf(plan)).toEqual([['市城投集团'], ['市住建局']]);
    expect(plan.tasks.map((t) => t.deadline)).toMatchObject([
      { kind: 'date', by: '2019-02-01' },
      { kind: 'date', by: '2019-02-01' },
    ]);
  });

  it('reads a row whose project is named like an office, whose unit has its other name on the next line, and whose time cell starts with 开工', () => {
    const text = [
      '序号',
      '项目名称',
      '建设内容及规模',
      '总投资',
      '计划投资',
      '开竣工时间',
      '责任单位',
      '1',
      '九华路雅颂居段',
      '对沿线雨水管道疏通',
      '100',
      '2018年春节前完工',
      '市住建局',
      '2',
      '荔港大道新美蔬菜处',
      '对沿线雨水管道疏通清淤',
      '50',
      '2018年春节前完工',
      '市交通局',
      '（市公路局）',
      '3',
      '西天尾龙山村',
      '拓宽改造洞湖桥',
      '500',
      '2017年3月份开工',
      '2018年春节前完工',
      '市交通局',
      '（市公路局）',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2017 });
    expect(plan.tasks.map((t) => t.text.slice(0, 5))).toEqual(['九华路雅颂', '荔港大道新', '西天尾龙山']);
    expect(unitsOf(plan)).toEqual([['市住建局'], ['市交通局（市公路局）'], ['市交通局（市公路局）']]);
    expect(plan.tasks.map((t) => t.deadline)).toMatchObject([
      { kind: 'date', by: '2018-02-15' },
      { kind: 'date', by: '2018-02-15' },
      { kind: 'date', by: '2018-02-15' },
    ]);
  });

  it('reads no task in an annex listing sites by 所在地 with no unit column', () => {
    const text = [
      '一、加强保护。',
      '建设非遗传承所。（责任单位：市文旅局）',
      '附件',
      '非遗传承所名单',
      '序号',
      '名称',
      '传承项目',
      '所在地',
      '完成',
      '年限',
      '1',
      '宁化擂茶制作技艺传承所',
      '客家擂茶制作工艺',
      '宁化县世界客属文化交流中心',
      '2023',
      '2',
      '宁化石壁客家木活字印刷技艺传承所',
      '木活字印刷技艺',
      '宁化县石壁镇文化服务中心',
      '2025',
    ].join('\n');
    expect(unitsOf(parsePlanText(text, { year: 2021 }))).toEqual([['市文旅局']]);
  });

  it('reads `主办单位：X` over its time limit `工作时限：…` as a label of the items above, not a page footer', () => {
    const text = [
      '（四）加强工作指导和督导',
      '17.召开新农保工作调度会。全市每月底召开新农保调度会。',
      '主办单位：市新农保办',
      '工作时限：2011年3-12月',
      '（五）加强首批和第二批新农保试点工作指导',
      '18.继续指导首批和第二批新农保试点工作。',
      '主办单位：市人社局',
      '协办单位：市新农保办',
      '工作时限：2011年1-12月',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2011 });
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['lead:市新农保办'],
      ['lead:市人社局', 'cooperate:市新农保办'],
    ]);
  });
});

describe('shapes first seen in the twenty-ninth session', () => {
  it('reads the telecom carriers a label lists by their short names (移动, 联通, 广电网络)', () => {
    const plan = parsePlanText(
      [
        '（一）加快网络建设',
        '1.编制建设规划。市通管办会同有关部门编制规划。',
        '责任单位：市通管办，各县（区）人民政府（管委会）、各通信运营商、广电网络、铁塔公司',
        '2.开放公共资源。推动公共资源开放。',
        '责任单位：市直有关单位，中国电信、移动、联通',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => a.unit).join('、')])).toEqual([
      ['1', '市通管办、各县（区）人民政府（管委会）、各通信运营商、广电网络、铁塔公司'],
      ['2', '市直有关单位、中国电信、移动、联通'],
    ]);
  });

  it('does not take the next item (`（四）成立产业联盟。`) as the end of the last name of a label', () => {
    const plan = parsePlanText(
      [
        '（三）完善信息共享交流机制。',
        '各基础电信运营商每季度报送情况。',
        '责任单位：市发改委牵头，市直有关部门，中国电信、移动、联通、铁塔三明分公司，广电网络三明分公司配合',
        '（四）成立产业联盟。',
        '推动成立产业联盟。',
        '责任单位：市工信局',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.number)).toEqual(['三', '四']);
    expect(plan.tasks[0]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'lead:市发改委',
      'cooperate:市直有关部门',
      'cooperate:中国电信',
      'cooperate:移动',
      'cooperate:联通',
      'cooperate:铁塔三明分公司',
      'cooperate:广电网络三明分公司',
    ]);
  });

  it('keeps a project name opening with a carrier and its city (`莆田移动5G+工业互联网`) whole', () => {
    expect(looksLikeUnit('莆田移动')).toBe(false);
    expect(looksLikeUnit('莆田市移动')).toBe(true);
    expect(looksLikeUnit('推动移动')).toBe(false);
  });

  it('gives the units of a note `以下各任务均需X落实，不再一一列出` to every later task', () => {
    const plan = parsePlanText(
      [
        '一、提升政务服务能力',
        '1.提升政务中心建设。开展一次全面摸排。(责任单位:州政务服务中心,各县市人民政府、州直相关行业部门按职责分工负责,以下各任务均需各县市人民政府、州直相关行业部门落实,不再一一列出)',
        '2.提高窗口人员素质。对派驻人员进行业务资格复查。(责任单位:州政务服务中心)',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => a.unit))).toEqual([
      ['州政务服务中心', '各县市人民政府', '州直相关行业部门'],
      ['州政务服务中心', '各县市人民政府', '州直相关行业部门'],
    ]);
  });

  it('reads the numbered portal header of a Beijing district page, 制发单位 and 失效日期 among its keys', () => {
    // (The header's numbers 1–8 once opened items: `2. [制发单位] …` and `6. [失效日期]` became tasks, and
    // the plan's own item 4 was taken into the heading after it.)
    const plan = parsePlanText(
      [
        '1. [主题分类] 综合政务/政务公开',
        '  2. [制发单位] 某区人民政府办公室',
        '  3. [实施日期]',
        '  4. [成文日期] 2019-08-09',
        '  5. [发文字号] 〔〕',
        '  6. [失效日期]',
        '  7. [发布日期] 2019-08-09',
        '  8. [有效性] 现行有效',
        '',
        '某区2019年政务公开工作要点',
        '  一、深化重点领域信息公开',
        '  (一)强化协同发展信息公开',
        '  1.做好城市总体规划实施的信息公开。(总规实施工作组各成员单位负责落实)',
        '  2.抓好协同发展重点任务落实信息公开。(区发展改革委负责落实)',
        '  3.及时发布群众冰雪运动普及等信息。(区体育局负责落实)',
        '  (二)推进“放管服”改革信息公开',
        '  4.公开优化营商环境三年行动计划。(区发展改革委负责落实)',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => a.unit).join('、')])).toEqual([
      ['1', '总规实施工作组各成员单位'],
      ['2', '区发展改革委'],
      ['3', '区体育局'],
      ['4', '区发展改革委'],
    ]);
    expect([plan.title, plan.publisher, plan.written, plan.year]).toEqual([
      '某区2019年政务公开工作要点',
      '某区人民政府办公室',
      '2019-08-09',
      2019,
    ]);
  });
});

describe('shapes first seen in the thirtieth session', () => {
  const duties = (plan: Plan) =>
    plan.tasks.map((t) => [t.text.slice(0, 6), t.assignments.map((a) => `${a.role}:${a.unit}`).join('、')]);

  it('breaks a paragraph that says the duties are divided (`分工负责`) into the offices opening its sentences with 要', () => {
    const plan = parsePlanText(
      [
        '平价商店建设工作方案',
        '六、政策优惠',
        '1.政府按照先开办后补的原则对平价商店的开办费进行补助。',
        '七、部门协同负责，确保工作落实到位',
        '各部门统筹协调，分工负责，共同做好平价商店建设工作。区经济发展局要适时关注市场农副产品供求情况，保障市场供应；区市场监管局要加强市场农副产品价格监测，稳定市场价格；区财政金融局要把平价商店补助资金列入年度财政预算；区传媒中心要加大对平价商店宣传报道，营造良好的舆论氛围。',
      ].join('\n'),
    );
    expect(duties(plan).filter(([, units]) => units !== '')).toEqual([
      ['区经济发展局', 'responsible:区经济发展局'],
      ['区市场监管局', 'responsible:区市场监管局'],
      ['区财政金融局', 'responsible:区财政金融局'],
      ['区传媒中心要', 'responsible:区传媒中心'],
    ]);
  });

  it('keeps the last duty of a flattened page that runs on into its source line (`。 来源：中国平潭 附件下载`)', () => {
    const text = [
      '平价商店建设工作方案',
      '一、明确职责分工',
      '区经济发展局负责保障市场供应。',
      '区市场监管局负责价格监测。',
      '区传媒中心负责宣传报道，促进市场价格稳定。 来源：中国平潭 附件下载',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.assignments.map((a) => a.unit).join('、'))).toEqual([
      '区经济发展局',
      '区市场监管局',
      '区传媒中心',
    ]);
    expect(plan.diagnostics.map((d) => d.code)).not.toContain('plan-truncated');
  });

  it('reads a one-sentence item `X由Y负责承建；` as Y building X, a company of more than 18 characters too', () => {
    const plan = parsePlanText(
      [
        '关于明确安置房建设单位的通知',
        '1、岚城安置小区由平潭综合实验区岚城组团开发建设有限公司负责承建；',
        '2、流水镇安置小区由市城投公司负责承建；',
        '3、本通知由区管委会办公室负责解释。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => `${a.role}:${a.unit}`).join('、')])).toEqual([
      ['1', 'responsible:平潭综合实验区岚城组团开发建设有限公司'],
      ['2', 'responsible:市城投公司'],
    ]);
  });

  it('takes names past 18 characters only with an organisation’s full ending (有限公司, 工作专班)', () => {
    expect(looksLikeUnit('平潭综合实验区岚城组团开发建设有限公司')).toBe(true);
    expect(looksLikeUnit('平潭综合实验区台湾同胞投资企业服务工作专班')).toBe(true);
    expect(looksLikeUnit('平潭综合实验区岚城片区土地收储整理项目管理局')).toBe(false);
  });

  it('reads a note `此项及以下均需X落实，不再列出` between two clauses as this task’s units and every later one’s', () => {
    const plan = parsePlanText(
      [
        '一、扩大就业',
        '（一）鼓励就业创业。加大就业支持力度。',
        '责任单位：市人社局，此项及以下均需各县（区）人民政府（管委会）落实，不再列出。各责任单位按职责分工落实',
        '（二）加强职业技能培训。实施培训。',
        '责任单位：市人社局',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => a.unit)])).toEqual([
      ['一', ['市人社局', '各责任单位', '各县（区）人民政府（管委会）']],
      ['二', ['市人社局', '各县（区）人民政府（管委会）']],
    ]);
  });

  it('reads a note `（以下各条措施均需各县区政府落实…）` after a unit as that unit, named in full', () => {
    const plan = parsePlanText(
      [
        '1.培育壮大产业。加大龙头企业扶持力度。',
        '责任单位：市工信局、市财政局，各县（区）人民政府（以下各条措施均需各县区政府落实，不再逐一列出）',
        '2.鼓励改造提升。鼓励企业申报技改项目。',
        '责任单位：市工信局',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => a.unit))).toEqual([
      ['市工信局', '市财政局', '各县（区）人民政府'],
      ['市工信局', '各县（区）人民政府'],
    ]);
  });

  it('reads the offices a `明确职责` section heads with their colons as duties, in a plan with labels', () => {
    const plan = parsePlanText(
      [
        '二、明确职责，落实好省上各项政策',
        '充分发挥领导小组各成员单位的职能作用，分解任务、明确职责。',
        '（一）市财政局：',
        '负责整理归纳有关财税奖励政策，制定具体奖励办法。',
        '（二）市发改委：',
        '优先支持医药龙头企业上市融资。',
        '三、完善配套',
        '（一）升级医药产业发展规划。',
        '以总体规划为基础，调整产业布局。',
        '责任单位：市生物办、发改委',
        '（二）建设特色专业园区。',
        '鼓励现有工业园区建设医药专业园区。',
        '责任单位：各县（市、区）人民政府',
      ].join('\n'),
    );
    expect(duties(plan)).toEqual([
      ['负责整理归纳', 'responsible:市财政局'],
      ['优先支持医药', 'responsible:市发改委'],
      ['升级医药产业', 'responsible:市生物办、responsible:发改委'],
      ['建设特色专业', 'responsible:各县（市、区）人民政府'],
    ]);
  });

  it('keeps numbered duties of units that work with another (`2.区经发局配合…`) in the run of `1.X牵头…` / `3.Y负责…`', () => {
    const plan = parsePlanText(
      [
        '2.区直各部门工作职责',
        '1.区农业农村局牵头推进活禽经营场所“三隔离”硬件改造工作。',
        '2.区经发局配合全区活禽经营场所硬件改造工作。',
        '3.区市场监管局负责协助区农业农村局开展硬件改造工作。',
        '4.各片区管理局配合开展活禽经营场所改造工作。',
        '5.区执法应急局负责查处违反动物防疫法律法规的行为。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`).join('、'))).toEqual([
      'lead:区农业农村局',
      'cooperate:区经发局',
      'responsible:区市场监管局',
      'cooperate:各片区管理局',
      'responsible:区执法应急局',
    ]);
  });

  it('breaks a labelled plan’s paragraph only where it first says the duties are divided (`依据各自职责分工`)', () => {
    const paragraph = (opening: string, closing: string) =>
      [
        '一、明确工作机制',
        '建立工作责任制。',
        '责任单位：市住建局',
        '二、落实部门责任',
        `${opening}住建部门负责指导铁路沿线裸房整治提升；农业农村部门牵头推动沿线村庄清洁行动；城市管理部门负责指导沿线生活垃圾治理；林业部门负责指导铁路沿线造林绿化。${closing}`,
      ].join('\n');
    const divided = parsePlanText(paragraph('各相关部门要依据各自职责分工，切实做好铁路沿线环境的维护管理。', ''));
    expect(divided.tasks.map((t) => t.assignments.map((a) => a.unit).join('、'))).toEqual([
      '市住建局',
      '',
      '住建部门',
      '农业农村部门',
      '城市管理部门',
      '林业部门',
    ]);
    const after = parsePlanText(paragraph('做好铁路沿线环境的维护管理。', '发现问题按职责分工及时通报。'));
    expect(after.tasks.length).toBeLessThan(4);
  });

  it('keeps the two duties a copy opens with where the other units’ line closes the list (`其他有关部门…`)', () => {
    const plan = parsePlanText(
      [
        '云南省军区：负责驻滇部队突发公共卫生事件应急处理工作，协调驻滇部队医疗卫生技术力量。',
        '武警云南省总队：负责组织驻滇武警部队突发公共卫生事件应急处理工作，配合公安部门做好现场控制工作。',
        '其他有关部门根据本部门工作职责，在各自职责范围内做好相关工作。',
        '2.1.3 现场应急指挥所',
        '发生特别重大突发公共卫生事件时，组成现场应急指挥所。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => a.unit).join('、'))).toEqual([
      '云南省军区',
      '武警云南省总队',
    ]);
  });

  it('reads `X，负责…` duties under headings naming their leads (`（二）区交建局牵头…工作。`), not where an office is housed', () => {
    const plan = parsePlanText(
      [
        '五、责任分工',
        '整治组下设办公室，办公室设在区交建局，挂靠区交建局，负责统筹商品砼整治推进工作。',
        '（一）区市场监管局牵头涉嫌垄断调查整治工作。区市场监管局负责调查三家商品砼公司涉嫌达成垄断协议的情况。区土开集团、城投集团，负责统计2019年以来本集团项目商品砼采购来源。区行政审批局，负责提供商品砼企业营业执照等档案资料。',
        '（二）区交建局牵头销售产能调查整治工作。区交建局、区城乡交建中心负责摸底我区商品砼销售价情况。区经发局，负责调查我区商品砼产能情况。',
        '六、工作要求',
        '（一）高度重视。各有关部门要提高思想认识。',
      ].join('\n'),
    );
    expect(duties(plan).filter(([, units]) => units !== '')).toEqual([
      ['区市场监管局', 'lead:区市场监管局'],
      ['区交建局牵头', 'lead:区交建局'],
      ['区市场监管局', 'responsible:区市场监管局'],
      ['区土开集团、', 'responsible:区土开集团、responsible:城投集团'],
      ['区行政审批局', 'responsible:区行政审批局'],
      ['区交建局、区', 'responsible:区交建局、responsible:区城乡交建中心'],
      ['区经发局，负', 'responsible:区经发局'],
    ]);
  });

  it('does not call a plan cut whose last section is one paragraph ending its sentence before the page’s furniture', () => {
    const plan = parsePlanText(
      [
        '五、责任分工',
        '（一）区市场监管局牵头涉嫌垄断调查整治工作。',
        '（二）区交建局牵头销售产能调查整治工作。',
        '六、定期报告。每月15日前，各有关部门将整治工作进展情况汇总给牵头部门，由整治组办公室上报区管委会。 来源：平潭综合实验区交通建设局 附件下载',
      ].join('\n'),
    );
    expect(plan.diagnostics.map((d) => d.code)).not.toContain('plan-truncated');
  });

  it('leaves notes in brackets out of the names of a label’s units (合署办公, 以下…涉及…，不再列出)', () => {
    const plan = parsePlanText(
      [
        '一、落实责任',
        '1.制定出台实施意见。〔责任单位:市委办、市食安办(与市创建国家食品安全示范城市领导小组办公室合署办公,下同),各县区党委政府(以下工作都涉及县区党委政府责任),不再列出〕',
        '2.开展检查。〔责任单位:市市场监管局〕',
      ].join('\n'),
    );
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual(['市委办', '市食安办', '各县区党委政府']);
  });

  it('does not carry a note of the body (`以下均需X落实，不再列出`) into the member units’ duties of an attachment', () => {
    const plan = parsePlanText(
      [
        '低效用地再开发试点工作实施方案',
        '一、主要任务',
        '1.开展低效用地调查。',
        '牵头单位：市自然资源局',
        '责任单位：各县（区）政府（管委会）〔以下均需各县（区）政府（管委会）落实，不再列出〕',
        '2.完善规划管控。',
        '牵头单位：市自然资源局',
        '二、保障措施',
        '（一）加强组织领导。成立推进机制。',
        '附件',
        '推进机制成员单位职责',
        '（一）市自然资源局。负责推进机制办公室的日常运行。',
        '（二）市发改委。负责依据产业结构调整指导目录做好项目审查。',
        '（三）市工信局。负责指导相应行业的低效用地开发。',
      ].join('\n'),
    );
    const units = plan.tasks.map((t) => t.assignments.map((a) => a.unit).join('、'));
    expect(units.slice(0, 2)).toEqual([
      '市自然资源局、各县（区）政府（管委会）',
      '市自然资源局、各县（区）政府（管委会）',
    ]);
    expect(units.slice(-3)).toEqual(['市自然资源局', '市发改委', '市工信局']);
  });

  it('reads duties under 职责分工 that open with a customs office or with `一是负责`', () => {
    const plan = parsePlanText(
      [
        '四、职责分工',
        '（一）区办公室负责将物流安全管理工作纳入全区平安建设总体规划。',
        '（二）区经发局一是负责拟订全区物流发展战略；二是负责推进全区商贸物流配送。',
        '（三）平潭海关负责在进出境口岸海关监管环节防范打击违法犯罪活动。',
        '三、工作要求',
        '（一）加强协作。联席会议原则上每年召开一次全体会议。',
        '（二）强化监督。区交建局负责汇总各单位考核评价完成情况。',
      ].join('\n'),
    );
    expect(plan.tasks.slice(0, 3).map((t) => t.assignments.map((a) => a.unit).join('、'))).toEqual([
      '区办公室',
      '区经发局',
      '平潭海关',
    ]);
  });

  it('joins a unit to its colon printed at the start of the next line (`市林业局` / `：负责…`)', () => {
    const plan = parsePlanText(
      [
        '五、职责分工',
        '沿线县政府：',
        '按照属地管理的原则，负责牵头组织沿线乡镇政府开展整治工作。',
        '市直有关部门要积极做好协调、指导工作。',
        '市林业局',
        '：负责向上争取沿线绿化补助资金，并指导、督促、落实沿线绿化美化工作。',
        '市铁办',
        '：负责指导、督促铁路用地红线范围内整治工作。',
        '市城乡规划局',
        '：',
        '负责对各县重点整治区域规划设计方案进行指导。',
        '市农办',
        '：负责牵头做好资金整合，并指导、督促沿线乡村整治工作。',
      ].join('\n'),
    );
    expect(plan.tasks.slice(1).map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`).join('、'))).toEqual([
      'responsible:市林业局',
      'responsible:市铁办',
      'responsible:市城乡规划局',
      'lead:市农办',
    ]);
  });

  it('reads `X主要领导` in a label of units and the persons answering for them as the unit X', () => {
    const plan = parsePlanText(
      [
        '1.2009年底前，完成特勤消防中队建设。',
        '责任单位及责任人：呈贡县政府、市公安消防支队主要领导。',
        '2.2009年底前，完成盘龙消防中队建设。',
        '责任单位及责任人：盘龙区政府主要领导。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => a.unit))).toEqual([
      ['呈贡县政府', '市公安消防支队'],
      ['盘龙区政府'],
    ]);
  });

  it('drops a law site’s page mark (`[接上页]`) before a unit', () => {
    const plan = parsePlanText(
      '[接上页] 交通部门，负责通村公路和道路建设。\n教育部门，负责试点嘎查村义务教育。\n水利部门，负责指导防汛抗旱工作。',
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => a.unit).join('、'))).toEqual([
      '交通部门',
      '教育部门',
      '水利部门',
    ]);
  });

  it('gives an item the lead it opens with after 由 (`由X牵头，举办…，各处室派员参与。`) beside its closing units', () => {
    const plan = parsePlanText(
      [
        '宣传月活动方案',
        '（一）由政法综治处牵头，举办1场集中宣传活动，各处室派员参与。',
        '（二）由党群工作处牵头，开展入户宣传，各村配合。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.text, t.assignments.map((a) => `${a.role}:${a.unit}`).join('、')])).toEqual([
      ['由政法综治处牵头，举办1场集中宣传活动', 'lead:政法综治处、cooperate:各处室'],
      ['由党群工作处牵头，开展入户宣传', 'lead:党群工作处、cooperate:各村'],
    ]);
  });

  it('reads `主办单位：X，协办单位：Y` and `主办单位：X` over `内容：…` as a task’s labels, not a page footer', () => {
    const plan = parsePlanText(
      [
        '2021年为民办实事工作计划',
        '（1）实施老旧小区改造提升。改造凤园西侧片区老旧小区。',
        '主办单位:县城投公司,协办单位:住建局、凤城镇。',
        '（2）提升含光人行桥景观。美化亮化人行桥两岸绿地景观。',
        '主办单位:县建发公司,协办单位:住建局、水利局。',
        '（3）“科技创新”主题活动',
        '主办单位:县教委',
        '内容:举办青少年科技模型大赛',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`).join('、'))).toEqual([
      'lead:县城投公司、cooperate:住建局、cooperate:凤城镇',
      'lead:县建发公司、cooperate:住建局、cooperate:水利局',
      'lead:县教委',
    ]);
  });

  it('reads a glued indicator table whose header words open with a year (`2020年完成值2025年目标值`)', () => {
    const plan = parsePlanText(
      [
        '养老托育服务实施方案',
        '序号指标名称2020年完成值2025年目标值责任单位1养老服务床位总量（张）25783000区社会事业局2养老机构护理型床位占比（%）-60区社会事业局3累计建设县级老年养护院数量（个）-1区社会事业局',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => a.unit).join('、'))).toEqual([
      '区社会事业局',
      '区社会事业局',
      '区社会事业局',
    ]);
  });

  it('reads each `涉及…的事项，由X负责和协调` though its field holds 协助, and no unit `司其职` in `各司其职`', () => {
    const plan = parsePlanText(
      [
        '二、组织实施',
        '协调小组各成员部门要各司其职、各负其责，加强协作配合、信息共享，合力做好调查工作。涉及调查经费保障的事项，由市财政局负责和协调；涉及协助核对调查对象户籍人口信息的事项，由市公安局负责和协调；涉及住院分娩、出生医学证明基础资料的事项，由市卫健委负责和协调；涉及调查广播、电视宣传的事项，由市委宣传部负责和协调。',
      ].join('\n'),
    );
    const units = plan.tasks.flatMap((t) => t.assignments.map((a) => a.unit));
    expect(units).toEqual(expect.arrayContaining(['市财政局', '市公安局', '市卫健委', '市委宣传部']));
    expect(units).not.toContain('司其职');
    expect(looksLikeUnit('各司其职')).toBe(false);
  });
});

describe('shapes first seen in the thirty-first session', () => {
  const duties = (plan: Plan) =>
    plan.tasks.map((t) => [t.text.slice(0, 5), t.assignments.map((a) => `${a.role}:${a.unit}`).join('、')]);

  it('reads `X在Y的指导下，配合…` after `具体如下：` as X cooperating, in a paragraph that says the duties are divided', () => {
    const plan = parsePlanText(
      [
        '金井片区湾（滩）长制实施方案',
        '二、组织机构（二）职责分工片区各成员按照职责分工，加强协调配合，共同推进湾（滩）长制工作，具体如下：农业农村处在区农业农村局的指导下，配合协同做好农业废弃物综合利用。交通与建设处在区交通与建设局的指导下，配合协同做好城镇生活污水治理。社会事业处负责督促区文旅发展集团做好滨海旅游景区落实责任。财政经管办负责统筹保障湾（滩）长制相关工作经费。派驻金井片区综合执法队筹建组负责查处在湾（滩）倾倒垃圾的行为。',
      ].join('\n'),
    );
    expect(duties(plan)).toEqual([
      ['农业农村处', 'cooperate:农业农村处'],
      ['交通与建设', 'cooperate:交通与建设处'],
      ['社会事业处', 'responsible:社会事业处'],
      ['财政经管办', 'responsible:财政经管办'],
      ['派驻金井片', 'responsible:派驻金井片区综合执法队筹建组'],
    ]);
  });

  it('leaves a paragraph of duties after a unit label (`责任分工：A牵头负责…；B负责…`) to the label', () => {
    const plan = parsePlanText(
      [
        '金井片区冬春火灾防控工作方案',
        '一、开展专项整治',
        '（一）开展仓储物流消防安全专项整治工作重点：结合年底进行一次消防安全检查。责任分工：经济发展处牵头负责做好商贸服务业所属物流企业的消防专项整治；交通与建设处负责快递物流仓储场所的消防专项整治。',
        '（二）开展学校消防安全专项整治工作重点：组织一次消防演练。责任分工：社会事业处负责学校的消防专项整治；党群工作处负责宣传。',
      ].join('\n'),
    );
    expect(plan.tasks).toHaveLength(2);
    expect(plan.tasks[0]?.assignments.map((a) => a.unit)).toEqual(
      expect.arrayContaining(['经济发展处', '交通与建设处']),
    );
  });

  it('reads a rule article titled in brackets (`第六条【部门协同职责】X配合…`) as a duty of the list around it', () => {
    const plan = parsePlanText(
      [
        '莆田市单用途预付卡监督管理指导意见',
        '第二章 职责分工',
        '第五条【行业主管职责】商务部门负责批发和零售业领域单用途预付卡经营活动的监督管理工作。',
        '文旅部门负责文化娱乐业领域单用途预付卡经营活动的监督管理工作。',
        '体育部门负责健身休闲活动领域单用途预付卡经营活动的监督管理工作。',
        '第六条【部门协同职责】发展改革部门配合行业主管部门推进经营者相关信用信息归集共享。',
        '市场监管部门负责依法查处单用途预付卡领域不公平格式条款。',
        '第七条【金融监管职责】中国人民银行莆田市分行负责督导银行机构合规开立预收资金专用存款账户。',
        '金融监督管理部门负责督促提供预收资金存管业务的银行依法依规开展工作。',
        '第三章 发行备案',
        '第八条【备案要求】经营者发行单用途预付卡，应及时向行业主管部门备案。',
      ].join('\n'),
    );
    expect(duties(plan).map(([, units]) => units)).toEqual([
      'responsible:商务部门',
      'responsible:文旅部门',
      'responsible:体育部门',
      'cooperate:发展改革部门',
      'responsible:市场监管部门',
      'responsible:中国人民银行莆田市分行',
      'responsible:金融监督管理部门',
    ]);
  });

  it('reads no unit in a closing bracket of what the text leaves out (`（不含其他关联企业）`)', () => {
    const plan = parsePlanText(
      [
        '企业内设加油点设立指引',
        '（一）企业内设加油点应依法办理商事登记。',
        '（二）企业内设加油点仅限于对本企业内部自有的生产经营车辆提供油品加注（不含其他关联企业）。',
      ].join('\n'),
    );
    expect(plan.tasks.flatMap((t) => t.assignments.map((a) => a.unit))).not.toContain('其他关联企业');
    expect(plan.tasks.flatMap((t) => t.assignments.map((a) => a.unit))).not.toContain('不含其他关联企业');
  });

  it('reads a label naming two kinds of body (`责任处室、单位：`) like `责任单位：`', () => {
    const plan = parsePlanText(
      [
        '2021年防汛备讯工作方案',
        '三、工作内容及责任分工',
        '（一）压实防汛备汛主体责任。局各相关处室要积极监督指导各旅游文体经营单位做好防汛备汛工作。责任处室、单位：景管处、公共服务处，各旅游文体经营单位',
        '（二）提高防汛抗旱应急能力。局办公室要加强应急值班值守。责任处室、单位：办公室、区旅游与文化服务中心',
        '四、工作要求',
        '（一）提高思想认识。各单位要充分认识防汛备讯工作的重要性。',
      ].join('\n'),
    );
    expect(duties(plan).map(([, units]) => units)).toEqual([
      'responsible:景管处、responsible:公共服务处、responsible:各旅游文体经营单位',
      'responsible:办公室、responsible:区旅游与文化服务中心',
    ]);
  });

  it('reads `由X牵头组织实施` as X leading, not `组织实施` alone', () => {
    const plan = parsePlanText(
      [
        '全市安全生产百日督查专项行动方案',
        '（一）市级专项督查组分别是',
        '1.煤矿安全督查组。由市经委牵头组织实施。',
        '2.道路交通、水上交通安全督查组。由市公安局、市交通局牵头组织实施。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`).join('、'))).toEqual([
      'lead:市经委',
      'lead:市公安局、lead:市交通局',
    ]);
  });

  it('reads railway depots (`车务段`), towns (`镇`) and development zones opening numbered duties as their units', () => {
    const plan = parsePlanText(
      [
        '关于开展防空警报试鸣的通知',
        '三、任务分工',
        '(一)教育局、卫计局负责将防空警报鸣放事项通知各下属单位。',
        '(二)新城办、龙门镇、西庄镇负责将防空警报鸣放事项通知到辖区村组和社区。',
        '(三)汉中车务段负责将防空警报鸣放事项通知到各车站。',
        '(四)各街道办事处、经济开发区负责组织督导辖区内各村(居)做好宣传。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => a.unit).join('、'))).toEqual([
      '教育局、卫计局',
      '新城办、龙门镇、西庄镇',
      '汉中车务段',
      '各街道办事处、经济开发区',
    ]);
  });

  it('reads `五、` after a copy that starts among `（十四）` items as a section of its own, not a sub-item of the last', () => {
    const plan = parsePlanText(
      [
        '(十四)市烟花办牵头负责烟花爆竹经营单位专项督查。',
        '(十五)市交通局牵头负责道路交通运输企业安全生产专项督查。',
        '五、督查方法',
        '(一)听取汇报，查阅资料。全面听取所到地人民政府关于安全生产工作情况汇报。',
      ].join('\n'),
    );
    const last = plan.tasks.find((t) => t.number === '十五');
    expect(last?.text).not.toContain('督查方法');
    expect(last?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual(['lead:市交通局']);
  });

  it('reads a work group’s `组成单位：` as its responsible units', () => {
    const plan = parsePlanText(
      [
        '丽江市破坏性地震应急预案',
        '十四、震害损失评估',
        '组成单位：市地震局、建设局、民政局',
        '主要职责：按规定协助省有关部门调查地震破坏情况；进行震害经济损失评估。',
        '十五、接受援助',
        '组成单位：市民政局、外事办、红十字会',
        '主要职责：做好国内外社会各界提供的救援物资、资金的接受和安排工作。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`).join('、'))).toEqual([
      'responsible:市地震局、responsible:建设局、responsible:民政局',
      'responsible:市民政局、responsible:外事办、responsible:红十字会',
    ]);
  });

  it('ends a unit list before a task label after a blank (`配合单位:A、B 主要任务:…`)', () => {
    const plan = parsePlanText(
      '（十一）破产企业卫生管理 牵头单位:市国资委 配合单位:河东区、河西区 主要任务:对破产企业的卫生进行整治。 （十二）城区废品收购站清理 牵头单位:河东区 配合单位:市公安局、市商务局 主要任务:在10月20日前将城区的废品收购站清理到郊区。',
    );
    const units = plan.tasks.flatMap((t) => t.assignments.map((a) => a.unit));
    expect(units).toEqual(['市国资委', '河东区', '河西区', '河东区', '市公安局', '市商务局']);
  });

  it('reads units and roles before a colon opening an item (`（二）X牵头负责，Y配合：…`) as its units, the duty after the colon', () => {
    const plan = parsePlanText(
      [
        '高层建筑消防安全综合治理工作方案',
        '三、任务分工',
        '（一）片区消防安全委员会办公室：协调指导推进高层建筑消防安全综合治理工作。',
        '（二）交通与建设处牵头负责，相关处室、村(社区)配合：摸清辖区高层建筑底数和基本情况，制定实施差异化火灾防控措施。',
        '（三）各派出所牵头负责：负责排查整治在高层建筑周边影响建筑灭火救援的停车泊位。',
      ].join('\n'),
    );
    expect(plan.tasks[1]?.text).toBe('摸清辖区高层建筑底数和基本情况，制定实施差异化火灾防控措施。');
    expect(plan.tasks[1]?.assignments.map((a) => `${a.role}:${a.unit}`)).toEqual([
      'lead:交通与建设处',
      'cooperate:相关处室',
      'cooperate:村（社区）',
    ]);
  });

  it('reads `（二）X。配合…` in a list of unit-first duties as X cooperating, a name ending in 筹备组 too', () => {
    const plan = parsePlanText(
      [
        '苏平片区瓶装液化气安全专项整治工作方案',
        '三、职责分工',
        '（一）交通与建设处。负责会同区交通建设局排查液化气储配站及配套设施隐患。',
        '（二）政法综治处。配合相关部门依法对企业遵守消防法规情况开展监督检查。',
        '（三）经济发展处。配合相关部门排查集贸市场、大型商超等人员密集场所。',
        '（四）区执法应急局派驻苏平片区综合执法队筹备组。负责查处燃气企业和个人违法违规生产经营行为。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`).join('、'))).toEqual([
      'responsible:交通与建设处',
      'cooperate:政法综治处',
      'cooperate:经济发展处',
      'responsible:区执法应急局派驻苏平片区综合执法队筹备组',
    ]);
  });

  it('reads a 预案’s bracketed units each over its duty (`(1)市林业局。` / `负责…`)', () => {
    const plan = parsePlanText(
      [
        '2.2职责任务。',
        '(1)市林业局。',
        '负责火灾扑救的组织、火灾现场勘察等工作。',
        '(2)沈阳警备区。',
        '负责协调、调动当地驻军参加森林火灾扑救工作。',
        '(3)市公安局。',
        '负责火灾区域内的治安管理。',
        '3.预防、预报、监测和报告',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.text.slice(0, 8), t.assignments.map((a) => a.unit).join('、')])).toEqual([
      ['负责火灾扑救的组', '市林业局'],
      ['负责协调、调动当', '沈阳警备区'],
      ['负责火灾区域内的', '市公安局'],
    ]);
  });

  it('reads `相关责任单位：` as a label of responsible units beside `牵头责任单位：`', () => {
    const plan = parsePlanText(
      [
        '市经济转型任务分解方案',
        '1.加快工业结构调整，规模以上工业增加值占GDP比重达45%以上。',
        '牵头责任单位:市发展改革委、工业和信息化局',
        '相关责任单位:各县(市、区)政府',
        '2.加快服务业发展，服务业增加值占GDP比重达到37%。',
        '牵头责任单位:市服务业发展局',
        '相关责任单位:各县(市、区)政府',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`).join('、'))).toEqual([
      'lead:市发展改革委、lead:工业和信息化局、responsible:各县（市、区）政府',
      'lead:市服务业发展局、responsible:各县（市、区）政府',
    ]);
  });

  it('reads an activity’s `责任对象：` as its units, the next activity glued after them starting a task of its own', () => {
    const body =
      '（一）开展党史学习教育活动活动内容：以“学党史、悟思想”为主题，组织开展专题学习。活动时间：2021年3月牵头处室：局党建人事处责任对象：局各处室、机关党支部，各区属国企（二）开展国资国企发展征文活动活动内容：以“百年辉煌路”为主题征集文章，择优推送。活动时间：2021年4－5月牵头处室：局办公室责任对象：局各处室，各区属国企（三）开展国资国企先进人物评选活动活动内容：组织开展先进人物评选，评选8-10名先进人物。活动时间：2021年4－6月牵头处室：局党建人事处责任对象：局各处室，各区属国企。';
    // (A page flattened into one line of more than a thousand characters, as the site prints it.)
    const filler = '各单位要高度重视，精心组织，确保活动取得实效。'.repeat(40);
    const plan = parsePlanText(`国资局庆祝建党100周年系列活动方案\n二、活动安排${body}三、工作要求${filler}`);
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`).join('、'))).toEqual([
      'lead:局党建人事处、responsible:局各处室、responsible:机关党支部、responsible:各区属国企',
      'lead:局办公室、responsible:局各处室、responsible:各区属国企',
      'lead:局党建人事处、responsible:局各处室、responsible:各区属国企',
    ]);
  });

  it('breaks a flattened heading with a comma from the first sub-item glued to it (`（二）配合…，进一步强化渔船安全治理3.加强…`)', () => {
    const text = `苏平片区水上运输和渔业船舶安全风险防控工作方案 二、工作措施（一）配合推动建立健全水上安全监管机制1.配合建立健全商渔船安全工作会商机制。积极配合推动建立水上安全联防联控机制。（交通与建设处、农业农村处）2.强化安全生产责任落实。坚决落实“管行业必须管安全”的要求。（交通与建设处、农业农村处）（二）配合公安、海事等相关部门，进一步强化渔船安全治理3.加强水上交通安全监管。配合海事、海警等部门加强对辖区渔船交汇密集区的管理。（农业农村处、交通与建设处）4.加强“三无”船舶的管理。对辖区“三无”船舶进行登记造册。（交通与建设处、农业农村处）三、工作要求（一）提高思想认识。各处室要充分认识水上安全工作的重要性，切实加强领导，落实责任。`;
    const plan = parsePlanText(`${text}${'各处室要按照职责分工抓好落实，确保各项措施落到实处。'.repeat(40)}`);
    expect(plan.tasks.map((t) => t.text.slice(0, 6))).toEqual(
      expect.arrayContaining(['配合建立健全', '强化安全生产', '加强水上交通', '加强“三无”']),
    );
    expect(plan.tasks.find((t) => t.text.startsWith('加强水上交通'))?.assignments.map((a) => a.unit)).toEqual([
      '农业农村处',
      '交通与建设处',
    ]);
  });
});
