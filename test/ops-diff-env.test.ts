import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffEnvironments, type JobDifference } from '../src/cli/commands/diff-env';
import { cli, projectCopy, ROOT } from './ops-cli';
import { desiredJob, desiredState } from './plan-fixtures';

const EXAMPLE = join(ROOT, 'example-repo');

describe('flinkops diff-env', () => {
  it('shows per job what differs between staging and prod, and exits 2', async () => {
    const r = await cli(['diff-env', 'staging', 'prod', '--dir', EXAMPLE], ROOT);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^rides: staging → prod$/m);
    expect(r.stdout).toMatch(/^~ enrich_rides$/m);
    expect(r.stdout).toContain('    parallelism: 2 → 12');
    expect(r.stdout).toContain('    config.execution.checkpointing.interval: 60 s → 30 s');
    expect(r.stdout).toContain('    --- a/staging/enrich_rides.sql');
    expect(r.stdout).toContain('    +++ b/prod/enrich_rides.sql');
    expect(r.stdout).toMatch(/^ {4}-.*kafka-staging:9092/m);
    expect(r.stdout).toMatch(/^ {4}\+.*kafka-1\.prod:9092/m);
    expect(r.stdout).toMatch(/4 of 4 jobs differ\.$/m);
  });

  it("says when this shell's variable hides a difference (FO276, at each environment's variables), and shows none", async () => {
    const r = await cli(['diff-env', 'staging', 'prod', '--dir', EXAMPLE], ROOT, {
      KAFKA_BROKERS: 'localhost:9092',
    });
    expect(r.code).toBe(2);
    // Both environments compile with the shell's brokers: no broker line differs.
    expect(r.stdout).not.toMatch(/kafka-staging:9092|kafka-1\.prod/);
    const lines = readFileSync(join(EXAMPLE, 'flinkops.yaml'), 'utf8').split('\n');
    const at = lines
      .map((l, i) => (l.trim().startsWith('KAFKA_BROKERS:') ? `flinkops.yaml:${i + 1}:7` : undefined))
      .filter(Boolean);
    // staging's and prod's (the local environment's is not compared).
    expect(at.length).toBeGreaterThanOrEqual(2);
    for (const [i, env] of ['staging', 'prod'].entries())
      expect(r.stderr).toContain(
        `${at[i]}: warning FO276: KAFKA_BROKERS is set in this shell, which overrides environments.${env}.variables.KAFKA_BROKERS`,
      );
    // Unset, nothing is said.
    const plain = await cli(['diff-env', 'staging', 'prod', '--dir', EXAMPLE], ROOT);
    expect(plain.stderr).not.toContain('FO276');
  });

  it('says nothing of a shell variable only one of the environments reads (its endpoint, its own overrides)', async () => {
    // local alone reads FLINKOPS_KAFKA_BROKERS and FLINKOPS_JOBMANAGER_URL (its endpoint and its
    // tables' overrides), as flink:up's shell sets them: staging compiles the same without them.
    const r = await cli(['diff-env', 'staging', 'local', '--dir', EXAMPLE], ROOT, {
      FLINKOPS_KAFKA_BROKERS: '127.0.0.1:19092',
      FLINKOPS_JOBMANAGER_URL: 'http://127.0.0.1:18081',
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^ {4}\+.*127\.0\.0\.1:19092/m);
    expect(r.stderr).not.toContain('FO276');
  });

  it("shows the environments' savepointDir where it differs, which changes no job's script", async () => {
    const r = await cli(['diff-env', 'staging', 'prod', '--dir', EXAMPLE], ROOT);
    expect(r.stdout).toMatch(
      /^~ environment\n {4}savepointDir: s3:\/\/rides-flink\/savepoints\/staging → s3:\/\/rides-flink\/savepoints\/prod\n~ /m,
    );
    const json = await cli(['diff-env', 'staging', 'prod', '--dir', EXAMPLE, '--json'], ROOT);
    expect(JSON.parse(json.stdout).environment).toEqual([
      {
        path: 'savepointDir',
        a: 's3://rides-flink/savepoints/staging',
        b: 's3://rides-flink/savepoints/prod',
      },
    ]);
    // local sets none: "(unset)"; and an environment compared with itself differs in nothing.
    const local = await cli(['diff-env', 'staging', 'local', '--dir', EXAMPLE], ROOT);
    expect(local.stdout).toContain('    savepointDir: s3://rides-flink/savepoints/staging → (unset)');
    const self = await cli(['diff-env', 'prod', 'prod', '--dir', EXAMPLE], ROOT);
    expect(self.code).toBe(0);
    expect(self.stdout).not.toContain('~ environment');
  });

  it('--json: settings and SQL diff per job', async () => {
    const r = await cli(['diff-env', 'staging', 'prod', '--dir', EXAMPLE, '--json'], ROOT);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { same: boolean; jobs: JobDifference[] };
    expect(out.same).toBe(false);
    const archive = out.jobs.find((j) => j.job === 'archive_and_alerts')!;
    expect(archive.settings).toEqual(
      expect.arrayContaining([
        { path: 'parallelism', a: '1', b: '4' },
        { path: 'schedule.timezone', a: 'Europe/Amsterdam' },
      ]),
    );
    expect(archive.sqlDiff).toMatch(/^--- a\/staging\/archive_and_alerts\.sql/);
  });

  it('exits 0 when both environments compile to the same jobs', async () => {
    const r = await cli(['diff-env', 'staging', 'staging', '--dir', EXAMPLE], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The environments compile to the same jobs.');
  });

  it('compares resolved settings: an override in one environment is a difference, the script is not', async () => {
    const dir = projectCopy(join(ROOT, 'test/fixtures/repos/valid'), {
      'flinkops.yaml': [
        'project: shop',
        'flinkVersion: "1.20"',
        'environments:',
        '  dev:',
        '    jobmanagerUrl: http://localhost:8081',
        '    sqlGatewayUrl: http://localhost:8083',
        '  prod:',
        '    jobmanagerUrl: http://localhost:8081',
        '    sqlGatewayUrl: http://localhost:8083',
        '    jobs:',
        '      totals: { parallelism: 4 }',
        '',
      ].join('\n'),
    });
    const r = await cli(['diff-env', 'dev', 'prod', '--dir', dir, '--json'], dir);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { jobs: JobDifference[] };
    expect(out.jobs).toEqual([
      {
        job: 'totals',
        status: 'different',
        settings: [{ path: 'parallelism', a: '2', b: '4' }],
        sqlDiff: '',
      },
    ]);
  });

  it('lists jobs that exist in one environment only', () => {
    const a = { ...desiredState([desiredJob('orders'), desiredJob('payments')]), env: 'staging' };
    const b = { ...desiredState([desiredJob('orders'), desiredJob('refunds')]), env: 'prod' };
    expect(diffEnvironments(a, b).map((j) => [j.job, j.status])).toEqual([
      ['orders', 'same'],
      ['payments', 'only-a'],
      ['refunds', 'only-b'],
    ]);
  });

  it('exits 1 on an unknown environment or a broken repository', async () => {
    const unknown = await cli(['diff-env', 'staging', 'qa', '--dir', EXAMPLE], ROOT);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown environment 'qa'/);
    const missing = await cli(['diff-env', 'staging', '--dir', EXAMPLE], ROOT);
    expect(missing.code).toBe(1);
    const broken = await cli(
      ['diff-env', 'dev', 'prod', '--dir', join(ROOT, 'test/fixtures/repos/sql_syntax_error')],
      ROOT,
    );
    expect(broken.code).toBe(1);
  });
});
