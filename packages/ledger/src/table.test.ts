import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTaskMatcher } from './match.js';
import { columnLetter, readTitleRow, SheetAssembler } from './table.js';
import { createStatusReader } from './values.js';

describe('readTitleRow', () => {
  it('reads the unit and date of a 填报单位 line', () => {
    expect(readTitleRow('填报单位：砀山县人民政府（盖章）  填报日期：2024年6月15日')).toEqual({
      unit: '砀山县人民政府',
      publishedAt: '2024-06-15',
    });
    expect(readTitleRow('填报单位: 市财政局 填报时间: 2024.7.1')).toEqual({
      unit: '市财政局',
      publishedAt: '2024-07-01',
    });
  });
  it('reads the unit from a title when there is no 填报单位 line', () => {
    expect(readTitleRow('砀山县2024年政务公开重点工作任务台账')).toEqual({ titleUnit: '砀山县' });
    expect(readTitleRow('宿州市财政局政务公开工作台账')).toEqual({ titleUnit: '宿州市财政局' });
  });
  it('ignores an empty 填报单位 blank and rows that say nothing', () => {
    expect(readTitleRow('填报单位：______ 填报日期：')).toEqual({});
    expect(readTitleRow('说明：请如实填写')).toEqual({});
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => typeof readTitleRow(text) === 'object'));
  });
});

describe('columnLetter', () => {
  it('numbers columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('SheetAssembler', () => {
  const ctx = {
    matcher: createTaskMatcher(undefined),
    readStatus: createStatusReader(),
    headerAliases: {},
    hasPlan: false,
  };
  const row = (...texts: string[]) => texts.map((text) => ({ text }));
  it('merges a second header row under grouped headings', () => {
    const a = new SheetAssembler(ctx);
    a.push(1, row('序号', '工作措施', '完成情况', '完成情况'));
    a.push(2, row('', '', '完成状态', '完成时间'));
    a.push(3, row('1', '专栏', '已完成', '2024-06-30'));
    const part = a.finish();
    expect(part.entries[0]).toMatchObject({ taskNumber: '1', status: 'done', completedOn: '2024-06-30' });
    expect(part.skipped).toMatchObject([{ row: 2, reason: 'header' }]);
  });
  it('skips the header repeated on each printed page', () => {
    const a = new SheetAssembler(ctx);
    a.push(1, row('序号', '工作措施', '完成状态'));
    a.push(2, row('1', '专栏', '已完成'));
    a.push(3, row('序号', '工作措施', '完成状态'));
    a.push(4, row('2', '解读', '推进中'));
    expect(a.finish().skipped).toEqual([{ row: 3, reason: 'header', text: '序号 工作措施 完成状态' }]);
  });
  it('infers a status from the completion date or progress when the status cell is empty', () => {
    const a = new SheetAssembler(ctx);
    a.push(1, row('序号', '完成状态', '完成时间', '进展情况'));
    a.push(2, row('1', '', '2024-06-30', ''));
    a.push(3, row('2', '', '', '40%'));
    a.push(4, row('3', '', '', '已在门户网站开设专栏，持续更新'));
    a.push(5, row('4', '', '', ''));
    expect(a.finish().entries.map((e) => e.status)).toEqual(['done', 'in_progress', 'ongoing', 'not_started']);
  });
  it('reads a deadline phrase in 完成时限 against the plan year and issue date', () => {
    const a = new SheetAssembler({ ...ctx, year: 2024, issued: '2024-05-21' });
    a.push(1, row('序号', '完成时限', '完成状态'));
    a.push(2, row('1', '印发后30日内', '已完成'));
    a.push(3, row('2', '6月30日前', '已完成'));
    a.push(4, row('3', '持续推进', '持续推进'));
    expect(a.finish().entries.map((e) => e.plannedBy)).toEqual(['2024-06-20', '2024-06-30', undefined]);
  });
  it('gives a measure row left blank under its task the task above', () => {
    const a = new SheetAssembler(ctx);
    a.push(1, row('序号', '重点任务', '工作措施', '完成状态'));
    a.push(2, row('3', '助力优化政务服务', '更新办事指南', '已完成'));
    a.push(3, row('', '', '集成发布事项目录', '推进中'));
    a.push(4, row('填报单位：萧县人民政府    填报日期：2024年7月1日'));
    const part = a.finish();
    expect(part.entries.map((e) => [e.taskNumber, e.taskText, e.measures])).toEqual([
      ['3', '助力优化政务服务', '更新办事指南'],
      ['3', '助力优化政务服务', '集成发布事项目录'],
    ]);
    expect(part.skipped).toMatchObject([{ row: 4, reason: 'footer' }]);
    expect(part).toMatchObject({ unit: '萧县人民政府', publishedAt: '2024-07-01' });
  });
  it('keeps a long 完成情况 narrative without a status word as an entry with a warning', () => {
    const a = new SheetAssembler(ctx);
    a.push(1, row('序号', '完成情况', '完成时间'));
    a.push(2, row('1', '已在门户网站开设专栏，按月更新信息', ''));
    a.push(3, row('2', '看情况', ''));
    const part = a.finish();
    expect(part.entries).toHaveLength(1);
    expect(part.entries[0]).toMatchObject({
      status: 'in_progress',
      notes: '完成情况：已在门户网站开设专栏，按月更新信息',
    });
    expect(part.diagnostics[0]).toMatchObject({ code: 'status-unclear', location: { row: 2, column: 'B' } });
    expect(part.rejected).toEqual([expect.objectContaining({ row: 3, code: 'status-unknown', column: 'B' })]);
  });
  it('keeps a completion date it cannot read as a note and a warning, not a lost row', () => {
    const a = new SheetAssembler(ctx);
    a.push(1, row('序号', '完成状态', '完成时间'));
    a.push(2, row('1', '已完成', '上半年'));
    const part = a.finish();
    expect(part.entries[0]?.notes).toContain('上半年');
    expect(part.diagnostics[0]).toMatchObject({ code: 'date-invalid', location: { row: 2, column: 'C' } });
  });
});
