import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources through the `@zwgk/source`
// export condition, so tests need no build (except test/dist-*.test.ts, which checks the build).
const conditions = ['@zwgk/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    projects: [
      ...['core', 'ledger', 'report', 'catalogue', 'cli'].map((name) => ({
        extends: true as const,
        test: { name, root: `packages/${name}`, include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
      })),
      {
        extends: true as const,
        test: { name: 'e2e', root: '.', include: ['test/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
