/**
 * Monitoring on a real cluster. A Kafka-fed job whose operator before the sink is throttled (a
 * Java UDF that sleeps 5 ms a record: at most 200 records/s, whatever the machine's load, and
 * using no CPU to do it) reads a 100,000-record backlog: its source is back-pressured and it falls behind its topic. Flink's own
 * REST metrics are the oracle: `status` must report what they say, `status --check` breaches
 * maxBackPressure and maxConsumerLag, `--alert` reaches local receivers once per rule in every
 * payload format (HTTP robots and webhook, and e-mail over SMTP), and once the job is changed to keep up, every alert is resolved, once.
 */
import { createHmac } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpReceiver, startSmtpReceiver } from '../support/smtp-receiver';
import { jobYaml } from './fixtures';
import {
  apply,
  cancelJobs,
  flinkops,
  javaUdfJar,
  kafka,
  makeRepo,
  type OverviewJob,
  type Repo,
  rest,
  runningJob,
  scratch,
  waitFor,
} from './support';

const BACKLOG = 100_000;

const THROTTLE = `package e2e.udf;

import org.apache.flink.table.functions.ScalarFunction;

/** Returns v after sleeping ms milliseconds: an operator with a bounded throughput. */
public class Throttle extends ScalarFunction {
  public String eval(String v, Integer ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return v;
  }
}
`;

const SOURCE = (topic: string, brokers: string) => `kind: source
connector: kafka
columns:
  - { name: v, type: STRING }
with:
  topic: ${topic}
  properties.bootstrap.servers: ${brokers}
  properties.group.id: flinkops-e2e-monitoring
  scan.startup.mode: earliest-offset
  format: raw
`;

const SINK = `kind: sink
connector: blackhole
columns:
  - { name: v, type: STRING }
`;

/** 5 ms a record before the sink: at most 200 records a second. */
const THROTTLED_JOB = 'INSERT INTO sink\nSELECT throttle(v, 5) AS v\nFROM events;\n';
const FAST_JOB = 'INSERT INTO sink\nSELECT v\nFROM events;\n';

const JOB_YAML = jobYaml([
  'parallelism: 1',
  // A savepoint would be aligned, waiting behind the throttled records: the fix restarts stateless.
  'upgradeMode: stateless',
  'config:',
  // Unchained, the source and the throttled projection are separate vertices: the source shows
  // the back-pressure, the projection the busy time.
  '  pipeline.operator-chaining.enabled: "false"',
  // Checkpoint barriers overtake the queued records, so checkpoints complete while back-pressured.
  '  execution.checkpointing.unaligned.enabled: "true"',
  'health:',
  '  maxBackPressure: 0.5',
  '  maxConsumerLag: 1000',
]);

interface Received {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

const CHANNELS = ['/dingtalk', '/email', '/feishu', '/hook', '/slack', '/wecom'];
const RULES = ['maxBackPressure', 'maxConsumerLag'];

const received: Received[] = [];
const broker = kafka();
const work = scratch('monitoring');
let server: Server;
let smtp: SmtpReceiver;
let base = '';
let repo: Repo;
let topic = '';

const SECRETS = {
  FLINKOPS_SECRET_SLACK_URL: '',
  FLINKOPS_SECRET_DING_URL: '',
  FLINKOPS_SECRET_DING_SIGN: 'ding-signing-secret',
  FLINKOPS_SECRET_FEISHU_URL: '',
  FLINKOPS_SECRET_FEISHU_SIGN: 'feishu-signing-secret',
  FLINKOPS_SECRET_WECOM_URL: '',
  FLINKOPS_SECRET_HOOK_URL: '',
  FLINKOPS_SECRET_SMTP_URL: '',
};

const ALERTS_YAML = [
  '    alerts:',
  '      - { type: slack, url: "${secret.SLACK_URL}" }',
  '      - { type: dingtalk, url: "${secret.DING_URL}", secret: "${secret.DING_SIGN}" }',
  '      - { type: feishu, url: "${secret.FEISHU_URL}", secret: "${secret.FEISHU_SIGN}" }',
  '      - { type: wecom, url: "${secret.WECOM_URL}" }',
  '      - { type: webhook, url: "${secret.HOOK_URL}" }',
  '      - { type: email, url: "${secret.SMTP_URL}", from: flinkops@example.com, to: oncall@example.com }',
  '',
].join('\n');

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (d) => {
      data += d;
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      received.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(data) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  SECRETS.FLINKOPS_SECRET_SLACK_URL = `${base}/slack`;
  SECRETS.FLINKOPS_SECRET_DING_URL = `${base}/dingtalk?access_token=t0k3n`;
  SECRETS.FLINKOPS_SECRET_FEISHU_URL = `${base}/feishu`;
  SECRETS.FLINKOPS_SECRET_WECOM_URL = `${base}/wecom?key=k3y`;
  SECRETS.FLINKOPS_SECRET_HOOK_URL = `${base}/hook`;
  smtp = await startSmtpReceiver();
  SECRETS.FLINKOPS_SECRET_SMTP_URL = `smtp://alerts:smtp-pa55@127.0.0.1:${smtp.port}`;
  topic = await broker.topic('monitoring');
  expect(await broker.fill(topic, BACKLOG)).toBe(BACKLOG);
  repo = makeRepo('mon', {
    'tables/events.yaml': SOURCE(topic, broker.brokers),
    'tables/sink.yaml': SINK,
    'jobs/lagging.sql': THROTTLED_JOB,
    'jobs/lagging.yaml': JOB_YAML,
  });
  repo.write({
    'flinkops.yaml': `${readFileSync(`${repo.dir}/flinkops.yaml`, 'utf8')}${ALERTS_YAML}`,
    'udfs/throttle.yaml': javaUdfJar(
      repo.cluster,
      work,
      { 'e2e/udf/Throttle.java': THROTTLE },
      { throttle: 'e2e.udf.Throttle' },
    ),
  });
});

afterAll(async () => {
  // Cancel what the scenario started: nothing of it may keep running on the shared cluster.
  if (repo) await cancelJobs(repo);
  repo?.cleanup();
  rmSync(work, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await smtp?.close();
}, 90_000);

const check = () => flinkops(repo, ['status', '--env', 'local', '--check', '--alert'], SECRETS);

/** Every alert received: HTTP requests by path, mails as `/email`. */
function allReceived(): { path: string; text: string }[] {
  return [
    ...received.map((r) => ({ path: r.path, text: JSON.stringify(r.body) })),
    ...smtp.mails.map((m) => ({ path: '/email', text: `${smtp.header(m, 'Subject')}\n${smtp.body(m)}` })),
  ];
}

/** The received alerts of `status`, by channel then rule. */
function alerts(status: 'firing' | 'resolved'): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r of allReceived()) {
    const text = r.text;
    const isResolved = / passes max\w+ again|"status":"resolved"|^\[RESOLVED\]/.test(text);
    if ((status === 'resolved') !== isResolved) continue;
    const rule = RULES.find((x) => text.includes(x)) ?? 'unknown';
    const byRule = out[r.path] ?? {};
    byRule[rule] = (byRule[rule] ?? 0) + 1;
    out[r.path] = byRule;
  }
  return out;
}

const ONCE_PER_RULE = Object.fromEntries(
  CHANNELS.map((c) => [c, Object.fromEntries(RULES.map((r) => [r, 1]))]),
);

interface VertexInfo {
  id: string;
  name: string;
}

/** Flink's own reading: one metric of a vertex, aggregated over its subtasks. */
async function flinkMetric(
  job: OverviewJob,
  v: VertexInfo,
  name: string,
  agg: 'max' | 'sum',
): Promise<number | undefined> {
  const m = await rest<{ id: string; max?: number; sum?: number }[]>(
    repo.cluster,
    `/jobs/${job.jid}/vertices/${v.id}/subtasks/metrics?get=${encodeURIComponent(name)}&agg=${agg}`,
  );
  return m[0]?.[agg];
}

/** The operator-scoped name of a source's metric (`Source__<name>.<metric>`), once registered. */
async function sourceMetricName(
  job: OverviewJob,
  v: VertexInfo,
  metric: string,
): Promise<string | undefined> {
  const names = await rest<{ id: string }[]>(
    repo.cluster,
    `/jobs/${job.jid}/vertices/${v.id}/subtasks/metrics`,
  );
  return names.map((n) => n.id).find((n) => n.startsWith('Source__') && n.endsWith(`.${metric}`));
}

describe('a Kafka-fed job behind a throttled operator', () => {
  let flinkBackPressure = 0;
  let flinkLag = 0;

  it("is back-pressured and lags its topic by Flink's metrics, and status reports the same", async () => {
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'lagging');
    const { vertices } = await rest<{ vertices: VertexInfo[] }>(repo.cluster, `/jobs/${job.jid}`);
    const source = vertices.find((v) => v.name.startsWith('Source:'))!;
    const throttled = vertices.find((v) => v.name.startsWith('Calc'))!;
    expect(throttled, JSON.stringify(vertices)).toBeDefined();
    await waitFor(
      'Flink to report the source back-pressured, reading and behind its topic, the throttled operator busy',
      async () => {
        const bp = (await flinkMetric(job, source, 'backPressuredTimeMsPerSecond', 'max')) ?? 0;
        // The KafkaSource registers pendingRecords after its first fetch.
        const pending = await sourceMetricName(job, source, 'pendingRecords');
        const lag = pending ? ((await flinkMetric(job, source, pending, 'sum')) ?? 0) : 0;
        // Flink's busy/back-pressure gauges cover the last few seconds each, read at different
        // moments, and its rates are meters that read 0 until their first update (every 5 s):
        // all of them must hold at once, past the first windows after the start. The source's
        // rate is its operator's own meter (what status reads), which starts apart from the task's.
        const busy = (await flinkMetric(job, throttled, 'busyTimeMsPerSecond', 'max')) ?? 0;
        const outName = await sourceMetricName(job, source, 'numRecordsOutPerSecond');
        const out = outName ? ((await flinkMetric(job, source, outName, 'sum')) ?? 0) : 0;
        if (bp <= 600 || lag <= 50_000 || busy <= 500 || out <= 0) return undefined;
        flinkBackPressure = bp / 1000;
        flinkLag = lag;
        return true;
      },
      120_000,
    );

    const json = await flinkops(repo, ['status', '--env', 'local', '--json'], SECRETS);
    expect(json.code, json.out).toBe(0);
    const m = JSON.parse(json.stdout).jobs.find((j: { job: string }) => j.job === 'lagging').metrics;
    expect(m.backPressure.vertex).toBe(source.name);
    expect(m.backPressure.value).toBeGreaterThan(0.5);
    expect(Math.abs(m.backPressure.value - flinkBackPressure)).toBeLessThan(0.3);
    expect(m.busy.vertex).toBe(throttled.name);
    expect(m.busy.value).toBeGreaterThan(0.5);
    // The lag shrinks by at most 200 records a second while the backlog drains; the consumer's
    // own records-lag-max (the same records) is not added on top.
    expect(m.consumerLag).toBeLessThanOrEqual(flinkLag);
    expect(m.consumerLag).toBeGreaterThan(flinkLag - 20_000);
    expect(m.recordsInPerSecond).toBeGreaterThan(0);
    expect(m.recordsInPerSecond).toBeLessThan(1000);
    // What the sink's own operator receives (its writer is chained behind the throttled Calc).
    expect(m.recordsOutPerSecond).toBeGreaterThan(0);
    expect(m.recordsOutPerSecond).toBeLessThan(1000);

    const om = await flinkops(repo, ['status', '--env', 'local', '--format', 'openmetrics'], SECRETS);
    const labels = `\\{project="${repo.project}",env="local",job="lagging"\\}`;
    expect(om.stdout).toMatch(new RegExp(`flinkops_job_back_pressure_ratio${labels} (?:1|0\\.\\d+)\\n`));
    const lagLine = new RegExp(`flinkops_job_consumer_lag_records${labels} (\\d+)\\n`).exec(om.stdout);
    expect(Number(lagLine?.[1])).toBeGreaterThan(flinkLag - 20_000);
    expect(om.stdout.trimEnd().endsWith('# EOF')).toBe(true);
  });

  it('breaches maxBackPressure and maxConsumerLag, alerting every channel once per rule', async () => {
    const c = await check();
    expect(c.code, c.out).toBe(1);
    expect(c.stdout).toMatch(/maxBackPressure: back-pressured \d+% of the time at Source: /);
    expect(c.stdout).toMatch(/maxConsumerLag: Kafka sources are \d+(\.\d)?k records behind \(at most 1000\)/);
    expect(alerts('firing')).toEqual(ONCE_PER_RULE);
    const hook = received.filter((r) => r.path === '/hook').map((r) => r.body);
    expect(hook).toEqual(
      expect.arrayContaining(
        RULES.map((rule) => expect.objectContaining({ job: 'lagging', rule, status: 'firing' })),
      ),
    );
    const slack = received.find((r) => r.path === '/slack')!;
    expect(slack.body.text).toMatch(/lagging breaches max\w+ in /);
    const ding = received.find((r) => r.path === '/dingtalk')!;
    const ts = ding.query.get('timestamp')!;
    expect(ding.query.get('access_token')).toBe('t0k3n');
    expect(ding.query.get('sign')).toBe(
      createHmac('sha256', 'ding-signing-secret').update(`${ts}\nding-signing-secret`).digest('base64'),
    );
    expect(ding.body.msgtype).toBe('markdown');
    const feishu = received.find((r) => r.path === '/feishu')!.body;
    expect(feishu.sign).toBe(
      createHmac('sha256', `${feishu.timestamp}\nfeishu-signing-secret`).update('').digest('base64'),
    );
    expect(feishu.msg_type).toBe('text');
    const wecom = received.find((r) => r.path === '/wecom')!;
    expect(wecom.query.get('key')).toBe('k3y');
    expect((wecom.body.markdown as { content: string }).content).toMatch(/max(BackPressure|ConsumerLag)/);
    for (const mail of smtp.mails) {
      expect(mail.auth).toBe('alerts:smtp-pa55');
      expect(mail.to).toEqual(['oncall@example.com']);
      expect(smtp.header(mail, 'Subject')).toMatch(
        /^\[FIRING\] lagging breaches max(BackPressure|ConsumerLag) in /,
      );
    }

    // A lasting breach sends nothing again.
    const again = await check();
    expect(again.code, again.out).toBe(1);
    expect(allReceived()).toHaveLength(CHANNELS.length * RULES.length);
    for (const s of ['ding-signing-secret', 'feishu-signing-secret', base, 't0k3n', 'k3y', 'smtp-pa55'])
      expect(again.out + JSON.stringify(repo.state())).not.toContain(s);
  });

  it('resolves every alert once the job keeps up', async () => {
    repo.write({ 'jobs/lagging.sql': FAST_JOB });
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'lagging');
    // Flink's answer first: the new job has read the backlog.
    const { vertices } = await rest<{ vertices: VertexInfo[] }>(repo.cluster, `/jobs/${job.jid}`);
    const source = vertices.find((v) => v.name.startsWith('Source:'))!;
    await waitFor(
      'the job to catch up with its topic',
      async () => {
        const pending = await sourceMetricName(job, source, 'pendingRecords');
        const lag = pending ? await flinkMetric(job, source, pending, 'sum') : undefined;
        return lag !== undefined && lag <= 1000 ? true : undefined;
      },
      120_000,
    );
    const c = await waitFor(
      'the job to pass its health rules',
      async () => {
        const x = await check();
        return x.code === 0 ? x : undefined;
      },
      90_000,
    );
    expect(c.stdout).toContain('healthy');
    expect(alerts('resolved')).toEqual(ONCE_PER_RULE);
    expect(allReceived()).toHaveLength(2 * CHANNELS.length * RULES.length);
    const done = await check();
    expect(done.code, done.out).toBe(0);
    expect(allReceived()).toHaveLength(2 * CHANNELS.length * RULES.length);
  });
});
