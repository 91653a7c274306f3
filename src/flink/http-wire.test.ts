/**
 * The HTTP client at the wire: raw TCP (and TLS) servers that answer byte by byte, to pin what
 * a user of `createHttpEndpoint` sees — status, body and text, the error's kind and message, how
 * many connections the server saw, and that nothing hangs — whatever the transport underneath.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createTcp, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { createServer as createTls, type TLSSocket } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import type { HttpEndpointOptions, HttpRequest } from './http';
import { testEndpoint } from './test-server';
import { haveOpenssl, makeTestCerts } from './test-tls';

/** Called once per complete request (head and Content-Length body) with its text. */
type OnRequest = (socket: Socket, request: string, n: number) => unknown;

interface WireServer {
  url: string;
  port: number;
  /** Connections accepted (TLS: handshakes completed). */
  connections: number;
  /** TLS connections whose handshake resumed an earlier session. */
  resumed: number;
  /** The name each TLS connection asked for (SNI), if any. */
  servernames: (string | undefined)[];
  /** Connections not yet closed. */
  open: Set<Socket>;
  requests: string[];
  close(): Promise<void>;
}

const servers: WireServer[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function wire(
  onRequest: OnRequest,
  o: { host?: string; tls?: { key: string; cert: string } } = {},
): Promise<WireServer> {
  const host = o.host ?? '127.0.0.1';
  const onConnection = (socket: Socket) => {
    s.connections++;
    if (o.tls && (socket as TLSSocket).isSessionReused()) s.resumed++;
    if (o.tls) s.servernames.push((socket as TLSSocket).servername || undefined);
    s.open.add(socket);
    socket.on('close', () => s.open.delete(socket));
    socket.on('error', () => {});
    let buf = Buffer.alloc(0);
    socket.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/^content-length:\s*(\d+)/im.exec(buf.subarray(0, end).toString())?.[1] ?? 0);
        if (buf.length < end + 4 + length) return;
        const request = buf.subarray(0, end + 4 + length).toString('utf8');
        buf = buf.subarray(end + 4 + length);
        s.requests.push(request);
        void onRequest(socket, request, s.requests.length);
      }
    });
  };
  const server: Server = o.tls ? createTls(o.tls, onConnection) : createTcp(onConnection);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => done());
  });
  const port = (server.address() as { port: number }).port;
  const s: WireServer = {
    url: `${o.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    connections: 0,
    resumed: 0,
    servernames: [],
    open: new Set(),
    requests: [],
    close: () =>
      new Promise<void>((done) => {
        for (const socket of s.open) socket.destroy();
        server.close(() => done());
      }),
  };
  servers.push(s);
  return s;
}

const endpoint = (url: string, extra: Partial<HttpEndpointOptions> = {}) => testEndpoint(url, closers, extra);

function get(ep: ReturnType<typeof endpoint>['ep'], path: string, extra: Partial<HttpRequest> = {}) {
  return ep.request({ method: 'GET', route: path, path, ...extra });
}

/** A whole answer with a Content-Length body. */
function reply(status: number, body: string | Buffer, headers: string[] = []): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body) : body;
  const head = [`HTTP/1.1 ${status} X`, 'Content-Type: application/json', `Content-Length: ${b.length}`];
  return Buffer.concat([Buffer.from(`${[...head, ...headers].join('\r\n')}\r\n\r\n`), b]);
}

/** A chunk of a chunked body, its size in hex of the given case, with an optional extension. */
function chunk(data: string | Buffer, o: { upper?: boolean; ext?: string } = {}): Buffer {
  const b = typeof data === 'string' ? Buffer.from(data) : data;
  const size = b.length.toString(16);
  return Buffer.concat([
    Buffer.from(`${o.upper ? size.toUpperCase() : size}${o.ext ?? ''}\r\n`),
    b,
    Buffer.from('\r\n'),
  ]);
}

/** Writes `parts` one at a time with a pause between, as a slow network delivers them. */
async function dribble(socket: Socket, parts: (string | Buffer)[], ms = 3) {
  for (const p of parts) {
    if (socket.destroyed) return;
    socket.write(p);
    await pause(ms);
  }
}

function pieces(data: string | Buffer, size: number): Buffer[] {
  const b = typeof data === 'string' ? Buffer.from(data) : data;
  const out: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
  return out;
}

async function waitFor(cond: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; !cond(); await pause(5)) if (Date.now() > end) return false;
  return true;
}

/** Holds answers until `n` requests are in, so `n` calls are provably in flight at once. */
function barrier(n: number, answer: (socket: Socket, request: string) => void): OnRequest {
  const held: [Socket, string][] = [];
  return (socket, request) => {
    if (held.length === n) return answer(socket, request);
    held.push([socket, request]);
    if (held.length === n) for (const [s, r] of held) answer(s, r);
  };
}

const JOBS = '{"jobs":[{"id":"abcdefghijklmnopqrstuvwxyz","status":"RUNNING"}]}';
const jobs = { jobs: [{ id: 'abcdefghijklmnopqrstuvwxyz', status: 'RUNNING' }] };

describe('answers as framed on the wire', () => {
  it('reads a Content-Length body, whatever the case of the header name', async () => {
    const s = await wire((sock, _r, n) => {
      const head = n === 1 ? 'Content-Length' : 'content-LENGTH';
      sock.write(`HTTP/1.1 200 OK\r\n${head}: ${JOBS.length}\r\n\r\n${JOBS}`);
    });
    const { ep } = endpoint(s.url);
    for (let i = 0; i < 2; i++) {
      expect(await get(ep, '/jobs')).toEqual({ ok: true, value: { status: 200, body: jobs, text: JOBS } });
    }
    expect(s.connections).toBe(1);
  });

  it('puts together a body, and a head split mid-line, that come in many small writes', async () => {
    const a = reply(200, JOBS);
    // The head cut inside the status line, inside a header line, and before its blank line.
    const end = a.indexOf('\r\n\r\n');
    const headCut = [a.subarray(0, 12), a.subarray(12, 30), a.subarray(30, end + 2), a.subarray(end + 2)];
    const s = await wire((sock, _r, n) => dribble(sock, n === 1 ? headCut : pieces(a, 7)));
    const { ep } = endpoint(s.url);
    for (let i = 0; i < 2; i++)
      expect(await get(ep, '/jobs')).toMatchObject({ ok: true, value: { body: jobs } });
  });

  it('reads a chunked body: extensions, trailers, sizes in either case of hex', async () => {
    const s = await wire((sock) => {
      const head = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
      const parts = ['{"jobs":[{"id":"', 'abcdefghijklmnopqrstuvwxyz', '","status":"RUNNING"}]}'];
      const body = Buffer.concat([
        chunk(parts[0]!, { ext: ';x=y' }),
        chunk(parts[1]!, { upper: true }),
        chunk(parts[2]!),
        Buffer.from('0\r\nX-Checksum: abc\r\nX-Other: 1\r\n\r\n'),
      ]);
      return dribble(sock, [head, ...pieces(body, 5)]);
    });
    const { ep } = endpoint(s.url);
    for (let i = 0; i < 2; i++) {
      expect(await get(ep, '/jobs')).toEqual({ ok: true, value: { status: 200, body: jobs, text: JOBS } });
    }
    expect(s.connections).toBe(1);
  });

  it('reads a body that ends when the server closes the connection', async () => {
    const s = await wire(async (sock) => {
      await dribble(sock, ['HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n', ...pieces(JOBS, 20)]);
      sock.end();
    });
    const { ep } = endpoint(s.url);
    expect(await get(ep, '/jobs')).toEqual({ ok: true, value: { status: 200, body: jobs, text: JOBS } });
    expect(await get(ep, '/jobs')).toMatchObject({ ok: true, value: { body: jobs } });
    expect(s.connections).toBe(2);
  });

  it('takes 204 and 304 as having no body and asks again on the same connection', async () => {
    const s = await wire((sock, _r, n) =>
      sock.write(
        n === 1
          ? 'HTTP/1.1 204 No Content\r\n\r\n'
          : n === 2
            ? 'HTTP/1.1 304 Not Modified\r\nETag: "x"\r\n\r\n'
            : reply(200, JOBS),
      ),
    );
    const { ep } = endpoint(s.url);
    expect(await get(ep, '/a')).toEqual({ ok: true, value: { status: 204, body: undefined, text: '' } });
    // A 304 is an answer without a body, not a redirect (flinkops never asks conditionally).
    expect(await get(ep, '/b')).toEqual({ ok: true, value: { status: 304, body: undefined, text: '' } });
    expect(await get(ep, '/c')).toMatchObject({ ok: true, value: { status: 200, body: jobs } });
    expect(s.connections).toBe(1);
  });

  it('decodes a UTF-8 character split across two writes, or two chunks', async () => {
    const body = Buffer.from('{"name":"café €"}');
    const at = body.indexOf(Buffer.from('é')) + 1;
    const s = await wire((sock, _r, n) => {
      if (n === 1) {
        const a = reply(200, body);
        return dribble(sock, [
          a.subarray(0, a.length - body.length + at),
          a.subarray(a.length - body.length + at),
        ]);
      }
      const head = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n';
      return dribble(sock, [head, chunk(body.subarray(0, at)), chunk(body.subarray(at)), '0\r\n\r\n']);
    });
    const { ep } = endpoint(s.url);
    for (let i = 0; i < 2; i++) {
      expect(await get(ep, '/x')).toEqual({
        ok: true,
        value: { status: 200, body: { name: 'café €' }, text: '{"name":"café €"}' },
      });
    }
  });

  it('drops a UTF-8 byte order mark from both text and body', async () => {
    const s = await wire((sock) => sock.write(reply(200, '\uFEFF{"a":1}')));
    const { ep } = endpoint(s.url);
    expect(await get(ep, '/x')).toEqual({
      ok: true,
      value: { status: 200, body: { a: 1 }, text: '{"a":1}' },
    });
  });

  it('reads a 5 MB body', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => ({ i, v: `row-${i}-${'x'.repeat(80)}` }));
    const big = JSON.stringify({ rows });
    expect(big.length).toBeGreaterThan(5_000_000);
    const s = await wire((sock) => sock.write(reply(200, big)));
    const { ep } = endpoint(s.url);
    const r = await get(ep, '/big');
    expect(r.ok && r.value.text.length).toBe(big.length);
    expect(r.ok && (r.value.body as { rows: unknown[] }).rows).toHaveLength(50_000);
  });

  it('skips a 100 Continue before the real answer', async () => {
    const s = await wire((sock) => dribble(sock, ['HTTP/1.1 100 Continue\r\n\r\n', reply(200, JOBS)], 10));
    const { ep } = endpoint(s.url);
    expect(await get(ep, '/jobs')).toEqual({ ok: true, value: { status: 200, body: jobs, text: JOBS } });
    expect(await get(ep, '/jobs')).toMatchObject({ ok: true, value: { status: 200 } });
    expect(s.connections).toBe(1);
  });
});

/** The `i` a request's path `/n/{i}` asks for, answered as `{"i":i}`. */
const echo = (sock: Socket, request: string) => {
  const i = /^GET \/n\/(\d+) /.exec(request)?.[1];
  sock.write(reply(200, `{"i":${i}}`));
};

describe('connection reuse', () => {
  it('makes 50 calls in a row over one connection', async () => {
    const s = await wire(echo);
    const { ep } = endpoint(s.url);
    for (let i = 0; i < 50; i++)
      expect(await get(ep, `/n/${i}`)).toMatchObject({ ok: true, value: { body: { i } } });
    expect(s.connections).toBe(1);
  });

  it('makes 40 calls 16 at a time: all 16 in flight at once, at most 32 connections, every answer its own', async () => {
    const s = await wire(barrier(16, echo));
    // A pool that held fewer than 16 calls at once would leave the first 16 waiting: a timeout.
    const { ep } = endpoint(s.url, { timeoutMs: 1_000, retries: 0 });
    const answers: unknown[] = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < 40; i = next++) {
        const r = await get(ep, `/n/${i}`);
        answers[i] = r.ok ? r.value.body : r.error;
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(answers).toEqual(Array.from({ length: 40 }, (_, i) => ({ i })));
    expect(s.connections).toBeLessThanOrEqual(32);
    expect(s.connections).toBeGreaterThanOrEqual(16);
  });

  it('opens a new connection after an answer with Connection: close, and closes the old one itself', async () => {
    const s = await wire((sock, r, n) => {
      if (n === 1) sock.write(reply(200, '{"i":0}', ['Connection: close']));
      else echo(sock, r);
    });
    const { ep } = endpoint(s.url);
    expect(await get(ep, '/n/0')).toMatchObject({ ok: true, value: { body: { i: 0 } } });
    expect(await get(ep, '/n/1')).toMatchObject({ ok: true, value: { body: { i: 1 } } });
    expect(s.connections).toBe(2);
    expect(await waitFor(() => s.open.size === 1, 1_000)).toBe(true);
  });

  it('does not reuse the connection of an HTTP/1.0 answer without keep-alive', async () => {
    const s = await wire((sock, r, n) => {
      if (n === 1) sock.write(`HTTP/1.0 200 OK\r\nContent-Length: 7\r\n\r\n{"i":0}`);
      else echo(sock, r);
    });
    const { ep } = endpoint(s.url);
    expect(await get(ep, '/n/0')).toMatchObject({ ok: true, value: { status: 200, body: { i: 0 } } });
    expect(await get(ep, '/n/1')).toMatchObject({ ok: true, value: { body: { i: 1 } } });
    expect(s.connections).toBe(2);
  });

  it('reconnects when the server closed an idle connection, without a retry', async () => {
    const s = await wire((sock, r, n) => {
      echo(sock, r);
      if (n === 1) setTimeout(() => sock.destroy(), 50);
    });
    const { ep, clock } = endpoint(s.url);
    expect(await get(ep, '/n/0')).toMatchObject({ ok: true, value: { body: { i: 0 } } });
    await waitFor(() => s.open.size === 0, 1_000);
    await pause(20);
    expect(await get(ep, '/n/1')).toMatchObject({ ok: true, value: { body: { i: 1 } } });
    expect(s.requests).toHaveLength(2);
    expect(s.connections).toBe(2);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('transport failures', () => {
  it('says a refused connection is refused, without retrying before any success', async () => {
    const s = await wire(() => {});
    const url = s.url;
    await s.close();
    servers.pop();
    const { ep, clock } = endpoint(url);
    const r = await get(ep, '/config');
    expect(r).toMatchObject({ ok: false, error: { kind: 'network', call: 'GET /config' } });
    expect(!r.ok && r.error.message).toContain('ECONNREFUSED');
    expect(clock.sleeps).toEqual([]);
  });

  it('retries a GET reset before any answer', async () => {
    const s = await wire((sock, r, n) => (n === 1 ? sock.destroy() : echo(sock, r)));
    const { ep, clock } = endpoint(s.url);
    expect(await get(ep, '/n/7')).toMatchObject({ ok: true, value: { body: { i: 7 } } });
    expect(s.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([188]);
  });

  it('retries a GET reset in the middle of its body', async () => {
    const s = await wire(async (sock, r, n) => {
      if (n > 1) return echo(sock, r);
      await dribble(sock, ['HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"i":', '12'], 10);
      sock.destroy();
    });
    const { ep } = endpoint(s.url);
    expect(await get(ep, '/n/3')).toEqual({
      ok: true,
      value: { status: 200, body: { i: 3 }, text: '{"i":3}' },
    });
    expect(s.requests).toHaveLength(2);
  });

  it('does not resend a statement submission reset after the server read it, and says it may have landed', async () => {
    const s = await wire((sock) => sock.destroy());
    const { ep, clock } = endpoint(s.url, { service: 'gateway' });
    const r = await ep.request({
      method: 'POST',
      route: '/v1/sessions/{sh}/statements',
      path: '/v1/sessions/x/statements',
      body: { statement: 'INSERT INTO t SELECT 1' },
    });
    expect(r).toMatchObject({
      ok: false,
      error: { kind: 'network', call: 'POST /v1/sessions/{sh}/statements', mayHaveReachedServer: true },
    });
    expect(s.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('fails, without hanging, on an answer that is not HTTP', async () => {
    const s = await wire((sock) => sock.write('hello\r\n\r\n'));
    const { ep, clock } = endpoint(s.url, { timeoutMs: 5_000 });
    const started = Date.now();
    const r = await get(ep, '/config');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(r).toMatchObject({ ok: false, error: { kind: 'protocol' } });
    expect(!r.ok && r.error.message).toBe(
      'unexpected response: the answer is not HTTP/1.x (it begins "hello")',
    );
    // Not a transient failure: not asked again, and the connection is not kept.
    expect(s.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(await waitFor(() => s.open.size === 0, 1_000)).toBe(true);
  });

  it('times out a server that never answers, and asks it twice at most', async () => {
    const s = await wire(() => {});
    const { ep } = endpoint(s.url, { timeoutMs: 200 });
    const started = Date.now();
    const r = await get(ep, '/config');
    expect(r).toMatchObject({
      ok: false,
      error: { kind: 'timeout', message: 'no answer within 200 ms, twice' },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    expect(s.requests).toHaveLength(2);
    expect(await waitFor(() => s.open.size === 0, 1_000)).toBe(true);
  });

  it('stops a call whose signal aborts while it waits for the answer', async () => {
    const abort = new AbortController();
    const s = await wire(() => void setTimeout(() => abort.abort(), 10));
    const { ep, clock } = endpoint(s.url);
    const r = await get(ep, '/config', { signal: abort.signal });
    expect(r).toMatchObject({ ok: false, error: { kind: 'aborted', message: 'aborted' } });
    expect(s.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(await waitFor(() => s.open.size === 0, 1_000)).toBe(true);
  });
});

/** The request's head lines after the request line, header names lower-cased. */
function headersOf(request: string): Record<string, string> {
  const head = request.slice(0, request.indexOf('\r\n\r\n')).split('\r\n').slice(1);
  return Object.fromEntries(
    head.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

describe('requests as sent', () => {
  it('sends the path below the base URL as given, with Host and Accept, and no body on a GET', async () => {
    const s = await wire(echo);
    const { ep } = endpoint(`${s.url}/prefix/`, {
      auth: { bearerToken: 'tok-1', headers: { 'X-Proxy-Key': 'k' } },
    });
    await get(ep, '/jobs/a%20b/vertices?x=%2Fy&z=1');
    const [line] = s.requests[0]!.split('\r\n');
    expect(line).toBe('GET /prefix/jobs/a%20b/vertices?x=%2Fy&z=1 HTTP/1.1');
    const h = headersOf(s.requests[0]!);
    expect(h).toMatchObject({
      host: `127.0.0.1:${s.port}`,
      accept: 'application/json',
      authorization: 'Bearer tok-1',
      'x-proxy-key': 'k',
    });
    expect(h['content-length'] ?? '0').toBe('0');
    expect(h).not.toHaveProperty('transfer-encoding');
    expect(h).not.toHaveProperty('content-type');
  });

  it('sends a JSON body with its length in bytes, and basic auth from the URL', async () => {
    const s = await wire((sock) => sock.write(reply(200, '{}')));
    const { ep } = endpoint(s.url.replace('http://', 'http://svc:p%40ss@'));
    const body = { statement: "SELECT 'é€😀' AS x" };
    await ep.request({ method: 'POST', route: '/x', path: '/x', body });
    const req = s.requests[0]!;
    expect(req.split('\r\n')[0]).toBe('POST /x HTTP/1.1');
    const h = headersOf(req);
    const sent = JSON.stringify(body);
    expect(h).toMatchObject({
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(sent)),
      authorization: `Basic ${Buffer.from('svc:p@ss').toString('base64')}`,
    });
    expect(h).not.toHaveProperty('transfer-encoding');
    expect(req.slice(req.indexOf('\r\n\r\n') + 4)).toBe(sent);
  });

  it('sends nothing with a header that would split the request, and never shows its value', async () => {
    const s = await wire(echo);
    const secret = 'tok\r\nx-injected: 1';
    const { ep } = endpoint(s.url, { auth: { headers: { 'x-api-key': secret } } });
    for (let i = 0; i < 2; i++) {
      const r = await get(ep, '/n/1');
      expect(r).toMatchObject({ ok: false, error: { kind: 'network' } });
      expect(!r.ok && r.error.message).toBe(
        'Invalid character in header content ["x-api-key"] (ERR_INVALID_CHAR)',
      );
    }
    expect(s.connections).toBe(0);
  });

  it('reaches an IPv6 loopback address, with the Host in brackets', async (ctx) => {
    const s = await wire(echo, { host: '::1' }).catch(() => undefined);
    if (!s) return ctx.skip();
    const { ep } = endpoint(s.url);
    expect(await get(ep, '/n/6')).toMatchObject({ ok: true, value: { body: { i: 6 } } });
    expect(headersOf(s.requests[0]!).host).toBe(`[::1]:${s.port}`);
  });
});

describe('close()', () => {
  it('closes every connection and fails a new call at once', async () => {
    const s = await wire(barrier(3, echo));
    const { ep } = endpoint(s.url);
    const first = await Promise.all([0, 1, 2].map((i) => get(ep, `/n/${i}`)));
    expect(first.every((r) => r.ok)).toBe(true);
    expect(s.connections).toBe(3);
    await ep.close();
    expect(await waitFor(() => s.open.size === 0, 1_000)).toBe(true);
    const started = Date.now();
    const r = await get(ep, '/n/3');
    expect(r).toMatchObject({ ok: false, error: { kind: 'aborted', message: 'the client was closed' } });
    expect(Date.now() - started).toBeLessThan(50);
    expect(s.connections).toBe(3);
  });

  it('ends a call in flight when closed', async () => {
    const s = await wire(() => {});
    const { ep, clock } = endpoint(s.url, { timeoutMs: 5_000 });
    const pending = get(ep, '/config');
    await waitFor(() => s.requests.length === 1, 1_000);
    const started = Date.now();
    await ep.close();
    const r = await pending;
    expect(Date.now() - started).toBeLessThan(500);
    // Said as the close it was, not as a cluster that dropped the connection.
    expect(r).toMatchObject({ ok: false, error: { kind: 'aborted', message: 'the client was closed' } });
    expect(clock.sleeps).toEqual([]);
    expect(s.requests).toHaveLength(1);
  });

  it('lets a process exit with an idle pooled connection it never closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-wire-'));
    try {
      execFileSync(resolve('node_modules/.bin/esbuild'), [
        resolve('src/flink/http.ts'),
        '--bundle',
        '--platform=node',
        '--format=esm',
        '--log-level=error',
        `--outfile=${join(dir, 'http.mjs')}`,
      ]);
      const s = await wire(echo);
      writeFileSync(
        join(dir, 'call.mjs'),
        [
          "import { createHttpEndpoint } from './http.mjs';",
          'const clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };',
          `const ep = createHttpEndpoint({ service: 'jobmanager', baseUrl: '${s.url}', clock });`,
          "const r = await ep.request({ method: 'GET', route: '/n/{i}', path: '/n/5' });",
          'console.log(JSON.stringify(r));',
        ].join('\n'),
      );
      const started = Date.now();
      const child = spawn(process.execPath, [join(dir, 'call.mjs')], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d));
      const killer = setTimeout(() => child.kill(), 5_000);
      const code = await new Promise<number | null>((done) => child.on('exit', done));
      clearTimeout(killer);
      expect(code).toBe(0);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(JSON.parse(out)).toEqual({ ok: true, value: { status: 200, body: { i: 5 }, text: '{"i":5}' } });
      expect(s.connections).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!haveOpenssl())('over TLS', () => {
  it('reads a chunked answer, and makes two calls over one TLS connection', async () => {
    const certs = makeTestCerts();
    const s = await wire(
      (sock) => {
        const head = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n';
        return dribble(sock, [
          head,
          chunk(JOBS.slice(0, 20)),
          chunk(JOBS.slice(20), { upper: true }),
          '0\r\n\r\n',
        ]);
      },
      { tls: { key: certs.key, cert: certs.cert } },
    );
    const { ep } = endpoint(s.url, { tls: { ca: certs.ca } });
    for (let i = 0; i < 2; i++) {
      expect(await get(ep, '/jobs')).toEqual({ ok: true, value: { status: 200, body: jobs, text: JOBS } });
    }
    expect(s.connections).toBe(1);
  });

  it('resumes its TLS session on a new connection, as a browser would, instead of a full handshake', async () => {
    const certs = makeTestCerts();
    const s = await wire((sock) => void sock.write(reply(200, JOBS, ['Connection: close'])), {
      tls: { key: certs.key, cert: certs.cert },
    });
    const { ep } = endpoint(s.url, { tls: { ca: certs.ca } });
    for (let i = 0; i < 3; i++) {
      expect(await get(ep, '/jobs')).toMatchObject({ ok: true, value: { status: 200, body: jobs } });
      // The server's session ticket comes after its handshake, beside the answer.
      await pause(20);
    }
    expect(s.connections).toBe(3);
    expect(s.resumed).toBe(2);
  });

  it('names the host it connects to (SNI), as a proxy routing by name needs, and no IP address', async () => {
    const certs = makeTestCerts();
    const s = await wire((sock) => void sock.write(reply(200, JOBS)), {
      tls: { key: certs.key, cert: certs.cert },
    });
    for (const host of ['localhost', '127.0.0.1']) {
      const { ep } = endpoint(`https://${host}:${s.port}`, { tls: { ca: certs.ca } });
      expect(await get(ep, '/jobs')).toMatchObject({ ok: true, value: { status: 200, body: jobs } });
    }
    expect(s.servernames).toEqual(['localhost', undefined]);
  });
});
