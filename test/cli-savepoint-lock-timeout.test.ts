/**
 * `--lock-timeout` for the savepoint commands: a manual or cron savepoint while an apply holds the
 * state lock waits for it (said once on stderr) instead of failing at once, as apply does.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStateStore } from '../src/state';
import { cli, localSim, QUICK } from './ops-cli';

describe('savepoint and savepoints run with --lock-timeout', () => {
  const t = localSim();

  it('wait for the lock another run holds, then take the savepoint', async () => {
    expect((await cli(['apply', ...t.base, ...QUICK], t.dir, t.env)).code).toBe(0);
    const store = new FileStateStore({ dir: t.dir, project: 'shop', env: 'local' });
    const held = await store.lock({ who: 'ci', command: 'flinkops apply' }, 600_000);
    const refused = await cli(['savepoint', 'copy', ...t.base], t.dir, t.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('FO805');

    const release = setTimeout(() => void store.unlock(held), 1_500);
    try {
      const waited = await cli(['savepoint', 'copy', ...t.base, '--lock-timeout', '30s'], t.dir, t.env);
      expect(waited.code, waited.stderr).toBe(0);
      expect(waited.stderr).toMatch(/ci.*flinkops apply/);
      expect(waited.stdout).toMatch(/savepoint-/);
    } finally {
      clearTimeout(release);
    }

    // A job that keeps savepoints, else the run has nothing to lock for.
    writeFileSync(join(t.dir, 'jobs/copy.yaml'), 'parallelism: 1\nsavepoints:\n  every: 1h\n  keep: 5\n');
    const again = await store.lock({ who: 'ci', command: 'flinkops apply' }, 600_000);
    setTimeout(() => void store.unlock(again), 1_500);
    const run = await cli(
      [
        'savepoints',
        'run',
        ...t.base,
        '--lock-timeout',
        '30s',
        '--now',
        new Date(Date.now() + 7_200_000).toISOString(),
      ],
      t.dir,
      t.env,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/copy +taken/);
    expect(run.stderr).toMatch(/ci.*flinkops apply/);

    const list = await cli(['savepoints', 'list', 'copy', ...t.base, '--lock-timeout', '30s'], t.dir, t.env);
    expect(list.code).toBe(1);
    expect(list.stderr).toContain('--lock-timeout belongs to savepoints run');
  });
});
