/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env.X} and ${secret.X} are flinkops syntax, not template literals. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { affectedJobs, compileProject, type DesiredState, graphToMermaid, restartHash } from '../src/compile';
import { resolveSecrets } from '../src/load';
import { analyzeScript } from '../src/sql';
import { loadAndValidate } from '../src/validate';

const EXAMPLE = join(import.meta.dirname, '../example-repo');

function compileOk(dir: string, env: string, envVars: Record<string, string> = {}): DesiredState {
  const r = compileProject(dir, { env, envVars });
  expect(r.diags).toEqual([]);
  return r.value!;
}

const tmp: string[] = [];
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});
function copyExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-example-'));
  tmp.push(dir);
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

describe('example-repo', () => {
  it('validates cleanly for every environment', () => {
    const r = loadAndValidate(EXAMPLE, { envVars: {} });
    expect(r.diags).toEqual([]);
    expect(r.value.environments).toEqual(['staging', 'prod', 'local']);
  });

  it('compiles the four jobs with their dependencies', () => {
    const s = compileOk(EXAMPLE, 'prod');
    expect(s.project).toBe('rides');
    expect(s.flinkVersion).toBe('1.20');
    expect(s.jobs.map((j) => j.name)).toEqual([
      'archive_and_alerts',
      'city_ride_stats',
      'enrich_rides',
      'latest_ride_status',
    ]);
    const byName = Object.fromEntries(s.jobs.map((j) => [j.name, j]));
    const enrich = byName.enrich_rides!;
    expect(enrich.pipelineName).toBe('rides.prod.enrich_rides');
    expect(enrich.tables).toEqual(['drivers', 'enriched_rides', 'ride_events']);
    expect(enrich.sources).toEqual(['drivers', 'ride_events']);
    expect(enrich.sinks).toEqual(['enriched_rides']);
    expect(enrich.udfs).toEqual(['ride_udfs']);
    expect(enrich.functions).toEqual(['fare_bucket']);
    expect(enrich.secrets).toEqual(['DRIVERS_DB_PASSWORD']);
    expect(enrich.settings.parallelism).toBe(12);
    expect(enrich.statements.map((st) => st.kind)).toEqual([
      'set',
      'set',
      'set',
      'set',
      'add_jar',
      'create_function',
      'create_table',
      'create_table',
      'create_table',
      'insert',
    ]);
    // The jar is added to the session before the function is created from it: the gateway
    // compiles generated code with the session's class loader when checkpointing is on.
    expect(enrich.script).toContain(
      "ADD JAR 's3://rides-flink/artifacts/ride-udfs-1.4.0.jar';\nCREATE TEMPORARY FUNCTION `fare_bucket`",
    );
    const archive = byName.archive_and_alerts!;
    expect(archive.views).toEqual(['completed_rides']);
    expect(archive.tables).toEqual(['fraud_alerts', 'ride_archive', 'ride_events']);
    expect(archive.sources).toEqual(['ride_events']);
    expect(archive.sinks).toEqual(['fraud_alerts', 'ride_archive']);
    // the view comes after the table it reads, and is made temporary
    expect(archive.script.indexOf('CREATE TEMPORARY VIEW completed_rides')).toBeGreaterThan(
      archive.script.indexOf('CREATE TEMPORARY TABLE `ride_events`'),
    );
    expect(archive.statements.at(-1)!.kind).toBe('statement_set');
  });

  it('applies environment overrides and resolves settings in order', () => {
    const staging = compileOk(EXAMPLE, 'staging');
    const prod = compileOk(EXAMPLE, 'prod');
    const st = staging.jobs.find((j) => j.name === 'archive_and_alerts')!;
    const pr = prod.jobs.find((j) => j.name === 'archive_and_alerts')!;
    expect(st.settings.schedule?.windows).toEqual([{ start: '0 8 * * 1-5', stop: '0 20 * * 1-5' }]);
    expect(pr.settings.schedule).toBeUndefined();
    expect(pr.settings.state).toBe('running');
    expect(st.settings.config['execution.checkpointing.interval']).toBe('60 s');
    expect(pr.settings.config['execution.checkpointing.interval']).toBe('30 s');
    expect(pr.settings.savepoints).toEqual({ every: '6h', keep: 5 });
    expect(st.script).toContain("'properties.bootstrap.servers' = 'kafka-staging:9092'");
    expect(pr.script).toContain("'properties.group.id' = 'rides-prod'");
    const drivers = prod.tables.find((t) => t.name === 'drivers')!;
    expect(drivers.options!['lookup.partial-cache.max-rows']).toBe('200000');
    expect(drivers.options!['lookup.cache']).toBe('PARTIAL');
    expect(prod.environment.auth).toEqual({ token: '${secret.FLINK_PROD_TOKEN}' });
  });

  it('points the local environment at the FLINKOPS_* values flink:up prints, and at the locally built UDF jar', () => {
    const s = compileOk(EXAMPLE, 'local', {
      FLINKOPS_JOBMANAGER_URL: 'http://127.0.0.1:40001',
      FLINKOPS_SQL_GATEWAY_URL: 'http://127.0.0.1:40002',
      FLINKOPS_KAFKA_BROKERS: '127.0.0.1:40003',
      FLINKOPS_POSTGRES_URL: 'jdbc:postgresql://127.0.0.1:40004/drivers',
      FLINKOPS_UDFS_DIR: '/cache/udfs/ride-udfs-0123',
    });
    expect(s.environment.jobmanagerUrl).toBe('http://127.0.0.1:40001');
    expect(s.environment.savepointDir).toBeUndefined();
    const enrich = s.jobs.find((j) => j.name === 'enrich_rides')!;
    expect(enrich.script).toContain("'properties.bootstrap.servers' = '127.0.0.1:40003'");
    expect(enrich.script).toContain("'url' = 'jdbc:postgresql://127.0.0.1:40004/drivers'");
    expect(enrich.script).toContain("USING JAR 'file:///cache/udfs/ride-udfs-0123/ride-udfs.jar'");
    expect(enrich.script).not.toContain('s3://');
    // The artifact's own checksum describes the s3 jar, not the local build: the override drops it.
    expect(s.udfs).toEqual([
      expect.objectContaining({ name: 'ride_udfs', jar: 'file:///cache/udfs/ride-udfs-0123/ride-udfs.jar' }),
    ]);
    expect(s.udfs[0]!.sha256).toBeUndefined();
    // The same jobs as staging and prod, in the same order.
    expect(s.jobs.map((j) => j.name)).toEqual(compileOk(EXAMPLE, 'prod').jobs.map((j) => j.name));
  });

  it('an environment UDF override replaces the jar and checksum; another jar upgrades the jobs using it', () => {
    const dir = copyExample();
    const yaml = readFileSync(join(dir, 'flinkops.yaml'), 'utf8');
    const sha = 'ab'.repeat(32);
    writeFileSync(
      join(dir, 'flinkops.yaml'),
      yaml.replace(
        '        jar: file://${env.FLINKOPS_UDFS_DIR}/ride-udfs.jar',
        `        jar: file://\${env.FLINKOPS_UDFS_DIR}/ride-udfs.jar\n        sha256: ${sha.toUpperCase()}`,
      ),
    );
    const a = compileOk(dir, 'local');
    expect(a.udfs[0]!.sha256).toBe(sha);
    const b = compileOk(dir, 'local', { FLINKOPS_UDFS_DIR: '/other' });
    const hash = (s: DesiredState, job: string) => s.jobs.find((j) => j.name === job)!.restartHash;
    expect(hash(b, 'enrich_rides')).not.toBe(hash(a, 'enrich_rides'));
    expect(hash(b, 'archive_and_alerts')).not.toBe(hash(a, 'archive_and_alerts'));
    expect(hash(b, 'city_ride_stats')).toBe(hash(a, 'city_ride_stats'));
    // staging and prod keep the artifact's own jar
    expect(compileOk(dir, 'staging').udfs[0]!.jar).toBe('s3://rides-flink/artifacts/ride-udfs-1.4.0.jar');
  });

  it('takes ${env.X} from the injected environment before variables', () => {
    const s = compileOk(EXAMPLE, 'staging', { KAFKA_BROKERS: 'localhost:9092' });
    expect(s.jobs[0]!.script).toContain("'properties.bootstrap.servers' = 'localhost:9092'");
  });

  it('never writes a secret or identity into the script', () => {
    for (const job of compileOk(EXAMPLE, 'prod').jobs) {
      expect(job.script).not.toContain('pipeline.name');
      expect(job.script).not.toContain('rides.prod.');
      if (job.secrets.length > 0) {
        expect(job.script).toContain("'${secret.DRIVERS_DB_PASSWORD}'");
        const rendered = resolveSecrets(job.script, { DRIVERS_DB_PASSWORD: "p'w" });
        expect(rendered.value).toContain("'password' = 'p''w'");
        expect(analyzeScript(rendered.value, 'x.sql').diags).toEqual([]);
      }
    }
  });

  it('is deterministic', () => {
    const a = compileOk(EXAMPLE, 'prod');
    const b = compileOk(EXAMPLE, 'prod');
    expect(a.jobs.map((j) => [j.script, j.restartHash, j.metadataHash])).toEqual(
      b.jobs.map((j) => [j.script, j.restartHash, j.metadataHash]),
    );
  });

  it("restart hashes, computed on first read in any order, are each script's one-pass normal form", () => {
    for (const env of ['staging', 'prod']) {
      const forward = compileOk(EXAMPLE, env).jobs;
      const backward = compileOk(EXAMPLE, env).jobs;
      const read = [...backward].reverse().map((j) => j.restartHash);
      expect(read.reverse()).toEqual(forward.map((j) => j.restartHash));
      const { udfs } = compileOk(EXAMPLE, env);
      for (const j of forward) {
        const checksums = Object.fromEntries(
          udfs.filter((u) => j.udfs.includes(u.name) && u.sha256).map((u) => [u.name, u.sha256!]),
        );
        expect(j.restartHash).toBe(restartHash(j.script, j.settings, checksums));
      }
      // A value written over it (a compiled plan's hash) is the value read.
      forward[0]!.restartHash = 'compiled-0001';
      expect(forward[0]!.restartHash).toBe('compiled-0001');
      expect(JSON.parse(JSON.stringify(forward[0])).restartHash).toBe('compiled-0001');
    }
  });

  it('splits fingerprints by what a change invalidates', () => {
    const dir = copyExample();
    const before = compileOk(dir, 'prod').jobs.find((j) => j.name === 'latest_ride_status')!;
    const sqlFile = join(dir, 'jobs/latest_ride_status.sql');
    const yamlFile = join(dir, 'jobs/latest_ride_status.yaml');
    const sql = readFileSync(sqlFile, 'utf8');
    const yaml = readFileSync(yamlFile, 'utf8');
    const recompile = (): typeof before =>
      compileOk(dir, 'prod').jobs.find((j) => j.name === 'latest_ride_status')!;

    // cosmetic SQL edit: comments and whitespace
    writeFileSync(sqlFile, `-- reformatted\n${sql.replaceAll('\n  ', '\n      ')}`);
    expect(recompile().restartHash).toBe(before.restartHash);

    // metadata only
    writeFileSync(sqlFile, sql);
    writeFileSync(yamlFile, yaml.replace('Latest status per ride', 'Newest status of each ride'));
    expect(recompile().restartHash).toBe(before.restartHash);
    expect(recompile().metadataHash).not.toBe(before.metadataHash);

    // a config option restarts the job
    writeFileSync(yamlFile, yaml.replace('table.exec.state.ttl: 1 d', 'table.exec.state.ttl: 2 d'));
    expect(recompile().restartHash).not.toBe(before.restartHash);

    // a real SQL change restarts the job
    writeFileSync(yamlFile, yaml);
    writeFileSync(sqlFile, sql.replace('WHERE rn = 1', 'WHERE rn <= 1'));
    expect(recompile().restartHash).not.toBe(before.restartHash);
  });

  it('keeps keyword and function-name case out of the restart hash', () => {
    const dir = copyExample();
    const before = compileOk(dir, 'prod').jobs;
    writeFileSync(
      join(dir, 'jobs/latest_ride_status.sql'),
      `insert into latest_ride_status
select ride_id, status, driver_id, event_time as updated_at
from (
  select ride_id, status, driver_id, event_time,
    row_number() over (partition by ride_id order by event_time desc) as rn
  from ride_events
)
where rn = 1;
`,
    );
    writeFileSync(
      join(dir, 'jobs/city_ride_stats.sql'),
      `insert into city_ride_stats
select city_id, window_start, window_end, count(*) as rides,
  count(*) filter (where status = 'COMPLETED') as completed_rides,
  sum(case when status = 'COMPLETED' then fare else 0 end) as revenue
from table(tumble(table ride_events, descriptor(event_time), interval '1' minute))
group by city_id, window_start, window_end;
`,
    );
    writeFileSync(
      join(dir, 'tables/completed_rides.sql'),
      `create view completed_rides as
select ride_id, driver_id, rider_id, city_id, fare, distance_km, event_time
from ride_events
where status = 'COMPLETED';
`,
    );
    const after = compileOk(dir, 'prod').jobs;
    expect(after.map((j) => [j.name, j.restartHash])).toEqual(before.map((j) => [j.name, j.restartHash]));
  });

  it('upgrades the jobs using a UDF when its jar checksum changes, even under the same URI', () => {
    const dir = copyExample();
    const before = compileOk(dir, 'prod').jobs;
    const f = join(dir, 'udfs/ride_udfs.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/sha256: 3f2a/, 'sha256: 4f2a'));
    const after = compileOk(dir, 'prod').jobs;
    const moved = after.filter((j, i) => j.restartHash !== before[i]!.restartHash).map((j) => j.name);
    expect(moved).toEqual(['archive_and_alerts', 'enrich_rides']);
  });

  it('creates a UDF a DDL table calls in a computed column before the table; an unknown one is FO225 at the call', () => {
    const dir = copyExample();
    writeFileSync(
      join(dir, 'tables/masked_rides.sql'),
      "CREATE TABLE masked_rides (\n  ride_id STRING,\n  masked AS mask_id(ride_id)\n) WITH ('connector' = 'datagen');\n",
    );
    writeFileSync(join(dir, 'jobs/mask_copy.sql'), 'INSERT INTO fraud_alerts\nSELECT * FROM masked_rides;\n');
    const job = compileOk(dir, 'prod').jobs.find((j) => j.name === 'mask_copy')!;
    expect(job.functions).toEqual(['mask_id']);
    const fn = job.script.indexOf('CREATE TEMPORARY FUNCTION `mask_id`');
    expect(fn).toBeGreaterThan(-1);
    expect(fn).toBeLessThan(job.script.indexOf('CREATE TEMPORARY TABLE masked_rides'));
    // Jobs that do not read the table are as before.
    expect(compileOk(dir, 'prod').jobs.find((j) => j.name === 'city_ride_stats')!.functions).toEqual([]);
    writeFileSync(
      join(dir, 'tables/masked_rides.sql'),
      "CREATE TABLE masked_rides (\n  ride_id STRING,\n  masked AS mask_idd(ride_id)\n) WITH ('connector' = 'datagen');\n",
    );
    const d = loadAndValidate(dir, { envVars: {} }).diags.filter((x) => x.severity === 'error');
    expect(d.map((x) => [x.code, x.range?.file, x.range?.start.line, x.range?.start.column])).toEqual([
      ['FO225', 'tables/masked_rides.sql', 3, 13],
    ]);
    expect(d[0]!.detail).toContain('Did you mean "mask_id"?');
  });

  it('creates a UDF a YAML table calls in a computed column; an unknown one is FO225 at the expression', () => {
    const dir = copyExample();
    const table = (expr: string) =>
      [
        'kind: source',
        'connector: datagen',
        'columns:',
        '  - { name: ride_id, type: STRING }',
        'computed:',
        '  - { name: at, expr: PROCTIME() }',
        `  - { name: masked, expr: "${expr}" }`,
        '',
      ].join('\n');
    writeFileSync(join(dir, 'tables/masked_rides.yaml'), table('mask_id(ride_id)'));
    writeFileSync(join(dir, 'jobs/mask_copy.sql'), 'INSERT INTO fraud_alerts\nSELECT * FROM masked_rides;\n');
    const job = compileOk(dir, 'prod').jobs.find((j) => j.name === 'mask_copy')!;
    expect(job.functions).toEqual(['mask_id']);
    const fn = job.script.indexOf('CREATE TEMPORARY FUNCTION `mask_id`');
    expect(fn).toBeGreaterThan(-1);
    expect(fn).toBeLessThan(job.script.indexOf('CREATE TEMPORARY TABLE `masked_rides`'));
    writeFileSync(join(dir, 'tables/masked_rides.yaml'), table('UPPER(mask_idd(ride_id))'));
    const d = loadAndValidate(dir, { envVars: {} }).diags.filter((x) => x.severity === 'error');
    expect(d.map((x) => [x.code, x.summary, x.range?.file, x.range?.start.line])).toEqual([
      ['FO225', 'Table masked_rides calls unknown function "mask_idd"', 'tables/masked_rides.yaml', 7],
    ]);
  });

  it('creates a UDF a YAML computed column calls by its quoted name; an unknown quoted one is FO225', () => {
    // `mask_id`(ride_id) in a YAML table: the job's script created no function, so Flink refused the
    // table at apply ("No match found for function signature mask_id"), and a misspelt quoted name passed.
    const dir = copyExample();
    const table = (expr: string) =>
      [
        'kind: source',
        'connector: datagen',
        'columns:',
        '  - { name: ride_id, type: STRING }',
        'computed:',
        `  - { name: masked, expr: "${expr}" }`,
        '',
      ].join('\n');
    writeFileSync(join(dir, 'tables/masked_rides.yaml'), table('`mask_id`(ride_id)'));
    writeFileSync(join(dir, 'jobs/mask_copy.sql'), 'INSERT INTO fraud_alerts\nSELECT * FROM masked_rides;\n');
    const job = compileOk(dir, 'prod').jobs.find((j) => j.name === 'mask_copy')!;
    expect(job.functions).toEqual(['mask_id']);
    const fn = job.script.indexOf('CREATE TEMPORARY FUNCTION `mask_id`');
    expect(fn).toBeGreaterThan(-1);
    expect(fn).toBeLessThan(job.script.indexOf('CREATE TEMPORARY TABLE `masked_rides`'));
    writeFileSync(join(dir, 'tables/masked_rides.yaml'), table('`mask_idd`(ride_id)'));
    const d = loadAndValidate(dir, { envVars: {} }).diags.filter((x) => x.severity === 'error');
    expect(d.map((x) => [x.code, x.summary])).toEqual([
      ['FO225', 'Table masked_rides calls unknown function "mask_idd"'],
    ]);
  });

  it('keeps parallelism out of the restart hash', () => {
    const staging = compileOk(EXAMPLE, 'staging').jobs.find((j) => j.name === 'city_ride_stats')!;
    const dir = copyExample();
    const f = join(dir, 'jobs/city_ride_stats.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('parallelism: 2', 'parallelism: 3'));
    const changed = compileOk(dir, 'staging').jobs.find((j) => j.name === 'city_ride_stats')!;
    expect(changed.settings.parallelism).toBe(3);
    expect(changed.restartHash).toBe(staging.restartHash);
  });

  it('knows which jobs a table or UDF change affects, through views', () => {
    const { graph } = compileOk(EXAMPLE, 'prod');
    expect(affectedJobs(graph, ['table:ride_events'])).toEqual([
      'archive_and_alerts',
      'city_ride_stats',
      'enrich_rides',
      'latest_ride_status',
    ]);
    expect(affectedJobs(graph, ['view:completed_rides'])).toEqual(['archive_and_alerts']);
    expect(affectedJobs(graph, ['udf:ride_udfs'])).toEqual(['archive_and_alerts', 'enrich_rides']);
    expect(affectedJobs(graph, ['table:drivers'])).toEqual(['enrich_rides']);
  });

  it("carries the descriptions of jobs and YAML tables on the graph's nodes (graph --json)", () => {
    const { graph } = compileOk(EXAMPLE, 'prod');
    const described = (id: string) => graph.nodes.find((n) => n.id === id)?.description;
    expect(described('job:enrich_rides')).toBe('Enriches ride events with driver details.');
    expect(described('table:drivers')).toBe("Drivers, looked up by id from the driver service's database.");
    expect(described('view:completed_rides')).toBeUndefined();
  });

  it('renders the lineage as Mermaid', () => {
    const { graph } = compileOk(EXAMPLE, 'prod');
    const m = graphToMermaid(graph, { highlight: ['job:enrich_rides'] });
    expect(m.startsWith('flowchart LR\n')).toBe(true);
    expect(m).toContain('  table_ride_events --> job_enrich_rides\n');
    expect(m).toContain('  job_enrich_rides --> table_enriched_rides\n');
    expect(m).toContain('  table_ride_events --> view_completed_rides\n');
    expect(m).toContain('  udf_ride_udfs --> job_archive_and_alerts\n');
    expect(m).toContain('class job_enrich_rides changed');
    const only = graphToMermaid(graph, { only: ['job:enrich_rides', 'table:drivers'] });
    expect(only.trim().split('\n')).toEqual([
      'flowchart LR',
      '  job_enrich_rides[["enrich_rides"]]',
      '  table_drivers[("drivers")]',
      '  table_drivers --> job_enrich_rides',
    ]);
  });

  it('reports an unknown environment', () => {
    const r = compileProject(EXAMPLE, { env: 'prd', envVars: {} });
    expect(r.value).toBeUndefined();
    expect(r.diags.map((d) => d.code)).toEqual(['FO240']);
    expect(r.diags[0]!.detail).toMatch(/Did you mean "prod"\?/);
  });
});
