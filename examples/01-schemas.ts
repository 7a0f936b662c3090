// Validate a Plan JSON produced elsewhere, and publish the JSON Schemas for integrators in other languages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaOf, PlanSchema, SCHEMA_NAMES } from '@zwgk/core';

const outDir = join(import.meta.dirname, '..', 'out', 'schemas');
mkdirSync(outDir, { recursive: true });
for (const name of SCHEMA_NAMES) {
  writeFileSync(join(outDir, `${name}.schema.json`), `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
}
console.log(`wrote ${SCHEMA_NAMES.length} JSON Schemas to ${outDir}`);

// A plan from another system: one task whose deadline date is not ISO.
const incoming = {
  title: '2024年某市政务公开重点工作任务分工方案',
  issuer: '某市政务公开办公室',
  issued: '2024-05-21',
  docNumber: null,
  year: 2024,
  sections: [{ id: 's1', number: '一', title: '围绕中心工作抓好主动公开' }],
  tasks: [
    {
      id: 't1',
      number: '1',
      sectionId: 's1',
      text: '聚焦经济发展，及时公开政策举措和进展成效。',
      assignments: [{ unit: '县区政府', role: 'responsible', raw: '县区政府' }],
      deadline: { kind: 'date', by: '2024/12/31', raw: '2024年12月底前' },
      requirements: [],
      source: { start: 0, end: 30 },
    },
  ],
  diagnostics: [],
};
const result = PlanSchema.safeParse(incoming);
if (result.success) throw new Error('expected the non-ISO date to be rejected');
for (const issue of result.error.issues) console.log(`rejected: ${issue.path.join('.')}: ${issue.message}`);
