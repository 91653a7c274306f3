/**
 * An upgrade whose new script Flink's planner rejects (FO630) has no state question to answer yet:
 * its state verdict says the planner rejected the script and offers no state setting
 * (allowNonRestoredState, upgradeMode: stateless, a rewritten savepoint), which would not help.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemClock } from '../src/core/clock';
import { runPlan } from '../src/engine/plan-run';
import { createFlinkClient, type FlinkClient } from '../src/flink';
import { type Simulator, startSimulator } from '../src/sim';
import { FileStateStore } from '../src/state/file-store';
import { cli, copyRepo } from './ops-cli';

const QUICK = ['--auto-approve', '--health-grace', '0s', '--checkpoint-wait', '0'];
let sim: Simulator;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 10, savepointMs: 10 },
  });
  dir = copyRepo(
    'project: shop\nflinkVersion: "1.20"\nenvironments:\n  local:\n    jobmanagerUrl: http://unused\n    sqlGatewayUrl: http://unused\n',
  );
  env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The simulator's client, whose planner rejects what real Flink 2.2.0 rejects: a column the table lacks. */
function planner(endpoints: { jobmanagerUrl: string; sqlGatewayUrl?: string }): FlinkClient {
  const real = createFlinkClient(endpoints);
  const wrapped: FlinkClient = Object.create(real);
  wrapped.runStatement = async (sh, statement, o) =>
    /^\s*EXPLAIN\b/i.test(statement) && statement.includes('no_such_column')
      ? {
          ok: false as const,
          error: {
            kind: 'statement' as const,
            service: 'gateway' as const,
            call: 'POST /sessions/{session_handle}/statements',
            message:
              "org.apache.flink.table.api.ValidationException: SQL validation failed. From line 2, column 12 to line 2, column 25: Column 'no_such_column' not found in any table",
            causes: [
              "org.apache.calcite.sql.validate.SqlValidatorException: Column 'no_such_column' not found in any table",
            ],
          },
        }
      : real.runStatement(sh, statement, o);
  return wrapped;
}

it('a rejected upgrade offers no state remedy, only the planner error', async () => {
  const created = await cli(['apply', '--dir', dir, '--env', 'local', ...QUICK], dir, env);
  expect(created.code, created.stderr).toBe(0);
  const job = join(dir, 'jobs/copy.sql');
  writeFileSync(job, readFileSync(job, 'utf8').replace('SELECT id, v', 'SELECT id, no_such_column'));

  const run = await runPlan({
    dir,
    env: 'local',
    envVars: env,
    secrets: {},
    offline: false,
    allowDelete: false,
    explain: true,
    clock: systemClock,
    store: (project, e) => new FileStateStore({ dir, project, env: e }),
    client: planner,
  });
  await run.client?.close();
  expect(run.diags.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['FO630']);
  const [change] = run.plan!.changes;
  expect(change).toMatchObject({ job: 'copy', action: 'upgrade' });
  expect(change!.compatibility!.findings).toEqual([
    "not judged: Flink's planner rejects the new script (EXPLAIN failed: Column 'no_such_column' not found in any table)",
  ]);
  expect(change!.compatibility!.advice).toEqual([]);
});
