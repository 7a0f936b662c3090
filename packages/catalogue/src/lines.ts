import type { CatalogueReport } from './model.js';
import { DEFAULT_CATALOGUE_SETTINGS } from './settings.js';
import { type CatalogueValidatorOptions, createCatalogueValidator } from './validator.js';

/**
 * Options of the JSON Lines reader.
 *
 * @category Input
 * @example
 * ```ts
 * const options: JsonLinesOptions = { maxLineLength: 65_536 };
 * ```
 */
export interface JsonLinesOptions {
  /** Longest line kept, in UTF-16 units (default 1 MiB); a longer line is reported, not read. */
  maxLineLength?: number;
}

/**
 * One line of a JSON Lines input, numbered from 1: its text, or only its length when too long.
 *
 * @category Input
 * @example
 * ```ts
 * const line: JsonLine = { line: 3, text: '{"type":"entry"}' };
 * ```
 */
export type JsonLine = { line: number; text: string } | { line: number; tooLong: number };

/**
 * Splits a stream of text or UTF-8 bytes into lines with bounded memory: a line longer than the
 * limit is skipped (reported once) instead of growing without end. Handles `\r\n` and a BOM.
 */
class LineSplitter {
  private carry = '';
  private line = 0;
  private skipping = false;
  private started = false;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly onLine: (line: JsonLine) => void,
    private readonly max: number,
  ) {}

  push(chunk: Uint8Array | string): void {
    this.feed(typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true }));
  }

  end(): void {
    this.feed(this.decoder.decode());
    if (this.skipping) return;
    if (this.carry !== '') {
      this.line++;
      this.emit(this.carry);
      this.carry = '';
    }
  }

  private emit(text: string): void {
    const t = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (t.length > this.max) this.onLine({ line: this.line, tooLong: t.length });
    else this.onLine({ line: this.line, text: t });
  }

  private feed(input: string): void {
    let text = input;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) break;
      this.line++;
      if (this.skipping) this.skipping = false;
      else if (this.carry === '') this.emit(text.slice(start, nl));
      else {
        this.emit(this.carry + text.slice(start, nl));
        this.carry = '';
      }
      start = nl + 1;
    }
    if (this.skipping || start === text.length) return;
    this.carry += start === 0 ? text : text.slice(start);
    if (this.carry.length > this.max) {
      this.onLine({ line: this.line + 1, tooLong: this.carry.length });
      this.carry = '';
      this.skipping = true;
    }
  }
}

/**
 * Reads JSON Lines from chunks of text or UTF-8 bytes (a `fetch` body, a Node stream, strings)
 * and calls `onLine` for each line, in order, with its 1-based number. Memory stays within one
 * chunk plus one line; a line over `maxLineLength` is passed as `{line, tooLong}`.
 *
 * @param chunks - the input, in pieces of any size
 * @param onLine - called for every line
 * @param options - `maxLineLength`
 * @returns the number of lines read
 * @category Input
 * @example
 * ```ts
 * const response = await fetch('/catalogue.jsonl');
 * await jsonLinesFromChunks(response.body!, (l) => { if ('text' in l) console.log(l.line, l.text); });
 * ```
 */
export async function jsonLinesFromChunks(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  onLine: (line: JsonLine) => void,
  options: JsonLinesOptions = {},
): Promise<number> {
  let count = 0;
  const splitter = new LineSplitter((l) => {
    count++;
    onLine(l);
  }, options.maxLineLength ?? DEFAULT_CATALOGUE_SETTINGS.maxLineLength);
  for await (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return count;
}

/**
 * Validates a catalogue in JSON Lines form read from chunks of text or bytes (browser or Node):
 * each line is parsed and validated, then dropped. Bad lines become `invalid-record` findings with
 * their line number; `onProgress` is called every `progressEvery` lines (default 100,000).
 *
 * @param chunks - the JSON Lines input, in pieces of any size
 * @param options - validator options plus `onProgress`/`progressEvery`
 * @returns the report
 * @category Validate
 * @example
 * ```ts
 * import { validateCatalogueJsonLines } from '@zwgk/catalogue';
 * const response = await fetch('/catalogue.jsonl');
 * const report = await validateCatalogueJsonLines(response.body!, { asOf: '2024-12-31' });
 * ```
 */
export async function validateCatalogueJsonLines(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: CatalogueValidatorOptions & { onProgress?: (lines: number) => void; progressEvery?: number },
): Promise<CatalogueReport> {
  const validator = createCatalogueValidator(options);
  const every = options.progressEvery ?? 100_000;
  const onProgress = options.onProgress;
  const maxLineLength = options.settings?.maxLineLength ?? DEFAULT_CATALOGUE_SETTINGS.maxLineLength;
  await jsonLinesFromChunks(
    chunks,
    (l) => {
      if ('text' in l) validator.pushLine(l.text, l.line);
      else
        validator.rejectLine(
          l.line,
          `第 ${l.line} 行过长（${l.tooLong} 个字符，上限 ${maxLineLength}），未读取`,
          `Line ${l.line} is too long (${l.tooLong} characters, limit ${maxLineLength}) and was skipped`,
        );
      if (onProgress && l.line % every === 0) onProgress(l.line);
    },
    { maxLineLength },
  );
  return validator.finish();
}
