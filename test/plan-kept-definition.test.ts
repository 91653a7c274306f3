/**
 * A lakehouse job creates its Paimon table with CREATE TABLE IF NOT EXISTS in the catalog its script
 * creates. The first start creates the table; on real Flink 1.20.3 with Paimon 1.2.0 an upgrade
 * whose script added options to that CREATE TABLE ran against the table as first created (its
 * schema file kept the old options), and plan said nothing of it. Plan now warns (FO116) at the
 * statement, naming what changed.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { closeRun } from '../src/engine/plan-run';
import { type Simulator, startSimulator } from '../src/sim';
import { planDirProject, simPlanHarness } from './support/sim-plan';

const SCRIPT = (ifNotExists: string, options: string, where = '') =>
  [
    "CREATE TABLE gen (id BIGINT, k INT) WITH ('connector' = 'datagen');",
    "CREATE CATALOG lake WITH ('type' = 'generic_in_memory');",
    `CREATE TABLE ${ifNotExists}lake.\`default\`.orders (`,
    '  id BIGINT,',
    '  k INT',
    `) WITH (${options});`,
    `INSERT INTO lake.\`default\`.orders SELECT id, k FROM default_catalog.default_database.gen${where};`,
    '',
  ].join('\n');

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function upgraded(first: string, next: string) {
  const clock = new FakeClock(Date.UTC(2026, 0, 5));
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-kept-definition-'));
  mkdirSync(join(dir, 'jobs'));
  writeFileSync(join(dir, 'flinkops.yaml'), planDirProject('lake'));
  writeFileSync(join(dir, 'jobs/ingest.sql'), first);
  const harness = simPlanHarness(
    () => dir,
    () => clock,
  );
  sim = await startSimulator({ flinkVersion: '1.20', clock, savepointDir: 'file:/shared/savepoints' });
  await harness.apply(sim);
  writeFileSync(join(dir, 'jobs/ingest.sql'), next);
  const run = await harness.plan(sim);
  await closeRun(run);
  expect(run.plan!.changes.find((c) => c.job === 'ingest')?.action).toBe('upgrade');
  return run.plan!.diagnostics.filter((d) => d.code === 'FO116');
}

describe('a changed CREATE TABLE IF NOT EXISTS of a catalog the script creates', () => {
  it('is said at the statement, with what changed: the table keeps its first definition', async () => {
    const found = await upgraded(
      SCRIPT('IF NOT EXISTS ', "'bucket' = '2'"),
      SCRIPT('IF NOT EXISTS ', "'bucket' = '4', 'write-buffer-size' = '8mb'"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      summary: expect.stringContaining('IF NOT EXISTS lake.default.orders will not reach the table'),
      range: { file: 'jobs/ingest.sql', start: { line: 3, column: 1 } },
    });
    expect(found[0]!.detail).toContain("option 'bucket' '2' → '4', option 'write-buffer-size' added");
    expect(found[0]!.detail).toContain('ALTER TABLE lake.default.orders');
  });

  it('says nothing when only the query changed', async () => {
    const found = await upgraded(
      SCRIPT('IF NOT EXISTS ', "'bucket' = '2'"),
      SCRIPT('IF NOT EXISTS ', "'bucket' = '2'", ' WHERE k > 0'),
    );
    expect(found).toEqual([]);
  });
});
