// parsePlanText: plan text → Plan. Line based and linear in the input: the lines are cleaned once,
// numbered lines build an outline, tables become rows, and each task's assignment clause is read.

import { parseDeadline } from '../deadline/parse-deadline.js';
import type { DeadlinePattern } from '../deadline/types.js';
import type { Diagnostic, Span } from '../model/common.js';
import type { Deadline } from '../model/deadline.js';
import type { Assignment, Plan, Section, Task } from '../model/plan.js';
import type { Requirement } from '../model/requirement.js';
import { allMatches } from '../text/regex.js';
import { readWideTable, wideHeaderAt } from './aligned-table.js';
import {
  type ClauseReading,
  type ClauseSpan,
  dutyVerb,
  findClauses,
  forgetClauseReadings,
  INCLUDED_UNITS,
  keepClauseReadings,
  type LeadRule,
  labelOf,
  leadRuleIn,
  PART_LABEL_WORDS,
  readClause,
  readLeadMarks,
  readSpacedColumns,
  UNIT_NOTE,
  unitsReading,
} from './clauses.js';
import { looksLikeDeadline, readDeadlineText, repairDeadlineText } from './deadline-text.js';
import { type DocumentFacts, isNumberedHeaderKey, readDocumentFacts } from './document-facts.js';
import { unglueCards, unglueTables } from './glued-table.js';
import { type Item, newItem, openItem, type TableRow } from './item.js';
import { breakDutyParagraphs, colonRole, colonSpacedDuties, dutyLines, gluedCells, taskText } from './loose-shapes.js';
import { linesInSpans, noticeDeadline } from './notice-deadline.js';
import { chineseValue, type Numbering, readNumbering } from './outline.js';
import { extractRequirements } from './requirements.js';
import { type ColumnKind, headerKind, isPipeRow } from './table.js';
import {
  blankRunEnds,
  HEADERLESS_KINDS,
  headerlessCellStream,
  isHeaderlessRow,
  mayStartTable,
  type PendingRow,
  readCellStream,
  type TableHeader,
  tableCells,
  tableHeaderAt,
} from './table-stream.js';
import {
  breakGluedPoints,
  DUTY_HEADING_WORDS,
  joinBrokenNumbers,
  joinLabelLines,
  lineSpan,
  nextFilled,
  rawOffset,
  splitLines,
  type TextLine,
} from './text-lines.js';
import {
  COUNTED,
  endsWithWholeUnit,
  looksLikeAgencyList,
  looksLikeUnit,
  looksLikeUnitList,
  splitCleanUnits,
} from './units.js';

/**
 * Options of {@link parsePlanText}. `year` and `issued` override what the text says; `fileName`
 * goes into every diagnostic's location; `deadlinePatterns` add deadline phrases (from plugins).
 *
 * @category Plan
 * @example
 * ```ts
 * const options: ParsePlanOptions = { year: 2024, issued: '2024-05-21', fileName: 'plan.txt' };
 * ```
 */
export interface ParsePlanOptions {
  /** The plan year deadlines resolve against; by default read from the title, issue date or 文号. */
  year?: number;
  /** The issue date (ISO); by default the date under the signature, else 成文日期. */
  issued?: string;
  /** The file the text came from, for diagnostics. */
  fileName?: string;
  /** Extra deadline phrases, tried before the built-in ones. */
  deadlinePatterns?: readonly DeadlinePattern[];
}

interface Piece {
  line: TextLine;
  /** Offset in line.text of the first character used. */
  from: number;
  /** Offset in the joined text. */
  at: number;
}

interface Joined {
  text: string;
  pieces: Piece[];
}

const FURNITURE =
  /^(首页\s*[>＞›»]|来源|浏览量|浏览次数|阅读量|阅读次数|点击量|点击数|访问量|发表时间|编辑|责任编辑|审核(?=[：:\s]|$)|校对|字号|字体|【字体|打印|【打印|关闭|【关闭|分享到|分享|扫一扫|上一篇|下一篇|相关附件|附件下载|相关链接|相关文章|相关稿件|网站地图|版权所有|主办单位(?![：:].*?[；;，,\s]\s*(?:参办|承办科室|承办处室|协办|配合|责任))|承办单位：.*网站|技术支持|联系我们|ICP|网站标识码|政府网站标识码|返回顶部|收藏|我要纠错|分享至)/u;
const FURNITURE_ANYWHERE =
  /(扫一扫在手机打开当前页|打印本页|关闭窗口|【打印本页】|【关闭窗口】|\[打印\]|\[关闭\]|当前位置[：:]|(?:您|你)(?:现在|当前)?(?:所在)?的?位置[：:]|您现在的位置|您当前的位置|ICP备\s*\d|公网安备|网站标识码)/u;
const SPAM =
  /(https?:\/\/|www\.|\.com\b|\.cn\b|加微信|微信号|QQ[：:]?\d|代开发票|博彩|娱乐城|棋牌|彩票|赌场|私人侦探)/iu;

// A labelled line naming a person, not a unit (`牵头负责领导：张三。`, `责任市领导：李四`, `责任人：王五`):
// skipped, unless a unit or time label follows on the line (`牵头领导：张三；牵头单位：市财政局`).
const PERSON_LINE =
  /^(?:(牵头|分管|联系|包保|责任|负责)?(负责|责任|分管|联系)?(市|县|区|镇|乡)?领导|责任人|联系人|负责人|具体负责人)[：:]/u;
const LABEL_AFTER_PERSON = /.{2}(单位|部门|科室|处室|时限|时间)[：:]/u;

// A page's tool bar printed as bullets (`• 听全文`, `• 2022-04-14`, `• 来源: …`, `• -`).
const BULLET_FURNITURE = /^[•·●]\s*(听全文|分享到|-|—|(19|20)\d{2}-\d{2}-\d{2}|来源[：:].*|字号.*|打印|收藏)$/u;

function isFurniture(text: string): boolean {
  if (text === '') return false;
  // (A page flattened onto one line may open with its breadcrumb: the line holds the notice too.)
  if (FURNITURE.test(text) || BULLET_FURNITURE.test(text)) return true;
  if (FURNITURE_ANYWHERE.test(text) && (text.length <= 300 || !/[〔[]\d{4}[〕\]]\d+号|通知/u.test(text))) return true;
  if (text.length <= 40 && PERSON_LINE.test(text) && !LABEL_AFTER_PERSON.test(text)) return true;
  // Spam and links: lines that name no unit and no task.
  return text.length <= 120 && SPAM.test(text) && !/(负责|牵头|配合|完成时限|。)/u.test(text);
}

function makeDiagnostic(
  severity: Diagnostic['severity'],
  code: string,
  message: string,
  messageEn: string,
  span: Span | undefined,
  fileName: string | undefined,
): Diagnostic {
  const diagnostic: Diagnostic = { severity, code, message, messageEn };
  if (span || fileName) {
    diagnostic.location = {};
    if (fileName) diagnostic.location.file = fileName;
    if (span) diagnostic.location.span = span;
  }
  return diagnostic;
}

function join(parts: readonly { line: TextLine; from: number }[]): Joined {
  let text = '';
  const pieces: Piece[] = [];
  for (const part of parts) {
    if (text !== '') text += '\n';
    pieces.push({ line: part.line, from: part.from, at: text.length });
    text += part.line.text.slice(part.from);
  }
  return { text, pieces };
}

function spanOf(joined: Joined, start: number, end: number): Span | undefined {
  const { pieces } = joined;
  if (pieces.length === 0) return undefined;
  const find = (offset: number): Piece => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((pieces[mid] as Piece).at <= offset) lo = mid;
      else hi = mid - 1;
    }
    return pieces[lo] as Piece;
  };
  const a = find(start);
  const b = find(Math.max(start, end - 1));
  const first = lineSpan(a.line, a.from + (start - a.at), a.from + (start - a.at));
  const last = lineSpan(b.line, b.from + (end - b.at), b.from + (end - b.at));
  const span: Span = { start: first.start, end: Math.max(first.start, last.end), column: first.column ?? 1 };
  if (first.line !== undefined) span.line = first.line;
  return span;
}

const FALLBACK_YEAR = 2000;
// How far down a page that starts inside a table, with no header, is looked for.
const HEADERLESS_SEARCH_LINES = 400;

/**
 * Reads a published task plan (重点工作任务分工方案 / 工作要点 / 任务分解表) into a {@link Plan}:
 * document facts (title, issuer, 文号, issue date, year and the portal header), sections, tasks with
 * their units and roles, deadlines and embedded requirements. Reads numbered outlines (`一、`
 * `（一）` `1.` `1、` `（1）` and numbers glued to text), assignment clauses in brackets (also with a
 * bracket lost), labelled lines (`牵头单位：…`), national-style sentences each closed by `（…负责）`,
 * and tables as pipe rows or one cell per line. Tolerates traditional script, pinyin annotations,
 * full/half-width punctuation, dropped characters and page furniture. Never throws: what it cannot
 * read becomes diagnostics with positions.
 *
 * @param text - the plan as text (see the input readers for HTML, DOCX and encodings)
 * @param options - year / issue date overrides, file name, extra deadline phrases
 * @returns the plan
 * @category Plan
 * @example
 * ```ts
 * const plan = parsePlanText(
 *   '2024年某市政务公开重点工作任务分工方案\n一、围绕中心工作抓好主动公开\n' +
 *     '1.及时公开政策举措。（市政府办公室牵头，各县区政府负责落实，完成时限：2024年12月底前）',
 * );
 * plan.tasks[0]?.assignments; // [{ unit: '市政府办公室', role: 'lead', … }, { unit: '各县区政府', role: 'responsible', … }]
 * plan.tasks[0]?.deadline; // { kind: 'date', by: '2024-12-31', raw: '2024年12月底前' }
 * ```
 */
export function parsePlanText(text: string, options: ParsePlanOptions = {}): Plan {
  const input = typeof text === 'string' ? text : String(text ?? '');
  try {
    keepClauseReadings();
    return parse(input, options);
  } catch (error) {
    // A bug must not cost the caller the plan: report it as a diagnostic.
    const message = error instanceof Error ? error.message : String(error);
    return {
      title: '',
      issuer: null,
      issued: null,
      docNumber: null,
      year: options.year ?? FALLBACK_YEAR,
      sections: [],
      tasks: [],
      diagnostics: [
        makeDiagnostic(
          'error',
          'plan-internal-error',
          `解析方案时出现内部错误：${message}`,
          `Internal error while reading the plan: ${message}`,
          undefined,
          options.fileName,
        ),
      ],
    };
  } finally {
    forgetClauseReadings();
    readSpacedColumns(undefined);
  }
}

function parse(input: string, options: ParsePlanOptions): Plan {
  const fileName = options.fileName;
  const diagnostics: Diagnostic[] = [];
  const diag = (severity: Diagnostic['severity'], code: string, zh: string, en: string, span?: Span) =>
    diagnostics.push(makeDiagnostic(severity, code, zh, en, span, fileName));
  clearClauseMemo();
  const lines = colonSpacedDuties(
    breakDutyParagraphs(
      unglueCards(
        unglueTables(
          joinLabelLines(breakGluedPoints(joinBrokenNumbers(splitLines(input), input), input), input),
          input,
        ),
        input,
      ),
      input,
    ),
  );
  const furniture = lines.map((l) => isFurniture(l.text));
  // (`主办单位：市纪委` over `参办单位：…` / `承办科室：…`, or over its time limit `工作时限：2011年3-12月`: a task's
  // labels, not the site's owner in a footer.)
  for (let i = 0; i < lines.length; i++) {
    if (!furniture[i] || !/^主办(?:单位|部门)[：:]\s*\S/u.test((lines[i] as TextLine).text)) continue;
    const below = lines[nextFilled(lines, i + 1, 2)]?.text ?? '';
    // (Or over what the unit hosts, a card's `内容：…`, `地点：…`: `1.“科技创新”主题活动` / `主办单位:县教委` / `内容:举办…`.)
    if (
      /^(?:参办|承办|协办)(?:单位|部门|科室|处室)[：:]/u.test(below) ||
      /^(?:工作|完成)?(?:时限|时间)(?:要求)?[：:]\s*\S/u.test(below) ||
      /^(?:活动)?(?:内容|地点)[：:]\s*\S/u.test(below)
    )
      furniture[i] = false;
  }
  readSpacedColumns(lines.map((l) => l.text));
  // The notice's list of attachments (`附件：1.2020年…责任分解` / `2.十方面…`) names documents, no tasks.
  for (let i = 0; i < lines.length; i++) {
    if (!/^附件[：:]\s*1\s*[.．、]/u.test((lines[i] as TextLine).text)) continue;
    furniture[i] = true;
    for (let k = i + 1; k < lines.length; k++) {
      const text = (lines[k] as TextLine).text;
      // (Blank lines between the attachments, as pages print paragraphs.)
      if (text === '') continue;
      if (text.length > 60 || !/^\d{1,2}\s*[.．、]/u.test(text) || /[（(].*(负责|牵头|配合)/u.test(text)) break;
      furniture[k] = true;
      i = k;
    }
  }

  // Table headers, read at most once per line (the body search and the outline both ask), with
  // runs of blank and bar-only lines skipped in one step, so no line scans the text after it.
  const skipBlank = blankRunEnds(lines);
  // (null: read, and none.)
  const headers: (TableHeader | null)[] = [];
  // The header word of each line, also read once: a line is asked about as a header's first cell
  // and again as the cell after the line above.
  const kinds: (ColumnKind | null)[] = [];
  const kindAt = (at: number): ColumnKind | undefined => {
    let kind = kinds[at];
    if (kind === undefined) {
      kind = headerKind((lines[at] as TextLine).text) ?? null;
      kinds[at] = kind;
    }
    return kind ?? undefined;
  };
  const headerAt = (at: number): TableHeader | undefined => {
    if (!mayStartTable((lines[at] as TextLine).text)) return undefined;
    let header = headers[at];
    if (header === undefined) {
      header = tableHeaderAt(lines, at, skipBlank, kindAt) ?? null;
      // (The cell stream's header may end inside a word, `序号` / `普法内容` / `普法责任` / `主体` /
      // `普法对象` …, and read the rest of the header as cells: a wide header read whole goes first.)
      const stop = header === null ? undefined : skipBlank[header.next];
      const inWord =
        stop !== undefined &&
        stop < lines.length &&
        /^[\u4e00-\u9fff]{1,2}$/u.test((lines[stop] as TextLine).text.trim());
      if (header === null || inWord) {
        const wide = wideHeaderAt(lines, at, skipBlank);
        if (wide) header = { kinds: wide.kinds, next: wide.next, wide };
      }
      headers[at] = header;
    }
    return header ?? undefined;
  };

  // Where the body starts: the first numbered line or table, skipping the portal header.
  const numbering: (Numbering | undefined)[] = lines.map((l, i) =>
    furniture[i] || l.text.length === 0 || isNumberedHeaderKey(l.text) ? undefined : readNumbering(l.text),
  );
  let bodyStart = lines.length;
  // A page that starts inside a table, below its header (a later page of a long table).
  let headerless = -1;
  let headerlessKinds: readonly ColumnKind[] = HEADERLESS_KINDS;
  const streamCells: Parameters<typeof headerlessCellStream>[3] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (headerAt(i)) {
      bodyStart = i;
      break;
    }
    // (Only near the top: a page that starts inside a table starts there.)
    const stream =
      furniture[i] || i >= HEADERLESS_SEARCH_LINES ? undefined : headerlessCellStream(lines, i, skipBlank, streamCells);
    if (stream) {
      bodyStart = i;
      headerless = i;
      headerlessKinds = stream;
      break;
    }
    const n = numbering[i];
    if (n && !n.glued && !/^[一二三四五六七八九十]+[、.]/u.test(line.text.slice(0, 0))) {
      bodyStart = i;
      break;
    }
    if (headerAt(i)) {
      bodyStart = i;
      break;
    }
    if (isHeaderlessRow(line.text)) {
      bodyStart = i;
      headerless = i;
      break;
    }
  }
  const facts = readDocumentFacts(lines, bodyStart, furniture);
  const firstBodyLine = bodyStart < lines.length ? bodyStart : (facts.titleLine ?? -1) + 1;

  const year = options.year ?? planYear(facts, lines);
  if (options.year === undefined && year === FALLBACK_YEAR) {
    diag(
      'warning',
      'plan-year-unknown',
      '未能从标题、文号或日期中读出方案年度',
      'The plan year could not be read from the title, document number or dates',
    );
  }
  const issued = options.issued ?? facts.issued ?? facts.written ?? null;
  if (facts.issuedAmbiguous && options.issued === undefined && facts.issuedLine !== undefined) {
    const line = lines[facts.issuedLine] as TextLine;
    diag(
      'info',
      'plan-date-repaired',
      `落款日期“${line.text}”缺少分隔符，按 ${facts.issued} 读取`,
      `The signing date "${line.text}" has no separators; read as ${facts.issued}`,
      lineSpan(line),
    );
  }
  // The plan's lead rule holds from where it is stated on (`（列第一位者为牵头单位，下同）` at the
  // fourth task says nothing of the three before it; a rule in the notice covers every task).
  let rule: LeadRule = 'none';
  let ruleFrom = 0;
  readLeadMarks(lines.map((line) => line.text));
  for (const line of lines) {
    // (A long line is asked only at its end: a table glued into one run closes with its note.)
    const text = line.text.length > 3000 ? line.text.slice(-300) : line.text;
    rule = leadRuleIn(text) ?? 'none';
    if (rule !== 'none') {
      // (`各项任务中排位靠前的责任单位为牵头单位`, in the closing part: a rule said of every task.
      // Nor in a table's closing note, `注：主要责任单位第一个为牵头单位…`: said of the table above it.)
      ruleFrom = /(各项|所有|全部|上述|以上)任务|本方案|(?:^|\s)注[：:]/u.test(text) ? 0 : line.start;
      break;
    }
  }

  // A list of duties, one unit per line (`省教育厅负责各类照护服务人才培养。`), as in a 部门职责分工
  // annex: each line is a task of its own, read apart from the outline.
  const duties = dutyLines(lines, furniture, numbering);

  // Build the outline.
  const root: Item = newItem('root', '', undefined, 0, undefined);
  const stack: Item[] = [root];
  let lastNum = 0;
  let cutRow: PendingRow | undefined;
  // Where a table starts after another one ended (see nextTableAt).
  const tableStarts: number[] = [];
  let i = Math.max(0, firstBodyLine);
  while (i < lines.length) {
    const line = lines[i] as TextLine;
    if (furniture[i] || line.text === '' || facts.headerLines.has(i) || i === facts.titleLine || duties.has(i)) {
      i++;
      continue;
    }
    const top = stack[stack.length - 1] as Item;
    const header = headerAt(i);
    // A table in an attachment (`附件：…清单` just above its header) is no part of the item the body
    // ended with: its rows are tasks of their own, and that item keeps its own clause.
    if (header && stack.length > 1 && attachmentAbove(lines, i, top)) stack.length = 1;
    // A wide table ends before the text goes on (an attachment's heading, another table).
    if (header?.wide) {
      i = readWideTable(lines, header.wide, furniture, skipBlank, (k) => headerAt(k) !== undefined, stack);
      continue;
    }
    if (header) {
      // The table ends where another table's header starts (`附件2` / `序号` / `项目名称` / … after the
      // rows of `附件1`): the rows below are read by their own columns.
      const next = nextTableAt(
        header,
        headerAt,
        (k) => tableHeaderAt(lines, k, skipBlank, kindAt),
        kindAt,
        lines.length,
        (k) => k > 0 && SECTION_HEADING.test((lines[skipBack(lines, k - 1)] as TextLine).text),
        (k) => (k > 0 ? skipBack(lines, k - 1) : -1),
      );
      const { cut } = readCellStream(
        tableCells(
          lines,
          header.next,
          furniture,
          header.kinds,
          header.spaced === true,
          rowsEndBefore(lines, next, header.next),
        ),
        header.kinds,
        stack,
      );
      if (cut) cutRow = cut;
      if (next >= lines.length) break;
      tableStarts.push(next);
      stack.length = 1;
      i = next;
      continue;
    }
    // A table without a header may also start under the plan's first heading (`一、… |` then rows).
    if (i === headerless || (headerless < 0 && line.text.includes('|') && isHeaderlessRow(line.text))) {
      const { cut } = readCellStream(tableCells(lines, i, furniture), headerlessKinds, stack);
      if (cut) cutRow = cut;
      break;
    }
    const n = numbering[i];
    const accepted = n && (!n.glued || n.value === lastNum + 1 || n.value === 1);
    if (n && accepted) {
      if (n.style === 'num') lastNum = n.value;
      openItem(stack, n.style, n.number, line, n.rest);
    } else top.content.push(line);
    i++;
  }

  markHeadingLeads(root);
  // Which numbering level holds the tasks: the one whose items most often carry a clause.
  const known = new Set<string>();
  liftSharedClauses(root, known);
  const counts = new Map<string, { count: number; depth: number }>();
  // Whether an item's own text has a clause, counted for its numbering level.
  // (Whether a clause names units: a step's time limit alone, `（二）排查整治（2020年6月至12月）`, names none.)
  // (How many items close a sentence with a clause: one incidental `X负责提供技术支持，` in a plan of unit-first
  // sentences names no units the way labels or brackets do.)
  let namingItems = 0;
  const readClauses = (item: Item) => {
    item.hasClause = ownClauses(item, known) > 0;
    // (Nor does a bracket inside a sentence, `选定第三方社会组织（企业）负责…`: a plan's clauses close a
    // sentence or an item.)
    const cache = item.clauseCache;
    if (
      item.hasClause &&
      cache?.clauses.some(
        (c) => !DEADLINE_ONLY.test(c.inner) && /^(?:$|[\s。；;，,）)]|\n)/u.test(cache.text.slice(c.end)),
      )
    )
      namingItems++;
    if (item.hasClause && item.style !== 'root') {
      const entry = counts.get(item.style) ?? { count: 0, depth: item.depth };
      entry.count++;
      counts.set(item.style, entry);
    }
  };
  const visit = (item: Item) => {
    readClauses(item);
    let rows = item.rows.length > 0;
    for (const child of item.children) {
      visit(child);
      if (child.rowsBelow) rows = true;
    }
    item.rowsBelow = rows;
  };
  visit(root);
  // A plan whose items name no unit any other way may divide its duties by units opening the items
  // (`二、明确职责分工` / `（二）党群工作处要…`). Where other items name units, such sentences are the
  // plan's narrative and no tasks, but under a heading dividing duties.
  const namesUnits = namingItems >= 2;
  if (!namesUnits && !hasRows(root)) {
    // (Only the duties marked are read again, their clauses found before kept.)
    for (const item of markDutyOpenings(root, [])) readClauses(item);
  } else {
    // Elsewhere only a division of duties is read so, `（三）落实责任分工` / `2.各相关部门职责` / `⑴海洋渔业部门负责…`:
    // each duty its units'. (So, too, below an attachment's table of rows.)
    const divisions = (item: Item): Item[] =>
      item.children.flatMap((c) => (c.children.length > 0 && DUTY_DIVISION.test(headingOf(c)) ? [c] : divisions(c)));
    for (const division of divisions(root)) for (const item of markDutyOpenings(division, [])) readClauses(item);
  }
  // On a tie the shallower level wins: sub-points (（1）（2）) then stay in their task's text.
  let taskStyle: string | undefined;
  let bestCount = 0;
  let bestDepth = Number.POSITIVE_INFINITY;
  for (const [style, entry] of counts) {
    if (entry.count > bestCount || (entry.count === bestCount && entry.depth < bestDepth)) {
      taskStyle = style;
      bestCount = entry.count;
      bestDepth = entry.depth;
    }
  }
  if (taskStyle === undefined) taskStyle = deepestLeafStyle(root);

  const sections: Section[] = [];
  const tasks: Task[] = [];
  const context: BuildContext = {
    year,
    issued,
    rule,
    ruleFrom,
    known,
    patterns: options.deadlinePatterns ?? [],
    sections,
    tasks,
    diag,
    taskStyle,
    tableTasks: new Set(),
    wholeRows: new Set(),
  };
  // `除特别注明的外，各县（市、区）政府…都是配合单位`: the notice names units of every task.
  const everyTask = unitsOfEveryTask(lines, firstBodyLine);
  if (everyTask) context.standing = everyTask;
  context.everyTask = everyTask;
  // (`附件` / `（一）市自然资源局。负责…`: the member units' duties in an attachment are no tasks a note in the body
  // speaks of, `以下均需各县（区）政府落实，不再列出`.)
  const annexAt = lines.findIndex(
    (l, k) => k > firstBodyLine && /^附件\s*[0-9一二三四五六七八九十]{0,2}\s*[：:]?$/u.test(l.text.trim()),
  );
  if (annexAt >= 0) context.annexAt = annexAt;
  // Text before the first numbered line may itself hold tasks (a plan of plain paragraphs).
  if (root.content.length > 0 && root.children.length === 0 && root.rows.length === 0) {
    emitTasks(root, null, context, true);
  }
  // (Rows of a table after the outline, an attachment's, come after its tasks, as printed.)
  const firstChild = root.children[0]?.line?.index;
  const rowsAfter = firstChild !== undefined && (root.rows[0]?.lines[0]?.index ?? -1) > firstChild;
  if (tableStarts.length > 0) {
    // Tables one after the other (`附件1` and `附件2`): rows and headings as printed, and a note on
    // later tasks holds to the end of its own table.
    const parts = [
      ...root.rows.map((row) => ({ at: row.lines[0]?.index ?? 0, row, child: undefined })),
      ...root.children.map((child) => ({ at: child.line?.index ?? 0, row: undefined, child })),
    ].sort((a, b) => a.at - b.at);
    let nextStart = 0;
    let crossed = false;
    for (const part of parts) {
      // (As below: a note in the body speaks of the body's tasks, not of the tables after them.)
      if (part.row && !crossed && rowsAfter) {
        crossed = true;
        context.standing = everyTask;
      }
      while (nextStart < tableStarts.length && part.at >= (tableStarts[nextStart] as number)) {
        nextStart++;
        context.standing = everyTask;
      }
      if (part.row) emitRow(part.row, null, context);
      else if (part.child) walk(part.child, null, context);
    }
  } else {
    if (!rowsAfter) for (const row of root.rows) emitRow(row, null, context);
    for (const child of root.children) walk(child, null, context);
    // (A note in the body on later tasks, `以下均需县（区）政府落实，不再列出`, speaks of the body's tasks,
    // not of an attachment's table after them; a note in the notice on every task still holds.)
    if (rowsAfter) {
      context.standing = everyTask;
      for (const row of root.rows) emitRow(row, null, context);
    }
  }
  // (A duty broken over lines is listed at each of them.)
  for (const duty of new Set(duties.values())) {
    // (A unit's colon over its numbered points, `市教育局：` / `1.…` / `2.…`, is no duty: each point is.)
    if (duty.points && duty.text === '') continue;
    const span = lineSpan(duty.line);
    pushTask(context, {
      number: duty.number ?? String(context.tasks.length + 1),
      sectionId: null,
      text: duty.text,
      readings: [duty.reading],
      span,
      deadlineSpan: span,
      deadlineRaw: undefined,
    });
  }

  // A document cut off: the last task has no units or an unreadable end, and nothing follows it.
  let truncated = false;
  const lastTask = tasks[tasks.length - 1];
  const lastLine = lastContentLine(lines, furniture);
  if (lastTask && lastLine && !cutRow) {
    const endsTask = lastTask.source.end >= lastLine.start + rawOffset(lastLine, lastLine.text.length);
    // (A flattened page's last line may run on into its furniture: `…的监督检查。 附件下载`.)
    const closed =
      /[。）)；;！？”」\]】〕]$/u.test(lastLine.text.replace(TRAILING_FURNITURE, '')) ||
      (lastLine.text.endsWith('|') && isPipeRow(`|${lastLine.text}`));
    const withUnits = tasks.filter((t) => t.assignments.length > 0).length;
    // In a table without deadlines a row that ends in a whole unit cell is complete: no deadline is
    // a sign of the cut only where the other rows have one (most of them: a plan that dates one
    // task in four does not date every task).
    const others = tasks.length - 1;
    const datedOthers = tasks.filter((t) => t !== lastTask && t.deadline.kind !== 'none').length * 2 > others;
    const lastCell = lastLine.text.slice(lastLine.text.lastIndexOf(' ') + 1);
    const label = labelOf(lastLine.text);
    const rowComplete =
      context.wholeRows.has(lastTask.id) ||
      (context.tableTasks.has(lastTask.id) &&
        !datedOthers &&
        (looksLikeUnitList(lastLine.text) ||
          looksLikeUnitList(lastCell) ||
          // A labelled unit cell (`牵头单位:区政务服务办;责任部门:各街道`).
          (label !== undefined && label !== 'deadline'))) ||
      // A task card's labelled unit line whose last unit is whole (`配合单位：省税务局、人行合肥中心支行`),
      // in a plan that gives no task a time limit.
      (!datedOthers && label !== undefined && label !== 'deadline' && endsInWholeUnit(lastLine.text));
    const unreadable =
      lastTask.assignments.length === 0 || (lastTask.deadline.kind === 'none' && !closed && !rowComplete);
    // Without units where the other tasks have them, the last task lost its clause to the cut.
    const lostClause = lastTask.assignments.length === 0 && withUnits >= Math.max(1, (tasks.length - 1) / 2);
    // The text ends at a label whose value was cut off (`责任单位` or `责任单位：` and nothing after).
    const bareLabel =
      lastLine.text.length <= 10 &&
      /^[\u4e00-\u9fff]{2,8}[：:]?$/u.test(lastLine.text) &&
      labelOf(lastLine.text.replace(/[：:]?$/u, '：')) !== undefined;
    // …or inside a label's word (`責` of `責任單位`), or inside a bracket of a unit's name
    // (`▲招商投资促进中心，各部门，各镇乡(`).
    const cutLabel =
      lastLine.text.length <= 4 &&
      CUT_LABEL_WORDS.some((w) => w.length > lastLine.text.length && w.startsWith(lastLine.text));
    const openBracket = /[（(][^（）()]{0,30}$/u.test(lastLine.text) && lastTask.assignments.length > 0;
    // (Such a label line may stand outside the task's own text, after it.)
    if (
      (endsTask && ((!closed && unreadable) || lostClause || openBracket)) ||
      ((bareLabel || cutLabel) && lastLine.start >= lastTask.source.start)
    ) {
      tasks.pop();
      truncated = true;
      // What was said about the cut task no longer applies: it is left out.
      const { start, end } = lastTask.source;
      const about = new Set(['task-no-units', 'task-no-deadline', 'deadline-unknown']);
      for (let k = diagnostics.length - 1; k >= 0; k--) {
        const d = diagnostics[k] as Diagnostic;
        const at = d.location?.span?.start;
        if (about.has(d.code) && at !== undefined && at >= start && at <= end) diagnostics.splice(k, 1);
      }
      const head = lastTask.text.slice(0, 20);
      diag(
        'warning',
        'plan-truncated',
        `文档在第${lastTask.number}项任务中途截断（“${head}…”），该任务未计入`,
        `The document is cut off in task ${lastTask.number} ("${head}…"); that task was left out`,
        lastTask.source,
      );
    }
  }
  if (cutRow) {
    truncated = true;
    const first = cutRow.lines[0];
    const head = (cutRow.texts[0] ?? '').slice(0, 20);
    diag(
      'warning',
      'plan-truncated',
      `文档在表格最后一行中途截断（“${head}…”），该行未计入`,
      `The document is cut off inside the last table row ("${head}…"); that row was left out`,
      first ? lineSpan(first) : undefined,
    );
  }
  if (!truncated && lastLine && tasks.length > 0) {
    const lastSection = sections[sections.length - 1];
    const tail = lastLine.text;
    // (Not a section whose heading is a whole paragraph ending its sentence, `（三）定期报告。每月…上报区管委会。 来源：…`.)
    if (
      lastSection &&
      !tasks.some((t) => t.sectionId === lastSection.id) &&
      tail.endsWith(lastSection.title) &&
      !/[。！？]$/u.test(lastSection.title.replace(TRAILING_FURNITURE, ''))
    ) {
      truncated = true;
      diag(
        'warning',
        'plan-truncated',
        `文档在“${lastSection.number}、${lastSection.title}”之后截断，该部分没有任务`,
        `The document is cut off after the heading "${lastSection.number} ${lastSection.title}", which has no tasks`,
        lineSpan(lastLine),
      );
    }
  }
  dropAnnexItemsWithoutUnits(lines, tasks, diagnostics);
  if (/预案/u.test(`${facts.title ?? ''}${facts.noticeTitle ?? ''}`)) {
    const left = dropCommandDuties(tasks, diagnostics);
    const steps = dropResponseSteps(tasks, sections, diagnostics);
    if (steps > 0)
      diag(
        'info',
        'plan-response-steps',
        `应急预案中${steps}项应急响应、处置步骤未计为任务（预案的任务是各单位的职责）`,
        `The emergency plan's ${steps} response or handling steps were not counted as tasks (its tasks are the duties it gives its units)`,
      );
    if (left > 0)
      diag(
        'info',
        'plan-command-duties',
        `应急预案中${left}项仅由指挥机构（领导小组、指挥部及其办公室）承担的职责或响应步骤未计为任务`,
        `The emergency plan's ${left} duties or response steps of its commanding bodies only (leading group, headquarters, their office) were not counted as tasks`,
      );
  }
  const copy = dropRepeatedCopy(tasks, diagnostics);
  if (copy.length > 0)
    diag(
      'info',
      'plan-text-repeated',
      `页面把正文印了两遍，第二遍的${copy.length}项任务未重复计入`,
      `The page prints the text twice; the ${copy.length} tasks of the second copy were not counted again`,
      copy[0]?.source,
    );
  applyNoticeDeadline(lines, furniture, context, diagnostics);
  if (tasks.length === 0) {
    diag('warning', 'plan-no-tasks', '未能读出任何任务', 'No task could be read from the text');
  }

  const plan: Plan = {
    title: facts.title ?? '',
    issuer: facts.issuer ?? null,
    issued,
    docNumber: facts.docNumber ?? null,
    year,
    sections,
    tasks,
    diagnostics,
  };
  if (facts.noticeTitle) plan.noticeTitle = facts.noticeTitle;
  if (facts.publisher) plan.publisher = facts.publisher;
  if (facts.indexNo) plan.indexNo = facts.indexNo;
  if (facts.written) plan.written = facts.written;
  if (facts.published) plan.published = facts.published;
  if (truncated) plan.truncated = true;
  clearClauseMemo();
  return plan;
}

// An item's title alone: a short phrase that ends no sentence (`强化食品生产经营环节监督检查`).
function isTitleOnly(text: string): boolean {
  return text.length >= 2 && text.length <= 30 && !/[。；，,;！？]/u.test(text.replace(/[。.]$/u, ''));
}

// Whether only blanks (or 由) stand before `at` on its line: a clause opening the paragraph under an item's title.
function opensLine(text: string, at: number): boolean {
  // (Maybe after the leader in charge: `由杨志武副市长负责，市发改委牵头，…`.)
  return /^\s*(?:由[^，,。；\n]{1,16}负责[，,]\s*)?由?\s*$/u.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}

// Page furniture a flattened page's last line may end with (see the cut-off check).
// (`…稳定。 来源：中国平潭 附件下载`: the page's source line before them too.)
const TRAILING_FURNITURE =
  /(?:\s+(?:来源|信息来源|文章来源)[：:][^。；\s]{1,40})?(?:\s+(?:附件下载|相关附件|【?打印(?:本页)?】?|【?关闭(?:窗口)?】?|分享到))*\s*$/u;

// Label words a cut may stop inside, at the very end of a document (see the cut-off check).
const CUT_LABEL_WORDS = [
  '责任单位',
  '牵头单位',
  '配合单位',
  '协同单位',
  '责任部门',
  '牵头部门',
  '完成时限',
  '完成时间',
];

// (Also a year whose 年 a hurried copy dropped before the month: `202312月底前`.)
const YEAR_IN_TEXT = /(?<!\d)((?:19|20)\d{2})(?: ?年|(?=(?:1[0-2]|0?[1-9])月))/gu;
const PERIOD = /((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年?/u;
const CITED_DOC_YEAR = /[〔［[]((?:19|20)\d{2})[〕］\]]\d{1,4}号/gu;
// A date printed with separators only (`2015-03-13`, `2015.3.13`, `13.03.2015`), as news pages date themselves.
const DATED_YEAR =
  /(?<![\d.])(?:((?:19|20)\d{2})[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]((?:19|20)\d{2}))(?![\d.])/gu;

// The plan year: named in the title, else the 文号's year, else the signing or portal dates, else
// the year the text names most often (`2020年`), else the year of the document numbers it cites,
// else the year of a date it prints with separators.
function planYear(facts: DocumentFacts, lines: readonly TextLine[]): number {
  // A period in the title (`规划（2015-2020年）任务分工`) names no single year: the 文号 or the
  // dates say when the plan was made, else the period's first year.
  const period = PERIOD.exec(facts.title ?? '') ?? PERIOD.exec(facts.noticeTitle ?? '');
  const fromTitle = period
    ? null
    : (/((?:19|20)\d{2})\s*年/u.exec(facts.title ?? '') ?? /((?:19|20)\d{2})\s*年/u.exec(facts.noticeTitle ?? ''));
  if (fromTitle) return Number(fromTitle[1]);
  const doc = /〔((?:19|20)\d{2})〕/u.exec(facts.docNumber ?? '');
  if (doc) return Number(doc[1]);
  const date = facts.issued ?? facts.written ?? facts.published;
  if (date) return Number(date.slice(0, 4));
  if (period) return Number(period[1]);
  const named = new YearCount();
  const cited = new YearCount();
  const dated = new YearCount();
  for (const line of lines) {
    if (line.text.length > 5000) continue;
    if (line.text.includes('号')) for (const m of allMatches(CITED_DOC_YEAR, line.text)) cited.add(Number(m[1]));
    if (line.text.includes('年') || line.text.includes('月'))
      for (const m of allMatches(YEAR_IN_TEXT, line.text)) named.add(Number(m[1]));
    if (named.size === 0 && /\d[-./]\d/u.test(line.text)) {
      for (const m of allMatches(DATED_YEAR, line.text)) dated.add(Number(m[1] ?? m[2]));
    }
  }
  return named.most() ?? cited.most() ?? dated.most() ?? FALLBACK_YEAR;
}

// Years counted in the order the text names them.
class YearCount {
  private readonly counts = new Map<number, number>();
  get size(): number {
    return this.counts.size;
  }
  add(year: number): void {
    this.counts.set(year, (this.counts.get(year) ?? 0) + 1);
  }
  // The year named most often; on a tie, the one named first (a plan names its own year before
  // the years it compares with).
  most(): number | undefined {
    let best: number | undefined;
    let most = 0;
    for (const [y, n] of this.counts) {
      if (n > most) {
        best = y;
        most = n;
      }
    }
    return best;
  }
}

function lastContentLine(lines: readonly TextLine[], furniture: readonly boolean[]): TextLine | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as TextLine;
    if (line.text !== '' && !furniture[i]) return line;
  }
  return undefined;
}

function deepestLeafStyle(root: Item): string | undefined {
  const counts = new Map<string, number>();
  const visit = (item: Item) => {
    if (item.children.length === 0 && item.style !== 'root') counts.set(item.style, (counts.get(item.style) ?? 0) + 1);
    for (const child of item.children) visit(child);
  };
  visit(root);
  let best: string | undefined;
  let bestCount = 0;
  for (const [style, count] of counts) {
    if (count > bestCount) {
      best = style;
      bestCount = count;
    }
  }
  return best;
}

function ownParts(item: Item): { line: TextLine; from: number }[] {
  const parts: { line: TextLine; from: number }[] = [];
  // A section cell of a table row has its title only: the rest of its line is the row's cells.
  if (item.line && item.title === undefined) parts.push({ line: item.line, from: item.rest });
  for (const line of item.content) parts.push({ line, from: 0 });
  return parts;
}

// findClauses results by text: an item's own text is read again when its tasks are built. Bounded
// by the characters held, not the entries: a plan of 100,000 short items keeps them all, else
// every item would be read twice.
const clauseMemo = new Map<string, ReturnType<typeof findClauses>>();
let clauseMemoChars = 0;
const CLAUSE_MEMO_MAX_CHARS = 8_000_000;

function clearClauseMemo(): void {
  clauseMemo.clear();
  clauseMemoChars = 0;
}

function clausesOf(text: string, known: ReadonlySet<string>): ReturnType<typeof findClauses> {
  const memo = clauseMemo.get(text);
  if (memo) return memo;
  const found = findClauses(text, known);
  if (clauseMemoChars + text.length > CLAUSE_MEMO_MAX_CHARS) clearClauseMemo();
  clauseMemo.set(text, found);
  clauseMemoChars += text.length;
  return found;
}

function ownClauses(item: Item, known: ReadonlySet<string>): number {
  // The text `join` gives for the item's own parts and tail, without the pieces it also keeps.
  let text = '';
  const add = (part: string) => {
    if (text !== '') text += '\n';
    text += part;
  };
  if (item.line && item.title === undefined) add(item.line.text.slice(item.rest));
  for (const line of item.content) add(line.text);
  for (const line of item.tail ?? []) add(line.text);
  if (text.length === 0) return 0;
  // Kept on the item: its tasks are built from the same text (a leaf's), read once.
  // (An item read again keeps the clauses found in the same text.)
  const cached = item.clauseCache;
  const found = cached && cached.text === text ? [...cached.clauses] : findClauses(text, known);
  // `（二）党群工作处要加强…`: in a plan naming no units otherwise, the units a duty opens with are its own.
  // (Not under a heading naming the duty's unit: `6.协助区交建局开展…` is 片区管理局's.)
  // (Nor under a heading naming the lead of its items: `（二）…（责任单位：区社会事业局）` / `1.…各中小学校要…`.)
  if (
    item.dutyOpening &&
    found.length === 0 &&
    item.headingOffice === undefined &&
    item.parent?.headingLead === undefined
  ) {
    // (`（一）全面落实全员安全生产责任` / `。各县区（管委会）文旅部门、机关各科室要…`: the duty's title on a
    // line of its own, its units opening the paragraph below.)
    const titleEnd = TITLE_LINE.exec(text)?.[0].length ?? 0;
    // (`卫生计生委（以下称“市级监管部门”）`: the name the plan gives the units below is no unit's.)
    // (`片区春运领导小组工作职责：组织领导…`: the duties a colon opens are the units' before `职责`.)
    const unitsOf = (m: RegExpExecArray | null) => {
      const named = (m?.[1] ?? '').replace(/（以下(?:简)?称[^（）]{1,16}）/gu, '');
      // (Also a heading of the units' duties alone on its line: `1.各县（区）人民政府职责` / `各县（区）…承担…`.)
      return m?.[4] === undefined && m?.[0] !== m?.[1] ? named : named.replace(/(?:工作)?职责$/u, '');
    };
    // (The text's start is tried first, then the paragraph under the title: `扎实做好…检查` alone on its
    // line, then `市局督促…`.)
    // (`自然资源、林业部门负责…`: kinds of department sharing the last one's `部门` list units too.)
    const listsUnits = (listed: string) => looksLikeUnitList(listed) || SHARED_DEPARTMENT.test(listed);
    const atStart = DUTY_OPENING.exec(text);
    const fromStart = atStart !== null && listsUnits(unitsOf(atStart));
    const opening = fromStart || titleEnd === 0 ? atStart : DUTY_OPENING.exec(text.slice(titleEnd));
    const at = fromStart || titleEnd === 0 ? 0 : titleEnd;
    const units = opening?.[1] ?? '';
    const listed = unitsOf(opening);
    const shared = SHARED_DEPARTMENT.test(listed);
    const names = opening && listsUnits(listed) ? splitCleanUnits(listed).units : [];
    // (`职责分工区公安局…组：`: a heading glued before the units.)
    const fit = (u: string) => (shared || (!COUNTED.test(u) && DUTY_UNIT.test(u))) && !/分工|职责/u.test(u);
    // (Below a title, only agencies and offices: `学校要…` there addresses every school, as a rule does.)
    // (Nor `各级各部门`, `各单位`: every body the plan speaks to.)
    const agency = (u: string) =>
      at === 0 || (TITLED_DUTY_UNIT.test(u) && !/^各级|^各(?:有关|相关)?(?:部门|单位)$/u.test(u));
    if (opening && names.length > 0 && names.every((u) => fit(u.unit) && agency(u.unit))) {
      // (`（一）水利部门` / `负责牵头组织…`: a heading of units alone, its duty below it.)
      const below = opening[0] === units ? text.slice(at + units.length).replace(/^\s+/u, '') : '';
      // (After a colon the duty's first verb gives the role: `（一）资源生态处：牵头前期筹划…`, `城乡建设服务中心：配合…`.)
      // (So does the duty after a full stop: `（二）政法综治处。配合相关部门…` cooperates.)
      const rest = text.slice(at + opening[0].length);
      const afterColon =
        opening[4] !== undefined ? rest.trimStart() : /^[。.](?:配合|协助)/u.test(rest) ? rest.slice(1) : '';
      const verb =
        (opening[2] ?? opening[3]) === '牵头' ||
        /^(?:负责)?牵头/u.test(below) ||
        // (`卫健部门负责牵头婴幼儿照护服务工作`.)
        (opening[3] === '负责' && text.startsWith('牵头', at + opening[0].length))
          ? '牵头'
          : dutyVerb(afterColon);
      // (The modal verb goes with the units: the duty reads `加强…`, not `要加强…`.)
      // (`1.` / `市教育局：` / `建立…`, `市财政局` / `：设立…`: the colon after the units goes with them.)
      const modal =
        opening[4] ?? /^(?:要|应当|应该|应|需|须)(?!负责|牵头)/u.exec(text.slice(at + units.length))?.[0] ?? '';
      found.push({
        start: at,
        end: at + units.length + modal.length,
        inner: `${listed}${verb}`,
        inline: true,
        opening: true,
      });
    }
  }
  // `2.机械联系组…，由农业农村处负责联系船只…` / `（一）疏散指挥部（政法综治处、各派出所）主要职责：…`: a work
  // group of the plan's duties, the units it is given to named after 由 or in a bracket after its name.
  if (item.dutyOpening && found.length === 0) {
    const group = workGroupUnits(text);
    if (group) found.push({ start: 0, end: group.nameEnd, inner: group.units, inline: true, opening: true });
    else if (item.headingOffice !== undefined) {
      // (Its first words give its role, as after a colon: `6.配合测绘单位…` cooperates, `1.牵头…` leads.)
      const role = colonRole(text);
      const verb = role === 'lead' ? '牵头' : role === 'cooperate' ? '配合' : '';
      found.push({ start: 0, end: 0, inner: item.headingOffice + verb, inline: true, opening: true });
    } else {
      // (`（一）上报需求。专项资金项目按…原则，于…前由区农业农村局行文上报…` / `（三）组织申报拨付。每年9月底前，区农业
      // 农村局组织…`: an agency of a place taking on the step after its title and a clause of when or how.)
      const step = stepAgency(text);
      if (step) found.push({ start: 0, end: 0, inner: step, inline: true, opening: true });
    }
  }
  // (`（二）交通与建设处牵头负责，相关处室配合：摸清…`: units and their roles before a colon open the item's duty, as
  // `市水利局：…` does; the duty is the text after the colon.)
  const first = found[0];
  if (
    first !== undefined &&
    !first.inline &&
    found.length === 1 &&
    text.slice(0, first.start).trim() === '' &&
    /^[：:]\s*[\u4e00-\u9fff“]/u.test(text.slice(first.end)) &&
    labelOf(first.inner.trim()) === undefined
  )
    found[0] = { ...first, end: first.end + 1, inline: true, opening: true };
  item.clauseCache = { text, clauses: found };
  // Units and a time limit glued after the last full stop count as the item's clause.
  if (found.length === 0 && item.style !== 'root' && gluedCells(text, 0)) return 1;
  return found.length;
}

interface BuildContext {
  year: number;
  issued: string | null;
  rule: LeadRule;
  known: Set<string>;
  patterns: readonly DeadlinePattern[];
  sections: Section[];
  tasks: Task[];
  diag: (severity: Diagnostic['severity'], code: string, zh: string, en: string, span?: Span) => void;
  taskStyle: string | undefined;
  /** Units a note named for every task after it (`以下…均需X落实，不再单独列出`). */
  standing?: ClauseReading;
  /** The line an attachment starts at (`附件` alone on its line): a note in the body holds up to it. */
  annexAt?: number;
  /** Units the notice names for every task (see unitsOfEveryTask), which hold in an attachment too. */
  everyTask?: ClauseReading;
  /** Where in the input the plan's lead rule is stated: it holds for the tasks from there on. */
  ruleFrom: number;
  /** The lead a section heading names for the tasks under it that name none. */
  headingUnits?: ClauseReading;
  /** A step's time limit in its heading's bracket (`（三）摸清包保干部范围（10月底前）`), for the tasks below. */
  headingDeadline?: string;
  /** A heading naming the units whose duties are its sub-items (`（一）X承担…职责`). */
  dutyHeading?: Item;
  /** Ids of the tasks read from table rows. */
  tableTasks: Set<string>;
  /** Ids of the tasks whose row had all its units before a requirement cell: whole even if cut after. */
  wholeRows: Set<string>;
}

// A heading that is an office's name alone: `质量技术监督管理处`, `消费者权益保障处`, `执法支队`.
const OFFICE_HEADING = /^[\u4e00-\u9fff]{2,18}(?:处|科|室|股|分局|支队|大队)$/u;

// Whether any item below has a clause, or the style given: computed once per item and kept on it,
// since every item asks about its own subtree and its parent's (a plan may have 100,000 items).
function hasClauseBelow(item: Item): boolean {
  if (item.clauseBelow === undefined)
    item.clauseBelow = item.children.some((c) => c.hasClause === true || hasClauseBelow(c));
  return item.clauseBelow;
}

function stylesBelow(item: Item): Set<string> {
  if (item.stylesBelow === undefined) {
    const styles = new Set<string>();
    for (const child of item.children) {
      styles.add(child.style);
      for (const s of stylesBelow(child)) styles.add(s);
    }
    item.stylesBelow = styles;
  }
  return item.stylesBelow;
}

function hasStyleBelow(item: Item, style: string | undefined): boolean {
  return style !== undefined && stylesBelow(item).has(style);
}

function walk(item: Item, parent: Section | null, ctx: BuildContext): void {
  if (ctx.annexAt !== undefined && item.line !== undefined && item.line.index >= ctx.annexAt) {
    ctx.standing = ctx.everyTask;
    ctx.annexAt = undefined;
  }
  const isTaskLevel =
    !hasRows(item) &&
    // (A heading naming the lead of the items under it is their section: `（一）…（责任单位：X）` / `1.…`.)
    item.headingLead === undefined &&
    ((item.style === ctx.taskStyle && !hasClauseBelowOnly(item)) ||
      (item.hasClause === true && !hasClauseBelow(item) && !hasStyleBelow(item, ctx.taskStyle)) ||
      // A unit line shared by its sub-items closes the item even where they sit at the task level.
      (item.tail !== undefined && !hasClauseBelow(item)) ||
      // The numbered duties under a heading naming their units (`（一）X承担…职责` / `1.…` / `2.…`), or
      // their lead (`（一）…（责任单位：X）` / `1.…`).
      (ctx.dutyHeading !== undefined && item.parent === ctx.dutyHeading && !item.hasClause && !hasClauseBelow(item)) ||
      (item.parent?.headingLead !== undefined && item.children.length === 0) ||
      sharedClauseAtEnd(item, ctx.known));
  if (isTaskLevel) {
    // An item with no clause whose siblings have none either is not a task (保障措施 and the like).
    const anyClause =
      item.hasClause ||
      hasClauseBelow(item) ||
      (item.parent !== undefined && hasClauseBelow(item.parent)) ||
      ctx.headingUnits !== undefined;
    if (anyClause) {
      // `（一）省监察厅牵头的工作` / `加强行政监察工作…`: a heading naming the lead over one paragraph (or
      // over items sharing a unit line), which is its task.
      const heading =
        item.line && (item.content.length > 0 || item.children.length > 0) ? item.line.text.slice(item.rest) : '';
      const outer = ctx.headingUnits;
      ctx.headingUnits = (heading.length <= 42 ? leadOfHeading(heading) : undefined) ?? outer;
      emitTasks(item, parent, ctx, false);
      ctx.headingUnits = outer;
      return;
    }
  }
  const section = makeSection(item, parent, ctx);
  if (item.content.length > 0 && item.hasClause) emitTasks(item, section, ctx, true);
  // `一、县示范区管委会牵头工作（8项）`: the heading names the lead of every task below it.
  const outer = ctx.headingUnits;
  const outerDuty = ctx.dutyHeading;
  const outerDeadline = ctx.headingDeadline;
  ctx.headingDeadline = titleDeadline(section.title) ?? outerDeadline;
  const lead = leadOfHeading(section.title);
  if (item.headingLead) ctx.headingUnits = item.headingLead;
  else if (lead) ctx.headingUnits = lead;
  else {
    // `一、市财政局（3项）`: a plan divided by unit; the tasks below are that unit's.
    const units = section.title.replace(UNIT_HEADING_COUNT, '');
    // `（一）局政法综治处、辖区各司法所承担…具体组织实施职责`: the heading gives those units their duties below.
    const duty = DUTY_HEADING.exec(section.title);
    // (Or an office of the body alone, `（一）质量技术监督管理处` over `1.…` / `2.…`.)
    // (Not `2.各相关部门职责`, a heading of duties: the units before `职责` are read below.)
    if (units.length <= 40 && !/职责$/u.test(units) && (looksLikeAgencyList(units) || OFFICE_HEADING.test(units)))
      ctx.headingUnits = unitsReading(units, 'responsible');
    else if (duty && item.children.length > 0) {
      // (`专班职责` names a body, not agencies: a bare `X职责` needs agencies, `X承担…职责` units.)
      // (`片区管理局道路交通安全工作职责`: the agency before the field its duties are in.)
      const named = duty[1] as string;
      let agency: string | undefined;
      if (duty[2]) agency = looksLikeUnitList(named) ? named : undefined;
      else if (looksLikeAgencyList(named)) agency = named;
      else if (duty[0].includes('职责')) agency = agencyBeforeField(named);
      if (agency !== undefined) {
        ctx.headingUnits = unitsReading(agency, 'responsible');
        ctx.dutyHeading = item;
      }
    }
  }
  for (const row of item.rows) emitRow(row, section, ctx);
  for (const child of item.children) walk(child, section, ctx);
  ctx.headingUnits = outer;
  ctx.dutyHeading = outerDuty;
  ctx.headingDeadline = outerDeadline;
}

// `（一）合理配置医疗资源，打好“强基层”基础` / `1.科学编制…。（1）…（2）…` / `2.加快…` / `5.大力扶持社区资本办医。
// …。（责任单位：区社会事业局、医改办…）`: a short heading over sub-items none of which names a unit but
// the last, closed by one clause at its very end. The clause is the heading's: the item is one task, its
// sub-items the task's measures.
function sharedClauseAtEnd(item: Item, known: ReadonlySet<string>): boolean {
  const end = clauseAtEnd(item, known);
  if (end === undefined) return false;
  if (end === 'bracket') return true;
  // (A bare label glued after the last sub-item, `…3.强化纪规警示…。责任部门：A、B`, may name the units of
  // each sub-item since the last label, as a list of duties does, where the headings beside it give labels
  // to sub-items before their last, `4.…责任部门：X5.…责任部门：Y6.…`. Only where none does, `（一）…1．行动
  // 目标。…2．主要任务…牵头单位：…`, does it close the heading.)
  // (Asked once per parent: every heading beside it asks the same.)
  const parent = item.parent;
  if (!parent) return noLabelBeforeLast(item);
  let answer = SIBLINGS_UNLABELLED.get(parent);
  if (answer === undefined) {
    answer = parent.children.every(noLabelBeforeLast);
    SIBLINGS_UNLABELLED.set(parent, answer);
  }
  return answer;
}

const SIBLINGS_UNLABELLED = new WeakMap<Item, boolean>();

// Whether neither an item nor anything below it names a unit.
function namesNoUnit(item: Item): boolean {
  return item.hasClause !== true && !hasClauseBelow(item);
}

// Whether none of an item's sub-items but its last names a unit.
function noLabelBeforeLast(item: Item): boolean {
  return item.children.slice(0, -1).every(namesNoUnit);
}

// Whether an item is a short heading over sub-items none of which names a unit but the last, whose one
// clause ends its text: how the clause is set off (a bracket or a bare label), or undefined.
function clauseAtEnd(item: Item, known: ReadonlySet<string>): 'bracket' | 'label' | undefined {
  if (!item.line || item.title !== undefined || item.hasClause === true || item.children.length < 2) return undefined;
  // (The last sub-item may have sub-items of its own, `2.主要措施` / `（1）…（3）…牵头部门：…`: the clause ends the
  // last of them, and nothing above it names a unit.)
  // (Or its sub-items' shared line, lifted to it: `2.主要措施` / `（1）…（3）…` / `牵头部门：…`.)
  let last = item.children[item.children.length - 1];
  let parent: Item = item;
  while (last && last.children.length > 0 && last.tail === undefined) {
    if (last.hasClause === true || !noLabelBeforeLast(parent)) return undefined;
    parent = last;
    last = last.children[last.children.length - 1];
  }
  if (last?.hasClause !== true || !noLabelBeforeLast(parent)) return undefined;
  if (last.tail !== undefined && !last.children.every(namesNoUnit)) return undefined;
  // (The last sub-item's one clause ends its text: `（市财政局负责）` closing a sentence mid-item is its own.)
  const lines = [last.line, ...(last.tail === undefined ? last.content : []), ...(last.tail ?? [])].filter(
    (l): l is TextLine => l !== undefined,
  );
  const text = lines.map((l, k) => (k === 0 && l === last.line ? l.text.slice(last.rest) : l.text)).join('\n');
  const found = clausesOf(text, known);
  const clause = found[0];
  if (found.length !== 1 || clause === undefined || clause.start === 0) return undefined;
  if (!/^[。；，.\s）)〕】]*$/u.test(text.slice(clause.end))) return undefined;
  return /^[（(〔【]/u.test(text.slice(clause.start, clause.start + 1)) ? 'bracket' : 'label';
}

// A clause holding a time limit only (`2020年6月至12月`, `2021年`, `10月底前`).
const DEADLINE_ONLY = /^[\d年月日底前中上下旬至到—\-~～－（）()以内及之]+$/u;
// A unit opening the paragraph under a duty's title: an agency of a place or an office.
const TITLED_DUTY_UNIT =
  /^(?:各|市|县|区|省|州|镇|乡|街道)|(?:局|委|办|厅|处|科|室|股|中心|部门|政府|管委会|队|所|站)$/u;
// A duty's title on its own line (`全面落实全员安全生产责任` / `。`) or closed by its full stop, its text
// after it.
// (Or a short title closed by a colon: `1.现场准备：资源生态处负责制作…`.)
// (On a page flattened onto one line, a blank may end the title: `（一）完善辖区主干道交通指示标志 区交通与建设局要…`.)
const TITLE_LINE =
  /^[^，。；：:\n]{2,30}?(?:[。.]\n?[。.]?|\n[。.]?)(?:[一二三四五六七八九十]是)?|^[^，。；：:\n]{2,10}[：:](?=[^\n])|^[^，。；：:\n\s]{2,30}[ \u3000]+(?=[^\s])/u;
// A duty opening with its units: `党群工作处要…`, `辖区各派出所在春运期间要…`, `社会事业处要牵头…`,
// `交通与建设处依照职责，负责…`, `资源生态处具体负责…`, `交通与建设处一要…。二要…`; a title naming the unit
// whose duty follows it, `（一）项目工作小组。负责项目的协调…`.
const DUTY_OPENING =
  /^((?:[^，。；：:\n（）()“”]|（[^，。；（）()\n]{1,12}）|（以下(?:简)?称[^，。；（）()\n]{1,16}）){2,60}?)(?:在[^，。；\n]{1,12}?)?(?:(?:依照|按照|根据|依据)(?:各自)?职责[，,]|具体|主要|一是)?(?:(?:一?要(?!求)|应当|应该|应(?![对用急变届聘])|需|须)(牵头)?|(牵头|负责(?!人[：:])|承担)|(?<=[局委办处科室组队所站心]|[局委办处科室组队所站心]（[^，。；（）()\n]{1,10}[局委办处科室组队所站心]）)(?=及时|定期|加强|强化|根据|依据|依照|做好|组织|督促|指导|开展|落实|按照|全面|认真|积极|切实|聚焦|围绕|结合|深入|依法|严格|将|确保|独立|通报|提供|监督|审核|预算)|(\n?[：:])(?=\n|[^\s：:。])|(?=\n)|(?=[。.](?:主要|具体)?(?:负责|配合|协助)))/u;
// A heading dividing duties among units: `（二）职责分工`, `明确责任分工`.
// (Also `二、明确职责，落实好省上各项政策` over `（一）市财政局：` / `负责…`.)
const DUTY_DIVISION = new RegExp(`^[^。，；]{0,6}(?:${DUTY_HEADING_WORDS}|明确职责|明确分工)`, 'u');
const REQUIREMENTS_SECTION =
  /^[^。，；]{0,6}(?:工作要求|保障措施|组织保障|组织领导|组织实施|工作保障|有关要求|其他要求|注意事项|纪律要求|工作纪律)/u;
// A unit a duty opens with: an agency, an office (`党群工作处`, `片区春运办公室`), a mass organisation
// (`市总工会`, `市妇联`) or a collective (`各涉渡村`), maybe with its other name (`市扶贫办（市农业局）`).
const DUTY_UNIT =
  /^各|(?:局|委员会|委|办公室|办|厅|政府|中心|部|院|站|所|队|公司|集团|管委会|处|科|室|股|组|庭|党委|专班|村|社区|镇|乡|街道|开发区|园区|新区|部门|单位|企业|学校|医院|工会|妇联|残联|侨联|科协|工商联|文联|红十字会|(?:工会|共青团|妇联)组织|协会|海关|银行|支行|分行|(?:工务|车务|机务|电务|供电|车辆)段)(?:（[^（）、，,]{2,12}）)?$/u;

// Kinds of department sharing the last one's word: `自然资源、林业部门` (自然资源部门 and 林业部门).
const SHARED_DEPARTMENT = /^[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){0,3}、[\u4e00-\u9fff]{2,6}部门$/u;

// Whether an item or any item below it holds table rows (found when the outline's clauses are counted).
function hasRows(item: Item): boolean {
  return item.rowsBelow ?? (item.rows.length > 0 || item.children.some(hasRows));
}

// Marks the numbered duties of a plan naming no units otherwise (but those of its requirements): the
// units they open with are theirs. Returns the items marked (in `marked`).
function markDutyOpenings(item: Item, marked: Item[]): Item[] {
  const heading = headingOf(item);
  // (A plan's requirements, `五、工作要求` / `（一）各单位要高度重视…`, address every unit: no duties of one.
  // But a division of duties among them, `三、组织保障` / `（二）职责分工` / `1.交通与建设处负责…`, is.)
  if (heading !== '' && REQUIREMENTS_SECTION.test(heading)) {
    for (const child of item.children) {
      if (child.children.length > 0 && DUTY_DIVISION.test(headingOf(child))) markDutyOpenings(child, marked);
    }
    // (So is a section each of whose items gives one named office its duty: `五、保障措施` / `（一）党群工作处负责
    // 协调…` / `（二）区公安局驻片区工作组负责做好治安管理工作…`.)
    if (item.children.length >= 2 && item.children.every((c) => c.children.length === 0 && namedDuty(ownText(c)))) {
      for (const child of item.children) {
        child.dutyOpening = true;
        marked.push(child);
      }
    }
    return marked;
  }
  // (A duty with numbered duties under it, `（一）X承担…职责` / `1.…`, is their heading.)
  // (`市卫生局` alone on its line, then `一、…` / `二、…`: a unit's name over a list of its duties numbered from
  // the first, at the end of the item before them; the name is the list's, not that item's.)
  let listOffice: string | undefined;
  for (const [k, child] of item.children.entries()) {
    if (FIRST_NUMBER.test(child.number)) {
      listOffice = undefined;
      // (The name ends the text of the heading over the list, or of the item before it, a leaf.)
      const above = k === 0 ? item : (item.children[k - 1] as Item);
      const last = above.content[above.content.length - 1]?.text.trim() ?? '';
      const ends = k === 0 || above.children.length === 0;
      if (ends && last.length <= 30 && agencyHeading(last) && child.children.length === 0) {
        listOffice = last;
        above.content = above.content.slice(0, -1);
      }
    }
    if (listOffice !== undefined && child.children.length === 0) {
      child.dutyOpening = true;
      child.headingOffice = listOffice;
      marked.push(child);
      continue;
    }
    // (A duty whose sub-items open with no units, `（一）各监管部门要…` over `1.检查中发现…`, is one itself.)
    const before = marked.length;
    // (`（一）质量技术监督管理处` / `1.开展…` / `2.深入开展…`: an office's name alone over its numbered duties.)
    // (Also a heading of one unit's duties: `（二）区资源生态局职责：` / `（一）区交建局是…主管部门，履行下列职责：`.)
    const heading = child.children.length > 0 ? headingOf(child).trim() : '';
    // (`（一）市文化广电新闻出版局` / `牵头负责…` / `1.…`: an agency's name alone over its numbered duties, too, maybe with
    // a colon, `（一）政法综治处：`, or a count, `一、市财政局（2项）`.)
    // (Or the words 职责 after it: `（四）乡镇执法大队职责` / `1.…`.)
    const named = heading.replace(UNIT_HEADING_COUNT, '').replace(/(?:的)?(?:主要|工作)?职责$/u, '');
    const office = OFFICE_HEADING.test(named) || agencyHeading(named) ? named : dutiesOf(heading);
    if (office !== '' && looksLikeUnitList(office)) {
      for (const duty of child.children) {
        duty.dutyOpening = true;
        duty.headingOffice = office;
        marked.push(duty);
      }
      continue;
    }
    // (A work group's duties numbered under its name are its own: `（一）疏散指挥部（…）主要职责：1.…2.…`.)
    if (child.children.length > 0 && workGroupUnits(ownText(child)) !== undefined) {
      child.dutyOpening = true;
      marked.push(child);
      continue;
    }
    if (child.children.length > 0) markDutyOpenings(child, marked);
    // (Nor a leaf of the plan's requirements, `5.保障措施` / `各处室要加强协作。`: it addresses every unit.)
    if (
      (child.children.length === 0 || marked.length === before) &&
      opensWithWords(child) &&
      !(child.children.length === 0 && REQUIREMENTS_SECTION.test(headingOf(child)))
    ) {
      child.dutyOpening = true;
      marked.push(child);
    }
  }
  return marked;
}

// A heading that is an agency's name alone, or a list of them: `市文化广电新闻出版局`, `各县（区）人民政府` (not
// `各相关部门职责`, `政务公开工作主管部门`: a heading of duties, a kind of body; nor `医院、养老院、儿童福利院`, kinds of
// place a checklist goes through).
function agencyHeading(heading: string): boolean {
  return (
    !/职责|部门$|单位$/u.test(heading) &&
    looksLikeUnitList(heading) &&
    heading.split('、').every((name) => AGENCY_NAME.test(name) && !COUNTED.test(name))
  );
}
const AGENCY_NAME =
  /^(?:省|市|县|区|镇|乡|各)|(?:局|委员会|委|办公室|办|厅|政府|管委会|村委会|居委会|公司|集团|中心|所|队)$/u;

// Whether a text opens with a named office (not `各单位`, `各村`: every one of a kind) taking on a duty:
// `党群工作处负责协调…`, `区农业农村局牵头…`.
function namedDuty(text: string): boolean {
  const m = DUTY_OPENING.exec(text);
  if (!m || (m[2] ?? m[3]) === undefined || m[3] === '承担') return false;
  const names = dutyUnits(m[1] as string);
  return names?.every((u) => !u.startsWith('各')) === true;
}

// The units of a list a duty is given to (`党群工作处`, `政法综治处、党群工作处、各行政村`), each an office, an
// agency or a collective (DUTY_UNIT), none a count (`一场所`); undefined where the list reads otherwise.
function dutyUnits(listed: string): string[] | undefined {
  if (!looksLikeUnitList(listed)) return undefined;
  const names = splitCleanUnits(listed).units.map((u) => u.unit);
  return names.length > 0 && names.every((u) => !COUNTED.test(u) && DUTY_UNIT.test(u)) ? names : undefined;
}

// A work group's name opening an item (`机械联系组`, `疏散指挥部`, `队伍、物资保障组`), then the units it is
// given to: in a bracket right after the name and before its duties (`（党政办公室、交通建设处）主要责任：`),
// or after 由 in its first sentence (`…由交通与建设处负责组织…`, `由政法综治处根据实际情况准备…`).
const WORK_GROUP =
  /^([^，。；：:\n（）()“”]{2,14}?(?:小组|组|指挥部|专班))(?:[（(]([^（）()\n]{2,80})[）)](?=(?:的|主要)?(?:工作)?(?:职责|责任|任务))|[^。；\n]{0,40}?由((?:[^，。；：:\n（）()“”]|（[^，。；（）()\n]{1,8}）){2,40}?)(负责|牵头|根据|组织|统筹|具体))/u;

// The units of a work group opening a text (see WORK_GROUP), with the end of the group's name.
function workGroupUnits(text: string): { units: string; nameEnd: number } | undefined {
  const m = WORK_GROUP.exec(text);
  if (!m) return undefined;
  const listed = m[2] ?? (m[3] as string);
  if (dutyUnits(listed) === undefined) return undefined;
  return { units: `${listed}${m[4] === '牵头' ? '牵头' : ''}`, nameEnd: (m[1] as string).length };
}

// An agency of a place (`区农业农村局`, `市财政局`) doing a step in the first sentence after a short title,
// after a clause of when or how (`每年9月底前，`, `…于…前由`): its name, or undefined. (The title may run
// on into the step's dates: `2.审查考核2024年5月17日至5月31日，区社会事业局视报名情况…`.)
const STEP_AGENCY =
  /^(?:[^，。；：:\n]{2,12}[。.：:]\s*|[^，。；：:\n\d]{2,12}(?=(?:19|20)\d{2}年|\d{1,2}月))(?:[^。；\n]{0,60}?[，,])?[^。；，,\n]{0,30}?(?:由|，|,|^)?((?:省|市|县|区)[\u4e00-\u9fff]{1,12}?(?:局|委|办|中心|政府|管委会))(?:负责|牵头|组织|会同|统筹|行文|及时|要)/u;

function stepAgency(text: string): string | undefined {
  const m = STEP_AGENCY.exec(text);
  if (!m) return undefined;
  const name = m[1] as string;
  return looksLikeAgencyList(name) && !COUNTED.test(name) ? name : undefined;
}

// The unit whose duties a heading announces (`区资源生态局职责：`, `片区管理局职责：落实…，履行下列职责：`,
// `区交建局是…的主管部门，履行下列职责：`), or ''.
function dutiesOf(heading: string): string {
  const m = DUTIES_HEADING.exec(heading);
  if (!m) return '';
  const unit = m[1] as string;
  return looksLikeUnitList(unit) && DUTY_UNIT.test(unit) && !COUNTED.test(unit) ? unit : '';
}
const DUTIES_HEADING =
  /^([^，。；：:、\s]{2,20}?)(?:的?(?:主要)?职责[：:]|(?:是|作为)[^。；：:]{2,40}?[，,](?:履行|承担)(?:下列|以下|如下)职责[：:])/u;

// Whether an item's own text opens with words (on its line or the next): a number alone opens no duty.
function opensWithWords(item: Item): boolean {
  return /^[\u4e00-\u9fff“]/u.test(ownText(item));
}

// An item's own text on its line, or the line below where its line holds its number only.
function ownText(item: Item): string {
  const own = item.line ? item.line.text.slice(item.rest) : '';
  return own !== '' ? own : (item.content[0]?.text ?? '');
}

// A heading over numbered items that names their lead in a bracket: `一、扩大有效投资政策（由县发改局
// 牵头实施）`. The bracket is the items' clause, not the heading's.
const HEADING_BRACKET_LEAD = /[（(]由?([^（）()]{2,40}?)(牵头|负责)(?:实施|落实|负责)?[）)]$/u;

// Or a label closing the heading, maybe after its leader's: `（一）资金保障攻坚战分管领导：林培杰牵头单位：办公室`.
const HEADING_LABEL_LEAD =
  /(?:(?:分管|牵头|责任|联系)(?:局|区|市|县)?领导[：:][^：:，。；]{1,12}?)?(牵头单位|牵头部门|牵头处室|牵头科室|责任单位|责任部门|责任处室|责任科室)[：:]([^：:。；]{2,40})$/u;

// Or a labelled bracket closing the heading's title over numbered items (a paragraph may follow it on its
// line): `（一）中小学食堂…监管整治内容（责任单位：区市场监管局食品处、各辖区分局）…` / `1.强化现场核查。…`.
const HEADING_BRACKET_LABEL =
  /^[^（）()。；]{2,60}?([（(〔［[](牵头单位|牵头部门|牵头处室|牵头科室|责任单位|责任部门|责任处室|责任科室)[：:]([^（）()〔〕［］[\]：:]{2,80})[）)〕］\]])/u;

const CLOSING_ROLE_CLAUSE = /[（(][^（）()]{2,60}(?:配合|牵头|负责)[^（）()]{0,10}[）)][。.]?$/u;

function markHeadingLeads(item: Item): void {
  if (item.line && item.children.length > 0 && item.title === undefined) {
    const heading = item.line.text.slice(item.rest);
    const m = heading.length <= 80 ? HEADING_BRACKET_LEAD.exec(heading) : null;
    const label = m === null && heading.length <= 100 ? HEADING_LABEL_LEAD.exec(heading) : null;
    const bracket = m === null && label === null ? HEADING_BRACKET_LABEL.exec(heading) : null;
    const sub = item.children.every((c) => c.style !== item.style);
    const labelled = (found: { index: number; 1?: string; 2?: string }) => {
      item.title = heading.slice(0, found.index);
      item.headingLead = unitsReading(
        found[2] as string,
        (found[1] as string).startsWith('牵头') ? 'lead' : 'responsible',
      );
    };
    if (m && m.index >= 2 && looksLikeUnitList(m[1] as string) && sub) labelled({ index: m.index, 1: m[2], 2: m[1] });
    else if (
      label &&
      label.index >= 2 &&
      looksLikeUnitList(label[2] as string) &&
      sub &&
      // (Only over items that each close with a clause of their own, `（局各单位配合）`.)
      item.children.every((c) => CLOSING_ROLE_CLAUSE.test((c.content[c.content.length - 1] ?? c.line)?.text ?? ''))
    )
      labelled(label);
    else if (
      bracket &&
      looksLikeUnitList(bracket[3] as string) &&
      item.children.length >= 2 &&
      item.children.every((c) => c.style === 'num')
    )
      labelled({ index: bracket[0].length - (bracket[1] as string).length, 1: bracket[2], 2: bracket[3] });
  }
  for (const child of item.children) markHeadingLeads(child);
}

// `各区、县（市）政府、市政府各部门负责落实的工作任务` names the units responsible.
// What may follow the units of a heading that names them: a count of tasks, a colon.
// The agency before the field of the duties a heading names (`片区管理局道路交通安全工作职责` → `片区管理局`), or
// undefined.
function agencyBeforeField(named: string): string | undefined {
  const m = /^(.{2,20}?(?:局|委|办|厅|中心|政府|管委会))([\u4e00-\u9fff]{2,12})$/u.exec(named);
  return m && looksLikeAgencyList(m[1] as string) && !looksLikeUnit(m[2] as string) && !/[的其]/u.test(m[2] as string)
    ? m[1]
    : undefined;
}

const UNIT_HEADING_COUNT = /(?:[（(]共?\d{1,3}项[）)])?[：:]?$/u;
// `X、Y承担…职责`, `X的主要职责`, `市局特种设备科主要任务`, `省水行政主管部门责任`: a heading naming the units whose
// duties are listed below it.
const DUTY_HEADING =
  /^(.{2,40}?)(?:((?:要|应)?(?:承担|履行)[^。；，\s]{0,40})|的?(?:主要|工作)?)(?:职责|任务|责任)(?:[：:。]|\s|$)/u;
const LEAD_HEADING =
  /^(.{2,40}?)(牵头|负责落实|负责)(?:的)?(?:重点)?(?:工作任务|工作|任务|事项)(?:[（(]\d{1,3}项[）)])?$/u;

// The units a heading like `一、县示范区管委会牵头工作（8项）` names, in their role, or undefined.
function leadOfHeading(title: string): ClauseReading | undefined {
  const lead = LEAD_HEADING.exec(title);
  if (!lead || !looksLikeUnitList(lead[1] as string)) return undefined;
  return unitsReading(lead[1] as string, lead[2] === '牵头' ? 'lead' : 'responsible');
}

// A task-level item whose own text has no clause while its sub-items do is really a section.
// Only when its sub-items carry clauses of their own: one clause after the last of several
// sub-points closes the whole task (`（1）…（2）…` then `（市财政局牵头…）`).
function hasClauseBelowOnly(item: Item): boolean {
  if (item.hasClause === true || !hasClauseBelow(item)) return false;
  const withClause = item.children.filter((c) => c.hasClause === true || hasClauseBelow(c)).length;
  const last = item.children[item.children.length - 1];
  const onlyLast = withClause === 1 && item.children.length > 1 && last !== undefined && last.hasClause === true;
  return !onlyLast;
}

// An item's heading: its title where one was cut from its line, else its line after the number.
function headingOf(item: Item): string {
  return item.title ?? (item.line ? item.line.text.slice(item.rest) : '');
}

function makeSection(item: Item, parent: Section | null, ctx: BuildContext): Section {
  const title = taskText(headingOf(item)).replace(/[。.]$/u, '');
  const section: Section = { id: `s${ctx.sections.length + 1}`, number: item.number, title };
  if (parent) section.parentId = parent.id;
  ctx.sections.push(section);
  return section;
}

// The item's text with everything below it; sub-points keep their numbers (`（1）公开预算`).
function allParts(item: Item, nested = false): { line: TextLine; from: number }[] {
  const parts = ownParts(item);
  if (nested && parts[0] && item.line && parts[0].line === item.line) parts[0] = { line: item.line, from: 0 };
  for (const child of item.children) parts.push(...allParts(child, true));
  for (const line of item.tail ?? []) parts.push({ line, from: 0 });
  return parts;
}

// Whether a whole line is an assignment clause: `（责任单位：…）`, `牵头单位：…`.
function isClauseLine(line: TextLine, known: ReadonlySet<string>): boolean {
  const text = line.text;
  if (text.length > 600) return false;
  const found = clausesOf(text, known);
  const first = found[0];
  return first !== undefined && first.start === 0 && /^[。；，.\s]*$/u.test(text.slice(found[found.length - 1]?.end));
}

// Sub-items (（1）…（4）) with no clause of their own, followed by one clause on a line of its own:
// the clause closes their parent, which is then one task and the sub-items are its measures.
function liftSharedClauses(item: Item, known: ReadonlySet<string>): void {
  for (const child of item.children) liftSharedClauses(child, known);
  mergeSharedRuns(item, known);
  if (shareClosingLabels(item, known)) return;
  const last = item.children[item.children.length - 1];
  if (item.style === 'root' || item.children.length < 2 || !last || last.children.length > 0) return;
  const content = last.content;
  let from = content.length;
  while (from > 0 && isClauseLine(content[from - 1] as TextLine, known)) from--;
  // The last sub-item keeps text of its own, and the other sub-items have no clause anywhere.
  if (from === content.length || (from === 0 && last.line === undefined)) return;
  if (ownClauses(item, known) > 0) return;
  const bare = (c: Item): boolean => ownClauses(c, known) === 0 && c.children.every(bare);
  if (!item.children.slice(0, -1).every(bare)) return;
  const own = { ...last, content: content.slice(0, from) };
  if (ownClauses(own, known) > 0) return;
  item.tail = content.slice(from);
  last.content = content.slice(0, from);
}

// `（一）完善…体系` / `1.健全基层服务机构。…` / `2.配齐配强工作人员。…` / `3.…` / `责任单位：` / `各县…，市医保局…` /
// `（二）…` / `4.…`: the numbers run on from one heading to the next, so the numbered items are the plan's
// measures and the headings only group them. A unit label closing a run of them (on lines of its own
// after the last one's text) names the units of each item of the run since the last label.
function shareClosingLabels(item: Item, known: ReadonlySet<string>): boolean {
  const children = item.children;
  if (item.style === 'root' || children.length < 2 || !numbersRunOn(item)) return false;
  if (children.some((c) => c.children.length > 0 || c.line === undefined)) return false;
  let run: Item[] = [];
  let shared = false;
  for (const child of children) {
    const closing = closingLabelLines(child, known);
    if (closing === undefined) {
      run = namesNoUnitOwn(child, known) ? [...run, child] : [];
      continue;
    }
    for (const before of run) before.content.push(...closing);
    shared ||= run.length > 0;
    run = [];
  }
  return shared;
}

// Whether the sub-items of the headings at the item's level are numbered on from one heading to the
// next (`（一）` / `1.…3.` then `（二）` / `4.…`): some heading's first sub-item follows the last of the
// heading before it.
function numbersRunOn(item: Item): boolean {
  // (Measures `1.` under headings `（一）` or `一、`: a sub-item `（4）` whose number a copy broke off its line
  // may stand anywhere.)
  // (Or measures `（一）` under headings `一、`.)
  const parent = item.parent;
  const style = (item.children[0] as Item).style;
  const levels = style === 'num' ? ['pcn', 'cn'] : style === 'pcn' ? ['cn', 'part'] : [];
  if (!levels.includes(item.style) || !parent) return false;
  // (Asked once per parent and heading style: every heading beside it asks the same.)
  const asked = RUNS_ON.get(parent) ?? new Map<Item['style'], boolean>();
  RUNS_ON.set(parent, asked);
  const answer = asked.get(item.style) ?? headingsRunOn(parent, item.style);
  asked.set(item.style, answer);
  return answer;
}

// A sub-item's number as a value: `12`, `十二` (NaN for anything else).
function numberValue(number: string): number {
  if (/^\d{1,3}$/u.test(number)) return Number(number);
  return /^[一二三四五六七八九十]{1,3}$/u.test(number) ? chineseValue(number) : Number.NaN;
}

const RUNS_ON = new WeakMap<Item, Map<Item['style'], boolean>>();

function headingsRunOn(parent: Item, headingStyle: Item['style']): boolean {
  let lastNumber: number | undefined;
  for (const heading of parent.children) {
    if (heading.style !== headingStyle) continue;
    const opening = heading.children[0];
    const closing = heading.children[heading.children.length - 1];
    const style = opening?.style;
    if (!opening || !closing || (style !== 'num' && style !== 'pcn') || closing.style !== style) {
      lastNumber = undefined;
      continue;
    }
    const first = numberValue(opening.number);
    if (lastNumber !== undefined && first > 1 && first === lastNumber + 1) return true;
    lastNumber = numberValue(closing.number);
  }
  return false;
}

// The lines of a unit label closing an item (`责任单位：` / `各县…，市医保局…`) after text of its own, where
// its own text names no unit; undefined where the item is not so closed.
function closingLabelLines(item: Item, known: ReadonlySet<string>): TextLine[] | undefined {
  // (The plan's signature and date after the last label, `莆田市人民政府办公室` / `2017年1月6日`, are no part of it.)
  const content = item.content.slice(0, item.content.length - signatureLines(item.content));
  for (let from = content.length - 1; from >= 0 && from >= content.length - 3; from--) {
    const lines = content.slice(from);
    const text = lines.map((l) => l.text).join('\n');
    if (text.length > 600) return undefined;
    const found = clausesOf(text, known);
    const clause = found[0];
    if (clause === undefined || clause.start !== 0 || /^[（(〔【]/u.test(text)) continue;
    // (Labels one after another, `牵头处室：X责任单位：Y`, close it together.)
    const between = (k: number) => text.slice((found[k - 1] as ClauseSpan).end, (found[k] as ClauseSpan).start);
    if (found.some((c, k) => c.inline === true || (k > 0 && !/^[。；，.\s]*$/u.test(between(k))))) continue;
    if (!/^[。；，.\s]*$/u.test(text.slice((found[found.length - 1] as ClauseSpan).end))) continue;
    const own = { ...item, content: content.slice(0, from) };
    if (from === 0 && (item.line?.text.length ?? 0) <= item.rest) return undefined;
    // (`责任单位：` / `市医保局、税务局`: the units' line alone reads as a clause too; the label above it
    // is tried next.)
    if (namesNoUnitOwn(own, known)) return lines;
  }
  return undefined;
}

// How many of the last lines are a signature: a date alone on its line (`2017年1月6日`), maybe under the
// body that signs (`莆田市人民政府办公室`).
function signatureLines(content: readonly TextLine[]): number {
  const last = content[content.length - 1]?.text.trim() ?? '';
  if (!/^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/u.test(last)) return 0;
  const body = content[content.length - 2]?.text.trim() ?? '';
  return body.length <= 30 && looksLikeUnit(body) ? 2 : 1;
}

// Whether an item's own text names no unit: it has no clause, or only time limits
// (`…考核机制。（完成时限：2022年10月底前）`, `（持续推进）`).
function namesNoUnitOwn(item: Item, known: ReadonlySet<string>): boolean {
  if (ownClauses(item, known) === 0) return true;
  const cache = item.clauseCache;
  return cache?.clauses.every((c) => !c.opening && timeOnly(c.inner, known)) === true;
}

// Whether a clause gives a time limit only: `2022年10月底前`, `完成时限：2022年10月底前`, `持续推进`.
function timeOnly(clause: string, known: ReadonlySet<string>): boolean {
  const inner = clause.trim();
  if (DEADLINE_ONLY.test(inner)) return true;
  const time = labelOf(inner) === 'deadline' ? !/[；;，,]/u.test(inner) : looksLikeDeadline(inner);
  return time && readClause(inner, 'none', known).assignments.length === 0;
}

// Where the numbering starts again at 1 under one heading (or at the top), each run of items is a
// block: `1.…；2.…。` then `整改责任单位：X 整改时限：Y` on a line of its own names the units of the
// whole block, as the lift above does for sub-items under a heading. The run becomes one item.
// (A label that puts no problem right, `责任单位：X`, names each item's units instead: the items stay.)
const FIRST_NUMBER = /^(?:0?1|一|①)$/u;

function mergeSharedRuns(item: Item, known: ReadonlySet<string>): void {
  const children = item.children;
  const starts: number[] = [];
  for (let k = 0; k < children.length; k++) {
    const child = children[k] as Item;
    if (k === 0 || child.style !== (children[k - 1] as Item).style || FIRST_NUMBER.test(child.number)) starts.push(k);
  }
  // One run under a heading is the lift's; the top of the plan has no heading to lift to.
  if (starts.length < 2 && item.style !== 'root') return;
  const merged: Item[] = [];
  starts.forEach((from, r) => {
    const to = starts[r + 1] ?? children.length;
    const run = children.slice(from, to);
    const closing = run.length >= 2 && FIRST_NUMBER.test((run[0] as Item).number) ? sharedLastClause(run, known) : [];
    if (closing.length > 0) {
      // (`1.…` / `2.…` / `责任单位：X` / `1.…` / `2.…` / `责任单位：Y`: a label that puts no problem right names
      // each item's units; `整改责任单位：X 整改时限：Y` closes a block of problems, one task.)
      if (!/整改/u.test(closing.map((l) => l.text).join(''))) {
        for (const before of run.slice(0, -1)) before.content.push(...closing);
        merged.push(...run);
        return;
      }
      const first = run[0] as Item;
      for (const next of run.slice(1)) {
        if (next.line) first.content.push(next.line);
        first.content.push(...next.content);
      }
      merged.push(first);
    } else merged.push(...run);
  });
  if (merged.length !== children.length) item.children = merged;
}

// The clause lines (one or more in a row) the run's last item holds after its own text, where no item
// before it (and no line of its own text) has a clause and none has sub-items; empty where the run
// shares no such clause.
function sharedLastClause(run: readonly Item[], known: ReadonlySet<string>): TextLine[] {
  if (run.some((c) => c.children.length > 0 || c.line === undefined)) return [];
  const content = (run[run.length - 1] as Item).content;
  const at = content.findIndex((line) => isClauseLine(line, known));
  if (at < 0) return [];
  const own = { ...(run[run.length - 1] as Item), content: content.slice(0, at) };
  if (ownClauses(own, known) > 0 || !run.slice(0, -1).every((c) => ownClauses(c, known) === 0)) return [];
  let end = at + 1;
  while (end < content.length && isClauseLine(content[end] as TextLine, known)) end++;
  return content.slice(at, end);
}

interface Draft {
  start: number;
  end: number;
  text: string;
  readings: ClauseReading[];
  clauseSpans: Span[];
  /** The clauses' own words, where notes about later tasks may stand. */
  clauseText: string;
}

function emitTasks(item: Item, section: Section | null, ctx: BuildContext, contentOnly: boolean): void {
  // `（二）摸清包保干部范围（11月20日前）` / `1.…（责任单位：A）` / `2.…（责任单位：B）` read as one item split at
  // its clauses: the title's time limit is each of its tasks'.
  const outer = ctx.headingDeadline;
  const own = !contentOnly && item.line ? titleDeadline(item.line.text.slice(item.rest)) : undefined;
  if (own) ctx.headingDeadline = own;
  emitItemTasks(item, section, ctx, contentOnly);
  ctx.headingDeadline = outer;
}

function emitItemTasks(item: Item, section: Section | null, ctx: BuildContext, contentOnly: boolean): void {
  const parts = contentOnly ? item.content.map((line) => ({ line, from: 0 })) : allParts(item);
  const joined = join(parts);
  const text = joined.text;
  const cached = item.clauseCache;
  let found = cached && cached.text === text ? cached.clauses : clausesOf(text, ctx.known);
  // (A duty's units opening its own text are also those of its sub-items' text after it: `（一）疏散指挥部
  // （政法综治处、各派出所）主要职责：` / `1.…` / `2.…`.)
  if (found.length === 0 && item.dutyOpening && cached && text.startsWith(cached.text))
    found = cached.clauses.filter((c) => c.opening === true);
  // Units named inside a sentence (`整改要求：由县环卫站负责清除…`) count only where the item has no
  // clause of its own; then they are the whole item's.
  const inline = found.filter((c) => c.inline === true);
  const onlyInline = inline.length > 0 && inline.length === found.length;
  const clauses = mergeAdjacent(inline.length > 0 ? found.filter((c) => c.inline !== true) : found, text);
  let sectionForTasks = section;
  let startAt = 0;
  // A short heading line without a clause, over several clauses: the item is a section.
  // (Not over one time limit and the item's units: `1.健全基层服务机构。` / `加强…。（持续推进）` / `责任单位：…`.)
  if (
    !contentOnly &&
    item.line &&
    clauses.length >= 2 &&
    !(clauses.length === 2 && timeOnly((clauses[0] as (typeof clauses)[number]).inner, ctx.known))
  ) {
    const headEnd = text.indexOf('\n');
    const heading = headEnd < 0 ? text : text.slice(0, headEnd);
    const first = clauses[0] as { start: number };
    if (
      headEnd > 0 &&
      first.start > headEnd &&
      // (A clause right under the line closes the line itself: it is no heading.)
      taskText(text.slice(headEnd + 1, first.start)) !== '' &&
      heading.length <= 40 &&
      !/[。；]/u.test(heading.replace(/[。]$/u, '')) &&
      // (Running text right under the heading is the first task's own: `（一）优化产业布局。` / `完成…编制
      // 工作，明确…`; a short line there is the first of the item's own headings: `提升铁路货运比例。`.)
      firstLineAfter(text, headEnd).length <= 40 &&
      // (A sentence a PDF copy broke before a number or a Latin word, `…规模引入` / `10G`, goes on.)
      !(/，/u.test(heading) && /^[A-Za-z0-9]/u.test(text.slice(headEnd + 1)))
    ) {
      sectionForTasks = makeSection(item, section, ctx);
      startAt = headEnd + 1;
    }
  }
  // Unnumbered text with no clause at all (a preamble, a remark) holds no task.
  if (contentOnly && clauses.length === 0 && !onlyInline) return;
  const drafts: Draft[] = [];
  let prev = startAt;
  // The last clause that may name units: a time-only clause before it ends no task (see below).
  let lastUnitClause = -1;
  for (let c = clauses.length - 1; c >= 0 && lastUnitClause < 0; c--)
    if (UNIT_CLAUSE_HINT.test((clauses[c] as (typeof clauses)[number]).inner)) lastUnitClause = c;
  // Time limits passed over so (below): they are the next task's, and no part of its text.
  let passed: { start: number; end: number; reading: ClauseReading }[] = [];
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c] as (typeof clauses)[number];
    if (clause.start < startAt) continue;
    const reading = readClause(clause.inner, ruleAt(ctx, parts[0]?.line), ctx.known);
    // `（一）基础筹备阶段（2025年8月至9月）` over `责任主体：…` lines: a period closing the title line
    // is no task's end when the item's units come after it.
    if (
      reading.assignments.length === 0 &&
      (text[clause.end] === '\n' || clause.end === text.length) &&
      c < lastUnitClause
    ) {
      // (Only a time limit closing a sentence, `…建设。（持续推进）`, is the task's: not a period inside one,
      // `《…规划（2016—2020年）》`, nor when a step starts, `（11月开始）`.)
      if (
        /[。；;]\s*$/u.test(text.slice(Math.max(prev, clause.start - 4), clause.start)) &&
        !/开始|启动|起$/u.test(clause.inner)
      )
        passed.push({ start: clause.start, end: clause.end, reading });
      continue;
    }
    let bodyText = '';
    let from = prev;
    for (const time of passed) {
      bodyText += text.slice(from, time.start);
      from = time.end;
    }
    const body = taskText(bodyText + text.slice(from, clause.start));
    const readings = [...passed.map((time) => time.reading), reading];
    passed = [];
    for (const a of reading.assignments) ctx.known.add(a.unit);
    const span = spanOf(joined, clause.start, clause.end);
    const last = drafts[drafts.length - 1];
    // (`责任单位：市人社局，此项及以下均需各县（区）人民政府落实，不再列出。各责任单位按职责分工落实`: a note on the
    // later tasks between two clauses is the task's before, as after its last clause; the clause after it too.)
    const note =
      last !== undefined &&
      body.length <= 120 &&
      /^[，,；;]?(?:此项及|本项及)?以下/u.test(body) &&
      STANDING_NEEDS.test(body);
    if ((body.replace(/[。；，、|\s]/gu, '') === '' || note) && last) {
      last.readings.push(...readings);
      if (note) last.clauseText += `。${body}`;
      last.clauseText += clause.inner;
      last.end = clause.end;
      if (span) last.clauseSpans.push(span);
    } else {
      drafts.push({
        start: prev,
        end: clause.end,
        text: body,
        readings,
        clauseSpans: span ? [span] : [],
        clauseText: clause.inner,
      });
    }
    prev = clause.end;
  }
  // (`由政法综治处牵头，举办…活动，各处室派员参与。`: the lead the item opens with after 由, named inside its sentence,
  // is its first task's too.)
  const firstDraft = drafts[0];
  if (firstDraft)
    for (const c of inline)
      if (c.end <= firstDraft.end && /^\s*由$/u.test(text.slice(startAt, c.start)))
        firstDraft.readings.unshift(readClause(c.inner, ruleAt(ctx, parts[0]?.line), ctx.known));
  const trailing = text.slice(prev);
  if (drafts.length === 0) {
    // Table cells copied with nothing between them: `…动态更新。办公室、政策法规科常态化开展` — units
    // and a time limit glued after the item's last full stop.
    const glued = !contentOnly && !onlyInline ? gluedCells(text, startAt) : undefined;
    const bodyEnd = glued ? glued.at : text.length;
    // (`市财政局：公开…`: the units the item opens with are no part of its text, and a time limit at
    // the end of its text is its deadline.)
    const opening = onlyInline ? inline.find((c) => c.opening === true) : undefined;
    // (`全面落实…责任` / `。各县区文旅部门要督促…`: the title above the units stays the task's.)
    // (A title alone on its line ends with a full stop in the task's text: `扎实做好…检查。督促指导…`.)
    const title = opening && opening.start > startAt ? text.slice(startAt, opening.start).trimEnd() : '';
    // (A duty `市局负责制定…`, `党政办公室要落实好…` keeps its unit and verb, as printed; units before a
    // colon, `市水利局：…`, a full stop or the end of their line, `（一）水利部门` / `负责牵头…`, do not; a
    // heading of their duties, `各县（区）人民政府职责` / `…`, does.)
    const keep = (c: { start: number; end: number }) =>
      !/职责$/u.test(text.slice(c.start, c.end)) &&
      (/[：:。]\s*$/u.test(text.slice(c.start, c.end)) || /^\s*(?:\n|[。.])/u.test(text.slice(c.end, c.end + 3)))
        ? c.end
        : c.start;
    const body = taskText(
      opening && opening.start > startAt
        ? `${title}${/[。；，：.]$/u.test(title) ? '' : '。'}${text.slice(keep(opening), bodyEnd)}`
        : text.slice(Math.max(startAt, opening ? keep(opening) : 0), bodyEnd),
    );
    // Units named only inside the item's sentences are the whole item's.
    const readings = onlyInline
      ? inline.map((c) => {
          const reading = readClause(c.inner, ruleAt(ctx, parts[0]?.line), ctx.known);
          return c.opening ? { ...reading, deadline: reading.deadline ?? deadlineInText(body) } : reading;
        })
      : glued
        ? [glued.reading]
        : [];
    if (onlyInline) for (const reading of readings) for (const a of reading.assignments) ctx.known.add(a.unit);
    if (body !== '')
      drafts.push({
        start: startAt,
        end: text.length,
        text: body,
        readings,
        clauseSpans: onlyInline ? inline.flatMap((c) => spanOf(joined, c.start, c.end) ?? []) : [],
        clauseText: onlyInline ? inline.map((c) => c.inner).join('；') : '',
      });
  } else if (
    /^[，,]\s*不再(?:单独|逐项|逐一|一一|重复|另行)?列出[。；]?\s*$/u.test(trailing) &&
    (clauses[clauses.length - 1] as (typeof clauses)[number]).inner.includes('以下')
  ) {
    // `责任单位：A，B，以下均需X落实，不再列出`: the clause ended at `落实`; read again with the rest of
    // its note, the note is no unit of this task and its units are every later task's (see pushTask).
    const last = drafts[drafts.length - 1] as Draft;
    const clause = clauses[clauses.length - 1] as (typeof clauses)[number];
    last.readings[last.readings.length - 1] = readClause(
      clause.inner + trailing,
      ruleAt(ctx, parts[0]?.line),
      ctx.known,
    );
    last.clauseText += trailing;
  } else if (trailing.length <= 300 && (STANDING_UNITS.test(trailing) || STANDING_UNITS_HERE.test(trailing))) {
    // `责任单位：A牵头，B负责落实。以下均需各乡镇人民政府落实，不再列出`: a note on the later tasks
    // after the last clause is read with that clause (see pushTask), not as a task of its own.
    const last = drafts[drafts.length - 1] as Draft;
    last.clauseText += `。${trailing}`;
  } else if (trailing.replace(/[。；，、.\s）)]/gu, '') !== '' && !LABELLED_TAIL.test(trailing)) {
    // Text after the last clause: on its own line it is a closing remark, not a task. (A labelled
    // part of the task after its units, `任务目标：…`, is neither.)
    // (A page flattened onto one line runs on into its signature, date and furniture: `…管理局2023年3月16日
    // 来源：…`; what is left after a clause that ends at `来源` starts with its colon.)
    const signature =
      /^[^。；\n]{0,60}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|^[。；\s]*(?:来源|附件下载|打印|关闭|分享)|^[：:]/u.test(
        trailing.replace(/^[。；，\s）)]*/u, ''),
      );
    const sameLine =
      !signature && !trailing.replace(/^[。；，\s）)]*/u, '').startsWith('\n') && !trailing.slice(0, 3).includes('\n');
    const at = prev + (trailing.length - trailing.trimStart().length);
    // (After a label standing in the item's line, `1、农村道路畅通工程，牵头部门：市交通局。建设进度…`, the
    // sentences go on with its one task: a label names no task of its own the way a bracket closes one.)
    const lastClause = clauses[clauses.length - 1] as (typeof clauses)[number];
    const bracketed = /^[\s。；，]*[（(〔［[【]/u.test(text.slice(lastClause.start, lastClause.end));
    const trailingLine = trailing.split('\n', 1)[0] as string;
    const inLine =
      sameLine &&
      drafts.length === 1 &&
      // (A label, or a clause the sentence goes on after: `由…负责，市发改委牵头，相关部门配合，尽快完成…`;
      // or a bracket closing the item's title, its paragraph after it: `（三）强化…监督检查（区市场监管局
      // 负责）。结合…`.)
      ((!bracketed &&
        (labelOf(lastClause.inner.trimStart()) !== undefined ||
          (/^[，,]/u.test(trailing) && opensLine(text, lastClause.start)))) ||
        (bracketed && isTitleOnly((drafts[0] as Draft).text))) &&
      // (Not the closing words of a flattened page, which run on into its signature and furniture, nor
      // words the document's cut stopped in: those are read apart, and left out as cut.)
      /[。；！？!?]\s*$/u.test(trailingLine) &&
      !/(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|来源[：:]|附件下载|印发/u.test(trailingLine);
    if (inLine) {
      const end = trailing.indexOf('\n') < 0 ? text.length : prev + trailing.indexOf('\n');
      const last = drafts[0] as Draft;
      const more = text.slice(at, end).replace(/^[。；，,.\s]+/u, '');
      last.text = taskText(`${last.text}${/[。；.]$/u.test(last.text) ? '' : '。'}${more}`);
      last.end = end;
    } else if (sameLine) {
      // More sentences after the last clause on its line: a task whose clause is missing (or was cut).
      const end = trailing.indexOf('\n') < 0 ? text.length : prev + trailing.indexOf('\n');
      drafts.push({
        start: at,
        end,
        text: taskText(text.slice(at, end)),
        readings: [],
        clauseSpans: [],
        clauseText: '',
      });
    } else {
      const remark = taskText(trailing);
      ctx.diag(
        'info',
        'plan-text-outside-task',
        `任务之后的文字未计入任何任务：“${remark.slice(0, 30)}”`,
        `Text after the last task was not counted as a task: "${remark.slice(0, 30)}"`,
        spanOf(joined, at, text.length),
      );
    }
  }
  const numbered = !contentOnly && sectionForTasks === section;
  drafts.forEach((draft, k) => {
    const base = numbered ? item.number : sectionForTasks ? sectionForTasks.number : '';
    const number = numbered && drafts.length === 1 ? item.number : base ? `${base}-${k + 1}` : String(k + 1);
    const span = spanOf(joined, draft.start, draft.end) ?? { start: 0, end: 0 };
    if (k === 0 && numbered && item.line) {
      // The task starts at its number.
      const first = lineSpan(item.line, 0, 0);
      span.start = first.start;
      span.column = first.column ?? 1;
    }
    pushTask(ctx, {
      number,
      sectionId: sectionForTasks?.id ?? null,
      text: draft.text,
      readings: draft.readings,
      span,
      deadlineSpan: draft.clauseSpans[draft.clauseSpans.length - 1] ?? span,
      deadlineRaw: undefined,
      clauseText: draft.clauseText,
    });
  });
}

function mergeAdjacent(
  clauses: readonly { start: number; end: number; inner: string }[],
  text: string,
): { start: number; end: number; inner: string }[] {
  const merged: { start: number; end: number; inner: string }[] = [];
  for (const clause of clauses) {
    const last = merged[merged.length - 1];
    if (
      last &&
      /^[\s。；，、]*$/u.test(text.slice(last.end, clause.start)) &&
      isLabelled(text, clause.start, last.start)
    ) {
      last.end = clause.end;
      last.inner = `${last.inner}；${clause.inner}`;
    } else merged.push({ ...clause });
  }
  return merged;
}

// Labelled lines (`牵头单位：` / `责任单位：` / `完成时限：`) next to each other form one clause.
function isLabelled(text: string, at: number, lastStart: number): boolean {
  const strip = (s: string) => s.replace(/^[（(]/u, '');
  return (
    labelOf(strip(text.slice(at, at + 12))) !== undefined &&
    labelOf(strip(text.slice(lastStart, lastStart + 12))) !== undefined
  );
}

interface TaskInput {
  number: string;
  sectionId: string | null;
  text: string;
  readings: ClauseReading[];
  span: Span;
  deadlineSpan: Span;
  deadlineRaw: string | undefined;
  defaultRoles?: undefined;
  /** The words of the task's clauses or unit cells (notes about later tasks stand there). */
  clauseText?: string;
}

// A note that names units for every task after it: `以下政策措施均需各县区人民政府、园区管委会落实，
// 不再单独列出` (`以下任务均需…落实，不再一一列出`).
// (`以下责任单位均包含各区县政府`: the units are among those of every later task.)
// (`各项政策措施均需各市政府落实，以下不再列出`: the same with 以下 at its end; `以下事项均涉及各县（市、区）
// 人民政府，不再列出`.)
// (`以下各项任务均需各县（区）人民政府（管委会）落实，不再列出`: 各项 and 任务 together too.)
// (`以下各任务均需…落实，不再一一列出`: 各 alone before the kind of item too.)
const STANDING_NEEDS =
  /以下(?:各项|所有|各条|各)?(?:政策措施|政策|措施|任务|工作|事项)?(?:均需|均须|均由|均要|都需|都由|都要)(.{2,80}?)(?:(?:负责|贯彻)?(?:落实|实施|执行|推进)|负责|配合(?:落实|实施|执行|推进)?)[，,。]?\s*不再(?:单独|逐项|逐一|一一|重复|另行)?列出|(?:各项|所有)(?:政策措施|政策|措施|任务|工作|事项)(?:均需|均须|均由|均要|都需|都由|都要)(.{2,80}?)(?:(?:负责|贯彻)?(?:落实|实施|执行|推进)|负责|配合(?:落实|实施|执行|推进)?)[，,。]?\s*以下不再(?:单独|逐项|逐一|一一|重复|另行)?列出|以下(?:各项|所有)?(?:事项|任务|工作|措施)?均涉及(.{2,60}?)[，,]\s*不再(?:单独|逐项|逐一|一一|重复|另行)?列出/u;
const STANDING_UNITS = new RegExp(`${STANDING_NEEDS.source}|${INCLUDED_UNITS.source}`, 'u');
// `各市州、县市区人民政府均为责任单位，以下不再列出`: the units of this task and of every later one; so too
// a note in the bracket after one unit of a list, `各县（市、区）住建局（以下各项工作均为责任单位，不再重复）、建筑业科`.
const STANDING_UNITS_HERE = new RegExp(
  String.raw`([^。；，,（(]{2,80}?)均为责任单位[，,。]?\s*以下不再(?:单独|逐项|逐一|一一|重复|另行)?列出|(?:具体任务|各项任务)?均涉及([^。；，,]{2,60}?)[，,]\s*不再(?:做|作|进行)?分工[，,]?\s*下同` +
    `|((?:[^。；，,、：:（(〔【]|[（(][^（）()]{1,8}[）)]){2,40}?)${UNIT_NOTE.source}`,
  'u',
);

const UNIT_CLAUSE_HINT = /负责|牵头|配合|单位|部门|科室|主体/u;
const LABELLED_TAIL = new RegExp(`^[。；，\\s]*(?:${PART_LABEL_WORDS})[：:]`, 'u');
const EVERY_TASK =
  /除(?:特别|另行|特殊|另外)?(?:注明|标明|说明)(?:的)?(?:以)?外[，,]?(.{2,80}?)(?:都|均)(?:是|为)(配合|责任|牵头)单位/u;

// A sentence of the notice (before the plan's body) naming units for every task not marked otherwise.
function unitsOfEveryTask(lines: readonly TextLine[], bodyStart: number): ClauseReading | undefined {
  for (const line of lines.slice(0, Math.max(0, Math.min(bodyStart, 200)))) {
    if (line.text.length > 3000 || !line.text.includes('注明')) continue;
    const m = EVERY_TASK.exec(line.text);
    if (!m || !looksLikeUnitList(m[1] as string)) continue;
    const role = m[2] === '配合' ? 'cooperate' : m[2] === '牵头' ? 'lead' : 'responsible';
    return { ...unitsReading(m[1] as string, role), etAl: false };
  }
  return undefined;
}

// The units of a task's readings, each once: a unit named both as lead and in the 责任单位 list is
// one unit, the lead.
function mergeAssignments(readings: readonly ClauseReading[]): Assignment[] {
  // One reading of one unit (most tasks of a long list) needs no merging.
  if (readings.length === 1 && (readings[0] as ClauseReading).assignments.length <= 1) {
    return [...(readings[0] as ClauseReading).assignments];
  }
  const assignments: Assignment[] = [];
  const seen = new Set<string>();
  // Where each unit was first assigned.
  const firstAt = new Map<string, number>();
  for (const reading of readings) {
    for (const a of reading.assignments) {
      const key = `${a.role}\u0000${a.unit}`;
      if (seen.has(key)) continue;
      const other = firstAt.get(a.unit) ?? -1;
      const prior = assignments[other];
      if (prior !== undefined && (prior.role === 'lead') !== (a.role === 'lead')) {
        if (a.role === 'lead') assignments[other] = { ...prior, role: 'lead' };
        seen.add(`lead\u0000${a.unit}`);
        continue;
      }
      seen.add(key);
      if (!firstAt.has(a.unit)) firstAt.set(a.unit, assignments.length);
      assignments.push(a);
    }
  }
  return assignments;
}

// A title closed by a bracket holding a time limit only: `摸清包保主体底数（10月底前）`, `组织开展培训（11月-12月）`.
// (`（11月开始）` says when a step starts, not when it ends.)
// (A bracket inside a title in 《》, `《纲要（2015－2020年）》`, belongs to that title; `（2025年版）` names an edition.)
const TITLE_DEADLINE = /^[^。；，、：:（()《\n]{2,40}[（(]([^（）()\n]{2,20})[）)]/u;

function titleDeadline(text: string): string | undefined {
  const m = TITLE_DEADLINE.exec(text);
  const raw = m?.[1];
  if (raw === undefined || /开始|启动|起$/u.test(raw) || !looksLikeDeadline(raw)) return undefined;
  return /月|前|底|季度/u.test(raw) && !/版/u.test(raw) ? raw : undefined;
}

const QUESTION = /^[^。！；？?]{0,80}?(哪|什么|吗|是否|如何|怎样|怎么|多少|几)[^。！；？?]{0,40}[？?]/u;

// A unit's name without its brackets and 人民 (`各县（区）人民政府` → `各县区政府`), to tell a short form of it.
const shortName = (unit: string): string => unit.replace(/[（()）、]|人民/gu, '');

function pushTask(ctx: BuildContext, input: TaskInput): void {
  // A numbered question with no units (`1. 您比较关注哪些方面的民生问题？`) asks the reader; it is no task.
  // (A question word before the mark: a stray `?` in a garbled copy asks nothing.)
  if (QUESTION.test(input.text) && input.readings.every((r) => r.assignments.length === 0)) return;
  let etAl = false;
  let deadlineRaw = input.deadlineRaw;
  const notes = input.clauseText ?? '';
  const standing =
    notes.length <= 20_000 && (notes.includes('以下') || notes.includes('下同'))
      ? (STANDING_UNITS.exec(notes) ?? STANDING_UNITS_HERE.exec(notes))
      : null;
  const readings = ctx.standing ? [...input.readings, ctx.standing] : [...input.readings];
  // (Also the heading's lead where the task names only who works with it: `1.…。（局各单位配合）`.)
  const own = input.readings.flatMap((r) => r.assignments);
  if (
    ctx.headingUnits &&
    (own.length === 0 ||
      (own.every((a) => a.role === 'cooperate') && ctx.headingUnits.assignments.some((a) => a.role === 'lead')))
  )
    readings.push(ctx.headingUnits);
  // (The note's units are named in full: no open list carries over.)
  if (standing) {
    const units = standing.slice(1).find((group) => group !== undefined) as string;
    // (`以下均需各片区配合落实`, `以下均需相关乡镇配合`: the units named to work with every later task's own.)
    const role = /配合/u.test(standing[0]) ? 'cooperate' : 'responsible';
    // (`各县（区）人民政府（以下各条措施均需各县区政府落实，…）`: a note in the bracket after a unit naming it
    // shorter is that unit.)
    const before = own[own.length - 1]?.unit;
    const named =
      before !== undefined && /[（(]$/u.test(notes.slice(0, standing.index)) && shortName(before) === shortName(units)
        ? before
        : units.replace(/配合$/u, '');
    ctx.standing = { ...unitsReading(named, role), etAl: false };
  }
  // `此项及以下…`: the note names this task's units too.
  if (standing && ctx.standing && /(此项|本项)及以下|均为责任单位|均涉及/u.test(notes)) readings.push(ctx.standing);
  // A number with labels under it and no words of its own (`②` / `完成时限：…`) is no task; a note on
  // later tasks it carried still holds (above).
  if (input.text.trim() === '') return;
  for (const reading of readings) {
    if (reading.etAl) etAl = true;
    if (reading.deadline !== undefined) deadlineRaw = reading.deadline;
  }
  const assignments = mergeAssignments(readings);
  const id = `t${ctx.tasks.length + 1}`;
  // A date in the task's own words is a milestone when the task has a clause or cells of its own
  // (the place a time limit goes); only a task with neither takes its deadline from its text.
  if (deadlineRaw === undefined && input.readings.length === 0) deadlineRaw = deadlineInText(input.text);
  // A step whose title closes with its time limit, `成立领导小组（10月底前）成立以…`, or under a heading that
  // does: that is the step's deadline where its clauses give none.
  if (deadlineRaw === undefined) deadlineRaw = titleDeadline(input.text) ?? ctx.headingDeadline;
  let deadline: Deadline;
  if (deadlineRaw === undefined) {
    deadline = { kind: 'none', raw: '' };
    ctx.diag(
      'info',
      'task-no-deadline',
      `第${input.number}项任务没有完成时限`,
      `Task ${input.number} states no deadline`,
      input.span,
    );
  } else {
    const read = readDeadline(deadlineRaw, ctx, input.deadlineSpan);
    deadline = read.deadline;
    for (const d of read.diagnostics) {
      ctx.diag(
        d.severity,
        d.code,
        `第${input.number}项任务：${d.message}`,
        `Task ${input.number}: ${d.messageEn}`,
        input.deadlineSpan,
      );
    }
  }
  if (assignments.length === 0) {
    ctx.diag(
      'warning',
      'task-no-units',
      `第${input.number}项任务未能读出责任单位`,
      `No responsible unit could be read for task ${input.number}`,
      input.span,
    );
  }
  const requirements: Requirement[] = extractRequirements(input.text, { issued: ctx.issued });
  if (etAl) {
    requirements.push({
      kind: 'note',
      what: '责任单位名单以“等有关部门”结尾，名单未列全',
      raw: '等有关部门',
    });
  }
  ctx.tasks.push({
    id,
    number: input.number,
    sectionId: input.sectionId,
    text: input.text,
    assignments,
    deadline,
    requirements,
    source: input.span,
  });
}

// A limit the notice states once (`二、时间安排` / `即日起至6月30日`, `三个工作日内完成整改任务`)
// is every task's deadline where no task states one of its own.
function applyNoticeDeadline(
  lines: readonly TextLine[],
  furniture: readonly boolean[],
  ctx: BuildContext,
  diagnostics: Diagnostic[],
): void {
  const { tasks } = ctx;
  if (tasks.length === 0 || tasks.some((t) => t.deadline.kind !== 'none')) return;
  // Lines inside a task's own text are not the notice's.
  const inTask = linesInSpans(
    lines,
    tasks.map((t) => t.source),
  );
  const found = noticeDeadline(lines, (i) => furniture[i] === true || inTask[i] === true);
  if (found === undefined) return;
  const read = readDeadline(found.raw, ctx, found.span);
  if (read.deadline.kind === 'none') return;
  const ids = new Set(tasks.map((t) => t.source.start));
  for (const task of tasks) task.deadline = read.deadline;
  // (Each task said it had no deadline: it now has the notice's.)
  for (let d = diagnostics.length - 1; d >= 0; d--) {
    const item = diagnostics[d] as Diagnostic;
    if (item.code === 'task-no-deadline' && ids.has(item.location?.span?.start ?? -1)) diagnostics.splice(d, 1);
  }
  ctx.diag(
    'info',
    'deadline-from-notice',
    `通知对全部任务规定了同一时限“${found.raw}”，各项任务按此时限`,
    `The notice states one time limit for all its tasks ("${found.raw}"); every task takes it`,
    found.span,
  );
}

// The deadline module reads the phrase; the plan's own reader (deadline-text.ts) is tried when it
// gives up, since plan cells carry more around the phrase (`完成时限：`, `11月底前完成` in 备注).
function readDeadline(raw: string, ctx: BuildContext, span: Span): { deadline: Deadline; diagnostics: Diagnostic[] } {
  const phrase = repairDeadlineText(raw);
  const context = { year: ctx.year, issued: ctx.issued, patterns: ctx.patterns, location: { span } };
  const primary = parseDeadline(phrase, context);
  if (primary.deadline.kind !== 'none' || phrase === '') return primary;
  const fallback = readDeadlineText(phrase, context);
  return fallback.deadline.kind !== 'none' ? fallback : primary;
}

const DEADLINE_IN_TEXT =
  /((?:19|20)\d{2}年)?(\d{1,2}月(底|末|上旬|中旬|下旬)?|年底|上半年|下半年|年内)(前|之前)?(完成|到位|出台|印发|实现)/gu;

// No clause deadline: a `…6月底前完成` in the task's own words, the last one named.
function deadlineInText(text: string): string | undefined {
  let found: string | undefined;
  for (const m of allMatches(DEADLINE_IN_TEXT, text.slice(-400))) found = m[0];
  if (found) return found;
  const tail = /(持续推进|长期坚持|常态化推进|持续开展)[。]?$/u.exec(text);
  return tail ? tail[1] : undefined;
}

// The plan's lead rule where a task stands (see BuildContext.ruleFrom): it holds on the line that
// states it and after.
function ruleAt(ctx: BuildContext, line: TextLine | undefined): LeadRule {
  if (ctx.rule === 'none' || line === undefined) return ctx.rule;
  return line.end >= ctx.ruleFrom ? ctx.rule : 'none';
}

// An attachment's heading opening a line (`附件`, `附件2`, `附件：`), or the notice's list of them
// anywhere in a line (`附件：1.`, `附件：` closing a line the list's numbers broke).
const ANNEX_START =
  /^附件\s*(?:\d{1,2}|[一二三四五六七八九十])?\s*(?:[：:]|$)|(?<=[\s。；）)])附件\s*[：:]\s*(?:1\s*[.．、]|$)/u;

// After the plan's tasks, the attachments (`附件：` / `附件2 统计上…标准`) hold forms, templates and
// lists: an item there that names no unit is no task (an attachment's task table names its units).
function dropAnnexItemsWithoutUnits(lines: readonly TextLine[], tasks: Task[], diagnostics: Diagnostic[]): void {
  const firstWithUnits = tasks.find((t) => t.assignments.length > 0);
  if (!firstWithUnits) return;
  // (The list may close the last item's line on a flattened page: `…（责任单位：各处室） 附件：1.…`.)
  let annexAt = -1;
  for (const l of lines) {
    if (l.start + l.text.length < firstWithUnits.source.end) continue;
    const m = ANNEX_START.exec(l.text);
    const at = m ? l.start + rawOffset(l, m.index) : -1;
    if (at > firstWithUnits.source.end) {
      annexAt = at;
      break;
    }
  }
  if (annexAt < 0) return;
  const dropped = new Set<Task>();
  for (const t of tasks) if (t.assignments.length === 0 && t.source.start >= annexAt) dropped.add(t);
  dropTasks(tasks, diagnostics, dropped);
}

// The sections of an emergency plan that say how it responds, step by step: `4.应急响应`, `（二）分级响应`,
// `4.1 Ⅳ级响应`, `预警行动`. (Not `先期处置` or `后期处置`: annotators count the named units' duties listed there.)
const RESPONSE_SECTION =
  /应急响应|分级响应|响应措施|响应行动|响应程序|响应启动|启动响应|预警行动|预警响应|[ⅠⅡⅢⅣ一二三四1-4]级(?:应急)?响应/u;

// In an emergency plan (预案) the tasks are the duties it gives its units by name; its response, step by step
// (`4.2 Ⅳ级响应` / `政法综治处启动…`, `农业农村处负责加强…`), is what happens when it runs. Drops the tasks in
// such sections (or headed so themselves), but a unit's or a work group's duty after its colon there, unless every
// task of the plan is in one. Returns how many.
function dropResponseSteps(tasks: Task[], sections: readonly Section[], diagnostics: Diagnostic[]): number {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const inResponse = (id: string | null | undefined): boolean => {
    for (
      let s = id ? byId.get(id) : undefined, n = 0;
      s && n < 12;
      s = s.parentId ? byId.get(s.parentId) : undefined, n++
    )
      if (RESPONSE_SECTION.test(s.title)) return true;
    return false;
  };
  // (Not a list of who does what there: `（1）综合协调组：由…办公室牵头…`, `2.党政办公室：负责…`.)
  const dropped = new Set(
    tasks.filter(
      (t) =>
        (inResponse(t.sectionId) || RESPONSE_SECTION.test(t.text.slice(0, 12))) &&
        !/^[^，。；：:]{2,30}[：:]/u.test(t.text),
    ),
  );
  return dropUnlessEvery(tasks, diagnostics, dropped);
}

// The bodies that command an emergency plan's response: `市局领导小组`, `市应急指挥部`, `领导小组办公室`.
const COMMAND_BODY = /(?:领导小组|指挥部|指挥中心)(?:办公室)?$/u;

// In an emergency plan (预案) the tasks are the duties it gives its member units; the duties and response
// steps of the bodies that command it (`2.3.1市局领导小组主要职责` / `⑴负责…`, `⑵市局领导小组办公室组织24小时应急
// 值班…`) are how the plan runs, not work assigned to a unit. Drops the tasks whose every unit is such a body.
// Returns how many tasks it dropped.
function dropCommandDuties(tasks: Task[], diagnostics: Diagnostic[]): number {
  const dropped = new Set(
    tasks.filter((t) => t.assignments.length > 0 && t.assignments.every((a) => COMMAND_BODY.test(a.unit))),
  );
  // (A plan whose only units command it keeps them.)
  return dropUnlessEvery(tasks, diagnostics, dropped);
}

// Drops the tasks given unless they are every task of the plan (then they are what the plan is made of). Returns how
// many it dropped.
function dropUnlessEvery(tasks: Task[], diagnostics: Diagnostic[], dropped: ReadonlySet<Task>): number {
  if (dropped.size === tasks.length) return 0;
  dropTasks(tasks, diagnostics, dropped);
  return dropped.size;
}

// Removes the tasks given from the list, and what was said about them.
function dropTasks(tasks: Task[], diagnostics: Diagnostic[], dropped: ReadonlySet<Task>): void {
  if (dropped.size === 0) return;
  const kept = tasks.filter((t) => !dropped.has(t));
  tasks.length = 0;
  tasks.push(...kept);
  // What was said about the items dropped goes with them. (Their spans are sorted and apart: each
  // diagnostic is looked up by halving, and the list is rebuilt once.)
  const spans = [...dropped].map((t) => t.source).sort((x, y) => x.start - y.start);
  const inDropped = (at: number) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const sp = spans[mid] as Span;
      if (at < sp.start) hi = mid - 1;
      else if (at > sp.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const keep = diagnostics.filter((d) => {
    const at = d.location?.span?.start;
    return !(at !== undefined && d.code.startsWith('task-') && inDropped(at));
  });
  diagnostics.length = 0;
  diagnostics.push(...keep);
}

// `…2024年3月22日` / `图片解读` / `文字解读` / the whole text again: a page that prints the plan twice. The
// tasks from the first one that repeats an earlier task (the same text) to the end of the text, three
// or more of them, each repeating one before that point, are that second copy: they are left out, and a diagnostic
// says so. (The tasks are taken in the order of the text: a list of duties is read after the items around it.)
function dropRepeatedCopy(tasks: Task[], diagnostics: Diagnostic[]): Task[] {
  if (tasks.length < 6) return [];
  // (By the text alone: a duty without a printed number is numbered by its place in the list.)
  const inText = [...tasks].sort((x, y) => x.source.start - y.source.start);
  // (The texts before the first repeat: the first copy's.)
  const firstCopy = new Set<string>();
  const from = inText.findIndex((t) => {
    if (firstCopy.has(t.text)) return true;
    firstCopy.add(t.text);
    return false;
  });
  if (from < 0) return [];
  const copy = inText.slice(from);
  if (copy.length < 3 || !copy.every((t) => firstCopy.has(t.text))) return [];
  dropTasks(tasks, diagnostics, new Set(copy));
  return copy;
}

// Whether an attachment's heading (`附件`, `附件2`, `附件：…清单`) stands in the few lines above a
// table's header, after the line the current item starts on.
function attachmentAbove(lines: readonly TextLine[], header: number, item: Item): boolean {
  for (let k = header - 1; k >= Math.max(0, header - 4); k--) {
    const line = lines[k] as TextLine;
    if (
      /(?:^|[\s。）)])附件\s*(?:\d{1,2}|[一二三四五六七八九十])?\s*(?:[：:]|$|(?:19|20)\d{2}年|[\u4e00-\u9fff])/u.test(
        line.text.slice(-200),
      )
    )
      return true;
    if (line === item.line) return false;
  }
  return false;
}

// The line after `at` (a line break) in an item's text.
function firstLineAfter(text: string, at: number): string {
  const end = text.indexOf('\n', at + 1);
  return text.slice(at + 1, end < 0 ? text.length : end);
}

function emitRow(row: TableRow, section: Section | null, ctx: BuildContext): void {
  const get = (kind: ColumnKind) => (row.cells.get(kind) ?? []).filter((c) => c !== '').join('；');
  const task = (row.cells.get('task') ?? []).filter((c) => c !== '').join('：');
  const detail = get('detail');
  const text = taskText([task, detail].filter((t) => t !== '').join('：'));
  const readings: ClauseReading[] = [];
  // (Each column's cell is read on its own: a role word in one, `省经信委牵头，省财政厅…`, says nothing of the
  // units of the next, `市经信委牵头，市财政局…`.)
  // (The column's leads come first, as one clause lists them: `市牵头单位：市农业农村局` under `县农业农村局`.)
  const unitCell = (kind: ColumnKind, role: Assignment['role']) => {
    const assignments: Assignment[] = [];
    let etAl = false;
    for (const cell of (row.cells.get(kind) ?? []).filter((c) => c !== '')) {
      const reading = readClause(cell, ruleAt(ctx, row.lines[0]), ctx.known);
      const explicit =
        // (`市政协办公厅`: 政协, the CPPCC, is no 协办.)
        /(牵头|负责|配合|参与|协助|(?<!政)协办|[：:])/u.test(cell) ||
        reading.assignments.some((a) => a.role !== 'responsible');
      assignments.push(...(explicit ? reading.assignments : reading.assignments.map((a) => ({ ...a, role }))));
      if (reading.etAl) etAl = true;
    }
    if (assignments.length === 0) return;
    for (const a of assignments) ctx.known.add(a.unit);
    const ordered = [...assignments.filter((a) => a.role === 'lead'), ...assignments.filter((a) => a.role !== 'lead')];
    readings.push({ assignments: ordered, etAl, deadline: undefined });
  };
  unitCell('lead', 'lead');
  // A `配合/责任单位` column cooperates with a lead named in the row, else it is responsible.
  unitCell('support', get('lead') === '' ? 'responsible' : 'cooperate');
  unitCell('units', 'responsible');
  unitCell('responsible', 'responsible');
  unitCell('cooperate', 'cooperate');
  // `市生态环境局` / `牵头主抓农村生活污水治理…`: a unit whose duty opens with 牵头 leads it.
  const only = readings.length === 1 ? readings[0]?.assignments : undefined;
  if (only?.length === 1 && only[0]?.role === 'responsible' && /^牵头(?![单部处科])/u.test(task))
    readings[0] = { ...(readings[0] as ClauseReading), assignments: [{ ...only[0], role: 'lead' }] };
  const first = row.lines[0] as TextLine;
  const last = row.lines[row.lines.length - 1] as TextLine;
  const span: Span = { ...lineSpan(first), end: lineSpan(last).end };
  let deadlineRaw: string | undefined = get('deadline') || undefined;
  if (readings.length === 0 || deadlineRaw === undefined) {
    // Units or deadline written into the task text instead of their own columns.
    const clauses = findClauses(text, ctx.known);
    const lastClause = clauses[clauses.length - 1];
    if (lastClause) {
      const reading = readClause(lastClause.inner, ruleAt(ctx, row.lines[0]), ctx.known);
      if (readings.length === 0) readings.push(reading);
      deadlineRaw ??= reading.deadline;
    }
  }
  pushTask(ctx, {
    number: row.number || String(ctx.tasks.length + 1),
    sectionId: section?.id ?? null,
    text,
    readings,
    span,
    deadlineSpan: span,
    deadlineRaw,
    clauseText: ['lead', 'support', 'units', 'responsible', 'cooperate'].map((k) => get(k as ColumnKind)).join('\n'),
  });
  const pushed = ctx.tasks[ctx.tasks.length - 1];
  if (pushed) ctx.tableTasks.add(pushed.id);
  if (pushed && row.whole) ctx.wholeRows.add(pushed.id);
}

// Whether a labelled unit line ends in a whole unit name, not one cut off (`…、省税`, `法官学`). The
// label says the value is units, so a name the unit reader does not know (`工人文化宫`) counts.
function endsInWholeUnit(text: string): boolean {
  const value = text.slice(Math.max(text.indexOf('：'), text.indexOf(':')) + 1);
  return endsWithWholeUnit(value, true);
}

// The line where a table after `header` starts with a header of other columns (the next attachment's
// table), or the end of the text. A header repeated as printed (a page break) goes on with the table,
// and a row whose cells read like header words (`局机关各科室` / `项目` / `备注`) starts none: the new
// header opens with its 序号.
function nextTableAt(
  header: TableHeader,
  headerAt: (line: number) => TableHeader | undefined,
  quickHeaderAt: (line: number) => TableHeader | undefined,
  kindAt: (line: number) => ColumnKind | undefined,
  end: number,
  afterSection: (line: number) => boolean,
  lineAbove: (line: number) => number,
): number {
  const same = header.kinds.join();
  for (let k = header.next; k < end; k++) {
    // (Only a `序号` line is asked for a header, the rows' lines being many; and a header repeated as
    // printed is known by its cells before a wide table's reading is tried.)
    // (Or a task column's name right under a section's heading: `二、预备项目` / `法规名称` / `责任单位` / ….)
    const kind = kindAt(k);
    const sectioned = kind === 'task' && afterSection(k);
    if (kind !== 'number' && !sectioned) continue;
    // (Under a section's heading, a header of the same columns still starts a table of its own.)
    if (sectioned && headerAt(k)) return k;
    const quick = quickHeaderAt(k);
    if (quick?.kinds.join() === same) {
      k = quick.next - 1;
      continue;
    }
    // (A header repeated from a column before its 序号, `服务对象` / `序号` / `服务项目` / …: it starts a line above.)
    const above = lineAbove(k);
    const fromAbove = above > header.next && kind === 'number' ? quickHeaderAt(above) : undefined;
    if (fromAbove?.kinds.join() === same) {
      k = fromAbove.next - 1;
      continue;
    }
    const other = headerAt(k);
    if (other && other.kinds[0] === 'number' && other.kinds.join() !== same) return k;
  }
  return end;
}

// A section's heading over a table of its own (`二、预备项目`).
const SECTION_HEADING = /^[一二三四五六七八九十]{1,3}、[^。；，|]{2,20}$/u;

// The last line at or before `k` that is not empty.
function skipBack(lines: readonly TextLine[], k: number): number {
  let at = k;
  while (at > 0 && (lines[at] as TextLine).text === '') at--;
  return at;
}

// Where the rows of a table end that another table's header at `next` follows: before that table's
// heading and title (`附件2` / `示范项目表`), which are no cells of the last row.
function rowsEndBefore(lines: readonly TextLine[], next: number, from: number): number {
  let end = next;
  for (let k = next - 1; k >= Math.max(from, next - 4); k--) {
    const text = (lines[k] as TextLine).text;
    if (text === '') continue;
    if (text.length <= 6 && ANNEX_START.test(text)) return k;
    if (SECTION_HEADING.test(text)) return k;
    if (text.length > 40 || !/(表|清单|目录)$/u.test(text)) break;
    end = k;
  }
  return end;
}
