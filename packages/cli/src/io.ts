import { readFile, stat } from 'node:fs/promises';
import { CliError } from './errors.js';

/** Largest input file the CLI reads whole (plans, directories, JSON ledgers): 256 MiB. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Reads a file, or stdin for `-`, as bytes; a missing, unreadable or oversized file becomes a
 * {@link CliError} naming it.
 */
export async function readInput(file: string, what = 'input'): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_INPUT_BYTES) throw new CliError(`${what} from stdin is larger than ${MAX_INPUT_BYTES} bytes`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch (error) {
    throw new CliError(`cannot read ${what} ${file}: ${describeFsError(error)}`);
  }
  if (info.isDirectory()) throw new CliError(`cannot read ${what} ${file}: it is a directory`);
  if (info.size > MAX_INPUT_BYTES) throw new CliError(`${what} ${file} is larger than ${MAX_INPUT_BYTES} bytes`);
  try {
    return await readFile(file);
  } catch (error) {
    throw new CliError(`cannot read ${what} ${file}: ${describeFsError(error)}`);
  }
}

/** Reads a JSON file (or stdin) and parses it; bad JSON becomes a {@link CliError} with the position. */
export async function readJson(file: string, what = 'JSON'): Promise<unknown> {
  const text = new TextDecoder('utf-8').decode(await readInput(file, what));
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`${what} ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message ?? String(error);
}
