/**
 * Batch jobs (`execution.runtime-mode: batch`) against the simulator: a run that ends FINISHED is
 * the job's success, not a failure to roll back; the next plan has nothing to do; a changed job
 * runs again without state; a failed run is reported with Flink's cause; removing a finished job
 * stops nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderApplyMarkdown } from '../action/report';
import type { DesiredJob } from '../src/compile/model';
import { restartHash } from '../src/compile/spec-hashes';
import { createFlinkClient, type HttpEvent } from '../src/flink';
import { observe } from '../src/observe';
import { diff } from '../src/plan';
import { parsePlanJson } from '../src/plan/plan-file';
import { renderApplyReport } from '../src/render';
import { renderPlanJson } from '../src/render/json';
import { analyzeScript } from '../src/sql';
import {
  advance,
  desiredJob,
  desiredState,
  ENV,
  type Harness,
  harness,
  type JobSpec,
  PROJECT,
} from './apply-harness.test';
import { liveState } from './plan-fixtures';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A harness job run in batch mode, as a `SET` line of its script (or its `config:`) says. */
function batchJob(s: JobSpec): DesiredJob {
  const j = desiredJob({ checkpointing: false, ...s });
  const script = `SET 'execution.runtime-mode' = 'batch';\n${j.script}`;
  return {
    ...j,
    script,
    statements: analyzeScript(script, j.sqlFile).statements,
    restartHash: restartHash(script, j.settings),
  };
}

/** The harness's client replaced by one that records every HTTP call it makes. */
function recordCalls(h: Harness): HttpEvent[] {
  const calls: HttpEvent[] = [];
  h.client = createFlinkClient({
    jobmanagerUrl: h.sim.jobmanagerUrl,
    sqlGatewayUrl: h.sim.gatewayUrl,
    clock: h.clock,
    onHttp: (e) => calls.push(e),
  });
  return calls;
}

function batchState(jobs: JobSpec[]) {
  return { ...desiredState([]), jobs: jobs.map(batchJob) };
}

describe('batch jobs', () => {
  it('counts a FINISHED run as success, plans nothing after it, and runs a changed job again', async () => {
    h = await harness();
    const desired = batchState([{ name: 'daily' }]);
    const plan = await h.plan(desired);
    const report = await h.apply(desired, { plan });
    expect(report.changes.map((c) => [c.action, c.outcome])).toEqual([['create', 'applied']]);
    const first = report.changes[0]!.newJobId!;
    expect(h.sim.control.snapshot().jobs.find((j) => j.jid === first)?.state).toBe('FINISHED');
    const rec = (await h.store.read()).doc.jobs.daily!;
    expect(rec.status).toBe('running');
    expect(rec.history.map((e) => e.action)).toEqual(['create', 'finished']);
    expect(rec.history[1]!.detail).toMatch(/^ran \d+\.\d s, finished /);
    // The report says how long the run took, in the terminal and in the Action's comment.
    const ran = `FINISHED after ${rec.history[1]!.detail!.match(/^ran (\S+) s/)![1]} s`;
    expect(renderApplyReport(report)).toContain(`job ${first}  ${ran}`);
    expect(renderApplyMarkdown(report, { project: 'p', env: 'e', commit: 'c'.repeat(40) })).toContain(
      `| <code>daily</code> | create | ✅ applied (${ran}) | <code>${first}</code> | — |`,
    );
    expect(h.events.some((e) => e.type === 'rollback-started')).toBe(false);

    const again = await h.plan(desired);
    expect(again.changes.map((c) => [c.action, c.reason])).toEqual([
      ['none', expect.stringMatching(`^batch job: its run \\(job ${first}\\) FINISHED at `)],
    ]);
    expect(again.diagnostics).toEqual([]);

    const changed = batchState([{ name: 'daily', version: 2 }]);
    const p2 = await h.plan(changed);
    expect(p2.changes.map((c) => [c.action, c.action === 'upgrade' ? c.strategy : ''])).toEqual([
      ['upgrade', 'stateless'],
    ]);
    const r2 = await h.apply(changed, { plan: p2 });
    expect(r2.changes.map((c) => [c.action, c.outcome])).toEqual([['upgrade', 'applied']]);
    expect(r2.changes[0]!.newJobId).not.toBe(first);
    expect(r2.changes[0]!.savepoint).toBeUndefined();
    expect((await h.plan(changed)).changes.map((c) => c.action)).toEqual(['none']);

    // The next day's run, unchanged: --replace runs it again (nothing to restart otherwise).
    const p3 = await h.plan(changed, { replace: ['daily'] });
    expect(p3.changes.map((c) => [c.action, c.reason])).toEqual([
      ['upgrade', expect.stringMatching(/^batch job run again on request \(--replace\)/)],
    ]);
    expect(p3.diagnostics).toEqual([]);
    const r3 = await h.apply(changed, { plan: p3 });
    expect(r3.changes.map((c) => [c.action, c.outcome])).toEqual([['upgrade', 'applied']]);
    expect(r3.changes[0]!.newJobId).not.toBe(r2.changes[0]!.newJobId);

    // Removed from the repository: nothing to stop, no savepoint asked of a finished job.
    const removal = await h.plan(batchState([]), { allowDelete: true });
    expect(removal.changes[0]!.reason).toMatch(
      /has ended \(FINISHED\), nothing to stop: its record is retired/,
    );
    const d = await h.apply(batchState([]), { allowDelete: true, plan: removal });
    expect(d.changes.map((c) => [c.action, c.outcome, c.savepoint])).toEqual([
      ['delete', 'applied', undefined],
    ]);
  });

  it('reports a failed batch run with its cause, rolls nothing back, and runs it again on the next apply', async () => {
    h = await harness();
    const calls = recordCalls(h);
    const desired = batchState([{ name: 'daily' }]);
    h.sim.control.faults.jobFailsAfterMs = 500;
    const report = await h.apply(desired);
    // The run already FAILED: no cancel asked of it (Flink logs an ERROR for each such request).
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([]);
    expect(report.changes.map((c) => [c.action, c.outcome])).toEqual([['create', 'failed']]);
    expect(report.changes[0]!.error).toMatch(/is FAILED: .*Simulated failure/);
    expect(report.diags.map((d) => d.summary)).toContainEqual(
      expect.stringMatching(/^batch job daily did not finish: job \S+ is FAILED: /),
    );
    // What to do, for the Action's "What went wrong": the batch advice, not "run it again".
    expect(report.changes[0]!.fix).toBe(
      "Flink's exception says why. Fix the query or its data, then apply again: a failed batch run is run again by the next apply (plan: recover).",
    );
    expect(renderApplyMarkdown(report, { project: 'p', env: 'e', commit: 'c'.repeat(40) })).toContain(
      "- **<code>daily</code>** (create): not rolled back: Flink's exception says why. Fix the query or its data",
    );
    h.sim.control.faults.jobFailsAfterMs = null;
    const plan = await h.plan(desired);
    expect(plan.changes.map((c) => [c.action, c.reason])).toEqual([
      ['recover', 'recorded as failed by an earlier apply: run the batch job again (it keeps no state)'],
    ]);
    // A batch job starts without state every time: no warning that it does.
    expect(plan.diagnostics.map((d) => d.code)).toEqual([]);
    const r = await h.apply(desired, { plan });
    expect(r.changes.map((c) => [c.action, c.outcome])).toEqual([['recover', 'applied']]);
    await h.client.close();
  });

  it('runs a scheduled batch job once per window: suspended quietly after it, run again when it opens', async () => {
    h = await harness();
    const schedule = { timezone: 'UTC', windows: [{ start: '0 2 * * *', stop: '0 3 * * *' }] };
    const desired = batchState([{ name: 'nightly', settings: { schedule } }]);
    const first = await h.apply(desired, { plan: await h.plan(desired, { now: '2026-01-05T02:10:00Z' }) });
    expect(first.changes.map((c) => [c.action, c.outcome])).toEqual([['create', 'applied']]);

    const closed = await h.plan(desired, { now: '2026-01-05T03:10:00Z' });
    expect(closed.changes.map((c) => [c.action, c.reason])).toEqual([
      ['suspend', expect.stringMatching(/its batch run \(job \S+\) FINISHED: nothing to stop/)],
    ]);
    const s = await h.apply(desired, { plan: closed });
    expect(s.changes.map((c) => [c.action, c.outcome])).toEqual([['suspend', 'applied']]);
    // Checkpointing is off in a batch job: Flink's 404 for its checkpoints is nothing to warn about.
    expect(s.diags).toEqual([]);

    const open = await h.plan(desired, { now: '2026-01-06T02:10:00Z' });
    expect(open.changes.map((c) => [c.action, c.reason])).toEqual([
      ['resume', expect.stringMatching(/: run the batch job \(it keeps no state\)$/)],
    ]);
    expect(open.diagnostics).toEqual([]);
    const r = await h.apply(desired, { plan: open });
    expect(r.changes.map((c) => [c.action, c.outcome])).toEqual([['resume', 'applied']]);
    expect(r.changes[0]!.newJobId).not.toBe(first.changes[0]!.newJobId);
    expect((await h.plan(desired, { now: '2026-01-06T02:40:00Z' })).changes.map((c) => c.action)).toEqual([
      'none',
    ]);
  });

  it('finishes the record of a run an interrupted apply stopped watching: waits for it, or records its end', async () => {
    h = await harness({ timing: { batchRunMs: 60_000 } });
    const desired = batchState([{ name: 'slow' }]);
    for (const finishedMeanwhile of [false, true]) {
      const stop = new AbortController();
      const plan = await h.plan(desired, finishedMeanwhile ? { replace: ['slow'] } : {});
      const cut = await h.apply(desired, {
        plan,
        stop: stop.signal,
        onEvent: (e) => {
          if (e.type === 'step-started' && e.step.kind === 'await-finished') stop.abort('SIGINT');
        },
      });
      expect(cut.changes.map((c) => c.outcome)).toEqual(['interrupted']);
      const jid = cut.changes[0]!.newJobId!;
      expect(cut.changes[0]!.error).toBe(`apply was interrupted before the batch run of job ${jid} finished`);
      if (finishedMeanwhile) advance(h, 65_000);
      const next = await h.plan(desired);
      expect(next.changes.map((c) => [c.action, c.reason])).toEqual([
        [
          'none',
          finishedMeanwhile
            ? expect.stringMatching(
                `^batch job: its run \\(job ${jid}\\) FINISHED at \\S+; apply records it$`,
              )
            : 'batch job running the repo’s spec: apply waits until it has FINISHED and records the run',
        ],
      ]);
      expect(next.diagnostics.map((d) => d.summary)).toEqual(
        finishedMeanwhile ? [] : ['Batch job slow has not finished its run'],
      );
      const done = await h.apply(desired, { plan: next });
      expect(done.changes.map((c) => [c.action, c.outcome, c.did])).toEqual([['none', 'applied', 'verify']]);
      const rec = (await h.store.read()).doc.jobs.slow!;
      expect(rec.history.at(-1)).toMatchObject({ action: 'finished', jobId: jid });
      expect((await h.plan(desired)).changes.map((c) => c.reason)).toEqual([
        expect.stringMatching(/^batch job: its run \(job \S+\) FINISHED at \S+$/),
      ]);
    }
  });

  it('cancels a batch run that outlives --batch-timeout, and says how to give it more time', async () => {
    h = await harness({ timing: { batchRunMs: 60_000 } });
    const desired = batchState([{ name: 'slow' }]);
    const r = await h.apply(desired, { timing: { batchTimeoutMs: 5_000 } });
    expect(r.changes.map((c) => [c.action, c.outcome])).toEqual([['create', 'failed']]);
    expect(r.changes[0]!.error).toMatch(
      /^run of batch job \S+ did not finish within 5 s \(\d+ checks\); it was still RUNNING$/,
    );
    expect(r.diags.map((d) => d.detail)).toContainEqual(expect.stringContaining('apply --batch-timeout'));
    const jid = r.changes[0]!.newJobId!;
    expect(h.sim.control.snapshot().jobs.find((j) => j.jid === jid)?.state).toBe('CANCELED');

    // The same when the apply finishes the wait of a run an interrupted apply left (a `none` change).
    const stop = new AbortController();
    const cut = await h.apply(desired, {
      plan: await h.plan(desired),
      stop: stop.signal,
      onEvent: (e) => {
        if (e.type === 'step-started' && e.step.kind === 'await-finished') stop.abort('SIGINT');
      },
    });
    const left = cut.changes[0]!.newJobId!;
    const verify = await h.plan(desired);
    expect(verify.changes.map((c) => [c.action, c.action === 'none' ? c.verify?.jobId : ''])).toEqual([
      ['none', left],
    ]);
    const v = await h.apply(desired, { plan: verify, timing: { batchTimeoutMs: 5_000 } });
    expect(v.changes.map((c) => [c.action, c.outcome])).toEqual([['none', 'failed']]);
    expect(v.changes[0]!.fix).toMatch(/^It was still running when the wait ended and is cancelled\./);
    expect(h.sim.control.snapshot().jobs.find((j) => j.jid === left)?.state).toBe('CANCELED');
  });

  it('runs a batch job changed while its run goes on again: cancelled, no savepoint asked of it', async () => {
    h = await harness({ timing: { batchRunMs: 60_000 } });
    const v1 = batchState([{ name: 'slow' }]);
    const created = await h.plan(v1);
    expect(created.changes.map((c) => c.reason)).toEqual([
      'new batch job: apply runs it once and waits until it has FINISHED',
    ]);
    const stop = new AbortController();
    await h.apply(v1, {
      plan: created,
      stop: stop.signal,
      onEvent: (e) => {
        if (e.type === 'step-started' && e.step.kind === 'await-finished') stop.abort('SIGINT');
      },
    });
    const v2 = batchState([{ name: 'slow', version: 2 }]);
    const plan = await h.plan(v2);
    expect(plan.changes.map((c) => [c.action, c.action === 'upgrade' ? c.strategy : ''])).toEqual([
      ['upgrade', 'stateless'],
    ]);
    const r = await h.apply(v2, { plan });
    expect(r.changes.map((c) => [c.action, c.outcome, c.savepoint])).toEqual([
      ['upgrade', 'applied', undefined],
    ]);
    expect(h.events.some((e) => e.type === 'step-started' && e.step.kind === 'stop-with-savepoint')).toBe(
      false,
    );
  });

  it('cancels a batch run still going that is removed, suspended by its window or rescaled: no savepoint asked of it', async () => {
    h = await harness({ timing: { batchRunMs: 600_000 } });
    const schedule = { timezone: 'UTC', windows: [{ start: '0 2 * * *', stop: '0 3 * * *' }] };
    const v1 = batchState([{ name: 'gone' }, { name: 'nightly', settings: { schedule } }, { name: 'wide' }]);
    const stop = new AbortController();
    let started = 0;
    await h.apply(v1, {
      plan: await h.plan(v1, { now: '2026-01-05T02:10:00Z' }),
      stop: stop.signal,
      onEvent: (e) => {
        if (e.type === 'step-started' && e.step.kind === 'await-finished' && ++started === 3)
          stop.abort('SIGINT');
      },
    });
    const ids = Object.fromEntries(
      Object.entries((await h.store.read()).doc.jobs).map(([k, r]) => [k, r.current!.jobId]),
    );
    const v2 = batchState([
      { name: 'nightly', settings: { schedule } },
      { name: 'wide', parallelism: 3 },
    ]);
    const plan = await h.plan(v2, { now: '2026-01-05T03:10:00Z', allowDelete: true });
    expect(plan.changes.map((c) => [c.job, c.action, c.reason])).toEqual([
      [
        'gone',
        'delete',
        'removed from the repo: cancel its batch run (a batch job keeps no savepoint) (allowed by --allow-delete)',
      ],
      [
        'nightly',
        'suspend',
        expect.stringMatching(/: cancel its batch run \(a batch job keeps no savepoint\)$/),
      ],
      ['wide', 'upgrade', 'parallelism 2 → 3: the batch run is cancelled and runs again'],
    ]);
    // A plan saved with --out keeps the mark (the file is held to schemas/plan.schema.json).
    const saved = parsePlanJson(renderPlanJson(plan));
    expect(saved.diags).toEqual([]);
    expect(saved.value?.changes.map((c) => c.batch)).toEqual([true, true, undefined]);
    const offline = diff(v2, liveState([], { observed: false }), await h.store.read(), {
      allowDelete: true,
      commit: 'c0ffee',
    });
    expect(offline.changes.find((c) => c.job === 'gone')?.reason).toBe(
      'removed from the repo: cancel its batch run if it still runs (a batch job keeps no savepoint) (allowed by --allow-delete)',
    );
    const r = await h.apply(v2, { plan, allowDelete: true });
    expect(r.changes.map((c) => [c.job, c.action, c.outcome, c.savepoint])).toEqual([
      ['gone', 'delete', 'applied', undefined],
      ['nightly', 'suspend', 'applied', undefined],
      ['wide', 'upgrade', 'applied', undefined],
    ]);
    const jobs = h.sim.control.snapshot().jobs;
    for (const name of ['gone', 'nightly', 'wide'])
      expect([name, jobs.find((j) => j.jid === ids[name])?.state]).toEqual([name, 'CANCELED']);
    const wide = h.sim.control.snapshot().jobs.find((j) => j.jid === r.changes[2]!.newJobId);
    expect([wide?.state, wide?.parallelism]).toEqual(['FINISHED', 3]);
    expect(h.events.some((e) => e.type === 'step-started' && e.step.kind === 'stop-with-savepoint')).toBe(
      false,
    );
  });

  it('asks no resource requirements of a running batch job: its scheduler answers 500 to each, retried for seconds', async () => {
    h = await harness({ version: '1.20', timing: { batchRunMs: 600_000 } });
    const desired = batchState([{ name: 'slow' }]);
    const stop = new AbortController();
    await h.apply(desired, {
      stop: stop.signal,
      onEvent: (e) => {
        if (e.type === 'step-started' && e.step.kind === 'await-finished') stop.abort('SIGINT');
      },
    });
    const calls = recordCalls(h);
    advance(h, 10_000);
    const live = await observe(h.client, { project: PROJECT, env: ENV, clock: h.clock });
    // As on real 1.20.3: a batch job, its sink stage CREATED while its source runs.
    expect(live.value.jobs.map((j) => [j.name, j.state, j.batch, j.vertices.map((v) => v.status)])).toEqual([
      ['shop.prod.slow', 'RUNNING', true, ['RUNNING', 'CREATED']],
    ]);
    expect(calls.filter((c) => c.path.endsWith('/resource-requirements'))).toEqual([]);
    expect(calls.filter((c) => (c.status ?? 0) >= 500)).toEqual([]);
    await h.client.close();
  });
  it('takes a FINISHED run an older flinkops recorded as a failed create for the success it was: no second run', async () => {
    h = await harness();
    const desired = batchState([{ name: 'daily' }]);
    const report = await h.apply(desired, { plan: await h.plan(desired) });
    const first = report.changes[0]!.newJobId!;
    // What flinkops before 1584e3f0 wrote (real store of 9a53e925 after apply on Flink 1.20.3):
    // the FINISHED run called unhealthy, the job recorded as failed, no last stable version.
    const read = await h.store.read();
    const rec = read.doc.jobs.daily!;
    const old = {
      ...rec,
      status: 'failed' as const,
      history: [
        rec.history[0]!,
        {
          time: rec.history[1]!.time,
          action: 'create-failed' as const,
          jobId: first,
          detail: `job ${first} is FINISHED`,
        },
      ],
    };
    delete old.lastStable;
    await h.store.write({ ...read.doc, jobs: { daily: old } }, read.version, {
      message: 'flinkops 9a53e925',
    });

    const plan = await h.plan(desired);
    expect(plan.changes.map((c) => [c.action, c.reason])).toEqual([
      [
        'none',
        expect.stringMatching(`^batch job: its run \\(job ${first}\\) FINISHED at \\S+; apply records it$`),
      ],
    ]);
    const again = await h.apply(desired, { plan });
    expect(again.changes.map((c) => [c.action, c.outcome])).toEqual([['none', 'applied']]);
    expect(h.sim.control.snapshot().jobs.filter((j) => j.state === 'FINISHED')).toHaveLength(1);
    const now = (await h.store.read()).doc.jobs.daily!;
    expect([now.status, now.lastStable?.jobId, now.history.at(-1)?.action]).toEqual([
      'running',
      first,
      'finished',
    ]);
    expect((await h.plan(desired)).changes.map((c) => [c.action, c.reason])).toEqual([
      ['none', expect.stringMatching(`^batch job: its run \\(job ${first}\\) FINISHED at \\S+$`)],
    ]);
  });
});

describe('a batch job whose run FINISHED, suspended by hand and set running again', () => {
  it('stops nothing, records nothing, and does not run again unless --replace asks', async () => {
    h = await harness();
    const running = batchState([{ name: 'daily' }]);
    const first = await h.apply(running, { plan: await h.plan(running) });
    expect(first.changes.map((c) => [c.action, c.outcome])).toEqual([['create', 'applied']]);
    const suspended = batchState([{ name: 'daily', settings: { state: 'suspended' } }]);
    const s = await h.plan(suspended);
    expect(s.changes.map((c) => [c.action, c.reason])).toEqual([
      [
        'none',
        expect.stringMatching(/FINISHED: nothing to stop \(set back to running it does not run again/),
      ],
    ]);
    await h.apply(suspended, { plan: s });
    // Set running again (maintenance over): the version it asks for has run.
    expect((await h.plan(running)).changes.map((c) => c.action)).toEqual(['none']);
    const jobs = h.sim.control.snapshot().jobs;
    expect(jobs.map((j) => j.state)).toEqual(['FINISHED']);
    const again = await h.plan(running, { replace: ['daily'] });
    expect(again.changes.map((c) => [c.action, c.action === 'upgrade' && c.strategy])).toEqual([
      ['upgrade', 'stateless'],
    ]);
  });
});
