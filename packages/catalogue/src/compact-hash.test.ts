import { describe, expect, it } from 'vitest';
import { CompactStringMap, CompactStringSet } from './compact-hash.js';

describe('CompactStringSet', () => {
  it('remembers where each key was first added, across growth', () => {
    const set = new CompactStringSet();
    for (let i = 0; i < 50_000; i++) expect(set.add(`003187229/2024-${i}`, i + 1, i + 2)).toBeUndefined();
    expect(set.count).toBe(50_000);
    expect(set.add('003187229/2024-123', 99, 99)).toEqual({ ordinal: 0, row: 125 });
    expect(set.add('003187229/2024-50000', 1, 1)).toBeUndefined();
    const noRows = new CompactStringSet();
    noRows.add('a', 5, 0);
    expect(noRows.add('a', 6, 0)).toEqual({ ordinal: 5, row: 0 });
  });
});

describe('CompactStringMap', () => {
  it('gets, sets and keeps first values like a Map of numbers', () => {
    const map = new CompactStringMap();
    const reference = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const key = `k${(i * 7919) % 5000}`;
      if (i % 3 === 0) {
        expect(map.set(key, i)).toBe(reference.get(key));
        reference.set(key, i);
      } else {
        const had = reference.get(key);
        expect(map.setIfAbsent(key, i)).toBe(had);
        if (had === undefined) reference.set(key, i);
      }
    }
    expect(map.count).toBe(reference.size);
    for (const [k, v] of reference) expect(map.get(k)).toBe(v);
    expect(map.get('absent')).toBeUndefined();
    expect(map.count).toBe(reference.size);
  });
});
