import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

// Two entries: the browser-safe main entry and the Node adapter `@zwgk/catalogue/node`.
export default defineConfig(packageBuild({ index: 'src/index.ts', node: 'src/node.ts' }));
