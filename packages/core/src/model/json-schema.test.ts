import { describe, expect, it } from 'vitest';
import { isZwgkError } from '../errors.js';
import { isSchemaName, jsonSchemaOf, SCHEMA_NAMES, type SchemaName } from './json-schema.js';

describe('jsonSchemaOf', () => {
  it.each(SCHEMA_NAMES)('generates a draft 2020-12 object schema for %s', (name) => {
    const schema = jsonSchemaOf(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.$id).toBe(`urn:zwgk:schema:${name}`);
  });
  it('describes the deadline union by its kinds', () => {
    const schema = jsonSchemaOf('plan') as { properties: { tasks: { items: { properties: { deadline: unknown } } } } };
    const text = JSON.stringify(schema.properties.tasks.items.properties.deadline);
    for (const kind of ['date', 'continuous', 'relative', 'recurring', 'none']) expect(text).toContain(`"${kind}"`);
  });
  it('returns a copy the caller may change', () => {
    const a = jsonSchemaOf('finding');
    a.title = 'changed';
    expect(jsonSchemaOf('finding').title).toBe('zwgk finding');
  });
  it('throws a ZwgkError for an unknown name', () => {
    try {
      jsonSchemaOf('plans' as SchemaName);
      expect.unreachable();
    } catch (error) {
      expect(isZwgkError(error) && error.code).toBe('unknown-schema');
    }
  });
  it('knows which names have schemas', () => {
    expect(isSchemaName('directory')).toBe(true);
    expect(isSchemaName('toString')).toBe(false);
  });
});
