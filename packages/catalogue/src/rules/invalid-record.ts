import type { CatalogueRule } from '../model.js';

/**
 * `invalid-record`: a line that is not JSON, a record of the wrong shape, an entry pointing to a
 * column that does not exist, a duplicate column id. The validator reports these itself (with the
 * line number or JSON path) and keeps going; the rule object carries the id and severity.
 *
 * @category Rules
 * @example
 * ```ts
 * invalidRecord.id; // 'invalid-record'
 * ```
 */
export const invalidRecord: CatalogueRule = {
  id: 'invalid-record',
  severity: 'error',
  description: '记录无法读取（非 JSON、结构不符、引用不存在的栏目）',
  descriptionEn: 'A record cannot be read (not JSON, wrong shape, unknown column)',
  create: () => ({}),
};
