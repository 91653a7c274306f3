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

/**
 * Real run: a webhook that takes calls and never answers made `status --check --alert --timeout 10s`
 * last 10 s per alert (20 s for two, a minute for six), past the next scheduled check; and a refused
 * one was said as "fetch failed", without the reason.
 */
describe('a channel that does not answer', () => {
  const two = {
    ...report('2026-01-05T09:00:00Z', true),
    jobs: ['a', 'b', 'c'].map((job) => ({ ...report('2026-01-05T09:00:00Z', true).jobs[0]!, job })),
  };

  it('is asked once per check, and its alerts are sent by the next check', async () => {
    const store = new MemoryStateStore({ project: 'sre', env: 'local' });
    let calls = 0;
    const run = await runAlerts({
      env,
      report: two,
      secrets: {},
      post: async () => {
        calls++;
        throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 10.0.0.9:443') });
      },
      store,
      state: await store.read(),
      nowMs: Date.parse(two.now),
    });
    expect(calls).toBe(1);
    expect(run.sent.map((s) => s.delivered)).toEqual([0, 0, 0]);
    expect(run.diags.map((d) => d.summary)).toEqual([
      'the firing alert of a (maxBackPressure) did not reach alert channel 1 (webhook): fetch failed: connect ECONNREFUSED 10.0.0.9:443',
      'the firing alert of b (maxBackPressure) did not reach alert channel 1 (webhook): not sent, as it did not answer an earlier alert of this check (fetch failed: connect ECONNREFUSED 10.0.0.9:443)',
      'the firing alert of c (maxBackPressure) did not reach alert channel 1 (webhook): not sent, as it did not answer an earlier alert of this check (fetch failed: connect ECONNREFUSED 10.0.0.9:443)',
    ]);
    expect((await store.read()).doc.alerts).toBeUndefined();
  });
});

/** FO661 said "check the channel's URL and signing secret" of a channel that was only down. */
describe('the advice of an alert a channel did not take', () => {
  const adviceFor = async (answer: number) => {
    const store = new MemoryStateStore({ project: 'sre', env: 'local' });
    const run = await runAlerts({
      env,
      report: report('2026-01-05T09:00:00Z', true),
      secrets: {},
      post: async () => {
        if (answer === 0) throw new Error('connect ECONNREFUSED');
        return answer;
      },
      store,
      state: await store.read(),
      nowMs: Date.parse('2026-01-05T09:00:00Z'),
    });
    return run.diags[0]!.detail!;
  };

  it('fits what the channel answered', async () => {
    expect(await adviceFor(0)).toMatch(/^The channel could not be reached \(down, or the network or a proxy/);
    expect(await adviceFor(401)).toMatch(
      /^The channel refused the request's credentials: check its signing secret/,
    );
    expect(await adviceFor(503)).toMatch(
      /^The channel failed on its side \(a server error\): nothing in flinkops\.yaml/,
    );
    expect(await adviceFor(404)).toMatch(
      /^Check the channel's URL and signing secret in environments\.local\.alerts/,
    );
    expect(await adviceFor(404)).toMatch(
      /The next check sends it again unless another channel received it\.$/,
    );
  });
});
