import type { CatalogueRule, ColumnInfo, RequiredColumn } from '../model.js';

function satisfies(column: ColumnInfo, required: RequiredColumn): boolean {
  if (required.kinds?.includes(column.kind)) return true;
  const name = column.name.replace(/\s+/g, '');
  return required.names.some((n) => name.includes(n));
}

/**
 * `required-column-missing`: a column the profile makes mandatory (条例 art. 20 items, 指南, 制度,
 * 年报 in the `national` profile) is not in the catalogue. A requirement is met by a column whose
 * name contains one of its names, or whose kind is one of its kinds.
 *
 * @category Rules
 * @example
 * ```ts
 * requiredColumnMissing.severity; // 'error'
 * ```
 */
export const requiredColumnMissing: CatalogueRule = {
  id: 'required-column-missing',
  severity: 'error',
  description: '缺少必设的主动公开栏目',
  descriptionEn: 'A mandatory disclosure column is missing',
  create: (ctx) => ({
    finish(view) {
      const declared = [...view.columns.values()];
      for (const required of ctx.profile.requiredColumns) {
        if (declared.some((c) => satisfies(c, required))) continue;
        ctx.report({
          message: `缺少必设栏目“${required.label}”${required.basis ? `（${required.basis}）` : ''}`,
          messageEn: `Mandatory column missing: ${required.labelEn}${required.basis ? ` (${required.basis})` : ''}`,
          ordinal: 0,
          data: {
            requirement: required.id,
            label: required.label,
            ...(required.basis ? { basis: required.basis } : {}),
          },
        });
      }
    },
  }),
};
