// The four formats read one ReportData, so they must print the same numbers: the summary sentence,
// every key figure and every unit's line, checked in Markdown, HTML, the DOCX text and XLSX cells.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  formatRate,
  keyFiguresTable,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderXlsx,
  summarySentence,
  unitTable,
} from '../src/index.js';
import { seedCheck } from './fixtures/check-results.js';

describe('all formats say the same numbers', async () => {
  const { plan, result } = seedCheck();
  const report = buildReport(plan, result);
  const md = renderMarkdown(report);
  const html = renderHtml(report);
  const docxXml = strFromU8(unzipSync(await renderDocx(report))['word/document.xml']!);
  // The DOCX's visible text, one entry per paragraph.
  const docxParagraphs = [...docxXml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) =>
    [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  );
  const xlsx = await renderXlsx(report);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
  const cellRows = (sheet: string) => {
    const rows: unknown[][] = [];
    book.getWorksheet(sheet)?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    return rows;
  };

  it('prints the summary sentence word for word in Markdown, HTML and DOCX', () => {
    const sentence = summarySentence(report);
    expect(sentence).toContain(formatRate(report.summary.completionRate));
    expect(md).toContain(sentence);
    expect(html).toContain(sentence);
    expect(docxParagraphs).toContain(sentence);
  });

  it('prints every key figure in all four formats', () => {
    const summary = cellRows('汇总');
    for (const [label, value] of keyFiguresTable(report).rows) {
      expect(md).toContain(`| ${label} | ${value} |`);
      expect(html).toMatch(new RegExp(`<tr><td>${label}</td><td[^>]*>${value}</td></tr>`));
      const at = docxParagraphs.indexOf(label!);
      expect(at, label).toBeGreaterThanOrEqual(0);
      expect(docxParagraphs[at + 1]).toBe(value);
      expect(summary).toContainEqual([label, value]);
    }
  });

  it('prints every unit line with the same counts and rate in all four formats', () => {
    const units = cellRows('各单位').slice(1);
    for (const row of unitTable(report).rows) {
      const [rank, unit, obligations, done, , , , overdue, , rate] = row;
      expect(md).toContain(`| ${row.join(' | ')} |`);
      expect(html).toContain(`<tr>${row.map((c, i) => `<td${i === 1 ? '' : ' class="num"'}>${c}</td>`).join('')}</tr>`);
      const at = docxParagraphs.findIndex((p, i) => p === unit && docxParagraphs[i - 1] === rank);
      expect(docxParagraphs.slice(at - 1, at - 1 + row.length)).toEqual(row);
      const x = units.find((r) => r[1] === unit);
      expect([x?.[0], x?.[2], x?.[3], x?.[8]].map(String)).toEqual([rank, obligations, done, overdue]);
      expect(formatRate(Number(x?.[10]))).toBe(rate);
    }
  });
});
