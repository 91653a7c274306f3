/**
 * `apply --auto-approve --lock-timeout`: while this run waited for the lock, the run that held it
 * changed the state store, so the plan made before the wait is stale. Nobody approved that plan:
 * the run plans again once it holds the lock and applies the fresh plan, as Terraform plans only
 * once it holds the lock. A saved plan stays refused when stale, and the refusal says who changed
 * the store.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStateStore } from '../src/state';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 5, savepointMs: 5, cancelMs: 5 });

/** Holds the lock as another apply would, writes the store once, and lets go after `ms`. */
async function otherApply(state: string, ms: number): Promise<() => void> {
  const store = new FileStateStore({ dir: t.repo, project: 'shop', env: 'dev', path: state });
  const lock = await store.lock({ who: 'bob', command: 'flinkops apply' }, 600_000);
  const timer = setTimeout(async () => {
    const { doc, version } = await store.read();
    await store.write(doc, version, { message: 'apply: something of bob' });
    await store.unlock(lock);
  }, ms);
  return () => clearTimeout(timer);
}

describe('apply --auto-approve that waited for the lock', () => {
  it('plans again when the run that held the lock changed the store, and applies that plan', async () => {
    const state = join(t.base, 'state.json');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    writeFileSync(join(t.repo, 'jobs/totals.yaml'), 'parallelism: 3\n');
    const cancel = await otherApply(state, 1_500);
    try {
      const r = await t.apply(state, '--health-grace', '0s', '--lock-timeout', '30s');
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stderr).toContain('waiting for the state lock: held by bob');
      expect(r.stderr).toContain('changed while this run waited for the lock: planning again');
      expect(r.stdout).not.toContain('FO701');
      expect(r.stdout).toMatch(/totals +rescale +applied/);
    } finally {
      cancel();
    }
  });

  it('refuses a saved plan that went stale meanwhile', async () => {
    const state = join(t.base, 'state.json');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    writeFileSync(join(t.repo, 'jobs/totals.yaml'), 'parallelism: 3\n');
    const file = join(t.base, 'plan.json');
    expect((await t.plan(state, '--out', file)).code).toBe(0);
    const cancel = await otherApply(state, 1_500);
    try {
      const r = await t.run(['apply', file], state, '--health-grace', '0s', '--lock-timeout', '30s');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('FO701');
      // Who changed it, as far as this run can tell: the lock it waited for, the store's last write.
      expect(r.stderr).toContain('changed while this run waited for the lock of bob (flinkops apply on');
      expect(r.stderr).toMatch(/last written 20\d\d-\S+: "apply: something of bob"/);
    } finally {
      cancel();
    }
  });
});

describe('apply refused by a held lock', () => {
  it('says how long it waited, or how to wait', async () => {
    const state = join(t.base, 'state.json');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    writeFileSync(join(t.repo, 'jobs/totals.yaml'), 'parallelism: 3\n');
    const store = new FileStateStore({ dir: t.repo, project: 'shop', env: 'dev', path: state });
    const lock = await store.lock({ who: 'bob', command: 'flinkops apply' }, 600_000);
    try {
      const now = await t.apply(state, '--health-grace', '0s');
      expect(now.code).toBe(1);
      expect(now.stderr).toContain('FO805');
      expect(now.stderr).toContain('give it --lock-timeout (e.g. --lock-timeout 10min');
      const waited = await t.apply(state, '--health-grace', '0s', '--lock-timeout', '2s');
      expect(waited.code).toBe(1);
      expect(waited.stderr).toContain('This run waited 2 s (--lock-timeout) and the lock was still held.');
    } finally {
      await store.unlock(lock);
    }
  });
});
