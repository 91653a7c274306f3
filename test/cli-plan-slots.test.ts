/**
 * A plan whose jobs need more task slots than the cluster has free (FO603). Seen on real Flink
 * 1.20.3 (1 TaskManager of 4 slots, adaptive scheduler): three new jobs of parallelism 2 planned
 * clean; on apply two took the 4 slots, the third waited in CREATED until Flink failed it with
 * NoResourceAvailableException 5 minutes later; a job of `parallelism: 1e3` ran at 4 of 1000.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../src/plan';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo, QUICK } from './ops-cli';

let sim: Simulator | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const SQL = 'INSERT INTO sink_rows\nSELECT id, v\nFROM events;\n';

/** A 4-slot cluster (1 TaskManager), and a repository of `jobs` (name → parallelism) on it. */
async function setUp(
  jobs: Record<string, number | string>,
  adaptiveScheduler = true,
  resourceWaitMs = 300_000,
  startupPeriodMs?: number,
): Promise<string> {
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    adaptiveScheduler,
    slotsPerTaskManager: 4,
    timing: { startMs: 10, resourceWaitMs, ...(startupPeriodMs === undefined ? {} : { startupPeriodMs }) },
  });
  dir = copyRepo(
    `project: shop\nflinkVersion: "1.20"\nenvironments:\n  prod:\n    jobmanagerUrl: ${sim.jobmanagerUrl}\n    sqlGatewayUrl: ${sim.gatewayUrl}\n`,
  );
  rmSync(join(dir, 'jobs/copy.sql'));
  rmSync(join(dir, 'jobs/copy.yaml'));
  writeJobs(jobs);
  return dir;
}

function writeJobs(jobs: Record<string, number | string>): void {
  for (const [name, p] of Object.entries(jobs)) {
    writeFileSync(join(dir!, `jobs/${name}.sql`), SQL);
    writeFileSync(join(dir!, `jobs/${name}.yaml`), `description: copies rows\nparallelism: ${p}\n`);
  }
}

const plan = (...extra: string[]) => cli(['plan', '--dir', dir!, '--env', 'prod', ...extra], dir!);
const codes = (p: Plan) => p.diagnostics.map((d) => d.code);

describe('a plan whose jobs need more task slots than the cluster has free (FO603)', () => {
  it('names the job that will not get its slots, at its parallelism, and what to do', async () => {
    await setUp({ a: 2, b: 2, c: 2 });
    const r = await plan();
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toContain(
      'jobs/c.yaml:2:1: warning FO603: job c needs 2 task slots and none will be free for it: it waits in CREATED',
    );
    expect(out).toContain(
      'The cluster has 4 of 4 task slots free (1 TaskManager). The jobs this plan starts need 6',
    );
    expect(out).toContain('a 2, b 2, c 2');
    expect(out).toContain('lower parallelism in jobs/c.yaml');
    expect(out).toContain('add TaskManagers or raise taskmanager.numberOfTaskSlots');
    expect(out).not.toContain('FO603: job a');
    expect(out).not.toContain('FO603: job b');
  });

  it('says a job of parallelism 1e3 runs at what is free on the adaptive scheduler, and starves the others', async () => {
    await setUp({ a: 2, big: '1e3', c: 2 });
    const p = JSON.parse((await plan('--json')).stdout) as Plan;
    const found = p.diagnostics.filter((d) => d.code === 'FO603');
    expect(found.map((d) => d.summary)).toEqual([
      "job big needs 1000 task slots, more than the cluster has in all (4): Flink's adaptive scheduler runs it at parallelism 2 of 1000 (FO724 after apply)",
      "job c needs 2 task slots and none will be free for it: it waits in CREATED, and Flink fails it once the adaptive scheduler's resource wait timeout (5 min by default) is over (NoResourceAvailableException)",
    ]);
    // The job starved names the one that takes the slots.
    expect(found[1]!.detail).toContain(
      'lower parallelism in jobs/c.yaml (or environments.prod.jobs.c.parallelism), or that of big, the widest, in jobs/big.yaml',
    );
  });

  it('on the default scheduler, says the job waits and fails', async () => {
    await setUp({ big: 5 }, false);
    const p = JSON.parse((await plan('--json')).stdout) as Plan;
    const found = p.diagnostics.find((d) => d.code === 'FO603')!;
    expect(found.summary).toBe(
      "job big needs 5 task slots, more than the cluster has in all (4): Flink's default scheduler fails it (NoResourceAvailableException), at once or, running only the subtasks that got a slot meanwhile, after the slot request timeout (5 min by default)",
    );
    // Real Flink 1.20.3 (3 slots): a job rescaled to 4 was told to suspend another job, which
    // cannot make room for it.
    expect(found.detail).toContain(
      'To fit: lower parallelism to 4 or less in jobs/big.yaml (or environments.prod.jobs.big.parallelism), or add TaskManagers or raise taskmanager.numberOfTaskSlots.',
    );
    expect(found.detail).toContain('Suspending or deleting other jobs does not help');
    expect(found.detail).not.toContain('suspend another job');
  });

  it('does not advise lowering a parallelism of 1', async () => {
    // Real Flink 1.20.3 (3 slots taken by jobs of parallelism 1): each job of parallelism 1 left
    // short was told to "lower parallelism", which it cannot.
    await setUp({ a: 2, b: 2, c: 1 });
    const p = JSON.parse((await plan('--json')).stdout) as Plan;
    const found = p.diagnostics.find((d) => d.code === 'FO603')!;
    expect(found.summary).toContain('job c needs 1 task slot and none will be free for it');
    expect(found.detail).toContain(
      'To fit: lower that of a, the widest, in jobs/a.yaml (or environments.prod.jobs.a.parallelism), add TaskManagers or raise taskmanager.numberOfTaskSlots, or suspend another job (state: suspended).',
    );
    expect(found.detail).not.toContain('lower parallelism in jobs/c.yaml');
  });

  it('counts what running jobs hold, and what the jobs the plan stops give back', async () => {
    await setUp({ a: 2, b: 2 });
    expect((await cli(['apply', '--dir', dir!, '--env', 'prod', ...QUICK], dir!)).code).toBe(0);
    const overview = (await (await fetch(`${sim!.jobmanagerUrl}/overview`)).json()) as Record<string, number>;
    expect(overview['slots-available']).toBe(0);
    // A new job while the two run: no slot free.
    writeJobs({ c: 2 });
    let p = JSON.parse((await plan('--json')).stdout) as Plan;
    expect(codes(p)).toContain('FO603');
    expect(p.diagnostics.find((d) => d.code === 'FO603')?.summary).toContain('job c needs 2 task slots');
    // Suspending one of the same size in the same plan frees what the new one needs.
    writeFileSync(join(dir!, 'jobs/a.yaml'), 'description: copies rows\nparallelism: 2\nstate: suspended\n');
    p = JSON.parse((await plan('--json')).stdout) as Plan;
    expect(p.changes.map((c) => [c.job, c.action])).toEqual([
      ['a', 'suspend'],
      ['b', 'none'],
      ['c', 'create'],
    ]);
    expect(codes(p)).not.toContain('FO603');
    // An upgrade stops its job before it starts again: the same size needs no more.
    rmSync(join(dir!, 'jobs/c.sql'));
    rmSync(join(dir!, 'jobs/c.yaml'));
    writeFileSync(join(dir!, 'jobs/a.yaml'), 'description: copies rows\nparallelism: 2\n');
    writeFileSync(join(dir!, 'jobs/b.sql'), SQL.replace('SELECT id, v', 'SELECT id, v + 1 AS v'));
    p = JSON.parse((await plan('--json')).stdout) as Plan;
    expect(p.changes.find((c) => c.job === 'b')?.action).toBe('upgrade');
    expect(codes(p)).not.toContain('FO603');
    // Upgraded to a larger parallelism, it needs more than it gives back.
    writeFileSync(join(dir!, 'jobs/b.yaml'), 'description: copies rows\nparallelism: 3\n');
    p = JSON.parse((await plan('--json')).stdout) as Plan;
    expect(p.diagnostics.find((d) => d.code === 'FO603')?.summary).toContain(
      'job b needs 3 task slots and only 2 will be free for it',
    );
  });

  it('counts an in-place rescale as keeping its slots: a scale-down frees none for another job', async () => {
    // Real Flink 2.2 (adaptive scheduler, 4 slots): account_totals rescaled in place 2 → 1 and
    // eos_copy 2 → 3 in one apply; the plan warned of nothing (it counted 4 slots given back), and
    // eos_copy stayed at 2 of 3 (FO724) while account_totals still held 2 slots minutes later.
    await setUp({ a: 2, b: 2 });
    expect((await cli(['apply', '--dir', dir!, '--env', 'prod', ...QUICK], dir!)).code).toBe(0);
    writeJobs({ a: 1, b: 3 });
    const p = JSON.parse((await plan('--json')).stdout) as Plan;
    expect(p.changes.map((c) => [c.job, c.action, 'rescaleMode' in c ? c.rescaleMode : undefined])).toEqual([
      ['a', 'rescale', 'in-place'],
      ['b', 'rescale', 'in-place'],
    ]);
    const found = p.diagnostics.filter((d) => d.code === 'FO603');
    expect(found.map((d) => d.summary)).toEqual([
      "job b needs 1 more task slot and none will be free for it: it rescales in place, keeping the 2 it holds: Flink's adaptive scheduler runs it at parallelism 2 of 3 (FO724 after apply)",
    ]);
    expect(found[0]!.detail).toContain('b 1 (in place, beside the 2 it holds)');
    // A scale-up alone that the free slots carry: nothing to say.
    writeJobs({ a: 2, b: 2 });
    expect(codes(JSON.parse((await plan('--json')).stdout) as Plan)).not.toContain('FO603');
  });

  it('says of a job the adaptive scheduler runs at 2 of 3 that it runs below its parallelism (FO607)', async () => {
    // Real Flink 1.20.3 (adaptive scheduler, 4 slots, 1 free): a job rescaled in place 1 → 3 ran at
    // 2 of 3 (FO724 after apply), and the next plan said "No changes. The cluster matches the repository."
    // A job started short of slots runs below its parallelism the same way (and needs no wait of
    // the rescale's 60 s to tell a scheduler short of slots from one still taking them).
    await setUp({ a: 2, b: 3 });
    const applied = await cli(['apply', '--dir', dir!, '--env', 'prod', ...QUICK], dir!);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout + applied.stderr).toContain('FO724');
    const p = JSON.parse((await plan('--json')).stdout) as Plan;
    expect(p.changes.map((c) => [c.job, c.action])).toEqual([
      ['a', 'none'],
      ['b', 'none'],
    ]);
    expect(p.changes[1]!.reason).toBe(
      'up to date, but it runs at parallelism 2 of 3: too few free task slots',
    );
    const found = p.diagnostics.filter((d) => d.code === 'FO607');
    expect(found.map((d) => d.summary)).toEqual([
      'Job b runs at parallelism 2 of 3: the cluster has too few free task slots',
    ]);
    expect(found[0]!.detail).toContain('set parallelism: 2 in jobs/b.yaml');
    const text = await plan('--detailed-exitcode');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('No changes, but 1 job runs below its parallelism (FO607).');
  });

  it('counts the slots of a scale-down in place for a new job waiting in CREATED', async () => {
    // Real Flink 1.20.3 and 2.2.0 (adaptive scheduler, 3 slots all held by a job at 3): the job
    // rescaled in place to 1 released its 2 idle slots 50 s (1.20.3) and 65 s (2.2.0) later, and
    // a job created in the same apply, CREATED until then, started on them. The plan had warned
    // it would get none and be failed after the resource wait timeout.
    await setUp({ a: 2, b: 2 });
    expect((await cli(['apply', '--dir', dir!, '--env', 'prod', ...QUICK], dir!)).code).toBe(0);
    writeJobs({ a: 1, c: 1 });
    let p = JSON.parse((await plan('--json')).stdout) as Plan;
    expect(p.changes.map((c) => [c.job, c.action])).toEqual([
      ['a', 'rescale'],
      ['b', 'none'],
      ['c', 'create'],
    ]);
    expect(codes(p)).not.toContain('FO603');
    // More than the scale-down gives back: it runs on what comes free.
    writeJobs({ c: 3 });
    p = JSON.parse((await plan('--json')).stdout) as Plan;
    const found = p.diagnostics.filter((d) => d.code === 'FO603');
    expect(found.map((d) => d.summary)).toEqual([
      "job c needs 3 task slots and none will be free for it: it waits in CREATED until the jobs rescaled down in place give back their slots (after slot.idle.timeout, 50 s by default), then Flink's adaptive scheduler runs it at parallelism 1 of 3 (FO724 after apply)",
    ]);
    expect(found[0]!.detail).toContain(
      '1 more come free a while after the jobs rescaled down in place have shrunk',
    );
  });

  it("counts a sink's sink.parallelism above the job's parallelism", async () => {
    await setUp({ a: 1 });
    writeFileSync(
      join(dir!, 'tables/sink_rows.yaml'),
      'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: v, type: INT }\nwith:\n  sink.parallelism: "6"\n',
    );
    const p = JSON.parse((await plan('--json')).stdout) as Plan;
    expect(p.diagnostics.find((d) => d.code === 'FO603')?.summary).toContain(
      'job a needs 6 task slots, more than the cluster has in all (4)',
    );
  });

  it('keeps each warning short when many jobs start: the first few by name, the rest counted', async () => {
    // Real Flink 1.20.3, 16 slots, a first apply of 30 jobs of parallelism 1: 14 FO603 warnings,
    // each listing all 30 jobs (19 KB of a 23 KB plan).
    const jobs: Record<string, number> = {};
    for (let i = 1; i <= 12; i++) jobs[`j${String(i).padStart(2, '0')}`] = 1;
    await setUp(jobs);
    const p = JSON.parse((await plan('--json')).stdout) as Plan;
    const found = p.diagnostics.filter((d) => d.code === 'FO603');
    expect(found.map((d) => d.summary.split(' ')[1])).toEqual([
      'j05',
      'j06',
      'j07',
      'j08',
      'j09',
      'j10',
      'j11',
      'j12',
    ]);
    for (const d of found) {
      expect(d.detail).toContain(
        "need 12, each as many as its widest operator (Flink's default slot sharing): j01 1, j02 1, j03 1, j04 1, j05 1, j06 1, j07 1, j08 1 and 4 more (12 jobs: 12 of 1 slot); taken in that order",
      );
      expect(d.detail).not.toContain('j12 1');
    }
  });

  it('is not checked offline', async () => {
    await setUp({ a: 2, b: 2, c: 2 });
    const r = await plan('--offline');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toContain('FO603');
  });
});

describe('apply of a job short of task slots on the default scheduler', () => {
  it('does not call it started while some of its subtasks wait for a slot', async () => {
    // Real Flink 1.20 shows such a job RUNNING, each vertex RUNNING with 2 subtasks running and 3
    // SCHEDULED, until the slot request timeout fails it; apply called it applied.
    await setUp({ a: 2, b: 5 }, false, 3_000);
    const r = await cli(['apply', '--dir', dir!, '--env', 'prod', ...QUICK, '--json'], dir!);
    const report = JSON.parse(r.stdout) as { changes: { job: string; outcome: string; error?: string }[] };
    expect(report.changes.find((c) => c.job === 'a')?.outcome).toBe('applied');
    const b = report.changes.find((c) => c.job === 'b');
    expect(b?.outcome).not.toBe('applied');
    expect(b?.error).toContain('NoResourceAvailableException');
  });

  it('recovers a job whose tasks never got a slot as one that never ran: no FO614', async () => {
    // Real Flink 1.20.3 (3 slots, all taken): the job showed RUNNING with its tasks SCHEDULED
    // until NoResourceAvailableException, every vertex's start-time -1; the next plan warned
    // FO614 "It starts without state" of a job that never had any.
    await setUp({ a: 4, b: 1 }, false, 3_000);
    const r = await cli(['apply', '--dir', dir!, '--env', 'prod', ...QUICK, '--json'], dir!);
    const report = JSON.parse(r.stdout) as { changes: { job: string; outcome: string }[] };
    expect(report.changes.find((c) => c.job === 'b')?.outcome).not.toBe('applied');
    const p = JSON.parse((await plan('--json')).stdout) as Plan;
    expect(p.changes.find((c) => c.job === 'b')).toMatchObject({
      action: 'recover',
      reason: expect.stringContaining('it never ran, so it has no state to restore'),
    });
    expect(codes(p)).not.toContain('FO614');
  });

  it('starts a job that needs the slots a suspend gives back only once that job has stopped', async () => {
    // Real Flink 1.20.3 (default scheduler, session cluster up for more than 5 minutes): a slot
    // request the ResourceManager cannot fulfil fails at once (NoResourceAvailableException).
    // An apply that suspends one job to make room for another submitted both at once.
    await setUp({ a: 2, b: 2 }, false, 300_000, 0);
    expect((await cli(['apply', '--dir', dir!, '--env', 'prod', ...QUICK], dir!)).code).toBe(0);
    // c writes a table of its own: a job writing the table of a job stopped waits for it anyway.
    writeFileSync(
      join(dir!, 'tables/other_rows.yaml'),
      'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: v, type: INT }\n',
    );
    writeJobs({ c: 2 });
    writeFileSync(join(dir!, 'jobs/c.sql'), SQL.replace('sink_rows', 'other_rows'));
    writeFileSync(join(dir!, 'jobs/a.yaml'), 'description: copies rows\nparallelism: 2\nstate: suspended\n');
    const r = await cli(['apply', '--dir', dir!, '--env', 'prod', ...QUICK, '--json'], dir!);
    const report = JSON.parse(r.stdout) as { changes: { job: string; outcome: string; error?: string }[] };
    expect(report.changes.map((c) => [c.job, c.outcome, c.error])).toEqual([
      ['a', 'applied', undefined],
      ['c', 'applied', undefined],
    ]);
    const jobs = (await (await fetch(`${sim!.jobmanagerUrl}/jobs/overview`)).json()) as {
      jobs: { name: string; state: string }[];
    };
    expect(
      jobs.jobs
        .filter((j) => j.state === 'RUNNING')
        .map((j) => j.name)
        .sort(),
    ).toEqual(['shop.prod.b', 'shop.prod.c']);
  });
});
