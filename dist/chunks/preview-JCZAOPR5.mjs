// src/core/restore-point.ts
var savepointPathKey = (function savepointPathKey(path) {
  const p = path.replace(/\/+$/, "");
  return p.startsWith("/") ? `file:${p}` : p.replace(/^file:\/\/\//, "file:/");
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
var GATEWAY_WRAPPER = /^(SqlGatewayException|SqlExecutionException): Failed to/;
var flinkReason = (function flinkReason(e) {
  const causes = e.causes.filter((c) => !GATEWAY_WRAPPER.test(c));
  const lines = causes.length > 0 ? [causes[0], ...causes.slice(-2)] : [e.message];
  return lines.filter((l, i, a) => a.indexOf(l) === i).join(" <- ");
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
// src/flink/diagnostics.ts
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
// src/flink/await.ts
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
    return new Promise((resolve4, reject) => {
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
        else resolve4(answer);
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
}
var HTML_PAGE = /^\s*<(?:!doctype\s+html|html|head|body)\b/i;
function proxyAnswer(service, req, a) {
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
function str(o, ...keys) {
  for (const k of keys) {
    const v = o?.[k];
    if (typeof v === "string") return v;
  }
  return void 0;
}
function num(o, ...keys) {
  for (const k of keys) {
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
    const m = { id: id2 };
    for (const k of ["min", "max", "avg", "sum"]) {
      const raw = o?.[k];
      const v = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw) : Number.NaN;
      if (Number.isFinite(v)) m[k] = v;
    }
    out.push(m);
  }
  return out;
}
function waitingTasks(vertex) {
  const tasks = obj(vertex, "tasks");
  return (num(tasks, "SCHEDULED") ?? 0) + (num(tasks, "CREATED") ?? 0);
}
// src/flink/jobmanager.ts
var enc = encodeURIComponent;
function jobManagerCalls(http, caps) {
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
      (b) => parseAggregatedMetrics(b)?.map((m) => m.id),
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
      const guard = await resourceRequirementsGuard(route, "GET");
      if (guard) return guard;
      return call(
        { method: "GET", route, path: `/jobs/${enc(id2)}/resource-requirements` },
        parseResourceRequirements,
        "not an object"
      );
    },
    async putResourceRequirements(id2, reqs) {
      const route = "/jobs/{jobid}/resource-requirements";
      const guard = await resourceRequirementsGuard(route, "PUT");
      if (guard) return guard;
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
    return new Promise((resolve4, reject) => {
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
          resolve4();
        },
        Math.max(0, ms)
      );
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
};

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
  LineIndex
} from "./chunk-MHE3XHPS.mjs";
import {
  pipelineName
} from "./chunk-EKKRR5UX.mjs";
import {
  join
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
  error as error2,
  hasErrors,
  positionIn,
  sortDiagnostics
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
var stringMap2 = (function stringMap2(m) {
  const out = {};
  for (const [k, v] of Object.entries(m ?? {})) out[k] = String(v);
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
var checkSubstitutedFragments = (function checkSubstitutedFragments(project2, t, spec, env, diags) {
  const raw = t.spec;
  const yaml = () => project2.loaded.tables.find((s) => s.file === t.file)?.yaml;
  const check = (before, after, mode, path) => {
    if (before === after) return;
    const problem = fragmentProblem(after, mode) ?? (mode === "expr" ? sqlProblem(after, path[0] === "watermark", project2.config?.flinkVersion) : void 0);
    if (!problem) return;
    diags.push(
      error2(
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
  const { tokens: tokens2, diags } = lex(text, "", new LineIndex(text));
  if (diags.length > 0) return false;
  let k = 0;
  for (const r of refs) {
    while (k < tokens2.length && tokens2[k].end <= r.start) k++;
    const t = tokens2[k];
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
  const ref = bad.range && culprit(original.text, lookup, new LineIndex(text).offset(bad.range.start));
  const range = ref && where.range ? within(where.range, original.text, ref.start, ref.end) : where.range;
  diags.push(
    error2(
      "FO402",
      `With the \${env.X} values of environment ${where.env}, this statement does not parse: ${bad.summary}`,
      `${ref ? `The value of \${env.${ref.name}}` : "A value"} is not valid where it is used in ${where.sqlFile}; check the environment's values (or the variables: defaults), or quote the reference inside a '...' literal.`,
      range
    )
  );
});
var culprit = (function culprit(original, lookup, at) {
  let shift = 0;
  let best;
  for (const ref of scanReferences(original).refs) {
    if (ref.kind !== "env") continue;
    const value = lookup(ref.name) ?? original.slice(ref.start, ref.end);
    const start = ref.start + shift;
    const end = start + value.length;
    const distance = at < start ? start - at : at > end ? at - end : 0;
    if (!best || distance < best.distance) best = { ref, distance };
    shift += value.length - (ref.end - ref.start);
  }
  return best?.ref;
});
var within = (function within(range, statement, start, end) {
  const lines = new LineIndex(statement);
  const pos = (o) => positionIn(range.start, lines.pos(o));
  return { file: range.file, start: pos(start), end: pos(end) };
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
  const m = /^CREATE\s+(OR\s+REPLACE\s+)?(TEMPORARY\s+)?/i.exec(text.slice(i));
  if (!m || m[2]) return text;
  const at = i + m[0].length;
  return `${text.slice(0, at)}TEMPORARY ${text.slice(at)}`;
});
// src/compile/desired-tables.ts
var compileTable = (function compileTable(project2, t, env, lookup, diags) {
  const flinkVersion = project2.config?.flinkVersion;
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
  const overrides = project2.config?.environments[env]?.tables?.[t.name]?.with ?? {};
  const spec = substituteDeep(t.spec, lookup);
  checkSubstitutedFragments(project2, t, spec, env, diags);
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
  const named = connector.includes("${") ? substitute(connector, lookup) : connector;
  if (!KAFKA_CONNECTORS.has(named.trim().toLowerCase())) return [];
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
    const readsOf = (from, r) => {
      link(from, r.tables ?? [], "reads");
      for (const t of r.localTables ?? []) edges.push({ from, to: localId("local_table", t), kind: "reads" });
      for (const v of r.localViews ?? []) edges.push({ from, to: localId("local_view", v), kind: "reads" });
      for (const t of r.catalogTables ?? []) edges.push({ from, to: catalogTable(t), kind: "reads" });
    };
    for (const v of j.localViews ?? []) {
      const view = localId("local_view", v.name);
      nodes.push({ id: view, kind: "local_view", name: v.name, job: j.name });
      readsOf(view, v.reads);
    }
    if (direct) readsOf(id2, direct);
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
  const read = /* @__PURE__ */ new Set([
    ...input.jobs.flatMap((j) => j.reads),
    ...input.tables.filter((t) => t.objectKind === "view").flatMap((t) => t.reads)
  ]);
  for (const t of input.tables) {
    if (!t.topics || t.topics.length === 0) continue;
    if (written.has(t.name)) writing.set(nodeId("table", t.name), t.topics);
    if (read.has(t.name)) reading.set(nodeId("table", t.name), t.topics);
  }
  const writers = /* @__PURE__ */ new Map();
  for (const [id2, keys] of writing) for (const k of keys) writers.set(k, [...writers.get(k) ?? [], id2]);
  const keysWritten = new Set(writers.keys());
  for (const [r, keys] of reading) {
    const seen = /* @__PURE__ */ new Set();
    for (const kr of keys)
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
// src/compile/job-script.ts
var jobDependencies = (function jobDependencies(project2, job) {
  const tables = /* @__PURE__ */ new Map();
  const views = [];
  const seen = /* @__PURE__ */ new Set();
  const functions = new Set(job.functions);
  const sources = /* @__PURE__ */ new Set();
  const stack = [];
  const enter = (name, read) => {
    const t = project2.tableByName.get(name);
    if (!t) return;
    if (t.objectKind === "table") {
      if (read) sources.add(name);
      if (tables.has(name)) return;
      tables.set(name, t);
    } else {
      if (seen.has(name)) return;
      seen.add(name);
    }
    stack.push({ t, read: t.objectKind !== "table", next: 0 });
  };
  const visit = (name, read) => {
    enter(name, read);
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
var likeSourcesFirst = (function likeSourcesFirst(sorted, byName) {
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
      const src = byName.get(r);
      if (src) enter(src);
    }
  }
  return out;
});
var udfArtifact = (function udfArtifact(project2, udf, env) {
  const spec = project2.udfByName.get(udf)?.spec;
  const override = project2.config?.environments[env]?.udfs?.[udf];
  if (override) return spec?.files ? { ...override, files: spec.files } : override;
  return spec;
});
var functionDdl = (function functionDdl(project2, name, env, lookup) {
  const f = project2.functionByName.get(name);
  const artifact = f ? udfArtifact(project2, f.udf, env) : void 0;
  if (!f || !artifact) return void 0;
  const language = (f.fn.language ?? "java").toUpperCase();
  const jar = language === "PYTHON" || artifact.jar === void 0 ? "" : ` USING JAR ${quoteString(substitute(artifact.jar, lookup))}`;
  return `CREATE TEMPORARY FUNCTION ${quoteIdentifier(f.name)} AS ${quoteString(f.fn.class)} LANGUAGE ${language}${jar}`;
});
var jarDdl = (function jarDdl(project2, functions, env, lookup) {
  const jars = /* @__PURE__ */ new Set();
  for (const name of functions) {
    const f = project2.functionByName.get(name);
    const artifact = f ? udfArtifact(project2, f.udf, env) : void 0;
    if (!f || !artifact?.jar || (f.fn.language ?? "java") === "python") continue;
    jars.add(substitute(artifact.jar, lookup));
  }
  return [...jars].sort().map((j) => `ADD JAR ${quoteString(j)}`);
});
var pythonFilesOf = (function pythonFilesOf(project2, functions, env, lookup) {
  const files = /* @__PURE__ */ new Set();
  const udfs = /* @__PURE__ */ new Set();
  for (const name of functions) {
    const f = project2.functionByName.get(name);
    if (f && (f.fn.language ?? "java") === "python") udfs.add(f.udf);
  }
  for (const u of [...udfs].sort())
    for (const file of udfArtifact(project2, u, env)?.files ?? []) files.add(substitute(file, lookup));
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
  const keys = Object.keys(input.config).sort();
  if (keys.length > 0)
    parts.push(keys.map((k) => `SET ${quoteString(k)} = ${quoteString(input.config[k])};`).join("\n"));
  if (input.functions.length > 0) parts.push(input.functions.map((f) => `${f};`).join("\n"));
  for (const d of input.ddl) parts.push(terminate(d));
  for (const s of input.statements) parts.push(terminate(s));
  return parts;
});
// src/compile/later-builtins.ts
var laterBuiltinNames = (function laterBuiltinNames(project2) {
  let out;
  for (const u of project2.udfs) {
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
var laterBuiltinCalls = (function laterBuiltinCalls(project2, jobName, deps, names, cache) {
  const files = [];
  const job = project2.loaded.jobs.find((j) => j.name === jobName);
  if (job?.sql) files.push(job.sql);
  for (const t of [...deps.views, ...deps.tables]) {
    if (t.format !== "sql") continue;
    const src = project2.loaded.tables.find((s) => s.file === t.file);
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
var pick = (function pick(settings, keys) {
  const out = {};
  for (const k of keys) if (settings[k] !== void 0) out[k] = settings[k];
  return out;
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
var hashOfNormalForm = (function hashOfNormalForm(normalForm, settings, jarChecksums) {
  const jars = Object.keys(jarChecksums).length > 0 ? jarChecksums : void 0;
  return fingerprint({ script: normalForm, settings: pick(settings, RESTART_KEYS), jars });
});
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
        if (e.isDirectory()) walk(join(dir, e.name), name);
        else if (e.isFile())
          hash.update(`${name}\0`).update(readFileSync(join(dir, e.name))).update("\0");
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
var scriptPythonFunctions = (function scriptPythonFunctions(statements, counted) {
  const files = Object.keys(counted);
  const out = {};
  if (files.length === 0) return out;
  for (const st of statements)
    if (st.kind === "create_function" && st.function?.language === "PYTHON")
      out[st.function.name.name.toLowerCase()] = files;
  return out;
});
// src/compile/script-jars.ts
var statementJars = (function statementJars(kind, text) {
  return kind === "add_jar" || kind === "create_function" ? jarLocations(text) : [];
});
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
var scriptJarFunctions = (function scriptJarFunctions(statements, counted) {
  const addJars = statements.filter((st) => st.kind === "add_jar").flatMap((st) => statementJars(st.kind, st.text)).filter((j) => j in counted);
  const out = {};
  for (const st of statements) {
    if (st.kind !== "create_function" || !st.function) continue;
    const own = statementJars(st.kind, st.text);
    const jars = own.length > 0 ? own.filter((j) => j in counted) : st.function.language === "JAVA" || st.function.language === "SCALA" ? addJars : [];
    if (jars.length > 0) out[st.function.name.name.toLowerCase()] = [...new Set(jars)];
  }
  return out;
});
// src/compile/desired.ts
var projectFor = (function projectFor(validated, env) {
  const release = validated.config ? environmentRelease(validated.config, env) : void 0;
  return (release !== void 0 ? validated.releases?.[release] : void 0) ?? validated;
});
var compile = (function compile(validated, opts) {
  const project2 = projectFor(validated, opts.env);
  const diags = [];
  const config = project2.config;
  const envSpec = config?.environments[opts.env];
  if (!config || !envSpec) {
    diags.push(
      error2(
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
  for (const t of project2.tables) {
    const d = compileTable(project2, t, opts.env, lookup, diags);
    if (!d) continue;
    tables.push(d);
    tableByName.set(d.name, d);
  }
  const udfs = [];
  const udfByName = /* @__PURE__ */ new Map();
  for (const u of project2.udfs) {
    const artifact = u.spec && udfArtifact(project2, u.name, opts.env);
    if (!u.spec || !artifact) continue;
    const d = { name: u.name, file: u.file, functions: u.spec.functions };
    if (artifact.jar !== void 0) d.jar = substitute(artifact.jar, lookup);
    if (artifact.files) d.files = artifact.files.map((f) => substitute(f, lookup));
    const yaml = project2.loaded.udfs.find((s) => s.file === u.file)?.yaml;
    const overridden = project2.config?.environments[opts.env]?.udfs?.[u.name] !== void 0;
    const locate = (key) => overridden ? project2.loaded.config?.locate(["environments", opts.env, "udfs", u.name, key]) : yaml?.locate([key]);
    const jarAt = locate("jar");
    if (jarAt) d.jarAt = jarAt;
    if (artifact.sha256) {
      d.sha256 = artifact.sha256.toLowerCase();
      const at = locate("sha256");
      if (at) d.sha256At = at;
    }
    const classAt = {};
    for (const [i, f] of u.spec.functions.entries()) {
      const at = yaml?.locate(["functions", i, "class"]);
      if (at) classAt[f.name.toLowerCase()] = at;
    }
    if (Object.keys(classAt).length > 0) d.classAt = classAt;
    udfs.push(d);
    udfByName.set(d.name, d);
  }
  const functionCache = /* @__PURE__ */ new Map();
  const hashInputs = [];
  const jobs = [];
  const graphJobs = [];
  const laterNames = laterBuiltinNames(project2);
  const laterCache = /* @__PURE__ */ new Map();
  for (const job of project2.jobs) {
    if (!job.analysis) continue;
    const deps = jobDependencies(project2, job);
    const settings = resolveSettings(config, opts.env, job.name, job.settings, lookup);
    const fnDdl = jarDdl(project2, deps.functions, opts.env, lookup);
    const artifactPythonFiles = pythonFilesOf(project2, deps.functions, opts.env, lookup);
    if (artifactPythonFiles !== void 0)
      fnDdl.push(`SET ${quoteString("python.files")} = ${quoteString(artifactPythonFiles)}`);
    for (const f of deps.functions) {
      if (!functionCache.has(f)) functionCache.set(f, functionDdl(project2, f, opts.env, lookup));
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
        deps.functions.map((f) => project2.functionByName.get(f)?.udf).filter((u) => u !== void 0)
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
    const jarChecksums = specChecksums(udfNames, (u) => udfByName.get(u)?.sha256, pythonFiles, scriptJars);
    const desired = {
      name: job.name,
      pipelineName: pipelineName(config.project, opts.env, job.name),
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
      const at = over ? project2.loaded.config?.locate(["environments", opts.env, "jobs", job.name, "movedFrom"]) : project2.loaded.jobs.find((j) => j.name === job.name)?.yaml?.locate(["movedFrom"]);
      if (at) desired.movedFromAt = at;
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
      const calls = laterBuiltinCalls(project2, job.name, deps, laterNames, laterCache);
      if (calls.length > 0) desired.laterBuiltinCalls = calls;
    }
    lazyFields(desired, opts.env);
    jobs.push(desired);
    hashInputs.push({ job: desired, parts, jarChecksums });
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
  for (const { job, parts, jarChecksums } of hashInputs) {
    const { script, settings } = job;
    onFirstRead(
      job,
      "restartHash",
      () => hashOfNormalForm(
        normalizePieces(script, parts, SCRIPT_PART_SEPARATOR, shared, normalForms),
        settings,
        jarChecksums
      )
    );
  }
  const graph = () => buildGraph({
    jobs: graphJobs,
    tables: project2.tables.map((t) => ({
      name: t.name,
      objectKind: t.objectKind,
      kind: t.kind,
      ...t.spec?.description ? { description: t.spec.description } : {},
      reads: t.reads,
      topics: tableByName.get(t.name)?.topics ?? [],
      udfs: [
        ...new Set(
          t.functions.map((f) => project2.functionByName.get(f)?.udf).filter((u) => u !== void 0)
        )
      ].sort()
    })),
    udfs: udfs.map((u) => ({ name: u.name }))
  });
  const environment = desiredEnvironment(opts.env, envSpec, opts.envVars ?? {});
  const state = {
    project: config.project,
    env: opts.env,
    flinkVersion: config.flinkVersion,
    ...envSpec.flinkVersion !== void 0 ? { flinkVersionOfEnvironment: true } : {},
    ...project2.loaded.config ? {
      flinkVersionRange: project2.loaded.config.locate(
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
  onFirstRead(state, "graph", graph);
  return { value: hasErrors(diags) ? void 0 : state, diags };
});
// src/compile/model.ts
// src/compile/portable.ts
// src/compile/runtime-mode.ts
var KEY = "execution.runtime-mode";
var scriptRuntimeMode = (function scriptRuntimeMode(statements) {
  let mode;
  for (const st of statements) {
    if (st.kind === "set" && st.set?.key === KEY) mode = st.set.value;
    else if (st.kind === "reset" && (st.set?.key === void 0 || st.set.key === KEY)) mode = void 0;
  }
  return mode?.trim().toLowerCase();
});
var isBatchScript = (function isBatchScript(statements) {
  return scriptRuntimeMode(statements) === "batch";
});
var isBatchJob = (function isBatchJob(job) {
  return job.script.includes(KEY) && isBatchScript(job.statements);
});
// src/compile/substitution-problems.ts

import {
  checkSchema as checkSchema2,
  isQueryOption
} from "./chunk-HCV42XU2.mjs";
import {
  quoteIdentifier as quoteIdentifier2,
  quoteString as quoteString2
} from "./chunk-2KEB7JXC.mjs";
import {
  parseYaml as parseYaml2,
  resolveSecrets
} from "./chunk-DPJDA3R2.mjs";
import {
  isName,
  isOp,
  isWord,
  lex as lex2,
  matchingBracket,
  nameOf
} from "./chunk-BYIOOC32.mjs";
import {
  LineIndex as LineIndex2,
  codePointHex
} from "./chunk-MHE3XHPS.mjs";
import {
  join as join2
} from "./chunk-KBTCQ2CM.mjs";
import {
  existsSync,
  readFileSync as readFileSync2
} from "./chunk-NPMD6JOW.mjs";
import {
  error as error3,
  formatLocation,
  warning
} from "./chunk-FYVUM4PK.mjs";
// src/engine/sql-test/load.ts
var TEST_CODES = {
  badFile: "FO450",
  unknownTable: "FO451",
  unknownColumn: "FO452",
  badValue: "FO453",
  dataFile: "FO454",
  notFlink: "FO455",
  previewRefused: "FO456",
  /** The preview's query never ran: its tasks waited for a task slot until the wait ended. */
  previewNoSlot: "FO457",
  /** No rows from an event-time query: its watermark did not pass (an idle Kafka partition holds it). */
  previewNoWatermark: "FO458"
};
var testFilePath = (function testFilePath(job) {
  return `jobs/${job}.test.yaml`;
});
var loadTestFile = (function loadTestFile(dir, job) {
  const file = testFilePath(job);
  const abs = join2(dir, file);
  if (!existsSync(abs)) return { value: void 0, diags: [], exists: false };
  let text;
  try {
    text = readFileSync2(abs, "utf8");
  } catch (e) {
    return {
      value: void 0,
      exists: true,
      diags: [error3(TEST_CODES.badFile, `Cannot read ${file}`, `Make the file readable: ${String(e)}`)]
    };
  }
  const parsed = parseYaml2(file, text);
  if (!parsed.value) return { value: void 0, diags: parsed.diags, exists: true };
  const diags = [...parsed.diags, ...checkSchema2("test", parsed.value)];
  if (diags.some((d) => d.severity === "error")) return { value: void 0, diags, exists: true };
  return {
    value: { job, file, spec: parsed.value.data, source: parsed.value },
    diags,
    exists: true
  };
});
var exactRow = (function exactRow(source, at, row) {
  let out;
  for (const [k, v] of Object.entries(row)) {
    if (typeof v !== "number") continue;
    const r = source.locate([...at, k]);
    const text = source.text.slice(source.lines.offset(r.start), source.lines.offset(r.end));
    if (lostDigits(v, text)) {
      out ??= { ...row };
      out[k] = text;
    }
  }
  return out ?? row;
});
var rowsOf = (function rowsOf(dir, tf, path, spec) {
  if (spec.rows) {
    return {
      value: {
        rows: spec.rows.map((row, i) => exactRow(tf.source, [...path, "rows", i], row)),
        ranges: spec.rows.map((_, i) => tf.source.locate([...path, "rows", i])),
        paths: spec.rows.map((_, i) => [...path, "rows", i])
      },
      diags: []
    };
  }
  const name = spec.file;
  const rel = `jobs/${name}`;
  const at = tf.source.locate([...path, "file"]);
  let text;
  try {
    text = readFileSync2(join2(dir, rel), "utf8");
  } catch {
    return {
      value: { rows: [], ranges: [] },
      diags: [
        error3(
          TEST_CODES.dataFile,
          `Cannot read the data file ${rel}`,
          `Put ${name} beside the test file in jobs/, or give the rows inline with rows:.`,
          at
        )
      ]
    };
  }
  const lineRange = (line) => ({
    file: rel,
    start: { line, column: 1 },
    end: { line, column: 1 }
  });
  if (name.endsWith(".json")) {
    let data;
    try {
      data = JSON.parse(text, exactNumbers);
    } catch (e) {
      return {
        value: { rows: [], ranges: [] },
        diags: [
          error3(
            TEST_CODES.dataFile,
            `${rel} is not valid JSON: ${e.message}`,
            'Write an array of objects, one per row: [{"col": value, ...}, ...].',
            lineRange(1)
          )
        ]
      };
    }
    const ok2 = Array.isArray(data) && data.every(
      (r) => r && typeof r === "object" && !Array.isArray(r) && Object.values(r).every((v) => v === null || ["string", "number", "boolean"].includes(typeof v))
    );
    if (!ok2) {
      return {
        value: { rows: [], ranges: [] },
        diags: [
          error3(
            TEST_CODES.dataFile,
            `${rel} must hold an array of flat objects`,
            'Write [{"col": value, ...}, ...] with text, numbers, true/false or null as values.',
            lineRange(1)
          )
        ]
      };
    }
    const rows = data;
    return { value: { rows, ranges: rows.map(() => lineRange(1)) }, diags: [] };
  }
  return parseCsv(text, rel);
});
var parseCsv = (function parseCsv(text, file) {
  const records = [];
  let fields = [];
  let quoted = [];
  let cur = "";
  let isQuoted = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  const diags = [];
  const endField = () => {
    fields.push(cur);
    quoted.push(isQuoted);
    cur = "";
    isQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === "" && !quoted[0]))
      records.push({ fields, quoted, line: recordLine });
    fields = [];
    quoted = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else {
        if (c === "\n") line++;
        cur += c;
      }
    } else if (c === '"' && cur === "") {
      inQuotes = true;
      isQuoted = true;
    } else if (c === ",") endField();
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else cur += c;
  }
  if (inQuotes)
    diags.push(
      error3(
        TEST_CODES.dataFile,
        "Unterminated quoted field",
        'Close the field with a double quote (a quote inside is written "").',
        { file, start: { line: recordLine, column: 1 }, end: { line, column: 1 } }
      )
    );
  if (cur !== "" || fields.length > 0) endRecord();
  const [header, ...body] = records;
  if (!header) return { value: { rows: [], ranges: [] }, diags };
  const rows = [];
  const ranges = [];
  for (const r of body) {
    const range = { file, start: { line: r.line, column: 1 }, end: { line: r.line, column: 1 } };
    if (r.fields.length !== header.fields.length) {
      diags.push(
        error3(
          TEST_CODES.dataFile,
          `The row has ${r.fields.length} fields, the header ${header.fields.length}`,
          "Give every row one field per header column (an empty field is NULL; quote fields holding commas).",
          range
        )
      );
      continue;
    }
    const row = {};
    header.fields.forEach((h, i) => {
      const v = r.fields[i];
      row[h.trim()] = v === "" && !r.quoted[i] ? null : v;
    });
    rows.push(row);
    ranges.push(range);
  }
  return { value: { rows, ranges }, diags };
});
// src/engine/sql-test/values.ts
var columnType = (function columnType(typeText) {
  const sql = typeText.replace(/\s+NOT\s+NULL\s*$/i, "").trim();
  const up = sql.toUpperCase();
  const root = up.replace(/\(.*$/, "").trim();
  if (/^(CHAR|VARCHAR|STRING)$/.test(root)) return { sql, family: "string" };
  if (root === "BOOLEAN") return { sql, family: "boolean" };
  if (/^(TINYINT|SMALLINT|INT|INTEGER|BIGINT)$/.test(root)) return { sql, family: "integer" };
  if (/^(DECIMAL|DEC|NUMERIC)$/.test(root)) {
    const m = /\(\s*\d+\s*(?:,\s*(\d+)\s*)?\)/.exec(up);
    return { sql, family: "decimal", scale: m?.[1] ? Number(m[1]) : 0 };
  }
  if (/^(FLOAT|DOUBLE|REAL|DOUBLE PRECISION)$/.test(root)) return { sql, family: "float" };
  if (root === "DATE") return { sql, family: "date" };
  if (root.startsWith("TIME") && !root.startsWith("TIMESTAMP")) return { sql, family: "time" };
  if (root.startsWith("TIMESTAMP")) return { sql, family: "timestamp" };
  return { sql, family: void 0 };
});
var TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z?$/;
var valueProblem = (function valueProblem(v, t) {
  if (v === null) return void 0;
  switch (t.family) {
    case void 0:
      return `columns of type ${t.sql} cannot be given in test rows (text, numbers, booleans, dates and timestamps can)`;
    case "string":
      return void 0;
    case "boolean":
      return typeof v === "boolean" || /^(true|false)$/i.test(String(v)) ? void 0 : "expected true or false";
    case "integer":
      return /^-?\d+$/.test(String(v).trim()) ? void 0 : "expected a whole number";
    case "decimal":
    case "float":
      return typeof v === "number" || v.toString().trim() !== "" && !Number.isNaN(Number(v)) ? void 0 : "expected a number";
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? void 0 : "expected a date 'YYYY-MM-DD'";
    case "time":
      return /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(String(v)) ? void 0 : "expected a time 'HH:MM:SS'";
    case "timestamp":
      return TIMESTAMP.test(String(v)) ? void 0 : "expected a timestamp 'YYYY-MM-DD HH:MM:SS[.fff]'";
  }
});
var expectedValueProblem = (function expectedValueProblem(v, t) {
  const p = valueProblem(v, t);
  if (p || v === null || t.family !== "decimal") return p;
  const m = /^-?\d*\.(\d*?)0*$/.exec(String(v).trim());
  const places = m?.[1]?.length ?? 0;
  const scale = t.scale ?? 0;
  return places > scale ? `it has ${places} decimal places and ${t.sql} keeps ${scale}, so the sink never holds it (Flink rounds to ${scale}); write it as Flink does, e.g. ${Number(v).toFixed(scale)}` : void 0;
});
var sqlLiteral = (function sqlLiteral(v, t) {
  if (v === null) return `CAST(NULL AS ${t.sql})`;
  let text = String(v);
  if (t.family === "timestamp") text = text.replace("T", " ").replace(/Z$/, "");
  return `CAST(${quoteString2(text)} AS ${t.sql})`;
});
var canonical = (function canonical(v, t) {
  if (v === null || v === void 0) return null;
  const s = typeof v === "string" ? v : String(v);
  switch (t.family) {
    case "boolean":
      return s.trim().toLowerCase();
    case "integer":
      return s.trim().replace(/^(-?)0+(?=\d)/, "$1");
    case "decimal": {
      const scale = t.scale ?? 0;
      const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(s.trim());
      if (m && (m[3] ?? "").length <= scale) {
        const digits = `${m[2].replace(/^0+(?=\d)/, "")}${scale > 0 ? `.${(m[3] ?? "").padEnd(scale, "0")}` : ""}`;
        return /^[0.]+$/.test(digits) ? digits : `${m[1]}${digits}`;
      }
      const n = Number(s);
      return Number.isNaN(n) ? s : n.toFixed(scale);
    }
    case "float": {
      const n = Number(s);
      return Number.isNaN(n) ? s : String(n);
    }
    case "timestamp":
    case "time": {
      let x = s.trim().replace("T", " ").replace(/Z$/, "");
      if (/ \d{2}:\d{2}$/.test(x) || /^\d{2}:\d{2}$/.test(x)) x += ":00";
      if (x.includes(".")) x = x.replace(/0+$/, "").replace(/\.$/, "");
      return x;
    }
    default:
      return s;
  }
});
// src/engine/sql-test/compare.ts
var OPS = {
  INSERT: "+I",
  UPDATE_BEFORE: "-U",
  UPDATE_AFTER: "+U",
  DELETE: "-D"
};
var opOf = (function opOf(kind) {
  return OPS[kind ?? "INSERT"] ?? "+I";
});
var isEmptyDiff = (function isEmptyDiff(d) {
  return d.missing.length === 0 && d.unexpected.length === 0 && d.changed.length === 0;
});
var project = (function project(row, cols) {
  return Object.fromEntries(cols.map((c) => [c, row[c] ?? null]));
});
var keyOf = (function keyOf(row, cols) {
  return JSON.stringify(cols.map((c) => row[c] ?? null));
});
var actualRows = (function actualRows(q, rows) {
  return rows.map((r) => Object.fromEntries(q.columns.map((c, i) => [c.name, canonical(r[i], c.type)])));
});
var expectedRow = (function expectedRow(q, row, cols) {
  return Object.fromEntries(
    cols.map((c) => {
      const col = q.columns.find((x) => x.name === c);
      return [c, canonical(row[c] ?? null, col.type)];
    })
  );
});
var compareSink = (function compareSink(q, exp, actual) {
  const cols = exp.compared;
  const diff = { missing: [], unexpected: [], changed: [] };
  if (exp.kind === "changelog") {
    const pool = actual.rows.map((r, i) => ({ op: actual.ops[i], row: project(r, cols), k: "" }));
    for (const p of pool) p.k = `${p.op}${keyOf(p.row, cols)}`;
    const left2 = [...pool];
    exp.rows.forEach((r, i) => {
      const row = expectedRow(q, r, cols);
      const op = exp.ops[i];
      const k = `${op}${keyOf(row, cols)}`;
      const at = left2.findIndex((p) => p.k === k);
      if (at >= 0) left2.splice(at, 1);
      else diff.missing.push({ op, row, ...exp.ranges[i] ? { range: exp.ranges[i] } : {} });
    });
    diff.unexpected.push(...left2.map((p) => ({ op: p.op, row: p.row })));
    return { diff, received: pool.map((p) => p.row) };
  }
  const pk = q.primaryKey;
  let final;
  if (pk) {
    const byKey = /* @__PURE__ */ new Map();
    actual.rows.forEach((r, i) => {
      const op = actual.ops[i];
      const k = keyOf(r, pk);
      if (op === "-U" || op === "-D") byKey.delete(k);
      else byKey.set(k, r);
    });
    final = [...byKey.values()];
  } else {
    final = [];
    actual.rows.forEach((r, i) => {
      const op = actual.ops[i];
      if (op === "-U" || op === "-D") {
        const at = final.findIndex((f) => keyOf(f, cols) === keyOf(r, cols));
        if (at >= 0) final.splice(at, 1);
      } else final.push(r);
    });
  }
  const received = final.map((r) => project(r, cols));
  const left = received.map((row) => ({ row, k: keyOf(row, cols) }));
  const unmatched = [];
  exp.rows.forEach((r, i) => {
    const row = expectedRow(q, r, cols);
    const at = left.findIndex((p) => p.k === keyOf(row, cols));
    if (at >= 0) left.splice(at, 1);
    else unmatched.push({ row, ...exp.ranges[i] ? { range: exp.ranges[i] } : {} });
  });
  if (pk?.every((c) => cols.includes(c))) {
    for (const m of unmatched) {
      const at = left.findIndex((p) => keyOf(p.row, pk) === keyOf(m.row, pk));
      if (at >= 0) {
        diff.changed.push({
          key: project(m.row, pk),
          expected: m.row,
          actual: left[at].row,
          ...m.range ? { range: m.range } : {}
        });
        left.splice(at, 1);
      } else diff.missing.push(m);
    }
  } else diff.missing.push(...unmatched);
  diff.unexpected.push(...left.map((p) => ({ row: p.row })));
  return { diff, received };
});
// src/engine/sql-test/leftovers.ts
var AWAIT_SUBMIT_MS = 5e3;
var cancelLeftovers = (async function cancelLeftovers(client, pipelineName3, opts) {
  const deadline = opts.now() + (opts.timeoutMs ?? 3e4);
  const submitBy = opts.awaitSubmitMs !== void 0 ? opts.now() + opts.awaitSubmitMs : void 0;
  const asked = /* @__PURE__ */ new Set();
  let seen = false;
  for (; ; ) {
    const jobs = await client.listJobs();
    if (!jobs.ok) return;
    const mine = jobs.value.filter((j) => j.name === pipelineName3);
    if (mine.length > 0) seen = true;
    const left = mine.filter((j) => !isTerminal(j.state));
    if (left.length === 0 && (seen || submitBy === void 0 || opts.now() >= submitBy)) return;
    if (opts.now() >= deadline) return;
    for (const j of left)
      if (!asked.has(j.id) && j.state !== "CANCELLING") {
        asked.add(j.id);
        await client.cancelJob(j.id);
      }
    await opts.sleep(250);
  }
});
// src/engine/sql-test/rewrite.ts
var tokens = (function tokens(text) {
  return lex2(text, "job.sql", new LineIndex2(text)).tokens;
});
var applyEdits = (function applyEdits(text, edits) {
  let out = "";
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
});
var callArguments = (function callArguments(text, toks, from, to) {
  const args = [];
  let depth = 0;
  let start = from;
  for (let j = from; j < to; j++) {
    const t = toks[j];
    if (isOp(t, "(") || isOp(t, "[")) depth++;
    else if (isOp(t, ")") || isOp(t, "]")) depth--;
    else if (depth === 0 && isOp(t, ",")) {
      args.push(text.slice(toks[start].start, toks[j - 1].end));
      start = j + 1;
    }
  }
  if (to > from) args.push(text.slice(toks[start].start, toks[to - 1].end));
  return args;
});
var mockFunctions = (function mockFunctions(text, mocks) {
  const byName = new Map(Object.entries(mocks).map(([k, v]) => [k.toLowerCase(), v]));
  if (byName.size === 0) return text;
  const rewrite = (src) => {
    const toks = tokens(src);
    const edits = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!isName(t) || !isOp(toks[i + 1], "(") || isOp(toks[i - 1], ".")) continue;
      const template = byName.get(nameOf(src, t).toLowerCase());
      if (template === void 0) continue;
      const close = matchingBracket(toks, i + 1, toks.length);
      const args = callArguments(src, toks, i + 2, close - 1).map(rewrite);
      const body = template.replace(/\$(\d+)/g, (m, n) => {
        const a = args[Number(n) - 1];
        return a === void 0 ? m : `(${a})`;
      });
      edits.push({ start: t.start, end: toks[close - 1].end, text: `(${body})` });
      i = close - 1;
    }
    return applyEdits(src, edits);
  };
  return rewrite(text);
});
var inlineColumns = (function inlineColumns(text, exprs) {
  const toks = tokens(text);
  const edits = [];
  toks.forEach((t, i) => {
    if (!isName(t) || isOp(toks[i - 1], ".") || isOp(toks[i + 1], "(")) return;
    const e = exprs.get(nameOf(text, t));
    if (e !== void 0) edits.push({ start: t.start, end: t.end, text: `(${e})` });
  });
  return applyEdits(text, edits);
});
var dropTemporal = (function dropTemporal(text, swapped, proctime) {
  const toks = tokens(text);
  const edits = [];
  for (let i = 1; i + 3 < toks.length; i++) {
    if (!isWord(toks[i], "FOR") || !isWord(toks[i + 1], "SYSTEM_TIME") || !isWord(toks[i + 2], "AS") || !isWord(toks[i + 3], "OF"))
      continue;
    const before = toks[i - 1];
    if (!isName(before) || !swapped.has(nameOf(text, before))) continue;
    let j = i + 4;
    if (isName(toks[j])) {
      j++;
      while (isOp(toks[j], ".") && isName(toks[j + 1])) j += 2;
    }
    if (isWord(toks[i + 4], "PROCTIME") && isOp(toks[i + 5], "(") && isOp(toks[i + 6], ")")) j = i + 7;
    else if (j === i + 4 || !proctime.has(nameOf(text, toks[j - 1]))) continue;
    edits.push({ start: toks[i].start, end: toks[j - 1].end, text: "" });
  }
  return applyEdits(text, edits);
});
var hasTemporalJoin = (function hasTemporalJoin(text) {
  const toks = tokens(text);
  return toks.some(
    (t, i) => isWord(t, "FOR") && isWord(toks[i + 1], "SYSTEM_TIME") && isWord(toks[i + 2], "AS") && isWord(toks[i + 3], "OF")
  );
});
var splitInsert = (function splitInsert(text) {
  const toks = tokens(text);
  let i = toks.findIndex((t) => isWord(t, "INTO") || isWord(t, "OVERWRITE"));
  if (i < 0) return void 0;
  i++;
  if (isWord(toks[i], "TABLE")) i++;
  if (!isName(toks[i])) return void 0;
  let table = nameOf(text, toks[i]);
  i++;
  while (isOp(toks[i], ".") && isName(toks[i + 1])) {
    table = nameOf(text, toks[i + 1]);
    i += 2;
  }
  while (toks[i]?.kind === "hint") i++;
  if (isWord(toks[i], "PARTITION") && isOp(toks[i + 1], "(")) i = matchingBracket(toks, i + 1, toks.length);
  let columns;
  if (isOp(toks[i], "(") && isName(toks[i + 1]) && (isOp(toks[i + 2], ",") || isOp(toks[i + 2], ")"))) {
    const close = matchingBracket(toks, i, toks.length);
    columns = toks.slice(i + 1, close - 1).filter(isName).map((t) => nameOf(text, t));
    i = close;
  }
  const q = toks[i];
  if (!q) return void 0;
  return { table, ...columns ? { columns } : {}, query: text.slice(q.start) };
});
var withOption = (function withOption(ddl, key, value) {
  const toks = tokens(ddl);
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i], "WITH") || !isOp(toks[i + 1], "(")) continue;
    const close = matchingBracket(toks, i + 1, toks.length) - 1;
    if (!isOp(toks[close], ")")) return void 0;
    const quoted = `'${key.replace(/'/g, "''")}'`;
    for (let j = i + 2; j < close; j++) if (ddl.slice(toks[j].start, toks[j].end) === quoted) return ddl;
    const empty = close === i + 2;
    const at = toks[close].start;
    return `${ddl.slice(0, at)}${empty ? "" : ", "}${quoted} = '${value.replace(/'/g, "''")}'${ddl.slice(at)}`;
  }
  return void 0;
});
// src/engine/sql-test/preview.ts
var noOffsetCommits = (function noOffsetCommits(ddl, options) {
  if (!/kafka$/.test(options.connector ?? "") || options["properties.group.id"] === void 0) return ddl;
  return withOption(ddl, "properties.commit.offsets.on.checkpoint", "false") ?? ddl;
});
var runPreview = (async function runPreview(job, opts) {
  const diags = [];
  const secretValues = [];
  const sinks = new Set(job.sinks);
  const setup = [];
  const properties = {
    "execution.runtime-mode": isBatchJob(job) ? "batch" : "streaming"
  };
  for (const [k, v] of Object.entries(job.settings?.config ?? {}))
    if (isQueryOption(k) && v !== null && v !== void 0) properties[k] = String(v);
  const inserts = [];
  for (const st of job.statements) {
    if (st.kind === "set" && st.set?.key && isQueryOption(st.set.key) && st.set.value !== void 0)
      properties[st.set.key] = st.set.value;
    else if (st.kind === "create_table" && st.table && !sinks.has(st.table.name.name)) {
      const r = resolveSecrets(st.text, opts.secrets);
      diags.push(...r.diags);
      if (r.value !== st.text) secretValues.push(...secretsIn(st.text, r.value));
      setup.push(noOffsetCommits(r.value, st.table.options));
    } else if (st.kind === "create_view" || st.kind === "create_function") setup.push(st.text);
    else if (st.kind === "insert" || st.kind === "statement_set") {
      for (const ins of st.kind === "insert" ? [st] : st.inner ?? []) {
        const p = splitInsert(ins.text);
        if (p) inserts.push({ sink: p.table, query: p.query, ...p.columns ? { columns: p.columns } : {} });
      }
    }
  }
  const chosen = opts.sink ? inserts.find((i) => i.sink === opts.sink) : inserts[0];
  if (!chosen)
    diags.push(
      error3(
        TEST_CODES.unknownTable,
        opts.sink ? `Job ${job.name} does not write "${opts.sink}"` : `Job ${job.name} has no INSERT to preview`,
        `Sinks of the job: ${inserts.map((i) => i.sink).join(", ") || "none"}.`
      )
    );
  if (!chosen || diags.some((d) => d.severity === "error")) return { diags, secretValues };
  const name = `flinkops-preview.${job.name}.${opts.now().toString(36)}`;
  const session = await opts.client.openSession({
    sessionName: name,
    properties: { ...properties, "pipeline.name": name }
  });
  if (!session.ok) return { diags: [flinkDiag(session.error)], secretValues };
  const sh = session.value;
  let oh;
  let failed = false;
  const stop = opts.stop;
  const pause = (ms) => stop ? new Promise((res) => {
    const onAbort = () => res();
    stop.addEventListener("abort", onAbort, { once: true });
    void opts.sleep(ms).then(() => {
      stop.removeEventListener("abort", onAbort);
      res();
    });
  }) : opts.sleep(ms);
  try {
    for (const sql of setup) {
      const r = await opts.client.runStatement(sh, sql, {
        timeoutMs: opts.timeoutMs,
        ...stop ? { signal: stop } : {}
      });
      if (!r.ok) return { diags: [flinkDiag(r.error)], secretValues };
    }
    const slots = opts.onProgress ? await slotsWhenNoneFree(opts.client) : void 0;
    if (slots !== void 0)
      opts.onProgress({ stage: "slot-wait", query: `preview of ${job.name}`, slotsTotal: slots });
    const exec = await opts.client.executeStatement(sh, chosen.query);
    if (!exec.ok) return { diags: [flinkDiag(exec.error)], secretValues };
    oh = exec.value;
    const deadline = opts.now() + opts.timeoutMs;
    const rows = [];
    const ops = [];
    let columns = [];
    let columnTypes = [];
    let next = 0;
    let timedOut = true;
    while (opts.now() < deadline && !stop?.aborted) {
      const page = await opts.client.fetchResults(sh, oh, next, true);
      if (!page.ok) {
        const st = await opts.client.getOperationStatus(sh, oh);
        const running = st.ok && st.value === "RUNNING" && isTransient(page.error);
        if (running || st.ok && ["INITIALIZED", "PENDING"].includes(st.value)) {
          await pause(500);
          continue;
        }
        if (st.ok && st.value === "ERROR") failed = true;
        return { diags: [flinkDiag(page.error)], secretValues };
      }
      if (page.value.columns.length) {
        columns = sinkColumns(
          job,
          chosen,
          page.value.columns.map((c) => c.name)
        );
        columnTypes = page.value.columns.map((c) => ({
          ...c.type ? { type: c.type } : {},
          ...c.scale !== void 0 ? { scale: c.scale } : {}
        }));
      }
      for (const r of page.value.rows) {
        if (rows.length < opts.limit) {
          rows.push(r.fields);
          ops.push(opOf(r.kind));
        }
      }
      if (rows.length >= opts.limit || page.value.resultType === "EOS" || !page.value.nextResultUri) {
        timedOut = false;
        break;
      }
      next = page.value.nextResultUri;
      if (page.value.rows.length === 0) await pause(500);
    }
    if (stop?.aborted) timedOut = false;
    if (timedOut && rows.length === 0) {
      const starved = await waitedForSlots(opts.client, name);
      if (starved) return { diags: [...diags, starved], secretValues };
      const held = heldByWatermark(chosen.query, setup, properties);
      if (held) diags.push(held);
    }
    return { value: { sink: chosen.sink, columns, columnTypes, rows, ops, timedOut }, diags, secretValues };
  } finally {
    if (oh) {
      if (!failed) await opts.client.cancelOperation(sh, oh);
      await opts.client.closeOperation(sh, oh);
    }
    await opts.client.closeSession(sh);
    const stopped = oh !== void 0 && !failed && stop?.aborted === true;
    await cancelLeftovers(opts.client, name, {
      now: opts.now,
      sleep: opts.sleep,
      ...stopped ? { awaitSubmitMs: AWAIT_SUBMIT_MS } : {}
    });
  }
});
var sinkColumns = (function sinkColumns(job, insert, names) {
  const table = job.statements.find(
    (s) => s.kind === "create_table" && s.table?.name.name === insert.sink
  )?.table;
  const written = insert.columns ?? table?.columns.filter((c) => c.kind === "physical" || c.kind === "metadata" && !c.virtual).map((c) => c.name);
  return written && written.length === names.length ? written : names;
});
var flinkDiag = (function flinkDiag(e) {
  const reason = flinkReason(e);
  const field = /Fail(?:ed)? to deserialize[\s\S]*?at field: ([^.\s]+)/i.exec(reason)?.[1];
  return error3(
    TEST_CODES.previewRefused,
    `Flink refused the preview: ${reason}`,
    isSqlRejection(e) ? "Flink cannot compile the query on this cluster: fix the SQL, table or UDF the message names (flinkops plan checks the same, with EXPLAIN)." : /deserializ/i.test(reason) ? `A record of the source does not parse into the table's columns${field ? ` (field ${field})` : ""}: the table declares another type than its producer writes, or the topic holds records of another shape. Give the column the type the producer writes (validate compares the tables of one topic: FO288, FO289), or set the format's ignore-parse-errors option to skip such records.` : "Check that the sources are reachable from the cluster (connector jars, brokers, credentials)."
  );
});
var secretsIn = (function secretsIn(template, rendered) {
  const parts = template.split(/\$\{secret\.[A-Za-z0-9_]+\}/);
  if (parts.length < 2) return [];
  const out = [];
  let rest = rendered;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    rest = rest.slice(p.length);
    if (i < parts.length - 1) {
      const nextPart = parts[i + 1];
      const at = nextPart ? rest.indexOf(nextPart) : rest.length;
      if (at > 0) out.push(rest.slice(0, at));
      rest = rest.slice(Math.max(at, 0));
    }
  }
  return out.filter((s) => s.length > 0);
});
var EVENT_TIME = /\b(?:TUMBLE|HOP|CUMULATE|SESSION)\s*\(|\bMATCH_RECOGNIZE\b/i;
var heldByWatermark = (function heldByWatermark(query, setup, properties) {
  if (properties["table.exec.source.idle-timeout"] !== void 0) return void 0;
  if (![query, ...setup.filter((s) => /^\s*CREATE\s+(?:TEMPORARY\s+)?VIEW\b/i.test(s))].some(
    (t) => EVENT_TIME.test(t)
  ))
    return void 0;
  return warning(
    TEST_CODES.previewNoWatermark,
    "No rows before --timeout: the query emits only once the watermark passes the end of a window (or a pattern)",
    "Its sources' watermark did not get that far. A Kafka partition that receives no records holds the watermark of the whole source back, in production too: set table.exec.source.idle-timeout (e.g. 30 s) in the job's config, or produce records to every partition. Event times far behind the window's end, or a longer --timeout, are the other causes."
  );
});
var slotsWhenNoneFree = (async function slotsWhenNoneFree(client) {
  const get = client.getClusterOverview?.bind(client);
  if (!get) return void 0;
  const o = await get();
  return o.ok && o.value.slotsAvailable === 0 ? o.value.slotsTotal : void 0;
});
var waitedForSlots = (async function waitedForSlots(client, name, what = "The preview query") {
  const listed = await client.listJobs();
  const job = listed.ok ? listed.value.find((j) => j.name === name && !isTerminal(j.state)) : void 0;
  if (!job) return void 0;
  const details = await client.getJob(job.id);
  if (!details.ok || !details.value.vertices.some((v) => v.status !== void 0 && WAITING.has(v.status)))
    return void 0;
  const overview = await client.getClusterOverview?.();
  const slots = overview?.ok ? ` (${overview.value.slotsAvailable} of ${overview.value.slotsTotal} task slots free)` : "";
  return error3(
    TEST_CODES.previewNoSlot,
    `${what} never ran: its tasks waited for a task slot${slots}`,
    "Every task slot of the cluster is taken. Free one (suspend a job, or lower a parallelism), add a TaskManager, or wait longer with --timeout."
  );
});
var WAITING = /* @__PURE__ */ new Set(["CREATED", "SCHEDULED"]);
// src/engine/sql-test/report.ts
var cell = (function cell(v) {
  return v === null ? "NULL" : v;
});
var rowText = (function rowText(r) {
  return Object.entries(r).map(([k, v]) => `${k}=${cell(v)}`).join(", ");
});
var UNSEEN = /[\p{M}\p{Cf}\p{Cc}\p{Zs}]/gu;
var spelled = (function spelled(v) {
  if (v === null) return "NULL";
  return `"${v.replace(UNSEEN, (ch) => ch === " " ? ch : `\\u${codePointHex(ch.codePointAt(0))}`)}"`;
});
var looks = (function looks(v) {
  return v.normalize("NFC").replace(/[\p{Cf}\p{Cc}]/gu, "").replace(new RegExp("\\p{Zs}", "gu"), " ");
});
var twoForms = (function twoForms(a, b) {
  return a != null && b != null && a.normalize("NFC") === b.normalize("NFC");
});
var alike = (function alike(expected, actual) {
  if (looks(rowText(expected)) !== looks(rowText(actual))) return void 0;
  const cols = Object.keys(expected).filter((k) => expected[k] !== actual[k]);
  if (cols.length === 0) return void 0;
  const composed = cols.every((k) => twoForms(expected[k], actual[k]));
  return `alike, but ${cols.map((k) => `${k} is ${spelled(expected[k] ?? null)} expected, ${spelled(actual[k] ?? null)} received`).join("; ")}${composed ? ": the same text in two Unicode forms (composed and decomposed); write the expected value in the form the job produces" : ""}`;
});
var caseLines = (function caseLines(c) {
  const at = formatLocation(c.range);
  const mark = c.status === "passed" ? "\u2713" : "\u2717";
  const out = [
    `  ${mark} ${c.name} (${c.mode}, ${(c.durationMs / 1e3).toFixed(1)} s)${c.status === "passed" ? "" : `  ${at}`}`
  ];
  if (c.error)
    out.push(c.interrupted || c.timedOut ? `      ${c.error}` : `      Flink refused the case: ${c.error}`);
  for (const s of c.sinks) {
    const d = s.diff;
    if (!d.missing.length && !d.unexpected.length && !d.changed.length) continue;
    out.push(`      ${s.sink}: ${s.received} row(s) received`);
    for (const m of d.missing) {
      out.push(
        `        - missing    ${m.op ? `${m.op} ` : ""}${rowText(m.row)}${m.range ? `  (${formatLocation(m.range)})` : ""}`
      );
      const note = d.unexpected.map((u) => alike(m.row, u.row)).find((n) => n !== void 0);
      if (note) out.push(`          (${note})`);
    }
    for (const u of d.unexpected) out.push(`        + unexpected ${u.op ? `${u.op} ` : ""}${rowText(u.row)}`);
    for (const ch of d.changed) {
      const cols = Object.keys(ch.expected).filter((k) => ch.expected[k] !== ch.actual[k]);
      out.push(
        `        ~ changed    ${rowText(ch.key)}: ${cols.map((k) => changedCell(k, ch.expected[k] ?? null, ch.actual[k] ?? null)).join("; ")}${ch.range ? `  (${formatLocation(ch.range)})` : ""}`
      );
    }
  }
  return out;
});
var changedCell = (function changedCell(k, expected, actual) {
  const same = looks(cell(expected)) === looks(cell(actual));
  const show = same ? spelled : cell;
  const forms = same && twoForms(expected, actual) ? " (one text in two Unicode forms)" : "";
  return `${k} expected ${show(expected)}, got ${show(actual)}${forms}`;
});
var renderTestResults = (function renderTestResults(results) {
  const lines = [];
  for (const r of results) {
    if (r.status === "no-tests") {
      lines.push(
        r.file ? `- ${r.job}: no case selected (${r.file})` : `- ${r.job}: no tests (add jobs/${r.job}.test.yaml)`
      );
      continue;
    }
    if (r.status === "stopped") {
      lines.push(`- ${r.job}: not run, the run was stopped before it (${r.file})`);
      continue;
    }
    lines.push(`${r.status === "passed" ? "\u2713" : "\u2717"} ${r.job} (${r.file})`);
    for (const c of r.cases) lines.push(...caseLines(c));
  }
  const cases = results.flatMap((r) => r.cases);
  const passed = cases.filter((c) => c.status === "passed").length;
  const untested = results.filter((r) => r.status === "no-tests" && !r.file).length;
  const unselected = results.filter((r) => r.status === "no-tests" && r.file).length;
  const stopped = results.filter((r) => r.status === "stopped").length;
  lines.push(
    "",
    `${passed} of ${cases.length} case(s) passed${untested ? `; ${untested} job(s) without tests` : ""}${unselected ? `; ${unselected} job(s) with no case selected` : ""}${stopped ? `; ${stopped} job(s) not run (stopped)` : ""}`
  );
  return `${lines.join("\n")}
`;
});
var shownValue = (function shownValue(v, t) {
  if (typeof v === "number" && t?.type === "DECIMAL" && t.scale !== void 0 && Number.isFinite(v))
    return v.toFixed(t.scale);
  if (typeof v === "string" && t?.type?.startsWith("TIMESTAMP") && /^\d{4}-\d{2}-\d{2}T\d/.test(v))
    return `${v.slice(0, 10)} ${v.slice(11)}`;
  return v;
});
var renderTable = (function renderTable(columns, rows) {
  const text = rows.map(
    (r) => columns.map((_, i) => r[i] === null || r[i] === void 0 ? "NULL" : String(r[i]))
  );
  const width = columns.map((c, i) => Math.max(c.length, ...text.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(width[i])).join(" | ")} |`;
  const sep2 = `+-${width.map((w) => "-".repeat(w)).join("-+-")}-+`;
  return [sep2, line(columns), sep2, ...text.map(line), sep2].join("\n") + "\n";
});
var renderPreviewRows = (function renderPreviewRows(v) {
  const shown = v.rows.map((row) => row.map((x, i) => shownValue(x, v.columnTypes[i])));
  if (!v.ops.some((op) => op !== "+I")) return renderTable(v.columns, shown);
  return renderTable(
    ["op", ...v.columns],
    shown.map((row, i) => [v.ops[i] ?? "+I", ...row])
  );
});
// src/engine/sql-test/program.ts
var ROW = "__fo_row";
var inputColumns = (function inputColumns(def) {
  return def.columns.filter((c) => c.kind !== "computed");
});
var isProctime = (function isProctime(c) {
  return c.kind === "computed" && /^\s*PROCTIME\s*\(\s*\)\s*$/i.test(c.expr ?? "");
});
var boundedTable = (function boundedTable(def, rows, mode) {
  const name = def.name.name;
  const backing = quoteIdentifier2(`__fo_input_${name}`);
  const cols = inputColumns(def);
  const n = Math.max(rows.length, 1);
  const lines = [`  ${quoteIdentifier2(ROW)} BIGINT`];
  const exprs = /* @__PURE__ */ new Map();
  const nulls = /* @__PURE__ */ new Map();
  for (const c of cols) {
    const t = columnType(c.type ?? "STRING");
    if (t.family === void 0) {
      nulls.set(c.name, `CAST(NULL AS ${t.sql})`);
      continue;
    }
    const branches = rows.map((r, i) => `WHEN ${i + 1} THEN ${sqlLiteral(r[c.name] ?? null, t)}`);
    const expr = branches.length ? `CASE ${quoteIdentifier2(ROW)} ${branches.join(" ")} END` : `CAST(NULL AS ${t.sql})`;
    exprs.set(c.name, expr);
    lines.push(`  ${quoteIdentifier2(c.name)} AS ${expr}`);
  }
  const wmComputed = def.watermark ? def.columns.find((c) => c.kind === "computed" && c.name === def.watermark.column) : void 0;
  if (wmComputed)
    lines.push(`  ${quoteIdentifier2(wmComputed.name)} AS ${inlineColumns(wmComputed.expr ?? "", exprs)}`);
  const pk = def.primaryKey?.columns ?? [];
  const PT = "__fo_pt";
  if (pk.length && mode === "streaming") lines.push(`  ${quoteIdentifier2(PT)} AS PROCTIME()`);
  if (def.watermark)
    lines.push(`  WATERMARK FOR ${quoteIdentifier2(def.watermark.column)} AS ${def.watermark.expr}`);
  const table = [
    `CREATE TEMPORARY TABLE ${backing} (
${lines.join(",\n")}
) WITH (`,
    `  'connector' = 'datagen',`,
    `  'number-of-rows' = '${n}',`,
    `  'fields.${ROW}.kind' = 'sequence',`,
    `  'fields.${ROW}.start' = '1',`,
    `  'fields.${ROW}.end' = '${n}'`,
    ")"
  ].join("\n");
  const select = def.columns.map(
    (c) => c.kind === "computed" && c !== wmComputed ? `${inlineColumns(c.expr ?? "", nulls)} AS ${quoteIdentifier2(c.name)}` : nulls.has(c.name) ? `${nulls.get(c.name)} AS ${quoteIdentifier2(c.name)}` : quoteIdentifier2(c.name)
  );
  let from = `${backing}${rows.length ? "" : " WHERE FALSE"}`;
  if (pk.length) {
    const order = quoteIdentifier2(mode === "streaming" ? PT : ROW);
    from = `(SELECT *, ROW_NUMBER() OVER (PARTITION BY ${pk.map(quoteIdentifier2).join(", ")} ORDER BY ${order} DESC) AS \`__fo_rn\` FROM ${from}) WHERE \`__fo_rn\` = 1`;
  }
  const view = `CREATE TEMPORARY VIEW ${quoteIdentifier2(name)} AS SELECT ${select.join(", ")} FROM ${from}`;
  return [table, view];
});
var sinkColumns2 = (function sinkColumns2(def, listed) {
  const all = (def?.columns ?? []).filter(
    (c) => c.kind === "physical" || c.kind === "metadata" && !c.virtual
  );
  const names = listed ?? all.map((c) => c.name);
  return names.map((n) => ({ name: n, type: columnType(all.find((c) => c.name === n)?.type ?? "STRING") }));
});
var sinkQuery = (function sinkQuery(insert, tables, rewrite) {
  const parts = splitInsert(insert.text);
  if (!parts) return void 0;
  const def = tables.get(parts.table);
  const columns = sinkColumns2(def, parts.columns);
  const inner = columns.map((_, i) => quoteIdentifier2(`__c${i + 1}`));
  const select = columns.map(
    (c, i) => `CAST(CAST(${inner[i]} AS ${c.type.sql}) AS STRING) AS ${quoteIdentifier2(c.name)}`
  );
  const sql = `SELECT ${select.join(", ")}
FROM (
${rewrite(parts.query)}
) AS __fo_q (${inner.join(", ")})`;
  const pk = def?.primaryKey?.columns;
  return { sink: parts.table, sql, columns, ...pk?.length ? { primaryKey: pk } : {} };
});
var caseProgram = (function caseProgram(dir, job, tf, index) {
  const diags = [];
  const spec = tf.spec.cases[index];
  const casePath = ["cases", index];
  const tables = /* @__PURE__ */ new Map();
  for (const st of job.statements)
    if (st.kind === "create_table" && st.table) tables.set(st.table.name.name, st.table);
  const read = new Set(job.sources.filter((s) => tables.has(s)));
  const proctime = new Set(
    [...read].flatMap(
      (t) => tables.get(t).columns.filter(isProctime).map((c) => c.name)
    )
  );
  const mocks = tf.spec.functions ?? {};
  const rewrite = (s) => dropTemporal(mockFunctions(s, mocks), read, proctime);
  const checkRows = (rows, def, cols, table, sink) => {
    rows.rows.forEach((row, i) => {
      const at = (k, what) => {
        const path = rows.paths?.[i];
        return path ? tf.source.locate([...path, k], what) : rows.ranges[i];
      };
      for (const [k, v] of Object.entries(row)) {
        const col = cols.find((c) => c.name === k);
        const computed = def?.columns.find((c) => c.kind === "computed" && c.name === k);
        if (!col && computed) {
          diags.push(
            error3(
              TEST_CODES.unknownColumn,
              `${def.name.name}.${k} is a computed column: a test row cannot give its value`,
              `Its value is computed from the row: AS ${computed.expr}. Give the columns it is computed from (${cols.map((c) => c.name).join(", ")}) and leave "${k}" out. An expression of the clock (CURRENT_TIMESTAMP, PROCTIME()) has no fixed value in a test: to test event time, compute the column from a column of the row (for example TO_TIMESTAMP_LTZ(ts_ms, 3)) or read it from the source's metadata.`,
              at(k, "key")
            )
          );
          continue;
        }
        if (!col && sink?.columns.some((c) => c.name === k)) {
          diags.push(
            error3(
              TEST_CODES.unknownColumn,
              `The job's INSERT into ${sink.name.name} does not write column "${k}"`,
              `Its column list names ${cols.map((c) => c.name).join(", ")}; Flink writes NULL to the sink's other columns, and the test compares only those the INSERT writes. Leave "${k}" out of the expected rows.`,
              at(k, "key")
            )
          );
          continue;
        }
        if (!col) {
          diags.push(
            error3(
              TEST_CODES.unknownColumn,
              `${table} has no column "${k}"`,
              `Columns: ${cols.map((c) => c.name).join(", ")}.`,
              at(k, "key")
            )
          );
          continue;
        }
        const p = def ? valueProblem(v, col.type) : expectedValueProblem(v, col.type);
        if (p)
          diags.push(
            error3(
              TEST_CODES.badValue,
              `${k}: ${JSON.stringify(v)} does not fit ${col.type.sql}`,
              `${p}.`,
              at(k, "value")
            )
          );
      }
    });
  };
  const mode = spec.mode ?? (Object.values(spec.expect).some((e) => e.changelog) ? "streaming" : "batch");
  const setup = [];
  for (const name of Object.keys(spec.inputs ?? {})) {
    if (!read.has(name))
      diags.push(
        error3(
          TEST_CODES.unknownTable,
          `Job ${job.name} does not read a table "${name}"`,
          `Inputs are the tables the job reads: ${[...read].join(", ") || "none"}.`,
          tf.source.locate([...casePath, "inputs", name], "key")
        )
      );
  }
  for (const name of [...read].sort()) {
    const def = tables.get(name);
    const input = spec.inputs?.[name];
    const loaded = input ? rowsOf(dir, tf, [...casePath, "inputs", name], input) : void 0;
    if (loaded) diags.push(...loaded.diags);
    const rows = loaded?.value ?? { rows: [], ranges: [] };
    const inputs = inputColumns(def);
    checkRows(
      rows,
      def,
      inputs.map((c) => ({ name: c.name, type: columnType(c.type ?? "STRING") })),
      name
    );
    const rowtime = def.watermark?.column;
    if (mode === "streaming" && rowtime !== void 0 && inputs.some((c) => c.name === rowtime))
      rows.rows.forEach((row, i) => {
        if (row[rowtime] !== void 0 && row[rowtime] !== null) return;
        diags.push(
          error3(
            "FO466",
            `${name}.${rowtime} is the table's event time: a streaming case needs it in every row`,
            `${name} has a WATERMARK on ${rowtime}, and Flink fails a streaming job on a row whose event time is NULL ("RowTime field should not be null"). Give ${rowtime} a value (e.g. "2024-05-01 10:00:05") in this row, or run the case in batch mode.`,
            rows.ranges[i]
          )
        );
      });
    setup.push(...boundedTable(def, rows.rows, mode));
  }
  const properties = {};
  const queries = [];
  for (const st of job.statements) {
    if (st.kind === "set" && st.set?.key && isQueryOption(st.set.key) && st.set.value !== void 0)
      properties[st.set.key] = st.set.value;
    else if (st.kind === "create_view") setup.push(rewrite(st.text));
    else if (st.kind === "create_function" && st.function && !(st.function.name.name in mocks))
      setup.push(st.text);
    else if (st.kind === "insert" || st.kind === "statement_set") {
      for (const ins of st.kind === "insert" ? [st] : st.inner ?? []) {
        const q = sinkQuery(ins, tables, rewrite);
        if (q) queries.push(q);
      }
    }
  }
  const expectations = [];
  for (const [sink, exp] of Object.entries(spec.expect)) {
    const q = queries.find((x) => x.sink === sink);
    const at = tf.source.locate([...casePath, "expect", sink], "key");
    if (!q) {
      diags.push(
        error3(
          TEST_CODES.unknownTable,
          `Job ${job.name} does not write a table "${sink}"`,
          `Expectations are for the job's sinks: ${queries.map((x) => x.sink).join(", ")}.`,
          at
        )
      );
      continue;
    }
    let rows;
    let ops;
    if (exp.changelog) {
      rows = {
        rows: exp.changelog.map((c) => c.row),
        ranges: exp.changelog.map((_, i) => tf.source.locate([...casePath, "expect", sink, "changelog", i])),
        paths: exp.changelog.map((_, i) => [...casePath, "expect", sink, "changelog", i, "row"])
      };
      ops = exp.changelog.map((c) => c.op);
    } else {
      const loaded = rowsOf(dir, tf, [...casePath, "expect", sink], exp);
      diags.push(...loaded.diags);
      rows = loaded.value;
    }
    checkRows(rows, void 0, q.columns, `The sink ${sink}`, tables.get(sink));
    const named = new Set(rows.rows.flatMap((r) => Object.keys(r)));
    const compared = named.size ? q.columns.map((c) => c.name).filter((c) => named.has(c)) : q.columns.map((c) => c.name);
    expectations.push({
      sink,
      kind: exp.changelog ? "changelog" : "rows",
      rows: rows.rows,
      ranges: rows.ranges,
      compared,
      ...ops ? { ops } : {}
    });
  }
  if (mode === "batch" && [...setup, ...queries.map((q) => q.sql)].some((sql) => hasTemporalJoin(sql)))
    diags.push(
      error3(
        TEST_CODES.badFile,
        `Job ${job.name} has a temporal join (FOR SYSTEM_TIME AS OF an event time), which Flink runs only in streaming mode`,
        spec.mode ? "Set mode: streaming in this case: the watermarks then pick the version of each row valid at its time." : "Add mode: streaming to this case (batch is the default): the watermarks then pick the version of each row valid at its time.",
        tf.source.locate(spec.mode ? [...casePath, "mode"] : [...casePath, "name"])
      )
    );
  if (spec.mode === "batch" && expectations.some((e) => e.kind === "changelog"))
    diags.push(
      error3(
        TEST_CODES.badFile,
        "A changelog is only seen in streaming mode",
        "Remove mode: batch from the case (or set mode: streaming), or expect the final rows with rows:.",
        tf.source.locate([...casePath, "mode"])
      )
    );
  properties["table.local-time-zone"] ??= "UTC";
  Object.assign(properties, { "execution.runtime-mode": mode, "parallelism.default": "1" });
  const range = tf.source.locate(casePath);
  if (diags.some((d) => d.severity === "error")) return { value: void 0, diags };
  return {
    value: {
      name: spec.name,
      range,
      mode,
      properties,
      setup,
      queries: queries.filter((q) => expectations.some((e) => e.sink === q.sink)),
      expectations
    },
    diags
  };
});
// src/engine/sql-test/run.ts
var requireRealFlink = (async function requireRealFlink(client) {
  const cfg = await client.getConfig();
  if (!cfg.ok)
    return error3(
      TEST_CODES.notFlink,
      `Cannot reach the JobManager: ${describe(cfg.error)}`,
      "Check the environment's jobmanagerUrl / sqlGatewayUrl in flinkops.yaml, or pass --jobmanager-url and --sql-gateway-url (FLINKOPS_JOBMANAGER_URL / FLINKOPS_SQL_GATEWAY_URL); `npm run flink:up` starts a local Flink."
    );
  const info = await client.getInfo();
  if (!info.ok)
    return error3(
      TEST_CODES.notFlink,
      `Cannot reach the SQL Gateway: ${describe(info.error)}`,
      "Check the environment's sqlGatewayUrl in flinkops.yaml, or pass --sql-gateway-url (FLINKOPS_SQL_GATEWAY_URL)."
    );
  if (cfg.ok && (cfg.value.flinkRevision ?? "").startsWith("simulated"))
    return error3(
      TEST_CODES.notFlink,
      "The cluster is the flinkops simulator, which cannot compute SQL results",
      "flinkops test and preview run on a real Flink: start one with `npm run flink:up -- --flink-version 1.20` and pass its FLINKOPS_SQL_GATEWAY_URL / FLINKOPS_JOBMANAGER_URL, or point --env at a real cluster."
    );
  return void 0;
});
var describe = (function describe(e) {
  const text = e.causes.join("\n");
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("at ") && !l.startsWith("...") && !/^End of exception/.test(l));
  const root = [...lines].reverse().find((l) => /^Caused by: /.test(l) || /(Exception|Error): /.test(l));
  const msg = root?.replace(/^Caused by: /, "").replace(/^[\w.$]+\.(\w+(Exception|Error)): /, "$1: ");
  return msg ? msg : e.message;
});
var statementOptions = (function statementOptions(opts) {
  return { timeoutMs: opts.timeoutMs, ...opts.stop ? { signal: opts.stop } : {} };
});
var lookupHint = (function lookupHint(job, p, e) {
  const text = [e.message, ...e.causes].join("\n");
  if (p.mode !== "streaming" || !/time attribute/i.test(text) || !/FOR\s+SYSTEM_TIME\s+AS\s+OF/i.test(job.script))
    return "";
  return " A lookup join (FOR SYSTEM_TIME AS OF) runs as a plain join over the case's rows, and in streaming mode its output has no time attribute left for a window: give the case mode: batch.";
});
var formatMs = (function formatMs(ms) {
  return ms % 6e4 === 0 ? `${ms / 6e4} min` : `${Math.round(ms / 100) / 10} s`;
});
var runCase = (async function runCase(job, p, opts) {
  const started = opts.now();
  const base = { name: p.name, range: p.range, mode: p.mode, sinks: [] };
  const slots = await slotsWhenNoneFree(opts.client);
  if (slots !== void 0)
    opts.onProgress?.({ stage: "slot-wait", query: `${job.name} / ${p.name}`, slotsTotal: slots });
  const pipelineName3 = `flinkops-test.${job.name}.${started.toString(36)}`;
  const session = await opts.client.openSession({
    sessionName: pipelineName3,
    properties: { ...p.properties, "pipeline.name": pipelineName3 }
  });
  if (!session.ok)
    return { ...base, status: "error", error: describe(session.error), durationMs: opts.now() - started };
  const sh = session.value;
  const interrupted = () => ({
    ...base,
    status: "error",
    error: "stopped before it finished; its queries were cancelled",
    interrupted: true,
    durationMs: opts.now() - started
  });
  let queryStopped = false;
  try {
    for (const sql of p.setup) {
      const r = await opts.client.runStatement(sh, sql, statementOptions(opts));
      if (!r.ok && r.error.kind === "aborted") return interrupted();
      if (!r.ok)
        return { ...base, status: "error", error: describe(r.error), durationMs: opts.now() - started };
    }
    let failed = false;
    for (const q of p.queries) {
      opts.onProgress?.({ stage: "test-query", job: job.name, test: p.name, sink: q.sink });
      const r = await opts.client.runStatement(sh, q.sql, statementOptions(opts));
      if (!r.ok && r.error.kind === "aborted") {
        queryStopped = true;
        return interrupted();
      }
      if (!r.ok) {
        const starved = r.error.kind === "timeout" ? await waitedForSlots(opts.client, pipelineName3, "The case's query") : void 0;
        const timedOut = r.error.kind === "timeout";
        const error22 = starved ? `${starved.summary}. ${starved.detail}` : timedOut ? `The query of ${q.sink} did not finish within ${formatMs(opts.timeoutMs)}: give a longer --timeout, or check the job's log on the cluster.` : describe(r.error) + lookupHint(job, p, r.error);
        return {
          ...base,
          status: "error",
          error: error22,
          ...timedOut ? { timedOut: true } : {},
          durationMs: opts.now() - started
        };
      }
      const rows = actualRows(q, r.value.rows);
      const ops = (r.value.kinds ?? []).map(opOf);
      while (ops.length < rows.length) ops.push("+I");
      for (const exp of p.expectations.filter((e) => e.sink === q.sink)) {
        const { diff } = compareSink(q, exp, { rows, ops });
        if (!isEmptyDiff(diff)) failed = true;
        base.sinks.push({ sink: q.sink, diff, received: rows.length });
      }
    }
    return { ...base, status: failed ? "failed" : "passed", durationMs: opts.now() - started };
  } finally {
    await opts.client.closeSession(sh);
    await cancelLeftovers(opts.client, pipelineName3, {
      now: opts.now,
      sleep: opts.sleep ?? systemClock.sleep,
      ...queryStopped ? { awaitSubmitMs: AWAIT_SUBMIT_MS } : {}
    });
  }
});
var jobTestPrograms = (function jobTestPrograms(dir, job, tf, caseFilter) {
  const diags = [];
  const programs = [];
  tf.spec.cases.forEach((c, i) => {
    if (caseFilter && !c.name.includes(caseFilter)) return;
    const p = caseProgram(dir, job, tf, i);
    diags.push(...p.diags);
    if (p.value) programs.push(p.value);
  });
  return { programs, diags };
});
var runJobTests = (async function runJobTests(dir, job, tf, opts) {
  const cases = [];
  const { programs, diags } = jobTestPrograms(dir, job, tf, opts.caseFilter);
  if (diags.some((d) => d.severity === "error"))
    return { job: job.name, file: tf.file, status: "error", cases, diags };
  if (programs.length === 0) return { job: job.name, file: tf.file, status: "no-tests", cases, diags };
  for (const p of programs) {
    if (opts.stop?.aborted) break;
    opts.onProgress?.({ stage: "test-case", job: job.name, test: p.name, mode: p.mode });
    cases.push(await runCase(job, p, opts));
  }
  const status = cases.some((c) => c.status === "error") ? "error" : cases.some((c) => c.status === "failed") ? "failed" : "passed";
  return { job: job.name, file: tf.file, status, cases, diags };
});

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
var WAITING2 = /* @__PURE__ */ new Set(["INITIALIZED", "PENDING"]);
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
  const id2 = jobId ?? jobIdColumn(columns, rows);
  if (id2) result.jobId = id2;
  return ok(result);
}
async function failedFetch(gw, sh, oh, e, statementError) {
  if (e.kind !== "http") return { state: "failed", cause: e };
  const s = await gw.getOperationStatus(sh, oh);
  if (!s.ok) return { state: "failed", cause: s.error };
  const running = s.value === "RUNNING" || s.value === "FINISHED" || WAITING2.has(s.value);
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
  error as error4
} from "./chunk-FYVUM4PK.mjs";
// src/engine/cluster.ts
var resolveEndpoints = (function resolveEndpoints(env, overrides, vars) {
  return {
    jobmanagerUrl: overrides.jobmanagerUrl ?? vars.FLINKOPS_JOBMANAGER_URL ?? env.jobmanagerUrl,
    sqlGatewayUrl: overrides.sqlGatewayUrl ?? vars.FLINKOPS_SQL_GATEWAY_URL ?? env.sqlGatewayUrl
  };
});
function connect(opts) {
  const diags = [];
  const secretValues = [];
  const resolve4 = (v) => {
    if (v === void 0) return void 0;
    const r = resolveSecretsInValue(v, opts.secrets);
    diags.push(...r.diags);
    if (r.value !== v) secretValues.push(r.value);
    return r.value;
  };
  const a = opts.env.auth;
  const auth = {};
  if (a?.token) auth.bearerToken = resolve4(a.token);
  if (a?.username !== void 0)
    auth.basic = { username: resolve4(a.username), password: resolve4(a.password) ?? "" };
  if (a?.headers)
    auth.headers = Object.fromEntries(Object.entries(a.headers).map(([k, v]) => [k, resolve4(v)]));
  for (const [what, url] of Object.entries(opts.endpoints)) {
    if (what === "sqlGatewayUrl" && url === "") continue;
    const problem = endpointUrlProblem(url);
    if (problem)
      diags.push(
        error4(
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

import {
  shownUrl as shownUrl2
} from "./chunk-PG4X7Q6A.mjs";
// src/render/progress.ts
var describeEngineProgress = (function describeEngineProgress(p) {
  switch (p.stage) {
    case "compiling":
      return "compiling";
    case "reading-state":
      return `reading state (${p.location})`;
    case "observing":
      return `observing ${shownUrl2(p.jobmanagerUrl)}`;
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

// src/state/store.ts

import {
  isMap,
  isSeq,
  parseDocument
} from "./chunk-SIW47MSI.mjs";
import {
  randomHex as randomHex2
} from "./chunk-QDFCQ7OG.mjs";
import {
  LineIndex as LineIndex3
} from "./chunk-MHE3XHPS.mjs";
import {
  error as error5
} from "./chunk-FYVUM4PK.mjs";
// src/state/model.ts
// src/state/secrets.ts
// flinkops-generated:virtual:flinkops-state-validator
// src/core/json-error.ts
// src/state/document.ts
// src/state/lock-info.ts

import {
  parseFlinkVersion as parseFlinkVersion2
} from "./chunk-2J7UGB3X.mjs";
import {
  pipelineName as pipelineName2
} from "./chunk-EKKRR5UX.mjs";
// src/state/records.ts

import {
  randomHex as randomHex3
} from "./chunk-QDFCQ7OG.mjs";
import {
  LineIndex as LineIndex4
} from "./chunk-MHE3XHPS.mjs";
import {
  isIdentifier
} from "./chunk-EKKRR5UX.mjs";
import {
  basename,
  dirname,
  isAbsolute,
  join as join3,
  relative,
  resolve,
  sep
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFile,
  stat
} from "./chunk-NPMD6JOW.mjs";
import {
  error as error6
} from "./chunk-FYVUM4PK.mjs";
// src/state/fs-calls.ts
// src/state/atomic-file.ts
// src/state/journal.ts
// src/state/state-files.ts
var MIN_FOLD_BYTES = 64 * 1024;
// src/state/file-store.ts
// src/state/memory-store.ts

import {
  UsageError,
  intOpt,
  stringOpt
} from "./chunk-CB37V45K.mjs";
import {
  dirname as dirname2,
  isAbsolute as isAbsolute2,
  join as join4,
  resolve as resolve2
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync as readFileSync3,
  statSync as statSync2
} from "./chunk-NPMD6JOW.mjs";
// src/cli/git-head.ts
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
  const caFile = stringOpt(args, "ca-file") ?? io.env.FLINKOPS_CA_FILE;
  const skip = args.values["insecure-skip-verify"] === true || io.env.FLINKOPS_INSECURE_SKIP_VERIFY === "true";
  if (!caFile && !skip) return void 0;
  let ca;
  if (caFile) {
    try {
      ca = readFileSync3(isAbsolute2(caFile) ? caFile : resolve2(io.cwd, caFile), "utf8");
    } catch {
      throw new UsageError(`cannot read the CA file ${caFile}`);
    }
  }
  return { ...ca ? { ca } : {}, ...skip ? { insecureSkipVerify: true } : {} };
});
var endpointOverrides = (function endpointOverrides(args) {
  const jm = stringOpt(args, "jobmanager-url");
  const gw = stringOpt(args, "sql-gateway-url");
  return { ...jm ? { jobmanagerUrl: jm } : {}, ...gw ? { sqlGatewayUrl: gw } : {} };
});
var secretSource = (function secretSource(io) {
  return (name) => io.env[`FLINKOPS_SECRET_${name}`] ?? io.env[name];
});
var progressPrinter = (function progressPrinter(io, quiet) {
  if (quiet) return () => {
  };
  return (p) => {
    const message = describeEngineProgress(p);
    io.stderr(io.color ? `\x1B[2m\u2026 ${message}\x1B[22m
` : `\u2026 ${message}
`);
  };
});

import {
  UsageError as UsageError2,
  stringOpt as stringOpt2
} from "./chunk-CB37V45K.mjs";

import {
  CREDENTIAL_WORDS,
  isCredentialKey
} from "./chunk-2KEB7JXC.mjs";
import {
  formatLocation as formatLocation2,
  sortDiagnostics as sortDiagnostics2
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
  const sorted = sortDiagnostics2(diags);
  const alike2 = opts.consolidate ? alikeGroups(sorted) : /* @__PURE__ */ new Map();
  const folded = new Set([...alike2.values()].flat());
  const frames = new FrameLines();
  for (const d of sorted) {
    if (folded.has(d)) continue;
    const loc = printable(formatLocation2(d.range));
    const sev = d.severity === "error" ? s.red("error") : d.severity === "warning" ? s.yellow("warning") : "info";
    out.push(`${loc ? `${s.bold(loc)}: ` : ""}${sev} ${s.dim(d.code)}: ${printable(d.summary)}`);
    const frame = d.range && opts.sources?.get(d.range.file)?.replace(/^\uFEFF/, "");
    if (frame !== void 0 && d.range)
      for (const l of codeFrame(frames, frame, d.range.start, d.range.end)) out.push(s.dim(l));
    for (const line of printable(d.detail, true).split("\n")) if (line.trim()) out.push(`    ${line}`);
    const rest = alike2.get(d);
    if (rest) {
      out.push(
        `  and ${rest.length} more ${d.code} ${d.severity}s with the same advice (--verbose shows each in full):`
      );
      for (const r of rest) {
        const at = printable(formatLocation2(r.range));
        out.push(`    ${at ? `${s.bold(at)}: ` : ""}${printable(r.summary)}`);
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
    (m, key, sep2, value) => isCredentialKey(key.replace(/^['"]|['"]$/g, "")) && !value.includes("${") ? key + sep2 + value.replace(/[^'"]/g, "*") : m
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
      for (let m = eol.exec(text); m; m = eol.exec(text)) starts.push(m.index + m[0].length);
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
    let m = lines.get(n);
    if (m === void 0) {
      m = maskCredentials(line);
      lines.set(n, m);
    }
    return m;
  }
};

import {
  insideRepository as insideRepository2
} from "./chunk-DPJDA3R2.mjs";
import {
  isAbsolute as isAbsolute3,
  join as join5,
  resolve as resolve3
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync as readFileSync4,
  statSync as statSync3
} from "./chunk-NPMD6JOW.mjs";
import {
  hasErrors as hasErrors2
} from "./chunk-FYVUM4PK.mjs";
// src/cli/context.ts
var projectDir = (function projectDir(args, io) {
  const dir = stringOpt2(args, "dir") ?? io.env.FLINKOPS_DIR ?? ".";
  return isAbsolute3(dir) ? dir : resolve3(io.cwd, dir);
});
var givenEnv = (function givenEnv(args, io) {
  return stringOpt2(args, "env") || io.env.FLINKOPS_ENV || void 0;
});
var chooseEnv = (function chooseEnv(args, io, environments) {
  const env = givenEnv(args, io);
  if (env !== void 0) return env;
  if (environments.length === 1) return environments[0];
  throw new UsageError2(
    environments.length ? `choose an environment with --env (${environments.join(", ")})` : "flinkops.yaml defines no environments"
  );
});
var sourcesOf = (function sourcesOf(dir, diags) {
  const out = /* @__PURE__ */ new Map();
  for (const d of diags) {
    const file = d.range?.file;
    if (!file || out.has(file)) continue;
    try {
      const path = join5(dir, file);
      if (!insideRepository2(dir, path)) continue;
      const st = statSync3(path);
      if (!st.isFile() || st.size > 1024 * 1024) continue;
      out.set(file, readFileSync4(path, "utf8"));
    } catch {
    }
  }
  return out;
});
var reportDiagnostics = (function reportDiagnostics(io, dir, diags) {
  if (diags.length) io.stderr(renderDiagnostics(diags, { color: io.color, sources: sourcesOf(dir, diags) }));
  return hasErrors2(diags);
});
var mask = (function mask(text, secrets) {
  return maskSecrets(text, secrets);
});

import {
  EXIT,
  UsageError as UsageError3,
  boolOpt,
  durationOpt,
  parseCommandArgs,
  stringOpt as stringOpt3
} from "./chunk-CB37V45K.mjs";
import {
  runGraceful
} from "./chunk-QLMKHXW3.mjs";
import {
  loadAndValidate as loadAndValidate2
} from "./chunk-HCV42XU2.mjs";
import {
  meantSuffix
} from "./chunk-EKKRR5UX.mjs";
import {
  hasErrors as hasErrors3
} from "./chunk-FYVUM4PK.mjs";
// src/cli/commands/test.ts
var compiledFor = (function compiledFor(args, io, dir) {
  const given = givenEnv(args, io);
  const validated = loadAndValidate2(dir, { ...given ? { env: given } : {}, envVars: io.env });
  const diags = [...validated.diags];
  if (hasErrors3(diags)) return { diags };
  const env = chooseEnv(args, io, Object.keys(validated.value.config?.environments ?? {}));
  const compiled = compile(validated.value, { env, envVars: io.env });
  diags.push(...compiled.diags);
  return compiled.value && !hasErrors3(diags) ? { state: compiled.value, diags } : { diags };
});
var testCommand = {
  help: [
    "Usage: flinkops test [JOB...] [--env NAME] [--case TEXT] [--timeout 2min] [--json]",
    "",
    "Runs each case of jobs/<job>.test.yaml in a fresh SQL Gateway session: the job's sources become",
    "bounded tables over the case's rows, each sink's query is read back and compared with the",
    "expected rows (order-insensitive; by primary key, or the changelog). Real connectors are never",
    "touched; every job a case starts is cancelled. Needs a real Flink (not the simulator).",
    "A job without tests is listed, not failed. The report goes to stdout, failed cases too;",
    "exit 1 when a case fails or cannot run.",
    "  JOB...        only these jobs (default: every job)",
    "  --case TEXT   only cases whose name contains TEXT (none: a usage error)",
    "  --timeout D   budget per statement (default 2min)",
    '  --json        {"passed": bool, "jobs": [...], "diagnostics": [...]}',
    ...endpointHelp
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      {
        ...endpointOptions,
        case: { type: "string" },
        timeout: { type: "string" }
      },
      Number.POSITIVE_INFINITY
    );
    const dir = projectDir(args, io);
    const json = boolOpt(args, "json");
    const timeoutMs = durationOpt(args, "timeout") ?? 12e4;
    const caseFilter = stringOpt3(args, "case");
    const { state, diags } = compiledFor(args, io, dir);
    const finish = (results2, all, secrets = []) => {
      const failed = hasErrors3(all) || results2.some((r) => r.status === "failed" || r.status === "error" || r.status === "stopped");
      if (json) {
        io.stdout(
          `${mask(JSON.stringify({ passed: !failed, jobs: results2, diagnostics: all }, null, 2), secrets)}
`
        );
      } else {
        reportDiagnostics(io, dir, all);
        if (results2.length) io.stdout(mask(renderTestResults(results2), secrets));
      }
      return failed ? EXIT.error : EXIT.ok;
    };
    if (!state) return finish([], diags);
    const unknown = args.positionals.filter((j) => !state.jobs.some((x) => x.name === j));
    if (unknown.length) {
      const names2 = state.jobs.map((j) => j.name);
      const hint = unknown.length === 1 ? meantSuffix(unknown[0], names2) : "";
      throw new UsageError3(`unknown job ${unknown.join(", ")}${hint} (jobs: ${names2.join(", ")})`);
    }
    const jobs = state.jobs.filter((j) => !args.positionals.length || args.positionals.includes(j.name));
    const results = [];
    const files = jobs.map((j) => ({ job: j, loaded: loadTestFile(dir, j.name) }));
    for (const f of files) diags.push(...f.loaded.diags);
    for (const f of files)
      if (f.loaded.value) diags.push(...jobTestPrograms(dir, f.job, f.loaded.value, caseFilter).diags);
    if (hasErrors3(diags)) return finish([], diags);
    const names = files.flatMap((f) => f.loaded.value?.spec.cases.map((c) => c.name) ?? []);
    if (caseFilter !== void 0 && names.length && !names.some((n) => n.includes(caseFilter)))
      throw new UsageError3(
        `--case ${JSON.stringify(caseFilter)} is in no case name of ${args.positionals.length ? args.positionals.join(", ") : "the jobs"} (cases: ${names.map((n) => JSON.stringify(n)).join(", ")}); it matches part of a name, case-sensitively`
      );
    if (files.every((f) => !f.loaded.value)) {
      return finish(
        jobs.map((j) => ({ job: j.name, status: "no-tests", cases: [], diags: [] })),
        diags
      );
    }
    const tls = tlsOptions(args, io);
    const conn = connect({
      endpoints: resolveEndpoints(state.environment, endpointOverrides(args), io.env),
      env: state.environment,
      secrets: secretSource(io),
      ...tls ? { tls } : {}
    });
    diags.push(...conn.diags);
    if (!conn.client) return finish([], diags, conn.secretValues);
    const client = conn.client;
    try {
      const sim = await requireRealFlink(client);
      if (sim) return finish([], [...diags, sim], conn.secretValues);
      const progress = progressPrinter(io, json);
      await runGraceful(
        io.interrupt,
        "stopping the tests: cancelling their queries on the cluster.",
        async (stop) => {
          for (const f of files) {
            if (!f.loaded.value) {
              results.push({ job: f.job.name, status: "no-tests", cases: [], diags: [] });
              continue;
            }
            if (stop.aborted) {
              results.push({
                job: f.job.name,
                file: f.loaded.value.file,
                status: "stopped",
                cases: [],
                diags: []
              });
              continue;
            }
            const r = await runJobTests(dir, f.job, f.loaded.value, {
              client,
              timeoutMs,
              now: () => systemClock.now(),
              onProgress: progress,
              stop,
              ...caseFilter ? { caseFilter } : {}
            });
            diags.push(...r.diags);
            results.push(r);
          }
        },
        "The case under way may still run on the cluster: cancel the jobs named flinkops-test.<job>.\u2026 there (Flink's web UI, or PATCH /jobs/<id>?mode=cancel); its SQL Gateway session ends at the gateway's idle timeout."
      );
    } finally {
      await client.close();
    }
    return finish(results, diags, conn.secretValues);
  }
};

import {
  EXIT as EXIT2,
  UsageError as UsageError4,
  boolOpt as boolOpt2,
  durationOpt as durationOpt2,
  intOpt as intOpt2,
  parseCommandArgs as parseCommandArgs2,
  stringOpt as stringOpt4
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
import {
  meantSuffix as meantSuffix2
} from "./chunk-EKKRR5UX.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import {
  hasErrors as hasErrors4
} from "./chunk-FYVUM4PK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
// src/cli/commands/preview.ts
var previewCommand = {
  help: [
    "Usage: flinkops preview JOB [--env NAME] [--limit 100] [--timeout 30s] [--sink TABLE] [--json]",
    "",
    "Runs the job's SELECT (not its INSERT) through the environment's SQL Gateway against the real",
    "sources and prints the first rows, then cancels the query and closes the session. Sinks are",
    "never declared, so nothing is written; the managed job is not touched. Needs a real Flink.",
    "An updating query (an aggregate, a join) shows each row with its kind of change in an op",
    "column: +I insert, -U/+U the old and new row of an update, -D a delete.",
    "  --limit N     rows to show (default 100)",
    "  --timeout D   stop waiting for rows after D (default 30s); the rows so far are shown",
    "  --sink TABLE  the INSERT of a statement set to preview (default the first)",
    '  --json        {"sink", "columns", "columnTypes", "rows", "ops", "timedOut", "diagnostics" (when any)}',
    ...endpointHelp
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs2(
      argv,
      {
        ...endpointOptions,
        limit: { type: "string" },
        timeout: { type: "string" },
        sink: { type: "string" }
      },
      Number.POSITIVE_INFINITY
    );
    const dir = projectDir(args, io);
    const name = args.positionals[0];
    if (!name || args.positionals.length > 1)
      throw new UsageError4("give exactly one job: flinkops preview JOB");
    const limit = intOpt2(args, "limit", 100);
    const timeoutMs = durationOpt2(args, "timeout") ?? 3e4;
    const { state, diags } = compiledFor(args, io, dir);
    if (!state) {
      reportDiagnostics(io, dir, diags);
      return EXIT2.error;
    }
    const job = state.jobs.find((j) => j.name === name);
    if (!job) {
      const names = state.jobs.map((j) => j.name);
      throw new UsageError4(`unknown job ${name}${meantSuffix2(name, names)} (jobs: ${names.join(", ")})`);
    }
    const tls = tlsOptions(args, io);
    const conn = connect({
      endpoints: resolveEndpoints(state.environment, endpointOverrides(args), io.env),
      env: state.environment,
      secrets: secretSource(io),
      ...tls ? { tls } : {}
    });
    if (!conn.client) {
      reportDiagnostics(io, dir, [...diags, ...conn.diags]);
      return EXIT2.error;
    }
    const client = conn.client;
    try {
      const sim = await requireRealFlink(client);
      if (sim) {
        reportDiagnostics(io, dir, [...diags, sim]);
        return EXIT2.error;
      }
      const sink = stringOpt4(args, "sink");
      const r = await runGraceful2(
        io.interrupt,
        "stopping the preview: cancelling its query on the cluster.",
        (stop) => runPreview(job, {
          client,
          secrets: secretSource(io),
          limit,
          timeoutMs,
          now: () => systemClock.now(),
          sleep: (ms) => new Promise((res) => setTimeout(res, ms)),
          stop,
          onProgress: progressPrinter(io, boolOpt2(args, "json")),
          ...sink ? { sink } : {}
        }),
        `Its query may still run on the cluster: cancel the job named flinkops-preview.${job.name}.\u2026 there (Flink's web UI, or PATCH /jobs/<id>?mode=cancel); its SQL Gateway session ends at the gateway's idle timeout.`
      );
      const stoppedBy = io.interrupt?.received();
      const secrets = [...conn.secretValues, ...r.secretValues];
      const all = [...diags, ...r.diags];
      if (!r.value || hasErrors4(all)) {
        if (boolOpt2(args, "json"))
          io.stdout(`${mask(JSON.stringify({ diagnostics: all }, null, 2), secrets)}
`);
        else io.stderr(mask(formatDiags(all), secrets));
        return EXIT2.error;
      }
      const v = r.value;
      if (boolOpt2(args, "json")) {
        const out = all.length > 0 ? { ...v, diagnostics: all } : v;
        io.stdout(`${mask(JSON.stringify(out, null, 2), secrets)}
`);
        return EXIT2.ok;
      }
      io.stdout(mask(renderPreviewRows(v), secrets));
      io.stdout(
        `${v.rows.length} row(s) of ${job.name} \u2192 ${v.sink}${v.timedOut ? ` (stopped waiting after ${Math.round(timeoutMs / 1e3)} s)` : stoppedBy ? ` (stopped by ${stoppedBy})` : ""}; the query was cancelled, nothing was written
`
      );
      if (all.length > 0) io.stderr(mask(formatDiags(all), secrets));
      return EXIT2.ok;
    } finally {
      await client.close();
    }
  }
};
function formatDiags(diags) {
  return diags.map((d) => `${d.severity} ${d.code}: ${d.summary}
  ${d.detail}
`).join("");
}
export {
  previewCommand
};
