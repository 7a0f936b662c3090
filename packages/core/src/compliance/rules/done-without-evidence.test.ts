import { describe, expect, it } from 'vitest';
import { check, findings } from '../testing/run.fixture.js';
import { entry, ledger } from '../testing/seed.fixture.js';

const county = '砀山县人民政府';
const done = (evidence: string[], status: 'done' | 'in_progress' = 'done') => [
  ledger(county, [entry('7', 5, { status, completedOn: '2024-06-20', evidence })]),
];

describe('done-without-evidence', () => {
  it('fires for a done entry without evidence', () => {
    const [finding] = findings(check(done([]), '2024-07-01'), 'done-without-evidence', county, '7');
    expect(finding?.location?.row).toBe(5);
    expect(finding?.messageEn).toContain('gives no evidence');
  });

  it('treats 无, 暂无, / and — as no evidence', () => {
    for (const none of ['无', ' 暂无 ', '/', '——']) {
      expect(findings(check(done([none]), '2024-07-01'), 'done-without-evidence')).toHaveLength(1);
    }
  });

  it('does not fire when one item of evidence is given', () => {
    expect(
      findings(check(done(['https://www.dangshan.gov.cn/zwgk/1.html']), '2024-07-01'), 'done-without-evidence'),
    ).toEqual([]);
  });

  it('does not fire for entries that are not done', () => {
    expect(findings(check(done([], 'in_progress'), '2024-06-25'), 'done-without-evidence')).toEqual([]);
  });
});
