import { describe, expect, it } from 'vitest';
import { findingsOf, policyEntry } from '../../test/helpers.js';

const run = (extra: Record<string, unknown>) =>
  findingsOf('validity-inconsistent', [policyEntry(extra)], { asOf: '2024-12-31' });

describe('validity-inconsistent', () => {
  it('reports 有效 repealed on asOf, not the day after', () => {
    expect(run({ validity: '有效', repealedOn: '2024-12-31' })[0]).toMatchObject({
      severity: 'error',
      data: { reason: 'valid-but-repealed' },
    });
    expect(run({ validity: '有效', repealedOn: '2025-01-01' })).toEqual([]);
  });
  it('reports 废止 and 失效 without a repeal date', () => {
    expect(run({ validity: '废止' })[0]?.data?.reason).toBe('repealed-without-date');
    expect(run({ validity: '已失效' })[0]?.data?.reason).toBe('repealed-without-date');
    expect(run({ validity: '废止', repealedOn: '2024-06-30' })).toEqual([]);
  });
  it('reports a repeal date still to come on a 废止 entry', () => {
    expect(run({ validity: '失效', repealedOn: '2025-03-01' })[0]?.data?.reason).toBe('repealed-in-future');
  });
  it('reports 生效日期 after 废止日期, not on the same day', () => {
    expect(run({ effectiveOn: '2024-07-01', repealedOn: '2024-06-30', validity: '废止' })[0]?.data?.reason).toBe(
      'effective-after-repealed',
    );
    expect(run({ effectiveOn: '2024-06-30', repealedOn: '2024-06-30', validity: '废止' })).toEqual([]);
  });
  it('accepts 部分失效 without a repeal date and notes unknown values', () => {
    expect(run({ validity: '部分失效' })).toEqual([]);
    expect(run({ validity: '待定' })[0]).toMatchObject({ severity: 'info', data: { reason: 'unknown-validity' } });
  });
});
