import { describe, expect, it } from 'vitest';
import { linesInSpans, noticeDeadline } from './notice-deadline.js';
import { parsePlanText } from './parse-plan-text.js';
import { splitLines } from './text-lines.js';

const find = (text: string) => {
  const lines = splitLines(text);
  return noticeDeadline(lines, () => false)?.raw;
};

describe('noticeDeadline', () => {
  it('reads a period heading with its period on the next line or after the colon', () => {
    expect(find('三、时间安排\n即日起至9月15日。\n四、工作要求')).toBe('即日起至9月15日');
    expect(find('（二）整治时间：2023年4月1日至5月31日')).toBe('2023年4月1日至5月31日');
  });

  it('reads the closing sentence of a rectification notice', () => {
    expect(find('请各责任单位立即组织整改，五个工作日内完成整改，并报送整改情况。')).toBe('五个工作日内');
    expect(find('上述问题务必于10月20日前全部整改到位。')).toBe('10月20日前');
  });

  it('finds nothing in a section of several stages, or when the notice states two limits', () => {
    expect(find('四、时间安排\n1.动员部署阶段（5月10日前）\n2.集中整治阶段（6月底前）')).toBeUndefined();
    expect(find('三日内完成整改。\n对复查未过的，七日内完成整改。')).toBeUndefined();
  });

  it('does not read a limit that is not about rectification', () => {
    expect(find('请于12月20日前报送全年工作总结。')).toBeUndefined();
  });
});

describe('parsePlanText with a limit stated once', () => {
  it('gives every task the period of the notice when no task states its own', () => {
    const plan = parsePlanText(
      [
        '关于开展2023年燃气安全排查的通知',
        '一、排查时段',
        '二、时间安排',
        '即日起至8月31日。',
        '三、任务分工',
        '1.区住建局负责管道燃气企业的排查工作。',
        '2.区市场监管局负责气瓶充装单位的排查工作。',
        '3.区消防救援大队负责人员密集场所的排查工作。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.deadline)).toEqual(
      Array(3).fill({ kind: 'date', by: '2023-08-31', raw: '即日起至8月31日' }),
    );
    expect(plan.diagnostics.some((d) => d.code === 'deadline-from-notice')).toBe(true);
    expect(plan.diagnostics.some((d) => d.code === 'task-no-deadline')).toBe(false);
  });

  it('gives every listed problem the limit of the closing sentence', () => {
    const plan = parsePlanText(
      [
        '2024年第3期城区环境卫生督查情况通报',
        '1、人民路农贸市场 - 垃圾桶满溢（责任单位：城管局）',
        '2、东湖小区 - 楼道堆放杂物（责任单位：东湖社区）',
        '各责任单位要对照问题清单，三个工作日内完成整改，整改情况报区创卫办。',
      ].join('\n'),
    );
    expect(plan.tasks).toHaveLength(2);
    expect(plan.tasks.every((t) => t.deadline.kind === 'relative' && t.deadline.days === 3)).toBe(true);
  });

  it('leaves the tasks alone when one of them states a deadline of its own', () => {
    const plan = parsePlanText(
      [
        '2024年第4期督查通报',
        '1、北门广场 - 路灯损坏（责任单位：住建局；整改时限：6月10日前）',
        '2、西街 - 占道经营（责任单位：城管局）',
        '以上问题须在三个工作日内完成整改。',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => t.deadline.kind)).toEqual(['date', 'none']);
  });
});

describe('linesInSpans', () => {
  const line = (start: number, end: number) => ({ start, end });

  it('finds a line inside a task though a longer line covering every task came before it', () => {
    // A page flattened onto one line (0–1000), then the pieces it was broken into.
    const lines = [line(0, 1000), line(300, 360), line(950, 990)];
    const spans = [
      { start: 100, end: 250 },
      { start: 250, end: 400 },
      { start: 400, end: 600 },
    ];
    expect(linesInSpans(lines, spans)).toEqual([true, true, false]);
  });

  it('reads spans in any order, and no line where there are none', () => {
    const lines = [line(0, 50), line(60, 90)];
    expect(
      linesInSpans(lines, [
        { start: 70, end: 80 },
        { start: 0, end: 10 },
      ]),
    ).toEqual([true, true]);
    expect(linesInSpans(lines, [])).toEqual([false, false]);
  });
});
