import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isZwgkError } from '../errors.js';
import { CheckResultSchema } from '../model/compliance.js';
import { DirectorySchema } from '../model/directory.js';
import type { Finding } from '../model/finding.js';
import { definePlugin } from '../plugin.js';
import { checkCompliance, sortFindings } from './engine.js';
import { check, findings } from './testing/run.fixture.js';
import { completeLedger, entry, ledger, seedPlan, smallDirectory, suzhouDirectory } from './testing/seed.fixture.js';

const plan = seedPlan();

describe('checkCompliance: obligations', () => {
  const result = checkCompliance(plan, suzhouDirectory(), [], { asOf: '2024-06-01' });
  const of = (unit: string, task: string) => result.obligations.filter((o) => o.unit === unit && o.taskNumber === task);

  it('makes one obligation per (task, concrete unit), groups expanded through the directory', () => {
    // Task 8 is for 县区政府 only: the five counties and districts.
    expect(result.obligations.filter((o) => o.taskNumber === '8').map((o) => o.unit)).toEqual([
      '砀山县人民政府',
      '萧县人民政府',
      '灵璧县人民政府',
      '泗县人民政府',
      '埇桥区人民政府',
    ]);
    expect(of('萧县人民政府', '1')[0]).toMatchObject({ role: 'responsible', via: '县区政府', due: '2024-12-31' });
  });

  it('keeps a unit that leads and is also responsible through a group once, as lead', () => {
    const [o, ...more] = of('市数据资源局', '3');
    expect(more).toEqual([]);
    expect(o).toMatchObject({ role: 'lead', due: '2024-07-31' });
    expect(o?.via).toBeUndefined();
  });

  it('drops via when a unit is named directly as well as through its group', () => {
    const named = {
      ...plan,
      tasks: plan.tasks.map((t) =>
        t.number === '8'
          ? { ...t, assignments: [...t.assignments, { unit: '萧县', role: 'responsible' as const, raw: '萧县' }] }
          : t,
      ),
    };
    const obligations = checkCompliance(named, suzhouDirectory(), [], { asOf: '2024-06-01' }).obligations;
    const task8 = obligations.filter((o) => o.taskNumber === '8');
    expect(task8).toHaveLength(5);
    expect(task8.find((o) => o.unit === '萧县人民政府')?.via).toBeUndefined();
    expect(task8.find((o) => o.unit === '砀山县人民政府')?.via).toBe('县区政府');
  });

  it('matches 市财政局 (task 14) to 市财政局（国资委） (task 13) through the directory', () => {
    expect(of('市财政局（国资委）', '13')).toHaveLength(1);
    expect(of('市财政局（国资委）', '14')).toHaveLength(1);
    expect(result.obligations.some((o) => o.unit === '市财政局')).toBe(false);
  });

  it('expands 市政府有关部门 to the members the directory lists', () => {
    const task9 = result.obligations.filter((o) => o.taskNumber === '9').map((o) => o.unit);
    expect(task9).toContain('市政府办公室');
    expect(task9).not.toContain('市统计局');
  });

  it('keeps obligations of a plan unit missing from the directory under its plan name', () => {
    const small = checkCompliance(plan, smallDirectory(), [], { asOf: '2024-06-01' });
    expect(small.obligations.filter((o) => o.unit === '市卫健委').map((o) => o.taskNumber)).toEqual(['14']);
  });

  it('returns a result that matches the CheckResult schema', () => {
    expect(CheckResultSchema.safeParse(result).success).toBe(true);
  });
});

describe('checkCompliance: states and lights', () => {
  const county = '砀山县人民政府';
  const light = (ledgers: ReturnType<typeof ledger>[], asOf: string, task: string) =>
    check(ledgers, asOf).obligations.find((o) => o.unit === county && o.taskNumber === task);

  it('gives green to done and on-track work, yellow near the deadline, red when late or missing', () => {
    const rows = ledger(county, [
      entry('1', 4, { status: 'done', completedOn: '2024-06-01', evidence: ['a'] }),
      entry('3', 5),
      entry('7', 6),
      entry('8', 7),
    ]);
    const at = (task: string) => light([rows], '2024-07-22', task);
    expect(at('1')).toMatchObject({ state: 'done', light: 'green', completedOn: '2024-06-01' });
    expect(at('3')).toMatchObject({ state: 'due_soon', light: 'yellow' });
    expect(at('7')).toMatchObject({ state: 'overdue', light: 'red', location: { row: 6 } });
    expect(at('8')).toMatchObject({ state: 'on_track', light: 'green' });
    expect(at('10')).toMatchObject({ state: 'missing', light: 'red', entryStatus: null });
  });

  it('marks done late, and grey for missing ledgers not yet due', () => {
    const late = ledger(county, [entry('7', 6, { status: 'done', completedOn: '2024-07-05', evidence: ['a'] })]);
    expect(light([late], '2024-07-22', '7')).toMatchObject({ state: 'done_late', light: 'green' });
    expect(light([], '2024-06-10', '7')).toMatchObject({ state: 'missing', light: 'grey' });
  });
});

describe('checkCompliance: scorecard', () => {
  it('counts per unit, per section and overall with the completion rate', () => {
    const result = check([completeLedger(plan, '砀山县')], '2024-07-01');
    const county = result.scorecard.byUnit.find((l) => l.key === '砀山县人民政府');
    // 26 tasks name 县区政府 (all but 12); 12 of them are dated, so done; 14 continuous, ongoing.
    expect(county).toMatchObject({ obligations: 26, done: 12, ongoing: 14, missing: 0, completionRate: 0.4615 });
    expect(result.scorecard.overall.obligations).toBe(result.obligations.length);
    const sum = result.scorecard.bySection.reduce((n, l) => n + l.obligations, 0);
    expect(sum).toBe(result.obligations.length);
    expect(result.scorecard.bySection[0]?.label).toBe('一、围绕中心工作抓好主动公开');
  });
});

describe('checkCompliance: rules and plugins', () => {
  it('turns a throwing rule into a rule-error finding and keeps going', () => {
    const broken = definePlugin({
      name: 'broken',
      apiVersion: 1,
      rules: [
        {
          id: 'explodes',
          severity: 'warning',
          check() {
            throw new Error('boom');
          },
        },
      ],
    });
    const result = check([], '2024-07-01', { plugins: [broken] });
    const [error] = findings(result, 'rule-error');
    expect(error).toMatchObject({ severity: 'error', data: { failedRule: 'explodes' } });
    expect(error?.message).toContain('explodes');
    expect(findings(result, 'ledger-missing').length).toBeGreaterThan(0);
  });

  it('fills rule id and severity of plugin findings, and honours disableRules', () => {
    const plugin = definePlugin({
      name: 'p',
      apiVersion: 1,
      rules: [{ id: 'hello', severity: 'info', check: () => [{ message: '你好', messageEn: 'hello' }] }],
    });
    const result = check([], '2024-07-01', { plugins: [plugin], disableRules: ['ledger-missing'] });
    expect(findings(result, 'hello')).toEqual([
      { rule: 'hello', severity: 'info', message: '你好', messageEn: 'hello' },
    ]);
    expect(findings(result, 'ledger-missing')).toEqual([]);
  });

  it('gives rules the ledgers by unit, entries by task, and the settings', () => {
    const seen: unknown[] = [];
    const probe = definePlugin({
      name: 'probe',
      apiVersion: 1,
      rules: [
        {
          id: 'probe',
          severity: 'info',
          check(ctx) {
            const mine = ctx.ledgerOf('砀山县政府');
            seen.push(
              mine?.unit,
              mine?.entriesByTask.get('7')?.map((e) => e.location.row),
              ctx.taskByNumber('07')?.id,
              ctx.settings.ledgerDue,
              ctx.settings.ledgerDueFrom,
              ctx.workingDaysBetween('2024-09-27', '2024-10-08'),
            );
            return [];
          },
        },
      ],
    });
    const rows = ledger('砀山县', [entry('7', 5), entry('7', 6), entry('3', 7)]);
    check([rows], '2024-07-01', { plugins: [probe] });
    // 9/29 (Sunday, worked) and 9/30, then 10/8 after the National Day holiday.
    expect(seen).toEqual(['砀山县人民政府', [5, 6], 't7', '2024-06-20', { taskNumber: '27' }, 3]);
  });

  it('reads a deadline phrase the parser left as none through a plugin pattern', () => {
    const floodSeason = definePlugin({
      name: 'flood',
      apiVersion: 1,
      deadlinePatterns: [
        {
          id: 'flood-season',
          pattern: /汛期前/,
          resolve: (_m, ctx) => ({ kind: 'date', by: `${ctx.year}-05-31`, raw: '汛期前' }),
        },
      ],
    });
    const withPhrase = {
      ...plan,
      tasks: plan.tasks.map((t) =>
        t.number === '8' ? { ...t, deadline: { kind: 'none' as const, raw: '汛期前' } } : t,
      ),
    };
    const result = check([ledger('砀山县', [entry('8', 4)])], '2024-10-08', {
      plan: withPhrase,
      plugins: [floodSeason],
    });
    expect(result.obligations.find((o) => o.taskNumber === '8')?.due).toBe('2024-05-31');
    expect(findings(result, 'overdue', '砀山县人民政府', '8')).toHaveLength(1);
  });

  it('reports a date outside the calendar as a rule-error, not a crash', () => {
    const far = { ...plan, year: 2031, issued: '2031-01-10' };
    const rows = ledger('砀山县', [entry('7', 4)]);
    const result = checkCompliance(
      {
        ...far,
        tasks: far.tasks.map((t) =>
          t.number === '7' ? { ...t, deadline: { kind: 'date' as const, by: '2031-06-30', raw: '' } } : t,
        ),
      },
      smallDirectory(),
      [rows],
      { asOf: '2031-06-20' },
    );
    expect(findings(result, 'rule-error')[0]?.message).toContain('due-soon');
    const weekends = checkCompliance(far, smallDirectory(), [rows], { asOf: '2031-06-20', outsideRange: 'weekends' });
    expect(findings(weekends, 'rule-error')).toEqual([]);
  });

  it('throws a ZwgkError for a bad asOf or option', () => {
    for (const options of [{ asOf: '2024/07/01' }, { asOf: '2024-07-01', dueSoonDays: -1 }]) {
      try {
        checkCompliance(plan, smallDirectory(), [], options);
        expect.unreachable();
      } catch (error) {
        expect(isZwgkError(error) && error.code).toBe('invalid-argument');
      }
    }
  });
});

describe('sortFindings', () => {
  const f = (
    severity: Finding['severity'],
    rule: string,
    unit?: string,
    taskNumber?: string,
    row?: number,
  ): Finding => ({
    rule,
    severity,
    message: '',
    messageEn: '',
    ...(unit ? { unit } : {}),
    ...(taskNumber ? { taskNumber } : {}),
    ...(row ? { location: { row } } : {}),
  });

  it('orders by severity, rule, unit, task number numerically, row; stable otherwise', () => {
    const input = [
      f('warning', 'task-uncovered', '乙', '10'),
      f('warning', 'task-uncovered', '乙', '2'),
      f('error', 'overdue', '乙', '3', 9),
      f('error', 'overdue', '乙', '3', 4),
      f('info', 'a', '甲'),
      f('warning', 'done-without-evidence', '甲', '1'),
      { ...f('error', 'overdue', '乙', '3', 4), message: 'second' },
    ];
    const sorted = sortFindings(input);
    expect(
      sorted.map((x) => `${x.severity} ${x.rule} ${x.taskNumber ?? ''} ${x.location?.row ?? ''} ${x.message}`),
    ).toEqual([
      'error overdue 3 4 ',
      'error overdue 3 4 second',
      'error overdue 3 9 ',
      'warning done-without-evidence 1  ',
      'warning task-uncovered 2  ',
      'warning task-uncovered 10  ',
      'info a   ',
    ]);
  });
});

describe('checkCompliance on any ledger', () => {
  const statuses = ['not_started', 'in_progress', 'done', 'ongoing', 'blocked'] as const;
  const isoDay = fc
    .integer({ min: 0, max: 700 })
    .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
  const anyEntry = fc.record({
    taskNumber: fc.option(fc.oneof(fc.constantFrom('1', '3', '7', '18', '24', '27', '03', '三', '99'), fc.string()), {
      nil: null,
    }),
    measures: fc.string(),
    status: fc.constantFrom(...statuses),
    progress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    completedOn: fc.option(isoDay, { nil: undefined }),
    updatedOn: fc.option(isoDay, { nil: undefined }),
    evidence: fc.array(fc.string(), { maxLength: 3 }),
    notes: fc.option(fc.string(), { nil: undefined }),
    row: fc.integer({ min: 1, max: 500 }),
  });

  it('never throws, keeps one obligation per (task, unit) and findings sorted by severity', () => {
    const dir = smallDirectory();
    const expected = checkCompliance(plan, dir, [], { asOf: '2024-09-30' }).obligations.length;
    fc.assert(
      fc.property(
        fc.constantFrom('砀山县', '市政府办公室', '市数据资源局', '某局', '县区政府'),
        fc.array(anyEntry, { maxLength: 30 }),
        isoDay,
        (unit, entries, asOf) => {
          const clean = entries.map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)));
          const result = checkCompliance(plan, dir, [ledger(unit, clean as never)], { asOf });
          expect(result.obligations).toHaveLength(expected);
          const ranks = result.findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
          expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
          expect(findings(result, 'rule-error')).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('checkCompliance: groups the directory does not define', () => {
  // A directory as many offices keep it: counties and departments, but no 市政府有关部门 group.
  const directory = DirectorySchema.parse({
    units: [
      { name: '砀山县人民政府', aliases: ['砀山县'], memberOf: ['县区政府'] },
      { name: '市政府办公室', memberOf: ['市政府部门'] },
      { name: '市司法局', memberOf: ['市政府部门'] },
      { name: '市数据资源局', memberOf: ['市政府部门'] },
    ],
  });
  // Task 9: 县区政府、市政府有关部门负责落实; task 11: 市政府办公室牵头，县区政府、市政府有关部门负责落实.
  const ledgers = [
    ledger('市司法局', [entry('9', 3, { status: 'ongoing', updatedOn: '2024-06-01' })], { publishedAt: '2024-06-01' }),
    ledger('市数据资源局', [entry('1', 3, { status: 'in_progress' })], { publishedAt: '2024-06-01' }),
  ];
  const result = checkCompliance(plan, directory, ledgers, { asOf: '2024-07-01' });

  it('never treats 市政府有关部门 as a unit of its own', () => {
    expect(result.obligations.some((o) => o.unit === '市政府有关部门')).toBe(false);
    expect(result.findings.some((f) => f.unit === '市政府有关部门')).toBe(false);
  });

  it('holds a department of 市政府部门 to a 有关部门 task when its ledger reports it', () => {
    const task9 = result.obligations.filter((o) => o.taskNumber === '9').map((o) => o.unit);
    expect(task9).toContain('市司法局');
    expect(result.obligations.find((o) => o.taskNumber === '9' && o.unit === '市司法局')?.via).toBe('市政府有关部门');
  });

  it('does not fault a department that does not report a 有关部门 task', () => {
    expect(result.obligations.some((o) => o.taskNumber === '9' && o.unit === '市数据资源局')).toBe(false);
    expect(
      result.findings.some((f) => f.unit === '市数据资源局' && f.taskNumber === '9' && f.rule === 'task-uncovered'),
    ).toBe(false);
  });

  it('says, as information, which plan groups have no members to check', () => {
    const bare = checkCompliance(plan, { units: [{ name: '市司法局', aliases: [], memberOf: [] }], groups: [] }, [], {
      asOf: '2024-07-01',
    });
    const info = bare.findings.filter((f) => f.rule === 'unknown-unit');
    expect(info.map((f) => f.unit)).toEqual(expect.arrayContaining(['县区政府', '市政府部门']));
    expect(info.every((f) => f.severity === 'info')).toBe(true);
    expect(bare.findings.some((f) => f.rule === 'ledger-missing' && f.unit === '县区政府')).toBe(false);
  });

  it('still holds a concrete plan unit missing from the directory to its tasks', () => {
    const bare = checkCompliance(plan, { units: [{ name: '市司法局', aliases: [], memberOf: [] }], groups: [] }, [], {
      asOf: '2024-07-01',
    });
    expect(bare.findings.some((f) => f.rule === 'ledger-missing' && f.unit === '市数据资源局')).toBe(true);
  });
});
