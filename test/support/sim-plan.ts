/**
 * Plan and apply a repository against simulators in-process, as the CLI runs them (state verdicts
 * from the simulator's stream graphs), with one memory state store for the whole harness.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeClock } from '../../src/core/clock';
import { applyPlan } from '../../src/engine/apply-run';
import { closeRun, type PlanRunOptions, runPlan } from '../../src/engine/plan-run';
import { createFlinkClient, type FlinkClient } from '../../src/flink';
import { newSimStorage, type Simulator, startSimulator } from '../../src/sim';
import { MemoryStateStore } from '../../src/state/memory-store';

export type SimPlanExtras = Partial<
  Pick<PlanRunOptions, 'keepPrevious' | 'allowVersionUpgrade' | 'writePlans' | 'now' | 'offline' | 'explain'>
>;

/**
 * A `wrap` for simPlanHarness that keeps in `sent` every statement the plan runs; `configured`:
 * those it sets a session up with through configure-session too.
 */
export function keepStatements(
  sent: string[],
  { configured = false } = {},
): (real: FlinkClient) => FlinkClient {
  return (real) => {
    const watched: FlinkClient = Object.create(real);
    watched.runStatement = (sh, statement, o) => {
      sent.push(statement);
      return real.runStatement(sh, statement, o);
    };
    if (configured)
      watched.configureSession = (sh, statement) => {
        sent.push(statement);
        return real.configureSession(sh, statement);
      };
    return watched;
  };
}

/** `wrap`: what the plan gets instead of each client it makes (to watch its calls). */
export function simPlanHarness(
  dir: () => string,
  clock: () => FakeClock,
  wrap: (client: FlinkClient) => FlinkClient = (c) => c,
) {
  let store: MemoryStateStore | undefined;
  const plan = (sim: Simulator, extra: SimPlanExtras = {}) =>
    runPlan({
      dir: dir(),
      env: 'prod',
      envVars: {},
      secrets: {},
      offline: false,
      allowDelete: false,
      stateVerdicts: true,
      clock: clock(),
      ...extra,
      endpoints: { jobmanagerUrl: sim.jobmanagerUrl, sqlGatewayUrl: sim.gatewayUrl },
      store: (project, env) => {
        store ??= new MemoryStateStore({ project, env, clock: clock() });
        return store;
      },
      client: (e) =>
        wrap(
          createFlinkClient({
            jobmanagerUrl: e.jobmanagerUrl,
            sqlGatewayUrl: e.sqlGatewayUrl,
            clock: clock(),
            timeoutMs: 5_000,
          }),
        ),
    });
  const apply = async (sim: Simulator, extra: SimPlanExtras = {}) => {
    const run = await plan(sim, { ...extra, keepPrevious: true });
    if (!run.plan) throw new Error(`no plan: ${JSON.stringify(run.diags)}`);
    const report = await applyPlan({
      plan: run.plan,
      desired: run.desired!,
      client: run.client!,
      ...(run.previous ? { previous: run.previous } : {}),
      store: run.store!,
      clock: clock(),
      secrets: {},
      commit: 'c0ffee',
      owner: { who: 'test', command: 'apply' },
      timing: { graceMs: 30_000, checkpointWaitMs: 0 },
    });
    await closeRun(run);
    return { run, report };
  };
  return { plan, apply, store: () => store };
}

/** flinkops.yaml of a one-environment (`prod`) project whose compiled plans go to a shared planDir. */
export const planDirProject = (project: string, more = '', version = '1.20') => `project: ${project}
flinkVersion: "${version}"
environments:
  prod:
    jobmanagerUrl: http://unused:8081
    sqlGatewayUrl: http://unused:8083
    planDir: file:///shared/plans
${more}`;

/** A datagen source, a blackhole sink and a count per key between them (the keyed state to keep). */
export const COUNT_FILES = {
  'tables/events.yaml':
    'kind: source\nconnector: datagen\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: k, type: INT }\n',
  'tables/counts.yaml':
    'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: k, type: INT }\n  - { name: c, type: BIGINT }\n',
  COUNT: 'INSERT INTO counts\nSELECT k, COUNT(*) AS c\nFROM events\nGROUP BY k;\n',
} as const;

/** A new folder holding project `project` (planDirProject): COUNT_FILES' tables and jobs/counts.sql. */
export function countRepo(prefix: string, project: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'tables'));
  mkdirSync(join(dir, 'jobs'));
  writeFileSync(join(dir, 'flinkops.yaml'), planDirProject(project));
  writeFileSync(join(dir, 'tables/events.yaml'), COUNT_FILES['tables/events.yaml']);
  writeFileSync(join(dir, 'tables/counts.yaml'), COUNT_FILES['tables/counts.yaml']);
  writeFileSync(join(dir, 'jobs/counts.sql'), COUNT_FILES.COUNT);
  return dir;
}

export interface MoveBed {
  clock: FakeClock;
  /** A Flink 1.20 cluster and a 2.2 one, sharing savepoints (file:/shared/savepoints) and storage. */
  old: Simulator;
  next: Simulator;
  /** What both clusters' file systems hold (savepoints, plans). */
  storage: ReturnType<typeof newSimStorage>;
  /** A repository of the count per key twice: `compiled_counts` (planMode: compiled) and `script_counts`. */
  dir: string;
  /** Plan and apply as of 2026-01-05T09:00Z, one state store for the bed. */
  plan: ReturnType<typeof simPlanHarness>['plan'];
  apply: ReturnType<typeof simPlanHarness>['apply'];
  store: () => MemoryStateStore | undefined;
  close(): Promise<void>;
}

/** Two simulated clusters of different releases and a repository to move between them (flinkops.yaml is the caller's). */
export async function moveBed(prefix: string): Promise<MoveBed> {
  const clock = new FakeClock(Date.UTC(2026, 0, 5));
  const storage = newSimStorage();
  const common = {
    clock,
    adaptiveScheduler: true,
    storage,
    savepointDir: 'file:/shared/savepoints',
  };
  const old = await startSimulator({ flinkVersion: '1.20', ...common });
  const next = await startSimulator({ flinkVersion: '2.2', ...common });
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'tables'));
  mkdirSync(join(dir, 'jobs'));
  writeFileSync(join(dir, 'tables/events.yaml'), COUNT_FILES['tables/events.yaml']);
  writeFileSync(join(dir, 'tables/counts.yaml'), COUNT_FILES['tables/counts.yaml']);
  writeFileSync(join(dir, 'jobs/compiled_counts.sql'), COUNT_FILES.COUNT);
  writeFileSync(join(dir, 'jobs/compiled_counts.yaml'), 'planMode: compiled\n');
  writeFileSync(join(dir, 'jobs/script_counts.sql'), COUNT_FILES.COUNT);
  const harness = simPlanHarness(
    () => dir,
    () => clock,
  );
  const now = '2026-01-05T09:00:00Z';
  return {
    clock,
    old,
    next,
    storage,
    dir,
    plan: (sim, extra = {}) => harness.plan(sim, { now, ...extra }),
    apply: (sim, extra = {}) => harness.apply(sim, { now, ...extra }),
    store: harness.store,
    close: async () => {
      await old.close();
      await next.close();
    },
  };
}
