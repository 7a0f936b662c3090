import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { seedCheck } from '../../test/fixtures/check-results.js';
import { formatRate } from '../labels.js';
import { buildReport } from '../model.js';
import { renderDocx } from './index.js';

/** The runs of a WordprocessingML part as { fonts, size, text }. */
function runsOf(xml: string): { eastAsia: string | undefined; size: string | undefined; text: string }[] {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, body = '']) => ({
    eastAsia: /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(body)?.[1],
    size: /<w:sz w:val="(\d+)"/.exec(body)?.[1],
    text: [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

describe('renderDocx', async () => {
  const { plan, result } = seedCheck({ extraUnit: '<script>alert(1)</script>' });
  const report = buildReport(plan, result, { issuer: '宿州市政务公开办公室' });
  const files = unzipSync(await renderDocx(report));
  const document = strFromU8(files['word/document.xml']!);
  const runs = runsOf(document);

  it('sets up A4 with the GB/T 9704 margins in twips', () => {
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(document)?.[1] ?? '';
    expect(margin).toContain('w:top="2098"');
    expect(margin).toContain('w:bottom="1984"');
    expect(margin).toContain('w:left="1587"');
    expect(margin).toContain('w:right="1474"');
  });

  it('sets the title in 方正小标宋简体 二号 (w:sz 44)', () => {
    expect(runs[0]).toEqual({ eastAsia: '方正小标宋简体', size: '44', text: report.title });
  });

  it('sets body text in 仿宋_GB2312 三号 (w:sz 32)', () => {
    const body = runs.find((r) => r.text.startsWith('截至2024-07-22'));
    expect(body).toMatchObject({ eastAsia: '仿宋_GB2312', size: '32' });
  });

  it('sets 一、 headings in 黑体 and （一） headings in 楷体_GB2312', () => {
    expect(runs.find((r) => r.text === '一、总体情况')).toMatchObject({ eastAsia: '黑体', size: '32' });
    const second = runs.filter((r) => r.text.startsWith('（一）'));
    expect(second.length).toBeGreaterThan(0);
    expect(second.every((r) => r.eastAsia === '楷体_GB2312')).toBe(true);
  });

  it('repeats table header rows across pages', () => {
    const tables = document.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(5);
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(tables);
  });

  it('numbers pages — 1 — in 宋体 四号, odd pages right and even pages left', () => {
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers).toHaveLength(2);
    for (const name of footers) {
      const xml = strFromU8(files[name]!);
      expect(xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(xml).toContain('— </w:t>');
      expect(xml).toContain(' —</w:t>');
      expect(xml).toMatch(/w:eastAsia="宋体"/);
      expect(xml).toMatch(/<w:sz w:val="28"\/>/);
    }
    expect(strFromU8(files['word/settings.xml']!)).toContain('<w:evenAndOddHeaders');
  });

  it('carries the key numbers and escapes text from the input', () => {
    expect(document).toContain(formatRate(report.summary.completionRate));
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(document).not.toContain('<script>');
  });
});
