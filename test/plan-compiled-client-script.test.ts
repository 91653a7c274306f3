/**
 * planMode: compiled of a job written as the SQL client runs it (its own plain CREATE TABLEs): the
 * gateway compiles the plan in a session that ends with it, and with Flink's default catalog store
 * that session's tables are its own, so they are created there first. They were left out (only
 * temporary objects were), and Flink refused every such plan: "Object 'counts' not found" (FO640).
 * A gateway whose catalog store keeps catalogs is told apart and refused with the reason.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { closeRun } from '../src/engine/plan-run';
import { type Simulator, startSimulator } from '../src/sim';
import { planDirProject, simPlanHarness } from './support/sim-plan';

const SCRIPT = [
  "CREATE TABLE events (id BIGINT, k INT) WITH ('connector' = 'datagen');",
  "CREATE TABLE counts (k INT, c BIGINT) WITH ('connector' = 'blackhole');",
  'INSERT INTO counts SELECT k, COUNT(*) AS c FROM events GROUP BY k;',
  '',
].join('\n');

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function bed() {
  const clock = new FakeClock(Date.UTC(2026, 0, 5));
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-compiled-client-'));
  mkdirSync(join(dir, 'jobs'));
  writeFileSync(join(dir, 'flinkops.yaml'), planDirProject('client', 'defaults:\n  planMode: compiled\n'));
  writeFileSync(join(dir, 'jobs/counts.sql'), SCRIPT);
  return {
    clock,
    harness: simPlanHarness(
      () => dir,
      () => clock,
    ),
  };
}

describe('planMode: compiled of a SQL client script', () => {
  it("with Flink's default catalog store: the plan is compiled, and the job starts from it", async () => {
    const b = bed();
    sim = await startSimulator({
      flinkVersion: '1.20',
      clock: b.clock,
      savepointDir: 'file:/shared/savepoints',
    });
    const { run, report } = await b.harness.apply(sim);
    expect(run.plan!.diagnostics.filter((d) => d.code === 'FO640')).toEqual([]);
    expect(run.plan!.changes.find((c) => c.job === 'counts')?.compiledPlan?.path).toMatch(/\.json$/);
    expect(report.changes.map((c) => [c.job, c.outcome])).toEqual([['counts', 'applied']]);
    expect(sim.control.snapshot().jobs.map((j) => [j.name, j.state])).toEqual([
      ['client.prod.counts', 'RUNNING'],
    ]);
  });

  it('on a gateway whose catalog store keeps catalogs: refused, saying why, and nothing is compiled', async () => {
    const b = bed();
    sim = await startSimulator({
      flinkVersion: '1.20',
      clock: b.clock,
      savepointDir: 'file:/shared/savepoints',
      gatewayConfig: { 'table.catalog-store.kind': 'file' },
    });
    const run = await b.harness.plan(sim);
    await closeRun(run);
    const [refused, ...more] = run.plan!.diagnostics.filter((d) => d.code === 'FO640');
    expect(more).toEqual([]);
    expect(refused!.detail).toMatch(
      /its create table statement would outlive the session the plan is compiled in: this SQL Gateway's catalog store keeps/,
    );
    expect(run.plan!.changes.find((c) => c.job === 'counts')?.refused).toBeDefined();
  });
});
