import { describe, expect, it } from 'vitest';
import { findingsOf, policyEntry } from '../../test/helpers.js';

const columns = [
  { type: 'column', id: 'news', name: '工作动态', parent: null },
  { type: 'column', id: 'policy', name: '政策文件', parent: null },
  { type: 'column', id: 'notice', name: '通知公告', parent: null },
  { type: 'column', id: 'org', name: '机构职能', parent: null },
];
const run = (column: string, publishedOn: string, settings = {}) =>
  findingsOf('stale-column', [policyEntry({ column, publishedOn, writtenOn: publishedOn })], {
    asOf: '2024-12-31',
    columns,
    settings,
  });

describe('stale-column', () => {
  it('dynamic columns: 14 days without an update is not stale, 15 days is', () => {
    expect(run('news', '2024-12-17')).toEqual([]);
    expect(run('news', '2024-12-16')[0]).toMatchObject({
      severity: 'warning',
      data: { columnPath: '工作动态', latestPublishedOn: '2024-12-16' },
    });
  });
  it('policy and notice columns: 6 months is not stale, a day more is', () => {
    for (const column of ['policy', 'notice']) {
      expect(run(column, '2024-06-30')).toEqual([]);
      expect(run(column, '2024-06-29')).toHaveLength(1);
    }
  });
  it('judges by the newest entry, ignoring dates after asOf', () => {
    const records = [
      policyEntry({ column: 'news', publishedOn: '2024-10-01' }),
      policyEntry({ column: 'news', publishedOn: '2024-12-20' }),
      policyEntry({ column: 'news', publishedOn: '2025-03-01' }),
    ];
    expect(findingsOf('stale-column', records, { columns })).toEqual([]);
    expect(findingsOf('stale-column', [records[0]!, records[2]!], { columns })).toHaveLength(1);
  });
  it('does not judge static columns, and takes thresholds from settings', () => {
    expect(run('org', '2020-01-01')).toEqual([]);
    expect(run('news', '2024-12-20', { staleAfter: { dynamic: { days: 7 } } })).toHaveLength(1);
    expect(run('org', '2020-01-01', { staleAfter: { static: { months: 12 } } })).toHaveLength(1);
  });
  it('sets the single veto at five stale columns', async () => {
    const { validateCatalogueSync } = await import('../validator.js');
    const cols = Array.from({ length: 5 }, (_, i) => ({ type: 'column', id: `n${i}`, name: `动态${i}`, parent: null }));
    const entries = cols.map((c) => policyEntry({ column: c.id, publishedOn: '2024-01-01' }));
    const four = validateCatalogueSync([...cols.slice(1), ...entries.slice(1)], { asOf: '2024-12-31' });
    expect(four.stats.veto.staleColumns).toMatchObject({ vetoed: false, count: 4 });
    const five = validateCatalogueSync([...cols, ...entries], { asOf: '2024-12-31' });
    expect(five.stats.veto.staleColumns).toMatchObject({ vetoed: true, count: 5, threshold: 5 });
    expect(five.stats.veto.staleColumns.columns).toEqual(['动态0', '动态1', '动态2', '动态3', '动态4']);
  });
});
