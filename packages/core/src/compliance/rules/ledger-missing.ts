import type { Rule } from '../../plugin.js';

/**
 * `ledger-missing`: a unit with obligations has published no ledger by the ledger due date (the
 * plan's own requirement, e.g. 印发后30日内, else issued + `ledgerDueDays`). The due date itself is
 * on time. A unit that has sent a ledger is never `ledger-missing`, whatever its 填报日期: units
 * resend their ledger with each progress report, so a late 填报日期 does not show a late first
 * publication.
 *
 * @category Rules
 * @example
 * ```ts
 * ledgerMissing.id; // 'ledger-missing'
 * ```
 */
export const ledgerMissing: Rule = {
  id: 'ledger-missing',
  severity: 'error',
  description: 'A unit with obligations has published no ledger by the ledger due date',
  *check(ctx) {
    const due = ctx.settings.ledgerDue;
    if (due !== null && ctx.asOf <= due) return;
    const dueZh = due === null ? '（方案未写明印发日期，无法计算台账期限）' : `（应于${due}前公开）`;
    const dueEn = due === null ? ' (the plan has no issue date to count from)' : ` (due by ${due})`;
    for (const unit of ctx.obligedUnits) {
      if (!ctx.ledgerOf(unit)) {
        yield {
          unit,
          message: `${unit}未公开工作台账${dueZh}`,
          messageEn: `${unit} has published no work ledger${dueEn}`,
          data: { ledgerDue: due },
        };
      }
    }
  },
};
