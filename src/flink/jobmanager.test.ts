import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock';
import type { FlinkClient } from './client';
import { createFlinkClient } from './rest-client';
import { type Reply, type SeenRequest, startTestServer, type TestServer } from './test-server';

let server: TestServer;
let routes: Record<string, Reply>;
let release = '1.18.1';
const client = (): FlinkClient => {
  const c = createFlinkClient({
    jobmanagerUrl: server.url,
    clock: new FakeClock(),
    random: () => 0.5,
    retries: 0,
  });
  opened.push(c);
  return c;
};
const opened: FlinkClient[] = [];

beforeAll(async () => {
  server = await startTestServer((req: SeenRequest) => {
    if (req.url === '/config') return { status: 200, body: { 'flink-version': release, features: {} } };
    return routes[`${req.method} ${req.url}`] ?? { status: 404, body: { errors: [`Not found: ${req.url}`] } };
  });
});
beforeEach(() => {
  routes = {};
  release = '1.18.1';
  server.requests.length = 0;
});
afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
  await server.close();
});

const J = 'a'.repeat(32);
const T = 'b'.repeat(32);

describe('JobManager reads', () => {
  it('lists jobs from the wire shape and from the 1.16 OpenAPI shape', async () => {
    routes['GET /jobs/overview'] = {
      status: 200,
      body: {
        jobs: [
          {
            jid: J,
            name: 'p.prod.orders',
            state: 'RUNNING',
            'start-time': 10,
            'end-time': -1,
            duration: 5,
            'last-modification': 11,
            tasks: { total: 2, running: 2 },
          },
          {
            jobId: 'c1',
            jobName: 'old',
            status: 'FINISHED',
            startTime: 1,
            endTime: 2,
            duration: 1,
            lastModification: 2,
          },
        ],
      },
    };
    const r = await client().listJobs();
    expect(r).toEqual({
      ok: true,
      value: [
        {
          id: J,
          name: 'p.prod.orders',
          state: 'RUNNING',
          startTime: 10,
          durationMs: 5,
          lastModification: 11,
          tasks: { total: 2, running: 2 },
        },
        {
          id: 'c1',
          name: 'old',
          state: 'FINISHED',
          startTime: 1,
          endTime: 2,
          durationMs: 1,
          lastModification: 2,
        },
      ],
    });
  });

  it('reads vertices, labels (absent while initializing), and checkpoint paths', async () => {
    routes[`GET /jobs/${J}`] = {
      status: 200,
      body: {
        jid: J,
        name: 'n',
        isStoppable: false,
        state: 'RUNNING',
        'start-time': 1,
        'end-time': -1,
        duration: 3,
        maxParallelism: -1,
        timestamps: { RUNNING: 2, CREATED: 1 },
        vertices: [{ id: 'v1', name: 'Source: t', parallelism: 2, maxParallelism: 128, status: 'RUNNING' }],
      },
    };
    routes[`GET /jobs/${J}/config`] = {
      status: 200,
      body: {
        jid: J,
        name: 'n',
        'execution-config': { 'job-parallelism': 2, 'user-config': { 'flinkops.spec-hash': 'h1' } },
      },
    };
    routes[`GET /jobs/${T}/config`] = { status: 200, body: { jid: T, name: 'm', 'execution-config': {} } };
    routes[`GET /jobs/${J}/checkpoints`] = {
      status: 200,
      body: {
        counts: { completed: 3, failed: 0, in_progress: 0, restored: 1, total: 3 },
        latest: {
          completed: {
            id: 7,
            external_path: '<checkpoint-not-externally-addressable>',
            latest_ack_timestamp: 9,
          },
          savepoint: { id: 5, external_path: 's3://sp/savepoint-5' },
          restored: { id: 4, external_path: 's3://sp/savepoint-4', is_savepoint: true, restore_timestamp: 3 },
          failed: null,
        },
      },
    };
    const c = client();
    const job = await c.getJob(J);
    expect(job.ok && job.value.vertices).toEqual([
      { id: 'v1', name: 'Source: t', parallelism: 2, maxParallelism: 128, status: 'RUNNING' },
    ]);
    expect(job.ok && job.value.endTime).toBeUndefined();
    expect(await c.getJobConfig(J)).toEqual({
      ok: true,
      value: { id: J, name: 'n', userConfig: { 'flinkops.spec-hash': 'h1' }, jobParallelism: 2 },
    });
    const init = await c.getJobConfig(T);
    expect(init.ok && init.value.userConfig).toBeUndefined();
    expect(await c.getCheckpoints(J)).toEqual({
      ok: true,
      value: {
        counts: { completed: 3, failed: 0, inProgress: 0, restored: 1, total: 3 },
        latestCompleted: { id: 7, timestamp: 9 },
        latestSavepoint: { id: 5, externalPath: 's3://sp/savepoint-5' },
        latestRestored: {
          id: 4,
          externalPath: 's3://sp/savepoint-4',
          isSavepoint: true,
          restoreTimestamp: 3,
        },
      },
    });
  });

  it('reads a vertex Flink calls RUNNING while some of its subtasks wait for a slot as SCHEDULED', async () => {
    // Real Flink 1.20, default scheduler, 4 slots: a job of parallelism 5 beside one of 2 runs
    // 2 subtasks of each vertex and keeps 3 SCHEDULED until the slot request timeout fails it.
    const tasks = (running: number, scheduled: number) => ({
      CREATED: 0,
      SCHEDULED: scheduled,
      DEPLOYING: 0,
      INITIALIZING: 0,
      RUNNING: running,
      FINISHED: 0,
      CANCELING: 0,
      CANCELED: 0,
      FAILED: 0,
      RECONCILING: 0,
    });
    routes[`GET /jobs/${J}`] = {
      status: 200,
      body: {
        jid: J,
        name: 'slotsx.trial.b',
        state: 'RUNNING',
        'start-time': 1,
        'end-time': -1,
        duration: 3,
        timestamps: { RUNNING: 2, CREATED: 1 },
        vertices: [
          {
            id: 'v1',
            name: 'Source: events[1]',
            parallelism: 5,
            maxParallelism: 128,
            status: 'RUNNING',
            tasks: tasks(2, 3),
          },
          {
            id: 'v2',
            name: 'sink_t[2]: Writer',
            parallelism: 5,
            maxParallelism: 128,
            status: 'RUNNING',
            tasks: tasks(5, 0),
          },
        ],
      },
    };
    const job = await client().getJob(J);
    expect(job.ok && job.value.vertices.map((v) => v.status)).toEqual(['SCHEDULED', 'RUNNING']);
  });

  it('gives one root-cause model for the pre-2.0 and 2.0+ exception shapes', async () => {
    const trace =
      'org.apache.flink.runtime.JobException: Recovery is suppressed\n\tat x\nCaused by: java.io.IOException: disk full\n\tat y';
    routes[`GET /jobs/${J}/exceptions?maxExceptions=10`] = {
      status: 200,
      body: {
        'root-exception': trace,
        timestamp: 5,
        'all-exceptions': [],
        truncated: false,
        exceptionHistory: { entries: [], truncated: false },
      },
    };
    routes[`GET /jobs/${T}/exceptions?maxExceptions=10`] = {
      status: 200,
      body: {
        exceptionHistory: {
          entries: [
            {
              exceptionName: 'org.apache.flink.runtime.JobException',
              stacktrace: trace,
              timestamp: 6,
              taskName: 'Sink',
              failureLabels: {},
              concurrentExceptions: [],
            },
          ],
          truncated: true,
        },
      },
    };
    const c = client();
    const legacy = await c.getExceptions(J);
    const modern = await c.getExceptions(T);
    expect(legacy.ok && legacy.value.rootCause).toMatchObject({
      message: 'IOException: disk full',
      timestamp: 5,
    });
    expect(modern.ok && modern.value.rootCause).toMatchObject({
      message: 'IOException: disk full',
      causes: ['JobException: Recovery is suppressed', 'IOException: disk full'],
      taskName: 'Sink',
    });
    expect(modern.ok && modern.value.truncated).toBe(true);
  });

  it('reports an unknown job with the cluster message', async () => {
    routes[`GET /jobs/${J}`] = { status: 404, body: { errors: [`Job ${J} not found`] } };
    const r = await client().getJob(J);
    expect(r).toEqual({
      ok: false,
      error: {
        kind: 'http',
        service: 'jobmanager',
        call: 'GET /jobs/{jobid}',
        status: 404,
        message: `Job ${J} not found`,
        causes: [`Job ${J} not found`],
      },
    });
  });
});

describe('JobManager operations', () => {
  it('stops with a savepoint and reads every status of the trigger', async () => {
    routes[`POST /jobs/${J}/stop`] = { status: 202, body: { 'request-id': T } };
    const c = client();
    expect(
      await c.stopWithSavepoint(J, { triggerId: T, targetDirectory: 's3://sp', formatType: 'CANONICAL' }),
    ).toEqual({ ok: true, value: { triggerId: T } });
    expect(server.requests.at(-1)!.body).toEqual({
      drain: false,
      triggerId: T,
      targetDirectory: 's3://sp',
      formatType: 'CANONICAL',
    });

    const status = (body: unknown, code = 200) => {
      routes[`GET /jobs/${J}/savepoints/${T}`] = { status: code, body };
      return c.getSavepointStatus(J, T);
    };
    expect(await status({ status: { id: 'IN_PROGRESS' }, operation: null })).toEqual({
      ok: true,
      value: { state: 'pending' },
    });
    expect(
      await status({ status: { id: 'COMPLETED' }, operation: { location: 's3://sp/savepoint-1' } }),
    ).toEqual({
      ok: true,
      value: { state: 'completed', location: 's3://sp/savepoint-1' },
    });
    const failed = await status({
      status: { id: 'COMPLETED' },
      operation: {
        'failure-cause': {
          class: 'java.util.concurrent.CompletionException',
          'stack-trace':
            'java.util.concurrent.CompletionException: x\nCaused by: org.apache.flink.runtime.checkpoint.CheckpointException: Checkpoint Coordinator is suspending.\n\tat z',
        },
      },
    });
    expect(failed.ok && failed.value).toMatchObject({
      state: 'failed',
      cause: 'CheckpointException: Checkpoint Coordinator is suspending.',
    });
    expect(await status({ errors: [`There is no savepoint operation with triggerId=${T}`] }, 404)).toEqual({
      ok: true,
      value: { state: 'unknown-trigger' },
    });
  });

  it('maps cancel answers: 202 cancelling, 408 still cancelling, 404 not found, 409 already terminal', async () => {
    const c = client();
    const cancel = async (status: number) => {
      routes[`PATCH /jobs/${J}?mode=cancel`] = {
        status,
        body: status === 202 ? undefined : { errors: ['x'] },
      };
      return c.cancelJob(J);
    };
    expect(await cancel(202)).toEqual({ ok: true, value: 'cancelling' });
    // The JobManager's cancel timed out answering; the cancel itself goes on.
    expect(await cancel(408)).toEqual({ ok: true, value: 'cancelling' });
    expect(await cancel(404)).toEqual({ ok: true, value: 'not-found' });
    expect(await cancel(409)).toEqual({ ok: true, value: 'already-terminal' });
  });

  it('refuses resource requirements before 1.18 without calling, and round-trips them after', async () => {
    release = '1.17.2';
    const old = await client().getResourceRequirements(J);
    expect(old.ok).toBe(false);
    if (!old.ok)
      expect(old.error).toMatchObject({
        kind: 'unsupported',
        message: 'resource requirements need Flink 1.18+, the cluster runs 1.17.2',
      });
    expect(server.requests.filter((q) => q.url.includes('resource-requirements'))).toHaveLength(0);

    release = '1.18.1';
    routes[`GET /jobs/${J}/resource-requirements`] = {
      status: 200,
      body: { v1: { parallelism: { lowerBound: 1, upperBound: 2 } } },
    };
    routes[`PUT /jobs/${J}/resource-requirements`] = { status: 200, body: {} };
    const c = client();
    expect(await c.getResourceRequirements(J)).toEqual({
      ok: true,
      value: { v1: { lowerBound: 1, upperBound: 2 } },
    });
    expect((await c.putResourceRequirements(J, { v1: { lowerBound: 1, upperBound: 4 } })).ok).toBe(true);
    expect(server.requests.at(-1)!.body).toEqual({ v1: { parallelism: { lowerBound: 1, upperBound: 4 } } });
  });

  it('puts resource requirements again after a proxy page, not after Flink refused them', async () => {
    const key = `PUT /jobs/${J}/resource-requirements`;
    const replies: Reply[] = [
      { status: 503, raw: '<html><body><h1>503 Service Unavailable</h1></body></html>' },
      { status: 200, body: {} },
    ];
    Object.defineProperty(routes, key, { get: () => replies.shift(), enumerable: true });
    const c = createFlinkClient({
      jobmanagerUrl: server.url,
      clock: new FakeClock(),
      random: () => 0.5,
      retries: 2,
    });
    opened.push(c);
    expect((await c.putResourceRequirements(J, { v1: { lowerBound: 1, upperBound: 4 } })).ok).toBe(true);
    expect(server.requests.filter((q) => q.method === 'PUT')).toHaveLength(2);

    server.requests.length = 0;
    routes = {
      [key]: {
        status: 500,
        body: { errors: ['Internal server error.', 'RestHandlerException: not supported'] },
      },
    };
    expect((await c.putResourceRequirements(J, { v1: { lowerBound: 1, upperBound: 4 } })).ok).toBe(false);
    expect(server.requests.filter((q) => q.method === 'PUT')).toHaveLength(1);
  });

  it('disposes a savepoint and polls the disposal', async () => {
    routes['POST /savepoint-disposal'] = { status: 200, body: { 'request-id': T } };
    routes[`GET /savepoint-disposal/${T}`] = {
      status: 200,
      body: { status: { id: 'COMPLETED' }, operation: {} },
    };
    const c = client();
    expect(await c.disposeSavepoint('s3://sp/savepoint-1')).toEqual({ ok: true, value: { triggerId: T } });
    expect(server.requests.at(-1)!.body).toEqual({ 'savepoint-path': 's3://sp/savepoint-1' });
    expect(await c.getDisposalStatus(T)).toEqual({ ok: true, value: { state: 'completed' } });
  });
});

describe('checkpoint configuration', () => {
  it('reads the interval, and Long.MAX_VALUE as periodic checkpointing off', async () => {
    routes[`GET /jobs/${J}/checkpoints/config`] = {
      status: 200,
      body: { mode: 'exactly_once', interval: 2000 },
    };
    expect(await client().getCheckpointConfig!(J)).toEqual({ ok: true, value: { intervalMs: 2000 } });
    routes[`GET /jobs/${J}/checkpoints/config`] = {
      status: 200,
      body: { mode: 'exactly_once', interval: 2 ** 63 },
    };
    expect(await client().getCheckpointConfig!(J)).toEqual({ ok: true, value: {} });
  });

  it('reads what Flink keeps of the checkpoints when the job ends (externalization)', async () => {
    const cases: [unknown, string | undefined][] = [
      [{ enabled: false, delete_on_cancellation: true }, 'none'],
      [{ enabled: true, delete_on_cancellation: true }, 'on-failure'],
      [{ enabled: true, delete_on_cancellation: false }, 'on-cancellation'],
      [undefined, undefined],
    ];
    for (const [externalization, retention] of cases) {
      routes[`GET /jobs/${J}/checkpoints/config`] = {
        status: 200,
        body: { interval: 2000, ...(externalization ? { externalization } : {}) },
      };
      const r = await client().getCheckpointConfig!(J);
      expect(r.ok && r.value.retention).toBe(retention ?? undefined);
    }
  });
});

describe('the JobManager configuration', () => {
  it('reads /jobmanager/config as key → value, as real 1.20.3 lists it', async () => {
    routes['GET /jobmanager/config'] = {
      status: 200,
      body: [
        { key: 'taskmanager.numberOfTaskSlots', value: '4' },
        { key: 'state.backend', value: 'rocksdb' },
        { key: 'parallelism.default', value: '1' },
      ],
    };
    expect(await client().getJobManagerConfig!()).toEqual({
      ok: true,
      value: { 'taskmanager.numberOfTaskSlots': '4', 'state.backend': 'rocksdb', 'parallelism.default': '1' },
    });
  });
});
