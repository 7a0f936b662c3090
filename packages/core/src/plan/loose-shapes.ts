// Tasks written outside the outline and the clause brackets: a 部门职责分工 annex of one duty per
// line (`省教育厅负责…。`), and units with a time limit glued after an item's last full stop (table
// cells copied with nothing between them); and the task text as a task keeps it.

import { allMatches } from '../text/regex.js';
import { type ClauseReading, unitsReading } from './clauses.js';
import type { Numbering } from './outline.js';
import { breakLinesAt, DUTY_HEADING_WORDS, nextFilled, type TextLine } from './text-lines.js';
import { looksLikeAgencyList, looksLikeUnitList, withoutEndBracket } from './units.js';

/**
 * A task's text as read: lines joined without breaks (Chinese needs no space), a leading
 * `工作任务：` label and stray punctuation at either end dropped.
 *
 * @param raw - the task's text as cleaned lines joined by `\n`
 * @returns the task text
 * @example
 * ```ts
 * taskText('工作任务：公开预算，\n及时更新。'); // '公开预算，及时更新。'
 * ```
 */
export function taskText(raw: string): string {
  return (
    raw
      .split('\n')
      .map((l) => l.trim())
      .join('')
      .replace(/^(工作任务|具体任务|任务内容|工作内容|重点任务|主要任务|任务名称)[：:]/u, '')
      // (A bullet that opens an unnumbered item: `● 白茶市场…`, `◆ 推进…`.)
      .replace(/^[，。；、\s●◆■▲•▪◇□]+/u, '')
      .replace(/[，；、\s]+$/u, '')
      .trim()
  );
}

// A heading that names the lead of the tasks under it: `县示范区管委会牵头工作（8项）`,
// `市发改委牵头的重点任务`. (A person's name there, `王丹县长牵头重点工作`, is no unit list.)
/** One duty line of a 部门职责分工 annex: the line, what the unit does, and the unit's reading. */
export interface DutyLine {
  line: TextLine;
  /** The duty as printed, its unit kept (`省教育厅负责人才培养。`); after a colon, the words after it. */
  text: string;
  reading: ClauseReading;
  /** The line's number where the duties are numbered (`1.县应急管理局负责…`). */
  number?: string;
  /** A duty printed after its unit and a colon (`市水利局：监督指导…`). */
  colon?: boolean;
  /** A colon duty whose points follow it numbered, one a line (`党群工作处：` / `1.组织…` / `2.…`). */
  points?: boolean;
  /** A numbered point of such a duty: the units of the colon above it. */
  pointOf?: string;
  /** A unit alone on its line without a colon, its duty below (`自然资源部门` / `负责…`), as `X负责…` lines read. */
  alone?: boolean;
}

/**
 * The role a duty's first words give the unit named before it (after its colon, or in the heading over a numbered
 * point): `牵头…` leads, `配合…`, `协助…` or `协同…` cooperates, anything else is the unit's own.
 *
 * @param duty - the duty's text after its unit
 * @returns the role
 * @example
 * ```ts
 * colonRole('配合测绘单位进行放样'); // 'cooperate'
 * ```
 */
export function colonRole(duty: string): 'lead' | 'cooperate' | 'responsible' {
  return /^(?:负责)?牵头/u.test(duty)
    ? 'lead'
    : /^(?:配合|协助|按职责协同|协同)/u.test(duty)
      ? 'cooperate'
      : 'responsible';
}

// The colon duty whose points the run ends with.
function headOf(run: readonly [number, DutyLine][]): DutyLine | undefined {
  for (let k = run.length - 1; k >= 0; k--) {
    const duty = run[k]?.[1];
    if (duty?.points) return duty;
    if (duty?.pointOf === undefined) return undefined;
  }
  return undefined;
}

// A decimal number alone on its line, as an emergency plan numbers its sections (`2.3.1`).
const DECIMAL_ONLY = /^\d{1,2}(?:\.\d{1,2}){1,3}$/u;
// A decimal number of three or more parts before a duty: `2.2.2.1` in `2.2.2.1县卫生局负责…`.
const DECIMAL_DUTY_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){2,3})\s*(?=[\u4e00-\u9fff])/u;
// A decimal number and the unit whose duties follow: `2.2.3农业行政部门职责`, `2.2.12.1 县疾控中心的主要职责：`.
const DECIMAL_DUTIES_HEAD = /^(\d{1,2}(?:\.\d{1,2}){1,3})\s*([^\s，。；：,;:]{2,24}?)(?:的)?(?:主要|工作)?职责[：:]?$/u;
// The words a duty below its unit opens with (`负责…`, `牵头…`); under a decimal number also `承担…` and
// `为…工作机构，负责…`.
const DUTY_BELOW = /^(?:牵头负责|负责|牵头)[\u4e00-\u9fff]{2}/u;
const DECIMAL_DUTY_BELOW = /^(?:牵头负责|负责|牵头|承担|为)[\u4e00-\u9fff]{2}/u;

// The reading of a unit alone on its line over its duty (`1.县（区）政府` / `负责…`, `2.3.2` / `局办公室` / `负责…`):
// responsible, or lead where the duty opens with 牵头; undefined where the duty or the unit reads otherwise.
function unitOverDuty(unit: string, duty: string, opens: RegExp, inRun: boolean): ClauseReading | undefined {
  if (!opens.test(duty) || !isColonAgency(unit, inRun)) return undefined;
  return unitsReading(unit, /^牵头/u.test(duty) ? 'lead' : 'responsible');
}

// The word after a unit that opens its duty (`负责`, `牵头`, `要`, `协助`, `配合`, `做好`, `加强`; `协同`, `重点`, `共同` before
// the verbs they go with), shared by a duty on its own line (DUTY_LINE) and one inside a paragraph (DUTY_SENTENCE); and
// what may stand between the unit and the word (`县环保局。负责…`, `…具体负责…`).
const DUTY_WORD =
  '牵头负责|负责(?!人[：:])|牵头|要(?!求)|协助|配合|协同(?=做好|负责|推进|开展|配合)|重点(?=做好|负责|抓好)|共同(?=做好|负责|推进|开展|制定)|做好|加强';
// (`区行政审批局，负责提供…`: a comma may stand between the unit and 负责.)
// (So may the body that guides it: `农业农村处在区农业农村局的指导下，配合协同做好…`.)
const DUTY_WORD_BEFORE =
  '(?:在[^，。；：,;:]{2,30}?的(?:统一)?(?:指导|领导|指挥|组织协调)下[，,]?)?(?:[。，,](?=负责))?(?:具体(?=负责))?';

// `省发展改革委负责将…纳入规划。`: a unit, 负责 or 牵头, then what it does, on a line of its own.
// (Not a person's label, `综合协调组负责人：韩祥平由…`.)
// (Or an office of the body and 要, 协助 or 配合: `资源生态处要组织护林人员…`, see DUTY_SENTENCE_UNIT.)
// (A full stop may end the unit's name: `县环保局。负责对全县…`; 由 may open it: `由矿产开发保护监督科负责…`.)
const DUTY_LINE = new RegExp(
  `^(?:由(?=[^，。；：,;:]{2,60}?负责))?([^，。；：,;:]{2,60}?)${DUTY_WORD_BEFORE}(${DUTY_WORD})(?!落实[。；，]?$)([^。；]{4,}.*)$`,
  'u',
);

// `涉及普查经费方面的事项，由市财政局负责和协调；`: a census notice's duties, each a field of matters and the units that
// answer for it (涉及 may open the first only: `…；普查表彰方面的事项，由市统计局、市人社局负责协调；`).
// (`…，由市工信局配合和协调`: a unit that cooperates; `…，由市委政法委协调`: one that answers for it.)
const MATTER_FIELD = '(?:涉及)?[^，。；]{2,40}?的事项[，,]由([^，。；：,;:]{2,80}?)(牵头负责|负责|牵头|配合|协同|协调)';
const MATTER_DUTY = new RegExp(`^${MATTER_FIELD}(.*)$`, 'u');
// The same inside a paragraph, after the duty before it (see breakDutyParagraphs).
const MATTER_DUTIES = new RegExp(String.raw`(?<=[。；;])\s*${MATTER_FIELD}`, 'gu');

// `市城市管理局：牵头统筹推进…`, `市财政局：配合住房城乡建设等部门…`: a unit, a colon, then its duty.
// (The unit may carry its other name in a bracket: `城乡管理处（垃圾分类办）：`.)
const COLON_UNIT = '((?:[^，。；：,;:（）()]|[（(][^，。；：,;:（）()]{1,10}[）)]){2,30}?)[：:]';
const DUTY_COLON_LINE = new RegExp(String.raw`^${COLON_UNIT}\s*([^。；]{4,}.*)$`, 'u');

const DUTY_RUN = 3;
// The line a list of member units' duties closes with: `其他有关部门根据…`, `省直有关部门和有关单位按照…`.
const OTHER_UNITS_LINE = /^(?:其他|其它|其余|[省市县区]直)(?:有关|相关|成员)?(?:部门|单位)/u;
// A heading naming the unit that leads a piece of work: `区交建局牵头销售产能调查整治工作。`.
const LEAD_HEADING = /^[^，。；：:]{2,30}?牵头[^，。；：:]{2,30}工作[。：:]?$/u;

// A unit alone on a line without its colon (see BARE_COLON), and the words that open its duty on the line below
// (`负责` may stand alone there, the duty broken after it).
const BARE_UNIT = /^((?:[^，。；：,;:（）()\s]|[（(][^，。；：,;:（）()]{1,10}[）)]){2,30})$/u;
const UNIT_DUTY_BELOW = /^(?:牵头负责|负责|牵头|承担)(?:[\u4e00-\u9fff]{2}|$)/u;

// A unit and a colon alone on a line, its duty's points numbered on the lines below.
// (Maybe with the duty's title before its points: `城乡管理处（垃圾分类办）：统筹开展片区生活垃圾分类工作：`.)
const BARE_COLON = new RegExp(`^${COLON_UNIT}([^。；：:]{2,40}[：:])?$`, 'u');

// Whether the words before a duty's colon name agencies: a list of them, offices and detachments
// (`经济发展处：联合…`, `区海洋与渔业执法支队二大队：负责…`), or `其他有关部门` closing a run of agencies.
function isColonAgency(name: string, inRun: boolean): boolean {
  return (
    looksLikeAgencyList(name) ||
    (looksLikeUnitList(name) && OFFICE_NAME.test(name)) ||
    (inRun && /^其他[\u4e00-\u9fff]{0,4}(?:部门|单位)$/u.test(name)) ||
    // (In a run of them, a work group or team too: `防台风工作督查指导组：`, `灾后技术服务队职责：`.)
    (inRun && /^[\u4e00-\u9fff]{2,16}(?:工作组|指导组|服务组|突击组|督查组|服务队|突击队)$/u.test(name)) ||
    // (`编办（审改办）：`: a short office's name with its other name in a bracket.)
    /^[\u4e00-\u9fff][办委][（(][^（）()]{2,10}[）)]$/u.test(name) ||
    // (`梅列区：`, `沙县：`, `永安市：`: a county's or district's share of the work, its government's.)
    /^[\u4e00-\u9fff]{1,4}(?:区|县|市)$/u.test(name) ||
    // (`水利部门：`, `交通运输部门：`: the departments of a trade, each level's; or of trades sharing the word,
    // `气象、水文部门`, `交通运输、公路、铁路等部门`.)
    /^(?!有关|相关|其他|其它|各|本)[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){0,5}等?(?:部门|机关)$/u.test(name)
  );
}

// The unit whose duties a colon opens: `市城市管理局职责：` / `牵头指导…` is 市城市管理局's.
const dutiesOf = (name: string): string => name.replace(/(?:的)?(?:主要|工作)?职责$/u, '');

// An office's or detachment's name, which a colon duty may open with.
// (`党政办公室`, `城乡建设服务中心`, `各包村工作队`: a town's offices, centres and village teams too.)
const OFFICE_NAME =
  /^[^、，,]{2,24}(?:处|科|分局|支队|大队|中队|筹建组|派出所|办公室|办|服务中心|工作队|公司|企业|村居)(?:[（(][^（）()]{1,10}[）)])?$/u;

/**
 * Runs of three or more lines (blank lines between them allowed, numbered lines not) that each
 * open with a unit and 负责 or 牵头 and go on with what it does: `省教育厅负责各类照护服务人才培养。`; or
 * runs of unnumbered lines each opening with an agency and a colon (`市水利局：监督指导…`), a duty
 * broken over lines going on to the line that ends its sentence.
 *
 * @param lines - the plan's lines
 * @param furniture - which lines are page furniture
 * @param numbering - the numbering of each line, if any
 * @returns the duty lines by line index
 * @example
 * ```ts
 * dutyLines(lines, furniture, numbering).size; // 16 for a 16-line 职责分工 annex
 * ```
 */
export function dutyLines(
  lines: readonly TextLine[],
  furniture: readonly boolean[],
  numbering: readonly (Numbering | undefined)[],
): Map<number, DutyLine> {
  const found = new Map<number, DutyLine>();
  let run: [number, DutyLine][] = [];
  let named: boolean | undefined;
  const labelled = () => {
    named ??= lines.some((l) => LABELLED.test(l.text));
    return named;
  };
  // (A copy that opens in the middle of a list of duties and closes it with the other units' line, `云南省军区：负责…` /
  // `武警云南省总队：负责…` / `其他有关部门根据…做好相关工作。`, keeps its last two: the run goes on from the page before.)
  const firstFilled = lines.findIndex((l) => l.text !== '');
  const closedByOthers = (at: number) => OTHER_UNITS_LINE.test(lines[nextFilled(lines, at + 1, 2)]?.text ?? '');
  const close = () => {
    if (run.length === 0) return;
    const last = run[run.length - 1]?.[0];
    const needed = run[0]?.[0] === firstFilled && last !== undefined && closedByOthers(last) ? 2 : DUTY_RUN;
    if (new Set(run.map(([, duty]) => duty)).size >= needed) {
      for (const [at, duty] of run) {
        // (A point's first words give its role, as after a colon: `1.牵头抓好…` leads, `3.配合…` cooperates.)
        if (duty.pointOf !== undefined && !duty.points) duty.reading = unitsReading(duty.pointOf, colonRole(duty.text));
        found.set(at, duty);
      }
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (line.text === '') continue;
    // (Numbered duties too, `1.县应急管理局负责尾矿库…`, in a run of their own numbering.)
    const n = numbering[i];
    const numbered = n !== undefined && !n.glued && n.style === 'num';
    // (`2.2.2.1县卫生局负责指挥…`: an emergency plan's unit and its duty after a decimal number of three or more parts.)
    const decimal = n === undefined ? DECIMAL_DUTY_NUMBER.exec(line.text) : null;
    // (`第六条【部门协同职责】发展改革部门配合…`: a rule's article whose titled text is a duty.)
    const articleRest = n?.style === 'art' ? n.rest : 0;
    const article = articleRest > 0 ? ARTICLE_TITLE.exec(line.text.slice(articleRest)) : null;
    const own = numbered
      ? line.text.slice(n.rest)
      : decimal
        ? line.text.slice(decimal[0].length)
        : article
          ? line.text.slice(articleRest + article[0].length)
          : line.text;
    const readable = !furniture[i] && (!n || numbered || article !== null) && own.length <= 500;
    const line0 = readable ? (DUTY_LINE.exec(own) ?? MATTER_DUTY.exec(own)) : null;
    // (Offices and 要, 协助 or 配合 only on lines of their own, as a paragraph broken by breakDutyParagraphs
    // leaves them: numbered, `2.资源生态处要…`, they are the items of a plan.)
    const weak = line0 !== null && /^(?:要|协助|配合|协同|重点|做好|加强)$/u.test(line0[2] as string);
    // (Numbered, `2.区经发局配合…工作。` among `1.区农业农村局牵头推进…` / `3.区市场监管局负责…`, a unit that works with
    // another is a duty of the list too.)
    const withOthers = /^(?:协助|配合|协同)$/u.test((line0?.[2] as string | undefined) ?? '');
    // (A weak word the field's words hold, `涉及协助核对…的事项，由市公安局负责和协调`, leaves the line to its matter.)
    const m =
      line0 && weak && ((numbered && !withOthers) || !officesOnly(line0[1] as string))
        ? readable
          ? MATTER_DUTY.exec(own)
          : null
        : line0;
    // (`党群工作处：` / `1.组织引导…` / `2.组织开展…`: a colon duty made of numbered points, one a line.)
    const last = run[run.length - 1]?.[1];
    // Printed one a line, each point is a duty of its own, the unit's (`市教育局：` / `1.` / `牵头抓好…；` / `2.` /
    // `抓好…`), its text maybe on the lines below its number. (Points inside the unit's paragraph, a page flattened
    // into one line, stay in its duty.)
    const head = last?.points ? last : last?.pointOf !== undefined ? headOf(run) : undefined;
    if (numbered && last?.points && head?.line.lineNumber === line.lineNumber && !furniture[i] && own.length <= 300) {
      last.text += line.text;
      run.push([i, last]);
      continue;
    }
    if (numbered && head && !furniture[i] && own.length <= 300) {
      const unit = head.pointOf ?? '';
      run.push([i, { line, text: taskText(own), reading: head.reading, colon: true, number: n.number, pointOf: unit }]);
      continue;
    }
    // (`1.县（区）政府` / `负责机制砂项目选址…`: a numbered unit alone on its line, its duty below it.)
    // (Or in brackets with a full stop, as a 预案 prints them: `(1)市林业局。` / `负责火灾扑救的组织…`.)
    const bracketed =
      !m && n?.style === 'pnum' && !n.glued ? line.text.slice(n.rest).replace(/[。.]$/u, '') : undefined;
    const alone = numbered ? own : bracketed;
    if (
      !m &&
      n !== undefined &&
      alone !== undefined &&
      !furniture[i] &&
      alone.length <= 30 &&
      (run.length === 0 || run[0]?.[1].colon)
    ) {
      const at = nextFilled(lines, i + 1, 2);
      const duty = numbering[at] === undefined ? (lines[at]?.text ?? '') : '';
      const reading = unitOverDuty(alone, duty, DUTY_BELOW, run.length > 0);
      if (reading) {
        run.push([i, { line, text: '', reading, colon: true, number: n.number }]);
        continue;
      }
    }
    // (`2.2.3农业行政部门职责` / `密切监测家禽中的…动态；…。`: an emergency plan's decimal number and a unit's duties named
    // on one line, the duties below; not over the numbered duties of its units, `2.2.2.1县卫生局负责…`.)
    const headed = !m && !furniture[i] && !n && line.text.length <= 40 ? DECIMAL_DUTIES_HEAD.exec(line.text) : null;
    if (headed) {
      // (A run of another kind above it ends there.)
      if (run.length > 0 && !run[0]?.[1].colon) close();
      const at = nextFilled(lines, i + 1, 2);
      const below = lines[at]?.text ?? '';
      const unit = headed[2] as string;
      // (Over its units' own numbered duties the heading ends no run.)
      if (/^\d{1,2}(?:\.\d{1,2}){1,4}/u.test(below)) continue;
      if (
        below.length >= 4 &&
        numbering[at] === undefined &&
        (isColonAgency(unit, run.length > 0) || /^[\u4e00-\u9fff]{2,12}(?:机构|中心|单位)$/u.test(unit))
      ) {
        run.push([i, { line, text: '', reading: unitsReading(unit, 'responsible'), colon: true, number: headed[1] }]);
        continue;
      }
    }
    // (`2.3.2` / `局办公室` / `负责做好…新闻宣传报道工作；…。`: an emergency plan's decimal number alone on its line, the
    // unit on the next, its duty below.)
    if (!m && !furniture[i] && DECIMAL_ONLY.test(line.text) && (run.length === 0 || run[0]?.[1].colon)) {
      const at = nextFilled(lines, i + 1, 2);
      const unit = lines[at]?.text ?? '';
      const duty = lines[nextFilled(lines, at + 1, 2)]?.text ?? '';
      const reading =
        unit.length <= 30 && numbering[at] === undefined
          ? unitOverDuty(unit, duty, DECIMAL_DUTY_BELOW, run.length > 0)
          : undefined;
      if (reading) {
        const entry: DutyLine = { line: lines[at] as TextLine, text: '', reading, colon: true, number: line.text };
        run.push([i, entry], [at, entry]);
        i = at;
        continue;
      }
      // (`2.2.1` / `防灾减灾办：承担…职责。`, `2.2.6` / `水产技术推广站：` / `参与…`: the unit and its colon on the next line,
      // its duty after the colon or on the line below.)
      const colonDuty = numbering[at] === undefined && unit.length <= 400 ? DUTY_COLON_LINE.exec(unit) : null;
      const bareUnit = numbering[at] === undefined && !colonDuty ? BARE_COLON.exec(unit) : null;
      const named = dutiesOf((colonDuty ?? bareUnit)?.[1] ?? '');
      if ((colonDuty || (bareUnit && bareUnit[2] === undefined)) && isColonAgency(named, run.length > 0)) {
        const text = colonDuty ? taskText(colonDuty[2] as string) : '';
        const entry: DutyLine = {
          line: lines[at] as TextLine,
          text,
          reading: unitsReading(named, colonRole(colonDuty ? text : duty)),
          colon: true,
          number: line.text,
        };
        run.push([i, entry], [at, entry]);
        i = at;
        continue;
      }
    }
    // (`1.` / `市公安局、消防支队…负责…`: a number alone on its line, its `X负责…` duty on the next one.)
    if (
      !m &&
      numbered &&
      own.trim() === '' &&
      !furniture[i] &&
      (run.length === 0 || run[0]?.[1].number !== undefined)
    ) {
      const at = nextFilled(lines, i + 1, 2);
      const below =
        at < lines.length && numbering[at] === undefined && !furniture[at] ? (lines[at] as TextLine) : undefined;
      const duty = below && below.text.length <= 500 ? DUTY_LINE.exec(below.text) : null;
      if (duty && looksLikeUnitList(duty[1] as string)) {
        const entry: DutyLine = {
          line: below as TextLine,
          text: taskText(below?.text ?? ''),
          reading: unitsReading(duty[1] as string, dutyLineRole(duty[2] as string, duty[3] as string)),
          number: n.number,
        };
        run.push([i, entry], [at, entry]);
        i = at;
        continue;
      }
    }
    // (A unit and its colon after a run of duties of another form starts a run of its own.)
    // (Or the unit alone without its colon, where the line below opens with 负责: `自然资源部门` / `负责地质灾害…`. It
    // is a `X负责…` line broken after the unit, and may stand in a run of them.)
    const unnumbered = !m && !furniture[i] && !n;
    const belowAt = unnumbered ? nextFilled(lines, i + 1, 2) : -1;
    const colonLine = unnumbered ? BARE_COLON.exec(own) : null;
    const aloneLine =
      unnumbered && !colonLine && UNIT_DUTY_BELOW.test(lines[belowAt]?.text ?? '') ? BARE_UNIT.exec(own) : null;
    const bareLine = colonLine ?? aloneLine;
    if (colonLine && run.length > 0 && !run[0]?.[1].colon) close();
    const bare = bareLine && (run.length === 0 || run[0]?.[1].colon || aloneLine) ? bareLine : null;
    const next = bare ? numbering[belowAt] : undefined;
    if (bare && next?.style === 'num' && next.number === '1' && isColonAgency(bare[1] as string, run.length > 0)) {
      const title = bare[2] ?? '';
      run.push([
        i,
        {
          line,
          text: title,
          reading: unitsReading(bare[1] as string, 'responsible'),
          colon: true,
          points: true,
          pointOf: bare[1] as string,
        },
      ]);
      continue;
    }
    // (`水利部门：` / `负责督促…。`: the unit and its colon on a line of their own, the duty on the next one,
    // which goes on with it as a duty broken over lines does. Only in a plan naming units no other way: in
    // one with labels, `市财政局：` / `负责安排…经费。` lists the duties of a leading group's members.)
    const below = bare ? (lines[belowAt]?.text ?? '') : '';
    if (
      bare &&
      !labelled() &&
      bare[2] === undefined &&
      next === undefined &&
      (below.length >= 4 || aloneLine !== null) &&
      !BARE_COLON.test(below) &&
      isColonAgency(dutiesOf(bare[1] as string), run.length > 0)
    ) {
      // (`市委宣传部：` / `牵头协调…`: a duty opening with 牵头 is led by the unit. Not under `市城市管理局职责：`, the
      // bureau's duties, which may open with one it leads.)
      const named = bare[1] as string;
      const role = dutiesOf(named) === named && /^(?:负责)?牵头/u.test(below) ? 'lead' : 'responsible';
      const entry: DutyLine = { line, text: '', reading: unitsReading(dutiesOf(bare[1] as string), role), colon: true };
      run.push([i, aloneLine ? { ...entry, alone: true } : entry]);
      continue;
    }
    // (The colon form only unnumbered, in runs of its own: `市水利局：监督指导…`.)
    // (A colon duty after a run of another form, `市直有关部门要…。` / `市林业局：负责…`, ends that run and starts its own.)
    const colon = !m && !furniture[i] && !n && own.length <= 400 ? DUTY_COLON_LINE.exec(own) : null;
    const otherRun = run.length > 0 && !run[0]?.[1].colon;
    // (`其他有关部门：按职责协同…` closes a run of agencies.)
    const agencies = colon !== null && isColonAgency(colon[1] as string, run.length > 0 && !otherRun);
    if (colon && agencies) {
      if (otherRun) close();
      const duty = colon[2] as string;
      const role = colonRole(duty);
      // (`各村居：作为…责任主体。` / `1.组织…`: its points may follow it, numbered.)
      const after = numbering[nextFilled(lines, i + 1, 2)];
      const points = after?.style === 'num' && after.number === '1';
      run.push([
        i,
        {
          line,
          text: taskText(duty),
          reading: unitsReading(colon[1] as string, role),
          colon: true,
          ...(points ? { points, pointOf: colon[1] as string } : {}),
        },
      ]);
      continue;
    }
    // (A colon duty broken over lines, `市城市管理局：…在市政` / `市政工地及` / `住宅装修领域…。`: the lines
    // after it until one ends a sentence go on with it.)
    // (`工商部门：` / `具体负责…`: the line under a unit waiting for its duty is that duty, whatever its first words.)
    // (So is a `X负责…` duty broken over lines, `…健全完善本单位肿瘤基因` / `（外送）` / `检测规章制度…。`; not a table's
    // unit cell, `市经信委牵头，市财政局、…`, whose row goes on below it.)
    const waiting = last?.colon === true && !last.points && last.text === '';
    const brokenDuty =
      last !== undefined &&
      last.colon !== true &&
      last.number === undefined &&
      !m &&
      /负责$/u.test(DUTY_AT_START.exec(last.text)?.[0] ?? '');
    if (
      last !== undefined &&
      (last.colon ? !last.points && (!m || waiting) : brokenDuty) &&
      !n &&
      !/[。；]/u.test(last.text.at(-1) ?? '') &&
      !furniture[i] &&
      own.length <= 300
    ) {
      last.text += own;
      run.push([i, last]);
      continue;
    }
    // (Under `2.2.2卫生行政部门职责`, in a run of headed duties, its units' own: `2.2.2.1县卫生局负责…`; a line so numbered
    // that names no unit first, `2.2.2.2在区县政府的统一领导下，…`, is passed over.)
    if (decimal && run.length > 0 && run[0]?.[1].colon) {
      if (m && unitListOrFields(m[1] as string, m[2] as string)) {
        const reading = unitsReading(m[1] as string, dutyLineRole(m[2] as string, m[3] as string));
        run.push([i, { line, text: taskText(own), reading, colon: true, number: decimal[1] as string }]);
      }
      continue;
    }
    // (`（二）区交建局牵头销售产能调查整治工作。` between runs of `X负责…` lines: a heading naming the lead of the duties
    // below it ends no run; it stays the outline's.)
    if (
      n !== undefined &&
      !numbered &&
      run.length > 0 &&
      run[0]?.[1].number === undefined &&
      !run[0]?.[1].colon &&
      LEAD_HEADING.test(own)
    )
      continue;
    if (
      !m ||
      !unitListOrFields(m[1] as string, m[2] as string) ||
      (run.length > 0 && (run[0]?.[1].number !== undefined) !== numbered) ||
      (run.length > 0 && run[0]?.[1].colon && !run.every(([, duty]) => duty.alone || !duty.colon))
    ) {
      close();
      if (!m || !unitListOrFields(m[1] as string, m[2] as string)) continue;
    }
    const reading = unitsReading(m[1] as string, dutyLineRole(m[2] as string, m[3] as string));
    run.push([
      i,
      // (The duty's text keeps its unit: `林业主管部门牵头抓好…` reads as the plan prints it.)
      {
        line,
        text: taskText(own),
        reading,
        ...(numbered ? { number: n.number } : decimal ? { number: decimal[1] as string } : {}),
      },
    ]);
  }
  close();
  return found;
}

// The role a `X负责…` line's word gives its units: `牵头`, `牵头负责` and `负责牵头` lead; `配合` and `协同` cooperate with the unit that
// leads (`税务部门协同做好…`, `发展改革部门配合各地做好…`), except with the Party committee or the government (`配合市政府
// 做好…`: a member unit's own duty); the others are responsible, `协助` too (`市应急局协助市委、市政府组织…`).
const dutyLineRole = (word: string, duty: string): 'lead' | 'responsible' | 'cooperate' =>
  /^(?:牵头负责|牵头)$/u.test(word) || (word === '负责' && /^牵头/u.test(duty))
    ? 'lead'
    : /^(?:配合|协同)$/u.test(word) && !/^(?:省|市|县|区|各级)?(?:委|党委|政府|人民政府|指挥部|领导小组)/u.test(duty)
      ? 'cooperate'
      : 'responsible';

// A sentence opening with offices or agencies and 负责, 牵头, 要, 协助, 配合, 做好 or 加强: `党群工作处负责…`, `资源生态处要…`,
// `税务部门做好…` (a mass organisation too: `残联`, `工会`);
// also the first right after a heading of duties, `（四）职责分工 局基础教育处负责…；区医院负责…`.
const DUTY_SENTENCE = new RegExp(
  `(?<=[。；，]|(?:${DUTY_HEADING_WORDS}|职责如下)\\s?[：:。]?|具体如下[：:])\\s*((?:[^，。；：,;:\\s“”（）()]|[（(][^（）()，。；]{1,10}[）)]){2,80}?)${DUTY_WORD_BEFORE}(?:${DUTY_WORD})(?=[\\u4e00-\\u9fff])`,
  'gu',
);
// Fields and their departments, `民政、乡村振兴等部门`: the units of each field, where they answer for a duty (负责, 牵头),
// not where the plan only tells them what to do (`发展改革、公安、民政等部门要…`).
const FIELD_LIST = /^[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})+等(?:有关|相关)?(?:部门|单位)$/u;
const unitListOrFields = (list: string, word: string): boolean =>
  looksLikeUnitList(list) || (FIELD_LIST.test(list) && /(?:负责|牵头)$/u.test(word));
// The words of a heading over a paragraph of duties.
const DUTY_HEADING = new RegExp(`(?:${DUTY_HEADING_WORDS})[。：:]`, 'u');
// Words saying a paragraph divides duties among the units it goes on to name.
const DIVIDED = /分工负责|各负其责|各司其职|(?:按照?|依据|根据)(?:各自)?职责分工/u;
// A duty at a line's start: `国土空间用途管制科负责…`.
const DUTY_AT_START =
  /^((?:[^，。；：,;:\s“”（）()]|[（(][^（）()，。；]{1,10}[）)]){2,40}?)(?:牵头负责|负责(?!人[：:])|牵头)(?=[\u4e00-\u9fff])/u;
// An article's title in square brackets, `【部门协同职责】`.
const ARTICLE_TITLE = /^【[^【】]{1,16}】/u;
// A unit label, somewhere before a paragraph's duties.
const UNIT_LABEL_BEFORE = /(?:责任分工|责任单位|牵头单位|责任部门|牵头部门)[：:][^。；]{0,6}$/u;
// A page footer's line naming the site's owner.
const SITE_OWNER =
  /^(?:主办|承办)单位[：:]\s*[^；;，,。]{2,40}?(?:人民政府|政府|管理委员会|管委会)(?:办公室|办公厅)?$/u;
// Units named by a label or a closing bracket somewhere in a plan.
const LABELLED = /(?:牵头|责任|配合|协办|主办|参与)(?:单位|部门|处室|科室)[：:]|(?:负责|牵头|配合|落实)[）)]/u;
// An office or agency of the body (not every office at once, `各处室要…`, `各级各部门要…`, `其他部门要…`: the paragraph's
// words to all; nor where the office is housed, `办公室设在市统计局，挂靠市统计局，负责…`).
const DUTY_SENTENCE_UNIT =
  /^(?!(?:各(?:级)?(?:各)?|其他|其它)(?:有关|相关)?(?:处室|科室|股室|部门|单位|处|科)$)(?!挂靠|设在|设于|依托|隶属)(?:各)?(?:[^、，,（(]|[（(][^（）()]{1,10}[）)]){0,16}(?:处|科|室|股|局|部|部门|办公室|办|所|队|院|中心|站|海关|委|村委会|居委会|专班|工作组|筹建组|残联|工会|妇联|团委|科协|红十字会|公司|机构|片区|乡镇|街道|集团)(?:[（(][^（）()]{1,10}[）)])?$/u;
// Whether every name of a list (`区党群工作部、公安局、…消防救援支队`) is such an office.
// (Fields before the last, `民政、乡村振兴等部门`, `各级编制、人社部门`: the departments of each.)
const officesOnly = (list: string): boolean => {
  // (Not inside a bracket: `各县（区、管委会）文化行政部门` is one name.)
  const names = list.split(/、(?![^（(]*[）)])/u);
  const last = names[names.length - 1] as string;
  if (names.length > 1 && /(?:部门|单位)$/u.test(last) && DUTY_SENTENCE_UNIT.test(last))
    return names.slice(0, -1).every((u) => /^(?:各级)?[\u4e00-\u9fff]{2,6}$/u.test(u) || DUTY_SENTENCE_UNIT.test(u));
  return names.every((u) => DUTY_SENTENCE_UNIT.test(u));
};

/**
 * Breaks a paragraph that divides duties among a body's offices in unnumbered sentences
 * (`（四）部门职责。各部门要协同推进…。河长办公室负责…。党群工作处负责…。经济发展处负责…`) into one line
 * per duty, so that they read as a list of duties (see {@link dutyLines}). Only in a plan naming units no
 * other way (no labels, closing brackets or tables), and only where sentences open with different
 * offices, two of them at least with 负责 or 牵头 (the others with 要, 协助, 配合, 协同, 重点做好, 做好 or 加强; one is enough
 * in a paragraph under its `分工职责` heading). A census notice's `涉及…的事项，由X负责和协调；` clauses are such duties too.
 * A sentence that opens with no office goes on with the duty before it.
 *
 * @param lines - the plan's lines
 * @param input - the text they were split from
 * @returns the lines, such paragraphs broken before each duty
 * @example
 * ```ts
 * const text = '（四）部门职责。各部门要协同推进。甲处负责一。乙处负责二。丙处负责三。';
 * breakDutyParagraphs(splitLines(text), text).map((l) => l.text);
 * // ['（四）部门职责。各部门要协同推进。', '甲处负责一。', '乙处负责二。', '丙处负责三。']
 * ```
 */
export function breakDutyParagraphs(lines: readonly TextLine[], input: string): TextLine[] {
  // (A plan whose tasks name their units by labels or brackets tells who does what in its prose too:
  // those sentences are its narrative, no duties.)
  // (Nor a plan with a table of tasks, `序号 | 工作任务 | 责任单位`, one cell per line or glued.)
  // (One bar in a page's attachment link, `[原件]…通知.pdf |`, makes no table.)
  // (Read in the cleaned lines: a copy in traditional script, `責任單位：`, labels its tasks too.)
  // (Nor the site's owner in the page's footer, `主办单位：福建省平潭综合实验区管理委员会办公室`.)
  if (lines.some((l) => l.text.startsWith('序号')) || lines.filter((l) => l.text.includes('|')).length >= 3)
    return [...lines];
  // (In a labelled plan only a paragraph that says it divides the duties, `各部门要依据各自职责分工，…。住建部门负责…；
  // 农业农村部门牵头…；林业部门负责…`, with three duties answered for at least.)
  const labelled = lines.some((l, i) => LABELLED.test(l.text) && !(i >= lines.length - 15 && SITE_OWNER.test(l.text)));
  return breakLinesAt(lines, input, (line) => {
    const starts: number[] = [];
    const inRange = line.text.length >= 60 && line.text.length <= 5000;
    // (Asked once, and only where it can matter: every line of a labelled plan, lines of paragraph length elsewhere.)
    const saysDivided = (labelled || inRange) && DIVIDED.test(line.text);
    if (labelled && !saysDivided) return starts;
    if (inRange && (line.text.includes('负责') || saysDivided)) {
      const units = new Set<string>();
      let owned = 0;
      // (The line may open with a duty of its own: `国土空间用途管制科负责…。…；地质勘查与地灾防治科负责…`.)
      const first = DUTY_AT_START.exec(line.text);
      if (first && officesOnly(first[1] as string) && looksLikeUnitList(first[1] as string)) {
        units.add(first[1] as string);
        owned++;
      }
      // (`涉及普查经费方面的事项，由市财政局负责和协调；`: each field's clause a duty, its units after 由.)
      const matters: [number, number][] = [];
      for (const m of allMatches(MATTER_DUTIES, line.text)) {
        if (!looksLikeUnitList(m[1] as string)) continue;
        const at = m.index + (m[0].length - m[0].trimStart().length);
        matters.push([at, m.index + m[0].length]);
        starts.push(at);
        owned++;
      }
      for (const m of allMatches(DUTY_SENTENCE, line.text)) {
        if (matters.some(([from, to]) => m.index >= from && m.index < to)) continue;
        // (`…过程中，由矿产开发保护监督科负责…`: the office 由 names.)
        const unit = (m[1] as string).replace(/^由/u, '');
        // (A list of offices too: `区党群工作部、公安局、…消防救援支队负责…`.)
        if (!officesOnly(unit) || !unitListOrFields(unit, m[0]) || units.has(unit)) continue;
        const ownsIt = /(?:负责|牵头)$/u.test(m[0]);
        // (After a comma only an office that answers for a duty of its own: `…，国土空间规划科负责…`.)
        if (line.text[m.index - 1] === '，' && !ownsIt) continue;
        units.add(unit);
        if (ownsIt) owned++;
        starts.push(m.index + (m[0].length - m[0].trimStart().length));
      }
      // (Under its heading, `（二）明确分工职责。各片区做好…；区农业农村中心负责…`, one office owning a duty is enough.)
      const underHeading = DUTY_HEADING.test(line.text);
      // (`各部门统筹协助，分工负责，共同做好…工作。区经济发展局要…；区市场监管局要…；区财政金融局要…`: where the
      // paragraph says the duties are divided, three offices each opening a sentence are its duties, with 要 alone.)
      const divided = units.size >= 3 && saysDivided;
      // (`…工作重点：…。责任分工：经济发展处和…筹建组牵头负责…；交通与建设处负责…`: a label before the duties names the
      // item's units; the label's reader reads them.)
      const beforeDuties = line.text.slice(0, Math.min(...starts));
      const afterLabel = starts.length > 0 && UNIT_LABEL_BEFORE.test(beforeDuties);
      if (
        afterLabel ||
        (owned < (underHeading ? 1 : 2) && !divided) ||
        (labelled && (owned < 3 || !DIVIDED.test(beforeDuties))) ||
        starts.length + (first ? 1 : 0) < 2
      )
        starts.length = 0;
      starts.sort((a, b) => a - b);
    }
    return starts;
  });
}

// The time limit that closes glued cells (see gluedCells).
const GLUED_DEADLINE =
  /(常态化开展|常态化|长期坚持|长期|持续推进|持续开展|全年|年底前|年内完成|(?:19|20)\d{2}年\d{1,2}月(?:底|末)?(?:前|之前)?|\d{1,2}月(?:底|末)(?:前|之前)?)[。.]?$/u;

/**
 * Units and a time limit glued after a text's last full stop, as table cells copied with nothing
 * between them leave them: `…动态更新。办公室、政策法规科常态化开展`.
 *
 * @param text - an item's text
 * @param from - where the item's own text starts in `text`
 * @returns where the glued cells start and what they say, or undefined
 * @example
 * ```ts
 * gluedCells('1.推进文件库建设。政策法规科，办公室常态化开展', 0)?.reading.deadline; // '常态化开展'
 * ```
 */
// An office or agency's name, as a unit cell glued after a task's text holds them.
const GLUED_OFFICE = /(?:处|科|室|局|委|办|中心|队|所|站|政府|管委会|村|社区)$/u;

export function gluedCells(text: string, from: number): { at: number; reading: ClauseReading } | undefined {
  const stop = text.lastIndexOf('。');
  if (stop < from || text.length - stop > 80 || text.includes('\n', stop)) return undefined;
  const tail = text.slice(stop + 1);
  const time = GLUED_DEADLINE.exec(tail);
  // (A table without a time column: `…监测预警。公卫家庭处医政医管处`, offices alone after the last sentence.)
  if (!time && tail.length >= 3 && tail.length <= 40 && looksLikeUnitList(tail)) {
    const offices = unitsReading(tail, 'responsible');
    // (`各村（居）`, `各处室（中心）`: a name's bracket after its end.)
    if (
      offices.assignments.length > 0 &&
      offices.assignments.every((a) => GLUED_OFFICE.test(withoutEndBracket(a.unit)))
    )
      return { at: stop + 1, reading: offices };
  }
  if (!time || time.index < 2) return undefined;
  const units = tail.slice(0, time.index).replace(/[，,]$/u, '');
  if (!looksLikeUnitList(units)) return undefined;
  const reading = unitsReading(units, 'responsible', time[1]);
  return reading.assignments.length > 0 ? { at: stop + 1, reading } : undefined;
}

// A line of a two-column list printed with a blank between its columns: the unit, then its duty
// (`市质监局 综合协调和督查…`, `市建设局、市城管局 制订…`).
const SPACED_DUTY = /^((?:[^\s：:，。；;,（）()]|[（(][^（）()\s]{1,10}[）)]){2,40}) ([^\s].{3,})$/u;

/**
 * Reads a list of duties printed as two columns with a blank between them, a unit (or a list of units)
 * and its duty on each line, as a 预案's table of member units copied from a page leaves it, as the
 * same list with a colon after each unit (`市质监局：综合协调…`), which {@link dutyLines} reads. Only
 * runs of three such lines or more, whose second column is no unit list and holds no other blank.
 *
 * @param lines - the plan's lines
 * @returns the lines, such runs with a colon in place of the blank (offsets are unchanged)
 * @example
 * ```ts
 * const text = '市质监局 综合协调事故应急救援工作。\n市卫生局 组织事故医疗救护工作。\n市财政局 保障事故应急救援资金。';
 * colonSpacedDuties(splitLines(text)).map((l) => l.text);
 * // ['市质监局：综合协调事故应急救援工作。', '市卫生局：组织事故医疗救护工作。', '市财政局：保障事故应急救援资金。']
 * ```
 */
export function colonSpacedDuties(lines: readonly TextLine[]): TextLine[] {
  const spaced = lines.map((line) => {
    const m = SPACED_DUTY.exec(line.text);
    if (!m || (m[2] as string).includes(' ')) return false;
    const units = m[1] as string;
    return looksLikeUnitList(units) && !looksLikeUnitList(m[2] as string) && /[\u4e00-\u9fff]{4}/u.test(m[2] as string);
  });
  const out = [...lines];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && spaced[j]) j++;
    if (j - i >= 3)
      for (let k = i; k < j; k++) {
        const line = lines[k] as TextLine;
        const at = line.text.indexOf(' ');
        out[k] = { ...line, text: `${line.text.slice(0, at)}：${line.text.slice(at + 1)}` };
      }
    i = Math.max(j, i + 1);
  }
  return out;
}
