/**
 * A job started by hand before the repository existed, under a name of its own (`dedup-users`,
 * set with `SET 'pipeline.name'` in a sql-client script): flinkops finds jobs only by
 * `<project>.<env>.<job>`, so a plan adding `jobs/dedup_users.sql` created it beside the running
 * one without a word (found on Flink 1.20: both ran and wrote the same filesystem sink, the new
 * one without the old one's deduplication state). The plan now names it (FO633) with the way over.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { createFlinkClient } from '../src/flink/rest-client';
import type { JobSummary } from '../src/flink/types';
import { observe } from '../src/observe';
import { lookalikeJobs } from '../src/observe/strays';
import { diff } from '../src/plan';
import { type Simulator, startSimulator } from '../src/sim';
import { desiredJob, desiredState, liveState, stateDoc } from './plan-fixtures';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const summary = (name: string, state = 'RUNNING'): JobSummary => ({
  id: name.length.toString(16).padStart(32, '0'),
  name,
  state,
  startTime: 1,
  durationMs: 1,
  lastModification: 1,
});

describe('a job started by hand under a name like a job of the repository', () => {
  it('observe lists the alive jobs whose names read as a job name, not the managed ones', () => {
    const listed = [
      summary('dedup-users'),
      summary('Shop-Prod-Page Totals'),
      summary('shop.prod.orders'),
      summary('old-job', 'CANCELED'),
    ];
    expect(lookalikeJobs(listed, 'shop', 'prod').map((l) => [l.name, l.job])).toEqual([
      ['Shop-Prod-Page Totals', 'page_totals'],
      ['dedup-users', 'dedup_users'],
    ]);
    // Flink's default name of a job whose script set no pipeline.name names the tables it writes.
    const unnamed = lookalikeJobs(
      [summary('insert-into_default_catalog.default_database.t,`cat`.`db`.`u`')],
      'shop',
      'prod',
    );
    expect(unnamed.map((l) => [l.job, l.sinks])).toEqual([[undefined, ['t', 'u']]]);
  });

  it('is found on the cluster, and the plan that creates the job names it (FO633)', async () => {
    sim = await startSimulator({ flinkVersion: '1.20', clock: new FakeClock(Date.UTC(2026, 2, 1)) });
    const hand = sim.control.seedJob({ name: 'dedup-users' });
    const client = createFlinkClient({ jobmanagerUrl: sim.jobmanagerUrl, clock: new FakeClock() });
    const live = (await observe(client, { project: 'shop', env: 'prod' })).value;
    await client.close();
    expect(live.jobs).toEqual([]);
    expect(live.lookalikes).toEqual([{ name: 'dedup-users', jobId: hand, job: 'dedup_users' }]);

    const job = desiredJob('dedup_users');
    const plan = diff(
      desiredState([job]),
      liveState([], { lookalikes: live.lookalikes }),
      {
        doc: stateDoc({}),
        version: 1,
      },
      { allowDelete: false },
    );
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([['dedup_users', 'create']]);
    const said = plan.diagnostics.filter((d) => d.code === 'FO633');
    expect(said).toHaveLength(1);
    expect(said[0]!.severity).toBe('warning');
    expect(said[0]!.summary).toContain(`dedup-users (${hand})`);
    expect(said[0]!.detail).toContain('pipeline.name = shop.prod.dedup_users');
    expect(said[0]!.detail).toMatch(
      /stop it with a savepoint first .* set restoreFrom: <the savepoint's path> in jobs\/dedup_users\.yaml/,
    );
    expect(said[0]!.range?.file).toBe(job.sqlFile);
  });

  it("names a job run under Flink's default name that writes a table of the created job", () => {
    const job = desiredJob('orders');
    const hand = {
      name: `insert-into_default_catalog.default_database.${job.sinks[0]}`,
      jobId: 'b'.repeat(32),
      sinks: [job.sinks[0]!],
    };
    const plan = diff(
      desiredState([job]),
      liveState([], { lookalikes: [hand] }),
      { doc: stateDoc({}), version: 1 },
      { allowDelete: false },
    );
    const said = plan.diagnostics.filter((d) => d.code === 'FO633');
    expect(said.map((d) => d.summary)).toEqual([
      `Job orders is created while a job started outside flinkops runs under a name like its own or writes its tables: ${hand.name} (${hand.jobId})`,
    ]);
  });

  it('says nothing for a job it does not create', () => {
    const job = desiredJob('orders');
    const plan = diff(
      desiredState([job]),
      liveState([], { lookalikes: [{ name: 'dedup-users', jobId: 'a'.repeat(32), job: 'dedup_users' }] }),
      { doc: stateDoc({}), version: 1 },
      { allowDelete: false },
    );
    expect(plan.diagnostics.map((d) => d.code)).not.toContain('FO633');
  });
});
