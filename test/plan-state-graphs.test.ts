/**
 * For a job that restores its state, plan asks the gateway for two stream graphs, the running
 * script's and the new one's, each in a throwaway session: both at once, since neither needs the
 * other, and beside the validation of the jobs the plan creates. Against the simulator, whose
 * graphs follow Flink's operator ids.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { closeRun } from '../src/engine/plan-run';
import type { FlinkClient } from '../src/flink';
import { type Simulator, startSimulator } from '../src/sim';
import { COUNT_FILES, countRepo, simPlanHarness } from './support/sim-plan';

let clock: FakeClock;
let sim: Simulator;
let dir: string;
/** Gateway sessions open now, and the most open at once. */
let open = 0;
let most = 0;

beforeAll(async () => {
  clock = new FakeClock(Date.UTC(2026, 0, 5));
  sim = await startSimulator({ flinkVersion: '1.20', clock, savepointDir: 'file:/shared/savepoints' });
  dir = countRepo('flinkops-graphs-', 'graphs');
});
afterAll(async () => {
  await sim.close();
});

function watchSessions(real: FlinkClient): FlinkClient {
  const watched: FlinkClient = Object.create(real);
  watched.openSession = async (o) => {
    const r = await real.openSession(o);
    if (r.ok) most = Math.max(most, ++open);
    return r;
  };
  watched.closeSession = async (sh) => {
    open--;
    return real.closeSession(sh);
  };
  return watched;
}

const harness = simPlanHarness(
  () => dir,
  () => clock,
  watchSessions,
);

describe("the stream graphs of a job's running and new scripts", () => {
  it('are explained in two sessions open at once, and give the state verdict', async () => {
    const { report } = await harness.apply(sim);
    expect(report.changes.find((c) => c.job === 'counts')?.outcome).toBe('applied');
    writeFileSync(
      join(dir, 'jobs/counts.sql'),
      COUNT_FILES.COUNT.replace('FROM events', 'FROM events\nWHERE k > 0'),
    );
    most = 0;
    const run = await harness.plan(sim);
    await closeRun(run);
    const change = run.plan!.changes.find((c) => c.job === 'counts')!;
    expect(change.action).toBe('upgrade');
    expect(change.compatibility).toMatchObject({ verdict: 'compatible', source: 'flink' });
    expect(most).toBe(2);
    expect(open).toBe(0);
  });

  it('a new job is validated while they are explained: its session opens beside theirs', async () => {
    writeFileSync(join(dir, 'tables/totals.yaml'), COUNT_FILES['tables/counts.yaml']);
    writeFileSync(join(dir, 'jobs/totals.sql'), COUNT_FILES.COUNT.replace('INTO counts', 'INTO totals'));
    most = 0;
    const run = await harness.plan(sim, { explain: true });
    await closeRun(run);
    expect(run.plan!.changes.map((c) => [c.job, c.action])).toEqual([
      ['counts', 'upgrade'],
      ['totals', 'create'],
    ]);
    expect(run.plan!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The two graphs of counts and the EXPLAIN of totals, each in a session of its own, at once.
    expect(most).toBe(3);
    expect(open).toBe(0);
  });
});
