// Inline SVG charts for the HTML report: no script, no external resource, every text escaped.
import { escapeHtml } from '@zwgk/core';
import { formatRate, type ReportLocale } from '../labels.js';
import type { ReportData, ReportLine, ReportTimelinePoint } from '../model.js';

/** Up to this many units, the bar chart shows every unit; beyond, the lowest ones and a histogram. */
export const ALL_BARS_UP_TO = 40;
/** How many of the lowest units the bar chart shows when there are more than {@link ALL_BARS_UP_TO}. */
export const LOWEST_BARS = 30;

const BAR_H = 22;
const LABEL_W = 200;
const CHART_W = 720;

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function rateColour(rate: number): string {
  if (rate >= 0.8) return '#2e8b57';
  if (rate >= 0.5) return '#6aa84f';
  if (rate >= 0.3) return '#e0a526';
  return '#cc4125';
}

/** A horizontal bar chart of completion rate per unit (`lines` in the order given). */
export function unitBarChart(lines: readonly ReportLine[], caption: string, locale: ReportLocale): string {
  const plot = CHART_W - LABEL_W - 70;
  const height = lines.length * BAR_H + 30;
  const out: string[] = [
    `<svg class="chart" role="img" viewBox="0 0 ${CHART_W} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" aria-labelledby="bars-title">`,
    `<title id="bars-title">${escapeHtml(caption)}</title>`,
  ];
  // Grid lines at 0, 25, 50, 75, 100 %.
  for (const p of [0, 0.25, 0.5, 0.75, 1]) {
    const x = LABEL_W + p * plot;
    out.push(
      `<line x1="${x}" y1="0" x2="${x}" y2="${height - 20}" class="grid"/>`,
      `<text x="${x}" y="${height - 6}" class="tick" text-anchor="middle">${p * 100}%</text>`,
    );
  }
  lines.forEach((l, i) => {
    const y = i * BAR_H + 4;
    const w = Math.max(0, l.completionRate * plot);
    const rate = formatRate(l.completionRate);
    const label = locale === 'zh' ? `${l.label}：完成率${rate}` : `${l.label}: ${rate}`;
    out.push(
      `<g><title>${escapeHtml(label)}</title>`,
      `<text x="${LABEL_W - 6}" y="${y + 14}" text-anchor="end" class="label">${escapeHtml(cut(l.label, 14))}</text>`,
      `<rect x="${LABEL_W}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H - 6}" fill="${rateColour(l.completionRate)}" rx="2"/>`,
      `<text x="${(LABEL_W + w + 4).toFixed(1)}" y="${y + 14}" class="value">${rate}</text></g>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}

/** A histogram of units by completion rate in ten bands (0–10 %, …, 90–100 %). */
export function rateHistogram(lines: readonly ReportLine[], caption: string, locale: ReportLocale): string {
  const bins = new Array<number>(10).fill(0);
  for (const l of lines) bins[Math.min(9, Math.floor(l.completionRate * 10))]!++;
  const max = Math.max(1, ...bins);
  const w = 60;
  const h = 160;
  const out: string[] = [
    `<svg class="chart" role="img" viewBox="0 0 ${w * 10 + 40} ${h + 56}" width="100%" preserveAspectRatio="xMinYMin meet" aria-labelledby="hist-title">`,
    `<title id="hist-title">${escapeHtml(caption)}</title>`,
  ];
  bins.forEach((n, i) => {
    const bh = (n / max) * h;
    const x = 20 + i * w;
    const range = `${i * 10}–${i * 10 + 10}%`;
    out.push(
      `<g><title>${escapeHtml(locale === 'zh' ? `完成率${range}：${n}个单位` : `${range}: ${n} units`)}</title>`,
      `<rect x="${x + 4}" y="${(h - bh + 24).toFixed(1)}" width="${w - 8}" height="${bh.toFixed(1)}" fill="${rateColour(i / 10 + 0.05)}" rx="2"/>`,
      `<text x="${x + w / 2}" y="${(h - bh + 18).toFixed(1)}" text-anchor="middle" class="value">${n}</text>`,
      `<text x="${x + w / 2}" y="${h + 44}" text-anchor="middle" class="tick">${range}</text></g>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}

function dayOfYear(iso: string, year: number): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/**
 * The deadline timeline: one row per due date (task numbers and how their obligations stand), a
 * month axis over the plan year and a dashed line at asOf.
 */
export function timelineChart(report: ReportData, caption: string): string {
  const zh = report.locale === 'zh';
  const points: readonly ReportTimelinePoint[] = report.timeline;
  const year = report.plan.year;
  const days = dayOfYear(`${year + 1}-01-01`, year);
  const first = Math.min(0, ...points.map((p) => dayOfYear(p.due, year)), dayOfYear(report.asOf, year));
  const last = Math.max(days, ...points.map((p) => dayOfYear(p.due, year) + 1), dayOfYear(report.asOf, year) + 1);
  const left = 20;
  const plot = 440;
  const width = 900;
  const rowH = 26;
  const top = 34;
  const height = top + points.length * rowH + 16;
  const x = (iso: string) => left + ((dayOfYear(iso, year) - first) / (last - first)) * plot;
  const out: string[] = [
    `<svg class="chart" role="img" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" aria-labelledby="tl-title">`,
    `<title id="tl-title">${escapeHtml(caption)}</title>`,
  ];
  for (let m = 1; m <= 12; m++) {
    const iso = `${year}-${String(m).padStart(2, '0')}-01`;
    const mx = x(iso);
    out.push(
      `<line x1="${mx.toFixed(1)}" y1="${top - 8}" x2="${mx.toFixed(1)}" y2="${height - 10}" class="grid"/>`,
      `<text x="${(mx + 2).toFixed(1)}" y="${top - 12}" class="tick">${zh ? `${m}月` : m}</text>`,
    );
  }
  const ax = x(report.asOf);
  out.push(
    `<line x1="${ax.toFixed(1)}" y1="12" x2="${ax.toFixed(1)}" y2="${height - 4}" class="asof"/>`,
    `<text x="${(ax + 3).toFixed(1)}" y="10" class="asof-label">${escapeHtml(zh ? `统计截止 ${report.asOf}` : `as of ${report.asOf}`)}</text>`,
  );
  points.forEach((p, i) => {
    const y = top + i * rowH + 12;
    const px = x(p.due);
    const colour =
      p.overdue > 0 ? '#cc4125' : p.dueSoon > 0 ? '#e0a526' : p.done === p.obligations ? '#2e8b57' : '#3d85c6';
    const tasks = p.tasks.length > 8 ? `${p.tasks.slice(0, 8).join('、')}…` : p.tasks.join(zh ? '、' : ', ');
    const label = zh
      ? `${p.due} 任务${tasks}：${p.obligations}项，已完成${p.done}，已逾期${p.overdue}，临近到期${p.dueSoon}`
      : `${p.due} tasks ${tasks}: ${p.obligations}, done ${p.done}, overdue ${p.overdue}, due soon ${p.dueSoon}`;
    const short = zh
      ? `${p.due} · 任务${tasks} · 完成${p.done}/${p.obligations}${p.overdue > 0 ? ` · 逾期${p.overdue}` : ''}`
      : `${p.due} · ${tasks} · done ${p.done}/${p.obligations}${p.overdue > 0 ? ` · overdue ${p.overdue}` : ''}`;
    out.push(
      `<g><title>${escapeHtml(label)}</title>`,
      `<line x1="${left}" y1="${y}" x2="${(left + plot).toFixed(1)}" y2="${y}" class="row"/>`,
      `<circle cx="${px.toFixed(1)}" cy="${y}" r="7" fill="${colour}"/>`,
      `<text x="${left + plot + 20}" y="${y + 4}" class="label">${escapeHtml(short)}</text></g>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}
