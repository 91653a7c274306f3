import {
  arr,
  asObj,
  atLeast,
  bool,
  callName,
  createHttpEndpoint,
  expect2xx,
  fail,
  jobManagerCalls,
  obj,
  ok,
  parseFlinkVersion,
  poll,
  protocolError,
  str,
  stringMap,
  unsupported
} from "./chunk-U3JZYZS7.mjs";
import {
  systemClock
} from "./chunk-GSLRF5EB.mjs";
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
    exceptionsHistoryOnly: atLeast(jm, 2, 0)
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
    fetchResults: (sh, oh, next) => fetchPage(sh, oh, next, false),
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
      const refused2 = r.error.kind === "http" && r.error.causes.some((c2) => c2.includes(CONFIGURE_REFUSED));
      return refused2 ? fail({ ...r.error, kind: "statement" }) : r;
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
      return oh ? ok(oh) : fail(protocolError(svc, callName(req), "no operationHandle"));
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
  const statementError = (message3, causes = [], status) => ({
    kind: "statement",
    service: "gateway",
    call: route,
    message: message3,
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
  let inflight;
  const capabilities = () => {
    if (cached) return Promise.resolve(cached);
    inflight ??= detect().finally(() => {
      inflight = void 0;
    });
    return inflight;
  };
  const jm = jobManagerCalls(jmHttp, capabilities);
  const gw = gatewayCalls(gwHttp, capabilities);
  async function detect() {
    const [config, versions, info] = await Promise.all([
      jm.getConfig(),
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
    capabilities,
    ...jm,
    getInfo: gw.getInfo,
    getApiVersions: gw.getApiVersions,
    openSession: gw.openSession,
    closeSession: gw.closeSession,
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

import {
  endpointUrlProblem,
  shownUrl
} from "./chunk-BD6ZRVQT.mjs";
import {
  resolveSecretsInValue
} from "./chunk-6HBNRHRD.mjs";
import {
  error
} from "./chunk-OZ4GHFPU.mjs";
// src/engine/cluster.ts
var resolveEndpoints = (function resolveEndpoints(env, overrides, vars) {
  return {
    jobmanagerUrl: overrides.jobmanagerUrl ?? vars.FLINKOPS_JOBMANAGER_URL ?? env.jobmanagerUrl,
    sqlGatewayUrl: overrides.sqlGatewayUrl ?? vars.FLINKOPS_SQL_GATEWAY_URL ?? env.sqlGatewayUrl
  };
});
var connect = (function connect(opts) {
  const diags = [];
  const secretValues = [];
  const resolve7 = (v) => {
    if (v === void 0) return void 0;
    const r = resolveSecretsInValue(v, opts.secrets);
    diags.push(...r.diags);
    if (r.value !== v) secretValues.push(r.value);
    return r.value;
  };
  const a = opts.env.auth;
  const auth = {};
  if (a?.token) auth.bearerToken = resolve7(a.token);
  if (a?.username !== void 0)
    auth.basic = { username: resolve7(a.username), password: resolve7(a.password) ?? "" };
  if (a?.headers)
    auth.headers = Object.fromEntries(Object.entries(a.headers).map(([k, v]) => [k, resolve7(v)]));
  for (const [what, url] of Object.entries(opts.endpoints)) {
    if (what === "sqlGatewayUrl" && url === "") continue;
    const problem = endpointUrlProblem(url);
    if (problem)
      diags.push(
        error(
          "FO660",
          `${what} '${shownUrl(url)}' is not a usable http(s) URL: ${problem}`,
          `${endpointSource(opts.env, what, url)} Write a URL such as ${what === "jobmanagerUrl" ? "http://flink-jobmanager:8081" : "http://flink-sql-gateway:8083"}.`
        )
      );
  }
  if (diags.some((d) => d.severity === "error")) return { secretValues, diags };
  const client = createFlinkClient({
    jobmanagerUrl: opts.endpoints.jobmanagerUrl,
    ...opts.endpoints.sqlGatewayUrl ? { sqlGatewayUrl: opts.endpoints.sqlGatewayUrl } : {},
    ...Object.keys(auth).length ? { auth } : {},
    ...opts.tls ? { tls: opts.tls } : {},
    ...opts.clock ? { clock: opts.clock } : {},
    ...opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {},
    redact: secretValues
  });
  return { client, secretValues, diags };
});
var endpointSource = (function endpointSource(env, what, url) {
  const flag = what === "jobmanagerUrl" ? "--jobmanager-url" : "--sql-gateway-url";
  const variable = what === "jobmanagerUrl" ? "FLINKOPS_JOBMANAGER_URL" : "FLINKOPS_SQL_GATEWAY_URL";
  const yaml = `environments.${env.name}.${what} in flinkops.yaml`;
  if (url === env[what])
    return `It is set in ${yaml}, or by ${flag} or ${variable} (which override it): fix it there.`;
  if (url === env.moveFrom?.[what]) return `Fix environments.${env.name}.moveFrom.${what} in flinkops.yaml.`;
  return `It was given with ${flag} or ${variable}, which override ${yaml}: fix it there.`;
});
var previousEndpoints = (function previousEndpoints(env) {
  const from = env.moveFrom;
  return from ? { jobmanagerUrl: from.jobmanagerUrl, sqlGatewayUrl: from.sqlGatewayUrl ?? "" } : void 0;
});
var connectPrevious = (function connectPrevious(opts) {
  const from = opts.env.moveFrom;
  const endpoints = previousEndpoints(opts.env);
  if (!from || !endpoints) return void 0;
  return connect({ ...opts, endpoints, env: from.auth ? { ...opts.env, auth: from.auth } : opts.env });
});

import {
  STATE_CODES,
  StateStoreError
} from "./chunk-CFMXJB5R.mjs";
import {
  randomHex
} from "./chunk-HMNNWFXX.mjs";
import {
  LineIndex
} from "./chunk-NPWGTXPO.mjs";
import {
  isMap,
  isSeq,
  parseDocument
} from "./chunk-SIW47MSI.mjs";
import {
  error as error2
} from "./chunk-OZ4GHFPU.mjs";
// src/state/model.ts
var STATE_FORMAT_VERSION = 1;
var emptyState = (function emptyState(project, env) {
  return { formatVersion: STATE_FORMAT_VERSION, project, env, jobs: {} };
});
// src/state/secrets.ts
var MIN_SECRET_LENGTH = 4;
var findSecretValues = (function findSecretValues(doc, secretValues) {
  const secrets = secretValues.filter((s) => s.length >= MIN_SECRET_LENGTH);
  if (secrets.length === 0) return [];
  const found = [];
  const walk = (value, path) => {
    if (typeof value === "string") {
      if (secrets.some((s) => value.includes(s))) found.push(path);
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (secrets.some((s) => k.includes(s))) found.push(path ? `${path} (a key)` : "(a key)");
        walk(v, path ? `${path}.${k}` : k);
      }
    }
  };
  walk(doc, "");
  return found;
});
var assertNoSecretValues = (function assertNoSecretValues(doc, secretValues) {
  const paths = findSecretValues(doc, secretValues);
  if (paths.length === 0) return;
  throw new StateStoreError({
    code: STATE_CODES.secret,
    severity: "error",
    summary: `refusing to write a secret value to the state store (at ${paths.slice(0, 3).join(", ")}${paths.length > 3 ? ", \u2026" : ""})`,
    detail: "A resolved secret reached the state document; nothing was written. Scripts must be stored with their ${secret.NAME} placeholders. This is a bug in flinkops: please report it, without the secret."
  });
});
// flinkops-generated:virtual:flinkops-state-validator
function ucs2length(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
function require2(id) {
  if (id === "ajv/dist/runtime/ucs2length") return { default: ucs2length };
  if (id === "ajv-formats/dist/formats") return { fullFormats };
  throw new Error(`bug: schema validators need ${id}`);
}
var stateValidators = (function stateValidators2(exports) {
  "use strict";
  const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops state store file", "description": "What the cluster forgets about one project environment: savepoint paths, the script each job was started from, the rollback target and a bounded history. Written by flinkops with compare-and-swap on `version`; do not edit by hand while an apply may run.", "type": "object", "required": ["version", "state"], "additionalProperties": false, "properties": { "$schema": { "description": "Schema of this file, for editors.", "type": "string" }, "version": { "description": "Incremented by every write; a write expecting another version is refused.", "type": "integer", "minimum": 1 }, "updatedAt": { "description": "ISO-8601 time of the last write.", "type": "string" }, "message": { "description": "What the last write did.", "type": "string" }, "state": { "description": "The document the state store keeps for the environment.", "$ref": "#/$defs/stateDoc" } }, "$defs": { "identifier": { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "stateDoc": { "title": "State document", "type": "object", "required": ["formatVersion", "project", "env", "jobs"], "additionalProperties": false, "properties": { "formatVersion": { "description": "Version of this format; a reader refuses a version it does not know.", "const": 1 }, "project": { "description": "Project name (flinkops.yaml `project`).", "$ref": "#/$defs/identifier" }, "env": { "description": "Environment the document is for.", "$ref": "#/$defs/identifier" }, "jobs": { "description": "One record per job ever deployed to the environment, by job name.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "$ref": "#/$defs/jobRecord" } }, "alerts": { "description": "Open health alerts sent to the environment's alert channels, per job and rule: when each started. Never holds a URL or secret.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "object", "propertyNames": { "pattern": "^[a-zA-Z]+$" }, "additionalProperties": { "type": "string" } } } } }, "jobRecord": { "title": "Job record", "type": "object", "required": ["pipelineName", "status", "savepoints", "history"], "additionalProperties": false, "properties": { "pipelineName": { "description": "`<project>.<env>.<job>`: the name the job has on the cluster.", "type": "string", "minLength": 1 }, "status": { "description": "What flinkops last left the job as.", "enum": ["running", "suspended", "deleted", "failed"] }, "current": { "description": "What runs (or last ran) on the cluster.", "$ref": "#/$defs/deployedVersion" }, "lastStable": { "description": "The last version that passed its health grace period: the rollback target.", "$ref": "#/$defs/deployedVersion" }, "savepoints": { "description": "Savepoints of the job, newest last; written the moment each completes.", "type": "array", "items": { "$ref": "#/$defs/savepoint" } }, "deletionPolicy": { "description": "The deletion policy at deploy time, so a job removed from the repository still knows it.", "enum": ["retain", "delete"] }, "pending": { "description": "An operation under way, written before it is triggered so a rerun after a crash finds its result.", "$ref": "#/$defs/pending" }, "history": { "description": "What happened to the job, newest last, bounded.", "type": "array", "items": { "$ref": "#/$defs/historyEntry" } } } }, "savepoint": { "title": "Savepoint", "type": "object", "required": ["path", "time", "triggerId", "jobId", "specHash", "kind"], "additionalProperties": false, "properties": { "path": { "description": "Location of the savepoint (e.g. s3://bucket/savepoints/savepoint-\u2026).", "type": "string", "minLength": 1 }, "time": { "description": "ISO-8601 time the savepoint completed.", "type": "string" }, "triggerId": { "description": "Flink trigger id of the savepoint operation.", "type": "string" }, "jobId": { "description": "Job id of the job the savepoint was taken from.", "type": "string" }, "specHash": { "description": "Spec hash of the job the savepoint was taken from (what it can restore).", "type": "string" }, "kind": { "description": "Why the savepoint was taken.", "enum": ["upgrade", "suspend", "delete", "rescale", "periodic", "manual", "final"] }, "disposed": { "description": "Disposed of on the cluster: kept for history, never restored from.", "type": "boolean" } } }, "deployedVersion": { "title": "Deployed version", "type": "object", "required": ["specHash", "script", "parallelism", "jobId", "deployedAt"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed script and its restart-needing settings.", "type": "string", "minLength": 1 }, "script": { "description": "The compiled script, with secret placeholders (never values).", "type": "string" }, "parallelism": { "description": "Parallelism it was deployed with.", "type": "integer", "minimum": 1 }, "jobId": { "description": "Flink job id.", "type": "string" }, "commit": { "description": "Commit it was compiled from.", "type": "string" }, "deployedAt": { "description": "ISO-8601 time it was submitted.", "type": "string" }, "restoredFrom": { "description": "Savepoint or checkpoint it was started from.", "type": "string" }, "flinkVersion": { "description": "Flink version (major.minor) of the cluster it was started on: a later start on another version is a version upgrade.", "type": "string" }, "plan": { "description": "planMode: compiled \u2014 the compiled plan it was started from with EXECUTE PLAN: the file and its exact bytes.", "type": "object", "additionalProperties": false, "required": ["path", "sha256", "json"], "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "json": { "description": "The plan file's bytes (JSON text, as Flink wrote it).", "type": "string" } } }, "settings": { "description": "Restart-needing settings as deployed, so a later change to them is explained.", "type": "object" } } }, "pending": { "title": "Operation under way", "type": "object", "required": ["kind", "startedAt"], "additionalProperties": false, "properties": { "kind": { "description": "The operation.", "enum": ["savepoint", "stop-with-savepoint", "submit", "rescale", "cancel"] }, "triggerId": { "description": "Flink trigger id, once the operation was triggered.", "type": "string" }, "jobId": { "description": "Job the operation acts on.", "type": "string" }, "startedAt": { "description": "ISO-8601 time the operation started.", "type": "string" }, "specHash": { "description": "For a submission: the spec hash being deployed.", "type": "string" } }, "allOf": [{ "if": { "properties": { "kind": { "enum": ["savepoint", "stop-with-savepoint"] } } }, "then": { "properties": { "jobId": true, "triggerId": true }, "required": ["jobId", "triggerId"] } }, { "if": { "properties": { "kind": { "const": "submit" } } }, "then": { "properties": { "specHash": true }, "required": ["specHash"] } }, { "if": { "properties": { "kind": { "enum": ["rescale", "cancel"] } } }, "then": { "properties": { "jobId": true }, "required": ["jobId"] } }] }, "historyEntry": { "title": "History entry", "type": "object", "required": ["time", "action"], "additionalProperties": false, "properties": { "time": { "description": "ISO-8601 time.", "type": "string" }, "action": { "description": "What was done (e.g. create, upgrade, suspend, rollback).", "type": "string", "minLength": 1 }, "commit": { "description": "Commit the change came from.", "type": "string" }, "jobId": { "description": "Flink job id it concerns.", "type": "string" }, "savepoint": { "description": "Savepoint it took or restored from.", "type": "string" }, "detail": { "description": "More, for people.", "type": "string" } } } } };
  const schema32 = { "title": "State document", "type": "object", "required": ["formatVersion", "project", "env", "jobs"], "additionalProperties": false, "properties": { "formatVersion": { "description": "Version of this format; a reader refuses a version it does not know.", "const": 1 }, "project": { "description": "Project name (flinkops.yaml `project`).", "$ref": "#/$defs/identifier" }, "env": { "description": "Environment the document is for.", "$ref": "#/$defs/identifier" }, "jobs": { "description": "One record per job ever deployed to the environment, by job name.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "$ref": "#/$defs/jobRecord" } }, "alerts": { "description": "Open health alerts sent to the environment's alert channels, per job and rule: when each started. Never holds a URL or secret.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "object", "propertyNames": { "pattern": "^[a-zA-Z]+$" }, "additionalProperties": { "type": "string" } } } } };
  const schema33 = { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" };
  const pattern4 = new RegExp("^[a-z][a-z0-9_]*$", "u");
  const pattern8 = new RegExp("^[a-zA-Z]+$", "u");
  const schema36 = { "title": "Job record", "type": "object", "required": ["pipelineName", "status", "savepoints", "history"], "additionalProperties": false, "properties": { "pipelineName": { "description": "`<project>.<env>.<job>`: the name the job has on the cluster.", "type": "string", "minLength": 1 }, "status": { "description": "What flinkops last left the job as.", "enum": ["running", "suspended", "deleted", "failed"] }, "current": { "description": "What runs (or last ran) on the cluster.", "$ref": "#/$defs/deployedVersion" }, "lastStable": { "description": "The last version that passed its health grace period: the rollback target.", "$ref": "#/$defs/deployedVersion" }, "savepoints": { "description": "Savepoints of the job, newest last; written the moment each completes.", "type": "array", "items": { "$ref": "#/$defs/savepoint" } }, "deletionPolicy": { "description": "The deletion policy at deploy time, so a job removed from the repository still knows it.", "enum": ["retain", "delete"] }, "pending": { "description": "An operation under way, written before it is triggered so a rerun after a crash finds its result.", "$ref": "#/$defs/pending" }, "history": { "description": "What happened to the job, newest last, bounded.", "type": "array", "items": { "$ref": "#/$defs/historyEntry" } } } };
  const schema37 = { "title": "Deployed version", "type": "object", "required": ["specHash", "script", "parallelism", "jobId", "deployedAt"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed script and its restart-needing settings.", "type": "string", "minLength": 1 }, "script": { "description": "The compiled script, with secret placeholders (never values).", "type": "string" }, "parallelism": { "description": "Parallelism it was deployed with.", "type": "integer", "minimum": 1 }, "jobId": { "description": "Flink job id.", "type": "string" }, "commit": { "description": "Commit it was compiled from.", "type": "string" }, "deployedAt": { "description": "ISO-8601 time it was submitted.", "type": "string" }, "restoredFrom": { "description": "Savepoint or checkpoint it was started from.", "type": "string" }, "flinkVersion": { "description": "Flink version (major.minor) of the cluster it was started on: a later start on another version is a version upgrade.", "type": "string" }, "plan": { "description": "planMode: compiled \u2014 the compiled plan it was started from with EXECUTE PLAN: the file and its exact bytes.", "type": "object", "additionalProperties": false, "required": ["path", "sha256", "json"], "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "json": { "description": "The plan file's bytes (JSON text, as Flink wrote it).", "type": "string" } } }, "settings": { "description": "Restart-needing settings as deployed, so a later change to them is explained.", "type": "object" } } };
  const schema39 = { "title": "Savepoint", "type": "object", "required": ["path", "time", "triggerId", "jobId", "specHash", "kind"], "additionalProperties": false, "properties": { "path": { "description": "Location of the savepoint (e.g. s3://bucket/savepoints/savepoint-\u2026).", "type": "string", "minLength": 1 }, "time": { "description": "ISO-8601 time the savepoint completed.", "type": "string" }, "triggerId": { "description": "Flink trigger id of the savepoint operation.", "type": "string" }, "jobId": { "description": "Job id of the job the savepoint was taken from.", "type": "string" }, "specHash": { "description": "Spec hash of the job the savepoint was taken from (what it can restore).", "type": "string" }, "kind": { "description": "Why the savepoint was taken.", "enum": ["upgrade", "suspend", "delete", "rescale", "periodic", "manual", "final"] }, "disposed": { "description": "Disposed of on the cluster: kept for history, never restored from.", "type": "boolean" } } };
  const schema40 = { "title": "Operation under way", "type": "object", "required": ["kind", "startedAt"], "additionalProperties": false, "properties": { "kind": { "description": "The operation.", "enum": ["savepoint", "stop-with-savepoint", "submit", "rescale", "cancel"] }, "triggerId": { "description": "Flink trigger id, once the operation was triggered.", "type": "string" }, "jobId": { "description": "Job the operation acts on.", "type": "string" }, "startedAt": { "description": "ISO-8601 time the operation started.", "type": "string" }, "specHash": { "description": "For a submission: the spec hash being deployed.", "type": "string" } }, "allOf": [{ "if": { "properties": { "kind": { "enum": ["savepoint", "stop-with-savepoint"] } } }, "then": { "properties": { "jobId": true, "triggerId": true }, "required": ["jobId", "triggerId"] } }, { "if": { "properties": { "kind": { "const": "submit" } } }, "then": { "properties": { "specHash": true }, "required": ["specHash"] } }, { "if": { "properties": { "kind": { "enum": ["rescale", "cancel"] } } }, "then": { "properties": { "jobId": true }, "required": ["jobId"] } }] };
  const schema41 = { "title": "History entry", "type": "object", "required": ["time", "action"], "additionalProperties": false, "properties": { "time": { "description": "ISO-8601 time.", "type": "string" }, "action": { "description": "What was done (e.g. create, upgrade, suspend, rollback).", "type": "string", "minLength": 1 }, "commit": { "description": "Commit the change came from.", "type": "string" }, "jobId": { "description": "Flink job id it concerns.", "type": "string" }, "savepoint": { "description": "Savepoint it took or restored from.", "type": "string" }, "detail": { "description": "More, for people.", "type": "string" } } };
  const func1 = require2("ajv/dist/runtime/ucs2length").default;
  const func2 = Object.prototype.hasOwnProperty;
  var validate22 = (function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate222.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.pipelineName === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pipelineName" }, message: "must have required property 'pipelineName'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.status === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.savepoints === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "savepoints" }, message: "must have required property 'savepoints'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.history === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "history" }, message: "must have required property 'history'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "pipelineName" || key0 === "status" || key0 === "current" || key0 === "lastStable" || key0 === "savepoints" || key0 === "deletionPolicy" || key0 === "pending" || key0 === "history")) {
          const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.pipelineName !== void 0) {
        let data0 = data.pipelineName;
        if (typeof data0 === "string") {
          if (func1(data0) < 1) {
            const err5 = { instancePath: instancePath + "/pipelineName", schemaPath: "#/properties/pipelineName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/pipelineName", schemaPath: "#/properties/pipelineName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.status !== void 0) {
        let data1 = data.status;
        if (!(data1 === "running" || data1 === "suspended" || data1 === "deleted" || data1 === "failed")) {
          const err7 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema36.properties.status.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.current !== void 0) {
        let data2 = data.current;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          if (data2.specHash === void 0) {
            const err8 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (data2.script === void 0) {
            const err9 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (data2.parallelism === void 0) {
            const err10 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (data2.jobId === void 0) {
            const err11 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (data2.deployedAt === void 0) {
            const err12 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "deployedAt" }, message: "must have required property 'deployedAt'" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          for (const key1 in data2) {
            if (!func2.call(schema37.properties, key1)) {
              const err13 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data2.specHash !== void 0) {
            let data3 = data2.specHash;
            if (typeof data3 === "string") {
              if (func1(data3) < 1) {
                const err14 = { instancePath: instancePath + "/current/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = { instancePath: instancePath + "/current/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          if (data2.script !== void 0) {
            if (typeof data2.script !== "string") {
              const err16 = { instancePath: instancePath + "/current/script", schemaPath: "#/$defs/deployedVersion/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data2.parallelism !== void 0) {
            let data5 = data2.parallelism;
            if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
              const err17 = { instancePath: instancePath + "/current/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (typeof data5 == "number" && isFinite(data5)) {
              if (data5 < 1 || isNaN(data5)) {
                const err18 = { instancePath: instancePath + "/current/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          }
          if (data2.jobId !== void 0) {
            if (typeof data2.jobId !== "string") {
              const err19 = { instancePath: instancePath + "/current/jobId", schemaPath: "#/$defs/deployedVersion/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data2.commit !== void 0) {
            if (typeof data2.commit !== "string") {
              const err20 = { instancePath: instancePath + "/current/commit", schemaPath: "#/$defs/deployedVersion/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data2.deployedAt !== void 0) {
            if (typeof data2.deployedAt !== "string") {
              const err21 = { instancePath: instancePath + "/current/deployedAt", schemaPath: "#/$defs/deployedVersion/properties/deployedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          if (data2.restoredFrom !== void 0) {
            if (typeof data2.restoredFrom !== "string") {
              const err22 = { instancePath: instancePath + "/current/restoredFrom", schemaPath: "#/$defs/deployedVersion/properties/restoredFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data2.flinkVersion !== void 0) {
            if (typeof data2.flinkVersion !== "string") {
              const err23 = { instancePath: instancePath + "/current/flinkVersion", schemaPath: "#/$defs/deployedVersion/properties/flinkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data2.plan !== void 0) {
            let data11 = data2.plan;
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              if (data11.path === void 0) {
                const err24 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (data11.sha256 === void 0) {
                const err25 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (data11.json === void 0) {
                const err26 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "json" }, message: "must have required property 'json'" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              for (const key2 in data11) {
                if (!(key2 === "path" || key2 === "sha256" || key2 === "json")) {
                  const err27 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data11.path !== void 0) {
                if (typeof data11.path !== "string") {
                  const err28 = { instancePath: instancePath + "/current/plan/path", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              if (data11.sha256 !== void 0) {
                if (typeof data11.sha256 !== "string") {
                  const err29 = { instancePath: instancePath + "/current/plan/sha256", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data11.json !== void 0) {
                if (typeof data11.json !== "string") {
                  const err30 = { instancePath: instancePath + "/current/plan/json", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            } else {
              const err31 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
          if (data2.settings !== void 0) {
            let data15 = data2.settings;
            if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
              const err32 = { instancePath: instancePath + "/current/settings", schemaPath: "#/$defs/deployedVersion/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        } else {
          const err33 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (data.lastStable !== void 0) {
        let data16 = data.lastStable;
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
          if (data16.specHash === void 0) {
            const err34 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (data16.script === void 0) {
            const err35 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (data16.parallelism === void 0) {
            const err36 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (data16.jobId === void 0) {
            const err37 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (data16.deployedAt === void 0) {
            const err38 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "deployedAt" }, message: "must have required property 'deployedAt'" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          for (const key3 in data16) {
            if (!func2.call(schema37.properties, key3)) {
              const err39 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          if (data16.specHash !== void 0) {
            let data17 = data16.specHash;
            if (typeof data17 === "string") {
              if (func1(data17) < 1) {
                const err40 = { instancePath: instancePath + "/lastStable/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            } else {
              const err41 = { instancePath: instancePath + "/lastStable/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          if (data16.script !== void 0) {
            if (typeof data16.script !== "string") {
              const err42 = { instancePath: instancePath + "/lastStable/script", schemaPath: "#/$defs/deployedVersion/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
          if (data16.parallelism !== void 0) {
            let data19 = data16.parallelism;
            if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
              const err43 = { instancePath: instancePath + "/lastStable/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (typeof data19 == "number" && isFinite(data19)) {
              if (data19 < 1 || isNaN(data19)) {
                const err44 = { instancePath: instancePath + "/lastStable/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          }
          if (data16.jobId !== void 0) {
            if (typeof data16.jobId !== "string") {
              const err45 = { instancePath: instancePath + "/lastStable/jobId", schemaPath: "#/$defs/deployedVersion/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
          if (data16.commit !== void 0) {
            if (typeof data16.commit !== "string") {
              const err46 = { instancePath: instancePath + "/lastStable/commit", schemaPath: "#/$defs/deployedVersion/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data16.deployedAt !== void 0) {
            if (typeof data16.deployedAt !== "string") {
              const err47 = { instancePath: instancePath + "/lastStable/deployedAt", schemaPath: "#/$defs/deployedVersion/properties/deployedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          if (data16.restoredFrom !== void 0) {
            if (typeof data16.restoredFrom !== "string") {
              const err48 = { instancePath: instancePath + "/lastStable/restoredFrom", schemaPath: "#/$defs/deployedVersion/properties/restoredFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
          if (data16.flinkVersion !== void 0) {
            if (typeof data16.flinkVersion !== "string") {
              const err49 = { instancePath: instancePath + "/lastStable/flinkVersion", schemaPath: "#/$defs/deployedVersion/properties/flinkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          if (data16.plan !== void 0) {
            let data25 = data16.plan;
            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
              if (data25.path === void 0) {
                const err50 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
              if (data25.sha256 === void 0) {
                const err51 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (data25.json === void 0) {
                const err52 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "json" }, message: "must have required property 'json'" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              for (const key4 in data25) {
                if (!(key4 === "path" || key4 === "sha256" || key4 === "json")) {
                  const err53 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
              if (data25.path !== void 0) {
                if (typeof data25.path !== "string") {
                  const err54 = { instancePath: instancePath + "/lastStable/plan/path", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
              if (data25.sha256 !== void 0) {
                if (typeof data25.sha256 !== "string") {
                  const err55 = { instancePath: instancePath + "/lastStable/plan/sha256", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
              if (data25.json !== void 0) {
                if (typeof data25.json !== "string") {
                  const err56 = { instancePath: instancePath + "/lastStable/plan/json", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              }
            } else {
              const err57 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
          if (data16.settings !== void 0) {
            let data29 = data16.settings;
            if (!(data29 && typeof data29 == "object" && !Array.isArray(data29))) {
              const err58 = { instancePath: instancePath + "/lastStable/settings", schemaPath: "#/$defs/deployedVersion/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        } else {
          const err59 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      }
      if (data.savepoints !== void 0) {
        let data30 = data.savepoints;
        if (Array.isArray(data30)) {
          const len0 = data30.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data31 = data30[i0];
            if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
              if (data31.path === void 0) {
                const err60 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              if (data31.time === void 0) {
                const err61 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              if (data31.triggerId === void 0) {
                const err62 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "triggerId" }, message: "must have required property 'triggerId'" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              if (data31.jobId === void 0) {
                const err63 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (data31.specHash === void 0) {
                const err64 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              if (data31.kind === void 0) {
                const err65 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              for (const key5 in data31) {
                if (!(key5 === "path" || key5 === "time" || key5 === "triggerId" || key5 === "jobId" || key5 === "specHash" || key5 === "kind" || key5 === "disposed")) {
                  const err66 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              }
              if (data31.path !== void 0) {
                let data32 = data31.path;
                if (typeof data32 === "string") {
                  if (func1(data32) < 1) {
                    const err67 = { instancePath: instancePath + "/savepoints/" + i0 + "/path", schemaPath: "#/$defs/savepoint/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                } else {
                  const err68 = { instancePath: instancePath + "/savepoints/" + i0 + "/path", schemaPath: "#/$defs/savepoint/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              }
              if (data31.time !== void 0) {
                if (typeof data31.time !== "string") {
                  const err69 = { instancePath: instancePath + "/savepoints/" + i0 + "/time", schemaPath: "#/$defs/savepoint/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
              if (data31.triggerId !== void 0) {
                if (typeof data31.triggerId !== "string") {
                  const err70 = { instancePath: instancePath + "/savepoints/" + i0 + "/triggerId", schemaPath: "#/$defs/savepoint/properties/triggerId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              }
              if (data31.jobId !== void 0) {
                if (typeof data31.jobId !== "string") {
                  const err71 = { instancePath: instancePath + "/savepoints/" + i0 + "/jobId", schemaPath: "#/$defs/savepoint/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              }
              if (data31.specHash !== void 0) {
                if (typeof data31.specHash !== "string") {
                  const err72 = { instancePath: instancePath + "/savepoints/" + i0 + "/specHash", schemaPath: "#/$defs/savepoint/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
              if (data31.kind !== void 0) {
                let data37 = data31.kind;
                if (!(data37 === "upgrade" || data37 === "suspend" || data37 === "delete" || data37 === "rescale" || data37 === "periodic" || data37 === "manual" || data37 === "final")) {
                  const err73 = { instancePath: instancePath + "/savepoints/" + i0 + "/kind", schemaPath: "#/$defs/savepoint/properties/kind/enum", keyword: "enum", params: { allowedValues: schema39.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              }
              if (data31.disposed !== void 0) {
                if (typeof data31.disposed !== "boolean") {
                  const err74 = { instancePath: instancePath + "/savepoints/" + i0 + "/disposed", schemaPath: "#/$defs/savepoint/properties/disposed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
            } else {
              const err75 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
        } else {
          const err76 = { instancePath: instancePath + "/savepoints", schemaPath: "#/properties/savepoints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
      }
      if (data.deletionPolicy !== void 0) {
        let data39 = data.deletionPolicy;
        if (!(data39 === "retain" || data39 === "delete")) {
          const err77 = { instancePath: instancePath + "/deletionPolicy", schemaPath: "#/properties/deletionPolicy/enum", keyword: "enum", params: { allowedValues: schema36.properties.deletionPolicy.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
      }
      if (data.pending !== void 0) {
        let data40 = data.pending;
        const _errs91 = errors;
        let valid13 = true;
        const _errs92 = errors;
        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
          if (data40.kind !== void 0) {
            let data41 = data40.kind;
            if (!(data41 === "savepoint" || data41 === "stop-with-savepoint")) {
              const err78 = {};
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
        }
        var _valid0 = _errs92 === errors;
        errors = _errs91;
        if (vErrors !== null) {
          if (_errs91) {
            vErrors.length = _errs91;
          } else {
            vErrors = null;
          }
        }
        if (_valid0) {
          const _errs94 = errors;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.jobId === void 0) {
              const err79 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/0/then/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data40.triggerId === void 0) {
              const err80 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/0/then/required", keyword: "required", params: { missingProperty: "triggerId" }, message: "must have required property 'triggerId'" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          }
          var _valid0 = _errs94 === errors;
          valid13 = _valid0;
          if (valid13) {
            var props0 = {};
            props0.jobId = true;
            props0.triggerId = true;
            props0.kind = true;
          }
        }
        if (!valid13) {
          const err81 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
        const _errs96 = errors;
        let valid15 = true;
        const _errs97 = errors;
        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
          if (data40.kind !== void 0) {
            if ("submit" !== data40.kind) {
              const err82 = {};
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          }
        }
        var _valid1 = _errs97 === errors;
        errors = _errs96;
        if (vErrors !== null) {
          if (_errs96) {
            vErrors.length = _errs96;
          } else {
            vErrors = null;
          }
        }
        if (_valid1) {
          const _errs99 = errors;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.specHash === void 0) {
              const err83 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/1/then/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          }
          var _valid1 = _errs99 === errors;
          valid15 = _valid1;
          if (valid15) {
            var props1 = {};
            props1.specHash = true;
            props1.kind = true;
          }
        }
        if (!valid15) {
          const err84 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        if (props0 !== true && props1 !== void 0) {
          if (props1 === true) {
            props0 = true;
          } else {
            props0 = props0 || {};
            Object.assign(props0, props1);
          }
        }
        const _errs101 = errors;
        let valid17 = true;
        const _errs102 = errors;
        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
          if (data40.kind !== void 0) {
            let data43 = data40.kind;
            if (!(data43 === "rescale" || data43 === "cancel")) {
              const err85 = {};
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
          }
        }
        var _valid2 = _errs102 === errors;
        errors = _errs101;
        if (vErrors !== null) {
          if (_errs101) {
            vErrors.length = _errs101;
          } else {
            vErrors = null;
          }
        }
        if (_valid2) {
          const _errs104 = errors;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.jobId === void 0) {
              const err86 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/2/then/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          }
          var _valid2 = _errs104 === errors;
          valid17 = _valid2;
          if (valid17) {
            var props2 = {};
            props2.jobId = true;
            props2.kind = true;
          }
        }
        if (!valid17) {
          const err87 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        if (props0 !== true && props2 !== void 0) {
          if (props2 === true) {
            props0 = true;
          } else {
            props0 = props0 || {};
            Object.assign(props0, props2);
          }
        }
        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
          if (data40.kind === void 0) {
            const err88 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
          if (data40.startedAt === void 0) {
            const err89 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          for (const key6 in data40) {
            if (!(key6 === "kind" || key6 === "triggerId" || key6 === "jobId" || key6 === "startedAt" || key6 === "specHash")) {
              const err90 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          }
          if (data40.kind !== void 0) {
            let data44 = data40.kind;
            if (!(data44 === "savepoint" || data44 === "stop-with-savepoint" || data44 === "submit" || data44 === "rescale" || data44 === "cancel")) {
              const err91 = { instancePath: instancePath + "/pending/kind", schemaPath: "#/$defs/pending/properties/kind/enum", keyword: "enum", params: { allowedValues: schema40.properties.kind.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          }
          if (data40.triggerId !== void 0) {
            if (typeof data40.triggerId !== "string") {
              const err92 = { instancePath: instancePath + "/pending/triggerId", schemaPath: "#/$defs/pending/properties/triggerId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
          if (data40.jobId !== void 0) {
            if (typeof data40.jobId !== "string") {
              const err93 = { instancePath: instancePath + "/pending/jobId", schemaPath: "#/$defs/pending/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          }
          if (data40.startedAt !== void 0) {
            if (typeof data40.startedAt !== "string") {
              const err94 = { instancePath: instancePath + "/pending/startedAt", schemaPath: "#/$defs/pending/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          }
          if (data40.specHash !== void 0) {
            if (typeof data40.specHash !== "string") {
              const err95 = { instancePath: instancePath + "/pending/specHash", schemaPath: "#/$defs/pending/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
        } else {
          const err96 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err96];
          } else {
            vErrors.push(err96);
          }
          errors++;
        }
      }
      if (data.history !== void 0) {
        let data49 = data.history;
        if (Array.isArray(data49)) {
          const len1 = data49.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data50 = data49[i1];
            if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
              if (data50.time === void 0) {
                const err97 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
              if (data50.action === void 0) {
                const err98 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
              for (const key7 in data50) {
                if (!(key7 === "time" || key7 === "action" || key7 === "commit" || key7 === "jobId" || key7 === "savepoint" || key7 === "detail")) {
                  const err99 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              }
              if (data50.time !== void 0) {
                if (typeof data50.time !== "string") {
                  const err100 = { instancePath: instancePath + "/history/" + i1 + "/time", schemaPath: "#/$defs/historyEntry/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
              if (data50.action !== void 0) {
                let data52 = data50.action;
                if (typeof data52 === "string") {
                  if (func1(data52) < 1) {
                    const err101 = { instancePath: instancePath + "/history/" + i1 + "/action", schemaPath: "#/$defs/historyEntry/properties/action/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                } else {
                  const err102 = { instancePath: instancePath + "/history/" + i1 + "/action", schemaPath: "#/$defs/historyEntry/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              }
              if (data50.commit !== void 0) {
                if (typeof data50.commit !== "string") {
                  const err103 = { instancePath: instancePath + "/history/" + i1 + "/commit", schemaPath: "#/$defs/historyEntry/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              }
              if (data50.jobId !== void 0) {
                if (typeof data50.jobId !== "string") {
                  const err104 = { instancePath: instancePath + "/history/" + i1 + "/jobId", schemaPath: "#/$defs/historyEntry/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              }
              if (data50.savepoint !== void 0) {
                if (typeof data50.savepoint !== "string") {
                  const err105 = { instancePath: instancePath + "/history/" + i1 + "/savepoint", schemaPath: "#/$defs/historyEntry/properties/savepoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              }
              if (data50.detail !== void 0) {
                if (typeof data50.detail !== "string") {
                  const err106 = { instancePath: instancePath + "/history/" + i1 + "/detail", schemaPath: "#/$defs/historyEntry/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              }
            } else {
              const err107 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          }
        } else {
          const err108 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err108];
          } else {
            vErrors.push(err108);
          }
          errors++;
        }
      }
    } else {
      const err109 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err109];
      } else {
        vErrors.push(err109);
      }
      errors++;
    }
    validate222.errors = vErrors;
    return errors === 0;
  });
  validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  var validate21 = (function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate212.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.formatVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.project === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.env === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.jobs === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jobs" }, message: "must have required property 'jobs'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "formatVersion" || key0 === "project" || key0 === "env" || key0 === "jobs" || key0 === "alerts")) {
          const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.formatVersion !== void 0) {
        if (1 !== data.formatVersion) {
          const err5 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.project !== void 0) {
        let data1 = data.project;
        if (typeof data1 === "string") {
          if (!pattern4.test(data1)) {
            const err6 = { instancePath: instancePath + "/project", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/project", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.env !== void 0) {
        let data2 = data.env;
        if (typeof data2 === "string") {
          if (!pattern4.test(data2)) {
            const err8 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.jobs !== void 0) {
        let data3 = data.jobs;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
          for (const key1 in data3) {
            const _errs11 = errors;
            if (typeof key1 === "string") {
              if (!pattern4.test(key1)) {
                const err10 = { instancePath: instancePath + "/jobs", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', propertyName: key1 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            } else {
              const err11 = { instancePath: instancePath + "/jobs", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            var valid3 = _errs11 === errors;
            if (!valid3) {
              const err12 = { instancePath: instancePath + "/jobs", schemaPath: "#/properties/jobs/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          for (const key2 in data3) {
            if (!validate22(data3[key2], { instancePath: instancePath + "/jobs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key2, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err13 = { instancePath: instancePath + "/jobs", schemaPath: "#/properties/jobs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (data.alerts !== void 0) {
        let data5 = data.alerts;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
          for (const key3 in data5) {
            const _errs18 = errors;
            if (typeof key3 === "string") {
              if (!pattern4.test(key3)) {
                const err14 = { instancePath: instancePath + "/alerts", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', propertyName: key3 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = { instancePath: instancePath + "/alerts", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            var valid6 = _errs18 === errors;
            if (!valid6) {
              const err16 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          for (const key4 in data5) {
            let data6 = data5[key4];
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              for (const key5 in data6) {
                const _errs24 = errors;
                if (typeof key5 === "string") {
                  if (!pattern8.test(key5)) {
                    const err17 = { instancePath: instancePath + "/alerts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/additionalProperties/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z]+$" }, message: 'must match pattern "^[a-zA-Z]+$"', propertyName: key5 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                var valid9 = _errs24 === errors;
                if (!valid9) {
                  const err18 = { instancePath: instancePath + "/alerts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/additionalProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              for (const key6 in data6) {
                if (typeof data6[key6] !== "string") {
                  const err19 = { instancePath: instancePath + "/alerts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/additionalProperties/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            } else {
              const err20 = { instancePath: instancePath + "/alerts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        } else {
          const err21 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    } else {
      const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    validate212.errors = vErrors;
    return errors === 0;
  });
  validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  var validate20 = (function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate202.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.state === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "$schema" || key0 === "version" || key0 === "updatedAt" || key0 === "message" || key0 === "state")) {
          const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.$schema !== void 0) {
        if (typeof data.$schema !== "string") {
          const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.version !== void 0) {
        let data1 = data.version;
        if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
          const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (typeof data1 == "number" && isFinite(data1)) {
          if (data1 < 1 || isNaN(data1)) {
            const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
      if (data.updatedAt !== void 0) {
        if (typeof data.updatedAt !== "string") {
          const err6 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.message !== void 0) {
        if (typeof data.message !== "string") {
          const err7 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.state !== void 0) {
        if (!validate21(data.state, { instancePath: instancePath + "/state", parentData: data, parentDataProperty: "state", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    validate202.errors = vErrors;
    return errors === 0;
  });
  validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  exports.state = validate20;
});
var state;
function stateFileValidator() {
  if (!state) {
    state = {};
    stateValidators(state);
  }
  return state.state;
}
// src/core/json-error.ts
var jsonErrorOffset = (function jsonErrorOffset(e, text, index) {
  const m2 = e instanceof Error ? e.message : "";
  const pos = /at position (\d+)/.exec(m2);
  if (pos) return Math.min(Number(pos[1]), text.length);
  const lc = /line (\d+) column (\d+)/.exec(m2);
  if (lc) return index.offset({ line: Number(lc[1]), column: Number(lc[2]) });
  return jsonSyntaxErrorOffset(text) ?? text.length;
});
var jsonErrorSummary = (function jsonErrorSummary(e) {
  const m2 = e instanceof Error ? e.message : String(e);
  return m2.replace(/ at position \d+.*$/s, "").replace(/ in JSON$/, "").replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, "");
});
var WS = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
var jsonSyntaxErrorOffset = (function jsonSyntaxErrorOffset(text) {
  let i = 0;
  const n = text.length;
  const fail2 = (at) => {
    throw new JsonStop(at);
  };
  const ws = () => {
    while (i < n && WS.has(text[i])) i++;
  };
  const digits = () => {
    const from = i;
    while (i < n && text[i] >= "0" && text[i] <= "9") i++;
    if (i === from) fail2(i);
  };
  const string = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail2(i);
      if (c === 92) {
        const esc = text[i + 1];
        if (esc === "u") {
          for (let h = i + 2; h < i + 6; h++) if (!/[0-9a-fA-F]/.test(text[h] ?? "")) fail2(Math.min(h, n));
          i += 6;
          continue;
        }
        if (esc === void 0 || !'"\\/bfnrt'.includes(esc)) fail2(i + 1);
        i += 2;
        continue;
      }
      i++;
    }
    fail2(n);
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (; ; ) {
        ws();
        if (text[i] !== '"') fail2(i);
        string();
        ws();
        if (text[i] !== ":") fail2(i);
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail2(i);
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (; ; ) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else fail2(i);
      }
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === "-" || c !== void 0 && c >= "0" && c <= "9") {
      if (c === "-") i++;
      if (text[i] === "0") i++;
      else digits();
      if (text[i] === ".") {
        i++;
        digits();
      }
      if (text[i] === "e" || text[i] === "E") {
        i++;
        if (text[i] === "+" || text[i] === "-") i++;
        digits();
      }
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (c !== word[0]) continue;
      for (const ch of word) {
        if (text[i] !== ch) fail2(i);
        i++;
      }
      return;
    }
    fail2(i);
  };
  try {
    value();
    ws();
    return i < n ? i : void 0;
  } catch (e) {
    if (e instanceof JsonStop) return e.at;
    if (e instanceof RangeError) return void 0;
    throw e;
  }
});
var JsonStop = class {
  constructor(at) {
    this.at = at;
  }
  at;
};
// src/state/document.ts
var validate = (function validate() {
  return stateFileValidator();
});
var serializeStateFile = (function serializeStateFile(file) {
  return `${JSON.stringify(file, null, 2)}
`;
});
var parseStateFile = (function parseStateFile(text, file, expect) {
  let lines;
  const index = () => lines ??= new LineIndex(text);
  if (text.trim() === "") {
    return {
      ok: false,
      diags: [
        error2(
          STATE_CODES.notJson,
          `the state store ${file} is empty`,
          "It was truncated (a full disk, an interrupted copy) or emptied by hand, and the savepoints and history it recorded are not in it. Restore it from a backup (the git history of the state branch, for the git backend). flinkops will not overwrite it; delete it only to start over with no recorded state.",
          index().range(file, 0, 0)
        )
      ]
    };
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const offset = jsonErrorOffset(e, text, index());
    return {
      ok: false,
      diags: [
        error2(
          STATE_CODES.notJson,
          `the state store ${file} is not valid JSON: ${jsonErrorSummary(e)}`,
          `The file was damaged or edited by hand. Fix it at the position shown, or restore it from a backup (the git history of the state branch, for the git backend). flinkops will not overwrite it while it is unreadable.`,
          index().range(file, offset, Math.min(offset + 1, text.length))
        )
      ]
    };
  }
  const fv = data?.state?.formatVersion;
  if (typeof fv === "number" && fv > STATE_FORMAT_VERSION) {
    return {
      ok: false,
      diags: [
        error2(
          STATE_CODES.tooNew,
          `the state store ${file} has format version ${fv}; this flinkops reads version ${STATE_FORMAT_VERSION}`,
          "It was written by a newer flinkops. Upgrade flinkops; an older one must not write it.",
          locate(text, index(), file, ["state", "formatVersion"])
        )
      ]
    };
  }
  const check = validate();
  if (!check(data)) {
    return { ok: false, diags: schemaDiagnostics(check.errors ?? [], text, index(), file) };
  }
  const parsed = data;
  const { project, env } = parsed.state;
  if (project !== expect.project || env !== expect.env) {
    return {
      ok: false,
      diags: [
        error2(
          STATE_CODES.mismatch,
          `the state store ${file} belongs to ${project}/${env}, not ${expect.project}/${expect.env}`,
          "The file was copied from another project or environment. Move it back, or point the state store of this environment at its own file.",
          locate(text, index(), file, ["state", project !== expect.project ? "project" : "env"])
        )
      ]
    };
  }
  return { ok: true, file: parsed };
});
var stateDocProblems = (function stateDocProblems(doc) {
  const check = validate();
  if (check({ version: 1, state: doc })) return [];
  return (check.errors ?? []).map(
    (e) => `${displayPath(pointerSegments(e.instancePath).slice(1))}: ${message(e)}`
  );
});
var schemaDiagnostics = (function schemaDiagnostics(errors, text, index, file) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of errors) {
    const segments = pointerSegments(e.instancePath);
    const key = `${e.instancePath} ${message(e)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const inDoc = segments[0] === "state" ? segments.slice(1) : segments;
    const where2 = inDoc.length > 0 ? displayPath(inDoc) : segments.length > 0 ? "state" : "the top level";
    const extra = e.keyword === "additionalProperties" ? e.params.additionalProperty : void 0;
    out.push(
      error2(
        STATE_CODES.invalid,
        `the state store ${file} is not a valid state document: ${where2} ${message(e)}`,
        "The file was edited by hand or written by an incompatible tool. Fix the value shown (schemas/state.schema.json describes the format), or restore the file from a backup. flinkops will not overwrite it while it is invalid.",
        locate(text, index, file, segments, extra)
      )
    );
  }
  return out;
});
function message(e) {
  switch (e.keyword) {
    case "additionalProperties":
      return `has an unknown property '${e.params.additionalProperty}'`;
    case "enum":
      return `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "propertyNames":
      return "has a job name that is not an identifier ([a-z][a-z0-9_]*)";
    default:
      return e.message ?? e.keyword;
  }
}
var pointerSegments = (function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
});
var displayPath = (function displayPath(segments) {
  let out = "";
  for (const s of segments) {
    if (/^\d+$/.test(s)) out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
});
var locate = (function locate(text, index, file, segments, property) {
  const doc = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
  let node = doc.contents;
  for (const s of segments) {
    const next = child(node, s);
    if (!next) break;
    node = next;
  }
  if (property !== void 0 && isMap(node)) {
    const pair = node.items.find((p) => p.key?.value === property);
    const keyRange = pair?.key?.range;
    if (keyRange) return index.range(file, keyRange[0], keyRange[1]);
  }
  const r = node?.range;
  if (!r) return index.range(file, 0, 0);
  const end = isMap(node) || isSeq(node) ? r[0] + 1 : r[1];
  return index.range(file, r[0], end);
});
var child = (function child(node, segment) {
  if (isMap(node)) {
    const pair = node.items.find((p) => String(p.key?.value) === segment);
    return pair?.value ?? void 0;
  }
  if (isSeq(node) && /^\d+$/.test(segment))
    return node.items[Number(segment)] ?? void 0;
  return void 0;
});
var checkWritable = (function checkWritable(doc, expect, meta) {
  const problems = stateDocProblems(doc);
  if (doc.project !== expect.project || doc.env !== expect.env) {
    problems.push(`document is for ${doc.project}/${doc.env}, store for ${expect.project}/${expect.env}`);
  }
  if (problems.length > 0) {
    throw new StateStoreError({
      code: STATE_CODES.invalid,
      severity: "error",
      summary: `refusing to write an invalid state document: ${problems[0]}`,
      detail: `Nothing was written. This is a bug in flinkops; please report it. All problems: ${problems.join("; ")}`
    });
  }
  if (meta.secretValues) assertNoSecretValues(doc, meta.secretValues);
});
// src/state/lock-info.ts
var newLockInfo = (function newLockInfo(owner2, now, ttlMs, defaults) {
  return {
    id: randomHex(8),
    who: owner2.who,
    command: owner2.command,
    host: owner2.host ?? defaults.host,
    ...defaults.pid !== void 0 ? { pid: defaults.pid } : {},
    ...owner2.run ? { run: owner2.run } : {},
    since: new Date(now).toISOString(),
    expires: new Date(now + ttlMs).toISOString()
  };
});
var parseLockInfo = (function parseLockInfo(text) {
  try {
    const v = JSON.parse(text);
    const strings = [v.id, v.who, v.command, v.host, v.since, v.expires];
    if (!strings.every((s) => typeof s === "string")) return void 0;
    if (Number.isNaN(Date.parse(v.since)) || Number.isNaN(Date.parse(v.expires))) return void 0;
    return v;
  } catch {
    return void 0;
  }
});

import {
  jobsEditedSince
} from "./chunk-VTGO4RAQ.mjs";
import {
  STATE_CODES as STATE_CODES2,
  StateConflictError,
  StateLockLostError,
  StateLockedError,
  StateStoreError as StateStoreError2
} from "./chunk-CFMXJB5R.mjs";
import {
  systemClock as systemClock2
} from "./chunk-GSLRF5EB.mjs";
import {
  randomHex as randomHex2
} from "./chunk-HMNNWFXX.mjs";
import {
  LineIndex as LineIndex2
} from "./chunk-NPWGTXPO.mjs";
import {
  isIdentifier
} from "./chunk-KJBHHIZS.mjs";
import {
  error as error3
} from "./chunk-OZ4GHFPU.mjs";
import {
  basename,
  dirname,
  isAbsolute,
  join,
  relative,
  resolve,
  sep
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFile,
  stat
} from "./chunk-BBGNC7QM.mjs";
// src/state/fs-calls.ts
var readText = (function readText(path) {
  return new Promise((resolve22, reject) => {
    readFile(path, "utf8", (e, text) => e ? reject(e) : resolve22(text));
  });
});
var stat2 = (function stat2(path, opts) {
  return new Promise((resolve22, reject) => {
    stat(path, opts ?? {}, (e, s) => e ? reject(e) : resolve22(s));
  });
});
var fsPromises = (function fsPromises() {
  return process.getBuiltinModule("node:fs/promises");
});
var removeQuietly = (async function removeQuietly(path) {
  await fsPromises().unlink(path).catch(() => {
  });
});
var hostName = (function hostName() {
  return process.getBuiltinModule("node:os").hostname();
});
// src/state/atomic-file.ts
var tempPrefix = (function tempPrefix(target) {
  return `.${basename(target)}.`;
});
var isErrno = (function isErrno(e, code) {
  return typeof e === "object" && e !== null && e.code === code;
});
var writeFileAtomic = (async function writeFileAtomic(target, data, beforeRename) {
  const dir = dirname(target);
  const tmp = join(dir, `${tempPrefix(target)}${process.pid}.${randomHex2(6)}.tmp`);
  const fs = fsPromises();
  const fh = await fs.open(tmp, "wx", 420);
  let renamed = false;
  try {
    await fh.writeFile(data, "utf8");
    await fh.sync();
    await fh.close();
    beforeRename?.(tmp);
    await fs.rename(tmp, target);
    renamed = true;
    await syncDir(dir);
  } finally {
    if (!renamed) {
      await fh.close().catch(() => {
      });
      await removeQuietly(tmp);
    }
  }
});
var removeStaleTemps = (async function removeStaleTemps(target) {
  const prefix = tempPrefix(target);
  const dir = dirname(target);
  const names = await fsPromises().readdir(dir).catch(() => []);
  await Promise.all(
    names.filter((n) => n.startsWith(prefix) && n.endsWith(".tmp")).map((n) => removeQuietly(join(dir, n)))
  );
});
var syncDir = (async function syncDir(dir) {
  let fh;
  try {
    fh = await fsPromises().open(dir, "r");
    await fh.sync();
  } catch {
  } finally {
    await fh?.close().catch(() => {
    });
  }
});
var MUTEX_STALE_MS = 3e4;
var MUTEX_ATTEMPTS = 1e3;
var EMPTY_MUTEX_STALE_MS = 2e3;
var withMutex = (async function withMutex(path, clock, fn) {
  const me = `${process.pid} ${hostName()} ${randomHex2(6)}`;
  let delay = 2;
  for (let attempt = 0; attempt < MUTEX_ATTEMPTS; attempt++) {
    try {
      const fh = await fsPromises().open(path, "wx", 420);
      try {
        await fh.writeFile(me, "utf8");
      } catch (e) {
        await fh.close().catch(() => {
        });
        await removeQuietly(path);
        throw e;
      }
      await fh.close();
    } catch (e) {
      if (!isErrno(e, "EEXIST")) throw e;
      if (await isStaleMutex(path)) {
        await removeQuietly(path);
        continue;
      }
      await clock.sleep(delay);
      delay = Math.min(delay * 2, 25);
      continue;
    }
    try {
      return await fn();
    } finally {
      await removeQuietly(path);
    }
  }
  throw new Error(
    `could not acquire ${path}: another process keeps it (remove it if no flinkops is running)`
  );
});
var isStaleMutex = (async function isStaleMutex(path) {
  try {
    const s = await stat2(path);
    const age = Date.now() - s.mtimeMs;
    if (age > MUTEX_STALE_MS) return true;
    const text = await readText(path);
    if (text === "") return age > EMPTY_MUTEX_STALE_MS;
    const [pid, host] = text.split(" ");
    if (host === hostName() && pid && /^\d+$/.test(pid)) return !processAlive(Number(pid));
    return false;
  } catch (e) {
    if (isErrno(e, "ENOENT")) return false;
    throw e;
  }
});
var processAlive = (function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return !isErrno(e, "ESRCH");
  }
});
// src/state/journal.ts
var changedJobs = (function changedJobs(prev, next) {
  if (prev.formatVersion !== next.formatVersion || prev.project !== next.project || prev.env !== next.env || Object.keys(next).length !== Object.keys(prev).length)
    return void 0;
  const out = {};
  const edited = jobsEditedSince(prev, next);
  if (edited) {
    for (const name of edited) if (prev.jobs[name] !== next.jobs[name]) out[name] = next.jobs[name];
    return out;
  }
  for (const name in next.jobs) if (prev.jobs[name] !== next.jobs[name]) out[name] = next.jobs[name];
  for (const name in prev.jobs) if (!(name in next.jobs)) out[name] = null;
  return out;
});
var journalLine = (function journalLine(entry) {
  return `${JSON.stringify(entry)}
`;
});
var appendDurable = (async function appendDurable(path, text) {
  const fh = await fsPromises().open(path, "a", 420);
  try {
    await fh.writeFile(text, "utf8");
    await fh.datasync();
  } finally {
    await fh.close();
  }
});
var replayJournal = (function replayJournal(text, base, file) {
  let jobs;
  let version = base.version;
  let message3;
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    if (nl < 0) break;
    const line = text.slice(pos, nl);
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      entry = void 0;
    }
    const valid = entry && Number.isSafeInteger(entry.version) && typeof entry.jobs === "object" && entry.jobs !== null && !Array.isArray(entry.jobs);
    if (!valid || entry.version > version && entry.version !== version + 1) {
      return {
        ok: false,
        diags: [
          error3(
            STATE_CODES2.invalid,
            `the state journal ${file} is damaged: ${valid ? `version ${entry.version} follows ${version}` : "a line is not a journal entry"}`,
            "The journal holds the last writes of an apply that had not finished. It was edited or damaged; restore it, or remove it to go back to the state in the JSON file (the writes it held are then lost).",
            new LineIndex2(text).range(file, pos, nl)
          )
        ]
      };
    }
    if (entry.version > version) {
      jobs ??= { ...base.doc.jobs };
      for (const [name, record] of Object.entries(entry.jobs)) {
        if (record === null) delete jobs[name];
        else jobs[name] = record;
      }
      version = entry.version;
      message3 = entry.message;
    }
    pos = nl + 1;
  }
  const doc = jobs ? { ...base.doc, jobs } : base.doc;
  return {
    ok: true,
    value: { doc, version, validBytes: pos, ...message3 !== void 0 ? { message: message3 } : {} }
  };
});
// src/state/state-files.ts
var MIN_FOLD_BYTES = 64 * 1024;
var StateFiles = class {
  constructor(o) {
    this.o = o;
  }
  o;
  known;
  /**
   * Reads the JSON file and replays the journal. With `remember` (the store holds the apply lock,
   * so appends may follow), it also remembers what it read, if the files held still meanwhile.
   */
  async read(remember = false) {
    const before = remember ? await this.signature() : "";
    const read2 = await this.readText(this.o.statePath, "read");
    const text = read2 ?? "";
    let doc = emptyState(this.o.project, this.o.env);
    let version = 0;
    let message3;
    if (read2 !== void 0) {
      const parsed = parseStateFile(text, this.o.location, this.o);
      if (!parsed.ok) throw new StateStoreError2(parsed.diags[0], parsed.diags);
      ({ version, message: message3 } = parsed.file);
      doc = parsed.file.state;
    }
    const journal = await this.readText(this.o.journalPath, "read the journal of") ?? "";
    let journalBytes = 0;
    if (journal) {
      const file = this.o.location.replace(/\.json$/, ".journal");
      const replayed = replayJournal(journal, { doc, version }, file);
      if (!replayed.ok) throw new StateStoreError2(replayed.diags[0], replayed.diags);
      const problems = stateDocProblems(replayed.value.doc);
      if (problems.length > 0) {
        throw new StateStoreError2({
          code: STATE_CODES2.invalid,
          severity: "error",
          summary: `the state journal ${file} is not valid: ${problems[0]}`,
          detail: "It was edited or damaged. Restore it, or remove it to go back to the state in the JSON file (the writes it held are then lost)."
        });
      }
      ({ doc, version } = replayed.value);
      message3 = replayed.value.message ?? message3;
      journalBytes = Buffer.byteLength(journal.slice(0, replayed.value.validBytes));
    }
    this.known = void 0;
    if (remember) {
      const signature = await this.signature();
      if (signature === before && journalBytes === Buffer.byteLength(journal))
        this.known = { doc, version, signature, baseBytes: Buffer.byteLength(text), journalBytes };
    }
    return { doc, version, journal: journal !== "", ...message3 !== void 0 ? { message: message3 } : {} };
  }
  /**
   * Appends `doc` as version `expectedVersion + 1` when it changes only jobs of the document last
   * read or written, that is still what the files hold; false when a whole write is needed.
   */
  async append(doc, expectedVersion, meta) {
    const known = this.appendable(expectedVersion);
    if (!known?.doc) return false;
    const jobs = changedJobs(known.doc, doc);
    if (!jobs || await this.signature() !== known.signature) return false;
    checkWritable({ ...doc, jobs: onlyRecords(jobs) }, this.o, meta);
    await this.appendLine(known, jobs, meta, doc);
    return true;
  }
  /**
   * Appends the records of `jobs`, over the document last read or written (at `expectedVersion`,
   * still what the files hold), as version `expectedVersion + 1`; false when a whole write is needed.
   */
  async appendJobs(jobs, expectedVersion, meta) {
    const known = this.appendable(expectedVersion);
    if (!known || await this.signature() !== known.signature) return false;
    checkWritable({ ...emptyState(this.o.project, this.o.env), jobs }, this.o, meta);
    await this.appendLine(known, jobs, meta, void 0);
    return true;
  }
  /** What the files are known to hold at `expectedVersion`, while the journal may still grow. */
  appendable(expectedVersion) {
    const known = this.known;
    if (!known || known.version !== expectedVersion) return void 0;
    if (known.journalBytes > Math.max(MIN_FOLD_BYTES, known.baseBytes)) return void 0;
    return known;
  }
  /** Appends one journal line; `doc` is the document it makes (undefined: not at hand). */
  async appendLine(known, jobs, meta, doc) {
    const version = known.version + 1;
    const line = journalLine({ version, updatedAt: this.now(), message: meta.message, jobs });
    this.known = void 0;
    await appendDurable(this.o.journalPath, line);
    const { doc: _before, ...rest } = known;
    this.known = {
      ...rest,
      ...doc ? { doc } : {},
      version,
      journalBytes: known.journalBytes + Buffer.byteLength(line),
      signature: await this.signature()
    };
  }
  /**
   * Replaces the JSON file with the whole document and drops the journal (`journal`: there is
   * one) it now holds; `remember` as for read().
   */
  async writeWhole(doc, version, message3, opts) {
    this.known = void 0;
    await removeStaleTemps(this.o.statePath);
    const text = serializeStateFile({
      version,
      updatedAt: this.now(),
      ...message3 !== void 0 ? { message: message3 } : {},
      state: doc
    });
    await writeFileAtomic(this.o.statePath, text, this.o.beforeRename);
    if (opts.journal)
      await fsPromises().unlink(this.o.journalPath).catch((e) => {
        if (!isErrno(e, "ENOENT")) throw e;
      });
    if (!opts.remember) return;
    this.known = {
      doc,
      version,
      signature: await this.signature(),
      baseBytes: Buffer.byteLength(text),
      journalBytes: 0
    };
  }
  /** Folds the journal into the JSON file, so that the JSON file alone is the state again. */
  async fold() {
    try {
      await stat2(this.o.journalPath);
    } catch (e) {
      if (isErrno(e, "ENOENT")) return;
      throw this.o.ioError("read the journal of", e);
    }
    const now = await this.read();
    await this.writeWhole(now.doc, now.version, now.message, { journal: true, remember: false });
  }
  now() {
    return new Date(this.o.clock.now()).toISOString();
  }
  /** The file's text; undefined when there is no such file. */
  async readText(path, what) {
    try {
      return await readText(path);
    } catch (e) {
      if (isErrno(e, "ENOENT")) return void 0;
      throw this.o.ioError(what, e, path);
    }
  }
  /** Identity of the JSON file and the journal as they are now. */
  async signature() {
    const one = async (path) => {
      try {
        const s = await stat2(path, { bigint: true });
        return `${s.ino}:${s.size}:${s.mtimeNs}`;
      } catch (e) {
        if (isErrno(e, "ENOENT")) return "-";
        throw this.o.ioError("read", e);
      }
    };
    return `${await one(this.o.statePath)} ${await one(this.o.journalPath)}`;
  }
};
function onlyRecords(jobs) {
  const out = {};
  for (const [name, record] of Object.entries(jobs)) if (record) out[name] = record;
  return out;
}
// src/state/file-store.ts
var UNREADABLE_LOCK_TTL_MS = 6e4;
var FileStateStore = class {
  constructor(opts) {
    this.opts = opts;
    if (!isIdentifier(opts.env)) throw new Error(`bug: environment name '${opts.env}' is not an identifier`);
    this.clock = opts.clock ?? systemClock2;
    this.statePath = resolve(opts.dir, opts.path ?? join(".flinkops", "state", `${opts.env}.json`));
    const base = this.statePath.replace(/\.json$/, "");
    this.lockPath = `${base}.lock`;
    this.mutexPath = `${base}.mutex`;
    this.journalPath = `${base}.journal`;
    const rel = relative(resolve(opts.dir), this.statePath);
    this.location = (rel.startsWith("..") || isAbsolute(rel) ? this.statePath : rel).split(sep).join("/");
    this.files = new StateFiles({
      statePath: this.statePath,
      journalPath: this.journalPath,
      location: this.location,
      project: opts.project,
      env: opts.env,
      clock: this.clock,
      ...opts.beforeRename ? { beforeRename: opts.beforeRename } : {},
      ioError: (what, e, path) => this.ioError(what, e, path)
    });
  }
  opts;
  location;
  /** Absolute paths of the state file, the lock file and the write mutex. */
  statePath;
  lockPath;
  journalPath;
  mutexPath;
  clock;
  files;
  /** This instance holds the apply lock: only then are writes journalled (and folded in at unlock). */
  holding = false;
  async read() {
    const { doc, version } = await this.files.read(this.holding);
    return { doc, version };
  }
  async write(doc, expectedVersion, meta) {
    await this.ensureDir();
    return this.exclusive("write", async () => {
      const next = expectedVersion + 1;
      if (this.holding && await this.files.append(doc, expectedVersion, meta)) return { version: next };
      checkWritable(doc, this.opts, meta);
      const { version, journal } = await this.files.read(this.holding);
      if (version !== expectedVersion) throw new StateConflictError(expectedVersion, version, this.location);
      await this.files.writeWhole(doc, next, meta.message, { journal, remember: this.holding });
      return { version: next };
    });
  }
  /** Appends the records to the journal while this instance holds the lock and knows the files. */
  async writeJobs(jobs, expectedVersion, meta) {
    if (!this.holding) return void 0;
    return this.exclusive(
      "write",
      async () => await this.files.appendJobs(jobs, expectedVersion, meta) ? { version: expectedVersion + 1 } : void 0
    );
  }
  async lock(owner2, ttlMs) {
    await this.ensureDir();
    const now = this.clock.now();
    const info = newLockInfo(owner2, now, ttlMs, { host: hostName(), pid: process.pid });
    let replaced;
    for (let round = 0; round < 2; round++) {
      try {
        const fh = await fsPromises().open(this.lockPath, "wx", 420);
        try {
          await fh.writeFile(`${JSON.stringify(info, null, 2)}
`, "utf8");
          await fh.sync();
        } catch (e) {
          await removeQuietly(this.lockPath);
          throw e;
        } finally {
          await fh.close();
        }
        this.holding = true;
        return replaced ? { info, replaced } : { info };
      } catch (e) {
        if (!isErrno(e, "EEXIST")) throw this.ioError("lock", e);
      }
      const holder2 = await this.readLockSettled();
      if (!holder2) continue;
      const now2 = holder2.id === UNREADABLE_ID ? Date.now() : this.clock.now();
      const expired = Date.parse(holder2.expires) <= now2;
      if (!expired && !this.holderDead(holder2))
        throw new StateLockedError(holder2, this.location, false, this.holderRunningHere(holder2));
      const broken = await this.removeLockIf(holder2.id);
      if (broken) replaced = expired ? broken : { ...broken, dead: true };
    }
    const holder = await this.lockInfo();
    if (holder) throw new StateLockedError(holder, this.location);
    throw this.ioError("lock", new Error("the lock file keeps changing"));
  }
  async renew(lock, ttlMs) {
    return this.exclusive("renew the lock of", async () => {
      const now = await this.lockInfo();
      if (now?.id !== lock.info.id) throw new StateLockLostError(lock.info, now, this.location);
      const info = { ...lock.info, expires: new Date(this.clock.now() + ttlMs).toISOString() };
      await writeFileAtomic(this.lockPath, `${JSON.stringify(info, null, 2)}
`);
      return { info };
    });
  }
  async unlock(lock) {
    await this.exclusive("unlock", async () => {
      const now = await this.lockInfo();
      if (now?.id !== lock.info.id) throw new StateLockLostError(lock.info, now, this.location);
      await this.files.fold();
      this.holding = false;
      await removeQuietly(this.lockPath);
    });
  }
  async lockInfo() {
    let text;
    let mtimeMs;
    try {
      [text, mtimeMs] = await Promise.all([
        readText(this.lockPath),
        stat2(this.lockPath).then((s) => s.mtimeMs)
      ]);
    } catch (e) {
      if (isErrno(e, "ENOENT")) return void 0;
      throw this.ioError("read the lock of", e, this.lockPath);
    }
    return parseLockInfo(text) ?? unreadableLock(mtimeMs);
  }
  async breakLock(id) {
    const holder = await this.lockInfo();
    if (!holder) return void 0;
    if (id !== void 0 && holder.id !== id) throw new StateLockedError(holder, this.location);
    if (this.holderRunningHere(holder)) throw new StateLockedError(holder, this.location, false, true);
    return this.removeLockIf(holder.id);
  }
  /** The holder is another process of this host, and it is running. */
  holderRunningHere(holder) {
    if (holder.pid === void 0 || holder.host !== hostName() || holder.pid === process.pid) return false;
    return (this.opts.isAlive ?? processAlive)(holder.pid);
  }
  /** A lock of a process of this host that no longer exists (killed, crashed): nobody can renew it. */
  holderDead(holder) {
    return lockHolderGone(holder, this.opts.isAlive);
  }
  /** Removes the lock only if it is still the one with `id` (someone may have retaken it meanwhile). */
  removeLockIf(id) {
    return this.exclusive("break the lock of", async () => {
      const now = await this.lockInfo();
      if (now?.id !== id) return void 0;
      await removeQuietly(this.lockPath);
      return now;
    });
  }
  /** A lock file is created empty and then written: give its writer a moment before calling it unreadable. */
  async readLockSettled() {
    for (let i = 0; i < 10; i++) {
      const info = await this.lockInfo();
      if (!info || info.id !== UNREADABLE_ID) return info;
      await this.clock.sleep(10);
    }
    return this.lockInfo();
  }
  /** Runs `fn` holding the write mutex; failures other than the store's own become I/O diagnostics. */
  async exclusive(what, fn) {
    try {
      return await withMutex(this.mutexPath, this.clock, fn);
    } catch (e) {
      if (e instanceof StateStoreError2) throw e;
      throw this.ioError(what, e);
    }
  }
  async ensureDir() {
    try {
      await fsPromises().mkdir(dirname(this.statePath), { recursive: true });
    } catch (e) {
      throw this.ioError("create the directory of", e);
    }
  }
  /** An I/O failure as FO808; `path` is the file it concerns, where the error does not name it. */
  ioError(what, e, file) {
    const path = e?.path ?? file;
    if (isErrno(e, "EISDIR") && path !== void 0) {
      return new StateStoreError2({
        code: STATE_CODES2.io,
        severity: "error",
        summary: `cannot ${what} the state store ${this.location}: ${path} is a folder, not a file`,
        detail: path === this.statePath ? (
          // `--state-file DIR`: the store is a file, not the folder to put it in.
          `Give --state-file (or FLINKOPS_STATE_FILE) the path of the state file itself, e.g. ${join(path, `${this.opts.env}.json`)}; without it the store is .flinkops/state/${this.opts.env}.json in the project.`
        ) : `flinkops keeps the store's lock and journal in files beside it: move the folder ${path} away.`
      });
    }
    const cause = e instanceof Error ? e.message : String(e);
    return new StateStoreError2({
      code: STATE_CODES2.io,
      severity: "error",
      summary: `cannot ${what} the state store ${this.location}: ${cause}`,
      detail: "Check that the directory exists and is writable by this user, and that the disk is not full."
    });
  }
};
var UNREADABLE_ID = "(unreadable)";
function unreadableLock(mtimeMs) {
  return {
    id: UNREADABLE_ID,
    who: "an unknown process",
    command: "unknown",
    host: "unknown host",
    since: new Date(mtimeMs).toISOString(),
    expires: new Date(mtimeMs + UNREADABLE_LOCK_TTL_MS).toISOString()
  };
}
function lockHolderGone(lock, isAlive = processAlive) {
  if (lock.pid === void 0 || lock.host !== hostName() || lock.pid === process.pid) return false;
  return !isAlive(lock.pid);
}
// src/state/memory-store.ts

import {
  MOVE_CODES,
  PLAN_CODES,
  POLICY_CODES,
  RETAIN_ON_CANCEL,
  compilePlanStatement,
  createLimiter,
  diff,
  majorMinor,
  mapPool,
  observeEnvironment,
  offlineLiveState,
  planFileUri,
  readPlanFile,
  startedFrom,
  stopsByCancel,
  summarize
} from "./chunk-VYDMWTSJ.mjs";
import {
  parseExecutionPlan
} from "./chunk-6SNCNCAP.mjs";
import {
  readState
} from "./chunk-CFMXJB5R.mjs";
import {
  compileProject,
  projectEnvironment,
  revivedCompile
} from "./chunk-RBLKXIE6.mjs";
import {
  fingerprint
} from "./chunk-HMNNWFXX.mjs";
import {
  sameEndpoint,
  shownUrl as shownUrl2
} from "./chunk-BD6ZRVQT.mjs";
import {
  parseYaml
} from "./chunk-6HBNRHRD.mjs";
import {
  analyzeScript
} from "./chunk-W3ZXCQCG.mjs";
import {
  LABEL_KEYS
} from "./chunk-KJBHHIZS.mjs";
import {
  error as error4,
  hasErrors,
  sortDiagnostics,
  warning
} from "./chunk-OZ4GHFPU.mjs";
import {
  dirname as dirname2,
  join as join2
} from "./chunk-KBTCQ2CM.mjs";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync
} from "./chunk-BBGNC7QM.mjs";
// src/observe/health.ts
// src/observe/metrics.ts
// src/engine/compile-off-thread.ts
var COMPILE_WORKER_FROM_JOBS = 500;
var compileOffThread = (function compileOffThread(dir, options) {
  const entry = new URL("./compile-worker.mjs", import.meta.url);
  if (entry.protocol !== "file:" || !existsSync(entry)) return void 0;
  if (jobFiles(dir) < COMPILE_WORKER_FROM_JOBS) return void 0;
  if (process.getBuiltinModule("node:os").availableParallelism() < 2) return void 0;
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  return new Promise((resolve7, reject) => {
    const worker = new Worker(entry, { workerData: { dir, options } });
    worker.once("message", (r) => resolve7(revivedCompile(r)));
    worker.once("error", reject);
    worker.once(
      "exit",
      (code) => reject(new Error(`bug: the compile worker exited with ${code} and no result`))
    );
  });
});
var jobFiles = (function jobFiles(dir) {
  try {
    return readdirSync(join2(dir, "jobs")).filter((f) => f.endsWith(".sql")).length;
  } catch {
    return 0;
  }
});
// src/engine/compile-plans.ts
var COMPILE_PLAN_CODES = {
  /** Error: a job in planMode: compiled, but its environment names no planDir. */
  noPlanDir: "FO642",
  /** Warning: compiled plans could not be made (gateway unreachable, offline): hashes are the script's. */
  notCompiled: "FO643",
  /** Warning: the copy of a plan committed under plans/<env>/ is not the plan the job runs from. */
  staleCopy: "FO644"
};
var committedPlanFile = (function committedPlanFile(env, job) {
  return `plans/${env}/${job}.json`;
});
var syncCommittedPlans = (function syncCommittedPlans(dir, desired, write) {
  const diags = [];
  for (const job of desired.jobs) {
    if (!job.compiledPlan) continue;
    const file = committedPlanFile(desired.env, job.name);
    const path = join2(dir, file);
    const text = existsSync(path) ? readFileSync(path, "utf8") : void 0;
    if (text === job.compiledPlan.json) continue;
    if (write) {
      mkdirSync(dirname2(path), { recursive: true });
      writeFileSync(path, job.compiledPlan.json);
    } else if (text !== void 0) {
      diags.push(
        warning(
          COMPILE_PLAN_CODES.staleCopy,
          `${file} is not the compiled plan job ${job.name} starts from`,
          `The plan to execute is ${job.compiledPlan.path} (sha256 ${job.compiledPlan.sha256.slice(0, 12)}). Run flinkops plan --write-plans and commit the copy, so reviewers see the plan that runs.`,
          { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
        )
      );
    }
  }
  return diags;
});
var SESSION_KINDS = /* @__PURE__ */ new Set(["set", "reset", "use", "add_jar", "load_module", "unload_module"]);
var SUBMITS = /* @__PURE__ */ new Set(["insert", "statement_set", "execute"]);
var isTemporaryCreate = (function isTemporaryCreate(st) {
  return st.kind.startsWith("create_") && /^\s*CREATE\s+(?:OR\s+REPLACE\s+)?TEMPORARY\b/i.test(st.text);
});
var untemplate = (function untemplate(text) {
  return text.replaceAll("$${", "${");
});
var compileSteps = (function compileSteps(statements) {
  const setup = [];
  let submit;
  let set;
  for (const st of statements) {
    if (st.kind === "begin_statement_set") set = [];
    else if (set !== void 0 && st.kind === "insert") set.push(st.text);
    else if (set !== void 0 && st.kind === "end") {
      submit = `STATEMENT SET BEGIN
${set.map((i) => `  ${i};`).join("\n")}
END`;
      set = void 0;
    } else if (SUBMITS.has(st.kind)) submit = st.text;
    else if (SESSION_KINDS.has(st.kind) || isTemporaryCreate(st)) setup.push(st.text);
  }
  return { setup: setup.map(untemplate), ...submit ? { submit: untemplate(submit) } : {} };
});
var WRAPPER = /^(SqlGatewayException|SqlExecutionException): Failed to/;
var message2 = (function message2(e) {
  const causes = e.causes.filter((c) => !WRAPPER.test(c));
  const lines = causes.length > 0 ? [causes[0], ...causes.slice(-2)] : [e.message];
  return lines.filter((l, i, a) => a.indexOf(l) === i).join(" <- ");
});
var compileOne = (async function compileOne(client, job, path) {
  const steps = compileSteps(job.statements);
  if (!steps.submit)
    return { ok: false, refused: true, message: "the script has no INSERT or statement set" };
  const opened = await client.openSession({ sessionName: `flinkops-compile-${job.name}` });
  if (!opened.ok) return { ok: false, refused: false, message: message2(opened.error) };
  const sh = opened.value;
  try {
    for (const text of [...steps.setup, compilePlanStatement(path, steps.submit)]) {
      const r = await client.runStatement(sh, text, { timeoutMs: 18e4 });
      if (!r.ok) return { ok: false, refused: r.error.kind === "statement", message: message2(r.error) };
    }
  } finally {
    await client.closeSession(sh);
  }
  const read2 = await readPlanFile(client, path);
  if (!read2.ok) return { ok: false, refused: false, message: `reading ${path} back: ${message2(read2.error)}` };
  return { ok: true, ...read2.value };
});
var planKey = (function planKey(statements) {
  const kept = statements.filter(
    (st) => st.kind !== "set" || st.set?.key === void 0 || st.set.key.startsWith("table.")
  );
  const steps = compileSteps(kept);
  return fingerprint({ setup: steps.setup, submit: steps.submit ?? "" });
});
var compiledSpecHash = (function compiledSpecHash(scriptHash, planSha256) {
  return fingerprint({ script: scriptHash, plan: planSha256 });
});
var compileJobPlans = (async function compileJobPlans(client, desired, doc, opts = {}) {
  const out = { planErrors: {}, diags: [] };
  const jobs = desired.jobs.filter((j) => j.settings.planMode === "compiled");
  if (jobs.length === 0) return out;
  const planDir = desired.environment.planDir;
  if (!planDir) {
    for (const j of jobs) {
      out.diags.push(
        error4(
          COMPILE_PLAN_CODES.noPlanDir,
          `job ${j.name} has planMode: compiled, but environment ${desired.env} names no planDir`,
          `Set environments.${desired.env}.planDir in flinkops.yaml to a directory every SQL Gateway of the environment can read and write (s3://\u2026, hdfs://\u2026, or file:// on a shared mount), or set planMode: script.`,
          { file: j.yamlFile ?? j.sqlFile, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
        )
      );
    }
    return out;
  }
  const live = majorMinor(opts.liveVersion);
  const uncompiled = [];
  await mapPool(jobs, opts.concurrency ?? 4, async (job) => {
    const key = job.restartHash;
    const path = planFileUri(planDir, desired.project, desired.env, job.name, planKey(job.statements));
    const current = doc.jobs[job.name]?.current;
    const known = current?.plan?.path === path ? current.plan : void 0;
    if (known && (!client || !live || current?.flinkVersion === live)) {
      job.compiledPlan = { ...known };
      job.restartHash = compiledSpecHash(key, known.sha256);
      return;
    }
    if (!client) {
      uncompiled.push(job.name);
      return;
    }
    const r = await compileOne(client, job, path);
    if (!r.ok) {
      if (r.refused || known) out.planErrors[job.name] = r.message;
      if (known) {
        job.compiledPlan = { ...known };
        job.restartHash = compiledSpecHash(key, known.sha256);
      } else if (!r.refused) uncompiled.push(`${job.name} (${r.message})`);
      return;
    }
    job.compiledPlan = { path, json: r.json, sha256: r.sha256 };
    job.restartHash = compiledSpecHash(key, r.sha256);
  });
  if (uncompiled.length > 0) {
    out.diags.push(
      warning(
        COMPILE_PLAN_CODES.notCompiled,
        `compiled plans not made for ${uncompiled.length} job(s): ${uncompiled.sort().join(", ")}`,
        "Their plan shows the script only and apply refuses to start them until the gateway compiles them. Plan against the cluster (not --offline), and check that the gateway can write planDir."
      )
    );
  }
  return out;
});
// src/engine/plan-explain.ts
var EXPLAIN_CODES = {
  /** Error: the cluster's planner rejects a statement of a job the plan would start. */
  rejected: "FO630",
  /** Warning: the changed jobs could not be validated against the cluster's planner. */
  notValidated: "FO631",
  /** Info: a job's script creates objects that outlive a session, so it is not run for a plan. */
  skipped: "FO632"
};
var STARTING = /* @__PURE__ */ new Set(["create", "upgrade"]);
var SESSION_KINDS2 = /* @__PURE__ */ new Set(["set", "reset", "use", "add_jar", "load_module", "unload_module"]);
var EXPLAINED = /* @__PURE__ */ new Set(["insert", "statement_set", "execute"]);
var SET_MARKERS = /* @__PURE__ */ new Set(["begin_statement_set", "end"]);
var POSITION = /line (\d+), column (\d+)/;
var ONLY_SUCCESS = { maxRows: 0, closeOperation: false };
var explainChangedJobs = (async function explainChangedJobs(client, desired, plan2, opts = {}) {
  const starting = new Set(
    plan2.changes.filter((c) => STARTING.has(c.action) && !c.refused && !opts.skip?.has(c.job)).map((c) => c.job)
  );
  const jobs = desired.jobs.filter((j) => starting.has(j.name));
  if (jobs.length === 0) return [];
  const results = await mapPool(jobs, opts.concurrency ?? 4, (job) => explainJob(client, desired, job, opts));
  const diags = results.flat();
  const unreachable = diags.filter((d) => d.code === EXPLAIN_CODES.notValidated);
  return unreachable.length > 1 ? [...diags.filter((d) => d.code !== EXPLAIN_CODES.notValidated), unreachable[0]] : diags;
});
var setUp = (async function setUp(client, sh, text, opts) {
  if (!(await client.capabilities()).supportsConfigureSession)
    return client.runStatement(sh, text, { timeoutMs: opts.timeoutMs ?? 12e4, ...ONLY_SUCCESS });
  return client.configureSession(sh, text);
});
var lastingStatement = (function lastingStatement(statements) {
  return statements.find(
    (st) => !SESSION_KINDS2.has(st.kind) && !EXPLAINED.has(st.kind) && !isTemporaryCreate2(st) && !SET_MARKERS.has(st.kind)
  );
});
var isTemporaryCreate2 = (function isTemporaryCreate2(st) {
  return st.kind.startsWith("create_") && /^\s*CREATE\s+(?:OR\s+REPLACE\s+)?TEMPORARY\b/i.test(st.text);
});
var explainText = (function explainText(st) {
  if (/^EXECUTE\b/i.test(st.text)) return { text: `EXPLAIN${st.text.slice("EXECUTE".length)}`, shift: 0 };
  return { text: `EXPLAIN ${st.text}`, shift: "EXPLAIN ".length };
});
var untemplate2 = (function untemplate2(text) {
  return text.replaceAll("$${", "${");
});
var explainJob = (async function explainJob(client, desired, job, opts) {
  const statements = job.statements;
  const ownRanges = job.sourceRanges ?? [];
  const lasting = lastingStatement(statements);
  if (lasting) {
    const firstOwn = statements.length - ownRanges.length;
    return [skipped(job, lasting, ownRanges[statements.indexOf(lasting) - firstOwn])];
  }
  return withLeadingSets(statements, (lead) => probeJob(client, desired, job, opts, lead));
});
var withLeadingSets = (async function withLeadingSets(statements, run) {
  const lead = leadingSets(statements);
  if (lead.count > 0) {
    const fast = await run(lead);
    if (!fast.again) return fast.value;
  }
  return (await run(NO_LEAD)).value;
});
var probeJob = (async function probeJob(client, desired, job, opts, lead) {
  const statements = job.statements;
  const ownRanges = job.sourceRanges ?? [];
  const firstOwn = statements.length - ownRanges.length;
  const session = await openProbeSession(client, job.name, lead);
  if (!session.ok) return { value: [notValidated(session.error)], again: refused(lead, session.error) };
  const sh = session.value;
  const explain = (text) => client.runStatement(sh, untemplate2(text), { timeoutMs: opts.timeoutMs ?? 12e4, ...ONLY_SUCCESS });
  const run = async (probe) => {
    if (EXPLAINED.has(probe.kind)) {
      const { text, shift } = explainText(probe);
      return { r: await explain(text), shift };
    }
    if (SESSION_KINDS2.has(probe.kind) || isTemporaryCreate2(probe))
      return { r: await setUp(client, sh, untemplate2(probe.text), opts), shift: 0 };
    return void 0;
  };
  const failed = (probe, e, at) => {
    const again = refused(lead, e);
    if (e.kind !== "statement") return { value: [notValidated(e)], again };
    return { value: [rejected(desired, job, probe, e, at)], again };
  };
  try {
    for (let i = lead.count; i < statements.length; i++) {
      const st = statements[i];
      const own = ownRanges[i - firstOwn];
      const set = statementSet(statements, i, ownRanges, firstOwn);
      if (set) {
        const r = await explain(set.text);
        i = set.last;
        if (r.ok) continue;
        const position = located(r.error);
        if (r.error.kind !== "statement" || position)
          return failed(st, r.error, position ? set.at(Number(position[1]), Number(position[2])) : own);
        for (const insert of set.inserts) {
          const one = await run(insert.st);
          if (one && !one.r.ok)
            return failed(insert.st, one.r.error, insert.own && locate2(one.r.error, insert.own, one.shift));
        }
        return failed(st, r.error, own);
      }
      const inner = st.kind === "statement_set" && st.inner?.length === 1 ? st.inner : [st];
      for (const probe of inner) {
        const one = await run(probe);
        if (one && !one.r.ok)
          return failed(probe, one.r.error, own && locate2(one.r.error, within(own, st, probe), one.shift));
      }
    }
    return { value: [], again: false };
  } finally {
    await client.closeSession(sh);
  }
});
var NO_LEAD = { count: 0, properties: {} };
var leadingSets = (function leadingSets(statements) {
  const properties = {};
  let count = 0;
  for (const st of statements) {
    if (st.kind !== "set" || st.set?.key === void 0) break;
    properties[untemplate2(st.set.key)] = untemplate2(st.set.value ?? "");
    count++;
  }
  return count === 0 ? NO_LEAD : { count, properties };
});
var openProbeSession = (function openProbeSession(client, job, lead) {
  return client.openSession({
    sessionName: `flinkops-plan-${job}`,
    ...lead.count > 0 ? { properties: lead.properties } : {}
  });
});
var refused = (function refused(lead, e) {
  return lead.count > 0 && (e.kind === "statement" || e.kind === "http");
});
var statementSet = (function statementSet(statements, i, ownRanges, firstOwn) {
  const st = statements[i];
  const own = ownRanges[i - firstOwn];
  if (st.kind === "statement_set") {
    if ((st.inner?.length ?? 0) < 2) return void 0;
    const { text, shift } = explainText(st);
    return {
      text,
      inserts: st.inner.map((insert) => ({ st: insert, own: own && within(own, st, insert) })),
      at: (line, column) => own && locateAt(line, column, own, shift),
      last: i
    };
  }
  if (st.kind !== "begin_statement_set") return void 0;
  const end = statements.findIndex((s, j) => j > i && s.kind === "end");
  const body = statements.slice(i + 1, end);
  if (end < 0 || body.length < 2 || body.some((s) => s.kind !== "insert")) return void 0;
  const lines = ["EXPLAIN STATEMENT SET BEGIN"];
  const inserts = body.map((insert, k) => {
    const from = lines.length + 1;
    lines.push(...`${insert.text.replace(/;\s*$/, "")};`.split("\n"));
    return { st: insert, own: ownRanges[i + 1 + k - firstOwn], from };
  });
  lines.push("END");
  return {
    text: lines.join("\n"),
    inserts,
    at: (line, column) => {
      const insert = inserts.findLast((x) => x.from <= line);
      return insert?.own ? locateAt(line - insert.from + 1, column, insert.own, 0) : own;
    },
    last: end
  };
});
var within = (function within(own, outer, inner) {
  if (inner === outer) return own;
  const dl = inner.range.start.line - outer.range.start.line;
  const start = {
    line: own.start.line + dl,
    column: dl === 0 ? own.start.column + inner.range.start.column - outer.range.start.column : inner.range.start.column
  };
  return { file: own.file, start, end: start };
});
function skipped(job, st, range) {
  const d = {
    code: EXPLAIN_CODES.skipped,
    severity: "info",
    summary: `Job ${job.name} was not validated against the cluster's planner: its script creates objects that outlive a session`,
    detail: `A ${st.kind.replaceAll("_", " ")} statement would change the cluster's catalogs, so plan does not run the script; the planner checks it when apply submits it. Use CREATE TEMPORARY ... for objects only the job needs.`
  };
  return range ? { ...d, range } : d;
}
function notValidated(e) {
  return warning(
    EXPLAIN_CODES.notValidated,
    "The changed jobs were not validated against the cluster's planner",
    `flinkops could not use the SQL Gateway for EXPLAIN (${e.call}: ${e.message}). The plan is still correct; the planner will check the SQL when apply submits it. Check sqlGatewayUrl of the environment (or --sql-gateway-url).`
  );
}
function plannerMessage(e) {
  const words = (line) => line.replace(/^(?:[\w$]+\.)*[\w$]*(?:Exception|Error):\s*/, "").replace(/^SQL (?:validation|parse) failed\.\s*/, "").replace(/^From line \d+, column \d+ to line \d+, column \d+:\s*/, "");
  const root = words(e.causes.length > 0 ? e.causes[e.causes.length - 1] : e.message);
  const option = e.causes.map(words).find((c) => /^Failed to set key .* with value |^Could not parse value .* for key /.test(c));
  return option && option !== root ? `${option.replace(/\.$/, "")}: ${root}` : root;
}
function failedTable(e) {
  for (const c of [e.message, ...e.causes]) {
    const m2 = /Unable to create a (source|sink) for (?:reading|writing) table '([^']+)'/.exec(c);
    if (m2) return { name: m2[2].split(".").pop(), as: m2[1] };
  }
  return void 0;
}
var unstopped = ((s) => s.replace(/\.+$/, ""));
var located = (function located(e) {
  return [e.message, ...e.causes].map((l) => POSITION.exec(l)).find((x) => x !== null) ?? void 0;
});
var locate2 = (function locate2(e, range, shift) {
  const m2 = located(e);
  return m2 ? locateAt(Number(m2[1]), Number(m2[2]), range, shift) : range;
});
var locateAt = (function locateAt(line, col, range, shift) {
  const column = col - (line === 1 ? shift : 0);
  if (line < 1 || column < 1) return range;
  const at = {
    line: range.start.line + line - 1,
    column: line === 1 ? range.start.column + column - 1 : column
  };
  return { file: range.file, start: at, end: at };
});
function rejected(desired, job, st, e, at) {
  const message22 = plannerMessage(e);
  const refused2 = failedTable(e);
  const failed = refused2 ? desired.tables.find((t) => t.name === refused2.name && job.tables.includes(t.name)) : void 0;
  if (refused2 && failed) {
    return error4(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${failed.name} (used by job ${job.name}): ${message22}`,
      `Flink could not make a ${refused2.as} of ${failed.name} from its connector options (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix the options in ${failed.file}, and check that the connector jar is on the cluster.`,
      { file: failed.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
    );
  }
  if (at) {
    return error4(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects job ${job.name}: ${message22}`,
      `EXPLAIN on the environment's SQL Gateway (a throwaway session; nothing was submitted) failed: ${unstopped(e.message)}. Fix the statement before applying.`,
      at
    );
  }
  const text = st.text.trim();
  const table = desired.tables.find((t) => t.ddl.trim().replace(/;$/, "") === text);
  const udf = /FUNCTION/i.test(text) ? desired.udfs.find((u) => text.includes(u.jar)) : void 0;
  const file = table?.file ?? udf?.file ?? job.sqlFile;
  const what = table ? `the DDL of ${table.name}` : udf ? `the functions of ${udf.name}` : "a compiled statement";
  return error4(
    EXPLAIN_CODES.rejected,
    `Flink's planner rejects ${what} (used by job ${job.name}): ${message22}`,
    `Running it in a throwaway SQL Gateway session failed: ${unstopped(e.message)}. ${udf ? "Check the jar URI and that the classes are in it." : "Check the connector options and that the connector jar is on the cluster."}`,
    { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  );
}
var explainStateGraphs = (async function explainStateGraphs(client, desired, plan2, inputs, opts = {}) {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const todo = plan2.changes.filter(
    (c) => restoresState(c) && inputs.state.jobs[c.job]?.current?.script !== void 0 && jobs.has(c.job)
  );
  const out = /* @__PURE__ */ new Map();
  await mapPool(todo, opts.concurrency ?? 4, async (c) => {
    const job = jobs.get(c.job);
    const current = inputs.state.jobs[c.job].current;
    if (job.settings.planMode === "compiled" || current.plan !== void 0) {
      out.set(c.job, { unavailable: "planMode: compiled (operator ids come from the compiled plan)" });
      return;
    }
    const running = inputs.live.jobs.find((l) => l.jobId === c.liveJobId);
    if (c.move && !opts.previous) {
      out.set(c.job, {
        unavailable: "the job moves from another cluster and moveFrom names no sqlGatewayUrl: the old release's planner was not asked for the running job's graph"
      });
      return;
    }
    const settings = current.settings ?? {};
    const oldMax = typeof settings.maxParallelism === "number" ? settings.maxParallelism : void 0;
    const analysed = analyzeScript(current.script, `jobs/${c.job}.sql`);
    const [old, next] = await Promise.all([
      explainGraph(
        c.move && opts.previous ? opts.previous : client,
        c.job,
        analysed.statements,
        running?.parallelism ?? current.parallelism,
        oldMax,
        opts
      ),
      explainGraph(
        client,
        c.job,
        job.statements,
        c.to?.parallelism ?? job.settings.parallelism,
        job.settings.maxParallelism,
        opts
      )
    ]);
    if ("unavailable" in old) return void out.set(c.job, old);
    out.set(
      c.job,
      "unavailable" in next ? next : { old, next, ...c.move ? { acrossReleases: true } : {} }
    );
  });
  return out;
});
var restoresState = (function restoresState(c) {
  return (c.compatibility !== void 0 || c.move !== void 0) && !(c.action === "upgrade" && c.strategy === "stateless") || c.action === "rescale" && c.rescaleMode === "savepoint-restart";
});
var explainGraph = (async function explainGraph(client, job, statements, parallelism, maxParallelism, opts) {
  const lasting = lastingStatement(statements);
  if (lasting)
    return {
      unavailable: `the script has a ${lasting.kind.replaceAll("_", " ")} statement, which outlives a session`
    };
  const submitting = submittingText(statements);
  if (!submitting) return { unavailable: "the script has no statement that starts a job" };
  return withLeadingSets(
    statements,
    (lead) => graphOf(client, job, statements, submitting, parallelism, maxParallelism, opts, lead)
  );
});
var graphOf = (async function graphOf(client, job, statements, submitting, parallelism, maxParallelism, opts, lead) {
  const session = await openProbeSession(client, job, lead);
  if (!session.ok)
    return { value: { unavailable: session.error.message }, again: refused(lead, session.error) };
  const sh = session.value;
  const config = {};
  const tables = /* @__PURE__ */ new Map();
  const unavailable = (why, e) => ({
    value: { unavailable: why },
    again: refused(lead, e)
  });
  try {
    for (const [i, st] of statements.entries()) {
      if (st.kind === "set" && st.set?.key !== void 0) config[st.set.key] = st.set.value ?? "";
      if (st.table) {
        tables.set(st.table.name.parts[st.table.name.parts.length - 1].toLowerCase(), {
          options: st.table.options,
          columns: new Map(
            st.table.columns.filter((col) => col.type !== void 0).map((col) => [col.name.toLowerCase(), col.type])
          )
        });
      }
      if (i < lead.count || !(SESSION_KINDS2.has(st.kind) || isTemporaryCreate2(st))) continue;
      const r2 = await setUp(client, sh, untemplate2(st.text), opts);
      if (!r2.ok)
        return unavailable(`${st.kind.replaceAll("_", " ")} failed: ${plannerMessage(r2.error)}`, r2.error);
    }
    const r = await client.runStatement(sh, `EXPLAIN JSON_EXECUTION_PLAN ${untemplate2(submitting)}`, {
      timeoutMs: opts.timeoutMs ?? 12e4,
      executionConfig: {
        "parallelism.default": String(parallelism),
        ...maxParallelism !== void 0 ? { "pipeline.max-parallelism": String(maxParallelism) } : {}
      }
    });
    if (!r.ok) return unavailable(`EXPLAIN failed: ${plannerMessage(r.error)}`, r.error);
    const text = r.value.rows.map((row) => row.map(String).join("\n")).join("\n");
    const graph = parseExecutionPlan(text);
    if (!graph)
      return { value: { unavailable: "the gateway answered EXPLAIN without a stream graph" }, again: false };
    const chainingKey = config["pipeline.operator-chaining.enabled"] ?? config["pipeline.operator-chaining"];
    return {
      value: { graph, chaining: chainingKey?.trim().toLowerCase() !== "false", tables, config },
      again: false
    };
  } finally {
    await client.closeSession(sh);
  }
});
var submittingText = (function submittingText(statements) {
  const inserts = [];
  let inSet = false;
  for (const st of statements) {
    if (st.kind === "begin_statement_set") inSet = true;
    else if (st.kind === "end") inSet = false;
    else if (st.kind === "statement_set") return st.text.replace(/^\s*EXECUTE\s+/i, "").replace(/;\s*$/, "");
    else if (st.kind === "execute") return st.text.replace(/^\s*EXECUTE\s+/i, "").replace(/;\s*$/, "");
    else if (st.kind === "insert") {
      if (!inSet) return st.text.replace(/;\s*$/, "");
      inserts.push(st.text.replace(/;\s*$/, ""));
    }
  }
  return inserts.length > 0 ? `STATEMENT SET BEGIN
${inserts.join(";\n")};
END` : void 0;
});
// src/engine/plan-observe.ts
var specHashes = (function specHashes(jobs) {
  return new Map(jobs.map((j) => [j.name, j.restartHash]));
});
var previousOf = (function previousOf(client, at) {
  return { client, jobmanagerUrl: at.jobmanagerUrl, ...at.sqlGatewayUrl ? { gateway: true } : {} };
});
var connectEnvironment = (function connectEnvironment(opts, environment) {
  const endpoints = resolveEndpoints(environment, opts.endpoints ?? {}, opts.envVars);
  const before = previousEndpoints(environment);
  if (before && sameEndpoint(before.jobmanagerUrl, endpoints.jobmanagerUrl))
    return { endpoints, ready: false, secretValues: [], diags: [moveToItself(environment.name, endpoints)] };
  if (opts.client) {
    const client = opts.client(endpoints);
    const previous2 = before ? previousOf(opts.client(before), before) : void 0;
    return { endpoints, client, ...previous2 ? { previous: previous2 } : {}, ready: true, secretValues: [], diags: [] };
  }
  const how = {
    endpoints,
    env: environment,
    secrets: opts.secrets,
    ...opts.clock ? { clock: opts.clock } : {},
    ...opts.tls ? { tls: opts.tls } : {}
  };
  const c = connect(how);
  const diags = [...c.diags];
  let secretValues = c.secretValues;
  let previous;
  const p = connectPrevious(how);
  if (p) {
    diags.push(...p.diags);
    secretValues = [.../* @__PURE__ */ new Set([...secretValues, ...p.secretValues])];
    if (p.client && before) previous = previousOf(p.client, before);
  }
  return {
    endpoints,
    ...c.client ? { client: c.client } : {},
    ...previous ? { previous } : {},
    ready: c.client !== void 0 && (!before || previous !== void 0),
    secretValues,
    diags
  };
});
var moveToItself = (function moveToItself(env, endpoints) {
  return error4(
    MOVE_CODES.moveToItself,
    `environment ${env} moves from ${shownUrl2(endpoints.jobmanagerUrl)}, the JobManager it points at`,
    "moveFrom names the cluster the jobs run on now, and jobmanagerUrl (or --jobmanager-url, FLINKOPS_JOBMANAGER_URL) the one they move to: point them at two clusters, or remove moveFrom."
  );
});
var disconnect = (async function disconnect(c) {
  await Promise.all([c.client?.close(), c.previous?.client.close()]);
});
var observeThrough = (function observeThrough(c, opts, who, hashes) {
  return observeEnvironment(c.client, c.previous, {
    project: who.project,
    env: who.env,
    jobmanagerUrl: c.endpoints.jobmanagerUrl,
    // A job already running its compiled spec is not restarted: its checkpoints are not needed.
    // Observe awaits the answer, so the hashes may still be compiling.
    ...opts.checkpoints === "for-restarts" ? {
      wantsCheckpoints: async (job, labels) => labels?.[LABEL_KEYS.specHash] !== (await hashes).get(job)
    } : {},
    ...opts.concurrency ? { concurrency: opts.concurrency } : {},
    ...opts.clock ? { clock: opts.clock } : {}
  });
});
var observationKey = (function observationKey(project, environment) {
  return JSON.stringify([project, environment]);
});
var observeEarly = (function observeEarly(opts, compiled) {
  const found = projectEnvironment(opts.dir, opts.env, opts.envVars);
  if (!found) return void 0;
  const connection = connectEnvironment(opts, found.environment);
  const key = observationKey(found.project, found.environment);
  if (!connection.ready || !connection.client) return { key, connection, claimed: false };
  const hashes = compiled.then(
    (r) => specHashes(r.value?.jobs ?? []),
    () => specHashes([])
  );
  const observed = observeThrough(
    { ...connection, client: connection.client },
    opts,
    { project: found.project, env: opts.env },
    hashes
  );
  observed.catch(() => void 0);
  return { key, connection, observed, claimed: false };
});
var dropObservation = (async function dropObservation(e) {
  await disconnect(e.connection);
  await e.observed?.catch(() => void 0);
});
// src/engine/plan-retention.ts
var KEEP = `${RETAIN_ON_CANCEL}, from the job's next start`;
var restoresCancelledCheckpoint = (function restoresCancelledCheckpoint(c) {
  if (c.refused || !c.liveJobId) return false;
  if (c.action === "upgrade" && c.strategy === "last-state") return true;
  return stopsByCancel(c) && (c.action === "upgrade" || c.action === "rescale") && c.restoreFrom === void 0;
});
var asked = (function asked(plan2) {
  return plan2.changes.filter(
    (c) => restoresCancelledCheckpoint(c) || stopsByCancel(c) && (c.action === "suspend" || c.action === "delete")
  );
});
var readRetention = (async function readRetention(client, plan2) {
  const out = /* @__PURE__ */ new Map();
  const get = client.getCheckpointConfig?.bind(client);
  if (!get) return out;
  await Promise.all(
    asked(plan2).map(async (c) => {
      const r = await get(c.liveJobId);
      if (!r.ok || !r.value.retention) return;
      const kept = r.value.retention === "on-cancellation";
      if (kept || !stopsByCancel(c)) {
        out.set(c.liveJobId, kept);
        return;
      }
      const cp = await client.getCheckpoints(c.liveJobId);
      out.set(c.liveJobId, cp.ok && startedFrom(cp.value) !== void 0);
    })
  );
  return out;
});
var refuseByRetention = (function refuseByRetention(plan2, survives) {
  const diags = [];
  for (const c of asked(plan2)) {
    if (survives.get(c.liveJobId) !== false) continue;
    if (!restoresCancelledCheckpoint(c)) {
      diags.push(
        warning(
          PLAN_CODES.checkpointsNotRetained,
          `job ${c.job} is ${c.liveState}: the cancel that stops it deletes its checkpoints, and its state goes with it`,
          `Flink keeps a cancelled job's checkpoints only with ${KEEP}. To keep the state, fix what makes it fail and plan again once it is RUNNING (it then stops with a savepoint).`
        )
      );
      continue;
    }
    const lastState = c.action === "upgrade" && c.strategy === "last-state";
    const summary = lastState ? `job ${c.job} cannot be upgraded last-state: Flink deletes its checkpoints when it is cancelled` : `job ${c.job} is ${c.liveState}: no savepoint possible, and cancelling it would delete its checkpoints`;
    const detail = lastState ? `Apply would refuse it before changing anything. Flink keeps a cancelled job's checkpoints only with ${KEEP}: to switch to last-state, apply the retention with upgradeMode: savepoint first (that upgrade starts the job with it), then set upgradeMode: last-state. Or restoreFrom: <a savepoint of it>.` : `Apply would refuse it before changing anything. Flink keeps a cancelled job's checkpoints only with ${KEEP}. Or set upgradeMode: stateless (starts without state), or restoreFrom: <a savepoint of it>.`;
    c.refused = { code: PLAN_CODES.checkpointsNotRetained, summary, detail };
    plan2.summary = summarize(plan2.changes);
    diags.push(error4(PLAN_CODES.checkpointsNotRetained, summary, detail));
    plan2.diagnostics = plan2.diagnostics.filter(
      (d) => !(d.code === PLAN_CODES.stopByCancel && d.summary.startsWith(`job ${c.job} is `))
    );
  }
  return diags;
});
// src/engine/policy-location.ts
var KEY_OF = {
  [POLICY_CODES.protectedStateless]: "upgradeMode",
  [POLICY_CODES.maxParallelism]: "parallelism"
};
var locatePolicySettings = (function locatePolicySettings(dir, diags) {
  const sources = /* @__PURE__ */ new Map();
  return diags.map((d) => {
    const key = KEY_OF[d.code];
    const r = d.range;
    if (!key || !r?.file.endsWith(".yaml") || r.start.line !== 1 || r.start.column !== 1) return d;
    if (!sources.has(r.file)) {
      try {
        sources.set(r.file, parseYaml(r.file, readFileSync(join2(dir, r.file), "utf8")).value);
      } catch {
        sources.set(r.file, void 0);
      }
    }
    const source = sources.get(r.file);
    const data = source?.data;
    if (!source || data?.[key] === void 0) return d;
    return { ...d, range: source.locate([key], "key") };
  });
});
// src/engine/plan-run.ts
var closeRun = (async function closeRun(run) {
  await Promise.all([run.client?.close(), run.previous?.client.close()]);
});
var runPlan = (async function runPlan(opts) {
  const run = await planOnce(opts);
  if (!run.previous || opts.keepPrevious) return run;
  await run.previous.client.close();
  const { previous: _closed, ...rest } = run;
  return rest;
});
var planOnce = (async function planOnce(opts) {
  (opts.onProgress ?? (() => {
  }))({ stage: "compiling" });
  const compileOptions = { env: opts.env, envVars: opts.envVars };
  if (opts.offline) return planCompiled(opts, compileProject(opts.dir, compileOptions), void 0);
  const offThread = (opts.compileOffThread ?? compileOffThread)(opts.dir, compileOptions);
  let compiledHere = () => {
  };
  const early = observeEarly(
    opts,
    offThread ?? new Promise((resolve7) => compiledHere = resolve7)
  );
  if (early?.connection.client) askCapabilities(opts, early.connection);
  try {
    let compiled;
    if (offThread) compiled = await offThread;
    else {
      if (early?.observed) await new Promise((resolve7) => setImmediate(resolve7));
      try {
        compiled = compileProject(opts.dir, compileOptions);
      } finally {
        compiledHere(compiled ?? { value: void 0, diags: [] });
      }
    }
    return await planCompiled(opts, compiled, early);
  } finally {
    if (early && !early.claimed) await dropObservation(early);
  }
});
var askCapabilities = (function askCapabilities(opts, c) {
  if (!(opts.explain || opts.stateVerdicts) || !c.ready || !c.client || !c.endpoints.sqlGatewayUrl) return;
  c.client.capabilities().catch(() => void 0);
});
var planCompiled = (async function planCompiled(opts, compiled, early) {
  const progress = opts.onProgress ?? (() => {
  });
  const diags = [...compiled.diags];
  const desired = compiled.value;
  if (!desired || hasErrors(diags)) return { secretValues: [], diags: sortDiagnostics(diags) };
  const store = opts.store(desired.project, desired.env);
  progress({ stage: "reading-state", location: store.location });
  const state2 = await readState(store);
  diags.push(...state2.diags);
  if (!state2.value) return { desired, store, secretValues: [], diags: sortDiagnostics(diags) };
  let live = offlineLiveState();
  let client;
  let previous;
  let endpoints;
  let secretValues = [];
  if (!opts.offline) {
    const mine = early?.key === observationKey(desired.project, desired.environment) ? early : void 0;
    if (mine) mine.claimed = true;
    const c = mine?.connection ?? connectEnvironment(opts, desired.environment);
    if (!mine) askCapabilities(opts, c);
    diags.push(...c.diags);
    ({ client, previous, endpoints, secretValues } = c);
    if (!c.ready || !client) {
      await disconnect(c);
      return { desired, store, state: state2.value, secretValues, diags: sortDiagnostics(diags) };
    }
    progress({ stage: "observing", jobmanagerUrl: c.endpoints.jobmanagerUrl });
    const observed = await (mine?.observed ?? observeThrough({ ...c, client }, opts, desired, specHashes(desired.jobs)));
    diags.push(...observed.diags);
    if (hasErrors(observed.diags))
      return {
        desired,
        store,
        state: state2.value,
        client,
        ...previous ? { previous } : {},
        endpoints,
        secretValues,
        diags: sortDiagnostics(diags)
      };
    live = observed.value;
  }
  if (desired.jobs.some((j) => j.settings.planMode === "compiled")) progress({ stage: "compiling-plans" });
  const compiledPlans = await compileJobPlans(opts.offline ? void 0 : client, desired, state2.value.doc, {
    ...live.flinkVersion ? { liveVersion: live.flinkVersion } : {},
    ...opts.concurrency ? { concurrency: opts.concurrency } : {}
  });
  diags.push(...compiledPlans.diags, ...syncCommittedPlans(opts.dir, desired, opts.writePlans === true));
  progress({ stage: "planning" });
  const diffOptions = {
    allowDelete: opts.allowDelete,
    compiled: {
      planErrors: compiledPlans.planErrors,
      ...opts.allowVersionUpgrade ? { allowVersionUpgrade: true } : {}
    },
    ...opts.commit ? { commit: opts.commit } : {},
    ...opts.now ? { now: opts.now } : {},
    ...opts.target ? { target: opts.target } : {},
    ...opts.replace?.length ? { replace: opts.replace } : {}
  };
  let plan2 = diff(desired, live, state2.value, diffOptions);
  const retention = client ? await readRetention(client, plan2) : /* @__PURE__ */ new Map();
  diags.push(...refuseByRetention(plan2, retention));
  const graphsOf = new Set(
    (opts.stateVerdicts ?? opts.explain) && client ? plan2.changes.filter(restoresState).map((c) => c.job) : []
  );
  const starting = (p, skip) => opts.explain && client ? p.changes.filter(
    (c) => (c.action === "create" || c.action === "upgrade") && !c.refused && !skip.has(c.job)
  ) : [];
  const validate2 = async (p, skip) => {
    const jobs = starting(p, skip);
    if (jobs.length === 0 || !client) return [];
    progress({ stage: "explaining", jobs: jobs.length });
    return explainChangedJobs(client, desired, p, { skip });
  };
  const doc = state2.value.doc;
  const graphs = async () => {
    if (graphsOf.size === 0 || !client) return void 0;
    progress({ stage: "state-graphs", jobs: graphsOf.size });
    const options = previous?.gateway ? { previous: previous.client } : {};
    return explainStateGraphs(client, desired, plan2, { state: doc, live }, options);
  };
  const [explained, validated] = await Promise.all([graphs(), validate2(plan2, graphsOf)]);
  diags.push(...validated);
  if (explained && explained.size > 0) {
    plan2 = diff(desired, live, state2.value, { ...diffOptions, explained });
    refuseByRetention(plan2, retention);
  }
  const done = new Set(plan2.changes.map((c) => c.job).filter((j) => !graphsOf.has(j)));
  for (const [job, pair] of explained ?? []) if ("next" in pair) done.add(job);
  diags.push(...await validate2(plan2, done));
  const all = await whileLocked(store, opts.clock, [...diags, ...plan2.diagnostics]);
  plan2.diagnostics = sortDiagnostics(locatePolicySettings(opts.dir, all));
  if (endpoints) plan2.cluster = clusterOf(endpoints, opts);
  return {
    desired,
    live,
    state: state2.value,
    plan: plan2,
    store,
    ...client ? { client } : {},
    ...previous ? { previous } : {},
    ...endpoints ? { endpoints } : {},
    secretValues,
    diags: plan2.diagnostics
  };
});
var whileLocked = (async function whileLocked(store, clock, diags) {
  const codes = /* @__PURE__ */ new Set([PLAN_CODES.pendingOperation, PLAN_CODES.unverified]);
  if (!diags.some((d) => codes.has(d.code))) return diags;
  const lock = await store.lockInfo().catch(() => void 0);
  if (!lock || Date.parse(lock.expires) <= (clock?.now() ?? Date.now()) || lockHolderGone(lock)) return diags;
  const holder = `${lock.who} (${lock.command}${lock.run ? `, run ${lock.run}` : ""}) holds the state lock since ${lock.since}`;
  const after = "This plan was made meanwhile: if that run is still going, plan again once it has finished; if it ended, the next apply finishes what it left.";
  return diags.map(
    (d) => d.code === PLAN_CODES.pendingOperation ? {
      ...d,
      summary: d.summary.replace(
        /^An earlier apply stopped during /,
        "An apply holding the state lock is in (or stopped during) "
      ),
      detail: `${holder}. ${after} ${d.detail}`
    } : d.code === PLAN_CODES.unverified ? {
      ...d,
      detail: `${d.detail.replace(/ and stopped before its health grace period passed\./, ", and has not finished its health check.")} ${holder}: that apply may still be watching it. ${after}`
    } : d
  );
});
var clusterOf = (function clusterOf(endpoints, opts) {
  return {
    jobmanagerUrl: shownUrl2(endpoints.jobmanagerUrl),
    from: opts.endpoints?.jobmanagerUrl ? "option" : opts.envVars.FLINKOPS_JOBMANAGER_URL ? "FLINKOPS_JOBMANAGER_URL" : "flinkops.yaml"
  };
});

import {
  APPLY_CODES,
  execute
} from "./chunk-VYDMWTSJ.mjs";
import {
  maskSecrets
} from "./chunk-WFC65L2V.mjs";
import {
  error as error5,
  hasErrors as hasErrors2
} from "./chunk-OZ4GHFPU.mjs";
// src/engine/logs.ts
var tailLines = (function tailLines(text, lines) {
  const all = text.replace(/\r\n/g, "\n").split("\n");
  while (all.length > 0 && all[all.length - 1].trim() === "") all.pop();
  const n = Math.max(0, Math.floor(lines));
  return { lines: n === 0 ? [] : all.slice(-n), truncated: all.length > n };
});
var fetchJobManagerLog = (async function fetchJobManagerLog(client, opts = {}) {
  const secrets = opts.secrets ?? [];
  if (!client.getJobManagerLog)
    return { lines: [], truncated: false, unavailable: "this client cannot read logs" };
  const r = await client.getJobManagerLog();
  if (!r.ok) {
    const why = r.error.status === 404 ? "the JobManager serves no log file (it may log to stdout only; see your log collector)" : r.error.message;
    return { lines: [], truncated: false, unavailable: maskSecrets(why, secrets) };
  }
  const max = opts.maxLineLength ?? 2e3;
  const tail = tailLines(r.value, opts.lines ?? 50);
  return {
    lines: tail.lines.map((l) => {
      const masked = maskSecrets(l, secrets);
      return masked.length > max ? `${masked.slice(0, max)}\u2026` : masked;
    }),
    truncated: tail.truncated
  };
});
// src/engine/apply-run.ts
var applyPlan = (async function applyPlan(opts) {
  return execute({
    plan: opts.plan,
    desired: opts.desired,
    client: opts.client,
    ...opts.previous ? { previous: opts.previous } : {},
    store: opts.store,
    clock: opts.clock,
    secrets: opts.secrets,
    ...opts.secretValues ? { secretValues: opts.secretValues } : {},
    owner: opts.owner,
    ...opts.hooks ? { hooks: opts.hooks } : {},
    ...opts.parallelism !== void 0 ? { parallelism: opts.parallelism } : {},
    ...opts.commit !== void 0 ? { commit: opts.commit } : {},
    ...opts.timing ? { timing: opts.timing } : {},
    ...opts.stop ? { stop: opts.stop } : {}
  });
});
var runApply = (async function runApply(opts) {
  const { replanIfStale, onReplan, failureLog, ...base } = opts;
  let plan2 = opts.plan;
  let report = await applyPlan(base);
  let replanned = false;
  if (replanIfStale && report.diags.some((d) => d.code === APPLY_CODES.stalePlan)) {
    onReplan?.();
    const previous = opts.previous;
    const again = await runPlan({
      ...replanIfStale,
      keepPrevious: true,
      client: (e) => previous && e.jobmanagerUrl === previous.jobmanagerUrl ? previous.client : opts.client
    });
    if (again.plan && !hasErrors2(again.diags)) {
      plan2 = again.plan;
      replanned = true;
      report = await applyPlan({ ...base, plan: plan2 });
    }
  }
  const failed = report.changes.some((c) => c.outcome === "failed" || c.outcome === "rolled-back");
  const log = failed && failureLog ? await readFailureLog(opts.client, failureLog, opts.secretValues ?? []) : void 0;
  return { plan: plan2, report, replanned, ...log ? { log } : {} };
});
var readFailureLog = (async function readFailureLog(client, log, secretValues) {
  try {
    return await fetchJobManagerLog(client, { ...log, secrets: secretValues });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { lines: [], truncated: false, unavailable: maskSecrets(why, secretValues) };
  }
});
var planMatchesRepository = (function planMatchesRepository(plan2, desired) {
  const diags = [];
  if (plan2.project !== desired.project || plan2.env !== desired.env) {
    diags.push(
      error5(
        APPLY_CODES.planForOtherEnv,
        `the plan is for ${plan2.project}/${plan2.env}, not ${desired.project}/${desired.env}`,
        "Apply it with --env set to the environment it was planned for, from the same repository."
      )
    );
    return diags;
  }
  const byName = new Map(desired.jobs.map((j) => [j.name, j]));
  for (const c of plan2.changes) {
    if (c.action === "delete" && byName.has(c.job)) {
      diags.push(
        error5(
          APPLY_CODES.repositoryChanged,
          `the repository changed since the plan was made (job ${c.job} is back)`,
          "Run flinkops plan again and apply the new plan."
        )
      );
      continue;
    }
    if (!c.to || c.action === "delete" || c.action === "none") continue;
    const job = byName.get(c.job);
    if (!job || job.restartHash !== c.to.specHash || job.settings.parallelism !== c.to.parallelism) {
      diags.push(
        error5(
          APPLY_CODES.repositoryChanged,
          `the repository changed since the plan was made (job ${c.job})`,
          "Run flinkops plan again and apply the new plan."
        )
      );
    }
  }
  return diags;
});

import {
  stateStoreDiagnostics
} from "./chunk-CFMXJB5R.mjs";
import {
  stringOpt
} from "./chunk-TYIICAMC.mjs";
// src/cli/force-unlock.ts
var forceUnlockOption = { "force-unlock": { type: "string" } };
var forceUnlockHelp = "  --force-unlock ID      first remove the lock with this id, left by a run that is gone (its id is in the lock message)";
var forceUnlock = (async function forceUnlock(args, io, store, quiet) {
  const id = stringOpt(args, "force-unlock");
  if (id === void 0) return [];
  try {
    const broken = await store.breakLock(id);
    if (!quiet)
      io.stderr(
        broken ? `Removed the lock ${id} of ${broken.who} (${broken.command} on ${broken.host}) since ${broken.since}.
` : `No lock on ${store.location} to remove.
`
      );
    return [];
  } catch (e) {
    const diags = stateStoreDiagnostics(e);
    if (!diags) throw e;
    return diags;
  }
});

import {
  UsageError,
  stringOpt as stringOpt2
} from "./chunk-TYIICAMC.mjs";
import {
  renderDiagnostics
} from "./chunk-APBTLWMT.mjs";
import {
  maskSecrets as maskSecrets2
} from "./chunk-WFC65L2V.mjs";
import {
  insideRepository
} from "./chunk-6HBNRHRD.mjs";
import {
  hasErrors as hasErrors3
} from "./chunk-OZ4GHFPU.mjs";
import {
  isAbsolute as isAbsolute2,
  join as join3,
  resolve as resolve2
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync as readFileSync2,
  statSync
} from "./chunk-BBGNC7QM.mjs";
// src/cli/context.ts
var projectDir = (function projectDir(args, io) {
  const dir = stringOpt2(args, "dir") ?? io.env.FLINKOPS_DIR ?? ".";
  return isAbsolute2(dir) ? dir : resolve2(io.cwd, dir);
});
var givenEnv = (function givenEnv(args, io) {
  return stringOpt2(args, "env") || io.env.FLINKOPS_ENV || void 0;
});
var chooseEnv = (function chooseEnv(args, io, environments) {
  const env = givenEnv(args, io);
  if (env !== void 0) return env;
  if (environments.length === 1) return environments[0];
  throw new UsageError(
    environments.length ? `choose an environment with --env (${environments.join(", ")})` : "flinkops.yaml defines no environments"
  );
});
var sourcesOf = (function sourcesOf(dir, diags) {
  const out = /* @__PURE__ */ new Map();
  for (const d of diags) {
    const file = d.range?.file;
    if (!file || out.has(file)) continue;
    try {
      const path = join3(dir, file);
      if (!insideRepository(dir, path)) continue;
      const st = statSync(path);
      if (!st.isFile() || st.size > 1024 * 1024) continue;
      out.set(file, readFileSync2(path, "utf8"));
    } catch {
    }
  }
  return out;
});
var reportDiagnostics = (function reportDiagnostics(io, dir, diags) {
  if (diags.length) io.stderr(renderDiagnostics(diags, { color: io.color, sources: sourcesOf(dir, diags) }));
  return hasErrors3(diags);
});
var mask = (function mask(text, secrets) {
  return maskSecrets2(text, secrets);
});

import {
  loadAndValidate
} from "./chunk-BD6ZRVQT.mjs";
import {
  parse
} from "./chunk-SIW47MSI.mjs";
import {
  join as join4
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync as readFileSync3,
  statSync as statSync2
} from "./chunk-BBGNC7QM.mjs";
// src/cli/commands/project-envs.ts
var environmentsOf = (function environmentsOf(dir) {
  try {
    const path = join4(dir, "flinkops.yaml");
    if (!statSync2(path).isFile()) return [];
    const doc = parse(readFileSync3(path, "utf8"));
    return doc && typeof doc.environments === "object" && doc.environments ? Object.keys(doc.environments) : [];
  } catch {
    return [];
  }
});
var commandEnv = (function commandEnv(args, io, dir, json) {
  const given = givenEnv(args, io);
  if (given !== void 0) return given;
  const names = environmentsOf(dir);
  if (names.length === 0) {
    const errors = loadAndValidate(dir, { envVars: io.env }).diags.filter((d) => d.severity === "error");
    if (errors.length > 0) {
      if (json) io.stdout(`${JSON.stringify({ diagnostics: errors }, null, 2)}
`);
      else reportDiagnostics(io, dir, errors);
      return void 0;
    }
  }
  return chooseEnv(args, io, names);
});

import {
  shownUrl as shownUrl3
} from "./chunk-BD6ZRVQT.mjs";
// src/render/progress.ts
var describeEngineProgress = (function describeEngineProgress(p) {
  switch (p.stage) {
    case "compiling":
      return "compiling";
    case "reading-state":
      return `reading state (${p.location})`;
    case "observing":
      return `observing ${shownUrl3(p.jobmanagerUrl)}`;
    case "compiling-plans":
      return "compiling plans (planMode: compiled)";
    case "planning":
      return "planning";
    case "state-graphs":
      return `asking Flink's planner for the stream graphs of ${p.jobs} restart(s)`;
    case "explaining":
      return `validating ${p.jobs} changed job(s) against the cluster's planner`;
    case "reading-health":
      return "reading health data";
    case "test-case":
      return `${p.job} / ${p.test} (${p.mode})`;
    case "test-query":
      return `${p.job} / ${p.test}: ${p.sink}`;
  }
});
var lockWaitLine = (function lockWaitLine(holder, timeoutMs) {
  return `waiting for the state lock: held by ${holder.who} (${holder.command} on ${holder.host}) since ${holder.since}; waiting up to ${(timeoutMs / 1e3).toFixed(1)}s`;
});

import {
  systemClock as systemClock3
} from "./chunk-GSLRF5EB.mjs";
import {
  UsageError as UsageError2,
  intOpt,
  stringOpt as stringOpt3
} from "./chunk-TYIICAMC.mjs";
import {
  dirname as dirname3,
  isAbsolute as isAbsolute3,
  join as join5,
  resolve as resolve3
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync as readFileSync4,
  statSync as statSync3
} from "./chunk-BBGNC7QM.mjs";
// src/cli/git-head.ts
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function read(path) {
  try {
    return readFileSync4(path, "utf8");
  } catch {
    return void 0;
  }
}
var gitDir = (function gitDir(dir) {
  for (let d = resolve3(dir); ; d = dirname3(d)) {
    const dotGit = join5(d, ".git");
    let isDir;
    try {
      isDir = statSync3(dotGit).isDirectory();
    } catch {
      isDir = void 0;
    }
    if (isDir) return dotGit;
    if (isDir === false) {
      const m2 = /^gitdir: (.+)$/m.exec(read(dotGit) ?? "");
      if (!m2) return void 0;
      const p = m2[1].trim();
      return isAbsolute3(p) ? p : resolve3(d, p);
    }
    if (dirname3(d) === d) return null;
  }
});
var lookupRef = (function lookupRef(git, common, ref) {
  for (const base of [git, common]) {
    const loose = read(join5(base, ref))?.trim();
    if (loose !== void 0) return SHA.test(loose) ? loose : void 0;
  }
  for (const line of (read(join5(common, "packed-refs")) ?? "").split("\n")) {
    const [sha, name] = line.split(" ");
    if (name === ref && sha && SHA.test(sha)) return sha;
  }
  return void 0;
});
var headCommit = (function headCommit(dir) {
  const git = gitDir(dir);
  if (git === null) return null;
  if (!git) return void 0;
  const head = read(join5(git, "HEAD"))?.trim();
  if (!head) return void 0;
  if (SHA.test(head)) return head;
  const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  if (!ref) return void 0;
  const commonFile = read(join5(git, "commondir"))?.trim();
  const common = commonFile ? resolve3(git, commonFile) : git;
  return lookupRef(git, common, ref);
});
// src/cli/cluster-options.ts
var clusterOptions = {
  "jobmanager-url": { type: "string" },
  "sql-gateway-url": { type: "string" },
  "state-file": { type: "string" },
  concurrency: { type: "string" },
  "ca-file": { type: "string" },
  "insecure-skip-verify": { type: "boolean" }
};
var clusterHelp = [
  "  --jobmanager-url URL   JobManager REST endpoint (else FLINKOPS_JOBMANAGER_URL, else flinkops.yaml)",
  "  --sql-gateway-url URL  SQL Gateway REST endpoint (else FLINKOPS_SQL_GATEWAY_URL, else flinkops.yaml)",
  "  --state-file PATH      state store file (default .flinkops/state/<env>.json in the project)",
  "  --concurrency N        cluster requests in flight at once while observing (default 16)",
  "  --ca-file PEM          CA certificate(s) the cluster endpoints are signed with (else FLINKOPS_CA_FILE)",
  "  --insecure-skip-verify do not verify the endpoints' TLS certificates (testing only)"
];
var endpointHelp = clusterHelp.filter((l) => /gateway|jobmanager|ca-file|insecure/.test(l));
var tlsOptions = (function tlsOptions(args, io) {
  const caFile = stringOpt3(args, "ca-file") ?? io.env.FLINKOPS_CA_FILE;
  const skip = args.values["insecure-skip-verify"] === true || io.env.FLINKOPS_INSECURE_SKIP_VERIFY === "true";
  if (!caFile && !skip) return void 0;
  let ca;
  if (caFile) {
    try {
      ca = readFileSync4(isAbsolute3(caFile) ? caFile : resolve3(io.cwd, caFile), "utf8");
    } catch {
      throw new UsageError2(`cannot read the CA file ${caFile}`);
    }
  }
  return { ...ca ? { ca } : {}, ...skip ? { insecureSkipVerify: true } : {} };
});
var endpointOverrides = (function endpointOverrides(args) {
  const jm = stringOpt3(args, "jobmanager-url");
  const gw = stringOpt3(args, "sql-gateway-url");
  return { ...jm ? { jobmanagerUrl: jm } : {}, ...gw ? { sqlGatewayUrl: gw } : {} };
});
var fileStore = (function fileStore(args, io, dir) {
  const path = stringOpt3(args, "state-file") ?? io.env.FLINKOPS_STATE_FILE;
  return (project, env) => new FileStateStore({
    dir,
    project,
    env,
    clock: systemClock3,
    ...path ? { path: isAbsolute3(path) ? path : resolve3(io.cwd, path) } : {}
  });
});
function concurrency(args) {
  return intOpt(args, "concurrency", 16);
}
var secretSource = (function secretSource(io) {
  return (name) => io.env[`FLINKOPS_SECRET_${name}`] ?? io.env[name];
});
var currentCommit = (function currentCommit(args, io, dir) {
  const given = stringOpt3(args, "commit") ?? io.env.GITHUB_SHA;
  if (given) return given;
  const head = headCommit(dir);
  if (head) return head;
  if (head === null && io.env.GIT_DIR === void 0) return void 0;
  try {
    const { execFileSync } = process.getBuiltinModule("node:child_process");
    return execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: dir,
      env: io.env,
      stdio: ["ignore", "pipe", "ignore"]
    }).toString().trim();
  } catch {
    return void 0;
  }
});
var progressPrinter = (function progressPrinter(io, quiet) {
  if (quiet) return () => {
  };
  return (p) => {
    const message3 = describeEngineProgress(p);
    io.stderr(io.color ? `\x1B[2m\u2026 ${message3}\x1B[22m
` : `\u2026 ${message3}
`);
  };
});
var clusterRun = (function clusterRun(args, io, dir, env) {
  const tls = tlsOptions(args, io);
  return {
    dir,
    env,
    envVars: io.env,
    secrets: secretSource(io),
    endpoints: endpointOverrides(args),
    ...tls ? { tls } : {},
    concurrency: concurrency(args),
    store: fileStore(args, io, dir)
  };
});
var jobSecretValues = (function jobSecretValues(desired, secrets) {
  const lookup = (n) => typeof secrets === "function" ? secrets(n) : secrets[n];
  const names = new Set((desired?.jobs ?? []).flatMap((j) => j.secrets));
  return [...names].map(lookup).filter((v) => v !== void 0 && v.length > 0);
});
var owner = (function owner(io) {
  if (io.env.GITHUB_ACTOR)
    return `${io.env.GITHUB_ACTOR} (GitHub Actions run ${io.env.GITHUB_RUN_ID ?? "?"})`;
  try {
    return process.getBuiltinModule("node:os").userInfo().username;
  } catch {
    return "unknown";
  }
});

import {
  hasChanges,
  renderPlanJson,
  renderPlanTerminal,
  unknownTargets
} from "./chunk-VYDMWTSJ.mjs";

import {
  UsageError as UsageError3
} from "./chunk-TYIICAMC.mjs";
import {
  dirname as dirname4,
  join as join6,
  resolve as resolve4
} from "./chunk-KBTCQ2CM.mjs";
import {
  existsSync as existsSync2,
  mkdirSync as mkdirSync2,
  statSync as statSync4,
  writeFileSync as writeFileSync2
} from "./chunk-BBGNC7QM.mjs";
// src/cli/output-file.ts
var writeFailure = (function writeFailure(e, shown, what, example) {
  const code = e?.code;
  switch (code) {
    case "EISDIR":
      return `${shown} is a folder: give the path of a file${example ? `, e.g. ${join6(shown, example)}` : ""}`;
    case "ENOENT": {
      const at = e.path ?? shown;
      return existsSync2(dirname4(at)) ? `${at} cannot be made in ${dirname4(at)} (a link to nowhere, or a folder that takes no new ${what}s)` : `the folder ${dirname4(shown)} does not exist: create it first`;
    }
    case "ENOTDIR":
    case "EEXIST":
      return what === "folder" ? `${shown} (or a folder above it) is a file, not a folder` : `a part of ${dirname4(shown)} is a file, not a folder`;
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "the disk is full";
    default:
      return e instanceof Error ? e.message : String(e);
  }
});
var writeOutputFile = (function writeOutputFile(option, shown, path, text, example) {
  try {
    writeFileSync2(path, text);
  } catch (e) {
    throw new UsageError3(`cannot write --${option} ${shown}: ${writeFailure(e, shown, "file", example)}`);
  }
});

import {
  EXIT,
  UsageError as UsageError4,
  boolOpt,
  parseCommandArgs,
  stringOpt as stringOpt4
} from "./chunk-TYIICAMC.mjs";
import {
  didYouMean
} from "./chunk-KJBHHIZS.mjs";
import {
  hasErrors as hasErrors4
} from "./chunk-OZ4GHFPU.mjs";
import {
  isAbsolute as isAbsolute4,
  relative as relative2,
  resolve as resolve5
} from "./chunk-KBTCQ2CM.mjs";
// src/cli/commands/plan.ts
var planOptions = {
  ...clusterOptions,
  out: { type: "string", short: "o" },
  offline: { type: "boolean" },
  "allow-delete": { type: "boolean" },
  "allow-version-upgrade": { type: "boolean" },
  "write-plans": { type: "boolean" },
  "detailed-exitcode": { type: "boolean" },
  now: { type: "string" },
  commit: { type: "string" },
  verbose: { type: "boolean", short: "v" },
  target: { type: "string", multiple: true },
  replace: { type: "string", multiple: true }
};
var jobList = (function jobList(args, option) {
  const v = args.values[option];
  const jobs = (Array.isArray(v) ? v : typeof v === "string" ? [v] : []).flatMap((x) => x.split(",")).map((x) => x.trim()).filter(Boolean);
  return [...new Set(jobs)].sort();
});
var replaceOpt = (function replaceOpt(args) {
  const jobs = jobList(args, "replace");
  return jobs.length > 0 ? jobs : void 0;
});
var checkReplacements = (function checkReplacements(plan2, replace) {
  const jobs = [...plan2.changes, ...plan2.target?.omitted ?? []].map((c) => c.job);
  const unknown = replace.filter((j) => !jobs.includes(j));
  if (unknown.length === 0) return;
  const hint = unknown.length === 1 ? didYouMean(unknown[0], jobs) : void 0;
  throw new UsageError4(
    `--replace names no job of ${plan2.project}/${plan2.env}: ${unknown.join(", ")}${hint ? `; did you mean ${hint}?` : ""}`
  );
});
var targetOpt = (function targetOpt(args) {
  const jobs = jobList(args, "target");
  return jobs.length > 0 ? { jobs } : void 0;
});
var checkTargets = (function checkTargets(plan2) {
  const unknown = unknownTargets(plan2);
  if (unknown.length === 0) return;
  const jobs = [...plan2.changes, ...plan2.target?.omitted ?? []].map((c) => c.job);
  const hint = unknown.length === 1 ? didYouMean(unknown[0], jobs) : void 0;
  throw new UsageError4(
    `--target names no job of ${plan2.project}/${plan2.env}: ${unknown.join(", ")}${hint ? `; did you mean ${hint}?` : ""}`
  );
});
var planInstant = (function planInstant(value) {
  if (value === void 0) return (/* @__PURE__ */ new Date()).toISOString();
  const t = Date.parse(value);
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim());
  if (Number.isNaN(t) || !zoned)
    throw new UsageError4(
      `--now must be an ISO-8601 instant with a zone, such as 2026-01-05T08:00:00Z or 2026-01-05T09:00:00+01:00, got '${value}'`
    );
  return new Date(t).toISOString();
});
var planCommand = {
  help: [
    "Usage: flinkops plan [--env NAME] [--dir DIR] [--json] [--out FILE] [--detailed-exitcode] [--offline]",
    "",
    "Compiles the repository, observes the cluster and reads the state store, then shows one action per",
    "job: create, upgrade, rescale, suspend, resume, recover, delete, adopt or none. Jobs it would create",
    "or upgrade are checked by the cluster's planner first (EXPLAIN on the SQL Gateway, nothing submitted).",
    "  --env NAME             the environment (required when flinkops.yaml defines several)",
    "  --out FILE             save the plan as JSON, for `flinkops apply FILE`",
    "  --json                 print the plan as JSON",
    "  --detailed-exitcode    exit 0 without changes, 2 with changes, 1 on error (as terraform plan)",
    "  --offline              plan against the state store alone, without the cluster",
    "  --allow-delete         plan deletions of jobs removed from the repository as allowed",
    "  --allow-version-upgrade  start planMode: script jobs on a new Flink version from their",
    "                         savepoint although their state verdict is unknown",
    "  --write-plans          write each planMode: compiled job's plan to plans/<env>/<job>.json",
    "                         (the exact bytes Flink executes), for review in the pull request",
    "  --now ISO-8601         plan as if run at that instant (schedules)",
    "  --commit SHA           commit recorded in labels (default: GITHUB_SHA or git HEAD)",
    "  --verbose              show the full SQL diff of every changed job",
    "  --target JOB           plan only this job (repeatable); the plan says what it leaves out",
    "  --replace JOB          restart this running job with the repository's script, from a",
    "                         savepoint, though nothing changed (repeatable), e.g. an adopted job",
    ...clusterHelp
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, planOptions);
    const dir = projectDir(args, io);
    const json = boolOpt(args, "json");
    const env = commandEnv(args, io, dir, json);
    if (env === void 0) return EXIT.error;
    const commit = currentCommit(args, io, dir);
    const target = targetOpt(args);
    const replace = replaceOpt(args);
    const run = await runPlan({
      ...clusterRun(args, io, dir, env),
      offline: boolOpt(args, "offline"),
      explain: true,
      allowDelete: boolOpt(args, "allow-delete"),
      allowVersionUpgrade: boolOpt(args, "allow-version-upgrade"),
      writePlans: boolOpt(args, "write-plans"),
      checkpoints: "for-restarts",
      now: planInstant(stringOpt4(args, "now")),
      ...commit ? { commit } : {},
      ...target ? { target } : {},
      ...replace ? { replace } : {},
      onProgress: progressPrinter(io, json || !io.isTTY)
    });
    await run.client?.close();
    const plan2 = run.plan;
    if (plan2 && target) checkTargets(plan2);
    if (plan2 && replace) checkReplacements(plan2, replace);
    if (!plan2) {
      if (json) io.stdout(`${mask(JSON.stringify({ diagnostics: run.diags }, null, 2), run.secretValues)}
`);
      else
        reportDiagnostics(
          io,
          dir,
          run.diags.map((d) => ({
            ...d,
            detail: mask(d.detail, run.secretValues),
            summary: mask(d.summary, run.secretValues)
          }))
        );
      return EXIT.error;
    }
    const failed = hasErrors4(run.diags);
    const out = failed ? void 0 : stringOpt4(args, "out");
    if (out)
      writeOutputFile(
        "out",
        out,
        isAbsolute4(out) ? out : resolve5(io.cwd, out),
        renderPlanJson(plan2),
        "plan.json"
      );
    if (json) io.stdout(mask(renderPlanJson(plan2), run.secretValues));
    else {
      const text = renderPlanTerminal(plan2, {
        color: io.color,
        verbose: boolOpt(args, "verbose"),
        sources: sourcesOf(dir, plan2.diagnostics)
      });
      io.stdout(mask(text, run.secretValues));
      if (out)
        io.stdout(
          plan2.offline ? `
Saved the plan to ${out}. It was made offline: plan against the cluster to get a plan apply accepts.
` : `
Saved the plan to ${out}. Apply it with: ${applyCommandLine(args, io, dir, out)}
`
        );
    }
    if (failed) {
      if (stringOpt4(args, "out"))
        io.stderr(`
The plan was not saved to ${stringOpt4(args, "out")}: it has errors.
`);
      return EXIT.error;
    }
    if (!boolOpt(args, "detailed-exitcode")) return EXIT.ok;
    return hasChanges(plan2) ? EXIT.changes : EXIT.ok;
  }
};
function applyCommandLine(args, io, dir, planFile) {
  const words = ["flinkops", "apply", planFile];
  const rel = relative2(io.cwd, dir);
  if (rel !== "" && !io.env.FLINKOPS_DIR)
    words.push("--dir", rel.startsWith("..") || isAbsolute4(rel) ? dir : rel);
  for (const k of ["jobmanager-url", "sql-gateway-url", "state-file", "ca-file"]) {
    const v = stringOpt4(args, k);
    if (v !== void 0) words.push(`--${k}`, v);
  }
  if (boolOpt(args, "insecure-skip-verify")) words.push("--insecure-skip-verify");
  return words.map(shellWord).join(" ");
}
function shellWord(w) {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", "'\\''")}'`;
}

import {
  APPLY_CODES as APPLY_CODES2,
  PLAN_FORMAT_VERSION,
  applyFailed,
  describeStep,
  describeSteps,
  explainJson,
  hasChanges as hasChanges2,
  renderApplyReport,
  renderFailureDetails,
  renderPlanTerminal as renderPlanTerminal2,
  toSteps
} from "./chunk-VYDMWTSJ.mjs";
import "./chunk-6SNCNCAP.mjs";
import "./chunk-VTGO4RAQ.mjs";
import "./chunk-CFMXJB5R.mjs";
import "./chunk-U3JZYZS7.mjs";

// flinkops-builtin:node:os
var m = process.getBuiltinModule("node:os");
var __flinkopsGet = (k) => m[k];
var hostname = /* @__PURE__ */ __flinkopsGet("hostname");

import {
  systemClock as systemClock4
} from "./chunk-GSLRF5EB.mjs";
import {
  EXIT as EXIT2,
  UsageError as UsageError5,
  boolOpt as boolOpt2,
  durationOpt,
  intOpt as intOpt2,
  parseCommandArgs as parseCommandArgs2,
  stringOpt as stringOpt5
} from "./chunk-TYIICAMC.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-VT7LOJPP.mjs";
import {
  runGraceful
} from "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-RBLKXIE6.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-BD6ZRVQT.mjs";
import {
  parseWithLibrary
} from "./chunk-6HBNRHRD.mjs";
import "./chunk-W3ZXCQCG.mjs";
import {
  LineIndex as LineIndex3
} from "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import {
  error as error6,
  hasErrors as hasErrors5
} from "./chunk-OZ4GHFPU.mjs";
import {
  isAbsolute as isAbsolute5,
  resolve as resolve6
} from "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import {
  readFileSync as readFileSync5
} from "./chunk-BBGNC7QM.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
// flinkops-generated:virtual:flinkops-plan-validator
var planValidators = (function planValidators2(exports) {
  "use strict";
  const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://flinkops.dev/schemas/plan.schema.json", "title": "flinkops plan", "description": "What `flinkops plan --json` prints and `flinkops apply <plan>` reads: one change per job, computed by a pure diff of the desired state (the repo), the live state (the cluster) and the state store. Reasons and causes are for people; apply acts on action, strategy, rescaleMode, restoreFrom, from/to and refused only.", "type": "object", "required": ["formatVersion", "project", "env", "offline", "stateVersion", "liveFingerprint", "changes", "summary", "affected", "lineage", "diagnostics"], "additionalProperties": false, "properties": { "formatVersion": { "description": "Version of this format; a reader refuses a version it does not know.", "const": 1 }, "project": { "description": "Project name (flinkops.yaml `project`).", "$ref": "#/$defs/identifier" }, "env": { "description": "Environment the plan is for.", "$ref": "#/$defs/identifier" }, "commit": { "description": "Commit the desired state was compiled from.", "type": "string" }, "offline": { "description": "Planned without looking at the cluster.", "type": "boolean" }, "cluster": { "description": "The JobManager the plan observed (credentials left out), and where its URL came from; a saved plan applies only there.", "type": "object", "required": ["jobmanagerUrl", "from"], "additionalProperties": false, "properties": { "jobmanagerUrl": { "description": "JobManager REST URL, without credentials.", "type": "string" }, "from": { "description": "Where the URL came from: the environment in flinkops.yaml, the FLINKOPS_JOBMANAGER_URL variable, or an option of the run.", "enum": ["flinkops.yaml", "FLINKOPS_JOBMANAGER_URL", "option"] } } }, "stateVersion": { "description": "State store version the plan was computed against; apply refuses a plan older than the store.", "type": "integer", "minimum": 0 }, "liveFingerprint": { "description": "Fingerprint of the live state the plan was computed against; apply refuses a plan when the cluster changed since.", "type": "string" }, "target": { "description": "Present on a targeted plan (`-target`; a scheduled run targets `schedule` causes): it keeps only the changes of the target, and its summary, affected tables and lineage are of those. Apply carries out the plan as it is; it never looks at the target.", "type": "object", "required": ["omitted"], "additionalProperties": false, "properties": { "jobs": { "description": "Only these jobs.", "type": "array", "items": { "$ref": "#/$defs/identifier" } }, "causes": { "description": "Only the changes (never `none`) with a cause of one of these kinds.", "type": "array", "items": { "enum": ["script", "setting", "table", "udf", "state", "schedule", "drift", "cluster", "repo", "request"] } }, "omitted": { "description": "Changes an untargeted plan would make (not refused, not `none`) that the target left out.", "type": "array", "items": { "type": "object", "required": ["job", "action"], "additionalProperties": false, "properties": { "job": { "description": "The job left out.", "type": "string" }, "action": { "description": "What an untargeted plan does to it.", "enum": ["create", "upgrade", "rescale", "suspend", "resume", "recover", "delete", "adopt"] } } } } } }, "changes": { "description": "One entry per job, sorted by job name; `none` included (a targeted plan: the targeted changes only).", "type": "array", "items": { "$ref": "#/$defs/jobChange" } }, "summary": { "description": "Number of changes apply carries out, per action: a refused change is not counted.", "type": "object", "required": ["create", "upgrade", "rescale", "suspend", "resume", "recover", "delete", "adopt", "none"], "additionalProperties": false, "properties": { "create": { "description": "Number of `create` changes: jobs to submit for the first time.", "$ref": "#/$defs/count" }, "upgrade": { "description": "Number of `upgrade` changes: jobs to restart with a changed script or restart-needing setting.", "$ref": "#/$defs/count" }, "rescale": { "description": "Number of `rescale` changes: jobs whose parallelism alone changes.", "$ref": "#/$defs/count" }, "suspend": { "description": "Number of `suspend` changes: jobs to stop with a savepoint (state: suspended, or outside their schedule window).", "$ref": "#/$defs/count" }, "resume": { "description": "Number of `resume` changes: suspended jobs to start again from their last savepoint.", "$ref": "#/$defs/count" }, "recover": { "description": "Number of `recover` changes: jobs FAILED or CANCELED on the cluster against the repository, to start again.", "$ref": "#/$defs/count" }, "delete": { "description": "Number of `delete` changes: jobs removed from the repository, to stop with a final savepoint.", "$ref": "#/$defs/count" }, "adopt": { "description": "Number of `adopt` changes: running jobs with the managed name but no labels, to take over without a restart.", "$ref": "#/$defs/count" }, "none": { "description": "Number of `none` changes: jobs with nothing to do.", "$ref": "#/$defs/count" } } }, "versionUpgrades": { "description": "Present when jobs start on the cluster's Flink version from state another version wrote (a move to a new release): one entry per version that state was written by, with the jobs by plan mode and their version verdicts. Each job's own `versionUpgrade` says why.", "type": "array", "items": { "type": "object", "required": ["from", "to", "move", "compiled", "script"], "additionalProperties": false, "properties": { "from": { "description": "Flink version (major.minor) the jobs' state was written by.", "type": "string" }, "to": { "description": "Flink version (major.minor) of the cluster they start on.", "type": "string" }, "move": { "description": "The jobs move from the cluster `moveFrom` names; otherwise they restart on this environment's cluster.", "type": "boolean" }, "compiled": { "description": "Jobs in `planMode: compiled`, started from the plan their state was written with, by job name.", "type": "array", "items": { "$ref": "#/$defs/versionUpgradeJob" } }, "script": { "description": "Jobs in `planMode: script`, planned anew by the new release, by job name.", "type": "array", "items": { "$ref": "#/$defs/versionUpgradeJob" } } } } }, "affected": { "description": "Tables and UDFs whose change forces job changes.", "type": "array", "items": { "type": "object", "required": ["kind", "name", "jobs"], "additionalProperties": false, "properties": { "kind": { "description": "Whether a table or a UDF changed.", "enum": ["table", "udf"] }, "name": { "description": "Name of the table or UDF.", "type": "string" }, "jobs": { "description": "Jobs that use it and change with it.", "type": "array", "items": { "type": "string" } } } } }, "lineage": { "description": "The changed jobs and the tables, views and UDFs they read, write and call.", "type": "object", "required": ["nodes", "edges"], "additionalProperties": false, "properties": { "nodes": { "description": "The changed jobs and what they read, write and call.", "type": "array", "items": { "type": "object", "required": ["id", "kind", "label", "changed"], "additionalProperties": false, "properties": { "id": { "description": "`<kind>:<name>`.", "type": "string", "pattern": "^(job|table|view|udf):" }, "kind": { "description": "What the node is.", "enum": ["job", "table", "view", "udf"] }, "label": { "description": "Name shown for the node.", "type": "string" }, "changed": { "description": "The node itself changes in this plan.", "type": "boolean" } } } }, "edges": { "description": "Data flows between the nodes.", "type": "array", "items": { "description": "Data flows from `from` to `to` (a table into the job reading it, a job into its sink).", "type": "object", "required": ["from", "to"], "additionalProperties": false, "properties": { "from": { "description": "Id of the node the data comes from.", "type": "string" }, "to": { "description": "Id of the node the data goes to.", "type": "string" } } } } } }, "diagnostics": { "description": "Every error, warning and note found while planning, located in the repository.", "type": "array", "items": { "$ref": "#/$defs/diagnostic" } } }, "$defs": { "versionUpgradeJob": { "title": "A job in a version upgrade", "description": "One job starting on another Flink version, and its version verdict.", "type": "object", "required": ["job", "verdict"], "additionalProperties": false, "properties": { "job": { "description": "The job.", "$ref": "#/$defs/identifier" }, "verdict": { "description": "Whether its state restores on the new version: from the same compiled plan, from both releases' planners (a move with moveFrom.sqlGatewayUrl), or unknown.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "refused": { "description": "The code of the diagnostic refusing its start (FO641: an unknown verdict needing allowNonRestoredState or --allow-version-upgrade; FO640: the new release refuses its plan); absent when it starts.", "type": "string" } } }, "identifier": { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "count": { "title": "Number of jobs", "type": "integer", "minimum": 0 }, "action": { "title": "Action", "enum": ["create", "upgrade", "rescale", "suspend", "resume", "recover", "delete", "adopt", "none"] }, "jobChange": { "title": "Change of one job", "type": "object", "required": ["job", "pipelineName", "action", "reason", "causes"], "additionalProperties": false, "properties": { "job": { "description": "Job name (the file name jobs/<name>.sql).", "$ref": "#/$defs/identifier" }, "pipelineName": { "description": "`<project>.<env>.<job>`.", "type": "string" }, "action": { "description": "What apply does to the job.", "$ref": "#/$defs/action" }, "strategy": { "description": "upgrade: how state is carried over.", "enum": ["savepoint", "last-state", "stateless"] }, "rescaleMode": { "description": "rescale: in place (adaptive scheduler, Flink 1.18+) or through a savepoint restart.", "enum": ["in-place", "savepoint-restart"] }, "reason": { "description": "One line for display.", "type": "string" }, "causes": { "description": "What changed to cause the action; for people only.", "type": "array", "items": { "$ref": "#/$defs/cause" } }, "liveJobId": { "description": "The live job the change acts on.", "type": "string" }, "liveState": { "description": "Flink job status of that job.", "type": "string" }, "verify": { "description": "none: the live job was started by an apply that stopped before its health check passed; apply finishes the check.", "type": "object", "required": ["jobId"], "additionalProperties": false, "properties": { "jobId": { "description": "The job whose health check is still to finish.", "type": "string" } } }, "restoreFrom": { "description": "Savepoint or checkpoint the new job starts from, when known at plan time.", "type": "string" }, "from": { "description": "The job as deployed (from the labels on the cluster or the state store); absent for a new job.", "type": "object", "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed job.", "type": "string" }, "parallelism": { "description": "Parallelism of the deployed job.", "type": "integer", "minimum": 1 } } }, "to": { "description": "The job as the repository wants it.", "type": "object", "required": ["specHash", "parallelism"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the compiled script and its restart-needing settings.", "type": "string" }, "parallelism": { "description": "Parallelism the job will run with.", "type": "integer", "minimum": 1 } } }, "compatibility": { "description": "upgrade: whether the new query can restore the old state.", "$ref": "#/$defs/compatibility" }, "sqlDiff": { "description": "Unified diff of the compiled scripts (secret placeholders only).", "type": "string" }, "compiledPlan": { "description": "planMode: compiled \u2014 the plan file the job starts from with EXECUTE PLAN, and what changed in its ExecNodes since the plan the job last ran.", "type": "object", "required": ["path", "sha256"], "additionalProperties": false, "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "execNodes": { "description": "ExecNodes added, removed and changed (type: description), and how many stayed the same.", "type": "object", "required": ["added", "removed", "changed", "unchanged"], "additionalProperties": false, "properties": { "added": { "description": "ExecNodes only the new plan has.", "type": "array", "items": { "type": "string" } }, "removed": { "description": "ExecNodes only the old plan had.", "type": "array", "items": { "type": "string" } }, "changed": { "description": "ExecNodes both have, with another version, inputs or settings.", "type": "array", "items": { "type": "string" } }, "unchanged": { "description": "How many ExecNodes are the same.", "type": "integer", "minimum": 0 } } } } }, "move": { "description": "The live job runs on the cluster the environment moves away from (moveFrom): apply stops it there and starts its successor on the environment's cluster.", "type": "object", "additionalProperties": false, "required": ["from"], "properties": { "from": { "description": "JobManager URL of the cluster being left (user info removed).", "type": "string" }, "fromVersion": { "description": "Flink version of that cluster, as its JobManager reports it.", "type": "string" } } }, "versionUpgrade": { "description": "The job starts on another Flink version than the one its state was written by, and whether that state restores.", "type": "object", "required": ["from", "to", "verdict", "findings", "advice"], "additionalProperties": false, "properties": { "from": { "description": "Flink version (major.minor) the state was written by.", "type": "string" }, "to": { "description": "Flink version (major.minor) of the cluster the job starts on.", "type": "string" }, "verdict": { "description": "Whether the state restores on the new version.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "findings": { "description": "Why the verdict is what it is.", "type": "array", "items": { "type": "string" } }, "advice": { "description": "What the user can do.", "type": "array", "items": { "type": "string" } }, "blocked": { "description": "Why the start must not happen as planned (the change is refused).", "type": "object", "required": ["reason", "summary", "detail"], "additionalProperties": false, "properties": { "reason": { "description": "plan-refused: the new release does not load the plan; unconfirmed: an unknown restore nobody confirmed.", "enum": ["plan-refused", "unconfirmed"] }, "summary": { "description": "One line.", "type": "string" }, "detail": { "description": "What to do.", "type": "string" } } } } }, "refused": { "description": "The change is wanted but not allowed; apply skips it.", "type": "object", "required": ["code", "summary", "detail"], "additionalProperties": false, "properties": { "code": { "description": "Diagnostic code of the refusal.", "type": "string", "pattern": "^FO[0-9]{3}$" }, "summary": { "description": "One line saying what is refused.", "type": "string" }, "detail": { "description": "What to do to allow the change.", "type": "string" } } } }, "allOf": [{ "if": { "properties": { "action": { "const": "upgrade" } } }, "then": { "properties": { "strategy": true, "compatibility": true }, "required": ["strategy", "compatibility"] } }, { "if": { "properties": { "action": { "const": "rescale" } } }, "then": { "properties": { "rescaleMode": true }, "required": ["rescaleMode"] } }, { "if": { "properties": { "action": { "enum": ["create", "upgrade", "rescale", "resume", "recover"] } } }, "then": { "properties": { "to": true }, "required": ["to"] } }] }, "cause": { "title": "Cause", "description": "Why a change is planned; for people only.", "type": "object", "required": ["kind", "path"], "additionalProperties": false, "properties": { "kind": { "description": "What kind of thing changed.", "enum": ["script", "setting", "table", "udf", "state", "schedule", "drift", "cluster", "repo", "request"] }, "path": { "description": "What changed: a setting path (`parallelism`, `config.table.exec.state.ttl`), a table or UDF name, a file.", "type": "string" }, "from": { "description": "The value before, when there is one to show.", "type": "string" }, "to": { "description": "The value after, when there is one to show.", "type": "string" } } }, "compatibility": { "title": "State compatibility", "type": "object", "required": ["verdict", "findings", "advice"], "additionalProperties": false, "properties": { "verdict": { "description": "Whether the savepoint of the running job restores into the new job: compatible (every operator holding state maps to one in the new job), drops-state (some state has no operator to go to: the restore needs allowNonRestoredState), incompatible (a mapped operator's state changes shape: the restore fails), unknown.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "source": { "description": "flink: computed from the stream graphs Flink's planner built for both scripts (EXPLAIN through the SQL Gateway); estimate: from the scripts alone.", "enum": ["flink", "estimate"] }, "operators": { "description": "Operators that hold state, by Flink's operator id, and what the upgrade does to each.", "type": "array", "items": { "type": "object", "required": ["name", "id", "state"], "additionalProperties": false, "properties": { "name": { "description": "The operator as a reviewer knows it, e.g. GroupAggregate (city).", "type": "string" }, "id": { "description": "Flink's operator id (32 hex digits).", "type": "string", "pattern": "^[0-9a-f]{32}$" }, "state": { "description": "kept, dropped (no operator with its id), reshaped (its state changes shape), new (starts empty), unknown.", "enum": ["kept", "dropped", "reshaped", "new", "unknown"] } } } }, "findings": { "description": "What changed in the query that matters for state (a stateful operator, GROUP BY keys, a join, a window).", "type": "array", "items": { "type": "string" } }, "advice": { "description": "What can be done (allowNonRestoredState, a stateless upgrade, a pinned savepoint).", "type": "array", "items": { "type": "string" } } } }, "position": { "title": "Position", "type": "object", "required": ["line", "column"], "additionalProperties": false, "properties": { "line": { "description": "1-based line.", "type": "integer", "minimum": 1 }, "column": { "description": "1-based column.", "type": "integer", "minimum": 1 } } }, "diagnostic": { "title": "Diagnostic", "type": "object", "required": ["code", "severity", "summary", "detail"], "additionalProperties": false, "properties": { "code": { "description": "Stable code (FO1xx load \u2026 FO9xx action), for searching the documentation.", "type": "string", "pattern": "^FO[0-9]{3}$" }, "severity": { "description": "error stops the stage; a warning or info does not.", "enum": ["error", "warning", "info"] }, "summary": { "description": "One line saying what is wrong.", "type": "string" }, "detail": { "description": "How to fix it.", "type": "string" }, "range": { "description": "Where in the repository, when the problem has a place.", "type": "object", "required": ["file", "start", "end"], "additionalProperties": false, "properties": { "file": { "description": "File, relative to the project directory.", "type": "string" }, "start": { "description": "First character of the range.", "$ref": "#/$defs/position" }, "end": { "description": "End of the range.", "$ref": "#/$defs/position" } } } } } } };
  const schema32 = { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" };
  const schema40 = { "title": "Number of jobs", "type": "integer", "minimum": 0 };
  const func1 = Object.prototype.hasOwnProperty;
  const pattern4 = new RegExp("^[a-z][a-z0-9_]*$", "u");
  const pattern11 = new RegExp("^(job|table|view|udf):", "u");
  const schema35 = { "title": "Change of one job", "type": "object", "required": ["job", "pipelineName", "action", "reason", "causes"], "additionalProperties": false, "properties": { "job": { "description": "Job name (the file name jobs/<name>.sql).", "$ref": "#/$defs/identifier" }, "pipelineName": { "description": "`<project>.<env>.<job>`.", "type": "string" }, "action": { "description": "What apply does to the job.", "$ref": "#/$defs/action" }, "strategy": { "description": "upgrade: how state is carried over.", "enum": ["savepoint", "last-state", "stateless"] }, "rescaleMode": { "description": "rescale: in place (adaptive scheduler, Flink 1.18+) or through a savepoint restart.", "enum": ["in-place", "savepoint-restart"] }, "reason": { "description": "One line for display.", "type": "string" }, "causes": { "description": "What changed to cause the action; for people only.", "type": "array", "items": { "$ref": "#/$defs/cause" } }, "liveJobId": { "description": "The live job the change acts on.", "type": "string" }, "liveState": { "description": "Flink job status of that job.", "type": "string" }, "verify": { "description": "none: the live job was started by an apply that stopped before its health check passed; apply finishes the check.", "type": "object", "required": ["jobId"], "additionalProperties": false, "properties": { "jobId": { "description": "The job whose health check is still to finish.", "type": "string" } } }, "restoreFrom": { "description": "Savepoint or checkpoint the new job starts from, when known at plan time.", "type": "string" }, "from": { "description": "The job as deployed (from the labels on the cluster or the state store); absent for a new job.", "type": "object", "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed job.", "type": "string" }, "parallelism": { "description": "Parallelism of the deployed job.", "type": "integer", "minimum": 1 } } }, "to": { "description": "The job as the repository wants it.", "type": "object", "required": ["specHash", "parallelism"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the compiled script and its restart-needing settings.", "type": "string" }, "parallelism": { "description": "Parallelism the job will run with.", "type": "integer", "minimum": 1 } } }, "compatibility": { "description": "upgrade: whether the new query can restore the old state.", "$ref": "#/$defs/compatibility" }, "sqlDiff": { "description": "Unified diff of the compiled scripts (secret placeholders only).", "type": "string" }, "compiledPlan": { "description": "planMode: compiled \u2014 the plan file the job starts from with EXECUTE PLAN, and what changed in its ExecNodes since the plan the job last ran.", "type": "object", "required": ["path", "sha256"], "additionalProperties": false, "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "execNodes": { "description": "ExecNodes added, removed and changed (type: description), and how many stayed the same.", "type": "object", "required": ["added", "removed", "changed", "unchanged"], "additionalProperties": false, "properties": { "added": { "description": "ExecNodes only the new plan has.", "type": "array", "items": { "type": "string" } }, "removed": { "description": "ExecNodes only the old plan had.", "type": "array", "items": { "type": "string" } }, "changed": { "description": "ExecNodes both have, with another version, inputs or settings.", "type": "array", "items": { "type": "string" } }, "unchanged": { "description": "How many ExecNodes are the same.", "type": "integer", "minimum": 0 } } } } }, "move": { "description": "The live job runs on the cluster the environment moves away from (moveFrom): apply stops it there and starts its successor on the environment's cluster.", "type": "object", "additionalProperties": false, "required": ["from"], "properties": { "from": { "description": "JobManager URL of the cluster being left (user info removed).", "type": "string" }, "fromVersion": { "description": "Flink version of that cluster, as its JobManager reports it.", "type": "string" } } }, "versionUpgrade": { "description": "The job starts on another Flink version than the one its state was written by, and whether that state restores.", "type": "object", "required": ["from", "to", "verdict", "findings", "advice"], "additionalProperties": false, "properties": { "from": { "description": "Flink version (major.minor) the state was written by.", "type": "string" }, "to": { "description": "Flink version (major.minor) of the cluster the job starts on.", "type": "string" }, "verdict": { "description": "Whether the state restores on the new version.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "findings": { "description": "Why the verdict is what it is.", "type": "array", "items": { "type": "string" } }, "advice": { "description": "What the user can do.", "type": "array", "items": { "type": "string" } }, "blocked": { "description": "Why the start must not happen as planned (the change is refused).", "type": "object", "required": ["reason", "summary", "detail"], "additionalProperties": false, "properties": { "reason": { "description": "plan-refused: the new release does not load the plan; unconfirmed: an unknown restore nobody confirmed.", "enum": ["plan-refused", "unconfirmed"] }, "summary": { "description": "One line.", "type": "string" }, "detail": { "description": "What to do.", "type": "string" } } } } }, "refused": { "description": "The change is wanted but not allowed; apply skips it.", "type": "object", "required": ["code", "summary", "detail"], "additionalProperties": false, "properties": { "code": { "description": "Diagnostic code of the refusal.", "type": "string", "pattern": "^FO[0-9]{3}$" }, "summary": { "description": "One line saying what is refused.", "type": "string" }, "detail": { "description": "What to do to allow the change.", "type": "string" } } } }, "allOf": [{ "if": { "properties": { "action": { "const": "upgrade" } } }, "then": { "properties": { "strategy": true, "compatibility": true }, "required": ["strategy", "compatibility"] } }, { "if": { "properties": { "action": { "const": "rescale" } } }, "then": { "properties": { "rescaleMode": true }, "required": ["rescaleMode"] } }, { "if": { "properties": { "action": { "enum": ["create", "upgrade", "rescale", "resume", "recover"] } } }, "then": { "properties": { "to": true }, "required": ["to"] } }] };
  const schema37 = { "title": "Action", "enum": ["create", "upgrade", "rescale", "suspend", "resume", "recover", "delete", "adopt", "none"] };
  const schema38 = { "title": "Cause", "description": "Why a change is planned; for people only.", "type": "object", "required": ["kind", "path"], "additionalProperties": false, "properties": { "kind": { "description": "What kind of thing changed.", "enum": ["script", "setting", "table", "udf", "state", "schedule", "drift", "cluster", "repo", "request"] }, "path": { "description": "What changed: a setting path (`parallelism`, `config.table.exec.state.ttl`), a table or UDF name, a file.", "type": "string" }, "from": { "description": "The value before, when there is one to show.", "type": "string" }, "to": { "description": "The value after, when there is one to show.", "type": "string" } } };
  const schema39 = { "title": "State compatibility", "type": "object", "required": ["verdict", "findings", "advice"], "additionalProperties": false, "properties": { "verdict": { "description": "Whether the savepoint of the running job restores into the new job: compatible (every operator holding state maps to one in the new job), drops-state (some state has no operator to go to: the restore needs allowNonRestoredState), incompatible (a mapped operator's state changes shape: the restore fails), unknown.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "source": { "description": "flink: computed from the stream graphs Flink's planner built for both scripts (EXPLAIN through the SQL Gateway); estimate: from the scripts alone.", "enum": ["flink", "estimate"] }, "operators": { "description": "Operators that hold state, by Flink's operator id, and what the upgrade does to each.", "type": "array", "items": { "type": "object", "required": ["name", "id", "state"], "additionalProperties": false, "properties": { "name": { "description": "The operator as a reviewer knows it, e.g. GroupAggregate (city).", "type": "string" }, "id": { "description": "Flink's operator id (32 hex digits).", "type": "string", "pattern": "^[0-9a-f]{32}$" }, "state": { "description": "kept, dropped (no operator with its id), reshaped (its state changes shape), new (starts empty), unknown.", "enum": ["kept", "dropped", "reshaped", "new", "unknown"] } } } }, "findings": { "description": "What changed in the query that matters for state (a stateful operator, GROUP BY keys, a join, a window).", "type": "array", "items": { "type": "string" } }, "advice": { "description": "What can be done (allowNonRestoredState, a stateless upgrade, a pinned savepoint).", "type": "array", "items": { "type": "string" } } } };
  const pattern8 = new RegExp("^[0-9a-f]{32}$", "u");
  const pattern9 = new RegExp("^FO[0-9]{3}$", "u");
  var validate21 = (function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate212.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    const _errs2 = errors;
    let valid1 = true;
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.action !== void 0) {
        if ("upgrade" !== data.action) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    errors = _errs2;
    if (vErrors !== null) {
      if (_errs2) {
        vErrors.length = _errs2;
      } else {
        vErrors = null;
      }
    }
    if (_valid0) {
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.strategy === void 0) {
          const err1 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "strategy" }, message: "must have required property 'strategy'", schema: schema35.allOf[0].then.required, parentSchema: schema35.allOf[0].then, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.compatibility === void 0) {
          const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "compatibility" }, message: "must have required property 'compatibility'", schema: schema35.allOf[0].then.required, parentSchema: schema35.allOf[0].then, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      valid1 = _valid0;
      if (valid1) {
        var props0 = {};
        props0.strategy = true;
        props0.compatibility = true;
        props0.action = true;
      }
    }
    if (!valid1) {
      const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema35.allOf[0].if, parentSchema: schema35.allOf[0], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const _errs7 = errors;
    let valid3 = true;
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.action !== void 0) {
        if ("rescale" !== data.action) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
      if (_errs7) {
        vErrors.length = _errs7;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs10 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.rescaleMode === void 0) {
          const err5 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "rescaleMode" }, message: "must have required property 'rescaleMode'", schema: schema35.allOf[1].then.required, parentSchema: schema35.allOf[1].then, data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var _valid1 = _errs10 === errors;
      valid3 = _valid1;
      if (valid3) {
        var props1 = {};
        props1.rescaleMode = true;
        props1.action = true;
      }
    }
    if (!valid3) {
      const err6 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema35.allOf[1].if, parentSchema: schema35.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (props0 !== true && props1 !== void 0) {
      if (props1 === true) {
        props0 = true;
      } else {
        props0 = props0 || {};
        Object.assign(props0, props1);
      }
    }
    const _errs12 = errors;
    let valid5 = true;
    const _errs13 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.action !== void 0) {
        let data2 = data.action;
        if (!(data2 === "create" || data2 === "upgrade" || data2 === "rescale" || data2 === "resume" || data2 === "recover")) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs13 === errors;
    errors = _errs12;
    if (vErrors !== null) {
      if (_errs12) {
        vErrors.length = _errs12;
      } else {
        vErrors = null;
      }
    }
    if (_valid2) {
      const _errs15 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.to === void 0) {
          const err8 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema35.allOf[2].then.required, parentSchema: schema35.allOf[2].then, data };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      var _valid2 = _errs15 === errors;
      valid5 = _valid2;
      if (valid5) {
        var props2 = {};
        props2.to = true;
        props2.action = true;
      }
    }
    if (!valid5) {
      const err9 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema35.allOf[2].if, parentSchema: schema35.allOf[2], data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (props0 !== true && props2 !== void 0) {
      if (props2 === true) {
        props0 = true;
      } else {
        props0 = props0 || {};
        Object.assign(props0, props2);
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.job === void 0) {
        const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "job" }, message: "must have required property 'job'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data.pipelineName === void 0) {
        const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pipelineName" }, message: "must have required property 'pipelineName'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data.action === void 0) {
        const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data.reason === void 0) {
        const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.causes === void 0) {
        const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "causes" }, message: "must have required property 'causes'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func1.call(schema35.properties, key0)) {
          const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      if (data.job !== void 0) {
        let data3 = data.job;
        if (typeof data3 === "string") {
          if (!pattern4.test(data3)) {
            const err16 = { instancePath: instancePath + "/job", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data3 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        } else {
          const err17 = { instancePath: instancePath + "/job", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.pipelineName !== void 0) {
        let data4 = data.pipelineName;
        if (typeof data4 !== "string") {
          const err18 = { instancePath: instancePath + "/pipelineName", schemaPath: "#/properties/pipelineName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.pipelineName.type, parentSchema: schema35.properties.pipelineName, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data.action !== void 0) {
        let data5 = data.action;
        if (!(data5 === "create" || data5 === "upgrade" || data5 === "rescale" || data5 === "suspend" || data5 === "resume" || data5 === "recover" || data5 === "delete" || data5 === "adopt" || data5 === "none")) {
          const err19 = { instancePath: instancePath + "/action", schemaPath: "#/$defs/action/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      if (data.strategy !== void 0) {
        let data6 = data.strategy;
        if (!(data6 === "savepoint" || data6 === "last-state" || data6 === "stateless")) {
          const err20 = { instancePath: instancePath + "/strategy", schemaPath: "#/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema35.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.strategy.enum, parentSchema: schema35.properties.strategy, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      if (data.rescaleMode !== void 0) {
        let data7 = data.rescaleMode;
        if (!(data7 === "in-place" || data7 === "savepoint-restart")) {
          const err21 = { instancePath: instancePath + "/rescaleMode", schemaPath: "#/properties/rescaleMode/enum", keyword: "enum", params: { allowedValues: schema35.properties.rescaleMode.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.rescaleMode.enum, parentSchema: schema35.properties.rescaleMode, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (data.reason !== void 0) {
        let data8 = data.reason;
        if (typeof data8 !== "string") {
          const err22 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.reason.type, parentSchema: schema35.properties.reason, data: data8 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
      if (data.causes !== void 0) {
        let data9 = data.causes;
        if (Array.isArray(data9)) {
          const len0 = data9.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data10 = data9[i0];
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
              if (data10.kind === void 0) {
                const err23 = { instancePath: instancePath + "/causes/" + i0, schemaPath: "#/$defs/cause/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema38.required, parentSchema: schema38, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (data10.path === void 0) {
                const err24 = { instancePath: instancePath + "/causes/" + i0, schemaPath: "#/$defs/cause/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema38.required, parentSchema: schema38, data: data10 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              for (const key1 in data10) {
                if (!(key1 === "kind" || key1 === "path" || key1 === "from" || key1 === "to")) {
                  const err25 = { instancePath: instancePath + "/causes/" + i0, schemaPath: "#/$defs/cause/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (data10.kind !== void 0) {
                let data11 = data10.kind;
                if (!(data11 === "script" || data11 === "setting" || data11 === "table" || data11 === "udf" || data11 === "state" || data11 === "schedule" || data11 === "drift" || data11 === "cluster" || data11 === "repo" || data11 === "request")) {
                  const err26 = { instancePath: instancePath + "/causes/" + i0 + "/kind", schemaPath: "#/$defs/cause/properties/kind/enum", keyword: "enum", params: { allowedValues: schema38.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.kind.enum, parentSchema: schema38.properties.kind, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
              if (data10.path !== void 0) {
                let data12 = data10.path;
                if (typeof data12 !== "string") {
                  const err27 = { instancePath: instancePath + "/causes/" + i0 + "/path", schemaPath: "#/$defs/cause/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.path.type, parentSchema: schema38.properties.path, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data10.from !== void 0) {
                let data13 = data10.from;
                if (typeof data13 !== "string") {
                  const err28 = { instancePath: instancePath + "/causes/" + i0 + "/from", schemaPath: "#/$defs/cause/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.from.type, parentSchema: schema38.properties.from, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              if (data10.to !== void 0) {
                let data14 = data10.to;
                if (typeof data14 !== "string") {
                  const err29 = { instancePath: instancePath + "/causes/" + i0 + "/to", schemaPath: "#/$defs/cause/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.to.type, parentSchema: schema38.properties.to, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
            } else {
              const err30 = { instancePath: instancePath + "/causes/" + i0, schemaPath: "#/$defs/cause/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data10 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        } else {
          const err31 = { instancePath: instancePath + "/causes", schemaPath: "#/properties/causes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.causes.type, parentSchema: schema35.properties.causes, data: data9 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
      if (data.liveJobId !== void 0) {
        let data15 = data.liveJobId;
        if (typeof data15 !== "string") {
          const err32 = { instancePath: instancePath + "/liveJobId", schemaPath: "#/properties/liveJobId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.liveJobId.type, parentSchema: schema35.properties.liveJobId, data: data15 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
      if (data.liveState !== void 0) {
        let data16 = data.liveState;
        if (typeof data16 !== "string") {
          const err33 = { instancePath: instancePath + "/liveState", schemaPath: "#/properties/liveState/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.liveState.type, parentSchema: schema35.properties.liveState, data: data16 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (data.verify !== void 0) {
        let data17 = data.verify;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          if (data17.jobId === void 0) {
            const err34 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'", schema: schema35.properties.verify.required, parentSchema: schema35.properties.verify, data: data17 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          for (const key2 in data17) {
            if (!(key2 === "jobId")) {
              const err35 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.verify, data: data17 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          if (data17.jobId !== void 0) {
            let data18 = data17.jobId;
            if (typeof data18 !== "string") {
              const err36 = { instancePath: instancePath + "/verify/jobId", schemaPath: "#/properties/verify/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.verify.properties.jobId.type, parentSchema: schema35.properties.verify.properties.jobId, data: data18 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        } else {
          const err37 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.verify.type, parentSchema: schema35.properties.verify, data: data17 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.restoreFrom !== void 0) {
        let data19 = data.restoreFrom;
        if (typeof data19 !== "string") {
          const err38 = { instancePath: instancePath + "/restoreFrom", schemaPath: "#/properties/restoreFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.restoreFrom.type, parentSchema: schema35.properties.restoreFrom, data: data19 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
      if (data.from !== void 0) {
        let data20 = data.from;
        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
          for (const key3 in data20) {
            if (!(key3 === "specHash" || key3 === "parallelism")) {
              const err39 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.from, data: data20 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          if (data20.specHash !== void 0) {
            let data21 = data20.specHash;
            if (typeof data21 !== "string") {
              const err40 = { instancePath: instancePath + "/from/specHash", schemaPath: "#/properties/from/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.from.properties.specHash.type, parentSchema: schema35.properties.from.properties.specHash, data: data21 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          if (data20.parallelism !== void 0) {
            let data22 = data20.parallelism;
            if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
              const err41 = { instancePath: instancePath + "/from/parallelism", schemaPath: "#/properties/from/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.from.properties.parallelism.type, parentSchema: schema35.properties.from.properties.parallelism, data: data22 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (typeof data22 == "number" && isFinite(data22)) {
              if (data22 < 1 || isNaN(data22)) {
                const err42 = { instancePath: instancePath + "/from/parallelism", schemaPath: "#/properties/from/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.properties.from.properties.parallelism, data: data22 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          }
        } else {
          const err43 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.from.type, parentSchema: schema35.properties.from, data: data20 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
      if (data.to !== void 0) {
        let data23 = data.to;
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
          if (data23.specHash === void 0) {
            const err44 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'", schema: schema35.properties.to.required, parentSchema: schema35.properties.to, data: data23 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (data23.parallelism === void 0) {
            const err45 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'", schema: schema35.properties.to.required, parentSchema: schema35.properties.to, data: data23 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          for (const key4 in data23) {
            if (!(key4 === "specHash" || key4 === "parallelism")) {
              const err46 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.to, data: data23 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data23.specHash !== void 0) {
            let data24 = data23.specHash;
            if (typeof data24 !== "string") {
              const err47 = { instancePath: instancePath + "/to/specHash", schemaPath: "#/properties/to/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.to.properties.specHash.type, parentSchema: schema35.properties.to.properties.specHash, data: data24 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          if (data23.parallelism !== void 0) {
            let data25 = data23.parallelism;
            if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
              const err48 = { instancePath: instancePath + "/to/parallelism", schemaPath: "#/properties/to/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.to.properties.parallelism.type, parentSchema: schema35.properties.to.properties.parallelism, data: data25 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (typeof data25 == "number" && isFinite(data25)) {
              if (data25 < 1 || isNaN(data25)) {
                const err49 = { instancePath: instancePath + "/to/parallelism", schemaPath: "#/properties/to/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.properties.to.properties.parallelism, data: data25 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          }
        } else {
          const err50 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.to.type, parentSchema: schema35.properties.to, data: data23 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
      if (data.compatibility !== void 0) {
        let data26 = data.compatibility;
        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
          if (data26.verdict === void 0) {
            const err51 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema39.required, parentSchema: schema39, data: data26 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (data26.findings === void 0) {
            const err52 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema39.required, parentSchema: schema39, data: data26 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (data26.advice === void 0) {
            const err53 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/required", keyword: "required", params: { missingProperty: "advice" }, message: "must have required property 'advice'", schema: schema39.required, parentSchema: schema39, data: data26 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          for (const key5 in data26) {
            if (!(key5 === "verdict" || key5 === "source" || key5 === "operators" || key5 === "findings" || key5 === "advice")) {
              const err54 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data: data26 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
          if (data26.verdict !== void 0) {
            let data27 = data26.verdict;
            if (!(data27 === "compatible" || data27 === "drops-state" || data27 === "incompatible" || data27 === "unknown")) {
              const err55 = { instancePath: instancePath + "/compatibility/verdict", schemaPath: "#/$defs/compatibility/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema39.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.verdict.enum, parentSchema: schema39.properties.verdict, data: data27 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          if (data26.source !== void 0) {
            let data28 = data26.source;
            if (!(data28 === "flink" || data28 === "estimate")) {
              const err56 = { instancePath: instancePath + "/compatibility/source", schemaPath: "#/$defs/compatibility/properties/source/enum", keyword: "enum", params: { allowedValues: schema39.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.source.enum, parentSchema: schema39.properties.source, data: data28 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data26.operators !== void 0) {
            let data29 = data26.operators;
            if (Array.isArray(data29)) {
              const len1 = data29.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data30 = data29[i1];
                if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                  if (data30.name === void 0) {
                    const err57 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema39.properties.operators.items.required, parentSchema: schema39.properties.operators.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  if (data30.id === void 0) {
                    const err58 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema39.properties.operators.items.required, parentSchema: schema39.properties.operators.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                  if (data30.state === void 0) {
                    const err59 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema39.properties.operators.items.required, parentSchema: schema39.properties.operators.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                  for (const key6 in data30) {
                    if (!(key6 === "name" || key6 === "id" || key6 === "state")) {
                      const err60 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.operators.items, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  }
                  if (data30.name !== void 0) {
                    let data31 = data30.name;
                    if (typeof data31 !== "string") {
                      const err61 = { instancePath: instancePath + "/compatibility/operators/" + i1 + "/name", schemaPath: "#/$defs/compatibility/properties/operators/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.operators.items.properties.name.type, parentSchema: schema39.properties.operators.items.properties.name, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  }
                  if (data30.id !== void 0) {
                    let data32 = data30.id;
                    if (typeof data32 === "string") {
                      if (!pattern8.test(data32)) {
                        const err62 = { instancePath: instancePath + "/compatibility/operators/" + i1 + "/id", schemaPath: "#/$defs/compatibility/properties/operators/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"', schema: "^[0-9a-f]{32}$", parentSchema: schema39.properties.operators.items.properties.id, data: data32 };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    } else {
                      const err63 = { instancePath: instancePath + "/compatibility/operators/" + i1 + "/id", schemaPath: "#/$defs/compatibility/properties/operators/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.operators.items.properties.id.type, parentSchema: schema39.properties.operators.items.properties.id, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  }
                  if (data30.state !== void 0) {
                    let data33 = data30.state;
                    if (!(data33 === "kept" || data33 === "dropped" || data33 === "reshaped" || data33 === "new" || data33 === "unknown")) {
                      const err64 = { instancePath: instancePath + "/compatibility/operators/" + i1 + "/state", schemaPath: "#/$defs/compatibility/properties/operators/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema39.properties.operators.items.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.operators.items.properties.state.enum, parentSchema: schema39.properties.operators.items.properties.state, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err65 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.operators.items.type, parentSchema: schema39.properties.operators.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            } else {
              const err66 = { instancePath: instancePath + "/compatibility/operators", schemaPath: "#/$defs/compatibility/properties/operators/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.operators.type, parentSchema: schema39.properties.operators, data: data29 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
          if (data26.findings !== void 0) {
            let data34 = data26.findings;
            if (Array.isArray(data34)) {
              const len2 = data34.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data35 = data34[i2];
                if (typeof data35 !== "string") {
                  const err67 = { instancePath: instancePath + "/compatibility/findings/" + i2, schemaPath: "#/$defs/compatibility/properties/findings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.findings.items.type, parentSchema: schema39.properties.findings.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              }
            } else {
              const err68 = { instancePath: instancePath + "/compatibility/findings", schemaPath: "#/$defs/compatibility/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.findings.type, parentSchema: schema39.properties.findings, data: data34 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
          if (data26.advice !== void 0) {
            let data36 = data26.advice;
            if (Array.isArray(data36)) {
              const len3 = data36.length;
              for (let i3 = 0; i3 < len3; i3++) {
                let data37 = data36[i3];
                if (typeof data37 !== "string") {
                  const err69 = { instancePath: instancePath + "/compatibility/advice/" + i3, schemaPath: "#/$defs/compatibility/properties/advice/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.advice.items.type, parentSchema: schema39.properties.advice.items, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
            } else {
              const err70 = { instancePath: instancePath + "/compatibility/advice", schemaPath: "#/$defs/compatibility/properties/advice/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.advice.type, parentSchema: schema39.properties.advice, data: data36 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        } else {
          const err71 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data: data26 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
      }
      if (data.sqlDiff !== void 0) {
        let data38 = data.sqlDiff;
        if (typeof data38 !== "string") {
          const err72 = { instancePath: instancePath + "/sqlDiff", schemaPath: "#/properties/sqlDiff/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.sqlDiff.type, parentSchema: schema35.properties.sqlDiff, data: data38 };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
      }
      if (data.compiledPlan !== void 0) {
        let data39 = data.compiledPlan;
        if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
          if (data39.path === void 0) {
            const err73 = { instancePath: instancePath + "/compiledPlan", schemaPath: "#/properties/compiledPlan/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema35.properties.compiledPlan.required, parentSchema: schema35.properties.compiledPlan, data: data39 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (data39.sha256 === void 0) {
            const err74 = { instancePath: instancePath + "/compiledPlan", schemaPath: "#/properties/compiledPlan/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema35.properties.compiledPlan.required, parentSchema: schema35.properties.compiledPlan, data: data39 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          for (const key7 in data39) {
            if (!(key7 === "path" || key7 === "sha256" || key7 === "execNodes")) {
              const err75 = { instancePath: instancePath + "/compiledPlan", schemaPath: "#/properties/compiledPlan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.compiledPlan, data: data39 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
          if (data39.path !== void 0) {
            let data40 = data39.path;
            if (typeof data40 !== "string") {
              const err76 = { instancePath: instancePath + "/compiledPlan/path", schemaPath: "#/properties/compiledPlan/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.path.type, parentSchema: schema35.properties.compiledPlan.properties.path, data: data40 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          }
          if (data39.sha256 !== void 0) {
            let data41 = data39.sha256;
            if (typeof data41 !== "string") {
              const err77 = { instancePath: instancePath + "/compiledPlan/sha256", schemaPath: "#/properties/compiledPlan/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.sha256.type, parentSchema: schema35.properties.compiledPlan.properties.sha256, data: data41 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
          if (data39.execNodes !== void 0) {
            let data42 = data39.execNodes;
            if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
              if (data42.added === void 0) {
                const err78 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/required", keyword: "required", params: { missingProperty: "added" }, message: "must have required property 'added'", schema: schema35.properties.compiledPlan.properties.execNodes.required, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              if (data42.removed === void 0) {
                const err79 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/required", keyword: "required", params: { missingProperty: "removed" }, message: "must have required property 'removed'", schema: schema35.properties.compiledPlan.properties.execNodes.required, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              if (data42.changed === void 0) {
                const err80 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property 'changed'", schema: schema35.properties.compiledPlan.properties.execNodes.required, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              if (data42.unchanged === void 0) {
                const err81 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/required", keyword: "required", params: { missingProperty: "unchanged" }, message: "must have required property 'unchanged'", schema: schema35.properties.compiledPlan.properties.execNodes.required, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              for (const key8 in data42) {
                if (!(key8 === "added" || key8 === "removed" || key8 === "changed" || key8 === "unchanged")) {
                  const err82 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (data42.added !== void 0) {
                let data43 = data42.added;
                if (Array.isArray(data43)) {
                  const len4 = data43.length;
                  for (let i4 = 0; i4 < len4; i4++) {
                    let data44 = data43[i4];
                    if (typeof data44 !== "string") {
                      const err83 = { instancePath: instancePath + "/compiledPlan/execNodes/added/" + i4, schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/added/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.execNodes.properties.added.items.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.added.items, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err84 = { instancePath: instancePath + "/compiledPlan/execNodes/added", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/added/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.compiledPlan.properties.execNodes.properties.added.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.added, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
              if (data42.removed !== void 0) {
                let data45 = data42.removed;
                if (Array.isArray(data45)) {
                  const len5 = data45.length;
                  for (let i5 = 0; i5 < len5; i5++) {
                    let data46 = data45[i5];
                    if (typeof data46 !== "string") {
                      const err85 = { instancePath: instancePath + "/compiledPlan/execNodes/removed/" + i5, schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/removed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.execNodes.properties.removed.items.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.removed.items, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err86 = { instancePath: instancePath + "/compiledPlan/execNodes/removed", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/removed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.compiledPlan.properties.execNodes.properties.removed.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.removed, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
              if (data42.changed !== void 0) {
                let data47 = data42.changed;
                if (Array.isArray(data47)) {
                  const len6 = data47.length;
                  for (let i6 = 0; i6 < len6; i6++) {
                    let data48 = data47[i6];
                    if (typeof data48 !== "string") {
                      const err87 = { instancePath: instancePath + "/compiledPlan/execNodes/changed/" + i6, schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.execNodes.properties.changed.items.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.changed.items, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err88 = { instancePath: instancePath + "/compiledPlan/execNodes/changed", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.compiledPlan.properties.execNodes.properties.changed.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.changed, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              }
              if (data42.unchanged !== void 0) {
                let data49 = data42.unchanged;
                if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                  const err89 = { instancePath: instancePath + "/compiledPlan/execNodes/unchanged", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/unchanged/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.compiledPlan.properties.execNodes.properties.unchanged.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.unchanged, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                if (typeof data49 == "number" && isFinite(data49)) {
                  if (data49 < 0 || isNaN(data49)) {
                    const err90 = { instancePath: instancePath + "/compiledPlan/execNodes/unchanged", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/unchanged/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.unchanged, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err91 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.compiledPlan.properties.execNodes.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          }
        } else {
          const err92 = { instancePath: instancePath + "/compiledPlan", schemaPath: "#/properties/compiledPlan/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.compiledPlan.type, parentSchema: schema35.properties.compiledPlan, data: data39 };
          if (vErrors === null) {
            vErrors = [err92];
          } else {
            vErrors.push(err92);
          }
          errors++;
        }
      }
      if (data.move !== void 0) {
        let data50 = data.move;
        if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
          if (data50.from === void 0) {
            const err93 = { instancePath: instancePath + "/move", schemaPath: "#/properties/move/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.properties.move.required, parentSchema: schema35.properties.move, data: data50 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          for (const key9 in data50) {
            if (!(key9 === "from" || key9 === "fromVersion")) {
              const err94 = { instancePath: instancePath + "/move", schemaPath: "#/properties/move/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.move, data: data50 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          }
          if (data50.from !== void 0) {
            let data51 = data50.from;
            if (typeof data51 !== "string") {
              const err95 = { instancePath: instancePath + "/move/from", schemaPath: "#/properties/move/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.move.properties.from.type, parentSchema: schema35.properties.move.properties.from, data: data51 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
          if (data50.fromVersion !== void 0) {
            let data52 = data50.fromVersion;
            if (typeof data52 !== "string") {
              const err96 = { instancePath: instancePath + "/move/fromVersion", schemaPath: "#/properties/move/properties/fromVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.move.properties.fromVersion.type, parentSchema: schema35.properties.move.properties.fromVersion, data: data52 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
          }
        } else {
          const err97 = { instancePath: instancePath + "/move", schemaPath: "#/properties/move/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.move.type, parentSchema: schema35.properties.move, data: data50 };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
      }
      if (data.versionUpgrade !== void 0) {
        let data53 = data.versionUpgrade;
        if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
          if (data53.from === void 0) {
            const err98 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
          if (data53.to === void 0) {
            const err99 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
          if (data53.verdict === void 0) {
            const err100 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
          if (data53.findings === void 0) {
            const err101 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
          if (data53.advice === void 0) {
            const err102 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "advice" }, message: "must have required property 'advice'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          for (const key10 in data53) {
            if (!(key10 === "from" || key10 === "to" || key10 === "verdict" || key10 === "findings" || key10 === "advice" || key10 === "blocked")) {
              const err103 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.versionUpgrade, data: data53 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          }
          if (data53.from !== void 0) {
            let data54 = data53.from;
            if (typeof data54 !== "string") {
              const err104 = { instancePath: instancePath + "/versionUpgrade/from", schemaPath: "#/properties/versionUpgrade/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.from.type, parentSchema: schema35.properties.versionUpgrade.properties.from, data: data54 };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
          }
          if (data53.to !== void 0) {
            let data55 = data53.to;
            if (typeof data55 !== "string") {
              const err105 = { instancePath: instancePath + "/versionUpgrade/to", schemaPath: "#/properties/versionUpgrade/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.to.type, parentSchema: schema35.properties.versionUpgrade.properties.to, data: data55 };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          }
          if (data53.verdict !== void 0) {
            let data56 = data53.verdict;
            if (!(data56 === "compatible" || data56 === "drops-state" || data56 === "incompatible" || data56 === "unknown")) {
              const err106 = { instancePath: instancePath + "/versionUpgrade/verdict", schemaPath: "#/properties/versionUpgrade/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema35.properties.versionUpgrade.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.versionUpgrade.properties.verdict.enum, parentSchema: schema35.properties.versionUpgrade.properties.verdict, data: data56 };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
          }
          if (data53.findings !== void 0) {
            let data57 = data53.findings;
            if (Array.isArray(data57)) {
              const len7 = data57.length;
              for (let i7 = 0; i7 < len7; i7++) {
                let data58 = data57[i7];
                if (typeof data58 !== "string") {
                  const err107 = { instancePath: instancePath + "/versionUpgrade/findings/" + i7, schemaPath: "#/properties/versionUpgrade/properties/findings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.findings.items.type, parentSchema: schema35.properties.versionUpgrade.properties.findings.items, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              }
            } else {
              const err108 = { instancePath: instancePath + "/versionUpgrade/findings", schemaPath: "#/properties/versionUpgrade/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.versionUpgrade.properties.findings.type, parentSchema: schema35.properties.versionUpgrade.properties.findings, data: data57 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          }
          if (data53.advice !== void 0) {
            let data59 = data53.advice;
            if (Array.isArray(data59)) {
              const len8 = data59.length;
              for (let i8 = 0; i8 < len8; i8++) {
                let data60 = data59[i8];
                if (typeof data60 !== "string") {
                  const err109 = { instancePath: instancePath + "/versionUpgrade/advice/" + i8, schemaPath: "#/properties/versionUpgrade/properties/advice/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.advice.items.type, parentSchema: schema35.properties.versionUpgrade.properties.advice.items, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
            } else {
              const err110 = { instancePath: instancePath + "/versionUpgrade/advice", schemaPath: "#/properties/versionUpgrade/properties/advice/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.versionUpgrade.properties.advice.type, parentSchema: schema35.properties.versionUpgrade.properties.advice, data: data59 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          }
          if (data53.blocked !== void 0) {
            let data61 = data53.blocked;
            if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
              if (data61.reason === void 0) {
                const err111 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema35.properties.versionUpgrade.properties.blocked.required, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
              if (data61.summary === void 0) {
                const err112 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema35.properties.versionUpgrade.properties.blocked.required, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
              if (data61.detail === void 0) {
                const err113 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema35.properties.versionUpgrade.properties.blocked.required, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
              for (const key11 in data61) {
                if (!(key11 === "reason" || key11 === "summary" || key11 === "detail")) {
                  const err114 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
              if (data61.reason !== void 0) {
                let data62 = data61.reason;
                if (!(data62 === "plan-refused" || data62 === "unconfirmed")) {
                  const err115 = { instancePath: instancePath + "/versionUpgrade/blocked/reason", schemaPath: "#/properties/versionUpgrade/properties/blocked/properties/reason/enum", keyword: "enum", params: { allowedValues: schema35.properties.versionUpgrade.properties.blocked.properties.reason.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.versionUpgrade.properties.blocked.properties.reason.enum, parentSchema: schema35.properties.versionUpgrade.properties.blocked.properties.reason, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              }
              if (data61.summary !== void 0) {
                let data63 = data61.summary;
                if (typeof data63 !== "string") {
                  const err116 = { instancePath: instancePath + "/versionUpgrade/blocked/summary", schemaPath: "#/properties/versionUpgrade/properties/blocked/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.blocked.properties.summary.type, parentSchema: schema35.properties.versionUpgrade.properties.blocked.properties.summary, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              }
              if (data61.detail !== void 0) {
                let data64 = data61.detail;
                if (typeof data64 !== "string") {
                  const err117 = { instancePath: instancePath + "/versionUpgrade/blocked/detail", schemaPath: "#/properties/versionUpgrade/properties/blocked/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.blocked.properties.detail.type, parentSchema: schema35.properties.versionUpgrade.properties.blocked.properties.detail, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
              }
            } else {
              const err118 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.versionUpgrade.properties.blocked.type, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
          }
        } else {
          const err119 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.versionUpgrade.type, parentSchema: schema35.properties.versionUpgrade, data: data53 };
          if (vErrors === null) {
            vErrors = [err119];
          } else {
            vErrors.push(err119);
          }
          errors++;
        }
      }
      if (data.refused !== void 0) {
        let data65 = data.refused;
        if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
          if (data65.code === void 0) {
            const err120 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema35.properties.refused.required, parentSchema: schema35.properties.refused, data: data65 };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
          if (data65.summary === void 0) {
            const err121 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema35.properties.refused.required, parentSchema: schema35.properties.refused, data: data65 };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
          if (data65.detail === void 0) {
            const err122 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema35.properties.refused.required, parentSchema: schema35.properties.refused, data: data65 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
          for (const key12 in data65) {
            if (!(key12 === "code" || key12 === "summary" || key12 === "detail")) {
              const err123 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.refused, data: data65 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
          }
          if (data65.code !== void 0) {
            let data66 = data65.code;
            if (typeof data66 === "string") {
              if (!pattern9.test(data66)) {
                const err124 = { instancePath: instancePath + "/refused/code", schemaPath: "#/properties/refused/properties/code/pattern", keyword: "pattern", params: { pattern: "^FO[0-9]{3}$" }, message: 'must match pattern "^FO[0-9]{3}$"', schema: "^FO[0-9]{3}$", parentSchema: schema35.properties.refused.properties.code, data: data66 };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            } else {
              const err125 = { instancePath: instancePath + "/refused/code", schemaPath: "#/properties/refused/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.refused.properties.code.type, parentSchema: schema35.properties.refused.properties.code, data: data66 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
          }
          if (data65.summary !== void 0) {
            let data67 = data65.summary;
            if (typeof data67 !== "string") {
              const err126 = { instancePath: instancePath + "/refused/summary", schemaPath: "#/properties/refused/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.refused.properties.summary.type, parentSchema: schema35.properties.refused.properties.summary, data: data67 };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
          }
          if (data65.detail !== void 0) {
            let data68 = data65.detail;
            if (typeof data68 !== "string") {
              const err127 = { instancePath: instancePath + "/refused/detail", schemaPath: "#/properties/refused/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.refused.properties.detail.type, parentSchema: schema35.properties.refused.properties.detail, data: data68 };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
          }
        } else {
          const err128 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.refused.type, parentSchema: schema35.properties.refused, data: data65 };
          if (vErrors === null) {
            vErrors = [err128];
          } else {
            vErrors.push(err128);
          }
          errors++;
        }
      }
    } else {
      const err129 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err129];
      } else {
        vErrors.push(err129);
      }
      errors++;
    }
    validate212.errors = vErrors;
    return errors === 0;
  });
  validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  const schema49 = { "title": "A job in a version upgrade", "description": "One job starting on another Flink version, and its version verdict.", "type": "object", "required": ["job", "verdict"], "additionalProperties": false, "properties": { "job": { "description": "The job.", "$ref": "#/$defs/identifier" }, "verdict": { "description": "Whether its state restores on the new version: from the same compiled plan, from both releases' planners (a move with moveFrom.sqlGatewayUrl), or unknown.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "refused": { "description": "The code of the diagnostic refusing its start (FO641: an unknown verdict needing allowNonRestoredState or --allow-version-upgrade; FO640: the new release refuses its plan); absent when it starts.", "type": "string" } } };
  var validate23 = (function validate232(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate232.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.job === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "job" }, message: "must have required property 'job'", schema: schema49.required, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.verdict === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema49.required, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "job" || key0 === "verdict" || key0 === "refused")) {
          const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.job !== void 0) {
        let data0 = data.job;
        if (typeof data0 === "string") {
          if (!pattern4.test(data0)) {
            const err3 = { instancePath: instancePath + "/job", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        } else {
          const err4 = { instancePath: instancePath + "/job", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.verdict !== void 0) {
        let data1 = data.verdict;
        if (!(data1 === "compatible" || data1 === "drops-state" || data1 === "incompatible" || data1 === "unknown")) {
          const err5 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema49.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.verdict.enum, parentSchema: schema49.properties.verdict, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.refused !== void 0) {
        let data2 = data.refused;
        if (typeof data2 !== "string") {
          const err6 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.refused.type, parentSchema: schema49.properties.refused, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    validate232.errors = vErrors;
    return errors === 0;
  });
  validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  const schema51 = { "title": "Diagnostic", "type": "object", "required": ["code", "severity", "summary", "detail"], "additionalProperties": false, "properties": { "code": { "description": "Stable code (FO1xx load \u2026 FO9xx action), for searching the documentation.", "type": "string", "pattern": "^FO[0-9]{3}$" }, "severity": { "description": "error stops the stage; a warning or info does not.", "enum": ["error", "warning", "info"] }, "summary": { "description": "One line saying what is wrong.", "type": "string" }, "detail": { "description": "How to fix it.", "type": "string" }, "range": { "description": "Where in the repository, when the problem has a place.", "type": "object", "required": ["file", "start", "end"], "additionalProperties": false, "properties": { "file": { "description": "File, relative to the project directory.", "type": "string" }, "start": { "description": "First character of the range.", "$ref": "#/$defs/position" }, "end": { "description": "End of the range.", "$ref": "#/$defs/position" } } } } };
  const schema52 = { "title": "Position", "type": "object", "required": ["line", "column"], "additionalProperties": false, "properties": { "line": { "description": "1-based line.", "type": "integer", "minimum": 1 }, "column": { "description": "1-based column.", "type": "integer", "minimum": 1 } } };
  var validate26 = (function validate262(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate262.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.code === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema51.required, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.severity === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema51.required, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.summary === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema51.required, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.detail === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema51.required, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "code" || key0 === "severity" || key0 === "summary" || key0 === "detail" || key0 === "range")) {
          const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.code !== void 0) {
        let data0 = data.code;
        if (typeof data0 === "string") {
          if (!pattern9.test(data0)) {
            const err5 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/pattern", keyword: "pattern", params: { pattern: "^FO[0-9]{3}$" }, message: 'must match pattern "^FO[0-9]{3}$"', schema: "^FO[0-9]{3}$", parentSchema: schema51.properties.code, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.code.type, parentSchema: schema51.properties.code, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.severity !== void 0) {
        let data1 = data.severity;
        if (!(data1 === "error" || data1 === "warning" || data1 === "info")) {
          const err7 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema51.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.severity.enum, parentSchema: schema51.properties.severity, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.summary !== void 0) {
        let data2 = data.summary;
        if (typeof data2 !== "string") {
          const err8 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.summary.type, parentSchema: schema51.properties.summary, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.detail !== void 0) {
        let data3 = data.detail;
        if (typeof data3 !== "string") {
          const err9 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.detail.type, parentSchema: schema51.properties.detail, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.range !== void 0) {
        let data4 = data.range;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
          if (data4.file === void 0) {
            const err10 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema51.properties.range.required, parentSchema: schema51.properties.range, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (data4.start === void 0) {
            const err11 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema51.properties.range.required, parentSchema: schema51.properties.range, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (data4.end === void 0) {
            const err12 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema51.properties.range.required, parentSchema: schema51.properties.range, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          for (const key1 in data4) {
            if (!(key1 === "file" || key1 === "start" || key1 === "end")) {
              const err13 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.range, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data4.file !== void 0) {
            let data5 = data4.file;
            if (typeof data5 !== "string") {
              const err14 = { instancePath: instancePath + "/range/file", schemaPath: "#/properties/range/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.range.properties.file.type, parentSchema: schema51.properties.range.properties.file, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data4.start !== void 0) {
            let data6 = data4.start;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              if (data6.line === void 0) {
                const err15 = { instancePath: instancePath + "/range/start", schemaPath: "#/$defs/position/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema52.required, parentSchema: schema52, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              if (data6.column === void 0) {
                const err16 = { instancePath: instancePath + "/range/start", schemaPath: "#/$defs/position/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema52.required, parentSchema: schema52, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              for (const key2 in data6) {
                if (!(key2 === "line" || key2 === "column")) {
                  const err17 = { instancePath: instancePath + "/range/start", schemaPath: "#/$defs/position/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              if (data6.line !== void 0) {
                let data7 = data6.line;
                if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                  const err18 = { instancePath: instancePath + "/range/start/line", schemaPath: "#/$defs/position/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.line.type, parentSchema: schema52.properties.line, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (typeof data7 == "number" && isFinite(data7)) {
                  if (data7 < 1 || isNaN(data7)) {
                    const err19 = { instancePath: instancePath + "/range/start/line", schemaPath: "#/$defs/position/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema52.properties.line, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              }
              if (data6.column !== void 0) {
                let data8 = data6.column;
                if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                  const err20 = { instancePath: instancePath + "/range/start/column", schemaPath: "#/$defs/position/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.column.type, parentSchema: schema52.properties.column, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (typeof data8 == "number" && isFinite(data8)) {
                  if (data8 < 1 || isNaN(data8)) {
                    const err21 = { instancePath: instancePath + "/range/start/column", schemaPath: "#/$defs/position/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema52.properties.column, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err22 = { instancePath: instancePath + "/range/start", schemaPath: "#/$defs/position/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data4.end !== void 0) {
            let data9 = data4.end;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              if (data9.line === void 0) {
                const err23 = { instancePath: instancePath + "/range/end", schemaPath: "#/$defs/position/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema52.required, parentSchema: schema52, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (data9.column === void 0) {
                const err24 = { instancePath: instancePath + "/range/end", schemaPath: "#/$defs/position/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema52.required, parentSchema: schema52, data: data9 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              for (const key3 in data9) {
                if (!(key3 === "line" || key3 === "column")) {
                  const err25 = { instancePath: instancePath + "/range/end", schemaPath: "#/$defs/position/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (data9.line !== void 0) {
                let data10 = data9.line;
                if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                  const err26 = { instancePath: instancePath + "/range/end/line", schemaPath: "#/$defs/position/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.line.type, parentSchema: schema52.properties.line, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (typeof data10 == "number" && isFinite(data10)) {
                  if (data10 < 1 || isNaN(data10)) {
                    const err27 = { instancePath: instancePath + "/range/end/line", schemaPath: "#/$defs/position/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema52.properties.line, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              }
              if (data9.column !== void 0) {
                let data11 = data9.column;
                if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                  const err28 = { instancePath: instancePath + "/range/end/column", schemaPath: "#/$defs/position/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.column.type, parentSchema: schema52.properties.column, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (typeof data11 == "number" && isFinite(data11)) {
                  if (data11 < 1 || isNaN(data11)) {
                    const err29 = { instancePath: instancePath + "/range/end/column", schemaPath: "#/$defs/position/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema52.properties.column, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err30 = { instancePath: instancePath + "/range/end", schemaPath: "#/$defs/position/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data9 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        } else {
          const err31 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.range.type, parentSchema: schema51.properties.range, data: data4 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    } else {
      const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    validate262.errors = vErrors;
    return errors === 0;
  });
  validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  var validate20 = (function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate202.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.formatVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.project === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.env === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.offline === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "offline" }, message: "must have required property 'offline'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.stateVersion === void 0) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stateVersion" }, message: "must have required property 'stateVersion'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.liveFingerprint === void 0) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "liveFingerprint" }, message: "must have required property 'liveFingerprint'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.changes === void 0) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.summary === void 0) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data.affected === void 0) {
        const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "affected" }, message: "must have required property 'affected'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data.lineage === void 0) {
        const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lineage" }, message: "must have required property 'lineage'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.diagnostics === void 0) {
        const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "diagnostics" }, message: "must have required property 'diagnostics'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func1.call(schema31.properties, key0)) {
          const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.formatVersion !== void 0) {
        let data0 = data.formatVersion;
        if (1 !== data0) {
          const err12 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.formatVersion, data: data0 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.project !== void 0) {
        let data1 = data.project;
        if (typeof data1 === "string") {
          if (!pattern4.test(data1)) {
            const err13 = { instancePath: instancePath + "/project", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data1 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        } else {
          const err14 = { instancePath: instancePath + "/project", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data1 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (data.env !== void 0) {
        let data2 = data.env;
        if (typeof data2 === "string") {
          if (!pattern4.test(data2)) {
            const err15 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data2 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        } else {
          const err16 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data2 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.commit !== void 0) {
        let data3 = data.commit;
        if (typeof data3 !== "string") {
          const err17 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.commit.type, parentSchema: schema31.properties.commit, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.offline !== void 0) {
        let data4 = data.offline;
        if (typeof data4 !== "boolean") {
          const err18 = { instancePath: instancePath + "/offline", schemaPath: "#/properties/offline/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.offline.type, parentSchema: schema31.properties.offline, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data.cluster !== void 0) {
        let data5 = data.cluster;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
          if (data5.jobmanagerUrl === void 0) {
            const err19 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/required", keyword: "required", params: { missingProperty: "jobmanagerUrl" }, message: "must have required property 'jobmanagerUrl'", schema: schema31.properties.cluster.required, parentSchema: schema31.properties.cluster, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (data5.from === void 0) {
            const err20 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema31.properties.cluster.required, parentSchema: schema31.properties.cluster, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          for (const key1 in data5) {
            if (!(key1 === "jobmanagerUrl" || key1 === "from")) {
              const err21 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.cluster, data: data5 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          if (data5.jobmanagerUrl !== void 0) {
            let data6 = data5.jobmanagerUrl;
            if (typeof data6 !== "string") {
              const err22 = { instancePath: instancePath + "/cluster/jobmanagerUrl", schemaPath: "#/properties/cluster/properties/jobmanagerUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.cluster.properties.jobmanagerUrl.type, parentSchema: schema31.properties.cluster.properties.jobmanagerUrl, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data5.from !== void 0) {
            let data7 = data5.from;
            if (!(data7 === "flinkops.yaml" || data7 === "FLINKOPS_JOBMANAGER_URL" || data7 === "option")) {
              const err23 = { instancePath: instancePath + "/cluster/from", schemaPath: "#/properties/cluster/properties/from/enum", keyword: "enum", params: { allowedValues: schema31.properties.cluster.properties.from.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.cluster.properties.from.enum, parentSchema: schema31.properties.cluster.properties.from, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        } else {
          const err24 = { instancePath: instancePath + "/cluster", schemaPath: "#/properties/cluster/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.cluster.type, parentSchema: schema31.properties.cluster, data: data5 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      if (data.stateVersion !== void 0) {
        let data8 = data.stateVersion;
        if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
          const err25 = { instancePath: instancePath + "/stateVersion", schemaPath: "#/properties/stateVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.stateVersion.type, parentSchema: schema31.properties.stateVersion, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (typeof data8 == "number" && isFinite(data8)) {
          if (data8 < 0 || isNaN(data8)) {
            const err26 = { instancePath: instancePath + "/stateVersion", schemaPath: "#/properties/stateVersion/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.stateVersion, data: data8 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      }
      if (data.liveFingerprint !== void 0) {
        let data9 = data.liveFingerprint;
        if (typeof data9 !== "string") {
          const err27 = { instancePath: instancePath + "/liveFingerprint", schemaPath: "#/properties/liveFingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.liveFingerprint.type, parentSchema: schema31.properties.liveFingerprint, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (data.target !== void 0) {
        let data10 = data.target;
        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
          if (data10.omitted === void 0) {
            const err28 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/required", keyword: "required", params: { missingProperty: "omitted" }, message: "must have required property 'omitted'", schema: schema31.properties.target.required, parentSchema: schema31.properties.target, data: data10 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          for (const key2 in data10) {
            if (!(key2 === "jobs" || key2 === "causes" || key2 === "omitted")) {
              const err29 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.target, data: data10 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
          if (data10.jobs !== void 0) {
            let data11 = data10.jobs;
            if (Array.isArray(data11)) {
              const len0 = data11.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data12 = data11[i0];
                if (typeof data12 === "string") {
                  if (!pattern4.test(data12)) {
                    const err30 = { instancePath: instancePath + "/target/jobs/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                } else {
                  const err31 = { instancePath: instancePath + "/target/jobs/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
            } else {
              const err32 = { instancePath: instancePath + "/target/jobs", schemaPath: "#/properties/target/properties/jobs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.target.properties.jobs.type, parentSchema: schema31.properties.target.properties.jobs, data: data11 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          if (data10.causes !== void 0) {
            let data13 = data10.causes;
            if (Array.isArray(data13)) {
              const len1 = data13.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data14 = data13[i1];
                if (!(data14 === "script" || data14 === "setting" || data14 === "table" || data14 === "udf" || data14 === "state" || data14 === "schedule" || data14 === "drift" || data14 === "cluster" || data14 === "repo" || data14 === "request")) {
                  const err33 = { instancePath: instancePath + "/target/causes/" + i1, schemaPath: "#/properties/target/properties/causes/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.target.properties.causes.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.target.properties.causes.items.enum, parentSchema: schema31.properties.target.properties.causes.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
            } else {
              const err34 = { instancePath: instancePath + "/target/causes", schemaPath: "#/properties/target/properties/causes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.target.properties.causes.type, parentSchema: schema31.properties.target.properties.causes, data: data13 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (data10.omitted !== void 0) {
            let data15 = data10.omitted;
            if (Array.isArray(data15)) {
              const len2 = data15.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data16 = data15[i2];
                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                  if (data16.job === void 0) {
                    const err35 = { instancePath: instancePath + "/target/omitted/" + i2, schemaPath: "#/properties/target/properties/omitted/items/required", keyword: "required", params: { missingProperty: "job" }, message: "must have required property 'job'", schema: schema31.properties.target.properties.omitted.items.required, parentSchema: schema31.properties.target.properties.omitted.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                  if (data16.action === void 0) {
                    const err36 = { instancePath: instancePath + "/target/omitted/" + i2, schemaPath: "#/properties/target/properties/omitted/items/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema31.properties.target.properties.omitted.items.required, parentSchema: schema31.properties.target.properties.omitted.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                  for (const key3 in data16) {
                    if (!(key3 === "job" || key3 === "action")) {
                      const err37 = { instancePath: instancePath + "/target/omitted/" + i2, schemaPath: "#/properties/target/properties/omitted/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.target.properties.omitted.items, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  }
                  if (data16.job !== void 0) {
                    let data17 = data16.job;
                    if (typeof data17 !== "string") {
                      const err38 = { instancePath: instancePath + "/target/omitted/" + i2 + "/job", schemaPath: "#/properties/target/properties/omitted/items/properties/job/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.target.properties.omitted.items.properties.job.type, parentSchema: schema31.properties.target.properties.omitted.items.properties.job, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  }
                  if (data16.action !== void 0) {
                    let data18 = data16.action;
                    if (!(data18 === "create" || data18 === "upgrade" || data18 === "rescale" || data18 === "suspend" || data18 === "resume" || data18 === "recover" || data18 === "delete" || data18 === "adopt")) {
                      const err39 = { instancePath: instancePath + "/target/omitted/" + i2 + "/action", schemaPath: "#/properties/target/properties/omitted/items/properties/action/enum", keyword: "enum", params: { allowedValues: schema31.properties.target.properties.omitted.items.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.target.properties.omitted.items.properties.action.enum, parentSchema: schema31.properties.target.properties.omitted.items.properties.action, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err40 = { instancePath: instancePath + "/target/omitted/" + i2, schemaPath: "#/properties/target/properties/omitted/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.target.properties.omitted.items.type, parentSchema: schema31.properties.target.properties.omitted.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            } else {
              const err41 = { instancePath: instancePath + "/target/omitted", schemaPath: "#/properties/target/properties/omitted/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.target.properties.omitted.type, parentSchema: schema31.properties.target.properties.omitted, data: data15 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
        } else {
          const err42 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.target.type, parentSchema: schema31.properties.target, data: data10 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
      if (data.changes !== void 0) {
        let data19 = data.changes;
        if (Array.isArray(data19)) {
          const len3 = data19.length;
          for (let i3 = 0; i3 < len3; i3++) {
            if (!validate21(data19[i3], { instancePath: instancePath + "/changes/" + i3, parentData: data19, parentDataProperty: i3, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err43 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.changes.type, parentSchema: schema31.properties.changes, data: data19 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
      if (data.summary !== void 0) {
        let data21 = data.summary;
        if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
          if (data21.create === void 0) {
            const err44 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "create" }, message: "must have required property 'create'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data21 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (data21.upgrade === void 0) {
            const err45 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "upgrade" }, message: "must have required property 'upgrade'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data21 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (data21.rescale === void 0) {
            const err46 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "rescale" }, message: "must have required property 'rescale'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data21 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (data21.suspend === void 0) {
            const err47 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "suspend" }, message: "must have required property 'suspend'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data21 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (data21.resume === void 0) {
            const err48 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "resume" }, message: "must have required property 'resume'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data21 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (data21.recover === void 0) {
            const err49 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "recover" }, message: "must have required property 'recover'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data21 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (data21.delete === void 0) {
            const err50 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "delete" }, message: "must have required property 'delete'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data21 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (data21.adopt === void 0) {
            const err51 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "adopt" }, message: "must have required property 'adopt'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data21 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (data21.none === void 0) {
            const err52 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "none" }, message: "must have required property 'none'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data21 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          for (const key4 in data21) {
            if (!func1.call(schema31.properties.summary.properties, key4)) {
              const err53 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.summary, data: data21 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          if (data21.create !== void 0) {
            let data22 = data21.create;
            if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
              const err54 = { instancePath: instancePath + "/summary/create", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data22 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (typeof data22 == "number" && isFinite(data22)) {
              if (data22 < 0 || isNaN(data22)) {
                const err55 = { instancePath: instancePath + "/summary/create", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data22 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          }
          if (data21.upgrade !== void 0) {
            let data23 = data21.upgrade;
            if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
              const err56 = { instancePath: instancePath + "/summary/upgrade", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data23 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (typeof data23 == "number" && isFinite(data23)) {
              if (data23 < 0 || isNaN(data23)) {
                const err57 = { instancePath: instancePath + "/summary/upgrade", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data23 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          }
          if (data21.rescale !== void 0) {
            let data24 = data21.rescale;
            if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
              const err58 = { instancePath: instancePath + "/summary/rescale", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data24 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (typeof data24 == "number" && isFinite(data24)) {
              if (data24 < 0 || isNaN(data24)) {
                const err59 = { instancePath: instancePath + "/summary/rescale", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data24 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          }
          if (data21.suspend !== void 0) {
            let data25 = data21.suspend;
            if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
              const err60 = { instancePath: instancePath + "/summary/suspend", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data25 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (typeof data25 == "number" && isFinite(data25)) {
              if (data25 < 0 || isNaN(data25)) {
                const err61 = { instancePath: instancePath + "/summary/suspend", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data25 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          }
          if (data21.resume !== void 0) {
            let data26 = data21.resume;
            if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
              const err62 = { instancePath: instancePath + "/summary/resume", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data26 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (typeof data26 == "number" && isFinite(data26)) {
              if (data26 < 0 || isNaN(data26)) {
                const err63 = { instancePath: instancePath + "/summary/resume", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data26 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
          }
          if (data21.recover !== void 0) {
            let data27 = data21.recover;
            if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
              const err64 = { instancePath: instancePath + "/summary/recover", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data27 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (typeof data27 == "number" && isFinite(data27)) {
              if (data27 < 0 || isNaN(data27)) {
                const err65 = { instancePath: instancePath + "/summary/recover", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data27 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          }
          if (data21.delete !== void 0) {
            let data28 = data21.delete;
            if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
              const err66 = { instancePath: instancePath + "/summary/delete", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data28 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (typeof data28 == "number" && isFinite(data28)) {
              if (data28 < 0 || isNaN(data28)) {
                const err67 = { instancePath: instancePath + "/summary/delete", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data28 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          }
          if (data21.adopt !== void 0) {
            let data29 = data21.adopt;
            if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
              const err68 = { instancePath: instancePath + "/summary/adopt", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data29 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (typeof data29 == "number" && isFinite(data29)) {
              if (data29 < 0 || isNaN(data29)) {
                const err69 = { instancePath: instancePath + "/summary/adopt", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data29 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
          }
          if (data21.none !== void 0) {
            let data30 = data21.none;
            if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
              const err70 = { instancePath: instancePath + "/summary/none", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data30 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (typeof data30 == "number" && isFinite(data30)) {
              if (data30 < 0 || isNaN(data30)) {
                const err71 = { instancePath: instancePath + "/summary/none", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data30 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
          }
        } else {
          const err72 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.summary.type, parentSchema: schema31.properties.summary, data: data21 };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
      }
      if (data.versionUpgrades !== void 0) {
        let data31 = data.versionUpgrades;
        if (Array.isArray(data31)) {
          const len4 = data31.length;
          for (let i4 = 0; i4 < len4; i4++) {
            let data32 = data31[i4];
            if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
              if (data32.from === void 0) {
                const err73 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema31.properties.versionUpgrades.items.required, parentSchema: schema31.properties.versionUpgrades.items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              if (data32.to === void 0) {
                const err74 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema31.properties.versionUpgrades.items.required, parentSchema: schema31.properties.versionUpgrades.items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              if (data32.move === void 0) {
                const err75 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/required", keyword: "required", params: { missingProperty: "move" }, message: "must have required property 'move'", schema: schema31.properties.versionUpgrades.items.required, parentSchema: schema31.properties.versionUpgrades.items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
              if (data32.compiled === void 0) {
                const err76 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/required", keyword: "required", params: { missingProperty: "compiled" }, message: "must have required property 'compiled'", schema: schema31.properties.versionUpgrades.items.required, parentSchema: schema31.properties.versionUpgrades.items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              if (data32.script === void 0) {
                const err77 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'", schema: schema31.properties.versionUpgrades.items.required, parentSchema: schema31.properties.versionUpgrades.items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
              for (const key5 in data32) {
                if (!(key5 === "from" || key5 === "to" || key5 === "move" || key5 === "compiled" || key5 === "script")) {
                  const err78 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.versionUpgrades.items, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
              if (data32.from !== void 0) {
                let data33 = data32.from;
                if (typeof data33 !== "string") {
                  const err79 = { instancePath: instancePath + "/versionUpgrades/" + i4 + "/from", schemaPath: "#/properties/versionUpgrades/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.versionUpgrades.items.properties.from.type, parentSchema: schema31.properties.versionUpgrades.items.properties.from, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              }
              if (data32.to !== void 0) {
                let data34 = data32.to;
                if (typeof data34 !== "string") {
                  const err80 = { instancePath: instancePath + "/versionUpgrades/" + i4 + "/to", schemaPath: "#/properties/versionUpgrades/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.versionUpgrades.items.properties.to.type, parentSchema: schema31.properties.versionUpgrades.items.properties.to, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
              if (data32.move !== void 0) {
                let data35 = data32.move;
                if (typeof data35 !== "boolean") {
                  const err81 = { instancePath: instancePath + "/versionUpgrades/" + i4 + "/move", schemaPath: "#/properties/versionUpgrades/items/properties/move/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.versionUpgrades.items.properties.move.type, parentSchema: schema31.properties.versionUpgrades.items.properties.move, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              }
              if (data32.compiled !== void 0) {
                let data36 = data32.compiled;
                if (Array.isArray(data36)) {
                  const len5 = data36.length;
                  for (let i5 = 0; i5 < len5; i5++) {
                    if (!validate23(data36[i5], { instancePath: instancePath + "/versionUpgrades/" + i4 + "/compiled/" + i5, parentData: data36, parentDataProperty: i5, rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                      errors = vErrors.length;
                    }
                  }
                } else {
                  const err82 = { instancePath: instancePath + "/versionUpgrades/" + i4 + "/compiled", schemaPath: "#/properties/versionUpgrades/items/properties/compiled/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.versionUpgrades.items.properties.compiled.type, parentSchema: schema31.properties.versionUpgrades.items.properties.compiled, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (data32.script !== void 0) {
                let data38 = data32.script;
                if (Array.isArray(data38)) {
                  const len6 = data38.length;
                  for (let i6 = 0; i6 < len6; i6++) {
                    if (!validate23(data38[i6], { instancePath: instancePath + "/versionUpgrades/" + i4 + "/script/" + i6, parentData: data38, parentDataProperty: i6, rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                      errors = vErrors.length;
                    }
                  }
                } else {
                  const err83 = { instancePath: instancePath + "/versionUpgrades/" + i4 + "/script", schemaPath: "#/properties/versionUpgrades/items/properties/script/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.versionUpgrades.items.properties.script.type, parentSchema: schema31.properties.versionUpgrades.items.properties.script, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              }
            } else {
              const err84 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.versionUpgrades.items.type, parentSchema: schema31.properties.versionUpgrades.items, data: data32 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          }
        } else {
          const err85 = { instancePath: instancePath + "/versionUpgrades", schemaPath: "#/properties/versionUpgrades/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.versionUpgrades.type, parentSchema: schema31.properties.versionUpgrades, data: data31 };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
      }
      if (data.affected !== void 0) {
        let data40 = data.affected;
        if (Array.isArray(data40)) {
          const len7 = data40.length;
          for (let i7 = 0; i7 < len7; i7++) {
            let data41 = data40[i7];
            if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
              if (data41.kind === void 0) {
                const err86 = { instancePath: instancePath + "/affected/" + i7, schemaPath: "#/properties/affected/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.properties.affected.items.required, parentSchema: schema31.properties.affected.items, data: data41 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
              if (data41.name === void 0) {
                const err87 = { instancePath: instancePath + "/affected/" + i7, schemaPath: "#/properties/affected/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.affected.items.required, parentSchema: schema31.properties.affected.items, data: data41 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              if (data41.jobs === void 0) {
                const err88 = { instancePath: instancePath + "/affected/" + i7, schemaPath: "#/properties/affected/items/required", keyword: "required", params: { missingProperty: "jobs" }, message: "must have required property 'jobs'", schema: schema31.properties.affected.items.required, parentSchema: schema31.properties.affected.items, data: data41 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              for (const key6 in data41) {
                if (!(key6 === "kind" || key6 === "name" || key6 === "jobs")) {
                  const err89 = { instancePath: instancePath + "/affected/" + i7, schemaPath: "#/properties/affected/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.affected.items, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              }
              if (data41.kind !== void 0) {
                let data42 = data41.kind;
                if (!(data42 === "table" || data42 === "udf")) {
                  const err90 = { instancePath: instancePath + "/affected/" + i7 + "/kind", schemaPath: "#/properties/affected/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.affected.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.affected.items.properties.kind.enum, parentSchema: schema31.properties.affected.items.properties.kind, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              }
              if (data41.name !== void 0) {
                let data43 = data41.name;
                if (typeof data43 !== "string") {
                  const err91 = { instancePath: instancePath + "/affected/" + i7 + "/name", schemaPath: "#/properties/affected/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.affected.items.properties.name.type, parentSchema: schema31.properties.affected.items.properties.name, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
              if (data41.jobs !== void 0) {
                let data44 = data41.jobs;
                if (Array.isArray(data44)) {
                  const len8 = data44.length;
                  for (let i8 = 0; i8 < len8; i8++) {
                    let data45 = data44[i8];
                    if (typeof data45 !== "string") {
                      const err92 = { instancePath: instancePath + "/affected/" + i7 + "/jobs/" + i8, schemaPath: "#/properties/affected/items/properties/jobs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.affected.items.properties.jobs.items.type, parentSchema: schema31.properties.affected.items.properties.jobs.items, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err93 = { instancePath: instancePath + "/affected/" + i7 + "/jobs", schemaPath: "#/properties/affected/items/properties/jobs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.affected.items.properties.jobs.type, parentSchema: schema31.properties.affected.items.properties.jobs, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
            } else {
              const err94 = { instancePath: instancePath + "/affected/" + i7, schemaPath: "#/properties/affected/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.affected.items.type, parentSchema: schema31.properties.affected.items, data: data41 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          }
        } else {
          const err95 = { instancePath: instancePath + "/affected", schemaPath: "#/properties/affected/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.affected.type, parentSchema: schema31.properties.affected, data: data40 };
          if (vErrors === null) {
            vErrors = [err95];
          } else {
            vErrors.push(err95);
          }
          errors++;
        }
      }
      if (data.lineage !== void 0) {
        let data46 = data.lineage;
        if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
          if (data46.nodes === void 0) {
            const err96 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'", schema: schema31.properties.lineage.required, parentSchema: schema31.properties.lineage, data: data46 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
          if (data46.edges === void 0) {
            const err97 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/required", keyword: "required", params: { missingProperty: "edges" }, message: "must have required property 'edges'", schema: schema31.properties.lineage.required, parentSchema: schema31.properties.lineage, data: data46 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
          for (const key7 in data46) {
            if (!(key7 === "nodes" || key7 === "edges")) {
              const err98 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.lineage, data: data46 };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
          }
          if (data46.nodes !== void 0) {
            let data47 = data46.nodes;
            if (Array.isArray(data47)) {
              const len9 = data47.length;
              for (let i9 = 0; i9 < len9; i9++) {
                let data48 = data47[i9];
                if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                  if (data48.id === void 0) {
                    const err99 = { instancePath: instancePath + "/lineage/nodes/" + i9, schemaPath: "#/properties/lineage/properties/nodes/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.properties.lineage.properties.nodes.items.required, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                  if (data48.kind === void 0) {
                    const err100 = { instancePath: instancePath + "/lineage/nodes/" + i9, schemaPath: "#/properties/lineage/properties/nodes/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.properties.lineage.properties.nodes.items.required, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                  if (data48.label === void 0) {
                    const err101 = { instancePath: instancePath + "/lineage/nodes/" + i9, schemaPath: "#/properties/lineage/properties/nodes/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema31.properties.lineage.properties.nodes.items.required, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                  if (data48.changed === void 0) {
                    const err102 = { instancePath: instancePath + "/lineage/nodes/" + i9, schemaPath: "#/properties/lineage/properties/nodes/items/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property 'changed'", schema: schema31.properties.lineage.properties.nodes.items.required, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                  for (const key8 in data48) {
                    if (!(key8 === "id" || key8 === "kind" || key8 === "label" || key8 === "changed")) {
                      const err103 = { instancePath: instancePath + "/lineage/nodes/" + i9, schemaPath: "#/properties/lineage/properties/nodes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  }
                  if (data48.id !== void 0) {
                    let data49 = data48.id;
                    if (typeof data49 === "string") {
                      if (!pattern11.test(data49)) {
                        const err104 = { instancePath: instancePath + "/lineage/nodes/" + i9 + "/id", schemaPath: "#/properties/lineage/properties/nodes/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^(job|table|view|udf):" }, message: 'must match pattern "^(job|table|view|udf):"', schema: "^(job|table|view|udf):", parentSchema: schema31.properties.lineage.properties.nodes.items.properties.id, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err104];
                        } else {
                          vErrors.push(err104);
                        }
                        errors++;
                      }
                    } else {
                      const err105 = { instancePath: instancePath + "/lineage/nodes/" + i9 + "/id", schemaPath: "#/properties/lineage/properties/nodes/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lineage.properties.nodes.items.properties.id.type, parentSchema: schema31.properties.lineage.properties.nodes.items.properties.id, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                  }
                  if (data48.kind !== void 0) {
                    let data50 = data48.kind;
                    if (!(data50 === "job" || data50 === "table" || data50 === "view" || data50 === "udf")) {
                      const err106 = { instancePath: instancePath + "/lineage/nodes/" + i9 + "/kind", schemaPath: "#/properties/lineage/properties/nodes/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.lineage.properties.nodes.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.lineage.properties.nodes.items.properties.kind.enum, parentSchema: schema31.properties.lineage.properties.nodes.items.properties.kind, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  }
                  if (data48.label !== void 0) {
                    let data51 = data48.label;
                    if (typeof data51 !== "string") {
                      const err107 = { instancePath: instancePath + "/lineage/nodes/" + i9 + "/label", schemaPath: "#/properties/lineage/properties/nodes/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lineage.properties.nodes.items.properties.label.type, parentSchema: schema31.properties.lineage.properties.nodes.items.properties.label, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  }
                  if (data48.changed !== void 0) {
                    let data52 = data48.changed;
                    if (typeof data52 !== "boolean") {
                      const err108 = { instancePath: instancePath + "/lineage/nodes/" + i9 + "/changed", schemaPath: "#/properties/lineage/properties/nodes/items/properties/changed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.lineage.properties.nodes.items.properties.changed.type, parentSchema: schema31.properties.lineage.properties.nodes.items.properties.changed, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err109 = { instancePath: instancePath + "/lineage/nodes/" + i9, schemaPath: "#/properties/lineage/properties/nodes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lineage.properties.nodes.items.type, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
            } else {
              const err110 = { instancePath: instancePath + "/lineage/nodes", schemaPath: "#/properties/lineage/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.lineage.properties.nodes.type, parentSchema: schema31.properties.lineage.properties.nodes, data: data47 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          }
          if (data46.edges !== void 0) {
            let data53 = data46.edges;
            if (Array.isArray(data53)) {
              const len10 = data53.length;
              for (let i10 = 0; i10 < len10; i10++) {
                let data54 = data53[i10];
                if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                  if (data54.from === void 0) {
                    const err111 = { instancePath: instancePath + "/lineage/edges/" + i10, schemaPath: "#/properties/lineage/properties/edges/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema31.properties.lineage.properties.edges.items.required, parentSchema: schema31.properties.lineage.properties.edges.items, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                  if (data54.to === void 0) {
                    const err112 = { instancePath: instancePath + "/lineage/edges/" + i10, schemaPath: "#/properties/lineage/properties/edges/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema31.properties.lineage.properties.edges.items.required, parentSchema: schema31.properties.lineage.properties.edges.items, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                  for (const key9 in data54) {
                    if (!(key9 === "from" || key9 === "to")) {
                      const err113 = { instancePath: instancePath + "/lineage/edges/" + i10, schemaPath: "#/properties/lineage/properties/edges/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.lineage.properties.edges.items, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                  }
                  if (data54.from !== void 0) {
                    let data55 = data54.from;
                    if (typeof data55 !== "string") {
                      const err114 = { instancePath: instancePath + "/lineage/edges/" + i10 + "/from", schemaPath: "#/properties/lineage/properties/edges/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lineage.properties.edges.items.properties.from.type, parentSchema: schema31.properties.lineage.properties.edges.items.properties.from, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                  }
                  if (data54.to !== void 0) {
                    let data56 = data54.to;
                    if (typeof data56 !== "string") {
                      const err115 = { instancePath: instancePath + "/lineage/edges/" + i10 + "/to", schemaPath: "#/properties/lineage/properties/edges/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lineage.properties.edges.items.properties.to.type, parentSchema: schema31.properties.lineage.properties.edges.items.properties.to, data: data56 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err116 = { instancePath: instancePath + "/lineage/edges/" + i10, schemaPath: "#/properties/lineage/properties/edges/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lineage.properties.edges.items.type, parentSchema: schema31.properties.lineage.properties.edges.items, data: data54 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              }
            } else {
              const err117 = { instancePath: instancePath + "/lineage/edges", schemaPath: "#/properties/lineage/properties/edges/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.lineage.properties.edges.type, parentSchema: schema31.properties.lineage.properties.edges, data: data53 };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
          }
        } else {
          const err118 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lineage.type, parentSchema: schema31.properties.lineage, data: data46 };
          if (vErrors === null) {
            vErrors = [err118];
          } else {
            vErrors.push(err118);
          }
          errors++;
        }
      }
      if (data.diagnostics !== void 0) {
        let data57 = data.diagnostics;
        if (Array.isArray(data57)) {
          const len11 = data57.length;
          for (let i11 = 0; i11 < len11; i11++) {
            if (!validate26(data57[i11], { instancePath: instancePath + "/diagnostics/" + i11, parentData: data57, parentDataProperty: i11, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err119 = { instancePath: instancePath + "/diagnostics", schemaPath: "#/properties/diagnostics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.diagnostics.type, parentSchema: schema31.properties.diagnostics, data: data57 };
          if (vErrors === null) {
            vErrors = [err119];
          } else {
            vErrors.push(err119);
          }
          errors++;
        }
      }
    } else {
      const err120 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err120];
      } else {
        vErrors.push(err120);
      }
      errors++;
    }
    validate202.errors = vErrors;
    return errors === 0;
  });
  validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  exports.plan = validate20;
});
var plan;
function planFileValidator() {
  if (!plan) {
    plan = {};
    planValidators(plan);
  }
  return plan.plan;
}
// src/plan/plan-file.ts
var PLAN_FILE_CODES = { invalid: "FO690", version: "FO691" };
var SUMMARY_PROBLEMS = 3;
var START = { line: 1, column: 1 };
var pointerToPath = (function pointerToPath(pointer, data) {
  const out = [];
  let cur = data;
  for (const raw of pointer ? pointer.slice(1).split("/") : []) {
    const seg = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const key = Array.isArray(cur) ? Number(seg) : seg;
    out.push(key);
    cur = cur && typeof cur === "object" ? cur[key] : void 0;
  }
  return out;
});
var where = (function where(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
});
var typeWords = (function typeWords(t) {
  const words = {
    object: "an object",
    array: "an array",
    string: "a string",
    integer: "an integer",
    number: "a number",
    boolean: "a boolean",
    null: "null"
  };
  const list = (Array.isArray(t) ? t : [t]).filter((x) => typeof x === "string");
  if (list.length === 0) return void 0;
  return list.map((x) => words[x] ?? x).join(" or ");
});
var problemOf = (function problemOf(e, data) {
  const path = pointerToPath(e.instancePath, data);
  const at = path.length ? where(path) : "the plan";
  const p = e.params;
  switch (e.keyword) {
    case "required": {
      const key = String(p.missingProperty);
      const prop = e.parentSchema?.properties?.[key];
      const words = typeWords(prop?.type);
      const name = where([...path, key]);
      return { text: words ? `${name} must be ${words}` : `${name} is missing`, path, what: "value" };
    }
    case "type":
      return { text: `${at} must be ${typeWords(p.type) ?? String(p.type)}`, path, what: "value" };
    case "enum":
      return {
        text: `${at} must be one of ${p.allowedValues.map(String).join(", ")}`,
        path,
        what: "value"
      };
    case "const":
      return { text: `${at} must be ${JSON.stringify(p.allowedValue)}`, path, what: "value" };
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      return { text: `${at} has an unknown key "${key}"`, path: [...path, key], what: "key" };
    }
    case "if":
      return void 0;
    // the failing `then` reports what is missing
    default:
      return { text: `${at} ${e.message ?? "is invalid"}`, path, what: "value" };
  }
});
var parsePlanJson = (function parsePlanJson(text, file = "plan.json") {
  const fail2 = (code, summary, detail, range = { file, start: START, end: START }) => ({ value: void 0, diags: [error6(code, summary, detail, range)] });
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const message3 = jsonErrorSummary(e);
    const lines = new LineIndex3(text);
    const at = lines.pos(jsonErrorOffset(e, text, lines));
    return fail2(
      PLAN_FILE_CODES.invalid,
      `${file} is not valid JSON: ${message3}`,
      "Write the plan again with `flinkops plan --out plan.json`; do not edit it by hand.",
      { file, start: at, end: at }
    );
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc) || !("formatVersion" in doc)) {
    return fail2(
      PLAN_FILE_CODES.invalid,
      `${file} is not a flinkops plan: it has no formatVersion`,
      "Pass the file written by `flinkops plan --out plan.json` (or `flinkops plan --json`)."
    );
  }
  const version = doc.formatVersion;
  if (version !== PLAN_FORMAT_VERSION) {
    const newer = typeof version === "number" && version > PLAN_FORMAT_VERSION;
    return fail2(
      PLAN_FILE_CODES.version,
      `${file} has plan format version ${JSON.stringify(version)}; this flinkops reads version ${PLAN_FORMAT_VERSION}`,
      newer ? "The plan was written by a newer flinkops. Upgrade flinkops, or plan again with this version." : "The plan was written by another flinkops version. Plan again with this version."
    );
  }
  const validate2 = planFileValidator();
  if (validate2(doc)) return { value: doc, diags: [] };
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of validate2.errors ?? []) {
    const p = problemOf(e, doc);
    if (!p || seen.has(p.text)) continue;
    seen.add(p.text);
    problems.push(p);
  }
  const source = parseWithLibrary(file, text).value;
  const located2 = problems.map((p) => ({ ...p, range: source?.locate(p.path, p.what) ?? { file, start: START, end: START } })).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  const place = (r) => `${r.file}:${r.start.line}:${r.start.column}`;
  const shown = located2.slice(0, SUMMARY_PROBLEMS).map((p) => p.text);
  const more = problems.length > SUMMARY_PROBLEMS ? ` (and ${problems.length - SUMMARY_PROBLEMS} more)` : "";
  return fail2(
    PLAN_FILE_CODES.invalid,
    `${file} is not a valid flinkops plan: ${shown.join("; ")}${more}`,
    [
      ...located2.map((p) => `${place(p.range)}: ${p.text}.`),
      "Write the plan again with `flinkops plan --out plan.json`; do not edit it by hand."
    ].join("\n"),
    located2[0]?.range
  );
});
// src/cli/progress.ts
var applyProgress = (function applyProgress(io, mask2) {
  const dim = (s) => io.color ? `\x1B[2m${s}\x1B[22m` : s;
  const quiet = /* @__PURE__ */ new Set();
  const isQuiet = (e) => {
    if (e.type === "lock-wait") return false;
    if (e.type === "step-started" && e.step.kind === "sync-record") quiet.add(e.job);
    return quiet.has(e.job);
  };
  if (!io.isTTY) {
    return {
      onEvent(e) {
        if (isQuiet(e)) return;
        switch (e.type) {
          case "step-finished":
            io.stderr(
              `${e.job}: ${describeStep(e.step)} \u2026 ${e.ok ? "done" : e.interrupted ? "interrupted" : "failed"} (${seconds(e.elapsedMs)})
`
            );
            break;
          case "rollback-started":
            io.stderr(`${e.job}: rolling back: ${mask2(e.reason)}
`);
            break;
          case "lock-wait":
            io.stderr(`${lockWaitLine(e.holder, e.timeoutMs)}
`);
            break;
          case "job-done":
            io.stderr(`${e.job}: ${e.change.action} ${e.change.outcome}
`);
            break;
          default:
            break;
        }
      },
      done() {
      }
    };
  }
  const lines = /* @__PURE__ */ new Map();
  let drawn = 0;
  const row = (job, text) => `\x1B[2K${job.padEnd(24)} ${text}
`;
  const redraw = (finished) => {
    let out = drawn ? `\x1B[${drawn}A` : "";
    if (finished !== void 0) out += finished;
    for (const [job, text] of lines) out += row(job, text);
    drawn = lines.size;
    io.stderr(out);
  };
  return {
    onEvent(e) {
      if (isQuiet(e)) return;
      switch (e.type) {
        case "step-started":
          lines.set(e.job, describeStep(e.step));
          break;
        case "poll-progress":
          lines.set(
            e.job,
            `${lines.get(e.job)?.split(" \u2026")[0] ?? e.what} \u2026 ${dim(`${e.what} ${seconds(e.elapsedMs)}`)}`
          );
          break;
        case "rollback-started":
          lines.set(e.job, `rolling back: ${mask2(e.reason)}`);
          break;
        case "lock-wait":
          io.stderr(`${lockWaitLine(e.holder, e.timeoutMs)}
`);
          return;
        case "job-done":
          lines.delete(e.job);
          redraw(row(e.job, `${e.change.action} ${e.change.outcome}`));
          return;
        default:
          return;
      }
      redraw();
    },
    done() {
      drawn = 0;
    }
  };
});
var seconds = (function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)}s`;
});
// src/cli/commands/apply.ts
var STOP_NOTICE = "stopping after the steps in flight (a savepoint in progress is awaited and recorded); no new step starts, the lock is released.";
var LOG_TAIL_LINES = 50;
var applyCommandWith = (function applyCommandWith(ports) {
  return {
    help: [
      "Usage: flinkops apply [PLAN.json] [--env NAME] [--dir DIR] [--auto-approve] [--explain] [--json]",
      "",
      "Without a file: plans, shows the plan and asks for confirmation (on a terminal; elsewhere",
      "--auto-approve is required). With a file saved by `flinkops plan --out`: applies exactly that",
      "plan, refused if the cluster, the state store or the repository changed since, or if --env",
      "(or FLINKOPS_ENV) names another environment than the plan's.",
      "Holds the state store lock for the whole run; every savepoint is recorded the moment it",
      "completes; a new job that does not stay healthy is rolled back from the same savepoint, and so",
      "is a version a later run recovers or resumes before it was ever stable, while it restores from",
      "the stable version's savepoint. A new job whose health cannot be read (the JobManager does",
      "not answer) is left running, not rolled back: the next apply finishes its check.",
      "When a change fails, prints its root cause and the last 50 lines of the JobManager log",
      "(secrets masked; with --json, as jobmanagerLog).",
      "Ctrl-C (SIGINT) or a cancelled CI run (SIGTERM): no new step starts, the steps in flight reach",
      "a safe point (a savepoint in progress is awaited and recorded, a health check is left for the",
      "next plan to show), the lock is released and the report says what was done; exit 130/143.",
      "A second signal stops at once; the next run sees the lock it leaves is dead and breaks it.",
      "  --auto-approve         do not ask for confirmation",
      "  --explain              print the steps apply would take, and stop",
      "  --parallelism N        jobs worked on at once (default 4)",
      "  --health-grace DUR     how long a new job must stay healthy before it counts (default 30s)",
      "  --checkpoint-wait DUR  then, with checkpointing on, how long to wait for its first completed",
      "                         checkpoint (default 10min; 0 skips that check)",
      "  --allow-delete         delete jobs removed from the repository (final savepoint first)",
      "  --allow-version-upgrade  start planMode: script jobs on a new Flink version from their",
      "                         savepoint although their state verdict is unknown",
      forceUnlockHelp,
      "  --lock-timeout DUR     wait this long for a lock another run holds (default 0: fail at once)",
      "  --now ISO-8601         plan and apply as if run at that instant (schedules)",
      "  --target JOB           plan and apply only this job (repeatable); not with a saved plan",
      "  --replace JOB          restart this running job with the repository's script, from a",
      "                         savepoint, though nothing changed (repeatable); not with a saved plan",
      "  --json                 print the apply report as JSON",
      ...clusterHelp
    ].join("\n"),
    async run(argv, io) {
      const args = parseCommandArgs2(
        argv,
        {
          ...planOptions,
          "auto-approve": { type: "boolean", short: "y" },
          explain: { type: "boolean" },
          parallelism: { type: "string" },
          ...forceUnlockOption,
          "health-grace": { type: "string" },
          "checkpoint-wait": { type: "string" },
          "lock-timeout": { type: "string" }
        },
        1
      );
      const checkpointWaitMs = durationOpt(args, "checkpoint-wait");
      const graceMs = durationOpt(args, "health-grace");
      const lockTimeoutMs = durationOpt(args, "lock-timeout");
      const dir = projectDir(args, io);
      const json = boolOpt2(args, "json");
      const planFile = args.positionals[0];
      let saved;
      if (planFile) {
        const path = isAbsolute5(planFile) ? planFile : resolve6(io.cwd, planFile);
        let text;
        try {
          text = readFileSync5(path, "utf8");
        } catch (e) {
          const code = e.code;
          const why = code === "ENOENT" ? "no such file; save a plan with `flinkops plan --out FILE`" : code === "EISDIR" ? "it is a folder" : e.message;
          throw new UsageError5(`cannot read the plan file ${planFile}: ${why}`);
        }
        const parsed = parsePlanJson(text, planFile);
        if (!parsed.value) {
          reportDiagnostics(io, dir, parsed.diags);
          return EXIT2.error;
        }
        saved = parsed.value;
      }
      const target = targetOpt(args);
      if (saved && target)
        throw new UsageError5(
          "--target is for a new plan: a saved plan is applied as it was made (with its own target)"
        );
      const replace = replaceOpt(args);
      if (saved && replace)
        throw new UsageError5(
          "--replace is for a new plan: a saved plan is applied as it was made (plan --replace JOB --out FILE saves one that replaces)"
        );
      if (saved) {
        const other = savedPlanForOtherEnv(
          saved,
          stringOpt5(args, "env") || void 0,
          io.env.FLINKOPS_ENV || void 0
        );
        if (other) {
          reportDiagnostics(io, dir, [other]);
          return EXIT2.error;
        }
      }
      const env = saved?.env ?? commandEnv(args, io, dir, json);
      if (env === void 0) return EXIT2.error;
      const nowText = stringOpt5(args, "now");
      const commit = currentCommit(args, io, dir);
      const secrets = secretSource(io);
      const run = await runPlan({
        ...clusterRun(args, io, dir, env),
        secrets,
        offline: false,
        allowDelete: boolOpt2(args, "allow-delete"),
        allowVersionUpgrade: boolOpt2(args, "allow-version-upgrade"),
        checkpoints: "for-restarts",
        stateVerdicts: true,
        keepPrevious: true,
        now: nowText === void 0 ? new Date(ports.clock.now()).toISOString() : planInstant(nowText),
        ...commit ? { commit } : {},
        ...target ? { target } : {},
        ...replace ? { replace } : {},
        clock: ports.clock,
        ...ports.client ? { client: ports.client } : {},
        onProgress: progressPrinter(io, json || !io.isTTY)
      });
      const secretValues = [...run.secretValues, ...jobSecretValues(run.desired, secrets)];
      const m2 = (s) => mask(s, secretValues);
      const fail2 = async (diags) => {
        await closeRun(run);
        if (json) io.stdout(`${m2(JSON.stringify({ diagnostics: diags }, null, 2))}
`);
        else
          reportDiagnostics(
            io,
            dir,
            diags.map((d) => ({ ...d, summary: m2(d.summary), detail: m2(d.detail) }))
          );
        return EXIT2.error;
      };
      if (!run.plan || !run.desired || !run.client || !run.store || hasErrors5(run.diags))
        return fail2(run.diags);
      const unlocked = await forceUnlock(args, io, run.store, json);
      if (unlocked.length) return fail2(unlocked);
      const plan2 = saved ?? run.plan;
      if (target || replace) {
        try {
          if (target) checkTargets(plan2);
          if (replace) checkReplacements(plan2, replace);
        } catch (e) {
          await run.client.close();
          throw e;
        }
      }
      if (saved) {
        const mismatch = planMatchesRepository(saved, run.desired);
        if (mismatch.length) return fail2(mismatch);
        const elsewhere = savedPlanForOtherCluster(saved, run.plan);
        if (elsewhere) return fail2([elsewhere]);
      }
      if (boolOpt2(args, "explain")) {
        const steps = toSteps(plan2, run.desired, run.state?.doc);
        io.stdout(
          json ? `${m2(JSON.stringify(explainJson(plan2, steps), null, 2))}
` : m2(describeSteps(steps))
        );
        await closeRun(run);
        return EXIT2.ok;
      }
      if (!json) io.stdout(m2(renderPlanTerminal2(plan2, { color: io.color })));
      if (!hasChanges2(plan2)) {
        await closeRun(run);
        if (json) io.stdout(`${JSON.stringify({ changes: [], diagnostics: plan2.diagnostics }, null, 2)}
`);
        else {
          const refused2 = plan2.changes.filter((c) => c.refused).length;
          if (refused2 > 0)
            io.stdout(
              `
Nothing applied: the plan's ${refused2 === 1 ? "one change is" : `${refused2} changes are`} refused (see above).
`
            );
        }
        return EXIT2.ok;
      }
      if (!saved && !boolOpt2(args, "auto-approve")) {
        if (!io.confirm || !io.isTTY) {
          await closeRun(run);
          throw new UsageError5("apply without a terminal needs --auto-approve (or apply a saved plan file)");
        }
        const ok2 = await io.confirm('\nDo you want to perform these actions? Only "yes" is accepted:');
        if (!ok2) {
          await closeRun(run);
          io.stdout("Apply cancelled.\n");
          return EXIT2.error;
        }
      }
      const progress = applyProgress(io, m2);
      const { desired, client, store } = run;
      const { report, log } = await runGraceful(
        io.interrupt,
        STOP_NOTICE,
        (stop) => runApply({
          plan: plan2,
          desired,
          client,
          ...run.previous ? { previous: run.previous } : {},
          store,
          clock: ports.clock,
          secrets,
          secretValues,
          owner: { who: owner(io), command: "flinkops apply", host: hostname() },
          parallelism: intOpt2(args, "parallelism", 4),
          ...commit ? { commit } : {},
          timing: {
            ...graceMs !== void 0 ? { graceMs } : {},
            ...checkpointWaitMs !== void 0 ? { checkpointWaitMs } : {},
            ...lockTimeoutMs !== void 0 ? { lockTimeoutMs } : {}
          },
          hooks: json ? {} : { onEvent: progress.onEvent },
          stop,
          failureLog: { lines: LOG_TAIL_LINES }
        })
      );
      progress.done();
      await closeRun(run);
      if (json) {
        const { diags, ...rest } = report;
        const out = { ...rest, diagnostics: diags, ...log ? { jobmanagerLog: log } : {} };
        io.stdout(`${m2(JSON.stringify(out, null, 2))}
`);
      } else {
        io.stdout(m2(renderApplyReport(report)));
        if (log)
          io.stdout(
            m2(
              renderFailureDetails(report, log.lines, {
                color: io.color,
                ...log.unavailable ? { logUnavailable: log.unavailable } : {}
              })
            )
          );
        reportDiagnostics(
          io,
          dir,
          report.diags.map((d) => ({ ...d, summary: m2(d.summary), detail: m2(d.detail) }))
        );
      }
      return applyFailed(report) ? EXIT2.error : EXIT2.ok;
    }
  };
});
var applyCommand = applyCommandWith({ clock: systemClock4 });
function savedPlanForOtherCluster(saved, now) {
  const was = saved.cluster?.jobmanagerUrl;
  const is = now.cluster?.jobmanagerUrl;
  if (was === void 0 || is === void 0 || was === is) return void 0;
  return error6(
    APPLY_CODES2.planForOtherCluster,
    `the plan was made against the cluster at ${was}, and this run reaches ${is}`,
    `A saved plan applies on the cluster it was made against. Apply it with that cluster's URL (check FLINKOPS_JOBMANAGER_URL and --jobmanager-url), or plan again for ${is}: flinkops plan --env ${saved.env} --out FILE.`
  );
}
function savedPlanForOtherEnv(saved, flag, fromEnv) {
  const [named, how] = flag !== void 0 ? [flag, "--env"] : [fromEnv, "FLINKOPS_ENV"];
  if (named === void 0 || named === saved.env) return void 0;
  return error6(
    APPLY_CODES2.planForOtherEnv,
    `the plan is for environment ${saved.env}, and ${how} names ${named}`,
    `A saved plan applies to the environment it was made for. Apply it without ${how} (or with ${saved.env}), or make a plan for ${named}: flinkops plan --env ${named} --out FILE.`
  );
}
export {
  applyCommand,
  applyCommandWith
};
