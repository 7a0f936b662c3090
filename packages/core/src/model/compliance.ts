import { z } from 'zod';
import { IsoDateSchema, LocationSchema } from './common.js';
import { FindingSchema } from './finding.js';
import { EntryStatusSchema } from './ledger.js';
import { RoleSchema } from './plan.js';

/**
 * Where an obligation stands at `asOf`, as supervision systems show it:
 * `done` (on time), `done_late`, `on_track`, `due_soon`, `overdue`, `ongoing` (a continuous task
 * being reported on), `missing` (the unit has no entry for it).
 *
 * @category Compliance model
 * @example
 * ```ts
 * ObligationStateSchema.parse('due_soon');
 * ```
 */
export const ObligationStateSchema = z.enum([
  'done',
  'done_late',
  'on_track',
  'due_soon',
  'overdue',
  'ongoing',
  'missing',
]);

/**
 * The `ObligationState` type, inferred from {@link ObligationStateSchema}.
 *
 * @category Compliance model
 * @example
 * ```ts
 * import { ObligationStateSchema, type ObligationState } from '@zwgk/core';
 * const value: ObligationState = ObligationStateSchema.parse(input);
 * ```
 */
export type ObligationState = z.infer<typeof ObligationStateSchema>;

/**
 * The traffic light of an obligation: `green` done or on track, `yellow` near its deadline, `red`
 * late or missing, `grey` nothing to judge yet (a continuous task without a deadline).
 *
 * @category Compliance model
 * @example
 * ```ts
 * TrafficLightSchema.parse('red');
 * ```
 */
export const TrafficLightSchema = z.enum(['green', 'yellow', 'red', 'grey']);

/**
 * The `TrafficLight` type, inferred from {@link TrafficLightSchema}.
 *
 * @category Compliance model
 * @example
 * ```ts
 * import { TrafficLightSchema, type TrafficLight } from '@zwgk/core';
 * const value: TrafficLight = TrafficLightSchema.parse(input);
 * ```
 */
export type TrafficLight = z.infer<typeof TrafficLightSchema>;

/**
 * One duty of one concrete unit: a (task, unit) pair with the unit's role, the resolved due date,
 * what its ledger says and where that is, the resulting state and light.
 *
 * @category Compliance model
 * @example
 * ```ts
 * ObligationSchema.parse({
 *   taskId: 't3', taskNumber: '3', sectionId: 's1', unit: '砀山县人民政府', role: 'responsible',
 *   via: '县区政府', due: '2024-07-31', entryStatus: 'in_progress', state: 'overdue', light: 'red',
 * });
 * ```
 */
export const ObligationSchema = z.object({
  taskId: z.string(),
  taskNumber: z.string(),
  sectionId: z.string().nullable(),
  unit: z.string(),
  role: RoleSchema,
  /** The group the obligation came through (`县区政府`), when the plan named a group. */
  via: z.string().optional(),
  due: IsoDateSchema.nullable(),
  entryStatus: EntryStatusSchema.nullable(),
  progress: z.number().min(0).max(100).optional(),
  completedOn: IsoDateSchema.optional(),
  state: ObligationStateSchema,
  light: TrafficLightSchema,
  location: LocationSchema.optional(),
});

/**
 * The `Obligation` type, inferred from {@link ObligationSchema}.
 *
 * @category Compliance model
 * @example
 * ```ts
 * import { ObligationSchema, type Obligation } from '@zwgk/core';
 * const value: Obligation = ObligationSchema.parse(input);
 * ```
 */
export type Obligation = z.infer<typeof ObligationSchema>;

/**
 * Counts for one unit, one section or the whole plan. `completionRate` is `done / obligations`
 * (0–1, done late included), 0 when there are no obligations.
 *
 * @category Compliance model
 * @example
 * ```ts
 * ScoreLineSchema.parse({
 *   key: '砀山县人民政府', label: '砀山县人民政府', obligations: 27, done: 10, doneLate: 1, onTrack: 9,
 *   dueSoon: 2, overdue: 3, ongoing: 1, missing: 2, completionRate: 0.4074,
 * });
 * ```
 */
export const ScoreLineSchema = z.object({
  key: z.string(),
  label: z.string(),
  obligations: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  doneLate: z.number().int().nonnegative(),
  onTrack: z.number().int().nonnegative(),
  dueSoon: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
  ongoing: z.number().int().nonnegative(),
  missing: z.number().int().nonnegative(),
  completionRate: z.number().min(0).max(1),
});

/**
 * The `ScoreLine` type, inferred from {@link ScoreLineSchema}.
 *
 * @category Compliance model
 * @example
 * ```ts
 * import { ScoreLineSchema, type ScoreLine } from '@zwgk/core';
 * const value: ScoreLine = ScoreLineSchema.parse(input);
 * ```
 */
export type ScoreLine = z.infer<typeof ScoreLineSchema>;

/**
 * The scorecard of a check: overall, per unit and per section.
 *
 * @category Compliance model
 * @example
 * ```ts
 * const empty = { key: 'all', label: '全部', obligations: 0, done: 0, doneLate: 0, onTrack: 0,
 *   dueSoon: 0, overdue: 0, ongoing: 0, missing: 0, completionRate: 0 };
 * ScorecardSchema.parse({ asOf: '2024-09-30', overall: empty, byUnit: [], bySection: [] });
 * ```
 */
export const ScorecardSchema = z.object({
  asOf: IsoDateSchema,
  overall: ScoreLineSchema,
  byUnit: z.array(ScoreLineSchema),
  bySection: z.array(ScoreLineSchema),
});

/**
 * The `Scorecard` type, inferred from {@link ScorecardSchema}.
 *
 * @category Compliance model
 * @example
 * ```ts
 * import { ScorecardSchema, type Scorecard } from '@zwgk/core';
 * const value: Scorecard = ScorecardSchema.parse(input);
 * ```
 */
export type Scorecard = z.infer<typeof ScorecardSchema>;

/**
 * What a compliance check returns: the findings (sorted stably), the scorecard and the
 * obligations it was computed from. `zwgk check --format json` prints `{findings, scorecard}`.
 *
 * @category Compliance model
 * @example
 * ```ts
 * const result: CheckResult = await check(plan, directory, ledgers, { asOf: '2024-09-30' });
 * result.findings.filter((f) => f.rule === 'overdue');
 * ```
 */
export const CheckResultSchema = z.object({
  asOf: IsoDateSchema,
  findings: z.array(FindingSchema),
  scorecard: ScorecardSchema,
  obligations: z.array(ObligationSchema),
});

/**
 * The `CheckResult` type, inferred from {@link CheckResultSchema}.
 *
 * @category Compliance model
 * @example
 * ```ts
 * import { CheckResultSchema, type CheckResult } from '@zwgk/core';
 * const value: CheckResult = CheckResultSchema.parse(input);
 * ```
 */
export type CheckResult = z.infer<typeof CheckResultSchema>;
