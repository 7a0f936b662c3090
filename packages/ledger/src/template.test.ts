import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanSchema } from '@zwgk/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importLedger, readLedgerParts } from './import.js';
import { TEMPLATE_STATUS_WORDS, unitTasks, writeLedgerTemplate } from './template.js';

const plan = PlanSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../test/fixtures/suzhou-2024-plan.json'), 'utf8')),
);
const directory = {
  units: [
    { name: '砀山县人民政府', aliases: ['砀山县政府', '砀山县'], memberOf: ['县区政府'] },
    { name: '宿州市司法局', aliases: ['市司法局'], memberOf: ['市政府部门'] },
  ],
  groups: [],
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return ws;
}

describe('unitTasks', () => {
  it('gives a concrete unit the tasks of its groups through the directory', () => {
    const tasks = unitTasks({ plan, unit: '砀山县', directory });
    expect(tasks).toHaveLength(26);
    expect(tasks.some((t) => t.task.number === '12')).toBe(false);
    expect(tasks.find((t) => t.task.number === '1')).toMatchObject({ role: 'responsible', due: '2024-12-31' });
    expect(tasks.find((t) => t.task.number === '2')?.due).toBe('持续推进');
  });
  it('matches names after normalisation without a directory', () => {
    expect(unitTasks({ plan, unit: '市司法局' }).map((t) => t.task.number)).toEqual(['12']);
    expect(unitTasks({ plan, unit: '市政府办公室' }).find((t) => t.task.number === '6')?.role).toBe('lead');
  });
});

describe('writeLedgerTemplate', () => {
  it('round-trips: an untouched template imports as one not_started entry per task, nothing rejected', async () => {
    for (const unit of ['砀山县', '市司法局', '市政府办公室']) {
      const tasks = unitTasks({ plan, unit, directory });
      const bytes = await writeLedgerTemplate({ plan, unit, directory });
      const result = await readLedgerParts(bytes, { fileName: 't.xlsx', plan });
      const ledger = await importLedger(bytes, { fileName: 't.xlsx', plan });
      expect(ledger.rejected).toEqual([]);
      expect(ledger.entries.map((e) => e.taskNumber)).toEqual(tasks.map((t) => t.task.number));
      expect(ledger.entries.every((e) => e.status === 'not_started')).toBe(true);
      expect(result.parts[0]?.dataRows).toBe(tasks.length);
    }
  });
  it('names the unit as the directory does, so the import finds it', async () => {
    const ledger = await importLedger(await writeLedgerTemplate({ plan, unit: '砀山县', directory }), {
      fileName: 't.xlsx',
      plan,
    });
    expect(ledger.unit).toBe('砀山县人民政府');
    expect(ledger.entries.find((e) => e.taskNumber === '1')?.plannedBy).toBe('2024-12-31');
  });
  it('lays the sheet out for filling in and printing', async () => {
    const ws = await load(await writeLedgerTemplate({ plan, unit: '砀山县', directory }));
    expect(ws.getCell('A1').value).toBe('砀山县人民政府2024年政务公开重点工作任务台账');
    expect(String(ws.getCell('A2').value)).toContain('填报单位：砀山县人民政府');
    expect(String(ws.getCell('H2').value)).toContain('填报日期');
    expect(ws.getRow(3).values).toContain('完成状态');
    expect(ws.getCell('C4').value).toBe('负责落实');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    expect(ws.getColumn(2).width).toBeGreaterThan(30);
    const validation = ws.getCell('H4').dataValidation;
    expect(validation.type).toBe('list');
    expect(validation.formulae?.[0]).toBe(`"${TEMPLATE_STATUS_WORDS.join(',')}"`);
  });
  it('escapes text that a spreadsheet would run as a formula', async () => {
    const hostile = PlanSchema.parse({
      ...plan,
      tasks: [{ ...plan.tasks[0], text: '=HYPERLINK("http://evil","点我")', number: '1' }],
    });
    const ws = await load(await writeLedgerTemplate({ plan: hostile, unit: '县区政府' }));
    expect(ws.getCell('B4').value).toBe('\'=HYPERLINK("http://evil","点我")');
    expect(ws.getCell('B4').formula).toBeUndefined();
  });
});
