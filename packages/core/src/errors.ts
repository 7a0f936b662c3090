/**
 * Stable codes of {@link ZwgkError}. Programmer errors only: problems in data travel as
 * diagnostics instead.
 *
 * @category Errors
 * @example
 * ```ts
 * import { ZWGK_ERROR_CODES } from '@zwgk/core';
 * ZWGK_ERROR_CODES.includes('calendar-out-of-range'); // true
 * ```
 */
export const ZWGK_ERROR_CODES = [
  'invalid-argument',
  'invalid-plugin',
  'calendar-out-of-range',
  'unknown-schema',
  'unsupported-format',
  'input-too-large',
  'not-found',
] as const;

/**
 * One of {@link ZWGK_ERROR_CODES}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { isZwgkError, type ZwgkErrorCode } from '@zwgk/core';
 * const code: ZwgkErrorCode | undefined = isZwgkError(error) ? error.code : undefined;
 * ```
 */
export type ZwgkErrorCode = (typeof ZWGK_ERROR_CODES)[number];

/**
 * The one error class zwgk throws, for misuse of its API (a bad argument, a date outside the
 * calendar, a malformed plugin). Bad input data never throws: it becomes diagnostics.
 *
 * @category Errors
 * @example
 * ```ts
 * import { ZwgkError, isZwgkError } from '@zwgk/core';
 *
 * try {
 *   throw new ZwgkError('invalid-argument', 'asOf must be an ISO date, got "tomorrow"');
 * } catch (error) {
 *   if (isZwgkError(error)) console.log(error.code); // 'invalid-argument'
 * }
 * ```
 */
export class ZwgkError extends Error {
  /** A stable, machine-readable code: match on this, not on the message. */
  readonly code: ZwgkErrorCode;
  /** Extra facts about the error (the bad value, the allowed range …). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ZwgkErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ZwgkError';
    this.code = code;
    this.details = options.details ?? {};
  }
}

/**
 * Whether a value is a {@link ZwgkError}, also across two copies of the library (it checks the
 * name and code, not the prototype).
 *
 * @category Errors
 * @example
 * ```ts
 * isZwgkError(new ZwgkError('not-found', 'no such unit')); // true
 * isZwgkError(new Error('x')); // false
 * ```
 */
export function isZwgkError(value: unknown): value is ZwgkError {
  if (!(value instanceof Error) || value.name !== 'ZwgkError') return false;
  const code: unknown = (value as Error & { code?: unknown }).code;
  return typeof code === 'string' && (ZWGK_ERROR_CODES as readonly string[]).includes(code);
}
