import {
  type Assignment,
  type Diagnostic,
  isSchemaName,
  jsonSchemaOf,
  type Plan,
  type Role,
  resolveDeadline,
  SCHEMA_NAMES,
} from '@zwgk/core';
import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.js';
import { loadPlan } from '../load.js';
import { formatTable, printJson, truncate } from '../output.js';

const PARSE_FORMATS = ['json', 'table'] as const;
type ParseFormat = (typeof PARSE_FORMATS)[number];

/** Adds `zwgk plan …` to a program. */
export function registerPlanCommands(program: Command): void {
  const plan = program.command('plan').description('read task plans (分工方案) and print the model schemas');

  plan
    .command('parse')
    .description('read a task plan (.txt .md .html .docx in UTF-8/GB18030/UTF-16, or Plan JSON) and print its tasks')
    .argument('<file>', 'the plan file, or - to read stdin')
    .option('--format <format>', `output: ${PARSE_FORMATS.join(' or ')}`, 'table')
    .option('--year <year>', 'the plan year deadlines resolve against (default: read from the plan)')
    .action(async (file: string, options: { format: string; year?: string }) => {
      const format = parseFormat(options.format);
      const year = options.year === undefined ? undefined : parseYear(options.year);
      const { plan: parsed, source } = await loadPlan(file, year === undefined ? {} : { year });
      if (format === 'json') printJson(parsed);
      else process.stdout.write(`${planTable(parsed)}\n`);
      for (const d of parsed.diagnostics) process.stderr.write(`${diagnosticLine(d, source)}\n`);
      // The plan is printed even when it is empty; the exit status says whether anything was read.
      const firstError = parsed.diagnostics.find((d) => d.severity === 'error');
      if (parsed.tasks.length === 0 && firstError !== undefined) {
        throw new CliError(`no tasks could be read from ${source}: ${firstError.message}`, EXIT.usage);
      }
    });

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

function parseFormat(value: string): ParseFormat {
  const format = PARSE_FORMATS.find((f) => f === value);
  if (format === undefined) throw new CliError(`--format ${value} is not supported; use ${PARSE_FORMATS.join(' or ')}`);
  return format;
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1949 || year > 2200) {
    throw new CliError(`--year ${value} is not a plan year; give four digits such as 2024`);
  }
  return year;
}

// Task text is in the JSON; the table shows who does what by when.
const HEADERS = ['序号', '章节', '牵头', '负责', '配合', '完成时限', '到期日'];
const UNITS_WIDTH = 30;

/** The plan as a readable table: a title line, then one row per task. */
export function planTable(plan: Plan): string {
  const sections = new Map(plan.sections.map((s) => [s.id, s.number]));
  const context = { year: plan.year, issued: plan.issued, outsideRange: 'weekends' as const };
  const rows = plan.tasks.map((task) => [
    task.number,
    task.sectionId === null ? '' : (sections.get(task.sectionId) ?? ''),
    units(task.assignments, 'lead'),
    units(task.assignments, 'responsible'),
    units(task.assignments, 'cooperate'),
    truncate(task.deadline.raw, 16),
    dueDate(() => resolveDeadline(task.deadline, context)),
  ]);
  const facts = [plan.title || '（无标题）', plan.docNumber, String(plan.year), `${plan.tasks.length} 项任务`];
  return `${facts.filter((f) => f !== null && f !== '').join(' · ')}\n\n${formatTable(HEADERS, rows)}`;
}

function units(assignments: readonly Assignment[], role: Role): string {
  const named = assignments.filter((a) => a.role === role);
  const list = named.map((a) => a.unit).join('、');
  return truncate(named.some((a) => a.etAl === true) ? `${list}等` : list, UNITS_WIDTH);
}

/** `—` when the deadline has no single date (持续推进, recurring, unknown start). */
function dueDate(resolve: () => string | null): string {
  try {
    return resolve() ?? '—';
  } catch {
    return '?';
  }
}

/** `warning deadline-unknown plan.txt:12:5 无法识别的完成时限：“适时”` */
export function diagnosticLine(d: Diagnostic, source: string): string {
  return `${d.severity} ${d.code} ${position(d, source)} ${d.message}`;
}

function position(d: Diagnostic, source: string): string {
  const at = d.location;
  const file = at?.file ?? source;
  if (at?.span?.line !== undefined) return `${file}:${at.span.line}:${at.span.column ?? 1}`;
  if (at?.row !== undefined)
    return `${file}${at.sheet === undefined ? '' : `[${at.sheet}]`}:${at.row}${at.column === undefined ? '' : `:${at.column}`}`;
  if (at?.path !== undefined) return `${file}:${at.path.join('.')}`;
  return file;
}
