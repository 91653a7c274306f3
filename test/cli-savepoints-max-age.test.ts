/**
 * `savepoints: {maxAge}`: `savepoints run` disposes of restorable savepoints older than maxAge
 * (on the cluster, and marked disposed in the store), whatever `keep` allows, and never the newest
 * restore point — the Flink Kubernetes Operator's savepoint history max age.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStateStore } from '../src/state';
import { cli, localSim, QUICK } from './ops-cli';

describe('savepoints run with maxAge', () => {
  const t = localSim();

  it('disposes of savepoints past maxAge, keeps the newest, and says why in the history', async () => {
    writeFileSync(join(t.dir, 'jobs/copy.yaml'), 'parallelism: 1\nsavepoints:\n  keep: 10\n  maxAge: 1d\n');
    expect((await cli(['apply', ...t.base, ...QUICK], t.dir, t.env)).code).toBe(0);
    for (let i = 0; i < 3; i++) {
      const taken = await cli(['savepoint', 'copy', ...t.base], t.dir, t.env);
      expect(taken.code, taken.stderr).toBe(0);
    }
    const store = new FileStateStore({ dir: t.dir, project: 'shop', env: 'local' });
    const paths = (await store.read()).doc.jobs.copy!.savepoints.map((s) => s.path);
    expect(paths).toHaveLength(3);

    // Within maxAge (and keep 10): nothing to dispose.
    const soon = await cli(['savepoints', 'run', ...t.base, '--json'], t.dir, t.env);
    expect(soon.code, soon.stderr).toBe(0);
    expect(JSON.parse(soon.stdout).jobs[0]).toMatchObject({
      job: 'copy',
      outcome: 'keep-only',
      disposed: [],
    });

    const later = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const run = await cli(['savepoints', 'run', ...t.base, '--now', later, '--json'], t.dir, t.env);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout).jobs[0];
    expect(report.disposed).toEqual(paths.slice(0, 2));
    expect(report.retained).toEqual([{ path: paths[2], why: 'the newest restore point' }]);

    // The cluster disposed of them; the newest is still there.
    const onCluster = new Map(t.sim.control.snapshot().savepoints.map((s) => [s.path, s.disposed]));
    expect(paths.map((p) => onCluster.get(p))).toEqual([true, true, false]);
    const doc = (await store.read()).doc.jobs.copy!;
    expect(doc.savepoints.map((s) => s.disposed === true)).toEqual([true, true, false]);
    expect(doc.history.filter((h) => h.action === 'dispose').map((h) => h.detail)).toEqual([
      'older than maxAge: 1d',
      'older than maxAge: 1d',
    ]);

    // A second run at the same instant has nothing left to do.
    const again = await cli(['savepoints', 'run', ...t.base, '--now', later, '--json'], t.dir, t.env);
    expect(JSON.parse(again.stdout).jobs[0].disposed).toEqual([]);
  });

  it('refuses a maxAge that is not a duration, with the file and line', async () => {
    writeFileSync(join(t.dir, 'jobs/copy.yaml'), 'parallelism: 1\nsavepoints:\n  maxAge: 7 days\n');
    const r = await cli(['validate', '--dir', t.dir], t.dir, t.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/jobs\/copy\.yaml:3:\d+: error FO\d+/);
    expect(r.stderr).toContain('maxAge');
  });
});
