// Word's automatic list numbering (word/numbering.xml): plans number their sections 一、 and tasks
// 1. with it as often as by typing, and a task without its number is hard to find again.
import { Parser } from 'htmlparser2';
import { parseBounded } from './bounded.js';

interface Level {
  /** A paragraph style that takes this level of the list (Word's numbered headings). */
  style?: string;
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every level shown as a decimal number (`1.2.3`). */
  legal: boolean;
}

interface NumberingInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

/** The list definitions of a document, and the counters of the lists as paragraphs are read. */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, NumberingInstance>();
  private readonly counters = new Map<string, number[]>();

  /** Reads `word/numbering.xml`; malformed parts are ignored, never thrown on. */
  static parse(xml: string): Numbering {
    const numbering = new Numbering();
    let abstract: Map<number, Level> | null = null;
    let level: Level | null = null;
    let instance: NumberingInstance | null = null;
    let overrideLevel: number | null = null;
    let depth = 0;
    const parser = new Parser(
      {
        onopentag(name, attribs) {
          depth++;
          const val = attribs['w:val'];
          switch (name) {
            case 'w:abstractNum':
              abstract = new Map();
              numbering.abstracts.set(attribs['w:abstractNumId'] ?? '', abstract);
              break;
            case 'w:lvl':
              level = { start: 1, format: 'decimal', text: '', legal: false };
              if (abstract !== null) abstract.set(int(attribs['w:ilvl'], 0), level);
              break;
            case 'w:start':
              if (level !== null && overrideLevel === null) level.start = int(val, 1);
              break;
            case 'w:numFmt':
              if (level !== null) level.format = val ?? 'decimal';
              break;
            case 'w:lvlText':
              if (level !== null) level.text = val ?? '';
              break;
            case 'w:pStyle':
              if (level !== null && val !== undefined) level.style = val;
              break;
            case 'w:isLgl':
              if (level !== null) level.legal = val !== '0' && val !== 'false';
              break;
            case 'w:num':
              instance = { abstractId: '', startOverrides: new Map() };
              numbering.instances.set(attribs['w:numId'] ?? '', instance);
              break;
            case 'w:abstractNumId':
              if (instance !== null) instance.abstractId = val ?? '';
              break;
            case 'w:lvlOverride':
              overrideLevel = int(attribs['w:ilvl'], 0);
              break;
            case 'w:startOverride':
              if (instance !== null && overrideLevel !== null) instance.startOverrides.set(overrideLevel, int(val, 1));
              break;
          }
        },
        onclosetag(name) {
          depth--;
          if (name === 'w:abstractNum') abstract = null;
          else if (name === 'w:lvl') level = null;
          else if (name === 'w:num') instance = null;
          else if (name === 'w:lvlOverride') overrideLevel = null;
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
    // What is read before absurd nesting stops the reading still numbers the lists it defines.
    parseBounded(parser, xml, () => depth);
    return numbering;
  }

  /** The level of list `numId` that paragraph style `styleId` is linked to, if any. */
  levelOfStyle(numId: string, styleId: string): number | undefined {
    const instance = this.instances.get(numId);
    const levels = instance === undefined ? undefined : this.abstracts.get(instance.abstractId);
    for (const [ilvl, level] of levels ?? []) if (level.style === styleId) return ilvl;
    return undefined;
  }

  /**
   * Counts one more paragraph of list `numId` at level `ilvl` and returns the number Word shows
   * before it (`一、`, `（三）`, `2.1`), or '' for bullets and unknown lists.
   */
  next(numId: string, ilvl: number): string {
    const instance = this.instances.get(numId);
    const levels = instance === undefined ? undefined : this.abstracts.get(instance.abstractId);
    const level = levels?.get(ilvl);
    if (instance === undefined || levels === undefined || level === undefined || ilvl < 0 || ilvl > 8) return '';
    const counters = this.counters.get(numId) ?? [];
    this.counters.set(numId, counters);
    const startOf = (l: number) => instance.startOverrides.get(l) ?? levels.get(l)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : (counters[ilvl] ?? 0) + 1;
    // A new item at this level restarts the levels below it.
    counters.length = ilvl + 1;
    if (level.format === 'bullet' || level.format === 'none') return '';
    return level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const l = Number(digit) - 1;
      const value = counters[l] ?? startOf(l);
      const format = level.legal && l < ilvl ? 'decimal' : (levels.get(l)?.format ?? 'decimal');
      return formatNumber(value, format);
    });
  }
}

function int(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** A counter in one of Word's number formats (`w:numFmt`). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCount(n, CHINESE_DIGITS, ['', '十', '百', '千']);
    case 'chineseLegalSimplified':
      return chineseCount(n, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => CHINESE_DIGITS[Number(d)] ?? d).join('');
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (up to 9999; larger as digits). */
function chineseCount(n: number, digits: string, units: readonly string[]): string {
  if (n <= 0 || n > 9999) return String(n);
  const parts = [...String(n)].map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i] ?? '';
    if (d === 0) {
      zero = out !== '';
      return;
    }
    // Counting writes a run of zeros as one 零 (一百零五), whatever the digit set.
    if (zero) out += digits === LEGAL_DIGITS ? digits[0] : '零';
    zero = false;
    // 十一, not 一十一, when the number starts with the tens.
    out += (d === 1 && unit === units[1] && i === 0 ? '' : digits[d]) + unit;
  });
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: 27 → aa, 28 → bb.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

/** The list numbering paragraph styles carry (`word/styles.xml`), following `basedOn`. */
export class ParagraphStyles {
  private readonly styles = new Map<string, StyleNumbering>();

  /** Reads `word/styles.xml`; malformed parts are ignored, never thrown on. */
  static parse(xml: string): ParagraphStyles {
    const result = new ParagraphStyles();
    let style: StyleNumbering | null = null;
    let inNumPr = false;
    let depth = 0;
    const parser = new Parser(
      {
        onopentag(name, attribs) {
          depth++;
          const val = attribs['w:val'];
          if (name === 'w:style') {
            style = {};
            if (attribs['w:type'] === 'paragraph') result.styles.set(attribs['w:styleId'] ?? '', style);
          } else if (style === null) return;
          else if (name === 'w:basedOn' && val !== undefined) style.basedOn = val;
          else if (name === 'w:numPr') inNumPr = true;
          else if (inNumPr && name === 'w:numId' && val !== undefined) style.numId = val;
          else if (inNumPr && name === 'w:ilvl') style.ilvl = int(val, 0);
        },
        onclosetag(name) {
          depth--;
          if (name === 'w:style') style = null;
          else if (name === 'w:numPr') inNumPr = false;
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
    parseBounded(parser, xml, () => depth);
    return result;
  }

  /** The list and level a paragraph of this style is numbered with, if its style (chain) has one. */
  numberingOf(styleId: string): { numId: string; ilvl?: number } | null {
    // basedOn chains are short; the bound stops a cycle.
    let ilvl: number | undefined;
    let id: string | undefined = styleId;
    for (let hops = 0; id !== undefined && hops < 16; hops++) {
      const style = this.styles.get(id);
      if (style === undefined) return null;
      ilvl ??= style.ilvl;
      if (style.numId !== undefined) return ilvl === undefined ? { numId: style.numId } : { numId: style.numId, ilvl };
      id = style.basedOn;
    }
    return null;
  }
}
