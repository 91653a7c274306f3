/**
 * A large repository compiles in a worker thread while the plan observes the cluster, from
 * flinkops.yaml's endpoints alone; a small one compiles in the plan's thread once the first
 * requests are out. The worker is the bundle's (dist/); here the test seam compiles
 * in this thread and hands the result over as a worker does (a structured clone), later. The plan
 * must be the one a plan that compiles first makes; an observation made for another environment,
 * or for a repository that does not compile, is dropped and its clients closed.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CompileResult, compileProject, portableCompile, revivedCompile } from '../src/compile';
import { closeRun, type PlanRun, type PlanRunOptions, runPlan } from '../src/engine/plan-run';
import { createFlinkClient, type FlinkClient } from '../src/flink';
import { renderPlanJson } from '../src/render';
import { type Simulator, startSimulator } from '../src/sim';
import { MemoryStateStore } from '../src/state/memory-store';
import { projectCopy, ROOT } from './ops-cli';

const EXAMPLE = join(ROOT, 'example-repo');
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ flinkVersion: '1.20' });
  // Two jobs of the repository already run: one its compiled spec, one an older one.
  const desired = compileProject(EXAMPLE, { env: 'staging', envVars: {} }).value!;
  for (const [i, j] of desired.jobs.slice(0, 2).entries())
    sim.control.seedJob({
      name: j.pipelineName,
      labels: {
        'flinkops.spec-hash': i === 0 ? j.restartHash : 'older',
        'flinkops.project': desired.project,
        'flinkops.env': desired.env,
        'flinkops.job': j.name,
      },
    });
});
afterAll(async () => {
  await sim.close();
});

interface Clients {
  made: number;
  closed: number;
}

/** A plan of `dir` against the simulator; `offThread` as the seam, the clients it made counted. */
async function plan(
  dir: string,
  offThread: PlanRunOptions['compileOffThread'],
): Promise<{ json: string; clients: Clients; diags: unknown[] }> {
  const clients: Clients = { made: 0, closed: 0 };
  const run = await runPlan({
    dir,
    env: 'staging',
    envVars: {},
    secrets: {},
    offline: false,
    allowDelete: false,
    checkpoints: 'for-restarts',
    now: '2026-01-05T09:00:00Z',
    commit: 'abc123',
    endpoints: { jobmanagerUrl: sim.jobmanagerUrl, sqlGatewayUrl: sim.gatewayUrl },
    store: (project, env) => new MemoryStateStore({ project, env }),
    client: (e) => {
      clients.made++;
      const real = createFlinkClient({ jobmanagerUrl: e.jobmanagerUrl, sqlGatewayUrl: e.sqlGatewayUrl });
      const counted: FlinkClient = Object.create(real);
      counted.close = async () => {
        clients.closed++;
        await real.close();
      };
      return counted;
    },
    compileOffThread: offThread,
  });
  await run.client?.close();
  return { json: run.plan ? renderPlanJson(run.plan) : '', clients, diags: run.diags };
}

/** Compiles here, and hands the result over as a worker does: cloned, a little later. */
const asWorker =
  (change: (r: CompileResult) => CompileResult = (r) => r) =>
  (dir: string, options: Parameters<typeof compileProject>[1]): Promise<CompileResult> =>
    new Promise((resolve) =>
      setTimeout(
        () => resolve(revivedCompile(structuredClone(portableCompile(change(compileProject(dir, options)))))),
        20,
      ),
    );

describe('plan compiling in a worker while it observes', () => {
  it('makes the plan a plan that compiles first makes, with one client', async () => {
    const first = await plan(EXAMPLE, () => undefined);
    const overlapped = await plan(EXAMPLE, asWorker());
    expect(first.json).toContain('"action": "none"');
    expect(overlapped.json).toBe(first.json);
    expect(overlapped.diags).toEqual(first.diags);
    expect(overlapped.clients).toEqual({ made: 1, closed: 1 });
  });

  it('observes again when the compiled environment is not the one flinkops.yaml named', async () => {
    const first = await plan(EXAMPLE, () => undefined);
    const moved = asWorker((r) => {
      r.value!.environment = { ...r.value!.environment, savepointDir: 's3://elsewhere' };
      return r;
    });
    const overlapped = await plan(EXAMPLE, moved);
    expect(overlapped.json).toBe(first.json.replace('s3://rides-flink/savepoints/staging', 's3://elsewhere'));
    // The early client is closed, and the plan's own one too.
    expect(overlapped.clients).toEqual({ made: 2, closed: 2 });
  });

  it('throws a failing observation (a bug) when the plan takes it over, not while it compiles', async () => {
    const run = runPlan({
      ...onExample(),
      client: (e) => {
        const broken: FlinkClient = Object.create(createFlinkClient({ jobmanagerUrl: e.jobmanagerUrl }));
        broken.getConfig = async () => {
          throw new Error('bug: observe');
        };
        return broken;
      },
      compileOffThread: asWorker(),
    });
    await expect(run).rejects.toThrow('bug: observe');
  });

  it('drops the observation of a repository that does not compile', async () => {
    const broken = projectCopy(EXAMPLE, {
      'jobs/broken.sql': 'INSERT INTO nowhere SELECT * FROM nothing;\n',
    });
    const first = await plan(broken, () => undefined);
    const overlapped = await plan(broken, asWorker());
    expect(first.json).toBe('');
    expect(overlapped.diags).toEqual(first.diags);
    expect(overlapped.clients).toEqual({ made: 1, closed: 1 });
  });

  it('sends the first requests of a repository compiled in its own thread before the compile ends', async () => {
    const { run, events } = await watchedPlan({ explain: true, now: '2026-01-05T09:00:00Z' });
    // The compile is done when the plan reads the state store.
    const compiled = events.indexOf('reading-state');
    expect(events.indexOf('listJobs')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('listJobs')).toBeLessThan(compiled);
    expect(events.indexOf('capabilities')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('capabilities')).toBeLessThan(compiled);
    expect(run.plan?.changes.filter((c) => c.action === 'create')).toHaveLength(2);
    expect(run.diags.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('asks the gateway nothing early when the plan will not ask its planner', async () => {
    const { events } = await watchedPlan({});
    expect(events).not.toContain('capabilities');
  });
});

/**
 * A plan of example-repo compiled in this thread, with the progress stages and the client calls
 * `listJobs` and `capabilities` in the order they happened.
 */
async function watchedPlan(extra: Partial<PlanRunOptions>): Promise<{ run: PlanRun; events: string[] }> {
  const events: string[] = [];
  const watched = ['listJobs', 'capabilities'] as const;
  const run = await runPlan({
    ...onExample(),
    onProgress: (p) => events.push(p.stage),
    client: (e) => {
      const real = createFlinkClient({ jobmanagerUrl: e.jobmanagerUrl, sqlGatewayUrl: e.sqlGatewayUrl });
      const seen: FlinkClient = Object.create(real);
      for (const name of watched) {
        const call = real[name] as () => Promise<unknown>;
        Object.assign(seen, {
          [name]: () => {
            events.push(name);
            return call();
          },
        });
      }
      return seen;
    },
    compileOffThread: () => undefined,
    ...extra,
  });
  await closeRun(run);
  return { run, events };
}

/** A plan of example-repo's staging against the simulator, with an in-memory state store. */
function onExample(): PlanRunOptions {
  return {
    dir: EXAMPLE,
    env: 'staging',
    envVars: {},
    secrets: {},
    offline: false,
    allowDelete: false,
    endpoints: { jobmanagerUrl: sim.jobmanagerUrl, sqlGatewayUrl: sim.gatewayUrl },
    store: (project, env) => new MemoryStateStore({ project, env }),
  };
}
