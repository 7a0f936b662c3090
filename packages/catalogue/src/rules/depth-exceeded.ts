import type { CatalogueRule } from '../model.js';

/**
 * `depth-exceeded`: a column nested deeper than `settings.maxDepth` levels (default 4; the top
 * level is 1).
 *
 * @category Rules
 * @example
 * ```ts
 * depthExceeded.id; // 'depth-exceeded'
 * ```
 */
export const depthExceeded: CatalogueRule = {
  id: 'depth-exceeded',
  severity: 'warning',
  description: '栏目层级过深',
  descriptionEn: 'Columns nested too deep',
  create: (ctx) => ({
    finish(view) {
      for (const c of view.columns.values()) {
        if (c.depth <= ctx.settings.maxDepth) continue;
        ctx.report({
          column: c.id,
          message: `栏目“${c.path}”位于第 ${c.depth} 层，超过 ${ctx.settings.maxDepth} 层`,
          messageEn: `Column "${c.path}" is at level ${c.depth}, deeper than ${ctx.settings.maxDepth}`,
          data: { depth: c.depth, maxDepth: ctx.settings.maxDepth },
        });
      }
    },
  }),
};
