/**
 * SQL Gateway REST calls, routed through the highest API version both sides know
 * (`/v1` … `/v4`). Statement submission is never retried: a blind retry could
 * start a job twice.
 */
import type { FlinkClient } from './client';
import { fail, ok, protocolError, unsupported } from './errors';
import { parseResultPage } from './gateway-parse';
import { callName, expect2xx, type HttpEndpoint, type HttpRequest } from './http';
import { type Capabilities, type GatewayApiVersion, SESSION_ONLY_KEYS_1_16 } from './version';
import { arr, asObj, str, stringMap } from './wire';

export type GatewayCalls = Pick<
  FlinkClient,
  | 'getInfo'
  | 'getApiVersions'
  | 'openSession'
  | 'closeSession'
  | 'heartbeat'
  | 'configureSession'
  | 'getSessionConfig'
  | 'executeStatement'
  | 'getOperationStatus'
  | 'cancelOperation'
  | 'closeOperation'
  | 'fetchResults'
> & {
  /** fetchResults without HTTP retries: a failed statement answers 500 by design. */
  fetchPage: (
    sh: string,
    oh: string,
    next: number | string,
    noRetry: boolean,
  ) => ReturnType<FlinkClient['fetchResults']>;
};

const enc = encodeURIComponent;
const SET_OR_RESET = /^\s*(SET|RESET)\b/i;

/**
 * Flink wraps every failure of a configure-session call in "Failed to configure session." (a 500):
 * the statement's own error (a value it cannot parse, an unknown connector), which asking again
 * cannot change. That is the SQL's fault, as a failed statement is.
 */
const CONFIGURE_REFUSED = 'Failed to configure session.';

export function gatewayCalls(http: HttpEndpoint, caps: () => Promise<Capabilities>): GatewayCalls {
  const svc = http.service;

  async function version(): Promise<GatewayApiVersion> {
    return (await caps()).gatewayApiVersion ?? 'v1';
  }

  async function send(req: HttpRequest) {
    return expect2xx(svc, req, await http.request(req));
  }

  const session = (v: string, sh: string) => ({
    route: `/${v}/sessions/{session_handle}`,
    path: `/${v}/sessions/${enc(sh)}`,
  });
  const operation = (v: string, sh: string, oh: string, tail: string) => ({
    route: `/${v}/sessions/{session_handle}/operations/{operation_handle}/${tail}`,
    path: `/${v}/sessions/${enc(sh)}/operations/${enc(oh)}/${tail}`,
  });

  async function opStatus(method: 'GET' | 'POST' | 'DELETE', sh: string, oh: string, tail: string) {
    // Reading, cancelling or closing an operation twice changes nothing.
    const req: HttpRequest = { method, ...operation(await version(), sh, oh, tail), idempotent: true };
    const r = await send(req);
    if (!r.ok) return r;
    const s = str(asObj(r.value.body), 'status');
    return s ? ok(s) : fail(protocolError(svc, callName(req), 'no status'));
  }

  async function fetchPage(sh: string, oh: string, next: number | string, noRetry: boolean) {
    const v = await version();
    const route = `/${v}/sessions/{session_handle}/operations/{operation_handle}/result/{token}`;
    const path = typeof next === 'number' ? operation(v, sh, oh, `result/${next}`).path : relativeUri(next);
    const req: HttpRequest = {
      method: 'GET',
      route,
      path: v === 'v1' ? path : withRowFormat(path),
      noRetry,
      exactNumbers: true,
    };
    const r = await send(req);
    if (!r.ok) return r;
    const page = parseResultPage(r.value.body);
    return page ? ok(page) : fail(protocolError(svc, callName(req), 'no resultType'));
  }

  return {
    fetchPage,
    fetchResults: (sh, oh, next, noRetry = false) => fetchPage(sh, oh, next, noRetry),

    async getInfo() {
      const req: HttpRequest = { method: 'GET', route: '/v1/info', path: '/v1/info' };
      const r = await send(req);
      if (!r.ok) return r;
      const o = asObj(r.value.body);
      const v = str(o, 'version');
      return v
        ? ok({ productName: str(o, 'productName') ?? 'Apache Flink', version: v })
        : fail(protocolError(svc, callName(req), 'no version'));
    },

    async getApiVersions() {
      const req: HttpRequest = { method: 'GET', route: '/api_versions', path: '/api_versions' };
      const r = await send(req);
      if (!r.ok) return r;
      const vs = arr(asObj(r.value.body), 'versions')?.filter((x): x is string => typeof x === 'string');
      return vs ? ok(vs) : fail(protocolError(svc, callName(req), 'no versions[]'));
    },

    async openSession(opts = {}) {
      const v = await version();
      const body: Record<string, unknown> = {};
      if (opts.sessionName !== undefined) body.sessionName = opts.sessionName;
      if (opts.properties !== undefined) body.properties = opts.properties;
      // Safe to repeat: an answer lost on the way leaves at most an idle session, which expires.
      const req: HttpRequest = {
        method: 'POST',
        route: `/${v}/sessions`,
        path: `/${v}/sessions`,
        body,
        idempotent: true,
      };
      const r = await send(req);
      if (!r.ok) return r;
      const sh = str(asObj(r.value.body), 'sessionHandle');
      return sh ? ok(sh) : fail(protocolError(svc, callName(req), 'no sessionHandle'));
    },

    async closeSession(sh) {
      const r = await send({ method: 'DELETE', ...session(await version(), sh), idempotent: true });
      return r.ok ? ok(undefined) : r;
    },

    async heartbeat(sh) {
      const v = await version();
      const r = await send({
        method: 'POST',
        route: `/${v}/sessions/{session_handle}/heartbeat`,
        path: `/${v}/sessions/${enc(sh)}/heartbeat`,
        idempotent: true,
      });
      return r.ok ? ok(undefined) : r;
    },

    async configureSession(sh, statement) {
      const c = await caps();
      const v = c.gatewayApiVersion ?? 'v1';
      const route = `/${v}/sessions/{session_handle}/configure-session`;
      if (!c.supportsConfigureSession)
        return fail(
          unsupported(svc, `POST ${route}`, 'configure-session needs SQL gateway API v2 (Flink 1.17+)'),
        );
      const r = await send({
        method: 'POST',
        route,
        path: `/${v}/sessions/${enc(sh)}/configure-session`,
        body: { statement },
        // SET/RESET may be sent twice; a DDL may not (its second run finds the object it created):
        // the caller repeats that in a fresh session.
        idempotent: SET_OR_RESET.test(statement),
        settled: (res) => res.text.includes(CONFIGURE_REFUSED),
      });
      if (r.ok) return ok(undefined);
      const refused = r.error.kind === 'http' && r.error.causes.some((c) => c.includes(CONFIGURE_REFUSED));
      return refused ? fail({ ...r.error, kind: 'statement' }) : r;
    },

    async getSessionConfig(sh) {
      const req: HttpRequest = { method: 'GET', ...session(await version(), sh) };
      const r = await send(req);
      if (!r.ok) return r;
      const props = stringMap(asObj(r.value.body)?.properties);
      return props ? ok(props) : fail(protocolError(svc, callName(req), 'no properties'));
    },

    async executeStatement(sh, statement, opts = {}) {
      const c = await caps();
      const v = c.gatewayApiVersion ?? 'v1';
      const route = `/${v}/sessions/{session_handle}/statements`;
      const body: Record<string, unknown> = { statement };
      if (opts.executionConfig && Object.keys(opts.executionConfig).length > 0) {
        if (!c.executionConfigRestores) {
          const stuck = Object.keys(opts.executionConfig).filter((k) => SESSION_ONLY_KEYS_1_16.includes(k));
          if (stuck.length > 0) {
            return fail(
              unsupported(
                svc,
                `POST ${route}`,
                `the SQL gateway (Flink ${c.gatewayFlinkVersion?.raw ?? 'of unknown version, treated as 1.16'}) ignores ${stuck.join(', ')} in executionConfig; SET it in the session before the statement and RESET it after`,
              ),
            );
          }
        }
        body.executionConfig = opts.executionConfig;
      }
      if (opts.executionTimeout !== undefined) body.executionTimeout = opts.executionTimeout;
      const req: HttpRequest = {
        method: 'POST',
        route,
        path: `/${v}/sessions/${enc(sh)}/statements`,
        body,
        // A SET or RESET twice sets the same value; anything else is run once (submission: never blindly).
        idempotent: SET_OR_RESET.test(statement),
      };
      if (opts.signal) req.signal = opts.signal;
      const r = await send(req);
      if (!r.ok) return r;
      const oh = str(asObj(r.value.body), 'operationHandle');
      if (oh) return ok(oh);
      // A 2xx without a readable handle (a body cut short on the way): the gateway may have
      // taken the statement, and an INSERT may be starting its job.
      return fail({
        ...protocolError(svc, callName(req), 'no operationHandle'),
        ...(req.idempotent ? {} : { mayHaveReachedServer: true }),
      });
    },

    getOperationStatus: (sh, oh) => opStatus('GET', sh, oh, 'status'),
    cancelOperation: (sh, oh) => opStatus('POST', sh, oh, 'cancel'),
    closeOperation: (sh, oh) => opStatus('DELETE', sh, oh, 'close'),
  };
}

/** `nextResultUri` is a path from the gateway's root (possibly a full URL); keep path and query. */
function relativeUri(uri: string): string {
  if (/^https?:\/\//i.test(uri)) {
    const u = new URL(uri);
    return u.pathname + u.search;
  }
  return uri.startsWith('/') ? uri : `/${uri}`;
}

/** v2+ make `rowFormat` mandatory on fetch; ask for JSON unless the URI already says. */
function withRowFormat(path: string): string {
  if (/[?&]rowFormat=/.test(path)) return path;
  return `${path}${path.includes('?') ? '&' : '?'}rowFormat=JSON`;
}
