/**
 * A submission whose answer a proxy lost (a 504 from the load balancer after the gateway took
 * the INSERT): the job lands on the cluster while its session closes, and must not be submitted
 * a second time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FlinkClient } from '../src/flink';
import { desiredState, type Harness, harness, running, withCalls } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function losingFirstInsertAnswer(real: FlinkClient, calls: Partial<Record<keyof FlinkClient, unknown>> = {}) {
  let held: (() => Promise<unknown>) | undefined;
  const seen = { inserts: 0 };
  const client = withCalls(real, {
    runStatement: async (...a: Parameters<FlinkClient['runStatement']>) => {
      if (!/^\s*INSERT/i.test(a[1])) return real.runStatement(...a);
      seen.inserts++;
      if (seen.inserts > 1) return real.runStatement(...a);
      // The gateway runs it; the answer is lost on the way back.
      held = () => real.runStatement(...a);
      return {
        ok: false,
        error: {
          kind: 'http',
          service: 'gateway',
          call: 'POST /sessions/{session_handle}/statements',
          status: 504,
          message: 'HTTP 504: 504 Gateway Timeout corp-lb-7 (nginx)',
          causes: [],
        },
      };
    },
    // The submission under way reaches the JobManager while the session closes.
    closeSession: async (sh: string) => {
      const submit = held;
      held = undefined;
      await submit?.();
      return real.closeSession(sh);
    },
    ...calls,
  });
  return { client, seen };
}

describe('a submission answered 504 by a proxy after the gateway took it', () => {
  it('finds the job it started once the session is closed, and submits nothing more', async () => {
    h = await harness({ version: '2.2' });
    const real = h.client;
    const { client, seen } = losingFirstInsertAnswer(real);
    h.client = client;
    const r = await h.apply(desiredState([{ name: 'alpha' }]));
    h.client = real;
    expect(r.changes[0]).toMatchObject({ action: 'create', outcome: 'applied' });
    expect(seen.inserts).toBe(1);
    expect(running(h, 'alpha')).toHaveLength(1);
  });

  it('takes a new job of its name whose labels Flink does not show yet (waiting for slots) as the one it started', async () => {
    h = await harness({ version: '2.2' });
    const real = h.client;
    const { client, seen } = losingFirstInsertAnswer(real, {
      // Flink 2.3 shows `user-config: {}` while a job waits for task slots on the adaptive scheduler.
      getJobConfig: async (id: string) => {
        const c = await real.getJobConfig(id);
        return c.ok ? { ...c, value: { ...c.value, userConfig: {} } } : c;
      },
    });
    h.client = client;
    await h.apply(desiredState([{ name: 'alpha' }]));
    h.client = real;
    expect(seen.inserts).toBe(1);
    expect(running(h, 'alpha')).toHaveLength(1);
  });
});
