import { z } from 'zod';
import { ZwgkError } from '../errors.js';
import { CatalogueSchema } from './catalogue.js';
import { DirectorySchema } from './directory.js';
import { FindingSchema } from './finding.js';
import { LedgerSchema } from './ledger.js';
import { PlanSchema } from './plan.js';

const schemas: Record<SchemaName, z.ZodType> = {
  plan: PlanSchema,
  ledger: LedgerSchema,
  catalogue: CatalogueSchema,
  finding: FindingSchema,
  directory: DirectorySchema,
};

/**
 * The models that have a published JSON Schema.
 *
 * @category Model
 * @example
 * ```ts
 * SCHEMA_NAMES; // ['plan', 'ledger', 'catalogue', 'finding', 'directory']
 * ```
 */
export const SCHEMA_NAMES = Object.keys(schemas) as SchemaName[];

/**
 * One of {@link SCHEMA_NAMES}.
 *
 * @category Model
 * @example
 * ```ts
 * const name: SchemaName = 'plan';
 * ```
 */
export type SchemaName = 'plan' | 'ledger' | 'catalogue' | 'finding' | 'directory';

const cache = new Map<SchemaName, Record<string, unknown>>();

/**
 * The JSON Schema (draft 2020-12) of a zwgk model, generated from its zod schema, for integrators
 * in other languages. It describes the JSON zwgk accepts as input (defaults may be left out).
 *
 * @param name - which model: `plan`, `ledger`, `catalogue`, `finding` or `directory`
 * @returns a plain JSON Schema object, with `$id` and `title` set
 * @throws {@link ZwgkError} `unknown-schema` for any other name
 * @category Model
 * @example
 * ```ts
 * import { jsonSchemaOf } from '@zwgk/core';
 *
 * const schema = jsonSchemaOf('plan');
 * Object.keys(schema.properties as object); // ['title', 'issuer', 'issued', …]
 * ```
 */
export function jsonSchemaOf(name: SchemaName): Record<string, unknown> {
  const schema = Object.hasOwn(schemas, name) ? schemas[name] : undefined;
  if (!schema) {
    throw new ZwgkError(
      'unknown-schema',
      `unknown schema "${String(name)}"; expected one of ${SCHEMA_NAMES.join(', ')}`,
      {
        details: { name },
      },
    );
  }
  let json = cache.get(name);
  if (!json) {
    json = {
      $id: `urn:zwgk:schema:${name}`,
      title: `zwgk ${name}`,
      ...(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>),
    };
    cache.set(name, json);
  }
  return structuredClone(json);
}

/**
 * Whether a string names a model with a JSON Schema.
 *
 * @category Model
 * @example
 * ```ts
 * isSchemaName('plan'); // true
 * isSchemaName('plans'); // false
 * ```
 */
export function isSchemaName(name: string): name is SchemaName {
  return Object.hasOwn(schemas, name);
}
