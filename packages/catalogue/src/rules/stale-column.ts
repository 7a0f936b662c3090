import { subtractPeriod } from '../dates.js';
import type { CatalogueRule, Period } from '../model.js';

function describePeriod(p: Period): { zh: string; en: string } {
  const zh = [p.months ? `${p.months}个月` : '', p.days ? `${p.days}天` : ''].join('');
  const en = [p.months ? `${p.months} months` : '', p.days ? `${p.days} days` : ''].filter(Boolean).join(' ');
  return { zh, en };
}

/**
 * `stale-column`: a column whose newest entry is older than its kind's threshold at `asOf`
 * (settings `staleAfter`: 动态 14 days, 通知公告 and 政策文件 6 months). Exactly at the threshold is
 * not stale. Five or more stale columns fail the website check (single veto).
 *
 * @category Rules
 * @example
 * ```ts
 * staleColumn.id; // 'stale-column'
 * ```
 */
export const staleColumn: CatalogueRule = {
  id: 'stale-column',
  severity: 'warning',
  description: '栏目长期未更新',
  descriptionEn: 'Column not updated within its period',
  create: (ctx) => ({
    finish(view) {
      for (const c of view.columns.values()) {
        const period = ctx.settings.staleAfter[c.kind];
        if (!period || c.entryCount === 0) continue;
        const cutoff = subtractPeriod(ctx.asOf, period);
        if (c.latestPublishedOn !== null && c.latestPublishedOn >= cutoff) continue;
        const { zh, en } = describePeriod(period);
        ctx.report({
          column: c.id,
          message:
            c.latestPublishedOn === null
              ? `栏目“${c.path}”的信息都没有有效的发布日期，无法确认${zh}内有更新`
              : `栏目“${c.path}”最近一次更新为 ${c.latestPublishedOn}，超过${zh}未更新`,
          messageEn:
            c.latestPublishedOn === null
              ? `No entry of column "${c.path}" has a valid publication date, so an update within ${en} cannot be shown`
              : `Column "${c.path}" was last updated on ${c.latestPublishedOn}, more than ${en} ago`,
          data: { kind: c.kind, latestPublishedOn: c.latestPublishedOn, staleAfter: period, cutoff },
        });
      }
    },
  }),
};
