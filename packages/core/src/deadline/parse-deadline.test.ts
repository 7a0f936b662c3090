import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeadlineSchema } from '../model/deadline.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { normalizeDeadlineText } from './normalize-deadline.js';
import { parseDeadline } from './parse-deadline.js';
import type { DeadlinePattern } from './types.js';

const context = { year: 2024, issued: '2024-01-10' };
const deadlineOf = (raw: string, year = 2024) => parseDeadline(raw, { year, issued: '2024-01-10' }).deadline;

describe('parseDeadline', () => {
  const dates: Array<[string, string]> = [
    ['2024年12月底前', '2024-12-31'],
    ['年底前', '2024-12-31'],
    ['年内', '2024-12-31'],
    ['年底', '2024-12-31'],
    ['年末', '2024-12-31'],
    ['本年度内', '2024-12-31'],
    ['2024年底前', '2024-12-31'],
    ['2024年', '2024-12-31'],
    ['年中', '2024-06-30'],
    ['6月底前', '2024-06-30'],
    ['6月底', '2024-06-30'],
    ['6月份', '2024-06-30'],
    ['6月', '2024-06-30'],
    ['6月前', '2024-05-31'],
    ['1月前', '2023-12-31'],
    ['6月30日前', '2024-06-30'],
    ['2024年6月30日', '2024-06-30'],
    ['上半年', '2024-06-30'],
    ['2024年上半年', '2024-06-30'],
    ['二季度末', '2024-06-30'],
    ['第二季度', '2024-06-30'],
    ['2季度', '2024-06-30'],
    ['一季度', '2024-03-31'],
    ['第一季度末前', '2024-03-31'],
    ['三季度', '2024-09-30'],
    ['前三季度', '2024-09-30'],
    ['四季度', '2024-12-31'],
    ['下半年', '2024-12-31'],
    ['6月上旬', '2024-06-10'],
    ['6月中旬', '2024-06-20'],
    ['6月下旬', '2024-06-30'],
    ['2月下旬', '2024-02-29'],
    ['次年1月31日前', '2025-01-31'],
    ['次年3月底前', '2025-03-31'],
    ['明年上半年', '2025-06-30'],
    ['2025年1月底前', '2025-01-31'],
    ['2024-06-30', '2024-06-30'],
    ['2024/6/30前', '2024-06-30'],
    ['2024.6.30', '2024-06-30'],
    ['2024.9', '2024-09-30'],
  ];
  for (const [raw, by] of dates) {
    it(`reads ${raw} as the date ${by}`, () => {
      const result = parseDeadline(raw, { year: 2024 });
      expect(result.deadline).toEqual({ kind: 'date', by, raw });
      expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    });
  }

  it('resolves month ends on leap and common years', () => {
    expect(deadlineOf('2024年2月底前')).toMatchObject({ by: '2024-02-29' });
    expect(deadlineOf('2025年2月底前')).toMatchObject({ by: '2025-02-28' });
    expect(deadlineOf('2月底前', 2023)).toMatchObject({ by: '2023-02-28' });
    expect(deadlineOf('2024年2月29日前')).toMatchObject({ by: '2024-02-29' });
    expect(deadlineOf('11月底前')).toMatchObject({ by: '2024-11-30' });
    expect(deadlineOf('3月前')).toMatchObject({ by: '2024-02-29' });
  });

  it('resolves against the plan year, not the current one', () => {
    expect(deadlineOf('6月底前', 2019)).toMatchObject({ by: '2019-06-30' });
    expect(deadlineOf('次年1月31日前', 2019)).toMatchObject({ by: '2020-01-31' });
    expect(deadlineOf('年底前', 2030)).toMatchObject({ by: '2030-12-31' });
  });

  const continuous = [
    '持续推进',
    '长期坚持',
    '常态化',
    '持续开展',
    '长期',
    '持续',
    '常态化推进',
    '长期坚持，常抓不懈',
    '全过程',
  ];
  for (const raw of continuous) {
    it(`reads ${raw} as continuous`, () => {
      expect(parseDeadline(raw, context)).toEqual({ deadline: { kind: 'continuous', raw }, diagnostics: [] });
    });
  }

  const relative: Array<[string, number, 'calendar' | 'working', string]> = [
    ['印发后30日内', 30, 'calendar', 'issued'],
    ['印发之日起30日内', 30, 'calendar', 'issued'],
    ['本方案印发后15天内', 15, 'calendar', 'issued'],
    ['印发后三十日内', 30, 'calendar', 'issued'],
    ['30日内', 30, 'calendar', 'issued'],
    ['30个工作日内', 30, 'working', 'issued'],
    ['20个工作日', 20, 'working', 'issued'],
    ['印发后20个工作日内', 20, 'working', 'issued'],
    ['收到申请之日起20个工作日内', 20, 'working', 'received'],
    ['信息形成或者变更之日起20个工作日内', 20, 'working', 'made'],
    ['政策公布后3个工作日内', 3, 'working', 'published'],
  ];
  for (const [raw, days, dayKind, from] of relative) {
    it(`reads ${raw} as ${days} ${dayKind} days from ${from}`, () => {
      expect(parseDeadline(raw, context)).toEqual({
        deadline: { kind: 'relative', days, dayKind, from, raw },
        diagnostics: [],
      });
    });
  }

  const recurring: Array<[string, string, number | undefined]> = [
    ['每半年', 'P6M', undefined],
    ['每季度', 'P3M', undefined],
    ['按季度', 'P3M', undefined],
    ['每年', 'P1Y', undefined],
    ['每月', 'P1M', undefined],
    ['每两年', 'P2Y', undefined],
    ['每年至少1次', 'P1Y', 1],
    ['每年至少一次', 'P1Y', 1],
    ['年度内至少开展1次', 'P1Y', 1],
    ['每半年开展一次', 'P6M', 1],
    ['每季度不少于2次', 'P3M', 2],
    ['一年一次', 'P1Y', 1],
    ['半年一次', 'P6M', 1],
    ['一月一次', 'P1M', 1],
    ['一季度一次', 'P3M', 1],
    ['两年一次', 'P2Y', 1],
  ];
  for (const [raw, every, min] of recurring) {
    it(`reads ${raw} as recurring ${every}${min ? ` at least ${min}` : ''}`, () => {
      const expected = min === undefined ? { kind: 'recurring', every, raw } : { kind: 'recurring', every, min, raw };
      expect(parseDeadline(raw, context)).toEqual({ deadline: expected, diagnostics: [] });
    });
  }

  describe('noise of real copies', () => {
    const noisy: Array<[string, string]> = [
      ['202412月底前', '2024-12-31'],
      ['20247月底前', '2024-07-31'],
      ['20246月底前', '2024-06-30'],
      ['202410月底前', '2024-10-31'],
      ['20241月底前', '2024-01-31'],
      ['2024年6底前', '2024-06-30'],
      ['２０２４年１２月底前', '2024-12-31'],
      ['2024 年 6 月底前', '2024-06-30'],
      ['（2024年12月底前', '2024-12-31'],
      ['2024年12月底前）', '2024-12-31'],
      ['2024年12月底前）。', '2024-12-31'],
      ['(2024年6月底前)', '2024-06-30'],
      ['十二月底前', '2024-12-31'],
      ['十一月中旬', '2024-11-20'],
      ['二〇二四年六月底前', '2024-06-30'],
      ['2024年12月底前完成', '2024-12-31'],
      ['於2024年12月底前完成', '2024-12-31'],
      ['年底前', '2024-12-31'],
      ['上半年內', '2024-06-30'],
    ];
    for (const [raw, by] of noisy) {
      it(`reads ${JSON.stringify(raw)} as ${by}`, () => {
        expect(deadlineOf(raw)).toEqual({ kind: 'date', by, raw });
      });
    }

    it('reads the seed plan’s deadlines with their pinyin annotations and labels', () => {
      expect(deadlineOf('完成時(shí)限:202412月底前)')).toMatchObject({ kind: 'date', by: '2024-12-31' });
      expect(deadlineOf('完成時(shí)限:20248月底前')).toMatchObject({ kind: 'date', by: '2024-08-31' });
      expect(deadlineOf('持續推進(jìn))')).toMatchObject({ kind: 'continuous' });
    });

    it('reads traditional characters', () => {
      expect(deadlineOf('持續推進')).toEqual({ kind: 'continuous', raw: '持續推進' });
      expect(deadlineOf('長期堅持')).toEqual({ kind: 'continuous', raw: '長期堅持' });
      expect(deadlineOf('每季度至少開展1次')).toEqual({
        kind: 'recurring',
        every: 'P3M',
        min: 1,
        raw: '每季度至少開展1次',
      });
      expect(deadlineOf('印發後30個工作日內')).toMatchObject({ kind: 'relative', days: 30, dayKind: 'working' });
    });
  });

  describe('combined forms', () => {
    it('keeps the date of "2024年6月底前完成，持续推进" and notes the continuous part', () => {
      const { deadline, diagnostics } = parseDeadline('2024年6月底前完成，持续推进', context);
      expect(deadline).toEqual({ kind: 'date', by: '2024-06-30', raw: '2024年6月底前完成，持续推进' });
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ severity: 'info', code: 'deadline-combined' });
      expect(diagnostics[0]?.messageEn).toContain('continuous');
    });

    it('takes the last of several dates with an info diagnostic', () => {
      const { deadline, diagnostics } = parseDeadline('6月底前、12月底前', context);
      expect(deadline).toEqual({ kind: 'date', by: '2024-12-31', raw: '6月底前、12月底前' });
      expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([['info', 'deadline-several-dates']]);
      expect(diagnostics[0]?.message).toContain('2024-06-30');
    });

    it('carries an explicit year to later dates without one', () => {
      expect(deadlineOf('2025年1月、3月底前')).toMatchObject({ by: '2025-03-31' });
    });

    it('keeps the date of a yearly date (每年6月底前) and notes the period', () => {
      const { deadline, diagnostics } = parseDeadline('每年6月底前', context);
      expect(deadline).toMatchObject({ kind: 'date', by: '2024-06-30' });
      expect(diagnostics[0]?.code).toBe('deadline-combined');
    });

    it('reads a span of years from a start year as the end of its last year', () => {
      expect(deadlineOf('2016年开始，3年内完成')).toMatchObject({ kind: 'date', by: '2018-12-31' });
      expect(deadlineOf('2025年起用两年时间')).toMatchObject({ kind: 'date', by: '2026-12-31' });
      expect(deadlineOf('2024年起，1年内完成')).toMatchObject({ kind: 'date', by: '2024-12-31' });
    });

    it('takes the last of two years joined by 至 (2024年至2025年)', () => {
      expect(deadlineOf('2024年至2025年')).toMatchObject({ kind: 'date', by: '2025-12-31' });
      expect(deadlineOf('2026年至2025年')).toMatchObject({ kind: 'date', by: '2026-12-31' });
    });

    it('reads continuous work through the year (年内持续推进) as continuous, not as the year end', () => {
      expect(deadlineOf('年内持续推进')).toEqual({ kind: 'continuous', raw: '年内持续推进' });
      expect(deadlineOf('年內持續推進')).toMatchObject({ kind: 'continuous' });
      expect(deadlineOf('全年持续开展')).toMatchObject({ kind: 'continuous' });
      // A year end or a completion is still a date.
      expect(deadlineOf('年底前完成，持续推进')).toMatchObject({ kind: 'date', by: '2024-12-31' });
      expect(deadlineOf('年内完成，长期坚持')).toMatchObject({ kind: 'date', by: '2024-12-31' });
    });

    it('reads a number of days (3天) as a relative limit, but not a day of the month (30日)', () => {
      expect(deadlineOf('3天')).toMatchObject({ kind: 'relative', days: 3, dayKind: 'calendar' });
      expect(deadlineOf('30日')).toMatchObject({ kind: 'none' });
    });

    it('keeps a relative deadline followed by continuous work', () => {
      const { deadline, diagnostics } = parseDeadline('印发后30日内完成，并持续更新', context);
      expect(deadline).toMatchObject({ kind: 'relative', days: 30 });
      expect(diagnostics[0]?.code).toBe('deadline-combined');
    });
  });

  describe('what it does not know', () => {
    for (const raw of ['适时', '根据工作安排', '及时', '印发后3个月内', '半年内', '6月初', '汛期前']) {
      it(`gives none and a deadline-unknown warning for ${raw}, never a guess`, () => {
        const { deadline, diagnostics } = parseDeadline(raw, context);
        expect(deadline).toEqual({ kind: 'none', raw });
        const unknown = diagnostics.find((d) => d.code === 'deadline-unknown');
        expect(unknown).toMatchObject({ severity: 'warning' });
        expect(unknown?.message).toContain(raw);
        expect(unknown?.messageEn).toContain('Unrecognised deadline');
      });
    }

    it('gives none without a diagnostic for an empty or explicitly absent deadline', () => {
      for (const raw of ['', '   ', '无', '—', '/']) {
        expect(parseDeadline(raw, context)).toEqual({ deadline: { kind: 'none', raw }, diagnostics: [] });
      }
    });

    it('warns about dates that do not exist', () => {
      for (const raw of ['6月31日前', '13月底前', '2025年2月29日', '0000年底前', '3024年6月底前']) {
        const { deadline, diagnostics } = parseDeadline(raw, context);
        expect(deadline.kind).toBe('none');
        expect(diagnostics.map((d) => d.code)).toContain('deadline-invalid-date');
      }
    });

    it('warns when a date falls before the issue date', () => {
      const { diagnostics } = parseDeadline('3月底前', { year: 2024, issued: '2024-05-21' });
      expect(diagnostics).toMatchObject([{ severity: 'warning', code: 'deadline-before-issue' }]);
      expect(parseDeadline('3月底前', { year: 2024 }).diagnostics).toEqual([]);
    });

    it('puts the caller’s location on every diagnostic', () => {
      const location = { span: { start: 100, end: 102, line: 7, column: 3 } };
      const { diagnostics } = parseDeadline('适时', { year: 2024, location });
      expect(diagnostics[0]?.location).toEqual(location);
    });
  });

  describe('plugin patterns', () => {
    const floodSeason: DeadlinePattern = {
      id: 'test/flood-season',
      pattern: /汛期?前/,
      resolve: (_match, ctx) => ({ kind: 'date', by: `${ctx.year}-05-31`, raw: 'ignored' }),
    };

    it('tries plugin phrases before the built-in ones, keeping raw as printed', () => {
      const result = parseDeadline('汛期前完成', { year: 2024, patterns: [floodSeason] });
      expect(result).toEqual({ deadline: { kind: 'date', by: '2024-05-31', raw: '汛期前完成' }, diagnostics: [] });
      const shadow: DeadlinePattern = {
        id: 'test/june',
        pattern: /6月底/,
        resolve: () => ({ kind: 'date', by: '2024-06-25', raw: '' }),
      };
      expect(deadlineOfWith('6月底前', [shadow])).toMatchObject({ by: '2024-06-25' });
    });

    it('falls through when a pattern returns null, and reports one that throws or returns nonsense', () => {
      const declines: DeadlinePattern = { id: 'test/declines', pattern: /.*/, resolve: () => null };
      const throws: DeadlinePattern = {
        id: 'test/throws',
        pattern: /6月/,
        resolve: () => {
          throw new Error('boom');
        },
      };
      const nonsense: DeadlinePattern = {
        id: 'test/nonsense',
        pattern: /6月/,
        resolve: () => ({ kind: 'date', by: 'June', raw: '' }),
      };
      const result = parseDeadline('6月底前', { year: 2024, patterns: [declines, throws, nonsense] });
      expect(result.deadline).toEqual({ kind: 'date', by: '2024-06-30', raw: '6月底前' });
      expect(result.diagnostics.map((d) => d.code)).toEqual(['deadline-pattern-failed', 'deadline-pattern-failed']);
      expect(result.diagnostics[0]?.message).toContain('test/throws');
    });

    it('resets the lastIndex of global patterns between calls', () => {
      const global: DeadlinePattern = {
        id: 'test/global',
        pattern: /汛期/g,
        resolve: (_m, ctx) => ({ kind: 'date', by: `${ctx.year}-05-31`, raw: '' }),
      };
      expect(deadlineOfWith('汛期前', [global])).toMatchObject({ by: '2024-05-31' });
      expect(deadlineOfWith('汛期前', [global])).toMatchObject({ by: '2024-05-31' });
    });
  });

  describe('robustness', () => {
    const vocabulary = [
      '2024',
      '年',
      '月',
      '日',
      '底',
      '前',
      '内',
      '末',
      '上旬',
      '中旬',
      '下旬',
      '次年',
      '上半年',
      '季度',
      '第',
      '二',
      '十',
      '一',
      '每',
      '半年',
      '至少',
      '次',
      '持续推进',
      '常态化',
      '印发',
      '后',
      '之日起',
      '个',
      '工作日',
      '天',
      '，',
      '、',
      '（',
      '）',
      '。',
      ' ',
      '30',
      '6',
      '12',
      '202412',
      '持續',
      '〇',
      '.',
      '/',
      '-',
      '年度',
      '份',
      '号',
      '以前',
    ];
    const vocabularyString = fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }).map((parts) => parts.join(''));

    it('never throws and always returns a valid Deadline on arbitrary unicode', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.integer({ min: 1900, max: 2100 }),
          (raw, year) => {
            const { deadline, diagnostics } = parseDeadline(raw, { year });
            expect(DeadlineSchema.safeParse(deadline).success).toBe(true);
            expect(deadline.raw).toBe(raw);
            for (const d of diagnostics) expect(d.message.length * d.messageEn.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 500 },
      );
    });

    it('never throws and always returns a valid Deadline on strings built from the vocabulary', () => {
      fc.assert(
        fc.property(vocabularyString, (raw) => {
          const { deadline, diagnostics } = parseDeadline(raw, context);
          expect(DeadlineSchema.safeParse(deadline).success).toBe(true);
          // Never a silent none: unless the text is empty or says "none", a warning explains it.
          if (
            deadline.kind === 'none' &&
            !/^(?:[-—–/／、。.]*|无|暂无|不限|无时限)$/.test(normalizeDeadlineText(raw))
          ) {
            expect(diagnostics.some((d) => d.code === 'deadline-unknown')).toBe(true);
          }
        }),
        { numRuns: 1000 },
      );
    });

    it('reads a 100 KB input in linear time', () => {
      const inputs = [
        '2024年6月底前、'.repeat(10_000),
        '2'.repeat(100_000),
        `${'1'.repeat(100_000)}次`,
        '年'.repeat(100_000),
        '每'.repeat(50_000) + '年'.repeat(50_000),
        '印发后'.repeat(33_000),
        'a'.repeat(100_000),
      ];
      for (const raw of inputs) {
        const started = performance.now();
        const { deadline } = parseDeadline(raw, context);
        const elapsed = performance.now() - started;
        expect(DeadlineSchema.safeParse(deadline).success).toBe(true);
        expect(elapsed).toBeLessThan(1000);
      }
    });
  });
});

function deadlineOfWith(raw: string, patterns: DeadlinePattern[]) {
  return parseDeadline(raw, { year: 2024, patterns }).deadline;
}

describe('parseDeadline on holidays and times of year', () => {
  it('reads 春节前, 国庆节前, 元旦前 as the day before the holiday in the year named', () => {
    expect(deadlineOf('2024年春节前')).toEqual({ kind: 'date', by: '2024-02-09', raw: '2024年春节前' });
    expect(deadlineOf('2025年春节前')).toMatchObject({ kind: 'date', by: '2025-01-28' });
    expect(deadlineOf('次年春节前')).toMatchObject({ kind: 'date', by: '2025-01-28' });
    expect(deadlineOf('国庆节前')).toMatchObject({ kind: 'date', by: '2024-09-30' });
    expect(deadlineOf('五一劳动节前')).toMatchObject({ kind: 'date', by: '2024-04-30' });
    expect(deadlineOf('中秋节前', 2026)).toMatchObject({ kind: 'date', by: '2026-09-24' });
    // The New Year after the plan year, unless a year is named.
    expect(deadlineOf('元旦前')).toMatchObject({ kind: 'date', by: '2024-12-31' });
    expect(deadlineOf('2024年元旦前')).toMatchObject({ kind: 'date', by: '2023-12-31' });
  });

  it('knows 春节, 端午 and 中秋 of 2000–2026, each the day of the Chinese calendar ICU gives', () => {
    // The first day of the first month, the fifth of the fifth, the fifteenth of the eighth.
    const chinese = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    const dayBefore = (year: number, month: number, day: number): string => {
      for (let t = Date.UTC(year, 0, 2); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        const parts = chinese.formatToParts(new Date(t));
        const of = (type: string) => parts.find((p) => p.type === type)?.value;
        if (of('month') === String(month) && of('day') === String(day))
          return new Date(t - 86_400_000).toISOString().slice(0, 10);
      }
      throw new Error(`no ${month}/${day} in ${year}`);
    };
    for (let year = 2000; year <= 2026; year++) {
      expect(deadlineOf(`${year}年春节前`, year)).toMatchObject({ kind: 'date', by: dayBefore(year, 1, 1) });
      expect(deadlineOf(`${year}年端午节前`, year)).toMatchObject({ kind: 'date', by: dayBefore(year, 5, 5) });
      expect(deadlineOf(`${year}年中秋节前`, year)).toMatchObject({ kind: 'date', by: dayBefore(year, 8, 15) });
    }
    // A plan of 2017 due before the next 春节 (16 February 2018).
    expect(deadlineOf('2018年春节前完工', 2017)).toMatchObject({ kind: 'date', by: '2018-02-15' });
  });

  it('takes the next 春节 when the plan was issued after this year’s', () => {
    const issuedInMay = (raw: string) => parseDeadline(raw, { year: 2024, issued: '2024-05-21' }).deadline;
    expect(issuedInMay('春节前')).toMatchObject({ kind: 'date', by: '2025-01-28' });
    expect(issuedInMay('端午节前')).toMatchObject({ kind: 'date', by: '2024-06-09' });
  });

  it('gives no date, and says so, for a time of year or a lunar holiday in a year it does not know', () => {
    for (const raw of [
      '2024年汛期前',
      '开学前',
      '两会前',
      '2027年春节前',
      '1999年中秋节前',
      '2023年清明节前',
      '春节期间',
    ]) {
      const { deadline, diagnostics } = parseDeadline(raw, context);
      expect(deadline).toEqual({ kind: 'none', raw });
      expect(diagnostics.map((d) => d.code)).toEqual(['deadline-unknown']);
    }
  });
});

describe('normalizeDeadlineText', () => {
  it('restores a dropped 年 and reads Chinese numerals before units', () => {
    expect(normalizeDeadlineText('202412月底前')).toBe('2024年12月底前');
    expect(normalizeDeadlineText('20247月底前')).toBe('2024年7月底前');
    expect(normalizeDeadlineText('十二月底前')).toBe('12月底前');
    expect(normalizeDeadlineText('二〇二四年 六月')).toBe('2024年6月');
    expect(normalizeDeadlineText('每季度,至少一次')).toBe('每季度，至少1次');
  });

  it('reads positional and digit-by-digit numerals', () => {
    expect(parseChineseNumber('十')).toBe(10);
    expect(parseChineseNumber('十二')).toBe(12);
    expect(parseChineseNumber('三十')).toBe(30);
    expect(parseChineseNumber('一百零五')).toBe(105);
    expect(parseChineseNumber('二〇二四')).toBe(2024);
    expect(parseChineseNumber('十十')).toBeUndefined();
  });
});

describe('parseDeadline on five-year plan periods', () => {
  it('reads `“十四五”期间` and the like as the end of the plan’s last year', () => {
    expect(deadlineOf('“十四五”期间')).toEqual({ kind: 'date', by: '2025-12-31', raw: '“十四五”期间' });
    expect(deadlineOf('十三五时期')).toEqual({ kind: 'date', by: '2020-12-31', raw: '十三五时期' });
    expect(deadlineOf('“十五五”末')).toEqual({ kind: 'date', by: '2030-12-31', raw: '“十五五”末' });
    expect(deadlineOf('十四五规划期内')).toEqual({ kind: 'date', by: '2025-12-31', raw: '十四五规划期内' });
  });
});

describe('parseDeadline on a span of years', () => {
  it('reads a bare span (`2021-2025`, `2013－2016`) as the end of its last year, as a project table’s 建设年限 prints it', () => {
    expect(deadlineOf('2021-2025')).toEqual({ kind: 'date', by: '2025-12-31', raw: '2021-2025' });
    expect(deadlineOf('2013－2016')).toEqual({ kind: 'date', by: '2016-12-31', raw: '2013－2016' });
    expect(deadlineOf('2020~2022')).toEqual({ kind: 'date', by: '2022-12-31', raw: '2020~2022' });
    expect(deadlineOf('2021 - 2025')).toMatchObject({ kind: 'date', by: '2025-12-31' });
  });

  it('gives no date for a span that runs backwards (`2013-1017`, a typo)', () => {
    expect(deadlineOf('2013-1017').kind).toBe('none');
  });

  it('reads `2021.1-2025.12` as the end of its last month, not as a day of January', () => {
    expect(deadlineOf('2021.1-2025.12')).toEqual({ kind: 'date', by: '2025-12-31', raw: '2021.1-2025.12' });
    expect(deadlineOf('2024.6.30前')).toEqual({ kind: 'date', by: '2024-06-30', raw: '2024.6.30前' });
  });
});
