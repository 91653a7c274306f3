/**
 * The other actions against the simulator: suspend and resume from the suspend
 * savepoint, delete with history kept, adopt without a restart, last-state and
 * stateless upgrades, a savepoint-restart rescale, Flink 1.16 restores, secrets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyFailed } from '../src/apply';
import { createFlinkClient, type FlinkClient, type HttpEvent, newTriggerId } from '../src/flink';
import { desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('apply lifecycle', () => {
  it('suspends with a savepoint, resumes from it, then deletes keeping the history', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    const s = await h.apply(desiredState([{ name: 'alpha', settings: { state: 'suspended' } }]));
    expect(s.changes.map((c) => [c.action, c.outcome])).toEqual([['suspend', 'applied']]);
    expect(running(h, 'alpha')).toHaveLength(0);
    const suspended = (await h.store.read()).doc.jobs.alpha!;
    expect(suspended.status).toBe('suspended');
    expect(suspended.savepoints.map((p) => [p.path, p.kind])).toEqual([[s.changes[0]!.savepoint, 'suspend']]);

    const r = await h.apply(desiredState([{ name: 'alpha' }]));
    expect(r.changes.map((c) => [c.action, c.outcome])).toEqual([['resume', 'applied']]);
    expect(running(h, 'alpha')[0]!.restoredFrom).toBe(s.changes[0]!.savepoint);

    const refused = await h.apply(desiredState([]));
    expect(refused.changes.map((c) => [c.action, c.outcome])).toEqual([['delete', 'skipped']]);
    expect(running(h, 'alpha')).toHaveLength(1);
    const d = await h.apply(desiredState([]), { allowDelete: true });
    expect(d.changes.map((c) => [c.action, c.outcome])).toEqual([['delete', 'applied']]);
    expect(running(h, 'alpha')).toHaveLength(0);
    const rec = (await h.store.read()).doc.jobs.alpha!;
    expect(rec.status).toBe('deleted');
    expect(rec.savepoints.map((p) => p.kind)).toEqual(['suspend', 'delete']);
    expect(rec.history.map((e) => e.action)).toEqual(
      expect.arrayContaining(['create', 'suspend', 'resume', 'delete']),
    );
  });

  it('keeps the savepoint a job was stopped with by hand: recovered, or suspended and resumed, from it', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    const s = await h.apply(desiredState([{ name: 'alpha', settings: { state: 'suspended' } }]));
    const suspendSp = s.changes[0]!.savepoint!;
    await h.apply(desiredState([{ name: 'alpha' }]));
    h.clock.advance(25_000);
    h.sim.control.tick();
    // Stopped with a savepoint outside flinkops (`flink stop`, the REST API): its newest state.
    const jid = running(h, 'alpha')[0]!.jid;
    const triggerId = newTriggerId();
    expect((await h.client.stopWithSavepoint(jid, { triggerId })).ok).toBe(true);
    h.clock.advance(5_000);
    h.sim.control.tick();
    const status = await h.client.getSavepointStatus(jid, triggerId);
    const byHand = status.ok && status.value.state === 'completed' ? status.value.location : '';
    expect(byHand).not.toBe('');
    expect(byHand).not.toBe(suspendSp);
    expect(running(h, 'alpha')).toHaveLength(0);

    const plan = await h.plan(desiredState([{ name: 'alpha' }]));
    expect(plan.changes[0]).toMatchObject({ action: 'recover', restoreFrom: byHand });

    // Its schedule closes first: nothing to stop, and the stop's savepoint is what it resumes from.
    const off = await h.apply(desiredState([{ name: 'alpha', settings: { state: 'suspended' } }]));
    expect(off.changes.map((c) => [c.action, c.outcome])).toEqual([['suspend', 'applied']]);
    expect((await h.store.read()).doc.jobs.alpha!.savepoints.at(-1)).toMatchObject({
      path: byHand,
      kind: 'suspend',
    });
    const on = await h.apply(desiredState([{ name: 'alpha' }]));
    expect(on.changes.map((c) => [c.action, c.outcome])).toEqual([['resume', 'applied']]);
    expect(running(h, 'alpha')[0]!.restoredFrom).toBe(byHand);
  });

  it('judges no state compatibility for a recovery that restores nothing', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    // Cancelled by hand before any savepoint, its checkpoints not retained: nothing to restore.
    await h.client.cancelJob(running(h, 'alpha')[0]!.jid);
    h.clock.advance(5_000);
    h.sim.control.tick();
    const plan = await h.plan(desiredState([{ name: 'alpha', query: 2 }]));
    expect(plan.changes[0]).toMatchObject({ action: 'recover' });
    expect(plan.changes[0]!.restoreFrom).toBeUndefined();
    expect(plan.changes[0]!.compatibility).toBeUndefined();
    // FO614 says it starts without state; FO617 (its restore fails without allowNonRestoredState) cannot apply.
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['FO614']);
  });

  it('adopts an unlabelled job under the managed name without restarting it', async () => {
    h = await harness();
    const jid = h.sim.control.seedJob({ name: 'shop.prod.alpha', parallelism: 2 });
    const r = await h.apply(desiredState([{ name: 'alpha' }]));
    expect(r.changes.map((c) => [c.action, c.outcome])).toEqual([['adopt', 'applied']]);
    expect(running(h, 'alpha').map((j) => j.jid)).toEqual([jid]);
    expect((await h.store.read()).doc.jobs.alpha!.current?.jobId).toBe(jid);

    // Adopted for good: the next apply leaves it alone, a real change upgrades it from a savepoint.
    const again = await h.apply(desiredState([{ name: 'alpha' }]));
    expect(again.changes.filter((c) => c.action !== 'none')).toEqual([]);
    expect(running(h, 'alpha').map((j) => j.jid)).toEqual([jid]);
    // What it ran is unknown, so its state may not map onto the repo's query: allow dropping it.
    const changed = await h.apply(
      desiredState([{ name: 'alpha', version: 2, settings: { allowNonRestoredState: true } }]),
    );
    expect(changed.changes.map((c) => [c.action, c.outcome])).toEqual([['upgrade', 'applied']]);
  });

  it.each(['last-state', 'stateless'] as const)('upgrades with strategy %s', async (upgradeMode) => {
    h = await harness();
    // A last-state upgrade restores a cancelled job's checkpoint: Flink must keep it (retained).
    const retainCheckpoints = true;
    const first = await h.apply(
      desiredState([{ name: 'alpha', retainCheckpoints, settings: { upgradeMode } }]),
    );
    h.clock.advance(25_000); // a couple of checkpoints
    h.sim.control.tick();
    const r = await h.apply(
      desiredState([{ name: 'alpha', retainCheckpoints, version: 2, settings: { upgradeMode } }]),
    );
    expect(r.diags).toEqual([]);
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
    const live = running(h, 'alpha');
    expect(live).toHaveLength(1);
    expect(live[0]!.jid).not.toBe(first.changes[0]!.newJobId);
    if (upgradeMode === 'last-state') expect(live[0]!.restoredFrom).toMatch(/chk-\d+$/);
    else expect(live[0]!.restoredFrom).toBeUndefined();
    expect(h.sim.control.snapshot().savepoints.filter((s) => s.kind === 'savepoint')).toHaveLength(0);
  });

  it("recovers a job upgraded stateless without the older version's savepoint, whose state it cannot read", async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha' }]));
    h.clock.advance(25_000);
    h.sim.control.tick();
    // A compatible upgrade leaves a savepoint of the old query in the store.
    const up = await h.apply(desiredState([{ name: 'alpha', version: 2 }]));
    expect(up.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
    const oldQuery = up.changes[0]!.savepoint!;
    // An incompatible query, deployed as the plan advises: upgradeMode: stateless.
    const settings = { upgradeMode: 'stateless' as const };
    const fresh = await h.apply(desiredState([{ name: 'alpha', query: 2, settings }]));
    expect(fresh.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'applied' });
    h.clock.advance(25_000);
    h.sim.control.tick();
    // The job is cancelled on the cluster (by hand, or it failed for good).
    const jid = running(h, 'alpha')[0]!.jid;
    await fetch(`${h.sim.jobmanagerUrl}/jobs/${jid}?mode=cancel`, { method: 'PATCH' });
    h.clock.advance(5_000);
    h.sim.control.tick();
    expect(running(h, 'alpha')).toHaveLength(0);

    const plan = await h.plan(desiredState([{ name: 'alpha', query: 2, settings }]));
    expect(plan.changes[0]).toMatchObject({ action: 'recover' });
    expect(plan.changes[0]!.restoreFrom).toBeUndefined();
    expect(JSON.stringify(plan)).not.toContain(oldQuery);
    const r = await h.apply(desiredState([{ name: 'alpha', query: 2, settings }]), { plan });
    expect(r.changes[0]).toMatchObject({ action: 'recover', outcome: 'applied' });
    expect(running(h, 'alpha')).toHaveLength(1);
    expect(running(h, 'alpha')[0]!.restoredFrom).toBeUndefined();
  });

  it("refuses a last-state upgrade, before the cancel, when Flink deletes a cancelled job's checkpoints", async () => {
    h = await harness();
    const settings = { upgradeMode: 'last-state' as const };
    const first = await h.apply(desiredState([{ name: 'alpha', settings }]));
    h.clock.advance(25_000);
    h.sim.control.tick();
    const r = await h.apply(desiredState([{ name: 'alpha', version: 2, settings }]));
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'failed' });
    expect(r.diags.map((d) => d.code)).toEqual(['FO710']);
    expect(r.diags[0]!.summary).toBe(
      'job alpha cannot be upgraded last-state: Flink deletes its checkpoints when it is cancelled',
    );
    expect(r.diags[0]!.detail).toContain('RETAIN_ON_CANCELLATION');
    // Nothing was changed: the old job runs on.
    expect(running(h, 'alpha').map((j) => j.jid)).toEqual([first.changes[0]!.newJobId]);
  });

  it.each(['1.19', '1.20', '2.2'] as const)(
    'drops unmatched state with allowNonRestoredState on Flink %s',
    async (version) => {
      h = await harness({ version });
      await h.apply(desiredState([{ name: 'alpha' }]));
      h.clock.advance(25_000);
      h.sim.control.tick();
      // A new query: the old savepoint maps only when unmatched state may be dropped.
      const r = await h.apply(
        desiredState([{ name: 'alpha', query: 2, settings: { allowNonRestoredState: true } }]),
      );
      expect(r.diags).toEqual([]);
      expect(r.changes.map((c) => [c.action, c.outcome])).toEqual([['upgrade', 'applied']]);
      expect(running(h, 'alpha')[0]!.restoredFrom).toBe(r.changes[0]!.savepoint);
    },
  );

  it('rescales through a savepoint restart when the cluster cannot rescale in place', async () => {
    h = await harness({ adaptive: false });
    await h.apply(desiredState([{ name: 'alpha', parallelism: 2 }]));
    const r = await h.apply(desiredState([{ name: 'alpha', parallelism: 5 }]));
    expect(r.changes[0]).toMatchObject({ action: 'rescale', outcome: 'applied' });
    const live = running(h, 'alpha');
    expect(live.map((j) => [j.parallelism, j.restoredFrom])).toEqual([[5, r.changes[0]!.savepoint]]);
    expect((await h.store.read()).doc.jobs.alpha!.savepoints.map((s) => s.kind)).toEqual(['rescale']);
  });

  it('creates on the default scheduler: no call the cluster refuses, none retried', async () => {
    h = await harness({ adaptive: false });
    const calls: HttpEvent[] = [];
    h.client = createFlinkClient({
      jobmanagerUrl: h.sim.jobmanagerUrl,
      sqlGatewayUrl: h.sim.gatewayUrl,
      clock: h.clock,
      onHttp: (e) => calls.push(e),
    });
    const r = await h.apply(desiredState([{ name: 'alpha' }, { name: 'beta' }]));
    expect(r.changes.map((c) => [c.action, c.outcome])).toEqual([
      ['create', 'applied'],
      ['create', 'applied'],
    ]);
    expect(calls.filter((c) => (c.status ?? 0) >= 500 || c.retryInMs !== undefined)).toEqual([]);
    expect(calls.filter((c) => c.route.includes('resource-requirements'))).toEqual([]);
    await h.client.close();
  });

  it('restores through session SETs on Flink 1.16', async () => {
    h = await harness({ version: '1.16', adaptive: false });
    await h.apply(desiredState([{ name: 'alpha' }]));
    const r = await h.apply(desiredState([{ name: 'alpha', version: 2 }]));
    expect(r.diags).toEqual([]);
    expect(running(h, 'alpha')[0]!.restoredFrom).toBe(r.changes[0]!.savepoint);
  });

  it('checks every secret before changing anything: a missing one refuses the whole apply', async () => {
    h = await harness();
    const jobs = [{ name: 'alpha' }, { name: 'beta', sinkOption: "'password' = '${secret.DB_PASSWORD}'" }];
    const r = await h.apply(desiredState(jobs), { secrets: {} });
    expect(r.changes).toEqual([]);
    expect(r.diags.map((d) => [d.code, d.summary])).toEqual([
      ['FO113', 'secret DB_PASSWORD is not set; nothing was changed'],
    ]);
    expect(r.diags[0]!.detail).toContain('FLINKOPS_SECRET_DB_PASSWORD');
    expect(running(h, 'alpha')).toHaveLength(0);
    const ok = await h.apply(desiredState(jobs), { secrets: { DB_PASSWORD: 'pw' } });
    expect(ok.changes.map((c) => c.outcome)).toEqual(['applied', 'applied']);
  });

  it('resolves secrets only for submission and masks them in errors and the store', async () => {
    h = await harness();
    const secret = "s3cr3t-'value";
    const spec = { name: 'alpha', sinkOption: "'password' = '${secret.DB_PASSWORD}'" };
    const ok = await h.apply(desiredState([spec]), { secrets: { DB_PASSWORD: secret } });
    expect(ok.changes[0]!.outcome).toBe('applied');
    expect(h.store.rawText()).not.toContain('s3cr3t');
    expect(h.store.rawText()).toContain('${secret.DB_PASSWORD}');

    // A gateway that echoes the statement in its error (some do): the secret must not reach the report.
    // It fails once, after the old job stopped: the rollback submits the old script again.
    const real = h.client;
    let echoes = 1;
    const echoing = new Proxy(real, {
      get(t, p, r) {
        // Set-up statements go through configure-session on 1.17+, the job's own through runStatement.
        if (p === 'runStatement' || p === 'configureSession') {
          return async (sh: string, sql: string, o: unknown) =>
            sql.includes('blackhole') && echoes-- > 0
              ? {
                  ok: false,
                  error: {
                    kind: 'statement',
                    service: 'gateway',
                    call: 'POST /statements',
                    message: `bad: ${sql}`,
                    causes: [],
                  },
                }
              : (real[p] as (...a: unknown[]) => unknown)(sh, sql, o);
        }
        return Reflect.get(t, p, r);
      },
    }) as FlinkClient;
    h.client = echoing;
    const bad = await h.apply(desiredState([{ ...spec, version: 2 }]), { secrets: { DB_PASSWORD: secret } });
    h.client = real;
    expect(applyFailed(bad)).toBe(true);
    const text = JSON.stringify(bad);
    expect(text).toContain('bad: CREATE TEMPORARY TABLE');
    expect(text).not.toContain('s3cr3t');
    expect(bad.changes[0]!.outcome).toBe('rolled-back');
    expect(h.store.rawText()).not.toContain('s3cr3t');
  });
});
