/**
 * A resume whose savepoint is gone (its folder deleted, its path edited in the state store) fails:
 * Flink cannot find it. The next plan used to recover from the same path again, and every apply
 * submitted one more job that failed the same way: a plan that never converged. It is refused now
 * (FO671) with the way out, a pinned restoreFrom, which the plan then takes. Seen on real Flink 1.20.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

// The default scheduler refuses the restore at submission (the gateway's INSERT fails, no job is
// left: the job stays suspended); the adaptive one starts the job, which then FAILS (a recover).
describe.each([
  { scheduler: 'default', adaptive: false, action: 'resume' },
  { scheduler: 'adaptive', adaptive: true, action: 'recover' },
])('a resume from a savepoint Flink cannot find ($scheduler scheduler)', ({ adaptive, action }) => {
  const t = simRepo({ startMs: 100, savepointMs: 20, checkpointMs: 50 }, { adaptive });
  const jobs = () => t.sim.control.snapshot().jobs.filter((j) => j.name === 'shop.dev.totals');
  const settings = (lines: string[]) =>
    writeFileSync(join(t.repo, 'jobs/totals.yaml'), `${lines.join('\n')}\n`);

  it('is not tried again from the same path, and a pinned restoreFrom gets the job back', async () => {
    const state = join(t.base, 'state.json');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    settings(['parallelism: 2', 'state: suspended']);
    const suspend = await t.apply(state, '--health-grace', '0s');
    expect(suspend.code, suspend.stderr).toBe(0);
    const real = /savepoint (\S+savepoint-\S+)/.exec(suspend.stdout)?.[1];
    expect(real).toBeDefined();
    // The savepoint's path, edited by hand in the store to one that does not exist.
    const gone = `${real!}-gone`;
    writeFileSync(state, readFileSync(state, 'utf8').replaceAll(real!, gone));
    settings(['parallelism: 2']);
    const resume = await t.apply(state, '--health-grace', '0s');
    expect(resume.code).toBe(1);
    expect(resume.stderr).toContain('Cannot find checkpoint or savepoint');
    const submitted = jobs().length;

    const plan = await t.plan(state, '--json');
    const parsed = JSON.parse(plan.stdout);
    const change = parsed.changes.find((c: { job: string }) => c.job === 'totals');
    expect(change).toMatchObject({ action, restoreFrom: gone, refused: { code: 'FO671' } });
    const diag = parsed.diagnostics.find((d: { code: string }) => d.code === 'FO671');
    expect(diag.severity).toBe('warning');
    expect(diag.detail).toContain('restoreFrom: <path> in jobs/totals.yaml');

    // apply skips it: no job is submitted to fail the same way.
    const again = await t.apply(state, '--health-grace', '0s');
    expect(again.stdout + again.stderr).toContain('FO671');
    expect(jobs().length).toBe(submitted);

    // The way out: pin a savepoint that exists.
    settings(['parallelism: 2', `restoreFrom: ${real!}`]);
    const pinned = JSON.parse((await t.plan(state, '--json')).stdout).changes[0];
    expect(pinned).toMatchObject({ action, restoreFrom: real });
    expect(pinned.refused).toBeUndefined();
    const back = await t.apply(state, '--health-grace', '0s');
    expect(back.code, back.stderr).toBe(0);
    expect(jobs().filter((j) => j.state === 'RUNNING')).toHaveLength(1);
    const after = JSON.parse((await t.plan(state, '--json')).stdout).changes[0];
    expect(after.action).toBe('none');
  });
});

// Real Flink 2.2.0: a recovery pinned to a checkpoint Flink had deleted failed (FileNotFoundException),
// apply said "to start without state, upgradeMode: stateless", and every later plan still refused the
// recovery (FO671) with upgradeMode: stateless set: a job with no savepoint left could not start again.
describe('a recovery whose restore point is gone, with upgradeMode: stateless', () => {
  const t = simRepo({ startMs: 100, savepointMs: 20, checkpointMs: 50 }, { adaptive: true });
  const jobs = () => t.sim.control.snapshot().jobs.filter((j) => j.name === 'shop.dev.totals');
  const settings = (lines: string[]) =>
    writeFileSync(join(t.repo, 'jobs/totals.yaml'), `${lines.join('\n')}\n`);

  it('starts the job without state instead of refusing it', async () => {
    const state = join(t.base, 'state.json');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    settings(['parallelism: 2', 'state: suspended']);
    const suspend = await t.apply(state, '--health-grace', '0s');
    const real = /savepoint (\S+savepoint-\S+)/.exec(suspend.stdout)?.[1];
    expect(real).toBeDefined();
    const gone = `${real!}-gone`;
    writeFileSync(state, readFileSync(state, 'utf8').replaceAll(real!, gone));
    settings(['parallelism: 2']);
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(1);
    const refused = JSON.parse((await t.plan(state, '--json')).stdout);
    const diag = refused.diagnostics.find((d: { code: string }) => d.code === 'FO671');
    expect(diag.detail).toContain(
      'or set upgradeMode: stateless in jobs/totals.yaml to start it without state',
    );

    settings(['parallelism: 2', 'upgradeMode: stateless']);
    const plan = JSON.parse((await t.plan(state, '--json')).stdout);
    const change = plan.changes.find((c: { job: string }) => c.job === 'totals');
    expect(change.action).toBe('recover');
    expect(change.refused).toBeUndefined();
    expect(change.restoreFrom).toBeUndefined();
    expect(change.reason).toMatch(/start without state \(upgradeMode: stateless\)/);
    const warned = plan.diagnostics.find((d: { code: string }) => d.code === 'FO671');
    expect(warned.summary).toMatch(/it starts without state \(upgradeMode: stateless\)$/);

    const back = await t.apply(state, '--health-grace', '0s');
    expect(back.code, back.stdout + back.stderr).toBe(0);
    const running = jobs().filter((j) => j.state === 'RUNNING');
    expect(running).toHaveLength(1);
    expect(JSON.parse((await t.plan(state, '--json')).stdout).changes[0].action).toBe('none');
  });
});
