/**
 * What an Action test runs against: a fake GitHub, a simulator (real clock, quick starts and
 * savepoints) and a fresh copy of example-repo for each test, all closed after it; the Action's
 * bundle is built first when dist/ lacks it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { type Simulator, startSimulator } from '../../src/sim';
import { actionDefaults, ROOT } from './action-runner';
import { FakeGitHub } from './fake-github';

export interface ActionRig {
  gh: FakeGitHub;
  sim: Simulator;
  /** The copy of example-repo, in a folder named as the workflow's checkout (rides-platform). */
  repo: string;
  /**
   * The step's inputs against this rig: action.yml's defaults, a token, environment staging on the
   * simulator, the state branch, a short health grace and no checkpoint wait; `more` on top.
   */
  inputs(more?: Record<string, string>): Record<string, string>;
}

/** Registers the hooks; the returned rig's fields are set before each test. */
export function useActionRig(prefix: string): ActionRig {
  const rig = {} as ActionRig;
  rig.inputs = (more = {}) => ({
    ...actionDefaults(),
    'github-token': 'ghs_fakeGithubToken0123456789',
    environment: 'staging',
    'jobmanager-url': rig.sim.jobmanagerUrl,
    'sql-gateway-url': rig.sim.gatewayUrl,
    'state-branch': 'flinkops-state',
    'health-grace': '300ms',
    'checkpoint-wait': '0',
    ...more,
  });
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/action.js')))
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  });
  beforeEach(async () => {
    rig.gh = new FakeGitHub();
    await rig.gh.start();
    rig.sim = await startSimulator({
      flinkVersion: '1.20',
      clock: 'real',
      timing: { startMs: 50, savepointMs: 100 },
    });
    rig.repo = join(mkdtempSync(join(tmpdir(), prefix)), 'rides-platform');
    cpSync(join(ROOT, 'example-repo'), rig.repo, { recursive: true });
    rmSync(join(rig.repo, '.flinkops'), { recursive: true, force: true });
  });
  afterEach(async () => {
    await rig.sim.close();
    await rig.gh.close();
    rmSync(join(rig.repo, '..'), { recursive: true, force: true });
  });
  return rig;
}
