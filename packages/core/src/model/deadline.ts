import { z } from 'zod';
import { IsoDateSchema } from './common.js';

/**
 * What a relative deadline or requirement counts from: the plan's issue date (印发后), its
 * publication, the receipt of a request, or the date a document was made.
 *
 * @category Model
 * @example
 * ```ts
 * RelativeFromSchema.parse('issued');
 * ```
 */
export const RelativeFromSchema = z.enum(['issued', 'published', 'received', 'made']);

/**
 * The `RelativeFrom` type, inferred from {@link RelativeFromSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { RelativeFromSchema, type RelativeFrom } from '@zwgk/core';
 * const value: RelativeFrom = RelativeFromSchema.parse(input);
 * ```
 */
export type RelativeFrom = z.infer<typeof RelativeFromSchema>;

/**
 * Whether relative days are calendar days (日) or working days (工作日).
 *
 * @category Model
 * @example
 * ```ts
 * DayKindSchema.parse('working');
 * ```
 */
export const DayKindSchema = z.enum(['calendar', 'working']);

/**
 * The `DayKind` type, inferred from {@link DayKindSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { DayKindSchema, type DayKind } from '@zwgk/core';
 * const value: DayKind = DayKindSchema.parse(input);
 * ```
 */
export type DayKind = z.infer<typeof DayKindSchema>;

/**
 * A task's deadline (完成时限), discriminated on `kind`; every kind keeps the `raw` text:
 *
 * - `date`: finish by `by` inclusive (`2024年12月底前` → `2024-12-31`);
 * - `continuous`: no end (`持续推进`, `长期坚持`, `常态化`);
 * - `relative`: `days` calendar or working days from an event (`印发后30日内`);
 * - `recurring`: every ISO-8601 period, optionally at least `min` times (`每半年`, `每年至少1次`);
 * - `none`: no deadline, or one that could not be read (a diagnostic says which).
 *
 * @category Model
 * @example
 * ```ts
 * DeadlineSchema.parse({ kind: 'date', by: '2024-12-31', raw: '2024年12月底前' });
 * DeadlineSchema.parse({ kind: 'relative', days: 30, dayKind: 'calendar', from: 'issued', raw: '印发后30日内' });
 * DeadlineSchema.parse({ kind: 'recurring', every: 'P6M', raw: '每半年' });
 * ```
 */
export const DeadlineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), by: IsoDateSchema, raw: z.string() }),
  z.object({ kind: z.literal('continuous'), raw: z.string() }),
  z.object({
    kind: z.literal('relative'),
    days: z.number().int().nonnegative(),
    dayKind: DayKindSchema,
    from: RelativeFromSchema,
    raw: z.string(),
  }),
  z.object({
    kind: z.literal('recurring'),
    every: z.string().regex(/^P(\d+[YMWD])+$/, 'ISO-8601 period such as P6M'),
    min: z.number().int().positive().optional(),
    raw: z.string(),
  }),
  z.object({ kind: z.literal('none'), raw: z.string() }),
]);

/**
 * The `Deadline` type, inferred from {@link DeadlineSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { DeadlineSchema, type Deadline } from '@zwgk/core';
 * const value: Deadline = DeadlineSchema.parse(input);
 * ```
 */
export type Deadline = z.infer<typeof DeadlineSchema>;

/**
 * The `kind` of a {@link Deadline}.
 *
 * @category Model
 * @example
 * ```ts
 * const kind: DeadlineKind = 'continuous';
 * ```
 */
export type DeadlineKind = Deadline['kind'];
