/** Differences between emulated releases that flinkops depends on (README §4–§6). */
import { afterEach, describe, expect, it } from 'vitest';
import { type FlinkVersion, type Simulator, startSimulator } from '../src/sim/index';
import { hex, SimDriver } from './contract/sim-driver';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(flinkVersion: FlinkVersion, api = '/v1', extra = {}) {
  sim = await startSimulator({ flinkVersion, timing: { startMs: 1000, savepointMs: 500 }, ...extra });
  const d = new SimDriver(sim, api);
  await d.tables();
  return d;
}

describe('simulator version differences', () => {
  it('1.16 fetch results lack jobID, isQueryResult and resultKind', async () => {
    const d = await start('1.16');
    const r = await d.sql('INSERT INTO snk SELECT * FROM src');
    expect(Object.keys(r.fetch.body).sort()).toEqual(['nextResultUri', 'resultType', 'results']);
    expect(Object.keys(r.fetch.body.results).sort()).toEqual(['columns', 'data']);
    expect(r.jobId).toMatch(/^[0-9a-f]{32}$/);
    expect((await d.gw('GET', '/api_versions')).body.versions).toEqual(['V1']);
    expect((await d.gw('GET', '/v2/info')).status).toBe(404);
  });

  it('v2+ fetch needs rowFormat; the first fetch is NOT_READY', async () => {
    const d = await start('1.17', '/v2');
    const sh = await d.session();
    const op = (
      await d.gw('POST', `/v2/sessions/${sh}/statements`, { statement: 'INSERT INTO snk SELECT * FROM src' })
    ).body;
    const base = `/v2/sessions/${sh}/operations/${op.operationHandle}/result/0`;
    const missing = await d.gw('GET', base);
    expect(missing.status).toBe(400);
    const first = await d.gw('GET', `${base}?rowFormat=JSON`);
    expect(first.body).toEqual({ resultType: 'NOT_READY', nextResultUri: `${base}?rowFormat=JSON` });
    const second = await d.gw('GET', `${base}?rowFormat=JSON`);
    expect(second.body).toMatchObject({
      resultType: 'PAYLOAD',
      isQueryResult: false,
      resultKind: 'SUCCESS_WITH_CONTENT',
    });
    expect(second.body.jobID).toBe(second.body.results.data[0].fields[0]);
    const eos = await d.gw('GET', second.body.nextResultUri);
    expect(eos.body.resultType).toBe('EOS');
    expect(eos.body.nextResultUri).toBeUndefined();
    expect((await d.gw('GET', '/api_versions')).body.versions).toEqual(['V1', 'V2']);
  });

  it('execution.state-recovery.* keys restore on 1.20 but are unknown before', async () => {
    for (const [version, restores] of [
      ['1.19', false],
      ['1.20', true],
    ] as const) {
      const d = await start(version, '/v2');
      const jid = (await d.sql('INSERT INTO snk SELECT * FROM src')).jobId!;
      sim!.control.advance(1000);
      await d.jm('POST', `/jobs/${jid}/stop`, { triggerId: hex('7') });
      sim!.control.advance(500);
      const loc = (await d.jm('GET', `/jobs/${jid}/savepoints/${hex('7')}`)).body.operation.location;
      const r = await d.sql('INSERT INTO snk SELECT * FROM src', { 'execution.state-recovery.path': loc });
      sim!.control.advance(1000);
      const restored = (await d.jm('GET', `/jobs/${r.jobId}/checkpoints`)).body.latest.restored;
      expect(restored?.external_path ?? null).toBe(restores ? loc : null);
      await sim!.close();
      sim = undefined;
    }
  });

  it('1.16 takes restore keys from the session, not from executionConfig', async () => {
    const d = await start('1.16');
    const jid = (await d.sql('INSERT INTO snk SELECT * FROM src')).jobId!;
    sim!.control.advance(1000);
    await d.jm('POST', `/jobs/${jid}/stop`, { triggerId: hex('8') });
    sim!.control.advance(500);
    const loc = (await d.jm('GET', `/jobs/${jid}/savepoints/${hex('8')}`)).body.operation.location;
    const viaConfig = await d.sql('INSERT INTO snk SELECT * FROM src', {
      'execution.savepoint.path': loc,
      'pipeline.name': 'n',
    });
    sim!.control.advance(1000);
    expect((await d.jm('GET', `/jobs/${viaConfig.jobId}/checkpoints`)).body.latest.restored).toBeNull();
    expect((await d.jm('GET', `/jobs/${viaConfig.jobId}`)).body.name).toBe('n');
    await d.sql(`SET 'execution.savepoint.path' = '${loc}'`);
    const viaSet = await d.sql('INSERT INTO snk SELECT * FROM src');
    sim!.control.advance(1000);
    expect((await d.jm('GET', `/jobs/${viaSet.jobId}/checkpoints`)).body.latest.restored.external_path).toBe(
      loc,
    );
  });

  it('2.0 exceptions carry exceptionHistory only; 1.x also the deprecated root fields', async () => {
    for (const [version, legacy] of [
      ['1.20', true],
      ['2.0', false],
    ] as const) {
      sim = await startSimulator({ flinkVersion: version });
      const d = new SimDriver(sim);
      const jid = sim.control.seedJob({});
      sim.control.faults.jobFailsAfterMs = 0;
      sim.control.advance(1);
      const body = (await d.jm('GET', `/jobs/${jid}/exceptions`)).body;
      expect(Object.keys(body).sort()).toEqual(
        legacy
          ? ['all-exceptions', 'exceptionHistory', 'root-exception', 'timestamp', 'truncated']
          : ['exceptionHistory'],
      );
      const config = (await d.jm('GET', `/jobs/${jid}/config`)).body['execution-config'];
      expect('execution-mode' in config).toBe(legacy);
      await sim.close();
      sim = undefined;
    }
  });

  it('resource requirements are 404 before 1.18 and need the adaptive scheduler', async () => {
    sim = await startSimulator({ flinkVersion: '1.17' });
    let jid = sim.control.seedJob({});
    expect((await new SimDriver(sim).jm('GET', `/jobs/${jid}/resource-requirements`)).status).toBe(404);
    await sim.close();
    sim = await startSimulator({ flinkVersion: '1.18' });
    jid = sim.control.seedJob({});
    const d = new SimDriver(sim);
    const r = await d.jm('GET', `/jobs/${jid}/resource-requirements`);
    expect(r.status).toBe(500);
    expect(r.body.errors[1]).toContain('does not support changing the parallelism without a job restart');
    expect((await d.jm('GET', '/config')).body.features['web-rescale']).toBe(false);
  });

  it('unknown request fields: 400 before 1.20, ignored from 1.20', async () => {
    for (const [version, status] of [
      ['1.19', 400],
      ['1.20', 202],
    ] as const) {
      sim = await startSimulator({ flinkVersion: version });
      const jid = sim.control.seedJob({});
      const r = await new SimDriver(sim).jm('POST', `/jobs/${jid}/savepoints`, {
        'cancel-job': false,
        extra: 1,
      });
      expect(r.status).toBe(status);
      if (status === 400) expect(r.body.errors[0]).toBe('Request did not conform to expected format.');
      await sim.close();
      sim = undefined;
    }
  });

  it('overview fields follow the release; unversioned and /v1 routes both work', async () => {
    for (const [version, extra] of [
      ['1.20', []],
      ['2.0', ['pending-operators']],
      ['2.3', ['jobType', 'pending-operators', 'schedulerType']],
    ] as const) {
      sim = await startSimulator({ flinkVersion: version });
      sim.control.seedJob({});
      const d = new SimDriver(sim);
      const job = (await d.jm('GET', '/v1/jobs/overview')).body.jobs[0];
      const base = [
        'duration',
        'end-time',
        'jid',
        'last-modification',
        'name',
        'start-time',
        'state',
        'tasks',
      ];
      expect(Object.keys(job).sort()).toEqual([...base, ...extra].sort());
      expect((await d.jm('GET', '/config')).body['flink-version']).toMatch(
        new RegExp(`^${version.replace('.', '\\.')}\\.`),
      );
      expect((await d.jm('GET', '/v2/jobs')).status).toBe(404);
      await sim.close();
      sim = undefined;
    }
  });
});
