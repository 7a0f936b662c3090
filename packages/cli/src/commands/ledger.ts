import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Ledger } from '@zwgk/core';
import { isZwgkError } from '@zwgk/core';
import { foldLedgerParts, readLedgerFileParts, unitTasks, writeLedgerTemplate } from '@zwgk/ledger';
import type { Command } from 'commander';
import { CliError } from '../errors.js';
import { loadDirectory, loadPlan } from '../load.js';
import { formatTable, printJson, truncate } from '../output.js';

// Errors from the ledger package (unreadable, encrypted, too large) reach the user as one line.
async function orCliError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isZwgkError(error)) throw new CliError(error.message);
    throw error;
  }
}

function checkFormat(format: string): 'json' | 'table' {
  if (format !== 'json' && format !== 'table')
    throw new CliError(`--format ${format} is not supported; use json or table`);
  return format;
}

function ledgerTable(ledger: Ledger, skipped: number): string {
  const lines = [
    `台账 ledger: ${ledger.unit}${ledger.publishedAt ? `  填报日期 ${ledger.publishedAt}` : ''}  (${ledger.source.file ?? ''})`,
    `accepted 已导入: ${ledger.entries.length}   rejected 未导入: ${ledger.rejected.length}   skipped (blank/section/footer) 跳过: ${skipped}`,
  ];
  const unmatched = ledger.entries.filter((e) => e.taskNumber === null).length;
  if (unmatched > 0) lines.push(`entries without a plan task 未匹配任务: ${unmatched}`);
  if (ledger.rejected.length > 0) {
    lines.push('', 'rejected rows 未导入的行:');
    lines.push(
      formatTable(
        ['file', 'sheet', 'row', 'column', 'reason'],
        ledger.rejected.map((r) => [
          r.file ?? '',
          r.sheet ?? '',
          String(r.row),
          r.column ?? '',
          truncate(`${r.reason} (${r.reasonEn})`, 100),
        ]),
      ),
    );
  }
  const warnings = (ledger.diagnostics ?? []).filter((d) => d.severity !== 'info');
  if (warnings.length > 0) {
    lines.push('', 'warnings 提示:');
    for (const d of warnings) lines.push(`  ${d.location?.sheet ?? ''} ${d.location?.row ?? ''} ${d.message}`);
  }
  return lines.join('\n');
}

/**
 * Adds `zwgk ledger import` and `zwgk ledger template` to a program.
 *
 * @param program - the root command
 * @example
 * ```ts
 * registerLedgerCommands(program);
 * ```
 */
export function registerLedgerCommands(program: Command): void {
  const ledger = program
    .command('ledger')
    .description('import units\u2019 work ledgers (工作台账) and write ledger templates');

  ledger
    .command('import')
    .description('read a ledger (.xlsx, .csv, .json) into Ledger JSON, matching rows to the plan\u2019s tasks')
    .argument('<file>', 'the ledger file')
    .requiredOption('--plan <plan>', 'the plan: plan text (.txt, .md …) or Plan JSON')
    .option('--unit <name>', 'the unit the ledger belongs to (default: its 填报单位 line or title)')
    .option('--format <format>', 'json or table', 'table')
    .action(async (file: string, options: { plan: string; unit?: string; format: string }) => {
      const format = checkFormat(options.format);
      const { plan } = await loadPlan(options.plan);
      const showProgress = process.stderr.isTTY === true;
      const importOptions = {
        plan,
        ...(options.unit === undefined ? {} : { unit: options.unit }),
        ...(showProgress ? { onProgress: (p: { rows: number }) => process.stderr.write(`\r${p.rows} rows…`) } : {}),
      };
      const result = await orCliError(() => readLedgerFileParts(file, importOptions));
      if (showProgress) process.stderr.write('\r\x1b[K');
      const read = await orCliError(async () =>
        foldLedgerParts(result, { ...importOptions, fileName: basename(file) }),
      );
      if (format === 'json') printJson(read);
      else {
        const skipped = result.parts.reduce((n, p) => n + p.skipped.filter((s) => s.reason !== 'blank').length, 0);
        process.stdout.write(`${ledgerTable(read, skipped)}\n`);
      }
    });

  ledger
    .command('template')
    .description('write a unit\u2019s ledger template (.xlsx) with the tasks the plan assigns it')
    .requiredOption('--plan <plan>', 'the plan: plan text or Plan JSON')
    .requiredOption('--unit <name>', 'the unit the template is for')
    .option('--directory <dir.json>', 'unit directory: which groups (县区政府 …) the unit belongs to')
    .requiredOption('-o, --output <file.xlsx>', 'where to write the template')
    .option('--format <format>', 'json or table (what is printed after writing)', 'table')
    .action(async (options: { plan: string; unit: string; directory?: string; output: string; format: string }) => {
      const format = checkFormat(options.format);
      const { plan } = await loadPlan(options.plan);
      const directory = options.directory ? await loadDirectory(options.directory) : undefined;
      const templateOptions = { plan, unit: options.unit, ...(directory ? { directory } : {}) };
      const tasks = await orCliError(async () => unitTasks(templateOptions));
      const bytes = await orCliError(() => writeLedgerTemplate(templateOptions));
      try {
        await writeFile(options.output, bytes);
      } catch (error) {
        throw new CliError(`cannot write ${options.output}: ${(error as Error).message}`);
      }
      if (tasks.length === 0)
        process.stderr.write(
          `zwgk: warning: the plan assigns no task to ${options.unit}${directory ? '' : ' (a group member? pass --directory)'}\n`,
        );
      const summary = {
        file: options.output,
        unit: options.unit,
        tasks: tasks.map((t) => ({ number: t.task.number, role: t.role, due: t.due })),
      };
      if (format === 'json') printJson(summary);
      else
        process.stdout.write(
          `wrote ${options.output}: ${tasks.length} tasks for ${options.unit}\n${formatTable(
            ['task', 'role', 'due'],
            tasks.map((t) => [t.task.number, t.role, t.due]),
          )}\n`,
        );
    });
}
