/**
 * `environments.<env>.flinkVersion`: a Flink upgrade rolled out one environment at a time (staging
 * on the new release, prod still on the old). Validate judges the version-dependent rules by each
 * release the environments run, once per location, naming the environments when not all share the
 * release; compile, diff-env and plan of an environment use its own release.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import { closeRun } from '../src/engine/plan-run';
import { diff, type Plan } from '../src/plan';
import { loadAndValidate } from '../src/validate';
import { cli } from './ops-cli';
import { deployed, liveOf, liveState, NOW, record, stateDoc } from './plan-fixtures';
import { type MoveBed, moveBed } from './support/sim-plan';

const envs = (staging: string, prod: string) =>
  `environments:\n  staging:\n    jobmanagerUrl: http://127.0.0.1:8081\n    sqlGatewayUrl: http://127.0.0.1:8083\n${staging}  prod:\n    jobmanagerUrl: http://127.0.0.1:9081\n    sqlGatewayUrl: http://127.0.0.1:9083\n${prod}`;

/** staging on Flink 2.2 (its own flinkVersion), prod on the project's 1.19. */
const ROLLOUT = `project: shop\nflinkVersion: "1.19"\n${envs('    flinkVersion: "2.2"\n', '')}`;

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-env-version-'));
  const all: Record<string, string> = {
    'flinkops.yaml': ROLLOUT,
    'tables/src.sql': "CREATE TABLE src (id BIGINT, s STRING) WITH ('connector' = 'datagen');",
    'tables/dst.sql': "CREATE TABLE dst (id BIGINT, parts ARRAY<STRING>) WITH ('connector' = 'blackhole');",
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const SPLIT_UDF = {
  'udfs/team.yaml': `jar: s3://b/team.jar\nsha256: ${'a'.repeat(64)}\nfunctions:\n  - { name: split, class: com.acme.Split, language: java }\n`,
  'jobs/parts.sql': "INSERT INTO dst\nSELECT id, split(s, ',') FROM src;\n",
};

describe('validate: the rules of each release the environments run', () => {
  it('a built-in of a later release than one environment runs is an error there, named once with that environment', () => {
    const dir = repo({
      'jobs/starts.sql': "INSERT INTO dst\nSELECT id, ARRAY[s] FROM src WHERE STARTSWITH(s, 'a');\n",
    });
    const all = loadAndValidate(dir).diags.filter((d) => d.code === 'FO225');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      severity: 'error',
      range: { file: 'jobs/starts.sql', start: { line: 2, column: 36 } },
    });
    expect(all[0]!.summary).toMatch(/a Flink built-in only from Flink 2\.0: environment prod runs 1\.19$/);
    // Each environment alone: staging (2.2) has STARTSWITH, prod (1.19) does not.
    expect(loadAndValidate(dir, { env: 'staging' }).diags).toEqual([]);
    const prod = loadAndValidate(dir, { env: 'prod' }).diags.filter((d) => d.code === 'FO225');
    expect(prod).toHaveLength(1);
    expect(prod[0]!.summary).not.toContain('environment');
  });

  it('a problem every release has is said once, as it is', () => {
    const dir = repo({ 'jobs/typo.sql': 'INSERT INTO dst\nSELECT id, ARRAY[s] FROM srcc;\n' });
    const diags = loadAndValidate(dir).diags.filter((d) => d.severity === 'error');
    expect(diags).toHaveLength(1);
    expect(diags[0]!.summary).not.toMatch(/environment/);
  });

  it('names every environment of each release that raises it', () => {
    const dir = repo({
      'flinkops.yaml': `project: shop\nflinkVersion: "2.2"\n${envs('    flinkVersion: "1.19"\n', '    flinkVersion: "1.20"\n')}  dev:\n    jobmanagerUrl: http://127.0.0.1:7081\n    sqlGatewayUrl: http://127.0.0.1:7083\n    flinkVersion: "1.19"\n`,
      'jobs/starts.sql': "INSERT INTO dst\nSELECT id, ARRAY[s] FROM src WHERE STARTSWITH(s, 'a');\n",
    });
    const [d, ...more] = loadAndValidate(dir).diags.filter((x) => x.code === 'FO225');
    expect(more).toEqual([]);
    expect(d!.summary).toMatch(/: environments staging, dev run 1\.19; prod runs 1\.20$/);
  });

  it("an environment's own release is named in the fix, not the project's", () => {
    const dir = repo({
      'flinkops.yaml': `project: shop\nflinkVersion: "2.2"\n${envs('', '    flinkVersion: "1.19"\n')}`,
      'jobs/starts.sql': "INSERT INTO dst\nSELECT id, ARRAY[s] FROM src WHERE STARTSWITH(s, 'a');\n",
    });
    for (const d of [
      loadAndValidate(dir).diags.find((x) => x.code === 'FO225')!,
      loadAndValidate(dir, { env: 'prod' }).diags.find((x) => x.code === 'FO225')!,
    ]) {
      expect(d.detail).toContain(
        'Environment prod targets Flink 1.19 (environments.prod.flinkVersion in flinkops.yaml), which has no function STARTSWITH.',
      );
      expect(d.detail).toContain(
        'or raise environments.prod.flinkVersion if the cluster runs Flink 2.0 or later.',
      );
    }
    // The project's own release keeps the project's words.
    const [d] = loadAndValidate(
      repo({
        'jobs/starts.sql': "INSERT INTO dst\nSELECT id, ARRAY[s] FROM src WHERE STARTSWITH(s, 'a');\n",
      }),
    ).diags;
    expect(d!.detail).toContain('The project targets Flink 1.19 (flinkVersion in flinkops.yaml)');
  });

  it('a UDF named like a built-in only the newer release has (FO215) is warned for that environment', () => {
    const dir = repo(SPLIT_UDF);
    const d = loadAndValidate(dir).diags.filter((x) => x.code === 'FO215');
    expect(d).toHaveLength(1);
    expect(d[0]!.summary).toMatch(/: environment staging runs 2\.2$/);
    expect(d[0]!.range).toMatchObject({ file: 'udfs/team.yaml' });
  });

  it('syntax a release added (FO312) is refused for the environments before it', () => {
    const dir = repo({
      'tables/dist.sql':
        // A connector that may take buckets: blackhole's sink has none (FO235, on every release).
        "CREATE TABLE dist (id BIGINT) DISTRIBUTED BY HASH(id) INTO 4 BUCKETS WITH ('connector' = 'paimon');",
      'jobs/d.sql': 'INSERT INTO dist\nSELECT id FROM src;\n',
    });
    const d = loadAndValidate(dir).diags.filter((x) => x.severity === 'error');
    expect(d.map((x) => x.code)).toEqual(['FO312']);
    expect(d[0]!.summary).toMatch(/: environment prod runs 1\.19$/);
  });

  it("says (FO294) when no environment runs the project's release any more: the rollout is done", () => {
    const all = `project: shop\nflinkVersion: "1.19"\n${envs('    flinkVersion: "2.2"\n', '    flinkVersion: "2.2"\n')}`;
    const [d, ...more] = loadAndValidate(repo({ 'flinkops.yaml': all })).diags;
    expect(more).toEqual([]);
    expect(d).toMatchObject({
      code: 'FO294',
      severity: 'info',
      summary: "No environment runs the project's flinkVersion 1.19: staging, prod run 2.2",
      range: { file: 'flinkops.yaml', start: { line: 2, column: 15 } },
    });
    expect(d!.detail).toBe(
      'Every environment runs Flink 2.2: set flinkVersion: "2.2" here and remove environments.staging.flinkVersion and environments.prod.flinkVersion, so that an environment added later runs it too.',
    );
    // While one environment still runs the project's release, nothing is said.
    expect(loadAndValidate(repo({})).diags).toEqual([]);
    // Nor when validating one environment.
    expect(loadAndValidate(repo({ 'flinkops.yaml': all }), { env: 'prod' }).diags).toEqual([]);
  });

  it('an environment flinkVersion outside the known releases is refused at its line', () => {
    const dir = repo({ 'flinkops.yaml': ROLLOUT.replace('"2.2"', '"2.9"') });
    const d = loadAndValidate(dir).diags.filter((x) => x.severity === 'error');
    expect(d).toHaveLength(1);
    expect(d[0]!.range).toMatchObject({ file: 'flinkops.yaml', start: { line: 7 } });
  });
});

describe('compile and diff-env: each environment by its own release', () => {
  it("staging's script (2.2: split is Flink's) creates no UDF; prod's (1.19) creates it", () => {
    const dir = repo(SPLIT_UDF);
    const staging = compileProject(dir, { env: 'staging', envVars: {} }).value!;
    const prod = compileProject(dir, { env: 'prod', envVars: {} }).value!;
    expect(staging.flinkVersion).toBe('2.2');
    expect(staging.flinkVersionOfEnvironment).toBe(true);
    expect(staging.flinkVersionRange).toMatchObject({ file: 'flinkops.yaml', start: { line: 7 } });
    expect(prod.flinkVersion).toBe('1.19');
    expect(prod.flinkVersionRange).toMatchObject({ file: 'flinkops.yaml', start: { line: 2 } });
    expect(prod.jobs[0]!.script).toMatch(/CREATE TEMPORARY (SYSTEM )?FUNCTION `?split`?/);
    expect(staging.jobs[0]!.script).not.toMatch(/FUNCTION `?split`?/);
  });

  it('compile of every environment at once makes the same scripts as each one alone', async () => {
    const dir = repo(SPLIT_UDF);
    const r = await cli(['compile', '--dir', dir, '--json'], dir);
    const out = (JSON.parse(r.stdout) as { environments: { env: string; jobs: { script: string }[] }[] })
      .environments;
    for (const env of ['staging', 'prod']) {
      const alone = compileProject(dir, { env, envVars: {} }).value!;
      expect(out.find((s) => s.env === env)!.jobs[0]!.script).toBe(alone.jobs[0]!.script);
    }
  });

  it('diff-env shows the differing release, and the script line it changes', async () => {
    const dir = repo(SPLIT_UDF);
    const r = await cli(['diff-env', 'staging', 'prod', '--dir', dir], dir);
    expect(r.stdout).toContain('~ environment\n    flinkVersion: 2.2 → 1.19\n');
    expect(r.stdout).toMatch(/^ {4}\+CREATE TEMPORARY.*split/m);
    const same = repo({ 'jobs/plain.sql': 'INSERT INTO dst\nSELECT id, ARRAY[s] FROM src;\n' });
    const r2 = await cli(['diff-env', 'staging', 'prod', '--dir', same], same);
    expect(r2.stdout).toContain('    flinkVersion: 2.2 → 1.19\n');
    expect(r2.code).toBe(0);
  });
});

describe("plan: an environment's own release against its cluster, and its own version move", () => {
  let bed: MoveBed;
  /** prod (the bed's environment) with flinkVersion `own`, beside a staging on the project's release. */
  const write = (project: string, own: string | undefined, more = '') =>
    writeFileSync(
      join(bed.dir, 'flinkops.yaml'),
      `project: up\nflinkVersion: "${project}"\nenvironments:\n  staging:\n    jobmanagerUrl: http://unused:7081\n    sqlGatewayUrl: http://unused:7083\n  prod:\n    jobmanagerUrl: http://unused:8081\n    sqlGatewayUrl: http://unused:8083\n    planDir: file:///shared/plans\n${own ? `    flinkVersion: "${own}"\n` : ''}${more}`,
    );
  beforeAll(async () => {
    bed = await moveBed('flinkops-env-version-plan-');
  });
  afterAll(() => bed.close());
  const planned = async (sim: MoveBed['old'], opts: { allowVersionUpgrade?: boolean } = {}) => {
    const run = await bed.plan(sim, opts);
    await closeRun(run);
    expect(run.plan, JSON.stringify(run.diags)).toBeDefined();
    return run.plan!;
  };
  const fo = (p: Plan, code: string) => p.diagnostics.filter((d) => d.code === code);

  it("FO649 compares the environment's own flinkVersion, and is located at it", async () => {
    write('2.2', '1.20');
    expect(fo(await planned(bed.old), 'FO649')).toEqual([]);
    const [d] = fo(await planned(bed.next), 'FO649');
    expect(d).toMatchObject({
      summary:
        'flinkops.yaml declares environments.prod.flinkVersion 1.20, but the cluster of environment prod runs Flink 2.2.0',
      range: { file: 'flinkops.yaml', start: { line: 11, column: 19 } },
    });
    expect(d!.detail).toContain('set environments.prod.flinkVersion: "2.2" in flinkops.yaml.');
  });

  it("without its own, FO649 on a project of several environments points at the environment's flinkVersion", async () => {
    write('2.2', undefined);
    const [d] = fo(await planned(bed.old), 'FO649');
    expect(d!.summary).toMatch(
      /^flinkops\.yaml declares flinkVersion 2\.2, but the cluster of environment prod runs/,
    );
    expect(d!.detail).toContain('set flinkVersion: "1.20" under environments.prod in flinkops.yaml');
  });

  it("raising the environment's own release is a version move for it: FO645 without moveFrom, verdicts with it", async () => {
    write('1.20', '1.20');
    const { report } = await bed.apply(bed.old);
    expect(report.changes.map((c) => c.outcome)).toEqual(['applied', 'applied']);
    // prod raised to 2.2 and pointed at the 2.2 cluster; the project (and staging) stay on 1.20.
    write('1.20', '2.2');
    const p = await planned(bed.next);
    expect(fo(p, 'FO649')).toEqual([]);
    expect(fo(p, 'FO645').length).toBeGreaterThan(0);
    write('1.20', '2.2', `    moveFrom: { jobmanagerUrl: ${bed.old.jobmanagerUrl} }\n`);
    const moved = await planned(bed.next);
    expect(moved.versionUpgrades).toEqual([
      expect.objectContaining({
        from: '1.20',
        to: '2.2',
        move: true,
        compiled: [{ job: 'compiled_counts', verdict: 'compatible' }],
        script: [{ job: 'script_counts', verdict: 'unknown', refused: 'FO641' }],
      }),
    ]);
  });
});

describe("FO668 on an environment's own release", () => {
  it("prod raised to 1.20 alone: its split UDF call is warned there, staging on the project's 1.19 says nothing", () => {
    const files = {
      ...SPLIT_UDF,
      'flinkops.yaml': `project: shop\nflinkVersion: "1.19"\n${envs('', '    flinkVersion: "1.20"\n')}`,
    };
    const before = compileProject(
      repo({ ...files, 'flinkops.yaml': ROLLOUT.replace('    flinkVersion: "2.2"\n', '') }),
      {
        env: 'prod',
        envVars: {},
      },
    ).value!;
    const dir = repo(files);
    const planOf = (env: string, cluster: string) => {
      const now = compileProject(dir, { env, envVars: {} }).value!;
      const old = before.jobs[0]!;
      return diff(
        now,
        liveState([liveOf(old)], { flinkVersion: cluster }),
        {
          doc: stateDoc({ parts: record(old, { current: deployed(old, { flinkVersion: '1.19' }) }) }),
          version: 3,
        },
        { allowDelete: false, now: NOW },
      ).diagnostics.filter((d) => d.code === 'FO668');
    };
    expect(planOf('prod', '1.20.3').map((d) => d.range?.file)).toEqual(['jobs/parts.sql']);
    expect(planOf('staging', '1.19.1')).toEqual([]);
  });
});
