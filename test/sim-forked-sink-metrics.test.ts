/**
 * A statement set whose chain forks into its sinks (example-repo's archive_and_alerts: `Source:
 * ride_events[1] -> WatermarkAssigner[2] -> (Calc[3] -> … -> StreamingFileWriter, Calc[6] -> … ->
 * fraud_alerts[9]: Writer)`). Flink scopes each operator's metrics by the operator's own name; the
 * simulator had cut the vertex's name at ' -> ' only and named the Kafka writer's metrics
 * `fraud_alerts[9]__Writer)`, so apply's health check never saw the sink send and waited out the
 * 15 s it gives a sink's metrics to show their first record (the demo's apply, 2 s of grace: 16 s).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, projectCopy, ROOT } from './ops-cli';

let sim: Simulator;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  sim = await startSimulator({ flinkVersion: '1.20', clock: 'real', timing: { startMs: 10 } });
  dir = projectCopy(join(ROOT, 'example-repo'));
  env = {
    FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl,
    FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl,
    FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: 'pw-forked-0001',
  };
});
afterAll(async () => {
  await sim.close();
});

it('names a forked chain’s Kafka writer metrics as Flink does, and a short grace period passes the job at once', async () => {
  const started = Date.now();
  const r = await cli(
    [
      'apply',
      ...['--dir', dir, '--env', 'staging', '--target', 'archive_and_alerts'],
      ...['--auto-approve', '--health-grace', '0s', '--checkpoint-wait', '0'],
      // staging runs archive_and_alerts on weekdays 08:00–20:00 Europe/Amsterdam only: a Monday
      // morning, whatever the hour the test runs at
      ...['--now', '2026-01-05T10:00:00Z'],
    ],
    dir,
    env,
  );
  expect(r.code, r.stdout + r.stderr).toBe(0);
  expect(r.stdout).toMatch(/\+ archive_and_alerts/);
  expect(Date.now() - started).toBeLessThan(10_000);
  const [job] = sim.control.snapshot().jobs.filter((j) => j.state === 'RUNNING');
  const jm = sim.jobmanagerUrl;
  const details = (await (await fetch(`${jm}/jobs/${job!.jid}`)).json()) as {
    vertices: { id: string; name: string }[];
  };
  const v = details.vertices.find((x) => x.name.includes('fraud_alerts'))!;
  expect(v.name).toMatch(/ -> \(.+, .+fraud_alerts\[\d+\]: Writer\)$/);
  const names = (
    (await (await fetch(`${jm}/jobs/${job!.jid}/vertices/${v.id}/subtasks/metrics`)).json()) as {
      id: string;
    }[]
  ).map((m) => m.id);
  expect(names.filter((n) => /[(),]/.test(n))).toEqual([]);
  expect(names).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^fraud_alerts\[\d+\]__Writer\.numRecordsSend$/),
      expect.stringMatching(/^fraud_alerts\[\d+\]__Writer\.KafkaProducer\.record-send-total$/),
    ]),
  );
});
