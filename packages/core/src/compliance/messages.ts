import { match } from 'ts-pattern';
import type { Location } from '../model/common.js';
import type { EntryStatus, Ledger, LedgerEntry } from '../model/ledger.js';
import type { Role } from '../model/plan.js';

/** The status as a ledger writes it, in zh-CN. */
export function statusZh(status: EntryStatus | null): string {
  if (status === null) return '无记录';
  return match(status)
    .with('not_started', () => '未启动')
    .with('in_progress', () => '推进中')
    .with('done', () => '已完成')
    .with('ongoing', () => '持续推进')
    .with('blocked', () => '滞后')
    .exhaustive();
}

/** The status in English. */
export function statusEn(status: EntryStatus | null): string {
  if (status === null) return 'no entry';
  return match(status)
    .with('not_started', () => 'not started')
    .with('in_progress', () => 'in progress')
    .with('done', () => 'done')
    .with('ongoing', () => 'ongoing')
    .with('blocked', () => 'blocked')
    .exhaustive();
}

/** The role in zh-CN. */
export function roleZh(role: Role): string {
  return match(role)
    .with('lead', () => '牵头单位')
    .with('responsible', () => '责任单位')
    .with('cooperate', () => '配合单位')
    .exhaustive();
}

/** Where an entry is: its own location, else its ledger's file and sheet with the entry's row. */
export function locateEntry(entry: LedgerEntry, ledger: Ledger): Location {
  const own = entry.location;
  // Importers give every entry its full location: share it rather than copy it.
  if (
    own?.file !== undefined &&
    own.row !== undefined &&
    (own.sheet !== undefined || ledger.source.sheet === undefined)
  ) {
    return own;
  }
  const location: Location = {};
  const file = own?.file ?? ledger.source.file;
  const sheet = own?.sheet ?? ledger.source.sheet;
  if (file !== undefined) location.file = file;
  if (sheet !== undefined) location.sheet = sheet;
  location.row = own?.row ?? entry.row;
  return location;
}

/** Where a ledger is (file and sheet), or undefined when it does not say. */
export function locateLedger(ledger: Ledger): Location | undefined {
  const location: Location = {};
  if (ledger.source.file !== undefined) location.file = ledger.source.file;
  if (ledger.source.sheet !== undefined) location.sheet = ledger.source.sheet;
  return Object.keys(location).length > 0 ? location : undefined;
}

/**
 * A template tag that builds the text in one piece. A plain template literal joins its parts into a
 * chain of small strings; a check keeps tens of thousands of messages, and flat ones cost the
 * garbage collector far less.
 */
export function flat(strings: TemplateStringsArray, ...values: unknown[]): string {
  const parts: string[] = [strings[0] as string];
  for (let i = 0; i < values.length; i++) parts.push(String(values[i]), strings[i + 1] as string);
  return parts.join('');
}
