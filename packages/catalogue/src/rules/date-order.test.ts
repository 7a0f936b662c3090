import { describe, expect, it } from 'vitest';
import { findingsOf, policyEntry } from '../../test/helpers.js';

const run = (extra: Record<string, unknown>) => findingsOf('date-order', [policyEntry(extra)], { asOf: '2024-12-31' });

describe('date-order', () => {
  it('accepts 成文日期 on the day of 发布日期', () => {
    expect(run({ writtenOn: '2024-06-05', publishedOn: '2024-06-05' })).toEqual([]);
  });
  it('reports 成文日期 one day after 发布日期', () => {
    expect(run({ writtenOn: '2024-06-06', publishedOn: '2024-06-05' })[0]).toMatchObject({
      severity: 'error',
      data: { reason: 'written-after-published' },
    });
  });
  it('accepts a publication on asOf and reports one the day after', () => {
    expect(run({ writtenOn: '2024-12-30', publishedOn: '2024-12-31' })).toEqual([]);
    expect(run({ writtenOn: '2024-12-30', publishedOn: '2025-01-01' })[0]?.data).toMatchObject({
      reason: 'future',
      field: 'publishedOn',
    });
  });
  it('lets 生效日期 and 废止日期 lie in the future', () => {
    expect(run({ effectiveOn: '2025-01-01', repealedOn: '2029-12-31' })).toEqual([]);
  });
  it.each(['2024/6/5', '2024年6月5日', '2024.06.05', '2024-02-30', '20240605'])('reports the non-ISO date %s', (d) => {
    const [f] = run({ writtenOn: d });
    expect(f).toMatchObject({ severity: 'warning', data: { reason: 'not-iso', field: 'writtenOn', value: d } });
  });
  it('accepts an ISO date-time', () => {
    expect(run({ publishedOn: '2024-06-05 10:30:00', writtenOn: '2024-06-05T08:00:00+08:00' })).toEqual([]);
  });
});
