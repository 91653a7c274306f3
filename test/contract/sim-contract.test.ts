/**
 * For every release 1.16–2.3: drive a realistic scenario against the simulator and
 * validate EVERY response body against that release's OpenAPI files (with the
 * documented wire overrides), and that routes absent from the file answer 404.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index';
import { FLINK_VERSIONS, type FlinkVersion } from './openapi';
import { type Answer, Probe } from './probe';

const TRIGGER = 'a'.repeat(32);
const STOP_TRIGGER = 'b'.repeat(32);
const rank = (v: FlinkVersion) => FLINK_VERSIONS.indexOf(v);

const coverage: Record<string, number> = {};

async function scenario(version: FlinkVersion): Promise<Probe> {
  const sim = await startSimulator({
    flinkVersion: version,
    adaptiveScheduler: true,
    timing: { startMs: 1000, savepointMs: 500 },
  });
  const { control } = sim;
  const p = new Probe(version, sim.jobmanagerUrl, sim.gatewayUrl);
  const v2 = rank(version) >= rank('1.17');
  const fetchQ = v2 ? '?rowFormat=JSON' : '';
  const gwApi = v2 ? '/v2' : '/v1';
  try {
    // --- cluster and gateway metadata
    await p.jm('GET', '/config');
    await p.jm('GET', '/v1/config');
    await p.jm('GET', '/overview');
    await p.jm('GET', '/jobs/overview');
    await p.jm('GET', '/jobs');
    await p.jm('GET', '/jobmanager/logs');
    await p.jm('GET', '/jobmanager/config');
    await p.gw('GET', '/v1/info');
    await p.gw('GET', '/info');
    await p.gw('GET', '/api_versions');
    await p.gw('GET', '/v2/info'); // absent on 1.16
    await p.gw('GET', '/v3/api_versions'); // absent before 1.20
    await p.gw('GET', '/v4/info'); // absent before 2.0

    // --- session and statements
    const open = await p.gw('POST', '/v1/sessions', {
      sessionName: 'contract',
      properties: { 'parallelism.default': '2' },
    });
    const sh = open.body.sessionHandle as string;
    await p.gw('GET', `/v1/sessions/${sh}`);
    await p.gw('POST', `/v1/sessions/${sh}/heartbeat`);

    const run = async (statement: string, executionConfig?: Record<string, string>) => {
      const body = executionConfig ? { statement, executionConfig } : { statement };
      const r = await p.gw('POST', `${gwApi}/sessions/${sh}/statements`, body);
      const oh = r.body.operationHandle as string;
      const base = `${gwApi}/sessions/${sh}/operations/${oh}`;
      let res: Answer = await p.gw('GET', `${base}/result/0${fetchQ}`);
      for (let i = 0; i < 5 && res.status === 200 && res.body.resultType === 'NOT_READY'; i++) {
        await p.gw('GET', `${base}/status`);
        control.advance(200);
        res = await p.gw('GET', `${base}/result/0${fetchQ}`);
      }
      if (res.status === 200 && res.body.nextResultUri) await p.gw('GET', res.body.nextResultUri);
      return { oh, base, res };
    };

    await run(`CREATE TABLE src (id BIGINT, v STRING) WITH ('connector' = 'datagen')`);
    await run(`CREATE TABLE snk (id BIGINT, v STRING) WITH ('connector' = 'blackhole')`);
    await run(`SET 'execution.checkpointing.interval' = '10s'`);
    if (v2) {
      const cfg = await p.gw('POST', `/v2/sessions/${sh}/configure-session`, {
        statement: `SET 'pipeline.max-parallelism' = '64'`,
      });
      expect(cfg.status).toBe(200);
    } else {
      await p.gw('POST', `/v2/sessions/${sh}/configure-session`, { statement: 'SET a = b' }); // absent on 1.16
    }
    await run(`EXPLAIN INSERT INTO snk SELECT * FROM src`);
    await run(`SELECT 1, 'a'`);
    if (v2) {
      const noFormat = await p.gw(
        'GET',
        `/v2/sessions/${sh}/operations/${'0'.repeat(8)}-0000-4000-a000-${'0'.repeat(12)}/result/0`,
      );
      expect(noFormat.status).toBe(400);
    }

    // --- a job
    if (!v2) await run(`SET 'pipeline.name' = 'contract.job'`);
    const insert = await run(`INSERT INTO snk SELECT * FROM src`, {
      'pipeline.name': 'contract.job',
      'pipeline.global-job-parameters': 'flinkops.job:contract,db.password:hunter2',
    });
    const jid = insert.res.body.results.data[0].fields[0] as string;
    expect(jid).toMatch(/^[0-9a-f]{32}$/);
    await p.gw('GET', `${insert.base}/status`);
    await p.jm('GET', `/jobs/${jid}`); // INITIALIZING
    control.advance(1000);
    const details = await p.jm('GET', `/v1/jobs/${jid}`);
    expect(details.body.state).toBe('RUNNING');
    await p.jm('GET', `/jobs/${jid}/status`);
    const config = await p.jm('GET', `/jobs/${jid}/config`);
    expect(config.body['execution-config']['user-config']['db.password']).toBe('******');
    control.advance(10_500);
    const cps = await p.jm('GET', `/jobs/${jid}/checkpoints`);
    expect(cps.body.latest.completed.external_path).toContain('chk-1');
    const cpConfig = await p.jm('GET', `/jobs/${jid}/checkpoints/config`);
    expect(cpConfig.body.changelog_storage).toBe('memory');
    await p.jm('GET', `/jobs/${jid}/exceptions?maxExceptions=5`);
    await p.jm('GET', '/jobs/overview');
    await p.jm('GET', '/jobs');

    // --- manual checkpoint (1.17+)
    const cp = await p.jm('POST', `/jobs/${jid}/checkpoints`, {
      checkpointType: 'FULL',
      triggerId: 'c'.repeat(32),
    });
    if (v2) {
      expect(cp.status).toBe(202);
      await p.jm('GET', `/jobs/${jid}/checkpoints/${'c'.repeat(32)}`);
      control.advance(500);
      await p.jm('GET', `/jobs/${jid}/checkpoints/${'c'.repeat(32)}`);
    }

    // --- savepoint, stop
    const sp = await p.jm('POST', `/jobs/${jid}/savepoints`, {
      'target-directory': 'file:/tmp/sp',
      'cancel-job': false,
      triggerId: TRIGGER,
    });
    expect(sp.body['request-id']).toBe(TRIGGER);
    const pending = await p.jm('GET', `/jobs/${jid}/savepoints/${TRIGGER}`);
    expect(pending.body).toEqual({ status: { id: 'IN_PROGRESS' }, operation: null });
    control.advance(500);
    const done = await p.jm('GET', `/jobs/${jid}/savepoints/${TRIGGER}`);
    expect(done.body.operation.location).toMatch(/^file:\/tmp\/sp\/savepoint-[0-9a-f]{6}-[0-9a-f]{12}$/);
    await p.jm('POST', `/jobs/${jid}/stop`, { drain: false, triggerId: STOP_TRIGGER });
    control.advance(500);
    const stopped = await p.jm('GET', `/jobs/${jid}/savepoints/${STOP_TRIGGER}`);
    const location = stopped.body.operation.location as string;
    await p.jm('GET', `/jobs/${jid}/status`);
    await p.jm('GET', `/jobs/${jid}/checkpoints`);
    const cancelFinished = await p.jm('PATCH', `/jobs/${jid}?mode=cancel`);
    expect(cancelFinished.status).toBe(409);

    // --- restore from the savepoint
    const restoreKey =
      rank(version) >= rank('1.20') ? 'execution.state-recovery.path' : 'execution.savepoint.path';
    if (!v2) await run(`SET '${restoreKey}' = '${location}'`);
    const restored = await run(`INSERT INTO snk SELECT * FROM src`, {
      [restoreKey]: location,
      'pipeline.name': 'contract.job',
    });
    const jid2 = restored.res.body.results.data[0].fields[0] as string;
    control.advance(1000);
    const rcp = await p.jm('GET', `/jobs/${jid2}/checkpoints`);
    expect(rcp.body.latest.restored).toMatchObject({ external_path: location, is_savepoint: true });
    if (!v2) await run(`RESET '${restoreKey}'`);

    // --- rescale (1.18+, adaptive scheduler)
    const rr = await p.jm('GET', `/jobs/${jid2}/resource-requirements`);
    if (rank(version) >= rank('1.18')) {
      expect(rr.status).toBe(200);
      const next: Record<string, unknown> = {};
      for (const id of Object.keys(rr.body)) next[id] = { parallelism: { lowerBound: 1, upperBound: 3 } };
      const incomplete = await p.jm('PUT', `/jobs/${jid2}/resource-requirements`, {});
      expect(incomplete.status).toBe(400);
      const put = await p.jm('PUT', `/jobs/${jid2}/resource-requirements`, next);
      expect(put.status).toBe(200);
      const again = await p.jm('PUT', `/jobs/${jid2}/resource-requirements`, next);
      expect(again.status).toBe(409);
      control.advance(1000);
      const after = await p.jm('GET', `/jobs/${jid2}`);
      expect(after.body.vertices[0].parallelism).toBe(3);
    } else {
      expect(rr.status).toBe(404);
    }

    // --- SQL job statements (1.17+)
    await run('SHOW JOBS');
    await run(`DESCRIBE JOB '${jid2}'`);
    const stopSql = await run(`STOP JOB '${jid2}' WITH SAVEPOINT`);
    if (v2) {
      control.advance(1000);
      await p.gw('GET', `${stopSql.base}/status`);
      await p.gw('GET', `${stopSql.base}/result/0${fetchQ}`);
    }

    // --- failures: missing savepoint, unknown table
    const missing = await run(`INSERT INTO snk SELECT * FROM src`, {
      'execution.savepoint.path': 'file:/tmp/nowhere/savepoint-000000-000000000000',
    });
    if (v2) {
      const jid3 = missing.res.body.results.data[0].fields[0] as string;
      control.advance(1000);
      const ex = await p.jm('GET', `/jobs/${jid3}/exceptions`);
      expect(JSON.stringify(ex.body)).toContain('Cannot find checkpoint or savepoint');
    }
    const bad = await run('INSERT INTO nope SELECT * FROM src');
    expect(bad.res.status).toBe(500);
    await p.gw('GET', `${bad.base}/status`);
    await run('SELEC oops');

    // --- disposal
    const disp = await p.jm('POST', '/savepoint-disposal', { 'savepoint-path': location });
    const dtid = disp.body['request-id'] as string;
    await p.jm('GET', `/savepoint-disposal/${dtid}`);
    control.advance(200);
    await p.jm('GET', `/savepoint-disposal/${dtid}`);

    // --- cancel, 404s, absent routes
    const fourth = await run('INSERT INTO snk SELECT * FROM src');
    const jid4 = fourth.res.body.results.data[0].fields[0] as string;
    control.advance(1000);
    expect((await p.jm('PATCH', `/jobs/${jid4}?mode=cancel`)).status).toBe(202);
    control.advance(200);
    await p.jm('GET', `/jobs/${jid4}`);
    const unknown = 'f'.repeat(32);
    expect((await p.jm('GET', `/jobs/${unknown}`)).status).toBe(404);
    expect((await p.jm('PATCH', `/jobs/${unknown}?mode=cancel`)).status).toBe(404);
    expect((await p.jm('GET', `/jobs/${jid4}/savepoints/${'d'.repeat(32)}`)).status).toBe(404);
    control.jobManagerFailover();
    expect((await p.jm('GET', `/jobs/${jid}/savepoints/${TRIGGER}`)).status).toBe(404);
    await p.jm('GET', `/jobs/${jid4}/rescales/overview`); // 2.3 only, not simulated → must be absent elsewhere
    await p.jm('GET', '/no/such/route');
    await p.jm('POST', `/jobs/${jid4}/savepoints`, { 'target-directory': 'x', bogus: 1 }, true);
    // ↑ unknown field: 400 before 1.20, ignored from 1.20

    // --- operations and session close
    const last = await p.gw('POST', `${gwApi}/sessions/${sh}/statements`, { statement: 'SHOW TABLES' });
    const oh = last.body.operationHandle as string;
    await p.gw('POST', `${gwApi}/sessions/${sh}/operations/${oh}/cancel`);
    await p.gw('GET', `${gwApi}/sessions/${sh}/operations/${oh}/status`);
    await p.gw('DELETE', `${gwApi}/sessions/${sh}/operations/${oh}/close`);
    await p.gw('DELETE', `/v1/sessions/${sh}`);
    await p.gw('GET', `/v1/sessions/${sh}`);
  } finally {
    await sim.close();
  }
  return p;
}

describe('simulator contract against the OpenAPI files', () => {
  afterAll(() => {
    // Distinct (api, method, route, status) answers validated per release.
    process.stdout.write(`contract coverage: ${JSON.stringify(coverage)}\n`);
  });
  for (const version of FLINK_VERSIONS) {
    it(`${version}: every response matches dispatcher-${version}.yml / sql-gateway-v*-${version}.yml`, async () => {
      const p = await scenario(version);
      coverage[version] = p.covered.size;
      expect(p.violations).toEqual([]);
      expect(p.covered.size).toBeGreaterThan(35);
    });
  }
});
