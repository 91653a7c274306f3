/**
 * A job written as the SQL client runs it — its own plain CREATE TABLEs and a CREATE CATALOG, no
 * repository tables — is run in the plan's throwaway session like any other: the SQL Gateway's
 * default catalog store gives each session its own catalogs (real Flink 1.20.3: another session
 * sees none of them). Plan said FO632 ("would change the cluster's catalogs") and estimated its
 * upgrades. Where the gateway's store keeps catalogs (`table.catalog-store.kind: file`), plan
 * reads that from the probe session's configuration and still runs none of it.
 *
 * planMode: compiled of such a job: the gateway compiles the plan in a session that ends with it,
 * so its tables are created there first. They were left out (only temporary objects were), and
 * Flink refused every such plan: "Object 'counts' not found" (FO640).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { closeRun } from '../src/engine/plan-run';
import { type Simulator, startSimulator } from '../src/sim';
import { keepStatements, planDirProject, simPlanHarness } from './support/sim-plan';

const SCRIPT = (where = '') =>
  [
    "CREATE TABLE events (id BIGINT, k INT) WITH ('connector' = 'datagen');",
    "CREATE TABLE counts (k INT, c BIGINT) WITH ('connector' = 'blackhole');",
    "CREATE CATALOG scratch WITH ('type' = 'generic_in_memory');",
    'INSERT INTO counts',
    'SELECT k, COUNT(*) AS c',
    `FROM events${where}`,
    'GROUP BY k;',
    '',
  ].join('\n');
/** A gateway whose catalog store keeps the catalogs its sessions create. */
const KEEPS = { 'table.catalog-store.kind': 'file' };

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** The repository of jobs/counts.sql (SCRIPT), and a 1.20 simulator with `gatewayConfig`. */
async function bed(opts: { compiled?: boolean; gatewayConfig?: Record<string, string> } = {}) {
  const clock = new FakeClock(Date.UTC(2026, 0, 5));
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-client-script-'));
  mkdirSync(join(dir, 'jobs'));
  writeFileSync(
    join(dir, 'flinkops.yaml'),
    planDirProject('client', opts.compiled ? 'defaults:\n  planMode: compiled\n' : ''),
  );
  writeFileSync(join(dir, 'jobs/counts.sql'), SCRIPT());
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock,
    savepointDir: 'file:/shared/savepoints',
    ...(opts.gatewayConfig ? { gatewayConfig: opts.gatewayConfig } : {}),
  });
  const sent: string[] = [];
  return {
    dir,
    sim,
    sent,
    harness: simPlanHarness(
      () => dir,
      () => clock,
      keepStatements(sent),
    ),
  };
}

/** The change of job counts after an apply and an edit of its query. */
async function upgradeOf(b: Awaited<ReturnType<typeof bed>>) {
  await b.harness.apply(b.sim);
  writeFileSync(join(b.dir, 'jobs/counts.sql'), SCRIPT('\nWHERE k > 0'));
  const upgraded = await b.harness.plan(b.sim);
  await closeRun(upgraded);
  return upgraded.plan!.changes.find((c) => c.job === 'counts')!;
}

describe('a SQL client script in the plan', () => {
  it("with Flink's default catalog store: explained when created, and its upgrade judged from Flink's graphs", async () => {
    const b = await bed();
    const created = await b.harness.plan(b.sim, { explain: true });
    await closeRun(created);
    expect(created.plan!.diagnostics.filter((d) => /^FO63[012]$/.test(d.code))).toEqual([]);
    expect(b.sent.filter((s) => s.startsWith('EXPLAIN INSERT INTO counts'))).toHaveLength(1);
    expect(b.sim.control.snapshot().jobs).toHaveLength(0);
    const change = await upgradeOf(b);
    expect(change.action).toBe('upgrade');
    expect(change.compatibility).toMatchObject({ verdict: 'compatible', source: 'flink' });
  });

  it('on a gateway whose catalog store keeps catalogs: not run, said at the CREATE TABLE, and estimated', async () => {
    const b = await bed({ gatewayConfig: KEEPS });
    const created = await b.harness.plan(b.sim, { explain: true });
    await closeRun(created);
    const [info, ...more] = created.plan!.diagnostics.filter((d) => d.code === 'FO632');
    expect(more).toEqual([]);
    // The first statement the store would keep: the plain CREATE TABLE of line 1.
    expect(info).toMatchObject({ severity: 'info', range: { file: 'jobs/counts.sql', start: { line: 1 } } });
    expect(b.sent.filter((s) => /^EXPLAIN\b/.test(s))).toEqual([]);
    expect((await upgradeOf(b)).compatibility?.source).toBe('estimate');
  });
});

describe('planMode: compiled of a SQL client script', () => {
  it("with Flink's default catalog store: the plan is compiled, and the job starts from it", async () => {
    const b = await bed({ compiled: true });
    const { run, report } = await b.harness.apply(b.sim);
    expect(run.plan!.diagnostics.filter((d) => d.code === 'FO640')).toEqual([]);
    expect(run.plan!.changes.find((c) => c.job === 'counts')?.compiledPlan?.path).toMatch(/\.json$/);
    expect(report.changes.map((c) => [c.job, c.outcome])).toEqual([['counts', 'applied']]);
    expect(b.sim.control.snapshot().jobs.map((j) => [j.name, j.state])).toEqual([
      ['client.prod.counts', 'RUNNING'],
    ]);
  });

  it('on a gateway whose catalog store keeps catalogs: refused, saying why, and nothing is compiled', async () => {
    const b = await bed({ compiled: true, gatewayConfig: KEEPS });
    const run = await b.harness.plan(b.sim);
    await closeRun(run);
    const [refused, ...more] = run.plan!.diagnostics.filter((d) => d.code === 'FO640');
    expect(more).toEqual([]);
    expect(refused!.detail).toMatch(
      /its create table statement would outlive the session the plan is compiled in: this SQL Gateway's catalog store keeps/,
    );
    expect(run.plan!.changes.find((c) => c.job === 'counts')?.refused).toBeDefined();
  });
});
