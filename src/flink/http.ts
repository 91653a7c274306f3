/**
 * The HTTP layer: one keep-alive connection pool per base URL (connection-pool.ts),
 * per-call timeouts, auth, TLS, and retries with jittered backoff for idempotent
 * calls only (GET, and POSTs that carry our triggerId). A statement submission is
 * never retried.
 *
 * Neither undici nor Node's own HTTP client: undici (1.4 MB of JavaScript and a
 * WebAssembly HTTP parser) cost a command that makes a handful of calls 40–90 ms of CPU
 * before its first answer, and Node's client ~0.15 ms of CPU per call, more than a plan
 * of 1,000 jobs could spend while its 2,000 calls were answered.
 */
import type { Clock } from '../core/clock';
import { exactNumbers } from '../core/exact-number';
import { type Answer, BadAnswerError } from './answer-reader';
import { CONNECT_TIMEOUT, ConnectionPool } from './connection-pool';
import {
  type FlinkError,
  type FlinkResult,
  type FlinkService,
  fail,
  httpError,
  ok,
  protocolError,
} from './errors';
import { ALWAYS_SECRET, type HttpEvent, redactDeep, redactHeaders } from './redact';

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
  /** Keep numbers a double cannot hold (a BIGINT beyond 2^53) as their text: result rows. */
  exactNumbers?: boolean;
  /** An answer that asking again cannot change (the request's own fault), though its status is 5xx. */
  settled?: (res: HttpResponse) => boolean;
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
  /** Retries after the first attempt, idempotent calls only (a call without an answer: once). Default 5 (0.25 s doubling: ~8 s at worst). */
  retries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  /** In [0,1); injected for deterministic jitter in tests. */
  random?: () => number;
  /** Secret-safe debug hook: auth headers are masked and `redact` strings replaced. */
  onEvent?: (e: HttpEvent) => void;
  /** Values (resolved secrets) that must never reach the debug hook. */
  redact?: readonly string[];
  /**
   * Every call answered within this long of the endpoint's creation, retries included (a
   * monitoring check's `--timeout`): an attempt's budget is cut to what is left, no retry starts
   * after it, and a call made after it fails at once. `what` names it in the error.
   */
  timeLimit?: TimeLimit;
}

export interface TimeLimit {
  ms: number;
  /** How the user set it, e.g. `--timeout 10s`. */
  what: string;
}

export interface HttpEndpoint {
  readonly service: FlinkService;
  /** Non-2xx answers come back as responses; only transport failures are errors. */
  request(req: HttpRequest): Promise<FlinkResult<HttpResponse>>;
  close(): Promise<void>;
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
/** No answer within the call's budget. */
const CALL_TIMEOUT = 'FLINKOPS_CALL_TIMEOUT';
/** No answer within the endpoint's time limit (`timeLimit`): nothing is asked again after it. */
const TIME_LIMIT = 'FLINKOPS_TIME_LIMIT';
const TRANSIENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', CALL_TIMEOUT, CONNECT_TIMEOUT]);
/** Failures where the request cannot have reached the server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', CONNECT_TIMEOUT]);

/** The auth a request to `baseUrl` carries: `auth`, else the user info of the URL as basic auth. */
function endpointAuth(url: URL, given: AuthConfig | undefined): AuthConfig {
  const auth = { ...given };
  if (url.username && !auth.basic && !auth.bearerToken) {
    auth.basic = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  }
  return auth;
}

/** The `Authorization` header of `auth`, if it has one. */
function authorization(auth: AuthConfig): string | undefined {
  if (auth.bearerToken) return `Bearer ${auth.bearerToken}`;
  if (auth.basic) return `Basic ${basicToken(auth.basic)}`;
  return undefined;
}

function basicToken(basic: { username: string; password: string }): string {
  return Buffer.from(`${basic.username}:${basic.password}`).toString('base64');
}

/**
 * The credentials requests to `baseUrl` carry, in each form an answer may echo them (a proxy's
 * error page that lists the request's headers): the token, the password and the encoded basic
 * credentials, from `auth` or the URL's user info. Values to mask in whatever is shown.
 */
export function sentCredentials(baseUrl: string, given: AuthConfig | undefined): string[] {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return [];
  }
  const auth = endpointAuth(url, given);
  const out = [auth.bearerToken, auth.basic?.password, auth.basic && basicToken(auth.basic)];
  for (const [name, value] of Object.entries(auth.headers ?? {}))
    if (ALWAYS_SECRET.has(name.toLowerCase())) out.push(value);
  return out.filter((v): v is string => v !== undefined && v !== '');
}

export function createHttpEndpoint(opts: HttpEndpointOptions): HttpEndpoint {
  const url = new URL(opts.baseUrl);
  const prefix = url.pathname.replace(/\/+$/, '');
  const auth = endpointAuth(url, opts.auth);
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const retries = opts.retries ?? 5;
  const baseDelay = opts.retryBaseDelayMs ?? 250;
  const maxDelay = opts.retryMaxDelayMs ?? 5_000;
  const random = opts.random ?? Math.random;
  const limit = opts.timeLimit;
  const deadline = limit ? opts.clock.now() + limit.ms : Number.POSITIVE_INFINITY;
  const tls = opts.tls;
  const secure = url.protocol === 'https:';
  // The pool (and node:net or node:tls with it) is made by the first request: commands that
  // never call a cluster (validate, compile) do not pay for it. Enough connections for
  // observe's default of 16 requests in flight (and then some), so the pool never caps
  // concurrency below what the caller asked for. An idle connection closes after 30 s, or
  // earlier when the server's Keep-Alive header says so.
  let pool: ConnectionPool | undefined;
  const connect = () =>
    new ConnectionPool({
      // `[::1]` in a URL, `::1` to the socket.
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port ? Number(url.port) : undefined,
      secure,
      ...(tls ? { tls } : {}),
      maxSockets: 32,
      idleMs: 30_000,
    });
  const connectTimeoutMs = (t: number) => Math.min(t, 10_000);
  const headers: Record<string, string> = { accept: 'application/json', ...auth.headers };
  const authHeader = authorization(auth);
  if (authHeader) headers.authorization = authHeader;
  const secretHeaderNames = Object.keys(auth.headers ?? {}).map((h) => h.toLowerCase());
  const secrets = opts.redact ?? [];
  let hadSuccess = false;
  // Once closed, a call fails at once and nothing is retried: a plan that drops an observation
  // it no longer needs must not leave it calling the cluster, or reconnecting after each close.
  let closed = false;

  async function attempt(req: HttpRequest): Promise<FlinkResult<HttpResponse> & { code?: string }> {
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    const own = req.timeoutMs ?? timeoutMs;
    const left = deadline - opts.clock.now();
    const t = Math.min(own, left);
    // Not sent: no code, so a statement submission is not said to have maybe reached the server.
    if (limit && t <= 0) return fail(outOfTime(opts.service, req, limit));
    try {
      pool ??= connect();
      const res = await pool.send({
        method: req.method,
        path: prefix + req.path,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body,
        connectTimeoutMs: connectTimeoutMs(t),
        timeoutMs: t,
        ...(req.signal ? { signal: req.signal } : {}),
      });
      const { text } = res;
      const notFlink = proxyAnswer(opts.service, req, res);
      if (notFlink) return fail(notFlink);
      let parsed: unknown;
      // `text.trim()` without copying every answer: \S matches what trim keeps.
      if (/\S/.test(text)) {
        try {
          parsed = req.exactNumbers ? JSON.parse(text, exactNumbers) : JSON.parse(text);
        } catch {
          parsed = undefined;
        }
      }
      return ok({ status: res.status, body: parsed, text });
    } catch (e) {
      if (limit && t < own && !req.signal?.aborted && isTimeout(e))
        return { ...fail(outOfTime(opts.service, req, limit)), code: TIME_LIMIT };
      // Closed under a call (a plan dropping an observation it no longer needs): said as the close
      // it was, not as a cluster that dropped the connection. Bytes that are not HTTP: a protocol
      // error, not a network failure to try again.
      const err = closed
        ? closedError(opts.service, req)
        : e instanceof BadAnswerError
          ? protocolError(opts.service, callName(req), e.message)
          : transportError(opts.service, req, e, t);
      return {
        ...fail(err),
        code: errorCode(e) ?? (err.kind === 'timeout' ? CALL_TIMEOUT : undefined),
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
      let timedOut = 0;
      for (let n = 1; ; n++) {
        if (closed) return fail(closedError(opts.service, req));
        const started = opts.clock.now();
        const r = await attempt(req);
        if (r.ok && r.value.status < 500) hadSuccess = true;
        if (!r.ok && r.code === CALL_TIMEOUT) timedOut++;
        const retryable =
          idempotent &&
          !closed &&
          n <= retries &&
          // A server that took the call and did not answer within the timeout twice is hung, not
          // busy: six waits of 30 s would keep a plan silent for three minutes.
          timedOut < 2 &&
          !req.signal?.aborted &&
          (r.ok
            ? RETRY_STATUS.has(r.value.status) && !req.settled?.(r.value)
            : r.code !== undefined &&
              (TRANSIENT_CODES.has(r.code) || (r.code === 'ECONNREFUSED' && hadSuccess)));
        if (!retryable) {
          emit(req, n, started, r);
          if (!r.ok && !idempotent && r.code !== undefined && !NOT_SENT_CODES.has(r.code)) {
            return fail({ ...r.error, mayHaveReachedServer: true });
          }
          if (r.ok) return ok(r.value);
          // Each attempt had the budget: the call took it twice, and says so.
          if (timedOut > 1 && r.code === CALL_TIMEOUT)
            return fail({ ...r.error, message: `${r.error.message}, twice` });
          return fail(r.error);
        }
        // Equal jitter: half the exponential step fixed, half random, so retries spread out.
        const step = Math.min(maxDelay, baseDelay * 2 ** (n - 1));
        const wait = Math.round(step / 2 + random() * (step / 2));
        // No retry that could not be answered within the time limit.
        if (opts.clock.now() + wait >= deadline) {
          emit(req, n, started, r);
          return r.ok ? ok(r.value) : fail(r.error);
        }
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
      closed = true;
      pool?.destroy();
    },
  };
}

/** An HTML document: what a proxy or a login page sends, never Flink's REST API. */
const HTML_PAGE = /^\s*<(?:!doctype\s+html|html|head|body)\b/i;

/**
 * An answer that is a proxy's, not Flink's, said as such: a redirect (not followed: it leads to
 * a login page or another host, and would carry our credentials there) with where it points, and
 * a 2xx HTML page (a login page) with its title.
 */
function proxyAnswer(service: FlinkService, req: HttpRequest, a: Answer): FlinkError | undefined {
  const call = callName(req);
  // A 304 is no redirect (flinkops sends no conditional request, but a proxy's cache may answer one).
  if (a.status >= 300 && a.status < 400 && a.status !== 304) {
    const to = a.location ? ` to ${redirectTarget(a.location)}` : '';
    const message = `HTTP ${a.status}: redirected${to}; flinkops does not follow redirects: point the URL at Flink itself`;
    return { kind: 'http', service, call, status: a.status, message, causes: [] };
  }
  if (a.status >= 200 && a.status < 300 && HTML_PAGE.test(a.text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(a.text)?.[1]?.replace(/\s+/g, ' ').trim();
    return protocolError(
      service,
      call,
      `an HTML page${title ? ` ("${title.slice(0, 100)}")` : ''}, not Flink's JSON`,
    );
  }
  return undefined;
}

/** Where a redirect points, without its query or user info (they may hold a token). */
function redirectTarget(location: string): string {
  try {
    const u = new URL(location, 'http://relative.invalid');
    return u.host === 'relative.invalid' ? u.pathname : `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return 'an address that is not a URL';
  }
}

function closedError(service: FlinkService, req: HttpRequest): FlinkError {
  return { kind: 'aborted', service, call: callName(req), message: 'the client was closed', causes: [] };
}

export function callName(req: Pick<HttpRequest, 'method' | 'route'>): string {
  return `${req.method} ${req.route}`;
}

function errorCode(e: unknown): string | undefined {
  const o = e as { code?: unknown; cause?: { code?: unknown }; errors?: { code?: unknown }[] };
  const c = o?.code ?? o?.cause?.code ?? o?.errors?.[0]?.code;
  return typeof c === 'string' ? c : undefined;
}

function isTimeout(e: unknown): boolean {
  const code = errorCode(e) ?? '';
  return code.includes('TIMEOUT') || code === 'ETIMEDOUT' || (e as Error)?.name === 'TimeoutError';
}

/** The endpoint's time limit ran out before the call was answered. */
function outOfTime(service: FlinkService, req: HttpRequest, limit: TimeLimit): FlinkError {
  return {
    kind: 'timeout',
    service,
    call: callName(req),
    message: `no answer within ${limit.what}`,
    causes: [],
  };
}

function transportError(service: FlinkService, req: HttpRequest, e: unknown, timeoutMs: number): FlinkError {
  const call = callName(req);
  const code = errorCode(e) ?? '';
  const msg = e instanceof Error ? e.message : String(e);
  if (req.signal?.aborted) {
    return { kind: 'aborted', service, call, message: 'aborted', causes: [] };
  }
  if (isTimeout(e)) {
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
