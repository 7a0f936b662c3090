import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isZwgkError, LedgerSchema, PlanSchema, parsePlanText } from '@zwgk/core';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importLedgerFile, readLedgerFileParts } from './file.js';
import {
  detectLedgerFormat,
  foldLedgerParts,
  importLedger,
  importLedgers,
  readLedgerParts,
  unitFromFileName,
} from './import.js';

const fixtures = join(import.meta.dirname, '../test/fixtures');
const plan = PlanSchema.parse(JSON.parse(readFileSync(join(fixtures, 'suzhou-2024-plan.json'), 'utf8')));
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as Record<
  string,
  {
    format: string;
    unit?: string;
    publishedAt?: string;
    dataRows: number;
    entries: number;
    rejected: number;
    error?: string;
  }
>;
// Fixtures without a 填报单位 line or title get their unit from the caller, as with --unit.
const unitGiven: Record<string, string> = { 'malformed.csv': '测试单位', 'entries-array.json': '泗县人民政府' };
const readable = Object.entries(expected).filter(([, e]) => !e.error);

describe('importLedgerFile: nothing is lost', () => {
  it.each(readable)('%s: entries + rejected = data rows, as the fixture script wrote them', async (name, want) => {
    const file = join(fixtures, name);
    const unit = unitGiven[name];
    const result = await readLedgerFileParts(file, { plan, ...(unit ? { unit } : {}) });
    const dataRows = result.parts.reduce((n, p) => n + p.dataRows, 0);
    const ledger = foldLedgerParts(result, { plan, fileName: name, ...(unit ? { unit } : {}) });
    expect(result.format).toBe(want.format);
    expect(dataRows).toBe(want.dataRows);
    expect(ledger.entries.length + ledger.rejected.length).toBe(dataRows);
    expect(ledger.entries.length).toBe(want.entries);
    expect(ledger.rejected.length).toBe(want.rejected);
    for (const part of result.parts) expect(part.entries.length + part.rejected.length).toBe(part.dataRows);
    if (want.unit) expect(ledger.unit).toBe(want.unit);
    if (want.publishedAt) expect(ledger.publishedAt).toBe(want.publishedAt);
    expect(LedgerSchema.safeParse(ledger).success).toBe(true);
    for (const rejected of ledger.rejected) {
      expect(rejected.row).toBeGreaterThan(0);
      expect(rejected.reason).not.toBe('');
      expect(rejected.reasonEn).not.toBe('');
    }
  });
});

describe('importLedgerFile: a county ledger as units send it', () => {
  it('applies merged task cells to every row they span and skips section and footer rows', async () => {
    const result = await readLedgerFileParts(join(fixtures, 'dangshan-ledger.xlsx'), { plan });
    const part = result.parts[0];
    expect(part?.headerRow).toBe(3);
    expect(part?.skipped.map((s) => [s.row, s.reason])).toEqual([
      [4, 'section'],
      [10, 'section'],
      [18, 'footer'],
    ]);
    const rows = part?.entries.filter((e) => e.row >= 5 && e.row <= 7) ?? [];
    expect(rows.map((e) => e.taskNumber)).toEqual(['1', '1', '1']);
    expect(rows.map((e) => e.status)).toEqual(['done', 'in_progress', 'in_progress']);
    expect(rows.every((e) => e.taskText?.startsWith('聚焦经济发展'))).toBe(true);
  });
  it('reads every date form, progress, evidence and hyperlinks', async () => {
    const ledger = await importLedgerFile(join(fixtures, 'dangshan-ledger.xlsx'), { plan });
    const byRow = new Map(ledger.entries.map((e) => [e.row, e]));
    expect(byRow.get(5)).toMatchObject({
      completedOn: '2024-06-30',
      progress: 100,
      evidence: ['专栏截图', '专栏链接'],
    });
    expect(byRow.get(5)?.plannedBy).toBe('2024-12-31');
    expect(byRow.get(6)?.progress).toBe(60);
    expect(byRow.get(8)).toMatchObject({ taskNumber: '2', status: 'ongoing', completedOn: '2024-06-30' });
    expect(byRow.get(8)?.evidence).toEqual(['民生专栏', '社会救助公示']);
    expect(byRow.get(9)).toMatchObject({ taskNumber: '3', completedOn: '2024-07-20' });
    expect(byRow.get(11)).toMatchObject({ taskNumber: '4', status: 'ongoing', completedOn: '2024-06-30' });
    expect(byRow.get(12)).toMatchObject({ taskNumber: '5', status: 'done', completedOn: '2024-06-30' });
    expect(byRow.get(13)?.evidence).toEqual(['案例报送通知', 'https://www.dangshan.gov.cn/zcjd/123.html']);
    expect(byRow.get(13)?.completedOn).toBe('2024-06-30');
    expect(byRow.get(15)).toMatchObject({ taskNumber: '9', status: 'in_progress', progress: 50 });
    expect(byRow.get(15)?.matchConfidence).toBeGreaterThan(0.35);
  });
  it('reads formulas from their cached values, never evaluating them, and notes it', async () => {
    const ledger = await importLedgerFile(join(fixtures, 'dangshan-ledger.xlsx'), { plan });
    const entry = ledger.entries.find((e) => e.row === 14);
    expect(entry).toMatchObject({ taskNumber: '7', progress: 80, completedOn: '2024-06-28' });
    const notes = (ledger.diagnostics ?? []).filter((d) => d.code === 'formula-value');
    expect(notes.map((d) => d.location?.column).sort()).toEqual(['H', 'I']);
    expect(notes.every((d) => d.location?.row === 14 && d.message.includes('公式'))).toBe(true);
  });
  it('rejects an unreadable status with the file, sheet, row and column', async () => {
    const ledger = await importLedgerFile(join(fixtures, 'dangshan-ledger.xlsx'), { plan });
    expect(ledger.rejected).toEqual([
      expect.objectContaining({
        file: 'dangshan-ledger.xlsx',
        sheet: '台账',
        row: 16,
        column: 'G',
        code: 'status-unknown',
      }),
    ]);
  });
  it('matches the same tasks against the plan parsed from the seed text', async () => {
    const text = readFileSync(join(import.meta.dirname, '../../core/test/fixtures/plans/suzhou-2024-plan.txt'), 'utf8');
    const parsed = parsePlanText(text);
    const fromText = await importLedgerFile(join(fixtures, 'dangshan-ledger.xlsx'), { plan: parsed });
    const fromJson = await importLedgerFile(join(fixtures, 'dangshan-ledger.xlsx'), { plan });
    expect(fromText.entries.map((e) => e.taskNumber)).toEqual(fromJson.entries.map((e) => e.taskNumber));
  });
  it('lets the caller add status words and name the unit', async () => {
    const ledger = await importLedgerFile(join(fixtures, 'dangshan-ledger.xlsx'), {
      plan,
      unit: '砀山县政府',
      plugins: [{ statusWords: { 看情况: 'in_progress' } }],
    });
    expect(ledger.unit).toBe('砀山县政府');
    expect(ledger.rejected).toEqual([]);
    expect(ledger.entries).toHaveLength(11);
  });
});

describe('importLedgerFile: workbooks', () => {
  it('reads serials and date cells of a 1904 workbook', async () => {
    const ledger = await importLedgerFile(join(fixtures, 'xiaoxian-1904.xlsx'), { plan });
    expect(ledger.entries.map((e) => e.completedOn)).toEqual(['2024-06-30', '2024-06-30']);
    expect(ledger.unit).toBe('萧县');
  });
  it('reads one sheet per unit with importLedgers, skipping instructions and hidden sheets', async () => {
    const bytes = readFileSync(join(fixtures, 'per-unit-sheets.xlsx'));
    const ledgers = await importLedgers(bytes, { fileName: 'per-unit-sheets.xlsx', plan });
    expect(ledgers.map((l) => [l.unit, l.entries.length])).toEqual([
      ['市财政局', 2],
      ['市司法局', 2],
    ]);
    const one = await importLedger(bytes, { fileName: 'per-unit-sheets.xlsx', plan });
    expect(one.diagnostics?.some((d) => d.code === 'several-units')).toBe(true);
  });
  it('reads every sheet on every run, whatever order the zip stores its parts in (exceljs #3064)', async () => {
    const bytes = readFileSync(join(fixtures, 'per-unit-sheets.xlsx'));
    for (let i = 0; i < 15; i++) {
      const ledgers = await importLedgers(bytes, { fileName: 'per-unit-sheets.xlsx', plan });
      expect(ledgers.flatMap((l) => l.entries)).toHaveLength(4);
    }
  });
  it('reads a workbook written without shared strings by exceljs\u2019 streaming writer', async () => {
    const { PassThrough } = await import('node:stream');
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
    const ws = wb.addWorksheet('市财政局');
    ws.addRow(['序号', '工作措施', '完成状态', '完成时间']).commit();
    ws.addRow([13, '权责清单公开', '已完成', '2024年7月15日']).commit();
    ws.commit();
    await wb.commit();
    const ledger = await importLedger(new Uint8Array(Buffer.concat(chunks)), { fileName: 'inline.xlsx', plan });
    expect(ledger.unit).toBe('市财政局');
    expect(ledger.entries).toEqual([
      expect.objectContaining({ taskNumber: '13', status: 'done', completedOn: '2024-07-15' }),
    ]);
  });
  it('reads a header found below many title rows but not past the search window', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    for (let i = 0; i < 20; i++) ws.addRow([`说明第${i + 1}行`]);
    ws.addRow(['序号', '完成状态']);
    ws.addRow(['1', '已完成']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(importLedger(bytes, { fileName: 'late.xlsx', unit: 'x' })).rejects.toThrow(/no ledger header/);
  });
});

describe('importLedgerFile: CSV', () => {
  it.each(['yongqiao-gbk.csv', 'yongqiao-utf8-bom.csv', 'yongqiao-utf16le.csv', 'yongqiao-utf16be.csv'])(
    'reads %s the same way',
    async (name) => {
      const ledger = await importLedgerFile(join(fixtures, name), { plan });
      expect(ledger.entries.map((e) => [e.taskNumber, e.status])).toEqual([
        ['1', 'done'],
        ['2', 'ongoing'],
        ['3', 'blocked'],
        ['4', 'not_started'],
      ]);
      expect(ledger.entries[1]?.measures).toBe('民生信息公开\n社会救助公示');
      expect(ledger.entries[0]?.evidence).toEqual(['专栏截图', '专栏链接']);
      expect(ledger.rejected[0]).toMatchObject({ row: 9, column: 'D', code: 'status-unknown' });
    },
  );
  it('turns a record csv-parse cannot read into a rejected row', async () => {
    const ledger = await importLedgerFile(join(fixtures, 'malformed.csv'), { plan, unit: '测试单位' });
    expect(ledger.rejected).toEqual([expect.objectContaining({ code: 'csv-malformed', row: 5 })]);
    expect(ledger.entries.map((e) => e.taskNumber)).toEqual(['1', '2', '3']);
  });
  it('never throws on arbitrary bytes other than a clear ZwgkError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        try {
          const ledger = await importLedger(bytes, { fileName: 'x.csv', unit: 'x' });
          return ledger.entries.length + ledger.rejected.length >= 0;
        } catch (error) {
          return isZwgkError(error);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('keeps every row of arbitrary CSV under a header', async () => {
    const cell = fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n",]/g, ''));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 30 }), async (rows) => {
        const text = ['序号,重点任务,完成状态', ...rows.map((r) => r.join(','))].map((line) => `${line}\n`).join('');
        const result = await readLedgerParts(new TextEncoder().encode(text), { fileName: 'x.csv', unit: 'x' });
        const part = result.parts[0];
        if (!part) return false;
        return (
          part.entries.length + part.rejected.length === part.dataRows &&
          part.dataRows + part.skipped.length === rows.length
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('importLedgerFile: JSON', () => {
  it('reads a Ledger, mapping status words and plan numbers written another way', async () => {
    const ledger = await importLedgerFile(join(fixtures, 'lingbi-ledger.json'), { plan });
    expect(ledger.entries.map((e) => [e.taskNumber, e.status])).toEqual([
      ['1', 'done'],
      ['2', 'ongoing'],
    ]);
    expect(ledger.rejected.map((r) => [r.row, r.code, r.column])).toEqual([
      [3, 'status-unknown', 'status'],
      [4, 'entry-invalid', 'progress'],
    ]);
  });
  it('reads an array of entries with the unit from the options and matches text to tasks', async () => {
    const ledger = await importLedgerFile(join(fixtures, 'entries-array.json'), { plan, unit: '泗县人民政府' });
    expect(ledger.unit).toBe('泗县人民政府');
    expect(ledger.entries.map((e) => e.taskNumber)).toEqual(['27', '12']);
    expect(ledger.entries[1]?.matchConfidence).toBeGreaterThan(0.35);
  });
  it('asks for a unit when the JSON names none', async () => {
    await expect(importLedgerFile(join(fixtures, 'entries-array.json'), { plan })).rejects.toThrow(/--unit/);
  });
  it('says so when the file is not JSON', async () => {
    const bytes = new TextEncoder().encode('{"unit": ');
    await expect(importLedger(bytes, { fileName: 'x.json' })).rejects.toThrow(/not valid JSON/);
  });
});

describe('importLedgerFile: files to refuse', () => {
  it.each(Object.entries(expected).filter(([, e]) => e.error))('%s ends with a clear error', async (name, want) => {
    const error = await importLedgerFile(join(fixtures, name), { plan, unit: 'x' }).catch((e: unknown) => e);
    expect(isZwgkError(error)).toBe(true);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).toContain(want.error as string);
  });
  it('refuses files above the size limit before reading them', async () => {
    const error = await importLedgerFile(join(fixtures, 'dangshan-ledger.xlsx'), {
      limits: { maxFileBytes: 100 },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'input-too-large' });
  });
  it('names a missing file', async () => {
    await expect(importLedgerFile(join(fixtures, 'nope.xlsx'))).rejects.toThrow(/no such file/);
  });
});

describe('detectLedgerFormat', () => {
  it('tells formats by content first, then by name', () => {
    expect(detectLedgerFormat(new Uint8Array([0x50, 0x4b, 3, 4]), 'a.csv')).toBe('xlsx');
    expect(detectLedgerFormat(new TextEncoder().encode(' [ ]'), 'a.txt')).toBe('csv');
    expect(detectLedgerFormat(new TextEncoder().encode(' [ ]'), 'a')).toBe('json');
    expect(detectLedgerFormat(new TextEncoder().encode('序号,完成状态'), 'a')).toBe('csv');
  });
});

describe('unitFromFileName', () => {
  it.each([
    ['ledgers/砀山县台账.xlsx', '砀山县'],
    ['02-萧县2024年政务公开重点工作任务台账（6月）.csv', '萧县'],
    ['市司法局_工作台账.xlsx', '市司法局'],
    ['市数据资源局.xlsx', '市数据资源局'],
    ['2024年6月 埇桥区人民政府 台账.xlsx', '埇桥区人民政府'],
  ])('reads %s as %s', (file, unit) => {
    expect(unitFromFileName(file)).toBe(unit);
  });
  it.each(['台账.xlsx', 'ledger.csv', '新建 Microsoft Excel 工作表.xlsx', 'entries-array.json'])(
    'finds no unit in %s',
    (file) => {
      expect(unitFromFileName(file)).toBeUndefined();
    },
  );
  it('names the unit of a ledger without 填报单位 or title after its file, with a warning', async () => {
    const csv = new TextEncoder().encode(
      '序号,工作措施,完成状态,完成时间,佐证材料\n1,开设专栏,已完成,2024-06-30,http://x\n',
    );
    const ledger = await importLedger(csv, { fileName: '砀山县台账.csv', plan });
    expect(ledger.unit).toBe('砀山县');
    expect(ledger.entries).toHaveLength(1);
    expect(ledger.diagnostics?.map((d) => d.code)).toContain('unit-from-file-name');
  });
});
