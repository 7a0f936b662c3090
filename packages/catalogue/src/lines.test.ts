import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JsonLine, jsonLinesFromChunks, validateCatalogueJsonLines } from './lines.js';

async function collect(chunks: Array<string | Uint8Array>, maxLineLength?: number): Promise<JsonLine[]> {
  const out: JsonLine[] = [];
  await jsonLinesFromChunks(chunks, (l) => out.push(l), maxLineLength === undefined ? {} : { maxLineLength });
  return out;
}

describe('jsonLinesFromChunks', () => {
  it('numbers lines, handles CRLF, a BOM and a last line without newline', async () => {
    expect(await collect(['\uFEFFa\r\nb\n', '\nc'])).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
      { line: 3, text: '' },
      { line: 4, text: 'c' },
    ]);
  });

  it('decodes UTF-8 split inside a character', async () => {
    const bytes = new TextEncoder().encode('政策文件\n解读\n');
    expect(await collect([bytes.slice(0, 2), bytes.slice(2, 7), bytes.slice(7)])).toEqual([
      { line: 1, text: '政策文件' },
      { line: 2, text: '解读' },
    ]);
  });

  it('reports a line over the limit once and goes on with the next', async () => {
    expect(await collect(['ab\n', 'x'.repeat(6), 'y'.repeat(6), 'z\nok\n'], 10)).toEqual([
      { line: 1, text: 'ab' },
      { line: 2, tooLong: 12 },
      { line: 3, text: 'ok' },
    ]);
    expect(await collect(['short\n', 'x'.repeat(11), '\n'], 10)).toEqual([
      { line: 1, text: 'short' },
      { line: 2, tooLong: 11 },
    ]);
  });

  it('gives the same lines however the input is cut (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: fc.constantFrom('a', '政', '\n', '\r', '{', '"'), maxLength: 20 }), {
          maxLength: 10,
        }),
        async (pieces) => {
          const whole = pieces.join('');
          const a = await collect([whole]);
          const b = await collect(pieces);
          expect(b).toEqual(a);
          expect(
            a
              .filter((l) => 'text' in l)
              .map((l) => ('text' in l ? l.text : ''))
              .join('\n')
              .replaceAll('\r', ''),
          ).toBe(
            whole
              .replace(/\r?\n$/, '')
              .replace(/\r(?=\n|$)/g, '')
              .replaceAll('\r', ''),
          );
        },
      ),
    );
  });
});

describe('validateCatalogueJsonLines', () => {
  it('validates JSON Lines text with line numbers and reports progress', async () => {
    const text = [
      '{"type":"column","id":"n","name":"工作动态","parent":null}',
      '{"type":"entry","id":1,"column":"n","title":"测试","publishedOn":"2024-12-30"}',
      'not json',
      `{"type":"entry","id":2,"column":"n","title":"${'长'.repeat(50)}"}`,
    ].join('\n');
    const progress: number[] = [];
    const report = await validateCatalogueJsonLines([text], {
      asOf: '2024-12-31',
      settings: { maxLineLength: 80 },
      onProgress: (n) => progress.push(n),
      progressEvery: 2,
    });
    const own = report.findings.filter((f) => f.rule !== 'required-column-missing');
    expect(own.map((f) => [f.rule, f.location?.row])).toEqual([
      ['placeholder-content', 2],
      ['invalid-record', 3],
      ['invalid-record', 4],
    ]);
    expect(own[2]?.messageEn).toContain('too long');
    expect(progress).toEqual([2, 4]);
  });
});
