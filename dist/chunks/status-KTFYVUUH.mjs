import {
  maskSecrets
} from "./chunk-WFC65L2V.mjs";
import {
  nodeCrypto
} from "./chunk-HMNNWFXX.mjs";
import {
  resolveSecretsInValue
} from "./chunk-6HBNRHRD.mjs";
import {
  warning
} from "./chunk-OZ4GHFPU.mjs";
// src/engine/alert-payloads.ts
var title = (function title(m) {
  return m.status === "firing" ? `flinkops: ${m.job} breaches ${m.rule} in ${m.project}/${m.env}` : `flinkops: ${m.job} passes ${m.rule} again in ${m.project}/${m.env}`;
});
var lines = (function lines(m) {
  return m.status === "firing" ? [m.summary, ...m.detail ? [m.detail] : [], `Checked at ${m.time}.`] : [`Resolved at ${m.time}${m.since ? ` (breaching since ${m.since})` : ""}: ${m.summary}`];
});
var dingtalkSign = (function dingtalkSign(secret, timestampMs) {
  return nodeCrypto().createHmac("sha256", secret).update(`${timestampMs}
${secret}`).digest("base64");
});
var feishuSign = (function feishuSign(secret, timestampS) {
  return nodeCrypto().createHmac("sha256", `${timestampS}
${secret}`).update("").digest("base64");
});
var withQuery = (function withQuery(url, params) {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
});
var alertMail = (function alertMail(m) {
  const head = title(m);
  return {
    subject: `${m.status === "firing" ? "[FIRING]" : "[RESOLVED]"} ${head.replace(/^flinkops: /, "")}`,
    text: `${[
      head,
      "",
      ...lines(m),
      "",
      `Project ${m.project}, environment ${m.env}, job ${m.job}, rule ${m.rule}.`,
      "Sent by flinkops status --check --alert."
    ].join("\n")}
`
  };
});
var alertRequest = (function alertRequest(type, channel, m, nowMs) {
  const head = title(m);
  const text = lines(m);
  switch (type) {
    case "slack":
      return {
        url: channel.url,
        body: JSON.stringify({
          text: `${m.status === "firing" ? ":rotating_light:" : ":white_check_mark:"} ${head}`,
          blocks: [
            { type: "header", text: { type: "plain_text", text: head.slice(0, 150) } },
            { type: "section", text: { type: "mrkdwn", text: text.join("\n") } }
          ]
        })
      };
    case "dingtalk": {
      const url = channel.secret ? withQuery(channel.url, { timestamp: String(nowMs), sign: dingtalkSign(channel.secret, nowMs) }) : channel.url;
      return {
        url,
        body: JSON.stringify({
          msgtype: "markdown",
          markdown: { title: head, text: [`### ${head}`, "", ...text].join("\n\n") }
        })
      };
    }
    case "feishu": {
      const ts = Math.floor(nowMs / 1e3);
      return {
        url: channel.url,
        body: JSON.stringify({
          ...channel.secret ? { timestamp: String(ts), sign: feishuSign(channel.secret, ts) } : {},
          msg_type: "text",
          content: { text: [head, ...text].join("\n") }
        })
      };
    }
    case "wecom":
      return {
        url: channel.url,
        body: JSON.stringify({
          msgtype: "markdown",
          markdown: { content: [`**${head}**`, ...text].join("\n") }
        })
      };
    case "webhook":
      return {
        url: channel.url,
        body: JSON.stringify({
          project: m.project,
          env: m.env,
          job: m.job,
          rule: m.rule,
          status: m.status,
          summary: m.summary,
          ...m.detail ? { detail: m.detail } : {},
          time: m.time,
          ...m.since ? { since: m.since } : {}
        })
      };
  }
});
// src/engine/alert-state.ts
var RENAMED_RULES = { maxBackpressure: "maxBackPressure" };
var renamed = (function renamed(open) {
  const out = {};
  for (const [job, rules] of Object.entries(open))
    out[job] = Object.fromEntries(Object.entries(rules).map(([r, since]) => [RENAMED_RULES[r] ?? r, since]));
  return out;
});
var alertTransitions = (function alertTransitions(report, stored) {
  const before = renamed(stored);
  const messages = [];
  const open = {};
  const base = { project: report.project, env: report.env, time: report.now };
  const seen = /* @__PURE__ */ new Set();
  for (const job of report.jobs) {
    seen.add(job.job);
    const was = before[job.job] ?? {};
    const now = {};
    for (const b of job.breaches) {
      if (now[b.rule]) continue;
      now[b.rule] = was[b.rule] ?? report.now;
      if (!was[b.rule])
        messages.push({
          ...base,
          job: job.job,
          rule: b.rule,
          status: "firing",
          summary: b.summary,
          detail: b.detail,
          since: now[b.rule]
        });
    }
    for (const [rule, since] of Object.entries(was))
      if (!now[rule])
        messages.push({
          ...base,
          job: job.job,
          rule,
          status: "resolved",
          summary: `${job.job} passes ${rule} again`,
          since
        });
    if (Object.keys(now).length) open[job.job] = now;
  }
  for (const [job, rules] of Object.entries(before)) {
    if (seen.has(job)) continue;
    for (const [rule, since] of Object.entries(rules))
      messages.push({
        ...base,
        job,
        rule,
        status: "resolved",
        summary: `${job} is no longer in the repository, so ${rule} is not checked`,
        since
      });
  }
  return { messages, open };
});
// src/engine/smtp-mail.ts
var TIMEOUT_MS = 1e4;
var URL_OPTIONS = /* @__PURE__ */ new Set(["tls.rejectUnauthorized", "requireTLS", "ignoreTLS", "name", "secure"]);
var smtpUrlProblem = (function smtpUrlProblem(smtpUrl) {
  let u;
  try {
    u = new URL(smtpUrl);
  } catch {
    return "the SMTP URL does not parse (write smtps://USER:PASSWORD@HOST:465 or smtp://USER:PASSWORD@HOST:587)";
  }
  if (u.protocol !== "smtp:" && u.protocol !== "smtps:")
    return `the SMTP URL must start with smtp:// or smtps://, not ${u.protocol}//`;
  const extra = [...u.searchParams.keys()].filter((k) => !URL_OPTIONS.has(k));
  if (extra.length) return `the SMTP URL sets options flinkops does not pass on: ${extra.join(", ")}`;
  return void 0;
});
var smtpSendMail = (async (smtpUrl, mail) => {
  const problem = smtpUrlProblem(smtpUrl);
  if (problem) throw new Error(problem);
  const { createTransport } = await import("./nodemailer-SQKMOM3K.mjs");
  const transport = createTransport({
    url: smtpUrl,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    dnsTimeout: TIMEOUT_MS
  });
  try {
    await transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      headers: { "X-Mailer": "flinkops" }
    });
  } finally {
    transport.close();
  }
});
// src/engine/alerts-run.ts
var TIMEOUT_MS2 = 1e4;
var fetchPostJson = (async (url, body) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": "flinkops" },
    body,
    redirect: "error",
    signal: AbortSignal.timeout(TIMEOUT_MS2)
  });
  await res.body?.cancel();
  return res.status;
});
var ALERT_CODES = {
  /** Warning: an alert could not be delivered to a channel. */
  alertNotDelivered: "FO661",
  /** Warning: the open alerts could not be recorded. */
  alertsNotRecorded: "FO662"
};
var runAlerts = (async function runAlerts(opts) {
  const diags = [];
  const secretValues = [];
  const resolve6 = (v) => {
    const r = resolveSecretsInValue(v, opts.secrets);
    diags.push(...r.diags);
    if (r.value !== v) secretValues.push(r.value);
    return r.value;
  };
  const channels = (opts.env.alerts ?? []).map((c) => ({
    type: c.type,
    url: resolve6(c.url),
    ...c.secret ? { secret: resolve6(c.secret) } : {},
    ...c.from ? { from: c.from } : {},
    ...c.to ? { to: typeof c.to === "string" ? [c.to] : c.to } : {}
  }));
  const sendMail = opts.sendMail ?? smtpSendMail;
  secretValues.push(...channels.map((c) => c.url));
  for (const c of channels.filter((x) => x.type === "email")) secretValues.push(...urlPassword(c.url));
  const before = opts.state.doc.alerts ?? {};
  const { messages, open } = alertTransitions(opts.report, before);
  const sent = [];
  for (const message3 of messages) {
    let delivered = 0;
    for (const [i, c] of channels.entries()) {
      const where = `alert channel ${i + 1} (${c.type})`;
      try {
        if (c.type === "email") {
          await sendMail(c.url, { from: c.from ?? "", to: c.to ?? [], ...alertMail(message3) });
          delivered++;
          continue;
        }
        const req = alertRequest(c.type, c, message3, opts.nowMs);
        const status = await opts.post(req.url, req.body);
        if (status >= 200 && status < 300) delivered++;
        else diags.push(notDelivered(where, message3, `it answered HTTP ${status}`));
      } catch (e) {
        const why = e instanceof Error ? e.name === "TimeoutError" ? "timed out" : e.message : String(e);
        diags.push(notDelivered(where, message3, maskSecrets(why, secretValues)));
      }
    }
    sent.push({ message: message3, delivered, channels: channels.length });
  }
  if (messages.length > 0) {
    const doc = { ...opts.state.doc };
    if (Object.keys(open).length) doc.alerts = open;
    else delete doc.alerts;
    try {
      await opts.store.write(doc, opts.state.version, {
        message: `alerts: ${messages.map((m) => `${m.status} ${m.job} ${m.rule}`).join(", ")}`,
        secretValues
      });
    } catch (e) {
      diags.push(
        warning(
          ALERT_CODES.alertsNotRecorded,
          `the open alerts could not be recorded in the state store: ${maskSecrets(e instanceof Error ? e.message : String(e), secretValues)}`,
          "The next check sends these alerts again. Run it again once the store is writable (an apply may hold it)."
        )
      );
    }
  }
  return { sent, diags };
});
var urlPassword = (function urlPassword(url) {
  const raw = URL.canParse(url) ? new URL(url).password : "";
  if (!raw) return [];
  try {
    return [raw, decodeURIComponent(raw)];
  } catch {
    return [raw];
  }
});
var notDelivered = (function notDelivered(where, m, why) {
  return warning(
    ALERT_CODES.alertNotDelivered,
    `the ${m.status} alert of ${m.job} (${m.rule}) did not reach ${where}: ${why}`,
    `Check the channel's URL and signing secret in environments.${m.env}.alerts of flinkops.yaml; the alert is not sent again unless the rule passes and breaches anew.`
  );
});

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
  resolveSecretsInValue as resolveSecretsInValue2
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
  const resolve6 = (v) => {
    if (v === void 0) return void 0;
    const r = resolveSecretsInValue2(v, opts.secrets);
    diags.push(...r.diags);
    if (r.value !== v) secretValues.push(r.value);
    return r.value;
  };
  const a = opts.env.auth;
  const auth = {};
  if (a?.token) auth.bearerToken = resolve6(a.token);
  if (a?.username !== void 0)
    auth.basic = { username: resolve6(a.username), password: resolve6(a.password) ?? "" };
  if (a?.headers)
    auth.headers = Object.fromEntries(Object.entries(a.headers).map(([k, v]) => [k, resolve6(v)]));
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
  const m = e instanceof Error ? e.message : "";
  const pos = /at position (\d+)/.exec(m);
  if (pos) return Math.min(Number(pos[1]), text.length);
  const lc = /line (\d+) column (\d+)/.exec(m);
  if (lc) return index.offset({ line: Number(lc[1]), column: Number(lc[2]) });
  return jsonSyntaxErrorOffset(text) ?? text.length;
});
var jsonErrorSummary = (function jsonErrorSummary(e) {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/ at position \d+.*$/s, "").replace(/ in JSON$/, "").replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, "");
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
  let lines2;
  const index = () => lines2 ??= new LineIndex(text);
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
    const where = inDoc.length > 0 ? displayPath(inDoc) : segments.length > 0 ? "state" : "the top level";
    const extra = e.keyword === "additionalProperties" ? e.params.additionalProperty : void 0;
    out.push(
      error2(
        STATE_CODES.invalid,
        `the state store ${file} is not a valid state document: ${where} ${message(e)}`,
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
var newLockInfo = (function newLockInfo(owner, now, ttlMs, defaults) {
  return {
    id: randomHex(8),
    who: owner.who,
    command: owner.command,
    host: owner.host ?? defaults.host,
    ...defaults.pid !== void 0 ? { pid: defaults.pid } : {},
    ...owner.run ? { run: owner.run } : {},
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
  let renamed2 = false;
  try {
    await fh.writeFile(data, "utf8");
    await fh.sync();
    await fh.close();
    beforeRename?.(tmp);
    await fs.rename(tmp, target);
    renamed2 = true;
    await syncDir(dir);
  } finally {
    if (!renamed2) {
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
  async lock(owner, ttlMs) {
    await this.ensureDir();
    const now = this.clock.now();
    const info = newLockInfo(owner, now, ttlMs, { host: hostName(), pid: process.pid });
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
  warning as warning2
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
var HEALTH_OBSERVE_CODES = {
  /** Warning: the exceptions history or back-pressure of a job could not be read. */
  healthUnreadable: "FO655"
};
var ACTIVE = /* @__PURE__ */ new Set(["RUNNING", "RESTARTING", "FAILING", "CREATED", "INITIALIZING", "RECONCILING"]);
var newestPerJob = (function newestPerJob(jobs) {
  const out = /* @__PURE__ */ new Map();
  for (const j of jobs) {
    const cur = out.get(j.job);
    if (!cur || j.startTime > cur.startTime) out.set(j.job, j);
  }
  return [...out.values()];
});
var observeHealth = (async function observeHealth(client, live, opts = {}) {
  const limit = createLimiter(opts.concurrency ?? 16);
  const diags = [];
  const unreadable = (j, what, message22) => diags.push(
    warning2(
      HEALTH_OBSERVE_CODES.healthUnreadable,
      `cannot read the ${what} of job ${j.name} (${j.jobId}): ${message22}`,
      `The health rules that need it are not checked for ${j.job}; check that the JobManager is healthy and run again.`
    )
  );
  const targets = new Set(newestPerJob(live.jobs).filter((j) => ACTIVE.has(j.state)));
  const jobs = await Promise.all(
    live.jobs.map(async (j) => {
      if (!targets.has(j)) return j;
      const out = { ...j };
      const ex = await limit(() => client.getExceptions(j.jobId, opts.maxExceptions ?? 100));
      if (ex.ok) {
        out.failureTimes = ex.value.history.map((e) => e.timestamp).filter((t) => t !== void 0).sort((a, b) => b - a);
        out.failureHistoryTruncated = ex.value.truncated;
      } else if (ex.error.status !== 404) unreadable(j, "exceptions", ex.error.message);
      const read2 = client.getBackpressure?.bind(client);
      if (read2 && opts.backpressureFor?.has(j.job) && j.state === "RUNNING") {
        const levels = await Promise.all(
          j.vertices.map(async (v) => ({ v, r: await limit(() => read2(j.jobId, v.id)) }))
        );
        out.backpressure = [];
        for (const { v, r } of levels) {
          if (!r.ok) {
            if (r.error.status !== 404) unreadable(j, `back-pressure of vertex ${v.name}`, r.error.message);
            continue;
          }
          if (r.value.level) out.backpressure.push({ vertexId: v.id, vertex: v.name, level: r.value.level });
        }
      }
      return out;
    })
  );
  diags.sort((a, b) => a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0);
  return { value: { ...live, jobs }, diags };
});
// src/observe/metrics.ts
var METRICS_OBSERVE_CODES = {
  /** Warning: the metrics of a vertex could not be read. */
  metricsUnreadable: "FO656"
};
var VERTEX_METRICS = [
  "numRecordsInPerSecond",
  "numRecordsOutPerSecond",
  "backPressuredTimeMsPerSecond",
  "busyTimeMsPerSecond",
  "currentInputWatermark"
];
var SOURCE_OUT = /^Source__[^.]*\.numRecordsOutPerSecond$/;
var CONSUMER_LAG = /(^|\.)(pendingRecords|KafkaConsumer\.records-lag-max)$/;
var NO_WATERMARK = -9e18;
var newestRunning = (function newestRunning(jobs) {
  const out = /* @__PURE__ */ new Map();
  for (const j of jobs) {
    const cur = out.get(j.job);
    if (!cur || j.startTime > cur.startTime) out.set(j.job, j);
  }
  return new Set([...out.values()].filter((j) => j.state === "RUNNING"));
});
var observeMetrics = (async function observeMetrics(client, live, opts) {
  const list = client.listVertexMetrics?.bind(client);
  const get = client.getVertexMetrics?.bind(client);
  if (!list || !get) return { value: live, diags: [] };
  const limit = createLimiter(opts.concurrency ?? 16);
  const diags = [];
  const targets = newestRunning(live.jobs);
  const readVertex = async (j, v) => {
    let names = [...VERTEX_METRICS];
    if (v.role === "source" || v.role === void 0 && v.name.startsWith("Source:")) {
      const all = await limit(() => list(j.jobId, v.id));
      if (all.ok) {
        const has = new Set(all.value);
        names = names.filter((n) => has.has(n));
        names.push(...all.value.filter((n) => SOURCE_OUT.test(n) || CONSUMER_LAG.test(n)));
      }
    }
    const r = await limit(() => get(j.jobId, v.id, names));
    if (!r.ok) {
      if (r.error.status !== 404)
        diags.push(
          warning2(
            METRICS_OBSERVE_CODES.metricsUnreadable,
            `cannot read the metrics of vertex ${v.name} of job ${j.name} (${j.jobId}): ${r.error.message}`,
            `Its metrics and the health rules on them are not checked for ${j.job}; check that the JobManager is healthy and run again.`
          )
        );
      return void 0;
    }
    return { v, values: new Map(r.value.map((m) => [m.id, m])) };
  };
  const jobs = await Promise.all(
    live.jobs.map(async (j) => {
      if (!targets.has(j) || opts.jobs && !opts.jobs.has(j.job)) return j;
      const reads = (await Promise.all(j.vertices.map((v) => readVertex(j, v)))).filter(
        (r) => r !== void 0
      );
      if (reads.length === 0) return j;
      return { ...j, metrics: jobMetrics(reads, opts.now) };
    })
  );
  diags.sort((a, b) => a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0);
  return { value: { ...live, jobs }, diags };
});
var worst = (function worst(reads, name, scale) {
  let best;
  for (const { v, values } of reads) {
    const max = values.get(name)?.max;
    if (max === void 0) continue;
    if (!best || max / scale > best.value) best = { vertexId: v.id, vertex: v.name, value: max / scale };
  }
  return best;
});
var jobMetrics = (function jobMetrics(reads, now) {
  const out = {};
  const isSource = (r) => r.v.role === "source" || r.v.role === void 0 && r.v.name.startsWith("Source:");
  const isSink = (r) => r.v.role === "sink";
  let recIn;
  let recOut;
  let lag;
  let lowWatermark;
  for (const r of reads) {
    const names = [...r.values.keys()];
    if (isSource(r)) {
      const own = names.find((n) => SOURCE_OUT.test(n));
      const rate = r.values.get(own ?? "numRecordsOutPerSecond")?.sum;
      if (rate !== void 0) recIn = (recIn ?? 0) + rate;
      const lagNames = names.filter((x) => CONSUMER_LAG.test(x));
      const pending = lagNames.filter((x) => x.endsWith("pendingRecords"));
      for (const n of pending.length > 0 ? pending : lagNames) {
        const m = r.values.get(n);
        const v = n.endsWith("pendingRecords") ? m.sum : m.max;
        if (v !== void 0 && v >= 0) lag = (lag ?? 0) + v;
      }
    }
    if (isSink(r)) {
      const rate = r.values.get("numRecordsInPerSecond")?.sum;
      if (rate !== void 0) recOut = (recOut ?? 0) + rate;
    }
    const wm = r.values.get("currentInputWatermark")?.min;
    if (wm !== void 0 && wm > NO_WATERMARK && wm > 0 && (lowWatermark === void 0 || wm < lowWatermark))
      lowWatermark = wm;
  }
  if (recIn !== void 0) out.recordsInPerSecond = recIn;
  if (recOut !== void 0) out.recordsOutPerSecond = recOut;
  const bp = worst(reads, "backPressuredTimeMsPerSecond", 1e3);
  if (bp) out.backPressure = bp;
  const busy = worst(reads, "busyTimeMsPerSecond", 1e3);
  if (busy) out.busy = busy;
  if (lowWatermark !== void 0) out.watermarkLagMs = Math.max(0, now - lowWatermark);
  if (lag !== void 0) out.consumerLag = lag;
  return out;
});
// src/engine/compile-off-thread.ts
var COMPILE_WORKER_FROM_JOBS = 500;
var compileOffThread = (function compileOffThread(dir, options) {
  const entry = new URL("./compile-worker.mjs", import.meta.url);
  if (entry.protocol !== "file:" || !existsSync(entry)) return void 0;
  if (jobFiles(dir) < COMPILE_WORKER_FROM_JOBS) return void 0;
  if (process.getBuiltinModule("node:os").availableParallelism() < 2) return void 0;
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  return new Promise((resolve6, reject) => {
    const worker = new Worker(entry, { workerData: { dir, options } });
    worker.once("message", (r) => resolve6(revivedCompile(r)));
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
        warning2(
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
  const lines2 = causes.length > 0 ? [causes[0], ...causes.slice(-2)] : [e.message];
  return lines2.filter((l, i, a) => a.indexOf(l) === i).join(" <- ");
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
      warning2(
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
var explainChangedJobs = (async function explainChangedJobs(client, desired, plan, opts = {}) {
  const starting = new Set(
    plan.changes.filter((c) => STARTING.has(c.action) && !c.refused && !opts.skip?.has(c.job)).map((c) => c.job)
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
  const lines2 = ["EXPLAIN STATEMENT SET BEGIN"];
  const inserts = body.map((insert, k) => {
    const from = lines2.length + 1;
    lines2.push(...`${insert.text.replace(/;\s*$/, "")};`.split("\n"));
    return { st: insert, own: ownRanges[i + 1 + k - firstOwn], from };
  });
  lines2.push("END");
  return {
    text: lines2.join("\n"),
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
  return warning2(
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
    const m = /Unable to create a (source|sink) for (?:reading|writing) table '([^']+)'/.exec(c);
    if (m) return { name: m[2].split(".").pop(), as: m[1] };
  }
  return void 0;
}
var unstopped = ((s) => s.replace(/\.+$/, ""));
var located = (function located(e) {
  return [e.message, ...e.causes].map((l) => POSITION.exec(l)).find((x) => x !== null) ?? void 0;
});
var locate2 = (function locate2(e, range, shift) {
  const m = located(e);
  return m ? locateAt(Number(m[1]), Number(m[2]), range, shift) : range;
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
var explainStateGraphs = (async function explainStateGraphs(client, desired, plan, inputs, opts = {}) {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const todo = plan.changes.filter(
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
var asked = (function asked(plan) {
  return plan.changes.filter(
    (c) => restoresCancelledCheckpoint(c) || stopsByCancel(c) && (c.action === "suspend" || c.action === "delete")
  );
});
var readRetention = (async function readRetention(client, plan) {
  const out = /* @__PURE__ */ new Map();
  const get = client.getCheckpointConfig?.bind(client);
  if (!get) return out;
  await Promise.all(
    asked(plan).map(async (c) => {
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
var refuseByRetention = (function refuseByRetention(plan, survives) {
  const diags = [];
  for (const c of asked(plan)) {
    if (survives.get(c.liveJobId) !== false) continue;
    if (!restoresCancelledCheckpoint(c)) {
      diags.push(
        warning2(
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
    plan.summary = summarize(plan.changes);
    diags.push(error4(PLAN_CODES.checkpointsNotRetained, summary, detail));
    plan.diagnostics = plan.diagnostics.filter(
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
    offThread ?? new Promise((resolve6) => compiledHere = resolve6)
  );
  if (early?.connection.client) askCapabilities(opts, early.connection);
  try {
    let compiled;
    if (offThread) compiled = await offThread;
    else {
      if (early?.observed) await new Promise((resolve6) => setImmediate(resolve6));
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
  let plan = diff(desired, live, state2.value, diffOptions);
  const retention = client ? await readRetention(client, plan) : /* @__PURE__ */ new Map();
  diags.push(...refuseByRetention(plan, retention));
  const graphsOf = new Set(
    (opts.stateVerdicts ?? opts.explain) && client ? plan.changes.filter(restoresState).map((c) => c.job) : []
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
    return explainStateGraphs(client, desired, plan, { state: doc, live }, options);
  };
  const [explained, validated] = await Promise.all([graphs(), validate2(plan, graphsOf)]);
  diags.push(...validated);
  if (explained && explained.size > 0) {
    plan = diff(desired, live, state2.value, { ...diffOptions, explained });
    refuseByRetention(plan, retention);
  }
  const done = new Set(plan.changes.map((c) => c.job).filter((j) => !graphsOf.has(j)));
  for (const [job, pair] of explained ?? []) if ("next" in pair) done.add(job);
  diags.push(...await validate2(plan, done));
  const all = await whileLocked(store, opts.clock, [...diags, ...plan.diagnostics]);
  plan.diagnostics = sortDiagnostics(locatePolicySettings(opts.dir, all));
  if (endpoints) plan.cluster = clusterOf(endpoints, opts);
  return {
    desired,
    live,
    state: state2.value,
    plan,
    store,
    ...client ? { client } : {},
    ...previous ? { previous } : {},
    ...endpoints ? { endpoints } : {},
    secretValues,
    diags: plan.diagnostics
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
  desiredRunState,
  isoMinute
} from "./chunk-VYDMWTSJ.mjs";
import {
  isTerminal
} from "./chunk-U3JZYZS7.mjs";
import {
  parseDurationMs
} from "./chunk-H5WAOW7W.mjs";
import {
  hasErrors as hasErrors2,
  sortDiagnostics as sortDiagnostics2
} from "./chunk-OZ4GHFPU.mjs";
// src/engine/health-metrics.ts
var needsMetrics = (function needsMetrics(h) {
  return h !== void 0 && (typeof h.maxBackPressure === "number" || h.maxBusy !== void 0 || h.maxWatermarkLag !== void 0 || h.maxConsumerLag !== void 0 || h.minRecordsInPerSecond !== void 0);
});
var pct = ((x) => `${Math.round(x * 100)}%`);
var formatCount = (function formatCount(x) {
  const a = Math.abs(x);
  if (a >= 1e9) return `${(x / 1e9).toFixed(1)}G`;
  if (a >= 1e6) return `${(x / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${(x / 1e3).toFixed(1)}k`;
  return a >= 100 || Number.isInteger(x) ? String(Math.round(x)) : x.toFixed(1);
});
var metricBreaches = (function metricBreaches(h, j, uptimeMs, windowMs, ms, fmt) {
  const out = [];
  const m = j.metrics;
  if (typeof h.maxBackPressure === "number" && m?.backPressure && m.backPressure.value > h.maxBackPressure) {
    out.push({
      rule: "maxBackPressure",
      summary: `back-pressured ${pct(m.backPressure.value)} of the time at ${m.backPressure.vertex} (at most ${pct(h.maxBackPressure)})`,
      detail: "An operator after it cannot keep up" + (m.busy ? ` (the busiest is ${m.busy.vertex}, busy ${pct(m.busy.value)})` : "") + ". Raise the parallelism of the job or of that operator, or make the sink faster."
    });
  }
  if (h.maxBusy !== void 0 && m?.busy && m.busy.value > h.maxBusy) {
    out.push({
      rule: "maxBusy",
      summary: `${m.busy.vertex} is busy ${pct(m.busy.value)} of the time (at most ${pct(h.maxBusy)})`,
      detail: "That operator is the bottleneck of the job: raise the parallelism, or look at what it computes."
    });
  }
  const wmMax = h.maxWatermarkLag !== void 0 ? ms(h.maxWatermarkLag) : void 0;
  if (wmMax !== void 0 && m?.watermarkLagMs !== void 0 && m.watermarkLagMs > wmMax) {
    out.push({
      rule: "maxWatermarkLag",
      summary: `the watermark is ${fmt(m.watermarkLagMs)} behind now (at most ${h.maxWatermarkLag})`,
      detail: "Event time does not advance: a source partition may be idle (set scan.watermark.idle-timeout or table.exec.source.idle-timeout) or the job reads old data slower than it arrives."
    });
  }
  if (h.maxConsumerLag !== void 0 && m?.consumerLag !== void 0 && m.consumerLag > h.maxConsumerLag) {
    out.push({
      rule: "maxConsumerLag",
      summary: `Kafka sources are ${formatCount(m.consumerLag)} records behind (at most ${formatCount(h.maxConsumerLag)})`,
      detail: "The job reads slower than the topic grows. Raise its parallelism (up to the partition count) or remove the back-pressure that slows its sources."
    });
  }
  if (h.minRecordsInPerSecond !== void 0 && m?.recordsInPerSecond !== void 0 && uptimeMs >= windowMs && m.recordsInPerSecond < h.minRecordsInPerSecond) {
    out.push({
      rule: "minRecordsInPerSecond",
      summary: `sources read ${formatCount(m.recordsInPerSecond)} records/s (at least ${formatCount(h.minRecordsInPerSecond)})`,
      detail: "Too little comes in: check that upstream still produces, that the job reads the right topic or table, and that no source is back-pressured."
    });
  }
  const cpMax = h.maxCheckpointDuration !== void 0 ? ms(h.maxCheckpointDuration) : void 0;
  const cp = j.lastCheckpoint?.durationMs;
  if (cpMax !== void 0 && cp !== void 0 && cp > cpMax) {
    out.push({
      rule: "maxCheckpointDuration",
      summary: `the last checkpoint took ${fmt(cp)} (at most ${h.maxCheckpointDuration})`,
      detail: "Slow checkpoints usually mean back-pressure delaying the barriers or large state: look at the checkpoint details in the Flink UI, consider unaligned checkpoints or incremental RocksDB state."
    });
  }
  return out;
});
// src/engine/health.ts
var DEFAULT_RESTART_WINDOW = "10min";
var durationMs = (function durationMs(text) {
  return /^[0-9]+ ?(s|min|m|h|d)$/.test(text.trim()) ? parseDurationMs(text) : void 0;
});
var formatDuration = (function formatDuration(ms) {
  const s = Math.round(ms / 1e3);
  if (s < 120) return `${s}s`;
  const m = Math.round(s / 60);
  if (m < 120) return `${m}min`;
  const h = Math.floor(m / 60);
  return h < 48 ? `${h}h${m % 60 ? `${m % 60}min` : ""}` : `${Math.floor(h / 24)}d`;
});
var LEVEL_ORDER = { ok: 0, low: 1, high: 2 };
var newest = (function newest(live, job) {
  let best;
  for (const j of live.jobs) if (j.job === job && (!best || j.startTime > best.startTime)) best = j;
  return best;
});
var breachesOf = (function breachesOf(job, j, desired, t) {
  const h = job.settings.health ?? {};
  const out = [];
  if (desired !== "running") return out;
  if (h.notRunning !== false && j?.state !== "RUNNING") {
    out.push({
      rule: "notRunning",
      summary: j ? `${j.state} on the cluster while it should be running` : "not on the cluster while it should be running",
      detail: !j ? "Nothing runs under its name. flinkops plan shows the create, resume or recovery apply would do." : isTerminal(j.state) ? `Job ${j.jobId} is ${j.state}. See its exceptions in the Flink UI; flinkops plan shows the recovery apply would do.` : (
        // Not ended: Flink's restart strategy still has it, and a plan recovers only a job that ended.
        `Job ${j.jobId} is ${j.state}: Flink's restart strategy is still restarting it, so flinkops plan recovers nothing. See the root cause in the job's exceptions (Flink UI, Exceptions tab) and fix it in the repository: the upgrade restarts it (a job that is not RUNNING takes no savepoint; the plan says how its state is kept).`
      )
    });
  }
  if (!j) return out;
  if (h.maxRestarts !== void 0 && j.failureTimes) {
    const window = h.window ?? DEFAULT_RESTART_WINDOW;
    const ms = durationMs(window);
    if (ms !== void 0) {
      const recent = j.failureTimes.filter((f) => f > t - ms && f <= t).length;
      if (recent > h.maxRestarts) {
        out.push({
          rule: "maxRestarts",
          summary: `restarted ${recent} times in the last ${window} (at most ${h.maxRestarts})`,
          detail: `The latest failure was at ${isoMinute(j.failureTimes[0])}. Read the root cause in the job's exceptions (Flink UI, Exceptions tab); a job in a restart loop makes no progress.` + (j.failureHistoryTruncated ? " The exceptions history was truncated: there may be more." : "")
        });
      }
    }
  }
  if (h.maxCheckpointAge !== void 0 && j.state === "RUNNING") {
    const max = durationMs(h.maxCheckpointAge);
    const since = j.lastCheckpointTime ?? j.startTime;
    if (max !== void 0 && t - since > max) {
      out.push({
        rule: "maxCheckpointAge",
        summary: j.lastCheckpointTime !== void 0 ? `last completed checkpoint is ${formatDuration(t - since)} old (at most ${h.maxCheckpointAge})` : `no completed checkpoint in the ${formatDuration(t - since)} since it started (at most ${h.maxCheckpointAge})`,
        detail: "Checkpoints are failing or not enabled. Check execution.checkpointing.interval in its config and the checkpoint history in the Flink UI; a recovery would replay everything since the last one."
      });
    }
  }
  const level = typeof h.maxBackPressure === "string" ? h.maxBackPressure : void 0;
  if (level !== void 0 && j.backpressure) {
    const above = j.backpressure.filter((b) => LEVEL_ORDER[b.level] > LEVEL_ORDER[level]);
    if (above.length) {
      out.push({
        rule: "maxBackPressure",
        summary: `back-pressure ${above.map((b) => `${b.level} at ${b.vertex}`).join(", ")} (at most ${level})`,
        detail: "A downstream operator or sink cannot keep up. Rescale the job (parallelism), or look at the slowest operator after the back-pressured one in the Flink UI."
      });
    }
  }
  if (j.state === "RUNNING") {
    const windowMs = durationMs(h.window ?? DEFAULT_RESTART_WINDOW) ?? 0;
    out.push(...metricBreaches(h, j, t - j.startTime, windowMs, durationMs, formatDuration));
  }
  return out;
});
var evaluateHealth = (function evaluateHealth(desired, live, now) {
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new Error(`evaluateHealth: "${now}" is not an ISO-8601 time`);
  const jobs = [...desired.jobs].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((job) => {
    const j = newest(live, job.name);
    const want = desiredRunState(job, now).state;
    const breaches = breachesOf(job, j, want, t);
    return {
      job: job.name,
      healthy: breaches.length === 0,
      desired: want,
      ...j ? { state: j.state, jobId: j.jobId } : {},
      breaches
    };
  });
  return {
    project: desired.project,
    env: desired.env,
    now,
    healthy: jobs.every((j) => j.healthy),
    jobs
  };
});
var runHealth = (async function runHealth(opts) {
  const run = await runPlan({ ...opts, keepPrevious: true });
  try {
    return await healthOf(run, opts);
  } finally {
    if (!opts.keepPrevious) await run.previous?.client.close();
  }
});
var healthOf = (async function healthOf(run, opts) {
  const { previous, ...rest } = run;
  const done = opts.keepPrevious && previous ? run : rest;
  if (!run.desired || !run.live || !run.client || hasErrors2(run.diags)) return done;
  opts.onProgress?.({ stage: "reading-health" });
  const backpressureFor = new Set(
    run.desired.jobs.filter((j) => typeof j.settings.health?.maxBackPressure === "string").map((j) => j.name)
  );
  const concurrency2 = opts.concurrency ? { concurrency: opts.concurrency } : {};
  const metricsFor = opts.metrics ? void 0 : new Set(run.desired.jobs.filter((j) => needsMetrics(j.settings.health)).map((j) => j.name));
  const read2 = async (client, live2) => {
    const observed = await observeHealth(client, live2, { backpressureFor, ...concurrency2 });
    const metrics = metricsFor && metricsFor.size === 0 ? { value: observed.value, diags: [] } : await observeMetrics(client, observed.value, {
      now: Date.parse(opts.now),
      ...metricsFor ? { jobs: metricsFor } : {},
      ...concurrency2
    });
    return { live: metrics.value, diags: [...observed.diags, ...metrics.diags] };
  };
  const part = (left) => ({
    ...run.live,
    jobs: run.live.jobs.filter((j) => j.previousCluster === true === left)
  });
  const here = await read2(run.client, previous ? part(false) : run.live);
  const there = previous ? await read2(previous.client, part(true)) : void 0;
  const live = there ? { ...here.live, jobs: [...here.live.jobs, ...there.live.jobs] } : here.live;
  const diags = sortDiagnostics2([...run.diags, ...here.diags, ...there?.diags ?? []]);
  return {
    ...done,
    live,
    diags,
    report: evaluateHealth(run.desired, live, opts.now)
  };
});

import {
  UsageError,
  stringOpt
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
  const dir = stringOpt(args, "dir") ?? io.env.FLINKOPS_DIR ?? ".";
  return isAbsolute2(dir) ? dir : resolve2(io.cwd, dir);
});
var givenEnv = (function givenEnv(args, io) {
  return stringOpt(args, "env") || io.env.FLINKOPS_ENV || void 0;
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

import {
  systemClock as systemClock3
} from "./chunk-GSLRF5EB.mjs";
import {
  UsageError as UsageError2,
  intOpt,
  stringOpt as stringOpt2
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
      const m = /^gitdir: (.+)$/m.exec(read(dotGit) ?? "");
      if (!m) return void 0;
      const p = m[1].trim();
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
  const caFile = stringOpt2(args, "ca-file") ?? io.env.FLINKOPS_CA_FILE;
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
  const jm = stringOpt2(args, "jobmanager-url");
  const gw = stringOpt2(args, "sql-gateway-url");
  return { ...jm ? { jobmanagerUrl: jm } : {}, ...gw ? { sqlGatewayUrl: gw } : {} };
});
var fileStore = (function fileStore(args, io, dir) {
  const path = stringOpt2(args, "state-file") ?? io.env.FLINKOPS_STATE_FILE;
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
  const given = stringOpt2(args, "commit") ?? io.env.GITHUB_SHA;
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
  stringOpt as stringOpt3
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
var checkReplacements = (function checkReplacements(plan, replace) {
  const jobs = [...plan.changes, ...plan.target?.omitted ?? []].map((c) => c.job);
  const unknown = replace.filter((j) => !jobs.includes(j));
  if (unknown.length === 0) return;
  const hint = unknown.length === 1 ? didYouMean(unknown[0], jobs) : void 0;
  throw new UsageError4(
    `--replace names no job of ${plan.project}/${plan.env}: ${unknown.join(", ")}${hint ? `; did you mean ${hint}?` : ""}`
  );
});
var targetOpt = (function targetOpt(args) {
  const jobs = jobList(args, "target");
  return jobs.length > 0 ? { jobs } : void 0;
});
var checkTargets = (function checkTargets(plan) {
  const unknown = unknownTargets(plan);
  if (unknown.length === 0) return;
  const jobs = [...plan.changes, ...plan.target?.omitted ?? []].map((c) => c.job);
  const hint = unknown.length === 1 ? didYouMean(unknown[0], jobs) : void 0;
  throw new UsageError4(
    `--target names no job of ${plan.project}/${plan.env}: ${unknown.join(", ")}${hint ? `; did you mean ${hint}?` : ""}`
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
      now: planInstant(stringOpt3(args, "now")),
      ...commit ? { commit } : {},
      ...target ? { target } : {},
      ...replace ? { replace } : {},
      onProgress: progressPrinter(io, json || !io.isTTY)
    });
    await run.client?.close();
    const plan = run.plan;
    if (plan && target) checkTargets(plan);
    if (plan && replace) checkReplacements(plan, replace);
    if (!plan) {
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
    const out = failed ? void 0 : stringOpt3(args, "out");
    if (out)
      writeOutputFile(
        "out",
        out,
        isAbsolute4(out) ? out : resolve5(io.cwd, out),
        renderPlanJson(plan),
        "plan.json"
      );
    if (json) io.stdout(mask(renderPlanJson(plan), run.secretValues));
    else {
      const text = renderPlanTerminal(plan, {
        color: io.color,
        verbose: boolOpt(args, "verbose"),
        sources: sourcesOf(dir, plan.diagnostics)
      });
      io.stdout(mask(text, run.secretValues));
      if (out)
        io.stdout(
          plan.offline ? `
Saved the plan to ${out}. It was made offline: plan against the cluster to get a plan apply accepts.
` : `
Saved the plan to ${out}. Apply it with: ${applyCommandLine(args, io, dir, out)}
`
        );
    }
    if (failed) {
      if (stringOpt3(args, "out"))
        io.stderr(`
The plan was not saved to ${stringOpt3(args, "out")}: it has errors.
`);
      return EXIT.error;
    }
    if (!boolOpt(args, "detailed-exitcode")) return EXIT.ok;
    return hasChanges(plan) ? EXIT.changes : EXIT.ok;
  }
};
function applyCommandLine(args, io, dir, planFile) {
  const words = ["flinkops", "apply", planFile];
  const rel = relative2(io.cwd, dir);
  if (rel !== "" && !io.env.FLINKOPS_DIR)
    words.push("--dir", rel.startsWith("..") || isAbsolute4(rel) ? dir : rel);
  for (const k of ["jobmanager-url", "sql-gateway-url", "state-file", "ca-file"]) {
    const v = stringOpt3(args, k);
    if (v !== void 0) words.push(`--${k}`, v);
  }
  if (boolOpt(args, "insecure-skip-verify")) words.push("--insecure-skip-verify");
  return words.map(shellWord).join(" ");
}
function shellWord(w) {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", "'\\''")}'`;
}

import {
  effectiveParallelism,
  formatBytes,
  renderOpenMetrics,
  runningBelow
} from "./chunk-VYDMWTSJ.mjs";
import "./chunk-6SNCNCAP.mjs";
import {
  lastRestorableSavepoint
} from "./chunk-VTGO4RAQ.mjs";
import "./chunk-CFMXJB5R.mjs";
import {
  isTerminal as isTerminal2
} from "./chunk-U3JZYZS7.mjs";
import "./chunk-GSLRF5EB.mjs";
import {
  EXIT as EXIT2,
  boolOpt as boolOpt2,
  durationOpt,
  parseCommandArgs as parseCommandArgs2,
  stringOpt as stringOpt4
} from "./chunk-TYIICAMC.mjs";
import {
  makeStyle
} from "./chunk-APBTLWMT.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-L3KA3XDI.mjs";
import {
  formatAge
} from "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-RBLKXIE6.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-BD6ZRVQT.mjs";
import "./chunk-6HBNRHRD.mjs";
import "./chunk-W3ZXCQCG.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import {
  hasErrors as hasErrors5
} from "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-BBGNC7QM.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
// src/cli/commands/status-metrics.ts
var HEADER = [
  "JOB",
  "IN/S",
  "OUT/S",
  "BACK-PRESSURE",
  "BUSY",
  "CHECKPOINT",
  "WATERMARK LAG",
  "CONSUMER LAG"
];
var formatMetricsTable = (function formatMetricsTable(rows, s) {
  const shown = rows.filter((r) => r.metrics || r.lastCheckpoint);
  if (shown.length === 0) return "";
  const table = shown.map((r) => {
    const m = r.metrics ?? {};
    const cp = r.lastCheckpoint;
    return [
      r.job,
      m.recordsInPerSecond === void 0 ? "-" : formatCount(m.recordsInPerSecond),
      m.recordsOutPerSecond === void 0 ? "-" : formatCount(m.recordsOutPerSecond),
      m.backPressure ? `${pct(m.backPressure.value)} ${m.backPressure.vertex}` : "-",
      m.busy ? `${pct(m.busy.value)} ${m.busy.vertex}` : "-",
      cp?.durationMs === void 0 ? "-" : `${formatDuration(cp.durationMs)} ${formatBytes(cp.stateSize)}`,
      m.watermarkLagMs === void 0 ? "-" : formatDuration(m.watermarkLagMs),
      m.consumerLag === void 0 ? "-" : formatCount(m.consumerLag)
    ];
  });
  const widths = HEADER.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return `${[s.bold(line(HEADER)), ...table.map(line)].join("\n")}
`;
});
// src/cli/commands/status.ts
var statusOptions = {
  ...clusterOptions,
  check: { type: "boolean" },
  now: { type: "string" },
  format: { type: "string" },
  watch: { type: "boolean" },
  alert: { type: "boolean" },
  interval: { type: "string" }
};
var formatHealth = (function formatHealth(report, s) {
  const bad = report.jobs.filter((j) => !j.healthy);
  if (bad.length === 0) return `${s.green("healthy")}: every job passes its health rules (${report.now})
`;
  const lines2 = [
    s.red(
      `unhealthy: ${bad.length} of ${report.jobs.length} job${report.jobs.length === 1 ? "" : "s"} breach their health rules (${report.now})`
    )
  ];
  for (const j of bad) {
    lines2.push("", s.bold(`${j.job}${j.jobId ? ` (${j.jobId})` : ""}`));
    for (const b of j.breaches)
      lines2.push(`  ${s.red("\u2717")} ${b.rule}: ${b.summary}`, `    ${s.dim(b.detail)}`);
  }
  return `${lines2.join("\n")}
`;
});
var statusCommand = {
  help: [
    "Usage: flinkops status [--env NAME] [--dir DIR] [--json | --format openmetrics] [--check] [--watch]",
    "",
    "What runs on the cluster for this project and environment, joined with the state store, and",
    "each running job's metrics: records in/out per second, the most back-pressured and the busiest",
    "vertex, the last checkpoint (duration, size), watermark lag and Kafka consumer lag.",
    "  --format openmetrics   print the metrics in the OpenMetrics (Prometheus) text format,",
    "                         labelled project, env and job",
    "  --watch                print again every --interval (default 10s) until interrupted",
    "  --alert                with --check: send each new breach and each recovery to the environment's",
    "                         alerts channels (Slack, DingTalk, Feishu/Lark, WeCom, webhook), once",
    "  --check                check the health rules (health: in job settings, defaults.health);",
    "                         exit 1 when a job breaches one, and say why",
    "  --now ISO-8601         evaluate ages, restart windows and schedules at that instant",
    ...clusterHelp
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs2(argv, statusOptions);
    const format = stringOpt4(args, "format");
    if (format !== void 0 && format !== "openmetrics" && format !== "table" && format !== "json") {
      io.stderr(`flinkops status: --format is table, json or openmetrics, not '${format}'
`);
      return EXIT2.error;
    }
    const interval = durationOpt(args, "interval") ?? 1e4;
    if (!boolOpt2(args, "watch")) return statusOnce(args, io, format);
    for (; ; ) {
      if (io.isTTY && format !== "openmetrics") io.stdout("\x1B[H\x1B[2J");
      await statusOnce(args, io, format);
      await new Promise((resolve6) => setTimeout(resolve6, interval));
    }
  }
};
async function statusOnce(args, io, format) {
  const dir = projectDir(args, io);
  const json = boolOpt2(args, "json") || format === "json";
  const openMetrics = format === "openmetrics";
  const check = boolOpt2(args, "check");
  const env = commandEnv(args, io, dir, json || openMetrics);
  if (env === void 0) return EXIT2.error;
  const instant = planInstant(stringOpt4(args, "now"));
  const options = {
    ...clusterRun(args, io, dir, env),
    offline: false,
    allowDelete: false,
    now: instant,
    metrics: true,
    onProgress: progressPrinter(io, json || openMetrics || !io.isTTY)
  };
  const run = await runHealth(options);
  const report = check ? run.report : void 0;
  await run.client?.close();
  if (!run.plan || !run.live || !run.state || hasErrors5(run.diags)) {
    const diags = run.diags.map((d) => ({
      ...d,
      summary: mask(d.summary, run.secretValues),
      detail: mask(d.detail, run.secretValues)
    }));
    if (json) io.stdout(`${JSON.stringify({ diagnostics: diags }, null, 2)}
`);
    else reportDiagnostics(io, dir, diags);
    return EXIT2.error;
  }
  const rows = statusRows(run.plan.changes, run.live, run.state.doc, Date.parse(instant));
  const verdict = report && !report.healthy ? EXIT2.error : EXIT2.ok;
  if (report && boolOpt2(args, "alert") && run.desired && run.store) {
    const alerts = await runAlerts({
      env: run.desired.environment,
      report,
      secrets: options.secrets,
      post: fetchPostJson,
      store: run.store,
      state: run.state,
      nowMs: Date.now()
    });
    run.diags.push(...alerts.diags);
    for (const a of alerts.sent)
      io.stderr(
        `alert: ${a.message.status} ${a.message.job} ${a.message.rule}: sent to ${a.delivered} of ${a.channels} channel${a.channels === 1 ? "" : "s"}
`
      );
  }
  const metricRows = rows.map((r) => {
    const h = report?.jobs.find((j) => j.job === r.job);
    return {
      job: r.job,
      state: r.state,
      ...r.metrics ? { metrics: r.metrics } : {},
      ...r.lastCheckpoint ? { lastCheckpoint: r.lastCheckpoint } : {},
      ...h ? { healthy: h.healthy, breaches: h.breaches.map((b) => b.rule) } : {}
    };
  });
  if (openMetrics) {
    io.stdout(renderOpenMetrics(run.plan.project, env, metricRows));
    return verdict;
  }
  if (json) {
    const out = { project: run.plan.project, env, jobs: rows, ...report ? { health: report } : {} };
    io.stdout(`${JSON.stringify(out, null, 2)}
`);
    return verdict;
  }
  const s = makeStyle(io.color);
  const header = ["JOB", "STATE", "UPTIME", "PARALLELISM", "LAST SAVEPOINT", "AGE", "PLANNED"];
  const table = rows.map((r) => [
    r.job,
    r.state,
    formatAge(r.uptimeMs),
    r.parallelism === void 0 ? "-" : r.runningParallelism === void 0 ? String(r.parallelism) : `${r.runningParallelism} of ${r.parallelism}`,
    r.lastSavepoint ?? "-",
    formatAge(r.lastSavepointAgeMs),
    r.planned
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  io.stdout(`${s.bold(line(header))}
`);
  for (const row of table) {
    const text = line(row);
    io.stdout(`${row[1] === "RUNNING" ? text : row[1] === "FAILED" ? s.red(text) : s.dim(text)}
`);
  }
  if (!rows.length) io.stdout("No jobs in the repository, the store or on the cluster.\n");
  const metricsTable = formatMetricsTable(metricRows, s);
  if (metricsTable) io.stdout(`
${metricsTable}`);
  if (report) io.stdout(`
${formatHealth(report, s)}`);
  reportDiagnostics(io, dir, run.diags);
  return verdict;
}
function statusRows(changes, observed, state2, now) {
  return changes.map((c) => {
    const live = newestLive(observed, c.job);
    const record = state2.jobs[c.job];
    const sp = record ? lastRestorableSavepoint(record) : void 0;
    const liveSp = live?.latestSavepoint;
    const newest2 = liveSp && (!sp || liveSp.time > Date.parse(sp.time)) ? { path: liveSp.path, time: liveSp.time } : sp ? { path: sp.path, time: Date.parse(sp.time) } : void 0;
    const cp = live?.lastCheckpoint;
    const ended = live !== void 0 && isTerminal2(live.state);
    const meant = ended && record !== void 0 && (record.status === "suspended" || record.status === "deleted");
    return {
      job: c.job,
      state: meant ? record.status.toUpperCase() : live?.state ?? record?.status.toUpperCase() ?? "NOT DEPLOYED",
      ...live ? {
        jobId: live.jobId,
        ...parallelismOf(live, record?.current),
        ...ended ? {} : { uptimeMs: now - live.startTime }
      } : {},
      ...newest2 ? { lastSavepoint: newest2.path, lastSavepointAgeMs: now - newest2.time } : {},
      planned: c.refused ? `${c.action} (refused)` : c.action,
      ...live?.metrics ? { metrics: live.metrics } : {},
      ...cp && live?.state === "RUNNING" ? {
        lastCheckpoint: {
          ...cp.durationMs !== void 0 ? { durationMs: cp.durationMs } : {},
          ...cp.stateSize !== void 0 ? { stateSize: cp.stateSize } : {},
          ...cp.checkpointedSize !== void 0 ? { checkpointedSize: cp.checkpointedSize } : {}
        }
      } : {}
    };
  });
}
function parallelismOf(live, current) {
  const parallelism = effectiveParallelism(live, current);
  const running = live.state === "RUNNING" ? runningBelow(live.vertices, parallelism) : void 0;
  return running === void 0 ? { parallelism } : { parallelism, runningParallelism: running };
}
function newestLive(live, job) {
  let best;
  for (const j of live.jobs) if (j.job === job && (!best || j.startTime > best.startTime)) best = j;
  return best;
}
export {
  formatHealth,
  statusCommand,
  statusOptions,
  statusRows
};
