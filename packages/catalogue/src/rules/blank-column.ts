import type { CatalogueRule } from '../model.js';

/**
 * `blank-column`: a column with no entries, no sub-columns and no note explaining why it is empty.
 * Group columns are never blank. Five or more blank columns fail the website check (single veto).
 *
 * @category Rules
 * @example
 * ```ts
 * blankColumn.id; // 'blank-column'
 * ```
 */
export const blankColumn: CatalogueRule = {
  id: 'blank-column',
  severity: 'warning',
  description: '空白栏目（无信息、无说明）',
  descriptionEn: 'Blank column (no entries and no note)',
  create: (ctx) => ({
    finish(view) {
      for (const c of view.columns.values()) {
        if (c.kind === 'group' || c.childCount > 0 || c.entryCount > 0 || c.note !== null) continue;
        ctx.report({
          column: c.id,
          message: `栏目“${c.path}”没有任何信息，也没有说明原因`,
          messageEn: `Column "${c.path}" has no entries and no note saying why`,
          data: { kind: c.kind },
        });
      }
    },
  }),
};
