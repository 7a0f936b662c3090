import { type ColumnKind, ColumnKindSchema } from '@zwgk/core';
import { isoDateOf } from './dates.js';
import { normalizeIndexNumber, parseDefaultIndexNumber } from './index-number.js';
import type { EntryInfo } from './model.js';

/** A record's fields after the shape check; `problems` lists fields that were ignored. */
export type ReadRecord =
  | { type: 'site'; name: string; url?: string; inferred: boolean; problems: string[] }
  | {
      type: 'column';
      id: string;
      name: string;
      parent: string | null;
      kind: ColumnKind | undefined;
      badKind: string | undefined;
      note: string | null;
      inferred: boolean;
      problems: string[];
    }
  | { type: 'entry'; entry: EntryInfo; inferred: boolean; problems: string[] }
  | { type: 'invalid'; reason: string; reasonEn: string };

// An optional text field: strings trimmed (blank is absent), numbers as text, null absent; any
// other type is noted in `problems` and ignored.
function text(value: unknown, field: string, problems: string[]): string | undefined {
  if (typeof value === 'string') {
    // Trim only when needed: most values have no surrounding spaces.
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(value.length - 1);
    if (first > 32 && last > 32 && first !== 0x3000 && last !== 0x3000) return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value);
  problems.push(field);
  return undefined;
}

const KINDS = new Set<string>(ColumnKindSchema.options);

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value.length > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : JSON.stringify(value);
}

// Records without `type` are recognised by their fields: entries name a column and a title,
// columns have a parent or kind (or an id and a name), a site has a name and no id.
function inferType(obj: Record<string, unknown>): 'site' | 'column' | 'entry' | undefined {
  if ('column' in obj || 'title' in obj) return 'entry';
  if ('parent' in obj || 'kind' in obj || ('id' in obj && 'name' in obj)) return 'column';
  if ('name' in obj) return 'site';
  return undefined;
}

// The last index-number prefix (up to its dash) read in the default shape, and what it gave:
// entries of one publisher and year come together, so most index numbers repeat the last prefix
// and only their serial needs reading.
let shapePrefix = '';
let shapeValue = -1;

// `parseDefaultIndexNumber`, with the prefix remembered. Same answers.
function indexShapeOf(indexNo: string): number {
  const dash = indexNo.lastIndexOf('-');
  const serial = indexNo.length - dash - 1;
  if (dash + 1 === shapePrefix.length && serial >= 3 && serial <= 6 && indexNo.startsWith(shapePrefix)) {
    let digits = true;
    for (let i = dash + 1; i < indexNo.length; i++) {
      const c = indexNo.charCodeAt(i);
      if (c < 48 || c > 57) {
        digits = false;
        break;
      }
    }
    if (digits) return shapeValue;
  }
  const shape = parseDefaultIndexNumber(indexNo);
  if (shape >= 0) {
    shapePrefix = indexNo.slice(0, dash + 1);
    shapeValue = shape;
  }
  return shape;
}

const NO_LOCATION = Object.freeze({});
const NO_PROBLEMS: string[] = [];
const entryResult: Extract<ReadRecord, { type: 'entry' }> = {
  type: 'entry',
  entry: undefined as unknown as EntryInfo,
  inferred: false,
  problems: NO_PROBLEMS,
};
const scratch: string[] = [];
const found = (problems: string[]): string[] => (problems.length === 0 ? NO_PROBLEMS : [...problems]);

/**
 * Checks the shape of one catalogue record (a parsed JSON value) and reads its fields. Never throws.
 * The result for an entry is reused by the next call: read it before calling again.
 */
export function readRecord(value: unknown): ReadRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      type: 'invalid',
      reason: `记录应为 JSON 对象，实际为${describe(value)}`,
      reasonEn: `a record must be a JSON object, got ${describe(value)}`,
    };
  const obj = value as Record<string, unknown>;
  let type = obj.type;
  let inferred = false;
  if (type === undefined || type === null) {
    type = inferType(obj);
    inferred = true;
    if (type === undefined)
      return {
        type: 'invalid',
        reason: '记录缺少 type，且无法从字段推断其类型',
        reasonEn: 'the record has no type and its fields do not tell what it is',
      };
  }
  // Fields of the wrong type are rare: collect them in one scratch array, copied only when used.
  const problems = scratch;
  // Setting the length is a runtime call: skip it in the usual case of no problems last time.
  if (problems.length !== 0) problems.length = 0;
  switch (type) {
    case 'entry': {
      const id = idOf(obj.id);
      const column = idOf(obj.column);
      if (id === undefined || column === undefined) {
        const missing = [id === undefined && 'id', column === undefined && 'column'].filter(Boolean);
        return {
          type: 'invalid',
          reason: `信息条目缺少 ${missing.join('、')}`,
          reasonEn: `the entry has no valid ${missing.join(', ')}`,
        };
      }
      const title = obj.title;
      if (typeof title !== 'string' && title !== undefined && title !== null) problems.push('title');
      const body = obj.body;
      if (typeof body !== 'string' && body !== undefined && body !== null) problems.push('body');
      const target = obj.interpretationOf;
      const interpretationOf = target === undefined || target === null ? undefined : idOf(target);
      if (interpretationOf === undefined && target !== undefined && target !== null) problems.push('interpretationOf');
      // Every field is set, absent ones to undefined, so that all entries share one object shape
      // and the rules' property reads stay fast over millions of entries.
      const indexNo = text(obj.indexNo, 'indexNo', problems);
      const writtenOn = text(obj.writtenOn, 'writtenOn', problems);
      const publishedOn = text(obj.publishedOn, 'publishedOn', problems);
      const effectiveOn = text(obj.effectiveOn, 'effectiveOn', problems);
      const repealedOn = text(obj.repealedOn, 'repealedOn', problems);
      // Most index numbers are in the default shape, which holds only characters that folding leaves
      // alone: read the shape first, and fold (and read again) only the others.
      let indexKey: string | undefined;
      let indexShape: number | undefined;
      if (indexNo !== undefined) {
        indexShape = indexShapeOf(indexNo);
        indexKey = indexNo;
        if (indexShape < 0) {
          indexKey = normalizeIndexNumber(indexNo);
          if (indexKey !== indexNo) indexShape = parseDefaultIndexNumber(indexKey);
        }
      }
      const entry: EntryInfo = {
        id,
        column,
        title: typeof title === 'string' ? title : '',
        url: text(obj.url, 'url', problems),
        indexNo,
        publisher: text(obj.publisher, 'publisher', problems),
        docNo: text(obj.docNo, 'docNo', problems),
        docType: text(obj.docType, 'docType', problems),
        writtenOn,
        publishedOn,
        validity: text(obj.validity, 'validity', problems),
        effectiveOn,
        repealedOn,
        interpretationOf,
        // The body is kept as given: an empty body is a finding of its own (placeholder-content).
        body: typeof body === 'string' ? body : undefined,
        indexKey,
        indexShape,
        dates: {
          writtenOn: writtenOn === undefined ? undefined : (isoDateOf(writtenOn) ?? undefined),
          publishedOn: publishedOn === undefined ? undefined : (isoDateOf(publishedOn) ?? undefined),
          effectiveOn: effectiveOn === undefined ? undefined : (isoDateOf(effectiveOn) ?? undefined),
          repealedOn: repealedOn === undefined ? undefined : (isoDateOf(repealedOn) ?? undefined),
        },
        // Filled in by the validator.
        columnInfo: undefined,
        location: NO_LOCATION,
        ordinal: 0,
      };
      // One result object is reused for every entry: the validator reads it before the next call,
      // and a million entries then make a million fewer objects for the garbage collector.
      entryResult.entry = entry;
      entryResult.inferred = inferred;
      entryResult.problems = found(problems);
      return entryResult;
    }
    case 'column': {
      const id = idOf(obj.id);
      const name = typeof obj.name === 'string' ? obj.name.trim() : '';
      if (id === undefined || name === '')
        return {
          type: 'invalid',
          reason: `栏目缺少${id === undefined ? ' id' : ''}${name === '' ? ' name' : ''}`,
          reasonEn: `the column has no valid${id === undefined ? ' id' : ''}${name === '' ? ' name' : ''}`,
        };
      let parent: string | null = null;
      if (obj.parent !== undefined && obj.parent !== null && obj.parent !== '') {
        parent = idOf(obj.parent) ?? null;
        if (parent === null) problems.push('parent');
      }
      let kind: ColumnKind | undefined;
      let badKind: string | undefined;
      if (typeof obj.kind === 'string' && obj.kind !== '') {
        if (KINDS.has(obj.kind)) kind = obj.kind as ColumnKind;
        else badKind = obj.kind;
      } else if (obj.kind !== undefined && obj.kind !== null && obj.kind !== '') problems.push('kind');
      let note: string | null = null;
      if (typeof obj.note === 'string') note = obj.note.trim() === '' ? null : obj.note.trim();
      else if (obj.note !== undefined && obj.note !== null) problems.push('note');
      return { type: 'column', id, name, parent, kind, badKind, note, inferred, problems: found(problems) };
    }
    case 'site': {
      const name = typeof obj.name === 'string' ? obj.name.trim() : '';
      if (name === '') problems.push('name');
      const site: ReadRecord = { type: 'site', name, inferred, problems: found(problems) };
      if (typeof obj.url === 'string') site.url = obj.url;
      return site;
    }
    default:
      return {
        type: 'invalid',
        reason: `未知的记录类型 ${describe(type)}（应为 site、column 或 entry）`,
        reasonEn: `unknown record type ${describe(type)} (expected site, column or entry)`,
      };
  }
}
