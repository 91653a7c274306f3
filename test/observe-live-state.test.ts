import { describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { LABEL_KEYS } from '../src/core/names';
import type { FlinkClient } from '../src/flink/client';
import { type FlinkError, type FlinkResult, fail, ok } from '../src/flink/errors';
import type { CheckpointStats, JobConfig, JobDetails, JobSummary } from '../src/flink/types';
import { createLimiter, mapPool, OBSERVE_CODES, observe, offlineLiveState } from '../src/observe';

interface FakeJob {
  id: string;
  name: string;
  state: string;
  startTime?: number;
  parallelism?: number;
  /** user-config; `undefined` = missing (initialising). */
  userConfig?: Record<string, string>;
  /** user-config from the second read on (a job that finishes initialising). */
  laterUserConfig?: Record<string, string>;
  laterState?: string;
  /** What `/jobs/:id` answers when its cache still holds an older state than the listing. */
  detailsState?: string;
  checkpoint?: string;
}

function labels(job: string, specHash = 'h1', env = 'prod', project = 'shop'): Record<string, string> {
  return {
    [LABEL_KEYS.specHash]: specHash,
    [LABEL_KEYS.commit]: 'c0ffee',
    [LABEL_KEYS.project]: project,
    [LABEL_KEYS.env]: env,
    [LABEL_KEYS.job]: job,
    'other.key': 'x',
  };
}

const jid = (n: number) => n.toString(16).padStart(32, '0');

/** A stateful fake JobManager: records calls and the most requests ever in flight. */
class FakeJobManager {
  calls: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  configReads = new Map<string, number>();
  failures: Record<string, FlinkError> = {};
  /** `features.web-rescale` of `GET /config`; undefined on clusters older than 1.18. */
  webRescale: boolean | undefined;

  constructor(public jobs: FakeJob[]) {}

  private async call<T>(name: string, fn: () => FlinkResult<T>): Promise<FlinkResult<T>> {
    this.calls.push(name);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise((r) => setImmediate(r));
    this.inFlight--;
    const f = this.failures[name];
    return f ? fail(f) : fn();
  }

  private find(id: string): FakeJob | undefined {
    return this.jobs.find((j) => j.id === id);
  }

  client(): FlinkClient {
    const notFound = (call: string): FlinkError => ({
      kind: 'http',
      service: 'jobmanager',
      call,
      status: 404,
      message: 'not found',
      causes: [],
    });
    const features = this.webRescale === undefined ? {} : { webRescale: this.webRescale };
    const impl: Partial<FlinkClient> = {
      getConfig: () => this.call('config', () => ok({ flinkVersion: '1.18.1', features })),
      listJobs: () =>
        this.call('overview', () =>
          ok(
            this.jobs.map(
              (j): JobSummary => ({
                id: j.id,
                name: j.name,
                state: j.state,
                startTime: j.startTime ?? 0,
                durationMs: 0,
                lastModification: 0,
              }),
            ),
          ),
        ),
      getJob: (id) =>
        this.call(`job ${id}`, () => {
          const j = this.find(id);
          if (!j) return fail(notFound('GET /jobs/:jobid'));
          const reads = this.configReads.get(id) ?? 0;
          const state = reads > 0 && j.laterState ? j.laterState : (j.detailsState ?? j.state);
          const d: JobDetails = {
            id: j.id,
            name: j.name,
            state,
            startTime: j.startTime ?? 0,
            durationMs: 0,
            timestamps: {},
            vertices: [
              { id: `${j.id}-v1`, name: 'Source', parallelism: 1, maxParallelism: 128 },
              { id: `${j.id}-v2`, name: 'Sink', parallelism: j.parallelism ?? 2, maxParallelism: 128 },
            ],
          };
          return ok(d);
        }),
      getResourceRequirements: (id) =>
        this.call(`requirements ${id}`, () => {
          const j = this.find(id);
          if (!j) return fail(notFound('GET /jobs/:jobid/resource-requirements'));
          return ok({
            [`${j.id}-v1`]: { lowerBound: 1, upperBound: 1 },
            [`${j.id}-v2`]: { lowerBound: 1, upperBound: j.parallelism ?? 2 },
          });
        }),
      getJobConfig: (id) =>
        this.call(`jobconfig ${id}`, () => {
          const j = this.find(id);
          if (!j) return fail(notFound('GET /jobs/:jobid/config'));
          const reads = this.configReads.get(id) ?? 0;
          this.configReads.set(id, reads + 1);
          const uc = reads > 0 && j.laterUserConfig ? j.laterUserConfig : j.userConfig;
          const c: JobConfig = { id: j.id, name: j.name, ...(uc ? { userConfig: uc } : {}) };
          return ok(c);
        }),
      getClusterOverview: () =>
        this.call('cluster overview', () => ok({ taskManagers: 1, slotsTotal: 4, slotsAvailable: 4 })),
      getCheckpoints: (id) =>
        this.call(`checkpoints ${id}`, () => {
          const j = this.find(id);
          const s: CheckpointStats = {
            counts: { completed: 1, failed: 0, inProgress: 0, restored: 0, total: 1 },
            ...(j?.checkpoint
              ? { latestCompleted: { id: 7, externalPath: j.checkpoint, timestamp: 1234 } }
              : {}),
          };
          return ok(s);
        }),
    };
    return new Proxy(impl as FlinkClient, {
      get(target, prop) {
        const v = (target as unknown as Record<string | symbol, unknown>)[prop];
        if (v === undefined && prop !== 'then') {
          return () => {
            throw new Error(`observe must not call ${String(prop)}`);
          };
        }
        return v;
      },
    });
  }
}

const opts = { project: 'shop', env: 'prod', clock: new FakeClock(), jobmanagerUrl: 'http://jm:8081' };

function cluster(): FakeJobManager {
  return new FakeJobManager([
    {
      id: jid(1),
      name: 'shop.prod.orders',
      state: 'RUNNING',
      startTime: 200,
      parallelism: 4,
      userConfig: labels('orders'),
      checkpoint: 's3://cp/chk-7',
    },
    // The same job's previous run, stopped with a savepoint: listed too, after the newer one.
    {
      id: jid(2),
      name: 'shop.prod.orders',
      state: 'FINISHED',
      startTime: 100,
      userConfig: labels('orders', 'h0'),
    },
    // Started by hand with the managed name: no labels.
    { id: jid(3), name: 'shop.prod.payments', state: 'RUNNING', userConfig: { 'some.param': '1' } },
    // Other projects, other environments, and names that are not ours.
    {
      id: jid(4),
      name: 'shop.staging.orders',
      state: 'RUNNING',
      userConfig: labels('orders', 'h1', 'staging'),
    },
    { id: jid(5), name: 'billing.prod.orders', state: 'RUNNING' },
    { id: jid(6), name: 'insert-into_default_catalog.default_database.sink', state: 'RUNNING' },
    { id: jid(7), name: 'shop.prod.Orders-v2', state: 'RUNNING' },
    {
      id: jid(8),
      name: 'shop.prod.failing',
      state: 'FAILED',
      userConfig: labels('failing'),
      checkpoint: 's3://cp/chk-3',
    },
  ]);
}

describe('observe', () => {
  it('finds the managed jobs of this project and environment, with labels, parallelism and checkpoints', async () => {
    const jm = cluster();
    const r = await observe(jm.client(), opts);
    expect(r.diags).toEqual([]);
    const live = r.value;
    expect(live).toMatchObject({ observed: true, flinkVersion: '1.18.1', adaptiveScheduler: false });
    expect(live.jobs.map((j) => [j.job, j.jobId, j.state])).toEqual([
      ['failing', jid(8), 'FAILED'],
      ['orders', jid(1), 'RUNNING'],
      ['orders', jid(2), 'FINISHED'],
      ['payments', jid(3), 'RUNNING'],
    ]);
    const orders = live.jobs[1]!;
    expect(orders.parallelism).toBe(4);
    expect(orders.vertices).toHaveLength(2);
    expect(orders.labels).toEqual({
      'flinkops.spec-hash': 'h1',
      'flinkops.commit': 'c0ffee',
      'flinkops.project': 'shop',
      'flinkops.env': 'prod',
      'flinkops.job': 'orders',
    });
    expect(orders.latestCheckpoint).toEqual({ path: 's3://cp/chk-7', time: 1234 });
    expect(live.jobs[0]!.latestCheckpoint?.path).toBe('s3://cp/chk-3');
    expect(live.jobs[2]!.latestCheckpoint).toBeUndefined();
    expect(live.jobs[3]!.labels).toBeUndefined();
    // Only our jobs were read in detail; finished jobs' checkpoints are not asked for.
    expect(jm.calls.filter((c) => c.startsWith('job ')).sort()).toEqual(
      [jid(1), jid(2), jid(3), jid(8)].map((i) => `job ${i}`),
    );
    expect(jm.calls).not.toContain(`checkpoints ${jid(2)}`);
  });

  it('reads the task slots once when asked (plan), beside the job list; otherwise only when a job waits for them', async () => {
    const jm = cluster();
    const plain = await observe(jm.client(), opts);
    expect(plain.value.slots).toBeUndefined();
    expect(jm.calls).not.toContain('cluster overview');

    const asked = new FakeJobManager(cluster().jobs);
    const r = await observe(asked.client(), { ...opts, readSlots: true });
    expect(r.value.slots).toEqual({ taskManagers: 1, slotsTotal: 4, slotsAvailable: 4 });
    expect(asked.calls.slice(0, 3).sort()).toEqual(['cluster overview', 'config', 'overview']);

    // A job waiting to be scheduled: still one call.
    const waiting = new FakeJobManager([
      { id: jid(1), name: 'shop.prod.orders', state: 'CREATED', userConfig: labels('orders') },
    ]);
    const w = await observe(waiting.client(), { ...opts, readSlots: true });
    expect(w.value.slots?.slotsAvailable).toBe(4);
    expect(waiting.calls.filter((c) => c === 'cluster overview')).toHaveLength(1);
  });

  it("reads the savepoint or checkpoint of an ended job started outside flinkops (no labels), not of flinkops' own", async () => {
    const jm = new FakeJobManager([
      {
        id: jid(1),
        name: 'shop.prod.orders',
        state: 'CANCELED',
        userConfig: {},
        checkpoint: 's3://cp/hand/chk-4',
      },
      {
        id: jid(2),
        name: 'shop.prod.orders',
        state: 'FINISHED',
        userConfig: labels('orders'),
        checkpoint: 's3://x',
      },
    ]);
    const r = await observe(jm.client(), opts);
    expect(r.value.jobs.find((j) => j.jobId === jid(1))?.latestCheckpoint?.path).toBe('s3://cp/hand/chk-4');
    expect(jm.calls).not.toContain(`checkpoints ${jid(2)}`);
  });

  it('re-reads the labels of an initialising job once, then calls it unlabelled', async () => {
    const jm = new FakeJobManager([
      {
        id: jid(1),
        name: 'shop.prod.a',
        state: 'INITIALIZING',
        laterState: 'RUNNING',
        laterUserConfig: labels('a'),
      },
      { id: jid(2), name: 'shop.prod.b', state: 'CREATED' },
      { id: jid(3), name: 'shop.prod.c', state: 'RUNNING' },
    ]);
    const clock = new FakeClock();
    const r = await observe(jm.client(), { ...opts, clock, labelRetryDelayMs: 500 });
    expect(r.value.jobs.map((j) => [j.job, j.state, j.labels?.[LABEL_KEYS.specHash]])).toEqual([
      ['a', 'RUNNING', 'h1'],
      ['b', 'CREATED', undefined],
      ['c', 'RUNNING', undefined],
    ]);
    expect(jm.configReads.get(jid(1))).toBe(2);
    expect(jm.configReads.get(jid(2))).toBe(2);
    expect(jm.configReads.get(jid(3))).toBe(1);
    expect(clock.sleeps).toEqual([500, 500]);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const many = Array.from(
      { length: 60 },
      (_, i): FakeJob => ({
        id: jid(i + 1),
        name: `shop.prod.job_${i}`,
        state: 'RUNNING',
        userConfig: labels(`job_${i}`),
      }),
    );
    for (const concurrency of [1, 4, 16]) {
      const jm = new FakeJobManager(many);
      const r = await observe(jm.client(), { ...opts, concurrency });
      expect(r.value.jobs).toHaveLength(60);
      expect(jm.maxInFlight).toBe(concurrency);
    }
    const jm = new FakeJobManager(many);
    await observe(jm.client(), opts);
    expect(jm.maxInFlight).toBe(16);
  });

  it("gives a stable fingerprint that changes with the jobs, and with an ended job's state, labels and parallelism", async () => {
    const jm = cluster();
    const a = (await observe(jm.client(), opts)).value.fingerprint;
    expect((await observe(jm.client(), opts)).value.fingerprint).toBe(a);
    jm.jobs.reverse();
    expect((await observe(jm.client(), opts)).value.fingerprint).toBe(a);
    const orders = jm.jobs.find((j) => j.id === jid(1))!;
    // A crash-looping job between RUNNING and RESTARTING is the same job, alive: the plan holds,
    // though a restarting job may be read without its execution config (Flink 2.x, adaptive).
    orders.state = 'RESTARTING';
    const { userConfig } = orders;
    orders.userConfig = undefined;
    orders.parallelism = 8;
    expect((await observe(jm.client(), opts)).value.fingerprint).toBe(a);
    orders.state = 'FAILED';
    orders.userConfig = userConfig;
    const b = (await observe(jm.client(), opts)).value.fingerprint;
    expect(b).not.toBe(a);
    orders.userConfig = labels('orders', 'h2');
    const c = (await observe(jm.client(), opts)).value.fingerprint;
    expect(c).not.toBe(b);
    orders.parallelism = 4;
    expect((await observe(jm.client(), opts)).value.fingerprint).not.toBe(c);
    // Jobs of other projects do not move it.
    const before = (await observe(jm.client(), opts)).value.fingerprint;
    jm.jobs.find((j) => j.id === jid(5))!.state = 'CANCELED';
    expect((await observe(jm.client(), opts)).value.fingerprint).toBe(before);
  });

  it('detects the adaptive scheduler from features.web-rescale of GET /config, or takes a hint', async () => {
    const jm = cluster();
    expect((await observe(jm.client(), { ...opts, schedulerHint: 'adaptive' })).value.adaptiveScheduler).toBe(
      true,
    );
    expect((await observe(jm.client(), opts)).value.adaptiveScheduler).toBe(false);
    jm.webRescale = true;
    expect((await observe(jm.client(), opts)).value.adaptiveScheduler).toBe(true);
    jm.webRescale = false;
    expect((await observe(jm.client(), { ...opts, schedulerHint: 'adaptive' })).value.adaptiveScheduler).toBe(
      false,
    );
  });

  it('turns an unreachable JobManager into one diagnostic that says what to do', async () => {
    const jm = cluster();
    jm.failures.config = {
      kind: 'network',
      service: 'jobmanager',
      call: 'GET /config',
      message: 'connect ECONNREFUSED 127.0.0.1:8081 (ECONNREFUSED)',
      causes: [],
    };
    const r = await observe(jm.client(), opts);
    expect(r.diags).toHaveLength(1);
    expect(r.diags[0]).toEqual({
      code: OBSERVE_CODES.unreachable,
      severity: 'error',
      summary:
        'cannot reach the JobManager at http://jm:8081: connect ECONNREFUSED 127.0.0.1:8081 (ECONNREFUSED)',
      detail:
        "Check jobmanagerUrl of environment prod in flinkops.yaml (overridden by FLINKOPS_JOBMANAGER_URL, --jobmanager-url or the Action's jobmanager-url input); `flinkops plan --offline` plans against the state store alone.",
    });
    expect(r.value.observed).toBe(false);
    // The job list is asked for together with the config; nothing is read after them.
    expect(jm.calls).toEqual(['config', 'overview']);
  });

  it('reports a JobManager error answer, an unreadable job and unreadable checkpoints', async () => {
    const jm = cluster();
    jm.failures.overview = {
      kind: 'http',
      service: 'jobmanager',
      call: 'GET /jobs/overview',
      status: 401,
      message: 'HTTP 401: Unauthorized',
      causes: [],
    };
    const r = await observe(jm.client(), opts);
    expect(r.diags.map((d) => d.code)).toEqual([OBSERVE_CODES.clusterError]);
    expect(r.diags[0]!.summary).toContain('answered GET /jobs/overview with an error (HTTP 401)');

    const jm2 = cluster();
    jm2.failures[`jobconfig ${jid(3)}`] = {
      kind: 'http',
      service: 'jobmanager',
      call: 'GET /jobs/:jobid/config',
      status: 500,
      message: 'boom',
      causes: [],
    };
    jm2.failures[`checkpoints ${jid(1)}`] = {
      kind: 'http',
      service: 'jobmanager',
      call: 'GET /jobs/:jobid/checkpoints',
      status: 500,
      message: 'nope',
      causes: [],
    };
    const r2 = await observe(jm2.client(), opts);
    expect(r2.diags.map((d) => [d.code, d.severity])).toEqual([
      [OBSERVE_CODES.jobUnreadable, 'error'],
      [OBSERVE_CODES.checkpointsUnreadable, 'warning'],
    ]);
    expect(r2.diags[0]!.summary).toBe(`cannot read job shop.prod.payments (${jid(3)}): boom`);
    expect(r2.value.jobs.map((j) => j.jobId)).not.toContain(jid(3));
  });

  it('drops a job that vanished between the listing and the details', async () => {
    const jm = cluster();
    jm.failures[`job ${jid(3)}`] = {
      kind: 'http',
      service: 'jobmanager',
      call: 'GET /jobs/:jobid',
      status: 404,
      message: 'not found',
      causes: [],
    };
    const r = await observe(jm.client(), opts);
    expect(r.diags).toEqual([]);
    expect(r.value.jobs.map((j) => j.jobId)).not.toContain(jid(3));
  });

  it('takes the end of a job from the listing while its cached details still say RUNNING', async () => {
    // Real Flink 1.20, a job cancelled in the UI a moment ago: /jobs/overview says CANCELED at
    // once, /jobs/:id answers RUNNING from its cache for up to web.refresh-interval (3 s).
    const jm = new FakeJobManager([
      {
        id: jid(1),
        name: 'shop.prod.orders',
        state: 'CANCELED',
        detailsState: 'RUNNING',
        userConfig: labels('orders'),
      },
      { id: jid(2), name: 'shop.prod.payments', state: 'RUNNING', userConfig: labels('payments') },
    ]);
    const r = await observe(jm.client(), opts);
    expect(r.value.jobs.map((j) => [j.job, j.state])).toEqual([
      ['orders', 'CANCELED'],
      ['payments', 'RUNNING'],
    ]);
  });

  it('warns about a job whose labels name another job', async () => {
    const jm = new FakeJobManager([
      { id: jid(1), name: 'shop.prod.orders', state: 'RUNNING', userConfig: labels('payments') },
    ]);
    const r = await observe(jm.client(), opts);
    expect(r.diags.map((d) => [d.code, d.severity])).toEqual([[OBSERVE_CODES.labelsMismatch, 'warning']]);
    expect(r.value.jobs[0]!.job).toBe('orders');
  });

  it('warns (FO657) about the jobs of an environment flinkops.yaml no longer defines, not about others', async () => {
    const jm = new FakeJobManager([
      { id: jid(1), name: 'shop.prod.orders', state: 'RUNNING', userConfig: labels('orders') },
      // prod renamed to production: these still run under the old name.
      {
        id: jid(2),
        name: 'shop.production.orders',
        state: 'RUNNING',
        userConfig: labels('orders', 'h1', 'production'),
      },
      {
        id: jid(3),
        name: 'shop.production.payments',
        state: 'RESTARTING',
        userConfig: labels('payments', 'h1', 'production'),
      },
      // Ended ones are history; another environment of the repository, another project and a
      // hand-made job are not this repository's strays.
      { id: jid(4), name: 'shop.old.orders', state: 'FINISHED' },
      {
        id: jid(5),
        name: 'shop.staging.orders',
        state: 'RUNNING',
        userConfig: labels('orders', 'h1', 'staging'),
      },
      {
        id: jid(6),
        name: 'billing.qa.orders',
        state: 'RUNNING',
        userConfig: labels('orders', 'h1', 'qa', 'billing'),
      },
      { id: jid(7), name: 'hand.adhoc.counts', state: 'RUNNING', userConfig: {} },
      { id: jid(8), name: 'shop.prod', state: 'RUNNING', userConfig: {} },
      // Another project's jobs under this environment's name (or this one's before a rename).
      { id: jid(9), name: 'oldshop.prod.orders', state: 'RUNNING', userConfig: {} },
      { id: jid(10), name: 'oldshop.prod.gone', state: 'FINISHED', userConfig: {} },
    ]);
    const r = await observe(jm.client(), { ...opts, environments: ['staging', 'prod'] });
    expect(r.diags.map((d) => [d.code, d.severity])).toEqual([[OBSERVE_CODES.strayEnvironment, 'warning']]);
    expect(r.diags[0]!.summary).toBe(
      `2 jobs of project shop run on this cluster under environment production, which flinkops.yaml does not define: shop.production.orders (${jid(2)}, RUNNING), shop.production.payments (${jid(3)}, RESTARTING)`,
    );
    expect(r.diags[0]!.detail).toContain(
      "If prod is production renamed, this plan creates prod's jobs beside them, without their state.",
    );
    expect(r.diags[0]!.detail).toContain(
      'put environment production back in flinkops.yaml with state: suspended',
    );
    expect(r.value.jobs.map((j) => j.jobId)).toEqual([jid(1)]);
    expect(r.value.namesakes).toEqual([
      { name: 'oldshop.prod.orders', jobId: jid(9), project: 'oldshop', job: 'orders' },
    ]);
    // Without the list of environments (a cluster being left, savepoint runs), nothing is said.
    expect((await observe(jm.client(), opts)).diags).toEqual([]);
  });

  it('offline: observed false, no jobs, a constant fingerprint', () => {
    expect(offlineLiveState()).toEqual({
      observed: false,
      adaptiveScheduler: false,
      jobs: [],
      fingerprint: offlineLiveState().fingerprint,
    });
  });
});

describe('pool', () => {
  it('runs at most `limit` tasks at once and keeps result order', async () => {
    let active = 0;
    let peak = 0;
    const out = await mapPool([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      active++;
      peak = Math.max(peak, active);
      for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
      active--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
  });

  it('a failing task frees its slot', async () => {
    const run = createLimiter(1);
    await expect(run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(run(async () => 1)).resolves.toBe(1);
    expect(() => createLimiter(0)).toThrow();
  });
});
