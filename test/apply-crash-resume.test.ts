/**
 * Crashes the step-by-step crash test does not cut: a savepoint run that died while its
 * trigger was in flight, followed by an apply that stops the job; and a last-state upgrade
 * that died after the cancel, rerun once the JobManager has forgotten the cancelled job.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runSavepoints } from '../src/engine/savepoints-run';
import type { FlinkClient } from '../src/flink/client';
import { hasChanges, ownRestorableSavepoint } from '../src/plan';
import { summaryLine } from '../src/render/actions';
import { advance, desiredState, type Harness, harness, running, withCalls } from './apply-harness.test';
import { CrashError } from './support/crash';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('apply after an interrupted run', () => {
  it('stops the job itself when the pending savepoint was a plain one (the job kept running)', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    const old = running(h, 'alpha')[0]!.jid;
    // A scheduled savepoint run dies while its savepoint is in flight.
    await expect(
      runSavepoints({
        desired: desiredState([{ name: 'alpha', settings: { savepoints: { every: '1h' } } }]),
        client: h.client,
        store: h.store,
        clock: h.clock,
        owner: { who: 'cron', command: 'savepoints' },
        hooks: {
          onEvent: (e) => {
            if (e.type === 'poll-progress') throw new CrashError();
          },
        },
      }),
    ).rejects.toThrow(CrashError);
    expect((await h.store.read()).doc.jobs.alpha!.pending?.kind).toBe('savepoint');

    const r = await h.apply(desiredState([{ name: 'alpha', version: 2 }]));
    expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
    const live = running(h, 'alpha');
    expect(live.map((j) => j.jid)).not.toContain(old);
    expect(live).toHaveLength(1);
    // Restored from the stop's savepoint, taken after the interrupted one.
    expect(live[0]!.restoredFrom).toBe(r.changes[0]!.savepoint);
    const rec = (await h.store.read()).doc.jobs.alpha!;
    expect(rec.pending).toBeUndefined();
    expect(rec.savepoints.map((s) => s.kind)).toEqual(['periodic', 'upgrade']);
  });

  it('keeps the checkpoint of a last-state upgrade in the store before cancelling the job', async () => {
    h = await harness();
    const mode = { upgradeMode: 'last-state' as const };
    await h.apply(desiredState([{ name: 'alpha', retainCheckpoints: true, settings: mode }]));
    advance(h, 25_000); // a couple of checkpoints
    const v2 = desiredState([{ name: 'alpha', retainCheckpoints: true, version: 2, settings: mode }]);
    await expect(
      h.apply(v2, {
        onEvent: (e) => {
          if (e.type === 'step-finished' && e.step.kind === 'cancel') throw new CrashError();
        },
      }),
    ).rejects.toThrow(CrashError);
    const stored = (await h.store.read()).doc.jobs.alpha!.savepoints.map((s) => s.path);

    // The operator comes back hours later: the cancelled job has left the JobManager.
    await h.store.breakLock();
    advance(h, 2 * 3_600_000);
    const r = await h.apply(v2);
    expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
    const live = running(h, 'alpha');
    expect(live).toHaveLength(1);
    expect(live[0]!.userConfig['flinkops.spec-hash']).toBe(v2.jobs[0]!.restartHash);
    // Not a fresh start: the checkpoint the cancelled job left, as recorded before the cancel.
    expect(live[0]!.restoredFrom).toMatch(/chk-\d+$/);
    expect(stored).toEqual([live[0]!.restoredFrom]);
  });
});

describe('a submit whose apply died before recording it', () => {
  /** Runs `desired` and kills the process as it records the submitted job (`apply: upgrade alpha`). */
  async function dieWhileRecording(x: Harness, desired: ReturnType<typeof desiredState>): Promise<void> {
    const store = x.store;
    const { write, writeJobs } = store;
    const dies = (meta: { message: string }) => meta.message === 'apply: upgrade alpha';
    store.write = (doc, v, meta) =>
      dies(meta) ? Promise.reject(new CrashError()) : write.call(store, doc, v, meta);
    store.writeJobs = (jobs, v, meta) =>
      dies(meta) ? Promise.reject(new CrashError()) : writeJobs.call(store, jobs, v, meta);
    await x.apply(desired).catch(() => undefined);
    store.write = write;
    store.writeJobs = writeJobs;
    expect((await x.store.read()).doc.jobs.alpha!.pending?.kind).toBe('submit');
    await x.store.breakLock().catch(() => undefined);
  }

  it('records a stateless upgrade as started without state, so the old savepoint is not its restore point', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    await h.apply(desiredState([{ name: 'alpha', version: 2 }])); // a savepoint upgrade: one savepoint stored
    const v3 = desiredState([{ name: 'alpha', query: 2, settings: { upgradeMode: 'stateless' } }]);
    await dieWhileRecording(h, v3);
    const live = running(h, 'alpha');
    expect(live).toHaveLength(1);
    expect(live[0]!.restoredFrom).toBeUndefined();

    const r = await h.apply(v3);
    expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
    const rec = (await h.store.read()).doc.jobs.alpha!;
    expect(rec.current).toMatchObject({ jobId: live[0]!.jid, startedWithoutState: true });
    expect(rec.savepoints).toHaveLength(1);
    expect(ownRestorableSavepoint(rec)).toBeUndefined();
  });

  it('records the savepoint a savepoint upgrade restored from', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    const v2 = desiredState([{ name: 'alpha', version: 2 }]);
    await dieWhileRecording(h, v2);
    const restored = running(h, 'alpha')[0]!.config['execution.savepoint.path'];
    expect(restored).toBeDefined();

    await h.apply(v2);
    const rec = (await h.store.read()).doc.jobs.alpha!;
    expect(rec.current?.restoredFrom).toBe(restored);
    expect(rec.current?.startedWithoutState).toBeUndefined();
  });
});

describe('the plan after an apply died during a stop with a savepoint', () => {
  it('says the interrupted apply stopped the job, not that it ended against the repository', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }, { name: 'beta' }]));
    const next = desiredState([{ name: 'alpha', settings: { state: 'suspended' } }]);
    await expect(
      h.apply(next, {
        allowDelete: true,
        onEvent: (e) => {
          if (e.type === 'poll-progress') throw new CrashError();
        },
      }),
    ).rejects.toThrow(CrashError);
    await h.store.breakLock();
    advance(h, 60_000); // the stops Flink was asked for complete meanwhile
    const doc = (await h.store.read()).doc;
    expect([doc.jobs.alpha!.pending?.kind, doc.jobs.beta!.pending?.kind]).toContain('stop-with-savepoint');
    const plan = await h.plan(next, { allowDelete: true });
    for (const c of plan.changes) {
      if (doc.jobs[c.job]!.pending?.kind !== 'stop-with-savepoint') continue;
      expect(c.reason).toMatch(
        /an interrupted apply stopped it with a (final )?savepoint, which apply records first/,
      );
      expect(c.reason).not.toMatch(/wants it running/);
    }
  });
});

describe('the plan after an apply died between the stop of an upgrade and its submit', () => {
  it('says an interrupted apply stopped the job to restart it, and restores that savepoint', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    const next = desiredState([{ name: 'alpha', version: 2 }]);
    await expect(
      h.apply(next, {
        onEvent: (e) => {
          if (e.type === 'step-finished' && e.step.kind === 'record-savepoint') throw new CrashError();
        },
      }),
    ).rejects.toThrow(CrashError);
    await h.store.breakLock();
    const rec = (await h.store.read()).doc.jobs.alpha!;
    expect(rec.pending).toBeUndefined();
    const taken = rec.savepoints.find((s) => s.kind === 'upgrade')!;
    const plan = await h.plan(next);
    expect(plan.changes[0]!.reason).toMatch(
      /FINISHED: an interrupted apply stopped it with a savepoint to restart it, and did not start the new job/,
    );
    expect(plan.changes[0]!.reason).not.toMatch(/wants it running/);
    expect(plan.changes[0]!.restoreFrom).toBe(taken.path);
  });
});

describe('finishing the health check of a job an interrupted apply started', () => {
  it('finishes it when the plan could not read the job’s labels (it knows the job by the recorded id)', async () => {
    h = await harness();
    const v1 = desiredState([{ name: 'alpha' }]);
    await expect(
      h.apply(v1, {
        onEvent: (e) => {
          if (e.type === 'step-finished' && e.step.kind === 'submit') throw new CrashError();
        },
      }),
    ).rejects.toThrow(CrashError);
    await h.store.breakLock();
    const jid = running(h, 'alpha')[0]!.jid;
    const plan = await h.plan(v1);
    const change = plan.changes[0]!;
    expect(change).toMatchObject({ action: 'none', verify: { jobId: jid } });
    // As Flink answers for a job still initialising (or, on 2.x, restarting): no user-config.
    if (change.from) delete change.from.specHash;
    const r = await h.apply(v1, { plan });
    expect(r.changes.map((c) => [c.job, c.outcome])).toEqual([['alpha', 'applied']]);
    expect((await h.store.read()).doc.jobs.alpha!.lastStable?.jobId).toBe(jid);
  });
});

describe('an in-place rescale whose apply died before recording it', () => {
  it('keeps the record that the version started without state, and when it was deployed', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    const before = (await h.store.read()).doc.jobs.alpha!.current!;
    expect(before.startedWithoutState).toBe(true);
    const next = desiredState([{ name: 'alpha', parallelism: 4 }]);
    await expect(
      h.apply(next, {
        onEvent: (e) => {
          if (e.type === 'step-finished' && e.step.kind === 'await-parallelism') throw new CrashError();
        },
      }),
    ).rejects.toThrow(CrashError);
    await h.store.breakLock();
    await h.apply(next);
    const after = (await h.store.read()).doc.jobs.alpha!.current!;
    expect(after).toMatchObject({ jobId: before.jobId, parallelism: 4, startedWithoutState: true });
    expect(after.deployedAt).toBe(before.deployedAt);
  });
});

describe('an in-place rescale that completed before its apply died', () => {
  it('is planned as work (FO616 to look up), not "No changes", and apply clears the pending entry', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    const next = desiredState([{ name: 'alpha', parallelism: 4 }]);
    // Killed once the job runs at its new parallelism, before the rescale is recorded as done.
    await expect(
      h.apply(next, {
        onEvent: (e) => {
          if (e.type === 'step-finished' && e.step.kind === 'await-parallelism') throw new CrashError();
        },
      }),
    ).rejects.toThrow(CrashError);
    expect((await h.store.read()).doc.jobs.alpha!.pending?.kind).toBe('rescale');
    const plan = await h.plan(next);
    expect(plan.changes[0]).toMatchObject({ action: 'none', resolves: { pending: 'rescale' } });
    expect(hasChanges(plan)).toBe(true);
    expect(summaryLine(plan)).toBe('Plan: 1 interrupted operation to look up (FO616).');
    await h.store.breakLock();
    await h.apply(next, { plan });
    expect((await h.store.read()).doc.jobs.alpha!.pending).toBeUndefined();
    const again = await h.plan(next);
    expect(hasChanges(again)).toBe(false);
    expect(summaryLine(again)).toBe('No changes. The cluster matches the repository.');
  });
});

describe('apply killed after a submission, before recording it', () => {
  it('records the upgrade a killed apply submitted as an upgrade when the rerun finishes it', async () => {
    h = await harness();
    const x = h;
    await x.apply(desiredState([{ name: 'alpha' }]));
    const v2 = desiredState([{ name: 'alpha', version: 2 }]);
    // Killed right after the gateway took the new job, before the store recorded it.
    const real = x.client;
    let submitting = false;
    x.client = withCalls(real, {
      closeSession: async (...a: Parameters<FlinkClient['closeSession']>) => {
        await real.closeSession(...a);
        if (submitting) throw new CrashError('killed after the submission');
      },
    });
    await expect(
      x.apply(v2, {
        onEvent: (e) => {
          if (e.type === 'step-started' && e.step.kind === 'submit') submitting = true;
        },
      }),
    ).rejects.toThrow(CrashError);
    x.client = real;
    if (await x.store.lockInfo()) await x.store.breakLock();
    const started = running(x, 'alpha')[0]!.jid;
    expect((await x.store.read()).doc.jobs.alpha!.pending?.kind).toBe('submit');

    const r = await x.apply(v2);
    expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(running(x, 'alpha').map((j) => j.jid)).toEqual([started]);
    const rec = (await x.store.read()).doc.jobs.alpha!;
    expect(rec.current?.jobId).toBe(started);
    expect(rec.lastStable?.jobId).toBe(started);
    // History reads as the upgrade it was, not as the store catching up (sync).
    const entries = rec.history.filter((e) => e.jobId === started).map((e) => e.action);
    expect(entries).toEqual(['upgrade', 'stable']);
    expect(rec.history.find((e) => e.jobId === started)?.detail).toMatch(/interrupted/);
  });
});
