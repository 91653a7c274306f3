/**
 * A job whose configuration names no state backend runs the cluster's default, and Flink says
 * which at /jobs/:id/checkpoints/config (`state_backend`): a last-state upgrade that names another
 * backend is judged by it (the restore from a checkpoint fails), not left unknown.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { COUNTS_BLACKHOLE, jobYaml, SLOW_EVENTS } from './fixtures';
import { apply, cancelJobs, flinkops, makeRepo, rest, runningJob } from './support';

const COUNT = 'INSERT INTO counts\nSELECT k, COUNT(*) AS c\nFROM events\nGROUP BY k;\n';
const RETAIN = '  execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION';

const repo = makeRepo('backend', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/counts.yaml': COUNTS_BLACKHOLE,
  'jobs/totals.sql': COUNT,
  'jobs/totals.yaml': jobYaml(['parallelism: 1', 'upgradeMode: last-state', 'config:', RETAIN]),
});
afterAll(async () => {
  await cancelJobs(repo);
  repo.cleanup();
});

describe('a state backend switch judged by the backend the job runs', () => {
  it('a job on the cluster default (hashmap) upgraded last-state onto rocksdb: incompatible', async () => {
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'totals');
    const config = await rest<{ state_backend: string }>(repo.cluster, `/jobs/${job.jid}/checkpoints/config`);
    expect(config.state_backend).toBe('HashMapStateBackend');

    const yaml = (backend: string) =>
      jobYaml([
        'parallelism: 1',
        'upgradeMode: last-state',
        'config:',
        RETAIN,
        `  state.backend.type: ${backend}`,
      ]);
    repo.write({ 'jobs/totals.yaml': yaml('rocksdb') });
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--json']);
    const change = (
      JSON.parse(plan.stdout) as {
        changes: { job: string; compatibility?: { verdict: string; findings: string[] } }[];
      }
    ).changes.find((c) => c.job === 'totals')!;
    expect(change.compatibility?.verdict).toBe('incompatible');
    expect(change.compatibility?.findings.join('\n')).toContain(
      'the state backend changes (hashmap → rocksdb)',
    );

    // Naming the backend it already runs on is no switch.
    repo.write({ 'jobs/totals.yaml': yaml('hashmap') });
    const same = await flinkops(repo, ['plan', '--env', 'local', '--json']);
    const kept = (
      JSON.parse(same.stdout) as { changes: { job: string; compatibility?: { findings: string[] } }[] }
    ).changes.find((c) => c.job === 'totals')!;
    expect(kept.compatibility?.findings.join('\n') ?? '').not.toContain('state backend');
  });
});
