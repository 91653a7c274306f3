/**
 * A tiny scripted HTTP(S) server on 127.0.0.1:0 for the client's tests: each
 * request is recorded and answered by a handler (or reset, or left hanging).
 */
import {
  createServer as createHttp,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { FakeClock } from '../core/clock';
import { createHttpEndpoint, type HttpEndpointOptions } from './http';

export interface SeenRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export type Reply =
  | { status: number; body?: unknown; raw?: string; headers?: Record<string, string> }
  | 'reset'
  | 'hang';

export interface TestServer {
  url: string;
  requests: SeenRequest[];
  /** Drops open keep-alive sockets and stops listening. */
  close(): Promise<void>;
}

export async function startTestServer(
  handler: (req: SeenRequest, n: number) => Reply,
  tls?: { key: string; cert: string },
): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const hanging: ServerResponse[] = [];
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const seen: SeenRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(seen);
      const reply = handler(seen, requests.length);
      if (reply === 'reset') {
        req.socket.destroy();
        return;
      }
      if (reply === 'hang') {
        hanging.push(res);
        return;
      }
      const payload = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
      res.writeHead(reply.status, {
        'content-type': reply.raw ? 'text/html' : 'application/json',
        ...reply.headers,
      });
      res.end(payload);
    });
  };
  const server: Server = tls ? createHttps(tls, onRequest) : createHttp(onRequest);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const h of hanging) h.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * An endpoint of the client under test, on a fake clock (which takes its retries' pauses) with
 * jitter fixed at the middle; its close is added to `closers`, for the test's afterEach.
 */
export function testEndpoint(
  url: string,
  closers: (() => Promise<void>)[],
  extra: Partial<HttpEndpointOptions> = {},
) {
  const clock = new FakeClock();
  const ep = createHttpEndpoint({ service: 'jobmanager', baseUrl: url, clock, random: () => 0.5, ...extra });
  closers.push(() => ep.close());
  return { ep, clock };
}
