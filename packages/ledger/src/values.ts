import type { EntryStatus } from '@zwgk/core';
import { normalizeText, toHalfWidthAlnum } from '@zwgk/core';

/**
 * Status words units write in a ledger's 完成状态 / 完成情况 column, and the status each means.
 * Matching takes the longest word found in the cell, so `未完成` wins over `完成`.
 *
 * @category Values
 * @example
 * ```ts
 * DEFAULT_STATUS_WORDS['已完成']; // 'done'
 * DEFAULT_STATUS_WORDS['常态化']; // 'ongoing'
 * ```
 */
export const DEFAULT_STATUS_WORDS: Readonly<Record<string, EntryStatus>> = {
  已完成: 'done',
  完成: 'done',
  已办结: 'done',
  办结: 'done',
  已落实: 'done',
  全部完成: 'done',
  按时完成: 'done',
  已上线: 'done',
  已建成: 'done',
  已发布: 'done',
  已公开: 'done',
  推进中: 'in_progress',
  正在推进: 'in_progress',
  有序推进: 'in_progress',
  推进: 'in_progress',
  进行中: 'in_progress',
  正在进行: 'in_progress',
  正在开展: 'in_progress',
  正在办理: 'in_progress',
  办理中: 'in_progress',
  实施中: 'in_progress',
  部分完成: 'in_progress',
  基本完成: 'in_progress',
  未完成: 'in_progress',
  持续推进: 'ongoing',
  持续开展: 'ongoing',
  持续: 'ongoing',
  常态化: 'ongoing',
  常态化推进: 'ongoing',
  常态推进: 'ongoing',
  长期: 'ongoing',
  长期坚持: 'ongoing',
  长期推进: 'ongoing',
  未启动: 'not_started',
  未开始: 'not_started',
  尚未启动: 'not_started',
  尚未开始: 'not_started',
  待启动: 'not_started',
  未开展: 'not_started',
  滞后: 'blocked',
  进度滞后: 'blocked',
  受阻: 'blocked',
  延期: 'blocked',
  暂停: 'blocked',
  逾期: 'blocked',
  not_started: 'not_started',
  in_progress: 'in_progress',
  done: 'done',
  ongoing: 'ongoing',
  blocked: 'blocked',
};

/**
 * A compiled list of status words, longest first; build it once with {@link createStatusReader}.
 *
 * @category Values
 * @example
 * ```ts
 * const read: StatusReader = createStatusReader({ 已办结: 'done' });
 * ```
 */
export type StatusReader = (cell: string) => EntryStatus | undefined;

/**
 * Builds a function that maps a status cell to a status: exact word first, else the longest known
 * word contained in the cell (`已于6月完成` → done, `未完成` → in_progress). Extra words override
 * the built-in ones. Returns undefined when no word is found.
 *
 * @param extra - more words (from options or plugins)
 * @returns the reader
 * @category Values
 * @example
 * ```ts
 * const read = createStatusReader({ 已办结: 'done' });
 * read('已办结'); // 'done'
 * read('正在推进'); // 'in_progress'
 * read('看情况'); // undefined
 * ```
 */
export function createStatusReader(
  ...extra: ReadonlyArray<Readonly<Record<string, EntryStatus>> | undefined>
): StatusReader {
  const words = new Map<string, EntryStatus>();
  for (const table of [DEFAULT_STATUS_WORDS, ...extra]) {
    for (const [word, status] of Object.entries(table ?? {})) words.set(statusKey(word), status);
  }
  const byLength = [...words.keys()].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  const cache = new Map<string, EntryStatus | undefined>();
  // Ledgers repeat a handful of status words: remember them by the raw cell, before normalising.
  return (cell) => {
    if (cache.has(cell)) return cache.get(cell);
    const key = statusKey(cell);
    let found: EntryStatus | undefined;
    if (key !== '') {
      found = words.get(key);
      if (found === undefined) {
        const word = byLength.find((w) => key.includes(w));
        found = word === undefined ? undefined : words.get(word);
      }
    }
    if (cache.size < 10_000) cache.set(cell, found);
    return found;
  };
}

function statusKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[。．.，,；;：:！!、"“”'‘’]/g, '');
}

/**
 * Reads a progress cell as a percentage 0–100: `80%`, `80`, `0.8`, `完成进度80%`. Numbers from 0 to 1
 * are read as fractions (Excel stores `80%` as 0.8). Returns undefined when the cell holds no
 * percentage (a narrative 进展情况 is kept as notes by the importer).
 *
 * @param cell - the cell's text
 * @param numeric - the cell's number, when it is a number cell
 * @returns the percentage, or undefined
 * @category Values
 * @example
 * ```ts
 * parseProgress('80%'); // 80
 * parseProgress('0.8'); // 80
 * parseProgress('', 0.5); // 50
 * parseProgress('已在门户网站开设专栏'); // undefined
 * ```
 */
export function parseProgress(cell: string, numeric?: number): number | undefined {
  if (numeric !== undefined && Number.isFinite(numeric)) return clampPercent(numeric <= 1 ? numeric * 100 : numeric);
  // Digits and % only: full-width forms to ASCII is all the normalising a number needs.
  const text = toHalfWidthAlnum(cell).replace(/\s+/g, '');
  if (text === '') return undefined;
  const percent = /(\d+(?:\.\d+)?)[%％]/.exec(text);
  if (percent) return clampPercent(Number(percent[1]));
  if (/^\d+(?:\.\d+)?$/.test(text)) {
    const value = Number(text);
    return clampPercent(value <= 1 ? value * 100 : value);
  }
  return undefined;
}

function clampPercent(value: number): number | undefined {
  if (!Number.isFinite(value) || value < 0 || value > 100) return undefined;
  return Math.round(value * 100) / 100;
}

/**
 * Splits an evidence cell (佐证材料) into items on line breaks and `；`/`;`, trimmed, empties dropped.
 *
 * @param cell - the cell's text
 * @returns the items
 * @category Values
 * @example
 * ```ts
 * splitEvidence('政策解读专栏截图；\nhttps://www.dangshan.gov.cn/zcjd/1.html'); // ['政策解读专栏截图', 'https://…']
 * ```
 */
export function splitEvidence(cell: string): string[] {
  const items: string[] = [];
  let start = 0;
  // One pass, no intermediate arrays: this runs on every row of a large ledger.
  for (let i = 0; i <= cell.length; i++) {
    const code = i < cell.length ? cell.charCodeAt(i) : 10;
    if (code === 10 || code === 13 || code === 0xff1b || code === 59 || code === 0x2028) {
      if (i > start) {
        const item = cell.slice(start, i).trim();
        if (item !== '') items.push(item);
      }
      start = i + 1;
    }
  }
  return items;
}

const DAY_MS = 86_400_000;
// Day 0 of each Excel date system: serial 1 is 1900-01-01 in the 1900 system (with Lotus' phantom
// 1900-02-29 counted, so serials from 61 on are days since 1899-12-30), and 1904-01-02 in the 1904 one.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Converts an Excel date serial to an ISO date, in the 1900 or 1904 date system of the workbook.
 * The time of day is dropped. Returns undefined outside 1900-01-01 … 9999-12-31.
 *
 * @param serial - the serial number
 * @param date1904 - whether the workbook uses the 1904 date system
 * @returns the ISO date, or undefined
 * @category Values
 * @example
 * ```ts
 * excelSerialToIso(45473); // '2024-06-30'
 * excelSerialToIso(44011, true); // '2024-06-30'
 * ```
 */
export function excelSerialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const day = Math.floor(serial + 1e-9);
  let ms: number;
  if (date1904) ms = EPOCH_1904 + day * DAY_MS;
  // Serials 1–59 fall before Lotus' phantom 1900-02-29 (serial 60), one day later than the rule above.
  else ms = day < 60 ? EPOCH_1900 + (day + 1) * DAY_MS : EPOCH_1900 + day * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Builds an ISO date from parts, or undefined when they name no calendar day (2024-02-30).
 *
 * @param year - full year
 * @param month - 1–12
 * @param day - 1–31
 * @returns the ISO date, or undefined
 * @category Values
 * @example
 * ```ts
 * isoFromParts(2024, 6, 30); // '2024-06-30'
 * isoFromParts(2023, 2, 29); // undefined
 * ```
 */
export function isoFromParts(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Options of {@link parseLedgerDate}.
 *
 * @category Values
 * @example
 * ```ts
 * const options: LedgerDateOptions = { year: 2024, date1904: false };
 * ```
 */
export interface LedgerDateOptions {
  /** Year for dates written without one (`6月30日`): the plan's or ledger's year. */
  year?: number;
  /** Whether serial numbers count in the 1904 date system. */
  date1904?: boolean;
}

/**
 * Reads a date as units write it in a ledger: a date cell, an Excel serial (1900 or 1904 system),
 * `2024-06-30`, `2024.6.30`, `2024/6/30`, `2024年6月30日`, `20240630`, `6月30日` (year from the
 * options), `2024年6月` or `6月底` (last day of the month). A time after the date is ignored.
 * Returns undefined when the text is no date.
 *
 * @param value - the cell: text, serial number or Date
 * @param options - year for dates without one, date system for serials
 * @returns the ISO date, or undefined
 * @category Values
 * @example
 * ```ts
 * parseLedgerDate('2024年6月30日'); // '2024-06-30'
 * parseLedgerDate('2024.6.30'); // '2024-06-30'
 * parseLedgerDate('6月30日', { year: 2024 }); // '2024-06-30'
 * parseLedgerDate(45473); // '2024-06-30'
 * parseLedgerDate('尽快'); // undefined
 * ```
 */
export function parseLedgerDate(value: string | number | Date, options: LedgerDateOptions = {}): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number') return excelSerialToIso(value, options.date1904);
  // No script conversion needed: dates are digits and 年月日号, which simplified and traditional share.
  const text = toHalfWidthAlnum(value)
    .replace(/\s+/g, '')
    .replace(/号/g, '日')
    .replace(/(?:之前|以前|前)$/, '');
  if (text === '' || text.length > 40) return undefined;
  let m = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?(?:[T\d:：.]*)?$/.exec(text);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[-./年](\d{1,2})月?(?:底|末|底前)?$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? isoFromParts(year, month, lastDayOfMonth(year, month)) : undefined;
  }
  if (options.year !== undefined) {
    m = /^(\d{1,2})[月.\-/](\d{1,2})日?$/.exec(text);
    if (m) return isoFromParts(options.year, Number(m[1]), Number(m[2]));
    m = /^(\d{1,2})月(?:底|末|底前)?$/.exec(text);
    if (m) {
      const month = Number(m[1]);
      return month >= 1 && month <= 12
        ? isoFromParts(options.year, month, lastDayOfMonth(options.year, month))
        : undefined;
    }
  }
  // A date inside a longer text: `已完成（2024.6.30）`, `2024年6月30日上线`.
  m = /(?:^|\D)(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})(?!\d)/.exec(text);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  // A serial typed as text, as CSV exports of date columns sometimes hold.
  if (/^\d{5}(?:\.\d+)?$/.test(text)) {
    const serial = Number(text);
    if (serial >= 20_000 && serial <= 80_000) return excelSerialToIso(serial, options.date1904);
  }
  return undefined;
}
