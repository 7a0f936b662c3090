// The deadline area, for imports inside @zwgk/core; the public barrel is src/index.ts.
export { parseDeadline } from './parse-deadline.js';
export { recurringPeriods } from './recurring-periods.js';
export { resolveDeadline } from './resolve-deadline.js';
export type { DeadlineContext, DeadlineParse, DeadlinePattern, ResolveContext } from './types.js';
