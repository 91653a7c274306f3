/**
 * A managed job that passed its health check and then crash-loops (every row divides by zero from
 * a set time on): the plan has nothing to change, and says the job is not healthy (FO606) with
 * Flink's root cause, where it said "No changes. The cluster matches the repository."
 */
import { afterAll, describe, expect, it } from 'vitest';
import { jobYaml, ROWS_BLACKHOLE, SLOW_EVENTS } from './fixtures';
import { apply, cancelJobs, flinkops, makeRepo, rest, runningJob, waitFor } from './support';

/** The bomb goes off this long after the scenario starts: time for the create and its health check. */
const FUSE_MS = 30_000;
const bombAt = Date.now() + FUSE_MS;

const repo = makeRepo('unhealthy', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/sink_rows.yaml': ROWS_BLACKHOLE,
  'jobs/bomb.sql': [
    'INSERT INTO sink_rows',
    'SELECT id,',
    `  CASE WHEN CURRENT_TIMESTAMP > TO_TIMESTAMP_LTZ(${bombAt}, 3) THEN v / (k - k) ELSE v END AS v`,
    'FROM events;',
    '',
  ].join('\n'),
  'jobs/bomb.yaml': jobYaml([
    'parallelism: 1',
    'config:',
    '  restart-strategy.type: fixed-delay',
    "  restart-strategy.fixed-delay.attempts: '1000'",
    '  restart-strategy.fixed-delay.delay: 3 s',
  ]),
});
afterAll(async () => {
  await cancelJobs(repo);
  repo.cleanup();
});

describe('plan of a managed job that crash-loops after its apply', () => {
  it("says it is not healthy, with Flink's root cause, and exits as for no changes", async () => {
    const r = await apply(repo, ['--health-grace', '2s', '--checkpoint-wait', '20s']);
    expect(r.code, r.out).toBe(0);
    expect(Date.now(), 'the create outlasted the fuse').toBeLessThan(bombAt);
    const { jid } = await runningJob(repo, 'bomb');
    // Two failures at least: RESTARTING, or RUNNING between the failures of its loop.
    await waitFor(
      'bomb to fail twice',
      async () => {
        const ex = await rest<{ exceptionHistory: { entries: unknown[] } }>(
          repo.cluster,
          `/jobs/${jid}/exceptions`,
        );
        return ex.exceptionHistory.entries.length >= 2 ? true : undefined;
      },
      FUSE_MS + 30_000,
    );
    const p = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(p.code, p.out).toBe(0);
    expect(p.out).toMatch(
      /warning FO606: job bomb is (RESTARTING|CREATED|INITIALIZING|restarting in a loop): it failed \d+ times since the last apply, the latest at [^:]+:\d\d:[^:]+: ArithmeticException: \/ by zero/,
    );
    expect(p.out).toContain('No changes, but 1 job is not healthy (FO606).');
    expect(p.out).not.toContain('The cluster matches the repository');
  });
});
