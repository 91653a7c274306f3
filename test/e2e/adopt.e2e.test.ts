/**
 * A job someone started by hand through the SQL Gateway, under the name flinkops would give it
 * but without its labels: planned as adopt, taken over without a restart, recorded in the state
 * store, restarted with the repository's script on request (`--replace`), and upgraded through a
 * savepoint on the next real change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { jobYaml, ROWS_BLACKHOLE, SLOW_EVENTS } from './fixtures';
import {
  apply,
  flinkops,
  jobsOf,
  makeRepo,
  rest,
  restoredFrom,
  runningJob,
  savepointOnDisk,
  userConfig,
  waitFor,
} from './support';

const repo = makeRepo('adopt', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/sink_rows.yaml': ROWS_BLACKHOLE,
  'jobs/copy.sql': 'INSERT INTO sink_rows\nSELECT id, v\nFROM events;\n',
  'jobs/copy.yaml': jobYaml(['parallelism: 1']),
});
afterAll(() => repo.cleanup());

async function gateway<T>(
  path: string,
  body?: unknown,
  method = body === undefined ? 'GET' : 'POST',
): Promise<T> {
  const res = await fetch(`${repo.cluster.gatewayUrl}/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/** Runs one statement in the session and waits for its operation to finish. */
async function statement(session: string, sql: string, executionConfig?: Record<string, string>) {
  const { operationHandle } = await gateway<{ operationHandle: string }>(`/sessions/${session}/statements`, {
    statement: sql,
    ...(executionConfig ? { executionConfig } : {}),
  });
  const status = await waitFor(`statement ${sql.slice(0, 40)}`, async () => {
    const s = await gateway<{ status: string }>(`/sessions/${session}/operations/${operationHandle}/status`);
    return ['FINISHED', 'ERROR', 'CANCELED', 'TIMEOUT'].includes(s.status) ? s.status : undefined;
  });
  if (status !== 'FINISHED') {
    const res = await fetch(
      `${repo.cluster.gatewayUrl}/v1/sessions/${session}/operations/${operationHandle}/result/0`,
    );
    throw new Error(`${sql}: ${status}: ${await res.text()}`);
  }
}

describe('adopting a job started by hand', () => {
  let handJob = '';

  it('finds the hand-started job, without labels, under the managed name', async () => {
    const { sessionHandle } = await gateway<{ sessionHandle: string }>('/sessions', {});
    await statement(
      sessionHandle,
      "CREATE TEMPORARY TABLE events (id BIGINT, k INT, v INT) WITH ('connector' = 'datagen', 'rows-per-second' = '5')",
    );
    await statement(
      sessionHandle,
      "CREATE TEMPORARY TABLE sink_rows (id BIGINT, v INT) WITH ('connector' = 'blackhole')",
    );
    await statement(sessionHandle, 'INSERT INTO sink_rows SELECT id, v FROM events', {
      'pipeline.name': `${repo.project}.local.copy`,
      'parallelism.default': '1',
    });
    await gateway(`/sessions/${sessionHandle}`, undefined, 'DELETE');
    handJob = (await waitFor('the hand-started job RUNNING', () => runningJob(repo, 'copy'))).jid;
    const labels = await userConfig(repo.cluster, handJob);
    expect(Object.keys(labels).filter((k) => k.startsWith('flinkops.'))).toEqual([]);
  });

  it('plans adopt and takes it over without a restart', async () => {
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(plan.code, plan.out).toBe(2);
    expect(plan.stdout).toMatch(/copy will be adopted/);
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const jobs = await jobsOf(repo, 'copy');
    expect(jobs.map((j) => [j.jid, j.state])).toEqual([[handJob, 'RUNNING']]);
    const rec = repo.state().jobs.copy!;
    expect(rec.status).toBe('running');
    expect(rec.current?.jobId).toBe(handJob);
    expect(rec.history.map((h) => h.action)).toContain('adopt');

    const again = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(again.code, again.out).toBe(0);
  });

  let replaced = '';

  it("--replace restarts the adopted job with the repository's script, from a savepoint, with labels", async () => {
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode', '--replace', 'copy']);
    expect(plan.code, plan.out).toBe(2);
    expect(plan.stdout).toMatch(/copy will be upgraded \(savepoint\)/);
    expect(plan.stdout).toContain('replaced on request (--replace)');
    const r = await apply(repo, ['--replace', 'copy']);
    expect(r.code, r.out).toBe(0);
    const jobs = await jobsOf(repo, 'copy');
    expect(jobs.find((j) => j.jid === handJob)?.state).toBe('FINISHED');
    const job = await runningJob(repo, 'copy');
    expect(job.jid).not.toBe(handJob);
    replaced = job.jid;
    const sp = repo.state().jobs.copy!.savepoints.at(-1)!;
    expect(sp).toMatchObject({ kind: 'upgrade', jobId: handJob });
    expect(savepointOnDisk(sp.path)).toBe(true);
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(sp.path);
    expect((await userConfig(repo.cluster, job.jid))['flinkops.job']).toBe('copy');
    // Managed now: without --replace there is nothing to do.
    const again = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(again.code, again.out).toBe(0);
  });

  it('upgrades the job through a savepoint on a real change', async () => {
    repo.write({ 'jobs/copy.sql': 'INSERT INTO sink_rows\nSELECT id, v + 1 AS v\nFROM events;\n' });
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(plan.code, plan.out).toBe(2);
    expect(plan.stdout).toMatch(/copy will be upgraded \(savepoint\)/);
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    const jobs = await jobsOf(repo, 'copy');
    expect(jobs.find((j) => j.jid === replaced)?.state).toBe('FINISHED');
    const job = await runningJob(repo, 'copy');
    const sp = repo.state().jobs.copy!.savepoints.at(-1)!;
    expect(sp).toMatchObject({ kind: 'upgrade', jobId: replaced });
    expect(savepointOnDisk(sp.path)).toBe(true);
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(sp.path);
    expect((await userConfig(repo.cluster, job.jid))['flinkops.job']).toBe('copy');
  });
});

describe('a job started by hand and cancelled before the migration', () => {
  let checkpoint = '';

  it('is not adopted: the create names the checkpoint it left (FO633), and the pin restores it', async () => {
    const { sessionHandle } = await gateway<{ sessionHandle: string }>('/sessions', {});
    await statement(
      sessionHandle,
      "CREATE TEMPORARY TABLE events (id BIGINT, k INT, v INT) WITH ('connector' = 'datagen', 'rows-per-second' = '5')",
    );
    await statement(
      sessionHandle,
      "CREATE TEMPORARY TABLE counts (k INT, c BIGINT) WITH ('connector' = 'blackhole')",
    );
    await statement(sessionHandle, 'INSERT INTO counts SELECT k, COUNT(*) AS c FROM events GROUP BY k', {
      'pipeline.name': `${repo.project}.local.counts`,
      'parallelism.default': '1',
      'execution.checkpointing.interval': '1 s',
      'execution.checkpointing.externalized-checkpoint-retention': 'RETAIN_ON_CANCELLATION',
    });
    await gateway(`/sessions/${sessionHandle}`, undefined, 'DELETE');
    const hand = (await waitFor('the hand-started job RUNNING', () => runningJob(repo, 'counts'))).jid;
    await waitFor('a completed checkpoint', async () => {
      const c = await rest<{ latest: { completed: { external_path?: string } | null } }>(
        repo.cluster,
        `/jobs/${hand}/checkpoints`,
      );
      return c.latest.completed?.external_path;
    });
    const res = await fetch(`${repo.cluster.jobmanagerUrl}/jobs/${hand}?mode=cancel`, { method: 'PATCH' });
    expect(res.ok).toBe(true);
    checkpoint = await waitFor('the cancelled job and its retained checkpoint', async () => {
      const c = await rest<{ latest: { completed: { external_path?: string; discarded?: boolean } | null } }>(
        repo.cluster,
        `/jobs/${hand}/checkpoints`,
      );
      const [job] = await jobsOf(repo, 'counts');
      return job?.state === 'CANCELED' && c.latest.completed?.discarded === false
        ? c.latest.completed.external_path
        : undefined;
    });

    repo.write({
      'tables/counts.yaml':
        'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: k, type: INT }\n  - { name: c, type: BIGINT }\n',
      'jobs/counts.sql': 'INSERT INTO counts\nSELECT k, COUNT(*) AS c\nFROM events\nGROUP BY k;\n',
      'jobs/counts.yaml': jobYaml(['parallelism: 1']),
    });
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--target', 'counts', '--json']);
    expect(plan.code, plan.out).toBe(0);
    const json = JSON.parse(plan.stdout) as {
      changes: { job: string; action: string }[];
      diagnostics: { code: string; detail: string }[];
    };
    expect(json.changes.map((c) => [c.job, c.action])).toEqual([['counts', 'create']]);
    expect(json.diagnostics.find((d) => d.code === 'FO633')?.detail).toContain(
      `set restoreFrom: ${checkpoint} in`,
    );

    repo.write({ 'jobs/counts.yaml': jobYaml(['parallelism: 1', `restoreFrom: ${checkpoint}`]) });
    const r = await apply(repo, ['--target', 'counts']);
    expect(r.code, r.out).toBe(0);
    expect(r.out).not.toContain('FO633');
    const job = await runningJob(repo, 'counts');
    expect(job.jid).not.toBe(hand);
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(checkpoint);
  });
});

describe("the repository's statement set, started by hand, writing files and printing", () => {
  it("is adopted as the repository's own query: no FO634 from Flink's vertex names", async () => {
    // Real Flink names this job `Source: events[1] -> (Calc[2] -> StreamingFileWriter ..., Calc[4]
    // -> Sink: audit[5])`: a fork in parentheses, and a file sink that names no table (`end: Writer`).
    const files = `file://${repo.dir}/files-out`;
    const set = [
      'INSERT INTO files SELECT id, v FROM events',
      'INSERT INTO audit SELECT id, v FROM events WHERE v > 0',
    ];
    repo.write({
      'tables/files.yaml': `kind: sink\nconnector: filesystem\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: v, type: INT }\nwith:\n  path: ${files}\n  format: json\n`,
      'tables/audit.yaml':
        'kind: sink\nconnector: print\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: v, type: INT }\n',
      'jobs/both.sql': `EXECUTE STATEMENT SET\nBEGIN\n${set.map((s) => `  ${s};`).join('\n')}\nEND;\n`,
      'jobs/both.yaml': jobYaml(['parallelism: 1']),
    });
    const { sessionHandle } = await gateway<{ sessionHandle: string }>('/sessions', {});
    await statement(
      sessionHandle,
      "CREATE TEMPORARY TABLE events (id BIGINT, k INT, v INT) WITH ('connector' = 'datagen', 'rows-per-second' = '5')",
    );
    await statement(
      sessionHandle,
      `CREATE TEMPORARY TABLE files (id BIGINT, v INT) WITH ('connector' = 'filesystem', 'path' = '${files}', 'format' = 'json')`,
    );
    await statement(
      sessionHandle,
      "CREATE TEMPORARY TABLE audit (id BIGINT, v INT) WITH ('connector' = 'print')",
    );
    await statement(sessionHandle, `EXECUTE STATEMENT SET BEGIN ${set.join('; ')}; END`, {
      'pipeline.name': `${repo.project}.local.both`,
      'parallelism.default': '1',
    });
    await gateway(`/sessions/${sessionHandle}`, undefined, 'DELETE');
    const hand = (await waitFor('the hand-started job RUNNING', () => runningJob(repo, 'both'))).jid;
    const { vertices } = await rest<{ vertices: { name: string }[] }>(repo.cluster, `/jobs/${hand}`);
    const names = vertices.map((v) => v.name).join('\n');
    expect(names).toContain('StreamingFileWriter');
    expect(names).toMatch(/Sink: audit\[\d+\]/);

    const plan = await flinkops(repo, ['plan', '--env', 'local', '--target', 'both']);
    expect(plan.code, plan.out).toBe(0);
    expect(plan.stdout).toMatch(/both will be adopted/);
    expect(plan.out).not.toContain('FO634');
    await fetch(`${repo.cluster.jobmanagerUrl}/jobs/${hand}?mode=cancel`, { method: 'PATCH' });
  });
});
