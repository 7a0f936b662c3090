import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan-text.js';

const preview = [
  '某区2023年重点工作任务清单.docx',
  '1、某区2023年重点工作任务清单序号任务名称目标内容主要责任单位完成期限1宣传发动开展入户宣传，每季度不少于2次。区委宣传部、各街道等按职责分工负责全年2设施建设新建分类驿站12座，改造收集点30个。区城管局，各街道2023年6月底前3监督考核建立月度通报制度。区城管局牵头，区',
  '2、考核办12月底前4长效管理完善',
].join('\n');

describe('tables a document site glued into one run of text', () => {
  it('reads the header words, each row by its number, and its units and time limit by where they stand', () => {
    const plan = parsePlanText(preview);
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['responsible:区委宣传部', 'responsible:各街道'],
      ['responsible:区城管局', 'responsible:各街道'],
      ['lead:区城管局', 'responsible:区考核办'],
    ]);
    expect(plan.tasks.map((t) => (t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind))).toEqual([
      '2023-12-31',
      '2023-06-30',
      '2023-12-31',
    ]);
    // Numbers inside a row (`每季度不少于2次`, `12座`) start no row; the cut last row is left out.
    expect(plan.tasks[0]?.text).toContain('每季度不少于2次');
    expect(plan.truncated).toBe(true);
  });

  it('points each task at the characters it was read from', () => {
    const plan = parsePlanText(preview);
    const task = plan.tasks[1];
    expect(task).toBeDefined();
    const printed = preview.slice(task?.source.start, task?.source.end);
    expect(printed).toContain('新建分类驿站12座');
  });

  it('leaves a text alone when the words after 序号 are no table header', () => {
    const plan = parsePlanText('1.按序号排列公开目录。（区政府办负责）');
    expect(plan.tasks.map((t) => t.assignments.map((a) => a.unit))).toEqual([['区政府办']]);
  });

  it('never throws on runs made of header words, numbers and units', () => {
    const piece = fc.constantFrom(
      '序号',
      '工作任务',
      '责任单位',
      '完成时限',
      '1',
      '2',
      '区城管局',
      '。',
      '全年',
      '年底前',
      '、',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const plan = parsePlanText(pieces.join(''));
        expect(Array.isArray(plan.tasks)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
