/**
 * The encodings {@link decodeText} recognises. `utf-8-bom`, `utf-16le` and `utf-16be` are told by
 * their byte-order mark (UTF-16 also by its zero bytes when the mark is missing); `gb18030` is the
 * fallback for bytes that are not valid UTF-8 (GBK and GB2312 files are GB18030 subsets).
 *
 * @category Plan input
 * @example
 * ```ts
 * import { decodeText, type TextEncodingName } from '@zwgk/core';
 * const name: TextEncodingName = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).encoding; // 'utf-8-bom'
 * ```
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Text decoded from bytes, with the encoding that was used.
 *
 * @category Plan input
 * @example
 * ```ts
 * import { decodeText, type DecodedText } from '@zwgk/core';
 * const decoded: DecodedText = decodeText(new TextEncoder().encode('政务公开'));
 * decoded.text; // '政务公开'
 * ```
 */
export interface DecodedText {
  /** The text, without any byte-order mark. */
  text: string;
  /** The encoding the bytes were read as. */
  encoding: TextEncodingName;
}

// Enough bytes to tell UTF-16 without a BOM by its zero bytes, without scanning a whole file.
const SNIFF_BYTES = 4096;

/**
 * Decodes the bytes of a text file the way Chinese offices save them: a byte-order mark wins
 * (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8 is UTF-8; otherwise the bytes are read as GB18030,
 * which covers GBK and GB2312 files from older Windows machines. Never throws: bytes that are valid
 * in no encoding come out with U+FFFD replacement characters.
 *
 * @param bytes - the file content
 * @returns the text and the encoding used
 * @category Plan input
 * @example
 * ```ts
 * import { decodeText } from '@zwgk/core';
 *
 * decodeText(new TextEncoder().encode('完成时限：持续推进')).encoding; // 'utf-8'
 * // 「政务」 saved by Notepad as GBK / GB18030
 * decodeText(new Uint8Array([0xd5, 0xfe, 0xce, 0xf1])); // { text: '政务', encoding: 'gb18030' }
 * ```
 * @example
 * ```ts
 * // UTF-16 with a byte-order mark (Windows "Unicode" text)
 * decodeText(new Uint8Array([0xff, 0xfe, 0x3f, 0x65, 0xa1, 0x52])); // { text: '政务', encoding: 'utf-16le' }
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeLoose('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeLoose('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeLoose('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return { text: decodeLoose(utf16, bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeLoose('gb18030', bytes), encoding: 'gb18030' };
  }
}

/** Decodes without ever throwing; a runtime without the label falls back to lenient UTF-8. */
function decodeLoose(label: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030', bytes: Uint8Array): string {
  let decoder: TextDecoder;
  try {
    // ignoreBOM: the mark was already removed above; a second one is content.
    decoder = new TextDecoder(label, { fatal: false, ignoreBOM: true });
  } catch {
    decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  }
  return decoder.decode(bytes);
}

/**
 * UTF-16 without a byte-order mark: plan text never holds NUL characters, so many zero bytes, nearly
 * all on odd (LE) or even (BE) offsets, mean UTF-16.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.2 && even <= odd / 20) return 'utf-16le';
  if (even >= pairs * 0.2 && odd <= even / 20) return 'utf-16be';
  return null;
}
