import { describe, expect, it } from 'vitest';
import { todayInShanghai } from './today.js';

describe('todayInShanghai', () => {
  it('turns the date over at 16:00 UTC, midnight in Beijing', () => {
    expect(todayInShanghai(new Date('2024-06-30T15:59:59Z'))).toBe('2024-06-30');
    expect(todayInShanghai(new Date('2024-06-30T16:00:00Z'))).toBe('2024-07-01');
    expect(todayInShanghai(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01');
  });
});
