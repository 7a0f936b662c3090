// A minimal reader of the ZIP directory, so that limits are checked on the declared sizes before
// anything is inflated, and inflation itself is metered (a lying header cannot run away).
import { Inflate } from 'fflate';

/** One file of a ZIP archive as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  originalSize: number;
  localHeaderOffset: number;
}

/** Why reading a ZIP archive failed. */
export type ZipProblem = 'not-zip' | 'corrupt' | 'too-large' | 'unsupported-method';

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
// Inflate in slices this big: one slice can expand at most ~1032 times (64 MiB), then we meter.
const SLICE = 64 * 1024;

const u16 = (b: Uint8Array, o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number) => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 2 ** 32;

/** Reads the central directory; a buffer that is not a ZIP archive gives a problem, not a throw. */
export function readZipDirectory(bytes: Uint8Array): { entries: ZipEntry[] } | { problem: ZipProblem } {
  let e = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  while (e >= stop && u32(bytes, e) !== EOCD) e--;
  if (e < stop) return { problem: 'not-zip' };
  let count = u16(bytes, e + 10);
  let offset = u32(bytes, e + 16);
  if (e >= 20 && u32(bytes, e - 20) === EOCD64_LOCATOR) {
    const z = u64(bytes, e - 12);
    if (z + 56 <= bytes.length && u32(bytes, z) === EOCD64) {
      count = u64(bytes, z + 32);
      offset = u64(bytes, z + 48);
    }
  }
  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== CENTRAL) return { problem: 'corrupt' };
    const nameLength = u16(bytes, offset + 28);
    const extraLength = u16(bytes, offset + 30);
    const commentLength = u16(bytes, offset + 32);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: u16(bytes, offset + 10),
      compressedSize: u32(bytes, offset + 20),
      originalSize: u32(bytes, offset + 24),
      localHeaderOffset: u32(bytes, offset + 42),
    };
    readZip64Extra(bytes.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { entries };
}

/** Sizes and offsets that do not fit 32 bits are in the ZIP64 extra field (id 1), in this order. */
function readZip64Extra(extra: Uint8Array, entry: ZipEntry): void {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = u16(extra, p);
    const size = u16(extra, p + 2);
    if (id === 1) {
      let q = p + 4;
      const end = q + size;
      if (entry.originalSize === 0xffffffff && q + 8 <= end) {
        entry.originalSize = u64(extra, q);
        q += 8;
      }
      if (entry.compressedSize === 0xffffffff && q + 8 <= end) {
        entry.compressedSize = u64(extra, q);
        q += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff && q + 8 <= end) entry.localHeaderOffset = u64(extra, q);
      return;
    }
    p += 4 + size;
  }
}

/**
 * Inflates one entry, stopping with `too-large` as soon as the output passes `maxBytes`, whatever
 * its header declared.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
): { data: Uint8Array } | { problem: ZipProblem } {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) return { problem: 'corrupt' };
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { problem: 'corrupt' };
  const raw = bytes.subarray(start, end);
  if (entry.method === 0) return raw.length > maxBytes ? { problem: 'too-large' } : { data: raw.slice() };
  if (entry.method !== 8) return { problem: 'unsupported-method' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let p = 0; p < raw.length && total <= maxBytes; p += SLICE) {
      inflater.push(raw.subarray(p, Math.min(p + SLICE, raw.length)), p + SLICE >= raw.length);
    }
  } catch {
    return { problem: 'corrupt' };
  }
  if (total > maxBytes) return { problem: 'too-large' };
  if (!done && raw.length > 0) return { problem: 'corrupt' };
  const data = new Uint8Array(total);
  let o = 0;
  for (const chunk of chunks) {
    data.set(chunk, o);
    o += chunk.length;
  }
  return { data };
}
