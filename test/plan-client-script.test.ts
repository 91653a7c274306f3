/**
 * A job written as the SQL client runs it — its own plain CREATE TABLEs and a CREATE CATALOG, no
 * repository tables — is run in the plan's throwaway session like any other: the SQL Gateway's
 * default catalog store gives each session its own catalogs (real Flink 1.20.3: another session
 * sees none of them). Plan said FO632 ("would change the cluster's catalogs") and estimated its
 * upgrades. Where the gateway's store keeps catalogs (`table.catalog-store.kind: file`), plan
 * reads that from the probe session's configuration and still runs none of it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { closeRun } from '../src/engine/plan-run';
import type { FlinkClient } from '../src/flink';
import { type Simulator, startSimulator } from '../src/sim';
import { planDirProject, simPlanHarness } from './support/sim-plan';

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

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function bed() {
  const clock = new FakeClock(Date.UTC(2026, 0, 5));
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-client-script-'));
  mkdirSync(join(dir, 'jobs'));
  writeFileSync(join(dir, 'flinkops.yaml'), planDirProject('client'));
  writeFileSync(join(dir, 'jobs/counts.sql'), SCRIPT());
  const sent: string[] = [];
  const watch = (real: FlinkClient): FlinkClient => {
    const watched: FlinkClient = Object.create(real);
    watched.runStatement = (sh, statement, o) => {
      sent.push(statement);
      return real.runStatement(sh, statement, o);
    };
    return watched;
  };
  return {
    dir,
    clock,
    sent,
    harness: simPlanHarness(
      () => dir,
      () => clock,
      watch,
    ),
  };
}

describe('a SQL client script in the plan', () => {
  it("with Flink's default catalog store: explained when created, and its upgrade judged from Flink's graphs", async () => {
    const b = bed();
    sim = await startSimulator({
      flinkVersion: '1.20',
      clock: b.clock,
      savepointDir: 'file:/shared/savepoints',
    });
    const created = await b.harness.plan(sim, { explain: true });
    await closeRun(created);
    expect(created.plan!.diagnostics.filter((d) => /^FO63[012]$/.test(d.code))).toEqual([]);
    expect(b.sent.filter((s) => s.startsWith('EXPLAIN INSERT INTO counts'))).toHaveLength(1);
    expect(sim.control.snapshot().jobs).toHaveLength(0);

    const { report } = await b.harness.apply(sim);
    expect(report.changes.find((c) => c.job === 'counts')?.outcome).toBe('applied');
    writeFileSync(join(b.dir, 'jobs/counts.sql'), SCRIPT('\nWHERE k > 0'));
    const upgraded = await b.harness.plan(sim);
    await closeRun(upgraded);
    const change = upgraded.plan!.changes.find((c) => c.job === 'counts')!;
    expect(change.action).toBe('upgrade');
    expect(change.compatibility).toMatchObject({ verdict: 'compatible', source: 'flink' });
  });

  it('on a gateway whose catalog store keeps catalogs: not run, said at the CREATE CATALOG, and estimated', async () => {
    const b = bed();
    sim = await startSimulator({
      flinkVersion: '1.20',
      clock: b.clock,
      savepointDir: 'file:/shared/savepoints',
      gatewayConfig: { 'table.catalog-store.kind': 'file' },
    });
    const created = await b.harness.plan(sim, { explain: true });
    await closeRun(created);
    const [info, ...more] = created.plan!.diagnostics.filter((d) => d.code === 'FO632');
    expect(more).toEqual([]);
    // The first statement the store would keep: the plain CREATE TABLE of line 1.
    expect(info).toMatchObject({ severity: 'info', range: { file: 'jobs/counts.sql', start: { line: 1 } } });
    expect(b.sent.filter((s) => /^EXPLAIN\b/.test(s))).toEqual([]);

    await b.harness.apply(sim);
    writeFileSync(join(b.dir, 'jobs/counts.sql'), SCRIPT('\nWHERE k > 0'));
    const upgraded = await b.harness.plan(sim);
    await closeRun(upgraded);
    const change = upgraded.plan!.changes.find((c) => c.job === 'counts')!;
    expect(change.compatibility?.source).toBe('estimate');
  });
});
