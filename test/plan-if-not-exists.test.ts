/**
 * A lakehouse job creates its table with CREATE TABLE IF NOT EXISTS in the catalog its script
 * creates (a Paimon catalog keeps it on disk). Plan never ran such a script (FO632), so a typo in its
 * INSERT reached apply, and an upgrade's state verdict was an estimate. Plan now looks the table
 * up instead (DESCRIBE, read-only): once it exists Flink skips the CREATE, and so does the plan's
 * session, which then explains the rest. While it does not exist, plan says so and creates nothing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { closeRun } from '../src/engine/plan-run';
import { type Simulator, startSimulator } from '../src/sim';
import { keepStatements, planDirProject, simPlanHarness } from './support/sim-plan';

const SCRIPT = (target = 'orders', create = 'CREATE TABLE IF NOT EXISTS') =>
  [
    "CREATE TABLE gen (id BIGINT, k INT) WITH ('connector' = 'datagen');",
    "CREATE CATALOG lake WITH ('type' = 'generic_in_memory');",
    `${create} lake.\`default\`.orders (id BIGINT, k INT);`,
    `INSERT INTO lake.\`default\`.${target} SELECT id, k FROM default_catalog.default_database.gen;`,
    '',
  ].join('\n');

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function bed(script: string) {
  const clock = new FakeClock(Date.UTC(2026, 0, 5));
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-if-not-exists-'));
  mkdirSync(join(dir, 'jobs'));
  writeFileSync(join(dir, 'flinkops.yaml'), planDirProject('lake'));
  writeFileSync(join(dir, 'jobs/ingest.sql'), script);
  const sent: string[] = [];
  const watch = keepStatements(sent, { configured: true });
  sim = await startSimulator({ flinkVersion: '1.20', clock, savepointDir: 'file:/shared/savepoints' });
  const harness = simPlanHarness(
    () => dir,
    () => clock,
    watch,
  );
  const plan = async () => {
    sent.length = 0;
    const run = await harness.plan(sim!, { explain: true });
    await closeRun(run);
    return run.plan!;
  };
  return { dir, sent, harness, plan };
}

describe('CREATE TABLE IF NOT EXISTS of a catalog the script creates', () => {
  it('is looked up, not run: absent, plan says so; once it exists, the job is explained', async () => {
    const b = await bed(SCRIPT());
    const first = await b.plan();
    const [info, ...more] = first.diagnostics.filter((d) => /^FO63[012]$/.test(d.code));
    expect(more).toEqual([]);
    expect(info).toMatchObject({
      code: 'FO632',
      severity: 'info',
      summary: expect.stringContaining('the script creates lake.default.orders, which does not exist yet'),
      range: { file: 'jobs/ingest.sql', start: { line: 3 } },
    });
    expect(b.sent).toContain('DESCRIBE `lake`.`default`.`orders`');
    expect(b.sent.filter((s) => /^(?:EXPLAIN|CREATE TABLE IF NOT EXISTS)\b/.test(s))).toEqual([]);

    await b.harness.apply(sim!);
    writeFileSync(join(b.dir, 'jobs/ingest.sql'), SCRIPT('orderz'));
    const next = await b.plan();
    expect(b.sent.filter((s) => /^CREATE TABLE IF NOT EXISTS\b/.test(s))).toEqual([]);
    expect(b.sent.filter((s) => /^EXPLAIN\b.*\bINSERT INTO lake\.`default`\.orderz\b/.test(s))).not.toEqual(
      [],
    );
    const errors = next.diagnostics.filter((d) => d.code === 'FO630');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.range).toMatchObject({ file: 'jobs/ingest.sql', start: { line: 4 } });
    expect(next.diagnostics.filter((d) => d.code === 'FO632')).toEqual([]);
  });

  it('without IF NOT EXISTS: not run, and the advice says that every later start would fail', async () => {
    const b = await bed(SCRIPT('orders', 'CREATE TABLE'));
    const plan = await b.plan();
    const [info] = plan.diagnostics.filter((d) => d.code === 'FO632');
    expect(info?.range).toMatchObject({ start: { line: 3 } });
    expect(info?.detail).toContain('Write CREATE TABLE IF NOT EXISTS lake.default.orders');
    expect(b.sent).toEqual([]);
  });
});
