import { Command, CommanderError } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { registerCatalogueCommands } from './commands/catalogue.js';
import { registerCheckCommands } from './commands/check.js';
import { registerLedgerCommands } from './commands/ledger.js';
import { registerPlanCommands } from './commands/plan.js';
import { registerReportCommands } from './commands/report.js';
import { CliError, EXIT } from './errors.js';

// Commander's usage errors ("error: unknown option '--x'") become one line naming the command.
const ONE_LINE_ERRORS = {
  outputError: (text: string, write: (s: string) => void) =>
    write(`zwgk: ${text.replace(/^error:\s*/, '').trim()} (see --help)\n`),
};

/**
 * Builds the `zwgk` command tree. Commander's own exits are turned into errors so that
 * {@link runCli} decides the exit status.
 */
export function createProgram(): Command {
  const program = new Command('zwgk')
    .description('zwgk — 政务公开 tools: task plans, work ledgers, compliance checks, reports, catalogue validation')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .exitOverride()
    .configureOutput(ONE_LINE_ERRORS);
  registerPlanCommands(program);
  registerCatalogueCommands(program);
  registerLedgerCommands(program);
  registerCheckCommands(program);
  registerReportCommands(program);
  for (const cmd of allCommands(program)) {
    cmd.exitOverride();
    cmd.configureOutput(ONE_LINE_ERRORS);
  }
  return program;
}

function allCommands(cmd: Command): Command[] {
  return [cmd, ...cmd.commands.flatMap(allCommands)];
}

/**
 * Runs the `zwgk` command line and resolves to its exit status: 0 ok, 1 findings of severity
 * error, 2 bad input or usage. Errors are printed as one line on stderr, never as a stack trace.
 *
 * @param argv - the arguments after the program name, e.g. `['plan', 'schema', 'plan']`
 * @returns the exit status
 * @category CLI
 * @example
 * ```ts
 * import { runCli } from '@zwgk/cli';
 * const status = await runCli(['plan', 'schema', 'ledger']); // prints the Ledger JSON Schema
 * ```
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      if (error.exitCode === 0) return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof CliError) {
      process.stderr.write(`zwgk: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`zwgk: internal error: ${message}\n`);
    return EXIT.usage;
  }
}
