/** The SQL Gateway half of the wire scenario: sessions, statements, operations, results. */
import type { ResultPage } from '../../src/flink';
import { planReadStatements } from '../../src/flink/compiled-plan';
import type { WireRecorder } from './exchange';
import { GLOBAL_JOB_PARAMETERS, must, type ScenarioContext } from './scenario';

/** Runs one statement through execute → status (until done) → fetch (until not NOT_READY). */
export type StatementRun = (
  name: string,
  statement: string,
  executionConfig?: Record<string, string>,
) => Promise<{ oh: string; page: ResultPage; status: string }>;

export interface ScenarioJobs {
  /** INSERT job, labelled, stopped with a savepoint by the JobManager steps. */
  insert: string;
  /** EXECUTE STATEMENT SET job, savepointed, checkpointed and cancelled by the JobManager steps. */
  set: string;
}

const DONE = new Set(['FINISHED', 'ERROR', 'CANCELED', 'CLOSED', 'TIMEOUT']);

async function open(rec: WireRecorder): Promise<{ sh: string; run: StatementRun }> {
  const c = rec.client;
  const sh = must(
    'open',
    await rec.step('gw.session-open', () =>
      c.openSession({ sessionName: 'wire', properties: { 'parallelism.default': '1' } }),
    ),
  );
  const run: StatementRun = async (name, statement, executionConfig) => {
    const oh = must(
      name,
      await rec.step(`gw.${name}.execute`, () =>
        c.executeStatement(sh, statement, executionConfig ? { executionConfig } : {}),
      ),
    );
    const status = await rec.step(`gw.${name}.status`, () =>
      rec.until(`${name} to finish`, async () => {
        const s = must('status', await c.getOperationStatus(sh, oh));
        return DONE.has(s) ? s : undefined;
      }),
    );
    const page = await rec.step(`gw.${name}.result`, () =>
      rec.until(`${name} results`, async () => {
        const r = await c.fetchResults(sh, oh, 0);
        if (!r.ok) return { resultType: 'ERROR', columns: [], rows: [] } satisfies ResultPage;
        return r.value.resultType === 'NOT_READY' ? undefined : r.value;
      }),
    );
    return { oh, page, status };
  };
  return { sh, run };
}

async function statements(ctx: ScenarioContext): Promise<ScenarioJobs> {
  const { rec, run, sh } = ctx;
  const c = rec.client;
  await rec.step('gw.session-config', () => c.getSessionConfig(sh));
  await rec.step('gw.heartbeat', () => c.heartbeat(sh));
  await rec.step('gw.configure-session', () =>
    c.configureSession(sh, "SET 'table.exec.resource.default-parallelism' = '-1'"),
  );
  await rec.step('gw.configure-session-invalid', () => c.configureSession(sh, 'SELEC nothing'));
  await run(
    'ddl',
    "CREATE TABLE src (id BIGINT, v STRING) WITH ('connector' = 'datagen', 'rows-per-second' = '5')",
  );
  await c.runStatement(sh, "CREATE TABLE snk (id BIGINT, v STRING) WITH ('connector' = 'blackhole')");
  await c.runStatement(sh, "CREATE TABLE snk2 (id BIGINT) WITH ('connector' = 'blackhole')");
  await run('explain', 'EXPLAIN INSERT INTO snk SELECT * FROM src');
  // The stream graph plan's state verdict is computed from, and the form Flink refuses to explain.
  await run('explain-json', 'EXPLAIN JSON_EXECUTION_PLAN INSERT INTO snk SELECT * FROM src WHERE id > 0', {
    'parallelism.default': '2',
  });
  await run(
    'explain-execute-set',
    'EXPLAIN JSON_EXECUTION_PLAN EXECUTE STATEMENT SET BEGIN INSERT INTO snk SELECT * FROM src; END',
  );
  await run('failed', 'INSERT INTO missing_table SELECT * FROM src');
  const insert = await run('insert', 'INSERT INTO snk SELECT * FROM src', {
    'pipeline.name': 'wire.golden.orders',
    'pipeline.global-job-parameters': GLOBAL_JOB_PARAMETERS,
    'execution.checkpointing.interval': '1 s',
  });
  const set = await run(
    'statement-set',
    'EXECUTE STATEMENT SET BEGIN INSERT INTO snk SELECT * FROM src; INSERT INTO snk2 SELECT id FROM src; END',
    { 'pipeline.name': 'wire.golden.set', 'execution.checkpointing.interval': '1 s' },
  );
  await run('empty-statement-set', 'EXECUTE STATEMENT SET BEGIN END');
  // The older, two-statement form: what an END with nothing buffered answers.
  await run('begin-statement-set', 'BEGIN STATEMENT SET');
  await run('end-empty-statement-set', 'END');
  // Map options: an entry of three parts, and the YAML flow form.
  await run('insert-three-part-labels', 'INSERT INTO snk2 SELECT id FROM src', {
    'pipeline.global-job-parameters': 'a:b:c',
  });
  const yaml = await run('insert-yaml-labels', 'INSERT INTO snk2 SELECT id FROM src', {
    'pipeline.name': 'wire.golden.yaml',
    'pipeline.global-job-parameters': "{k1: v1, 'k2': 'v:2', k3: \"a,b\"}",
  });
  const yamlJob = jobIdOf(yaml.page);
  await rec.step('jm.job-config-yaml-labels', () =>
    rec.until('user-config', async () => {
      const cfg = must('config', await c.getJobConfig(yamlJob));
      return Object.keys(cfg.userConfig ?? {}).length > 0 ? cfg : undefined;
    }),
  );
  must('cancel', await c.cancelJob(yamlJob));
  const jobs = { insert: jobIdOf(insert.page), set: jobIdOf(set.page) };
  await run('show-jobs', 'SHOW JOBS');
  // DESCRIBE JOB is 1.20+: 1.19's gateway answers a parse error (recorded as such).
  await run('describe-job', `DESCRIBE JOB '${jobs.insert}'`);
  await run('describe-unknown-job', `DESCRIBE JOB '${'0'.repeat(32)}'`);

  // A job the gateway stops: STOP JOB without a savepoint cancels it.
  const doomed = await run('insert-to-stop', 'INSERT INTO snk2 SELECT id FROM src', {
    'pipeline.name': 'wire.golden.doomed',
  });
  await run('stop-job', `STOP JOB '${jobIdOf(doomed.page)}'`);

  // An unbounded query: cancel the operation while it runs, then close it.
  const query = must(
    'select',
    await rec.step('gw.select.execute', () => c.executeStatement(sh, 'SELECT * FROM src')),
  );
  await rec.step('gw.select.result', () =>
    rec.until('select rows', async () => {
      const r = must('fetch', await c.fetchResults(sh, query, 0));
      return r.resultType === 'NOT_READY' ? undefined : r;
    }),
  );
  await rec.step('gw.select.cancel', () => c.cancelOperation(sh, query));
  await rec.step('gw.select.status-cancelled', () => c.getOperationStatus(sh, query));
  await rec.step('gw.select.close', () => c.closeOperation(sh, query));
  await rec.step('gw.select.status-closed', () => c.getOperationStatus(sh, query));
  await compiledPlan(ctx);
  await rec.step('gw.malformed-operation', () => c.getOperationStatus(sh, '0'.repeat(32)));
  await rec.step('gw.unknown-operation', () =>
    c.getOperationStatus(sh, '00000000-0000-0000-0000-000000000000'),
  );
  return jobs;
}

/**
 * Compiled plans: COMPILE PLAN writes a file (again: refused; IF NOT EXISTS: loaded), EXECUTE PLAN
 * submits it (a missing file fails), and a local filesystem/raw query reads it back. Last in the
 * session: the read sets batch mode and a local execution target.
 */
async function compiledPlan(ctx: ScenarioContext): Promise<void> {
  const { rec, run } = ctx;
  const c = rec.client;
  const dir = `file:///tmp/flinkops-wire-plans/${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const path = `${dir}/plan.json`;
  const insert = 'INSERT INTO snk2 SELECT id FROM src';
  await run('compile-plan', `COMPILE PLAN '${path}' FOR ${insert}`);
  await run('compile-plan-exists', `COMPILE PLAN '${path}' FOR ${insert}`);
  await run('compile-plan-if-not-exists', `COMPILE PLAN '${path}' IF NOT EXISTS FOR ${insert}`);
  const executed = await run('execute-plan', `EXECUTE PLAN '${path}'`, {
    'pipeline.name': 'wire.golden.plan',
  });
  must('cancel', await c.cancelJob(jobIdOf(executed.page)));
  await run('execute-plan-missing', `EXECUTE PLAN '${dir}/missing.json'`);
  const read = planReadStatements(path);
  for (const st of read.setup) must('plan read set-up', await c.runStatement(ctx.sh, st));
  await run('plan-read', read.query);
}

async function close(ctx: ScenarioContext): Promise<void> {
  const { rec, sh } = ctx;
  const c = rec.client;
  await rec.step('gw.session-close', () => c.closeSession(sh));
  await rec.step('gw.session-config-closed', () => c.getSessionConfig(sh));
}

function jobIdOf(page: ResultPage): string {
  const id = page.jobId ?? (page.rows[0]?.fields[0] as string | undefined);
  if (typeof id !== 'string') throw new Error(`no job id in ${JSON.stringify(page)}`);
  return id;
}

export const sqlSteps = { open, statements, close };
