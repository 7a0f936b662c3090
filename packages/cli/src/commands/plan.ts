import { isSchemaName, jsonSchemaOf, SCHEMA_NAMES } from '@zwgk/core';
import type { Command } from 'commander';
import { CliError } from '../errors.js';
import { printJson } from '../output.js';

/** Adds `zwgk plan …` to a program. */
export function registerPlanCommands(program: Command): void {
  const plan = program.command('plan').description('read task plans (分工方案) and print the model schemas');

  plan
    .command('schema')
    .description(`print the JSON Schema of a model (${SCHEMA_NAMES.join(', ')})`)
    .argument('[model]', `one of ${SCHEMA_NAMES.join(', ')}`, 'plan')
    .option('--format <format>', 'json (the only form a schema has)', 'json')
    .action((model: string, options: { format: string }) => {
      if (options.format !== 'json') throw new CliError(`--format ${options.format} is not supported here; use json`);
      if (!isSchemaName(model))
        throw new CliError(`unknown model "${model}"; expected one of ${SCHEMA_NAMES.join(', ')}`);
      printJson(jsonSchemaOf(model));
    });
}
