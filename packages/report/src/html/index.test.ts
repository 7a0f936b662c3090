import { describe, expect, it } from 'vitest';
import { seedCheck, syntheticCheck } from '../../test/fixtures/check-results.js';
import { formatRate, stateLook } from '../labels.js';
import { buildReport } from '../model.js';
import { renderHtml } from './index.js';

const evil = '<script>alert(1)</script>';

describe('renderHtml', () => {
  const { plan, result } = seedCheck({ extraUnit: evil });
  const report = buildReport(plan, result);
  const html = renderHtml(report);

  it('is one self-contained document: no script, no external URL, font, stylesheet or image', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).not.toMatch(/url\(|@import|@font-face|https?:\/\//i);
    expect(html).not.toMatch(/<(img|link|iframe|object|embed)\b/i);
  });

  it('shows a unit named <script> as text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is readable on a phone and printable on A4', () => {
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('@media print');
    expect(html).toContain('size:A4');
    expect(html).toContain('overflow-x:auto');
  });

  it('draws the bar chart and the timeline as inline SVG with the as-of marker', () => {
    expect(html.match(/<svg /g)?.length).toBe(2);
    expect(html).toContain('统计截止 2024-07-22');
    for (const unit of report.units) expect(html).toContain(`>${formatRate(unit.completionRate)}</text>`);
  });

  it('puts a symbol in every status cell of the heat map, with a legend', () => {
    const cells = html.match(/<td class="s-[a-z_]+" title="[^"]*">[^<]+<\/td>/g) ?? [];
    expect(cells).toHaveLength(result.obligations.length);
    const overdue = stateLook('overdue', 'zh');
    expect(html).toContain(`<span class="sw s-overdue">${overdue.symbol}</span>${overdue.label}`);
  });

  it('shows the key numbers', () => {
    expect(html).toContain(`<b>${formatRate(report.summary.completionRate)}</b>`);
    expect(html).toContain(`已逾期${report.summary.overdue}项`);
  });

  it('sums a large matrix by section and points to the XLSX report', () => {
    const big = syntheticCheck(100, 100);
    const text = renderHtml(buildReport(big.plan, big.result));
    expect(text).toContain('按部分汇总');
    expect(text.match(/<td class="agg s-/g)).toHaveLength(100 * 10);
    expect(text).toContain('完成率最低的30个单位（共100个）');
  });
});
