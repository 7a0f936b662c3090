import { describe, expect, it } from 'vitest';
import { check, findings } from '../testing/run.fixture.js';
import { completeLedger, entry, ledger, seedPlan } from '../testing/seed.fixture.js';

const plan = seedPlan();
const lead = '市数据资源局'; // leads tasks 3 and 17

describe('lead-silent', () => {
  it('fires when the lead unit’s ledger has no entry for the task it leads', () => {
    const full = completeLedger(plan, lead);
    full.entries = full.entries.filter((e) => e.taskNumber !== '3');
    const found = findings(check([full], '2024-07-01'), 'lead-silent', lead);
    expect(found.map((f) => f.taskNumber)).toEqual(['3']);
    expect(found[0]?.message).toContain('牵头单位');
  });

  it('does not fire when the lead has an entry', () => {
    expect(findings(check([completeLedger(plan, lead)], '2024-07-01'), 'lead-silent', lead)).toEqual([]);
  });

  it('fires for a lead without any ledger only after the ledger due date', () => {
    expect(findings(check([], '2024-06-20'), 'lead-silent', lead)).toEqual([]);
    expect(findings(check([], '2024-06-21'), 'lead-silent', lead).map((f) => f.taskNumber)).toEqual(['3', '17']);
  });

  it('does not fire for units that are only responsible', () => {
    const county = ledger('砀山县', [entry('1', 4)]);
    expect(findings(check([county], '2024-07-01'), 'lead-silent', '砀山县人民政府')).toEqual([]);
  });
});
