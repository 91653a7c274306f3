/**
 * A statement the SQL Gateway refuses when apply submits the job is reported at its place in the
 * job's file, as plan reports it. Plan does not run a script that creates a catalog where the
 * gateway's catalog store keeps catalogs (FO632), so a misspelt table of that catalog is first
 * refused at apply: real Flink 2.2.0 answered "From line 4, column 6 to line 4, column 34: Object
 * 'public.customerz' not found within 'pg.drivers'", which apply printed with no file or line.
 * With Flink's default store (one a session) plan runs the CREATE CATALOG in its throwaway session
 * and finds the table missing before anything is applied.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo, QUICK } from './ops-cli';

let sim: Simulator;
let kept: Simulator;
let dir: string;

beforeAll(async () => {
  sim = await startSimulator({ flinkVersion: '1.20', clock: 'real', timing: { startMs: 10 } });
  kept = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 10 },
    gatewayConfig: { 'table.catalog-store.kind': 'file' },
  });
  dir = copyRepo(
    `project: shop\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: ${sim.jobmanagerUrl}\n    sqlGatewayUrl: ${sim.gatewayUrl}\n  kept:\n    jobmanagerUrl: ${kept.jobmanagerUrl}\n    sqlGatewayUrl: ${kept.gatewayUrl}\n`,
  );
  writeFileSync(
    join(dir, 'jobs/copy.sql'),
    "CREATE CATALOG mem WITH ('type' = 'generic_in_memory');\n\nINSERT INTO sink_rows\nSELECT e.id, e.v\nFROM events AS e\nJOIN mem.`default`.missing AS m ON e.id = m.id;\n",
  );
});
afterAll(async () => {
  await sim.close();
  await kept.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a statement refused at submission', () => {
  it("is reported at Flink's line and column in the job's file", async () => {
    const r = await cli(['apply', '--dir', dir, '--env', 'kept', ...QUICK], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^jobs\/copy\.sql:6:6: error FO707: submitting job copy: insert statement/m);
  });

  it("is found by plan, at the same place, where the gateway's catalog store is one a session", async () => {
    const r = await cli(['apply', '--dir', dir, '--env', 'dev', ...QUICK], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^jobs\/copy\.sql:6:6: error FO630: /m);
    expect(r.stderr).not.toMatch(/FO707/);
    expect(sim.control.snapshot().jobs).toEqual([]);
  });
});
