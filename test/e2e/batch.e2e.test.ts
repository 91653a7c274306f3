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
import { apply, flinkops, jobsOf, makeRepo, scratch } from './support';

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
