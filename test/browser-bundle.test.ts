// @zwgk/core must run in a browser: bundling it for the browser must not pull in any Node builtin.
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

async function bundleForBrowser(entry: string) {
  const imported: string[] = [];
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    conditions: ['@zwgk/source'],
    plugins: [
      {
        name: 'forbid-node-builtins',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (builtins.has(args.path) || args.path.startsWith('node:')) {
              imported.push(`${args.path} (from ${args.importer})`);
              return { path: args.path, external: true };
            }
            return undefined;
          });
        },
      },
    ],
  });
  return { imported, code: result.outputFiles[0]?.text ?? '' };
}

describe('@zwgk/core in the browser', () => {
  it('bundles with platform browser and imports no Node builtin', async () => {
    const { imported, code } = await bundleForBrowser(join(root, 'packages/core/src/index.ts'));
    expect(imported).toEqual([]);
    expect(code.length).toBeGreaterThan(1000);
  });
  it('would catch a Node builtin if one were imported', async () => {
    const { imported } = await bundleForBrowser(join(root, 'packages/cli/src/io.ts'));
    expect(imported.some((i) => i.startsWith('node:fs'))).toBe(true);
  });
});
