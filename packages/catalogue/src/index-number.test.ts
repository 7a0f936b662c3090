import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeIndexNumber, parseDefaultIndexNumber } from './index-number.js';
import { DEFAULT_INDEX_NUMBER_PATTERN } from './settings.js';

function byPattern(s: string): number {
  const m = DEFAULT_INDEX_NUMBER_PATTERN.exec(s);
  if (!m?.groups) return -1;
  return Number(m.groups.year) * 1000 + (m.groups.month === undefined ? 0 : 100 + Number(m.groups.month));
}

describe('parseDefaultIndexNumber', () => {
  it('reads the documented shapes', () => {
    expect(parseDefaultIndexNumber('003187229/202405-00047')).toBe(2024105);
    expect(parseDefaultIndexNumber('11341702486344515H/202110-00013')).toBe(2021110);
    expect(parseDefaultIndexNumber('113708280043326001/2024-02411')).toBe(2024000);
    expect(parseDefaultIndexNumber('某政办2024-1')).toBe(-1);
  });
  it('agrees with DEFAULT_INDEX_NUMBER_PATTERN (property)', () => {
    const part = (chars: string, max: number) =>
      fc.string({ unit: fc.constantFrom(...chars.split('')), maxLength: max });
    fc.assert(
      fc.property(part('0123456789AZx/-', 24), (s) => {
        expect(parseDefaultIndexNumber(s)).toBe(byPattern(s));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(part('0123456789A', 19), part('0123456789', 7), part('0123456789', 7), (a, b, c) => {
        const s = `${a}/${b}-${c}`;
        expect(parseDefaultIndexNumber(s)).toBe(byPattern(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('normalizeIndexNumber', () => {
  it('folds widths, spaces and case', () => {
    expect(normalizeIndexNumber(' ００３１８７２２９／２０２４０５－０００４７')).toBe('003187229/202405-00047');
    expect(normalizeIndexNumber('11341702486344515h/202110-00013')).toBe('11341702486344515H/202110-00013');
    expect(normalizeIndexNumber('003187229/2024-00001')).toBe('003187229/2024-00001');
  });
});
