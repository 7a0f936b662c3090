// The Node adapter of @zwgk/catalogue (`@zwgk/catalogue/node`): reads catalogue files from disk,
// JSON Lines line by line with bounded memory. Kept apart so the main entry stays browser-safe.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ZwgkError } from '@zwgk/core';
import { type JsonLine, type JsonLinesOptions, jsonLinesFromChunks, validateCatalogueJsonLines } from './lines.js';
import type { CatalogueReport } from './model.js';
import { type CatalogueValidatorOptions, validateCatalogueSync } from './validator.js';

/** Largest JSON-form catalogue read whole (512 MiB); bigger catalogues should be JSON Lines. */
const MAX_JSON_BYTES = 512 * 1024 * 1024;

/**
 * The forms of a catalogue file: the JSON form `{site, columns, entries}` or JSON Lines.
 *
 * @category Node
 * @example
 * ```ts
 * const format: CatalogueFileFormat = 'jsonl';
 * ```
 */
export type CatalogueFileFormat = 'json' | 'jsonl';

/**
 * Options of {@link validateCatalogueFile}.
 *
 * @category Node
 * @example
 * ```ts
 * const options: CatalogueFileOptions = { asOf: '2024-12-31', onProgress: (n) => console.error(`${n} lines`) };
 * ```
 */
export interface CatalogueFileOptions extends CatalogueValidatorOptions {
  /** The file's form; by default from the extension (.jsonl/.ndjson) or the first line. */
  format?: CatalogueFileFormat;
  /** Called every `progressEvery` lines of a JSON Lines file. */
  onProgress?: (lines: number) => void;
  progressEvery?: number;
}

function fsError(path: string, error: unknown): ZwgkError {
  const code = (error as { code?: string }).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
  return new ZwgkError('not-found', `cannot read catalogue ${path}: ${reason}`, { cause: error, details: { path } });
}

/**
 * Reads a JSON Lines file line by line (1 MiB chunks, bounded line length) and calls `onLine` for
 * each line with its number.
 *
 * @param path - the file
 * @param onLine - called for every line
 * @param options - `maxLineLength`
 * @returns the number of lines
 * @category Node
 * @example
 * ```ts
 * import { readJsonLinesFile } from '@zwgk/catalogue/node';
 * await readJsonLinesFile('catalogue.jsonl', (l) => { if ('text' in l) JSON.parse(l.text); });
 * ```
 */
export async function readJsonLinesFile(
  path: string,
  onLine: (line: JsonLine) => void,
  options: JsonLinesOptions = {},
): Promise<number> {
  await statFile(path);
  return jsonLinesFromChunks(createReadStream(path, { highWaterMark: 1 << 20 }), onLine, options);
}

async function statFile(path: string): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw fsError(path, error);
  }
  if (info.isDirectory()) throw new ZwgkError('not-found', `cannot read catalogue ${path}: it is a directory`);
  return info.size;
}

async function sniffFormat(path: string): Promise<CatalogueFileFormat> {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.json') return 'json';
  // Otherwise: JSON Lines when the first line is a whole JSON object with a `type`.
  const stream = createReadStream(path, { start: 0, end: 65_535, encoding: 'utf8' });
  let head = '';
  for await (const chunk of stream) head += chunk as string;
  const first = head.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
  try {
    const value: unknown = JSON.parse(first);
    return typeof value === 'object' && value !== null && 'type' in value ? 'jsonl' : 'json';
  } catch {
    return 'json';
  }
}

/**
 * Validates a catalogue file: JSON Lines streamed line by line (millions of entries in bounded
 * memory), or the JSON form read whole. A missing file throws `ZwgkError` `not-found`; a
 * JSON-form file that is not JSON throws `unsupported-format` with the parser's position. Bad lines
 * of a JSON Lines file are findings, not errors.
 *
 * @param path - the `.json` or `.jsonl` file
 * @param options - validator options, `format`, `onProgress`
 * @returns the report; locations carry the file name and line numbers
 * @category Node
 * @example
 * ```ts
 * import { validateCatalogueFile } from '@zwgk/catalogue/node';
 * const report = await validateCatalogueFile('catalogue.jsonl', { asOf: '2024-12-31' });
 * console.log(report.stats.findings);
 * ```
 */
export async function validateCatalogueFile(path: string, options: CatalogueFileOptions): Promise<CatalogueReport> {
  const size = await statFile(path);
  const format = options.format ?? (await sniffFormat(path));
  const validatorOptions = { ...options, file: options.file ?? path };
  if (format === 'jsonl') {
    const stream = createReadStream(path, { highWaterMark: 1 << 20 });
    return validateCatalogueJsonLines(stream, validatorOptions);
  }
  if (size > MAX_JSON_BYTES)
    throw new ZwgkError(
      'input-too-large',
      `catalogue ${path} is larger than ${MAX_JSON_BYTES} bytes; write it as JSON Lines (.jsonl) to stream it`,
    );
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw fsError(path, error);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ZwgkError('unsupported-format', `catalogue ${path} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
      details: { path },
    });
  }
  if (Array.isArray(value)) return validateCatalogueSync(value as Array<Record<string, unknown>>, validatorOptions);
  if (typeof value !== 'object' || value === null || !('columns' in value || 'entries' in value))
    throw new ZwgkError(
      'unsupported-format',
      `catalogue ${path} is JSON but not a catalogue: expected {site, columns, entries} or an array of records`,
      { details: { path } },
    );
  return validateCatalogueSync(value as never, validatorOptions);
}

export type { JsonLine, JsonLinesOptions };
