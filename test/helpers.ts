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

/**
 * Runs the `zwgk` command from its TypeScript sources (no build needed), resolving workspace
 * packages through the `@zwgk/source` condition. Use it for command tests during development.
 */
export function zwgkFromSource(
  args: string[],
  input?: string,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ['--conditions=@zwgk/source', '--import', 'tsx', join(root, 'packages/cli/src/index.ts'), ...args],
    { cwd: root, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
