import { z } from 'zod';

/**
 * An ISO calendar date `YYYY-MM-DD`, the only date form zwgk puts in JSON.
 *
 * @category Model
 * @example
 * ```ts
 * IsoDateSchema.parse('2024-12-31'); // '2024-12-31'
 * IsoDateSchema.safeParse('2024/12/31').success; // false
 * ```
 */
export const IsoDateSchema = z.iso.date().describe('ISO date YYYY-MM-DD');

/** An ISO date string, see {@link IsoDateSchema}. @category Model */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * How serious a diagnostic or finding is. `error` makes `zwgk check` exit 1.
 *
 * @category Model
 * @example
 * ```ts
 * SeveritySchema.options; // ['error', 'warning', 'info']
 * ```
 */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/**
 * The `Severity` type, inferred from {@link SeveritySchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { SeveritySchema, type Severity } from '@zwgk/core';
 * const value: Severity = SeveritySchema.parse(input);
 * ```
 */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A span of the input text: UTF-16 offsets `[start, end)` and the 1-based line and column of `start`.
 *
 * @category Model
 * @example
 * ```ts
 * SpanSchema.parse({ start: 0, end: 4, line: 1, column: 1 });
 * ```
 */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
});

/**
 * The `Span` type, inferred from {@link SpanSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { SpanSchema, type Span } from '@zwgk/core';
 * const value: Span = SpanSchema.parse(input);
 * ```
 */
export type Span = z.infer<typeof SpanSchema>;

/**
 * Where a piece of data came from: a text `span`, a table cell (`file`, `sheet`, 1-based `row`,
 * `column` as a letter or header), or a JSON `path`. Every field is optional; give what is known.
 *
 * @category Model
 * @example
 * ```ts
 * LocationSchema.parse({ file: '砀山县台账.xlsx', sheet: 'Sheet1', row: 7, column: 'E' });
 * LocationSchema.parse({ path: ['entries', 3, 'indexNo'] });
 * ```
 */
export const LocationSchema = z.object({
  file: z.string().optional(),
  sheet: z.string().optional(),
  row: z.number().int().positive().optional(),
  column: z.string().optional(),
  span: SpanSchema.optional(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});

/**
 * The `Location` type, inferred from {@link LocationSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { LocationSchema, type Location } from '@zwgk/core';
 * const value: Location = LocationSchema.parse(input);
 * ```
 */
export type Location = z.infer<typeof LocationSchema>;

/**
 * A problem found in input data, with a stable `code`, a zh-CN `message`, an English `messageEn`
 * and where it is. Parsers and importers return these instead of throwing.
 *
 * @category Model
 * @example
 * ```ts
 * DiagnosticSchema.parse({
 *   severity: 'warning',
 *   code: 'deadline-unknown',
 *   message: '无法识别的完成时限：“适时”',
 *   messageEn: 'Unrecognised deadline: "适时"',
 *   location: { span: { start: 120, end: 122 } },
 * });
 * ```
 */
export const DiagnosticSchema = z.object({
  severity: SeveritySchema,
  code: z.string().min(1),
  message: z.string(),
  messageEn: z.string(),
  location: LocationSchema.optional(),
});

/**
 * The `Diagnostic` type, inferred from {@link DiagnosticSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { DiagnosticSchema, type Diagnostic } from '@zwgk/core';
 * const value: Diagnostic = DiagnosticSchema.parse(input);
 * ```
 */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
