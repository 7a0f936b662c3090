import { describe, expect, it } from 'vitest';
import { readNumbering } from './outline.js';

describe('readNumbering', () => {
  it('reads each numbering style plans use, and where the text after it starts', () => {
    const read = (text: string) => {
      const n = readNumbering(text);
      return n && [n.style, n.number, n.value, text.slice(n.rest)];
    };
    expect(read('一、主动公开')).toEqual(['cn', '一', 1, '主动公开']);
    expect(read('（十二）政策解读')).toEqual(['pcn', '十二', 12, '政策解读']);
    expect(read('3.公开财政预决算')).toEqual(['num', '3', 3, '公开财政预决算']);
    expect(read('3、公开财政预决算')).toEqual(['num', '3', 3, '公开财政预决算']);
    expect(read('（2）做好解读')).toEqual(['pnum', '2', 2, '做好解读']);
    expect(read('②做好解读')).toEqual(['circ', '②', 2, '做好解读']);
    expect(read('第三部分 保障措施')).toEqual(['part', '三', 3, '保障措施']);
    expect(read('12聚焦经济发展')).toEqual(['num', '12', 12, '聚焦经济发展']);
  });

  it('reads `⑴`, `⒈` and `㈠`, numbers printed as one character, as the levels of `（1）`, `1.` and `（一）`', () => {
    const read = (text: string) => {
      const n = readNumbering(text);
      return n && [n.style, n.number, n.value, text.slice(n.rest)];
    };
    expect(read('⑷自然资源、林业部门负责用海')).toEqual(['pnum', '⑷', 4, '自然资源、林业部门负责用海']);
    expect(read('⒇其他')).toEqual(['pnum', '⒇', 20, '其他']);
    expect(read('⒉突出宣传中心工作任务')).toEqual(['num', '⒉', 2, '突出宣传中心工作任务']);
    expect(read('㈢大力宣传安全生产重大专题活动')).toEqual(['pcn', '㈢', 3, '大力宣传安全生产重大专题活动']);
  });

  it('reads `1）` and `1)` as the level of `（1）`', () => {
    expect(readNumbering('1）加强重大行政决策公开')).toMatchObject({ style: 'pnum', number: '1', value: 1, rest: 2 });
    expect(readNumbering('2) “一网通办”')).toMatchObject({ style: 'pnum', number: '2', rest: 3 });
  });

  it('reads no number from a quantity or a date at the start of a line', () => {
    expect(readNumbering('30日内完成')).toBeUndefined();
    expect(readNumbering('2024年6月底前')).toBeUndefined();
    expect(readNumbering('3）')).toBeUndefined();
  });
});
