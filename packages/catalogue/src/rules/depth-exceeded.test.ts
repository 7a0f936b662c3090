import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../test/helpers.js';

const chain = (levels: number) =>
  Array.from({ length: levels }, (_, i) => ({
    type: 'column',
    id: `l${i + 1}`,
    name: `第${i + 1}层`,
    parent: i === 0 ? null : `l${i}`,
    kind: 'group',
  }));

describe('depth-exceeded', () => {
  it('allows 4 levels', () => {
    expect(findingsOf('depth-exceeded', [], { columns: chain(4) })).toEqual([]);
  });
  it('reports the fifth level with its path', () => {
    const found = findingsOf('depth-exceeded', [], { columns: chain(5) });
    expect(found).toHaveLength(1);
    expect(found[0]?.data).toMatchObject({ depth: 5, columnPath: '第1层 > 第2层 > 第3层 > 第4层 > 第5层' });
  });
  it('takes the limit from settings', () => {
    expect(findingsOf('depth-exceeded', [], { columns: chain(5), settings: { maxDepth: 5 } })).toEqual([]);
  });
  it('works out depth when children come before their parents', () => {
    expect(findingsOf('depth-exceeded', [], { columns: chain(5).reverse() })).toHaveLength(1);
  });
});
