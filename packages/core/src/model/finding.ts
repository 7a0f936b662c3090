import { z } from 'zod';
import { LocationSchema, SeveritySchema } from './common.js';

/**
 * A compliance result: the stable `rule` id that produced it, its severity, the unit and task it
 * concerns, messages in zh-CN and English, and where the data came from.
 *
 * @category Model
 * @example
 * ```ts
 * FindingSchema.parse({
 *   rule: 'overdue', severity: 'error', unit: '砀山县人民政府', taskId: 't3', taskNumber: '3',
 *   message: '任务3已于2024-07-31到期，台账状态为“推进中”',
 *   messageEn: 'Task 3 was due on 2024-07-31; the ledger says in progress',
 *   location: { file: '砀山县台账.xlsx', sheet: 'Sheet1', row: 6 },
 * });
 * ```
 */
export const FindingSchema = z.object({
  rule: z.string().min(1),
  severity: SeveritySchema,
  unit: z.string().optional(),
  taskId: z.string().optional(),
  taskNumber: z.string().optional(),
  message: z.string(),
  messageEn: z.string(),
  location: LocationSchema.optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});

/**
 * The `Finding` type, inferred from {@link FindingSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { FindingSchema, type Finding } from '@zwgk/core';
 * const value: Finding = FindingSchema.parse(input);
 * ```
 */
export type Finding = z.infer<typeof FindingSchema>;
