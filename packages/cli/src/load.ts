// Loaders shared by the commands that take a plan or a unit directory (plan, ledger, check, report).
import { type Directory, DirectorySchema, type Plan, PlanSchema, parsePlan } from '@zwgk/core';
import { CliError } from './errors.js';
import { readInput, readJson } from './io.js';

/** Options of {@link loadPlan}. */
export interface LoadPlanOptions {
  /** The plan year, overriding what the plan text says (ignored for Plan JSON). */
  year?: number;
}

/** A loaded plan and where it came from (`<stdin>` for `-`). */
export interface LoadedPlan {
  plan: Plan;
  source: string;
}

// Most schema errors cascade from the first few; name those, not all of them.
const MAX_ISSUES_SHOWN = 3;

/**
 * Loads a plan for a command: a `Plan` JSON file (`.json`, checked against PlanSchema), or a plan
 * document (text in any encoding zwgk reads, HTML, DOCX) parsed with `parsePlan`; `-` reads stdin,
 * as Plan JSON when it starts with `{`, else as plan text. A missing file, bad JSON or a JSON
 * document that is not a Plan becomes a {@link CliError} naming the file and the JSON path.
 * Problems in a plan document are not errors here: they are the plan's diagnostics.
 *
 * @param file - a path, or `-` for stdin
 * @param options - `year` overrides the plan year of a plan document
 * @returns the plan and its source name
 * @example
 * ```ts
 * const { plan, source } = await loadPlan('2024年分工方案.docx', { year: 2024 });
 * console.log(`${source}: ${plan.tasks.length} tasks`);
 * ```
 */
export async function loadPlan(file: string, options: LoadPlanOptions = {}): Promise<LoadedPlan> {
  const source = file === '-' ? '<stdin>' : file;
  if (file !== '-' && /\.json$/i.test(file))
    return { plan: checkPlanJson(await readJson(file, 'plan'), source), source };
  const bytes = await readInput(file, 'plan');
  if (file === '-') {
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    if (text.trimStart().startsWith('{')) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new CliError(`plan ${source} is not valid JSON: ${(error as Error).message}`);
      }
      return { plan: checkPlanJson(value, source), source };
    }
  }
  return { plan: parsePlanDocument(bytes, file === '-' ? undefined : file, options), source };
}

/**
 * Loads a unit directory (`{"units": [...], "groups": [...]}`) from a JSON file or stdin (`-`).
 * A missing file, bad JSON or a document that is not a Directory becomes a {@link CliError} naming
 * the file and the JSON path of the first problems.
 *
 * @param file - a path, or `-` for stdin
 * @returns the directory, with defaults filled in
 * @example
 * ```ts
 * const directory = await loadDirectory('examples/data/suzhou-directory.json');
 * directory.units.length;
 * ```
 */
export async function loadDirectory(file: string): Promise<Directory> {
  const source = file === '-' ? '<stdin>' : file;
  const result = DirectorySchema.safeParse(await readJson(file, 'directory'));
  if (!result.success) throw new CliError(`directory ${source} is not a unit directory: ${formatIssues(result.error)}`);
  return result.data;
}

function checkPlanJson(value: unknown, source: string): Plan {
  const result = PlanSchema.safeParse(value);
  if (!result.success) throw new CliError(`plan ${source} is not a Plan: ${formatIssues(result.error)}`);
  return result.data;
}

function parsePlanDocument(bytes: Uint8Array, fileName: string | undefined, options: LoadPlanOptions): Plan {
  const parseOptions: { fileName?: string; year?: number } = {};
  if (fileName !== undefined) parseOptions.fileName = fileName;
  if (options.year !== undefined) parseOptions.year = options.year;
  return parsePlan(bytes, parseOptions);
}

/** `tasks[3].deadline.kind: Invalid input; …` for the first few issues of a zod error. */
function formatIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const shown = error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
