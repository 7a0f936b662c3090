import { z } from 'zod';
import { DiagnosticSchema, IsoDateSchema, LocationSchema } from './common.js';

/**
 * The state a unit reports for a task: `not_started` (未启动), `in_progress` (推进中), `done`
 * (已完成), `ongoing` (持续推进 / 常态化) or `blocked` (滞后 / 受阻).
 *
 * @category Model
 * @example
 * ```ts
 * EntryStatusSchema.parse('done');
 * ```
 */
export const EntryStatusSchema = z.enum(['not_started', 'in_progress', 'done', 'ongoing', 'blocked']);

/**
 * The `EntryStatus` type, inferred from {@link EntryStatusSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { EntryStatusSchema, type EntryStatus } from '@zwgk/core';
 * const value: EntryStatus = EntryStatusSchema.parse(input);
 * ```
 */
export type EntryStatus = z.infer<typeof EntryStatusSchema>;

/**
 * One row of a work ledger: the plan task it reports on (`taskNumber` as printed in the plan, or
 * null when it matched none), the unit's measures, status, progress 0–100, completion date,
 * evidence and the `row` it came from (1-based, as the spreadsheet numbers it).
 *
 * @category Model
 * @example
 * ```ts
 * LedgerEntrySchema.parse({
 *   taskNumber: '1', measures: '开设专栏发布政策解读', status: 'done', completedOn: '2024-06-30',
 *   evidence: ['https://www.dangshan.gov.cn/zcjd/123.html'], row: 5,
 * });
 * ```
 */
export const LedgerEntrySchema = z.object({
  taskNumber: z.string().nullable(),
  measures: z.string().default(''),
  owner: z.string().optional(),
  plannedBy: IsoDateSchema.optional(),
  status: EntryStatusSchema,
  progress: z.number().min(0).max(100).optional(),
  completedOn: IsoDateSchema.optional(),
  updatedOn: IsoDateSchema.optional(),
  evidence: z.array(z.string()).default([]),
  notes: z.string().optional(),
  row: z.number().int().positive(),
  taskText: z.string().optional(),
  matchConfidence: z.number().min(0).max(1).optional(),
  location: LocationSchema.optional(),
});

/**
 * The `LedgerEntry` type, inferred from {@link LedgerEntrySchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { LedgerEntrySchema, type LedgerEntry } from '@zwgk/core';
 * const value: LedgerEntry = LedgerEntrySchema.parse(input);
 * ```
 */
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

/**
 * A data row that could not become an entry, with where it is and why, so that accepted plus
 * rejected rows always add up to the rows read.
 *
 * @category Model
 * @example
 * ```ts
 * RejectedRowSchema.parse({
 *   file: '台账.xlsx', sheet: 'Sheet1', row: 9, column: 'H', code: 'status-unknown',
 *   reason: '无法识别的完成状态：“看情况”', reasonEn: 'Unrecognised status: "看情况"',
 * });
 * ```
 */
export const RejectedRowSchema = z.object({
  file: z.string().optional(),
  sheet: z.string().optional(),
  row: z.number().int().positive(),
  column: z.string().optional(),
  code: z.string().min(1),
  reason: z.string(),
  reasonEn: z.string(),
  values: z.array(z.string()).optional(),
});

/**
 * The `RejectedRow` type, inferred from {@link RejectedRowSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { RejectedRowSchema, type RejectedRow } from '@zwgk/core';
 * const value: RejectedRow = RejectedRowSchema.parse(input);
 * ```
 */
export type RejectedRow = z.infer<typeof RejectedRowSchema>;

/**
 * A unit's work ledger (工作台账): who it belongs to, when it was published, where it was read
 * from, its entries and the rows rejected on import.
 *
 * @category Model
 * @example
 * ```ts
 * LedgerSchema.parse({
 *   unit: '砀山县人民政府', publishedAt: '2024-06-15', source: { file: '砀山县台账.xlsx', format: 'xlsx' },
 *   entries: [], rejected: [],
 * });
 * ```
 */
export const LedgerSchema = z.object({
  unit: z.string().min(1),
  publishedAt: IsoDateSchema.optional(),
  source: z
    .object({
      file: z.string().optional(),
      sheet: z.string().optional(),
      format: z.enum(['xlsx', 'csv', 'json']).optional(),
    })
    .default({}),
  entries: z.array(LedgerEntrySchema),
  rejected: z.array(RejectedRowSchema).default([]),
  /** Notes on the import that did not reject a row: values read from formulas, dates not understood. */
  diagnostics: z.array(DiagnosticSchema).optional(),
});

/**
 * The `Ledger` type, inferred from {@link LedgerSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { LedgerSchema, type Ledger } from '@zwgk/core';
 * const value: Ledger = LedgerSchema.parse(input);
 * ```
 */
export type Ledger = z.infer<typeof LedgerSchema>;
