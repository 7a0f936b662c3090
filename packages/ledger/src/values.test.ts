import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createStatusReader,
  excelSerialToIso,
  isoFromParts,
  parseLedgerDate,
  parseProgress,
  splitEvidence,
} from './values.js';

describe('parseLedgerDate', () => {
  it.each([
    ['2024-06-30', '2024-06-30'],
    ['2024.6.30', '2024-06-30'],
    ['2024/6/30', '2024-06-30'],
    ['2024年6月30日', '2024-06-30'],
    ['2024年6月30号', '2024-06-30'],
    ['２０２４年６月３０日', '2024-06-30'],
    ['20240630', '2024-06-30'],
    ['2024-06-30 17:45:00', '2024-06-30'],
    ['2024年6月', '2024-06-30'],
    ['2024年2月底', '2024-02-29'],
    ['45473', '2024-06-30'],
    ['已完成（2024.6.30）', '2024-06-30'],
    ['2024年6月30日上线', '2024-06-30'],
  ])('reads %s', (text, iso) => {
    expect(parseLedgerDate(text)).toBe(iso);
  });
  it('takes the year from the options for 6月30日', () => {
    expect(parseLedgerDate('6月30日', { year: 2024 })).toBe('2024-06-30');
    expect(parseLedgerDate('6月30日')).toBeUndefined();
  });
  it('reads serials in the 1900 and 1904 date systems', () => {
    expect(parseLedgerDate(45473)).toBe('2024-06-30');
    expect(parseLedgerDate(44011, { date1904: true })).toBe('2024-06-30');
    expect(parseLedgerDate(45473.75)).toBe('2024-06-30');
  });
  it('reads Date cells', () => {
    expect(parseLedgerDate(new Date(Date.UTC(2024, 5, 30)))).toBe('2024-06-30');
  });
  it('returns undefined for words and impossible days', () => {
    expect(parseLedgerDate('持续推进')).toBeUndefined();
    expect(parseLedgerDate('2023-02-29')).toBeUndefined();
    expect(parseLedgerDate('')).toBeUndefined();
  });
  it('never throws and returns an ISO date or undefined for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const out = parseLedgerDate(text, { year: 2024 });
        return out === undefined || /^\d{4}-\d{2}-\d{2}$/.test(out);
      }),
    );
  });
  it('runs in linear time on long hostile input', () => {
    const text = `${'2024年'.repeat(20_000)}x`;
    const started = performance.now();
    parseLedgerDate(text);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('excelSerialToIso', () => {
  it('counts Lotus\u2019 phantom 1900-02-29 only from serial 60 on', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
  });
  it('starts the 1904 system at 1904-01-01', () => {
    expect(excelSerialToIso(1, true)).toBe('1904-01-02');
  });
  it('refuses serials outside the calendar', () => {
    expect(excelSerialToIso(-1)).toBeUndefined();
    expect(excelSerialToIso(Number.NaN)).toBeUndefined();
    expect(excelSerialToIso(3e6)).toBeUndefined();
  });
});

describe('isoFromParts', () => {
  it('builds valid days and refuses others', () => {
    expect(isoFromParts(2024, 2, 29)).toBe('2024-02-29');
    expect(isoFromParts(2024, 13, 1)).toBeUndefined();
  });
});

describe('createStatusReader', () => {
  const read = createStatusReader();
  it.each([
    ['已完成', 'done'],
    ['完成', 'done'],
    ['推进中', 'in_progress'],
    ['正在推进', 'in_progress'],
    ['进行中', 'in_progress'],
    ['持续推进', 'ongoing'],
    ['常态化', 'ongoing'],
    ['长期', 'ongoing'],
    ['未启动', 'not_started'],
    ['未开始', 'not_started'],
    ['滞后', 'blocked'],
    ['受阻', 'blocked'],
    ['延期', 'blocked'],
    ['已完成。', 'done'],
    ['已於6月完成', 'done'],
  ])('maps %s', (word, status) => {
    expect(read(word)).toBe(status);
  });
  it('prefers the longest word, so 未完成 is not done', () => {
    expect(read('未完成')).toBe('in_progress');
  });
  it('returns undefined for words it does not know', () => {
    expect(read('看情况')).toBeUndefined();
    expect(read('')).toBeUndefined();
  });
  it('takes extra words, which override the built-in ones', () => {
    const custom = createStatusReader({ 已验收: 'done', 完成: 'in_progress' });
    expect(custom('已验收')).toBe('done');
    expect(custom('完成')).toBe('in_progress');
  });
  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => read(text) === undefined || typeof read(text) === 'string'),
    );
  });
});

describe('parseProgress', () => {
  it.each([
    ['80%', undefined, 80],
    ['80％', undefined, 80],
    ['0.8', undefined, 80],
    ['80', undefined, 80],
    ['完成进度80%', undefined, 80],
    ['', 0.5, 50],
    ['', 75, 75],
  ])('reads %s / %s', (text, numeric, value) => {
    expect(parseProgress(text, numeric)).toBe(value);
  });
  it('returns undefined for narrative text and impossible values', () => {
    expect(parseProgress('已在门户网站开设专栏')).toBeUndefined();
    expect(parseProgress('150%')).toBeUndefined();
  });
  it('never throws and stays within 0–100', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.option(fc.double(), { nil: undefined }), (text, n) => {
        const out = parseProgress(text, n);
        return out === undefined || (out >= 0 && out <= 100);
      }),
    );
  });
});

describe('splitEvidence', () => {
  it('splits on line breaks and semicolons and drops empties', () => {
    expect(splitEvidence('截图；\n链接;  文件\r\n')).toEqual(['截图', '链接', '文件']);
  });
  it('keeps a URL whole', () => {
    expect(splitEvidence('https://www.dangshan.gov.cn/a.html?x=1')).toEqual(['https://www.dangshan.gov.cn/a.html?x=1']);
  });
});
