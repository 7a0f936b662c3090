// Read the deadlines (完成时限) of a plan, resolve them on the mainland China working-day calendar,
// and count working days across National Day 2024, when two weekend days were worked (调休).
import {
  addWorkingDays,
  calendarYears,
  type DeadlinePattern,
  isWorkingDay,
  isZwgkError,
  parseDeadline,
  recurringPeriods,
  resolveDeadline,
  workingDaysBetween,
} from '@zwgk/core';

// The plan: 宿州市 2024 key-task plan, signed 2024-05-21 (examples/data/suzhou-2024-plan.txt).
const plan = { year: 2024, issued: '2024-05-21' };

// Deadlines as real plans print them, noise included: a dropped 年, traditional characters, a stray bracket.
const printed = [
  '2024年12月底前',
  '202412月底前',
  '持續推進',
  '印发后30日内',
  '30个工作日内',
  '6月底前、12月底前',
  '2024年6月底前完成，持续推进',
  '每半年开展一次',
  '次年1月31日前',
  '适时）',
];
console.log('kind       deadline                       due         完成时限 as printed');
for (const raw of printed) {
  const { deadline, diagnostics } = parseDeadline(raw, plan);
  const due = resolveDeadline(deadline, plan) ?? '—';
  const detail =
    deadline.kind === 'date'
      ? deadline.by
      : deadline.kind === 'relative'
        ? `${deadline.days} ${deadline.dayKind} days from ${deadline.from}`
        : deadline.kind === 'recurring'
          ? `every ${deadline.every}${deadline.min ? `, at least ${deadline.min}×` : ''}`
          : '';
  console.log(`${deadline.kind.padEnd(10)} ${detail.padEnd(30)} ${due.padEnd(11)} ${raw}`);
  for (const d of diagnostics) console.log(`           ↳ ${d.severity} ${d.code}: ${d.message}`);
}

// A recurring requirement is checked period by period.
console.log(
  '\n每半年 periods of 2024:',
  recurringPeriods('P6M', 2024)
    .map((p) => `${p.start}…${p.end}`)
    .join(', '),
);

// National Day 2024: 10/1–7 off; Sunday 9/29 and Saturday 10/12 worked.
console.log('\nNational Day 2024');
for (const date of ['2024-09-29', '2024-10-01', '2024-10-07', '2024-10-12', '2024-10-13']) {
  console.log(`  ${date} ${isWorkingDay(date) ? 'working day' : 'day off'}`);
}
const span = workingDaysBetween('2024-09-27', '2024-10-14');
console.log(`  working days after 2024-09-27 up to 2024-10-14: ${span}`);
const due = addWorkingDays('2024-09-20', 20);
console.log(`  made 2024-09-20, publish within 20 working days (条例 art. 26): by ${due}`);
if (span !== 8 || due !== '2024-10-23') throw new Error('unexpected working-day count');

// A province's own phrase, as a plugin adds it.
const floodSeason: DeadlinePattern = {
  id: 'example/flood-season',
  pattern: /汛期?前/,
  resolve: (_match, context) => ({ kind: 'date', by: `${context.year}-05-31`, raw: '' }),
};
console.log('\n汛期前完成 →', parseDeadline('汛期前完成', { ...plan, patterns: [floodSeason] }).deadline);

// Outside the calendar's years: an explicit error, or the weekends-only fallback on request.
console.log(`\ncalendar covers ${calendarYears().join(', ')}`);
try {
  addWorkingDays('2027-09-20', 20);
} catch (error) {
  if (!isZwgkError(error) || error.code !== 'calendar-out-of-range') throw error;
  console.log(`  ${error.code}: ${error.message}`);
}
console.log(`  weekends only: ${addWorkingDays('2027-09-20', 20, { outsideRange: 'weekends' })}`);
