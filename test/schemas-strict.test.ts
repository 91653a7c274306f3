/**
 * The published schemas as strict JSON Schema tooling and editors read them: every file in
 * schemas/ compiles under ajv `strict: true`, every property says what it is, and the job settings
 * used inside flinkops.yaml are titled for where they are used, not for jobs/<name>.yaml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../src/load';
import { checkSchema } from '../src/validate/schema';
import { ROOT } from './support/action-runner';

const DIR = join(ROOT, 'schemas');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.schema.json'));
const read = (f: string) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Record<string, unknown>;

/** JSON pointers of the properties without a description; `if`/`then`/`else` only restate them. */
function undescribed(node: unknown, pointer: string, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const [i, v] of node.entries()) undescribed(v, `${pointer}/${i}`, out);
  if (!node || typeof node !== 'object' || Array.isArray(node)) return out;
  const o = node as Record<string, unknown>;
  if (o.properties && typeof o.properties === 'object')
    for (const [k, v] of Object.entries(o.properties))
      if (v && typeof v === 'object' && !(v as { description?: unknown }).description)
        out.push(`${pointer}/properties/${k}`);
  for (const [k, v] of Object.entries(o))
    if (!['if', 'then', 'else', 'const', 'enum', 'default', 'examples'].includes(k))
      undescribed(v, `${pointer}/${k}`, out);
  return out;
}

describe('schemas/', () => {
  it('holds the eight schemas', () => {
    expect(FILES.sort()).toEqual([
      'graph.schema.json',
      'job.schema.json',
      'plan.schema.json',
      'project.schema.json',
      'state.schema.json',
      'table.schema.json',
      'test.schema.json',
      'udf.schema.json',
    ]);
  });

  it.each(FILES)('%s compiles under ajv strict: true', (file) => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    for (const other of FILES) if (other !== file) ajv.addSchema(read(other), other);
    expect(() => ajv.compile(read(file))).not.toThrow();
  });

  it.each(FILES)('%s describes every property', (file) => {
    expect(undescribed(read(file), '#')).toEqual([]);
  });

  it('titles the job settings used inside flinkops.yaml for where they are used', () => {
    const project = read('project.schema.json') as {
      properties: Record<string, { title?: string; $ref?: string }> & {
        environments: {
          additionalProperties: { properties: { jobs: { additionalProperties: { title?: string } } } };
        };
      };
    };
    const uses = [
      project.properties.defaults!,
      project.properties.environments.additionalProperties.properties.jobs.additionalProperties,
    ];
    const jobTitle = read('job.schema.json').title;
    for (const use of uses) {
      expect(use.title).toBeTruthy();
      expect(use.title).not.toBe(jobTitle);
      expect(use.title).not.toContain('jobs/<name>.yaml');
    }
  });

  it('titles the definitions plan and state files refer to', () => {
    for (const file of ['plan.schema.json', 'state.schema.json']) {
      const defs = read(file).$defs as Record<string, { title?: string }>;
      for (const [name, def] of Object.entries(defs)) expect(def.title, `${file} $defs/${name}`).toBeTruthy();
    }
  });
});

describe('a value of one of several types (anyOf)', () => {
  const check = (text: string) => checkSchema('job', parseYaml('jobs/totals.yaml', text).value!);

  it('a mapping where a config value belongs: one located error naming every type', () => {
    const diags = check('parallelism: 2\nconfig:\n  pipeline.max: {a: 1}\n');
    expect(diags.map((d) => `${d.code} ${d.range?.start.line}:${d.range?.start.column}`)).toEqual([
      'FO201 3:17',
    ]);
    expect(diags[0]!.summary).toBe(
      'config.pipeline.max must be a string, a number or true or false, got a mapping',
    );
  });

  it('a string, a number and a boolean are each accepted', () => {
    expect(check('config:\n  a.b: 30 s\n  c.d: 4\n  e.f: true\n')).toEqual([]);
  });
});
