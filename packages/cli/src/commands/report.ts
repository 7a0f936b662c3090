import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type CheckResult,
  checkCompliance,
  IsoDateSchema,
  isZwgkError,
  type Ledger,
  loadPlugin,
  type ZwgkPlugin,
} from '@zwgk/core';
import { importLedgerFile } from '@zwgk/ledger';
import {
  buildReport,
  formatRate,
  type ReportData,
  type ReportLocale,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderXlsx,
} from '@zwgk/report';
import type { Command } from 'commander';
import { CliError } from '../errors.js';
import { loadDirectory, loadPlan } from '../load.js';
import { todayInShanghai } from './check.js';

/** The formats `zwgk report` writes. */
export const REPORT_FORMATS = ['md', 'html', 'docx', 'xlsx', 'json'] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const EXTENSION_FORMATS: Record<string, ReportFormat> = {
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
  '.json': 'json',
};
const LEDGER_EXTENSIONS = /\.(xlsx|csv|json)$/i;

/**
 * The format to write: `--format` when given (`markdown` is taken for `md`), else the output file's
 * extension, else Markdown.
 *
 * @param format - the `--format` value, if any
 * @param output - the `-o` value, if any
 * @returns the format
 * @example
 * ```ts
 * reportFormat(undefined, 'out/report.docx'); // 'docx'
 * ```
 */
export function reportFormat(format: string | undefined, output: string | undefined): ReportFormat {
  if (format !== undefined) {
    const f = format.toLowerCase() === 'markdown' ? 'md' : format.toLowerCase();
    if (!(REPORT_FORMATS as readonly string[]).includes(f))
      throw new CliError(`--format ${format} is not supported; use md, html, docx, xlsx or json`);
    return f as ReportFormat;
  }
  if (output !== undefined && output !== '-') return EXTENSION_FORMATS[extname(output).toLowerCase()] ?? 'md';
  return 'md';
}

function checkAsOf(value: string | undefined): string {
  if (value === undefined) return todayInShanghai();
  if (!IsoDateSchema.safeParse(value).success)
    throw new CliError(`--as-of ${JSON.stringify(value)} is not a date; use YYYY-MM-DD, e.g. --as-of 2024-09-30`);
  return value;
}

/** The ledger files named: files as given, folders expanded to their .xlsx/.csv/.json files. */
async function ledgerFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      throw new CliError(`cannot read ledger ${path}: no such file`);
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((n) => LEDGER_EXTENSIONS.test(n) && !n.startsWith('~$')).sort();
    if (names.length === 0) throw new CliError(`ledger folder ${path} has no .xlsx, .csv or .json files`);
    files.push(...names.map((n) => join(path, n)));
  }
  return files;
}

async function loadPlugins(modules: readonly string[]): Promise<ZwgkPlugin[]> {
  const plugins: ZwgkPlugin[] = [];
  for (const module of modules) {
    const isPath = module.startsWith('.') || isAbsolute(module) || /\.[cm]?[jt]s$/.test(module);
    let namespace: unknown;
    try {
      namespace = await import(isPath ? pathToFileURL(resolve(module)).href : module);
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

/**
 * Renders report data in a format: text for md, html and json, bytes for docx and xlsx.
 *
 * @param report - the report data
 * @param format - the format
 * @param maxRows - row cap of long lists in md, html and docx
 * @returns the rendered report
 * @example
 * ```ts
 * const bytes = await renderReport(report, 'docx');
 * ```
 */
export async function renderReport(
  report: ReportData,
  format: ReportFormat,
  maxRows?: number,
): Promise<string | Uint8Array> {
  const options = maxRows === undefined ? {} : { maxRows };
  switch (format) {
    case 'md':
      return renderMarkdown(report, options);
    case 'html':
      return renderHtml(report, options);
    case 'docx':
      return renderDocx(report, options);
    case 'xlsx':
      return renderXlsx(report);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
  }
}

function progress(line: string): void {
  process.stderr.write(`zwgk report: ${line}\n`);
}

/**
 * Adds `zwgk report` to a program: checks the ledgers like `zwgk check`, then writes the
 * supervision report (督导通报) as Markdown, self-contained HTML, official-layout DOCX, an XLSX
 * status matrix, or the report data as JSON. Progress goes to stderr; `-o -` writes md, html or
 * json to stdout. Exits 0 when the report is written (findings are its content, not a failure),
 * 2 with one line on bad input.
 *
 * @param program - the root command
 * @example
 * ```ts
 * registerReportCommands(program);
 * ```
 */
export function registerReportCommands(program: Command): void {
  program
    .command('report')
    .description('write a progress / supervision report (督导通报): md, html, docx (GB/T 9704 layout) or xlsx')
    .requiredOption('--plan <plan>', 'the plan: text (.txt, .md, .html, .docx) or Plan JSON')
    .requiredOption('--directory <dir.json>', 'the unit directory (units, aliases, groups)')
    .requiredOption('--ledger <files...>', 'ledgers (.xlsx, .csv, .json) or folders of them')
    .option('--as-of <date>', 'the date the report is as of, YYYY-MM-DD (default: today in Asia/Shanghai)')
    .option('--format <format>', 'md, html, docx, xlsx or json (default: from the -o extension, else md)')
    .option('-o, --output <file>', 'the file to write; - for stdout (md, html, json)')
    .option('--title <title>', 'the report title (default: <plan title>落实情况督导通报)')
    .option('--issuer <name>', 'who issues the report (default: the plan’s issuer)')
    .option('--locale <locale>', 'zh or en', 'zh')
    .option('--max-rows <n>', 'rows kept in long lists of md, html and docx (default 200; xlsx keeps all)')
    .option('--plugin <modules...>', 'plugin modules (default export made with definePlugin)')
    .action(
      async (options: {
        plan: string;
        directory: string;
        ledger: string[];
        asOf?: string;
        format?: string;
        output?: string;
        title?: string;
        issuer?: string;
        locale: string;
        maxRows?: string;
        plugin?: string[];
      }) => {
        const format = reportFormat(options.format, options.output);
        const output = options.output ?? (format === 'docx' || format === 'xlsx' ? undefined : '-');
        if (output === undefined)
          throw new CliError(`--format ${format} writes a binary file: give -o <file.${format}>`);
        if (output === '-' && (format === 'docx' || format === 'xlsx'))
          throw new CliError(`--format ${format} cannot go to stdout: give -o <file.${format}>`);
        if (options.locale !== 'zh' && options.locale !== 'en')
          throw new CliError(`--locale ${options.locale} is not supported; use zh or en`);
        const locale: ReportLocale = options.locale;
        if (options.maxRows !== undefined && !/^[1-9]\d*$/.test(options.maxRows))
          throw new CliError(`--max-rows must be a positive whole number, got ${JSON.stringify(options.maxRows)}`);
        const maxRows = options.maxRows === undefined ? undefined : Number(options.maxRows);
        const asOf = checkAsOf(options.asOf);
        const plugins = await loadPlugins(options.plugin ?? []);

        // Inputs that can be named wrong are checked before the first progress line, so a typo
        // gives one line on stderr.
        const files = await ledgerFiles(options.ledger);
        const { plan } = await loadPlan(options.plan);
        const directory = await loadDirectory(options.directory);
        progress(`read plan ${options.plan}: ${plan.tasks.length} tasks in ${plan.sections.length} sections`);
        const ledgers: Ledger[] = [];
        for (const [i, file] of files.entries()) {
          progress(`reading ledger ${i + 1}/${files.length} ${file}`);
          try {
            ledgers.push(await importLedgerFile(file, { plan, plugins }));
          } catch (error) {
            if (isZwgkError(error)) throw new CliError(`ledger ${file}: ${error.message}`);
            throw error;
          }
        }
        progress(`checking ${plan.tasks.length} tasks against ${ledgers.length} ledgers as of ${asOf}`);
        let result: CheckResult;
        try {
          result = checkCompliance(plan, directory, ledgers, { asOf, plugins });
        } catch (error) {
          if (isZwgkError(error)) throw new CliError(error.message);
          throw error;
        }
        const report = buildReport(plan, result, {
          locale,
          ...(options.title !== undefined ? { title: options.title } : {}),
          ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
        });
        const s = report.summary;
        progress(
          `${s.units} units, ${s.obligations} obligations, completion ${formatRate(s.completionRate)}, ` +
            `${s.overdue} overdue, ${s.dueSoon} due soon, ${s.missingLedgers} ledgers missing, ${s.findings} findings`,
        );
        progress(`rendering ${format}`);
        const rendered = await renderReport(report, format, maxRows);
        if (output === '-') {
          process.stdout.write(rendered);
          return;
        }
        try {
          await mkdir(dirname(resolve(output)), { recursive: true });
          await writeFile(output, rendered);
        } catch (error) {
          throw new CliError(`cannot write ${output}: ${(error as Error).message}`);
        }
        const size = typeof rendered === 'string' ? Buffer.byteLength(rendered) : rendered.byteLength;
        progress(`wrote ${output} (${Math.max(1, Math.round(size / 1024))} KB)`);
      },
    );
}
