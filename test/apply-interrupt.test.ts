/**
 * Ctrl-C / CI cancel during an apply (ExecuteOptions.stop): no new job or step starts, a
 * savepoint in progress is awaited and recorded, a health check ends early, the lock is
 * released, and the report says what was done and what was not. A rerun converges.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type ApplyEvent, applyFailed } from '../src/apply';
import { applyProgress } from '../src/cli/progress';
import { renderApplyReport } from '../src/render/apply-report';
import { advance, desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;

/** What apply's progress writes for `e` in a CI log (no terminal). */
function logLine(e: ApplyEvent): string {
  const lines: string[] = [];
  const io = {
    stdout: () => {},
    stderr: (t: string) => lines.push(t),
    isTTY: false,
    color: false,
    env: {},
    cwd: '/',
  };
  applyProgress(io, (s) => s).onEvent(e);
  return lines.join('');
}
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const V2 = desiredState([{ name: 'orders', version: 2 }]);

/**
 * orders deployed, then upgraded to V2 whose new job fails once it runs (a state it cannot
 * restore), the run stopped (SIGINT) right after its submit; a minute later nothing runs.
 */
async function upgradeFailsWhileInterrupted(x: Harness) {
  await x.apply(desiredState([{ name: 'orders' }]));
  const stableJob = running(x, 'orders')[0]!.jid;
  const stop = new AbortController();
  const first = await x.apply(V2, {
    stop: stop.signal,
    onEvent: (e) => {
      if (e.type === 'step-finished' && e.step.kind === 'submit') {
        x.sim.control.faults.jobFailsAfterMs = 1_000;
        stop.abort('SIGINT');
      }
    },
  });
  expect(first.changes).toMatchObject([{ outcome: 'interrupted' }]);
  const upgradeSavepoint = first.changes[0]!.savepoint!;
  expect(upgradeSavepoint).toBeDefined();
  advance(x, 60_000);
  return { stableJob, upgradeSavepoint };
}

/** The rerun: a recovery of V2, which fails again; the rolled-back version is left to run. */
async function recoverFailingAgain(x: Harness) {
  const plan = await x.plan(V2);
  expect(plan.changes[0]).toMatchObject({ action: 'recover' });
  return x.apply(V2, {
    plan,
    onEvent: (e) => {
      if (e.type === 'rollback-started') x.sim.control.faults.jobFailsAfterMs = null;
    },
  });
}

describe('apply asked to stop', () => {
  it('during a stop-with-savepoint: the savepoint is recorded, the new version is not started, the lock is released', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'orders' }]));
    const oldJob = running(h, 'orders')[0]!.jid;
    const stop = new AbortController();
    const v2 = desiredState([{ name: 'orders', version: 2 }]);
    const report = await h.apply(v2, {
      stop: stop.signal,
      onEvent: (e) => {
        if (e.type === 'step-started' && e.step.kind === 'stop-with-savepoint') stop.abort('SIGINT');
      },
    });
    expect(report.interrupted).toBe(true);
    expect(applyFailed(report)).toBe(true);
    expect(report.changes).toMatchObject([
      { job: 'orders', action: 'upgrade', outcome: 'interrupted', error: expect.stringMatching(/before/) },
    ]);
    // The savepoint in flight was awaited and recorded, never abandoned.
    const { doc } = await h.store.read();
    const rec = doc.jobs.orders!;
    expect(rec.savepoints.map((s) => s.jobId)).toEqual([oldJob]);
    expect(rec.pending).toBeUndefined();
    expect(report.changes[0]!.savepoint).toBe(rec.savepoints[0]!.path);
    expect(running(h, 'orders')).toHaveLength(0);
    expect(await h.store.lockInfo()).toBeUndefined();
    expect(report.diags.map((d) => d.code)).toContain('FO717');
    // The report says the job is down, and where its state is.
    const said = report.diags.find((d) => d.code === 'FO717')!;
    expect(said.summary).toMatch(
      /^upgrade of job orders was interrupted before: .*; nothing of orders runs now$/,
    );
    expect(said.detail).toContain(
      `its state is in ${rec.savepoints[0]!.path}, which the next apply starts it from`,
    );

    // The next run starts the new version from that savepoint.
    const again = await h.apply(v2);
    expect(again.changes.map((c) => c.outcome)).toEqual(['applied']);
    const live = running(h, 'orders');
    expect(live).toHaveLength(1);
    expect(live[0]!.userConfig['flinkops.spec-hash']).toBe(v2.jobs[0]!.restartHash);
  });

  it('before a job starts: it is not started, and the report says so', async () => {
    h = await harness();
    const stop = new AbortController();
    const report = await h.apply(desiredState([{ name: 'a' }, { name: 'b' }]), {
      parallelism: 1,
      stop: stop.signal,
      onEvent: (e) => {
        if (e.type === 'step-finished' && e.step.kind === 'submit') stop.abort('SIGTERM');
      },
    });
    expect(report.changes.map((c) => [c.job, c.outcome])).toEqual([
      ['a', 'interrupted'],
      ['b', 'interrupted'],
    ]);
    expect(report.changes[1]!.error).toBe('not started: the run was interrupted');
    expect(running(h, 'a')).toHaveLength(1);
    expect(running(h, 'b')).toHaveLength(0);
    expect(await h.store.lockInfo()).toBeUndefined();
  });

  it('during the health check of a created job: the advice speaks of no previous version', async () => {
    h = await harness();
    const stop = new AbortController();
    const report = await h.apply(desiredState([{ name: 'a' }]), {
      stop: stop.signal,
      onEvent: (e) => {
        if (e.type === 'poll-progress') stop.abort('SIGINT');
      },
    });
    const unfinished = report.diags.find((d) => d.code === 'FO717');
    expect(unfinished?.summary).toMatch(/^the health check of job a \(\w+\) was not finished/);
    expect(unfinished?.detail).toMatch(/^The new job .*\. Run flinkops plan/);
    expect(unfinished?.detail).not.toContain('previous version');
  });

  it('during the health grace: the check ends early, nothing is rolled back, the next plan says it is unfinished', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'orders' }]));
    const oldJob = running(h, 'orders')[0]!.jid;
    const stop = new AbortController();
    const v2 = desiredState([{ name: 'orders', version: 2 }]);
    const finished: ApplyEvent[] = [];
    const report = await h.apply(v2, {
      stop: stop.signal,
      onEvent: (e) => {
        if (e.type === 'poll-progress' && e.what.startsWith('health of')) stop.abort('SIGINT');
        if (e.type === 'step-finished') finished.push(e);
      },
    });
    expect(report.changes).toMatchObject([{ outcome: 'interrupted' }]);
    // The health check cut short is an interrupted step, not a failed one, and the log says so.
    const last = finished.at(-1)!;
    expect(last).toMatchObject({ type: 'step-finished', ok: false, interrupted: true });
    expect(logLine(last)).toMatch(/^orders: .* … interrupted \(\d+\.\ds\)\n$/);
    expect(finished.slice(0, -1).every((e) => e.type === 'step-finished' && e.ok && !e.interrupted)).toBe(
      true,
    );
    const newJob = report.changes[0]!.newJobId!;
    expect(running(h, 'orders').map((j) => j.jid)).toEqual([newJob]);
    const { doc } = await h.store.read();
    expect(doc.jobs.orders!.current?.jobId).toBe(newJob);
    expect(doc.jobs.orders!.lastStable?.jobId).toBe(oldJob);
    expect(await h.store.lockInfo()).toBeUndefined();

    expect(report.diags.find((d) => d.code === 'FO717')?.detail).toContain(
      'the previous version stays the rollback target',
    );
    const plan = await h.plan(v2);
    expect(plan.changes[0]).toMatchObject({ action: 'none', verify: { jobId: newJob } });
    expect(plan.diagnostics.map((d) => d.code)).toContain('FO619');
    const done = await h.apply(v2, { plan });
    expect(done.changes).toMatchObject([
      { job: 'orders', action: 'none', did: 'verify', outcome: 'applied' },
    ]);
    // Shown by what it did, not as a change "none" that was applied.
    expect(renderApplyReport(done)).toMatch(/^ {2}orders +verify +applied$/m);
    const after = (await h.store.read()).doc.jobs.orders!;
    expect(after.lastStable?.jobId).toBe(newJob);
    // flinkops history shows the finished check, as after an apply that was not interrupted.
    expect(after.history.at(-1)).toMatchObject({ action: 'stable', jobId: newJob });
    expect((await h.plan(v2)).changes[0]).not.toHaveProperty('verify');
  });

  it('after a start whose new version then failed: the rerun recovers it, and rolls back to the last stable version when it fails again', async () => {
    h = await harness();
    const x = h;
    const { stableJob, upgradeSavepoint } = await upgradeFailsWhileInterrupted(x);
    expect(running(x, 'orders')).toEqual([]);
    const again = await recoverFailingAgain(x);
    expect(again.changes).toMatchObject([{ job: 'orders', action: 'recover', outcome: 'rolled-back' }]);
    expect(again.diags.map((d) => d.code)).toContain('FO712');
    // The last stable version runs again, from its own savepoint (the one the upgrade took).
    const live = running(x, 'orders');
    expect(live).toHaveLength(1);
    expect(live[0]!.jid).not.toBe(stableJob);
    expect(live[0]!.restoredFrom).toBe(upgradeSavepoint);
    expect(live[0]!.userConfig['flinkops.spec-hash']).toBe(
      desiredState([{ name: 'orders' }]).jobs[0]!.restartHash,
    );
    const rec = (await x.store.read()).doc.jobs.orders!;
    expect(rec.lastStable?.jobId).toBe(live[0]!.jid);
  });

  it("a failed recover's rollback passes over the stable version's savepoints a newer major release wrote", async () => {
    h = await harness();
    const x = h;
    const { upgradeSavepoint } = await upgradeFailsWhileInterrupted(x);
    // The stable version also ran on a Flink 2.2 cluster for a while (a move there and back):
    // its newest savepoint is one this 1.18 cluster cannot read.
    const read = await x.store.read();
    const rec = read.doc.jobs.orders!;
    const own = rec.savepoints.find((s) => s.path === upgradeSavepoint)!;
    const from22 = 'file:///tmp/flinkops-sim/savepoints/savepoint-2-2-newer';
    const doc = {
      ...read.doc,
      jobs: {
        ...read.doc.jobs,
        orders: {
          ...rec,
          savepoints: [
            ...rec.savepoints,
            { ...own, path: from22, time: '2099-01-01T00:00:00.000Z', flinkVersion: '2.2' },
          ],
        },
      },
    };
    await x.store.write(doc, read.version, { message: 'a savepoint 2.2 wrote' });

    const again = await recoverFailingAgain(x);
    expect(again.changes).toMatchObject([{ job: 'orders', action: 'recover', outcome: 'rolled-back' }]);
    const live = running(x, 'orders');
    expect(live).toHaveLength(1);
    expect(live[0]!.restoredFrom).toBe(upgradeSavepoint);
  });

  it('a recover of the version that is already the stable one is not rolled back', async () => {
    h = await harness();
    const x = h;
    const v1 = desiredState([{ name: 'orders' }]);
    await x.apply(v1);
    advance(x, 25_000);
    x.sim.control.faults.jobFailsAfterMs = 1_000;
    advance(x, 60_000);
    expect(running(x, 'orders')).toEqual([]);
    const r = await x.apply(v1);
    expect(r.changes).toMatchObject([{ action: 'recover', outcome: 'failed' }]);
    expect(x.events.some((e) => e.type === 'rollback-started')).toBe(false);
  });
});

describe('apply waiting for the state lock', () => {
  it('says once who holds the lock and how long it waits, then applies once it is released', async () => {
    h = await harness();
    const held = await h.store.lock({ who: 'bob', command: 'savepoints run' }, 600_000);
    const sleep = h.clock.sleep.bind(h.clock);
    const t0 = h.clock.now();
    h.clock.sleep = async (ms, signal) => {
      await sleep(ms, signal);
      if (h!.clock.now() - t0 >= 5_000) await h!.store.unlock(held).catch(() => {});
    };
    const events: ApplyEvent[] = [];
    const report = await h.apply(desiredState([{ name: 'orders' }]), {
      timing: { lockTimeoutMs: 60_000 },
      onEvent: (e) => events.push(e),
    });
    expect(report.changes).toMatchObject([{ job: 'orders', outcome: 'applied' }]);
    const waits = events.filter((e) => e.type === 'lock-wait');
    expect(waits).toHaveLength(1);
    expect(events[0]).toBe(waits[0]);
    expect(logLine(waits[0]!)).toMatch(
      /^waiting for the state lock: held by bob \(savepoints run on [^)]+\) since \S+; waiting up to 60\.0s\n$/,
    );
  });

  it('cancelled while it waits: stops waiting at once, never takes the lock, changes nothing', async () => {
    h = await harness();
    const held = await h.store.lock({ who: 'bob', command: 'apply' }, 600_000);
    const stop = new AbortController();
    const sleep = h.clock.sleep.bind(h.clock);
    const t0 = h.clock.now();
    let slept = 0;
    h.clock.sleep = async (ms, signal) => {
      // The run is cancelled during its first pause; the holder lets go 3 s later.
      if (++slept === 1) stop.abort('SIGINT');
      await sleep(ms, signal);
      if (h!.clock.now() - t0 >= 3_000) await h!.store.unlock(held).catch(() => {});
    };
    const report = await h.apply(desiredState([{ name: 'orders' }]), {
      stop: stop.signal,
      timing: { lockTimeoutMs: 60_000 },
    });
    expect(report.changes).toEqual([]);
    expect(report.interrupted).toBe(true);
    expect(report.diags).toMatchObject([{ code: 'FO805', severity: 'warning' }]);
    expect(h.clock.now() - t0).toBeLessThan(3_000);
    expect(running(h, 'orders')).toEqual([]);
    // The holder's lock is untouched: this run never took one.
    expect((await h.store.lockInfo())?.who).toBe('bob');
  });
});

describe('apply interrupted during a rollback', () => {
  /** `orders` applied, then V2 applied: it fails soon after it starts, and Ctrl-C comes while the rolled-back job proves itself. */
  async function interruptedRollback(x: Harness) {
    await x.apply(desiredState([{ name: 'orders' }]));
    const stop = new AbortController();
    let rollingBack = false;
    return x.apply(V2, {
      stop: stop.signal,
      onEvent: (e) => {
        // The new version fails soon after it starts; the rolled-back one is healthy.
        if (e.type === 'step-finished' && e.step.kind === 'submit')
          x.sim.control.faults.jobFailsAfterMs = 1_000;
        if (e.type === 'rollback-started') {
          rollingBack = true;
          x.sim.control.faults.jobFailsAfterMs = null;
        }
        if (rollingBack && e.type === 'poll-progress' && e.what.startsWith('health of')) stop.abort('SIGINT');
      },
    });
  }

  it('reports the rollback that runs as interrupted, not failed, and the next plan finishes its check', async () => {
    h = await harness();
    const x = h;
    const r = await interruptedRollback(x);
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'interrupted' });
    const codes = r.diags.map((d) => d.code);
    expect(codes).not.toContain('FO706');
    const said = r.diags.find((d) => d.code === 'FO717' && /rolled back/.test(d.summary));
    expect(said?.summary).toMatch(
      /^job orders was rolled back to its last stable version \(job \w+\), but apply was interrupted/,
    );
    const live = running(x, 'orders');
    expect(live.map((j) => j.state)).toEqual(['RUNNING']);
    // The version it runs is recorded, and not yet as stable: its check is the next apply's.
    const rec = (await x.store.read()).doc.jobs.orders!;
    expect(rec.current?.jobId).toBe(live[0]!.jid);
    expect(rec.lastStable?.jobId).not.toBe(live[0]!.jid);
    const plan = await x.plan(desiredState([{ name: 'orders' }]));
    expect(plan.diagnostics.map((d) => d.code)).toContain('FO619');
  });

  it('with the rolled-back change still in the repository, the next apply finishes the check it left', async () => {
    h = await harness();
    const x = h;
    await interruptedRollback(x);
    const rolledBackJob = running(x, 'orders')[0]!.jid;
    // The repository still asks for V2: held (FO601), and the check the rollback left is unfinished (FO619).
    const plan = await x.plan(V2);
    expect(plan.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['FO601', 'FO619']));
    const r = await x.apply(V2, { plan });
    expect(r.changes).toMatchObject([{ job: 'orders', action: 'none', did: 'verify', outcome: 'applied' }]);
    expect(running(x, 'orders').map((j) => j.jid)).toEqual([rolledBackJob]);
    expect((await x.store.read()).doc.jobs.orders!.lastStable?.jobId).toBe(rolledBackJob);
    const again = await x.plan(V2);
    expect(again.diagnostics.map((d) => d.code)).toContain('FO601');
    expect(again.diagnostics.map((d) => d.code)).not.toContain('FO619');
  });
});
