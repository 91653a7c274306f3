import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock';
import { createFlinkClient } from './rest-client';
import { type Reply, type SeenRequest, startTestServer, type TestServer } from './test-server';

let server: TestServer | undefined;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  await server?.close();
});

/** A gateway (Flink 1.18, API v2) whose session and configure-session calls first fail twice with 503. */
async function flakyGateway() {
  const failures = new Map<string, number>();
  server = await startTestServer((q: SeenRequest): Reply => {
    if (q.url === '/api_versions') return { status: 200, body: { versions: ['V1', 'V2'] } };
    if (q.url.endsWith('/info'))
      return { status: 200, body: { productName: 'Apache Flink', version: '1.18.1' } };
    const key = `${q.method} ${q.url} ${JSON.stringify(q.body)}`;
    const n = failures.get(key) ?? 0;
    if (n < 2) {
      failures.set(key, n + 1);
      return { status: 503, body: { errors: ['overloaded'] } };
    }
    if (q.url === '/v2/sessions') return { status: 200, body: { sessionHandle: 'sess-1' } };
    return { status: 200, body: {} };
  });
  const clock = new FakeClock();
  const client = createFlinkClient({
    jobmanagerUrl: server.url,
    sqlGatewayUrl: server.url,
    clock,
    random: () => 0.5,
  });
  close = () => client.close();
  return { client, clock, requests: server.requests };
}

describe('gateway calls that are safe to repeat', () => {
  it('opening a session is retried through 5xx answers, with backoff', async () => {
    const { client, clock, requests } = await flakyGateway();
    const r = await client.openSession({ sessionName: 'flinkops-orders' });
    expect(r).toEqual({ ok: true, value: 'sess-1' });
    expect(requests.filter((q) => q.url === '/v2/sessions')).toHaveLength(3);
    expect(clock.sleeps.slice(-2)).toEqual([188, 375]);
  });

  it('a SET through configure-session is retried; a DDL is sent once (the caller repeats it in place or in a fresh session)', async () => {
    const { client, requests } = await flakyGateway();
    const set = await client.configureSession('sess-1', "SET 'a' = 'b'");
    expect(set.ok).toBe(true);
    const ddl = await client.configureSession('sess-1', 'CREATE TEMPORARY TABLE t (id INT)');
    expect(ddl.ok).toBe(false);
    const bodies = requests.filter((q) => q.url.endsWith('/configure-session')).map((q) => q.body);
    expect(bodies).toEqual([
      { statement: "SET 'a' = 'b'" },
      { statement: "SET 'a' = 'b'" },
      { statement: "SET 'a' = 'b'" },
      { statement: 'CREATE TEMPORARY TABLE t (id INT)' },
    ]);
  });

  it('a SET whose value Flink refuses is answered once: a 500 that asking again cannot change', async () => {
    // Flink 1.20's answer to SET 'execution.checkpointing.mode' = 'EXACTLY_TWICE' (trace shortened).
    const refusal = [
      '<Exception on server side:',
      'org.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to configure session.',
      'Caused by: org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation 6e775e86-8fd5-4b42-80ea-a00fb277d438.',
      'Caused by: org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to set key execution.checkpointing.mode with value EXACTLY_TWICE.',
      'Caused by: java.lang.IllegalArgumentException: Could not parse value for enum class org.apache.flink.core.execution.CheckpointingMode. Expected one of: [[EXACTLY_ONCE, AT_LEAST_ONCE]]',
      '',
      'End of exception on server side>',
    ].join('\n');
    server = await startTestServer((q: SeenRequest): Reply => {
      if (q.url === '/api_versions') return { status: 200, body: { versions: ['V1', 'V2', 'V3'] } };
      if (q.url.endsWith('/info'))
        return { status: 200, body: { productName: 'Apache Flink', version: '1.20.3' } };
      if (q.url.endsWith('/configure-session'))
        return { status: 500, body: { errors: ['Internal server error.', refusal] } };
      return { status: 200, body: {} };
    });
    const clock = new FakeClock();
    const client = createFlinkClient({ jobmanagerUrl: server.url, sqlGatewayUrl: server.url, clock });
    close = () => client.close();
    const r = await client.configureSession('sess-1', "SET 'execution.checkpointing.mode' = 'EXACTLY_TWICE'");
    expect(r.ok).toBe(false);
    // The SQL's fault, as a failed statement is.
    expect(!r.ok && r.error.kind).toBe('statement');
    expect(server.requests.filter((q) => q.url.endsWith('/configure-session'))).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('a submission whose answer is cut short', () => {
  it('says the statement may have reached the gateway, so the caller looks before submitting again', async () => {
    server = await startTestServer((q: SeenRequest): Reply => {
      if (q.url === '/api_versions') return { status: 200, body: { versions: ['V1', 'V2'] } };
      if (q.url.endsWith('/info'))
        return { status: 200, body: { productName: 'Apache Flink', version: '1.18.1' } };
      // A proxy passed on the first half of the gateway's answer.
      return { status: 200, raw: '{"operationHandle":"6e775e86-8fd5' };
    });
    const client = createFlinkClient({
      jobmanagerUrl: server.url,
      sqlGatewayUrl: server.url,
      clock: new FakeClock(),
    });
    close = () => client.close();
    const insert = await client.executeStatement('sess-1', 'INSERT INTO t SELECT 1');
    expect(!insert.ok && insert.error).toMatchObject({ kind: 'protocol', mayHaveReachedServer: true });
    const set = await client.executeStatement('sess-1', "SET 'a' = 'b'");
    expect(!set.ok && set.error.mayHaveReachedServer).toBeUndefined();
  });
});
