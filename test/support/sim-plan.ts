/**
 * Plan and apply a repository against simulators in-process, as the CLI runs them (state verdicts
 * from the simulator's stream graphs), with one memory state store for the whole harness.
 */
import type { FakeClock } from '../../src/core/clock';
import { applyPlan } from '../../src/engine/apply-run';
import { closeRun, type PlanRunOptions, runPlan } from '../../src/engine/plan-run';
import { createFlinkClient } from '../../src/flink';
import type { Simulator } from '../../src/sim';
import { MemoryStateStore } from '../../src/state/memory-store';

export type SimPlanExtras = Partial<
  Pick<PlanRunOptions, 'keepPrevious' | 'allowVersionUpgrade' | 'writePlans' | 'now'>
>;

export function simPlanHarness(dir: () => string, clock: () => FakeClock) {
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
        createFlinkClient({
          jobmanagerUrl: e.jobmanagerUrl,
          sqlGatewayUrl: e.sqlGatewayUrl,
          clock: clock(),
          timeoutMs: 5_000,
        }),
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
export const planDirProject = (project: string, more = '') => `project: ${project}
flinkVersion: "1.20"
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
