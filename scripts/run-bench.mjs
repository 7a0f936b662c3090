#!/usr/bin/env node
// Runs bench/*.bench.ts (or the ones named on the command line), one process each, so that one
// benchmark's memory does not skew the next. Each benchmark prints its own figures.
//
// By default the built packages are measured, as users get them: the packages are built first.
// `--source` measures the TypeScript sources through tsx instead (no build; tsx's transform keeps
// function names with a helper call in every closure, which costs 10–25% on the plan parser).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const source = process.argv.includes('--source');
const wanted = process.argv.slice(2).filter((a) => a !== '--source' && a !== '--dist');
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

if (!source) {
  // `pnpm bench` runs under pnpm, which names itself in npm_execpath; else pnpm from PATH.
  // (A JavaScript entry is run with this node; a native pnpm is run as it is.)
  const pnpm = process.env.npm_execpath;
  const quiet = { cwd: root, stdio: /** @type {const} */ (['ignore', 'ignore', 'inherit']) };
  const build = !pnpm
    ? spawnSync('pnpm', ['build'], { ...quiet, shell: true })
    : /\.[cm]?js$/u.test(pnpm)
      ? spawnSync(process.execPath, [pnpm, 'build'], quiet)
      : spawnSync(pnpm, ['build'], quiet);
  if (build.status !== 0) {
    console.error('bench: the packages did not build (`pnpm build`); run with --source to measure the sources');
    process.exit(2);
  }
}

let failed = 0;
for (const file of files) {
  console.log(`\n### bench/${file} (${source ? 'sources through tsx' : 'built packages'})`);
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      ...(source ? ['--conditions=@zwgk/source'] : []),
      '--import',
      'tsx',
      join('bench', file),
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
