import type { CheckResult, Finding, ScoreLine } from '@zwgk/core';
import type { Command } from 'commander';
import { runCheck } from '../check-inputs.js';
import { CliError, EXIT } from '../errors.js';
import { formatTable, printJson, truncate } from '../output.js';

function nonNegative(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`${flag} must be a whole number of days, got ${JSON.stringify(value)}`);
  return Number(value);
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
        const dueSoonDays = nonNegative('--due-soon-days', options.dueSoonDays);
        const staleAfterDays = nonNegative('--stale-after-days', options.staleAfterDays);
        const ledgerDueDays = nonNegative('--ledger-due-days', options.ledgerDueDays);
        const { result } = await runCheck(options, {
          ...(dueSoonDays !== undefined ? { dueSoonDays } : {}),
          ...(staleAfterDays !== undefined ? { staleAfterDays } : {}),
          ...(ledgerDueDays !== undefined ? { ledgerDueDays } : {}),
        });
        if (options.format === 'json') printJson({ findings: result.findings, scorecard: result.scorecard });
        else process.stdout.write(`${formatCheckTable(result)}\n`);
        if (result.findings.some((f) => f.severity === 'error')) process.exitCode = EXIT.findings;
      },
    );
}
