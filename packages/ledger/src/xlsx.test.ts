import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeUnit, TailFinder } from './xlsx.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('TailFinder', () => {
  it('finds the marker wherever the chunks split it', () => {
    const xml = `<sheetData>${'<row r="1"/>'.repeat(50)}</sheetData><mergeCells count="1"><mergeCell ref="A1:K1"/></mergeCells>`;
    const bytes = encode(xml);
    const expected = xml.slice(xml.indexOf('</sheetData>'));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 60 }), (sizes) => {
        const finder = new TailFinder(encode('</sheetData>'));
        let at = 0;
        for (let i = 0; at < bytes.length; i++) {
          const size = sizes[i % sizes.length] as number;
          finder.push(bytes.slice(at, at + size));
          at += size;
        }
        return finder.text() === expected;
      }),
    );
  });
  it('gives nothing when the marker never comes', () => {
    const finder = new TailFinder(encode('</sheetData>'));
    finder.push(encode('<sheetData><row/>'));
    expect(finder.text()).toBe('');
  });
});

describe('looksLikeUnit', () => {
  it('reads sheet names that name units, not generic ones', () => {
    expect(['市财政局', '砀山县', '萧县人民政府'].map(looksLikeUnit)).toEqual([true, true, true]);
    expect(['Sheet1', '台账', '填报说明', '2024年'].map(looksLikeUnit)).toEqual([false, false, false, false]);
  });
});
