import { describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock';
import type { FlinkClient } from '../flink';
import { cancelAndWait } from './cancel-wait';
import { DEFAULT_TIMING, type RunContext } from './context';
import { awaitRunning } from './health';
import { healthGrace } from './health-grace';
import { newJobRun } from './job-run';
import { health } from './step-util';

/** A job whose states follow `states` one read after another (the last one repeats). */
function ctxFor(
  states: string[],
  vertexStatus: string[],
  failed = true,
): { ctx: RunContext; clock: FakeClock } {
  let read = 0;
  const clock = new FakeClock(Date.UTC(2026, 0, 1));
  const client = {
    getJob: async (id: string) => {
      const i = Math.min(read++, states.length - 1);
      return {
        ok: true,
        value: {
          id,
          name: 'p.e.job',
          state: states[i]!,
          startTime: 0,
          durationMs: 0,
          timestamps: {},
          vertices: [{ id: 'v', name: 'Source', parallelism: 1, status: vertexStatus[i] }],
        },
      };
    },
    getExceptions: async () => ({
      ok: true,
      value: {
        ...(failed
          ? {
              rootCause: {
                message: 'StateMigrationException: The new state serializer must not be incompatible',
              },
            }
          : {}),
        history: [],
        truncated: false,
      },
    }),
  } as unknown as FlinkClient;
  const ctx = {
    client,
    clock,
    signal: new AbortController().signal,
    stop: new AbortController().signal,
    timing: DEFAULT_TIMING,
    emit: () => {},
    store: { renewInBackground: () => {} },
  } as unknown as RunContext;
  return { ctx, clock };
}

describe('awaitRunning', () => {
  it('fails at once, with the root cause, when a new job restarts before it ever ran', async () => {
    // What real Flink shows for a savepoint the new operators cannot restore: RUNNING while the
    // tasks initialise, then RESTARTING, again and again (the restart strategy never gives up).
    const { ctx, clock } = ctxFor(
      ['RUNNING', 'RESTARTING', 'RUNNING'],
      ['INITIALIZING', 'CANCELING', 'INITIALIZING'],
    );
    const t0 = clock.now();
    const h = await awaitRunning(ctx, 'job', 'abc');
    expect(h).toMatchObject({ ok: false });
    expect(h.ok ? '' : h.cause).toMatch(/^job abc .*StateMigrationException: The new state serializer/);
    expect(clock.now() - t0).toBeLessThan(DEFAULT_TIMING.startTimeoutMs);
  });

  it('waits while the job is created and its tasks deploy', async () => {
    const { ctx } = ctxFor(['CREATED', 'RUNNING', 'RUNNING'], ['CREATED', 'DEPLOYING', 'RUNNING'], false);
    expect(await awaitRunning(ctx, 'job', 'abc')).toMatchObject({ ok: true });
  });
});

/** A bare context over `client`, on a fake clock. */
function ctxWith(client: Partial<FlinkClient>): { ctx: RunContext; clock: FakeClock } {
  const clock = new FakeClock(Date.UTC(2026, 0, 1));
  const ctx = {
    client: client as FlinkClient,
    clock,
    signal: new AbortController().signal,
    stop: new AbortController().signal,
    timing: DEFAULT_TIMING,
    emit: () => {},
    store: { renewInBackground: () => {} },
  } as unknown as RunContext;
  return { ctx, clock };
}

const details = (id: string, state: string, status: string, parallelism = 2) => ({
  ok: true as const,
  value: {
    id,
    name: 'p.e.job',
    state,
    startTime: 0,
    durationMs: 0,
    timestamps: {},
    vertices: [
      { id: 'v1', name: 'Source', parallelism, maxParallelism: 128, status },
      { id: 'v2', name: 'Sink', parallelism: 1, maxParallelism: 128, status },
    ],
  },
});

describe('awaitRunning on a cluster without free task slots', () => {
  it('says the job waits for task slots, and how many the cluster has free', async () => {
    // Real Flink 1.20, adaptive scheduler, 4 slots all taken: the new job stays CREATED.
    const { ctx } = ctxWith({
      getJob: async (id) => details(id, 'CREATED', 'CREATED') as never,
      getExceptions: async () => ({ ok: true, value: { history: [], truncated: false } }) as never,
      getClusterOverview: async () => ({
        ok: true,
        value: { taskManagers: 1, slotsTotal: 4, slotsAvailable: 0 },
      }),
    });
    const h = await awaitRunning(ctx, 'job', 'abc');
    expect(h.ok).toBe(false);
    expect(h.ok ? '' : h.cause).toMatch(
      /^start of job abc did not finish within 300 s \(\d+ checks\); it was still CREATED: it waits for task slots, and the cluster has 0 of 4 free \(1 TaskManager\) where the job needs 2\./,
    );
  });

  it('tells a job of parallelism 1 to free slots or add TaskManagers, never to lower its parallelism', async () => {
    // Real Flink 1.20, adaptive scheduler: a job of parallelism 1 CREATED with every slot taken.
    const { ctx } = ctxWith({
      getJob: async (id) => details(id, 'CREATED', 'CREATED', 1) as never,
      getExceptions: async () => ({ ok: true, value: { history: [], truncated: false } }) as never,
      getClusterOverview: async () => ({
        ok: true,
        value: { taskManagers: 1, slotsTotal: 4, slotsAvailable: 0 },
      }),
    });
    const h = await awaitRunning(ctx, 'job', 'abc');
    const cause = h.ok ? '' : h.cause;
    expect(cause).toContain('where the job needs 1. Stop or suspend another job, or add TaskManagers');
    expect(cause).not.toMatch(/lower/);
  });

  it('names the parallelism to lower only where some slots are free', async () => {
    const { ctx } = ctxWith({
      getJob: async (id) => details(id, 'CREATED', 'CREATED', 3) as never,
      getExceptions: async () => ({ ok: true, value: { history: [], truncated: false } }) as never,
      getClusterOverview: async () => ({
        ok: true,
        value: { taskManagers: 1, slotsTotal: 4, slotsAvailable: 1 },
      }),
    });
    const h = await awaitRunning(ctx, 'job', 'abc');
    expect(h.ok ? '' : h.cause).toContain(
      "where the job needs 3. Stop or suspend another job, lower this job's parallelism (3), or add TaskManagers",
    );
  });

  it('says so while it waits, not only once the wait has timed out', async () => {
    // Another project's jobs hold every slot: the progress lines of the five-minute wait name that.
    const { ctx } = ctxWith({
      getJob: async (id) => details(id, 'CREATED', 'CREATED') as never,
      getExceptions: async () => ({ ok: true, value: { history: [], truncated: false } }) as never,
      getClusterOverview: async () => ({
        ok: true,
        value: { taskManagers: 1, slotsTotal: 12, slotsAvailable: 0 },
      }),
    });
    const progress: string[] = [];
    ctx.emit = (e) => {
      if (e.type === 'poll-progress' && e.progress) progress.push(e.progress);
    };
    await awaitRunning(ctx, 'job', 'abc');
    expect(progress[0]).toBe(
      'CREATED, waiting for task slots: 0 of 12 free (1 TaskManager) where the job needs 2',
    );
  });

  it("reports Flink's own cause when Flink gave up on the job at the same moment", async () => {
    // Flink's resource wait (5 min) ends with ours: the last look finds it FAILED.
    let reads = 0;
    const { ctx, clock } = ctxWith({});
    const t0 = clock.now();
    Object.assign(ctx.client, {
      getJob: async (id: string) => {
        reads++;
        return details(
          id,
          clock.now() - t0 >= DEFAULT_TIMING.startTimeoutMs ? 'FAILED' : 'CREATED',
          'CREATED',
        );
      },
      getExceptions: async () => {
        const failed = clock.now() - t0 >= DEFAULT_TIMING.startTimeoutMs;
        return {
          ok: true,
          value: {
            ...(failed
              ? {
                  rootCause: {
                    message: 'NoResourceAvailableException: Not enough resources available for scheduling.',
                  },
                }
              : {}),
            history: [],
            truncated: false,
          },
        };
      },
    });
    const h = await awaitRunning(ctx, 'job', 'abc');
    expect(h.ok ? '' : h.cause).toBe(
      'job abc is FAILED: NoResourceAvailableException: Not enough resources available for scheduling.',
    );
    expect(reads).toBeGreaterThan(2);
  });
});

describe('cancelAndWait', () => {
  it('asks once while the JobManager still serves the job from its cache', async () => {
    // Real Flink 1.20: right after a cancel, GET /jobs/:id answers from a 3 s cache (RESTARTING).
    const { ctx, clock } = ctxWith({});
    const t0 = clock.now();
    const patches: number[] = [];
    Object.assign(ctx.client, {
      cancelJob: async () => {
        patches.push(clock.now() - t0);
        return { ok: true, value: 'cancelling' };
      },
      getJob: async (id: string) =>
        details(id, clock.now() - t0 < 3_000 ? 'RESTARTING' : 'CANCELED', 'CANCELED'),
    });
    expect(await cancelAndWait(ctx, 'job', 'abc')).toEqual({ ok: true });
    expect(patches).toEqual([0]);
  });

  it('is done when the JobManager answers that the job already ended (409)', async () => {
    // A new job Flink failed while we looked: the details may still read CREATED for a moment.
    let patches = 0;
    let reads = 0;
    const { ctx } = ctxWith({
      cancelJob: async () => {
        patches++;
        return { ok: true, value: 'already-terminal' };
      },
      getJob: async (id) => {
        reads++;
        return details(id, 'CREATED', 'CREATED') as never;
      },
    });
    expect(await cancelAndWait(ctx, 'job', 'abc')).toEqual({ ok: true });
    expect([patches, reads]).toEqual([1, 0]);
  });

  it('asks again when the job is still not cancelling after the cache has expired', async () => {
    const { ctx, clock } = ctxWith({});
    const t0 = clock.now();
    const patches: number[] = [];
    Object.assign(ctx.client, {
      // The first PATCH was lost; the second one takes.
      cancelJob: async () => {
        patches.push(clock.now() - t0);
        return { ok: true, value: 'cancelling' };
      },
      getJob: async (id: string) =>
        details(
          id,
          patches.length < 2 ? 'RUNNING' : clock.now() - t0 < 9_000 ? 'CANCELLING' : 'CANCELED',
          'RUNNING',
        ),
    });
    expect(await cancelAndWait(ctx, 'job', 'abc')).toEqual({ ok: true });
    expect(patches).toHaveLength(2);
    expect(patches[1]).toBeGreaterThanOrEqual(5_000);
  });
});

describe('a new job the adaptive scheduler runs below its parallelism', () => {
  /**
   * A healthy job whose source runs at `running` under an upper bound of `upper`, its sink pinned
   * to 1, on a cluster whose capabilities say whether it runs the adaptive scheduler.
   */
  async function graceWarnings(running: number, upper: number | undefined, adaptive = true) {
    const asked: string[] = [];
    const { ctx } = ctxWith({
      capabilities: async () => {
        asked.push('scheduler');
        return { adaptiveScheduler: adaptive } as never;
      },
      getJob: async (id) => details(id, 'RUNNING', 'RUNNING', running) as never,
      getExceptions: async () => ({ ok: true, value: { history: [], truncated: false } }) as never,
      listJobs: async () => ({ ok: true, value: [] }) as never,
      getResourceRequirements: async () => {
        asked.push('requirements');
        return upper === undefined
          ? ({ ok: false, error: { kind: 'unsupported', message: 'no adaptive scheduler' } } as never)
          : ({
              ok: true,
              value: {
                v1: { upperBound: upper },
                v2: { upperBound: 1 },
              },
            } as never);
      },
    });
    ctx.timing = { ...DEFAULT_TIMING, graceMs: 0, checkpointWaitMs: 0 };
    const run = newJobRun(
      { job: 'job', steps: [] } as never,
      { job: 'job', action: 'create' } as never,
      undefined,
    );
    run.newJobId = 'abc';
    expect(await health(ctx, run, 'grace')).toEqual({ ok: true });
    expect(await health(ctx, run, 'grace')).toEqual({ ok: true });
    return { diags: run.diags, asked };
  }

  it('passes the health check with a warning that says by how much, and why', async () => {
    const { diags, asked } = await graceWarnings(1, 2);
    const [w, again, ...more] = diags;
    expect(more).toEqual([]);
    expect(again).toEqual(w);
    expect(w).toMatchObject({
      code: 'FO724',
      severity: 'warning',
      summary: 'job job runs at parallelism 1 of 2: the cluster had too few free task slots',
    });
    expect(asked).toEqual(['scheduler', 'requirements', 'scheduler', 'requirements']);
  });

  it('says nothing at full parallelism, or where the cluster has no adaptive scheduler', async () => {
    expect((await graceWarnings(2, 2)).diags).toEqual([]);
    expect((await graceWarnings(2, undefined)).diags).toEqual([]);
  });

  it('on the default scheduler, asks nothing the cluster would refuse (a 500 the client retries for seconds)', async () => {
    const { diags, asked } = await graceWarnings(1, 2, false);
    expect(diags).toEqual([]);
    expect(asked).toEqual(['scheduler', 'scheduler']);
  });
});

describe('healthGrace: a Kafka sink that sends nothing', () => {
  /**
   * Real Flink 2.2 with Kafka 3.9 (auto.create.topics.enable=false), a job writing a topic the
   * brokers do not have: RUNNING, its writer holding its first record with nothing sent, until the
   * send fails 60 s in (max.block.ms) and the job with it, after a 30 s grace period passed it.
   */
  function kafkaJob(opts: {
    sent: number;
    failsAtMs?: number;
    firstRecordAtMs?: number;
    graceMs?: number;
    /** Restarts then (a restart strategy), with these exception headlines, outermost first. */
    restarts?: { atMs: number; causes: string[] };
  }) {
    const clock = new FakeClock(Date.UTC(2026, 0, 1));
    const t0 = clock.now();
    const failed = () => opts.failsAtMs !== undefined && clock.now() - t0 >= opts.failsAtMs;
    const writer = 'sinkt[4]: Writer -> sinkt[4]: Committer';
    const client = {
      getJob: async (id: string) => ({
        ok: true,
        value: {
          id,
          name: 'p.e.job',
          state: failed() ? 'FAILED' : 'RUNNING',
          startTime: 0,
          durationMs: 0,
          timestamps: {},
          vertices: [
            { id: 'src', name: 'Source: gen[3]', parallelism: 1, status: 'RUNNING' },
            { id: 'snk', name: writer, parallelism: 1, status: failed() ? 'FAILED' : 'RUNNING' },
          ],
        },
      }),
      getExceptions: async () => ({
        ok: true,
        value: {
          ...(failed()
            ? {
                rootCause: {
                  message: 'TimeoutException: Topic no-such-topic not present in metadata after 60000 ms.',
                },
              }
            : {}),
          history:
            opts.restarts && clock.now() - t0 >= opts.restarts.atMs
              ? [
                  {
                    message: opts.restarts.causes.at(-1)!,
                    causes: opts.restarts.causes,
                    timestamp: t0 + opts.restarts.atMs,
                  },
                ]
              : [],
          truncated: false,
        },
      }),
      listVertexMetrics: async (_: string, v: string) => ({
        ok: true,
        value:
          v === 'snk'
            ? [
                'busyTimeMsPerSecond',
                'sinkt[4]__Writer.numRecordsIn',
                'sinkt[4]__Writer.numRecordsSend',
                'sinkt[4]__Writer.KafkaProducer.record-send-total',
              ]
            : ['numRecordsOut'],
      }),
      getVertexMetrics: async (_: string, __: string, names: string[]) => ({
        ok: true,
        value: names.map((id) => ({
          id,
          sum:
            clock.now() - t0 < (opts.firstRecordAtMs ?? 0)
              ? 0
              : id.endsWith('numRecordsSend')
                ? opts.sent
                : 1,
        })),
      }),
    } as unknown as FlinkClient;
    const ctx = {
      client,
      clock,
      signal: new AbortController().signal,
      stop: new AbortController().signal,
      timing: { ...DEFAULT_TIMING, checkpointWaitMs: 0, graceMs: opts.graceMs ?? DEFAULT_TIMING.graceMs },
      emit: () => {},
      store: { renewInBackground: () => {} },
    } as unknown as RunContext;
    return { ctx, clock, t0 };
  }

  it('watches on past the grace period, and fails with Flink’s cause when the send times out', async () => {
    const { ctx, clock, t0 } = kafkaJob({ sent: 0, failsAtMs: 62_000 });
    const h = await healthGrace(ctx, 'job', 'abc', t0, {});
    expect(h).toMatchObject({ ok: false });
    expect(h.ok ? '' : h.cause).toBe(
      'job abc went FAILED: TimeoutException: Topic no-such-topic not present in metadata after 60000 ms.',
    );
    expect(clock.now() - t0).toBeGreaterThanOrEqual(62_000);
  });

  it('fails on its own when the writer still has sent nothing, naming the sink and what to check', async () => {
    const { ctx, t0 } = kafkaJob({ sent: 0 });
    const h = await healthGrace(ctx, 'job', 'abc', t0, {});
    expect(h.ok ? '' : h.cause).toMatch(
      /^the Kafka sink sinkt\[4\] of job abc took records in and sent none in 1\d\d s \(watched 75 s: the Kafka producer's default max\.block\.ms \(60 s\), plus 15 s\): .*the topic does not exist/,
    );
  });

  it('waits as long as the sink’s own max.block.ms lets the send block: Flink’s cause at 122 s, not a guess', async () => {
    // properties.max.block.ms = 120000: the send fails 120 s in. A fixed 75 s watch past the 30 s
    // grace period gave up at 105 s and blamed the topic with the job still able to send.
    const { ctx, clock, t0 } = kafkaJob({ sent: 0, failsAtMs: 122_000 });
    const h = await healthGrace(
      ctx,
      'job',
      'abc',
      t0,
      {},
      {
        ms: 135_000,
        decidedBy: 'properties.max.block.ms = 120000 (120 s) of sink table `sinkt`',
      },
    );
    expect(h.ok ? '' : h.cause).toBe(
      'job abc went FAILED: TimeoutException: Topic no-such-topic not present in metadata after 60000 ms.',
    );
    expect(clock.now() - t0).toBeGreaterThanOrEqual(122_000);
  });

  it('gives up as soon as a smaller max.block.ms is surely over, naming the option that decided it', async () => {
    const { ctx, clock, t0 } = kafkaJob({ sent: 0 });
    const h = await healthGrace(
      ctx,
      'job',
      'abc',
      t0,
      {},
      {
        ms: 20_000,
        decidedBy: 'properties.max.block.ms = 5000 (5 s) of sink table `sinkt`',
      },
    );
    expect(h.ok ? '' : h.cause).toMatch(
      /^the Kafka sink sinkt\[4\] of job abc took records in and sent none in \d\d s \(watched 20 s: properties\.max\.block\.ms = 5000 \(5 s\) of sink table `sinkt`, plus 15 s\): /,
    );
    expect(clock.now() - t0).toBeLessThan(60_000);
  });

  const OWN = {
    ms: 20_000,
    decidedBy: 'properties.max.block.ms = 5000 (5 s) of sink table `sinkt`',
    sinks: ['sinkt'],
  };

  it('with a short grace period, reads a Kafka sink again until it shows its first record (real 1.20.3, --health-grace 0s)', async () => {
    // The JobManager's metrics lag (a 10 s fetch interval): at the end of a 0 s grace period the
    // writer shows no record yet; it was passed, and failed 20 s later.
    const { ctx, clock, t0 } = kafkaJob({ sent: 0, firstRecordAtMs: 5_000, failsAtMs: 12_000, graceMs: 0 });
    const h = await healthGrace(ctx, 'job', 'abc', t0, {}, OWN);
    expect(h.ok ? '' : h.cause).toBe(
      'job abc went FAILED: TimeoutException: Topic no-such-topic not present in metadata after 60000 ms.',
    );
    expect(clock.now() - t0).toBeGreaterThanOrEqual(12_000);
  });

  it('with a short grace period, passes at once a Kafka sink seen sending, and one that takes nothing once its metrics had time', async () => {
    const sending = kafkaJob({ sent: 5, graceMs: 0 });
    expect(await healthGrace(sending.ctx, 'job', 'abc', sending.t0, {}, OWN)).toMatchObject({ ok: true });
    expect(sending.clock.now() - sending.t0).toBeLessThan(2_000);
    const idle = kafkaJob({ sent: 0, firstRecordAtMs: Number.POSITIVE_INFINITY, graceMs: 0 });
    expect(await healthGrace(idle.ctx, 'job', 'abc', idle.t0, {}, OWN)).toMatchObject({ ok: true });
    expect(idle.clock.now() - idle.t0).toBeGreaterThanOrEqual(15_000);
    expect(idle.clock.now() - idle.t0).toBeLessThan(20_000);
  });

  it('names the topic when Kafka wraps the timeout around a cause that names none (real 2.2.0, kafka-clients 3.9)', async () => {
    const { ctx, t0 } = kafkaJob({
      sent: 0,
      graceMs: 1_000,
      restarts: {
        atMs: 8_000,
        causes: [
          'TimeoutException: Topic gone not present in metadata after 8000 ms.',
          'UnknownTopicOrPartitionException: This server does not host this topic-partition.',
        ],
      },
    });
    const h = await healthGrace(ctx, 'job', 'abc', t0, {}, OWN);
    expect(h.ok ? '' : h.cause).toBe(
      'job abc restarted: TimeoutException: Topic gone not present in metadata after 8000 ms. <- UnknownTopicOrPartitionException: This server does not host this topic-partition.',
    );
  });

  it('passes at the end of the grace period a Kafka sink that sends', async () => {
    const { ctx, clock, t0 } = kafkaJob({ sent: 5 });
    // Judged without a checkpoint (none is configured): its tasks running (FO741).
    expect(await healthGrace(ctx, 'job', 'abc', t0, {})).toEqual({
      ok: true,
      runningSince: t0,
      withoutCheckpoints: true,
    });
    expect(clock.now() - t0).toBeLessThan(40_000);
  });
});

describe('the health check of a job without checkpointing', () => {
  const noHistory = async () => ({ ok: true, value: { history: [], truncated: false } }) as never;

  it('passes once every task runs as the grace period ends, and says it was judged without a checkpoint', async () => {
    let reads = 0;
    const { ctx } = ctxWith({
      // Its source still deploying through the grace period (a TaskManager slow to take it).
      getJob: async (id) => details(id, 'RUNNING', ++reads < 12 ? 'DEPLOYING' : 'RUNNING') as never,
      getExceptions: noHistory,
    });
    const h = await healthGrace(ctx, 'job', 'abc', 0, {});
    expect(h).toEqual({ ok: true, runningSince: 0, withoutCheckpoints: true });
    expect(reads).toBeGreaterThanOrEqual(12);
  });

  it('fails a job whose tasks never all run, naming the task that does not', async () => {
    const { ctx } = ctxWith({
      getJob: async (id) => details(id, 'RUNNING', 'SCHEDULED') as never,
      getExceptions: noHistory,
    });
    const h = await healthGrace(ctx, 'job', 'abc', 0, {});
    expect(h.ok).toBe(false);
    expect(h.ok ? '' : h.cause).toContain('tasks not all running (Source: SCHEDULED)');
  });

  it('is not said of a job that checkpoints', async () => {
    const { ctx } = ctxWith({
      getJob: async (id) => details(id, 'RUNNING', 'RUNNING') as never,
      getExceptions: noHistory,
      getCheckpoints: async () => ({ ok: true, value: { counts: { completed: 1 } } }) as never,
    });
    const h = await healthGrace(ctx, 'job', 'abc', 0, { 'execution.checkpointing.interval': '1 s' });
    expect(h).toEqual({ ok: true, runningSince: 0 });
  });
});
