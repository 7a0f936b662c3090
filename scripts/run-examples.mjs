#!/usr/bin/env node
// Runs every examples/*.ts (and the demo) the way the README tells users to, resolving the
// workspace packages to their sources; fails on the first example that exits non-zero.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'examples');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort();
let failed = 0;
for (const file of files) {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--conditions=@zwgk/source', '--import', 'tsx', join(dir, file)], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Date.now() - started;
  if (r.status === 0) {
    console.log(`ok   examples/${file} (${ms} ms)`);
  } else {
    failed++;
    console.log(`FAIL examples/${file} (exit ${r.status})\n${r.stdout}\n${r.stderr}`);
  }
}
console.log(`${files.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
