import { ConverterBuilder, type DictGroup, type DictLike } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import * as t2cnPreset from 'opencc-js/preset/t2cn';

// Traditional (Taiwan forms) → simplified (mainland), one character or phrase at a time: OpenCC's
// `tw2s` chain (the one `opencc-js/t2cn`'s `Converter({ from: 'tw', to: 'cn' })` builds), with
// `witnesses`, one character of every dictionary entry that changes its text. An entry matches only
// where all its characters are present, so a text without any witness is left as it is by every
// step of the chain, and most lines of a simplified plan skip the conversion.
//
// The chain is run by `Step`s built from the same dictionaries, which give what OpenCC's tries give
// (the test beside this file checks it against OpenCC on any mix of their entries) about three times
// faster: a traditional copy of a plan spends less on its script than on anything else it is read
// for. OpenCC's own converter is kept for the rare text with an ideographic description character
// (`⿰氵工`), which OpenCC copies together with the characters it describes.
interface Simplifier {
  readonly convert: (text: string) => string;
  readonly witnesses: RegExp;
}
let simplifier: Simplifier | undefined;

function entries(dict: DictLike): (readonly [string, string])[] {
  if (typeof dict !== 'string') return [...dict];
  return dict.split('|').map((entry) => {
    const [from = '', to = ''] = entry.split(' ');
    return [from, to] as const;
  });
}

// One step of the chain: from the left, the longest entry that starts at each place (its
// replacement, maybe the same text), else the character as it is. A group's dictionaries are loaded
// as OpenCC loads them, last to first, each entry over any before it with the same text.
class Step {
  /** Whether an entry starts with each UTF-16 unit. */
  private readonly starts = new Uint8Array(0x10000);
  /** The entries of one unit, by its code. */
  private readonly single = new Map<number, string>();
  /** The longest entry of two units or more (in units) that starts with each pair, by the pair's codes. */
  private readonly longest = new Map<number, number>();
  private readonly table = new Map<string, string>();

  constructor(dicts: readonly DictLike[]) {
    for (const dict of [...dicts].reverse()) {
      for (const [from, to] of entries(dict)) {
        if (from === '') continue;
        const first = from.charCodeAt(0);
        this.starts[first] = 1;
        if (from.length === 1) {
          this.single.set(first, to);
          continue;
        }
        this.table.set(from, to);
        const pair = first * 0x10000 + from.charCodeAt(1);
        this.longest.set(pair, Math.max(this.longest.get(pair) ?? 0, from.length));
      }
    }
  }

  /** The replacement of the entry the last {@link match} found. */
  found = '';

  // The length of the longest entry that starts at `at` (0 where none does), its replacement in `found`.
  private match(text: string, at: number): number {
    const first = text.charCodeAt(at);
    if (this.starts[first] === 0) return 0;
    if (at + 1 < text.length) {
      const most = this.longest.get(first * 0x10000 + text.charCodeAt(at + 1));
      if (most !== undefined) {
        for (let length = Math.min(most, text.length - at); length > 1; length--) {
          const to = this.table.get(text.slice(at, at + length));
          if (to === undefined) continue;
          this.found = to;
          return length;
        }
      }
    }
    const to = this.single.get(first);
    if (to === undefined) return 0;
    this.found = to;
    return 1;
  }

  convert(text: string): string {
    let out = '';
    let copied = 0;
    for (let i = 0; i < text.length; ) {
      const length = this.match(text, i);
      if (length === 0) {
        i += unitsAt(text, i);
        continue;
      }
      if (this.found !== text.slice(i, i + length)) {
        out += text.slice(copied, i) + this.found;
        copied = i + length;
      }
      i += length;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  // The text cut where OpenCC's segmentation cuts it: around each entry found, so that the steps after
  // it match only inside the pieces.
  segment(text: string): string[] {
    const pieces: string[] = [];
    let from = 0;
    for (let i = 0; i < text.length; ) {
      const length = this.match(text, i);
      if (length === 0) {
        i += unitsAt(text, i);
        continue;
      }
      if (from < i) pieces.push(text.slice(from, i));
      pieces.push(text.slice(i, i + length));
      i += length;
      from = i;
    }
    if (from < text.length) pieces.push(text.slice(from));
    return pieces;
  }
}

// The UTF-16 units of the character at `at`: 2 for a surrogate pair.
function unitsAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

const DESCRIPTION = /[\u2ff0-\u2fff]/u;

function getSimplifier(): Simplifier {
  if (simplifier !== undefined) return simplifier;
  const opencc = ConverterBuilder(t2cnPreset)({ from: 'tw', to: 'cn' });
  // The chain's dictionaries; `normalizationChain` (compatibility ideographs) is not in the types.
  const config = t2cnPreset.configs.tw2s as unknown as {
    normalizationChain?: readonly DictGroup[];
    segmentation?: readonly DictLike[];
    conversionChain: readonly DictGroup[];
  };
  const normalize = (config.normalizationChain ?? []).map((group) => new Step(group));
  const segmentation = config.segmentation ? new Step(config.segmentation) : undefined;
  const steps = config.conversionChain.map((group) => new Step(group));
  const convert = (text: string): string => {
    if (DESCRIPTION.test(text)) return opencc(text);
    let normalized = text;
    for (const step of normalize) normalized = step.convert(normalized);
    const pieces = segmentation ? segmentation.segment(normalized) : [normalized];
    let out = '';
    for (const piece of pieces) {
      let converted = piece;
      for (const step of steps) converted = step.convert(converted);
      out += converted;
    }
    return out;
  };
  const changing = [...(config.normalizationChain ?? []), ...config.conversionChain]
    .flat()
    .flatMap(entries)
    .filter(([from, to]) => from !== to && from !== '');
  const witnesses = new Set(changing.map(([from]) => from).filter((from) => [...from].length === 1));
  for (const [from, to] of changing) {
    const chars = [...from];
    if (chars.some((ch) => witnesses.has(ch))) continue;
    const target = [...to];
    witnesses.add(chars.find((ch, k) => ch !== target[k]) ?? (chars[0] as string));
  }
  const escaped = [...witnesses].map((ch) => ch.replace(/[\\\][^-]/gu, '\\$&')).join('');
  simplifier = { convert, witnesses: new RegExp(`[${escaped}]`, 'u') };
  return simplifier;
}

/**
 * Converts traditional Chinese characters to simplified (mainland) ones, as real copies of plans
 * from converted web pages need (`發布機構` → `发布机构`). Uses OpenCC's dictionaries.
 *
 * @param text - text in any mix of traditional and simplified script
 * @returns the text in simplified script; other characters are unchanged
 * @category Text
 * @example
 * ```ts
 * toSimplifiedChinese('縣區政府負責落實'); // '县区政府负责落实'
 * ```
 */
export function toSimplifiedChinese(text: string): string {
  if (!/[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]/u.test(text)) return text;
  const { convert, witnesses } = getSimplifier();
  return foldHongKongForms(witnesses.test(text) ? convert(text) : text);
}

// Hong Kong's standard forms that the Taiwan dictionary leaves (`衞` for 卫): OpenCC's table of Hong
// Kong variants (`衞 衛|綫 線|…`) gives each one's standard form, which the Taiwan converter simplifies.
// The table is read once into a map of the characters whose simplified form differs, and one
// expression finds them, so text without them is returned as it is. (Only the variants table: a
// character it does not list, such as 乾 in 乾坤, is left to the phrase-aware conversion above.)
let hongKongFold: { chars: RegExp; folded: Map<string, string> } | undefined;

function foldHongKongForms(text: string): string {
  if (hongKongFold === undefined) {
    const simplify = getSimplifier().convert;
    const folded = new Map<string, string>();
    for (const pair of HKVariantsRev.split('|')) {
      const [variant, standard] = pair.split(' ');
      if (variant === undefined || standard === undefined || variant.length !== 1) continue;
      const simplified = simplify(standard);
      if (simplified.length === 1 && simplified !== variant) folded.set(variant, simplified);
    }
    hongKongFold = { chars: new RegExp(`[${[...folded.keys()].join('')}]`, 'gu'), folded };
  }
  const { chars, folded } = hongKongFold;
  chars.lastIndex = 0;
  if (!chars.test(text)) return text;
  return text.replace(chars, (ch) => folded.get(ch) ?? ch);
}

/**
 * Folds full-width ASCII letters, digits and spaces to half-width, keeping the full-width Chinese
 * punctuation that carries meaning (`，`、`（）`、`：`).
 *
 * @param text - any text
 * @returns the text with full-width letters and digits made half-width
 * @category Text
 * @example
 * ```ts
 * toHalfWidthAlnum('２０２４年１２月'); // '2024年12月'
 * ```
 */
export function toHalfWidthAlnum(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

// A pinyin annotation as converted pages print it after a character: 號(hào), 發(fā).
const PINYIN_ANNOTATION = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[)）]/g;
const HAS_TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/**
 * Removes pinyin annotations that converted pages put after characters (`號(hào)` → `號`). Only
 * lower-case syllables with a tone mark, right after a CJK character, are removed, so `(A)` or
 * `（试行）` stay.
 *
 * @param text - any text
 * @returns the text without pinyin annotations
 * @category Text
 * @example
 * ```ts
 * stripPinyinAnnotations('文號(hào)'); // '文號'
 * stripPinyinAnnotations('方案(试行)'); // '方案(试行)'
 * ```
 */
export function stripPinyinAnnotations(text: string): string {
  return text.replace(PINYIN_ANNOTATION, (match, offset: number, whole: string) => {
    const before = whole.charCodeAt(offset - 1);
    const afterCjk = before >= 0x3400 && before <= 0x9fff;
    return afterCjk && HAS_TONE_MARK.test(match) ? '' : match;
  });
}

/**
 * Normalises text for matching, as the model requires: simplified script, no pinyin annotations,
 * half-width letters and digits, full-width brackets, no whitespace.
 *
 * @param text - text as printed
 * @returns the normalised text
 * @category Text
 * @example
 * ```ts
 * normalizeText('市財政局 (國資委)'); // '市财政局（国资委）'
 * ```
 */
export function normalizeText(text: string): string {
  return toSimplifiedChinese(toHalfWidthAlnum(stripPinyinAnnotations(text)))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[\s\u00a0\u200b\ufeff]+/g, '');
}

/**
 * Normalises a unit name for matching: {@link normalizeText}, then the role words a plan puts
 * around a name (负责落实, 牵头, 配合, 负责) and stray punctuation at either end are removed.
 *
 * @param name - a unit name as printed
 * @returns the normalised name
 * @category Text
 * @example
 * ```ts
 * normalizeUnitName(' 市數據資源局牽頭'); // '市数据资源局'
 * normalizeUnitName('各县(市、区)政府负责落实'); // '各县（市、区）政府'
 * ```
 */
export function normalizeUnitName(name: string): string {
  return normalizeSimplifiedUnitName(toSimplifiedChinese(name));
}

/**
 * {@link normalizeUnitName} for a name already in simplified script: the script conversion, the
 * costly step, is skipped (the plan parser converts the whole text once before it reads units).
 *
 * @param name - a unit name in simplified script
 * @returns the normalised name
 * @example
 * ```ts
 * normalizeSimplifiedUnitName('各县(市、区)政府负责落实'); // '各县（市、区）政府'
 * ```
 */
export function normalizeSimplifiedUnitName(name: string): string {
  return toHalfWidthAlnum(stripPinyinAnnotations(name))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[\s\u00a0\u200b\ufeff]+/g, '')
    .replace(/^[、，,；;：:。.]+|[、，,；;：:。.]+$/g, '')
    .replace(/(分别)?(负责落实|牵头落实|牵头负责|负责|牵头|配合|参与|落实)$/u, '')
    .replace(/[、，,；;：:。.]+$/g, '');
}
