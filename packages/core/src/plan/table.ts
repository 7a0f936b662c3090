// Plan tables copied from web pages or documents: pipe rows (`| 序号 | 工作任务 | 牵头单位 | … |`) or
// one cell per line under a header of 序号 / 工作任务 / 具体要求 / 牵头单位 / 责任单位 / 完成时限.
import { readClause } from './clauses.js';
import { looksLikeDeadline } from './deadline-text.js';
import { readNumbering } from './outline.js';
import { AMOUNT_OR_PLACE_COLUMN } from './text-lines.js';
import { looksLikeUnit, looksLikeUnitList, roleWordAtEnd } from './units.js';

/**
 * What a table column holds. `units` is a unit column with roles inside (`X牵头，Y配合`);
 * `schedule` is more of the task that is also its timetable (`工作举措及实施计划`: `1.4月底前…
 * 2.8月底前…`), whose last date is the deadline where the table has no 完成时限 column;
 * `reference` is a higher level's unit column a department copied beside its own (`区责任单位`
 * beside `局责任部门`): read as neither units nor task.
 */
export type ColumnKind =
  | 'number'
  | 'task'
  | 'detail'
  | 'schedule'
  | 'lead'
  | 'responsible'
  | 'cooperate'
  | 'units'
  | 'support'
  | 'deadline'
  | 'reference'
  | 'other';

const HEADERS: readonly (readonly [RegExp, ColumnKind])[] = [
  [/^(序号|编号|任务编号|序|No\.?)$/iu, 'number'],
  [
    /^(牵头单位|牵头部门|牵头科室|牵头处室|主责单位|主责部门|牵头责任单位|牵头责任部门|牵头责任科室|牵头责任处室|主办单位|主办部门|主办科室|主办处室)$/u,
    'lead',
  ],
  [
    /^(配合单位|配合部门|协办单位|参与单位|配合科室|配合处室|协助单位|协同责任单位|协同单位|协同部门|相关单位|相关部门)$/u,
    'cooperate',
  ],
  [/^(责任单位|责任部门|责任科室|责任处室|落实单位|承办单位|责任主体|实施单位|负责单位|责任清单)$/u, 'responsible'],
  [
    /^(责任分工|分工|任务分工|工作分工|部门分工|牵头单位及责任单位|责任单位及分工|牵头和责任单位|单位|单位名称|部门名称)$/u,
    'units',
  ],
  [/^(完成时限|时限要求|完成时间|时间节点|时限|完成期限|时间要求|进度安排|时间安排|时限清单)$/u, 'deadline'],
  [
    /^(工作任务|重点任务|重点工作|任务|主要任务|任务内容|工作内容|具体任务|工作事项|事项|工作要点|任务名称|工作项目|项目|重点工作任务|项目名称|实事项目|名称|任务分解|主要职责|工作职责|职责|职责任务)$/u,
    'task',
  ],
  [
    /^(具体要求|工作要求|工作措施|具体措施|主要内容|要求|任务要求|具体内容|工作目标|目标要求|主要措施|细化措施|主要问题|存在问题|问题描述|问题清单|整改措施|整改要求|整改目标|任务清单)$/u,
    'detail',
  ],
  [
    /^(备注|说明|类别|分类|领域|序列|完成情况|进展情况|目标|公开类别|公开事项|一级事项|二级事项|三级事项|公开载体|公开渠道|公开方式|发布渠道|载体|公开平台|公开时限说明)$/u,
    'other',
  ],
];

// The header words above as one expression, one group per kind in the same order: the first group
// that matches is the kind, as when the words are tried one list after the other.
const HEADER_WORD = new RegExp(
  `^(?:${HEADERS.map(([pattern], k) => `(?<k${k}>${pattern.source.replace(/^\^|\$$/gu, '')})`).join('|')})$`,
  'iu',
);

/**
 * Whether a word is one of the header words exactly (`工作任务`, `责任单位`, `完成时限`), not one
 * read from the word it ends with (`主要责任单位`).
 *
 * @param word - a cleaned word
 */
export function isExactHeaderWord(word: string): boolean {
  return HEADER_WORD.test(word);
}

/**
 * The words naming an indicator table's value columns (`完成值`, `目标值`), as an alternation: printed alone or after
 * their year (`2025年目标值`), they name neither units nor a time limit.
 *
 * @example
 * ```ts
 * new RegExp(`^(?:${INDICATOR_VALUE_WORDS})$`, 'u').test('目标值'); // true
 * ```
 */
export const INDICATOR_VALUE_WORDS = '完成值|目标值|预期值|基期值|现状值|实际值';
const INDICATOR_VALUE_COLUMN = new RegExp(`^(?:(?:19|20)\\d{2}年)?(?:${INDICATOR_VALUE_WORDS})$`, 'u');

/**
 * The column kind a header cell names, or undefined when it is not a header word.
 *
 * @param cell - a cleaned header cell
 */
export function headerKind(cell: string): ColumnKind | undefined {
  // `项目总投资（万元）`: an amount in its unit, neither task nor units.
  if (/^[\u4e00-\u9fff]{0,6}投资[（(](?:万元|亿元)[）)]$/u.test(cell.replace(/[\s|]+/g, ''))) return 'other';
  // `落实处室（部门）`, `责任单位(部门)`: the bracket only widens the word before it.
  const name = cell
    .replace(/[\s|]+/g, '')
    .replace(/[：:]$/u, '')
    .replace(/^(.{2,8})[（(][^（）()]{1,20}[）)]$/u, '$1')
    // `2022年预期目标`: the year names no column.
    .replace(/^(?:19|20)\d{2}年度?(?=[\u4e00-\u9fff]{2})/u, '');
  // `进度滞后原因及需要协调解决的问题`: what a progress report asks, named at length; no task, units or time.
  if (name.length > 12 && name.length <= 24 && /(?:问题|原因|情况|说明)$/u.test(name) && !/[，。；]/u.test(name))
    return 'other';
  if (name.length > 12 || name.length < 1) return undefined;
  // A unit's own name (`市教育局负责`) is a cell of a row, not a header word.
  if (/^(省|市|县|区)[^单部科处]{0,8}(局|委|厅|办公室)/u.test(name)) return undefined;
  // `牵头单位及主要负责人`: the unit column, with the person beside each unit.
  const withPerson = /^(.{2,8}?(?:单位|部门|科室|处室))及.{0,6}(?:负责人|责任人)$/u.exec(name);
  if (withPerson) return headerKind(withPerson[1] as string);
  // `实施计划`, `工作举措及实施计划`, `推进步骤`: the measures and their timetable in one column.
  if (
    /(实施计划|推进计划|进度计划|工作计划|实施步骤|推进步骤|时间计划|计划安排)$/u.test(name) &&
    !/[，。；]/u.test(name)
  )
    return 'schedule';
  // `联动措施及主要内容`: two header words joined, too long to be read by its last word below: the
  // first of them that names a column.
  const pair = /^([\u4e00-\u9fff]{2,6})(?:及|和|与)([\u4e00-\u9fff]{2,6})$/u.exec(name);
  if (pair && name.length > 8) return headerKind(pair[1] as string) ?? headerKind(pair[2] as string);
  const whole = HEADER_WORD.exec(name);
  if (whole?.groups) {
    for (let k = 0; k < HEADERS.length; k++)
      if (whole.groups[`k${k}`] !== undefined) return (HEADERS[k] as (typeof HEADERS)[number])[1];
  }
  // An indicator table's levels (`一级指标` … `五级指标`): the task is the deepest, the others group it.
  if (/^[一二三四五六七八九]级(指标|要点|任务|事项)$/u.test(name)) return 'task';
  // `牵头、责任部门`, `牵头/配合单位`: one column holding units of two roles.
  // (`配合/责任单位` is another column: see below.)
  if (/^(牵头[、/](责任|配合|协办)|(责任|配合|协办)[、/]牵头)(单位|部门|科室|处室)$/u.test(name)) return 'units';
  // `责任科室、单位`: a unit column named twice over.
  if (/^(责任|牵头|配合)(科室|单位|部门|处室)[、/](单位|部门|科室|处室)$/u.test(name)) {
    return name.startsWith('牵头') ? 'lead' : name.startsWith('配合') ? 'cooperate' : 'responsible';
  }
  // Header words vary (具体工作要求, 时间进度, 责任主体单位): read the word that carries the meaning.
  // A table's own title (`责任分工分解表`, `任务清单`) names no column, nor does a numbered line.
  // (`草案送审稿报送市政府时间`: when a step of the row is due, named at length.)
  if (name.length > 8 && /(?:报送|提请|审议|完成)[\u4e00-\u9fff]{0,4}时间$/u.test(name) && !/[，。；、]/u.test(name))
    return 'deadline';
  // `检查对象数量或比例`: how many of what a row inspects, named at length.
  if (/^[\u4e00-\u9fff]{2,10}(?:数量|比例)$/u.test(name)) return 'other';
  // `2020年完成值`, `2025年目标值`: an indicator table's values, beside its indicators and units.
  if (INDICATOR_VALUE_COLUMN.test(name)) return 'other';
  if (name.length > 8 || /[，。；、]/u.test(name) || /(表|清单|方案)$/u.test(name) || /^[\d(（]/u.test(name))
    return undefined;
  // `相关任务分工情况`: the duties of the unit beside it, not how far along they are.
  if (/^(?:相关)?(?:任务|工作)分工(?:情况)?$/u.test(name)) return 'task';
  // `进展比例`, `完成率`: how far along, in percent.
  if (/(备注|情况|进展|进度情况|说明|状态|比例|百分比|完成率)$/u.test(name)) return 'other';
  // A column of officials (分管县领导, 责任领导, 责任人) or of progress (当前进度) names no unit and no time.
  if (/(领导|责任人|负责人|联系人)$/u.test(name) || /^(当前|目前|完成|工作|实施|项目)?进度$/u.test(name))
    return 'other';
  // (`姓名` / `单位名称` / `职务` / `联系方式`: a list of contacts, its columns people's.)
  if (/^(?:姓名|职务|职位|职称|(?:联系|办公|手机)?电话|手机|传真|邮箱|电子邮箱)$/u.test(name)) return 'other';
  if (/(类型|类别|分类|属性|性质|大类)$/u.test(name)) return 'other';
  // `宣传方式`, `普法对象`: how and to whom, neither units nor time. (`检查对象` is what a row inspects: its task.)
  if (/^[\u4e00-\u9fff]{2,4}(方式|形式)$|^(?:普法|宣传|服务|培训|参加|参训|教育)对象$/u.test(name)) return 'other';
  // `任务来源`, `政策依据`: where a task comes from, not who does it.
  if (/(来源|依据|出处)$/u.test(name)) return 'other';
  // `实施年限`, `完成年限`: the years a task runs over.
  if (/(时限|时间|期限|年限|节点|进度)/u.test(name)) return 'deadline';
  if (/牵头/u.test(name) && /(责任|配合)/u.test(name)) return 'units';
  if (/牵头/u.test(name)) return 'lead';
  // `配合/责任单位`: cooperating where the row has a lead, else responsible.
  if (/(配合|协助)/u.test(name) && /责任/u.test(name)) return 'support';
  // (`配合工作`: the work cooperated on, the row's task, not the units cooperating.)
  if (/(配合|协办|协助|协同|参与|参加)/u.test(name) && !/(工作|任务|事项)$/u.test(name)) return 'cooperate';
  // (`负责事项`: what the units beside it do, not a column of units.)
  if (/^(?:负责|责任)(?:事项|内容)$/u.test(name)) return 'detail';
  // (`检查主体`, `执法主体`: the bodies that inspect, in an inspection plan.)
  if (/(责任|负责|落实(单位|部门|处室|科室)|承办|实施主体|^(?:检查|执法|抽查|监管)主体$)/u.test(name))
    return 'responsible';
  if (/(要求|措施|内容|举措|目标|标准|规模)$/u.test(name)) return 'detail';
  // `目标名称`, `指标名称`: the task column named for what it lists.
  // (`法规名称`, `规章名称`: a law-making plan's rows are the laws to be drafted.)
  if (/^(目标|指标|任务|项目|工作|法规|规章|法律法规|法律|立法项目)(名称|目录)$/u.test(name)) return 'task';
  // (`竞赛名称`, `活动名称`: what each row is, named; not a person's or a unit's name.)
  if (/^(?:竞赛|活动|赛事|课题|培训|会议|节目|工程)名称$/u.test(name)) return 'task';
  if (/(任务|事项|工作|项目)$/u.test(name)) return 'task';
  // `任务项目指标`, `主要目标指标`: the task column of a target table (a bare `指标` may be a value).
  if (/^[\u4e00-\u9fff]{2,6}指标$/u.test(name) && !/(考核|评价|监测|分解)指标$/u.test(name)) return 'task';
  if (/^(分值|分数|权重|得分|评分)$/u.test(name)) return 'other';
  // `抽查频次`, `检查频率`: how often a row's inspection is made (`2次/年`), no time limit.
  if (/(频次|频率)$/u.test(name)) return 'other';
  // Where and for how much (`建设地点`, `年度投资金额`): neither units nor time.
  // (`总投资`, `计划投资`: a project table's amounts; `所在地`, `所属区域`: where the project is, beside who carries it out.)
  if (/(地点|地址|金额|资金|万元|投资额|完成额)$/u.test(name) || AMOUNT_OR_PLACE_COLUMN.test(name)) return 'other';
  // `监督单位`, `督导单位`: who watches over the row's work, not who does it.
  if (/^(监督|督导|督查|监管)(单位|部门)$/u.test(name)) return 'other';
  // `保护单位` of a heritage list, `所在单位` or `工作单位` of a person, `申报单位`, `推荐单位`: who owns,
  // employs or put forward the row's subject, not who carries out a task.
  // (`级别保护单位`: a wide header may join it to the word before.)
  if (/^(所在|工作|所属|报送)(单位|部门)$|(保护|申报|推荐|获奖|参赛)(单位|部门)$/u.test(name)) return 'other';
  // Any other column of units: `监考单位`, `考核单位`, `主管部门`.
  // (Not the departments of a field, `海洋与渔业部门`: a unit a sentence broke onto its own line.)
  if (/(单位|部门|科室|处室)$/u.test(name) && !/[与和及]/u.test(name)) return 'responsible';
  return undefined;
}

/**
 * The column kinds of a header row, or undefined when the cells are not a plan table header
 * (at least two header words, one of them a task, unit or deadline column).
 *
 * @param cells - cleaned cells
 */
export function readHeader(cells: readonly string[]): ColumnKind[] | undefined {
  // `| 公开方式： | 主动公开 | 公开时限： | |`: a portal header's keys and values, not column names.
  if (cells.filter((c) => /[：:]$/u.test(c)).length >= 2) return undefined;
  const kinds = cells.map((c) => headerKind(c));
  const known = kinds.filter((k) => k !== undefined);
  if (known.length < cells.length / 2) return undefined;
  if (isPlanHeader(known))
    return ownUnitColumns(
      cells,
      kinds.map((k) => k ?? 'other'),
    );
  // The task column is often named for the plan's subject (民生实事, 专项整治行业名称): one short
  // unknown cell beside known unit or deadline columns is that column.
  const unknown = kinds.flatMap((k, c) => (k === undefined ? [c] : []));
  if (unknown.length === 1 && isTaskColumnName(cells[unknown[0] as number] as string)) {
    const fill = unnamedColumnKind(known);
    const withTask = kinds.map((k) => k ?? fill);
    if (isPlanHeader(withTask)) return withTask;
  }
  return undefined;
}

/**
 * The column names of a header printed over two rows, where a group cell of the first row
 * (`责任单位`, `责任分工`, `工作任务`) spans the cells of the second (`牵头单位 | 配合单位`), or undefined
 * when the second row is no such sub-header. The rows are as printed: with the spanned cells empty
 * (`| 责任单位 | |` over `| | | 牵头单位 | 配合单位 |`), repeated (a web table's colspan and rowspan
 * copied into every cell they cover), or the second row holding only the sub-cells.
 *
 * @param top - the first header row's cells, empty cells kept
 * @param below - the second row's cells, empty cells kept
 * @returns the header's cell names, each group replaced by its sub-cells
 */
export function mergeHeaderRows(top: readonly string[], below: readonly string[]): string[] | undefined {
  const words = below.filter((c) => c !== '');
  if (words.length === 0 || words.length > 12) return undefined;
  const belowKinds = words.map((c) => headerKind(c));
  if (belowKinds.some((k) => k === undefined)) return undefined;
  // The second row names at least two columns of one group (two unit roles, or a task and its measures).
  if (!groupsOf(belowKinds as ColumnKind[])) return undefined;
  return byPosition(top, below) ?? byGroup(top, words);
}

// The second row printed in the first row's columns: each sub-cell sits under its group (an empty
// cell, the group's word repeated, or a word of the same kind), the other cells empty or repeated.
function byPosition(top: readonly string[], below: readonly string[]): string[] | undefined {
  if (top.length !== below.length) return undefined;
  const fits = top.every((c, i) => {
    const sub = below[i] as string;
    return sub === '' || sub === c || c === '' || c === top[i - 1] || c === top[i + 1] || sameGroup(c, sub);
  });
  if (!fits || below.every((c, i) => c === '' || c === top[i])) return undefined;
  return top.map((c, i) => ((below[i] as string) !== '' ? (below[i] as string) : c)).filter((c) => c !== '');
}

// The second row holding only the sub-cells: each group cell of the first row takes the run of
// sub-cells of its kind, and every sub-cell finds its group.
function byGroup(top: readonly string[], words: readonly string[]): string[] | undefined {
  const cells = top.filter((c) => c !== '');
  const merged: string[] = [];
  let w = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    let run = w;
    while (run < words.length && sameGroup(cell, words[run] as string)) run++;
    if (run - w >= 2) {
      merged.push(...words.slice(w, run));
      w = run;
      // (A group's word printed once for each cell it spans.)
      while (cells[i + 1] === cell) i++;
    } else merged.push(cell);
  }
  return w === words.length ? merged : undefined;
}

// Whether the kinds of a sub-header row hold a group: two unit columns, or a task and its details.
function groupsOf(kinds: readonly ColumnKind[]): boolean {
  return (
    kinds.filter((k) => isUnitColumn(k)).length >= 2 ||
    kinds.filter((k) => k === 'task' || k === 'detail' || k === 'schedule').length >= 2
  );
}

// Whether a sub-header cell belongs under a group cell: units under units, task words under a task.
function sameGroup(group: string, sub: string): boolean {
  const g = headerKind(group);
  const s = headerKind(sub);
  if (g === undefined || s === undefined) return false;
  if (isUnitColumn(g)) return isUnitColumn(s);
  const taskish = (k: ColumnKind) => k === 'task' || k === 'detail' || k === 'schedule';
  return taskish(g) && taskish(s);
}

// A department's own share of a higher plan (`区责任单位 | 局落实措施 | 局责任部门`, `市里落实单位 |
// 局内负责处室`): the higher level's unit column is copied for reference; the department's own is
// the plan's.
const OWN_UNITS = /^(局|本局|局内|厅内|委内|办内|本单位)|(处室|科室|股室)$/u;
const HIGHER_UNITS = /^(省级|市级|区级|县级|市里|省里|区里|县里|省|市|区|县)(牵头|责任|配合|落实|承办)/u;

function ownUnitColumns(cells: readonly string[], kinds: ColumnKind[]): ColumnKind[] {
  const names = cells.map((c) => c.replace(/[\s|]+/g, ''));
  const units = kinds.flatMap((k, c) => (isUnitColumn(k) ? [c] : []));
  if (units.length < 2 || !units.some((c) => OWN_UNITS.test(names[c] as string))) return kinds;
  const higher = units.filter((c) => HIGHER_UNITS.test(names[c] as string) && !OWN_UNITS.test(names[c] as string));
  return higher.length === 0 ? kinds : kinds.map((k, c) => (higher.includes(c) ? 'reference' : k));
}

/**
 * What a header cell no header word names is, where {@link isTaskColumnName} allows it: more of the
 * task beside a task column (`主要问题`), else the task column itself (`民生实事`).
 *
 * @param known - the kinds of the header's other cells
 */
export function unnamedColumnKind(known: readonly ColumnKind[]): ColumnKind {
  return known.includes('task') ? 'detail' : 'task';
}

/**
 * Whether a header cell no header word names may be the task column: a short name in Chinese
 * script only (`民生实事`, `专项整治行业名称`), not a number, a date or a unit.
 *
 * @param cell - a cleaned header cell
 */
export function isTaskColumnName(cell: string): boolean {
  const name = cell.replace(/[\s|]+/g, '');
  return /^[\u4e00-\u9fff]{2,10}$/u.test(name) && !looksLikeUnit(name);
}

/**
 * Whether column kinds make a plan table header: at least two, one of them a task column and one
 * a unit or deadline column.
 *
 * @param kinds - the kinds of the header cells
 */
export function isPlanHeader(kinds: readonly ColumnKind[]): boolean {
  if (kinds.length < 2) return false;
  if (!kinds.some((k) => k === 'task' || k === 'detail' || k === 'schedule')) return false;
  return kinds.some((k) => isUnitColumn(k) || k === 'deadline');
}

/**
 * Whether a column holds units: 牵头单位, 责任单位, 配合单位, a mixed 责任分工 column or a
 * `配合/责任单位` column.
 *
 * @param kind - a column kind
 */
export function isUnitColumn(kind: ColumnKind): boolean {
  return kind === 'lead' || kind === 'responsible' || kind === 'cooperate' || kind === 'units' || kind === 'support';
}

/**
 * Whether a cleaned line is a pipe row: `| a | b |`.
 *
 * @param text - a cleaned line
 */
export function isPipeRow(text: string): boolean {
  if (!text.startsWith('|')) return false;
  let bars = 0;
  for (let i = 0; i < text.length && bars < 2; i++) if (text[i] === '|') bars++;
  return bars >= 2;
}

/**
 * The cells of a pipe row, with `\|` read as a bar inside a cell.
 *
 * @param text - a cleaned pipe row
 */
export function splitPipeRow(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\' && (text[i + 1] === '|' || text[i + 1] === '\\')) {
      cell += text[i + 1];
      i++;
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  // The bars at both ends leave empty first and last cells.
  if (cells[0] === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** Whether a pipe row is a Markdown separator row (`|---|:--:|`). */
export function isSeparatorRow(text: string): boolean {
  return /^[|:\-\s—]+$/u.test(text) && text.includes('-');
}

/** What one table cell reads as, judged by its content (columns shift where cells were merged). */
export type CellKind = 'empty' | 'number' | 'section' | 'deadline' | 'status' | 'units' | 'text';

const STATUS = /^(推进中|正在推进|已完成|完成|未完成|已启动|进行中|持续推进中|已落实|落实中|未启动|按期推进)[。]?$/u;
// (`市政协办公厅`: 政协, the CPPCC, is no 协办.)
const ROLE_INSIDE = /(牵头|负责|配合|参与|具体落实|协助|会同|主办|(?<!政)协办|技术保障)/u;

/**
 * Reads what a table cell holds from its content: a row number, a section heading (`一、…`,
 * `（一）…`), a deadline (`持续推进`, `11月底前完成`), a status (`推进中`), a unit list (also
 * `办公室牵头，各科室配合` or `X牵头…工作，Y具体落实`), or task text.
 *
 * @param text - a cleaned cell
 * @returns the cell kind
 * @example
 * ```ts
 * classifyCell('各科室'); // 'units'
 * classifyCell('持续推进'); // 'deadline'
 * ```
 */
export function classifyCell(text: string): CellKind {
  const t = text.trim();
  // (`/`, `—` or `无` mark a cell left empty.)
  if (t === '' || /^[|\s\-/／—–－]+$/u.test(t) || t === '无') return 'empty';
  if (/^\d{1,3}[*＊]?[.．、]?$/u.test(t)) return 'number';
  if (STATUS.test(t)) return 'status';
  const n = readNumbering(t);
  if (n && !n.glued && (n.style === 'cn' || n.style === 'pcn' || n.style === 'part') && t.length <= 40) {
    if (!looksLikeUnitList(t.slice(n.rest).replace(/(牵头|负责|配合)$/u, ''))) return 'section';
  }
  if (isDeadlineCell(t)) return 'deadline';
  // A note on later rows in a cell of its own after the units (`〔以下均需各县（市、区）人民政府落实，不再列出。
  // 各有关责任单位按职责分工负责，下同〕`) goes with the row's units, which carry it to the rows below.
  if (LATER_NOTE_CELL.test(t)) return 'units';
  if (t.length <= 200) {
    // (A note on later rows after the units, `…各县（市、区）政府。〔以下任务均需…落实,不再一一列出〕`, is no
    // part of the list.)
    const bare = t
      .replace(/(?:〔[^〔〕]{0,80}|[（(【][^（）()【】]{0,80})不再[^〔〕（）()【】]{0,10}[〕）)】]$/u, '')
      // (`各县（市、区）人民政府，市林业局。以下均需各县（市、区）人民政府落实，不再列出`: the same note
      // as a sentence of its own.)
      .replace(/[。；，,]以下[^。；]{2,60}不再[^。；]{0,10}[。]?$/u, '')
      .replace(/[。]$/u, '')
      // (`…湄洲湾港口管理局，市交警支队、市` / `消防支队，…`: a name the copy broke after its place.)
      .replace(BROKEN_PLACE, '');
    if (looksLikeUnitList(bare)) return 'units';
    if (ROLE_INSIDE.test(t)) {
      const reading = readClause(bare);
      const first = reading.assignments[0];
      const allUnits = reading.assignments.every((a) => looksLikeUnit(a.unit));
      if (first && allUnits && bare.startsWith(first.raw.slice(0, 2)) && (roleWordAtEnd(bare) || t.length <= 150))
        return 'units';
    }
  }
  return 'text';
}

/**
 * A unit list's last name broken off after its place, at the end of a cell's line (`…，市交警支队、市`).
 *
 * @example
 * ```ts
 * BROKEN_PLACE.test('市交警支队、市'); // true
 * ```
 */
export const BROKEN_PLACE = /(?<=[、，,])(?:市|县|区|省)$/u;

const LATER_NOTE_CELL =
  /^(?:〔以下[^〔〕]{2,80}不再[^〔〕]{0,60}〕|[（(【]以下[^（）()【】]{2,80}不再[^（）()【】]{0,60}[）)】])$/u;

const DEADLINE_START =
  /^(\d{4}年|\d{1,2}月|年底|年内|年末|全年|持续|长期|常态|每|即时|立即|立行立改|上半年|下半年|[一二三四]季度|第[一二三四]季度|次年|明年|印发后|\d{1,3}个?工作日)/u;

// A deadline cell is short, or starts like a deadline: text that merely mentions 持续 is not one.
function isDeadlineCell(text: string): boolean {
  if (text.length > 40 || !looksLikeDeadline(text) || looksLikeUnitList(text)) return false;
  if (/[。；]/u.test(text.slice(0, -1))) return false;
  // `2024年9月底前完成主动公开目录编制。`: a sentence that opens with its milestone is task text.
  if (text.length > 16 && text.endsWith('。')) return false;
  return text.length <= 14 || DEADLINE_START.test(text);
}
