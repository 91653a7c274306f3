/**
 * A state store written before format 5 keeps no JobManager endpoint for its jobs, so a plan
 * reaching another cluster could not tell they may still run where they started (FO739). The
 * plan finds them running on its own cluster and says so (FO736); apply records the endpoint and
 * restarts nothing. Checked in Flink's answers (the same job ids, RUNNING, started when they
 * were) and in the store on disk; then a plan against the other cluster judges them (FO739).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { endpointId } from '../../src/core/endpoint';
import { jobYaml, ROWS_BLACKHOLE, SLOW_EVENTS } from './fixtures';
import { apply, clusters, flinkops, jobsOf, makeRepo } from './support';

const repo = makeRepo('endpoint_record', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/sink_rows.yaml': ROWS_BLACKHOLE,
  'jobs/copy.sql': 'INSERT INTO sink_rows\nSELECT id, v\nFROM events;\n',
  'jobs/copy.yaml': jobYaml(['parallelism: 1']),
});
afterAll(() => repo.cleanup());

type Diag = { code: string };

describe('a store of format 4 on a running job', () => {
  it('records the endpoint without a restart, and a plan elsewhere then says FO739', async () => {
    const created = await apply(repo);
    expect(created.code, created.out).toBe(0);
    const [job] = await jobsOf(repo, 'copy');
    expect(job?.state).toBe('RUNNING');

    // The store as a flinkops before format 5 wrote it.
    const file = join(repo.dir, '.flinkops/state/local.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.state.formatVersion = 4;
    delete doc.state.jobs.copy.current.endpoint;
    delete doc.state.jobs.copy.lastStable.endpoint;
    writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);

    const plan = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(plan.code, plan.out).toBe(2);
    expect(plan.stdout).toContain(
      'No changes to the cluster: the JobManager endpoint of 1 job to record in the state store (FO736); apply records it.',
    );
    const recorded = await apply(repo);
    expect(recorded.code, recorded.out).toBe(0);
    expect(recorded.stdout).toMatch(/copy\s+record\s+applied/);

    // Flink's answer: the same job, still RUNNING since it first started; no other.
    expect(await jobsOf(repo, 'copy')).toEqual([
      expect.objectContaining({ jid: job!.jid, state: 'RUNNING', 'start-time': job!['start-time'] }),
    ]);
    const after = JSON.parse(readFileSync(file, 'utf8'));
    const here = endpointId(repo.cluster.jobmanagerUrl);
    expect(after.state.formatVersion).toBe(5);
    expect([after.state.jobs.copy.current.endpoint, after.state.jobs.copy.lastStable.endpoint]).toEqual([
      here,
      here,
    ]);
    expect(after.state.jobs.copy.history).toEqual(doc.state.jobs.copy.history);
    const quiet = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(quiet.code, quiet.out).toBe(0);

    // The other cluster of the run has no such job: its recovery is judged now (FO739).
    const other = clusters().standard;
    const elsewhere = await flinkops(repo, [
      'plan',
      '--env',
      'local',
      '--json',
      '--jobmanager-url',
      other.jobmanagerUrl,
      '--sql-gateway-url',
      other.gatewayUrl,
    ]);
    const p = JSON.parse(elsewhere.stdout);
    expect(p.changes.map((c: { action: string }) => c.action)).toEqual(['recover']);
    expect((p.diagnostics as Diag[]).map((d) => d.code)).toContain('FO739');
  });
});
