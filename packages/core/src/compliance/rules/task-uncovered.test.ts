import { describe, expect, it } from 'vitest';
import { check, findings } from '../testing/run.fixture.js';
import { completeLedger, seedPlan } from '../testing/seed.fixture.js';

const plan = seedPlan();
const county = '砀山县人民政府';

describe('task-uncovered', () => {
  it('fires for a task the unit is assigned but its ledger leaves out', () => {
    const full = completeLedger(plan, county);
    const without1 = { ...full, entries: full.entries.filter((e) => e.taskNumber !== '1') };
    const found = findings(check([without1], '2024-07-01'), 'task-uncovered', county);
    expect(found.map((f) => f.taskNumber)).toEqual(['1']);
    expect(found[0]?.message).toContain('经“县区政府”');
    expect(found[0]?.location?.file).toBe(`${county}台账.xlsx`);
  });

  it('does not fire when every assigned task has an entry', () => {
    expect(findings(check([completeLedger(plan, county)], '2024-07-01'), 'task-uncovered', county)).toEqual([]);
  });

  it('leaves units without any ledger to ledger-missing', () => {
    expect(findings(check([], '2024-07-01'), 'task-uncovered')).toEqual([]);
  });

  it('gives cooperating units an info only', () => {
    const withCoop = {
      ...plan,
      tasks: plan.tasks.map((t) =>
        t.number === '12'
          ? { ...t, assignments: [...t.assignments, { unit: '砀山县', role: 'cooperate' as const, raw: '砀山县' }] }
          : t,
      ),
    };
    const found = findings(check([completeLedger(plan, county)], '2024-07-01', { plan: withCoop }), 'task-uncovered');
    expect(found).toHaveLength(0);
    const partial = completeLedger(plan, county);
    partial.entries = partial.entries.filter((e) => e.taskNumber !== '12');
    const [coop] = findings(check([partial], '2024-07-01', { plan: withCoop }), 'task-uncovered', county, '12');
    expect(coop?.severity).toBe('info');
  });
});
