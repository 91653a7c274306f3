/**
 * The bundle (dist/, as `npm run build` writes it) compiles a large repository in a worker thread
 * (dist/chunks/compile-worker.mjs) while plan observes the cluster, and a small one in its own
 * thread. Each thread of a process run with --cpu-prof writes its own profile, which tells how
 * many ran. The plan printed is the one the CLI makes from the sources, compiling in one thread.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/lib/gen-repo.mjs';
import { compileProject } from '../src/compile';
import { COMPILE_WORKER_FROM_JOBS } from '../src/engine/compile-off-thread';
import { type Simulator, startSimulator } from '../src/sim';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
const run = promisify(execFile);
/** The generated repository's cluster token. */
const SECRETS = { FLINKOPS_SECRET_FLINK_TOKEN: 'token-7f3a9c' };
let work: string;
let large: string;
let sim: Simulator;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'flinkops-worker-'));
  large = join(work, 'repo');
  generate(large, { jobs: COMPILE_WORKER_FROM_JOBS });
  const desired = compileProject(large, { env: 'prod', envVars: {} }).value!;
  // Every job runs, all but three their compiled spec.
  const seeds = desired.jobs.map((j, i) => ({
    name: j.pipelineName,
    parallelism: j.settings.parallelism,
    labels: {
      'flinkops.spec-hash': i < 3 ? 'older' : j.restartHash,
      'flinkops.project': desired.project,
      'flinkops.env': desired.env,
      'flinkops.job': j.name,
    },
  }));
  sim = await startSimulator({ flinkVersion: '1.20', seed: { jobs: seeds } });
});
afterAll(async () => {
  await sim.close();
  rmSync(work, { recursive: true, force: true });
});

/** `plan --json` of `dir` by dist/cli.js: its output and how many threads ran. */
async function bundlePlan(
  dir: string,
  env: string,
  name: string,
): Promise<{ stdout: string; threads: number }> {
  const profiles = join(work, `profiles-${name}`);
  const { stdout } = await run(
    process.execPath,
    [`--cpu-prof`, `--cpu-prof-dir=${profiles}`, join(ROOT, 'dist/cli.js'), ...planArgs(dir, env, name)],
    { env: { PATH: process.env.PATH ?? '', ...SECRETS }, maxBuffer: 64 * 1024 * 1024 },
  );
  return { stdout, threads: readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile')).length };
}

function planArgs(dir: string, env: string, name: string): string[] {
  return [
    ...['plan', '--dir', dir, '--env', env, '--json', '--now', '2026-01-05T09:00:00Z', '--commit', 'abc123'],
    ...['--state-file', join(work, `state-${name}.json`)],
    ...['--jobmanager-url', sim.jobmanagerUrl, '--sql-gateway-url', sim.gatewayUrl],
  ];
}

describe('the bundle compiles large repositories in a worker thread', () => {
  it(`plans ${COMPILE_WORKER_FROM_JOBS} jobs with a worker, as the sources plan them in one thread`, async () => {
    const bundled = await bundlePlan(large, 'prod', 'large');
    expect(bundled.threads).toBe(2);
    const plan = JSON.parse(bundled.stdout);
    expect(plan.changes.filter((c: { action: string }) => c.action === 'upgrade')).toHaveLength(3);
    const sources = await cli(planArgs(large, 'prod', 'large-sources'), { env: SECRETS });
    expect(sources.code).toBe(0);
    expect(bundled.stdout).toBe(sources.stdout);
  }, 60_000);

  it('plans a small repository in one thread', async () => {
    const bundled = await bundlePlan(join(ROOT, 'example-repo'), 'staging', 'small');
    expect(bundled.threads).toBe(1);
    expect(JSON.parse(bundled.stdout).changes.length).toBeGreaterThan(0);
  }, 60_000);
});
