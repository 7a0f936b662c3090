// Opens the HTML report in headless Chromium as a reader would: no console errors, no network
// request, the key numbers visible, screenshots on a desktop and a phone kept in test-artifacts/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../test/browser.js';
import { buildReport, formatRate, renderHtml } from '../src/index.js';
import { seedCheck } from './fixtures/check-results.js';

const artifacts = join(import.meta.dirname, '../../../test-artifacts');
const evil = '<script>alert(1)</script>';

describe('HTML report in headless Chromium', () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;
  const { plan, result } = seedCheck({ extraUnit: evil });
  const report = buildReport(plan, result, { issuer: '宿州市政务公开办公室' });
  const html = renderHtml(report);

  beforeAll(async () => {
    ({ browser, close } = await launchChromium());
    mkdirSync(artifacts, { recursive: true });
  }, 30_000);

  afterAll(async () => {
    await close?.();
  });

  for (const [name, viewport] of [
    ['report.png', { width: 1280, height: 900 }],
    ['report-phone.png', { width: 390, height: 844 }],
  ] as const) {
    it(`renders with no console error and no request (${viewport.width}×${viewport.height})`, async () => {
      const page = await browser.newPage();
      await page.setViewportSize(viewport);
      const errors: string[] = [];
      const requests: string[] = [];
      const dialogs: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.route('**/*', async (route) => {
        requests.push(route.request().url());
        await route.abort();
      });
      await page.setContent(html, { waitUntil: 'load' });
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(text).toContain(formatRate(report.summary.completionRate));
      expect(text).toContain(`已逾期${report.summary.overdue}项`);
      expect(text).toContain(evil);
      // The page never scrolls sideways as a whole: wide tables scroll inside their box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(artifacts, name), fullPage: false });
      await page.close();
    }, 30_000);
  }

  it('would notice a request: the detector itself works (control)', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    await page.route('**/*', async (route) => {
      requests.push(route.request().url());
      await route.abort();
    });
    await page.setContent(html.replace('</main>', '<img src="https://example.invalid/x.png" alt=""></main>'));
    await page.waitForTimeout(200);
    expect(requests).toEqual(['https://example.invalid/x.png']);
    await page.close();
  }, 30_000);

  it('prints to A4 pages', async () => {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');
    // A4 is 595×842 points.
    expect(new TextDecoder('latin1').decode(pdf)).toMatch(/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    await page.close();
  }, 30_000);
});
