/** Helpers of the ops-* tests: the CLI in-process, and throw-away project directories. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Io } from '../src/cli/io';
import { runCli } from '../src/cli/main';
import { systemClock } from '../src/core/clock';
import { type PlanRun, type PlanRunOptions, runPlan } from '../src/engine/plan-run';
import { type Simulator, startSimulator } from '../src/sim';
import type { SimulatorOptions } from '../src/sim/options';
import type { SimTiming } from '../src/sim/timing';
import { FileStateStore } from '../src/state/file-store';
import { jobYaml, ROWS_BLACKHOLE, SLOW_EVENTS } from './e2e/fixtures';
import { requirePinnedClock } from './support/clock-guard';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    color: false,
    env,
    cwd,
  };
  const code = await runCli(argv, io);
  requirePinnedClock(argv, cwd, env, code);
  return { code, stdout, stderr };
}

/** A copy of a fixture repository (or example-repo) in a fresh temporary directory, with files replaced. */
export function projectCopy(from: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-ops-'));
  // Not the state store the README's walkthrough leaves in example-repo/.flinkops (git ignores it):
  // a copy starts with no deployments, whatever was tried by hand in the checkout.
  cpSync(from, dir, { recursive: true, filter: (src) => basename(src) !== '.flinkops' });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export const ROOT = join(import.meta.dirname, '..');

/**
 * A small repository of the e2e fixtures' shape (a slow datagen source, a blackhole sink, job
 * `copy`) in a new folder, with flinkops.yaml as given: project `shop`, one environment.
 */
export function copyRepo(flinkopsYaml: string, dir = mkdtempSync(join(tmpdir(), 'flinkops-ops-'))): string {
  const files: Record<string, string> = {
    'flinkops.yaml': flinkopsYaml,
    'tables/events.yaml': SLOW_EVENTS,
    'tables/sink_rows.yaml': ROWS_BLACKHOLE,
    'jobs/copy.sql': 'INSERT INTO sink_rows\nSELECT id, v\nFROM events;\n',
    'jobs/copy.yaml': jobYaml(['parallelism: 1']),
  };
  writeFiles(dir, files);
  return dir;
}

/** Apply options of the CLI tests: approved, no health grace, no wait for a first checkpoint. */
export const QUICK = ['--auto-approve', '--health-grace', '0s', '--checkpoint-wait', '0'];

/** flinkops.yaml of project `shop` on Flink 2.2 whose one environment, `local`, takes its URLs from FLINKOPS_*_URL. */
export const LOCAL_PROJECT_22 =
  'project: shop\nflinkVersion: "2.2"\nenvironments:\n  local:\n    jobmanagerUrl: http://unused\n    sqlGatewayUrl: http://unused\n';

/**
 * A Flink 2.2 project whose job `copy` reads Kafka topic `orders` (group `copy`, the source's
 * options `more` added) into a blackhole: `files` add to it or replace its files.
 */
export function kafkaCopyProject(
  more: string[] = [],
  files: Record<string, string> = {},
): Record<string, string> {
  return {
    'flinkops.yaml': LOCAL_PROJECT_22,
    'tables/orders.yaml': [
      'kind: source',
      'connector: kafka',
      'columns:',
      '  - { name: id, type: STRING }',
      'with:',
      '  topic: orders',
      '  properties.bootstrap.servers: kafka:9092',
      '  properties.group.id: copy',
      ...more.map((l) => `  ${l}`),
      '  format: json',
      '',
    ].join('\n'),
    'tables/sink_rows.yaml': 'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: STRING }\n',
    'jobs/copy.sql': 'INSERT INTO sink_rows\nSELECT id FROM orders;\n',
    ...files,
  };
}

/** flinkops.yaml of a copyRepo project whose one environment, `local`, takes its URLs from FLINKOPS_*_URL. */
export const LOCAL_PROJECT =
  'project: shop\nflinkVersion: "1.20"\nenvironments:\n  local:\n    jobmanagerUrl: http://unused\n    sqlGatewayUrl: http://unused\n';

export interface LocalSim {
  sim: Simulator;
  dir: string;
  env: Record<string, string>;
  /** `--dir DIR --env local` */
  base: string[];
}

/**
 * A real-clock simulator (Flink 1.20 unless said) and a copyRepo project (LOCAL_PROJECT), or a
 * project of `files` (whose flinkops.yaml names environment `local`), for the tests of a file:
 * started before them, closed and removed after. Its fields are read inside the tests.
 */
export function localSim(
  timing: Partial<SimTiming> = { startMs: 10, savepointMs: 10 },
  opts: { flinkVersion?: SimulatorOptions['flinkVersion']; files?: Record<string, string> } = {},
): LocalSim {
  const t = {} as LocalSim;
  beforeAll(async () => {
    t.sim = await startSimulator({ flinkVersion: opts.flinkVersion ?? '1.20', clock: 'real', timing });
    t.dir = opts.files ? projectFiles(opts.files) : copyRepo(LOCAL_PROJECT);
    t.env = { FLINKOPS_JOBMANAGER_URL: t.sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: t.sim.gatewayUrl };
    t.base = ['--dir', t.dir, '--env', 'local'];
  });
  afterAll(async () => {
    await t.sim?.close();
    if (t.dir) rmSync(t.dir, { recursive: true, force: true });
  });
  return t;
}

/**
 * What a user does by hand: copyRepo's job through the SQL Gateway at `gatewayUrl` under
 * `pipelineName`, without flinkops labels (unless `config` sets them). Returns once the gateway has
 * submitted it.
 */
export async function submitByHand(
  gatewayUrl: string,
  pipelineName: string,
  config: Record<string, string> = {},
): Promise<void> {
  const call = async <T>(path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${gatewayUrl}/v1${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(res.ok, `${path}: ${res.status}`).toBe(true);
    return (await res.json()) as T;
  };
  const { sessionHandle } = await call<{ sessionHandle: string }>('/sessions', {});
  const run = async (statement: string, executionConfig?: Record<string, string>) => {
    const { operationHandle } = await call<{ operationHandle: string }>(
      `/sessions/${sessionHandle}/statements`,
      { statement, ...(executionConfig ? { executionConfig } : {}) },
    );
    for (;;) {
      const { status } = await call<{ status: string }>(
        `/sessions/${sessionHandle}/operations/${operationHandle}/status`,
      );
      if (status === 'FINISHED') return;
      expect(['RUNNING', 'PENDING', 'INITIALIZED']).toContain(status);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  await run(
    "CREATE TEMPORARY TABLE events (id BIGINT, k INT, v INT) WITH ('connector' = 'datagen', 'rows-per-second' = '5')",
  );
  await run("CREATE TEMPORARY TABLE sink_rows (id BIGINT, v INT) WITH ('connector' = 'blackhole')");
  await run('INSERT INTO sink_rows SELECT id, v FROM events', {
    'pipeline.name': pipelineName,
    'parallelism.default': '1',
    ...config,
  });
}

/** A project of `files` (path → text) in a new temporary folder. */
function projectFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-ops-'));
  writeFiles(dir, files);
  return dir;
}

/** Writes `files` (path → text) under `dir`, with the folders they need. */
function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/**
 * `flinkops plan` of the local environment in-process (EXPLAIN on), for tests that read the plan's
 * changes and diagnostics as data; `client` wraps the client a test stages answers on.
 */
export async function planLocal(t: LocalSim, client?: PlanRunOptions['client']): Promise<PlanRun> {
  const run = await runPlan({
    dir: t.dir,
    env: 'local',
    envVars: t.env,
    secrets: {},
    offline: false,
    allowDelete: false,
    explain: true,
    clock: systemClock,
    store: (project, e) => new FileStateStore({ dir: t.dir, project, env: e }),
    ...(client ? { client } : {}),
  });
  await run.client?.close();
  return run;
}
