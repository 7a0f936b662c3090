import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../model/ledger.js';
import { check, findings } from '../testing/run.fixture.js';
import { entry, ledger } from '../testing/seed.fixture.js';

const county = '砀山县人民政府';
const problems = (fields: Partial<LedgerEntry>, asOf = '2024-07-01') =>
  findings(check([ledger(county, [entry('7', 5, { evidence: ['x'], ...fields })])], asOf), 'status-inconsistent').map(
    (f) => f.data?.problem,
  );

describe('status-inconsistent', () => {
  it('fires for done without a completion date', () => {
    expect(problems({ status: 'done' })).toEqual(['done-without-date']);
  });

  it('fires for a completion date after asOf, not for one on asOf', () => {
    expect(problems({ status: 'done', completedOn: '2024-07-02' })).toEqual(['completed-in-future']);
    expect(problems({ status: 'done', completedOn: '2024-07-01' })).toEqual([]);
  });

  it('fires for progress 100 but not done, except ongoing continuous work', () => {
    expect(problems({ status: 'in_progress', progress: 100 })).toEqual(['full-progress-not-done']);
    expect(problems({ status: 'ongoing', progress: 100 })).toEqual([]);
    expect(problems({ status: 'in_progress', progress: 99 })).toEqual([]);
  });

  it('fires for done below 100 and for not started with progress', () => {
    expect(problems({ status: 'done', completedOn: '2024-06-01', progress: 80 })).toEqual(['done-below-full-progress']);
    expect(problems({ status: 'done', completedOn: '2024-06-01', progress: 100 })).toEqual([]);
    expect(problems({ status: 'not_started', progress: 10 })).toEqual(['not-started-with-progress']);
    expect(problems({ status: 'not_started', progress: 0 })).toEqual([]);
  });

  it('points at the row of the entry', () => {
    const [finding] = findings(
      check([ledger(county, [entry('7', 9, { status: 'done' })])], '2024-07-01'),
      'status-inconsistent',
    );
    expect(finding?.location).toEqual({ file: `${county}台账.xlsx`, sheet: '台账', row: 9 });
  });
});
