import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../model/ledger.js';
import { check, findings } from '../testing/run.fixture.js';
import { entry, ledger } from '../testing/seed.fixture.js';

const county = '砀山县人民政府';
// Task 2 is continuous (持续推进).
const run = (fields: Partial<LedgerEntry>, asOf: string, publishedAt?: string) =>
  check([ledger(county, [entry('2', 5, { status: 'ongoing', ...fields })], { publishedAt })], asOf);

describe('stale-progress', () => {
  it('does not fire 90 days after the last update', () => {
    // 2024-07-02 + 90 days = 2024-09-30
    expect(findings(run({ updatedOn: '2024-07-02' }, '2024-09-30'), 'stale-progress')).toEqual([]);
  });

  it('fires 91 days after the last update', () => {
    const [finding] = findings(run({ updatedOn: '2024-07-01' }, '2024-09-30'), 'stale-progress', county, '2');
    expect(finding?.data).toMatchObject({ lastUpdate: '2024-07-01', days: 91 });
  });

  it('falls back to the ledger’s publication date', () => {
    expect(findings(run({}, '2024-09-30', '2024-06-15'), 'stale-progress')).toHaveLength(1);
    expect(findings(run({}, '2024-09-13', '2024-06-15'), 'stale-progress')).toEqual([]);
  });

  it('does not judge without any date, and says grey', () => {
    const result = run({}, '2024-12-31', undefined);
    expect(findings(result, 'stale-progress')).toEqual([]);
    expect(result.obligations.find((o) => o.unit === county && o.taskNumber === '2')?.light).toBe('grey');
  });

  it('takes the period from staleAfterDays and ignores dated tasks', () => {
    expect(findings(run({ updatedOn: '2024-09-01' }, '2024-09-30', undefined), 'stale-progress')).toEqual([]);
    const short = check([ledger(county, [entry('2', 5, { updatedOn: '2024-09-01' })])], '2024-09-30', {
      staleAfterDays: 28,
    });
    expect(findings(short, 'stale-progress')).toHaveLength(1);
    const dated = check([ledger(county, [entry('7', 5, { updatedOn: '2024-01-01' })])], '2024-06-01');
    expect(findings(dated, 'stale-progress')).toEqual([]);
  });
});
