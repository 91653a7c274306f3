/**
 * Shared harness of the apply tests: a simulator on a fake clock shared with the
 * client and the store (virtual time, no sleeps), small desired states the simulator
 * can run, and plan → apply as the CLI composes them.
 */

import { afterEach, describe, expect, it } from 'vitest';
import { type ApplyEvent, type ApplyReport, type ApplyTiming, execute, toSteps } from '../src/apply';
import type { DesiredJob, DesiredState, ResolvedSettings } from '../src/compile/model';
import { restartHash } from '../src/compile/spec-hashes';
import { FakeClock } from '../src/core/clock';
import { pipelineName } from '../src/core/names';
import { createFlinkClient, type FlinkClient } from '../src/flink';
import { secretNames } from '../src/load';
import { observe } from '../src/observe';
import { diff, type Plan } from '../src/plan';
import { type FlinkVersion, type SimTiming, type Simulator, startSimulator } from '../src/sim';
import { MemoryStateStore } from '../src/state';
import { mortal } from './support/crash';

export const PROJECT = 'shop';
export const ENV = 'prod';

export interface JobSpec {
  name: string;
  /** A new version that keeps the query (state compatible): adds a SET line. */
  version?: number;
  /** A new query (the operators change: an old savepoint does not map without allowNonRestoredState). */
  query?: number;
  parallelism?: number;
  sources?: string[];
  sink?: string;
  settings?: Partial<ResolvedSettings>;
  checkpointing?: boolean;
  /**
   * Checkpoints kept when the job is cancelled or fails (RETAIN_ON_CANCELLATION). Off, as in
   * Flink: a cancelled job's checkpoints are deleted, and cannot be restored from.
   */
  retainCheckpoints?: boolean;
  /** Extra option in the sink DDL (e.g. a secret placeholder). */
  sinkOption?: string;
}

export function jobScript(s: JobSpec): string {
  const sources = s.sources ?? ['orders'];
  const sink = s.sink ?? `${s.name}_out`;
  const lines = [`-- flinkops compiled script: job ${s.name}, environment ${ENV}`];
  if (s.checkpointing !== false) lines.push("SET 'execution.checkpointing.interval' = '10 s';");
  if (s.retainCheckpoints)
    lines.push("SET 'execution.checkpointing.externalized-checkpoint-retention' = 'RETAIN_ON_CANCELLATION';");
  if ((s.version ?? 1) > 1) lines.push(`SET 'table.exec.state.ttl' = '${s.version} h';`);
  for (const t of sources) {
    // A sequence makes the datagen source keep its position in savepoints (state to map).
    lines.push(
      `CREATE TEMPORARY TABLE \`${t}\` (id BIGINT, amount DOUBLE) WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '1000000000');`,
    );
  }
  const extra = s.sinkOption ? `, ${s.sinkOption}` : '';
  lines.push(
    `CREATE TEMPORARY TABLE \`${sink}\` (id BIGINT, amount DOUBLE) WITH ('connector' = 'blackhole'${extra});`,
  );
  // Another query reads each source twice: the source gets another output, so its operator id
  // (and the key of its state) changes, as on Flink.
  const reads = (t: string) =>
    (s.query ?? 1) > 1
      ? [
          `SELECT id, amount * ${s.query} AS amount FROM \`${t}\``,
          `SELECT id, amount FROM \`${t}\` WHERE amount < 0`,
        ]
      : [`SELECT id, amount * 1 AS amount FROM \`${t}\``];
  const from = sources.flatMap(reads).join(' UNION ALL ');
  lines.push(`INSERT INTO \`${sink}\` ${from};`);
  return `${lines.join('\n')}\n`;
}

export function desiredJob(s: JobSpec): DesiredJob {
  const settings: ResolvedSettings = {
    parallelism: s.parallelism ?? 2,
    upgradeMode: 'savepoint',
    state: 'running',
    allowNonRestoredState: false,
    deletionPolicy: 'retain',
    config: {},
    ...s.settings,
    ...(s.parallelism !== undefined ? { parallelism: s.parallelism } : {}),
  };
  const script = jobScript(s);
  const sources = s.sources ?? ['orders'];
  const sink = s.sink ?? `${s.name}_out`;
  return {
    name: s.name,
    pipelineName: pipelineName(PROJECT, ENV, s.name),
    sqlFile: `jobs/${s.name}.sql`,
    script,
    statements: [],
    settings,
    restartHash: restartHash(script, settings),
    metadataHash: 'meta',
    tables: [...new Set([...sources, sink])].sort(),
    views: [],
    udfs: [],
    functions: [],
    secrets: secretNames(script),
    sinks: [sink],
    sources,
  };
}

export function desiredState(jobs: JobSpec[], savepointDir?: string): DesiredState {
  return {
    project: PROJECT,
    env: ENV,
    flinkVersion: '1.18',
    environment: {
      name: ENV,
      jobmanagerUrl: 'http://unused',
      sqlGatewayUrl: 'http://unused',
      ...(savepointDir ? { savepointDir } : {}),
    },
    jobs: jobs.map(desiredJob),
    tables: [],
    udfs: [],
    graph: { nodes: [], edges: [] },
  };
}

export const FAST: Partial<ApplyTiming> = { graceMs: 30_000 };

export interface Harness {
  sim: Simulator;
  clock: FakeClock;
  client: FlinkClient;
  store: MemoryStateStore;
  events: ApplyEvent[];
  plan(
    desired: DesiredState,
    opts?: { allowDelete?: boolean; replace?: string[]; now?: string },
  ): Promise<Plan>;
  apply(
    desired: DesiredState,
    opts?: {
      onEvent?: (e: ApplyEvent) => void;
      parallelism?: number;
      timing?: Partial<ApplyTiming>;
      secrets?: Record<string, string>;
      allowDelete?: boolean;
      plan?: Plan;
      stop?: AbortSignal;
    },
  ): Promise<ApplyReport>;
  close(): Promise<void>;
}

export async function harness(
  o: {
    version?: FlinkVersion;
    adaptive?: boolean;
    timing?: Partial<SimTiming>;
    savepointDir?: string | null;
    randomSeed?: number;
    /** HTTP retries of the client (default 6; the CLI's is 5). */
    retries?: number;
  } = {},
): Promise<Harness> {
  const clock = new FakeClock(Date.UTC(2025, 0, 1));
  const sim = await startSimulator({
    flinkVersion: o.version ?? '1.18',
    clock,
    adaptiveScheduler: o.adaptive ?? true,
    ...(o.timing ? { timing: o.timing } : {}),
    ...(o.savepointDir !== undefined ? { savepointDir: o.savepointDir } : {}),
    ...(o.randomSeed !== undefined ? { randomSeed: o.randomSeed } : {}),
  });
  const client = createFlinkClient({
    jobmanagerUrl: sim.jobmanagerUrl,
    sqlGatewayUrl: sim.gatewayUrl,
    clock,
    retries: o.retries ?? 6,
    timeoutMs: 5_000,
  });
  const store = new MemoryStateStore({ project: PROJECT, env: ENV, clock });
  const events: ApplyEvent[] = [];
  const plan = async (
    desired: DesiredState,
    p: { allowDelete?: boolean; replace?: string[]; now?: string } = {},
  ): Promise<Plan> => {
    const state = await store.read();
    const live = await observe(client, {
      project: PROJECT,
      env: ENV,
      clock,
      schedulerHint: o.adaptive === false ? 'default' : 'adaptive',
    });
    expect(live.diags.filter((d) => d.severity === 'error')).toEqual([]);
    return diff(desired, live.value, state, {
      allowDelete: p.allowDelete ?? false,
      commit: 'c0ffee',
      ...(p.replace ? { replace: p.replace } : {}),
      ...(p.now ? { now: p.now } : {}),
    });
  };
  const self: Harness = {
    sim,
    clock,
    client,
    store,
    events,
    plan,
    async apply(desired, a = {}) {
      const p = a.plan ?? (await plan(desired, { ...(a.allowDelete ? { allowDelete: true } : {}) }));
      // A hook that throws CrashError kills the process: the store hears nothing more from it.
      const process = mortal(store);
      const onEvent = process.hook(a.onEvent);
      return execute({
        plan: p,
        desired,
        client: self.client,
        store: process.store,
        clock,
        secrets: a.secrets ?? {},
        commit: 'c0ffee',
        owner: { who: 'test', command: 'apply' },
        parallelism: a.parallelism ?? 4,
        timing: { ...FAST, ...a.timing },
        ...(a.stop ? { stop: a.stop } : {}),
        observe: () =>
          observe(client, {
            project: PROJECT,
            env: ENV,
            clock,
            schedulerHint: o.adaptive === false ? 'default' : 'adaptive',
          }),
        hooks: {
          onEvent: (e) => {
            events.push(e);
            onEvent(e);
          },
        },
      });
    },
    async close() {
      await client.close();
      await sim.close();
    },
  };
  return self;
}

/** Lets the cluster live through `ms` of virtual time. */
export function advance(h: Harness, ms: number): void {
  h.clock.advance(ms);
  h.sim.control.tick();
}

export function running(h: Harness, job: string) {
  return h.sim.control
    .snapshot()
    .jobs.filter(
      (j) =>
        j.name === pipelineName(PROJECT, ENV, job) && !['FINISHED', 'CANCELED', 'FAILED'].includes(j.state),
    );
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

// Registered only when this file runs itself, not in every test file importing the harness.
describe.runIf(expect.getState().testPath?.endsWith('apply-harness.test.ts') ?? true)('apply harness', () => {
  it('plans a create for a new job and lowers it into the create steps', async () => {
    h = await harness();
    const desired = desiredState([{ name: 'orders_agg' }]);
    const plan = await h.plan(desired);
    expect(plan.changes.map((c) => c.action)).toEqual(['create']);
    expect(toSteps(plan, desired)[0]!.steps.map((s) => s.kind)).toEqual([
      'submit',
      'await-running',
      'health-grace',
      'record-stable',
    ]);
  });
});

/** The harness client with some calls replaced. */
export function withCalls(
  real: FlinkClient,
  calls: Partial<Record<keyof FlinkClient, unknown>>,
): FlinkClient {
  return new Proxy(real, {
    get(t, p, r) {
      return p in calls ? calls[p as keyof FlinkClient] : Reflect.get(t, p, r);
    },
  }) as FlinkClient;
}
