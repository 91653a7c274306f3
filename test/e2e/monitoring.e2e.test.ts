/**
 * Monitoring on a real cluster: a job whose heavy projection cannot keep up with its source is
 * back-pressured; `status` shows it from Flink's metrics, `status --check` breaches
 * maxBackpressure, `--alert` reaches a local receiver once in every payload format, and once the
 * job is changed to keep up the alerts are resolved, once.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobYaml } from './fixtures';
import {
  apply,
  flinkLine,
  flinkops,
  jobsOf,
  makeRepo,
  type Repo,
  rest,
  runningJob,
  waitFor,
} from './support';

/** A fast source: 64-character keys, as fast as one core makes them. */
const FAST_SOURCE = (rate: string) => `kind: source
connector: datagen
columns:
  - { name: k, type: STRING }
with:
  rows-per-second: "${rate}"
  fields.k.length: "64"
`;

const SINK = `kind: sink
connector: blackhole
columns:
  - { name: k, type: STRING }
  - { name: n, type: INT }
`;

/** A projection far slower than the source: the source vertex waits for it. */
const SLOW_JOB = `INSERT INTO sink
SELECT k, CHAR_LENGTH(REGEXP_REPLACE(REPEAT(k, 20), '(a|b|c)+d', 'x')) AS n
FROM events;
`;

const JOB_YAML = jobYaml([
  'parallelism: 1',
  // The back-pressured job has nothing worth keeping; a savepoint would wait behind the slow calc.
  'upgradeMode: stateless',
  'config:',
  // Unchained, the source and the projection are separate vertices: back-pressure shows between them.
  '  pipeline.operator-chaining.enabled: "false"',
  'health:',
  '  maxBackpressure: 0.5',
]);

interface Received {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

const received: Received[] = [];
let server: Server;
let base = '';
let repo: Repo;

const SECRETS = {
  FLINKOPS_SECRET_SLACK_URL: '',
  FLINKOPS_SECRET_DING_URL: '',
  FLINKOPS_SECRET_DING_SIGN: 'ding-signing-secret',
  FLINKOPS_SECRET_FEISHU_URL: '',
  FLINKOPS_SECRET_FEISHU_SIGN: 'feishu-signing-secret',
  FLINKOPS_SECRET_WECOM_URL: '',
  FLINKOPS_SECRET_HOOK_URL: '',
};

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
  repo = makeRepo('mon', {
    'tables/events.yaml': FAST_SOURCE('1000000'),
    'tables/sink.yaml': SINK,
    'jobs/slow.sql': SLOW_JOB,
    'jobs/slow.yaml': JOB_YAML,
  });
  const yaml = [
    '    alerts:',
    '      - { type: slack, url: "${secret.SLACK_URL}" }',
    '      - { type: dingtalk, url: "${secret.DING_URL}", secret: "${secret.DING_SIGN}" }',
    '      - { type: feishu, url: "${secret.FEISHU_URL}", secret: "${secret.FEISHU_SIGN}" }',
    '      - { type: wecom, url: "${secret.WECOM_URL}" }',
    '      - { type: webhook, url: "${secret.HOOK_URL}" }',
    '',
  ].join('\n');
  const { readFileSync, writeFileSync } = await import('node:fs');
  const file = `${repo.dir}/flinkops.yaml`;
  writeFileSync(file, readFileSync(file, 'utf8') + yaml);
});

afterAll(async () => {
  // Cancel what the scenario started: a heavy job must not keep the shared cores busy.
  for (const j of await jobsOf(repo, 'slow').catch(() => []))
    if (j.state === 'RUNNING')
      await fetch(`${repo.cluster.jobmanagerUrl}/jobs/${j.jid}?mode=cancel`, { method: 'PATCH' });
  repo?.cleanup();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const check = () => flinkops(repo, ['status', '--env', 'local', '--check', '--alert'], SECRETS);

function byChannel(status: 'firing' | 'resolved'): Record<string, Received[]> {
  const out: Record<string, Received[]> = {};
  for (const r of received) {
    const text = JSON.stringify(r.body);
    const isResolved = /passes maxBackpressure again|"status":"resolved"/.test(text);
    if ((status === 'resolved') !== isResolved) continue;
    out[r.path] = [...(out[r.path] ?? []), r];
  }
  return out;
}

// Verified on Flink 1.20 only: on 2.2 the back-pressure gauge did not show within the test's
// window (issue #16 stays open until it does).
describe.skipIf(flinkLine() !== '1.20')('a back-pressured job', () => {
  it('shows back-pressure in status and breaches maxBackpressure in status --check', async () => {
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const job = await runningJob(repo, 'slow');
    const details = await rest<{ vertices: { id: string; name: string }[] }>(
      repo.cluster,
      `/jobs/${job.jid}`,
    );
    const source = details.vertices.find((v) => v.name.startsWith('Source:'))!;
    // The JobManager refreshes metrics every 10 s: wait until it reports the source back-pressured.
    await waitFor(
      'the source to be back-pressured',
      async () => {
        const m = await rest<{ id: string; max: number }[]>(
          repo.cluster,
          `/jobs/${job.jid}/vertices/${source.id}/subtasks/metrics?get=backPressuredTimeMsPerSecond&agg=max`,
        );
        return (m[0]?.max ?? 0) > 600 ? true : undefined;
      },
      60_000,
    );
    const json = await flinkops(repo, ['status', '--env', 'local', '--json'], SECRETS);
    expect(json.code, json.out).toBe(0);
    const row = JSON.parse(json.stdout).jobs.find((j: { job: string }) => j.job === 'slow');
    expect(row.metrics.backPressure.value).toBeGreaterThan(0.5);
    expect(row.metrics.backPressure.vertex).toMatch(/^Source: /);
    expect(row.metrics.recordsInPerSecond).toBeGreaterThan(0);
    expect(row.metrics.busy.value).toBeGreaterThan(0.5);

    const om = await flinkops(repo, ['status', '--env', 'local', '--format', 'openmetrics'], SECRETS);
    expect(om.stdout).toMatch(
      new RegExp(
        `flinkops_job_back_pressure_ratio\\{project="${repo.project}",env="local",job="slow"\\} 0\\.\\d+`,
      ),
    );
    expect(om.stdout.trimEnd().endsWith('# EOF')).toBe(true);

    const c = await check();
    expect(c.code, c.out).toBe(1);
    expect(c.stdout).toMatch(/maxBackpressure: back-pressured \d+% of the time at Source: /);
  });

  it('alerts every channel once, signed where the service signs, with no secret in the output', async () => {
    const firing = byChannel('firing');
    expect(Object.keys(firing).sort()).toEqual(['/dingtalk', '/feishu', '/hook', '/slack', '/wecom']);
    for (const list of Object.values(firing)) expect(list).toHaveLength(1);
    expect(firing['/slack']![0]!.body.text).toContain('slow breaches maxBackpressure');
    const ding = firing['/dingtalk']![0]!;
    const ts = ding.query.get('timestamp')!;
    expect(ding.query.get('access_token')).toBe('t0k3n');
    expect(ding.query.get('sign')).toBe(
      createHmac('sha256', 'ding-signing-secret').update(`${ts}\nding-signing-secret`).digest('base64'),
    );
    expect(ding.body.msgtype).toBe('markdown');
    const feishu = firing['/feishu']![0]!.body;
    expect(feishu.sign).toBe(
      createHmac('sha256', `${feishu.timestamp}\nfeishu-signing-secret`).update('').digest('base64'),
    );
    expect(feishu.msg_type).toBe('text');
    expect((firing['/wecom']![0]!.body.markdown as { content: string }).content).toContain('maxBackpressure');
    expect(firing['/hook']![0]!.body).toMatchObject({
      job: 'slow',
      rule: 'maxBackpressure',
      status: 'firing',
    });

    // A lasting breach sends nothing again.
    const again = await check();
    expect(again.code, again.out).toBe(1);
    expect(received).toHaveLength(5);
    for (const s of ['ding-signing-secret', 'feishu-signing-secret', base, 't0k3n'])
      expect(again.out + JSON.stringify(repo.state())).not.toContain(s);
  });

  it('resolves the alerts once the job keeps up', async () => {
    repo.write({ 'tables/events.yaml': FAST_SOURCE('20') });
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const c = await waitFor(
      'the job to pass its health rules',
      async () => {
        const x = await check();
        return x.code === 0 ? x : undefined;
      },
      60_000,
    );
    expect(c.stdout).toContain('healthy');
    const resolved = byChannel('resolved');
    expect(Object.keys(resolved).sort()).toEqual(['/dingtalk', '/feishu', '/hook', '/slack', '/wecom']);
    for (const list of Object.values(resolved)) expect(list).toHaveLength(1);
    expect(received).toHaveLength(10);
    const done = await check();
    expect(done.code, done.out).toBe(0);
    expect(received).toHaveLength(10);
  });
});
