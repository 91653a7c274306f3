import { describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock';
import { awaitSavepoint } from './await';
import type { FlinkClient } from './client';
import { protocolError } from './errors';

describe('awaiting a savepoint behind a proxy', () => {
  it("ends after the unreachable budget, not the whole timeout, while a login page answers in Flink's place", async () => {
    const clock = new FakeClock();
    const route = 'GET /jobs/{jobid}/savepoints/{triggerid}';
    const client: Pick<FlinkClient, 'getSavepointStatus'> = {
      getSavepointStatus: async () => ({
        ok: false,
        error: protocolError('jobmanager', route, 'an HTML page ("Sign in - Corp SSO"), not Flink\'s JSON'),
      }),
    };
    const started = clock.now();
    const o = await awaitSavepoint(client, 'j', 't', { clock, timeoutMs: 600_000, unreachableMs: 120_000 });
    expect(o.state).toBe('failed');
    expect(o.state === 'failed' && o.cause.kind).toBe('unreachable');
    expect(clock.now() - started).toBeLessThan(180_000);
  });
});
