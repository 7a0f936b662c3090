import { describe, expect, it } from 'vitest';
import { mergeHeaderRows, readHeader } from './table.js';

describe('mergeHeaderRows', () => {
  it('puts the sub-cells of a group in its place when the spanned cells print empty', () => {
    expect(
      mergeHeaderRows(['序号', '工作任务', '责任单位', '', '完成时限'], ['', '', '牵头单位', '配合单位', '']),
    ).toEqual(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']);
  });

  it('reads a web table whose merged cells repeat into every cell they cover', () => {
    expect(
      mergeHeaderRows(
        ['序号', '工作任务', '工作任务', '责任单位', '责任单位', '时限要求'],
        ['序号', '任务', '具体措施', '牵头', '责任', '时限要求'],
      ),
    ).toEqual(['序号', '任务', '具体措施', '牵头', '责任', '时限要求']);
  });

  it('reads a second row holding only the sub-cells, for one group or two', () => {
    expect(mergeHeaderRows(['序号', '工作任务', '责任单位', '完成时限'], ['牵头单位', '配合单位'])).toEqual([
      '序号',
      '工作任务',
      '牵头单位',
      '配合单位',
      '完成时限',
    ]);
    expect(
      mergeHeaderRows(['序号', '工作任务', '责任分工', '完成时限'], ['重点任务', '具体措施', '牵头', '配合']),
    ).toEqual(['序号', '重点任务', '具体措施', '牵头', '配合', '完成时限']);
  });

  it('gives undefined for a data row, a repeated header and sub-cells under no group of their kind', () => {
    expect(
      mergeHeaderRows(['序号', '工作任务', '牵头单位', '完成时限'], ['1', '公开预算', '市财政局', '2024年底前']),
    ).toBeUndefined();
    expect(
      mergeHeaderRows(['序号', '工作任务', '牵头单位', '配合单位'], ['序号', '工作任务', '牵头单位', '配合单位']),
    ).toBeUndefined();
    expect(mergeHeaderRows(['序号', '工作任务', '完成时限'], ['牵头单位', '配合单位'])).toBeUndefined();
    // One sub-cell is no group.
    expect(mergeHeaderRows(['序号', '工作任务', '责任单位', '完成时限'], ['牵头单位'])).toBeUndefined();
  });

  it('gives cell names that read as the header the second row means', () => {
    const merged = mergeHeaderRows(['序号', '工作任务', '责任单位', '', '完成时限'], ['', '', '牵头', '配合', '']);
    expect(merged && readHeader(merged)).toEqual(['number', 'task', 'lead', 'cooperate', 'deadline']);
  });
});
