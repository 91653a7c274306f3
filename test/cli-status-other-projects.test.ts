/**
 * Two teams share one session cluster, each with a project of its own, both with a job `totals`.
 * `flinkops status` of one listed its own `totals` and said nothing of `other.dev.totals`, which
 * the Flink UI shows beside it (found on Flink 2.2 with teama.dev.orders and teamb.dev.orders).
 * Now status names the other project's job as not this repository's, and leaves it out of its rows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 10, savepointMs: 20 });

describe('status beside another project of the same job names', () => {
  it('names the other project job below the table and in --json, not as a row', async () => {
    const state = join(t.base, 'state.json');
    const applied = await t.apply(state, '--health-grace', '0s', '--checkpoint-wait', '0');
    expect(applied.code, applied.stderr).toBe(0);
    const theirs = t.sim.control.seedJob({
      name: 'other.dev.totals',
      parallelism: 1,
      config: { 'pipeline.global-job-parameters': 'flinkops.project:other,flinkops.job:totals' },
    });
    const text = await t.run(['status'], state);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('The same job names run here for other projects: not this repository');
    expect(text.stdout).toContain(`  totals: other.dev.totals (${theirs}), project other`);
    const json = await t.run(['status', '--json'], state);
    const out = JSON.parse(json.stdout);
    expect(out.jobs.map((r: { job: string; jobId: string }) => r.job)).toEqual(['totals']);
    expect(out.jobs[0].jobId).not.toBe(theirs);
    expect(out.otherProjects).toEqual([
      { name: 'other.dev.totals', jobId: theirs, project: 'other', job: 'totals' },
    ]);
  });

  it('says nothing of them when no other project uses the names', async () => {
    const state = join(t.base, 'state.json');
    await t.apply(state, '--health-grace', '0s', '--checkpoint-wait', '0');
    const text = await t.run(['status'], state);
    expect(text.stdout).not.toContain('other projects');
    expect(JSON.parse((await t.run(['status', '--json'], state)).stdout).otherProjects).toBeUndefined();
  });
});
