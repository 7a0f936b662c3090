import { describe, expect, it } from 'vitest';
import { check, findings } from '../testing/run.fixture.js';
import { entry, ledger } from '../testing/seed.fixture.js';

const county = '砀山县人民政府';

describe('unknown-task', () => {
  it('fires for a row whose task number the plan does not have, with its row', () => {
    const [finding] = findings(check([ledger('砀山县', [entry('28', 12)])], '2024-07-01'), 'unknown-task');
    expect(finding).toMatchObject({ unit: county, taskNumber: '28', location: { row: 12 } });
    expect(finding?.message).toContain('“28”不在方案中');
  });

  it('fires for a row matched to no task', () => {
    expect(findings(check([ledger(county, [entry(null, 7)])], '2024-07-01'), 'unknown-task')).toHaveLength(1);
  });

  it('does not fire for task numbers written another way (03, 3., 三)', () => {
    const rows = [entry('03', 4), entry('3.', 5), entry('三', 6), entry('27', 7)];
    const result = check([ledger(county, rows)], '2024-07-01');
    expect(findings(result, 'unknown-task')).toEqual([]);
    expect(findings(result, 'task-uncovered', county, '3')).toEqual([]);
  });
});
