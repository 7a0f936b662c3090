import { z } from 'zod';
import { IsoDateSchema } from './common.js';
import { DayKindSchema, RelativeFromSchema } from './deadline.js';

/**
 * A duty embedded in a task's text, beyond its deadline, discriminated on `kind`:
 *
 * - `relative`: something due some days after an event (`印发后30日内公开工作台账`);
 * - `recurring`: something every period, optionally at least `min` times (`每半年评估一次`,
 *   `年度内至少组织1次培训`);
 * - `threshold`: a numeric floor or ceiling (`分值权重不低于4%`);
 * - `note`: any other duty kept as text.
 *
 * `what` says what is required in the plan's own words.
 *
 * @category Model
 * @example
 * ```ts
 * RequirementSchema.parse({
 *   kind: 'relative', what: '公开工作台账', days: 30, dayKind: 'calendar', from: 'issued', raw: '印发后30日内',
 * });
 * RequirementSchema.parse({ kind: 'threshold', what: '分值权重', comparator: '>=', value: 4, unit: '%', raw: '不低于4%' });
 * ```
 */
export const RequirementSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('relative'),
    what: z.string(),
    days: z.number().int().nonnegative(),
    dayKind: DayKindSchema,
    from: RelativeFromSchema,
    raw: z.string(),
    /** The due date when it can be resolved (calendar days from a known issue date). */
    by: IsoDateSchema.optional(),
  }),
  z.object({
    kind: z.literal('recurring'),
    what: z.string(),
    every: z.string().regex(/^P(\d+[YMWD])+$/, 'ISO-8601 period such as P6M'),
    min: z.number().int().positive().optional(),
    raw: z.string(),
  }),
  z.object({
    kind: z.literal('threshold'),
    what: z.string(),
    comparator: z.enum(['>=', '<=', '>', '<', '=']),
    value: z.number(),
    unit: z.string(),
    raw: z.string(),
  }),
  z.object({ kind: z.literal('note'), what: z.string(), raw: z.string() }),
]);

/**
 * The `Requirement` type, inferred from {@link RequirementSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { RequirementSchema, type Requirement } from '@zwgk/core';
 * const value: Requirement = RequirementSchema.parse(input);
 * ```
 */
export type Requirement = z.infer<typeof RequirementSchema>;
