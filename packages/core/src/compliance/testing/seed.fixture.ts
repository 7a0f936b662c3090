// Test support, not part of the public API: the seed plan (宿政务办〔2024〕1号) as a Plan, built from
// the hand-checked structure in test/fixtures, and small builders for ledgers.
import suzhouDirectoryJson from '../../../../../examples/data/suzhou-directory.json' with { type: 'json' };
import expected from '../../../test/fixtures/plans/suzhou-2024-plan.expected.json' with { type: 'json' };
import { createDirectory } from '../../directory/directory.js';
import type { Deadline } from '../../model/deadline.js';
import type { Ledger, LedgerEntry } from '../../model/ledger.js';
import type { Assignment, Plan, Task } from '../../model/plan.js';
import type { Requirement } from '../../model/requirement.js';

interface ExpectedTask {
  no: string;
  section: string;
  sectionTitle: string;
  text_head: string;
  lead: string[];
  responsible: string[];
  deadline: Deadline;
  requirements?: Record<string, unknown>[];
}

function toRequirement(raw: Record<string, unknown>): Requirement {
  const what = String(raw.what ?? raw.note ?? '');
  switch (raw.kind) {
    case 'relative':
      return {
        kind: 'relative',
        what,
        days: Number(raw.days),
        dayKind: 'calendar',
        from: 'issued',
        raw: '印发后30日内',
      };
    case 'recurring':
      return {
        kind: 'recurring',
        what,
        every: String(raw.every),
        ...(raw.min !== undefined ? { min: Number(raw.min) } : {}),
        raw: String(raw.note ?? ''),
      };
    case 'threshold':
      return { kind: 'threshold', what, comparator: '>=', value: 4, unit: '%', raw: '不低于4%' };
    default:
      return { kind: 'note', what, raw: String(raw.note ?? '') };
  }
}

/** The seed plan as a Plan, issued 2024-05-21. */
export function seedPlan(): Plan {
  const sections: Plan['sections'] = [];
  const tasks: Task[] = [];
  for (const t of expected.tasks as ExpectedTask[]) {
    let section = sections.find((s) => s.number === t.section);
    if (!section) {
      section = { id: `s${sections.length + 1}`, number: t.section, title: t.sectionTitle };
      sections.push(section);
    }
    const assignments: Assignment[] = [
      ...t.lead.map((unit): Assignment => ({ unit, role: 'lead', raw: unit })),
      ...t.responsible.map((unit): Assignment => ({ unit, role: 'responsible', raw: unit })),
    ];
    tasks.push({
      id: `t${t.no}`,
      number: t.no,
      sectionId: section.id,
      text: t.no === '27' ? `${t.text_head}……梳理形成并发布本地区、本系统工作台账` : `${t.text_head}……`,
      assignments,
      deadline: t.deadline,
      requirements: (t.requirements ?? []).map(toRequirement),
      source: { start: 0, end: 0 },
    });
  }
  return {
    title: '2024年宿州市政务公开重点工作任务分工方案',
    issuer: '宿州市政务公开办公室',
    issued: '2024-05-21',
    docNumber: '宿政务办〔2024〕1号',
    year: 2024,
    sections,
    tasks,
    diagnostics: [],
  };
}

/** The example directory of 宿州市 units. */
export function suzhouDirectory() {
  return createDirectory(suzhouDirectoryJson);
}

/** A ledger entry with defaults: in progress, no evidence. */
export function entry(taskNumber: string | null, row: number, fields: Partial<LedgerEntry> = {}): LedgerEntry {
  return { taskNumber, measures: '', status: 'in_progress', evidence: [], row, ...fields };
}

/** A ledger for a unit, published 2024-06-15 unless said otherwise. */
export function ledger(unit: string, entries: LedgerEntry[], fields: Partial<Ledger> = {}): Ledger {
  return {
    unit,
    publishedAt: '2024-06-15',
    source: { file: `${unit}台账.xlsx`, sheet: '台账', format: 'xlsx' },
    entries,
    rejected: [],
    ...fields,
  };
}

/** A ledger in which the unit reports every task of the plan done on time with evidence. */
export function completeLedger(plan: Plan, unit: string, fields: Partial<Ledger> = {}): Ledger {
  return ledger(
    unit,
    plan.tasks.map((task, i) =>
      entry(task.number, i + 4, {
        status: task.deadline.kind === 'date' ? 'done' : 'ongoing',
        ...(task.deadline.kind === 'date' ? { completedOn: '2024-06-10' } : {}),
        updatedOn: '2024-09-01',
        evidence: ['https://www.ahsz.gov.cn/zwgk/1.html', '2024年3月10日 评估报告', '2024年8月20日 评估报告'],
      }),
    ),
    fields,
  );
}

/** A small directory: one county, the city office, the data bureau, the justice bureau. */
export function smallDirectory() {
  return createDirectory({
    units: [
      { name: '砀山县人民政府', aliases: ['砀山县政府', '砀山县'], memberOf: ['县区政府'] },
      { name: '市政府办公室', memberOf: ['市政府部门', '市政府有关部门'] },
      { name: '市数据资源局', memberOf: ['市政府部门', '市政府有关部门'] },
      { name: '市司法局', memberOf: ['市政府部门'] },
    ],
    groups: [{ name: '市政府部门', aliases: ['市政府各部门'] }, { name: '市政府有关部门' }],
  });
}
