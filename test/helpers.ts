// Shared helpers for the end-to-end tests under test/.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository root. */
export const root = join(import.meta.dirname, '..');

const bin = join(root, 'packages/cli/dist/index.js');

/** Runs the built `zwgk` executable as a user would, from the repository root. */
export function zwgk(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
