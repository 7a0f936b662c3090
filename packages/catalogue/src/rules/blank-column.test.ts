import { describe, expect, it } from 'vitest';
import { findingsOf, policyEntry } from '../../test/helpers.js';

const col = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  type: 'column',
  id,
  name,
  parent: null,
  ...extra,
});

describe('blank-column', () => {
  it('reports a column with no entries and no note, with its path', () => {
    const found = findingsOf('blank-column', [], {
      columns: [col('g', '法定主动公开内容', { kind: 'group' }), col('x', '应急管理', { parent: 'g' })],
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.data).toMatchObject({ columnPath: '法定主动公开内容 > 应急管理', columnId: 'x' });
  });
  it('does not report a column with one entry', () => {
    expect(findingsOf('blank-column', [policyEntry({ column: 'x' })], { columns: [col('x', '应急管理')] })).toEqual([]);
  });
  it('does not report an empty column whose note says why', () => {
    expect(
      findingsOf('blank-column', [], { columns: [col('x', '行政事业性收费', { note: '本单位无收费项目' })] }),
    ).toEqual([]);
  });
  it('does not count a blank note as a note', () => {
    expect(findingsOf('blank-column', [], { columns: [col('x', '行政事业性收费', { note: '  ' })] })).toHaveLength(1);
  });
  it('never reports a group column, nor a column with sub-columns', () => {
    const columns = [
      col('g', '专题专栏', { kind: 'group' }),
      col('p', '重点领域'),
      col('c', '教育', { parent: 'p', note: '暂无' }),
    ];
    expect(findingsOf('blank-column', [], { columns })).toEqual([]);
  });
});
