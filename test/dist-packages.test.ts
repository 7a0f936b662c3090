// Checks the build a user installs: every package's dist loads through `import` and `require`
// (run by `pnpm test`, which builds first).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const expectedExport: Record<string, string> = {
  core: 'jsonSchemaOf',
  ledger: 'matchHeader',
  report: 'formatFindingsMarkdown',
  catalogue: 'inferColumnKind',
  cli: 'runCli',
};

// A plain Node process without the @zwgk/source condition resolves packages exactly as a user's would.
function nodeEval(code: string, type: 'module' | 'commonjs'): string {
  return execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], {
    cwd: join(root, 'packages', 'cli'),
    encoding: 'utf8',
  }).trim();
}

describe.each(Object.entries(expectedExport))('built @zwgk/%s', (name, symbol) => {
  it('has been built', () => {
    expect(existsSync(join(root, 'packages', name, 'dist', name === 'cli' ? 'lib.js' : 'index.js'))).toBe(true);
  });
  it('loads with import', () => {
    const out = nodeEval(`const m = await import('@zwgk/${name}'); console.log(typeof m.${symbol});`, 'module');
    expect(out).toBe('function');
  });
  it('loads with require', () => {
    const out = nodeEval(`const m = require('@zwgk/${name}'); console.log(typeof m.${symbol});`, 'commonjs');
    expect(out).toBe('function');
  });
});
