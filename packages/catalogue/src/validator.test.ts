import { isZwgkError } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { makeSampleCatalogue, SAMPLE_AS_OF, sampleCatalogueJsonLines } from '../test/fixtures/make-catalogue.js';
import { BASE_COLUMNS, policyEntry } from '../test/helpers.js';
import type { CatalogueRule } from './model.js';
import { createCatalogueValidator, validateCatalogue, validateCatalogueSync } from './validator.js';

const SEEDED: Array<[string, string | undefined]> = [
  ['required-column-missing', undefined],
  ['stale-column', undefined],
  ['depth-exceeded', undefined],
  ['blank-column', undefined],
  ['stale-column', undefined],
  ['interpretation-missing', 'p2'],
  ['index-number-invalid', 'p4'],
  ['index-number-duplicate', 'p5'],
  ['index-number-invalid', 'p6'],
  ['date-order', 'p7'],
  ['date-order', 'p8'],
  ['date-order', 'p9'],
  ['late-publication', 'p10'],
  ['metadata-missing', 'p11'],
  ['validity-inconsistent', 'p12'],
  ['validity-inconsistent', 'p13'],
  ['interpretation-late', 'i3'],
  ['personal-data', 's5'],
  ['personal-data', 's5'],
  ['placeholder-content', 'd2'],
  ['placeholder-content', 'd3'],
  ['placeholder-content', 'n1'],
];

describe('validateCatalogue', () => {
  it('finds every seeded fault of the sample catalogue and nothing else, in input order', async () => {
    const report = await validateCatalogue(makeSampleCatalogue(), { asOf: SAMPLE_AS_OF });
    expect(report.findings.map((f) => [f.rule, f.data?.entryId])).toEqual(SEEDED);
    expect(report.stats).toMatchObject({ columns: 23, entries: 34, invalidRecords: 0, site: '某县人民政府' });
    expect(report.stats.findings).toEqual({ error: 8, warning: 14, info: 0, total: 22 });
    expect(report.stats.byRule['personal-data']).toEqual({ error: 2, warning: 0, info: 0, total: 2, dropped: 0 });
    expect(report.stats.veto.blankColumns).toEqual({
      vetoed: false,
      count: 1,
      threshold: 5,
      columns: ['法定主动公开内容 > 应急管理'],
    });
  });

  it('gives the same findings for JSON Lines records as for the JSON form', async () => {
    const records = sampleCatalogueJsonLines()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    async function* stream() {
      for (const r of records) yield r;
    }
    const fromStream = await validateCatalogue(stream(), { asOf: SAMPLE_AS_OF });
    const fromJson = validateCatalogueSync(makeSampleCatalogue(), { asOf: SAMPLE_AS_OF });
    const key = (f: { rule: string; data?: Record<string, unknown>; message: string }) => [
      f.rule,
      f.data?.entryId,
      f.message,
    ];
    expect(fromStream.findings.map(key)).toEqual(fromJson.findings.map(key));
  });

  it('carries the column path, entry id, title, URL and JSON path in entry findings', () => {
    const report = validateCatalogueSync(makeSampleCatalogue(), { asOf: SAMPLE_AS_OF });
    const f = report.findings.find((x) => x.rule === 'interpretation-missing');
    expect(f?.data).toMatchObject({
      columnPath: '法定主动公开内容 > 政策文件 > 行政规范性文件',
      entryId: 'p2',
      title: '某县人民政府关于印发某县城市管理办法的通知',
      url: 'https://www.example.gov.cn/zcwj/p2.html',
    });
    expect(f?.location).toEqual({ path: ['entries', 1] });
  });

  it('throws ZwgkError for a bad asOf or an unknown profile', () => {
    for (const options of [{ asOf: '2024/12/31' }, { asOf: '2024-12-31', profile: 'atlantis' }]) {
      let error: unknown;
      try {
        createCatalogueValidator(options);
      } catch (e) {
        error = e;
      }
      expect(isZwgkError(error)).toBe(true);
    }
  });
});

describe('single veto: columns long not updated', () => {
  // 11 dynamic columns under one group, each with one entry published on `dates[i]`, plus a static
  // column (not expected to update) and a blank column (counted as blank, not as not updated).
  function catalogue(dates: string[]): Array<Record<string, unknown>> {
    const records: Array<Record<string, unknown>> = [
      { type: 'column', id: 'root', name: '法定主动公开内容', parent: null, kind: 'group' },
      { type: 'column', id: 'org', name: '机构职能', parent: 'root', kind: 'static' },
      { type: 'column', id: 'empty', name: '应急管理', parent: 'root', kind: 'dynamic' },
      { type: 'entry', id: 'o1', column: 'org', title: '机构职能', publishedOn: '2020-01-01' },
    ];
    dates.forEach((publishedOn, i) => {
      records.push({ type: 'column', id: `c${i}`, name: `动态${i}`, parent: 'root', kind: 'dynamic' });
      records.push({ type: 'entry', id: `e${i}`, column: `c${i}`, title: `工作动态第${i}期`, publishedOn });
    });
    return records;
  }

  it('vetoes at 10 columns not updated for more than 12 months, and names them', () => {
    const old = Array.from({ length: 10 }, () => '2023-12-30');
    const report = validateCatalogueSync(catalogue([...old, '2023-12-31']), { asOf: '2024-12-31' });
    const verdict = report.stats.veto.longNotUpdatedColumns;
    // 2023-12-31 is exactly 12 months before asOf: not long not updated; the static column never counts.
    expect(verdict).toMatchObject({ vetoed: true, count: 10, threshold: 10 });
    expect(verdict.columns).toEqual(Array.from({ length: 10 }, (_, i) => `法定主动公开内容 > 动态${i}`));
  });

  it('does not veto at 9 such columns', () => {
    const dates = [...Array.from({ length: 9 }, () => '2023-06-01'), '2024-01-01', '2024-12-30'];
    const verdict = validateCatalogueSync(catalogue(dates), { asOf: '2024-12-31' }).stats.veto.longNotUpdatedColumns;
    expect(verdict).toMatchObject({ vetoed: false, count: 9, threshold: 10 });
  });

  it('takes the period, the kinds and the threshold from settings', () => {
    const dates = Array.from({ length: 3 }, () => '2024-05-01');
    const settings = { longNotUpdatedAfter: { months: 6 }, vetoLongNotUpdatedColumns: 3 };
    const verdict = validateCatalogueSync(catalogue(dates), { asOf: '2024-12-31', settings }).stats.veto
      .longNotUpdatedColumns;
    expect(verdict).toMatchObject({ vetoed: true, count: 3, threshold: 3 });
    const withStatic = validateCatalogueSync(catalogue([]), {
      asOf: '2024-12-31',
      settings: { longNotUpdatedKinds: ['static'] },
    }).stats.veto.longNotUpdatedColumns;
    expect(withStatic).toMatchObject({ count: 1, columns: ['法定主动公开内容 > 机构职能'] });
  });
});

describe('createCatalogueValidator', () => {
  it('reports bad lines with their line numbers and keeps going', () => {
    const v = createCatalogueValidator({ asOf: '2024-12-31', file: 'c.jsonl' });
    for (const [i, c] of BASE_COLUMNS.entries()) v.pushLine(JSON.stringify(c), i + 1);
    v.pushLine('{"type":"entry", "id": 1,', 7);
    v.pushLine('[1,2]', 8);
    v.pushLine('{"type":"widget"}', 9);
    v.pushLine('   ', 10);
    v.pushLine(JSON.stringify(policyEntry({ title: '测试' })), 11);
    const report = v.finish();
    const invalid = report.findings.filter((f) => f.rule === 'invalid-record');
    expect(invalid.map((f) => f.location)).toEqual([
      { file: 'c.jsonl', row: 7 },
      { file: 'c.jsonl', row: 8 },
      { file: 'c.jsonl', row: 9 },
    ]);
    expect(report.stats.invalidRecords).toBe(3);
    expect(report.findings.find((f) => f.rule === 'placeholder-content')?.location).toEqual({
      file: 'c.jsonl',
      row: 11,
    });
  });

  it('infers a missing type from the fields and says so', () => {
    const report = validateCatalogueSync(
      [
        { name: '某县人民政府' },
        { id: 'n', name: '工作动态', parent: null },
        { id: 'e1', column: 'n', title: '测试', publishedOn: '2024-12-30' },
        { foo: 1 },
      ],
      { asOf: '2024-12-31' },
    );
    expect(report.stats).toMatchObject({ site: '某县人民政府', columns: 1, entries: 1, invalidRecords: 1 });
    expect(report.findings.some((f) => f.rule === 'placeholder-content')).toBe(true);
    expect(report.diagnostics.map((d) => d.code)).toContain('record-type-inferred');
  });

  it('reports entries of an unknown column, a missing parent and a loop of parents', () => {
    const report = validateCatalogueSync(
      [
        { type: 'column', id: 'a', name: '甲', parent: 'b' },
        { type: 'column', id: 'b', name: '乙', parent: 'a' },
        { type: 'column', id: 'c', name: '丙', parent: 'zz' },
        policyEntry({ column: 'nowhere' }),
        policyEntry({ column: 'nowhere' }),
      ],
      { asOf: '2024-12-31' },
    );
    const messages = report.findings.filter((f) => f.rule === 'invalid-record').map((f) => f.messageEn);
    expect(messages).toEqual([
      'The parents of column "甲" form a loop',
      'The parents of column "乙" form a loop',
      'The parent "zz" of column "丙" is not in the catalogue',
      '2 entries point to a column "nowhere" that is not in the catalogue',
    ]);
  });

  it('ignores fields of the wrong type with a warning, and normalises numeric ids', () => {
    const report = validateCatalogueSync(
      [{ type: 'column', id: 7, name: '政策文件', parent: null }, policyEntry({ column: 7, docNo: { x: 1 } })],
      { asOf: '2024-12-31' },
    );
    const bad = report.findings.filter((f) => f.rule === 'invalid-record');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ severity: 'warning', data: { fields: ['docNo'] } });
    expect(report.findings.find((f) => f.rule === 'metadata-missing')?.data?.columnId).toBe('7');
  });

  it('counts findings beyond maxFindingsPerRule without keeping them', () => {
    const entries = Array.from({ length: 30 }, () => policyEntry({ title: '测试' }));
    const report = validateCatalogueSync([...BASE_COLUMNS, ...entries], {
      asOf: '2024-12-31',
      settings: { maxFindingsPerRule: 10 },
    });
    expect(report.findings.filter((f) => f.rule === 'placeholder-content')).toHaveLength(10);
    expect(report.stats.byRule['placeholder-content']).toMatchObject({ total: 30, dropped: 20 });
  });

  it('turns rules off or changes their severity through settings', () => {
    const records = [...BASE_COLUMNS, policyEntry({ title: '测试' })];
    const off = validateCatalogueSync(records, {
      asOf: '2024-12-31',
      settings: { severity: { 'placeholder-content': 'off' } },
    });
    expect(off.findings.some((f) => f.rule === 'placeholder-content')).toBe(false);
    const err = validateCatalogueSync(records, {
      asOf: '2024-12-31',
      settings: { severity: { 'placeholder-content': 'error' } },
    });
    expect(err.findings.find((f) => f.rule === 'placeholder-content')?.severity).toBe('error');
  });

  it('runs extra rules written with the public rule API', () => {
    const longTitle: CatalogueRule = {
      id: 'title-too-long',
      severity: 'info',
      description: '标题过长',
      descriptionEn: 'Title too long',
      create: (ctx) => ({
        entry: (e) => {
          if (e.title.length > 20) ctx.report({ entry: e, message: '标题过长', messageEn: 'Title too long' });
        },
      }),
    };
    const report = validateCatalogueSync([...BASE_COLUMNS, policyEntry()], { asOf: '2024-12-31', rules: [longTitle] });
    expect(report.findings.filter((f) => f.rule === 'title-too-long')).toHaveLength(1);
  });

  it('notes the weekends-only fallback for dates outside the calendar', () => {
    const report = validateCatalogueSync(
      [...BASE_COLUMNS, policyEntry({ writtenOn: '2019-03-01', publishedOn: '2019-04-30', indexNo: undefined })],
      { asOf: '2024-12-31' },
    );
    expect(report.diagnostics.find((d) => d.code === 'calendar-fallback')?.messageEn).toContain('2019');
  });

  it('refuses push after finish', () => {
    const v = createCatalogueValidator({ asOf: '2024-12-31' });
    v.finish();
    expect(() => v.push({})).toThrow(/after finish/);
  });
});
