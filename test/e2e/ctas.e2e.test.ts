/**
 * A job whose script is CREATE TABLE ... WITH (filesystem) AS SELECT, through its life on a real
 * cluster: create, a changed query (a filter) upgraded through a savepoint, suspend, resume, delete.
 * Every start runs the CTAS again in a new SQL Gateway session, whose default catalog is in memory
 * and its own: the table never exists yet, so no start fails on it. Checked on Flink's own answers:
 * job states, the savepoint each job restored (`/jobs/:id/checkpoints`), the files the sink wrote.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SLOW_EVENTS } from './fixtures';
import {
  apply,
  cancelJobs,
  flinkAtLeast,
  flinkops,
  jobsOf,
  makeRepo,
  restoredFrom,
  runningJob,
  savepointOnDisk,
  scratch,
  waitFor,
} from './support';

const out = scratch('ctas-out');
const CTAS = (where: string) =>
  [
    'CREATE TABLE keys_out WITH (',
    "  'connector' = 'filesystem',",
    `  'path' = 'file://${out}',`,
    "  'format' = 'csv'",
    ')',
    `AS SELECT id, k, v FROM events${where};`,
    '',
  ].join('\n');

const repo = makeRepo('ctas', { 'tables/events.yaml': SLOW_EVENTS, 'jobs/copy.sql': CTAS('') });
afterAll(async () => {
  await cancelJobs(repo);
  repo.cleanup();
  rmSync(out, { recursive: true, force: true });
});

/** Committed part files (an in-progress one starts with a dot), by the writer that wrote them. */
function committed(): Map<string, string[]> {
  const byWriter = new Map<string, string[]>();
  for (const f of readdirSync(out).filter((f) => f.startsWith('part-'))) {
    // part-<uuid of the writer>-<subtask>-<n>
    const writer = f.replace(/-\d+-\d+$/, '');
    byWriter.set(writer, [...(byWriter.get(writer) ?? []), f]);
  }
  return byWriter;
}

/** The k of every row the files hold (csv: id,k,v). */
function keysIn(files: string[]): number[] {
  return files.flatMap((f) =>
    readFileSync(join(out, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => Number(line.split(',')[1])),
  );
}

interface PlanChange {
  job: string;
  action: string;
  compatibility?: {
    verdict: string;
    source?: string;
    operators?: { name: string; id: string; state: string }[];
  };
}

async function planOf(): Promise<{ change: PlanChange; codes: string[] }> {
  const r = await flinkops(repo, ['plan', '--env', 'local', '--json']);
  expect(r.code, r.out).toBe(0);
  const plan = JSON.parse(r.stdout) as { changes: PlanChange[]; diagnostics?: { code: string }[] };
  return {
    change: plan.changes.find((c) => c.job === 'copy')!,
    codes: (plan.diagnostics ?? []).map((d) => d.code),
  };
}

const ids: string[] = [];
/** A 1 s grace (checkpoints every second): five applies, each within the run's minute. */
const run = (extra: string[] = []) => apply(repo, ['--health-grace', '1s', ...extra]);

describe('CREATE TABLE ... AS SELECT on real Flink, from create to delete', () => {
  it('creates the job: RUNNING under its name', async () => {
    const r = await run();
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'copy');
    ids.push(job.jid);
    expect(job.name).toBe(`${repo.project}.local.copy`);
    expect(repo.state().jobs.copy!.current!.jobId).toBe(job.jid);
  });

  it("a filter moves the writer's operator id: plan says so, and Flink refuses the savepoint for that id; the old version runs again", async () => {
    repo.write({ 'jobs/copy.sql': CTAS(' WHERE k < 5') });
    const { change, codes } = await planOf();
    expect(change.action).toBe('upgrade');
    let droppedId: string | undefined;
    if (flinkAtLeast('2.0')) {
      // Flink 2.x EXPLAINs the CTAS: the verdict comes from its stream graphs.
      expect(change.compatibility).toMatchObject({ verdict: 'drops-state', source: 'flink' });
      const dropped = change.compatibility!.operators!.find((o) => o.state === 'dropped')!;
      expect(dropped.name).toMatch(/^StreamingFileWriter/);
      droppedId = dropped.id;
    } else {
      // Flink 1.x cannot EXPLAIN a CTAS (FO632): the verdict is an estimate that does not know.
      expect(codes).toContain('FO632');
      expect(change.compatibility).toMatchObject({ verdict: 'unknown', source: 'estimate' });
    }
    const refused = await run();
    expect(refused.code, refused.out).toBe(1);
    expect(refused.out).toMatch(
      /Cannot map checkpoint\/savepoint state for operator [0-9a-f]{32} to the new program/,
    );
    if (droppedId) expect(refused.out).toContain(`for operator ${droppedId} to the new program`);
    expect(refused.out).toContain('FO712');
    // The rollback ran the old CTAS in a new session (no "already exists") from the same savepoint.
    const back = await runningJob(repo, 'copy');
    const upgradeSavepoint = repo.state().jobs.copy!.savepoints.at(-1)!;
    expect(upgradeSavepoint).toMatchObject({ kind: 'upgrade', jobId: ids[0] });
    expect(await restoredFrom(repo.cluster, back.jid)).toBe(upgradeSavepoint.path);
    ids.push(back.jid);
  });

  it('with allowNonRestoredState the new query restores the savepoint, and a new writer writes only the rows it selects', async () => {
    repo.write({ 'jobs/copy.yaml': 'allowNonRestoredState: true\n' });
    const before = new Set(committed().keys());
    const r = await run();
    expect(r.code, r.out).toBe(0);
    const [old] = (await jobsOf(repo, 'copy')).filter((j) => j.jid === ids.at(-1));
    expect(old?.state).toBe('FINISHED');
    const job = await runningJob(repo, 'copy');
    const recorded = repo.state().jobs.copy!.savepoints.at(-1)!;
    expect(recorded).toMatchObject({ kind: 'upgrade', jobId: ids.at(-1) });
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(recorded.path);
    ids.push(job.jid);
    // The writer's state was dropped: a new writer (a new file prefix) writes the filtered rows.
    const files = await waitFor('a committed file of the new writer', async () => {
      const fresh = [...committed()].find(([w]) => !before.has(w))?.[1];
      return fresh && keysIn(fresh).length > 0 ? fresh : undefined;
    });
    expect(keysIn(files).filter((k) => k >= 5)).toEqual([]);
    // What the versions without the filter wrote holds every key.
    const unfiltered = keysIn([...before].flatMap((w) => committed().get(w) ?? []));
    expect(unfiltered.some((k) => k >= 5)).toBe(true);
  });

  it('suspends with a savepoint and resumes from it, running the CTAS again', async () => {
    repo.write({ 'jobs/copy.yaml': 'allowNonRestoredState: true\nstate: suspended\n' });
    const s = await run();
    expect(s.code, s.out).toBe(0);
    expect((await jobsOf(repo, 'copy')).filter((j) => j.state === 'RUNNING')).toEqual([]);
    const sp = repo.state().jobs.copy!.savepoints.at(-1)!;
    expect(sp).toMatchObject({ kind: 'suspend', jobId: ids.at(-1) });
    expect(savepointOnDisk(sp.path)).toBe(true);
    // Stopped with a savepoint: the sink committed what it had in progress.
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);

    repo.write({ 'jobs/copy.yaml': 'allowNonRestoredState: true\n' });
    const r = await run();
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'copy');
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(sp.path);
    ids.push(job.jid);
  });

  it('deletes the job with a final savepoint on disk', async () => {
    repo.write({ 'jobs/copy.sql': null, 'jobs/copy.yaml': null });
    const r = await run(['--allow-delete']);
    expect(r.code, r.out).toBe(0);
    expect((await jobsOf(repo, 'copy')).filter((j) => j.state === 'RUNNING')).toEqual([]);
    const rec = repo.state().jobs.copy!;
    expect(rec.status).toBe('deleted');
    const sp = rec.savepoints.at(-1)!;
    expect(sp).toMatchObject({ kind: 'delete', jobId: ids.at(-1) });
    expect(savepointOnDisk(sp.path)).toBe(true);
  });
});
