/**
 * A crash-looping job (RESTARTING/FAILING) cannot be stopped with a savepoint: Flink refuses
 * one while not all tasks run. Apply stops it by cancel instead, keeping its latest completed
 * checkpoint (recorded before the cancel) as the restore point, and says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyFailed, toSteps } from '../src/apply';
import type { FlinkClient } from '../src/flink';
import { advance, desiredState, type Harness, harness, type JobSpec, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Deploys `spec`, lets it checkpoint, then makes it crash-loop; it is RESTARTING when this returns. */
async function crashLooping(spec: JobSpec): Promise<Harness> {
  const x = await harness();
  await x.apply(desiredState([spec]));
  advance(x, 25_000); // a couple of checkpoints (with checkpointing on)
  x.sim.control.faults.jobRestartLoop = true;
  advance(x, 100);
  expect(running(x, spec.name).map((j) => j.state)).toEqual(['RESTARTING']);
  return x;
}

/**
 * The next savepoint fails, and from then on the harness's client sees the job (`only`, else
 * every job) RESTARTING where Flink says RUNNING: Flink restarting a job whose stop-with-savepoint
 * failed (a TaskManager lost, the savepoint expired). Returns the client to put back.
 */
function restartOnFailedSavepoint(x: Harness, only?: string): FlinkClient {
  x.sim.control.faults.savepointFails = 1;
  let failed = false;
  const client = x.client;
  x.client = new Proxy(client, {
    get(target, key, receiver) {
      if (key === 'getSavepointStatus')
        return async (...a: Parameters<typeof client.getSavepointStatus>) => {
          const r = await client.getSavepointStatus(...a);
          if (r.ok && r.value.state === 'failed') failed = true;
          return r;
        };
      if (key === 'getJob')
        return async (id: string) => {
          const r = await client.getJob(id);
          return failed && (only === undefined || id === only) && r.ok && r.value.state === 'RUNNING'
            ? { ...r, value: { ...r.value, state: 'RESTARTING' as const } }
            : r;
        };
      return Reflect.get(target, key, receiver);
    },
  });
  return client;
}

describe('apply: a crash-looping job', () => {
  it("fails a new job that crash-loops from the start with Flink's cause, without waiting out the start timeout", async () => {
    // As on real Flink: tasks fail as soon as they run, and the job spends its time restarting.
    h = await harness({ timing: { restartLoopMs: 1, startMs: 5_000 } });
    h.sim.control.faults.jobRestartLoop = true;
    const t0 = h.clock.now();
    const r = await h.apply(desiredState([{ name: 'alpha' }]));
    expect(r.changes[0]).toMatchObject({ action: 'create', outcome: 'failed' });
    expect(JSON.stringify(r.diags)).toContain('Simulated task failure (restart loop)');
    expect(h.clock.now() - t0).toBeLessThan(60_000);
    expect(running(h, 'alpha')).toHaveLength(0);
  });

  it('is suspended by cancel, its latest checkpoint kept, and resumed from it', async () => {
    h = await crashLooping({ name: 'alpha', retainCheckpoints: true });
    const x = h;
    const s = await x.apply(
      desiredState([{ name: 'alpha', retainCheckpoints: true, settings: { state: 'suspended' } }]),
    );
    expect(s.changes[0]).toMatchObject({ action: 'suspend', outcome: 'applied' });
    const cp = s.changes[0]!.savepoint!;
    expect(cp).toMatch(/chk-\d+$/);
    expect(s.diags.map((d) => [d.code, d.severity])).toEqual([['FO716', 'warning']]);
    expect(s.diags[0]!.summary).toBe(
      `job alpha stopped by cancel: no savepoint possible while RESTARTING; will restore from checkpoint ${cp}`,
    );
    expect(running(x, 'alpha')).toHaveLength(0);
    const rec = (await x.store.read()).doc.jobs.alpha!;
    expect(rec.status).toBe('suspended');
    expect(rec.pending).toBeUndefined();
    expect(rec.savepoints.map((p) => [p.path, p.kind])).toEqual([[cp, 'suspend']]);
    expect(rec.history.map((e) => e.action)).toEqual(
      expect.arrayContaining(['stopped-by-cancel', 'suspend']),
    );
    expect(rec.history.find((e) => e.action === 'stopped-by-cancel')).toMatchObject({ savepoint: cp });

    x.sim.control.faults.jobRestartLoop = false;
    const r = await x.apply(desiredState([{ name: 'alpha', retainCheckpoints: true }]));
    expect(r.changes[0]).toMatchObject({ action: 'resume', outcome: 'applied' });
    expect(running(x, 'alpha')[0]!.restoredFrom).toBe(cp);
  });

  it('--explain and the run agree: the plan lowers the stop of a RESTARTING job to a stop by cancel', async () => {
    h = await crashLooping({ name: 'alpha' });
    const suspended = desiredState([{ name: 'alpha', settings: { state: 'suspended' } }]);
    const plan = await h.plan(suspended);
    // The plan says so, --explain shows it, and the run does it.
    expect(plan.diagnostics.find((d) => d.code === 'FO625')?.summary).toBe(
      'job alpha is RESTARTING: Flink takes no savepoint of it, so apply stops it by cancel',
    );
    const explained = toSteps(plan, suspended)[0]!.steps.map((s) => s.kind);
    expect(explained).toEqual(['stop-by-cancel', 'record-savepoint', 'record-status']);
    const ran: string[] = [];
    const r = await h.apply(suspended, {
      plan,
      onEvent: (e) => {
        if (e.type === 'step-started') ran.push(e.step.kind);
      },
    });
    expect(r.changes[0]).toMatchObject({ action: 'suspend', outcome: 'applied' });
    expect(ran).toEqual(explained);
    expect(running(h, 'alpha')).toHaveLength(0);
  });

  it('falls back to cancel when the stop fails because the job restarted meanwhile', async () => {
    h = await crashLooping({ name: 'alpha' });
    const real = h.client;
    let first = true;
    // The job looked RUNNING when the step started, and was restarting by the time Flink got the stop.
    h.client = new Proxy(real, {
      get(t, p, r) {
        if (p === 'getJob') {
          return async (id: string) => {
            const j = await real.getJob(id);
            if (!first || !j.ok) return j;
            first = false;
            return { ...j, value: { ...j.value, state: 'RUNNING' } };
          };
        }
        return Reflect.get(t, p, r);
      },
    }) as FlinkClient;
    // The plan saw it RUNNING too (so it planned a stop with savepoint).
    const suspended = desiredState([{ name: 'alpha', settings: { state: 'suspended' } }]);
    const plan = await h.plan(suspended);
    plan.changes[0]!.liveState = 'RUNNING';
    const s = await h.apply(suspended, { plan });
    h.client = real;
    expect(s.changes[0]).toMatchObject({ action: 'suspend', outcome: 'applied' });
    expect(s.diags.map((d) => d.code)).toEqual(['FO716']);
    const rec = (await h.store.read()).doc.jobs.alpha!;
    expect(rec.status).toBe('suspended');
    expect(rec.history.map((e) => e.action)).toEqual(
      expect.arrayContaining(['savepoint-failed', 'stopped-by-cancel', 'suspend']),
    );
  });

  it('is deleted by cancel, keeping its checkpoint as the final restore point', async () => {
    h = await crashLooping({ name: 'alpha', retainCheckpoints: true });
    const d = await h.apply(desiredState([]), { allowDelete: true });
    expect(d.changes[0]).toMatchObject({ action: 'delete', outcome: 'applied' });
    expect(d.diags.map((x) => x.code)).toEqual(['FO716']);
    expect(running(h, 'alpha')).toHaveLength(0);
    const rec = (await h.store.read()).doc.jobs.alpha!;
    expect(rec.status).toBe('deleted');
    expect(rec.savepoints.map((p) => [p.path, p.kind])).toEqual([[d.changes[0]!.savepoint, 'delete']]);
  });

  it('is upgraded from its latest checkpoint', async () => {
    h = await crashLooping({ name: 'alpha', retainCheckpoints: true });
    const x = h;
    const r = await x.apply(desiredState([{ name: 'alpha', retainCheckpoints: true, version: 2 }]), {
      onEvent: (e) => {
        // The new version fixes the crash.
        if (e.type === 'step-finished' && e.step.kind === 'stop-by-cancel')
          x.sim.control.faults.jobRestartLoop = false;
      },
    });
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
    expect(r.diags.map((d) => d.code)).toEqual(['FO716']);
    const live = running(x, 'alpha');
    expect(live).toHaveLength(1);
    expect(live[0]!.restoredFrom).toMatch(/chk-\d+$/);
    expect(live[0]!.restoredFrom).toBe(r.changes[0]!.savepoint);
    expect((await x.store.read()).doc.jobs.alpha!.savepoints.map((p) => p.kind)).toEqual(['upgrade']);
  });

  it('is upgraded from its latest checkpoint when asked while it waits between two attempts', async () => {
    // The adaptive scheduler answers a job waiting for its next attempt from a sparse graph:
    // empty checkpoint statistics, as if it had never checkpointed (seen on real Flink 1.20).
    h = await crashLooping({ name: 'alpha', retainCheckpoints: true });
    const x = h;
    advance(x, 600);
    expect(running(x, 'alpha').map((j) => j.state)).toEqual(['CREATED']);
    const id = running(x, 'alpha')[0]!.jid;
    const stats = await x.client.getCheckpoints(id);
    expect(stats.ok && stats.value.latestCompleted).toBe(undefined);
    const r = await x.apply(desiredState([{ name: 'alpha', retainCheckpoints: true, version: 2 }]), {
      onEvent: (e) => {
        if (e.type === 'step-finished' && e.step.kind === 'stop-by-cancel')
          x.sim.control.faults.jobRestartLoop = false;
      },
    });
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
    const live = running(x, 'alpha');
    expect(live).toHaveLength(1);
    expect(live[0]!.restoredFrom).toMatch(new RegExp(`/${id}/chk-\\d+$`));
    expect(live[0]!.restoredFrom).toBe(r.changes[0]!.savepoint);
  });

  it('waiting for task slots (no TaskManager): the upgrade is refused, saying why Flink shows no checkpoint', async () => {
    h = await harness();
    const x = h;
    await x.apply(desiredState([{ name: 'alpha', retainCheckpoints: true }]));
    advance(x, 25_000);
    x.sim.control.faults.noTaskManagers = true;
    advance(x, 100);
    expect(running(x, 'alpha').map((j) => j.state)).toEqual(['CREATED']);
    const r = await x.apply(desiredState([{ name: 'alpha', retainCheckpoints: true, version: 2 }]));
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'failed' });
    const d = r.diags.find((x) => x.code === 'FO710');
    expect(d?.summary).toBe(
      'job alpha is CREATED, waiting to be scheduled: no savepoint possible, and Flink shows none of its checkpoints until it runs',
    );
    expect(d?.detail).toContain('Start TaskManagers (or free slots) and apply again once it is RUNNING');
    // Left as it was, its checkpoints with it: it runs on from the latest once slots are back.
    expect(running(x, 'alpha').map((j) => j.state)).toEqual(['CREATED']);
    x.sim.control.faults.noTaskManagers = false;
    advance(x, 5_000);
    expect(running(x, 'alpha')[0]).toMatchObject({
      state: 'RUNNING',
      restoredFrom: expect.stringMatching(/chk-\d+$/),
    });
  });

  it('without a checkpoint: suspended without state, but an upgrade is refused unless stateless', async () => {
    h = await crashLooping({ name: 'alpha', checkpointing: false });
    const x = h;
    const up = await x.apply(desiredState([{ name: 'alpha', checkpointing: false, version: 2 }]));
    expect(applyFailed(up)).toBe(true);
    expect(up.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'failed' });
    expect(up.diags.map((d) => d.code)).toEqual(['FO710']);
    expect(up.diags[0]!.detail).toContain('upgradeMode: stateless');
    expect(running(x, 'alpha')).toHaveLength(1); // left as it was

    const s = await x.apply(
      desiredState([{ name: 'alpha', checkpointing: false, settings: { state: 'suspended' } }]),
    );
    expect(s.changes[0]).toMatchObject({ action: 'suspend', outcome: 'applied' });
    expect(s.diags.map((d) => d.code)).toEqual(['FO716']);
    expect(s.diags[0]!.summary).toContain('will resume without state');
    expect(running(x, 'alpha')).toHaveLength(0);
    expect((await x.store.read()).doc.jobs.alpha!.status).toBe('suspended');
  });

  it('its checkpoints not retained but an older savepoint recorded: the suspend says the resume restores that one', async () => {
    const x = await harness();
    h = x;
    const spec = { name: 'alpha' } as const;
    await x.apply(desiredState([spec]));
    advance(x, 25_000);
    // Suspended and resumed once: the store holds that suspend's savepoint.
    await x.apply(desiredState([{ ...spec, settings: { state: 'suspended' } }]));
    await x.apply(desiredState([spec]));
    const older = (await x.store.read()).doc.jobs.alpha!.savepoints.at(-1)!;
    advance(x, 25_000); // checkpoints since, which Flink deletes with the cancel
    x.sim.control.faults.jobRestartLoop = true;
    advance(x, 100);
    const s = await x.apply(desiredState([{ ...spec, settings: { state: 'suspended' } }]));
    expect(s.changes[0]).toMatchObject({ action: 'suspend', outcome: 'applied' });
    const d = s.diags.find((x) => x.code === 'FO716')!;
    expect(d.summary).toContain(
      `its checkpoints went with it (not retained on cancellation): it will restore the older savepoint ${older.path}`,
    );
    expect(d.summary).not.toContain('without state');
    const plan = await x.plan(desiredState([spec]));
    expect(plan.changes[0]).toMatchObject({ action: 'resume', restoreFrom: older.path });
  });

  it('without a checkpoint: a stateless upgrade replaces it', async () => {
    h = await crashLooping({ name: 'alpha', checkpointing: false });
    const x = h;
    const spec = {
      name: 'alpha',
      checkpointing: false,
      version: 2,
      settings: { upgradeMode: 'stateless' as const },
    };
    const up = await x.apply(desiredState([spec]), {
      onEvent: (e) => {
        if (e.type === 'step-finished' && e.step.kind === 'cancel')
          x.sim.control.faults.jobRestartLoop = false;
      },
    });
    expect(up.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
    expect(running(x, 'alpha')).toHaveLength(1);
  });

  it('with checkpoints Flink deletes on cancel (its default): an upgrade is refused before the cancel, nothing changed', async () => {
    h = await crashLooping({ name: 'alpha' });
    const x = h;
    const before = (await x.store.read()).doc.jobs.alpha!.savepoints.length;
    const up = await x.apply(desiredState([{ name: 'alpha', version: 2 }]));
    expect(up.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'failed' });
    expect(up.diags.map((d) => d.code)).toEqual(['FO710']);
    expect(up.diags[0]!.summary).toBe(
      'job alpha is RESTARTING: no savepoint possible, and cancelling it would delete its checkpoints',
    );
    expect(up.diags[0]!.detail).toContain('RETAIN_ON_CANCELLATION');
    expect(up.diags[0]!.detail).toContain('upgradeMode: stateless');
    // Left as it was: still restarting, nothing recorded as a restore point.
    expect(running(x, 'alpha').map((j) => j.state)).toEqual(['RESTARTING']);
    expect((await x.store.read()).doc.jobs.alpha!.savepoints).toHaveLength(before);
  });

  it('with checkpoints Flink deletes on cancel: a suspend records none, and the resume starts without state', async () => {
    h = await crashLooping({ name: 'alpha' });
    const x = h;
    const s = await x.apply(desiredState([{ name: 'alpha', settings: { state: 'suspended' } }]));
    expect(s.changes[0]).toMatchObject({ action: 'suspend', outcome: 'applied' });
    expect(s.diags[0]!.summary).toContain('its checkpoints went with it (not retained on cancellation)');
    expect((await x.store.read()).doc.jobs.alpha!.savepoints).toEqual([]);
    x.sim.control.faults.jobRestartLoop = false;
    const r = await x.apply(desiredState([{ name: 'alpha' }]));
    expect(r.changes[0]).toMatchObject({ action: 'resume', outcome: 'applied' });
    expect(running(x, 'alpha')[0]!.restoredFrom).toBeUndefined();
  });

  it('a stateless upgrade starts the new job without restoring the checkpoint it has', async () => {
    h = await crashLooping({ name: 'alpha', retainCheckpoints: true });
    const x = h;
    const spec = {
      name: 'alpha',
      retainCheckpoints: true,
      version: 2,
      settings: { upgradeMode: 'stateless' as const },
    };
    const up = await x.apply(desiredState([spec]), {
      onEvent: (e) => {
        if (e.type === 'step-finished' && (e.step.kind === 'cancel' || e.step.kind === 'stop-by-cancel'))
          x.sim.control.faults.jobRestartLoop = false;
      },
    });
    expect(up.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
    expect(running(x, 'alpha')).toHaveLength(1);
    expect(running(x, 'alpha')[0]!.restoredFrom).toBeUndefined();
    expect((await x.store.read()).doc.jobs.alpha!.savepoints.map((p) => p.kind)).not.toContain('upgrade');
  });
});

describe('apply: a job that restarts because its savepoint failed', () => {
  it('says the savepoint failed first, and that the job may come back by itself, not that it crash-loops', async () => {
    h = await harness();
    const x = h;
    await x.apply(desiredState([{ name: 'alpha' }]));
    advance(x, 25_000);
    // As when a TaskManager dies during the stop: the savepoint fails, and the job is found
    // RESTARTING right after (real Flink restarts it once a TaskManager is back).
    const client = restartOnFailedSavepoint(x);
    const up = await x.apply(desiredState([{ name: 'alpha', version: 2 }]));
    expect(up.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'failed' });
    expect(up.diags.map((d) => d.code)).toEqual(['FO710']);
    expect(up.diags[0]!.summary).toMatch(
      /^job alpha is RESTARTING after its savepoint failed \(.*Simulated savepoint failure.*\): no savepoint possible, and cancelling it would delete its checkpoints$/,
    );
    expect(up.diags[0]!.detail).toContain('apply again once it is RUNNING');
    expect(up.diags[0]!.detail).not.toContain('the job keeps restarting');
    x.client = client;
    expect(running(x, 'alpha')).toHaveLength(1);
  });

  it('refuses a suspend rather than cancel the job and delete the checkpoints it completed since', async () => {
    // Real Flink 1.20: a TaskManager killed while the suspend's stop-with-savepoint waits fails
    // the savepoint and the job restarts; it comes back once a TaskManager does. Cancelling it
    // deleted its checkpoints (not retained on cancellation), and the resume restored older state.
    h = await harness();
    const x = h;
    await x.apply(desiredState([{ name: 'alpha' }]));
    advance(x, 25_000);
    const oldId = running(x, 'alpha')[0]!.jid;
    const client = restartOnFailedSavepoint(x);
    const s = await x.apply(desiredState([{ name: 'alpha', settings: { state: 'suspended' } }]));
    x.client = client;
    expect(s.changes[0]).toMatchObject({ action: 'suspend', outcome: 'failed' });
    expect(s.diags.map((d) => d.code)).toEqual(['FO710']);
    expect(s.diags[0]!.summary).toMatch(
      /^job alpha is RESTARTING after its savepoint failed \(.*Simulated savepoint failure.*\): no savepoint possible, and cancelling it would delete its checkpoints$/,
    );
    expect(s.diags[0]!.detail).toContain('apply again once it is RUNNING');
    expect(running(x, 'alpha').map((j) => j.jid)).toEqual([oldId]);
    expect((await x.store.read()).doc.jobs.alpha!.status).toBe('running');
  });
});

describe('apply: a job restarted by its expired stop-with-savepoint, stopped by cancel', () => {
  it('says in the warning that the savepoint failed and why, not only that the job was RESTARTING', async () => {
    // Real Flink 1.20: a stop-with-savepoint that expires (execution.checkpointing.timeout)
    // fails the job ("Stop-with-savepoint failed."), which restarts. Started from a savepoint
    // and without a checkpoint since, it is stopped by cancel and the upgrade goes on from
    // that savepoint: the warning must say the savepoint failed, with Flink's cause.
    h = await harness();
    const x = h;
    await x.apply(desiredState([{ name: 'alpha', checkpointing: false }]));
    await x.apply(desiredState([{ name: 'alpha', checkpointing: false, version: 2 }]));
    const oldId = running(x, 'alpha')[0]!.jid;
    const client = restartOnFailedSavepoint(x, oldId);
    const up = await x.apply(desiredState([{ name: 'alpha', checkpointing: false, version: 3 }]));
    x.client = client;
    expect(up.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
    const w = up.diags.find((d) => d.code === 'FO716');
    expect(w?.summary).toMatch(
      /^job alpha stopped by cancel: no savepoint possible while RESTARTING after its savepoint failed \(.*Simulated savepoint failure.*\); will restore from /,
    );
    expect(w?.detail).toContain('The stop-with-savepoint failed (');
  });
});
