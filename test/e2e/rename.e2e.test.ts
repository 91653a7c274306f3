/**
 * Renaming a job (movedFrom: in the new name's settings) carries its state over: the old job is
 * stopped with a savepoint, the new one runs under its new pipeline name restored from it, with
 * no deletion and no --allow-delete, and its counts go on from where the old job's stopped.
 * Checked in Flink's answers: job states, `latest.restored.external_path`, the print sink's rows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COUNT_BY_KEY, eventsSource, jobYaml } from './fixtures';
import {
  apply,
  flinkops,
  jobsOf,
  makeRepo,
  rest,
  restoredFrom,
  runningJob,
  savepointOnDisk,
  waitFor,
} from './support';

const repo = makeRepo('rename', { 'tables/events.yaml': eventsSource(5, 4) });
afterAll(() => repo.cleanup());
const id = `${repo.project}_counts`;
repo.write({
  'tables/counts.yaml': `kind: sink
connector: print
columns:
  - { name: k, type: INT, nullable: false }
  - { name: c, type: BIGINT }
primaryKey: [k]
with:
  sink.parallelism: "1"
  print-identifier: ${id}
`,
  'jobs/old_counts.sql': COUNT_BY_KEY,
  'jobs/old_counts.yaml': jobYaml(['parallelism: 1']),
});

/** Every count the print sink wrote, per key, in order, from `from` on (offsets per file). */
function printed(from: Map<string, number> = new Map()): {
  rows: Map<number, number[]>;
  ends: Map<string, number>;
} {
  const rows = new Map<number, number[]>();
  const ends = new Map<string, number>();
  const dir = join(repo.cluster.dir, 'log');
  const row = new RegExp(`^${id}> [+][IU]\\[(\\d+), (\\d+)\\]`);
  for (const f of existsSync(dir) ? readdirSync(dir) : []) {
    if (!/^taskmanager.*\.out$/.test(f)) continue;
    const text = readFileSync(join(dir, f), 'utf8');
    ends.set(f, text.length);
    for (const line of text.slice(from.get(f) ?? 0).split('\n')) {
      const m = row.exec(line);
      if (!m) continue;
      const list = rows.get(Number(m[1])) ?? [];
      list.push(Number(m[2]));
      rows.set(Number(m[1]), list);
    }
  }
  return { rows, ends };
}

describe('renaming a job with movedFrom', () => {
  it('stops the old job with a savepoint and starts the new name from it, counts going on', async () => {
    const created = await apply(repo);
    expect(created.code, created.out).toBe(0);
    const old = await runningJob(repo, 'old_counts');
    // Counts of a few rows per key before the rename: a restart without state would start at 1.
    const before = await waitFor('counts of 5 per key', async () => {
      const p = printed();
      return [0, 1, 2, 3].every((k) => (p.rows.get(k)?.at(-1) ?? 0) >= 5) ? p : undefined;
    });

    repo.write({
      'jobs/old_counts.sql': null,
      'jobs/old_counts.yaml': null,
      'jobs/counts.sql': COUNT_BY_KEY,
      'jobs/counts.yaml': jobYaml(['parallelism: 1', 'movedFrom: old_counts']),
    });
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--json', '--detailed-exitcode']);
    expect(plan.code, plan.out).toBe(2);
    const changes = JSON.parse(plan.stdout).changes as {
      job: string;
      action: string;
      renamedFrom?: { job: string };
    }[];
    expect(changes.map((c) => [c.job, c.action, c.renamedFrom?.job])).toEqual([
      ['counts', 'upgrade', 'old_counts'],
    ]);

    // No --allow-delete: a rename deletes nothing.
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);

    // Flink: the old job ended by its stop with a savepoint; the new one runs under its new name.
    const oldNow = (await jobsOf(repo, 'old_counts')).find((j) => j.jid === old.jid);
    expect(oldNow?.state).toBe('FINISHED');
    const renamed = await runningJob(repo, 'counts');
    expect(renamed.name).toBe(`${repo.project}.local.counts`);
    const state = repo.state();
    expect(state.jobs.old_counts).toBeUndefined();
    const rec = state.jobs.counts!;
    const final = rec.savepoints.find((s) => s.jobId === old.jid && s.kind === 'upgrade');
    expect(final, JSON.stringify(rec.savepoints)).toBeDefined();
    expect(savepointOnDisk(final!.path)).toBe(true);
    expect(await restoredFrom(repo.cluster, renamed.jid)).toBe(final!.path);
    expect(rec.history.some((h) => h.action === 'renamed')).toBe(true);
    // Old's history came along: its create is there.
    expect(rec.history.some((h) => h.action === 'create')).toBe(true);

    // The state carried over: every count the sink got since the rename goes on from the old
    // job's (a job started empty would write 1, 2, ... again).
    const after = await waitFor('counts written by the renamed job', async () => {
      const p = printed(before.ends);
      return [0, 1, 2, 3].every((k) => (p.rows.get(k)?.length ?? 0) >= 3) ? p : undefined;
    });
    for (const k of [0, 1, 2, 3]) {
      const was = before.rows.get(k)!.at(-1)!;
      expect(Math.min(...after.rows.get(k)!), `key ${k}`).toBeGreaterThan(was);
    }

    // Applied, the setting is a leftover: no changes, and nothing said of it (as of an applied moved block).
    const again = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(again.code, again.out).toBe(0);
    expect(again.out).not.toMatch(/FO735/);
  });

  it('leaves the config of the new job labelled with its new name', async () => {
    const job = await runningJob(repo, 'counts');
    const cfg = await rest<{ 'execution-config': { 'user-config': Record<string, string> } }>(
      repo.cluster,
      `/jobs/${job.jid}/config`,
    );
    expect(cfg['execution-config']['user-config']['flinkops.job']).toBe('counts');
  });
});
