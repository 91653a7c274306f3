/**
 * A job whose new configuration names no state backend runs the cluster's default. The e2e
 * clusters configure none: `/jobmanager/config` lists no `state.backend*` key, and Flink runs
 * hashmap. The plan reads that default and judges a last-state upgrade from rocksdb onto it
 * incompatible (a checkpoint restores only into the backend that wrote it), not unknown.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { COUNTS_BLACKHOLE, jobYaml, SLOW_EVENTS } from './fixtures';
import { apply, cancelJobs, flinkops, makeRepo, rest, runningJob } from './support';

const repo = makeRepo('default_backend', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/counts.yaml': COUNTS_BLACKHOLE,
  'jobs/totals.sql': 'INSERT INTO counts\nSELECT k, COUNT(*) AS c\nFROM events\nGROUP BY k;\n',
  'jobs/totals.yaml': jobYaml([
    'parallelism: 1',
    'upgradeMode: last-state',
    'config:',
    '  state.backend.type: rocksdb',
  ]),
});
afterAll(async () => {
  await cancelJobs(repo);
  repo.cleanup();
});

describe("a state backend left to the cluster's default", () => {
  it('rocksdb → none, last-state, on a cluster without a default: incompatible with hashmap', async () => {
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'totals');
    const cp = await rest<{ state_backend: string }>(repo.cluster, `/jobs/${job.jid}/checkpoints/config`);
    expect(cp.state_backend).toBe('EmbeddedRocksDBStateBackend');
    const config = await rest<{ key: string; value: string }[]>(repo.cluster, '/jobmanager/config');
    expect(config.filter((e) => e.key.startsWith('state.backend'))).toEqual([]);

    repo.write({ 'jobs/totals.yaml': jobYaml(['parallelism: 1', 'upgradeMode: last-state']) });
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--json']);
    const change = (
      JSON.parse(plan.stdout) as {
        changes: { job: string; compatibility?: { verdict: string; findings: string[] } }[];
      }
    ).changes.find((c) => c.job === 'totals')!;
    expect(change.compatibility?.verdict).toBe('incompatible');
    expect(change.compatibility?.findings.join('\n')).toContain(
      "the state backend changes (rocksdb → hashmap, the cluster's default)",
    );
  });
});
