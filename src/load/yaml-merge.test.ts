import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProject } from '../compile/desired';
import { formatLocation } from '../core/diagnostics';
import { checkSchema } from '../validate/schema';
import { parseYaml } from './yaml-source';

const VALID = join(import.meta.dirname, '../../test/fixtures/repos/valid');

/** A copy of the valid fixture repository with `files` written over it. */
function repo(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'flinkops-merge-')), 'repo');
  cpSync(VALID, dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

const PROJECT = `project: shop
flinkVersion: "1.20"
environments:
  dev:
    jobmanagerUrl: http://localhost:8081
    sqlGatewayUrl: http://localhost:8083
    jobs:
      totals: &quiet
        state: suspended
        parallelism: 2
  prod:
    jobmanagerUrl: http://localhost:8081
    sqlGatewayUrl: http://localhost:8083
    jobs:
      totals:
        <<: *quiet
        parallelism: 6
`;

describe('YAML merge keys', () => {
  it('merge the anchored settings into the mapping; its own keys win', () => {
    const dir = repo({ 'flinkops.yaml': PROJECT });
    const prod = compileProject(dir, { env: 'prod', envVars: {} });
    expect(prod.diags).toEqual([]);
    const job = prod.value!.jobs.find((j) => j.name === 'totals')!;
    expect(job.settings.state).toBe('suspended');
    expect(job.settings.parallelism).toBe(6);
  });

  it('merge an inline mapping and a list of aliases, the earlier one winning', () => {
    const y = parseYaml(
      'jobs/totals.yaml',
      'x: &a {parallelism: 3, state: suspended}\ny: &b {parallelism: 9, upgradeMode: stateless}\nz:\n  <<: [*a, *b]\nw:\n  <<: {state: suspended}\n  parallelism: 2\n',
    );
    expect(y.diags).toEqual([]);
    expect((y.value!.data as Record<string, unknown>).z).toEqual({
      parallelism: 3,
      state: 'suspended',
      upgradeMode: 'stateless',
    });
    expect((y.value!.data as Record<string, unknown>).w).toEqual({ state: 'suspended', parallelism: 2 });
  });

  it('locate a merged value where it was written', () => {
    const text = 'description: &d\n  parallelism: 2\n  paralelism: 4\n<<: *d\n';
    const y = parseYaml('jobs/totals.yaml', text).value!;
    const diags = checkSchema('job', y);
    expect(diags.map((d) => `${d.code} ${formatLocation(d.range)}`)).toContain('FO200 jobs/totals.yaml:3:3');
    expect(y.locate(['parallelism'])).toMatchObject({ start: { line: 2, column: 16 } });
  });

  it('refuse a merge of something that is not a mapping, at that value', () => {
    for (const [text, at] of [
      ['parallelism: 2\n<<: 5\n', 'jobs/totals.yaml:2:5'],
      ['a: &a [1]\nb:\n  <<: [*a]\n', 'jobs/totals.yaml:3:8'],
      ['parallelism: 2\n<<:\n', 'jobs/totals.yaml:2:1'],
    ] as const) {
      const r = parseYaml('jobs/totals.yaml', text);
      expect(r.value).toBeUndefined();
      expect(r.diags.map((d) => `${d.code} ${formatLocation(d.range)}`)).toEqual([`FO107 ${at}`]);
      expect(r.diags[0]!.summary).toBe('A YAML merge key (<<) must be given a mapping');
      expect(r.diags[0]!.detail).toContain('<<: *name');
    }
  });

  it('refuse a mapping merged into itself, at the alias', () => {
    const r = parseYaml('jobs/totals.yaml', 'a: &a\n  x: 1\n  <<: *a\n');
    expect(r.diags.map((d) => `${d.summary} ${formatLocation(d.range)}`)).toEqual([
      'A YAML merge key (<<) merges a mapping into itself jobs/totals.yaml:3:7',
    ]);
  });

  it('find references in an inline merged mapping at the mapping it merges into', () => {
    const y = parseYaml('flinkops.yaml', 'environments:\n  prod:\n    <<: {variables: {A: "${secret.X}"}}\n')
      .value!;
    expect(y.stringsContaining('${').map((s) => s.path)).toEqual([
      ['environments', 'prod', 'variables', 'A'],
    ]);
  });

  it('a quoted "<<" stays an ordinary key', () => {
    const y = parseYaml('jobs/totals.yaml', '"<<": {state: suspended}\n').value!;
    expect(y.data).toEqual({ '<<': { state: 'suspended' } });
  });
});
