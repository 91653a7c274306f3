import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import { type Simulator, startSimulator } from '../src/sim';
import { cli } from './support/cli';

const root = join(import.meta.dirname, '..');
const example = join(root, 'example-repo');
const fixtures = join(root, 'test', 'fixtures', 'repos');

describe('flinkops CLI: commands that need no cluster', () => {
  it('validate: example-repo is clean', async () => {
    const r = await cli(['validate', '--dir', example]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ 4 jobs, \d+ tables, 1 UDF artifact valid/);
  });

  it('validate: a broken repository reports every problem located, with a code frame, and no stack trace', async () => {
    const r = await cli(['validate', '--dir', join(fixtures, 'many_errors')]);
    expect(r.code).toBe(1);
    const located = r.stderr.split('\n').filter((l) => /^\S+:\d+:\d+: error FO\d{3}: /.test(l));
    expect(located.length).toBeGreaterThan(2);
    expect(r.stderr).toMatch(/\n\s+\d+ \| .*\n\s+\| +\^+/);
    expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('validate reports a column no table of the query has (FO204), where plan --offline would pass it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-validate-columns-'));
    try {
      cpSync(example, dir, { recursive: true });
      const job = join(dir, 'jobs/archive_and_alerts.sql');
      writeFileSync(job, readFileSync(job, 'utf8').replace('distance_km,', 'distance_kmx,'));
      const r = await cli(['validate', '--dir', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        "jobs/archive_and_alerts.sql:11:5: error FO204: Column 'distance_kmx' not found in any table",
      );
      expect(r.stderr).toContain(
        'The table in scope is completed_rides (ride_id, driver_id, rider_id, city_id, fare, distance_km, event_time). Did you mean distance_km?',
      );
      expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
      // In a view of tables/, over a YAML table.
      const view = join(dir, 'tables/completed_rides.sql');
      writeFileSync(view, readFileSync(view, 'utf8').replace('WHERE status', 'WHERE Status'));
      const v = await cli(['validate', '--dir', dir]);
      expect(v.stderr).toContain(
        "tables/completed_rides.sql:5:7: error FO204: Column 'Status' not found in any table",
      );
      expect(v.stderr).toContain("Did you mean status? (Flink's names are case-sensitive.)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('validate reports a test file of a job the repository does not have', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-validate-tests-'));
    try {
      cpSync(example, dir, { recursive: true });
      cpSync(join(dir, 'jobs/enrich_rides.test.yaml'), join(dir, 'jobs/nosuch.test.yaml'));
      const r = await cli(['validate', '--dir', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        'jobs/nosuch.test.yaml:1:1: error FO450: jobs/nosuch.test.yaml holds the tests of job nosuch, which the repository does not have',
      );
      expect((await cli(['validate', '--dir', example])).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('validate --json: machine output with the diagnostics', async () => {
    const r = await cli(['validate', '--dir', join(fixtures, 'unknown_key'), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.diagnostics[0]).toMatchObject({
      code: 'FO200',
      severity: 'error',
      range: { file: expect.any(String) },
    });
  });

  it('compile: one script per job and environment, secrets kept as placeholders', async () => {
    const r = await cli(['compile', '--dir', example, '--env', 'prod', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const jobs = out.environments[0].jobs;
    expect(jobs.map((j: { name: string }) => j.name).sort()).toEqual([
      'archive_and_alerts',
      'city_ride_stats',
      'enrich_rides',
      'latest_ride_status',
    ]);
    const enrich = jobs.find((j: { name: string }) => j.name === 'enrich_rides');
    expect(enrich.pipelineName).toBe('rides.prod.enrich_rides');
    expect(enrich.script).toContain('${secret.DRIVERS_DB_PASSWORD}');
    expect(enrich.parallelism).toBe(12);
  });

  it('compile --out writes <env>/<job>.sql files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'flinkops-compile-'));
    try {
      const r = await cli(['compile', '--dir', example, '--out', out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Wrote 12 scripts/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('compile --out again rewrites only the scripts that changed, leaving the rest and their time stamps', async () => {
    const out = mkdtempSync(join(tmpdir(), 'flinkops-compile-'));
    const repo = mkdtempSync(join(tmpdir(), 'flinkops-compile-repo-'));
    try {
      cpSync(example, repo, { recursive: true });
      expect((await cli(['compile', '--dir', repo, '--out', out])).code).toBe(0);
      const script = (env: string, job: string) => join(out, env, `${job}.sql`);
      const old = new Date('2020-01-01T00:00:00Z');
      for (const env of ['staging', 'prod', 'local']) {
        utimesSync(script(env, 'enrich_rides'), old, old);
        utimesSync(script(env, 'city_ride_stats'), old, old);
      }
      const again = await cli(['compile', '--dir', repo, '--out', out]);
      expect(again.stdout).toMatch(/Wrote 0 scripts to .* \(12 unchanged, left as they were\)/);
      const sql = join(repo, 'jobs/enrich_rides.sql');
      writeFileSync(sql, readFileSync(sql, 'utf8').replace(/SELECT/i, 'SELECT DISTINCT'));
      const changed = await cli(['compile', '--dir', repo, '--out', out]);
      expect(changed.stdout).toMatch(/Wrote 3 scripts to .* \(9 unchanged, left as they were\)/);
      for (const env of ['staging', 'prod', 'local']) {
        expect(readFileSync(script(env, 'enrich_rides'), 'utf8')).toContain('SELECT DISTINCT');
        expect(statSync(script(env, 'enrich_rides')).mtime.getTime()).toBeGreaterThan(old.getTime());
        expect(statSync(script(env, 'city_ride_stats')).mtime.getTime()).toBe(old.getTime());
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('compile --out again after a job is removed: its script goes, files flinkops did not write stay', async () => {
    const out = mkdtempSync(join(tmpdir(), 'flinkops-compile-'));
    try {
      expect((await cli(['compile', '--dir', example, '--out', out])).code).toBe(0);
      // What an earlier run wrote for a job since removed (or renamed) from the repository.
      copyFileSync(join(out, 'staging', 'city_ride_stats.sql'), join(out, 'staging', 'old_job.sql'));
      copyFileSync(join(out, 'prod', 'city_ride_stats.sql'), join(out, 'prod', 'old_job.sql'));
      writeFileSync(join(out, 'staging', 'notes.sql'), '-- my own notes\nSELECT 1;\n');
      writeFileSync(join(out, 'staging', 'README.md'), 'scripts of staging\n');
      writeFileSync(join(out, 'staging', '.enrich_rides.sql.4242.tmp'), '-- flinkops compiled script: half');
      const r = await cli(['compile', '--dir', example, '--env', 'staging', '--out', out]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Removed 1 script of jobs no longer in the repository: staging/old_job.sql');
      expect(readdirSync(join(out, 'staging')).sort()).toEqual([
        'README.md',
        'archive_and_alerts.sql',
        'city_ride_stats.sql',
        'enrich_rides.sql',
        'latest_ride_status.sql',
        'notes.sql',
      ]);
      // Another environment's folder is that environment's run's business.
      expect(existsSync(join(out, 'prod', 'old_job.sql'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('compile --out of every environment removes the scripts of an environment flinkops.yaml no longer has', async () => {
    const out = mkdtempSync(join(tmpdir(), 'flinkops-compile-'));
    const repo = mkdtempSync(join(tmpdir(), 'flinkops-compile-repo-'));
    try {
      cpSync(example, repo, { recursive: true });
      expect((await cli(['compile', '--dir', repo, '--out', out])).code).toBe(0);
      writeFileSync(join(out, 'local', 'notes.sql'), '-- my own notes\nSELECT 1;\n');
      mkdirSync(join(out, 'other'));
      copyFileSync(join(out, 'staging', 'city_ride_stats.sql'), join(out, 'other', 'city_ride_stats.sql'));
      // local is taken out of flinkops.yaml: tooling that deploys <out>/local must not find its jobs.
      const config = readFileSync(join(repo, 'flinkops.yaml'), 'utf8');
      writeFileSync(join(repo, 'flinkops.yaml'), config.slice(0, config.indexOf('\n  local:\n') + 1));
      const r = await cli(['compile', '--dir', repo, '--out', out]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('local/city_ride_stats.sql');
      expect(readdirSync(join(out, 'local'))).toEqual(['notes.sql']);
      // A script compiled for another environment than its folder's name is not that folder's.
      expect(readdirSync(join(out, 'other'))).toEqual(['city_ride_stats.sql']);
      rmSync(join(out, 'local', 'notes.sql'));
      await cli(['compile', '--dir', repo, '--out', out]);
      expect(readdirSync(out).sort()).toEqual(['other', 'prod', 'staging']);
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('compile --out with a folder where a script goes fails before writing any script', async () => {
    const out = mkdtempSync(join(tmpdir(), 'flinkops-compile-'));
    try {
      mkdirSync(join(out, 'staging', 'latest_ride_status.sql'), { recursive: true });
      const r = await cli(['compile', '--dir', example, '--env', 'staging', '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `cannot write --out ${join(out, 'staging', 'latest_ride_status.sql')}: it is a folder; move it away, or give --out another folder`,
      );
      expect(readdirSync(join(out, 'staging'))).toEqual(['latest_ride_status.sql']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('compile --out never overwrites a file flinkops did not write: a job source when <DIR>/<env> is jobs/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-compile-'));
    try {
      cpSync(example, dir, { recursive: true });
      const yaml = join(dir, 'flinkops.yaml');
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^ {2}local:$/m, '  jobs:'));
      const source = readFileSync(join(dir, 'jobs', 'enrich_rides.sql'), 'utf8');
      const r = await cli(['compile', '--dir', dir, '--env', 'jobs', '--out', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `cannot write --out ${join(dir, 'jobs', 'archive_and_alerts.sql')}: a file flinkops did not write is there`,
      );
      expect(readFileSync(join(dir, 'jobs', 'enrich_rides.sql'), 'utf8')).toBe(source);
      // A script an earlier run wrote is replaced as before.
      const out = join(dir, 'out');
      expect((await cli(['compile', '--dir', dir, '--env', 'jobs', '--out', out])).code).toBe(0);
      expect((await cli(['compile', '--dir', dir, '--env', 'jobs', '--out', out])).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('compile --out makes the missing folders above it, one level at a time', async () => {
    const out = mkdtempSync(join(tmpdir(), 'flinkops-compile-'));
    try {
      const r = await cli(['compile', '--dir', example, '--env', 'staging', '--out', join(out, 'a', 'b')]);
      expect(r.code).toBe(0);
      expect(existsSync(join(out, 'a', 'b', 'staging', 'enrich_rides.sql'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.runIf(existsSync('/proc/self'))(
    'compile --out where no folder can be made (/proc) fails at once with the reason, not in a loop',
    async () => {
      const r = await cli(['compile', '--dir', example, '--env', 'staging', '--out', '/proc/flinkops-out/x']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('cannot write to --out /proc/flinkops-out/x');
      expect(r.stderr).toContain('cannot be made in /proc');
    },
  );

  it('graph --json of a repository with errors answers JSON with the diagnostics', async () => {
    const r = await cli(['graph', '--dir', join(fixtures, 'many_errors'), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics.some((d: { severity: string }) => d.severity === 'error')).toBe(true);
  });

  it('graph: Mermaid of jobs, tables and UDFs', async () => {
    const r = await cli(['graph', '--dir', example, '--env', 'staging']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('flowchart LR')).toBe(true);
    expect(r.stdout).toContain('enrich_rides');
  });

  it('inspect --json: statements with kind, range, what they create, read, write and call', async () => {
    // (Not the lookup-join recipe: its `user_id INT PRIMARY KEY` is FO321, as Flink refuses it.)
    const file = join(root, 'test/fixtures/corpus/cookbook__joins_05_star_schema.sql');
    const r = await cli(['inspect', file, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.statements.length).toBeGreaterThan(1);
    const tables = out.statements.filter((s: { kind: string }) => s.kind === 'create_table');
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(t.creates).toMatch(/^\w+$/);
    for (const s of out.statements) {
      expect(s).toEqual({
        kind: expect.any(String),
        ...(s.kind.startsWith('create_') ? { creates: expect.any(String) } : {}),
        start: { line: expect.any(Number), column: expect.any(Number) },
        end: { line: expect.any(Number), column: expect.any(Number) },
        reads: expect.any(Array),
        writes: expect.any(Array),
        functions: expect.any(Array),
        diagnostics: [],
      });
    }
    expect(out.statements.some((s: { reads: string[] }) => s.reads.length > 0)).toBe(true);
  });

  it('inspect: an unterminated quote gets one-line summaries, located where the quote opens', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-inspect-'));
    try {
      const rest =
        'clicks of the shop\nWITH (connector = datagen);\n\nINSERT INTO sink SELECT url FROM clicks;\n';
      writeFileSync(join(dir, 'names.sql'), `CREATE TABLE clicks (url STRING) \`${rest}`);
      writeFileSync(join(dir, 'strings.sql'), `CREATE TABLE clicks (url STRING) '${rest}`);
      const quoted = 'clicks of the shop⏎WITH (connector = datagen);⏎⏎INSERT INTO…';
      const located = (out: string) => out.split('\n').filter((l) => /^\S+\.sql:\d+:\d+: /.test(l));
      const names = await cli(['inspect', 'names.sql'], { cwd: dir });
      expect(names.code).toBe(1);
      expect(located(names.stdout)).toEqual([
        'names.sql:1:34: error FO303: Unterminated quoted identifier',
        `names.sql:1:34: error FO312: Unexpected \`\`${quoted}\` in CREATE TABLE`,
      ]);
      const strings = await cli(['inspect', 'strings.sql'], { cwd: dir });
      expect(strings.code).toBe(1);
      expect(located(strings.stdout)).toEqual([
        'strings.sql:1:34: error FO301: Unterminated string literal',
        `strings.sql:1:34: error FO312: Unexpected string '${quoted} in CREATE TABLE`,
      ]);
      // The rest of the file appears only inside the cut summaries, never on lines of its own.
      for (const out of [names.stdout, strings.stdout]) {
        expect(out).not.toMatch(/^(WITH|INSERT)/m);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('asks for --env when there are several environments', async () => {
    const r = await cli(['plan', '--dir', example, '--offline']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('choose an environment with --env (staging, prod, local)');
  });

  it('unknown commands and options get a hint, not a stack trace', async () => {
    const a = await cli(['plna']);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain("did you mean 'plan'?");
    const b = await cli(['validate', '--dri', example]);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('did you mean --dir?');
    // A near miss of the word an option stands for (--environment, --directory).
    const c = await cli(['plan', '--dir', example, '--enviroment', 'staging']);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('unknown option --enviroment; did you mean --env?');
    const d = await cli(['validate', '--directory=example-repo']);
    expect(d.stderr).toContain('did you mean --dir?');
  });

  it('no escape codes when colours are off', async () => {
    const r = await cli(['validate', '--dir', join(fixtures, 'many_errors')], { color: false });
    expect(r.stderr).not.toContain('\x1b[');
  });
});

describe('flinkops plan against the simulator', () => {
  let sim: Simulator;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    sim = await startSimulator({ flinkVersion: '1.20' });
    dir = mkdtempSync(join(tmpdir(), 'flinkops-cli-'));
    cpSync(example, dir, { recursive: true });
    env = {
      FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl,
      FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl,
      FLINKOPS_SECRET_FLINK_PROD_TOKEN: 'prod-token-value',
    };
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an empty cluster plans every running job as a create (exit 2 with --detailed-exitcode)', async () => {
    const r = await cli(['plan', '--dir', dir, '--env', 'prod', '--detailed-exitcode', '--json'], { env });
    expect(r.code).toBe(2);
    const plan = JSON.parse(r.stdout);
    expect(plan.formatVersion).toBe(1);
    expect(plan.changes.map((c: { action: string }) => c.action)).toEqual([
      'create',
      'create',
      'create',
      'create',
    ]);
    expect(r.stdout + r.stderr).not.toContain('prod-token-value');
  });

  it('a cluster that already runs the repository plans no changes (exit 0)', async () => {
    const desired = compileProject(dir, { env: 'prod', envVars: {} }).value!;
    for (const j of desired.jobs) {
      sim.control.seedJob({
        name: j.pipelineName,
        parallelism: j.settings.parallelism,
        labels: {
          'flinkops.spec-hash': j.restartHash,
          'flinkops.project': desired.project,
          'flinkops.env': desired.env,
          'flinkops.job': j.name,
          'flinkops.commit': 'abc',
        },
      });
    }
    const r = await cli(['plan', '--dir', dir, '--env', 'prod', '--detailed-exitcode'], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No changes.');
  });

  it('an unreachable cluster is one clear diagnostic that suggests --offline', async () => {
    const r = await cli(['plan', '--dir', dir, '--env', 'prod', '--jobmanager-url', 'http://127.0.0.1:1'], {
      env,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error FO650: cannot reach the JobManager at http:\/\/127\.0\.0\.1:1/);
    expect(r.stderr).toContain('--offline');
  });

  it('status lists the managed jobs with state and parallelism', async () => {
    const r = await cli(['status', '--dir', dir, '--env', 'prod', '--json'], { env });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const enrich = out.jobs.find((j: { job: string }) => j.job === 'enrich_rides');
    expect(enrich).toMatchObject({ state: 'RUNNING', parallelism: 12, planned: 'none' });
  });
});
