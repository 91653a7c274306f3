import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProject } from '../../compile';
import type { FlinkClient } from '../../flink';
import { describeEngineProgress } from '../../render/progress';
import { loadTestFile } from './load';
import { renderTestResults } from './report';
import { runJobTests } from './run';

const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'example-repo');

function cityRideStats() {
  const compiled = compileProject(EXAMPLE, { env: 'staging', envVars: {} });
  const job = compiled.value!.jobs.find((j) => j.name === 'city_ride_stats')!;
  return { job, tf: loadTestFile(EXAMPLE, job.name).value! };
}

/**
 * A gateway whose `timedOut` statements time out, and a JobManager on which the case's job runs
 * with its one vertex in `vertex` state, the cluster having `slotsAvailable` of 4 slots free.
 */
function timingOutClient(timedOut: RegExp, message: string, vertex: string, slots: number | number[]) {
  const ok = async () => ({ ok: true, value: undefined });
  let name = '';
  // One value per look at the cluster's overview, the last one from then on.
  const free = Array.isArray(slots) ? [...slots] : [slots];
  const slotsAvailable = () => (free.length > 1 ? free.shift()! : free[0]!);
  return {
    openSession: async (o: { sessionName: string }) => {
      name = o.sessionName;
      return { ok: true, value: 'sh' };
    },
    runStatement: async (_sh: string, sql: string) =>
      timedOut.test(sql)
        ? { ok: false, error: { kind: 'timeout', service: 'gateway', call: 'x', message, causes: [] } }
        : { ok: true, value: { columns: [], rows: [], kinds: [] } },
    closeSession: ok,
    listJobs: async () => ({ ok: true, value: [{ id: 'j1', name, state: 'RUNNING' }] }),
    getJob: async () => ({
      ok: true,
      value: { id: 'j1', name, state: 'RUNNING', vertices: [{ id: 'v', status: vertex }] },
    }),
    getClusterOverview: async () => ({
      ok: true,
      value: { taskManagers: 1, slotsTotal: 4, slotsAvailable: slotsAvailable() },
    }),
    cancelJob: ok,
  } as unknown as FlinkClient;
}

/** Runs the case on a clock that moves only when the run sleeps. */
async function runOnFakeClock(client: FlinkClient, timeoutMs = 1_000) {
  const { job, tf } = cityRideStats();
  let now = 0;
  return runJobTests(EXAMPLE, job, tf, {
    client,
    timeoutMs,
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  });
}

describe('a test case whose query never got a task slot', () => {
  it('says so when its time is up, instead of "did not finish"', async () => {
    // A slot was free as the case began, and taken before its job got it.
    const r = await runOnFakeClock(
      timingOutClient(/^\s*(INSERT|SELECT)/i, 'statement did not finish within 1 s', 'SCHEDULED', [1, 0]),
    );
    expect(r.cases.length).toBeGreaterThan(0);
    expect(r.cases[0]).toMatchObject({ status: 'error' });
    expect(r.cases[0]!.error).toBe(
      "The case's query never ran: its tasks waited for a task slot (0 of 4 task slots free). Every task slot of the cluster is taken. Free one (suspend a job, or lower a parallelism), add a TaskManager, or wait longer with --timeout.",
    );
  });
});

describe('a test case on a cluster with no free task slot', () => {
  it('says at once that its job waits for a slot, and still runs it (a cluster may start a TaskManager for it)', async () => {
    // Real 2.2.0, 4 slots taken by the environment's jobs: the case waited the whole 2 min
    // default --timeout, printing nothing, then said its tasks had waited for a slot. Not refused:
    // a native Kubernetes or YARN session cluster starts a TaskManager for the case's job.
    const { job, tf } = cityRideStats();
    const client = timingOutClient(/^\s*(INSERT|SELECT)/i, 'statement did not finish', 'SCHEDULED', 0);
    const sent: string[] = [];
    const run = client.runStatement.bind(client);
    client.runStatement = (sh, sql, o) => {
      sent.push(sql);
      return run(sh, sql, o);
    };
    const said: string[] = [];
    let now = 0;
    const r = await runJobTests(EXAMPLE, job, tf, {
      client,
      timeoutMs: 1_000,
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
      onProgress: (p) => said.push(describeEngineProgress(p)),
    });
    const first = r.cases[0]!;
    expect(said.slice(0, 2)).toEqual([
      `city_ride_stats / ${first.name} (${first.mode})`,
      `city_ride_stats / ${first.name}: no task slot free (0 of 4); its job waits for one until --timeout unless the cluster starts a TaskManager for it (free one: suspend a job or lower a parallelism)`,
    ]);
    // The case's query was sent, and its time ran out waiting for a slot.
    expect(sent.some((q) => /^\s*SELECT/i.test(q))).toBe(true);
    expect(first.error).toMatch(/^The case's query never ran: its tasks waited for a task slot \(0 of 4/);
  });

  it('says nothing of slots when one is free', async () => {
    const { job, tf } = cityRideStats();
    const said: string[] = [];
    let now = 0;
    await runJobTests(EXAMPLE, job, tf, {
      client: timingOutClient(/^\s*(INSERT|SELECT)/i, 'statement did not finish', 'RUNNING', 1),
      timeoutMs: 1_000,
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
      onProgress: (p) => said.push(describeEngineProgress(p)),
    });
    expect(said.filter((l) => l.includes('task slot'))).toEqual([]);
  });
});

describe('a test run stopped by Ctrl-C', () => {
  it('says the case was stopped, not that Flink refused it, and cancels what it started', async () => {
    const { job, tf } = cityRideStats();
    const ok = async () => ({ ok: true, value: undefined });
    const stop = new AbortController();
    let closed = 0;
    const client = {
      openSession: async () => ({ ok: true, value: 'sh' }),
      runStatement: async (_sh: string, sql: string) => {
        if (!/^\s*SELECT/i.test(sql)) return { ok: true, value: { columns: [], rows: [], kinds: [] } };
        stop.abort();
        return {
          ok: false,
          error: { kind: 'aborted', service: 'gateway', call: 'x', message: 'aborted', causes: [] },
        };
      },
      closeSession: async () => {
        closed++;
        return { ok: true, value: undefined };
      },
      listJobs: async () => ({ ok: true, value: [] }),
      cancelJob: ok,
    } as unknown as FlinkClient;
    let now = 0;
    const r = await runJobTests(EXAMPLE, job, tf, {
      client,
      timeoutMs: 1_000,
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
      stop: stop.signal,
    });
    expect(r.cases[0]).toMatchObject({ status: 'error', interrupted: true });
    // The stopped query's job may still be on its way to the cluster: looked for a while, then given up.
    expect(now).toBe(5_000);
    expect(closed).toBe(1);
    const text = renderTestResults([r]);
    expect(text).toContain('stopped before it finished; its queries were cancelled');
    expect(text).not.toContain('Flink refused');
  });
});

describe('a case whose query outlasts --timeout', () => {
  it('names the sink and the budget; it does not say Flink refused the case', async () => {
    // The job ran (its vertices got slots), it just did not end in time.
    const r = await runOnFakeClock(
      timingOutClient(/^\s*SELECT/i, 'statement 618db463 did not finish within 1 s', 'RUNNING', 3),
    );
    expect(r.cases[0]).toMatchObject({ status: 'error', timedOut: true });
    const text = renderTestResults([r]);
    expect(text).toContain('The query of city_ride_stats did not finish within 1 s: give a longer --timeout');
    expect(text).not.toContain('Flink refused');
  });
});

describe('a streaming case of a job with a lookup join that Flink refuses for its window', () => {
  it('says that the lookup ran as a plain join, and to run the case in batch mode', async () => {
    const { job, tf } = cityRideStats();
    // As Flink 2.2 refuses a window after the plain join a lookup join becomes in a case.
    const refusal = 'The window function requires the timecol is a time attribute type, but is TIMESTAMP(3).';
    const client = {
      openSession: async () => ({ ok: true, value: 'sh' }),
      runStatement: async (_sh: string, sql: string) =>
        /^\s*(INSERT|SELECT)/i.test(sql)
          ? {
              ok: false,
              error: { kind: 'statement', service: 'gateway', call: 'x', message: refusal, causes: [] },
            }
          : { ok: true, value: { columns: [], rows: [], kinds: [] } },
      closeSession: async () => ({ ok: true, value: undefined }),
      listJobs: async () => ({ ok: true, value: [] }),
    } as unknown as FlinkClient;
    const run = (script: string) =>
      runJobTests(
        EXAMPLE,
        { ...job, script },
        {
          ...tf,
          spec: { ...tf.spec, cases: tf.spec.cases.map((c) => ({ ...c, mode: 'streaming' as const })) },
        },
        { client, timeoutMs: 1_000, now: () => 0, sleep: async () => {} },
      );
    const lookup = await run(
      `${job.script}\n-- JOIN drivers FOR SYSTEM_TIME AS OF r.proc_time AS d ON ...\n`,
    );
    expect(lookup.cases[0]!.error).toContain('runs as a plain join');
    expect(lookup.cases[0]!.error).toContain('give the case mode: batch');
    // Without a lookup join, the refusal is all there is to say.
    const plain = await run(job.script.replaceAll(/FOR\s+SYSTEM_TIME\s+AS\s+OF/gi, ''));
    expect(plain.cases[0]!.error).not.toContain('plain join');
  });
});
