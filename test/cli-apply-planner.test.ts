/**
 * `flinkops apply` (without a plan file) plans as `flinkops plan` does, with the cluster's planner
 * checking the scripts it would start: a change Flink's planner rejects (a connector option typo)
 * is an FO630 error before anything is stopped — not a stop with a savepoint, a failed submit and
 * a rollback that then holds the change (FO601), as real Flink 1.20.3 and postgres-cdc 3.5.0 had it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyCommandWith } from '../src/cli/commands/apply';
import type { Io } from '../src/cli/io';
import { systemClock } from '../src/core/clock';
import { createFlinkClient, type FlinkClient } from '../src/flink';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo, QUICK } from './ops-cli';

const TYPO = 'rows-per-secnod';
// Real Flink 1.20.3's answer, as for `decoding.plugin.nmae` of a postgres-cdc table.
const REFUSED = {
  message: `org.apache.flink.table.api.ValidationException: Unsupported options found for 'datagen'.\n\nUnsupported options:\n\n${TYPO}`,
  causes: [
    "org.apache.flink.table.api.ValidationException: Unable to create a source for reading table 'default_catalog.default_database.events'.",
  ],
};
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

/** The simulator's client, refusing to plan or run a query in a session that declared the misspelt option. */
function planner(endpoints: { jobmanagerUrl: string; sqlGatewayUrl?: string }): FlinkClient {
  const real = createFlinkClient(endpoints);
  const wrapped: FlinkClient = Object.create(real);
  const tainted = new Set<string>();
  const refusal = (call: string) => ({
    ok: false as const,
    error: { kind: 'statement' as const, service: 'gateway' as const, call, ...REFUSED },
  });
  wrapped.configureSession = async (sh, statement) => {
    if (statement.includes(TYPO)) tainted.add(sh);
    return real.configureSession(sh, statement);
  };
  wrapped.runStatement = async (sh, statement, o) => {
    if (statement.includes(TYPO)) tainted.add(sh);
    else if (tainted.has(sh) && /^\s*(EXPLAIN|INSERT|EXECUTE)\b/i.test(statement))
      return refusal('POST /sessions/{session_handle}/statements');
    return real.runStatement(sh, statement, o);
  };
  return wrapped;
}

async function apply(): Promise<{ code: number; out: string }> {
  let out = '';
  const io: Io = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      out += t;
    },
    isTTY: false,
    color: false,
    env,
    cwd: dir,
  };
  const code = await applyCommandWith({ clock: systemClock, client: planner }).run(
    ['--dir', dir, '--env', 'local', ...QUICK],
    io,
  );
  return { code, out };
}

const jobsNamed = (name: string) => sim.control.snapshot().jobs.filter((j) => j.name === name);

it('apply refuses an upgrade the planner rejects before it stops the running job', async () => {
  const created = await cli(['apply', '--dir', dir, '--env', 'local', ...QUICK], dir, env);
  expect(created.code, created.stderr).toBe(0);
  const [running] = jobsNamed('shop.local.copy');
  expect(running?.state).toBe('RUNNING');

  const table = join(dir, 'tables/events.yaml');
  writeFileSync(table, readFileSync(table, 'utf8').replace('rows-per-second', TYPO));
  const applied = await apply();
  expect(applied.code).toBe(1);
  expect(applied.out).toMatch(
    /tables\/events\.yaml:\d+:\d+: error FO630: Flink's planner rejects table events/,
  );
  expect(applied.out).not.toContain('FO712');
  // Nothing was stopped or started: the same job runs, with no savepoint taken of it.
  expect(jobsNamed('shop.local.copy').map((j) => [j.jid, j.state])).toEqual([[running!.jid, 'RUNNING']]);
  const plan = await cli(['plan', '--dir', dir, '--env', 'local'], dir, env);
  expect(plan.stdout + plan.stderr).not.toContain('FO601');
});
