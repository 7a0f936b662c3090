import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isZwgkError } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { makeSampleCatalogue, SAMPLE_AS_OF, sampleCatalogueJsonLines } from '../test/fixtures/make-catalogue.js';
import { readJsonLinesFile, validateCatalogueFile } from './node.js';

const dir = mkdtempSync(join(tmpdir(), 'zwgk-catalogue-'));

describe('@zwgk/catalogue/node', () => {
  it('validates .json and .jsonl files to the same findings, with the file in locations', async () => {
    const json = join(dir, 'c.json');
    const jsonl = join(dir, 'c.jsonl');
    writeFileSync(json, JSON.stringify(makeSampleCatalogue()));
    writeFileSync(jsonl, sampleCatalogueJsonLines());
    const a = await validateCatalogueFile(json, { asOf: SAMPLE_AS_OF });
    const b = await validateCatalogueFile(jsonl, { asOf: SAMPLE_AS_OF });
    expect(b.findings.map((f) => f.rule)).toEqual(a.findings.map((f) => f.rule));
    expect(b.findings.find((f) => f.data?.entryId === 'p4')?.location).toEqual({ file: jsonl, row: 28 });
    expect(a.findings.find((f) => f.data?.entryId === 'p4')?.location).toEqual({ file: json, path: ['entries', 3] });
  });

  it('sniffs JSON Lines in a file without a known extension', async () => {
    const file = join(dir, 'catalogue.txt');
    writeFileSync(file, sampleCatalogueJsonLines());
    expect((await validateCatalogueFile(file, { asOf: SAMPLE_AS_OF })).stats.entries).toBe(34);
  });

  it('throws ZwgkError for a missing file and for a JSON file that is not JSON', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"site": ');
    for (const [file, code] of [
      [join(dir, 'missing.json'), 'not-found'],
      [bad, 'unsupported-format'],
    ] as const) {
      const error = await validateCatalogueFile(file, { asOf: SAMPLE_AS_OF }).catch((e: unknown) => e);
      expect(isZwgkError(error) && error.code).toBe(code);
    }
  });

  it('reads a file line by line', async () => {
    const file = join(dir, 'lines.jsonl');
    writeFileSync(file, 'a\nb\n');
    const lines: unknown[] = [];
    expect(await readJsonLinesFile(file, (l) => lines.push(l))).toBe(2);
    expect(lines).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
    ]);
  });
});
