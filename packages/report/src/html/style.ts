import { OBLIGATION_STATES, stateLook } from '../labels.js';

// One stylesheet, inline: system fonts only (no web font), phone-friendly tables that scroll
// sideways, and a print layout on A4 with page breaks between chapters.
const BASE = `
:root{--ink:#1f2328;--muted:#59636e;--line:#d0d7de;--accent:#b22222;--bg:#fff}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f6f8fa;color:var(--ink);font:15px/1.6 "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,sans-serif}
main{max-width:1080px;margin:0 auto;padding:16px;background:var(--bg)}
header{border-bottom:3px solid var(--accent);margin-bottom:12px;padding-bottom:8px}
h1{font-size:1.5em;line-height:1.3;margin:.4em 0;color:var(--accent);text-align:center}
h2{font-size:1.2em;margin:1.4em 0 .5em;border-left:4px solid var(--accent);padding-left:8px}
h3{font-size:1.05em;margin:1.1em 0 .4em}
.meta{color:var(--muted);text-align:center;margin:0}
.lead{font-size:1.02em}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:8px;margin:12px 0}
.kpi{border:1px solid var(--line);border-radius:6px;padding:8px 10px;background:#fafbfc}
.kpi b{display:block;font-size:1.6em;line-height:1.2}
.kpi span{color:var(--muted);font-size:.9em}
.kpi.bad b{color:#b42318}.kpi.warn b{color:#9a6700}.kpi.good b{color:#1a7f37}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:8px 0 12px;border:1px solid var(--line);border-radius:4px}
table{border-collapse:collapse;width:100%;font-size:.92em}
.table-wrap.kv{display:inline-block;max-width:100%;min-width:min(100%,24em)}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
/* CJK text breaks between any two characters: keep names whole and let the box scroll instead. */
td{word-break:keep-all;overflow-wrap:break-word}
th{background:#eef1f4;white-space:nowrap;position:sticky;top:0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tbody tr:nth-child(even){background:#fafbfc}
.note{color:var(--muted);font-size:.9em}
figure{margin:8px 0 16px;overflow-x:auto;-webkit-overflow-scrolling:touch}
figcaption{color:var(--muted);font-size:.9em;margin-bottom:4px}
svg.chart{display:block;max-width:100%;height:auto;font-family:inherit}
/* On a phone charts keep a readable size and scroll sideways inside their figure. */
@media (max-width:600px){svg.chart{max-width:none;width:600px}}
svg .grid{stroke:#e1e4e8;stroke-width:1}
svg .row{stroke:#eef1f4;stroke-width:1}
svg .tick{font-size:11px;fill:#59636e}
svg .label{font-size:12px;fill:#1f2328}
svg .value{font-size:11px;fill:#1f2328}
svg .asof{stroke:#b42318;stroke-width:1.5;stroke-dasharray:4 3}
svg .asof-label{font-size:11px;fill:#b42318}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:6px 0;padding:0;list-style:none;font-size:.9em}
.legend li{display:flex;align-items:center;gap:4px}
.sw{display:inline-block;min-width:1.6em;text-align:center;border:1px solid #8c959f;border-radius:3px;font-size:.9em}
table.matrix{width:auto;font-size:.8em}
table.matrix th,table.matrix td{padding:2px 4px;border:1px solid #fff;text-align:center}
table.matrix th.unit,table.matrix td.unit{text-align:left;white-space:nowrap;position:sticky;left:0;background:#fff;z-index:1;max-width:14em;overflow:hidden;text-overflow:ellipsis}
table.matrix td.none{background:#fff;color:#c0c4c8}
table.matrix td.agg{min-width:4.2em;white-space:nowrap}
footer{margin-top:24px;color:var(--muted);font-size:.85em;border-top:1px solid var(--line);padding-top:8px}
@media (max-width:600px){body{font-size:14px}main{padding:10px}h1{font-size:1.25em}.kpi b{font-size:1.3em}}
@media print{
  @page{size:A4;margin:15mm 12mm}
  body{background:#fff;font-size:10.5pt}
  main{max-width:none;padding:0}
  h2{break-after:avoid;page-break-after:avoid}
  section.chapter{break-before:page;page-break-before:always}
  section.chapter:first-of-type{break-before:auto;page-break-before:auto}
  .table-wrap{overflow:visible;border:none}
  thead{display:table-header-group}
  tr,figure,.kpi{break-inside:avoid;page-break-inside:avoid}
  figure{overflow:visible}
  th{position:static}
  table.matrix th.unit,table.matrix td.unit{position:static}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

/** The report stylesheet, with one class per obligation state (`s-overdue` …) coloured as in the legend. */
export function reportCss(): string {
  const states = OBLIGATION_STATES.map((s) => `.s-${s}{background:#${stateLook(s, 'zh').fill}}`).join('\n');
  return `${BASE}${states}\n`;
}
