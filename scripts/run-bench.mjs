#!/usr/bin/env node
// Runs bench/*.bench.ts (or the ones named on the command line) from source, one process each, so
// that one benchmark's memory does not skew the next. Each benchmark prints its own figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
// `--dist`: measure the built packages (run `pnpm build` first), as users get them; by default the
// sources are measured through tsx, whose transform adds a little to every function call.
const dist = process.argv.includes('--dist');
const wanted = process.argv.slice(2).filter((a) => a !== '--dist');
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n### bench/${file}${dist ? ' (built packages)' : ''}`);
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      ...(dist ? [] : ['--conditions=@zwgk/source']),
      '--import',
      'tsx',
      join('bench', file),
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
