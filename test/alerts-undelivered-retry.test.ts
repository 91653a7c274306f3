/**
 * `status --check --alert` with its only channel down (real run: a webhook fetch refused, FO661):
 * the breaches were recorded as open all the same, so once the channel worked again the next
 * checks sent nothing and the page was lost for as long as the breach lasted. An alert that
 * reached no channel is now said again by the next check.
 */
import { describe, expect, it } from 'vitest';
import type { DesiredEnvironment } from '../src/compile';
import { runAlerts } from '../src/engine/alerts-run';
import type { HealthReport } from '../src/engine/health';
import { MemoryStateStore } from '../src/state/memory-store';

const env = {
  name: 'local',
  alerts: [{ type: 'webhook', url: 'http://hooks.example/alerts' }],
} as unknown as DesiredEnvironment;

function report(now: string, breaching: boolean): HealthReport {
  return {
    project: 'sre',
    env: 'local',
    now,
    healthy: !breaching,
    jobs: [
      {
        job: 'slow_sink',
        healthy: !breaching,
        desired: 'running',
        state: 'RUNNING',
        breaches: breaching
          ? [{ rule: 'maxBackPressure', summary: 'back-pressured 100% of the time', detail: 'd' }]
          : [],
      },
    ],
  };
}

async function check(store: MemoryStateStore, now: string, breaching: boolean, answer: number) {
  const posted: string[] = [];
  const run = await runAlerts({
    env,
    report: report(now, breaching),
    secrets: {},
    post: async (_url, body) => {
      posted.push(JSON.parse(body).status);
      if (answer === 0) throw new Error('connect ECONNREFUSED');
      return answer;
    },
    store,
    state: await store.read(),
    nowMs: Date.parse(now),
  });
  return { posted, codes: run.diags.map((d) => d.code) };
}

describe('alerts that reached no channel', () => {
  it('fires again at the next check once the channel answers', async () => {
    const store = new MemoryStateStore({ project: 'sre', env: 'local' });
    expect(await check(store, '2026-01-05T09:00:00Z', true, 0)).toEqual({
      posted: ['firing'],
      codes: ['FO661'],
    });
    expect(await check(store, '2026-01-05T09:01:00Z', true, 503)).toEqual({
      posted: ['firing'],
      codes: ['FO661'],
    });
    expect(await check(store, '2026-01-05T09:02:00Z', true, 200)).toEqual({ posted: ['firing'], codes: [] });
    // Said once: a lasting breach is not sent again.
    expect(await check(store, '2026-01-05T09:03:00Z', true, 200)).toEqual({ posted: [], codes: [] });
    expect((await store.read()).doc.alerts).toEqual({
      slow_sink: { maxBackPressure: '2026-01-05T09:02:00Z' },
    });
  });

  it('resolves again at the next check once the channel answers', async () => {
    const store = new MemoryStateStore({ project: 'sre', env: 'local' });
    await check(store, '2026-01-05T09:00:00Z', true, 200);
    expect(await check(store, '2026-01-05T09:01:00Z', false, 500)).toEqual({
      posted: ['resolved'],
      codes: ['FO661'],
    });
    expect((await store.read()).doc.alerts).toEqual({
      slow_sink: { maxBackPressure: '2026-01-05T09:00:00Z' },
    });
    expect(await check(store, '2026-01-05T09:02:00Z', false, 200)).toEqual({
      posted: ['resolved'],
      codes: [],
    });
    expect((await store.read()).doc.alerts).toBeUndefined();
    expect(await check(store, '2026-01-05T09:03:00Z', false, 200)).toEqual({ posted: [], codes: [] });
  });
});
