import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReport, renderDocx, renderHtml, renderMarkdown, renderXlsx } from '../src/index.js';
import { checkResultFrom, seedPlan } from './fixtures/check-results.js';

describe('reports of a check with nothing in it', () => {
  const plan = seedPlan();
  const report = buildReport(plan, checkResultFrom(plan, [], [], '2024-07-22'));

  it('say 0 obligations and 0.0% in every format, with 无。 for the empty lists', async () => {
    expect(report.summary).toMatchObject({ obligations: 0, units: 0, completionRate: 0 });
    const md = renderMarkdown(report);
    expect(md).toContain('完成率0.0%');
    expect(md).toContain('无。');
    expect(renderHtml(report)).toContain('<b>0.0%</b>');
    const docx = strFromU8(unzipSync(await renderDocx(report))['word/document.xml']!);
    expect(docx).toContain('完成率0.0%');
    expect((await renderXlsx(report)).byteLength).toBeGreaterThan(1000);
  });
});

describe('a plan without sections', () => {
  it('still renders its matrix and tables', () => {
    const plan = { ...seedPlan(), sections: [] };
    plan.tasks = plan.tasks.map((t) => ({ ...t, sectionId: null }));
    const report = buildReport(plan, checkResultFrom(plan, [], [], '2024-07-22'));
    expect(report.sections).toEqual([]);
    expect(renderHtml(report)).toContain('单位 × 任务落实状态');
  });
});
