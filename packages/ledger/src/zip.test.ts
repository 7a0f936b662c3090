import { isZwgkError } from '@zwgk/core';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateEntry, readZipDirectory } from './zip.js';

const limits = { maxUncompressedBytes: 64 * 1024 * 1024, maxCompressionRatio: 200 };

// Rewrites the uncompressed size a zip declares for its first entry, in both headers.
function lieAboutSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
  }
  return out;
}

describe('readZipDirectory', () => {
  it('lists entries with their sizes without inflating them', () => {
    const zip = zipSync({ 'a.xml': new TextEncoder().encode('<a/>') });
    const entries = readZipDirectory(zip, 'a.xlsx', limits);
    expect(entries.get('a.xml')).toMatchObject({ size: 4, method: 8 });
  });
  it('refuses a part whose compression ratio is past the limit', () => {
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(() => readZipDirectory(zip, 'bomb.xlsx', limits)).toThrow(/zip bomb/);
  });
  it('refuses a workbook whose parts add up past the limit', () => {
    const zip = zipSync({ a: new Uint8Array(1000), b: new Uint8Array(1000) });
    expect(() => readZipDirectory(zip, 'big.xlsx', { maxUncompressedBytes: 1500, maxCompressionRatio: 1e9 })).toThrow(
      /more than 1500 bytes/,
    );
  });
  it('says a truncated or foreign file is not a workbook', () => {
    const zip = zipSync({ a: new Uint8Array(100) });
    expect(() => readZipDirectory(zip.subarray(0, 40), 'cut.xlsx', limits)).toThrow(/cut.xlsx/);
    expect(() => readZipDirectory(new Uint8Array(10), 'x.xlsx', limits)).toThrow(/not a valid/);
  });
});

describe('inflateEntry', () => {
  it('stops a part that expands past the size it declares (a disguised bomb)', () => {
    const zip = lieAboutSize(zipSync({ 'a.xml': new Uint8Array(8 * 1024 * 1024) }), 1000);
    const entry = readZipDirectory(zip, 'liar.xlsx', { ...limits, maxCompressionRatio: 1e9 }).get('a.xml');
    if (!entry) throw new Error('no entry');
    const error = (() => {
      try {
        inflateEntry(zip, entry, 'liar.xlsx', false);
      } catch (e) {
        return e;
      }
    })();
    expect(isZwgkError(error)).toBe(true);
    expect((error as Error).message).toMatch(/declared size/);
  });
  it('inflates an honest part to its bytes', () => {
    const data = new TextEncoder().encode('<sheetData/>'.repeat(100));
    const zip = zipSync({ 'a.xml': data });
    const entry = readZipDirectory(zip, 'ok.xlsx', limits).get('a.xml');
    if (!entry) throw new Error('no entry');
    expect(inflateEntry(zip, entry, 'ok.xlsx', true)).toEqual(data);
  });
});
