import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type CheckResult,
  checkCompliance,
  type Finding,
  IsoDateSchema,
  isZwgkError,
  type Ledger,
  loadPlugin,
  type ScoreLine,
  type ZwgkPlugin,
} from '@zwgk/core';
import { importLedgerFile } from '@zwgk/ledger';
import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.js';
import { loadDirectory, loadPlan } from '../load.js';
import { formatTable, printJson, truncate } from '../output.js';

const LEDGER_EXTENSIONS = /\.(xlsx|csv|json)$/i;

/**
 * Today's date in China (Asia/Shanghai), the default `--as-of`: an office checking at 07:00 in
 * Beijing checks "today" there, whatever the server's time zone.
 *
 * @param now - the instant to read (default: now)
 * @returns the ISO date in Asia/Shanghai
 * @example
 * ```ts
 * todayInShanghai(new Date('2024-06-30T20:00:00Z')); // '2024-07-01'
 * ```
 */
export function todayInShanghai(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function checkAsOf(value: string | undefined): string {
  if (value === undefined) return todayInShanghai();
  if (!IsoDateSchema.safeParse(value).success) {
    throw new CliError(`--as-of ${JSON.stringify(value)} is not a date; use YYYY-MM-DD, e.g. --as-of 2024-09-30`);
  }
  return value;
}

function nonNegative(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`${flag} must be a whole number of days, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** The ledger files named: files as given, folders expanded to their .xlsx/.csv/.json files. */
async function ledgerFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      throw new CliError(`cannot read ledger ${path}: no such file`);
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((name) => LEDGER_EXTENSIONS.test(name) && !name.startsWith('~$')).sort();
    if (names.length === 0) throw new CliError(`ledger folder ${path} has no .xlsx, .csv or .json files`);
    files.push(...names.map((name) => join(path, name)));
  }
  return files;
}

async function loadPlugins(modules: readonly string[]): Promise<ZwgkPlugin[]> {
  const plugins: ZwgkPlugin[] = [];
  for (const module of modules) {
    // A path (./x.js, /abs/x.mjs) is imported as a file; anything else as a package name.
    const isPath = module.startsWith('.') || isAbsolute(module) || /\.[cm]?[jt]s$/.test(module);
    const specifier = isPath ? pathToFileURL(resolve(module)).href : module;
    let namespace: unknown;
    try {
      namespace = await import(specifier);
    } catch (error) {
      throw new CliError(`cannot load plugin ${module}: ${(error as Error).message.split('\n')[0]}`);
    }
    try {
      plugins.push(loadPlugin(namespace, module));
    } catch (error) {
      if (isZwgkError(error)) throw new CliError(error.message);
      throw error;
    }
  }
  return plugins;
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function scoreRows(lines: readonly ScoreLine[]): string[][] {
  return lines.map((l) => [
    l.label,
    String(l.obligations),
    String(l.done),
    String(l.doneLate),
    String(l.onTrack),
    String(l.dueSoon),
    String(l.overdue),
    String(l.ongoing),
    String(l.missing),
    percent(l.completionRate),
  ]);
}

const SCORE_HEADERS = [
  '单位 unit',
  '任务 tasks',
  '完成 done',
  '逾期完成 late',
  '正常 on track',
  '临期 due soon',
  '逾期 overdue',
  '持续 ongoing',
  '缺失 missing',
  '完成率 rate',
];

function where(f: Finding): string {
  const l = f.location;
  if (!l) return '';
  return [l.file, l.sheet, l.row === undefined ? undefined : `row ${l.row}`].filter(Boolean).join(' · ');
}

/** The readable form: the scorecard by unit and overall, then the findings. */
export function formatCheckTable(result: Pick<CheckResult, 'asOf' | 'findings' | 'scorecard'>): string {
  const { scorecard, findings } = result;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const out = [
    `合规检查 compliance check — as of ${result.asOf}`,
    '',
    formatTable(SCORE_HEADERS, [...scoreRows(scorecard.byUnit), ...scoreRows([scorecard.overall])]),
    '',
    `问题 findings: ${findings.length} (error ${counts.error}, warning ${counts.warning}, info ${counts.info})`,
  ];
  if (findings.length > 0) {
    out.push(
      '',
      formatTable(
        ['severity', 'rule', '单位 unit', '任务 task', '说明 message', '位置 where'],
        findings.map((f) => [
          f.severity,
          f.rule,
          truncate(f.unit ?? '', 24),
          f.taskNumber ?? '',
          truncate(f.message, 70),
          truncate(where(f), 40),
        ]),
      ),
    );
  }
  return out.join('\n');
}

/**
 * Adds `zwgk check` to a program: checks units' ledgers against a plan and a unit directory,
 * prints `{findings, scorecard}` (`--format json`) or a readable table, and exits 1 when a
 * finding has severity error.
 *
 * @param program - the root command
 * @example
 * ```ts
 * registerCheckCommands(program);
 * ```
 */
export function registerCheckCommands(program: Command): void {
  program
    .command('check')
    .description('check units’ work ledgers against the plan: findings and a scorecard (合规检查)')
    .requiredOption('--plan <plan>', 'the plan: text (.txt, .md, .html, .docx) or Plan JSON')
    .requiredOption('--directory <dir.json>', 'the unit directory (units, aliases, groups)')
    .requiredOption('--ledger <files...>', 'ledgers (.xlsx, .csv, .json) or folders of them')
    .option('--as-of <date>', 'the date of the check, YYYY-MM-DD (default: today in Asia/Shanghai)')
    .option('--format <format>', 'json or table', 'table')
    .option('--plugin <modules...>', 'plugin modules (default export made with definePlugin)')
    .option('--due-soon-days <n>', 'working days before a deadline that count as due soon (default 10)')
    .option('--stale-after-days <n>', 'days without an update after which continuous work is stale (default 90)')
    .option('--ledger-due-days <n>', 'days after issue ledgers are due when the plan does not say (default 30)')
    .action(
      async (options: {
        plan: string;
        directory: string;
        ledger: string[];
        asOf?: string;
        format: string;
        plugin?: string[];
        dueSoonDays?: string;
        staleAfterDays?: string;
        ledgerDueDays?: string;
      }) => {
        if (options.format !== 'json' && options.format !== 'table') {
          throw new CliError(`--format ${options.format} is not supported; use json or table`);
        }
        const asOf = checkAsOf(options.asOf);
        const dueSoonDays = nonNegative('--due-soon-days', options.dueSoonDays);
        const staleAfterDays = nonNegative('--stale-after-days', options.staleAfterDays);
        const ledgerDueDays = nonNegative('--ledger-due-days', options.ledgerDueDays);
        const plugins = await loadPlugins(options.plugin ?? []);
        const { plan } = await loadPlan(options.plan);
        const directory = await loadDirectory(options.directory);
        const ledgers: Ledger[] = [];
        for (const file of await ledgerFiles(options.ledger)) {
          try {
            ledgers.push(await importLedgerFile(file, { plan, plugins }));
          } catch (error) {
            if (isZwgkError(error)) throw new CliError(`ledger ${file}: ${error.message}`);
            throw error;
          }
        }
        let result: CheckResult;
        try {
          result = checkCompliance(plan, directory, ledgers, {
            asOf,
            plugins,
            ...(dueSoonDays !== undefined ? { dueSoonDays } : {}),
            ...(staleAfterDays !== undefined ? { staleAfterDays } : {}),
            ...(ledgerDueDays !== undefined ? { ledgerDueDays } : {}),
          });
        } catch (error) {
          if (isZwgkError(error)) throw new CliError(error.message);
          throw error;
        }
        if (options.format === 'json') printJson({ findings: result.findings, scorecard: result.scorecard });
        else process.stdout.write(`${formatCheckTable(result)}\n`);
        if (result.findings.some((f) => f.severity === 'error')) process.exitCode = EXIT.findings;
      },
    );
}
