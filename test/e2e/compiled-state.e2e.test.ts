/**
 * The state verdict of a change to a job in planMode: compiled comes from the two compiled plans
 * (their ExecNode uids), and Flink's own restore agrees: a restart of the same plan keeps the
 * state; a SQL change recompiles the plan, the gateway numbers its ExecNodes anew, and the state
 * of the aggregate is dropped (the restore fails, flinkops rolls back, and allowNonRestoredState
 * lets it start without that state). A running script job switched to planMode: compiled loses its
 * state too (its operator ids come from the stream graph, the plan's from ExecNode uids): the plan
 * says so and Flink refuses the restore. FLINKOPS_COMPILED_FIXTURES=DIR keeps the plans for unit tests.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { COUNT_BY_KEY, eventsSource, jobYaml } from './fixtures';
import {
  apply,
  describeOn,
  flinkAtLeast,
  flinkLine,
  flinkops,
  localPath,
  makeRepo,
  type Repo,
  restoredFrom,
  scratch,
  unfinished,
} from './support';

const EVENTS = eventsSource(5, 4);
const COUNTS = `kind: sink
connector: blackhole
columns:
  - { name: k, type: INT, nullable: false }
  - { name: c, type: BIGINT }
primaryKey: [k]
`;

interface Change {
  job: string;
  action: string;
  compatibility?: {
    verdict: string;
    source?: string;
    operators?: { name: string; id: string; state: string }[];
  };
  compiledPlan?: { path: string };
}

/** A repository of the count-by-key job, removed from the shared cluster when its tests end. */
function countsRepo(name: string, opts: Parameters<typeof makeRepo>[2]): () => Repo {
  let repo: Repo;
  beforeAll(() => {
    repo = makeRepo(name, {}, opts);
    repo.write({
      'tables/events.yaml': EVENTS,
      'tables/counts.yaml': COUNTS,
      'jobs/counts.sql': COUNT_BY_KEY,
    });
  });
  afterAll(async () => {
    // Nothing of this test keeps running on the shared cluster.
    repo.write({ 'jobs/counts.sql': null, 'jobs/counts.yaml': null });
    await apply(repo, ['--allow-delete']);
    repo.cleanup();
  });
  return () => repo;
}

/** Flink's answer: the running job, restored from the upgrade's savepoint or not. */
async function restoredTheUpgradeSavepoint(repo: Repo): Promise<boolean> {
  const rec = repo.state().jobs.counts!;
  const upgrade = rec.savepoints.filter((s) => s.kind === 'upgrade').at(-1)!.path;
  return (await restoredFrom(repo.cluster, rec.current!.jobId)) === upgrade;
}

/** Flink 1.18's raw format reads a plan file back wrong: planMode: compiled needs 1.19 or later. */
const compiles = flinkAtLeast('1.19');

/** Why the scenarios of a compiled plan do not run on 1.18. */
const NEEDS_119 = 'planMode: compiled needs Flink 1.19 or later (FO670; the FO670 scenario runs instead)';

describeOn(
  compiles,
  NEEDS_119,
  `planMode: compiled, a SQL change on Flink ${flinkLine()}: the plans' verdict and Flink's restore`,
  () => {
    const shared = scratch('compiled-state');
    const keep = process.env.FLINKOPS_COMPILED_FIXTURES;
    const repoOf = countsRepo('cstate', {
      defaults: ['planMode: compiled'],
      env: [`planDir: file://${shared}/plans`],
    });

    async function plan(name: string): Promise<Change> {
      const repo = repoOf();
      const r = await flinkops(repo, ['plan', '--env', 'local', '--json']);
      expect(r.code, r.out).toBe(0);
      const change = (JSON.parse(r.stdout) as { changes: Change[] }).changes.find((c) => c.job === 'counts')!;
      if (keep && change.compiledPlan) {
        mkdirSync(join(keep, flinkLine()), { recursive: true });
        copyFileSync(localPath(change.compiledPlan.path), join(keep, flinkLine(), `${name}.json`));
      }
      return change;
    }

    it('creates the job from its compiled plan', async () => {
      const repo = repoOf();
      await plan('base');
      const r = await apply(repo);
      expect(r.code, r.out).toBe(0);
    });

    it('a runtime setting changes: the job restarts from the same plan: compatible, and Flink restores the state', async () => {
      const repo = repoOf();
      repo.write({ 'jobs/counts.yaml': jobYaml(['config:', '  execution.checkpointing.interval: 2 s']) });
      const change = await plan('same');
      expect(change.action).toBe('upgrade');
      expect(change.compatibility).toMatchObject({ verdict: 'compatible', source: 'flink' });
      const r = await apply(repo);
      expect(r.code, r.out).toBe(0);
      expect(await restoredTheUpgradeSavepoint(repo)).toBe(true);
    });

    it('a SQL change recompiles the plan with new ExecNode ids: drops-state, and Flink refuses the restore until allowNonRestoredState', async () => {
      const repo = repoOf();
      repo.write({
        'jobs/counts.sql': COUNT_BY_KEY.replace('GROUP BY k;', 'GROUP BY k\nHAVING COUNT(*) > 0;'),
      });
      const change = await plan('having');
      expect(change.compatibility).toMatchObject({ verdict: 'drops-state', source: 'flink' });
      const dropped = change.compatibility!.operators!.find((o) => o.state === 'dropped')!;
      expect(dropped).toMatchObject({
        name: 'GroupAggregate (k)',
        id: expect.stringMatching(/^\d+_group-aggregate$/),
      });
      const refused = await apply(repo);
      expect(refused.code, refused.out).not.toBe(0);
      // Flink's own refusal names the uid the plan said is dropped.
      expect(refused.out).toMatch(/Cannot map checkpoint\/savepoint state/);
      expect(refused.out).toContain(dropped.id);
      expect(refused.out).toMatch(/rolled back/i);
      expect(await restoredTheUpgradeSavepoint(repo)).toBe(true);
      repo.write({
        'jobs/counts.yaml': jobYaml([
          'allowNonRestoredState: true',
          'config:',
          '  execution.checkpointing.interval: 2 s',
        ]),
      });
      const r = await apply(repo);
      expect(r.code, r.out).toBe(0);
      expect(await restoredTheUpgradeSavepoint(repo)).toBe(true);
    });
  },
);

describeOn(
  compiles,
  NEEDS_119,
  `planMode: compiled of a SQL client script (its own plain CREATE TABLEs) on Flink ${flinkLine()}`,
  () => {
    const shared = scratch('compiled-client');
    let repo: Repo;
    beforeAll(() => {
      repo = makeRepo(
        'cclient',
        {},
        { defaults: ['planMode: compiled'], env: [`planDir: file://${shared}/plans`] },
      );
      repo.write({
        'jobs/client_counts.sql': [
          "CREATE TABLE events (k INT, v INT) WITH ('connector' = 'datagen', 'rows-per-second' = '5', 'fields.k.min' = '0', 'fields.k.max' = '3');",
          "CREATE TABLE counts (k INT, c BIGINT) WITH ('connector' = 'blackhole');",
          'INSERT INTO counts SELECT k, COUNT(*) AS c FROM events GROUP BY k;',
          '',
        ].join('\n'),
      });
    });
    afterAll(async () => {
      repo.write({ 'jobs/client_counts.sql': null });
      await apply(repo, ['--allow-delete']);
      repo.cleanup();
    });

    it("the gateway compiles it in a session holding the script's tables, and the job starts from that plan", async () => {
      const r = await apply(repo);
      expect(r.code, r.out).toBe(0);
      expect(r.out).not.toMatch(/FO640/);
      const current = repo.state().jobs.client_counts!.current as { jobId: string; plan?: { path: string } };
      // The plan file Flink wrote, on disk, is the one the running job was started from.
      expect(current.plan?.path).toMatch(/\.json$/);
      expect(existsSync(localPath(current.plan!.path))).toBe(true);
      const [job] = await unfinished(repo, `${repo.project}.`);
      expect(job).toMatchObject({ jid: current.jobId, state: 'RUNNING' });
    });
  },
);

describeOn(
  compiles,
  NEEDS_119,
  `a running job switched from script mode to planMode: compiled on Flink ${flinkLine()}: drops-state, as Flink's restore says`,
  () => {
    const shared = scratch('compiled-switch');
    const repoOf = countsRepo('cswitch', { env: [`planDir: file://${shared}/plans`] });

    it('the script job runs; switched to a compiled plan, the plan says its state is dropped and Flink refuses the restore until allowNonRestoredState', async () => {
      const repo = repoOf();
      const created = await apply(repo);
      expect(created.code, created.out).toBe(0);
      const scriptJob = repo.state().jobs.counts!.current!.jobId;

      repo.write({ 'jobs/counts.yaml': jobYaml(['planMode: compiled']) });
      const r = await flinkops(repo, ['plan', '--env', 'local', '--json']);
      expect(r.code, r.out).toBe(0);
      const change = (JSON.parse(r.stdout) as { changes: Change[] }).changes.find((c) => c.job === 'counts')!;
      expect(change.action).toBe('upgrade');
      expect(change.compatibility).toMatchObject({ verdict: 'drops-state', source: 'flink' });

      const refused = await apply(repo);
      expect(refused.code, refused.out).not.toBe(0);
      // Flink's own answer: the script job's operator state has no operator of the plan to go to.
      expect(refused.out).toMatch(/Cannot map checkpoint\/savepoint state/);
      expect(refused.out).toMatch(/rolled back/i);
      expect(repo.state().jobs.counts!.current!.jobId).not.toBe(scriptJob);
      expect((repo.state().jobs.counts!.current as { plan?: unknown }).plan).toBeUndefined();
      expect(await restoredTheUpgradeSavepoint(repo)).toBe(true);

      repo.write({ 'jobs/counts.yaml': jobYaml(['planMode: compiled', 'allowNonRestoredState: true']) });
      const ok = await apply(repo);
      expect(ok.code, ok.out).toBe(0);
      expect(await restoredTheUpgradeSavepoint(repo)).toBe(true);
      expect((repo.state().jobs.counts!.current as { plan?: unknown }).plan).toBeDefined();
    });
  },
);

describeOn(
  !compiles,
  'FO670 refuses planMode: compiled only on releases before 1.19: runs in the 1.18 run',
  `planMode: compiled on Flink ${flinkLine()}: refused, nothing started`,
  () => {
    const shared = scratch('compiled-old');
    const repoOf = countsRepo('cold', {
      defaults: ['planMode: compiled'],
      env: [`planDir: file://${shared}/plans`],
    });

    it('plan refuses the setting before compiling anything, and apply starts nothing', async () => {
      const repo = repoOf();
      const r = await flinkops(repo, ['plan', '--env', 'local']);
      expect(r.code, r.out).toBe(1);
      // Flink 1.18.1's raw format reads a plan file back wrong (every row the file's last line once,
      // a few of its lines another time): the setting is refused at the release the cluster reports.
      expect(r.out).toMatch(
        /FO670: job counts has planMode: compiled, which needs Flink 1\.19 or later: the cluster runs Flink 1\.18/,
      );
      const refused = await apply(repo);
      expect(refused.code, refused.out).not.toBe(0);
      expect(refused.out).toContain('FO670');
      expect(await unfinished(repo, `${repo.project}.`)).toEqual([]);
      // The gateway was never asked to compile: no plan file on disk.
      expect(existsSync(join(shared, 'plans'))).toBe(false);
    });
  },
);
