/**
 * A fleet moves from Flink 1.20 to the newest release, two real clusters side by side sharing a
 * savepoint directory and a planDir, in one change of flinkops.yaml: the environment points at
 * the new cluster and `moveFrom` names the old one. A plan file the new release refuses is
 * reported before anything stops (both jobs keep running on 1.20). Then one apply stops the job
 * in planMode: compiled with a savepoint on 1.20 and starts it on the new release from the same
 * compiled plan and that savepoint: Flink reports the restore and its aggregate keeps counting
 * where it stopped (the print sink's rows in the TaskManagers' output). The same job in script
 * mode stays on 1.20 until the move is confirmed. Runs in the 2.2 and 2.3 runs only: it
 * starts the 1.20 cluster itself and always stops it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { start } from '../../scripts/flink/cluster.mjs';
import { COUNT_BY_KEY, eventsSource, jobYaml } from './fixtures';
import type { E2eCluster } from './global-setup';
import { stopRun } from './runs';
import {
  apply,
  clusters,
  describeOn,
  flinkops,
  makeRepo,
  type Repo,
  rest,
  restoredFrom,
  scratch,
  waitFor,
} from './support';

const OLD = '1.20';
/** The run's own line: the move is tried to 2.2 (the newest CI runs) and to any newer line asked for. */
const NEWEST = clusters().version.split('.').slice(0, 2).join('.');
const newest = ['2.2', '2.3'].includes(NEWEST);

/** 5 rows a second over keys 0..3: every key's count grows by about one a second. */
const EVENTS = eventsSource(5, 4);
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

describeOn(
  newest,
  `moves jobs from Flink ${OLD} to a newer line: runs in the 2.2 and 2.3 runs`,
  `moving jobs from Flink ${OLD} to ${NEWEST}`,
  () => {
    const name = `e2e-move-${OLD}-${process.pid}`;
    let old: E2eCluster;
    let repo: Repo;
    const shared = scratch('move');
    const ids = { compiled: '', script: '' };

    const yaml = (cluster: E2eCluster, moveFrom?: E2eCluster, withGateway = false) =>
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
        ...(moveFrom
          ? [
              `    moveFrom: { jobmanagerUrl: ${moveFrom.jobmanagerUrl}${withGateway ? `, sqlGatewayUrl: ${moveFrom.gatewayUrl}` : ''} }`,
            ]
          : []),
        '',
      ].join('\n');

    beforeAll(async () => {
      try {
        old = await start({ version: OLD, name, scheduler: 'default', slots: 4 });
      } catch (e) {
        await stopRun(name).catch(() => {});
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
      await stopRun(name).catch(() => {});
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

    const ours = async (cluster: E2eCluster) => {
      const { jobs } = await rest<{ jobs: { id: string; name: string; state: string }[] }>(
        cluster,
        '/jobs/overview',
      );
      return jobs.filter((j) => j.name.startsWith(`${repo.project}.`));
    };
    const runningOn = async (cluster: E2eCluster) =>
      (await ours(cluster))
        .filter((j) => j.state === 'RUNNING')
        .map((j) => j.name.split('.').at(-1))
        .sort();

    it(`a plan file ${NEWEST} refuses is reported before anything stops: both jobs keep running on ${OLD}`, async () => {
      repo.write({ 'flinkops.yaml': yaml(clusters().adaptive, old) });
      const rec = repo.state().jobs.compiled_counts as unknown as { current: { plan: { path: string } } };
      const file = rec.current.plan.path.replace(/^file:\/\//, '');
      const bytes = readFileSync(file, 'utf8');
      // An ExecNode version no release supports, as a release that dropped one would see the plan.
      const broken = bytes.replace(/"type" : "stream-exec-([a-z-]+)_\d+"/, '"type" : "stream-exec-$1_99"');
      expect(broken).not.toBe(bytes);
      writeFileSync(file, broken);
      try {
        const plan = await flinkops(repo, ['plan', '--env', 'local', '--json']);
        const parsed = JSON.parse(plan.stdout) as {
          changes: {
            job: string;
            action: string;
            move?: { from: string };
            refused?: { code: string; detail: string };
          }[];
        };
        const byJob = Object.fromEntries(parsed.changes.map((c) => [c.job, c]));
        expect(byJob.compiled_counts, plan.out).toMatchObject({
          action: 'upgrade',
          move: { from: old.jobmanagerUrl },
          refused: { code: 'FO640' },
        });
        // Flink's own refusal, from the new release's gateway.
        expect(byJob.compiled_counts!.refused!.detail).toContain(`Cannot load Plan from file '${file}'`);
        expect(byJob.compiled_counts!.refused!.detail).toContain(
          `Nothing was stopped. Keep the job on Flink ${OLD}`,
        );
        expect(byJob.script_counts!.refused?.code).toBe('FO641');
        expect(byJob.script_counts!.refused?.detail).toContain('moveFrom.sqlGatewayUrl');
        const r = await apply(repo);
        expect(r.code, r.out).toBe(0);
      } finally {
        writeFileSync(file, bytes);
      }
      expect(await runningOn(old)).toEqual(['compiled_counts', 'script_counts']);
      expect(await ours(clusters().adaptive)).toEqual([]);
    });

    it(`plans the move to ${NEWEST}: the compiled job keeps its state, the script job waits for a confirmation`, async () => {
      const plan = await flinkops(repo, ['plan', '--env', 'local']);
      expect(plan.code, plan.out).toBe(0);
      expect(plan.stdout).toMatch(
        new RegExp(
          `compiled_counts will be upgraded[\\s\\S]*?moves from\\s+${old.jobmanagerUrl.replace(/[.:/]/g, '\\$&')}[\\s\\S]*?version\\s+Flink ${OLD} → ${NEWEST}: state compatible`,
        ),
      );
      expect(plan.stdout).toMatch(
        new RegExp(
          `script_counts will be upgraded[\\s\\S]*?version\\s+Flink ${OLD} → ${NEWEST}: state unknown[\\s\\S]*?refused\\s+FO641`,
        ),
      );
    });

    it(`one apply stops the compiled job with a savepoint on ${OLD} and starts it on ${NEWEST} from the same plan and savepoint; its counts go on`, async () => {
      const before = printed(old, ids.compiled);
      const r = await apply(repo);
      expect(r.code, r.out).toBe(0);
      const state = repo.state();
      const rec = state.jobs.compiled_counts!;
      const savepoint = rec.savepoints.at(-1)!.path;
      // Flink's own answers: the 1.20 job finished with that savepoint, the new job restored it.
      const left = (await ours(old)).find((j) => j.name.endsWith('.compiled_counts'))!;
      expect(left.state).toBe('FINISHED');
      expect(existsSync(savepoint.replace(/^file:(\/\/)?/, ''))).toBe(true);
      expect(await restoredFrom(clusters().adaptive, rec.current!.jobId)).toBe(savepoint);
      const current = (
        state.jobs.compiled_counts as unknown as { current: { plan: { path: string }; flinkVersion: string } }
      ).current;
      expect(current.flinkVersion).toBe(NEWEST);
      // The same plan file: written once by the 1.20 gateway, executed by the new one.
      expect(JSON.parse(readFileSync(current.plan.path.replace(/^file:\/\//, ''), 'utf8')).flinkVersion).toBe(
        OLD,
      );
      // The script job was not confirmed: it still runs on the old cluster, untouched.
      expect(await runningOn(old)).toEqual(['script_counts']);
      expect(await runningOn(clusters().adaptive)).toEqual(['compiled_counts']);
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

    it(`with the old cluster's gateway named, ${OLD}'s and ${NEWEST}'s planners judge the script job: compatible, and it moves without a confirmation`, async () => {
      repo.write({ 'flinkops.yaml': yaml(clusters().adaptive, old, true) });
      const plan = await flinkops(repo, ['plan', '--env', 'local', '--json']);
      expect(plan.code, plan.out).toBe(0);
      const change = (
        JSON.parse(plan.stdout) as {
          changes: {
            job: string;
            refused?: unknown;
            compatibility?: { verdict: string; source: string };
            versionUpgrade?: { verdict: string; findings: string[] };
          }[];
        }
      ).changes.find((c) => c.job === 'script_counts')!;
      expect(change.compatibility).toMatchObject({ verdict: 'compatible', source: 'flink' });
      expect(change.versionUpgrade?.verdict).toBe('compatible');
      expect(change.versionUpgrade?.findings[0]).toContain(`Flink ${OLD}'s planner (the cluster being left)`);
      expect(change.refused).toBeUndefined();
      const r = await apply(repo);
      expect(r.code, r.out).toBe(0);
      // Flink's own answer agrees: the job on the new release restored the savepoint without
      // allowNonRestoredState.
      const rec = repo.state().jobs.script_counts!;
      expect(await restoredFrom(clusters().adaptive, rec.current!.jobId)).toBe(rec.savepoints.at(-1)!.path);
      expect(await runningOn(old)).toEqual([]);
      expect(await runningOn(clusters().adaptive)).toEqual(['compiled_counts', 'script_counts']);
      const done = await flinkops(repo, ['plan', '--env', 'local']);
      expect(done.code, done.out).toBe(0);
      expect(done.out).toContain('FO647');
      expect(done.stdout).toContain('No changes.');
    });
  },
);
