/**
 * What the cluster says beside an empty or wrong state store: a labelled job the store does not
 * know is said (FO626), and a hand-started job the repository wants suspended is taken over and
 * suspended in one apply, not adopted running first.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let sim: Simulator;
let base: string;
let repo: string;

beforeEach(async () => {
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 10, savepointMs: 20 },
  });
  base = mkdtempSync(join(tmpdir(), 'flinkops-store-lost-'));
  repo = join(base, 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
});
afterEach(async () => {
  await sim.close();
  rmSync(base, { recursive: true, force: true });
});

const urls = () => ['--jobmanager-url', sim.jobmanagerUrl, '--sql-gateway-url', sim.gatewayUrl];
const alive = () => sim.control.snapshot().jobs.filter((j) => j.state === 'RUNNING');

describe('the state store and the cluster disagree', () => {
  it('a labelled job the store has no record of is said (FO626), and nothing restarts', async () => {
    const first = join(base, 'first.json');
    const applied = await cli([
      'apply',
      '--dir',
      repo,
      '--env',
      'dev',
      '--auto-approve',
      '--health-grace',
      '0s',
      '--state-file',
      first,
      ...urls(),
    ]);
    expect(applied.code, applied.stderr).toBe(0);
    const lost = join(base, 'lost.json');
    const plan = await cli(['plan', '--dir', repo, '--env', 'dev', '--state-file', lost, ...urls()]);
    expect(plan.stdout + plan.stderr).toContain(
      'warning FO626: Job totals runs with flinkops labels, but the state store has no record of it',
    );
    // Nothing restarts: the plan has nothing to do but say so.
    expect(plan.stdout).toContain('No changes.');
    expect(alive()).toHaveLength(1);
    // With the right store again, nothing is said.
    const quiet = await cli(['plan', '--dir', repo, '--env', 'dev', '--state-file', first, ...urls()]);
    expect(quiet.stdout + quiet.stderr).not.toContain('FO626');
  });

  it('a hand-started job the repository wants suspended is stopped with a savepoint in one apply', async () => {
    appendFileSync(join(repo, 'jobs/totals.yaml'), 'state: suspended\n');
    const jid = sim.control.seedJob({ name: 'shop.dev.totals', parallelism: 2 });
    const state = join(base, 'state.json');
    const plan = await cli(['plan', '--dir', repo, '--env', 'dev', '--state-file', state, ...urls()]);
    expect(plan.stdout).toMatch(/totals will be suspended/);
    expect(plan.stdout).not.toMatch(/adopted/);
    const r = await cli([
      'apply',
      '--dir',
      repo,
      '--env',
      'dev',
      '--auto-approve',
      '--state-file',
      state,
      ...urls(),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(sim.control.snapshot().jobs.find((j) => j.jid === jid)?.state).toBe('FINISHED');
    const rec = JSON.parse(readFileSync(state, 'utf8')).state.jobs.totals;
    expect(rec.status).toBe('suspended');
    expect(rec.savepoints.map((s: { jobId: string }) => s.jobId)).toEqual([jid]);
  });
});
