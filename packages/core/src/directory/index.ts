export type { DirectoryIndex, UnitMatch } from './directory.js';
export { createDirectory, expandUnit } from './directory.js';
