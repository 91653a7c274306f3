import {
  arr,
  asObj,
  bool,
  callName,
  createHttpEndpoint,
  expect2xx,
  fail,
  jobManagerCalls,
  obj,
  ok,
  poll,
  protocolError,
  str,
  stringMap,
  unsupported
} from "./chunk-YM6LO4KA.mjs";
import {
  systemClock
} from "./chunk-GSLRF5EB.mjs";
import {
  atLeast,
  parseFlinkVersion
} from "./chunk-2J7UGB3X.mjs";

// src/flink/gateway-parse.ts
var parseColumns = (function parseColumns(v) {
  const out = [];
  for (const c of Array.isArray(v) ? v : []) {
    const o = asObj(c);
    const name = str(o, "name");
    if (!o || name === void 0) continue;
    const col = { name };
    const lt = obj(o, "logicalType");
    const type = str(lt, "type") ?? str(o, "logicalType", "type");
    if (type) col.type = type;
    const scale = lt?.scale;
    if (typeof scale === "number" && Number.isInteger(scale) && scale >= 0) col.scale = scale;
    const nullable = bool(lt, "nullable");
    if (nullable !== void 0) col.nullable = nullable;
    const comment = str(o, "comment");
    if (comment) col.comment = comment;
    out.push(col);
  }
  return out;
});
var parseRow = (function parseRow(v) {
  if (Array.isArray(v)) return { kind: "INSERT", fields: v };
  const o = asObj(v);
  const fields = arr(o, "fields");
  if (!fields) return void 0;
  return { kind: str(o, "kind") ?? "INSERT", fields };
});
var parseResultPage = (function parseResultPage(body) {
  const o = asObj(body);
  const resultType = str(o, "resultType");
  if (!o || !resultType) return void 0;
  const results = obj(o, "results");
  const page = {
    resultType,
    columns: parseColumns(results?.columns),
    rows: (arr(results, "data") ?? []).map(parseRow).filter((r) => r !== void 0)
  };
  const jobId = str(o, "jobID", "jobId");
  if (jobId) page.jobId = jobId;
  const iq = bool(o, "isQueryResult") ?? bool(o, "queryResult");
  if (iq !== void 0) page.isQueryResult = iq;
  const rk = str(o, "resultKind");
  if (rk) page.resultKind = rk;
  const next = str(o, "nextResultUri");
  if (next) page.nextResultUri = next;
  return page;
});
var jobIdColumn = (function jobIdColumn(columns, rows) {
  const i = columns.findIndex((c) => c.name.toLowerCase() === "job id");
  if (i < 0) return void 0;
  const v = rows[0]?.[i];
  return typeof v === "string" && v ? v : void 0;
});

// src/flink/version.ts
var KNOWN_GATEWAY_VERSIONS = ["v1", "v2", "v3", "v4"];
var pickGatewayApiVersion = (function pickGatewayApiVersion(advertised) {
  let best = "v1";
  for (const a of advertised) {
    const v = a.toLowerCase();
    if (KNOWN_GATEWAY_VERSIONS.includes(v) && KNOWN_GATEWAY_VERSIONS.indexOf(v) > KNOWN_GATEWAY_VERSIONS.indexOf(best)) {
      best = v;
    }
  }
  return best;
});
var capabilitiesOf = (function capabilitiesOf(input) {
  const jm = input.flinkVersion;
  const gw = input.gatewayFlinkVersion ?? jm;
  const advertised = [...input.gatewayApiVersions ?? []];
  const api = advertised.length > 0 ? pickGatewayApiVersion(advertised) : void 0;
  const caps = {
    gatewayApiVersions: advertised,
    supportsResourceRequirements: atLeast(jm, 1, 18),
    adaptiveScheduler: input.webRescale === true,
    supportsStopJobSql: atLeast(gw, 1, 17),
    supportsShowJobsSql: atLeast(gw, 1, 17),
    supportsDescribeJobSql: atLeast(gw, 1, 20),
    supportsExecutionConfig: true,
    executionConfigRestores: atLeast(gw, 1, 17),
    fetchReturnsJobId: atLeast(gw, 1, 17),
    supportsConfigureSession: api !== void 0 && api !== "v1",
    supportsManualCheckpoint: atLeast(jm, 1, 17),
    supportsStateRecoveryKeys: atLeast(jm, 1, 20),
    ignoresUnknownRequestFields: atLeast(jm, 1, 20),
    exceptionsHistoryOnly: atLeast(jm, 2, 0),
    explainsCreateTableAs: atLeast(gw, 2, 0)
  };
  if (jm) caps.flinkVersion = jm;
  if (input.gatewayFlinkVersion) caps.gatewayFlinkVersion = input.gatewayFlinkVersion;
  if (api) caps.gatewayApiVersion = api;
  return caps;
});
var SESSION_ONLY_KEYS_1_16 = [
  "execution.savepoint.path",
  "execution.savepoint.ignore-unclaimed-state",
  "execution.savepoint-restore-mode",
  "execution.state-recovery.path",
  "execution.state-recovery.ignore-unclaimed-state",
  "execution.state-recovery.claim-mode"
];

// src/flink/sql-gateway.ts
var enc = encodeURIComponent;
var SET_OR_RESET = /^\s*(SET|RESET)\b/i;
var CONFIGURE_REFUSED = "Failed to configure session.";
var gatewayCalls = (function gatewayCalls(http, caps) {
  const svc = http.service;
  async function version() {
    return (await caps()).gatewayApiVersion ?? "v1";
  }
  async function send(req) {
    return expect2xx(svc, req, await http.request(req));
  }
  const session = (v, sh) => ({
    route: `/${v}/sessions/{session_handle}`,
    path: `/${v}/sessions/${enc(sh)}`
  });
  const operation = (v, sh, oh, tail) => ({
    route: `/${v}/sessions/{session_handle}/operations/{operation_handle}/${tail}`,
    path: `/${v}/sessions/${enc(sh)}/operations/${enc(oh)}/${tail}`
  });
  async function opStatus(method, sh, oh, tail) {
    const req = { method, ...operation(await version(), sh, oh, tail), idempotent: true };
    const r = await send(req);
    if (!r.ok) return r;
    const s = str(asObj(r.value.body), "status");
    return s ? ok(s) : fail(protocolError(svc, callName(req), "no status"));
  }
  async function fetchPage(sh, oh, next, noRetry) {
    const v = await version();
    const route = `/${v}/sessions/{session_handle}/operations/{operation_handle}/result/{token}`;
    const path = typeof next === "number" ? operation(v, sh, oh, `result/${next}`).path : relativeUri(next);
    const req = {
      method: "GET",
      route,
      path: v === "v1" ? path : withRowFormat(path),
      noRetry,
      exactNumbers: true
    };
    const r = await send(req);
    if (!r.ok) return r;
    const page = parseResultPage(r.value.body);
    return page ? ok(page) : fail(protocolError(svc, callName(req), "no resultType"));
  }
  return {
    fetchPage,
    fetchResults: (sh, oh, next, noRetry = false) => fetchPage(sh, oh, next, noRetry),
    async getInfo() {
      const req = { method: "GET", route: "/v1/info", path: "/v1/info" };
      const r = await send(req);
      if (!r.ok) return r;
      const o = asObj(r.value.body);
      const v = str(o, "version");
      return v ? ok({ productName: str(o, "productName") ?? "Apache Flink", version: v }) : fail(protocolError(svc, callName(req), "no version"));
    },
    async getApiVersions() {
      const req = { method: "GET", route: "/api_versions", path: "/api_versions" };
      const r = await send(req);
      if (!r.ok) return r;
      const vs = arr(asObj(r.value.body), "versions")?.filter((x) => typeof x === "string");
      return vs ? ok(vs) : fail(protocolError(svc, callName(req), "no versions[]"));
    },
    async openSession(opts = {}) {
      const v = await version();
      const body = {};
      if (opts.sessionName !== void 0) body.sessionName = opts.sessionName;
      if (opts.properties !== void 0) body.properties = opts.properties;
      const req = {
        method: "POST",
        route: `/${v}/sessions`,
        path: `/${v}/sessions`,
        body,
        idempotent: true
      };
      const r = await send(req);
      if (!r.ok) return r;
      const sh = str(asObj(r.value.body), "sessionHandle");
      return sh ? ok(sh) : fail(protocolError(svc, callName(req), "no sessionHandle"));
    },
    async closeSession(sh) {
      const r = await send({ method: "DELETE", ...session(await version(), sh), idempotent: true });
      return r.ok ? ok(void 0) : r;
    },
    async heartbeat(sh) {
      const v = await version();
      const r = await send({
        method: "POST",
        route: `/${v}/sessions/{session_handle}/heartbeat`,
        path: `/${v}/sessions/${enc(sh)}/heartbeat`,
        idempotent: true
      });
      return r.ok ? ok(void 0) : r;
    },
    async configureSession(sh, statement) {
      const c = await caps();
      const v = c.gatewayApiVersion ?? "v1";
      const route = `/${v}/sessions/{session_handle}/configure-session`;
      if (!c.supportsConfigureSession)
        return fail(
          unsupported(svc, `POST ${route}`, "configure-session needs SQL gateway API v2 (Flink 1.17+)")
        );
      const r = await send({
        method: "POST",
        route,
        path: `/${v}/sessions/${enc(sh)}/configure-session`,
        body: { statement },
        // SET/RESET may be sent twice; a DDL may not (its second run finds the object it created):
        // the caller repeats that in a fresh session.
        idempotent: SET_OR_RESET.test(statement),
        settled: (res) => res.text.includes(CONFIGURE_REFUSED)
      });
      if (r.ok) return ok(void 0);
      const refused = r.error.kind === "http" && r.error.causes.some((c2) => c2.includes(CONFIGURE_REFUSED));
      return refused ? fail({ ...r.error, kind: "statement" }) : r;
    },
    async getSessionConfig(sh) {
      const req = { method: "GET", ...session(await version(), sh) };
      const r = await send(req);
      if (!r.ok) return r;
      const props = stringMap(asObj(r.value.body)?.properties);
      return props ? ok(props) : fail(protocolError(svc, callName(req), "no properties"));
    },
    async executeStatement(sh, statement, opts = {}) {
      const c = await caps();
      const v = c.gatewayApiVersion ?? "v1";
      const route = `/${v}/sessions/{session_handle}/statements`;
      const body = { statement };
      if (opts.executionConfig && Object.keys(opts.executionConfig).length > 0) {
        if (!c.executionConfigRestores) {
          const stuck = Object.keys(opts.executionConfig).filter((k) => SESSION_ONLY_KEYS_1_16.includes(k));
          if (stuck.length > 0) {
            return fail(
              unsupported(
                svc,
                `POST ${route}`,
                `the SQL gateway (Flink ${c.gatewayFlinkVersion?.raw ?? "of unknown version, treated as 1.16"}) ignores ${stuck.join(", ")} in executionConfig; SET it in the session before the statement and RESET it after`
              )
            );
          }
        }
        body.executionConfig = opts.executionConfig;
      }
      if (opts.executionTimeout !== void 0) body.executionTimeout = opts.executionTimeout;
      const req = {
        method: "POST",
        route,
        path: `/${v}/sessions/${enc(sh)}/statements`,
        body,
        // A SET or RESET twice sets the same value; anything else is run once (submission: never blindly).
        idempotent: SET_OR_RESET.test(statement)
      };
      if (opts.signal) req.signal = opts.signal;
      const r = await send(req);
      if (!r.ok) return r;
      const oh = str(asObj(r.value.body), "operationHandle");
      if (oh) return ok(oh);
      return fail({
        ...protocolError(svc, callName(req), "no operationHandle"),
        ...req.idempotent ? {} : { mayHaveReachedServer: true }
      });
    },
    getOperationStatus: (sh, oh) => opStatus("GET", sh, oh, "status"),
    cancelOperation: (sh, oh) => opStatus("POST", sh, oh, "cancel"),
    closeOperation: (sh, oh) => opStatus("DELETE", sh, oh, "close")
  };
});
var relativeUri = (function relativeUri(uri) {
  if (/^https?:\/\//i.test(uri)) {
    const u = new URL(uri);
    return u.pathname + u.search;
  }
  return uri.startsWith("/") ? uri : `/${uri}`;
});
var withRowFormat = (function withRowFormat(path) {
  if (/[?&]rowFormat=/.test(path)) return path;
  return `${path}${path.includes("?") ? "&" : "?"}rowFormat=JSON`;
});

// src/flink/statement.ts
var WAITING = /* @__PURE__ */ new Set(["INITIALIZED", "PENDING"]);
var STATEMENT_POLL_MAX_MS = 100;
var runStatement = (async function runStatement(gw, clock, sh, sql, opts = {}) {
  const exec = await gw.executeStatement(sh, sql, opts);
  if (!exec.ok) return exec;
  const oh = exec.value;
  const route = "POST /sessions/{session_handle}/statements";
  const deadline = clock.now() + (opts.timeoutMs ?? 3e5);
  const pollOpts = (what) => ({
    what,
    clock,
    timeoutMs: Math.max(0, deadline - clock.now()),
    // A set-up statement ends in milliseconds, an EXPLAIN or a submission in a second or two:
    // start small, and never pause long, or the answer waits for the next fetch (doubling up to
    // seconds left an EXPLAIN that took 0.5 s unread for 0.3 s more on a real gateway).
    initialDelayMs: opts.poll?.initialDelayMs ?? 10,
    maxDelayMs: opts.poll?.maxDelayMs ?? STATEMENT_POLL_MAX_MS,
    factor: opts.poll?.factor ?? 2,
    ...opts.signal ? { signal: opts.signal } : {},
    ...opts.poll?.onProgress ? { onProgress: opts.poll.onProgress } : {}
  });
  const statementError = (message, causes = [], status) => ({
    kind: "statement",
    service: "gateway",
    call: route,
    message,
    causes,
    ...status === void 0 ? {} : { status }
  });
  const unfinished = (o, what) => ({
    kind: o.state === "aborted" ? "aborted" : "timeout",
    service: "gateway",
    call: route,
    message: o.state === "aborted" ? "aborted" : `${what} did not finish within ${Math.round(o.elapsedMs / 1e3)} s`,
    causes: [],
    // The statement was accepted: an INSERT may still submit its job.
    mayHaveReachedServer: true
  });
  let columns = [];
  const rows = [];
  const kinds = [];
  let jobId;
  let next = 0;
  let truncated = false;
  const max = opts.maxRows ?? Number.POSITIVE_INFINITY;
  const fetched = await poll(
    async () => {
      for (; ; ) {
        const r = await gw.fetchPage(sh, oh, next, true);
        if (!r.ok) return failedFetch(gw, sh, oh, r.error, statementError);
        const page = r.value;
        if (page.jobId) jobId = page.jobId;
        if (page.columns.length > 0) columns = page.columns;
        for (const row of page.rows) {
          if (rows.length >= max) {
            truncated = true;
            break;
          }
          rows.push(row.fields);
          kinds.push(row.kind);
        }
        if (truncated || page.resultType === "EOS" || !page.nextResultUri)
          return { state: "completed", value: true };
        next = page.nextResultUri;
        if (page.resultType === "NOT_READY" || page.rows.length === 0)
          return { state: "pending", progress: page.resultType };
      }
    },
    pollOpts(`statement ${oh}`)
  );
  if (fetched.state === "failed") return fail(fetched.cause);
  if (fetched.state !== "completed") return fail(unfinished(fetched, `statement ${oh}`));
  if (opts.closeOperation !== false) await gw.closeOperation(sh, oh);
  const result = { columns, rows, kinds, operationHandle: oh, truncated };
  const id = jobId ?? jobIdColumn(columns, rows);
  if (id) result.jobId = id;
  return ok(result);
});
var failedFetch = (async function failedFetch(gw, sh, oh, e, statementError) {
  if (e.kind !== "http") return { state: "failed", cause: e };
  const s = await gw.getOperationStatus(sh, oh);
  if (!s.ok) return { state: "failed", cause: s.error };
  const running = s.value === "RUNNING" || s.value === "FINISHED" || WAITING.has(s.value);
  const jobFailed = s.value === "FINISHED" && e.causes.some((c) => /\w+(Exception|Error): /.test(c));
  if (running && !jobFailed && (e.status ?? 0) >= 500)
    return { state: "pending", progress: `HTTP ${e.status}` };
  return { state: "failed", cause: statementError(e.message, e.causes, e.status) };
});

// src/flink/rest-client.ts
var createFlinkClient = (function createFlinkClient(opts) {
  const clock = opts.clock ?? systemClock;
  const common = {
    clock,
    ...opts.tls ? { tls: opts.tls } : {},
    ...opts.timeoutMs !== void 0 ? { timeoutMs: opts.timeoutMs } : {},
    ...opts.timeLimit ? { timeLimit: opts.timeLimit } : {},
    ...opts.retries !== void 0 ? { retries: opts.retries } : {},
    ...opts.retryBaseDelayMs !== void 0 ? { retryBaseDelayMs: opts.retryBaseDelayMs } : {},
    ...opts.retryMaxDelayMs !== void 0 ? { retryMaxDelayMs: opts.retryMaxDelayMs } : {},
    ...opts.random ? { random: opts.random } : {},
    ...opts.onHttp ? { onEvent: opts.onHttp } : {},
    ...opts.redact ? { redact: opts.redact } : {}
  };
  const jmHttp = createHttpEndpoint({
    ...common,
    service: "jobmanager",
    baseUrl: opts.jobmanagerUrl,
    ...opts.auth ? { auth: opts.auth } : {}
  });
  const gwAuth = opts.gatewayAuth ?? opts.auth;
  const gwHttp = opts.sqlGatewayUrl ? createHttpEndpoint({
    ...common,
    service: "gateway",
    baseUrl: opts.sqlGatewayUrl,
    ...gwAuth ? { auth: gwAuth } : {}
  }) : missingGateway();
  let cached;
  const detecting = sharedInFlight(() => detect());
  const capabilities = () => cached ? Promise.resolve(cached) : detecting();
  const jm = jobManagerCalls(jmHttp, capabilities);
  const gw = gatewayCalls(gwHttp, capabilities);
  const sessions = openSessions(gw, opts.onStop);
  const getConfig = sharedInFlight(jm.getConfig);
  async function detect() {
    const [config, versions, info] = await Promise.all([
      getConfig(),
      opts.sqlGatewayUrl ? gw.getApiVersions() : void 0,
      opts.sqlGatewayUrl ? gw.getInfo() : void 0
    ]);
    const jmVersion = config.ok ? parseFlinkVersion(config.value.flinkVersion) : void 0;
    const gwVersion = info?.ok ? parseFlinkVersion(info.value.version) : void 0;
    const caps = capabilitiesOf({
      ...jmVersion ? { flinkVersion: jmVersion } : {},
      ...config.ok && config.value.features.webRescale !== void 0 ? { webRescale: config.value.features.webRescale } : {},
      ...gwVersion ? { gatewayFlinkVersion: gwVersion } : {},
      ...versions?.ok ? { gatewayApiVersions: versions.value } : {}
    });
    const complete = config.ok && (!opts.sqlGatewayUrl || versions?.ok && info?.ok);
    if (complete) cached = caps;
    return caps;
  }
  return {
    jobmanagerUrl: opts.jobmanagerUrl,
    capabilities,
    ...jm,
    getConfig,
    getInfo: gw.getInfo,
    getApiVersions: gw.getApiVersions,
    openSession: sessions.open,
    closeSession: sessions.close,
    heartbeat: gw.heartbeat,
    configureSession: gw.configureSession,
    getSessionConfig: gw.getSessionConfig,
    executeStatement: gw.executeStatement,
    getOperationStatus: gw.getOperationStatus,
    cancelOperation: gw.cancelOperation,
    closeOperation: gw.closeOperation,
    fetchResults: gw.fetchResults,
    runStatement: (sh, sql, o) => runStatement(gw, clock, sh, sql, o),
    async close() {
      await Promise.all([jmHttp.close(), gwHttp.close()]);
    }
  };
});
var openSessions = (function openSessions(gw, onStop) {
  const open = /* @__PURE__ */ new Set();
  const opening = /* @__PURE__ */ new Set();
  let unregister;
  const idle = () => {
    if (open.size === 0 && opening.size === 0) {
      unregister?.();
      unregister = void 0;
    }
  };
  const release = async () => {
    const closing = /* @__PURE__ */ new Map();
    const closeOpen = () => {
      for (const sh of open) if (!closing.has(sh)) closing.set(sh, gw.closeSession(sh));
    };
    closeOpen();
    while (opening.size > 0) {
      await Promise.all([...opening]);
      closeOpen();
    }
    await Promise.all(closing.values());
  };
  return {
    open(o) {
      if (!onStop) return gw.openSession(o);
      unregister ??= onStop(release);
      const answer = gw.openSession(o).then((r) => {
        if (r.ok) open.add(r.value);
        return r;
      }).finally(() => {
        opening.delete(answer);
        idle();
      });
      opening.add(answer);
      return answer;
    },
    async close(sh) {
      if (open.delete(sh)) idle();
      return gw.closeSession(sh);
    }
  };
});
var missingGateway = (function missingGateway() {
  return {
    service: "gateway",
    request: async (req) => fail(
      unsupported(
        "gateway",
        `${req.method} ${req.route}`,
        "no SQL gateway URL is configured for this environment"
      )
    ),
    close: async () => {
    }
  };
});
var sharedInFlight = (function sharedInFlight(call) {
  let inFlight;
  return () => inFlight ??= call().finally(() => {
    inFlight = void 0;
  });
});

export {
  capabilitiesOf,
  createFlinkClient
};
