import { describe, expect, it } from 'vitest';
import { DeadlineSchema, DiagnosticSchema, DirectorySchema, LedgerSchema, PlanSchema } from './index.js';

describe('model schemas', () => {
  it('accepts each deadline kind and rejects an unknown one', () => {
    expect(DeadlineSchema.safeParse({ kind: 'continuous', raw: '持续推进' }).success).toBe(true);
    expect(DeadlineSchema.safeParse({ kind: 'recurring', every: 'P6M', raw: '每半年' }).success).toBe(true);
    expect(DeadlineSchema.safeParse({ kind: 'sometime', raw: '适时' }).success).toBe(false);
  });
  it('rejects a date deadline whose date is not ISO', () => {
    expect(DeadlineSchema.safeParse({ kind: 'date', by: '2024.12.31', raw: '2024年12月底前' }).success).toBe(false);
  });
  it('rejects a recurring deadline whose period is not ISO-8601', () => {
    expect(DeadlineSchema.safeParse({ kind: 'recurring', every: 'half-year', raw: '每半年' }).success).toBe(false);
  });
  it('fills directory defaults', () => {
    const dir = DirectorySchema.parse({ units: [{ name: '砀山县人民政府' }] });
    expect(dir.units[0]).toEqual({ name: '砀山县人民政府', aliases: [], memberOf: [] });
    expect(dir.groups).toEqual([]);
  });
  it('fills ledger defaults and rejects progress over 100', () => {
    const ledger = LedgerSchema.parse({ unit: 'x', entries: [{ taskNumber: '1', status: 'done', row: 2 }] });
    expect(ledger.entries[0]?.evidence).toEqual([]);
    expect(ledger.rejected).toEqual([]);
    expect(
      LedgerSchema.safeParse({ unit: 'x', entries: [{ taskNumber: '1', status: 'done', row: 2, progress: 120 }] })
        .success,
    ).toBe(false);
  });
  it('requires both messages on a diagnostic', () => {
    expect(DiagnosticSchema.safeParse({ severity: 'error', code: 'x', message: '错' }).success).toBe(false);
  });
  it('accepts a minimal plan', () => {
    const plan = {
      title: 't',
      issuer: null,
      issued: null,
      docNumber: null,
      year: 2024,
      sections: [],
      tasks: [],
      diagnostics: [],
    };
    expect(PlanSchema.parse(plan)).toEqual(plan);
  });
});
