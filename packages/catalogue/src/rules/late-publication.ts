import { calendarDaysApart } from '../dates.js';
import type { CatalogueRule } from '../model.js';

/**
 * `late-publication`: published more than `settings.publicationWorkingDays` (20, 条例 art. 26)
 * working days after it was made (成文日期 → 发布日期), counted on the mainland working-day
 * calendar with its 调休 days. Exactly 20 working days is on time. Dates outside the calendar's
 * years are counted weekends-only, and the report's diagnostics say so.
 *
 * @category Rules
 * @example
 * ```ts
 * latePublication.id; // 'late-publication'
 * ```
 */
export const latePublication: CatalogueRule = {
  id: 'late-publication',
  severity: 'warning',
  description: '超过规定时限公开',
  descriptionEn: 'Published later than the legal period',
  create: (ctx) => {
    const limit = ctx.settings.publicationWorkingDays;
    return {
      entry(e) {
        const written = e.dates.writtenOn;
        const published = e.dates.publishedOn;
        if (written === undefined || published === undefined || published <= written) return;
        // Working days never outnumber calendar days: most entries are settled without the calendar,
        // and many within one month without even counting days.
        if (calendarDaysApart(written, published) <= limit) return;
        const days = ctx.workingDaysBetween(written, published);
        if (days <= limit) return;
        ctx.report({
          entry: e,
          message: `成文日期 ${written} 至发布日期 ${published} 相隔 ${days} 个工作日，超过 ${limit} 个工作日`,
          messageEn: `Published ${days} working days after it was made (${written} → ${published}), more than ${limit}`,
          data: { writtenOn: written, publishedOn: published, workingDays: days, limit },
        });
      },
    };
  },
};
