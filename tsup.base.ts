import type { Options } from 'tsup';

/** Build settings shared by every package: ESM + CJS + declarations for both. */
export function packageBuild(entry: Record<string, string> = { index: 'src/index.ts' }): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    outDir: 'dist',
    splitting: false,
    treeshake: true,
  };
}
