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
