import type { EntryStatus, LedgerEntry, RejectedRow } from '@zwgk/core';
import { LedgerEntrySchema, normalizeUnitName, RejectedRowSchema, ZwgkError } from '@zwgk/core';
import type { TaskMatcher } from './match.js';
import type { LedgerPart } from './result.js';
import type { StatusReader } from './values.js';

const STATUSES: readonly EntryStatus[] = ['not_started', 'in_progress', 'done', 'ongoing', 'blocked'];

/**
 * Reads a JSON ledger: a `Ledger` object, an object with `entries`, or a bare array of entries.
 * Each entry is checked on its own, so one bad entry becomes a rejected row instead of failing the
 * file; Chinese status words (`已完成`) are accepted; with a plan, task numbers written another way
 * (`（三）`) or missing ones with a `taskText` are matched to the plan.
 *
 * @internal
 */
export function readJsonLedger(
  text: string,
  ctx: { file?: string; matcher: TaskMatcher; readStatus: StatusReader; hasPlan: boolean },
): LedgerPart {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ZwgkError(
      'unsupported-format',
      `${ctx.file ?? 'input'} is not valid JSON (${(error as Error).message}) / 不是有效的 JSON 文件`,
      { cause: error },
    );
  }
  const part: LedgerPart = { entries: [], rejected: [], diagnostics: [], dataRows: 0, skipped: [] };
  let items: unknown[];
  if (Array.isArray(data)) items = data;
  else if (isRecord(data) && Array.isArray(data.entries)) {
    items = data.entries;
    if (typeof data.unit === 'string' && data.unit.trim() !== '') part.unit = normalizeUnitName(data.unit);
    if (typeof data.publishedAt === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.publishedAt))
      part.publishedAt = data.publishedAt;
    for (const [index, raw] of (Array.isArray(data.rejected) ? data.rejected : []).entries()) {
      const checked = RejectedRowSchema.safeParse(raw);
      if (checked.success) part.rejected.push(checked.data);
      else
        part.diagnostics.push({
          severity: 'warning',
          code: 'rejected-row-invalid',
          message: `rejected[${index}] 不符合 RejectedRow 格式，已忽略`,
          messageEn: `rejected[${index}] is not a RejectedRow and was ignored`,
          location: { path: ['rejected', index] },
        });
    }
    // Rows a previous import rejected stay rejected: they count as data rows of this file too.
    part.dataRows += part.rejected.length;
  } else {
    throw new ZwgkError(
      'unsupported-format',
      `${ctx.file ?? 'input'} is JSON but not a ledger: expected {"unit", "entries": [...]} or an array of entries / JSON 不是台账格式`,
    );
  }
  const location = ctx.file === undefined ? {} : { file: ctx.file };
  items.forEach((item, index) => {
    part.dataRows++;
    const row = index + 1;
    const reject = (code: string, reason: string, reasonEn: string, column?: string) => {
      const rejected: RejectedRow = { ...location, row, code, reason, reasonEn };
      if (column !== undefined) rejected.column = column;
      part.rejected.push(rejected);
    };
    if (!isRecord(item)) {
      reject('entry-invalid', `entries[${index}] 不是对象`, `entries[${index}] is not an object`);
      return;
    }
    const candidate: Record<string, unknown> = { ...item };
    if (candidate.row === undefined) candidate.row = row;
    if (typeof candidate.status === 'string' && !STATUSES.includes(candidate.status as EntryStatus)) {
      const status = ctx.readStatus(candidate.status);
      if (status === undefined) {
        reject(
          'status-unknown',
          `无法识别的完成状态：“${candidate.status}”`,
          `Unrecognised status: "${candidate.status}"`,
          'status',
        );
        return;
      }
      candidate.status = status;
    }
    if (candidate.status === undefined) candidate.status = 'not_started';
    if (typeof candidate.taskNumber === 'number') candidate.taskNumber = String(candidate.taskNumber);
    if (candidate.taskNumber === undefined) candidate.taskNumber = null;
    const checked = LedgerEntrySchema.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const path = issue?.path.join('.') ?? '';
      reject(
        'entry-invalid',
        `entries[${index}]${path ? `.${path}` : ''}：${issue?.message ?? '格式错误'}`,
        `entries[${index}]${path ? `.${path}` : ''}: ${issue?.message ?? 'invalid'}`,
        path || undefined,
      );
      return;
    }
    part.entries.push(matchJsonEntry(checked.data, ctx));
  });
  return part;
}

function matchJsonEntry(entry: LedgerEntry, ctx: { matcher: TaskMatcher; hasPlan: boolean }): LedgerEntry {
  if (!ctx.hasPlan) return entry;
  const match = ctx.matcher.match(entry.taskNumber ?? '', entry.taskText ?? '');
  // A number the plan does not know is kept as written, so the check can name it.
  if (match.taskNumber === null || match.taskNumber === entry.taskNumber) return entry;
  const out: LedgerEntry = { ...entry, taskNumber: match.taskNumber };
  if (match.by === 'text') out.matchConfidence = match.confidence;
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
