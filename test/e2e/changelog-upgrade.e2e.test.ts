/**
 * A rocksdb job with the changelog state backend on, upgraded by savepoint. Restored in NO_CLAIM
 * mode, real 2.2.0 failed its first checkpoint ("Configured state backend
 * (…ChangelogStateBackend@…) does not support enforcing a full snapshot. If you are restoring in
 * NO_CLAIM mode, please consider choosing CLAIM mode.") and restarted from the savepoint over and
 * over, whatever the state's size; the rollback failed the same way. flinkops restores it in
 * LEGACY mode: it checkpoints, and the savepoint it restored stays on disk.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { COUNTS_BLACKHOLE, EVENTS_SOURCE, jobYaml } from './fixtures';
import {
  apply,
  cancelJobs,
  makeRepo,
  rest,
  restoredFrom,
  runningJob,
  savepointOnDisk,
  waitFor,
} from './support';

const COUNT = (where: string) =>
  `INSERT INTO counts\nSELECT k, COUNT(*) AS c\nFROM events\n${where}GROUP BY k;\n`;

const repo = makeRepo('changelog', {
  'tables/events.yaml': EVENTS_SOURCE,
  'tables/counts.yaml': COUNTS_BLACKHOLE,
  'jobs/totals.sql': COUNT(''),
  'jobs/totals.yaml': jobYaml([
    'parallelism: 1',
    'config:',
    '  state.backend.type: rocksdb',
    '  state.changelog.enabled: true',
  ]),
});
afterAll(async () => {
  await cancelJobs(repo);
  repo.cleanup();
});

interface Checkpoints {
  counts: { completed: number; failed: number };
}

describe('a changelog job upgraded by savepoint', () => {
  it('restores in LEGACY mode: checkpoints complete, the savepoint stays', async () => {
    const created = await apply(repo);
    expect(created.code, created.out).toBe(0);
    const first = await runningJob(repo, 'totals');
    const config = await rest<{ state_changelog_enabled: boolean }>(
      repo.cluster,
      `/jobs/${first.jid}/checkpoints/config`,
    );
    expect(config.state_changelog_enabled).toBe(true);

    repo.write({ 'jobs/totals.sql': COUNT('WHERE v IS NOT NULL\n') });
    const upgraded = await apply(repo);
    expect(upgraded.out).not.toContain('does not support enforcing a full snapshot');
    expect(upgraded.code, upgraded.out).toBe(0);
    const job = await runningJob(repo, 'totals');
    expect(job.jid).not.toBe(first.jid);
    const savepoint = await restoredFrom(repo.cluster, job.jid);
    expect(savepoint).toMatch(/savepoint-/);
    // Several checkpoints after the restore (1 s apart), none failed, no restart.
    const done = await waitFor('three checkpoints of the upgraded job', async () => {
      const c = await rest<Checkpoints>(repo.cluster, `/jobs/${job.jid}/checkpoints`);
      return c.counts.completed >= 3 ? c : undefined;
    });
    expect(done.counts.failed).toBe(0);
    const ex = await rest<{ exceptionHistory: { entries: unknown[] } }>(
      repo.cluster,
      `/jobs/${job.jid}/exceptions`,
    );
    expect(ex.exceptionHistory.entries).toHaveLength(0);
    expect(savepointOnDisk(savepoint!)).toBe(true);
  });
});
