import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
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
import { runCheck } from '../check-inputs.js';
import { CliError } from '../errors.js';

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
        const { plan, result } = await runCheck(options, {}, progress);
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
