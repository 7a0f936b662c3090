export { inferColumnKind } from './column-kind.js';
