import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { ZwgkError } from '@zwgk/core';

/**
 * One file inside a zip container, as its central directory describes it.
 *
 * @category Import
 * @example
 * ```ts
 * const entry: ZipEntry = { name: 'xl/workbook.xml', method: 8, compressedSize: 512, size: 1400, crc: 0, dataOffset: 0 };
 * ```
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** CRC-32 of the uncompressed data, as the directory declares it. */
  crc: number;
  /** Offset of the compressed data in the file. */
  dataOffset: number;
}

/**
 * Limits checked by {@link readZipDirectory}: total uncompressed bytes and the largest ratio of
 * uncompressed to compressed size of one part.
 *
 * @category Import
 * @example
 * ```ts
 * const limits: ZipLimits = { maxUncompressedBytes: 1 << 30, maxCompressionRatio: 200 };
 * ```
 */
export interface ZipLimits {
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
}

function fail(fileName: string, en: string, zh: string): never {
  throw new ZwgkError('unsupported-format', `${fileName} ${en} / ${zh}`);
}

/**
 * Reads the central directory of a zip container (an .xlsx file) without inflating anything, and
 * checks the sizes it declares against the limits: the total uncompressed size and the ratio of
 * uncompressed to compressed size. A zip bomb fails here, before any parser sees it.
 *
 * @param bytes - the file's bytes
 * @param fileName - for messages
 * @param limits - the decompression limits
 * @returns the entries by name
 * @throws ZwgkError `unsupported-format` for a corrupt zip, `input-too-large` past a limit
 * @category Import
 * @example
 * ```ts
 * const entries = readZipDirectory(bytes, '台账.xlsx', { maxUncompressedBytes: 1 << 30, maxCompressionRatio: 200 });
 * entries.has('xl/workbook.xml');
 * ```
 */
export function readZipDirectory(bytes: Uint8Array, fileName: string, limits: ZipLimits): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    fail(fileName, 'is not a valid .xlsx workbook (corrupt zip: no central directory)', '文件已损坏或不是 xlsx 工作簿');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder('utf-8');
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50)
      fail(fileName, 'is not a valid .xlsx workbook (corrupt zip directory)', '文件已损坏或不是 xlsx 工作簿');
    const method = view.getUint16(offset + 10, true);
    const crc = view.getUint32(offset + 16, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
    if (size === 0xffffffff || compressedSize === 0xffffffff)
      throw new ZwgkError('input-too-large', `${fileName}: part ${name} is larger than 4 GiB (zip64) / 工作簿过大`);
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== 0x04034b50)
      fail(fileName, `is not a valid .xlsx workbook (corrupt zip entry ${name})`, '文件已损坏');
    const dataOffset =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > bytes.length)
      fail(fileName, `is truncated (zip entry ${name} runs past the end)`, '文件不完整');
    total += size;
    const ratio = size / Math.max(compressedSize, 1);
    if (total > limits.maxUncompressedBytes)
      throw new ZwgkError(
        'input-too-large',
        `${fileName} would expand to more than ${limits.maxUncompressedBytes} bytes when unzipped (possible zip bomb); refusing to read it / 解压后超过大小上限，疑似压缩炸弹`,
      );
    if (size > 1024 * 1024 && ratio > limits.maxCompressionRatio)
      throw new ZwgkError(
        'input-too-large',
        `${fileName}: part ${name} has a compression ratio of ${Math.round(ratio)}:1, above the limit of ${limits.maxCompressionRatio}:1 (possible zip bomb); refusing to read it / 压缩比异常，疑似压缩炸弹`,
      );
    entries.set(name, { name, method, compressedSize, size, crc, dataOffset });
  }
  return entries;
}

/**
 * Inflates one zip entry, never producing more bytes than its declared size: a part that lies
 * about its size (a disguised zip bomb) stops with an error once it passes it. With `keep: false`
 * the bytes are only checked, not returned.
 *
 * @internal
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, fileName: string, keep: boolean): Uint8Array {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.size) fail(fileName, `is corrupt (part ${entry.name} has the wrong size)`, '文件已损坏');
    return keep ? data : new Uint8Array(0);
  }
  if (entry.method !== 8)
    fail(fileName, `uses an unsupported zip compression (${entry.method}) in ${entry.name}`, '压缩方式不受支持');
  let out: Uint8Array;
  try {
    // zlib stops at maxOutputLength (RangeError) instead of allocating whatever the data expands to.
    out = inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ZwgkError(
        'input-too-large',
        `${fileName}: part ${entry.name} expands past its declared size of ${entry.size} bytes (possible zip bomb); refusing to read it / 解压数据超出声明大小，疑似压缩炸弹`,
      );
    fail(fileName, `is corrupt (part ${entry.name} cannot be inflated: ${(error as Error).message})`, '文件已损坏');
  }
  if (out.length !== entry.size)
    fail(fileName, `is corrupt (part ${entry.name} does not match its declared size)`, '文件已损坏');
  return keep ? new Uint8Array(out.buffer, out.byteOffset, out.length) : new Uint8Array(0);
}

/**
 * Inflates one zip entry as a stream, handing each chunk to `onChunk`, so a large part (a sheet of
 * 100,000 rows) is never held whole. Like {@link inflateEntry} it stops with an error once the
 * part passes its declared size, and checks that it reaches it.
 *
 * @internal
 */
export async function scanEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  fileName: string,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  if (entry.method !== 8) {
    onChunk(inflateEntry(bytes, entry, fileName, true));
    return;
  }
  const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  inflater.end(data);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > entry.size) {
        inflater.destroy();
        throw new ZwgkError(
          'input-too-large',
          `${fileName}: part ${entry.name} expands past its declared size of ${entry.size} bytes (possible zip bomb); refusing to read it / 解压数据超出声明大小，疑似压缩炸弹`,
        );
      }
      onChunk(chunk);
    }
  } catch (error) {
    if (error instanceof ZwgkError) throw error;
    fail(fileName, `is corrupt (part ${entry.name} cannot be inflated: ${(error as Error).message})`, '文件已损坏');
  }
  if (total !== entry.size)
    fail(fileName, `is corrupt (part ${entry.name} does not match its declared size)`, '文件已损坏');
}

/**
 * Writes a new zip container holding the given entries, in the given order and under the given
 * names, copying their compressed bytes as they are (nothing is inflated or compressed again).
 *
 * @internal
 */
export function rewriteZip(bytes: Uint8Array, parts: ReadonlyArray<{ name: string; entry: ZipEntry }>): Uint8Array {
  const encoder = new TextEncoder();
  const names = parts.map((p) => encoder.encode(p.name));
  let size = 22;
  parts.forEach((p, i) => {
    size += 30 + (names[i] as Uint8Array).length + p.entry.compressedSize + 46 + (names[i] as Uint8Array).length;
  });
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  parts.forEach((p, i) => {
    const name = names[i] as Uint8Array;
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x0800, true); // names in UTF-8
    view.setUint16(at + 8, p.entry.method, true);
    view.setUint32(at + 14, p.entry.crc, true);
    view.setUint32(at + 18, p.entry.compressedSize, true);
    view.setUint32(at + 22, p.entry.size, true);
    view.setUint16(at + 26, name.length, true);
    out.set(name, at + 30);
    out.set(bytes.subarray(p.entry.dataOffset, p.entry.dataOffset + p.entry.compressedSize), at + 30 + name.length);
    at += 30 + name.length + p.entry.compressedSize;
  });
  const directory = at;
  parts.forEach((p, i) => {
    const name = names[i] as Uint8Array;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint16(at + 10, p.entry.method, true);
    view.setUint32(at + 16, p.entry.crc, true);
    view.setUint32(at + 20, p.entry.compressedSize, true);
    view.setUint32(at + 24, p.entry.size, true);
    view.setUint16(at + 28, name.length, true);
    view.setUint32(at + 42, offsets[i] as number, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
