/**
 * The job flinkops deployed was stopped by hand and submitted again without flinkops labels (the
 * SQL client, the SQL Gateway), and the repository then suspends it (`state: suspended`, a schedule
 * window that closed). The suspend used to record the hand-started job's savepoint as one of the
 * repository's own version: `savepoints list` said "current", and the resume restored it with no
 * word that a script flinkops never saw wrote that state. Now the job is taken over before it stops
 * (history `adopt`), its savepoint is listed as adopted, and the resume warns FO613. Seen on real
 * Flink 1.20 (a schedule's suspend of a copy started through the SQL Gateway).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../src/plan';
import { type Simulator, startSimulator } from '../src/sim';
import type { StateDoc } from '../src/state/model';
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

const base = () => ['--dir', dir, '--env', 'local'];
const jobsNamed = (name: string) => sim.control.snapshot().jobs.filter((j) => j.name === name);
const stored = () =>
  (JSON.parse(readFileSync(join(dir, '.flinkops/state/local.json'), 'utf8')) as { state: StateDoc }).state
    .jobs.copy!;

/** What a user does by hand: the job's SQL through the SQL Gateway, under the managed name, no labels. */
async function submitByHand(pipelineName: string): Promise<string> {
  const call = async <T>(path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${sim.gatewayUrl}/v1${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(res.ok, `${path}: ${res.status}`).toBe(true);
    return (await res.json()) as T;
  };
  const { sessionHandle } = await call<{ sessionHandle: string }>('/sessions', {});
  const run = async (statement: string, executionConfig?: Record<string, string>) => {
    const { operationHandle } = await call<{ operationHandle: string }>(
      `/sessions/${sessionHandle}/statements`,
      {
        statement,
        ...(executionConfig ? { executionConfig } : {}),
      },
    );
    for (;;) {
      const { status } = await call<{ status: string }>(
        `/sessions/${sessionHandle}/operations/${operationHandle}/status`,
      );
      if (status === 'FINISHED') return;
      expect(['RUNNING', 'PENDING', 'INITIALIZED']).toContain(status);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  await run(
    "CREATE TEMPORARY TABLE events (id BIGINT, k INT, v INT) WITH ('connector' = 'datagen', 'rows-per-second' = '5')",
  );
  await run("CREATE TEMPORARY TABLE sink_rows (id BIGINT, v INT) WITH ('connector' = 'blackhole')");
  await run('INSERT INTO sink_rows SELECT id, v FROM events', {
    'pipeline.name': pipelineName,
    'parallelism.default': '1',
  });
  const job = jobsNamed(pipelineName).find((j) => j.state === 'RUNNING' || j.state === 'CREATED');
  expect(job).toBeDefined();
  return job!.jid;
}

describe('suspending a copy started by hand in place of the managed job', () => {
  it('records its savepoint as an adopted job’s, and the resume says its state is unknown', async () => {
    const name = 'shop.local.copy';
    const first = await cli(['apply', ...base(), ...QUICK], dir, env);
    expect(first.code, first.stderr).toBe(0);
    const deployed = stored().current!.jobId;
    // Stopped with a savepoint by hand, then submitted again without labels.
    const stop = await fetch(`${sim.jobmanagerUrl}/jobs/${deployed}/stop`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"drain": false}',
    });
    expect(stop.status).toBe(202);
    for (let i = 0; i < 200 && jobsNamed(name).some((j) => j.jid === deployed && j.state === 'RUNNING'); i++)
      await new Promise((r) => setTimeout(r, 10));
    const hand = await submitByHand(name);

    writeFileSync(join(dir, 'jobs/copy.yaml'), 'parallelism: 1\nstate: suspended\n');
    const suspend = await cli(['apply', ...base(), ...QUICK], dir, env);
    expect(suspend.code, suspend.stderr).toBe(0);
    expect(jobsNamed(name).filter((j) => j.state === 'RUNNING')).toHaveLength(0);
    const record = stored();
    const sp = record.savepoints.at(-1)!;
    expect(sp).toMatchObject({ jobId: hand, kind: 'suspend' });
    expect(record.history.map((h) => h.action)).toContain('adopt');

    const list = await cli(['savepoints', 'list', 'copy', ...base(), '--json'], dir, env);
    const listed = JSON.parse(list.stdout).savepoints.find((s: { path: string }) => s.path === sp.path);
    expect(listed).toMatchObject({ adopted: true, matchesCurrentSpec: false });

    writeFileSync(join(dir, 'jobs/copy.yaml'), 'parallelism: 1\n');
    const plan = await cli(['plan', ...base(), '--json'], dir, env);
    const parsed = JSON.parse(plan.stdout) as Plan;
    expect(parsed.changes[0]).toMatchObject({ action: 'resume', restoreFrom: sp.path });
    expect(parsed.diagnostics.map((d) => d.code)).toContain('FO613');
  });
});
