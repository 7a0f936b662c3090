import { CompactStringMap } from '../compact-hash.js';
import { normalizeIndexNumber } from '../index-number.js';
import type { CatalogueRule } from '../model.js';

// Where a number was first seen, in one 32-bit word: a line number with the high bit set, else
// the record's ordinal (never 0, so 0 means "not seen").
const ROW_FLAG = 0x8000_0000;
const encode = (ordinal: number, row: number) => (row > 0 ? ROW_FLAG + (row % ROW_FLAG) : ordinal % ROW_FLAG || 1);

/**
 * Index numbers that share everything up to their serial (`003187229/2024-`) and its width: the
 * serials are numbered 1, 2, 3 … within the group, so a plain array indexed by serial holds them
 * with good locality (the first position of each, 4 bytes a serial).
 */
interface SerialGroup {
  first: Uint32Array;
  count: number;
}

const MAX_SERIAL_DIGITS = 6;

/**
 * `index-number-duplicate`: a 索引号 already used by an earlier entry (index numbers are unique
 * and permanent). Compared after folding widths, spaces and case. Memory stays off the JavaScript
 * heap: serials of a publisher and year are kept in an array indexed by serial (4 bytes each), other
 * shapes as two 32-bit hashes per number (about 24 bytes).
 *
 * @category Rules
 * @example
 * ```ts
 * indexNumberDuplicate.id; // 'index-number-duplicate'
 * ```
 */
export const indexNumberDuplicate: CatalogueRule = {
  id: 'index-number-duplicate',
  severity: 'error',
  description: '索引号重复',
  descriptionEn: 'Duplicate index number',
  create: (ctx) => {
    const others = new CompactStringMap();
    const groups = new Map<string, SerialGroup>();
    let lastPrefix = '';
    let lastDigits = 0;
    let lastGroup: SerialGroup | undefined;

    // Returns the encoded first position if the key was seen, else records it and returns 0.
    const seen = (key: string, where: number): number => {
      const dash = key.lastIndexOf('-');
      const digits = key.length - dash - 1;
      if (dash > 0 && digits >= 1 && digits <= MAX_SERIAL_DIGITS) {
        let serial = 0;
        for (let i = dash + 1; i < key.length; i++) {
          const c = key.charCodeAt(i) - 48;
          if (c < 0 || c > 9) {
            serial = -1;
            break;
          }
          serial = serial * 10 + c;
        }
        if (serial >= 0) {
          let group = lastGroup;
          // Catalogues list a publisher's numbers together: most look-ups reuse the last group.
          if (
            group === undefined ||
            digits !== lastDigits ||
            key.length !== lastPrefix.length + digits ||
            !key.startsWith(lastPrefix)
          ) {
            lastPrefix = key.slice(0, dash + 1);
            const groupKey = `${lastPrefix}${digits}`;
            group = groups.get(groupKey);
            if (!group) {
              group = { first: new Uint32Array(64), count: 0 };
              groups.set(groupKey, group);
            }
            lastGroup = group;
            lastDigits = digits;
          }
          if (serial < group.first.length) {
            const w = group.first[serial]!;
            if (w !== 0) return w;
            group.first[serial] = where;
            group.count++;
            return 0;
          }
          // Grow while the array stays dense enough (at most 16 slots a number); a stray huge
          // serial goes to the hash table instead.
          if (serial < Math.max(4096, 16 * (group.count + 1))) {
            const grown = new Uint32Array(Math.max(serial + 1, group.first.length * 2));
            grown.set(group.first);
            group.first = grown;
            group.first[serial] = where;
            group.count++;
            return 0;
          }
        }
      }
      return others.setIfAbsent(key, where) ?? 0;
    };

    return {
      entry(e) {
        if (e.indexNo === undefined) return;
        const w = seen(e.indexKey ?? normalizeIndexNumber(e.indexNo), encode(e.ordinal, e.location.row ?? 0));
        if (w === 0) return;
        const row = w >= ROW_FLAG ? w - ROW_FLAG : 0;
        const where = row > 0 ? `第 ${row} 行` : `第 ${w} 条记录`;
        const whereEn = row > 0 ? `line ${row}` : `record ${w}`;
        ctx.report({
          entry: e,
          message: `索引号“${e.indexNo}”与${where}的信息重复`,
          messageEn: `Index number "${e.indexNo}" is already used at ${whereEn}`,
          data: { indexNo: e.indexNo, ...(row > 0 ? { firstLine: row } : { firstRecord: w }) },
        });
      },
    };
  },
};
