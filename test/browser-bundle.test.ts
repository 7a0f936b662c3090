// @zwgk/core must run in a browser: bundling it for the browser must not pull in any Node builtin.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser } from './browser.js';

const root = join(import.meta.dirname, '..');

describe('@zwgk/core in the browser', () => {
  it('bundles with platform browser and imports no Node builtin', async () => {
    const { nodeImports, code } = await bundleForBrowser(join(root, 'packages/core/src/index.ts'));
    expect(nodeImports).toEqual([]);
    expect(code.length).toBeGreaterThan(1000);
  });
  it('would catch a Node builtin if one were imported', async () => {
    const { nodeImports } = await bundleForBrowser(join(root, 'packages/cli/src/io.ts'));
    expect(nodeImports.some((i) => i.startsWith('node:fs'))).toBe(true);
  });
});
