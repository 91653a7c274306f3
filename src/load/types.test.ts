import { describe, expect, it } from 'vitest';
import jobSchema from '../../schemas/job.schema.json';
import projectSchema from '../../schemas/project.schema.json';
import tableSchema from '../../schemas/table.schema.json';
import testSchema from '../../schemas/test.schema.json';
import udfSchema from '../../schemas/udf.schema.json';
import { SCHEMA_KEYS } from './types';

type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  description?: string;
};

/** Every object with properties in a schema, by the path notation of SCHEMA_KEYS. */
function objects(schema: Schema, path: string, out: Map<string, Schema>): Map<string, Schema> {
  if (schema.$ref) return out; // refs to job.schema.json are checked under "job"
  if (schema.properties) {
    out.set(path, schema);
    for (const [k, v] of Object.entries(schema.properties)) objects(v, `${path}.${k}`, out);
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    objects(schema.additionalProperties, `${path}.*`, out);
  }
  if (schema.items) objects(schema.items, `${path}[]`, out);
  return out;
}

const ALL = new Map<string, Schema>();
objects(jobSchema as Schema, 'job', ALL);
objects(udfSchema as Schema, 'udf', ALL);
objects(tableSchema as Schema, 'table', ALL);
objects(testSchema as Schema, 'test', ALL);
objects(projectSchema as Schema, 'project', ALL);

describe('schemas and TypeScript types', () => {
  it('list the same objects', () => {
    expect([...ALL.keys()].sort()).toEqual(Object.keys(SCHEMA_KEYS).sort());
  });

  it.each([...ALL.entries()])(
    '%s has the same properties in the schema and the TS key list',
    (path, schema) => {
      expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...(SCHEMA_KEYS[path] ?? [])].sort());
    },
  );

  it.each([...ALL.entries()])('%s rejects unknown keys and describes every property', (_path, schema) => {
    expect(schema.additionalProperties).toBe(false);
    for (const [k, v] of Object.entries(schema.properties ?? {})) {
      expect(v.description, k).toBeTruthy();
    }
  });

  it('defaults and per-environment job overrides use the job schema', () => {
    const p = projectSchema as unknown as {
      properties: { defaults: Schema; environments: { additionalProperties: Schema } };
    };
    expect(p.properties.defaults.$ref).toBe('job.schema.json');
    expect(
      (p.properties.environments.additionalProperties.properties!.jobs!.additionalProperties as Schema).$ref,
    ).toBe('job.schema.json');
  });
});
