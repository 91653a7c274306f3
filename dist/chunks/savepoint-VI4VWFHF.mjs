import { createRequire as __flinkopsCreateRequire } from "node:module";

// src/core/restore-point.ts
var restorePointKind = (function restorePointKind(path) {
  return /\/chk-\d+\/?$/.test(path) ? "checkpoint" : "savepoint";
});
var missingRestorePoint = (function missingRestorePoint(message2) {
  return /Cannot find checkpoint or savepoint file\/directory '([^']*)'/.exec(message2)?.[1];
});
var savepointPathKey = (function savepointPathKey(path) {
  const p = path.replace(/\/+$/, "");
  return p.startsWith("/") ? `file:${p}` : p.replace(/^file:\/\/\//, "file:/");
});
var sameSavepointPath = (function sameSavepointPath(a, b) {
  return a !== void 0 && b !== void 0 && savepointPathKey(a) === savepointPathKey(b);
});

import {
  randomHex
} from "./chunk-QDFCQ7OG.mjs";
import {
  pageText
} from "./chunk-MHE3XHPS.mjs";
import {
  error
} from "./chunk-FYVUM4PK.mjs";

// src/core/secrets.ts
var MASK = "***";
var MIN_SECRET_LENGTH = 3;
var CLIP_MARK = "\u2026";
var secretForms = (function secretForms(value) {
  return [.../* @__PURE__ */ new Set([value, value.replaceAll("'", "''"), JSON.stringify(value).slice(1, -1)])];
});
var maskSecrets = (function maskSecrets(text, secrets) {
  const values = [
    ...new Set([...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH && s !== MASK).flatMap(secretForms))
  ];
  if (values.length === 0) return text;
  values.sort((a, b) => b.length - a.length);
  let out = text;
  for (const v of values) if (out.includes(v)) out = out.split(v).join(MASK);
  return out.includes(CLIP_MARK) ? maskClippedTails(out, values) : out;
});
var maskClippedTails = (function maskClippedTails(text, values) {
  return text.split(CLIP_MARK).map((part, i, parts) => {
    if (i === parts.length - 1) return part;
    let longest = 0;
    for (const v of values)
      for (let k = Math.min(v.length - 1, part.length); k > longest; k--)
        if (part.endsWith(v.slice(0, k))) {
          longest = k;
          break;
        }
    const head = part.slice(0, part.length - longest);
    return longest > 0 && part.slice(head.length).trim() !== "" ? `${head}${MASK}` : part;
  }).join(CLIP_MARK);
});

// src/flink/errors.ts
var ok = (function ok(value) {
  return { ok: true, value };
});
var fail = (function fail(error22) {
  return { ok: false, error: error22 };
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
  for (let m2 = FQCN_PREFIX.exec(rest); m2; m2 = FQCN_PREFIX.exec(rest)) {
    simple = m2[1];
    rest = rest.slice(m2[0].length);
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
    const label2 = p.length === 1 && p[0].endsWith(":") ? p[0] : void 0;
    if (label2 && LISTED_OPTIONS.test(label2)) {
      i++;
      continue;
    }
    if (p.some((l) => /'[^']*'\s*=\s*'/.test(l))) continue;
    if (label2) {
      const items = paragraphs[i + 1] ?? [];
      i++;
      const shown = items.slice(0, MAX_ITEMS).join(", ");
      parts.push(`${label2} ${shown}${items.length > MAX_ITEMS ? `, \u2026 (${items.length} in all)` : ""}`);
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
  const detail2 = last.replace(/^[\w$]+:\s*/, "");
  const outer = causes[causes.length - 2];
  if (detail2.length <= 40 && !outer.includes(detail2) && outer !== last) return `${outer} <- ${last}`;
  if (namesSomething(detail2)) return last;
  for (let i = causes.length - 2; i >= 0; i--) {
    const c = causes[i];
    if (c.includes(detail2)) continue;
    if (namesSomething(c.replace(/^[\w$]+:\s*/, ""))) return `${c} <- ${last}`;
  }
  return last;
});
var namesSomething = (function namesSomething(message2) {
  return /[[\]'"`/\\]|\d/.test(message2);
});
var GATEWAY_WRAPPER = /^(SqlGatewayException|SqlExecutionException): Failed to/;
var POSITION = /line (\d+), column (\d+)/;
var flinkPosition = (function flinkPosition(e) {
  const m2 = [e.message, ...e.causes].map((l) => POSITION.exec(l)).find((x) => x !== null);
  return m2 ? { line: Number(m2[1]), column: Number(m2[2]) } : void 0;
});
var flinkReason = (function flinkReason(e) {
  const causes = e.causes.filter((c) => !GATEWAY_WRAPPER.test(c));
  const lines = causes.length > 0 ? [causes[0], ...causes.slice(-2)] : [e.message];
  return lines.filter((l, i, a) => a.indexOf(l) === i).join(" <- ");
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
    const { message: message22, causes } = summarizeFlinkErrors(errors);
    return { kind: "http", service, call, status, message: message22, causes };
  }
  const snippet = pageText(text);
  const message2 = snippet ? `HTTP ${status}: ${clip(snippet, 200)}` : `HTTP ${status} with an empty body`;
  return { kind: "http", service, call, status, message: message2, causes: [] };
});
var protocolError = (function protocolError(service, call, what) {
  return { kind: "protocol", service, call, message: `unexpected response: ${what}`, causes: [] };
});
var unsupported = (function unsupported(service, call, message2) {
  return { kind: "unsupported", service, call, message: message2, causes: [] };
});
// src/core/job-state.ts
var isTerminal = (function isTerminal(state2) {
  return state2 === "FAILED" || state2 === "CANCELED" || state2 === "FINISHED";
});
var isLocallyTerminal = (function isLocallyTerminal(state2) {
  return isTerminal(state2) || state2 === "SUSPENDED";
});
var refusesSavepoint = (function refusesSavepoint(state2) {
  return state2 !== void 0 && state2 !== "RUNNING" && !isLocallyTerminal(state2);
});
// src/flink/diagnostics.ts
var TRUST_ADVICE = "give the CA that signed it with --ca-file PEM or FLINKOPS_CA_FILE (NODE_EXTRA_CA_CERTS=PEM in the env of the Action's step), and check that the URL's host is one the certificate names";
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
  const within3 = o.elapsedMs < 1e3 ? `${Math.round(o.elapsedMs)} ms` : `${Math.round(o.elapsedMs / 1e3)} s`;
  return `${o.what} did not finish within ${within3} (${o.attempts} check${o.attempts === 1 ? "" : "s"})`;
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
var untilUnreachable = (function untilUnreachable(read2, opts) {
  let since;
  return async () => {
    const before = opts.clock.now();
    const r = await read2();
    if (r.ok || !unanswered(r.error)) {
      since = void 0;
      return r;
    }
    since ??= before;
    const forMs = opts.clock.now() - since;
    return opts.unreachableMs !== void 0 && forMs >= opts.unreachableMs ? { unreachable: r.error, forMs } : r;
  };
});
var awaitOperation = (function awaitOperation(read2, completed, what, opts, pendingProgress) {
  const { unreachableMs: _unused, ...pollOpts } = opts;
  const next = untilUnreachable(read2, opts);
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
  const m2 = /^-?(\d*)\.(\d+)$/.exec(source);
  return m2 !== null && `${m2[1]}${m2[2]}`.replace(/^0+/, "").length > 15;
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
    const m2 = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(first);
    if (!m2) throw new BadAnswerError(notHttp(Buffer.from(first, "latin1")));
    const status = Number(m2[2]);
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
    const http10 = m2[1] === "0";
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
      const take2 = Math.min(f.left, buf.length);
      this.body.push(buf.subarray(0, take2));
      f.left -= take2;
      if (f.left === 0) this.done = true;
      return buf.subarray(take2);
    }
    if (f.kind === "chunked") return this.readChunked(buf);
    return buf;
  }
  readChunked(buf) {
    while (buf.length > 0 && !this.done) {
      if (this.chunkLeft > 0) {
        const take2 = Math.min(this.chunkLeft, buf.length);
        this.body.push(buf.subarray(0, take2));
        this.chunkLeft -= take2;
        buf = buf.subarray(take2);
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
    return new Promise((resolve6, reject) => {
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
        else resolve6(answer);
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
function redactHeaders(headers, secretNames2, secrets) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) {
    const lower = k.toLowerCase();
    out[k] = ALWAYS_SECRET.has(lower) || secretNames2.includes(lower) ? MASK : redactDeep(v, secrets);
  }
  return out;
}
function redactDeep(value, secrets) {
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
}
// src/flink/http.ts
var RETRY_STATUS = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var CALL_TIMEOUT = "FLINKOPS_CALL_TIMEOUT";
var TIME_LIMIT = "FLINKOPS_TIME_LIMIT";
var TRANSIENT_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", CALL_TIMEOUT, CONNECT_TIMEOUT]);
var NOT_SENT_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", CONNECT_TIMEOUT]);
function endpointAuth(url, given) {
  const auth = { ...given };
  if (url.username && !auth.basic && !auth.bearerToken) {
    auth.basic = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  }
  return auth;
}
function authorization(auth) {
  if (auth.bearerToken) return `Bearer ${auth.bearerToken}`;
  if (auth.basic) return `Basic ${basicToken(auth.basic)}`;
  return void 0;
}
function basicToken(basic) {
  return Buffer.from(`${basic.username}:${basic.password}`).toString("base64");
}
function sentCredentials(baseUrl, given) {
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
}
function createHttpEndpoint(opts) {
  const url = new URL(opts.baseUrl);
  const prefix2 = url.pathname.replace(/\/+$/, "");
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
  const connect2 = () => new ConnectionPool({
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
      pool ??= connect2();
      const res = await pool.send({
        method: req.method,
        path: prefix2 + req.path,
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
      path: redactDeep(prefix2 + req.path, secrets),
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
}
var HTML_PAGE = /^\s*<(?:!doctype\s+html|html|head|body)\b/i;
function proxyAnswer(service, req, a) {
  const call = callName(req);
  if (a.status >= 300 && a.status < 400 && a.status !== 304) {
    const to = a.location ? ` to ${redirectTarget(a.location)}` : "";
    const message2 = `HTTP ${a.status}: redirected${to}; flinkops does not follow redirects: point the URL at Flink itself`;
    return { kind: "http", service, call, status: a.status, message: message2, causes: [] };
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
}
function redirectTarget(location) {
  try {
    const u = new URL(location, "http://relative.invalid");
    return u.host === "relative.invalid" ? u.pathname : `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "an address that is not a URL";
  }
}
function closedError(service, req) {
  return { kind: "aborted", service, call: callName(req), message: "the client was closed", causes: [] };
}
function callName(req) {
  return `${req.method} ${req.route}`;
}
function errorCode(e) {
  const o = e;
  const c = o?.code ?? o?.cause?.code ?? o?.errors?.[0]?.code;
  return typeof c === "string" ? c : void 0;
}
function isTimeout(e) {
  const code = errorCode(e) ?? "";
  return code.includes("TIMEOUT") || code === "ETIMEDOUT" || e?.name === "TimeoutError";
}
function outOfTime(service, req, limit) {
  return {
    kind: "timeout",
    service,
    call: callName(req),
    message: `no answer within ${limit.what}`,
    causes: []
  };
}
function transportError(service, req, e, timeoutMs) {
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
}
function expect2xx(service, req, r) {
  if (!r.ok) return r;
  if (r.value.status >= 200 && r.value.status < 300) return r;
  return fail(httpError(service, callName(req), r.value.status, r.value.body, r.value.text));
}
// src/flink/wire.ts
function asObj(v) {
  return v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
function obj(o, k) {
  return asObj(o?.[k]);
}
function arr(o, k) {
  const v = o?.[k];
  return Array.isArray(v) ? v : void 0;
}
function str(o, ...keys2) {
  for (const k of keys2) {
    const v = o?.[k];
    if (typeof v === "string") return v;
  }
  return void 0;
}
function num(o, ...keys2) {
  for (const k of keys2) {
    const v = o?.[k];
    if (typeof v === "number" && Number.isFinite(v)) return v;
  }
  return void 0;
}
function bool(o, k) {
  const v = o?.[k];
  return typeof v === "boolean" ? v : void 0;
}
function stringMap(v) {
  const o = asObj(v);
  if (!o) return void 0;
  const out = {};
  for (const [k, x] of Object.entries(o)) {
    if (typeof x === "string") out[k] = x;
    else if (typeof x === "number" || typeof x === "boolean") out[k] = String(x);
  }
  return out;
}
function numberMap(v) {
  const o = asObj(v);
  if (!o) return void 0;
  const out = {};
  for (const [k, x] of Object.entries(o)) if (typeof x === "number") out[k] = x;
  return out;
}
// src/flink/jobmanager-parse.ts
function parseConfig(body) {
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
}
function parseClusterOverview(body) {
  const o = asObj(body);
  const taskManagers = num(o, "taskmanagers");
  const slotsTotal = num(o, "slots-total");
  const slotsAvailable = num(o, "slots-available");
  if (taskManagers === void 0 || slotsTotal === void 0 || slotsAvailable === void 0)
    return void 0;
  return { taskManagers, slotsTotal, slotsAvailable };
}
function parseJobsOverview(body) {
  const jobs = arr(asObj(body), "jobs");
  if (!jobs) return void 0;
  const out = [];
  for (const j of jobs) {
    const o = asObj(j);
    const id2 = str(o, "jid", "jobId", "id");
    if (!o || !id2) continue;
    const s = {
      id: id2,
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
}
function parseJobDetails(body) {
  const o = asObj(body);
  const id2 = str(o, "jid", "jobId");
  if (!o || !id2) return void 0;
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
    id: id2,
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
}
function parseJobConfig(body, jobId) {
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
}
var NOT_ADDRESSABLE = "<checkpoint-not-externally-addressable>";
function externalPath(o) {
  const p = str(o, "external_path");
  return p && p !== NOT_ADDRESSABLE ? savepointPathKey(p) : void 0;
}
function checkpointRef(o) {
  const id2 = num(o, "id");
  if (!o || id2 === void 0) return void 0;
  const r = { id: id2 };
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
}
function parseCheckpoints(body) {
  const o = asObj(body);
  if (!o) return void 0;
  const c = obj(o, "counts");
  const latest2 = obj(o, "latest");
  const stats = {
    counts: {
      completed: num(c, "completed") ?? 0,
      failed: num(c, "failed") ?? 0,
      inProgress: num(c, "in_progress") ?? 0,
      restored: num(c, "restored") ?? 0,
      total: num(c, "total") ?? 0
    }
  };
  const completed = checkpointRef(obj(latest2, "completed"));
  if (completed) stats.latestCompleted = completed;
  const savepoint = checkpointRef(obj(latest2, "savepoint"));
  if (savepoint) stats.latestSavepoint = savepoint;
  const ro = obj(latest2, "restored");
  const rid = num(ro, "id");
  if (ro && rid !== void 0) {
    stats.latestRestored = { id: rid, isSavepoint: bool(ro, "is_savepoint") ?? false };
    const p = externalPath(ro);
    if (p) stats.latestRestored.externalPath = p;
    const ts = num(ro, "restore_timestamp");
    if (ts !== void 0) stats.latestRestored.restoreTimestamp = ts;
  }
  const fo = obj(latest2, "failed");
  const fid = num(fo, "id");
  if (fo && fid !== void 0) {
    stats.latestFailed = { id: fid };
    const m2 = str(fo, "failure_message");
    if (m2) stats.latestFailed.message = m2;
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
}
function exceptionEntry(o) {
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
}
function parseExceptions(body) {
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
}
function parseFailureCause(body) {
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
}
var LEVELS = /* @__PURE__ */ new Set(["ok", "low", "high"]);
function parseBackpressure(body) {
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
}
function parseAsyncOperation(body) {
  const o = asObj(body);
  const id2 = str(obj(o, "status"), "id");
  if (!id2) return void 0;
  if (id2 !== "COMPLETED") return { state: "pending" };
  const op = obj(o, "operation");
  const fc = obj(op, "failure-cause");
  if (fc) {
    const trace = str(fc, "stack-trace");
    const causes = trace ? stackHeadlines(trace) : [str(fc, "class") ?? "unknown failure"];
    return { state: "failed", cause: causes[causes.length - 1] ?? "unknown failure", causes };
  }
  const location = str(op, "location");
  return location ? { state: "completed", location: savepointPathKey(location) } : { state: "completed" };
}
function parseResourceRequirements(body) {
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
}
function resourceRequirementsBody(req) {
  const out = {};
  for (const [vid, b] of Object.entries(req)) {
    out[vid] = { parallelism: { lowerBound: b.lowerBound, upperBound: b.upperBound } };
  }
  return out;
}
function parseCheckpointConfig(body) {
  const o = asObj(body);
  if (!o) return void 0;
  const interval2 = o.interval;
  const out = typeof interval2 === "number" && interval2 > 0 && interval2 < Number.MAX_SAFE_INTEGER ? { intervalMs: interval2 } : {};
  const ext = obj(o, "externalization");
  const enabled = bool(ext, "enabled");
  if (enabled === false) out.retention = "none";
  else if (enabled === true)
    out.retention = bool(ext, "delete_on_cancellation") === false ? "on-cancellation" : "on-failure";
  const backend = backendShortName(str(o, "state_backend"));
  if (backend) out.stateBackend = backend;
  return out;
}
function backendShortName(name) {
  if (!name) return void 0;
  const n = name.toLowerCase();
  if (n.includes("rocksdb")) return "rocksdb";
  if (n.includes("forst")) return "forst";
  if (/hashmap|memorystatebackend|fsstatebackend/.test(n)) return "hashmap";
  return void 0;
}
function parseJobManagerConfig(body) {
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
}
function parseTaskManagers(body) {
  const o = asObj(body);
  const list = o?.taskmanagers;
  if (!Array.isArray(list)) return void 0;
  const out = [];
  for (const x of list) {
    const t = asObj(x);
    const id2 = str(t, "id");
    if (!id2) continue;
    const info = { id: id2, slots: num(t, "slotsNumber") ?? 0 };
    const heap = num(obj(t, "memoryConfiguration"), "taskHeap");
    if (heap !== void 0 && heap > 0) info.taskHeapBytes = heap;
    out.push(info);
  }
  return out;
}
function parseAggregatedMetrics(body) {
  if (!Array.isArray(body)) return void 0;
  const out = [];
  for (const x of body) {
    const o = asObj(x);
    const id2 = str(o, "id");
    if (!id2) continue;
    const m2 = { id: id2 };
    for (const k of ["min", "max", "avg", "sum"]) {
      const raw = o?.[k];
      const v = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw) : Number.NaN;
      if (Number.isFinite(v)) m2[k] = v;
    }
    out.push(m2);
  }
  return out;
}
function waitingTasks(vertex) {
  const tasks = obj(vertex, "tasks");
  return (num(tasks, "SCHEDULED") ?? 0) + (num(tasks, "CREATED") ?? 0);
}
// src/flink/jobmanager.ts
function newTriggerId() {
  return randomHex(16);
}
var enc = encodeURIComponent;
function jobManagerCalls(http, caps) {
  const svc = http.service;
  async function call(req, parse3, what) {
    const r = expect2xx(svc, req, await http.request(req));
    if (!r.ok) return r;
    const v = parse3(r.value.body);
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
    getJob: (id2) => call({ method: "GET", route: "/jobs/{jobid}", path: `/jobs/${enc(id2)}` }, parseJobDetails, "no jid"),
    getJobConfig: (id2) => call(
      { method: "GET", route: "/jobs/{jobid}/config", path: `/jobs/${enc(id2)}/config` },
      (b) => parseJobConfig(b, id2),
      "not an object"
    ),
    getCheckpoints: (id2) => call(
      { method: "GET", route: "/jobs/{jobid}/checkpoints", path: `/jobs/${enc(id2)}/checkpoints` },
      parseCheckpoints,
      "not an object"
    ),
    getCheckpointConfig: (id2) => call(
      {
        method: "GET",
        route: "/jobs/{jobid}/checkpoints/config",
        path: `/jobs/${enc(id2)}/checkpoints/config`
      },
      parseCheckpointConfig,
      "not an object"
    ),
    getFailureCause: async (id2) => {
      const r = await call(
        {
          method: "GET",
          route: "/jobs/{jobid}/execution-result",
          path: `/jobs/${enc(id2)}/execution-result`
        },
        parseFailureCause,
        "not an object"
      );
      return r.ok ? ok(r.value.value) : r;
    },
    getExceptions: (id2, max = 10) => call(
      {
        method: "GET",
        route: "/jobs/{jobid}/exceptions",
        path: `/jobs/${enc(id2)}/exceptions?maxExceptions=${Math.max(1, Math.floor(max))}`
      },
      parseExceptions,
      "not an object"
    ),
    getBackpressure: (id2, vertexId) => call(
      {
        method: "GET",
        route: "/jobs/{jobid}/vertices/{vertexid}/backpressure",
        path: `/jobs/${enc(id2)}/vertices/${enc(vertexId)}/backpressure`
      },
      parseBackpressure,
      "not an object"
    ),
    listVertexMetrics: (id2, vertexId) => call(
      {
        method: "GET",
        route: "/jobs/{jobid}/vertices/{vertexid}/subtasks/metrics",
        path: `/jobs/${enc(id2)}/vertices/${enc(vertexId)}/subtasks/metrics`
      },
      (b) => parseAggregatedMetrics(b)?.map((m2) => m2.id),
      "not an array"
    ),
    getVertexMetrics: (id2, vertexId, names) => call(
      {
        method: "GET",
        route: "/jobs/{jobid}/vertices/{vertexid}/subtasks/metrics",
        // One request for every metric of the vertex; `agg` keeps the answer to what is read.
        path: `/jobs/${enc(id2)}/vertices/${enc(vertexId)}/subtasks/metrics?get=${names.map(enc).join(",")}&agg=min,max,sum`
      },
      parseAggregatedMetrics,
      "not an array"
    ),
    async triggerSavepoint(id2, opts) {
      const body = { "cancel-job": false, triggerId: opts.triggerId };
      if (opts.targetDirectory !== void 0) body["target-directory"] = opts.targetDirectory;
      if (opts.formatType !== void 0) body.formatType = opts.formatType;
      const req = {
        method: "POST",
        route: "/jobs/{jobid}/savepoints",
        path: `/jobs/${enc(id2)}/savepoints`,
        body,
        idempotent: true
      };
      const r = expect2xx(svc, req, await http.request(req));
      return r.ok ? ok(requestId(r.value.body, opts.triggerId)) : r;
    },
    async stopWithSavepoint(id2, opts) {
      const body = { drain: opts.drain ?? false, triggerId: opts.triggerId };
      if (opts.targetDirectory !== void 0) body.targetDirectory = opts.targetDirectory;
      if (opts.formatType !== void 0) body.formatType = opts.formatType;
      const req = {
        method: "POST",
        route: "/jobs/{jobid}/stop",
        path: `/jobs/${enc(id2)}/stop`,
        body,
        idempotent: true
      };
      const r = expect2xx(svc, req, await http.request(req));
      return r.ok ? ok(requestId(r.value.body, opts.triggerId)) : r;
    },
    async getSavepointStatus(id2, triggerId) {
      const req = {
        method: "GET",
        route: "/jobs/{jobid}/savepoints/{triggerid}",
        path: `/jobs/${enc(id2)}/savepoints/${enc(triggerId)}`
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
    async cancelJob(id2) {
      const req = {
        method: "PATCH",
        route: "/jobs/{jobid}",
        path: `/jobs/${enc(id2)}?mode=cancel`
      };
      const raw = await http.request(req);
      if (raw.ok && raw.value.status === 404) return ok("not-found");
      if (raw.ok && raw.value.status === 409) return ok("already-terminal");
      if (raw.ok && raw.value.status === 408) return ok("cancelling");
      const r = expect2xx(svc, req, raw);
      return r.ok ? ok("cancelling") : r;
    },
    async getResourceRequirements(id2) {
      const route = "/jobs/{jobid}/resource-requirements";
      const guard2 = await resourceRequirementsGuard(route, "GET");
      if (guard2) return guard2;
      return call(
        { method: "GET", route, path: `/jobs/${enc(id2)}/resource-requirements` },
        parseResourceRequirements,
        "not an object"
      );
    },
    async putResourceRequirements(id2, reqs) {
      const route = "/jobs/{jobid}/resource-requirements";
      const guard2 = await resourceRequirementsGuard(route, "PUT");
      if (guard2) return guard2;
      const req = {
        method: "PUT",
        route,
        path: `/jobs/${enc(id2)}/resource-requirements`,
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
      const id2 = str(asObj(r.value.body), "request-id");
      return id2 ? ok({ triggerId: id2 }) : fail(protocolError(svc, callName(req), "no request-id"));
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
}

// src/core/clock.ts
var abortError = (function abortError(signal) {
  const reason = signal.reason;
  if (reason instanceof Error) return reason;
  const err = new Error("The operation was aborted");
  err.name = "AbortError";
  return err;
});
var systemClock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    return new Promise((resolve6, reject) => {
      if (signal?.aborted) {
        reject(abortError(signal));
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError(signal));
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve6();
        },
        Math.max(0, ms)
      );
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
};

import {
  atLeast,
  parseFlinkVersion
} from "./chunk-2J7UGB3X.mjs";
// src/flink/gateway-parse.ts
function parseColumns(v) {
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
    const comment2 = str(o, "comment");
    if (comment2) col.comment = comment2;
    out.push(col);
  }
  return out;
}
function parseRow(v) {
  if (Array.isArray(v)) return { kind: "INSERT", fields: v };
  const o = asObj(v);
  const fields = arr(o, "fields");
  if (!fields) return void 0;
  return { kind: str(o, "kind") ?? "INSERT", fields };
}
function parseResultPage(body) {
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
}
function jobIdColumn(columns, rows) {
  const i = columns.findIndex((c) => c.name.toLowerCase() === "job id");
  if (i < 0) return void 0;
  const v = rows[0]?.[i];
  return typeof v === "string" && v ? v : void 0;
}
// src/flink/version.ts
var KNOWN_GATEWAY_VERSIONS = ["v1", "v2", "v3", "v4"];
function pickGatewayApiVersion(advertised) {
  let best = "v1";
  for (const a of advertised) {
    const v = a.toLowerCase();
    if (KNOWN_GATEWAY_VERSIONS.includes(v) && KNOWN_GATEWAY_VERSIONS.indexOf(v) > KNOWN_GATEWAY_VERSIONS.indexOf(best)) {
      best = v;
    }
  }
  return best;
}
function capabilitiesOf(input) {
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
}
var SESSION_ONLY_KEYS_1_16 = [
  "execution.savepoint.path",
  "execution.savepoint.ignore-unclaimed-state",
  "execution.savepoint-restore-mode",
  "execution.state-recovery.path",
  "execution.state-recovery.ignore-unclaimed-state",
  "execution.state-recovery.claim-mode"
];
// src/flink/sql-gateway.ts
var enc2 = encodeURIComponent;
var SET_OR_RESET = /^\s*(SET|RESET)\b/i;
var CONFIGURE_REFUSED = "Failed to configure session.";
function gatewayCalls(http, caps) {
  const svc = http.service;
  async function version() {
    return (await caps()).gatewayApiVersion ?? "v1";
  }
  async function send(req) {
    return expect2xx(svc, req, await http.request(req));
  }
  const session = (v, sh) => ({
    route: `/${v}/sessions/{session_handle}`,
    path: `/${v}/sessions/${enc2(sh)}`
  });
  const operation = (v, sh, oh, tail) => ({
    route: `/${v}/sessions/{session_handle}/operations/{operation_handle}/${tail}`,
    path: `/${v}/sessions/${enc2(sh)}/operations/${enc2(oh)}/${tail}`
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
        path: `/${v}/sessions/${enc2(sh)}/heartbeat`,
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
        path: `/${v}/sessions/${enc2(sh)}/configure-session`,
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
        path: `/${v}/sessions/${enc2(sh)}/statements`,
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
}
function relativeUri(uri) {
  if (/^https?:\/\//i.test(uri)) {
    const u = new URL(uri);
    return u.pathname + u.search;
  }
  return uri.startsWith("/") ? uri : `/${uri}`;
}
function withRowFormat(path) {
  if (/[?&]rowFormat=/.test(path)) return path;
  return `${path}${path.includes("?") ? "&" : "?"}rowFormat=JSON`;
}
// src/flink/statement.ts
var WAITING = /* @__PURE__ */ new Set(["INITIALIZED", "PENDING"]);
var STATEMENT_POLL_MAX_MS = 100;
async function runStatement(gw, clock, sh, sql, opts = {}) {
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
  const statementError = (message2, causes = [], status) => ({
    kind: "statement",
    service: "gateway",
    call: route,
    message: message2,
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
  const id2 = jobId ?? jobIdColumn(columns, rows);
  if (id2) result.jobId = id2;
  return ok(result);
}
async function failedFetch(gw, sh, oh, e, statementError) {
  if (e.kind !== "http") return { state: "failed", cause: e };
  const s = await gw.getOperationStatus(sh, oh);
  if (!s.ok) return { state: "failed", cause: s.error };
  const running = s.value === "RUNNING" || s.value === "FINISHED" || WAITING.has(s.value);
  const jobFailed = s.value === "FINISHED" && e.causes.some((c) => /\w+(Exception|Error): /.test(c));
  if (running && !jobFailed && (e.status ?? 0) >= 500)
    return { state: "pending", progress: `HTTP ${e.status}` };
  return { state: "failed", cause: statementError(e.message, e.causes, e.status) };
}
// src/flink/rest-client.ts
function createFlinkClient(opts) {
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
}
function openSessions(gw, onStop) {
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
}
function missingGateway() {
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
}
function sharedInFlight(call) {
  let inFlight;
  return () => inFlight ??= call().finally(() => {
    inFlight = void 0;
  });
}

import {
  endpointUrlProblem,
  shownUrl
} from "./chunk-PG4X7Q6A.mjs";
import {
  resolveSecretsInValue
} from "./chunk-DPJDA3R2.mjs";
import {
  error as error2
} from "./chunk-FYVUM4PK.mjs";
// src/engine/cluster.ts
var clusterOf = (function clusterOf(endpoints, overrides, vars, configured) {
  return {
    jobmanagerUrl: shownUrl(endpoints.jobmanagerUrl),
    from: configured !== void 0 && endpoints.jobmanagerUrl === configured ? "flinkops.yaml" : overrides.jobmanagerUrl ? "option" : vars.FLINKOPS_JOBMANAGER_URL ? "FLINKOPS_JOBMANAGER_URL" : "flinkops.yaml"
  };
});
var resolveEndpoints = (function resolveEndpoints(env, overrides, vars) {
  return {
    jobmanagerUrl: overrides.jobmanagerUrl ?? vars.FLINKOPS_JOBMANAGER_URL ?? env.jobmanagerUrl,
    sqlGatewayUrl: overrides.sqlGatewayUrl ?? vars.FLINKOPS_SQL_GATEWAY_URL ?? env.sqlGatewayUrl
  };
});
function connect(opts) {
  const diags = [];
  const secretValues = [];
  const resolve6 = (v) => {
    if (v === void 0) return void 0;
    const r = resolveSecretsInValue(v, opts.secrets);
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
        error2(
          "FO660",
          `${what} '${shownUrl(url)}' is not a usable http(s) URL: ${problem}`,
          `${endpointSource(opts.env, what, url)} Write a URL such as ${what === "jobmanagerUrl" ? "http://flink-jobmanager:8081" : "http://flink-sql-gateway:8083"}.`
        )
      );
  }
  if (diags.some((d) => d.severity === "error")) return { secretValues, diags };
  for (const url of Object.values(opts.endpoints))
    for (const v of sentCredentials(url, auth)) if (!secretValues.includes(v)) secretValues.push(v);
  const client = createFlinkClient({
    jobmanagerUrl: opts.endpoints.jobmanagerUrl,
    ...opts.endpoints.sqlGatewayUrl ? { sqlGatewayUrl: opts.endpoints.sqlGatewayUrl } : {},
    ...Object.keys(auth).length ? { auth } : {},
    ...opts.tls ? { tls: opts.tls } : {},
    ...opts.clock ? { clock: opts.clock } : {},
    ...opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {},
    ...opts.timeLimit ? { timeLimit: opts.timeLimit } : {},
    ...opts.onStop ? { onStop: opts.onStop } : {},
    redact: secretValues
  });
  return { client, secretValues, diags };
}
function endpointSource(env, what, url) {
  const flag = what === "jobmanagerUrl" ? "--jobmanager-url" : "--sql-gateway-url";
  const variable = what === "jobmanagerUrl" ? "FLINKOPS_JOBMANAGER_URL" : "FLINKOPS_SQL_GATEWAY_URL";
  const yaml = `environments.${env.name}.${what} in flinkops.yaml`;
  if (url === env[what])
    return `It is set in ${yaml}, or by ${flag} or ${variable} (which override it): fix it there.`;
  if (url === env.moveFrom?.[what]) return `Fix environments.${env.name}.moveFrom.${what} in flinkops.yaml.`;
  return `It was given with ${flag} or ${variable}, which override ${yaml}: fix it there.`;
}
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

// src/state/store.ts
var STATE_CODES = {
  /** The store file is not JSON. */
  notJson: "FO801",
  /** The store file is JSON but not a valid state document. */
  invalid: "FO802",
  /** The store belongs to another project or environment. */
  mismatch: "FO803",
  /** Compare-and-swap lost: the store changed since it was read. */
  conflict: "FO804",
  /** The lock is held by someone else. */
  locked: "FO805",
  /** Our lock was broken or replaced while we held it. */
  lockLost: "FO806",
  /** A secret value was about to be written to the store. */
  secret: "FO807",
  /** The store could not be read or written (permissions, disk). */
  io: "FO808",
  /** The store was written by a newer flinkops. */
  tooNew: "FO809",
  /** Warning: a lock left by a dead or expired run was broken to take this one. */
  staleLockBroken: "FO811",
  /** Warning: the store's audit trail (recordApply) could not be written; the apply itself is done. */
  auditNotRecorded: "FO812"
};
var StateStoreError = class extends Error {
  constructor(diagnostic2, diagnostics) {
    super(`${diagnostic2.code} ${diagnostic2.summary}`);
    this.diagnostic = diagnostic2;
    this.name = "StateStoreError";
    this.diagnostics = diagnostics && diagnostics.length > 0 ? diagnostics : [diagnostic2];
  }
  diagnostic;
  /** Every problem found (a hand-edited file may have several); `diagnostic` is the first. */
  diagnostics;
};
var StateConflictError = class extends StateStoreError {
  constructor(expectedVersion, actualVersion, location, by) {
    const what = by ? ` (its last write${by.time ? `, ${by.time}` : ""}: "${by.message}")` : "";
    super({
      code: STATE_CODES.conflict,
      severity: "error",
      summary: `state changed since it was read (version ${expectedVersion}, now ${actualVersion}); run plan again`,
      detail: `Another run wrote ${location} after this one read it${what}. Nothing was written. Run plan again to see the current state, then apply the new plan.`
    });
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
    this.name = "StateConflictError";
  }
  expectedVersion;
  actualVersion;
};
var shellWord = (function shellWord(id2) {
  return /^[\w.:@+-]+$/.test(id2) ? id2 : `'${id2.replaceAll("'", "'\\''")}'`;
});
var StateLockedError = class extends StateStoreError {
  /** `onBranch`: the git state branch, which GitHub Action runs share (its hint names the Action's input too). */
  /** `runningHere`: the holder is a process of this host that is still running; its lock is not broken. */
  constructor(holder, location, onBranch = false, runningHere = false, wrongId) {
    super({
      code: STATE_CODES.locked,
      severity: "error",
      summary: `state is locked by ${holder.who} (${holder.command} on ${holder.host}${holder.pid ? `, pid ${holder.pid}` : ""}) since ${holder.since}`,
      detail: wrongId ? `--force-unlock ${shellWord(wrongId.given)} does not name this lock, so it was left in place: the lock on ${location} has the id ${shellWord(holder.id)}. ` + (wrongId.holderGone ? `Its process (pid ${holder.pid} on this host) is gone: run again without --force-unlock and the lock is broken (FO811), or with \`--force-unlock ${shellWord(holder.id)}\`.` : `If the run that holds it is gone, run again with \`--force-unlock ${shellWord(holder.id)}\`${onBranch ? ` (in the GitHub Action, the input \`force-unlock: ${holder.id}\`)` : ""}; if it is still going, wait for it to finish.`) : runningHere ? `Process ${holder.pid} of this host holds the lock on ${location} and is still running: wait for it to finish, or stop it (Ctrl-C, or kill ${holder.pid}: it releases the lock or leaves it to be broken at once). The lock of a running process is not removed, not even with --force-unlock: two runs would change the cluster at once.` : `Another run holds the lock on ${location} until ${holder.expires}. Wait for it to finish. If that process is gone, the lock can be broken after it expires, or now with \`--force-unlock ${shellWord(holder.id)}\`${onBranch ? ` (in the GitHub Action, the input \`force-unlock: ${holder.id}\`)` : ""}.`
    });
    this.holder = holder;
    this.name = "StateLockedError";
  }
  holder;
};
var StateLockLostError = class extends StateStoreError {
  constructor(lock, now, location) {
    super({
      code: STATE_CODES.lockLost,
      severity: "error",
      summary: now ? `the state lock was taken over by ${now.who} (${now.command}) at ${now.since}` : "the state lock was broken while this run held it",
      detail: `This run's lock ${lock.id} on ${location} is gone (it expired at ${lock.expires} or was broken with --force-unlock). Check that no other apply ran at the same time, then run plan again.`
    });
    this.lock = lock;
    this.now = now;
    this.name = "StateLockLostError";
  }
  lock;
  now;
};
var lastWriteOf = (function lastWriteOf(message2, time) {
  return message2 === void 0 ? void 0 : { message: message2, ...time !== void 0 ? { time } : {} };
});
var stateStoreDiagnostics = (function stateStoreDiagnostics(err) {
  return err instanceof StateStoreError ? err.diagnostics : void 0;
});
var readState = (async function readState(store) {
  try {
    return { value: await store.read(), diags: [] };
  } catch (e) {
    const diags = stateStoreDiagnostics(e);
    if (!diags) throw e;
    return { diags };
  }
});
var lockWithTimeout = (async function lockWithTimeout(store, owner2, ttlMs, opts) {
  const deadline = opts.clock.now() + opts.timeoutMs;
  let pause = 1e3;
  for (; ; ) {
    try {
      return await store.lock(owner2, ttlMs);
    } catch (e) {
      const left = deadline - opts.clock.now();
      if (!(e instanceof StateLockedError) || left <= 0 || opts.stop?.aborted) throw e;
      opts.onWait?.(e.holder);
      await opts.clock.sleep(Math.min(pause, left), opts.stop).catch(() => {
      });
      if (opts.stop?.aborted) throw e;
      pause = Math.min(pause * 2, 1e4);
    }
  }
});
var lockState = (async function lockState(store, owner2, timing, clock, onWait, stop) {
  try {
    const lock = await lockWithTimeout(store, owner2, timing.lockTtlMs, {
      timeoutMs: timing.lockTimeoutMs,
      clock,
      ...onWait ? { onWait } : {},
      ...stop ? { stop } : {}
    });
    return { value: lock, diags: lock.replaced ? [staleLockWarning(lock.replaced, store.location)] : [] };
  } catch (e) {
    const diags = stateStoreDiagnostics(e);
    if (!diags) throw e;
    if (stop?.aborted && e instanceof StateLockedError)
      return {
        diags: diags.map(
          (d) => d.code === STATE_CODES.locked ? {
            ...d,
            severity: "warning",
            detail: "This run was cancelled while it waited for that lock: it did not take the lock and changed nothing."
          } : d
        )
      };
    if (e instanceof StateLockedError)
      return {
        diags: diags.map(
          (d) => d.code === STATE_CODES.locked ? lockWaitAdvice(d, timing.lockTimeoutMs) : d
        )
      };
    return { diags };
  }
});
var lockWaitAdvice = (function lockWaitAdvice(d, timeoutMs) {
  if (timeoutMs > 0) {
    const waited = timeoutMs % 6e4 === 0 ? `${timeoutMs / 6e4} min` : `${timeoutMs / 1e3} s`;
    return {
      ...d,
      detail: `This run waited ${waited} (--lock-timeout) and the lock was still held. ${d.detail}`
    };
  }
  return {
    ...d,
    detail: `${d.detail} To have a run wait for the lock rather than stop, give it --lock-timeout (e.g. --lock-timeout 10min; the GitHub Action's input lock-timeout).`
  };
});
var staleLockWarning = (function staleLockWarning(old, location) {
  const holder = `${old.who} (${old.command} on ${old.host}${old.pid ? `, pid ${old.pid}` : ""}, since ${old.since})`;
  return {
    code: STATE_CODES.staleLockBroken,
    severity: "warning",
    summary: old.dead ? `broke the lock of ${holder}: ${old.run ? `that workflow run (${old.run}) has ended` : "that process is gone"}` : `broke the expired lock of ${holder}`,
    detail: `The run that held ${location} ended without releasing it (killed, or its machine lost). Run flinkops plan to see whether it left work unfinished; apply finishes it.`
  };
});

import {
  isMap,
  isSeq,
  parseDocument
} from "./chunk-SIW47MSI.mjs";
import {
  randomHex as randomHex2
} from "./chunk-QDFCQ7OG.mjs";
import {
  LineIndex
} from "./chunk-MHE3XHPS.mjs";
import {
  error as error3
} from "./chunk-FYVUM4PK.mjs";
// src/state/model.ts
var STATE_FORMAT_VERSION = 5;
var emptyState = (function emptyState(project, env) {
  return { formatVersion: STATE_FORMAT_VERSION, project, env, jobs: {} };
});
// src/state/secrets.ts
var MIN_SECRET_LENGTH2 = 4;
var findSecretValues = (function findSecretValues(doc, secretValues) {
  const secrets = secretValues.filter((s) => s.length >= MIN_SECRET_LENGTH2);
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
function require2(id2) {
  if (id2 === "ajv/dist/runtime/ucs2length") return { default: ucs2length };
  if (id2 === "ajv-formats/dist/formats") return { fullFormats };
  throw new Error(`bug: schema validators need ${id2}`);
}
var stateValidators = (function stateValidators2(exports) {
  "use strict";
  const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops state store file", "description": "What the cluster forgets about one project environment: savepoint paths, the script each job was started from, the rollback target and a bounded history. Written by flinkops with compare-and-swap on `version`; do not edit by hand while an apply may run.", "type": "object", "required": ["version", "state"], "additionalProperties": false, "properties": { "$schema": { "description": "Schema of this file, for editors.", "type": "string" }, "version": { "description": "Incremented by every write; a write expecting another version is refused.", "type": "integer", "minimum": 1 }, "updatedAt": { "description": "ISO-8601 time of the last write.", "type": "string" }, "message": { "description": "What the last write did.", "type": "string" }, "state": { "description": "The document the state store keeps for the environment.", "$ref": "#/$defs/stateDoc" } }, "$defs": { "identifier": { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "stateDoc": { "title": "State document", "type": "object", "required": ["formatVersion", "project", "env", "jobs"], "additionalProperties": false, "properties": { "formatVersion": { "description": "Version of this format; a reader refuses a version it does not know. 5 since 7 Dec 2026 (a deployed version's endpoint); 4 since 7 Dec 2026 (a pending rollback); 3 since 6 Dec 2026 (savepoints' flinkVersion); 2 since 5 Dec 2026; 1 to 4 are read, and written back as 5.", "enum": [1, 2, 3, 4, 5] }, "project": { "description": "Project name (flinkops.yaml `project`).", "$ref": "#/$defs/identifier" }, "env": { "description": "Environment the document is for.", "$ref": "#/$defs/identifier" }, "jobs": { "description": "One record per job ever deployed to the environment, by job name.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "$ref": "#/$defs/jobRecord" } }, "alerts": { "description": "Open health alerts sent to the environment's alert channels, per job and rule: when each started. Never holds a URL or secret.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "object", "propertyNames": { "pattern": "^[a-zA-Z]+$" }, "additionalProperties": { "type": "string" } } } } }, "jobRecord": { "title": "Job record", "type": "object", "required": ["pipelineName", "status", "savepoints", "history"], "additionalProperties": false, "properties": { "pipelineName": { "description": "`<project>.<env>.<job>`: the name the job has on the cluster.", "type": "string", "minLength": 1 }, "status": { "description": "What flinkops last left the job as.", "enum": ["running", "suspended", "deleted", "failed"] }, "current": { "description": "What runs (or last ran) on the cluster.", "$ref": "#/$defs/deployedVersion" }, "lastStable": { "description": "The last version that passed its health grace period: the rollback target.", "$ref": "#/$defs/deployedVersion" }, "savepoints": { "description": "Savepoints of the job, newest last; written the moment each completes.", "type": "array", "items": { "$ref": "#/$defs/savepoint" } }, "deletionPolicy": { "description": "The deletion policy at deploy time, so a job removed from the repository still knows it.", "enum": ["retain", "delete"] }, "pending": { "description": "An operation under way, written before it is triggered so a rerun after a crash finds its result.", "$ref": "#/$defs/pending" }, "rolledBack": { "description": "The change an apply made and rolled back: plans do not try it again while the repository asks for exactly it (`--replace JOB` does); a new deployment of the job clears it.", "$ref": "#/$defs/rolledBack" }, "history": { "description": "What happened to the job, newest last, bounded.", "type": "array", "items": { "$ref": "#/$defs/historyEntry" } } } }, "rolledBack": { "title": "Rolled-back change", "type": "object", "required": ["specHash", "parallelism", "upgradeMode", "allowNonRestoredState", "time", "cause"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash the failed version was started with.", "type": "string", "minLength": 1 }, "parallelism": { "description": "Parallelism it was started at.", "type": "integer", "minimum": 1 }, "upgradeMode": { "description": "How it was started (the job's upgradeMode).", "type": "string" }, "allowNonRestoredState": { "description": "Whether it was started allowing non-restored state.", "type": "boolean" }, "time": { "description": "ISO-8601 time of the rollback.", "type": "string" }, "jobId": { "description": "Job id of the failed job, if it was started.", "type": "string" }, "cause": { "description": "Why the new version failed (secrets masked).", "type": "string" } } }, "savepoint": { "title": "Savepoint", "type": "object", "required": ["path", "time", "triggerId", "jobId", "specHash", "kind"], "additionalProperties": false, "properties": { "path": { "description": "Location of the savepoint (e.g. s3://bucket/savepoints/savepoint-\u2026).", "type": "string", "minLength": 1 }, "time": { "description": "ISO-8601 time the savepoint completed.", "type": "string" }, "triggerId": { "description": "Flink trigger id of the savepoint operation.", "type": "string" }, "jobId": { "description": "Job id of the job the savepoint was taken from.", "type": "string" }, "specHash": { "description": "Spec hash of the job the savepoint was taken from (what it can restore).", "type": "string" }, "kind": { "description": "Why the savepoint was taken.", "enum": ["upgrade", "suspend", "delete", "rescale", "periodic", "manual", "final"] }, "disposed": { "description": "Disposed of on the cluster: kept for history, never restored from.", "type": "boolean" }, "flinkVersion": { "description": "Flink version (major.minor) of the cluster that wrote it: a release of an older major line cannot restore it. Absent in stores written before it was recorded.", "type": "string" } } }, "deployedVersion": { "title": "Deployed version", "type": "object", "required": ["specHash", "script", "parallelism", "jobId", "deployedAt"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed script and its restart-needing settings.", "type": "string", "minLength": 1 }, "script": { "description": "The compiled script, with secret placeholders (never values).", "type": "string" }, "parallelism": { "description": "Parallelism it was deployed with.", "type": "integer", "minimum": 1 }, "jobId": { "description": "Flink job id.", "type": "string" }, "commit": { "description": "Commit it was compiled from.", "type": "string" }, "deployedAt": { "description": "ISO-8601 time it was submitted.", "type": "string" }, "restoredFrom": { "description": "Savepoint or checkpoint it was started from.", "type": "string" }, "startedWithoutState": { "description": "flinkops started it restoring nothing (a create, an upgradeMode: stateless upgrade): savepoints and checkpoints from before deployedAt are an earlier version's state, never its restore points.", "type": "boolean" }, "flinkVersion": { "description": "Flink version (major.minor) of the cluster it was started on: a later start on another version is a version upgrade.", "type": "string" }, "endpoint": { "description": "A hash of the JobManager endpoint it was started through (scheme, host, port, path; never the URL): a plan that finds the job gone from a cluster reached through another endpoint says so (FO739). Absent in stores written before it was recorded.", "type": "string", "pattern": "^[0-9a-f]{16}$" }, "plan": { "description": "planMode: compiled \u2014 the compiled plan it was started from with EXECUTE PLAN: the file and its exact bytes.", "type": "object", "additionalProperties": false, "required": ["path", "sha256", "json"], "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "json": { "description": "The plan file's bytes (JSON text, as Flink wrote it).", "type": "string" } } }, "settings": { "description": "Restart-needing settings as deployed, so a later change to them is explained.", "type": "object" }, "adopted": { "description": "Taken over as it ran (adopt), or a rollback to such a version: specHash and script are the repository's at the adoption, while the job's state was written by a script flinkops never saw.", "const": true } } }, "pending": { "title": "Operation under way", "type": "object", "required": ["kind", "startedAt"], "additionalProperties": false, "properties": { "kind": { "description": "The operation.", "enum": ["savepoint", "stop-with-savepoint", "submit", "rescale", "cancel", "rollback"] }, "triggerId": { "description": "Flink trigger id, once the operation was triggered.", "type": "string" }, "jobId": { "description": "Job the operation acts on.", "type": "string" }, "startedAt": { "description": "ISO-8601 time the operation started.", "type": "string" }, "specHash": { "description": "For a submission: the spec hash being deployed; for a rollback: the spec hash it restores.", "type": "string" }, "failedSpecHash": { "description": "For a rollback: the spec hash of the version that failed.", "type": "string" }, "savepoint": { "description": "For a rollback: the savepoint or checkpoint it restores from.", "type": "string" }, "cause": { "description": "For a rollback: why the new version failed.", "type": "string" } }, "allOf": [{ "if": { "properties": { "kind": { "enum": ["savepoint", "stop-with-savepoint"] } } }, "then": { "properties": { "jobId": true, "triggerId": true }, "required": ["jobId", "triggerId"] } }, { "if": { "properties": { "kind": { "const": "submit" } } }, "then": { "properties": { "specHash": true }, "required": ["specHash"] } }, { "if": { "properties": { "kind": { "enum": ["rescale", "cancel"] } } }, "then": { "properties": { "jobId": true }, "required": ["jobId"] } }, { "if": { "properties": { "kind": { "const": "rollback" } } }, "then": { "properties": { "specHash": true, "failedSpecHash": true, "cause": true }, "required": ["specHash", "failedSpecHash", "cause"] } }] }, "historyEntry": { "title": "History entry", "type": "object", "required": ["time", "action"], "additionalProperties": false, "properties": { "time": { "description": "ISO-8601 time.", "type": "string" }, "action": { "description": "What was done (e.g. create, upgrade, suspend, rollback).", "type": "string", "minLength": 1 }, "commit": { "description": "Commit the change came from.", "type": "string" }, "jobId": { "description": "Flink job id it concerns.", "type": "string" }, "savepoint": { "description": "Savepoint it took or restored from.", "type": "string" }, "detail": { "description": "More, for people.", "type": "string" } } } } };
  const schema32 = { "title": "State document", "type": "object", "required": ["formatVersion", "project", "env", "jobs"], "additionalProperties": false, "properties": { "formatVersion": { "description": "Version of this format; a reader refuses a version it does not know. 5 since 7 Dec 2026 (a deployed version's endpoint); 4 since 7 Dec 2026 (a pending rollback); 3 since 6 Dec 2026 (savepoints' flinkVersion); 2 since 5 Dec 2026; 1 to 4 are read, and written back as 5.", "enum": [1, 2, 3, 4, 5] }, "project": { "description": "Project name (flinkops.yaml `project`).", "$ref": "#/$defs/identifier" }, "env": { "description": "Environment the document is for.", "$ref": "#/$defs/identifier" }, "jobs": { "description": "One record per job ever deployed to the environment, by job name.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "$ref": "#/$defs/jobRecord" } }, "alerts": { "description": "Open health alerts sent to the environment's alert channels, per job and rule: when each started. Never holds a URL or secret.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "object", "propertyNames": { "pattern": "^[a-zA-Z]+$" }, "additionalProperties": { "type": "string" } } } } };
  const schema33 = { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" };
  const pattern4 = new RegExp("^[a-z][a-z0-9_]*$", "u");
  const pattern10 = new RegExp("^[a-zA-Z]+$", "u");
  const schema36 = { "title": "Job record", "type": "object", "required": ["pipelineName", "status", "savepoints", "history"], "additionalProperties": false, "properties": { "pipelineName": { "description": "`<project>.<env>.<job>`: the name the job has on the cluster.", "type": "string", "minLength": 1 }, "status": { "description": "What flinkops last left the job as.", "enum": ["running", "suspended", "deleted", "failed"] }, "current": { "description": "What runs (or last ran) on the cluster.", "$ref": "#/$defs/deployedVersion" }, "lastStable": { "description": "The last version that passed its health grace period: the rollback target.", "$ref": "#/$defs/deployedVersion" }, "savepoints": { "description": "Savepoints of the job, newest last; written the moment each completes.", "type": "array", "items": { "$ref": "#/$defs/savepoint" } }, "deletionPolicy": { "description": "The deletion policy at deploy time, so a job removed from the repository still knows it.", "enum": ["retain", "delete"] }, "pending": { "description": "An operation under way, written before it is triggered so a rerun after a crash finds its result.", "$ref": "#/$defs/pending" }, "rolledBack": { "description": "The change an apply made and rolled back: plans do not try it again while the repository asks for exactly it (`--replace JOB` does); a new deployment of the job clears it.", "$ref": "#/$defs/rolledBack" }, "history": { "description": "What happened to the job, newest last, bounded.", "type": "array", "items": { "$ref": "#/$defs/historyEntry" } } } };
  const schema37 = { "title": "Deployed version", "type": "object", "required": ["specHash", "script", "parallelism", "jobId", "deployedAt"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed script and its restart-needing settings.", "type": "string", "minLength": 1 }, "script": { "description": "The compiled script, with secret placeholders (never values).", "type": "string" }, "parallelism": { "description": "Parallelism it was deployed with.", "type": "integer", "minimum": 1 }, "jobId": { "description": "Flink job id.", "type": "string" }, "commit": { "description": "Commit it was compiled from.", "type": "string" }, "deployedAt": { "description": "ISO-8601 time it was submitted.", "type": "string" }, "restoredFrom": { "description": "Savepoint or checkpoint it was started from.", "type": "string" }, "startedWithoutState": { "description": "flinkops started it restoring nothing (a create, an upgradeMode: stateless upgrade): savepoints and checkpoints from before deployedAt are an earlier version's state, never its restore points.", "type": "boolean" }, "flinkVersion": { "description": "Flink version (major.minor) of the cluster it was started on: a later start on another version is a version upgrade.", "type": "string" }, "endpoint": { "description": "A hash of the JobManager endpoint it was started through (scheme, host, port, path; never the URL): a plan that finds the job gone from a cluster reached through another endpoint says so (FO739). Absent in stores written before it was recorded.", "type": "string", "pattern": "^[0-9a-f]{16}$" }, "plan": { "description": "planMode: compiled \u2014 the compiled plan it was started from with EXECUTE PLAN: the file and its exact bytes.", "type": "object", "additionalProperties": false, "required": ["path", "sha256", "json"], "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "json": { "description": "The plan file's bytes (JSON text, as Flink wrote it).", "type": "string" } } }, "settings": { "description": "Restart-needing settings as deployed, so a later change to them is explained.", "type": "object" }, "adopted": { "description": "Taken over as it ran (adopt), or a rollback to such a version: specHash and script are the repository's at the adoption, while the job's state was written by a script flinkops never saw.", "const": true } } };
  const schema39 = { "title": "Savepoint", "type": "object", "required": ["path", "time", "triggerId", "jobId", "specHash", "kind"], "additionalProperties": false, "properties": { "path": { "description": "Location of the savepoint (e.g. s3://bucket/savepoints/savepoint-\u2026).", "type": "string", "minLength": 1 }, "time": { "description": "ISO-8601 time the savepoint completed.", "type": "string" }, "triggerId": { "description": "Flink trigger id of the savepoint operation.", "type": "string" }, "jobId": { "description": "Job id of the job the savepoint was taken from.", "type": "string" }, "specHash": { "description": "Spec hash of the job the savepoint was taken from (what it can restore).", "type": "string" }, "kind": { "description": "Why the savepoint was taken.", "enum": ["upgrade", "suspend", "delete", "rescale", "periodic", "manual", "final"] }, "disposed": { "description": "Disposed of on the cluster: kept for history, never restored from.", "type": "boolean" }, "flinkVersion": { "description": "Flink version (major.minor) of the cluster that wrote it: a release of an older major line cannot restore it. Absent in stores written before it was recorded.", "type": "string" } } };
  const schema40 = { "title": "Operation under way", "type": "object", "required": ["kind", "startedAt"], "additionalProperties": false, "properties": { "kind": { "description": "The operation.", "enum": ["savepoint", "stop-with-savepoint", "submit", "rescale", "cancel", "rollback"] }, "triggerId": { "description": "Flink trigger id, once the operation was triggered.", "type": "string" }, "jobId": { "description": "Job the operation acts on.", "type": "string" }, "startedAt": { "description": "ISO-8601 time the operation started.", "type": "string" }, "specHash": { "description": "For a submission: the spec hash being deployed; for a rollback: the spec hash it restores.", "type": "string" }, "failedSpecHash": { "description": "For a rollback: the spec hash of the version that failed.", "type": "string" }, "savepoint": { "description": "For a rollback: the savepoint or checkpoint it restores from.", "type": "string" }, "cause": { "description": "For a rollback: why the new version failed.", "type": "string" } }, "allOf": [{ "if": { "properties": { "kind": { "enum": ["savepoint", "stop-with-savepoint"] } } }, "then": { "properties": { "jobId": true, "triggerId": true }, "required": ["jobId", "triggerId"] } }, { "if": { "properties": { "kind": { "const": "submit" } } }, "then": { "properties": { "specHash": true }, "required": ["specHash"] } }, { "if": { "properties": { "kind": { "enum": ["rescale", "cancel"] } } }, "then": { "properties": { "jobId": true }, "required": ["jobId"] } }, { "if": { "properties": { "kind": { "const": "rollback" } } }, "then": { "properties": { "specHash": true, "failedSpecHash": true, "cause": true }, "required": ["specHash", "failedSpecHash", "cause"] } }] };
  const schema41 = { "title": "Rolled-back change", "type": "object", "required": ["specHash", "parallelism", "upgradeMode", "allowNonRestoredState", "time", "cause"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash the failed version was started with.", "type": "string", "minLength": 1 }, "parallelism": { "description": "Parallelism it was started at.", "type": "integer", "minimum": 1 }, "upgradeMode": { "description": "How it was started (the job's upgradeMode).", "type": "string" }, "allowNonRestoredState": { "description": "Whether it was started allowing non-restored state.", "type": "boolean" }, "time": { "description": "ISO-8601 time of the rollback.", "type": "string" }, "jobId": { "description": "Job id of the failed job, if it was started.", "type": "string" }, "cause": { "description": "Why the new version failed (secrets masked).", "type": "string" } } };
  const schema42 = { "title": "History entry", "type": "object", "required": ["time", "action"], "additionalProperties": false, "properties": { "time": { "description": "ISO-8601 time.", "type": "string" }, "action": { "description": "What was done (e.g. create, upgrade, suspend, rollback).", "type": "string", "minLength": 1 }, "commit": { "description": "Commit the change came from.", "type": "string" }, "jobId": { "description": "Flink job id it concerns.", "type": "string" }, "savepoint": { "description": "Savepoint it took or restored from.", "type": "string" }, "detail": { "description": "More, for people.", "type": "string" } } };
  const func1 = Object.prototype.hasOwnProperty;
  const func2 = require2("ajv/dist/runtime/ucs2length").default;
  const pattern7 = new RegExp("^[0-9a-f]{16}$", "u");
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
        if (!func1.call(schema36.properties, key0)) {
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
          if (func2(data0) < 1) {
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
            if (!func1.call(schema37.properties, key1)) {
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
              if (func2(data3) < 1) {
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
          if (data2.startedWithoutState !== void 0) {
            if (typeof data2.startedWithoutState !== "boolean") {
              const err23 = { instancePath: instancePath + "/current/startedWithoutState", schemaPath: "#/$defs/deployedVersion/properties/startedWithoutState/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data2.flinkVersion !== void 0) {
            if (typeof data2.flinkVersion !== "string") {
              const err24 = { instancePath: instancePath + "/current/flinkVersion", schemaPath: "#/$defs/deployedVersion/properties/flinkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
          if (data2.endpoint !== void 0) {
            let data12 = data2.endpoint;
            if (typeof data12 === "string") {
              if (!pattern7.test(data12)) {
                const err25 = { instancePath: instancePath + "/current/endpoint", schemaPath: "#/$defs/deployedVersion/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{16}$" }, message: 'must match pattern "^[0-9a-f]{16}$"' };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            } else {
              const err26 = { instancePath: instancePath + "/current/endpoint", schemaPath: "#/$defs/deployedVersion/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          if (data2.plan !== void 0) {
            let data13 = data2.plan;
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
              if (data13.path === void 0) {
                const err27 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (data13.sha256 === void 0) {
                const err28 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              if (data13.json === void 0) {
                const err29 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "json" }, message: "must have required property 'json'" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              for (const key2 in data13) {
                if (!(key2 === "path" || key2 === "sha256" || key2 === "json")) {
                  const err30 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
              if (data13.path !== void 0) {
                if (typeof data13.path !== "string") {
                  const err31 = { instancePath: instancePath + "/current/plan/path", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
              if (data13.sha256 !== void 0) {
                if (typeof data13.sha256 !== "string") {
                  const err32 = { instancePath: instancePath + "/current/plan/sha256", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              if (data13.json !== void 0) {
                if (typeof data13.json !== "string") {
                  const err33 = { instancePath: instancePath + "/current/plan/json", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
            } else {
              const err34 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (data2.settings !== void 0) {
            let data17 = data2.settings;
            if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
              const err35 = { instancePath: instancePath + "/current/settings", schemaPath: "#/$defs/deployedVersion/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          if (data2.adopted !== void 0) {
            if (true !== data2.adopted) {
              const err36 = { instancePath: instancePath + "/current/adopted", schemaPath: "#/$defs/deployedVersion/properties/adopted/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        } else {
          const err37 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.lastStable !== void 0) {
        let data19 = data.lastStable;
        if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
          if (data19.specHash === void 0) {
            const err38 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (data19.script === void 0) {
            const err39 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (data19.parallelism === void 0) {
            const err40 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (data19.jobId === void 0) {
            const err41 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (data19.deployedAt === void 0) {
            const err42 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "deployedAt" }, message: "must have required property 'deployedAt'" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          for (const key3 in data19) {
            if (!func1.call(schema37.properties, key3)) {
              const err43 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
          if (data19.specHash !== void 0) {
            let data20 = data19.specHash;
            if (typeof data20 === "string") {
              if (func2(data20) < 1) {
                const err44 = { instancePath: instancePath + "/lastStable/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            } else {
              const err45 = { instancePath: instancePath + "/lastStable/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
          if (data19.script !== void 0) {
            if (typeof data19.script !== "string") {
              const err46 = { instancePath: instancePath + "/lastStable/script", schemaPath: "#/$defs/deployedVersion/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data19.parallelism !== void 0) {
            let data22 = data19.parallelism;
            if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
              const err47 = { instancePath: instancePath + "/lastStable/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (typeof data22 == "number" && isFinite(data22)) {
              if (data22 < 1 || isNaN(data22)) {
                const err48 = { instancePath: instancePath + "/lastStable/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          }
          if (data19.jobId !== void 0) {
            if (typeof data19.jobId !== "string") {
              const err49 = { instancePath: instancePath + "/lastStable/jobId", schemaPath: "#/$defs/deployedVersion/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          if (data19.commit !== void 0) {
            if (typeof data19.commit !== "string") {
              const err50 = { instancePath: instancePath + "/lastStable/commit", schemaPath: "#/$defs/deployedVersion/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
          if (data19.deployedAt !== void 0) {
            if (typeof data19.deployedAt !== "string") {
              const err51 = { instancePath: instancePath + "/lastStable/deployedAt", schemaPath: "#/$defs/deployedVersion/properties/deployedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
          if (data19.restoredFrom !== void 0) {
            if (typeof data19.restoredFrom !== "string") {
              const err52 = { instancePath: instancePath + "/lastStable/restoredFrom", schemaPath: "#/$defs/deployedVersion/properties/restoredFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
          if (data19.startedWithoutState !== void 0) {
            if (typeof data19.startedWithoutState !== "boolean") {
              const err53 = { instancePath: instancePath + "/lastStable/startedWithoutState", schemaPath: "#/$defs/deployedVersion/properties/startedWithoutState/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          if (data19.flinkVersion !== void 0) {
            if (typeof data19.flinkVersion !== "string") {
              const err54 = { instancePath: instancePath + "/lastStable/flinkVersion", schemaPath: "#/$defs/deployedVersion/properties/flinkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
          if (data19.endpoint !== void 0) {
            let data29 = data19.endpoint;
            if (typeof data29 === "string") {
              if (!pattern7.test(data29)) {
                const err55 = { instancePath: instancePath + "/lastStable/endpoint", schemaPath: "#/$defs/deployedVersion/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{16}$" }, message: 'must match pattern "^[0-9a-f]{16}$"' };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            } else {
              const err56 = { instancePath: instancePath + "/lastStable/endpoint", schemaPath: "#/$defs/deployedVersion/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data19.plan !== void 0) {
            let data30 = data19.plan;
            if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
              if (data30.path === void 0) {
                const err57 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              if (data30.sha256 === void 0) {
                const err58 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (data30.json === void 0) {
                const err59 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "json" }, message: "must have required property 'json'" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              for (const key4 in data30) {
                if (!(key4 === "path" || key4 === "sha256" || key4 === "json")) {
                  const err60 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              }
              if (data30.path !== void 0) {
                if (typeof data30.path !== "string") {
                  const err61 = { instancePath: instancePath + "/lastStable/plan/path", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              }
              if (data30.sha256 !== void 0) {
                if (typeof data30.sha256 !== "string") {
                  const err62 = { instancePath: instancePath + "/lastStable/plan/sha256", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
              if (data30.json !== void 0) {
                if (typeof data30.json !== "string") {
                  const err63 = { instancePath: instancePath + "/lastStable/plan/json", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              }
            } else {
              const err64 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
          if (data19.settings !== void 0) {
            let data34 = data19.settings;
            if (!(data34 && typeof data34 == "object" && !Array.isArray(data34))) {
              const err65 = { instancePath: instancePath + "/lastStable/settings", schemaPath: "#/$defs/deployedVersion/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          }
          if (data19.adopted !== void 0) {
            if (true !== data19.adopted) {
              const err66 = { instancePath: instancePath + "/lastStable/adopted", schemaPath: "#/$defs/deployedVersion/properties/adopted/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
        } else {
          const err67 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
      }
      if (data.savepoints !== void 0) {
        let data36 = data.savepoints;
        if (Array.isArray(data36)) {
          const len0 = data36.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data37 = data36[i0];
            if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
              if (data37.path === void 0) {
                const err68 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              if (data37.time === void 0) {
                const err69 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              if (data37.triggerId === void 0) {
                const err70 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "triggerId" }, message: "must have required property 'triggerId'" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              if (data37.jobId === void 0) {
                const err71 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              if (data37.specHash === void 0) {
                const err72 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              if (data37.kind === void 0) {
                const err73 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              for (const key5 in data37) {
                if (!(key5 === "path" || key5 === "time" || key5 === "triggerId" || key5 === "jobId" || key5 === "specHash" || key5 === "kind" || key5 === "disposed" || key5 === "flinkVersion")) {
                  const err74 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
              if (data37.path !== void 0) {
                let data38 = data37.path;
                if (typeof data38 === "string") {
                  if (func2(data38) < 1) {
                    const err75 = { instancePath: instancePath + "/savepoints/" + i0 + "/path", schemaPath: "#/$defs/savepoint/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                } else {
                  const err76 = { instancePath: instancePath + "/savepoints/" + i0 + "/path", schemaPath: "#/$defs/savepoint/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
              if (data37.time !== void 0) {
                if (typeof data37.time !== "string") {
                  const err77 = { instancePath: instancePath + "/savepoints/" + i0 + "/time", schemaPath: "#/$defs/savepoint/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              }
              if (data37.triggerId !== void 0) {
                if (typeof data37.triggerId !== "string") {
                  const err78 = { instancePath: instancePath + "/savepoints/" + i0 + "/triggerId", schemaPath: "#/$defs/savepoint/properties/triggerId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
              if (data37.jobId !== void 0) {
                if (typeof data37.jobId !== "string") {
                  const err79 = { instancePath: instancePath + "/savepoints/" + i0 + "/jobId", schemaPath: "#/$defs/savepoint/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              }
              if (data37.specHash !== void 0) {
                if (typeof data37.specHash !== "string") {
                  const err80 = { instancePath: instancePath + "/savepoints/" + i0 + "/specHash", schemaPath: "#/$defs/savepoint/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
              if (data37.kind !== void 0) {
                let data43 = data37.kind;
                if (!(data43 === "upgrade" || data43 === "suspend" || data43 === "delete" || data43 === "rescale" || data43 === "periodic" || data43 === "manual" || data43 === "final")) {
                  const err81 = { instancePath: instancePath + "/savepoints/" + i0 + "/kind", schemaPath: "#/$defs/savepoint/properties/kind/enum", keyword: "enum", params: { allowedValues: schema39.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              }
              if (data37.disposed !== void 0) {
                if (typeof data37.disposed !== "boolean") {
                  const err82 = { instancePath: instancePath + "/savepoints/" + i0 + "/disposed", schemaPath: "#/$defs/savepoint/properties/disposed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (data37.flinkVersion !== void 0) {
                if (typeof data37.flinkVersion !== "string") {
                  const err83 = { instancePath: instancePath + "/savepoints/" + i0 + "/flinkVersion", schemaPath: "#/$defs/savepoint/properties/flinkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              }
            } else {
              const err84 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          }
        } else {
          const err85 = { instancePath: instancePath + "/savepoints", schemaPath: "#/properties/savepoints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
      }
      if (data.deletionPolicy !== void 0) {
        let data46 = data.deletionPolicy;
        if (!(data46 === "retain" || data46 === "delete")) {
          const err86 = { instancePath: instancePath + "/deletionPolicy", schemaPath: "#/properties/deletionPolicy/enum", keyword: "enum", params: { allowedValues: schema36.properties.deletionPolicy.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
      }
      if (data.pending !== void 0) {
        let data47 = data.pending;
        const _errs103 = errors;
        let valid13 = true;
        const _errs104 = errors;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
          if (data47.kind !== void 0) {
            let data48 = data47.kind;
            if (!(data48 === "savepoint" || data48 === "stop-with-savepoint")) {
              const err87 = {};
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          }
        }
        var _valid0 = _errs104 === errors;
        errors = _errs103;
        if (vErrors !== null) {
          if (_errs103) {
            vErrors.length = _errs103;
          } else {
            vErrors = null;
          }
        }
        if (_valid0) {
          const _errs106 = errors;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.jobId === void 0) {
              const err88 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/0/then/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            if (data47.triggerId === void 0) {
              const err89 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/0/then/required", keyword: "required", params: { missingProperty: "triggerId" }, message: "must have required property 'triggerId'" };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          }
          var _valid0 = _errs106 === errors;
          valid13 = _valid0;
          if (valid13) {
            var props0 = {};
            props0.jobId = true;
            props0.triggerId = true;
            props0.kind = true;
          }
        }
        if (!valid13) {
          const err90 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err90];
          } else {
            vErrors.push(err90);
          }
          errors++;
        }
        const _errs108 = errors;
        let valid15 = true;
        const _errs109 = errors;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
          if (data47.kind !== void 0) {
            if ("submit" !== data47.kind) {
              const err91 = {};
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          }
        }
        var _valid1 = _errs109 === errors;
        errors = _errs108;
        if (vErrors !== null) {
          if (_errs108) {
            vErrors.length = _errs108;
          } else {
            vErrors = null;
          }
        }
        if (_valid1) {
          const _errs111 = errors;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.specHash === void 0) {
              const err92 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/1/then/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
          var _valid1 = _errs111 === errors;
          valid15 = _valid1;
          if (valid15) {
            var props1 = {};
            props1.specHash = true;
            props1.kind = true;
          }
        }
        if (!valid15) {
          const err93 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err93];
          } else {
            vErrors.push(err93);
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
        const _errs113 = errors;
        let valid17 = true;
        const _errs114 = errors;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
          if (data47.kind !== void 0) {
            let data50 = data47.kind;
            if (!(data50 === "rescale" || data50 === "cancel")) {
              const err94 = {};
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          }
        }
        var _valid2 = _errs114 === errors;
        errors = _errs113;
        if (vErrors !== null) {
          if (_errs113) {
            vErrors.length = _errs113;
          } else {
            vErrors = null;
          }
        }
        if (_valid2) {
          const _errs116 = errors;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.jobId === void 0) {
              const err95 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/2/then/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
          var _valid2 = _errs116 === errors;
          valid17 = _valid2;
          if (valid17) {
            var props2 = {};
            props2.jobId = true;
            props2.kind = true;
          }
        }
        if (!valid17) {
          const err96 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err96];
          } else {
            vErrors.push(err96);
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
        const _errs118 = errors;
        let valid19 = true;
        const _errs119 = errors;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
          if (data47.kind !== void 0) {
            if ("rollback" !== data47.kind) {
              const err97 = {};
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          }
        }
        var _valid3 = _errs119 === errors;
        errors = _errs118;
        if (vErrors !== null) {
          if (_errs118) {
            vErrors.length = _errs118;
          } else {
            vErrors = null;
          }
        }
        if (_valid3) {
          const _errs121 = errors;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.specHash === void 0) {
              const err98 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/3/then/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (data47.failedSpecHash === void 0) {
              const err99 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/3/then/required", keyword: "required", params: { missingProperty: "failedSpecHash" }, message: "must have required property 'failedSpecHash'" };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            if (data47.cause === void 0) {
              const err100 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/3/then/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'" };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
          }
          var _valid3 = _errs121 === errors;
          valid19 = _valid3;
          if (valid19) {
            var props3 = {};
            props3.specHash = true;
            props3.failedSpecHash = true;
            props3.cause = true;
            props3.kind = true;
          }
        }
        if (!valid19) {
          const err101 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err101];
          } else {
            vErrors.push(err101);
          }
          errors++;
        }
        if (props0 !== true && props3 !== void 0) {
          if (props3 === true) {
            props0 = true;
          } else {
            props0 = props0 || {};
            Object.assign(props0, props3);
          }
        }
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
          if (data47.kind === void 0) {
            const err102 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          if (data47.startedAt === void 0) {
            const err103 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
          for (const key6 in data47) {
            if (!(key6 === "kind" || key6 === "triggerId" || key6 === "jobId" || key6 === "startedAt" || key6 === "specHash" || key6 === "failedSpecHash" || key6 === "savepoint" || key6 === "cause")) {
              const err104 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
          }
          if (data47.kind !== void 0) {
            let data52 = data47.kind;
            if (!(data52 === "savepoint" || data52 === "stop-with-savepoint" || data52 === "submit" || data52 === "rescale" || data52 === "cancel" || data52 === "rollback")) {
              const err105 = { instancePath: instancePath + "/pending/kind", schemaPath: "#/$defs/pending/properties/kind/enum", keyword: "enum", params: { allowedValues: schema40.properties.kind.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          }
          if (data47.triggerId !== void 0) {
            if (typeof data47.triggerId !== "string") {
              const err106 = { instancePath: instancePath + "/pending/triggerId", schemaPath: "#/$defs/pending/properties/triggerId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
          }
          if (data47.jobId !== void 0) {
            if (typeof data47.jobId !== "string") {
              const err107 = { instancePath: instancePath + "/pending/jobId", schemaPath: "#/$defs/pending/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          }
          if (data47.startedAt !== void 0) {
            if (typeof data47.startedAt !== "string") {
              const err108 = { instancePath: instancePath + "/pending/startedAt", schemaPath: "#/$defs/pending/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          }
          if (data47.specHash !== void 0) {
            if (typeof data47.specHash !== "string") {
              const err109 = { instancePath: instancePath + "/pending/specHash", schemaPath: "#/$defs/pending/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
          }
          if (data47.failedSpecHash !== void 0) {
            if (typeof data47.failedSpecHash !== "string") {
              const err110 = { instancePath: instancePath + "/pending/failedSpecHash", schemaPath: "#/$defs/pending/properties/failedSpecHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          }
          if (data47.savepoint !== void 0) {
            if (typeof data47.savepoint !== "string") {
              const err111 = { instancePath: instancePath + "/pending/savepoint", schemaPath: "#/$defs/pending/properties/savepoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
          }
          if (data47.cause !== void 0) {
            if (typeof data47.cause !== "string") {
              const err112 = { instancePath: instancePath + "/pending/cause", schemaPath: "#/$defs/pending/properties/cause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
          }
        } else {
          const err113 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err113];
          } else {
            vErrors.push(err113);
          }
          errors++;
        }
      }
      if (data.rolledBack !== void 0) {
        let data60 = data.rolledBack;
        if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
          if (data60.specHash === void 0) {
            const err114 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
          if (data60.parallelism === void 0) {
            const err115 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
          if (data60.upgradeMode === void 0) {
            const err116 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/required", keyword: "required", params: { missingProperty: "upgradeMode" }, message: "must have required property 'upgradeMode'" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
          if (data60.allowNonRestoredState === void 0) {
            const err117 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/required", keyword: "required", params: { missingProperty: "allowNonRestoredState" }, message: "must have required property 'allowNonRestoredState'" };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
          if (data60.time === void 0) {
            const err118 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
          if (data60.cause === void 0) {
            const err119 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'" };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
          for (const key7 in data60) {
            if (!(key7 === "specHash" || key7 === "parallelism" || key7 === "upgradeMode" || key7 === "allowNonRestoredState" || key7 === "time" || key7 === "jobId" || key7 === "cause")) {
              const err120 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
          }
          if (data60.specHash !== void 0) {
            let data61 = data60.specHash;
            if (typeof data61 === "string") {
              if (func2(data61) < 1) {
                const err121 = { instancePath: instancePath + "/rolledBack/specHash", schemaPath: "#/$defs/rolledBack/properties/specHash/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            } else {
              const err122 = { instancePath: instancePath + "/rolledBack/specHash", schemaPath: "#/$defs/rolledBack/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
          }
          if (data60.parallelism !== void 0) {
            let data62 = data60.parallelism;
            if (!(typeof data62 == "number" && (!(data62 % 1) && !isNaN(data62)) && isFinite(data62))) {
              const err123 = { instancePath: instancePath + "/rolledBack/parallelism", schemaPath: "#/$defs/rolledBack/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
            if (typeof data62 == "number" && isFinite(data62)) {
              if (data62 < 1 || isNaN(data62)) {
                const err124 = { instancePath: instancePath + "/rolledBack/parallelism", schemaPath: "#/$defs/rolledBack/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
          }
          if (data60.upgradeMode !== void 0) {
            if (typeof data60.upgradeMode !== "string") {
              const err125 = { instancePath: instancePath + "/rolledBack/upgradeMode", schemaPath: "#/$defs/rolledBack/properties/upgradeMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
          }
          if (data60.allowNonRestoredState !== void 0) {
            if (typeof data60.allowNonRestoredState !== "boolean") {
              const err126 = { instancePath: instancePath + "/rolledBack/allowNonRestoredState", schemaPath: "#/$defs/rolledBack/properties/allowNonRestoredState/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
          }
          if (data60.time !== void 0) {
            if (typeof data60.time !== "string") {
              const err127 = { instancePath: instancePath + "/rolledBack/time", schemaPath: "#/$defs/rolledBack/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
          }
          if (data60.jobId !== void 0) {
            if (typeof data60.jobId !== "string") {
              const err128 = { instancePath: instancePath + "/rolledBack/jobId", schemaPath: "#/$defs/rolledBack/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
          }
          if (data60.cause !== void 0) {
            if (typeof data60.cause !== "string") {
              const err129 = { instancePath: instancePath + "/rolledBack/cause", schemaPath: "#/$defs/rolledBack/properties/cause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
          }
        } else {
          const err130 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err130];
          } else {
            vErrors.push(err130);
          }
          errors++;
        }
      }
      if (data.history !== void 0) {
        let data68 = data.history;
        if (Array.isArray(data68)) {
          const len1 = data68.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data69 = data68[i1];
            if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
              if (data69.time === void 0) {
                const err131 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
              if (data69.action === void 0) {
                const err132 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
              for (const key8 in data69) {
                if (!(key8 === "time" || key8 === "action" || key8 === "commit" || key8 === "jobId" || key8 === "savepoint" || key8 === "detail")) {
                  const err133 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              }
              if (data69.time !== void 0) {
                if (typeof data69.time !== "string") {
                  const err134 = { instancePath: instancePath + "/history/" + i1 + "/time", schemaPath: "#/$defs/historyEntry/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
              }
              if (data69.action !== void 0) {
                let data71 = data69.action;
                if (typeof data71 === "string") {
                  if (func2(data71) < 1) {
                    const err135 = { instancePath: instancePath + "/history/" + i1 + "/action", schemaPath: "#/$defs/historyEntry/properties/action/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                } else {
                  const err136 = { instancePath: instancePath + "/history/" + i1 + "/action", schemaPath: "#/$defs/historyEntry/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
              }
              if (data69.commit !== void 0) {
                if (typeof data69.commit !== "string") {
                  const err137 = { instancePath: instancePath + "/history/" + i1 + "/commit", schemaPath: "#/$defs/historyEntry/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
              }
              if (data69.jobId !== void 0) {
                if (typeof data69.jobId !== "string") {
                  const err138 = { instancePath: instancePath + "/history/" + i1 + "/jobId", schemaPath: "#/$defs/historyEntry/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
              }
              if (data69.savepoint !== void 0) {
                if (typeof data69.savepoint !== "string") {
                  const err139 = { instancePath: instancePath + "/history/" + i1 + "/savepoint", schemaPath: "#/$defs/historyEntry/properties/savepoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
              }
              if (data69.detail !== void 0) {
                if (typeof data69.detail !== "string") {
                  const err140 = { instancePath: instancePath + "/history/" + i1 + "/detail", schemaPath: "#/$defs/historyEntry/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              }
            } else {
              const err141 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
          }
        } else {
          const err142 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err142];
          } else {
            vErrors.push(err142);
          }
          errors++;
        }
      }
    } else {
      const err143 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err143];
      } else {
        vErrors.push(err143);
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
        let data0 = data.formatVersion;
        if (!(data0 === 1 || data0 === 2 || data0 === 3 || data0 === 4 || data0 === 5)) {
          const err5 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/enum", keyword: "enum", params: { allowedValues: schema32.properties.formatVersion.enum }, message: "must be equal to one of the allowed values" };
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
                  if (!pattern10.test(key5)) {
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
  const pos2 = /at position (\d+)/.exec(m2);
  if (pos2) return Math.min(Number(pos2[1]), text.length);
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
  const fail3 = (at2) => {
    throw new JsonStop(at2);
  };
  const ws = () => {
    while (i < n && WS.has(text[i])) i++;
  };
  const digits = () => {
    const from = i;
    while (i < n && text[i] >= "0" && text[i] <= "9") i++;
    if (i === from) fail3(i);
  };
  const string = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail3(i);
      if (c === 92) {
        const esc = text[i + 1];
        if (esc === "u") {
          for (let h = i + 2; h < i + 6; h++) if (!/[0-9a-fA-F]/.test(text[h] ?? "")) fail3(Math.min(h, n));
          i += 6;
          continue;
        }
        if (esc === void 0 || !'"\\/bfnrt'.includes(esc)) fail3(i + 1);
        i += 2;
        continue;
      }
      i++;
    }
    fail3(n);
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
        if (text[i] !== '"') fail3(i);
        string();
        ws();
        if (text[i] !== ":") fail3(i);
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail3(i);
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
        } else fail3(i);
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
        if (text[i] !== ch) fail3(i);
        i++;
      }
      return;
    }
    fail3(i);
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
  constructor(at2) {
    this.at = at2;
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
        error3(
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
        error3(
          STATE_CODES.notJson,
          `the state store ${file} is not valid JSON: ${jsonErrorSummary(e)}`,
          "The file was damaged or edited by hand. Fix it at the position shown, or restore it from a backup (the git history of the state branch, for the git backend). flinkops will not overwrite it while it is unreadable. As a last resort, move it aside: the running jobs are found again by their labels (FO626) and none restarts, but the savepoints and history it recorded are lost: a suspended job has no savepoint to resume from (pin one with restoreFrom).",
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
        error3(
          STATE_CODES.tooNew,
          `the state store ${file} has format version ${fv}; this flinkops reads version ${STATE_FORMAT_VERSION} and older`,
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
        error3(
          STATE_CODES.mismatch,
          `the state store ${file} belongs to ${project}/${env}, not ${expect.project}/${expect.env}`,
          mismatchDetail(project, env, expect),
          locate(text, index(), file, ["state", project !== expect.project ? "project" : "env"])
        )
      ]
    };
  }
  const from = parsed.state.formatVersion;
  if (from === STATE_FORMAT_VERSION) return { ok: true, file: parsed };
  parsed.state.formatVersion = STATE_FORMAT_VERSION;
  return { ok: true, file: parsed, olderFormat: from };
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
      error3(
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
var mismatchDetail = (function mismatchDetail(project, env, expect) {
  if (project === expect.project)
    return `The file is the store of environment ${env}, and each environment has its own: point --state-file (or FLINKOPS_STATE_FILE) at the one of ${expect.env}, or leave it out for the default. If the file was copied here, move it back.`;
  return `Either the file was copied from another project: move it back, or point the state store of this environment at its own file (--state-file). Or the project was renamed from ${project} to ${expect.project} in flinkops.yaml: its jobs still run as ${project}.${env}.<job>, a name flinkops no longer looks for, and this file holds their savepoints. A rename is not done in place: put project: ${project} back, set state: suspended on environment ${env} and apply it (each job stops with a savepoint, listed by flinkops savepoints list JOB); then rename, move this file aside, and pin restoreFrom: <that savepoint> for each job in environments.${expect.env}.jobs before the first apply.`;
});
// src/state/lock-info.ts
var newLockInfo = (function newLockInfo(owner2, now, ttlMs, defaults) {
  return {
    id: randomHex2(8),
    who: owner2.who,
    command: owner2.command,
    host: owner2.host ?? defaults.host,
    ...defaults.pid !== void 0 ? { pid: defaults.pid } : {},
    ...defaults.pidStart !== void 0 ? { pidStart: defaults.pidStart } : {},
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
  parseFlinkVersion as parseFlinkVersion2
} from "./chunk-2J7UGB3X.mjs";
import {
  pipelineName
} from "./chunk-EKKRR5UX.mjs";
// src/state/records.ts
var HISTORY_LIMIT = 100;
var DISPOSED_SAVEPOINTS_LIMIT = HISTORY_LIMIT;
function newRecord(doc, job) {
  return {
    pipelineName: pipelineName(doc.project, doc.env, job),
    status: "running",
    savepoints: [],
    history: []
  };
}
var edits = /* @__PURE__ */ new WeakMap();
var MAX_EDIT_CHAIN = 256;
function updateJob(doc, job, edit) {
  const record2 = doc.jobs[job] ?? newRecord(doc, job);
  const next = { ...doc, jobs: { ...doc.jobs, [job]: edit(record2) } };
  const depth = (edits.get(doc)?.depth ?? 0) + 1;
  if (depth <= MAX_EDIT_CHAIN) edits.set(next, { job, prev: new WeakRef(doc), depth });
  return next;
}
var jobsEditedSince = (function jobsEditedSince(prev, next) {
  const jobs = [];
  let doc = next;
  while (doc !== prev) {
    const link = doc === void 0 ? void 0 : edits.get(doc);
    if (!link) return void 0;
    jobs.push(link.job);
    doc = link.prev.deref();
  }
  return jobs.reverse();
});
function recordSavepoint(doc, job, savepoint) {
  const existing = doc.jobs[job]?.savepoints.some((s) => sameSavepointPath(s.path, savepoint.path));
  if (existing) return doc;
  return updateJob(doc, job, (r) => ({ ...r, savepoints: [...r.savepoints, { ...savepoint }] }));
}
function markSavepointDisposed(doc, job, path, limit = DISPOSED_SAVEPOINTS_LIMIT) {
  if (!doc.jobs[job]?.savepoints.some((s) => sameSavepointPath(s.path, path) && !s.disposed)) return doc;
  return updateJob(doc, job, (r) => {
    const marked = r.savepoints.map((s) => sameSavepointPath(s.path, path) ? { ...s, disposed: true } : s);
    const startedFrom2 = new Set(
      [r.current?.restoredFrom, r.lastStable?.restoredFrom].flatMap((p) => p ? [savepointPathKey(p)] : [])
    );
    const droppable = marked.filter((s) => s.disposed && !startedFrom2.has(savepointPathKey(s.path)));
    const dropped = new Set(droppable.slice(0, Math.max(0, droppable.length - limit)));
    return { ...r, savepoints: marked.filter((s) => !dropped.has(s)) };
  });
}
var recordedSavepoint = (function recordedSavepoint(doc, path, job) {
  const own = job === void 0 ? void 0 : doc.jobs[job]?.savepoints.find((s) => sameSavepointPath(s.path, path));
  if (own) return { owner: job, savepoint: own };
  for (const [owner2, r] of Object.entries(doc.jobs)) {
    const savepoint = r.savepoints.find((s) => sameSavepointPath(s.path, path));
    if (savepoint) return { owner: owner2, savepoint };
  }
  return void 0;
});
function writtenByNewerMajor(savepoint, cluster) {
  const wrote = parseFlinkVersion2(savepoint.flinkVersion)?.major;
  const runs = parseFlinkVersion2(cluster)?.major;
  return wrote !== void 0 && runs !== void 0 && wrote > runs;
}
function lastRestorableSavepoint(record2, cluster) {
  if (!record2) return void 0;
  for (let i = record2.savepoints.length - 1; i >= 0; i--) {
    const s = record2.savepoints[i];
    if (!s.disposed && !writtenByNewerMajor(s, cluster)) return s;
  }
  return void 0;
}
var unreadableSavepoints = (function unreadableSavepoints(record2, cluster, than) {
  return (record2?.savepoints ?? []).filter(
    (s) => !s.disposed && writtenByNewerMajor(s, cluster) && (than === void 0 || Date.parse(s.time) > than)
  ).reverse();
});
function setPending(doc, job, pending) {
  return updateJob(doc, job, (r) => ({ ...r, pending: { ...pending } }));
}
function clearPending(doc, job) {
  if (!doc.jobs[job]?.pending) return doc;
  return updateJob(doc, job, ({ pending: _dropped, ...r }) => r);
}
function appendHistory(doc, job, entry, limit = HISTORY_LIMIT) {
  return updateJob(doc, job, (r) => {
    const history = [...r.history, { ...entry }];
    return { ...r, history: history.length > limit ? history.slice(history.length - limit) : history };
  });
}
var isRecordedRun = (function isRecordedRun(current, live2) {
  return current !== void 0 && current.jobId === live2.jobId;
});
var runsAdoptedState = (function runsAdoptedState(record2) {
  const current = record2?.current;
  if (!current) return false;
  return current.adopted === true || record2.history.some((h) => h.action === "adopt" && h.jobId === current.jobId);
});
var renamedTo = (function renamedTo(doc, job) {
  const from = `renamed from ${job} (`;
  let found;
  for (const [name, record2] of Object.entries(doc.jobs)) {
    for (const h of record2.history) {
      if (h.action !== "renamed" || !h.detail?.startsWith(from)) continue;
      if (!found || h.time > found.time) found = { name, time: h.time };
    }
  }
  return found?.name;
});

import {
  randomHex as randomHex3
} from "./chunk-QDFCQ7OG.mjs";
import {
  LineIndex as LineIndex2
} from "./chunk-MHE3XHPS.mjs";
import {
  isIdentifier
} from "./chunk-EKKRR5UX.mjs";
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
} from "./chunk-NPMD6JOW.mjs";
import {
  error as error4
} from "./chunk-FYVUM4PK.mjs";
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
var processStartTime = (function processStartTime(pid) {
  try {
    const text = process.getBuiltinModule("node:fs").readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const start = fields[19];
    return start && /^\d+$/.test(start) ? start : void 0;
  } catch {
    return void 0;
  }
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
  const tmp = join(dir, `${tempPrefix(target)}${process.pid}.${randomHex3(6)}.tmp`);
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
  const prefix2 = tempPrefix(target);
  const dir = dirname(target);
  const names = await fsPromises().readdir(dir).catch(() => []);
  await Promise.all(
    names.filter((n) => n.startsWith(prefix2) && n.endsWith(".tmp")).map((n) => removeQuietly(join(dir, n)))
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
  const me = `${process.pid} ${hostName()} ${randomHex3(6)}`;
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
  } catch (e) {
    return !isErrno(e, "ESRCH");
  }
  return !isZombie(pid);
});
var isZombie = (function isZombie(pid) {
  try {
    const text = process.getBuiltinModule("node:fs").readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
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
  let message2;
  let updatedAt;
  let pos2 = 0;
  while (pos2 < text.length) {
    const nl = text.indexOf("\n", pos2);
    if (nl < 0) break;
    const line = text.slice(pos2, nl);
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
          error4(
            STATE_CODES.invalid,
            `the state journal ${file} is damaged: ${valid ? `version ${entry.version} follows ${version}` : "a line is not a journal entry"}`,
            "The journal holds the last writes of an apply that had not finished. It was edited or damaged; restore it, or remove it to go back to the state in the JSON file (the writes it held are then lost).",
            new LineIndex2(text).range(file, pos2, nl)
          )
        ]
      };
    }
    if (entry.version > version) {
      jobs ??= { ...base.doc.jobs };
      for (const [name, record2] of Object.entries(entry.jobs)) {
        if (record2 === null) delete jobs[name];
        else jobs[name] = record2;
      }
      version = entry.version;
      message2 = entry.message;
      updatedAt = entry.updatedAt;
    }
    pos2 = nl + 1;
  }
  const doc = jobs ? { ...base.doc, jobs } : base.doc;
  return {
    ok: true,
    value: {
      doc,
      version,
      validBytes: pos2,
      ...message2 !== void 0 ? { message: message2 } : {},
      ...updatedAt !== void 0 ? { updatedAt } : {}
    }
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
    let message2;
    let updatedAt;
    let olderFormat = false;
    if (read2 !== void 0) {
      const parsed = parseStateFile(text, this.o.location, this.o);
      if (!parsed.ok) throw new StateStoreError(parsed.diags[0], parsed.diags);
      ({ version, message: message2, updatedAt } = parsed.file);
      doc = parsed.file.state;
      olderFormat = parsed.olderFormat !== void 0;
    }
    const journal = await this.readText(this.o.journalPath, "read the journal of") ?? "";
    let journalBytes = 0;
    if (journal) {
      const file = this.o.location.replace(/\.json$/, ".journal");
      const replayed = replayJournal(journal, { doc, version }, file);
      if (!replayed.ok) throw new StateStoreError(replayed.diags[0], replayed.diags);
      const problems = stateDocProblems(replayed.value.doc);
      if (problems.length > 0) {
        throw new StateStoreError({
          code: STATE_CODES.invalid,
          severity: "error",
          summary: `the state journal ${file} is not valid: ${problems[0]}`,
          detail: "It was edited or damaged. Restore it, or remove it to go back to the state in the JSON file (the writes it held are then lost)."
        });
      }
      ({ doc, version } = replayed.value);
      if (replayed.value.message !== void 0) {
        message2 = replayed.value.message;
        updatedAt = replayed.value.updatedAt;
      }
      journalBytes = Buffer.byteLength(journal.slice(0, replayed.value.validBytes));
    }
    this.known = void 0;
    if (remember) {
      const signature = await this.signature();
      if (signature === before && journalBytes === Buffer.byteLength(journal) && !olderFormat)
        this.known = { doc, version, signature, baseBytes: Buffer.byteLength(text), journalBytes };
    }
    return {
      doc,
      version,
      journal: journal !== "",
      ...message2 !== void 0 ? { message: message2 } : {},
      ...updatedAt !== void 0 ? { updatedAt } : {}
    };
  }
  /** read(), leaving what this instance knows of the files (for appends) as it was. */
  async peek() {
    const known = this.known;
    try {
      return await this.read(false);
    } finally {
      this.known = known;
    }
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
  async writeWhole(doc, version, message2, opts) {
    this.known = void 0;
    await removeStaleTemps(this.o.statePath);
    const text = serializeStateFile({
      version,
      updatedAt: this.now(),
      ...message2 !== void 0 ? { message: message2 } : {},
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
  for (const [name, record2] of Object.entries(jobs)) if (record2) out[name] = record2;
  return out;
}
// src/state/file-store.ts
var UNREADABLE_LOCK_TTL_MS = 6e4;
var FileStateStore = class {
  constructor(opts) {
    this.opts = opts;
    if (!isIdentifier(opts.env)) throw new Error(`bug: environment name '${opts.env}' is not an identifier`);
    this.clock = opts.clock ?? systemClock;
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
  async lastWrite() {
    const { message: message2, updatedAt } = await this.files.peek();
    return lastWriteOf(message2, updatedAt);
  }
  async write(doc, expectedVersion, meta) {
    await this.ensureDir();
    return this.exclusive("write", async () => {
      const next = expectedVersion + 1;
      if (this.holding && await this.files.append(doc, expectedVersion, meta)) return { version: next };
      checkWritable(doc, this.opts, meta);
      const { version, journal, message: message2, updatedAt } = await this.files.read(this.holding);
      if (version !== expectedVersion)
        throw new StateConflictError(
          expectedVersion,
          version,
          this.location,
          lastWriteOf(message2, updatedAt)
        );
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
    const pidStart = (this.opts.startTimeOf ?? processStartTime)(process.pid);
    const info = newLockInfo(owner2, now, ttlMs, {
      host: hostName(),
      pid: process.pid,
      ...pidStart !== void 0 ? { pidStart } : {}
    });
    let replaced2;
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
        return replaced2 ? { info, replaced: replaced2 } : { info };
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
      if (broken) replaced2 = expired ? broken : { ...broken, dead: true };
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
  async breakLock(id2) {
    const holder = await this.lockInfo();
    if (!holder) return void 0;
    if (id2 !== void 0 && holder.id !== id2)
      throw new StateLockedError(holder, this.location, false, false, {
        given: id2,
        holderGone: this.holderDead(holder)
      });
    if (this.holderRunningHere(holder)) throw new StateLockedError(holder, this.location, false, true);
    return this.removeLockIf(holder.id);
  }
  /** The holder is another process of this host, and it is running. */
  holderRunningHere(holder) {
    if (holder.pid === void 0 || holder.host !== hostName() || holder.pid === process.pid) return false;
    return holderAlive(holder, holder.pid, this.opts);
  }
  /** A lock of a process of this host that no longer exists (killed, crashed): nobody can renew it. */
  holderDead(holder) {
    return lockHolderGone(holder, this.opts.isAlive, this.opts.startTimeOf);
  }
  /** Removes the lock only if it is still the one with `id` (someone may have retaken it meanwhile). */
  removeLockIf(id2) {
    return this.exclusive("break the lock of", async () => {
      const now = await this.lockInfo();
      if (now?.id !== id2) return void 0;
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
      if (e instanceof StateStoreError) throw e;
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
      return new StateStoreError({
        code: STATE_CODES.io,
        severity: "error",
        summary: `cannot ${what} the state store ${this.location}: ${path} is a folder, not a file`,
        detail: path === this.statePath ? (
          // `--state-file DIR`: the store is a file, not the folder to put it in.
          `Give --state-file (or FLINKOPS_STATE_FILE) the path of the state file itself, e.g. ${join(path, `${this.opts.env}.json`)}; without it the store is .flinkops/state/${this.opts.env}.json in the project.`
        ) : `flinkops keeps the store's lock and journal in files beside it: move the folder ${path} away.`
      });
    }
    const cause = e instanceof Error ? e.message : String(e);
    return new StateStoreError({
      code: STATE_CODES.io,
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
function lockHolderGone(lock, isAlive2 = processAlive, startTimeOf = processStartTime) {
  if (lock.pid === void 0 || lock.host !== hostName() || lock.pid === process.pid) return false;
  return !holderAlive(lock, lock.pid, { isAlive: isAlive2, startTimeOf });
}
function holderAlive(lock, pid, o) {
  if (!(o.isAlive ?? processAlive)(pid)) return false;
  if (lock.pidStart === void 0) return true;
  const start = (o.startTimeOf ?? processStartTime)(pid);
  return start === void 0 || start === lock.pidStart;
}
// src/state/memory-store.ts

import {
  atLeast as atLeast2,
  parseFlinkVersion as parseFlinkVersion3
} from "./chunk-2J7UGB3X.mjs";
import {
  escapeRegExp
} from "./chunk-MHE3XHPS.mjs";
import {
  parseDurationMs
} from "./chunk-H5WAOW7W.mjs";
// src/core/murmur3.ts
var MASK2 = (1n << 64n) - 1n;
var C1 = 0x87c37b91114253d5n;
var C2 = 0x4cf5ad432745937fn;
var rotl = ((x, r) => (x << r | x >> 64n - r) & MASK2);
var mul = ((a, b) => a * b & MASK2);
function fmix64(k) {
  let x = k;
  x ^= x >> 33n;
  x = mul(x, 0xff51afd7ed558ccdn);
  x ^= x >> 33n;
  x = mul(x, 0xc4ceb9fe1a85ec53n);
  x ^= x >> 33n;
  return x;
}
var mixK1 = ((k) => mul(rotl(mul(k, C1), 31n), C2));
var mixK2 = ((k) => mul(rotl(mul(k, C2), 33n), C1));
function readLong(bytes, at2, len) {
  let v = 0n;
  for (let i = len - 1; i >= 0; i--) v = v << 8n | BigInt(bytes[at2 + i]);
  return v;
}
function murmur3x64_128(bytes, seed = 0) {
  let h1 = BigInt(seed >>> 0);
  let h2 = h1;
  const blocks = Math.floor(bytes.length / 16);
  for (let b = 0; b < blocks; b++) {
    const k1 = readLong(bytes, b * 16, 8);
    const k2 = readLong(bytes, b * 16 + 8, 8);
    h1 ^= mixK1(k1);
    h1 = rotl(h1, 27n);
    h1 = h1 + h2 & MASK2;
    h1 = mul(h1, 5n) + 0x52dce729n & MASK2;
    h2 ^= mixK2(k2);
    h2 = rotl(h2, 31n);
    h2 = h2 + h1 & MASK2;
    h2 = mul(h2, 5n) + 0x38495ab5n & MASK2;
  }
  const tail = bytes.length - blocks * 16;
  if (tail > 0) {
    const at2 = blocks * 16;
    const k1 = readLong(bytes, at2, Math.min(tail, 8));
    const k2 = tail > 8 ? readLong(bytes, at2 + 8, tail - 8) : 0n;
    h1 ^= mixK1(k1);
    if (tail > 8) h2 ^= mixK2(k2);
  }
  const len = BigInt(bytes.length);
  h1 ^= len;
  h2 ^= len;
  h1 = h1 + h2 & MASK2;
  h2 = h2 + h1 & MASK2;
  h1 = fmix64(h1);
  h2 = fmix64(h2);
  h1 = h1 + h2 & MASK2;
  h2 = h2 + h1 & MASK2;
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    out[i] = Number(h1 >> BigInt(8 * i) & 0xffn);
    out[8 + i] = Number(h2 >> BigInt(8 * i) & 0xffn);
  }
  return out;
}
function murmur3OfInts(ints) {
  const bytes = new Uint8Array(ints.length * 4);
  const view = new DataView(bytes.buffer);
  for (const [i, v] of ints.entries()) view.setInt32(i * 4, v, true);
  return murmur3x64_128(bytes, 0);
}
function toHex(bytes) {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}
// src/core/stream-graph.ts
var parseExecutionPlan = (function parseExecutionPlan(explain) {
  const at2 = explain.indexOf("== Physical Execution Plan ==");
  const text = at2 >= 0 ? explain.slice(at2 + "== Physical Execution Plan ==".length) : explain;
  const start = text.indexOf("{");
  if (start < 0) return void 0;
  let json;
  try {
    json = JSON.parse(text.slice(start));
  } catch {
    return void 0;
  }
  const raw = json.nodes;
  if (!Array.isArray(raw)) return void 0;
  const nodes = [];
  for (const n of raw) {
    if (typeof n.id !== "number") return void 0;
    const preds = Array.isArray(n.predecessors) ? n.predecessors : [];
    nodes.push({
      id: n.id,
      type: String(n.type ?? ""),
      pact: String(n.pact ?? ""),
      contents: String(n.contents ?? ""),
      parallelism: typeof n.parallelism === "number" ? n.parallelism : 1,
      inputs: preds.map((p) => ({ from: Number(p.id), ship: String(p.ship_strategy ?? "") }))
    });
  }
  return { nodes };
});
function upstreamOf(node, graph) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const seen = /* @__PURE__ */ new Set();
  const todo = node.inputs.map((e) => e.from);
  while (todo.length > 0) {
    const id2 = todo.pop();
    if (seen.has(id2)) continue;
    seen.add(id2);
    for (const e of byId.get(id2)?.inputs ?? []) todo.push(e.from);
  }
  return seen;
}
function outputsOf(graph) {
  const out = /* @__PURE__ */ new Map();
  for (const n of graph.nodes) out.set(n.id, []);
  for (const n of [...graph.nodes].sort((a, b) => a.id - b.id)) {
    for (const e of n.inputs) out.get(e.from)?.push({ to: n.id, edge: e });
  }
  return out;
}
function chainRule(graph, opts) {
  const chaining = opts.chaining ?? true;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const basic = (edge, target, source) => chaining && target.inputs.length === 1 && edge.ship === "FORWARD" && source.parallelism === target.parallelism;
  const legacyHead = (n) => {
    const e = n.inputs[0];
    const up = e ? byId.get(e.from) : void 0;
    if (e && up && n.inputs.length === 1 && basic(e, n, up) && !/: Writer$/.test(n.type))
      return legacyHead(up);
    return n.inputs.length === 0 && (opts.legacySource?.(n) ?? false);
  };
  return (edge, target, source) => basic(edge, target, source) && !(/: Writer$/.test(target.type) && legacyHead(source));
}
function userUid(node) {
  const m2 = /^\[\d+\]:ProcessTableFunction\(invocation=\[.*\)\], uid=\[([A-Za-z_][A-Za-z0-9_-]*)\], select=\[/s.exec(
    node.contents
  );
  return m2 && m2[1] !== "null" ? m2[1] : void 0;
}
function operatorIds(graph, opts = {}) {
  const chainable = chainRule(graph, opts);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const outs = outputsOf(graph);
  const hashes = /* @__PURE__ */ new Map();
  const visited = /* @__PURE__ */ new Set();
  const queue = [];
  for (const n of graph.nodes.filter((x) => x.inputs.length === 0).sort((a, b) => a.id - b.id)) {
    queue.push(n);
    visited.add(n.id);
  }
  for (let node = queue.shift(); node !== void 0; node = queue.shift()) {
    const uid2 = userUid(node);
    if (uid2 !== void 0) {
      hashes.set(node.id, murmur3x64_128(new TextEncoder().encode(uid2)));
    } else if (node.inputs.some((e) => !hashes.has(e.from))) {
      visited.delete(node.id);
      continue;
    } else {
      const position = hashes.size;
      const ints = [position];
      for (const o of outs.get(node.id) ?? []) {
        const target = byId.get(o.to);
        if (target && chainable(o.edge, target, node)) ints.push(position);
      }
      const hash = murmur3OfInts(ints);
      for (const e of node.inputs) {
        const other = hashes.get(e.from);
        for (let j = 0; j < hash.length; j++) hash[j] = (hash[j] * 37 ^ other[j]) & 255;
      }
      hashes.set(node.id, hash);
    }
    for (const o of outs.get(node.id) ?? []) {
      if (visited.has(o.to)) continue;
      const child2 = byId.get(o.to);
      if (!child2) continue;
      queue.push(child2);
      visited.add(o.to);
    }
  }
  return new Map([...hashes].map(([id2, h]) => [id2, toHex(h)]));
}
// src/core/operator-state.ts
var AGGREGATES = /* @__PURE__ */ new Set([
  "GroupAggregate",
  "GlobalGroupAggregate",
  "IncrementalGroupAggregate",
  "GroupWindowAggregate",
  "GlobalWindowAggregate",
  "WindowAggregate",
  "PythonGroupAggregate",
  "PythonGroupWindowAggregate"
]);
var KEYED = /* @__PURE__ */ new Set([
  ...AGGREGATES,
  "OverAggregate",
  "Join",
  "IntervalJoin",
  "TemporalJoin",
  "WindowJoin",
  "MultiJoin",
  "Deduplicate",
  "WindowDeduplicate",
  "Rank",
  "WindowRank",
  "Limit",
  "SortLimit",
  "Sort",
  "TemporalSort",
  "ChangelogNormalize",
  "SinkMaterializer",
  "Match",
  "KeyedLookupJoin",
  "ProcessTableFunction",
  "PythonOverAggregate"
]);
var isKeyedOperator = (function isKeyedOperator(name) {
  return KEYED.has(name);
});
var STATELESS = /* @__PURE__ */ new Set([
  "Calc",
  "Correlate",
  "WatermarkAssigner",
  "ConstraintEnforcer",
  "LocalGroupAggregate",
  "LocalWindowAggregate",
  "MiniBatchAssigner",
  "Expand",
  "Union",
  "DropUpdateBefore",
  "LookupJoin",
  "WindowTableFunction",
  "PythonCalc",
  "PythonCorrelate",
  "Values",
  "StreamRecordTimestampInserter",
  "RowKindSetter"
]);
var FILE_SINK = /* @__PURE__ */ new Set([
  "StreamingFileWriter",
  "streaming-writer",
  "compact-coordinator",
  "compact-operator",
  "PartitionCommitter"
]);
var PAIMON_SINK = /^(?:Writer|Compact Coordinator|Compact Worker|Global Committer) ?: \S/;
var FILE_SINK_END = "end";
var STATELESS_SOURCES = /* @__PURE__ */ new Set(["datagen", "values"]);
var STATELESS_SINKS = /* @__PURE__ */ new Set(["blackhole", "print", "jdbc", "elasticsearch-7", "values"]);
var INCREMENTAL_CDC = /* @__PURE__ */ new Set([
  "mysql-cdc",
  "postgres-cdc",
  "oracle-cdc",
  "sqlserver-cdc",
  "db2-cdc",
  "mongodb-cdc"
]);
var INCREMENTAL_OPT_IN = /* @__PURE__ */ new Set(["postgres-cdc"]);
function legacySourceConnector(options) {
  const connector = options?.connector;
  if (connector === "datagen") return true;
  if (connector === void 0 || !INCREMENTAL_CDC.has(connector)) return false;
  const incremental = options?.["scan.incremental.snapshot.enabled"]?.trim().toLowerCase();
  return INCREMENTAL_OPT_IN.has(connector) ? incremental !== "true" : incremental === "false";
}
function baseName(n) {
  return n.type.replace(/\[\d+\]/g, "").trim();
}
function operatorName(n) {
  return baseName(n).split("(")[0].trim();
}
function operatorKind(n) {
  const name = baseName(n);
  if (name.startsWith("Source: ")) {
    const m2 = /table=\[\[([^\]]*)\]/.exec(n.contents);
    const parts = m2?.[1]?.split(",") ?? [];
    const table = (parts.length >= 3 ? parts[2] : parts.at(-1) ?? name.slice("Source: ".length)).trim();
    return { kind: "source", name, table };
  }
  const writer = /^(.*?): (Writer|Committer|Global Committer)$/.exec(name);
  if (writer) return { kind: "sink", name, table: writer[1] };
  if (name.startsWith("Sink: ")) return { kind: "sink", name, table: name.slice("Sink: ".length) };
  return { kind: "op", name };
}
var tableKey = ((t) => (t.split(".").pop() ?? t).replace(/`/g, "").toLowerCase());
function holdsState(n, optionsOf) {
  const k = operatorKind(n);
  if (k.kind === "op") {
    const op = operatorName(n);
    if (KEYED.has(op)) return "keyed";
    if (STATELESS.has(op)) return "none";
    if (FILE_SINK.has(op) || PAIMON_SINK.test(op)) return "operator";
    return "unknown";
  }
  const options = optionsOf(tableKey(k.table ?? ""));
  if (k.kind === "sink" && options === void 0 && k.table === FILE_SINK_END) return "none";
  return connectorHolds(k.kind, options);
}
function connectorHolds(kind, options) {
  const connector = options?.connector;
  if (connector === void 0) return "unknown";
  if (kind === "sink") return STATELESS_SINKS.has(connector) ? "none" : "operator";
  if (connector === "datagen") {
    const sequence = Object.entries(options).some(
      ([key, v]) => /^fields\..+\.kind$/.test(key) && v.toLowerCase() === "sequence"
    );
    return sequence ? "operator" : "none";
  }
  return STATELESS_SOURCES.has(connector) ? "none" : "operator";
}
function stateShape(n, graph) {
  let s = n.contents.replace(/^\[\d+\]:/, "");
  if (graph && /^\s*WindowRank\(/.test(s)) s = withoutRankNumber(s, n, graph);
  s = s.replace(/\s+AS\s+[^,\])]+/g, "");
  if (/^\s*(?:Join|IntervalJoin|TemporalJoin|WindowJoin)\(/.test(s)) {
    const where = /\bwhere=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(s)?.[1];
    const keys2 = where === void 0 ? [] : joinKeys(where);
    if (keys2.length > 0) s = s.replace(/\)\s*$/, `, joinKey=[${keys2.join(", ")}])`);
  }
  if (/^\s*WindowJoin\(/.test(s)) s = s.replace(/,?\s*joinType=\[[^\]]*\]/, "");
  if (/^\s*TemporalJoin\(/.test(s)) s = s.replace(/,?\s*joinType=\[(?:InnerJoin|LeftOuterJoin)\]/, "");
  if (/^\s*OverAggregate\(/.test(s)) {
    s = s.replace(
      /\bwindow=\[\s*(ROWS|RANG\w*)\s+BETWEEN\s+(\S+)\s+PRECEDING[^\]]*\]/,
      (_m, unit, from) => `frame=[${from === "UNBOUNDED" ? "UNBOUNDED" : unit === "ROWS" ? "ROWS" : "RANGE"}]`
    );
  }
  if (/^\s*(?:Local|Global)?WindowAggregate\(/.test(s)) {
    s = s.replace(/\bwindow=\[((?:[^[\]]|\[[^\]]*\])*)\]/, (m2, spec) => {
      const slice = windowSlice(spec);
      const offset = /\boffset=\[([^\]]*)\]/.exec(spec)?.[1];
      if (slice === void 0) return m2;
      const size = slice % 1e3 === 0 ? `${slice / 1e3} s` : `${slice} ms`;
      return `slice=[${size}${offset ? `, offset ${offset}` : ""}]`;
    });
  }
  if (/^\s*WindowJoin\(/.test(s))
    s = s.replace(/\b(leftWindow|rightWindow)=\[(\w+)\((?:[^[\]]|\[[^\]]*\])*\)\]/g, "$1=[$2]");
  if (SESSION_WINDOW.test(s)) {
    s = s.replace(/^(\s*)(?:Group)?WindowAggregate\(/, "$1SessionWindowAggregate(").replace(/,?\s*properties=\[[^\]]*\]/, "");
  }
  if (/^\s*(?:Local|Global|Group|Session)?WindowAggregate\(/.test(s))
    s = s.replace(/,\s*(?:start|end|rowtime|proctime)\('w\$\)/g, "");
  s = s.replace(
    /,?\s*(?:window|windowBounds|emit|windowing|where|rankRange)=\[(?:[^[\]]|\[[^\]]*\])*\]/g,
    ""
  );
  if (/^\s*Match\(/.test(s)) {
    s = s.replace(/,?\s*(?:measures|define|rowsPerMatch|after)=\[(?:[^[\]]|\[[^\]]*\])*\]/g, "");
  }
  if (/^\s*(?:Window)?Deduplicate\(/.test(s) && /\border=\[ROWTIME\]/.test(s)) {
    s = s.replace(/,?\s*(?:keep|outputInsertOnly)=\[[^\]]*\]/g, "");
  }
  if (/^\s*Rank\(/.test(s) && /\bstrategy=\[AppendFastStrategy\]/.test(s) || /^\s*WindowRank\(/.test(s)) {
    s = s.replace(
      /\borderBy=\[([^\]]*)\]/,
      (_m, o) => `orderBy=[${o.replace(/\s+(?:ASC|DESC)\b|\s+NULLS\s+(?:FIRST|LAST)\b/gi, "")}]`
    );
  }
  if (/^\s*Rank\(/.test(s)) s = s.replace(/(\bselect=\[[^\]]*?),\s*w\d+\$o\d+\]/, "$1]");
  return s.replace(/\(\s*,\s*/, "(").replace(/\s+/g, " ").trim();
}
function withoutRankNumber(s, n, graph) {
  const input = n.inputs.length === 1 ? graph.nodes.find((g) => g.id === n.inputs[0].from) : void 0;
  const calc = input && /^(?:\[\d+\]:)?Calc\(select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(input.contents)?.[1];
  const select = /\bselect=\[((?:[^[\]]|\[[^\]]*\])*)\]\)\s*$/.exec(s);
  if (!calc || !select) return s;
  const items = splitTopLevel(select[1]);
  if (items.length !== splitTopLevel(calc).length + 1) return s;
  return `${s.slice(0, select.index)}select=[${items.slice(0, -1).join(", ")}])`;
}
var SESSION_WINDOW = /^\s*(?:WindowAggregate\(.*?\bwindow=\[SESSION\(|GroupWindowAggregate\(.*?\bwindow=\[SessionGroupWindow\()/;
function stateFunction(n) {
  return SESSION_WINDOW.test(n.contents.replace(/^\[\d+\]:/, "")) ? "SessionWindowAggregate" : baseName(n);
}
function patternVariables(shape2) {
  if (!/^\s*Match\(/.test(shape2)) return void 0;
  const pattern = /\bpattern=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(shape2)?.[1];
  if (pattern === void 0) return void 0;
  const names = [...pattern.matchAll(/_UTF-16LE'((?:[^']|'')*)'/g)].map((m2) => m2[1]);
  const plain = /^[\s(),]*$/.test(pattern.replace(/_UTF-16LE'(?:[^']|'')*'/g, ""));
  return { names, plain };
}
var withoutPattern = ((shape2) => shape2.replace(/,?\s*pattern=\[(?:[^[\]]|\[[^\]]*\])*\]/, ""));
function patternExtended(a, b) {
  const [x, y] = [patternVariables(a), patternVariables(b)];
  if (!x || !y || !x.plain || !y.plain || y.names.length <= x.names.length) return false;
  return x.names.every((v, i) => y.names[i] === v) && withoutPattern(a) === withoutPattern(b);
}
function patternVariablesLost(a, b) {
  const [x, y] = [patternVariables(a), patternVariables(b)];
  if (!x || !y) return [];
  return [...new Set(x.names.filter((v) => !y.names.includes(v)))];
}
function rowsFrameBecomesRange(a, b) {
  return /^\s*OverAggregate\(/.test(a) && a.includes("frame=[ROWS]") && a.replace("frame=[ROWS]", "frame=[RANGE]") === b;
}
function windowSizeMs(contents) {
  const spec = /\bwindow=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(contents)?.[1];
  if (spec === void 0 || !/^\s*(?:TUMBLE|HOP|CUMULATE)\(/.test(spec)) return void 0;
  return parseDurationMs(/\b(?:max_size|size)=\[([^\]]*)\]/.exec(spec)?.[1]);
}
function windowSlice(spec) {
  const ms = (name) => parseDurationMs(new RegExp(`\\b${name}=\\[([^\\]]*)\\]`).exec(spec)?.[1]);
  const gcd = (a, b) => b === 0 ? a : gcd(b, a % b);
  if (/^\s*TUMBLE\(/.test(spec)) return ms("size");
  if (/^\s*CUMULATE\(/.test(spec)) return ms("step");
  if (/^\s*HOP\(/.test(spec)) {
    const [size, slide] = [ms("size"), ms("slide")];
    return size === void 0 || slide === void 0 ? void 0 : gcd(size, slide);
  }
  return void 0;
}
function joinKeys(where) {
  const keys2 = [];
  for (const conjunct of splitTopLevel(unwrap(where), " AND ")) {
    const m2 = /^(\$?[A-Za-z_][\w$]*) = (\$?[A-Za-z_][\w$]*)$/.exec(unwrap(conjunct));
    if (!m2) continue;
    const [a, b] = [m2[1], m2[2]];
    if (new RegExp(`^${a.replace(/\$/g, "\\$")}\\d+$`).test(b)) keys2.push(a);
    else if (new RegExp(`^${b.replace(/\$/g, "\\$")}\\d+$`).test(a)) keys2.push(b);
    else keys2.push(`${a}=${b}`);
  }
  return keys2;
}
function unwrap(text) {
  let t = text.trim();
  while (t.startsWith("(") && t.endsWith(")")) {
    let depth = 0;
    let whole = true;
    for (let i = 0; i < t.length - 1; i++) {
      if (t[i] === "(") depth++;
      else if (t[i] === ")") depth--;
      if (depth === 0) {
        whole = false;
        break;
      }
    }
    if (!whole) break;
    t = t.slice(1, -1).trim();
  }
  return t;
}
function splitTopLevel(text, separator = ",") {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      out.push(text.slice(start, i));
      start = i + separator.length;
    }
  }
  out.push(text.slice(start));
  return out;
}
function keyedStateNames(n, graph, flinkVersion) {
  const s = n.contents;
  const op = operatorName(n);
  if (op === "Deduplicate") {
    const keepFirstRowtime = /\border=\[ROWTIME\]/.test(s) && /\bkeep=\[FirstRow\]/.test(s) && /\boutputInsertOnly=\[true\]/.test(s);
    return keepFirstRowtime && atLeast2(parseFlinkVersion3(flinkVersion), 2, 1) ? ["waiting-to-emit-on-timer", "already-emitted-state-boolean"] : ["deduplicate-state"];
  }
  if (op === "WindowDeduplicate") return ["window_deduplicate"];
  if (op === "WindowRank") return ["window_rank"];
  if (op !== "Rank") return void 0;
  const strategy = /\bstrategy=\[(\w+)/.exec(s)?.[1];
  const top1 = /\brankRange=\[rankStart=1, rankEnd=1\]/.test(s);
  if (strategy === "AppendFastStrategy") {
    const order = /\borderBy=\[([^\]]*)\]/.exec(s)?.[1]?.trim() ?? "";
    const asc = /^(\$?[A-Za-z_][\w$]*) ASC$/.exec(order)?.[1];
    if (asc && isProcTime(asc, n, graph)) return ["counterState"];
    return top1 ? ["Top1-Rank-State"] : ["data-state-with-append"];
  }
  if (strategy === "UpdateFastStrategy") return top1 ? ["Top1-Rank-State"] : ["data-state-with-update"];
  if (strategy === "RetractStrategy") return ["data-state", "sorted-map"];
  return void 0;
}
function isProcTime(col, n, graph) {
  const upstream = upstreamOf(n, graph);
  const def = new RegExp(`PROCTIME\\(\\) AS ${escapeRegExp(col)}(?![\\w$])`);
  return graph.nodes.some((g) => upstream.has(g.id) && def.test(g.contents));
}
// src/core/vertex-name.ts
var chainedOperators = (function chainedOperators(name) {
  return name.split(" -> ").flatMap((p) => p.split(", ")).map((p) => p.replace(/^\(+/, "").replace(/\)+$/, ""));
});
// src/core/key-groups.ts
function defaultMaxParallelism(parallelism) {
  const p = Math.max(1, parallelism);
  return Math.min(Math.max(2 ** Math.ceil(Math.log2(p + Math.floor(p / 2))), 128), 32768);
}

import {
  CREDENTIAL_WORDS,
  isCredentialKey
} from "./chunk-2KEB7JXC.mjs";
import {
  formatLocation,
  sortDiagnostics
} from "./chunk-FYVUM4PK.mjs";
// src/render/style.ts
var wrap = ((open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`);
var id = ((s) => s);
var makeStyle = (function makeStyle(color) {
  if (!color) return { red: id, green: id, yellow: id, cyan: id, magenta: id, bold: id, dim: id };
  return {
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
    bold: wrap(1, 22),
    dim: wrap(2, 22)
  };
});
// src/render/controls.ts
var replaceControls = (function replaceControls(text, replace) {
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = c < 32 && c !== 9 && c !== 10 || c >= 127 && c <= 159;
    if (!control) continue;
    out += text.slice(start, i) + replace(text[i]);
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
});
var hexControl = (function hexControl(ch) {
  return `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`;
});
// src/render/diagnostics.ts
var printable = (function printable(text, multiline = false) {
  const t = multiline ? text.replace(/\r\n?/g, "\n") : text.replace(/[\r\n]/g, hexControl);
  return replaceControls(t, hexControl);
});
var CONSOLIDATE_AT = 3;
var renderDiagnostics = (function renderDiagnostics(diags, opts) {
  const s = makeStyle(opts.color);
  const out = [];
  const sorted = sortDiagnostics(diags);
  const alike = opts.consolidate ? alikeGroups(sorted) : /* @__PURE__ */ new Map();
  const folded = new Set([...alike.values()].flat());
  const frames = new FrameLines();
  for (const d of sorted) {
    if (folded.has(d)) continue;
    const loc = printable(formatLocation(d.range));
    const sev = d.severity === "error" ? s.red("error") : d.severity === "warning" ? s.yellow("warning") : "info";
    out.push(`${loc ? `${s.bold(loc)}: ` : ""}${sev} ${s.dim(d.code)}: ${printable(d.summary)}`);
    const frame = d.range && opts.sources?.get(d.range.file)?.replace(/^\uFEFF/, "");
    if (frame !== void 0 && d.range)
      for (const l of codeFrame(frames, frame, d.range.start, d.range.end)) out.push(s.dim(l));
    for (const line of printable(d.detail, true).split("\n")) if (line.trim()) out.push(`    ${line}`);
    const rest = alike.get(d);
    if (rest) {
      out.push(
        `  and ${rest.length} more ${d.code} ${d.severity}s with the same advice (--verbose shows each in full):`
      );
      for (const r of rest) {
        const at2 = printable(formatLocation(r.range));
        out.push(`    ${at2 ? `${s.bold(at2)}: ` : ""}${printable(r.summary)}`);
      }
    }
  }
  return out.length ? `${out.join("\n")}
` : "";
});
var alikeGroups = (function alikeGroups(sorted) {
  const byKey = /* @__PURE__ */ new Map();
  for (const d of sorted) {
    if (d.severity === "error") continue;
    const key = `${d.code}\0${d.severity}\0${d.detail.replace(/\b[0-9a-f]{32}\b/g, "#")}`;
    const group = byKey.get(key);
    if (group) group.push(d);
    else byKey.set(key, [d]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [first, ...rest] of byKey.values())
    if (first && rest.length + 1 >= CONSOLIDATE_AT) out.set(first, rest);
  return out;
});
var FRAME_WIDTH = 120;
var ELLIPSIS = "\u2026";
var codeFrame = (function codeFrame(frames, text, start, end) {
  const line = frames.line(text, start.line);
  if (line === void 0) return [];
  const gutter = String(start.line).length;
  const col = Math.max(0, start.column - 1);
  const width = end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, line.length - col);
  const from = line.length <= FRAME_WIDTH ? 0 : Math.max(0, Math.min(col - FRAME_WIDTH / 3, line.length - FRAME_WIDTH));
  const to = Math.min(line.length, from + FRAME_WIDTH);
  const head = from > 0 ? ELLIPSIS : "";
  const shown = head + visible(frames.masked(text, start.line, line).slice(from, to)) + (to < line.length ? ELLIPSIS : "");
  const caretAt = head.length + (col - from);
  const carets = Math.max(1, Math.min(width, to - col));
  return [
    `  ${String(start.line).padStart(gutter)} | ${shown}`,
    `  ${" ".repeat(gutter)} | ${" ".repeat(Math.max(0, caretAt))}${"^".repeat(carets)}`
  ];
});
var maskCredentials = (function maskCredentials(line) {
  const urls = line.replace(
    /((?:\/\/|^|[\s'"=])[^\s:/@'"]*:)([^\s/@'"]+)(?=@)/g,
    (_m, user, pw) => user + "*".repeat(pw.length)
  );
  if (!CREDENTIAL_HINT.test(urls)) return urls;
  return urls.replace(
    CREDENTIAL_VALUE,
    (m2, key, sep2, value) => isCredentialKey(key.replace(/^['"]|['"]$/g, "")) && !value.includes("${") ? key + sep2 + value.replace(/[^'"]/g, "*") : m2
  );
});
var CREDENTIAL_HINT = new RegExp(`${CREDENTIAL_WORDS}|auth|cookie`, "i");
var CREDENTIAL_VALUE = /((?:'[^'\n]*'|"[^"\n]*"|[A-Za-z0-9_.-]+))(\s*[:=]\s*)('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^\s,{}[\]#'"][^,}#]*?(?=\s*(?:[,}]|\s#|$)))/g;
var visible = (function visible(line) {
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 9) return " ";
    if (code < 32) return String.fromCharCode(9216 + code);
    return code === 127 ? "\u2421" : "\uFFFD";
  });
});
var FrameLines = class {
  starts = /* @__PURE__ */ new Map();
  maskedLines = /* @__PURE__ */ new Map();
  /** Line `n` (1-based) of `text`, without its line break. */
  line(text, n) {
    let starts = this.starts.get(text);
    if (!starts) {
      starts = [0];
      const eol = /\r\n|\r|\n/g;
      for (let m2 = eol.exec(text); m2; m2 = eol.exec(text)) starts.push(m2.index + m2[0].length);
      this.starts.set(text, starts);
    }
    if (n < 1 || n > starts.length) return void 0;
    const from = starts[n - 1];
    return text.slice(from, n < starts.length ? starts[n] : text.length).replace(/(?:\r\n|\r|\n)$/, "");
  }
  /** `line` (line `n` of `text`) with its credentials masked. */
  masked(text, n, line) {
    let lines = this.maskedLines.get(text);
    if (!lines) {
      lines = /* @__PURE__ */ new Map();
      this.maskedLines.set(text, lines);
    }
    let m2 = lines.get(n);
    if (m2 === void 0) {
      m2 = maskCredentials(line);
      lines.set(n, m2);
    }
    return m2;
  }
};
var summarizeDiagnostics = (function summarizeDiagnostics(diags) {
  const errors = diags.filter((d) => d.severity === "error").length;
  const warnings = diags.filter((d) => d.severity === "warning").length;
  return `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
});

import {
  PYTHON_FILE_OPTIONS,
  checkSchema,
  envValue,
  fragmentProblem,
  loadAndValidate,
  pythonFileEntries
} from "./chunk-HCV42XU2.mjs";
import {
  KAFKA_CONNECTORS,
  TOPIC_KEY_OPTIONS,
  kafkaTopicKeys,
  topicOfKey,
  topicsRead
} from "./chunk-MTN3MEF7.mjs";
import {
  analyzeScript,
  builtinSince,
  checkExpressionText,
  isSensitiveKey,
  jarLocations,
  normalizePieces,
  normalizeSql,
  normalizeSqlAsBefore,
  pieceCache,
  quoteIdentifier,
  quoteString
} from "./chunk-2KEB7JXC.mjs";
import {
  PROJECT_FILE,
  configLayers,
  environmentRelease,
  escapeTemplate,
  insideRepository,
  isSymlink,
  parseYaml,
  readTextFile,
  scanReferences,
  secretNames,
  substituteEnv
} from "./chunk-DPJDA3R2.mjs";
import {
  lex
} from "./chunk-BYIOOC32.mjs";
import {
  fingerprint,
  nodeCrypto
} from "./chunk-QDFCQ7OG.mjs";
import {
  compareReleases,
  releaseBefore
} from "./chunk-2J7UGB3X.mjs";
import {
  LineIndex as LineIndex3
} from "./chunk-MHE3XHPS.mjs";
import {
  pipelineName as pipelineName2
} from "./chunk-EKKRR5UX.mjs";
import {
  join as join2
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync,
  readdirSync,
  statSync
} from "./chunk-NPMD6JOW.mjs";
import {
  fileURLToPath,
  init_node_url
} from "./chunk-2W6PPHYK.mjs";
import {
  error as error5,
  hasErrors,
  positionIn,
  sortDiagnostics as sortDiagnostics2
} from "./chunk-FYVUM4PK.mjs";
// src/compile/resolve.ts
var envLookup = (function envLookup(env, envVars) {
  return (name) => {
    const fromProcess = envVars[name];
    if (fromProcess !== void 0) return escapeTemplate(fromProcess);
    return envValue(name, env, {});
  };
});
var substitute = (function substitute(text, lookup) {
  return substituteEnv(text, lookup).text;
});
var sqlLiteralLookup = (function sqlLiteralLookup(lookup) {
  return (name) => lookup(name)?.replaceAll("'", "''");
});
var substituteDeep = (function substituteDeep(value, lookup) {
  if (typeof value === "string") return substitute(value, lookup);
  if (Array.isArray(value)) {
    let out;
    for (let i = 0; i < value.length; i++) {
      const v = substituteDeep(value[i], lookup);
      if (v === value[i]) continue;
      out ??= value.slice();
      out[i] = v;
    }
    return out ?? value;
  }
  if (value && typeof value === "object") {
    const from = value;
    let out;
    for (const k in from) {
      if (!Object.hasOwn(from, k)) continue;
      const s = substituteDeep(from[k], lookup);
      if (s === from[k]) continue;
      out ??= { ...from };
      out[k] = s;
    }
    return out ?? value;
  }
  return value;
});
var stringMap2 = (function stringMap2(m2) {
  const out = {};
  for (const [k, v] of Object.entries(m2 ?? {})) out[k] = String(v);
  return out;
});
var renamedHealth = (function renamedHealth(h) {
  if (h.maxBackpressure === void 0) return h;
  const { maxBackpressure, ...rest } = h;
  return { ...rest, maxBackPressure: rest.maxBackPressure ?? maxBackpressure };
});
var merge = (function merge(layers) {
  const out = {};
  for (const l of layers) {
    if (!l) continue;
    for (const [k, given] of Object.entries(l)) {
      if (given === void 0) continue;
      const v = k === "health" ? renamedHealth(given) : given;
      if (k === "config" || k === "savepoints" || k === "health") {
        out[k] = { ...out[k] ?? {}, ...v };
      } else out[k] = v;
    }
  }
  return out;
});
var resolveSettings = (function resolveSettings(config, envName, job, own, lookup) {
  const env = config.environments[envName];
  const override = env?.jobs?.[job];
  const merged = merge([config.defaults, own, override]);
  const jobConfig = Object.assign(
    {},
    ...configLayers(config, envName, job, own).map(stringMap2)
  );
  const resolved = substituteDeep(
    {
      ...merged,
      parallelism: merged.parallelism ?? 1,
      upgradeMode: merged.upgradeMode ?? "savepoint",
      // The environment's own `state: suspended` stops its whole fleet (e.g. before a version move).
      state: env?.state === "suspended" ? "suspended" : merged.state ?? "running",
      allowNonRestoredState: merged.allowNonRestoredState ?? false,
      deletionPolicy: merged.deletionPolicy ?? "retain",
      config: jobConfig
    },
    lookup
  );
  if (resolved.planMode === "script") delete resolved.planMode;
  return resolved;
});
// src/compile/substituted-fragments.ts
var checkSubstitutedFragments = (function checkSubstitutedFragments(project, t, spec, env, diags) {
  const raw = t.spec;
  const yaml = () => project.loaded.tables.find((s) => s.file === t.file)?.yaml;
  const check = (before, after, mode, path) => {
    if (before === after) return;
    const problem = fragmentProblem(after, mode) ?? (mode === "expr" ? sqlProblem(after, path[0] === "watermark", project.config?.flinkVersion) : void 0);
    if (!problem) return;
    diags.push(
      error5(
        "FO403",
        `With the \${env.X} values of environment ${env}, this ${mode === "type" ? "data type" : "expression"} is not valid: ${problem}`,
        `The substituted value must keep it one ${mode === "type" ? "data type" : "expression"}; check the environment's values (or the variables: defaults) used in ${t.file}.`,
        yaml()?.locate(path)
      )
    );
  };
  spec.columns.forEach((c, i) => {
    check(raw.columns[i].type, c.type, "type", ["columns", i, "type"]);
  });
  spec.metadata?.forEach((c, i) => {
    check(raw.metadata[i].type, c.type, "type", ["metadata", i, "type"]);
  });
  spec.computed?.forEach((c, i) => {
    check(raw.computed[i].expr, c.expr, "expr", ["computed", i, "expr"]);
  });
  if (spec.watermark?.expr !== void 0)
    check(raw.watermark.expr, spec.watermark.expr, "expr", ["watermark", "expr"]);
});
var sqlProblem = (function sqlProblem(expr, watermark, flinkVersion) {
  const { diags } = checkExpressionText(
    expr,
    watermark ? "the watermark expression" : "the computed column",
    flinkVersion
  );
  const d = diags.find((x) => x.severity === "error");
  return d && `${d.summary.charAt(0).toLowerCase()}${d.summary.slice(1)} (${d.code})`;
});
// src/compile/substituted-sql.ts
var onlyLiteralsChange = (function onlyLiteralsChange(text, lookup, dollarsInLiterals = false) {
  const refs = scanReferences(text).refs.filter((r) => r.kind === "env");
  for (const r of refs) if (lookup(r.name)?.includes("'") !== false) return false;
  if (dollarsInLiterals) return true;
  const { tokens, diags } = lex(text, "", new LineIndex3(text));
  if (diags.length > 0) return false;
  let k = 0;
  for (const r of refs) {
    while (k < tokens.length && tokens[k].end <= r.start) k++;
    const t = tokens[k];
    const inside = t !== void 0 && t.start < r.start && r.end < t.end;
    if (!inside || t.kind !== "string" || text.charCodeAt(t.start) !== 39) return false;
  }
  return true;
});
var checkSubstituted = (function checkSubstituted(original, text, lookup, where, diags) {
  if (onlyLiteralsChange(original.text, lookup, original.dollarsInLiterals)) return;
  const opts = where.flinkVersion ? { flinkVersion: where.flinkVersion } : {};
  const bad = analyzeScript(text, where.sqlFile, opts).diags.find((d) => d.severity === "error");
  if (!bad) return;
  const ref = bad.range && culprit(original.text, lookup, new LineIndex3(text).offset(bad.range.start));
  const range3 = ref && where.range ? within(where.range, original.text, ref.start, ref.end) : where.range;
  diags.push(
    error5(
      "FO402",
      `With the \${env.X} values of environment ${where.env}, this statement does not parse: ${bad.summary}`,
      `${ref ? `The value of \${env.${ref.name}}` : "A value"} is not valid where it is used in ${where.sqlFile}; check the environment's values (or the variables: defaults), or quote the reference inside a '...' literal.`,
      range3
    )
  );
});
var culprit = (function culprit(original, lookup, at2) {
  let shift = 0;
  let best;
  for (const ref of scanReferences(original).refs) {
    if (ref.kind !== "env") continue;
    const value = lookup(ref.name) ?? original.slice(ref.start, ref.end);
    const start = ref.start + shift;
    const end = start + value.length;
    const distance = at2 < start ? start - at2 : at2 > end ? at2 - end : 0;
    if (!best || distance < best.distance) best = { ref, distance };
    shift += value.length - (ref.end - ref.start);
  }
  return best?.ref;
});
var within = (function within(range3, statement, start, end) {
  const lines = new LineIndex3(statement);
  const pos2 = (o) => positionIn(range3.start, lines.pos(o));
  return { file: range3.file, start: pos2(start), end: pos2(end) };
});
// src/compile/table-ddl.ts
var lookupOptions = (function lookupOptions(l) {
  const o = { "lookup.cache": l.cache };
  if (l.cache === "PARTIAL") {
    if (l.maxRows !== void 0) o["lookup.partial-cache.max-rows"] = String(l.maxRows);
    if (l.ttl !== void 0) o["lookup.partial-cache.expire-after-write"] = l.ttl;
    if (l.expireAfterAccess !== void 0)
      o["lookup.partial-cache.expire-after-access"] = l.expireAfterAccess;
    if (l.cacheMissingKey !== void 0)
      o["lookup.partial-cache.cache-missing-key"] = String(l.cacheMissingKey);
  } else if (l.cache === "FULL" && l.reloadInterval !== void 0) {
    o["lookup.full-cache.reload-strategy"] = "PERIODIC";
    o["lookup.full-cache.periodic-reload.interval"] = l.reloadInterval;
  }
  if (l.maxRetries !== void 0) o["lookup.max-retries"] = String(l.maxRetries);
  return o;
});
var tableOptions = (function tableOptions(spec, overrides = {}) {
  const o = { connector: spec.connector };
  for (const [k, v] of Object.entries(spec.with ?? {})) o[k] = String(v);
  if (spec.lookup) Object.assign(o, lookupOptions(spec.lookup));
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null) delete o[k];
    else o[k] = String(v);
  }
  return o;
});
function comment(text) {
  return text === void 0 ? "" : ` COMMENT ${quoteString(text)}`;
}
function interval(delay) {
  const [text, written] = delay.split(" ");
  let n = text;
  let unit = written.replace(/S$/, "");
  if (unit === "MILLISECOND") {
    const padded = n.padStart(4, "0");
    n = `${padded.slice(0, -3)}.${padded.slice(-3)}`;
    unit = "SECOND";
  }
  const digits = n.split(".")[0].replace(/^0+(?=\d)/, "").length;
  return `INTERVAL ${quoteString(n)} ${unit}${digits > 2 ? `(${digits})` : ""}`;
}
var sortedOptions = (function sortedOptions(options) {
  return Object.entries(options).sort(
    ([a], [b]) => a === "connector" ? -1 : b === "connector" ? 1 : a < b ? -1 : a > b ? 1 : 0
  );
});
var tableDdl = (function tableDdl(name, spec, options) {
  const lines = [];
  for (const c of spec.columns) {
    lines.push(
      `${quoteIdentifier(c.name)} ${c.type.trim()}${c.nullable === false ? " NOT NULL" : ""}${comment(c.comment)}`
    );
  }
  for (const c of spec.metadata ?? []) {
    const from = c.from !== void 0 ? ` FROM ${quoteString(c.from)}` : "";
    lines.push(
      `${quoteIdentifier(c.name)} ${c.type.trim()} METADATA${from}${c.virtual ? " VIRTUAL" : ""}${comment(c.comment)}`
    );
  }
  for (const c of spec.computed ?? []) {
    lines.push(`${quoteIdentifier(c.name)} AS ${c.expr.trim()}${comment(c.comment)}`);
  }
  if (spec.watermark) {
    const col = quoteIdentifier(spec.watermark.column);
    const expr = spec.watermark.expr?.trim() ?? `${col} - ${interval(spec.watermark.delay ?? "0 SECOND")}`;
    lines.push(`WATERMARK FOR ${col} AS ${expr}`);
  }
  if (spec.primaryKey)
    lines.push(`PRIMARY KEY (${spec.primaryKey.map(quoteIdentifier).join(", ")}) NOT ENFORCED`);
  let ddl = `CREATE TEMPORARY TABLE ${quoteIdentifier(name)} (
  ${lines.join(",\n  ")}
)`;
  if (spec.description !== void 0) ddl += `
COMMENT ${quoteString(spec.description)}`;
  if (spec.partitionedBy) ddl += `
PARTITIONED BY (${spec.partitionedBy.map(quoteIdentifier).join(", ")})`;
  const opts = sortedOptions(options).map(([k, v]) => `${quoteString(k)} = ${quoteString(v)}`);
  ddl += `
WITH (
  ${opts.join(",\n  ")}
)`;
  return ddl;
});
var makeTemporary = (function makeTemporary(text) {
  let i = 0;
  for (; ; ) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith("--", i) || text.startsWith("//", i)) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else break;
  }
  const m2 = /^CREATE\s+(OR\s+REPLACE\s+)?(TEMPORARY\s+)?/i.exec(text.slice(i));
  if (!m2 || m2[2]) return text;
  const at2 = i + m2[0].length;
  return `${text.slice(0, at2)}TEMPORARY ${text.slice(at2)}`;
});
// src/compile/desired-tables.ts
var compileTable = (function compileTable(project, t, env, lookup, diags) {
  const flinkVersion = project.config?.flinkVersion;
  const base = { name: t.name, file: t.file, objectKind: t.objectKind };
  if (t.format === "sql") {
    if (!t.statement) return void 0;
    const sqlLookup = sqlLiteralLookup(lookup);
    const text = substitute(t.statement.text, sqlLookup);
    if (text !== t.statement.text)
      checkSubstituted(
        t.statement,
        text,
        sqlLookup,
        { sqlFile: t.file, env, flinkVersion, range: t.statement.range },
        diags
      );
    const topics2 = t.statement.table ? ddlTopicKeys(t.statement.table, lookup) : [];
    return {
      ...base,
      ddl: makeTemporary(text),
      range: t.statement.range,
      ...topics2.length > 0 ? { topics: topics2 } : {}
    };
  }
  if (!t.spec) return void 0;
  const overrides = project.config?.environments[env]?.tables?.[t.name]?.with ?? {};
  const spec = substituteDeep(t.spec, lookup);
  checkSubstitutedFragments(project, t, spec, env, diags);
  const options = tableOptions(spec, substituteDeep(overrides, lookup));
  const connector = options.connector ?? spec.connector;
  const topics = kafkaTopicKeys(connector, options);
  return {
    ...base,
    kind: spec.kind,
    connector,
    options,
    ...topics.length > 0 ? { topics } : {},
    ddl: tableDdl(t.name, spec, options)
  };
});
var ddlTopicKeys = (function ddlTopicKeys(def, lookup) {
  const connector = def.options.connector;
  if (connector === void 0) return [];
  const named2 = connector.includes("${") ? substitute(connector, lookup) : connector;
  if (!KAFKA_CONNECTORS.has(named2.trim().toLowerCase())) return [];
  return kafkaTopicKeys(
    void 0,
    Object.fromEntries(
      TOPIC_KEY_OPTIONS.flatMap((k) => {
        const v = def.options[k];
        return v === void 0 ? [] : [[k, v.includes("${") ? substitute(v, lookup) : v]];
      })
    )
  );
});
var localTablesOf = (function localTablesOf(tables, lookup) {
  return tables.map((t) => {
    const topics = t.statement.table ? ddlTopicKeys(t.statement.table, lookup) : [];
    return {
      name: t.name,
      ...t.read ? { read: true } : {},
      ...t.written ? { written: true } : {},
      ...topics.length > 0 ? { topics } : {}
    };
  });
});
// src/compile/environment.ts
var desiredEnvironment = (function desiredEnvironment(env, envSpec, envVars) {
  return substituteDeep(
    {
      name: env,
      jobmanagerUrl: envSpec.jobmanagerUrl,
      sqlGatewayUrl: envSpec.sqlGatewayUrl,
      ...envSpec.auth ? { auth: envSpec.auth } : {},
      ...envSpec.alerts ? { alerts: envSpec.alerts } : {},
      ...envSpec.savepointDir ? { savepointDir: envSpec.savepointDir } : {},
      ...envSpec.planDir ? { planDir: envSpec.planDir } : {},
      ...envSpec.moveFrom ? { moveFrom: envSpec.moveFrom } : {}
    },
    envLookup(envSpec, envVars)
  );
});
var projectEnvironment = (function projectEnvironment(dir, env, envVars) {
  if (isSymlink(join2(dir, PROJECT_FILE)) && !insideRepository(dir, join2(dir, PROJECT_FILE))) return void 0;
  const ignored = [];
  const text = readTextFile(dir, PROJECT_FILE, ignored);
  const y = text && parseYaml(PROJECT_FILE, text.text).value;
  if (!y || checkSchema("project", y).length > 0) return void 0;
  const config = y.data;
  const envSpec = config.environments[env];
  return envSpec ? {
    project: config.project,
    environment: desiredEnvironment(env, envSpec, envVars),
    environments: Object.keys(config.environments)
  } : void 0;
});
// src/compile/graph.ts
var nodeId = (function nodeId(kind, name) {
  return `${kind}:${name}`;
});
var buildGraph = (function buildGraph(input) {
  const nodes = [];
  const edges = [];
  for (const j of input.jobs) {
    const described = j.description ? { description: j.description } : {};
    nodes.push({ id: nodeId("job", j.name), kind: "job", name: j.name, ...described });
  }
  const objectId = /* @__PURE__ */ new Map();
  for (const t of input.tables) {
    const id2 = nodeId(t.objectKind, t.name);
    objectId.set(t.name, id2);
    nodes.push({
      id: id2,
      kind: t.objectKind,
      name: t.name,
      ...t.kind ? { tableKind: t.kind } : {},
      ...t.description ? { description: t.description } : {}
    });
  }
  for (const u of input.udfs) nodes.push({ id: nodeId("udf", u.name), kind: "udf", name: u.name });
  const link = (from, names, kind) => {
    for (const n of names) {
      const to = kind === "uses" ? nodeId("udf", n) : objectId.get(n);
      if (to) edges.push({ from, to, kind });
    }
  };
  const catalogIds = /* @__PURE__ */ new Set();
  const catalogTable = (name) => {
    const id2 = nodeId("catalog_table", name);
    if (!catalogIds.has(id2)) {
      catalogIds.add(id2);
      nodes.push({ id: id2, kind: "catalog_table", name });
    }
    return id2;
  };
  const writing = /* @__PURE__ */ new Map();
  const reading = /* @__PURE__ */ new Map();
  for (const j of input.jobs) {
    const id2 = nodeId("job", j.name);
    const direct = j.direct;
    const localId = (kind, name) => nodeId(kind, `${j.name}.${name}`);
    const readsOf2 = (from, r) => {
      link(from, r.tables ?? [], "reads");
      for (const t of r.localTables ?? []) edges.push({ from, to: localId("local_table", t), kind: "reads" });
      for (const v of r.localViews ?? []) edges.push({ from, to: localId("local_view", v), kind: "reads" });
      for (const t of r.catalogTables ?? []) edges.push({ from, to: catalogTable(t), kind: "reads" });
    };
    for (const v of j.localViews ?? []) {
      const view = localId("local_view", v.name);
      nodes.push({ id: view, kind: "local_view", name: v.name, job: j.name });
      readsOf2(view, v.reads);
    }
    if (direct) readsOf2(id2, direct);
    else
      for (const t of j.catalogTables?.reads ?? [])
        edges.push({ from: id2, to: catalogTable(t), kind: "reads" });
    for (const t of j.catalogTables?.writes ?? [])
      edges.push({ from: id2, to: catalogTable(t), kind: "writes" });
    for (const t of j.localTables ?? []) {
      const local = nodeId("local_table", `${j.name}.${t.name}`);
      nodes.push({ id: local, kind: "local_table", name: t.name, job: j.name });
      if (t.read && !direct) edges.push({ from: id2, to: local, kind: "reads" });
      if (t.written) edges.push({ from: id2, to: local, kind: "writes" });
      if (t.topics && t.topics.length > 0) {
        if (t.written) writing.set(local, t.topics);
        if (t.read) reading.set(local, t.topics);
      }
    }
    if (!direct) link(id2, j.reads, "reads");
    link(id2, j.copies ?? [], "copies");
    link(id2, j.writes, "writes");
    link(id2, j.udfs, "uses");
  }
  for (const t of input.tables) {
    if (t.objectKind === "table") link(nodeId("table", t.name), t.reads, "copies");
    if (t.objectKind !== "view") continue;
    const id2 = nodeId("view", t.name);
    link(id2, t.reads, "reads");
    link(id2, t.udfs, "uses");
  }
  const written = new Set(input.jobs.flatMap((j) => j.writes));
  const read2 = /* @__PURE__ */ new Set([
    ...input.jobs.flatMap((j) => j.reads),
    ...input.tables.filter((t) => t.objectKind === "view").flatMap((t) => t.reads)
  ]);
  for (const t of input.tables) {
    if (!t.topics || t.topics.length === 0) continue;
    if (written.has(t.name)) writing.set(nodeId("table", t.name), t.topics);
    if (read2.has(t.name)) reading.set(nodeId("table", t.name), t.topics);
  }
  const writers = /* @__PURE__ */ new Map();
  for (const [id2, keys2] of writing) for (const k of keys2) writers.set(k, [...writers.get(k) ?? [], id2]);
  const keysWritten = new Set(writers.keys());
  for (const [r, keys2] of reading) {
    const seen = /* @__PURE__ */ new Set();
    for (const kr of keys2)
      for (const kw of topicsRead(kr, keysWritten))
        for (const w of writers.get(kw)) {
          if (w === r || seen.has(`${w}\0${kw}`)) continue;
          seen.add(`${w}\0${kw}`);
          edges.push({ from: w, to: r, kind: "topic", topic: topicOfKey(kw) });
        }
  }
  nodes.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  edges.sort((a, b) => a.from + a.to < b.from + b.to ? -1 : a.from + a.to > b.from + b.to ? 1 : 0);
  return { nodes, edges };
});
var affectedJobs = (function affectedJobs(graph, changed) {
  const dependents = /* @__PURE__ */ new Map();
  for (const e of graph.edges) {
    if (e.kind === "topic") continue;
    const list = dependents.get(e.to);
    if (list) list.push(e.from);
    else dependents.set(e.to, [e.from]);
  }
  const seen = /* @__PURE__ */ new Set();
  const queue = [...changed];
  const jobs = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const id2 = queue.pop();
    if (seen.has(id2)) continue;
    seen.add(id2);
    if (id2.startsWith("job:")) jobs.add(id2.slice(4));
    for (const d of dependents.get(id2) ?? []) queue.push(d);
  }
  return [...jobs].sort();
});
// src/compile/job-script.ts
var jobDependencies = (function jobDependencies(project, job) {
  const tables = /* @__PURE__ */ new Map();
  const views = [];
  const seen = /* @__PURE__ */ new Set();
  const functions = new Set(job.functions);
  const sources = /* @__PURE__ */ new Set();
  const stack = [];
  const enter = (name, read2) => {
    const t = project.tableByName.get(name);
    if (!t) return;
    if (t.objectKind === "table") {
      if (read2) sources.add(name);
      if (tables.has(name)) return;
      tables.set(name, t);
    } else {
      if (seen.has(name)) return;
      seen.add(name);
    }
    stack.push({ t, read: t.objectKind !== "table", next: 0 });
  };
  const visit = (name, read2) => {
    enter(name, read2);
    for (let top = stack.at(-1); top; top = stack.at(-1)) {
      const r = top.t.reads[top.next++];
      if (r !== void 0) {
        enter(r, top.read);
        continue;
      }
      stack.pop();
      for (const f of top.t.functions) functions.add(f);
      if (top.t.objectKind !== "table") views.push(top.t);
    }
  };
  for (const r of job.reads) visit(r, true);
  for (const c of job.copies ?? []) visit(c, false);
  for (const w of job.writes) visit(w, false);
  return {
    tables: likeSourcesFirst(
      [...tables.values()].sort((a, b) => a.name < b.name ? -1 : 1),
      tables
    ),
    views,
    functions: [...functions].sort(),
    sources: [...sources].sort()
  };
});
var likeSourcesFirst = (function likeSourcesFirst(sorted, byName4) {
  const out = [];
  const placed = /* @__PURE__ */ new Set();
  const stack = [];
  const enter = (t) => {
    if (placed.has(t.name)) return;
    placed.add(t.name);
    stack.push({ t, next: 0 });
  };
  for (const t of sorted) {
    enter(t);
    for (let top = stack.at(-1); top; top = stack.at(-1)) {
      const r = top.t.reads[top.next++];
      if (r === void 0) {
        stack.pop();
        out.push(top.t);
        continue;
      }
      const src = byName4.get(r);
      if (src) enter(src);
    }
  }
  return out;
});
var udfArtifact = (function udfArtifact(project, udf, env) {
  const spec = project.udfByName.get(udf)?.spec;
  const override = project.config?.environments[env]?.udfs?.[udf];
  if (override) return spec?.files ? { ...override, files: spec.files } : override;
  return spec;
});
var functionDdl = (function functionDdl(project, name, env, lookup) {
  const f = project.functionByName.get(name);
  const artifact = f ? udfArtifact(project, f.udf, env) : void 0;
  if (!f || !artifact) return void 0;
  const language = (f.fn.language ?? "java").toUpperCase();
  const jar = language === "PYTHON" || artifact.jar === void 0 ? "" : ` USING JAR ${quoteString(substitute(artifact.jar, lookup))}`;
  return `CREATE TEMPORARY FUNCTION ${quoteIdentifier(f.name)} AS ${quoteString(f.fn.class)} LANGUAGE ${language}${jar}`;
});
var jarDdl = (function jarDdl(project, functions, env, lookup) {
  const jars = /* @__PURE__ */ new Set();
  for (const name of functions) {
    const f = project.functionByName.get(name);
    const artifact = f ? udfArtifact(project, f.udf, env) : void 0;
    if (!f || !artifact?.jar || (f.fn.language ?? "java") === "python") continue;
    jars.add(substitute(artifact.jar, lookup));
  }
  return [...jars].sort().map((j) => `ADD JAR ${quoteString(j)}`);
});
var pythonFilesOf = (function pythonFilesOf(project, functions, env, lookup) {
  const files = /* @__PURE__ */ new Set();
  const udfs = /* @__PURE__ */ new Set();
  for (const name of functions) {
    const f = project.functionByName.get(name);
    if (f && (f.fn.language ?? "java") === "python") udfs.add(f.udf);
  }
  for (const u of [...udfs].sort())
    for (const file of udfArtifact(project, u, env)?.files ?? []) files.add(substitute(file, lookup));
  return files.size > 0 ? [...files].join(",") : void 0;
});
var terminate = (function terminate(text) {
  const t = text.trim();
  const lastLine = t.slice(t.lastIndexOf("\n") + 1);
  return lastLine.includes("--") ? `${t}
;` : `${t};`;
});
var SCRIPT_PART_SEPARATOR = "\n\n";
var joinScript = (function joinScript(parts) {
  return `${parts.join(SCRIPT_PART_SEPARATOR)}
`;
});
var SCRIPT_MARK = "-- flinkops compiled script:";
var scriptParts = (function scriptParts(input) {
  const parts = [
    `${SCRIPT_MARK} job ${input.job}, environment ${input.env}
-- Source: ${input.sqlFile}. Generated; do not edit.`
  ];
  const keys2 = Object.keys(input.config).sort();
  if (keys2.length > 0)
    parts.push(keys2.map((k) => `SET ${quoteString(k)} = ${quoteString(input.config[k])};`).join("\n"));
  if (input.functions.length > 0) parts.push(input.functions.map((f) => `${f};`).join("\n"));
  for (const d of input.ddl) parts.push(terminate(d));
  for (const s of input.statements) parts.push(terminate(s));
  return parts;
});
// src/compile/later-builtins.ts
var laterBuiltinNames = (function laterBuiltinNames(project) {
  let out;
  for (const u of project.udfs) {
    for (const fn of u.spec?.functions ?? []) {
      const since = builtinSince(fn.name.toUpperCase());
      if (since === void 0) continue;
      out ??= /* @__PURE__ */ new Map();
      out.set(fn.name.toLowerCase(), { since, udf: u.name, udfFile: u.file, className: fn.class });
    }
  }
  return out;
});
var callsIn = (function callsIn(file, names) {
  const lower = file.text.toLowerCase();
  const mentioned = [...names].filter(([n]) => lower.includes(n));
  if (mentioned.length === 0) return [];
  const earliest = mentioned.map(([, s]) => s.since).sort(compareReleases)[0];
  const analysis = analyzeScript(file.text, file.file, {
    flinkVersion: releaseBefore(earliest),
    lines: file.lines
  });
  const out = [];
  for (const st of analysis.statements) {
    for (const ref of st.functions) {
      if (ref.parts.length > 1) continue;
      const s = names.get(ref.name.toLowerCase());
      if (!s) continue;
      out.push({ name: ref.name, ...s, range: file.lines.range(file.file, ref.start, ref.end) });
    }
  }
  return out;
});
var laterBuiltinCalls = (function laterBuiltinCalls(project, jobName, deps, names, cache) {
  const files = [];
  const job = project.loaded.jobs.find((j) => j.name === jobName);
  if (job?.sql) files.push(job.sql);
  for (const t of [...deps.views, ...deps.tables]) {
    if (t.format !== "sql") continue;
    const src = project.loaded.tables.find((s) => s.file === t.file);
    if (src?.sql) files.push(src.sql);
  }
  const out = [];
  for (const f of files) {
    let calls = cache.get(f.file);
    if (!calls) {
      calls = callsIn(f, names);
      cache.set(f.file, calls);
    }
    out.push(...calls);
  }
  return out;
});
// src/compile/effects.ts
var SETTING_EFFECTS = {
  description: "ignore",
  parallelism: "rescale",
  // Changes the number of key groups: a restart, and the plan's compatibility check flags keyed state.
  maxParallelism: "upgrade",
  // How the next upgrade happens, not a reason for one.
  upgradeMode: "ignore",
  state: "state",
  // Script ↔ compiled plan: the job restarts from its savepoint under the other start mode.
  planMode: "upgrade",
  // Only read when a job is restored; it needs no restart of its own.
  allowNonRestoredState: "ignore",
  deletionPolicy: "ignore",
  config: "upgrade",
  savepoints: "ignore",
  restoreFrom: "redeploy",
  // Names the job's former name; the plan turns the old job into this one (a rename), whatever else changed.
  movedFrom: "ignore",
  schedule: "ignore",
  activeFrom: "ignore",
  activeUntil: "ignore",
  health: "ignore"
};
var settingsWithEffect = (function settingsWithEffect(...effects) {
  return Object.keys(SETTING_EFFECTS).filter(
    (k) => effects.includes(SETTING_EFFECTS[k])
  );
});
// src/compile/spec-hashes.ts
var RESTART_KEYS = settingsWithEffect("upgrade", "redeploy");
var METADATA_KEYS = settingsWithEffect("ignore");
function pick(settings, keys2) {
  const out = {};
  for (const k of keys2) if (settings[k] !== void 0) out[k] = settings[k];
  return out;
}
function restartHash(script, settings, jarChecksums2 = {}) {
  return hashOfNormalForm(normalizeSql(script), settings, jarChecksums2);
}
var restartHashAsBefore = (function restartHashAsBefore(script, settings, jarChecksums2 = {}) {
  const before = normalizeSqlAsBefore(script);
  return before === void 0 ? void 0 : hashOfNormalForm(before, settings, jarChecksums2);
});
var specChecksums = (function specChecksums(udfs, jarSha256, pythonFiles = {}, scriptJars = {}) {
  const out = {};
  for (const u of udfs) {
    const sha = jarSha256(u);
    if (sha) out[u] = sha;
  }
  for (const [entry, sha] of Object.entries(pythonFiles)) out[`python:${entry}`] = sha;
  for (const [jar, sha] of Object.entries(scriptJars)) out[`jar:${jar}`] = sha;
  return out;
});
function hashOfNormalForm(normalForm, settings, jarChecksums2) {
  const jars = Object.keys(jarChecksums2).length > 0 ? jarChecksums2 : void 0;
  return fingerprint({ script: normalForm, settings: pick(settings, RESTART_KEYS), jars });
}
var metadataHash = (function metadataHash(settings) {
  return fingerprint(pick(settings, METADATA_KEYS));
});
// src/compile/lazy-fields.ts
var lazyFields = (function lazyFields(job, env) {
  const { script, settings } = job;
  const file = `.flinkops/compiled/${env}/${job.name}.sql`;
  onFirstRead(job, "statements", () => analyzeScript(script, file).statements);
  onFirstRead(job, "metadataHash", () => metadataHash(settings));
});
var onFirstRead = (function onFirstRead(target, key, compute) {
  let value;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      value ??= compute();
      return value;
    },
    set: (v) => {
      value = v;
    }
  });
});
// src/compile/python-files.ts
init_node_url();
var localPythonPath = (function localPythonPath(entry) {
  if (/^file:/i.test(entry)) {
    try {
      return fileURLToPath(entry.replace(/^file:(?!\/)/i, "file:///"));
    } catch {
      return void 0;
    }
  }
  return entry.startsWith("/") ? entry : void 0;
});
var SKIPPED = /^(__pycache__|\.git)$|\.py[co]$/;
var pathSha256 = (function pathSha256(path) {
  try {
    const hash = nodeCrypto().createHash("sha256");
    if (!statSync(path).isDirectory()) return hash.update(readFileSync(path)).digest("hex");
    const walk = (dir, rel) => {
      const entries = readdirSync(dir, { withFileTypes: true });
      entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      for (const e of entries) {
        if (SKIPPED.test(e.name)) continue;
        const name = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(join2(dir, e.name), name);
        else if (e.isFile())
          hash.update(`${name}\0`).update(readFileSync(join2(dir, e.name))).update("\0");
      }
    };
    walk(path, "");
    return hash.digest("hex");
  } catch {
    return void 0;
  }
});
var pythonFileChecksums = (function pythonFileChecksums(options) {
  const last = /* @__PURE__ */ new Map();
  for (const [key, value] of options) if (PYTHON_FILE_OPTIONS.includes(key)) last.set(key, value);
  const out = {};
  for (const [key, value] of last) {
    for (const entry of pythonFileEntries(key, value)) {
      const path = localPythonPath(entry);
      const sha = path === void 0 ? void 0 : pathSha256(path);
      if (sha) out[entry] = sha;
    }
  }
  return out;
});
function scriptPythonFunctions(statements, counted) {
  const files = Object.keys(counted);
  const out = {};
  if (files.length === 0) return out;
  for (const st of statements)
    if (st.kind === "create_function" && st.function?.language === "PYTHON")
      out[st.function.name.name.toLowerCase()] = files;
  return out;
}
// src/compile/script-jars.ts
function statementJars(kind, text) {
  return kind === "add_jar" || kind === "create_function" ? jarLocations(text) : [];
}
var scriptJarChecksums = (function scriptJarChecksums(statements) {
  const out = {};
  for (const st of statements) {
    for (const jar of statementJars(st.kind, st.text)) {
      const path = localPythonPath(jar);
      const sha = path === void 0 ? void 0 : pathSha256(path);
      if (sha) out[jar] = sha;
    }
  }
  return out;
});
function scriptJarFunctions(statements, counted) {
  const addJars = statements.filter((st) => st.kind === "add_jar").flatMap((st) => statementJars(st.kind, st.text)).filter((j) => j in counted);
  const out = {};
  for (const st of statements) {
    if (st.kind !== "create_function" || !st.function) continue;
    const own = statementJars(st.kind, st.text);
    const jars = own.length > 0 ? own.filter((j) => j in counted) : st.function.language === "JAVA" || st.function.language === "SCALA" ? addJars : [];
    if (jars.length > 0) out[st.function.name.name.toLowerCase()] = [...new Set(jars)];
  }
  return out;
}
// src/compile/desired.ts
var projectFor = (function projectFor(validated, env) {
  const release = validated.config ? environmentRelease(validated.config, env) : void 0;
  return (release !== void 0 ? validated.releases?.[release] : void 0) ?? validated;
});
var compile = (function compile(validated, opts) {
  const project = projectFor(validated, opts.env);
  const diags = [];
  const config = project.config;
  const envSpec = config?.environments[opts.env];
  if (!config || !envSpec) {
    diags.push(
      error5(
        "FO400",
        config ? `Unknown environment "${opts.env}"` : "Cannot compile without a valid flinkops.yaml",
        config ? `Environments in flinkops.yaml: ${Object.keys(config.environments).join(", ")}.` : "Fix the errors in flinkops.yaml first."
      )
    );
    return { value: void 0, diags };
  }
  const lookup = envLookup(envSpec, opts.envVars ?? {});
  const tables = [];
  const tableByName = /* @__PURE__ */ new Map();
  for (const t of project.tables) {
    const d = compileTable(project, t, opts.env, lookup, diags);
    if (!d) continue;
    tables.push(d);
    tableByName.set(d.name, d);
  }
  const udfs = [];
  const udfByName = /* @__PURE__ */ new Map();
  for (const u of project.udfs) {
    const artifact = u.spec && udfArtifact(project, u.name, opts.env);
    if (!u.spec || !artifact) continue;
    const d = { name: u.name, file: u.file, functions: u.spec.functions };
    if (artifact.jar !== void 0) d.jar = substitute(artifact.jar, lookup);
    if (artifact.files) d.files = artifact.files.map((f) => substitute(f, lookup));
    const yaml = project.loaded.udfs.find((s) => s.file === u.file)?.yaml;
    const overridden = project.config?.environments[opts.env]?.udfs?.[u.name] !== void 0;
    const locate3 = (key) => overridden ? project.loaded.config?.locate(["environments", opts.env, "udfs", u.name, key]) : yaml?.locate([key]);
    const jarAt = locate3("jar");
    if (jarAt) d.jarAt = jarAt;
    if (artifact.sha256) {
      d.sha256 = artifact.sha256.toLowerCase();
      const at2 = locate3("sha256");
      if (at2) d.sha256At = at2;
    }
    const classAt = {};
    for (const [i, f] of u.spec.functions.entries()) {
      const at2 = yaml?.locate(["functions", i, "class"]);
      if (at2) classAt[f.name.toLowerCase()] = at2;
    }
    if (Object.keys(classAt).length > 0) d.classAt = classAt;
    udfs.push(d);
    udfByName.set(d.name, d);
  }
  const functionCache = /* @__PURE__ */ new Map();
  const hashInputs = [];
  const jobs = [];
  const graphJobs = [];
  const laterNames = laterBuiltinNames(project);
  const laterCache = /* @__PURE__ */ new Map();
  for (const job of project.jobs) {
    if (!job.analysis) continue;
    const deps = jobDependencies(project, job);
    const settings = resolveSettings(config, opts.env, job.name, job.settings, lookup);
    const fnDdl = jarDdl(project, deps.functions, opts.env, lookup);
    const artifactPythonFiles = pythonFilesOf(project, deps.functions, opts.env, lookup);
    if (artifactPythonFiles !== void 0)
      fnDdl.push(`SET ${quoteString("python.files")} = ${quoteString(artifactPythonFiles)}`);
    for (const f of deps.functions) {
      if (!functionCache.has(f)) functionCache.set(f, functionDdl(project, f, opts.env, lookup));
      const ddl2 = functionCache.get(f);
      if (ddl2) fnDdl.push(ddl2);
    }
    const ddl = [];
    for (const t of [...deps.tables, ...deps.views]) {
      const d = tableByName.get(t.name);
      if (d) ddl.push(d.ddl);
    }
    const sent = job.analysis.statements.filter((st) => st.kind !== "client_command");
    const sqlLookup = sqlLiteralLookup(lookup);
    const statements = sent.map((st) => {
      const text = substitute(st.text, sqlLookup);
      if (text !== st.text) {
        const where = {
          sqlFile: job.sqlFile,
          env: opts.env,
          flinkVersion: config.flinkVersion,
          range: st.range
        };
        checkSubstituted(st, text, sqlLookup, where, diags);
      }
      return text;
    });
    const parts = scriptParts({
      job: job.name,
      env: opts.env,
      sqlFile: job.sqlFile,
      config: settings.config,
      functions: fnDdl,
      ddl,
      statements
    });
    const script = joinScript(parts);
    const udfNames = [
      ...new Set(
        deps.functions.map((f) => project.functionByName.get(f)?.udf).filter((u) => u !== void 0)
      )
    ].sort();
    const pythonFiles = pythonFileChecksums([
      ...Object.entries(settings.config),
      ...artifactPythonFiles !== void 0 ? [["python.files", artifactPythonFiles]] : [],
      ...sent.flatMap(
        (st) => st.kind === "set" && st.set?.key !== void 0 && st.set.value !== void 0 ? [[st.set.key, substitute(st.set.value, lookup)]] : []
      )
    ]);
    const jarStatements = sent.flatMap(
      (st, i) => st.kind === "add_jar" || st.kind === "create_function" ? [{ kind: st.kind, text: statements[i], ...st.function ? { function: st.function } : {} }] : []
    );
    const scriptJars = jarStatements.length > 0 ? scriptJarChecksums(jarStatements) : {};
    const jarChecksums2 = specChecksums(udfNames, (u) => udfByName.get(u)?.sha256, pythonFiles, scriptJars);
    const desired = {
      name: job.name,
      pipelineName: pipelineName2(config.project, opts.env, job.name),
      sqlFile: job.sqlFile,
      script,
      settings,
      restartHash: "",
      // below, on first use
      tables: deps.tables.map((t) => t.name),
      views: deps.views.map((v) => v.name).sort(),
      udfs: udfNames,
      functions: deps.functions,
      secrets: secretNames(script),
      sinks: job.writes,
      sources: deps.sources,
      sourceRanges: job.analysis.statements.map((st) => st.range)
    };
    if (job.yamlFile) desired.yamlFile = job.yamlFile;
    if (settings.movedFrom !== void 0) {
      const over = config.environments[opts.env]?.jobs?.[job.name]?.movedFrom !== void 0;
      const at2 = over ? project.loaded.config?.locate(["environments", opts.env, "jobs", job.name, "movedFrom"]) : project.loaded.jobs.find((j) => j.name === job.name)?.yaml?.locate(["movedFrom"]);
      if (at2) desired.movedFromAt = at2;
    }
    if (Object.keys(pythonFiles).length > 0) {
      desired.pythonFiles = pythonFiles;
      const pythonFunctions = scriptPythonFunctions(jarStatements, pythonFiles);
      if (Object.keys(pythonFunctions).length > 0) desired.scriptPythonFunctions = pythonFunctions;
    }
    if (Object.keys(scriptJars).length > 0) {
      desired.scriptJars = scriptJars;
      const jarFunctions = scriptJarFunctions(jarStatements, scriptJars);
      if (Object.keys(jarFunctions).length > 0) desired.scriptJarFunctions = jarFunctions;
    }
    if (job.localTables) desired.localTables = localTablesOf(job.localTables, lookup);
    desired.statementRanges = job.analysis.statements.map((st) => st.range);
    if (laterNames) {
      const calls = laterBuiltinCalls(project, job.name, deps, laterNames, laterCache);
      if (calls.length > 0) desired.laterBuiltinCalls = calls;
    }
    lazyFields(desired, opts.env);
    jobs.push(desired);
    hashInputs.push({ job: desired, parts, jarChecksums: jarChecksums2 });
    graphJobs.push({
      name: job.name,
      reads: job.reads,
      ...job.copies ? { copies: job.copies } : {},
      writes: job.writes,
      ...job.catalogTables ? { catalogTables: job.catalogTables } : {},
      ...desired.localTables ? { localTables: desired.localTables } : {},
      ...job.localViews ? { localViews: job.localViews, direct: job.direct ?? {} } : {},
      udfs: udfNames,
      ...settings.description ? { description: settings.description } : {}
    });
  }
  let uses;
  const shared = (part) => {
    if (!uses) {
      uses = /* @__PURE__ */ new Map();
      for (const { parts } of hashInputs) for (const p of parts) uses.set(p, (uses.get(p) ?? 0) + 1);
    }
    return uses.get(part) > 1;
  };
  const normalForms = pieceCache();
  for (const { job, parts, jarChecksums: jarChecksums2 } of hashInputs) {
    const { script, settings } = job;
    onFirstRead(
      job,
      "restartHash",
      () => hashOfNormalForm(
        normalizePieces(script, parts, SCRIPT_PART_SEPARATOR, shared, normalForms),
        settings,
        jarChecksums2
      )
    );
  }
  const graph = () => buildGraph({
    jobs: graphJobs,
    tables: project.tables.map((t) => ({
      name: t.name,
      objectKind: t.objectKind,
      kind: t.kind,
      ...t.spec?.description ? { description: t.spec.description } : {},
      reads: t.reads,
      topics: tableByName.get(t.name)?.topics ?? [],
      udfs: [
        ...new Set(
          t.functions.map((f) => project.functionByName.get(f)?.udf).filter((u) => u !== void 0)
        )
      ].sort()
    })),
    udfs: udfs.map((u) => ({ name: u.name }))
  });
  const environment = desiredEnvironment(opts.env, envSpec, opts.envVars ?? {});
  const state2 = {
    project: config.project,
    env: opts.env,
    flinkVersion: config.flinkVersion,
    ...envSpec.flinkVersion !== void 0 ? { flinkVersionOfEnvironment: true } : {},
    ...project.loaded.config ? {
      flinkVersionRange: project.loaded.config.locate(
        envSpec.flinkVersion !== void 0 ? ["environments", opts.env, "flinkVersion"] : ["flinkVersion"]
      )
    } : {},
    environment,
    environments: Object.keys(config.environments),
    jobs,
    tables,
    udfs,
    ...config.policy ? { policy: config.policy } : {}
  };
  onFirstRead(state2, "graph", graph);
  return { value: hasErrors(diags) ? void 0 : state2, diags };
});
var compileProject = (function compileProject(dir, opts) {
  const validated = loadAndValidate(
    dir,
    opts.envVars ? { env: opts.env, envVars: opts.envVars } : { env: opts.env }
  );
  const envReferences = envReferencesOf(validated.value);
  if (hasErrors(validated.diags)) return { value: void 0, diags: validated.diags, envReferences };
  const compiled = compile(validated.value, opts);
  return {
    value: compiled.value,
    diags: sortDiagnostics2([...validated.diags, ...compiled.diags]),
    envReferences
  };
});
var envReferencesOf = (function envReferencesOf(project) {
  return project.loaded.references.filter((r) => r.kind === "env").map((r) => ({ name: r.name, credential: !r.auth && r.key !== void 0 && isSensitiveKey(r.key) }));
});
// src/compile/model.ts
function ownRange(job, st) {
  const own = job.sourceRanges ?? [];
  const i = job.statements.indexOf(st) - (job.statements.length - own.length);
  return i >= 0 ? own[i] : void 0;
}
// src/compile/portable.ts
var revivedCompile = (function revivedCompile(r) {
  if (r.value) for (const job of r.value.jobs) lazyFields(job, r.value.env);
  return r;
});
// src/compile/runtime-mode.ts
var KEY = "execution.runtime-mode";
function scriptRuntimeMode(statements) {
  let mode;
  for (const st of statements) {
    if (st.kind === "set" && st.set?.key === KEY) mode = st.set.value;
    else if (st.kind === "reset" && (st.set?.key === void 0 || st.set.key === KEY)) mode = void 0;
  }
  return mode?.trim().toLowerCase();
}
function isBatchScript(statements) {
  return scriptRuntimeMode(statements) === "batch";
}
function isBatchJob(job) {
  return job.script.includes(KEY) && isBatchScript(job.statements);
}
var isBatchScriptText = (function isBatchScriptText(script) {
  return script.includes(KEY) && isBatchScript(analyzeScript(script, "").statements);
});
// src/compile/substitution-problems.ts

import {
  cronOf
} from "./chunk-HCV42XU2.mjs";
import {
  KAFKA_CONNECTORS as KAFKA_CONNECTORS2,
  jobTopicKeys,
  jobTopicUses,
  kafkaTopicKeys as kafkaTopicKeys2,
  tableTopicKeys,
  topicOfKey as topicOfKey2,
  topicsRead as topicsRead2
} from "./chunk-MTN3MEF7.mjs";
import {
  endpointId,
  shownUrl as shownUrl2
} from "./chunk-PG4X7Q6A.mjs";
import {
  AGGREGATE_FUNCTIONS,
  WINDOW_TVFS,
  analyzeScript as analyzeScript2,
  normalizeSql as normalizeSql2,
  quoteString as quoteString2,
  splitStatements
} from "./chunk-2KEB7JXC.mjs";
import {
  resolveSecrets,
  resolveSecretsInValue as resolveSecretsInValue2
} from "./chunk-DPJDA3R2.mjs";
import {
  closingParen,
  isOp,
  isWord
} from "./chunk-BYIOOC32.mjs";
import {
  canonicalJson,
  fingerprint as fingerprint2,
  sha256
} from "./chunk-QDFCQ7OG.mjs";
import {
  atLeast as atLeast3,
  majorMinor,
  parseFlinkVersion as parseFlinkVersion4,
  releaseAtLeast
} from "./chunk-2J7UGB3X.mjs";
import {
  escapeRegExp as escapeRegExp2
} from "./chunk-MHE3XHPS.mjs";
import {
  formatAge
} from "./chunk-H5WAOW7W.mjs";
import {
  LABEL_KEYS,
  isIdentifier as isIdentifier2,
  pipelineName as pipelineName3,
  suggestIdentifier
} from "./chunk-EKKRR5UX.mjs";
import {
  error as error6,
  formatLocation as formatLocation2,
  hasErrors as hasErrors2,
  positionIn as positionIn2,
  sortDiagnostics as sortDiagnostics3,
  warning
} from "./chunk-FYVUM4PK.mjs";
// src/plan/model.ts
var PLAN_FORMAT_VERSION = 1;
var ACTION_KINDS = [
  "create",
  "upgrade",
  "rescale",
  "suspend",
  "resume",
  "recover",
  "delete",
  "adopt",
  "none"
];
var changeMode = (function changeMode(c) {
  return c.action === "upgrade" ? c.strategy : c.action === "rescale" ? c.rescaleMode : void 0;
});
var summarize = (function summarize(changes) {
  const counts = Object.fromEntries(ACTION_KINDS.map((k) => [k, 0]));
  for (const c of changes) if (!c.refused) counts[c.action]++;
  return counts;
});
var hasChanges = (function hasChanges(plan) {
  return plan.changes.some(
    (c) => c.action !== "none" && !c.refused || c.action === "none" && (c.verify !== void 0 || c.releases !== void 0 || c.resolves !== void 0 || c.syncs !== void 0 || c.recordsEndpoint !== void 0)
  );
});
var differs = (function differs(plan) {
  return hasChanges(plan) || plan.changes.some((c) => c.action !== "none" && c.refused !== void 0);
});
var holdsRollback = (function holdsRollback(change2) {
  return change2.action === "none" && change2.causes?.some((c) => c.path === "rolled-back") === true;
});
var stopsByCancel = (function stopsByCancel(change2) {
  if (change2.refused || change2.batch || !change2.liveJobId || !refusesSavepoint(change2.liveState))
    return false;
  switch (change2.action) {
    case "upgrade":
      return change2.strategy === "savepoint";
    case "rescale":
      return change2.rescaleMode !== "in-place";
    case "suspend":
    case "delete":
      return true;
    default:
      return false;
  }
});
// src/render/actions.ts
var actionLook = (function actionLook(kind) {
  switch (kind) {
    case "create":
      return { symbol: "+", color: "green", emoji: "\u{1F195}", future: "will be created" };
    case "upgrade":
      return { symbol: "~", color: "yellow", emoji: "\u{1F504}", future: "will be upgraded" };
    case "rescale":
      return { symbol: "\u2195", color: "cyan", emoji: "\u2195\uFE0F", future: "will be rescaled" };
    case "suspend":
      return { symbol: "\u23F8", color: "yellow", emoji: "\u23F8\uFE0F", future: "will be suspended" };
    case "resume":
      return { symbol: "\u25B6", color: "green", emoji: "\u25B6\uFE0F", future: "will be resumed" };
    case "recover":
      return { symbol: "\u27F2", color: "cyan", emoji: "\u{1FA79}", future: "will be recovered" };
    case "delete":
      return { symbol: "-", color: "red", emoji: "\u{1F5D1}\uFE0F", future: "will be deleted" };
    case "adopt":
      return { symbol: "\u21D0", color: "magenta", emoji: "\u{1F4E5}", future: "will be adopted" };
    case "none":
      return { symbol: " ", color: "dim", emoji: "", future: "is unchanged" };
    default: {
      const never = kind;
      throw new Error(`unknown action ${String(never)}`);
    }
  }
});
var DISPLAY_ORDER = [
  "create",
  "upgrade",
  "rescale",
  "suspend",
  "resume",
  "recover",
  "adopt",
  "delete"
];
var ALWAYS_COUNTED = /* @__PURE__ */ new Set(["create", "upgrade", "rescale", "delete"]);
var refusedChanges = (function refusedChanges(plan) {
  return plan.changes.filter((c) => c.action !== "none" && c.refused);
});
var visibleChanges = (function visibleChanges(plan) {
  return [...plan.changes].filter((c) => c.action !== "none").sort((a, b) => compareText(a.job, b.job));
});
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var countActions = (function countActions(plan) {
  return summarize(plan.changes);
});
var summaryLine = (function summaryLine(plan) {
  const checks = plan.changes.filter((c) => c.action === "none" && c.verify !== void 0).length;
  const unfinished = checks ? `${checks} health check${checks === 1 ? "" : "s"} to finish` : "";
  const holds3 = plan.changes.filter(holdsRollback).length;
  const held = holds3 ? `${holds3} rolled-back change${holds3 === 1 ? "" : "s"} held (FO601)` : "";
  const releases = plan.changes.filter((c) => c.action === "none" && c.releases !== void 0).length;
  const released = releases ? `${releases} rolled-back change${releases === 1 ? "" : "s"} no longer held (FO605)` : "";
  const resolves = plan.changes.filter((c) => c.action === "none" && c.resolves !== void 0).length;
  const interrupted2 = resolves ? `${resolves} interrupted operation${resolves === 1 ? "" : "s"} to look up (FO616)` : "";
  const syncs = plan.changes.filter((c) => c.action === "none" && c.syncs !== void 0).length;
  const synced = syncs ? `${syncs} job${syncs === 1 ? "" : "s"} to record in the state store (FO612)` : "";
  const endpoints = plan.changes.filter((c) => c.action === "none" && c.recordsEndpoint !== void 0).length;
  const located = endpoints ? `the JobManager endpoint of ${endpoints} job${endpoints === 1 ? "" : "s"} to record in the state store (FO736)` : "";
  if (plan.changes.every((c) => c.action === "none")) {
    if ((synced || located) && !unfinished && !interrupted2)
      return `No changes to the cluster: ${[...synced ? [synced] : [], ...located ? [located] : [], ...released ? [released] : [], ...held ? [held] : []].join(", ")}; apply records ${syncs + endpoints + releases === 1 ? "it" : "them"}.`;
    if (unfinished || interrupted2)
      return `Plan: ${[...unfinished ? [unfinished] : [], ...interrupted2 ? [interrupted2] : [], ...held ? [held] : [], ...released ? [released] : []].join(", ")}.`;
    if (released)
      return `No changes to the cluster: ${[released, ...held ? [held] : []].join(", ")}; apply records ${releases === 1 ? "it" : "them"}.`;
    if (held) return `No changes: ${held}.`;
    const count = (code2) => plan.diagnostics.filter((d) => d.code === code2).length;
    const jobs = (n, one, many) => `${n} job${n === 1 ? "" : "s"} ${n === 1 ? one : many}`;
    const waiting = count("FO658");
    const unhealthy = count("FO606");
    const below = count("FO607");
    if (plan.diagnostics.some((d) => d.severity === "error")) return "No changes planned.";
    const but = [
      ...waiting ? [`${jobs(waiting, "waits", "wait")} for task slots (FO658)`] : [],
      ...unhealthy ? [`${jobs(unhealthy, "is", "are")} not healthy (FO606)`] : [],
      ...below ? [`${jobs(below, "runs", "run")} below ${below === 1 ? "its" : "their"} parallelism (FO607)`] : []
    ];
    if (but.length) return `No changes, but ${but.join(", ")}.`;
    return plan.target?.omitted.length ? "No changes to the targeted jobs." : "No changes. The cluster matches the repository.";
  }
  const counts = countActions(plan);
  const parts = DISPLAY_ORDER.filter((k) => ALWAYS_COUNTED.has(k) || counts[k] > 0).map(
    (k) => `${counts[k]} to ${k}`
  );
  return `Plan: ${[...parts, ...unfinished ? [unfinished] : [], ...interrupted2 ? [interrupted2] : [], ...held ? [held] : [], ...released ? [released] : [], ...located ? [located] : []].join(", ")}.`;
});
var refusedLine = (function refusedLine(plan, name = (j) => j) {
  const refused2 = refusedChanges(plan);
  const failed3 = plan.diagnostics.some((d) => d.severity === "error");
  if (refused2.length === 0)
    return failed3 ? "The plan has errors: apply changes nothing until they are fixed." : "";
  const names = refused2.map((c) => c.job).sort(compareText);
  const n = refused2.length;
  const list = names.map(name).join(", ");
  return failed3 ? `${n} change${n === 1 ? "" : "s"} refused: ${list}. The plan has errors: apply changes nothing until they are fixed.` : `${n} change${n === 1 ? "" : "s"} refused and will be skipped: ${list}.`;
});
var actionsPresent = (function actionsPresent(plan) {
  const present = new Set(plan.changes.map((c) => c.action));
  return DISPLAY_ORDER.filter((k) => present.has(k));
});
var clusterLine = (function clusterLine(plan, name = (t) => t) {
  const c = plan.cluster;
  if (!c || c.from === "flinkops.yaml") return "";
  const why = c.from === "FLINKOPS_JOBMANAGER_URL" ? "from FLINKOPS_JOBMANAGER_URL" : "given to this run (--jobmanager-url, or the jobmanager-url input)";
  return `Cluster: ${name(c.jobmanagerUrl)}, ${why}, not the jobmanagerUrl of ${name(plan.env)} in flinkops.yaml.`;
});
var causeIsNote = (function causeIsNote(c) {
  return c.from === void 0 && c.to !== void 0 && c.kind !== "setting" && c.kind !== "script";
});
// src/apply/codes.ts
var APPLY_CODES = {
  /** The plan was computed against another store version or cluster state. */
  stalePlan: "FO701",
  /** The plan was made without looking at the cluster. */
  offlinePlan: "FO702",
  /** A savepoint (or stop-with-savepoint) failed. */
  savepointFailed: "FO703",
  /** A savepoint did not complete in time. */
  savepointTimeout: "FO704",
  /** The new job did not become healthy. */
  unhealthy: "FO705",
  /** Rolling back to the last stable version failed too. */
  rollbackFailed: "FO706",
  /** The script could not be submitted. */
  submitFailed: "FO707",
  /** The job the plan acts on could not be cancelled or is gone. */
  cancelFailed: "FO708",
  /** An in-place rescale failed. */
  rescaleFailed: "FO709",
  /** No completed checkpoint to carry state over (last-state upgrade, or a job that can take no savepoint). */
  noCheckpoint: "FO710",
  /** The plan and the desired state disagree (a job is missing). */
  planMismatch: "FO711",
  /** The job was rolled back: the apply failed, the previous version runs. */
  rolledBack: "FO712",
  /** A saved plan is for another project or environment. */
  planForOtherEnv: "FO713",
  /** The repository changed since a saved plan was made. */
  repositoryChanged: "FO714",
  /** The state lock could not be released after the run. */
  unlockFailed: "FO715",
  /** Warning: a job not RUNNING (crash-looping) could take no savepoint and was stopped by cancel. */
  stoppedByCancel: "FO716",
  /** Warning: the run was asked to stop (Ctrl-C, CI cancel) before a change finished. */
  interrupted: "FO717",
  /** planMode: compiled — the plan file is missing, unreadable or not the bytes the plan names. */
  compiledPlanMismatch: "FO718",
  /** Warning: renewing the state lock failed while the run waited; it is tried again. */
  lockRenewFailed: "FO723",
  /** Warning: a read the run could go on without (a job's state, its checkpoints) failed. */
  readFailed: "FO719",
  /** Warning: the adaptive scheduler runs the new job below its parallelism, for want of free task slots. */
  belowParallelism: "FO724",
  /** The SQL Gateway does not answer, and the plan stops jobs it would then have to start through it. */
  gatewayUnreachable: "FO725",
  /** A saved plan was made against another cluster (JobManager) than the one this run reaches. */
  planForOtherCluster: "FO726",
  /** Error: after the new job's health check, another job of its name runs beside it (a second apply with another store). */
  otherInstance: "FO728",
  /** Info: the new job checkpoints nothing: its health was judged on its tasks running through the grace period. */
  healthWithoutCheckpoints: "FO741"
};
// src/apply/context.ts
var DEFAULT_TIMING = {
  graceMs: 3e4,
  startTimeoutMs: 3e5,
  savepointTimeoutMs: 6e5,
  cancelTimeoutMs: 12e4,
  checkpointWaitMs: 6e5,
  rescaleTimeoutMs: 3e5,
  submitTimeoutMs: 3e5,
  batchTimeoutMs: 72e5,
  unreachableMs: 12e4,
  lockTtlMs: 9e5,
  lockTimeoutMs: 0,
  pollInitialMs: 200,
  pollMaxMs: 5e3,
  pollFactor: 1.25
};
var StoreSession = class {
  constructor(store, read2, lock, clock, ttlMs, guard2, secretValues) {
    this.store = store;
    this.lock = lock;
    this.clock = clock;
    this.ttlMs = ttlMs;
    this.guard = guard2;
    this.secretValues = secretValues;
    this.base = read2.doc;
    this.at = read2.version;
    this.renewedAt = clock.now();
  }
  store;
  lock;
  clock;
  ttlMs;
  guard;
  secretValues;
  chain = Promise.resolve();
  renewedAt;
  queue = [];
  /** The document as last read or written whole, its records written since, and the store's version. */
  base;
  changed = /* @__PURE__ */ new Map();
  at;
  /** What the session noticed and could live with (a lock renewal that failed): warnings for the report. */
  warnings = [];
  get version() {
    return this.at;
  }
  get heldLock() {
    return this.lock;
  }
  record(job) {
    return this.changed.get(job) ?? this.base.jobs[job];
  }
  serial(fn) {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => {
    });
    return next;
  }
  /**
   * Applies `edit` to the document as `job` sees it (the top-level fields and its own record
   * only: an edit changes nothing else) and writes it; a no-op edit writes nothing.
   */
  update(job, message2, edit) {
    return new Promise((resolve6, reject) => {
      this.queue.push({ job, message: message2, edit, done: (e) => e === void 0 ? resolve6() : reject(e) });
      if (this.queue.length === 1) void this.serial(() => this.flush());
    });
  }
  /**
   * A rename: the record of `from` becomes `to`'s (`make` builds it from the old record and
   * whatever `to` holds, a deleted job's record), and `from` leaves the document, in one write of
   * the whole document. Nothing to do when `from` has no record (moved already) or `to` holds a
   * job that is not deleted (the plan refuses that rename).
   */
  moveRecord(from, to, message2, make) {
    return this.serial(async () => {
      this.guard();
      const old = this.record(from);
      const replaced2 = this.record(to);
      if (!old || replaced2 && replaced2.status !== "deleted") return;
      await this.renewNow(false);
      const jobs = { ...this.base.jobs };
      for (const [name, record3] of this.changed) jobs[name] = record3;
      delete jobs[from];
      jobs[to] = make(old, replaced2);
      const doc = { ...this.base, jobs };
      const { version } = await this.store.write(doc, this.at, {
        message: message2,
        secretValues: this.secretValues()
      });
      this.rebase(doc, version);
    });
  }
  /** Writes every queued edit in one compare-and-swap. */
  async flush() {
    const batch = this.queue;
    this.queue = [];
    const live2 = [];
    for (const q of batch) {
      try {
        this.guard();
        live2.push(q);
      } catch (e) {
        q.done(e);
      }
    }
    if (live2.length === 0) return;
    try {
      await this.renewNow(false);
      const jobs = editedRecords(live2, this.base, (job) => this.record(job));
      if (Object.keys(jobs).length > 0) {
        const meta = { message: live2.map((q) => q.message).join("; "), secretValues: this.secretValues() };
        try {
          await this.write(jobs, meta);
        } catch (e) {
          if (!(e instanceof StateConflictError)) throw e;
          const fresh = await this.store.read();
          const again = editedRecords(live2, fresh.doc, (job) => fresh.doc.jobs[job]);
          const doc = { ...fresh.doc, jobs: { ...fresh.doc.jobs, ...again } };
          const { version } = await this.store.write(doc, fresh.version, meta);
          this.rebase(doc, version);
        }
      }
      for (const q of live2) q.done();
    } catch (e) {
      for (const q of live2) q.done(e);
    }
  }
  /** Writes the changed records: just those when the store can, else the whole document. */
  async write(jobs, meta) {
    const written = await this.store.writeJobs?.(jobs, this.at, meta);
    if (written) {
      for (const name in jobs) this.changed.set(name, jobs[name]);
      this.at = written.version;
      return;
    }
    const all = { ...this.base.jobs };
    for (const [name, record3] of this.changed) all[name] = record3;
    Object.assign(all, jobs);
    const doc = { ...this.base, jobs: all };
    const { version } = await this.store.write(doc, this.at, meta);
    this.rebase(doc, version);
  }
  rebase(doc, version) {
    this.base = doc;
    this.changed.clear();
    this.at = version;
  }
  /** Renews the lock once a third of its time-to-live has passed. */
  renewIfDue() {
    return this.serial(() => this.renewNow(false));
  }
  /**
   * Renews in the background (while a poll waits): a failure is kept as a warning, once per
   * cause, and the renewal is tried again at the next poll, then before the next write (which
   * fails if the lock is really lost).
   */
  renewInBackground() {
    void this.renewIfDue().catch((e) => {
      const cause = e instanceof Error ? e.message : String(e);
      if (this.warnings.some((w) => w.code === APPLY_CODES.lockRenewFailed && w.summary.endsWith(cause)))
        return;
      this.warnings.push(
        warning(
          APPLY_CODES.lockRenewFailed,
          `renewing the state lock failed: ${cause}`,
          `The run goes on and tries again at the next poll; a write fails if the lock was really lost (another run took it over). Check the state store (${this.store.location}).`
        )
      );
    });
  }
  async renewNow(force) {
    if (!force && this.clock.now() - this.renewedAt < this.ttlMs / 3) return;
    this.lock = await this.store.renew(this.lock, this.ttlMs);
    this.renewedAt = this.clock.now();
  }
  async release() {
    await this.chain;
    await this.store.unlock(this.lock);
  }
};
function editedRecords(edits2, top, recordOf2) {
  const now = /* @__PURE__ */ new Map();
  for (const q of edits2) {
    const record3 = now.has(q.job) ? now.get(q.job) : recordOf2(q.job);
    const view = { ...top, jobs: record3 ? { [q.job]: record3 } : {} };
    const out2 = q.edit(view);
    if (out2 === view) continue;
    const names = Object.keys(out2.jobs);
    const next = out2.jobs[q.job];
    if (names.length !== (next ? 1 : 0) || record3 && !next || Object.keys(out2).length !== Object.keys(view).length || out2.formatVersion !== view.formatVersion || out2.project !== view.project || out2.env !== view.env || out2.alerts !== view.alerts)
      throw new Error(`bug: an edit of job ${q.job} in the state store changed more than its record`);
    now.set(q.job, next);
  }
  const out = {};
  for (const [job, record3] of now) if (record3 && record3 !== recordOf2(job)) out[job] = record3;
  return out;
}
function guard(signal) {
  if (signal.aborted) throw signal.reason;
}
function mask(ctx, text) {
  return maskSecrets(text, ctx.secretValues);
}
function pollOptions(ctx, job, what, timeoutMs) {
  return {
    clock: ctx.clock,
    timeoutMs,
    signal: ctx.signal,
    initialDelayMs: ctx.timing.pollInitialMs,
    maxDelayMs: ctx.timing.pollMaxMs,
    factor: ctx.timing.pollFactor,
    onProgress: (p) => {
      ctx.emit({
        type: "poll-progress",
        job,
        what,
        attempt: p.attempt,
        elapsedMs: p.elapsedMs,
        ...p.progress !== void 0 ? { progress: p.progress } : {}
      });
      ctx.store.renewInBackground();
    }
  };
}
async function clusterVersion(client) {
  const v = (await client.capabilities()).flinkVersion;
  return v ? { flinkVersion: `${v.major}.${v.minor}` } : {};
}
function iso(clock) {
  return new Date(clock.now()).toISOString();
}
// src/plan/codes.ts
var PLAN_CODES = {
  /** Warning: a change an apply rolled back is asked for again, unchanged: it is held, not tried again. */
  rolledBackHeld: "FO601",
  /** Info: a held rolled-back change is no longer asked for (the repository went back to what runs): apply forgets it. */
  rolledBackReleased: "FO605",
  /** Warning: a recovery restores older state than the job's last checkpoint, which Flink discarded. */
  recoveryRewinds: "FO602",
  /** Warning: the jobs a plan starts need more task slots than the cluster will have free. */
  slotsShort: "FO603",
  /**
   * Warning: a managed job the plan leaves alone is not healthy: RESTARTING or FAILING, or RUNNING
   * between the failures of a restart loop. Flink's root cause and what to do; "No changes, but".
   */
  unhealthy: "FO606",
  /** Warning: a job the plan leaves alone runs below its parallelism (adaptive scheduler, too few slots). */
  belowParallelism: "FO607",
  /**
   * Warning: a streaming job with stateful operators starts without checkpointing: every failure
   * restarts it without its state, and an upgrade has no checkpoint to fall back on.
   */
  stateWithoutCheckpoints: "FO742",
  /** Warning: a change restores the restoreFrom pin, a savepoint retention disposed of (Flink deleted it). */
  pinDisposed: "FO604",
  /** Error: one managed job runs more than once on the cluster. */
  duplicateJob: "FO610",
  /** Warning: a deletion is wanted but not allowed. */
  deleteRefused: "FO611",
  /** Warning: the live job was changed outside flinkops. */
  drift: "FO612",
  /** Warning: a job is adopted whose script is not known. */
  adoptUnknownScript: "FO613",
  /** Warning: a resume or recovery has nothing to restore from. */
  noRestorePoint: "FO614",
  /** Warning: a schedule window could not be evaluated. */
  scheduleNotEvaluated: "FO615",
  /** Warning: an earlier apply stopped half way through an operation. */
  pendingOperation: "FO616",
  /** Warning: an upgrade will not restore its state, or drops some of it. */
  stateIncompatible: "FO617",
  /** Info: a job is in a transitional state; it is left alone this time. */
  transitional: "FO618",
  /** Warning: a job an earlier apply started has not finished its health check. */
  unverified: "FO619",
  /** Warning: a job alive but not RUNNING takes no savepoint; apply stops it by cancel from its latest checkpoint. */
  stopByCancel: "FO625",
  /** Warning: a job runs with flinkops labels, but the state store has no record of it (reset or lost). */
  unrecorded: "FO626",
  /** A change would restore a checkpoint that the cancel before it deletes (not retained on cancellation). */
  checkpointsNotRetained: "FO627",
  /**
   * A job waits for task slots (CREATED, RESTARTING): it does not run. Error when a change needs
   * its latest checkpoint and the adaptive scheduler, which shows none while it waits, has it.
   */
  waitingForSlots: "FO658",
  /**
   * Warning: a job vanished from the cluster (a JobManager restarted without high availability):
   * its recovery restores the newest state the store knows, and newer state Flink forgot may be on disk.
   */
  vanishedState: "FO659",
  /**
   * Warning: jobs the store records running vanished from a cluster that runs another
   * environment's jobs of the project and none of this one's: the endpoints may be that
   * environment's, and the recoveries would run this environment's jobs twice.
   */
  otherEnvironmentsCluster: "FO682",
  /**
   * Warning: jobs the store records running are gone from the cluster, and were started through
   * another JobManager endpoint: the environment may point at another cluster now, and the
   * recoveries would run them twice.
   */
  otherEndpoint: "FO739",
  /**
   * Info: jobs running on the cluster the plan reached have store records without the endpoint
   * they run through (a store written before format 5): apply records it, restarting nothing.
   */
  endpointUnrecorded: "FO736",
  /**
   * Warning: a resume or recovery passes over savepoints of the job that a newer major Flink release
   * wrote than the cluster runs (it cannot read them), and restores older state.
   */
  newerReleaseSavepoint: "FO666",
  /**
   * Warning: a job that called a UDF on the release it last ran on restarts on a release that made
   * the UDF's name a built-in: the call runs Flink's function, never the UDF.
   */
  udfBecomesBuiltin: "FO668",
  /**
   * Warning: a resume or recovery would restore the path its last start failed on because Flink
   * could not find it (deleted, or edited in the store): refused rather than fail the same way.
   */
  restorePointGone: "FO671",
  /**
   * Warning: an upgrade from a savepoint moves a Kafka source to another topic: the restored
   * KafkaSource goes on reading the partitions of the old one as well.
   */
  kafkaTopicMoved: "FO672",
  /**
   * Warning: an upgrade from a savepoint changes where a Kafka source starts (`scan.startup.mode`,
   * its offsets or timestamp, the group of `group-offsets`): the restored source resumes from its
   * savepoint's offsets, and the new setting is not used.
   */
  kafkaStartIgnored: "FO673",
  /**
   * Warning: an upgrade from a savepoint moves an upsert sink (upsert-kafka, jdbc) to another topic
   * or table: the restored operators write only the keys that change again.
   */
  upsertSinkMoved: "FO674",
  /** Warning: a source column is renamed in a table whose format reads fields by name (json): it reads NULL. */
  fieldRenamed: "FO675",
  /** Warning: source columns move in a table whose format reads fields by position (csv): they read other fields. */
  fieldMoved: "FO676",
  /**
   * Warning: a restart runs a changed CREATE ... IF NOT EXISTS of a catalog that keeps its objects:
   * the object exists, so Flink skips the statement and the change never reaches it.
   */
  keptDefinition: "FO116",
  /** Warning: a deleted job's postgres-cdc sources leave their replication slots (and the WAL they hold) in PostgreSQL. */
  cdcSlotLeft: "FO679",
  /** Warning: an upgrade from a savepoint points a Flink CDC source at another database table: the sinks keep the old table's rows. */
  cdcTableMoved: "FO680",
  /**
   * Warning: an upgrade moves a job onto the heap state backend (hashmap) with more state than a
   * tenth of a TaskManager's task heap holds for it: the restore may run the TaskManager out of memory.
   */
  heapStateTooLarge: "FO685",
  /** Warning: a job is created while a job writing the same table is deleted (a rename): its state does not follow. */
  renamed: "FO628",
  /** Said by the plan before the deletion is applied (FO7xx: apply carries the deletion out). */
  topicLeftUnwritten: "FO730",
  /** A targeted plan: said of the changes apply carries out. */
  topicSplitByTarget: "FO731",
  /** Info: `--replace JOB` names a job that does not run: there is nothing to restart. */
  nothingToReplace: "FO629",
  /** Warning: a job is created while a job started outside flinkops ended under its name and left state. */
  handJobState: "FO633",
  /** Warning: a job adopted under the managed name writes other tables than the repository's job. */
  adoptOtherQuery: "FO634",
  /** Warning: a first plan creates jobs whose names run for another project here (a renamed project?). */
  projectNamesakes: "FO635",
  /** Warning: a job runs with another max parallelism than the store recorded (an older flinkops did not send it). */
  maxParallelismDrift: "FO636",
  /** Error: an in-place rescale above the running job's max parallelism, which Flink never reaches. */
  aboveMaxParallelism: "FO667",
  /** Warning: a job flinkops deployed was replaced by one without labels, started outside it; adopting keeps that. */
  replacedByHand: "FO638",
  /** Warning: a job alive under a managed name that flinkops never started (no labels, no record) is left alone. */
  unmanaged: "FO639",
  /** Warning: a deleted job is created again without its final savepoint: its sources start where their startup mode says. */
  createdAgainWithoutState: "FO693",
  /**
   * Warning: a change would undo what another checkout applied: the job's last change came from a
   * commit this checkout does not contain (behind, or not fetched). Refused.
   */
  olderCheckout: "FO684"
};
var POLICY_CODES = {
  /** Error: a protected job would be deleted. */
  protectedDelete: "FO620",
  /** Error: a protected job would be upgraded without its state. */
  protectedStateless: "FO621",
  /** Warning: a deletion in this environment needs --allow-delete. */
  deleteNeedsFlag: "FO622",
  /** Error: a job's parallelism is above the environment's maximum. */
  maxParallelism: "FO623",
  /** Error: an upgrade incompatible with its savepoint (or dropping state), in an environment that refuses those. */
  incompatibleUpgrade: "FO624",
  /** Error: a rename (movedFrom) of a protected job to a name policy.protectedJobs does not list (FO60x: a plan code). */
  protectedRename: "FO609"
};
// src/plan/query-features.ts
var JOIN_PREFIXES = /* @__PURE__ */ new Set(["LEFT", "RIGHT", "FULL", "INNER", "CROSS", "OUTER", "NATURAL"]);
var CLAUSE_END = /* @__PURE__ */ new Set([
  "WHERE",
  "GROUP",
  "HAVING",
  "ORDER",
  "LIMIT",
  "WINDOW",
  "UNION",
  "INTERSECT",
  "EXCEPT",
  "JOIN",
  "LEFT",
  "RIGHT",
  "FULL",
  "INNER",
  "CROSS",
  "SELECT",
  "FROM",
  "INSERT",
  "END"
]);
function tokenText(src, tokens) {
  if (tokens.length === 0) return "";
  return normalizeSql2(src.slice(tokens[0].start, tokens[tokens.length - 1].end));
}
function clause(tokens, from) {
  const out = [];
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (isOp(t, "(")) depth++;
    else if (isOp(t, ")")) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (isOp(t, ";") || t.kind === "word" && CLAUSE_END.has(t.value))) break;
    out.push(t);
  }
  return out;
}
function joinType(tokens, joinAt) {
  const words = [];
  for (let i = joinAt - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.kind !== "word" || !JOIN_PREFIXES.has(t.value)) break;
    words.unshift(t.value);
  }
  const type = words.filter((w) => w !== "OUTER" && w !== "NATURAL");
  return type.length === 0 ? "INNER" : type.join(" ");
}
function queryFeatures(src, tokens) {
  const f = {
    groupBy: [],
    aggregates: 0,
    joins: [],
    windows: [],
    over: 0,
    rowNumber: 0,
    matchRecognize: 0,
    distinct: 0,
    filters: 0
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word") continue;
    const next = tokens[i + 1];
    if (t.value === "GROUP" && isWord(next, "BY")) {
      f.groupBy.push(tokenText(src, clause(tokens, i + 2)));
    } else if (t.value === "JOIN") {
      f.joins.push(describeJoin(src, tokens, i));
    } else if (WINDOW_TVFS.has(t.value) && isOp(next, "(")) {
      const end = closingParen(tokens, i + 1);
      f.windows.push(`${t.value}(${intervals(src, tokens.slice(i + 2, end)).join(", ")})`);
    } else if (t.value === "OVER" && (isOp(next, "(") || next?.kind === "word" || next?.kind === "quoted")) {
      f.over++;
    } else if (t.value === "ROW_NUMBER" && isOp(next, "(")) {
      f.rowNumber++;
    } else if (t.value === "MATCH_RECOGNIZE") {
      f.matchRecognize++;
    } else if (t.value === "DISTINCT") {
      f.distinct++;
    } else if (t.value === "WHERE" || t.value === "HAVING") {
      f.filters++;
    } else if (AGGREGATE_FUNCTIONS.has(t.value) && isOp(next, "(")) {
      const end = closingParen(tokens, i + 1);
      if (!isWord(tokens[end + 1], "OVER")) f.aggregates++;
    }
  }
  return f;
}
function describeJoin(src, tokens, joinAt) {
  let type = joinType(tokens, joinAt);
  let i = joinAt + 1;
  if (isWord(tokens[i], "LATERAL")) return `${type} JOIN LATERAL (stateless)`;
  let target = "";
  let on = "";
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (isOp(t, "(")) {
      i = closingParen(tokens, i);
      if (!target) target = "(subquery)";
      continue;
    }
    if (isWord(t, "FOR") && isWord(tokens[i + 1], "SYSTEM_TIME"))
      type = type === "INNER" ? "LOOKUP" : `${type} LOOKUP`;
    if (!target && (t.kind === "word" || t.kind === "quoted")) {
      let end = i;
      while (isOp(tokens[end + 1], ".") && (tokens[end + 2]?.kind === "word" || tokens[end + 2]?.kind === "quoted"))
        end += 2;
      target = tokenText(src, tokens.slice(i, end + 1));
      i = end;
      continue;
    }
    if (isWord(t, "ON")) {
      on = tokenText(src, clause(tokens, i + 1));
      break;
    }
    if (isWord(t, "USING") && isOp(tokens[i + 1], "(")) {
      on = `USING ${tokenText(src, tokens.slice(i + 1, closingParen(tokens, i + 1) + 1))}`;
      break;
    }
    if (isOp(t, ";") || isOp(t, ")") || t.kind === "word" && CLAUSE_END.has(t.value)) break;
  }
  return `${type} JOIN ${target}${on ? ` ON ${on}` : ""}`;
}
function intervals(src, tokens) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], "INTERVAL")) continue;
    const parts = [tokens[i + 1], tokens[i + 2]].filter((t) => t !== void 0);
    out.push(`INTERVAL ${tokenText(src, parts)}`);
  }
  return out;
}
function statefulOperators(f) {
  const m2 = /* @__PURE__ */ new Map();
  const put = (k, n) => {
    if (n > 0) m2.set(k, n);
  };
  put("aggregation (GROUP BY)", f.groupBy.length > 0 ? f.groupBy.length : f.aggregates > 0 ? 1 : 0);
  put("JOIN", f.joins.filter((j) => !j.endsWith("(stateless)")).length);
  put("window TVF", f.windows.length);
  put("OVER aggregation", f.over);
  put("ROW_NUMBER (deduplication / top-n)", f.rowNumber);
  put("MATCH_RECOGNIZE", f.matchRecognize);
  put("DISTINCT", f.distinct);
  return m2;
}
// src/plan/script-shape.ts
function tokenKey(tokens) {
  return tokens.map((t) => `${t.kind}:${t.value}`).join("");
}
var unquote = ((s) => s.replace(/^'(.*)'$/s, "$1"));
function qualifiedName(tokens, i) {
  let name = "";
  let j = i;
  while (j < tokens.length && (tokens[j].kind === "word" || tokens[j].kind === "quoted")) {
    name = tokens[j].kind === "word" ? tokens[j].value.toLowerCase() : tokens[j].value;
    if (isOp(tokens[j + 1], ".")) j += 2;
    else return [name, j + 1];
  }
  return [name, j];
}
function skipWords(tokens, i, words) {
  let j = i;
  while (j < tokens.length && tokens[j].kind === "word" && words.includes(tokens[j].value)) j++;
  return j;
}
function readHints(tokens) {
  return namedReads(tokens).filter((r) => r[1] !== void 0);
}
function namedReads(tokens) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], "FROM") && !isWord(tokens[i], "JOIN")) continue;
    const n = tokens[i + 1];
    if (!n || n.kind !== "word" && n.kind !== "quoted") continue;
    const [name, after] = qualifiedName(tokens, i + 1);
    if (!name) continue;
    const h = tokens[after];
    out.push([name, h?.kind === "hint" && /^\s*OPTIONS\s*\(/i.test(h.value) ? h.value : void 0]);
  }
  return out;
}
function readsOf(tokens) {
  const ctes = /* @__PURE__ */ new Set();
  const reads = /* @__PURE__ */ new Set();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t.kind === "word" || t.kind === "quoted") && isWord(tokens[i + 1], "AS") && isOp(tokens[i + 2], "(")) {
      const prev = tokens[i - 1];
      if (isWord(prev, "WITH") || isOp(prev, ","))
        ctes.add(t.kind === "word" ? t.value.toLowerCase() : t.value);
    }
    if (isWord(t, "FROM") || isWord(t, "JOIN") || isWord(t, "TABLE") && !isOp(tokens[i + 1], "(")) {
      const n = tokens[i + 1];
      if (!n || isOp(n, "(") || isWord(n, "LATERAL") || isWord(n, "TABLE") || isWord(n, "UNNEST")) continue;
      const [name] = qualifiedName(tokens, i + 1);
      if (name) reads.add(name);
    }
  }
  return [...reads].filter((r) => !ctes.has(r)).sort();
}
function scriptShape(script) {
  const split = splitStatements(script, "<plan>");
  const shape3 = {
    sets: /* @__PURE__ */ new Map(),
    tables: /* @__PURE__ */ new Map(),
    views: /* @__PURE__ */ new Map(),
    functions: /* @__PURE__ */ new Map(),
    queries: /* @__PURE__ */ new Map(),
    other: [],
    broken: split.diags.some((d) => d.severity === "error")
  };
  const addQuery = (tokens, at2) => {
    const j = skipWords(tokens, at2 + 1, ["INTO", "OVERWRITE", "TABLE"]);
    const [sink] = qualifiedName(tokens, j);
    addQueryOf(sink, `INSERT INTO ${sink}`, tokens);
  };
  const addQueryOf = (sink, label3, tokens) => {
    let key = sink;
    for (let n = 2; shape3.queries.has(key); n++) key = `${sink}#${n}`;
    shape3.queries.set(key, {
      sink,
      label: label3,
      src: script,
      tokens,
      text: tokenKey(tokens),
      reads: readsOf(tokens)
    });
  };
  for (const st of split.statements) {
    const tk = st.tokens;
    const w0 = tk[0]?.kind === "word" ? tk[0].value : "";
    if (w0 === "SET" || w0 === "RESET") {
      const key = tk[1] ? unquote(tokenText(script, [tk[1]])) : "";
      const eq = tk.findIndex((t) => isOp(t, "="));
      if (w0 === "RESET") shape3.sets.delete(key);
      else if (key) shape3.sets.set(key, eq >= 0 ? unquote(tokenText(script, tk.slice(eq + 1))) : "");
      continue;
    }
    if (w0 === "INSERT") {
      addQuery(tk, 0);
      continue;
    }
    if (w0 === "EXECUTE" && isWord(tk[1], "STATEMENT")) {
      let start = 4;
      for (let i = 4; i < tk.length; i++) {
        if (isOp(tk[i], ";") || isWord(tk[i], "END") && i === tk.length - 1) {
          if (isWord(tk[start], "INSERT")) addQuery(tk.slice(start, i), 0);
          start = i + 1;
        }
      }
      continue;
    }
    if (w0 === "EXECUTE" && isWord(tk[1], "INSERT")) {
      addQuery(tk.slice(1), 0);
      continue;
    }
    if (w0 === "CREATE" || w0 === "REPLACE" && isWord(tk[1], "TABLE")) {
      const k = skipWords(tk, 1, ["OR", "REPLACE", "TEMPORARY", "TEMPORARY", "SYSTEM"]);
      const what = tk[k]?.kind === "word" ? tk[k].value : "";
      const [name, after] = qualifiedName(tk, skipWords(tk, k + 1, ["IF", "NOT", "EXISTS"]));
      if (what === "TABLE") {
        const as = topLevelAs(tk, after);
        shape3.tables.set(name, tableShape(script, tk.slice(after, as < 0 ? void 0 : as)));
        if (as >= 0)
          addQueryOf(name, `${w0 === "REPLACE" ? "REPLACE" : "CREATE"} TABLE ${name} AS`, tk.slice(as + 1));
        continue;
      }
      if (what === "VIEW") {
        const as = tk.findIndex((t, i) => i >= after && isWord(t, "AS"));
        const q = tk.slice(as + 1);
        shape3.views.set(name, { src: script, tokens: q, text: tokenKey(q) });
        continue;
      }
      if (what === "FUNCTION") {
        shape3.functions.set(name, tokenText(script, tk.slice(after)));
        continue;
      }
    }
    shape3.other.push(tokenText(script, tk));
  }
  return shape3;
}
function topLevelAs(tokens, from) {
  for (let i = from; i < tokens.length; i++) {
    if (isOp(tokens[i], "(")) i = closingParen(tokens, i);
    else if (isWord(tokens[i], "AS")) return i;
  }
  return -1;
}
function tableShape(src, rest) {
  for (let i = 0; i < rest.length; i++) {
    if (isOp(rest[i], "(")) {
      i = closingParen(rest, i);
      continue;
    }
    if (isWord(rest[i], "WITH") && isOp(rest[i + 1], "(")) {
      const end = closingParen(rest, i + 1);
      return {
        schema: `${tokenText(src, rest.slice(0, i))} ${tokenText(src, rest.slice(end + 1))}`.trim(),
        options: tokenText(src, rest.slice(i + 2, end))
      };
    }
  }
  return { schema: tokenText(src, rest), options: "" };
}
// src/plan/causes.ts
function settingEffect(key) {
  return SETTING_EFFECTS[key] ?? "upgrade";
}
function show(v) {
  if (v === void 0) return void 0;
  const s = typeof v === "string" ? v : canonicalJson(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
var SHOWN_DEFAULTS = { planMode: "script" };
function settingCauses(deployed, job) {
  const before = deployed?.settings;
  if (!before) return [];
  const after = job.settings;
  const keys2 = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out = [];
  for (const key of keys2) {
    const effect = settingEffect(key);
    if (effect !== "upgrade" && effect !== "redeploy") continue;
    out.push(...valueCauses(key, before[key] ?? SHOWN_DEFAULTS[key], after[key] ?? SHOWN_DEFAULTS[key]));
  }
  return out;
}
var isObject = ((v) => typeof v === "object" && v !== null && !Array.isArray(v));
function valueCauses(path, a, b) {
  if (canonicalJson(a ?? null) === canonicalJson(b ?? null)) return [];
  if (isObject(a) || isObject(b)) {
    const x = isObject(a) ? a : {};
    const y = isObject(b) ? b : {};
    const keys2 = [.../* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)])].sort();
    return keys2.flatMap((k) => valueCauses(`${path}.${k}`, x[k], y[k]));
  }
  const from = show(a);
  const to = show(b);
  return [
    { kind: "setting", path, ...from !== void 0 ? { from } : {}, ...to !== void 0 ? { to } : {} }
  ];
}
function withoutComments(schema) {
  return schema.replace(/\bCOMMENT\s+'(?:[^']|'')*'/gi, "");
}
function ddlCauses(oldScript, newScript) {
  const a = scriptShape(oldScript);
  const b = scriptShape(newScript);
  const out = [];
  const tables = /* @__PURE__ */ new Set([...a.tables.keys(), ...b.tables.keys()]);
  for (const name of [...tables].sort()) {
    const x = a.tables.get(name);
    const y = b.tables.get(name);
    if (!x || !y) continue;
    if (x.schema !== y.schema || x.options !== y.options) {
      out.push({
        kind: "table",
        path: name,
        to: x.schema === y.schema ? "options changed" : withoutComments(x.schema) === withoutComments(y.schema) ? "comment changed" : "schema changed"
      });
    }
  }
  for (const name of [.../* @__PURE__ */ new Set([...a.views.keys(), ...b.views.keys()])].sort()) {
    const x = a.views.get(name);
    const y = b.views.get(name);
    if (x && y && x.text !== y.text) out.push({ kind: "table", path: name, to: "view query changed" });
  }
  for (const name of [.../* @__PURE__ */ new Set([...a.functions.keys(), ...b.functions.keys()])].sort()) {
    const x = a.functions.get(name);
    const y = b.functions.get(name);
    if (x !== void 0 && y !== void 0 && x !== y)
      out.push({ kind: "udf", path: name, to: "definition changed" });
  }
  return out;
}
function ownPartsDiffer(oldScript, newScript) {
  const a = scriptShape(oldScript);
  const b = scriptShape(newScript);
  if (a.broken || b.broken) return true;
  const same = (x, y, key) => x.size === y.size && [...x].every(([k, v]) => y.has(k) && key(y.get(k)) === key(v));
  const names = (x) => [...x.keys()].sort().join("");
  return !(same(a.sets, b.sets, (v) => v) && same(a.queries, b.queries, (q) => q.text) && a.other.join("") === b.other.join("") && names(a.tables) === names(b.tables) && names(a.views) === names(b.views) && names(a.functions) === names(b.functions));
}
var ADD_JAR_NOTE = "its jar is now added to the session with ADD JAR, which the flinkops that deployed the job did not write (an older flinkops; the repository did not change)";
function onlyAddJarAdded(oldScript, newScript) {
  const isAddJar = (l) => /^ADD JAR /i.test(l.trim());
  const before = oldScript.split("\n");
  const after = newScript.split("\n");
  if (before.some(isAddJar) || !after.some(isAddJar)) return false;
  return after.filter((l) => !isAddJar(l)).join("\n") === oldScript;
}
var JAR_REBUILT = ["jar sha256 changed", "the sha256 of one of their jars changed"];
var SCRIPT_JAR_CHANGED = [
  "jar changed",
  "a jar of the script or of a UDF artifact changed",
  "a jar of the script or a Python file changed",
  "a jar of the script or of a UDF artifact, or a Python file changed"
];
var PYTHON_CHANGED = [
  "Python file changed",
  "a Python file or a UDF jar changed",
  "a Python file or a jar of the script changed",
  "a Python file, a jar of the script or a UDF jar changed"
];
function rebuiltFunctions(causes, job) {
  const scriptJar = scriptJarChanged(causes);
  const repository = jarRebuilt(causes) || pythonFileChanged(causes) || scriptJar && job.udfs.length > 0 ? job.functions.map((f) => f.toLowerCase()) : [];
  const python = pythonFileChanged(causes);
  const own = scriptJar || python ? Object.keys(job.scriptJarFunctions ?? {}) : [];
  const ownPython = python ? Object.keys(job.scriptPythonFunctions ?? {}) : [];
  return [.../* @__PURE__ */ new Set([...repository, ...own, ...ownPython])];
}
function scriptJarChanged(causes) {
  return causes.some(
    (c) => c.kind === "udf" && SCRIPT_JAR_CHANGED.includes(c.to ?? "")
  );
}
function pythonFileChanged(causes) {
  return causes.some((c) => c.kind === "udf" && PYTHON_CHANGED.includes(c.to ?? ""));
}
function jarRebuilt(causes) {
  return causes.some((c) => c.kind === "udf" && JAR_REBUILT.includes(c.to ?? ""));
}
function specCauses(deployed, job) {
  const out = [];
  const old = deployed?.script;
  if (old !== void 0 && old !== job.script && job.udfs.length > 0 && onlyAddJarAdded(old, job.script)) {
    out.push({ kind: "udf", path: job.udfs.join(", "), to: ADD_JAR_NOTE });
  } else if (old !== void 0 && old !== job.script) {
    const shared = /* @__PURE__ */ new Set([...job.tables, ...job.views]);
    const functions = new Set(job.functions.map((f) => f.toLowerCase()));
    const all = ddlCauses(old, job.script);
    const ddl = all.filter(
      (c) => c.kind === "udf" ? functions.has(c.path.toLowerCase()) : shared.has(c.path)
    );
    if (ddl.length === 0 || ddl.length < all.length || ownPartsDiffer(old, job.script))
      out.push({ kind: "script", path: job.sqlFile });
    out.push(...ddl);
  }
  out.push(...settingCauses(deployed, job));
  if (out.length === 0 && old === job.script && deployed?.settings && !deployed.plan) {
    const pythonFiles = Object.keys(job.pythonFiles ?? {});
    const scriptJars = Object.keys(job.scriptJars ?? {});
    const withUdfs = job.udfs.length > 0 ? 1 : 0;
    if (pythonFiles.length > 0)
      out.push({
        kind: "udf",
        path: pythonFiles.join(", "),
        to: PYTHON_CHANGED[withUdfs + (scriptJars.length > 0 ? 2 : 0)]
      });
    if (scriptJars.length > 0)
      out.push({
        kind: "udf",
        path: scriptJars.join(", "),
        to: SCRIPT_JAR_CHANGED[withUdfs + (pythonFiles.length > 0 ? 2 : 0)]
      });
    if (out.length === 0 && job.udfs.length > 0)
      out.push(
        job.udfs.length === 1 ? { kind: "udf", path: job.udfs[0], to: JAR_REBUILT[0] } : { kind: "udf", path: job.udfs.join(", "), to: JAR_REBUILT[1] }
      );
  }
  if (out.length === 0) {
    out.push({
      kind: "script",
      path: job.sqlFile,
      ...deployed?.specHash ? { from: deployed.specHash } : {},
      to: job.restartHash
    });
  }
  return out;
}
var describeCauses = (function describeCauses(causes) {
  const parts = [];
  const names = (kind) => causes.filter((c) => c.kind === kind).map((c) => c.path);
  if (causes.some((c) => c.kind === "script")) parts.push("compiled script changed");
  const isView = (c) => c.kind === "table" && c.to === "view query changed";
  const tables = causes.filter((c) => c.kind === "table" && !isView(c)).map((c) => c.path);
  if (tables.length) parts.push(`${tables.length === 1 ? "table" : "tables"} ${tables.join(", ")} changed`);
  const views = causes.filter(isView).map((c) => c.path);
  if (views.length) parts.push(`${views.length === 1 ? "view" : "views"} ${views.join(", ")} changed`);
  const loaded = causes.filter((c) => c.kind === "udf" && c.to === ADD_JAR_NOTE).map((c) => c.path);
  if (loaded.length)
    parts.push(`UDF jars of ${loaded.join(", ")} now loaded with ADD JAR (a newer flinkops)`);
  const changed = causes.filter((c) => c.kind === "udf" && c.to !== ADD_JAR_NOTE).map((c) => c.path);
  if (changed.length) parts.push(`${changed.length === 1 ? "UDF" : "UDFs"} ${changed.join(", ")} changed`);
  const settings = names("setting");
  if (settings.length)
    parts.push(`${settings.length === 1 ? "setting" : "settings"} ${settings.join(", ")} changed`);
  return parts.join("; ");
});
// src/plan/verdict-advice.ts
function restoredUnread(operators = []) {
  const dropped = operators.filter((o) => o.state === "dropped");
  if (dropped.length === 0 || dropped.some((o) => !o.unread)) return void 0;
  return dropped.map((o) => o.name).join(", ");
}
function adviceFor(verdict, input) {
  if (verdict === "compatible") return [];
  const where = input.settingsFile ?? "the job settings";
  const out = [];
  if (input.restoredUnread && verdict === "drops-state") {
    out.push(
      input.allowNonRestoredState ? "allowNonRestoredState is set: losing that state is accepted" : `set allowNonRestoredState: true in ${where} to accept losing that state (Flink restores without it all the same)`
    );
  } else if (verdict === "drops-state" || verdict === "unknown") {
    out.push(
      input.allowNonRestoredState ? "allowNonRestoredState is set: state that no longer matches an operator is dropped on restore" : `set allowNonRestoredState: true in ${where} to drop the state that no longer matches`
    );
  }
  out.push(`set upgradeMode: stateless in ${where} to start the new version without state`);
  if (input.renamedFrom)
    out.push(
      `or rename first and change the script after: apply movedFrom: ${input.renamedFrom} with ${input.renamedFrom}'s script as it runs (its state restores), then change the script and pin a savepoint rewritten for the new version (the State Processor API) with restoreFrom: <path> in ${where}; restoreFrom beside movedFrom is refused while ${input.renamedFrom} exists (FO734)`
    );
  else if (!input.restoreFrom)
    out.push(
      `or pin a savepoint rewritten for the new version (the State Processor API) with restoreFrom: <path> in ${where}`
    );
  return out;
}
// src/plan/compat.ts
var TOPOLOGY_KEYS = /* @__PURE__ */ new Set([
  "table.exec.mini-batch.enabled",
  "table.optimizer.agg-phase-strategy",
  "table.optimizer.distinct-agg.split.enabled",
  "table.optimizer.incremental-agg-enabled",
  "table.optimizer.reuse-source-enabled",
  "table.optimizer.reuse-sub-plan-enabled",
  "table.optimizer.join-reorder-enabled",
  "table.exec.sink.upsert-materialize",
  "table.exec.sink.keyed-shuffle",
  "table.exec.source.cdc-events-duplicate",
  "table.exec.uid.generation",
  "table.exec.uid.format",
  "pipeline.max-parallelism"
]);
var STATE_KEYS = /* @__PURE__ */ new Set(["table.exec.state.ttl", "state.backend", "state.backend.type"]);
var OLD_SCRIPT_UNKNOWN = "the script the running job was started from is not known";
var ADOPTED_SCRIPT_UNKNOWN = "the job was adopted (started outside flinkops): the script that wrote its state is not known";
var judgedWithoutOldScript = (function judgedWithoutOldScript(c) {
  return c.source === "estimate" && c.findings.some((f) => f === OLD_SCRIPT_UNKNOWN || f === ADOPTED_SCRIPT_UNKNOWN);
});
function compatibility(input) {
  if (input.strategy === "stateless") {
    return {
      verdict: "compatible",
      source: "estimate",
      findings: [
        "upgradeMode: stateless: the new job starts without state, nothing is restored",
        ...sourceStartFindings(input.newScript)
      ],
      advice: []
    };
  }
  const findings = [];
  if (input.oldScript === void 0) {
    findings.push({
      level: "unknown",
      text: input.oldScriptUnknown ?? OLD_SCRIPT_UNKNOWN
    });
  } else {
    const a = scriptShape(input.oldScript);
    const b = scriptShape(input.newScript);
    if (a.broken || b.broken) {
      findings.push({ level: "unknown", text: "a script could not be analysed (SQL syntax problems)" });
    } else {
      compareShapes(a, b, findings);
      parallelismFinding(input, b, findings);
    }
  }
  maxParallelismFinding(input, findings);
  const verdict = findings.some((f) => f.level === "certain") ? "incompatible" : findings.some((f) => f.level === "incompatible" || f.level === "unknown") ? "unknown" : "compatible";
  return {
    verdict,
    source: "estimate",
    findings: findings.map((f) => f.level === "incompatible" ? `likely to lose state: ${f.text}` : f.text),
    advice: verdict === "compatible" ? [] : advice(input)
  };
}
function withOptions(text) {
  const out = /* @__PURE__ */ new Map();
  for (const m2 of text.matchAll(/'((?:[^']|'')*)'\s*=\s*'((?:[^']|'')*)'/g))
    out.set(m2[1].replace(/''/g, "'").toLowerCase(), m2[2].replace(/''/g, "'"));
  return out;
}
function sourceStartFindings(script) {
  const shape3 = scriptShape(script);
  if (shape3.broken) return [];
  const read2 = new Set([...shape3.queries.values()].flatMap((q) => q.reads));
  for (const v of shape3.views.values()) for (const r of readsOf(v.tokens)) read2.add(r);
  const hinted = /* @__PURE__ */ new Map();
  for (const q of [...shape3.queries.values(), ...shape3.views.values()])
    for (const [name, hint] of readHints(q.tokens))
      hinted.set(name, [...hinted.get(name) ?? [], withOptions(hint)]);
  const out = [];
  for (const [name, t] of shape3.tables) {
    if (!read2.has(name)) continue;
    const own = withOptions(t.options);
    const hints = hinted.get(name) ?? [];
    const merged = (...hs) => new Map(hs.flatMap((h) => [...h]));
    const reads = hints.some((h) => h.has("scan.startup.mode")) ? hints.map((h) => [merged(own, h), h.has("scan.startup.mode")]) : [[merged(own, ...hints), false]];
    for (const [o, byHint] of reads) {
      const finding = sourceStart(name, o, byHint);
      if (finding && !out.includes(finding)) out.push(finding);
    }
  }
  return out;
}
var CDC_CONNECTORS = /* @__PURE__ */ new Set(["postgres-cdc", "mysql-cdc", "oracle-cdc", "sqlserver-cdc", "db2-cdc"]);
function sourceStart(name, o, hinted) {
  const connector = o.get("connector")?.toLowerCase();
  if (connector && CDC_CONNECTORS.has(connector)) return cdcStart(name, connector, o, hinted);
  if (connector !== "kafka" && connector !== "upsert-kafka") return void 0;
  const topic = o.get("topic") ?? o.get("topic-pattern");
  const src = `source ${name}${topic ? ` (topic ${topic})` : ""}`;
  const mode = connector === "upsert-kafka" ? "earliest-offset" : (o.get("scan.startup.mode") ?? "group-offsets").toLowerCase();
  const said = `scan.startup.mode: ${mode}${hinted && connector === "kafka" ? ", its OPTIONS hint" : ""}`;
  if (mode === "earliest-offset")
    return `${src} reads the topic from its start again (${said}): every record still in it is processed and written to the sinks again, duplicates an exactly-once sink does not remove`;
  if (mode === "latest-offset")
    return `${src} reads only records that arrive after the new job starts (${said}): those written since the old job's last checkpoint are never processed`;
  if (mode === "group-offsets")
    return `${src} starts from the offsets its consumer group${o.get("properties.group.id") ? ` ${o.get("properties.group.id")}` : ""} last committed (at the old job's last completed checkpoint): records processed after it are processed again (a sink that is not exactly-once gets them twice)`;
  return `${src} starts where ${said} says, not where the old job stopped`;
}
var postgresCdcSlots = (function postgresCdcSlots(script) {
  if (script === void 0) return [];
  const shape3 = scriptShape(script);
  if (shape3.broken) return [];
  const out = [];
  for (const q of [...shape3.queries.values(), ...shape3.views.values()]) {
    for (const [name, hint] of namedReads(q.tokens)) {
      const t = shape3.tables.get(name);
      if (!t) continue;
      const own = withOptions(t.options);
      if (own.get("connector")?.toLowerCase() !== "postgres-cdc") continue;
      const slot = (hint ? withOptions(hint).get("slot.name") : void 0) ?? own.get("slot.name");
      if (slot === void 0 || out.some((o) => o.slot === slot)) continue;
      out.push({ table: name, slot, database: own.get("database-name"), host: own.get("hostname") });
    }
  }
  return out;
});
function cdcTableName(option) {
  return [option("database-name"), option("schema-name"), option("table-name")].filter(Boolean).join(".");
}
function cdcStart(name, connector, o, hinted) {
  const table2 = cdcTableName((k) => o.get(k));
  const slot = o.get("slot.name");
  const src = `source ${name} (${connector}${table2 ? ` table ${table2}` : ""})`;
  const mode = (o.get("scan.startup.mode") ?? "initial").toLowerCase();
  const said = `scan.startup.mode: ${mode}${hinted ? ", its OPTIONS hint" : ""}`;
  if (mode === "initial")
    return `${src} reads a new snapshot of the table (${said}): every row is written to the sinks again (an append or Kafka sink gets it twice), and a row deleted since the old job's last checkpoint is in no snapshot and sends no delete, so an upsert sink keeps it`;
  if (mode === "latest-offset")
    return `${src} reads only changes made after the new job starts (${said}): changes made since the old job's last checkpoint are never processed${slot ? ` (replication slot ${slot} is not rewound)` : ""}`;
  if (mode === "snapshot")
    return `${src} reads a new snapshot of the table and then ends (${said}): every row is written to the sinks again`;
  return `${src} starts where ${said} says, not where the old job stopped`;
}
function parallelismFinding(input, shape3, out) {
  const p = input.parallelism;
  if (!p || p.from === void 0 || p.from === p.to) return;
  const pinned = [...shape3.tables.values()].some((t) => /'(?:sink|scan)\.parallelism'/.test(t.options));
  if (pinned || shape3.sets.has("table.exec.resource.default-parallelism")) {
    out.push({
      level: "incompatible",
      text: `parallelism ${p.from} \u2192 ${p.to} with operators pinned to their own parallelism: chaining, and so operator ids, change`
    });
  }
}
function maxParallelismFinding(input, out) {
  const mp = input.maxParallelism;
  if (!mp || mp.from === mp.to) return;
  const what = `maxParallelism ${mp.from ?? "(unset)"} \u2192 ${mp.to ?? "(unset)"}`;
  const shape3 = scriptShape(input.newScript);
  const keyed = shape3.broken || [...shape3.queries.values(), ...shape3.views.values()].some(
    (q) => statefulOperators(queryFeatures(q.src, q.tokens)).size > 0
  );
  if (!keyed) out.push({ level: "info", text: `${what} (the query keeps no keyed state)` });
  else if (mp.from === void 0 || mp.to === void 0)
    out.push({ level: "unknown", text: `${what}: keyed state restores only if the derived value matches` });
  else
    out.push({
      level: "certain",
      text: `${what}: keyed state cannot be restored into other key groups`
    });
}
function advice(input) {
  const out = adviceFor("unknown", input);
  if (input.oldScriptUnknown === ADOPTED_SCRIPT_UNKNOWN && !input.allowNonRestoredState)
    out.unshift(
      "nothing, if the job was started from the repository's query, tables and settings (a migration of the same script): its state maps, and Flink checks it on restore; the hints below drop state"
    );
  return out;
}
function keys(a, b) {
  return [.../* @__PURE__ */ new Set([...a.keys(), ...b.keys()])].sort();
}
function compareShapes(a, b, out) {
  for (const k of keys(a.sets, b.sets)) {
    const x = a.sets.get(k);
    const y = b.sets.get(k);
    if (x === y) continue;
    const what = `SET '${k}' ${x === void 0 ? "added" : y === void 0 ? "removed" : `changed: ${x} \u2192 ${y}`}`;
    if (TOPOLOGY_KEYS.has(k))
      out.push({ level: "incompatible", text: `${what} (reshapes the operator graph)` });
    else if (STATE_KEYS.has(k)) out.push({ level: "unknown", text: `${what} (changes how state is kept)` });
    else out.push({ level: "info", text: `${what} (does not touch state)` });
  }
  for (const k of keys(a.tables, b.tables)) {
    const x = a.tables.get(k);
    const y = b.tables.get(k);
    if (!x || !y) {
      out.push({ level: "info", text: `table ${k} ${x ? "no longer declared" : "newly declared"}` });
      continue;
    }
    if (x.schema !== y.schema) {
      out.push({
        level: "unknown",
        text: `table ${k}: columns, watermark or keys changed (row types kept in state may differ)`
      });
    } else if (x.options !== y.options) {
      out.push({ level: "info", text: `table ${k}: connector options changed (no operator state)` });
    }
  }
  for (const k of keys(a.functions, b.functions)) {
    if (a.functions.get(k) !== b.functions.get(k)) {
      out.push({
        level: "unknown",
        text: `function ${k} changed (accumulators of a changed UDF may not restore)`
      });
    }
  }
  for (const k of keys(a.views, b.views)) {
    const x = a.views.get(k);
    const y = b.views.get(k);
    if (x?.text === y?.text) continue;
    if (!x || !y) {
      out.push({ level: "info", text: `view ${k} ${x ? "removed" : "added"}` });
      continue;
    }
    compareQueries(`view ${k}`, queryFeatures(x.src, x.tokens), queryFeatures(y.src, y.tokens), out);
  }
  for (const k of keys(a.queries, b.queries)) {
    const x = a.queries.get(k);
    const y = b.queries.get(k);
    if (!x || !y) {
      out.push({ level: "incompatible", text: `sink ${x ? "removed" : "added"}: ${(x ?? y).label}` });
      continue;
    }
    if (x.text === y.text) continue;
    const label3 = x.label;
    for (const r of x.reads.filter((n) => !y.reads.includes(n))) {
      out.push({ level: "incompatible", text: `${label3}: source ${r} removed` });
    }
    for (const r of y.reads.filter((n) => !x.reads.includes(n))) {
      out.push({ level: "incompatible", text: `${label3}: source ${r} added` });
    }
    compareQueries(label3, queryFeatures(x.src, x.tokens), queryFeatures(y.src, y.tokens), out);
  }
  const otherA = [...a.other].sort().join("\n");
  const otherB = [...b.other].sort().join("\n");
  if (otherA !== otherB)
    out.push({ level: "unknown", text: "other statements changed (catalog, USE, ADD JAR...)" });
}
function joinShape(join8) {
  return join8.replace(/^(.*?JOIN )(?:`[^`]*`|\S)+/, "$1\u2026");
}
function compareQueries(label3, x, y, out) {
  const before = out.length;
  const opsA = statefulOperators(x);
  const opsB = statefulOperators(y);
  for (const op of keys(opsA, opsB)) {
    const n = opsA.get(op) ?? 0;
    const m2 = opsB.get(op) ?? 0;
    if (n === m2) continue;
    const verb = n === 0 ? "added" : m2 === 0 ? "removed" : `${n} \u2192 ${m2}`;
    out.push({ level: "incompatible", text: `${label3}: stateful operator ${op} ${verb}` });
  }
  const list = (v) => v.length ? v.join("; ") : "(none)";
  if (x.groupBy.length && y.groupBy.length && list(x.groupBy) !== list(y.groupBy)) {
    out.push({
      level: "incompatible",
      text: `${label3}: GROUP BY keys changed: ${list(x.groupBy)} \u2192 ${list(y.groupBy)}`
    });
  }
  if (x.joins.length && y.joins.length && list(x.joins) !== list(y.joins)) {
    const shapes = (v) => list(v.map(joinShape));
    out.push(
      shapes(x.joins) === shapes(y.joins) ? {
        level: "unknown",
        text: `${label3}: joined table changed, with the same join type and keys: ${list(x.joins)} \u2192 ${list(y.joins)} (operator ids follow the graph, not table names; the rows the table gives may differ)`
      } : {
        level: "incompatible",
        text: `${label3}: join type or keys changed: ${list(x.joins)} \u2192 ${list(y.joins)}`
      }
    );
  }
  if (x.windows.length && y.windows.length && list(x.windows) !== list(y.windows)) {
    out.push({
      level: "unknown",
      text: `${label3}: window changed: ${list(x.windows)} \u2192 ${list(y.windows)}`
    });
  }
  if (out.length === before) {
    const filters = x.filters === y.filters ? void 0 : x.filters < y.filters ? "added" : "removed";
    out.push({
      level: "unknown",
      text: filters ? `${label3}: query changed with the same stateful operators, a WHERE or HAVING ${filters} (operator ids follow the graph: a filter ${filters} can ${filters === "added" ? "add" : "remove"} a step and move the ids of the operators after it; plan against the cluster to know)` : `${label3}: query changed with the same stateful operators (operator ids follow the graph, which edits inside a filter or projection usually keep; plan against the cluster to know)`
    });
  }
}
// src/plan/job-inputs.ts
var MEANWHILE = "This plan was made meanwhile: if that run is still going, plan again once it has finished; if it ended, the next apply finishes what it left.";
function isAlive(j) {
  return !isTerminal(j.state);
}
function fileRange(file) {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
function at(t) {
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function submittedStatement(job) {
  return job.statementRanges?.at(-1) ?? fileRange(job.sqlFile);
}
var specHashOf = (function specHashOf(j) {
  const h = j.labels?.[LABEL_KEYS.specHash];
  return h !== void 0 ? { specHash: h } : {};
});
var storeAsLive = (function storeAsLive(job, jobId, specHash, parallelism3) {
  return {
    jobId,
    name: job.pipelineName,
    state: "RUNNING",
    startTime: 0,
    parallelism: parallelism3,
    vertices: [],
    labels: { [LABEL_KEYS.specHash]: specHash },
    job: job.name
  };
});
function changedStatement(job, oldScript) {
  const ranges = job.statementRanges;
  if (!ranges?.length || oldScript === void 0) return void 0;
  const squash2 = (t) => t.replace(/\s+/g, " ").trim();
  const spans = splitStatements(job.script, job.sqlFile).statements;
  if (spans.length < ranges.length) return void 0;
  const old = new Set(splitStatements(oldScript, job.sqlFile).statements.map((s) => squash2(s.text)));
  const own = spans.slice(spans.length - ranges.length);
  const i = own.findIndex((s) => !old.has(squash2(s.text)));
  return i < 0 ? void 0 : ranges[i];
}
// src/plan/live-tables.ts
var WRITER = /^(.+?)(?:\[\d+\])?: Writer$/;
var SINK = /^Sink: (.+?)(?:\[\d+\])?$/;
var FILE_SINK2 = /* @__PURE__ */ new Set(["StreamingFileWriter", "PartitionCommitter"]);
var FILE_SINK_END2 = "end: Writer";
var vertexSinks = (function vertexSinks(vertices) {
  const named2 = /* @__PURE__ */ new Set();
  let unnamed2 = false;
  for (const v of vertices)
    for (const part of chainedOperators(v.name)) {
      if (FILE_SINK2.has(part)) unnamed2 = true;
      if (FILE_SINK2.has(part) || part === FILE_SINK_END2) continue;
      const m2 = WRITER.exec(part) ?? SINK.exec(part);
      if (m2) named2.add(m2[1].toLowerCase());
    }
  return { named: named2, unnamed: unnamed2 };
});
var objectName = (function objectName(name) {
  return (name.split(".").pop() ?? name).replaceAll("`", "").toLowerCase();
});
var otherSinks = (function otherSinks(vertices, repoSinks) {
  const { named: live2, unnamed: unnamed2 } = vertexSinks(vertices);
  if (live2.size === 0 || unnamed2 || repoSinks.length === 0) return void 0;
  const mine = new Set(repoSinks.map(objectName));
  return [...live2].some((t) => mine.has(t)) ? void 0 : [...live2].sort();
});
// src/plan/parallelism.ts
var rescaleMode = (function rescaleMode(ctx) {
  return ctx.adaptiveScheduler && atLeast3(parseFlinkVersion4(ctx.flinkVersion), 1, 18) ? "in-place" : "savepoint-restart";
});
function runningMaxParallelism(j) {
  const max = liveMaxParallelism(j.live);
  return max !== void 0 ? { runningMaxParallelism: max } : {};
}
function recordedMaxParallelism(deployed) {
  return typeof deployed?.maxParallelism === "number" ? deployed.maxParallelism : void 0;
}
function liveMaxParallelism(live2) {
  const running = live2.find((l) => !isTerminal(l.state));
  const values = new Set(running?.vertices.map((v) => v.maxParallelism).filter((m2) => m2 > 1));
  return values.size === 1 ? [...values][0] : void 0;
}
function maxParallelismDrift(j, running) {
  const wanted = j.job.settings.maxParallelism;
  const runsWith = liveMaxParallelism([running]);
  if (wanted === void 0 || runsWith === void 0 || runsWith === wanted) return void 0;
  if (recordedMaxParallelism(j.current?.settings) !== wanted) return void 0;
  const file = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  return warning(
    PLAN_CODES.maxParallelismDrift,
    `Job ${j.job.name} runs with max parallelism ${runsWith}, not the repository's ${wanted}`,
    `The state store records maxParallelism ${wanted} for job ${running.jobId}, but Flink runs it with ${runsWith}: it was started by an older flinkops, which did not pass maxParallelism to Flink. Its keyed state is split into ${runsWith} key groups and restores only under ${runsWith}: an upgrade under ${wanted} fails to restore it. Set maxParallelism: ${runsWith} in ${file} (the next apply restarts the job through a savepoint under it), or upgradeMode: stateless there to start it without its state.`,
    fileRange(j.job.yamlFile ?? j.job.sqlFile)
  );
}
var effectiveParallelism = (function effectiveParallelism(running, record3, desired) {
  const current = record3?.current;
  const recorded = isRecordedRun(current, running);
  const ended = isTerminal(running.state);
  if (recorded && current.parallelism !== running.parallelism && running.vertices.some(
    (v) => v.upperBound === current.parallelism || ended && v.parallelism === current.parallelism
  ))
    return current.parallelism;
  const interrupted2 = record3?.pending?.kind === "rescale" && record3.pending.jobId === running.jobId;
  const bounds = running.vertices.filter((v) => v.maxParallelism !== 1).map((v) => v.upperBound);
  if (recorded && !interrupted2) return rescaledByHand(bounds, current) ?? running.parallelism;
  const moved = desired !== void 0 && desired !== running.parallelism && bounds.includes(desired) && !bounds.some((b) => b === void 0 || b === running.parallelism);
  return moved ? desired : running.parallelism;
});
var PINS_VERTICES = /'(?:sink\.parallelism|scan\.parallelism|table\.exec\.resource\.default-parallelism)'/;
var rescaledByHand = (function rescaledByHand(bounds, current) {
  if (current.adopted || PINS_VERTICES.test(current.script)) return void 0;
  const [first] = bounds;
  if (first === void 0 || first === current.parallelism || bounds.some((b) => b !== first))
    return void 0;
  return first;
});
var runningBelow = (function runningBelow(vertices, parallelism3) {
  const bounded = vertices.filter((v) => v.upperBound === parallelism3);
  if (bounded.length === 0) return void 0;
  const running = Math.max(...bounded.map((v) => v.parallelism));
  return running < parallelism3 ? running : void 0;
});
// src/plan/restore-points.ts
var latestRestorePoint = (function latestRestorePoint(live2, record3, cluster) {
  const points = [];
  for (const j of live2) {
    if (j.latestSavepoint) points.push({ ...j.latestSavepoint, what: "savepoint" });
    if (j.latestCheckpoint) points.push({ ...j.latestCheckpoint, what: "checkpoint" });
  }
  const sp = lastRestorableSavepoint(record3, cluster);
  if (sp) points.push({ path: sp.path, time: Date.parse(sp.time), what: restorePointKind(sp.path) });
  const started = record3?.current;
  const disposed = record3?.savepoints.some(
    (s) => sameSavepointPath(s.path, started?.restoredFrom) && (s.disposed || writtenByNewerMajor(s, cluster))
  );
  if (started?.restoredFrom && !disposed && !Number.isNaN(Date.parse(started.deployedAt)))
    points.push({
      path: started.restoredFrom,
      time: Date.parse(started.deployedAt),
      what: restorePointKind(started.restoredFrom)
    });
  const since = startedWithoutState(record3) ?? Number.NEGATIVE_INFINITY;
  const own = points.filter((p) => p.time >= since);
  own.sort(
    (a, b) => b.time - a.time || (a.what < b.what ? 1 : a.what > b.what ? -1 : 0) || (a.path < b.path ? -1 : 1)
  );
  return own[0];
});
function startedWithoutState(record3) {
  const current = record3?.current;
  if (!current?.startedWithoutState || current.restoredFrom) return void 0;
  const t = Date.parse(current.deployedAt);
  return Number.isNaN(t) ? void 0 : t;
}
var stoppedByInterruptedApply = (function stoppedByInterruptedApply(record3, jobId) {
  const p = record3?.pending;
  return p?.kind === "stop-with-savepoint" && p.jobId === jobId;
});
var stoppedForRestart = (function stoppedForRestart(record3, last) {
  return last.state === "FINISHED" && (record3?.savepoints ?? []).some(
    (s) => s.jobId === last.jobId && (s.kind === "upgrade" || s.kind === "rescale") && !s.disposed
  );
});
var ownRestorableSavepoint = (function ownRestorableSavepoint(record3, cluster) {
  const sp = lastRestorableSavepoint(record3, cluster);
  const since = startedWithoutState(record3);
  return sp && (since === void 0 || Date.parse(sp.time) >= since) ? sp : void 0;
});
var pinRewinds = (function pinRewinds(compat, pinned, record3, live2) {
  const pin = pinned === void 0 ? void 0 : record3?.savepoints.find((s) => sameSavepointPath(s.path, pinned));
  if (!compat || !pin || !record3) return;
  const pinTime = Date.parse(pin.time);
  const later = record3.savepoints.filter((s) => !s.disposed && !sameSavepointPath(s.path, pin.path)).map((s) => Date.parse(s.time));
  const newest = Math.max(live2?.lastCheckpointTime ?? Number.NEGATIVE_INFINITY, ...later);
  if (!(newest - pinTime > 6e4)) return;
  compat.findings.push(
    `restoreFrom rewinds the job to ${pin.path} of ${at(pinTime)}, ${formatAge(newest - pinTime)} before its newest state (${at(newest)}): its sources read again what they read since, and its sinks get it again (an append or exactly-once Kafka sink writes it twice; an upsert sink by key ends the same)`
  );
});
function noRestorePoint(job, what, ended) {
  const discarded = ended?.lastCheckpointTime !== void 0 ? `Job ${ended.jobId} completed checkpoints, but Flink discarded them when it ended (${ended.state}): ${ended.state === "FAILED" ? "a job that fails for good keeps its checkpoints only with execution.checkpointing.externalized-checkpoint-retention: DELETE_ON_CANCELLATION or RETAIN_ON_CANCELLATION" : "a cancelled job keeps its checkpoints only with execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION"} (set it in the config of ${job.yamlFile ?? `jobs/${job.name}.yaml`} for the next time). ` : "";
  return warning(
    PLAN_CODES.noRestorePoint,
    `No savepoint or checkpoint known for the ${what} of job ${job.name}`,
    `${discarded}It starts without state. To start from a known savepoint, set restoreFrom: <path> in the job settings.`
  );
}
var warnNewerReleaseSavepoints = (function warnNewerReleaseSavepoints(j, what, restoreFrom, since) {
  const cluster = majorMinor(j.ctx.flinkVersion);
  const skipped2 = unreadableSavepoints(j.record, cluster, since);
  if (skipped2.length === 0 || cluster === void 0) return;
  const newest = skipped2[0];
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  j.diags.push(
    warning(
      PLAN_CODES.newerReleaseSavepoint,
      `The ${what} of job ${j.job.name} on Flink ${cluster} passes over ${skipped2.length === 1 ? "its savepoint" : `${skipped2.length} of its savepoints`} that Flink ${newest.flinkVersion} wrote (newest ${newest.path}, ${newest.time})`,
      `A Flink ${cluster.split(".")[0]}.x release cannot read a savepoint a newer major release wrote ("Unrecognized checkpoint version number"), so the job ${restoreFrom ? `restores from ${restoreFrom} instead` : "starts without state"}: the state written since is not restored. To keep it, run the job on a cluster of Flink ${newest.flinkVersion} (or newer) again; to start from other state, set restoreFrom: <path> in ${settings} (flinkops savepoints list ${j.job.name} shows which release wrote each).`,
      fileRange(j.job.sqlFile)
    )
  );
});
// src/sql/probe-scope.ts
var LASTING_STORE = { perSession: false, builtinCatalog: "default_catalog" };
var IN_MEMORY = "generic_in_memory";
var catalogStoreOf = (function catalogStoreOf(config) {
  const kind = config["table.catalog-store.kind"]?.trim().toLowerCase();
  return {
    perSession: kind === void 0 || kind === "" || kind === IN_MEMORY,
    builtinCatalog: config["table.builtin-catalog-name"]?.trim() || "default_catalog"
  };
});
function perSessionStore(builtinCatalog = "default_catalog") {
  return { perSession: true, builtinCatalog };
}
var SESSION_KINDS = /* @__PURE__ */ new Set(["set", "reset", "use", "add_jar", "load_module", "unload_module"]);
var READ_ONLY = /* @__PURE__ */ new Set(["explain", "show", "show_jobs", "describe", "describe_job"]);
var SET_MARKERS = /* @__PURE__ */ new Set(["begin_statement_set", "end"]);
var EXPLAINED = /* @__PURE__ */ new Set(["insert", "statement_set", "execute"]);
var CATALOG_OBJECTS = /* @__PURE__ */ new Set(["create_table", "create_view", "create_function", "create_database"]);
function explained(st, ctas) {
  return EXPLAINED.has(st.kind) || ctas && st.kind === "create_table_as";
}
var lastingStatement = (function lastingStatement(statements, ctas, store) {
  return lastingStatements(statements, ctas, store)[0];
});
var existenceCheck = (function existenceCheck(st) {
  const quoted = (parts) => parts.map((p) => `\`${p.replaceAll("`", "``")}\``).join(".");
  if (st.kind === "create_table" && st.table?.ifNotExists && !st.table.asQuery)
    return `DESCRIBE ${quoted(st.table.name.parts)}`;
  if (st.kind === "create_view" && st.view?.ifNotExists) return `DESCRIBE ${quoted(st.view.name.parts)}`;
  if (st.kind === "create_database" && st.database?.ifNotExists)
    return `SHOW TABLES FROM ${quoted(st.database.name.parts)}`;
  return void 0;
});
var lastingUnder = (function lastingUnder(statements, ctas, store) {
  const checked = /* @__PURE__ */ new Set();
  let unchecked;
  for (const st of lastingStatements(statements, ctas, store))
    if (existenceCheck(st) !== void 0) checked.add(st);
    else unchecked ??= st;
  return { ...unchecked ? { unchecked } : {}, checked };
});
function lastingStatements(statements, ctas, store) {
  const out = [];
  let catalog = store.builtinCatalog;
  for (const st of statements) {
    if (st.kind === "use" && st.use) {
      if (st.use.catalog) catalog = st.use.parts[0] ?? catalog;
      else if (st.use.parts.length === 2) catalog = st.use.parts[0];
      continue;
    }
    if (SESSION_KINDS.has(st.kind) || READ_ONLY.has(st.kind) || SET_MARKERS.has(st.kind)) continue;
    if (explained(st, ctas)) continue;
    if (!sessionScoped(st, catalog, store)) out.push(st);
  }
  return out;
}
var CREATE_TEMPORARY = /^\s*CREATE\s+(?:OR\s+REPLACE\s+)?TEMPORARY\b/i;
function sessionScoped(st, catalog, store) {
  if (st.kind === "create_table_as") return false;
  if (st.kind.startsWith("create_"))
    return (st.object ? st.object.temporary : CREATE_TEMPORARY.test(st.text)) || createdInSession(st, catalog, store);
  if (st.kind !== "alter" && st.kind !== "drop") return false;
  const target = st.object;
  if (!target) return false;
  if (target.temporary) return true;
  if (!store.perSession) return false;
  return target.kind === "catalog" || catalogOf(target.name.parts, target.kind === "database", catalog) === store.builtinCatalog;
}
function createdInSession(st, catalog, store) {
  if (!store.perSession) return false;
  if (st.kind === "create_catalog") return true;
  if (!CATALOG_OBJECTS.has(st.kind)) return false;
  const name = st.table?.name ?? st.view?.name ?? st.function?.name ?? st.database?.name;
  return name !== void 0 && catalogOf(name.parts, st.kind === "create_database", catalog) === store.builtinCatalog;
}
function catalogOf(parts, database, catalog) {
  return parts.length >= (database ? 2 : 3) ? parts[0] : catalog;
}
// src/plan/kept-definitions.ts
function keyOf(st) {
  const name = st.table?.name ?? st.view?.name ?? st.database?.name;
  return name && `${st.kind} ${name.parts.join(".")}`;
}
function keptCreates(statements) {
  const out = /* @__PURE__ */ new Map();
  for (const st of lastingStatements(statements, false, perSessionStore())) {
    const key = keyOf(st);
    const ifNotExists = st.table?.ifNotExists ?? st.view?.ifNotExists ?? st.database?.ifNotExists;
    if (key && ifNotExists) out.set(key, st);
  }
  return out;
}
var squash = ((text) => text.replace(/\s+/g, " ").trim());
function tableChanges(old, next) {
  const out = [];
  const columns = (t) => new Map(t.columns.map((c) => [c.name, squash(`${c.type ?? c.expr ?? ""}`)]));
  const before = columns(old);
  const after = columns(next);
  for (const [name, type] of after)
    if (!before.has(name)) out.push(`column ${name} added`);
    else if (before.get(name) !== type) out.push(`column ${name} ${before.get(name)} \u2192 ${type}`);
  for (const name of before.keys()) if (!after.has(name)) out.push(`column ${name} removed`);
  for (const [key, value] of Object.entries(next.options))
    if (!(key in old.options)) out.push(`option '${key}' added`);
    else if (old.options[key] !== value) out.push(`option '${key}' '${old.options[key]}' \u2192 '${value}'`);
  for (const key of Object.keys(old.options)) if (!(key in next.options)) out.push(`option '${key}' removed`);
  return out;
}
function keptDefinitions(job, oldScript, file) {
  const now = keptCreates(job.statements);
  if (now.size === 0) return [];
  const before = keptCreates(analyzeScript2(oldScript, job.sqlFile).statements);
  if (before.size === 0) return [];
  const out = [];
  for (const [key, st] of now) {
    const old = before.get(key);
    if (!old || squash(old.text) === squash(st.text)) continue;
    const name = (st.table ?? st.view ?? st.database).name.parts.join(".");
    const what = st.kind.replace("create_", "");
    const changes = old.table && st.table ? tableChanges(old.table, st.table) : [];
    const alter = what === "table" ? `ALTER TABLE ${name} (SET (...) for options, ADD / MODIFY for columns, as the catalog allows)` : `ALTER ${what.toUpperCase()} ${name}`;
    out.push(
      warning(
        PLAN_CODES.keptDefinition,
        `Job ${job.name}: the changed CREATE ${what.toUpperCase()} IF NOT EXISTS ${name} will not reach the ${what}, which exists`,
        `The job last ran a different definition of ${name}${changes.length ? ` (${changes.join(", ")})` : ""}. Its catalog keeps its objects beyond the job, so the ${what} exists, and Flink skips CREATE ... IF NOT EXISTS: the restarted job runs against the ${what} as it was first created. Change the ${what} itself with ${alter}, once, outside the job (a SQL client session), or drop and create it again (its data goes with it); then make this definition match it, so the script says what the ${what} is.`,
        ownRange(job, st) ?? file
      )
    );
  }
  return out;
}
// src/plan/explained-job.ts
function tableFacts(table2) {
  return {
    options: table2.options,
    columns: new Map(
      table2.columns.filter((col) => col.type !== void 0).map((col) => [col.name.toLowerCase(), col.type])
    ),
    notNull: /* @__PURE__ */ new Set([
      ...table2.columns.filter((col) => col.nullable === false).map((col) => col.name.toLowerCase()),
      ...(table2.primaryKey?.columns ?? []).map((c) => c.replace(/`/g, "").toLowerCase())
    ]),
    computed: new Set(
      table2.columns.filter((col) => col.type === void 0).map((col) => col.name.toLowerCase())
    ),
    physical: table2.columns.filter((col) => col.kind === "physical").map((col) => col.name.toLowerCase())
  };
}
function displayName(n) {
  const k = operatorKind(n);
  if (k.kind === "source") return `source ${k.table}`;
  if (k.kind === "sink") return `sink ${k.table}${/Committer/.test(k.name) ? " (committer)" : ""}`;
  const op = operatorName(n);
  const key = /(?:groupBy|partitionBy|leftKeys|upsertKey|key|partitionKeys)=\[([^\]]*)\]/.exec(n.contents)?.[1] ?? /joinType=\[([^\]]*)\]/.exec(n.contents)?.[1];
  return key ? `${op} (${key.replace(/\$/g, "")})` : op;
}
// src/plan/lineage.ts
function relationsOf(script, job) {
  const needsShape = script !== void 0 && (!job?.sources || !job.sinks || !job.udfs || /view|[^ -~\s]/i.test(script));
  const shape3 = needsShape ? scriptShape(script) : void 0;
  const views = /* @__PURE__ */ new Map();
  for (const [name, v] of shape3?.views ?? []) views.set(name, readsOf(v.tokens));
  for (const name of job?.views ?? []) if (!views.has(name)) views.set(name, []);
  const direct = shape3 && !shape3.broken && shape3.views.size > 0 ? [...shape3.queries.values()].flatMap((q) => q.reads) : [];
  const reads = new Set(direct.length ? direct : job?.sources ?? []);
  const writes = new Set(job?.sinks ?? []);
  if (!job?.sources || !job?.sinks) {
    for (const q of shape3?.queries.values() ?? []) {
      if (!job?.sinks) writes.add(q.sink);
      if (!job?.sources) for (const r of q.reads) reads.add(r);
    }
  }
  const udfs = new Set(job?.udfs ?? [...shape3?.functions.keys() ?? []]);
  return { reads: [...reads].sort(), writes: [...writes].sort(), views, udfs: [...udfs].sort() };
}
var affectedOf = (function affectedOf(changes) {
  const byKey = /* @__PURE__ */ new Map();
  for (const c of changes) {
    if (c.action === "none") continue;
    for (const cause of c.causes) {
      if (cause.kind !== "table" && cause.kind !== "udf") continue;
      const key = `${cause.kind}:${cause.path}`;
      const entry = byKey.get(key) ?? { kind: cause.kind, name: cause.path, jobs: /* @__PURE__ */ new Set() };
      entry.jobs.add(c.job);
      byKey.set(key, entry);
    }
  }
  return [...byKey.keys()].sort().map((k) => byKey.get(k)).map((e) => ({ kind: e.kind, name: e.name, jobs: [...e.jobs].sort() }));
});
var lineageOf = (function lineageOf(changes, relations, affected) {
  const nodes = /* @__PURE__ */ new Map();
  const edges = /* @__PURE__ */ new Map();
  const changedNames = new Set(affected.map((a) => `${a.kind}:${a.name}`));
  const node = (kind, name, changed) => {
    const id2 = `${kind}:${name}`;
    const prior = nodes.get(id2);
    nodes.set(id2, { id: id2, kind, label: name, changed: changed || (prior?.changed ?? false) });
    return id2;
  };
  const edge = (from, to) => edges.set(`${from}\0${to}`, { from, to });
  for (const c of changes) {
    if (c.action === "none") continue;
    const job = node("job", c.job, true);
    const rel = relations.get(c.job);
    if (!rel) continue;
    const rnode = (name) => rel.views.has(name) ? node("view", name, changedNames.has(`table:${name}`)) : node("table", name, changedNames.has(`table:${name}`));
    for (const r of rel.reads) edge(rnode(r), job);
    for (const w of rel.writes) edge(job, rnode(w));
    const seen = /* @__PURE__ */ new Set();
    const pending = [...rel.reads];
    for (let name = pending.pop(); name !== void 0; name = pending.pop()) {
      const reads = rel.views.get(name);
      if (!reads || seen.has(name)) continue;
      seen.add(name);
      for (const r of reads) {
        edge(rnode(r), rnode(name));
        pending.push(r);
      }
    }
    for (const u of rel.udfs) edge(node("udf", u, changedNames.has(`udf:${u}`)), job);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    edges: [...edges.values()].sort(
      (a, b) => a.from !== b.from ? a.from < b.from ? -1 : 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0
    )
  };
});
// src/plan/moved-sources.ts
function usedInBoth(explained2, name, kind) {
  const uses = (g) => g.nodes.some((n) => {
    const k = operatorKind(n);
    return k.kind === kind && tableKey(k.table ?? "") === name;
  });
  return uses(explained2.old.graph) && uses(explained2.next.graph);
}
function movedSources(explained2, connector, where, kind = "source") {
  if (!explained2 || !("old" in explained2)) return [];
  const out = [];
  for (const [name, next] of explained2.next.tables) {
    const old = explained2.old.tables.get(name);
    const c = old ? connector(old.options, next.options) : void 0;
    if (!old || c === void 0) continue;
    const was = where(old.options);
    const now = where(next.options);
    if (was === void 0 || was === now) continue;
    if (!usedInBoth(explained2, name, kind)) continue;
    out.push({ name, connector: c, was, now, old: old.options, next: next.options });
  }
  return out;
}
function changedKey(m2, keys2) {
  return keys2.find((k) => m2.old[k] !== m2.next[k]) ?? keys2[0];
}
function warnKafkaTopicMoved(j, explained2) {
  const kafka = (old, next) => old.connector === "kafka" && next.connector === "kafka" ? "kafka" : void 0;
  for (const m2 of movedSources(explained2, kafka, (o) => o.topic ?? o["topic-pattern"])) {
    const { name, was, now } = m2;
    j.diags.push(
      warning(
        PLAN_CODES.kafkaTopicMoved,
        `Job ${j.job.name}: Kafka source ${name} moves from topic ${was} to ${now ?? "another subscription"}, but restored from the savepoint it goes on reading ${was}`,
        `Flink's KafkaSource restores the partitions it was assigned from the savepoint and keeps reading them, whatever the table's topic now says: the new job reads ${was} as well. To read only the new topic, deploy this change with upgradeMode: stateless in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`} (the job's other state starts empty too; scan.startup.mode says where the new topic is read from), or let nothing write ${was} any more.`,
        inTable(j, name, { option: changedKey(m2, ["topic", "topic-pattern"]) })
      )
    );
  }
}
var START_KEYS = [
  "scan.startup.mode",
  "scan.startup.specific-offsets",
  "scan.startup.timestamp-millis",
  "properties.group.id"
];
function kafkaStart(o) {
  const mode = (o["scan.startup.mode"] ?? "group-offsets").toLowerCase();
  const at2 = mode === "specific-offsets" ? o["scan.startup.specific-offsets"] : mode === "timestamp" ? o["scan.startup.timestamp-millis"] : mode === "group-offsets" ? o["properties.group.id"] : void 0;
  return at2 === void 0 ? mode : `${mode} ${at2}`;
}
function warnKafkaStartIgnored(j, explained2, compat) {
  const kafka = (old, next) => old.connector === "kafka" && next.connector === "kafka" ? "kafka" : void 0;
  for (const m2 of movedSources(explained2, kafka, kafkaStart)) {
    const { name, was, now } = m2;
    if (!compat.operators?.some((o) => o.name === `source ${name}` && o.state === "kept")) continue;
    j.diags.push(
      warning(
        PLAN_CODES.kafkaStartIgnored,
        `Job ${j.job.name}: Kafka source ${name} starts at ${now} instead of ${was}, but restored from the savepoint it resumes where the old job stopped`,
        `Flink's KafkaSource restores each partition's offset from the savepoint and reads on from there: scan.startup.mode and its group or offsets apply only to partitions it never read, so no record is skipped or read again. To start where the new setting says, deploy this change with upgradeMode: stateless in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`} (the job's other state starts empty too), or under a new job name.`,
        inTable(j, name, { option: changedKey(m2, START_KEYS) })
      )
    );
  }
}
function warnUpsertSinkMoved(j, explained2, compat) {
  const keyed = compat.operators?.some(
    (o) => o.state === "kept" && !o.name.startsWith("source ") && !o.name.startsWith("sink ")
  );
  if (!keyed) return;
  const upsert = (old, next) => old.connector === next.connector && (next.connector === "upsert-kafka" || next.connector === "jdbc") ? next.connector : void 0;
  const target = (o) => o.connector === "jdbc" ? o["table-name"] : o.topic;
  for (const m2 of movedSources(explained2, upsert, target, "sink")) {
    const { name, connector, was, now } = m2;
    const what = connector === "jdbc" ? "table" : "topic";
    j.diags.push(
      warning(
        PLAN_CODES.upsertSinkMoved,
        `Job ${j.job.name}: ${connector} sink ${name} moves from ${what} ${was} to ${now ?? "another one"}, which will hold only the keys updated after the upgrade`,
        `Restored from the savepoint, the job's operators emit a key's row only when the key changes again: ${now ?? `the new ${what}`} gets those, and no row of a key not updated since; ${was} keeps the rest. To fill the new ${what} with every key, deploy this change with upgradeMode: stateless in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`} and sources that read their input from the start (scan.startup.mode: earliest-offset), or copy ${was}'s rows into ${now ?? `the new ${what}`} before the upgrade.`,
        inTable(j, name, { option: connector === "jdbc" ? "table-name" : "topic" })
      )
    );
  }
}
var BY_NAME_FORMATS = /* @__PURE__ */ new Set(["json", "debezium-json", "canal-json", "maxwell-json", "ogg-json"]);
var BY_POSITION_FORMATS = /* @__PURE__ */ new Set(["csv"]);
function warnFieldsReadElsewhere(j, explained2) {
  if (!explained2 || !("old" in explained2)) return;
  fieldsReadElsewhere(
    j,
    explained2.old.tables,
    explained2.next.tables,
    (name) => usedInBoth(explained2, name, "source") ? "" : void 0
  );
}
function warnFieldsReadAgain(j, oldScript, strategy) {
  if (strategy !== "stateless" || oldScript === void 0) return;
  const facts = (statements) => new Map(
    statements.flatMap(
      (st) => st.table ? [[tableKey(st.table.name.name), tableFacts(st.table)]] : []
    )
  );
  const old = facts(analyzeScript2(oldScript, j.job.sqlFile).statements);
  const next = facts(j.job.statements);
  const oldReads = new Set(relationsOf(oldScript).reads.map(tableKey));
  const reads = new Set(j.job.sources.map(tableKey));
  fieldsReadElsewhere(j, old, next, (name) => {
    const o = next.get(name)?.options ?? {};
    const connector = o.connector?.toLowerCase();
    if (!reads.has(name) || !oldReads.has(name)) return void 0;
    const mode = connector === "upsert-kafka" ? "earliest-offset" : connector === "kafka" ? (o["scan.startup.mode"] ?? "group-offsets").toLowerCase() : void 0;
    if (mode === void 0 || mode === "latest-offset") return void 0;
    return ` (upgraded stateless, it reads the topic again from ${mode}: records written before the change are read again)`;
  });
}
function fieldsReadElsewhere(j, oldTables, nextTables, why) {
  const format = (o) => o.format ?? o["value.format"];
  for (const [name, next] of nextTables) {
    const old = oldTables.get(name);
    const f = format(next.options);
    if (!old || f === void 0 || format(old.options) !== f) continue;
    if (!BY_NAME_FORMATS.has(f) && !BY_POSITION_FORMATS.has(f)) continue;
    const because = why(name);
    if (because === void 0) continue;
    const was = old.physical ?? [];
    const now = next.physical ?? [];
    if (BY_POSITION_FORMATS.has(f)) {
      if (next.options["value.fields-include"]?.toUpperCase() === "EXCEPT_KEY") continue;
      const moved = now.filter((col, i) => was.includes(col) && was.indexOf(col) !== i);
      if (moved.length === 0) continue;
      const where = moved.map((col) => `${col} field ${now.indexOf(col) + 1} (was ${was.indexOf(col) + 1})`);
      j.diags.push(
        warning(
          PLAN_CODES.fieldMoved,
          `Job ${j.job.name}: columns of source ${name} move, but format ${f} reads fields by position: ${where.join(", ")}${because}`,
          `The ${f} format reads each column from the record's field at the column's place: records written in the old order give ${moved.join(", ")} another column's value, without an error where it parses as the column's type. Keep the columns in the order the producers write them, and add new ones at the end; or have the producers write the new order first.`,
          inTable(j, name, { column: moved[0] })
        )
      );
      continue;
    }
    for (const [i, col] of was.entries()) {
      const renamed = now[i];
      if (renamed === void 0 || now.includes(col) || was.includes(renamed)) continue;
      const from = old.columns.get(col);
      const to = next.columns.get(renamed);
      const retyped = from !== void 0 && to !== void 0 && from !== to ? ` (and retyped ${from} \u2192 ${to})` : "";
      j.diags.push(
        warning(
          PLAN_CODES.fieldRenamed,
          `Job ${j.job.name}: column ${col} of source ${name} is renamed ${renamed}${retyped}, but format ${f} reads the field named ${renamed}: it is NULL in every record written with ${col}${because}`,
          `The ${f} format reads each column from the record's field of the same name, and cannot read a field under another name: records that hold ${col} and no ${renamed} give NULL, and what the job computes from ${renamed} (sums, keys, filters) changes without an error. Keep ${col} in the table and rename it in the query (SELECT ${retyped ? `CAST(${col} AS ${to}) AS ${renamed}` : `${col} AS ${renamed}`} \u2026), or have the producers write ${renamed} first.`,
          inTable(j, name, { column: renamed })
        )
      );
    }
  }
}
function warnCdcTableMoved(j, explained2) {
  const cdc = (old, next) => {
    const c = next.connector?.toLowerCase();
    return c?.endsWith("-cdc") && old.connector?.toLowerCase() === c ? c : void 0;
  };
  for (const m2 of movedSources(explained2, cdc, (o) => cdcTableName((k) => o[k]))) {
    const { name, connector, was, now } = m2;
    j.diags.push(
      warning(
        PLAN_CODES.cdcTableMoved,
        `Job ${j.job.name}: ${connector} source ${name} moves from table ${was} to ${now}: the sinks keep what ${was} gave them`,
        `Restored from the savepoint, the source reads a snapshot of ${now} and its changes from then on, and no more changes of ${was}: rows ${was} gave the sinks stay there, also when they are deleted from it later. Delete them from the sinks if they should go, or write the new table to sinks of its own.`,
        inTable(j, name, { option: changedKey(m2, ["table-name", "schema-name", "database-name"]) })
      )
    );
  }
}
function inTable(j, table2, place) {
  return j.ctx.locateInTable?.(j.job, table2, place) ?? submittedStatement(j.job);
}
// src/plan/sql-diff.ts
function splitLines(text) {
  if (text === "") return [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function diffLines(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
    tail++;
  const ops = [];
  for (let i = 0; i < head; i++) ops.push({ kind: " ", line: a[i], oldNo: i + 1, newNo: i + 1 });
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const op of myers(midA, midB)) {
    ops.push({ ...op, oldNo: op.oldNo + head, newNo: op.newNo + head });
  }
  for (let k = tail; k > 0; k--) {
    const i = a.length - k;
    const j = b.length - k;
    ops.push({ kind: " ", line: a[i], oldNo: i + 1, newNo: j + 1 });
  }
  return ops;
}
var MAX_EDITS = 2e3;
function myers(a, b) {
  const n = a.length;
  const m2 = b.length;
  if (n === 0 || m2 === 0) return replaceAll(a, b);
  const max = Math.min(n + m2, MAX_EDITS);
  const offset = n + m2;
  const v = new Int32Array(2 * (n + m2) + 2);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x2;
      if (k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1]) x2 = v[offset + k + 1];
      else x2 = v[offset + k - 1] + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m2 && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[offset + k] = x2;
      if (x2 >= n && y2 >= m2) {
        found = true;
        break;
      }
    }
  }
  if (!found) return replaceAll(a, b);
  const ops = [];
  let x = n;
  let y = m2;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const at2 = (k2) => vd[k2 + d];
    const k = x - y;
    let prevK;
    if (d === 0) prevK = 0;
    else if (k === -d || k !== d && at2(k - 1) < at2(k + 1)) prevK = k + 1;
    else prevK = k - 1;
    const prevX = d === 0 ? 0 : at2(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: " ", line: a[x - 1], oldNo: x, newNo: y });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: "+", line: b[y - 1], oldNo: x, newNo: y });
      else ops.push({ kind: "-", line: a[x - 1], oldNo: x, newNo: y });
    }
    x = prevX;
    y = prevY;
  }
  ops.reverse();
  return ops;
}
function replaceAll(a, b) {
  return [
    ...a.map((line, i) => ({ kind: "-", line, oldNo: i + 1, newNo: 0 })),
    ...b.map((line, j) => ({ kind: "+", line, oldNo: a.length, newNo: j + 1 }))
  ];
}
function unifiedDiff(oldText, newText, opts = {}) {
  if (oldText === newText) return "";
  const context = opts.context ?? 3;
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const ops = diffLines(a, b);
  const out = [`--- a/${opts.oldName ?? "old.sql"}`, `+++ b/${opts.newName ?? "new.sql"}`];
  const changed = [];
  ops.forEach((op, i) => {
    if (op.kind !== " ") changed.push(i);
  });
  if (changed.length === 0) return "";
  let h = 0;
  while (h < changed.length) {
    let end = h;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * context + 1) end++;
    const from = Math.max(0, changed[h] - context);
    const to = Math.min(ops.length - 1, changed[end] + context);
    out.push(...hunk(ops, from, to));
    h = end + 1;
  }
  return `${out.join("\n")}
`;
}
function hunk(ops, from, to) {
  let oldStart = 0;
  let newStart = 0;
  let oldLen = 0;
  let newLen = 0;
  const body = [];
  for (let i = from; i <= to; i++) {
    const op = ops[i];
    if (op.kind !== "+") {
      if (oldLen === 0) oldStart = op.oldNo;
      oldLen++;
    }
    if (op.kind !== "-") {
      if (newLen === 0) newStart = op.newNo;
      newLen++;
    }
    body.push(`${op.kind}${op.line}`);
  }
  if (oldLen === 0) oldStart = ops[from].oldNo;
  if (newLen === 0) newStart = ops[from].newNo;
  let first = from;
  while (first < to && ops[first].kind === " ") first++;
  const heading = statementOf(ops, first, from);
  return [
    `@@ -${range(oldStart, oldLen)} +${range(newStart, newLen)} @@${heading ? ` ${heading}` : ""}`,
    ...body
  ];
}
var STATEMENT_START = /^(CREATE|INSERT|EXECUTE|BEGIN|SET|RESET|ADD|ALTER|DROP|USE|LOAD)\b/i;
function statementOf(ops, at2, from) {
  for (let i = at2; i >= 0; i--) {
    const op = ops[i];
    if (op.kind !== "+" && STATEMENT_START.test(op.line)) {
      if (i >= from) return void 0;
      const line = op.line.trimEnd();
      return line.length > 80 ? `${line.slice(0, 77)}...` : line;
    }
  }
  return void 0;
}
function range(start, len) {
  return len === 1 ? `${start}` : `${start},${len}`;
}
// src/plan/state-backend.ts
function configuredBackend(config) {
  const c = config && typeof config === "object" ? config : {};
  const v = c["state.backend.type"] ?? c["state.backend"];
  if (typeof v !== "string" || v.trim() === "") return void 0;
  const t = v.trim().toLowerCase();
  if (["hashmap", "filesystem", "jobmanager", "memory"].includes(t) || /hashmapstatebackend$/.test(t))
    return "hashmap";
  if (/rocksdb/.test(t)) return "rocksdb";
  if (/forst/.test(t)) return "forst";
  return t;
}
function runningBackend(config, running) {
  if (configuredBackend(config) !== void 0 || !running?.stateBackend) return config;
  return { "state.backend.type": running.stateBackend };
}
var HEAP_STATE_SHARE = 0.1;
function targetBackend(j) {
  const named2 = configuredBackend(j.job.settings.config);
  if (named2 !== void 0) return { backend: named2, defaulted: false };
  const d = j.ctx.defaultStateBackend;
  return d !== void 0 ? { backend: d, defaulted: true } : { defaulted: false };
}
function heaviestTaskManager(heaps, parallelism3) {
  const p = Math.max(1, parallelism3);
  let best;
  for (const heap of heaps) {
    const subtasks = Math.min(p, heap.slots > 0 ? heap.slots : p);
    if (!best || subtasks * best.heap.bytes > best.subtasks * heap.bytes) best = { heap, subtasks };
  }
  return best;
}
function warnHeapState(j, runs, running) {
  const from = configuredBackend(runs);
  const to = targetBackend(j);
  const heaps = j.ctx.taskHeaps;
  if (!running || to.backend !== "hashmap" || from === void 0 || from === "hashmap" || !heaps?.length)
    return;
  const size = Math.max(running.lastCheckpoint?.stateSize ?? 0, running.lastSavepointSize ?? 0);
  const p = Math.max(1, j.to.parallelism);
  const heaviest = heaviestTaskManager(heaps, p);
  if (!heaviest) return;
  const { heap, subtasks } = heaviest;
  const onOne = size * subtasks / p;
  if (!(onOne > heap.bytes * HEAP_STATE_SHARE)) return;
  const mb = (b) => `${Math.max(1, Math.round(b / 2 ** 20))} MB`;
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  const target = to.defaulted ? "hashmap, the cluster's default" : "hashmap";
  const placed = p === 1 ? "" : ` Each of the job's ${p} subtasks restores 1/${p} of it, and Flink fills one TaskManager's slots before the next: ${subtasks === p ? `all ${p}` : `${subtasks} of them`} fit in the ${heap.slots} slots of a TaskManager with ${mb(heap.bytes)} of task heap.`;
  const keep = to.defaulted ? `Name ${from} in ${settings} (state.backend.type: ${from}; it names none, so the cluster's default applies)` : `Keep ${from} in ${settings} (state.backend.type: ${from})`;
  j.diags.push(
    warning(
      PLAN_CODES.heapStateTooLarge,
      `Job ${j.job.name}: the state backend changes (${from} \u2192 ${target}) with ${mb(size)} of state, ${mb(onOne)} on one TaskManager of ${mb(heap.bytes)} task heap: the restore may run out of memory`,
      `The hashmap backend keeps the whole state as Java objects on the task heap, several times its ${mb(size)} in a checkpoint; flinkops warns above a tenth of the task heap (${mb(heap.bytes * HEAP_STATE_SHARE)} here).${placed} A TaskManager out of memory fails the restore and the rollback with it. ${keep}, or give the TaskManagers more heap (taskmanager.memory.task.heap.size, or taskmanager.memory.process.size), or the job a parallelism above one TaskManager's ${heap.slots || p} slots on TaskManagers to spare, before applying.`,
      fileRange(j.job.yamlFile ?? j.job.sqlFile)
    )
  );
}
var pinnedFormat = (function pinnedFormat(pinned, live2, record3) {
  if (/\/chk-\d+\/?$/.test(pinned)) return void 0;
  for (const l of live2) {
    for (const [path, format] of Object.entries(l.savepointFormats ?? {})) {
      if (sameSavepointPath(path, pinned))
        return { format, source: `Flink's checkpoint history of job ${l.jobId} says so` };
    }
  }
  if (record3?.savepoints.some((sp) => sameSavepointPath(sp.path, pinned)))
    return { format: "CANONICAL", source: "flinkops took it" };
  return void 0;
});
function backendSwitch(compat, before, after, settingsFile, pinned, format, clusterDefault) {
  const named2 = configuredBackend(after);
  const [a, b] = [configuredBackend(before), named2 ?? clusterDefault];
  if (a === b || a === void 0 && named2 === void 0 || compat.verdict === "incompatible") return;
  const name = (x) => x ?? "the cluster's default";
  const shownB = named2 === void 0 && b !== void 0 ? `${b}, the cluster's default` : name(b);
  const switched = `the state backend changes (${name(a)} \u2192 ${shownB})`;
  if (pinned !== void 0 && !/\/chk-\d+\/?$/.test(pinned)) {
    if (format?.format === "CANONICAL") return;
    if (format?.format === "NATIVE") {
      compat.verdict = "incompatible";
      compat.findings.push(
        `${switched} while the job restores the pinned ${pinned}, a NATIVE savepoint (${format.source}): Flink restores a NATIVE savepoint only into the state backend that wrote it; the restore fails`
      );
      compat.advice = [
        `pin a canonical savepoint instead (flinkops savepoint takes one; Flink's default format) in ${settingsFile}, or keep the old state backend for this restore`,
        ...compat.advice.filter((x) => !/allowNonRestoredState/.test(x))
      ];
      return;
    }
    if (compat.verdict !== "compatible") return;
    compat.verdict = "unknown";
    compat.findings.push(
      `${switched} while the job restores the pinned ${pinned}: Flink restores it into another backend only if it is a canonical savepoint (the default format); a NATIVE one fails the restore`
    );
    return;
  }
  const why = `${switched} while the job restores ${pinned ? `the checkpoint ${pinned}` : "its latest checkpoint"}, which keeps state in the old backend's own format: Flink restores state into another backend only from a canonical savepoint`;
  if (a !== void 0 && b !== void 0) {
    compat.verdict = "incompatible";
    compat.findings.push(`${why}; the restore fails`);
    compat.advice = [
      `set upgradeMode: savepoint in ${settingsFile} for this change (a savepoint restores into either backend), then back to last-state`,
      ...compat.advice.filter((x) => !/allowNonRestoredState/.test(x))
    ];
  } else if (compat.verdict === "compatible") {
    compat.verdict = "unknown";
    compat.findings.push(`${why}, unless the cluster's default is the same backend`);
  }
}
// src/plan/column-changes.ts
function readTables(nodes) {
  const out = /* @__PURE__ */ new Set();
  for (const n of nodes)
    for (const m2 of n.contents.matchAll(/table=\[(\[?)([^\]]*?)\]/g)) {
      const parts = m2[1] ? m2[2].split(/,\s*/).filter((p) => !p.includes("=")) : m2[2].split(".");
      const name = m2[1] ? parts[Math.min(2, parts.length - 1)] : parts[parts.length - 1];
      if (name) out.add(name.replace(/`/g, "").trim().toLowerCase());
    }
  return out;
}
function changedFunctions(a, b) {
  if (!a.functions || !b.functions) return [];
  return [...a.functions].filter(([name, def]) => b.functions.has(name) && b.functions.get(name) !== def).map(([name]) => name);
}
function callsFunction(text, name) {
  return new RegExp(`(?<![\\w$.])${escapeRegExp2(name)}\\s*\\(`, "i").test(text);
}
function mentions(text, col) {
  return new RegExp(`\\b${escapeRegExp2(col)}\\b`, "i").test(text);
}
function nullabilityHeld(n, shape3) {
  if (!AGGREGATES.has(operatorName(n))) return shape3;
  return [...shape3.matchAll(/\b(?:groupBy|partitionBy|key|partitionKeys)=\[([^\]]*)\]/g)].map((m2) => m2[1]).join(", ");
}
function tablesReaching([n, g], [twin, h]) {
  if (operatorName(n) === "SinkMaterializer") return void 0;
  const upstream = (x, graph) => {
    const ids = upstreamOf(x, graph);
    return graph.nodes.filter((m2) => ids.has(m2.id));
  };
  const read2 = readTables([...upstream(n, g), ...upstream(twin, h)]);
  return read2.size > 0 ? read2 : void 0;
}
function renulledColumns(a, b, scope) {
  const out = /* @__PURE__ */ new Set();
  for (const [table2, x] of a.tables) {
    if (scope && !scope.has(table2)) continue;
    const y = b.tables.get(table2);
    if (!y || !x.notNull || !y.notNull) continue;
    for (const col of x.columns.keys())
      if (y.columns.has(col) && x.notNull.has(col) !== y.notNull.has(col)) out.add(col);
  }
  return [...out];
}
function retypedColumns(a, b, scope) {
  const out = /* @__PURE__ */ new Set();
  for (const [table2, x] of a.tables) {
    if (scope && !scope.has(table2)) continue;
    const y = b.tables.get(table2);
    if (!y) continue;
    for (const [col, type] of x.columns) {
      const t = y.columns.get(col);
      if (t !== void 0 && t !== type) out.add(col);
    }
  }
  return [...out];
}
// src/plan/typed-shape.ts
function typedShape(shape3, node, job, calls) {
  const alias = /* @__PURE__ */ new Map();
  const computed = [];
  const upstream = upstreamOf(node, job.graph).add(node.id);
  for (const n of job.graph.nodes) {
    if (!upstream.has(n.id)) continue;
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(n.contents)?.[1];
    if (!select) continue;
    for (const m2 of select.matchAll(/(?:^|,\s*)([A-Za-z_][\w$]*) AS ([A-Za-z_][\w$]*)/g)) {
      if (m2[1] !== m2[2]) alias.set(m2[2].toLowerCase(), m2[1].toLowerCase());
    }
    if (/^(?:\[\d+\]:)?Calc\(/.test(n.contents)) {
      for (const item of splitTopLevel(select)) {
        const m2 = /^(.*\S)\s+AS\s+(\$?[A-Za-z_][\w$]*)$/s.exec(item.trim());
        if (m2 && !/^[A-Za-z_][\w$]*$/.test(m2[1])) computed.push([m2[2].toLowerCase(), m2[1]]);
      }
    }
  }
  const types = /* @__PURE__ */ new Map();
  const read2 = readTables(job.graph.nodes.filter((n) => upstream.has(n.id)));
  for (const [name, t] of job.tables) {
    if (read2.size > 0 && !read2.has(name)) continue;
    for (const [col, type] of t.columns) {
      const seen = types.get(col);
      types.set(col, seen === void 0 || seen === type ? type : null);
    }
  }
  const columnType = (word) => {
    let name = word.toLowerCase();
    for (let i = 0; i < 8 && alias.has(name); i++) name = alias.get(name);
    return types.get(name);
  };
  const computedTypes = /* @__PURE__ */ new Map();
  const recast = /* @__PURE__ */ new Map();
  for (const [name, expr] of computed) {
    if (types.has(name)) {
      const t2 = computedType(expr, columnType);
      if (t2 !== void 0 && t2 !== types.get(name)) recast.set(name, t2);
      continue;
    }
    const called = calls.has(expr.trim()) ? job.functionTypes?.get(expr.trim()) : void 0;
    const t = called ?? computedType(expr, columnType) ?? null;
    const seen = computedTypes.get(name);
    computedTypes.set(name, seen === void 0 || seen === t ? t : null);
  }
  return shape3.replace(/(?<![\w$])(\$?[A-Za-z_][\w$]*)(?![\w$])(?!\s*\()/g, (word) => {
    const type = word.startsWith("$") ? void 0 : recast.get(word.toLowerCase()) ?? columnType(word);
    const typed = type ?? computedTypes.get(word.toLowerCase());
    return typed ? `<${typed}>` : word;
  });
}
function untypedOnOneSide(shape3, typedA, typedB) {
  const words = [...shape3.matchAll(/(?<![\w$])(\$?[A-Za-z_][\w$]*)(?![\w$])(?!\s*\()/g)];
  const pieces = (typed) => {
    const out = [];
    let at2 = 0;
    let from = 0;
    for (const w of words) {
      const before = shape3.slice(from, w.index);
      if (!typed.startsWith(before, at2)) return void 0;
      at2 += before.length;
      const piece = typed.startsWith(w[0], at2) ? w[0] : /^<[^<>]*>/.exec(typed.slice(at2))?.[0];
      if (piece === void 0) return void 0;
      out.push(piece);
      at2 += piece.length;
      from = w.index + w[0].length;
    }
    return typed.slice(at2) === shape3.slice(from) ? out : void 0;
  };
  const [pa, pb] = [pieces(typedA), pieces(typedB)];
  if (!pa || !pb) return void 0;
  const unknown = [];
  for (let i = 0; i < words.length; i++) {
    if (pa[i] === pb[i]) continue;
    const untyped = pa[i] === words[i][0] || pb[i] === words[i][0];
    if (!untyped) return void 0;
    if (!unknown.includes(words[i][0])) unknown.push(words[i][0]);
  }
  return unknown.length > 0 ? unknown : void 0;
}
function storedRow(n, graph) {
  const op = operatorName(n);
  if (op !== "Deduplicate" && op !== "WindowDeduplicate") return "";
  if (op === "Deduplicate" && /\bkeep=\[FirstRow\]/.test(n.contents) && /\border=\[PROCTIME\]/.test(n.contents))
    return "";
  const columns = n.inputs.length === 1 ? outputColumns(n.inputs[0].from, graph) : void 0;
  return columns ? ` row=[${columns.join(", ")}]` : "";
}
function outputColumns(id2, graph) {
  const byId = new Map(graph.nodes.map((g) => [g.id, g]));
  let at2 = byId.get(id2);
  for (let hops = 0; at2 && hops < 16; hops++) {
    const text = at2.contents.replace(/^\[\d+\]:/, "");
    if (/^Calc\(/.test(text)) {
      const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(text)?.[1];
      if (select === void 0) return void 0;
      return splitTopLevel(select).map((item) => {
        const m2 = /\s+AS\s+(\$?[A-Za-z_][\w$]*)$/s.exec(item.trim());
        return m2 ? m2[1] : item.trim();
      });
    }
    if (operatorKind(at2).kind === "source") {
      const fields = /\bfields=\[([^\]]*)\]/.exec(text)?.[1];
      return fields === void 0 ? void 0 : fields.split(/,\s*/);
    }
    if (!/^WatermarkAssigner\(/.test(text) || at2.inputs.length !== 1) return void 0;
    at2 = byId.get(at2.inputs[0].from);
  }
  return void 0;
}
function sameWords(a, b) {
  const words = (t) => (t.match(/\$?[A-Za-z_][\w$]*/g) ?? []).sort().join(" ");
  return words(a) === words(b);
}
function computedType(expr, columnType) {
  const CAST = /CAST\(([A-Za-z_][\w$]*) AS ([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)\)/g;
  const castType = (col, to) => {
    const from = columnType(col);
    if (!from) return void 0;
    return `${to === "INTEGER" ? "INT" : to}${/\sNOT NULL$/i.test(from) ? " NOT NULL" : ""}`;
  };
  const text = expr.trim();
  const whole = new RegExp(`^${CAST.source}$`).exec(text);
  if (whole) return castType(whole[1], whole[2]);
  const casts = /* @__PURE__ */ new Map();
  const flat = text.replace(CAST, (_, col, to) => {
    const name = `cast$${casts.size}`;
    casts.set(name, castType(col, to));
    return name;
  });
  const operandType = (word) => casts.has(word) ? casts.get(word) : columnType(word);
  const tokens = flat.match(/[A-Za-z_][\w$]*|\d+|\S/g) ?? [];
  let type;
  let mod = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (/^\d+$/.test(tok)) {
      if (Number(tok) > 2147483647) return void 0;
    } else if (/^[A-Za-z_]/.test(tok)) {
      if (tokens[i + 1] === "(") {
        if (!/^(?:ABS|MOD)$/i.test(tok)) return void 0;
        mod ||= /^MOD$/i.test(tok);
        continue;
      }
      const t = operandType(tok);
      if (!t || !/^(?:INT|INTEGER|BIGINT)(?:\s+NOT NULL)?$/i.test(t)) return void 0;
      if (type !== void 0 && type !== t) return void 0;
      type = t;
    } else if (!["+", "-", "*", "(", ")", ","].includes(tok)) return void 0;
  }
  if (type === void 0 || mod && !/^INT/i.test(type)) return void 0;
  return type;
}
// src/plan/crossed-state.ts
function crossedState([a, n, oldJob], [b, twin, newJob]) {
  if (a !== b && sameWords(a, b))
    return `its columns are reordered (${a} \u2192 ${b}); Flink restores the state by position and reads each key and row with its columns crossed`;
  const [oldColumns, newColumns] = [inputColumns(n, oldJob), inputColumns(twin, newJob)];
  const moved = a !== b ? switchedKey(a, b, oldColumns, newColumns) : "";
  const recomputed = moved ? "" : recomputedKey([a, n, oldJob, oldColumns], [b, twin, newJob, newColumns]);
  const how = moved ? `its key is another column now (${moved})` : recomputed ? `its key is computed otherwise now (${recomputed})` : "";
  return how ? `${how}; Flink restores the state and reads each key's state as that of another key` : "";
}
function declaredColumns(job) {
  const out = /* @__PURE__ */ new Set();
  for (const t of job.tables.values()) {
    for (const c of t.columns.keys()) out.add(c.toLowerCase());
    for (const c of t.computed ?? []) out.add(c);
  }
  return out;
}
function keyColumns(shape3) {
  const out = /* @__PURE__ */ new Set();
  for (const m2 of shape3.matchAll(/\b(?:groupBy|partitionBy|partitionKeys|key|joinKey)=\[([^\]]*)\]/g))
    for (const w of m2[1].match(/\$?[A-Za-z_][\w$]*/g) ?? []) out.add(w.toLowerCase());
  return out;
}
function switchedKey(a, b, oldColumns, newColumns) {
  const [x, y] = [keyColumns(a), keyColumns(b)];
  const gone = [...x].filter((c) => !y.has(c) && oldColumns.has(c));
  const came = [...y].filter((c) => !x.has(c) && newColumns.has(c));
  if (gone.length === 0 || came.length === 0) return "";
  if (!gone.every((c) => newColumns.has(c)) || !came.every((c) => oldColumns.has(c))) return "";
  return `${gone.join(", ")} \u2192 ${came.join(", ")}`;
}
function recomputedKey([a, n, oldJob, oldColumns], [b, twin, newJob, newColumns]) {
  const [x, y] = [[...keyColumns(a)], [...keyColumns(b)]];
  if (x.length === 0 || x.length !== y.length) return "";
  const norm = (e) => e.replace(/\s+/g, " ").trim().toLowerCase();
  const changed = [];
  for (let i = 0; i < x.length; i++) {
    const [from, to] = [keyExpression(x[i], n, oldJob), keyExpression(y[i], twin, newJob)];
    if (norm(from) === norm(to) || from === x[i] && to === y[i]) continue;
    for (const w of `${from} ${to}`.match(/(?<![\w$])[A-Za-z_][\w$]*(?![\w$])(?!\s*\()/g) ?? []) {
      const c = w.toLowerCase();
      const both = oldColumns.has(c) && newColumns.has(c);
      const keyword = /^[A-Z_]+$/.test(w) && !oldColumns.has(c) && !newColumns.has(c);
      if (!both && !keyword) return "";
    }
    changed.push(from === x[i] && x[i] === y[i] ? `${from} \u2192 ${to}` : `${x[i]}: ${from} \u2192 ${to}`);
  }
  return changed.join(", ");
}
function keyExpression(column, node, job) {
  const byId = new Map(job.graph.nodes.map((g) => [g.id, g]));
  let name = column;
  let at2 = node;
  for (let hops = 0; at2 && hops < 16; hops++) {
    const input = at2.inputs.length === 1 ? byId.get(at2.inputs[0].from) : void 0;
    if (!input || !/^(?:\[\d+\]:)?Calc\(/.test(input.contents)) return name;
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(input.contents)?.[1] ?? "";
    for (const item of splitTopLevel(select)) {
      const m2 = /^(.*\S)\s+AS\s+(\$?[A-Za-z_][\w$]*)$/s.exec(item.trim());
      if (!m2 || m2[2].toLowerCase() !== name.toLowerCase()) continue;
      if (!/^\$?[A-Za-z_][\w$]*$/.test(m2[1])) return m2[1];
      name = m2[1];
    }
    at2 = input;
  }
  return name;
}
function inputColumns(node, job) {
  const upstream = upstreamOf(node, job.graph).add(node.id);
  const read2 = readTables(job.graph.nodes.filter((n) => upstream.has(n.id)));
  const out = /* @__PURE__ */ new Set();
  for (const [name, t] of job.tables) {
    if (read2.size > 0 && !read2.has(name)) continue;
    for (const [col] of t.columns) out.add(col.toLowerCase());
  }
  return out;
}
// src/plan/kept-notes.ts
function rowsToRange(a, b, n, graph) {
  if (!rowsFrameBecomesRange(a, b)) return false;
  const order = /\borderBy=\[(\$?[A-Za-z_][\w$]*) ASC\]/.exec(n.contents)?.[1];
  return order !== void 0 && !isProcTime(order, n, graph);
}
function overFrameNote(n, twin, input) {
  if (operatorName(n) !== "OverAggregate") return "";
  const [a, b] = [stateShape(n), stateShape(twin)];
  return a !== b && rowsToRange(a, b, n, input.old.graph) ? " (its ROWS frame becomes a RANGE frame: the RANGE function reads the rows and the accumulator kept, and retracts those older than its range)" : "";
}
function keptNote(n, twin) {
  const [a, b] = [stateShape(n), stateShape(twin)];
  if (patternExtended(a, b))
    return " (its pattern gains variables after the old ones: the partial matches kept continue into them)";
  if (operatorName(n) === "WindowJoin") {
    const size = (x) => /\bleftWindow=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(x.contents)?.[1];
    if (size(n) !== size(twin))
      return " (its windows change: a window open at the upgrade closes at its old end with the rows kept, and the new windows join only the rows after the upgrade; rows on either side of it are not joined)";
  }
  if (/WindowAggregate$/.test(operatorName(n))) {
    const [from, to] = [windowSizeMs(n.contents), windowSizeMs(twin.contents)];
    if (from !== void 0 && to !== void 0 && to > from)
      return " (its windows grow: the first windows after the upgrade may lack slices the old job had already dropped, and then emit partial results)";
  }
  if (/^(?:Window)?Rank$/.test(operatorName(n))) {
    const order = (x) => /\borderBy=\[([^\]]*)\]/.exec(x.contents)?.[1];
    if (order(n) !== order(twin))
      return operatorName(n) === "WindowRank" ? " (its order changes: a window open at the upgrade ranks the rows the old order kept of it, at most N of each bundle read, and the rows read after the upgrade)" : " (its order changes: each key ranks the N rows the old order kept and the rows read after the upgrade, not every row it read)";
  }
  if (baseName(n) !== baseName(twin) && stateFunction(n) === stateFunction(twin))
    return ` (becomes ${displayName(twin)}: the same session window state, and the sessions open at the upgrade go on)`;
  return "";
}
function sourceTables(id2, graph) {
  const node = graph.nodes.find((g) => g.id === id2);
  if (!node) return "";
  const ids = /* @__PURE__ */ new Set([id2, ...upstreamOf(node, graph)]);
  const tables = graph.nodes.filter((g) => ids.has(g.id)).map((g) => operatorKind(g)).filter((k) => k.kind === "source" && k.table !== void 0).map((k) => k.table);
  return [...new Set(tables)].sort().join(", ");
}
function swappedInputs([n, oldGraph], [twin, newGraph]) {
  if (!JOINS.has(operatorName(n)) || n.inputs.length !== 2 || twin.inputs.length !== 2) return "";
  const [l, r] = n.inputs.map((e) => sourceTables(e.from, oldGraph));
  const [l2, r2] = twin.inputs.map((e) => sourceTables(e.from, newGraph));
  if (!l || !r || l === r || l !== r2 || r !== l2) return "";
  return `${l} \u22C8 ${r} \u2192 ${l2} \u22C8 ${r2}`;
}
var JOINS = /* @__PURE__ */ new Set(["Join", "IntervalJoin", "TemporalJoin", "WindowJoin"]);
var WINDOWED = /* @__PURE__ */ new Set([
  "WindowAggregate",
  "GlobalWindowAggregate",
  "WindowRank",
  "WindowDeduplicate",
  "WindowJoin"
]);
function windowTimeColumns(n, graph) {
  if (!WINDOWED.has(operatorName(n))) return void 0;
  const byId = new Map(graph.nodes.map((g) => [g.id, g]));
  let level = [n];
  const seen = /* @__PURE__ */ new Set();
  for (let hops = 0; level.length > 0 && hops < 16; hops++) {
    const found = level.map((g) => /\btime_col=\[([^\]]*)\]/.exec(g.contents)?.[1]?.trim().toLowerCase()).filter((c) => c !== void 0);
    if (found.length > 0) return found.join(", ");
    const next = [];
    for (const g of level)
      for (const e of g.inputs) {
        const up = byId.get(e.from);
        if (up && !seen.has(up.id)) {
          seen.add(up.id);
          next.push(up);
        }
      }
    level = next;
  }
  return void 0;
}
function switchedTimeColumn([n, oldJob], [twin, newJob]) {
  const [from, to] = [windowTimeColumns(n, oldJob.graph), windowTimeColumns(twin, newJob.graph)];
  if (from === void 0 || to === void 0 || from === to) return "";
  const [oldColumns, newColumns] = [declaredColumns(oldJob), declaredColumns(newJob)];
  const names = (t) => t.split(", ");
  const renamed = !names(from).some((c) => newColumns.has(c)) && !names(to).some((c) => oldColumns.has(c));
  return renamed ? "" : `${from} \u2192 ${to}`;
}
// src/plan/ttl-switch.ts
var ttlOn = ((c) => {
  const v = c?.["table.exec.state.ttl"]?.trim();
  return v !== void 0 && v !== "" && !/^0+\s*(?:ms|s|min|h|d|[a-z]*)?$/i.test(v);
});
var TTL_STATE = /* @__PURE__ */ new Set([
  "GroupAggregate",
  "GlobalGroupAggregate",
  "IncrementalGroupAggregate",
  "Join",
  "MultiJoin",
  "TemporalJoin",
  "Deduplicate",
  "Rank",
  "Limit",
  "SortLimit",
  "ChangelogNormalize",
  "SinkMaterializer",
  "KeyedLookupJoin"
]);
var TTL_STATE_V2 = /* @__PURE__ */ new Set(["SinkMaterializer"]);
var HINT_TTL_STATE = /* @__PURE__ */ new Set([
  "GroupAggregate",
  "GlobalGroupAggregate",
  "IncrementalGroupAggregate",
  "Join"
]);
function ttlHints(sql) {
  const out = /* @__PURE__ */ new Map();
  if (!sql) return out;
  for (const hint of sql.matchAll(/\/\*\+(.*?)\*\//gs)) {
    for (const m2 of hint[1].matchAll(/\bSTATE_TTL\s*\(([^)]*)\)/gi)) {
      for (const v of m2[1].matchAll(/'((?:[^']|'')*)'\s*=\s*'([^']*)'/g))
        out.set(v[1].toLowerCase(), ttlOn({ "table.exec.state.ttl": v[2] }));
    }
  }
  return out;
}
function ttlSwitched(input) {
  const from = ttlOn(input.old.config);
  const to = ttlOn(input.next.config);
  const major = Number((input.flinkVersion ?? "1").split(".")[0]);
  if (from === to) {
    if (Number.isFinite(major) && major >= 2) return void 0;
    const [hintsFrom, hintsTo] = [ttlHints(input.old.sql), ttlHints(input.next.sql)];
    const switched2 = [.../* @__PURE__ */ new Set([...hintsFrom.keys(), ...hintsTo.keys()])].filter(
      (t) => (hintsFrom.get(t) ?? from) !== (hintsTo.get(t) ?? to)
    );
    if (switched2.length === 0) return void 0;
    const on = switched2.filter((t) => hintsTo.get(t) ?? to);
    const how = hintsFrom.size === 0 ? "a STATE_TTL hint added" : hintsTo.size === 0 ? "a STATE_TTL hint removed" : `a STATE_TTL hint switched the TTL of ${switched2.map((t) => `${t} ${on.includes(t) ? "on" : "off"}`).join(", ")}`;
    return {
      why: `${how}; before Flink 2.0 TTL state and plain state do not read each other`,
      operators: HINT_TTL_STATE
    };
  }
  const switched = `table.exec.state.ttl switched ${to ? "on" : "off"}`;
  if (Number.isFinite(major) && major >= 2)
    return {
      why: `${switched}; Flink 2.x migrates most state between plain and TTL values, but not the sink materializer's list of rows`,
      operators: TTL_STATE_V2
    };
  return {
    why: `${switched}; before Flink 2.0 TTL state and plain state do not read each other`,
    operators: TTL_STATE
  };
}
// src/plan/state-verdict.ts
function hashing(job) {
  return { chaining: job.chaining, legacySource: (n) => legacySource(n, job) };
}
function legacySource(n, job) {
  const k = operatorKind(n);
  return k.kind === "source" && legacySourceConnector(job.tables.get(tableKey(k.table ?? ""))?.options);
}
function jobParallelism(job) {
  return Math.max(1, ...job.graph.nodes.map((n) => n.parallelism));
}
function holds(n, job) {
  return holdsState(n, (table2) => job.tables.get(table2)?.options);
}
function stateVerdict(input) {
  const oldIds = operatorIds(input.old.graph, hashing(input.old));
  const newIds = operatorIds(input.next.graph, hashing(input.next));
  const newById = /* @__PURE__ */ new Map();
  for (const n of input.next.graph.nodes) newById.set(newIds.get(n.id), n);
  const operators = [];
  const findings = [];
  let dropped = 0;
  let reshaped = 0;
  let readWrong = 0;
  let mayReadWrong = 0;
  let unknown = 0;
  const ttlSwitch = ttlSwitched(input);
  const calls = new Set(
    [...input.old.functionTypes?.keys() ?? []].filter((c) => input.next.functionTypes?.has(c))
  );
  const rebuilt = [
    .../* @__PURE__ */ new Set([...changedFunctions(input.old, input.next), ...input.rebuiltFunctions ?? []])
  ];
  for (const n of input.old.graph.nodes) {
    const state2 = holds(n, input.old);
    if (state2 === "none") continue;
    const id2 = oldIds.get(n.id);
    const name = displayName(n);
    const twin = newById.get(id2);
    if (!twin) {
      if (state2 === "unknown") {
        unknown++;
        operators.push({ name, id: id2, state: "unknown" });
        findings.push(`${name}: its operator id changes, and flinkops does not know whether it keeps state`);
        continue;
      }
      dropped++;
      operators.push({ name, id: id2, state: "dropped" });
      findings.push(`${name}: its state is dropped (${droppedWhy(n, input.next.graph, id2)})`);
      continue;
    }
    if (legacySource(n, input.old) !== legacySource(twin, input.next)) {
      reshaped++;
      readWrong++;
      operators.push({ name, id: id2, state: "reshaped" });
      findings.push(
        `${name}: its reader becomes ${legacySource(twin, input.next) ? "a legacy SourceFunction" : "a FLIP-27 Source"} (scan.incremental.snapshot.enabled), which cannot read the old reader's state: it starts over (a CDC source reads its whole snapshot again)`
      );
      continue;
    }
    if (state2 === "keyed") {
      const a = stateShape(n, input.old.graph) + storedRow(n, input.old.graph);
      const next = stateShape(twin, input.next.graph) + storedRow(twin, input.next.graph);
      const widened = rowsToRange(a, next, n, input.old.graph);
      const b = widened || patternExtended(a, next) ? a : next;
      const sameFunction = stateFunction(n) === stateFunction(twin);
      const typedA = typedShape(a, n, input.old, calls);
      const typedB = typedShape(b, twin, input.next, calls);
      const namesA = keyedStateNames(n, input.old.graph, input.oldFlinkVersion ?? input.flinkVersion);
      const namesB = keyedStateNames(twin, input.next.graph, input.flinkVersion);
      if (namesA && namesB && !namesA.some((x) => namesB.includes(x)) && typedShape(stateKey(a), n, input.old, calls) === typedShape(stateKey(b), twin, input.next, calls)) {
        dropped++;
        operators.push({ name, id: id2, state: "dropped", unread: true });
        findings.push(
          `${name}: ${baseName(n) !== baseName(twin) ? `becomes ${displayName(twin)}, ` : ""}its state is kept under other names now (${namesA.join(", ")} \u2192 ${namesB.join(", ")}); Flink restores the savepoint without allowNonRestoredState, and the new operator starts with empty state (the old state is carried along unread)`
        );
        continue;
      }
      const read2 = tablesReaching([n, input.old.graph], [twin, input.next.graph]);
      const retype = retypedColumns(input.old, input.next, read2).filter((c) => mentions(a, c));
      const keyed = nullabilityHeld(n, a);
      for (const c of renulledColumns(input.old, input.next, read2))
        if (!retype.includes(c) && mentions(keyed, c)) retype.push(c);
      const ttl = ttlSwitch?.operators.has(operatorName(n)) === true;
      const untyped = a === b && typedA !== typedB && retype.length === 0 && !ttl && sameFunction ? untypedOnOneSide(a, typedA, typedB) : void 0;
      if (untyped) {
        unknown++;
        operators.push({ name, id: id2, state: "unknown" });
        findings.push(
          `${name}: flinkops cannot tell the type of ${untyped.join(", ")} in one of the plans (${typedA} \u2192 ${typedB}); the state keeps its shape only if the type is the same`
        );
        continue;
      }
      if (!sameFunction || typedA !== typedB || retype.length > 0 || ttl) {
        reshaped++;
        operators.push({ name, id: id2, state: "reshaped" });
        const lost = patternVariablesLost(a, b);
        const why = !sameFunction ? `becomes ${displayName(twin)}` : typedA !== typedB ? lost.length > 0 ? `its pattern loses ${lost.join(", ")}: ${a} \u2192 ${b}` : a !== b ? `${a} \u2192 ${b}` : `column types change: ${typedA} \u2192 ${typedB}` : retype.length > 0 ? `${retype.length > 1 ? "columns" : "column"} ${retype.join(", ")} ${retype.length > 1 ? "change" : "changes"} type or nullability` : `${ttlSwitch.why}`;
        const either = sameFunction && typedA !== typedB && a !== b && retype.length === 0 && !ttl && lost.length === 0;
        if (either) mayReadWrong++;
        const outcome = either ? "Flink cannot restore it, or restores it and reads it as other state" : lost.length > 0 ? `the job fails on the first partial match waiting at ${lost.join(" or ")} ("State ${lost[0]} does not exist in the NFA")` : "Flink cannot restore it";
        findings.push(`${name}: its state changes shape (${why}); ${outcome}`);
        continue;
      }
      const timeSwitch = switchedTimeColumn([n, input.old], [twin, input.next]);
      if (timeSwitch) {
        reshaped++;
        readWrong++;
        operators.push({ name, id: id2, state: "reshaped" });
        findings.push(
          `${name}: its windows follow another time column now (${timeSwitch}); Flink restores the state, and the new job adds its rows to the windows the old column's rows opened, read as its own`
        );
        continue;
      }
      const swapped = swappedInputs([n, input.old.graph], [twin, input.next.graph]);
      if (swapped) {
        reshaped++;
        readWrong++;
        operators.push({ name, id: id2, state: "reshaped" });
        findings.push(
          `${name}: its inputs are swapped (${swapped}); Flink restores the rows each side kept as the other side's, and joins them with the wrong stream`
        );
        continue;
      }
      const crossed = crossedState([a, n, input.old], [b, twin, input.next]);
      if (crossed) {
        reshaped++;
        readWrong++;
        operators.push({ name, id: id2, state: "reshaped" });
        findings.push(`${name}: ${crossed}`);
        continue;
      }
      const ptf = operatorName(n) === "ProcessTableFunction";
      const called = AGGREGATES.has(operatorName(n)) || ptf ? rebuilt.filter((f) => callsFunction(a, f)) : [];
      if (called.length > 0) {
        unknown++;
        operators.push({ name, id: id2, state: "unknown" });
        const code2 = operatorName(n).startsWith("Python") ? "Python file" : "jar";
        const from2 = [...new Set(called.flatMap((f) => input.rebuiltFrom?.[f] ?? []))];
        const kept = ptf ? "state" : "accumulator";
        findings.push(
          `${name}: the ${kept} of ${called.join(", ")} is a type of ${called.length > 1 ? "their" : "its"} ${code2}${from2.length > 0 ? ` (${from2.join(", ")})` : ""}, which changed; Flink's stream graph does not show whether it is the same`
        );
        continue;
      }
    }
    if (state2 === "unknown") {
      operators.push({ name, id: id2, state: "kept" });
      continue;
    }
    operators.push({ name, id: id2, state: "kept" });
    findings.push(`${name} keeps its state${overFrameNote(n, twin, input)}${keptNote(n, twin)}`);
  }
  for (const n of input.next.graph.nodes) {
    const state2 = holds(n, input.next);
    if (state2 === "none" || state2 === "unknown") continue;
    const id2 = newIds.get(n.id);
    if (operators.some((o) => o.id === id2)) continue;
    operators.push({ name: displayName(n), id: id2, state: "new" });
    findings.push(`${displayName(n)} starts with empty state`);
  }
  const mp = maxParallelismOf(input);
  const keyedKept = operators.some(
    (o) => o.state === "kept" && !o.name.startsWith("source") && !o.name.startsWith("sink")
  );
  const derived = mp?.from === void 0 && mp?.to !== void 0;
  const from = derived ? defaultMaxParallelism(jobParallelism(input.old)) : mp?.from;
  if (mp && from !== void 0 && mp.to !== void 0 && from !== mp.to && keyedKept) {
    reshaped++;
    findings.push(
      `maxParallelism ${derived ? `unset (Flink's default ${from})` : from} \u2192 ${mp.to}: keyed state cannot be restored into other key groups`
    );
  }
  const written = input.runningMaxParallelism ?? from ?? defaultMaxParallelism(jobParallelism(input.old));
  const parallelism3 = jobParallelism(input.next);
  if (parallelism3 > written && (mp?.to === void 0 || mp.to === written) && operators.some((o) => o.state === "kept")) {
    reshaped++;
    findings.push(
      `parallelism ${parallelism3} is above the max parallelism ${written} the savepoint's state was written under: Flink refuses the restore ("the maximum parallelism (${written}) of the restored state is lower than the configured parallelism (${parallelism3})"); keep parallelism at ${written} or below`
    );
  }
  const verdict = reshaped > 0 ? "incompatible" : dropped > 0 ? "drops-state" : unknown > 0 ? "unknown" : "compatible";
  const restore = readWrong + mayReadWrong < reshaped ? "fails" : mayReadWrong > 0 ? "fails-or-read-wrong" : "read-wrong";
  return {
    verdict,
    source: "flink",
    ...verdict === "incompatible" ? { restore } : {},
    operators,
    findings,
    advice: adviceFor(verdict, { ...input, ...restoredUnread(operators) ? { restoredUnread: true } : {} })
  };
}
function droppedWhy(n, next, id2) {
  const uid2 = userUid(n);
  const others = next.nodes.filter((x) => x.type.startsWith("ProcessTableFunction")).map((x) => userUid(x) ?? "none");
  if (uid2 === void 0 || others.length === 0 || others.includes(uid2))
    return `no operator of the new job has its id ${id2}`;
  return `a process table function keeps its state under its uid, and the uid changes: ${uid2} \u2192 ${others.join(", ")}; keep uid => '${uid2}' to keep it`;
}
function maxParallelismOf(input) {
  const from = input.maxParallelism?.from ?? configuredMaxParallelism(input.old);
  const to = input.maxParallelism?.to ?? configuredMaxParallelism(input.next);
  if (!input.maxParallelism && from === void 0 && to === void 0) return void 0;
  return { ...from !== void 0 ? { from } : {}, ...to !== void 0 ? { to } : {} };
}
function configuredMaxParallelism(job) {
  const v = job.config?.["pipeline.max-parallelism"]?.trim();
  return v !== void 0 && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : void 0;
}
function stateKey(shape3) {
  return [...shape3.matchAll(/\b(?:key|partitionBy|partitionKeys)=\[([^\]]*)\]/g)].map((m2) => m2[1]).join(", ");
}
// src/plan/spec-change.ts
function specChange(j, strategy, withCompat, runsStoredScript = true) {
  const { job, current } = j;
  const changed = current?.specHash !== job.restartHash;
  const adopted = current !== void 0 && runsAdoptedState(j.record);
  if (!changed && runsStoredScript && !adopted) return {};
  const causes = changed ? specCauses(current, job) : [];
  const sqlDiff = changed ? diffScripts(current?.script, job) : void 0;
  if (changed && current?.script !== void 0)
    j.diags.push(...keptDefinitions(job, current.script, fileRange(job.sqlFile)));
  const known = runsStoredScript && !adopted;
  const oldScript = known ? current?.script : void 0;
  const deployed = known ? current?.settings : void 0;
  const from = (job.settings.maxParallelism !== void 0 ? liveMaxParallelism(j.live) : void 0) ?? recordedMaxParallelism(deployed);
  const maxParallelism = deployed ? {
    ...from !== void 0 ? { from } : {},
    ...job.settings.maxParallelism !== void 0 ? { to: job.settings.maxParallelism } : {}
  } : void 0;
  const common = {
    ...job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
    ...job.settings.restoreFrom ? { restoreFrom: job.settings.restoreFrom } : {},
    ...j.ctx.renamedFrom ? { renamedFrom: j.ctx.renamedFrom } : {},
    settingsFile: job.yamlFile ?? `jobs/${job.name}.yaml`,
    ...maxParallelism ? { maxParallelism } : {}
  };
  const explained2 = oldScript !== void 0 && strategy !== "stateless" ? j.ctx.explained?.get(job.name) : void 0;
  const compat = !withCompat ? void 0 : explained2 && "old" in explained2 ? withSourceStarts(
    stateVerdict({
      old: explained2.old,
      next: explained2.next,
      ...common,
      rebuiltFunctions: rebuiltFunctions(causes, job),
      ...job.scriptJarFunctions || job.scriptPythonFunctions ? { rebuiltFrom: { ...job.scriptJarFunctions, ...job.scriptPythonFunctions } } : {},
      ...runningMaxParallelism(j),
      ...j.ctx.flinkVersion ? { flinkVersion: j.ctx.flinkVersion } : {}
    }),
    job.script
  ) : withUnavailable(
    compatibility({
      ...oldScript !== void 0 ? { oldScript } : {},
      ...adopted ? { oldScriptUnknown: ADOPTED_SCRIPT_UNKNOWN } : {},
      newScript: job.script,
      strategy,
      ...common,
      ...current ? { parallelism: { from: current.parallelism, to: j.to.parallelism } } : {}
    }),
    explained2
  );
  const running = j.live.find((l) => !isTerminal(l.state));
  const fromCheckpoint = strategy === "last-state" || strategy === "savepoint" && refusesSavepoint(running?.state);
  const runs = runningBackend(deployed?.config, running);
  if (compat && fromCheckpoint && !job.settings.restoreFrom)
    backendSwitch(
      compat,
      runs,
      job.settings.config,
      common.settingsFile,
      void 0,
      void 0,
      j.ctx.defaultStateBackend
    );
  if (strategy !== "stateless") warnHeapState(j, runs, running);
  if (compat) warnIfStateLost(j, compat, "Upgrade", oldScript);
  if (compat) warnKafkaTopicMoved(j, explained2);
  if (compat) warnKafkaStartIgnored(j, explained2, compat);
  if (compat) warnUpsertSinkMoved(j, explained2, compat);
  if (compat) warnFieldsReadElsewhere(j, explained2);
  warnFieldsReadAgain(j, oldScript, strategy);
  if (compat) warnCdcTableMoved(j, explained2);
  if (compat && adopted && strategy !== "stateless") warnAdoptedState(j);
  return {
    ...causes.length ? { causes } : {},
    ...sqlDiff ? { sqlDiff } : {},
    ...compat ? { compatibility: compat } : {}
  };
}
function withSourceStarts(c, script) {
  const ops = c.operators ?? [];
  const restarted = ops.filter(
    (o) => o.state === "dropped" && o.name.startsWith("source ") && ops.some((n) => n.state === "new" && n.name === o.name)
  );
  if (restarted.length === 0) return c;
  const starts = sourceStartFindings(script).filter((f) => restarted.some((o) => f.startsWith(`${o.name} `)));
  return starts.length === 0 ? c : { ...c, findings: [...c.findings, ...starts] };
}
function warnIfStateLost(j, compat, what, oldScript) {
  const d = stateLostDiagnostic(
    j.job,
    compat,
    what,
    (oldScript !== void 0 ? changedStatement(j.job, oldScript) : void 0) ?? submittedStatement(j.job)
  );
  if (d) j.diags.push(d);
}
function stateLostDiagnostic(job, compat, what, range3) {
  const lost = compat.verdict === "incompatible" || compat.verdict === "drops-state" && !job.settings.allowNonRestoredState;
  if (!lost) return void 0;
  const advice2 = compat.advice.map((a) => a.replace(/\.$/, "")).join("; ");
  const unread = restoredUnread(compat.operators);
  return warning(
    PLAN_CODES.stateIncompatible,
    compat.verdict === "incompatible" ? compat.restore === "read-wrong" ? `${what} of job ${job.name} restores its state and reads it wrong` : `${what} of job ${job.name} will not restore its state${compat.restore === "fails-or-read-wrong" ? ", or reads it wrong" : ""}` : unread ? `${what} of job ${job.name} drops state: Flink restores the savepoint, but ${unread} starts with empty state` : `${what} of job ${job.name} drops state: its restore fails without allowNonRestoredState`,
    // Advice may end a sentence of its own: one full stop, not two.
    `${compat.findings.filter((f) => !/(?:keeps its state|starts with empty state)$/.test(f)).join("; ")}. ${advice2.charAt(0).toUpperCase()}${advice2.slice(1)}.`,
    range3
  );
}
function warnAdoptedState(j) {
  const { job } = j;
  if (job.settings.allowNonRestoredState || j.diags.some((d) => d.code === PLAN_CODES.adoptUnknownScript))
    return;
  j.diags.push(
    warning(
      PLAN_CODES.adoptUnknownScript,
      `Job ${job.name} runs a script flinkops never saw: its state may not map onto the repository's`,
      `It was adopted, not started by flinkops. If it was not started from the repository's query, the restore from its savepoint fails, and so does the rollback to the same script: the job is left stopped, its savepoint kept (flinkops savepoints list ${job.name}). To drop the state that does not map, set allowNonRestoredState: true in ${job.yamlFile ?? `jobs/${job.name}.yaml`}.`,
      fileRange(job.sqlFile)
    )
  );
}
var rescaleVerdict = (function rescaleVerdict(j) {
  if (j.current !== void 0 && runsAdoptedState(j.record)) {
    const compat2 = compatibility({
      oldScriptUnknown: ADOPTED_SCRIPT_UNKNOWN,
      newScript: j.job.script,
      strategy: "savepoint",
      ...j.job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
      settingsFile: j.job.yamlFile ?? `jobs/${j.job.name}.yaml`
    });
    warnAdoptedState(j);
    return compat2;
  }
  const explained2 = j.ctx.explained?.get(j.job.name);
  if (!explained2 || !("old" in explained2)) return void 0;
  const compat = stateVerdict({
    old: explained2.old,
    next: explained2.next,
    ...j.job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
    ...j.job.settings.restoreFrom ? { restoreFrom: j.job.settings.restoreFrom } : {},
    settingsFile: j.job.yamlFile ?? `jobs/${j.job.name}.yaml`,
    ...runningMaxParallelism(j),
    ...j.ctx.flinkVersion ? { flinkVersion: j.ctx.flinkVersion } : {}
  });
  warnIfStateLost(j, compat, "Rescale");
  return compat;
});
function withUnavailable(c, explained2) {
  if (!explained2 || !("unavailable" in explained2) || c.verdict === "compatible") return c;
  if (explained2.rejected)
    return {
      ...c,
      findings: [`not judged: Flink's planner rejects the new script (${explained2.unavailable})`],
      advice: []
    };
  return { ...c, findings: [...c.findings, `Flink's planner was not asked: ${explained2.unavailable}`] };
}
function diffScripts(oldScript, job) {
  const name = `compiled/${job.name}.sql`;
  const d = unifiedDiff(oldScript ?? "", job.script, { oldName: name, newName: name });
  return d === "" ? void 0 : d;
}
// src/plan/decide-running.ts
var decideRunning = (function decideRunning(j, observed) {
  const { job, current, run, ctx, diags, base, to } = j;
  const running = {
    ...observed,
    parallelism: effectiveParallelism(observed, j.record, job.settings.parallelism)
  };
  const from = { parallelism: running.parallelism, ...specHashOf(running) };
  const liveIds = ctx.observed ? { liveJobId: running.jobId, liveState: running.state } : { liveJobId: running.jobId };
  const liveHash = running.labels?.[LABEL_KEYS.specHash] ?? (isRecordedRun(current, running) ? current.specHash : void 0);
  if (liveHash === void 0) {
    if (running.state !== "RUNNING") {
      diags.push({
        code: PLAN_CODES.transitional,
        severity: "info",
        summary: `Job ${job.name} is ${running.state} and shows no labels yet`,
        detail: "Its labels are read once it runs; plan again then."
      });
      return {
        change: {
          ...base,
          action: "none",
          reason: `${running.state}: labels not readable yet`,
          causes: [],
          ...liveIds,
          from,
          to
        },
        diags
      };
    }
    if (run.state === "suspended") {
      return {
        change: {
          ...base,
          action: "suspend",
          reason: `runs without flinkops labels, and ${run.reason}: ${stopWords(job, running)}`,
          ...batchMark(job, running),
          causes: [{ kind: "cluster", path: "labels", to: "missing" }, run.cause],
          ...liveIds,
          from,
          to
        },
        diags
      };
    }
    if (ctx.replace?.has(job.name)) return replaced(j, liveIds, from, [LABELS_MISSING]);
    const known = current?.script !== void 0;
    if (!known) {
      diags.push(
        warning(
          PLAN_CODES.adoptUnknownScript,
          `Job ${job.name} is adopted without knowing its script`,
          `It runs under the managed name but carries no flinkops labels, so what it runs cannot be compared with the repo. Adopting keeps it running; the next change upgrades it from a savepoint. To restart it now with the repository's script, from a savepoint: plan and apply with --replace ${job.name}.`,
          fileRange(job.sqlFile)
        )
      );
    }
    const replacedRun = known ? j.live.find((l) => l.jobId === current.jobId && isTerminal(l.state)) : void 0;
    if (known && replacedRun) {
      const sp = replacedRun.latestSavepoint ? `, last savepoint ${replacedRun.latestSavepoint.path}` : "";
      diags.push(
        warning(
          PLAN_CODES.replacedByHand,
          `Job ${job.name} was replaced outside flinkops`,
          `flinkops deployed it as job ${current.jobId}, which is ${replacedRun.state}${sp}; job ${running.jobId} now runs under ${job.pipelineName} without flinkops labels, so its SQL and settings cannot be compared with the repository. Adopting keeps it running as it is; to run the repository's script and settings again, from a savepoint of it, plan and apply with --replace ${job.name}.`,
          fileRange(job.sqlFile)
        )
      );
    }
    const other = known ? void 0 : otherSinks(running.vertices, job.sinks);
    if (other) {
      const theirs = other.join(", ");
      diags.push(
        warning(
          PLAN_CODES.adoptOtherQuery,
          `Job ${job.name}: the job running under its name writes ${theirs}, not ${job.sinks.map(objectName).join(", ")}`,
          `Job ${running.jobId} carries the managed name ${job.pipelineName} but no flinkops labels, and its operators write ${theirs}: it is likely another query, which adopting would take over, and whose state the next upgrade would try to restore into this job. Rename or stop that job if it is not this one (then plan again: the job is created); to replace it now with the repository's script, plan and apply with --replace ${job.name} (set upgradeMode: stateless in ${job.yamlFile ?? `jobs/${job.name}.yaml`} to start without its state).`,
          fileRange(job.sqlFile)
        )
      );
    }
    const sqlDiff = known ? diffScripts(current.script, job) : void 0;
    const rescaleLater = running.parallelism !== job.settings.parallelism ? `; it runs at parallelism ${running.parallelism}: the repository's ${job.settings.parallelism} is a rescale of the next apply` : "";
    return {
      change: {
        ...base,
        action: "adopt",
        reason: (known ? "runs without flinkops labels: taken over, not restarted" : "runs without flinkops labels: taken over, not restarted; the script it was started from cannot be known") + rescaleLater,
        causes: [{ kind: "cluster", path: "labels", to: "missing" }],
        ...liveIds,
        from,
        to: { ...to, parallelism: running.parallelism },
        ...sqlDiff ? { sqlDiff } : {}
      },
      diags
    };
  }
  const causes = [];
  const pending = j.record?.pending;
  const ownSubmit = pending?.kind === "submit" && pending.specHash === liveHash;
  const drift = current !== void 0 && liveHash !== current.specHash && !ownSubmit;
  if (drift) {
    causes.push({ kind: "drift", path: LABEL_KEYS.specHash, from: current.specHash, to: liveHash });
    diags.push(
      warning(
        PLAN_CODES.drift,
        `Job ${job.name} was changed outside flinkops`,
        `It runs spec ${liveHash} while the state store recorded ${current.specHash}. ` + (liveHash === job.restartHash ? "It already runs the repo\u2019s spec; the store is brought up to date on apply." : "The plan brings it back to the repo\u2019s spec.") + otherStore(running, current.jobId)
      )
    );
  }
  const keyGroups = drift ? void 0 : maxParallelismDrift(j, running);
  if (keyGroups) diags.push(keyGroups);
  if (run.state === "suspended") {
    return {
      change: {
        ...base,
        action: "suspend",
        reason: `${run.reason}: ${stopWords(job, running)}`,
        ...batchMark(job, running),
        causes: [...causes, run.cause],
        ...liveIds,
        from,
        to
      },
      diags
    };
  }
  const rolledBack = drift ? void 0 : heldRollback(j);
  const held = rolledBack && (liveHash !== job.restartHash || running.parallelism !== job.settings.parallelism || running.previousCluster) ? rolledBack : void 0;
  if (held) diags.push(heldWarning(j, held, running.jobId));
  else if (liveHash !== job.restartHash) {
    const batch2 = runsBatch(job, running);
    const strategy = batch2 ? "stateless" : job.settings.upgradeMode ?? "savepoint";
    const spec = specChange(j, strategy, !batch2, !drift);
    const all = [...causes, ...spec.causes ?? []];
    const why = describeCauses(spec.causes ?? []);
    const pinned = all.some((c) => c.path === "restoreFrom") ? job.settings.restoreFrom : void 0;
    if (pinned && strategy !== "stateless") pinRewinds(spec.compatibility, pinned, j.record, running);
    if (pinned && spec.compatibility && strategy !== "stateless")
      backendSwitch(
        spec.compatibility,
        current?.settings?.config,
        job.settings.config,
        job.yamlFile ?? `jobs/${job.name}.yaml`,
        pinned,
        pinnedFormat(pinned, j.live, j.record),
        j.ctx.defaultStateBackend
      );
    return {
      change: {
        ...base,
        action: "upgrade",
        strategy,
        reason: drift ? `changed outside flinkops (spec ${liveHash.slice(0, 12)}, recorded ${current.specHash.slice(0, 12)}): planned back to the repo's spec` : batch2 ? `${why || "spec changed"}: the batch run is cancelled (Flink takes no savepoint of it) and the new version starts` : `${why || "spec changed"}: ${strategy} upgrade`,
        ...spec,
        causes: all,
        ...pinned ? { restoreFrom: pinned } : {},
        ...liveIds,
        from,
        to
      },
      diags
    };
  }
  if (ctx.replace?.has(job.name)) return replaced(j, liveIds, from, causes);
  if (!held && running.parallelism !== job.settings.parallelism) {
    if (current && current.parallelism === job.settings.parallelism) {
      causes.push({
        kind: "drift",
        path: "parallelism",
        from: String(current.parallelism),
        to: String(running.parallelism)
      });
    }
    causes.push({
      kind: "setting",
      path: "parallelism",
      from: String(running.parallelism),
      to: String(job.settings.parallelism)
    });
    if (runsBatch(job, running)) {
      return {
        change: {
          ...base,
          action: "upgrade",
          strategy: "stateless",
          reason: `parallelism ${running.parallelism} \u2192 ${job.settings.parallelism}: the batch run is cancelled and runs again`,
          causes,
          ...liveIds,
          from,
          to
        },
        diags
      };
    }
    const mode = rescaleMode(ctx);
    const compat = mode === "savepoint-restart" ? rescaleVerdict(j) : void 0;
    const above = mode === "in-place" ? aboveMaxParallelism(j, running) : void 0;
    if (above) diags.push(above);
    return {
      change: {
        ...base,
        action: "rescale",
        rescaleMode: mode,
        ...compat ? { compatibility: compat } : {},
        ...above ? { refused: { code: above.code, summary: above.summary, detail: above.detail } } : {},
        reason: `parallelism ${running.parallelism} \u2192 ${job.settings.parallelism}: ${mode === "in-place" ? "in place (adaptive scheduler)" : "savepoint and restart"}`,
        causes,
        ...liveIds,
        from,
        to
      },
      diags
    };
  }
  const unverified = ctx.observed && !drift && isRecordedRun(current, running) && j.record?.status === "running" && j.record.lastStable?.jobId !== running.jobId;
  const batch = isBatchJob(job);
  if (unverified && batch) {
    diags.push(
      warning(
        PLAN_CODES.unverified,
        `Batch job ${job.name} has not finished its run`,
        `An earlier apply started job ${running.jobId} and stopped before it ended${ctx.lockHolder ? ` (${ctx.lockHolder}: that apply may still be watching it)` : ""}. Apply waits until it has FINISHED and records the run (or reports its failure).`,
        fileRange(job.sqlFile)
      )
    );
  } else if (unverified) {
    diags.push(
      warning(
        PLAN_CODES.unverified,
        `Job ${job.name} has not finished its health check`,
        ctx.lockHolder ? `An earlier apply started job ${running.jobId}, and has not finished its health check. Apply finishes the check and records it as stable (or reports it unhealthy). ${ctx.lockHolder}: that apply may still be watching it. ${MEANWHILE}` : `An earlier apply started job ${running.jobId} and stopped before its health grace period passed. Apply finishes the check and records it as stable (or reports it unhealthy).`,
        fileRange(job.sqlFile)
      )
    );
  }
  const rb = j.record?.rolledBack;
  const released = !held && !drift && rb ? rb : void 0;
  if (released) diags.push(releasedInfo(j, released, running, liveHash));
  const below = ctx.observed && !held && running.state === "RUNNING" ? runningBelow(running.vertices, running.parallelism) : void 0;
  if (below !== void 0) diags.push(belowParallelism(j, running, below));
  return {
    change: {
      ...base,
      action: "none",
      reason: drift ? "runs the repo\u2019s spec; the store is updated on apply" : ownSubmit ? "runs the repo\u2019s spec, started by an interrupted apply: apply records it and finishes its health check" : held ? `${heldWhat(held, liveHash, running)} was rolled back at ${held.time}: not tried again until the job changes (--replace ${job.name} tries it again)` : released ? `runs the repo\u2019s spec; the change rolled back at ${released.time} is no longer asked for: apply forgets it` : unverified && batch ? "batch job running the repo\u2019s spec: apply waits until it has FINISHED and records the run" : unverified ? "runs the repo\u2019s spec; its health check is unfinished: apply finishes it" : below !== void 0 ? `up to date, but it runs at parallelism ${below} of ${running.parallelism}: too few free task slots` : "up to date",
      causes: [
        ...causes,
        ...held ? [{ kind: "state", path: "rolled-back", to: held.time }] : [],
        ...unverified || ownSubmit ? [{ kind: "state", path: "health-check", to: "unfinished" }] : [],
        ...below !== void 0 ? [
          {
            kind: "cluster",
            path: "parallelism",
            from: String(running.parallelism),
            to: String(below)
          }
        ] : []
      ],
      ...liveIds,
      from,
      to,
      ...unverified || ownSubmit ? { verify: { jobId: running.jobId } } : {},
      ...drift ? { syncs: { jobId: running.jobId } } : {},
      ...released ? { releases: { rolledBackAt: released.time, specHash: released.specHash } } : {}
    },
    diags
  };
});
function belowParallelism(j, running, below) {
  const want = running.parallelism;
  const file = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  return warning(
    PLAN_CODES.belowParallelism,
    `Job ${j.job.name} runs at parallelism ${below} of ${want}: the cluster has too few free task slots`,
    `Flink's adaptive scheduler runs job ${running.jobId} with the task slots it got, and scales it up to ${want} by itself once more come free: apply has nothing to change. Until then it has ${below} of the ${want} subtasks per operator it asks for. Add TaskManagers or raise taskmanager.numberOfTaskSlots, or suspend a job that holds slots; to run at what it gets, set parallelism: ${below} in ${file}. flinkops status shows it as ${below} of ${want}.`,
    fileRange(j.job.yamlFile ?? j.job.sqlFile)
  );
}
var heldRollback = (function heldRollback(j) {
  const rb = j.record?.rolledBack;
  const s = j.job.settings;
  if (!rb || j.ctx.replace?.has(j.job.name)) return void 0;
  return rb.specHash === j.job.restartHash && rb.parallelism === s.parallelism && rb.upgradeMode === (s.upgradeMode ?? "savepoint") && rb.allowNonRestoredState === (s.allowNonRestoredState ?? false) ? rb : void 0;
});
var heldWhat = (function heldWhat(rb, liveHash, running) {
  if (rb.specHash === liveHash && rb.parallelism === running.parallelism)
    return running.previousCluster ? "its move to this environment\u2019s cluster" : "its move to another cluster";
  return rb.specHash === liveHash ? `its rescale to parallelism ${rb.parallelism}` : `its upgrade to spec ${rb.specHash.slice(0, 12)}`;
});
var heldWarning = (function heldWarning(j, rb, runningJobId) {
  const name = j.job.name;
  return warning(
    PLAN_CODES.rolledBackHeld,
    `Job ${name}: the change rolled back at ${rb.time} is not tried again`,
    `An apply started it${rb.jobId ? ` (job ${rb.jobId})` : ""} and rolled it back: ${rb.cause.replace(/\.+$/, "")}. The previous version runs (job ${runningJobId}). Plans hold that change while the repository asks for exactly it: change the job (its SQL, tables, settings, parallelism, upgradeMode or allowNonRestoredState) and plan again. To try it again as it is (its cause has passed: task slots freed, a sink reachable again), plan and apply with --replace ${name}.`,
    fileRange(heldFile(j))
  );
});
var releasedInfo = (function releasedInfo(j, rb, running, liveHash) {
  const runningJobId = running.jobId;
  const name = j.job.name;
  return {
    severity: "info",
    code: PLAN_CODES.rolledBackReleased,
    summary: `Job ${name}: the change rolled back at ${rb.time} is no longer held`,
    detail: `The repository asks for the version that runs (job ${runningJobId}), not ${heldWhat(rb, liveHash, running)}, which an apply rolled back (${rb.cause.replace(/\.+$/, "")}). Apply forgets that change without restarting the job: a later change that asks for it again is tried.`,
    range: fileRange(j.job.sqlFile)
  };
});
var heldFile = (function heldFile(j) {
  const { job, current } = j;
  const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
  if (!current || current.specHash === job.restartHash) return job.yamlFile ? settings : job.sqlFile;
  const causes = specCauses(current, job);
  return job.yamlFile && causes.every((c) => c.kind === "setting") ? settings : job.sqlFile;
});
var LABELS_MISSING = { kind: "cluster", path: "labels", to: "missing" };
function replaced(j, liveIds, from, causes) {
  const { job, base, to, diags } = j;
  const batch = isBatchJob(job);
  const strategy = batch ? "stateless" : job.settings.upgradeMode ?? "savepoint";
  const spec = specChange(j, strategy, !batch, causes.length === 0);
  if (strategy === "stateless" && !batch && !spec.compatibility)
    spec.compatibility = compatibility({ newScript: job.script, strategy });
  if (strategy !== "stateless" && !batch && !spec.compatibility)
    spec.compatibility = compatibility({
      ...j.current?.script !== void 0 ? { oldScript: j.current.script } : {},
      newScript: job.script,
      strategy
    });
  if (causes.includes(LABELS_MISSING) && strategy !== "stateless") warnAdoptedState(j);
  return {
    change: {
      ...base,
      action: "upgrade",
      strategy,
      reason: `replaced on request (--replace): ${strategy} upgrade with the repository's script`,
      ...spec,
      causes: [{ kind: "request", path: "replace" }, ...causes, ...spec.causes ?? []],
      ...liveIds,
      from,
      to
    },
    diags
  };
}
var runsBatch = (function runsBatch(job, live2) {
  return live2.batch === true || isBatchJob(job);
});
var stopWords = (function stopWords(job, live2) {
  return runsBatch(job, live2) ? "cancel its batch run (a batch job keeps no savepoint)" : "stop with a savepoint";
});
var batchMark = (function batchMark(job, live2) {
  return runsBatch(job, live2) ? { batch: true } : {};
});
function aboveMaxParallelism(j, running) {
  const max = liveMaxParallelism([running]);
  const want = j.job.settings.parallelism;
  if (max === void 0 || want <= max) return void 0;
  const file = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  return error6(
    PLAN_CODES.aboveMaxParallelism,
    `Job ${j.job.name} cannot run at parallelism ${want}: its max parallelism is ${max}`,
    `Flink runs no operator with keyed state in more subtasks than its max parallelism (the key groups its state is split into), which job ${running.jobId} runs with: the rescale is refused. Set parallelism: ${max} or below in ${file} (or environments.<env>.jobs.${j.job.name}.parallelism); a larger maxParallelism needs an upgrade that cannot restore the keyed state (upgradeMode: stateless).`,
    fileRange(j.job.yamlFile ?? j.job.sqlFile)
  );
}
var otherStore = (function otherStore(running, recordedJobId) {
  const commit = running.labels?.[LABEL_KEYS.commit];
  if (commit === void 0 || running.jobId === recordedJobId) return "";
  return ` Job ${running.jobId} carries flinkops labels (commit ${commit.slice(0, 12)}), and the store recorded job ${recordedJobId}: an apply with another state store (a clone or another machine with its own .flinkops/) started it, or this store is older than the last apply (restored from a backup). The savepoints that apply took are in its own store only.`;
});
// src/plan/finished-batch-run.ts
var finishedCalledFailed = (function finishedCalledFailed(record3, jobId) {
  const last = record3.history.at(-1);
  return record3.status === "failed" && last !== void 0 && last.action.endsWith("-failed") && last.jobId === jobId && last.detail === `job ${jobId} is FINISHED`;
});
var batchRun = (function batchRun(j, last, from) {
  const { job, record: record3, current, run, diags, base, to } = j;
  if (!isBatchJob(job) || !current || !record3) return void 0;
  if (record3.status !== "running" && !finishedCalledFailed(record3, current.jobId)) return void 0;
  if (last?.state !== "FINISHED" || last.jobId !== current.jobId || run.state === "suspended")
    return void 0;
  const lastIds = { liveJobId: last.jobId, liveState: last.state };
  const ended = last.endTime !== void 0 && last.endTime > 0 ? ` at ${at(last.endTime)}` : "";
  const rerun = j.ctx.replace?.has(job.name) === true;
  if (from.specHash === to.specHash && from.parallelism === to.parallelism && !rerun) {
    const unrecorded = record3.lastStable?.jobId !== last.jobId;
    return {
      change: {
        ...base,
        action: "none",
        reason: `batch job: its run (job ${last.jobId}) FINISHED${ended}${unrecorded ? "; apply records it" : ""}`,
        causes: unrecorded ? [{ kind: "state", path: "health-check", to: "unfinished" }] : [],
        ...lastIds,
        from,
        to,
        ...unrecorded ? { verify: { jobId: last.jobId } } : {}
      },
      diags
    };
  }
  const spec = specChange(j, "stateless", false);
  return {
    change: {
      ...base,
      action: "upgrade",
      strategy: "stateless",
      reason: rerun && !spec.causes && from.parallelism === to.parallelism ? `batch job run again on request (--replace); its last run (job ${last.jobId}) FINISHED${ended}` : `batch job changed since its run (job ${last.jobId}) FINISHED${ended}: run the new version (a batch job keeps no state)`,
      ...spec,
      causes: [
        ...rerun ? [{ kind: "request", path: "replace" }] : [],
        ...spec.causes ?? (from.parallelism !== to.parallelism ? [
          {
            kind: "repo",
            path: "parallelism",
            from: String(from.parallelism),
            to: String(to.parallelism)
          }
        ] : [])
      ],
      ...lastIds,
      from,
      to
    },
    diags
  };
});
// src/plan/restore-point-gone.ts
var lastStartNotFound = (function lastStartNotFound(j, restoreFrom) {
  const history2 = j.record?.history ?? [];
  const i = history2.findLastIndex((h) => h.action.endsWith("-failed"));
  if (i < 0 || history2.slice(i + 1).some((h) => h.jobId !== void 0 && !h.action.startsWith("savepoint")))
    return void 0;
  const path = missingRestorePoint(history2[i].detail ?? "");
  if (path === void 0 || !sameSavepointPath(path, restoreFrom)) return void 0;
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  const summary = `Job ${j.job.name} cannot restore ${restoreFrom}: Flink did not find it`;
  const detail2 = `Its last start (${history2[i].action.replace(/-failed$/, "")} at ${history2[i].time}) failed because that ${restorePointKind(restoreFrom)} is gone: its folder was deleted, or the path was changed by hand in the state store. Starting from it again would fail the same way, so the ${j.run.state === "suspended" ? "change" : "start"} is refused. Pin a restore point that exists with restoreFrom: <path> in ${settings} (flinkops savepoints list ${j.job.name} lists the recorded ones; a retained checkpoint is a \u2026/chk-N folder), then plan again` + (j.run.state === "suspended" ? "." : `; or set upgradeMode: stateless in ${settings} to start it without state.`);
  return {
    refused: { code: PLAN_CODES.restorePointGone, summary, detail: detail2 },
    diag: warning(PLAN_CODES.restorePointGone, summary, detail2, fileRange(j.job.yamlFile ?? j.job.sqlFile))
  };
});
var startsWithoutGoneState = (function startsWithoutGoneState(j, path) {
  return warning(
    PLAN_CODES.restorePointGone,
    `Job ${j.job.name} cannot restore ${path}: Flink did not find it; it starts without state (upgradeMode: stateless)`,
    `Its last start failed because that ${restorePointKind(path)} is gone. The job asks for upgradeMode: stateless, so the recovery starts it without state: each source starts where its scan.startup.mode says. To restore another savepoint instead, set restoreFrom: <path> in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`}.`,
    fileRange(j.job.yamlFile ?? j.job.sqlFile)
  );
});
// src/plan/stopped-state-warnings.ts
var warnRewind = (function warnRewind(j, point, last, record3, action = "recover") {
  const lost = last.lastCheckpointTime;
  if (lost === void 0 || lost <= point.time || sameSavepointPath(last.latestCheckpoint?.path, point.path))
    return;
  const { job } = j;
  const taken = takenAt(point, j.live, record3);
  j.diags.push(
    warning(
      PLAN_CODES.recoveryRewinds,
      action === "recover" ? `Job ${job.name} is recovered from its ${point.what} of ${at(taken)}, older than the checkpoint it completed last (${at(lost)})` : `Job ${job.name} is recorded as suspended and resumes from its ${point.what} of ${at(taken)}, older than the checkpoint it completed last (${at(lost)})`,
      `Flink discarded that checkpoint when job ${last.jobId} ended (${last.state}): a cancelled job keeps its checkpoints only with execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION. The records since ${at(taken)} are read again: a sink that appends (an exactly-once Kafka topic, files) writes them a second time; an upsert sink by key ends the same. Set the retention in the config of ${job.yamlFile ?? `jobs/${job.name}.yaml`} so that the next cancel keeps them; to start from other state, restoreFrom: <path>.`,
      fileRange(job.sqlFile)
    )
  );
});
var warnVanished = (function warnVanished(j, point, record3, ended) {
  const { job } = j;
  const jid = record3.current.jobId;
  const p = record3.pending;
  const stop2 = p && (p.kind === "stop-with-savepoint" || p.kind === "savepoint") && p.jobId === jid ? p : void 0;
  const from = point ? `its ${point.what} of ${at(takenAt(point, j.live, record3))} (${point.path})` : "no state";
  const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
  const started = record3.current?.endpoint;
  const elsewhere = j.ctx.endpoint !== void 0 && started !== void 0 && started !== j.ctx.endpoint;
  j.diags.push(
    warning(
      PLAN_CODES.vanishedState,
      ended ? `Job ${job.name} ended ${ended} with no checkpoint Flink shows: it is recovered from ${from}, and newer state may be on disk only` : elsewhere ? `Job ${job.name} is not on this cluster, and was started through another JobManager endpoint: it is recovered from ${from}, and newer state may be on the other cluster` : `Job ${job.name} vanished from the cluster: it is recovered from ${from}, and newer state may be on disk only`,
      (ended ? `Job ${jid} ran, but Flink answers it with no RUNNING time and no checkpoint: the adaptive scheduler reports a job that failed between two runs from a graph it never built (one that lost its TaskManager and waited for task slots in vain, NoResourceAvailableException, or whose restart failed before it ran, e.g. on a checkpoint directory it could not write). Its exceptions in the Flink UI say which. ` : elsewhere ? `This JobManager does not know job ${jid}, which was started through another JobManager endpoint (FO739): it may still run on that cluster${stop2 ? `, where the ${stop2.kind} started at ${stop2.startedAt} (trigger ${stop2.triggerId}) was under way` : ""}. If it does, move the environment with moveFrom instead of applying this recovery. ` : `The JobManager no longer knows job ${jid}: it restarted without high availability (or the job expired from its history), and forgot the job${stop2 ? `, its checkpoints and the outcome of the ${stop2.kind} started at ${stop2.startedAt} (trigger ${stop2.triggerId})` : " and its checkpoints"}. `) + `${stop2 ? `If that savepoint completed, it is a folder savepoint-${jid.slice(0, 6)}-\u2026 holding a _metadata file in the savepoint directory. ` : ""}Checkpoints the job completed later are kept as <checkpoint directory>/${jid}/chk-<n> (with a _metadata file) when they were retained, or when the JobManager died before it could delete them. To restore the newest of them, set restoreFrom: <its path> in ${settings} before applying; otherwise the records since are read again (a sink that appends writes them twice).`,
      fileRange(job.sqlFile)
    )
  );
});
var takenAt = (function takenAt(point, live2, record3) {
  const times = [point.time];
  for (const s of record3.savepoints)
    if (sameSavepointPath(s.path, point.path)) times.push(Date.parse(s.time));
  for (const l of live2)
    for (const p of [l.latestSavepoint, l.latestCheckpoint])
      if (p && sameSavepointPath(p.path, point.path) && p.time > 0) times.push(p.time);
  return Math.min(...times.filter((t) => !Number.isNaN(t)));
});
var warnHandJobState = (function warnHandJobState(j) {
  const { job, live: live2, ctx } = j;
  if (!ctx.observed) return;
  const ended = live2.filter((l) => l.labels === void 0 && !isAlive(l) && !l.previousCluster);
  const point = latestRestorePoint(ended, void 0);
  if (!point) return;
  const owner2 = ended.find(
    (l) => sameSavepointPath(l.latestSavepoint?.path, point.path) || sameSavepointPath(l.latestCheckpoint?.path, point.path)
  );
  const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
  j.diags.push(
    warning(
      PLAN_CODES.handJobState,
      `Job ${job.name} is created without the state of the job that ran under its name outside flinkops`,
      `Job ${owner2?.jobId ?? "?"} (${owner2?.state ?? "ended"}), started without flinkops labels, left the ${point.what} ${point.path}. Only a running job is adopted; the new job restores nothing. To start it from that state, set restoreFrom: ${point.path} in ${settings}; to start afresh, nothing.`,
      fileRange(job.sqlFile)
    )
  );
});
var warnCreatedAgain = (function warnCreatedAgain(j, finalSp) {
  const { job } = j;
  const findings = sourceStartFindings(job.script);
  if (findings.length === 0) return;
  j.diags.push(
    warning(
      PLAN_CODES.createdAgainWithoutState,
      `Job ${job.name} is created again without the state of its deleted version: its sources start where their startup mode says`,
      `${findings.join("; ")}. Its final savepoint ${finalSp} holds where the deleted job stopped: to go on from there, set restoreFrom: ${finalSp} in ${job.yamlFile ?? `jobs/${job.name}.yaml`}; to start afresh, nothing.`,
      fileRange(job.sqlFile)
    )
  );
});
// src/plan/unfinished-rollback.ts
var finishRollback = (function finishRollback(j, last, from) {
  const { record: record3, run, diags, base, to } = j;
  const p = record3?.pending;
  if (p?.kind !== "rollback" || p.failedSpecHash !== to.specHash || run.state === "suspended")
    return void 0;
  const failed3 = p.jobId ? `job ${p.jobId}` : "the new version";
  if (last && rolledBackJob(last, p))
    return {
      change: {
        ...base,
        action: "recover",
        reason: `an earlier apply was rolling ${failed3} back to the last stable version (spec ${p.specHash.slice(0, 12)}) and stopped after it started that version again, before it recorded it: finish the rollback, record job ${last.jobId} (${last.state}${p.savepoint ? `, restored from ${p.savepoint}` : ""}) and check its health; nothing is started`,
        causes: [{ kind: "cluster", path: "state", from: "RUNNING", to: last.state }],
        liveJobId: last.jobId,
        liveState: last.state,
        from,
        to
      },
      diags
    };
  const alive = last !== void 0 && last.jobId === p.jobId && isAlive(last);
  return {
    change: {
      ...base,
      action: "recover",
      reason: `an earlier apply was rolling ${failed3} back to the last stable version (spec ${p.specHash.slice(0, 12)}) and stopped before that ran again: finish the rollback, ${alive ? `cancel job ${last.jobId} (${last.state}), ` : ""}${p.savepoint ? `restore the last stable version from ${p.savepoint}` : "start the last stable version without state"}`,
      causes: [{ kind: "cluster", path: "state", from: "RUNNING", to: last?.state ?? "missing" }],
      ...p.savepoint ? { restoreFrom: p.savepoint } : {},
      ...last ? { liveJobId: last.jobId, liveState: last.state } : {},
      from,
      to
    },
    diags
  };
});
var rolledBackJob = (function rolledBackJob(live2, p) {
  return isAlive(live2) && live2.jobId !== p.jobId && specHashOf(live2).specHash === p.specHash && (live2.restoredFrom === void 0 || p.savepoint === void 0 || sameSavepointPath(live2.restoredFrom, p.savepoint));
});
// src/plan/decide-stopped.ts
var decideStopped = (function decideStopped(j) {
  const { job, record: record3, current, run, ctx, diags, base, to, live: live2 } = j;
  const last = ctx.observed ? live2[0] : void 0;
  const lastIds = last ? { liveJobId: last.jobId, liveState: last.state } : {};
  if (!record3 || !current || record3.status === "deleted") {
    if (run.state === "suspended") {
      return {
        change: { ...base, action: "none", reason: `${run.reason}: not deployed`, causes: [run.cause], to },
        diags
      };
    }
    const spec2 = specChange(j, job.settings.upgradeMode ?? "savepoint", false);
    const finalSp = record3?.status === "deleted" ? lastRestorableSavepoint(record3) : void 0;
    if (!record3 && !job.settings.restoreFrom) warnHandJobState(j);
    if (finalSp && !job.settings.restoreFrom) warnCreatedAgain(j, finalSp.path);
    return {
      change: {
        ...base,
        action: "create",
        reason: finalSp ? newAgain(finalSp.path, job.settings.restoreFrom) : isBatchJob(job) ? "new batch job: apply runs it once and waits until it has FINISHED" : "new job",
        causes: [{ kind: "repo", path: job.sqlFile, to: "added" }],
        ...job.settings.restoreFrom ? { restoreFrom: job.settings.restoreFrom } : {},
        to,
        ...spec2.sqlDiff ? { sqlDiff: spec2.sqlDiff } : {}
      },
      diags
    };
  }
  const from = { specHash: current.specHash, parallelism: current.parallelism };
  if (record3.status === "suspended") {
    if (run.state === "suspended") {
      return {
        change: { ...base, action: "none", reason: "suspended", causes: [], ...lastIds, from, to },
        diags
      };
    }
    const sp = ownRestorableSavepoint(record3, ctx.flinkVersion);
    const spec2 = specChange(
      j,
      job.settings.upgradeMode ?? "savepoint",
      sp !== void 0 || job.settings.restoreFrom !== void 0 || pendingSavepoint(record3)
    );
    const pinned2 = spec2.causes?.some((c) => c.path === "restoreFrom") ? job.settings.restoreFrom : void 0;
    const restoreFrom2 = pinned2 ?? sp?.path;
    const awaited2 = !restoreFrom2 && pendingSavepoint(record3);
    const batch2 = isBatchJob(job);
    if (!batch2) pinRewinds(spec2.compatibility, pinned2, record3, last);
    if (!batch2) pinnedBackendSwitch(j, spec2.compatibility, pinned2);
    if (!pinned2 && !batch2)
      warnNewerReleaseSavepoints(j, "resume", restoreFrom2, sp ? Date.parse(sp.time) : void 0);
    if (!restoreFrom2 && !awaited2 && !batch2) diags.push(noRestorePoint(job, "resume"));
    const back = run.cause?.kind === "schedule" ? run.reason : `${run.reason} again`;
    const gone2 = restoreFrom2 && !pinned2 ? lastStartNotFound(j, restoreFrom2) : void 0;
    if (gone2) diags.push(gone2.diag);
    return {
      change: {
        ...base,
        action: "resume",
        ...gone2 ? { refused: gone2.refused } : {},
        reason: restoreFrom2 ? `${back}: restore from ${pinned2 ? "the pinned" : "its last"} ${restorePointKind(restoreFrom2)}` : awaited2 ? `${back}: restore from the savepoint its interrupted stop took, if it completed` : batch2 ? `${back}: run the batch job (it keeps no state)` : `${back}: no savepoint known, starts without state`,
        ...spec2,
        causes: [
          // A schedule window that opened says so; otherwise `state: running` brought it back.
          run.cause?.kind === "schedule" ? run.cause : { kind: "setting", path: "state", from: "suspended", to: "running" },
          ...spec2.causes ?? []
        ],
        ...restoreFrom2 ? { restoreFrom: restoreFrom2 } : {},
        ...lastIds,
        from,
        to
      },
      diags
    };
  }
  const batch = batchRun(j, last, from);
  if (batch) return batch;
  const finishing = finishRollback(j, last, from);
  if (finishing) return finishing;
  const why = record3.status === "failed" ? "recorded as failed by an earlier apply" : !last ? "vanished from the cluster while the store says running" : last.state === "FINISHED" && last.jobId === current.jobId && isBatchJob(job) ? `its batch run (job ${last.jobId}) FINISHED` : stoppedByInterruptedApply(record3, last.jobId) ? `job ${last.jobId} ${last.state}: an interrupted apply stopped it with a savepoint, which apply records first` : stoppedForRestart(record3, last) ? `job ${last.jobId} ${last.state}: an interrupted apply stopped it with a savepoint to restart it, and did not start the new job` : `${last.state} on the cluster while the repo wants it running`;
  if (run.state === "suspended" && run.cause?.kind !== "schedule" && record3.status === "running" && isBatchJob(job) && last?.state === "FINISHED" && last.jobId === current.jobId && from.specHash === to.specHash && from.parallelism === to.parallelism) {
    return {
      change: {
        ...base,
        action: "none",
        reason: `${run.reason}; ${why}: nothing to stop (set back to running it does not run again; --replace ${job.name} runs it once more)`,
        causes: [],
        ...lastIds,
        from,
        to
      },
      diags
    };
  }
  if (run.state === "suspended") {
    const kept = latestRestorePoint(ctx.observed ? live2 : [], record3, ctx.flinkVersion);
    if (kept && last) warnRewind(j, kept, last, record3, "suspend");
    return {
      change: {
        ...base,
        action: "suspend",
        reason: `${run.reason}; ${why}: nothing to stop, recorded as suspended`,
        causes: [run.cause],
        ...lastIds,
        from,
        to
      },
      diags
    };
  }
  const point = latestRestorePoint(ctx.observed ? live2 : [], record3, ctx.flinkVersion);
  const spec = specChange(
    j,
    job.settings.upgradeMode ?? "savepoint",
    point !== void 0 || job.settings.restoreFrom !== void 0 || pendingSavepoint(record3)
  );
  const pinned = spec.causes?.some((c) => c.path === "restoreFrom") ? job.settings.restoreFrom : void 0;
  const gone = point && !pinned ? lastStartNotFound(j, point.path) : void 0;
  const dropped = point !== void 0 && gone !== void 0 && job.settings.upgradeMode === "stateless";
  const restoreFrom = pinned ?? (dropped ? void 0 : point?.path);
  if (!isBatchJob(job)) pinRewinds(spec.compatibility, pinned, record3, last);
  if (!isBatchJob(job)) pinnedBackendSwitch(j, spec.compatibility, pinned);
  const awaited = !restoreFrom && pendingSavepoint(record3);
  const unseen = last !== void 0 && last.jobId === current.jobId && (last.runningSince === void 0 || last.tasksNeverDeployed === true) && last.lastCheckpointTime === void 0;
  const stable = unseen && record3.lastStable?.jobId === last.jobId;
  const forgotten = stable && last.runningSince === void 0;
  const neverRan = unseen && !stable;
  if (dropped && point) {
    if (!isBatchJob(job)) diags.push(startsWithoutGoneState(j, point.path));
  } else {
    if (!restoreFrom && !awaited && !isBatchJob(job) && !neverRan)
      diags.push(noRestorePoint(job, "recovery", last?.jobId === current.jobId ? last : void 0));
    if (!pinned && !isBatchJob(job)) warnNewerReleaseSavepoints(j, "recovery", restoreFrom, point?.time);
    if (!pinned && point && last) warnRewind(j, point, last, record3);
    if (!pinned && !last && ctx.observed && record3.current) warnVanished(j, point, record3);
    if (!pinned && forgotten) warnVanished(j, point, record3, last.state);
    if (gone) diags.push(gone.diag);
  }
  return {
    change: {
      ...base,
      action: "recover",
      ...gone && !dropped ? { refused: gone.refused } : {},
      reason: dropped && point ? `${why}: start without state (upgradeMode: stateless), as its latest ${point.what} is gone` : isBatchJob(job) && !pinned && !point && !awaited ? `${why}: run the batch job again (it keeps no state)` : neverRan && !restoreFrom && !awaited ? `${why}: start it again (it never ran, so it has no state to restore)` : `${why}: restart from ${pinned ? `the pinned ${restorePointKind(pinned)}` : point ? `its latest ${point.what}` : awaited ? "the savepoint its interrupted stop took, if it completed" : "no known state"}`,
      ...spec,
      causes: [
        {
          kind: "cluster",
          path: "state",
          from: "RUNNING",
          to: last?.state ?? (record3.status === "failed" ? "failed" : "missing")
        },
        ...spec.causes ?? []
      ],
      ...restoreFrom ? { restoreFrom } : {},
      ...lastIds,
      from,
      to
    },
    diags
  };
});
var pinnedBackendSwitch = (function pinnedBackendSwitch(j, compat, pinned) {
  if (!pinned || !compat || j.job.settings.upgradeMode === "stateless") return;
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  backendSwitch(
    compat,
    j.current?.settings?.config,
    j.job.settings.config,
    settings,
    pinned,
    pinnedFormat(pinned, j.live, j.record),
    j.ctx.defaultStateBackend
  );
});
var pendingSavepoint = (function pendingSavepoint(record3) {
  const p = record3.pending;
  return p !== void 0 && (p.kind === "savepoint" || p.kind === "stop-with-savepoint");
});
var newAgain = (function newAgain(finalSp, pinned) {
  if (pinned === void 0)
    return `new again after its deletion; its final savepoint ${finalSp} is used only if pinned with restoreFrom`;
  return sameSavepointPath(pinned, finalSp) ? "new again after its deletion: restore from its final savepoint, pinned with restoreFrom" : `new again after its deletion: restore from the pinned ${restorePointKind(pinned)}, not its final savepoint ${finalSp}`;
});
// src/plan/live-instances.ts
var suspendedDecision = (function suspendedDecision(name, pipelineName22, j) {
  return {
    change: {
      job: name,
      pipelineName: pipelineName22,
      action: "none",
      reason: "SUSPENDED by the JobManager (leader change): left alone until it is recovered",
      causes: [],
      liveJobId: j.jobId,
      liveState: j.state
    },
    diags: [
      {
        code: PLAN_CODES.transitional,
        severity: "info",
        summary: `Job ${name} is suspended by the JobManager (leader change); plan again once it is recovered`,
        detail: "Flink suspends the jobs of a JobManager that loses leadership; with high availability the next leader recovers them. Nothing is started, stopped or recorded until it runs again."
      }
    ]
  };
});
var instanceNote = (function instanceNote(j, recordedJobId) {
  const started = j.startTime > 0 ? `, started ${new Date(j.startTime).toISOString()}` : "";
  if (j.jobId === recordedJobId) return `${j.state}${started}, the one flinkops deployed and recorded`;
  if (j.labels?.[LABEL_KEYS.specHash] !== void 0)
    return `${j.state}${started}, flinkops labels, not the recorded one`;
  return `${j.state}${started}, no flinkops labels: started outside flinkops`;
});
var duplicateDecision = (function duplicateDecision(name, pipelineName22, alive, recordedJobId) {
  const ids = alive.map((j) => `${j.jobId} (${instanceNote(j, recordedJobId)})`).join("; ");
  return {
    change: {
      job: name,
      pipelineName: pipelineName22,
      action: "none",
      reason: `runs ${alive.length} times on the cluster: left alone until one instance remains`,
      causes: [{ kind: "cluster", path: pipelineName22, to: `${alive.length} instances` }]
    },
    diags: [
      error6(
        PLAN_CODES.duplicateJob,
        `Job ${name} runs ${alive.length} times on the cluster`,
        `Instances: ${ids}. A job running twice writes its sinks twice. Stop all but one, then plan again: with a savepoint through Flink's own tools (\`flink stop --savepointPath <dir> <job id>\`, or POST /jobs/<job id>/stop on the JobManager REST API), or cancel it in the Flink UI.`
      )
    ]
  };
});
// src/plan/schedule.ts
var isoMinute = (function isoMinute(t) {
  return new Date(t).toISOString().replace(/\.000Z$/, "Z");
});
var windowsOf = (function windowsOf(schedule2) {
  const tz = schedule2.timezone ?? "UTC";
  const windows = [];
  for (const [i, w] of schedule2.windows.entries()) {
    const start = cronOf(w.start, tz);
    const stop2 = cronOf(w.stop, tz);
    if ("problem" in start)
      return { problem: `schedule window ${i + 1} start "${w.start}": ${start.problem}` };
    if ("problem" in stop2) return { problem: `schedule window ${i + 1} stop "${w.stop}": ${stop2.problem}` };
    windows.push({ i, label: `${w.start} \u2192 ${w.stop} ${tz}`, start: start.cron, stop: stop2.cron });
  }
  return { windows };
});
var latest = (function latest(cron, t) {
  return cron.previousRuns(1, new Date(t + 1))[0]?.getTime();
});
var nextAfter = (function nextAfter(cron, t) {
  return cron.nextRun(new Date(t))?.getTime() ?? void 0;
});
var stateFunction2 = (function stateFunction2(job) {
  const { activeFrom: from, activeUntil: until, schedule: schedule2 } = job.settings;
  for (const [key, value] of [
    ["activeFrom", from],
    ["activeUntil", until]
  ]) {
    if (value !== void 0 && Number.isNaN(Date.parse(value)))
      return { problem: `${key} "${value}" is not an ISO-8601 time` };
  }
  const parsed = schedule2 ? windowsOf(schedule2) : { windows: [] };
  if ("problem" in parsed) return parsed;
  const { windows } = parsed;
  const fromT = from !== void 0 ? Date.parse(from) : void 0;
  const untilT = until !== void 0 ? Date.parse(until) : void 0;
  const at2 = (t) => {
    if (fromT !== void 0 && t < fromT)
      return {
        state: "suspended",
        cause: { kind: "schedule", path: "activeFrom", to: from },
        why: `outside its schedule window: active from ${from}`
      };
    if (untilT !== void 0 && t >= untilT)
      return {
        state: "suspended",
        cause: { kind: "schedule", path: "activeUntil", to: until },
        why: `outside its schedule window: active until ${until}`
      };
    if (windows.length === 0) return { state: "running", why: "inside its schedule window" };
    let closed;
    for (const w of windows) {
      const start = latest(w.start, t);
      const stop2 = latest(w.stop, t);
      if (start !== void 0 && (stop2 === void 0 || start > stop2)) {
        return {
          state: "running",
          cause: { kind: "schedule", path: `schedule.windows[${w.i}]`, from: "closed", to: "open" },
          why: `inside schedule window ${w.i + 1} (${w.label}) since ${isoMinute(start)}`
        };
      }
      if (stop2 !== void 0 && (closed?.stop === void 0 || stop2 > closed.stop))
        closed = { i: w.i, label: w.label, stop: stop2 };
      closed ??= { i: w.i, label: w.label };
    }
    const c = closed;
    return {
      state: "suspended",
      cause: { kind: "schedule", path: `schedule.windows[${c.i}]`, from: "open", to: "closed" },
      why: c.stop !== void 0 ? `outside its schedule: window ${c.i + 1} (${c.label}) closed at ${isoMinute(c.stop)}` : `outside its schedule: window ${c.i + 1} (${c.label}) has not opened yet`
    };
  };
  const candidates = (t) => {
    const out = [];
    if (fromT !== void 0 && fromT > t) out.push(fromT);
    if (untilT !== void 0 && untilT > t) out.push(untilT);
    for (const w of windows) {
      for (const cron of [w.start, w.stop]) {
        const n = nextAfter(cron, t);
        if (n !== void 0) out.push(n);
      }
    }
    return out;
  };
  return { at: at2, candidates };
});
var MAX_STEPS = 64;
var nextTransition = (function nextTransition(f, t, state2) {
  let cur = t;
  for (let step = 0; step < MAX_STEPS; step++) {
    const c = f.candidates(cur);
    if (c.length === 0) return void 0;
    cur = Math.min(...c);
    const v = f.at(cur);
    if (v.state !== state2) return { at: isoMinute(cur), state: v.state };
  }
  return void 0;
});
var withNext = (function withNext(v, next) {
  const tail = next ? `; ${next.state === "running" ? "resumes" : "suspends"} at ${next.at}` : "";
  const cause = v.cause && next && v.cause.path.startsWith("schedule.") ? { ...v.cause, to: `${v.cause.to} until ${next.at}` } : v.cause;
  return {
    state: v.state,
    ...cause ? { cause } : {},
    reason: `${v.why}${tail}`,
    ...next ? { next } : {}
  };
});
var desiredRunState = (function desiredRunState(job, now) {
  if (job.settings.state === "suspended") {
    return {
      state: "suspended",
      cause: { kind: "setting", path: "state", to: "suspended" },
      reason: "state: suspended"
    };
  }
  const { activeFrom, activeUntil, schedule: schedule2 } = job.settings;
  if (activeFrom === void 0 && activeUntil === void 0 && !schedule2)
    return { state: "running", reason: "state: running" };
  const notEvaluated = (problem) => ({
    state: "running",
    reason: "state: running",
    problem
  });
  if (now === void 0) {
    return notEvaluated(
      `${schedule2 ? "schedule" : "activeFrom/activeUntil"} ${schedule2 ? "was" : "were"} not evaluated: the plan was given no time`
    );
  }
  const t = Date.parse(now);
  if (Number.isNaN(t)) return notEvaluated(`"${now}" is not an ISO-8601 time`);
  const f = stateFunction2(job);
  if ("problem" in f) return notEvaluated(f.problem);
  const v = f.at(t);
  return withNext(v, nextTransition(f, t, v.state));
});
// src/plan/decide.ts
var decideDesired = (function decideDesired(job, live2, record3, ctx) {
  const diags = [];
  const run = desiredRunState(job, ctx.now);
  if (run.problem) {
    diags.push(
      warning(
        PLAN_CODES.scheduleNotEvaluated,
        `Schedule window of job ${job.name} not evaluated`,
        `${run.problem}; the job is planned as running. Plan with a time (the Action passes the run time).`,
        fileRange(job.yamlFile ?? job.sqlFile)
      )
    );
  }
  if (record3?.pending) {
    const p2 = record3.pending;
    const forgotten = ctx.observed && (p2.kind === "savepoint" || p2.kind === "stop-with-savepoint") && !live2.some((l) => l.jobId === p2.jobId);
    const detail2 = forgotten ? `Started ${p2.startedAt}. The JobManager no longer knows job ${p2.jobId}, so the next apply cannot ask for its result: see FO659 for where a savepoint that completed is kept.` : `Started ${p2.startedAt}. The next apply looks for its result first, so no savepoint is lost.`;
    diags.push(
      warning(
        PLAN_CODES.pendingOperation,
        ctx.lockHolder ? `An apply holding the state lock is in (or stopped during) ${record3.pending.kind} of job ${job.name}` : `An earlier apply stopped during ${record3.pending.kind} of job ${job.name}`,
        ctx.lockHolder ? `${ctx.lockHolder}. ${MEANWHILE} ${detail2}` : detail2
      )
    );
  }
  const alive = ctx.observed ? live2.filter(isAlive) : [];
  if (alive.length > 1) {
    const dup = duplicateDecision(job.name, job.pipelineName, alive, record3?.current?.jobId);
    return { change: dup.change, diags: [...diags, ...dup.diags] };
  }
  if (alive[0]?.state === "SUSPENDED") {
    const s = suspendedDecision(job.name, job.pipelineName, alive[0]);
    return { change: s.change, diags: [...diags, ...s.diags] };
  }
  const current = record3?.status === "deleted" ? void 0 : record3?.current;
  const inputs = {
    job,
    live: ctx.observed ? live2 : [],
    record: record3,
    current,
    run,
    ctx,
    diags,
    base: { job: job.name, pipelineName: job.pipelineName },
    to: { specHash: job.restartHash, parallelism: job.settings.parallelism }
  };
  const running = ctx.observed ? alive[0] : record3?.status === "running" && current ? storeAsLive(job, current.jobId, current.specHash, current.parallelism) : void 0;
  const p0 = record3?.pending;
  const restarted = running && p0?.kind === "rollback" && rolledBackJob(running, p0);
  const finishing = running && current && p0?.kind === "rollback" && (p0.jobId === running.jobId || restarted) ? finishRollback(
    inputs,
    running,
    restarted ? { specHash: p0.specHash, parallelism: running.parallelism } : { specHash: current.specHash, parallelism: current.parallelism }
  ) : void 0;
  const rolledBackTo = restarted && !finishing && p0?.kind === "rollback" ? [record3?.lastStable, record3?.current].find((v) => v?.specHash === p0.specHash) : void 0;
  const fromRollback = rolledBackTo && running ? { ...inputs, current: { ...rolledBackTo, jobId: running.jobId } } : inputs;
  const d = finishing ?? (running ? decideRunning(fromRollback, running) : decideStopped(inputs));
  const p = record3?.pending;
  if (p && d.change.action === "none" && !d.change.refused && d.change.verify === void 0)
    return {
      ...d,
      change: {
        ...d.change,
        reason: `${d.change.reason}; apply looks up the ${p.kind} an earlier apply stopped during, and clears it`,
        resolves: { pending: p.kind, startedAt: p.startedAt }
      }
    };
  return d;
});
// src/plan/rename.ts
var RENAME_CODES = {
  /** Error: the old and the new name both have a job (in the store or on the cluster): no rename. */
  bothExist: "FO733",
  /** Error: movedFrom and restoreFrom together while the old job exists: which state to start from is unclear. */
  withRestoreFrom: "FO734",
  /** Info: movedFrom names a job known nowhere while the new name is created: it starts without state. Silent once applied. */
  leftover: "FO735"
};
var planRenames = (function planRenames(desired, liveByJob, doc, observed) {
  const renames2 = /* @__PURE__ */ new Map();
  const diags = [];
  const jobsOf = /* @__PURE__ */ new Map();
  const inRepo = new Set(desired.jobs.map((j) => j.name));
  const claimed = /* @__PURE__ */ new Map();
  for (const job of desired.jobs) {
    const old = job.settings.movedFrom;
    if (old === void 0 || old === job.name || inRepo.has(old)) continue;
    if (claimed.has(old)) continue;
    claimed.set(old, job.name);
    const say = (d) => {
      diags.push(d);
      jobsOf.set(d, [job.name, old]);
    };
    const at2 = job.movedFromAt ?? fileRange(job.yamlFile ?? job.sqlFile);
    const oldRec = live(doc.jobs[old]);
    const newRec = live(doc.jobs[job.name]);
    const oldList = observed ? liveByJob.get(old) ?? [] : [];
    const newList = observed ? liveByJob.get(job.name) ?? [] : [];
    const oldAlive = oldList.filter((l) => isAlive(l) && l.labels?.[LABEL_KEYS.specHash] !== void 0);
    const newAlive = newList.filter(isAlive);
    const inFlight = !oldRec && newRec?.current !== void 0 && oldList.some((l) => l.jobId === newRec.current.jobId);
    if (!oldRec && oldAlive.length === 0 && !inFlight) {
      if (newRec || newAlive.length > 0) continue;
      say({
        code: RENAME_CODES.leftover,
        severity: "info",
        summary: `Job ${job.name}: movedFrom: ${old} renames nothing, no job ${old} is known: ${job.name} starts without state`,
        detail: `Neither the state store nor the cluster of this environment knows a job ${old}, so ${job.name} is created as a new job. If ${old} is the job's former name here, check its spelling (or the environment) before applying; in an environment where ${old} never ran, nothing is to be done. Once every environment has applied the rename, movedFrom can be removed.`,
        range: at2
      });
      continue;
    }
    if (!inFlight && (newRec || newAlive.length > 0)) {
      const where = [
        ...oldRec ? [`the state store records ${old} (${oldRec.status})`] : [],
        ...oldAlive.length ? [`${oldAlive[0].name} runs on the cluster (${oldAlive[0].jobId})`] : []
      ].join(" and ");
      const there = [
        ...newRec ? [`the state store records ${job.name} (${newRec.status})`] : [],
        ...newAlive.length ? [`${newAlive[0].name} runs on the cluster (${newAlive[0].jobId})`] : []
      ].join(" and ");
      say(
        error6(
          RENAME_CODES.bothExist,
          `Job ${job.name} cannot be renamed from ${old}: both exist (${where}; ${there})`,
          `A rename moves ${old}'s state to a name that has none. Keep the one to go on with: to go on with ${old}'s state, delete ${job.name} first (a plan without jobs/${job.name}.sql, with --allow-delete), then plan the rename again; to go on with ${job.name}, remove movedFrom from ${job.yamlFile ?? `jobs/${job.name}.yaml`} (${old} is then deleted, which needs --allow-delete).`,
          at2
        )
      );
      continue;
    }
    const pn = doc.jobs[old]?.pipelineName ?? oldList[0]?.name ?? pipelineName3(desired.project, desired.env, old);
    if (job.settings.restoreFrom !== void 0) {
      const d = error6(
        RENAME_CODES.withRestoreFrom,
        `Job ${job.name} sets both movedFrom: ${old} and restoreFrom, while ${old} still exists: which state it starts from is unclear`,
        `A rename starts ${job.name} from ${old}'s own state (the savepoint of its stop, or its last one when it is suspended); restoreFrom names another. Remove restoreFrom to carry ${old}'s state over, or remove movedFrom to start from the pinned path (${old} is then deleted, which needs --allow-delete). Until then neither job changes.`,
        at2
      );
      say(d);
      renames2.set(job.name, {
        from: old,
        pipelineName: pn,
        record: void 0,
        live: [],
        oldAlive: /* @__PURE__ */ new Set(),
        refused: { code: d.code, summary: d.summary, detail: d.detail, renamedFrom: old }
      });
      continue;
    }
    const list = [...newList, ...oldList].sort(
      (a, b) => b.startTime - a.startTime || (a.jobId < b.jobId ? -1 : a.jobId > b.jobId ? 1 : 0)
    );
    renames2.set(job.name, {
      from: old,
      pipelineName: pn,
      record: newRec ?? oldRec,
      live: list,
      oldAlive: new Set(oldAlive.map((l) => l.jobId))
    });
  }
  return { renames: renames2, diags, jobsOf };
});
var decideRenamed = (function decideRenamed(job, r, ctx, ownLive, ownRecord) {
  if (r.refused) {
    const d2 = decideDesired(job, ownLive, ownRecord, ctx);
    return d2.change.action === "none" ? d2 : { ...d2, change: { ...d2.change, refused: r.refused } };
  }
  const running = r.live.find((l) => r.oldAlive.has(l.jobId));
  const replace = running || !ctx.observed ? /* @__PURE__ */ new Set([...ctx.replace ?? [], job.name]) : ctx.replace;
  const d = decideDesired(job, r.live, r.record, {
    ...ctx,
    ...replace ? { replace } : {},
    renamedFrom: r.from
  });
  return { ...d, change: markRenamed(d.change, r, job) };
});
function live(r) {
  return r && r.status !== "deleted" ? r : void 0;
}
var renameCause = (function renameCause(r, job) {
  return { kind: "repo", path: "movedFrom", from: r.from, to: job.name };
});
var markRenamed = (function markRenamed(change2, r, job) {
  const replaced2 = change2.causes.some((c) => c.kind === "request" && c.path === "replace");
  const how = replaced2 && change2.action === "upgrade" ? `${change2.strategy} upgrade under the new name` : change2.reason;
  return {
    ...change2,
    reason: `renamed from ${r.from}: ${how}`,
    causes: [
      renameCause(r, job),
      ...change2.causes.filter((c) => !(c.kind === "request" && c.path === "replace"))
    ],
    renamedFrom: { job: r.from, pipelineName: r.pipelineName }
  };
});
var recordOf = (function recordOf(doc, change2) {
  return renamedRecordOf(change2, (name) => doc.jobs[name]);
});
var renamedRecordOf = (function renamedRecordOf(change2, read2) {
  const own = read2(change2.job);
  if (!change2.renamedFrom || own && own.status !== "deleted") return own;
  return read2(change2.renamedFrom.job) ?? own;
});
// src/apply/steps.ts
// src/apply/describe-steps.ts
// src/observe/model.ts
var slotShortage = (function slotShortage(live2, job) {
  const s = live2.slots;
  if (!s || job.previousCluster || !awaitsScheduling(job)) return void 0;
  if (s.taskManagers === 0) return "the cluster has no TaskManager";
  if (job.state === "RESTARTING") return void 0;
  const needed = live2.adaptiveScheduler ? 1 : Math.max(1, ...job.vertices.map((v) => v.parallelism));
  if (s.slotsAvailable >= needed) return void 0;
  const tms = `${s.taskManagers} TaskManager${s.taskManagers === 1 ? "" : "s"}`;
  return `the cluster has ${s.slotsAvailable === 0 ? "no" : s.slotsAvailable} free task slot${s.slotsAvailable === 1 ? "" : "s"} (${s.slotsTotal} in all on ${tms})${needed > 1 ? `, and the job needs ${needed}` : ""}`;
});
var awaitsScheduling = (function awaitsScheduling(job) {
  if (job.state === "CREATED" || job.state === "RESTARTING") return true;
  if (job.state !== "RUNNING") return false;
  const waits = (v) => v.status === "CREATED" || v.status === "SCHEDULED";
  return job.batch ? job.vertices.length > 0 && job.vertices.every(waits) : job.vertices.some(waits);
});
var waitingState = (function waitingState(job) {
  return job.state === "RUNNING" ? "RUNNING with its tasks unscheduled" : job.state;
});
// src/observe/pool.ts
var createLimiter = (function createLimiter(limit) {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`bug: concurrency must be a whole number \u2265 1, got ${limit}`);
  let active = 0;
  const waiting = [];
  return async (task) => {
    if (active >= limit) await new Promise((resolve6) => waiting.push(resolve6));
    else active++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
});
var mapPool = (async function mapPool(items, limit, fn) {
  const run = createLimiter(limit);
  return Promise.all(items.map((item, i) => run(() => fn(item, i))));
});
// src/observe/strays.ts
var STRAY_ENVIRONMENT_CODE = "FO657";
var strayEnvironmentJobs = (function strayEnvironmentJobs(listed, project, environments) {
  const known = new Set(environments);
  const byEnv = /* @__PURE__ */ new Map();
  const prefix2 = `${project}.`;
  for (const summary of listed) {
    if (isTerminal(summary.state) || !summary.name.startsWith(prefix2)) continue;
    const rest = summary.name.slice(prefix2.length);
    const dot = rest.indexOf(".");
    if (dot < 0) continue;
    const env = rest.slice(0, dot);
    if (known.has(env) || !isIdentifier2(env) || !isIdentifier2(rest.slice(dot + 1))) continue;
    byEnv.set(env, [...byEnv.get(env) ?? [], summary]);
  }
  return byEnv;
});
var siblingEnvironmentJobs = (function siblingEnvironmentJobs(listed, project, env, environments) {
  const others = new Set(environments.filter((e) => e !== env));
  const byEnv = /* @__PURE__ */ new Map();
  for (const summary of listed) {
    if (isTerminal(summary.state)) continue;
    const parts = summary.name.split(".");
    if (parts.length !== 3 || parts[0] !== project || !others.has(parts[1]) || !isIdentifier2(parts[2]))
      continue;
    byEnv.set(parts[1], [...byEnv.get(parts[1]) ?? [], summary.name]);
  }
  return [...byEnv].sort(([a], [b]) => a < b ? -1 : 1).map(([e, names]) => ({ env: e, names: [...new Set(names)].sort() }));
});
var strayEnvironmentDiagnostics = (function strayEnvironmentDiagnostics(listed, project, env, environments) {
  const out = [];
  const strays = strayEnvironmentJobs(listed, project, environments);
  for (const [old, jobs] of [...strays].sort(([a], [b]) => a < b ? -1 : 1)) {
    const names = jobs.map((j) => `${j.name} (${j.id}, ${j.state})`).sort().join(", ");
    const one = jobs.length === 1;
    out.push(
      warning(
        STRAY_ENVIRONMENT_CODE,
        `${one ? "A job" : `${jobs.length} jobs`} of project ${project} ${one ? "runs" : "run"} on this cluster under environment ${old}, which flinkops.yaml does not define: ${names}`,
        `No plan of this repository looks at ${one ? "it" : "them"} any more: nothing upgrades, stops or deletes ${one ? "it" : "them"}, and ${one ? "it keeps" : "each keeps"} writing ${one ? "its" : "their"} sinks. If ${env} is ${old} renamed, this plan creates ${env}'s jobs beside ${one ? "it" : "them"}, without ${one ? "its" : "their"} state. To carry the state over, put environment ${old} back in flinkops.yaml with state: suspended and apply it (--env ${old}, with --allow-delete for jobs no longer in the repository): each job stops with a savepoint (flinkops savepoints list JOB --env ${old}); then pin restoreFrom: <that savepoint> in environments.${env}.jobs.<job>, remove ${old} again and apply ${env}. To drop ${one ? "it" : "them"}, stop ${one ? "it" : "them"} in the Flink UI or with POST /jobs/<job id>/stop.`
      )
    );
  }
  return out;
});
var namesakeJobs = (function namesakeJobs(listed, project, env) {
  const out = [];
  for (const summary of listed) {
    if (isTerminal(summary.state)) continue;
    const parts = summary.name.split(".");
    if (parts.length !== 3 || parts[0] === project || parts[1] !== env) continue;
    const [other, , job] = parts;
    if (isIdentifier2(other) && isIdentifier2(job))
      out.push({ name: summary.name, jobId: summary.id, project: other, job });
  }
  return out.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.jobId < b.jobId ? -1 : 1);
});
var defaultNameSinks = (function defaultNameSinks(name) {
  if (!name.startsWith("insert-into_")) return void 0;
  return name.slice("insert-into_".length).split(",").map((t) => t.slice(t.lastIndexOf(".") + 1).replace(/`/g, ""));
});
var lookalikeJobs = (function lookalikeJobs(listed, project, env) {
  const managed = `${project}.${env}.`;
  const prefix2 = `${suggestIdentifier(project)}_${suggestIdentifier(env)}_`;
  const out = [];
  for (const summary of listed) {
    if (isTerminal(summary.state)) continue;
    if (summary.name.startsWith(managed) && isIdentifier2(summary.name.slice(managed.length))) continue;
    const sinks = defaultNameSinks(summary.name);
    const plain = suggestIdentifier(summary.name);
    const job = plain.startsWith(prefix2) ? plain.slice(prefix2.length) : plain;
    if (sinks) out.push({ name: summary.name, jobId: summary.id, sinks });
    else if (isIdentifier2(job)) out.push({ name: summary.name, jobId: summary.id, job });
  }
  return out.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.jobId < b.jobId ? -1 : 1);
});
// src/observe/live-state.ts
var OBSERVE_CODES = {
  unreachable: "FO650",
  clusterError: "FO651",
  jobUnreadable: "FO652",
  checkpointsUnreadable: "FO653",
  labelsMismatch: "FO654",
  strayEnvironment: STRAY_ENVIRONMENT_CODE
};
var EARLY_STATES = /* @__PURE__ */ new Set(["INITIALIZING", "CREATED"]);
var CHECKPOINT_STATES = /* @__PURE__ */ new Set(["RUNNING", "FAILED"]);
var HAND_ENDED_STATES = /* @__PURE__ */ new Set(["CANCELED", "FINISHED"]);
var offlineLiveState = (function offlineLiveState() {
  return { observed: false, adaptiveScheduler: false, jobs: [], fingerprint: liveFingerprint([]) };
});
var liveFingerprint = (function liveFingerprint(jobs) {
  const tuples = jobs.map(
    (j) => isTerminal(j.state) || j.state === "SUSPENDED" ? [j.jobId, j.name, j.state, j.labels?.[LABEL_KEYS.specHash] ?? null, j.parallelism] : [j.jobId, j.name, "alive", null, 0]
  ).sort((a, b) => String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0);
  return fingerprint2(tuples);
});
var managedJobName = (function managedJobName(name, project, env) {
  const prefix2 = `${project}.${env}.`;
  if (!name.startsWith(prefix2)) return void 0;
  const job = name.slice(prefix2.length);
  return isIdentifier2(job) ? job : void 0;
});
var observe = (async function observe(client, opts) {
  const clock = opts.clock ?? systemClock;
  const limit = createLimiter(opts.concurrency ?? 16);
  const diags = [];
  const failed3 = (d) => ({ value: offlineLiveState(), diags: [d] });
  const overview = opts.readSlots && client.getClusterOverview ? limit(() => client.getClusterOverview()) : void 0;
  overview?.catch(() => void 0);
  const taskManagers = opts.readStateBackends && client.getTaskManagers ? limit(() => client.getTaskManagers()) : void 0;
  taskManagers?.catch(() => void 0);
  const [config, listed] = await Promise.all([
    limit(() => client.getConfig()),
    limit(() => client.listJobs())
  ]);
  if (!config.ok) return failed3(clusterDiagnostic(config.error, opts));
  const adaptive = isAdaptive(config.value, opts);
  if (!listed.ok) return failed3(clusterDiagnostic(listed.error, opts));
  const ours = listed.value.map((summary) => ({ summary, job: managedJobName(summary.name, opts.project, opts.env) })).filter((x) => x.job !== void 0);
  if (opts.environments)
    diags.push(...strayEnvironmentDiagnostics(listed.value, opts.project, opts.env, opts.environments));
  const newest = /* @__PURE__ */ new Map();
  for (const { summary, job } of ours) {
    const n = newest.get(job);
    if (!n || summary.startTime > n.startTime) newest.set(job, summary);
  }
  const jobs = await Promise.all(
    ours.map(
      ({ summary, job }) => readJob(client, limit, clock, opts, summary, job, diags, adaptive, newest.get(job) === summary)
    )
  );
  const live2 = jobs.filter((j) => j !== void 0);
  live2.sort((a, b) => a.job !== b.job ? a.job < b.job ? -1 : 1 : b.startTime - a.startTime);
  const state2 = {
    observed: true,
    flinkVersion: config.value.flinkVersion,
    adaptiveScheduler: adaptive,
    jobs: live2,
    fingerprint: liveFingerprint(live2),
    ...opts.jobmanagerUrl ? { endpoint: endpointId(opts.jobmanagerUrl) } : {}
  };
  const namesakes = namesakeJobs(listed.value, opts.project, opts.env);
  if (namesakes.length > 0) state2.namesakes = namesakes;
  const lookalikes = lookalikeJobs(listed.value, opts.project, opts.env);
  if (lookalikes.length > 0) state2.lookalikes = lookalikes;
  const siblings = opts.environments ? siblingEnvironmentJobs(listed.value, opts.project, opts.env, opts.environments) : [];
  if (siblings.length > 0) state2.siblings = siblings;
  if (overview || client.getClusterOverview && live2.some(awaitsScheduling)) {
    const o = await (overview ?? limit(() => client.getClusterOverview()));
    if (o.ok) state2.slots = { ...o.value };
  }
  const tms = await taskManagers;
  if (tms?.ok) {
    const heaps = tms.value.flatMap(
      (t) => t.taskHeapBytes !== void 0 ? [{ bytes: t.taskHeapBytes, slots: t.slots }] : []
    );
    if (heaps.length > 0 && heaps.length === tms.value.length) state2.taskHeaps = heaps;
  }
  diags.sort((a, b) => a.code + a.summary < b.code + b.summary ? -1 : 1);
  return { value: state2, diags };
});
var observeEnvironment = (async function observeEnvironment(client, previous, opts) {
  if (!previous) return observe(client, opts);
  const [now, before] = await Promise.all([
    observe(client, opts),
    observe(previous.client, {
      project: opts.project,
      env: opts.env,
      jobmanagerUrl: previous.jobmanagerUrl,
      leaving: true,
      ...opts.concurrency ? { concurrency: opts.concurrency } : {},
      ...opts.clock ? { clock: opts.clock } : {},
      ...opts.labelRetryDelayMs !== void 0 ? { labelRetryDelayMs: opts.labelRetryDelayMs } : {}
    })
  ]);
  const diags = [...now.diags, ...before.diags];
  if (diags.some((d) => d.severity === "error")) return { value: offlineLiveState(), diags };
  const left = before.value.jobs.map((j) => ({ ...j, previousCluster: true }));
  return {
    value: {
      ...now.value,
      jobs: [...now.value.jobs, ...left],
      fingerprint: fingerprint2([now.value.fingerprint, before.value.fingerprint]),
      previous: {
        jobmanagerUrl: previous.jobmanagerUrl,
        ...before.value.flinkVersion ? { flinkVersion: before.value.flinkVersion } : {}
      }
    },
    diags
  };
});
var isAdaptive = (function isAdaptive(config, opts) {
  return config.features.webRescale ?? opts.schedulerHint === "adaptive";
});
var readJob = (async function readJob(client, limit, clock, opts, summary, job, diags, adaptive, newestOfName) {
  let read2 = await readDetailsAndConfig(client, limit, summary.id);
  if (read2.ok && read2.labels === void 0 && EARLY_STATES.has(read2.details.state)) {
    await clock.sleep(opts.labelRetryDelayMs ?? 1e3);
    read2 = await readDetailsAndConfig(client, limit, summary.id);
  }
  if (!read2.ok) {
    if (read2.error.status === 404) return void 0;
    diags.push(
      error6(
        OBSERVE_CODES.jobUnreadable,
        `cannot read job ${summary.name} (${summary.id}): ${read2.error.message}`,
        `${read2.error.call} failed, so flinkops cannot tell what this job runs. Check that the JobManager is healthy and run plan again.`
      )
    );
    return void 0;
  }
  const { details, labels, jobConfig } = read2;
  const vertices = details.vertices.map((v) => ({
    id: v.id,
    name: v.name,
    parallelism: v.parallelism,
    maxParallelism: v.maxParallelism,
    ...v.role ? { role: v.role } : {},
    ...v.status ? { status: v.status } : {}
  }));
  const batch = details.jobType?.toUpperCase() === "BATCH";
  if (adaptive && !isTerminal(details.state) && details.state !== "INITIALIZING" && !batch) {
    const req = await limit(() => client.getResourceRequirements(details.id));
    if (req.ok) {
      for (const v of vertices) {
        const upper = req.value[v.id]?.upperBound;
        if (upper !== void 0 && upper > 0) v.upperBound = upper;
      }
    }
  }
  const live2 = {
    jobId: details.id,
    name: details.name || summary.name,
    state: freshestState(summary, details),
    startTime: details.startTime,
    parallelism: jobParallelism2(jobConfig, vertices),
    vertices,
    job,
    ...batch ? { batch: true } : {}
  };
  const running = details.timestamps.RUNNING;
  if (running !== void 0 && running > 0) live2.runningSince = running;
  if (isTerminal(live2.state) && vertices.length > 0 && details.vertices.every((v) => v.startTime === void 0))
    live2.tasksNeverDeployed = true;
  if (details.endTime !== void 0 && details.endTime > 0 && isTerminal(live2.state))
    live2.endTime = details.endTime;
  const copied = labels !== void 0 && ((labels[LABEL_KEYS.job] ?? job) !== job || (labels[LABEL_KEYS.env] ?? opts.env) !== opts.env || (labels[LABEL_KEYS.project] ?? opts.project) !== opts.project);
  const own = copied ? void 0 : labels;
  if (own) live2.labels = own;
  if (copied) {
    live2.copiedLabels = labels;
    diags.push(
      warning(
        OBSERVE_CODES.labelsMismatch,
        `job ${summary.name} (${details.id}) carries the labels of ${labels[LABEL_KEYS.project] ?? "?"}.${labels[LABEL_KEYS.env] ?? "?"}.${labels[LABEL_KEYS.job] ?? "?"}`,
        "Its name and its flinkops.* labels disagree, so it was probably submitted by hand with copied settings. flinkops treats it by its name, as a job without flinkops labels (adopted if the repository declares it, else left alone); cancel it or fix its pipeline.name if that is wrong."
      )
    );
  }
  const wanted = live2.state !== "RUNNING" || (await opts.wantsCheckpoints?.(job, own) ?? true);
  const ended = HAND_ENDED_STATES.has(live2.state) && (own === void 0 || newestOfName);
  if ((CHECKPOINT_STATES.has(live2.state) || ended) && wanted) {
    const [cp, cpConfig] = await Promise.all([
      limit(() => client.getCheckpoints(details.id)),
      opts.readStateBackends && client.getCheckpointConfig && !isTerminal(live2.state) ? limit(() => client.getCheckpointConfig(details.id)) : void 0
    ]);
    if (cpConfig?.ok && cpConfig.value.stateBackend) live2.stateBackend = cpConfig.value.stateBackend;
    if (cp.ok) addCheckpoints(live2, cp.value);
    else if (cp.error.status !== 404) {
      diags.push(
        warning(
          OBSERVE_CODES.checkpointsUnreadable,
          `cannot read the checkpoints of job ${summary.name} (${details.id}): ${cp.error.message}`,
          "The plan will not know its latest checkpoint; restores use the savepoints in the state store."
        )
      );
    }
  }
  return live2;
});
var freshestState = (function freshestState(summary, details) {
  return isTerminal(summary.state) && !isTerminal(details.state) ? summary.state : details.state;
});
var readDetailsAndConfig = (async function readDetailsAndConfig(client, limit, jobId) {
  const [details, config] = await Promise.all([
    limit(() => client.getJob(jobId)),
    limit(() => client.getJobConfig(jobId))
  ]);
  if (!details.ok) return details;
  if (!config.ok) return config;
  return {
    ok: true,
    details: details.value,
    jobConfig: config.value,
    labels: flinkopsLabels(config.value.userConfig)
  };
});
var jobParallelism2 = (function jobParallelism2(config, vertices) {
  if (config.jobParallelism !== void 0 && config.jobParallelism > 0) return config.jobParallelism;
  const counts = /* @__PURE__ */ new Map();
  for (const v of vertices) counts.set(v.parallelism, (counts.get(v.parallelism) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [p, n] of counts) {
    if (n > bestCount || n === bestCount && p > best) [best, bestCount] = [p, n];
  }
  return best;
});
var flinkopsLabels = (function flinkopsLabels(userConfig) {
  if (!userConfig) return void 0;
  const out = {};
  for (const [k, v] of Object.entries(userConfig)) if (k.startsWith("flinkops.")) out[k] = v;
  return Object.keys(out).length > 0 ? out : void 0;
});
var addCheckpoints = (function addCheckpoints(live2, cp) {
  const c = cp.latestCompleted;
  if (c?.timestamp) live2.lastCheckpointTime = c.timestamp;
  if (c)
    live2.lastCheckpoint = {
      id: c.id,
      ...c.durationMs !== void 0 ? { durationMs: c.durationMs } : {},
      ...c.stateSize !== void 0 ? { stateSize: c.stateSize } : {},
      ...c.checkpointedSize !== void 0 ? { checkpointedSize: c.checkpointedSize } : {}
    };
  if (cp.latestFailed)
    live2.lastFailedCheckpoint = {
      id: cp.latestFailed.id,
      ...cp.latestFailed.message ? { message: cp.latestFailed.message } : {},
      failedCount: cp.counts.failed
    };
  if (c?.externalPath && !c.discarded)
    live2.latestCheckpoint = { path: c.externalPath, time: c.timestamp ?? 0 };
  const s = cp.latestSavepoint;
  if (s?.externalPath) live2.latestSavepoint = { path: s.externalPath, time: s.timestamp ?? 0 };
  if (s?.stateSize !== void 0) live2.lastSavepointSize = s.stateSize;
  for (const r of [...s ? [s] : [], ...cp.recentSavepoints ?? []]) {
    if (r.externalPath && r.format)
      live2.savepointFormats = { ...live2.savepointFormats, [r.externalPath]: r.format };
  }
  if (cp.latestRestored?.externalPath) live2.restoredFrom = cp.latestRestored.externalPath;
});
var clusterDiagnostic = (function clusterDiagnostic(e, opts) {
  const at2 = opts.jobmanagerUrl ? ` at ${shownUrl2(opts.jobmanagerUrl)}` : "";
  const check = opts.leaving ? `Check moveFrom.jobmanagerUrl of environment ${opts.env} in flinkops.yaml: the cluster its jobs move from, read for the move. Once that cluster is gone, remove moveFrom (\`--allow-version-upgrade\` recovers jobs it ran on another Flink version)` : `Check jobmanagerUrl of environment ${opts.env} in flinkops.yaml (overridden by FLINKOPS_JOBMANAGER_URL, --jobmanager-url or the Action's jobmanager-url input)`;
  const where = `${check}; \`flinkops plan --offline\` plans against the state store alone.`;
  if (e.kind === "network" || e.kind === "timeout" || e.kind === "tls") {
    const trust = e.kind === "tls" && /CERT|UNABLE_TO_/.test(e.message) ? `Its TLS certificate is not trusted: ${TRUST_ADVICE}. ` : "";
    return error6(
      OBSERVE_CODES.unreachable,
      `cannot reach the JobManager${at2}: ${e.message}`,
      `${trust}${where}`
    );
  }
  const status = e.status ? ` (HTTP ${e.status})` : "";
  return error6(
    OBSERVE_CODES.clusterError,
    `the JobManager${at2} answered ${e.call} with an error${status}: ${e.message}`,
    `${refusalHint(e.status, `environments.${opts.env}.${opts.leaving ? "moveFrom.auth (else auth)" : "auth"}`)}${where}`
  );
});
var refusalHint = (function refusalHint(status, auth, service = "JobManager", otherwise = "Is this URL a Flink JobManager REST endpoint (port 8081 by default), reachable with the configured credentials? ") {
  if (status === 401 || status === 403)
    return `The credentials were refused (HTTP ${status}, from a proxy or ingress in front of Flink): check ${auth} in flinkops.yaml (token, or username and password; the Action's flink-token input replaces it) and that each \${secret.NAME} it uses is set (FLINKOPS_SECRET_NAME) to the current value. `;
  if (status === 404)
    return `Nothing answers at this path: check the URL's path (behind a proxy, the prefix it routes to the ${service}, e.g. https://flink.example/${service === "JobManager" ? "jm" : "gw"}/). `;
  return otherwise;
});
// src/plan/declared-version.ts
var VERSION_CODES = {
  /** Warning: flinkVersion in flinkops.yaml (major.minor) is not the release the cluster runs. */
  declaredVersionMismatch: "FO649"
};
var declaredVersionCheck = (function declaredVersionCheck(desired, live2) {
  if (!live2.observed) return void 0;
  const declared = majorMinor(desired.flinkVersion);
  const runs = majorMinor(live2.flinkVersion);
  if (!declared || !runs || declared === runs) return void 0;
  const left = live2.previous ? majorMinor(live2.previous.flinkVersion) : void 0;
  const env = desired.env;
  const own = desired.flinkVersionOfEnvironment === true;
  const key = own ? `environments.${env}.flinkVersion` : "flinkVersion";
  const set = own || (desired.environments?.length ?? 1) < 2 ? `set ${key}: "${runs}" in flinkops.yaml` : `set flinkVersion: "${runs}" under environments.${env} in flinkops.yaml (the project's flinkVersion, if every environment runs it)`;
  const why = `validate, compile and the pull-request check judge the SQL by Flink ${declared}'s rules (syntax, reserved words, functions), not by those of the Flink ${runs} the jobs run on: statements ${runs} accepts may be flagged, and statements it refuses get through until apply.`;
  const fix = live2.previous ? left === declared ? `${key} still names the release of the cluster being left (moveFrom, Flink ${left}); during a move it names the release the jobs move to: ${set}.` : `During a move (moveFrom) ${key} names the release of the cluster the jobs move to, the one jobmanagerUrl names: ${set}, or point jobmanagerUrl and sqlGatewayUrl at the Flink ${declared} cluster meant.` : `If environment ${env} now runs on Flink ${runs}, ${set}. If it should run on Flink ${declared}, point its jobmanagerUrl and sqlGatewayUrl at that cluster.`;
  return warning(
    VERSION_CODES.declaredVersionMismatch,
    `flinkops.yaml declares ${key} ${declared}, but the cluster of environment ${env} runs Flink ${live2.flinkVersion}`,
    `${why} ${fix}`,
    desired.flinkVersionRange
  );
});
// src/sql/script-settings.ts
function scriptSettings(statements) {
  const out = {};
  for (const st of statements) {
    if (st.kind === "set" && st.set?.key !== void 0) out[st.set.key] = st.set.value ?? "";
    if (st.kind === "reset") {
      if (st.set?.key === void 0) for (const k of Object.keys(out)) delete out[k];
      else delete out[st.set.key];
    }
  }
  return out;
}
// src/plan/checkpointing-off.ts
var STARTS = /* @__PURE__ */ new Set(["create"]);
function stateWithoutCheckpoints(changes, desired) {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const out = [];
  for (const c of changes) {
    const job = jobs.get(c.job);
    if (!job || c.refused || !STARTS.has(c.action)) continue;
    const named2 = job.script.split(CHECKPOINT_INTERVAL).length - 1;
    const own = named2 > (job.settings.config[CHECKPOINT_INTERVAL] !== void 0 ? 1 : 0);
    const config = own || /\bRESET\b/i.test(job.script) ? scriptSettings(job.statements) : job.settings.config;
    if (checkpointingOn(config)) continue;
    if (isBatchJob(job)) continue;
    const shape3 = scriptShape(job.script);
    const ops = new Set(
      [...shape3.queries.values(), ...shape3.views.values()].flatMap((q) => [
        ...statefulOperators(queryFeatures(q.src, q.tokens)).keys()
      ])
    );
    if (ops.size === 0) continue;
    const file = job.yamlFile ?? `jobs/${job.name}.yaml`;
    out.push(
      warning(
        PLAN_CODES.stateWithoutCheckpoints,
        `Job ${job.name} keeps state (${[...ops].join(", ")}) and runs without checkpointing`,
        `execution.checkpointing.interval is not set (or is off) in its config or SET lines: Flink restarts it after any failure (a TaskManager lost, a bad record) without its state, every count, join side and window starting empty and each source from its startup position; and an upgrade whose stop-with-savepoint fails has no checkpoint to fall back on. Apply judges its health on its tasks running through the grace period (FO741), with no checkpoint to prove it. Set execution.checkpointing.interval (e.g. 30 s) in the config of ${file} or in defaults.config; where the cluster's own configuration sets it, state it there too so that plans see it.`,
        fileRange(job.yamlFile ?? job.sqlFile)
      )
    );
  }
  return out;
}
var CHECKPOINT_INTERVAL = "execution.checkpointing.interval";
function checkpointingOn(config) {
  const v = config[CHECKPOINT_INTERVAL]?.trim();
  return v !== void 0 && v !== "" && !/^(0|-1)(\s*[a-z]*)?$/i.test(v);
}
// src/plan/compiled-state.ts
var NOT_SHAPE = /* @__PURE__ */ new Set(["id", "description", "inputProperties", "configuration", "ttl", "name"]);
function parse(json) {
  let doc;
  try {
    doc = JSON.parse(json);
  } catch {
    return void 0;
  }
  if (!Array.isArray(doc.nodes)) return void 0;
  const inputs = /* @__PURE__ */ new Map();
  for (const e of Array.isArray(doc.edges) ? doc.edges : []) {
    inputs.set(e.target, [...inputs.get(e.target) ?? [], e.source]);
  }
  return { nodes: doc.nodes, inputs };
}
var kindOf = ((n) => n.type.replace(/_\d+$/, "").replace(/^(stream|batch)-exec-/, ""));
function tableOf(n) {
  const t = n.scanTableSource ?? n.dynamicTableSink;
  return t?.table?.identifier;
}
var KEYED_KINDS = /* @__PURE__ */ new Set([
  "group-aggregate",
  "global-group-aggregate",
  "incremental-group-aggregate",
  "group-window-aggregate",
  "global-window-aggregate",
  "window-aggregate",
  "over-aggregate",
  "join",
  "interval-join",
  "temporal-join",
  "window-join",
  "multi-join",
  "deduplicate",
  "window-deduplicate",
  "rank",
  "window-rank",
  "limit",
  "sort-limit",
  "sort",
  "temporal-sort",
  "changelog-normalize",
  "match",
  "process-table-function",
  "python-group-aggregate",
  "python-group-window-aggregate",
  "python-over-aggregate"
]);
var holds2 = (function holds2(n, optionsOf) {
  if (Array.isArray(n.state) && n.state.length > 0) return "keyed";
  const kind = kindOf(n);
  if (kind === "table-source-scan" || kind === "sink")
    return connectorHolds(kind === "sink" ? "sink" : "source", optionsOf(tableKey(tableOf(n) ?? "")));
  const op = /^(\w+)\(/.exec(n.description ?? "")?.[1];
  return KEYED_KINDS.has(kind) || op !== void 0 && isKeyedOperator(op) ? "keyed" : "none";
});
var unnamed = (function unnamed(value) {
  if (typeof value === "string") return value.replace(/`(?:[^`]|``)*`\s*/g, "");
  if (Array.isArray(value)) return value.map(unnamed);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).filter(([k]) => !NOT_SHAPE.has(k)).map(([k, v]) => [k, unnamed(v)])
    );
  }
  return value;
});
var shape = (function shape(n, g) {
  const byId = new Map(g.nodes.map((x) => [x.id, x]));
  const reads = (g.inputs.get(n.id) ?? []).map((i) => unnamed(byId.get(i)?.outputType));
  return canonicalJson({ node: unnamed(n), reads });
});
var ttlOn2 = ((n) => (n.state ?? []).some((s) => s.ttl !== void 0 && !/^0+\s*\w*$/.test(s.ttl)));
function label(n) {
  const d = n.description ?? "";
  const op = /^(\w+)\(/.exec(d)?.[1];
  const key = /(?:groupBy|partitionBy|leftKeys|upsertKey|key|partitionKeys)=\[([^\]]*)\]/.exec(d)?.[1];
  const table2 = tableOf(n);
  const kind = kindOf(n);
  if (kind === "table-source-scan" && table2) return `source ${tableKey(table2)}`;
  if (kind === "sink" && table2) return `sink ${tableKey(table2)}`;
  return op ? `${op}${key ? ` (${key})` : ""}` : kind;
}
var uid = (function uid(n) {
  const kind = kindOf(n);
  return `${n.id}_${kind === "table-source-scan" ? "source" : kind}`;
});
var compiledStateVerdict = (function compiledStateVerdict(input) {
  const a = parse(input.before);
  const b = parse(input.after);
  if (!a || !b) return void 0;
  const major = Number((input.flinkVersion ?? "1").split(".")[0]);
  const ttlMatters = !(Number.isFinite(major) && major >= 2);
  const operators = [];
  const findings = [];
  let dropped = 0;
  let reshaped = 0;
  let unknown = 0;
  const seen = /* @__PURE__ */ new Set();
  for (const n of a.nodes) {
    const state2 = holds2(n, input.optionsOf);
    if (state2 === "none") continue;
    const name = label(n);
    const twin = b.nodes.find((x) => x.id === n.id && kindOf(x) === kindOf(n));
    if (twin) seen.add(twin);
    if (!twin) {
      if (state2 === "unknown") {
        unknown++;
        operators.push({ name, id: uid(n), state: "unknown" });
        findings.push(`${name}: ExecNode ${n.id} is gone, and flinkops does not know whether it keeps state`);
        continue;
      }
      dropped++;
      operators.push({ name, id: uid(n), state: "dropped" });
      findings.push(
        `${name}: its state is dropped (uid ${uid(n)}: the recompiled plan has no ${kindOf(n)} ExecNode with id ${n.id}; Flink numbers the ExecNodes of every compilation anew)`
      );
      continue;
    }
    if (state2 === "keyed") {
      const ttl = ttlMatters && ttlOn2(n) !== ttlOn2(twin);
      if (ttl || shape(n, a) !== shape(twin, b)) {
        reshaped++;
        operators.push({ name, id: uid(n), state: "reshaped" });
        findings.push(
          `${name}: its state changes shape (${ttl ? `state TTL switched ${ttlOn2(twin) ? "on" : "off"}; before Flink 2.0 TTL state and plain state do not read each other` : `${n.description ?? kindOf(n)} \u2192 ${twin.description ?? kindOf(twin)}`}); Flink cannot restore it`
        );
        continue;
      }
    }
    operators.push({ name, id: uid(n), state: "kept" });
    if (state2 !== "unknown") findings.push(`${name} keeps its state (uid ${uid(n)})`);
  }
  for (const n of b.nodes) {
    if (seen.has(n)) continue;
    const state2 = holds2(n, input.optionsOf);
    if (state2 === "none" || state2 === "unknown") continue;
    operators.push({ name: label(n), id: uid(n), state: "new" });
    findings.push(`${label(n)} starts with empty state`);
  }
  const verdict = reshaped > 0 ? "incompatible" : dropped > 0 ? "drops-state" : unknown > 0 ? "unknown" : "compatible";
  const advice2 = verdict === "incompatible" ? [
    "A stateless upgrade (upgradeMode: stateless) starts the new plan with empty state; or keep the old query for the state that must survive."
  ] : verdict === "drops-state" && !input.allowNonRestoredState ? [
    "Set allowNonRestoredState: true to start without the dropped state, or keep the compiled plan (a SQL change recompiles it) and carry the change in a new job."
  ] : [];
  return { verdict, source: "flink", operators, findings, advice: advice2 };
});
var modeSwitchVerdict = (function modeSwitchVerdict(input) {
  const g = parse(input.plan);
  if (!g) return void 0;
  const why = input.to === "compiled" ? "the job ran in script mode (operator ids from its stream graph) and starts from a compiled plan, whose operators get uids from their ExecNodes" : "the job ran from a compiled plan (uids from its ExecNodes) and starts in script mode, whose operator ids come from its stream graph";
  const operators = [];
  const findings = [`${why}: no operator keeps its id`];
  let dropped = 0;
  for (const n of g.nodes) {
    const state2 = holds2(n, input.optionsOf);
    if (state2 === "none") continue;
    const name = label(n);
    if (state2 === "unknown") {
      operators.push({ name, id: uid(n), state: "unknown" });
      findings.push(`${name}: flinkops does not know whether it keeps state`);
      continue;
    }
    dropped++;
    operators.push({ name, id: uid(n), state: input.to === "compiled" ? "new" : "dropped" });
    findings.push(
      input.to === "compiled" ? `${name}: the script job's state of it is dropped (it starts empty under uid ${uid(n)})` : `${name}: its state (uid ${uid(n)}) is dropped`
    );
  }
  const verdict = dropped > 0 ? "drops-state" : operators.length > 0 ? "unknown" : "compatible";
  const advice2 = verdict === "drops-state" && !input.allowNonRestoredState ? [
    "Set allowNonRestoredState: true to switch without that state (or upgradeMode: stateless), or keep the job in its current plan mode (planMode: compiled keeps state from the first start on)"
  ] : [];
  return { verdict, source: "flink", operators, findings, advice: advice2 };
});
// src/plan/exec-node-diff.ts
var MAX_DESCRIPTION = 80;
var nodesOf = (function nodesOf(json) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    return void 0;
  }
  const nodes = parsed?.nodes;
  if (!Array.isArray(nodes)) return void 0;
  const seen = /* @__PURE__ */ new Map();
  return nodes.map((n) => {
    const type = typeof n.type === "string" ? n.type : "unknown";
    const base = type.replace(/_\d+$/, "");
    const i = (seen.get(base) ?? 0) + 1;
    seen.set(base, i);
    const description = typeof n.description === "string" ? n.description : "";
    const short = description.length > MAX_DESCRIPTION ? `${description.slice(0, MAX_DESCRIPTION)}\u2026` : description;
    const { id: _id, ...rest } = n;
    return { key: `${base}#${i}`, label: short ? `${type}: ${short}` : type, body: canonicalJson(rest) };
  });
});
var execNodeDiff = (function execNodeDiff(before, after) {
  const a = nodesOf(before);
  const b = nodesOf(after);
  if (!a || !b) return void 0;
  const old = new Map(a.map((n) => [n.key, n]));
  const out = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const n of b) {
    const was = old.get(n.key);
    if (!was) out.added.push(n.label);
    else if (was.body !== n.body) out.changed.push(n.label);
    else out.unchanged++;
    old.delete(n.key);
  }
  for (const n of old.values()) out.removed.push(n.label);
  return out;
});
// src/plan/version-upgrade.ts
var versionUpgradeVerdict = (function versionUpgradeVerdict(input) {
  const from = majorMinor(input.from);
  const to = majorMinor(input.to);
  if (!from || !to || from === to) return void 0;
  const base = { from, to };
  if (!input.restores) {
    return { ...base, verdict: "compatible", findings: ["starts without state"], advice: [] };
  }
  const readable = (parseFlinkVersion4(input.pinnedWrittenBy)?.major ?? 0) <= (parseFlinkVersion4(to)?.major ?? 0);
  const back = downgrade(from, to, input.pinned === true && readable, input.confirmed === true);
  if (back) return { ...base, ...back };
  if (input.planMode === "compiled" && input.samePlan) {
    if (input.planCheck && !input.planCheck.ok) {
      return {
        ...base,
        verdict: "incompatible",
        findings: [`Flink ${to} refuses the compiled plan: ${input.planCheck.message}`],
        advice: [
          `Stay on Flink ${from} for this job, or re-plan it on ${to} (change its SQL or set planMode: script) and accept the state verdict that brings.`
        ],
        blocked: {
          reason: "plan-refused",
          summary: `Flink ${to} refuses the compiled plan the job's state was written with`,
          detail: `${input.planCheck.message}
Nothing was stopped. Keep the job on Flink ${from}, or re-plan it on ${to}.`
        }
      };
    }
    return {
      ...base,
      verdict: "compatible",
      findings: [
        `restarts from the same compiled plan on Flink ${to}${input.planCheck ? " (loaded by the new release)" : ""}: operators and their state are unchanged`
      ],
      advice: []
    };
  }
  const across = acrossReleases(input, from, to);
  if (across) return { ...base, ...across };
  const why = input.planMode === "compiled" ? `the compiled plan changed as well: Flink ${to} plans the job anew` : `the script is planned anew by Flink ${to}; Flink promises no state compatibility across planner versions`;
  const advice2 = [
    input.planMode === "compiled" ? `Undo the job's change for the upgrade, or apply it on Flink ${from} first (its own state verdict applies there), so the job moves with the plan its state was written with.` : "Set planMode: compiled and apply it on the old version first, so the job keeps its plan across the upgrade.",
    ...input.moving && input.planMode === "script" ? [
      input.acrossUnanswered !== void 0 ? `Or plan again once Flink ${from}'s planner (moveFrom.sqlGatewayUrl) and ${to}'s answer: they were asked to judge the state and gave no verdict (${input.acrossUnanswered}).` : `Or name the old cluster's SQL Gateway in moveFrom.sqlGatewayUrl: Flink ${from}'s and ${to}'s planners then judge the state.`
    ] : [],
    "Or accept the risk: allowNonRestoredState: true (state no operator claims is dropped) or --allow-version-upgrade."
  ];
  if (input.allowNonRestoredState || input.confirmed) {
    return {
      ...base,
      verdict: input.allowNonRestoredState ? "drops-state" : "unknown",
      findings: [
        why,
        input.allowNonRestoredState ? "allowNonRestoredState: state no operator of the new plan claims is dropped" : "confirmed with --allow-version-upgrade"
      ],
      advice: []
    };
  }
  return {
    ...base,
    verdict: "unknown",
    findings: [why],
    advice: advice2,
    blocked: {
      reason: "unconfirmed",
      summary: `version upgrade ${from} \u2192 ${to} with a state verdict of unknown`,
      detail: `${why}. ${advice2.join(" ")}`
    }
  };
});
var downgrade = (function downgrade(from, to, pinned, confirmed) {
  if (releaseAtLeast(to, from)) return void 0;
  const across = parseFlinkVersion4(to).major < parseFlinkVersion4(from).major;
  if (pinned || confirmed && !across) {
    return {
      verdict: "unknown",
      findings: [
        pinned ? `Flink ${to} is older than Flink ${from}, which wrote the job's state: the job starts from the savepoint its restoreFrom pins` : `Flink ${to} is older than Flink ${from}, which wrote the job's state: restored as --allow-version-upgrade asks, which Flink does not promise`
      ],
      advice: []
    };
  }
  const why = across ? `Flink ${to} cannot read a savepoint Flink ${from} wrote (its checkpoint metadata has a version ${to} does not know)` : `Flink ${to} is older than Flink ${from}, which wrote the job's state, and Flink does not promise that an older release restores a newer one's savepoint`;
  const advice2 = [
    `Set restoreFrom: in the job's settings to a savepoint Flink ${to} wrote \u2014 the one taken when the job left Flink ${to} (flinkops savepoints list shows it); the state since is lost. Or keep the job on Flink ${from}${across ? "" : `, or try the newer savepoint on Flink ${to} with --allow-version-upgrade (a failed start is rolled back)`}.`
  ];
  return {
    verdict: "incompatible",
    findings: [why],
    advice: advice2,
    blocked: {
      reason: "downgrade",
      summary: `a move back from Flink ${from} to ${to} cannot restore the job's state`,
      detail: `${why}. ${advice2.join(" ")} Nothing was stopped.`
    }
  };
});
var acrossReleases = (function acrossReleases(input, from, to) {
  const v = input.acrossReleases;
  if (!v || v === "unknown") return void 0;
  const asked2 = `Flink ${from}'s planner (the cluster being left) and Flink ${to}'s built the job's stream graphs`;
  if (v === "compatible") {
    return {
      verdict: "compatible",
      findings: [`${asked2}: every operator that holds state keeps its id and the shape of its state`],
      advice: []
    };
  }
  if (v === "drops-state" && input.allowNonRestoredState) {
    return {
      verdict: "drops-state",
      findings: [
        `${asked2}: some state has no operator to go to`,
        "allowNonRestoredState: that state is dropped"
      ],
      advice: []
    };
  }
  const what = v === "drops-state" ? "some state has no operator to go to, so the restore fails without allowNonRestoredState" : "an operator keeps its id but not the shape of its state, so the restore fails";
  const advice2 = v === "drops-state" ? [
    "Set allowNonRestoredState: true to drop that state, or planMode: compiled (applied on the old release first) to keep it."
  ] : [
    "Set planMode: compiled and apply it on the old release first, so the job keeps its plan across the move."
  ];
  return {
    verdict: v,
    findings: [`${asked2}: ${what} (the job's state verdict names the operators)`],
    advice: advice2,
    blocked: {
      reason: "unconfirmed",
      summary: `version upgrade ${from} \u2192 ${to} with a state verdict of ${v}`,
      detail: `${asked2}: ${what}. ${advice2.join(" ")} Nothing was stopped.`
    }
  };
});
// src/plan/compiled-changes.ts
var COMPILED_PLAN_CODES = {
  /** Warning: Flink refuses (or could not compile) a job's compiled plan; nothing is stopped for it. */
  planRefused: "FO640",
  /** Warning: a restart on another Flink version with an unknown state verdict, not confirmed. */
  versionUnconfirmed: "FO641",
  /** Warning: a restart on an older Flink version than the one that wrote the state, with no restoreFrom pin. */
  versionDowngrade: "FO665"
};
var restoresFromPlan = (function restoresFromPlan(c) {
  if (c.action === "upgrade") return c.strategy !== "stateless";
  if (c.action === "rescale") return c.rescaleMode === "savepoint-restart";
  return c.action === "resume" || c.action === "recover";
});
var samePlanVerdict = (function samePlanVerdict() {
  return {
    verdict: "compatible",
    source: "flink",
    findings: ["the same compiled plan: every ExecNode keeps its uid, and its state"],
    advice: []
  };
});
var tableOptions2 = (function tableOptions2(job) {
  const byKey = /* @__PURE__ */ new Map();
  for (const st of job.statements) {
    if (st.table) byKey.set(tableKey(st.table.name.parts.at(-1) ?? ""), st.table.options);
  }
  return (t) => byKey.get(t);
});
var RESTARTS = /* @__PURE__ */ new Set(["upgrade", "resume", "recover"]);
var annotateCompiledPlans = (function annotateCompiledPlans(changes, jobs, doc, opts) {
  const byName4 = new Map(jobs.map((j) => [j.name, j]));
  const diags = [];
  const jobOf = /* @__PURE__ */ new Map();
  const out = changes.map((c) => {
    const before = diags.length;
    const next = annotateOne(c);
    for (const d of diags.slice(before)) jobOf.set(d, c.job);
    return next;
  });
  return { changes: out, diags, jobOf };
  function annotateOne(c) {
    const job = byName4.get(c.job);
    if (!job || c.action === "delete") return c;
    const current = recordOf(doc, c)?.current;
    let next = c;
    const plan = job.compiledPlan;
    if (plan) {
      const before = current?.plan;
      const execNodes = before && before.sha256 !== plan.sha256 ? execNodeDiff(before.json, plan.json) : void 0;
      next = {
        ...next,
        compiledPlan: { path: plan.path, sha256: plan.sha256, ...execNodes ? { execNodes } : {} }
      };
    }
    const compatibility2 = planStateVerdict(c, job, current, opts);
    if (compatibility2) {
      next = { ...next, compatibility: compatibility2 };
      const lost = stateLostDiagnostic(job, compatibility2, "Upgrade", fileOf(job));
      if (lost) diags.push(lost);
    }
    const planError = opts.planErrors?.[c.job];
    const starts = RESTARTS.has(c.action) || c.action === "create";
    const from = current?.flinkVersion ?? c.move?.fromVersion;
    const to = majorMinor(opts.liveVersion);
    const verdict = RESTARTS.has(c.action) && from && to ? versionUpgradeVerdict({
      from,
      to,
      planMode: job.settings.planMode ?? "script",
      samePlan: plan !== void 0 && current?.plan?.sha256 === plan.sha256,
      ...planError ? { planCheck: { ok: false, message: planError } } : plan ? { planCheck: { ok: true } } : {},
      allowNonRestoredState: job.settings.allowNonRestoredState,
      confirmed: opts.allowVersionUpgrade === true,
      restores: c.restoreFrom !== void 0 || c.action === "upgrade" && c.strategy !== "stateless",
      ...c.move ? { moving: true } : {},
      // The start restores the savepoint restoreFrom pins (a pin already deployed is history).
      ...c.restoreFrom !== void 0 && c.restoreFrom === job.settings.restoreFrom ? {
        pinned: true,
        pinnedWrittenBy: recordedSavepoint(doc, c.restoreFrom, c.job)?.savepoint.flinkVersion
      } : {},
      ...c.move && opts.acrossUnanswered?.has(c.job) ? { acrossUnanswered: opts.acrossUnanswered.get(c.job) } : {},
      ...opts.acrossReleases?.has(c.job) && next.compatibility?.source === "flink" ? { acrossReleases: next.compatibility.verdict } : {}
    }) : void 0;
    if (verdict) next = { ...next, versionUpgrade: verdict };
    const versionRefusal = verdict?.blocked && {
      code: verdict.blocked.reason === "plan-refused" ? COMPILED_PLAN_CODES.planRefused : verdict.blocked.reason === "downgrade" ? COMPILED_PLAN_CODES.versionDowngrade : COMPILED_PLAN_CODES.versionUnconfirmed,
      summary: `job ${c.job}: ${verdict.blocked.summary}`,
      detail: verdict.blocked.detail
    };
    const blocked = planError && starts && verdict?.blocked?.reason !== "plan-refused" ? {
      code: COMPILED_PLAN_CODES.planRefused,
      summary: `Flink refuses the compiled plan of job ${c.job}`,
      detail: `${planError}
Nothing is stopped or started for this job. Fix the SQL, or set planMode: script.`
    } : versionRefusal;
    if (blocked && !next.refused) {
      diags.push(warning(blocked.code, blocked.summary, blocked.detail, fileOf(job)));
      next = { ...next, refused: blocked };
    }
    return next;
  }
});
var planStateVerdict = (function planStateVerdict(c, job, current, opts) {
  if (!restoresFromPlan(c) || opts.planErrors?.[c.job]) return void 0;
  const plan = job.compiledPlan;
  const before = current?.plan;
  if (plan && before)
    return before.sha256 === plan.sha256 ? samePlanVerdict() : compiledStateVerdict({
      before: before.json,
      after: plan.json,
      optionsOf: tableOptions2(job),
      allowNonRestoredState: job.settings.allowNonRestoredState,
      ...opts.liveVersion ? { flinkVersion: opts.liveVersion } : {}
    });
  if (plan && current?.script !== void 0)
    return modeSwitchVerdict({ plan: plan.json, to: "compiled", ...stateOf(job) });
  if (before && job.settings.planMode !== "compiled")
    return modeSwitchVerdict({ plan: before.json, to: "script", ...stateOf(job) });
  return void 0;
});
var stateOf = (function stateOf(job) {
  return { optionsOf: tableOptions2(job), allowNonRestoredState: job.settings.allowNonRestoredState };
});
var fileOf = (function fileOf(job) {
  return fileRange(job.yamlFile ?? job.sqlFile);
});
// src/plan/delete.ts
var decideRemoved = (function decideRemoved(name, pipelineName22, live2, record3, ctx) {
  const alive = ctx.observed ? live2.filter(isAlive) : [];
  if (alive.length > 1) return duplicateDecision(name, pipelineName22, alive, record3?.current?.jobId);
  const running = alive[0];
  if (running?.state === "SUSPENDED") return suspendedDecision(name, pipelineName22, running);
  if (!running && (!record3 || record3.status === "deleted")) return void 0;
  const sqlFile = `jobs/${name}.sql`;
  const current = record3?.current;
  const liveHash = running?.labels?.[LABEL_KEYS.specHash];
  const specHash = liveHash ?? current?.specHash;
  const parallelism3 = running ? effectiveParallelism(running, record3) : current?.parallelism;
  const from = {
    ...specHash !== void 0 ? { specHash } : {},
    ...parallelism3 !== void 0 ? { parallelism: parallelism3 } : {}
  };
  const stops = running !== void 0 || !ctx.observed && record3?.status === "running";
  const batch = stops && (running?.batch === true || current?.script !== void 0 && isBatchScriptText(current.script));
  const allowedBy = ctx.allowDelete ? "--allow-delete" : record3?.deletionPolicy === "delete" ? "deletionPolicy: delete" : void 0;
  const diags = [];
  const sqlDiff = current?.script !== void 0 ? unifiedDiff(current.script, "", { oldName: sqlFile, newName: sqlFile }) : "";
  const change2 = {
    job: name,
    pipelineName: pipelineName22,
    action: "delete",
    reason: batch ? ctx.observed ? "removed from the repo: cancel its batch run (a batch job keeps no savepoint)" : "removed from the repo: cancel its batch run if it still runs (a batch job keeps no savepoint)" : stops ? "removed from the repo: stop with a final savepoint" : `removed from the repo; ${endedAs(record3, ctx.observed ? live2 : [])}: its record is retired`,
    causes: [{ kind: "repo", path: sqlFile, to: "removed" }],
    ...batch ? { batch: true } : {},
    ...running ? { liveJobId: running.jobId, liveState: running.state } : current && stops ? { liveJobId: current.jobId } : {},
    ...Object.keys(from).length ? { from } : {},
    ...sqlDiff ? { sqlDiff } : {}
  };
  if (!allowedBy) {
    const refused2 = {
      code: PLAN_CODES.deleteRefused,
      summary: `Deletion of job ${name} refused`,
      detail: `Deleting is not allowed by default. Run with --allow-delete (Action input allow-delete: true) to delete it, or bring back ${sqlFile} with deletionPolicy: delete in jobs/${name}.yaml, apply, then remove it again.`
    };
    change2.refused = refused2;
    diags.push(warning(refused2.code, refused2.summary, refused2.detail));
  } else {
    change2.reason += ` (allowed by ${allowedBy})`;
  }
  return { change: change2, diags };
});
var endedAs = (function endedAs(record3, live2) {
  if (record3?.status !== "running") return `not running (${record3?.status ?? "unknown"})`;
  const ended = live2.find((l) => l.jobId === record3.current?.jobId);
  if (ended && stoppedByInterruptedApply(record3, ended.jobId))
    return `its job ${ended.jobId} has ended (${ended.state}): an interrupted apply stopped it with a final savepoint, which apply records first`;
  return ended ? `its job ${ended.jobId} has ended (${ended.state}), nothing to stop` : "not on the cluster, though recorded as running";
});
// src/plan/deletion-leftovers.ts
var renames = (function renames(changes, relations) {
  const deleted = changes.filter((c) => c.action === "delete");
  if (deleted.length === 0) return [];
  const out = [];
  for (const c of changes) {
    if (c.action !== "create") continue;
    const writes = new Set(relations.get(c.job)?.writes ?? []);
    for (const d of deleted) {
      const shared = (relations.get(d.job)?.writes ?? []).filter((t) => writes.has(t));
      if (shared.length === 0) continue;
      const carry = `To carry the state over, set movedFrom: ${d.job} in ${c.job}'s settings (jobs/${c.job}.yaml): the plan then renames ${d.job} to ${c.job}, stopping it with a savepoint and starting ${c.job} from it, with no deletion.`;
      const again = `its sources read again from their startup position (scan.startup.mode), so what ${d.job} already wrote to ${shared.join(", ")} can be written again`;
      out.push(
        d.refused ? warning(
          PLAN_CODES.renamed,
          `Job ${c.job} is created while job ${d.job}, which writes ${shared.join(", ")} too, keeps running (its deletion is refused): both would write ${shared.length > 1 ? "them" : "it"} at once`,
          `If ${c.job} is ${d.job} renamed, set movedFrom: ${d.job} in ${c.job}'s settings (jobs/${c.job}.yaml) to carry the state over: the plan then renames ${d.job} to ${c.job}, stopping it with a savepoint and starting ${c.job} from it, with no deletion. Planned with --allow-delete instead, apply stops ${d.job} first, and ${c.job} starts without its state: ${again}.`
        ) : warning(
          PLAN_CODES.renamed,
          `Job ${c.job} is created while job ${d.job}, which writes ${shared.join(", ")} too, is deleted: if it is ${d.job} renamed, it starts without ${d.job}'s state`,
          `Apply stops ${d.job} first (with a final savepoint when deletion keeps one), then starts ${c.job} empty: ${again}. ${carry}`
        )
      );
    }
  }
  return out;
});
var leftSlots = (function leftSlots(changes, doc) {
  const out = [];
  for (const c of changes) {
    if (c.action !== "delete" || c.refused) continue;
    const slots = postgresCdcSlots(doc.jobs[c.job]?.current?.script);
    if (slots.length === 0) continue;
    const named2 = slots.map(
      (s) => `${s.slot} (table ${s.table}${s.database ? `, database ${s.database}` : ""}${s.host ? ` on ${s.host}` : ""})`
    );
    out.push(
      warning(
        PLAN_CODES.cdcSlotLeft,
        `Job ${c.job} is deleted, and the PostgreSQL replication slot${slots.length > 1 ? "s" : ""} its postgres-cdc sources read stay${slots.length > 1 ? "" : "s"}: ${named2.join(", ")}`,
        `Flink CDC drops no slot when its job stops, and PostgreSQL keeps all WAL from an inactive slot's position on until the slot is dropped, so the database's disk fills. A job restored from the final savepoint reads on from the slot; once no job will, drop it in that database: ${slots.map((s) => `SELECT pg_drop_replication_slot('${s.slot.replace(/'/g, "''")}');`).join(" ")}`
      )
    );
  }
  return out;
});
// src/plan/later-builtins.ts
var laterBuiltinCalls2 = (function laterBuiltinCalls2(changes, desired, live2, doc) {
  const declared = majorMinor(desired.flinkVersion);
  const runs = live2.observed ? majorMinor(live2.flinkVersion) : void 0;
  const to = [declared, runs].filter((v) => v !== void 0).sort((a, b) => releaseAtLeast(a, b) ? -1 : 1)[0];
  if (!to) return [];
  const byJob = new Map(desired.jobs.map((j) => [j.name, j]));
  const out = [];
  for (const c of changes) {
    if (c.action === "delete") continue;
    const job = byJob.get(c.job);
    if (!job?.laterBuiltinCalls) continue;
    const current = doc.jobs[c.job]?.current;
    const from = majorMinor(current?.flinkVersion ?? c.move?.fromVersion);
    for (const call of job.laterBuiltinCalls) {
      if (!releaseAtLeast(to, call.since)) continue;
      const ran = from ? !releaseAtLeast(from, call.since) : current !== void 0 && createsFunction(current.script, call.name);
      if (!ran) continue;
      const builtin = call.name.toUpperCase();
      const where = from ? `Flink ${from}, where it last ran` : "the release it last ran on";
      const renamed = `${call.udf}_${call.name.toLowerCase()}`;
      const stillOld = runs !== void 0 && !releaseAtLeast(runs, call.since) ? ` Flink ${runs}, which this cluster runs, has no ${builtin}: until the cluster runs Flink ${call.since} or later, a script without the UDF fails there ("No match found for function signature ${call.name}").` : "";
      out.push(
        warning(
          PLAN_CODES.udfBecomesBuiltin,
          `job ${c.job}: ${call.name}(...) called the UDF ${call.className} on ${where}; Flink ${call.since} added a built-in ${builtin}, so on Flink ${to} the call runs Flink's ${builtin}, never the UDF`,
          `Flink resolves a built-in function before the functions a job creates, and a script compiled for Flink ${to} no longer creates ${call.name} (FO215 at ${call.udfFile}). Once the job restarts on Flink ${to} (this ${c.action}, or any later one), the same SQL computes something else: Flink's ${builtin} has its own arguments, result type and semantics; where they do not fit, its planner refuses the job (FO630), and where they do, the job writes other values without any error. To keep the UDF, rename it in ${call.udfFile} (e.g. ${renamed}) and its calls in the jobs and views, in this change or before it; to use Flink's ${builtin} instead, check that it computes what the UDF did, then remove ${call.name} from ${call.udfFile}.${stillOld}`,
          call.range
        )
      );
    }
  }
  return out;
});
var createsFunction = (function createsFunction(script, name) {
  return new RegExp(`CREATE TEMPORARY (SYSTEM )?FUNCTION \`?${escapeRegExp2(name)}\`? `, "i").test(script);
});
// src/plan/move.ts
var MOVE_CODES = {
  /**
   * Warning: a job recorded as running on another Flink version is not on this cluster; recovering
   * it here could run it twice. Refused unless `moveFrom` names the old cluster or the run passes
   * `--allow-version-upgrade`.
   */
  recoverAcrossVersions: "FO645",
  /** Warning: a job without flinkops labels runs on the cluster being left: it is not moved. */
  unmanagedOnPrevious: "FO646",
  /** Info: `moveFrom` names a cluster that runs none of the environment's jobs any more. */
  moveFinished: "FO647",
  /** Error: `moveFrom` names the JobManager the environment points at (after its overrides). */
  moveToItself: "FO648"
};
var versionText = (function versionText(from, to) {
  const a = majorMinor(from);
  const b = majorMinor(to);
  return a && b && a !== b ? ` (Flink ${a} \u2192 ${b})` : "";
});
var planMoves = (function planMoves(changes, jobs, live2, doc, opts) {
  const diags = [];
  const previous = live2.observed ? live2.previous : void 0;
  if (!previous) return { changes: recoverGuard(changes, jobs, live2, doc, opts, diags), diags };
  const left = /* @__PURE__ */ new Map();
  for (const j of live2.jobs) if (j.previousCluster) left.set(j.jobId, j);
  const byName4 = new Map(jobs.map((j) => [j.name, j]));
  const from = shownUrl2(previous.jobmanagerUrl);
  const move = { from, ...previous.flinkVersion ? { fromVersion: previous.flinkVersion } : {} };
  const cause = { kind: "cluster", path: "jobmanagerUrl", from, to: "this environment\u2019s cluster" };
  const across = versionText(previous.flinkVersion, live2.flinkVersion);
  let moving = 0;
  const out = changes.map((c) => {
    const old = c.liveJobId ? left.get(c.liveJobId) : void 0;
    if (!old) return c;
    moving++;
    const job = byName4.get(c.job);
    switch (c.action) {
      case "none":
      case "rescale": {
        if (!job || !c.to || old.state === "SUSPENDED" || !old.labels && old.state !== "RUNNING") return c;
        if (c.causes.some((x) => x.kind === "state" && x.path === "rolled-back")) return c;
        const strategy = job.settings.upgradeMode ?? "savepoint";
        const { verify: _verify, ...rest } = c;
        const pair = strategy === "stateless" ? void 0 : opts.explained?.get(c.job);
        const compatibility2 = pair && "old" in pair ? stateVerdict({
          old: pair.old,
          next: pair.next,
          ...job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
          settingsFile: job.yamlFile ?? `jobs/${job.name}.yaml`,
          ...live2.flinkVersion ? { flinkVersion: live2.flinkVersion } : {},
          ...previous.flinkVersion ? { oldFlinkVersion: previous.flinkVersion } : {}
        }) : c.compatibility ?? moveEstimate(job, doc, strategy, previous.flinkVersion, live2.flinkVersion);
        return {
          ...rest,
          action: "upgrade",
          strategy,
          to: c.to,
          ...compatibility2 ? { compatibility: compatibility2 } : {},
          move,
          causes: [...c.causes, cause],
          reason: `moves to this environment\u2019s cluster${across}: ${strategy} upgrade${c.action === "rescale" ? `, ${c.reason}` : ""}`
        };
      }
      case "upgrade":
        return {
          ...c,
          move,
          causes: [...c.causes, cause],
          reason: `moves to this environment\u2019s cluster${across}; ${c.reason}`
        };
      case "suspend":
      case "delete":
        return { ...c, move, reason: `${c.reason} (on the cluster being left, ${from})` };
      case "adopt": {
        const summary = `job ${c.job} runs on the cluster being left (${from}) without flinkops labels`;
        const detail2 = "flinkops moves only the jobs it deployed. Adopt it there first (plan and apply without moveFrom), or stop it there and let this plan create it here.";
        diags.push(warning(MOVE_CODES.unmanagedOnPrevious, summary, detail2));
        return { ...c, move, refused: { code: MOVE_CODES.unmanagedOnPrevious, summary, detail: detail2 } };
      }
      default:
        return c;
    }
  });
  if (moving === 0) {
    const down = out.filter((c) => c.action === "recover").map((c) => c.job);
    diags.push(
      down.length === 0 ? {
        code: MOVE_CODES.moveFinished,
        severity: "info",
        summary: `nothing of this environment runs on ${from} any more: the move is done`,
        detail: "Remove moveFrom from the environment in flinkops.yaml; the old cluster can be retired once its savepoints are no longer needed."
      } : {
        code: MOVE_CODES.moveFinished,
        severity: "info",
        summary: `nothing of this environment runs on ${from} any more, but ${down.length === 1 ? "job" : "jobs"} ${down.join(", ")} ${down.length === 1 ? "runs" : "run"} on neither cluster: the move is not done`,
        detail: "Keep moveFrom and the old cluster until every job runs healthily here (see the recover changes above), or go back to the old cluster: swap the URLs and moveFrom and pin restoreFrom to the savepoint the move took."
      }
    );
  }
  return { changes: out, diags };
});
var moveEstimate = (function moveEstimate(job, doc, strategy, fromVersion, toVersion) {
  const from = majorMinor(fromVersion);
  const to = majorMinor(toVersion);
  if (strategy !== "stateless" && (!from || !to || from !== to)) {
    return {
      verdict: "unknown",
      source: "estimate",
      findings: [
        from && to ? `the job moves from Flink ${from} to ${to}, whose planner plans it anew: see its version verdict` : "the job moves to another cluster whose Flink version is not known"
      ],
      advice: []
    };
  }
  const current = doc.jobs[job.name]?.current;
  return compatibility({
    ...current?.script !== void 0 ? { oldScript: current.script } : {},
    newScript: job.script,
    strategy,
    ...job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
    settingsFile: job.yamlFile ?? `jobs/${job.name}.yaml`
  });
});
var recoverGuard = (function recoverGuard(changes, jobs, live2, doc, opts, diags) {
  const to = majorMinor(live2.observed ? live2.flinkVersion : void 0);
  if (!to || opts.allowVersionUpgrade) return [...changes];
  const byName4 = new Map(jobs.map((j) => [j.name, j]));
  return changes.map((c) => {
    if (c.action !== "recover" || c.refused) return c;
    const from = majorMinor(doc.jobs[c.job]?.current?.flinkVersion);
    if (!from || from === to) return c;
    const summary = `job ${c.job} last ran on Flink ${from}; this cluster runs ${to} and does not run it`;
    const detail2 = "If it still runs on the old cluster, recovering it here would run it twice. To move it, name the old cluster in environments.<env>.moveFrom: {jobmanagerUrl: \u2026}: the plan then stops it there with a savepoint and starts it here. If the old cluster is gone, apply with --allow-version-upgrade to recover it here from its last savepoint or checkpoint.";
    const job = byName4.get(c.job);
    diags.push(
      warning(
        MOVE_CODES.recoverAcrossVersions,
        summary,
        detail2,
        job ? fileRange(job.yamlFile ?? job.sqlFile) : void 0
      )
    );
    return {
      ...c,
      reason: `not on this cluster (Flink ${to}); the store records it running on Flink ${from}`,
      refused: { code: MOVE_CODES.recoverAcrossVersions, summary, detail: detail2 }
    };
  });
});
// src/plan/namesakes.ts
var byName = ((a, b) => a < b ? -1 : a > b ? 1 : 0);
function projectNamesakes(desired, changes, live2, doc) {
  if (!live2.observed || !live2.namesakes || Object.keys(doc.jobs).length > 0) return void 0;
  const created = new Set(changes.filter((c) => c.action === "create").map((c) => c.job));
  const pairs = live2.namesakes.filter((n) => created.has(n.job));
  if (pairs.length === 0) return void 0;
  const projects = [...new Set(pairs.map((p) => p.project))].sort(byName);
  const shown = pairs.slice(0, 10).map((p) => `${p.job} (${p.name}, ${p.jobId})`).join(", ") + (pairs.length > 10 ? ` and ${pairs.length - 10} more` : "");
  const env = desired.env;
  return warning(
    PLAN_CODES.projectNamesakes,
    `This is the first plan of ${desired.project}/${env}, and jobs it creates run on the cluster for project ${projects.join(", ")}: ${shown}`,
    `If another project merely shares the cluster, nothing: its jobs are neither shown nor touched. If project ${desired.project} is ${projects[0]} renamed (project: in flinkops.yaml), those are its jobs under the old name: this plan starts the jobs again beside them, without their state, both write the same sinks, and no plan looks at the old ones any more. To carry the state over, put the old name back, set state: suspended on environment ${env} and apply it, so each job stops with a savepoint (flinkops savepoints list JOB); then rename and pin restoreFrom: <that savepoint> in environments.${env}.jobs.<job> before the first apply.`
  );
}
var lookalikeNamesakes = (function lookalikeNamesakes(desired, changes, live2) {
  if (!live2.observed || !live2.lookalikes) return [];
  const out = [];
  for (const c of changes) {
    if (c.action !== "create") continue;
    const job = desired.jobs.find((j) => j.name === c.job);
    if (!job) continue;
    const hand = live2.lookalikes.filter(
      (l) => l.job === c.job || l.sinks?.some((t) => job.sinks.includes(t))
    );
    if (hand.length === 0) continue;
    const shown = hand.map((l) => `${l.name} (${l.jobId})`).join(", ");
    const one = hand.length === 1;
    const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
    out.push(
      warning(
        PLAN_CODES.handJobState,
        `Job ${c.job} is created while a job started outside flinkops runs under a name like its own or writes its tables: ${shown}`,
        `flinkops finds a job only by pipeline.name = ${c.pipelineName}, so it neither adopts nor stops ${one ? "that one" : "those"}: after this apply both run, write the same sinks, and the new job starts without ${one ? "its" : "their"} state. If ${one ? "it is" : "one is"} this job, stop ${one ? "it" : "each"} with a savepoint first (POST /jobs/<job id>/stop on the JobManager, or flink stop), set restoreFrom: <the savepoint's path> in ${settings}, and plan again. If it is another job, nothing.`,
        fileRange(job.sqlFile)
      )
    );
  }
  return out;
});
// src/plan/older-checkout.ts
var CHANGES = /* @__PURE__ */ new Set([...ACTION_KINDS.filter((a) => a !== "none"), "sync"]);
var lastChange = (function lastChange(record3) {
  if (!record3) return void 0;
  for (let i = record3.history.length - 1; i >= 0; i--) {
    const h = record3.history[i];
    if (CHANGES.has(h.action) && h.commit && h.commit !== "unknown")
      return { action: h.action, commit: h.commit, time: h.time };
  }
  return void 0;
});
var labelCommit = (function labelCommit(live2, jobId) {
  if (jobId === void 0) return void 0;
  const commit = live2.jobs.find((j) => j.jobId === jobId)?.labels?.[LABEL_KEYS.commit];
  return commit && commit !== "unknown" ? commit : void 0;
});
var undone = (function undone(c, doc, live2) {
  const recorded = lastChange(doc.jobs[c.job]);
  if (recorded) return recorded;
  const labelled = labelCommit(live2, c.liveJobId);
  return labelled ? { action: "start", commit: labelled, time: `job ${c.liveJobId}` } : void 0;
});
var changedJobCommits = (function changedJobCommits(changes, doc, live2, commit) {
  const out = /* @__PURE__ */ new Set();
  for (const c of changes) {
    if (c.action === "none" || c.refused) continue;
    const last = undone(c, doc, live2);
    if (last && last.commit !== commit) out.add(last.commit);
  }
  return [...out];
});
var refuseOlderCheckout = (function refuseOlderCheckout(changes, doc, live2, outside, commit) {
  if (!outside || outside.size === 0) return [];
  const diags = [];
  for (const c of changes) {
    if (c.action === "none" || c.refused) continue;
    const last = undone(c, doc, live2);
    const how = last && outside.get(last.commit);
    if (!last || !how) continue;
    const short = last.commit.slice(0, 12);
    const here = commit ? `this checkout (${commit.slice(0, 12)})` : "this checkout";
    const what = last.action === "start" ? `its running ${last.time} was started from commit ${short}` : `its last change (${last.action} at ${last.time}) was applied from commit ${short}`;
    const summary = `${c.action} of job ${c.job} refused: ${what}, which ${here} ${how === "behind" ? "is behind" : "does not have"}`;
    const detail2 = `Applying this plan would undo that change (someone applied a newer commit than this checkout holds). ${how === "behind" ? "Bring the checkout up to date" : `Fetch that commit and bring the checkout up to date (git fetch; git log ${short})`}, e.g. git pull, then plan again. To go back to an older version on purpose, revert the change in git and apply the revert; if that commit's change reached this checkout under another commit (a squash or rebase merge), plan with --allow-older-checkout.`;
    c.refused = { code: PLAN_CODES.olderCheckout, summary, detail: detail2 };
    diags.push(warning(PLAN_CODES.olderCheckout, summary, detail2));
  }
  return diags;
});
// src/plan/other-endpoint.ts
var otherEndpointRecoveries = (function otherEndpointRecoveries(desired, live2, doc, planned) {
  const here = live2.endpoint;
  if (!live2.observed || here === void 0) return void 0;
  const elsewhere = planned.filter((c) => {
    if (c.action !== "recover" || c.refused || live2.jobs.some((j) => j.job === c.job)) return false;
    const started = doc.jobs[c.job]?.current?.endpoint;
    return started !== void 0 && started !== here;
  });
  if (elsewhere.length === 0) return void 0;
  const names = elsewhere.map((c) => c.job);
  const shown = names.length > 6 ? [...names.slice(0, 6), `\u2026 (${names.length} in all)`] : names;
  const they = names.length === 1 ? "it" : "they";
  return warning(
    PLAN_CODES.otherEndpoint,
    names.length === 1 ? `Job ${names[0]}, recorded running for environment ${desired.env}, is gone from its cluster and was started through another JobManager endpoint than this plan reached` : `${names.length} jobs recorded running for environment ${desired.env} (${shown.join(", ")}) are gone from its cluster and were started through another JobManager endpoint than this plan reached`,
    `A cluster that restarted forgets its jobs but keeps its address: a new address is more often another cluster \u2014 environments.${desired.env}.jobmanagerUrl (or FLINKOPS_JOBMANAGER_URL, --jobmanager-url, the Action's jobmanager-url input) changed to a new cluster without moveFrom, or copied from elsewhere. If ${they} still run${names.length === 1 ? "s" : ""} on the cluster ${they} ${names.length === 1 ? "was" : "were"} started on, this plan's recoveries start a second copy here, both writing the same sinks. To move the environment to a new cluster, name the old one in moveFrom: each job stops there with a savepoint and starts here from it. If the old cluster is gone, or this is the same cluster reached through another address, apply as planned.`,
    fileRange("flinkops.yaml")
  );
});
var endpointsToRecord = (function endpointsToRecord(live2, doc, planned) {
  const here = live2.endpoint;
  if (!live2.observed || here === void 0) return { changes: [...planned] };
  const byId = new Map(live2.jobs.map((j) => [j.jobId, j]));
  const names = [];
  const changes = planned.map((c) => {
    if (c.action !== "none" || c.refused || c.renamedFrom || c.liveJobId === void 0) return c;
    const cur = doc.jobs[c.job]?.current;
    const running = byId.get(c.liveJobId);
    if (!cur || cur.endpoint !== void 0 || cur.jobId !== c.liveJobId) return c;
    if (!running || running.previousCluster || isTerminal(running.state) || running.state === "SUSPENDED")
      return c;
    names.push(c.job);
    const reason = c.reason === "up to date" ? "up to date; apply records the JobManager endpoint it runs through (FO736)" : `${c.reason}; apply records the JobManager endpoint it runs through (FO736)`;
    return { ...c, reason, recordsEndpoint: { jobId: c.liveJobId, endpoint: here } };
  });
  if (names.length === 0) return { changes };
  const shown = names.length > 6 ? [...names.slice(0, 6), `\u2026 (${names.length} in all)`] : names;
  return {
    changes,
    diag: {
      code: PLAN_CODES.endpointUnrecorded,
      severity: "info",
      summary: names.length === 1 ? `Job ${names[0]} runs on this cluster, and its state store record does not say which JobManager endpoint it was started through: apply records it` : `${names.length} jobs (${shown.join(", ")}) run on this cluster, and their state store records do not say which JobManager endpoint they were started through: apply records it`,
      detail: `The state store was written before flinkops kept the endpoint (format 5): until it is recorded, a plan cannot tell that ${names.length === 1 ? "the job was" : "these jobs were"} started through another endpoint than it reaches (FO739, FO659). Apply records the endpoint this plan reached (a hash, never the URL) without restarting anything; nothing to do but apply.`,
      range: fileRange("flinkops.yaml")
    }
  };
});
// src/plan/other-environments-cluster.ts
function otherEnvironmentsCluster(desired, live2, planned) {
  if (!live2.observed || !live2.siblings?.length) return void 0;
  if (live2.jobs.some((j) => !j.previousCluster && !isTerminal(j.state))) return void 0;
  const vanished = planned.filter(
    (c) => c.action === "recover" && !c.refused && !live2.jobs.some((j) => j.job === c.job)
  );
  if (vanished.length === 0) return void 0;
  const envs = live2.siblings.map((s) => s.env);
  const names = live2.siblings.flatMap((s) => s.names);
  const shown = names.length > 4 ? [...names.slice(0, 4), `\u2026 (${names.length} in all)`] : names;
  const jobs = vanished.map((c) => c.job).join(", ");
  return warning(
    PLAN_CODES.otherEnvironmentsCluster,
    `The cluster of environment ${desired.env} runs environment ${envs.join(", ")}'s jobs (${shown.join(", ")}) and none of the ${vanished.length === 1 ? "job" : `${vanished.length} jobs`} the state store records running for ${desired.env} (${jobs})`,
    `If environments.${desired.env}.jobmanagerUrl (or FLINKOPS_JOBMANAGER_URL) reaches ${envs.length === 1 ? `${envs[0]}'s` : "another environment\u2019s"} cluster by mistake, this plan's recoveries start ${desired.env}'s jobs there while they still run on ${desired.env}'s own cluster: twice, writing the same sinks. Check the endpoints before applying. If this cluster is ${desired.env}'s own, shared with ${envs.join(", ")} and restarted, apply as planned.`,
    fileRange("flinkops.yaml")
  );
}
// src/plan/policy.ts
var DEPLOYS = /* @__PURE__ */ new Set([
  "create",
  "upgrade",
  "rescale",
  "resume",
  "recover",
  "adopt"
]);
var RESTORES = /* @__PURE__ */ new Set(["upgrade", "resume", "recover"]);
var violations = (function violations(c, job, desired, opts) {
  const policy = desired.policy;
  if (!policy) return [];
  const env = desired.env;
  const out = [];
  const listed = (name) => name !== void 0 && (policy.protectedJobs?.includes(name) ?? false);
  const protectedFrom = [c.renamedFrom?.job, job?.settings.movedFrom].find(listed);
  const isProtected = listed(c.job) || protectedFrom !== void 0;
  if (c.renamedFrom && listed(c.renamedFrom.job) && !listed(c.job)) {
    const from = c.renamedFrom.job;
    out.push({
      severity: "error",
      code: POLICY_CODES.protectedRename,
      summary: `Job ${from} is protected and cannot be renamed to ${c.job}, which policy.protectedJobs does not list`,
      detail: `The rename (movedFrom: ${from}) stops ${from} and carries its state to ${c.job}; policy.protectedJobs in flinkops.yaml lists ${from}, not ${c.job}. To rename it and keep it protected, replace ${from} with ${c.job} in policy.protectedJobs in the same reviewed change, then plan again. To leave it unprotected under its new name, remove ${from} from policy.protectedJobs in a reviewed change.`,
      refuse: true
    });
  }
  if (isProtected && c.action === "delete") {
    out.push({
      severity: "error",
      code: POLICY_CODES.protectedDelete,
      summary: `Job ${c.job} is protected and cannot be deleted`,
      detail: `It is listed in policy.protectedJobs in flinkops.yaml. Bring back jobs/${c.job}.sql to keep it running, or remove ${c.job} from policy.protectedJobs in a reviewed change and plan again with --allow-delete.`,
      refuse: true
    });
  }
  if (isProtected && c.action === "upgrade" && c.strategy === "stateless") {
    out.push({
      severity: "error",
      code: POLICY_CODES.protectedStateless,
      summary: `Job ${c.job} is protected and cannot be upgraded stateless`,
      detail: `A stateless upgrade drops its state, and ${listed(c.job) ? "it" : `${protectedFrom}, whose state it carries (movedFrom),`} is listed in policy.protectedJobs in flinkops.yaml. Set upgradeMode: savepoint (or last-state) in jobs/${c.job}.yaml, or remove ${listed(c.job) ? c.job : protectedFrom} from policy.protectedJobs.`,
      refuse: true
    });
  }
  if (c.action === "delete" && !opts.allowDelete && !c.refused && policy.requireAllowDelete?.includes(env)) {
    out.push({
      severity: "warning",
      code: POLICY_CODES.deleteNeedsFlag,
      summary: `Deletion of job ${c.job} in ${env} needs --allow-delete`,
      detail: `policy.requireAllowDelete lists ${env}, so deletionPolicy: delete alone is not enough here. Run with --allow-delete (Action input allow-delete: true) to delete it.`,
      refuse: true
    });
  }
  const max = policy.maxParallelism?.[env];
  const suspended = c.action === "suspend" || job?.settings.state === "suspended";
  if (job && max !== void 0 && job.settings.parallelism > max && !suspended && c.action !== "delete") {
    const where = job.yamlFile ?? `jobs/${job.name}.yaml`;
    out.push({
      severity: "error",
      code: POLICY_CODES.maxParallelism,
      summary: `Job ${c.job} has parallelism ${job.settings.parallelism}, above the maximum ${max} of ${env}`,
      detail: `policy.maxParallelism.${env} in flinkops.yaml allows at most ${max}. Lower parallelism in ${where} (or environments.${env}.jobs.${c.job}.parallelism), or raise the maximum in a reviewed change.`,
      refuse: DEPLOYS.has(c.action)
    });
  }
  if (RESTORES.has(c.action) && (c.compatibility?.verdict === "incompatible" || c.compatibility?.verdict === "drops-state" && !job?.settings.allowNonRestoredState) && policy.refuseIncompatibleUpgrades?.includes(env)) {
    out.push({
      severity: "error",
      code: POLICY_CODES.incompatibleUpgrade,
      summary: `The ${c.action} of job ${c.job} ${c.compatibility.verdict !== "incompatible" ? "drops state" : c.compatibility.restore === "read-wrong" ? "restores its state and reads it wrong" : "will not restore its state"}, which ${env} refuses`,
      detail: `${c.compatibility.findings.join("; ")}. policy.refuseIncompatibleUpgrades lists ${env}. ` + (c.compatibility.verdict === "incompatible" ? (
        // allowNonRestoredState drops state with nowhere to go; it does not restore a state whose shape changed.
        `Make the change state-compatible, or start the new version without state with upgradeMode: stateless in jobs/${c.job}.yaml (allowNonRestoredState does not help: ${c.compatibility.restore === "read-wrong" ? "Flink restores this state, and the new job reads it wrong" : "the restore fails even with it"}).`
      ) : `Make the change state-compatible, or accept losing the unmatched state with allowNonRestoredState: true in jobs/${c.job}.yaml (or upgradeMode: stateless for a fresh start).`),
      refuse: true
    });
  }
  return out;
});
var applyPolicy = (function applyPolicy(changes, desired, opts) {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const diags = [];
  const out = changes.map((c) => {
    const job = jobs.get(c.job);
    const found = violations(c, job, desired, opts);
    if (found.length === 0) return c;
    const range3 = job ? fileRange(job.yamlFile ?? job.sqlFile) : void 0;
    for (const v of found) {
      const make = v.severity === "error" ? error6 : warning;
      const at2 = v.code === POLICY_CODES.protectedRename ? job?.movedFromAt ?? range3 : range3;
      diags.push(make(v.code, v.summary, v.detail, at2));
    }
    const first = found.find((v) => v.refuse);
    if (!first || c.refused) return c;
    return { ...c, refused: { code: first.code, summary: first.summary, detail: first.detail } };
  });
  return { changes: out, diags };
});
// src/plan/target.ts
var isTargeted = (function isTargeted(c, target) {
  if (target.jobs && !target.jobs.includes(c.job) && !oldNames(c).some((j) => target.jobs.includes(j)))
    return false;
  if (target.causes) {
    const kinds = target.causes;
    if (c.action === "none" || !c.causes.some((k) => kinds.includes(k.kind))) return false;
  }
  return true;
});
var targetChanges = (function targetChanges(changes, target) {
  const kept = [];
  const omitted = [];
  for (const c of changes) {
    if (isTargeted(c, target)) kept.push(c);
    else if (c.action !== "none" && !c.refused) omitted.push({ job: c.job, action: c.action });
  }
  return {
    changes: kept,
    targeting: {
      ...target.jobs ? { jobs: [...target.jobs] } : {},
      ...target.causes ? { causes: [...target.causes] } : {},
      omitted
    }
  };
});
var unknownJobs = (function unknownJobs(plan, names) {
  const known = /* @__PURE__ */ new Set([
    ...[...plan.changes, ...plan.target?.omitted ?? []].map((c) => c.job),
    ...plan.changes.flatMap(oldNames)
  ]);
  return names.filter((j) => !known.has(j));
});
var oldNames = (function oldNames(c) {
  return [
    ...c.renamedFrom ? [c.renamedFrom.job] : [],
    ...c.refused?.renamedFrom !== void 0 ? [c.refused.renamedFrom] : []
  ];
});
// src/plan/topic-ends.ts
var topicsSplitByTarget = (function topicsSplitByTarget(kept, targeting, desired) {
  if (targeting.omitted.length === 0) return [];
  const keysOf = tableTopicKeys(desired.tables);
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const keys2 = (job, side) => {
    const j = jobs.get(job);
    return j ? jobTopicKeys(j, keysOf, side === "sources" ? "reads" : "writes") : /* @__PURE__ */ new Set();
  };
  const between = (reads, writes) => new Set([...reads].flatMap((r) => topicsRead2(r, writes)).map(topicOfKey2));
  const out = [];
  for (const c of kept) {
    const job = jobs.get(c.job);
    if (c.action === "none" || c.refused || !job) continue;
    const reads = keys2(c.job, "sources");
    const writes = keys2(c.job, "sinks");
    for (const o of targeting.omitted) {
      const produces = [...between(reads, keys2(o.job, "sinks"))];
      const consumes = [...between(keys2(o.job, "sources"), writes)];
      if (produces.length === 0 && consumes.length === 0) continue;
      const topics = [.../* @__PURE__ */ new Set([...produces, ...consumes])].join(", ");
      const how = produces.length > 0 ? `which writes Kafka topic ${topics} that ${c.job} reads` : `which reads Kafka topic ${topics} that ${c.job} writes`;
      out.push(
        warning(
          PLAN_CODES.topicSplitByTarget,
          `--target leaves out the ${o.action} of job ${o.job}, ${how}`,
          `A topic carries no schema: applied alone, ${produces.length > 0 ? `${c.job} reads what the running version of ${o.job} writes` : `${o.job}, as it runs now, reads what the new version of ${c.job} writes`} until ${o.job} is applied too. A column added, renamed or retyped on both ends is NULL (or fails to parse) meanwhile. Plan without --target, or add --target ${o.job}: apply then changes the writing job first.`,
          fileRange(job.sqlFile)
        )
      );
    }
  }
  return out;
});
var topicsLeftUnwritten = (function topicsLeftUnwritten(changes, desired, doc) {
  const deleted = changes.filter((c) => c.action === "delete" && !c.refused);
  if (deleted.length === 0) return [];
  const gone = new Set(deleted.map((c) => c.job));
  const keysOf = tableTopicKeys(desired.tables);
  const staying = desired.jobs.filter((j) => !gone.has(j.name));
  const stillWritten = new Set(staying.flatMap((j) => [...jobTopicKeys(j, keysOf, "writes")]));
  const out = [];
  for (const d of deleted) {
    const script = doc.jobs[d.job]?.current?.script;
    if (script === void 0) continue;
    const sinks = new Set(relationsOf(script).writes);
    const { statements } = analyzeScript2(script, `jobs/${d.job}.sql`);
    for (const st of statements)
      for (const s of [st, ...st.inner ?? []])
        for (const r of s.writes) if (r.parts.length === 1) sinks.add(r.name);
    const written = new Set(
      statements.flatMap(
        (st) => st.table && sinks.has(st.table.name.name) ? kafkaTopicKeys2(st.table.options.connector, st.table.options) : []
      )
    );
    for (const j of staying) {
      const read2 = jobTopicUses(j, keysOf, "reads").flatMap(
        ({ table: t, key }) => topicsRead2(key, written).filter((k) => !stillWritten.has(k)).map((k) => ({ t, k }))
      );
      if (read2.length === 0) continue;
      const topics = [...new Set(read2.map((r) => topicOfKey2(r.k)))].join(", ");
      const tables = [...new Set(read2.map((r) => r.t))].join(", ");
      out.push(
        warning(
          PLAN_CODES.topicLeftUnwritten,
          `Job ${d.job} is deleted, but job ${j.name} reads Kafka topic ${topics} (table ${tables}), which no other job of the repository writes`,
          `Once ${d.job} stops, nothing of this repository writes ${topics}: ${j.name} keeps running, healthy, and reads no new record, without an error. Delete or change ${j.name} in the same change (a job of its own writing ${topics}, or another source), or keep ${d.job}. When another system writes ${topics}, nothing is lost.`,
          fileRange(j.sqlFile)
        )
      );
    }
  }
  return out;
});
// src/plan/unrecorded-jobs.ts
var byName2 = ((a, b) => a < b ? -1 : a > b ? 1 : 0);
var unrecordedJobs = (function unrecordedJobs(desired, liveByJob, doc, changes) {
  const labelledAlive = (name) => (liveByJob.get(name) ?? []).some(
    (l) => !isTerminal(l.state) && l.state !== "SUSPENDED" && l.labels?.[LABEL_KEYS.specHash] !== void 0
  );
  const names = [...liveByJob.keys()].filter((name) => doc.jobs[name] === void 0 && labelledAlive(name)).sort(byName2);
  if (names.length === 0) return void 0;
  const shown = names.slice(0, 10).join(", ") + (names.length > 10 ? ` and ${names.length - 10} more` : "");
  const touched = changes.filter((c) => names.includes(c.job) && c.action !== "none" && c.action !== "adopt").map((c) => `${c.job}: ${c.action}${c.refused ? " (refused)" : ""}`);
  const one = names.length === 1;
  const cause = `The store was reset, lost or is another one (a different --state-file or state branch), or another repository deploys a project named ${desired.project} to this cluster and ${one ? "the job is" : "the jobs are"} its own: ${one ? "its" : "their"} savepoint history and the scripts ${one ? "it was" : "they were"} started from are not known.`;
  const effect = touched.length === 0 ? " Jobs are found by their labels, so nothing restarts; the next apply that changes something in this environment records them again from what runs." : ` This plan changes ${touched.length === 1 ? "one of them" : "some of them"} as its own (${touched.slice(0, 10).join(", ")}${touched.length > 10 ? ` and ${touched.length - 10} more` : ""}): if another repository deploys project ${desired.project}, do not apply, and give one of the projects another name (project: in flinkops.yaml) first; if the store was lost, point flinkops at it again (--state-file) or apply, and the jobs are recorded again from what runs.`;
  return one ? warning(
    PLAN_CODES.unrecorded,
    `Job ${names[0]} runs with flinkops labels, but the state store has no record of it`,
    cause + effect
  ) : warning(
    PLAN_CODES.unrecorded,
    `${names.length} jobs run with flinkops labels, but the state store has no record of them`,
    `${shown}. ${cause}${effect}`
  );
});
var startedElsewhere = (function startedElsewhere(list, record3) {
  if (record3 !== void 0 && record3.status !== "deleted") return false;
  const alive = list.filter(isAlive);
  return alive.length > 0 && list.every((l) => l.labels?.[LABEL_KEYS.specHash] === void 0);
});
var unmanagedJobs = (function unmanagedJobs(jobs) {
  const shown = [...jobs].sort((a, b) => byName2(a.name, b.name) || byName2(a.jobId, b.jobId)).map((j) => `${j.name} (${j.jobId}, ${j.state}${copiedLabels(j)})`);
  const one = shown.length === 1;
  const names = shown.slice(0, 10).join(", ") + (shown.length > 10 ? ` and ${shown.length - 10} more` : "");
  return warning(
    PLAN_CODES.unmanaged,
    `${one ? "A job" : `${shown.length} jobs`} under this environment's names ${one ? "runs" : "run"} without this environment's flinkops labels and ${one ? "is" : "are"} not in the repository or the state store: left alone: ${names}`,
    `flinkops did not start ${one ? "it" : "them"} (it was submitted by hand: the SQL client, the SQL Gateway, the Flink UI), so no plan of this repository stops, rescales or deletes ${one ? "it" : "them"}. A job added to the repository under ${one ? "that" : "such a"} name would adopt the running job. To stop ${one ? "it" : "them"}, use the Flink UI or POST /jobs/<job id>/stop; to avoid the clash, start hand-made jobs under names outside <project>.<env>.`
  );
});
var copiedLabels = (function copiedLabels(j) {
  const l = j.copiedLabels;
  if (l === void 0) return "";
  return `, labelled ${l[LABEL_KEYS.project] ?? "?"}.${l[LABEL_KEYS.env] ?? "?"}.${l[LABEL_KEYS.job] ?? "?"}`;
});
// src/plan/unrestorable-pins.ts
var unrestorablePins = (function unrestorablePins(changes, desired, doc, cluster) {
  const out = [];
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  for (const c of changes) {
    if (!c.restoreFrom || c.refused) continue;
    const job = jobs.get(c.job);
    const pin = job?.settings.restoreFrom;
    if (!job || !pin || !sameSavepointPath(c.restoreFrom, pin)) continue;
    const at2 = recordedSavepoint(doc, pin, c.job);
    if (at2 === void 0) continue;
    const { owner: owner2, savepoint } = at2;
    const newer = !savepoint.disposed && writtenByNewerMajor(savepoint, cluster);
    if (!savepoint.disposed && !newer) continue;
    const kept = (doc.jobs[owner2]?.savepoints ?? []).filter(
      (s) => !s.disposed && !writtenByNewerMajor(s, cluster)
    ).length;
    const where = `restoreFrom in ${job.yamlFile ?? `jobs/${c.job}.yaml`} names a savepoint of ${owner2 === c.job ? "the job" : `job ${owner2}`}`;
    const list = `flinkops savepoints list ${owner2}${kept ? `: ${kept} restorable${newer ? ` on Flink ${majorMinor(cluster)}` : ""}` : ""}`;
    out.push(
      warning(
        PLAN_CODES.pinDisposed,
        newer ? `Job ${c.job} is to restore from ${pin}, which Flink ${savepoint.flinkVersion} wrote: this cluster (Flink ${majorMinor(cluster)}) cannot read it, so the restore fails` : `Job ${c.job} is to restore from ${pin}, which retention disposed of: Flink deleted it, so the restore fails`,
        `${where} that the state store records as ${newer ? `written by Flink ${savepoint.flinkVersion}, a newer major release (${list})` : `disposed (${list})`}. ${c.action === "upgrade" ? "Apply would stop the running job, fail to start the new one and roll it back" : "The job apply starts would fail at its restore"}. ${newer ? "Pin a savepoint this release wrote, or remove restoreFrom." : "Pin one that is not disposed, or remove restoreFrom."}`,
        fileRange(job.yamlFile ?? job.sqlFile)
      )
    );
  }
  return out;
});
// src/plan/version-summary.ts
var byText = ((a, b) => a < b ? -1 : a > b ? 1 : 0);
var versionUpgradeSummaries = (function versionUpgradeSummaries(changes, jobs) {
  const compiled = new Set(jobs.filter((j) => j.settings.planMode === "compiled").map((j) => j.name));
  const pins = new Map(jobs.map((j) => [j.name, j.settings.restoreFrom]));
  const byFrom = /* @__PURE__ */ new Map();
  for (const c of [...changes].sort((a, b) => byText(a.job, b.job))) {
    const v = c.versionUpgrade;
    if (!v) continue;
    let s = byFrom.get(v.from);
    if (!s) {
      s = { from: v.from, to: v.to, move: false, compiled: [], script: [] };
      byFrom.set(v.from, s);
    }
    if (c.move) s.move = true;
    const entry = {
      job: c.job,
      verdict: v.verdict,
      ...c.refused ? { refused: c.refused.code } : {},
      ...c.restoreFrom !== void 0 && c.restoreFrom === pins.get(c.job) && !releaseAtLeast(v.to, v.from) ? { pinned: true } : {}
    };
    (compiled.has(c.job) ? s.compiled : s.script).push(entry);
  }
  if (byFrom.size === 0) return void 0;
  return [...byFrom.values()].sort((a, b) => byText(a.from, b.from));
});
// src/plan/diff.ts
var byName3 = ((a, b) => a < b ? -1 : a > b ? 1 : 0);
var OF_THE_START = /* @__PURE__ */ new Set([
  PLAN_CODES.noRestorePoint,
  PLAN_CODES.recoveryRewinds,
  PLAN_CODES.vanishedState,
  PLAN_CODES.newerReleaseSavepoint,
  PLAN_CODES.restorePointGone,
  PLAN_CODES.stateIncompatible
]);
var diff = (function diff(desired, live2, state2, opts) {
  const ctx = {
    observed: live2.observed,
    adaptiveScheduler: live2.adaptiveScheduler,
    allowDelete: opts.allowDelete,
    ...live2.flinkVersion ?? desired.flinkVersion ? { flinkVersion: live2.flinkVersion ?? desired.flinkVersion } : {},
    ...opts.now !== void 0 ? { now: opts.now } : {},
    ...opts.explained ? { explained: opts.explained } : {},
    ...opts.replace?.length ? { replace: new Set(opts.replace) } : {},
    ...opts.lockHolder ? { lockHolder: opts.lockHolder } : {},
    ...opts.locateInTable ? { locateInTable: opts.locateInTable } : {},
    ...live2.endpoint !== void 0 ? { endpoint: live2.endpoint } : {},
    ...live2.observed && live2.taskHeaps?.length ? { taskHeaps: live2.taskHeaps } : {},
    ...live2.observed && live2.defaultStateBackend ? { defaultStateBackend: live2.defaultStateBackend } : {}
  };
  const liveByJob = /* @__PURE__ */ new Map();
  for (const j of live2.observed ? live2.jobs : []) {
    const list = liveByJob.get(j.job) ?? [];
    list.push(j);
    liveByJob.set(j.job, list);
  }
  for (const list of liveByJob.values())
    list.sort((a, b) => b.startTime - a.startTime || byName3(a.jobId, b.jobId));
  const changes = [];
  const diagnostics = [];
  const declared = declaredVersionCheck(desired, live2);
  if (declared) diagnostics.push(declared);
  const relations = /* @__PURE__ */ new Map();
  const desiredNames = /* @__PURE__ */ new Set();
  const decidedDiags = /* @__PURE__ */ new Map();
  const renamed = planRenames(desired, liveByJob, state2.doc, live2.observed);
  diagnostics.push(...renamed.diags);
  for (const job of [...desired.jobs].sort((a, b) => byName3(a.name, b.name))) {
    desiredNames.add(job.name);
    const r = renamed.renames.get(job.name);
    const d = r ? decideRenamed(job, r, ctx, liveByJob.get(job.name) ?? [], state2.doc.jobs[job.name]) : decideDesired(job, liveByJob.get(job.name) ?? [], state2.doc.jobs[job.name], ctx);
    changes.push(d.change);
    diagnostics.push(...d.diags);
    decidedDiags.set(job.name, d.diags);
    if (d.change.action !== "none") relations.set(job.name, relationsOf(job.script, job));
  }
  for (const r of renamed.renames.values()) desiredNames.add(r.from);
  const removed = new Set(
    [...Object.keys(state2.doc.jobs), ...liveByJob.keys()].filter((n) => !desiredNames.has(n))
  );
  const unmanaged = [];
  for (const name of [...removed].sort(byName3)) {
    const record3 = state2.doc.jobs[name];
    const list = liveByJob.get(name) ?? [];
    if (startedElsewhere(list, record3)) {
      unmanaged.push(...list.filter(isAlive));
      continue;
    }
    const pn = record3?.pipelineName ?? list[0]?.name ?? pipelineName3(desired.project, desired.env, name);
    const d = decideRemoved(name, pn, list, record3, ctx);
    if (!d) continue;
    changes.push(d.change);
    diagnostics.push(...d.diags);
    if (d.change.action !== "none") relations.set(name, relationsOf(record3?.current?.script));
  }
  changes.sort((a, b) => byName3(a.job, b.job));
  if (unmanaged.length > 0) diagnostics.push(unmanagedJobs(unmanaged));
  diagnostics.push(...idleReplacements(changes, opts.replace ?? []));
  const renameSources = new Set([...renamed.renames.values()].map((r) => r.from));
  const unrecorded = unrecordedJobs(
    desired,
    new Map([...liveByJob].filter(([name]) => !renameSources.has(name))),
    state2.doc,
    changes
  );
  if (unrecorded) diagnostics.push(unrecorded);
  const namesakes = projectNamesakes(desired, changes, live2, state2.doc);
  if (namesakes) diagnostics.push(namesakes);
  diagnostics.push(...lookalikeNamesakes(desired, changes, live2));
  const moved = planMoves(changes, desired.jobs, live2, state2.doc, {
    ...opts.compiled?.allowVersionUpgrade ? { allowVersionUpgrade: true } : {},
    ...opts.explained ? { explained: opts.explained } : {}
  });
  const acrossReleases2 = new Set(
    [...opts.explained ?? []].filter(([, p]) => "acrossReleases" in p && p.acrossReleases).map(([j]) => j)
  );
  const acrossUnanswered = new Map(
    desired.environment.moveFrom?.sqlGatewayUrl ? [...opts.explained ?? []].flatMap(
      ([j, p]) => "unavailable" in p ? [[j, p.unavailable]] : []
    ) : []
  );
  changes.splice(0, changes.length, ...moved.changes);
  diagnostics.push(...moved.diags);
  dropDiagnostics(
    diagnostics,
    moved.changes.filter((c) => c.refused?.code === MOVE_CODES.recoverAcrossVersions).flatMap((c) => decidedDiags.get(c.job) ?? []).filter((d) => d.code === PLAN_CODES.noRestorePoint || d.code === PLAN_CODES.vanishedState)
  );
  const compiled = annotateCompiledPlans(changes, desired.jobs, state2.doc, {
    ...live2.observed && live2.flinkVersion ? { liveVersion: live2.flinkVersion } : {},
    ...opts.compiled,
    ...acrossReleases2.size > 0 ? { acrossReleases: acrossReleases2 } : {},
    ...acrossUnanswered.size > 0 ? { acrossUnanswered } : {}
  });
  changes.splice(0, changes.length, ...compiled.changes);
  diagnostics.push(...compiled.diags);
  let scoped = changes;
  let targeting;
  if (opts.target) {
    ({ changes: scoped, targeting } = targetChanges(changes, opts.target));
    const inScope = new Set(scoped.map((c) => c.job));
    dropDiagnostics(
      diagnostics,
      compiled.diags.filter((d) => {
        const job = compiled.jobOf.get(d);
        return job !== void 0 && !inScope.has(job);
      })
    );
    const named2 = /* @__PURE__ */ new Set([
      ...inScope,
      ...scoped.flatMap((c) => c.renamedFrom ? [c.renamedFrom.job] : []),
      ...opts.target.jobs ?? []
    ]);
    dropDiagnostics(
      diagnostics,
      renamed.diags.filter((d) => !(renamed.jobsOf.get(d) ?? []).some((j) => named2.has(j)))
    );
    dropDiagnostics(
      diagnostics,
      [...decidedDiags].filter(([job]) => !inScope.has(job)).flatMap(([, diags]) => diags.filter((d) => OF_THE_START.has(d.code)))
    );
  }
  if (targeting) diagnostics.push(...topicsSplitByTarget(scoped, targeting, desired));
  const guarded2 = applyPolicy(scoped, desired, { allowDelete: opts.allowDelete });
  diagnostics.push(...guarded2.diags);
  const planned = guarded2.changes;
  diagnostics.push(...refuseOlderCheckout(planned, state2.doc, live2, opts.outsideCheckout, opts.commit));
  diagnostics.push(...renames(planned, relations));
  const elsewhere = otherEnvironmentsCluster(desired, live2, planned) ?? otherEndpointRecoveries(desired, live2, state2.doc, planned);
  if (elsewhere) diagnostics.push(elsewhere);
  const recorded = endpointsToRecord(live2, state2.doc, planned);
  planned.splice(0, planned.length, ...recorded.changes);
  if (recorded.diag) diagnostics.push(recorded.diag);
  diagnostics.push(...leftSlots(planned, state2.doc));
  diagnostics.push(...topicsLeftUnwritten(planned, desired, state2.doc));
  for (const c of planned) {
    if (!stopsByCancel(c)) continue;
    diagnostics.push(
      warning(
        PLAN_CODES.stopByCancel,
        `job ${c.job} is ${c.liveState}: Flink takes no savepoint of it, so apply stops it by cancel`,
        "Its latest completed checkpoint is recorded first and is what it restores from (records after it are replayed from the sources). `flinkops apply --explain` shows the steps. To keep a savepoint instead, fix what makes it fail and plan again once it is RUNNING."
      )
    );
  }
  diagnostics.push(
    ...unrestorablePins(planned, desired, state2.doc, live2.observed ? live2.flinkVersion : void 0)
  );
  diagnostics.push(...laterBuiltinCalls2(planned, desired, live2, state2.doc));
  diagnostics.push(...stateWithoutCheckpoints(planned, desired));
  const summary = summarize(planned);
  const affected = affectedOf(planned);
  const versionUpgrades = versionUpgradeSummaries(planned, desired.jobs);
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    project: desired.project,
    env: desired.env,
    ...opts.commit !== void 0 ? { commit: opts.commit } : {},
    offline: !live2.observed,
    stateVersion: state2.version,
    liveFingerprint: live2.fingerprint,
    ...targeting ? { target: targeting } : {},
    changes: planned,
    summary,
    ...versionUpgrades ? { versionUpgrades } : {},
    affected,
    lineage: lineageOf(planned, relations, affected),
    diagnostics: sortDiagnostics3(diagnostics)
  };
});
var idleReplacements = (function idleReplacements(changes, replace) {
  const out = [];
  for (const name of replace) {
    const c = changes.find((x) => x.job === name);
    if (!c || c.action === "upgrade") continue;
    out.push({
      code: PLAN_CODES.nothingToReplace,
      severity: "info",
      summary: `--replace ${name}: the job does not run, so there is nothing to restart`,
      detail: `Its plan is ${c.action === "none" ? "no change" : c.action} (${c.reason}). A job that runs restarts with the repository's script under --replace; this one ${c.action === "none" ? "stays as it is" : `gets the ${c.action} above`}.`
    });
  }
  return out;
});
var dropDiagnostics = (function dropDiagnostics(diagnostics, drop) {
  if (drop.length === 0) return;
  const gone = new Set(drop);
  const kept = diagnostics.filter((d) => !gone.has(d));
  diagnostics.splice(0, diagnostics.length, ...kept);
});
// src/plan/slots.ts
var heldSlots = (function heldSlots(job) {
  if (!job || job.previousCluster || job.state !== "RUNNING") return 0;
  if (job.vertices.some((v) => v.status === "CREATED" || v.status === "SCHEDULED")) return 0;
  return Math.max(0, ...job.vertices.map((v) => v.parallelism));
});
var neededSlots = (function neededSlots(parallelism3, job, desired) {
  let need = parallelism3;
  if (!job) return need;
  const pinned = (names, key) => {
    for (const name of names) {
      const v = Number(desired.tables.find((t) => t.name === name)?.options?.[key]);
      if (Number.isInteger(v) && v > need) need = v;
    }
  };
  pinned(job.sources, "scan.parallelism");
  pinned(job.sinks, "sink.parallelism");
  return need;
});
var NEEDS_LISTED = 8;
var listNeeds = (function listNeeds(starts) {
  const named2 = (list) => list.map((s) => `${s.change.job} ${s.need}${s.keeps ? ` (in place, beside the ${s.keeps} it holds)` : ""}`).join(", ");
  if (starts.length <= NEEDS_LISTED) return named2(starts);
  const bySize = /* @__PURE__ */ new Map();
  for (const s of starts) bySize.set(s.need, (bySize.get(s.need) ?? 0) + 1);
  const sizes = [...bySize].sort(([a], [b]) => b - a).map(([need, n]) => `${n} of ${need} slot${need === 1 ? "" : "s"}`).join(", ");
  return `${named2(starts.slice(0, NEEDS_LISTED))} and ${starts.length - NEEDS_LISTED} more (${starts.length} jobs: ${sizes})`;
});
var slotDiagnostics = (function slotDiagnostics(plan, desired, live2) {
  const slots = live2.slots;
  if (!live2.observed || !slots) return [];
  const byId = new Map(live2.jobs.map((j) => [j.jobId, j]));
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  let freed = 0;
  let later = 0;
  const stopped = [];
  const starts = [];
  const stop2 = (c) => {
    const held = heldSlots(c.liveJobId ? byId.get(c.liveJobId) : void 0);
    if (held === 0) return;
    freed += held;
    stopped.push(`${c.job} ${held}`);
  };
  const start = (c) => {
    const job = jobs.get(c.job);
    starts.push({ change: c, job, need: neededSlots(c.to.parallelism, job, desired) });
  };
  const inPlace = (c) => {
    const job = jobs.get(c.job);
    const held = heldSlots(c.liveJobId ? byId.get(c.liveJobId) : void 0);
    const need = neededSlots(c.to.parallelism, job, desired) - held;
    if (need > 0) starts.push({ change: c, job, need, keeps: held });
    else later -= need;
  };
  for (const c of plan.changes) {
    if (c.refused) continue;
    switch (c.action) {
      case "suspend":
      case "delete":
        stop2(c);
        break;
      // Stopped (or, in place, rescaled keeping its slots), then run at the new parallelism.
      case "upgrade":
        stop2(c);
        start(c);
        break;
      case "rescale":
        if (c.rescaleMode === "in-place") inPlace(c);
        else {
          stop2(c);
          start(c);
        }
        break;
      case "create":
      case "resume":
      case "recover":
        start(c);
        break;
      case "adopt":
      case "none":
        break;
    }
  }
  const supply = slots.taskManagers === 0 ? 0 : slots.slotsAvailable + freed;
  const demand = starts.reduce((n, s) => n + s.need, 0);
  if (starts.length === 0 || demand <= supply) return [];
  if (!live2.adaptiveScheduler) later = 0;
  const tms = `${slots.taskManagers} TaskManager${slots.taskManagers === 1 ? "" : "s"}`;
  const now = slots.taskManagers === 0 ? "The cluster has no TaskManager (no task slot)" : `The cluster has ${slots.slotsAvailable} of ${slots.slotsTotal} task slots free (${tms})`;
  const frees = (freed > 0 ? `, plus the ${freed} held by the jobs this plan stops or restarts (${stopped.join(", ")}): ${supply} for the jobs it starts` : "") + (later > 0 ? `; ${later} more come free a while after the jobs rescaled down in place have shrunk` : "");
  const needs = listNeeds(starts);
  const context = `${now}${frees}. The jobs this plan starts need ${demand}, each as many as its widest operator (Flink's default slot sharing): ${needs}` + (starts.length > 1 ? "; taken in that order (apply starts several jobs at once, so which of them gets the free slots first may differ)." : ".");
  const widest = starts.reduce((w, s) => s.need > w.need ? s : w);
  const settingOf = (s) => `${s.job?.yamlFile ?? `jobs/${s.change.job}.yaml`} (or environments.${plan.env}.jobs.${s.change.job}.parallelism)`;
  const out = [];
  let left = supply;
  for (const s of starts) {
    const got = Math.min(s.need, left);
    left -= got;
    if (got >= s.need) continue;
    const name = s.change.job;
    const keeps = s.keeps ?? 0;
    const late = keeps === 0 && got === 0 ? Math.min(s.need, later) : 0;
    later -= late;
    if (late >= s.need) continue;
    const fate = late > 0 ? `it waits in CREATED until the jobs rescaled down in place give back their slots (after slot.idle.timeout, 50 s by default), then Flink's adaptive scheduler runs it at parallelism ${late} of ${s.need} (FO724 after apply)` : keeps > 0 ? `it rescales in place, keeping the ${keeps} it holds: Flink's adaptive scheduler runs it at parallelism ${keeps + got} of ${keeps + s.need} (FO724 after apply)` : live2.adaptiveScheduler ? got > 0 ? `Flink's adaptive scheduler runs it at parallelism ${got} of ${s.need} (FO724 after apply)` : "it waits in CREATED, and Flink fails it once the adaptive scheduler's resource wait timeout (5 min by default) is over (NoResourceAvailableException)" : "Flink's default scheduler fails it (NoResourceAvailableException), at once or, running only the subtasks that got a slot meanwhile, after the slot request timeout (5 min by default)";
    const free = got === 0 ? "none will be free for it" : `only ${got} will be free for it`;
    const wants = keeps + s.need;
    const beyond = slots.taskManagers > 0 && wants > slots.slotsTotal;
    const what = beyond ? `needs ${wants} task slots, more than the cluster has in all (${slots.slotsTotal})` : `needs ${s.need}${keeps > 0 ? " more" : ""} task slot${s.need === 1 ? "" : "s"} and ${free}`;
    const fits = [];
    if (beyond) fits.push(`lower parallelism to ${slots.slotsTotal} or less in ${settingOf(s)}`);
    else if (wants > 1 || widest.need > s.need)
      fits.push(
        (wants > 1 ? `lower parallelism in ${settingOf(s)}` : "") + (widest === s || widest.need === s.need ? "" : `${wants > 1 ? ", or that" : "lower that"} of ${widest.change.job}, the widest, in ${settingOf(widest)}`)
      );
    fits.push("add TaskManagers or raise taskmanager.numberOfTaskSlots");
    if (!beyond) fits.push("suspend another job (state: suspended)");
    const toFit = fits.length === 1 ? fits[0] : `${fits.slice(0, -1).join(", ")}, or ${fits.at(-1)}`;
    out.push(
      warning(
        PLAN_CODES.slotsShort,
        `job ${name} ${what}: ${fate}`,
        `${context} To fit: ${toFit}.` + (beyond ? ` Suspending or deleting other jobs does not help: they cannot free more than the ${slots.slotsTotal} slots the cluster has.` : "") + " A warning, not an error: a cluster that adds TaskManagers on demand (an autoscaler) may have the slots by the time the jobs ask.",
        s.job ? fileRange(s.job.yamlFile ?? s.job.sqlFile) : void 0
      )
    );
  }
  return out;
});
// src/apply/job-run.ts
// src/apply/locked-session.ts
var releaseDiagnostics = (function releaseDiagnostics(e) {
  return e instanceof StateStoreError ? e.diagnostics : [
    error6(
      APPLY_CODES.unlockFailed,
      `releasing the state lock failed: ${e instanceof Error ? e.message : String(e)}`,
      "Release it with --force-unlock."
    )
  ];
});
var withLockedSession = (async function withLockedSession(opts, empty, work) {
  const { store, clock, timing } = opts;
  const locked = await lockState(store, opts.owner, timing, clock, opts.onWait, opts.stop);
  const lock = locked.value;
  if (!lock) return empty(locked.diags);
  let session;
  let result;
  const released = [];
  try {
    const read2 = await store.read();
    result = await work({
      read: read2,
      session: (guard2, secretValues) => {
        session = new StoreSession(store, read2, lock, clock, timing.lockTtlMs, guard2, secretValues);
        return session;
      }
    });
  } finally {
    try {
      if (session) await session.release();
      else await store.unlock(lock);
    } catch (e) {
      released.push(...releaseDiagnostics(e));
    }
  }
  return { ...result, diags: [...locked.diags, ...result.diags, ...session?.warnings ?? [], ...released] };
});
// src/apply/cancel-wait.ts
// src/apply/health.ts
// src/apply/kafka-send-wait.ts
var KAFKA_DEFAULT_MAX_BLOCK_MS = 6e4;
var KAFKA_SEND_MARGIN_MS = 15e3;
var KAFKA_SEND_WAIT_CAP_MS = 10 * 6e4;
var DEFAULT_KAFKA_SEND_WAIT = {
  ms: KAFKA_DEFAULT_MAX_BLOCK_MS + KAFKA_SEND_MARGIN_MS,
  decidedBy: "the Kafka producer's default max.block.ms (60 s)"
};
// src/apply/kafka-sink-watch.ts
// src/apply/health-grace.ts
// src/flink/compiled-plan.ts
var PLAN_READ_TABLE = "flinkops_plan_file";
var planFileUri = (function planFileUri(planDir, project, env, job, key) {
  return `${planDir.replace(/\/+$/, "")}/${project}/${env}/${job}/${key}.json`;
});
var literal = (function literal(s) {
  return `'${s.replaceAll("'", "''")}'`;
});
var compileTarget = (function compileTarget(submitText) {
  const t = submitText.trim().replace(/;\s*$/, "");
  return /^EXECUTE\s+STATEMENT\s+SET\b/i.test(t) ? t.replace(/^EXECUTE\s+/i, "") : t;
});
var compilePlanStatement = (function compilePlanStatement(path, submitText) {
  return `COMPILE PLAN ${literal(path)} IF NOT EXISTS FOR ${compileTarget(submitText)}`;
});
var planReadStatements = (function planReadStatements(path) {
  return {
    setup: [
      `CREATE TEMPORARY TABLE \`${PLAN_READ_TABLE}\` (\`line\` STRING, \`size\` BIGINT METADATA FROM 'file.size' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = ${literal(path)}, 'format' = 'raw')`,
      "SET 'execution.runtime-mode' = 'batch'",
      // In the gateway's JVM: the file as the gateway sees it, no slot, no job on the cluster.
      "SET 'execution.target' = 'local'",
      // The local cluster would otherwise try the session cluster's REST port.
      "SET 'rest.bind-port' = '0'",
      "SET 'rest.port' = '0'",
      "SET 'parallelism.default' = '1'"
    ],
    query: `SELECT \`line\`, \`size\` FROM \`${PLAN_READ_TABLE}\``
  };
});
var planFromRows = (function planFromRows(rows) {
  if (rows.length === 0) return "the plan file is empty or missing";
  const lines = rows.map((r) => typeof r[0] === "string" ? r[0] : "");
  const size = Number(rows[0][1]);
  let json = lines.join("\n");
  const bytes = Buffer.byteLength(json, "utf8");
  if (bytes + 1 === size) json += "\n";
  else if (bytes !== size) {
    if (lines.length > 1 && lines.every((l) => l === lines[0]))
      return `read ${bytes} bytes back, the file has ${size}: every line read back is \`${lines[0]}\`, as Flink 1.18's raw format reads a file (planMode: compiled needs Flink 1.19 or later)`;
    return `read ${bytes} bytes back, the file has ${size}`;
  }
  return { json, sha256: sha256(json) };
});
var readError = (function readError(call, message2) {
  return { kind: "protocol", service: "gateway", call, message: message2, causes: [] };
});
var readBack = /* @__PURE__ */ new WeakMap();
var readPlanFile = (async function readPlanFile(client, path, opts = {}) {
  const known = readBack.get(client)?.get(path);
  if (known) return ok(known);
  const read2 = await readPlanFileOnce(client, path, opts);
  if (read2.ok) {
    const files = readBack.get(client) ?? /* @__PURE__ */ new Map();
    readBack.set(client, files.set(path, read2.value));
  }
  return read2;
});
var readPlanFileOnce = (async function readPlanFileOnce(client, path, opts) {
  const opened = await client.openSession({ sessionName: "flinkops-plan-read" });
  if (!opened.ok) return opened;
  const sh = opened.value;
  try {
    const read2 = planReadStatements(path);
    for (const st of read2.setup) {
      const r2 = await client.runStatement(sh, st, { timeoutMs: opts.timeoutMs ?? 6e4 });
      if (!r2.ok) return r2;
    }
    const r = await client.runStatement(sh, read2.query, { timeoutMs: opts.timeoutMs ?? 12e4 });
    if (!r.ok) return r;
    const plan = planFromRows(r.value.rows);
    if (typeof plan === "string") {
      return { ok: false, error: readError("read compiled plan", `${path}: ${plan}`) };
    }
    return ok(plan);
  } finally {
    await client.closeSession(sh);
  }
});
// src/apply/restore-advice.ts
// src/apply/submit.ts
var CLAIM_MODE_KEYS = ["execution.savepoint-restore-mode", "execution.state-recovery.claim-mode"];
var RESTORE_KEYS = [
  "execution.savepoint.path",
  "execution.savepoint.ignore-unclaimed-state",
  "execution.state-recovery.path",
  "execution.state-recovery.ignore-unclaimed-state",
  ...CLAIM_MODE_KEYS
];
// src/apply/rollback.ts
// src/apply/savepoint.ts
var EXPIRED = /expired before completing/i;
function prefix(t) {
  return t.mode === "trigger" ? "savepoints" : "apply";
}
function targetDirectory(ctx) {
  const dir = ctx.desired.environment.savepointDir;
  return dir ? { targetDirectory: dir } : {};
}
function triggerCall(ctx, t, triggerId) {
  const opts = { triggerId, ...targetDirectory(ctx) };
  return t.mode === "trigger" ? ctx.client.triggerSavepoint(t.jobId, opts) : ctx.client.stopWithSavepoint(t.jobId, opts);
}
var MAX_RETRIGGERS = 2;
function fail2(ctx, code2, t, cause, detail2, outcome = "failed") {
  const c = mask(ctx, cause);
  return {
    ok: false,
    cause: c,
    diag: error6(code2, `savepoint of job ${t.job} (${t.jobId}) ${outcome}: ${c}`, detail2)
  };
}
async function record(ctx, t, path, triggerId) {
  const time = iso(ctx.clock);
  try {
    await writeCompleted(ctx, t, path, triggerId, time);
  } catch (e) {
    if (!(e instanceof StateStoreError)) throw e;
    const d = e.diagnostic;
    const now = t.mode === "trigger" ? `Job ${t.jobId} keeps running.` : `Job ${t.jobId} was stopped by it: nothing of ${t.job} runs now.`;
    throw new StateStoreError(
      {
        ...d,
        summary: `savepoint of job ${t.job} completed at ${path}, but ${d.summary}`,
        detail: `${now} Keep this path: once the store is writable, apply again (it looks for this savepoint while the JobManager still knows job ${t.jobId}), or restore from it with restoreFrom: ${path} in jobs/${t.job}.yaml. ${d.detail}`
      },
      e.diagnostics.length > 1 ? e.diagnostics : void 0
    );
  }
}
async function writeCompleted(ctx, t, path, triggerId, time) {
  const version = await clusterVersion(ctx.client);
  await ctx.store.update(t.job, `${prefix(t)}: savepoint of ${t.job} completed`, (d) => {
    const next = recordSavepoint(d, t.job, {
      path,
      time,
      triggerId,
      jobId: t.jobId,
      specHash: t.specHash,
      kind: t.kind,
      ...version
    });
    if (t.mode !== "trigger") return next;
    return appendHistory(clearPending(next, t.job), t.job, {
      time,
      action: "savepoint",
      jobId: t.jobId,
      savepoint: path,
      detail: t.kind
    });
  });
}
async function writePending(ctx, t, triggerId) {
  const startedAt = ctx.clock.now();
  const pending = {
    kind: t.mode === "trigger" ? "savepoint" : "stop-with-savepoint",
    triggerId,
    jobId: t.jobId,
    startedAt: new Date(startedAt).toISOString()
  };
  const what = t.mode === "trigger" ? `take a savepoint of ${t.job}` : `stop ${t.job} with a savepoint`;
  await ctx.store.update(t.job, `${prefix(t)}: ${what}`, (d) => setPending(d, t.job, pending));
  return startedAt;
}
async function lookForOutcome(ctx, jobId, startedAt) {
  const [cp, job] = await Promise.all([ctx.client.getCheckpoints(jobId), ctx.client.getJob(jobId)]);
  const state2 = job.ok ? job.value.state : void 0;
  const sp = cp.ok ? cp.value.latestSavepoint : void 0;
  const fresh = sp?.externalPath && (sp.timestamp === void 0 || sp.timestamp >= startedAt);
  return { ...fresh ? { path: sp.externalPath } : {}, ...state2 ? { state: state2 } : {} };
}
async function follow(ctx, t, triggerId, startedAt, retrigger) {
  let trigger = triggerId;
  let since = startedAt;
  for (let round = 0; ; round++) {
    const o = await awaitSavepoint(ctx.client, t.jobId, trigger, {
      ...pollOptions(ctx, t.job, `savepoint of job ${t.jobId}`, ctx.timing.savepointTimeoutMs),
      unreachableMs: ctx.timing.unreachableMs
    });
    guard(ctx.signal);
    if (o.state === "completed") {
      await record(ctx, t, o.value, trigger);
      return { ok: true, path: o.value, triggerId: trigger };
    }
    if (o.state === "timeout") {
      const last = o.lastProgress && o.lastProgress !== "IN_PROGRESS" ? `; the last check: ${o.lastProgress}` : "";
      return fail2(
        ctx,
        APPLY_CODES.savepointTimeout,
        t,
        `${describeTimeout(o)}${last}`,
        "It may still complete: it is recorded as pending in the state store, and the next apply, flinkops savepoint or savepoints run looks for its outcome before doing anything else (a completed one is recorded then). Check the JobManager log for slow or stuck checkpoints.",
        "is still in progress"
      );
    }
    if (o.state === "aborted") throw ctx.signal.reason ?? new Error("aborted");
    if (o.cause.kind === "unreachable") {
      return fail2(
        ctx,
        APPLY_CODES.savepointTimeout,
        t,
        `the JobManager has not answered for ${Math.round(o.cause.forMs / 1e3)} s (${o.cause.error.message}); savepoint ${trigger} of job ${t.jobId} may still complete`,
        `${t.mode === "trigger" ? "" : `Should the stop complete, nothing of ${t.job} runs until the next apply starts it from that savepoint. `}Check that the JobManager runs and that the environment's jobmanagerUrl reaches it. The savepoint is recorded as pending in the state store: once the JobManager answers, the next apply looks for its outcome before doing anything else, so no savepoint is lost. A JobManager restarted without high availability has lost its jobs: plan then shows them to be recovered.`,
        "is unknown"
      );
    }
    const created = o.cause.kind === "failed" ? createdSavepoint(o.cause.message, o.cause.causes) : void 0;
    if (created && t.mode !== "trigger") {
      await record(ctx, t, created, trigger);
      return { ok: true, path: created, triggerId: trigger, failedWhileStopping: true };
    }
    if (o.cause.kind === "failed") {
      await ctx.store.update(
        t.job,
        `${prefix(t)}: savepoint of ${t.job} failed`,
        (d) => appendHistory(clearPending(d, t.job), t.job, {
          time: iso(ctx.clock),
          action: "savepoint-failed",
          jobId: t.jobId,
          detail: mask(ctx, o.cause.kind === "failed" ? o.cause.message : "failed")
        })
      );
      const now = await ctx.client.getJob(t.jobId);
      const ended = now.ok && isLocallyTerminal(now.value.state) ? now.value.state : void 0;
      return fail2(
        ctx,
        APPLY_CODES.savepointFailed,
        t,
        o.cause.message,
        ended ? `Job ${t.jobId} is ${ended} now: it ended while the savepoint was pending (cancelled or stopped by hand or by another apply, or it failed), so no savepoint was recorded and nothing else was changed. Plan again: it shows how the job is started again.` : (t.mode === "trigger" ? "The job keeps running; no savepoint was recorded. " : "The job keeps running its current version; nothing else was changed. ") + (EXPIRED.test(o.cause.message) ? "The savepoint took longer than the job's execution.checkpointing.timeout (Flink's default: 10 min): raise it in the job's config (above the time a savepoint of its state takes), then run again." : `Fix the cause (see the JobManager log) and ${t.mode === "trigger" ? "run" : "apply"} again.`)
      );
    }
    const found = await lookForOutcome(ctx, t.jobId, since);
    if (found.path) {
      await record(ctx, t, found.path, trigger);
      return { ok: true, path: found.path, triggerId: trigger };
    }
    if (retrigger && found.state === "RUNNING" && round < MAX_RETRIGGERS) {
      trigger = newTriggerId();
      since = await writePending(ctx, t, trigger);
      guard(ctx.signal);
      await triggerCall(ctx, t, trigger);
      continue;
    }
    return fail2(
      ctx,
      APPLY_CODES.savepointFailed,
      t,
      `the JobManager no longer knows trigger ${trigger} and no new savepoint of job ${t.jobId} was found (job ${found.state ?? "not found"})`,
      "Check the job in the Flink UI. If it still runs, apply again; if it stopped, its last checkpoint may be restored with restoreFrom."
    );
  }
}
function createdSavepoint(message2, causes = []) {
  for (const text of [message2, ...causes]) {
    const m2 = /A savepoint has been created at: (\S+?), but the corresponding job/.exec(text);
    if (m2) return m2[1];
  }
  return void 0;
}
var RESTORING = /* @__PURE__ */ new Set(["DEPLOYING", "INITIALIZING"]);
async function awaitRestoredTasks(ctx, t) {
  const restoringIn = (j) => j.state === "RUNNING" ? j.vertices.find((v) => v.status !== void 0 && RESTORING.has(v.status)) : void 0;
  const restoring = async () => {
    const r = await ctx.client.getJob(t.jobId);
    return r.ok ? restoringIn(r.value) : void 0;
  };
  if (!(t.seen ? restoringIn(t.seen) : await restoring())) return;
  await poll(
    async () => {
      const v = await restoring();
      return v ? { state: "pending", progress: `${v.name}: ${v.status}` } : { state: "completed", value: true };
    },
    {
      ...pollOptions(
        ctx,
        t.job,
        `the tasks of job ${t.jobId} to restore their state`,
        ctx.timing.startTimeoutMs
      ),
      what: `the restore of job ${t.jobId}'s tasks`
    }
  );
  guard(ctx.signal);
}
async function stopWithSavepoint(ctx, t) {
  await awaitRestoredTasks(ctx, t);
  const triggerId = newTriggerId();
  const startedAt = await writePending(ctx, t, triggerId);
  guard(ctx.signal);
  const r = await triggerCall(ctx, t, triggerId);
  guard(ctx.signal);
  if (!r.ok && r.error.kind === "http" && (r.error.status ?? 500) < 500) {
    const what = t.mode === "trigger" ? "savepoint" : "stop";
    await ctx.store.update(t.job, `${prefix(t)}: ${what} of ${t.job} refused`, (d) => clearPending(d, t.job));
    return fail2(
      ctx,
      APPLY_CODES.savepointFailed,
      t,
      r.error.message,
      `The JobManager refused the ${what}; the job keeps running. Check the savepoint directory (savepointDir in flinkops.yaml or state.savepoints.dir on the cluster).`
    );
  }
  return follow(ctx, t, triggerId, startedAt, true);
}
function triggerSavepoint(ctx, t) {
  return stopWithSavepoint(ctx, { ...t, mode: "trigger" });
}
var resolvePendingSavepoint = (async function resolvePendingSavepoint(ctx, t, pending) {
  if (pending.kind !== "savepoint" && pending.kind !== "stop-with-savepoint") return void 0;
  const startedAt = Date.parse(pending.startedAt);
  const o = await follow(ctx, t, pending.triggerId, Number.isNaN(startedAt) ? 0 : startedAt, false);
  return o;
});
// src/apply/step-util.ts
// src/apply/step-checkpoint.ts
var startedFrom = (function startedFrom(stats) {
  return stats.latestCompleted === void 0 ? stats.latestRestored?.externalPath : void 0;
});
var RETAIN_ON_CANCEL = "execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION in the job's config (or the cluster's)";
// src/apply/step-rescale.ts
// src/apply/step-stop.ts
// src/apply/step-sync.ts
// src/apply/step-run.ts
// src/apply/run-job.ts
// src/apply/slot-order.ts
// src/apply/execute.ts
// src/apply/report.ts
// src/render/apply-report.ts
// src/render/sql-diff.ts
var diffLines2 = (function diffLines2(diff2) {
  const lines = diff2.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
});
var isHeader = (function isHeader(line) {
  return line.startsWith("+++ ") || line.startsWith("--- ") || line === "+++" || line === "---";
});
var diffStat = (function diffStat(diff2) {
  let added = 0;
  let removed = 0;
  const lines = diffLines2(diff2);
  for (const line of lines) {
    if (isHeader(line)) continue;
    if (line.startsWith("+")) added++;
    else if (line.startsWith("-")) removed++;
  }
  return { added, removed, lines: lines.length };
});
var colorDiffLines = (function colorDiffLines(diff2, s) {
  return diffLines2(diff2).map((line) => {
    if (isHeader(line)) return s.bold(line);
    if (line.startsWith("@@")) return s.cyan(line);
    if (line.startsWith("+")) return s.green(line);
    if (line.startsWith("-")) return s.red(line);
    return line;
  });
});
// src/render/markdown-escape.ts
// src/render/failure.ts
// src/render/json.ts
var ORDER = {
  plan: [
    "formatVersion",
    "project",
    "env",
    "commit",
    "offline",
    "stateVersion",
    "liveFingerprint",
    "summary",
    "versionUpgrades",
    "changes",
    "affected",
    "lineage",
    "diagnostics"
  ],
  change: [
    "job",
    "pipelineName",
    "action",
    "strategy",
    "rescaleMode",
    "reason",
    "causes",
    "liveJobId",
    "liveState",
    "restoreFrom",
    "from",
    "to",
    "renamedFrom",
    "move",
    "compatibility",
    "versionUpgrade",
    "compiledPlan",
    "refused",
    "sqlDiff"
  ],
  cause: ["kind", "path", "from", "to"],
  move: ["from", "fromVersion"],
  specRef: ["specHash", "parallelism"],
  compatibility: ["verdict", "source", "operators", "findings", "advice"],
  operator: ["name", "id", "state"],
  refused: ["code", "summary", "detail", "renamedFrom"],
  versionUpgrade: ["from", "to", "move", "compiled", "script"],
  versionUpgradeJob: ["job", "verdict", "refused"],
  affected: ["kind", "name", "jobs"],
  lineage: ["nodes", "edges"],
  node: ["id", "kind", "label", "changed"],
  edge: ["from", "to"],
  diagnostic: ["code", "severity", "summary", "detail", "range"],
  range: ["file", "start", "end"],
  pos: ["line", "column"]
};
function ordered(value, keys2, children = {}) {
  const src = value;
  const out = {};
  const rest = Object.keys(src).filter((k) => !keys2.includes(k)).sort(compareText);
  for (const k of [...keys2, ...rest]) {
    const v = src[k];
    if (v === void 0) continue;
    const child2 = children[k];
    out[k] = child2 ? child2(v) : v;
  }
  return out;
}
var pos = ((v) => ordered(v, ORDER.pos));
var range2 = ((v) => ordered(v, ORDER.range, { start: pos, end: pos }));
var diagnostic = ((v) => ordered(v, ORDER.diagnostic, { range: range2 }));
function change(v) {
  return ordered(v, ORDER.change, {
    causes: (cs) => cs.map((c) => ordered(c, ORDER.cause)),
    from: (x) => ordered(x, ORDER.specRef),
    to: (x) => ordered(x, ORDER.specRef),
    renamedFrom: (x) => ordered(x, ["job", "pipelineName"]),
    move: (x) => ordered(x, ORDER.move),
    compatibility: (x) => ordered(x, ORDER.compatibility, {
      operators: (os) => os.map((o) => ordered(o, ORDER.operator))
    }),
    refused: (x) => ordered(x, ORDER.refused)
  });
}
var renderPlanJson = (function renderPlanJson(plan) {
  const doc = ordered(plan, ORDER.plan, {
    summary: (s) => ordered(s, ACTION_KINDS),
    versionUpgrades: (vs) => vs.map(
      (v) => ordered(v, ORDER.versionUpgrade, {
        compiled: (js) => js.map((j) => ordered(j, ORDER.versionUpgradeJob)),
        script: (js) => js.map((j) => ordered(j, ORDER.versionUpgradeJob))
      })
    ),
    changes: (cs) => [...cs].sort((a, b) => compareText(a.job, b.job)).map(change),
    affected: (as) => [...as].sort((a, b) => compareText(a.kind, b.kind) || compareText(a.name, b.name)).map((a) => ordered(a, ORDER.affected, { jobs: (js) => [...js].sort(compareText) })),
    lineage: (l) => ordered(l, ORDER.lineage, {
      nodes: (ns) => [...ns].sort((a, b) => compareText(a.id, b.id)).map((n) => ordered(n, ORDER.node)),
      edges: (es) => [...es].sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to)).map((e) => ordered(e, ORDER.edge))
    }),
    diagnostics: (ds) => ds.map(diagnostic)
  });
  return `${JSON.stringify(doc, null, 2)}
`;
});
// src/render/lineage.ts
// src/render/compiled-plan.ts
var MAX_NAMED = 5;
var named = (function named(kind, labels) {
  const shown = labels.slice(0, MAX_NAMED).map((l) => `${kind} ${l}`);
  return labels.length > MAX_NAMED ? [...shown, `${kind} \u2026 and ${labels.length - MAX_NAMED} more`] : shown;
});
var compiledPlanLines = (function compiledPlanLines(c) {
  const p = c.compiledPlan;
  if (!p) return [];
  const out = [`${p.path} (sha256 ${p.sha256.slice(0, 12)})`];
  const d = p.execNodes;
  if (d) {
    out.push(
      `ExecNodes: +${d.added.length} added, -${d.removed.length} removed, ~${d.changed.length} changed, ${d.unchanged} unchanged`,
      ...named("+", d.added),
      ...named("-", d.removed),
      ...named("~", d.changed)
    );
  }
  return out;
});
var versionUpgradeLines = (function versionUpgradeLines(c) {
  const v = c.versionUpgrade;
  if (!v) return void 0;
  return { head: `Flink ${v.from} \u2192 ${v.to}: state ${v.verdict}`, findings: v.findings, advice: v.advice };
});
var moveLine = (function moveLine(c) {
  const m2 = c.move;
  if (!m2) return void 0;
  return `${m2.from}${m2.fromVersion ? ` (Flink ${m2.fromVersion})` : ""}: stopped there, started on this environment's cluster`;
});
var upgradeEntry = (function upgradeEntry(e, to, name) {
  if (!e.refused) {
    const accepted = e.verdict === "unknown" ? e.pinned ? ", from the savepoint restoreFrom pins" : ", accepted with --allow-version-upgrade" : e.verdict === "drops-state" ? ", allowNonRestoredState" : "";
    return `${name(e.job)} (${e.verdict}${accepted})`;
  }
  const why = e.refused === "FO640" ? `Flink ${to} refuses its plan` : e.refused === "FO641" && e.verdict === "unknown" ? "needs allowNonRestoredState or --allow-version-upgrade" : e.refused === "FO641" && e.verdict === "drops-state" ? "needs allowNonRestoredState" : e.refused === "FO665" ? `Flink ${to} cannot restore a newer release's savepoint; needs restoreFrom` : e.refused;
  return `${name(e.job)} (${e.verdict}, refused: ${why})`;
});
var upgradeLine = (function upgradeLine(s, name) {
  const n = s.compiled.length + s.script.length;
  const what = s.move ? `${n} job${n === 1 ? " moves" : "s move"}` : `${n} job${n === 1 ? "" : "s"} restart${n === 1 ? "s" : ""} on Flink ${s.to}`;
  const list = (jobs) => jobs.length > 0 ? jobs.map((e) => upgradeEntry(e, s.to, name)).join(", ") : "none";
  return `Version upgrade Flink ${s.from} \u2192 ${s.to}: ${what}; compiled: ${list(s.compiled)}; script mode: ${list(s.script)}.`;
});
var versionUpgradeSummaryLines = (function versionUpgradeSummaryLines(plan, name = (j) => j) {
  return (plan.versionUpgrades ?? []).map((s) => upgradeLine(s, name));
});
// src/render/diagnostic-list.ts
var mergeDiagnostics = (function mergeDiagnostics(...lists) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const list of lists) {
    for (const d of list) {
      const key = canonicalJson(d);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return sortDiagnostics3(out);
});
// src/render/markdown-job.ts
var verdictSource = (function verdictSource(compat, fromPlans = false) {
  return compat.source === "flink" ? fromPlans ? " (from the compiled plans)" : " (from Flink's stream graphs)" : compat.source === "estimate" && compat.verdict !== "compatible" ? judgedWithoutOldScript(compat) ? " (estimate: the running job\u2019s script is not known, so Flink cannot compare it)" : " (estimate: no stream graphs from Flink)" : "";
});
var isStateless = (function isStateless(c) {
  return c.action === "upgrade" && c.strategy === "stateless";
});
// src/render/markdown.ts
// src/render/openmetrics.ts
// src/render/savepoints.ts
var formatBytes = (function formatBytes(n) {
  if (n === void 0) return "-";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} B` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
});
var renderSavepointList = (function renderSavepointList(job, entries, opts = {}, started = []) {
  const s = makeStyle(opts.color ?? false);
  const from = started.map((p) => {
    const what = restorePointKind(p.path);
    const facts = [
      p.pinned ? "pinned with restoreFrom" : "",
      p.recorded ? "" : `not one of ${job}'s recorded savepoints: retention never disposes of it`
    ].filter(Boolean);
    return `${p.version === "running" ? "Running" : p.version === "last stable" ? "Last stable" : "Last deployed"} job ${p.jobId} (deployed ${p.deployedAt}) was started from ${what} ${replaceControls(p.path, () => "\uFFFD")}${facts.length ? ` (${facts.join("; ")})` : ""}.`;
  });
  const none = opts.batch ? ": a batch job, of which Flink takes no savepoints" : "";
  if (entries.length === 0) return `${[...from, `No savepoints recorded for ${job}${none}.`].join("\n")}
`;
  const header = ["TIME", "AGE", "KIND", "SPEC", "FLINK", "SIZE", "STATUS", "PATH"];
  const rows = entries.map((e) => [
    e.time,
    formatAge(e.ageMs),
    e.kind,
    `${e.specHash.slice(0, 12)}${e.adopted ? " (adopted)" : e.matchesCurrentSpec ? " (current)" : ""}`,
    e.flinkVersion ?? "-",
    formatBytes(e.sizeBytes),
    e.disposed ? "disposed" : e.unreadableOn ? `not on ${e.unreadableOn}` : e.protected ? "kept" : "restorable",
    replaceControls(e.path, () => "\uFFFD")
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const out = [...from, ...from.length ? [""] : [], s.bold(line(header))];
  entries.forEach((e, i) => {
    const text = line(rows[i]);
    out.push(e.disposed ? s.dim(text) : text);
  });
  const notes = entries.filter((e) => e.protected && !e.disposed);
  if (notes.length) {
    out.push("", "Never disposed by retention:");
    for (const e of notes) out.push(`  ${replaceControls(e.path, () => "\uFFFD")}: ${e.protected}`);
  }
  const restorable = entries.filter((e) => !e.disposed);
  const unreadable = restorable.filter((e) => e.unreadableOn);
  const on = unreadable[0]?.unreadableOn;
  if (on)
    out.push(
      "",
      `Flink ${on} (this cluster) cannot restore ${unreadable.length === 1 ? "the savepoint" : `the ${unreadable.length} savepoints`} a newer major release wrote (${[...new Set(unreadable.map((e) => e.flinkVersion))].join(", ")}): a resume or recovery here passes over ${unreadable.length === 1 ? "it" : "them"}; a cluster of that release restores ${unreadable.length === 1 ? "it" : "them"}.`
    );
  out.push(
    "",
    `${entries.length} savepoint${entries.length === 1 ? "" : "s"} of ${job}: ${restorable.length} restorable${on ? ` (${unreadable.length} not on Flink ${on})` : ""}, ${entries.length - restorable.length} disposed.`
  );
  return `${out.join("\n")}
`;
});
// src/render/terminal.ts
var LABEL_WIDTH = 13;
var BODY_INDENT = "      ";
var targetNote = (function targetNote(t, s) {
  const parts = [
    ...t.jobs ? [`jobs ${t.jobs.map((j) => clean(j)).join(", ")}`] : [],
    ...t.causes ? [`changes caused by ${t.causes.join(", ")}`] : []
  ];
  const lines = [s.yellow(`Targeted plan: only ${parts.join(" and ")}.`)];
  if (t.omitted.length > 0)
    lines.push(
      s.yellow(
        `Left out: ${t.omitted.map((o) => `${clean(o.job)} (${o.action})`).join(", ")}. Plan without a target to see everything.`
      )
    );
  return lines;
});
var renderPlanTerminal = (function renderPlanTerminal(plan, opts) {
  const s = makeStyle(opts.color);
  const out = [];
  const commit = plan.commit ? `, commit ${clean(plan.commit)}` : "";
  out.push(s.bold(`flinkops plan: project ${clean(plan.project)}, environment ${clean(plan.env)}${commit}`));
  const cluster = clusterLine(plan, clean);
  if (cluster) out.push(s.yellow(cluster));
  out.push("");
  if (plan.offline) {
    out.push(
      s.yellow(
        "Planned offline: the cluster was not consulted, so live state, drift and failed jobs are not shown."
      )
    );
    out.push("");
  }
  if (plan.target) out.push(...targetNote(plan.target, s), "");
  const changes = visibleChanges(plan);
  if (changes.length > 0) {
    out.push("Actions are shown with these symbols:");
    for (const kind of actionsPresent(plan)) {
      const look = actionLook(kind);
      out.push(`  ${s[look.color](look.symbol)} ${kind}`);
    }
    out.push("");
    out.push("flinkops will perform the following actions:");
    out.push("");
    for (const change2 of changes) {
      out.push(...jobBlock(change2, s, opts.verbose ?? false));
      out.push("");
    }
  }
  const heldBack = plan.changes.filter((c) => c.action === "none" && c.causes.length > 0).sort((a, b) => compareText(a.job, b.job));
  if (heldBack.length > 0) {
    out.push("No action:");
    for (const c of heldBack) out.push(`  ${s.bold(clean(c.job))}: ${clean(c.reason)}`);
    out.push("");
  }
  if (opts.verbose) {
    const unchanged = plan.changes.filter((c) => c.action === "none").map((c) => clean(c.job));
    if (unchanged.length > 0) {
      out.push(s.dim(`Unchanged: ${unchanged.sort(compareText).join(", ")}`));
      out.push("");
    }
  }
  const affected = plan.affected.filter((a) => a.jobs.length > 0);
  if (affected.length > 0) {
    out.push("Changed tables and UDFs:");
    for (const a of affected) {
      out.push(`  ${a.kind} ${s.bold(clean(a.name))} \u2192 ${a.jobs.map((j) => clean(j)).join(", ")}`);
    }
    out.push("");
  }
  const shownInBlocks = new Set(
    changes.flatMap((c) => c.refused ? [`${c.refused.code}\0${c.refused.summary}`] : [])
  );
  const all = mergeDiagnostics(plan.diagnostics, opts.diagnostics ?? []);
  const diags = all.filter((d) => d.range || !shownInBlocks.has(`${d.code}\0${d.summary}`));
  if (diags.length > 0) {
    const inBlocks = all.length - diags.length;
    out.push(
      `Diagnostics (${summarizeDiagnostics(all)}${inBlocks > 0 ? `; ${inBlocks} shown at ${inBlocks === 1 ? "its job" : "their jobs"} above` : ""}):`
    );
    out.push(
      renderDiagnostics(diags.map(cleanDiagnostic), {
        color: opts.color,
        sources: opts.sources,
        consolidate: !opts.verbose
      }).trimEnd()
    );
    out.push("");
  }
  for (const line of versionUpgradeSummaryLines(plan, (j) => clean(j))) out.push(s.bold(line));
  out.push(s.bold(summaryLine(plan)));
  const refused2 = refusedLine(plan, (j) => clean(j));
  if (refused2) out.push(s.red(refused2));
  return `${out.join("\n")}
`;
});
var jobBlock = (function jobBlock(c, s, verbose) {
  const look = actionLook(c.action);
  const paint = s[look.color];
  const how = changeMode(c);
  const mode = how ? ` (${how})` : "";
  const refusedTag = c.refused ? ` ${s.red("[refused]")}` : "";
  const renamed = c.renamedFrom ? ` (renamed from ${clean(c.renamedFrom.job)})` : c.refused?.renamedFrom !== void 0 ? ` (movedFrom: ${clean(c.refused.renamedFrom)})` : "";
  const lines = [
    `  ${paint(look.symbol)} ${s.bold(clean(c.job))}${renamed} ${look.future}${mode}${refusedTag}`
  ];
  const field = (label3, values) => {
    values.forEach((v, i) => {
      lines.push(`${BODY_INDENT}${(i === 0 ? label3 : "").padEnd(LABEL_WIDTH)}${v}`);
    });
  };
  field("reason", [clean(c.reason)]);
  if (c.causes.length > 0) field("causes", c.causes.map(formatCause2));
  const par = parallelism2(c);
  if (par) field("parallelism", [par]);
  if (verbose && (c.from?.specHash || c.to?.specHash)) {
    const from = c.from?.specHash;
    const to = c.to?.specHash;
    field("spec hash", [
      from === to ? `${clean(to ?? "")} (unchanged)` : `${clean(from ?? "(none)")} \u2192 ${clean(to ?? "(none)")}`
    ]);
  }
  if (c.liveJobId || c.liveState) {
    field("live job", [
      [c.liveJobId, c.liveState && `(${c.liveState})`].filter(Boolean).map((x) => clean(String(x))).join(" ")
    ]);
  }
  if (c.restoreFrom) field("restore", [clean(c.restoreFrom)]);
  if (c.renamedFrom)
    field("renamed", [
      `from ${clean(c.renamedFrom.job)} (${clean(c.renamedFrom.pipelineName)}): its state store record and savepoints move to ${clean(c.job)}; once every environment has applied it, movedFrom can be removed`
    ]);
  const moved = moveLine(c);
  if (moved) field("moves from", [clean(moved)]);
  if (c.compatibility)
    field("state", compatLines2(c.compatibility, s, isStateless(c), c.compiledPlan !== void 0));
  const version = versionUpgradeLines(c);
  if (version) {
    const v = c.versionUpgrade.verdict;
    const paint2 = v === "compatible" ? s.green : v === "unknown" ? s.yellow : s.red;
    field("version", [
      paint2(clean(version.head)),
      ...version.findings.map((f) => `  \u2022 ${clean(f)}`),
      ...version.advice.map((a) => `  ${s.cyan("\u2192")} ${clean(a)}`)
    ]);
  }
  const planLines = compiledPlanLines(c);
  if (planLines.length > 0)
    field(
      "plan",
      planLines.map((l) => clean(l))
    );
  if (c.sqlDiff) {
    if (verbose) {
      lines.push(`${BODY_INDENT}sql diff`);
      for (const l of colorDiffLines(clean(c.sqlDiff, true), s)) lines.push(`${BODY_INDENT}  ${l}`);
    } else {
      const stat3 = diffStat(c.sqlDiff);
      field("sql diff", [
        `${s.green(`+${stat3.added}`)} ${s.red(`-${stat3.removed}`)} lines (--verbose shows the diff)`
      ]);
    }
  }
  if (c.refused) {
    const detail2 = clean(c.refused.detail, true).split("\n").filter((l) => l.trim());
    field("refused", [`${s.red(clean(c.refused.code))} ${clean(c.refused.summary)}`, ...detail2]);
  }
  return lines;
});
var compatLines2 = (function compatLines2(compat, s, stateless, fromPlans) {
  const verdict = stateless ? s.yellow("starts without state (upgradeMode: stateless)") : compat.verdict === "compatible" ? s.green("compatible") : compat.verdict === "incompatible" ? s.red(`incompatible: ${restoreOutcome(compat)}`) : compat.verdict === "drops-state" ? s.red("drops state") : s.yellow("compatibility unknown");
  return [
    `${verdict}${verdictSource(compat, fromPlans)}`,
    ...compat.findings.map((f) => `  \u2022 ${clean(f)}`),
    ...compat.advice.map((a) => `  ${s.cyan("\u2192")} ${clean(a)}`)
  ];
});
var restoreOutcome = (function restoreOutcome(compat) {
  return compat.restore === "read-wrong" ? "Flink restores the state and reads it wrong" : compat.restore === "fails-or-read-wrong" ? "the restore will fail, or read the state wrong" : "the restore will fail";
});
var parallelism2 = (function parallelism2(c) {
  const from = c.from?.parallelism;
  const to = c.to?.parallelism;
  if (from !== void 0 && to !== void 0) return from === to ? String(to) : `${from} \u2192 ${to}`;
  if (to !== void 0) return String(to);
  if (from !== void 0) return String(from);
  return void 0;
});
var formatCause2 = (function formatCause2(c) {
  const change2 = causeIsNote(c) ? `: ${clean(c.to)}` : c.from !== void 0 || c.to !== void 0 ? `: ${clean(c.from ?? "(none)")} \u2192 ${clean(c.to ?? "(none)")}` : "";
  return `${c.kind} ${clean(c.path)}${change2}`;
});
var clean = (function clean(text, multiline = false) {
  const t = multiline ? text.replace(/\r\n?/g, "\n") : text.replace(/\r\n|\r|\n/g, " ");
  return replaceControls(t, hexControl);
});
var cleanDiagnostic = (function cleanDiagnostic(d) {
  return { ...d, summary: clean(d.summary), detail: clean(d.detail, true) };
});

import {
  sameEndpoint,
  shownUrl as shownUrl3
} from "./chunk-PG4X7Q6A.mjs";
import {
  analyzeScript as analyzeScript3,
  normalizeSqlNames
} from "./chunk-2KEB7JXC.mjs";
import {
  PROJECT_FILE as PROJECT_FILE2,
  parseYaml as parseYaml2,
  readTextFile as readTextFile2,
  valueAt
} from "./chunk-DPJDA3R2.mjs";
import {
  isOp as isOp2,
  isWord as isWord2,
  lex as lex2
} from "./chunk-BYIOOC32.mjs";
import {
  fingerprint as fingerprint3,
  nodeCrypto as nodeCrypto2
} from "./chunk-QDFCQ7OG.mjs";
import {
  majorMinor as majorMinor2,
  releaseAtLeast as releaseAtLeast2
} from "./chunk-2J7UGB3X.mjs";
import {
  LineIndex as LineIndex4,
  escapeRegExp as escapeRegExp3
} from "./chunk-MHE3XHPS.mjs";
import {
  parseDurationMs as parseDurationMs2
} from "./chunk-H5WAOW7W.mjs";
import {
  LABEL_KEYS as LABEL_KEYS2
} from "./chunk-EKKRR5UX.mjs";
import {
  dirname as dirname2,
  join as join3
} from "./chunk-KBTCQ2CM.mjs";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync as readFileSync2,
  readdirSync as readdirSync2,
  writeFileSync
} from "./chunk-NPMD6JOW.mjs";
import {
  fileURLToPath as fileURLToPath2,
  init_node_url as init_node_url2
} from "./chunk-2W6PPHYK.mjs";
import {
  error as error7,
  hasErrors as hasErrors3,
  positionIn as positionIn3,
  sortDiagnostics as sortDiagnostics4,
  warning as warning2
} from "./chunk-FYVUM4PK.mjs";
var require3 = __flinkopsCreateRequire(import.meta.url);
// src/observe/health.ts
// src/observe/metrics.ts
// src/engine/compile-off-thread.ts
var COMPILE_WORKER_FROM_JOBS = 500;
var compileOffThread = (function compileOffThread(dir, options) {
  const entry = new URL("./compile-worker.mjs", import.meta.url);
  if (entry.protocol !== "file:" || !existsSync(entry)) return void 0;
  if (jobFiles(dir) < COMPILE_WORKER_FROM_JOBS) return void 0;
  if (process.getBuiltinModule("node:os").availableParallelism() < 2) return void 0;
  const v8 = process.getBuiltinModule("node:v8");
  lessEagerOptimising(v8);
  v8.setFlagsFromString(`--initial-old-space-size=${WORKER_INITIAL_OLD_SPACE_MB}`);
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
var lessEagerOptimising = (function lessEagerOptimising(v8) {
  v8.setFlagsFromString("--efficiency-mode");
});
var WORKER_INITIAL_OLD_SPACE_MB = 256;
var jobFiles = (function jobFiles(dir) {
  try {
    return readdirSync2(join3(dir, "jobs")).filter((f) => f.endsWith(".sql")).length;
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
  staleCopy: "FO644",
  /** Error: a job in planMode: compiled on a release before 1.19 (the cluster's, else flinkVersion). */
  tooOld: "FO670"
};
var FIRST_COMPILED_RELEASE = "1.19";
var committedPlanFile = (function committedPlanFile(env, job) {
  return `plans/${env}/${job}.json`;
});
var syncCommittedPlans = (function syncCommittedPlans(dir, desired, write) {
  const diags = [];
  for (const job of desired.jobs) {
    if (!job.compiledPlan) continue;
    const file = committedPlanFile(desired.env, job.name);
    const path = join3(dir, file);
    const text = existsSync(path) ? readFileSync2(path, "utf8") : void 0;
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
var SUBMITS = /* @__PURE__ */ new Set(["insert", "statement_set", "execute"]);
var untemplate = (function untemplate(text) {
  return text.replaceAll("$${", "${");
});
var compileSteps = (function compileSteps(statements, store = perSessionStore()) {
  const lasting = new Set(lastingStatements(statements, false, store));
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
    else if (!lasting.has(st) && !READ_ONLY.has(st.kind) && !SET_MARKERS.has(st.kind)) setup.push(st.text);
  }
  return { setup: setup.map(untemplate), ...submit ? { submit: untemplate(submit) } : {} };
});
var compileOne = (async function compileOne(client, job, path) {
  const steps = compileSteps(job.statements);
  if (!steps.submit)
    return { ok: false, refused: true, message: "the script has no INSERT or statement set" };
  const opened = await client.openSession({ sessionName: `flinkops-compile-${job.name}` });
  if (!opened.ok) return { ok: false, refused: false, message: flinkReason(opened.error) };
  const sh = opened.value;
  try {
    if (compileSteps(job.statements, LASTING_STORE).setup.length < steps.setup.length) {
      const config = await client.getSessionConfig(sh);
      if (!config.ok) return { ok: false, refused: false, message: flinkReason(config.error) };
      const kept = lastingStatement(job.statements, false, catalogStoreOf(config.value));
      if (kept)
        return {
          ok: false,
          refused: true,
          message: `its ${kept.kind.replaceAll("_", " ")} statement would outlive the session the plan is compiled in: this SQL Gateway's catalog store keeps the catalogs its sessions create (table.catalog-store.kind is not generic_in_memory). Write CREATE TEMPORARY ... for what only the job needs, and register a catalog in that store once instead of creating it in the job.`
        };
    }
    for (const text of [...steps.setup, compilePlanStatement(path, steps.submit)]) {
      const r = await client.runStatement(sh, text, { timeoutMs: 18e4 });
      if (!r.ok) return { ok: false, refused: r.error.kind === "statement", message: flinkReason(r.error) };
    }
  } finally {
    await client.closeSession(sh);
  }
  const read2 = await readPlanFile(client, path);
  if (!read2.ok)
    return { ok: false, refused: false, message: `reading ${path} back: ${flinkReason(read2.error)}` };
  return { ok: true, ...read2.value };
});
var planKey = (function planKey(statements) {
  const kept = statements.filter(
    (st) => st.kind !== "set" || st.set?.key === void 0 || st.set.key.startsWith("table.")
  );
  const steps = compileSteps(kept);
  return fingerprint3({ setup: steps.setup, submit: steps.submit ?? "" });
});
var planMeaning = (function planMeaning(statements) {
  const kept = statements.filter(
    (st) => st.kind !== "set" || st.set?.key === void 0 || st.set.key.startsWith("table.")
  );
  const steps = compileSteps(kept);
  return fingerprint3({
    setup: steps.setup.map(normalizeSqlNames),
    submit: normalizeSqlNames(steps.submit ?? "")
  });
});
var sameMeaningPlan = (function sameMeaningPlan(current, statements, path) {
  if (!current?.plan || current.plan.path === path || current.script === void 0) return void 0;
  const before = analyzeScript3(current.script, "current.sql", {
    ...current.flinkVersion ? { flinkVersion: current.flinkVersion } : {}
  });
  if (before.diags.some((d) => d.severity === "error")) return void 0;
  return planMeaning(before.statements) === planMeaning(statements) ? current.plan.path : void 0;
});
var compiledSpecHash = (function compiledSpecHash(scriptHash, planSha256) {
  return fingerprint3({ script: scriptHash, plan: planSha256 });
});
var compileJobPlans = (async function compileJobPlans(client, desired, doc, opts = {}) {
  const out = { planErrors: {}, diags: [] };
  const jobs = desired.jobs.filter((j) => j.settings.planMode === "compiled");
  if (jobs.length === 0) return out;
  const planDir = desired.environment.planDir;
  if (!planDir) {
    for (const j of jobs) {
      out.diags.push(
        error7(
          COMPILE_PLAN_CODES.noPlanDir,
          `job ${j.name} has planMode: compiled, but environment ${desired.env} names no planDir`,
          `Set environments.${desired.env}.planDir in flinkops.yaml to a directory every SQL Gateway of the environment can read and write (s3://\u2026, hdfs://\u2026, or file:// on a shared mount), or set planMode: script.`,
          { file: j.yamlFile ?? j.sqlFile, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
        )
      );
    }
    return out;
  }
  const live2 = majorMinor2(opts.liveVersion);
  const release = live2 ?? desired.flinkVersion;
  if (!releaseAtLeast2(release, FIRST_COMPILED_RELEASE)) {
    const whose = live2 ? `the cluster runs Flink ${opts.liveVersion}` : `flinkVersion is ${release}`;
    for (const j of jobs)
      out.diags.push(
        error7(
          COMPILE_PLAN_CODES.tooOld,
          `job ${j.name} has planMode: compiled, which needs Flink ${FIRST_COMPILED_RELEASE} or later: ${whose}`,
          `Flink ${release}'s SQL Gateway cannot read a compiled plan back, so apply could never start the job from one. Set planMode: script for this environment (environments.${desired.env}.jobs.${j.name}.planMode, or defaults), or upgrade the cluster to ${FIRST_COMPILED_RELEASE} or later.`,
          { file: j.yamlFile ?? j.sqlFile, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
        )
      );
    return out;
  }
  const uncompiled = [];
  await mapPool(jobs, opts.concurrency ?? 4, async (job) => {
    const key = job.restartHash;
    const current = doc.jobs[job.name]?.current;
    const named2 = planFileUri(planDir, desired.project, desired.env, job.name, planKey(job.statements));
    const path = sameMeaningPlan(current, job.statements, named2) ?? named2;
    const known = current?.plan?.path === path ? current.plan : void 0;
    if (known && (!client || !live2 || current?.flinkVersion === live2)) {
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
// src/engine/default-backend.ts
var FLINK_DEFAULT_BACKEND = "hashmap";
var needsDefaultBackend = (function needsDefaultBackend(jobs, live2, doc) {
  if (!live2.observed) return false;
  const runsKnown = new Set(
    live2.jobs.filter((l) => !isTerminal(l.state) && l.stateBackend !== void 0).map((l) => l.job)
  );
  return jobs.some(
    (j) => configuredBackend(j.settings.config) === void 0 && (runsKnown.has(j.name) || configuredBackend(doc?.jobs[j.name]?.current?.settings?.config) !== void 0)
  );
});
var readDefaultBackend = (async function readDefaultBackend(client) {
  const r = await client.getJobManagerConfig?.();
  if (!r?.ok) return void 0;
  return configuredBackend(r.value) ?? FLINK_DEFAULT_BACKEND;
});
var withDefaultBackend = (async function withDefaultBackend(client, jobs, live2, doc) {
  if (live2.defaultStateBackend !== void 0 || !needsDefaultBackend(jobs, live2, doc)) return live2;
  const backend = await readDefaultBackend(client);
  return backend === void 0 ? live2 : { ...live2, defaultStateBackend: backend };
});
// src/engine/jar-checksums.ts
init_node_url2();
var fileSha256 = (function fileSha256(path) {
  return new Promise((resolve6) => {
    const hash = nodeCrypto2().createHash("sha256");
    createReadStream(path).on("error", () => resolve6(void 0)).on("data", (chunk) => hash.update(chunk)).on("end", () => resolve6(hash.digest("hex")));
  });
});
var localPath = (function localPath(jar) {
  if (!/^file:/i.test(jar)) return void 0;
  try {
    return fileURLToPath2(jar);
  } catch {
    return void 0;
  }
});
var jarChecksumProblems = (async function jarChecksumProblems(udfs) {
  const sums = /* @__PURE__ */ new Map();
  const out = [];
  for (const u of udfs) {
    const path = u.sha256 && u.jar ? localPath(u.jar) : void 0;
    if (!path) continue;
    if (!sums.has(path)) sums.set(path, fileSha256(path));
    const actual = await sums.get(path);
    if (actual === void 0 || actual === u.sha256) continue;
    out.push(
      error7(
        "FO404",
        `The jar of UDF artifact ${u.name} does not have the sha256 the repository names: ${u.jar} has ${actual}, not ${u.sha256}`,
        "Flink loads a jar without checking it: the jobs calling its functions would restart on other bytes than the ones reviewed. Publish the jar the checksum is of, or write its checksum (sha256sum of the jar).",
        u.sha256At ?? { file: u.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
      )
    );
  }
  return out;
});
// src/engine/spent-pins.ts
var keepSpentPins = (function keepSpentPins(desired, doc) {
  const kept = [];
  for (const job of desired.jobs) {
    if (job.settings.restoreFrom !== void 0) continue;
    const current = doc.jobs[job.name]?.current;
    const pin = current?.settings?.restoreFrom;
    if (typeof pin !== "string" || current?.script !== job.script) continue;
    const settings = { ...job.settings, restoreFrom: pin };
    const hash = restartHash(job.script, settings, jarChecksums(job, desired));
    const deployed = current.plan ? compiledSpecHash(hash, current.plan.sha256) : hash;
    if (deployed !== current.specHash) continue;
    job.settings = settings;
    job.restartHash = hash;
    kept.push(job.name);
  }
  return kept;
});
var jarChecksums = (function jarChecksums(job, desired) {
  return specChecksums(
    job.udfs,
    (name) => desired.udfs.find((u) => u.name === name)?.sha256,
    job.pythonFiles,
    job.scriptJars
  );
});
// src/engine/kept-hashes.ts
var KEPT_HASH_CODE = "FO664";
var KEPT_SCRIPT_JARS_CODE = "FO460";
var keepDeployedHashes = (function keepDeployedHashes(desired, doc) {
  const diags = [];
  for (const job of desired.jobs) {
    const current = doc.jobs[job.name]?.current;
    if (!current || current.specHash === job.restartHash) continue;
    const deployedAs = (hash) => hash === void 0 ? void 0 : current.plan ? compiledSpecHash(hash, current.plan.sha256) : hash;
    const checksums = jarChecksums(job, desired);
    const before = restartHashAsBefore(job.script, job.settings, checksums);
    if (before !== void 0 && deployedAs(before) === current.specHash) {
      diags.push({
        code: KEPT_HASH_CODE,
        severity: "info",
        summary: `Job ${job.name} keeps spec hash ${current.specHash.slice(0, 12)}: nothing in it changed`,
        detail: `The flinkops that deployed it read a call of a function Flink added later (STARTSWITH, PARSE_JSON, \u2026) as written; this one reads it as the built-in's name and hashes the same script to ${job.restartHash.slice(0, 12)}. The job runs the repository\u2019s script, settings and jars, so it is not restarted; its next deployment records the new hash.`
      });
      job.restartHash = before;
      continue;
    }
    const kept = withoutScriptJars(job, checksums, deployedAs, current.specHash);
    if (kept === void 0) continue;
    diags.push({
      code: KEPT_SCRIPT_JARS_CODE,
      severity: "info",
      summary: `Job ${job.name} keeps spec hash ${current.specHash.slice(0, 12)}: deployed before the jars its script loads counted`,
      detail: `The flinkops that deployed it did not count the sha256 of the jars its own script loads (${Object.keys(job.scriptJars).join(", ")}); this one does, and hashes the same script and settings to ${job.restartHash.slice(0, 12)}. The store cannot say which build the job loaded, so it is not restarted for that alone; its next deployment records the jars. If a jar was rebuilt since the job was deployed, \`apply --replace ${job.name}\` restarts it with the build on disk now.`
    });
    job.restartHash = kept;
  }
  return diags;
});
var withoutScriptJars = (function withoutScriptJars(job, checksums, deployedAs, deployed) {
  if (!job.scriptJars) return void 0;
  const rest = Object.fromEntries(Object.entries(checksums).filter(([k]) => !k.startsWith("jar:")));
  for (const hash of [
    restartHash(job.script, job.settings, rest),
    restartHashAsBefore(job.script, job.settings, rest)
  ])
    if (hash !== void 0 && deployedAs(hash) === deployed) return hash;
  return void 0;
});
// src/engine/explain-session.ts
var EXPLAIN_CODES = {
  /** Error: the cluster's planner rejects a statement of a job the plan would start. */
  rejected: "FO630",
  /** Warning: the changed jobs could not be validated against the cluster's planner. */
  notValidated: "FO631",
  /** Info: a job's script creates objects that outlive a session, so it is not run for a plan. */
  skipped: "FO632",
  /** Warning: the planner refused a value plan holds back, a `${secret.X}` placeholder. */
  placeholder: "FO637"
};
var ONLY_SUCCESS = { maxRows: 0, closeOperation: false };
var setUp = (async function setUp(client, sh, text, opts) {
  if (!(await client.capabilities()).supportsConfigureSession)
    return client.runStatement(sh, text, { timeoutMs: opts.timeoutMs ?? 12e4, ...ONLY_SUCCESS });
  return client.configureSession(sh, text);
});
function notRunBecause(lasting, absent = false) {
  if (absent) return `the script creates ${createdName(lasting)}, which does not exist yet`;
  return lasting.kind === "create_table_as" ? "the script has a CREATE TABLE ... AS statement, which Flink before 2.0 cannot EXPLAIN (running it would start the job)" : `the script has a ${lasting.kind.replaceAll("_", " ")} statement, which outlives a session`;
}
function createdName(st) {
  return (st.table ?? st.view ?? st.database)?.name.parts.join(".") ?? st.kind.replaceAll("_", " ");
}
var explainText = (function explainText(st) {
  if (/^EXECUTE\b/i.test(st.text)) return { text: `EXPLAIN${st.text.slice("EXECUTE".length)}`, shift: 0 };
  return { text: `EXPLAIN ${st.text}`, shift: "EXPLAIN ".length };
});
var lookUp = (function lookUp(client, sh, st, opts) {
  return client.runStatement(sh, untemplate2(existenceCheck(st)), {
    timeoutMs: opts.timeoutMs ?? 12e4,
    ...ONLY_SUCCESS
  });
});
var untemplate2 = (function untemplate2(text) {
  return text.replaceAll("$${", "${");
});
var lastingIn = (async function lastingIn(client, sh, statements, ctas) {
  const config = await client.getSessionConfig(sh);
  return config.ok ? { ok: true, value: lastingUnder(statements, ctas, catalogStoreOf(config.value)) } : config;
});
// src/engine/explain-skipped.ts
function lastingAdvice(st) {
  if (st.kind === "create_catalog")
    return "This SQL Gateway's catalog store keeps the catalogs its sessions create (table.catalog-store.kind is not generic_in_memory), and Flink has no temporary catalog: to have plan check the job, register the catalog in that store once and remove the CREATE CATALOG from the job.";
  if (CREATES.has(st.kind))
    return `Write CREATE ${CREATES.get(st.kind)} IF NOT EXISTS ${createdName(st)}: Flink refuses to create an object that exists, so every later start of the job (an upgrade, a resume, a recovery, a rollback) would fail on this statement; with IF NOT EXISTS, plans check the job once the object exists. Use CREATE TEMPORARY ... only for a table of another connector that only the job needs.`;
  return "Use CREATE TEMPORARY ... for objects only the job needs.";
}
var CREATES = /* @__PURE__ */ new Map([
  ["create_table", "TABLE"],
  ["create_view", "VIEW"],
  ["create_database", "DATABASE"]
]);
function skipped(job, st, range3, absent = false) {
  const d = absent ? {
    code: EXPLAIN_CODES.skipped,
    severity: "info",
    summary: `Job ${job.name} was not validated against the cluster's planner: ${notRunBecause(st, true)}`,
    detail: `This statement would create ${createdName(st)} in a catalog that keeps its objects beyond the plan's session, so plan does not run the script; the planner checks it when apply submits it, and an upgrade's state verdict is an estimate. Once the job's first start (or anyone) has created it, Flink skips this statement, and so do plans: they run the rest of the script and check the job.`
  } : st.kind === "create_table_as" ? {
    code: EXPLAIN_CODES.skipped,
    severity: "info",
    summary: `Job ${job.name} was not validated against the cluster's planner: Flink before 2.0 cannot EXPLAIN a CREATE TABLE ... AS`,
    detail: "Running the statement would start the job, so plan does not run the script; the planner checks it when apply submits it. From Flink 2.0 plan EXPLAINs it, and an upgrade's state verdict comes from Flink's stream graphs; here it is an estimate. To have it checked now, declare the table (tables/<name>.sql or .yaml) and write INSERT INTO <table> SELECT ... instead."
  } : {
    code: EXPLAIN_CODES.skipped,
    severity: "info",
    summary: `Job ${job.name} was not validated against the cluster's planner: its script creates objects that outlive a session`,
    detail: `${/^[aeiou]/.test(st.kind) ? "An" : "A"} ${st.kind.replaceAll("_", " ")} statement would change a catalog that outlives the plan's session (a catalog the script creates keeps its objects in its own system; the built-in catalog and the catalogs a session creates are its own where the SQL Gateway's catalog store is Flink's default, generic_in_memory), so plan does not run the script; the planner checks it when apply submits it, and an upgrade's state verdict is an estimate. ${lastingAdvice(st)}`
  };
  return range3 ? { ...d, range: range3 } : d;
}
function notValidated(e) {
  const fix = refusalHint(
    e.kind === "http" ? e.status : void 0,
    "the environment's auth",
    "SQL Gateway",
    "Check sqlGatewayUrl of the environment (or --sql-gateway-url)."
  );
  return warning2(
    EXPLAIN_CODES.notValidated,
    "The changed jobs were not validated against the cluster's planner",
    `flinkops could not use the SQL Gateway for EXPLAIN (${e.call}: ${e.message}). The plan is still correct; the planner will check the SQL when apply submits it. ${fix.trim()}`
  );
}
// src/engine/known-rejections.ts
var KNOWN = [
  {
    match: /window function requires the timecol is a time attribute/,
    // The column in DESCRIPTOR(...).
    at: (t) => only(t, (i) => isWord2(t[i], "DESCRIPTOR") && isOp2(t[i + 1], "("), 2),
    hint: "A window needs a time attribute: declare a watermark on that column (watermark: in the table's file), or window on a PROCTIME() computed column."
  },
  {
    match: /Sort on a non-time-attribute field is not supported/,
    at: (t) => only(t, (i) => isWord2(t[i], "ORDER") && isWord2(t[i + 1], "BY"), 2),
    hint: "A streaming ORDER BY must sort first on a time attribute, ascending; for the top N rows per key, use ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...) and filter on it."
  },
  {
    match: /Temporal Table Join requires primary key in versioned table/,
    // The versioned table: the name before FOR SYSTEM_TIME AS OF.
    at: (t) => only(t, (i) => isWord2(t[i + 1], "FOR") && isWord2(t[i + 2], "SYSTEM_TIME"), 0),
    hint: "Give the versioned table a primary key (primaryKey: in its table file) and a watermark; or, for a lookup join, use a lookup connector (jdbc, hbase) and FOR SYSTEM_TIME AS OF a PROCTIME() column."
  },
  {
    // Real Flink 2.2.0, a JDBC dimension joined FOR SYSTEM_TIME AS OF the probing table's event time.
    match: /Event-Time Temporal Table Join requires both primary key and row time attribute in versioned table/,
    // The time the join is AS OF: an event-time column, where a lookup join wants processing time.
    at: (t) => only(t, (i) => isWord2(t[i], "SYSTEM_TIME") && isWord2(t[i + 1], "AS") && isWord2(t[i + 2], "OF"), 3),
    hint: "FOR SYSTEM_TIME AS OF an event-time column (one with a watermark) is an event-time temporal join, which needs a versioned table: a primary key and a watermark on the joined table. To look rows up in a dimension table (jdbc, hbase), join FOR SYSTEM_TIME AS OF a PROCTIME() computed column of the probing table instead (computed: [{ name: proc_time, expr: PROCTIME() }] in its table file, then <alias>.proc_time)."
  },
  {
    // Real Flink 1.20.3 and 2.2.0: a STATE_TTL key naming no input of the hinted join or aggregate
    // (a window TVF's output, a subquery, a typo).
    match: /The options of following hints cannot match the name of input tables or views:\s*`([^`]+)` in `(\w+)`/,
    at: (t, message2) => {
      const m2 = /cannot match the name of input tables or views:\s*`([^`,]+)[^`]*` in `(\w+)`/.exec(message2);
      return hintOption(t, m2[2], m2[1].trim());
    },
    hint: "A STATE_TTL hint sets the TTL of a regular join's or a group aggregation's inputs: each key names a table or view that join or aggregation reads directly, as its FROM writes it (its alias, when it has one). A subquery's or a window table function's output (TUMBLE, HOP, CUMULATE, SESSION) is not one, and window aggregations, window joins and interval joins keep no TTL state: name the input as written, or remove the hint (table.exec.state.ttl sets the TTL of the whole job)."
  },
  {
    match: /doesn't support consuming update changes/,
    hint: "The sink takes inserts only: write to an upsert sink (upsert-kafka, or jdbc with a primaryKey), or make the query append-only, e.g. a window aggregation instead of GROUP BY."
  },
  {
    match: /Incompatible types for sink column '[^']*' at position (\d+)/,
    at: (t, message2) => selectItem(t, Number(/at position (\d+)/.exec(message2)[1])),
    hint: "Make the SELECT list match the sink's columns in number, order and type (CAST where needed)."
  },
  {
    // Flink 1.20 reads `FOR SYSTEM_TIME AS OF PROCTIME()` as time travel to a constant; 2.2 takes it as a lookup join.
    match: /Unsupported time travel expression/,
    at: (t) => only(t, (i) => isWord2(t[i], "SYSTEM_TIME") && isWord2(t[i + 1], "AS") && isWord2(t[i + 2], "OF"), 3),
    hint: "This Flink takes FOR SYSTEM_TIME AS OF a column of the probing table only (its time attribute, or a PROCTIME() computed column), not an expression: add a computed column `proc_time AS PROCTIME()` to that table (computed: in its table file) and write FOR SYSTEM_TIME AS OF <alias>.proc_time."
  },
  {
    // Flink 1.20's planner fails on every UNNEST ... WITH ORDINALITY (an internal assertion); 2.2 plans it.
    match: /Cannot add expression of different type to set[\s\S]*\bORDINALITY\b/,
    at: (t) => only(t, (i) => isWord2(t[i], "WITH") && isWord2(t[i + 1], "ORDINALITY"), 0),
    hint: "This Flink's planner cannot plan UNNEST ... WITH ORDINALITY (Flink 2.2 does): drop WITH ORDINALITY and the position column, or run the job on a later Flink."
  },
  {
    // Flink before 2.0: `INSERT INTO t (a, b) WITH x AS (...) SELECT ...`.
    match: /statement only support SELECT, VALUES, SET_QUERY AND ORDER BY clause/,
    at: (t) => only(t, (i) => isWord2(t[i], "WITH") && depthAt(t, i) === 0, 0),
    hint: "This Flink takes an INSERT with a column list (or a PARTITION clause) only from a SELECT or VALUES: move the WITH into an aliased subquery (INSERT INTO t (a, b) SELECT a, b FROM (WITH x AS (...) SELECT ...) AS q), or drop the column list and select every column of the sink. Flink 2.0 and later take the WITH as it is."
  },
  {
    // Flink 2.3+ (`table.exec.sink.require-on-conflict`, on by default): an insert-only query has no upsert key.
    match: /Please specify an ON CONFLICT clause/,
    hint: `Flink 2.3 and later refuse to write into a sink's primary key from a query whose upsert key is not that key (an insert-only query, such as a window aggregate, has none) unless the INSERT says what a second row of the same key does: end it with ON CONFLICT DO DEDUPLICATE (the latest row wins, as before 2.3, with more state), DO NOTHING (the first row wins) or DO ERROR (flinkVersion "2.3" or later in flinkops.yaml), or set table.exec.sink.require-on-conflict: 'false' under the job's config: to write as earlier releases did.`
  },
  {
    match: /Column types of query result and sink .* do not match/,
    at: (t) => selectItem(t, 0),
    hint: "Make the SELECT list match the sink's columns in number, order and type (CAST where needed)."
  }
];
function only(t, is, skip) {
  const found = t.flatMap((_, i) => is(i) ? [i] : []);
  return found.length === 1 ? t[found[0] + skip]?.start : void 0;
}
function hintOption(t, hint, name) {
  const key = new RegExp(
    `\\b${escapeRegExp3(hint)}\\s*\\([^)]*?(?<![\\w'"\`])(['"\`]?)${escapeRegExp3(name)}\\1\\s*=`,
    "i"
  );
  const found = t.flatMap((tok) => {
    if (tok.kind !== "hint") return [];
    const m2 = key.exec(tok.value);
    return m2 ? [tok.start + 3 + m2.index + m2[0].toLowerCase().lastIndexOf(name.toLowerCase()) - m2[1].length] : [];
  });
  return found.length === 1 ? found[0] : void 0;
}
function depthAt(t, i) {
  let depth = 0;
  for (let k = 0; k < i; k++) {
    if (isOp2(t[k], "(")) depth++;
    else if (isOp2(t[k], ")")) depth--;
  }
  return depth;
}
function selectItem(t, n) {
  let depth = 0;
  let item = -1;
  let count = 0;
  for (let i = 0; i < t.length; i++) {
    if (isOp2(t[i], "(")) depth++;
    else if (isOp2(t[i], ")")) depth--;
    if (depth !== 0) continue;
    if (item < 0) {
      if (!isWord2(t[i], "SELECT")) continue;
      item = isWord2(t[i + 1], "DISTINCT") || isWord2(t[i + 1], "ALL") ? i + 2 : i + 1;
      if (n === 0) return t[item]?.start;
    } else if (isWord2(t[i], "FROM")) return void 0;
    else if (isOp2(t[i], ",") && ++count === n) return t[i + 1]?.start;
  }
  return void 0;
}
// src/engine/rejection-sites.ts
function failedTable(e) {
  for (const c of [e.message, ...e.causes]) {
    const m2 = /Unable to create a (source|sink) for (?:reading|writing) table '([^']+)'/.exec(c);
    if (m2) return { name: m2[2].split(".").pop(), as: m2[1] };
  }
  return void 0;
}
function tableOfColumn(e) {
  for (const c of [e.message, ...e.causes]) {
    const m2 = /in column '([^']+)' of table '([^']+)'/.exec(c);
    if (m2) return { table: m2[2].split(".").pop(), column: m2[1] };
  }
  return void 0;
}
function factoryOf(e) {
  return /for identifier '([^']+)'/.exec([e.message, ...e.causes].join("\n"))?.[1];
}
function valuePattern(value) {
  return new RegExp(`['"]?[\\w.-]+['"]?\\s*[:=]\\s*['"]?${escapeRegExp3(value)}['"]?\\s*(?=[,})\\n]|$)`, "m");
}
function columnPatterns(column) {
  const c = escapeRegExp3(column);
  return [
    new RegExp(`(?<=name:\\s*['"]?)${c}(?=['"]?\\s*(?:[,}]|$))`, "m"),
    new RegExp(`(?<=(?:^|[(,])\\s*)\`?${c}\`?(?=\\s+\\w)`, "m")
  ];
}
function ownTable(job, name) {
  const ranges = job.sourceRanges ?? [];
  const firstOwn = job.statements.length - ranges.length;
  for (let i = job.statements.length - 1; i >= firstOwn; i--) {
    const st = job.statements[i];
    const range3 = ranges[i - firstOwn];
    if (st.kind === "create_table" && st.table?.name.name === name && range3) return { st, range: range3 };
  }
  return void 0;
}
function ownOption(tokens, keys2) {
  for (const key of keys2)
    for (let i = 0; i + 1 < tokens.length; i++)
      if (tokens[i].kind === "string" && tokens[i].value === key && isOp2(tokens[i + 1], "="))
        return tokens[i].start;
  return void 0;
}
function ownValue(tokens, value) {
  for (let i = 2; i < tokens.length; i++)
    if (tokens[i].kind === "string" && tokens[i].value === value && isOp2(tokens[i - 1], "="))
      return tokens[i - 2].start;
  return void 0;
}
function ownColumn(text, tokens, column) {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isOp2(t, "(")) depth++;
    else if (isOp2(t, ")")) depth--;
    else if (depth === 1 && (t.kind === "word" && text.slice(t.start, t.end) === column || t.kind === "quoted" && t.value === column) && (isOp2(tokens[i - 1], "(") || isOp2(tokens[i - 1], ",")))
      return t.start;
  }
  return void 0;
}
function refusedKeys(e) {
  const all = [e.message, ...e.causes].join("\n");
  const keys2 = /* @__PURE__ */ new Set();
  const unsupported2 = /Unsupported options:\s*([\s\S]*?)\s*Supported options:/.exec(all);
  for (const k of unsupported2?.[1]?.split(/[\s,]+/) ?? [])
    if (k.replace(/\.$/, "")) keys2.add(k.replace(/\.$/, ""));
  for (const m2 of all.matchAll(/for key '([^']+)'/g)) keys2.add(m2[1]);
  return [...keys2];
}
function hintedKey(text, table, keys2) {
  const { tokens } = lex2(text, "", new LineIndex4(text));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    if (t.kind !== "hint" || !/^\s*OPTIONS\s*\(/i.test(t.value)) continue;
    if (before.kind !== "word" && before.kind !== "quoted" || before.value.toLowerCase() !== table.toLowerCase())
      continue;
    for (const key of keys2) {
      const k = t.value.indexOf(`'${key}'`);
      if (k >= 0) return t.start + 3 + k;
    }
  }
  return void 0;
}
function optionPatterns(key) {
  const k = escapeRegExp3(key);
  return [new RegExp(`(?<=^|[\\s{,])(?:${k}|'${k}'|"${k}")\\s*:`, "m"), new RegExp(`'${k}'\\s*=`)];
}
function optionAt(dir, env, table, found) {
  const start = { file: table.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (!dir || found.length === 0) return start;
  const { readFileSync: readFileSync22 } = process.getBuiltinModule("node:fs");
  for (const f of ["flinkops.yaml", table.file]) {
    let text;
    try {
      text = readFileSync22(`${dir}/${f}`, "utf8").replace(/^\uFEFF/, "");
    } catch {
      continue;
    }
    let [from, to] = [0, text.length];
    if (f !== table.file) {
      const envs = /^environments:/m.exec(text);
      const within22 = envs ? text.slice(envs.index) : "";
      const own = new RegExp(`^( +)${env}:`, "m").exec(within22);
      if (!envs || !own) continue;
      const head = envs.index + own.index;
      const body = head + own[0].length;
      const next = new RegExp(`^ {0,${own[1].length}}\\S`, "m").exec(text.slice(body));
      to = next ? body + next.index : text.length;
      const at2 = text.slice(head, to).search(new RegExp(`(?:^\\s+|[{,]\\s*)${table.name}\\s*:`, "m"));
      if (at2 < 0) continue;
      from = head + at2;
    }
    const block = text.slice(0, to);
    for (const t of found) {
      let i;
      if (typeof t === "string") i = block.indexOf(t, from);
      else {
        const m2 = new RegExp(t.source, `${t.flags.replace("g", "")}g`);
        m2.lastIndex = from;
        i = m2.exec(block)?.index ?? -1;
      }
      if (i < 0) continue;
      const pos2 = new LineIndex4(text).pos(i);
      const at2 = { line: pos2.line, column: pos2.column };
      return { file: f, start: at2, end: at2 };
    }
  }
  return start;
}
// src/engine/planner-rejections.ts
function plannerMessage(e) {
  const words = (line) => line.replace(/^(?:[\w$]+\.)*ClassNotFoundException:\s*(\S+)$/, "class $1 not found").replace(
    /^(?:[\w$]+\.)*NoSuchFileException:\s*\S*\/pyflink\/[\w-]+\/[\w-]+\/(\S+)$/,
    "python file $1 not found: the SQL Gateway has no file to copy for the python.files entry that names it (Flink reads the entry's path on the gateway's machine)"
  ).replace(/^(?:[\w$]+\.)*NoSuchFileException:\s*(\S+)$/, "file $1 not found").replace(/^(?:[\w$]+\.)*[\w$]*(?:Exception|Error):\s*/, "").replace(/^SQL (?:validation|parse) failed\.\s*/, "").replace(/^From line \d+, column \d+ to line \d+, column \d+:\s*/, "").replace(/ at line \d+, column \d+\./, ".").replace(/\s*The physical plan is:[\s\S]*$/, "").replace(/\s*Was expecting one of:\s*([\s\S]*)$/, (_all, list) => {
    const options = list.split(/\s*\.\.\.\s*/).filter((o) => o.trim() !== "");
    return ` Was expecting one of: ${options.slice(0, 6).join(", ")}${options.length > 6 ? ", \u2026" : ""}`;
  });
  const root = words(e.causes.length > 0 ? e.causes[e.causes.length - 1] : e.message);
  const option = e.causes.map(words).find((c) => /^Failed to set key .* with value |^Could not parse value .* for key /.test(c));
  return option && option !== root ? `${option.replace(/\.$/, "")}: ${root}` : root;
}
var unstopped = ((s) => s.replace(/\.+$/, ""));
var locate2 = (function locate2(e, range3, shift, text) {
  const m2 = flinkPosition(e);
  if (m2) return locateAt(m2.line, m2.column, range3, shift);
  const message2 = [e.message, ...e.causes].join("\n");
  const at2 = KNOWN.find((k) => k.match.test(message2))?.at;
  if (!at2) return range3;
  const lines = new LineIndex4(text);
  const offset = at2(lex2(text, "", lines).tokens, message2);
  if (offset === void 0) return range3;
  const pos2 = lines.pos(offset);
  return locateAt(pos2.line, pos2.column, range3, 0);
});
function locateAt(line, col, range3, shift) {
  const column = col - (line === 1 ? shift : 0);
  if (line < 1 || column < 1) return range3;
  const at2 = positionIn3(range3.start, { line, column });
  return { file: range3.file, start: at2, end: at2 };
}
function rejected(desired, job, st, e, at2, dir) {
  const message2 = plannerMessage(e);
  const refused2 = failedTable(e);
  const failed = refused2 ? desired.tables.find((t) => t.name === refused2.name && job.tables.includes(t.name)) : void 0;
  const secret = /\$\{secret\.[A-Za-z_][A-Za-z0-9_]*\}/.exec([e.message, ...e.causes].join("\n"))?.[0];
  if (secret)
    return warning2(
      EXPLAIN_CODES.placeholder,
      `Flink's planner could not check job ${job.name}: it read ${secret} as written (${message2})`,
      `A plan does not resolve secrets (a pull request's plan has none), so the planner was sent the placeholder where apply sends the value; apply submits the job with the value and Flink checks it then. To have plans check it, keep what Flink parses at planning in the text and only the credential in the secret (url: jdbc:postgresql://db:5432/app with password: ${"$"}{secret.DB_PASSWORD}, not the whole url).`,
      failed ? optionAt(dir, desired.env, failed, [secret]) : at2
    );
  const hinted = refused2 && at2 && !flinkPosition(e) ? hintedKey(st.text, refused2.name, refusedKeys(e)) : void 0;
  if (refused2 && at2 && hinted !== void 0) {
    const pos2 = new LineIndex4(st.text).pos(hinted);
    return error7(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects the OPTIONS hint on table ${refused2.name} in job ${job.name}: ${message2}`,
      `Flink merges the hint's options into the table's for this statement, and could not make a ${refused2.as} of ${refused2.name} with them (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix or remove the option in the hint.`,
      locateAt(pos2.line, pos2.column, at2, 0)
    );
  }
  const named2 = refused2?.name ?? tableOfColumn(e)?.table;
  const ownDdl = named2 && !failed ? ownTable(job, named2) : void 0;
  if (ownDdl) {
    const column = tableOfColumn(e)?.column;
    const factory = factoryOf(e);
    const text2 = ownDdl.st.text;
    const lines = new LineIndex4(text2);
    const { tokens } = lex2(text2, "", lines);
    const offset = ownOption(tokens, refusedKeys(e)) ?? (column ? ownColumn(text2, tokens, column) : void 0) ?? (factory ? ownValue(tokens, factory) : void 0);
    const pos2 = offset === void 0 ? void 0 : lines.pos(offset);
    const all = [e.message, ...e.causes].join("\n");
    const hint = KNOWN.find((k) => k.match.test(all))?.hint;
    return error7(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${named2} (created by job ${job.name}): ${message2}`,
      `Flink could not make a ${refused2?.as ?? "table"} of ${named2} as the job's CREATE TABLE defines it (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). ${hint ?? `Fix ${column ? `column ${column}` : "its options"} in the CREATE TABLE, and check that the connector and format jars are on the cluster.`}`,
      pos2 ? locateAt(pos2.line, pos2.column, ownDdl.range, 0) : ownDdl.range
    );
  }
  if (refused2 && failed) {
    const where = optionAt(dir, desired.env, failed, [
      ...refusedKeys(e).flatMap(optionPatterns),
      ...factoryOf(e) ? [valuePattern(factoryOf(e))] : []
    ]);
    const fixIn = where.file === failed.file ? failed.file : `environments.${desired.env}.tables.${failed.name}.with in flinkops.yaml`;
    return error7(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${failed.name} (used by job ${job.name}): ${message2}`,
      `Flink could not make a ${refused2.as} of ${failed.name} from its connector options (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix the options in ${fixIn}, and check that the connector jar is on the cluster.`,
      where
    );
  }
  const bad = tableOfColumn(e);
  const badTable = bad && desired.tables.find((t) => t.name === bad.table && job.tables.includes(t.name));
  if (bad && badTable) {
    return error7(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${badTable.name} (used by job ${job.name}): ${message2}`,
      `Flink could not make a table of ${badTable.name} as ${badTable.file} defines it (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix column ${bad.column} there.`,
      optionAt(dir, desired.env, badTable, columnPatterns(bad.column))
    );
  }
  if (at2) {
    const all = [e.message, ...e.causes].join("\n");
    const hint = KNOWN.find((k) => k.match.test(all))?.hint ?? "Fix the statement before applying.";
    return error7(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects job ${job.name}: ${message2}`,
      `EXPLAIN on the environment's SQL Gateway (a throwaway session; nothing was submitted) failed. ${hint}`,
      at2
    );
  }
  const text = st.text.trim();
  const table = desired.tables.find((t) => t.ddl.trim().replace(/;$/, "") === text);
  const addJar = /^ADD\s+JAR\b/i.test(text);
  const udf = /FUNCTION/i.test(text) || addJar ? desired.udfs.find((u) => text.includes(`'${u.jar}'`)) : void 0;
  const file = table?.file ?? udf?.file ?? job.sqlFile;
  const what = table ? `the DDL of ${table.name}` : udf ? `${addJar ? "the jar" : "the functions"} of ${udf.name}` : "a compiled statement";
  return error7(
    EXPLAIN_CODES.rejected,
    `Flink's planner rejects ${what} (used by job ${job.name}): ${message2}`,
    `Running it in a throwaway SQL Gateway session failed: ${unstopped(e.message)}. ${udf ? "Check the jar URI and that the classes are in it." : "Check the connector options and that the connector jar is on the cluster."}`,
    (addJar ? udf?.jarAt : void 0) ?? (udf && st.function ? udf.classAt?.[st.function.name.name.toLowerCase()] : void 0) ?? (table?.range ? ddlAt(e, table.range) : { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } })
  );
}
function ddlAt(e, range3) {
  const start = { file: range3.file, start: range3.start, end: range3.start };
  const m2 = flinkPosition(e);
  return m2 && m2.line > 1 ? locateAt(m2.line, m2.column, start, 0) : start;
}
// src/engine/explain-probe.ts
var PROBE_RUNS = 3;
var probeAgain = (function probeAgain(e) {
  return e.kind === "network" || e.kind === "http" && isTransient(e);
});
var withLeadingSets = (async function withLeadingSets(statements, run, opts) {
  const runs = async (lead2) => {
    let r = await run(lead2);
    for (let n = 1; n < PROBE_RUNS && r.transient; n++) {
      await (opts.clock ?? systemClock).sleep(500 * 2 ** (n - 1));
      r = await run(lead2);
    }
    return r;
  };
  const lead = leadingSets(statements);
  if (lead.count > 0) {
    const fast = await runs(lead);
    if (!fast.again) return fast.value;
  }
  return (await runs(NO_LEAD)).value;
});
var probeJob = (async function probeJob(client, desired, job, opts, lead, ctas, known) {
  const statements = job.statements;
  const ownRanges = job.sourceRanges ?? [];
  const firstOwn = statements.length - ownRanges.length;
  const session = await openProbeSession(client, job.name, lead);
  if (!session.ok) return { value: [notValidated(session.error)], again: refused(lead, session.error) };
  const sh = session.value;
  const explain = (text) => client.runStatement(sh, untemplate2(text), { timeoutMs: opts.timeoutMs ?? 12e4, ...ONLY_SUCCESS });
  const run = async (probe) => {
    if (explained(probe, ctas)) {
      const { text, shift } = explainText(probe);
      return { r: await explain(text), shift };
    }
    if (READ_ONLY.has(probe.kind)) return { r: await explain(probe.text), shift: 0 };
    if (SET_MARKERS.has(probe.kind)) return void 0;
    return { r: await setUp(client, sh, untemplate2(probe.text), opts), shift: 0 };
  };
  const failed = (probe, e, at2) => {
    const again = refused(lead, e);
    if (e.kind !== "statement") return { value: [notValidated(e)], again, transient: probeAgain(e) };
    return { value: [rejected(desired, job, probe, e, at2, opts.dir)], again };
  };
  try {
    let lasting = known;
    if (!lasting) {
      const read2 = await lastingIn(client, sh, statements, ctas);
      if (!read2.ok)
        return { value: [notValidated(read2.error)], again: false, transient: probeAgain(read2.error) };
      if (read2.value.unchecked)
        return {
          value: [skipped(job, read2.value.unchecked, ownRange(job, read2.value.unchecked))],
          again: false
        };
      lasting = read2.value;
    }
    for (let i = lead.count; i < statements.length; i++) {
      const st = statements[i];
      const own = ownRanges[i - firstOwn];
      if (lasting.checked.has(st)) {
        const r = await lookUp(client, sh, st, opts);
        if (r.ok) continue;
        if (r.error.kind !== "statement") return failed(st, r.error, own);
        return { value: [skipped(job, st, own, true)], again: false };
      }
      const set = statementSet(statements, i, ownRanges, firstOwn);
      if (set) {
        const r = await explain(set.text);
        i = set.last;
        if (r.ok) continue;
        const position = flinkPosition(r.error);
        if (r.error.kind !== "statement" || position)
          return failed(st, r.error, position ? set.at(position.line, position.column) : own);
        for (const insert of set.inserts) {
          const one = await run(insert.st);
          if (one && !one.r.ok)
            return failed(
              insert.st,
              one.r.error,
              insert.own && locate2(one.r.error, insert.own, one.shift, insert.st.text)
            );
        }
        return failed(st, r.error, own);
      }
      const inner = st.kind === "statement_set" && st.inner?.length === 1 ? st.inner : [st];
      for (const probe of inner) {
        const one = await run(probe);
        if (one && !one.r.ok)
          return failed(
            probe,
            one.r.error,
            own && locate2(one.r.error, within2(own, st, probe), one.shift, probe.text)
          );
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
function refused(lead, e) {
  return lead.count > 0 && (e.kind === "statement" || e.kind === "http");
}
var statementSet = (function statementSet(statements, i, ownRanges, firstOwn) {
  const st = statements[i];
  const own = ownRanges[i - firstOwn];
  if (st.kind === "statement_set") {
    if ((st.inner?.length ?? 0) < 2) return void 0;
    const { text, shift } = explainText(st);
    return {
      text,
      inserts: st.inner.map((insert) => ({ st: insert, own: own && within2(own, st, insert) })),
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
var within2 = (function within2(own, outer, inner) {
  if (inner === outer) return own;
  const dl = inner.range.start.line - outer.range.start.line;
  const start = {
    line: own.start.line + dl,
    column: dl === 0 ? own.start.column + inner.range.start.column - outer.range.start.column : inner.range.start.column
  };
  return { file: own.file, start, end: start };
});
// src/engine/plan-explain.ts
var STARTING = /* @__PURE__ */ new Set(["create", "upgrade"]);
var RESTARTING = /* @__PURE__ */ new Set(["resume", "recover"]);
var startsNewScript = (function startsNewScript(c) {
  if (c.refused) return false;
  return STARTING.has(c.action) || RESTARTING.has(c.action) && !!c.sqlDiff;
});
var explainChangedJobs = (async function explainChangedJobs(client, desired, plan, opts = {}) {
  const starting = new Set(
    plan.changes.filter((c) => startsNewScript(c) && !opts.skip?.has(c.job)).map((c) => c.job)
  );
  const jobs = desired.jobs.filter((j) => starting.has(j.name));
  if (jobs.length === 0) return [];
  const results = await mapPool(jobs, opts.concurrency ?? 4, (job) => explainJob(client, desired, job, opts));
  const diags = results.flat();
  const unreachable = diags.filter((d) => d.code === EXPLAIN_CODES.notValidated);
  return unreachable.length > 1 ? [...diags.filter((d) => d.code !== EXPLAIN_CODES.notValidated), unreachable[0]] : diags;
});
var explainJob = (async function explainJob(client, desired, job, opts) {
  const statements = job.statements;
  const ctas = (await client.capabilities()).explainsCreateTableAs;
  const lasting = lastingUnder(statements, ctas, perSessionStore());
  if (lasting.unchecked) return [skipped(job, lasting.unchecked, ownRange(job, lasting.unchecked))];
  const mayLast = lastingStatement(statements, ctas, LASTING_STORE) !== void 0;
  return withLeadingSets(
    statements,
    (lead) => probeJob(client, desired, job, opts, lead, ctas, mayLast ? void 0 : lasting),
    opts
  );
});
// src/engine/plan-health.ts
var DEFAULT_WINDOW = "10min";
var LOOP = 2;
var RESTARTED_AFTER_MS = 15e3;
var UNPROVEN = 16;
var RESTARTING2 = /* @__PURE__ */ new Set(["RESTARTING", "FAILING", "CREATED", "INITIALIZING"]);
var unhealthyJobs = (async function unhealthyJobs(client, plan, live2, desired, doc, now, concurrency2 = 16) {
  if (!live2.observed) return [];
  const settings = new Map(desired.jobs.map((j) => [j.name, j]));
  const byId = /* @__PURE__ */ new Map();
  for (const j of live2.jobs) if (!byId.has(j.jobId)) byId.set(j.jobId, j);
  const asked2 = plan.changes.flatMap((c) => {
    if (c.action !== "none" || c.refused || !c.liveJobId) return [];
    const j = byId.get(c.liveJobId);
    const record2 = doc.jobs[c.job];
    if (!j || j.previousCluster || !j.labels && record2?.current?.jobId !== j.jobId) return [];
    if (slotShortage(live2, j)) return [];
    const window = parseDurationMs2(settings.get(c.job)?.settings.health?.window ?? DEFAULT_WINDOW) ?? parseDurationMs2(DEFAULT_WINDOW);
    const recent = j.state === "RUNNING" && j.runningSince !== void 0 && now - j.runningSince < window;
    if (!RESTARTING2.has(j.state) && !recent) return [];
    const restarted = RESTARTING2.has(j.state) || j.runningSince - j.startTime > RESTARTED_AFTER_MS;
    const deployed = Date.parse(record2?.current?.deployedAt ?? "");
    return [{ c, j, window, since: Number.isNaN(deployed) ? 0 : deployed, restarted }];
  });
  const unproven = asked2.filter((a) => !a.restarted).length;
  const read2 = unproven > UNPROVEN ? asked2.filter((a) => a.restarted) : asked2;
  const out = await mapPool(
    read2,
    concurrency2,
    async ({ c, j, window, since }) => {
      const ex = await client.getExceptions(j.jobId, 100);
      if (!ex.ok) return void 0;
      const times = ex.value.history.map((e) => e.timestamp).filter((t) => t !== void 0 && t >= since).sort((a, b) => b - a);
      const entry = ex.value.rootCause ?? ex.value.history[0];
      const cause = entry ? failureCause(entry.causes ?? []) ?? entry.message : void 0;
      const looping = j.state === "RUNNING" ? times.filter((t) => t > now - window).length >= LOOP : true;
      if (times.length === 0 || !looping) return void 0;
      const state2 = j.state === "RUNNING" ? "restarting in a loop" : j.state;
      const more = ex.value.truncated || times.length === ex.value.history.length && times.length >= 16;
      const n = `${times.length}${more ? " or more" : ""} time${times.length === 1 && !more ? "" : "s"}`;
      const failed = `it failed ${n} since the last apply, the latest at ${isoMinute(times[0])}`;
      c.reason = `${c.reason}; ${state2} on the cluster (FO606)`;
      c.causes = [
        ...c.causes,
        { kind: "cluster", path: "state", to: j.state === "RUNNING" ? "restarting" : j.state }
      ];
      return warning2(
        PLAN_CODES.unhealthy,
        `job ${c.job} is ${state2}: ${failed}${cause ? `: ${cause.replace(/\.$/, "")}` : ""}`,
        detail(c.job, j, settings.get(c.job)?.sqlFile ?? `jobs/${c.job}.sql`)
      );
    }
  );
  return out.filter((d) => d !== void 0);
});
function detail(job, j, sqlFile) {
  return `Flink's restart strategy keeps restarting job ${j.jobId} from its latest checkpoint, and the plan changes nothing of it: the repository asks for what it runs. What to do follows the cause (the job's exceptions in the Flink UI have the whole trace; flinkops status shows its state). Outside the job (a database, table, topic or broker it uses down or gone): fix it there, and Flink's next restart resumes the job; nothing to apply. A password or token changed: a job keeps the value it was started with, so apply with --replace ${job} and the new value. In the job (a query that fails on its data, a wrong option): fix ${sqlFile} or its settings; the upgrade stops the job by cancel from its latest checkpoint (FO625), as Flink takes no savepoint of a job that is not RUNNING. Left as it is, the job makes no progress, and each restart replays the records since its latest checkpoint.`;
}
// src/engine/plan-observe.ts
var specHashes = (function specHashes(jobs) {
  return new Map(jobs.map((j) => [j.name, j.restartHash]));
});
var previousOf = (function previousOf(client, at2) {
  return { client, jobmanagerUrl: at2.jobmanagerUrl, ...at2.sqlGatewayUrl ? { gateway: true } : {} };
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
    ...opts.tls ? { tls: opts.tls } : {},
    ...opts.timeLimit ? { timeLimit: opts.timeLimit } : {},
    ...opts.onStop ? { onStop: opts.onStop } : {}
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
function moveToItself(env, endpoints) {
  return error7(
    MOVE_CODES.moveToItself,
    `environment ${env} moves from ${shownUrl3(endpoints.jobmanagerUrl)}, the JobManager it points at`,
    "moveFrom names the cluster the jobs run on now, and jobmanagerUrl (or --jobmanager-url, FLINKOPS_JOBMANAGER_URL) the one they move to: point them at two clusters, or remove moveFrom."
  );
}
var disconnect = (async function disconnect(c) {
  await Promise.all([c.client?.close(), c.previous?.client.close()]);
});
var observeThrough = (function observeThrough(c, opts, who, hashes) {
  return observeEnvironment(c.client, c.previous, {
    project: who.project,
    env: who.env,
    ...who.environments ? { environments: who.environments } : {},
    jobmanagerUrl: c.endpoints.jobmanagerUrl,
    // What the jobs the plan starts need is weighed against the free task slots (FO603).
    readSlots: true,
    // A state backend switch is judged by the backend a job runs, and weighed against the heap (FO685).
    readStateBackends: true,
    // A job already running its compiled spec is not restarted: its checkpoints are not needed.
    // Observe awaits the answer, so the hashes may still be compiling.
    ...opts.checkpoints === "for-restarts" ? {
      wantsCheckpoints: async (job, labels) => labels?.[LABEL_KEYS2.specHash] !== (await hashes).get(job)
    } : {},
    ...opts.concurrency ? { concurrency: opts.concurrency } : {},
    ...opts.clock ? { clock: opts.clock } : {}
  });
});
var observationKey = (function observationKey(project, environment, environments) {
  return JSON.stringify([project, environment, environments ?? null]);
});
var observeEarly = (function observeEarly(opts, compiled) {
  const found = projectEnvironment(opts.dir, opts.env, opts.envVars);
  if (!found) return void 0;
  const connection = connectEnvironment(opts, found.environment);
  const key = observationKey(found.project, found.environment, found.environments);
  if (!connection.ready || !connection.client) return { key, connection, claimed: false };
  const hashes = compiled.then(
    (r) => specHashes(r.value?.jobs ?? []),
    () => specHashes([])
  );
  const observed = observeThrough(
    { ...connection, client: connection.client },
    opts,
    { project: found.project, env: opts.env, environments: found.environments },
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
var refuseByRetention = (function refuseByRetention(plan, survives, live2, doc) {
  const diags = [];
  for (const c of asked(plan)) {
    if (survives.get(c.liveJobId) !== false) continue;
    const liveJob = live2?.jobs.find((j) => j.jobId === c.liveJobId);
    const shortage = live2 && liveJob ? slotShortage(live2, liveJob) : void 0;
    const waits = shortage ? `, waiting for task slots (${shortage})` : "";
    const bringBack = `It is not failing: Flink runs it as soon as it has task slots. Start TaskManagers (or free slots), and plan again once it is RUNNING: it then stops with a savepoint and keeps its state.`;
    if (!restoresCancelledCheckpoint(c)) {
      diags.push(
        warning2(
          PLAN_CODES.checkpointsNotRetained,
          `job ${c.job} is ${c.liveState}${waits}: the cancel that stops it deletes its checkpoints, and its state goes with it`,
          shortage ? `${bringBack} Flink keeps a cancelled job's checkpoints only with ${KEEP}.` : `Flink keeps a cancelled job's checkpoints only with ${KEEP}. To keep the state, fix what makes it fail and plan again once it is RUNNING (it then stops with a savepoint).`
        )
      );
      continue;
    }
    const lastState = c.action === "upgrade" && c.strategy === "last-state";
    const summary = lastState ? `job ${c.job} cannot be upgraded last-state: Flink deletes its checkpoints when it is cancelled` : `job ${c.job} is ${c.liveState}${waits}: no savepoint possible, and cancelling it would delete its checkpoints`;
    const detail2 = lastState ? `Apply would refuse it before changing anything. Flink keeps a cancelled job's checkpoints only with ${KEEP}: to switch to last-state, apply the retention with upgradeMode: savepoint first (that upgrade starts the job with it), then set upgradeMode: last-state. Or restoreFrom: <a savepoint of it>.` : shortage ? `Apply would refuse it before changing anything. ${bringBack} (upgradeMode: stateless would start it without its state: not what a missing TaskManager calls for.)` : `Apply would refuse it before changing anything. Flink keeps a cancelled job's checkpoints only with ${KEEP}. Or set upgradeMode: stateless (starts without state), or restoreFrom: <a savepoint of it>.`;
    c.refused = { code: PLAN_CODES.checkpointsNotRetained, summary, detail: detail2 };
    plan.summary = summarize(plan.changes);
    diags.push(
      shortage ? waitRefusal(plan, PLAN_CODES.checkpointsNotRetained, summary, detail2) : error7(PLAN_CODES.checkpointsNotRetained, summary, detail2)
    );
    plan.diagnostics = plan.diagnostics.filter(
      (d) => !(d.code === PLAN_CODES.stopByCancel && d.summary.startsWith(`job ${c.job} is `))
    );
  }
  diags.push(...refuseWhileWaiting(plan, live2, doc));
  return diags;
});
var refuseWhileWaiting = (function refuseWhileWaiting(plan, live2, doc) {
  if (!live2?.observed) return [];
  const diags = [];
  for (const c of plan.changes) {
    if (c.action === "none") {
      const note = idleForSlots(c, live2, doc?.jobs[c.job]?.lastStable?.jobId);
      if (note) diags.push(note);
      continue;
    }
    const unscheduled = unscheduledRestart(plan, c, live2);
    if (unscheduled) {
      diags.push(unscheduled);
      continue;
    }
    if (!live2.adaptiveScheduler || !restoresCancelledCheckpoint(c) || c.liveState !== "CREATED") continue;
    const liveJob = live2.jobs.find((j) => j.jobId === c.liveJobId);
    const shortage = liveJob ? slotShortage(live2, liveJob) : void 0;
    const what = c.action === "upgrade" && c.strategy === "last-state" ? "a last-state upgrade" : `its ${c.action}`;
    const summary = `job ${c.job} is CREATED, waiting for task slots${shortage ? ` (${shortage})` : ""}: ${what} needs its latest checkpoint, which Flink does not show while the job waits`;
    const detail2 = "Apply would refuse it before changing anything. The job is not failing: Flink runs it, with its state, as soon as it has task slots. Start TaskManagers (or free slots), and plan again once it is RUNNING.";
    c.refused = { code: PLAN_CODES.waitingForSlots, summary, detail: detail2 };
    diags.push(waitRefusal(plan, PLAN_CODES.waitingForSlots, summary, detail2));
    plan.diagnostics = plan.diagnostics.filter(
      (d) => !(d.code === PLAN_CODES.stopByCancel && d.summary.startsWith(`job ${c.job} is `))
    );
  }
  if (diags.length > 0) plan.summary = summarize(plan.changes);
  return diags;
});
var unscheduledRestart = (function unscheduledRestart(plan, c, live2) {
  if (c.refused || c.action !== "upgrade" && c.action !== "rescale") return void 0;
  const liveJob = c.liveJobId ? live2.jobs.find((j) => j.jobId === c.liveJobId) : void 0;
  if (liveJob?.state !== "RUNNING" || !awaitsScheduling(liveJob)) return void 0;
  const shortage = slotShortage(live2, liveJob);
  if (!shortage) return void 0;
  const summary = `job ${c.job} is ${waitingState(liveJob)}, waiting for task slots (${shortage}): Flink takes no savepoint of it, and the new version of its ${c.action} would wait for slots as well`;
  const detail2 = "Apply would refuse it before changing anything. The job is not failing: Flink runs it, with its state, as soon as it has task slots. Start TaskManagers (or free slots), and plan again once it runs.";
  c.refused = { code: PLAN_CODES.waitingForSlots, summary, detail: detail2 };
  plan.summary = summarize(plan.changes);
  return waitRefusal(plan, PLAN_CODES.waitingForSlots, summary, detail2);
});
var waitRefusal = (function waitRefusal(plan, code, summary, detail2) {
  const freeing = plan.changes.filter(
    (c) => !c.refused && (c.action === "suspend" || c.action === "delete" || c.action === "rescale" && (c.to?.parallelism ?? 0) < (c.from?.parallelism ?? 0))
  ).map((c) => `the ${c.action} of ${c.job}`);
  if (freeing.length === 0) return error7(code, summary, detail2);
  return warning2(
    code,
    summary,
    `${detail2} The plan's other changes go ahead: ${freeing.join(", ")} give${freeing.length === 1 ? "s" : ""} task slots back, after which the job can run; plan again then.`
  );
});
var idleForSlots = (function idleForSlots(c, live2, stableJobId) {
  const liveJob = c.liveJobId ? live2.jobs.find((j) => j.jobId === c.liveJobId) : void 0;
  const shortage = liveJob ? slotShortage(live2, liveJob) : void 0;
  if (!liveJob || !shortage) return void 0;
  const state2 = waitingState(liveJob);
  c.reason = `${c.reason}; ${state2} on the cluster, waiting for task slots (${shortage})`;
  c.causes = [...c.causes, { kind: "cluster", path: "state", to: state2 }];
  const ran = liveJob.runningSince !== void 0 || stableJobId === liveJob.jobId;
  const detail2 = !ran ? "Nothing in the repository changes that, and apply does nothing to it: it has never run, and Flink starts it as soon as it has task slots, unless its wait for them runs out first (5 minutes by default: slot.request.timeout, or jobmanager.adaptive-scheduler.resource-wait-timeout on the adaptive scheduler), when Flink fails it (NoResourceAvailableException) and the next apply starts it again. Start TaskManagers (or free slots); `flinkops status` shows when it runs." : "Nothing in the repository changes that, and apply does nothing to it: Flink runs it, restoring its latest checkpoint, as soon as it has task slots, unless its wait for them runs out first (5 minutes by default: slot.request.timeout, or jobmanager.adaptive-scheduler.resource-wait-timeout on the adaptive scheduler), when Flink fails it (NoResourceAvailableException) and deletes its checkpoints unless execution.checkpointing.externalized-checkpoint-retention keeps them; the next apply then recovers it from what is left. Start TaskManagers (or free slots) before then; `flinkops status` shows when it runs again.";
  return warning2(
    PLAN_CODES.waitingForSlots,
    `job ${c.job} is ${state2}, waiting for task slots (${shortage}): it does not run`,
    detail2
  );
});
// src/engine/policy-location.ts
var KEY_OF = {
  [POLICY_CODES.protectedStateless]: "upgradeMode",
  [POLICY_CODES.maxParallelism]: "parallelism",
  [PLAN_CODES.maxParallelismDrift]: "maxParallelism",
  [PLAN_CODES.slotsShort]: "parallelism",
  [COMPILE_PLAN_CODES.noPlanDir]: "planMode",
  [COMPILE_PLAN_CODES.tooOld]: "planMode"
};
var locatePolicySettings = (function locatePolicySettings(dir, diags, where = {}) {
  const sources = /* @__PURE__ */ new Map();
  const source = (file) => {
    if (!sources.has(file)) {
      try {
        sources.set(file, parseYaml2(file, readFileSync2(join3(dir, file), "utf8")).value);
      } catch {
        sources.set(file, void 0);
      }
    }
    return sources.get(file);
  };
  const at2 = (file, path) => {
    const s = source(file);
    return s && valueAt(s.data, path) !== void 0 ? s.locate(path, "key") : void 0;
  };
  return diags.map((d) => {
    const key = KEY_OF[d.code];
    const r = d.range;
    const atUrl = d.code === PLAN_CODES.otherEnvironmentsCluster || d.code === PLAN_CODES.otherEndpoint || d.code === PLAN_CODES.endpointUnrecorded;
    if (atUrl && where.env && r?.file === PROJECT_FILE2) {
      const range22 = at2(PROJECT_FILE2, ["environments", where.env, "jobmanagerUrl"]);
      return range22 ? { ...d, range: range22 } : d;
    }
    if (!key || !r || r.start.line !== 1 || r.start.column !== 1) return d;
    const job = where.jobs?.find((j) => j.yamlFile === r.file || j.sqlFile === r.file);
    const range3 = (job && where.env ? at2(PROJECT_FILE2, ["environments", where.env, "jobs", job.name, key]) : void 0) ?? (r.file.endsWith(".yaml") ? at2(r.file, [key]) : void 0) ?? (job ? at2(PROJECT_FILE2, ["defaults", key]) : void 0);
    return range3 ? { ...d, range: range3 } : d;
  });
});
// src/engine/state-graphs.ts
var explainStateGraphs = (async function explainStateGraphs(client, desired, plan, inputs, opts = {}) {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const todo = plan.changes.filter(
    (c) => restoresState(c) && recordOf(inputs.state, c)?.current?.script !== void 0 && jobs.has(c.job)
  );
  const out = /* @__PURE__ */ new Map();
  await mapPool(todo, opts.concurrency ?? 4, async (c) => {
    const job = jobs.get(c.job);
    const current = recordOf(inputs.state, c).current;
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
    const analysed = analyzeScript3(current.script, `jobs/${c.job}.sql`);
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
    if ("unavailable" in old) return void out.set(c.job, { unavailable: old.unavailable });
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
  const ctas = (await client.capabilities()).explainsCreateTableAs;
  const lasting = lastingUnder(statements, ctas, perSessionStore());
  if (lasting.unchecked) return { unavailable: notRunBecause(lasting.unchecked) };
  const submitting = submittingText(statements);
  if (!submitting) return { unavailable: "the script has no statement that starts a job" };
  const mayLast = lastingStatement(statements, ctas, LASTING_STORE) !== void 0;
  return withLeadingSets(
    statements,
    (lead) => graphOf(
      client,
      job,
      statements,
      { submitting, ctas, ...mayLast ? {} : { lasting } },
      parallelism,
      maxParallelism,
      opts,
      lead
    ),
    opts
  );
});
var graphOf = (async function graphOf(client, job, statements, script, parallelism, maxParallelism, opts, lead) {
  const { submitting, ctas } = script;
  const session = await openProbeSession(client, job, lead);
  if (!session.ok)
    return { value: { unavailable: session.error.message }, again: refused(lead, session.error) };
  const sh = session.value;
  const config = {};
  const tables = /* @__PURE__ */ new Map();
  const unavailable = (why, e) => ({
    value: { unavailable: why, ...e.kind === "statement" ? { rejected: true } : {} },
    again: refused(lead, e),
    transient: probeAgain(e)
  });
  try {
    let lasting = script.lasting;
    if (!lasting) {
      const read2 = await lastingIn(client, sh, statements, ctas);
      if (!read2.ok) return unavailable(read2.error.message, read2.error);
      if (read2.value.unchecked)
        return { value: { unavailable: notRunBecause(read2.value.unchecked) }, again: false };
      lasting = read2.value;
    }
    for (const [i, st] of statements.entries()) {
      if (st.kind === "set" && st.set?.key !== void 0) config[st.set.key] = st.set.value ?? "";
      if (st.table) {
        tables.set(st.table.name.parts[st.table.name.parts.length - 1].toLowerCase(), tableFacts(st.table));
      }
      if (lasting.checked.has(st)) {
        const r3 = await lookUp(client, sh, st, opts);
        if (r3.ok) continue;
        if (r3.error.kind !== "statement") return unavailable(r3.error.message, r3.error);
        return { value: { unavailable: notRunBecause(st, true) }, again: false };
      }
      if (i < lead.count || explained(st, ctas) || READ_ONLY.has(st.kind) || SET_MARKERS.has(st.kind))
        continue;
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
    const functions = /* @__PURE__ */ new Map();
    for (const st of statements)
      if (st.kind === "create_function" && st.function)
        functions.set(
          st.function.name.name.toLowerCase(),
          `${st.function.className} ${st.function.jars.join(" ")}`
        );
    const functionTypes = await functionResultTypes(
      client,
      sh,
      new Set(functions.keys()),
      graph,
      tables,
      opts
    );
    return {
      value: {
        graph,
        ...functionTypes.size > 0 ? { functionTypes } : {},
        functions,
        chaining: chainingKey?.trim().toLowerCase() !== "false",
        tables,
        config,
        sql: untemplate2(submitting)
      },
      again: false
    };
  } finally {
    await client.closeSession(sh);
  }
});
var functionResultTypes = (async function functionResultTypes(client, sh, own, graph, tables, opts) {
  const out = /* @__PURE__ */ new Map();
  if (own.size === 0) return out;
  const columnTypes = /* @__PURE__ */ new Map();
  for (const t of tables.values())
    for (const [col, type] of t.columns) {
      const bare = type.replace(/\s+NOT NULL$/i, "");
      const seen = columnTypes.get(col);
      columnTypes.set(col, seen === void 0 || seen === bare ? bare : null);
    }
  const calls = /* @__PURE__ */ new Map();
  for (const n of graph.nodes) {
    if (!/^(?:\[\d+\]:)?Calc\(/.test(n.contents)) continue;
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(n.contents)?.[1] ?? "";
    for (const m2 of select.matchAll(
      /(?:^|,\s*)(([A-Za-z_][\w$]*)\(([A-Za-z_][\w$]*(?:,\s*[A-Za-z_][\w$]*)*)?\)) AS /g
    )) {
      if (!own.has(m2[2].toLowerCase()) || calls.has(m2[1])) continue;
      const args = (m2[3] ?? "").split(",").filter((a) => a.trim() !== "");
      const types = args.map((a) => columnTypes.get(a.trim().toLowerCase()));
      if (types.some((t) => !t)) continue;
      calls.set(m2[1], `${m2[2]}(${types.map((t) => `CAST(NULL AS ${t})`).join(", ")})`);
    }
  }
  let i = 0;
  for (const [call, typed] of calls) {
    const view = `\`flinkops_result_type_${i++}\``;
    const run = { timeoutMs: opts.timeoutMs ?? 12e4 };
    const made = await client.runStatement(sh, `CREATE TEMPORARY VIEW ${view} AS SELECT ${typed} AS r`, run);
    if (!made.ok) continue;
    const described = await client.runStatement(sh, `DESCRIBE ${view}`, run);
    const row = described.ok ? described.value.rows[0] : void 0;
    if (row && typeof row[1] === "string") out.set(call, `${row[1]}${row[2] === false ? " NOT NULL" : ""}`);
  }
  return out;
});
var submittingText = (function submittingText(statements) {
  const inserts = [];
  let inSet = false;
  for (const st of statements) {
    if (st.kind === "begin_statement_set") inSet = true;
    else if (st.kind === "end") inSet = false;
    else if (st.kind === "statement_set") return st.text.replace(/^\s*EXECUTE\s+/i, "").replace(/;\s*$/, "");
    else if (st.kind === "execute") return st.text.replace(/^\s*EXECUTE\s+/i, "").replace(/;\s*$/, "");
    else if (st.kind === "create_table_as") return st.text.replace(/;\s*$/, "");
    else if (st.kind === "insert") {
      if (!inSet) return st.text.replace(/;\s*$/, "");
      inserts.push(st.text.replace(/;\s*$/, ""));
    }
  }
  return inserts.length > 0 ? `STATEMENT SET BEGIN
${inserts.join(";\n")};
END` : void 0;
});
// src/engine/table-location.ts
var tableLocator = (function tableLocator(dir, desired) {
  const parsed = /* @__PURE__ */ new Map();
  const read2 = (file) => {
    if (!parsed.has(file)) {
      const ignored = [];
      const f = readTextFile2(dir, file, ignored);
      parsed.set(
        file,
        f === void 0 ? void 0 : /\.ya?ml$/.test(file) ? { yaml: parseYaml2(file, f.text).value } : { sql: { statements: analyzeScript3(f.text, file).statements, lines: f.lines } }
      );
    }
    return parsed.get(file);
  };
  return (job, table, place) => {
    const own = ownTable2(job, table);
    if (own) return inSql(read2(job.sqlFile), job.sqlFile, table, place);
    const t = repositoryTable(job, desired, table);
    if (!t) return void 0;
    if (!/\.ya?ml$/.test(t.file)) return inSql(read2(t.file), t.file, table, place);
    const y = read2(t.file)?.yaml;
    if (!y) return void 0;
    if ("column" in place) {
      const columns = valueAt(y.data, ["columns"]);
      const i = Array.isArray(columns) ? columns.findIndex((c) => c?.name === place.column) : -1;
      return i < 0 ? y.locate(["columns"], "key") : y.locate(["columns", i, "name"]);
    }
    const config = read2(PROJECT_FILE2)?.yaml;
    const override = ["environments", desired.env, "tables", t.name, "with", place.option];
    if (config && valueAt(config.data, override) !== void 0) return config.locate(override, "key");
    if (valueAt(y.data, ["with", place.option]) !== void 0) return y.locate(["with", place.option], "key");
    return valueAt(y.data, ["with"]) !== void 0 ? y.locate(["with"], "key") : void 0;
  };
});
var ownTable2 = (function ownTable2(job, table) {
  const own = job.sourceRanges?.length ?? 0;
  return job.statements.slice(job.statements.length - own).some((st) => st.table !== void 0 && tableKey(st.table.name.name) === table);
});
var repositoryTable = (function repositoryTable(job, desired, table) {
  if (!job.tables.some((n) => tableKey(n) === table)) return void 0;
  return desired.tables.find((t) => t.objectKind === "table" && tableKey(t.name) === table);
});
var inSql = (function inSql(p, file, table, place) {
  if (!p?.sql) return void 0;
  const { statements, lines } = p.sql;
  const st = statements.findLast((s) => s.table !== void 0 && tableKey(s.table.name.name) === table);
  if (!st?.table) return void 0;
  if ("column" in place) {
    const c = st.table.columns.find((x) => x.name === place.column);
    return c ? lines.range(file, c.start, c.end) : st.range;
  }
  const i = st.text.lastIndexOf(`'${place.option.replaceAll("'", "''")}'`);
  return i < 0 ? st.range : lines.range(file, st.start + i, st.start + i + place.option.length + 2);
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
  if (opts.offline) {
    const compiled = compileProject(opts.dir, compileOptions);
    return { ...await planCompiled(opts, compiled, void 0), envReferences: compiled.envReferences };
  }
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
        compiledHere(compiled ?? { value: void 0, diags: [], envReferences: [] });
      }
    }
    return { ...await planCompiled(opts, compiled, early), envReferences: compiled.envReferences };
  } finally {
    if (early && !early.claimed) await dropObservation(early);
  }
});
var askCapabilities = (function askCapabilities(opts, c) {
  if (!(opts.explain || opts.stateVerdicts === true) || !c.ready || !c.client || !c.endpoints.sqlGatewayUrl)
    return;
  c.client.capabilities().catch(() => void 0);
});
var VALIDATE_POLICY_PARALLELISM = "FO683";
var planCompiled = (async function planCompiled(opts, compiled, early) {
  const progress = opts.onProgress ?? (() => {
  });
  const diags = compiled.diags.filter((d) => d.code !== VALIDATE_POLICY_PARALLELISM);
  const desired = compiled.value;
  if (!desired || hasErrors3(diags)) return { secretValues: [], diags: sortDiagnostics4(diags) };
  diags.push(...await jarChecksumProblems(desired.udfs));
  const store = opts.store(desired.project, desired.env);
  progress({ stage: "reading-state", location: store.location });
  const state2 = await readState(store);
  diags.push(...state2.diags);
  if (!state2.value) return { desired, store, secretValues: [], diags: sortDiagnostics4(diags) };
  keepSpentPins(desired, state2.value.doc);
  diags.push(...keepDeployedHashes(desired, state2.value.doc));
  let live2 = offlineLiveState();
  let client;
  let previous;
  let endpoints;
  let secretValues = [];
  if (!opts.offline) {
    const mine = early?.key === observationKey(desired.project, desired.environment, desired.environments) ? early : void 0;
    if (mine) mine.claimed = true;
    const c = mine?.connection ?? connectEnvironment(opts, desired.environment);
    if (!mine) askCapabilities(opts, c);
    diags.push(...c.diags);
    ({ client, previous, endpoints, secretValues } = c);
    if (!c.ready || !client) {
      await disconnect(c);
      return { desired, store, state: state2.value, secretValues, diags: sortDiagnostics4(diags) };
    }
    progress({ stage: "observing", jobmanagerUrl: c.endpoints.jobmanagerUrl });
    const observed = await (mine?.observed ?? observeThrough({ ...c, client }, opts, desired, specHashes(desired.jobs)));
    diags.push(...observed.diags);
    if (hasErrors3(observed.diags))
      return {
        desired,
        store,
        state: state2.value,
        client,
        ...previous ? { previous } : {},
        endpoints,
        secretValues,
        diags: sortDiagnostics4(diags)
      };
    live2 = await withDefaultBackend(client, desired.jobs, observed.value, state2.value.doc);
  }
  if (desired.jobs.some((j) => j.settings.planMode === "compiled")) progress({ stage: "compiling-plans" });
  const compiledPlans = await compileJobPlans(opts.offline ? void 0 : client, desired, state2.value.doc, {
    ...live2.flinkVersion ? { liveVersion: live2.flinkVersion } : {},
    ...opts.concurrency ? { concurrency: opts.concurrency } : {}
  });
  diags.push(...compiledPlans.diags, ...syncCommittedPlans(opts.dir, desired, opts.writePlans === true));
  progress({ stage: "planning" });
  const lockHolder = await liveLockHolder(store, state2.value.doc, opts.clock);
  const diffOptions = {
    allowDelete: opts.allowDelete,
    compiled: {
      planErrors: compiledPlans.planErrors,
      ...opts.allowVersionUpgrade ? { allowVersionUpgrade: true } : {}
    },
    ...opts.commit ? { commit: opts.commit } : {},
    ...opts.now ? { now: opts.now } : {},
    ...opts.target ? { target: opts.target } : {},
    ...opts.replace?.length ? { replace: opts.replace } : {},
    ...lockHolder ? { lockHolder } : {},
    locateInTable: tableLocator(opts.dir, desired)
  };
  let plan = diff(desired, live2, state2.value, diffOptions);
  const asked2 = opts.outsideCheckout ? changedJobCommits(plan.changes, state2.value.doc, live2, opts.commit) : [];
  const outside = asked2.length > 0 ? opts.outsideCheckout?.(asked2) : void 0;
  if (outside && outside.size > 0) {
    diffOptions.outsideCheckout = outside;
    plan = diff(desired, live2, state2.value, diffOptions);
  }
  const retention2 = client ? await readRetention(client, plan) : /* @__PURE__ */ new Map();
  diags.push(...refuseByRetention(plan, retention2, live2, state2.value.doc));
  const judged = opts.stateVerdicts ?? opts.explain;
  const graphsOf = new Set(
    judged && client ? plan.changes.filter((c) => restoresState(c) && (judged === true || c.versionUpgrade !== void 0)).map((c) => c.job) : []
  );
  const starting = (p, skip) => opts.explain && client ? p.changes.filter((c) => startsNewScript(c) && !skip.has(c.job)) : [];
  const validate2 = async (p, skip) => {
    const jobs = starting(p, skip);
    if (jobs.length === 0 || !client) return [];
    progress({ stage: "explaining", jobs: jobs.length });
    return explainChangedJobs(client, desired, p, {
      skip,
      dir: opts.dir,
      ...opts.clock ? { clock: opts.clock } : {}
    });
  };
  const doc = state2.value.doc;
  const graphs = async () => {
    if (graphsOf.size === 0 || !client) return void 0;
    progress({ stage: "state-graphs", jobs: graphsOf.size });
    const options = {
      ...previous?.gateway ? { previous: previous.client } : {},
      ...opts.clock ? { clock: opts.clock } : {}
    };
    const asked3 = { ...plan, changes: plan.changes.filter((c) => graphsOf.has(c.job)) };
    return explainStateGraphs(client, desired, asked3, { state: doc, live: live2 }, options);
  };
  const [explained2, validated] = await Promise.all([graphs(), validate2(plan, graphsOf)]);
  diags.push(...validated);
  if (explained2 && explained2.size > 0) {
    plan = diff(desired, live2, state2.value, { ...diffOptions, explained: explained2 });
    refuseByRetention(plan, retention2, live2, state2.value.doc);
  }
  const done = new Set(plan.changes.map((c) => c.job).filter((j) => !graphsOf.has(j)));
  for (const [job, pair] of explained2 ?? []) if ("next" in pair) done.add(job);
  diags.push(...await validate2(plan, done));
  if (client)
    diags.push(
      ...await unhealthyJobs(
        client,
        plan,
        live2,
        desired,
        doc,
        opts.clock?.now() ?? Date.now(),
        opts.concurrency
      )
    );
  diags.push(...slotDiagnostics(plan, desired, live2));
  plan.diagnostics = sortDiagnostics4(
    locatePolicySettings(opts.dir, [...diags, ...plan.diagnostics], { env: desired.env, jobs: desired.jobs })
  );
  if (endpoints)
    plan.cluster = clusterOf(
      endpoints,
      opts.endpoints ?? {},
      opts.envVars,
      desired.environment.jobmanagerUrl
    );
  return {
    desired,
    live: live2,
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
var liveLockHolder = (async function liveLockHolder(store, doc, clock) {
  const unfinished = Object.values(doc.jobs).some(
    (r) => r.pending !== void 0 || r.status === "running" && r.lastStable?.jobId !== r.current?.jobId
  );
  if (!unfinished) return void 0;
  const lock = await store.lockInfo().catch(() => void 0);
  if (!lock || Date.parse(lock.expires) <= (clock?.now() ?? Date.now()) || lockHolderGone(lock))
    return void 0;
  return `${lock.who} (${lock.command}${lock.run ? `, run ${lock.run}` : ""}) holds the state lock since ${lock.since}`;
});

import {
  shownUrl as shownUrl4
} from "./chunk-PG4X7Q6A.mjs";
import {
  parseDurationMs as parseDurationMs3
} from "./chunk-H5WAOW7W.mjs";
import {
  sortDiagnostics as sortDiagnostics5,
  warning as warning3
} from "./chunk-FYVUM4PK.mjs";
// src/engine/health-metrics.ts
var METRIC_RULES = [
  "maxBusy",
  "maxWatermarkLag",
  "maxConsumerLag",
  "minRecordsInPerSecond",
  "maxCheckpointDuration"
];
// src/engine/health.ts
var JUDGED_WHILE_RUNNING = {
  notRunning: false,
  duplicate: false,
  maxRestarts: false,
  maxCheckpointAge: true,
  maxBackPressure: true,
  maxBusy: true,
  maxWatermarkLag: true,
  maxConsumerLag: true,
  minRecordsInPerSecond: true,
  maxCheckpointDuration: true
};
var RUNNING_RULES = Object.keys(JUDGED_WHILE_RUNNING).filter(
  (r) => JUDGED_WHILE_RUNNING[r]
);
function durationMs(text) {
  return /^[0-9]+ ?(s|min|m|h|d)$/.test(text.trim()) ? parseDurationMs3(text) : void 0;
}
var LOAD_RULES = ["maxBackPressure", ...METRIC_RULES];

import {
  majorMinor as majorMinor3
} from "./chunk-2J7UGB3X.mjs";
import {
  LABEL_KEYS as LABEL_KEYS3,
  didYouMean
} from "./chunk-EKKRR5UX.mjs";
import {
  error as error8,
  hasErrors as hasErrors4,
  warning as warning4
} from "./chunk-FYVUM4PK.mjs";
// src/engine/savepoints-model.ts
var SAVEPOINT_CODES = {
  /** A manual savepoint of a job that is not running, or not in the repository. */
  notRunning: "FO720",
  /** Disposing of a savepoint failed; it stays recorded as restorable. */
  disposalFailed: "FO721",
  /** An interrupted apply left an operation pending on the job: it is left alone. */
  pendingOperation: "FO722",
  /** The run was asked to stop: the jobs after the one in flight were not looked at. */
  interrupted: "FO727",
  /** `savepoint JOB` was asked to stop before its savepoint was triggered: none was taken. */
  stoppedBeforeTrigger: "FO729"
};
var savepointsFailed = (function savepointsFailed(report) {
  return report.jobs.some((j) => j.outcome === "failed") || hasErrors4(report.diags);
});
// src/engine/savepoints-retention.ts
var newestSavepoint = (function newestSavepoint(record2) {
  const since = startedWithoutState(record2) ?? Number.NEGATIVE_INFINITY;
  let best;
  for (const s of record2?.savepoints ?? []) {
    if (Date.parse(s.time) < since) continue;
    if (!best || Date.parse(s.time) > Date.parse(best.time)) best = s;
  }
  return best;
});
var pinsOf = (function pinsOf(jobs) {
  const out = /* @__PURE__ */ new Map();
  for (const j of jobs) {
    const pin = j.settings.restoreFrom;
    if (pin && !out.has(savepointPathKey(pin))) out.set(savepointPathKey(pin), j.name);
  }
  return out;
});
function protectedSavepoints(record2, pinned, pins = /* @__PURE__ */ new Map(), cluster) {
  const out = /* @__PURE__ */ new Map();
  const add = (path, why) => {
    if (path && !out.has(savepointPathKey(path))) out.set(savepointPathKey(path), why);
  };
  const spent = pinned !== void 0 && (sameSavepointPath(pinned, record2.current?.restoredFrom) || sameSavepointPath(pinned, pinOf(record2.current?.settings)));
  if (!spent) add(pinned, "pinned with restoreFrom");
  for (const s of record2.savepoints) {
    const by = pins.get(savepointPathKey(s.path));
    if (by !== void 0 && !sameSavepointPath(s.path, pinned))
      add(s.path, `job ${by} pins it with restoreFrom`);
  }
  add(record2.lastStable?.restoredFrom, "the last stable version was started from it (rollback target)");
  add(record2.current?.restoredFrom, "the running version was started from it");
  const newest = lastRestorableSavepoint(record2);
  const here = lastRestorableSavepoint(record2, cluster);
  const since = startedWithoutState(record2);
  const resumes = record2.status === "suspended" ? "the suspended job resumes from it" : since !== void 0 && here && Date.parse(here.time) < since ? "the newest savepoint of the version before the running one, which was started without state (restoreFrom can pin it)" : "the newest restore point";
  if (newest && newest !== here)
    add(
      newest.path,
      `the newest savepoint; Flink ${newest.flinkVersion} wrote it, so a cluster of that release restores it`
    );
  add(here?.path, newest !== here ? `${resumes} on Flink ${cluster}` : resumes);
  return out;
}
var retentionLimits = (function retentionLimits(policy, now) {
  const maxAge = policy?.maxAge === void 0 ? void 0 : durationMs(policy.maxAge);
  if (policy?.keep === void 0 && maxAge === void 0) return void 0;
  return {
    ...policy?.keep !== void 0 ? { keep: policy.keep } : {},
    ...maxAge !== void 0 ? { takenBefore: now - maxAge } : {}
  };
});
function retention(record2, limits, pinned, pins, cluster) {
  const restorable = record2.savepoints.filter((s) => !s.disposed);
  const beyond = limits.keep === void 0 ? 0 : Math.max(0, restorable.length - Math.max(1, limits.keep));
  const old = (s) => limits.takenBefore !== void 0 && Date.parse(s.time) < limits.takenBefore;
  const excess = restorable.filter((s, i) => i < beyond || old(s));
  const guard2 = protectedSavepoints(record2, pinned, pins, majorMinor3(cluster));
  return {
    dispose: excess.filter((s) => !guard2.has(savepointPathKey(s.path))),
    retained: excess.filter((s) => guard2.has(savepointPathKey(s.path))).map((s) => ({ path: s.path, why: guard2.get(savepointPathKey(s.path)) })),
    expired: new Set(restorable.filter((s, i) => i >= beyond && old(s)).map((s) => s.path))
  };
}
var listSavepoints = (function listSavepoints(job, record2, now, sizes = /* @__PURE__ */ new Map(), pins, cluster) {
  if (!record2) return [];
  const here = majorMinor3(cluster);
  const t = Date.parse(now);
  const guard2 = protectedSavepoints(record2, job?.settings.restoreFrom, pins, here);
  const adopted = adoptedJobIds(record2);
  return [...record2.savepoints].sort((a, b) => Date.parse(b.time) - Date.parse(a.time)).map((s) => {
    const size = s.disposed ? void 0 : sizes.get(s.path);
    const why = s.disposed ? void 0 : guard2.get(savepointPathKey(s.path));
    return {
      path: s.path,
      kind: s.kind,
      time: s.time,
      ageMs: t - Date.parse(s.time),
      jobId: s.jobId,
      specHash: s.specHash,
      matchesCurrentSpec: job !== void 0 && s.specHash === job.restartHash && !adopted.has(s.jobId),
      ...adopted.has(s.jobId) ? { adopted: true } : {},
      disposed: s.disposed === true,
      ...why ? { protected: why } : {},
      ...size !== void 0 ? { sizeBytes: size } : {},
      ...s.flinkVersion !== void 0 ? { flinkVersion: s.flinkVersion } : {},
      ...here !== void 0 && writtenByNewerMajor(s, here) ? { unreadableOn: here } : {}
    };
  });
});
var startPoints = (function startPoints(record2) {
  const out = [];
  const versions = [
    { v: record2?.current, version: record2?.status === "running" ? "running" : "last deployed" },
    { v: record2?.lastStable, version: "last stable" }
  ];
  for (const { v, version } of versions) {
    if (!v?.restoredFrom || out.some((p) => p.jobId === v.jobId)) continue;
    out.push({
      version,
      jobId: v.jobId,
      deployedAt: v.deployedAt,
      path: v.restoredFrom,
      pinned: sameSavepointPath(pinOf(v.settings), v.restoredFrom),
      recorded: record2.savepoints.some((s) => sameSavepointPath(s.path, v.restoredFrom))
    });
  }
  return out;
});
function pinOf(settings) {
  const pin = settings?.restoreFrom;
  return typeof pin === "string" ? pin : void 0;
}
var adoptedJobIds = (function adoptedJobIds(record2) {
  const ids = /* @__PURE__ */ new Set();
  for (const v of [record2.current, record2.lastStable]) if (v?.adopted) ids.add(v.jobId);
  for (const h of record2.history) if (h.action === "adopt" && h.jobId) ids.add(h.jobId);
  return ids;
});
// src/engine/savepoints-sizes.ts
var savepointSizes = (async function savepointSizes(client, jobIds) {
  const out = /* @__PURE__ */ new Map();
  for (const id2 of new Set(jobIds)) {
    const r = await client.getCheckpoints(id2);
    if (!r.ok) continue;
    for (const c of [...r.value.recentSavepoints ?? [], r.value.latestSavepoint]) {
      if (c?.externalPath && c.stateSize !== void 0) out.set(c.externalPath, c.stateSize);
    }
  }
  return out;
});
// src/engine/savepoints-dispose.ts
var GONE = /FileNotFoundException|Cannot find checkpoint or savepoint|does not exist/i;
async function dispose(s, job, limits, hooks, pins) {
  const { ctx } = s;
  const record2 = ctx.store.record(job.name);
  if (!record2) return { disposed: [], failed: [], retained: [], diags: [] };
  const { flinkVersion } = await clusterVersion(ctx.client);
  const plan = retention(record2, limits, job.settings.restoreFrom, pins, flinkVersion);
  const disposed = [];
  const failed = [];
  const diags = [];
  for (const sp of plan.dispose) {
    hooks?.onEvent?.({ type: "dispose-started", job: job.name, path: sp.path });
    const t = await ctx.client.disposeSavepoint(sp.path);
    const o = t.ok ? await awaitDisposal(ctx.client, t.value.triggerId, {
      ...pollOptions(ctx, job.name, `disposal of ${sp.path}`, ctx.timing.savepointTimeoutMs),
      unreachableMs: ctx.timing.unreachableMs
    }) : void 0;
    const cause = !t.ok ? t.error.message : o?.state === "completed" ? void 0 : o?.state === "failed" ? o.cause.kind === "failed" ? o.cause.message : o.cause.kind === "error" ? o.cause.error.message : o.cause.kind === "unreachable" ? `the JobManager has not answered for ${Math.round(o.cause.forMs / 1e3)} s (${o.cause.error.message})` : "the JobManager forgot the disposal" : `disposal did not finish within ${Math.round(ctx.timing.savepointTimeoutMs / 1e3)} s`;
    if (cause !== void 0 && !GONE.test(cause)) {
      diags.push(
        error8(
          SAVEPOINT_CODES.disposalFailed,
          `disposing of savepoint ${sp.path} of job ${job.name} failed: ${s.mask(cause)}`,
          "It stays recorded as restorable; the next run tries again. Check that the JobManager can delete files in the savepoint directory."
        )
      );
      failed.push(sp.path);
      continue;
    }
    await ctx.store.update(
      job.name,
      `savepoints: disposed of a savepoint of ${job.name}`,
      (d) => appendHistory(markSavepointDisposed(d, job.name, sp.path), job.name, {
        time: new Date(ctx.clock.now()).toISOString(),
        action: "dispose",
        savepoint: sp.path,
        detail: cause !== void 0 ? "already gone" : plan.expired.has(sp.path) ? `older than maxAge: ${job.settings.savepoints?.maxAge}` : `beyond keep: ${limits.keep}`
      })
    );
    disposed.push(sp.path);
  }
  return { disposed, failed, retained: plan.retained, diags };
}
// src/engine/savepoints-session.ts
var runningManaged = (function runningManaged(live2, job, record2) {
  return live2.jobs.find(
    (j) => j.job === job && j.state === "RUNNING" && (j.labels !== void 0 || isRecordedRun(record2?.current, j))
  );
});
var maskWith = (function maskWith(values) {
  return (text) => maskSecrets(text, values);
});
var withSession = (async function withSession(opts, work) {
  const timing = { ...DEFAULT_TIMING, ...opts.timing };
  const { desired, client, store, clock } = opts;
  const none = (diags) => ({ jobs: [], diags });
  let waited = false;
  const onWait = (holder) => {
    if (!waited) opts.hooks?.onEvent?.({ type: "lock-wait", holder, timeoutMs: timing.lockTimeoutMs });
    waited = true;
  };
  const locking = {
    store,
    owner: opts.owner,
    clock,
    timing,
    onWait,
    ...opts.stop ? { stop: opts.stop } : {}
  };
  return withLockedSession(locking, none, async ({ session }) => {
    const observed = opts.observe ? await opts.observe() : await observe(client, { project: desired.project, env: desired.env, clock });
    if (hasErrors4(observed.diags)) return none(observed.diags);
    const secretValues = new Set(opts.secretValues ?? []);
    const ctx = {
      client,
      clock,
      signal: new AbortController().signal,
      store: session(
        () => {
        },
        () => [...secretValues]
      ),
      timing,
      desired,
      secretValues,
      emit: (e) => {
        if (e.type === "poll-progress") opts.hooks?.onEvent?.(e);
      }
    };
    const r = await work({ ctx, live: observed.value, mask: maskWith([...secretValues]) });
    return { jobs: r.jobs, diags: [...observed.diags, ...r.diags] };
  });
});
// src/engine/savepoints-take.ts
var take = (async function take(s, job, live2, kind, hooks) {
  const { ctx } = s;
  const record2 = ctx.store.record(job.name);
  const specHash = live2.labels?.[LABEL_KEYS3.specHash] ?? record2?.current?.specHash ?? "unknown";
  const target = { job: job.name, jobId: live2.jobId, specHash, kind };
  const pending = record2?.pending;
  if (pending && !(pending.kind === "savepoint" && pending.jobId === live2.jobId)) {
    const reason = `an interrupted ${pending.kind} (since ${pending.startedAt}) is pending; run flinkops apply to finish it first`;
    return {
      report: { outcome: "skipped", reason },
      diags: [error8(SAVEPOINT_CODES.pendingOperation, `job ${job.name}: ${reason}`, "Run flinkops apply.")]
    };
  }
  if (pending) {
    const o2 = await resolvePendingSavepoint(ctx, { ...target, mode: "trigger" }, pending);
    if (o2?.ok) return { report: { outcome: "taken", savepoint: o2.path }, diags: [] };
    if (o2 && !o2.ok && o2.diag.code !== "FO703")
      return { report: { outcome: "failed", reason: o2.cause }, diags: [o2.diag] };
    await ctx.store.update(
      job.name,
      `savepoints: ${job.name}: lost trigger dropped`,
      (d) => clearPending(d, job.name)
    );
  }
  hooks?.onEvent?.({ type: "savepoint-started", job: job.name, jobId: live2.jobId });
  const o = await triggerSavepoint(ctx, target);
  if (!o.ok) return { report: { outcome: "failed", reason: o.cause }, diags: [o.diag] };
  hooks?.onEvent?.({ type: "savepoint-completed", job: job.name, path: o.path });
  return { report: { outcome: "taken", savepoint: o.path }, diags: [] };
});
// src/engine/savepoints-run.ts
var BATCH_REASON = "a batch job: Flink takes no savepoints of a batch job";
var dueSlack = (function dueSlack(everyMs) {
  return Math.min(everyMs / 10, 15 * 6e4);
});
var hasPolicy = (function hasPolicy(policy) {
  return policy?.every !== void 0 || policy?.keep !== void 0 || policy?.maxAge !== void 0;
});
var runSavepoints = (async function runSavepoints(opts) {
  const now = opts.now ?? new Date(opts.clock.now()).toISOString();
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new Error(`runSavepoints: "${now}" is not an ISO-8601 time`);
  const only2 = opts.jobs ? new Set(opts.jobs) : void 0;
  const jobs = [...opts.desired.jobs].filter((j) => !only2 || only2.has(j.name)).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const withPolicy = jobs.filter((j) => hasPolicy(j.settings.savepoints));
  if (withPolicy.length === 0)
    return {
      now,
      jobs: jobs.map((j) => ({ job: j.name, outcome: "no-policy", disposed: [], retained: [] })),
      diags: []
    };
  const pins = pinsOf(opts.desired.jobs);
  if (opts.lockOnlyWhenDue) {
    const idle = await idleReports(opts, jobs, t, pins);
    if (idle) return { now, jobs: idle, diags: [] };
  }
  const r = await withSession(opts, async (s) => {
    const reports = [];
    const diags = [];
    for (const [i, job] of jobs.entries()) {
      if (opts.stop?.aborted) {
        const left = jobs.slice(i).map((j) => j.name);
        diags.push(
          warning4(
            SAVEPOINT_CODES.interrupted,
            `savepoints run stopped before ${left.length === 1 ? "job" : "jobs"} ${left.join(", ")}: it was asked to stop`,
            "Every savepoint taken was recorded, and the lock is released. Run flinkops savepoints run again for the rest: jobs not yet due are left alone."
          )
        );
        break;
      }
      const policy = job.settings.savepoints;
      const report = { job: job.name, outcome: "no-policy", disposed: [], retained: [] };
      reports.push(report);
      if (!hasPolicy(policy)) continue;
      const every = policy.every ? durationMs(policy.every) : void 0;
      const live2 = runningManaged(s.live, job.name, s.ctx.store.record(job.name));
      if (live2) report.jobId = live2.jobId;
      if (every !== void 0) {
        const newest = newestSavepoint(s.ctx.store.record(job.name));
        const due = newest ? Date.parse(newest.time) + every - dueSlack(every) : t;
        if (isBatchJob(job)) {
          report.outcome = "skipped";
          report.reason = BATCH_REASON;
        } else if (!live2) {
          report.outcome = "not-running";
          report.reason = "no running managed job on the cluster";
        } else if (due > t) {
          report.outcome = "not-due";
          report.reason = `newest savepoint is from ${newest.time}`;
          report.nextDue = new Date(due).toISOString();
        } else {
          const took = await take(s, job, live2, "periodic", opts.hooks);
          Object.assign(report, took.report);
          diags.push(...took.diags);
          if (report.outcome === "taken")
            report.nextDue = new Date(s.ctx.clock.now() + every - dueSlack(every)).toISOString();
        }
      } else {
        report.outcome = "keep-only";
        report.reason = "no periodic savepoints: retention only";
      }
      const limits = retentionLimits(policy, t);
      if (limits && report.outcome !== "failed") {
        const d = await dispose(s, job, limits, opts.hooks, pins);
        report.disposed = d.disposed;
        if (d.failed.length) report.disposalFailed = d.failed;
        report.retained = d.retained;
        diags.push(...d.diags);
      }
    }
    return { jobs: reports, diags };
  });
  return { now, ...r };
});
var idleReports = (async function idleReports(opts, jobs, t, pins) {
  let doc;
  try {
    doc = (await opts.store.read()).doc;
  } catch {
    return void 0;
  }
  const reports = [];
  for (const job of jobs) {
    const policy = job.settings.savepoints;
    const report = { job: job.name, outcome: "no-policy", disposed: [], retained: [] };
    reports.push(report);
    if (!hasPolicy(policy)) continue;
    const record2 = doc.jobs[job.name];
    const limits = retentionLimits(policy, t);
    if (limits && record2 && retention(record2, limits, job.settings.restoreFrom, pins).dispose.length > 0)
      return void 0;
    if (!policy.every) {
      report.outcome = "keep-only";
      report.reason = "no periodic savepoints: retention only";
      continue;
    }
    if (isBatchJob(job)) {
      report.outcome = "skipped";
      report.reason = BATCH_REASON;
      continue;
    }
    const every = durationMs(policy.every);
    if (every === void 0) return void 0;
    const newest = newestSavepoint(record2);
    if (!newest) return void 0;
    const due = Date.parse(newest.time) + every - dueSlack(every);
    if (!(due > t)) return void 0;
    report.outcome = "not-due";
    report.reason = `newest savepoint is from ${newest.time}`;
    report.nextDue = new Date(due).toISOString();
  }
  return reports;
});
var takeManualSavepoint = (async function takeManualSavepoint(opts) {
  const now = new Date(opts.clock.now()).toISOString();
  const job = opts.desired.jobs.find((j) => j.name === opts.job);
  if (!job) {
    const names = opts.desired.jobs.map((j) => j.name);
    const hint = didYouMean(opts.job, names);
    return {
      now,
      jobs: [],
      diags: [
        error8(
          SAVEPOINT_CODES.notRunning,
          `no job '${opts.job}' in the repository`,
          `${hint ? `Did you mean '${hint}'? ` : ""}Known jobs: ${names.join(", ") || "none"}.`
        )
      ]
    };
  }
  if (isBatchJob(job))
    return {
      now,
      jobs: [{ job: job.name, outcome: "skipped", reason: BATCH_REASON, disposed: [], retained: [] }],
      diags: [
        error8(
          SAVEPOINT_CODES.notRunning,
          `job ${job.name} is a batch job: Flink takes no savepoints of a batch job`,
          `A batch job reads bounded input and ends FINISHED by itself; it keeps no state between runs, and running it again (apply --replace ${job.name}) starts afresh.`
        )
      ]
    };
  const r = await withSession(opts, async (s) => {
    const report = { job: job.name, outcome: "not-running", disposed: [], retained: [] };
    const live2 = runningManaged(s.live, job.name, s.ctx.store.record(job.name));
    if (!live2) {
      report.reason = "no running managed job on the cluster";
      const record2 = s.ctx.store.record(job.name);
      const resumesFrom = record2?.status === "suspended" ? lastRestorableSavepoint(record2) : void 0;
      const unmanaged = s.live.jobs.find((j) => j.job === job.name && j.state === "RUNNING");
      const other = s.live.jobs.find((j) => j.job === job.name && !isLocallyTerminal(j.state));
      return {
        jobs: [report],
        diags: [
          unmanaged ? error8(
            SAVEPOINT_CODES.notRunning,
            `job ${job.name} runs on the cluster as ${unmanaged.jobId} (${unmanaged.name}), but flinkops does not manage it yet`,
            `It carries no flinkops labels and the state store does not know it (started by hand under the managed name?), so flinkops records no savepoint of it. flinkops apply adopts it without a restart (flinkops plan shows adopt); then flinkops savepoint ${job.name} takes its savepoints. To take one now without flinkops: POST /jobs/${unmanaged.jobId}/savepoints on the JobManager.`
          ) : resumesFrom ? error8(
            SAVEPOINT_CODES.notRunning,
            `job ${job.name} is suspended: there is no running job to take a savepoint of`,
            `It was stopped with a savepoint and resumes from it: ${resumesFrom.path} (${resumesFrom.kind}, ${resumesFrom.time}; flinkops savepoints list ${job.name}).`
          ) : error8(
            SAVEPOINT_CODES.notRunning,
            `job ${job.name} is not running on the cluster${other ? ` (${other.jobId} is ${other.state})` : ""}`,
            "A savepoint needs a running job. flinkops status shows its state; a suspended job already has its savepoint (flinkops savepoints list)."
          )
        ]
      };
    }
    report.jobId = live2.jobId;
    if (opts.stop?.aborted) {
      report.outcome = "skipped";
      report.reason = "asked to stop before the savepoint was triggered";
      return {
        jobs: [report],
        diags: [
          warning4(
            SAVEPOINT_CODES.stoppedBeforeTrigger,
            `no savepoint of job ${job.name} was taken: it was asked to stop before the savepoint was triggered`,
            `Nothing was changed, and the lock is released. Run flinkops savepoint ${job.name} again to take it.`
          )
        ]
      };
    }
    const took = await take(s, job, live2, "manual", opts.hooks);
    Object.assign(report, took.report);
    return { jobs: [report], diags: took.diags };
  });
  return { now, ...r };
});

import {
  UsageError,
  stringOpt
} from "./chunk-CB37V45K.mjs";
import {
  insideRepository as insideRepository2
} from "./chunk-DPJDA3R2.mjs";
import {
  isAbsolute as isAbsolute2,
  join as join4,
  resolve as resolve2
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync as readFileSync3,
  statSync as statSync2
} from "./chunk-NPMD6JOW.mjs";
import {
  hasErrors as hasErrors5
} from "./chunk-FYVUM4PK.mjs";
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
      const path = join4(dir, file);
      if (!insideRepository2(dir, path)) continue;
      const st = statSync2(path);
      if (!st.isFile() || st.size > 1024 * 1024) continue;
      out.set(file, readFileSync3(path, "utf8"));
    } catch {
    }
  }
  return out;
});
var reportDiagnostics = (function reportDiagnostics(io, dir, diags) {
  if (diags.length) io.stderr(renderDiagnostics(diags, { color: io.color, sources: sourcesOf(dir, diags) }));
  return hasErrors5(diags);
});
var mask2 = (function mask2(text, secrets) {
  return maskSecrets(text, secrets);
});
var maskDiagnostic = (function maskDiagnostic(d, secrets) {
  return { ...d, summary: mask2(d.summary, secrets), detail: mask2(d.detail, secrets) };
});

import {
  loadAndValidate as loadAndValidate2
} from "./chunk-HCV42XU2.mjs";
import {
  parse as parse2
} from "./chunk-SIW47MSI.mjs";
import {
  join as join5
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync as readFileSync4,
  statSync as statSync3
} from "./chunk-NPMD6JOW.mjs";
// src/cli/commands/project-envs.ts
var environmentsOf = (function environmentsOf(dir) {
  try {
    const path = join5(dir, "flinkops.yaml");
    if (!statSync3(path).isFile()) return [];
    const doc = parse2(readFileSync4(path, "utf8"));
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
    const errors = loadAndValidate2(dir, { envVars: io.env }).diags.filter((d) => d.severity === "error");
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
  shownUrl as shownUrl5
} from "./chunk-PG4X7Q6A.mjs";
// src/render/progress.ts
var describeEngineProgress = (function describeEngineProgress(p) {
  switch (p.stage) {
    case "compiling":
      return "compiling";
    case "reading-state":
      return `reading state (${p.location})`;
    case "observing":
      return `observing ${shownUrl5(p.jobmanagerUrl)}`;
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
    case "slot-wait":
      return `${p.query}: no task slot free (0 of ${p.slotsTotal}); its job waits for one until --timeout unless the cluster starts a TaskManager for it (free one: suspend a job or lower a parallelism)`;
  }
});
var lockWaitLine = (function lockWaitLine(holder, timeoutMs) {
  return `waiting for the state lock: held by ${holder.who} (${holder.command} on ${holder.host}) since ${holder.since}; waiting up to ${(timeoutMs / 1e3).toFixed(1)}s`;
});

import {
  UsageError as UsageError2,
  intOpt,
  stringOpt as stringOpt2
} from "./chunk-CB37V45K.mjs";
import {
  dirname as dirname3,
  isAbsolute as isAbsolute3,
  join as join6,
  resolve as resolve3
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync as readFileSync5,
  statSync as statSync4
} from "./chunk-NPMD6JOW.mjs";
// src/cli/git-head.ts
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function read(path) {
  try {
    return readFileSync5(path, "utf8");
  } catch {
    return void 0;
  }
}
var gitDir = (function gitDir(dir) {
  for (let d = resolve3(dir); ; d = dirname3(d)) {
    const dotGit = join6(d, ".git");
    let isDir;
    try {
      isDir = statSync4(dotGit).isDirectory();
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
    const loose = read(join6(base, ref))?.trim();
    if (loose !== void 0) return SHA.test(loose) ? loose : void 0;
  }
  for (const line of (read(join6(common, "packed-refs")) ?? "").split("\n")) {
    const [sha, name] = line.split(" ");
    if (name === ref && sha && SHA.test(sha)) return sha;
  }
  return void 0;
});
var headCommit = (function headCommit(dir) {
  const git = gitDir(dir);
  if (git === null) return null;
  if (!git) return void 0;
  const head = read(join6(git, "HEAD"))?.trim();
  if (!head) return void 0;
  if (SHA.test(head)) return head;
  const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  if (!ref) return void 0;
  const commonFile = read(join6(git, "commondir"))?.trim();
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
  "  --insecure-skip-verify do not verify the endpoints' TLS certificates (testing only; else",
  "                         FLINKOPS_INSECURE_SKIP_VERIFY=true)"
];
var endpointHelp = clusterHelp.filter((l) => /gateway|jobmanager|ca-file|insecure/i.test(l));
var endpointOptions = Object.fromEntries(
  Object.entries(clusterOptions).filter(([k]) => k !== "state-file" && k !== "concurrency")
);
var tlsOptions = (function tlsOptions(args, io) {
  const caFile = stringOpt2(args, "ca-file") ?? io.env.FLINKOPS_CA_FILE;
  const skip = args.values["insecure-skip-verify"] === true || io.env.FLINKOPS_INSECURE_SKIP_VERIFY === "true";
  if (!caFile && !skip) return void 0;
  let ca;
  if (caFile) {
    try {
      ca = readFileSync5(isAbsolute3(caFile) ? caFile : resolve3(io.cwd, caFile), "utf8");
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
    clock: systemClock,
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
    const message2 = describeEngineProgress(p);
    io.stderr(io.color ? `\x1B[2m\u2026 ${message2}\x1B[22m
` : `\u2026 ${message2}
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
    store: fileStore(args, io, dir),
    ...io.interrupt ? { onStop: io.interrupt.onStop } : {}
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
  UsageError as UsageError3
} from "./chunk-CB37V45K.mjs";
import {
  dirname as dirname4,
  join as join7,
  resolve as resolve4
} from "./chunk-KBTCQ2CM.mjs";
import {
  existsSync as existsSync2,
  mkdirSync as mkdirSync2,
  statSync as statSync5,
  writeFileSync as writeFileSync2
} from "./chunk-NPMD6JOW.mjs";
// src/cli/output-file.ts
var writeFailure = (function writeFailure(e, shown, what, example) {
  const code = e?.code;
  switch (code) {
    case "EISDIR":
      return `${shown} is a folder: give the path of a file${example ? `, e.g. ${join7(shown, example)}` : ""}`;
    case "ENOENT": {
      const at2 = e.path ?? shown;
      return existsSync2(dirname4(at2)) ? `${at2} cannot be made in ${dirname4(at2)} (a link to nowhere, or a folder that takes no new ${what}s)` : `the folder ${dirname4(shown)} does not exist: create it first`;
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
} from "./chunk-CB37V45K.mjs";
import {
  didYouMean as didYouMean2
} from "./chunk-EKKRR5UX.mjs";
import {
  isAbsolute as isAbsolute4,
  relative as relative2,
  resolve as resolve5
} from "./chunk-KBTCQ2CM.mjs";
import {
  hasErrors as hasErrors6
} from "./chunk-FYVUM4PK.mjs";
// src/cli/git-contains.ts
var SHA2 = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var commitsOutsideCheckout = (function commitsOutsideCheckout(dir, env) {
  return (commits) => {
    const out = /* @__PURE__ */ new Map();
    const asked2 = commits.filter((c) => SHA2.test(c));
    if (asked2.length === 0) return out;
    const head = headCommit(dir);
    if (head === null && env.GIT_DIR === void 0) return out;
    const { spawnSync } = process.getBuiltinModule("node:child_process");
    const git = (args) => spawnSync("git", args, {
      cwd: dir,
      env,
      stdio: ["ignore", "pipe", "ignore"]
    });
    const shallow = git(["rev-parse", "--is-shallow-repository"]);
    if (shallow.status !== 0 || String(shallow.stdout).trim() !== "false") return out;
    for (const c of asked2) {
      if (c === head) continue;
      const r = git(["merge-base", "--is-ancestor", c, "HEAD"]);
      if (r.status === 0) continue;
      if (r.status === 1) out.set(c, "behind");
      else if (git(["cat-file", "-e", `${c}^{commit}`]).status !== 0) out.set(c, "missing");
    }
    return out;
  };
});
// src/cli/commands/plan.ts
var planOptions = {
  ...clusterOptions,
  out: { type: "string", short: "o" },
  offline: { type: "boolean" },
  "allow-delete": { type: "boolean" },
  "allow-version-upgrade": { type: "boolean" },
  "allow-older-checkout": { type: "boolean" },
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
var checkReplacements = (function checkReplacements(plan, replace, graph) {
  refuseUnknownJobs(plan, "--replace", replace, graph);
});
var objectHint = (function objectHint(graph, name) {
  const node = graph?.nodes.find((n) => n.kind !== "job" && n.name === name);
  if (!graph || !node) return void 0;
  const what = node.kind === "udf" ? "a UDF artifact" : `a ${node.kind.replace("_", " ")}`;
  const jobs = affectedJobs(graph, [node.id]);
  return jobs.length ? `${name} is ${what}, not a job; the jobs that use it, directly or through views: ${jobs.join(", ")} (--target ${jobs.join(",")})` : `${name} is ${what}, not a job, and no job uses it`;
});
var refuseUnknownJobs = (function refuseUnknownJobs(plan, option, names, graph) {
  const unknown = unknownJobs(plan, names);
  if (unknown.length === 0) return;
  const objects = unknown.map((n) => objectHint(graph, n)).filter((h) => h !== void 0);
  const jobs = [...plan.changes, ...plan.target?.omitted ?? []].map((c) => c.job);
  const hint = unknown.length === 1 && !objects.length ? didYouMean2(unknown[0], jobs) : void 0;
  throw new UsageError4(
    `${option} names no job of ${plan.project}/${plan.env}: ${unknown.join(", ")}${hint ? `; did you mean ${hint}?` : ""}${objects.map((o) => `
${o}`).join("")}`
  );
});
var targetOpt = (function targetOpt(args) {
  const jobs = jobList(args, "target");
  return jobs.length > 0 ? { jobs } : void 0;
});
var checkTargets = (function checkTargets(plan, graph) {
  refuseUnknownJobs(plan, "--target", plan.target?.jobs ?? [], graph);
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
    "or upgrade (or resume or recover with a script changed since they ran) are checked by the",
    "cluster's planner first (EXPLAIN on the SQL Gateway, nothing submitted).",
    "  --env NAME             the environment (required when flinkops.yaml defines several)",
    "  --out FILE             save the plan as JSON, for `flinkops apply FILE`",
    "  --json                 print the plan as JSON",
    "  --detailed-exitcode    exit 0 without changes, 2 with changes, 1 on error (as terraform plan);",
    "                         a change refused and skipped (deletion without --allow-delete) is one",
    "  --offline              plan against the state store alone, without the cluster",
    "  --allow-delete         plan deletions of jobs removed from the repository as allowed",
    "  --allow-version-upgrade  start planMode: script jobs on a new Flink version from their",
    "                         savepoint although their state verdict is unknown",
    "  --allow-older-checkout  change jobs last changed from a commit this checkout does not",
    "                         contain (FO684), e.g. one a squash merge replaced",
    "  --write-plans          write each planMode: compiled job's plan to plans/<env>/<job>.json",
    "                         (the exact bytes Flink executes), for review in the pull request",
    "  --now ISO-8601         plan as if run at that instant (schedules)",
    "  --commit SHA           commit recorded in labels (default: GITHUB_SHA or git HEAD)",
    "  --verbose              show the full SQL diff of every changed job",
    "  --target JOB           plan only this job (repeatable); the plan says what it leaves out",
    "  --replace JOB          restart this running job with the repository's script, from a",
    "                         savepoint, though nothing changed (repeatable), e.g. an adopted job;",
    "                         a batch job whose run FINISHED runs again",
    ...clusterHelp
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, planOptions);
    if (stringOpt3(args, "out") === "-")
      throw new UsageError4(
        "--out takes a file name; to print the plan as JSON on standard output, use --json"
      );
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
      ...boolOpt(args, "allow-older-checkout") ? {} : { outsideCheckout: commitsOutsideCheckout(dir, io.env) },
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
    if (plan && target) checkTargets(plan, run.desired?.graph);
    if (plan && replace) checkReplacements(plan, replace, run.desired?.graph);
    if (!plan) {
      if (json) io.stdout(`${mask2(JSON.stringify({ diagnostics: run.diags }, null, 2), run.secretValues)}
`);
      else
        reportDiagnostics(
          io,
          dir,
          run.diags.map((d) => maskDiagnostic(d, run.secretValues))
        );
      return EXIT.error;
    }
    const failed = hasErrors6(run.diags);
    const out = failed ? void 0 : stringOpt3(args, "out");
    if (out)
      writeOutputFile(
        "out",
        out,
        isAbsolute4(out) ? out : resolve5(io.cwd, out),
        renderPlanJson(plan),
        "plan.json"
      );
    if (json) io.stdout(mask2(renderPlanJson(plan), run.secretValues));
    else {
      const text = renderPlanTerminal(plan, {
        color: io.color,
        verbose: boolOpt(args, "verbose"),
        sources: sourcesOf(dir, plan.diagnostics)
      });
      io.stdout(mask2(text, run.secretValues));
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
    return differs(plan) ? EXIT.changes : EXIT.ok;
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
  return words.map(shellWord2).join(" ");
}
function shellWord2(w) {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", "'\\''")}'`;
}

// flinkops-builtin:node:os
var m = process.getBuiltinModule("node:os");
var __flinkopsGet = (k) => m[k];
var hostname = /* @__PURE__ */ __flinkopsGet("hostname");

import {
  EXIT as EXIT2,
  UsageError as UsageError5,
  boolOpt as boolOpt2,
  commonOptions,
  durationOpt,
  parseCommandArgs as parseCommandArgs2,
  stringOpt as stringOpt4
} from "./chunk-CB37V45K.mjs";
import {
  runGraceful
} from "./chunk-QLMKHXW3.mjs";
import {
  didYouMean as didYouMean3,
  meantSuffix
} from "./chunk-EKKRR5UX.mjs";
import {
  error as error9,
  hasErrors as hasErrors7
} from "./chunk-FYVUM4PK.mjs";
// src/cli/force-unlock.ts
var forceUnlockOption = { "force-unlock": { type: "string" } };
var forceUnlockHelp = "  --force-unlock ID      first remove the lock with this id, left by a run that is gone (its id is in the lock message)";
var forceUnlock = (async function forceUnlock(args, io, store, quiet) {
  const id2 = stringOpt4(args, "force-unlock");
  if (id2 === void 0) return [];
  try {
    const broken = await store.breakLock(id2);
    if (!quiet)
      io.stderr(
        broken ? `Removed the lock ${id2} of ${broken.who} (${broken.command} on ${broken.host}) since ${broken.since}.
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
// src/cli/commands/savepoints.ts
var savepointsOptions = {
  ...clusterOptions,
  ...forceUnlockOption,
  now: { type: "string" },
  "savepoint-timeout": { type: "string" },
  "lock-timeout": { type: "string" }
};
var savepointTimeoutHelp = "  --savepoint-timeout DUR  how long the savepoint is awaited before it is left pending (FO704;\n                         default 10min; keep it above the jobs' execution.checkpointing.timeout)";
var lockTimeoutHelp = "  --lock-timeout DUR     wait this long for the state lock another run (an apply) holds (default 0:\n                         fail at once)";
var savepointTiming = (function savepointTiming(args) {
  const ms = durationOpt(args, "savepoint-timeout");
  if (ms === 0) throw new UsageError5("--savepoint-timeout must be longer than 0 (e.g. 30min)");
  const lock = durationOpt(args, "lock-timeout");
  const timing = {
    ...ms === void 0 ? {} : { savepointTimeoutMs: ms },
    ...lock === void 0 ? {} : { lockTimeoutMs: lock }
  };
  return Object.keys(timing).length === 0 ? {} : { timing };
});
var openCluster = (async function openCluster(args, io, ports, quiet, now) {
  const dir = projectDir(args, io);
  const env = chooseEnv(args, io, environmentsOf(dir));
  const secrets = secretSource(io);
  const run = await runPlan({
    ...clusterRun(args, io, dir, env),
    secrets,
    offline: false,
    allowDelete: false,
    now: now ?? new Date(ports.clock.now()).toISOString(),
    clock: ports.clock,
    ...ports.client ? { client: ports.client } : {},
    onProgress: progressPrinter(io, quiet)
  });
  return { dir, run, secretValues: [...run.secretValues, ...jobSecretValues(run.desired, secrets)] };
});
var reportStopped = (function reportStopped(io, dir, diags, secrets, json, fields = {}) {
  if (json) io.stdout(`${mask2(JSON.stringify({ ...fields, diagnostics: diags }, null, 2), secrets)}
`);
  else reportMasked(io, dir, diags, secrets);
});
var reportMasked = (function reportMasked(io, dir, diags, secrets) {
  reportDiagnostics(
    io,
    dir,
    diags.map((d) => maskDiagnostic(d, secrets))
  );
});
var savepointProgress = (function savepointProgress(io, quiet) {
  if (quiet) return () => {
  };
  return (e) => {
    if (e.type === "savepoint-started") io.stderr(`${e.job}: taking a savepoint of job ${e.jobId}
`);
    else if (e.type === "dispose-started") io.stderr(`${e.job}: disposing of ${e.path}
`);
    else if (e.type === "lock-wait") io.stderr(`${lockWaitLine(e.holder, e.timeoutMs)}
`);
  };
});
var OUTCOME_TEXT = {
  taken: "taken",
  "not-due": "not due",
  "not-running": "not running",
  "no-policy": "no policy",
  "keep-only": "keep only",
  skipped: "skipped",
  failed: "FAILED"
};
var renderSavepointsReport = (function renderSavepointsReport(report) {
  const lines = [`Savepoints at ${report.now}:`];
  if (!report.jobs.length) lines.push("  no jobs");
  const width = Math.max(12, ...report.jobs.map((j) => j.job.length));
  for (const j of report.jobs) {
    const facts = [
      j.savepoint ? `savepoint ${j.savepoint}` : "",
      j.outcome !== "taken" && j.reason ? j.reason : "",
      j.nextDue ? `next due ${j.nextDue}` : ""
    ].filter(Boolean);
    lines.push(
      `  ${j.job.padEnd(width)}  ${(OUTCOME_TEXT[j.outcome] ?? j.outcome).padEnd(11)} ${facts.join(" \xB7 ")}`
    );
    for (const p of j.disposed) lines.push(`  ${"".padEnd(width)}  ${"disposed".padEnd(11)} ${p}`);
    for (const p of j.disposalFailed ?? [])
      lines.push(
        `  ${"".padEnd(width)}  ${"FAILED".padEnd(11)} disposal of ${p} (still restorable; the next run tries again)`
      );
    for (const r of j.retained)
      lines.push(`  ${"".padEnd(width)}  ${"kept".padEnd(11)} ${r.path} (${r.why})`);
  }
  const count = (o) => report.jobs.filter((j) => j.outcome === o).length;
  const disposed = report.jobs.reduce((n, j) => n + j.disposed.length, 0);
  const notDisposed = report.jobs.reduce((n, j) => n + (j.disposalFailed?.length ?? 0), 0);
  const failedDisposals = notDisposed ? `, ${notDisposed} disposal${notDisposed === 1 ? "" : "s"} failed` : "";
  lines.push(
    "",
    `${count("taken")} taken, ${disposed} disposed, ${count("failed")} failed${failedDisposals}.`,
    ""
  );
  return lines.join("\n");
});
var RUN_STOP_NOTICE = "finishing the job under way (a savepoint in flight is recorded the moment it completes); no other job is started, then the lock is released.";
var runCommand = (async function runCommand(args, io, ports) {
  if (args.positionals.length > 0) throw new UsageError5(`savepoints run takes no job names`);
  const json = boolOpt2(args, "json");
  const nowText = stringOpt4(args, "now");
  const now = nowText === void 0 ? void 0 : planInstant(nowText);
  const timing = savepointTiming(args);
  const { dir, run, secretValues } = await openCluster(args, io, ports, json || !io.isTTY, now);
  if (!run.desired || !run.client || !run.store || !run.live && hasErrors7(run.diags)) {
    await run.client?.close();
    reportStopped(io, dir, run.diags, secretValues, json);
    return EXIT2.error;
  }
  const unlocked = await forceUnlock(args, io, run.store, json);
  if (unlocked.length) {
    await run.client.close();
    reportStopped(io, dir, unlocked, secretValues, json);
    return EXIT2.error;
  }
  const { desired, client, store } = run;
  const report = await runGraceful(
    io.interrupt,
    RUN_STOP_NOTICE,
    (stop) => runSavepoints({
      desired,
      client,
      store,
      clock: ports.clock,
      ...now ? { now } : {},
      owner: { who: owner(io), command: "flinkops savepoints run", host: hostname() },
      secretValues,
      ...timing,
      hooks: { onEvent: savepointProgress(io, json) },
      stop
    })
  );
  await run.client.close();
  const { diags, ...body } = report;
  if (json) io.stdout(`${mask2(JSON.stringify({ ...body, diagnostics: diags }, null, 2), secretValues)}
`);
  else {
    io.stdout(mask2(renderSavepointsReport(report), secretValues));
    reportMasked(io, dir, report.diags, secretValues);
  }
  return savepointsFailed(report) ? EXIT2.error : EXIT2.ok;
});
var listCommand = (async function listCommand(args, io, ports) {
  const [job, ...rest] = args.positionals;
  if (!job || rest.length) throw new UsageError5("savepoints list takes one job name");
  for (const option of ["force-unlock", "lock-timeout", "savepoint-timeout"])
    if (stringOpt4(args, option) !== void 0)
      throw new UsageError5(
        `savepoints list takes no lock and no savepoint; --${option} belongs to savepoints run`
      );
  const json = boolOpt2(args, "json");
  const nowText = stringOpt4(args, "now");
  const now = nowText === void 0 ? new Date(ports.clock.now()).toISOString() : planInstant(nowText);
  const { dir, run, secretValues } = await openCluster(args, io, ports, json || !io.isTTY, now);
  if (!run.desired || !run.state) {
    await run.client?.close();
    reportStopped(io, dir, run.diags, secretValues, json, { job });
    return EXIT2.error;
  }
  const record2 = run.state.doc.jobs[job];
  const desiredJob = run.desired.jobs.find((j) => j.name === job);
  if (!record2 && !desiredJob) {
    await run.client?.close();
    const known = [.../* @__PURE__ */ new Set([...run.desired.jobs.map((j) => j.name), ...Object.keys(run.state.doc.jobs)])];
    const to = renamedTo(run.state.doc, job);
    const text = `No job '${job}' in the repository or the state store${meantSuffix(job, known)} (known: ${known.sort().join(", ") || "none"}).` + (to ? ` It was renamed to ${to} (movedFrom): its savepoints and history are under ${to} now.` : "");
    if (json)
      reportStopped(
        io,
        dir,
        [error9(SAVEPOINT_CODES.notRunning, `no job '${job}' in the repository or the state store`, text)],
        secretValues,
        true,
        { job }
      );
    else io.stderr(`${text}
`);
    return EXIT2.error;
  }
  const ids = (run.live?.jobs ?? []).filter((j) => j.job === job).map((j) => j.jobId);
  const sizes = run.client && ids.length ? await savepointSizes(run.client, ids) : /* @__PURE__ */ new Map();
  await run.client?.close();
  const entries = listSavepoints(
    desiredJob,
    record2,
    now,
    sizes,
    pinsOf(run.desired.jobs),
    run.live?.observed ? run.live.flinkVersion : void 0
  );
  const startedFrom2 = startPoints(record2);
  if (json)
    io.stdout(
      `${mask2(JSON.stringify({ job, now, startedFrom: startedFrom2, savepoints: entries }, null, 2), secretValues)}
`
    );
  else {
    const batch = desiredJob !== void 0 && isBatchJob(desiredJob);
    io.stdout(mask2(renderSavepointList(job, entries, { color: io.color, batch }, startedFrom2), secretValues));
  }
  if (!run.live) reportMasked(io, dir, run.diags, secretValues);
  return EXIT2.ok;
});
var savepointsCommandWith = (function savepointsCommandWith(ports) {
  return {
    help: [
      "Usage: flinkops savepoints run [--env NAME] [--dir DIR] [--now ISO-8601] [--json]",
      "       flinkops savepoints list JOB [--env NAME] [--dir DIR] [--json]",
      "",
      "run: for every running job with `savepoints: {every, keep, maxAge}` whose newest savepoint is",
      "older than `every`, takes a savepoint (recorded the moment it completes), then disposes of those",
      "beyond `keep` or older than `maxAge` \u2014 never one a rollback, a resume or a pinned restoreFrom needs.",
      "Holds the state store lock. Running it again at the same time does nothing. Exit 1 on a failure.",
      "Ctrl-C (SIGINT) or SIGTERM: the job under way finishes (its savepoint recorded), no other is",
      "started, the lock is released; exit 130/143. A second signal stops at once.",
      "list: every savepoint recorded for JOB, newest first: time, age, kind, the spec it was taken",
      "from (current: restores the spec the repository compiles to now), the Flink release that",
      "wrote it (`not on X`: the cluster, of an older major release, cannot restore it), size, disposed or not;",
      "above them, what the running job was started from (a pin, a savepoint taken by hand, a chk-N).",
      "  --now ISO-8601         measure `every` and ages at that instant (scheduled runs)",
      "  --json                 print the report (run) or the list (list) as JSON",
      `${savepointTimeoutHelp} (run)`,
      `${forceUnlockHelp} (run)`,
      `${lockTimeoutHelp} (run)`,
      ...clusterHelp
    ].join("\n"),
    async run(argv, io) {
      const sub = parseCommandArgs2(argv, savepointsOptions, Number.POSITIVE_INFINITY).positionals[0];
      const at2 = sub === void 0 ? -1 : subcommandIndex(argv, sub);
      const args = parseCommandArgs2(
        at2 < 0 ? argv : [...argv.slice(0, at2), ...argv.slice(at2 + 1)],
        savepointsOptions,
        Number.POSITIVE_INFINITY
      );
      if (sub === "run") return runCommand(args, io, ports);
      if (sub === "list") return listCommand(args, io, ports);
      const hint = sub === void 0 ? void 0 : didYouMean3(sub, ["run", "list"]);
      throw new UsageError5(
        sub === void 0 ? "savepoints needs a subcommand: run or list" : `unknown subcommand '${sub}'${hint ? `; did you mean '${hint}'?` : ""} (run, list)`
      );
    }
  };
});
var savepointsCommand = savepointsCommandWith({ clock: systemClock });
function subcommandIndex(argv, sub) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== sub) continue;
    const prev = argv[i - 1];
    const name = prev?.startsWith("--") ? prev.slice(2) : void 0;
    const short = prev && /^-[a-z]$/.test(prev) ? prev.slice(1) : void 0;
    const spec = { ...commonOptions, ...savepointsOptions };
    const takesValue = name !== void 0 && !name.includes("=") && spec[name]?.type === "string" || short !== void 0 && Object.values(spec).some((o) => o.short === short && o.type === "string");
    if (!takesValue) return i;
  }
  return -1;
}

import {
  EXIT as EXIT3,
  UsageError as UsageError6,
  boolOpt as boolOpt3,
  parseCommandArgs as parseCommandArgs3
} from "./chunk-CB37V45K.mjs";
import "./chunk-VT7LOJPP.mjs";
import {
  runGraceful as runGraceful2
} from "./chunk-QLMKHXW3.mjs";
import "./chunk-HCV42XU2.mjs";
import "./chunk-MTN3MEF7.mjs";
import "./chunk-PG4X7Q6A.mjs";
import "./chunk-2KEB7JXC.mjs";
import "./chunk-DPJDA3R2.mjs";
import "./chunk-BYIOOC32.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-QDFCQ7OG.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-EKKRR5UX.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-FYVUM4PK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
// src/cli/commands/savepoint.ts
var STOP_NOTICE = "finishing the savepoint under way: it is recorded the moment it completes, then the lock is released.";
var savepointCommandWith = (function savepointCommandWith(ports) {
  return {
    help: [
      "Usage: flinkops savepoint JOB [--env NAME] [--dir DIR] [--json]",
      "",
      "Triggers a savepoint of the running job (it keeps running), records its path in the state",
      "store the moment it completes, and prints the path. Retention never disposes of the newest",
      "savepoint, so this one stays restorable at least until the next. Exit 1 when it fails.",
      "Ctrl-C (SIGINT) or SIGTERM: the savepoint under way is awaited and recorded, the lock is",
      "released; exit 130/143. A second signal stops at once (the next run finds the savepoint).",
      '  --json                 {"job","jobId","savepoint"} or the diagnostics',
      savepointTimeoutHelp,
      forceUnlockHelp,
      lockTimeoutHelp,
      ...clusterHelp
    ].join("\n"),
    async run(argv, io) {
      const args = parseCommandArgs3(
        argv,
        {
          ...clusterOptions,
          ...forceUnlockOption,
          "savepoint-timeout": { type: "string" },
          "lock-timeout": { type: "string" }
        },
        Number.POSITIVE_INFINITY
      );
      const [job, ...rest] = args.positionals;
      if (!job || rest.length) throw new UsageError6("savepoint takes one job name");
      const json = boolOpt3(args, "json");
      const timing = savepointTiming(args);
      const { dir, run, secretValues } = await openCluster(args, io, ports, json || !io.isTTY);
      if (!run.desired || !run.client || !run.store || !run.live) {
        await run.client?.close();
        reportStopped(io, dir, run.diags, secretValues, json, { job });
        return EXIT3.error;
      }
      const unlocked = await forceUnlock(args, io, run.store, json);
      if (unlocked.length) {
        await run.client.close();
        reportStopped(io, dir, unlocked, secretValues, json, { job });
        return EXIT3.error;
      }
      const { desired, client, store } = run;
      const report = await runGraceful2(
        io.interrupt,
        STOP_NOTICE,
        (stop) => takeManualSavepoint({
          stop,
          job,
          desired,
          client,
          store,
          clock: ports.clock,
          owner: { who: owner(io), command: "flinkops savepoint", host: hostname() },
          secretValues,
          ...timing,
          hooks: { onEvent: savepointProgress(io, json) }
        })
      );
      await run.client.close();
      const r = report.jobs[0];
      const failed = savepointsFailed(report) || !r?.savepoint;
      if (json) {
        const out = failed ? { job, ...r?.jobId ? { jobId: r.jobId } : {}, diagnostics: report.diags } : { job, jobId: r.jobId, savepoint: r.savepoint };
        io.stdout(`${mask2(JSON.stringify(out, null, 2), secretValues)}
`);
      } else {
        if (!failed) {
          io.stderr(`Savepoint of ${job} (job ${r.jobId}) completed and recorded.
`);
          io.stdout(`${mask2(r.savepoint, secretValues)}
`);
        }
        reportMasked(io, dir, report.diags, secretValues);
      }
      return failed ? EXIT3.error : EXIT3.ok;
    }
  };
});
var savepointCommand = savepointCommandWith({ clock: systemClock });
export {
  savepointCommand,
  savepointCommandWith
};
