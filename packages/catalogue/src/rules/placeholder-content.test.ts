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

describe('isPlaceholderText first-character shortcut', () => {
  // The function as it was before the shortcut, kept as the reference the shortcut must agree with.
  const PLACEHOLDER =
    /^(?:测试|test(?:ing)?|demo|暂无|待定|待补充|待完善|无|xxx+|aaa+|asdf|lorem)(?:测试|一下|标题|内容|正文|文章|信息|数据|稿件|页面|相关信息|test|ing|\d)*$|^暂无.{0,6}$/i;
  const QUICK =
    /^[\s\p{P}\p{S}]*(?:<[^>]*>[\s\p{P}\p{S}]*)*(?:测试|test|demo|暂无|待定|待补充|待完善|无|xxx|aaa|asdf|lorem)/iu;
  const LOREM_START = /^(?:\s|<[^>]*>)*lorem\s*ipsum/i;
  function reference(text: string): boolean {
    if (text.length > 40) return LOREM_START.test(text);
    if (text.length > 12 && !QUICK.test(text) && !/orem/i.test(text)) return false;
    if (/lorem\s*ipsum/i.test(text)) return true;
    const compact = text.replace(/<[^>]*>|&nbsp;|&#160;/g, '').replace(/[\s\u3000\p{P}\p{S}]+/gu, '');
    if (compact === '') return false;
    return PLACEHOLDER.test(compact) || (compact.length <= 8 && /测试|test|暂无|lorem/i.test(compact));
  }
  it('agrees with the function without the shortcut', () => {
    const piece = fc.constantFrom(
      ...['测试', '暂无', '待定', '待', '无', 'Test', 'demo', 'XXX', 'aaa', 'asdf', 'Lorem ipsum', 'l', 't'],
      ...['关于', '通知', '2024', '9', ' ', '\u3000', '，', '<p>', '！', 'b', 'Z', '一下', '内容'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(isPlaceholderText(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('still finds placeholders that open with the words, and long texts opening with lorem ipsum', () => {
    expect(isPlaceholderText('测试测试测试测试测试测试测试')).toBe(true);
    expect(isPlaceholderText('Test test test test test')).toBe(true);
    expect(isPlaceholderText(`Lorem ipsum dolor sit amet, ${'consectetur '.repeat(5)}`)).toBe(true);
    expect(isPlaceholderText(`关于${'某项工作'.repeat(12)}的通知`)).toBe(false);
  });
});
