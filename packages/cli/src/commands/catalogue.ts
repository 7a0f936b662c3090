import { type CatalogueReport, isoDateOf, listProfiles } from '@zwgk/catalogue';
import { validateCatalogueFile } from '@zwgk/catalogue/node';
import { type Finding, isZwgkError, todayInShanghai } from '@zwgk/core';
import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.js';
import { formatTable, printJson, truncate } from '../output.js';

interface ValidateOptions {
  asOf?: string;
  profile: string;
  format: string;
  progress?: boolean;
  maxFindings?: string;
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

function renderTable(report: CatalogueReport): string {
  const { stats } = report;
  const rows = report.findings.map((f) => [
    SEVERITY_LABEL[f.severity],
    f.rule,
    truncate(String(f.data?.columnPath ?? ''), 36),
    truncate(String(f.data?.entryId ?? ''), 12),
    f.location?.row !== undefined ? String(f.location.row) : '',
    truncate(f.message, 70),
  ]);
  const lines = [
    `政府信息公开目录检查 / catalogue check — ${stats.site ?? ''} (as of ${stats.asOf}, profile ${stats.profile})`,
    `栏目 ${stats.columns} · 信息 ${stats.entries} · 记录 ${stats.records} · 无效记录 ${stats.invalidRecords}`,
    `问题 ${stats.findings.total}: 错误 ${stats.findings.error} · 警告 ${stats.findings.warning} · 提示 ${stats.findings.info}`,
    '',
  ];
  if (rows.length > 0) lines.push(formatTable(['级别', '规则', '栏目', '信息', '行', '说明'], rows), '');
  for (const [label, verdict] of [
    ['不更新栏目 stale columns', stats.veto.staleColumns],
    ['空白栏目 blank columns', stats.veto.blankColumns],
    ['长期未更新栏目 long not updated', stats.veto.longNotUpdatedColumns],
  ] as const) {
    lines.push(
      `单项否决 ${label}: ${verdict.count}/${verdict.threshold} ${verdict.vetoed ? '— 否决 VETOED' : '— 通过 ok'}${
        verdict.columns.length > 0 ? `\n  ${verdict.columns.join('\n  ')}` : ''
      }`,
    );
  }
  for (const [rule, counts] of Object.entries(stats.byRule))
    if (counts.dropped > 0) lines.push(`(${rule}: ${counts.dropped} more findings counted but not listed)`);
  for (const d of report.diagnostics) lines.push(`注 note: ${d.message}`);
  return `${lines.join('\n')}\n`;
}

/** Adds `zwgk catalogue …` to a program. */
export function registerCatalogueCommands(program: Command): void {
  const catalogue = program
    .command('catalogue')
    .description('check a portal disclosure catalogue (政府信息公开目录) against the national rules');

  catalogue
    .command('validate')
    .description('validate a catalogue file (.json {site, columns, entries} or .jsonl, streamed)')
    .argument('<file>', 'the catalogue: .json or .jsonl')
    .option('--as-of <date>', 'the day to judge on, YYYY-MM-DD (default: today in Asia/Shanghai)')
    .option('--profile <name>', `rule profile (${listProfiles().join(', ')})`, 'national')
    .option('--format <format>', 'json or table', 'table')
    .option('--progress', 'print progress on stderr (default: only when stderr is a terminal)')
    .option('--max-findings <n>', 'findings listed per rule (the rest are only counted)')
    .action(async (file: string, options: ValidateOptions) => {
      if (options.format !== 'json' && options.format !== 'table')
        throw new CliError(`--format ${options.format} is not supported; use json or table`);
      const asOf = options.asOf ?? todayInShanghai();
      if (isoDateOf(asOf) !== asOf) throw new CliError(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
      if (!listProfiles().includes(options.profile))
        throw new CliError(`unknown profile "${options.profile}"; known: ${listProfiles().join(', ')}`);
      let maxFindingsPerRule: number | undefined;
      if (options.maxFindings !== undefined) {
        maxFindingsPerRule = Number(options.maxFindings);
        if (!Number.isInteger(maxFindingsPerRule) || maxFindingsPerRule < 0)
          throw new CliError(`--max-findings must be a whole number, got "${options.maxFindings}"`);
      }
      const showProgress = options.progress === true || process.stderr.isTTY === true;
      let report: CatalogueReport;
      try {
        report = await validateCatalogueFile(file, {
          asOf,
          profile: options.profile,
          ...(maxFindingsPerRule !== undefined ? { settings: { maxFindingsPerRule } } : {}),
          ...(showProgress
            ? {
                onProgress: (lines: number) => process.stderr.write(`zwgk: ${lines.toLocaleString('en')} lines read\n`),
              }
            : {}),
        });
      } catch (error) {
        if (isZwgkError(error)) throw new CliError(error.message);
        throw error;
      }
      if (options.format === 'json')
        printJson({ findings: report.findings, stats: report.stats, diagnostics: report.diagnostics });
      else process.stdout.write(renderTable(report));
      if (report.stats.findings.error > 0) process.exitCode = EXIT.findings;
    });
}
