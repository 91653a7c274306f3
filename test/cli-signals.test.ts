/**
 * Ctrl-C and CI cancel, as a user meets them: the CLI bundled from the sources runs as a child
 * process and gets real SIGINT/SIGTERM. A plan stops at once (130/143); an apply stops at a safe
 * point, releases its lock and says what was done; a second signal stops at once and the lock it
 * leaves is broken by the next run, which sees its holder is gone.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generate } from '../bench/lib/gen-repo.mjs';
import { schemaValidatorsEsbuild } from '../scripts/schema-validators.mjs';
import { type Simulator, startSimulator } from '../src/sim';

const ROOT = join(import.meta.dirname, '..');
let out: string;
let cliJs: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'flinkops-signals-'));
  cliJs = join(out, 'cli.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/cli/bin.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cliJs,
    logLevel: 'warning',
    plugins: [schemaValidatorsEsbuild],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  // A whole bundle built: set-up, not behaviour, and slow on a loaded machine.
}, 120_000);
// The 10,000-job repository's 40,000 files: removing them took over 30 s on a loaded machine.
afterAll(() => rmSync(out, { recursive: true, force: true }), 120_000);

interface Child {
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves once stderr (or stdout) matches. */
  waitFor(re: RegExp): Promise<void>;
  exit: Promise<number | null>;
}

/**
 * Until the process has spent half a CPU-second (Linux: utime + stime of /proc/<pid>/stat, in
 * ticks of 10 ms): its start and the bundle's loading take a fifth of that, so its signal
 * handlers are in place, and the 10,000-job work has seconds to go. A fixed wall-clock wait
 * raced Node's start on a loaded machine (a signal before the handlers ends the process by
 * Node's default action, with no exit code).
 */
async function handlersInstalled(pid: number): Promise<void> {
  for (const until = Date.now() + 60_000; Date.now() < until; ) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command's name: state is field 3, utime 14 and stime 15 (so 11 and 12 here).
    if (Number(fields[11]) + Number(fields[12]) >= 50) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`process ${pid} did not get to work within 60 s`);
}

function run(args: string[], env: Record<string, string>): Child {
  const proc = spawn(process.execPath, [cliJs, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...waiters])
      if (w.re.test(stderr) || w.re.test(stdout)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
  };
  proc.stdout!.on('data', (d) => {
    stdout += d;
    check();
  });
  proc.stderr!.on('data', (d) => {
    stderr += d;
    check();
  });
  const exit = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return {
    proc,
    stdout: () => stdout,
    stderr: () => stderr,
    waitFor: (re) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ re, resolve });
        check();
        void exit.then(() => reject(new Error(`exited before ${re}:\n${stdout}\n${stderr}`)));
      }),
    exit,
  };
}

describe('plan against an endpoint that never answers', () => {
  let server: Server;
  let url: string;
  const sockets = new Set<Socket>();
  let connected: () => void = () => {};
  beforeAll(async () => {
    server = createServer((s) => {
      sockets.add(s);
      connected();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address() as { port: number };
    url = `http://127.0.0.1:${addr.port}`;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s ends it at once with exit %i', async (signal, code) => {
    const asked = new Promise<void>((r) => {
      connected = r;
    });
    const c = run(['plan', '--dir', join(ROOT, 'test/fixtures/repos/valid'), '--env', 'dev'], {
      FLINKOPS_JOBMANAGER_URL: url,
      FLINKOPS_SQL_GATEWAY_URL: url,
    });
    await asked;
    c.proc.kill(signal);
    expect(await c.exit).toBe(code);
    expect(c.stderr()).toContain(`${signal} received: stopped.`);
  });
});

describe('a command that computes without a pause (validate, compile)', () => {
  let big: string;
  beforeAll(() => {
    big = join(out, 'big');
    // Large enough that Node's start and the bundle's loading are long done when the signal comes.
    generate(big, { jobs: 10000 });
  }, 120_000);

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s ends validate with exit %i, not 0 once its work is done',
    async (signal, code) => {
      const c = run(['validate', '--dir', big], {});
      await handlersInstalled(c.proc.pid!);
      c.proc.kill(signal);
      expect(await c.exit).toBe(code);
      expect(c.stderr()).toContain(`${signal} received: stopped.`);
      expect(c.stdout()).not.toContain('valid');
    },
    120_000,
  );

  it('SIGINT during compile --out: no script is written', async () => {
    const scripts = join(out, 'scripts');
    const c = run(['compile', '--dir', big, '--out', scripts], {});
    await handlersInstalled(c.proc.pid!);
    c.proc.kill('SIGINT');
    expect(await c.exit).toBe(130);
    expect(existsSync(scripts)).toBe(false);
    // The signal is honoured between the compile's stages: on a loaded machine a 10,000-job stage
    // takes tens of seconds.
  }, 120_000);
});

describe('apply against the simulator', () => {
  let sim: Simulator;
  let dir: string;
  let env: Record<string, string>;
  const lockFile = () => join(dir, '.flinkops', 'state', 'dev.lock');
  const state = () => JSON.parse(readFileSync(join(dir, '.flinkops', 'state', 'dev.json'), 'utf8')).state;
  const apply = (...extra: string[]) =>
    run(['apply', '--dir', dir, '--env', 'dev', '--auto-approve', '--health-grace', '1h', ...extra], env);

  beforeEach(async () => {
    sim = await startSimulator({
      flinkVersion: '1.20',
      clock: 'real',
      timing: { startMs: 50, savepointMs: 50 },
    });
    env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
    dir = join(mkdtempSync(join(tmpdir(), 'flinkops-signals-repo-')), 'repo');
    cpSync(join(ROOT, 'test/fixtures/repos/valid'), dir, { recursive: true });
  });
  afterEach(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('SIGTERM during the health check: stops there, releases the lock, reports, exits 143', async () => {
    const c = apply();
    await c.waitFor(/wait until the new job is RUNNING … done/);
    c.proc.kill('SIGTERM');
    expect(await c.exit).toBe(143);
    expect(c.stderr()).toContain('SIGTERM received: stopping after the steps in flight');
    // The notice comes while the lock may not be taken yet (a run waiting for it): it says "if".
    expect(c.stderr()).toContain('the state lock is released if this run holds it');
    expect(c.stdout()).toContain('Apply interrupted');
    expect(c.stdout()).toMatch(/totals\s+create\s+interrupted/);
    expect(c.stdout() + c.stderr()).toContain('FO717');
    expect(existsSync(lockFile())).toBe(false);
    const rec = state().jobs.totals;
    expect(rec.current.jobId).toMatch(/^[0-9a-f]{32}$/);
    expect(rec.lastStable).toBeUndefined();

    // The next plan does not call that converged.
    const plan = run(['plan', '--dir', dir, '--env', 'dev', '--detailed-exitcode'], env);
    expect(await plan.exit).toBe(2);
    expect(plan.stdout()).toContain('1 health check to finish');
  });

  it('SIGINT before the new job is RUNNING: FO717 says it was submitted, not that it runs', async () => {
    await sim.close();
    sim = await startSimulator({
      flinkVersion: '1.20',
      clock: 'real',
      timing: { startMs: 5000, savepointMs: 50 },
    });
    env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
    const c = apply();
    await c.waitFor(/submit the script .*… done/);
    c.proc.kill('SIGINT');
    expect(await c.exit).toBe(130);
    const said = c.stdout() + c.stderr();
    expect(said).toContain('FO717');
    expect(said).toContain(
      'The new job was submitted but had not reached RUNNING (it may wait for task slots)',
    );
    expect(said).not.toContain('The new job runs but');
  });

  it('a second SIGINT stops at once; the next run breaks the dead lock and says so', async () => {
    const c = apply();
    await c.waitFor(/wait until the new job is RUNNING … done/);
    c.proc.kill('SIGINT');
    await c.waitFor(/SIGINT received: stopping/);
    c.proc.kill('SIGINT');
    expect(await c.exit).toBe(130);
    expect(c.stderr()).toContain('stopping at once');
    const left = JSON.parse(readFileSync(lockFile(), 'utf8'));
    expect(left.pid).toBe(c.proc.pid);

    const next = apply('--health-grace', '0s');
    expect(await next.exit, next.stdout() + next.stderr()).toBe(0);
    expect(next.stderr()).toMatch(/warning FO811: broke the lock of .*pid \d+.*: that process is gone/);
    expect(existsSync(lockFile())).toBe(false);
    expect(state().jobs.totals.lastStable.jobId).toBe(state().jobs.totals.current.jobId);
  });
});

/** A simulator with the valid fixture applied to it (plus `files`), slow savepoints: a signal can come while one is taken. */
function savepointBed(files: Record<string, string> = {}) {
  const bed = { sim: undefined as unknown as Simulator, dir: '', env: {} as Record<string, string> };
  beforeEach(async () => {
    bed.sim = await startSimulator({
      flinkVersion: '1.20',
      clock: 'real',
      timing: { startMs: 50, savepointMs: 1500 },
    });
    bed.env = {
      FLINKOPS_JOBMANAGER_URL: bed.sim.jobmanagerUrl,
      FLINKOPS_SQL_GATEWAY_URL: bed.sim.gatewayUrl,
    };
    bed.dir = join(mkdtempSync(join(tmpdir(), 'flinkops-signals-repo-')), 'repo');
    cpSync(join(ROOT, 'test/fixtures/repos/valid'), bed.dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(bed.dir, name), text);
    const quick = ['--auto-approve', '--health-grace', '0s', '--checkpoint-wait', '0'];
    const a = run(['apply', '--dir', bed.dir, '--env', 'dev', ...quick], bed.env);
    expect(await a.exit, a.stdout() + a.stderr()).toBe(0);
  });
  afterEach(async () => {
    await bed.sim.close();
    rmSync(bed.dir, { recursive: true, force: true });
  });
  const stateDir = () => join(bed.dir, '.flinkops', 'state');
  const state = () => JSON.parse(readFileSync(join(stateDir(), 'dev.json'), 'utf8')).state;
  return { bed, stateDir, state };
}

describe('savepoint JOB against the simulator', () => {
  const { bed, stateDir, state } = savepointBed();

  it('SIGINT while the savepoint is taken: it is awaited and recorded, the lock released, exit 130', async () => {
    const c = run(['savepoint', 'totals', '--dir', bed.dir, '--env', 'dev'], bed.env);
    await c.waitFor(/taking a savepoint of job/);
    c.proc.kill('SIGINT');
    expect(await c.exit, c.stdout() + c.stderr()).toBe(130);
    expect(c.stderr()).toContain('SIGINT received: finishing the savepoint under way');
    expect(c.stdout()).toMatch(/savepoint-/);
    expect(existsSync(join(stateDir(), 'dev.lock'))).toBe(false);
    expect(existsSync(join(stateDir(), 'dev.journal'))).toBe(false);
    const rec = state().jobs.totals;
    expect(rec.savepoints.map((s: { kind: string }) => s.kind)).toEqual(['manual']);
    expect(rec.pending).toBeUndefined();
  });
});

describe('savepoints run against the simulator', () => {
  const { bed, stateDir, state } = savepointBed({
    'jobs/totals.yaml': 'savepoints: { every: 1h }\n',
    'jobs/counts.sql':
      'INSERT INTO order_counts\nSELECT customer_id, COUNT(*) AS n\nFROM orders\nGROUP BY customer_id;\n',
    'jobs/counts.yaml': 'savepoints: { every: 1h }\n',
    'tables/order_counts.yaml':
      'kind: sink\nconnector: print\ncolumns:\n  - { name: customer_id, type: BIGINT }\n  - { name: n, type: BIGINT }\n',
  });

  it('SIGINT during the first job: its savepoint is recorded, the next job is not started, the lock released, exit 130', async () => {
    const c = run(['savepoints', 'run', '--dir', bed.dir, '--env', 'dev'], bed.env);
    await c.waitFor(/taking a savepoint of job/);
    c.proc.kill('SIGINT');
    expect(await c.exit, c.stdout() + c.stderr()).toBe(130);
    expect(c.stderr()).toContain('SIGINT received: finishing the job under way');
    expect(c.stderr()).toMatch(/FO727.*savepoints run stopped before job totals/);
    expect(existsSync(join(stateDir(), 'dev.lock'))).toBe(false);
    const jobs = state().jobs;
    expect(jobs.counts.savepoints.map((s: { kind: string }) => s.kind)).toEqual(['periodic']);
    expect(jobs.counts.pending).toBeUndefined();
    expect(jobs.totals.savepoints ?? []).toEqual([]);
    // The cluster took one savepoint only.
    expect(bed.sim.control.snapshot().savepoints).toHaveLength(1);
  });
});
