import type { CatalogueRule } from '../model.js';

type ValidityState = 'valid' | 'repealed' | 'partial' | 'not-yet' | 'unknown';

// 有效性 as portals write it; anything else is reported as unknown (info).
function stateOf(validity: string): ValidityState {
  if (validity === '有效') return 'valid';
  const v = validity.replace(/\s+/g, '');
  if (/^(?:现行)?有效$|^现行$/.test(v)) return 'valid';
  if (/部分(?:失效|废止)|已?修[改订正]/.test(v)) return 'partial';
  if (/废止|失效|已废|作废|宣布失效/.test(v)) return 'repealed';
  if (/尚未生效|未生效/.test(v)) return 'not-yet';
  return 'unknown';
}

/**
 * `validity-inconsistent`: 有效性 that contradicts the dates — 有效 with a 废止日期 on or before
 * `asOf` (error); 废止/失效 without a 废止日期 (warning) or with one after `asOf` (warning);
 * 生效日期 after 废止日期 (error); an 有效性 value that is not recognised (info). `data.reason`
 * names the case.
 *
 * @category Rules
 * @example
 * ```ts
 * validityInconsistent.id; // 'validity-inconsistent'
 * ```
 */
export const validityInconsistent: CatalogueRule = {
  id: 'validity-inconsistent',
  severity: 'error',
  description: '有效性与日期矛盾',
  descriptionEn: 'Validity contradicts the dates',
  create: (ctx) => ({
    entry(e) {
      const effective = e.dates.effectiveOn;
      const repealed = e.dates.repealedOn;
      if (effective !== undefined && repealed !== undefined && effective > repealed)
        ctx.report({
          entry: e,
          message: `生效日期 ${effective} 晚于废止日期 ${repealed}`,
          messageEn: `Effective on ${effective}, after it was repealed on ${repealed}`,
          data: { reason: 'effective-after-repealed', effectiveOn: effective, repealedOn: repealed },
        });
      if (e.validity === undefined) return;
      const state = stateOf(e.validity);
      if (state === 'valid' && repealed !== undefined && repealed <= ctx.asOf)
        ctx.report({
          entry: e,
          message: `有效性为“${e.validity}”，但已于 ${repealed} 废止`,
          messageEn: `Marked valid ("${e.validity}") but repealed on ${repealed}`,
          data: { reason: 'valid-but-repealed', validity: e.validity, repealedOn: repealed },
        });
      else if (state === 'repealed' && e.repealedOn === undefined)
        ctx.report({
          entry: e,
          severity: 'warning',
          message: `有效性为“${e.validity}”，但没有废止日期`,
          messageEn: `Marked repealed ("${e.validity}") without a repeal date`,
          data: { reason: 'repealed-without-date', validity: e.validity },
        });
      else if (state === 'repealed' && repealed !== undefined && repealed > ctx.asOf)
        ctx.report({
          entry: e,
          severity: 'warning',
          message: `有效性为“${e.validity}”，但废止日期 ${repealed} 尚未到来`,
          messageEn: `Marked repealed ("${e.validity}") but the repeal date ${repealed} is still to come`,
          data: { reason: 'repealed-in-future', validity: e.validity, repealedOn: repealed },
        });
      else if (state === 'unknown')
        ctx.report({
          entry: e,
          severity: 'info',
          message: `无法识别的有效性“${e.validity}”`,
          messageEn: `Unrecognised validity "${e.validity}"`,
          data: { reason: 'unknown-validity', validity: e.validity },
        });
    },
  }),
};
