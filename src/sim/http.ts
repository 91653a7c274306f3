/**
 * The REST plumbing both servers share: a small router, Flink's error bodies,
 * strict request-body checks, and the network fault switches (latency, 5xx, resets).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Faults } from './faults';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly errors: string[],
  ) {
    super(errors[0] ?? `HTTP ${status}`);
  }
}

export interface Request {
  method: string;
  /** Path without the version prefix and query. */
  path: string;
  /** `/v1/...` prefix number, if any. */
  apiVersion?: number;
  rawPath: string;
  query: URLSearchParams;
  params: Record<string, string>;
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
  /** Plain-text body (logs). */
  text?: string;
}

export type Handler = (req: Request) => Reply;

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): void {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), handler });
  }

  /** Literal segments win over `:params` (`/jobs/overview` before `/jobs/:jobid`). */
  match(
    method: string,
    path: string,
  ): { handler: Handler; params: Record<string, string> } | 'method' | undefined {
    const parts = path.split('/').filter(Boolean);
    let best: { handler: Handler; params: Record<string, string>; score: number } | undefined;
    let pathKnown = false;
    for (const r of this.routes) {
      if (r.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let score = 0;
      let ok = true;
      for (let i = 0; i < parts.length; i++) {
        const seg = r.segments[i]!;
        if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(parts[i]!);
        else if (seg === parts[i]) score++;
        else {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      pathKnown = true;
      if (r.method !== method) continue;
      if (!best || score > best.score) best = { handler: r.handler, params, score };
    }
    if (best) return { handler: best.handler, params: best.params };
    return pathKnown ? 'method' : undefined;
  }
}

export const MALFORMED = 'Request did not conform to expected format.';

/**
 * Checks a JSON body against the fields a request class knows. Unknown fields are
 * rejected before 1.20 and ignored from 1.20 on (FLINK-35302).
 */
export function checkBody(
  body: unknown,
  fields: Record<string, 'string' | 'boolean' | 'number' | 'map'>,
  lenient: boolean,
): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, [MALFORMED]);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    const type = fields[k];
    if (!type) {
      if (lenient) continue;
      throw new HttpError(400, [MALFORMED]);
    }
    if (v === null) continue;
    const ok =
      type === 'map'
        ? typeof v === 'object' &&
          !Array.isArray(v) &&
          Object.values(v as object).every((x) => typeof x === 'string')
        : type === 'number'
          ? typeof v === 'number' || (typeof v === 'string' && /^-?\d+$/.test(v))
          : type === 'boolean'
            ? typeof v === 'boolean' || v === 'true' || v === 'false'
            : typeof v === 'string';
    if (!ok) throw new HttpError(400, [MALFORMED]);
    out[k] = type === 'number' ? Number(v) : type === 'boolean' ? v === true || v === 'true' : v;
  }
  return out;
}

export interface ServerOptions {
  host: string;
  port: number;
  faults: Faults;
  rand: () => number;
  /** Runs due simulator events before each request. */
  beforeRequest: () => void;
  /** Answers a request; `undefined` → 404 Not found. */
  handle: (req: Request) => Reply | undefined;
  /** Parses `/vN` prefixes (both servers accept them). */
  versionPrefix: boolean;
  /** Waits out the latency fault before a reply is sent (default a real timer). */
  networkDelay?: (ms: number, send: () => void) => void;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
  /** Closes the listener and every connection, keeping the port number for reopen(). */
  suspend(): Promise<void>;
  reopen(): Promise<void>;
}

function send(res: ServerResponse, reply: Reply): void {
  if (reply.text !== undefined) {
    res.writeHead(reply.status, {
      'content-type': 'text/plain; charset=UTF-8',
      'content-length': Buffer.byteLength(reply.text),
    });
    res.end(reply.text);
    return;
  }
  const json = JSON.stringify(reply.body ?? {});
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(json),
    'access-control-allow-origin': '*',
  });
  res.end(json);
}

function internalError(e: unknown): Reply {
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return {
    status: 500,
    body: {
      errors: [
        'Internal server error.',
        `<Exception on server side:\n${msg}\n\tat simulator\n\nEnd of exception on server side>`,
      ],
    },
  };
}

const realDelay = (ms: number, send: () => void) => {
  setTimeout(send, ms);
};

export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const sockets = new Set<Socket>();
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const f = o.faults;
      if (f.connectionResetRate > 0 && o.rand() < f.connectionResetRate) {
        req.socket.destroy();
        return;
      }
      let reply: Reply;
      if (f.http5xxRate > 0 && o.rand() < f.http5xxRate) {
        reply = internalError(new Error('Simulated server failure (http5xxRate).'));
      } else {
        reply = dispatch(o, req, Buffer.concat(chunks).toString('utf8'));
      }
      if (f.latencyMs > 0) (o.networkDelay ?? realDelay)(f.latencyMs, () => send(res, reply));
      else send(res, reply);
    });
  };
  const server = createServer({ keepAliveTimeout: 5000 }, onRequest);
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, o.host, () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const port = await listen(o.port);
  const closeAll = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    });
  return {
    server,
    port,
    url: `http://${o.host}:${port}`,
    close: closeAll,
    suspend: closeAll,
    reopen: async () => {
      if (!server.listening) await listen(port);
    },
  };
}

function dispatch(o: ServerOptions, req: IncomingMessage, text: string): Reply {
  try {
    o.beforeRequest();
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = url.pathname.replace(/\/+$/, '') || '/';
    let apiVersion: number | undefined;
    const m = o.versionPrefix ? /^\/v(\d+)(\/.*)$/.exec(path) : null;
    if (m) {
      apiVersion = Number(m[1]);
      path = m[2]!;
    }
    let body: unknown;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        return { status: 400, body: { errors: [MALFORMED] } };
      }
    }
    const request: Request = {
      method: req.method ?? 'GET',
      path,
      apiVersion,
      rawPath: url.pathname,
      query: url.searchParams,
      params: {},
      body,
    };
    return o.handle(request) ?? notFound(url.pathname);
  } catch (e) {
    if (e instanceof HttpError) return { status: e.status, body: { errors: e.errors } };
    return internalError(e);
  }
}

export function notFound(path: string): Reply {
  return { status: 404, body: { errors: [`Not found: ${path}`] } };
}
