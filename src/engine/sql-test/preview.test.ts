import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EngineProgress } from '../../core/progress';
import type { FlinkClient } from '../../flink';
import { httpError } from '../../flink/errors';
import { describeEngineProgress } from '../../render/progress';
import { waitedForSlots } from './preview';
import { renderPreviewRows } from './report';

/** A client that knows one job, `name`, whose vertices are in `states`, on a cluster with `free` of 4 slots. */
function cluster(name: string, states: string[], free: number): FlinkClient {
  return {
    listJobs: async () => ({ ok: true, value: [{ id: 'j1', name, state: 'RUNNING' }] }),
    getJob: async () => ({
      ok: true,
      value: {
        id: 'j1',
        name,
        state: 'RUNNING',
        vertices: states.map((status, i) => ({ id: `v${i}`, status })),
      },
    }),
    getClusterOverview: async () => ({
      ok: true,
      value: { taskManagers: 1, slotsTotal: 4, slotsAvailable: free },
    }),
  } as unknown as FlinkClient;
}

describe('a preview that timed out with no rows', () => {
  it('says its query never ran when its tasks still wait for a task slot (FO457)', async () => {
    const d = await waitedForSlots(
      cluster('flinkops-preview.j.x', ['SCHEDULED', 'SCHEDULED'], 0),
      'flinkops-preview.j.x',
    );
    expect(d).toMatchObject({
      code: 'FO457',
      summary: 'The preview query never ran: its tasks waited for a task slot (0 of 4 task slots free)',
    });
  });

  it('says nothing when the query ran (its source simply had no rows) or is not its own', async () => {
    expect(
      await waitedForSlots(cluster('flinkops-preview.j.x', ['RUNNING'], 3), 'flinkops-preview.j.x'),
    ).toBeUndefined();
    expect(await waitedForSlots(cluster('other', ['SCHEDULED'], 0), 'flinkops-preview.j.x')).toBeUndefined();
  });
});

/** A one-INSERT job previewed on `client`, on a clock its sleeps move forward. */
async function preview(
  client: FlinkClient,
  stop: AbortSignal,
  o: { limit: number; timeoutMs: number; onProgress?: (p: EngineProgress) => void },
) {
  const { analyzeScript } = await import('../../sql');
  const { runPreview } = await import('./preview');
  const script =
    "CREATE TEMPORARY TABLE src (id INT) WITH ('connector' = 'datagen');\n" +
    "CREATE TEMPORARY TABLE snk (id INT) WITH ('connector' = 'blackhole');\n" +
    'INSERT INTO snk SELECT id FROM src;\n';
  const job = {
    name: 'j',
    sinks: ['snk'],
    script,
    statements: analyzeScript(script, 'jobs/j.sql').statements,
  };
  let now = 0;
  return runPreview(job as never, {
    client,
    secrets: {},
    ...o,
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
    stop,
  });
}

describe('a preview stopped by Ctrl-C', () => {
  it('keeps the rows read so far, and cancels its query, its session and its job on the cluster', async () => {
    const calls: string[] = [];
    const stop = new AbortController();
    let cancelled = false;
    const client = {
      openSession: async () => ({ ok: true, value: 'sh' }),
      runStatement: async () => ({ ok: true, value: { columns: [], rows: [], kinds: [] } }),
      executeStatement: async () => ({ ok: true, value: 'op' }),
      fetchResults: async (_sh: string, _op: string, token: number | string) => {
        calls.push(`fetch ${token}`);
        if (token === 0)
          return {
            ok: true,
            value: {
              resultType: 'PAYLOAD',
              columns: [{ name: 'id' }],
              rows: [
                { kind: 'INSERT', fields: [1] },
                { kind: 'INSERT', fields: [2] },
              ],
              nextResultUri: '/next/1',
            },
          };
        stop.abort('SIGINT'); // Ctrl-C while the next page is awaited
        return {
          ok: true,
          value: { resultType: 'PAYLOAD', columns: [], rows: [], nextResultUri: '/next/2' },
        };
      },
      cancelOperation: async () => {
        calls.push('cancelOperation');
        return { ok: true, value: undefined };
      },
      closeOperation: async () => {
        calls.push('closeOperation');
        return { ok: true, value: undefined };
      },
      closeSession: async () => {
        calls.push('closeSession');
        return { ok: true, value: undefined };
      },
      listJobs: async () => ({
        ok: true,
        value: [{ id: 'pj', name: 'flinkops-preview.j.0', state: cancelled ? 'CANCELED' : 'RUNNING' }],
      }),
      cancelJob: async () => {
        calls.push('cancelJob');
        cancelled = true;
        return { ok: true, value: undefined };
      },
    } as unknown as FlinkClient;
    // A real wait would be 60 s of polling: the stop ends it.
    const r = await preview(client, stop.signal, { limit: 100, timeoutMs: 60_000 });
    expect(r.value).toMatchObject({ rows: [[1], [2]], timedOut: false });
    expect(calls).toEqual([
      'fetch 0',
      'fetch /next/1',
      'cancelOperation',
      'closeOperation',
      'closeSession',
      'cancelJob',
    ]);
  });
});

describe('a preview stopped while its query is submitted', () => {
  it('cancels the job the gateway submits after the session is closed', async () => {
    // Real Flink 1.20.3: the gateway's operation failed as the session closed, and the job it
    // was submitting reached the cluster 40 ms later and ran on.
    const stop = new AbortController();
    let listings = 0;
    let cancelled = false;
    const ok = async () => ({ ok: true, value: undefined });
    const client = {
      openSession: async () => ({ ok: true, value: 'sh' }),
      runStatement: async () => ({ ok: true, value: { columns: [], rows: [], kinds: [] } }),
      executeStatement: async () => {
        stop.abort('SIGTERM');
        return { ok: true, value: 'op' };
      },
      fetchResults: async () => ({ ok: true, value: { resultType: 'NOT_READY', columns: [], rows: [] } }),
      getOperationStatus: async () => ({ ok: true, value: 'ERROR' }),
      cancelOperation: ok,
      closeOperation: ok,
      closeSession: ok,
      listJobs: async () => ({
        ok: true,
        value:
          ++listings < 3
            ? []
            : [{ id: 'pj', name: 'flinkops-preview.j.0', state: cancelled ? 'CANCELED' : 'RUNNING' }],
      }),
      cancelJob: async () => {
        cancelled = true;
        return { ok: true, value: undefined };
      },
    } as unknown as FlinkClient;
    const r = await preview(client, stop.signal, { limit: 100, timeoutMs: 60_000 });
    expect(r.value).toMatchObject({ rows: [], timedOut: false });
    expect(cancelled).toBe(true);
  });
});

describe('preview values as Flink shows them', () => {
  it('DECIMAL with every digit of its scale, TIMESTAMP with a space; others as they came', async () => {
    const { shownValue } = await import('./report');
    expect(shownValue(44343908.8, { type: 'DECIMAL', scale: 2 })).toBe('44343908.80');
    expect(shownValue(1279358, { type: 'DECIMAL', scale: 2 })).toBe('1279358.00');
    // Kept as text (beyond a double): as written.
    expect(shownValue('12345678901234567.10', { type: 'DECIMAL', scale: 2 })).toBe('12345678901234567.10');
    expect(shownValue('2026-12-04T16:44:00', { type: 'TIMESTAMP_WITHOUT_TIME_ZONE' })).toBe(
      '2026-12-04 16:44:00',
    );
    expect(shownValue('2026-12-04T16:44:00.123', { type: 'TIMESTAMP_WITH_LOCAL_TIME_ZONE' })).toBe(
      '2026-12-04 16:44:00.123',
    );
    expect(shownValue('aTb', { type: 'VARCHAR' })).toBe('aTb');
    expect(shownValue(1.5, { type: 'DOUBLE' })).toBe(1.5);
    const { parseColumns } = await import('../../flink/gateway-parse');
    expect(
      parseColumns([
        { name: 'amount', logicalType: { type: 'DECIMAL', nullable: true, precision: 10, scale: 2 } },
      ]),
    ).toEqual([{ name: 'amount', type: 'DECIMAL', nullable: true, scale: 2 }]);
  });
});

describe('a preview that waits', () => {
  it('leaves no listener on the stop signal behind, however often it pauses', async () => {
    const { EventEmitter } = await import('node:events');
    const listeners = (t: EventTarget) => EventEmitter.listenerCount(t as never, 'abort');
    const ok = async () => ({ ok: true, value: undefined });
    const client = {
      openSession: async () => ({ ok: true, value: 'sh' }),
      runStatement: async () => ({ ok: true, value: { columns: [], rows: [], kinds: [] } }),
      executeStatement: async () => ({ ok: true, value: 'op' }),
      // No rows ever: the preview pauses until its timeout.
      fetchResults: async () => ({
        ok: true,
        value: { resultType: 'PAYLOAD', columns: [], rows: [], nextResultUri: '/n' },
      }),
      cancelOperation: ok,
      closeOperation: ok,
      closeSession: ok,
      listJobs: async () => ({ ok: true, value: [] }),
      getClusterOverview: async () => ({
        ok: true,
        value: { taskManagers: 1, slotsTotal: 4, slotsAvailable: 4 },
      }),
    } as unknown as FlinkClient;
    const stop = new AbortController();
    const r = await preview(client, stop.signal, { limit: 10, timeoutMs: 30_000 });
    expect(r.value).toMatchObject({ rows: [], timedOut: true });
    expect(listeners(stop.signal)).toBe(0);
  });
});

describe('a preview on a cluster with no free task slot', () => {
  it('says at once that its query waits for one, and still sends it', async () => {
    const ok = async () => ({ ok: true, value: undefined });
    const sent: string[] = [];
    const client = {
      openSession: async () => ({ ok: true, value: 'sh' }),
      runStatement: async () => ({ ok: true, value: { columns: [], rows: [], kinds: [] } }),
      executeStatement: async (_sh: string, sql: string) => {
        sent.push(sql);
        return { ok: true, value: 'op' };
      },
      fetchResults: async () => ({
        ok: true,
        value: { resultType: 'PAYLOAD', columns: [], rows: [], nextResultUri: '/n' },
      }),
      cancelOperation: ok,
      closeOperation: ok,
      closeSession: ok,
      listJobs: async () => ({ ok: true, value: [] }),
      // A native Kubernetes session cluster: every slot taken, and it may start a TaskManager.
      getClusterOverview: async () => ({
        ok: true,
        value: { taskManagers: 1, slotsTotal: 4, slotsAvailable: 0 },
      }),
    } as unknown as FlinkClient;
    const said: string[] = [];
    await preview(client, new AbortController().signal, {
      limit: 10,
      timeoutMs: 1_000,
      onProgress: (p) => said.push(describeEngineProgress(p)),
    });
    expect(said).toEqual([
      'preview of j: no task slot free (0 of 4); its job waits for one until --timeout unless the cluster starts a TaskManager for it (free one: suspend a job or lower a parallelism)',
    ]);
    expect(sent).toEqual(['SELECT id FROM src']);
  });
});

describe("a preview's rows as a table", () => {
  it('an updating query shows the kind of each change, so a retraction does not read as a row', () => {
    const text = renderPreviewRows({
      columns: ['user_id', 'clicks'],
      columnTypes: [{ type: 'INT' }, { type: 'BIGINT' }],
      rows: [
        [2, 1],
        [2, 1],
        [2, 2],
      ],
      ops: ['+I', '-U', '+U'],
    });
    expect(text.split('\n').slice(1, 6)).toEqual([
      '| op | user_id | clicks |',
      '+----+---------+--------+',
      '| +I | 2       | 1      |',
      '| -U | 2       | 1      |',
      '| +U | 2       | 2      |',
    ]);
  });

  it('an insert-only query shows its columns alone', () => {
    const text = renderPreviewRows({ columns: ['k'], columnTypes: [undefined], rows: [[1]], ops: ['+I'] });
    expect(text).not.toContain('op');
  });
});

describe('a preview Flink refuses', () => {
  /**
   * Real Flink 2.2's answer to fetchResults of a query calling a Java UDF whose `eval(BigDecimal)`
   * has no type hint (trimmed to one frame per cause): the SQL error sits under the gateway's own
   * "Failed to fetchResults" wrappers.
   */
  const recorded = JSON.parse(
    readFileSync(
      join(
        import.meta.dirname,
        '../../../test/fixtures/gateway-errors/fetch-results-udf-type-inference-2.2.json',
      ),
      'utf8',
    ),
  );

  /** A gateway whose query fails with `failed`: its fetch answers the error, its status ERROR. */
  const refusing = (failed: ReturnType<typeof httpError>) =>
    ({
      openSession: async () => ({ ok: true, value: 'sh' }),
      runStatement: async () => ({ ok: true, value: { columns: [], rows: [], kinds: [] } }),
      executeStatement: async () => ({ ok: true, value: 'op' }),
      fetchResults: async () => ({ ok: false, error: failed }),
      getOperationStatus: async () => ({ ok: true, value: 'ERROR' }),
      cancelOperation: async () => ({ ok: true, value: undefined }),
      closeOperation: async () => ({ ok: true, value: undefined }),
      closeSession: async () => ({ ok: true, value: undefined }),
      listJobs: async () => ({ ok: true, value: [] }),
    }) as unknown as FlinkClient;

  it("names the function at fault and Flink's root cause, not the gateway's wrapper, and points at the SQL, not the sources", async () => {
    const failed = httpError('gateway', 'fetchResults', 500, recorded, '');
    const client = refusing(failed);
    const r = await preview(client, new AbortController().signal, { limit: 10, timeoutMs: 5_000 });
    expect(r.value).toBeUndefined();
    expect(r.diags).toHaveLength(1);
    const d = r.diags[0]!;
    expect(d.code).toBe('FO456');
    expect(d.summary).toContain("function 'default_catalog.default_database.ab'");
    expect(d.summary).toContain("in parameter 0 of method 'eval' in class 'com.shop.udf.AmountBand'");
    expect(d.summary).toMatch(/Values of 'java\.math\.BigDecimal' need fixed precision and scale\.$/);
    expect(d.summary).not.toContain('Failed to fetchResults');
    expect(d.detail).toContain('fix the SQL, table or UDF');
    expect(d.detail).not.toContain('reachable');
  });

  it('still points at the sources when the query compiled and a connector failed', async () => {
    const failed = httpError(
      'gateway',
      'fetchResults',
      500,
      {
        errors: [
          'Internal server error.',
          '<Exception on server side:\norg.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to fetchResults.\n\tat x.y(Z.java:1)\nCaused by: org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy\n\tat a.b(C.java:2)\nCaused by: org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment.\n\tat d.e(F.java:3)\n\nEnd of exception on server side>',
        ],
      },
      '',
    );
    const client = refusing(failed);
    const r = await preview(client, new AbortController().signal, { limit: 10, timeoutMs: 5_000 });
    expect(r.diags[0]!.summary).toBe(
      'Flink refused the preview: JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy <- TimeoutException: Timed out waiting for a node assignment.',
    );
    expect(r.diags[0]!.detail).toContain('reachable');
  });
});

describe("a preview's columns", () => {
  /** Previews `insert` of a job whose sink has (k, total, ts), Flink naming the query's columns `names`. */
  async function columnsOf(insert: string, names: string[]) {
    const { analyzeScript } = await import('../../sql');
    const { runPreview } = await import('./preview');
    const script =
      "CREATE TEMPORARY TABLE src (k INT, v INT) WITH ('connector' = 'datagen');\n" +
      "CREATE TEMPORARY TABLE snk (k INT, total BIGINT, ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL, w AS k + 1, at_ms BIGINT) WITH ('connector' = 'blackhole');\n" +
      `${insert};\n`;
    const job = {
      name: 'j',
      sinks: ['snk'],
      script,
      statements: analyzeScript(script, 'jobs/j.sql').statements,
    };
    const ok = async () => ({ ok: true, value: undefined });
    const client = {
      openSession: async () => ({ ok: true, value: 'sh' }),
      runStatement: async () => ({ ok: true, value: { columns: [], rows: [], kinds: [] } }),
      executeStatement: async () => ({ ok: true, value: 'op' }),
      fetchResults: async () => ({
        ok: true,
        value: {
          resultType: 'EOS',
          columns: names.map((name) => ({ name })),
          rows: [{ kind: 'INSERT', fields: names.map(() => 1) }],
        },
      }),
      cancelOperation: ok,
      closeOperation: ok,
      closeSession: ok,
      listJobs: async () => ({ ok: true, value: [] }),
    } as unknown as FlinkClient;
    const r = await runPreview(job as never, {
      client,
      secrets: {},
      limit: 10,
      timeoutMs: 1_000,
      now: () => 0,
      sleep: async () => {},
    });
    return r.value?.columns;
  }

  it("are the sink's (its written columns, in order), not Flink's EXPR$n of the query's expressions", async () => {
    expect(
      await columnsOf('INSERT INTO snk SELECT k, SUM(v), 0 FROM src GROUP BY k', ['k', 'EXPR$1', 'EXPR$2']),
    ).toEqual(['k', 'total', 'at_ms']);
    // An INSERT's column list names them.
    expect(await columnsOf('INSERT INTO snk (k, at_ms) SELECT k, 0 FROM src', ['k', 'EXPR$1'])).toEqual([
      'k',
      'at_ms',
    ]);
    // As many as the sink writes or nothing is guessed.
    expect(await columnsOf('INSERT INTO snk SELECT k, v FROM src', ['k', 'v'])).toEqual(['k', 'v']);
  });
});

/**
 * `script` (one INSERT into `snk`) previewed on a client answering as `client` overrides (a session
 * opened, statements taken, a query whose pages are empty), on a clock its sleeps move forward.
 */
async function previewScript(
  script: string,
  client: Partial<Record<keyof FlinkClient, unknown>> = {},
  config: Record<string, string> = {},
) {
  const { analyzeScript } = await import('../../sql');
  const { runPreview } = await import('./preview');
  const job = {
    name: 'j',
    sinks: ['snk'],
    settings: { config },
    script,
    statements: analyzeScript(script, 'jobs/j.sql').statements,
  };
  const answers = {
    openSession: async () => ({ ok: true, value: 'sh' }),
    runStatement: async () => ({ ok: true, value: { columns: [], rows: [], kinds: [] } }),
    executeStatement: async () => ({ ok: true, value: 'op' }),
    fetchResults: async () => ({
      ok: true,
      value: { resultType: 'PAYLOAD', columns: [{ name: 'k' }], rows: [], nextResultUri: '/next' },
    }),
    cancelOperation: async () => ({ ok: true, value: undefined }),
    closeOperation: async () => ({ ok: true, value: undefined }),
    closeSession: async () => ({ ok: true, value: undefined }),
    listJobs: async () => ({ ok: true, value: [] }),
    ...client,
  } as unknown as FlinkClient;
  let now = 0;
  return runPreview(job as never, {
    client: answers,
    secrets: {},
    limit: 10,
    timeoutMs: 5_000,
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  });
}

describe('a preview of a Kafka-fed job', () => {
  it("reads in the table's consumer group but commits no offsets to it", async () => {
    const sent: string[] = [];
    await previewScript(
      "CREATE TEMPORARY TABLE orders (id INT) WITH ('connector' = 'kafka', 'topic' = 'orders', 'properties.group.id' = 'orders-prod', 'scan.startup.mode' = 'group-offsets');\n" +
        "CREATE TEMPORARY TABLE plain (id INT) WITH ('connector' = 'datagen');\n" +
        "CREATE TEMPORARY TABLE snk (id INT) WITH ('connector' = 'blackhole');\n" +
        'INSERT INTO snk SELECT id FROM orders UNION ALL SELECT id FROM plain;\n',
      {
        runStatement: async (_sh: string, sql: string) => {
          sent.push(sql);
          return { ok: true, value: { columns: [], rows: [], kinds: [] } };
        },
      },
    );
    expect(sent[0]).toBe(
      "CREATE TEMPORARY TABLE orders (id INT) WITH ('connector' = 'kafka', 'topic' = 'orders', 'properties.group.id' = 'orders-prod', 'scan.startup.mode' = 'group-offsets', 'properties.commit.offsets.on.checkpoint' = 'false')",
    );
    expect(sent[1]).toBe("CREATE TEMPORARY TABLE plain (id INT) WITH ('connector' = 'datagen')");
  });
});

describe('a preview of an event-time window that gave no row', () => {
  it('says the watermark held the window back, and how to let an idle partition go (FO458)', async () => {
    const script = (set: string) =>
      `${set}CREATE TEMPORARY TABLE src (k INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');\n` +
      "CREATE TEMPORARY TABLE snk (k INT, n BIGINT) WITH ('connector' = 'blackhole');\n" +
      "INSERT INTO snk SELECT k, COUNT(*) FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY k, window_start, window_end;\n";
    const held = await previewScript(script(''));
    expect(held.value).toMatchObject({ rows: [], timedOut: true });
    expect(held.diags.map((d) => [d.code, d.severity])).toEqual([['FO458', 'warning']]);
    expect(held.diags[0]!.detail).toContain('table.exec.source.idle-timeout');
    // With an idle timeout set, an empty window is just an empty window.
    const idle = await previewScript(script("SET 'table.exec.source.idle-timeout' = '5 s';\n"));
    expect(idle.diags).toEqual([]);
    // Set in the job's config, it reaches the preview's session as it reaches the job.
    const opened: Record<string, string>[] = [];
    const configured = await previewScript(
      script(''),
      {
        openSession: async (o: { properties: Record<string, string> }) => {
          opened.push(o.properties);
          return { ok: true, value: 'sh' };
        },
      },
      { 'table.exec.source.idle-timeout': '5 s' },
    );
    expect(configured.diags).toEqual([]);
    expect(opened[0]).toMatchObject({ 'table.exec.source.idle-timeout': '5 s' });
  });

  it("opens its session with the job's python.* options: the gateway imports its Python functions", async () => {
    const opened: Record<string, string>[] = [];
    const script =
      "SET 'python.files' = 'file:///opt/udfs/my_udfs.py';\n" +
      "CREATE TEMPORARY FUNCTION shout AS 'my_udfs.shout' LANGUAGE PYTHON;\n" +
      "CREATE TEMPORARY TABLE src (w STRING) WITH ('connector' = 'datagen');\n" +
      "CREATE TEMPORARY TABLE snk (s STRING) WITH ('connector' = 'blackhole');\n" +
      'INSERT INTO snk SELECT shout(w) FROM src;\n';
    const openSession = async (o: { properties: Record<string, string> }) => {
      opened.push(o.properties);
      return { ok: true, value: 'sh' };
    };
    await previewScript(script, { openSession }, { 'python.client.executable': '/opt/venv/bin/python' });
    expect(opened[0]).toMatchObject({
      'python.files': 'file:///opt/udfs/my_udfs.py',
      'python.client.executable': '/opt/venv/bin/python',
    });
  });
});

describe('a preview of a batch job', () => {
  it('runs its query in batch mode, as the job runs (final rows, not a changelog)', async () => {
    const { analyzeScript } = await import('../../sql');
    const { runPreview } = await import('./preview');
    const opened: Record<string, string>[] = [];
    const client = {
      openSession: async (o: { properties: Record<string, string> }) => {
        opened.push(o.properties);
        return { ok: false, error: httpError('gateway', 'openSession', 500, 'stop here', '') };
      },
    } as unknown as FlinkClient;
    const run = (set: string) => {
      const script = `${set}CREATE TEMPORARY TABLE snk (id INT) WITH ('connector' = 'blackhole');\nINSERT INTO snk SELECT 1;\n`;
      const job = {
        name: 'j',
        sinks: ['snk'],
        script,
        statements: analyzeScript(script, 'jobs/j.sql').statements,
      };
      return runPreview(job as never, {
        client,
        secrets: {},
        limit: 10,
        timeoutMs: 1_000,
        now: () => 0,
        sleep: async () => undefined,
      });
    };
    await run("SET 'execution.runtime-mode' = 'batch';\n");
    await run('');
    expect(opened.map((p) => p['execution.runtime-mode'])).toEqual(['batch', 'streaming']);
  });
});
