/**
 * The simulator without TaskManagers, as real Flink 1.20 behaves (adaptive scheduler): a running
 * job loses its tasks and waits in CREATED; a TaskManager back runs it on from its latest
 * checkpoint; past the resource wait timeout it FAILS with NoResourceAvailableException. On the
 * default scheduler, as real Flink 2.3: RESTARTING, then RUNNING with every vertex CREATED.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim/index';
import { SimDriver } from './contract/sim-driver';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function running(d: SimDriver): Promise<string> {
  const r = await d.sql('INSERT INTO snk SELECT id, v FROM src', {
    'pipeline.name': 'shop.prod.orders',
    'execution.checkpointing.interval': '1 s',
  });
  sim!.control.advance(2500);
  expect((await d.jm('GET', `/jobs/${r.jobId}/status`)).body.status).toBe('RUNNING');
  return r.jobId!;
}

async function start(adaptiveScheduler = true) {
  sim = await startSimulator({
    flinkVersion: '1.20',
    adaptiveScheduler,
    timing: { startMs: 1000, savepointMs: 500, resourceWaitMs: 60_000 },
  });
  const d = new SimDriver(sim, '/v2');
  await d.tables();
  return d;
}

describe('a cluster without TaskManagers', () => {
  it('keeps a job waiting in CREATED, and runs it from its latest checkpoint once one is back', async () => {
    const d = await start();
    const jid = await running(d);
    sim!.control.faults.noTaskManagers = true;
    const overview = (await d.jm('GET', '/overview')).body;
    expect(overview).toMatchObject({ taskmanagers: 0, 'slots-total': 0, 'slots-available': 0 });
    sim!.control.advance(30_000);
    expect((await d.jm('GET', `/jobs/${jid}/status`)).body.status).toBe('CREATED');
    // A job submitted meanwhile waits too.
    const late = await d.sql('INSERT INTO snk SELECT id, v FROM src', { 'pipeline.name': 'shop.prod.late' });
    sim!.control.advance(5_000);
    expect((await d.jm('GET', `/jobs/${late.jobId}/status`)).body.status).toBe('CREATED');

    sim!.control.faults.noTaskManagers = false;
    sim!.control.advance(1_000);
    expect((await d.jm('GET', `/jobs/${jid}/status`)).body.status).toBe('RUNNING');
    expect((await d.jm('GET', `/jobs/${late.jobId}/status`)).body.status).toBe('RUNNING');
    const cps = (await d.jm('GET', `/jobs/${jid}/checkpoints`)).body;
    expect(cps.latest.restored).toBeTruthy();
  });

  it('fails a job that waited past the resource wait timeout, as Flink does', async () => {
    const d = await start();
    const jid = await running(d);
    sim!.control.faults.noTaskManagers = true;
    sim!.control.advance(60_001);
    expect((await d.jm('GET', `/jobs/${jid}/status`)).body.status).toBe('FAILED');
    const exceptions = (await d.jm('GET', `/jobs/${jid}/exceptions`)).body;
    expect(String(exceptions['root-exception'])).toContain('NoResourceAvailableException');
  });

  it('on the default scheduler: RUNNING with its tasks unscheduled, no savepoint, until one is back', async () => {
    const d = await start(false);
    const jid = await running(d);
    sim!.control.faults.noTaskManagers = true;
    expect((await d.jm('GET', `/jobs/${jid}/status`)).body.status).toBe('RESTARTING');
    sim!.control.advance(5_000);
    const job = (await d.jm('GET', `/jobs/${jid}`)).body;
    expect(job.state).toBe('RUNNING');
    expect(job.vertices.map((v: { status: string }) => v.status)).toEqual(job.vertices.map(() => 'CREATED'));
    const sp = await d.jm('POST', `/jobs/${jid}/savepoints`, { 'cancel-job': false });
    sim!.control.advance(1_000);
    const op = (await d.jm('GET', `/jobs/${jid}/savepoints/${sp.body['request-id']}`)).body;
    expect(JSON.stringify(op.operation)).toContain('Not all required tasks are currently running');

    sim!.control.faults.noTaskManagers = false;
    sim!.control.advance(1_000);
    const back = (await d.jm('GET', `/jobs/${jid}`)).body;
    expect(back.vertices.every((v: { status: string }) => v.status === 'RUNNING')).toBe(true);
    expect((await d.jm('GET', `/jobs/${jid}/checkpoints`)).body.latest.restored).toBeTruthy();
  });
});
