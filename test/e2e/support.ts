/**
 * What the e2e scenarios share: a throw-away repository per scenario (its own project name, so
 * scenarios can share a cluster), the built CLI run as a user runs it, and Flink's own REST answers.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, inject, it } from 'vitest';
import type { E2eCluster } from './global-setup';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

export function clusters() {
  return inject('flink');
}

/** The Flink line of the clusters (`1.20`, `2.2`, `2.3`), as flinkops.yaml's flinkVersion. */
export function flinkLine(): string {
  return clusters().version.split('.').slice(0, 2).join('.');
}

export interface Repo {
  dir: string;
  project: string;
  cluster: E2eCluster;
  write(files: Record<string, string | null>): void;
  /** The state store document of environment `local`. */
  state(): StateDoc;
  cleanup(): void;
}

export interface StateDoc {
  jobs: Record<
    string,
    {
      status: string;
      current?: { jobId: string; specHash: string; parallelism: number; restoredFrom?: string };
      lastStable?: { jobId: string };
      rolledBack?: { specHash: string; cause: string };
      savepoints: { path: string; kind: string; jobId: string; disposed?: boolean }[];
      history: { action: string; jobId?: string; savepoint?: string }[];
    }
  >;
}

/**
 * A repository with `flinkops.yaml` (project `name` + a random suffix, environment `local` on
 * `cluster`) and the given files. Checkpoints every second so health checks pass quickly.
 */
export function makeRepo(
  name: string,
  files: Record<string, string>,
  opts: {
    cluster?: 'adaptive' | 'standard';
    projectYaml?: string;
    /** More lines under `defaults:` and under the environment `local:` (indented as they go). */
    defaults?: string[];
    env?: string[];
  } = {},
): Repo {
  const cluster = clusters()[opts.cluster ?? 'adaptive'];
  const project = `${name}_${Math.random().toString(36).slice(2, 8)}`.replace(/[^a-z0-9_]/g, '_');
  const dir = mkdtempSync(join(tmpdir(), `flinkops-e2e-${name}-`));
  const yaml =
    opts.projectYaml ??
    [
      `project: ${project}`,
      `flinkVersion: "${flinkLine()}"`,
      'defaults:',
      ...(opts.defaults ?? []).map((l) => `  ${l}`),
      '  config:',
      '    execution.checkpointing.interval: 1 s',
      'environments:',
      '  local:',
      `    jobmanagerUrl: ${cluster.jobmanagerUrl}`,
      `    sqlGatewayUrl: ${cluster.gatewayUrl}`,
      ...(opts.env ?? []).map((l) => `    ${l}`),
      '',
    ].join('\n');
  const repo: Repo = {
    dir,
    project,
    cluster,
    write(more) {
      for (const [file, text] of Object.entries(more)) {
        const path = join(dir, file);
        if (text === null) rmSync(path, { force: true });
        else {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, text);
        }
      }
    },
    state() {
      const file = JSON.parse(readFileSync(join(dir, '.flinkops', 'state', 'local.json'), 'utf8'));
      return file.state as StateDoc;
    },
    cleanup() {
      // Node's recursive rm now and then meets ENOTEMPTY on a folder it has just emptied: retried.
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
  repo.write({ 'flinkops.yaml': yaml, ...files });
  return repo;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout + stderr, for messages. */
  out: string;
}

/** `flinkops ARGS` in the repository, as a user runs it (the built CLI, a new process). */
export function flinkops(repo: Repo, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return startFlinkops(repo, args, env).done;
}

/** flinkops processes of this file still running. */
const running = new Set<ChildProcess>();

// A scenario that timed out (or threw) while a flinkops command ran leaves nothing behind: the
// command is interrupted as a user's Ctrl-C would (it releases the state lock), then killed.
afterEach(async () => {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
          child.once('close', () => {
            clearTimeout(kill);
            resolve();
          });
          child.kill('SIGINT');
        }),
    ),
  );
});

/** A flinkops command started and not awaited (to be interrupted): the process, and its end. */
export function startFlinkops(
  repo: Repo,
  args: string[],
  env: Record<string, string> = {},
): { child: ChildProcess; done: Promise<Run> } {
  // The repository names its endpoints: a FLINKOPS_* of the caller's shell must not redirect it.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('FLINKOPS_')));
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: repo.dir,
    env: { ...base, NO_COLOR: '1', CI: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const done = new Promise<Run>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      running.delete(child);
      resolve({ code, stdout, stderr, out: `${stdout}\n${stderr}` });
    });
  });
  running.add(child);
  return { child, done };
}

/** Apply options that keep scenarios short: a 3 s grace, then the first checkpoint. */
export const FAST = ['--auto-approve', '--health-grace', '3s', '--checkpoint-wait', '90s'];

export async function apply(repo: Repo, extra: string[] = []): Promise<Run> {
  return flinkops(repo, ['apply', '--env', 'local', ...FAST, ...extra]);
}

/** GET a JobManager REST path; the parsed JSON body. */
export async function rest<T>(cluster: E2eCluster, path: string): Promise<T> {
  const res = await fetch(`${cluster.jobmanagerUrl}${path}`);
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface OverviewJob {
  jid: string;
  name: string;
  state: string;
  'start-time': number;
}

/** The cluster's jobs named `<project>.local.<job>`, newest first. */
export async function jobsOf(repo: Repo, job: string): Promise<OverviewJob[]> {
  const { jobs } = await rest<{ jobs: OverviewJob[] }>(repo.cluster, '/jobs/overview');
  return jobs
    .filter((j) => j.name === `${repo.project}.local.${job}`)
    .sort((a, b) => b['start-time'] - a['start-time']);
}

export async function runningJob(repo: Repo, job: string): Promise<OverviewJob> {
  const alive = (await jobsOf(repo, job)).filter((j) => j.state === 'RUNNING');
  if (alive.length !== 1) throw new Error(`expected one RUNNING ${job}, found ${alive.length}`);
  return alive[0]!;
}

export async function vertexParallelism(cluster: E2eCluster, jobId: string): Promise<Record<string, number>> {
  const d = await rest<{ vertices: { name: string; parallelism: number }[] }>(cluster, `/jobs/${jobId}`);
  return Object.fromEntries(d.vertices.map((v) => [v.name, v.parallelism]));
}

export async function userConfig(cluster: E2eCluster, jobId: string): Promise<Record<string, string>> {
  const c = await rest<{ 'execution-config': { 'user-config'?: Record<string, string> } }>(
    cluster,
    `/jobs/${jobId}/config`,
  );
  return c['execution-config']['user-config'] ?? {};
}

export async function restoredFrom(cluster: E2eCluster, jobId: string): Promise<string | undefined> {
  const c = await rest<{ latest: { restored: { external_path?: string } | null } }>(
    cluster,
    `/jobs/${jobId}/checkpoints`,
  );
  return c.latest.restored?.external_path;
}

/** `file:/x` or `file:///x` → `/x`. */
export function localPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(new URL(uri.replace(/^file:\/*/, 'file:///'))) : uri;
}

/** A savepoint (a folder with its `_metadata`) exists on disk. */
export function savepointOnDisk(uri: string): boolean {
  return existsSync(join(localPath(uri), '_metadata'));
}

/** Waits until `probe` returns a value (not undefined), polling every 500 ms. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** A scratch folder for files a scenario needs outside its repository (sink output, jars). */
export function scratch(name: string): string {
  return mkdtempSync(join(tmpdir(), `flinkops-e2e-${name}-`));
}

/**
 * The Kafka broker of this run (global-setup.ts starts it when a scenario file calls `kafka()`),
 * with the client calls scenarios need, through scripts/flink/kafka/KafkaTool.java.
 */
export function kafka() {
  const brokers = clusters().kafkaBrokers;
  if (!brokers) throw new Error('no Kafka broker: global-setup.ts starts one for files that call kafka()');
  const tool = async (args: string[], input?: string): Promise<string> => {
    const { kafkaTool, ensureKafka } = await import(
      // @ts-expect-error: plain ESM script without types
      '../../scripts/flink/kafka.mjs'
    );
    const [java, argv] = await kafkaTool(await ensureKafka(), args[0], brokers, ...args.slice(1));
    return new Promise((resolve, reject) => {
      const child = spawn(java, argv, { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      child.stderr.on('data', (d) => {
        err += d;
      });
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(out.trim()) : reject(new Error(`KafkaTool ${args[0]}: ${err.trim()}`)),
      );
      child.stdin.end(input ?? '');
    });
  };
  return {
    brokers,
    /** Creates a topic with a random suffix; its name. */
    async topic(name: string, partitions = 1): Promise<string> {
      const topic = `${name}-${Math.random().toString(36).slice(2, 8)}`;
      await tool(['topics', `${topic}:${partitions}`]);
      return topic;
    },
    /** Sends each line as one record's value; how many were sent. */
    async produce(topic: string, lines: string[]): Promise<number> {
      return Number(await tool(['produce', topic], `${lines.join('\n')}\n`));
    },
    /** Sends `count` records "0" … "count-1" at once: a backlog. */
    async fill(topic: string, count: number): Promise<number> {
      return Number(await tool(['fill', topic, String(count)]));
    },
    /** How many records the topic holds. */
    async count(topic: string): Promise<number> {
      return Number(await tool(['count', topic]));
    },
  };
}

/**
 * A Java UDF jar built in the test: each `sources` entry (`pkg/Name.java` → text) compiled with
 * javac against the cluster distribution's own jars and packed with jar into `work`. Returns the
 * text of a `udfs/<name>.yaml` naming `functions` (SQL name → class).
 */
export function javaUdfJar(
  cluster: E2eCluster,
  work: string,
  sources: Record<string, string>,
  functions: Record<string, string>,
): string {
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { cwd: work, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.error}`);
  };
  const files = Object.entries(sources).map(([file, text]) => {
    const path = join(work, 'src', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  });
  const classes = join(work, 'classes');
  run('javac', ['--release', '11', '-cp', join(cluster.home, 'lib', '*'), '-d', classes, ...files]);
  const jar = join(work, 'e2e-udfs.jar');
  run('jar', ['cf', jar, '-C', classes, '.']);
  const sha256 = createHash('sha256').update(readFileSync(jar)).digest('hex');
  return [
    `jar: ${pathToFileURL(jar).href}`,
    `sha256: ${sha256}`,
    'functions:',
    ...Object.entries(functions).map(([name, cls]) => `  - { name: ${name}, class: ${cls}, language: java }`),
    '',
  ].join('\n');
}

/** Whether the clusters' Flink line is `line` or newer. */
export function flinkAtLeast(line: string): boolean {
  const [a, b] = flinkLine().split('.').map(Number);
  const [x, y] = line.split('.').map(Number);
  return a! > x! || (a === x && b! >= y!);
}

/**
 * A scenario only some releases can run. On the others none of its hooks run and one test stands
 * in for it, skipped with `why` and the run's release as its note (the verbose reporter prints it),
 * so a run says why the scenario did not run there.
 */
export function describeOn(runs: boolean, why: string, title: string, body: () => void): void {
  if (runs) describe(title, body);
  else
    describe(title, () =>
      it('does not run on this release', (ctx) => ctx.skip(`${why}; this run is Flink ${flinkLine()}`)),
    );
}

/**
 * example-repo, its environments pointed at the e2e cluster. From Flink 2.3 on, city_ride_stats
 * (a window aggregate, insert-only, into upsert-kafka keyed by the window) is refused by the
 * planner without ON CONFLICT (`table.exec.sink.require-on-conflict`, see
 * test/sim-on-conflict.test.ts); the repository declares 1.20, so on 2.3 its job turns the check off.
 */
export function exampleRepo(cluster: 'adaptive' | 'standard' = 'adaptive'): Repo {
  const repo = makeRepo('sqltest', {}, { cluster });
  cpSync(join(ROOT, 'example-repo'), repo.dir, { recursive: true });
  const path = join(repo.dir, 'flinkops.yaml');
  const yaml = readFileSync(path, 'utf8')
    .replace(/flinkVersion: "[^"]+"/, `flinkVersion: "${flinkLine()}"`)
    .replace(/jobmanagerUrl: \S+/g, `jobmanagerUrl: ${repo.cluster.jobmanagerUrl}`)
    .replace(/sqlGatewayUrl: \S+/g, `sqlGatewayUrl: ${repo.cluster.gatewayUrl}`);
  writeFileSync(path, yaml);
  if (flinkAtLeast('2.3')) {
    const job = join(repo.dir, 'jobs', 'city_ride_stats.yaml');
    const text = readFileSync(job, 'utf8');
    if (!text.includes('\nconfig:\n')) throw new Error(`${job}: no config block to add to`);
    writeFileSync(
      job,
      text.replace('\nconfig:\n', "\nconfig:\n  table.exec.sink.require-on-conflict: 'false'\n"),
    );
  }
  return repo;
}

/** Jobs whose name starts with `prefix` that are not finished, cancelled or failed. */
export async function unfinished(repo: Repo, prefix: string): Promise<OverviewJob[]> {
  const { jobs } = await rest<{ jobs: OverviewJob[] }>(repo.cluster, '/jobs/overview');
  return jobs.filter(
    (j) => j.name.startsWith(prefix) && !['FINISHED', 'CANCELED', 'FAILED'].includes(j.state),
  );
}

/**
 * Cancels every job of `repo` the cluster still runs and waits until none runs: a scenario leaves
 * nothing running on the shared cluster, and no sink writes into a folder while it is removed.
 */
export async function cancelJobs(repo: Repo): Promise<void> {
  const prefix = `${repo.project}.`;
  for (const j of await unfinished(repo, prefix))
    await fetch(`${repo.cluster.jobmanagerUrl}/jobs/${j.jid}?mode=cancel`, { method: 'PATCH' });
  await waitFor(`the jobs of ${repo.project} to stop`, async () =>
    (await unfinished(repo, prefix)).length === 0 ? true : undefined,
  );
}
