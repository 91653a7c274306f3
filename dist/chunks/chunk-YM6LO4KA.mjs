import {
  savepointPathKey
} from "./chunk-E2AT4OEI.mjs";
import {
  randomHex
} from "./chunk-QDFCQ7OG.mjs";
import {
  pageText
} from "./chunk-MHE3XHPS.mjs";
import {
  error
} from "./chunk-FYVUM4PK.mjs";
import {
  CLIP_MARK,
  MASK,
  maskSecrets
} from "./chunk-YFKP24ME.mjs";

// src/flink/errors.ts
var ok = (function ok(value) {
  return { ok: true, value };
});
var fail = (function fail(error2) {
  return { ok: false, error: error2 };
});
var SQL_REFUSED = /(Validation|SqlParse|SqlParser|SqlValidate|Table|Catalog|DatabaseNotExist|FunctionNotExist)Exception|already exists|does not exist|not found/i;
var isTransient = (function isTransient(e) {
  if (e.kind === "network" || e.kind === "timeout" || e.mayHaveReachedServer) return true;
  if (e.kind !== "http" || (e.status ?? 0) < 500) return false;
  return ![e.message, ...e.causes].some((line) => SQL_REFUSED.test(line));
});
var MAX_LINE = 500;
var FQCN_PREFIX = /^(?:[a-zA-Z_$][\w$]*\.)+([A-Z][\w$]*):\s*/;
var shortenHeadline = (function shortenHeadline(line) {
  let rest = line.trim();
  let simple;
  for (let m = FQCN_PREFIX.exec(rest); m; m = FQCN_PREFIX.exec(rest)) {
    simple = m[1];
    rest = rest.slice(m[0].length);
  }
  const bare = simple === void 0 && /^(?:[a-zA-Z_$][\w$]*\.)+([A-Z][\w$]*)$/.exec(rest);
  if (bare) return clip(bare[1]);
  return clip(simple ? rest ? `${simple}: ${rest}` : simple : rest);
});
var clip = (function clip(s, max = MAX_LINE) {
  return s.length > max ? `${s.slice(0, max - 1)}${CLIP_MARK}` : s;
});
var stackHeadlines = (function stackHeadlines(text) {
  const body = text.replace(/^\s*<Exception on server side:\s*/, "").replace(/\s*End of exception on server side>\s*$/, "");
  const out = [];
  let more;
  const fold = () => {
    if (more && out.length > 0) {
      const headline = out[out.length - 1];
      out[out.length - 1] = clip(pythonTraceback(headline, more) ?? withMessageLines(headline, more));
    }
    more = void 0;
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    const cause = /^Caused by:\s*(.*)$/.exec(line);
    if (out.length === 0 || cause) {
      if (!line) continue;
      fold();
      out.push(shortenHeadline(cause ? cause[1] : line));
      more = [];
    } else if (/^(?:at |\.\.\. \d+ more|Suppressed:)/.test(line)) fold();
    else more?.push(line);
  }
  fold();
  return dedupeAdjacent(out);
});
var TRACEBACK = /\s*Traceback \(most recent call last\):\s*$/;
var LIBRARY_FRAME = /^File "(?:<[^"]*>|[^"]*\/(?:site-packages|dist-packages|lib\/python[\d.]+)\/[^"]*)"/;
var pythonTraceback = (function pythonTraceback(headline, lines) {
  if (!TRACEBACK.test(headline)) return void 0;
  const last = lines.findLastIndex((l) => /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b/.test(l));
  if (last < 0) return void 0;
  let where = "";
  for (let i = last - 1; i >= 0; i--) {
    const frame = /^File "([^"]*)", line (\d+)/.exec(lines[i]);
    if (!frame) continue;
    if (LIBRARY_FRAME.test(lines[i])) break;
    const code = lines[i + 1] && !/^File "/.test(lines[i + 1]) && i + 1 < last ? lines[i + 1] : "";
    where = ` (${frame[1].split("/").pop()}, line ${frame[2]}${code ? `: ${code}` : ""})`;
    break;
  }
  return `${headline.replace(TRACEBACK, "")} ${lines[last]}${where}`;
});
var LISTED_OPTIONS = /^Table options are:$/;
var MAX_ITEMS = 12;
var withMessageLines = (function withMessageLines(headline, lines) {
  const paragraphs = [];
  let cur = [];
  for (const l of [...lines, ""]) {
    if (l) cur.push(l);
    else if (cur.length > 0) {
      paragraphs.push(cur);
      cur = [];
    }
  }
  const parts = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const label = p.length === 1 && p[0].endsWith(":") ? p[0] : void 0;
    if (label && LISTED_OPTIONS.test(label)) {
      i++;
      continue;
    }
    if (p.some((l) => /'[^']*'\s*=\s*'/.test(l))) continue;
    if (label) {
      const items = paragraphs[i + 1] ?? [];
      i++;
      const shown = items.slice(0, MAX_ITEMS).join(", ");
      parts.push(`${label} ${shown}${items.length > MAX_ITEMS ? `, \u2026 (${items.length} in all)` : ""}`);
    } else parts.push(p.join(" "));
  }
  if (parts.length === 0) return headline;
  const stop = /[.:!?]$/.test(headline) ? "" : ".";
  return `${headline}${stop} ${parts.map((x) => x.replace(/[.:]$/, "")).join(". ")}.`;
});
var dedupeAdjacent = (function dedupeAdjacent(lines) {
  return lines.filter((l, i) => i === 0 || l !== lines[i - 1]);
});
var GENERIC = /* @__PURE__ */ new Set(["Internal server error.", "Internal server error"]);
var summarizeFlinkErrors = (function summarizeFlinkErrors(errors) {
  const causes = [];
  for (const e of errors) {
    if (typeof e !== "string" || GENERIC.has(e.trim())) continue;
    causes.push(...stackHeadlines(e));
  }
  if (causes.length === 0) {
    const first = errors.find((e) => typeof e === "string" && e.trim());
    return { message: first ? shortenHeadline(first.split(/\r?\n/)[0]) : "no error text", causes: [] };
  }
  return { message: causes[causes.length - 1], causes };
});
var failureCause = (function failureCause(causes) {
  const last = causes[causes.length - 1];
  if (last === void 0 || causes.length < 2) return last;
  const detail = last.replace(/^[\w$]+:\s*/, "");
  const outer = causes[causes.length - 2];
  if (detail.length <= 40 && !outer.includes(detail) && outer !== last) return `${outer} <- ${last}`;
  if (namesSomething(detail)) return last;
  for (let i = causes.length - 2; i >= 0; i--) {
    const c = causes[i];
    if (c.includes(detail)) continue;
    if (namesSomething(c.replace(/^[\w$]+:\s*/, ""))) return `${c} <- ${last}`;
  }
  return last;
});
var namesSomething = (function namesSomething(message) {
  return /[[\]'"`/\\]|\d/.test(message);
});
var GATEWAY_WRAPPER = /^(SqlGatewayException|SqlExecutionException): Failed to/;
var POSITION = /line (\d+), column (\d+)/;
var flinkPosition = (function flinkPosition(e) {
  const m = [e.message, ...e.causes].map((l) => POSITION.exec(l)).find((x) => x !== null);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : void 0;
});
var flinkReason = (function flinkReason(e) {
  const causes = e.causes.filter((c) => !GATEWAY_WRAPPER.test(c));
  const lines = causes.length > 0 ? [causes[0], ...causes.slice(-2)] : [e.message];
  return lines.filter((l, i, a) => a.indexOf(l) === i).join(" <- ");
});
var notUsable = (function notUsable(e) {
  const answered = e.kind === "http" || e.kind === "protocol";
  return {
    answered,
    why: answered ? `cannot be used (${e.call} answered ${e.message})` : `does not answer (${e.message})`
  };
});
var isSqlRejection = (function isSqlRejection(e) {
  return [e.message, ...e.causes].some(
    (c) => /^(ValidationException|SqlParserException|SqlValidateException):/.test(c)
  );
});
var errorsOf = (function errorsOf(body) {
  if (body && typeof body === "object" && Array.isArray(body.errors)) {
    return body.errors.filter((e) => typeof e === "string");
  }
  return void 0;
});
var httpError = (function httpError(service, call, status, body, text) {
  const errors = errorsOf(body);
  if (errors && errors.length > 0) {
    const { message: message2, causes } = summarizeFlinkErrors(errors);
    return { kind: "http", service, call, status, message: message2, causes };
  }
  const snippet = pageText(text);
  const message = snippet ? `HTTP ${status}: ${clip(snippet, 200)}` : `HTTP ${status} with an empty body`;
  return { kind: "http", service, call, status, message, causes: [] };
});
var protocolError = (function protocolError(service, call, what) {
  return { kind: "protocol", service, call, message: `unexpected response: ${what}`, causes: [] };
});
var unsupported = (function unsupported(service, call, message) {
  return { kind: "unsupported", service, call, message, causes: [] };
});

// src/core/job-state.ts
var isTerminal = (function isTerminal(state) {
  return state === "FAILED" || state === "CANCELED" || state === "FINISHED";
});
var isLocallyTerminal = (function isLocallyTerminal(state) {
  return isTerminal(state) || state === "SUSPENDED";
});
var refusesSavepoint = (function refusesSavepoint(state) {
  return state !== void 0 && state !== "RUNNING" && !isLocallyTerminal(state);
});

// src/flink/diagnostics.ts
var FLINK_CODES = {
  unreachable: "FO501",
  tls: "FO502",
  timeout: "FO503",
  http: "FO504",
  protocol: "FO505",
  unsupported: "FO506",
  statement: "FO507",
  operationFailed: "FO508",
  operationTimeout: "FO509",
  aborted: "FO510"
};
var WHERE = { jobmanager: "JobManager", gateway: "SQL gateway" };
var TRUST_ADVICE = "give the CA that signed it with --ca-file PEM or FLINKOPS_CA_FILE (NODE_EXTRA_CA_CERTS=PEM in the env of the Action's step), and check that the URL's host is one the certificate names";
var advice = (function advice(e) {
  switch (e.kind) {
    case "network":
      return `Check the ${WHERE[e.service]} URL of this environment and that the cluster is up and reachable from here.`;
    case "tls":
      return `The cluster's TLS certificate is not trusted: ${TRUST_ADVICE}.`;
    case "timeout":
      return `The ${WHERE[e.service]} did not answer in time; it may be overloaded. Retry, or raise the timeout.`;
    case "http":
      if (e.status === 401 || e.status === 403)
        return "Check the credentials configured for this environment.";
      if (e.status === 404)
        return "The cluster does not know this job or resource; it may have ended or expired.";
      if (e.status === 400) return "The cluster rejected the request; check the values it names.";
      if (e.status === 413)
        return `The request is larger than the ${WHERE[e.service]}, or a proxy in front of it, accepts: raise that limit (Flink's rest.server.max-content-length; a proxy's body size limit, e.g. nginx's client_max_body_size).`;
      if (e.status === 502 || e.status === 503 || e.status === 504)
        return `A proxy in front of the ${WHERE[e.service]} answered for it (HTTP ${e.status}): the ${WHERE[e.service]} is down or restarting, or the proxy cannot reach it. Apply again once it answers.`;
      return `The ${WHERE[e.service]} reported an error; see its log for the full trace.`;
    case "protocol":
      return "The answer does not match the Flink REST API; check that the URL points at Flink and not at a proxy page.";
    case "unsupported":
      return "Upgrade the cluster, or use the alternative the message names.";
    case "statement":
      return "Fix the SQL the gateway names; the full trace is in the gateway log.";
    case "aborted":
      return "The run was interrupted.";
  }
});
var flinkDiagnostic = (function flinkDiagnostic(e, context) {
  const code = e.kind === "network" ? FLINK_CODES.unreachable : e.kind === "aborted" ? FLINK_CODES.aborted : FLINK_CODES[e.kind];
  const what = context ?? `${WHERE[e.service]} ${e.call}`;
  const status = e.status !== void 0 ? ` (HTTP ${e.status})` : "";
  const lines = [advice(e)];
  if (e.causes.length > 1) lines.push(`Cause chain: ${e.causes.join(" <- ")}`);
  if (e.mayHaveReachedServer) {
    lines.push("The request may have reached the cluster: check what it did before running it again.");
  }
  return error(code, `${what}${status}: ${e.message}`, lines.join("\n"));
});

// src/flink/poll.ts
var poll = (async function poll(op, opts) {
  const { clock, signal, what } = opts;
  const start = clock.now();
  const deadline = start + Math.max(0, opts.timeoutMs);
  const maxDelay = opts.maxDelayMs ?? 1e4;
  const factor = opts.factor ?? 2;
  let delay = opts.initialDelayMs ?? 500;
  let attempts = 0;
  let lastProgress;
  for (; ; ) {
    if (signal?.aborted) return { state: "aborted", what, attempts, elapsedMs: clock.now() - start };
    attempts++;
    const step = await op(attempts);
    const elapsedMs = clock.now() - start;
    if (step.state === "completed") return { state: "completed", value: step.value, attempts, elapsedMs };
    if (step.state === "failed") return { state: "failed", cause: step.cause, attempts, elapsedMs };
    if (step.progress !== void 0) lastProgress = step.progress;
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      return lastProgress === void 0 ? { state: "timeout", what, attempts, elapsedMs } : { state: "timeout", what, attempts, elapsedMs, lastProgress };
    }
    const pause = Math.min(delay, maxDelay, remaining);
    opts.onProgress?.(
      step.progress === void 0 ? { attempt: attempts, elapsedMs, nextDelayMs: pause } : { attempt: attempts, elapsedMs, nextDelayMs: pause, progress: step.progress }
    );
    try {
      await clock.sleep(pause, signal);
    } catch {
      return { state: "aborted", what, attempts, elapsedMs: clock.now() - start };
    }
    delay = Math.min(delay * factor, maxDelay);
  }
});
var describeTimeout = (function describeTimeout(o) {
  const within = o.elapsedMs < 1e3 ? `${Math.round(o.elapsedMs)} ms` : `${Math.round(o.elapsedMs / 1e3)} s`;
  return `${o.what} did not finish within ${within} (${o.attempts} check${o.attempts === 1 ? "" : "s"})`;
});

// src/flink/await.ts
var operationStep = (function operationStep(r, completed, pendingProgress) {
  if (!r.ok) {
    return r.error.kind === "http" && r.error.status !== void 0 && r.error.status < 500 && !unanswered(r.error) ? { state: "failed", cause: { kind: "error", error: r.error } } : { state: "pending", progress: r.error.message };
  }
  const status = r.value;
  switch (status.state) {
    case "pending":
      return pendingProgress === void 0 ? { state: "pending" } : { state: "pending", progress: pendingProgress };
    case "completed":
      return { state: "completed", value: completed(status) };
    case "failed":
      return { state: "failed", cause: { kind: "failed", message: status.cause, causes: status.causes } };
    case "unknown-trigger":
      return { state: "failed", cause: { kind: "unknown-trigger" } };
  }
});
var unanswered = (function unanswered(e) {
  return e.kind === "network" || e.kind === "timeout" || e.kind === "protocol" && e.message.includes("an HTML page") || e.kind === "http" && e.status !== void 0 && e.status >= 300 && e.status < 400 || e.kind === "http" && (e.status === 502 || e.status === 503 || e.status === 504);
});
var untilUnreachable = (function untilUnreachable(read, opts) {
  let since;
  return async () => {
    const before = opts.clock.now();
    const r = await read();
    if (r.ok || !unanswered(r.error)) {
      since = void 0;
      return r;
    }
    since ??= before;
    const forMs = opts.clock.now() - since;
    return opts.unreachableMs !== void 0 && forMs >= opts.unreachableMs ? { unreachable: r.error, forMs } : r;
  };
});
var awaitOperation = (function awaitOperation(read, completed, what, opts, pendingProgress) {
  const { unreachableMs: _unused, ...pollOpts } = opts;
  const next = untilUnreachable(read, opts);
  return poll(
    async () => {
      const r = await next();
      if ("unreachable" in r)
        return { state: "failed", cause: { kind: "unreachable", error: r.unreachable, forMs: r.forMs } };
      return operationStep(r, completed, pendingProgress);
    },
    { ...pollOpts, what }
  );
});
var awaitSavepoint = (function awaitSavepoint(client, jobId, triggerId, opts) {
  return awaitOperation(
    () => client.getSavepointStatus(jobId, triggerId),
    (s) => s.location,
    `savepoint ${triggerId} of job ${jobId}`,
    opts,
    "IN_PROGRESS"
  );
});
var awaitDisposal = (function awaitDisposal(client, triggerId, opts) {
  return awaitOperation(
    () => client.getDisposalStatus(triggerId),
    () => true,
    `disposal ${triggerId}`,
    opts
  );
});

// src/core/exact-number.ts
var lostDigits = (function lostDigits(n, source) {
  if (!Number.isFinite(n)) return false;
  if (/^-?\d+$/.test(source)) return !Number.isSafeInteger(n);
  const m = /^-?(\d*)\.(\d+)$/.exec(source);
  return m !== null && `${m[1]}${m[2]}`.replace(/^0+/, "").length > 15;
});
var exactNumbers = (function exactNumbers(_key, value, context) {
  return typeof value === "number" && context?.source !== void 0 && lostDigits(value, context.source) ? context.source : value;
});

// src/flink/answer-reader.ts
var BadAnswerError = class extends Error {
  code = "FLINKOPS_BAD_ANSWER";
};
var utf8 = new TextDecoder();
var CRLF2 = Buffer.from("\r\n\r\n");
var MAX_HEAD = 64 * 1024;
var SIZE_LINE = -1;
var TRAILERS = -2;
var DATA_END = -3;
var AnswerReader = class {
  /** `noBody`: the request was a HEAD (no method flinkops sends has a body-less answer but that). */
  constructor(noBody = false) {
    this.noBody = noBody;
  }
  noBody;
  pending;
  head;
  framing = { kind: "none" };
  body = [];
  /** Chunked coding: the bytes left of the current chunk's data, or the line expected next. */
  chunkLeft = SIZE_LINE;
  done = false;
  /** Bytes after the answer's end: the connection is out of step, never reused. */
  extra = false;
  /** Feeds bytes; true once the answer is complete. Throws BadAnswerError on bytes that are not HTTP. */
  push(bytes) {
    let buf = this.pending ? Buffer.concat([this.pending, bytes]) : bytes;
    this.pending = void 0;
    while (!this.done && buf.length > 0) {
      if (!this.head) {
        const end = buf.indexOf(CRLF2);
        if (end < 0) {
          if (buf.length > MAX_HEAD || !couldBeHttp(buf)) throw new BadAnswerError(notHttp(buf));
          this.pending = buf;
          return false;
        }
        this.readHead(buf.toString("latin1", 0, end));
        buf = buf.subarray(end + 4);
        continue;
      }
      buf = this.readBody(buf);
    }
    if (buf.length > 0) {
      if (this.done) this.extra = true;
      else this.pending = buf;
    }
    return this.done;
  }
  /** The connection ended: true when that ends the answer (a body framed by the close). */
  end() {
    if (this.head && this.framing.kind === "close") this.done = true;
    return this.done;
  }
  answer() {
    const h = this.head;
    const bytes = this.body.length === 1 ? this.body[0] : Buffer.concat(this.body);
    return { status: h.status, text: utf8.decode(bytes), ...h.location ? { location: h.location } : {} };
  }
  /** Whether the connection may carry another exchange; ms it may stay idle, if the server says. */
  reuse() {
    const h = this.head;
    if (!h || !this.done || this.extra) return { keepAlive: false };
    return { keepAlive: h.keepAlive, ...h.keepAliveMs !== void 0 ? { idleMs: h.keepAliveMs } : {} };
  }
  readHead(text) {
    const lines = text.split("\r\n");
    const first = lines[0] ?? "";
    const m = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(first);
    if (!m) throw new BadAnswerError(notHttp(Buffer.from(first, "latin1")));
    const status = Number(m[2]);
    let length;
    let chunked = false;
    let connection = "";
    let keepAliveMs;
    let location;
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(":");
      if (colon <= 0)
        throw new BadAnswerError(`a header line without a name: ${JSON.stringify(line.slice(0, 80))}`);
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === "content-length") {
        if (!/^\d+$/.test(value) || length !== void 0 && length !== Number(value))
          throw new BadAnswerError(`a Content-Length that is not one number: ${JSON.stringify(value)}`);
        length = Number(value);
      } else if (name === "transfer-encoding") chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
      else if (name === "connection") connection += `,${value.toLowerCase()}`;
      else if (name === "keep-alive") {
        const t = /(?:^|,)\s*timeout=(\d+)/i.exec(value);
        if (t) keepAliveMs = Number(t[1]) * 1e3;
      } else if (name === "location" && location === void 0) location = value;
    }
    if (status >= 100 && status < 200 && status !== 101) return;
    const http10 = m[1] === "0";
    const close = /(?:^|,)\s*close\s*(?:,|$)/.test(connection);
    const keepAlive = !close && (!http10 || /(?:^|,)\s*keep-alive\s*(?:,|$)/.test(connection));
    this.head = {
      status,
      keepAlive,
      ...keepAliveMs !== void 0 ? { keepAliveMs } : {},
      ...location ? { location } : {}
    };
    if (this.noBody || status === 204 || status === 304) this.framing = { kind: "none" };
    else if (chunked) this.framing = { kind: "chunked" };
    else if (length !== void 0) this.framing = { kind: "length", left: length };
    else {
      this.framing = { kind: "close" };
      this.head.keepAlive = false;
    }
    if (this.framing.kind === "none" || this.framing.kind === "length" && this.framing.left === 0)
      this.done = true;
  }
  /** Takes what the body needs from `buf`; returns the rest. */
  readBody(buf) {
    const f = this.framing;
    if (f.kind === "close") {
      this.body.push(buf);
      return buf.subarray(buf.length);
    }
    if (f.kind === "length") {
      const take = Math.min(f.left, buf.length);
      this.body.push(buf.subarray(0, take));
      f.left -= take;
      if (f.left === 0) this.done = true;
      return buf.subarray(take);
    }
    if (f.kind === "chunked") return this.readChunked(buf);
    return buf;
  }
  readChunked(buf) {
    while (buf.length > 0 && !this.done) {
      if (this.chunkLeft > 0) {
        const take = Math.min(this.chunkLeft, buf.length);
        this.body.push(buf.subarray(0, take));
        this.chunkLeft -= take;
        buf = buf.subarray(take);
        if (this.chunkLeft === 0) this.chunkLeft = DATA_END;
        continue;
      }
      const eol = buf.indexOf("\r\n");
      if (eol < 0) {
        if (buf.length > MAX_HEAD) throw new BadAnswerError("a chunk line longer than any HTTP server sends");
        this.pending = buf;
        return buf.subarray(buf.length);
      }
      const line = buf.toString("latin1", 0, eol);
      buf = buf.subarray(eol + 2);
      if (this.chunkLeft === DATA_END) {
        if (line !== "") throw new BadAnswerError("a chunk longer than its size line said");
        this.chunkLeft = SIZE_LINE;
      } else if (this.chunkLeft === TRAILERS) {
        if (line === "") this.done = true;
      } else {
        const size = /^([0-9a-fA-F]{1,8})[ \t]*(?:;.*)?$/.exec(line);
        if (!size)
          throw new BadAnswerError(
            `a chunk size that is not hexadecimal: ${JSON.stringify(line.slice(0, 40))}`
          );
        const n = Number.parseInt(size[1], 16);
        this.chunkLeft = n === 0 ? TRAILERS : n;
      }
    }
    return buf;
  }
};
function couldBeHttp(buf) {
  const start = buf.toString("latin1", 0, Math.min(buf.length, 9));
  return "HTTP/1.1 ".startsWith(start) || "HTTP/1.0 ".startsWith(start) || /^HTTP\/1\.[01] /.test(start);
}
function notHttp(buf) {
  const shown = buf.toString("latin1", 0, Math.min(buf.length, 40)).replace(/[^\x20-\x7e]/g, ".");
  return `the answer is not HTTP/1.x (it begins "${shown}")`;
}

// src/flink/connection-pool.ts
var CONNECT_TIMEOUT = "FLINKOPS_CONNECT_TIMEOUT";
var TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var BAD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
var BAD_PATH = /[^\x21-\x7e]/;
var ConnectionPool = class {
  constructor(target) {
    this.target = target;
    const name = target.hostname.includes(":") ? `[${target.hostname}]` : target.hostname;
    const standard = target.port === void 0 || target.port === (target.secure ? 443 : 80);
    this.host = standard ? name : `${name}:${target.port}`;
  }
  target;
  all = /* @__PURE__ */ new Set();
  idle = [];
  waiting = [];
  host;
  destroyed = false;
  lines = /* @__PURE__ */ new WeakMap();
  /** The server's latest TLS session: a new connection resumes it, without a full handshake. */
  tlsSession;
  /**
   * One exchange: resolves the answer, rejects with the transport's error, a `TimeoutError` once
   * the call's budget ran out, or the signal's reason once it aborts. A plain timer, not
   * `AbortSignal.timeout`: an abort signal per call was a tenth of a large plan's CPU time.
   */
  send(x) {
    return new Promise((resolve, reject) => {
      if (x.signal?.aborted) {
        reject(x.signal.reason);
        return;
      }
      let request;
      try {
        request = this.request(x);
      } catch (e) {
        reject(e);
        return;
      }
      let conn;
      let connectTimer;
      let done = false;
      const finish = (err, answer) => {
        if (done) return;
        done = true;
        clearTimeout(callTimer);
        clearTimeout(connectTimer);
        x.signal?.removeEventListener("abort", onAbort);
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        if (conn) {
          const c = conn;
          const reuse = err === void 0 ? c.exchange.reader.reuse() : { keepAlive: false };
          c.exchange = void 0;
          this.release(c, reuse.keepAlive, reuse.idleMs);
        }
        if (err !== void 0) reject(err);
        else resolve(answer);
      };
      const onAbort = () => finish(x.signal?.reason ?? new Error("aborted"));
      const callTimer = setTimeout(
        () => finish(new DOMException(`no answer within ${x.timeoutMs} ms`, "TimeoutError")),
        x.timeoutMs
      );
      const waiter = {
        start: (c) => {
          conn = c;
          c.exchange = { reader: new AnswerReader(x.method === "HEAD"), finish };
          if (c.socket.connecting) {
            connectTimer = setTimeout(() => {
              const e = new Error(`no connection within ${x.connectTimeoutMs} ms`);
              finish(Object.assign(e, { code: CONNECT_TIMEOUT }));
            }, x.connectTimeoutMs);
            c.socket.once(this.target.secure ? "secureConnect" : "connect", () => clearTimeout(connectTimer));
          }
          c.socket.write(request, "latin1");
        },
        fail: (e) => finish(e)
      };
      x.signal?.addEventListener("abort", onAbort, { once: true });
      this.acquire(waiter);
    });
  }
  /** Closes every connection; calls under way fail, calls waiting for a connection too. */
  destroy() {
    this.destroyed = true;
    for (const w of this.waiting.splice(0)) w.fail(new Error("the client was closed"));
    for (const c of [...this.all]) this.discard(c);
  }
  request(x) {
    if (BAD_PATH.test(x.path))
      throw Object.assign(new TypeError("Request path contains unescaped characters"), {
        code: "ERR_UNESCAPED_CHARACTERS"
      });
    let head = `${x.method} ${x.path} HTTP/1.1\r
host: ${this.host}\r
connection: keep-alive\r
${this.headerLines(x.headers)}`;
    if (x.body === void 0) return `${head}\r
`;
    head += `content-length: ${Buffer.byteLength(x.body)}\r
\r
`;
    return Buffer.concat([Buffer.from(head, "latin1"), Buffer.from(x.body, "utf8")]);
  }
  /**
   * The header lines of `headers`, checked once per headers object: an endpoint's calls share
   * one (only a call with a body adds its content-type, to a copy).
   */
  headerLines(headers) {
    let lines = this.lines.get(headers);
    if (lines !== void 0) return lines;
    lines = "";
    for (const [name, value] of Object.entries(headers)) {
      if (!TOKEN.test(name) || BAD_VALUE.test(value))
        throw Object.assign(new TypeError(`Invalid character in header content ["${name}"]`), {
          code: "ERR_INVALID_CHAR"
        });
      lines += `${name}: ${value}\r
`;
    }
    this.lines.set(headers, lines);
    return lines;
  }
  acquire(w) {
    if (this.destroyed) {
      w.fail(new Error("the client was closed"));
      return;
    }
    const c = this.idle.pop();
    if (c) {
      clearTimeout(c.idleTimer);
      c.socket.ref();
      w.start(c);
    } else if (this.all.size < this.target.maxSockets) w.start(this.connect());
    else this.waiting.push(w);
  }
  release(c, keepAlive, idleMs) {
    if (!keepAlive || !this.all.has(c) || this.destroyed) {
      this.discard(c);
      return;
    }
    const next = this.waiting.shift();
    if (next) {
      next.start(c);
      return;
    }
    c.socket.unref();
    const ms = idleMs === void 0 ? this.target.idleMs : Math.min(this.target.idleMs, idleMs - 1e3);
    if (ms <= 0) {
      this.discard(c);
      return;
    }
    c.idleTimer = setTimeout(() => this.discard(c), ms);
    c.idleTimer.unref();
    this.idle.push(c);
  }
  /** Closes a connection and frees its place: the first call waiting for one opens another. */
  discard(c) {
    if (!this.all.delete(c)) return;
    clearTimeout(c.idleTimer);
    const i = this.idle.indexOf(c);
    if (i >= 0) this.idle.splice(i, 1);
    c.socket.destroy();
    const next = this.destroyed ? void 0 : this.waiting.shift();
    if (next) next.start(this.connect());
  }
  connect() {
    const t = this.target;
    let socket;
    if (t.secure) {
      const tls = process.getBuiltinModule("node:tls");
      const ip = process.getBuiltinModule("node:net").isIP(t.hostname) !== 0;
      const servername = t.tls?.servername ?? (ip ? void 0 : t.hostname);
      socket = tls.connect({
        host: t.hostname,
        port: t.port ?? 443,
        ...servername ? { servername } : {},
        ...t.tls?.ca ? { ca: t.tls.ca } : {},
        ...t.tls?.cert ? { cert: t.tls.cert } : {},
        ...t.tls?.key ? { key: t.tls.key } : {},
        rejectUnauthorized: !t.tls?.insecureSkipVerify,
        ...this.tlsSession ? { session: this.tlsSession } : {}
      });
      socket.on("session", (session) => {
        this.tlsSession = session;
      });
    } else {
      socket = process.getBuiltinModule("node:net").connect({ host: t.hostname, port: t.port ?? 80 });
    }
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 1e3);
    const c = { socket, exchange: void 0, idleTimer: void 0, error: void 0 };
    this.all.add(c);
    socket.on("data", (bytes) => {
      const x = c.exchange;
      if (!x) {
        this.discard(c);
        return;
      }
      let complete;
      try {
        complete = x.reader.push(bytes);
      } catch (e) {
        x.finish(e);
        return;
      }
      if (complete) x.finish(void 0, x.reader.answer());
    });
    socket.on("end", () => {
      const x = c.exchange;
      if (x?.reader.end()) x.finish(void 0, x.reader.answer());
    });
    socket.on("error", (e) => {
      c.error = e;
      this.tlsSession = void 0;
    });
    socket.on("close", () => {
      const x = c.exchange;
      this.discard(c);
      x?.finish(c.error ?? Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
    });
    return c;
  }
};

// src/flink/redact.ts
var ALWAYS_SECRET = /* @__PURE__ */ new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key"
]);
var redactHeaders = (function redactHeaders(headers, secretNames, secrets) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) {
    const lower = k.toLowerCase();
    out[k] = ALWAYS_SECRET.has(lower) || secretNames.includes(lower) ? MASK : redactDeep(v, secrets);
  }
  return out;
});
var redactDeep = (function redactDeep(value, secrets) {
  if (secrets.length === 0) return value;
  const walk = (v) => {
    if (typeof v === "string") return maskSecrets(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") {
      const o = {};
      for (const [k, x] of Object.entries(v)) o[k] = walk(x);
      return o;
    }
    return v;
  };
  return walk(value);
});

// src/flink/http.ts
var RETRY_STATUS = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var CALL_TIMEOUT = "FLINKOPS_CALL_TIMEOUT";
var TIME_LIMIT = "FLINKOPS_TIME_LIMIT";
var TRANSIENT_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", CALL_TIMEOUT, CONNECT_TIMEOUT]);
var NOT_SENT_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", CONNECT_TIMEOUT]);
var endpointAuth = (function endpointAuth(url, given) {
  const auth = { ...given };
  if (url.username && !auth.basic && !auth.bearerToken) {
    auth.basic = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  }
  return auth;
});
var authorization = (function authorization(auth) {
  if (auth.bearerToken) return `Bearer ${auth.bearerToken}`;
  if (auth.basic) return `Basic ${basicToken(auth.basic)}`;
  return void 0;
});
var basicToken = (function basicToken(basic) {
  return Buffer.from(`${basic.username}:${basic.password}`).toString("base64");
});
var sentCredentials = (function sentCredentials(baseUrl, given) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    return [];
  }
  const auth = endpointAuth(url, given);
  const out = [auth.bearerToken, auth.basic?.password, auth.basic && basicToken(auth.basic)];
  for (const [name, value] of Object.entries(auth.headers ?? {}))
    if (ALWAYS_SECRET.has(name.toLowerCase())) out.push(value);
  return out.filter((v) => v !== void 0 && v !== "");
});
var createHttpEndpoint = (function createHttpEndpoint(opts) {
  const url = new URL(opts.baseUrl);
  const prefix = url.pathname.replace(/\/+$/, "");
  const auth = endpointAuth(url, opts.auth);
  const timeoutMs = opts.timeoutMs ?? 3e4;
  const retries = opts.retries ?? 5;
  const baseDelay = opts.retryBaseDelayMs ?? 250;
  const maxDelay = opts.retryMaxDelayMs ?? 5e3;
  const random = opts.random ?? Math.random;
  const limit = opts.timeLimit;
  const deadline = limit ? opts.clock.now() + limit.ms : Number.POSITIVE_INFINITY;
  const tls = opts.tls;
  const secure = url.protocol === "https:";
  let pool;
  const connect = () => new ConnectionPool({
    // `[::1]` in a URL, `::1` to the socket.
    hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : void 0,
    secure,
    ...tls ? { tls } : {},
    maxSockets: 32,
    idleMs: 3e4
  });
  const connectTimeoutMs = (t) => Math.min(t, 1e4);
  const headers = { accept: "application/json", ...auth.headers };
  const authHeader = authorization(auth);
  if (authHeader) headers.authorization = authHeader;
  const secretHeaderNames = Object.keys(auth.headers ?? {}).map((h) => h.toLowerCase());
  const secrets = opts.redact ?? [];
  let hadSuccess = false;
  let closed = false;
  async function attempt(req) {
    const body = req.body === void 0 ? void 0 : JSON.stringify(req.body);
    const own = req.timeoutMs ?? timeoutMs;
    const left = deadline - opts.clock.now();
    const t = Math.min(own, left);
    if (limit && t <= 0) return fail(outOfTime(opts.service, req, limit));
    try {
      pool ??= connect();
      const res = await pool.send({
        method: req.method,
        path: prefix + req.path,
        headers: body === void 0 ? headers : { ...headers, "content-type": "application/json" },
        body,
        connectTimeoutMs: connectTimeoutMs(t),
        timeoutMs: t,
        ...req.signal ? { signal: req.signal } : {}
      });
      const { text } = res;
      const notFlink = proxyAnswer(opts.service, req, res);
      if (notFlink) return fail(notFlink);
      let parsed;
      if (/\S/.test(text)) {
        try {
          parsed = req.exactNumbers ? JSON.parse(text, exactNumbers) : JSON.parse(text);
        } catch {
          parsed = void 0;
        }
      }
      return ok({ status: res.status, body: parsed, text });
    } catch (e) {
      if (limit && t < own && !req.signal?.aborted && isTimeout(e))
        return { ...fail(outOfTime(opts.service, req, limit)), code: TIME_LIMIT };
      const err = closed ? closedError(opts.service, req) : e instanceof BadAnswerError ? protocolError(opts.service, callName(req), e.message) : transportError(opts.service, req, e, t);
      return {
        ...fail(err),
        code: errorCode(e) ?? (err.kind === "timeout" ? CALL_TIMEOUT : void 0)
      };
    }
  }
  function emit(req, n, started, r, retryIn) {
    if (!opts.onEvent) return;
    const e = {
      service: opts.service,
      method: req.method,
      route: req.route,
      path: redactDeep(prefix + req.path, secrets),
      attempt: n,
      durationMs: opts.clock.now() - started,
      requestHeaders: redactHeaders(
        { ...headers, ...req.body === void 0 ? {} : { "content-type": "application/json" } },
        secretHeaderNames,
        secrets
      )
    };
    if (req.body !== void 0) e.requestBody = redactDeep(req.body, secrets);
    if (r.ok) {
      e.status = r.value.status;
      e.responseBody = redactDeep(r.value.body, secrets);
    } else e.error = redactDeep(r.error.message, secrets);
    if (retryIn !== void 0) e.retryInMs = retryIn;
    opts.onEvent(e);
  }
  return {
    service: opts.service,
    async request(req) {
      const idempotent = (req.idempotent ?? req.method === "GET") && !req.noRetry;
      let timedOut = 0;
      for (let n = 1; ; n++) {
        if (closed) return fail(closedError(opts.service, req));
        const started = opts.clock.now();
        const r = await attempt(req);
        if (r.ok && r.value.status < 500) hadSuccess = true;
        if (!r.ok && r.code === CALL_TIMEOUT) timedOut++;
        const retryable = idempotent && !closed && n <= retries && // A server that took the call and did not answer within the timeout twice is hung, not
        // busy: six waits of 30 s would keep a plan silent for three minutes.
        timedOut < 2 && !req.signal?.aborted && (r.ok ? RETRY_STATUS.has(r.value.status) && !req.settled?.(r.value) : r.code !== void 0 && (TRANSIENT_CODES.has(r.code) || r.code === "ECONNREFUSED" && hadSuccess));
        if (!retryable) {
          emit(req, n, started, r);
          if (!r.ok && !idempotent && r.code !== void 0 && !NOT_SENT_CODES.has(r.code)) {
            return fail({ ...r.error, mayHaveReachedServer: true });
          }
          if (r.ok) return ok(r.value);
          if (timedOut > 1 && r.code === CALL_TIMEOUT)
            return fail({ ...r.error, message: `${r.error.message}, twice` });
          return fail(r.error);
        }
        const step = Math.min(maxDelay, baseDelay * 2 ** (n - 1));
        const wait = Math.round(step / 2 + random() * (step / 2));
        if (opts.clock.now() + wait >= deadline) {
          emit(req, n, started, r);
          return r.ok ? ok(r.value) : fail(r.error);
        }
        emit(req, n, started, r, wait);
        try {
          await opts.clock.sleep(wait, req.signal);
        } catch {
          return fail({
            kind: "aborted",
            service: opts.service,
            call: callName(req),
            message: "aborted",
            causes: []
          });
        }
      }
    },
    close: async () => {
      closed = true;
      pool?.destroy();
    }
  };
});
var HTML_PAGE = /^\s*<(?:!doctype\s+html|html|head|body)\b/i;
var proxyAnswer = (function proxyAnswer(service, req, a) {
  const call = callName(req);
  if (a.status >= 300 && a.status < 400 && a.status !== 304) {
    const to = a.location ? ` to ${redirectTarget(a.location)}` : "";
    const message = `HTTP ${a.status}: redirected${to}; flinkops does not follow redirects: point the URL at Flink itself`;
    return { kind: "http", service, call, status: a.status, message, causes: [] };
  }
  if (a.status >= 200 && a.status < 300 && HTML_PAGE.test(a.text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(a.text)?.[1]?.replace(/\s+/g, " ").trim();
    return protocolError(
      service,
      call,
      `an HTML page${title ? ` ("${title.slice(0, 100)}")` : ""}, not Flink's JSON`
    );
  }
  return void 0;
});
var redirectTarget = (function redirectTarget(location) {
  try {
    const u = new URL(location, "http://relative.invalid");
    return u.host === "relative.invalid" ? u.pathname : `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "an address that is not a URL";
  }
});
var closedError = (function closedError(service, req) {
  return { kind: "aborted", service, call: callName(req), message: "the client was closed", causes: [] };
});
var callName = (function callName(req) {
  return `${req.method} ${req.route}`;
});
var errorCode = (function errorCode(e) {
  const o = e;
  const c = o?.code ?? o?.cause?.code ?? o?.errors?.[0]?.code;
  return typeof c === "string" ? c : void 0;
});
var isTimeout = (function isTimeout(e) {
  const code = errorCode(e) ?? "";
  return code.includes("TIMEOUT") || code === "ETIMEDOUT" || e?.name === "TimeoutError";
});
var outOfTime = (function outOfTime(service, req, limit) {
  return {
    kind: "timeout",
    service,
    call: callName(req),
    message: `no answer within ${limit.what}`,
    causes: []
  };
});
var transportError = (function transportError(service, req, e, timeoutMs) {
  const call = callName(req);
  const code = errorCode(e) ?? "";
  const msg = e instanceof Error ? e.message : String(e);
  if (req.signal?.aborted) {
    return { kind: "aborted", service, call, message: "aborted", causes: [] };
  }
  if (isTimeout(e)) {
    return { kind: "timeout", service, call, message: `no answer within ${timeoutMs} ms`, causes: [] };
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_/.test(code)) {
    return { kind: "tls", service, call, message: `TLS handshake failed: ${msg} (${code})`, causes: [] };
  }
  return { kind: "network", service, call, message: code ? `${msg || code} (${code})` : msg, causes: [] };
});
var expect2xx = (function expect2xx(service, req, r) {
  if (!r.ok) return r;
  if (r.value.status >= 200 && r.value.status < 300) return r;
  return fail(httpError(service, callName(req), r.value.status, r.value.body, r.value.text));
});

// src/flink/wire.ts
var asObj = (function asObj(v) {
  return v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
});
var obj = (function obj(o, k) {
  return asObj(o?.[k]);
});
var arr = (function arr(o, k) {
  const v = o?.[k];
  return Array.isArray(v) ? v : void 0;
});
var str = (function str(o, ...keys) {
  for (const k of keys) {
    const v = o?.[k];
    if (typeof v === "string") return v;
  }
  return void 0;
});
var num = (function num(o, ...keys) {
  for (const k of keys) {
    const v = o?.[k];
    if (typeof v === "number" && Number.isFinite(v)) return v;
  }
  return void 0;
});
var bool = (function bool(o, k) {
  const v = o?.[k];
  return typeof v === "boolean" ? v : void 0;
});
var stringMap = (function stringMap(v) {
  const o = asObj(v);
  if (!o) return void 0;
  const out = {};
  for (const [k, x] of Object.entries(o)) {
    if (typeof x === "string") out[k] = x;
    else if (typeof x === "number" || typeof x === "boolean") out[k] = String(x);
  }
  return out;
});
var numberMap = (function numberMap(v) {
  const o = asObj(v);
  if (!o) return void 0;
  const out = {};
  for (const [k, x] of Object.entries(o)) if (typeof x === "number") out[k] = x;
  return out;
});

// src/flink/jobmanager-parse.ts
var parseConfig = (function parseConfig(body) {
  const o = asObj(body);
  const flinkVersion = str(o, "flink-version");
  if (!flinkVersion) return void 0;
  const f = obj(o, "features");
  const features = {};
  const map = [
    ["web-submit", "webSubmit"],
    ["web-cancel", "webCancel"],
    ["web-rescale", "webRescale"],
    ["web-history", "webHistory"]
  ];
  for (const [w, k] of map) {
    const b = bool(f, w);
    if (b !== void 0) features[k] = b;
  }
  const c = { flinkVersion, features };
  const rev = str(o, "flink-revision");
  if (rev) c.flinkRevision = rev;
  return c;
});
var parseClusterOverview = (function parseClusterOverview(body) {
  const o = asObj(body);
  const taskManagers = num(o, "taskmanagers");
  const slotsTotal = num(o, "slots-total");
  const slotsAvailable = num(o, "slots-available");
  if (taskManagers === void 0 || slotsTotal === void 0 || slotsAvailable === void 0)
    return void 0;
  return { taskManagers, slotsTotal, slotsAvailable };
});
var parseJobsOverview = (function parseJobsOverview(body) {
  const jobs = arr(asObj(body), "jobs");
  if (!jobs) return void 0;
  const out = [];
  for (const j of jobs) {
    const o = asObj(j);
    const id = str(o, "jid", "jobId", "id");
    if (!o || !id) continue;
    const s = {
      id,
      name: str(o, "name", "jobName") ?? "",
      state: str(o, "state", "status") ?? "UNKNOWN",
      startTime: num(o, "start-time", "startTime") ?? -1,
      durationMs: num(o, "duration") ?? 0,
      lastModification: num(o, "last-modification", "lastModification") ?? 0
    };
    const end = num(o, "end-time", "endTime");
    if (end !== void 0 && end >= 0) s.endTime = end;
    const tasks = numberMap(o.tasks);
    if (tasks) s.tasks = tasks;
    out.push(s);
  }
  return out;
});
var parseJobDetails = (function parseJobDetails(body) {
  const o = asObj(body);
  const id = str(o, "jid", "jobId");
  if (!o || !id) return void 0;
  const nodes = (arr(obj(o, "plan"), "nodes") ?? []).map(asObj);
  const inputsOf = /* @__PURE__ */ new Map();
  for (const n of nodes) {
    const nid = str(n, "id");
    if (nid)
      inputsOf.set(
        nid,
        (arr(n, "inputs") ?? []).map((i) => str(asObj(i), "id") ?? "")
      );
  }
  const feeding = new Set([...inputsOf.values()].flat());
  const vertices = [];
  for (const v of arr(o, "vertices") ?? []) {
    const vo = asObj(v);
    const vid = str(vo, "id");
    if (!vo || !vid) continue;
    const vertex = {
      id: vid,
      name: str(vo, "name") ?? "",
      parallelism: num(vo, "parallelism") ?? 0,
      maxParallelism: num(vo, "maxParallelism") ?? -1
    };
    const started = num(vo, "start-time");
    if (started !== void 0 && started > 0) vertex.startTime = started;
    const st = str(vo, "status");
    if (st) vertex.status = waitingTasks(vo) > 0 && st === "RUNNING" ? "SCHEDULED" : st;
    const inputs = inputsOf.get(vid);
    if (inputs) vertex.role = inputs.length === 0 ? "source" : feeding.has(vid) ? "inner" : "sink";
    vertices.push(vertex);
  }
  const d = {
    id,
    name: str(o, "name", "jobName") ?? "",
    state: str(o, "state", "status") ?? "UNKNOWN",
    startTime: num(o, "start-time") ?? -1,
    durationMs: num(o, "duration") ?? 0,
    timestamps: numberMap(o.timestamps) ?? {},
    vertices
  };
  const end = num(o, "end-time");
  if (end !== void 0 && end >= 0) d.endTime = end;
  const stoppable = bool(o, "isStoppable");
  if (stoppable !== void 0) d.isStoppable = stoppable;
  const mp = num(o, "maxParallelism");
  if (mp !== void 0) d.maxParallelism = mp;
  const jt = str(o, "job-type", "jobType") ?? str(asObj(o.plan) ?? {}, "type");
  if (jt) d.jobType = jt;
  return d;
});
var parseJobConfig = (function parseJobConfig(body, jobId) {
  const o = asObj(body);
  if (!o) return void 0;
  const ec = obj(o, "execution-config") ?? obj(o, "executionConfigInfo");
  const c = { id: str(o, "jid", "jobId") ?? jobId, name: str(o, "name", "jobName") ?? "" };
  const uc = stringMap(ec?.["user-config"] ?? ec?.userConfig);
  if (uc) c.userConfig = uc;
  const p = num(ec, "job-parallelism", "parallelism");
  if (p !== void 0) c.jobParallelism = p;
  const rs = str(ec, "restart-strategy", "restartStrategy");
  if (rs) c.restartStrategy = rs;
  return c;
});
var NOT_ADDRESSABLE = "<checkpoint-not-externally-addressable>";
var externalPath = (function externalPath(o) {
  const p = str(o, "external_path");
  return p && p !== NOT_ADDRESSABLE ? savepointPathKey(p) : void 0;
});
var checkpointRef = (function checkpointRef(o) {
  const id = num(o, "id");
  if (!o || id === void 0) return void 0;
  const r = { id };
  const p = externalPath(o);
  if (p) r.externalPath = p;
  const ts = num(o, "latest_ack_timestamp", "trigger_timestamp");
  if (ts !== void 0) r.timestamp = ts;
  const size = num(o, "state_size");
  if (size !== void 0 && size >= 0) r.stateSize = size;
  const written = num(o, "checkpointed_size");
  if (written !== void 0 && written >= 0) r.checkpointedSize = written;
  const duration = num(o, "end_to_end_duration");
  if (duration !== void 0 && duration >= 0) r.durationMs = duration;
  if (bool(o, "discarded") === true) r.discarded = true;
  const format = str(o, "savepointFormat");
  if (format === "CANONICAL" || format === "NATIVE") r.format = format;
  return r;
});
var parseCheckpoints = (function parseCheckpoints(body) {
  const o = asObj(body);
  if (!o) return void 0;
  const c = obj(o, "counts");
  const latest = obj(o, "latest");
  const stats = {
    counts: {
      completed: num(c, "completed") ?? 0,
      failed: num(c, "failed") ?? 0,
      inProgress: num(c, "in_progress") ?? 0,
      restored: num(c, "restored") ?? 0,
      total: num(c, "total") ?? 0
    }
  };
  const completed = checkpointRef(obj(latest, "completed"));
  if (completed) stats.latestCompleted = completed;
  const savepoint = checkpointRef(obj(latest, "savepoint"));
  if (savepoint) stats.latestSavepoint = savepoint;
  const ro = obj(latest, "restored");
  const rid = num(ro, "id");
  if (ro && rid !== void 0) {
    stats.latestRestored = { id: rid, isSavepoint: bool(ro, "is_savepoint") ?? false };
    const p = externalPath(ro);
    if (p) stats.latestRestored.externalPath = p;
    const ts = num(ro, "restore_timestamp");
    if (ts !== void 0) stats.latestRestored.restoreTimestamp = ts;
  }
  const fo = obj(latest, "failed");
  const fid = num(fo, "id");
  if (fo && fid !== void 0) {
    stats.latestFailed = { id: fid };
    const m = str(fo, "failure_message");
    if (m) stats.latestFailed.message = m;
  }
  const recent = [];
  for (const h of arr(o, "history") ?? []) {
    const ho = asObj(h);
    if (bool(ho, "is_savepoint") !== true || str(ho, "status") !== "COMPLETED") continue;
    const ref = checkpointRef(ho);
    if (ref?.externalPath) recent.push(ref);
  }
  if (recent.length) stats.recentSavepoints = recent;
  return stats;
});
var exceptionEntry = (function exceptionEntry(o) {
  if (!o) return void 0;
  const stacktrace = str(o, "stacktrace");
  const name = str(o, "exceptionName");
  const causes = stacktrace ? stackHeadlines(stacktrace) : name ? [name] : [];
  const e = { message: causes[causes.length - 1] ?? "unknown failure", causes };
  if (name) e.exceptionName = name;
  if (stacktrace) e.stacktrace = stacktrace;
  const ts = num(o, "timestamp");
  if (ts !== void 0) e.timestamp = ts;
  const task = str(o, "taskName");
  if (task) e.taskName = task;
  const labels = stringMap(o.failureLabels);
  if (labels && Object.keys(labels).length > 0) e.failureLabels = labels;
  return e;
});
var parseExceptions = (function parseExceptions(body) {
  const o = asObj(body);
  if (!o) return void 0;
  const hist = obj(o, "exceptionHistory");
  const history = (arr(hist, "entries") ?? []).map((e) => exceptionEntry(asObj(e))).filter((e) => e !== void 0);
  const out = {
    history,
    truncated: bool(hist, "truncated") ?? bool(o, "truncated") ?? false
  };
  if (history[0]) out.rootCause = history[0];
  else {
    const legacy = str(o, "root-exception");
    if (legacy) {
      const causes = stackHeadlines(legacy);
      out.rootCause = { message: causes[causes.length - 1] ?? legacy, causes, stacktrace: legacy };
      const ts = num(o, "timestamp");
      if (ts !== void 0) out.rootCause.timestamp = ts;
    }
  }
  return out;
});
var parseFailureCause = (function parseFailureCause(body) {
  const o = asObj(body);
  if (!o) return void 0;
  const fc = obj(obj(o, "job-execution-result"), "failure-cause");
  const stacktrace = str(fc, "stack-trace");
  const name = str(fc, "class");
  if (!stacktrace && !name) return { value: void 0 };
  const causes = stacktrace ? stackHeadlines(stacktrace) : [name];
  const e = { message: causes[causes.length - 1] ?? name ?? "unknown failure", causes };
  if (name) e.exceptionName = name;
  if (stacktrace) e.stacktrace = stacktrace;
  return { value: e };
});
var LEVELS = /* @__PURE__ */ new Set(["ok", "low", "high"]);
var parseBackpressure = (function parseBackpressure(body) {
  const o = asObj(body);
  if (!o) return void 0;
  const out = {};
  const level = str(o, "backpressure-level", "backpressureLevel")?.toLowerCase();
  if (level && LEVELS.has(level)) out.level = level;
  const status = str(o, "status");
  if (status) out.status = status;
  const ratios = (arr(o, "subtasks") ?? []).map((x) => num(asObj(x), "ratio", "backPressuredRatio")).filter((r) => r !== void 0);
  if (ratios.length) out.maxRatio = Math.max(...ratios);
  return out;
});
var parseAsyncOperation = (function parseAsyncOperation(body) {
  const o = asObj(body);
  const id = str(obj(o, "status"), "id");
  if (!id) return void 0;
  if (id !== "COMPLETED") return { state: "pending" };
  const op = obj(o, "operation");
  const fc = obj(op, "failure-cause");
  if (fc) {
    const trace = str(fc, "stack-trace");
    const causes = trace ? stackHeadlines(trace) : [str(fc, "class") ?? "unknown failure"];
    return { state: "failed", cause: causes[causes.length - 1] ?? "unknown failure", causes };
  }
  const location = str(op, "location");
  return location ? { state: "completed", location: savepointPathKey(location) } : { state: "completed" };
});
var parseResourceRequirements = (function parseResourceRequirements(body) {
  const o = asObj(body);
  if (!o) return void 0;
  const out = {};
  for (const [vid, v] of Object.entries(o)) {
    const p = obj(asObj(v), "parallelism");
    const lo = num(p, "lowerBound");
    const hi = num(p, "upperBound");
    if (lo !== void 0 && hi !== void 0) out[vid] = { lowerBound: lo, upperBound: hi };
  }
  return out;
});
var resourceRequirementsBody = (function resourceRequirementsBody(req) {
  const out = {};
  for (const [vid, b] of Object.entries(req)) {
    out[vid] = { parallelism: { lowerBound: b.lowerBound, upperBound: b.upperBound } };
  }
  return out;
});
var parseCheckpointConfig = (function parseCheckpointConfig(body) {
  const o = asObj(body);
  if (!o) return void 0;
  const interval = o.interval;
  const out = typeof interval === "number" && interval > 0 && interval < Number.MAX_SAFE_INTEGER ? { intervalMs: interval } : {};
  const ext = obj(o, "externalization");
  const enabled = bool(ext, "enabled");
  if (enabled === false) out.retention = "none";
  else if (enabled === true)
    out.retention = bool(ext, "delete_on_cancellation") === false ? "on-cancellation" : "on-failure";
  const backend = backendShortName(str(o, "state_backend"));
  if (backend) out.stateBackend = backend;
  return out;
});
var backendShortName = (function backendShortName(name) {
  if (!name) return void 0;
  const n = name.toLowerCase();
  if (n.includes("rocksdb")) return "rocksdb";
  if (n.includes("forst")) return "forst";
  if (/hashmap|memorystatebackend|fsstatebackend/.test(n)) return "hashmap";
  return void 0;
});
var parseJobManagerConfig = (function parseJobManagerConfig(body) {
  if (!Array.isArray(body)) return void 0;
  const out = {};
  for (const x of body) {
    const o = asObj(x);
    const key = str(o, "key");
    const value = o?.value;
    if (key && (typeof value === "string" || typeof value === "number" || typeof value === "boolean"))
      out[key] = String(value);
  }
  return out;
});
var parseTaskManagers = (function parseTaskManagers(body) {
  const o = asObj(body);
  const list = o?.taskmanagers;
  if (!Array.isArray(list)) return void 0;
  const out = [];
  for (const x of list) {
    const t = asObj(x);
    const id = str(t, "id");
    if (!id) continue;
    const info = { id, slots: num(t, "slotsNumber") ?? 0 };
    const heap = num(obj(t, "memoryConfiguration"), "taskHeap");
    if (heap !== void 0 && heap > 0) info.taskHeapBytes = heap;
    out.push(info);
  }
  return out;
});
var parseAggregatedMetrics = (function parseAggregatedMetrics(body) {
  if (!Array.isArray(body)) return void 0;
  const out = [];
  for (const x of body) {
    const o = asObj(x);
    const id = str(o, "id");
    if (!id) continue;
    const m = { id };
    for (const k of ["min", "max", "avg", "sum"]) {
      const raw = o?.[k];
      const v = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw) : Number.NaN;
      if (Number.isFinite(v)) m[k] = v;
    }
    out.push(m);
  }
  return out;
});
var waitingTasks = (function waitingTasks(vertex) {
  const tasks = obj(vertex, "tasks");
  return (num(tasks, "SCHEDULED") ?? 0) + (num(tasks, "CREATED") ?? 0);
});

// src/flink/jobmanager.ts
var newTriggerId = (function newTriggerId() {
  return randomHex(16);
});
var enc = encodeURIComponent;
var jobManagerCalls = (function jobManagerCalls(http, caps) {
  const svc = http.service;
  async function call(req, parse, what) {
    const r = expect2xx(svc, req, await http.request(req));
    if (!r.ok) return r;
    const v = parse(r.value.body);
    return v === void 0 ? fail(protocolError(svc, callName(req), what)) : ok(v);
  }
  function requestId(body, fallback) {
    return { triggerId: str(asObj(body), "request-id") ?? fallback };
  }
  async function resourceRequirementsGuard(route, method) {
    const c = await caps();
    if (c.flinkVersion && !c.supportsResourceRequirements) {
      return fail(
        unsupported(
          svc,
          `${method} ${route}`,
          `resource requirements need Flink 1.18+, the cluster runs ${c.flinkVersion.raw}`
        )
      );
    }
    return void 0;
  }
  return {
    getConfig: () => call({ method: "GET", route: "/config", path: "/config" }, parseConfig, "no flink-version"),
    getClusterOverview: () => call({ method: "GET", route: "/overview", path: "/overview" }, parseClusterOverview, "no slots-total"),
    getTaskManagers: () => call(
      { method: "GET", route: "/taskmanagers", path: "/taskmanagers" },
      parseTaskManagers,
      "no taskmanagers[]"
    ),
    getJobManagerConfig: () => call(
      { method: "GET", route: "/jobmanager/config", path: "/jobmanager/config" },
      parseJobManagerConfig,
      "no [{key,value}]"
    ),
    listJobs: () => call(
      { method: "GET", route: "/jobs/overview", path: "/jobs/overview" },
      parseJobsOverview,
      "no jobs[]"
    ),
    getJob: (id) => call({ method: "GET", route: "/jobs/{jobid}", path: `/jobs/${enc(id)}` }, parseJobDetails, "no jid"),
    getJobConfig: (id) => call(
      { method: "GET", route: "/jobs/{jobid}/config", path: `/jobs/${enc(id)}/config` },
      (b) => parseJobConfig(b, id),
      "not an object"
    ),
    getCheckpoints: (id) => call(
      { method: "GET", route: "/jobs/{jobid}/checkpoints", path: `/jobs/${enc(id)}/checkpoints` },
      parseCheckpoints,
      "not an object"
    ),
    getCheckpointConfig: (id) => call(
      {
        method: "GET",
        route: "/jobs/{jobid}/checkpoints/config",
        path: `/jobs/${enc(id)}/checkpoints/config`
      },
      parseCheckpointConfig,
      "not an object"
    ),
    getFailureCause: async (id) => {
      const r = await call(
        {
          method: "GET",
          route: "/jobs/{jobid}/execution-result",
          path: `/jobs/${enc(id)}/execution-result`
        },
        parseFailureCause,
        "not an object"
      );
      return r.ok ? ok(r.value.value) : r;
    },
    getExceptions: (id, max = 10) => call(
      {
        method: "GET",
        route: "/jobs/{jobid}/exceptions",
        path: `/jobs/${enc(id)}/exceptions?maxExceptions=${Math.max(1, Math.floor(max))}`
      },
      parseExceptions,
      "not an object"
    ),
    getBackpressure: (id, vertexId) => call(
      {
        method: "GET",
        route: "/jobs/{jobid}/vertices/{vertexid}/backpressure",
        path: `/jobs/${enc(id)}/vertices/${enc(vertexId)}/backpressure`
      },
      parseBackpressure,
      "not an object"
    ),
    listVertexMetrics: (id, vertexId) => call(
      {
        method: "GET",
        route: "/jobs/{jobid}/vertices/{vertexid}/subtasks/metrics",
        path: `/jobs/${enc(id)}/vertices/${enc(vertexId)}/subtasks/metrics`
      },
      (b) => parseAggregatedMetrics(b)?.map((m) => m.id),
      "not an array"
    ),
    getVertexMetrics: (id, vertexId, names) => call(
      {
        method: "GET",
        route: "/jobs/{jobid}/vertices/{vertexid}/subtasks/metrics",
        // One request for every metric of the vertex; `agg` keeps the answer to what is read.
        path: `/jobs/${enc(id)}/vertices/${enc(vertexId)}/subtasks/metrics?get=${names.map(enc).join(",")}&agg=min,max,sum`
      },
      parseAggregatedMetrics,
      "not an array"
    ),
    async triggerSavepoint(id, opts) {
      const body = { "cancel-job": false, triggerId: opts.triggerId };
      if (opts.targetDirectory !== void 0) body["target-directory"] = opts.targetDirectory;
      if (opts.formatType !== void 0) body.formatType = opts.formatType;
      const req = {
        method: "POST",
        route: "/jobs/{jobid}/savepoints",
        path: `/jobs/${enc(id)}/savepoints`,
        body,
        idempotent: true
      };
      const r = expect2xx(svc, req, await http.request(req));
      return r.ok ? ok(requestId(r.value.body, opts.triggerId)) : r;
    },
    async stopWithSavepoint(id, opts) {
      const body = { drain: opts.drain ?? false, triggerId: opts.triggerId };
      if (opts.targetDirectory !== void 0) body.targetDirectory = opts.targetDirectory;
      if (opts.formatType !== void 0) body.formatType = opts.formatType;
      const req = {
        method: "POST",
        route: "/jobs/{jobid}/stop",
        path: `/jobs/${enc(id)}/stop`,
        body,
        idempotent: true
      };
      const r = expect2xx(svc, req, await http.request(req));
      return r.ok ? ok(requestId(r.value.body, opts.triggerId)) : r;
    },
    async getSavepointStatus(id, triggerId) {
      const req = {
        method: "GET",
        route: "/jobs/{jobid}/savepoints/{triggerid}",
        path: `/jobs/${enc(id)}/savepoints/${enc(triggerId)}`
      };
      const raw = await http.request(req);
      if (raw.ok && raw.value.status === 404) return ok({ state: "unknown-trigger" });
      const r = expect2xx(svc, req, raw);
      if (!r.ok) return r;
      const op = parseAsyncOperation(r.value.body);
      if (!op) return fail(protocolError(svc, callName(req), "no status.id"));
      if (op.state === "completed") {
        return op.location ? ok({ state: "completed", location: op.location }) : fail(protocolError(svc, callName(req), "completed savepoint without a location"));
      }
      return ok(op);
    },
    async cancelJob(id) {
      const req = {
        method: "PATCH",
        route: "/jobs/{jobid}",
        path: `/jobs/${enc(id)}?mode=cancel`
      };
      const raw = await http.request(req);
      if (raw.ok && raw.value.status === 404) return ok("not-found");
      if (raw.ok && raw.value.status === 409) return ok("already-terminal");
      if (raw.ok && raw.value.status === 408) return ok("cancelling");
      const r = expect2xx(svc, req, raw);
      return r.ok ? ok("cancelling") : r;
    },
    async getResourceRequirements(id) {
      const route = "/jobs/{jobid}/resource-requirements";
      const guard = await resourceRequirementsGuard(route, "GET");
      if (guard) return guard;
      return call(
        { method: "GET", route, path: `/jobs/${enc(id)}/resource-requirements` },
        parseResourceRequirements,
        "not an object"
      );
    },
    async putResourceRequirements(id, reqs) {
      const route = "/jobs/{jobid}/resource-requirements";
      const guard = await resourceRequirementsGuard(route, "PUT");
      if (guard) return guard;
      const req = {
        method: "PUT",
        route,
        path: `/jobs/${enc(id)}/resource-requirements`,
        body: resourceRequirementsBody(reqs),
        // The same bounds twice are the same bounds: a proxy's 502–504 or a lost answer is tried
        // again. Flink's own refusal (its `errors` body) is final.
        idempotent: true,
        settled: (res) => errorsOf(res.body) !== void 0
      };
      const r = expect2xx(svc, req, await http.request(req));
      return r.ok ? ok(void 0) : r;
    },
    async disposeSavepoint(path) {
      const req = {
        method: "POST",
        route: "/savepoint-disposal",
        path: "/savepoint-disposal",
        body: { "savepoint-path": path }
      };
      const r = expect2xx(svc, req, await http.request(req));
      if (!r.ok) return r;
      const id = str(asObj(r.value.body), "request-id");
      return id ? ok({ triggerId: id }) : fail(protocolError(svc, callName(req), "no request-id"));
    },
    async getDisposalStatus(triggerId) {
      const req = {
        method: "GET",
        route: "/savepoint-disposal/{triggerid}",
        path: `/savepoint-disposal/${enc(triggerId)}`
      };
      const raw = await http.request(req);
      if (raw.ok && raw.value.status === 404) return ok({ state: "unknown-trigger" });
      const r = expect2xx(svc, req, raw);
      if (!r.ok) return r;
      const op = parseAsyncOperation(r.value.body);
      if (!op) return fail(protocolError(svc, callName(req), "no status.id"));
      return ok(op.state === "completed" ? { state: "completed" } : op);
    },
    async getJobManagerLog(opts = {}) {
      const req = opts.file ? { method: "GET", route: "/jobmanager/logs/{filename}", path: `/jobmanager/logs/${enc(opts.file)}` } : { method: "GET", route: "/jobmanager/log", path: "/jobmanager/log" };
      const r = expect2xx(svc, req, await http.request(req));
      return r.ok ? ok(r.value.text) : r;
    }
  };
});

export {
  ok,
  fail,
  isTransient,
  failureCause,
  flinkPosition,
  flinkReason,
  notUsable,
  isSqlRejection,
  protocolError,
  unsupported,
  isTerminal,
  isLocallyTerminal,
  refusesSavepoint,
  FLINK_CODES,
  TRUST_ADVICE,
  flinkDiagnostic,
  poll,
  describeTimeout,
  unanswered,
  awaitSavepoint,
  awaitDisposal,
  lostDigits,
  exactNumbers,
  sentCredentials,
  createHttpEndpoint,
  callName,
  expect2xx,
  asObj,
  obj,
  arr,
  str,
  bool,
  stringMap,
  newTriggerId,
  jobManagerCalls
};
