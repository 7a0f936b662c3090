import { describe, expect, it } from 'vitest';
import { check, findings } from '../testing/run.fixture.js';
import { entry, ledger } from '../testing/seed.fixture.js';

describe('unknown-unit', () => {
  it('fires for a ledger from a unit neither the directory nor the plan knows', () => {
    const [finding] = findings(check([ledger('宿州市档案馆', [entry('1', 4)])], '2024-07-01'), 'unknown-unit');
    expect(finding).toMatchObject({ unit: '宿州市档案馆', location: { file: '宿州市档案馆台账.xlsx', sheet: '台账' } });
  });

  it('fires for a ledger sent in the name of a group', () => {
    const [finding] = findings(check([ledger('县区政府', [])], '2024-07-01'), 'unknown-unit');
    expect(finding?.message).toContain('是一组单位');
  });

  it('does not fire for a unit’s alias, its 人民政府办公室 or a city-prefixed name', () => {
    for (const name of ['砀山县政府', '砀山县人民政府办公室', '宿州市砀山县人民政府', '碭山縣']) {
      expect(findings(check([ledger(name, [])], '2024-07-01'), 'unknown-unit')).toEqual([]);
    }
  });

  it('does not fire for a plan unit that the directory lacks', () => {
    // 市教体局 is named by task 14 but not in the small directory.
    expect(findings(check([ledger('市教体局', [entry('14', 4)])], '2024-07-01'), 'unknown-unit')).toEqual([]);
  });
});
