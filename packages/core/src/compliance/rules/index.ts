import { definePlugin, type ZwgkPlugin } from '../../plugin.js';
import { completedLate } from './completed-late.js';
import { doneWithoutEvidence } from './done-without-evidence.js';
import { dueSoon } from './due-soon.js';
import { leadSilent } from './lead-silent.js';
import { ledgerMissing } from './ledger-missing.js';
import { overdue } from './overdue.js';
import { recurringMissed } from './recurring-missed.js';
import { staleProgress } from './stale-progress.js';
import { statusInconsistent } from './status-inconsistent.js';
import { taskUncovered } from './task-uncovered.js';
import { unknownTask } from './unknown-task.js';
import { unknownUnit } from './unknown-unit.js';

export { eventDates } from './recurring-missed.js';
export {
  completedLate,
  doneWithoutEvidence,
  dueSoon,
  leadSilent,
  ledgerMissing,
  overdue,
  recurringMissed,
  staleProgress,
  statusInconsistent,
  taskUncovered,
  unknownTask,
  unknownUnit,
};

/**
 * The built-in compliance rules, as a plugin written with the same {@link definePlugin} users get:
 * `ledger-missing`, `task-uncovered`, `overdue`, `due-soon`, `completed-late`,
 * `done-without-evidence`, `status-inconsistent`, `stale-progress`, `recurring-missed`,
 * `lead-silent`, `unknown-task`, `unknown-unit`. `checkCompliance` runs it first unless told not to.
 *
 * @category Compliance
 * @example
 * ```ts
 * import { builtinRules } from '@zwgk/core';
 *
 * builtinRules.rules.map((r) => r.id).includes('overdue'); // true
 * ```
 */
export const builtinRules: ZwgkPlugin = definePlugin({
  name: 'zwgk-builtin-rules',
  apiVersion: 1,
  rules: [
    ledgerMissing,
    taskUncovered,
    overdue,
    dueSoon,
    completedLate,
    doneWithoutEvidence,
    statusInconsistent,
    staleProgress,
    recurringMissed,
    leadSilent,
    unknownTask,
    unknownUnit,
  ],
});
