/**
 * The simulator fixes of issue #10 that the wire recordings cannot show (the recording
 * cluster has a savepoint directory; disposal ids are the server's own).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim/index';
import { SimDriver } from './contract/sim-driver';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(version: '1.19' | '1.20', savepointDir: string | null) {
  sim = await startSimulator({
    flinkVersion: version,
    savepointDir,
    timing: { startMs: 1000, savepointMs: 500 },
  });
  const d = new SimDriver(sim, '/v2');
  await d.tables();
  return d;
}

describe('simulator against Flink', () => {
  it('refuses a savepoint without target directory when the cluster has no default, whatever the job sets', async () => {
    const d = await start('1.20', null);
    const { jobId } = await d.sql('INSERT INTO snk SELECT * FROM src', {
      'state.savepoints.dir': 'file:/srv/savepoints/job',
    });
    sim!.control.advance(1000);
    const refused = await d.jm('POST', `/jobs/${jobId}/savepoints`, { 'cancel-job': false });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toContain('Property [targetDirectory] must be provided');
    const given = await d.jm('POST', `/jobs/${jobId}/savepoints`, {
      'cancel-job': false,
      'target-directory': 'file:/srv/savepoints/given',
    });
    expect(given.status).toBe(202);
  });

  it("uses the job's own directory before the cluster default once the cluster has one", async () => {
    const d = await start('1.20', 'file:/srv/savepoints/cluster');
    const { jobId } = await d.sql('INSERT INTO snk SELECT * FROM src', {
      'state.savepoints.dir': 'file:/srv/savepoints/job',
    });
    sim!.control.advance(1000);
    const t = await d.jm('POST', `/jobs/${jobId}/savepoints`, { 'cancel-job': false });
    expect(t.status).toBe(202);
    sim!.control.advance(1000);
    const done = await d.jm('GET', `/jobs/${jobId}/savepoints/${t.body['request-id']}`);
    expect(done.body.operation.location).toMatch(/^file:\/srv\/savepoints\/job\//);
  });

  it('fails a pending savepoint when its job is cancelled meanwhile, as the checkpoint coordinator does', async () => {
    const d = await start('1.20', 'file:/srv/savepoints/cluster');
    const { jobId } = await d.sql('INSERT INTO snk SELECT * FROM src');
    sim!.control.advance(1000);
    const t = await d.jm('POST', `/jobs/${jobId}/savepoints`, { 'cancel-job': false });
    expect(t.status).toBe(202);
    expect((await d.jm('PATCH', `/jobs/${jobId}?mode=cancel`)).status).toBe(202);
    sim!.control.advance(1000);
    const done = await d.jm('GET', `/jobs/${jobId}/savepoints/${t.body['request-id']}`);
    expect(done.body.status.id).toBe('COMPLETED');
    expect(done.body.operation['failure-cause']['stack-trace']).toContain(
      'CheckpointException: Checkpoint Coordinator is suspending.',
    );
  });

  it('takes no triggerId in a disposal request: refused before 1.20, ignored from 1.20', async () => {
    const mine = 'c'.repeat(32);
    const d19 = await start('1.19', 'file:/srv/savepoints');
    const old = await d19.jm('POST', '/savepoint-disposal', {
      'savepoint-path': 'file:/srv/sp',
      triggerId: mine,
    });
    expect(old.status).toBe(400);
    await sim!.close();
    const d20 = await start('1.20', 'file:/srv/savepoints');
    const now = await d20.jm('POST', '/savepoint-disposal', {
      'savepoint-path': 'file:/srv/sp',
      triggerId: mine,
    });
    expect(now.status).toBe(200);
    expect(now.body['request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(now.body['request-id']).not.toBe(mine);
  });
});

describe('a job seeded as running for a while', () => {
  it('reports that it has been RUNNING since it started, as a job Flink never restarted does', async () => {
    sim = await startSimulator({ flinkVersion: '1.20', timing: { startMs: 1000, savepointMs: 500 } });
    const d = new SimDriver(sim, '/v2');
    const jid = sim.control.seedJob({ name: 'p.e.job', startedAgoMs: 20 * 60_000 });
    const job = (await d.jm('GET', `/jobs/${jid}`)).body;
    // Real Flink 2.2: timestamps.RUNNING is a few hundred ms after start-time until a restart.
    expect(job.timestamps.RUNNING).toBe(job['start-time']);
    expect(job.now - job.timestamps.RUNNING).toBe(20 * 60_000);
  });
});

describe("the simulator's job vertex names, as real Flink 1.20.3 and 2.2.0 give them", () => {
  const vertexNames = async (d: SimDriver, jobId: string) =>
    ((await d.jm('GET', `/jobs/${jobId}`)).body.vertices as { name: string }[]).map((v) => v.name);

  it("a statement set's sinks chained to one source: the fork's branches in parentheses", async () => {
    const d = await start('1.20', 'file:/srv/savepoints');
    await d.sql("CREATE TABLE pa (id BIGINT, v STRING) WITH ('connector' = 'print')");
    await d.sql("CREATE TABLE pb (id BIGINT, v STRING) WITH ('connector' = 'print')");
    const { jobId } = await d.sql(
      "EXECUTE STATEMENT SET BEGIN INSERT INTO pa SELECT * FROM src; INSERT INTO pb SELECT * FROM src WHERE v > 'a'; END",
    );
    // Real: `Source: orders[14] -> (Calc[15] -> Sink: pa[16], Calc[17] -> Sink: pb[18])`.
    expect(await vertexNames(d, jobId!)).toEqual(['Source: src[1] -> (Sink: pa[2], Calc[3] -> Sink: pb[4])']);
  });

  it('a filesystem sink ends in a discarding sink named `end: Writer`, without an id', async () => {
    const d = await start('1.20', 'file:/srv/savepoints');
    await d.sql(
      "CREATE TABLE files (id BIGINT, v STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/f', 'format' = 'json')",
    );
    const { jobId } = await d.sql('INSERT INTO files SELECT * FROM src');
    // Real: `Source: orders[37] -> Calc[38] -> StreamingFileWriter`, `end: Writer`.
    expect((await vertexNames(d, jobId!)).sort()).toEqual([
      'Source: src[1] -> StreamingFileWriter',
      'end: Writer',
    ]);
  });

  it('refuses to read a sink-only connector (through a view too) and to write a source-only one, as Flink 1.20 does', async () => {
    const d = await start('1.20', 'file:/srv/savepoints');
    const failure = (r: { fetch: { status: number; body: { errors?: string[] } } }) =>
      r.fetch.status === 500 ? (r.fetch.body.errors ?? []).join('\n') : `status ${r.fetch.status}`;
    // Real Flink 1.20.3 through its SQL Gateway: ValidationException "Unable to create a source for
    // reading table '…'", caused by "Connector 'blackhole' can only be used as a sink. …".
    const read = await d.sql('INSERT INTO snk SELECT * FROM snk');
    expect(failure(read)).toContain(
      "Unable to create a source for reading table 'default_catalog.default_database.snk'",
    );
    expect(failure(read)).toContain(
      "Connector 'blackhole' can only be used as a sink. It cannot be used as a source.",
    );
    await d.sql('CREATE TEMPORARY VIEW v AS SELECT * FROM snk');
    expect(failure(await d.sql('EXPLAIN INSERT INTO snk SELECT * FROM v'))).toContain(
      "Connector 'blackhole' can only be used as a sink",
    );
    const write = await d.sql('INSERT INTO src SELECT * FROM src');
    expect(failure(write)).toContain(
      "Unable to create a sink for writing table 'default_catalog.default_database.src'",
    );
    expect(failure(write)).toContain(
      "Connector 'datagen' can only be used as a source. It cannot be used as a sink.",
    );
    expect((await d.sql('INSERT INTO snk SELECT * FROM src')).jobId).toBeDefined();
  });

  it('refuses to write a table declared DISTRIBUTED into a sink without bucketing, by INSERT, CTAS and EXPLAIN, as Flink 1.20 and 2.2 do', async () => {
    const d = await start('1.20', 'file:/srv/savepoints');
    const failure = (r: { fetch: { status: number; body: { errors?: string[] } } }) =>
      r.fetch.status === 500 ? (r.fetch.body.errors ?? []).join('\n') : `status ${r.fetch.status}`;
    // Real Flink 2.2.0 through its SQL Gateway (blackhole, print, filesystem, kafka, upsert-kafka,
    // jdbc alike): TableException "Table 'default_catalog.default_database.kk2' is distributed into
    // buckets, but the underlying DynamicTableSink doesn't implement the SupportsBucketing interface."
    const refusal = (t: string) =>
      `Table 'default_catalog.default_database.${t}' is distributed into buckets, but the underlying DynamicTableSink doesn't implement the SupportsBucketing interface.`;
    await d.sql(
      "CREATE TABLE dsnk (id BIGINT, v STRING) DISTRIBUTED BY HASH(id) INTO 4 BUCKETS WITH ('connector' = 'blackhole')",
    );
    expect(failure(await d.sql('INSERT INTO dsnk SELECT * FROM src'))).toContain(refusal('dsnk'));
    expect(failure(await d.sql('EXPLAIN INSERT INTO dsnk SELECT * FROM src'))).toContain(refusal('dsnk'));
    const ctas =
      "CREATE TABLE c DISTRIBUTED INTO 3 BUCKETS WITH ('connector' = 'print') AS SELECT * FROM src";
    expect(failure(await d.sql(ctas))).toContain(refusal('c'));
    // Reading a distributed table is fine, and so is a CTAS without the clause.
    await d.sql(
      "CREATE TABLE dsrc (id BIGINT, v STRING) DISTRIBUTED INTO 2 BUCKETS WITH ('connector' = 'datagen')",
    );
    expect((await d.sql('INSERT INTO snk SELECT * FROM dsrc')).jobId).toBeDefined();
    expect(
      (await d.sql("CREATE TABLE c2 WITH ('connector' = 'print') AS SELECT * FROM src")).jobId,
    ).toBeDefined();
  });
});
