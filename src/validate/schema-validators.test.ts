import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { repositoryValidators } from 'virtual:flinkops-schema-validators';
import { stateFileValidator } from 'virtual:flinkops-state-validator';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import jobSchema from '../../schemas/job.schema.json';
import projectSchema from '../../schemas/project.schema.json';
import stateSchema from '../../schemas/state.schema.json';
import tableSchema from '../../schemas/table.schema.json';
import udfSchema from '../../schemas/udf.schema.json';

// The generated validators must answer exactly as ajv compiling the schemas at run time did
// (same errors, in the same order), so every diagnostic a user sees is unchanged.
const ROOT = join(import.meta.dirname, '../..');

function runtimeValidators() {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true });
  addFormats(ajv);
  ajv.addSchema(jobSchema, 'job.schema.json');
  return {
    project: ajv.compile(projectSchema),
    table: ajv.compile(tableSchema),
    udf: ajv.compile(udfSchema),
    job: ajv.getSchema('job.schema.json')!,
    state: new Ajv2020({ allErrors: true, strict: true }).compile(stateSchema),
  };
}

type Kind = 'project' | 'table' | 'udf' | 'job';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : n.endsWith('.yaml') ? [p] : [];
  });
}

function kindOf(file: string): Kind | undefined {
  if (basename(file) === 'flinkops.yaml') return 'project';
  return ({ tables: 'table', udfs: 'udf', jobs: 'job' } as const)[basename(dirname(file))];
}

const documents: [string, Kind, unknown][] = [];
for (const f of [...yamlFiles(join(ROOT, 'example-repo')), ...yamlFiles(join(ROOT, 'test/fixtures/repos'))]) {
  const kind = kindOf(f);
  if (!kind) continue;
  try {
    documents.push([f.slice(ROOT.length + 1), kind, parse(readFileSync(f, 'utf8'))]);
  } catch {
    // a fixture of malformed YAML: nothing to validate
  }
}
// Mistakes of every kind of keyword: unknown keys, wrong types, enums, patterns, formats, required.
documents.push(
  [
    'crafted table',
    'table',
    { kind: 'sourc', connector: 1, columns: [{ nam: 'a', type: 'INT' }], with: { a: [] } },
  ],
  [
    'crafted job',
    'job',
    { parallelism: 0, upgradeMode: 'x', schedule: { activeFrom: 'yesterday' }, extra: 1 },
  ],
  ['crafted project', 'project', { project: 'Bad-Name', flinkVersion: 1.2, environments: { 'p-1': {} } }],
  ['crafted udf', 'udf', { jar: '', sha256: 'zz', functions: [{ name: 'f', class: 1, language: 'cobol' }] }],
);

const errorsOf = (v: { errors?: unknown[] | null }) => v.errors ?? [];

describe('generated schema validators', () => {
  const runtime = runtimeValidators();
  const generated = repositoryValidators();

  it('cover fixtures of every kind, valid and not', () => {
    expect(new Set(documents.map(([, k]) => k))).toEqual(new Set(['project', 'table', 'udf', 'job']));
    expect(documents.some(([, k, d]) => !runtime[k](d))).toBe(true);
  });

  it.each(documents)('answer as ajv does on %s', (_name, kind, data) => {
    const ok = runtime[kind](data);
    expect(generated[kind](data)).toBe(ok);
    expect(errorsOf(generated[kind])).toEqual(errorsOf(runtime[kind]));
  });

  it('check state files as ajv does', () => {
    const good = { version: 1, state: { formatVersion: 1, project: 'p', env: 'e', jobs: {} } };
    const bad = {
      version: '1',
      state: { formatVersion: 1, project: 'p', env: 'e', jobs: { X: { status: 'gone' } } },
    };
    for (const doc of [good, bad]) {
      expect(stateFileValidator()(doc)).toBe(runtime.state(doc));
      expect(errorsOf(stateFileValidator())).toEqual(errorsOf(runtime.state));
    }
    expect(stateFileValidator()(bad)).toBe(false);
  });
});
