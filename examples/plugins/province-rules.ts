// A province's own compliance rules as a zwgk plugin — what a provincial openness office adds
// without forking zwgk:
//
// - a stricter rule: a task reported done needs at least two pieces of evidence (佐证材料), e.g.
//   the published page and the meeting minutes;
// - a deadline phrase its plans use: 汛期前 (before the flood season, which starts on 1 June in this
//   province) → 31 May of the plan year;
// - a status word and another name for a department that its units write in their ledgers.
//
// Use it from code (`checkCompliance(plan, directory, ledgers, { asOf, plugins: [provinceRules] })`)
// or from the command line (`zwgk check … --plugin ./province-rules.js`).
import { definePlugin, type Rule } from '@zwgk/core';

/** Completed tasks need at least this many pieces of evidence. */
export const MIN_EVIDENCE = 2;

const twoPiecesOfEvidence: Rule = {
  id: 'province-evidence-two',
  severity: 'warning',
  description: `A task reported done needs at least ${MIN_EVIDENCE} pieces of evidence`,
  *check(ctx) {
    for (const o of ctx.obligations) {
      // One piece is done-without-evidence's business only when there is none at all.
      if (o.status !== 'done' || o.evidence.length === 0 || o.evidence.length >= MIN_EVIDENCE) continue;
      yield {
        unit: o.unit,
        taskId: o.task.id,
        taskNumber: o.task.number,
        ...(o.location ? { location: o.location } : {}),
        message: `${o.unit}任务${o.task.number}已完成，但佐证材料只有${o.evidence.length}项（本省要求至少${MIN_EVIDENCE}项）`,
        messageEn: `${o.unit}, task ${o.task.number}: done with ${o.evidence.length} piece(s) of evidence; the province requires ${MIN_EVIDENCE}`,
        data: { evidence: o.evidence.length, required: MIN_EVIDENCE },
      };
    }
  },
};

/** The province's plugin: one rule, one deadline phrase, one status word, one unit alias. */
export const provinceRules = definePlugin({
  name: 'province-rules',
  apiVersion: 1,
  rules: [twoPiecesOfEvidence],
  deadlinePatterns: [
    {
      id: 'province-rules/汛期前',
      pattern: /汛(期)?(前|之前)/,
      resolve: (_match, context) => ({ kind: 'date', by: `${context.year}-05-31`, raw: '汛期前' }),
    },
  ],
  statusWords: { 已办结: 'done' },
  unitAliases: { 市教体局: ['市教育局'] },
});

export default provinceRules;
