import fc from 'fast-check';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import * as t2cnPreset from 'opencc-js/preset/t2cn';
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from './chinese-number.js';
import {
  normalizeText,
  normalizeUnitName,
  stripPinyinAnnotations,
  toHalfWidthAlnum,
  toSimplifiedChinese,
} from './normalize.js';

describe('toSimplifiedChinese', () => {
  it('converts the traditional characters of real plan copies', () => {
    expect(toSimplifiedChinese('發布機構：宿州市政府辦公室')).toBe('发布机构：宿州市政府办公室');
    expect(toSimplifiedChinese('縣區政府、市政府部門負責落實')).toBe('县区政府、市政府部门负责落实');
    // Hong Kong's standard forms too (`衞`), and Taiwan's (`著力` → `着力`) as before.
    expect(toSimplifiedChinese('市衞健委著力推進愛國衞生運動')).toBe('市卫健委着力推进爱国卫生运动');
  });
  it('leaves simplified text and ASCII alone', () => {
    expect(toSimplifiedChinese('市数据资源局 abc 123')).toBe('市数据资源局 abc 123');
  });

  it('gives what OpenCC’s whole conversion gives, on any mix of its dictionaries’ entries and plain text', () => {
    // (Lines without a character of any entry that changes its text skip the conversion: this checks the skip
    // loses nothing, phrases whose characters all look simplified included, `上梁` → `上樑` → `上梁`, `打坏` → `打坯`.)
    const convert = Converter({ from: 'tw', to: 'cn' });
    const folded = new Map<string, string>();
    for (const pair of HKVariantsRev.split('|')) {
      const [variant = '', standard = ''] = pair.split(' ');
      const simplified = convert(standard);
      if (variant.length === 1 && simplified.length === 1 && simplified !== variant) folded.set(variant, simplified);
    }
    const reference = (text: string) => [...convert(text)].map((ch) => folded.get(ch) ?? ch).join('');
    // (Every step's entries: the compatibility ideographs the chain normalises first, the phrases it
    // segments the text by, and the conversions; and the ideographic description characters, `⿰`,
    // after which OpenCC copies the characters described.)
    const config = t2cnPreset.configs.tw2s as unknown as {
      normalizationChain: string[][];
      segmentation: string[];
      conversionChain: string[][];
    };
    const keys = [...config.normalizationChain.flat(), ...config.segmentation, ...config.conversionChain.flat()]
      .flatMap((dict) => dict.split('|').map((entry) => entry.split(' ')[0] ?? ''))
      .filter((key) => key !== '');
    const piece = fc.oneof(
      fc.constantFrom(...keys),
      fc.constantFrom(...keys).map((key) => key.slice(0, -1)),
      fc.constantFrom(...'市政府办公室负责落实各县区人民政府上梁打坏覆盖复查乾坤衞生⿰⿱，|𠀀'.split('')),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        expect(toSimplifiedChinese(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('stripPinyinAnnotations', () => {
  it('removes toned pinyin after a character', () => {
    expect(stripPinyinAnnotations('文號(hào)：宿政務(wù)辦')).toBe('文號：宿政務辦');
  });
  it('keeps brackets that are not pinyin', () => {
    expect(stripPinyinAnnotations('市财政局(国资委)、方案(A)、(hao)')).toBe('市财政局(国资委)、方案(A)、(hao)');
  });
});

describe('normalizeText', () => {
  it('makes brackets full-width and drops spaces', () => {
    expect(normalizeText('市財政局 (國資委)')).toBe('市财政局（国资委）');
  });
  it('folds full-width digits', () => {
    expect(toHalfWidthAlnum('２０２４年')).toBe('2024年');
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });
});

describe('normalizeUnitName', () => {
  it('strips role words and punctuation around a name', () => {
    expect(normalizeUnitName('市數據資源局牽頭，')).toBe('市数据资源局');
    expect(normalizeUnitName('市司法局负责落实')).toBe('市司法局');
    expect(normalizeUnitName('各县(市、区)政府')).toBe('各县（市、区）政府');
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十七', 27],
    ['一百零五', 105],
    ['（三）', 3],
    ['12.', 12],
    ['１２', 12],
    ['七、', 7],
  ])('reads %s as %d', (text, n) => {
    expect(parseChineseNumber(text)).toBe(n);
  });
  it('returns undefined for words that are not numbers', () => {
    expect(parseChineseNumber('若干')).toBeUndefined();
    expect(parseChineseNumber('')).toBeUndefined();
  });
  it('reads every number it writes in Chinese up to 999', () => {
    const d = '零一二三四五六七八九';
    const write = (n: number): string => {
      const h = Math.floor(n / 100);
      const t = Math.floor((n % 100) / 10);
      const u = n % 10;
      let s = h ? `${d[h]}百` : '';
      if (t) s += `${h && t === 1 ? '一' : t === 1 ? '' : d[t]}十`;
      else if (h && u) s += '零';
      if (u || n === 0) s += d[u];
      return s;
    };
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), (n) => parseChineseNumber(write(n)) === n));
  });
});

describe('parseChineseNumber, digit by digit and malformed', () => {
  it('reads years written digit by digit', () => {
    expect(parseChineseNumber('二〇二四')).toBe(2024);
    expect(parseChineseNumber('二零二五')).toBe(2025);
  });
  it('rejects runs that are not one number', () => {
    expect(parseChineseNumber('十十')).toBeUndefined();
    expect(parseChineseNumber('三四十')).toBeUndefined();
    expect(parseChineseNumber('十百')).toBeUndefined();
  });
});
