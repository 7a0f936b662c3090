import { CompactStringMap } from '../compact-hash.js';
import { dayNumber, isoOfDayNumber } from '../dates.js';
import { docTypeMatcher } from '../doc-types.js';
import type { CatalogueRule, EntryInfo } from '../model.js';

type Candidate = Pick<EntryInfo, 'id' | 'column' | 'title' | 'url' | 'location' | 'ordinal'> & { day: number };

/**
 * `interpretation-late`: the first interpretation of a policy was published more than
 * `settings.interpretationWorkingDays` (default 3, a local rule) working days after the policy.
 * Policies are remembered (id → publication day, in a compact table off the heap) when they are in
 * a `policy` column or of a `docType` that needs an interpretation; interpretations are kept whole
 * only while they may be late, so memory stays small over millions of entries. The finding is on
 * the interpretation.
 *
 * @category Rules
 * @example
 * ```ts
 * interpretationLate.id; // 'interpretation-late'
 * ```
 */
export const interpretationLate: CatalogueRule = {
  id: 'interpretation-late',
  severity: 'warning',
  description: '政策解读发布滞后',
  descriptionEn: 'Interpretation published late',
  create: (ctx) => {
    const limit = ctx.settings.interpretationWorkingDays;
    const needsInterpretation = docTypeMatcher(ctx.profile.interpretationDocTypes);
    // Day numbers are stored + 1 so that 0 never stands for a day.
    const policies = new CompactStringMap();
    const earliest = new CompactStringMap();
    const candidates = new Map<string, Candidate>();
    const late = (policyDay: number, day: number) =>
      day - policyDay > limit && ctx.workingDaysBetween(isoOfDayNumber(policyDay), isoOfDayNumber(day)) > limit;
    return {
      entry(e) {
        const published = e.dates.publishedOn;
        if (published === undefined) return;
        if (e.interpretationOf !== undefined) {
          const target = e.interpretationOf;
          const day = dayNumber(published);
          const before = earliest.get(target);
          if (before !== undefined && before - 1 <= day) return;
          earliest.set(target, day + 1);
          const policy = policies.get(target);
          // Kept when it may be late: its policy is late to it, or not seen yet.
          if (policy === undefined || late(policy - 1, day)) {
            const { id, column, title, url, location, ordinal } = e;
            candidates.set(target, { id, column, title, url, location, ordinal, day });
          } else candidates.delete(target);
        } else if (e.columnInfo?.kind === 'policy' || needsInterpretation(e.docType)) {
          policies.set(e.id, dayNumber(published) + 1);
        }
      },
      finish() {
        for (const [policyId, c] of candidates) {
          const policy = policies.get(policyId);
          if (policy === undefined) continue;
          const policyPublished = isoOfDayNumber(policy - 1);
          const publishedOn = isoOfDayNumber(c.day);
          if (publishedOn <= policyPublished) continue;
          const days = ctx.workingDaysBetween(policyPublished, publishedOn);
          if (days <= limit) continue;
          ctx.report({
            entry: { ...c, dates: { publishedOn }, columnInfo: undefined } as EntryInfo,
            message: `政策解读晚于所解读文件（${policyPublished}）${days} 个工作日发布，超过 ${limit} 个工作日`,
            messageEn: `Interpretation published ${days} working days after its policy (${policyPublished}), more than ${limit}`,
            data: { policyId, policyPublishedOn: policyPublished, publishedOn, workingDays: days, limit },
          });
        }
      },
    };
  },
};
