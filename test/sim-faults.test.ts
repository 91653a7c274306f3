/** Every fault switch, as a test or the `flinkops sim` flags would set it. */
import { afterEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim/index';
import { hex, SimDriver } from './contract/sim-driver';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function running(opts: Partial<Parameters<typeof startSimulator>[0]> = {}) {
  sim = await startSimulator({ flinkVersion: '1.19', timing: { startMs: 1000, savepointMs: 500 }, ...opts });
  const d = new SimDriver(sim, '/v2');
  const jid = sim.control.seedJob({ name: 'p.e.job', config: { 'execution.checkpointing.interval': '1s' } });
  return { d, jid, control: sim.control };
}

async function savepoint(d: SimDriver, jid: string, trigger: string, path = 'savepoints') {
  await d.jm('POST', `/jobs/${jid}/${path}`, { triggerId: trigger });
  d.sim.control.advance(500);
  return (await d.jm('GET', `/jobs/${jid}/savepoints/${trigger}`)).body;
}

describe('simulator fault switches', () => {
  it('savepointFails: the next N savepoints fail, then they succeed', async () => {
    const { d, jid, control } = await running();
    control.faults.savepointFails = 1;
    const failed = await savepoint(d, jid, hex('1'));
    expect(failed.status.id).toBe('COMPLETED');
    expect(failed.operation['failure-cause'].class).toBe(
      'org.apache.flink.runtime.checkpoint.CheckpointException',
    );
    expect((await savepoint(d, jid, hex('2'))).operation.location).toMatch(/savepoint-/);
    control.faults.savepointFails = 'all';
    const stop = await savepoint(d, jid, hex('3'), 'stop');
    expect(stop.operation['failure-cause']).toBeDefined();
    expect((await d.jm('GET', `/jobs/${jid}/status`)).body.status).toBe('RUNNING');
    const cps = (await d.jm('GET', `/jobs/${jid}/checkpoints`)).body;
    expect(cps.latest.failed.is_savepoint).toBe(true);
  });

  it('stopHangs: the stop never completes and the job keeps running', async () => {
    const { d, jid, control } = await running();
    control.faults.stopHangs = true;
    await d.jm('POST', `/jobs/${jid}/stop`, { triggerId: hex('4') });
    control.advance(60_000);
    expect((await d.jm('GET', `/jobs/${jid}/savepoints/${hex('4')}`)).body.status.id).toBe('IN_PROGRESS');
    expect((await d.jm('GET', `/jobs/${jid}/status`)).body.status).toBe('RUNNING');
  });

  it('jobFailsAfterMs: running jobs fail with an exception', async () => {
    const { d, jid, control } = await running();
    control.faults.jobFailsAfterMs = 5000;
    control.advance(5000);
    expect((await d.jm('GET', `/jobs/${jid}/status`)).body.status).toBe('FAILED');
    const ex = (await d.jm('GET', `/jobs/${jid}/exceptions`)).body;
    expect(ex.exceptionHistory.entries[0].exceptionName).toBe('java.lang.RuntimeException');
  });

  it('jobRestartLoop: restarts count up and exceptions are recorded', async () => {
    const { d, jid, control } = await running({
      timing: { startMs: 1000, savepointMs: 500, restartLoopMs: 2000 },
    });
    control.faults.jobRestartLoop = true;
    control.advance(2000);
    expect((await d.jm('GET', `/jobs/${jid}/status`)).body.status).toBe('RESTARTING');
    control.advance(1000);
    expect((await d.jm('GET', `/jobs/${jid}/status`)).body.status).toBe('RUNNING');
    control.advance(6000);
    expect(control.snapshot().jobs[0]!.restarts).toBe(3);
    expect((await d.jm('GET', `/jobs/${jid}/exceptions`)).body.exceptionHistory.entries).toHaveLength(3);
    control.faults.jobRestartLoop = false;
    control.advance(10_000);
    expect((await d.jm('GET', `/jobs/${jid}/status`)).body.status).toBe('RUNNING');
    expect(control.snapshot().jobs[0]!.restarts).toBe(3);
  });

  it('http5xxRate: a seeded share of requests answer 500, deterministically', async () => {
    const statuses = async () => {
      const { d, control } = await running({ randomSeed: 7 });
      control.faults.http5xxRate = 0.5;
      const out: number[] = [];
      for (let i = 0; i < 20; i++) out.push((await d.jm('GET', '/jobs')).status);
      await sim!.close();
      sim = undefined;
      return out;
    };
    const a = await statuses();
    expect(a).toContain(500);
    expect(a).toContain(200);
    expect(await statuses()).toEqual(a);
  });

  it('latencyMs delays every response: the reply waits for the network delay, not before it', async () => {
    // The network delay is a port: the reply is held until it fires, whatever the machine's load.
    const held: { ms: number; send: () => void }[] = [];
    let heldOne!: () => void;
    const waiting = new Promise<void>((r) => {
      heldOne = r;
    });
    const { d, control } = await running({
      networkDelay: (ms, send) => {
        held.push({ ms, send });
        heldOne();
      },
    });
    control.faults.latencyMs = 60;
    let answered = false;
    const reply = d.jm('GET', '/config').then((r) => {
      answered = true;
      return r;
    });
    await waiting;
    expect(held.map((h) => h.ms)).toEqual([60]);
    // A round trip through the event loop: the reply is ready on the server, and still not sent.
    await new Promise((r) => setImmediate(r));
    expect(answered).toBe(false);
    held[0]!.send();
    expect((await reply).status).toBe(200);
    // Without the fault no reply waits.
    control.faults.latencyMs = 0;
    expect((await d.jm('GET', '/config')).status).toBe(200);
    expect(held).toHaveLength(1);
  });

  it('connectionResetRate destroys the socket', async () => {
    const { d, control } = await running();
    control.faults.connectionResetRate = 1;
    await expect(d.jm('GET', '/jobs')).rejects.toThrow();
    control.faults.connectionResetRate = 0;
    expect((await d.jm('GET', '/jobs')).status).toBe(200);
  });

  it('gatewayDown refuses connections until cleared; the JobManager stays up', async () => {
    const { d, control } = await running();
    await control.setGatewayDown(true);
    await expect(d.gw('GET', '/v1/info')).rejects.toThrow();
    expect((await d.jm('GET', '/config')).status).toBe(200);
    await control.setGatewayDown(false);
    expect((await d.gw('GET', '/v1/info')).status).toBe(200);
  });

  it('jobManagerFailover forgets trigger results; jobs keep running and checkpointing', async () => {
    const { d, jid, control } = await running();
    const done = await savepoint(d, jid, hex('5'));
    control.jobManagerFailover();
    const lost = await d.jm('GET', `/jobs/${jid}/savepoints/${hex('5')}`);
    expect(lost.status).toBe(404);
    expect(lost.body.errors[0]).toContain(`There is no savepoint operation with triggerId=${hex('5')}`);
    const cps = (await d.jm('GET', `/jobs/${jid}/checkpoints`)).body;
    expect(cps.latest.savepoint.external_path).toBe(done.operation.location);
    const before = control.snapshot().jobs[0]!.checkpoints;
    control.advance(3000);
    expect(control.snapshot().jobs[0]!.checkpoints).toBeGreaterThan(before);
    expect((await d.jm('GET', `/jobs/${jid}/status`)).body.status).toBe('RUNNING');
  });

  it('trigger results expire after rest.async.store-duration', async () => {
    const { d, jid, control } = await running();
    await savepoint(d, jid, hex('6'));
    control.advance(300_001);
    expect((await d.jm('GET', `/jobs/${jid}/savepoints/${hex('6')}`)).status).toBe(404);
  });
});
