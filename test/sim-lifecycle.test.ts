/** Job lifecycle through the SQL gateway and the JobManager, on virtual time. */
import { afterEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim/index';
import { hex, SimDriver } from './contract/sim-driver';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(version: Parameters<typeof startSimulator>[0]['flinkVersion'] = '1.18', extra = {}) {
  sim = await startSimulator({
    flinkVersion: version,
    timing: { startMs: 1000, savepointMs: 500 },
    ...extra,
  });
  const d = new SimDriver(sim, version === '1.16' ? '/v1' : '/v2');
  await d.tables();
  return d;
}

describe('simulator job lifecycle', () => {
  it('submits an INSERT as a job named, sized and labelled from the config', async () => {
    const d = await start();
    const r = await d.sql('INSERT INTO snk SELECT id, v FROM src', {
      'pipeline.name': 'shop.prod.orders',
      'parallelism.default': '3',
      'pipeline.max-parallelism': '256',
      'pipeline.global-job-parameters': "flinkops.job:orders,api.token:abc,'note:''a,b:c'''",
    });
    expect(r.status).toBe('FINISHED');
    expect(r.fetch.body.jobID).toBe(r.jobId);
    const jid = r.jobId!;
    expect((await d.jm('GET', `/jobs/${jid}/status`)).body.status).toBe('INITIALIZING');
    sim!.control.advance(1000);
    const details = (await d.jm('GET', `/jobs/${jid}`)).body;
    expect(details.state).toBe('RUNNING');
    expect(details.name).toBe('shop.prod.orders');
    // Every column in order needs no Calc; a sink writer never chains behind datagen's legacy
    // source (real 1.20 and 2.2 run this job as these two vertices).
    expect(details.vertices.map((v: { name: string }) => v.name)).toEqual([
      'Source: src[1]',
      'snk[2]: Writer',
    ]);
    expect(
      details.vertices.every(
        (v: { parallelism: number; maxParallelism: number }) =>
          v.parallelism === 3 && v.maxParallelism === 256,
      ),
    ).toBe(true);
    const cfg = (await d.jm('GET', `/jobs/${jid}/config`)).body;
    expect(cfg['execution-config']['job-parallelism']).toBe(3);
    expect(cfg['execution-config']['user-config']).toEqual({
      'flinkops.job': 'orders',
      'api.token': '******',
      note: 'a,b:c',
    });
  });

  it('names a job after its sinks by default and builds statement sets into one job', async () => {
    const d = await start();
    const set = await d.sql(
      'EXECUTE STATEMENT SET BEGIN INSERT INTO snk SELECT * FROM src; INSERT INTO snk2 SELECT id FROM src; END',
    );
    sim!.control.advance(1000);
    const details = (await d.jm('GET', `/jobs/${set.jobId}`)).body;
    expect(details.name).toBe(
      'insert-into_default_catalog.default_database.snk,default_catalog.default_database.snk2',
    );
    // One source for both INSERTs (Flink reuses it); writers are numbered last, as in Flink.
    expect(details.vertices.map((v: { name: string }) => v.name)).toEqual([
      'Source: src[1] -> Calc[2]',
      'snk[3]: Writer',
      'snk2[4]: Writer',
    ]);
  });

  it('stops with a savepoint, restores from it, and reports latest.restored', async () => {
    const d = await start();
    const { jobId } = await d.sql('INSERT INTO snk SELECT * FROM src', {
      'execution.checkpointing.interval': '5s',
    });
    sim!.control.advance(1000);
    sim!.control.advance(5000);
    expect((await d.jm('GET', `/jobs/${jobId}/checkpoints`)).body.latest.completed.external_path).toMatch(
      /chk-1$/,
    );
    const t = hex('1');
    expect((await d.jm('POST', `/jobs/${jobId}/stop`, { drain: false, triggerId: t })).status).toBe(202);
    expect((await d.jm('GET', `/jobs/${jobId}/savepoints/${t}`)).body.operation).toBeNull();
    sim!.control.advance(500);
    const loc = (await d.jm('GET', `/jobs/${jobId}/savepoints/${t}`)).body.operation.location as string;
    expect(loc).toMatch(
      new RegExp(`^file:/tmp/flinkops-sim/savepoints/savepoint-${jobId!.slice(0, 6)}-[0-9a-f]{12}$`),
    );
    expect((await d.jm('GET', `/jobs/${jobId}/status`)).body.status).toBe('FINISHED');

    const again = await d.sql('INSERT INTO snk SELECT * FROM src', { 'execution.savepoint.path': loc });
    sim!.control.advance(1000);
    expect((await d.jm('GET', `/jobs/${again.jobId}/status`)).body.status).toBe('RUNNING');
    const restored = (await d.jm('GET', `/jobs/${again.jobId}/checkpoints`)).body.latest.restored;
    expect(restored).toMatchObject({ external_path: loc, is_savepoint: true });
  });

  it('reports a restore from a retained chk-N as a savepoint unless the claim mode is CLAIM', async () => {
    // Flink 2.2, a job started with execution.state-recovery.path = …/chk-37 under NO_CLAIM (the
    // default, and what flinkops sets): latest.restored {id: 37, is_savepoint: true, external_path:
    // …/chk-37} — Flink loads an unclaimed snapshot with savepoint properties (CLAIM keeps the
    // checkpoint's own).
    const d = await start('2.2');
    const { jobId } = await d.sql('INSERT INTO snk SELECT * FROM src', {
      'execution.checkpointing.interval': '5s',
      'execution.checkpointing.externalized-checkpoint-retention': 'RETAIN_ON_CANCELLATION',
    });
    sim!.control.advance(1000);
    sim!.control.advance(5000);
    const chk = (await d.jm('GET', `/jobs/${jobId}/checkpoints`)).body.latest.completed.external_path;
    expect(chk).toMatch(/chk-1$/);
    await d.jm('PATCH', `/jobs/${jobId}?mode=cancel`);
    sim!.control.advance(100);
    for (const [mode, isSavepoint] of [
      ['NO_CLAIM', true],
      ['CLAIM', false],
    ] as const) {
      const again = await d.sql('INSERT INTO snk SELECT * FROM src', {
        'execution.state-recovery.path': chk,
        'execution.state-recovery.claim-mode': mode,
      });
      sim!.control.advance(1000);
      const restored = (await d.jm('GET', `/jobs/${again.jobId}/checkpoints`)).body.latest.restored;
      expect(restored).toMatchObject({ external_path: chk, is_savepoint: isSavepoint });
      await d.jm('PATCH', `/jobs/${again.jobId}?mode=cancel`);
      sim!.control.advance(100);
    }
  });

  it('does not start a second savepoint for a repeated triggerId', async () => {
    const d = await start();
    const { jobId } = await d.sql('INSERT INTO snk SELECT * FROM src');
    sim!.control.advance(1000);
    const t = hex('2');
    await d.jm('POST', `/jobs/${jobId}/savepoints`, { triggerId: t });
    await d.jm('POST', `/jobs/${jobId}/savepoints`, { triggerId: t });
    sim!.control.advance(500);
    expect(sim!.control.snapshot().savepoints.filter((s) => s.kind === 'savepoint')).toHaveLength(1);
  });

  it('fails a job whose savepoint does not exist or was disposed', async () => {
    const d = await start();
    const { jobId } = await d.sql('INSERT INTO snk SELECT * FROM src');
    sim!.control.advance(1000);
    await d.jm('POST', `/jobs/${jobId}/savepoints`, { triggerId: hex('3') });
    sim!.control.advance(500);
    const loc = (await d.jm('GET', `/jobs/${jobId}/savepoints/${hex('3')}`)).body.operation.location;
    const disp = await d.jm('POST', '/savepoint-disposal', { 'savepoint-path': loc });
    sim!.control.advance(100);
    expect((await d.jm('GET', `/savepoint-disposal/${disp.body['request-id']}`)).body.status.id).toBe(
      'COMPLETED',
    );

    // The default scheduler restores as the JobMaster starts: the submission fails with the job.
    const r = await d.refused(
      await d.sql('INSERT INTO snk SELECT * FROM src', { 'execution.savepoint.path': loc }),
    );
    expect(r.errors).toContain('Could not start the JobMaster.');
    expect(r.errors).toContain(`Cannot find checkpoint or savepoint file/directory '${loc}'`);
    expect((await d.jm('GET', `/jobs/${r.jobId}/status`)).body.status).toBe('FAILED');
    const ex = (await d.jm('GET', `/jobs/${r.jobId}/exceptions`)).body;
    expect(ex.exceptionHistory.entries[0].stacktrace).toContain(
      `Cannot find checkpoint or savepoint file/directory '${loc}'`,
    );
    expect(ex['root-exception']).toContain('JobInitializationException');
  });

  it("refuses a restore into more subtasks than the savepoint's max parallelism: at submission on the default scheduler, as the job starts on the adaptive one (real 2.2.0)", async () => {
    for (const adaptiveScheduler of [false, true]) {
      const d = await start('2.2', { adaptiveScheduler });
      const AGG = 'INSERT INTO snk SELECT MAX(id), v FROM src GROUP BY v';
      const { jobId } = await d.sql(AGG, { 'parallelism.default': '2' });
      sim!.control.advance(1000);
      await d.jm('POST', `/jobs/${jobId}/stop`, { triggerId: hex('6') });
      sim!.control.advance(500);
      const loc = (await d.jm('GET', `/jobs/${jobId}/savepoints/${hex('6')}`)).body.operation.location;
      const config = { 'execution.savepoint.path': loc, 'parallelism.default': '200' };
      const limit =
        'The maximum parallelism (128) of the restored state is lower than the configured parallelism (200)';
      if (adaptiveScheduler) {
        const r = await d.sql(AGG, config);
        expect(r.status).toBe('FINISHED');
        sim!.control.advance(1000);
        expect((await d.jm('GET', `/jobs/${r.jobId}/status`)).body.status).toBe('FAILED');
        const ex = (await d.jm('GET', `/jobs/${r.jobId}/exceptions`)).body;
        expect(ex.exceptionHistory.entries[0].stacktrace).toContain(limit);
      } else {
        const r = await d.refused(await d.sql(AGG, config));
        expect(r.errors).toContain(limit);
        expect((await d.jm('GET', `/jobs/${r.jobId}/status`)).body.status).toBe('FAILED');
      }
      // At the savepoint's max parallelism it restores.
      const ok = await d.sql(AGG, {
        ...config,
        'parallelism.default': '128',
      });
      sim!.control.advance(1000);
      expect((await d.jm('GET', `/jobs/${ok.jobId}/status`)).body.status).toBe('RUNNING');
      await sim!.close();
      sim = undefined;
    }
  });

  // A Rank keeps keyed state; a filter added in front of it adds a Calc, which moves the Rank's
  // operator id (the datagen source and blackhole sink keep no state).
  const TOP3 =
    'INSERT INTO snk SELECT id, v FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY v ORDER BY id DESC) AS rn FROM src) WHERE rn <= 3';
  const FILTERED = TOP3.replace('AS rn FROM src)', 'AS rn FROM src WHERE id > 10)');

  it('refuses a savepoint whose state no operator of the new job takes, unless ignore-unclaimed-state is set', async () => {
    const d = await start();
    const { jobId } = await d.sql(TOP3);
    sim!.control.advance(1000);
    await d.jm('POST', `/jobs/${jobId}/stop`, { triggerId: hex('4') });
    sim!.control.advance(500);
    const loc = (await d.jm('GET', `/jobs/${jobId}/savepoints/${hex('4')}`)).body.operation.location;

    const bad = await d.refused(await d.sql(FILTERED, { 'execution.savepoint.path': loc }));
    expect(bad.errors).toContain('Cannot map checkpoint/savepoint state for operator');
    expect((await d.jm('GET', `/jobs/${bad.jobId}/status`)).body.status).toBe('FAILED');
    const trace = (await d.jm('GET', `/jobs/${bad.jobId}/exceptions`)).body.exceptionHistory.entries[0]
      .stacktrace;
    expect(trace).toContain(
      `Failed to rollback to checkpoint/savepoint ${loc}. Cannot map checkpoint/savepoint state for operator`,
    );
    expect(trace).toContain('to the new program');

    const ok = await d.sql(FILTERED, {
      'execution.savepoint.path': loc,
      'execution.savepoint.ignore-unclaimed-state': 'true',
    });
    sim!.control.advance(1000);
    expect((await d.jm('GET', `/jobs/${ok.jobId}/status`)).body.status).toBe('RUNNING');

    // Operator ids follow the graph, not the text: another projection and formatting restore.
    const same = await d.sql(
      'INSERT  INTO snk\n  SELECT id, UPPER(v) FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY v ORDER BY id DESC) AS rn FROM src) WHERE rn <= 3 -- same graph',
      { 'execution.savepoint.path': loc },
    );
    sim!.control.advance(1000);
    expect((await d.jm('GET', `/jobs/${same.jobId}/status`)).body.status).toBe('RUNNING');
  });

  it('on 1.20+ drops unmatched state only with the new ignore-unclaimed-state key', async () => {
    const d = await start('1.20');
    const { jobId } = await d.sql(TOP3);
    sim!.control.advance(1000);
    await d.jm('POST', `/jobs/${jobId}/stop`, { triggerId: hex('5') });
    sim!.control.advance(500);
    const loc = (await d.jm('GET', `/jobs/${jobId}/savepoints/${hex('5')}`)).body.operation.location;
    // Real 1.20/2.x: the client writes the new key's default over the deprecated one.
    const old = await d.refused(
      await d.sql(FILTERED, {
        'execution.savepoint.path': loc,
        'execution.savepoint.ignore-unclaimed-state': 'true',
      }),
    );
    expect((await d.jm('GET', `/jobs/${old.jobId}/status`)).body.status).toBe('FAILED');
    const ok = await d.sql(FILTERED, {
      'execution.savepoint.path': loc,
      'execution.state-recovery.ignore-unclaimed-state': 'true',
    });
    sim!.control.advance(1000);
    expect((await d.jm('GET', `/jobs/${ok.jobId}/status`)).body.status).toBe('RUNNING');
  });

  it('cancels (202, again 202 once cancelled, 409 once otherwise ended, 404 for unknown jobs)', async () => {
    const d = await start();
    const { jobId } = await d.sql('INSERT INTO snk SELECT * FROM src');
    const { jobId: other } = await d.sql('INSERT INTO snk2 SELECT id FROM src');
    sim!.control.advance(1000);
    expect((await d.jm('PATCH', `/jobs/${jobId}?mode=cancel`)).status).toBe(202);
    expect((await d.jm('GET', `/jobs/${jobId}/status`)).body.status).toBe('CANCELLING');
    sim!.control.advance(100);
    expect((await d.jm('GET', `/jobs/${jobId}/status`)).body.status).toBe('CANCELED');
    // Real 1.20 and 2.2 acknowledge cancelling a cancelled job (test/golden/flink-wire).
    expect((await d.jm('PATCH', `/jobs/${jobId}?mode=cancel`)).status).toBe(202);
    expect((await d.jm('GET', `/jobs/${jobId}/status`)).body.status).toBe('CANCELED');
    expect((await d.jm('POST', `/jobs/${other}/stop`, {})).status).toBe(202);
    sim!.control.advance(5000);
    expect((await d.jm('GET', `/jobs/${other}/status`)).body.status).toBe('FINISHED');
    expect((await d.jm('PATCH', `/jobs/${other}?mode=cancel`)).status).toBe(409);
    const unknown = await d.jm('PATCH', `/jobs/${hex('e')}?mode=cancel`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0]).toContain('not found');
  });

  it('drops finished jobs from the overview after jobstore.expiration-time', async () => {
    const d = await start();
    const { jobId } = await d.sql('INSERT INTO snk SELECT * FROM src');
    sim!.control.advance(1000);
    await d.jm('PATCH', `/jobs/${jobId}`);
    sim!.control.advance(100);
    sim!.control.advance(3_599_000);
    expect((await d.jm('GET', '/jobs/overview')).body.jobs.map((j: { jid: string }) => j.jid)).toContain(
      jobId,
    );
    sim!.control.advance(1000);
    expect((await d.jm('GET', '/jobs/overview')).body.jobs).toEqual([]);
    expect((await d.jm('GET', `/jobs/${jobId}`)).status).toBe(404);
  });

  it('fails statements the way Flink does', async () => {
    const d = await start();
    const missing = await d.sql('INSERT INTO nope SELECT * FROM src');
    expect(missing.status).toBe('ERROR');
    expect(missing.fetch.status).toBe(500);
    expect(missing.fetch.body.errors[1]).toContain(
      "Object 'nope' not found within 'default_catalog.default_database'",
    );
    const fn = await d.sql('INSERT INTO snk SELECT id, my_udf(v) FROM src');
    expect(fn.fetch.body.errors[1]).toContain('No match found for function signature my_udf');
    await d.sql("CREATE TEMPORARY FUNCTION my_udf AS 'com.example.MyUdf'");
    expect((await d.sql('INSERT INTO snk SELECT id, my_udf(v) FROM src')).status).toBe('FINISHED');
    const syntax = await d.sql('SELEKT 1');
    expect(syntax.fetch.body.errors[1]).toContain('SQL parse failed');
  });

  // Real Flink 1.20.3's gateway: another session's SHOW TABLES lists none of a session's CREATE
  // TABLEs (its default catalog store is in memory, one a session), and no CREATE CATALOG either.
  it("keeps temporary objects and default_catalog's tables per session, other catalogs' across sessions", async () => {
    const d = await start();
    await d.sql("CREATE TEMPORARY TABLE tmp (id BIGINT) WITH ('connector' = 'datagen')");
    await d.sql("CREATE TABLE mine (id BIGINT) WITH ('connector' = 'datagen')");
    const lake = "CREATE CATALOG lake WITH ('type' = 'paimon', 'warehouse' = 'file:/tmp/lake')";
    await d.sql(lake);
    await d.sql("CREATE TABLE lake.db.kept (id BIGINT) WITH ('connector' = 'datagen')");
    expect((await d.sql('INSERT INTO snk2 SELECT id FROM tmp')).status).toBe('FINISHED');
    expect((await d.sql('INSERT INTO snk2 SELECT id FROM mine')).status).toBe('FINISHED');
    await d.session();
    expect((await d.sql('INSERT INTO snk2 SELECT id FROM tmp')).status).toBe('ERROR');
    const other = await d.sql('INSERT INTO snk2 SELECT id FROM mine');
    expect(other.status).toBe('ERROR');
    expect(JSON.stringify(other.fetch.body)).toContain("Object 'mine' not found");
    expect(
      (await d.sql('SHOW TABLES')).fetch.body.results.data.map((r: { fields: string[] }) => r.fields[0]),
    ).toEqual(['snk', 'snk2', 'src']);
    // A catalog keeping its tables in its own system (a Paimon warehouse): each session registers it.
    await d.sql(lake);
    expect((await d.sql('INSERT INTO snk2 SELECT id FROM lake.db.kept')).status).toBe('FINISHED');
  });

  it('keeps SET/RESET in the session config', async () => {
    const d = await start();
    const sh = await d.session({ 'parallelism.default': '2' });
    await d.sql("SET 'pipeline.name' = 'a.b.c'");
    await d.sql('SET pipeline.max-parallelism = 64');
    let props = (await d.gw('GET', `/v1/sessions/${sh}`)).body.properties;
    expect(props).toMatchObject({
      'pipeline.name': 'a.b.c',
      'pipeline.max-parallelism': '64',
      'parallelism.default': '2',
    });
    await d.sql("RESET 'pipeline.name'");
    props = (await d.gw('GET', `/v1/sessions/${sh}`)).body.properties;
    expect(props['pipeline.name']).toBeUndefined();
    const r = await d.sql('INSERT INTO snk SELECT * FROM src');
    sim!.control.advance(1000);
    expect((await d.jm('GET', `/jobs/${r.jobId}`)).body.vertices[0]).toMatchObject({
      parallelism: 2,
      maxParallelism: 64,
    });
  });

  it('answers EXPLAIN, SHOW JOBS, DESCRIBE JOB, SELECT and STOP JOB', async () => {
    const d = await start('1.20');
    const explain = await d.sql('EXPLAIN INSERT INTO snk SELECT * FROM src');
    expect(explain.fetch.body.results.columns[0].name).toBe('result');
    expect(explain.fetch.body.results.data[0].fields[0]).toContain('== Optimized Execution Plan ==');
    const { jobId } = await d.sql('INSERT INTO snk SELECT * FROM src', { 'pipeline.name': 'x.y.z' });
    sim!.control.advance(1000);
    const jobs = await d.sql('SHOW JOBS');
    expect(jobs.fetch.body.results.columns.map((c: { name: string }) => c.name)).toEqual([
      'job id',
      'job name',
      'status',
      'start time',
    ]);
    expect(jobs.fetch.body.results.data[0].fields.slice(0, 3)).toEqual([jobId, 'x.y.z', 'RUNNING']);
    expect((await d.sql(`DESCRIBE JOB '${jobId}'`)).fetch.body.results.data).toHaveLength(1);
    const sel = await d.sql("SELECT 1, 'a'");
    expect(sel.fetch.body.isQueryResult).toBe(true);
    expect(sel.fetch.body.results.data[0].fields).toEqual([1, 'a']);
    const stop = await d.sql(`STOP JOB '${jobId}' WITH SAVEPOINT`);
    expect(stop.fetch.body.results.columns[0].name).toBe('savepoint path');
    expect(stop.fetch.body.results.data[0].fields[0]).toMatch(/savepoint-/);
    expect((await d.jm('GET', `/jobs/${jobId}/status`)).body.status).toBe('FINISHED');
  });

  it('rescales in place with the adaptive scheduler (1.18+)', async () => {
    const d = await start('1.18', { adaptiveScheduler: true });
    // Two vertices: source and Calc, then the aggregate and the sink's writer.
    const { jobId } = await d.sql('INSERT INTO snk SELECT id, MAX(v) FROM src GROUP BY id', {
      'execution.checkpointing.interval': '1s',
      'pipeline.max-parallelism': '8',
    });
    sim!.control.advance(2000);
    const req = (await d.jm('GET', `/jobs/${jobId}/resource-requirements`)).body;
    const ids = Object.keys(req);
    expect(ids).toHaveLength(2);
    const first = ids[0]!;
    const only = await d.jm('PUT', `/jobs/${jobId}/resource-requirements`, { [first]: req[first] });
    expect(only.status).toBe(400);
    expect(only.body.errors[0]).toContain('request is incomplete');
    const tooBig = Object.fromEntries(
      ids.map((id) => [id, { parallelism: { lowerBound: 1, upperBound: 9 } }]),
    );
    expect((await d.jm('PUT', `/jobs/${jobId}/resource-requirements`, tooBig)).status).toBe(400);
    const next = Object.fromEntries(ids.map((id) => [id, { parallelism: { lowerBound: 1, upperBound: 4 } }]));
    expect((await d.jm('PUT', `/jobs/${jobId}/resource-requirements`, next)).status).toBe(200);
    expect((await d.jm('PUT', `/jobs/${jobId}/resource-requirements`, next)).status).toBe(409);
    expect((await d.jm('GET', `/jobs/${jobId}/status`)).body.status).toBe('RESTARTING');
    sim!.control.advance(1000);
    const details = (await d.jm('GET', `/jobs/${jobId}`)).body;
    expect(details.state).toBe('RUNNING');
    expect(details.vertices.map((v: { parallelism: number }) => v.parallelism)).toEqual([4, 4]);
    const restored = (await d.jm('GET', `/jobs/${jobId}/checkpoints`)).body.latest.restored;
    expect(restored).toMatchObject({ is_savepoint: false });
    expect(restored.external_path).toMatch(/chk-\d+$/);
  });

  it('seeds managed and unmanaged jobs, and snapshots them', async () => {
    sim = await startSimulator({
      flinkVersion: '2.0',
      seed: {
        jobs: [{ name: 'p.e.j', labels: { 'flinkops.job': 'j', 'flinkops.secret': 'x' }, parallelism: 2 }],
      },
    });
    const d = new SimDriver(sim);
    const unmanaged = sim.control.seedJob({ name: 'legacy', state: 'RUNNING' });
    const overview = (await d.jm('GET', '/jobs/overview')).body.jobs;
    expect(overview.map((j: { name: string }) => j.name)).toEqual(['p.e.j', 'legacy']);
    const managed = overview[0].jid;
    expect((await d.jm('GET', `/jobs/${managed}/config`)).body['execution-config']['user-config']).toEqual({
      'flinkops.job': 'j',
      'flinkops.secret': '******',
    });
    const snap = sim.control.snapshot();
    expect(snap.jobs.find((j) => j.jid === unmanaged)?.userConfig).toEqual({});
    expect(snap.jobs[0]?.parallelism).toBe(2);
  });

  it('closes idle sessions after sql-gateway.session.idle-timeout unless heartbeats arrive', async () => {
    const d = await start('1.18', {
      timing: { startMs: 1000, savepointMs: 500, sessionIdleTimeoutMs: 600_000 },
    });
    const kept = await d.session();
    const idle = (await d.gw('POST', '/v1/sessions', {})).body.sessionHandle;
    for (let i = 0; i < 3; i++) {
      sim!.control.advance(300_000);
      expect((await d.gw('POST', `/v1/sessions/${kept}/heartbeat`)).status).toBe(200);
    }
    const gone = await d.gw('GET', `/v1/sessions/${idle}`);
    expect(gone.status).toBe(500);
    expect(gone.body.errors[1]).toContain(`Session '${idle}' does not exist`);
    expect((await d.gw('GET', `/v1/sessions/${kept}`)).status).toBe(200);
    expect((await d.gw('DELETE', `/v1/sessions/${kept}`)).body).toEqual({ status: 'CLOSED' });
  });
});
