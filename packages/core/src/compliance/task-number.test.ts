import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taskNumberKey } from './task-number.js';

describe('taskNumberKey', () => {
  it('reads the ways ledgers write a task number', () => {
    for (const [input, key] of [
      ['3', '3'],
      ['03', '3'],
      ['3.', '3'],
      ['（3）', '3'],
      ['第3项', '3'],
      ['３', '3'],
      ['三、', '3'],
      ['二十七', '27'],
      ['1-2', '1-2'],
      [' 12 ', '12'],
    ] as const) {
      expect(taskNumberKey(input)).toBe(key);
    }
  });

  it('gives null for no number', () => {
    expect(taskNumberKey(null)).toBeNull();
    expect(taskNumberKey('  ')).toBeNull();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        taskNumberKey(s);
      }),
    );
  });
});
