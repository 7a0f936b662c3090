import { ZwgkError } from '@zwgk/core';
import type { CatalogueSettings } from './model.js';

/**
 * The default 索引号 shape: a 9-character organisation code or an 18-character unified social
 * credit code, `/`, a year `yyyy` or `yyyymm`, `-`, a serial of 3–6 digits — e.g.
 * `003187229/202405-00047`, `11341702486344515H/202110-00013`, `113708280043326001/2024-02411`.
 *
 * @category Settings
 * @example
 * ```ts
 * DEFAULT_INDEX_NUMBER_PATTERN.test('003187229/202405-00047'); // true
 * ```
 */
export const DEFAULT_INDEX_NUMBER_PATTERN: RegExp =
  /^(?:[0-9A-Z]{9}|[0-9A-Z]{18})\/(?<year>\d{4})(?<month>\d{2})?-\d{3,6}$/;

/**
 * The national defaults of every setting, from DOMAIN.md: stale after 14 days (动态) and 6 months
 * (通知公告, 政策文件); 4 levels of columns; publication within 20 working days (条例 art. 26);
 * interpretation within 3 working days (a local rule); single veto at 5 stale or 5 blank columns,
 * or 10 columns not updated for more than 12 months (our reading of 长期未更新).
 *
 * @category Settings
 * @example
 * ```ts
 * DEFAULT_CATALOGUE_SETTINGS.maxDepth; // 4
 * ```
 */
export const DEFAULT_CATALOGUE_SETTINGS: Readonly<CatalogueSettings> = Object.freeze({
  staleAfter: { dynamic: { days: 14 }, notice: { months: 6 }, policy: { months: 6 } },
  maxDepth: 4,
  publicationWorkingDays: 20,
  interpretationWorkingDays: 3,
  indexNumberPatterns: [DEFAULT_INDEX_NUMBER_PATTERN],
  indexNumberYearCheck: 'published-or-written',
  policyRequiredFields: ['docNo', 'writtenOn', 'publisher', 'validity'],
  bodyExpectedKinds: ['dynamic', 'notice', 'policy', 'interpretation'],
  vetoStaleColumns: 5,
  vetoBlankColumns: 5,
  longNotUpdatedAfter: { months: 12 },
  longNotUpdatedKinds: ['dynamic', 'notice', 'policy', 'interpretation', 'annual-report', 'other'],
  vetoLongNotUpdatedColumns: 10,
  maxFindingsPerRule: 10_000,
  maxLineLength: 1_048_576,
  severity: {},
} satisfies CatalogueSettings);

/**
 * Merges partial settings over the defaults (later ones win; `staleAfter` and `severity` merge
 * key by key) and checks the numbers, throwing `ZwgkError` `invalid-argument` on misuse.
 *
 * @param layers - partial settings, lowest priority first
 * @returns complete settings
 * @category Settings
 * @example
 * ```ts
 * resolveSettings({ maxDepth: 5 }).maxDepth; // 5
 * resolveSettings({ staleAfter: { dynamic: { days: 7 } } }).staleAfter.policy; // { months: 6 }
 * ```
 */
export function resolveSettings(...layers: ReadonlyArray<Partial<CatalogueSettings> | undefined>): CatalogueSettings {
  let out: CatalogueSettings = { ...DEFAULT_CATALOGUE_SETTINGS };
  for (const layer of layers) {
    if (!layer) continue;
    out = {
      ...out,
      ...layer,
      staleAfter: { ...out.staleAfter, ...layer.staleAfter },
      severity: { ...out.severity, ...layer.severity },
    };
  }
  for (const key of [
    'maxDepth',
    'publicationWorkingDays',
    'interpretationWorkingDays',
    'vetoStaleColumns',
    'vetoBlankColumns',
    'vetoLongNotUpdatedColumns',
    'maxFindingsPerRule',
    'maxLineLength',
  ] as const) {
    const value = out[key];
    if (!Number.isInteger(value) || value < 0)
      throw new ZwgkError('invalid-argument', `settings.${key} must be a non-negative integer, got ${String(value)}`, {
        details: { key, value },
      });
  }
  return out;
}
