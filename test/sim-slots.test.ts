/**
 * The simulator's task slots, as real Flink 1.20 counts them (1 TaskManager of 4 slots): a job
 * of two vertices at parallelism 2 takes 2 of `/overview`'s `slots-available` (slot sharing: its
 * widest vertex). On the adaptive scheduler a job too wide for what is free runs below its
 * parallelism on what there is (its vertices show it); one that finds no free slot waits in CREATED
 * (its vertices showing the parallelism it asks for) and fails with NoResourceAvailableException
 * after the resource wait timeout. The default scheduler needs every slot: the job waits, RUNNING
 * with its tasks unscheduled, and fails after the slot request timeout.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim/index';
import { SimDriver } from './contract/sim-driver';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(adaptiveScheduler: boolean, slots = 4, startupPeriodMs?: number) {
  sim = await startSimulator({
    flinkVersion: '1.20',
    adaptiveScheduler,
    slotsPerTaskManager: slots,
    timing: {
      startMs: 1000,
      resourceWaitMs: 60_000,
      ...(startupPeriodMs === undefined ? {} : { startupPeriodMs }),
    },
  });
  const d = new SimDriver(sim, '/v2');
  await d.tables();
  return d;
}

async function submit(d: SimDriver, name: string, parallelism: number): Promise<string> {
  const r = await d.sql('INSERT INTO snk SELECT id, v FROM src', {
    'pipeline.name': name,
    'parallelism.default': String(parallelism),
  });
  return r.jobId!;
}

async function view(d: SimDriver, jid: string) {
  const job = (await d.jm('GET', `/jobs/${jid}`)).body;
  return {
    state: job.state as string,
    vertices: (job.vertices as { parallelism: number; status: string }[]).map((v) => [
      v.parallelism,
      v.status,
    ]),
  };
}

const free = async (d: SimDriver) => (await d.jm('GET', '/overview')).body['slots-available'] as number;

describe('task slots of the simulator', () => {
  it('counts a running job off slots-available by its widest vertex, and gives them back when it ends', async () => {
    const d = await start(true);
    expect((await d.jm('GET', '/overview')).body).toMatchObject({
      taskmanagers: 1,
      'slots-total': 4,
      'slots-available': 4,
    });
    const a = await submit(d, 'shop.prod.a', 2);
    sim!.control.advance(2_000);
    expect(await view(d, a)).toEqual({
      state: 'RUNNING',
      vertices: [
        [2, 'RUNNING'],
        [2, 'RUNNING'],
      ],
    });
    expect(await free(d)).toBe(2);
    await d.jm('PATCH', `/jobs/${a}?mode=cancel`);
    sim!.control.advance(1_000);
    expect(await free(d)).toBe(4);
  });

  it('adaptive: a job wider than what is free runs below its parallelism; the next waits in CREATED, then fails', async () => {
    const d = await start(true);
    const a = await submit(d, 'shop.prod.a', 2);
    sim!.control.advance(2_000);
    const big = await submit(d, 'shop.prod.big', 1000);
    sim!.control.advance(2_000);
    expect(await view(d, big)).toEqual({
      state: 'RUNNING',
      vertices: [
        [2, 'RUNNING'],
        [2, 'RUNNING'],
      ],
    });
    expect(await free(d)).toBe(0);
    const c = await submit(d, 'shop.prod.c', 2);
    sim!.control.advance(30_000);
    // As real Flink 1.20 shows a job waiting for resources: CREATED, at the parallelism it asks for.
    expect(await view(d, c)).toEqual({
      state: 'CREATED',
      vertices: [
        [2, 'CREATED'],
        [2, 'CREATED'],
      ],
    });
    sim!.control.advance(31_000);
    expect((await view(d, c)).state).toBe('FAILED');
    const exceptions = (await d.jm('GET', `/jobs/${c}/exceptions`)).body;
    expect(String(exceptions['root-exception'])).toContain('NoResourceAvailableException');
    expect((await view(d, a)).state).toBe('RUNNING');
  });

  it('adaptive: a job waiting in CREATED gets the slots another job gives back', async () => {
    const d = await start(true);
    const a = await submit(d, 'shop.prod.a', 4);
    sim!.control.advance(2_000);
    const b = await submit(d, 'shop.prod.b', 2);
    sim!.control.advance(5_000);
    expect((await view(d, b)).state).toBe('CREATED');
    await d.jm('PATCH', `/jobs/${a}?mode=cancel`);
    sim!.control.advance(1_000);
    expect((await view(d, b)).state).toBe('RUNNING');
    expect(await free(d)).toBe(2);
  });

  it('default scheduler: a job that cannot have all its slots runs what got one, the rest SCHEDULED, then fails', async () => {
    const d = await start(false);
    await submit(d, 'shop.prod.a', 2);
    sim!.control.advance(2_000);
    const big = await submit(d, 'shop.prod.big', 3);
    sim!.control.advance(5_000);
    // As real Flink 1.20 (4 slots, a job of 5 beside one of 2): each vertex RUNNING, its
    // subtasks split between RUNNING (those with a slot) and SCHEDULED.
    const job = (await d.jm('GET', `/jobs/${big}`)).body;
    expect(job.state).toBe('RUNNING');
    for (const v of job.vertices as { status: string; tasks: Record<string, number> }[]) {
      expect(v.status).toBe('RUNNING');
      expect(v.tasks).toMatchObject({ RUNNING: 2, SCHEDULED: 1 });
    }
    expect(await free(d)).toBe(0);
    sim!.control.advance(60_000);
    expect((await view(d, big)).state).toBe('FAILED');
    const exceptions = (await d.jm('GET', `/jobs/${big}/exceptions`)).body;
    expect(String(exceptions['root-exception'])).toContain('NoResourceAvailableException');
    expect(await free(d)).toBe(2);
  });

  it('default scheduler: a job whose tasks never got a slot reports every vertex start-time -1, RUNNING or ended', async () => {
    // Real Flink 1.20.3 (3 slots, all taken): the job RUNNING (timestamps.RUNNING set), its
    // tasks SCHEDULED, each vertex's start-time -1, also once it ended.
    const d = await start(false, 2);
    const a = await submit(d, 'shop.prod.a', 2);
    sim!.control.advance(2_000);
    const late = await submit(d, 'shop.prod.late', 1);
    sim!.control.advance(5_000);
    const startTimes = async (jid: string) =>
      ((await d.jm('GET', `/jobs/${jid}`)).body.vertices as { 'start-time': number }[]).map(
        (v) => v['start-time'],
      );
    expect((await view(d, late)).state).toBe('RUNNING');
    expect(await startTimes(late)).toEqual([-1, -1]);
    expect((await startTimes(a)).every((t) => t > 0)).toBe(true);
    await d.jm('PATCH', `/jobs/${late}?mode=cancel`);
    sim!.control.advance(1_000);
    expect((await view(d, late)).state).toBe('CANCELED');
    expect(await startTimes(late)).toEqual([-1, -1]);
  });

  it('default scheduler: past the ResourceManager start-up period, a job short of slots fails at once', async () => {
    // Real Flink 1.20.3 (3 slots all taken, cluster up for more than 5 minutes): a job asking for
    // 2 failed with NoResourceAvailableException as it was submitted; within the start-up period
    // (resourcemanager.standalone.start-up-time, the slot request timeout by default) it waited.
    const d = await start(false, 4, 10_000);
    await submit(d, 'shop.prod.a', 4);
    sim!.control.advance(2_000);
    const early = await submit(d, 'shop.prod.early', 1);
    sim!.control.advance(5_000);
    expect((await view(d, early)).state).toBe('RUNNING');
    sim!.control.advance(5_000);
    const late = await submit(d, 'shop.prod.late', 1);
    sim!.control.advance(1_500);
    expect((await view(d, late)).state).toBe('FAILED');
    const exceptions = (await d.jm('GET', `/jobs/${late}/exceptions`)).body;
    expect(String(exceptions['root-exception'])).toContain('NoResourceAvailableException');
  });
});
