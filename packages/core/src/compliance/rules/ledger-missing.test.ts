import { describe, expect, it } from 'vitest';
import { check, findings } from '../testing/run.fixture.js';
import { completeLedger, ledger, seedPlan } from '../testing/seed.fixture.js';

const plan = seedPlan();
const county = '砀山县人民政府';

describe('ledger-missing', () => {
  it('does not fire on the ledger due date itself (task 27: 30 days after 2024-05-21 = 2024-06-20)', () => {
    expect(findings(check([], '2024-06-20'), 'ledger-missing')).toEqual([]);
  });

  it('fires the day after for every obliged unit without a ledger, as an error', () => {
    const found = findings(check([completeLedger(plan, '市数据资源局')], '2024-06-21'), 'ledger-missing');
    const units = found.map((f) => f.unit);
    // The small directory's units, and the plan's own units it lacks (tasks 13 and 14), by their plan names.
    expect(units).toEqual(
      expect.arrayContaining(['市司法局', '市政府办公室', county, '市教体局', '市财政局（国资委）']),
    );
    expect(units).not.toContain('市数据资源局');
    expect(units).toHaveLength(10);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(found[0]?.message).toContain('2024-06-20');
    expect(found[0]?.messageEn).toContain('due by 2024-06-20');
  });

  it('accepts a ledger whatever its 填报日期 (units resend ledgers with each progress report)', () => {
    for (const publishedAt of ['2024-06-20', '2024-06-21', '2024-12-10']) {
      expect(
        findings(check([completeLedger(plan, county, { publishedAt })], '2024-12-20'), 'ledger-missing', county),
      ).toEqual([]);
    }
  });

  it('uses ledgerDueDays from issue when the plan sets no ledger requirement', () => {
    const bare = { ...plan, tasks: plan.tasks.map((t) => ({ ...t, requirements: [] })) };
    expect(findings(check([], '2024-05-31', { plan: bare, ledgerDueDays: 10 }), 'ledger-missing')).toEqual([]);
    expect(findings(check([], '2024-06-01', { plan: bare, ledgerDueDays: 10 }), 'ledger-missing')).toHaveLength(11);
  });

  it('counts a ledger under any of the unit’s names', () => {
    const found = check([ledger('砀山县政府', [])], '2024-07-01');
    expect(findings(found, 'ledger-missing', county)).toEqual([]);
  });
});
