import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingsOf, policyEntry } from '../../test/helpers.js';
import { isPlaceholderText } from './placeholder-content.js';

describe('isPlaceholderText', () => {
  it.each([
    '测试',
    '测试123',
    '测试标题',
    '测试测试',
    'test',
    'TEST 1',
    '暂无',
    '暂无内容',
    '暂无相关信息',
    'Lorem ipsum dolor sit amet',
    '<p>测试</p>',
    'xxx',
  ])('flags %s', (text) => expect(isPlaceholderText(text)).toBe(true));
  it.each([
    '关于开展网络安全测试工作的通知',
    '县领导调研乡村振兴工作',
    '测试数据安全管理办法（试行）的解读',
    '无障碍环境建设',
    'Testimony',
  ])('does not flag %s', (text) => expect(isPlaceholderText(text)).toBe(false));
  it('never throws (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => typeof isPlaceholderText(text) === 'boolean'));
  });
});

describe('placeholder-content', () => {
  it('reports a placeholder title and a placeholder body', () => {
    const found = findingsOf('placeholder-content', [policyEntry({ title: '测试', body: '暂无内容' })]);
    expect(found.map((f) => [f.data?.field, f.data?.reason])).toEqual([
      ['title', 'placeholder'],
      ['body', 'placeholder'],
    ]);
  });
  it('reports an empty body where a body is expected, not an absent one', () => {
    expect(
      findingsOf('placeholder-content', [policyEntry({ column: 'notice', body: '<p>&nbsp;</p>' })])[0]?.data,
    ).toMatchObject({
      field: 'body',
      reason: 'empty',
    });
    expect(findingsOf('placeholder-content', [policyEntry({ column: 'notice', body: undefined })])).toEqual([]);
  });
  it('does not expect a body in static columns', () => {
    expect(findingsOf('placeholder-content', [policyEntry({ column: 'org', body: '' })])).toEqual([]);
  });
  it('leaves real content alone', () => {
    expect(findingsOf('placeholder-content', [policyEntry({ title: '关于开展网络安全测试工作的通知' })])).toEqual([]);
  });
});
