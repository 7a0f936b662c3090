// Duties embedded in a task's text beyond its deadline: `印发后30日内…发布工作台账` (relative),
// `每半年开展一次…评估` / `年度内至少参加1次业务培训` (recurring), `分值权重不低于4%` (threshold).
import { addDays, formatISO, isValid, parseISO } from 'date-fns';
import type { Requirement } from '../model/requirement.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { allMatches } from '../text/regex.js';

/**
 * What {@link extractRequirements} needs to know about the plan: its issue date, to resolve
 * relative requirements counted in calendar days into a date.
 *
 * @category Plan
 * @example
 * ```ts
 * const context: RequirementContext = { issued: '2024-05-21' };
 * ```
 */
export interface RequirementContext {
  /** The plan's issue date (ISO), if known. */
  readonly issued?: string | null;
}

const NUM = '(\\d{1,4}|[一二两三四五六七八九十]{1,3})';
const RELATIVE = new RegExp(`(印发|下发|发布|出台|公布|收到|公开)(之日起|后)${NUM}个?(工作日|日|天)(内|以内)?`, 'gu');
const EVERY =
  /(每(两年|半年|年度|年|季度|季|月|周))([^，。；]{0,12}?)(至少)?(开展|组织|进行|召开|参加|举办|发布|更新|报送|评估|检查|通报|调度|梳理)?(一|1|两|2|三|3)次/gu;
const AT_LEAST = new RegExp(
  `(年度内|每年|全年|年内|每半年|每季度|每月)(至少|不少于)([^，。；\\d一二两三四五六七八九十]{0,8}?)${NUM}(次|场|期|轮)`,
  'gu',
);
const THRESHOLD =
  /(不低于|不少于|不高于|不超过|不得低于|不得少于|低于|高于|超过|达到|至少)(\d+(?:\.\d+)?)(%|％|个百分点)/gu;
const MAY_REQUIRE = /[后起每年季月低少高超达至]/u;
const PERIOD: Record<string, string> = {
  两年: 'P2Y',
  半年: 'P6M',
  年度: 'P1Y',
  年: 'P1Y',
  季度: 'P3M',
  季: 'P3M',
  月: 'P1M',
  周: 'P1W',
  年度内: 'P1Y',
  每年: 'P1Y',
  全年: 'P1Y',
  年内: 'P1Y',
  每半年: 'P6M',
  每季度: 'P3M',
  每月: 'P1M',
};
const COMPARATOR: Record<string, '>=' | '<=' | '>' | '<'> = {
  不低于: '>=',
  不少于: '>=',
  不得低于: '>=',
  不得少于: '>=',
  达到: '>=',
  至少: '>=',
  不高于: '<=',
  不超过: '<=',
  低于: '<',
  高于: '>',
  超过: '>',
};

function count(text: string): number | undefined {
  return parseChineseNumber(text);
}

// The comma segment around `[from, to)`: a duty's object is in the same clause.
function segmentBounds(text: string, from: number, to: number): [number, number] {
  let a = from;
  while (a > 0 && !/[，。；：,;\n]/u.test(text[a - 1] as string) && from - a < 80) a--;
  let b = to;
  while (b < text.length && !/[，。；,;\n]/u.test(text[b] as string) && b - to < 80) b++;
  return [a, b];
}

function nextSegment(text: string, from: number): string {
  let a = from;
  while (a < text.length && /[，,；;\s]/u.test(text[a] as string)) a++;
  let b = a;
  while (b < text.length && !/[，。；,;\n]/u.test(text[b] as string) && b - a < 80) b++;
  return text.slice(a, b);
}

/**
 * Finds the duties embedded in a task's text: `relative` (`印发后30日内` + what is due, with the
 * date when the issue date is known and the days are calendar days), `recurring` (`每半年开展一次…
 * 评估`, `年度内至少参加1次业务培训`) and `threshold` (`分值权重不低于4%`). Linear in the text.
 *
 * @param text - the task's cleaned text (simplified script, half-width digits)
 * @param context - the plan's issue date
 * @returns the requirements in the order they appear
 * @category Plan
 * @example
 * ```ts
 * extractRequirements('在本方案印发后30日内，梳理形成并发布工作台账。', { issued: '2024-05-21' });
 * // [{ kind: 'relative', what: '梳理形成并发布工作台账', days: 30, dayKind: 'calendar', from: 'issued',
 * //    raw: '印发后30日内', by: '2024-06-20' }]
 * extractRequirements('每半年开展一次运行情况评估', {})[0]?.kind; // 'recurring'
 * ```
 */
export function extractRequirements(text: string, context: RequirementContext = {}): Requirement[] {
  const found: { at: number; requirement: Requirement }[] = [];
  if (text.length > 20_000) return [];
  // Every pattern below needs one of these characters (…后, 之日起, 每, 年/季/月, 低于/少于/高于/超过/达到/至少).
  if (!MAY_REQUIRE.test(text)) return [];
  for (const m of allMatches(RELATIVE, text)) {
    const days = count(m[3] as string);
    if (days === undefined) continue;
    const end = m.index + m[0].length;
    const [, segEnd] = segmentBounds(text, m.index, end);
    const tail = text.slice(end, segEnd).replace(/^[，,\s]*/u, '');
    const what = tail.length >= 2 ? tail : nextSegment(text, segEnd);
    const dayKind = m[4] === '工作日' ? 'working' : 'calendar';
    const from = m[1] === '收到' ? 'received' : m[1] === '印发' || m[1] === '下发' ? 'issued' : 'published';
    const requirement: Requirement = { kind: 'relative', what, days, dayKind, from, raw: m[0] };
    if (dayKind === 'calendar' && from === 'issued' && context.issued) {
      const start = parseISO(context.issued);
      if (isValid(start)) requirement.by = formatISO(addDays(start, days), { representation: 'date' });
    }
    found.push({ at: m.index, requirement });
  }
  const taken: [number, number][] = [];
  for (const m of allMatches(EVERY, text)) {
    const end = m.index + m[0].length;
    const [, segEnd] = segmentBounds(text, m.index, end);
    const after = text.slice(end, segEnd);
    const verb = m[5] ?? '';
    const what = after.length >= 2 ? after : `${m[3] ?? ''}${verb}`.replace(/^(开展|进行|组织)/u, '') || verb;
    const requirement: Requirement = {
      kind: 'recurring',
      what: what || m[0],
      every: PERIOD[m[2] as string] ?? 'P1Y',
      raw: m[0],
    };
    // `每季度至少召开两次`: a floor on the count; `每半年开展一次` is just the rhythm.
    const times = count(m[6] as string) ?? 1;
    if (m[4] === '至少' || times > 1) requirement.min = times;
    found.push({ at: m.index, requirement });
    taken.push([m.index, end]);
  }
  for (const m of allMatches(AT_LEAST, text)) {
    if (taken.some(([a, b]) => m.index < b && a < m.index + m[0].length)) continue;
    const min = count(m[4] as string);
    if (min === undefined || min <= 0) continue;
    const end = m.index + m[0].length;
    const [, segEnd] = segmentBounds(text, m.index, end);
    const what = text.slice(end, segEnd) || (m[3] as string) || m[0];
    found.push({
      at: m.index,
      requirement: { kind: 'recurring', what, every: PERIOD[m[1] as string] ?? 'P1Y', min, raw: m[0] },
    });
  }
  for (const m of allMatches(THRESHOLD, text)) {
    const [segStart] = segmentBounds(text, m.index, m.index);
    const what = text
      .slice(segStart, m.index)
      .replace(/^(严格落实|确保|要|并|且|将)+/u, '')
      .replace(/(的要求)?$/u, '');
    found.push({
      at: m.index,
      requirement: {
        kind: 'threshold',
        what: what || m[0],
        comparator: COMPARATOR[m[1] as string] ?? '>=',
        value: Number(m[2]),
        unit: m[3] === '％' ? '%' : (m[3] as string),
        raw: m[0],
      },
    });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.requirement);
}
