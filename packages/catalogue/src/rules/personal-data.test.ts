import { describe, expect, it } from 'vitest';
import { findingsOf, policyEntry } from '../../test/helpers.js';

describe('personal-data', () => {
  it('reports an ID number and a mobile number in a body, masked, as errors', () => {
    const e = policyEntry({ body: '当事人身份证号码341321198506120039，手机13912345678。' });
    const found = findingsOf('personal-data', [e]);
    expect(found.map((f) => [f.severity, f.data?.kind, f.data?.masked])).toEqual([
      ['error', 'id-card', '341321********0039'],
      ['error', 'mobile', '139****5678'],
    ]);
    expect(JSON.stringify(found)).not.toContain('341321198506120039');
    expect(found[0]?.data).toMatchObject({ entryId: e.id, field: 'body' });
  });
  it('reads the title too', () => {
    expect(findingsOf('personal-data', [policyEntry({ title: '关于张三（13912345678）的公示' })])[0]?.data?.field).toBe(
      'title',
    );
  });
  it('leaves landlines, document numbers, index numbers and invalid IDs alone', () => {
    const body =
      '咨询电话：0557-3021234，依据某政办〔2024〕1号，索引号003187229/202405-00047，号码341321198506120038。';
    expect(findingsOf('personal-data', [policyEntry({ body })])).toEqual([]);
  });
});
