// Test support: run a check on the seed plan with the small directory and pick findings.
import type { Finding } from '../../model/finding.js';
import type { Ledger } from '../../model/ledger.js';
import type { Plan } from '../../model/plan.js';
import { type CheckOptions, checkCompliance } from '../engine.js';
import { seedPlan, smallDirectory } from './seed.fixture.js';

/** Runs the check on the seed plan (or `plan`) with the small directory. */
export function check(ledgers: Ledger[], asOf: string, options: Partial<CheckOptions> & { plan?: Plan } = {}) {
  const { plan = seedPlan(), ...rest } = options;
  return checkCompliance(plan, smallDirectory(), ledgers, { asOf, ...rest });
}

/** The findings of one rule, optionally for one unit and task. */
export function findings(result: { findings: Finding[] }, rule: string, unit?: string, taskNumber?: string): Finding[] {
  return result.findings.filter(
    (f) =>
      f.rule === rule &&
      (unit === undefined || f.unit === unit) &&
      (taskNumber === undefined || f.taskNumber === taskNumber),
  );
}
