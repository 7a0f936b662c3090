import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { seedCheck } from '../test/fixtures/check-results.js';
import { formatRate, stateLook } from './labels.js';
import { buildReport } from './model.js';
import { renderXlsx } from './xlsx.js';

const hostile = "=cmd|' /C calc'!A0";

describe('renderXlsx', async () => {
  const { plan, result } = seedCheck({ extraUnit: hostile });
  const report = buildReport(plan, result);
  const bytes = await renderXlsx(report);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = (name: string) => {
    const s = book.getWorksheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };

  it('has the summary, matrix, tasks, units, overdue, due-soon and findings sheets', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '汇总',
      '单位×任务',
      '任务',
      '各单位',
      '逾期事项',
      '临近到期',
      '问题清单',
    ]);
  });

  it('writes the matrix with a status word on its colour in every assigned cell, frozen and filtered', () => {
    const m = sheet('单位×任务');
    expect(m.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(m.autoFilter).toBeTruthy();
    expect(m.getRow(1).getCell(3).value).toBe('任务1');
    let coloured = 0;
    report.matrix.units.forEach((_unit, u) => {
      const row = m.getRow(u + 2);
      report.matrix.cells[u]?.forEach((state, t) => {
        const cell = row.getCell(t + 3);
        if (state === null) {
          expect(cell.value).toBeNull();
          return;
        }
        const look = stateLook(state, 'zh');
        expect(cell.value).toBe(look.label);
        expect(cell.fill).toMatchObject({ type: 'pattern', fgColor: { argb: `FF${look.fill}` } });
        coloured++;
      });
    });
    expect(coloured).toBe(result.obligations.length);
  });

  it('writes a unit named like a formula as text with a leading apostrophe, and no formula anywhere', () => {
    const m = sheet('单位×任务');
    const names = m.getColumn(1).values;
    expect(names).toContain(`'${hostile}`);
    expect(names).not.toContain(hostile);
    book.eachSheet((s) =>
      s.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      ),
    );
    const files = unzipSync(bytes);
    for (const [name, data] of Object.entries(files))
      if (name.startsWith('xl/worksheets/')) expect(strFromU8(data)).not.toMatch(/<f[ >]/);
  });

  it('lists every finding and every overdue obligation in full', () => {
    expect(sheet('问题清单').rowCount).toBe(result.findings.length + 1);
    expect(sheet('逾期事项').rowCount).toBe(report.overdue.length + 1);
    expect(sheet('问题清单').autoFilter).toBeTruthy();
  });

  it('puts the key numbers on the summary sheet as the other formats print them', () => {
    const values = sheet('汇总').getColumn(2).values;
    expect(values).toContain(formatRate(report.summary.completionRate));
    expect(values).toContain(String(report.summary.overdue));
  });
});
