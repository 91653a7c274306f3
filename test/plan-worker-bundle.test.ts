/**
 * The bundle (dist/, as `npm run build` writes it) compiles a large repository in a worker thread
 * (dist/chunks/compile-worker.mjs) while plan observes the cluster, and a small one in its own
 * thread; `flinkops compile` of a large one compiles in a worker too. Each thread of a process run
 * with --cpu-prof writes its own profile, which tells how many ran. What the bundle prints is what
 * the CLI prints from the sources, compiling in one thread.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** `args` run by dist/cli.js: its output, exit code and how many threads ran. */
async function bundleRun(
  args: string[],
  name: string,
): Promise<{ stdout: string; stderr: string; code: number; threads: number }> {
  const profiles = join(work, `profiles-${name}`);
  const argv = [`--cpu-prof`, `--cpu-prof-dir=${profiles}`, join(ROOT, 'dist/cli.js'), ...args];
  const env = { PATH: process.env.PATH ?? '', ...SECRETS };
  const threads = () => readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile')).length;
  try {
    const { stdout, stderr } = await run(process.execPath, argv, { env, maxBuffer: 64 * 1024 * 1024 });
    return { stdout, stderr, code: 0, threads: threads() };
  } catch (e) {
    const { stdout, stderr, code } = e as { stdout: string; stderr: string; code: number };
    return { stdout, stderr, code, threads: threads() };
  }
}

describe('flinkops compile of a large repository in a worker thread', () => {
  it.each([
    ['every environment', []],
    ['one environment', ['--env', 'prod']],
    ['with hashes (--json)', ['--env', 'prod', '--json']],
  ])(
    'prints what the sources print: %s',
    async (_, args) => {
      const name = `compile-${args.join('')}`;
      const bundled = await bundleRun(['compile', '--dir', large, ...args], name);
      expect(bundled.threads).toBe(2);
      expect(bundled.code).toBe(0);
      const sources = await cli(['compile', '--dir', large, ...args], { env: SECRETS });
      expect(sources.code).toBe(0);
      expect(bundled.stdout).toBe(sources.stdout);
      expect(bundled.stdout.length).toBeGreaterThan(COMPILE_WORKER_FROM_JOBS * 200);
    },
    60_000,
  );

  it('writes the scripts the sources write (--out)', async () => {
    const bundled = await bundleRun(
      ['compile', '--dir', large, '--env', 'prod', '--out', join(work, 'out-bundle')],
      'out',
    );
    expect(bundled.threads).toBe(2);
    expect(bundled.stdout).toMatch(
      new RegExp(`^Wrote ${COMPILE_WORKER_FROM_JOBS} scripts to .*out-bundle\\n$`),
    );
    await cli(['compile', '--dir', large, '--env', 'prod', '--out', join(work, 'out-sources')], {
      env: SECRETS,
    });
    const files = readdirSync(join(work, 'out-sources', 'prod'));
    expect(readdirSync(join(work, 'out-bundle', 'prod'))).toEqual(files);
    for (const f of files.slice(0, 50))
      expect(readFileSync(join(work, 'out-bundle', 'prod', f), 'utf8')).toBe(
        readFileSync(join(work, 'out-sources', 'prod', f), 'utf8'),
      );
  }, 60_000);

  it('reports an error of a large repository as the sources do, and prints no script', async () => {
    const broken = join(work, 'broken');
    cpSync(large, broken, { recursive: true });
    const job = join(broken, 'jobs', readdirSync(join(broken, 'jobs')).find((f) => f.endsWith('.sql'))!);
    writeFileSync(job, `${readFileSync(job, 'utf8')}\nINSERT INTO no_such_table SELECT 1;\n`);
    const bundled = await bundleRun(['compile', '--dir', broken], 'broken');
    expect(bundled.threads).toBe(2);
    const sources = await cli(['compile', '--dir', broken], { env: SECRETS });
    expect(sources.code).toBe(1);
    expect(bundled.code).toBe(1);
    expect(bundled.stdout).toBe('');
    expect(bundled.stderr).toBe(sources.stderr);
    expect(bundled.stderr).toContain('no_such_table');
  }, 60_000);

  it('compiles a small repository in one thread', async () => {
    const bundled = await bundleRun(
      ['compile', '--dir', join(ROOT, 'example-repo'), '--env', 'prod'],
      'compile-small',
    );
    expect(bundled.threads).toBe(1);
    expect(bundled.code).toBe(0);
  }, 60_000);
});
