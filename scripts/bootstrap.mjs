#!/usr/bin/env node
// One entry point for `npm run demo` / `npm test` on a fresh machine with only Node 20:
// it brings the pinned pnpm (from package.json "packageManager") into .tools/ when the one on
// PATH is missing or another version, installs the workspace from the lockfile when
// node_modules is missing or older than the lockfile, then runs the named script with pnpm.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/bootstrap.mjs <script> [args…]');
  process.exit(2);
}
const wanted = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.error) return { status: 127, error: r.error };
  return r;
}

function versionOf(cmd) {
  const r = spawnSync(cmd, ['--version'], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

let pnpm = 'pnpm';
if (versionOf('pnpm') !== wanted) {
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  if (versionOf(local) !== wanted) {
    console.error(`[zwgk] installing pnpm@${wanted} into .tools/`);
    const r = run('npm', [
      'install',
      '--prefix',
      join(root, '.tools'),
      '--no-save',
      '--no-audit',
      '--no-fund',
      `pnpm@${wanted}`,
    ]);
    if (r.status !== 0) {
      console.error(`[zwgk] could not install pnpm@${wanted} with npm (exit ${r.status})`);
      process.exit(r.status || 1);
    }
  }
  pnpm = local;
}

const marker = join(root, 'node_modules', '.modules.yaml');
const lock = join(root, 'pnpm-lock.yaml');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.error('[zwgk] installing dependencies (pnpm install --frozen-lockfile)');
  const r = run(pnpm, ['install', '--frozen-lockfile']);
  if (r.status !== 0) process.exit(r.status || 1);
}

// Later pnpm calls inside package scripts find this pnpm first on PATH.
const env = pnpm === 'pnpm' ? process.env : { ...process.env, PATH: `${dirname(pnpm)}:${process.env.PATH}` };
const r = run(pnpm, ['run', script, ...process.argv.slice(3)], { env });
process.exit(r.status ?? 1);
