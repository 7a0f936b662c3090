import { CompactStringMap } from '../compact-hash.js';
import { docTypeMatcher } from '../doc-types.js';
import type { CatalogueRule, EntryInfo } from '../model.js';

/** What is kept of a policy while waiting to see whether an interpretation points at it. */
type Waiting = Pick<EntryInfo, 'id' | 'column' | 'title' | 'url' | 'docType' | 'location' | 'ordinal'>;

/**
 * `interpretation-missing`: a policy whose `docType` needs an interpretation (规范性文件, and any
 * type in the profile's `interpretationDocTypes`) and no entry names it in `interpretationOf`
 * (三同步). Only those policies are remembered, and only until an interpretation of them is seen, so
 * memory follows the number of policies still waiting.
 *
 * @category Rules
 * @example
 * ```ts
 * interpretationMissing.id; // 'interpretation-missing'
 * ```
 */
export const interpretationMissing: CatalogueRule = {
  id: 'interpretation-missing',
  severity: 'warning',
  description: '规范性文件缺少政策解读',
  descriptionEn: 'Normative document without an interpretation',
  create: (ctx) => {
    const needsInterpretation = docTypeMatcher(ctx.profile.interpretationDocTypes);
    const waiting = new Map<string, Waiting>();
    // Every id an interpretation points at, in a compact table off the heap.
    const interpreted = new CompactStringMap();
    return {
      entry(e) {
        if (e.interpretationOf !== undefined) {
          interpreted.set(e.interpretationOf, 1);
          // A policy that has its interpretation is settled: forget it now rather than at the end,
          // so that only policies still waiting are kept (and little lives long enough for the
          // garbage collector to copy it).
          waiting.delete(e.interpretationOf);
        }
        if (!needsInterpretation(e.docType) || waiting.has(e.id) || interpreted.get(e.id) !== undefined) return;
        const { id, column, title, url, docType, location, ordinal } = e;
        waiting.set(id, { id, column, title, url, docType, location, ordinal });
      },
      finish() {
        for (const p of waiting.values()) {
          if (interpreted.get(p.id) !== undefined) continue;
          ctx.report({
            entry: { ...p, dates: {}, columnInfo: undefined } as EntryInfo,
            message: `${p.docType}“${p.title}”没有对应的政策解读`,
            messageEn: `No interpretation points at this ${p.docType?.includes('规范性文件') ? 'normative document' : `"${p.docType}"`}`,
            data: { docType: p.docType },
          });
        }
      },
    };
  },
};
