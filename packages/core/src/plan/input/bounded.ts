import type { Parser } from 'htmlparser2';

// htmlparser2 keeps open elements in an array it unshifts, so each tag costs time in proportion to
// the nesting depth; real documents nest a few dozen deep. Past this depth the rest is not read,
// which keeps hostile markup (100 000 unclosed elements) linear.
export const MAX_DEPTH = 1_000;
const CHUNK = 16 * 1024;

/**
 * Feeds `text` to `parser` in slices and ends it; stops early, without ending (so a half-read tag
 * is not flushed as text), once `depth()` passes {@link MAX_DEPTH}. Returns whether all was read.
 */
export function parseBounded(parser: Parser, text: string, depth: () => number): boolean {
  for (let at = 0; at < text.length; at += CHUNK) {
    parser.write(text.slice(at, at + CHUNK));
    if (depth() > MAX_DEPTH) return false;
  }
  parser.end();
  return true;
}
