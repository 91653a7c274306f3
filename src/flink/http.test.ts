import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock';
import type { HttpEndpointOptions, HttpEvent } from './http';
import { createFlinkClient } from './rest-client';
import { type Reply, type SeenRequest, startTestServer, type TestServer, testEndpoint } from './test-server';
import { haveOpenssl, makeTestCerts } from './test-tls';

const servers: TestServer[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: (req: SeenRequest, n: number) => Reply, tls?: { key: string; cert: string }) {
  const s = await startTestServer(handler, tls);
  servers.push(s);
  return s;
}

const endpoint = (url: string, extra: Partial<HttpEndpointOptions> = {}) => testEndpoint(url, closers, extra);

const config = { 'flink-version': '1.18.1', features: { 'web-rescale': true } };

describe('HTTP retry policy', () => {
  it('retries a GET through a burst of 5xx, with jittered exponential pauses', async () => {
    const s = await serve((_r, n) =>
      n <= 2 ? { status: 503, body: { errors: ['busy'] } } : { status: 200, body: config },
    );
    const { ep, clock } = endpoint(s.url);
    const r = await ep.request({ method: 'GET', route: '/config', path: '/config' });
    expect(r.ok && r.value.status).toBe(200);
    expect(s.requests).toHaveLength(3);
    // base 250 ms, doubling; equal jitter with random()=0.5 → 3/4 of each step.
    expect(clock.sleeps).toEqual([188, 375]);
  });

  it('gives up after the retry budget and reports what the cluster said', async () => {
    const s = await serve(() => ({
      status: 500,
      body: {
        errors: [
          'Internal server error.',
          '<Exception on server side:\njava.io.IOException: boom\n\tat x.y(Z.java:1)\n>',
        ],
      },
    }));
    const { ep, clock } = endpoint(s.url, { retries: 2 });
    const client = { request: ep.request };
    const r = await client.request({ method: 'GET', route: '/jobs/overview', path: '/jobs/overview' });
    expect(r.ok && r.value.status).toBe(500);
    expect(s.requests).toHaveLength(3);
    expect(clock.sleeps).toHaveLength(2);
  });

  it('never retries a statement submission, even on 503', async () => {
    const s = await serve(() => ({ status: 503, body: { errors: ['overloaded'] } }));
    const clock = new FakeClock();
    const c = createFlinkClient({ jobmanagerUrl: s.url, sqlGatewayUrl: s.url, clock, random: () => 0.5 });
    closers.push(() => c.close());
    const r = await c.executeStatement('sess', 'INSERT INTO t SELECT 1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: 'http', status: 503, message: 'overloaded' });
    expect(s.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
  });

  it('flags a submission cut off mid-flight as possibly received, and does not resend it', async () => {
    const s = await serve((r) => (r.method === 'POST' ? 'reset' : { status: 503 }));
    const { ep } = endpoint(s.url, { service: 'gateway' });
    const r = await ep.request({
      method: 'POST',
      route: '/v1/sessions/{sh}/statements',
      path: '/v1/sessions/x/statements',
      body: { statement: 'x' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: 'network', mayHaveReachedServer: true });
    expect(s.requests).toHaveLength(1);
  });

  it("says when a proxy answers in Flink's place: a redirect (not followed) and a login page", async () => {
    const s = await serve((q) =>
      q.url === '/jobs/overview'
        ? { status: 302, headers: { location: 'https://sso.corp.example/login?session=tok3n' } }
        : {
            status: 200,
            raw: '<!DOCTYPE html><html><head><title>Sign in - Corp SSO</title></head><body><form></form></body></html>',
          },
    );
    const { ep } = endpoint(s.url);
    const moved = await ep.request({ method: 'GET', route: '/jobs/overview', path: '/jobs/overview' });
    expect(!moved.ok && moved.error).toMatchObject({
      kind: 'http',
      status: 302,
      message:
        'HTTP 302: redirected to https://sso.corp.example/login; flinkops does not follow redirects: point the URL at Flink itself',
    });
    const login = await ep.request({ method: 'GET', route: '/config', path: '/config' });
    expect(!login.ok && login.error).toMatchObject({
      kind: 'protocol',
      message: 'unexpected response: an HTML page ("Sign in - Corp SSO"), not Flink\'s JSON',
    });
    expect(s.requests).toHaveLength(2);
  });

  it('retries a savepoint trigger and the server sees the same triggerId each time', async () => {
    const s = await serve((_r, n) =>
      n === 1
        ? 'reset'
        : n === 2
          ? { status: 502 }
          : { status: 202, body: { 'request-id': 'ab'.repeat(16) } },
    );
    const clock = new FakeClock();
    const c = createFlinkClient({ jobmanagerUrl: s.url, clock, random: () => 0 });
    closers.push(() => c.close());
    const triggerId = 'ab'.repeat(16);
    const r = await c.triggerSavepoint('j1', { triggerId, targetDirectory: 's3://sp' });
    expect(r).toEqual({ ok: true, value: { triggerId } });
    expect(s.requests).toHaveLength(3);
    for (const q of s.requests) {
      expect(q.body).toEqual({ 'cancel-job': false, triggerId, 'target-directory': 's3://sp' });
    }
  });

  it('fails fast on a refused connection before any success, but retries one after', async () => {
    const s = await serve(() => ({ status: 200, body: config }));
    const url = s.url;
    const { ep, clock } = endpoint(url);
    expect((await ep.request({ method: 'GET', route: '/config', path: '/config' })).ok).toBe(true);
    await s.close();
    servers.splice(servers.indexOf(s), 1);
    const after = await ep.request({ method: 'GET', route: '/config', path: '/config' });
    expect(after.ok).toBe(false);
    expect(clock.sleeps).toHaveLength(5);

    const fresh = endpoint(url);
    const before = await fresh.ep.request({ method: 'GET', route: '/config', path: '/config' });
    expect(before.ok).toBe(false);
    if (!before.ok) expect(before.error.kind).toBe('network');
    expect(fresh.clock.sleeps).toEqual([]);
  });

  it('times out a call that gets no answer', async () => {
    const s = await serve(() => 'hang');
    const { ep } = endpoint(s.url, { timeoutMs: 150, retries: 0 });
    const r = await ep.request({ method: 'GET', route: '/config', path: '/config' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('timeout');
  });
  it('tries a call that gets no answer twice, not once per retry', async () => {
    const s = await serve(() => 'hang');
    const { ep } = endpoint(s.url, { timeoutMs: 150, retries: 5 });
    const r = await ep.request({ method: 'GET', route: '/config', path: '/config' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('timeout');
    expect(s.requests).toHaveLength(2);
  });

  it('calls nothing once closed: a waiting retry stops, a new call fails at once', async () => {
    const s = await serve(() => ({ status: 503, body: { errors: ['busy'] } }));
    const { ep, clock } = endpoint(s.url, {
      // Closed while the first answer's retry waits.
      onEvent: (e) => {
        if (e.retryInMs !== undefined) void ep.close();
      },
    });
    const r = await ep.request({ method: 'GET', route: '/config', path: '/config' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: 'aborted', call: 'GET /config' });
    const again = await ep.request({ method: 'GET', route: '/jobs/overview', path: '/jobs/overview' });
    expect(again.ok).toBe(false);
    expect(s.requests).toHaveLength(1);
    expect(clock.sleeps).toHaveLength(1);
  });
});

describe('time limit', () => {
  it('sends nothing once the time limit has run out, and says a submission never left', async () => {
    const s = await serve(() => ({ status: 200, body: {} }));
    const { ep, clock } = endpoint(s.url, { timeLimit: { ms: 1_000, what: '--timeout 1s' } });
    clock.advance(1_001);
    const r = await ep.request({
      method: 'POST',
      route: '/v1/sessions/{sh}/statements',
      path: '/v1/sessions/s/statements',
      body: {},
    });
    expect(r).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'timeout', message: 'no answer within --timeout 1s' }),
    });
    expect(!r.ok && r.error.mayHaveReachedServer).toBeUndefined();
    expect(s.requests).toHaveLength(0);
  });
});

describe('auth and the debug hook', () => {
  it('sends bearer and extra headers, and masks them in debug events', async () => {
    const s = await serve(() => ({ status: 200, body: config }));
    const events: HttpEvent[] = [];
    const { ep } = endpoint(`${s.url}/flink/`, {
      auth: { bearerToken: 'tok-123', headers: { 'X-Proxy-Key': 'pk-456' } },
      onEvent: (e) => events.push(e),
    });
    await ep.request({ method: 'GET', route: '/config', path: '/config' });
    expect(s.requests[0]!.url).toBe('/flink/config');
    expect(s.requests[0]!.headers.authorization).toBe('Bearer tok-123');
    expect(s.requests[0]!.headers['x-proxy-key']).toBe('pk-456');
    const logged = JSON.stringify(events);
    expect(logged).not.toContain('tok-123');
    expect(logged).not.toContain('pk-456');
    expect(events[0]).toMatchObject({ method: 'GET', route: '/config', status: 200, attempt: 1 });
  });

  it('sends basic auth (also taken from the URL) and redacts secret values in bodies', async () => {
    const s = await serve(() => ({ status: 200, body: { operationHandle: 'op' } }));
    const events: HttpEvent[] = [];
    const { ep } = endpoint(s.url.replace('http://', 'http://svc:p%40ss@'), {
      onEvent: (e) => events.push(e),
      redact: ['hunter2'],
    });
    await ep.request({
      method: 'POST',
      route: '/x',
      path: '/x',
      body: { statement: "WITH ('password'='hunter2')" },
    });
    expect(s.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('svc:p@ss').toString('base64')}`);
    expect(s.requests[0]!.body).toEqual({ statement: "WITH ('password'='hunter2')" });
    expect(JSON.stringify(events)).not.toContain('hunter2');
    expect(events[0]!.requestBody).toEqual({ statement: "WITH ('password'='***')" });
  });
});

describe.skipIf(!haveOpenssl())('TLS', () => {
  it('trusts a cluster signed by the configured CA, refuses it otherwise, and skips checks only on opt-in', async () => {
    const certs = makeTestCerts();
    const s = await serve(() => ({ status: 200, body: config }), { key: certs.key, cert: certs.cert });
    const get = { method: 'GET' as const, route: '/config', path: '/config' };

    const trusted = endpoint(s.url, { tls: { ca: certs.ca } });
    expect((await trusted.ep.request(get)).ok).toBe(true);

    const untrusted = endpoint(s.url, { retries: 0 });
    const r = await untrusted.ep.request(get);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('tls');

    const insecure = endpoint(s.url, { tls: { insecureSkipVerify: true } });
    expect((await insecure.ep.request(get)).ok).toBe(true);
  });
});
