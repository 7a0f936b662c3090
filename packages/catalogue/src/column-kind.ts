import type { ColumnKind } from '@zwgk/core';

// Ordered: the first pattern that matches a column name decides its kind, so the more specific
// names (政策解读 before 政策, 年度报告 before 报告) come first.
const KIND_PATTERNS: ReadonlyArray<readonly [RegExp, ColumnKind]> = [
  [/解读|图解|答记者问|问答/, 'interpretation'],
  [/年度报告|年报/, 'annual-report'],
  [/指南/, 'guide'],
  [/制度/, 'system'],
  [/通知公告|公告|公示|通知/, 'notice'],
  [/动态|要闻|新闻|工作信息|政务信息|部门信息|基层信息/, 'dynamic'],
  [/政策文件|规范性文件|文件|政策|规章|法规/, 'policy'],
  [/机构|职能|领导|概况|简介|联系方式|办公地址/, 'static'],
  [/法定主动公开内容|主动公开|目录|专题|专栏|信息公开$/, 'group'],
];

/**
 * Infers a catalogue column's kind from its name when the input gives none: 工作动态 → `dynamic`,
 * 通知公告 → `notice`, 政策文件 → `policy`, 政策解读 → `interpretation`, 机构职能 → `static`,
 * 政府信息公开指南 → `guide`, 政府信息公开制度 → `system`, 政府信息公开年报 → `annual-report`;
 * anything else is `other`.
 *
 * @param name - the column's name as the portal shows it
 * @returns the inferred kind
 * @category Columns
 * @example
 * ```ts
 * inferColumnKind('政策解读'); // 'interpretation'
 * inferColumnKind('部门动态'); // 'dynamic'
 * inferColumnKind('财政预决算'); // 'other'
 * ```
 */
export function inferColumnKind(name: string): ColumnKind {
  const compact = name.replace(/\s+/g, '');
  for (const [pattern, kind] of KIND_PATTERNS) if (pattern.test(compact)) return kind;
  return 'other';
}
