import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDefaultIndexNumber } from './index-number.js';
import { readRecord } from './records.js';
import { createCatalogueValidator } from './validator.js';

describe('readRecord', () => {
  it('reads an entry with numeric ids, trimming text and dropping blanks', () => {
    const r = readRecord({
      type: 'entry',
      id: 7,
      column: ' c1 ',
      title: '标题',
      docNo: '  ',
      publisher: ' 某局 ',
      writtenOn: null,
    });
    expect(r.type).toBe('entry');
    if (r.type !== 'entry') return;
    expect(r.entry).toMatchObject({ id: '7', column: 'c1', title: '标题', docNo: undefined, publisher: '某局' });
    expect(r.problems).toEqual([]);
  });

  it('never throws, whatever the value (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = readRecord(value);
        expect(['site', 'column', 'entry', 'invalid']).toContain(r.type);
      }),
    );
    fc.assert(
      fc.property(
        fc.record({
          type: fc.constantFrom('entry', 'column', 'site', undefined),
          id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
          column: fc.oneof(fc.string(), fc.integer()),
          name: fc.anything(),
          title: fc.anything(),
          publishedOn: fc.anything(),
          interpretationOf: fc.anything(),
        }),
        (value) => {
          expect(() => readRecord(value)).not.toThrow();
        },
      ),
    );
  });
});

describe('CatalogueValidator.pushLine', () => {
  it('never throws on any line and keeps counting (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.json()), { maxLength: 30 }), (lines) => {
        const v = createCatalogueValidator({ asOf: '2024-12-31' });
        lines.forEach((text, i) => {
          v.pushLine(text, i + 1);
        });
        const report = v.finish();
        expect(report.stats.records).toBeLessThanOrEqual(lines.length);
      }),
      { numRuns: 200 },
    );
  });

  it('takes linear time in the number of lines', () => {
    const line = JSON.stringify({
      type: 'entry',
      id: 1,
      column: 'c',
      title: '关于印发某项工作方案的通知',
      publishedOn: '2024-06-01',
    });
    const time = (n: number) => {
      const v = createCatalogueValidator({ asOf: '2024-12-31' });
      const start = performance.now();
      for (let i = 0; i < n; i++) v.pushLine(line.replace('"id":1', `"id":${i}`), i + 1);
      v.finish();
      return performance.now() - start;
    };
    time(5_000);
    const small = Math.max(time(10_000), 1);
    const large = time(100_000);
    expect(large / small).toBeLessThan(40);
  });
});

describe('readRecord index-number shape', () => {
  it('gives the shape parseDefaultIndexNumber gives, whatever came before (property)', () => {
    const part = fc.constantFrom(
      '003187229',
      '11340000MB1234567X',
      '00318722',
      'ab',
      '/',
      '-',
      '2024',
      '202413',
      '0004',
      '7',
      '12345',
      '１',
      'X',
    );
    const indexNo = fc.array(part, { minLength: 1, maxLength: 8 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(indexNo, { maxLength: 20 }), (numbers) => {
        for (const n of numbers) {
          const read = readRecord({ type: 'entry', id: 1, column: 'c', title: 't', indexNo: n });
          if (read.type !== 'entry') throw new Error('not an entry');
          const { indexKey, indexShape } = read.entry;
          if (indexKey !== undefined) expect(indexShape).toBe(parseDefaultIndexNumber(indexKey));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
