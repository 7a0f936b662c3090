import { describe, expect, it } from 'vitest';
import { findingsOf, policyEntry } from '../../test/helpers.js';

describe('index-number-duplicate', () => {
  it('reports the second use of an index number, naming the first', () => {
    const a = policyEntry({ indexNo: '003187229/2024-00047' });
    const b = policyEntry({ indexNo: '003187229/2024-00047' });
    const found = findingsOf('index-number-duplicate', [a, b]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', data: { entryId: b.id, indexNo: '003187229/2024-00047' } });
    expect(found[0]?.data?.firstRecord).toBe(7);
  });

  it('sees through full-width characters and spaces', () => {
    const found = findingsOf('index-number-duplicate', [
      policyEntry({ indexNo: '003187229/2024-00047' }),
      policyEntry({ indexNo: ' ００３１８７２２９／２０２４－０００４７' }),
    ]);
    expect(found).toHaveLength(1);
  });

  it('does not report numbers that differ in one digit', () => {
    expect(
      findingsOf('index-number-duplicate', [
        policyEntry({ indexNo: '003187229/2024-00047' }),
        policyEntry({ indexNo: '003187229/2024-00048' }),
      ]),
    ).toEqual([]);
  });

  it('tells serials of different widths and publishers apart, and handles huge or odd serials', () => {
    const found = findingsOf('index-number-duplicate', [
      policyEntry({ indexNo: '003187229/2024-00047' }),
      policyEntry({ indexNo: '003187229/2024-0047' }),
      policyEntry({ indexNo: '003187228/2024-00047' }),
      policyEntry({ indexNo: '003187229/2023-00047' }),
      policyEntry({ indexNo: '003187229/2024-999999' }),
      policyEntry({ indexNo: '003187229/2024-00047' }),
      policyEntry({ indexNo: '003187229/2024-999999' }),
      policyEntry({ indexNo: 'SZ-A1' }),
      policyEntry({ indexNo: 'SZ-A1' }),
      policyEntry({ indexNo: '003187229/2024-0047' }),
    ]);
    expect(found.map((f) => f.data?.indexNo)).toEqual([
      '003187229/2024-00047',
      '003187229/2024-999999',
      'SZ-A1',
      '003187229/2024-0047',
    ]);
  });

  it('finds repeats among many numbers (array and hash paths)', () => {
    const entries = Array.from({ length: 3000 }, (_, i) =>
      policyEntry({ indexNo: `003187229/2024-${String(i * 7).padStart(5, '0')}` }),
    );
    entries.push(policyEntry({ indexNo: '003187229/2024-00700' }), policyEntry({ indexNo: '003187229/2024-20993' }));
    expect(findingsOf('index-number-duplicate', entries).map((f) => f.data?.indexNo)).toEqual([
      '003187229/2024-00700',
      '003187229/2024-20993',
    ]);
  });

  it('reports each further repeat', () => {
    const same = { indexNo: '003187229/2024-00001' };
    expect(
      findingsOf('index-number-duplicate', [policyEntry(same), policyEntry(same), policyEntry(same)]),
    ).toHaveLength(2);
  });
});
