import { escapeHtml } from '@zwgk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedCheck } from '../test/fixtures/check-results.js';
import { renderHtml } from './html/index.js';
import { renderMarkdown } from './markdown.js';
import { buildReport } from './model.js';

// Names as hostile as input gets: markup, Markdown syntax, line breaks, quotes, any Unicode.
const hostileName = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        '|',
        '\\',
        '*',
        '_',
        '`',
        '[',
        ']',
        '\n',
        '\r',
        '<script>',
        '</td>',
        '-->',
      ),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''))
  .filter((name) => name.trim().length > 0);

describe('renderers escape whatever a unit is called', () => {
  const plain = (() => {
    const { plan, result } = seedCheck({ extraUnit: '新单位' });
    const report = buildReport(plan, result);
    return { html: renderHtml(report), md: renderMarkdown(report) };
  })();
  const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

  it('HTML keeps its structure and shows the name as text', () => {
    fc.assert(
      fc.property(hostileName, (name) => {
        const { plan, result } = seedCheck({ extraUnit: name });
        const html = renderHtml(buildReport(plan, result));
        expect(html).not.toMatch(/<script/i);
        expect(count(html, /<tr>/g)).toBe(count(plain.html, /<tr>/g));
        expect(count(html, /<td/g)).toBe(count(plain.html, /<td/g));
        expect(html).toContain(`>${escapeHtml(name)}</td>`);
      }),
      { numRuns: 40 },
    );
  });

  it('Markdown keeps every table row on one line with its cells', () => {
    fc.assert(
      fc.property(hostileName, (name) => {
        const { plan, result } = seedCheck({ extraUnit: name });
        const md = renderMarkdown(buildReport(plan, result));
        expect(md.split('\n').length).toBe(plain.md.split('\n').length);
        const cells = (line: string) => line.split(/(?<!\\)\|/).length;
        const rows = md.split('\n').filter((l) => l.startsWith('| '));
        const plainRows = plain.md.split('\n').filter((l) => l.startsWith('| '));
        expect(rows.map(cells)).toEqual(plainRows.map(cells));
        expect(md).not.toMatch(/<(?!br>)[a-z/!]/i);
      }),
      { numRuns: 40 },
    );
  });
});
