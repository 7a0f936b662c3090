// Encoders the fixture scripts use to write real-world text files (Node's TextEncoder only writes
// UTF-8): GB18030/GBK as Excel and Notepad in China save, and UTF-16 with a BOM.

/** GB18030 encoder built from the platform's GB18030 decoder: two-byte (GBK) and four-byte codes. */
export function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  // Four-byte codes of the rest of the BMP (U+2003 EM SPACE and such are not in GBK).
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++)
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          const ch = decoder.decode(new Uint8Array([b1, b2, b3, b4]));
          if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [b1, b2, b3, b4]);
        }
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else {
      const bytes = table.get(ch);
      if (bytes !== undefined) out.push(...bytes);
      else if (cp >= 0x10000) {
        // Supplementary planes are linear from 0x90308130.
        let n = cp - 0x10000;
        const b4 = 0x30 + (n % 10);
        n = Math.floor(n / 10);
        const b3 = 0x81 + (n % 126);
        n = Math.floor(n / 126);
        out.push(0x90 + Math.floor(n / 10), 0x30 + (n % 10), b3, b4);
      } else throw new Error(`no GB18030 code for U+${cp.toString(16)}`);
    }
  }
  return new Uint8Array(out);
}

/** UTF-16 with a byte order mark, little- or big-endian, as Windows' Notepad saves "Unicode". */
export function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, !bigEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), !bigEndian);
  return out;
}
