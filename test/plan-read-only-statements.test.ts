/**
 * A job whose script also EXPLAINs a query, SHOWs or DESCRIBEs a table (Flink 2.3's docs show
 * them in SQL scripts): they read, they outlive no session. Plan validated such a job not at all
 * (FO632, "A explain statement would change the cluster's catalogs"); it now runs them in the
 * throwaway session and EXPLAINs the INSERT, as for any job.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { closeRun } from '../src/engine/plan-run';
import { type Simulator, startSimulator } from '../src/sim';
import { COUNT_FILES, keepStatements, planDirProject, simPlanHarness } from './support/sim-plan';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('a job script with EXPLAIN, SHOW and DESCRIBE statements', () => {
  it('is validated against the planner, not skipped as if it changed the catalogs', async () => {
    const clock = new FakeClock(Date.UTC(2026, 0, 5));
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-readonly-'));
    mkdirSync(join(dir, 'tables'));
    mkdirSync(join(dir, 'jobs'));
    writeFileSync(join(dir, 'flinkops.yaml'), planDirProject('ro', '', '2.2'));
    writeFileSync(join(dir, 'tables/events.yaml'), COUNT_FILES['tables/events.yaml']);
    writeFileSync(
      join(dir, 'tables/totals.sql'),
      "CREATE TABLE totals (k INT, c BIGINT) WITH ('connector' = 'blackhole');",
    );
    writeFileSync(
      join(dir, 'jobs/totals.sql'),
      'EXPLAIN PLAN FOR SELECT k FROM events;\nSHOW CREATE TABLE events;\nDESCRIBE events;\n' +
        'INSERT INTO totals SELECT k, COUNT(*) FROM events GROUP BY k;\n',
    );
    const sent: string[] = [];
    const watch = keepStatements(sent);
    const harness = simPlanHarness(
      () => dir,
      () => clock,
      watch,
    );
    sim = await startSimulator({ flinkVersion: '2.2', clock, savepointDir: 'file:/shared/savepoints' });
    const run = await harness.plan(sim, { explain: true });
    await closeRun(run);
    expect(run.plan!.changes.map((c) => [c.job, c.action])).toEqual([['totals', 'create']]);
    expect(run.plan!.diagnostics.filter((d) => d.code === 'FO632')).toEqual([]);
    expect(sent.filter((s) => /^EXPLAIN INSERT INTO totals/.test(s))).toHaveLength(1);
    expect(sim.control.snapshot().jobs).toHaveLength(0);
  });
});
