import { docTypeMatcher } from '../doc-types.js';
import type { CatalogueRule } from '../model.js';

const LABELS = {
  docNo: '文号',
  writtenOn: '成文日期',
  publisher: '发布机构',
  validity: '有效性',
  indexNo: '索引号',
} as const;

/**
 * `metadata-missing`: a policy document (an entry of a `policy` column, or of a `docType` the
 * profile says needs an interpretation) without one of `settings.policyRequiredFields` (文号,
 * 成文日期, 发布机构, 有效性). One finding per entry, naming the missing fields.
 *
 * @category Rules
 * @example
 * ```ts
 * metadataMissing.id; // 'metadata-missing'
 * ```
 */
export const metadataMissing: CatalogueRule = {
  id: 'metadata-missing',
  severity: 'warning',
  description: '政策文件缺少元数据',
  descriptionEn: 'Policy document without required metadata',
  create: (ctx) => {
    const fields = ctx.settings.policyRequiredFields;
    const needsInterpretation = docTypeMatcher(ctx.profile.interpretationDocTypes);
    const needs = {
      docNo: fields.includes('docNo'),
      writtenOn: fields.includes('writtenOn'),
      publisher: fields.includes('publisher'),
      validity: fields.includes('validity'),
      indexNo: fields.includes('indexNo'),
    };
    return {
      entry(e) {
        const isPolicy = e.columnInfo?.kind === 'policy' || needsInterpretation(e.docType);
        if (!isPolicy) return;
        // Named reads, not e[f] in a loop: this runs for every policy entry.
        if (
          (!needs.docNo || e.docNo !== undefined) &&
          (!needs.writtenOn || e.writtenOn !== undefined) &&
          (!needs.publisher || e.publisher !== undefined) &&
          (!needs.validity || e.validity !== undefined) &&
          (!needs.indexNo || e.indexNo !== undefined)
        )
          return;
        const missing = fields.filter((f) => e[f] === undefined);
        ctx.report({
          entry: e,
          message: `政策文件缺少${missing.map((f) => LABELS[f]).join('、')}`,
          messageEn: `Policy document without ${missing.join(', ')}`,
          data: { fields: missing },
        });
      },
    };
  },
};
