import { describe, expect, it } from 'vitest';
import { OBLIGATION_STATES, periodLabel, ruleLabel, stateLook } from './labels.js';

describe('stateLook', () => {
  it('gives every state its own symbol and colour, in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      const looks = OBLIGATION_STATES.map((s) => stateLook(s, locale));
      expect(new Set(looks.map((l) => l.symbol)).size).toBe(OBLIGATION_STATES.length);
      expect(new Set(looks.map((l) => l.fill)).size).toBe(OBLIGATION_STATES.length);
      expect(looks.every((l) => /^[0-9A-F]{6}$/.test(l.fill))).toBe(true);
    }
  });
  it('matches the traffic lights of the compliance model', () => {
    expect(stateLook('overdue', 'zh')).toMatchObject({ label: '已逾期', light: 'red' });
    expect(stateLook('due_soon', 'zh').light).toBe('yellow');
    expect(stateLook('ongoing', 'zh').light).toBe('grey');
  });
});

describe('ruleLabel', () => {
  it('names the built-in rules and passes a plugin rule id through', () => {
    expect(ruleLabel('ledger-missing', 'zh')).toBe('工作台账未公开');
    expect(ruleLabel('ledger-missing', 'en')).toBe('Ledger not published');
    expect(ruleLabel('toString', 'zh')).toBe('toString');
    expect(ruleLabel('anhui-two-evidence', 'zh')).toBe('anhui-two-evidence');
  });
});

describe('periodLabel', () => {
  it('says the usual periods in words', () => {
    expect(periodLabel('P6M', 'zh')).toBe('每半年');
    expect(periodLabel('P1Y', 'en')).toBe('yearly');
    expect(periodLabel('P2W', 'zh')).toBe('每P2W');
  });
});
