/**
 * Ctrl-C during a plan closes the SQL Gateway sessions the plan has open (its EXPLAIN probes)
 * before the process ends, within a limit, instead of leaving them on the gateway until its idle
 * timeout; a second signal does not wait. Real Flink 2.2 logged the probe session of a plan
 * stopped mid-EXPLAIN as opened and never closed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterrupt, type SignalSource, type StopSignal } from '../src/core/interrupt';
import { createFlinkClient } from '../src/flink';
import { type Simulator, startSimulator } from '../src/sim';

function fakeSource() {
  const handlers = new Map<StopSignal, () => void>();
  const exits: number[] = [];
  let stderr = '';
  const source: SignalSource = {
    on: (sig, h) => handlers.set(sig, h),
    exit: (code) => exits.push(code),
    stderr: (t) => {
      stderr += t;
    },
  };
  return { source, exits, stderr: () => stderr, send: (sig: StopSignal) => handlers.get(sig)!() };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('a signal outside a graceful section', () => {
  it('runs the registered releases, then exits', async () => {
    const f = fakeSource();
    const interrupt = createInterrupt(f.source);
    const order: string[] = [];
    interrupt.onStop(async () => {
      await tick();
      order.push('released');
    });
    f.send('SIGINT');
    expect(f.exits).toEqual([]);
    await new Promise((r) => setTimeout(r, 50));
    expect(order).toEqual(['released']);
    expect(f.exits).toEqual([130]);
    expect(f.stderr()).toContain("SIGINT received: closing this run's SQL Gateway sessions, then stopping.");
  });

  it('exits at once without releases, or once unregistered', () => {
    const f = fakeSource();
    const interrupt = createInterrupt(f.source);
    interrupt.onStop(async () => {})();
    f.send('SIGTERM');
    expect(f.exits).toEqual([143]);
    expect(f.stderr()).toContain('SIGTERM received: stopped.');
  });

  it('does not wait past the limit, nor for a second signal', async () => {
    const slow = fakeSource();
    createInterrupt(slow.source, { releaseLimitMs: 20 }).onStop(() => new Promise(() => {}));
    slow.send('SIGINT');
    await new Promise((r) => setTimeout(r, 60));
    expect(slow.exits).toEqual([130]);

    const again = fakeSource();
    createInterrupt(again.source).onStop(() => new Promise(() => {}));
    again.send('SIGINT');
    again.send('SIGINT');
    expect(again.exits).toEqual([130]);
    expect(again.stderr()).toContain('SIGINT received again: stopped at once.');
  });
});

describe('a second signal inside a graceful section', () => {
  it('says what stopping at once leaves behind: the lock by default, or what the section names', async () => {
    const apply = fakeSource();
    const a = createInterrupt(apply.source);
    void a.graceful('stopping.', () => new Promise(() => {}));
    apply.send('SIGINT');
    apply.send('SIGINT');
    expect(apply.stderr()).toContain(
      "stopping at once. The next run finds this run's lock dead and breaks it.",
    );

    const preview = fakeSource();
    const p = createInterrupt(preview.source);
    void p.graceful('stopping the preview.', () => new Promise(() => {}), 'Its query may still run.');
    preview.send('SIGTERM');
    preview.send('SIGTERM');
    expect(preview.exits).toEqual([143]);
    expect(preview.stderr()).toContain('SIGTERM received again: stopping at once. Its query may still run.');
    expect(preview.stderr()).not.toContain('lock');
  });
});

describe('the Flink client', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ flinkVersion: '1.20', clock: 'real' });
  });
  afterAll(() => sim?.close());

  it('registers closing its open sessions while it has any', async () => {
    const registered: (() => Promise<unknown>)[] = [];
    let unregistered = 0;
    const client = createFlinkClient({
      jobmanagerUrl: sim.jobmanagerUrl,
      sqlGatewayUrl: sim.gatewayUrl,
      retries: 0,
      onStop: (release) => {
        registered.push(release);
        return () => unregistered++;
      },
    });
    const a = await client.openSession({ sessionName: 'a' });
    const b = await client.openSession({ sessionName: 'b' });
    if (!a.ok || !b.ok) throw new Error('no session');
    expect(registered).toHaveLength(1);
    await client.closeSession(a.value);
    expect(unregistered).toBe(0);
    await registered[0]!();
    expect((await client.getSessionConfig(b.value)).ok).toBe(false);
    await client.closeSession(b.value);
    expect(unregistered).toBe(1);
    await client.close();
  });

  it('closes a session whose open was under way when the signal came, once the gateway answers', async () => {
    const registered: (() => Promise<unknown>)[] = [];
    const client = createFlinkClient({
      jobmanagerUrl: sim.jobmanagerUrl,
      sqlGatewayUrl: sim.gatewayUrl,
      retries: 0,
      onStop: (release) => {
        registered.push(release);
        return () => {};
      },
    });
    const opening = client.openSession({ sessionName: 'in-flight' });
    // The signal comes before the gateway has answered.
    expect(registered).toHaveLength(1);
    await registered[0]!();
    const sh = await opening;
    if (!sh.ok) throw new Error('no session');
    expect((await client.getSessionConfig(sh.value)).ok).toBe(false);
    await client.close();
  });
});
