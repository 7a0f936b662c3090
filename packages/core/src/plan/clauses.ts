// Assignment clauses: the part of a task that names units, roles and the deadline —
// `（市政府办公室牵头，县区政府负责落实，完成时限：2024年6月底前）`, the same with a bracket lost,
// labelled lines (`牵头单位：…`), or a national-style `（…负责）` closing each sentence.
import type { Assignment, Role } from '../model/plan.js';
import { allMatches } from '../text/regex.js';
import { looksLikeDeadline, scheduleDates } from './deadline-text.js';
import { STAGE_LABEL_WORDS } from './text-lines.js';
import {
  COUNTED,
  looksLikeAgencyList,
  looksLikeUnit,
  looksLikeUnitList,
  MAY_STATE_RULE,
  ROLE_WORD_NOT_AFTER,
  ROLE_WORDS,
  roleWordAtEnd,
  SIGNING_DATE,
  splitCleanUnits,
  splitOutsideBrackets,
  stripRoleWord,
  UNIT_MARK,
  unitTailStart,
} from './units.js';

/**
 * How a plan marks lead units without the word 牵头, as the plan itself states it:
 * `comma` — `逗号前的为牵头单位` (units before the first comma lead); `first` — `排在第一位的为牵头单位`;
 * `first-cooperate` — `第一个为牵头单位，其余为配合单位` (the first leads, the others cooperate).
 *
 * @category Plan
 * @example
 * ```ts
 * const rule: LeadRule = 'comma';
 * ```
 */
export type LeadRule = 'none' | 'comma' | 'first' | 'first-cooperate';

/** The units, roles and deadline read from one clause. */
export interface ClauseReading {
  readonly assignments: Assignment[];
  /** True when a unit list in the clause ended with 等有关部门 or the like. */
  readonly etAl: boolean;
  /** The deadline phrase found in the clause, cleaned, or undefined. */
  readonly deadline: string | undefined;
}

/**
 * A reading of a bare unit list that a plan gives one role by where it stands (a heading, a note,
 * a duty line, glued table cells) rather than by a role word.
 *
 * @param list - a cleaned unit list
 * @param role - the role all its units take
 * @param deadline - the deadline phrase that goes with it, if any
 * @returns the reading
 * @example
 * ```ts
 * unitsReading('县发改局、县财政局', 'lead').assignments.length; // 2
 * ```
 */
export function unitsReading(list: string, role: Role, deadline?: string): ClauseReading {
  const units = splitCleanUnits(list);
  return {
    assignments: units.units.map((u) => ({ unit: u.unit, role, raw: u.raw })),
    etAl: units.etAl,
    deadline,
  };
}

/** A clause found in a text: `[start, end)` includes its brackets. */
export interface ClauseSpan {
  readonly start: number;
  readonly end: number;
  readonly inner: string;
  /** `由X负责清除…`: units named inside a sentence that goes on; the clause ends no task. */
  readonly inline?: boolean;
  /** `市财政局：公开…`: the units the task opens with, before a colon (inline too). */
  readonly opening?: boolean;
}

const LABELS: readonly (readonly [RegExp, Role | 'deadline'])[] = [
  // (`主体责任：X，监督责任：Y` in an inspection notice: Y is the department that answers for the
  // problem being put right, X the one that puts it right.)
  [
    /^(?:省|市|县|区)?(牵头责任单位|牵头责任部门|牵头单位|牵头部门|牵头科室|牵头处室|主责单位|主责部门|监督责任单位|监管责任单位|监督责任|监管责任|牵头推进单位|主办单位|主办部门|主办科室|主办处室|牵头)(?:[（(](?:单位|部门|处室|科室)[）)]|[或、](?:单位|部门|处室|科室))?[：:]/u,
    'lead',
  ],
  [
    /^(?:主要|相关)?(责任人[和及与]责任单位|责任单位[和及与]责任人|责任单位|责任部门|责任科室|责任处室|负责单位|负责部门|负责科室|负责处室|落实单位|承办单位|实施单位|实施主体|责任主体|主体责任单位|主体责任|试点单位|问题整改责任单位|整改责任单位|整改单位|推进单位|承办科室|承办处室|承办部门|攻坚单位|主抓单位|主抓部门|组成单位|责任对象|责任分工|责任)(?:[（(](?:单位|部门|处室|科室)[）)]|[或、](?:单位|部门|处室|科室))?[：:]/u,
    'responsible',
  ],
  // `负责信息公开科室：办公室、水政科`: in an openness plan, the office that publishes each kind of information.
  [/^负责[\u4e00-\u9fff]{1,6}?公开(?:单位|部门|科室|处室)[：:]/u, 'responsible'],
  [
    /^(?:主要|其他|其它)?(协同责任单位|配合责任单位|督办单位|督办部门|协同单位|协同部门|协同处室|协同科室|配合单位|配合部门|协办单位|参与单位|参与部门|参加单位|参加部门|协助单位|协作单位|配合科室|配合处室|数据提供单位|数据提供部门|参办单位|参办部门|参办科室|协办科室|协办处室|配合)(?:[（(](?:单位|部门|处室|科室)[）)]|[或、](?:单位|部门|处室|科室))?[：:]/u,
    'cooperate',
  ],
  [
    /^(完成时限|目标时限|完成时间|时限要求|时间要求|完成期限|截止时间|时间节点|整改时限|整改期限|整改时间|攻坚时限|工作时限|推进时限|办结时限|进度安排|时间安排|时限|时间|年度阶段性工作目标|阶段性工作目标|阶段性目标)[：:]?/u,
    'deadline',
  ],
];
const LABEL_ANYWHERE =
  /(责任人[和及与]责任单位|督办单位|督办部门|责任单位[和及与]责任人|牵头责任部门|牵头推进单位|推进单位|主办单位|主办部门|主办科室|主办处室|承办科室|承办处室|承办部门|参办单位|参办部门|参办科室|协办科室|协办处室|主要协作单位|主要配合单位|主要责任单位|相关责任单位|其他配合单位|主体责任|监督责任|监管责任|牵头责任单位|协同责任单位|配合责任单位|协同单位|协同部门|协同处室|协同科室|牵头单位|牵头部门|牵头科室|牵头处室|主责单位|主责部门|责任单位|责任部门|责任科室|责任处室|责任主体|责任分工|负责单位|负责部门|负责科室|负责处室|落实单位|实施单位|实施主体|承办单位|试点单位|配合单位|配合部门|配合科室|配合处室|协办单位|协助单位|参与单位|参与部门|参加单位|参加部门|协作单位|数据提供单位|问题整改责任单位|整改责任单位|攻坚单位|主抓单位|主抓部门|组成单位|责任对象|攻坚时限|目标时限|工作时限|推进时限|办结时限|完成时限|完成时间|完成期限|时限要求|时间要求|时间节点|截止时间|整改时限|整改期限|进度安排|时间安排|年度阶段性工作目标|牵头领导|责任领导|分管领导|责任人|负责[\u4e00-\u9fff]{1,6}?公开科室|负责[\u4e00-\u9fff]{1,6}?公开单位|负责[\u4e00-\u9fff]{1,6}?公开部门)(?:[（(](?:单位|部门|处室|科室)[）)]|[或、](?:单位|部门|处室|科室))?[：:]/gu;
const PERSON_LABEL =
  /^(?:(?:牵头|分管|联系|责任|包保|协管)?(?:负责)?(?:省|市|县|区)?领导|责任人|联系人|负责人|具体负责人)[：:]/u;
// `标☆的为牵头单位，下同`, `带★者为牵头单位`, `“▲”为牵头单位`: the plan's note on what its mark means.
const MARK_NOTE =
  /[，,]?(?:标有|标注|注有|标|带有|带|加)?[“"]?([★☆▲△●◆■◎※])[”"]?(?:号|符号|标记)?(?:的|者)?(?:单位|部门)?(?:为|是|表示)(?:工作)?牵头(?:单位|部门)?[，,]?(?:下同)?/u;
const MARK_NOTES = new RegExp(MARK_NOTE.source, 'gu');
const MARK_CHARS = /[★☆▲△●◆■◎※]/u;

// The marks the plan being read says stand for its lead units (see readLeadMarks).
let leadMarks = '';

/**
 * Reads which marks before a unit's name the plan says stand for its lead (`标☆的为牵头单位，下同`);
 * the clause reader then reads `☆经信局` as the lead and drops any other mark from the name. The plan
 * parser calls it with the plan's lines before it reads their clauses; {@link forgetClauseReadings}
 * forgets them.
 *
 * @param texts - the plan's cleaned lines
 * @example
 * ```ts
 * readLeadMarks(['（责任单位：☆经信局、科技局。标☆的为牵头单位，下同。）']);
 * readClause('责任单位：☆经信局、科技局').assignments[0]?.role; // 'lead'
 * ```
 */
export function readLeadMarks(texts: Iterable<string>): void {
  leadMarks = '';
  for (const text of texts) {
    if (!MARK_CHARS.test(text) || !text.includes('牵头')) continue;
    for (const m of allMatches(MARK_NOTES, text)) if (!leadMarks.includes(m[1] as string)) leadMarks += m[1];
  }
}
/**
 * `以下责任单位均包含各区县政府`: units of every later task, none of this one's. The plan parser
 * reads the units (the capture); the clause reader drops the note.
 *
 * @example
 * ```ts
 * INCLUDED_UNITS.exec('以下责任单位均有“各县（市、区）人民政府”不再重复')?.[1]; // '各县（市、区）人民政府'
 * ```
 */
export const INCLUDED_UNITS =
  /以下(?:各项|任务的?)?(?:责任单位|单位)均(?:包含|含|包括|有)[“"]([^”"]{2,60})[”"](?:[，,]?不再(?:单独|逐项|逐一|一一|重复|另行)?(?:列出)?)?|以下(?:各项|任务的?)?(?:责任单位|单位)均(?:包含|含|包括)([^。；，,）)〕]{2,40})/u;
const INCLUDED_NOTE = new RegExp(`[，,]?${INCLUDED_UNITS.source}`, 'u');
// A time named in a schedule label's value (`进度安排：…于2025年8月前提请…`).
const SCHEDULE_TIME = /(?:19|20)\d{2}\s*年|\d{1,2}\s*月|年底|年内|季度|持续|长期|常态/u;
// A note on later tasks in a bracket of its own, sentences and all: `〔以下均需各县（市、区）人民政府落实，不再
// 列出。各有关责任单位按职责分工负责，下同〕`.
const BRACKETED_NOTE = /〔以下[^〔〕]{2,120}不再[^〔〕]{0,80}〕/u;
/**
 * A note in the bracket after one unit of a list, `各县（市、区）住建局（以下各项工作均为责任单位，不再重复）、建筑业科`:
 * that unit is one of every later task's. The clause reader drops the note; the plan parser reads the unit
 * before it.
 *
 * @example
 * ```ts
 * UNIT_NOTE.test('住建局（以下各项工作均为责任单位，不再重复）'); // true
 * ```
 */
export const UNIT_NOTE =
  /[（(]以下[^（）()]{0,20}均为责任单位[，,]?\s*不再(?:单独|逐项|逐一|一一|重复|另行)?(?:列出)?[）)]/u;
// The bracket a note was taken out of, left empty.
const EMPTY_BRACKET = /[〔（(【]\s*[〕）)】]/gu;
// (`各县区党委政府（以下工作都涉及县区党委政府责任），不再列出`: the note in a bracket, its last words after it.)
const STANDING_NOTE =
  /[（(]以下[^（）()]{0,60}[）)][，,]?\s*不再(?:单独|逐项|逐一|一一|重复|另行)?列出|[，,]?(?:(?:此项及|本项及)?以下[^。]{0,60}?|[^。；，,]{2,60}?均为责任单位[，,]?\s*以下)不再(?:单独|逐项|逐一|一一|重复|另行)?列出|(?:具体任务|各项任务)?均涉及[^。；，,]{2,60}?[，,]\s*不再(?:做|作|进行)?分工[，,]?\s*下同/u;
const STAGES_LABEL = new RegExp(`^(?:${STAGE_LABEL_WORDS})`, 'u');
const BATCH = /^((?:[^：:]{2,12}[：:])?)第[一二三四五六七八九十\d]{1,2}(?:批|阶段|步)[：:]/u;
const OTHER_LEVEL_LEAD = /(^|[；;，,。\s])(?:省|市|县|区)(?=(?:牵头单位|牵头部门)[：:])/gu;
// A bare 落实, 参照执行 or 统筹 closes a unit list inside a clause or cell (`市直有关部门落实`,
// `法规科统筹`), but in running text (`保障各承接事项有效落实。`, `各县级政府参照执行。`) it is no
// sign of one: it anchors no clause.
// (`各成员单位按照职责分工，向牵头单位提出…`: 按照职责分工 anchors no clause in running text; it closes a
// bracket's units only, `（区资源生态局、平潭海关按职责分工）`.)
const ANCHORLESS = new Set(['落实', '参照落实', '参照执行', '统筹', '办理', '按照职责分工', '按职责分工']);
// A role word where a unit list ends: before punctuation, a blank, the end or a time limit.
const roleWordsAt = (words: readonly (readonly [string, Role])[]): RegExp =>
  // (`分工负责、互相配合、互相制约` is a set phrase of running text, no clause.)
  // (`市政协办`: see ROLE_WORD_NOT_AFTER.)
  new RegExp(
    `(${words.map(([w]) => (ROLE_WORD_NOT_AFTER[w] ? `(?<!${ROLE_WORD_NOT_AFTER[w]})${w}` : w)).join('|')})(?=$|[，,；;。）)、\\s]|完成时限|时限)(?!、互相)`,
    'gu',
  );
const ROLE_ANCHOR = roleWordsAt(ROLE_WORDS.filter(([w]) => !ANCHORLESS.has(w)));
const BY_LABEL = /^[\s|]*[\u4e00-\u9fff]{2,8}[：:]/u;
// What is left of a one-sentence item after `由X负责`: a short verb (`承建`, `组织实施`), not `解释` (who reads the plan).
const BY_WHOLE_ITEM = /^(?!解释)[\u4e00-\u9fff]{1,6}[。；;]?\s*$/u;
const BY_ANCHOR = /由[^，。；,;：:（）()\n]{2,80}?(?:负责|牵头)(?=[\u4e00-\u9fff])/gu;

/**
 * Whether a line is (or starts as) a labelled line of a task: `牵头单位：…`, `责任单位：…`,
 * `配合单位：…`, `完成时限：…`.
 *
 * @param text - a cleaned line
 * @returns the label's meaning, or undefined
 */
export function labelOf(text: string): Role | 'deadline' | undefined {
  for (const [pattern, meaning] of LABELS) {
    if (meaning === 'deadline' && !/[：:]/u.test(text.slice(0, 11))) continue;
    if (pattern.test(text)) return meaning;
  }
  return undefined;
}

/**
 * Reads one clause's text (without brackets): units with their roles and the deadline phrase.
 * Segments are separated by `，；` outside brackets; a role word at a segment's end gives the
 * role to its units and to the units of earlier segments that had none (`县区政府，市财政局…负责落实`);
 * labels (`牵头单位：`) give theirs; units with no role word are responsible, or lead under the
 * plan's own rule.
 *
 * @param inner - the clause, cleaned
 * @param rule - the plan's lead rule
 * @returns what the clause says
 */
export function readClause(whole: string, planRule: LeadRule = 'none', known?: ReadonlySet<string>): ClauseReading {
  // A clause is read when it is found and again when its task is built: the second reading comes
  // from the memo, unless the first one looked at the names already known (which may have grown).
  const byText = readings[planRule] as Map<string, ClauseReading> | undefined;
  const memoOk = memoActive && byText !== undefined && whole.length <= MEMO_MAX_TEXT;
  const memo = memoOk ? byText.get(whole) : undefined;
  if (memo) return { ...memo, assignments: memo.assignments.map((a) => ({ ...a })) };
  const consulted = knownConsulted;
  const reading = readClauseOnce(whole, planRule, known);
  if (memoOk && knownConsulted === consulted) {
    if (readingsChars + whole.length > MEMO_MAX_CHARS) {
      for (const held of Object.values(readings)) held.clear();
      readingsChars = 0;
    }
    // Held as returned: nothing changes a reading while the plan is read, and the memo is emptied
    // after each plan; a reading handed out again is a copy, so no two tasks share an assignment.
    (byText as Map<string, ClauseReading>).set(whole, reading);
    readingsChars += whole.length;
  }
  return reading;
}

// Readings that did not depend on the names known, by rule and text; bounded by the characters
// held (a plan's clauses are all found before its tasks are built, so all of them should fit).
const readings: Record<LeadRule, Map<string, ClauseReading>> = {
  none: new Map(),
  comma: new Map(),
  first: new Map(),
  'first-cooperate': new Map(),
};
let readingsChars = 0;
const MEMO_MAX_TEXT = 300;
const MEMO_MAX_CHARS = 4_000_000;

let memoActive = false;

/**
 * Starts keeping clause readings ({@link readClause}) while one plan is read; the plan parser
 * calls {@link forgetClauseReadings} when it is done, so nothing is held between plans and
 * callers outside a parse always get a fresh reading.
 */
export function keepClauseReadings(): void {
  forgetClauseReadings();
  memoActive = true;
}

/** Empties the memo of clause readings and stops keeping them (see {@link keepClauseReadings}). */
export function forgetClauseReadings(): void {
  for (const byText of Object.values(readings)) byText.clear();
  leadMarks = '';
  readingsChars = 0;
  memoActive = false;
}
// Counts the readings that looked at the names known (see trimToUnit).
let knownConsulted = 0;

// `责任单位：A牵头，B配合 平潭综合实验区管委会办公室 2016年8月1日印发 来源：…`: a page flattened onto
// one line runs the last clause into the signature, its date and the furniture after it. The date
// signs the plan; it is no time limit of the task.
// (Signed by one to three names, each after a blank: `区财政金融局 平潭综合实验区党工委 平潭综合实验区
// 管委会 2018年9月20日`; the clause keeps what comes before the first blank.)
const SIGNED_AFTER = new RegExp(
  `^(\\S.*?)((?:\\s+[^\\s，、；,;。：:]{4,40}){1,3}?)\\s*${SIGNING_DATE.source}(?:印发)?(?:\\s.*)?$`,
  'u',
);

const ROLE_IN_NAME = /牵头|负责|配合|协助|参与/u;

// `经济发展处和派驻金井片区综合执法筹建组牵头负责做好…`, `经济发展处按照职责抓好…`: a label's value that is a
// duty sentence, its units first.
const LABEL_DUTY =
  /^((?:[^，。；：:（）()]|[（(][^（）()]{1,12}[）)]){2,60}?)(牵头负责|牵头|负责|配合|协助|(?:等)?(?:按照|依照|根据)[\u4e00-\u9fff]{0,4}?职责(?:分工)?)(?=[\u4e00-\u9fff])(?!单位|部门|处室|科室|责任|人)/u;

// The units and role word a duty sentence opens with (`A和B牵头负责做好…` → `A和B牵头`), or the value as it
// is where it opens with no units and role word.
function dutyUnits(value: string): string {
  const m = value.length <= 300 ? LABEL_DUTY.exec(value) : null;
  if (!m) return value;
  const units = (m[1] as string).replace(/等$/u, '');
  if (!looksLikeUnitList(units)) return value;
  // (`市民政局按照职责分工牵头`: the role word after the manner.)
  const verb = `${m[2]}${value.slice(m[0].length, m[0].length + 2)}`;
  return `${units}${/^牵头|职责(?:分工)?牵头/u.test(verb) ? '牵头' : /^(?:配合|协助)|职责(?:分工)?(?:配合|协助)/u.test(verb) ? '配合' : '负责'}`;
}

function readClauseOnce(whole: string, planRule: LeadRule, known: ReadonlySet<string> | undefined): ClauseReading {
  const signed = whole.length <= 600 ? SIGNED_AFTER.exec(whole) : null;
  if (
    signed &&
    (signed[2] as string)
      .trim()
      .split(/\s+/u)
      .every((name) => looksLikeUnit(name) && !ROLE_IN_NAME.test(name))
  )
    whole = signed[1] as string;
  const { inner, rule: ownRule } = withoutRemarks(whole);
  const rule = ownRule ?? planRule;
  const assignments: Assignment[] = [];
  let etAl = false;
  let deadline: string | undefined;
  let pending: string[] = [];
  let segmentIndex = 0;
  const namesLead = /牵头|主责/u.test(inner);
  const add = (text: string, role: Role, isFirstSegment: boolean) => {
    const list = splitCleanUnits(text);
    if (list.etAl) etAl = true;
    list.units.forEach((u, i) => {
      let r = role;
      if (role === 'responsible' && rule === 'comma' && isFirstSegment) r = 'lead';
      if (role === 'responsible' && rule === 'first' && isFirstSegment && i === 0) r = 'lead';
      // (Only where the clause names no lead of its own: `A牵头，B负责` keeps B responsible.)
      if (role === 'responsible' && rule === 'first-cooperate' && !namesLead)
        r = isFirstSegment && i === 0 ? 'lead' : 'cooperate';
      // A role in brackets after the name: `市发展改革委（牵头）`.
      let unit = u.unit;
      // `☆经信局`: the plan marks its leads with a star, when it says so (`标☆的为牵头单位`); a mark
      // it does not explain is only dropped from the name.
      const mark = UNIT_MARK.exec(u.raw)?.[0].trim();
      if (mark !== undefined && [...mark].some((m) => leadMarks.includes(m))) r = 'lead';
      const marked = BRACKETED_ROLE.exec(unit);
      if (marked) {
        unit = unit.slice(0, marked.index);
        r = /牵头|主责/u.test(marked[1] as string)
          ? 'lead'
          : /配合|协办|参与/u.test(marked[1] as string)
            ? 'cooperate'
            : 'responsible';
      }
      if (unit === '') return;
      const assignment: Assignment = { unit, role: r, raw: u.raw };
      if (list.etAl) assignment.etAl = true;
      assignments.push(assignment);
    });
  };
  // Labels inside the clause start their own segment: `牵头单位：A 责任单位：B`.
  // `省牵头单位：` names the lead at another level: the level word is no unit of its own.
  // (Every label ends in a colon: a clause without one is left as it is, which is most of them.)
  const marked =
    inner.includes('：') || inner.includes(':')
      ? inner.replace(OTHER_LEVEL_LEAD, '$1').replace(LABEL_ANYWHERE, '；$&')
      : inner;
  const segments = splitOutsideBrackets(
    marked,
    (ch) => ch === '，' || ch === ',' || ch === '；' || ch === ';' || ch === '。',
  );
  let sawExplicitRole = false;
  let inDeadline = false;
  let labelRole: Role | undefined;
  let firstUnitsSegment = -1;
  // The role word closing the unit lists after each segment (see rolesClosingSegments), read once, where needed.
  let closingRoles: (Role | undefined)[] | undefined;
  for (const [index, segment] of segments.entries()) {
    // `第一批：A、B，2017年底前完成；第二批：C…`: batches of one list.
    const text = trimSegment(segment.text).replace(BATCH, '$1');
    if (text === '') continue;
    const label = labelOf(text);
    if (label === 'deadline' && STAGES_LABEL.test(text)) {
      // `年度阶段性工作目标：第一季度:…；第四季度:…`: the stages to the end are the time limit, the
      // last of them its date.
      deadline = scheduleDates(marked.slice(segment.start)) ?? text;
      break;
    }
    if (label === 'deadline') {
      deadline = text;
      inDeadline = true;
      continue;
    }
    // `完成时限：A事项1月底前完成，其它事项12月底前…`: what follows the label up to the next label is
    // all the time limit (the latest date of it counts).
    if (inDeadline && label === undefined && deadline !== undefined && deadline.length + text.length <= 200) {
      deadline = `${deadline}，${text}`;
      continue;
    }
    inDeadline = false;
    // `牵头领导：谢瑞武`: a person, not a unit; the values after it are not that label's.
    if (PERSON_LABEL.test(text)) {
      labelRole = undefined;
      continue;
    }
    // `（责任单位;住建局、畜牧局）`: a label whose colon was misprinted as a semicolon.
    if (label === undefined && text.length <= 8 && /(单位|部门|科室|处室)$/u.test(text)) {
      const bare = labelOf(`${text}：`);
      if (bare !== undefined && bare !== 'deadline') {
        sawExplicitRole = true;
        labelRole = bare;
        continue;
      }
    }
    if (label) {
      const value = dutyUnits(text.replace(/^[^：:]*[：:]/u, ''));
      // Under the plan's rule the first units of a 责任单位 list lead: those before the first comma
      // (`逗号前的为牵头单位`) or the first one (`排在第一位的为牵头单位`).
      const first = rule !== 'none' && label === 'responsible' && labelRole === undefined && !/牵头/u.test(inner);
      sawExplicitRole = true;
      labelRole = label;
      // `责任单位：A、B牵头，C、D`: role words inside the list name their own groups.
      const groups = label === 'responsible' ? splitRoleGroups(value) : [];
      if (groups.some((g) => g.role !== undefined && g.role !== 'responsible')) {
        for (const group of groups) add(group.text, group.role ?? label, false);
        continue;
      }
      add(value, label, first);
      continue;
    }
    // `牵头单位：市A局，市B局；…`: unit lists after a label share its role.
    // (`责任单位：A牵头，B，C、D等单位配合`: after a lead, lists without a role word take the one that closes the
    // lists after them.)
    if (labelRole && looksLikeUnitList(text) && !roleWordAtEnd(text)) {
      let closing: Role | undefined;
      if (labelRole === 'responsible' && assignments.some((a) => a.role === 'lead')) {
        closingRoles ??= rolesClosingSegments(segments);
        closing = closingRoles[index];
      }
      add(text, closing === 'cooperate' ? 'cooperate' : labelRole, false);
      continue;
    }
    // `责任分工：A牵头负责做好…；B负责…`: after a label, the units of each duty sentence.
    const duty = labelRole ? dutyUnits(text) : text;
    if (duty !== text) {
      const groups = splitRoleGroups(duty);
      for (const group of groups) add(group.text, group.role ?? labelRole ?? 'responsible', false);
      continue;
    }
    if (looksLikeDeadline(text) && !looksLikeUnitList(text) && !roleWordAtEnd(text)) {
      // `2016年底前完成，持续推进`: the phrases of one time limit, read together.
      deadline = deadline !== undefined && deadline.length + text.length <= 200 ? `${deadline}，${text}` : text;
      continue;
    }
    // `…，政府采购评审专家征集由区财政局牵头，…`: a part of the task with a lead of its own; the
    // clause's other lists keep their roles.
    const part = subTaskLead(text);
    if (part) {
      add(part.units, part.role, false);
      continue;
    }
    // `X牵头，会同A、B办理`: the units X works with cooperate.
    const jointly = /^(?:会同|协同)(.{2,300})$/u.exec(text);
    if (jointly && assignments.some((a) => a.role === 'lead')) {
      const others = stripRoleWord(jointly[1] as string);
      if (looksLikeUnitList(others)) {
        add(others, 'cooperate', false);
        continue;
      }
    }
    // `宣传处会办公室`, `市财政局会同市税务局办理`: the first leads, the other cooperates.
    const together = splitTogetherWith(text);
    if (together) {
      sawExplicitRole = true;
      add(together.lead, 'lead', false);
      add(together.others, 'cooperate', false);
      continue;
    }
    // Several role groups in one segment: `市政府办公室牵头、县区政府负责`.
    let rest = text;
    let consumed = false;
    for (const part of splitRoleGroups(rest)) {
      if (part.role) {
        const units = [...pending, trimToUnit(part.text, known)].join('、');
        pending = [];
        if (part.role !== 'responsible') sawExplicitRole = true;
        if (firstUnitsSegment < 0) firstUnitsSegment = segmentIndex;
        // `（A、B等负责，列第一位者为牵头单位）`: under the plan's first-unit rule the first of the
        // first list leads, where no unit is called lead.
        add(units, part.role, rule.startsWith('first') && assignments.length === 0 && !/牵头/u.test(inner));
        consumed = true;
      } else {
        rest = part.text;
        consumed = false;
      }
    }
    if (!consumed && rest !== '') {
      // `区司法局牵头区级规范性文件集中公开工作`: a role word followed by what the unit does.
      const inside = /^(.{2,30}?)(分别牵头|牵头|具体落实|负责|配合|参与)/u.exec(rest);
      if (inside && !looksLikeUnitList(rest) && looksLikeUnitList(inside[1] as string)) {
        const role = roleWordAtEnd(inside[2] as string)?.role ?? 'responsible';
        const units = [...pending, inside[1] as string].join('、');
        pending = [];
        sawExplicitRole = true;
        add(units, role, false);
      } else if (assignments.length > 0 && rest === text && !looksLikeUnitList(rest)) {
        // After units with their roles, a phrase that names no unit is a remark
        // (`…负责；此项为约束性指标`, `…，纳入年度考核`).
      } else {
        if (firstUnitsSegment < 0) firstUnitsSegment = segmentIndex;
        pending.push(rest);
      }
    }
    segmentIndex++;
  }
  if (pending.length > 0) {
    // No role word: the plan's rule decides who leads, else all are responsible.
    pending.forEach((text, i) => {
      // (Under the first-unit rule the first unit leads even where the list is the only one.)
      add(text, 'responsible', !sawExplicitRole && i === 0 && (pending.length > 1 || rule.startsWith('first')));
    });
  }
  return { assignments: dedupe(assignments), etAl, deadline };
}

// `X会Y` / `X会同Y（办理）`: both sides must read as units, so 委员会 or 联合会 are never cut.
function splitTogetherWith(text: string): { lead: string; others: string } | undefined {
  if (text.length > 200 || !text.includes('会')) return undefined;
  for (let i = text.indexOf('会'); i > 0; i = text.indexOf('会', i + 1)) {
    const left = text.slice(0, i);
    const joint = text[i + 1] === '同';
    const right = text.slice(joint ? i + 2 : i + 1).replace(/(办理|落实|推进)$/u, '');
    // A bare 会 joins only after an office name (`宣传处会办公室`): 社会, 管委会 stay whole.
    if (!joint && !/([处局室科办]|中心)$/u.test(left)) continue;
    if (right === '' || !looksLikeUnitList(left) || roleWordAtEnd(left)) continue;
    // `X会同Y负责`: the role word closes the pair; X leads and Y works with it.
    const role = roleWordAtEnd(right);
    const others = role ? right.slice(0, right.length - role.word.length) : right;
    if (looksLikeUnitList(others)) return { lead: left, others };
  }
  return undefined;
}

// `…第一个为牵头单位，其余为主要配合单位`: the units after the first cooperate.
const OTHERS_COOPERATE = /(其余|其他|其它)(的)?(单位|部门|科室|处室)?(为(主要)?|做好|负责)?配合/u;
const LEAD_RULE_COMMA = /逗号(之)?前(的|面的|为)?.{0,6}牵头/u;
const LEAD_RULE_FIRST =
  /(排|列)名?(在)?(第一|首|最?前面)(位|个)?(的|者)?(单位|部门)?为(市级|县级|区级|省级)?(工作)?牵头|第一(个|家|顺位|位)?(责任)?(单位|部门|科室|处室)?为(工作)?牵头|首(位|个)(单位|部门)?为(工作)?牵头|(排位|排名|排序)靠前(的|者)?(责任)?(单位|部门)?为(工作)?牵头/u;

/**
 * The lead rule a sentence of the plan states: `逗号前的为牵头单位` → `comma`,
 * `排在第一位的为牵头单位` → `first`.
 *
 * @param text - a cleaned sentence or line
 * @returns the rule, or undefined when the text states none
 */
export function leadRuleIn(text: string): LeadRule | undefined {
  if (LEAD_RULE_COMMA.test(text)) return 'comma';
  if (LEAD_RULE_FIRST.test(text)) return OTHERS_COOPERATE.test(text) ? 'first-cooperate' : 'first';
  return undefined;
}

// Sentences after the first in a clause that do not read as a clause are remarks
// (`…。以下任务均需各区市政府落实，不再一一列出`); a sentence or `；` part may state the plan's rule
// for the clause (`…。逗号前的为牵头单位。`, `…；排在第一位的为牵头单位`).
function withoutRemarks(text: string): { inner: string; rule: LeadRule | undefined } {
  let whole = text.includes('以下')
    ? text.replace(INCLUDED_NOTE, '').replace(BRACKETED_NOTE, '').replace(UNIT_NOTE, '').replace(EMPTY_BRACKET, '')
    : text;
  // (`A牵头负责；B负责配合落实，以下均需B配合落实，不再列出`: the note on later tasks goes also where
  // no full stop parts it from the units.)
  // (A note in its own bracket, `…政府〔以下事项均涉及…，不再列出〕`, leaves no empty bracket behind.)
  if (!whole.includes('。') && whole.includes('不再'))
    whole = whole.replace(STANDING_NOTE, '').replace(EMPTY_BRACKET, '');
  if (!whole.includes('。') && !MAY_STATE_RULE.test(whole)) return { inner: whole, rule: undefined };
  const sentences = splitOutsideBrackets(whole, (ch) => ch === '。');
  const kept: string[] = [];
  let rule: LeadRule | undefined;
  sentences.forEach((sentence, k) => {
    // `X，此项及以下任务均需各县（市、区）落实，不再列出`: the note on later tasks is read apart (see
    // the plan parser's standing units); the units before it are this clause's.
    if (k > 0 || sentence.text.includes('不再'))
      sentence = { ...sentence, text: sentence.text.replace(STANDING_NOTE, '') };
    // `标☆的为牵头单位，下同`: how the plan marks its leads (the mark is read on the unit).
    if (MARK_CHARS.test(sentence.text)) sentence = { ...sentence, text: sentence.text.replace(MARK_NOTE, '') };
    // `…等负责，列第一位者为牵头单位，下同`: the rule may also follow a comma.
    const commaRule = /[，,]((?:列|排)[^，,；;]{0,12}为(?:工作)?牵头[^，,；;]{0,10})(?:[，,]下同)?$/u.exec(
      sentence.text,
    );
    const sentenceText = commaRule ? sentence.text.slice(0, commaRule.index) : sentence.text;
    if (commaRule) rule = leadRuleIn(commaRule[1] as string) ?? rule;
    const parts = splitOutsideBrackets(sentenceText, (ch) => ch === '；' || ch === ';').filter((part) => {
      const stated = leadRuleIn(part.text);
      if (stated) rule = stated;
      // The rule in a bracketed note inside a unit list (`县发改局（首位单位为牵头单位）、县财政局`):
      // the list stays, the note goes.
      return stated === undefined || leadRuleIn(withoutRuleNotes(part.text)) === undefined;
    });
    const text = parts.map((part) => withoutRuleNotes(part.text)).join('；');
    // `以下各项均需X落实，不再重复列出` speaks of the tasks after this one: a remark here.
    if (text !== '' && (k === 0 || (!/^以下/u.test(text) && isClause(text, true)))) kept.push(text);
  });
  return { inner: kept.join('。'), rule };
}

// Drops bracketed notes that state the plan's lead rule (`（首位单位为牵头单位，下同）`).
function withoutRuleNotes(text: string): string {
  if (!MAY_STATE_RULE.test(text)) return text;
  return text.replace(/[（(]([^（）()]{0,40})[）)]/gu, (note, body: string) =>
    leadRuleIn(body) === undefined ? note : '',
  );
}

const BY_OPENS = /((这|此|该|本)项(工作|任务)?|[：:，,。；;]|要求|措施)$/u;
// `包片单位`, `陈家坝沿线包片单位`: what the units are, before their names.
const BY_NAMED = /^[\u4e00-\u9fff]{0,8}?(包片|包保|包联|责任|牵头|挂点|联系)(单位|部门)/u;

function trimToUnit(text: string, known?: ReadonlySet<string>): string {
  if (looksLikeUnitList(text)) return text;
  // `这项工作由发展改革委负责`, `整改要求：由包片单位县气象局负责…`: the units follow the last 由 that
  // opens the sentence (after a label, a stop or 这项工作), past a word saying what they are.
  const by = text.lastIndexOf('由');
  if (by >= 0 && by < text.length - 2 && (BY_OPENS.test(text.slice(0, by)) || by === 0)) {
    const named = BY_NAMED.exec(text.slice(by + 1));
    const from = by + 1 + (named ? named[0].length : 0);
    if (looksLikeUnitList(text.slice(from))) return text.slice(from);
  }
  // Task text glued before the unit (a lost bracket): keep the tail that reads as a unit.
  const pieces = splitOutsideBrackets(text, (ch) => ch === '、');
  const last = pieces[pieces.length - 1];
  if (!last) return text;
  if (looksLikeUnit(last.text)) {
    let from = pieces.length - 1;
    while (from > 0 && looksLikeUnit((pieces[from - 1] as { text: string }).text)) from--;
    const head = pieces[from] as { text: string; start: number };
    // The piece before may end in a unit glued to its text (`此项工作由省法制办、监察厅`).
    const before = pieces[from - 1];
    if (before) {
      knownConsulted++;
      const at = unitTailStart(before.text, known);
      if (at >= 0) return text.slice(before.start + at);
    }
    return text.slice(head.start);
  }
  knownConsulted++;
  const at = unitTailStart(last.text, known);
  // (`…；7.由城乡建设与资源环境服务工作小组牵头`: the units after 由 are longer than the tail a place word
  // opens, `乡建设…`.)
  const afterBy = by >= 0 && text[by - 1] !== '自' ? text.slice(by + 1) : '';
  // (`岚城安置小区由平潭综合实验区岚城组团开发建设有限公司`: a name longer than the 16 characters unitTailStart searches;
  // not a name made long by its bracket, `…行动由区综合执法局（环保国土建设执法支队）牵头，组织…`, in prose.)
  if (at < 0) return afterBy.length > 16 && !/[（(]/u.test(afterBy) && looksLikeUnitList(afterBy) ? afterBy : text;
  const tail = last.text.slice(at);
  if (afterBy.length > tail.length && afterBy.endsWith(tail) && looksLikeUnitList(afterBy)) return afterBy;
  return tail;
}

// Every role word, those that anchor no clause in running text included: inside a clause they close
// a group (`法规科统筹，各科室配合`).
const ROLE_IN_CLAUSE = roleWordsAt(ROLE_WORDS);

function splitRoleGroups(text: string): { text: string; role?: Role }[] {
  const parts: { text: string; role?: Role }[] = [];
  let from = 0;
  for (const match of allMatches(ROLE_IN_CLAUSE, text)) {
    const end = match.index + match[0].length;
    if (end !== text.length && text[end] !== '、') continue;
    const role = roleWordAtEnd(text.slice(from, end));
    if (!role) continue;
    parts.push({ text: text.slice(from, end - role.word.length), role: role.role });
    from = end + 1;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}

function dedupe(assignments: Assignment[]): Assignment[] {
  const seen = new Set<string>();
  return assignments.filter((a) => {
    const key = `${a.role}\u0000${a.unit}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const BRACKETED_ROLE = /（(牵头单位|牵头|主责|负责|责任单位|配合单位|配合|协办|参与)）$/u;
// Round brackets of either width pair with each other: copies mix them.
const FAMILY: Record<string, number> = {
  '（': 0,
  '(': 0,
  '）': 0,
  ')': 0,
  '〔': 1,
  '〕': 1,
  '【': 2,
  '】': 2,
  '[': 3,
  ']': 3,
};
const OPEN = new Set(['（', '(', '〔', '【', '[']);
const CLOSE = new Set(['）', ')', '〕', '】', ']']);

/**
 * Whether a bracket's content is an assignment clause: it names units with a role word or a
 * label, or (at the end of a task) is a bare unit list or deadline.
 *
 * @param inner - cleaned content of the bracket
 * @param atEnd - whether the bracket closes the task text
 */
export function isClause(inner: string, atEnd: boolean): boolean {
  if (inner.length === 0 || inner.length > 600) return false;
  // Most brackets are not clauses (`（国资委）`, `（试行）`): a cheap test first.
  if (!atEnd && !/[负牵配参协办时：]/u.test(inner)) return false;
  // `（以下简称“市突击组”）`: the short name the text gives what it just named, no units of a task.
  if (/^(?:以下)?(?:简)?称[“"「]/u.test(inner)) return false;
  // (`…自有的生产经营车辆提供油品加注（不含其他关联企业）`: what the text leaves out, no units.)
  if (/^(?:不含|不包括)/u.test(inner)) return false;
  // `（首位单位为牵头单位，下同）` inside a unit list: the plan's rule, a note, not a clause.
  if (inner.length <= 40 && !/[：:]/u.test(inner) && leadRuleIn(inner) !== undefined) {
    // … unless units come with the rule (`（A、B等负责，列第一位者为牵头单位，下同）`).
    const rest = inner.replace(/[^，,；;。]*为(工作)?牵头[^，,；;。]*/u, '').replace(/[，,；;。\s]|下同/gu, '');
    if (rest === '') return false;
  }
  const reading = readClause(inner);
  if (/[：:]/u.test(inner) && LABEL_ANYWHERE.test(inner)) {
    LABEL_ANYWHERE.lastIndex = 0;
    return reading.assignments.length > 0 || reading.deadline !== undefined;
  }
  LABEL_ANYWHERE.lastIndex = 0;
  // Remark sentences and the plan's lead rule (`…负责。列第一位者为牵头单位，下同`) are no part of it.
  const core = withoutRemarks(inner).inner;
  const segments = splitOutsideBrackets(core, (ch) => ch === '，' || ch === '；' || ch === '。');
  const reads = (s: { text: string }) => {
    // (`…规划局、等按职责分工负责`: a separator the copy left before 等.)
    let t = s.text.replace(/^[。、.]+|[。、.]+$/gu, '').replace(/、(?=等)/gu, '');
    // (`（由市财政局牵头，…）`: the bracket may open with 由 before its units.)
    if (s === segments[0]) t = t.replace(/^由/u, '');
    return (
      t === '' ||
      looksLikeUnitList(t) ||
      looksLikeDeadline(t) ||
      labelOf(t) !== undefined ||
      (s !== segments[0] && subTaskLead(t) !== undefined) ||
      unitDoing(t)
    );
  };
  const hasRoleWord = (s: { text: string }) => roleWordAtEnd(s.text.replace(/[。.]+$/u, '')) !== undefined;
  const firstUnread = segments.findIndex((s) => !reads(s));
  if (firstUnread >= 0) {
    // Remarks after the units of a closing bracket (`（X牵头，Y负责；此项为约束性指标）`): a clause
    // when what comes before them names units with a role.
    const head = segments.slice(0, firstUnread);
    return atEnd && head.some((h) => hasRoleWord(h) || unitDoing(h.text)) && reading.assignments.length > 0;
  }
  const hasRole = segments.some(hasRoleWord);
  if (hasRole) return reading.assignments.length > 0;
  if (!atEnd) return false;
  return reading.assignments.length > 0 || (reading.deadline !== undefined && isTimeLimit(inner));
}

// A segment of a clause without the stops and blanks at either end.
const trimSegment = (text: string): string => text.replace(/^[。、.\s]+|[。、.\s]+$/gu, '');

// For each segment, the role word that closes the unit lists after it (`…，B，C等单位配合` → cooperate), up to a label
// or a segment that names no units: one pass from the end, so a clause of many lists is read in linear time.
function rolesClosingSegments(segments: readonly { text: string }[]): (Role | undefined)[] {
  const roles: (Role | undefined)[] = new Array(segments.length);
  let after: Role | undefined;
  for (let k = segments.length - 1; k >= 0; k--) {
    roles[k] = after;
    const text = trimSegment((segments[k] as { text: string }).text);
    if (text === '') continue;
    if (labelOf(text) !== undefined) after = undefined;
    else after = roleWordAtEnd(text)?.role ?? (looksLikeUnitList(text) ? after : undefined);
  }
  return roles;
}

const SUB_TASK_LEAD = /^(.{2,80}?)由([^由，,；;]{2,60}?)(牵头负责|牵头|负责落实|负责)$/u;

// `政府采购评审专家征集及考评机制由区财政局牵头`: what a part of the task is and who leads it.
function subTaskLead(text: string): { units: string; role: Role } | undefined {
  if (text.length > 150 || !text.includes('由')) return undefined;
  const m = SUB_TASK_LEAD.exec(text);
  if (!m || looksLikeUnitList(m[1] as string) || /(这|此|该|本)项(工作|任务)?$/u.test(m[1] as string)) return undefined;
  if (!looksLikeUnitList(m[2] as string)) return undefined;
  return { units: m[2] as string, role: (m[3] as string).startsWith('牵头') ? 'lead' : 'responsible' };
}

const TIME_LIMIT_START =
  /^(完成时限|时限|(19|20)\d{2}年?|\d{1,2}月|年底|年内|年末|全年|持续|长期|常态|即时|立即|立行立改|上半年|下半年|[一二三四]季度|第[一二三四]季度|次年|明年|印发后|\d{1,3}个?工作日|每(年|季度?|月|半年|周))/u;

// A bracket of time only is the task's time limit when it opens like one (`（2024年6月底前）`,
// `（持续推进）`); `（专栏每月至少更新2条信息）` is a requirement of the task, not its deadline.
function isTimeLimit(inner: string): boolean {
  const text = inner.replace(/^[\s（(]+/u, '').replace(/^(完成时间|时间要求|时间节点|时间|截至|截止|于|在)[：:]?/u, '');
  return TIME_LIMIT_START.test(text) && !/(至少|不少于|不低于|更新\d|条信息)/u.test(text);
}

// `（市财政局负责 2024年6月底前）`: a blank between a clause's units and its time limit parts them
// as a comma would.
const BLANK_BEFORE_TIME =
  /(?<=[\u4e00-\u9fff）)]) +(?=(?:19|20)\d{2}年|\d{1,2}月|年底|年内|持续|长期|常态|每[年季月周半])/gu;
function blankBeforeTime(inner: string): string {
  return inner.includes(' ') ? inner.replace(BLANK_BEFORE_TIME, '，') : inner;
}

const COOPERATES_WITH =
  /^([^：:，。；;,\n（）()]{2,60}?)(配合|协助)([^：:，。；;,\n（）()、]{2,20}?)(?=对|做好|开展|进行|推进|完成|落实|共同|抓好|加强|制定|组织|实施|做)/u;
// The offices inside a body (处室, 工作组, 大队), which are no agencies of their own.
// (`一场所：` is a count of things, as in a plan's `五个一`; `职责分工区公安局…组：` a heading glued on.)
const OFFICE_END = /^(?!.*(?:分工|职责)).+(?:处|科|室|股|组|大队|支队|中队|所|站|中心|庭|党委|专班)$/u;
// What an office's duty opens with after the full stop that ends the office's name.
const OFFICE_DUTY_AFTER_STOP = /^(?:[一二三四五六七八九十]要|要|负责|主要负责|具体负责|牵头)/u;
// (Also over numbered duties below: `区执法应急局：` / `1.负责捕捉…` / `2.负责依法查处…`.)
// A label naming a person (`综合协调组负责人`), and such a label with the person's name after it (`负责人：韩祥平`,
// `负责人：林 超`).
const PERSON_WORD = '(?:负责人|组长|责任人|联系人)';
const NAMES_PERSON = new RegExp(`${PERSON_WORD}$`, 'u');
const PERSON_BEFORE = new RegExp(`${PERSON_WORD}[：:]\\s*[\\u4e00-\\u9fff](?:\\s?[\\u4e00-\\u9fff]){1,2}$`, 'u');
/**
 * The role word a duty's first verb gives the units before it (`资源生态处：牵头前期筹划…` → `牵头`,
 * `城乡建设服务中心：配合做好…` → `配合`), or `''`. A unit that assists a body it names
 * (`社会事业处：协助、配合区旅游文体局做好…`) answers for that duty itself: no role word.
 *
 * @param duty - the duty's words after its units and colon
 * @returns `牵头`, `配合` or `''`
 * @example
 * ```ts
 * dutyVerb('牵头前期筹划、组织编制'); // '牵头'
 * dutyVerb('协助、配合区交建局对水源保护区开展巡查'); // ''
 * ```
 */
export function dutyVerb(duty: string): '牵头' | '配合' | '' {
  if (/^(?:负责)?牵头/u.test(duty)) return '牵头';
  const assists = /^(?:积极)?(?:配合|协助|协同)(?:[、，,]?(?:配合|协助))?/u.exec(duty);
  if (!assists) return '';
  return /^(?:区|市|县|省|州|镇|乡|各)/u.test(duty.slice(assists[0].length)) ? '' : '配合';
}

// A task's title, a colon and the units that answer for it, nothing else: `港口安全事故：湄洲湾港口管理局，莆田海事局。`.
const TITLE_THEN_UNITS =
  /^([^：:，。；;,\n（）()]{2,30})[：:]((?:[^：:。；;\n（）()]|[（(][^（）()\n]{1,12}[）)]){2,200}?)[。；;]?$/u;

// (The colon may open the next line: `⑵局办公室` / `：负责…`.)
// (The units may hold brackets: `各县（市、区）、市管园区：负责…`.)
const UNITS_OPENING =
  /^((?:[^：:，。；;,\n（）()]|[（(][^（）()：:，。\n]{1,10}[）)]){2,40})\n?[：:。](?=[^\s：:。]|\n(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]))/u;

/**
 * Finds the assignment clauses in a task's text, in order: bracketed ones (also when the closing
 * bracket is lost at a line end), and unbracketed ones found from a role word or a label
 * (`…公开目录。县区政府，市财政局…负责落实，完成时限：2024年7月底前`). Linear in the text.
 *
 * @param text - the task's cleaned text; lines joined by `\n`
 * @returns the clauses found
 */
export function findClauses(text: string, known?: ReadonlySet<string>): ClauseSpan[] {
  const clauses: ClauseSpan[] = [];
  // 0. `市财政局：公开财政预决算信息`: a task that opens with its units and a colon.
  const opening = UNITS_OPENING.exec(text);
  if (
    opening &&
    // (`综合协调组负责人：韩祥平…`: the label names a person, not units.)
    !NAMES_PERSON.test(opening[1] as string) &&
    // (`各行政村（社区）工作职责：`: a heading of the units' duties, read with the plan's duties.)
    !/职责$/u.test(opening[1] as string) &&
    labelOf(text) === undefined &&
    (looksLikeAgencyList(opening[1] as string) ||
      // (`政法综治处：指导…`: an office of the issuing body, named with a colon.)
      ((/[：:]$/u.test(opening[0]) ||
        // (`（二）交通与建设处。一要统筹…`, `（三）农业农村处。负责协助…`: a full stop after the office, its duty next.)
        (/。$/u.test(opening[0]) && OFFICE_DUTY_AFTER_STOP.test(text.slice(opening[0].length)))) &&
        looksLikeUnitList(opening[1] as string) &&
        (opening[1] as string).split(/[、，,]/u).every((piece) => !COUNTED.test(piece) && OFFICE_END.test(piece))))
  ) {
    // (The duty's first verb after the colon gives the role: `资源生态处：牵头前期筹划…`, `城乡建设服务中心：配合…`.)
    const verb = dutyVerb(text.slice(opening[0].length).trimStart());
    clauses.push({ start: 0, end: opening[0].length, inner: `${opening[1]}${verb}`, inline: true, opening: true });
  }
  // `生产性火灾事故：市公安局，市委宣传部、市安监局。`: a short title and a colon, then units only.
  const titled = clauses.length > 0 ? null : TITLE_THEN_UNITS.exec(text);
  if (
    titled &&
    labelOf(text) === undefined &&
    !/单位|部门|处室|科室|责任|牵头|配合|参与|协办|主办|时限|领导/u.test(titled[1] as string) &&
    // (`2.一挂钩：区直单位挂钩村。`: a count of things to do is no task's title.)
    !COUNTED.test(titled[1] as string) &&
    looksLikeAgencyList((titled[2] as string).replace(/[，,]/gu, '、'))
  ) {
    const start = (titled[1] as string).length + 1;
    clauses.push({ start, end: start + (titled[2] as string).length, inner: titled[2] as string });
  }
  // `区农村发展局配合区规划局对划定的…进行确认`: units working with the lead the sentence names next.
  const withLead = opening ? null : COOPERATES_WITH.exec(text);
  if (withLead && looksLikeUnitList(withLead[1] as string) && looksLikeUnitList(withLead[3] as string)) {
    const inner = `${withLead[3]}牵头，${withLead[1]}配合`;
    clauses.push({ start: 0, end: withLead[0].length, inner, inline: true });
  }
  // `全面公开权力清单 区行政审批局 综合处牵头，各处、单位配合落实 通过门户网站…`: a row of a table a page
  // flattened with blanks between its cells; the cells after the task that hold units only are its units.
  if (!opening && !withLead && text.includes(' ')) {
    const cells = spacedUnitCells(text) ?? (spacedColumns ? trailingUnitCells(text, spacedColumns) : undefined);
    if (cells) clauses.push({ ...cells, inline: true });
  }
  // (A cheap test first: a role word, a closing bracket, or a bracket left open at a line end.)
  if (!/[负牵配参协办责落施时）)]/u.test(text) && !/[（(][^（）()\n]*$/mu.test(text)) return clauses;
  // 1. Bracketed clauses at the outer level.
  const stack: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i] : '\n';
    if (ch !== undefined && OPEN.has(ch)) stack.push(i);
    else if (ch !== undefined && CLOSE.has(ch)) {
      // A closer closes the nearest opener of its kind: `（…〔2021〕31号）` and also a 〔 left open
      // inside (`（铜府办字〔202131号）`); a closer with no opener of its kind closes nothing.
      const family = FAMILY[ch];
      // (Looked for a few levels down only: a run of unmatched openers stays linear.)
      let at = stack.length - 1;
      while (at >= 0 && at >= stack.length - 4 && FAMILY[text[stack[at] as number] as string] !== family) at--;
      if (at < 0 || at < stack.length - 4) continue;
      stack.length = at + 1;
      const open = stack.pop();
      if (open !== undefined && stack.length === 0) {
        // (A bracket a PDF copy broke over lines reads as one: `、` / `市` / `通信管理办等负责`.)
        const inner = blankBeforeTime(text.slice(open + 1, i).replace(/\n/gu, ''));
        const after = text.slice(i + 1, i + 3);
        const atEnd = /^[。；;.\s]*($|\n)/u.test(after) || i + 1 >= text.length;
        if ((isClause(inner, atEnd) && !namesOwnBracket(text, open, inner)) || unitsAfterSentence(text, open, inner))
          clauses.push({ start: open, end: i + 1, inner });
      }
    } else if (
      ch === '\n' &&
      stack.length > 0 &&
      // (`〔A、B、` / `市` / `通信管理办等负责〕`: a list broken after its separator goes on below.)
      (/^[^（(）)]{0,20}[）)〕]/u.test(text.slice(i + 1, i + 22)) || /[、，,]/u.test(text[i - 1] ?? ''))
    ) {
    } else if (ch === '\n') {
      // A bracket left open at the end of a line: the closing bracket was lost.
      // (Not a unit's own bracket whose closer was lost: `发改委（粮储局`.)
      const open = stack[0];
      if (open !== undefined) {
        const inner = text.slice(open + 1, i);
        if ((isClause(inner, true) && !namesOwnBracket(text, open, inner)) || unitsAfterSentence(text, open, inner))
          clauses.push({ start: open, end: i, inner });
      }
      stack.length = 0;
    }
  }
  // 2. Unbracketed clauses, found from a role word or a label outside the clauses above.
  const found: ClauseSpan[] = [];
  let ci = 0;
  const anchors: number[] = [];
  for (const m of allMatches(ROLE_ANCHOR, text)) anchors.push(m.index + m[0].length);
  // (A label needs its colon: most texts have none.)
  if (text.includes('：') || text.includes(':'))
    for (const m of allMatches(LABEL_ANYWHERE, text)) {
      // (`进度安排：党群工作处…要组织…`: a schedule said in sentences is the task's text; only a time limit
      // after the label, `；进度安排：2019年12月底前`, makes it a clause.)
      // (`任务和进度安排：2020-2022年，开展…` names the item's plan of work, not its time limit.)
      if (
        /^(?:进度|时间)安排/u.test(m[0]) &&
        (/[\u4e00-\u9fff]/u.test(text[m.index - 1] ?? '') ||
          !SCHEDULE_TIME.test(text.slice(m.index + m[0].length).split(/[。；;\n]/u)[0] ?? ''))
      )
        continue;
      anchors.push(m.index);
    }
  // `由县环卫站负责清除…`: a role word inside a sentence, after 由 and the units.
  const inline = new Set<number>();
  if (text.includes('由')) {
    const taken = new Set(anchors);
    // The start of the sentence each match is in, found going forward once (matches come in order).
    let scanned = 0;
    let sentence = 0;
    for (const m of allMatches(BY_ANCHOR, text)) {
      const at = m.index + m[0].length;
      for (; scanned < m.index; scanned++) {
        const ch = text[scanned];
        if (ch === '。' || ch === '\n' || ch === '；') sentence = scanned + 1;
      }
      // Only in a labelled sentence (`整改要求：…由X负责…`): prose elsewhere says who does what too.
      // (Or a short item that is that one sentence, `1、岚城安置小区由X公司负责承建；`: who builds what.)
      const whole = sentence === 0 && BY_WHOLE_ITEM.test(text.slice(at)) && m.index <= 30;
      if (!whole && !BY_LABEL.test(text.slice(sentence, Math.min(m.index, sentence + 40)))) continue;
      if (!taken.has(at)) {
        anchors.push(at);
        inline.add(at);
      }
    }
  }
  anchors.sort((a, b) => a - b);
  let lastEnd = 0;
  for (const anchor of anchors) {
    while (ci < clauses.length && (clauses[ci] as ClauseSpan).end <= anchor - 1) ci++;
    const next = clauses[ci];
    if (anchor < lastEnd || (next && anchor - 1 >= next.start && anchor - 1 < next.end)) continue;
    const prevEnd = ci > 0 ? (clauses[ci - 1] as ClauseSpan).end : 0;
    const span = extendClause(text, anchor, Math.max(lastEnd, prevEnd, anchor - 300), known);
    if (span && !(next && span.end > next.start)) {
      // (`…乡村规划的管理由乡镇人民政府负责。…（责任单位：…）`: units after 由 before the item's own
      // bracket are named inside its text too.)
      const byBeforeBracket = text[span.start - 1] === '由' && clauses.some((c) => c.start >= span.end);
      // (`由政法综治处牵头，举办1场集中宣传活动，各处室派员参与。`: a lead the item opens with after 由, its sentence going
      // on past the comma, is named inside the task.)
      const byAtStart =
        text[span.start - 1] === '由' &&
        text.slice(0, span.start - 1).trim() === '' &&
        /^[，,]/u.test(text.slice(span.end));
      const within =
        (inline.has(anchor) && span.end === anchor) || byBeforeBracket || byAtStart || goesOnAfterUnits(text, span);
      found.push(within ? { ...span, inline: true } : span);
      lastEnd = span.end;
    }
  }
  // `由发展改革委会同中央农办、农业部等部门研究提出落实意见`: a lead and those working with it, named before
  // what they do, with no role word (where no clause above names them).
  if (text.includes('会同') && text.includes('由'))
    for (const m of allMatches(BY_TOGETHER, text)) {
      const lead = m[1] as string;
      const others = m[2] as string;
      const start = m.index + 1;
      const end = m.index + m[0].length;
      if ([...clauses, ...found].some((c) => c.start < end && c.end > m.index)) continue;
      if (!looksLikeUnitList(lead) || !looksLikeUnitList(others)) continue;
      found.push({ start, end, inner: `${lead}牵头，${others}${m[3] ?? ''}配合`, inline: true });
    }
  found.sort((a, b) => a.start - b.start);
  // `…县（区、管委会）负总责，统筹谋划…。责任单位：各县（区）人民政府、市住建局`: a role word in the
  // item's prose before the labelled line that closes the item names units inside the text; the
  // label closes the task. (Only before a label on a line of its own: sentences each closed by their
  // own role word still end a task each.)
  const closingLabel = found.findLast((c) => !c.inline && text[c.start - 1] === '\n' && labelOf(c.inner) !== undefined);
  if (closingLabel)
    for (let k = 0; k < found.length; k++) {
      const c = found[k] as ClauseSpan;
      // (Not a clause that opens its own line or follows a label: `责任单位：A牵头，B参与` is the
      // closing line of a task of its own.)
      const ownLine = c.start === 0 || text[c.start - 1] === '\n';
      const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
      const labelled =
        AFTER_LABEL.test(text.slice(Math.max(0, c.start - 12), c.start)) ||
        labelOf(text.slice(lineStart, lineStart + 24)) !== undefined;
      if (c.start < closingLabel.start && !c.inline && !ownLine && !labelled && labelOf(c.inner) === undefined)
        found[k] = { ...c, inline: true };
    }
  return [...clauses, ...found].sort((a, b) => a.start - b.start);
}

// `由X会同Y（等部门）` before what they are to do (see findClauses).
const BY_TOGETHER =
  /由([^，。；：,;:（）()由\n]{2,40}?)会同([^，。；：,;:（）()\n]{2,160}?)(等(?:有关|相关)?(?:部门|单位))?(?=研究|提出|制定|推进|办理|组织|开展|共同|做好|抓好|加快|完善|建立)/gu;

// Text that ends in a unit label: a clause right after it is the label's value.
const AFTER_LABEL = /(?:单位|部门|科室|处室|主体)[：:]\s*$/u;

// `规范建房审批。由区危改办负责，进一步简化审批手续。`, `区交建局牵头，有条件的镇区推进道路“白改黑”`:
// units that open a sentence (maybe after 由) whose sentence goes on past a comma with more of the
// task (no time limit, no other units) are named inside the task; they end no task. (`这项工作由X负责，
// 去年…`: a sentence that does not open with them closes its task with a remark.)
function goesOnAfterUnits(text: string, span: ClauseSpan): boolean {
  if (text[span.end] !== '，' && text[span.end] !== ',') return false;
  // (A labelled line, `责任单位：A牵头，B参与`, is no sentence of the task.)
  if (labelOf(span.inner) !== undefined) return false;
  const open = text[span.start - 1] === '由' ? span.start - 1 : span.start;
  // (Also after the person a label names: `综合协调组负责人：韩祥平由交通与建设组负责，…`.)
  if (
    open > 0 &&
    !/[。；;\n]/u.test(text[open - 1] as string) &&
    !PERSON_BEFORE.test(text.slice(Math.max(0, open - 12), open))
  )
    return false;
  const rest = /^[^。；;\n]{0,200}/u.exec(text.slice(span.end + 1))?.[0] ?? '';
  // (`由党政办公室负责，组织协调有关部门，落实运输保障工作`: 落实 alone is a verb of the task; after a unit
  // it names one, `各县落实`.)
  return (
    rest.length >= 4 &&
    !/负责|牵头|配合|参与|协助|协办|[局委办处科室组队所站心府]落实|[：:]/u.test(rest) &&
    !looksLikeDeadline(rest)
  );
}

const LEVEL = '(?:街道|街|乡镇|乡|镇|市|区|县|旗|管委会|园区|开发区|社区|场|功能区)';
const LEVELS_INNER = new RegExp(`^${LEVEL}(?:[、，,]${LEVEL})*$`, 'u');

const GOVERNMENT_SEAT = /^[^（）()、，,]{0,6}(?:街道办事处|办事处|管委会|街道)$/u;

// `各县（市、区）政府（管委会）`: a bracket with no role word right after a unit name is that name's
// own (another name for the same unit), not a clause.
function namesOwnBracket(text: string, open: number, inner: string): boolean {
  // (Role words and labels, not their characters: `（省审改办）` is a name with 办 in it.)
  if (/负责|牵头|配合|参[与加]|协[办助作同]|主办|时[限间]|[：:]/u.test(inner)) return false;
  // `镇（街道）`, `县（市、区）`, `乡（镇）`: levels that widen the level before them.
  if (LEVELS_INNER.test(inner) && /[镇乡县区市旗场]$/u.test(text.slice(Math.max(0, open - 1), open))) return true;
  const from = Math.max(0, open - 40);
  const before = text.slice(from, open);
  // `通报乡镇人民政府（街道办事处）`: a government's other seat, whatever the words before it.
  if (/政府$/u.test(before) && GOVERNMENT_SEAT.test(inner)) return true;
  const cut = Math.max(
    before.lastIndexOf('、'),
    before.lastIndexOf('，'),
    before.lastIndexOf('：'),
    before.lastIndexOf('\n'),
  );
  const name = before.slice(cut + 1);
  return name !== '' && looksLikeUnit(name);
}

// A bracket that follows a full stop and holds units only (`…名录。（区金融办、区财政局。）`, `（监测司）`)
// closes the sentence before it, as `（…负责）` does: the plan left the role word out.
function unitsAfterSentence(text: string, open: number, inner: string): boolean {
  const before = text[open - 1];
  if (before !== '。' && before !== '；') return false;
  const list = inner.replace(/[。；]$/u, '');
  return list.length <= 200 && looksLikeUnitList(list);
}

const HARD_STOP = new Set(['。', '\n', '！', '？', '：', ':', '（', '）', '(', ')', '“', '”']);

function extendClause(
  text: string,
  anchor: number,
  floor: number,
  known?: ReadonlySet<string>,
): ClauseSpan | undefined {
  // Back, segment by segment, while segments read as units or end with a role word.
  let start = anchor;
  let i = anchor;
  // Start of the segment containing the anchor.
  i = segmentStartBack(text, anchor, floor);
  const labelHere = labelOf(text.slice(anchor));
  if (labelHere === 'deadline' && STAGES_LABEL.test(text.slice(anchor, anchor + 10))) {
    // A task card's stages: the rest of the line, whatever it says.
    const lineEnd = text.indexOf('\n', anchor);
    const end = lineEnd < 0 ? text.length : lineEnd;
    return { start: anchor, end, inner: text.slice(anchor, end) };
  }
  if (labelHere) {
    start = anchor;
  } else {
    let own = text.slice(i, anchor).replace(/^[，；]/u, '');
    // (`综合协调组负责人：韩祥平由交通与建设组负责`: the person a label names before 由 is no unit.)
    if (/[：:]$/u.test(text.slice(Math.max(0, i - 1), i)) && NAMES_PERSON.test(text.slice(Math.max(0, i - 4), i - 1)))
      own = own.replace(/^[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,2}(?=由)/u, '');
    const role = roleWordAtEnd(own);
    const body = role ? own.slice(0, own.length - role.word.length) : own;
    const trimmed = trimToUnit(body, known);
    if (!looksLikeUnitList(trimmed)) return undefined;
    start = anchor - (role?.word.length ?? 0) - trimmed.length;
    if (trimmed === body) {
      // Whole segment is units: earlier segments that are unit lists belong too.
      let segStart = i;
      while (segStart > floor + 1 && (text[segStart - 1] === '，' || text[segStart - 1] === '；')) {
        const j = segmentStartBack(text, segStart - 1, floor);
        const prev = text.slice(j, segStart - 1);
        // (`由市财政局、农业局，各县（市）、区人民政府负责落实。`: the list a sentence opens with 由 goes on
        // past its comma, and the clause takes the 由 in.)
        const by = prev.startsWith('由') ? 1 : 0;
        if (!looksLikeUnitList(stripRole(prev.slice(by)))) break;
        segStart = j;
        if (by === 1) break;
      }
      start = segStart;
    }
  }
  // Forward: further segments that read as units, role groups, labels or a deadline.
  let end = anchor;
  let j = anchor;
  let afterDeadlineLabel = false;
  for (let first = labelHere !== undefined; ; first = false) {
    if (!first) {
      // Labels may follow each other after a space or with nothing between (`牵头单位：A 责任单位：B`).
      if (text[j] === ' ' && labelAt(text, j + 1)) j++;
      else if (labelAt(text, j)) {
        // no separator needed before a label
      } else if (text[j] !== '，' && text[j] !== '；' && text[j] !== '、') break;
      else j++;
    }
    const k = segmentEnd(text, j);
    const seg = text.slice(j, k);
    if (seg === '') break;
    const segLabel = labelOf(seg);
    // After `完成时限：` the rest of the line up to another label is the time limit, whatever it says.
    if (
      !(
        segLabel ||
        looksLikeDeadline(seg) ||
        looksLikeUnitList(stripRole(seg.replace(BATCH, '$1'))) ||
        afterDeadlineLabel ||
        (labelHere !== undefined && (unitDoing(seg) || dutyUnits(seg) !== seg)) ||
        // (`责任单位：市财政局 责任人：张三`: the person is skipped when the clause is read.)
        (labelHere !== undefined && PERSON_LABEL.test(seg))
      )
    )
      break;
    if (segLabel) afterDeadlineLabel = segLabel === 'deadline';
    end = k;
    j = k;
  }
  if (text[end] === '）' || text[end] === ')') end++;
  // A closing bracket after the clause closes the bracket the clause was in; one that closes a
  // note of the clause's own (`市财政局（第一责任单位为牵头单位，下同）`) stays.
  const spanText = text.slice(start, end);
  const opens = spanText.length - spanText.replace(/[（(]/gu, '').length;
  const closes = spanText.length - spanText.replace(/[）)]/gu, '').length;
  const inner = closes > opens ? spanText.replace(/[）)]$/u, '') : spanText;
  if (end <= start) return undefined;
  // A unit list closed by its role word with nothing after it reads as units: only other spans need
  // reading to be sure (the reading is kept, so its task reads it once either way).
  const plain = !labelHere && end === anchor && !inner.includes('等');
  if (!plain && readClause(inner, 'none', known).assignments.length === 0 && !labelHere) return undefined;
  return { start, end, inner };
}

// In a labelled list, a unit and what it does (`区政府办公室政策法规处负责法制审查工作`).
function unitDoing(seg: string): boolean {
  if (seg.length > 70) return false;
  const m = /^(.{2,30}?)(负责|牵头|配合)[\u4e00-\u9fff“”、]{2,40}$/u.exec(seg);
  return m !== null && looksLikeUnitList(m[1] as string);
}

// The unit cells of a table row a page flattened with blanks between its cells (see findClauses): after
// a first cell of task text, one or two cells of units (role words allowed), then the requirement's
// sentence or the end. Undefined where the blanks part anything else.
function spacedUnitCells(text: string): { start: number; end: number; inner: string } | undefined {
  if (text.length > 600 || text.includes('\n')) return undefined;
  const parts = text.split(' ');
  // (The first cell is a task's title: short, one sentence at most, no label.)
  const first = parts[0] as string;
  if (
    parts.length < 2 ||
    parts.length > 5 ||
    first.length < 4 ||
    first.length > 80 ||
    /[。：:]./u.test(first.replace(/其中[：:]/gu, ''))
  )
    return undefined;
  const units: string[] = [];
  let k = 1;
  for (; k < parts.length && units.length < 3; k++) {
    const cell = parts[k] as string;
    if (cell.length === 0 || cell.length > 60 || /[。；]/u.test(cell)) break;
    const reading = readClause(cell);
    const bare = cell.replace(/(?:分别)?(?:牵头|负责|配合|参与|协助)(?:落实|实施|推进)?(?=[，,]|$)/gu, '');
    if (reading.assignments.length === 0 || !looksLikeUnitList(bare.replace(/[，,]/gu, '、'))) break;
    units.push(cell);
  }
  if (units.length === 0) return undefined;
  // (What follows is the requirement, a sentence, or nothing.)
  const rest = parts.slice(k).join(' ');
  if (rest !== '' && (rest.length < 6 || /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/u.test(rest))) return undefined;
  const start = (parts[0] as string).length + 1;
  const end = start + units.join(' ').length;
  // (Under a header naming the columns' roles, a cell with no role word of its own takes its column's.)
  const roles = spacedColumns;
  const inner = roles
    ? units
        .map((cell, i) => (roleWordAtEnd(cell) || roles[i] === undefined ? cell : `${cell}${ROLE_WORD_OF[roles[i]]}`))
        .join('；')
    : units.join('；');
  return { start, end, inner };
}

// The roles of the unit columns a header flattened with blanks names, in order (`重点任务 工作措施 牵头单位
// 参与单位`, or one column last on its line: `序号 名称 工作任务 牵头责任单位`), while one plan is read (see
// {@link readSpacedColumns}).
let spacedColumns: readonly Role[] | undefined;

const SPACED_HEADER =
  /(?:^|\s)(?:重点任务|工作任务|主要任务|任务|工作内容)\s+(?:[\u4e00-\u9fff]{2,6}\s+)?(牵头责任单位|牵头单位|牵头部门|责任单位|责任部门)(?:\s+(参与单位|配合单位|配合部门|协办单位|责任单位|责任部门)(?=\s|$)|\s*$)/u;
const ROLE_OF_COLUMN = (word: string): Role =>
  /牵头/u.test(word) ? 'lead' : /(参与|配合|协办)/u.test(word) ? 'cooperate' : 'responsible';

/**
 * Reads, from a plan's lines, the unit columns of a table a page flattened with blanks between its cells
 * (`重点任务 工作措施 牵头单位 参与单位`): rows of that table end in their unit cells, whose roles the
 * header gives. Call with `undefined` when the plan is read.
 *
 * @param lines - the plan's lines, or undefined to forget the columns
 * @example
 * ```ts
 * readSpacedColumns(['重点任务 工作措施 牵头单位 参与单位']);
 * ```
 */
export function readSpacedColumns(lines: readonly string[] | undefined): void {
  spacedColumns = undefined;
  if (!lines) return;
  for (const line of lines) {
    if (line.length > 3000 || !line.includes(' ')) continue;
    const m = SPACED_HEADER.exec(line);
    if (m) {
      // (`序号 名称 工作任务 牵头责任单位`: one unit column, last on its line.)
      spacedColumns = m[2] ? [ROLE_OF_COLUMN(m[1] as string), ROLE_OF_COLUMN(m[2])] : [ROLE_OF_COLUMN(m[1] as string)];
      return;
    }
  }
}

const ROLE_WORD_OF: Record<Role, string> = { lead: '牵头', responsible: '负责', cooperate: '配合' };

// `优化产业布局 完成…工作。 区环土局 区经发局、各片区项目建设指挥部`: a row of that table, its unit cells last.
function trailingUnitCells(
  text: string,
  roles: readonly Role[],
): { start: number; end: number; inner: string } | undefined {
  if (text.length > 1500 || text.includes('\n')) return undefined;
  const parts = text.split(' ');
  if (parts.length < 3) return undefined;
  const cells: string[] = [];
  let k = parts.length - 1;
  for (; k >= 2 && cells.length < roles.length; k--) {
    const cell = parts[k] as string;
    if (cell === '' || cell.length > 60 || /[。；：:]/u.test(cell)) break;
    const bare = cell.replace(/(?:按职责分工)?(?:牵头|负责|配合|参与|协助)(?:落实|实施|推进)?$/u, '');
    if (!looksLikeUnitList(bare.replace(/[，,]/gu, '、'))) break;
    cells.unshift(cell);
  }
  // (The cell before them ends a sentence: the row's requirement.)
  const before = parts[k] as string;
  if (cells.length === 0 || !/[。；）)]$/u.test(before)) return undefined;
  const inner = cells
    .map((cell, i) => (roleWordAtEnd(cell) ? cell : `${cell}${ROLE_WORD_OF[roles[i] as Role]}`))
    .join('，');
  const start = parts.slice(0, k + 1).join(' ').length + 1;
  return { start, end: text.length, inner };
}

const BACK_STOP = new Set(['。', '\n', '！', '？', '：', ':', '“', '”', '，', '；']);

// Start of the segment ending at `to`, going back over bracketed parts (`市财政局（国资委）`);
// an unmatched opening bracket ends it.
function segmentStartBack(text: string, to: number, floor: number): number {
  let i = to;
  let depth = 0;
  while (i > floor) {
    const ch = text[i - 1] as string;
    if (ch === '）' || ch === ')') depth++;
    else if (ch === '（' || ch === '(') {
      if (depth === 0) break;
      depth--;
    } else if (ch === '\n' || (depth === 0 && BACK_STOP.has(ch))) break;
    i--;
  }
  return i;
}

// End of the segment starting at `from`: the next `，；` or hard stop; a label's own colon is skipped.
// A unit's last character or a role word's, then the next row's heading number (`配合三、`, `支队二、`).
const NEXT_ROW = /^[合头责局委办处室科队所站心府司组院）)][一二三四五六七八九十]{1,3}、/u;

const CN_DIGITS = new Set('一二三四五六七八九十');

// Page furniture after a flattened page's last unit list.
const FURNITURE_AFTER = /^(?:附件下载|相关附件|【?打印|【?关闭|分享到)/u;

// A unit's last character, then the ordinal of the next measure (`二是`, `三是`).
const NEXT_MEASURE = /^[局委办处室科队所站心府司组院）)][二三四五六七八九十]$/u;

function segmentEnd(text: string, from: number): number {
  let k = from;
  // (`配合处室（单位）：`: a label may name what its column holds in a bracket.)
  // (`责任处室、单位：`: or after a stop.)
  const label = /^[\u4e00-\u9fff]{2,9}(?:[（(][\u4e00-\u9fff]{1,4}[）)]|、[\u4e00-\u9fff]{2})?[：:]/u.exec(
    text.slice(from, from + 17),
  );
  if (label && (labelOf(label[0]) || PERSON_LABEL.test(label[0]))) k += label[0].length;
  // A batch of the list (`第二批：`) goes on past its colon.
  const batch = /^第[一二三四五六七八九十\d]{1,2}(?:批|阶段|步)[：:]/u.exec(text.slice(k, k + 6));
  if (batch) k += batch[0].length;
  const limit = Math.min(text.length, k + 400);
  let depth = 0;
  while (k < limit) {
    const ch = text[k] as string;
    // A short quotation inside a name (`市“两新”组织党工委`) is part of the segment.
    if (ch === '“' && depth === 0 && k > from) {
      const close = text.indexOf('”', k + 1);
      if (close > k && close - k <= 20 && !text.slice(k + 1, close).includes('\n')) {
        k = close + 1;
        continue;
      }
    }
    // (`〔以下事项均涉及…，不再列出〕`: a note in six-cornered brackets is read whole too.)
    if (ch === '（' || ch === '(' || ch === '〔') depth++;
    else if (ch === '）' || ch === ')' || ch === '〕') {
      if (depth === 0) break;
      depth--;
    } else if (ch === '\n' || (depth === 0 && (HARD_STOP.has(ch) || ch === '，' || ch === '；'))) break;
    else if (depth === 0 && k > from && LABEL_FIRST.has(ch) && labelAt(text, k)) break;
    else if (depth === 0 && ch === ' ' && labelAt(text, k + 1)) break;
    // (`…各村（居） 附件下载`: a flattened page's furniture after the last unit.)
    else if (depth === 0 && /\s/u.test(ch) && FURNITURE_AFTER.test(text.slice(k + 1, k + 6))) break;
    // (`…各村（居）二是将…`: the next measure of a run glued after the last unit.)
    else if (depth === 0 && k > from && text[k + 1] === '是' && NEXT_MEASURE.test(text.slice(k - 1, k + 1))) break;
    // (`…各村（居）配合三、打牢乡村消防基础…`: the next row of a table flattened onto one line.)
    else if (depth === 0 && k > from && CN_DIGITS.has(ch) && NEXT_ROW.test(text.slice(k - 1, k + 4))) break;
    k++;
  }
  // Stopped at a colon: the words before it may be the next label, glued to the value
  // (`责任单位:莲塘镇任务目标:…`).
  if (text[k] === '：' || text[k] === ':') {
    const glued = GLUED_LABEL.exec(text.slice(from, k));
    if (glued && glued.index > 0) return from + glued.index;
  }
  return k;
}

/**
 * Labels of a part of a task that may follow its unit list with nothing between them
 * (`责任单位:莲塘镇任务目标:…`), as alternatives of a pattern.
 */
export const PART_LABEL_WORDS =
  '任务目标|主要任务|具体任务|工作目标|目标任务|建设内容|工作内容|主要内容|实施内容|完成情况|进展情况|工作成果';
const GLUED_LABEL = new RegExp(`(?:${PART_LABEL_WORDS})$`, 'u');

// The first characters of the labels above: only there can a label start (read from the list, so
// that a label added to it is never missed). (The list's alternatives hold no group of their own: the
// list is read up to its first closing parenthesis.)
const LABEL_FIRST = new Set(
  LABEL_ANYWHERE.source
    .slice(1, LABEL_ANYWHERE.source.indexOf(')'))
    .split('|')
    .map((word) => word.charAt(0)),
);
const LABEL_AT = new RegExp(`^${LABEL_ANYWHERE.source}`, 'u');

// Whether a label (`责任单位：`) starts at `at`.
function labelAt(text: string, at: number): boolean {
  return LABEL_FIRST.has(text[at] ?? '') && LABEL_AT.test(text.slice(at, at + 12));
}

function stripRole(text: string): string {
  const role = roleWordAtEnd(text);
  return role ? text.slice(0, text.length - role.word.length) : text;
}
