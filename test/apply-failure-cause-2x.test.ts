/**
 * Flink 2.x keeps no exception history for a job that failed while initializing (its savepoint
 * did not map, on the adaptive scheduler): the cause is only in `/jobs/:jobid/execution-result`.
 * Apply must still report it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FlinkClient } from '../src/flink';
import { parseFailureCause } from '../src/flink/jobmanager-parse';
import { desiredState, type Harness, harness } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The body real Flink 2.2 answered for such a job (stack trace shortened). */
const EXECUTION_RESULT_2_2 = {
  status: { id: 'COMPLETED' },
  'job-execution-result': {
    id: 'c6524b3441a64f1ce3966779fa369bd0',
    'application-status': 'FAILED',
    'accumulator-results': {},
    'net-runtime': 574,
    'failure-cause': {
      class: 'java.util.concurrent.CompletionException',
      'stack-trace':
        'java.util.concurrent.CompletionException: java.util.concurrent.CompletionException: java.lang.IllegalStateException: Failed to rollback to checkpoint/savepoint file:/sp/savepoint-a388de-04070e013200. Cannot map checkpoint/savepoint state for operator 90bea66de1c231edf33913ecd54406c1 to the new program, because the operator is not available in the new program.\n\tat org.apache.flink.util.concurrent.FutureUtils.lambda$switchExecutor$24(FutureUtils.java:1335)\nCaused by: java.lang.IllegalStateException: Failed to rollback to checkpoint/savepoint file:/sp/savepoint-a388de-04070e013200. Cannot map checkpoint/savepoint state for operator 90bea66de1c231edf33913ecd54406c1 to the new program, because the operator is not available in the new program.\n\tat org.apache.flink.runtime.checkpoint.Checkpoints.throwNonRestoredStateException(Checkpoints.java:240)\n',
    },
  },
};

describe('the cause of a job that failed while initializing on Flink 2.x', () => {
  it('is read from the execution result', () => {
    const e = parseFailureCause(EXECUTION_RESULT_2_2)?.value;
    expect(e?.message).toMatch(
      /^IllegalStateException: Failed to rollback .*Cannot map checkpoint\/savepoint state/,
    );
    expect(parseFailureCause({ status: { id: 'IN_PROGRESS' } })).toEqual({ value: undefined });
  });

  it('is reported by apply when the exception history is empty', async () => {
    h = await harness({ version: '2.2' });
    await h.apply(desiredState([{ name: 'alpha' }]));
    const real = h.client;
    // As real 2.x: no history for an initialization failure; the cause sits in the execution result.
    h.client = new Proxy(real, {
      get(t, p, r) {
        if (p === 'getExceptions') {
          return async (id: string, max?: number) => {
            const x = await real.getExceptions(id, max);
            return x.ok ? { ...x, value: { history: [], truncated: false } } : x;
          };
        }
        if (p === 'getFailureCause') {
          return async (id: string) => {
            const x = await real.getExceptions(id, 10);
            return x.ok ? { ok: true, value: x.value.history[0] } : x;
          };
        }
        return Reflect.get(t, p, r);
      },
    }) as FlinkClient;
    const r = await h.apply(desiredState([{ name: 'alpha', query: 2 }]));
    h.client = real;
    expect(r.changes[0]).toMatchObject({ action: 'upgrade', outcome: 'rolled-back' });
    expect(r.changes[0]!.error).toContain('Cannot map checkpoint/savepoint state for operator');
  });
});
