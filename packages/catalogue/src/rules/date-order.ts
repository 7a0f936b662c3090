import type { CatalogueRule, DateField, EntryInfo } from '../model.js';

const FIELDS = ['writtenOn', 'publishedOn', 'effectiveOn', 'repealedOn'] as const;
const NO_FIELDS: readonly DateField[] = [];

const LABELS: Record<DateField, string> = {
  writtenOn: '成文日期',
  publishedOn: '发布日期',
  effectiveOn: '生效日期',
  repealedOn: '废止日期',
};

/**
 * `date-order`: 成文日期 after 发布日期 (error), 成文日期 or 发布日期 after `asOf` (error), and
 * any date field that is not an ISO date (warning; `data.reason`: `written-after-published`,
 * `future`, `not-iso`). 生效日期 and 废止日期 may lie in the future.
 *
 * @category Rules
 * @example
 * ```ts
 * dateOrder.id; // 'date-order'
 * ```
 */
export const dateOrder: CatalogueRule = {
  id: 'date-order',
  severity: 'error',
  description: '日期顺序错误、日期在未来或日期格式不规范',
  descriptionEn: 'Dates out of order, in the future, or not ISO dates',
  create: (ctx) => {
    const future = (e: EntryInfo, field: DateField, date: string) =>
      ctx.report({
        entry: e,
        message: `${LABELS[field]} ${date} 晚于检查日 ${ctx.asOf}`,
        messageEn: `${field} ${date} is after the check date ${ctx.asOf}`,
        data: { reason: 'future', field, value: date, asOf: ctx.asOf },
      });
    return {
      entry(e) {
        const { dates } = e;
        // Most entries have every date right: one cheap test before the per-field loop.
        const allIso =
          (e.writtenOn === undefined || dates.writtenOn !== undefined) &&
          (e.publishedOn === undefined || dates.publishedOn !== undefined) &&
          (e.effectiveOn === undefined || dates.effectiveOn !== undefined) &&
          (e.repealedOn === undefined || dates.repealedOn !== undefined);
        for (const field of allIso ? NO_FIELDS : FIELDS) {
          const raw = e[field];
          if (raw !== undefined && dates[field] === undefined)
            ctx.report({
              entry: e,
              severity: 'warning',
              message: `${LABELS[field]}“${raw}”不是规范日期（应为 YYYY-MM-DD）`,
              messageEn: `${field} "${raw}" is not an ISO date (YYYY-MM-DD)`,
              data: { reason: 'not-iso', field, value: raw },
            });
        }
        const written = dates.writtenOn;
        const published = dates.publishedOn;
        if (written !== undefined && published !== undefined && written > published)
          ctx.report({
            entry: e,
            message: `成文日期 ${written} 晚于发布日期 ${published}`,
            messageEn: `Written on ${written}, after its publication on ${published}`,
            data: { reason: 'written-after-published', writtenOn: written, publishedOn: published },
          });
        if (written !== undefined && written > ctx.asOf) future(e, 'writtenOn', written);
        if (published !== undefined && published > ctx.asOf) future(e, 'publishedOn', published);
      },
    };
  },
};
