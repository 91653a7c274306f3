/**
 * `status` after a stateless upgrade: the savepoints of the version before it hold a state the
 * running version does not read, so LAST SAVEPOINT does not show them as its own.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 20, savepointMs: 20 });

async function status(state: string): Promise<{ job: string; lastSavepoint?: string }[]> {
  const r = await t.run(['status', '--json'], state);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout).jobs;
}

const savepoint = (state: string) => t.run(['savepoint', 'totals'], state);

describe('status after a stateless upgrade', () => {
  it("shows no savepoint of the version before as the job's last savepoint", async () => {
    const state = join(t.base, 'state.json');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    const sp = await savepoint(state);
    expect(sp.code, sp.stderr).toBe(0);
    const before = (await status(state)).find((j) => j.job === 'totals')!;
    expect(before.lastSavepoint).toBeTruthy();

    writeFileSync(
      join(t.repo, 'jobs/totals.yaml'),
      'parallelism: 2\nupgradeMode: stateless\nconfig:\n  table.exec.state.ttl: 1 h\n',
    );
    const up = await t.apply(state, '--health-grace', '0s');
    expect(up.code, up.stdout + up.stderr).toBe(0);
    const after = (await status(state)).find((j) => j.job === 'totals')!;
    expect(after.lastSavepoint).toBeUndefined();

    // A savepoint of the running version is its own again.
    expect((await savepoint(state)).code).toBe(0);
    const own = (await status(state)).find((j) => j.job === 'totals')!;
    expect(own.lastSavepoint).toBeTruthy();
    expect(own.lastSavepoint).not.toBe(before.lastSavepoint);
  });
});
