import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

// index.ts is the `zwgk` executable; lib.ts is the importable API.
export default defineConfig(packageBuild({ index: 'src/index.ts', lib: 'src/lib.ts' }));
