// A table whose cells a document site's preview glued into one run of text, with nothing between
// them: `序号工作任务责任单位时间进度1 按照…数据库。公安厅2018年底前完成2 制定…`. The header words are
// found by their vocabulary, the rows by their numbers, and each row's unit list and time limit by
// where they stand (after the row's last full stop, before the next number). The table is handed on
// as pipe rows, each character still pointing at the input.

import { allMatches } from '../text/regex.js';
import { looksLikeDeadline } from './deadline-text.js';
import { type ColumnKind, headerKind, INDICATOR_VALUE_WORDS, isExactHeaderWord, isUnitColumn } from './table.js';
import { part, rawOffset, synthetic, type TextLine } from './text-lines.js';
import { looksLikeUnit, looksLikeUnitList, splitCleanUnits } from './units.js';

// A header run starts with 序号 glued to the next header word.
// (Words padded with a blank, `序 号法律法规名称…备 注1…`, as a table centres short words.)
const GLUED_HEADER_START = /序 ?号(?=[\u4e00-\u9fff])/u;
const MAX_HEADER = 60;
// Where a time limit may start at the end of a row.
const DEADLINE_START =
  /(?:19|20)\d{2} ?年|\d{1,2} ?月|年底|年内|全年|上半年|下半年|[一二三四]季度|第[一二三四]季度|每季度|每月|每年|每半年|长期|持续|常态|常年/gu;

interface Glyph {
  ch: string;
  /** Offset of the character in the input. */
  at: number;
  line: TextLine;
}

/**
 * Rewrites tables glued into one run of text (see the file's comment) as pipe rows. Lines without
 * such a table are returned as they are.
 *
 * @param lines - the plan's lines
 * @param input - the text they were split from
 * @returns the lines, a glued table replaced by a header and one pipe row per table row
 * @example
 * ```ts
 * const text = '序号工作任务责任单位时间进度1建成全省统一的数据库。公安厅2018年底前完成2制定数据共享管理办法。大数据局2018年6月底前完成';
 * unglueTables(splitLines(text), text).map((l) => l.text);
 * // ['序号 | 工作任务 | 责任单位 | 完成时限 |', '1 | 建成全省统一的数据库。 | 公安厅 | 2018年底前完成 |',
 * //  '2 | 制定数据共享管理办法。 | 大数据局 | 2018年6月底前完成 |']
 * ```
 */
export function unglueTables(lines: readonly TextLine[], input: string): TextLine[] {
  let found = -1;
  // (A few candidates at most: a text of glued header words is not read over and over.)
  let header: GluedHeader | undefined;
  for (let i = 0, tries = 0; i < lines.length && tries < 5; i++) {
    const text = (lines[i] as TextLine).text;
    // (`主线项目主要内容责任单位完成时限（一）…1…`: a header without 序号 over groups of numbered rows.)
    const grouped = text.includes('（一）') ? readGroupedHeader(text) : undefined;
    if (!grouped && (!/序 ?号/u.test(text) || !GLUED_HEADER_START.test(text))) continue;
    tries++;
    // (`责任片区序号…检查时间备注 流水分局1…第四季度 2…`: a schedule whose unit cell stands before the row numbers.)
    header = grouped ?? readGroupFirstHeader(text) ?? readGluedHeader(text);
    if (header !== undefined) {
      found = i;
      break;
    }
  }
  if (found < 0 || header === undefined) return [...lines];
  const line = lines[found] as TextLine;
  // The table's text: the rest of the header's line and every line after it, joined (a cell may
  // go on over several lines); a document viewer's chunk marker (`2、`) opening a line is dropped.
  const glyphs: Glyph[] = [];
  const take = (from: TextLine, start: number) => {
    for (let c = start; c < from.text.length; c++)
      glyphs.push({ ch: from.text[c] as string, at: from.start + rawOffset(from, c), line: from });
  };
  take(line, header.end);
  for (let k = found + 1; k < lines.length; k++) {
    const next = lines[k] as TextLine;
    const marker = /^\d{1,2}、/u.exec(next.text);
    take(next, marker ? marker[0].length : 0);
  }
  // The page's furniture after the table (`来源：…管理局 附件下载`) is no part of its last row.
  const source = /\s*(?:来源|信息来源|文章来源)[：:][^。；]{0,80}$/u.exec(glyphs.map((g) => g.ch).join(''));
  if (source) glyphs.length = source.index;
  const text = glyphs.map((g) => g.ch).join('');
  // `序号 主要工作任务 具体工作措施 完成时限 主要责任单位 …`: measures numbered `1、` … across the
  // groups, each followed by its time limit and its units.
  const deadlineColumn = header.kinds.indexOf('deadline');
  const measures =
    header.kinds.includes('task') &&
    header.kinds.includes('detail') &&
    deadlineColumn >= 0 &&
    deadlineColumn < header.kinds.findIndex(isUnitColumn);
  // `序号项目内容责任领导责任处室责任人完成时间`: columns of people around the unit column.
  const people = personLayout(header);
  // `序号时间重点内容落实单位1全年…`: a schedule, its time column right after the number.
  const timeFirst =
    header.kinds[1] === 'deadline' && header.kinds.length === 4 && isUnitColumn(header.kinds[3] as ColumnKind);
  let rows = header.groupFirst
    ? splitGroupFirstRows(text)
    : header.grouped
      ? splitGroupedRows(text, header.kinds.includes('deadline'))
      : measures
        ? splitMeasureRows(text)
        : people
          ? splitPersonRows(text, people)
          : timeFirst
            ? splitScheduleRows(text)
            : splitRows(text, header.kinds.includes('deadline'));
  // (Measures numbered without `、`: `1加强组织领导每季度…（9月18日、12月18日）政法综治处2运用…`.)
  // (Only where the rows start with `1` before the first measure: without numbers the search is no use.)
  if (rows.length === 0 && measures && /^\s*1(?=[\u4e00-\u9fff“])/u.test(text)) rows = splitMeasureRows(text, true);
  // `11.1编制…已完成区旅发委1.2.1设计…`: rows numbered `1.1`, `1.2.1`, … with each group's number glued before.
  if (rows.length === 0) rows = splitDottedRows(text);
  // `1十三五规划办公室2台商直通车办公室3…`: short rows of a phrase and its units, no sentence.
  if (rows.length === 0 && !header.kinds.includes('deadline')) rows = splitPhraseRows(text);
  if (rows.length === 0) return [...lines];
  const out: TextLine[] = lines.slice(0, found);
  if (header.start > 0) out.push(part(line, 0, header.start, input));
  const unitWord = header.words[header.kinds.findIndex(isUnitColumn)] as string;
  // (A time in a 备注 column, `2021年`, is the row's time limit where no column is named for one.)
  const hasDeadline = header.kinds.includes('deadline') || rows.some((r) => r.deadline !== '');
  out.push(
    synthetic(`序号 | 工作任务 | ${unitWord} |${hasDeadline ? ' 完成时限 |' : ''}`, [], line, line.start, input),
  );
  for (const row of rows) {
    const cells = row.cut
      ? [row.number, row.task]
      : [row.number, row.task, row.units, ...(hasDeadline ? [row.deadline] : [])];
    const pieces: { from: number; to: number }[] = [row.numberSpan, row.taskSpan];
    if (!row.cut) pieces.push(row.unitsSpan);
    if (!row.cut && hasDeadline) pieces.push(row.deadlineSpan);
    out.push(pipeRow(cells, pieces, glyphs, line, input));
  }
  // After the last measure, the table's note (`注：主要责任单位第一个为牵头单位…`) and what follows it
  // are lines of their own again.
  const lastRow = rows[rows.length - 1];
  if (measures && lastRow && text.slice(lastRow.unitsSpan.to).trim() !== '') {
    const rest = glyphs.slice(lastRow.unitsSpan.to);
    const at = rest.map((g) => g.at);
    out.push(
      synthetic(
        rest
          .map((g) => g.ch)
          .join('')
          .trim(),
        at.slice(rest.findIndex((g) => g.ch !== ' ')),
        line,
        at[0] ?? line.start,
        input,
      ),
    );
  }
  return out.map((l, index) => (l.index === index ? l : { ...l, index }));
}

interface GluedHeader {
  words: string[];
  kinds: ColumnKind[];
  /** No 序号: the rows are numbered 1, 2, … again under each group heading `（一）…`. */
  grouped?: boolean;
  /** The unit column comes before 序号, a merged cell printed before the rows it covers. */
  groupFirst?: boolean;
  /** Where the header starts and ends in the line's text. */
  start: number;
  end: number;
}

// The header words glued after 序号, up to the first digit (the first row's number): the split of
// the run into header words that names most of them by their exact word (`工作任务具体要求` is two
// words, not one column of requirements). A table needs a unit column and three columns at least.
function readGluedHeader(text: string): GluedHeader | undefined {
  const m = GLUED_HEADER_START.exec(text);
  if (!m) return undefined;
  // (A blank between two characters of a word, `序 号`, `备 注`, is no break: the word is read without it;
  // where the run so read is no header, it ends at its first blank.)
  return headerRun(text, m.index, true) ?? headerRun(text, m.index, false);
}

// A year opening an indicator table's header word: `2020年完成值`.
const YEAR_HEADER_WORD = new RegExp(`^(?:19|20)\\d{2}年(?:${INDICATOR_VALUE_WORDS})`, 'u');

function headerRun(text: string, start: number, padding: boolean): GluedHeader | undefined {
  let end = start;
  let run = '';
  const padded = (k: number) =>
    padding &&
    text[k] === ' ' &&
    /[\u4e00-\u9fff]/u.test(text[k - 1] ?? '') &&
    /[\u4e00-\u9fff]/u.test(text[k + 1] ?? '');
  // (`序号指标名称2020年完成值2025年目标值责任单位`: a year opening a header word is no row number.)
  const yearWord = (k: number) => run !== '' && YEAR_HEADER_WORD.test(text.slice(k, k + 12));
  while (end < text.length && end - start < MAX_HEADER) {
    const ch = text[end] as string;
    if (/\d/u.test(ch) && yearWord(end)) {
      run += text.slice(end, end + 5);
      end += 5;
      continue;
    }
    if (/[\d\s|，。；]/u.test(ch) && !padded(end)) break;
    if (ch !== ' ') run += ch;
    end++;
  }
  const split = headerSplits(run)[0];
  if (!split || split.words.length < 3) return undefined;
  const kinds = split.words.map((w) => headerKind(w) as ColumnKind);
  if (kinds[0] !== 'number' || !kinds.some(isUnitColumn)) return undefined;
  return { words: split.words, kinds, start, end };
}

// An inspection schedule's header whose unit column stands before 序号, its time column near its end:
// `责任片区序号重点类型使用单位单位/分支机构地址设备种类数量检查时间备注`.
const GROUP_FIRST_HEADER =
  /(责任片区|责任分局|责任单位|监管单位|检查单位)序号([\u4e00-\u9fff/、（）()]{2,60}?)(检查时间|计划检查时间|抽查时间|完成时限|完成时间)(备注)?/u;

function readGroupFirstHeader(text: string): GluedHeader | undefined {
  const m = GROUP_FIRST_HEADER.exec(text);
  if (!m) return undefined;
  return {
    words: ['序号', '检查对象', m[1] as string, m[3] as string],
    kinds: ['number', 'task', 'responsible', 'deadline'],
    start: m.index,
    end: m.index + m[0].length,
    groupFirst: true,
  };
}

// The merged unit cell of a group of rows, printed once or again and again before the group's first row:
// `坛东分局 坛东分局 坛东分局 11…`.
const GROUP_CELLS = /(?:\s*([\u4e00-\u9fff]{2,12}(?:分局|大队|中队|派出所|所|站|处|科|中心|片区|管理局)))+\s*$/u;
// How a row of such a schedule ends: its time (`第四季度`), then maybe a short remark (`重点单位`, `随机`).
// (Or a longer one: `28第三季度 部分设备在福建同元文化古镇旅游开发有限公司名下`.)
const GROUP_ROW_END =
  /(第?[一二三四]季度|全年|上半年|下半年|\d{1,2}(?:[-—至]\d{1,2})?月份?)(\s?[\u4e00-\u9fff（）()、，]{0,40})\s*$/u;
// How far a row may run.
const MAX_GROUP_ROW = 600;

// The rows of a schedule whose unit cell stands before its rows (see GROUP_FIRST_HEADER): each row is its
// number, its text up to its time (the inspected unit, where, what), and the unit of the group cell last
// printed before it.
function splitGroupFirstRows(text: string): GluedRow[] {
  const rows: GluedRow[] = [];
  // The first group cell and row number.
  const first = /^\s*([\u4e00-\u9fff\s]{2,160}?)1(?=[\u4e00-\u9fff“])/u.exec(text);
  if (!first) return [];
  const cells = first[1] as string;
  const cell = GROUP_CELLS.exec(cells);
  if (!cell) return [];
  const name = cell[1] as string;
  const cellsFrom = first.index + first[0].length - 1 - cells.length;
  let unit = { text: name, from: cellsFrom + cells.lastIndexOf(name) };
  let number = 1;
  let numberFrom = first.index + first[0].length - 1;
  let from = numberFrom + 1;
  for (;;) {
    const next = String(number + 1);
    const found = nextRow(
      text,
      from,
      next,
      (q, after) => {
        if (!/[\u4e00-\u9fff“]/u.test(after)) return undefined;
        let before = text.slice(from, q);
        // (A group cell between the row and the next one opens the next group.)
        const groupAt = GROUP_CELLS.exec(before);
        let group: { text: string; from: number } | undefined;
        if (groupAt && groupAt.index > 0) {
          const name = groupAt[1] as string;
          group = { text: name, from: from + groupAt.index + groupAt[0].indexOf(name) };
          before = before.slice(0, groupAt.index);
        }
        const time = GROUP_ROW_END.exec(before);
        return time ? { time, rowEnd: from + time.index, ...(group ? { group } : {}) } : undefined;
      },
      MAX_GROUP_ROW,
    );
    const end = found ? { at: found.at, ...found.row } : undefined;
    const rest = text.slice(from, from + MAX_GROUP_ROW);
    const last = end ? undefined : /^[\s\S]*?(第?[一二三四]季度|全年|上半年|下半年)/u.exec(rest);
    const timeText = end ? (end.time[1] as string) : (last?.[1] as string | undefined);
    const taskEnd = end ? end.rowEnd : last ? from + last[0].length - (last[1] as string).length : -1;
    if (timeText === undefined || taskEnd <= from) break;
    // (A row's class, `乙类`, `非重点`, in a column before the inspected unit, is no part of its text.)
    const kind = /^\s*(?:甲类|乙类|丙类|非重点|重点|一般)\s*/u.exec(text.slice(from, taskEnd));
    const taskFrom = from + (kind ? kind[0].length : 0);
    const task = text.slice(taskFrom, taskEnd).trim();
    rows.push(
      makeRow(String(number), numberFrom, taskFrom, {
        text: text.slice(from, taskEnd + timeText.length),
        task: { from: taskFrom, to: taskEnd, text: task },
        units: { from: unit.from, to: unit.from + unit.text.length, text: unit.text },
        deadline: { from: taskEnd, to: taskEnd + timeText.length, text: timeText },
      }),
    );
    if (!end) break;
    if (end.group) unit = end.group;
    number++;
    numberFrom = end.at;
    from = end.at + next.length;
  }
  return rows.length >= 2 ? rows : [];
}

// A header glued without 序号 right before the first group heading (`主线项目主要内容责任单位完成时限（一）…`):
// the longest run of header words ending at the heading, with a task, a unit and a time limit column.
function readGroupedHeader(text: string): GluedHeader | undefined {
  const at = text.indexOf('（一）');
  if (at < 6 || !/^（一）[^（）\d]{2,60}1(?!\d)/u.test(text.slice(at, at + 70))) return undefined;
  const before = text.slice(Math.max(0, at - MAX_HEADER), at);
  // (Every start's split at once: the header ends at the heading, its start is looked for.)
  const splits = headerSplits(before);
  for (let from = 0; from < before.length - 5; from++) {
    if (!/[\u4e00-\u9fff]/u.test(before[from] as string)) continue;
    // (The header opens after the table's title or a break, and its words are header words exactly
    // but one: a sentence of the body before `（一）` is no header.)
    if (from > 0 && !/[表单览\s。：:）)]/u.test(before[from - 1] as string)) continue;
    const split = splits[from]?.words;
    if (!split || split.length < 3) continue;
    const kinds = split.map((w) => headerKind(w) as ColumnKind);
    if (!kinds.some(isUnitColumn) || !kinds.includes('deadline') || !kinds.some((k) => k === 'task' || k === 'detail'))
      continue;
    if (split.filter((w) => !isExactHeaderWord(w)).length > 1) continue;
    return {
      words: ['序号', ...split],
      kinds: ['number', ...kinds],
      start: at - before.length + from,
      end: at,
      grouped: true,
    };
  }
  return undefined;
}

// For each start in a run, its rest split wholly into header words, the split naming most of them by
// their exact word (`工作任务具体要求` is two words, not one column of requirements), or undefined where
// no split covers the rest. One pass from the run's end: each word is asked about once.
function headerSplits(run: string): ({ score: number; words: string[] } | undefined)[] {
  const best: ({ score: number; words: string[] } | undefined)[] = [];
  best[run.length] = { score: 0, words: [] };
  for (let k = run.length - 1; k >= 0; k--) {
    for (let len = 2; len <= Math.min(10, run.length - k); len++) {
      const after = best[k + len];
      if (!after) continue;
      const word = run.slice(k, k + len);
      if (headerKind(word) === undefined) continue;
      // (A column of people named at length, `责任领导`, `处室负责人`, counts as one word: not `责任` and `领导`.)
      const whole = isExactHeaderWord(word) || (len >= 3 && PERSON_COLUMN.test(word));
      const score = after.score + (whole ? 10 + 2 * len : len);
      const current = best[k];
      // (On a tie, a task's column named in one word: `配合工作` is the work cooperated on, not `配合` and `工作`.)
      const oneTask =
        current !== undefined &&
        score === current.score &&
        after.words.length + 1 < current.words.length &&
        headerKind(word) === 'task';
      if (!current || score > current.score || oneTask) best[k] = { score, words: [word, ...after.words] };
    }
  }
  return best;
}

// Rows under group headings (`（一）合理配置医疗资源…1科学编制…医改办、社会事业局2015年6月2加快…（二）…1…`): each
// group's rows numbered from 1, read as in splitRows; the headings are no rows.
function splitGroupedRows(text: string, hasDeadline: boolean): GluedRow[] {
  const rows: GluedRow[] = [];
  const heads = allMatches(/（[一二三四五六七八九十]{1,3}）[^（）\d]{2,60}(?=1(?!\d))/gu, text);
  heads.forEach((head, h) => {
    const from = head.index + head[0].length;
    const to = heads[h + 1]?.index ?? text.length;
    for (const row of splitRows(text.slice(from, to), hasDeadline)) {
      const shift = (span: { from: number; to: number }) => ({ from: span.from + from, to: span.to + from });
      rows.push({
        ...row,
        numberSpan: shift(row.numberSpan),
        taskSpan: shift(row.taskSpan),
        unitsSpan: shift(row.unitsSpan),
        deadlineSpan: shift(row.deadlineSpan),
      });
    }
  });
  return rows;
}

interface GluedRow {
  /** True for the text's last row, cut before its units: only its number and text are known. */
  cut?: boolean;
  number: string;
  task: string;
  units: string;
  deadline: string;
  numberSpan: { from: number; to: number };
  taskSpan: { from: number; to: number };
  unitsSpan: { from: number; to: number };
  deadlineSpan: { from: number; to: number };
}

// The rows: `1…2…3…`, each number where the row before it ends in its units (and time limit).
// (A table may go on from an earlier one's numbers: `序号存在问题整改责任单位98 坛西大道…`.)
function splitRows(text: string, hasDeadline: boolean): GluedRow[] {
  const first = /^\s*([1-9]\d{0,2})(?![\d年月日号.．、%个项次条万亿元家所座名人户批期届])/u.exec(text);
  if (!first) return [];
  const rows: GluedRow[] = [];
  let number = Number(first[1]);
  let from = first[0].length;
  let numberFrom = first.index + first[0].length - (first[1] as string).length;
  for (;;) {
    const next = String(number + 1);
    const found = nextRow(text, from, next, (q, after) => {
      if (/[\d年月日号%.．个项次条万亿元家所座名人户]/u.test(after)) return undefined;
      // (After a row with units, a row of whole sentences and no units of its own, `…服务。5将…`, was
      // merged with it: it takes its units.)
      return (
        readTail(text, from, q, hasDeadline) ??
        (rows.length > 0 && /[\u4e00-\u9fff“]/u.test(after) ? mergedTail(text, from, q, hasDeadline) : undefined)
      );
    });
    const end = found?.at ?? -1;
    if (!found) {
      // The last row: whole only when its text ends in its units (and time limit).
      const last = text.length - from <= 3000 ? readTail(text, from, text.length, hasDeadline) : undefined;
      if (last) rows.push(makeRow(String(number), numberFrom, from, last));
      else if (rows.length > 0 && text.slice(from).trim().length >= 2) {
        // Cut before its units: kept as a row without them, which the table reader reports as cut.
        const rest = { from, to: text.length, text: text.slice(from).trim() };
        rows.push({
          ...makeRow(String(number), numberFrom, from, { text: rest.text, units: rest, deadline: rest, task: rest }),
          cut: true,
        });
      }
      break;
    }
    rows.push(makeRow(String(number), numberFrom, from, found.row));
    number++;
    numberFrom = end;
    from = end + next.length;
  }
  return rows;
}

// The time a schedule's row opens with: `全年`, `1月`, `2-3月`, `4月中旬`, `第三季度`.
const SCHEDULE_TIME =
  /^(?:全年|常年|长期|持续|每月|每季度|每半年|上半年|下半年|年底|年内|第?[一二三四]季度|\d{1,2}(?:[-－—~～至]\d{1,2})?月份?(?:[上中下]旬|底|初)?(?:前|之前)?)/u;
// The words (or closing mark) a schedule's task cell ends with, after which its unit cell may start:
// `…安全考核工作局安监处`.
const SCHEDULE_TASK_END =
  /(?:工作|活动|会议|演练|行动|检查|培训|讲座|宣传|教育|部署|整治|排查|考核|评估|总结|督查|督导|建设|管理|精神|要求|制度|规定|方案|计划|月|周|[”》）)])$/u;

// Rows of a schedule (`1全年深入学习…宣传教育局各处室按职责落实2全年…71月元旦…`): each row's number, then its
// time, its task and its units, nothing between them. A row starts where the next number stands before a
// time (`7` before `1月`) and a unit list ends the row before it. Its units are the unit list ending it that
// most rows end with (`局各处室按职责落实`, not `教育局各处室…`), then the one after a word a task ends with
// (`…演练` / `人防办`), then the shortest.
function splitScheduleRows(text: string): GluedRow[] {
  const first = /^\s*1(?!\d)/u.exec(text);
  if (!first) return [];
  const found: { numberFrom: number; from: number; to: number; time: number; tails: number[] }[] = [];
  const budget = { left: SCHEDULE_BUDGET };
  let numberFrom = first.index + first[0].length - 1;
  let from = numberFrom + 1;
  for (let number = 1; ; number++) {
    const next = String(number + 1);
    const at = nextRow(text, from, next, (q) =>
      SCHEDULE_TIME.test(text.slice(q + next.length, q + next.length + 12))
        ? scheduleTails(text, from, q, budget)
        : undefined,
    );
    const row = at?.row ?? (text.length - from <= 3000 ? scheduleTails(text, from, text.length, budget) : undefined);
    if (!row) break;
    found.push({ numberFrom, from, ...row });
    if (!at) break;
    numberFrom = at.at;
    from = at.at + next.length;
  }
  // How many rows end with each list after a word a task ends with.
  const boundary = (row: { time: number }, k: number) =>
    SCHEDULE_TASK_END.test(text.slice(Math.max(row.time, k - 4), k));
  const ends = new Map<string, number>();
  for (const row of found)
    for (const k of row.tails)
      if (boundary(row, k)) ends.set(text.slice(k, row.to), (ends.get(text.slice(k, row.to)) ?? 0) + 1);
  return found.map((row, r) => {
    let best = row.tails[0] as number;
    let bestScore = -1;
    for (const k of row.tails) {
      // (How many rows end so first, then a word a task ends with before it. Longer tails come first: a
      // later tail as good is shorter, and wins.)
      const score = 2 * (ends.get(text.slice(k, row.to)) ?? 0) + (boundary(row, k) ? 1 : 0);
      if (score >= bestScore) {
        best = k;
        bestScore = score;
      }
    }
    const cell = (a: number, b: number) => ({ from: a, to: b, text: text.slice(a, b).trim() });
    return {
      number: String(r + 1),
      task: text.slice(row.time, best).trim(),
      units: text.slice(best, row.to),
      deadline: text.slice(row.from, row.time),
      numberSpan: { from: row.numberFrom, to: row.numberFrom + String(r + 1).length },
      taskSpan: cell(row.time, best),
      unitsSpan: cell(best, row.to),
      deadlineSpan: cell(row.from, row.time),
    };
  });
}

// Unit lists tried in one reading of a schedule: some forty for each row, so that text that never reads
// as rows (a row number before a time, again and again, and no units) is given up on in linear time.
const SCHEDULE_BUDGET = 100_000;

// A schedule row's time and the starts of the unit lists that may end it (longest first), or undefined.
function scheduleTails(
  text: string,
  from: number,
  to: number,
  budget: { left: number },
): { to: number; time: number; tails: number[] } | undefined {
  let end = to;
  while (end > from && /\s/u.test(text[end - 1] as string)) end--;
  if (end - from > 3000) return undefined;
  const time = SCHEDULE_TIME.exec(text.slice(from, from + 12));
  if (!time) return undefined;
  const start = from + time[0].length;
  const tails: number[] = [];
  for (let k = Math.max(start + 2, end - 40); k <= end - 2 && budget.left > 0; k++) {
    if (!/^[\u4e00-\u9fff]/u.test(text[k] as string)) continue;
    budget.left--;
    if (looksLikeUnitList(text.slice(k, end))) tails.push(k);
  }
  return tails.length > 0 ? { to: end, time: start, tails } : undefined;
}

// Where row `next` starts after the row at `from`: the first place the number stands, not glued after a
// digit, where `read` makes a row of the text up to it (given the character after the number). A row is
// read within 3,000 characters: the search stays linear in the text.
function nextRow<T>(
  text: string,
  from: number,
  next: string,
  read: (at: number, after: string) => T | undefined,
  reach = 3000,
): { at: number; row: T } | undefined {
  for (let q = text.indexOf(next, from + 2); q >= 0 && q - from <= reach; q = text.indexOf(next, q + 1)) {
    if (/\d/u.test(text[q - 1] ?? '')) continue;
    const row = read(q, text[q + next.length] ?? '');
    if (row) return { at: q, row };
  }
  return undefined;
}

// The longest row of a table of phrases (see splitPhraseRows): a task named in a few words and its units.
const MAX_PHRASE_ROW = 60;
// The longest unit list such a row may end with, and the run of names and separators it is made of.
const MAX_PHRASE_UNITS = 30;
const PHRASE_UNITS_TAIL = /[\u4e00-\u9fff（）()、，,]+$/u;
// How a unit's name ends, at the end of such a row.
const PHRASE_ROW_END = /[局委办厅处科室站所队府院心会组部]$/u;

// The rows of a table whose task cells are short phrases, no sentences, each glued to its unit cell:
// `1十三五规划办公室2台商直通车办公室…9综治考评法规处…15商事登记制度行政许可处、信用信息处`. A row ends
// where the next number starts, its text ending as a unit's name does. Which end of the row is its units
// the table as a whole tells: of the unit lists each row may end with (`办公室`, `规划办公室`), the one
// whose least common name most rows may end with (`办公室`, not `规划办公室`; `法规处`, not `政策法规处`).
function splitPhraseRows(text: string): GluedRow[] {
  const first = /^\s*1(?!\d)/u.exec(text);
  if (!first) return [];
  const spans: { number: string; numberFrom: number; from: number; to: number }[] = [];
  let number = 1;
  let from = first[0].length;
  let numberFrom = from - 1;
  for (;;) {
    const next = String(number + 1);
    // (A row may open with a figure, `231+X专项督查…` is row 23's `1+X…`, but not with a date or a count.)
    const at =
      nextRow(
        text,
        from,
        next,
        (q) =>
          /^[\u4e00-\u9fff“《]|^\d+[+＋A-Za-z]/u.test(text.slice(q + next.length, q + next.length + 8)) &&
          PHRASE_ROW_END.test(text.slice(from, q).trimEnd())
            ? true
            : undefined,
        MAX_PHRASE_ROW,
      )?.at ?? -1;
    if (at < 0) {
      // The last row: up to the first blank after it, ending as a unit's name does.
      const rest = /^[^\s]{3,60}/u.exec(text.slice(from))?.[0] ?? '';
      if (PHRASE_ROW_END.test(rest)) spans.push({ number: String(number), numberFrom, from, to: from + rest.length });
      break;
    }
    spans.push({ number: String(number), numberFrom, from, to: at });
    number++;
    numberFrom = at;
    from = at + next.length;
  }
  if (spans.length < 3) return [];
  // Each row's possible unit lists (where they start, the names they hold by their separators), and on how
  // many rows each name may end them. (Names are only cut here, not read: the list a row takes is read
  // as units afterwards, the likeliest first, so a row asks about one or two lists, not every ending.)
  const candidates = spans.map((span) => {
    const row = text.slice(span.from, span.to).trimEnd();
    const lists: { k: number; names: string[] }[] = [];
    // (Only the row's tail of names and separators may be its units.)
    const tail = PHRASE_UNITS_TAIL.exec(row.slice(-MAX_PHRASE_UNITS));
    const from = tail ? row.length - tail[0].length : row.length;
    for (let k = Math.max(2, from); k <= row.length - 2; k++) {
      if (!/[\u4e00-\u9fff]/u.test(row[k] as string)) continue;
      const names = row.slice(k).split(/[、，,]/u);
      if (names.every((n) => n.length >= 2)) lists.push({ k, names });
    }
    return { row, lists };
  });
  const rowsNaming = new Map<string, number>();
  for (const { lists } of candidates) {
    const names = new Set<string>();
    for (const list of lists) for (const name of list.names) names.add(name);
    for (const name of names) rowsNaming.set(name, (rowsNaming.get(name) ?? 0) + 1);
  }
  const rows: GluedRow[] = [];
  // (A table names the same units row after row: each list is read once.)
  const readLists = new Map<string, boolean>();
  candidates.forEach(({ row, lists }, r) => {
    const span = spans[r] as (typeof spans)[number];
    // The lists by how many rows their least common name may end, then all their names; on a tie the longer
    // list (`办公室、机关党委` over `机关党委`): the first of them that reads as units.
    const ranked = lists
      .map((list) => {
        const counts = list.names.map((n) => rowsNaming.get(n) ?? 0);
        return { k: list.k, least: Math.min(...counts), all: counts.reduce((a, b) => a + b, 0) };
      })
      .sort((a, b) => b.least - a.least || b.all - a.all || a.k - b.k);
    const best = ranked.find((c) => {
      const list = row.slice(c.k);
      let reads = readLists.get(list);
      if (reads === undefined) {
        reads = looksLikeUnitList(list) && splitCleanUnits(list).units.length > 0;
        readLists.set(list, reads);
      }
      return reads;
    });
    if (!best) return;
    const task = { from: span.from, to: span.from + best.k, text: row.slice(0, best.k) };
    const units = { from: span.from + best.k, to: span.from + row.length, text: row.slice(best.k) };
    rows.push(
      makeRow(span.number, span.numberFrom, span.from, {
        text: row,
        units,
        deadline: { from: units.to, to: units.to, text: '' },
        task,
      }),
    );
  });
  // (Most rows read so, or none: a text of numbers and names that is no such table stays as it is.)
  return rows.length >= spans.length * 0.8 ? rows : [];
}

// The columns of a glued table with columns of people (`责任领导`, `责任人`, `处室负责人`) beside its one
// unit column: how many stand before and after the units, and what else follows them.
interface PersonLayout {
  /** Columns of people between the task and the units. */
  before: number;
  /** Columns of people after the units. */
  after: number;
  /** A time limit column after them. */
  deadline: boolean;
  /** How many columns of remarks (`宣传方式`, `备注`) end the row. */
  remarks: number;
  /** The header's words, as a page break may print them again at a row's end. */
  header: string;
  /** Units the rows name after names, with the row's number: other rows without names are read by them. */
  known: Map<string, number>;
  /** Unit lists still to be tried in this reading (see PERSON_BUDGET). */
  budget: number;
  /** How often each run of three characters occurs in the table (made when first asked). */
  grams?: Map<string, number>;
  /** The table's text. */
  table: string;
  /** Whether each list asked about reads as a glued unit list (rows name the same units again and again). */
  lists: Map<string, boolean>;
}

// Unit lists tried in one reading of a table with columns of people: a few hundred for each of its
// rows (a row's end is tried against some sixty starts), so that text that never reads as rows is
// given up on in time linear in the input.
const PERSON_BUDGET = 100_000;
// How many lists' readings a table keeps (a table of 1 MB asks about a few hundred thousand).
const MAX_KNOWN_LISTS = 100_000;

const PERSON_COLUMN = /(?:领导|责任人|负责人|联系人)$/u;

function personLayout(header: GluedHeader): PersonLayout | undefined {
  const unit = header.kinds.findIndex(isUnitColumn);
  if (unit < 0 || header.kinds.filter(isUnitColumn).length !== 1) return undefined;
  const person = header.words.map((w) => PERSON_COLUMN.test(w));
  if (!person.some(Boolean)) return undefined;
  const layout: PersonLayout = {
    before: 0,
    after: 0,
    deadline: false,
    remarks: 0,
    header: header.words.join(''),
    known: new Map(),
    budget: 0,
    table: '',
    lists: new Map(),
  };
  for (let c = 1; c < header.words.length; c++) {
    if (person[c]) {
      if (c < unit) layout.before++;
      else layout.after++;
    } else if (c > unit) {
      if (header.kinds[c] === 'deadline') layout.deadline = true;
      else layout.remarks++;
    }
  }
  // (Only the shapes read here: people and a time limit or remarks after the units, nothing else.)
  // (`序号 | 法律法规名称 | 责任单位 | 联系人 | 宣传方式 | 备注`: two columns of remarks after the person, the last
  // one mostly empty.)
  const tail = header.kinds.length - 1 - unit;
  return tail === layout.after + (layout.deadline ? 1 : 0) + layout.remarks && tail <= 3 ? layout : undefined;
}

// Common surnames: a person's name in a column of people opens with one of them. (The names such
// columns print are of three characters, or of two with a blank between them, `王 浩`, as tables
// pad them to the width of three.)
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍喻祁蒲房滕屈饶解牟艾尤穆卓古吉缪简车项连麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄丛仲虞敖巩佘池邝鞠荆冀郁胥栗鄢谌奚粟冼蔺阚帅屠朴练廉禹祖漆巴卿狄计宣晋扈晁芮阙邸雍辜裘亓邰赫杭逯茹诸嵇湛',
);
const NAME_CHAR = /^[\u4e00-\u9fff]$/u;

// A name of people ending at `end` (exclusive) in `row`: its start, or -1. Three characters, or two
// with blanks between them; two without a blank only where `short` allows (a cell of its own).
function nameBefore(row: string, end: number, short: boolean): number {
  const spaced = /([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])$/u.exec(row.slice(Math.max(0, end - 4), end));
  if (spaced && SURNAMES.has(spaced[1] as string)) return end - spaced[0].length;
  const three = row.slice(end - 3, end);
  if (end >= 3 && [...three].every((c) => NAME_CHAR.test(c)) && SURNAMES.has(three[0] as string)) return end - 3;
  const two = row.slice(end - 2, end);
  if (short && end >= 2 && [...two].every((c) => NAME_CHAR.test(c)) && SURNAMES.has(two[0] as string)) return end - 2;
  return -1;
}

// Where a run of names ending at `end` starts (at most `most` names; blanks between them crossed),
// or `end` itself where no name ends there. The run leaves two characters at least before it.
function namesBefore(row: string, end: number, most: number): number {
  let at = end;
  for (let n = 0; n < most; n++) {
    let e = at;
    while (e > 0 && /[ \u3000]/u.test(row[e - 1] as string)) e--;
    const start = nameBefore(row, e, false);
    if (start < 2) break;
    at = start;
  }
  return at;
}

// Whether `row[from, to)` opens with a person's name (three characters, or two with a blank between
// them) and goes on with a remark of words.
function nameThenRemark(row: string, from: number, to: number): boolean {
  const m = /^([\u4e00-\u9fff])(?:[ \u3000]{1,2}[\u4e00-\u9fff]|[\u4e00-\u9fff]{2})(?=[\u4e00-\u9fffA-Za-z“《])/u.exec(
    row.slice(from, Math.min(to, from + 8)),
  );
  return m !== null && SURNAMES.has(m[1] as string) && to - from - m[0].length <= 40;
}

// Whether `row[from, to)` is wholly a run of names (blanks between them allowed).
function isNameRun(row: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && /[ \u3000]/u.test(row[end - 1] as string)) end--;
  if (end === from) return true;
  for (let n = 0; n < 12 && end > from; n++) {
    const start = nameBefore(row, end, true);
    if (start < from) return false;
    end = start;
    while (end > from && /[ \u3000]/u.test(row[end - 1] as string)) end--;
  }
  return end === from;
}

// The rows of a glued table with columns of people (see personLayout): `1…零的突破王 浩知识产权处叶龙海
// 2016年12月2引导…工作站2016年12月3…`. A row ends in its time limit (or remark); its units stand between
// runs of names; a row with no unit cell (merged with the row above) has only its text and time.
function splitPersonRows(text: string, layout: PersonLayout): GluedRow[] {
  // (Read twice: the units of the rows read by the names before them are then known in the rows
  // without such names.)
  layout.budget = PERSON_BUDGET;
  layout.table = text;
  for (const row of readPersonRows(text, layout))
    if (row.named) for (const unit of splitCleanUnits(row.units).units) layout.known.set(unit.unit, Number(row.number));
  layout.budget = PERSON_BUDGET;
  return readPersonRows(text, layout);
}

function readPersonRows(text: string, layout: PersonLayout): (GluedRow & { named?: boolean })[] {
  const first = /^\s*1(?!\d)/u.exec(text);
  if (!first) return [];
  const rows: (GluedRow & { named?: boolean })[] = [];
  let number = 1;
  let from = first[0].length;
  let numberFrom = first.index + first[0].length - 1;
  for (;;) {
    const next = String(number + 1);
    const found = nextRow(text, from, next, (q, after) =>
      !/[\u4e00-\u9fff《“"]/u.test(after) ||
      // (A count, `14个`, is no row's number; but `个体工商户条例` opens a row's text.)
      (/[年月日号个项次条万亿元家所座名人户批期届]/u.test(after) &&
        !/^个(?:体|人|性|别)/u.test(text.slice(q + next.length, q + next.length + 2)))
        ? undefined
        : personRow(text, from, q, layout, number, rows.length > 0, /[《“"]/u.test(after)),
    );
    const end = found?.at ?? -1;
    let row = found?.row;
    if (!found && layout.budget >= 0) row = personRow(text, from, text.length, layout, number, rows.length > 0, false);
    // (Text that took the whole budget is no such table: the rows read so far stand.)
    if (layout.budget < 0) break;
    if (!row) break;
    rows.push({
      ...row,
      number: String(number),
      numberSpan: { from: numberFrom, to: numberFrom + String(number).length },
    });
    if (end < 0) break;
    number++;
    numberFrom = end;
    from = end + next.length;
  }
  // (Rows read without units all along are no such table.)
  return rows.some((r) => r.units !== '') ? rows : [];
}

// One row `[from, to)` of a table with columns of people, or undefined where it does not end as a row
// does: in its time limit where the table has one, else in units, names, a remark or a closing mark.
function personRow(
  text: string,
  from: number,
  to: number,
  layout: PersonLayout,
  number: number,
  merged: boolean,
  opener: boolean,
): (Omit<GluedRow, 'number' | 'numberSpan'> & { named?: boolean }) | undefined {
  const row = text.slice(from, to);
  if (row.trim().length < 2 || row.length > 3000) return undefined;
  let end = row.length;
  while (end > 0 && /\s/u.test(row[end - 1] as string)) end--;
  // (The header printed again at a page's top ends the row before it.)
  if (row.slice(0, end).endsWith(layout.header)) end -= layout.header.length;
  let deadline = { from: from + end, to: from + end, text: '' };
  const limit = trailingLimit(row.slice(0, end));
  if (limit !== undefined) {
    deadline = { from: from + limit, to: from + end, text: row.slice(limit, end).trim() };
    end = limit;
  } else if (layout.deadline) return undefined;
  // The units: the last list of names ending as an agency's does, with names (or nothing) after it and
  // names (or the row's text) before it.
  for (let e = end; e >= 2 && e > end - 40; e--) {
    if (!/[局委办厅处科室站所队府院心会司组部]/u.test(row[e - 1] as string)) continue;
    const rest = row.slice(e, end);
    // (After the units: a run of names where a column of people follows, else a remark, short; a
    // person, then remarks, where columns of both follow: `…行政许可处林本勇宣传小册、法律讲座等`.)
    const fits =
      layout.after > 0 && layout.remarks > 0 && !layout.deadline
        ? isNameRun(row, e, end) || nameThenRemark(row, e, end)
        : layout.after > 0
          ? isNameRun(row, e, end)
          : rest.trim().length <= 12 && !/[》”）)]/u.test(rest);
    if (!fits) continue;
    const found = unitsStart(row, e, layout, number, rest.trim() !== '');
    if (found === undefined) continue;
    const start = found.start;
    const taskEnd = layout.before > 0 ? namesBefore(row, start, 3 * layout.before) : start;
    const task = row.slice(0, taskEnd).trim();
    if (task.length < 2) continue;
    return {
      task,
      units: row.slice(start, e),
      deadline: deadline.text,
      taskSpan: { from, to: from + taskEnd },
      unitsSpan: { from: from + start, to: from + e },
      deadlineSpan: deadline,
      named: found.named,
    };
  }
  // A row whose unit cell was merged with the row above: its text, and its time where it has one.
  if (!merged) return undefined;
  const task = row.slice(0, end).trim();
  // (It ends in its time, a closing mark, or where the next row opens one: `…》办法27《…`.)
  if (task.length < 2 || !(deadline.text !== '' || opener || /[。；》”）)]$/u.test(task))) return undefined;
  return {
    task,
    units: '',
    deadline: deadline.text,
    taskSpan: { from, to: from + end },
    unitsSpan: { from: from + end, to: from + end },
    deadlineSpan: deadline,
  };
}

// Where the unit list ending at `e` starts (see below for which list is taken), and whether names stood
// before it.
function unitsStart(
  row: string,
  e: number,
  layout: PersonLayout,
  number: number,
  namesAfter: boolean,
): { start: number; named: boolean } | undefined {
  const lists: number[] = [];
  // (A list holds no blank or mark: it starts after the last one before its end.)
  let floor = Math.max(0, e - 60);
  for (let k = e - 1; k >= floor; k--) if (/[\s，。；：《》“”"]/u.test(row[k] as string)) floor = k + 1;
  // (Not inside a title or a bracket, `《建设项目…管理办法》`: the marks opened before each start, counted
  // once up to the first and then on.)
  let open = count(row.slice(0, floor), /[《（(“]/gu) - count(row.slice(0, floor), /[》）)”]/gu);
  for (let s = floor; s <= e - 3; s++) {
    if (s > floor) open += /[《（(“]/u.test(row[s - 1] as string) ? 1 : /[》）)”]/u.test(row[s - 1] as string) ? -1 : 0;
    if (--layout.budget < 0) return undefined;
    if (open > 0) continue;
    const list = row.slice(s, e);
    let glued = layout.lists.get(list);
    if (glued === undefined) {
      glued = isGluedUnitList(list);
      if (layout.lists.size < MAX_KNOWN_LISTS) layout.lists.set(list, glued);
    }
    if (!glued) continue;
    lists.push(s);
  }
  // The longest list after names where columns of people stand before it, where no unit another row
  // names (known from another row: a row's own misreading is not taken for knowledge) opens a list,
  // or the names are sure ones; else the longest opening with such a known unit; else the longest after
  // a full stop or closing mark; else, with names after it, the shortest.
  const known = lists.find((s) => [...layout.known].some(([u, n]) => n !== number && row.startsWith(u, s)));
  const named = lists.find(
    (s) => layout.before > 0 && namesBefore(row, s, 3 * layout.before) < s && !startsWithName(row, s, e),
  );
  // (Names that may be words of the text, `…规范经营` read as the name 范经营, give way to a known unit
  // after them: only a padded name or one the table prints again outweighs it.)
  if (named !== undefined && (known === undefined || (named < known && surelyNamed(row, named, layout))))
    return { start: named, named: true };
  if (known !== undefined) return { start: known, named: false };
  // (Right after the title of a law or a rule: `中华人民共和国行政处罚法政策法规处陈 榕…`; of several such, the
  // last, `价格违法行为行政处罚规定物价处`.)
  const titled = lists.findLast((s) => LAW_TITLE_END.test(row.slice(Math.max(0, s - 4), s)));
  if (titled !== undefined) return { start: titled, named: false };
  const stopped = lists.find((s) =>
    /[。；》”）)]/u.test(
      row
        .slice(Math.max(0, s - 4), s)
        .trimEnd()
        .slice(-1),
    ),
  );
  // (Names after the list mark where it ends; without a mark before it, the shortest list:
  // `…平价商店物价处黄剑峰`.)
  const start = stopped ?? (namesAfter ? lists[lists.length - 1] : undefined);
  return start === undefined ? undefined : { start, named: false };
}

// How the title of a law, a regulation or a rule ends.
const LAW_TITLE_END = /(?:法|条例|规定|办法|细则|规则|决定)$/u;

// Whether the name before `s` is surely one: padded with a blank, or printed more than once in the table.
function surelyNamed(row: string, s: number, layout: PersonLayout): boolean {
  if (/[ \u3000]/u.test(row.slice(Math.max(0, s - 4), s))) return true;
  if (!layout.grams) {
    layout.grams = new Map();
    for (let k = 0; k + 3 <= layout.table.length; k++) {
      const gram = layout.table.slice(k, k + 3);
      layout.grams.set(gram, (layout.grams.get(gram) ?? 0) + 1);
    }
  }
  return (layout.grams.get(row.slice(s - 3, s)) ?? 0) > 1;
}

// A list of units as a glued table prints it: no blanks, each name of three characters or more.
function isGluedUnitList(list: string): boolean {
  // (Nor a list with figures in it: `第123法政策法规处` is a title's end and units.)
  if (/[\s\d]/u.test(list) || !/^[\u4e00-\u9fff]/u.test(list) || !looksLikeUnitList(list)) return false;
  return splitCleanUnits(list).units.every((u) => u.unit.length >= 3);
}

// Whether a person's name opens `row` at `s`, the units going on after it (before the list's end `e`).
function startsWithName(row: string, s: number, e: number): boolean {
  for (const to of [s + 3, s + 4])
    if (to <= e - 3 && nameBefore(row, to, false) === s && isGluedUnitList(row.slice(to, e))) return true;
  return false;
}

const count = (text: string, marks: RegExp) => (text.match(marks) ?? []).length;

// Where a time limit ends the row text, or undefined: the first place in its last 30 characters from
// which the rest reads as one.
function trailingLimit(row: string): number | undefined {
  const window = Math.max(0, row.length - 30);
  for (const m of allMatches(DEADLINE_START, row)) {
    if (m.index < window) continue;
    if (looksLikeDeadline(row.slice(m.index).trim())) return m.index;
  }
  return undefined;
}

// A measure's time limit and the units right after it, glued (`…领导小组3月区经发局区环土局1、…`): the
// units run to the next digit (a source list's number, the next group's or measure's) or blank.
const LIMIT_THEN_UNITS =
  /((?:19|20)\d{2}年)?(?:\d{1,2}月(?:\d{1,2}日)?(?:底|末|份)?(?:前|之前)?|全年|年底前?|年内|上半年|下半年|长期|持续推进|每季度|每月|每年)(?:[（(][^（）()]{1,30}[）)])?(?=[^\d\s、，。；（(]{2})([^\d\s。；：]{2,80})/gu;

function splitMeasureRows(text: string, bare = false): GluedRow[] {
  // (`N、`, or with `bare` the number alone before the measure's first character: `1加强组织领导…`.)
  const markOf = (n: number) => (bare ? String(n) : `${n}、`);
  const rows: GluedRow[] = [];
  let number = 1;
  let after = 0;
  // (Matches are tried from every place a time limit starts, not only after the last match: a
  // phrase that is no time limit, `每季度召开…`, must not hide the one after it.)
  LIMIT_THEN_UNITS.lastIndex = 0;
  for (let m = LIMIT_THEN_UNITS.exec(text); m; m = LIMIT_THEN_UNITS.exec(text)) {
    LIMIT_THEN_UNITS.lastIndex = m.index + 1;
    if (m.index < after) continue;
    // (Numbers without `、` are the shape only if its first row is found near the table's start, and the
    // rows keep coming: a run of time limits with no row between them is none, read once.)
    if (bare && m.index - after > 3000) break;
    const units = leadingUnits(m[2] as string);
    if (units === '') continue;
    // The measure: the last `N、` (N the next number, or the one after it) before the time limit.
    let start = -1;
    let found = number;
    // (Within 3,000 characters before the time limit, as a row is read: the search stays linear.)
    const from = Math.max(after, m.index - 3000);
    const window = text.slice(from, m.index);
    for (const n of [number, number + 1]) {
      const mark = markOf(n);
      for (let q = window.lastIndexOf(mark); q >= 0; q = q > 0 ? window.lastIndexOf(mark, q - 1) : -1) {
        const before = text[from + q - 1] ?? '';
        const after = text[from + q + mark.length] ?? '';
        const measured = /[名人个项次条家所户座万元年月日号天周余]/u.test(after);
        if (
          !/\d/u.test(before) &&
          (!bare || (/[\u4e00-\u9fff“]/u.test(after) && !measured && !/[年月日第—\-～]/u.test(before)))
        ) {
          start = from + q;
          found = n;
          break;
        }
      }
      if (start >= 0) break;
    }
    if (start < 0) continue;
    const taskFrom = start + markOf(found).length;
    const task = text.slice(taskFrom, m.index).trim();
    if (task.length < 2) continue;
    const unitsFrom = m.index + m[0].length - (m[2] as string).length;
    rows.push({
      number: String(found),
      task,
      units,
      deadline: text.slice(m.index, unitsFrom),
      numberSpan: { from: start, to: start + String(found).length },
      taskSpan: { from: taskFrom, to: m.index },
      unitsSpan: { from: unitsFrom, to: unitsFrom + units.length },
      deadlineSpan: { from: m.index, to: unitsFrom },
    });
    number = found + 1;
    after = unitsFrom + units.length;
    LIMIT_THEN_UNITS.lastIndex = after;
  }
  return rows;
}

// Rows numbered `1.1`, `1.2.1`, `1.3`, `2.1` … (a work list), each group's own number glued before its
// first row (`11.1…`, `22.1…`). A row's end holds, where printed, its time limit, its state of progress
// (`已完成`, `在建`, `待…`) and its units (`…发布实施。 已完成区旅发委`); rows without them share the
// cells of the row above (merged).
function splitDottedRows(text: string): GluedRow[] {
  const starts: { at: number; to: number; number: string; group: number | undefined }[] = [];
  let previous: number[] | undefined;
  let from = 0;
  for (;;) {
    const found = nextDottedRow(text, from, previous);
    if (!found) break;
    starts.push({ at: found.at, to: found.to, number: found.parts.join('.'), group: found.group });
    previous = found.parts;
    from = found.to;
  }
  if (starts.length < 3) return [];
  const rows: GluedRow[] = [];
  starts.forEach((start, k) => {
    // (The last row ends before the table's note, `注：其他工作内容…`.)
    const note = k === starts.length - 1 ? text.slice(start.to).search(/注[：:]/u) : -1;
    const end = starts[k + 1]?.group ?? starts[k + 1]?.at ?? (note >= 0 ? start.to + note : text.length);
    const cells = rowCells(text, start.to, end);
    rows.push({
      number: start.number,
      task: cells.task.text,
      units: cells.units.text,
      deadline: cells.deadline.text,
      numberSpan: { from: start.at, to: start.to },
      taskSpan: cells.task,
      unitsSpan: cells.units,
      deadlineSpan: cells.deadline,
    });
  });
  return rows;
}

const DOTTED = /(\d{1,2})((?:\.\d{1,2}){1,3})(?![\d.．%％米万亿元倍个])/gu;

// The next row's number after `from`: one that follows `previous` (the next at some level, with the
// levels below it at 1); the first is `1.1` (or `g` glued before `g.1`). Looked for within 3,000
// characters, as a row is read.
function nextDottedRow(
  text: string,
  from: number,
  previous: number[] | undefined,
): { at: number; to: number; parts: number[]; group?: number } | undefined {
  DOTTED.lastIndex = from;
  for (let m = DOTTED.exec(text); m && m.index - from <= 3000; m = DOTTED.exec(text)) {
    const before = text[m.index - 1] ?? '';
    let at = m.index;
    let first = m[1] as string;
    let group: number | undefined;
    // (`11.1`: the group's number `1` glued before `1.1`.)
    if (first.length === 2 && first[0] === first[1] && !/\d/u.test(before)) {
      first = first[1] as string;
      group = m.index;
      at++;
    } else if (/\d/u.test(before) && text.slice(m.index - first.length, m.index) === first) {
      // (`1010.1`: the group's number `10` glued before `10.1`.)
      group = m.index - first.length;
    } else if (/[\d.．]/u.test(before)) continue;
    const parts = [Number(first), ...(m[2] as string).slice(1).split('.').map(Number)];
    if (follows(previous, parts))
      return group === undefined
        ? { at, to: m.index + m[0].length, parts }
        : { at, to: m.index + m[0].length, parts, group };
  }
  return undefined;
}

function follows(previous: number[] | undefined, parts: number[]): boolean {
  if (!previous) return parts[0] === 1 && parts.slice(1).every((p) => p === 1);
  for (let level = 0; level < parts.length && level <= previous.length; level++) {
    if (level < previous.length && parts[level] === (previous[level] as number) + 1) {
      return previous.slice(0, level).every((p, k) => parts[k] === p) && parts.slice(level + 1).every((p) => p === 1);
    }
    if (parts[level] !== previous[level]) return false;
  }
  return false;
}

// A row's own cells at its end: time limit, state of progress, units (each may be missing).
const ROW_STATE =
  /(?:已完成|已协调|已设置|已启动|已发文|在建|在完善中|完善中|在沟通|推进中|进行中|未完成|正在[\u4e00-\u9fff]{0,10}|待[\u4e00-\u9fff]{1,14})\s*$/u;
const ROW_STATE_START = /^(?:已|在建|在完善|完善中|在沟通|推进中|进行中|未完成|正在|待|上旬|中旬|下旬|底|初|末|前)/u;
const ROW_LIMIT =
  /(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:上旬|中旬|下旬|底|初|末)?(?:前|之前)?|年底前?|年内|长期|持续推进)\s*$/u;
function rowCells(
  text: string,
  from: number,
  to: number,
): {
  task: { from: number; to: number; text: string };
  units: { from: number; to: number; text: string };
  deadline: { from: number; to: number; text: string };
} {
  const row = text.slice(from, to);
  let end = row.length;
  while (end > 0 && /\s/u.test(row[end - 1] as string)) end--;
  // The units: the longest run of names that ends the row, after its state, time limit or full stop.
  let units = { from: from + end, to: from + end, text: '' };
  for (let k = Math.max(0, end - 30); k <= end - 2; k++) {
    const tail = row.slice(k, end);
    const head = row.slice(0, k);
    // (Not a state or a time limit read as the start of a name: `已完成区旅发委`, `8月中旬在建…`.)
    if (!/^[\u4e00-\u9fff]/u.test(tail) || ROW_STATE_START.test(tail) || !looksLikeUnitList(tail)) continue;
    if (!(ROW_STATE.test(head) || ROW_LIMIT.test(head) || /[。；\s]$/u.test(head))) continue;
    units = { from: from + k, to: from + end, text: tail };
    end = k;
    break;
  }
  const state = ROW_STATE.exec(row.slice(0, end));
  if (state) end = state.index;
  while (end > 0 && /\s/u.test(row[end - 1] as string)) end--;
  let deadline = { from: from + end, to: from + end, text: '' };
  const limit = ROW_LIMIT.exec(row.slice(0, end));
  if (limit && limit.index > 0) {
    deadline = { from: from + limit.index, to: from + end, text: limit[0].trim() };
    end = limit.index;
  }
  return { task: { from, to: from + end, text: row.slice(0, end).trim() }, units, deadline };
}

// The units a run of glued text opens with (`区环土局区财金局关于下达…` → `区环土局区财金局`), or '': the
// longest head, ending as an agency's name does, whose names all read as units.
function leadingUnits(run: string): string {
  const clean = run.replace(/[、，]+$/u, '');
  // (At most eight heads are tried, longest first: a run holds a few names.)
  for (let end = clean.length, tries = 0; end >= 2 && tries < 8; end--) {
    if (end < clean.length && !/[局委办厅处科室站所队府院心会]/u.test(clean[end - 1] as string)) continue;
    tries++;
    const head = clean.slice(0, end);
    const names = splitCleanUnits(head).units;
    if (names.length > 0 && names.every((u) => looksLikeUnit(u.unit))) return head;
  }
  return '';
}

interface Tail {
  text: string;
  units: { from: number; to: number; text: string };
  deadline: { from: number; to: number; text: string };
  task: { from: number; to: number; text: string };
}

// A row's units after its last full stop, and its time limit after them where the table has one.
function readTail(text: string, from: number, to: number, hasDeadline: boolean): Tail | undefined {
  const row = text.slice(from, to);
  if (row.length < 4 || row.length > 3000) return undefined;
  let unitsEnd = row.length;
  let deadline = { from: to, to, text: '' };
  if (hasDeadline) {
    let found: number | undefined;
    const window = Math.max(0, row.length - 30);
    for (const m of allMatches(DEADLINE_START, row, window)) {
      if (m.index < window) continue;
      const phrase = row.slice(m.index).trim();
      if (looksLikeDeadline(phrase) && unitsBefore(row, m.index) !== undefined) {
        found = m.index;
        break;
      }
    }
    if (found === undefined) return undefined;
    unitsEnd = found;
    deadline = { from: from + found, to, text: row.slice(found).trim() };
  }
  const unitsStart = unitsBefore(row, unitsEnd);
  if (unitsStart === undefined) return undefined;
  return {
    text: row,
    units: { from: from + unitsStart, to: from + unitsEnd, text: row.slice(unitsStart, unitsEnd).trim() },
    deadline,
    task: { from, to: from + unitsStart, text: row.slice(0, unitsStart).trim() },
  };
}

// A row without a unit cell (merged with the row above): whole sentences, then its time limit where
// the table has one.
function mergedTail(text: string, from: number, to: number, hasDeadline: boolean): Tail | undefined {
  const row = text.slice(from, to);
  if (row.length < 4 || row.length > 3000) return undefined;
  let end = row.trimEnd().length;
  let deadline = { from: from + end, to: from + end, text: '' };
  const limit = hasDeadline ? trailingLimit(row.slice(0, end)) : undefined;
  if (limit !== undefined) {
    deadline = { from: from + limit, to: from + end, text: row.slice(limit, end).trim() };
    end = limit;
  }
  const task = row.slice(0, end).trim();
  if (!/[。；！]$/u.test(task) || task.length < 4) return undefined;
  return {
    text: row,
    units: { from: from + end, to: from + end, text: '' },
    deadline,
    task: { from, to: from + end, text: task },
  };
}

// Where the unit list ending at `end` starts: right after the row's last full stop.
function unitsBefore(row: string, end: number): number | undefined {
  const head = row.slice(0, end);
  const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('！'));
  if (stop < 0) return undefined;
  const list = head.slice(stop + 1).trim();
  return list.length >= 2 && list.length <= 200 && looksLikeUnitList(list) ? stop + 1 : undefined;
}

function makeRow(number: string, numberFrom: number, from: number, tail: Tail): GluedRow {
  return {
    number,
    task: tail.task.text,
    units: tail.units.text,
    deadline: tail.deadline.text,
    numberSpan: { from: numberFrom, to: numberFrom + number.length },
    taskSpan: { from, to: tail.task.to },
    unitsSpan: tail.units,
    deadlineSpan: tail.deadline,
  };
}

// A pipe row whose cells point at the glyphs they were read from.
function pipeRow(
  cells: readonly string[],
  spans: readonly { from: number; to: number }[],
  glyphs: readonly Glyph[],
  fallback: TextLine,
  input: string,
): TextLine {
  let text = '';
  const at: number[] = [];
  cells.forEach((cell, c) => {
    const span = spans[c] as { from: number; to: number };
    const first = glyphs[span.from];
    const here = first?.at ?? fallback.start;
    text += c === 0 ? '' : ' ';
    at.push(here);
    // The cell's own characters, as read (trimmed text inside the span).
    const raw = glyphs.slice(span.from, span.to);
    const lead = raw.findIndex((g) => g.ch !== ' ');
    const body = lead < 0 ? [] : raw.slice(lead, lead + cell.length);
    for (const g of body) {
      text += g.ch;
      at.push(g.at);
    }
    text += ' |';
    const last = body[body.length - 1]?.at ?? here;
    at.push(last + 1, last + 1);
  });
  const owner = glyphs[spans[0]?.from ?? 0]?.line ?? fallback;
  let start = Number.POSITIVE_INFINITY;
  for (const n of at) if (n < start) start = n;
  return synthetic(text, at, owner, start, input);
}

// The fields of a task card a page glued into one run (`专项名称…分管领导…牵头单位质监处配合单位稽查支队、各分局工作任务
// （一）…（二）…时间安排自2017年1月开始至2019年11月注意事项…`).
const CARD_FIELD =
  /(专项名称|工作名称|任务名称|分管领导|牵头领导|牵头单位|牵头部门|牵头处室|配合单位|配合部门|配合处室|责任单位|责任部门|责任处室|工作任务|时间安排|完成时限|注意事项|落实反馈|工作要求)[：:]?/gu;
// The fields after a card's 工作任务: where its work ends.
const CARD_AFTER_WORK = /(时间安排|完成时限|注意事项|落实反馈|工作要求)[：:]?/u;
// Numbered items of the card's 工作任务: `（一）…`, `一、…`, `1.…`.
const CARD_ITEM_NUMBER = '（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、](?!\\d)';
// (The first may follow a blank: `工作任务 （一）…`.)
const CARD_ITEM = new RegExp(`(?:^\\s*|(?<=[。；;]\\s*))(${CARD_ITEM_NUMBER})`, 'gu');
const CARD_ITEM_START = new RegExp(`^(?:${CARD_ITEM_NUMBER})`, 'u');
// An item naming its own units in a bracket: the card's units are not its.
const OWN_UNITS =
  /[（(〔](?:责任单位|牵头单位|配合单位|责任处室|牵头处室)[：:]|[（(〔][^（）()〔〕]{2,40}(?:负责|牵头)[）)〕]/u;

interface Piece {
  line: TextLine;
  from: number;
  to: number;
}

/**
 * Rewrites task cards glued into one run of text (see CARD_FIELD) as lines the outline reads: each item
 * of the card's 工作任务 (or the whole of it) followed by the card's unit labels and its 时间安排 as
 * the time limit, unless the item names its own units in a bracket. The card's items may go on over the
 * lines after it (a flattened page splits its lines at item numbers). Other lines are returned as they are.
 *
 * @param lines - the plan's lines
 * @param input - the text they were split from
 * @returns the lines, each glued card replaced by its tasks and their labels
 * @example
 * ```ts
 * const text = '专项名称春季整治分管领导王某牵头单位质监处配合单位稽查支队工作任务（一）开展排查。（二）集中整治。时间安排自2017年1月开始至2017年11月';
 * unglueCards(splitLines(text), text).map((l) => l.text).slice(0, 4);
 * // ['（一）开展排查。', '牵头单位：质监处', '配合单位：稽查支队', '完成时限：自2017年1月开始至2017年11月']
 * ```
 */
export function unglueCards(lines: readonly TextLine[], input: string): TextLine[] {
  let out: TextLine[] | undefined;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as TextLine;
    const head = readCardHead(line.text);
    if (!head) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, k);
    // The card's work: the rest of its line up to a later field, then the lines after it up to one.
    const pieces: Piece[] = [];
    let end: { line: TextLine; at: number } | undefined;
    const cut = (l: TextLine, from: number) => {
      const m = CARD_AFTER_WORK.exec(l.text.slice(from));
      return m ? from + m.index : -1;
    };
    // (The work starts after the blanks that follow its field: `工作任务 （一）…`.)
    let workFrom = head.work;
    while (workFrom < line.text.length && /\s/u.test(line.text[workFrom] as string)) workFrom++;
    const firstEnd = cut(line, workFrom);
    pieces.push({ line, from: workFrom, to: firstEnd < 0 ? line.text.length : firstEnd });
    if (firstEnd >= 0) end = { line, at: firstEnd };
    let j = k + 1;
    for (; !end && j < lines.length && j <= k + 60; j++) {
      const next = lines[j] as TextLine;
      if (next.text === '') continue;
      const at = cut(next, 0);
      if (at !== 0) pieces.push({ line: next, from: 0, to: at < 0 ? next.text.length : at });
      if (at >= 0) end = { line: next, at };
    }
    if (!end) {
      // (No field after the work: no card after all.)
      out.push(line);
      continue;
    }
    const time = /^(?:时间安排|完成时限)[：:]?([^。；;\n]{2,60})/u.exec(end.line.text.slice(end.at));
    const labels: string[] = [`牵头单位：${head.lead}`];
    if (head.cooperate) labels.push(`配合单位：${head.cooperate}`);
    if (head.responsible) labels.push(`责任单位：${head.responsible}`);
    // (The time limit ends at the next field, `注意事项…`, or at its comma, `…至2019年11月，分三个阶段进行`;
    // a schedule of stages, `1.部署阶段（4月15日—4月30日）…4.总结阶段（12月1日—12月5日）`, ends with its last.)
    const endAt = lines.indexOf(end.line);
    const stage = lastStage(lines, endAt, end.at);
    let limit: string | undefined;
    if (stage) limit = `完成时限：${stage}`;
    else if (time)
      limit = `完成时限：${(time[1] as string).replace(/(?:[，,]|注意事项|落实反馈|工作要求|附件).*$/u, '')}`;
    // The pieces in items: each numbered piece starts one, the rest go on the item before.
    const items: Piece[][] = [];
    for (const piece of pieces) {
      const text = piece.line.text.slice(piece.from, piece.to);
      const starts = allMatches(CARD_ITEM, text).map((m) => m.index);
      if (starts[0] === 0 && starts.length > 1) {
        starts.forEach((s, n) => {
          items.push([{ line: piece.line, from: piece.from + s, to: piece.from + (starts[n + 1] ?? text.length) }]);
        });
      } else if (items.length === 0 || CARD_ITEM_START.test(text)) items.push([piece]);
      else (items[items.length - 1] as Piece[]).push(piece);
    }
    if (head.before > 0) out.push(part(line, 0, head.before, input));
    for (const item of items) {
      for (const piece of item) if (piece.to > piece.from) out.push(part(piece.line, piece.from, piece.to, input));
      const text = item.map((p) => p.line.text.slice(p.from, p.to)).join('');
      const last = item[item.length - 1] as Piece;
      // (An item naming its own units in a bracket keeps them, and takes the card's time limit.)
      // (So does an item opening with one of the card's units: `（一）市场规范管理处牵头开展…`, `（二）消费者权益保护处负责…`
      // is that unit's, as it reads, not every unit's of the card.)
      const opener = cardUnitOpening(text, head);
      const own = [...(opener ? [opener] : OWN_UNITS.test(text) ? [] : labels), ...(limit ? [limit] : [])];
      for (const label of own)
        out.push(synthetic(label, [], last.line, last.line.start + rawOffset(last.line, last.to), input));
    }
    out.push(part(end.line, end.at, end.line.text.length, input));
    k = endAt;
  }
  return (out ?? [...lines]).map((l, index) => (l.index === index ? l : { ...l, index }));
}

// The card's 时间安排 as a schedule of stages, each with its dates in a bracket (`1.部署阶段（4月15日—4月30日）…
// 3.总结阶段（12月1日—12月5日）`): the last stage's dates, or undefined where it names fewer than two such
// stages. Read from the field to the next one (`注意事项`), over the lines after it.
function lastStage(lines: readonly TextLine[], at: number, from: number): string | undefined {
  let text = '';
  for (let k = at; k < lines.length && k <= at + 60 && text.length < 6000; k++) {
    const line = (lines[k] as TextLine).text;
    const piece = k === at ? line.slice(from) : line;
    const stop = /注意事项|落实反馈|工作要求/u.exec(piece);
    text += stop ? piece.slice(0, stop.index) : piece;
    if (stop) break;
  }
  const stages = allMatches(/[（(]([^（）()]{2,40})[）)]/gu, text).filter((m) => /\d{1,2}\s?月/u.test(m[1] as string));
  return stages.length >= 2 ? (stages[stages.length - 1]?.[1] as string) : undefined;
}

// A glued card's head: the units before its 工作任务 by their roles, where the card starts and where its
// work starts.
interface CardHead {
  before: number;
  lead: string;
  cooperate?: string;
  responsible?: string;
  work: number;
}

// The label of an item of a card that opens with one of the card's units (after the item's number), doing
// the work (`牵头开展…`, `负责…`, `督促…`, `：负责…`): lead where it leads, else responsible; or undefined.
function cardUnitOpening(text: string, head: CardHead): string | undefined {
  const body = text.trimStart().replace(CARD_ITEM_START, '');
  const names = [head.lead, head.cooperate ?? '', head.responsible ?? '']
    .flatMap((list) => list.split(/[、，,]/u))
    .map((name) => name.trim())
    .filter((name) => name.length >= 2);
  const unit = names.filter((name) => body.startsWith(name)).sort((a, b) => b.length - a.length)[0];
  if (unit === undefined) return undefined;
  const after = body.slice(unit.length);
  if (!/^(?:[：:]|负责|牵头|要|加大|加强|督促|指导|组织|开展|做好|落实)/u.test(after)) return undefined;
  return /^[：:]?(?:负责)?牵头/u.test(after) ? `牵头单位：${unit}` : `责任单位：${unit}`;
}

// A glued card's head (see CardHead), or undefined where the line holds none (牵头单位 glued after another
// field, then 工作任务; a card printed as labelled lines is read as such).
function readCardHead(text: string): CardHead | undefined {
  if (text.length > 20_000 || !text.includes('工作任务') || !/牵头(?:单位|部门|处室)/u.test(text)) return undefined;
  const found: { name: string; at: number; end: number }[] = [];
  const seen = new Set<string>();
  for (const m of allMatches(CARD_FIELD, text)) {
    const name = m[1] as string;
    if (seen.has(name)) continue;
    seen.add(name);
    found.push({ name, at: m.index, end: m.index + m[0].length });
    if (name === '工作任务') break;
  }
  const task = found.findIndex((f) => f.name === '工作任务');
  const leadAt = found.findIndex((f) => /^牵头(?:单位|部门|处室)$/u.test(f.name));
  if (task < 0 || leadAt < 0 || leadAt > task || (found[leadAt] as { at: number }).at === 0) return undefined;
  // (A card opens with its name or its leader: prose naming `各牵头单位` and `工作任务` is none.)
  if (!/^(?:专项名称|工作名称|任务名称|分管领导|牵头领导)$/u.test((found[0] as { name: string }).name))
    return undefined;
  const value = (i: number) =>
    text.slice((found[i] as { end: number }).end, (found[i + 1] as { at: number }).at).trim();
  const lead = value(leadAt);
  if (lead === '' || lead.length > 80 || !looksLikeUnitList(lead)) return undefined;
  const cooperateAt = found.findIndex((f) => /^配合(?:单位|部门|处室)$/u.test(f.name));
  // (`牵头单位食品处责任单位各分局`: the units that carry the work out, after the lead.)
  const responsibleAt = found.findIndex((f) => /^责任(?:单位|部门|处室)$/u.test(f.name));
  const card: CardHead = {
    before: (found[0] as { at: number }).at,
    lead,
    work: (found[task] as { end: number }).end,
  };
  if (cooperateAt >= 0 && cooperateAt < task) card.cooperate = value(cooperateAt);
  if (responsibleAt >= 0 && responsibleAt < task && looksLikeUnitList(value(responsibleAt)))
    card.responsible = value(responsibleAt);
  return card;
}
