import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsv, detectCsvEncoding } from './csv.js';

describe('detectCsvEncoding', () => {
  it('follows a byte order mark', () => {
    expect(detectCsvEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x31]))).toEqual({ encoding: 'utf-8', bom: 3 });
    expect(detectCsvEncoding(new Uint8Array([0xff, 0xfe, 0x31, 0]))).toEqual({ encoding: 'utf-16le', bom: 2 });
    expect(detectCsvEncoding(new Uint8Array([0xfe, 0xff, 0, 0x31]))).toEqual({ encoding: 'utf-16be', bom: 2 });
  });
  it('tells GBK from UTF-8 without a mark', () => {
    expect(detectCsvEncoding(new TextEncoder().encode('序号,完成状态')).encoding).toBe('utf-8');
    // 序号 in GBK: D0 F2 BA C5.
    expect(detectCsvEncoding(new Uint8Array([0xd0, 0xf2, 0xba, 0xc5, 0x2c])).encoding).toBe('gb18030');
  });
  it('recognises UTF-16 LE without a mark by its zero bytes', () => {
    const text = 'a,b\r\n1,2\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
    expect(detectCsvEncoding(bytes).encoding).toBe('utf-16le');
  });
});

describe('decodeCsv', () => {
  it('decodes GBK text', () => {
    expect(decodeCsv(new Uint8Array([0xd0, 0xf2, 0xba, 0xc5])).text).toBe('序号');
  });
  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => typeof decodeCsv(bytes).text === 'string'));
  });
});
