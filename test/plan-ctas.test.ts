/**
 * A job written as CREATE TABLE ... AS (or REPLACE TABLE ... AS): from Flink 2.0 the gateway
 * EXPLAINs it without creating the table, so plan validates it against the planner and takes an
 * upgrade's state verdict from Flink's stream graphs, as for an INSERT. Flink 1.x cannot explain
 * it (running it would start the job): there plan says so (FO632) and estimates.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { closeRun } from '../src/engine/plan-run';
import { type Simulator, startSimulator } from '../src/sim';
import { COUNT_FILES, keepStatements, planDirProject, simPlanHarness } from './support/sim-plan';

const CTAS = (head: string, where = '') =>
  `${head} totals WITH ('connector' = 'blackhole') AS\nSELECT k, COUNT(*) AS c\nFROM events${where}\nGROUP BY k;\n`;

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function bed(version: string, head: string) {
  const clock = new FakeClock(Date.UTC(2026, 0, 5));
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-ctas-'));
  mkdirSync(join(dir, 'tables'));
  mkdirSync(join(dir, 'jobs'));
  writeFileSync(join(dir, 'flinkops.yaml'), planDirProject('ctas', '', version));
  writeFileSync(join(dir, 'tables/events.yaml'), COUNT_FILES['tables/events.yaml']);
  writeFileSync(join(dir, 'jobs/totals.sql'), CTAS(head));
  const sent: string[] = [];
  const watch = keepStatements(sent);
  const harness = simPlanHarness(
    () => dir,
    () => clock,
    watch,
  );
  return { clock, dir, sent, harness };
}

describe('a CREATE TABLE ... AS job', () => {
  it.each(['CREATE TABLE', 'CREATE OR REPLACE TABLE', 'REPLACE TABLE'])(
    '%s on Flink 2.2: validated by the planner, and its upgrade gets the verdict of the stream graphs',
    async (head) => {
      const b = bed('2.2', head);
      sim = await startSimulator({
        flinkVersion: '2.2',
        clock: b.clock,
        savepointDir: 'file:/shared/savepoints',
      });
      const created = await b.harness.plan(sim, { explain: true });
      await closeRun(created);
      expect(created.plan!.changes.map((c) => [c.job, c.action])).toEqual([['totals', 'create']]);
      expect(created.plan!.diagnostics.filter((d) => d.code === 'FO632')).toEqual([]);
      expect(b.sent.filter((s) => s.startsWith(`EXPLAIN ${head} totals`))).toHaveLength(1);
      // Nothing was started by the plan.
      expect(sim.control.snapshot().jobs).toHaveLength(0);

      const { report } = await b.harness.apply(sim);
      expect(report.changes.map((c) => c.outcome)).toEqual(['applied']);
      writeFileSync(join(b.dir, 'jobs/totals.sql'), CTAS(head, '\nWHERE k > 0'));
      const upgrade = await b.harness.plan(sim, { explain: true });
      await closeRun(upgrade);
      const change = upgrade.plan!.changes[0]!;
      expect(change.action).toBe('upgrade');
      expect(change.compatibility).toMatchObject({ verdict: 'compatible', source: 'flink' });
      expect(change.compatibility!.findings).toContain('GroupAggregate (k) keeps its state');
      expect(b.sent.some((s) => s.startsWith(`EXPLAIN JSON_EXECUTION_PLAN ${head} totals`))).toBe(true);
    },
  );

  /** A plan of the CTAS after a CREATE CATALOG, on a 2.2 gateway of `gatewayConfig`. */
  async function afterCreateCatalog(gatewayConfig: Record<string, string> = {}) {
    const b = bed('2.2', 'CREATE TABLE');
    writeFileSync(
      join(b.dir, 'jobs/totals.sql'),
      `CREATE CATALOG mem WITH ('type' = 'generic_in_memory');\n${CTAS('CREATE TABLE')}`,
    );
    sim = await startSimulator({
      flinkVersion: '2.2',
      clock: b.clock,
      savepointDir: 'file:/shared/savepoints',
      gatewayConfig,
    });
    const created = await b.harness.plan(sim, { explain: true });
    await closeRun(created);
    return { b, created };
  }

  it('after a CREATE CATALOG, on a gateway whose catalog store keeps catalogs: not explained, and the advice is one Flink can take (no temporary catalog)', async () => {
    const { b, created } = await afterCreateCatalog({
      'table.catalog-store.kind': 'file',
      'table.catalog-store.file.path': 'file:/shared/catalogs',
    });
    const [info, ...more] = created.plan!.diagnostics.filter((d) => d.code === 'FO632');
    expect(more).toEqual([]);
    expect(info).toMatchObject({
      severity: 'info',
      range: { file: 'jobs/totals.sql', start: { line: 1, column: 1 } },
    });
    expect(info!.detail).not.toMatch(/CREATE TEMPORARY/);
    expect(info!.detail).toMatch(/Flink has no temporary catalog/);
    expect(info!.detail).toMatch(/register the catalog in that store once and remove the CREATE CATALOG/);
    expect(b.sent.filter((s) => /^EXPLAIN\b/.test(s))).toEqual([]);
  });

  it("after a CREATE CATALOG, on a gateway with Flink's default catalog store (one a session): explained", async () => {
    const { b, created } = await afterCreateCatalog();
    expect(created.plan!.diagnostics.filter((d) => d.code === 'FO632')).toEqual([]);
    expect(b.sent.filter((s) => /^EXPLAIN CREATE TABLE totals\b/.test(s))).toHaveLength(1);
    expect(sim!.control.snapshot().jobs).toHaveLength(0);
  });

  it('on Flink 1.20: not explained (1.x cannot), said so at the statement; the verdict is an estimate', async () => {
    const b = bed('1.20', 'CREATE TABLE');
    sim = await startSimulator({
      flinkVersion: '1.20',
      clock: b.clock,
      savepointDir: 'file:/shared/savepoints',
    });
    const created = await b.harness.plan(sim, { explain: true });
    await closeRun(created);
    const [info, ...more] = created.plan!.diagnostics.filter((d) => d.code === 'FO632');
    expect(more).toEqual([]);
    expect(info).toMatchObject({
      severity: 'info',
      summary:
        "Job totals was not validated against the cluster's planner: Flink before 2.0 cannot EXPLAIN a CREATE TABLE ... AS",
      range: { file: 'jobs/totals.sql', start: { line: 1, column: 1 } },
    });
    expect(b.sent.filter((s) => /^EXPLAIN\b/.test(s))).toEqual([]);
    await b.harness.apply(sim);
    writeFileSync(join(b.dir, 'jobs/totals.sql'), CTAS('CREATE TABLE', '\nWHERE k > 0'));
    const upgrade = await b.harness.plan(sim);
    await closeRun(upgrade);
    expect(upgrade.plan!.changes[0]!.compatibility).toMatchObject({ verdict: 'unknown', source: 'estimate' });
    expect(upgrade.plan!.changes[0]!.compatibility!.findings.join('\n')).toMatch(
      /Flink before 2\.0 cannot EXPLAIN/,
    );
  });
});
