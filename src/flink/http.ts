/**
 * The HTTP layer: one keep-alive undici Pool per base URL, per-call timeouts,
 * auth, TLS, and retries with jittered backoff for idempotent calls only (GET,
 * and POSTs that carry our triggerId). A statement submission is never retried.
 */
import type { Pool } from 'undici';
import type { Clock } from '../core/clock';
import { type FlinkError, type FlinkResult, type FlinkService, fail, httpError, ok } from './errors';
import { type HttpEvent, redactDeep, redactHeaders } from './redact';

export type { HttpEvent } from './redact';

export interface AuthConfig {
  bearerToken?: string;
  basic?: { username: string; password: string };
  /** Extra headers, e.g. for a gateway behind a proxy. Their values are treated as secrets. */
  headers?: Record<string, string>;
}

export interface TlsConfig {
  /** PEM of the CA (or CAs) that signed the cluster's certificate. */
  ca?: string | string[];
  /** Client certificate and key (PEM) for mutual TLS. */
  cert?: string;
  key?: string;
  /** Opt-in: accept any certificate. For throwaway clusters only. */
  insecureSkipVerify?: boolean;
  servername?: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  /** Route template for messages and contract checks, e.g. `/jobs/{jobid}/stop`. */
  route: string;
  /** Concrete path (with query) below the base URL. */
  path: string;
  body?: unknown;
  /** Safe to send twice. Defaults to `method === 'GET'`; a POST with our triggerId sets it. */
  idempotent?: boolean;
  /** Turns retries off even for an idempotent call (e.g. a fetch known to answer 500). */
  noRetry?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  body: unknown;
  text: string;
}

export interface HttpEndpointOptions {
  service: FlinkService;
  baseUrl: string;
  clock: Clock;
  auth?: AuthConfig;
  tls?: TlsConfig;
  /** Per attempt. Default 30 s. */
  timeoutMs?: number;
  /** Retries after the first attempt, idempotent calls only. Default 5 (0.25 s doubling: ~8 s at worst). */
  retries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  /** In [0,1); injected for deterministic jitter in tests. */
  random?: () => number;
  /** Secret-safe debug hook: auth headers are masked and `redact` strings replaced. */
  onEvent?: (e: HttpEvent) => void;
  /** Values (resolved secrets) that must never reach the debug hook. */
  redact?: readonly string[];
}

export interface HttpEndpoint {
  readonly service: FlinkService;
  /** Non-2xx answers come back as responses; only transport failures are errors. */
  request(req: HttpRequest): Promise<FlinkResult<HttpResponse>>;
  close(): Promise<void>;
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);
/** Failures where the request cannot have reached the server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

export function createHttpEndpoint(opts: HttpEndpointOptions): HttpEndpoint {
  const url = new URL(opts.baseUrl);
  const prefix = url.pathname.replace(/\/+$/, '');
  const auth = { ...opts.auth };
  if (url.username && !auth.basic && !auth.bearerToken) {
    auth.basic = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  }
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const retries = opts.retries ?? 5;
  const baseDelay = opts.retryBaseDelayMs ?? 250;
  const maxDelay = opts.retryMaxDelayMs ?? 5_000;
  const random = opts.random ?? Math.random;
  const tls = opts.tls;
  // undici is loaded by the first request, not at start: commands that never call a cluster
  // (validate, compile) do not pay for loading it.
  let pool: Promise<Pool> | undefined;
  const connect = async (): Promise<Pool> => {
    // The default export is module.exports both natively and in the bundle's split chunk.
    const { Pool } = (await import('undici')).default;
    // Enough sockets for observe's default of 16 requests in flight (and then some), so the
    // pool never caps concurrency below what the caller asked for.
    return new Pool(url.origin, {
      connections: 32,
      keepAliveTimeout: 30_000,
      connect: {
        timeout: Math.min(timeoutMs, 10_000),
        ...(tls?.ca ? { ca: tls.ca } : {}),
        ...(tls?.cert ? { cert: tls.cert } : {}),
        ...(tls?.key ? { key: tls.key } : {}),
        ...(tls?.servername ? { servername: tls.servername } : {}),
        ...(tls?.insecureSkipVerify ? { rejectUnauthorized: false } : {}),
      },
    });
  };
  const headers: Record<string, string> = { accept: 'application/json', ...auth.headers };
  if (auth.bearerToken) headers.authorization = `Bearer ${auth.bearerToken}`;
  else if (auth.basic) {
    headers.authorization = `Basic ${Buffer.from(`${auth.basic.username}:${auth.basic.password}`).toString('base64')}`;
  }
  const secretHeaderNames = Object.keys(auth.headers ?? {}).map((h) => h.toLowerCase());
  const secrets = opts.redact ?? [];
  let hadSuccess = false;

  async function attempt(req: HttpRequest): Promise<FlinkResult<HttpResponse> & { code?: string }> {
    const reqHeaders = { ...headers };
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    if (body !== undefined) reqHeaders['content-type'] = 'application/json';
    const t = req.timeoutMs ?? timeoutMs;
    try {
      pool ??= connect();
      const res = await (await pool).request({
        method: req.method,
        path: prefix + req.path,
        headers: reqHeaders,
        body: body ?? null,
        headersTimeout: t,
        bodyTimeout: t,
        // undici's own timers are coarse; the signal makes the per-call budget exact.
        signal: req.signal ? AbortSignal.any([req.signal, AbortSignal.timeout(t)]) : AbortSignal.timeout(t),
      });
      const text = await res.body.text();
      let parsed: unknown;
      if (text.trim()) {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
      }
      return ok({ status: res.statusCode, body: parsed, text });
    } catch (e) {
      const err = transportError(opts.service, req, e, t);
      return {
        ...fail(err),
        code: errorCode(e) ?? (err.kind === 'timeout' ? 'UND_ERR_HEADERS_TIMEOUT' : undefined),
      };
    }
  }

  function emit(
    req: HttpRequest,
    n: number,
    started: number,
    r: FlinkResult<HttpResponse>,
    retryIn?: number,
  ) {
    if (!opts.onEvent) return;
    const e: HttpEvent = {
      service: opts.service,
      method: req.method,
      route: req.route,
      path: redactDeep(prefix + req.path, secrets),
      attempt: n,
      durationMs: opts.clock.now() - started,
      requestHeaders: redactHeaders(
        { ...headers, ...(req.body === undefined ? {} : { 'content-type': 'application/json' }) },
        secretHeaderNames,
        secrets,
      ),
    };
    if (req.body !== undefined) e.requestBody = redactDeep(req.body, secrets);
    if (r.ok) {
      e.status = r.value.status;
      e.responseBody = redactDeep(r.value.body, secrets);
    } else e.error = redactDeep(r.error.message, secrets);
    if (retryIn !== undefined) e.retryInMs = retryIn;
    opts.onEvent(e);
  }

  return {
    service: opts.service,
    async request(req) {
      const idempotent = (req.idempotent ?? req.method === 'GET') && !req.noRetry;
      for (let n = 1; ; n++) {
        const started = opts.clock.now();
        const r = await attempt(req);
        if (r.ok && r.value.status < 500) hadSuccess = true;
        const retryable =
          idempotent &&
          n <= retries &&
          !req.signal?.aborted &&
          (r.ok
            ? RETRY_STATUS.has(r.value.status)
            : r.code !== undefined &&
              (TRANSIENT_CODES.has(r.code) || (r.code === 'ECONNREFUSED' && hadSuccess)));
        if (!retryable) {
          emit(req, n, started, r);
          if (!r.ok && !idempotent && r.code !== undefined && !NOT_SENT_CODES.has(r.code)) {
            return fail({ ...r.error, mayHaveReachedServer: true });
          }
          return r.ok ? ok(r.value) : fail(r.error);
        }
        // Equal jitter: half the exponential step fixed, half random, so retries spread out.
        const step = Math.min(maxDelay, baseDelay * 2 ** (n - 1));
        const wait = Math.round(step / 2 + random() * (step / 2));
        emit(req, n, started, r, wait);
        try {
          await opts.clock.sleep(wait, req.signal);
        } catch {
          return fail({
            kind: 'aborted',
            service: opts.service,
            call: callName(req),
            message: 'aborted',
            causes: [],
          });
        }
      }
    },
    close: async () => {
      if (pool) await (await pool).close();
    },
  };
}

export function callName(req: Pick<HttpRequest, 'method' | 'route'>): string {
  return `${req.method} ${req.route}`;
}

function errorCode(e: unknown): string | undefined {
  const o = e as { code?: unknown; cause?: { code?: unknown }; errors?: { code?: unknown }[] };
  const c = o?.code ?? o?.cause?.code ?? o?.errors?.[0]?.code;
  return typeof c === 'string' ? c : undefined;
}

function transportError(service: FlinkService, req: HttpRequest, e: unknown, timeoutMs: number): FlinkError {
  const call = callName(req);
  const code = errorCode(e) ?? '';
  const msg = e instanceof Error ? e.message : String(e);
  if (req.signal?.aborted) {
    return { kind: 'aborted', service, call, message: 'aborted', causes: [] };
  }
  if (code.includes('TIMEOUT') || code === 'ETIMEDOUT' || (e as Error)?.name === 'TimeoutError') {
    return { kind: 'timeout', service, call, message: `no answer within ${timeoutMs} ms`, causes: [] };
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_/.test(code)) {
    return { kind: 'tls', service, call, message: `TLS handshake failed: ${msg} (${code})`, causes: [] };
  }
  return { kind: 'network', service, call, message: code ? `${msg || code} (${code})` : msg, causes: [] };
}

/** Turns a non-2xx response into an error value; passes 2xx through. */
export function expect2xx(
  service: FlinkService,
  req: Pick<HttpRequest, 'method' | 'route'>,
  r: FlinkResult<HttpResponse>,
): FlinkResult<HttpResponse> {
  if (!r.ok) return r;
  if (r.value.status >= 200 && r.value.status < 300) return r;
  return fail(httpError(service, callName(req), r.value.status, r.value.body, r.value.text));
}
