/**
 * A simulator on the real clock and a copy of the `valid` fixture repository (project shop, env
 * dev), fresh for every test of the file that calls it; the CLI is run against both.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { type SimTiming, type Simulator, startSimulator } from '../../src/sim';
import { type CliRun, cli } from './cli';

const ROOT = join(import.meta.dirname, '..', '..');

export interface SimRepo {
  sim: Simulator;
  /** The scratch folder (state files go here); the repository is its `repo/`. */
  base: string;
  repo: string;
  /** `--jobmanager-url … --sql-gateway-url …` of the simulator. */
  urls(): string[];
  /** `flinkops plan` of the repository for dev against the simulator, with this state file. */
  plan(state: string, ...more: string[]): Promise<CliRun>;
  /** `flinkops apply --auto-approve` likewise. */
  apply(state: string, ...more: string[]): Promise<CliRun>;
  /** Any command (`['status', '--check']`, `['savepoint', 'totals']`) likewise. */
  run(command: string[], state: string, ...more: string[]): Promise<CliRun>;
}

export function simRepo(timing: Partial<SimTiming>, o: { adaptive?: boolean } = {}): SimRepo {
  const t = {} as SimRepo;
  beforeEach(async () => {
    t.sim = await startSimulator({
      flinkVersion: '1.20',
      clock: 'real',
      timing,
      ...(o.adaptive ? { adaptiveScheduler: true } : {}),
    });
    t.base = mkdtempSync(join(tmpdir(), 'flinkops-sim-repo-'));
    t.repo = join(t.base, 'repo');
    cpSync(join(ROOT, 'test/fixtures/repos/valid'), t.repo, { recursive: true });
  });
  afterEach(async () => {
    await t.sim.close();
    rmSync(t.base, { recursive: true, force: true });
  });
  t.urls = () => ['--jobmanager-url', t.sim.jobmanagerUrl, '--sql-gateway-url', t.sim.gatewayUrl];
  const run = (command: string[], state: string, more: string[]) =>
    cli([...command, '--dir', t.repo, '--env', 'dev', '--state-file', state, ...t.urls(), ...more]);
  t.plan = (state, ...more) => run(['plan'], state, more);
  t.apply = (state, ...more) => run(['apply', '--auto-approve'], state, more);
  t.run = (command, state, ...more) => run(command, state, more);
  return t;
}
