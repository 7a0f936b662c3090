// The tasks of a fixture's expectation printed again in the forms offices publish task lists in:
// a table of pipe rows, the same with a header of two rows, a web page's table with merged header
// cells, a table copied from a word processor with tabs (empty cells marked `/`, or left empty
// with a cell broken over lines), a table copied one cell per line, task cards of labelled lines,
// and sentences closed by a labelled bracket or by role words. Each form says exactly what the
// expectation says, in real unit names and real deadline wording from the corpus, so the parser
// must read every form back to the expectation (see plan-table-forms.test.ts). Every function is
// pure and deterministic.
import type { ExpectedDeadline, ExpectedTask, PlanExpectation } from './plan-scoring.js';
import { asDocx, asHtmlPage, withTwoRowHeader } from './plan-variants.js';

/** A unit column of a task table, with the header word a table prints over it. */
const UNIT_COLUMNS = [
  ['lead', '牵头单位'],
  ['responsible', '责任单位'],
  ['cooperate', '配合单位'],
] as const;

const EVERY: Readonly<Record<string, string>> = {
  week: '每周',
  month: '每月',
  quarter: '每季度',
  halfYear: '每半年',
  year: '每年',
};

/**
 * The deadline as a plan prints it: the expectation's own wording where it has one, else the
 * usual wording of its kind (`2024年6月30日前`, `年底前`, `持续推进`, `10个工作日内`, `每季度`).
 *
 * @param deadline - an expected deadline
 * @returns the deadline text, empty for none
 * @example
 * ```ts
 * deadlineText({ kind: 'date', by: '2024-06-30' }); // '2024年6月30日前'
 * ```
 */
export function deadlineText(deadline: ExpectedDeadline): string {
  if (deadline.kind === 'none') return '';
  const raw = deadline.raw?.trim() ?? '';
  if (raw !== '') return raw;
  switch (deadline.kind) {
    case 'date': {
      const [y, m, d] = deadline.by.split('-');
      return y === '*' ? `${Number(m)}月${Number(d)}日前` : `${y}年${Number(m)}月${Number(d)}日前`;
    }
    case 'continuous':
      return '持续推进';
    case 'relative':
      return `${deadline.days}${deadline.dayKind === 'working' ? '个工作日' : '日'}内`;
    case 'recurring':
      return EVERY[deadline.every] ?? deadline.every;
  }
}

/** A task as a table row prints it: number, text, one cell per unit column, deadline. */
interface Row {
  no: string;
  text: string;
  units: Record<(typeof UNIT_COLUMNS)[number][0], string>;
  deadline: string;
}

// (A bar or a line break inside the expectation's text would make another cell or line.)
const cellText = (text: string): string => text.replace(/[|\n\r]+/gu, ' ').trim();

function rowsOf(expectation: PlanExpectation): Row[] {
  return expectation.tasks.map((task: ExpectedTask, i) => ({
    no: String(i + 1),
    text: cellText(task.text_head),
    units: {
      lead: task.lead.map(cellText).join('、'),
      responsible: task.responsible.map(cellText).join('、'),
      cooperate: task.cooperate.map(cellText).join('、'),
    },
    deadline: cellText(deadlineText(task.deadline)),
  }));
}

/** The unit columns any task of the expectation uses (at least 责任单位). */
function columnsOf(rows: readonly Row[]): (typeof UNIT_COLUMNS)[number][] {
  const used = UNIT_COLUMNS.filter(([role]) => rows.some((row) => row.units[role] !== ''));
  return used.length > 0 ? used : [UNIT_COLUMNS[1]];
}

const titleOf = (expectation: PlanExpectation): string => `${expectation.year ?? 2024}年重点工作任务分解表`;

/**
 * The expectation as a table of pipe rows under one header row: `| 序号 | 工作任务 | 牵头单位 |
 * 责任单位 | 配合单位 | 完成时限 |`, with the unit columns the tasks use and a 完成时限 column where
 * any task has a deadline. An empty cell prints empty.
 *
 * @param expectation - a fixture's expectation
 * @returns the plan text
 * @example
 * ```ts
 * asPipeTable({ year: 2024, tasks: [] }).split('\n')[0]; // '2024年重点工作任务分解表'
 * ```
 */
export function asPipeTable(expectation: PlanExpectation): string {
  return [titleOf(expectation), ...tableOf(expectation).map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}

/** The task table's header and rows, one string per cell (empty where a row has nothing). */
function tableOf(expectation: PlanExpectation): string[][] {
  const rows = rowsOf(expectation);
  const columns = columnsOf(rows);
  const dated = rows.some((row) => row.deadline !== '');
  return [
    ['序号', '工作任务', ...columns.map(([, word]) => word), ...(dated ? ['完成时限'] : [])],
    ...rows.map((row) => [
      row.no,
      row.text,
      ...columns.map(([role]) => row.units[role]),
      ...(dated ? [row.deadline] : []),
    ]),
  ];
}

// A cell a copy without bars prints: `/` where the table left it empty.
const markedEmpty = (cell: string): string => (cell.trim() === '' ? '/' : cell);

/**
 * The table of {@link asPipeTable} with its unit columns under one 责任单位 cell, in a header of two
 * rows (see `withTwoRowHeader`); the same as {@link asPipeTable} where the tasks use one unit column.
 *
 * @param expectation - a fixture's expectation
 * @returns the plan text
 * @example
 * ```ts
 * asTwoRowHeaderTable({ year: 2024, tasks: [] });
 * ```
 */
export function asTwoRowHeaderTable(expectation: PlanExpectation): string {
  return withTwoRowHeader(asPipeTable(expectation));
}

/**
 * The table of {@link asTwoRowHeaderTable} on a portal's HTML page, its header cells merged with
 * `colspan` and `rowspan` as the page's editor made them.
 *
 * @param expectation - a fixture's expectation
 * @returns the HTML page
 * @example
 * ```ts
 * asHtmlTablePage({ year: 2024, tasks: [] }).startsWith('<!DOCTYPE html>'); // true
 * ```
 */
export function asHtmlTablePage(expectation: PlanExpectation): string {
  return asHtmlPage(asTwoRowHeaderTable(expectation));
}

/**
 * The table of {@link asTwoRowHeaderTable} in a Word document, its header cells merged with
 * `w:gridSpan` and `w:vMerge`.
 *
 * @param expectation - a fixture's expectation
 * @returns the .docx bytes
 * @example
 * ```ts
 * asDocxTable({ year: 2024, tasks: [] })[0]; // 0x50 ("P")
 * ```
 */
export function asDocxTable(expectation: PlanExpectation): Uint8Array {
  return asDocx(asTwoRowHeaderTable(expectation));
}

/**
 * The table copied from a web page one cell per line, as a browser copies a table's text: the
 * header words, then each row's cells. An empty cell prints `/`, as tables mark a cell left empty.
 *
 * @param expectation - a fixture's expectation
 * @returns the plan text
 * @example
 * ```ts
 * asCellPerLine({ year: 2024, tasks: [] }).split('\n').slice(1, 3); // ['序号', '工作任务']
 * ```
 */
export function asCellPerLine(expectation: PlanExpectation): string {
  return [titleOf(expectation), ...tableOf(expectation).flat().map(markedEmpty)].join('\n');
}

// A task's units and deadline as labelled parts: `牵头单位：…`, `责任单位：…`, `配合单位：…`, `完成时限：…`.
function labelled(row: Row): string[] {
  return [
    ...UNIT_COLUMNS.flatMap(([role, word]) => (row.units[role] === '' ? [] : [`${word}：${row.units[role]}`])),
    ...(row.deadline === '' ? [] : [`完成时限：${row.deadline}`]),
  ];
}

/**
 * Each task as a card of labelled lines: `1.任务`, then `牵头单位：…`, `责任单位：…`, `配合单位：…` and
 * `完成时限：…` for what it has.
 *
 * @param expectation - a fixture's expectation
 * @returns the plan text
 * @example
 * ```ts
 * asLabelledCards({ year: 2024, tasks: [] });
 * ```
 */
export function asLabelledCards(expectation: PlanExpectation): string {
  return [
    titleOf(expectation),
    ...rowsOf(expectation).flatMap((row) => [`${row.no}.${row.text}`, ...labelled(row)]),
  ].join('\n');
}

/**
 * Each task as a sentence closed by a labelled bracket, as the seed plan prints its tasks:
 * `1.任务。（牵头单位：…；责任单位：…；完成时限：…）`.
 *
 * @param expectation - a fixture's expectation
 * @returns the plan text
 * @example
 * ```ts
 * asBracketedSentences({ year: 2024, tasks: [] });
 * ```
 */
export function asBracketedSentences(expectation: PlanExpectation): string {
  return [
    titleOf(expectation),
    ...rowsOf(expectation).map((row) => {
      const parts = labelled(row);
      return `${row.no}.${row.text}。${parts.length > 0 ? `（${parts.join('；')}）` : ''}`;
    }),
  ].join('\n');
}

/**
 * The table of {@link asPipeTable} as a word processor copies it: cells separated by tabs, an empty
 * cell printed `/` (two tabs in a row would read as one gap).
 *
 * @param expectation - a fixture's expectation
 * @returns the plan text
 * @example
 * ```ts
 * asTabbedTable({ year: 2024, tasks: [] }).split('\n')[1]; // '序号\t工作任务\t责任单位'
 * ```
 */
export function asTabbedTable(expectation: PlanExpectation): string {
  return [titleOf(expectation), ...tableOf(expectation).map((cells) => cells.map(markedEmpty).join('\t'))].join('\n');
}

/**
 * The table of {@link asPipeTable} copied out of Word as it really comes: cells separated by tabs,
 * an empty cell left empty (two tabs in a row, or a tab at the line's end), and a task cell of two
 * paragraphs, split after its first `，`, broken over two lines.
 *
 * @param expectation - a fixture's expectation
 * @returns the plan text
 * @example
 * ```ts
 * asWordTabbedTable({ year: 2024, tasks: [] }).split('\n')[1]; // '序号\t工作任务\t责任单位'
 * ```
 */
export function asWordTabbedTable(expectation: PlanExpectation): string {
  const [header, ...rows] = tableOf(expectation);
  const broken = rows.map(([no, text, ...rest]) => {
    const at = (text ?? '').indexOf('，');
    const cell = at > 0 && at < (text ?? '').length - 1 ? `${text?.slice(0, at + 1)}\n${text?.slice(at + 1)}` : text;
    return [no, cell, ...rest].join('\t');
  });
  return [titleOf(expectation), (header ?? []).join('\t'), ...broken].join('\n');
}

/**
 * Each task as a sentence closed by a bracket of role words, as national plans print them:
 * `1.任务。（A牵头，B负责，C配合，2024年6月底前完成）`; a bracket of one role reads `（A负责）`.
 *
 * @param expectation - a fixture's expectation
 * @returns the plan text
 * @example
 * ```ts
 * asRoleWordSentences({ year: 2024, tasks: [] });
 * ```
 */
export function asRoleWordSentences(expectation: PlanExpectation): string {
  return [titleOf(expectation), ...rowsOf(expectation).map((row) => `${row.no}.${roleWordSentence(row)}`)].join('\n');
}

const ROLE_WORDS = { lead: '牵头', responsible: '负责', cooperate: '配合' } as const;

const hasUnits = (row: Row): boolean => UNIT_COLUMNS.some(([role]) => row.units[role] !== '');

// `任务。（A牵头，B配合，完成时限：…）`
function roleWordSentence(row: Row): string {
  const parts = UNIT_COLUMNS.flatMap(([role]) =>
    row.units[role] === '' ? [] : [`${row.units[role]}${ROLE_WORDS[role]}`],
  );
  if (row.deadline !== '') parts.push(`完成时限：${row.deadline}`);
  return `${row.text}。${parts.length > 0 ? `（${parts.join('，')}）` : ''}`;
}

/**
 * Tasks as national plans print them: one numbered item (`（一）`) holding up to three sentences,
 * each closed by its own bracket of role words, so that each bracket closes one task (the text
 * since the bracket before it). A task without units stands in an item of its own.
 *
 * @param expectation - a fixture's expectation
 * @returns the plan text
 * @example
 * ```ts
 * asNationalItems({ year: 2024, tasks: [] });
 * ```
 */
export function asNationalItems(expectation: PlanExpectation): string {
  const items: Row[][] = [];
  for (const row of rowsOf(expectation)) {
    const last = items[items.length - 1];
    if (last !== undefined && last.length < 3 && hasUnits(row) && last.every(hasUnits)) last.push(row);
    else items.push([row]);
  }
  return [
    titleOf(expectation),
    ...items.map((rows, i) => `（${chineseNumber(i + 1)}）${rows.map(roleWordSentence).join('')}`),
  ].join('\n');
}

// 1 → 一, 12 → 十二, 35 → 三十五 (up to 99).
function chineseNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${digits[tens]}十`;
  return `${head}${ones === 0 ? '' : digits[ones]}`;
}
