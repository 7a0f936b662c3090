import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures');
const seed = readFileSync(join(fixtures, 'plans/suzhou-2024-plan.txt'), 'utf8');
const input = (name: string) => new Uint8Array(readFileSync(join(fixtures, 'inputs', name)));

describe('decodeText', () => {
  it('reads plain UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode(seed))).toEqual({ text: seed, encoding: 'utf-8' });
  });

  it.each([
    ['suzhou-2024-plan.utf8-bom.txt', 'utf-8-bom'],
    ['suzhou-2024-plan.utf16le-bom.txt', 'utf-16le'],
    ['suzhou-2024-plan.utf16be-bom.txt', 'utf-16be'],
    ['suzhou-2024-plan.gb18030.txt', 'gb18030'],
  ] as const)('reads the seed saved as %s', (name, encoding) => {
    const decoded = decodeText(input(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(seed);
  });

  it('reads GBK bytes (a GB18030 subset) as GB18030', () => {
    // 「政务公开」 in GBK
    expect(decodeText(new Uint8Array([0xd5, 0xfe, 0xce, 0xf1, 0xb9, 0xab, 0xbf, 0xaa]))).toEqual({
      text: '政务公开',
      encoding: 'gb18030',
    });
  });

  it('tells UTF-16 without a byte-order mark by its zero bytes', () => {
    const text = 'Plan 2024: 持续推进 (county governments)';
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 * i] = c & 0xff;
      le[2 * i + 1] = c >> 8;
      be[2 * i] = c >> 8;
      be[2 * i + 1] = c & 0xff;
    }
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be' });
  });

  it('keeps a second byte-order mark as content and strips only the first', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41])).text).toBe('\ufeffA');
  });

  it('reads empty input as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('never throws, on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const { text } = decodeText(bytes);
        expect(typeof text).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('gives back any text saved as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        fc.pre(!text.includes('\0') && !text.startsWith('\ufeff'));
        expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
      }),
      { numRuns: 300 },
    );
  });

  it('decodes 8 MB of GB18030 text in well under a second', () => {
    const gb = input('suzhou-2024-plan.gb18030.txt');
    const big = new Uint8Array(gb.length * 700);
    for (let i = 0; i < 700; i++) big.set(gb, i * gb.length);
    const start = performance.now();
    const { encoding } = decodeText(big);
    expect(encoding).toBe('gb18030');
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
