import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RequirementSchema } from '../model/index.js';
import { extractRequirements } from './requirements.js';

describe('extractRequirements', () => {
  it('reads a relative duty and resolves it from the issue date', () => {
    expect(
      extractRequirements('在本工作任务分工方案印发后30日内，梳理形成并发布本地区工作台账，明确责任主体。', {
        issued: '2024-05-21',
      }),
    ).toEqual([
      {
        kind: 'relative',
        what: '梳理形成并发布本地区工作台账',
        days: 30,
        dayKind: 'calendar',
        from: 'issued',
        raw: '印发后30日内',
        by: '2024-06-20',
      },
    ]);
  });

  it('leaves working-day duties unresolved (the calendar resolves them)', () => {
    const [r] = extractRequirements('文件印发后20个工作日内公开解读材料', { issued: '2024-05-21' });
    expect(r).toMatchObject({ kind: 'relative', days: 20, dayKind: 'working' });
    expect(r && 'by' in r ? r.by : undefined).toBeUndefined();
  });

  it('reads recurring duties: every period, and at least N times a year', () => {
    expect(extractRequirements('每半年开展一次功能设置、服务质量和运行情况评估，强化功能。')).toEqual([
      { kind: 'recurring', what: '功能设置、服务质量和运行情况评估', every: 'P6M', raw: '每半年开展一次' },
    ]);
    expect(extractRequirements('工作人员年度内至少参加1次业务培训。')).toEqual([
      { kind: 'recurring', what: '业务培训', every: 'P1Y', min: 1, raw: '年度内至少参加1次' },
    ]);
    expect(extractRequirements('每季度至少召开两次调度会')[0]).toMatchObject({ every: 'P3M', min: 2 });
  });

  it('reads thresholds with their comparator, value and unit', () => {
    expect(extractRequirements('将政务公开纳入考核体系且分值权重不低于4%的要求。')).toEqual([
      {
        kind: 'threshold',
        what: '政务公开纳入考核体系且分值权重',
        comparator: '>=',
        value: 4,
        unit: '%',
        raw: '不低于4%',
      },
    ]);
  });

  it('finds nothing in plain task text', () => {
    expect(extractRequirements('聚焦经济发展，及时公开政策举措和进展成效。')).toEqual([]);
  });

  it('returns valid requirements for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const r of extractRequirements(`${text}每年至少1次${text}不低于5%印发后10日内`, { issued: '2024-01-31' }))
          expect(RequirementSchema.safeParse(r).success).toBe(true);
      }),
    );
  });
});
