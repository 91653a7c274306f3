/**
 * `scripts/flink/cluster.mjs` stop(): the processes of a run go by PID, and with `remove` its folder
 * (checkpoints, savepoints, logs) goes too — what the e2e suite and the benchmarks leave nothing of.
 * A fake run: a `sleep` started in the run folder's name, recorded in run.json as flink:up does.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { freshRunDir, readRun, runDir, stop } from '../scripts/flink/cluster.mjs';

let cache: string;
let children: ChildProcess[] = [];

beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'flinkops-run-stop-'));
  process.env.FLINKOPS_CACHE_DIR = cache;
});

afterEach(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  children = [];
  delete process.env.FLINKOPS_CACHE_DIR;
  rmSync(cache, { recursive: true, force: true });
});

/** A run named `name` whose one process (a sleep, in its own group) names the run folder. */
function fakeRun(name: string): { dir: string; child: ChildProcess } {
  const dir: string = runDir(name);
  mkdirSync(join(dir, 'log'), { recursive: true });
  writeFileSync(join(dir, 'log', 'jobmanager.out'), 'a log line\n');
  const child = spawn('sleep', ['60'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, RUN_DIR: dir },
  });
  children.push(child);
  writeFileSync(
    join(dir, 'run.json'),
    JSON.stringify({ name, dir, processes: [{ role: 'jobmanager', pid: child.pid }] }),
  );
  return { dir, child };
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

describe('stopping a flink:up run', () => {
  it('stops its processes and keeps its folder (logs to read) by default', async () => {
    const { dir, child } = fakeRun('keep');
    const stopped = await stop('keep', { graceMs: 5_000 });
    await exited(child);
    expect(stopped.map((p: { role: string }) => p.role)).toEqual(['jobmanager']);
    expect(child.signalCode).toBe('SIGTERM');
    expect(existsSync(join(dir, 'run.json'))).toBe(false);
    expect(existsSync(join(dir, 'log', 'jobmanager.out'))).toBe(true);
  });

  it('with remove, leaves nothing of the run behind', async () => {
    const { dir, child } = fakeRun('throwaway');
    await stop('throwaway', { graceMs: 5_000, remove: true });
    await exited(child);
    expect(child.signalCode).toBe('SIGTERM');
    expect(existsSync(dir)).toBe(false);
  });

  it('with remove, also clears the folder of a run that no longer runs', async () => {
    const dir: string = runDir('gone');
    mkdirSync(join(dir, 'checkpoints'), { recursive: true });
    expect(await stop('gone', { remove: true })).toEqual([]);
    expect(existsSync(dir)).toBe(false);
  });

  it('takes a run.json a start cut short left empty as no run: flink:up starts, flink:down clears it', async () => {
    const dir: string = runDir('cut');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'run.json'), '');
    expect(await readRun('cut')).toBeUndefined();
    expect(await stop('cut', { remove: true })).toEqual([]);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('npm run flink:down', () => {
  const down = (...args: string[]) =>
    spawnSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'flink', 'down.mjs'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, FLINKOPS_CACHE_DIR: cache },
    });

  it('answers --help and a mistyped option with its usage, not a stack trace', () => {
    const help = down('--help');
    expect(help.status).toBe(0);
    expect(help.stderr).toContain('usage: npm run flink:down -- [--name NAME] [--remove]');
    const typo = down('--nmae', 'x');
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain("flink:down: Unknown option '--nmae'");
    expect(typo.stderr).not.toMatch(/\n\s+at /);
  });

  it('says the run folder stays, and --remove deletes it', () => {
    const dir: string = runDir('left');
    mkdirSync(join(dir, 'savepoints'), { recursive: true });
    expect(down('--name', 'left').stderr).toContain(`its folder stays: ${dir} (--remove deletes it)`);
    expect(existsSync(dir)).toBe(true);
    const removed = down('--name', 'left', '--remove');
    expect(removed.status).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('npm run demo', () => {
  it('answers --help and refuses a mistyped option instead of running the simulator demo', () => {
    const demo = (arg: string) =>
      spawnSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'demo.mjs'), arg], {
        encoding: 'utf8',
      });
    const help = demo('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: npm run demo [-- --real]');
    const typo = demo('--rael');
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain('demo: unknown option --rael');
  });
});

describe('flink:up again under the same name', () => {
  it("keeps the earlier cluster's checkpoints and savepoints, and starts Kafka's storage afresh", async () => {
    // The second `flink:up --with kafka` of a name failed: "formatting Kafka's storage failed"
    // (the earlier broker's data, formatted for another cluster id, was still there).
    const dir: string = runDir('again');
    for (const sub of ['savepoints/savepoint-1', 'checkpoints/abc/chk-3', 'kafka/data/meta', 'log'])
      mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'kafka/data/meta.properties'), 'cluster.id=old\n');
    expect(await freshRunDir(dir)).toBe(1);
    expect(existsSync(join(dir, 'savepoints/savepoint-1'))).toBe(true);
    expect(existsSync(join(dir, 'checkpoints/abc/chk-3'))).toBe(true);
    expect(existsSync(join(dir, 'kafka'))).toBe(false);
    expect(existsSync(join(dir, 'conf'))).toBe(true);
  });
});
