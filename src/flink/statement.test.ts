import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock';
import type { FlinkClient } from './client';
import { createFlinkClient } from './rest-client';
import { type Reply, type SeenRequest, startTestServer, type TestServer } from './test-server';

let server: TestServer | undefined;
let client: FlinkClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = undefined;
  server = undefined;
});

const OP = 'op-1';
const jobCols = [{ name: 'job id', logicalType: { type: 'VARCHAR', nullable: false }, comment: null }];

/**
 * A scripted gateway: `api` versions, a release, and handlers for statement routes. The operation
 * moves one step through `statuses` at each fetch; as Flink does, a fetch while it waits answers
 * NOT_READY, and a status call reports the step the last fetch saw.
 */
async function gateway(opts: {
  versions: string[];
  release: string;
  statuses: string[];
  pages: (token: number, req: SeenRequest) => Reply;
}) {
  let fetches = 0;
  const seen = () => opts.statuses[Math.min(Math.max(fetches - 1, 0), opts.statuses.length - 1)]!;
  server = await startTestServer((req) => {
    const path = req.url.split('?')[0]!;
    if (path === '/config') return { status: 200, body: { 'flink-version': opts.release } };
    if (path === '/api_versions') return { status: 200, body: { versions: opts.versions } };
    if (path === '/v1/info')
      return { status: 200, body: { productName: 'Apache Flink', version: opts.release } };
    if (/\/sessions$/.test(path)) return { status: 200, body: { sessionHandle: 'sess' } };
    if (/\/statements$/.test(path)) return { status: 200, body: { operationHandle: OP } };
    if (/\/status$/.test(path)) return { status: 200, body: { status: seen() } };
    const m = /\/result\/(\d+)$/.exec(path);
    if (m) {
      fetches++;
      if (seen() === 'PENDING' || seen() === 'INITIALIZED') {
        const again = `/${path.split('/')[1]}/sessions/sess/operations/${OP}/result/${m[1]}?rowFormat=JSON`;
        return { status: 200, body: { resultType: 'NOT_READY', nextResultUri: again } };
      }
      return opts.pages(Number(m[1]), req);
    }
    if (/\/close$/.test(path)) return { status: 200, body: { status: 'CLOSED' } };
    return { status: 404, body: { errors: ['Not found'] } };
  });
  const clock = new FakeClock();
  client = createFlinkClient({
    jobmanagerUrl: server.url,
    sqlGatewayUrl: server.url,
    clock,
    random: () => 0.5,
  });
  return { clock, client, server };
}

describe('runStatement', () => {
  it('waits, follows nextResultUri through NOT_READY to EOS, and reads the job id (1.17+, API v2)', async () => {
    const { client, server, clock } = await gateway({
      versions: ['V1', 'V2'],
      release: '1.17.2',
      statuses: ['PENDING', 'RUNNING', 'FINISHED'],
      pages: (token) => {
        const next = (t: number) => `/v2/sessions/sess/operations/${OP}/result/${t}?rowFormat=JSON`;
        if (token === 0) return { status: 200, body: { resultType: 'NOT_READY', nextResultUri: next(1) } };
        if (token === 1) {
          return {
            status: 200,
            body: {
              resultType: 'PAYLOAD',
              isQueryResult: false,
              jobID: 'a1b2',
              resultKind: 'SUCCESS_WITH_CONTENT',
              results: { columns: jobCols, rowFormat: 'JSON', data: [{ kind: 'INSERT', fields: ['a1b2'] }] },
              nextResultUri: next(2),
            },
          };
        }
        return { status: 200, body: { resultType: 'EOS', results: { columns: jobCols, data: [] } } };
      },
    });
    const r = await client.runStatement('sess', 'INSERT INTO s SELECT * FROM t', {
      executionConfig: { 'pipeline.name': 'p.e.j' },
    });
    expect(r).toEqual({
      ok: true,
      value: {
        columns: [{ name: 'job id', type: 'VARCHAR', nullable: false }],
        rows: [['a1b2']],
        kinds: ['INSERT'],
        jobId: 'a1b2',
        operationHandle: OP,
        truncated: false,
      },
    });
    const paths = server.requests.map((q) => `${q.method} ${q.url}`);
    expect(paths).toContain('POST /v2/sessions/sess/statements');
    expect(paths.filter((p) => p.includes('/result/')).every((p) => p.includes('rowFormat=JSON'))).toBe(true);
    expect(paths).toContain(`DELETE /v2/sessions/sess/operations/${OP}/close`);
    const submit = server.requests.find((q) => q.url.endsWith('/statements'))!;
    expect(submit.body).toEqual({
      statement: 'INSERT INTO s SELECT * FROM t',
      executionConfig: { 'pipeline.name': 'p.e.j' },
    });
    expect(clock.sleeps.length).toBeGreaterThan(0);
  });

  it('reads the job id from the `job id` column on 1.16 (API v1, no rowFormat)', async () => {
    const { client, server } = await gateway({
      versions: ['V1'],
      release: '1.16.3',
      statuses: ['FINISHED'],
      pages: () => ({
        status: 200,
        body: {
          resultType: 'EOS',
          results: { columns: jobCols, data: [{ kind: 'INSERT', fields: ['c3d4'] }] },
        },
      }),
    });
    const r = await client.runStatement('sess', 'INSERT INTO s SELECT 1');
    expect(r.ok && r.value.jobId).toBe('c3d4');
    const fetches = server.requests.filter((q) => q.url.includes('/result/'));
    expect(fetches.map((q) => q.url)).toEqual([`/v1/sessions/sess/operations/${OP}/result/0`]);
    const caps = await client.capabilities();
    expect(caps).toMatchObject({
      gatewayApiVersion: 'v1',
      executionConfigRestores: false,
      supportsStopJobSql: false,
    });
  });

  it('refuses restore keys in executionConfig on 1.16 instead of silently starting without state', async () => {
    const { client, server } = await gateway({
      versions: ['V1'],
      release: '1.16.3',
      statuses: ['FINISHED'],
      pages: () => 'reset',
    });
    const r = await client.executeStatement('sess', 'INSERT INTO s SELECT 1', {
      executionConfig: { 'execution.savepoint.path': 's3://sp/1', 'pipeline.name': 'x' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('unsupported');
      expect(r.error.message).toContain('execution.savepoint.path');
    }
    expect(server.requests.some((q) => q.url.endsWith('/statements'))).toBe(false);
  });

  it('surfaces the SQL error of a failed statement (status ERROR, fetch 500 with errors[1])', async () => {
    const trace =
      "<Exception on server side:\norg.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to fetchResults.\n\tat a.b(C.java:1)\nCaused by: org.apache.flink.table.api.ValidationException: Unknown column 'x'\n\tat d.e(F.java:2)\n\nEnd of exception on server side>";
    const { client, server } = await gateway({
      versions: ['V1', 'V2', 'V3'],
      release: '1.20.2',
      statuses: ['ERROR'],
      pages: () => ({ status: 500, body: { errors: ['Internal server error.', trace] } }),
    });
    const r = await client.runStatement('sess', 'INSERT INTO s SELECT x FROM t');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({
        kind: 'statement',
        status: 500,
        message: "ValidationException: Unknown column 'x'",
      });
      expect(r.error.causes[0]).toBe('SqlGatewayException: Failed to fetchResults.');
    }
    // The error answer is expected: no retries of the fetch; the status is asked once, after it.
    expect(server.requests.filter((q) => q.url.includes('/result/'))).toHaveLength(1);
    expect(server.requests.filter((q) => q.url.endsWith('/status'))).toHaveLength(1);
    expect(server.requests.some((q) => q.url.startsWith('/v3/'))).toBe(true);
  });

  it('times out naming the statement and warns that a job may still be submitted', async () => {
    const { client } = await gateway({
      versions: ['V1', 'V2'],
      release: '1.18.1',
      statuses: ['PENDING'],
      pages: () => 'reset',
    });
    const r = await client.runStatement('sess', 'INSERT INTO s SELECT 1', { timeoutMs: 10_000 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ kind: 'timeout', mayHaveReachedServer: true });
      expect(r.error.message).toBe(`statement ${OP} did not finish within 10 s`);
    }
  });

  it('with maxRows 0 and closeOperation false, reads one page and leaves the operation to its session', async () => {
    const { client, server } = await gateway({
      versions: ['V1', 'V2'],
      release: '1.20.3',
      statuses: ['FINISHED'],
      pages: (token) => ({
        status: 200,
        body: {
          resultType: 'PAYLOAD',
          results: {
            columns: [{ name: 'result', logicalType: { type: 'VARCHAR', nullable: true } }],
            data: [{ kind: 'INSERT', fields: ['OK'] }],
          },
          nextResultUri: `/v2/sessions/sess/operations/${OP}/result/${token + 1}?rowFormat=JSON`,
        },
      }),
    });
    const r = await client.runStatement('sess', "SET 'a' = 'b'", { maxRows: 0, closeOperation: false });
    expect(r.ok).toBe(true);
    const opCalls = server.requests
      .filter((q) => q.url.includes('/operations/'))
      .map((q) => `${q.method} ${q.url}`);
    // No status call: the first fetch already answers.
    expect(opCalls).toEqual([`GET /v2/sessions/sess/operations/${OP}/result/0?rowFormat=JSON`]);
  });

  it('fetches at once and, while the operation waits, again after 10 ms, doubling', async () => {
    const { client, server, clock } = await gateway({
      versions: ['V1', 'V2'],
      release: '1.20.3',
      statuses: ['PENDING', 'PENDING', 'FINISHED'],
      pages: () => ({ status: 200, body: { resultType: 'EOS', results: { columns: [], data: [] } } }),
    });
    const r = await client.runStatement(
      'sess',
      "CREATE TEMPORARY TABLE t (a INT) WITH ('connector' = 'datagen')",
      {
        maxRows: 0,
        closeOperation: false,
      },
    );
    expect(r.ok).toBe(true);
    expect(clock.sleeps).toEqual([10, 20]);
    expect(server.requests.filter((q) => q.url.includes('/result/'))).toHaveLength(3);
    expect(server.requests.some((q) => q.url.endsWith('/status'))).toBe(false);
  });

  it('never pauses more than 100 ms between fetches: a slow EXPLAIN is read soon after it ends', async () => {
    const { client, clock } = await gateway({
      versions: ['V1', 'V2', 'V3'],
      release: '1.20.3',
      statuses: [...Array<string>(12).fill('PENDING'), 'FINISHED'],
      pages: () => ({ status: 200, body: { resultType: 'EOS', results: { columns: [], data: [] } } }),
    });
    const r = await client.runStatement('sess', 'EXPLAIN INSERT INTO t SELECT 1', {
      maxRows: 0,
      closeOperation: false,
    });
    expect(r.ok).toBe(true);
    expect(clock.sleeps).toEqual([10, 20, 40, 80, 100, 100, 100, 100, 100, 100, 100, 100]);
  });

  it('fetches again after a 500 while the operation still runs (a server hiccup, not the SQL)', async () => {
    let calls = 0;
    const { client, server } = await gateway({
      versions: ['V1', 'V2'],
      release: '1.20.3',
      statuses: ['RUNNING'],
      pages: () =>
        calls++ === 0
          ? { status: 500, body: { errors: ['Internal server error.'] } }
          : { status: 200, body: { resultType: 'EOS', results: { columns: [], data: [] } } },
    });
    const r = await client.runStatement('sess', "SET 'a' = 'b'");
    expect(r.ok).toBe(true);
    expect(server.requests.filter((q) => q.url.includes('/result/'))).toHaveLength(2);
    expect(server.requests.filter((q) => q.url.endsWith('/status'))).toHaveLength(1);
  });

  it("a finished query whose job failed is that failure at once, not a hiccup waited out (a SELECT's / by zero)", async () => {
    const trace =
      '<Exception on server side:\norg.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to fetchResults.\n\tat a.b(C.java:1)\nCaused by: java.lang.ArithmeticException: / by zero\n\tat d.e(F.java:2)\n\nEnd of exception on server side>';
    const { client, server } = await gateway({
      versions: ['V1', 'V2', 'V3'],
      release: '1.20.3',
      statuses: ['FINISHED'],
      pages: () => ({ status: 500, body: { errors: ['Internal server error.', trace] } }),
    });
    const r = await client.runStatement('sess', 'SELECT id / (id - id) FROM t');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('ArithmeticException: / by zero');
    expect(server.requests.filter((q) => q.url.includes('/result/'))).toHaveLength(1);
  });

  it('stops at maxRows', async () => {
    const { client } = await gateway({
      versions: ['V1', 'V2', 'V3', 'V4'],
      release: '2.3.0',
      statuses: ['RUNNING'],
      pages: (token) => ({
        status: 200,
        body: {
          resultType: 'PAYLOAD',
          results: {
            columns: [{ name: 'n', logicalType: { type: 'INT', nullable: true } }],
            data: [
              { kind: 'INSERT', fields: [token] },
              { kind: 'INSERT', fields: [token] },
            ],
          },
          nextResultUri: `/v4/sessions/sess/operations/${OP}/result/${token + 1}?rowFormat=JSON`,
        },
      }),
    });
    const r = await client.runStatement('sess', 'SELECT n FROM gen', { maxRows: 5 });
    expect(r.ok && r.value.rows).toEqual([[0], [0], [1], [1], [2]]);
    expect(r.ok && r.value.truncated).toBe(true);
  });
});
