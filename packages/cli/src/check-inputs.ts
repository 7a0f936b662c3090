import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type CheckOptions,
  type CheckResult,
  checkCompliance,
  type Directory,
  IsoDateSchema,
  isZwgkError,
  type Ledger,
  loadPlugin,
  type Plan,
  todayInShanghai,
  type ZwgkPlugin,
} from '@zwgk/core';
import { importLedgerFile } from '@zwgk/ledger';
import { CliError } from './errors.js';
import { loadDirectory, loadPlan } from './load.js';

const LEDGER_EXTENSIONS = /\.(xlsx|csv|json)$/i;

/** `--as-of`: an ISO date, or today in Asia/Shanghai when absent. */
export function parseAsOf(value: string | undefined): string {
  if (value === undefined) return todayInShanghai();
  if (!IsoDateSchema.safeParse(value).success) {
    throw new CliError(`--as-of ${JSON.stringify(value)} is not a date; use YYYY-MM-DD, e.g. --as-of 2024-09-30`);
  }
  return value;
}

/** The ledger files named: files as given, folders expanded to their .xlsx/.csv/.json files. */
export async function ledgerFiles(paths: readonly string[]): Promise<string[]> {
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
    // ~$x.xlsx is the lock file Excel leaves beside an open workbook.
    const names = (await readdir(path)).filter((name) => LEDGER_EXTENSIONS.test(name) && !name.startsWith('~$')).sort();
    if (names.length === 0) throw new CliError(`ledger folder ${path} has no .xlsx, .csv or .json files`);
    files.push(...names.map((name) => join(path, name)));
  }
  return files;
}

/** Imports plugin modules (paths or package names) and checks each with `loadPlugin`. */
export async function loadPlugins(modules: readonly string[]): Promise<ZwgkPlugin[]> {
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

/** The flags `zwgk check` and `zwgk report` share. */
export interface CheckFlags {
  plan: string;
  directory: string;
  ledger: string[];
  asOf?: string;
  plugin?: string[];
}

/** What a check was run on, and its result. */
export interface CheckRun {
  plan: Plan;
  directory: Directory;
  ledgers: Ledger[];
  result: CheckResult;
}

/**
 * Reads the plan, directory, plugins and every ledger the flags name, then runs the compliance
 * check. Names that can be wrong (ledger paths, plugins, the date) are checked before any file is
 * read, so a typo gives one line. `onProgress` hears each step.
 */
export async function runCheck(
  flags: CheckFlags,
  options: Omit<CheckOptions, 'asOf' | 'plugins'> = {},
  onProgress: (line: string) => void = () => {},
): Promise<CheckRun> {
  const asOf = parseAsOf(flags.asOf);
  const plugins = await loadPlugins(flags.plugin ?? []);
  const files = await ledgerFiles(flags.ledger);
  const { plan } = await loadPlan(flags.plan);
  const directory = await loadDirectory(flags.directory);
  onProgress(`read plan ${flags.plan}: ${plan.tasks.length} tasks in ${plan.sections.length} sections`);
  const ledgers: Ledger[] = [];
  for (const [i, file] of files.entries()) {
    onProgress(`reading ledger ${i + 1}/${files.length} ${file}`);
    try {
      ledgers.push(await importLedgerFile(file, { plan, plugins }));
    } catch (error) {
      if (isZwgkError(error)) throw new CliError(`ledger ${file}: ${error.message}`);
      throw error;
    }
  }
  onProgress(`checking ${plan.tasks.length} tasks against ${ledgers.length} ledgers as of ${asOf}`);
  try {
    return {
      plan,
      directory,
      ledgers,
      result: checkCompliance(plan, directory, ledgers, { ...options, asOf, plugins }),
    };
  } catch (error) {
    if (isZwgkError(error)) throw new CliError(error.message);
    throw error;
  }
}
