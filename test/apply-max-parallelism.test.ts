import { afterEach, describe, expect, it } from 'vitest';
import type { FlinkClient, RunStatementOptions } from '../src/flink/client';
import { desiredState, type Harness, harness, running, withCalls } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('maxParallelism reaches the cluster', () => {
  it('submits pipeline.max-parallelism, so every vertex has that many key groups', async () => {
    h = await harness();
    const r = await h.apply(desiredState([{ name: 'alpha', settings: { maxParallelism: 256 } }]));
    expect(r.changes.map((c) => [c.action, c.outcome])).toEqual([['create', 'applied']]);
    const [job] = running(h, 'alpha');
    expect(job!.config['pipeline.max-parallelism']).toBe('256');
    expect(job!.vertices.every((v) => v.maxParallelism === 256)).toBe(true);
  });
});

describe('a job an older flinkops started without its maxParallelism', () => {
  // Builds before 25 Nov 2026 recorded maxParallelism in the state store and the spec hash, but
  // did not send it: Flink ran the job with its default of 128 key groups.
  function olderFlinkops(real: FlinkClient): FlinkClient {
    return withCalls(real, {
      runStatement: (session: string, sql: string, opts?: RunStatementOptions) => {
        const { 'pipeline.max-parallelism': _dropped, ...config } = opts?.executionConfig ?? {};
        return real.runStatement(
          session,
          sql,
          opts?.executionConfig ? { ...opts, executionConfig: config } : opts,
        );
      },
    });
  }

  it('is upgraded under the max parallelism it runs with, and rolled back under it, not the recorded one', async () => {
    h = await harness();
    const real = h.client;
    h.client = olderFlinkops(real);
    const v1 = desiredState([{ name: 'alpha', settings: { maxParallelism: 64 } }]);
    expect((await h.apply(v1)).changes.map((c) => c.outcome)).toEqual(['applied']);
    h.client = real;
    expect(running(h, 'alpha')[0]!.vertices.map((v) => v.maxParallelism)).toEqual([128, 128]);

    // The new flinkops: nothing to change, but the key groups are not what the store says.
    const plan = await h.plan(v1);
    expect(plan.changes.map((c) => c.action)).toEqual(['none']);
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['FO636']);

    // maxParallelism: 128, as FO636 advises, with a new version that fails once it runs.
    const x = h;
    const r = await x.apply(
      desiredState([{ name: 'alpha', version: 2, settings: { maxParallelism: 128 } }]),
      {
        onEvent: (e) => {
          if (e.type === 'step-finished' && e.step.kind === 'submit')
            x.sim.control.faults.set({ jobFailsAfterMs: 5_000 });
          if (e.type === 'rollback-started') x.sim.control.faults.reset();
        },
      },
    );
    const c = r.changes[0]!;
    expect([c.action, c.outcome]).toEqual(['upgrade', 'rolled-back']);
    expect(r.diags.map((d) => d.code)).toEqual(['FO705', 'FO712']);
    const live = running(x, 'alpha');
    expect(live).toHaveLength(1);
    expect(live[0]!.restoredFrom).toBe(c.savepoint);
    expect(live[0]!.vertices.map((v) => v.maxParallelism)).toEqual([128, 128]);
  });
});
