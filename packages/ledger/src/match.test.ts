import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanSchema } from '@zwgk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTaskMatcher, parseTaskReference, TEXT_MATCH_THRESHOLD, textSimilarity } from './match.js';

const plan = PlanSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../test/fixtures/suzhou-2024-plan.json'), 'utf8')),
);

describe('parseTaskReference', () => {
  it.each([
    ['3', 3],
    ['３', 3],
    ['三', 3],
    ['（三）', 3],
    ['(3)', 3],
    ['任务3', 3],
    ['第十二项', 12],
    ['3、', 3],
    ['3-1', 3],
    ['二十七', 27],
  ])('reads %s', (cell, value) => {
    expect(parseTaskReference(cell)).toBe(value);
  });
  it('returns undefined for cells that are no number', () => {
    expect(parseTaskReference('合计')).toBeUndefined();
    expect(parseTaskReference('')).toBeUndefined();
  });
  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const out = parseTaskReference(text);
        return out === undefined || out > 0;
      }),
    );
  });
});

describe('createTaskMatcher', () => {
  const matcher = createTaskMatcher(plan);
  it('matches by number, in any of the ways units write it', () => {
    expect(matcher.match('（三）', '')).toEqual({ taskNumber: '3', confidence: 1, by: 'number' });
    expect(matcher.match('任务12', '积极推广电子版政府公报')).toMatchObject({ taskNumber: '12', by: 'number' });
  });
  it('matches by text with a confidence when there is no number', () => {
    const match = matcher.match('', '市县两级持续开展政府开放日活动');
    expect(match.taskNumber).toBe('9');
    expect(match.by).toBe('text');
    expect(match.confidence).toBeGreaterThanOrEqual(TEXT_MATCH_THRESHOLD);
  });
  it('follows the text when a row counter plainly points at another task', () => {
    // A unit numbering its own rows 1, 2, 3: row "1" quoting task 12 belongs to task 12.
    expect(matcher.match('1', '积极推广电子版政府公报，扩大公报覆盖面').taskNumber).toBe('12');
  });
  it('leaves a row without a task when nothing is similar enough', () => {
    expect(matcher.match('', '食堂卫生检查')).toMatchObject({ taskNumber: null, by: 'none' });
    expect(matcher.match('99', '')).toMatchObject({ taskNumber: null });
  });
  it('keeps the number as read without a plan', () => {
    expect(createTaskMatcher(undefined).match('（五）', 'x')).toMatchObject({ taskNumber: '5', by: 'number' });
  });
});

describe('textSimilarity', () => {
  it('scores a quoted task head higher than an unrelated text', () => {
    const task = plan.tasks[0]?.text ?? '';
    expect(textSimilarity('聚焦经济发展', task)).toBeGreaterThan(textSimilarity('加强队伍建设', task));
  });
  it('stays within 0–1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = textSimilarity(a, b);
        return s >= 0 && s <= 1;
      }),
    );
  });
});
