import { normalizeIndexNumber, parseDefaultIndexNumber } from '../index-number.js';
import type { CatalogueRule } from '../model.js';
import { DEFAULT_INDEX_NUMBER_PATTERN } from '../settings.js';

// The year of an ISO date, read without allocating a substring.
function yearOf(iso: string): number {
  return (
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    iso.charCodeAt(3) -
    48
  );
}

/**
 * `index-number-invalid`: a 索引号 in none of the accepted shapes (setting `indexNumberPatterns`;
 * by default organisation code or credit code, `/`, `yyyy` or `yyyymm`, `-`, a 3–6 digit serial),
 * a month outside 01–12, or a year that disagrees with the publication date (setting
 * `indexNumberYearCheck`: by default the year may also be the year the document was made, as an
 * index number is often given when the document is written). A wrong shape is an error, a year
 * mismatch a warning (`data.reason`: `shape`, `month`, `year`).
 *
 * @category Rules
 * @example
 * ```ts
 * indexNumberInvalid.id; // 'index-number-invalid'
 * ```
 */
export const indexNumberInvalid: CatalogueRule = {
  id: 'index-number-invalid',
  severity: 'error',
  description: '索引号格式错误或年份与发布日期不符',
  descriptionEn: 'Index number in a wrong shape, or its year disagrees with the publication date',
  create: (ctx) => {
    const patterns = ctx.settings.indexNumberPatterns.map((p) => (typeof p === 'string' ? new RegExp(p) : p));
    const yearCheck = ctx.settings.indexNumberYearCheck;
    // The default shape is read by hand: a regular expression with groups costs more than all the
    // other checks of an entry together.
    const defaultOnly = patterns.length === 1 && patterns[0] === DEFAULT_INDEX_NUMBER_PATTERN;
    return {
      entry(e) {
        if (e.indexNo === undefined) return;
        const indexNo = e.indexKey ?? normalizeIndexNumber(e.indexNo);
        let matched = false;
        let year: number | undefined;
        let month: number | undefined;
        if (defaultOnly) {
          const parsed = e.indexShape ?? parseDefaultIndexNumber(indexNo);
          if (parsed >= 0) {
            matched = true;
            year = Math.floor(parsed / 1000);
            if (parsed % 1000 >= 100) month = (parsed % 1000) - 100;
          }
        } else
          for (const p of patterns) {
            const m = p.exec(indexNo);
            if (!m) continue;
            matched = true;
            if (m.groups?.year !== undefined) year = Number(m.groups.year);
            if (m.groups?.month !== undefined) month = Number(m.groups.month);
            break;
          }
        if (!matched) {
          ctx.report({
            entry: e,
            message: `索引号“${e.indexNo}”格式不正确（应为“机构代码/年份-流水号”，如 003187229/2024-00047）`,
            messageEn: `Index number "${e.indexNo}" is not in an accepted shape (organisation code/year-serial, e.g. 003187229/2024-00047)`,
            data: { reason: 'shape', indexNo: e.indexNo },
          });
          return;
        }
        if (month !== undefined && (month < 1 || month > 12)) {
          ctx.report({
            entry: e,
            message: `索引号“${e.indexNo}”中的月份 ${String(month).padStart(2, '0')} 无效`,
            messageEn: `Index number "${e.indexNo}" has an invalid month ${String(month).padStart(2, '0')}`,
            data: { reason: 'month', indexNo: e.indexNo },
          });
          return;
        }
        const published = e.dates.publishedOn;
        if (year === undefined || yearCheck === 'off' || published === undefined) return;
        if (year === yearOf(published)) return;
        const written = e.dates.writtenOn;
        if (yearCheck === 'published-or-written' && written !== undefined && year === yearOf(written)) return;
        ctx.report({
          entry: e,
          severity: 'warning',
          message: `索引号“${e.indexNo}”的年份 ${year} 与发布日期 ${published} 不符`,
          messageEn: `The year ${year} in index number "${e.indexNo}" disagrees with the publication date ${published}`,
          data: { reason: 'year', indexNo: e.indexNo, year, publishedOn: published },
        });
      },
    };
  },
};
