// The validator must run in a browser: bundle the main entry with esbuild for the browser (no Node
// builtin may come in), load it into headless Chromium on a page set with page.setContent (no
// server, no network), validate a small catalogue there and check the findings.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser, launchChromium } from '../../../test/browser.js';
import { makeSampleCatalogue, SAMPLE_AS_OF, sampleCatalogueJsonLines } from './fixtures/make-catalogue.js';

const bundle = () =>
  bundleForBrowser(join(import.meta.dirname, '../src/index.ts'), { format: 'iife', globalName: 'zwgkCatalogue' });

describe('@zwgk/catalogue in a browser', () => {
  it('bundles for the browser without Node builtins and validates a catalogue in headless Chromium', async () => {
    const { code, nodeImports } = await bundle();
    expect(nodeImports).toEqual([]);

    const { browser, close } = await launchChromium();
    try {
      const page = await browser.newPage();
      const consoleErrors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      page.on('request', (r) => {
        if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
      });
      await page.setContent(
        '<!doctype html><html><head><meta charset="utf-8"><title>zwgk</title></head><body></body></html>',
      );
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(
        async ({ catalogue, jsonl, asOf }) => {
          const lib = (globalThis as unknown as { zwgkCatalogue: typeof import('../src/index.js') }).zwgkCatalogue;
          const whole = await lib.validateCatalogue(catalogue, { asOf });
          // The JSON Lines path as a page would use it on a fetched body: chunks of UTF-8 bytes.
          const bytes = new TextEncoder().encode(jsonl);
          const chunks = [bytes.slice(0, 1000), bytes.slice(1000, 1001), bytes.slice(1001)];
          const streamed = await lib.validateCatalogueJsonLines(chunks, { asOf });
          return {
            rules: whole.findings.map((f) => `${f.rule}:${String(f.data?.entryId ?? '')}`),
            streamedRules: streamed.findings.map((f) => `${f.rule}:${String(f.data?.entryId ?? '')}`),
            streamedRow: streamed.findings.find((f) => f.data?.entryId === 'p4')?.location?.row,
            masked: whole.findings.filter((f) => f.rule === 'personal-data').map((f) => f.data?.masked),
            veto: whole.stats.veto.blankColumns.columns,
            userAgent: navigator.userAgent,
          };
        },
        { catalogue: makeSampleCatalogue(), jsonl: sampleCatalogueJsonLines(), asOf: SAMPLE_AS_OF },
      );
      expect(result.userAgent).toContain('Chrome');
      expect(result.rules).toContain('interpretation-missing:p2');
      expect(result.rules).toContain('late-publication:p10');
      expect(result.rules).toContain('required-column-missing:');
      expect(result.rules).toHaveLength(22);
      expect(result.streamedRules).toEqual(result.rules);
      expect(result.streamedRow).toBe(28);
      expect(result.masked).toEqual(['341321********0039', '139****5678']);
      expect(result.veto).toEqual(['法定主动公开内容 > 应急管理']);
      expect(consoleErrors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);
});
