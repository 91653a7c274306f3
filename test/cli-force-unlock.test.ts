/**
 * `--force-unlock ID` on every command that takes the state lock: the lock it names is removed
 * even when there turns out to be nothing to do; a wrong id removes nothing and says whose it is.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import { type Simulator, startSimulator } from '../src/sim';
import { FileStateStore } from '../src/state';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let sim: Simulator;
let dir: string;
let env: Record<string, string>;

beforeEach(async () => {
  sim = await startSimulator({ flinkVersion: '1.20', clock: 'real', timing: { savepointMs: 20 } });
  env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
  dir = join(mkdtempSync(join(tmpdir(), 'flinkops-force-unlock-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), dir, { recursive: true });
  // The cluster already runs the repository: apply has nothing to do.
  const desired = compileProject(dir, { env: 'dev', envVars: {} }).value!;
  for (const j of desired.jobs)
    sim.control.seedJob({
      name: j.pipelineName,
      parallelism: j.settings.parallelism,
      labels: {
        'flinkops.spec-hash': j.restartHash,
        'flinkops.project': desired.project,
        'flinkops.env': desired.env,
        'flinkops.job': j.name,
        'flinkops.commit': 'abc',
      },
    });
});
afterEach(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A lock another machine left behind (its process cannot be checked from here). */
async function leftLock(): Promise<{ id: string; store: FileStateStore }> {
  const store = new FileStateStore({ dir, project: 'shop', env: 'dev' });
  const lock = await store.lock({ who: 'bob', command: 'flinkops apply', host: 'ci-runner-7' }, 15 * 60_000);
  return { id: lock.info.id, store };
}

describe('--force-unlock', () => {
  it('apply with nothing to do still removes the lock it names', async () => {
    const { id, store } = await leftLock();
    const r = await cli(['apply', '--dir', dir, '--env', 'dev', '--auto-approve', '--force-unlock', id], {
      env,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No changes.');
    expect(r.stderr).toContain(`Removed the lock ${id} of bob`);
    expect(existsSync(store.lockPath)).toBe(false);
  });

  it('a wrong id removes nothing and names the holder', async () => {
    const { id, store } = await leftLock();
    const r = await cli(
      ['apply', '--dir', dir, '--env', 'dev', '--auto-approve', '--force-unlock', 'feedbeef'],
      {
        env,
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error FO805: state is locked by bob/);
    expect(r.stderr).toContain(`--force-unlock ${id}`);
    expect(r.stderr).toContain('--force-unlock feedbeef does not name this lock, so it was left in place');
    expect(r.stderr).not.toContain('internal error');
    expect((await store.lockInfo())?.id).toBe(id);
  });

  it('savepoint JOB accepts it and takes its savepoint', async () => {
    const { id, store } = await leftLock();
    const r = await cli(['savepoint', 'totals', '--dir', dir, '--env', 'dev', '--force-unlock', id], { env });
    expect(r.stderr).toContain(`Removed the lock ${id}`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/savepoint/);
    expect(existsSync(store.lockPath)).toBe(false);
  });

  it('savepoints run accepts it', async () => {
    const { id, store } = await leftLock();
    const r = await cli(['savepoints', 'run', '--dir', dir, '--env', 'dev', '--force-unlock', id], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Removed the lock ${id}`);
    expect(existsSync(store.lockPath)).toBe(false);
  });
});
