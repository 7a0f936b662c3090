// Shared by the browser tests: a browser bundle that refuses Node builtins, and headless Chromium
// from Debian (/usr/bin/chromium) started with the flags this machine needs (../shared/TOOLCHAIN.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium } from 'playwright-core';

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/**
 * Bundles an entry for the browser (workspace packages from source) and lists every Node builtin
 * it tried to import, each with the file that imported it.
 */
export async function bundleForBrowser(
  entry: string,
  options: { format?: 'esm' | 'iife'; globalName?: string } = {},
): Promise<{ code: string; nodeImports: string[] }> {
  const nodeImports: string[] = [];
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: options.format ?? 'esm',
    ...(options.globalName === undefined ? {} : { globalName: options.globalName }),
    write: false,
    logLevel: 'silent',
    conditions: ['@zwgk/source'],
    plugins: [
      {
        name: 'forbid-node-builtins',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (builtins.has(args.path) || args.path.startsWith('node:')) {
              nodeImports.push(`${args.path} (from ${args.importer})`);
              return { path: args.path, external: true };
            }
            return undefined;
          });
        },
      },
    ],
  });
  return { code: result.outputFiles[0]?.text ?? '', nodeImports };
}

/**
 * Starts headless Chromium with a fresh profile directory (playwright passes it as
 * --user-data-dir); `close` stops it and removes the profile.
 */
export async function launchChromium(): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'zwgk-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
