#!/usr/bin/env node
// A survey of the plan parser's time on 1 MB of real text: every `.txt` plan fixture repeated to
// 1 MB as it is and in copies a page may be (flattened to one line, lines repeated, punctuation
// removed, `\r` line ends, tabs, bars, line breaks at every comma), as an HTML page in three forms,
// and random mixes of corpus snippets. Prints the slowest inputs of each kind; the target is that no
// 1 MB input takes over a second (bench/plan.bench.ts holds the inputs this survey found).
//
// Run on the built package (`pnpm build` first): `node scripts/plan-survey.mjs [kind…]`, kinds as
// below; all kinds take about fifteen minutes on two cores.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan, parsePlanText } from '@zwgk/core';

const dir = join(import.meta.dirname, '..', 'packages', 'core', 'test', 'fixtures', 'plans');
const ONE_MB = 1_000_000;
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const toOneMb = (text) => text.repeat(Math.ceil(ONE_MB / Math.max(1, Buffer.byteLength(text))));
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// A fixed generator, so that every run reads the same inputs.
let seed = 20_241_126;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

/** @type {Record<string, (text: string) => string>} */
const TEXT_FORMS = {
  'as it is': (t) => toOneMb(t),
  'flattened, blanks for line breaks': (t) => toOneMb(t.replace(/\n/g, ' ')),
  'flattened, no line breaks': (t) => toOneMb(t.replace(/\n/g, '')),
  'each line 40 times': (t) =>
    toOneMb(
      t
        .split('\n')
        .map((l) => l.repeat(40))
        .join('\n'),
    ),
  'no punctuation': (t) => toOneMb(t.replace(/[，,、；;：:。.“”（）()《》|\-—]/g, '')),
  'CR line ends': (t) => toOneMb(t.replace(/\n/g, '\r')),
  'tabs for blanks and 、': (t) => toOneMb(t.replace(/[ ，、]/g, '\t')),
  'bars for 、，；': (t) => toOneMb(t.replace(/[，、；]/g, ' | ')),
  'line breaks at 、，；。': (t) => toOneMb(t.replace(/[，、；。]/g, '\n')),
};

/** @type {Record<string, (text: string) => string>} */
const HTML_FORMS = {
  'HTML paragraphs': (t) =>
    toOneMb(
      t
        .split('\n')
        .map((l) => `<p>${escapeHtml(l)}</p>`)
        .join(''),
    ),
  'HTML, one cell with <br>': (t) =>
    toOneMb(`<table><tr><td>序号</td><td>${t.split('\n').map(escapeHtml).join('<br>')}</td></tr></table>`),
  'HTML, a table of its words': (t) =>
    toOneMb(
      `<table>${t
        .split('\n')
        .map(
          (l) =>
            `<tr><td>${escapeHtml(l)
              .split(/[ 　|]+/)
              .join('</td><td>')}</td></tr>`,
        )
        .join('')}</table>`,
    ),
};

function mixes(count) {
  const all = fixtures.map((f) => f.text).join('\n');
  const separators = ['\n', ' ', '|', '、', '（', '）', '，', '。', '\t', '：', '', '', '', ''];
  const out = [];
  for (let n = 0; n < count; n++) {
    const pool = [];
    for (let i = 0, size = 2 + Math.floor(random() * 30); i < size; i++) {
      const at = Math.floor(random() * (all.length - 20));
      pool.push(all.slice(at, at + 1 + Math.floor(random() * 12)));
    }
    const seps = separators.filter(() => random() < 0.4);
    if (seps.length === 0) seps.push('\n');
    const parts = [];
    for (let size = 0; size < ONE_MB; ) {
      const part = `${pool[Math.floor(random() * pool.length)]}${seps[Math.floor(random() * seps.length)]}`;
      parts.push(part);
      size += Buffer.byteLength(part);
    }
    out.push({ name: `mix ${n + 1}: ${JSON.stringify(pool.slice(0, 4))}`, text: parts.join('') });
  }
  return out;
}

function time(read) {
  const start = performance.now();
  read();
  return performance.now() - start;
}

function report(kind, runs) {
  runs.sort((a, b) => b.ms - a.ms);
  console.log(`${kind}: slowest ${runs[0]?.ms.toFixed(0)} ms`);
  for (const run of runs.slice(0, 3)) console.log(`  ${run.ms.toFixed(0)} ms  ${run.name}`);
}

const wanted = process.argv.slice(2);
const selected = (kind) => wanted.length === 0 || wanted.some((w) => kind.includes(w));
for (const [kind, form] of Object.entries(TEXT_FORMS)) {
  if (!selected(kind)) continue;
  report(
    kind,
    fixtures.map((f) => {
      const text = form(f.text);
      return { name: f.name, ms: time(() => parsePlanText(text)) };
    }),
  );
}
for (const [kind, form] of Object.entries(HTML_FORMS)) {
  if (!selected(kind)) continue;
  report(
    kind,
    fixtures.map((f) => {
      const html = form(f.text);
      return { name: f.name, ms: time(() => parsePlan(html, { format: 'html' })) };
    }),
  );
}
if (selected('random mixes')) {
  report(
    'random mixes',
    mixes(200).map((m) => ({ name: m.name, ms: time(() => parsePlanText(m.text)) })),
  );
}
