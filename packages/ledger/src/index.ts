export type { LedgerField } from './headers.js';
export { HEADER_ALIASES, matchHeader } from './headers.js';
