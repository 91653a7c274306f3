/**
 * Renaming a job (movedFrom): one change of the new name that stops the old job with a savepoint
 * and starts the new one from it, no deletion; the store's record moves to the new name. A
 * suspended old job is resumed under the new name from its last savepoint; an old name known
 * nowhere renames nothing. An apply cut off after each step converges when run again: one job
 * runs, restored from the old job's final savepoint, and no savepoint is missing from the store.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { afterEach, describe, expect, it } from 'vitest';
import { toSteps } from '../src/apply';
import type { DesiredJob, DesiredState } from '../src/compile/model';
import { pipelineName } from '../src/core/names';
import { recordOf } from '../src/plan/rename';
import { targetChanges, unknownJobs } from '../src/plan/target';
import { renderPlanJson, renderPlanMarkdown, renderPlanTerminal } from '../src/render';
import { desiredJob, desiredState, ENV, type Harness, harness, PROJECT, running } from './apply-harness.test';
import { CrashError } from './support/crash';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Job `name` as job `from` was (the same script), with movedFrom: from and `settings`. */
function renamedJob(name: string, from: string, settings: Partial<DesiredJob['settings']> = {}): DesiredJob {
  const old = desiredJob({ name: from });
  return {
    ...old,
    name,
    pipelineName: pipelineName(PROJECT, ENV, name),
    sqlFile: `jobs/${name}.sql`,
    yamlFile: `jobs/${name}.yaml`,
    settings: { ...old.settings, movedFrom: from, ...settings },
  };
}

function withJobs(jobs: DesiredJob[]): DesiredState {
  return { ...desiredState([]), jobs };
}

async function ranAs(x: Harness, job: string) {
  return running(x, job).map((j) => j.jid);
}

describe('a job renamed with movedFrom', () => {
  it('is one upgrade of the new name: the old job stops with a savepoint, the new one starts from it', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'orders' }]));
    const [old] = await ranAs(h, 'orders');
    const desired = withJobs([renamedJob('sales', 'orders')]);
    const plan = await h.plan(desired);
    expect(plan.changes.map((c) => [c.job, c.action, c.renamedFrom?.job, c.liveJobId])).toEqual([
      ['sales', 'upgrade', 'orders', old],
    ]);
    expect(plan.changes[0]!.reason).toBe('renamed from orders: savepoint upgrade under the new name');
    expect(plan.changes[0]!.causes[0]).toEqual({
      kind: 'repo',
      path: 'movedFrom',
      from: 'orders',
      to: 'sales',
    });
    expect(renderPlanTerminal(plan, { color: false })).toContain(
      'sales (renamed from orders) will be upgraded',
    );
    // The pull request comment and --json say it too.
    const md = renderPlanMarkdown(plan);
    expect(md).toContain('<code>sales</code> (renamed from <code>orders</code>)');
    expect(md).toContain('**Renamed from:** <code>orders</code> (<code>shop.prod.orders</code>)');
    expect(JSON.parse(renderPlanJson(plan)).changes[0].renamedFrom).toEqual({
      job: 'orders',
      pipelineName: 'shop.prod.orders',
    });
    // A saved plan holds it, and passes the plan schema.
    const schema = JSON.parse(readFileSync(new URL('../schemas/plan.schema.json', import.meta.url), 'utf8'));
    const valid = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(valid(JSON.parse(JSON.stringify(plan))), JSON.stringify(valid.errors)).toBe(true);
    expect(toSteps(plan, desired, (await h.store.read()).doc)[0]!.steps.map((s) => s.kind)).toEqual([
      'move-record',
      'stop-with-savepoint',
      'record-savepoint',
      'submit',
      'await-running',
      'health-grace',
      'record-stable',
    ]);

    // No --allow-delete needed: nothing is deleted.
    const r = await h.apply(desired);
    expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.changes.map((c) => [c.job, c.outcome])).toEqual([['sales', 'applied']]);
    expect(await ranAs(h, 'orders')).toEqual([]);
    const now = running(h, 'sales');
    expect(now).toHaveLength(1);
    const { doc } = await h.store.read();
    expect(doc.jobs.orders).toBeUndefined();
    const rec = doc.jobs.sales!;
    expect(rec.pipelineName).toBe('shop.prod.sales');
    const final = rec.savepoints.find((s) => s.jobId === old && s.kind === 'upgrade');
    expect(now[0]!.restoredFrom).toBe(final?.path);
    expect(rec.history.map((e) => e.action)).toEqual([
      'create',
      'stable',
      'renamed',
      'savepoint-upgrade',
      'upgrade',
      'stable',
    ]);
    expect(rec.history.find((e) => e.action === 'renamed')?.detail).toBe(
      'renamed from orders (shop.prod.orders)',
    );

    // Applied, the setting is a leftover: no changes, and nothing said of it (as of an applied moved block).
    const again = await h.plan(desired);
    expect(again.changes.map((c) => [c.job, c.action, c.renamedFrom])).toEqual([
      ['sales', 'none', undefined],
    ]);
    expect(again.diagnostics.map((d) => d.code)).not.toContain('FO735');
  });

  it('carries the usual state verdict when the script changed too', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'orders' }]));
    const v2 = desiredJob({ name: 'orders', version: 2 });
    const job = { ...renamedJob('sales', 'orders'), script: v2.script, restartHash: v2.restartHash };
    const plan = await h.plan(withJobs([job]));
    const c = plan.changes[0]!;
    expect([c.action, c.renamedFrom?.job]).toEqual(['upgrade', 'orders']);
    expect(c.reason).toMatch(/^renamed from orders: .*savepoint upgrade$/);
    expect(c.compatibility?.verdict).toBeDefined();
    expect(c.sqlDiff).toContain('table.exec.state.ttl');
  });

  it('resumes a suspended old job under the new name from its last savepoint', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'orders' }]));
    await h.apply(desiredState([{ name: 'orders', settings: { state: 'suspended' } }]));
    const last = (await h.store.read()).doc.jobs.orders!.savepoints.at(-1)!.path;
    const desired = withJobs([renamedJob('sales', 'orders')]);
    const plan = await h.plan(desired);
    expect(plan.changes.map((c) => [c.job, c.action, c.renamedFrom?.job, c.restoreFrom])).toEqual([
      ['sales', 'resume', 'orders', last],
    ]);
    const r = await h.apply(desired);
    expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(running(h, 'sales').map((j) => j.restoredFrom)).toEqual([last]);
    expect((await h.store.read()).doc.jobs.orders).toBeUndefined();
  });

  it("takes a name a deleted job had: that job's savepoints and history are kept in front", async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'sales' }]));
    await h.apply(desiredState([]), { allowDelete: true });
    const gone = (await h.store.read()).doc.jobs.sales!.savepoints.map((s) => s.path);
    expect(gone).toHaveLength(1);
    await h.apply(desiredState([{ name: 'orders' }]));
    const desired = withJobs([renamedJob('sales', 'orders')]);
    const plan = await h.plan(desired);
    expect(plan.changes.map((c) => [c.job, c.action, c.renamedFrom?.job])).toEqual([
      ['sales', 'upgrade', 'orders'],
    ]);
    // What apply rolls back to and the state verdict compares with: orders' record, not the deleted sales'.
    expect(recordOf((await h.store.read()).doc, plan.changes[0]!)?.pipelineName).toBe('shop.prod.orders');
    const r = await h.apply(desired);
    expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
    const rec = (await h.store.read()).doc.jobs.sales!;
    expect(rec.status).toBe('running');
    expect(rec.savepoints.map((s) => s.path).slice(0, 1)).toEqual(gone);
    expect(rec.savepoints).toHaveLength(2);
    expect(rec.history.map((e) => e.action).slice(0, 4)).toEqual([
      'create',
      'stable',
      'savepoint-delete',
      'delete',
    ]);
    expect(running(h, 'sales')[0]!.restoredFrom).toBe(rec.savepoints[1]!.path);
  });

  it('renames nothing when the old name is known nowhere', async () => {
    h = await harness();
    const plan = await h.plan(withJobs([renamedJob('sales', 'orders')]));
    expect(plan.changes.map((c) => [c.job, c.action, c.renamedFrom])).toEqual([
      ['sales', 'create', undefined],
    ]);
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['FO735']);
  });

  it('is refused when both names exist (FO733), and the old one is deleted as without movedFrom', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'orders' }, { name: 'sales' }]));
    const plan = await h.plan(withJobs([renamedJob('sales', 'orders')]));
    const d = plan.diagnostics.find((x) => x.code === 'FO733');
    expect(d?.severity).toBe('error');
    expect(d?.summary).toMatch(/^Job sales cannot be renamed from orders: both exist/);
    expect(d?.range?.file).toBe('jobs/sales.yaml');
    expect(plan.changes.map((c) => [c.job, c.action, c.renamedFrom])).toEqual([
      ['orders', 'delete', undefined],
      ['sales', 'upgrade', undefined],
    ]);
  });

  it('is refused with restoreFrom while the old job exists (FO734): neither job changes', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'orders' }]));
    const plan = await h.plan(withJobs([renamedJob('sales', 'orders', { restoreFrom: 'file:///sp/x' })]));
    expect(plan.diagnostics.find((x) => x.code === 'FO734')?.severity).toBe('error');
    expect(plan.changes.map((c) => [c.job, c.action, c.refused?.code])).toEqual([
      ['sales', 'create', 'FO734'],
    ]);
  });

  it('is kept whole by --target of either name', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'orders' }, { name: 'other' }]));
    const desired = withJobs([renamedJob('sales', 'orders'), desiredJob({ name: 'other', version: 2 })]);
    const plan = await h.plan(desired);
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([
      ['other', 'upgrade'],
      ['sales', 'upgrade'],
    ]);
    for (const target of ['orders', 'sales']) {
      const t = targetChanges(plan.changes, { jobs: [target] });
      expect(t.changes.map((c) => [c.job, c.renamedFrom?.job])).toEqual([['sales', 'orders']]);
      expect(unknownJobs({ ...plan, changes: t.changes, target: t.targeting }, [target])).toEqual([]);
    }
  });
});

describe('a rename cut off after each step', () => {
  it('converges when run again: one job runs, from the old job final savepoint, none lost', async () => {
    const probe = await harness();
    await probe.apply(desiredState([{ name: 'orders' }]));
    const desired = withJobs([renamedJob('sales', 'orders')]);
    const total = toSteps(await probe.plan(desired), desired, (await probe.store.read()).doc)[0]!.steps
      .length;
    await probe.close();
    for (let cut = 0; cut < total; cut++) {
      const x = await harness();
      try {
        await x.apply(desiredState([{ name: 'orders' }]));
        const [old] = await ranAs(x, 'orders');
        let finished = 0;
        await expect(
          x.apply(desired, {
            onEvent: (e) => {
              if (e.type === 'step-finished' && finished++ === cut) throw new CrashError();
            },
          }),
          `cut after step ${cut}`,
        ).rejects.toThrow(CrashError);
        await x.store.breakLock().catch(() => undefined);
        for (let i = 0; i < 5; i++) {
          const r = await x.apply(desired);
          if (!r.diags.some((d) => d.code === 'FO701')) break;
        }
        const { doc } = await x.store.read();
        expect(await ranAs(x, 'orders'), `cut ${cut}: old runs`).toEqual([]);
        const now = running(x, 'sales');
        expect(now, `cut ${cut}: new instances`).toHaveLength(1);
        expect(doc.jobs.orders, `cut ${cut}: old record`).toBeUndefined();
        const rec = doc.jobs.sales!;
        expect(rec.pending, `cut ${cut}`).toBeUndefined();
        expect(rec.current?.jobId).toBe(now[0]!.jid);
        const final = rec.savepoints.filter((s) => s.jobId === old);
        expect(final, `cut ${cut}: old job's savepoints`).toHaveLength(1);
        expect(now[0]!.restoredFrom, `cut ${cut}`).toBe(final[0]!.path);
        expect(
          (await x.plan(desired)).changes.map((c) => c.action),
          `cut ${cut}`,
        ).toEqual(['none']);
      } finally {
        await x.close();
      }
    }
  });
});
