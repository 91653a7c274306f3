/**
 * Metrics in `flinkops status` against the simulator (shape switches make a job back-pressured
 * or lagging), the health rules on them, the OpenMetrics output, and the alert payloads and
 * transitions (one message per job and rule, resolved once).
 */
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { alertRequest, dingtalkSign, feishuSign } from '../src/engine/alert-payloads';
import { alertTransitions } from '../src/engine/alert-state';
import type { HealthReport } from '../src/engine/health';
import { jobMetrics } from '../src/observe/metrics';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, projectCopy, ROOT } from './ops-cli';

const START = Date.UTC(2026, 0, 5, 9, 0, 0);
const CP = { 'execution.checkpointing.interval': '10 s' };

function repo(health: string): string {
  return projectCopy(join(ROOT, 'test/fixtures/repos/valid'), {
    'flinkops.yaml': [
      'project: shop',
      'flinkVersion: "1.20"',
      'defaults:',
      '  health:',
      ...health.split('\n').map((l) => `    ${l}`),
      'environments:',
      '  dev:',
      '    jobmanagerUrl: http://localhost:8081',
      '    sqlGatewayUrl: http://localhost:8083',
      '',
    ].join('\n'),
  });
}

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function status(dir: string, ...extra: string[]) {
  const now = new Date(sim!.control.now()).toISOString();
  return cli(
    [
      'status',
      '--dir',
      dir,
      '--jobmanager-url',
      sim!.jobmanagerUrl,
      '--sql-gateway-url',
      sim!.gatewayUrl,
      '--state-file',
      join(dir, 'state.json'),
      '--now',
      now,
      ...extra,
    ],
    dir,
  );
}

describe('flinkops status metrics against the simulator', () => {
  it('shows throughput, the worst vertex, checkpoint and lags in the table, JSON and OpenMetrics', async () => {
    sim = await startSimulator({ flinkVersion: '1.20', startTimeMs: START });
    const jid = sim.control.seedJob({ name: 'shop.dev.totals', config: CP, parallelism: 2 });
    sim.control.setMetrics(jid, { backPressure: 0.75, watermarkLagMs: 90_000, consumerLag: 5000 });
    sim.control.advance(60_000);
    const dir = repo('maxRestarts: 5');
    const json = await status(dir, '--json');
    expect(json.code, json.stderr).toBe(0);
    const row = JSON.parse(json.stdout).jobs.find((j: { job: string }) => j.job === 'totals');
    expect(row.metrics.backPressure).toMatchObject({ vertex: expect.stringMatching(/^Source: /) });
    expect(row.metrics.backPressure.value).toBeCloseTo(0.75, 1);
    expect(row.metrics.busy.value).toBeCloseTo(0.99, 1);
    expect(row.metrics.recordsInPerSecond).toBeGreaterThan(450);
    expect(row.metrics.recordsInPerSecond).toBeLessThan(550);
    expect(row.metrics.watermarkLagMs).toBe(90_000);
    // pendingRecords summed over the 2 subtasks; the consumer's records-lag-max is not added on top.
    expect(row.metrics.consumerLag).toBeGreaterThan(9000);
    expect(row.metrics.consumerLag).toBeLessThan(11_000);
    expect(row.lastCheckpoint.durationMs).toBeGreaterThanOrEqual(0);

    const table = await status(dir);
    expect(table.stdout).toMatch(
      /JOB\s+IN\/S\s+OUT\/S\s+BACK-PRESSURE\s+BUSY\s+CHECKPOINT\s+WATERMARK LAG\s+CONSUMER LAG/,
    );
    expect(table.stdout).toMatch(/totals\s+\S+\s+\S+\s+7[45]% Source: /);

    const om = await status(dir, '--format', 'openmetrics');
    expect(om.stdout).toContain('# TYPE flinkops_job_back_pressure_ratio gauge');
    expect(om.stdout).toMatch(
      /flinkops_job_watermark_lag_seconds\{project="shop",env="dev",job="totals"\} 90\n/,
    );
    expect(om.stdout).toMatch(
      /flinkops_job_consumer_lag_records\{project="shop",env="dev",job="totals"\} \d+/,
    );
    expect(om.stdout.endsWith('# EOF\n')).toBe(true);
    expect(om.stdout).toContain('flinkops_status_up{project="shop",env="dev"} 1\n');
  });

  it('says in OpenMetrics that the cluster could not be read, not an empty file', async () => {
    const dir = repo('maxRestarts: 5');
    const om = await cli(
      [
        'status',
        '--dir',
        dir,
        '--jobmanager-url',
        'http://127.0.0.1:9',
        '--sql-gateway-url',
        'http://127.0.0.1:9',
      ].concat(['--state-file', join(dir, 'state.json'), '--format', 'openmetrics']),
      dir,
    );
    expect(om.code).toBe(1);
    expect(om.stdout).toBe(
      [
        '# TYPE flinkops_status_up gauge',
        '# HELP flinkops_status_up Whether status read the repository, the state store and the cluster (0: the reason is on stderr).',
        'flinkops_status_up{project="shop",env="dev"} 0',
        '# EOF',
        '',
      ].join('\n'),
    );
    expect(om.stderr).toContain('FO650');
  });

  it('counts what a sink chained into its source vertex receives, as Flink lists it per operator', async () => {
    sim = await startSimulator({
      flinkVersion: '1.20',
      clock: 'real',
      timing: { startMs: 10, savepointMs: 10 },
    });
    const dir = projectCopy(join(ROOT, 'test/fixtures/repos/valid'), {
      'tables/clicks.yaml': [
        'kind: source',
        'connector: kafka',
        'with: { topic: clicks, properties.bootstrap.servers: "localhost:9092", format: json }',
        'columns:',
        '  - { name: id, type: BIGINT }',
        '',
      ].join('\n'),
      'tables/printed.yaml': 'kind: sink\nconnector: print\ncolumns:\n  - { name: id, type: BIGINT }\n',
      'jobs/totals.sql': 'INSERT INTO printed SELECT id FROM clicks WHERE id > 0;\n',
      'jobs/totals.yaml': 'parallelism: 2\nconfig: { execution.checkpointing.interval: 100 ms }\n',
    });
    const endpoints = ['--jobmanager-url', sim.jobmanagerUrl, '--sql-gateway-url', sim.gatewayUrl];
    const stateFile = ['--state-file', join(dir, 'state.json')];
    const quick = ['--auto-approve', '--health-grace', '0s', '--checkpoint-wait', '0'];
    const applied = await cli(
      ['apply', '--dir', dir, '--env', 'dev', ...quick, ...endpoints, ...stateFile],
      dir,
    );
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    // One vertex: the source, its filter and the sink chained, as Flink runs it.
    const job = sim.control.snapshot().jobs.find((j) => j.name === 'shop.dev.totals')!;
    expect(job.vertices.map((v) => v.name)).toEqual(['Source: clicks[1] -> Calc[2] -> Sink: printed[3]']);
    const json = await status(dir, '--json');
    const row = JSON.parse(json.stdout).jobs.find((j: { job: string }) => j.job === 'totals');
    expect(row.metrics.recordsInPerSecond).toBeGreaterThan(1500);
    expect(row.metrics.recordsOutPerSecond).toBeCloseTo(row.metrics.recordsInPerSecond, 0);
  });

  it('sums every sink, chained or not, from the per-operator names real Flink 1.20 lists', () => {
    // A statement set on Flink 1.20.3: a SinkFunction chained into the source's vertex beside the
    // edge to a Sink V2 writer's vertex (the values Flink answered, rounded).
    const agg = (id: string, sum: number) => [id, { id, sum, min: sum, max: sum, avg: sum }] as const;
    const reads = [
      {
        v: {
          id: 'e3df',
          name: 'Source: sensor_readings[223] -> (Calc[224] -> Sink: hot_alerts[227], Calc[228] -> StreamRecordTimestampInserter[231])',
          parallelism: 1,
          maxParallelism: 128,
          role: 'source' as const,
        },
        values: new Map([
          agg('numRecordsInPerSecond', 0),
          agg('numRecordsOutPerSecond', 19.27),
          agg('Sink__hot_alerts[227].numRecordsInPerSecond', 1.43),
          agg('Source__sensor_readings[223].numRecordsOutPerSecond', 20),
        ]),
      },
      {
        v: {
          id: '8f85',
          name: 'readings_archive[231]: Writer',
          parallelism: 1,
          maxParallelism: 128,
          role: 'sink' as const,
        },
        values: new Map([
          agg('numRecordsInPerSecond', 19.27),
          agg('readings_archive[231]__Writer.numRecordsInPerSecond', 19.27),
        ]),
      },
    ];
    const m = jobMetrics(reads, START);
    expect(m.recordsInPerSecond).toBe(20);
    expect(m.recordsOutPerSecond).toBeCloseTo(20.7, 5);
  });

  it('breaches the metric rules, each named, and passes when the job keeps up', async () => {
    sim = await startSimulator({ flinkVersion: '1.20', startTimeMs: START });
    const jid = sim.control.seedJob({ name: 'shop.dev.totals', config: CP, startedAgoMs: 20 * 60_000 });
    sim.control.setMetrics(jid, { backPressure: 0.9, watermarkLagMs: 600_000, consumerLag: 100_000 });
    sim.control.advance(30_000);
    const dir = repo(
      [
        'maxBackPressure: 0.5',
        'maxBusy: 0.95',
        'maxWatermarkLag: 5min',
        'maxConsumerLag: 1000',
        'minRecordsInPerSecond: 500',
      ].join('\n'),
    );
    const bad = await status(dir, '--check', '--json');
    expect(bad.code, bad.stdout + bad.stderr).toBe(1);
    const report = JSON.parse(bad.stdout).health as HealthReport;
    expect(report.jobs[0]!.breaches.map((b) => b.rule).sort()).toEqual([
      'maxBackPressure',
      'maxBusy',
      'maxConsumerLag',
      'maxWatermarkLag',
      'minRecordsInPerSecond',
    ]);
    sim.control.setMetrics(jid, { backPressure: 0, watermarkLagMs: 2000, consumerLag: 10 });
    const good = await status(dir, '--check');
    expect(good.stdout).toContain('healthy: every job passes its health rules');
    expect(good.code).toBe(0);
  });
});

describe('the watermark of an event-time job that never advances', () => {
  // Real Flink 2.2: a window job at parallelism 2 on a one-partition topic; one source subtask has
  // nothing to read, every window subtask reports currentInputWatermark = Long.MIN_VALUE and the job
  // wrote no row, yet maxWatermarkLag passed it as a job without event time.
  it('breaches maxWatermarkLag once the job has run longer than the rule allows', async () => {
    sim = await startSimulator({ flinkVersion: '1.20', startTimeMs: START });
    // The simulator's default metrics: no watermark on any vertex (Long.MIN_VALUE).
    const jid = sim.control.seedJob({ name: 'shop.dev.totals', config: CP, startedAgoMs: 60_000 });
    sim.control.advance(1000);
    const dir = repo('maxWatermarkLag: 5min');
    const early = await status(dir, '--check');
    expect(early.code, early.stdout + early.stderr).toBe(0);
    sim.control.advance(6 * 60_000);
    const late = await status(dir, '--check', '--json');
    expect(late.code, late.stdout + late.stderr).toBe(1);
    const breach = (JSON.parse(late.stdout).health as HealthReport).jobs[0]!.breaches[0]!;
    expect(breach.rule).toBe('maxWatermarkLag');
    expect(breach.summary).toMatch(
      /^no watermark has reached .+ since the job started \d+min ago \(at most 5min\)$/,
    );
    expect(breach.detail).toContain('scan.watermark.idle-timeout');
    // Its watermark moving: healthy.
    sim.control.setMetrics(jid, { watermarkLagMs: 2000 });
    expect((await status(dir, '--check')).code).toBe(0);
  });

  it('passes a job that reads no event time, whatever its vertices report', async () => {
    sim = await startSimulator({ flinkVersion: '1.20', startTimeMs: START });
    sim.control.seedJob({ name: 'shop.dev.totals', config: CP, startedAgoMs: 20 * 60_000 });
    sim.control.advance(1000);
    const dir = repo('maxWatermarkLag: 5min');
    const orders = join(dir, 'tables/orders.yaml');
    writeFileSync(orders, readFileSync(orders, 'utf8').replace(/\nwatermark:\n( {2}.*\n?)*/, '\n'));
    expect(readFileSync(orders, 'utf8')).not.toContain('watermark');
    const r = await status(dir, '--check');
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});

describe('alert payloads and transitions', () => {
  const report = (breached: boolean): HealthReport => ({
    project: 'shop',
    env: 'prod',
    now: '2026-01-05T10:00:00Z',
    healthy: !breached,
    jobs: [
      {
        job: 'totals',
        healthy: !breached,
        desired: 'running',
        breaches: breached ? [{ rule: 'maxBusy', summary: 'Calc[2] is busy 99%', detail: 'scale it' }] : [],
      },
    ],
  });

  it('fires once per job and rule, stays quiet while it lasts, resolves once', () => {
    const first = alertTransitions(report(true), {});
    expect(first.messages.map((m) => `${m.status} ${m.rule}`)).toEqual(['firing maxBusy']);
    // A firing alert says since when too (the README's webhook payload has `since` in both).
    expect(first.messages[0]!.since).toBe('2026-01-05T10:00:00Z');
    const again = alertTransitions(report(true), first.open);
    expect(again.messages).toEqual([]);
    const healed = alertTransitions(report(false), again.open);
    expect(healed.messages).toMatchObject([
      { status: 'resolved', rule: 'maxBusy', since: '2026-01-05T10:00:00Z' },
    ]);
    expect(healed.open).toEqual({});
  });

  it('signs DingTalk on the URL and Feishu in the body, as the services verify', () => {
    const m = alertTransitions(report(true), {}).messages[0]!;
    const now = 1767607200123;
    const ding = alertRequest(
      'dingtalk',
      { url: 'https://oapi.dingtalk.com/robot/send?access_token=x', secret: 'S' },
      m,
      now,
    );
    const u = new URL(ding.url);
    expect(u.searchParams.get('access_token')).toBe('x');
    expect(u.searchParams.get('timestamp')).toBe(String(now));
    expect(u.searchParams.get('sign')).toBe(createHmac('sha256', 'S').update(`${now}\nS`).digest('base64'));
    expect(dingtalkSign('S', now)).toBe(u.searchParams.get('sign'));
    const feishu = JSON.parse(
      alertRequest('feishu', { url: 'https://open.feishu.cn/x', secret: 'S' }, m, now).body,
    );
    expect(feishu.timestamp).toBe('1767607200');
    expect(feishu.sign).toBe(feishuSign('S', 1767607200));
    expect(feishu.content.text).toContain('totals breaches maxBusy');
    const wecom = JSON.parse(alertRequest('wecom', { url: 'https://qyapi.weixin.qq.com/x' }, m, now).body);
    expect(wecom.msgtype).toBe('markdown');
    const slack = JSON.parse(alertRequest('slack', { url: 'https://hooks.slack.com/x' }, m, now).body);
    expect(slack.text).toContain('totals breaches maxBusy in shop/prod');
  });
});
