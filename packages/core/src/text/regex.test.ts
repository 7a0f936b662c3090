import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from './regex.js';

describe('allMatches', () => {
  it('gives the matches matchAll gives, with their groups and indexes', () => {
    const found = allMatches(/(\d+)([、和])?/gu, '1、2和30');
    expect(found.map((m) => [m[0], m[1], m[2], m.index])).toEqual([
      ['1、', '1', '、', 0],
      ['2和', '2', '和', 2],
      ['30', '30', undefined, 4],
    ]);
  });

  it('moves past empty matches by a code point under the u flag, as matchAll does', () => {
    const text = '𠀀a';
    expect(allMatches(/(?:)/gu, text).map((m) => m.index)).toEqual([...text.matchAll(/(?:)/gu)].map((m) => m.index));
    expect(allMatches(/(?:)/g, text).map((m) => m.index)).toEqual([0, 1, 2, 3]);
  });

  it('leaves the expression ready for the caller to use again', () => {
    const pattern = /负责/gu;
    pattern.lastIndex = 3;
    expect(allMatches(pattern, '市局负责，县局负责')).toHaveLength(2);
    expect(pattern.lastIndex).toBe(0);
    expect(pattern.exec('市局负责')?.index).toBe(2);
  });

  it('starts where it is told, as a lastIndex set before matchAll does', () => {
    const pattern = /\d+/gu;
    expect(allMatches(pattern, '1、2和30', 2).map((m) => m.index)).toEqual([2, 4]);
    pattern.lastIndex = 2;
    expect([...'1、2和30'.matchAll(pattern)].map((m) => m.index)).toEqual([2, 4]);
  });

  it('refuses an expression without the g flag', () => {
    expect(() => allMatches(/负责/u, '负责')).toThrow(TypeError);
  });

  it('agrees with matchAll on any text and several expressions', () => {
    const patterns = [/[\u4e00-\u9fff]+/gu, /(负责|牵头)(?=$|[，。])/gu, /\d*/gu, /(?<!市)局/gu, /./gsu];
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('市', '局', '负', '责', '牵', '头', '，', '。', '1', '𠀀', 'a') }),
        (text) => {
          for (const pattern of patterns) {
            const expected = [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
            expect(allMatches(pattern, text).map((m) => [m.index, ...m])).toEqual(expected);
          }
        },
      ),
    );
  });
});
