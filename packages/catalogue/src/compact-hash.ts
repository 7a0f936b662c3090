// A set of strings kept as two 32-bit hashes per key in typed arrays, for index-number uniqueness
// over millions of entries: 12 bytes a slot (about 24 a key) instead of a few hundred for a Set of
// strings, and outside the garbage-collected heap.
// Two keys that differ share both hashes with a chance near 2^-64 per pair (≈ 3·10^-8 over a
// million keys), which we accept: the cost is one false "duplicate" in the rarest case.

// Two independent 32-bit hashes of a string in one pass: FNV-1a and a murmur-style mix. The
// second (and the first, made non-zero) are left in module variables to spare an allocation.
let hashA = 0;
let hashB = 0;
function hashPair(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  hashB = (b ^ (b >>> 16)) >>> 0;
  hashA = a >>> 0 || 1;
  return hashA;
}

/** Where a key was first added: its record number, or its line when it had one (`row` > 0). */
export interface FirstSeen {
  ordinal: number;
  row: number;
}

// The high bit of a slot's position marks a line number; without it, the number is the ordinal.
const ROW_FLAG = 0x8000_0000;

/**
 * A memory-compact map from strings to unsigned 32-bit numbers: each slot is three adjacent 32-bit
 * words (hash a, hash b, value), so a look-up touches one cache line and nothing lives on the
 * garbage-collected heap. Keys are not kept: two keys that share both hashes (≈ 2^-64 a pair) are
 * taken as one.
 */
export class CompactStringMap {
  private capacity = 1024;
  private size = 0;
  private slots = new Uint32Array(this.capacity * 3);

  /** The number of distinct keys. */
  get count(): number {
    return this.size;
  }

  private find(key: string): number {
    // 0 marks an empty slot, so a hash of 0 is moved to 1.
    const ha = hashPair(key);
    const hb = hashB;
    const mask = this.capacity - 1;
    const slots = this.slots;
    let i = (ha ^ hb) & mask;
    while (slots[i * 3] !== 0) {
      if (slots[i * 3] === ha && slots[i * 3 + 1] === hb) return i * 3;
      i = (i + 1) & mask;
    }
    return -(i * 3) - 1;
  }

  /** The value of a key, or undefined. */
  get(key: string): number | undefined {
    const at = this.find(key);
    return at >= 0 ? this.slots[at + 2] : undefined;
  }

  /** Sets a key's value; returns the previous value, if any. */
  set(key: string, value: number): number | undefined {
    const at = this.find(key);
    if (at >= 0) {
      const old = this.slots[at + 2];
      this.slots[at + 2] = value;
      return old;
    }
    this.insert(-at - 1, value);
    return undefined;
  }

  /** Sets a key's value only if it has none; returns the value it already had, if any. */
  setIfAbsent(key: string, value: number): number | undefined {
    const at = this.find(key);
    if (at >= 0) return this.slots[at + 2];
    this.insert(-at - 1, value);
    return undefined;
  }

  private insert(at: number, value: number): void {
    // The hashes of the key that find() just looked up.
    this.slots[at] = hashA;
    this.slots[at + 1] = hashB;
    this.slots[at + 2] = value;
    if (++this.size * 2 > this.capacity) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    const slots = new Uint32Array(this.capacity * 3);
    const mask = this.capacity - 1;
    for (let j = 0; j < old.length; j += 3) {
      const ha = old[j]!;
      if (ha === 0) continue;
      const hb = old[j + 1]!;
      let i = (ha ^ hb) & mask;
      while (slots[i * 3] !== 0) i = (i + 1) & mask;
      slots[i * 3] = ha;
      slots[i * 3 + 1] = hb;
      slots[i * 3 + 2] = old[j + 2]!;
    }
    this.slots = slots;
  }
}

/**
 * A memory-compact set of strings that remembers where each key was first seen (see
 * {@link CompactStringMap}).
 */
export class CompactStringSet {
  private readonly map = new CompactStringMap();

  /** The number of distinct keys. */
  get count(): number {
    return this.map.count;
  }

  /**
   * Adds a key; returns where it was first seen when it was already there. Only one number is
   * kept: the line (`row`) when it is > 0, else the ordinal; the other comes back as 0.
   */
  add(key: string, ordinal: number, row: number): FirstSeen | undefined {
    const w = this.map.setIfAbsent(key, row > 0 ? ROW_FLAG + (row % ROW_FLAG) : ordinal % ROW_FLAG);
    if (w === undefined) return undefined;
    return w >= ROW_FLAG ? { ordinal: 0, row: w - ROW_FLAG } : { ordinal: w, row: 0 };
  }
}
