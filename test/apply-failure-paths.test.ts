/**
 * What a failed step leaves behind: the rollback's restore point, the store's `pending`,
 * secrets in failure messages, a restore path a script sets itself, and a broken new job
 * that cannot be cancelled.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyFailed } from '../src/apply';
import { takeManualSavepoint } from '../src/engine/savepoints-run';
import type { FlinkClient, FlinkError } from '../src/flink';
import { advance, desiredState, type Harness, harness, running, withCalls } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function httpError(message: string, status = 500): { ok: false; error: FlinkError } {
  return {
    ok: false,
    error: { kind: 'http', service: 'jobmanager', call: 'test', status, message, causes: [] },
  };
}

describe('apply failure paths', () => {
  it('rolls back to the old job’s own savepoint, not the restoreFrom pinned for the new version', async () => {
    h = await harness();
    const x = h;
    await x.apply(desiredState([{ name: 'alpha' }]));
    advance(x, 25_000);
    const manual = await takeManualSavepoint({
      desired: desiredState([{ name: 'alpha' }]),
      client: x.client,
      store: x.store,
      clock: x.clock,
      owner: { who: 'test', command: 'savepoint' },
      job: 'alpha',
    });
    const pinned = manual.jobs[0]!.savepoint!;
    expect(pinned).toBeDefined();
    advance(x, 25_000);
    const r = await x.apply(
      desiredState([{ name: 'alpha', version: 2, settings: { restoreFrom: pinned } }]),
      {
        onEvent: (e) => {
          // The new version fails soon after it starts; the rolled-back one is healthy.
          if (e.type === 'step-finished' && e.step.kind === 'submit')
            x.sim.control.faults.jobFailsAfterMs = 1_000;
          if (e.type === 'rollback-started') x.sim.control.faults.jobFailsAfterMs = null;
        },
      },
    );
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'rolled-back' });
    const upgradeSavepoint = r.changes[0]!.savepoint!;
    expect(upgradeSavepoint).not.toBe(pinned);
    const live = running(x, 'alpha');
    expect(live).toHaveLength(1);
    expect(live[0]!.restoredFrom).toBe(upgradeSavepoint);
    // FO712 names what the rollback restored, not the pin the failed version started from.
    const fo712 = r.diags.find((d) => d.code === 'FO712')!;
    expect(fo712.detail).toContain(`runs again from ${upgradeSavepoint}.`);
    expect(fo712.detail).not.toContain(pinned);
  });

  it('says a rollback of a stateless upgrade starts the previous version without state', async () => {
    // Real Flink 1.20: a stateless upgrade whose lookup table could not reach its database was
    // rolled back; the previous version's job restored nothing (latest.restored null).
    h = await harness();
    const x = h;
    await x.apply(desiredState([{ name: 'alpha' }]));
    advance(x, 25_000);
    const r = await x.apply(
      desiredState([{ name: 'alpha', version: 2, settings: { upgradeMode: 'stateless' } }]),
      {
        onEvent: (e) => {
          if (e.type === 'step-finished' && e.step.kind === 'submit')
            x.sim.control.faults.jobFailsAfterMs = 1_000;
          if (e.type === 'rollback-started') x.sim.control.faults.jobFailsAfterMs = null;
        },
      },
    );
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'rolled-back' });
    expect(running(x, 'alpha')[0]!.restoredFrom).toBeUndefined();
    const fo712 = r.diags.find((d) => d.code === 'FO712')!;
    expect(fo712.detail).toContain(
      'the previous one runs again, started without state: the upgrade cancelled it without a savepoint (upgradeMode: stateless), so there was no savepoint or checkpoint of it to restore',
    );
  });

  it('clears pending when an in-place rescale is refused', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha', parallelism: 2 }]));
    const real = h.client;
    h.client = withCalls(real, {
      putResourceRequirements: async () =>
        httpError('does not support changing the parallelism without a job restart'),
    });
    const r = await h.apply(desiredState([{ name: 'alpha', parallelism: 4 }]));
    h.client = real;
    expect(r.changes[0]).toMatchObject({ action: 'rescale', outcome: 'failed' });
    expect(r.diags.map((d) => d.code)).toEqual(['FO709']);
    expect((await h.store.read()).doc.jobs.alpha!.pending).toBeUndefined();
    // Nothing was interrupted: the next plan does not say so.
    const plan = await h.plan(desiredState([{ name: 'alpha', parallelism: 4 }]));
    expect(plan.diagnostics.map((d) => d.code)).not.toContain('FO616');
  });

  it('does not blame the scheduler when a proxy, not Flink, answered the rescale', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha', parallelism: 2 }]));
    const real = h.client;
    h.client = withCalls(real, {
      putResourceRequirements: async () =>
        httpError('HTTP 503: 503 Service Unavailable corp-lb-7 (nginx)', 503),
    });
    const r = await h.apply(desiredState([{ name: 'alpha', parallelism: 4 }]));
    h.client = real;
    const d = r.diags.find((x) => x.code === 'FO709')!;
    expect(d.summary).toBe(
      'in-place rescale of job alpha failed: HTTP 503: 503 Service Unavailable corp-lb-7 (nginx)',
    );
    expect(d.detail).toContain('did not answer');
    expect(d.detail).not.toContain('adaptive');
  });

  it('fails an in-place rescale whose job ends while it waits for the new parallelism', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha', parallelism: 2 }]));
    const real = h.client;
    let rescaled = false;
    h.client = withCalls(real, {
      putResourceRequirements: async (...a: Parameters<FlinkClient['putResourceRequirements']>) => {
        rescaled = true;
        return real.putResourceRequirements(...a);
      },
      getJob: async (id: string) => {
        const r = await real.getJob(id);
        return rescaled && r.ok ? { ...r, value: { ...r.value, state: 'FINISHED' } } : r;
      },
    });
    const r = await h.apply(desiredState([{ name: 'alpha', parallelism: 4 }]));
    h.client = real;
    expect(r.changes[0]).toMatchObject({ action: 'rescale', outcome: 'failed' });
    expect(r.changes[0]!.error).toContain('job went FINISHED');
  });

  it('masks the secrets of a job it only stops (a savepoint failure echoing one)', async () => {
    h = await harness();
    const secret = 'hunter2-db-pass';
    const secrets = { DB_PASSWORD: secret };
    const spec = { name: 'alpha', sinkOption: "'password' = '${secret.DB_PASSWORD}'" };
    await h.apply(desiredState([spec]), { secrets });
    const real = h.client;
    h.client = withCalls(real, {
      getSavepointStatus: async () => ({
        ok: true,
        value: { state: 'failed', cause: `SQLException: login failed (password=${secret})`, causes: [] },
      }),
    });
    const r = await h.apply(desiredState([{ ...spec, settings: { state: 'suspended' } }]), { secrets });
    h.client = real;
    expect(applyFailed(r)).toBe(true);
    expect(r.diags.map((d) => d.code)).toEqual(['FO703']);
    expect(JSON.stringify(r)).toContain('login failed');
    expect(JSON.stringify(r)).not.toContain(secret);
    expect(h.store.rawText()).toContain('login failed');
    expect(h.store.rawText()).not.toContain(secret);
  });

  it('ignores a restore path the script sets itself (Flink 1.20 keys)', async () => {
    h = await harness({ version: '1.20' });
    const withOwnRestore = (version: number) => {
      const d = desiredState([{ name: 'alpha', version }]);
      const j = d.jobs[0]!;
      j.script = j.script.replace(
        /\n/,
        "\nSET 'execution.state-recovery.path' = 'file:///tmp/elsewhere/savepoint-0';\n",
      );
      return d;
    };
    const created = await h.apply(withOwnRestore(1));
    expect(created.changes[0]).toMatchObject({ action: 'create', outcome: 'applied' });
    expect(running(h, 'alpha')[0]!.restoredFrom).toBeUndefined();
    advance(h, 25_000);
    const r = await h.apply(withOwnRestore(2));
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
    expect(running(h, 'alpha')[0]!.restoredFrom).toBe(r.changes[0]!.savepoint);
  });

  it('keeps the last checkpoint of a job that ended by itself when it is suspended, and resumes from it', async () => {
    h = await harness();
    // Cancelled by hand: its checkpoints outlive it only when retained on cancellation.
    await h.apply(desiredState([{ name: 'alpha', retainCheckpoints: true }]));
    advance(h, 25_000); // a couple of checkpoints
    const jid = running(h, 'alpha')[0]!.jid;
    await h.client.cancelJob(jid); // cancelled by hand
    advance(h, 1_000);
    const s = await h.apply(
      desiredState([{ name: 'alpha', retainCheckpoints: true, settings: { state: 'suspended' } }]),
    );
    expect(s.changes[0]).toMatchObject({ action: 'suspend', outcome: 'applied' });
    // Resumed the next day: the cancelled job has long left the JobManager.
    advance(h, 24 * 3_600_000);
    const r = await h.apply(desiredState([{ name: 'alpha', retainCheckpoints: true }]));
    expect(r.changes[0]).toMatchObject({ action: 'resume', outcome: 'applied' });
    expect(running(h, 'alpha')[0]!.restoredFrom).toMatch(/chk-\d+$/);
  });

  it('reports a broken new job it could not cancel', async () => {
    h = await harness();
    // Crash-looping, so still alive and in need of a cancel (a job that has FAILED needs none).
    h.sim.control.faults.jobRestartLoop = true;
    const real = h.client;
    h.client = withCalls(real, { cancelJob: async () => httpError('cancel refused') });
    const r = await h.apply(desiredState([{ name: 'alpha' }]));
    h.client = real;
    expect(r.changes[0]).toMatchObject({ action: 'create', outcome: 'failed' });
    expect(r.diags.map((d) => d.code)).toEqual(['FO705', 'FO708']);
    expect((await h.store.read()).doc.jobs.alpha!.status).toBe('failed');
  });
});

describe('a job that failed with checkpoints Flink did not retain', () => {
  it('is not recovered from its deleted checkpoint: Flink marks it discarded, and the plan does not offer it', async () => {
    h = await harness();
    h.sim.control.faults.jobFailsAfterMs = 45_000;
    await h.apply(desiredState([{ name: 'alpha' }]));
    advance(h, 20_000);
    expect(running(h, 'alpha')).toHaveLength(0);
    const failed = h.sim.control.snapshot().jobs.find((j) => j.name === 'shop.prod.alpha');
    expect(failed?.state).toBe('FAILED');
    const cps = (await h.client.getCheckpoints(failed!.jid)) as {
      ok: true;
      value: { latestCompleted?: { externalPath?: string; discarded?: true } };
    };
    expect(cps.value.latestCompleted?.discarded).toBe(true);
    h.sim.control.faults.jobFailsAfterMs = null;
    const plan = await h.plan(desiredState([{ name: 'alpha' }]));
    expect(plan.changes[0]).toMatchObject({ action: 'recover' });
    expect(JSON.stringify(plan.changes[0])).not.toContain(cps.value.latestCompleted!.externalPath!);
    const r = await h.apply(desiredState([{ name: 'alpha' }]), { plan });
    expect(r.changes[0]).toMatchObject({ action: 'recover', outcome: 'applied' });
  });
});

describe('apply with the SQL Gateway down', () => {
  it('stops no job it could not start again: the upgrade is refused before the stop, a suspend still runs', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }, { name: 'beta' }]));
    const [alpha] = running(h, 'alpha');
    await h.sim.control.setGatewayDown(true);
    const up = await h.apply(desiredState([{ name: 'alpha', version: 2 }, { name: 'beta' }]));
    expect(up.changes).toEqual([]);
    expect(up.diags.map((d) => d.code)).toEqual(['FO725']);
    expect(up.diags[0]!.summary).toMatch(/^the SQL Gateway does not answer \(.+\): nothing was changed$/);
    expect(up.diags[0]!.detail).toContain('alpha would be stopped and could not be started again');
    expect(running(h, 'alpha').map((j) => [j.jid, j.state])).toEqual([[alpha!.jid, 'RUNNING']]);
    // A suspend needs no gateway: it goes ahead.
    const s = await h.apply(
      desiredState([{ name: 'alpha' }, { name: 'beta', settings: { state: 'suspended' } }]),
    );
    expect(s.changes).toMatchObject([{ job: 'beta', action: 'suspend', outcome: 'applied' }]);
    await h.sim.control.setGatewayDown(false);
  });
});
