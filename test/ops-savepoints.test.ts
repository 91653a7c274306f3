/**
 * Savepoint management end to end through the CLI commands against the simulator, on one
 * fake clock shared by the simulator, the client and the commands: periodic savepoints,
 * retention, manual savepoints, the history list, failures, and restoreFrom.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listSavepoints, retentionLimits } from '../src/engine/savepoints-retention';
import { retention } from '../src/engine/savepoints-run';
import { newTriggerId } from '../src/flink';
import { renderSavepointList } from '../src/render/savepoints';
import { DISPOSED_SAVEPOINTS_LIMIT, type JobRecord, type StateDoc } from '../src/state';
import { APPLY, HOUR, type Ops, ops, project, T0, write } from './ops-savepoints-support';

let o: Ops | undefined;
afterEach(async () => {
  await o?.close();
  o = undefined;
});

const iso = (t: number) => new Date(t).toISOString();

/** Moves the shared clock to `t` and runs `savepoints run --now t --json`. */
async function runAt(x: Ops, t: number) {
  if (x.clock.now() < t) x.advance(t - x.clock.now());
  const r = await x.run('savepoints', ['run', '--now', iso(t), '--json']);
  return {
    ...r,
    report: JSON.parse(r.stdout) as {
      jobs: {
        job: string;
        outcome: string;
        savepoint?: string;
        disposed: string[];
        retained: { path: string }[];
      }[];
    },
  };
}

const live = (x: Ops, path: string) => x.sim.control.snapshot().savepoints.find((s) => s.path === path);

describe('flinkops savepoints run (every 6h, keep 2)', () => {
  it('takes one per job when due, none before, disposes of the oldest beyond keep; reruns do nothing', async () => {
    o = await ops(project('parallelism: 2\nsavepoints: { every: 6h, keep: 2 }\n'));
    expect((await o.run('apply', APPLY)).code).toBe(0);

    // t0: nothing recorded yet, so both jobs are due.
    const first = await runAt(o, T0 + 60_000);
    expect(first.code).toBe(0);
    expect(first.report.jobs.map((j) => [j.job, j.outcome])).toEqual([
      ['counts', 'taken'],
      ['totals', 'taken'],
    ]);
    const sp1 = first.report.jobs.find((j) => j.job === 'totals')!.savepoint!;
    let doc = o.state();
    expect(doc.jobs.totals!.savepoints).toEqual([
      expect.objectContaining({ path: sp1, kind: 'periodic', specHash: doc.jobs.totals!.current!.specHash }),
    ]);
    expect(doc.jobs.totals!.pending).toBeUndefined();
    expect(doc.jobs.totals!.history.at(-1)).toMatchObject({ action: 'savepoint', savepoint: sp1 });
    expect(live(o, sp1)).toMatchObject({ kind: 'savepoint', disposed: false });

    // The same instant again: idempotent, the store is not written.
    const before = o.stateFile();
    const again = await o.run('savepoints', ['run', '--now', iso(T0 + 60_000), '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).jobs.map((j: { outcome: string }) => j.outcome)).toEqual([
      'not-due',
      'not-due',
    ]);
    expect(o.stateFile()).toBe(before);

    // An hourly schedule: t0+1h and t0+5h are not due.
    for (const h of [1, 5]) {
      const early = await runAt(o, T0 + h * HOUR + 60_000);
      expect(early.report.jobs.map((j) => j.outcome)).toEqual(['not-due', 'not-due']);
    }
    expect(o.state().jobs.totals!.savepoints).toHaveLength(1);

    // t0+6h+1m: due again — exactly 6h after the last run, although that savepoint completed a
    // little after its run started (the schedule does not slip). Two savepoints fit keep: 2.
    const second = await runAt(o, T0 + 6 * HOUR + 60_000);
    expect(second.report.jobs.map((j) => j.outcome)).toEqual(['taken', 'taken']);
    expect(second.report.jobs.every((j) => j.disposed.length === 0)).toBe(true);

    // t0+12h+1m: a third one; the oldest goes, on the cluster and in the store.
    const third = await runAt(o, T0 + 12 * HOUR + 60_000);
    const totals = third.report.jobs.find((j) => j.job === 'totals')!;
    expect(totals.outcome).toBe('taken');
    expect(totals.disposed).toEqual([sp1]);
    expect(live(o, sp1)?.disposed).toBe(true);
    doc = o.state();
    expect(doc.jobs.totals!.savepoints.map((s) => s.disposed === true)).toEqual([true, false, false]);
    expect(doc.jobs.totals!.history.at(-1)).toMatchObject({ action: 'dispose', savepoint: sp1 });

    // The text report says the same.
    const text = await o.run('savepoints', ['run', '--now', iso(T0 + 12 * HOUR + 60_000)]);
    expect(text.stdout).toContain('0 taken, 0 disposed, 0 failed.');
    expect(text.stdout).toMatch(/totals\s+not due/);
  });

  it('keeps the store bounded: only the newest 100 disposed savepoints of a job stay recorded', async () => {
    o = await ops(project('parallelism: 2\nsavepoints: { every: 1h, keep: 2 }\n'));
    expect((await o.run('apply', APPLY)).code).toBe(0);
    const runs = DISPOSED_SAVEPOINTS_LIMIT + 12;
    const sizes: number[] = [];
    let firstDisposed: string | undefined;
    for (let i = 1; i <= runs; i++) {
      const r = await runAt(o, T0 + i * HOUR + 60_000);
      expect(r.code).toBe(0);
      firstDisposed ??= r.report.jobs.find((j) => j.job === 'totals')!.disposed[0];
      sizes.push(JSON.stringify(o.state().jobs.totals).length);
    }
    const totals = o.state().jobs.totals!;
    // Two restorable (keep: 2) and the newest 100 disposed; the oldest disposed ones are gone.
    expect(totals.savepoints.filter((s) => !s.disposed)).toHaveLength(2);
    expect(totals.savepoints.filter((s) => s.disposed)).toHaveLength(DISPOSED_SAVEPOINTS_LIMIT);
    expect(totals.savepoints.some((s) => s.path === firstDisposed)).toBe(false);
    // Once the bound is reached, more savepoints do not grow the job's record.
    expect(sizes.at(-1)!).toBe(sizes.at(-6)!);
    const list = await o.run('savepoints', ['list', 'totals']);
    expect(list.stdout).toContain(
      `${DISPOSED_SAVEPOINTS_LIMIT + 2} savepoints of totals: 2 restorable, ${DISPOSED_SAVEPOINTS_LIMIT} disposed.`,
    );
  });

  it('never disposes of the savepoint the last stable version was started from', async () => {
    o = await ops(project('parallelism: 2\nsavepoints: { every: 6h, keep: 1 }\n'));
    expect((await o.run('apply', APPLY)).code).toBe(0);
    // An upgrade: the new version starts from the upgrade savepoint (its rollback target).
    write(
      o.dir,
      'jobs/totals.sql',
      'INSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total\nFROM orders\nWHERE amount > 0\nGROUP BY customer_id;\n',
    );
    write(
      o.dir,
      'jobs/totals.yaml',
      'parallelism: 2\nallowNonRestoredState: true\nsavepoints: { every: 6h, keep: 1 }\n',
    );
    const up = await o.run('apply', APPLY);
    expect(up.code).toBe(0);
    const doc = o.state();
    const stable = doc.jobs.totals!.lastStable!.restoredFrom!;
    expect(doc.jobs.totals!.savepoints.map((s) => [s.path, s.kind])).toEqual([[stable, 'upgrade']]);

    // Any savepoint counts for `every`: the upgrade's was just taken, so none is due yet.
    expect((await runAt(o, T0 + HOUR)).report.jobs.find((j) => j.job === 'totals')!.outcome).toBe('not-due');
    // keep: 1 would drop the upgrade savepoint once a periodic one exists: it is kept.
    const r = await runAt(o, T0 + 6 * HOUR + 60_000);
    const totals = r.report.jobs.find((j) => j.job === 'totals')!;
    expect(totals.outcome).toBe('taken');
    expect(totals.disposed).toEqual([]);
    expect(totals.retained.map((x) => x.path)).toEqual([stable]);
    expect(live(o, stable)?.disposed).toBe(false);
    expect(o.state().jobs.totals!.savepoints.every((s) => !s.disposed)).toBe(true);

    // Another round: the first periodic one goes, the rollback target stays.
    const next = await runAt(o, T0 + 12 * HOUR + 120_000);
    const t2 = next.report.jobs.find((j) => j.job === 'totals')!;
    expect(t2.disposed).toEqual([totals.savepoint]);
    expect(t2.retained.map((x) => x.path)).toEqual([stable]);
  });

  it('a version started without state (re-created after its deletion) gets its first periodic savepoint at once', async () => {
    o = await ops(project('parallelism: 2\nsavepoints: { every: 6h, keep: 2 }\n'));
    expect((await o.run('apply', APPLY)).code).toBe(0);
    const totals = readFileSync(join(o.dir, 'jobs/totals.sql'), 'utf8');
    const settings = readFileSync(join(o.dir, 'jobs/totals.yaml'), 'utf8');
    rmSync(join(o.dir, 'jobs/totals.sql'));
    rmSync(join(o.dir, 'jobs/totals.yaml'));
    expect((await o.run('apply', [...APPLY, '--allow-delete'])).code).toBe(0);
    const final = o.state().jobs.totals!.savepoints.at(-1)!;
    expect(final.kind).toBe('delete');
    // Added again without restoreFrom: created without state, an hour later.
    o.advance(HOUR);
    write(o.dir, 'jobs/totals.sql', totals);
    write(o.dir, 'jobs/totals.yaml', settings);
    expect((await o.run('apply', APPLY)).code).toBe(0);
    expect(o.state().jobs.totals!.current!.restoredFrom).toBeUndefined();

    // The deleted job's final savepoint is not the new one's: this job has none, so it is due.
    const r = await runAt(o, o.clock.now() + 60_000);
    const row = r.report.jobs.find((j) => j.job === 'totals')!;
    expect(row.outcome).toBe('taken');
    expect(row.savepoint).not.toBe(final.path);
    expect((await runAt(o, o.clock.now() + HOUR)).report.jobs.find((j) => j.job === 'totals')!.outcome).toBe(
      'not-due',
    );
  });

  it('a failed savepoint is reported, records nothing, and exits 1', async () => {
    o = await ops(project('parallelism: 2\nsavepoints: { every: 6h, keep: 2 }\n'));
    expect((await o.run('apply', APPLY)).code).toBe(0);
    o.sim.control.faults.savepointFails = 'all';
    const before = o.state();
    const r = await o.run('savepoints', ['run']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/totals\s+FAILED\s+CheckpointException: Failure to finalize checkpoint/);
    expect(r.stderr).toContain('FO703');
    const after = o.state();
    for (const job of ['totals', 'counts']) {
      expect(after.jobs[job]!.savepoints).toEqual(before.jobs[job]!.savepoints);
      expect(after.jobs[job]!.pending).toBeUndefined();
      expect(after.jobs[job]!.history.at(-1)).toMatchObject({ action: 'savepoint-failed' });
    }
    // Once the cluster is fine again, the next run takes them.
    o.sim.control.faults.savepointFails = 0;
    const ok = await o.run('savepoints', ['run', '--json']);
    expect(ok.code).toBe(0);
    expect(o.state().jobs.totals!.savepoints).toHaveLength(1);
  });
});

describe('flinkops savepoints run: a disposal Flink fails', () => {
  it('is reported under its job in the text and JSON reports, keeps the savepoint, and is tried again', async () => {
    // Real Flink 2.2, a savepoint file the JobManager may not delete: the disposal fails with this.
    let refuse = true;
    o = await ops(project('parallelism: 2\nsavepoints: { keep: 1 }\n'), (c) => ({
      ...c,
      getDisposalStatus: async (id) =>
        refuse
          ? {
              ok: true,
              value: {
                state: 'failed',
                cause: "IOException: Unknown error caused the file '_metadata' to not be deleted.",
                causes: [],
              },
            }
          : c.getDisposalStatus(id),
    }));
    expect((await o.run('apply', APPLY)).code).toBe(0);
    const first = await o.run('savepoint', ['totals']);
    o.advance(60_000);
    expect((await o.run('savepoint', ['totals'])).code).toBe(0);
    const old = first.stdout.trim();

    const text = await o.run('savepoints', ['run']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      new RegExp(
        `totals\\s+keep only .*\\n\\s+FAILED\\s+disposal of ${old} \\(still restorable; the next run tries again\\)`,
      ),
    );
    expect(text.stdout).toContain('1 taken, 0 disposed, 0 failed, 1 disposal failed.');
    expect(text.stderr).toContain(`FO721: disposing of savepoint ${old} of job totals failed`);

    const json = await o.run('savepoints', ['run', '--json']);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(doc.jobs.find((j: { job: string }) => j.job === 'totals')).toMatchObject({
      disposed: [],
      disposalFailed: [old],
    });
    expect(doc.diagnostics.map((d: { code: string }) => d.code)).toEqual(['FO721']);
    expect(doc).not.toHaveProperty('diags');
    expect(o.state().jobs.totals!.savepoints.find((x) => x.path === old)?.disposed).toBeFalsy();

    refuse = false;
    const again = await o.run('savepoints', ['run', '--json']);
    expect(again.code).toBe(0);
    const totals = JSON.parse(again.stdout).jobs.find((j: { job: string }) => j.job === 'totals');
    expect(totals.disposed).toEqual([old]);
    expect(totals).not.toHaveProperty('disposalFailed');
  });
});

describe('flinkops savepoint JOB and savepoints list', () => {
  it('takes a manual savepoint, prints its path, and lists the history with kind, spec, size and disposal', async () => {
    o = await ops(project('parallelism: 2\nsavepoints: { every: 6h, keep: 1 }\n'));
    expect((await o.run('apply', APPLY)).code).toBe(0);
    const periodic = await runAt(o, T0 + 60_000);
    const first = periodic.report.jobs.find((j) => j.job === 'totals')!.savepoint!;

    o.advance(HOUR);
    const m = await o.run('savepoint', ['totals']);
    expect(m.code).toBe(0);
    const manual = m.stdout.trim();
    expect(manual).toMatch(/^file:\/tmp\/flinkops-sim\/savepoints\/savepoint-/);
    expect(o.state().jobs.totals!.savepoints.at(-1)).toMatchObject({ path: manual, kind: 'manual' });
    expect(
      o.sim.control.snapshot().jobs.find((j) => j.name === 'shop.dev.totals' && j.state === 'RUNNING'),
    ).toBeDefined();

    // keep: 1 — the next periodic run disposes of the first; the manual one goes the round after.
    o.advance(6 * HOUR);
    const later = await o.run('savepoints', ['run', '--json']);
    expect(JSON.parse(later.stdout).jobs.find((j: { job: string }) => j.job === 'totals').disposed).toEqual([
      first,
      manual,
    ]);

    const list = await o.run('savepoints', ['list', 'totals', '--json']);
    expect(list.code).toBe(0);
    const entries = JSON.parse(list.stdout).savepoints as {
      path: string;
      kind: string;
      disposed: boolean;
      matchesCurrentSpec: boolean;
      sizeBytes?: number;
      ageMs: number;
      protected?: string;
    }[];
    expect(entries.map((e) => [e.kind, e.disposed])).toEqual([
      ['periodic', false],
      ['manual', true],
      ['periodic', true],
    ]);
    expect(entries.every((e) => e.matchesCurrentSpec)).toBe(true);
    expect(entries[0]!.sizeBytes).toBe(1024);
    expect(entries[0]!.protected).toBe('the newest restore point');
    expect(entries[2]!.ageMs).toBeGreaterThan(7 * HOUR - 60_000);
    // The release that wrote each: recorded the moment it completed, and listed.
    expect(o.state().jobs.totals!.savepoints.map((s) => s.flinkVersion)).toEqual(['1.20', '1.20', '1.20']);
    expect(entries.map((e) => (e as { flinkVersion?: string }).flinkVersion)).toEqual([
      '1.20',
      '1.20',
      '1.20',
    ]);

    const text = await o.run('savepoints', ['list', 'totals']);
    expect(text.stdout).toMatch(/TIME\s+AGE\s+KIND\s+SPEC\s+FLINK\s+SIZE\s+STATUS\s+PATH/);
    expect(text.stdout).toMatch(/periodic\s+[0-9a-f]{12} \(current\)\s+1\.20\s+1\.0 KiB\s+kept/);
    expect(text.stdout).toMatch(/manual\s+[0-9a-f]{12} \(current\)\s+1\.20\s+-\s+disposed\s+file:/);
    expect(text.stdout).toContain('3 savepoints of totals: 1 restorable, 2 disposed.');
  });

  it('takes savepoints of an adopted job (running without labels), manual and periodic', async () => {
    o = await ops(project('parallelism: 2\n'));
    // Started by hand under the managed name, without flinkops labels: apply adopts it.
    const jid = o.sim.control.seedJob({ name: 'shop.dev.counts', parallelism: 1 });
    const adopted = await o.run('apply', APPLY);
    expect(adopted.code).toBe(0);
    expect(adopted.stdout).toMatch(/counts\s+adopt\s+applied/);
    expect(o.state().jobs.counts!.current?.jobId).toBe(jid);

    const m = await o.run('savepoint', ['counts']);
    expect(m.stderr).not.toContain('FO720');
    expect(m.code).toBe(0);
    expect(o.state().jobs.counts!.savepoints.at(-1)).toMatchObject({ path: m.stdout.trim(), kind: 'manual' });

    const periodic = await runAt(o, o.clock.now() + 7 * HOUR);
    expect(periodic.report.jobs.find((j) => j.job === 'counts')).toMatchObject({ outcome: 'taken' });
  });

  it('says a job started by hand under the managed name runs but is not managed yet, not that it is not running', async () => {
    o = await ops(project('parallelism: 2\n'));
    const jid = o.sim.control.seedJob({ name: 'shop.dev.counts', parallelism: 1 });
    const r = await o.run('savepoint', ['counts']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `FO720: job counts runs on the cluster as ${jid} (shop.dev.counts), but flinkops does not manage it yet`,
    );
    expect(r.stderr).toContain('flinkops apply adopts it without a restart');
    expect(r.stderr).not.toContain('not running');
    expect(o.sim.control.snapshot().savepoints).toEqual([]);

    const restarting = o.sim.control.seedJob({
      name: 'shop.dev.totals',
      parallelism: 1,
      state: 'RESTARTING',
    });
    const t = await o.run('savepoint', ['totals']);
    expect(t.code).toBe(1);
    expect(t.stderr).toContain(
      `FO720: job totals is not running on the cluster (${restarting} is RESTARTING)`,
    );
  });

  it('says a suspended job has no running job to take a savepoint of, and which one it resumes from', async () => {
    o = await ops(project('parallelism: 2\n'));
    expect((await o.run('apply', APPLY)).code).toBe(0);
    write(o.dir, 'jobs/totals.yaml', 'parallelism: 2\nstate: suspended\n');
    expect((await o.run('apply', APPLY)).code).toBe(0);
    const sp = o.state().jobs.totals!.savepoints.at(-1)!;
    expect(sp.kind).toBe('suspend');
    const r = await o.run('savepoint', ['totals']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'FO720: job totals is suspended: there is no running job to take a savepoint of',
    );
    expect(r.stderr).toContain(`resumes from it: ${sp.path} (suspend, ${sp.time};`);
  });

  it('says a batch job has no savepoints (not that it is not running), by hand and in a run', async () => {
    o = await ops(
      project('parallelism: 2\n', {
        'jobs/nightly.sql':
          "SET 'execution.runtime-mode' = 'batch';\nINSERT INTO order_counts\nSELECT customer_id, COUNT(*) AS n\nFROM orders\nGROUP BY customer_id;\n",
        'jobs/nightly.yaml': 'savepoints: { every: 6h, keep: 2 }\n',
      }),
    );
    expect((await o.run('apply', APPLY)).code).toBe(0);
    const r = await o.run('savepoint', ['nightly']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FO720: job nightly is a batch job: Flink takes no savepoints of a batch job');
    expect(r.stderr).not.toContain('not running');
    const run = await runAt(o, T0 + HOUR);
    expect(run.code).toBe(0);
    expect(run.report.jobs.find((j) => j.job === 'nightly')).toMatchObject({
      outcome: 'skipped',
      reason: 'a batch job: Flink takes no savepoints of a batch job',
    });
    expect(o.state().jobs.nightly!.history.map((e) => e.action)).not.toContain('savepoint-failed');
    const list = await o.run('savepoints', ['list', 'nightly']);
    expect(list.stdout).toBe(
      'No savepoints recorded for nightly: a batch job, of which Flink takes no savepoints.\n',
    );
  });

  it('refuses a manual savepoint of a job that is not running (exit 1)', async () => {
    o = await ops(project('parallelism: 2\nstate: suspended\n'));
    expect((await o.run('apply', APPLY)).code).toBe(0);
    const r = await o.run('savepoint', ['totals']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FO720');
    expect(r.stdout).toBe('');
  });
});

describe('savepoints list names what the running job was started from', () => {
  it('a recovery from a savepoint taken by hand outside flinkops: named, not an empty list', async () => {
    o = await ops(project('parallelism: 2\n'));
    expect((await o.run('apply', APPLY)).code).toBe(0);
    // Stopped with a savepoint through the JobManager REST API, as `flink stop` does.
    const client = o.ports.client!({ jobmanagerUrl: o.sim.jobmanagerUrl, sqlGatewayUrl: o.sim.gatewayUrl });
    const jid = o.state().jobs.totals!.current!.jobId;
    const triggerId = newTriggerId();
    expect((await client.stopWithSavepoint(jid, { triggerId })).ok).toBe(true);
    o.advance(5_000);
    const done = await client.getSavepointStatus(jid, triggerId);
    const byHand = done.ok && done.value.state === 'completed' ? done.value.location : undefined;
    expect(byHand).toMatch(/savepoint-/);
    const r = await o.run('apply', APPLY);
    expect(r.stdout).toMatch(/totals\s+recover\s+applied/);
    const current = o.state().jobs.totals!.current!;
    expect(current.restoredFrom).toBe(byHand);

    const text = await o.run('savepoints', ['list', 'totals']);
    expect(text.stdout).toContain(
      `Running job ${current.jobId} (deployed ${current.deployedAt}) was started from savepoint ${byHand} (not one of totals's recorded savepoints: retention never disposes of it).`,
    );
    const json = JSON.parse((await o.run('savepoints', ['list', 'totals', '--json'])).stdout);
    expect(json.startedFrom).toEqual([
      {
        version: 'running',
        jobId: current.jobId,
        deployedAt: current.deployedAt,
        path: byHand,
        pinned: false,
        recorded: false,
      },
    ]);
  });
});

describe('restoreFrom end to end', () => {
  it('a pinned savepoint is what the redeployed job restores (latest.restored), and retention keeps it', async () => {
    o = await ops(project('parallelism: 2\nsavepoints: { every: 6h, keep: 1 }\n'));
    expect((await o.run('apply', APPLY)).code).toBe(0);
    const pinned = (await runAt(o, T0 + 60_000)).report.jobs.find((j) => j.job === 'totals')!.savepoint!;
    write(
      o.dir,
      'jobs/totals.yaml',
      `parallelism: 2\nrestoreFrom: ${pinned}\nsavepoints: { every: 6h, keep: 1 }\n`,
    );
    // keep: 1 would dispose of it now; pinned, it stays.
    const next = (await runAt(o, T0 + 6 * HOUR + 120_000)).report.jobs.find((j) => j.job === 'totals')!;
    expect(next.retained.map((r) => r.path)).toEqual([pinned]);
    expect(live(o, pinned)?.disposed).toBe(false);

    const oldJob = o.state().jobs.totals!.current!.jobId;
    const r = await o.run('apply', APPLY);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/totals\s+upgrade\s+applied/);
    const current = o.state().jobs.totals!.current!;
    expect(current.jobId).not.toBe(oldJob);
    expect(current.restoredFrom).toBe(pinned);
    // The cluster says so: the new job's checkpoints report the pinned savepoint under latest.restored.
    const client = o.ports.client!({ jobmanagerUrl: o.sim.jobmanagerUrl, sqlGatewayUrl: o.sim.gatewayUrl });
    const cp = await client.getCheckpoints(current.jobId);
    expect(cp.ok && cp.value.latestRestored).toMatchObject({ externalPath: pinned, isSavepoint: true });
    // Nothing more to do afterwards: the pin is satisfied.
    const again = await o.run('apply', APPLY);
    expect(again.stdout).toContain('No changes');

    // The spent pin taken out of the repository: nothing to do, the job keeps running as it is.
    write(o.dir, 'jobs/totals.yaml', 'parallelism: 2\nsavepoints: { every: 6h, keep: 1 }\n');
    const removed = await o.run('apply', APPLY);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('No changes');
    expect(o.state().jobs.totals!.current!.jobId).toBe(current.jobId);
    expect(await client.getJob(current.jobId)).toMatchObject({ ok: true, value: { state: 'RUNNING' } });

    // The next real change upgrades from a savepoint of the running job, not the old pin, and the
    // version it records has no pin. (Not pipeline.max-parallelism: Flink restores no state taken
    // under 128 key groups into a job that sets 64.)
    write(
      o.dir,
      'jobs/totals.yaml',
      'parallelism: 2\nsavepoints: { every: 6h, keep: 1 }\nconfig: { table.exec.state.ttl: "2 h" }\n',
    );
    const upgraded = await o.run('apply', APPLY);
    expect(upgraded.stdout).toMatch(/totals\s+upgrade\s+applied/);
    const after = o.state().jobs.totals!.current!;
    expect(after.restoredFrom).toBeDefined();
    expect(after.restoredFrom).not.toBe(pinned);
    expect(after.settings?.restoreFrom).toBeUndefined();
    const restored = await client.getCheckpoints(after.jobId);
    expect(restored.ok && restored.value.latestRestored).toMatchObject({ externalPath: after.restoredFrom });
  });
});

describe('restoreFrom spelled otherwise than Flink reports the path', () => {
  for (const spell of [
    (p: string) => p.replace(/^file:/, ''),
    (p: string) => p.replace(/^file:/, 'file://'),
  ]) {
    it(`retention keeps the savepoint the running job was started from (pin ${spell('file:/x')})`, async () => {
      o = await ops(project('parallelism: 2\nsavepoints: { keep: 1 }\n'));
      expect((await o.run('apply', APPLY)).code).toBe(0);
      const taken = (await o.run('savepoint', ['totals'])).stdout.trim();
      expect(taken).toMatch(/^file:\//);
      write(
        o.dir,
        'jobs/totals.yaml',
        `parallelism: 2\nrestoreFrom: ${spell(taken)}\nsavepoints: { keep: 1 }\n`,
      );
      expect((await o.run('apply', APPLY)).code).toBe(0);
      // Flink restores it and reports it as file:/x, the path flinkops recorded.
      const current = o.state().jobs.totals!.current!;
      const client = o.ports.client!({ jobmanagerUrl: o.sim.jobmanagerUrl, sqlGatewayUrl: o.sim.gatewayUrl });
      const cp = await client.getCheckpoints(current.jobId);
      expect(cp.ok && cp.value.latestRestored).toMatchObject({ externalPath: taken });

      o.advance(60_000);
      expect((await o.run('savepoint', ['totals'])).code).toBe(0);
      const r = await runAt(o, o.clock.now() + 60_000);
      const row = r.report.jobs.find((j) => j.job === 'totals')!;
      expect(row.disposed).not.toContain(taken);
      expect(row.retained.map((x) => x.path)).toContain(taken);
      expect(live(o, taken)?.disposed).toBe(false);
      const list = await o.run('savepoints', ['list', 'totals']);
      expect(list.stdout).not.toContain('not one of totals');
    });
  }
});

describe('flinkops savepoints run: a savepoint another job pins', () => {
  it('is never disposed by the retention of the job that took it', async () => {
    o = await ops(project('parallelism: 2\nsavepoints: { every: 6h, keep: 1 }\n'));
    expect((await o.run('apply', APPLY)).code).toBe(0);
    const taken = (await runAt(o, T0 + 60_000)).report.jobs.find((j) => j.job === 'totals')!.savepoint!;
    // counts is to start from the state totals had then (a copy of it), not yet deployed.
    write(o.dir, 'jobs/counts.yaml', `restoreFrom: ${taken}\n`);
    const next = (await runAt(o, T0 + 6 * HOUR + 120_000)).report.jobs.find((j) => j.job === 'totals')!;
    expect(next.outcome).toBe('taken');
    expect(next.disposed).toEqual([]);
    expect(next.retained.map((r) => r.path)).toEqual([taken]);
    expect(live(o, taken)?.disposed).toBe(false);
    const list = await o.run('savepoints', ['list', 'totals']);
    expect(list.stdout).toContain(`${taken}: job counts pins it with restoreFrom`);
  });
});

describe('flinkops savepoints run after a move back from a newer major release', () => {
  it('keeps the newest savepoint this cluster can read, though savepoints Flink 2.2 wrote are newer', async () => {
    o = await ops(project('parallelism: 2\nsavepoints: { every: 6h, keep: 1 }\n'));
    expect((await o.run('apply', APPLY)).code).toBe(0);
    const own = (await runAt(o, T0 + 60_000)).report.jobs.find((j) => j.job === 'totals')!.savepoint!;
    // The job ran on a Flink 2.2 cluster for a while: two newer savepoints there.
    const file = join(o.dir, 'state.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { state: StateDoc };
    const rec = stored.state.jobs.totals!;
    const at22 = [2, 3].map((h) => ({
      ...rec.savepoints[0]!,
      path: `file:/sp22/savepoint-${h}`,
      time: iso(T0 + h * HOUR),
      flinkVersion: '2.2',
    }));
    rec.savepoints.push(...at22);
    writeFileSync(file, JSON.stringify(stored));

    const r = await runAt(o, T0 + 4 * HOUR);
    const totals = r.report.jobs.find((j) => j.job === 'totals')!;
    expect(totals.disposed).toEqual([at22[0]!.path]);
    expect(live(o, own)).toMatchObject({ disposed: false });
    expect(o.state().jobs.totals!.savepoints.find((s) => s.path === own)?.disposed).toBeUndefined();
  });
});

describe('retention (pure)', () => {
  const sp = (path: string, disposed = false) => ({
    path,
    time: '2026-01-05T00:00:00.000Z',
    triggerId: 't',
    jobId: 'j',
    specHash: 'h',
    kind: 'periodic' as const,
    ...(disposed ? { disposed } : {}),
  });
  const record = (over: Partial<JobRecord>): JobRecord => ({
    pipelineName: 'shop.dev.totals',
    status: 'running',
    savepoints: [],
    history: [],
    ...over,
  });
  it.each([
    ['keeps the newest `keep`', record({ savepoints: [sp('a'), sp('b'), sp('c')] }), 2, undefined, ['a'], []],
    [
      'counts disposed ones out',
      record({ savepoints: [sp('a', true), sp('b'), sp('c')] }),
      2,
      undefined,
      [],
      [],
    ],
    [
      'keeps the rollback target',
      record({
        savepoints: [sp('a'), sp('b'), sp('c')],
        lastStable: {
          specHash: 'h',
          script: '',
          parallelism: 1,
          jobId: 'j',
          deployedAt: '',
          restoredFrom: 'a',
        },
      }),
      1,
      undefined,
      ['b'],
      ['a'],
    ],
    ['keeps a pinned restoreFrom', record({ savepoints: [sp('a'), sp('b')] }), 1, 'a', [], ['a']],
    [
      'never the newest, even with keep 0',
      record({ status: 'suspended', savepoints: [sp('a'), sp('b')] }),
      0,
      undefined,
      ['a'],
      [],
    ],
  ])('%s', (_name, rec, keep, pinned, dispose, retained) => {
    const r = retention(rec, { keep }, pinned);
    expect(r.dispose.map((s) => s.path)).toEqual(dispose);
    expect(r.retained.map((s) => s.path)).toEqual(retained);
  });

  it('says a spent pin (taken out of the file, or still there) keeps a savepoint as what the job was started from', () => {
    const version = {
      specHash: 'h',
      script: '',
      parallelism: 1,
      jobId: 'j',
      deployedAt: '',
      restoredFrom: 'a',
      settings: { restoreFrom: 'a' },
    };
    const rec = record({ savepoints: [sp('a'), sp('b'), sp('c')], current: version, lastStable: version });
    // plan puts a spent pin removed from the file back into the desired settings (keepSpentPins).
    // The repository's pins (pinsOf) hold the job's own as well.
    const r = retention(rec, { keep: 1 }, 'a', new Map([['a', 'totals']]));
    expect(r.retained).toEqual([
      { path: 'a', why: 'the last stable version was started from it (rollback target)' },
    ]);
    // Once a resume restored the suspend's savepoint, the spent pin holds nothing: beyond keep, it goes.
    const resumed = { ...version, jobId: 'k', restoredFrom: 'c' };
    const later = record({ savepoints: [sp('a'), sp('b'), sp('c')], current: resumed, lastStable: resumed });
    expect(retention(later, { keep: 1 }, 'a', new Map([['a', 'totals']])).dispose.map((x) => x.path)).toEqual(
      ['a', 'b'],
    );
    // A new pin, not yet deployed, is one.
    expect(retention(rec, { keep: 1 }, 'b', new Map([['b', 'totals']])).retained).toEqual([
      { path: 'a', why: 'the last stable version was started from it (rollback target)' },
      { path: 'b', why: 'pinned with restoreFrom' },
    ]);
  });

  it('says the newest savepoint of a job started again without state is the earlier version’s, not a restore point', () => {
    const at = (path: string, day: number) => ({ ...sp(path), time: `2026-01-0${day}T00:00:00.000Z` });
    // Re-created on the 3rd without state (after its deletion): plan restores none of a, b (FO614).
    const fresh = {
      specHash: 'h',
      script: '',
      parallelism: 1,
      jobId: 'k',
      deployedAt: '2026-01-03T00:00:00.000Z',
      startedWithoutState: true,
    };
    // maxAge: both are older than the limit, so what keeps b is said.
    const limits = { takenBefore: Date.parse('2026-01-05T00:00:00.000Z') };
    const rec = record({ savepoints: [at('a', 1), at('b', 2)], current: fresh });
    expect(retention(rec, limits).retained).toEqual([
      {
        path: 'b',
        why: 'the newest savepoint of the version before the running one, which was started without state (restoreFrom can pin it)',
      },
    ]);
    // Its own first savepoint is the newest restore point again.
    const own = record({ savepoints: [at('a', 1), at('b', 2), at('c', 4)], current: fresh });
    expect(retention(own, limits).retained).toEqual([{ path: 'c', why: 'the newest restore point' }]);
  });

  it('keeps a savepoint another job pins with restoreFrom (a copy or a split starts from it)', () => {
    const rec = record({ savepoints: [sp('a'), sp('b'), sp('c')] });
    const r = retention(rec, { keep: 1 }, undefined, new Map([['a', 'copy']]));
    expect(r.dispose.map((s) => s.path)).toEqual(['b']);
    expect(r.retained).toEqual([{ path: 'a', why: 'job copy pins it with restoreFrom' }]);
  });

  it('disposes of savepoints older than maxAge, with or without keep, never the newest restore point', () => {
    const at = (path: string, day: number) => ({ ...sp(path), time: `2026-01-0${day}T00:00:00.000Z` });
    const rec = record({ savepoints: [at('a', 1), at('b', 2), at('c', 3), at('d', 4)] });
    const now = Date.parse('2026-01-05T00:00:00.000Z');
    const limits = (policy: { keep?: number; maxAge?: string }) => retentionLimits(policy, now)!;
    // maxAge 2d on the 5th: a and b were taken before the 3rd; c, taken on the 3rd, is not older.
    const aged = retention(rec, limits({ maxAge: '2d' }));
    expect(aged.dispose.map((s) => s.path)).toEqual(['a', 'b']);
    expect([...aged.expired]).toEqual(['a', 'b']);
    // Either limit disposes: keep 3 takes a, maxAge 2d takes b too; a is "beyond keep", b "expired".
    const both = retention(rec, limits({ keep: 3, maxAge: '2d' }));
    expect(both.dispose.map((s) => s.path)).toEqual(['a', 'b']);
    expect([...both.expired]).toEqual(['b']);
    // Every savepoint past maxAge: the newest stays, as the restore point.
    const all = retention(rec, limits({ maxAge: '1h' }));
    expect(all.dispose.map((s) => s.path)).toEqual(['a', 'b', 'c']);
    expect(all.retained).toEqual([{ path: 'd', why: 'the newest restore point' }]);
    expect(retentionLimits({ every: '1h' }, now)).toBeUndefined();
  });
});

describe('savepoints list: the release that wrote each savepoint', () => {
  const sp = (path: string, o: { flinkVersion?: string } = {}) => ({
    path,
    time: '2026-01-05T00:00:00.000Z',
    triggerId: 't',
    jobId: 'j',
    specHash: 'h',
    kind: 'periodic' as const,
    ...o,
  });
  const record = (over: Partial<JobRecord>): JobRecord => ({
    pipelineName: 'shop.dev.totals',
    status: 'running',
    savepoints: [],
    history: [],
    ...over,
  });
  it('says which a cluster of an older major release cannot restore; savepoints of unknown release list as before', () => {
    const rec = record({
      savepoints: [sp('c'), sp('a', { flinkVersion: '1.20' }), sp('b', { flinkVersion: '2.2' })],
    });
    const on120 = listSavepoints(undefined, rec, iso(T0 + HOUR), new Map(), undefined, '1.20.3');
    const byPath = Object.fromEntries(on120.map((e) => [e.path, e]));
    expect(byPath.a).toMatchObject({ flinkVersion: '1.20' });
    expect(byPath.a!.unreadableOn).toBeUndefined();
    expect(byPath.b).toMatchObject({ flinkVersion: '2.2', unreadableOn: '1.20' });
    expect(byPath.c!.flinkVersion).toBeUndefined();
    expect(byPath.c!.unreadableOn).toBeUndefined();
    // The newest is kept for a 2.x cluster; what 1.20 restores is the newest it can read.
    expect(byPath.b!.protected).toBe(
      'the newest savepoint; Flink 2.2 wrote it, so a cluster of that release restores it',
    );
    expect(byPath.a!.protected).toBe('the newest restore point on Flink 1.20');
    const text = renderSavepointList('totals', on120);
    expect(text).toMatch(/TIME\s+AGE\s+KIND\s+SPEC\s+FLINK\s+SIZE\s+STATUS\s+PATH/);
    expect(text).toMatch(/2\.2\s+-\s+not on 1\.20\s+b\n/);
    expect(text).toContain(
      'Flink 1.20 (this cluster) cannot restore the savepoint a newer major release wrote (2.2): a resume or recovery here passes over it; a cluster of that release restores it.',
    );
    expect(text).toContain('3 savepoints of totals: 3 restorable (1 not on Flink 1.20), 0 disposed.');
    // Retention on 1.20 keeps what 1.20 restores, though newer savepoints 2.2 wrote are beyond keep.
    const moved = record({
      savepoints: [
        sp('a', { flinkVersion: '1.20' }),
        sp('b', { flinkVersion: '2.2' }),
        sp('d', { flinkVersion: '2.2' }),
      ],
    });
    const kept = retention(moved, { keep: 1 }, undefined, undefined, '1.20.3');
    expect(kept.dispose.map((s) => s.path)).toEqual(['b']);
    expect(kept.retained).toEqual([{ path: 'a', why: 'the newest restore point on Flink 1.20' }]);
    expect(retention(moved, { keep: 1 }, undefined, undefined, '2.2.0').dispose.map((s) => s.path)).toEqual([
      'a',
      'b',
    ]);
    // On 2.2 every one restores.
    expect(
      listSavepoints(undefined, rec, iso(T0 + HOUR), new Map(), undefined, '2.2.0').some(
        (e) => e.unreadableOn,
      ),
    ).toBe(false);
  });
});

describe('flinkops savepoints list --json of an unknown job', () => {
  it('prints one {job, diagnostics} document on stdout, exit 1', async () => {
    o = await ops(project('parallelism: 2\n'));
    const r = await o.run('savepoints', ['list', 'totalz', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.job).toBe('totalz');
    expect(doc.diagnostics[0]).toMatchObject({ code: 'FO720', severity: 'error' });
    expect(doc.diagnostics[0].detail).toContain('known: counts, totals');
  });
});
