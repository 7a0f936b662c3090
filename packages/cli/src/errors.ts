/**
 * Exit statuses of the `zwgk` command: 0 ok, 1 findings of severity error, 2 bad input or usage.
 *
 * @category CLI
 * @example
 * ```ts
 * import { EXIT } from '@zwgk/cli';
 * process.exitCode = EXIT.usage; // 2
 * ```
 */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * An error the CLI reports as one line on stderr with an exit status, never as a stack trace:
 * a missing file, a bad flag value, input that cannot be read.
 *
 * @category CLI
 * @example
 * ```ts
 * import { CliError, EXIT } from '@zwgk/cli';
 * throw new CliError('cannot read plan.txt: no such file', EXIT.usage);
 * ```
 */
export class CliError extends Error {
  /** The exit status the process ends with. */
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
