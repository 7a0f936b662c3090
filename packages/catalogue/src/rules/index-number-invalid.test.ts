import { describe, expect, it } from 'vitest';
import { findingsOf, policyEntry } from '../../test/helpers.js';

const run = (extra: Record<string, unknown>, settings = {}) =>
  findingsOf('index-number-invalid', [policyEntry(extra)], { settings });

describe('index-number-invalid', () => {
  it.each([
    '003187229/202405-00047',
    '11341702486344515H/202110-00013',
    '113708280043326001/2024-02411',
    '003187229/2024-001',
    '003187229/2024-000001',
    '００３１８７２２９／２０２４－００００１',
  ])('accepts the shape %s', (indexNo) => {
    const publishedOn = indexNo.includes('2021') ? '2021-10-20' : '2024-05-24';
    expect(run({ indexNo, publishedOn, writtenOn: publishedOn })).toEqual([]);
  });

  it.each([
    ['serial of 2 digits', '003187229/2024-01'],
    ['serial of 7 digits', '003187229/2024-0000001'],
    ['an 8-character organisation code', '00318722/2024-00047'],
    ['a 10-character code', '0031872291/2024-00047'],
    ['no slash', '003187229-2024-00047'],
    ['a 5-digit year', '003187229/20245-00047'],
    ['a document number', '某政办2024-1'],
  ])('reports %s as an error', (_, indexNo) => {
    const [f, ...rest] = run({ indexNo, publishedOn: '2024-05-24' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', data: { reason: 'shape', indexNo } });
  });

  it('reports a month outside 01-12', () => {
    expect(run({ indexNo: '003187229/202413-00047' })[0]?.data?.reason).toBe('month');
  });

  it('warns when the year is neither the publication nor the writing year', () => {
    const [f] = run({ indexNo: '003187229/2023-00047', writtenOn: '2024-06-03', publishedOn: '2024-06-05' });
    expect(f).toMatchObject({ severity: 'warning', data: { reason: 'year', year: 2023 } });
  });

  it('accepts the writing year by default, but not with indexNumberYearCheck "published"', () => {
    const entry = { indexNo: '003187229/2023-00047', writtenOn: '2023-12-28', publishedOn: '2024-01-03' };
    expect(run(entry)).toEqual([]);
    expect(run(entry, { indexNumberYearCheck: 'published' })).toHaveLength(1);
  });

  it('takes other shapes from settings', () => {
    const entry = { indexNo: 'SZ-2024-0001', publishedOn: '2024-06-05' };
    expect(run(entry)).toHaveLength(1);
    expect(run(entry, { indexNumberPatterns: ['^SZ-(?<year>\\d{4})-\\d{4}$'] })).toEqual([]);
  });

  it('does nothing without an index number', () => {
    expect(run({ indexNo: undefined })).toEqual([]);
  });
});
