import { z } from 'zod';
import { DiagnosticSchema, IsoDateSchema, SpanSchema } from './common.js';
import { DeadlineSchema } from './deadline.js';
import { RequirementSchema } from './requirement.js';

/**
 * A unit's role in a task: `lead` (牵头), `responsible` (负责落实 / 责任单位) or `cooperate` (配合).
 *
 * @category Model
 * @example
 * ```ts
 * RoleSchema.parse('lead');
 * ```
 */
export const RoleSchema = z.enum(['lead', 'responsible', 'cooperate']);

/**
 * The `Role` type, inferred from {@link RoleSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { RoleSchema, type Role } from '@zwgk/core';
 * const value: Role = RoleSchema.parse(input);
 * ```
 */
export type Role = z.infer<typeof RoleSchema>;

/**
 * One unit named by a task, with its role. `unit` is normalised (simplified script, full-width
 * brackets, no spaces); `raw` is the name as printed. `etAl` is set when the plan wrote
 * `等有关部门` after it: the list is open-ended.
 *
 * @category Model
 * @example
 * ```ts
 * AssignmentSchema.parse({ unit: '市财政局（国资委）', role: 'responsible', raw: '市財政局(國資委)' });
 * ```
 */
export const AssignmentSchema = z.object({
  unit: z.string().min(1),
  role: RoleSchema,
  raw: z.string(),
  etAl: z.boolean().optional(),
});

/**
 * The `Assignment` type, inferred from {@link AssignmentSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { AssignmentSchema, type Assignment } from '@zwgk/core';
 * const value: Assignment = AssignmentSchema.parse(input);
 * ```
 */
export type Assignment = z.infer<typeof AssignmentSchema>;

/**
 * A numbered part of a plan (`一、围绕中心工作抓好主动公开`). `number` is as printed.
 *
 * @category Model
 * @example
 * ```ts
 * SectionSchema.parse({ id: 's1', number: '一', title: '围绕中心工作抓好主动公开' });
 * ```
 */
export const SectionSchema = z.object({
  id: z.string().min(1),
  number: z.string(),
  title: z.string(),
  parentId: z.string().nullable().optional(),
});

/**
 * The `Section` type, inferred from {@link SectionSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { SectionSchema, type Section } from '@zwgk/core';
 * const value: Section = SectionSchema.parse(input);
 * ```
 */
export type Section = z.infer<typeof SectionSchema>;

/**
 * One task of a plan: its number as printed, its section, text, units and roles, deadline, the
 * duties embedded in its text, and where it is in the input.
 *
 * @category Model
 * @example
 * ```ts
 * TaskSchema.parse({
 *   id: 't1', number: '1', sectionId: 's1', text: '聚焦经济发展……',
 *   assignments: [{ unit: '县区政府', role: 'responsible', raw: '县区政府' }],
 *   deadline: { kind: 'date', by: '2024-12-31', raw: '2024年12月底前' },
 *   requirements: [], source: { start: 0, end: 120 },
 * });
 * ```
 */
export const TaskSchema = z.object({
  id: z.string().min(1),
  number: z.string(),
  sectionId: z.string().nullable(),
  text: z.string(),
  assignments: z.array(AssignmentSchema),
  deadline: DeadlineSchema,
  requirements: z.array(RequirementSchema),
  source: SpanSchema,
});

/**
 * The `Task` type, inferred from {@link TaskSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { TaskSchema, type Task } from '@zwgk/core';
 * const value: Task = TaskSchema.parse(input);
 * ```
 */
export type Task = z.infer<typeof TaskSchema>;

/**
 * A key-work task plan (重点工作任务分工方案). `issued` is the date the plan was signed or issued,
 * `docNumber` its 文号, `year` the plan year deadlines resolve against. The optional fields carry the
 * portal's metadata when the text has them. `truncated` is set when the input was cut off.
 *
 * @category Model
 * @example
 * ```ts
 * PlanSchema.parse({
 *   title: '2024年宿州市政务公开重点工作任务分工方案', issuer: '宿州市政务公开办公室',
 *   issued: '2024-05-21', docNumber: '宿政务办〔2024〕1号', year: 2024,
 *   sections: [], tasks: [], diagnostics: [],
 * });
 * ```
 */
export const PlanSchema = z.object({
  title: z.string(),
  issuer: z.string().nullable(),
  issued: IsoDateSchema.nullable(),
  docNumber: z.string().nullable(),
  year: z.number().int().min(1949).max(2200),
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  diagnostics: z.array(DiagnosticSchema),
  noticeTitle: z.string().optional(),
  publisher: z.string().optional(),
  indexNo: z.string().optional(),
  written: IsoDateSchema.optional(),
  published: IsoDateSchema.optional(),
  truncated: z.boolean().optional(),
});

/**
 * The `Plan` type, inferred from {@link PlanSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { PlanSchema, type Plan } from '@zwgk/core';
 * const value: Plan = PlanSchema.parse(input);
 * ```
 */
export type Plan = z.infer<typeof PlanSchema>;
