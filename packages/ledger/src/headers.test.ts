import { describe, expect, it } from 'vitest';
import { HEADER_ALIASES, matchHeader } from './headers.js';

describe('matchHeader', () => {
  it('maps every built-in alias to its field', () => {
    for (const [field, names] of Object.entries(HEADER_ALIASES)) {
      for (const name of names) expect(matchHeader(name)).toBe(field);
    }
  });
  it('ignores spaces, line breaks and a trailing hint in brackets', () => {
    expect(matchHeader(' 完成\n时间 ')).toBe('completedOn');
    expect(matchHeader('责任科室（具体到人）')).toBe('owner');
  });
  it('returns undefined for headers it does not know', () => {
    expect(matchHeader('填报说明')).toBeUndefined();
  });
  it('prefers extra aliases given by the caller', () => {
    expect(matchHeader('办结时间', { completedOn: ['办结时间'] })).toBe('completedOn');
  });
});
