export type {
  CheckSettings,
  LocatedEntry,
  ObligationContext,
  RuleContext,
  UnitLedgers,
} from './context.js';
export type { CheckOptions } from './engine.js';
export { checkCompliance, sortFindings } from './engine.js';
export {
  builtinRules,
  completedLate,
  doneWithoutEvidence,
  dueSoon,
  eventDates,
  leadSilent,
  ledgerMissing,
  overdue,
  recurringMissed,
  staleProgress,
  statusInconsistent,
  taskUncovered,
  unknownTask,
  unknownUnit,
} from './rules/index.js';
export { buildScorecard, scoreLine } from './scorecard.js';
export { taskNumberKey } from './task-number.js';
