/**
 * planMode: compiled end to end on two simulators, 1.20 and 2.2, sharing a savepoint directory
 * and a planDir: the plan is compiled through the gateway and kept byte for byte, the job runs
 * from EXECUTE PLAN, and the move to 2.2 (one apply: `moveFrom` names the 1.20 cluster) restores
 * the same plan from the same savepoint; a script-mode job's move is refused until confirmed, a
 * plan 2.2 refuses stops nothing, and a repointed environment does not recover a job twice.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameMeaningPlan } from '../src/engine/compile-plans';
import { parsePlanJson } from '../src/plan/plan-file';
import { renderPlanJson, renderPlanMarkdown, renderPlanTerminal } from '../src/render';
import type { Simulator } from '../src/sim';
import { analyzeScript } from '../src/sql';
import { COUNT_FILES, type MoveBed, moveBed, planDirProject } from './support/sim-plan';

const PROJECT = (state: string) => planDirProject('up', state);
const COUNT = COUNT_FILES.COUNT;

let old: Simulator;
let next: Simulator;
let storage: MoveBed['storage'];
let dir: string;
let bed: MoveBed;

function write(state = '') {
  writeFileSync(join(dir, 'flinkops.yaml'), PROJECT(state));
}

beforeAll(async () => {
  ({ old, next, storage, dir } = bed = await moveBed('flinkops-compiled-'));
  write();
});
afterAll(() => bed.close());

const plan = (
  sim: Simulator,
  opts: { allowVersionUpgrade?: boolean; writePlans?: boolean; keepPrevious?: boolean } = {},
) => bed.plan(sim, opts);
const apply = (sim: Simulator, opts: { allowVersionUpgrade?: boolean } = {}) => bed.apply(sim, opts);

const running = (sim: Simulator) =>
  sim.control
    .snapshot()
    .jobs.filter((j) => j.state === 'RUNNING')
    .map((j) => j.name)
    .sort();

describe('planMode: compiled', () => {
  it('compiles through the gateway, starts with EXECUTE PLAN and keeps the exact bytes', async () => {
    const { run, report } = await apply(old);
    expect(report.changes.map((c) => [c.job, c.action, c.outcome])).toEqual([
      ['compiled_counts', 'create', 'applied'],
      ['script_counts', 'create', 'applied'],
    ]);
    const change = run.plan!.changes.find((c) => c.job === 'compiled_counts')!;
    const path = change.compiledPlan!.path;
    expect(path).toMatch(/^file:\/\/\/shared\/plans\/up\/prod\/compiled_counts\/[0-9a-f]{16}\.json$/);
    // The gateway's file and the store's copy are the same bytes.
    const file = storage.planFiles.get(path)!.json;
    // Read back once, by the plan: the apply starts the job from the bytes that read found (each
    // read is a local job in the gateway's JVM, whose metaspace a real gateway keeps).
    expect(storage.planFiles.get(path)!.reads).toBe(1);
    const doc = (await bed.store()!.read()).doc;
    expect(doc.jobs.compiled_counts!.current!.plan!.json).toBe(file);
    expect(doc.jobs.compiled_counts!.current!.flinkVersion).toBe('1.20');
    expect(doc.jobs.script_counts!.current!.plan).toBeUndefined();
    expect(running(old)).toEqual(['up.prod.compiled_counts', 'up.prod.script_counts']);
    // Nothing changed: the next plan converges without recompiling.
    const again = await plan(old);
    await again.client?.close();
    expect(again.plan!.changes.map((c) => c.action)).toEqual(['none', 'none']);
  });

  it('keeps a reviewable copy under plans/<env>/ with the same bytes, and flags one that differs', async () => {
    const copy = join(dir, 'plans/prod/compiled_counts.json');
    const written = await plan(old, { writePlans: true });
    await written.client?.close();
    const path = written.plan!.changes.find((c) => c.job === 'compiled_counts')!.compiledPlan!.path;
    expect(readFileSync(copy, 'utf8')).toBe(storage.planFiles.get(path)!.json);
    expect(existsSync(join(dir, 'plans/prod/script_counts.json'))).toBe(false);
    writeFileSync(copy, '{ "edited": true }');
    const stale = await plan(old);
    await stale.client?.close();
    const d = stale.diags.find((x) => x.code === 'FO644');
    expect(d?.range?.file).toBe('plans/prod/compiled_counts.json');
    expect(stale.plan!.changes.map((c) => c.action)).toEqual(['none', 'none']);
    rmSync(join(dir, 'plans'), { recursive: true });
  });

  it('a SQL change re-compiles and the plan names the ExecNodes that changed', async () => {
    writeFileSync(join(dir, 'jobs/compiled_counts.sql'), COUNT.replace('COUNT(*)', 'COUNT(id)'));
    const run = await plan(old);
    await run.client?.close();
    const change = run.plan!.changes.find((c) => c.job === 'compiled_counts')!;
    expect(change.action).toBe('upgrade');
    expect(change.sqlDiff).toContain('COUNT(id)');
    expect(change.compiledPlan!.execNodes).toMatchObject({ added: [], removed: [] });
    expect(change.compiledPlan!.execNodes!.changed).toContainEqual(
      expect.stringMatching(
        /^stream-exec-group-aggregate_1: GroupAggregate\(groupBy=\[k\], select=\[k, COUNT\(id\)/,
      ),
    );
    // The recompiled plan numbers its ExecNodes anew, as a gateway does: the aggregate's state
    // gets another uid, and the verdict says it is dropped.
    expect(change.compatibility).toMatchObject({ verdict: 'drops-state', source: 'flink' });
    expect(change.compatibility!.operators).toContainEqual(
      expect.objectContaining({ name: 'GroupAggregate (k)', state: 'dropped' }),
    );
    // Judged from the two plans' ExecNodes, and said so (not "from Flink's stream graphs").
    const shown = renderPlanTerminal(run.plan!, { color: false });
    expect(shown).toMatch(/state\s+drops state \(from the compiled plans\)/);
    expect(renderPlanMarkdown(run.plan!)).toContain('(from the compiled plans)');
    const lost = run.plan!.diagnostics.find((d) => d.code === 'FO617')!;
    expect(lost.detail).toMatch(/carry the change in a new job\.$/);
    // Saved with plan --out, the plan reads back for apply FILE (its operators named by uid).
    const saved = parsePlanJson(renderPlanJson(run.plan!), 'plan.json');
    expect(saved.diags).toEqual([]);
    expect(
      saved.value!.changes.find((c) => c.job === 'compiled_counts')!.compatibility!.operators,
    ).toContainEqual(
      expect.objectContaining({ id: expect.stringMatching(/^\d+_group-aggregate$/), state: 'dropped' }),
    );
    // And the simulator restores as Flink does: by uid, so the new plan cannot take the state.
    try {
      const { report } = await apply(old);
      const r = report.changes.find((c) => c.job === 'compiled_counts')!;
      expect(r.outcome).toBe('rolled-back');
      expect(r.error).toMatch(/Cannot map checkpoint\/savepoint state for operator/);
      expect(running(old)).toEqual(['up.prod.compiled_counts', 'up.prod.script_counts']);
    } finally {
      writeFileSync(join(dir, 'jobs/compiled_counts.sql'), COUNT);
    }
  });

  it('a runtime setting restarts the job from the same plan, and its state is restored', async () => {
    writeFileSync(
      join(dir, 'jobs/compiled_counts.yaml'),
      'planMode: compiled\nconfig:\n  execution.checkpointing.interval: 2 s\n',
    );
    try {
      const { run, report } = await apply(old);
      const change = run.plan!.changes.find((c) => c.job === 'compiled_counts')!;
      expect(change.action).toBe('upgrade');
      expect(change.compatibility).toMatchObject({ verdict: 'compatible', source: 'flink' });
      expect(report.changes.find((c) => c.job === 'compiled_counts')?.outcome).toBe('applied');
      const doc = (await bed.store()!.read()).doc;
      const job = old.control
        .snapshot()
        .jobs.find((j) => j.jid === doc.jobs.compiled_counts!.current!.jobId)!;
      expect(job.restoredFrom).toBe(doc.jobs.compiled_counts!.savepoints.at(-1)!.path);
    } finally {
      writeFileSync(join(dir, 'jobs/compiled_counts.yaml'), 'planMode: compiled\n');
    }
    const back = await apply(old);
    expect(back.report.changes.find((c) => c.job === 'compiled_counts')?.outcome).toBe('applied');
  });

  it('a comment, spacing, keyword case or a name in backticks keeps the plan file and its state', async () => {
    const before = (await bed.store()!.read()).doc.jobs.compiled_counts!.current!.plan!.path;
    const spelled =
      '-- counts per key\ninsert into counts\n  select k, count(*) as c from events group by k;\n';
    writeFileSync(join(dir, 'jobs/compiled_counts.sql'), spelled);
    try {
      const run = await plan(old);
      await run.client?.close();
      const change = run.plan!.changes.find((c) => c.job === 'compiled_counts')!;
      expect(change.action).toBe('none');
      // A name quoted (as a release that reserves it wants): an upgrade from the same plan file.
      writeFileSync(join(dir, 'jobs/compiled_counts.sql'), COUNT.replace('GROUP BY k', 'GROUP BY `k`'));
      const { run: quoted, report } = await apply(old);
      const upgrade = quoted.plan!.changes.find((c) => c.job === 'compiled_counts')!;
      expect(upgrade.action).toBe('upgrade');
      expect(upgrade.compiledPlan!.path).toBe(before);
      expect(upgrade.compatibility).toMatchObject({ verdict: 'compatible' });
      expect(report.changes.find((c) => c.job === 'compiled_counts')?.outcome).toBe('applied');
      const doc = (await bed.store()!.read()).doc;
      const job = old.control
        .snapshot()
        .jobs.find((j) => j.jid === doc.jobs.compiled_counts!.current!.jobId)!;
      expect(job.restoredFrom).toBe(doc.jobs.compiled_counts!.savepoints.at(-1)!.path);
      expect(doc.jobs.compiled_counts!.current!.plan!.path).toBe(before);
    } finally {
      writeFileSync(join(dir, 'jobs/compiled_counts.sql'), COUNT);
    }
    const back = await apply(old);
    expect(back.report.changes.find((c) => c.job === 'compiled_counts')?.outcome).toBe('applied');
  });

  it('a spent restoreFrom taken out again restarts nothing', async () => {
    const pinned = (await bed.store()!.read()).doc.jobs.compiled_counts!.savepoints.at(-1)!.path;
    writeFileSync(join(dir, 'jobs/compiled_counts.yaml'), `planMode: compiled\nrestoreFrom: ${pinned}\n`);
    try {
      const { report } = await apply(old);
      expect(report.changes.find((c) => c.job === 'compiled_counts')?.outcome).toBe('applied');
    } finally {
      writeFileSync(join(dir, 'jobs/compiled_counts.yaml'), 'planMode: compiled\n');
    }
    const doc = (await bed.store()!.read()).doc;
    const job = old.control.snapshot().jobs.find((j) => j.jid === doc.jobs.compiled_counts!.current!.jobId)!;
    expect(job.restoredFrom).toBe(pinned);
    const again = await plan(old);
    await again.client?.close();
    expect(again.plan!.changes.map((c) => [c.job, c.action])).toEqual([
      ['compiled_counts', 'none'],
      ['script_counts', 'none'],
    ]);
  });

  it('a plan the new release refuses is reported before anything stops: the move waits on 1.20', async () => {
    write(`    moveFrom: { jobmanagerUrl: ${old.jobmanagerUrl} }\n`);
    // As if 2.2 no longer supported an ExecNode version of the plan.
    const path = (await bed.store()!.read()).doc.jobs.compiled_counts!.current!.plan!.path;
    const file = storage.planFiles.get(path)!;
    storage.planFiles.set(path, {
      ...file,
      json: file.json.replace('stream-exec-calc_1', 'stream-exec-calc_99'),
    });
    try {
      const { run, report } = await apply(next);
      const byJob = Object.fromEntries(run.plan!.changes.map((c) => [c.job, c]));
      expect(byJob.compiled_counts).toMatchObject({
        action: 'upgrade',
        move: { from: old.jobmanagerUrl, fromVersion: expect.stringMatching(/^1\.20/) },
        refused: { code: 'FO640' },
      });
      const refusal = run.plan!.diagnostics.find((d) => d.code === 'FO640')!;
      expect(refusal.summary).toBe(
        "job compiled_counts: Flink 2.2 refuses the compiled plan the job's state was written with",
      );
      expect(refusal.detail).toContain(
        `TableException: Cannot load Plan from file '${path.slice('file://'.length)}'.`,
      );
      expect(refusal.detail).toContain('JsonPlanGraph["nodes"]');
      expect(refusal.detail).toContain('Nothing was stopped. Keep the job on Flink 1.20');
      expect(byJob.script_counts!.refused?.code).toBe('FO641');
      expect(report.changes.map((c) => [c.job, c.outcome])).toEqual([
        ['compiled_counts', 'skipped'],
        ['script_counts', 'skipped'],
      ]);
    } finally {
      storage.planFiles.set(path, file);
    }
    // Nothing stopped on the old cluster, nothing started on the new one.
    expect(running(old)).toEqual(['up.prod.compiled_counts', 'up.prod.script_counts']);
    expect(running(next)).toEqual([]);
  });

  it('moves to Flink 2.2 in one apply: stopped with a savepoint on 1.20, started from it on 2.2 with the same plan; the script job moves once the planners of both releases judge it', async () => {
    const { run, report } = await apply(next);
    const byJob = Object.fromEntries(run.plan!.changes.map((c) => [c.job, c]));
    expect(byJob.compiled_counts).toMatchObject({
      action: 'upgrade',
      strategy: 'savepoint',
      move: { from: old.jobmanagerUrl },
      versionUpgrade: { from: '1.20', to: '2.2', verdict: 'compatible' },
    });
    expect(byJob.script_counts!.versionUpgrade).toMatchObject({ verdict: 'unknown' });
    expect(byJob.script_counts!.refused?.code).toBe('FO641');
    expect(byJob.script_counts!.refused?.detail).toContain('moveFrom.sqlGatewayUrl');
    expect(report.changes.find((c) => c.job === 'compiled_counts')?.outcome).toBe('applied');
    // Flink's own answer: the 1.20 job stopped with the savepoint the job on 2.2 restored.
    const doc = (await bed.store()!.read()).doc;
    const savepoint = doc.jobs.compiled_counts!.savepoints.at(-1)!;
    expect(savepoint.kind).toBe('upgrade');
    const left = old.control.snapshot().jobs.find((j) => j.name === 'up.prod.compiled_counts')!;
    expect(left.state).toBe('FINISHED');
    const moved = next.control.snapshot().jobs.find((j) => j.name === 'up.prod.compiled_counts')!;
    expect(moved.state).toBe('RUNNING');
    expect(moved.restoredFrom).toBe(savepoint.path);
    expect(doc.jobs.compiled_counts!.current!.flinkVersion).toBe('2.2');
    expect(doc.jobs.compiled_counts!.current!.plan!.sha256).toBe(byJob.compiled_counts!.compiledPlan!.sha256);
    expect(running(next)).toEqual(['up.prod.compiled_counts']);
    expect(running(old)).toEqual(['up.prod.script_counts']);

    // With the old cluster's gateway, each release's planner builds the script job's graph: the
    // verdict is the one Flink's restore gives, and no confirmation is needed.
    write(`    moveFrom: { jobmanagerUrl: ${old.jobmanagerUrl}, sqlGatewayUrl: ${old.gatewayUrl} }\n`);
    const judged = await apply(next);
    const script = judged.run.plan!.changes.find((c) => c.job === 'script_counts')!;
    expect(script.versionUpgrade).toMatchObject({ from: '1.20', to: '2.2', verdict: 'compatible' });
    expect(script.versionUpgrade!.findings[0]).toContain("Flink 1.20's planner (the cluster being left)");
    expect(script.compatibility).toMatchObject({ verdict: 'compatible', source: 'flink' });
    expect(script.refused).toBeUndefined();
    expect(judged.report.changes.find((c) => c.job === 'script_counts')?.outcome).toBe('applied');
    const restored = next.control.snapshot().jobs.find((j) => j.name === 'up.prod.script_counts')!;
    expect(restored.restoredFrom).toBe(
      (await bed.store()!.read()).doc.jobs.script_counts!.savepoints.at(-1)!.path,
    );
    expect(running(next)).toEqual(['up.prod.compiled_counts', 'up.prod.script_counts']);
    expect(running(old)).toEqual([]);

    const done = await plan(next);
    await done.client?.close();
    expect(done.plan!.changes.map((c) => c.action)).toEqual(['none', 'none']);
    expect(done.diags.find((d) => d.code === 'FO647')?.summary).toContain('the move is done');
  });

  it('an environment pointed at a cluster of another version without moveFrom does not recover its jobs there', async () => {
    write();
    const run = await plan(old);
    await run.client?.close();
    for (const c of run.plan!.changes) {
      expect(c.action).toBe('recover');
      expect(c.refused?.code).toBe('FO645');
    }
    expect(run.diags.find((d) => d.code === 'FO645')?.detail).toContain('moveFrom');
    // The jobs' state was written by 2.2 and this cluster runs 1.20: --allow-version-upgrade does
    // not make 1.20 read it (real 1.20.3: "Unrecognized checkpoint version number: 6"), so the
    // recoveries stay refused (FO665) until restoreFrom pins a savepoint 1.20 wrote.
    const confirmed = await plan(old, { allowVersionUpgrade: true });
    await confirmed.client?.close();
    for (const c of confirmed.plan!.changes) {
      expect(c.action).toBe('recover');
      expect(c.refused?.code).toBe('FO665');
    }
    expect(confirmed.diags.find((d) => d.code === 'FO665')?.detail).toContain('restoreFrom');
  });
});

describe('the plan file of a script spelled otherwise', () => {
  const script = (query: string) =>
    `SET 'execution.checkpointing.interval' = '5 s';\n\nCREATE TEMPORARY TABLE hi (k INT, c BIGINT) WITH ('connector' = 'blackhole');\n\n${query}\n`;
  const ran = {
    script: script(
      'INSERT INTO hi SELECT k, COUNT(*) FROM (SELECT k, v AS ordinal FROM orders) WHERE ordinal > 10 GROUP BY k;',
    ),
    flinkVersion: '1.20',
    plan: { path: 'file:///plans/p/prod/hi/0123456789abcdef.json' },
  };
  const now = (query: string) => analyzeScript(script(query), 'hi.sql', { flinkVersion: '2.2' }).statements;

  it('is the one the job ran from when a word 2.2 reserves is put in backticks', () => {
    const quoted = now(
      'INSERT INTO hi\nSELECT k, COUNT(*) FROM (SELECT k, v AS `ordinal` FROM orders) WHERE `ordinal` > 10 GROUP BY k;',
    );
    expect(sameMeaningPlan(ran, quoted, 'file:///plans/p/prod/hi/fedcba9876543210.json')).toBe(ran.plan.path);
  });

  it('is a new one when the query means something else', () => {
    const other = now(
      'INSERT INTO hi SELECT k, COUNT(*) FROM (SELECT k, v AS `ordinal` FROM orders) WHERE `ordinal` > 20 GROUP BY k;',
    );
    expect(sameMeaningPlan(ran, other, 'file:///plans/p/prod/hi/fedcba9876543210.json')).toBeUndefined();
  });
});
