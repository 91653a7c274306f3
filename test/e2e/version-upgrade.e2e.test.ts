/**
 * A fleet moves from Flink 1.20 to the newest release, two real clusters side by side sharing a
 * savepoint directory and a planDir. The job in planMode: compiled is suspended on 1.20 and
 * resumed on the new release from the same compiled plan and savepoint: Flink reports the restore
 * and its aggregate keeps counting where it stopped (the print sink's rows in the TaskManager's
 * output). The same job in script mode is refused until the move is confirmed. Runs in the
 * newest version's run only: it starts the 1.20 cluster itself and always stops it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { start, stop } from '../../scripts/flink/cluster.mjs';
import { COUNT_BY_KEY, jobYaml } from './fixtures';
import type { E2eCluster } from './global-setup';
import {
  apply,
  clusters,
  flinkops,
  makeRepo,
  type Repo,
  rest,
  restoredFrom,
  scratch,
  waitFor,
} from './support';

const NEWEST = '2.2';
const OLD = '1.20';
const newest = clusters().version.startsWith(NEWEST);

/** 5 rows a second over keys 0..3: every key's count grows by about one a second. */
const EVENTS = `kind: source
connector: datagen
columns:
  - { name: id, type: BIGINT }
  - { name: k, type: INT }
  - { name: v, type: INT }
with:
  rows-per-second: "5"
  fields.k.min: "0"
  fields.k.max: "3"
`;
const printSink = (id: string) => `kind: sink
connector: print
columns:
  - { name: k, type: INT, nullable: false }
  - { name: c, type: BIGINT }
primaryKey: [k]
with:
  sink.parallelism: "1"
  print-identifier: ${id}
`;

/** Counts a print sink wrote to a cluster's TaskManager output, per key, in order. */
function printed(cluster: { dir: string }, id: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const file = join(cluster.dir, 'log', 'taskmanager-0.out');
  if (!existsSync(file)) return out;
  const row = new RegExp(`^${id}> [+][IU]\\[(\\d+), (\\d+)\\]`);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = row.exec(line);
    if (!m) continue;
    const list = out.get(Number(m[1])) ?? [];
    list.push(Number(m[2]));
    out.set(Number(m[1]), list);
  }
  return out;
}

const last = (m: Map<number, number[]>, k: number) => m.get(k)?.at(-1) ?? 0;

describe.runIf(newest)(`moving jobs from Flink ${OLD} to ${NEWEST}`, () => {
  const name = `e2e-move-${OLD}-${process.pid}`;
  let old: E2eCluster;
  let repo: Repo;
  const shared = scratch('move');
  const ids = { compiled: '', script: '' };

  const yaml = (cluster: E2eCluster, state = '') =>
    [
      `project: ${repo.project}`,
      `flinkVersion: "${OLD}"`,
      'defaults:',
      '  config:',
      '    execution.checkpointing.interval: 1 s',
      'environments:',
      '  local:',
      `    jobmanagerUrl: ${cluster.jobmanagerUrl}`,
      `    sqlGatewayUrl: ${cluster.gatewayUrl}`,
      `    savepointDir: file://${shared}/savepoints`,
      `    planDir: file://${shared}/plans`,
      ...(state ? [`    state: ${state}`] : []),
      '',
    ].join('\n');

  beforeAll(async () => {
    try {
      old = await start({ version: OLD, name, scheduler: 'default', slots: 4 });
    } catch (e) {
      await stop(name).catch(() => {});
      throw e;
    }
    repo = makeRepo('move', {});
    ids.compiled = `${repo.project}_compiled`;
    ids.script = `${repo.project}_script`;
    repo.write({
      'flinkops.yaml': yaml(old),
      'tables/events.yaml': EVENTS,
      'tables/compiled_sink.yaml': printSink(ids.compiled),
      'tables/script_sink.yaml': printSink(ids.script),
      'jobs/compiled_counts.sql': COUNT_BY_KEY.replace('INSERT INTO counts', 'INSERT INTO compiled_sink'),
      'jobs/compiled_counts.yaml': jobYaml(['planMode: compiled']),
      'jobs/script_counts.sql': COUNT_BY_KEY.replace('INSERT INTO counts', 'INSERT INTO script_sink'),
    });
  }, 300_000);

  afterAll(async () => {
    await stop(name).catch(() => {});
    repo?.cleanup();
  });

  it(`runs both jobs on ${OLD}, the compiled one from the plan the gateway wrote`, async () => {
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const rec = repo.state().jobs.compiled_counts as unknown as {
      current: { plan: { path: string; json: string }; flinkVersion: string };
    };
    expect(rec.current.flinkVersion).toBe(OLD);
    // The state store's copy is the file Flink wrote, byte for byte.
    const file = rec.current.plan.path.replace(/^file:\/\//, '');
    expect(readFileSync(file, 'utf8')).toBe(rec.current.plan.json);
    expect(JSON.parse(rec.current.plan.json).flinkVersion).toBe(OLD);
    await waitFor(
      'counts on the old cluster',
      async () => (last(printed(old, ids.compiled), 0) >= 10 ? true : undefined),
      180_000,
    );
  });

  it(`suspends the environment on ${OLD}: every job stops with a savepoint`, async () => {
    repo.write({ 'flinkops.yaml': yaml(old, 'suspended') });
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const { jobs } = await rest<{ jobs: { name: string; state: string }[] }>(old, '/jobs/overview');
    expect(jobs.filter((j) => j.name.startsWith(`${repo.project}.`)).map((j) => j.state)).toEqual([
      'FINISHED',
      'FINISHED',
    ]);
  });

  it(`plans the move to ${NEWEST}: the compiled job keeps its state, the script job waits for a confirmation`, async () => {
    repo.write({ 'flinkops.yaml': yaml(clusters().adaptive) });
    const plan = await flinkops(repo, ['plan', '--env', 'local']);
    expect(plan.code, plan.out).toBe(0);
    expect(plan.stdout).toMatch(
      new RegExp(
        `compiled_counts will be resumed[\\s\\S]*?version\\s+Flink ${OLD} → ${NEWEST}: state compatible`,
      ),
    );
    expect(plan.stdout).toMatch(
      new RegExp(
        `script_counts will be resumed[\\s\\S]*?version\\s+Flink ${OLD} → ${NEWEST}: state unknown[\\s\\S]*?refused\\s+FO641`,
      ),
    );
  });

  it(`starts the compiled job on ${NEWEST} from the same plan and savepoint, its counts go on; the script job stays suspended`, async () => {
    const before = printed(old, ids.compiled);
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const state = repo.state();
    const rec = state.jobs.compiled_counts!;
    // Flink's own answer: the new job restored the savepoint the 1.20 job wrote.
    expect(await restoredFrom(clusters().adaptive, rec.current!.jobId)).toBe(rec.savepoints.at(-1)!.path);
    const current = (
      state.jobs.compiled_counts as unknown as { current: { plan: { path: string }; flinkVersion: string } }
    ).current;
    expect(current.flinkVersion).toBe(NEWEST);
    // The same plan file: written once by the 1.20 gateway, executed by the new one.
    expect(JSON.parse(readFileSync(current.plan.path.replace(/^file:\/\//, ''), 'utf8')).flinkVersion).toBe(
      OLD,
    );
    expect(state.jobs.script_counts!.status).toBe('suspended');
    const { jobs } = await rest<{ jobs: { name: string }[] }>(clusters().adaptive, '/jobs/overview');
    expect(jobs.filter((j) => j.name === `${repo.project}.local.script_counts`)).toEqual([]);
    // The first count the new cluster prints for each key continues the old one.
    const after = await waitFor(
      'counts on the new cluster',
      async () => {
        const p = printed(clusters().adaptive, ids.compiled);
        return [0, 1, 2, 3].every((k) => (p.get(k)?.length ?? 0) > 0) ? p : undefined;
      },
      180_000,
    );
    for (const k of [0, 1, 2, 3]) expect(after.get(k)![0]).toBeGreaterThan(last(before, k));
  });

  it('with --allow-version-upgrade the script job is re-planned by the new release and restores its savepoint', async () => {
    const r = await apply(repo, ['--allow-version-upgrade']);
    expect(r.code, r.out).toBe(0);
    const rec = repo.state().jobs.script_counts!;
    expect(await restoredFrom(clusters().adaptive, rec.current!.jobId)).toBe(rec.savepoints.at(-1)!.path);
  });
});
