import { describe, expect, it } from 'vitest';
import { findingsOf, policyEntry } from '../../test/helpers.js';

describe('metadata-missing', () => {
  it('accepts a policy with 文号, 成文日期, 发布机构 and 有效性', () => {
    expect(findingsOf('metadata-missing', [policyEntry()])).toEqual([]);
  });
  it('names every missing field in one finding', () => {
    const found = findingsOf('metadata-missing', [policyEntry({ docNo: '', validity: null, publisher: undefined })]);
    expect(found).toHaveLength(1);
    expect(found[0]?.data?.fields).toEqual(['docNo', 'publisher', 'validity']);
    expect(found[0]?.message).toContain('文号');
  });
  it('ignores entries of dynamic columns', () => {
    expect(findingsOf('metadata-missing', [policyEntry({ column: 'news', docNo: undefined })])).toEqual([]);
  });
  it('checks a 规范性文件 wherever it is filed', () => {
    expect(
      findingsOf('metadata-missing', [policyEntry({ column: 'notice', docType: '规范性文件', docNo: undefined })]),
    ).toHaveLength(1);
  });
});
