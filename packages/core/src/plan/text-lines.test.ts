import { describe, expect, it } from 'vitest';
import { joinLabelLines, splitLines } from './text-lines.js';

const joined = (text: string) =>
  joinLabelLines(splitLines(text), text)
    .map((l) => l.text)
    .filter((t) => t !== '');

describe('label lines joined to their values', () => {
  it('joins a label printed alone to the value on the next line', () => {
    expect(joined('1.推进公开\n责任单位\n市科技局')).toEqual(['1.推进公开', '责任单位：市科技局']);
  });

  it('leaves a label alone after a header word broken over two lines (`牵头` / `单位` / `责任单位`)', () => {
    expect(joined('序号\n项目名称\n牵头\n单位\n责任单位\n创新链和产业链融合行动\n1')).toEqual([
      '序号',
      '项目名称',
      '牵头',
      '单位',
      '责任单位',
      '创新链和产业链融合行动',
      '1',
    ]);
  });

  it('joins a unit list broken after its comma, across a blank line', () => {
    expect(joined('责任单位：市科技局，\n\n各县（区）人民政府（管委会）\n2.下一项')).toEqual([
      '责任单位：市科技局，各县（区）人民政府（管委会）',
      '2.下一项',
    ]);
  });
});
