import { describe, expect, it } from 'vitest';
import { formatNumber, Numbering, ParagraphStyles } from './numbering.js';

describe('formatNumber', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [27, 'chineseCountingThousand', '二十七'],
    [105, 'chineseCounting', '一百零五'],
    [110, 'chineseCounting', '一百一十'],
    [3, 'chineseLegalSimplified', '叁'],
    [12, 'chineseLegalSimplified', '拾贰'],
    [3, 'ideographTraditional', '丙'],
    [2024, 'ideographDigital', '二〇二四'],
    [3, 'decimalEnclosedCircle', '③'],
    [21, 'decimalEnclosedCircle', '21'],
    [12, 'decimalFullWidth', '１２'],
    [7, 'decimalZero', '07'],
    [28, 'lowerLetter', 'bb'],
    [14, 'upperRoman', 'XIV'],
    [9, 'decimal', '9'],
    [9, 'somethingNew', '9'],
  ])('writes %i in %s as %s', (n, format, text) => {
    expect(formatNumber(n, format)).toBe(text);
  });
});

const xml = `<?xml version="1.0"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3"/><w:isLgl/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

describe('Numbering', () => {
  it('counts list items per level, restarting the levels below a new item', () => {
    const numbering = Numbering.parse(xml);
    const shown = [
      [0, '一、'],
      [1, '（一）'],
      [1, '（二）'],
      [2, '1.1'],
      [0, '二、'],
      [1, '（一）'],
      [2, '2.1'],
      [2, '2.2'],
    ] as const;
    for (const [level, text] of shown) expect(numbering.next('1', level)).toBe(text);
  });

  it('applies a start override and keeps separate counters per list', () => {
    const numbering = Numbering.parse(xml);
    expect(numbering.next('2', 0)).toBe('三、');
    expect(numbering.next('1', 0)).toBe('一、');
    expect(numbering.next('2', 0)).toBe('四、');
  });

  it('gives no number for bullets, unknown lists and levels out of range', () => {
    const numbering = Numbering.parse(xml);
    expect(numbering.next('3', 0)).toBe('');
    expect(numbering.next('99', 0)).toBe('');
    expect(numbering.next('1', 12)).toBe('');
  });

  it('reads malformed numbering without throwing', () => {
    for (const text of ['', '<w:numbering>', '<w:lvl w:ilvl="x"><w:lvlText w:val="%9%1"/>', '<<<>>>']) {
      expect(Numbering.parse(text).next('1', 0)).toBe('');
    }
  });
});

describe('ParagraphStyles', () => {
  const styles = ParagraphStyles.parse(`<w:styles xmlns:w="w">
    <w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Mine"><w:basedOn w:val="H1"/></w:style>
    <w:style w:type="paragraph" w:styleId="LoopA"><w:basedOn w:val="LoopB"/></w:style>
    <w:style w:type="paragraph" w:styleId="LoopB"><w:basedOn w:val="LoopA"/></w:style>
    <w:style w:type="character" w:styleId="C"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>
  </w:styles>`);

  it('finds the list of a style, or of the style it is based on', () => {
    expect(styles.numberingOf('H1')).toEqual({ numId: '2', ilvl: 0 });
    expect(styles.numberingOf('Mine')).toEqual({ numId: '2', ilvl: 0 });
  });

  it('gives null for unknown, character and cyclic styles', () => {
    expect(styles.numberingOf('Nope')).toBeNull();
    expect(styles.numberingOf('C')).toBeNull();
    expect(styles.numberingOf('LoopA')).toBeNull();
  });
});
