// A time limit the notice states once for every task: a `时间安排` section holding one period
// (`二、时间安排` / `即日起至6月30日。`), or a closing sentence of a rectification notice
// (`相关单位要迅速落实整改措施，三个工作日内完成整改任务`). Read only where no task has a deadline of
// its own, and only when the notice states exactly one such limit.
import type { Span } from '../model/common.js';
import { lineSpan, nextFilled, type TextLine } from './text-lines.js';

/** A limit the notice states for all its tasks, and where. */
export interface NoticeDeadline {
  /** The phrase as read (`即日起至6月30日`, `三个工作日内`). */
  readonly raw: string;
  /** Where the phrase stands. */
  readonly span: Span;
}

const NUM = '[0-9〇零一二两三四五六七八九十]{1,3}';
// A limit that closes a period: a day, a month's end, or a number of days.
// (A copy may drop the year's 年: `即日起至20192月底`.)
const LIMIT = `(?:即日起)?(?:[至到])?(?:(?:19|20)\\d{2}年?)?(?:\\d{1,2}月\\d{1,2}日|\\d{1,2}月(?:底|末)?)(?:前|之前|止)?|${NUM}个?(?:工作日|自然日|日|天)内`;
// A section heading naming the period, with the period after it or on the next line.
const PERIOD_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]\s*|[（(][一二三四五六七八九十]{1,3}[)）]\s*)?(?:时间安排|整治时间|行动时间|活动时间|实施时间|工作时间|整改时限|整改时间|整改期限)[：:]?\s*(.*)$/u;
// A whole period: `即日起至6月30日`, `2022年5月20日至6月30日`, `3个工作日内`.
const WHOLE_PERIOD = new RegExp(
  `^(?:(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日(?:起)?[至到—－-])?(${LIMIT})[。.；;]?$`,
  'u',
);
// The closing sentence of a rectification notice: the limit, then 完成整改 / 整改到位.
const CLOSING_LIMIT = new RegExp(
  `(?:(?:整改|完成)(?:时限|期限)[：:为]\\s*|于|在)?(${LIMIT})\\s*(?:内)?(?:全部|要|必须|务必)?(?:完成整改|整改到位|整改完毕|整改完成|完成[^，。；]{0,4}整改)`,
  'u',
);

/**
 * Finds the one time limit a notice states for all its tasks, outside the tasks' own text.
 *
 * @param lines - the plan's lines
 * @param skip - whether a line is page furniture or inside a task's own text
 * @returns the limit, or `undefined` when the notice states none or more than one
 */
export function noticeDeadline(
  lines: readonly TextLine[],
  skip: (index: number) => boolean,
): NoticeDeadline | undefined {
  const found: NoticeDeadline[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (skip(i) || line.text.length === 0 || line.text.length > 2000) continue;
    const heading = line.text.length <= 60 ? PERIOD_HEADING.exec(line.text) : null;
    if (heading) {
      let valueLine = line;
      let value = (heading[1] ?? '').trim();
      let at = line.text.length - value.length;
      if (value === '') {
        const k = nextFilled(lines, i + 1);
        const next = lines[k];
        if (next === undefined || skip(k)) continue;
        valueLine = next;
        value = next.text;
        at = 0;
      }
      // `即日起至` / `2019年2月底`: a period a copy broke before its end goes on on the next line.
      if (/(?:至|到)$/u.test(value) && value.length <= 12) {
        const k = nextFilled(lines, valueLine.index + 1);
        const rest = lines[k];
        if (rest !== undefined && !skip(k) && rest.text.length <= 20) value += rest.text;
      }
      // A section of several stages (`1.动员部署阶段（5月1日—5月10日）`) states no one limit.
      const whole = WHOLE_PERIOD.exec(value);
      if (whole && !value.includes('阶段')) {
        found.push({ raw: value.replace(/[。.；;]$/u, ''), span: lineSpan(valueLine, at, at + value.length) });
      }
      continue;
    }
    if (!line.text.includes('整改')) continue;
    const closing = CLOSING_LIMIT.exec(line.text);
    if (closing) {
      const raw = closing[1] as string;
      const at = closing.index + closing[0].indexOf(raw);
      found.push({ raw, span: lineSpan(line, at, at + raw.length) });
    }
  }
  const phrases = new Set(found.map((f) => f.raw));
  return phrases.size === 1 ? found[0] : undefined;
}

/**
 * Which lines overlap one of the spans given (the tasks' own text). The lines need not come in order of
 * their place in the input: a page flattened onto one line is followed by the pieces it was broken into.
 *
 * @param lines - the plan's lines
 * @param spans - the spans, in any order
 * @returns for each line, whether some span starts before the line's end and ends after its start
 * @example
 * ```ts
 * linesInSpans(lines, tasks.map((t) => t.source)); // [false, true, true, …]
 * ```
 */
export function linesInSpans(lines: readonly Pick<TextLine, 'start' | 'end'>[], spans: readonly Span[]): boolean[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end of the spans up to each one.
  const reach: number[] = [];
  for (const span of sorted) reach.push(Math.max(span.end, reach[reach.length - 1] ?? -1));
  return lines.map((line) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Span).start < line.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) > line.start;
  });
}
