import type { Plan } from '@zwgk/core';
import { normalizeText, parseChineseNumber } from '@zwgk/core';

/**
 * Which plan task a ledger row reports on: the task number as printed in the plan (or null when
 * none matched) and how sure the match is (1 for a number found in the plan).
 *
 * @category Matching
 * @example
 * ```ts
 * const match: TaskMatch = { taskNumber: '3', confidence: 1, by: 'number' };
 * ```
 */
export interface TaskMatch {
  taskNumber: string | null;
  confidence: number;
  by: 'number' | 'text' | 'none';
}

/**
 * Matches ledger rows to a plan's tasks; build it once per plan with {@link createTaskMatcher}.
 *
 * @category Matching
 * @example
 * ```ts
 * const matcher: TaskMatcher = createTaskMatcher(plan);
 * matcher.match('（三）', '助力优化政务服务');
 * ```
 */
export interface TaskMatcher {
  /** Matches a row by its number cell and/or its task text. */
  match(numberCell: string, taskText: string): TaskMatch;
}

/**
 * Rows whose text matches a task less than this stay without a task (`taskNumber: null`).
 *
 * @category Matching
 * @example
 * ```ts
 * textSimilarity('聚焦经济发展', plan.tasks[0].text) >= TEXT_MATCH_THRESHOLD; // true
 * ```
 */
export const TEXT_MATCH_THRESHOLD = 0.35;

/**
 * Reads a task reference as units write it in a 序号 / 任务编号 cell: `3`, `３`, `三`, `（三）`,
 * `任务3`, `第3项`, `3、`, `3-1` (measure 1 of task 3). Returns the number, or undefined.
 *
 * @param cell - the cell's text
 * @returns the task number as an integer, or undefined
 * @category Matching
 * @example
 * ```ts
 * parseTaskReference('（三）'); // 3
 * parseTaskReference('任务12'); // 12
 * parseTaskReference('3-1'); // 3
 * parseTaskReference('合计'); // undefined
 * ```
 */
export function parseTaskReference(cell: string): number | undefined {
  let text = normalizeText(cell)
    .replace(/^(?:重点)?(?:工作)?任务(?:编号|序号)?[:：]?/, '')
    .replace(/^第/, '')
    .replace(/[项条个号]$/, '');
  text = text.replace(/^[（(〔[]|[）)〕\]、.．,，]+$/g, '').replace(/[）)〕\]]$/, '');
  const sub = /^(\d+|[一二三四五六七八九十百]+)[-－—.．](\d+)$/.exec(text);
  if (sub) text = sub[1] as string;
  if (text === '' || text.length > 8) return undefined;
  const value = parseChineseNumber(text);
  return value !== undefined && value > 0 ? value : undefined;
}

function bigrams(text: string): Set<string> {
  const clean = normalizeText(text).replace(/[\p{P}\p{S}\d]/gu, '');
  const set = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) set.add(clean.slice(i, i + 2));
  if (clean.length === 1) set.add(clean);
  return set;
}

/**
 * How alike two texts are, 0–1: the mean of the character-bigram Dice coefficient and the share of
 * the first text's bigrams found in the second (so a short task head quoted from a long task text
 * still scores well). Text is normalised first (simplified script, no spaces or punctuation).
 *
 * @param row - the text in the ledger row
 * @param task - the plan task's text
 * @returns the similarity
 * @category Matching
 * @example
 * ```ts
 * textSimilarity('聚焦经济发展', '聚焦经济发展，做好重大决策部署公开'); // ≈ 0.7
 * textSimilarity('聚焦经济发展', '加强政务公开队伍建设'); // 0
 * ```
 */
export function textSimilarity(row: string, task: string): number {
  return similarity(bigrams(row), bigrams(task));
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const gram of a) if (b.has(gram)) common++;
  const dice = (2 * common) / (a.size + b.size);
  const coverage = common / a.size;
  return (dice + coverage) / 2;
}

/**
 * Builds a {@link TaskMatcher} for a plan. A number found in the plan wins unless the row's text
 * plainly belongs to another task (many ledgers number their own rows 1, 2, 3 …); otherwise the
 * most similar task above {@link TEXT_MATCH_THRESHOLD}, else no task. Without a plan, a number is
 * kept as read and text cannot match.
 *
 * @param plan - the plan, or undefined
 * @returns the matcher
 * @category Matching
 * @example
 * ```ts
 * const matcher = createTaskMatcher(plan);
 * matcher.match('3', ''); // { taskNumber: '3', confidence: 1, by: 'number' }
 * matcher.match('', '聚焦经济发展'); // { taskNumber: '1', confidence: 0.5…, by: 'text' }
 * ```
 */
export function createTaskMatcher(plan: Plan | undefined): TaskMatcher {
  const tasks = (plan?.tasks ?? []).map((task) => ({ number: task.number, grams: bigrams(task.text) }));
  const byNumber = new Map<number, (typeof tasks)[number]>();
  const duplicated = new Set<number>();
  for (const task of tasks) {
    const value = parseTaskReference(task.number);
    if (value === undefined) continue;
    if (byNumber.has(value)) duplicated.add(value);
    byNumber.set(value, task);
  }
  for (const value of duplicated) byNumber.delete(value);
  const cache = new Map<string, Map<string, TaskMatch>>();

  const bestByText = (text: string) => {
    const grams = bigrams(text);
    let best: { number: string; score: number } | undefined;
    for (const task of tasks) {
      const score = similarity(grams, task.grams);
      if (!best || score > best.score) best = { number: task.number, score };
    }
    return { best, grams };
  };

  const compute = (numberCell: string, taskText: string): TaskMatch => {
    const value = parseTaskReference(numberCell);
    const text = taskText.trim();
    if (!plan) {
      if (value !== undefined) return { taskNumber: String(value), confidence: 1, by: 'number' };
      return { taskNumber: null, confidence: 0, by: 'none' };
    }
    const numbered = value === undefined ? undefined : byNumber.get(value);
    if (numbered && text === '') return { taskNumber: numbered.number, confidence: 1, by: 'number' };
    if (text === '') return { taskNumber: null, confidence: 0, by: 'none' };
    const { best, grams } = bestByText(text);
    if (numbered) {
      const own = similarity(grams, numbered.grams);
      // The number agrees with the text, or the text points nowhere better: trust the number.
      if (own >= TEXT_MATCH_THRESHOLD || !best || best.score < TEXT_MATCH_THRESHOLD || best.number === numbered.number)
        return { taskNumber: numbered.number, confidence: 1, by: 'number' };
      if (best.score - own < 0.15) return { taskNumber: numbered.number, confidence: 1, by: 'number' };
    }
    if (best && best.score >= TEXT_MATCH_THRESHOLD)
      return { taskNumber: best.number, confidence: Math.round(best.score * 1000) / 1000, by: 'text' };
    return { taskNumber: null, confidence: best ? Math.round(best.score * 1000) / 1000 : 0, by: 'none' };
  };

  // Rows repeat the same number and task text (merged cells): cache by number, then by text,
  // so no key string is built per row.
  let cached = 0;
  return {
    match(numberCell, taskText) {
      let byText = cache.get(numberCell);
      let found = byText?.get(taskText);
      if (!found) {
        found = compute(numberCell, taskText);
        if (cached < 50_000) {
          if (!byText) {
            byText = new Map();
            cache.set(numberCell, byText);
          }
          byText.set(taskText, found);
          cached++;
        }
      }
      return found;
    },
  };
}
