/**
 * The fields a ledger column can hold.
 *
 * @category Headers
 * @example
 * ```ts
 * const field: LedgerField = 'status';
 * ```
 */
export type LedgerField =
  | 'taskNumber'
  | 'taskText'
  | 'measures'
  | 'lead'
  | 'responsible'
  | 'owner'
  | 'plannedBy'
  | 'progress'
  | 'status'
  | 'completedOn'
  | 'evidence'
  | 'notes';

/**
 * Header texts that name each ledger field, as units write them (DESIGN.md lists the common ones).
 * Compared after removing spaces, line breaks and a trailing `（…）` hint.
 *
 * @category Headers
 * @example
 * ```ts
 * HEADER_ALIASES.status; // ['完成状态', '完成情况', '状态', …]
 * ```
 */
export const HEADER_ALIASES: Readonly<Record<LedgerField, readonly string[]>> = {
  taskNumber: ['序号', '任务编号', '编号', '任务序号', '任务号', '序列'],
  taskText: [
    '重点任务',
    '工作任务',
    '任务内容',
    '主要任务',
    '重点工作任务',
    '工作内容',
    '任务',
    '任务名称',
    '重点工作',
    '工作要点',
    '重点任务内容',
  ],
  measures: [
    '工作措施',
    '具体措施',
    '工作举措',
    '落实措施',
    '主要措施',
    '具体举措',
    '具体工作措施',
    '推进措施',
    '工作安排',
  ],
  lead: ['牵头单位', '牵头部门'],
  responsible: ['责任单位', '责任部门', '落实单位', '承办单位', '责任主体'],
  owner: ['责任人', '责任科室', '责任股室', '具体责任人', '联系人', '责任领导', '经办人', '承办科室'],
  plannedBy: ['完成时限', '时限要求', '计划完成时间', '完成期限', '时间节点', '完成时间节点', '时限'],
  progress: ['进展情况', '工作进展', '推进情况', '落实情况', '进度', '完成进度', '工作进展情况', '推进落实情况'],
  status: ['完成状态', '完成情况', '状态', '办理状态', '是否完成', '进展状态'],
  completedOn: ['完成时间', '实际完成时间', '完成日期', '办结时间', '实际完成日期'],
  evidence: [
    '佐证材料',
    '佐证',
    '证明材料',
    '佐证材料链接',
    '公开链接',
    '佐证资料',
    '公开网址',
    '链接',
    '网址',
    '相关链接',
  ],
  notes: ['备注', '说明', '备注说明'],
};

function normaliseHeader(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/[:：*＊]/g, '');
}

const LOOKUP: ReadonlyMap<string, LedgerField> = new Map(
  (Object.entries(HEADER_ALIASES) as [LedgerField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [name, field] as const),
  ),
);

/**
 * Which ledger field a header cell names, or `undefined` when it names none. Extra aliases (from
 * a plugin or the caller) are checked first.
 *
 * @param cell - the header cell's text
 * @param extra - more aliases by field, checked before the built-in ones
 * @returns the field, or undefined
 * @category Headers
 * @example
 * ```ts
 * matchHeader('完成时间'); // 'completedOn'
 * matchHeader('责任科室\n（具体到人）'); // 'owner'
 * matchHeader('填报说明'); // undefined
 * ```
 */
export function matchHeader(
  cell: string,
  extra: Partial<Record<LedgerField, readonly string[]>> = {},
): LedgerField | undefined {
  const key = normaliseHeader(cell);
  for (const [field, names] of Object.entries(extra) as [LedgerField, readonly string[]][]) {
    if (names.some((name) => normaliseHeader(name) === key)) return field;
  }
  return LOOKUP.get(key);
}
