/**
 * The simulator restores a savepoint the way Flink does — by the operator ids of the job's stream
 * graph — so the state verdict plan computes from the simulator's EXPLAIN JSON_EXECUTION_PLAN is
 * what the simulated restore then does: compatible edits restore, dropped state needs
 * allowNonRestoredState, reshaped state fails the tasks even with it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { operatorIds, parseExecutionPlan } from '../src/core/stream-graph';
import type { ExplainedJob, TableFacts } from '../src/plan/explained-job';
import { stateVerdict } from '../src/plan/state-verdict';
import { newSimStorage, type Simulator, startSimulator } from '../src/sim/index';
import { hex, SimDriver } from './contract/sim-driver';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const DDL = [
  "CREATE TABLE src (id BIGINT, city STRING, v INT) WITH ('connector' = 'datagen')",
  "CREATE TABLE snk (city STRING, c BIGINT) WITH ('connector' = 'blackhole')",
  "CREATE TABLE snk2 (city STRING, id BIGINT, c BIGINT) WITH ('connector' = 'blackhole')",
  "CREATE TABLE top3 (id BIGINT, city STRING, v INT) WITH ('connector' = 'blackhole')",
  "CREATE TABLE nums (k INT, v INT) WITH ('connector' = 'datagen')",
  "CREATE TABLE ints (g INT, c BIGINT, min_k INT, min_v INT) WITH ('connector' = 'blackhole')",
  "CREATE TABLE ev (k INT, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen')",
  "CREATE TABLE wsnk (ws TIMESTAMP(3), k INT, c BIGINT) WITH ('connector' = 'blackhole')",
  "CREATE TABLE files (id BIGINT, city STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/flinkops-sim-files', 'format' = 'csv')",
];

const CONNECTORS: Record<string, string> = {
  src: 'datagen',
  nums: 'datagen',
  ev: 'datagen',
  files: 'filesystem',
};
const COLUMNS: Record<string, [string, string][]> = {
  nums: [
    ['k', 'INT'],
    ['v', 'INT'],
  ],
};
const TABLES: ReadonlyMap<string, TableFacts> = new Map(
  ['src', 'snk', 'snk2', 'top3', 'files', 'nums', 'ints', 'ev', 'wsnk'].map((t) => [
    t,
    { options: { connector: CONNECTORS[t] ?? 'blackhole' }, columns: new Map(COLUMNS[t] ?? []) },
  ]),
);

async function start(version: '1.20' | '2.2' = '1.20') {
  sim = await startSimulator({ flinkVersion: version, timing: { startMs: 1000, savepointMs: 500 } });
  return withTables(new SimDriver(sim, '/v2'));
}

/**
 * The tables of DDL in `d`'s session. The driver's session starts with its own src, snk and snk2
 * (other columns): these tests read and write theirs.
 */
async function withTables(d: SimDriver): Promise<SimDriver> {
  for (const t of ['src', 'snk', 'snk2']) await d.sql(`DROP TABLE ${t}`);
  for (const ddl of DDL) expect((await d.sql(ddl)).status).toBe('FINISHED');
  return d;
}

async function explained(d: SimDriver, insert: string, parallelism = 2): Promise<ExplainedJob> {
  const r = await d.sql(`EXPLAIN JSON_EXECUTION_PLAN ${insert}`, {
    'parallelism.default': String(parallelism),
  });
  expect(r.status).toBe('FINISHED');
  const graph = parseExecutionPlan(String(r.fetch.body.results.data[0].fields[0]));
  if (!graph) throw new Error('no stream graph in the EXPLAIN answer');
  return { graph, chaining: true, tables: TABLES };
}

/** Runs `before`, stops it with a savepoint, starts `after` from it; the new job as Flink shows it. */
async function upgrade(
  d: SimDriver,
  before: string,
  after: string,
  allowNonRestoredState: boolean,
  afterConfig: Record<string, string> = {},
) {
  const old = await d.sql(before, { 'parallelism.default': '2' });
  sim!.control.advance(1500);
  await d.jm('POST', `/jobs/${old.jobId}/stop`, { triggerId: hex('7') });
  sim!.control.advance(600);
  const savepoint = (await d.jm('GET', `/jobs/${old.jobId}/savepoints/${hex('7')}`)).body.operation.location;
  const next = await d.sql(after, {
    'parallelism.default': '2',
    ...afterConfig,
    'execution.savepoint.path': savepoint,
    ...(allowNonRestoredState ? { 'execution.state-recovery.ignore-unclaimed-state': 'true' } : {}),
  });
  sim!.control.advance(2500);
  // A restore the default scheduler refuses fails the submission itself; the job is listed FAILED.
  const jid = next.status === 'ERROR' ? (await d.refused(next)).jobId : next.jobId!;
  const details = (await d.jm('GET', `/jobs/${jid}`)).body;
  const exceptions = (await d.jm('GET', `/jobs/${jid}/exceptions`)).body;
  const traces = [
    String(exceptions['root-exception'] ?? ''),
    ...exceptions.exceptionHistory.entries.map((e: { stacktrace: string }) => e.stacktrace),
  ].join('\n');
  const restored = (await d.jm('GET', `/jobs/${jid}/checkpoints`)).body.latest?.restored?.external_path;
  return { state: details.state as string, traces, restored, savepoint };
}

const COUNT_BY_CITY = 'INSERT INTO snk SELECT city, COUNT(*) FROM src WHERE v > 1 GROUP BY city';
const TOP3 =
  'INSERT INTO top3 SELECT id, city, v FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY city ORDER BY v DESC) AS rn FROM src) WHERE rn <= 3';

describe('a savepoint of a newer release', () => {
  it('does not restore on Flink 1.x when Flink 2.x wrote it (real 1.20.3 with a 2.2.0 savepoint)', async () => {
    const storage = newSimStorage();
    const common = { timing: { startMs: 1000, savepointMs: 500 }, storage, savepointDir: 'file:/shared/sp' };
    const newer = await startSimulator({ flinkVersion: '2.2', ...common });
    sim = await startSimulator({ flinkVersion: '1.20', ...common });
    try {
      const d22 = await withTables(new SimDriver(newer, '/v2'));
      const d120 = await withTables(new SimDriver(sim, '/v2'));
      const old = await d22.sql(COUNT_BY_CITY);
      newer.control.advance(1500);
      await d22.jm('POST', `/jobs/${old.jobId}/stop`, { triggerId: hex('7') });
      newer.control.advance(600);
      const savepoint = (await d22.jm('GET', `/jobs/${old.jobId}/savepoints/${hex('7')}`)).body.operation
        .location;
      const back = await d120.refused(
        await d120.sql(COUNT_BY_CITY, {
          'execution.savepoint.path': savepoint,
          'execution.savepoint.ignore-unclaimed-state': 'true',
        }),
      );
      expect(back.errors).toContain('Unrecognized checkpoint version number: 6');
      expect((await d120.jm('GET', `/jobs/${back.jobId}`)).body.state).toBe('FAILED');
      const exceptions = (await d120.jm('GET', `/jobs/${back.jobId}/exceptions`)).body;
      expect(String(exceptions['root-exception'])).toContain('Unrecognized checkpoint version number: 6');
    } finally {
      await newer.close();
    }
  });
});

describe('simulated restores follow operator ids, as plan predicts them', () => {
  it('gives a job the vertex ids real Flink 1.20 gave the same query', async () => {
    const d = await start();
    const r = await d.sql('INSERT INTO snk SELECT city, COUNT(*) FROM src GROUP BY city', {
      'parallelism.default': '2',
    });
    sim!.control.advance(1500);
    const vertices = (await d.jm('GET', `/jobs/${r.jobId}`)).body.vertices;
    // Recorded from a real Flink 1.20.3 job of this query and tables (parallelism 2).
    expect(vertices.map((v: { id: string; name: string }) => `${v.id} ${v.name}`)).toEqual([
      'cbc357ccb763df2852fee8c4fc7d55f2 Source: src[1] -> Calc[2]',
      '90bea66de1c231edf33913ecd54406c1 GroupAggregate[3] -> snk[4]: Writer',
    ]);
    const plan = await explained(d, 'INSERT INTO snk SELECT city, COUNT(*) FROM src GROUP BY city');
    expect([...operatorIds(plan.graph).values()]).toContain('90bea66de1c231edf33913ecd54406c1');
  });

  it('refuses EXPLAIN of EXECUTE STATEMENT SET with Flink parse error', async () => {
    const d = await start();
    const r = await d.sql(
      'EXPLAIN JSON_EXECUTION_PLAN EXECUTE STATEMENT SET BEGIN INSERT INTO snk SELECT city, COUNT(*) FROM src GROUP BY city; END',
    );
    expect(r.status).toBe('ERROR');
    expect(JSON.stringify(r.fetch.body)).toContain(
      "SQL parse failed. Incorrect syntax near the keyword 'EXECUTE' at line 1, column 29.",
    );
    const set = await d.sql(
      'EXPLAIN JSON_EXECUTION_PLAN STATEMENT SET BEGIN INSERT INTO snk SELECT city, COUNT(*) FROM src GROUP BY city; INSERT INTO top3 SELECT * FROM src; END',
    );
    const graph = parseExecutionPlan(String(set.fetch.body.results.data[0].fields[0]))!;
    // One source for both INSERTs, as Flink reuses it.
    expect(graph.nodes.filter((n) => n.type.startsWith('Source: src')).length).toBe(1);
    expect(graph.nodes.map((n) => n.type.replace(/\[\d+\]/, ''))).toEqual([
      'Source: src',
      'Calc',
      'GroupAggregate',
      'snk: Writer',
      'top3: Writer',
    ]);
  });

  it('mini-batch switched on under a window aggregate moves its id: the restore needs allowNonRestoredState', async () => {
    // Real 1.20.3 and 2.2.0 put a MiniBatchAssigner (mode RowTime) before the window aggregate, as
    // before a GROUP BY; on 2.2.0 the restore failed: "Cannot map checkpoint/savepoint state for
    // operator …" of the GlobalWindowAggregate.
    const d = await start('2.2');
    const windowed =
      "INSERT INTO wsnk SELECT window_start, k, COUNT(*) FROM TABLE(TUMBLE(TABLE ev, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end, k";
    const miniBatch = {
      'table.exec.mini-batch.enabled': 'true',
      'table.exec.mini-batch.allow-latency': '1 s',
      'table.exec.mini-batch.size': '100',
    };
    const r = await upgrade(d, windowed, windowed, false, miniBatch);
    expect(r.state).not.toBe('RUNNING');
    expect(r.traces).toContain('Cannot map checkpoint/savepoint state');
    const plan = await d.sql(`EXPLAIN JSON_EXECUTION_PLAN ${windowed}`, miniBatch);
    const graph = parseExecutionPlan(String(plan.fetch.body.results.data[0].fields[0]))!;
    expect(graph.nodes.map((n) => n.contents.replace(/^\[\d+\]:/, ''))).toContain(
      'MiniBatchAssigner(mode=[RowTime])',
    );
    // Real 1.20.3 puts one after a watermarked source whatever the query (a filter, an interval
    // join, a window Top-N), and none after a source without a watermark.
    const assigners = async (insert: string) => {
      const r = await d.sql(`EXPLAIN JSON_EXECUTION_PLAN ${insert}`, miniBatch);
      const g = parseExecutionPlan(String(r.fetch.body.results.data[0].fields[0]))!;
      return g.nodes
        .filter((n) => n.type.startsWith('MiniBatchAssigner'))
        .map((n) => n.contents.replace(/^\[\d+\]:/, ''));
    };
    expect(
      await assigners('INSERT INTO snk SELECT CAST(k AS STRING), CAST(v AS BIGINT) FROM ev WHERE v > 3'),
    ).toEqual(['MiniBatchAssigner(mode=[RowTime])']);
    expect(
      await assigners('INSERT INTO snk SELECT CAST(k AS STRING), CAST(v AS BIGINT) FROM nums WHERE v > 3'),
    ).toEqual([]);
  });

  it('a window TVF called with named arguments reads its DATA table', async () => {
    const d = await start('2.2');
    const graphOf = async (insert: string) => {
      const r = await d.sql(`EXPLAIN JSON_EXECUTION_PLAN ${insert}`);
      return parseExecutionPlan(String(r.fetch.body.results.data[0].fields[0]))!;
    };
    const positional = await graphOf(
      "INSERT INTO wsnk SELECT window_start, k, COUNT(*) FROM TABLE(TUMBLE(TABLE ev, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end, k",
    );
    const named = await graphOf(
      "INSERT INTO wsnk SELECT window_start, k, COUNT(*) FROM TABLE(TUMBLE(TIMECOL => DESCRIPTOR(ts), DATA => TABLE ev, SIZE => INTERVAL '10' SECOND)) GROUP BY window_start, window_end, k",
    );
    // Real Flink plans both alike: the same operators, the same ids.
    expect(named.nodes.map((n) => n.contents)).toEqual(positional.nodes.map((n) => n.contents));
    expect(named.nodes.map((n) => n.type.replace(/\[\d+\]/, ''))).toContain('Source: ev');
  });

  it('a filter edit keeps every operator id: compatible, and the new job restores', async () => {
    const d = await start();
    const after = COUNT_BY_CITY.replace('v > 1', 'v > 5');
    const verdict = stateVerdict({ old: await explained(d, COUNT_BY_CITY), next: await explained(d, after) });
    expect(verdict.verdict).toBe('compatible');
    const r = await upgrade(d, COUNT_BY_CITY, after, false);
    expect(r.state).toBe('RUNNING');
    expect(r.restored).toBe(r.savepoint);
    expect(r.traces).not.toContain('Exception');
  });

  it('a group key added reshapes the aggregate state: incompatible, the tasks fail even with allowNonRestoredState', async () => {
    const d = await start();
    const after = 'INSERT INTO snk2 SELECT city, id, COUNT(*) FROM src WHERE v > 1 GROUP BY city, id';
    const verdict = stateVerdict({
      old: await explained(d, COUNT_BY_CITY),
      next: await explained(d, after),
      allowNonRestoredState: true,
    });
    expect(verdict.verdict).toBe('incompatible');
    const r = await upgrade(d, COUNT_BY_CITY, after, true);
    expect(r.state).toBe('RESTARTING');
    expect(r.traces).toContain('Exception while creating StreamOperatorStateContext.');
    expect(r.traces).toContain('org.apache.flink.util.StateMigrationException: The new key serializer');
  });

  it('a group key switched to another column of its type restores, as real 1.20.3 and 2.2.0 did: the verdict still says incompatible', async () => {
    const d = await start();
    const by = (key: string) =>
      `INSERT INTO ints SELECT ${key}, COUNT(*), MIN(k), MIN(v) FROM nums GROUP BY ${key}`;
    const verdict = stateVerdict({ old: await explained(d, by('k')), next: await explained(d, by('v')) });
    expect(verdict.verdict).toBe('incompatible');
    expect(verdict.findings.join('\n')).toContain('its key is another column now (k → v)');
    // Flink compares serializers only: an INT key and (BIGINT, INT, INT) accumulators either way.
    const r = await upgrade(d, by('k'), by('v'), false);
    expect(r.state).toBe('RUNNING');
    expect(r.restored).toBe(r.savepoint);
    expect(r.traces).not.toContain('Exception');
  });

  it('a filter added in front of a Rank shifts its id: drops-state, restores only with allowNonRestoredState', async () => {
    const d = await start();
    const after = TOP3.replace('AS rn FROM src)', 'AS rn FROM src WHERE v > 0)');
    const verdict = stateVerdict({ old: await explained(d, TOP3), next: await explained(d, after) });
    expect(verdict.verdict).toBe('drops-state');
    expect(verdict.operators?.find((o) => o.state === 'dropped')?.name).toMatch(/^Rank/);

    const refused = await upgrade(d, TOP3, after, false);
    expect(refused.state).toBe('FAILED');
    expect(refused.traces).toMatch(
      /Failed to rollback to checkpoint\/savepoint .*\. Cannot map checkpoint\/savepoint state for operator [0-9a-f]{32} to the new program, because the operator is not available in the new program\. If you want to allow to skip this, you can set the --allowNonRestoredState option on the CLI\./,
    );
    const allowed = await upgrade(d, TOP3, after, true);
    expect(allowed.state).toBe('RUNNING');
    expect(allowed.restored).toBe(allowed.savepoint);
  });

  it('a deduplication become a Top-N restores without allowNonRestoredState and starts empty, as real 1.20.3 and 2.3.0 did: drops-state', async () => {
    const d = await start();
    const dedup = TOP3.replace('rn <= 3', 'rn = 1');
    const verdict = stateVerdict({ old: await explained(d, dedup), next: await explained(d, TOP3) });
    expect(verdict.verdict).toBe('drops-state');
    expect(verdict.operators?.find((o) => o.state === 'dropped')).toMatchObject({ unread: true });
    // Flink restores keyed state by name: the Rank's names are not the deduplication's.
    const r = await upgrade(d, dedup, TOP3, false);
    expect(r.state).toBe('RUNNING');
    expect(r.restored).toBe(r.savepoint);
    expect(r.traces).not.toContain('Exception');
  });

  it("a filesystem sink's writer keeps state: when its id moves the state is dropped, and Flink refuses the restore", async () => {
    const d = await start();
    const before = 'INSERT INTO files SELECT id, city FROM src';
    // The source read twice: the operators after it are hashed anew.
    const after =
      'INSERT INTO files SELECT id, city FROM src UNION ALL SELECT id, LOWER(city) FROM src WHERE v > 1';
    const old = await explained(d, before);
    // Flink's StreamingSink: a writer operator and a discarding sink named `end`, not `files: Writer`.
    const types = old.graph.nodes.map((n) => n.type.replace(/\[\d+\]/, ''));
    expect(types.slice(-2)).toEqual(['StreamingFileWriter', 'end: Writer']);
    expect(types).not.toContain('files: Writer');
    const verdict = stateVerdict({ old, next: await explained(d, after) });
    expect(verdict.verdict).toBe('drops-state');
    expect(verdict.operators?.find((o) => o.name.startsWith('StreamingFileWriter'))?.state).toBe('dropped');
    const r = await upgrade(d, before, after, false);
    expect(r.state).not.toBe('RUNNING');
    expect(r.traces).toContain('Cannot map checkpoint/savepoint state');
  });

  it('a CTAS into a filesystem table is explained with the writer it runs: plan names the operator Flink then refuses, as real 2.2.0 did', async () => {
    const d = await start('2.2');
    const ctas = (where: string) =>
      "CREATE TABLE out_files WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/flinkops-sim-ctas', 'format' = 'csv') " +
      `AS SELECT * FROM src${where}`;
    // EXPLAIN creates nothing: the table is planned as the CTAS will create it.
    const old = await explained(d, ctas(''));
    const types = old.graph.nodes.map((n) => n.type.replace(/\[\d+\]/, ''));
    expect(types.slice(-2)).toEqual(['StreamingFileWriter', 'end: Writer']);
    // A filter puts a Calc before the writer: the writer is hashed anew (real 2.2.0).
    const verdict = stateVerdict({ old, next: await explained(d, ctas(' WHERE v > 1')) });
    expect(verdict.verdict).toBe('drops-state');
    const dropped = verdict.operators?.find((o) => o.state === 'dropped');
    expect(dropped?.name).toMatch(/^StreamingFileWriter/);
    // Each start runs its CTAS in a new session (its own in-memory catalog), as apply does.
    const first = await d.sql(ctas(''), { 'parallelism.default': '2' });
    expect(first.status).toBe('FINISHED');
    sim!.control.advance(1500);
    await d.jm('POST', `/jobs/${first.jobId}/stop`, { triggerId: hex('7') });
    sim!.control.advance(600);
    const savepoint = (await d.jm('GET', `/jobs/${first.jobId}/savepoints/${hex('7')}`)).body.operation
      .location;
    const fresh = new SimDriver(sim!, '/v2');
    for (const ddl of DDL) await fresh.sql(ddl);
    const next = await fresh.sql(ctas(' WHERE v > 1'), {
      'parallelism.default': '2',
      'execution.savepoint.path': savepoint,
    });
    sim!.control.advance(2500);
    const jid = next.status === 'ERROR' ? (await fresh.refused(next)).jobId : next.jobId!;
    const exceptions = (await d.jm('GET', `/jobs/${jid}/exceptions`)).body;
    const traces = [
      String(exceptions['root-exception'] ?? ''),
      ...exceptions.exceptionHistory.entries.map((e: { stacktrace: string }) => e.stacktrace),
    ].join('\n');
    expect((await d.jm('GET', `/jobs/${jid}`)).body.state).toBe('FAILED');
    expect(traces).toContain(
      `Cannot map checkpoint/savepoint state for operator ${dropped?.id} to the new program`,
    );
  });
});
