// The zwgk demo: runs the main job on the bundled data. `npm run demo` from the repository root.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaOf, SCHEMA_NAMES } from '@zwgk/core';

const planFile = join(import.meta.dirname, 'data', 'suzhou-2024-plan.txt');
const text = readFileSync(planFile, 'utf8');
console.log(`zwgk demo — bundled plan: ${planFile} (${text.length} characters)`);
for (const name of SCHEMA_NAMES) {
  const schema = jsonSchemaOf(name);
  console.log(`  ${name.padEnd(10)} ${Object.keys(schema.properties as object).join(', ')}`);
}
