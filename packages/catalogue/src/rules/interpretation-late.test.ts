import { describe, expect, it } from 'vitest';
import { findingsOf, policyEntry } from '../../test/helpers.js';

const pair = (policyOn: string, interpOn: string, settings = {}) => {
  const p = policyEntry({ docType: '规范性文件', writtenOn: policyOn, publishedOn: policyOn });
  const i = policyEntry({
    column: 'interp',
    interpretationOf: p.id,
    docType: undefined,
    writtenOn: interpOn,
    publishedOn: interpOn,
  });
  return findingsOf('interpretation-late', [p, i], { settings });
};

describe('interpretation-late', () => {
  // 2024-09-27 (Fri): next working days 9/29 (Sun, 调休), 9/30, then 10/8 after 国庆.
  it('counts working days with 调休: 3 working days is on time', () => {
    expect(pair('2024-09-27', '2024-10-08')).toEqual([]);
  });
  it('reports the fourth working day, on the interpretation', () => {
    const [f] = pair('2024-09-27', '2024-10-09');
    expect(f).toMatchObject({ severity: 'warning', data: { workingDays: 4, limit: 3 } });
  });
  it('accepts an interpretation published before or with the policy', () => {
    expect(pair('2024-06-05', '2024-06-05')).toEqual([]);
    expect(pair('2024-06-05', '2024-06-01')).toEqual([]);
  });
  it('judges by the earliest interpretation', () => {
    const p = policyEntry({ publishedOn: '2024-06-03' });
    const late = policyEntry({ column: 'interp', interpretationOf: p.id, publishedOn: '2024-07-01' });
    const early = policyEntry({ column: 'interp', interpretationOf: p.id, publishedOn: '2024-06-04' });
    expect(findingsOf('interpretation-late', [p, late, early])).toEqual([]);
  });
  it('reports a late interpretation that comes before its policy in the input', () => {
    const p = policyEntry({ docType: '规范性文件', publishedOn: '2024-09-27' });
    const i = policyEntry({ column: 'interp', interpretationOf: p.id, publishedOn: '2024-10-09' });
    const ok = policyEntry({ column: 'interp', interpretationOf: p.id, publishedOn: '2024-10-08' });
    expect(findingsOf('interpretation-late', [i, p])[0]?.data).toMatchObject({ entryId: i.id, workingDays: 4 });
    expect(findingsOf('interpretation-late', [i, p, ok])).toEqual([]);
    expect(findingsOf('interpretation-late', [i, ok, p])).toEqual([]);
  });
  it('takes the limit from settings', () => {
    expect(pair('2024-06-03', '2024-06-07', { interpretationWorkingDays: 5 })).toEqual([]);
    expect(pair('2024-06-03', '2024-06-07', { interpretationWorkingDays: 3 })).toHaveLength(1);
  });
});
