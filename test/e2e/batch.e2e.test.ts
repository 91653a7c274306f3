/**
 * A batch job (execution.runtime-mode: batch) on a bounded source: apply runs it to its end and
 * counts FINISHED as its success; the next plan has nothing to do; `--replace` runs it again; a
 * run that fails is reported with Flink's cause and nothing is rolled back. Asserted on Flink's
 * job states and the files its filesystem sink wrote.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jobYaml } from './fixtures';
import {
  apply,
  cancelJobs,
  FAST,
  flinkops,
  jobsOf,
  makeRepo,
  rest,
  scratch,
  startFlinkops,
  waitFor,
} from './support';

const ROWS = 200;
const out = scratch('batch-out');
const EXPORT = 'INSERT INTO exported\nSELECT id, v\nFROM numbers;\n';
const CRASHING = 'INSERT INTO exported\nSELECT id, v / (v - v) AS v\nFROM numbers;\n';

const repo = makeRepo('batch', {
  'tables/numbers.yaml': `kind: source
connector: datagen
columns:
  - { name: id, type: BIGINT }
  - { name: v, type: INT }
with:
  number-of-rows: "${ROWS}"
  fields.id.kind: sequence
  fields.id.start: "1"
  fields.id.end: "${ROWS}"
`,
  'tables/exported.yaml': `kind: sink
connector: filesystem
columns:
  - { name: id, type: BIGINT }
  - { name: v, type: INT }
with:
  path: file://${out}
  format: csv
`,
  'jobs/export.sql': EXPORT,
  'jobs/export.yaml': jobYaml(['parallelism: 1', 'config:', '  execution.runtime-mode: batch']),
});
afterAll(() => {
  repo.cleanup();
  rmSync(out, { recursive: true, force: true });
});

/** ERROR lines the JobManager logged for resource requirements requests so far. */
function resourceRequirementErrors(): number {
  const dir = join(repo.cluster.dir, 'log');
  return readdirSync(dir)
    .filter((f) => /standalonesession.*\.log$/.test(f))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((l) => / ERROR .*JobResourceRequirementsHandler/.test(l)).length;
}

/** The statuses of a job's vertices, as Flink reports them. */
async function vertexStatuses(jid: string): Promise<string[]> {
  const d = await rest<{ vertices: { status: string }[] }>(repo.cluster, `/jobs/${jid}`);
  return d.vertices.map((v) => v.status);
}

/** The rows the sink's files hold (Flink's own output; hidden in-progress files left out). */
function rowsWritten(): string[] {
  return readdirSync(out)
    .filter((f) => !f.startsWith('.'))
    .flatMap((f) => readFileSync(join(out, f), 'utf8').split('\n'))
    .filter((l) => l !== '');
}

describe('a batch job', () => {
  it('runs to its end on apply: FINISHED is its success, and its rows are written', async () => {
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const jobs = await jobsOf(repo, 'export');
    expect(jobs.map((j) => j.state)).toEqual(['FINISHED']);
    expect(rowsWritten()).toHaveLength(ROWS);
    const rec = repo.state().jobs.export!;
    expect(rec.current?.jobId).toBe(jobs[0]!.jid);
    expect(rec.history.map((h) => h.action)).toContain('finished');
  });

  it('leaves a plan with nothing to do while the repository asks for the version that ran', async () => {
    const r = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(r.code, r.out).toBe(0);
    expect(await jobsOf(repo, 'export')).toHaveLength(1);
  });

  it('runs again with --replace, a new job that writes its rows once more', async () => {
    const r = await apply(repo, ['--replace', 'export']);
    expect(r.code, r.out).toBe(0);
    const jobs = await jobsOf(repo, 'export');
    expect(jobs.map((j) => j.state)).toEqual(['FINISHED', 'FINISHED']);
    expect(repo.state().jobs.export!.current?.jobId).toBe(jobs[0]!.jid);
    expect(rowsWritten()).toHaveLength(2 * ROWS);
  });

  it('leaves a long run an interrupted apply started healthy and unasked of its scheduler, and cancels it when removed', async () => {
    repo.write({
      'jobs/slow.sql': 'INSERT INTO drained\nSELECT id\nFROM endless;\n',
      'jobs/slow.yaml': jobYaml(['parallelism: 1', 'config:', '  execution.runtime-mode: batch']),
      'tables/endless.yaml': `kind: source
connector: datagen
columns:
  - { name: id, type: BIGINT }
with:
  number-of-rows: "100000000"
  rows-per-second: "20"
`,
      'tables/drained.yaml': 'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: BIGINT }\n',
    });
    const started = startFlinkops(repo, ['apply', '--env', 'local', ...FAST, '--target', 'slow']);
    const running = await waitFor('the batch job to run', async () => {
      const j = (await jobsOf(repo, 'slow')).find((o) => o.state === 'RUNNING');
      return j && (await vertexStatuses(j.jid))[0] === 'RUNNING' ? j : undefined;
    });
    started.child.kill('SIGINT');
    expect((await started.done).code).toBe(130);
    try {
      await longRun(running.jid);
    } finally {
      await cancelJobs(repo); // a failed assertion must not leave the run holding the slots
    }
  });

  async function longRun(jid: string): Promise<void> {
    // Flink runs it stage by stage: a sink stage of its own (1.20; 2.2 chains it to the source)
    // waits, CREATED, while the source runs.
    const [source, ...later] = await vertexStatuses(jid);
    expect([source, ...new Set(later)]).toEqual(later.length ? ['RUNNING', 'CREATED'] : ['RUNNING']);
    // Its scheduler (AdaptiveBatchScheduler) answers resource requirements with a 500 and an ERROR:
    // neither plan nor status asks, and neither calls the run waiting for slots or unhealthy.
    const errorsBefore = resourceRequirementErrors();
    const plan = await flinkops(repo, ['plan', '--env', 'local']);
    expect(plan.code, plan.out).toBe(0);
    expect(plan.out).not.toMatch(/waiting for task slots|FO658/);
    const status = await flinkops(repo, ['status', '--env', 'local', '--check']);
    expect(status.code, status.out).toBe(0);
    expect(resourceRequirementErrors()).toBe(errorsBefore);

    // Removed: a batch job takes no savepoint, so its run is cancelled.
    repo.write({ 'jobs/slow.sql': null, 'jobs/slow.yaml': null });
    const removed = await apply(repo, ['--allow-delete']);
    expect(removed.code, removed.out).toBe(0);
    expect((await jobsOf(repo, 'slow')).map((j) => [j.jid, j.state])).toEqual([[jid, 'CANCELED']]);
    expect(repo.state().jobs.slow!.status).toBe('deleted');
  }

  it("reports a failed run with Flink's cause and starts nothing else", async () => {
    repo.write({ 'jobs/export.sql': CRASHING });
    const r = await apply(repo);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/by zero/);
    expect(r.out).not.toMatch(/rolled.back/);
    const jobs = await jobsOf(repo, 'export');
    // The failed run is the newest; no rollback re-ran the previous version.
    expect(jobs.map((j) => j.state)).toEqual(['FAILED', 'FINISHED', 'FINISHED']);
    expect(rowsWritten()).toHaveLength(2 * ROWS);
  });
});
