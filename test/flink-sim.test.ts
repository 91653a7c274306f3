/**
 * The Flink client against the simulator, release by release: a managed job's
 * whole life (submit with labels, read back, stop with savepoint, restore), with
 * every request body the client sends checked against that release's OpenAPI file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../src/core/clock';
import { LABEL_KEYS, pipelineName } from '../src/core/names';
import {
  awaitSavepoint,
  createFlinkClient,
  type FlinkClient,
  type FlinkResult,
  type HttpEvent,
  newTriggerId,
  poll,
} from '../src/flink';
import { addCheckpoints } from '../src/observe/live-state';
import type { LiveJob } from '../src/observe/model';
import { type Simulator, startSimulator } from '../src/sim';
import { type ApiName, type FlinkVersion, validateRequest } from './contract/openapi';

const VERSIONS: { v: FlinkVersion; api: string }[] = [
  { v: '1.16', api: 'v1' },
  { v: '1.17', api: 'v2' },
  { v: '1.18', api: 'v2' },
  { v: '1.20', api: 'v3' },
  { v: '2.0', api: 'v4' },
  { v: '2.3', api: 'v4' },
];

let sim: Simulator | undefined;
let client: FlinkClient | undefined;
afterEach(async () => {
  await client?.close();
  await sim?.close();
  client = undefined;
  sim = undefined;
});

/** The client's clock drives the simulator's virtual time: every pause the client takes, the cluster lives through. */
function simClock(s: Simulator): Clock {
  return {
    now: () => s.control.now(),
    sleep: async (ms) => s.control.advance(ms),
  };
}

function value<T>(r: FlinkResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.call}: ${r.error.message}`);
  return r.value;
}

function apiOf(e: HttpEvent): ApiName {
  if (e.service === 'jobmanager') return 'dispatcher';
  const m = /^\/v(\d)\//.exec(e.route);
  return `gateway-v${m ? m[1] : '1'}` as ApiName;
}

const DDL = [
  "CREATE TEMPORARY TABLE orders (id BIGINT, amount DOUBLE) WITH ('connector' = 'datagen')",
  "CREATE TEMPORARY TABLE totals (id BIGINT, amount DOUBLE) WITH ('connector' = 'blackhole')",
];
const INSERT = 'INSERT INTO totals SELECT id, amount FROM orders';

describe.each(VERSIONS)('FlinkClient against the simulator, Flink $v', ({ v, api }) => {
  it('submits a labelled job, stops it with a savepoint and restores a new one from it', async () => {
    sim = await startSimulator({ flinkVersion: v, adaptiveScheduler: true });
    const clock = simClock(sim);
    const events: HttpEvent[] = [];
    client = createFlinkClient({
      jobmanagerUrl: sim.jobmanagerUrl,
      sqlGatewayUrl: sim.gatewayUrl,
      clock,
      onHttp: (e) => events.push(e),
    });
    const c = client;

    const caps = await c.capabilities();
    expect(caps.flinkVersion?.raw.startsWith(v)).toBe(true);
    expect(caps.gatewayApiVersion).toBe(api);
    expect(caps.supportsResourceRequirements).toBe(v !== '1.16' && v !== '1.17');
    // `features.web-rescale` of /config: the adaptive scheduler this simulator runs (1.18+ says so).
    expect(caps.adaptiveScheduler).toBe(v !== '1.16' && v !== '1.17');

    const session = value(await c.openSession({ sessionName: 'flinkops-test' }));
    // As apply does: set-up statements through the synchronous configure-session where it exists.
    for (const ddl of DDL) {
      if (caps.supportsConfigureSession) value(await c.configureSession(session, ddl));
      else value(await c.runStatement(session, ddl));
    }
    expect(caps.supportsConfigureSession).toBe(v !== '1.16');

    const name = pipelineName('shop', 'prod', 'totals');
    const labels = `${LABEL_KEYS.specHash}:abc123,${LABEL_KEYS.job}:totals`;
    const submitted = value(
      await c.runStatement(session, INSERT, {
        executionConfig: { 'pipeline.name': name, 'pipeline.global-job-parameters': labels },
      }),
    );
    const jobId = submitted.jobId!;
    expect(jobId).toMatch(/^[0-9a-f]{32}$/);

    const running = await poll(
      async () => {
        const jobs = await c.listJobs();
        if (!jobs.ok) return { state: 'failed', cause: jobs.error };
        const job = jobs.value.find((j) => j.id === jobId);
        return job?.state === 'RUNNING'
          ? { state: 'completed', value: job }
          : { state: 'pending', progress: job?.state };
      },
      { what: `job ${jobId} to run`, clock, timeoutMs: 60_000, initialDelayMs: 200 },
    );
    expect(running.state).toBe('completed');
    if (running.state === 'completed') expect(running.value.name).toBe(name);

    const config = value(await c.getJobConfig(jobId));
    expect(config.userConfig).toMatchObject({ [LABEL_KEYS.specHash]: 'abc123', [LABEL_KEYS.job]: 'totals' });
    const details = value(await c.getJob(jobId));
    expect(details.vertices.length).toBeGreaterThan(0);
    expect(details.vertices.every((x) => x.parallelism >= 1)).toBe(true);

    const triggerId = newTriggerId();
    expect(
      value(await c.stopWithSavepoint(jobId, { triggerId, targetDirectory: 'file:/tmp/sp' })).triggerId,
    ).toBe(triggerId);
    const stopped = await awaitSavepoint(c, jobId, triggerId, {
      clock,
      timeoutMs: 60_000,
      initialDelayMs: 100,
    });
    expect(stopped.state).toBe('completed');
    const location = stopped.state === 'completed' ? stopped.value : '';
    expect(location).toMatch(/^file:\/tmp\/sp\/savepoint-/);
    const after = value(await c.listJobs()).find((j) => j.id === jobId);
    expect(after?.state).toBe('FINISHED');

    // Restore: 1.17+ take the path in executionConfig; 1.16 reads it from the session (SET / RESET).
    let restored: string;
    if (caps.executionConfigRestores) {
      restored = value(
        await c.runStatement(session, INSERT, {
          executionConfig: { 'pipeline.name': name, 'execution.savepoint.path': location },
        }),
      ).jobId!;
    } else {
      const refused = await c.executeStatement(session, INSERT, {
        executionConfig: { 'execution.savepoint.path': location },
      });
      expect(!refused.ok && refused.error.kind).toBe('unsupported');
      value(await c.runStatement(session, `SET 'execution.savepoint.path' = '${location}'`));
      restored = value(await c.runStatement(session, INSERT, { executionConfig: { 'pipeline.name': name } }))
        .jobId!;
      value(await c.runStatement(session, "RESET 'execution.savepoint.path'"));
    }
    expect(restored).not.toBe(jobId);
    await clock.sleep(5_000);
    const checkpoints = value(await c.getCheckpoints(restored));
    expect(checkpoints.latestRestored).toMatchObject({ externalPath: location, isSavepoint: true });

    if (caps.supportsResourceRequirements) {
      // In-place rescale: read every vertex, raise the bound, write back; the job restarts at the new parallelism.
      const reqs = value(await c.getResourceRequirements(restored));
      expect(Object.keys(reqs).sort()).toEqual(
        value(await c.getJob(restored))
          .vertices.map((x) => x.id)
          .sort(),
      );
      for (const b of Object.values(reqs)) b.upperBound = 3;
      value(await c.putResourceRequirements(restored, reqs));
      await clock.sleep(5_000);
      expect(value(await c.getJob(restored)).vertices.every((x) => x.parallelism === 3)).toBe(true);
    }
    expect(value(await c.cancelJob(restored))).toBe('cancelling');
    value(await c.closeSession(session));

    // Every body the client sent is one this release's OpenAPI file accepts.
    expect(events.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const e of events) {
      const r = validateRequest(v, apiOf(e), e.method.toLowerCase() as 'get', e.route, e.requestBody);
      if (!r.ok) problems.push(`${e.method} ${e.route}: ${r.errors.join('; ')}`);
    }
    expect(problems).toEqual([]);
    // The check has teeth: a field this release does not know is refused.
    expect(
      validateRequest(v, 'dispatcher', 'post', '/jobs/{jobid}/stop', { drain: false, bogus: 1 }).ok,
    ).toBe(false);
    expect(events.some((e) => e.route.endsWith('/statements') && e.requestBody !== undefined)).toBe(true);
  });

  it('says why an in-place rescale is refused without the adaptive scheduler', async () => {
    sim = await startSimulator({ flinkVersion: v, seed: { jobs: [{ jid: 'f'.repeat(32) }] } });
    client = createFlinkClient({ jobmanagerUrl: sim.jobmanagerUrl, clock: simClock(sim) });
    const r = await client.getResourceRequirements('f'.repeat(32));
    expect(r.ok).toBe(false);
    if (!r.ok && (v === '1.16' || v === '1.17')) expect(r.error.kind).toBe('unsupported');
    if (!r.ok && v !== '1.16' && v !== '1.17') expect(r.error.message).toContain('AdaptiveScheduler');
  });

  it('reports a failed statement with the SQL error the gateway gave', async () => {
    sim = await startSimulator({ flinkVersion: v });
    client = createFlinkClient({
      jobmanagerUrl: sim.jobmanagerUrl,
      sqlGatewayUrl: sim.gatewayUrl,
      clock: simClock(sim),
    });
    const session = value(await client.openSession());
    const r = await client.runStatement(session, 'INSERT INTO nowhere SELECT * FROM nothing');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('statement');
      expect(r.error.message).toMatch(/nowhere|nothing/);
      expect(r.error.message).not.toContain('\tat ');
    }
  });
});

describe.each(['1.16', '2.3'] as const)('FlinkClient under simulator faults, Flink %s', (v) => {
  async function setup() {
    sim = await startSimulator({
      flinkVersion: v,
      seed: { jobs: [{ jid: 'e'.repeat(32), name: 'p.prod.j' }] },
    });
    const clock = simClock(sim);
    const events: HttpEvent[] = [];
    client = createFlinkClient({
      jobmanagerUrl: sim.jobmanagerUrl,
      sqlGatewayUrl: sim.gatewayUrl,
      clock,
      onHttp: (e) => events.push(e),
    });
    return { s: sim, c: client, clock, events, jid: 'e'.repeat(32) };
  }

  it('rides out 5xx and resets on reads, and never sends a statement twice', async () => {
    const { s, c, events } = await setup();
    const session = value(await c.openSession());
    await c.capabilities();
    s.control.faults.set({ http5xxRate: 0.3, connectionResetRate: 0.1 });
    for (let i = 0; i < 20; i++) expect((await c.listJobs()).ok).toBe(true);
    for (let i = 0; i < 10; i++) await c.executeStatement(session, 'SHOW TABLES');
    expect(events.some((e) => e.route === '/jobs/overview' && e.attempt > 1)).toBe(true);
    const submits = events.filter((e) => e.route.endsWith('/statements'));
    expect(submits).toHaveLength(10);
    expect(submits.every((e) => e.attempt === 1)).toBe(true);
  });

  it('reports a failed savepoint, a hanging stop, and a forgotten trigger', async () => {
    const { s, c, clock, jid } = await setup();
    s.control.faults.set({ savepointFails: 1 });
    const t1 = newTriggerId();
    value(await c.triggerSavepoint(jid, { triggerId: t1 }));
    const failed = await awaitSavepoint(c, jid, t1, { clock, timeoutMs: 60_000 });
    expect(failed.state).toBe('failed');
    if (failed.state === 'failed' && failed.cause.kind === 'failed')
      expect(failed.cause.message).not.toContain('\tat');

    s.control.faults.set({ stopHangs: true });
    const t2 = newTriggerId();
    value(await c.stopWithSavepoint(jid, { triggerId: t2 }));
    const hung = await awaitSavepoint(c, jid, t2, { clock, timeoutMs: 30_000 });
    expect(hung).toMatchObject({ state: 'timeout', what: `savepoint ${t2} of job ${jid}` });

    s.control.jobManagerFailover();
    expect(value(await c.getSavepointStatus(jid, t2))).toEqual({ state: 'unknown-trigger' });
  });

  // Real Flink (1.15+; seen on 2.2.0) lists a savepoint taken with "formatType": "NATIVE" as
  // "savepointFormat": "NATIVE" in the job's checkpoint history: the one format that does not
  // restore into another state backend. Plan reads it for a pinned restoreFrom.
  it('reports the format a savepoint was taken in, and observe keeps it by path', async () => {
    const { c, clock, jid } = await setup();
    const paths: Record<string, string> = {};
    for (const formatType of ['NATIVE', 'CANONICAL'] as const) {
      const t = newTriggerId();
      value(await c.triggerSavepoint(jid, { triggerId: t, formatType }));
      const done = await awaitSavepoint(c, jid, t, { clock, timeoutMs: 60_000 });
      expect(done.state).toBe('completed');
      if (done.state === 'completed') paths[formatType] = done.value;
    }
    const cp = value(await c.getCheckpoints(jid));
    const formats = Object.fromEntries((cp.recentSavepoints ?? []).map((r) => [r.externalPath, r.format]));
    expect(formats[paths.NATIVE!]).toBe(v === '1.16' ? undefined : 'NATIVE');
    expect(formats[paths.CANONICAL!]).toBe(v === '1.16' ? undefined : 'CANONICAL');
    const live = { savepointFormats: undefined } as unknown as LiveJob;
    addCheckpoints(live, cp);
    expect(live.savepointFormats?.[paths.NATIVE!]).toBe(v === '1.16' ? undefined : 'NATIVE');
  });

  it('says the gateway is unreachable when it is down', async () => {
    const { s, c } = await setup();
    await s.control.setGatewayDown(true);
    const r = await c.openSession();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: 'network', service: 'gateway' });
    expect((await c.listJobs()).ok).toBe(true);
  });
});
