import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  FLINK_VERSIONS,
  atLeast,
  features,
  isFlinkVersion
} from "./chunk-HURSUGRF.mjs";
import {
  createServer
} from "./chunk-FHLEXDGM.mjs";
import {
  chainHeads,
  chainedOperators,
  defaultMaxParallelism,
  holdsState,
  keyedStateNames,
  legacySourceConnector,
  murmur3x64_128,
  operatorIds,
  operatorKind,
  rowsFrameBecomesRange,
  stateShape,
  tableKey,
  toHex
} from "./chunk-7ST6JL7S.mjs";
import {
  KAFKA_CONNECTORS,
  alreadyExists,
  calcitePosition,
  columnMisses,
  missRefusal,
  queryColumns,
  replacesExisting
} from "./chunk-MTN3MEF7.mjs";
import {
  AGGREGATE_FUNCTIONS,
  WINDOW_TVFS,
  analyzeScript,
  isBuiltinFunction,
  isSensitiveKey,
  normalizeSql
} from "./chunk-2KEB7JXC.mjs";
import {
  CODES,
  closingParen,
  isOp,
  isWord,
  lex
} from "./chunk-BYIOOC32.mjs";
import {
  parse
} from "./chunk-SIW47MSI.mjs";
import {
  sha256
} from "./chunk-QDFCQ7OG.mjs";
import "./chunk-2J7UGB3X.mjs";
import {
  LineIndex
} from "./chunk-MHE3XHPS.mjs";
import {
  parseDurationMs
} from "./chunk-H5WAOW7W.mjs";
import "./chunk-EKKRR5UX.mjs";
import {
  join
} from "./chunk-KBTCQ2CM.mjs";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from "./chunk-NPMD6JOW.mjs";
import {
  fileURLToPath,
  init_node_url
} from "./chunk-2W6PPHYK.mjs";
import "./chunk-FYVUM4PK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

// src/sim/catalog.ts
var Catalog = class {
  tables = /* @__PURE__ */ new Map();
  /** Function names, lower-case (Flink function lookup is case-insensitive). */
  functions = /* @__PURE__ */ new Map();
};
var DEFAULT_CATALOG = "default_catalog";
var DEFAULT_DATABASE = "default_database";
var SessionTables = class extends Map {
  constructor(shared) {
    super();
    this.shared = shared;
  }
  shared;
  builtin(fqn) {
    return fqn.startsWith(`${DEFAULT_CATALOG}.`);
  }
  get(fqn) {
    return this.builtin(fqn) ? super.get(fqn) : this.shared.get(fqn);
  }
  has(fqn) {
    return this.builtin(fqn) ? super.has(fqn) : this.shared.has(fqn);
  }
  set(fqn, t) {
    if (this.builtin(fqn)) super.set(fqn, t);
    else this.shared.set(fqn, t);
    return this;
  }
  delete(fqn) {
    return this.builtin(fqn) ? super.delete(fqn) : this.shared.delete(fqn);
  }
  *values() {
    yield* super.values();
    yield* this.shared.values();
  }
};
var sessionCatalog = (function sessionCatalog(shared) {
  const c = new Catalog();
  Object.defineProperty(c, "tables", { value: new SessionTables(shared.tables) });
  return c;
});
var qualify = (function qualify(ref, cur) {
  const parts = Array.isArray(ref) ? ref : ref.parts;
  if (parts.length >= 3) return parts.slice(-3).join(".");
  if (parts.length === 2) return `${cur.catalog}.${parts[0]}.${parts[1]}`;
  return `${cur.catalog}.${cur.database}.${parts[0]}`;
});
var lookupTable = (function lookupTable(fqn, temp, shared) {
  return temp.tables.get(fqn) ?? shared.tables.get(fqn);
});
var lookupFunction = (function lookupFunction(name, temp, shared) {
  const key = name.toLowerCase();
  return temp.functions.get(key) ?? shared.functions.get(key);
});
var expandSources = (function expandSources(fqn, temp, shared, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(fqn)) return [];
  seen.add(fqn);
  const t = lookupTable(fqn, temp, shared);
  if (!t || t.kind === "table") return [fqn];
  return t.reads.flatMap((r) => expandSources(r, temp, shared, seen));
});

// src/sim/clock.ts
var Scheduler = class {
  constructor(source, startMs) {
    this.source = source;
    this.virtualNow = startMs;
  }
  source;
  timers = [];
  seq = 0;
  /** While events run, "now" is the event's own time, not the target of advance(). */
  current;
  virtualNow;
  get isVirtual() {
    return this.source === void 0;
  }
  now() {
    if (this.current !== void 0) return this.current;
    return this.source ? this.source.now() : this.virtualNow;
  }
  at(at, fn) {
    const t = { at, seq: this.seq++, fn, cancelled: false };
    let lo = 0;
    let hi = this.timers.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m = this.timers[mid];
      if (m.at < at || m.at === at && m.seq < t.seq) lo = mid + 1;
      else hi = mid;
    }
    this.timers.splice(lo, 0, t);
    return {
      cancel: () => {
        t.cancelled = true;
      }
    };
  }
  after(ms, fn) {
    return this.at(this.now() + Math.max(0, ms), fn);
  }
  /** Runs every event due by `until` (default: the clock's now), in time order. */
  runDue(until) {
    const limit = until ?? (this.source ? this.source.now() : this.virtualNow);
    while (this.timers.length > 0 && this.timers[0].at <= limit) {
      const t = this.timers.shift();
      if (t.cancelled) continue;
      this.current = Math.max(t.at, this.current ?? Number.NEGATIVE_INFINITY);
      try {
        t.fn();
      } finally {
        this.current = void 0;
      }
    }
  }
  /** Virtual time only: moves the clock forward, running events on the way. */
  advance(ms) {
    if (!this.isVirtual) throw new Error("advance() needs the virtual clock");
    const target = this.virtualNow + Math.max(0, ms);
    while (this.timers.length > 0 && this.timers[0].at <= target) {
      const next = this.timers[0].at;
      this.virtualNow = Math.max(this.virtualNow, next);
      this.runDue(next);
    }
    this.virtualNow = target;
  }
  pending() {
    return this.timers.filter((t) => !t.cancelled).length;
  }
};
var prng = (function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
});
var randomHex = (function randomHex(rand, n) {
  let s = "";
  while (s.length < n)
    s += Math.floor(rand() * 4294967296).toString(16).padStart(8, "0");
  return s.slice(0, n);
});
var randomUuid = (function randomUuid(rand) {
  const h = randomHex(rand, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
});

// src/sim/options-splitter.ts
var tokenize = (function tokenize(text, delimiter) {
  const tokens = [];
  let cursor = 0;
  while (cursor < text.length) {
    const c = text[cursor];
    if (c === delimiter) {
      tokens.push({ kind: "delimiter", text: c, position: cursor });
      cursor++;
    } else if (c === "'" || c === '"') {
      let part = "";
      let i = cursor + 1;
      for (; ; ) {
        if (i >= text.length) throw new Error("Could not split string. Quoting was not closed properly.");
        if (text[i] === c) {
          if (text[i + 1] === c) {
            part += c;
            i += 2;
            continue;
          }
          break;
        }
        part += text[i++];
      }
      tokens.push({ kind: "quoted", text: part, position: cursor });
      cursor = i + 1;
    } else if (/\s/.test(c)) {
      cursor++;
    } else {
      let i = cursor;
      while (i < text.length && text[i] !== delimiter) i++;
      tokens.push({ kind: "literal", text: text.slice(cursor, i).trim(), position: cursor });
      cursor = i;
    }
  }
  return tokens;
});
var splitEscaped = (function splitEscaped(text, delimiter) {
  const tokens = tokenize(text, delimiter);
  const parts = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.kind === "quoted") {
      if (next && next.kind !== "delimiter") {
        throw new Error(`Could not split string. Illegal quoting at position: ${next.position - 1}`);
      }
      parts.push(t.text);
    } else if (t.kind === "literal") parts.push(t.text);
    else if (next?.kind === "delimiter") parts.push("");
  });
  return parts;
});
var splitMap = (function splitMap(text) {
  const out = {};
  for (const entry of splitEscaped(text, ",")) {
    const kv = splitEscaped(entry, ":");
    if (kv.length !== 2) throw new Error("Map item is not a key-value pair (missing ':'?)");
    out[kv[0]] = kv[1];
  }
  return out;
});

// src/sim/config-keys.ts
var HIDDEN = "******";
var maskMap = (function maskMap(map) {
  const out = {};
  for (const [k, v] of Object.entries(map)) out[k] = isSensitiveKey(k) ? HIDDEN : v;
  return out;
});
var parseMapOption = (function parseMapOption(value, version) {
  const text = value.trim();
  if (text === "") return {};
  if (atLeast(version, "1.19")) {
    const map = yamlMap(text);
    if (map) return map;
  }
  try {
    return splitMap(text);
  } catch (e) {
    throw new Error(
      `Could not parse value '${value}' for key 'pipeline.global-job-parameters'. ${e.message}`
    );
  }
});
var yamlMap = (function yamlMap(text) {
  let parsed;
  try {
    parsed = parse(text);
  } catch {
    return void 0;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return void 0;
  const out = {};
  for (const [k, v] of Object.entries(parsed)) {
    out[k] = typeof v === "object" && v !== null ? JSON.stringify(v) : String(v);
  }
  return out;
});
var parseDuration = (function parseDuration(value) {
  return parseDurationMs(value, "ms");
});
var bool = (function bool(v) {
  return v?.trim().toLowerCase() === "true";
});
var restoreSettings = (function restoreSettings(cfg, version) {
  const newKeys = atLeast(version, "1.20");
  const path = (newKeys ? cfg["execution.state-recovery.path"] : void 0) ?? cfg["execution.savepoint.path"];
  const ignore = newKeys ? cfg["execution.state-recovery.ignore-unclaimed-state"] : cfg["execution.savepoint.ignore-unclaimed-state"];
  return path?.trim() ? { path: path.trim(), ignoreUnclaimed: bool(ignore) } : { ignoreUnclaimed: bool(ignore) };
});
var savepointDirOf = (function savepointDirOf(cfg, version) {
  return (atLeast(version, "1.20") ? cfg["execution.checkpointing.savepoint-dir"] : void 0) ?? cfg["state.savepoints.dir"];
});
var parallelismOf = (function parallelismOf(cfg) {
  const table = Number(cfg["table.exec.resource.default-parallelism"]);
  if (Number.isInteger(table) && table > 0) return table;
  const p = Number(cfg["parallelism.default"]);
  return Number.isInteger(p) && p > 0 ? p : 1;
});
var maxParallelismOf = (function maxParallelismOf(cfg, parallelism = 1) {
  return explicitMaxParallelism(cfg) ?? defaultMaxParallelism(parallelism);
});
var explicitMaxParallelism = (function explicitMaxParallelism(cfg) {
  const p = Number(cfg["pipeline.max-parallelism"]);
  return Number.isInteger(p) && p > 0 ? p : void 0;
});
var DURATION_UNITS = /* @__PURE__ */ new Set([
  ...["d", "day", "days", "h", "hour", "hours", "min", "m", "minute", "minutes"],
  ...["s", "sec", "secs", "second", "seconds", "ms", "milli", "millis", "millisecond", "milliseconds"],
  ...[
    "\xB5s",
    "micro",
    "micros",
    "microsecond",
    "microseconds",
    "ns",
    "nano",
    "nanos",
    "nanosecond",
    "nanoseconds"
  ]
]);
var isFlinkDuration = (function isFlinkDuration(value) {
  const m = /^(\d+)\s*(.*)$/.exec(value.trim());
  if (!m) return /^P(?=.*\d)[\dDTHMS.]+$/i.test(value.trim());
  return m[2] === "" || DURATION_UNITS.has(m[2].toLowerCase());
});
var isInt = ((value) => /^[-+]?\d+$/.test(value) && Math.abs(Number(value)) < 2 ** 31);
var enumOf = ((...names) => (value) => names.includes(value.toUpperCase()));
var PARSED_AT_ENVIRONMENT = {
  "parallelism.default": isInt,
  "pipeline.max-parallelism": isInt,
  "execution.checkpointing.interval": isFlinkDuration,
  "execution.checkpointing.mode": enumOf("EXACTLY_ONCE", "AT_LEAST_ONCE"),
  "execution.runtime-mode": enumOf("STREAMING", "BATCH", "AUTOMATIC"),
  "table.sql-dialect": enumOf("DEFAULT", "HIVE")
};
var unparsableValue = (function unparsableValue(config) {
  for (const [key, ok2] of Object.entries(PARSED_AT_ENVIRONMENT)) {
    const value = config[key];
    if (value !== void 0 && !ok2(value)) return `Could not parse value '${value}' for key '${key}'.`;
  }
  return void 0;
});
var checkpointRetention = (function checkpointRetention(cfg) {
  const v = cfg["execution.checkpointing.externalized-checkpoint-retention"]?.trim().toUpperCase();
  return v === "RETAIN_ON_CANCELLATION" || v === "DELETE_ON_CANCELLATION" ? v : "NO_EXTERNALIZED_CHECKPOINTS";
});

// src/sim/job-exceptions.ts
var stackTrace = (function stackTrace(className, message, causedBy) {
  let s = `${className}: ${message}
	at org.apache.flink.runtime.simulator.Simulated.run(Simulated.java:1)`;
  if (causedBy) s += `
Caused by: ${causedBy.className}: ${causedBy.message}
	... 1 more`;
  return s;
});
var addException = (function addException(job, now, className, message, cause) {
  const entry = {
    exceptionName: className,
    stacktrace: stackTrace(className, message, cause),
    timestamp: now
  };
  job.exceptions.unshift(entry);
  if (job.exceptions.length > 16) job.exceptions.pop();
});

// src/sim/query-shape.ts
var WINDOW_COLUMNS = /* @__PURE__ */ new Set(["window_start", "window_end", "window_time"]);
var JOIN_WORDS = /* @__PURE__ */ new Set(["JOIN", "LEFT", "RIGHT", "FULL", "INNER", "CROSS", "NATURAL"]);
var SELECT_CLAUSES = ["FROM", "WHERE", "GROUP", "HAVING", "WINDOW", "ORDER", "LIMIT"];
var queryShape = (function queryShape(text, views, columns = () => void 0) {
  return parseText(text, views, columns, /* @__PURE__ */ new Map(), 0);
});
var parseText = (function parseText(text, views, columns, ctes, depth) {
  const t = lex(text, "<sim>", new LineIndex(text)).tokens.filter((x) => x.kind !== "hint");
  const p = { text, t, views, columns, ctes: new Map(ctes), depth };
  let i = 0;
  if (isWord(t[0], "INSERT")) {
    i = 1;
    while (i < t.length && !isWord(t[i], "SELECT") && !isWord(t[i], "WITH") && !isOp(t[i], "(")) i++;
    if (isOp(t[i], "(") && !isWord(t[i + 1], "SELECT") && !isWord(t[i + 1], "WITH"))
      i = closingParen(t, i) + 1;
  } else if (isWord(t[0], "CREATE") || isWord(t[0], "REPLACE")) {
    i = topLevel(
      t,
      0,
      t.length,
      (x, k) => isWord(x, "AS") && (isWord(t[k + 1], "SELECT") || isWord(t[k + 1], "WITH") || isOp(t[k + 1], "("))
    )[0] ?? t.length - 1;
    i++;
  }
  let end = t.length;
  if (isOp(t[end - 1], ";")) end--;
  return query(p, i, end);
});
var topLevel = (function topLevel(t, from, to, match) {
  const out = [];
  for (let i = from; i < to; i++) {
    if (isOp(t[i], "(")) {
      i = closingParen(t, i);
      continue;
    }
    if (match(t[i], i)) out.push(i);
  }
  return out;
});
var src = (function src(p, from, to) {
  if (to <= from) return "";
  return p.text.slice(p.t[from].start, p.t[to - 1].end).replace(/\s+/g, " ").trim();
});
var column = (function column(s) {
  return s.replace(/`/g, "").replace(/\b\w+\.(?=\w)/g, "").trim();
});
var query = (function query(p, from, to) {
  let i = from;
  if (isWord(p.t[i], "WITH")) {
    i++;
    for (; ; ) {
      const name = p.t[i];
      i++;
      if (isOp(p.t[i], "(")) i = closingParen(p.t, i) + 1;
      if (isWord(p.t[i], "AS")) i++;
      const end = closingParen(p.t, i);
      const rel = query(p, i + 1, end);
      p.ctes.set(name.value.toLowerCase(), rel);
      i = end + 1;
      if (!isOp(p.t[i], ",")) break;
      i++;
    }
  }
  const unions = topLevel(p.t, i, to, (x) => isWord(x, "UNION"));
  if (unions.length > 0) {
    const bounds = [i, ...unions, to];
    const inputs = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      let a = bounds[k];
      if (k > 0) a += isWord(p.t[a + 1], "ALL") || isWord(p.t[a + 1], "DISTINCT") ? 2 : 1;
      inputs.push(single(p, a, bounds[k + 1]));
    }
    return { kind: "union", inputs };
  }
  return single(p, i, to);
});
var single = (function single(p, from, to) {
  if (isOp(p.t[from], "(") && closingParen(p.t, from) === to - 1) return query(p, from + 1, to - 1);
  if (!isWord(p.t[from], "SELECT")) return { kind: "scan", table: ["values"] };
  const at = /* @__PURE__ */ new Map();
  for (const k of topLevel(p.t, from, to, (x) => x.kind === "word" && SELECT_CLAUSES.includes(x.value))) {
    if (!at.has(p.t[k].value)) at.set(p.t[k].value, k);
  }
  const endOf = (k) => Math.min(...[...at.values(), to].filter((v) => v > k));
  let itemsFrom = from + 1;
  const distinct = isWord(p.t[itemsFrom], "DISTINCT");
  if (distinct || isWord(p.t[itemsFrom], "ALL")) itemsFrom++;
  const fromAt = at.get("FROM");
  const itemsTo = fromAt ?? endOf(from);
  const items = split(p, itemsFrom, itemsTo);
  if (fromAt === void 0) return { kind: "scan", table: ["values"] };
  const input = fromClause(p, fromAt + 1, endOf(fromAt));
  const whereAt = at.get("WHERE");
  const where = whereAt !== void 0 ? src(p, whereAt + 1, endOf(whereAt)) : void 0;
  const groupAt = at.get("GROUP");
  const groupBy = groupAt !== void 0 ? split(p, groupAt + 2, endOf(groupAt)).map((g) => column(src(p, g[0], g[1]))) : [];
  const havingAt = at.get("HAVING");
  const having = havingAt !== void 0 ? src(p, havingAt + 1, endOf(havingAt)) : void 0;
  const texts = items.map(([a, b]) => src(p, a, b));
  const all = input.kind === "scan" ? p.columns(input.table) : void 0;
  const star = texts.every((x) => /^(?:\w+\.)?\*$/.test(x)) || // A PTF's own columns (partition keys, then its output): the planner selects them in the PTF.
  input.kind === "ptf" && texts.every((x) => /^[\w`]+$/.test(x)) || all !== void 0 && all.length === texts.length && all.every((c, k) => c.toLowerCase() === column(texts[k]).toLowerCase());
  const rowNumber = items.findIndex(([a]) => isWord(p.t[a], "ROW_NUMBER"));
  const aggs = items.filter(([a, b]) => aggregateCall(p, a, b)).map(([a, b]) => aggSignature(p, a, b));
  const overs = items.filter(([a, b]) => topLevel(p.t, a, b, (x) => isWord(x, "OVER")).length > 0);
  if (input.kind === "over" && input.aggs[0] === "ROW_NUMBER" && where && /\b\w+\s*(<=|<|=)\s*(\d+)/.test(where)) {
    const m = /\b\w+\s*(<=|<|=)\s*(\d+)/.exec(where);
    const n = Number(m[2]) - (m[1] === "<" ? 1 : 0);
    return {
      kind: "rank",
      input: input.input,
      partitionBy: input.partitionBy,
      orderBy: input.orderBy,
      end: n,
      dedup: n === 1
    };
  }
  let rel = input;
  const needsCalc = where !== void 0 || !star;
  const joined = input.kind === "join" || input.kind === "lookup";
  if (groupBy.length > 0 || aggs.length > 0 || distinct) {
    const window = findWindow(input);
    const keys = distinct && groupBy.length === 0 ? texts.map(column) : groupBy;
    if (needsCalc && !joined)
      rel = { kind: "calc", input: rel, select: texts.join(", "), ...where ? { where } : {} };
    rel = {
      kind: "agg",
      input: rel,
      groupBy: window ? keys.filter((k) => !WINDOW_COLUMNS.has(k.toLowerCase())) : keys,
      aggs,
      ...window ? { window } : {},
      ...having ? { having } : {}
    };
    return rel;
  }
  if (rowNumber >= 0 || overs.length > 0) {
    const [a, b] = items[rowNumber >= 0 ? rowNumber : items.indexOf(overs[0])];
    const spec = overSpec(p, a, b);
    if (where !== void 0 && !joined) rel = { kind: "calc", input: rel, select: "*", where };
    return {
      kind: "over",
      input: rel,
      ...spec,
      aggs: rowNumber >= 0 ? ["ROW_NUMBER"] : overs.map(([x, y]) => aggSignature(p, x, y))
    };
  }
  if (needsCalc) {
    if (rel.kind === "rank" && where === void 0) return rel;
    return { kind: "calc", input: rel, select: texts.join(", "), ...where ? { where } : {} };
  }
  return rel;
});
var findWindow = (function findWindow(r) {
  if (r.kind === "window") return { fn: r.fn, size: r.size };
  if (r.kind === "calc") return findWindow(r.input);
  return void 0;
});
var split = (function split(p, from, to) {
  const commas = topLevel(p.t, from, to, (x) => isOp(x, ","));
  const bounds = [from - 1, ...commas, to];
  const out = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    if (bounds[k] + 1 < bounds[k + 1]) out.push([bounds[k] + 1, bounds[k + 1]]);
  }
  return out;
});
var aggregateCall = (function aggregateCall(p, a, b) {
  for (let i = a; i < b; i++) {
    const x = p.t[i];
    if (x.kind === "word" && AGGREGATE_FUNCTIONS.has(x.value) && isOp(p.t[i + 1], "(")) {
      const end = closingParen(p.t, i + 1);
      if (!isWord(p.t[end + 1], "OVER")) return true;
      i = end;
    }
  }
  return false;
});
var aggSignature = (function aggSignature(p, a, b) {
  const out = [];
  for (let i = a; i < b; i++) {
    const x = p.t[i];
    if (x.kind !== "word" || !(AGGREGATE_FUNCTIONS.has(x.value) || x.value === "ROW_NUMBER") || !isOp(p.t[i + 1], "("))
      continue;
    const end = closingParen(p.t, i + 1);
    let argFrom = i + 2;
    const distinct = isWord(p.t[argFrom], "DISTINCT");
    if (distinct) argFrom++;
    const arg = src(p, argFrom, end);
    const plain = /^[\w.`]+$|^\*$/.test(arg) ? column(arg) : "$f";
    const filter = isWord(p.t[end + 1], "FILTER") ? " FILTER $f" : "";
    out.push(`${x.value}(${distinct ? "DISTINCT " : ""}${plain})${filter}`);
    i = end;
  }
  return out.join(", ");
});
var overSpec = (function overSpec(p, a, b) {
  const over = topLevel(p.t, a, b, (x) => isWord(x, "OVER"))[0] ?? a;
  const open = over + 1;
  const end = isOp(p.t[open], "(") ? closingParen(p.t, open) : open;
  const inner = src(p, open + 1, end);
  const part = /PARTITION\s+BY\s+(.+?)(?=\s+ORDER\s+BY|\s+ROWS\s|\s+RANGE\s|$)/i.exec(inner)?.[1] ?? "";
  const order = /ORDER\s+BY\s+(.+?)(?=\s+ROWS\s|\s+RANGE\s|$)/i.exec(inner)?.[1] ?? "";
  return { partitionBy: column(part), orderBy: column(order) };
});
var fromClause = (function fromClause(p, from, to) {
  const items = split(p, from, to);
  let rel = joins(p, items[0][0], items[0][1]);
  for (const [a, b] of items.slice(1)) {
    if (isWord(p.t[a], "LATERAL")) {
      rel = { kind: "calc", input: rel, select: src(p, a, b) };
      continue;
    }
    rel = { kind: "join", left: rel, right: joins(p, a, b), type: "InnerJoin", on: "", interval: false };
  }
  return rel;
});
var joins = (function joins(p, from, to) {
  const at = topLevel(p.t, from, to, (x, i) => isWord(x, "JOIN") && !isWord(p.t[i - 1], "JOIN"));
  if (at.length === 0) return factor(p, from, to).rel;
  const starts = at.map((j) => {
    let s = j;
    while (s - 1 > from && p.t[s - 1].kind === "word" && (JOIN_WORDS.has(p.t[s - 1].value) || isWord(p.t[s - 1], "OUTER")))
      s--;
    return s;
  });
  let rel = factor(p, from, starts[0]).rel;
  for (let k = 0; k < at.length; k++) {
    const words = p.t.slice(starts[k], at[k]).map((x) => x.value);
    const type = words.includes("LEFT") ? "LeftOuterJoin" : words.includes("RIGHT") ? "RightOuterJoin" : words.includes("FULL") ? "FullOuterJoin" : "InnerJoin";
    const end = starts[k + 1] ?? to;
    const on = topLevel(p.t, at[k] + 1, end, (x) => isWord(x, "ON") || isWord(x, "USING"))[0] ?? end;
    const right = factor(p, at[k] + 1, on);
    const cond = on < end ? src(p, on + 1, end) : "";
    if (right.temporal) {
      rel = { kind: "lookup", input: rel, table: right.table ?? [], type, on: column(cond) };
      continue;
    }
    const interval = /\bBETWEEN\b[\s\S]*\bINTERVAL\b|\bINTERVAL\b/i.test(cond);
    rel = { kind: "join", left: rel, right: right.rel, type, on: column(cond), interval };
  }
  return rel;
});
var callArgs = (function callArgs(p, open) {
  const t = p.t;
  return split(p, open + 1, closingParen(t, open)).map(([x, y]) => {
    const named = (t[x]?.kind === "word" || t[x]?.kind === "quoted") && isOp(t[x + 1], "=>");
    const name = named ? t[x].kind === "word" ? p.text.slice(t[x].start, t[x].end) : t[x].value : void 0;
    return { ...name ? { name: name.toUpperCase() } : {}, from: named ? x + 2 : x, to: y };
  });
});
var processTableFunction = (function processTableFunction(p, fn, args) {
  const t = p.t;
  if (fn.kind !== "word" || isBuiltinFunction(fn.value)) return void 0;
  const table = args.find(
    (x) => isWord(t[x.from], "TABLE") && !isOp(t[x.from + 1], "(") || isOp(t[x.from], "(") && isWord(t[closingParen(t, x.from) + 1], "PARTITION")
  );
  if (!table) return void 0;
  const partitionAt = topLevel(
    t,
    table.from,
    table.to,
    (x, k) => isWord(x, "PARTITION") && isWord(t[k + 1], "BY")
  )[0];
  const orderAt = topLevel(
    t,
    table.from,
    table.to,
    (x, k) => isWord(x, "ORDER") && isWord(t[k + 1], "BY")
  )[0];
  const inputEnd = partitionAt ?? orderAt ?? table.to;
  const input = isWord(t[table.from], "TABLE") ? factor(p, table.from + 1, inputEnd).rel : query(p, table.from + 1, closingParen(t, table.from));
  const partitionBy = partitionAt === void 0 ? void 0 : src(p, partitionAt + 2, orderAt ?? table.to).replace(/^\(|\)$/g, "").trim();
  const uidArg = args.find((x) => x.name === "UID");
  const name = p.text.slice(fn.start, fn.end).toLowerCase();
  const uid = uidArg && t[uidArg.from]?.kind === "string" ? t[uidArg.from].value : partitionBy ? name : void 0;
  return { kind: "ptf", input, fn: name, ...uid ? { uid } : {}, ...partitionBy ? { partitionBy } : {} };
});
var factor = (function factor(p, from, to) {
  const t = p.t;
  if (isWord(t[from], "LATERAL")) return { rel: { kind: "scan", table: ["values"] } };
  if (isOp(t[from], "(")) return { rel: query(p, from + 1, closingParen(t, from)) };
  if (isWord(t[from], "TABLE") && isOp(t[from + 1], "(")) {
    const fn = t[from + 2];
    const open = from + 3;
    const end = closingParen(t, open);
    const args = callArgs(p, open);
    if (!WINDOW_TVFS.has(fn.value)) {
      const ptf = processTableFunction(p, fn, args);
      if (ptf) return { rel: ptf };
    }
    const data = args.find((x) => x.name === "DATA") ?? args[0];
    const [a, b] = data ? [data.from, data.to] : [open + 1, end];
    const input = isWord(t[a], "TABLE") ? factor(p, a + 1, b).rel : factor(p, a, b).rel;
    if (!WINDOW_TVFS.has(fn.value)) return { rel: input };
    const intervals = args.filter((x, i2) => x.name === void 0 ? i2 >= 2 : x.name !== "DATA" && x.name !== "TIMECOL").map((x) => src(p, x.from, x.to)).join(", ");
    return { rel: { kind: "window", input, fn: fn.value, size: intervals } };
  }
  if ((t[from]?.kind === "word" || t[from]?.kind === "quoted") && isOp(t[from + 1], "(")) {
    const ptf = processTableFunction(p, t[from], callArgs(p, from + 1));
    if (ptf) return { rel: ptf };
  }
  const parts = [];
  let i = from;
  while (i < to && (t[i].kind === "word" || t[i].kind === "quoted")) {
    parts.push(t[i].kind === "word" ? p.text.slice(t[i].start, t[i].end) : t[i].value);
    if (!isOp(t[i + 1], ".")) break;
    i += 2;
  }
  const temporal = topLevel(t, from, to, (x, k) => isWord(x, "FOR") && isWord(t[k + 1], "SYSTEM_TIME")).length > 0;
  const cte = parts.length === 1 ? p.ctes.get(parts[0].toLowerCase()) : void 0;
  if (cte) return { rel: cte };
  const view = p.depth < 8 ? p.views(parts) : void 0;
  if (view !== void 0 && !temporal)
    return { rel: parseText(view, p.views, p.columns, p.ctes, p.depth + 1) };
  return { rel: { kind: "scan", table: parts }, temporal, table: parts };
});

// src/sim/job-graph.ts
var LOOKUP_CONNECTORS = /^(jdbc|hbase|redis|mongodb|elasticsearch)/;
var jobParallelism = (function jobParallelism(cfg) {
  const table = Number(cfg["table.exec.resource.default-parallelism"]);
  if (Number.isFinite(table) && table > 0) return table;
  const p = Number(cfg["parallelism.default"]);
  return Number.isFinite(p) && p > 0 ? p : 1;
});
var chainingEnabled = (function chainingEnabled(cfg) {
  const v = cfg["pipeline.operator-chaining.enabled"] ?? cfg["pipeline.operator-chaining"];
  return v?.trim().toLowerCase() !== "false";
});
var hashOptions = (function hashOptions(cfg, tableOptions = {}, legacyDefault = false) {
  return {
    chaining: chainingEnabled(cfg),
    legacySource: (n) => {
      const k = operatorKind(n);
      const options = tableOptions[tableKey(k.table ?? "")];
      return k.kind === "source" && (options?.connector === void 0 ? legacyDefault : legacySourceConnector(options));
    }
  };
});
var Builder = class {
  constructor(input, p, miniBatch) {
    this.input = input;
    this.p = p;
    this.miniBatch = miniBatch;
  }
  input;
  p;
  miniBatch;
  nodes = [];
  sources = /* @__PURE__ */ new Map();
  writers = [];
  /** `plain`: a DataStream operator's node, named as written (the planner's own carry `[id]`). */
  add(type, contents, inputs, p = this.p, plain = false) {
    const id = this.nodes.length + 1;
    if (plain) {
      this.nodes.push({ id, type, pact: "Operator", contents: type, parallelism: p, inputs });
      return id;
    }
    this.nodes.push({
      id,
      type: type.endsWith(": Writer") ? type.replace(/: Writer$/, `[${id}]: Writer`) : `${type}[${id}]`,
      pact: type.startsWith("Source: ") ? "Data Source" : type.startsWith("Sink: ") ? "Data Sink" : "Operator",
      contents: type.endsWith(": Writer") ? type.replace(/: Writer$/, `[${id}]: Writer`) : `[${id}]:${contents}`,
      parallelism: p,
      inputs
    });
    return id;
  }
  info(parts) {
    const found = this.input.table(parts);
    const name = parts.join(".");
    return found ?? { fqn: name, columns: [], options: {}, watermark: false, primaryKey: [] };
  }
  /** Node ids whose output the next operator reads (several for a UNION ALL). */
  rel(r, useMiniBatch) {
    const fwd = (ids) => ids.map((from) => ({ from, ship: "FORWARD" }));
    const hash = (ids) => ids.map((from) => ({ from, ship: "HASH" }));
    switch (r.kind) {
      case "scan":
        return [this.scan(r.table, useMiniBatch)];
      case "calc":
        return this.rel(r.input, useMiniBatch).map(
          (id) => this.add("Calc", `Calc(select=[${r.select}]${r.where ? `, where=[${r.where}]` : ""})`, fwd([id]))
        );
      case "window":
        return this.rel(r.input, useMiniBatch);
      case "union":
        return r.inputs.flatMap((x) => this.rel(x, useMiniBatch));
      case "agg": {
        const ins = this.rel(r.input, useMiniBatch);
        const keys = r.groupBy.join(", ");
        const select2 = [...r.groupBy, ...r.aggs.map((a, i) => `${a} AS EXPR$${i}`)].join(", ");
        let out;
        if (r.window) {
          out = this.add(
            "WindowAggregate",
            `WindowAggregate(groupBy=[${keys}], window=[${r.window.fn}(size=[${r.window.size}])], select=[${select2}])`,
            hash(ins)
          );
        } else if (this.miniBatch) {
          const local = ins.map(
            (id) => this.add(
              "LocalGroupAggregate",
              `LocalGroupAggregate(groupBy=[${keys}], select=[${select2}])`,
              fwd([id])
            )
          );
          out = this.add(
            "GlobalGroupAggregate",
            `GlobalGroupAggregate(groupBy=[${keys}], select=[${select2}])`,
            hash(local)
          );
        } else {
          out = this.add(
            "GroupAggregate",
            `GroupAggregate(groupBy=[${keys}], select=[${select2}])`,
            hash(ins)
          );
        }
        return r.having ? [this.add("Calc", `Calc(select=[*], where=[${r.having}])`, fwd([out]))] : [out];
      }
      case "join": {
        const left = this.rel(r.left, useMiniBatch);
        const right = this.rel(r.right, useMiniBatch);
        const cols = [...this.columnsOf(r.left), ...this.columnsOf(r.right)].join(", ");
        const op = r.interval ? "IntervalJoin" : "Join";
        const join2 = this.add(
          op,
          `${op}(joinType=[${r.type}], where=[${r.on}], select=[${cols}]${r.interval ? "" : ", leftInputSpec=[NoUniqueKey], rightInputSpec=[NoUniqueKey]"})`,
          hash([...left, ...right])
        );
        return [this.add("Calc", "Calc(select=[*])", fwd([join2]))];
      }
      case "lookup": {
        const ins = this.rel(r.input, useMiniBatch);
        const dim = this.info(r.table);
        const table = dim.fqn.split(".");
        if (LOOKUP_CONNECTORS.test(dim.options.connector ?? "")) {
          return ins.map(
            (id) => this.add(
              "LookupJoin",
              `LookupJoin(table=[${table.join(".")}], joinType=[${r.type}], lookup=[${r.on}])`,
              fwd([id])
            )
          );
        }
        const versioned = this.scan(r.table, useMiniBatch);
        const join2 = this.add(
          "TemporalJoin",
          `TemporalJoin(joinType=[${r.type}], where=[${r.on}], select=[${dim.columns.join(", ")}])`,
          hash([...ins, versioned])
        );
        return [join2];
      }
      case "rank": {
        const ins = this.rel(r.input, useMiniBatch);
        return [
          r.dedup ? this.add(
            "Deduplicate",
            `Deduplicate(keep=[${/DESC/i.test(r.orderBy) ? "LastRow" : "FirstRow"}], key=[${r.partitionBy}], order=[${r.orderBy.replace(/\s+(ASC|DESC)$/i, "")}])`,
            hash(ins)
          ) : this.add(
            "Rank",
            `Rank(strategy=[AppendFastStrategy], rankType=[ROW_NUMBER], rankRange=[rankStart=1, rankEnd=${r.end}], partitionBy=[${r.partitionBy}], orderBy=[${r.orderBy}])`,
            hash(ins)
          )
        ];
      }
      case "over": {
        const ins = this.rel(r.input, useMiniBatch);
        return [
          this.add(
            "OverAggregate",
            `OverAggregate(partitionBy=[${r.partitionBy}], orderBy=[${r.orderBy}], select=[${r.aggs.join(", ")}])`,
            hash(ins)
          )
        ];
      }
      case "ptf": {
        const ins = this.rel(r.input, useMiniBatch);
        const uidArg = r.uid !== void 0 ? `_UTF-16LE'${r.uid}'` : "DEFAULT()";
        const partition = r.partitionBy !== void 0 ? ` PARTITION BY(${r.partitionBy})` : "";
        return [
          this.add(
            "ProcessTableFunction",
            `ProcessTableFunction(invocation=[${r.fn}(TABLE(#0)${partition}, DEFAULT(), ${uidArg})], uid=[${r.uid ?? "null"}], select=[*], rowType=[RecordType()])`,
            r.partitionBy !== void 0 ? hash(ins) : fwd(ins)
          )
        ];
      }
    }
  }
  columnsOf(r) {
    if (r.kind === "scan") return this.info(r.table).columns;
    if (r.kind === "calc" || r.kind === "window") return this.columnsOf(r.input);
    return [];
  }
  scan(parts, miniBatch) {
    const t = this.info(parts);
    const key = `${t.fqn}|${miniBatch}`;
    const known = this.sources.get(key);
    if (known !== void 0) return known;
    const name = t.fqn.split(".");
    let id = this.add(
      `Source: ${name[name.length - 1]}`,
      `TableSourceScan(table=[[${name.join(", ")}]], fields=[${t.columns.join(", ")}])`,
      []
    );
    if (t.watermark)
      id = this.add("WatermarkAssigner", "WatermarkAssigner(rowtime=[])", [{ from: id, ship: "FORWARD" }]);
    if (miniBatch === "ProcTime" || miniBatch === "RowTime" && t.watermark)
      id = this.add("MiniBatchAssigner", `MiniBatchAssigner(mode=[${miniBatch}])`, [
        { from: id, ship: "FORWARD" }
      ]);
    this.sources.set(key, id);
    return id;
  }
  sink(parts, ins) {
    const t = this.info(parts);
    const name = t.fqn.split(".").pop();
    let outs = ins;
    if (t.primaryKey.length > 0) {
      outs = [
        this.add(
          "ConstraintEnforcer",
          `ConstraintEnforcer[NotNullEnforcer(fields=[${t.primaryKey.join(", ")}])]`,
          outs.map((from) => ({ from, ship: "FORWARD" }))
        )
      ];
    }
    const sp = Number(t.options["sink.parallelism"]);
    const p = Number.isFinite(sp) && sp > 0 ? sp : this.p;
    const ship = p === this.p ? "FORWARD" : t.primaryKey.length > 0 ? "HASH" : "REBALANCE";
    const legacy = t.options.connector === "print";
    const edges = outs.map((from) => ({ from, ship }));
    if (t.options.connector === "filesystem") {
      const writer = this.add("StreamingFileWriter", "", edges, p, true);
      this.writers.push(() => this.add("end: Writer", "", [{ from: writer, ship: "REBALANCE" }], 1, true));
      return;
    }
    const contents = `Sink(table=[${t.fqn}], fields=[${t.columns.join(", ")}])`;
    if (legacy) this.add(`Sink: ${name}`, contents, edges, p);
    else this.writers.push(() => this.add(`${name}: Writer`, contents, edges, p));
  }
  finish() {
    for (const w of this.writers) w();
  }
};
var hasGroupAggregate = (function hasGroupAggregate(r) {
  switch (r.kind) {
    case "scan":
      return false;
    case "agg":
      return !r.window || hasGroupAggregate(r.input);
    case "join":
      return hasGroupAggregate(r.left) || hasGroupAggregate(r.right);
    case "union":
      return r.inputs.some(hasGroupAggregate);
    default:
      return hasGroupAggregate(r.input);
  }
});
var buildStreamGraph = (function buildStreamGraph(input) {
  const cfg = input.config;
  const columns = (parts) => input.table(parts)?.columns;
  const rels = input.inserts.map((i) => ({ sink: i.sink, rel: queryShape(i.text, input.views, columns) }));
  const miniBatch = cfg["table.exec.mini-batch.enabled"]?.trim().toLowerCase() === "true";
  const b = new Builder(input, jobParallelism(cfg), miniBatch);
  for (const { sink, rel } of rels)
    b.sink(sink, b.rel(rel, miniBatch ? hasGroupAggregate(rel) ? "ProcTime" : "RowTime" : false));
  b.finish();
  return { nodes: b.nodes };
});
var buildVertices = (function buildVertices(graph, opts, maxParallelism) {
  const ids = operatorIds(graph, opts);
  const heads = new Set(chainHeads(graph, opts));
  const headOf = /* @__PURE__ */ new Map();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const find = (n) => {
    if (heads.has(n.id)) return n.id;
    const known = headOf.get(n.id);
    if (known !== void 0) return known;
    const h = find(byId.get(n.inputs[0].from));
    headOf.set(n.id, h);
    return h;
  };
  const next = /* @__PURE__ */ new Map();
  for (const n of graph.nodes)
    if (!heads.has(n.id)) {
      const from = n.inputs[0].from;
      next.set(from, [...next.get(from) ?? [], n.id]);
    }
  const chained = (id) => {
    const after = (next.get(id) ?? []).map(chained);
    const own = byId.get(id).type;
    if (after.length === 0) return own;
    return after.length === 1 ? `${own} -> ${after[0]}` : `${own} -> (${after.join(", ")})`;
  };
  const chainOf = /* @__PURE__ */ new Set();
  for (const n of graph.nodes) chainOf.add(find(n));
  return [...chainOf].map((h) => ({
    id: ids.get(h),
    name: chained(h),
    parallelism: byId.get(h).parallelism,
    maxParallelism
  }));
});
var executionPlanJson = (function executionPlanJson(graph) {
  const nodes = graph.nodes.map((n) => ({
    id: n.id,
    type: n.type,
    pact: n.pact,
    contents: n.contents,
    parallelism: n.parallelism,
    ...n.inputs.length > 0 ? { predecessors: n.inputs.map((e) => ({ id: e.from, ship_strategy: e.ship, side: "second" })) } : {}
  }));
  return JSON.stringify({ nodes }, null, 2).replace(/"([^"]+)": /g, '"$1" : ');
});

// src/sim/kafka-sinks.ts
var WRITER = /([^\s()>,[\]]+)\[\d+\]: Writer/g;
var kafkaSinks = (function kafkaSinks(job) {
  const out = [];
  for (const v of job.vertices) {
    for (const m of v.name.matchAll(WRITER)) {
      const o = job.spec.tableOptions?.[tableKey(m[1])];
      const connector = o?.connector?.trim().toLowerCase();
      if (!o || connector === void 0 || !KAFKA_CONNECTORS.has(connector) || !o.topic) continue;
      const block = Number(o["properties.max.block.ms"]?.trim());
      out.push({
        operator: m[0],
        topic: o.topic.trim(),
        maxBlockMs: Number.isFinite(block) && block >= 0 ? block : 6e4
      });
    }
  }
  return out;
});
var blockedKafkaSinks = (function blockedKafkaSinks(job, missing) {
  if (missing.length === 0) return [];
  return kafkaSinks(job).filter((s) => missing.includes(s.topic));
});
var metadataTimeout = (function metadataTimeout(sink) {
  return {
    className: "org.apache.kafka.common.errors.TimeoutException",
    message: `Topic ${sink.topic} not present in metadata after ${sink.maxBlockMs} ms.`
  };
});

// src/sim/model.ts
var JOB_STATUSES = [
  "INITIALIZING",
  "CREATED",
  "RUNNING",
  "FAILING",
  "FAILED",
  "CANCELLING",
  "CANCELED",
  "FINISHED",
  "RESTARTING",
  "SUSPENDED",
  "RECONCILING"
];
var TERMINAL = /* @__PURE__ */ new Set(["FAILED", "CANCELED", "FINISHED", "SUSPENDED"]);
var isTerminal = (function isTerminal(s) {
  return TERMINAL.has(s);
});
var isBatch = (function isBatch(job) {
  return job.config["execution.runtime-mode"]?.trim().toLowerCase() === "batch";
});
var runningParallelism = (function runningParallelism(job, v) {
  return job.cap !== void 0 && job.state === "RUNNING" ? Math.min(v.parallelism, job.cap) : v.parallelism;
});
var slotsNeeded = (function slotsNeeded(job) {
  return Math.max(1, ...job.vertices.map((v) => v.parallelism));
});

// src/sim/rescale.ts
var applyRequirements = (function applyRequirements(job, target) {
  job.requirements = target;
  let changed = false;
  for (const v of job.vertices) {
    const r = target[v.id];
    if (!r) continue;
    const p = r.upperBound === -1 ? v.parallelism : r.upperBound;
    if (p !== v.parallelism) {
      v.parallelism = p;
      changed = true;
    }
  }
  return changed;
});

// src/sim/snapshots.ts
var findSnapshot = (function findSnapshot(snapshots, path) {
  const p = path.replace(/\/+$/, "");
  return snapshots.get(p) ?? snapshots.get(p.startsWith("/") ? `file:${p}` : p.replace(/^file:\/\//, "file:"));
});
var checkRestore = (function checkRestore(job, snapshots, version) {
  const rs = restoreSettings(job.config, version);
  if (!rs.path) return void 0;
  const sp = findSnapshot(snapshots, rs.path);
  if (!sp || sp.disposed) {
    return {
      className: "java.io.FileNotFoundException",
      message: `Cannot find checkpoint or savepoint file/directory '${rs.path}' on file system 'file'.`
    };
  }
  if (sp.flinkVersion?.startsWith("2.") && version.startsWith("1.")) {
    return {
      className: "java.lang.IllegalArgumentException",
      message: "Unrecognized checkpoint version number: 6"
    };
  }
  const ids = new Set(job.operators.map((o) => o.id));
  const mismatch = maxParallelismMismatch(job, sp, ids);
  if (mismatch) return mismatch;
  if (rs.ignoreUnclaimed) return void 0;
  const missing = sp.operators.find((op) => !ids.has(op));
  if (missing) {
    return {
      className: "java.lang.IllegalStateException",
      message: `Failed to rollback to checkpoint/savepoint ${sp.path}. Cannot map checkpoint/savepoint state for operator ${missing} to the new program, because the operator is not available in the new program. If you want to allow to skip this, you can set the --allowNonRestoredState option on the CLI.`
    };
  }
  return void 0;
});
var maxParallelismMismatch = (function maxParallelismMismatch(job, sp, ids) {
  const was = sp.maxParallelism;
  const mapped = sp.operators.find((op) => ids.has(op));
  if (was === void 0 || !mapped) return void 0;
  if (job.config["pipeline.max-parallelism"] === void 0 && job.parallelism > was)
    return {
      className: "java.lang.IllegalStateException",
      message: `The state for task ${mapped} can not be restored. The maximum parallelism (${was}) of the restored state is lower than the configured parallelism (${job.parallelism}). Please reduce the parallelism of the task to be lower or equal to the maximum parallelism.`
    };
  if (was === job.maxParallelism || job.config["pipeline.max-parallelism"] === void 0) return void 0;
  return {
    className: "java.lang.IllegalStateException",
    message: `Failed to rollback to checkpoint/savepoint ${sp.path}. Max parallelism mismatch between checkpoint/savepoint state and new program. Cannot map operator ${mapped} with max parallelism ${was} to new program with max parallelism ${job.maxParallelism}. This indicates that the program has been changed in a non-compatible way after the checkpoint/savepoint.`
  };
});
var stateMismatch = (function stateMismatch(job, snapshots, version) {
  const rs = restoreSettings(job.config, version);
  if (!rs.path) return void 0;
  const sp = findSnapshot(snapshots, rs.path);
  if (!sp || sp.disposed) return void 0;
  for (const op of job.operators) {
    const before = sp.shapes[op.id];
    if (before === void 0 || op.holds !== "keyed" || before === op.shape) continue;
    if (rowsFrameBecomesRange(before, op.shape)) continue;
    const keyOf = (shape) => /(?:groupBy|partitionBy|key|where)=\[([^\]]*)\]/.exec(shape)?.[1];
    const [was, now] = [sp.stateNames?.[op.id], op.stateNames];
    if (was && now && !was.some((x) => now.includes(x)) && keyOf(before) === keyOf(op.shape)) continue;
    const what = keyOf(before) !== keyOf(op.shape) ? "key" : "state";
    return {
      operator: op.id,
      message: what === "key" ? `The new key serializer (org.apache.flink.table.runtime.typeutils.RowDataSerializer) must be compatible with the previous key serializer (org.apache.flink.table.runtime.typeutils.RowDataSerializer).` : `The new state serializer (org.apache.flink.table.runtime.typeutils.RowDataSerializer) must not be incompatible with the old state serializer (org.apache.flink.table.runtime.typeutils.RowDataSerializer).`
    };
  }
  return void 0;
});
var snapshotContent = (function snapshotContent(job) {
  const kept = job.operators.filter((o) => o.holds !== "none");
  return {
    operators: kept.map((o) => o.id),
    maxParallelism: job.maxParallelism,
    shapes: Object.fromEntries(kept.filter((o) => o.holds === "keyed").map((o) => [o.id, o.shape])),
    stateNames: Object.fromEntries(kept.flatMap((o) => o.stateNames ? [[o.id, o.stateNames]] : []))
  };
});
var applyRestore = (function applyRestore(job, snapshots, version, now) {
  const rs = restoreSettings(job.config, version);
  if (!rs.path) return;
  const sp = findSnapshot(snapshots, rs.path);
  if (!sp) return;
  if (sp.maxParallelism !== void 0 && explicitMaxParallelism(job.config) === void 0) {
    job.maxParallelism = sp.maxParallelism;
    for (const v of job.vertices) v.maxParallelism = sp.maxParallelism;
  }
  job.restored = {
    id: Number.parseInt(sha256(sp.path).slice(0, 6), 16) % 1e3,
    restoreTimestamp: now,
    // Flink loads a snapshot it does not claim (NO_CLAIM, the default; LEGACY) with savepoint
    // properties, a retained chk-N too; CLAIM keeps the checkpoint's own.
    isSavepoint: sp.kind === "savepoint" || claimMode(job.config) !== "CLAIM",
    externalPath: sp.path
  };
  job.counts.restored++;
});
var claimMode = (function claimMode(cfg) {
  const mode = cfg["execution.state-recovery.claim-mode"] ?? cfg["execution.savepoint-restore-mode"];
  return String(mode ?? "NO_CLAIM").trim().toUpperCase();
});
var noClaimChangelog = (function noClaimChangelog(job, cluster) {
  if (!job.restored) return false;
  const enabled = job.config["state.changelog.enabled"] ?? cluster["state.changelog.enabled"];
  return String(enabled).trim().toLowerCase() === "true" && claimMode(job.config) === "NO_CLAIM";
});
var fullSnapshotRefused = (function fullSnapshotRefused(job) {
  const vertex = job.vertices[0]?.name ?? "Source";
  return {
    className: "java.lang.Exception",
    message: `Error while triggering checkpoint ${job.counts.completed + job.counts.failed + 1} for ${vertex} (1/${job.vertices[0]?.parallelism ?? 1})#${job.restarts}`,
    cause: {
      className: "java.lang.IllegalStateException",
      message: "Configured state backend (org.apache.flink.state.changelog.ChangelogStateBackend@53573970) does not support enforcing a full snapshot. If you are restoring in NO_CLAIM mode, please consider choosing CLAIM mode."
    }
  };
});
var restoreLatestCheckpoint = (function restoreLatestCheckpoint(job, now) {
  const cp = job.latestCompleted;
  if (!cp?.externalPath) return;
  job.restored = {
    id: cp.id,
    restoreTimestamp: now,
    isSavepoint: false,
    externalPath: cp.externalPath
  };
  job.counts.restored++;
});
var recordCheckpoint = (function recordCheckpoint(job, entry) {
  job.history.unshift(entry);
  if (job.history.length > 10) job.history.pop();
  if (entry.status === "COMPLETED") job.counts.completed++;
  if (entry.status === "FAILED") {
    job.counts.failed++;
    job.latestFailed = entry;
  }
});
var completeCheckpoint = (function completeCheckpoint(job, snapshots, now, version) {
  const id = job.nextCheckpointId++;
  const path = `${job.checkpointDir.replace(/\/+$/, "")}/${job.jid}/chk-${id}`;
  const entry = {
    id,
    isSavepoint: false,
    type: "CHECKPOINT",
    status: "COMPLETED",
    triggerTimestamp: now - 10,
    latestAck: now,
    externalPath: path
  };
  recordCheckpoint(job, entry);
  const prev = job.latestCompleted?.externalPath;
  if (prev) snapshots.delete(prev);
  if (job.latestCompleted) job.latestCompleted.discarded = true;
  job.latestCompleted = entry;
  snapshots.set(path, {
    path,
    jid: job.jid,
    ...snapshotContent(job),
    createdAt: now,
    kind: "checkpoint",
    disposed: false,
    ...version ? { flinkVersion: version } : {}
  });
  return entry;
});

// src/sim/cluster.ts
var Cluster = class {
  constructor(o) {
    this.o = o;
    this.savepoints = o.savepoints ?? /* @__PURE__ */ new Map();
    this.startedAt = o.scheduler.now();
  }
  o;
  jobs = /* @__PURE__ */ new Map();
  savepoints;
  /** When the cluster started: its ResourceManager's start-up period counts from here. */
  startedAt;
  get version() {
    return this.o.version;
  }
  get timing() {
    return this.o.timing;
  }
  get scheduler() {
    return this.o.scheduler;
  }
  get defaultSavepointDir() {
    return this.o.savepointDir;
  }
  get adaptive() {
    return this.o.adaptiveScheduler;
  }
  now() {
    return this.o.scheduler.now();
  }
  newId() {
    return randomHex(this.o.rand, 32);
  }
  get(jid) {
    return this.jobs.get(jid);
  }
  /** Submits a job the way the dispatcher does: INITIALIZING → CREATED → RUNNING, or FAILED on a bad restore. */
  submit(spec, opts = {}) {
    const now = this.now();
    const cfg = spec.config;
    const parallelism = parallelismOf(cfg);
    const maxParallelism = maxParallelismOf(cfg, parallelism);
    const graph = spec.graph ?? seededGraph(spec);
    const hashing = hashOptions(cfg, spec.tableOptions, spec.graph === void 0);
    const vertices = buildVertices(graph, hashing, maxParallelism);
    const ids = operatorIds(graph, hashing);
    const uid = (n) => spec.uids?.get(n);
    const operators = graph.nodes.map((n) => {
      const names = keyedStateNames(n, graph, this.o.version);
      return {
        id: uid(n.id) !== void 0 ? uidHash(uid(n.id)) : ids.get(n.id),
        name: n.type,
        holds: holdsState(n, (t) => spec.tableOptions?.[t]),
        shape: typedShape(stateShape(n, graph), spec.columnTypes),
        ...names ? { stateNames: names } : {}
      };
    });
    let userConfig = {};
    const gjp = cfg["pipeline.global-job-parameters"];
    let badParams;
    if (gjp !== void 0) {
      try {
        userConfig = parseMapOption(gjp, this.o.version);
      } catch (e) {
        badParams = e.message;
      }
    }
    const interval = this.o.timing.checkpointMs ?? parseDuration(cfg["execution.checkpointing.interval"]);
    const jid = opts.jid ?? this.newId();
    const start = now - (opts.startedAgoMs ?? 0);
    const job = {
      jid,
      name: spec.name,
      state: "INITIALIZING",
      startTime: start,
      endTime: -1,
      lastModification: start,
      timestamps: { INITIALIZING: start },
      vertices,
      operators,
      parallelism,
      maxParallelism,
      userConfig,
      config: cfg,
      spec,
      checkpointIntervalMs: interval && interval > 0 ? interval : void 0,
      checkpointDir: cfg["state.checkpoints.dir"] ?? cfg["execution.checkpointing.dir"] ?? this.o.checkpointDir,
      history: [],
      counts: { completed: 0, failed: 0, restored: 0, inProgress: 0 },
      nextCheckpointId: 1,
      exceptions: [],
      restarts: 0,
      stopping: false,
      rescaling: false,
      requirements: {},
      epoch: 0,
      adaptive: this.o.adaptiveScheduler
    };
    this.jobs.set(jid, job);
    if (badParams) {
      this.fail(job, "org.apache.flink.configuration.IllegalConfigurationException", badParams);
      return job;
    }
    if (opts.state && opts.state !== "INITIALIZING") {
      job.timestamps.CREATED = start;
      if (opts.state === "RUNNING") {
        job.slots = Math.min(slotsNeeded(job), this.slotsAvailable);
        this.enterRunning(job);
        job.timestamps.RUNNING = start;
        job.runningSince = start;
      } else this.setState(job, opts.state);
      if (isTerminal(job.state)) this.onTerminal(job, job.state);
      return job;
    }
    const restoreError = checkRestore(job, this.savepoints, this.o.version);
    if (restoreError && !this.o.adaptiveScheduler) {
      job.initFailure = restoreError;
      this.fail(
        job,
        "org.apache.flink.runtime.client.JobInitializationException",
        "Could not start the JobMaster.",
        restoreError
      );
      return job;
    }
    const mismatch = restoreError ? void 0 : stateMismatch(job, this.savepoints, this.o.version);
    if (mismatch) job.stateFailure = mismatch;
    const epoch = job.epoch;
    const half = Math.floor(this.o.timing.startMs / 2);
    this.o.scheduler.after(half, () => {
      if (job.epoch !== epoch) return;
      if (restoreError) {
        this.fail(
          job,
          "org.apache.flink.runtime.client.JobInitializationException",
          "Could not start the JobMaster.",
          restoreError
        );
        return;
      }
      this.setState(job, "CREATED");
    });
    this.o.scheduler.after(this.o.timing.startMs, () => {
      if (job.epoch !== epoch || job.state !== "CREATED") return;
      if (this.o.faults.noTaskManagers) {
        this.failUnscheduled(job);
        this.awaitSlots(job);
        return;
      }
      this.schedule(job, () => {
        applyRestore(job, this.savepoints, this.o.version, this.now());
        this.enterRunning(job);
      });
    });
    return job;
  }
  /**
   * Every TaskManager left (`gone`), or one registered again. Real Flink 1.20 (adaptive scheduler)
   * moves a job that lost its tasks to CREATED within seconds and keeps it there; the default
   * scheduler keeps restarting it. A TaskManager back: each waiting job starts, from its latest
   * checkpoint (a job that never ran, from its restore path).
   */
  onTaskManagersChanged(gone) {
    for (const job of this.jobs.values()) {
      if (gone) {
        if (job.state !== "RUNNING" && job.state !== "RESTARTING" || job.stopping) continue;
        addException(
          job,
          this.now(),
          "org.apache.flink.runtime.jobmaster.JobMasterException",
          "TaskManager with id 127.0.0.1:41297-3f1a2b is no longer reachable."
        );
        job.epoch++;
        job.restarts++;
        this.setState(job, job.adaptive ? "CREATED" : "RESTARTING");
        if (job.adaptive) job.timestamps = { INITIALIZING: job.timestamps.INITIALIZING ?? job.startTime };
        this.failUnscheduled(job);
        this.awaitSlots(job);
        continue;
      }
      if (job.state !== "CREATED" && job.state !== "RESTARTING" && !job.unscheduled) continue;
      job.epoch++;
      const epoch = job.epoch;
      const ran = job.runningSince !== void 0;
      job.awaiting = void 0;
      this.o.scheduler.after(this.o.timing.startMs, () => {
        if (job.epoch !== epoch) return;
        this.schedule(job, () => {
          if (ran) restoreLatestCheckpoint(job, this.now());
          else applyRestore(job, this.savepoints, this.o.version, this.now());
          job.rescaling = false;
          job.unscheduled = false;
          this.enterRunning(job);
        });
      });
    }
  }
  /**
   * The default scheduler, its restart delay over, shows the job RUNNING while its tasks wait for
   * task slots, every vertex CREATED (real Flink 2.3): no checkpoint, no savepoint, until a
   * TaskManager registers.
   */
  awaitSlots(job) {
    if (job.adaptive) return;
    const epoch = job.epoch;
    this.o.scheduler.after(this.o.timing.startMs, () => {
      if (job.epoch !== epoch || !this.o.faults.noTaskManagers) return;
      if (job.state !== "RESTARTING" && job.state !== "CREATED") return;
      this.setState(job, "RUNNING");
      job.unscheduled = true;
    });
  }
  /**
   * The adaptive scheduler fails a job that got no task slots within its resource wait timeout
   * (as real Flink 1.20: FAILED, NoResourceAvailableException); the default one keeps restarting it.
   */
  failUnscheduled(job) {
    if (!job.adaptive) return;
    const epoch = job.epoch;
    this.o.scheduler.after(this.o.timing.resourceWaitMs, () => {
      if (job.epoch !== epoch || job.state !== "CREATED" || !this.o.faults.noTaskManagers) return;
      this.fail(
        job,
        "org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException",
        "Not enough resources available for scheduling."
      );
    });
  }
  findSnapshot(path) {
    return findSnapshot(this.savepoints, path);
  }
  setState(job, state) {
    const now = this.now();
    job.state = state;
    job.unscheduled = false;
    job.timestamps[state] = now;
    job.lastModification = now;
    if (state === "CREATED" || state === "RESTARTING") job.deployedAt = void 0;
    this.o.log(`Job ${job.name} (${job.jid}) switched to state ${state}.`);
    if (!HOLDS_SLOTS.has(state)) this.releaseSlots(job);
  }
  /** TaskManagers registered: none while the noTaskManagers fault is on. */
  get taskManagers() {
    return this.o.faults.noTaskManagers ? 0 : this.o.taskManagers;
  }
  get clusterConfig() {
    return this.o.clusterConfig ?? {};
  }
  get taskHeapBytes() {
    return this.o.taskHeapBytes ?? 530160021;
  }
  get slotsPerTaskManager() {
    return this.o.slotsPerTaskManager;
  }
  get slotsTotal() {
    return this.taskManagers * this.o.slotsPerTaskManager;
  }
  /** `/overview`'s `slots-available`: the slots no job holds (real Flink 1.20: total − each job's widest vertex). */
  get slotsAvailable() {
    let held = 0;
    for (const j of this.jobs.values()) held += j.slots ?? 0;
    return Math.max(0, this.slotsTotal - held);
  }
  /**
   * Runs `start` once the job has its task slots. The adaptive scheduler takes what is free, up
   * to the job's widest vertex, and runs the job below its parallelism when that is less; with no
   * free slot it waits in CREATED and fails after its resource wait timeout. The default scheduler
   * needs them all: it shows the job RUNNING with its tasks unscheduled, holding the slots it got,
   * and fails it after the slot request timeout. Either starts a waiting job as slots free up.
   */
  schedule(job, start) {
    const need = slotsNeeded(job);
    const had = job.slots ?? 0;
    const got = had + Math.min(need - had, this.slotsAvailable);
    if (job.adaptive ? got > 0 : got >= need) {
      job.slots = got;
      job.cap = got < need ? got : void 0;
      job.awaiting = void 0;
      start();
      return;
    }
    const retry = () => this.schedule(job, start);
    if (job.awaiting !== void 0) {
      job.slots = got;
      if (got > 0) job.deployedAt ??= this.now();
      job.awaiting = retry;
      return;
    }
    if (job.adaptive) {
      if (job.state !== "CREATED") this.setState(job, "CREATED");
    } else {
      this.setState(job, "RUNNING");
      job.unscheduled = true;
    }
    job.slots = got;
    if (got > 0) job.deployedAt ??= this.now();
    job.awaiting = retry;
    const epoch = job.epoch;
    const startup = this.o.timing.startupPeriodMs ?? this.o.timing.resourceWaitMs;
    const settled = !job.adaptive && this.now() - this.startedAt >= startup;
    this.o.scheduler.after(settled ? 0 : this.o.timing.resourceWaitMs, () => {
      if (job.epoch !== epoch || job.awaiting === void 0) return;
      const noResource = {
        className: "org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException",
        message: "Could not acquire the minimum required resources."
      };
      if (job.adaptive)
        this.fail(job, noResource.className, "Not enough resources available for scheduling.");
      else
        this.fail(
          job,
          "org.apache.flink.runtime.JobException",
          "Recovery is suppressed by NoRestartBackoffTimeStrategy",
          noResource
        );
    });
  }
  /** The job gives its slots back (it restarts, waits or ended): jobs waiting for slots get them. */
  releaseSlots(job) {
    job.awaiting = void 0;
    job.cap = void 0;
    if (!job.slots) return;
    job.slots = 0;
    for (const waiting of this.jobs.values()) {
      if (this.slotsAvailable === 0) return;
      waiting.awaiting?.();
    }
  }
  enterRunning(job) {
    this.setState(job, "RUNNING");
    job.runningSince = this.now();
    job.deployedAt = job.runningSince;
    const restoreMs = this.o.timing.restoreMs ?? 0;
    if (restoreMs > 0 && job.restored) {
      job.restoring = true;
      const epoch = job.epoch;
      this.o.scheduler.after(restoreMs, () => {
        if (job.epoch === epoch) job.restoring = false;
      });
    }
    this.scheduleRunningEvents(job);
  }
  /** Checkpoint loop and the job fault switches, for one RUNNING job. */
  scheduleRunningEvents(job) {
    const epoch = job.epoch;
    const alive = () => job.epoch === epoch && job.state === "RUNNING";
    const broken = job.stateFailure;
    if (broken) {
      this.o.scheduler.after(this.o.timing.startMs, () => {
        if (!alive()) return;
        this.restart(
          job,
          "java.lang.Exception",
          "Exception while creating StreamOperatorStateContext.",
          true,
          {
            className: "org.apache.flink.util.StateMigrationException",
            message: broken.message
          }
        );
      });
      return;
    }
    const blocked = blockedKafkaSinks(job, this.o.faults.missingKafkaTopics);
    job.kafkaBlocked = blocked.length > 0 ? blocked.map((b) => b.operator) : void 0;
    if (job.checkpointIntervalMs && job.counts.completed === 0 && noClaimChangelog(job, this.clusterConfig)) {
      this.o.scheduler.after(job.checkpointIntervalMs, () => {
        if (!alive()) return;
        const e = fullSnapshotRefused(job);
        this.restart(job, e.className, e.message, true, e.cause);
      });
      return;
    }
    if (job.checkpointIntervalMs) {
      const tick = () => {
        if (!alive()) return;
        if (!job.kafkaBlocked) this.completeCheckpoint(job);
        this.o.scheduler.after(job.checkpointIntervalMs, tick);
      };
      this.o.scheduler.after(job.checkpointIntervalMs, tick);
    }
    const f = this.o.faults;
    const since = job.runningSince ?? this.now();
    const first = blocked.reduce(
      (a, b) => a && a.maxBlockMs <= b.maxBlockMs ? a : b,
      void 0
    );
    if (first) {
      this.o.scheduler.at(Math.max(this.now(), since + first.maxBlockMs), () => {
        if (!alive() || !job.kafkaBlocked) return;
        const timeout = metadataTimeout(first);
        if (job.checkpointIntervalMs) this.restart(job, timeout.className, timeout.message);
        else
          this.fail(
            job,
            "org.apache.flink.runtime.JobException",
            "Recovery is suppressed by NoRestartBackoffTimeStrategy",
            timeout
          );
      });
    }
    if (f.jobFailsAfterMs !== null) {
      const ms = f.jobFailsAfterMs;
      this.o.scheduler.at(Math.max(this.now(), since + ms), () => {
        if (!alive() || this.o.faults.jobFailsAfterMs === null) return;
        this.fail(
          job,
          "java.lang.RuntimeException",
          `Simulated failure: job failed ${ms} ms after it started running.`
        );
      });
    }
    if (isBatch(job)) {
      this.o.scheduler.at(Math.max(this.now(), since + (this.o.timing.batchRunMs ?? 2e3)), () => {
        if (alive()) this.finish(job, "FINISHED");
      });
    }
    if (f.jobRestartLoop) {
      this.o.scheduler.at(Math.max(this.now(), since + this.o.timing.restartLoopMs), () => {
        if (!alive() || !this.o.faults.jobRestartLoop) return;
        this.restart(job, "java.lang.RuntimeException", "Simulated task failure (restart loop).");
      });
    }
  }
  /** Fault switches changed: give every RUNNING job the new timers (old ones are dropped by epoch). */
  onJobFaultsChanged() {
    for (const job of this.jobs.values()) {
      if (job.state !== "RUNNING" || job.stopping) continue;
      job.epoch++;
      this.scheduleRunningEvents(job);
    }
  }
  completeCheckpoint(job) {
    return completeCheckpoint(job, this.savepoints, this.now(), this.version);
  }
  record(job, entry) {
    recordCheckpoint(job, entry);
  }
  fail(job, className, message, cause) {
    addException(job, this.now(), className, message, cause);
    job.epoch++;
    job.stopping = false;
    job.rescaling = false;
    this.setState(job, "FAILED");
    this.onTerminal(job, "FAILED");
  }
  /** A task failure with restarts: RESTARTING, then RUNNING again from the latest checkpoint. */
  restart(job, className, message, record = true, cause) {
    if (record) addException(job, this.now(), className, message, cause);
    job.epoch++;
    job.restarts++;
    this.setState(job, "RESTARTING");
    const epoch = job.epoch;
    if (job.adaptive) {
      this.o.scheduler.after(this.o.timing.startMs / 2, () => {
        if (job.epoch === epoch) this.setState(job, "CREATED");
      });
    }
    this.o.scheduler.after(this.o.timing.startMs, () => {
      if (job.epoch !== epoch || this.o.faults.noTaskManagers) return;
      this.schedule(job, () => {
        restoreLatestCheckpoint(job, this.now());
        job.rescaling = false;
        this.enterRunning(job);
      });
    });
  }
  cancel(job) {
    job.epoch++;
    job.stopping = false;
    this.setState(job, "CANCELLING");
    const epoch = job.epoch;
    this.o.scheduler.after(this.o.timing.cancelMs, () => {
      if (job.epoch !== epoch) return;
      this.finish(job, "CANCELED");
    });
  }
  finish(job, state) {
    job.epoch++;
    job.stopping = false;
    job.rescaling = false;
    this.setState(job, state);
    this.onTerminal(job, state);
  }
  onTerminal(job, state) {
    job.endTime = this.now();
    const retention = checkpointRetention(job.config);
    const kept = state === "CANCELED" ? retention === "RETAIN_ON_CANCELLATION" : state === "FAILED" && retention !== "NO_EXTERNALIZED_CHECKPOINTS";
    const cp = job.latestCompleted;
    if (!kept && cp?.externalPath) {
      cp.discarded = true;
      this.savepoints.delete(cp.externalPath);
    }
    const epoch = job.epoch;
    this.o.scheduler.after(this.o.timing.jobStoreExpirationMs, () => {
      if (job.epoch === epoch && this.jobs.get(job.jid) === job) this.jobs.delete(job.jid);
    });
  }
  /** Applies new per-vertex parallelism (adaptive scheduler): restart from the latest checkpoint. */
  rescale(job, target) {
    const changed = applyRequirements(job, target);
    if (!changed || job.state !== "RUNNING") return;
    job.parallelism = Math.max(...job.vertices.map((v) => v.parallelism));
    job.rescaling = true;
    this.restart(job, "", "", false);
  }
};
var HOLDS_SLOTS = /* @__PURE__ */ new Set(["RUNNING", "CANCELLING", "FAILING"]);
function seededGraph(spec) {
  const sink = (spec.sinks[0] ?? "sink").split(".");
  return buildStreamGraph({
    inserts: [{ sink, text: spec.query }],
    table: () => void 0,
    views: () => void 0,
    config: spec.config
  });
}
function uidHash(uid) {
  return toHex(murmur3x64_128(new TextEncoder().encode(uid)));
}
function typedShape(shape, types) {
  if (!types) return shape;
  return shape.replace(/(?<![\w$])([A-Za-z_][\w$]*)(?![\w$])(?!\s*\()/g, (word) => {
    const type = Object.hasOwn(types, word.toLowerCase()) ? types[word.toLowerCase()] : void 0;
    return type ? `<${type}>` : word;
  });
}

// src/sim/sql-exec.ts
init_node_url();

// src/sim/sql-model.ts
var VARCHAR = ((nullable) => ({ type: "VARCHAR", nullable, length: 2147483647 }));
var col = ((name, type = VARCHAR(true)) => ({
  name,
  logicalType: type,
  comment: null
}));
var okResult = (function okResult() {
  return { columns: [col("result")], rows: [["OK"]], isQuery: false, resultKind: "SUCCESS" };
});
function rowsResult(columns, rows, isQuery = false) {
  return { columns, rows, isQuery, resultKind: "SUCCESS_WITH_CONTENT" };
}
var RESTORE_KEY = /^execution\.(savepoint|state-recovery)\./;
var validation = (function validation(message, cause) {
  return {
    kind: "error",
    error: cause ? { className: "org.apache.flink.table.api.ValidationException", message, cause } : { className: "org.apache.flink.table.api.ValidationException", message }
  };
});

// src/sim/sql-context.ts
function normaliseQuery(text) {
  return normalizeSql(text);
}
var VALIDATION_EXCEPTION = "org.apache.flink.table.api.ValidationException";
var CALCITE_CONTEXT = "org.apache.calcite.runtime.CalciteContextException";
var SQL_VALIDATOR = "org.apache.calcite.sql.validate.SqlValidatorException";
var SINK_ONLY = /* @__PURE__ */ new Set(["blackhole", "print"]);
var SOURCE_ONLY = /* @__PURE__ */ new Set(["datagen"]);
var NO_BUCKETING = /* @__PURE__ */ new Set([
  "blackhole",
  "print",
  "filesystem",
  "kafka",
  "upsert-kafka",
  "jdbc"
]);
var unbucketed = (function unbucketed(fqn, connector) {
  if (connector === void 0 || !NO_BUCKETING.has(connector)) return void 0;
  return {
    kind: "error",
    error: {
      className: "org.apache.flink.table.api.TableException",
      message: `Table '${fqn}' is distributed into buckets, but the underlying DynamicTableSink doesn't implement the SupportsBucketing interface.`
    }
  };
});
var StatementContext = class {
  constructor(env, s, text) {
    this.env = env;
    this.s = s;
    this.text = text;
  }
  env;
  s;
  text;
  pos(ref) {
    return calcitePosition(this.text, ref.start, ref.end);
  }
  /** Where Flink looked for `ref`: its own qualifier (`mem.default` of `mem.default.t`), else the session's path. */
  where(ref) {
    const qualifier = ref.parts.slice(0, -1);
    if (qualifier.length >= 2) return qualifier.slice(-2).join(".");
    if (qualifier.length === 1) return `${this.s.path.catalog}.${qualifier[0]}`;
    return `${this.s.path.catalog}.${this.s.path.database}`;
  }
  notFound(ref) {
    return validation(
      `SQL validation failed. ${this.pos(ref)}: Object '${ref.name}' not found within '${this.where(ref)}'`
    );
  }
  /**
   * Every table read or written and every function called must exist, and each table's connector
   * must work that way round: Flink's planner refuses to read a sink-only connector (through a
   * view too) or to write a source-only one.
   */
  checkDml(st, query2 = false) {
    for (const ref of [...st.writes, ...st.reads]) {
      if (!lookupTable(qualify(ref, this.s.path), this.s.temp, this.s.catalog)) return this.notFound(ref);
    }
    for (const ref of st.writes) {
      const fqn = qualify(ref, this.s.path);
      const table = lookupTable(fqn, this.s.temp, this.s.catalog);
      const connector = table?.options?.connector;
      if (table?.distributed) {
        const bad = unbucketed(fqn, connector);
        if (bad) return bad;
      }
      if (connector !== void 0 && SOURCE_ONLY.has(connector))
        return validation(`Unable to create a sink for writing table '${fqn}'.`, {
          className: VALIDATION_EXCEPTION,
          message: `Connector '${connector}' can only be used as a source. It cannot be used as a sink.`
        });
    }
    for (const ref of st.reads) {
      for (const fqn of expandSources(qualify(ref, this.s.path), this.s.temp, this.s.catalog)) {
        const t = lookupTable(fqn, this.s.temp, this.s.catalog);
        const connector = t?.kind === "table" ? t.options?.connector : void 0;
        if (connector !== void 0 && SINK_ONLY.has(connector))
          return validation(`Unable to create a source for reading table '${fqn}'.`, {
            className: VALIDATION_EXCEPTION,
            message: `Connector '${connector}' can only be used as a sink. It cannot be used as a source.`
          });
      }
    }
    for (const fn of st.functions) {
      if (!lookupFunction(fn.name, this.s.temp, this.s.catalog)) {
        return validation(
          `SQL validation failed. ${this.pos(fn)}: No match found for function signature ${fn.name}(<ANY>)`
        );
      }
    }
    return query2 ? this.checkColumns(st, 1) : this.checkColumns(st);
  }
  /**
   * A column name no table in scope has, judged as validate judges it (FO204), where the session's
   * tables say their columns: Flink's validator refuses it at the name. Real 1.20.3 and 2.2.0 wrap
   * Calcite's refusal in "SQL validation failed." once for a query, twice for an INSERT or an
   * EXPLAIN, four times for a statement set, not at all for a CREATE VIEW (`wraps`).
   */
  checkColumns(st, wraps = STATEMENT_SET.test(this.text) ? 4 : 2) {
    const miss = columnMisses([st], sessionColumns(this))[0];
    if (!miss) return void 0;
    const flink = missRefusal(miss, this.text);
    const located = `${calcitePosition(this.text, flink.start, flink.end)}: ${flink.message}`;
    let error = {
      className: CALCITE_CONTEXT,
      message: located,
      cause: { className: SQL_VALIDATOR, message: flink.message }
    };
    for (let i = 0; i < wraps; i++)
      error = {
        className: VALIDATION_EXCEPTION,
        message: `SQL validation failed. ${error.message}`,
        cause: error
      };
    return { kind: "error", error };
  }
};
var STATEMENT_SET = /^\s*(?:EXECUTE|EXPLAIN)\s+STATEMENT\s+SET\b/i;
function sessionColumns(ctx) {
  return {
    table: (name) => {
      const t = lookupTable(qualify([name], ctx.s.path), ctx.s.temp, ctx.s.catalog);
      if (!t || t.columnsOpen) return void 0;
      if (t.kind === "view") return t.names;
      return t.columns.length > 0 ? t.columns.map((c) => c.name) : void 0;
    }
  };
}
var viewColumns = (function viewColumns(ctx, st) {
  if (st.view && st.view.columns.length > 0) return st.view.columns;
  return st.query ? queryColumns(st.query, sessionColumns(ctx), st, 0) : void 0;
});

// src/sim/sql-ddl.ts
var createObject = (function createObject(ctx, st) {
  const def = st.table ?? st.view ?? st.function;
  if (!def) return { kind: "result", result: okResult() };
  const temporary = def.temporary || (st.function?.system ?? false);
  const target = temporary ? ctx.s.temp : ctx.s.catalog;
  if (st.function) {
    const key = st.function.name.name.toLowerCase();
    if (target.functions.has(key)) {
      if (def.ifNotExists) return { kind: "result", result: okResult() };
      return validation(
        `Could not execute CREATE FUNCTION: Function ${st.function.name.name} already exists.`
      );
    }
    target.functions.set(key, { name: st.function.name.name, className: st.function.className });
    return { kind: "result", result: okResult() };
  }
  const fqn = qualify(def.name, ctx.s.path);
  if (target.tables.has(fqn) && !replacesExisting(st)) {
    if (def.ifNotExists) return { kind: "result", result: okResult() };
    const [cat, db, name] = fqn.split(".");
    const refusal = alreadyExists(temporary, cat, db, name);
    if (temporary) return { kind: "error", error: refusal };
    return validation(`Could not execute CreateTable in path \`${cat}\`.\`${db}\`.\`${name}\``, refusal);
  }
  if (st.view || st.table?.asQuery) {
    const missing = st.reads.find((r) => !lookupTable(qualify(r, ctx.s.path), ctx.s.temp, ctx.s.catalog));
    if (missing) return ctx.notFound(missing);
    const bad = st.view ? ctx.checkColumns(st, 0) : void 0;
    if (bad) return bad;
  }
  if (st.table?.asQuery && st.table.distributedBy) {
    const bad = unbucketed(fqn, st.table.options.connector);
    if (bad) return bad;
  }
  target.tables.set(fqn, catalogEntry(ctx, st, fqn));
  return { kind: "result", result: okResult() };
});
var catalogEntry = (function catalogEntry(ctx, st, fqn) {
  return {
    fqn,
    kind: st.view ? "view" : "table",
    reads: st.view ? st.reads.map((r) => qualify(r, ctx.s.path)) : [],
    columns: (st.table?.columns ?? []).map((c) => ({ name: c.name, type: c.type ?? "STRING" })),
    options: { ...st.table?.options ?? {} },
    watermark: st.table?.watermark !== void 0,
    primaryKey: st.table?.primaryKey?.columns ?? [],
    ...st.table?.distributedBy ? { distributed: true } : {},
    ...st.view ? { query: st.view.query } : {},
    ...columnsOpen(st) ? { columnsOpen: true } : {},
    ...st.view ? viewNames(ctx, st) : {}
  };
});
function columnsOpen(st) {
  return !!(st.table?.asQuery || st.table?.like);
}
var viewNames = (function viewNames(ctx, st) {
  const names = viewColumns(ctx, st);
  return names ? { names } : {};
});
var dropObject = (function dropObject(ctx, st) {
  const o = st.object;
  if (o?.verb !== "drop" || o.kind !== "table" && o.kind !== "view" && o.kind !== "function")
    return { kind: "result", result: okResult() };
  const target = o.temporary ? ctx.s.temp : ctx.s.catalog;
  const fqn = qualify(o.name, ctx.s.path);
  const existed = o.kind === "function" ? target.functions.delete(o.name.name.toLowerCase()) : target.tables.get(fqn)?.kind === o.kind && target.tables.delete(fqn);
  if (!existed && !o.ifExists) {
    return validation(
      o.kind === "function" ? `Function '${fqn}' does not exist.` : o.temporary ? `Temporary table or view with identifier '${fqn}' does not exist.` : `${o.kind === "view" ? "View" : "Table"} with identifier '${fqn}' does not exist.`
    );
  }
  return { kind: "result", result: okResult() };
});

// src/sim/operations.ts
var TriggerError = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  status;
};
var Operations = class {
  constructor(cluster, faults, rand) {
    this.cluster = cluster;
    this.faults = faults;
    this.rand = rand;
  }
  cluster;
  faults;
  rand;
  ops = /* @__PURE__ */ new Map();
  key(kind, id, triggerId) {
    return `${kind}/${id}/${triggerId}`;
  }
  /** A trigger's result, or undefined when unknown, expired or lost in a failover. */
  get(jid, triggerId, disposal = false) {
    const k = disposal ? this.key("disposal", "", triggerId) : this.key("job", jid ?? "", triggerId);
    const op = this.ops.get(k);
    if (op?.completedAt !== void 0 && this.cluster.now() - op.completedAt > this.cluster.timing.asyncStoreMs) {
      this.ops.delete(k);
      return void 0;
    }
    return op;
  }
  /** JobManager failover: every trigger result and in-flight operation is forgotten; jobs keep running. */
  forgetAll() {
    let touched = false;
    for (const op of this.ops.values()) {
      if (op.status !== "IN_PROGRESS" || !op.jid) continue;
      const job = this.cluster.get(op.jid);
      if (!job) continue;
      job.stopping = false;
      job.epoch++;
      touched = true;
    }
    this.ops.clear();
    if (touched) this.cluster.onJobFaultsChanged();
  }
  register(k, op) {
    const existing = this.ops.get(k);
    if (existing) return { op: existing, fresh: false };
    this.ops.set(k, op);
    return { op, fresh: true };
  }
  complete(op, result) {
    op.status = "COMPLETED";
    op.completedAt = this.cluster.now();
    if (result.location) op.location = result.location;
    if (result.failure) op.failure = result.failure;
    if (result.checkpointId !== void 0) op.checkpointId = result.checkpointId;
  }
  /**
   * The REST handler checks only the cluster's default before it asks the job (SavepointHandlers):
   * with neither a target nor a cluster default it answers 400, even when the job configures a
   * directory; otherwise the job's own directory comes before the cluster's.
   */
  targetDir(job, requested) {
    const cluster = this.cluster.defaultSavepointDir;
    const dir = requested ?? (cluster ? savepointDirOf(job.config, this.cluster.version) ?? cluster : void 0);
    if (!dir) {
      throw new TriggerError(
        400,
        "Config key [state.savepoints.dir] is not set. Property [targetDirectory] must be provided."
      );
    }
    return dir.replace(/\/+$/, "");
  }
  /** POST /jobs/:jid/savepoints and /stop (and SQL STOP JOB ... WITH SAVEPOINT). */
  triggerSavepoint(job, req) {
    const triggerId = req.triggerId ?? randomHex(this.rand, 32);
    const k = this.key("job", job.jid, triggerId);
    const known = this.ops.get(k);
    if (known) return known;
    const dir = this.targetDir(job, req.targetDirectory);
    const { op } = this.register(k, {
      kind: req.stop ? "stop" : "savepoint",
      jid: job.jid,
      triggerId,
      status: "IN_PROGRESS"
    });
    const c = this.cluster;
    if (job.state !== "RUNNING" || job.stopping || job.unscheduled || job.restoring) {
      const failure = job.state === "RUNNING" && !job.unscheduled && !job.restoring ? {
        className: "java.lang.IllegalStateException",
        message: "Another stop-with-savepoint or rescale operation is already in progress."
      } : isGone(job.state) ? {
        className: "org.apache.flink.runtime.messages.FlinkJobNotFoundException",
        message: `Could not find Flink job (${job.jid})`
      } : {
        className: "org.apache.flink.runtime.checkpoint.CheckpointException",
        message: `Checkpoint triggering task ${job.vertices[0]?.name ?? "Source"} (1/1) of job ${job.jid} is not being executed at the moment. Aborting checkpoint. Failure reason: Not all required tasks are currently running.`
      };
      this.complete(op, { failure });
      return op;
    }
    if (isBatch(job)) {
      this.complete(op, {
        failure: {
          className: "org.apache.flink.runtime.checkpoint.CheckpointException",
          message: "Blocking output edge exists in running tasks."
        }
      });
      return op;
    }
    if (req.stop) job.stopping = true;
    if (req.stop && this.faults.stopHangs) return op;
    const timeoutMs = parseDuration(job.config["execution.checkpointing.timeout"]) ?? 6e5;
    const expires = c.timing.savepointMs > timeoutMs;
    const willFail = expires || this.faults.takeSavepointFailure();
    const epoch = job.epoch;
    const triggeredAt = c.now();
    c.scheduler.after(expires ? timeoutMs : c.timing.savepointMs, () => {
      if (job.epoch !== epoch || job.state !== "RUNNING") {
        this.complete(op, {
          failure: {
            className: "org.apache.flink.runtime.checkpoint.CheckpointException",
            message: "Checkpoint Coordinator is suspending."
          }
        });
        return;
      }
      const id = job.nextCheckpointId++;
      if (willFail) {
        const entry2 = {
          id,
          isSavepoint: true,
          type: req.stop ? "SYNC_SAVEPOINT" : "SAVEPOINT",
          status: "FAILED",
          triggerTimestamp: triggeredAt,
          latestAck: c.now(),
          failureMessage: expires ? "Checkpoint expired before completing." : "Simulated savepoint failure."
        };
        c.record(job, entry2);
        job.stopping = false;
        this.complete(op, {
          failure: {
            className: "org.apache.flink.runtime.checkpoint.CheckpointException",
            message: expires ? "Checkpoint expired before completing." : `Failure to finalize checkpoint. Simulated savepoint failure (checkpoint ${id}).`
          }
        });
        return;
      }
      const path = `${dir}/savepoint-${job.jid.slice(0, 6)}-${randomHex(this.rand, 12)}`;
      const entry = {
        id,
        isSavepoint: true,
        type: req.stop ? "SYNC_SAVEPOINT" : "SAVEPOINT",
        status: "COMPLETED",
        triggerTimestamp: triggeredAt,
        latestAck: c.now(),
        externalPath: path,
        ...req.formatType?.toUpperCase() === "NATIVE" ? { format: "NATIVE" } : {}
      };
      c.record(job, entry);
      job.latestSavepoint = entry;
      c.savepoints.set(path, {
        path,
        jid: job.jid,
        ...snapshotContent(job),
        createdAt: c.now(),
        kind: "savepoint",
        disposed: false,
        flinkVersion: c.version
      });
      this.complete(op, { location: path });
      if (req.stop) c.finish(job, "FINISHED");
      else if (req.cancelJob) c.finish(job, "CANCELED");
    });
    return op;
  }
  /**
   * A savepoint or stop of a job the cluster does not know: the dispatcher registers the
   * operation first (202) and the operation fails with FlinkJobNotFoundException.
   */
  triggerForMissingJob(jid, req) {
    const triggerId = req.triggerId ?? randomHex(this.rand, 32);
    const { op, fresh } = this.register(this.key("job", jid, triggerId), {
      kind: req.stop ? "stop" : "savepoint",
      jid,
      triggerId,
      status: "IN_PROGRESS"
    });
    if (fresh) {
      this.complete(op, {
        failure: {
          className: "java.util.concurrent.CompletionException",
          message: `org.apache.flink.runtime.messages.FlinkJobNotFoundException: Could not find Flink job (${jid})`
        }
      });
    }
    return op;
  }
  /** POST /jobs/:jid/checkpoints (1.17+). */
  triggerCheckpoint(job, triggerId) {
    const id = triggerId ?? randomHex(this.rand, 32);
    const { op, fresh } = this.register(this.key("job", job.jid, id), {
      kind: "checkpoint",
      jid: job.jid,
      triggerId: id,
      status: "IN_PROGRESS"
    });
    if (!fresh) return op;
    const epoch = job.epoch;
    this.cluster.scheduler.after(Math.max(1, Math.floor(this.cluster.timing.savepointMs / 2)), () => {
      if (job.epoch !== epoch || job.state !== "RUNNING") {
        this.complete(op, {
          failure: {
            className: "org.apache.flink.runtime.checkpoint.CheckpointException",
            message: "Checkpoint was declined (tasks not ready)."
          }
        });
        return;
      }
      const entry = this.cluster.completeCheckpoint(job);
      this.complete(op, { checkpointId: entry.id });
    });
    return op;
  }
  /** POST /savepoint-disposal: the request carries no trigger id, the dispatcher makes one. */
  triggerDisposal(path) {
    const id = randomHex(this.rand, 32);
    const { op, fresh } = this.register(this.key("disposal", "", id), {
      kind: "disposal",
      triggerId: id,
      status: "IN_PROGRESS"
    });
    if (!fresh) return op;
    this.cluster.scheduler.after(this.cluster.timing.disposeMs, () => {
      const sp = this.cluster.findSnapshot(path);
      if (!sp || sp.disposed) {
        this.complete(op, {
          // Real 1.20 and 2.2: a FlinkException wrapping the file system's answer.
          failure: {
            className: "org.apache.flink.util.FlinkException",
            message: `Could not dispose savepoint ${path}.`,
            cause: {
              className: "java.io.FileNotFoundException",
              message: `Cannot find checkpoint or savepoint file/directory '${path}' on file system 'file'.`
            }
          }
        });
        return;
      }
      sp.disposed = true;
      this.cluster.savepoints.set(sp.path, sp);
      this.complete(op, {});
    });
    return op;
  }
};
function isGone(state) {
  return state === "FINISHED" || state === "CANCELED" || state === "FAILED" || state === "SUSPENDED";
}

// src/sim/sql-jobs.ts
var submitJob = (function submitJob(ctx, inserts, cfg, uidsOf) {
  const gjp = cfg["pipeline.global-job-parameters"];
  if (gjp !== void 0) {
    try {
      parseMapOption(gjp, ctx.env.cluster.version);
    } catch (e) {
      return {
        kind: "error",
        error: { className: "java.lang.IllegalArgumentException", message: e.message }
      };
    }
  }
  for (const st of inserts) {
    const bad = st.kind === "create_table_as" ? void 0 : ctx.checkDml(st) ?? checkOnConflict(ctx, st, cfg);
    if (bad) return bad;
  }
  const sinks = [];
  const sources = [];
  for (const st of inserts) {
    for (const w of st.writes) {
      const q = qualify(w, ctx.s.path);
      if (!sinks.includes(q)) sinks.push(q);
    }
    for (const r of st.reads) {
      for (const src2 of expandSources(qualify(r, ctx.s.path), ctx.s.temp, ctx.s.catalog)) {
        if (!sources.includes(src2)) sources.push(src2);
      }
    }
  }
  const { graph, tableOptions } = streamGraphOf(ctx, inserts, cfg);
  const types = /* @__PURE__ */ new Map();
  for (const src2 of sources) {
    for (const c of lookupTable(src2, ctx.s.temp, ctx.s.catalog)?.columns ?? []) {
      const name = c.name.toLowerCase();
      const seen = types.get(name);
      types.set(name, seen === void 0 || seen === c.type ? c.type : null);
    }
  }
  const columnTypes = Object.fromEntries([...types].filter((e) => e[1] !== null));
  const spec = {
    name: cfg["pipeline.name"] ?? `insert-into_${sinks.join(",")}`,
    config: cfg,
    sources,
    sinks,
    query: inserts.map((i) => normaliseQuery(i.text)).join("\n"),
    graph,
    tableOptions,
    columnTypes,
    ...uidsOf ? { uids: uidsOf(graph) } : {}
  };
  const job = ctx.env.cluster.submit(spec);
  if (job.initFailure)
    return {
      kind: "error",
      error: {
        className: "org.apache.flink.table.api.TableException",
        message: "Failed to execute sql",
        cause: {
          className: "org.apache.flink.util.FlinkException",
          message: `Failed to execute job '${spec.name}'.`,
          cause: {
            className: "org.apache.flink.runtime.client.JobInitializationException",
            message: "Could not start the JobMaster.",
            cause: job.initFailure
          }
        }
      }
    };
  return {
    kind: "result",
    result: { ...rowsResult([col("job id", VARCHAR(false))], [[job.jid]]), jobId: job.jid }
  };
});
var UPSERT_SINKS = /* @__PURE__ */ new Set(["upsert-kafka", "jdbc"]);
var CHANGELOG_FORMAT = /debezium|canal|maxwell|ogg/i;
var checkOnConflict = (function checkOnConflict(ctx, st, cfg) {
  if (!ctx.env.features.requireOnConflict || st.kind !== "insert") return void 0;
  if ((cfg["table.exec.sink.require-on-conflict"] ?? "true").toLowerCase() === "false") return void 0;
  if ((cfg["table.exec.sink.upsert-materialize"] ?? "AUTO").toUpperCase() !== "AUTO") return void 0;
  const target = st.writes[0];
  const sink = target && lookupTable(qualify(target, ctx.s.path), ctx.s.temp, ctx.s.catalog);
  if (sink?.kind !== "table" || !sink.primaryKey?.length) return void 0;
  if (!UPSERT_SINKS.has(sink.options?.connector ?? "")) return void 0;
  const tokens = lex(st.text, "<sim>", new LineIndex(st.text)).tokens;
  if (tokens.some((t, i) => isWord(t, "ON") && isWord(tokens[i + 1], "CONFLICT"))) return void 0;
  const views = (parts) => {
    const t = lookupTable(qualify(parts, ctx.s.path), ctx.s.temp, ctx.s.catalog);
    return t?.kind === "view" ? t.query ?? `SELECT * FROM ${t.reads[0] ?? "values"}` : void 0;
  };
  const appendScan = (parts) => {
    const t = lookupTable(qualify(parts, ctx.s.path), ctx.s.temp, ctx.s.catalog);
    const o = t?.options ?? {};
    if (o.connector === "datagen" || o.connector === "filesystem") return true;
    return o.connector === "kafka" && !CHANGELOG_FORMAT.test(o["value.format"] ?? o.format ?? "");
  };
  if (!insertOnly(queryShape(st.text, views), appendScan)) return void 0;
  return validation(
    `The query has an upsert key that differs from the primary key of the sink table '${sink.fqn}'. Primary key: [${sink.primaryKey.join(", ")}], upsert key: . This can lead to non-deterministic results when multiple records with different upsert keys map to the same primary key. Please specify an ON CONFLICT clause to define how conflicts should be handled: ON CONFLICT DO DEDUPLICATE (update to the latest record, state intensive, since we need to keep the entire history), or ON CONFLICT DO ERROR (fail on conflict), or ON CONFLICT DO NOTHING (keep first record).`
  );
});
var insertOnly = (function insertOnly(r, appendScan) {
  switch (r.kind) {
    case "scan":
      return appendScan(r.table);
    case "calc":
    case "window":
    case "lookup":
    case "over":
    case "ptf":
      return insertOnly(r.input, appendScan);
    case "agg":
      return r.window !== void 0 && insertOnly(r.input, appendScan);
    case "join":
      return r.interval && insertOnly(r.left, appendScan) && insertOnly(r.right, appendScan);
    case "union":
      return r.inputs.every((x) => insertOnly(x, appendScan));
    case "rank":
      return false;
  }
});
var streamGraphOf = (function streamGraphOf(ctx, inserts, cfg) {
  const tableOptions = {};
  const table = (parts) => {
    const fqn = qualify(parts, ctx.s.path);
    const t = lookupTable(fqn, ctx.s.temp, ctx.s.catalog) ?? ctasTable(ctx, inserts, fqn);
    if (t?.kind !== "table") return void 0;
    tableOptions[tableKey(t.fqn)] = { ...t.options ?? {} };
    return {
      fqn: t.fqn,
      columns: t.columns.map((c) => c.name),
      options: t.options ?? {},
      watermark: t.watermark ?? false,
      primaryKey: t.primaryKey ?? []
    };
  };
  const views = (parts) => {
    const t = lookupTable(qualify(parts, ctx.s.path), ctx.s.temp, ctx.s.catalog);
    return t?.kind === "view" ? t.query ?? `SELECT * FROM ${t.reads[0] ?? "values"}` : void 0;
  };
  const graph = buildStreamGraph({
    inserts: inserts.map((st) => ({ sink: st.writes[0]?.parts ?? ["sink"], text: st.text })),
    table,
    views,
    config: cfg
  });
  return { graph, tableOptions };
});
var ctasTable = (function ctasTable(ctx, inserts, fqn) {
  const st = inserts.find((i) => i.table?.asQuery && qualify(i.table.name, ctx.s.path) === fqn);
  return st ? catalogEntry(ctx, st, fqn) : void 0;
});
var jobsTable = (function jobsTable(ctx, only) {
  const rows = [];
  for (const j of ctx.env.cluster.jobs.values()) {
    if (only && j.jid !== only) continue;
    rows.push([j.jid, j.name, j.state, new Date(j.startTime).toISOString()]);
  }
  return rowsResult(
    [
      col("job id", VARCHAR(false)),
      col("job name", VARCHAR(false)),
      col("status", VARCHAR(false)),
      col("start time", { type: "TIMESTAMP_WITH_LOCAL_TIME_ZONE", nullable: false, precision: 3 })
    ],
    rows
  );
});
var describeJob = (function describeJob(ctx, st) {
  const jid = /'([^']*)'/.exec(st.text)?.[1] ?? "";
  if (!ctx.env.cluster.get(jid)) {
    return {
      kind: "error",
      error: {
        className: "org.apache.flink.table.api.TableException",
        message: `Failed to describe job ${jid}: the job does not exist.`
      }
    };
  }
  return { kind: "result", result: jobsTable(ctx, jid) };
});
var stopJob = (function stopJob(ctx, st, cfg) {
  const jid = /'([^']*)'/.exec(st.text)?.[1] ?? "";
  const withSavepoint = /\bWITH\s+SAVEPOINT\b/i.test(st.text);
  const drain = /\bWITH\s+DRAIN\b/i.test(st.text);
  const job = ctx.env.cluster.get(jid);
  if (!job || isTerminal(job.state)) {
    return {
      kind: "error",
      error: {
        className: "org.apache.flink.table.gateway.service.utils.SqlExecutionException",
        message: `Could not stop job ${jid} in session.`,
        cause: {
          className: "org.apache.flink.runtime.messages.FlinkJobNotFoundException",
          message: `Could not find Flink job (${jid})`
        }
      }
    };
  }
  if (!withSavepoint) {
    ctx.env.cluster.cancel(job);
    return { kind: "result", result: okResult() };
  }
  try {
    const dir = cfg["execution.checkpointing.savepoint-dir"] ?? cfg["state.savepoints.dir"];
    const op = ctx.env.ops.triggerSavepoint(job, {
      stop: true,
      drain,
      ...dir ? { targetDirectory: dir } : {}
    });
    return { kind: "wait", op };
  } catch (e) {
    if (e instanceof TriggerError) {
      return { kind: "error", error: { className: "java.lang.IllegalStateException", message: e.message } };
    }
    throw e;
  }
});

// src/sim/sql-plans.ts
var COMPILE = /^\s*COMPILE\s+PLAN\s+'((?:[^']|'')*)'\s*(IF\s+NOT\s+EXISTS\s+)?FOR\s+([\s\S]+?)\s*;?\s*$/i;
var EXECUTE = /^\s*EXECUTE\s+PLAN\s+'((?:[^']|'')*)'\s*;?\s*$/i;
var isCompilePlan = (function isCompilePlan(text) {
  return COMPILE.test(text);
});
var isExecutePlan = (function isExecutePlan(text) {
  return EXECUTE.test(text);
});
var tableException = (function tableException(message, cause) {
  return {
    kind: "error",
    error: cause ? { className: "org.apache.flink.table.api.TableException", message, cause } : { className: "org.apache.flink.table.api.TableException", message }
  };
});
var shown = (function shown(path) {
  return path.replace(/^file:\/\//, "");
});
var pretty = (function pretty(value, indent = "") {
  const next = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[ ]";
    return `[ ${value.map((v) => pretty(v, indent)).join(", ")} ]`;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{ }";
    return `{
${entries.map(([k, v]) => `${next}${JSON.stringify(k)} : ${pretty(v, next)}`).join(",\n")}
${indent}}`;
  }
  return JSON.stringify(value);
});
var execKind = (function execKind(n) {
  const k = operatorKind(n);
  if (k.kind === "source") return "table-source-scan";
  if (k.kind === "sink") return "sink";
  return k.name.split("(")[0].trim().replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
});
var STATE_LISTED = /* @__PURE__ */ new Set([
  "group-aggregate",
  "global-group-aggregate",
  "incremental-group-aggregate",
  "join",
  "deduplicate",
  "rank",
  "limit",
  "sort-limit",
  "changelog-normalize",
  "sink-materializer"
]);
var planJson = (function planJson(ctx, inserts, cfg) {
  const { graph, tableOptions } = streamGraphOf(ctx, inserts, cfg);
  const idOf = /* @__PURE__ */ new Map();
  const ttl = cfg["table.exec.state.ttl"] ?? "0 ms";
  const nodes = graph.nodes.map((n) => {
    const id = ctx.env.execNodes.next++;
    idOf.set(n.id, id);
    const k = operatorKind(n);
    const kind = execKind(n);
    const table = k.table ? { table: { identifier: `\`${k.table}\`` } } : void 0;
    return {
      id,
      type: `stream-exec-${kind}_1`,
      ...k.kind === "source" && table ? { scanTableSource: table } : {},
      ...k.kind === "sink" && table ? { dynamicTableSink: table } : {},
      ...holdsState(n, (t) => tableOptions[t]) === "keyed" && STATE_LISTED.has(kind) ? { state: [{ index: 0, ttl, name: `${kind}State` }] } : {},
      description: n.contents.replace(/^\[\d+\]:/, "")
    };
  });
  const edges = graph.nodes.flatMap(
    (n) => n.inputs.map((e) => ({ source: idOf.get(e.from), target: idOf.get(n.id), shuffle: { type: e.ship } }))
  );
  return pretty({ flinkVersion: ctx.env.cluster.version, nodes, edges });
});
var uidsFrom = (function uidsFrom(file) {
  const nodes = JSON.parse(file.json).nodes ?? [];
  return (graph) => {
    const out = /* @__PURE__ */ new Map();
    graph.nodes.forEach((n, i) => {
      const e = nodes[i];
      if (e) out.set(n.id, `${e.id}_${e.type.replace(/_\d+$/, "").replace(/^stream-exec-/, "")}`);
    });
    return out;
  };
});
var insertsOf = (function insertsOf(body) {
  const text = /^STATEMENT\s+SET\b/i.test(body) ? `EXECUTE ${body}` : body;
  const st = analyzeScript(text, "statement.sql").statements;
  if (st.length !== 1) return void 0;
  const s = st[0];
  if (s.kind === "insert") return [s];
  if (s.kind === "statement_set" && s.inner?.length) return s.inner;
  return void 0;
});
var compilePlan = (function compilePlan(ctx, text, cfg) {
  const m = COMPILE.exec(text);
  const path = m[1].replaceAll("''", "'");
  const files = ctx.env.planFiles;
  const existing = files.get(path);
  if (existing) {
    if (m[2]) return loadCheck(path, existing) ?? { kind: "result", result: okResult() };
    if (ctx.s.properties["table.plan.force-recompile"] !== "true") {
      return tableException(
        `Cannot overwrite the plan file '${path}'. Either manually remove the file or, if you're debugging your job, set the option 'table.plan.force-recompile' to true.`
      );
    }
  }
  const inserts = insertsOf(m[3]);
  if (!inserts)
    return tableException("Unsupported operation to compile. This is a bug, please file an issue.");
  for (const ins of inserts) {
    const bad = ctx.checkDml(ins) ?? checkOnConflict(ctx, ins, cfg);
    if (bad) return bad;
  }
  files.set(path, { json: planJson(ctx, inserts, cfg), inserts });
  return { kind: "result", result: okResult() };
});
var loadCheck = (function loadCheck(path, file) {
  let nodes = [];
  try {
    nodes = JSON.parse(file.json).nodes ?? [];
  } catch {
    nodes = [{ type: "unparseable" }];
  }
  const index = nodes.findIndex((n) => !/^stream-exec-[a-z-]+_1$/.test(n.type ?? ""));
  if (index < 0) return void 0;
  return tableException(`Cannot load Plan from file '${shown(path)}'.`, {
    className: "org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonMappingException",
    message: `(was java.lang.NullPointerException) (through reference chain: org.apache.flink.table.planner.plan.nodes.exec.serde.JsonPlanGraph["nodes"]->java.util.ArrayList[${index}])`,
    cause: { className: "java.lang.NullPointerException", message: "" }
  });
});
var executePlan = (function executePlan(ctx, text, cfg) {
  const path = EXECUTE.exec(text)[1].replaceAll("''", "'");
  const file = ctx.env.planFiles.get(path);
  if (!file) {
    return tableException("Failed to execute EXECUTE PLAN statement.", {
      className: "java.io.FileNotFoundException",
      message: `file resource [${path}] not found.`
    });
  }
  const refused = loadCheck(path, file);
  if (refused) return refused;
  return submitJob(ctx, file.inserts, cfg, uidsFrom(file));
});
function readPlanRows(ctx, options, withSize) {
  if (options.connector !== "filesystem" || options.format !== "raw" || !options.path) return void 0;
  if (ctx.s.properties["execution.target"] !== "local") return void 0;
  const file = ctx.env.planFiles.get(options.path);
  if (file) file.reads = (file.reads ?? 0) + 1;
  const lines = file ? file.json.split("\n") : [];
  const size = file ? Buffer.byteLength(file.json, "utf8") : 0;
  const columns = withSize ? [col("line"), col("size", { type: "BIGINT", nullable: true })] : [col("line")];
  return {
    kind: "result",
    result: {
      ...rowsResult(
        columns,
        lines.map((l) => withSize ? [l, size] : [l]),
        true
      ),
      jobId: ctx.env.cluster.newId(),
      rowsFromSecondPage: true
    }
  };
}

// src/sim/sql-types.ts
var MAX_LENGTH = 2147483647;
var SIMPLE = {
  BOOLEAN: "BOOLEAN",
  TINYINT: "TINYINT",
  SMALLINT: "SMALLINT",
  INT: "INTEGER",
  INTEGER: "INTEGER",
  BIGINT: "BIGINT",
  FLOAT: "FLOAT",
  DOUBLE: "DOUBLE",
  DATE: "DATE"
};
function logicalType(type, nullable = true) {
  const t = (type ?? "STRING").trim().toUpperCase();
  const notNull = /\bNOT\s+NULL\b/.test(t);
  const base = t.replace(/\bNOT\s+NULL\b/, "").trim();
  const m = /^([A-Z_ ]+?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?$/.exec(base);
  const name = m?.[1]?.trim() ?? "STRING";
  const p = m?.[2] === void 0 ? void 0 : Number(m[2]);
  const s = m?.[3] === void 0 ? void 0 : Number(m[3]);
  const n = nullable && !notNull;
  if (SIMPLE[name]) return { type: SIMPLE[name], nullable: n };
  switch (name) {
    case "CHAR":
      return { type: "CHAR", nullable: n, length: p ?? 1 };
    case "VARCHAR":
      return { type: "VARCHAR", nullable: n, length: p ?? 1 };
    case "DECIMAL":
    case "NUMERIC":
      return { type: "DECIMAL", nullable: n, precision: p ?? 10, scale: s ?? 0 };
    case "TIMESTAMP":
    case "TIMESTAMP WITHOUT TIME ZONE":
      return { type: "TIMESTAMP_WITHOUT_TIME_ZONE", nullable: n, precision: p ?? 6 };
    case "TIMESTAMP_LTZ":
    case "TIMESTAMP WITH LOCAL TIME ZONE":
      return { type: "TIMESTAMP_WITH_LOCAL_TIME_ZONE", nullable: n, precision: p ?? 6 };
    default:
      return { type: "VARCHAR", nullable: n, length: MAX_LENGTH };
  }
}

// src/sim/sql-queries.ts
var EXPLAIN_HEAD = /^\s*EXPLAIN\s+(?:PLAN\s+FOR\s+|((?:(?:ESTIMATED_COST|CHANGELOG_MODE|PLAN_ADVICE|JSON_EXECUTION_PLAN)\s*,?\s*)+))?/i;
var explain = (function explain(ctx, st, cfg) {
  const head = EXPLAIN_HEAD.exec(st.text);
  let body = st.text.slice(head[0].length);
  const execute = /^EXECUTE\s+/i.exec(body);
  if (execute && atLeast(ctx.env.cluster.version, "2.0")) body = body.slice(execute[0].length);
  else if (execute) {
    return {
      kind: "error",
      error: {
        className: "org.apache.flink.table.api.SqlParserException",
        message: `SQL parse failed. Incorrect syntax near the keyword 'EXECUTE' at line 1, column ${head[0].length + 1}.`,
        cause: {
          className: "org.apache.calcite.sql.parser.SqlParseException",
          message: `Incorrect syntax near the keyword 'EXECUTE' at line 1, column ${head[0].length + 1}.`
        }
      }
    };
  }
  const inner = st.inner?.length ? st.inner : (
    // Blanked, not cut: the inner statement keeps its place in the text Flink names positions of.
    analyzeScript(
      st.text.slice(0, st.text.length - body.length).replace(/[^\n]/g, " ") + body,
      "statement.sql",
      { flinkVersion: ctx.env.features.full, columnScopes: true }
    ).statements.slice(0, 1)
  );
  if (inner.length === 0) inner.push(st);
  const ctas = inner[0]?.kind === "create_table_as";
  if (ctas && !atLeast(ctx.env.cluster.version, "2.0")) {
    const word = /^\s*(\w+)/.exec(body)?.[1]?.toUpperCase() ?? "CREATE";
    const at = head[0].length + 1;
    return {
      kind: "error",
      error: {
        className: "org.apache.flink.table.api.SqlParserException",
        message: `SQL parse failed. Incorrect syntax near the keyword '${word}' at line 1, column ${at}.`,
        cause: {
          className: "org.apache.calcite.sql.parser.SqlParseException",
          message: `Incorrect syntax near the keyword '${word}' at line 1, column ${at}.`
        }
      }
    };
  }
  const created = ctas ? inner[0].table : void 0;
  if (created?.distributedBy) {
    const bad = unbucketed(qualify(created.name, ctx.s.path), created.options.connector);
    if (bad) return bad;
  }
  for (const i of inner) {
    const bad = ctas ? void 0 : ctx.checkDml(i) ?? checkOnConflict(ctx, i, cfg);
    if (bad) return bad;
  }
  const sinks = inner.flatMap((i) => i.writes.map((w) => qualify(w, ctx.s.path)));
  const sources = inner.flatMap((i) => i.reads.map((r) => qualify(r, ctx.s.path)));
  const scan = sources.map((t) => `   TableSourceScan(table=[[${t.split(".").join(", ")}]])`).join("\n");
  const sink = sinks.length > 0 ? sinks.map((t) => `Sink(table=[${t}])`).join("\n") : "Calc";
  const sections = [
    "== Abstract Syntax Tree ==",
    sinks.map((t) => `LogicalSink(table=[${t}])`).join("\n") || "LogicalProject",
    scan,
    "",
    "== Optimized Physical Plan ==",
    sink,
    scan,
    "",
    "== Optimized Execution Plan ==",
    sink,
    scan,
    ""
  ];
  if (head[1] && /JSON_EXECUTION_PLAN/i.test(head[1]) && sinks.length > 0) {
    const { graph } = streamGraphOf(ctx, inner, cfg);
    sections.push("== Physical Execution Plan ==", executionPlanJson(graph));
  }
  const plan = sections.join("\n");
  return { kind: "result", result: rowsResult([col("result", VARCHAR(false))], [[plan]]) };
});
function select(ctx, st) {
  const bad = ctx.checkDml(st, true);
  if (bad) return bad;
  if (st.reads.length === 0) {
    const m = /^\s*SELECT\s+(.+?)\s*$/is.exec(st.text);
    const items = m ? splitTopLevel(m[1]) : [];
    const fields = items.map(literal);
    if (items.length > 0 && fields.every((x) => x !== void 0)) {
      const columns2 = fields.map(
        (x, i) => col(
          `EXPR$${i}`,
          typeof x === "number" ? { type: "INTEGER", nullable: false } : typeof x === "boolean" ? { type: "BOOLEAN", nullable: false } : { type: "CHAR", nullable: false, length: String(x).length || 1 }
        )
      );
      return { kind: "result", result: rowsResult(columns2, [fields], true) };
    }
  }
  const first = st.reads[0] ? lookupTable(qualify(st.reads[0], ctx.s.path), ctx.s.temp, ctx.s.catalog) : void 0;
  const planRows = first?.options && readPlanRows(ctx, first.options, /\bsize\b/i.test(st.text));
  if (planRows) return planRows;
  const columns = (first?.columns.length ? first.columns : [{ name: "EXPR$0", type: "STRING" }]).map(
    (c) => col(c.name, logicalType(c.type))
  );
  const sources = st.reads.map((r) => qualify(r, ctx.s.path));
  const job = ctx.env.cluster.submit({
    name: "collect",
    config: { ...ctx.s.properties },
    sources,
    sinks: [],
    query: normaliseQuery(st.text)
  });
  return { kind: "result", result: { ...rowsResult(columns, [], true), jobId: job.jid } };
}
var describeTable = (function describeTable(ctx, st) {
  const name = /^\s*DESC(?:RIBE)?\s+(?:EXTENDED\s+)?(.+?)\s*$/is.exec(st.text)?.[1] ?? "";
  const parts = name.split(".").map((p) => p.trim().replace(/^`|`$/g, "").replaceAll("``", "`"));
  const table = lookupTable(qualify(parts, ctx.s.path), ctx.s.temp, ctx.s.catalog);
  if (!table) return validation(`Tables or views with the identifier '${parts.join(".")}' doesn't exist.`);
  const rows = table.columns.map((c) => [c.name, c.type]);
  return {
    kind: "result",
    result: rowsResult([col("name", VARCHAR(false)), col("type", VARCHAR(false))], rows)
  };
});
var show = (function show(ctx, st) {
  const what = /^\s*SHOW\s+(?:FULL\s+)?(\w+)/i.exec(st.text)?.[1]?.toUpperCase() ?? "";
  const prefix = `${ctx.s.path.catalog}.${ctx.s.path.database}.`;
  const names = (kind) => [...ctx.s.catalog.tables.values(), ...ctx.s.temp.tables.values()].filter((t) => t.fqn.startsWith(prefix) && (!kind || t.kind === kind)).map((t) => t.fqn.slice(prefix.length)).sort().map((name) => [name]);
  switch (what) {
    case "TABLES":
      return rowsResult([col("table name", VARCHAR(false))], names());
    case "VIEWS":
      return rowsResult([col("view name", VARCHAR(false))], names("view"));
    case "FUNCTIONS":
    case "USER":
      return rowsResult(
        [col("function name", VARCHAR(false))],
        [...ctx.s.catalog.functions.values(), ...ctx.s.temp.functions.values()].map((f) => [f.name])
      );
    case "CATALOGS":
      return rowsResult([col("catalog name", VARCHAR(false))], [[DEFAULT_CATALOG]]);
    case "DATABASES":
      return rowsResult([col("database name", VARCHAR(false))], [[DEFAULT_DATABASE]]);
    case "CURRENT":
      return rowsResult(
        [col("current name", VARCHAR(false))],
        [[/DATABASE/i.test(st.text) ? ctx.s.path.database : ctx.s.path.catalog]]
      );
    default:
      return rowsResult([col("result", VARCHAR(false))], []);
  }
});
function splitTopLevel(text) {
  const out = [];
  let depth = 0;
  let cur = "";
  let quote = false;
  for (const c of text) {
    if (c === "'") quote = !quote;
    if (!quote && c === "(") depth++;
    if (!quote && c === ")") depth--;
    if (!quote && depth === 0 && c === ",") {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
function literal(text) {
  const t = text.replace(/\s+AS\s+\S+$/i, "").trim();
  if (/^-?\d+$/.test(t)) return Number(t);
  if (/^'(?:[^']|'')*'$/.test(t)) return t.slice(1, -1).replace(/''/g, "'");
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === "TRUE";
  return void 0;
}

// src/sim/sql-exec.ts
var parseFailed = (function parseFailed(text, offset) {
  const lines = new LineIndex(text);
  const pos = lines.pos(offset);
  const token = /^\S*/.exec(text.slice(offset))?.[0] || "<EOF>";
  return {
    kind: "error",
    error: {
      className: "org.apache.flink.table.api.SqlParserException",
      message: `SQL parse failed. Encountered "${token}" at line ${pos.line}, column ${pos.column}.`
    }
  };
});
var ILLEGAL_ARGUMENT = "java.lang.IllegalArgumentException";
var executeStatement = (function executeStatement(env, s, text, executionConfig, configureOnly = false) {
  const unparsable = unparsableValue(effectiveConfig(env, s, executionConfig));
  if (unparsable) return { kind: "error", error: { className: ILLEGAL_ARGUMENT, message: unparsable } };
  if (!configureOnly && (isCompilePlan(text) || isExecutePlan(text))) {
    const ctx2 = new StatementContext(env, s, text);
    return isCompilePlan(text) ? compilePlan(ctx2, text, effectiveConfig(env, s, executionConfig)) : executePlan(ctx2, text, effectiveConfig(env, s, executionConfig));
  }
  const analysis = analyzeScript(text, "statement.sql", {
    flinkVersion: env.features.full,
    columnScopes: true
  });
  let stmts = analysis.statements;
  const last = stmts[stmts.length - 1];
  if (stmts.length >= 2 && stmts[0].kind === "explain" && stmts[0].inner && last?.kind === "end" && stmts.slice(1, -1).every((x) => x.kind === "insert")) {
    stmts = [{ ...stmts[0], inner: [...stmts[0].inner, ...stmts.slice(1, -1)] }];
  }
  if (stmts.length === 0) return parseFailed(text, text.length);
  if (stmts.length > 1) {
    return {
      kind: "error",
      error: {
        className: "java.lang.UnsupportedOperationException",
        message: "Unsupported SQL statement! Execute statement only accepts a single SQL statement or multiple 'INSERT INTO' statements wrapped in a 'STATEMENT SET' block."
      }
    };
  }
  const st = stmts[0];
  const syntax = st.diags.find((d) => d.severity === "error" && SYNTAX_CODES.has(d.code));
  const f = env.features;
  if (syntax || st.kind === "unknown" || (st.kind === "show_jobs" || st.kind === "stop_job") && !f.jobStatements || st.kind === "describe_job" && !f.describeJob) {
    const off = syntax?.range ? new LineIndex(text).offset(syntax.range.start) : st.start;
    return parseFailed(text, off);
  }
  if (configureOnly && !CONFIGURE_KINDS.has(st.kind)) {
    return {
      kind: "error",
      error: {
        className: "org.apache.flink.table.gateway.service.utils.SqlExecutionException",
        message: `Unsupported statement for configuring session:${text}
The configureSession API only supports to execute statement of type CREATE TABLE, DROP TABLE, ALTER TABLE, CREATE DATABASE, DROP DATABASE, ALTER DATABASE, CREATE FUNCTION, DROP FUNCTION, ALTER FUNCTION, CREATE CATALOG, DROP CATALOG, USE CATALOG, USE [CATALOG.]DATABASE, CREATE VIEW, DROP VIEW, LOAD MODULE, UNLOAD MODULE, USE MODULE, ADD JAR.`
      }
    };
  }
  const cfg = effectiveConfig(env, s, executionConfig);
  const ctx = new StatementContext(env, s, text);
  if (s.statementSet && st.kind !== "insert" && st.kind !== "end") {
    return validation(
      `Only 'INSERT/CREATE TABLE AS' statement is allowed in Statement Set or use 'END' statement to submit Statement Set.`
    );
  }
  switch (st.kind) {
    case "set": {
      const key = st.set?.key;
      const value = st.set?.value ?? "";
      const bad = key === void 0 ? void 0 : unparsableValue({ ...cfg, [key]: value });
      if (bad)
        return {
          kind: "error",
          error: {
            className: "org.apache.flink.table.gateway.service.utils.SqlExecutionException",
            message: `Failed to set key ${key} with value ${value}.`,
            cause: { className: ILLEGAL_ARGUMENT, message: bad }
          }
        };
      return { kind: "result", result: doSet(s, st) };
    }
    case "reset":
      if (st.set?.key) {
        if (st.set.key in s.defaults) s.properties[st.set.key] = s.defaults[st.set.key];
        else delete s.properties[st.set.key];
      } else s.properties = { ...s.defaults };
      return { kind: "result", result: okResult() };
    case "create_table":
    case "create_view":
    case "create_function":
      return createObject(ctx, st);
    case "create_table_as": {
      const created = createObject(ctx, st);
      if (created.kind === "error") return created;
      return submitJob(ctx, [st], cfg);
    }
    case "drop":
      return dropObject(ctx, st);
    case "insert":
      if (s.statementSet) {
        const check = ctx.checkDml(st);
        if (check) return check;
        s.statementSet.push(st);
        return { kind: "result", result: okResult() };
      }
      return submitJob(ctx, [st], cfg);
    case "statement_set":
    case "execute":
      if (st.kind === "statement_set" && !st.inner?.length) {
        const end = /\bEND\b\s*;?\s*$/i.exec(text);
        return parseFailed(text, end ? end.index : text.length);
      }
      return submitJob(ctx, st.inner && st.inner.length > 0 ? st.inner : [st], cfg);
    case "begin_statement_set":
      s.statementSet = [];
      return { kind: "result", result: okResult() };
    case "end": {
      const inner = s.statementSet;
      if (!inner)
        return validation(
          'No Statement Set to submit. "END" statement should be used after "BEGIN STATEMENT SET".'
        );
      s.statementSet = void 0;
      if (inner.length === 0) return { kind: "result", result: okResult() };
      return submitJob(ctx, inner, cfg);
    }
    case "explain":
      return explain(ctx, st, cfg);
    case "select":
      return select(ctx, st);
    case "show_jobs":
      return { kind: "result", result: jobsTable(ctx) };
    case "describe_job":
      return describeJob(ctx, st);
    case "stop_job":
      return stopJob(ctx, st, cfg);
    case "show":
      return { kind: "result", result: show(ctx, st) };
    case "describe":
      return describeTable(ctx, st);
    case "add_jar":
      return addJar(st.text);
    case "use": {
      const m = /^\s*USE\s+(CATALOG\s+)?(.+?)\s*$/is.exec(st.text);
      const parts = (m?.[2] ?? "").split(".").map((p) => p.replace(/^`|`$/g, ""));
      if (m?.[1]) s.path = { catalog: parts[0], database: DEFAULT_DATABASE };
      else if (parts.length === 2) s.path = { catalog: parts[0], database: parts[1] };
      else if (parts[0]) s.path = { ...s.path, database: parts[0] };
      return { kind: "result", result: okResult() };
    }
    default:
      return { kind: "result", result: okResult() };
  }
});
var addJar = (function addJar(text) {
  const uri = /'((?:[^']|'')*)'/.exec(text)?.[1]?.replace(/''/g, "'");
  if (uri === void 0) return { kind: "result", result: okResult() };
  let path;
  try {
    path = uri.startsWith("file:") ? fileURLToPath(uri) : uri.startsWith("/") ? uri : void 0;
  } catch {
    path = void 0;
  }
  if (path === void 0 || existsSync(path)) return { kind: "result", result: okResult() };
  return {
    kind: "error",
    error: {
      className: "org.apache.flink.table.api.TableException",
      message: `Could not register the specified resource [ResourceUri{resourceType=JAR, uri='${uri}'}].`,
      cause: { className: "java.io.FileNotFoundException", message: `jar resource [${uri}] not found.` }
    }
  };
});
var SYNTAX_CODES = /* @__PURE__ */ new Set([
  CODES.unterminatedString,
  CODES.unterminatedComment,
  CODES.unterminatedIdentifier,
  CODES.unbalancedParens,
  CODES.unknownStatement,
  CODES.unexpectedToken,
  CODES.missingPart,
  CODES.malformedSet,
  CODES.qualifiedName
]);
var CONFIGURE_KINDS = /* @__PURE__ */ new Set([
  "set",
  "reset",
  "create_table",
  "create_view",
  "create_function",
  "create_catalog",
  "create_database",
  "drop",
  "alter",
  "use",
  "load_module",
  "unload_module",
  "add_jar"
]);
var effectiveConfig = (function effectiveConfig(env, s, executionConfig) {
  const out = { ...s.properties };
  for (const [k, v] of Object.entries(executionConfig)) {
    if (!env.features.executionConfigReachesJob && RESTORE_KEY.test(k)) continue;
    out[k] = v;
  }
  return out;
});
var doSet = (function doSet(s, st) {
  if (st.set?.key === void 0) {
    const rows = Object.entries(s.properties).sort(([a], [b]) => a < b ? -1 : 1).map(([k, v]) => [k, v]);
    return rowsResult([col("key", VARCHAR(false)), col("value", VARCHAR(false))], rows);
  }
  s.properties[st.set.key] = st.set.value ?? "";
  return okResult();
});
var newSessionState = (function newSessionState(defaults, properties, shared) {
  return {
    defaults,
    properties: { ...defaults, ...properties },
    temp: new Catalog(),
    catalog: sessionCatalog(shared),
    path: { catalog: DEFAULT_CATALOG, database: DEFAULT_DATABASE }
  };
});

// src/sim/control.ts
var seedJob = (function seedJob(c, s) {
  const config = { ...s.config ?? {} };
  if (s.parallelism) config["parallelism.default"] = String(s.parallelism);
  if (s.maxParallelism) config["pipeline.max-parallelism"] = String(s.maxParallelism);
  const name = s.name ?? `insert-into_default_catalog.default_database.${s.sinks?.[0] ?? "sink"}`;
  config["pipeline.name"] = name;
  const job = c.submit(
    {
      name,
      config,
      sources: s.sources ?? ["default_catalog.default_database.source"],
      sinks: s.sinks ?? ["default_catalog.default_database.sink"],
      query: normaliseQuery(s.query ?? `INSERT INTO sink SELECT * FROM source /* ${name} */`)
    },
    { ...s.jid ? { jid: s.jid } : {}, state: s.state ?? "RUNNING", startedAgoMs: s.startedAgoMs ?? 0 }
  );
  if (s.labels) job.userConfig = { ...s.labels };
  if (s.backpressure) job.backpressure = s.backpressure;
  if (s.metrics) job.metricShape = { ...s.metrics };
  return job.jid;
});
var snapshot = (function snapshot(c, g, now) {
  const jobs = [...c.jobs.values()].map((j) => ({
    jid: j.jid,
    name: j.name,
    state: j.state,
    parallelism: j.parallelism,
    vertices: j.vertices.map((v) => ({ ...v })),
    userConfig: { ...j.userConfig },
    config: { ...j.config },
    ...j.restored ? { restoredFrom: j.restored.externalPath } : {},
    restarts: j.restarts,
    checkpoints: j.counts.completed,
    exceptions: j.exceptions.map((e) => e.stacktrace.split("\n")[0])
  }));
  const savepoints = [...c.savepoints.values()].map((s) => ({
    path: s.path,
    jid: s.jid,
    kind: s.kind,
    disposed: s.disposed,
    operators: [...s.operators]
  }));
  return { now, jobs, savepoints, sessions: g.sessions.size };
});

// src/sim/faults.ts
var DEFAULT_FAULTS = {
  savepointFails: 0,
  stopHangs: false,
  jobFailsAfterMs: null,
  jobRestartLoop: false,
  http5xxRate: 0,
  latencyMs: 0,
  connectionResetRate: 0,
  gatewayDown: false,
  noTaskManagers: false,
  missingKafkaTopics: []
};
var Faults = class {
  constructor(hooks) {
    this.hooks = hooks;
  }
  hooks;
  s = { ...DEFAULT_FAULTS, missingKafkaTopics: [] };
  get savepointFails() {
    return this.s.savepointFails;
  }
  set savepointFails(v) {
    this.s.savepointFails = v;
  }
  get stopHangs() {
    return this.s.stopHangs;
  }
  set stopHangs(v) {
    this.s.stopHangs = v;
  }
  get jobFailsAfterMs() {
    return this.s.jobFailsAfterMs;
  }
  set jobFailsAfterMs(v) {
    this.s.jobFailsAfterMs = v;
    this.hooks.onJobFaultsChanged();
  }
  get jobRestartLoop() {
    return this.s.jobRestartLoop;
  }
  set jobRestartLoop(v) {
    this.s.jobRestartLoop = v;
    this.hooks.onJobFaultsChanged();
  }
  get http5xxRate() {
    return this.s.http5xxRate;
  }
  set http5xxRate(v) {
    this.s.http5xxRate = v;
  }
  get latencyMs() {
    return this.s.latencyMs;
  }
  set latencyMs(v) {
    this.s.latencyMs = v;
  }
  get connectionResetRate() {
    return this.s.connectionResetRate;
  }
  set connectionResetRate(v) {
    this.s.connectionResetRate = v;
  }
  get gatewayDown() {
    return this.s.gatewayDown;
  }
  set gatewayDown(v) {
    const changed = v !== this.s.gatewayDown;
    this.s.gatewayDown = v;
    if (changed) this.hooks.onGatewayDownChanged(v);
  }
  get noTaskManagers() {
    return this.s.noTaskManagers;
  }
  set noTaskManagers(v) {
    const changed = v !== this.s.noTaskManagers;
    this.s.noTaskManagers = v;
    if (changed) this.hooks.onTaskManagersChanged(v);
  }
  get missingKafkaTopics() {
    return this.s.missingKafkaTopics;
  }
  set missingKafkaTopics(v) {
    this.s.missingKafkaTopics = [...v];
    this.hooks.onJobFaultsChanged();
  }
  /** Sets several switches at once. */
  set(partial) {
    for (const [k, v] of Object.entries(partial)) {
      if (v !== void 0) this[k] = v;
    }
  }
  /** Back to a healthy cluster. */
  reset() {
    this.set(DEFAULT_FAULTS);
  }
  /** Consumes one savepoint failure if any is armed. */
  takeSavepointFailure() {
    if (this.s.savepointFails === "all") return true;
    if (this.s.savepointFails > 0) {
      this.s.savepointFails--;
      return true;
    }
    return false;
  }
  toJSON() {
    return { ...this.s, missingKafkaTopics: [...this.s.missingKafkaTopics] };
  }
};

// src/sim/http.ts
var HttpError = class extends Error {
  constructor(status, errors) {
    super(errors[0] ?? `HTTP ${status}`);
    this.status = status;
    this.errors = errors;
  }
  status;
  errors;
};
var Router = class {
  routes = [];
  add(method, pattern, handler) {
    this.routes.push({ method, segments: pattern.split("/").filter(Boolean), handler });
  }
  /** Literal segments win over `:params` (`/jobs/overview` before `/jobs/:jobid`). */
  match(method, path) {
    const parts = path.split("/").filter(Boolean);
    let best;
    let pathKnown = false;
    for (const r of this.routes) {
      if (r.segments.length !== parts.length) continue;
      const params = {};
      let score = 0;
      let ok2 = true;
      for (let i = 0; i < parts.length; i++) {
        const seg = r.segments[i];
        if (seg.startsWith(":")) params[seg.slice(1)] = decodeURIComponent(parts[i]);
        else if (seg === parts[i]) score++;
        else {
          ok2 = false;
          break;
        }
      }
      if (!ok2) continue;
      pathKnown = true;
      if (r.method !== method) continue;
      if (!best || score > best.score) best = { handler: r.handler, params, score };
    }
    if (best) return { handler: best.handler, params: best.params };
    return pathKnown ? "method" : void 0;
  }
};
var MALFORMED = "Request did not conform to expected format.";
var checkBody = (function checkBody(body, fields, lenient) {
  if (body === void 0 || body === null) return {};
  if (typeof body !== "object" || Array.isArray(body)) throw new HttpError(400, [MALFORMED]);
  const out = {};
  for (const [k, v] of Object.entries(body)) {
    const type = fields[k];
    if (!type) {
      if (lenient) continue;
      throw new HttpError(400, [MALFORMED]);
    }
    if (v === null) continue;
    const ok2 = type === "map" ? typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string") : type === "number" ? typeof v === "number" || typeof v === "string" && /^-?\d+$/.test(v) : type === "boolean" ? typeof v === "boolean" || v === "true" || v === "false" : typeof v === "string";
    if (!ok2) throw new HttpError(400, [MALFORMED]);
    out[k] = type === "number" ? Number(v) : type === "boolean" ? v === true || v === "true" : v;
  }
  return out;
});
var send = (function send(res, reply) {
  if (reply.text !== void 0) {
    res.writeHead(reply.status, {
      "content-type": "text/plain; charset=UTF-8",
      "content-length": Buffer.byteLength(reply.text)
    });
    res.end(reply.text);
    return;
  }
  const json = JSON.stringify(reply.body ?? {});
  res.writeHead(reply.status, {
    "content-type": "application/json; charset=UTF-8",
    "content-length": Buffer.byteLength(json),
    "access-control-allow-origin": "*"
  });
  res.end(json);
});
var internalError = (function internalError(e) {
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return {
    status: 500,
    body: {
      errors: [
        "Internal server error.",
        `<Exception on server side:
${msg}
	at simulator

End of exception on server side>`
      ]
    }
  };
});
var realDelay = ((ms, send2) => {
  setTimeout(send2, ms);
});
var startServer = (async function startServer(o) {
  const sockets = /* @__PURE__ */ new Set();
  const onRequest = (req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const f = o.faults;
      if (f.connectionResetRate > 0 && o.rand() < f.connectionResetRate) {
        req.socket.destroy();
        return;
      }
      let reply;
      if (f.http5xxRate > 0 && o.rand() < f.http5xxRate) {
        reply = internalError(new Error("Simulated server failure (http5xxRate)."));
      } else {
        reply = dispatch(o, req, Buffer.concat(chunks).toString("utf8"));
      }
      if (f.latencyMs > 0) (o.networkDelay ?? realDelay)(f.latencyMs, () => send(res, reply));
      else send(res, reply);
    });
  };
  const server = createServer({ keepAliveTimeout: 5e3 }, onRequest);
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  const listen = (port2) => new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port2, o.host, () => {
      server.off("error", reject);
      resolve(server.address().port);
    });
  });
  const port = await listen(o.port);
  const closeAll = () => new Promise((resolve) => {
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
    }
  };
});
var dispatch = (function dispatch(o, req, text) {
  try {
    o.beforeRequest();
    const url = new URL(req.url ?? "/", "http://localhost");
    let path = url.pathname.replace(/\/+$/, "") || "/";
    let apiVersion;
    const m = o.versionPrefix ? /^\/v(\d+)(\/.*)$/.exec(path) : null;
    if (m) {
      apiVersion = Number(m[1]);
      path = m[2];
    }
    let body;
    if (text.trim() !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        return { status: 400, body: { errors: [MALFORMED] } };
      }
    }
    const request = {
      method: req.method ?? "GET",
      path,
      apiVersion,
      rawPath: url.pathname,
      query: url.searchParams,
      params: {},
      body
    };
    return o.handle(request) ?? notFound(url.pathname);
  } catch (e) {
    if (e instanceof HttpError) return { status: e.status, body: { errors: e.errors } };
    return internalError(e);
  }
});
function notFound(path) {
  return { status: 404, body: { errors: [`Not found: ${path}`] } };
}

// src/sim/gateway-model.ts
var gatewayException = (function gatewayException(message, ...causes) {
  const chain = causes.map((c) => `
Caused by: ${c}`).join("");
  return new HttpError(500, [
    "Internal server error.",
    `<Exception on server side:
org.apache.flink.table.gateway.api.utils.SqlGatewayException: ${message}${chain}

End of exception on server side>`
  ]);
});

// src/sim/gateway-operations.ts
var CLIENT_TIMEOUT_MS = 6e4;
var settle = (function settle(op, observing) {
  if (op.status !== "RUNNING" || !op.final) return;
  if (!op.seenRunning && observing) {
    op.seenRunning = true;
    return;
  }
  if (!op.seenRunning && !observing) return;
  op.status = op.final.status;
  if (op.final.result) op.result = op.final.result;
  if (op.final.error) op.error = op.final.error;
  op.final = void 0;
});
var finalOf = (function finalOf(outcome) {
  return outcome.kind === "result" ? { status: "FINISHED", result: outcome.result } : { status: "ERROR", error: outcome.error };
});
var submitStatement = (function submitStatement(d, s, statement, executionConfig, executionTimeout) {
  const handle = randomUuid(d.rand);
  const op = { handle, status: "RUNNING", seenRunning: false };
  s.operations.set(handle, op);
  let outcome;
  try {
    outcome = executeStatement(d.env, s.state, statement, executionConfig);
  } catch (e) {
    outcome = {
      kind: "error",
      error: { className: "java.lang.RuntimeException", message: e.message }
    };
  }
  if (outcome.kind !== "wait") {
    op.final = finalOf(outcome);
    d.scheduler.after(100, () => {
      op.seenRunning = true;
      settle(op, false);
    });
    return handle;
  }
  waitFor(d, op, outcome.op, executionTimeout);
  return handle;
});
var waitFor = (function waitFor(d, op, async, executionTimeout) {
  const started = d.scheduler.now();
  const limit = executionTimeout && executionTimeout > 0 ? Math.min(executionTimeout, CLIENT_TIMEOUT_MS) : CLIENT_TIMEOUT_MS;
  const step = Math.max(10, Math.floor(d.timing.savepointMs / 2));
  const check = () => {
    if (op.status !== "RUNNING") return;
    if (async.status === "COMPLETED") {
      op.seenRunning = true;
      op.final = async.failure ? {
        status: "ERROR",
        error: {
          className: "org.apache.flink.table.gateway.service.utils.SqlExecutionException",
          message: `Could not stop job ${async.jid} with savepoint for operation ${op.handle}.`,
          cause: { className: async.failure.className, message: async.failure.message }
        }
      } : {
        status: "FINISHED",
        result: {
          columns: [
            {
              name: "savepoint path",
              logicalType: { type: "VARCHAR", nullable: true, length: 2147483647 },
              comment: null
            }
          ],
          rows: [[async.location]],
          isQuery: false,
          resultKind: "SUCCESS_WITH_CONTENT"
        }
      };
      settle(op, false);
      return;
    }
    if (d.scheduler.now() - started >= limit) {
      op.seenRunning = true;
      op.final = executionTimeout && executionTimeout <= CLIENT_TIMEOUT_MS ? { status: "TIMEOUT" } : {
        status: "ERROR",
        error: {
          className: "org.apache.flink.table.gateway.service.utils.SqlExecutionException",
          message: `Could not stop job ${async.jid} with savepoint for operation ${op.handle}.`,
          cause: {
            className: "java.util.concurrent.TimeoutException",
            message: "Invocation timed out."
          }
        }
      };
      settle(op, false);
      return;
    }
    d.scheduler.after(step, check);
  };
  d.scheduler.after(step, check);
});

// src/sim/gateway-results.ts
var fetchResults = (function fetchResults(req, v, rich, find) {
  const rowFormat = req.query.get("rowFormat");
  if (v >= 2 && rowFormat === null) {
    throw new HttpError(400, [
      "Bad request, could not parse parameters: Missing required query parameter: rowFormat"
    ]);
  }
  if (rowFormat !== null && rowFormat !== "JSON" && rowFormat !== "PLAIN_TEXT") {
    throw new HttpError(400, [
      `Bad request, could not parse parameters: Invalid value '${rowFormat}' for query parameter rowFormat.`
    ]);
  }
  const token = Number(req.params.token);
  if (!Number.isInteger(token) || token < 0) {
    throw new HttpError(400, [
      `Bad request, could not parse parameters: Cannot parse value '${req.params.token}' for path parameter token.`
    ]);
  }
  const op = find();
  settle(op, true);
  const base = `${req.apiVersion !== void 0 ? `/v${req.apiVersion}` : ""}/sessions/${req.params.sh}/operations/${req.params.oh}/result`;
  const uri = (t) => `${base}/${t}${v >= 2 ? `?rowFormat=${rowFormat ?? "JSON"}` : ""}`;
  if (op.status === "ERROR" && op.error) {
    const e = op.error;
    let cause = "";
    for (let c = e.cause; c; c = c.cause) cause += `
Caused by: ${c.className}: ${c.message}`;
    throw gatewayException(
      "Failed to fetchResults.",
      `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation ${op.handle}.
Caused by: ${e.className}: ${e.message}${cause}`
    );
  }
  if (op.status === "CANCELED" || op.status === "CLOSED" || op.status === "TIMEOUT") {
    throw gatewayException(
      "Failed to fetchResults.",
      `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Can not fetch results from the ${op.status} operation ${op.handle}.`
    );
  }
  if (op.status !== "FINISHED" || !op.result) {
    return { status: 200, body: { resultType: "NOT_READY", nextResultUri: uri(token) } };
  }
  const result = op.result;
  const first = result.rowsFromSecondPage ? 1 : 0;
  const eos = token >= first + 1;
  const data = eos || token < first ? [] : result.rows.map((fields) => ({
    kind: "INSERT",
    fields: rowFormat === "PLAIN_TEXT" ? fields.map((x) => x === null ? "NULL" : String(x)) : fields
  }));
  const results = { columns: result.columns };
  if (rich) results.rowFormat = rowFormat ?? "JSON";
  results.data = data;
  const body = { resultType: eos ? "EOS" : "PAYLOAD" };
  if (rich) {
    body.isQueryResult = result.isQuery;
    if (result.jobId) body.jobID = result.jobId;
    body.resultKind = result.resultKind;
  }
  body.results = results;
  if (!eos) body.nextResultUri = uri(token + 1);
  return { status: 200, body };
});

// src/sim/gateway.ts
var Gateway = class {
  constructor(d) {
    this.d = d;
  }
  d;
  sessions = /* @__PURE__ */ new Map();
  now() {
    return this.d.scheduler.now();
  }
  /** Drops sessions idle longer than `sql-gateway.session.idle-timeout`. */
  expireIdle() {
    const limit = this.d.timing.sessionIdleTimeoutMs;
    if (limit <= 0) return;
    const now = this.now();
    for (const [h, s] of this.sessions) if (now - s.lastAccess > limit) this.sessions.delete(h);
  }
  session(handle, what) {
    uuidParameter("session_handle", handle);
    this.expireIdle();
    const s = this.sessions.get(handle);
    if (!s) {
      throw gatewayException(
        `Failed to ${what}.`,
        `org.apache.flink.table.gateway.service.utils.SqlGatewayException: Session '${handle}' does not exist.`
      );
    }
    s.lastAccess = this.now();
    return s;
  }
  operation(s, handle, what) {
    uuidParameter("operation_handle", handle);
    const op = s.operations.get(handle);
    if (!op) {
      throw gatewayException(
        `Failed to ${what}.`,
        `org.apache.flink.table.gateway.service.utils.SqlGatewayException: Can not find the submitted operation in the OperationManager with the ${handle}.`
      );
    }
    return op;
  }
  openSession(name, properties) {
    const handle = randomUuid(this.d.rand);
    const session = {
      handle,
      state: newSessionState(this.d.defaults, properties, this.d.env.shared),
      lastAccess: this.now(),
      operations: /* @__PURE__ */ new Map()
    };
    if (name !== void 0) session.name = name;
    this.sessions.set(handle, session);
    return handle;
  }
  router(apis, defaultApi, richFetch, lenient) {
    const r = new Router();
    const api = (req) => {
      const v = req.apiVersion ?? defaultApi;
      if (!apis.includes(v)) throw new HttpError(404, [`Not found: ${req.rawPath}`]);
      return v;
    };
    const since = (req, min) => {
      if (api(req) < min) throw new HttpError(404, [`Not found: ${req.rawPath}`]);
    };
    r.add("GET", "/info", (req) => {
      api(req);
      return { status: 200, body: { productName: "Apache Flink", version: this.d.productVersion } };
    });
    r.add("GET", "/api_versions", (req) => {
      api(req);
      return { status: 200, body: { versions: apis.map((v) => `V${v}`) } };
    });
    r.add("POST", "/sessions", (req) => {
      api(req);
      const b = checkBody(req.body, { sessionName: "string", properties: "map" }, lenient);
      const handle = this.openSession(
        b.sessionName,
        b.properties ?? {}
      );
      return { status: 200, body: { sessionHandle: handle } };
    });
    r.add("GET", "/sessions/:sh", (req) => {
      api(req);
      const s = this.session(req.params.sh, "getSessionConfig");
      return { status: 200, body: { properties: { ...s.state.properties } } };
    });
    r.add("DELETE", "/sessions/:sh", (req) => {
      api(req);
      this.session(req.params.sh, "closeSession");
      this.sessions.delete(req.params.sh);
      return { status: 200, body: { status: "CLOSED" } };
    });
    r.add("POST", "/sessions/:sh/heartbeat", (req) => {
      api(req);
      this.session(req.params.sh, "triggerSessionHeartbeat");
      return { status: 200, body: {} };
    });
    r.add("POST", "/sessions/:sh/configure-session", (req) => {
      since(req, 2);
      const s = this.session(req.params.sh, "configureSession");
      const b = checkBody(req.body, { statement: "string", executionTimeout: "number" }, lenient);
      if (typeof b.statement !== "string") throw new HttpError(400, [MALFORMED]);
      const out = executeStatement(this.d.env, s.state, b.statement, {}, true);
      if (out.kind === "error") {
        const chain = [];
        for (let c = out.error; c; c = c.cause)
          chain.push(`${c.className}: ${c.message}`);
        throw gatewayException(
          "Failed to configure session.",
          `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation ${randomUuid(this.d.rand)}.`,
          ...chain
        );
      }
      return { status: 200, body: {} };
    });
    r.add("GET", "/sessions/:sh/complete-statement", (req) => {
      since(req, 2);
      this.session(req.params.sh, "completeStatement");
      checkBody(req.body, { statement: "string", position: "number" }, lenient);
      return { status: 200, body: { candidates: [] } };
    });
    r.add("POST", "/sessions/:sh/statements", (req) => {
      api(req);
      const s = this.session(req.params.sh, "executeStatement");
      const b = checkBody(
        req.body,
        { statement: "string", executionTimeout: "number", executionConfig: "map" },
        lenient
      );
      if (typeof b.statement !== "string") throw new HttpError(400, [MALFORMED]);
      const handle = submitStatement(
        this.d,
        s,
        b.statement,
        b.executionConfig ?? {},
        b.executionTimeout
      );
      return { status: 200, body: { operationHandle: handle } };
    });
    r.add("GET", "/sessions/:sh/operations/:oh/status", (req) => {
      api(req);
      const s = this.session(req.params.sh, "getOperationStatus");
      const op = this.operation(s, req.params.oh, "getOperationStatus");
      const shown2 = op.status;
      settle(op, true);
      return { status: 200, body: { status: shown2 } };
    });
    r.add("POST", "/sessions/:sh/operations/:oh/cancel", (req) => {
      api(req);
      const s = this.session(req.params.sh, "cancelOperation");
      const op = this.operation(s, req.params.oh, "cancelOperation");
      if (op.status !== "RUNNING" && op.status !== "PENDING" && op.status !== "INITIALIZED") {
        throw gatewayException(
          "Failed to cancelOperation.",
          `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to convert the Operation Status from ${op.status} to CANCELED for ${op.handle}.`
        );
      }
      op.status = "CANCELED";
      op.final = void 0;
      return { status: 200, body: { status: "CANCELED" } };
    });
    r.add("DELETE", "/sessions/:sh/operations/:oh/close", (req) => {
      api(req);
      const s = this.session(req.params.sh, "closeOperation");
      const op = this.operation(s, req.params.oh, "closeOperation");
      const jid = op.result?.isQuery ? op.result.jobId : void 0;
      const job = jid ? this.d.env.cluster.get(jid) : void 0;
      if (job && !isTerminal(job.state) && job.state !== "CANCELLING") this.d.env.cluster.cancel(job);
      s.operations.delete(req.params.oh);
      return { status: 200, body: { status: "CLOSED" } };
    });
    r.add(
      "GET",
      "/sessions/:sh/operations/:oh/result/:token",
      (req) => fetchResults(
        req,
        api(req),
        richFetch,
        () => this.operation(this.session(req.params.sh, "fetchResults"), req.params.oh, "fetchResults")
      )
    );
    return r;
  }
};
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function uuidParameter(name, value) {
  if (!UUID.test(value)) {
    throw new HttpError(400, [
      `org.apache.flink.runtime.rest.handler.HandlerRequestException: Cannot resolve path parameter (${name}) from value "${value}".`
    ]);
  }
}

// src/sim/job-metrics.ts
var DEFAULT_SHAPE = {
  recordsPerSecond: 1e3,
  backPressure: 0,
  watermarkLagMs: null,
  consumerLag: null
};
var LONG_MIN = -9223372036854776e3;
var AGGS = ["min", "max", "avg", "sum", "skew"];
var shapeOf = (function shapeOf(job) {
  const bp = job.backpressure === "high" ? 0.8 : job.backpressure === "low" ? 0.3 : 0;
  return { ...DEFAULT_SHAPE, backPressure: bp, ...job.metricShape };
});
var operatorScope = (function operatorScope(operator) {
  return operator.replace(/[ .:,]/g, "_");
});
var isSinkOperator = (function isSinkOperator(operator) {
  return operator.startsWith("Sink: ") || operator.endsWith(": Writer");
});
var vertexValues = (function vertexValues(job, v, index, now) {
  const s = shapeOf(job);
  const n = Math.max(1, v.parallelism);
  const isSource = v.name.startsWith("Source:");
  const firstAfterSources = !isSource && index > 0 && job.vertices[index - 1].name.startsWith("Source:");
  const each = (x) => Array.from({ length: n }, (_, i) => x * (1 + (i % 3 - 1) * 0.02));
  const same = (x) => Array.from({ length: n }, () => x);
  const total = s.recordsPerSecond * job.parallelism * (1 - s.backPressure);
  const perSubtask = total / n;
  const out = /* @__PURE__ */ new Map();
  const operators = chainedOperators(v.name);
  out.set("numRecordsInPerSecond", each(isSource ? 0 : perSubtask));
  out.set("numRecordsOutPerSecond", each(isSinkOperator(operators.at(-1)) ? 0 : perSubtask));
  for (const [k, operator] of operators.entries()) {
    const scope = operatorScope(operator);
    out.set(`${scope}.numRecordsInPerSecond`, each(isSource && k === 0 ? 0 : perSubtask));
    out.set(`${scope}.numRecordsOutPerSecond`, each(isSinkOperator(operator) ? 0 : perSubtask));
  }
  const kafka = new Set(kafkaSinks(job).map((k) => k.operator));
  for (const operator of operators) {
    if (!kafka.has(operator)) continue;
    const scope = operatorScope(operator);
    const blocked = job.kafkaBlocked?.includes(operator) === true;
    const taken = blocked ? 1 : Math.floor(perSubtask * Math.max(0, now - (job.runningSince ?? now)) / 1e3);
    const sent = blocked ? 0 : taken;
    out.set(`${scope}.numRecordsIn`, same(taken));
    out.set(`${scope}.numRecordsSend`, same(sent));
    out.set(`${scope}.numRecordsSendErrors`, same(0));
    out.set(`${scope}.currentSendTime`, same(0));
    out.set(`${scope}.KafkaProducer.record-send-total`, same(sent));
    out.set(`${scope}.KafkaProducer.record-error-total`, same(0));
    out.set(`${scope}.KafkaProducer.waiting-threads`, same(0));
  }
  out.set("backPressuredTimeMsPerSecond", each(isSource ? s.backPressure * 1e3 : 0));
  out.set(
    "busyTimeMsPerSecond",
    isSource ? each(Number.NaN) : each(firstAfterSources && s.backPressure > 0 ? 990 : 120)
  );
  out.set(
    "idleTimeMsPerSecond",
    each(isSource ? 0 : 1e3 - (firstAfterSources && s.backPressure > 0 ? 990 : 120))
  );
  if (!isSource)
    out.set("currentInputWatermark", same(s.watermarkLagMs === null ? LONG_MIN : now - s.watermarkLagMs));
  if (isSource) {
    const scope = operatorScope(operators[0]);
    out.set(
      `${scope}.currentOutputWatermark`,
      each(s.watermarkLagMs === null ? LONG_MIN : now - s.watermarkLagMs)
    );
    if (s.consumerLag !== null) {
      out.set(`${scope}.pendingRecords`, each(s.consumerLag));
      out.set(`${scope}.KafkaSourceReader.KafkaConsumer.records-lag-max`, each(s.consumerLag));
    }
  }
  return out;
});
var aggregate = (function aggregate(values, agg) {
  const sum = values.reduce((a, b) => a + b, 0);
  const avg = sum / values.length;
  switch (agg) {
    case "min":
      return Math.min(...values);
    case "max":
      return Math.max(...values);
    case "sum":
      return sum;
    case "avg":
      return avg;
    case "skew": {
      const dev = values.reduce((a, b) => a + Math.abs(b - avg), 0) / values.length;
      return avg === 0 ? 0 : dev / avg * 100;
    }
  }
});
var subtaskMetrics = (function subtaskMetrics(job, vid, query2, now) {
  const index = job.vertices.findIndex((v) => v.id === vid);
  if (index < 0) return void 0;
  const values = job.state === "RUNNING" ? vertexValues(job, job.vertices[index], index, now) : /* @__PURE__ */ new Map();
  const get = query2.get("get");
  if (get === null) return [...values.keys()].sort().map((id) => ({ id }));
  const aggs = (query2.get("agg") ?? AGGS.join(",")).split(",").filter((a) => AGGS.includes(a));
  const out = [];
  for (const id of get.split(",")) {
    const v = values.get(id);
    if (!v) continue;
    const m = { id };
    for (const a of aggs) {
      const x = aggregate(v, a);
      m[a] = Number.isFinite(x) ? x : "NaN";
    }
    out.push(m);
  }
  return out;
});

// src/sim/jobmanager-context.ts
var JOB_ID = /^[0-9a-f]{32}$/;
var ok = (function ok(body, status = 200) {
  return { status, body };
});
var jobLookup = (function jobLookup(cluster) {
  return (req) => {
    const jid = req.params.jobid;
    if (!JOB_ID.test(jid)) {
      throw new HttpError(400, [
        `Bad request, could not parse parameters: Cannot parse value '${jid}' for path parameter jobid.`
      ]);
    }
    const j = cluster.get(jid);
    if (!j)
      throw new HttpError(404, [`org.apache.flink.runtime.rest.NotFoundException: Job ${jid} not found`]);
    return j;
  };
});
var triggerIdOf = (function triggerIdOf(v) {
  if (v === void 0) return void 0;
  if (typeof v !== "string" || !JOB_ID.test(v))
    throw new HttpError(400, ["Request did not conform to expected format."]);
  return v;
});

// src/sim/jobmanager-rescale.ts
var addRescaleRoutes = (function addRescaleRoutes({ r, d, job }) {
  const { cluster } = d;
  const unsupported = (j) => {
    const scheduler = isBatch(j) ? "AdaptiveBatchScheduler" : j.adaptive ? void 0 : "DefaultScheduler";
    if (!scheduler) return;
    throw new HttpError(500, [
      "Internal server error.",
      `<Exception on server side:
java.lang.UnsupportedOperationException: The ${scheduler} does not support changing the parallelism without a job restart. This feature is currently only expected to work with the AdaptiveScheduler.

End of exception on server side>`
    ]);
  };
  r.add("GET", "/jobs/:jobid/resource-requirements", (req) => {
    const j = job(req);
    unsupported(j);
    const out = {};
    for (const v of j.vertices) {
      const req0 = j.requirements[v.id];
      out[v.id] = { parallelism: req0 ?? { lowerBound: 1, upperBound: v.parallelism } };
    }
    return ok(out);
  });
  const notFound2 = (jid) => new HttpError(500, [
    "Internal server error.",
    `<Exception on server side:
org.apache.flink.runtime.messages.FlinkJobNotFoundException: Could not find Flink job (${jid})

End of exception on server side>`
  ]);
  r.add("PUT", "/jobs/:jobid/resource-requirements", (req) => {
    const jid = req.params.jobid;
    const j = cluster.get(jid);
    if (!j) {
      if (!/^[0-9a-f]{32}$/.test(jid)) job(req);
      throw notFound2(jid);
    }
    unsupported(j);
    const target = parseRequirements(req.body);
    if (Object.keys(target).length === 0) {
      throw new HttpError(400, [
        "org.apache.flink.runtime.rest.handler.RestHandlerException: Request body does not specify resource requirements."
      ]);
    }
    const missing = j.vertices.filter((v) => !target[v.id]).map((v) => v.id);
    if (missing.length > 0) {
      throw new HttpError(400, [`The request is incomplete, missing job vertices [${missing.join(", ")}].`]);
    }
    const known = new Set(j.vertices.map((v) => v.id));
    const unknown = Object.keys(target).filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new HttpError(400, [
        `The request is invalid, job vertices [${unknown.join(", ")}] do not exist.`
      ]);
    for (const v of j.vertices) {
      const { lowerBound: lo, upperBound: hi } = target[v.id];
      if (lo !== -1 && lo < 1 || hi !== -1 && hi < 1) {
        throw new HttpError(400, [
          `The parallelism bounds of vertex ${v.id} must be positive or -1 (default).`
        ]);
      }
      if (lo !== -1 && hi !== -1 && lo > hi) {
        throw new HttpError(400, [
          `The lower bound (${lo}) of vertex ${v.id} must not exceed its upper bound (${hi}).`
        ]);
      }
      if (hi > v.maxParallelism) {
        throw new HttpError(400, [
          `The upper bound (${hi}) of vertex ${v.id} must not exceed its max parallelism (${v.maxParallelism}).`
        ]);
      }
    }
    if (j.rescaling) {
      throw new HttpError(409, [
        `Another update to the job [${j.jid}] resource requirements is in progress.`
      ]);
    }
    if (isTerminal(j.state)) throw notFound2(j.jid);
    cluster.rescale(j, target);
    return ok({});
  });
});
var parseRequirements = (function parseRequirements(body) {
  const bad = () => new HttpError(400, ["Request did not conform to expected format."]);
  if (!body || typeof body !== "object" || Array.isArray(body)) throw bad();
  const out = {};
  for (const [id, v] of Object.entries(body)) {
    const p = v?.parallelism;
    if (!p || !Number.isInteger(p.lowerBound) || !Number.isInteger(p.upperBound)) throw bad();
    out[id] = { lowerBound: p.lowerBound, upperBound: p.upperBound };
  }
  return out;
});

// src/sim/jobmanager-views.ts
var EXECUTION_STATES = [
  "CREATED",
  "SCHEDULED",
  "DEPLOYING",
  "RUNNING",
  "FINISHED",
  "CANCELING",
  "CANCELED",
  "FAILED",
  "RECONCILING",
  "INITIALIZING"
];
var taskState = (function taskState(job) {
  switch (job.state) {
    case "RUNNING":
      return job.unscheduled ? "CREATED" : job.restoring ? "INITIALIZING" : "RUNNING";
    case "FINISHED":
      return "FINISHED";
    case "CANCELED":
    case "CANCELLING":
      return job.state === "CANCELED" ? "CANCELED" : "CANCELING";
    case "FAILED":
      return "FAILED";
    case "CREATED":
    case "INITIALIZING":
    case "RESTARTING":
      return "CREATED";
    default:
      return "SCHEDULED";
  }
});
var taskCounts = (function taskCounts(job, total) {
  const out = {};
  for (const s of EXECUTION_STATES) out[s] = 0;
  out[taskState(job)] = total;
  return out;
});
var duration = (function duration(job, now) {
  return (job.endTime >= 0 ? job.endTime : now) - job.startTime;
});
var overviewEntry = (function overviewEntry(job, f, now) {
  const total = job.vertices.length;
  const counts = taskCounts(job, total);
  const tasks = { total };
  for (const [k, v] of Object.entries(counts)) tasks[k.toLowerCase()] = v;
  const out = {
    jid: job.jid,
    name: job.name,
    state: job.state,
    "start-time": job.startTime,
    "end-time": job.endTime,
    duration: duration(job, now),
    "last-modification": job.lastModification,
    tasks
  };
  if (f.pendingOperators) out["pending-operators"] = 0;
  if (f.overviewJobType) {
    out.jobType = isBatch(job) ? "BATCH" : "STREAMING";
    out.schedulerType = schedulerType(job);
  }
  return out;
});
var schedulerType = (function schedulerType(job) {
  return isBatch(job) ? "AdaptiveBatch" : job.adaptive ? "Adaptive" : "Default";
});
var SLOT_SHARING_GROUP = "a".repeat(32);
var vertexTasks = (function vertexTasks(job, v) {
  const p = runningParallelism(job, v);
  if (job.state === "RUNNING" && isBatch(job) && !v.name.startsWith("Source: ")) {
    const tasks = taskCounts(job, 0);
    tasks.RUNNING = 0;
    tasks.CREATED = p;
    return { status: "CREATED", tasks };
  }
  const held = job.slots ?? 0;
  if (job.state === "RUNNING" && job.unscheduled && held > 0) {
    const tasks = taskCounts(job, 0);
    tasks.RUNNING = Math.min(p, held);
    tasks.SCHEDULED = p - tasks.RUNNING;
    return { status: "RUNNING", tasks };
  }
  return { status: taskState(job), tasks: taskCounts(job, p) };
});
var jobDetails = (function jobDetails(job, f, now) {
  const running = job.state === "RUNNING" || job.state === "FINISHED" || job.state === "CANCELED";
  const timestamps = {};
  for (const s of JOB_STATUSES) timestamps[s] = job.timestamps[s] ?? 0;
  const vertices = job.vertices.map((v) => ({
    id: v.id,
    name: v.name,
    maxParallelism: v.maxParallelism,
    parallelism: runningParallelism(job, v),
    ...vertexTasks(job, v),
    "start-time": running && job.deployedAt !== void 0 ? job.deployedAt : -1,
    "end-time": job.endTime,
    duration: running ? duration(job, now) : -1,
    ...f.slotSharingGroupInDetails ? { slotSharingGroupId: SLOT_SHARING_GROUP } : {},
    metrics: {
      "read-bytes": 0,
      "read-bytes-complete": true,
      "write-bytes": 0,
      "write-bytes-complete": true,
      "read-records": 0,
      "read-records-complete": true,
      "write-records": 0,
      "write-records-complete": true,
      "accumulated-backpressured-time": 0,
      "accumulated-idle-time": 0,
      "accumulated-busy-time": 0
    }
  }));
  const nodes = job.vertices.map((v, i) => {
    const node = {
      id: v.id,
      parallelism: runningParallelism(job, v),
      operator: "",
      operator_strategy: "",
      description: v.name,
      optimizer_properties: {}
    };
    const calc = job.vertices.findIndex((x) => !x.name.startsWith("Source:"));
    const from = v.name.startsWith("Source:") ? [] : i === calc ? job.vertices.slice(0, calc) : [job.vertices[calc]];
    if (from.length)
      node.inputs = from.map((x, num) => ({
        num,
        id: x.id,
        ship_strategy: "FORWARD",
        exchange: "pipelined_bounded"
      }));
    return node;
  });
  const out = {
    jid: job.jid,
    name: job.name,
    isStoppable: false,
    state: job.state,
    "start-time": job.startTime,
    "end-time": job.endTime,
    duration: duration(job, now),
    maxParallelism: job.maxParallelism,
    now,
    timestamps,
    vertices,
    "status-counts": taskCounts(job, job.vertices.length),
    plan: { jid: job.jid, name: job.name, type: isBatch(job) ? "BATCH" : "STREAMING", nodes }
  };
  if (f.jobTypeInDetails) out["job-type"] = isBatch(job) ? "BATCH" : "STREAMING";
  if (f.pendingOperators) out["pending-operators"] = 0;
  if (f.schedulerTypeInDetails) out.schedulerType = schedulerType(job);
  if (f.overviewJobType) out["application-id"] = job.jid;
  return out;
});
var jobConfig = (function jobConfig(job, f) {
  const exec = {
    "restart-strategy": "Cluster level default restart strategy",
    // What the job was submitted with: an in-place rescale (adaptive scheduler) changes the
    // vertices and their resource requirements, never the job's ExecutionConfig.
    "job-parallelism": parallelismOf(job.config),
    "object-reuse-mode": job.config["pipeline.object-reuse"] === "true",
    "user-config": maskMap(job.userConfig)
  };
  if (f.executionMode) exec["execution-mode"] = "PIPELINED";
  return { jid: job.jid, name: job.name, "execution-config": exec };
});
var checkpointStats = (function checkpointStats(job, c, f) {
  const className = c.status === "COMPLETED" ? "completed" : c.status === "FAILED" ? "failed" : "in_progress";
  const n = job.vertices.reduce((a, v) => a + v.parallelism, 0);
  const out = {
    className,
    id: c.id,
    status: c.status,
    is_savepoint: c.isSavepoint,
    trigger_timestamp: c.triggerTimestamp,
    latest_ack_timestamp: c.latestAck,
    checkpointed_size: job.stateSizeBytes ?? 1024,
    state_size: job.stateSizeBytes ?? 1024,
    end_to_end_duration: c.latestAck - c.triggerTimestamp,
    alignment_buffered: 0,
    processed_data: 0,
    persisted_data: 0,
    num_subtasks: n,
    num_acknowledged_subtasks: c.status === "COMPLETED" ? n : 0,
    checkpoint_type: c.type,
    tasks: {}
  };
  if (f.savepointFormat) out.savepointFormat = c.isSavepoint ? c.format ?? "CANONICAL" : null;
  if (className === "completed") {
    out.external_path = c.externalPath;
    out.discarded = c.discarded === true;
  }
  if (className === "failed") {
    out.failure_timestamp = c.latestAck;
    out.failure_message = c.failureMessage ?? "Checkpoint failed.";
  }
  return out;
});
var SUMMARY = { min: 0, max: 0, avg: 0, p50: 0, p90: 0, p95: 0, p99: 0, p999: 0 };
var externalization = (function externalization(r) {
  return r === "NO_EXTERNALIZED_CHECKPOINTS" ? { enabled: false, delete_on_cancellation: true } : { enabled: true, delete_on_cancellation: r === "DELETE_ON_CANCELLATION" };
});
var stateBackendClass = (function stateBackendClass(job, cluster = {}) {
  const pick = (c) => c["state.backend.type"] ?? c["state.backend"];
  const name = (pick(job.config) ?? pick(cluster) ?? "hashmap").trim().toLowerCase();
  if (name.includes("rocksdb")) return "EmbeddedRocksDBStateBackend";
  if (name.includes("forst")) return "ForStStateBackend";
  return "HashMapStateBackend";
});
var checkpointConfig = (function checkpointConfig(job, cluster = {}) {
  return {
    mode: "exactly_once",
    interval: job.checkpointIntervalMs ?? 2 ** 63,
    timeout: 6e5,
    min_pause: minPause(job, cluster),
    max_concurrent: 1,
    externalization: externalization(checkpointRetention(job.config)),
    state_backend: stateBackendClass(job, cluster),
    checkpoint_storage: "FileSystemCheckpointStorage",
    unaligned_checkpoints: false,
    tolerable_failed_checkpoints: 0,
    aligned_checkpoint_timeout: 0,
    checkpoints_after_tasks_finish: true,
    ...changelog(job, cluster)
  };
});
var minPause = (function minPause(job, cluster) {
  const key = "execution.checkpointing.min-pause";
  return parseDuration(job.config[key] ?? cluster[key]) ?? 0;
});
var MATERIALIZE_MS = 6e5;
var changelog = (function changelog(job, cluster) {
  const pick = (k) => job.config[k] ?? cluster[k];
  const interval = parseDuration(pick("state.changelog.periodic-materialize.interval"));
  return {
    state_changelog_enabled: pick("state.changelog.enabled")?.trim().toLowerCase() === "true",
    changelog_periodic_materialization_interval: interval ?? MATERIALIZE_MS,
    changelog_storage: cluster["state.changelog.storage"]?.trim().toLowerCase() || "memory"
  };
});
var jobManagerConfig = (function jobManagerConfig(cluster, base) {
  return Object.entries({ ...base, ...cluster }).map(([key, value]) => ({ key, value }));
});
var checkpoints = (function checkpoints(job, f, now = 0, cacheMs = 0) {
  const cached = job.statsSnapshot;
  const snap = cached && now - cached.at < cacheMs ? cached : statsSnapshot(job, now);
  if (cacheMs > 0) job.statsSnapshot = snap;
  const { counts, sparse } = snap;
  const stats = (c) => c && !sparse ? checkpointStats(job, c, f) : null;
  return {
    counts: {
      restored: sparse ? 0 : counts.restored,
      total: sparse ? 0 : counts.completed + counts.failed + counts.inProgress,
      in_progress: sparse ? 0 : counts.inProgress,
      completed: sparse ? 0 : counts.completed,
      failed: sparse ? 0 : counts.failed
    },
    summary: {
      checkpointed_size: SUMMARY,
      state_size: SUMMARY,
      end_to_end_duration: SUMMARY,
      ...f.checkpointDataSummary ? { alignment_buffered: SUMMARY, processed_data: SUMMARY, persisted_data: SUMMARY } : {}
    },
    latest: {
      completed: stats(snap.latestCompleted),
      savepoint: stats(snap.latestSavepoint),
      failed: stats(snap.latestFailed),
      restored: snap.restored && !sparse ? {
        id: snap.restored.id,
        restore_timestamp: snap.restored.restoreTimestamp,
        is_savepoint: snap.restored.isSavepoint,
        external_path: snap.restored.externalPath
      } : null
    },
    history: sparse ? [] : snap.history.map((c) => checkpointStats(job, c, f))
  };
});
var statsSnapshot = (function statsSnapshot(job, now) {
  return {
    at: now,
    sparse: job.adaptive && job.state === "CREATED",
    counts: { ...job.counts },
    ...job.latestCompleted ? { latestCompleted: job.latestCompleted } : {},
    ...job.latestSavepoint ? { latestSavepoint: job.latestSavepoint } : {},
    ...job.latestFailed ? { latestFailed: job.latestFailed } : {},
    ...job.restored ? { restored: { ...job.restored } } : {},
    history: [...job.history]
  };
});
var BACKPRESSURE_RATIO = { ok: 0.05, low: 0.3, high: 0.8 };
var backpressure = (function backpressure(job, now) {
  const level = job.backpressure ?? "ok";
  const ratio = BACKPRESSURE_RATIO[level];
  return {
    status: "ok",
    "backpressure-level": level,
    backpressureLevel: level,
    "end-timestamp": now,
    subtasks: Array.from({ length: job.parallelism }, (_, subtask) => ({
      subtask,
      "backpressure-level": level,
      backpressureLevel: level,
      ratio,
      idleRatio: Math.max(0, 1 - ratio),
      busyRatio: "NaN"
    }))
  };
});
function exceptions(job, f, maxExceptions) {
  const entries = job.exceptions.slice(0, maxExceptions).map((e) => {
    const out2 = {
      exceptionName: e.exceptionName,
      stacktrace: e.stacktrace,
      timestamp: e.timestamp,
      concurrentExceptions: []
    };
    if (e.taskName) out2.taskName = e.taskName;
    if (f.failureLabels) out2.failureLabels = {};
    return out2;
  });
  const truncated = job.exceptions.length > maxExceptions;
  const out = { exceptionHistory: { entries, truncated } };
  if (f.legacyExceptions) {
    const root = job.exceptions[0];
    out["root-exception"] = root ? root.stacktrace : null;
    out.timestamp = root ? root.timestamp : null;
    out["all-exceptions"] = [];
    out.truncated = false;
  }
  return out;
}
var asyncResult = (function asyncResult(op) {
  if (op.status === "IN_PROGRESS") return { status: { id: "IN_PROGRESS" }, operation: null };
  const failure = op.failure ? {
    class: op.failure.className,
    "stack-trace": stackTrace(op.failure.className, op.failure.message, op.failure.cause),
    "serialized-throwable": Buffer.from(`${op.failure.className}: ${op.failure.message}`).toString(
      "base64"
    )
  } : void 0;
  let operation;
  if (op.kind === "checkpoint")
    operation = failure ? { failureCause: failure } : { checkpointId: op.checkpointId };
  else if (op.kind === "disposal") operation = failure ? { "failure-cause": failure } : {};
  else operation = failure ? { "failure-cause": failure } : { location: op.location };
  return { status: { id: "COMPLETED" }, operation };
});

// src/sim/jobmanager-savepoints.ts
var trigger = (function trigger(fn) {
  try {
    return ok({ "request-id": fn().triggerId }, 202);
  } catch (e) {
    if (e instanceof TriggerError) throw new HttpError(e.status, [e.message]);
    throw e;
  }
});
var addSnapshotRoutes = (function addSnapshotRoutes({ r, d, job }) {
  const { ops, features: f, cluster } = d;
  const knownJob = (req) => cluster.get(req.params.jobid) || !JOB_ID.test(req.params.jobid) ? job(req) : void 0;
  const lenient = f.lenientBodies;
  r.add("POST", "/jobs/:jobid/savepoints", (req) => {
    const b = checkBody(
      req.body,
      { "target-directory": "string", "cancel-job": "boolean", formatType: "string", triggerId: "string" },
      lenient
    );
    const j = knownJob(req);
    if (!j)
      return trigger(
        () => ops.triggerForMissingJob(req.params.jobid, { triggerId: triggerIdOf(b.triggerId) })
      );
    return trigger(
      () => ops.triggerSavepoint(j, {
        triggerId: triggerIdOf(b.triggerId),
        targetDirectory: b["target-directory"],
        cancelJob: b["cancel-job"] === true,
        ...typeof b.formatType === "string" ? { formatType: b.formatType } : {}
      })
    );
  });
  r.add("POST", "/jobs/:jobid/stop", (req) => {
    const b = checkBody(
      req.body,
      { targetDirectory: "string", drain: "boolean", formatType: "string", triggerId: "string" },
      lenient
    );
    const j = knownJob(req);
    if (!j) {
      return trigger(
        () => ops.triggerForMissingJob(req.params.jobid, { triggerId: triggerIdOf(b.triggerId), stop: true })
      );
    }
    return trigger(
      () => ops.triggerSavepoint(j, {
        triggerId: triggerIdOf(b.triggerId),
        targetDirectory: b.targetDirectory,
        stop: true,
        drain: b.drain === true,
        ...typeof b.formatType === "string" ? { formatType: b.formatType } : {}
      })
    );
  });
  const savepointStatus = (req) => {
    const jid = req.params.jobid;
    const tid = req.params.triggerid;
    const op = ops.get(jid, tid);
    if (!op || op.kind === "checkpoint") {
      throw new HttpError(404, [`There is no savepoint operation with triggerId=${tid} for job ${jid}.`]);
    }
    return ok(asyncResult(op));
  };
  r.add("GET", "/jobs/:jobid/savepoints/:triggerid", savepointStatus);
  if (f.manualCheckpoint) {
    r.add("POST", "/jobs/:jobid/checkpoints", (req) => {
      const j = job(req);
      const b = checkBody(req.body, { checkpointType: "string", triggerId: "string" }, lenient);
      return trigger(() => ops.triggerCheckpoint(j, triggerIdOf(b.triggerId)));
    });
    r.add("GET", "/jobs/:jobid/checkpoints/:triggerid", (req) => {
      const jid = req.params.jobid;
      const tid = req.params.triggerid;
      const op = ops.get(jid, tid);
      if (op?.kind !== "checkpoint") {
        throw new HttpError(404, [`There is no checkpoint operation with triggerId=${tid} for job ${jid}.`]);
      }
      return ok(asyncResult(op));
    });
  }
  r.add("POST", "/savepoint-disposal", (req) => {
    const b = checkBody(req.body, { "savepoint-path": "string" }, lenient);
    const path = b["savepoint-path"];
    if (typeof path !== "string" || path === "")
      throw new HttpError(400, ["Request did not conform to expected format."]);
    return ok({ "request-id": ops.triggerDisposal(path).triggerId });
  });
  r.add("GET", "/savepoint-disposal/:triggerid", (req) => {
    const tid = req.params.triggerid;
    const op = ops.get(void 0, tid, true);
    if (!op) throw new HttpError(404, [`There is no savepoint disposal operation with triggerId=${tid}.`]);
    return ok(asyncResult(op));
  });
});

// src/sim/jobmanager.ts
var jobManagerRouter = (function jobManagerRouter(d) {
  const { cluster, features: f } = d;
  const r = new Router();
  const job = jobLookup(cluster);
  r.add(
    "GET",
    "/config",
    () => ok({
      "refresh-interval": 3e3,
      "timezone-name": "Coordinated Universal Time",
      "timezone-offset": 0,
      "flink-version": f.full,
      "flink-revision": `simulated @ ${f.full}`,
      features: f.resourceRequirements ? { "web-submit": true, "web-cancel": true, "web-rescale": cluster.adaptive, "web-history": false } : { "web-submit": true, "web-cancel": true, "web-history": false }
    })
  );
  r.add(
    "GET",
    "/jobmanager/config",
    () => ok(
      jobManagerConfig(cluster.clusterConfig, {
        "jobmanager.rpc.address": "127.0.0.1",
        "jobmanager.memory.process.size": "1024m",
        "taskmanager.memory.process.size": "1536m",
        "taskmanager.numberOfTaskSlots": String(cluster.slotsPerTaskManager),
        "parallelism.default": "1",
        "jobmanager.scheduler": cluster.adaptive ? "adaptive" : "default"
      })
    )
  );
  r.add("GET", "/overview", () => {
    const counts = { running: 0, finished: 0, cancelled: 0, failed: 0 };
    for (const j of cluster.jobs.values()) {
      if (j.state === "FINISHED") counts.finished++;
      else if (j.state === "CANCELED") counts.cancelled++;
      else if (j.state === "FAILED") counts.failed++;
      else counts.running++;
    }
    return ok({
      taskmanagers: cluster.taskManagers,
      "slots-total": cluster.slotsTotal,
      "slots-available": cluster.slotsAvailable,
      "jobs-running": counts.running,
      "jobs-finished": counts.finished,
      "jobs-cancelled": counts.cancelled,
      "jobs-failed": counts.failed,
      "flink-version": f.full,
      "flink-commit": "simulated"
    });
  });
  r.add("GET", "/taskmanagers", () => {
    const heap = cluster.taskHeapBytes;
    const taskmanagers = Array.from({ length: cluster.taskManagers }, (_, i) => ({
      id: `127.0.0.1:${4e4 + i}-sim${i}`,
      path: `pekko.tcp://flink@127.0.0.1:${4e4 + i}/user/rpc/taskmanager_${i}`,
      dataPort: 41e3 + i,
      jmxPort: -1,
      timeSinceLastHeartbeat: cluster.now(),
      slotsNumber: cluster.slotsPerTaskManager,
      freeSlots: i === 0 ? Math.min(cluster.slotsPerTaskManager, cluster.slotsAvailable) : cluster.slotsPerTaskManager,
      totalResource: {
        cpuCores: cluster.slotsPerTaskManager,
        taskHeapMemory: Math.floor(heap / 2 ** 20),
        taskOffHeapMemory: 0,
        managedMemory: 217,
        networkMemory: 108,
        extendedResources: {}
      },
      memoryConfiguration: {
        frameworkHeap: 134217728,
        taskHeap: heap,
        frameworkOffHeap: 134217728,
        taskOffHeap: 0,
        networkMemory: 114085070,
        managedMemory: 228170141,
        jvmMetaspace: 268435456,
        jvmOverhead: 201326592,
        totalFlinkMemory: 1140850688,
        totalProcessMemory: 1610612736
      }
    }));
    return ok({ taskmanagers });
  });
  r.add("GET", "/jobs/overview", () => {
    const now = cluster.now();
    const jobs = [];
    for (const j of cluster.jobs.values()) jobs.push(overviewEntry(j, f, now));
    return ok({ jobs });
  });
  r.add("GET", "/jobs", () => {
    const jobs = [];
    for (const j of cluster.jobs.values()) jobs.push({ id: j.jid, status: j.state });
    return ok({ jobs });
  });
  r.add("GET", "/jobs/:jobid", (req) => ok(jobDetails(job(req), f, cluster.now())));
  r.add("PATCH", "/jobs/:jobid", (req) => {
    const j = job(req);
    const mode = (req.query.get("mode") ?? "cancel").toLowerCase();
    if (mode !== "cancel") {
      throw new HttpError(400, [
        `Bad request, could not parse parameters: Invalid value '${mode}' for query parameter mode.`
      ]);
    }
    if (j.state === "CANCELED") return ok({}, 202);
    if (isTerminal(j.state)) {
      throw new HttpError(409, [
        `org.apache.flink.runtime.rest.handler.RestHandlerException: Job cancellation failed because the job has already reached another terminal state (${j.state}).`
      ]);
    }
    if (j.state !== "CANCELLING") cluster.cancel(j);
    return ok({}, 202);
  });
  r.add("GET", "/jobs/:jobid/status", (req) => ok({ status: job(req).state }));
  r.add("GET", "/jobs/:jobid/config", (req) => ok(jobConfig(job(req), f)));
  const checkpointed = (j) => {
    if (isBatch(j))
      throw new HttpError(404, [
        "org.apache.flink.runtime.rest.handler.RestHandlerException: Checkpointing has not been enabled."
      ]);
    return j;
  };
  r.add(
    "GET",
    "/jobs/:jobid/checkpoints",
    (req) => ok(checkpoints(checkpointed(job(req)), f, cluster.now(), cluster.timing.checkpointStatsCacheMs))
  );
  r.add("GET", "/jobs/:jobid/checkpoints/config", (req) => {
    const j = job(req);
    if (isBatch(j))
      throw new HttpError(404, [
        `org.apache.flink.runtime.rest.handler.RestHandlerException: Checkpointing is not enabled for this job (${j.jid}).`
      ]);
    return ok(checkpointConfig(j, cluster.clusterConfig));
  });
  r.add("GET", "/jobs/:jobid/vertices/:vertexid/backpressure", (req) => {
    const j = job(req);
    const vid = req.params.vertexid;
    if (!j.vertices.some((v) => v.id === vid)) throw new HttpError(404, [`Job vertex ${vid} not found.`]);
    return ok(backpressure(j, cluster.now()));
  });
  r.add("GET", "/jobs/:jobid/vertices/:vertexid/subtasks/metrics", (req) => {
    const vid = req.params.vertexid;
    const out = subtaskMetrics(job(req), vid, req.query, cluster.now());
    if (!out) throw new HttpError(404, [`Job vertex ${vid} not found.`]);
    return ok(out);
  });
  r.add("GET", "/jobs/:jobid/exceptions", (req) => {
    const j = job(req);
    const raw = req.query.get("maxExceptions");
    const max = raw === null ? 20 : Number(raw);
    if (!Number.isInteger(max) || max < 0) {
      throw new HttpError(400, [
        `Bad request, could not parse parameters: Cannot parse value '${raw}' for query parameter maxExceptions.`
      ]);
    }
    return ok(exceptions(j, f, max));
  });
  const routes = { r, d, job };
  addSnapshotRoutes(routes);
  if (f.resourceRequirements) addRescaleRoutes(routes);
  r.add("GET", "/jobmanager/logs", () => {
    const size = d.log().reduce((a, l) => a + l.length + 1, 0);
    return ok({ logs: [{ name: "jobmanager.log", size, mtime: cluster.now() }] });
  });
  r.add("GET", "/jobmanager/log", () => ({ status: 200, text: `${d.log().join("\n")}
` }));
  r.add("GET", "/jobmanager/logs/:filename", (req) => {
    if (req.params.filename !== "jobmanager.log") {
      throw new HttpError(404, [`Can not find file ${req.params.filename}`]);
    }
    return { status: 200, text: `${d.log().join("\n")}
` };
  });
  return r;
});

// src/sim/shared-savepoints.ts
var localFolder = (function localFolder(uri) {
  const m = /^file:(?:\/\/)?(\/.*)$/.exec(uri.trim());
  return m ? m[1].replace(/\/+$/, "") || "/" : void 0;
});
var SharedSavepoints = class extends Map {
  constructor(folder) {
    super();
    this.folder = folder;
  }
  folder;
  /** The `_metadata` file of a savepoint path under the shared folder, else undefined. */
  metadataOf(path) {
    const local = localFolder(path);
    return local?.startsWith(`${this.folder}/`) ? join(local, "_metadata") : void 0;
  }
  set(path, record) {
    super.set(path, record);
    const file = record.kind === "savepoint" ? this.metadataOf(path) : void 0;
    if (file === void 0) return this;
    if (record.disposed) rmSync(join(file, ".."), { recursive: true, force: true });
    else {
      mkdirSync(join(file, ".."), { recursive: true });
      writeFileSync(file, `${JSON.stringify(record)}
`);
    }
    return this;
  }
  get(path) {
    const known = super.get(path);
    if (known !== void 0) return known;
    const file = this.metadataOf(path);
    if (file === void 0) return void 0;
    try {
      const record = JSON.parse(readFileSync(file, "utf8"));
      super.set(path, record);
      return record;
    } catch {
      return void 0;
    }
  }
};

// src/sim/timing.ts
var DEFAULT_TIMING = {
  startMs: 1e3,
  savepointMs: 500,
  cancelMs: 100,
  disposeMs: 100,
  restartLoopMs: 2e3,
  jobStoreExpirationMs: 36e5,
  asyncStoreMs: 3e5,
  sessionIdleTimeoutMs: 6e5,
  resourceWaitMs: 3e5,
  checkpointStatsCacheMs: 0
};

// src/sim/options.ts
var newSimStorage = (function newSimStorage() {
  return { planFiles: /* @__PURE__ */ new Map(), savepoints: /* @__PURE__ */ new Map() };
});

// src/sim/index.ts
var DEFAULT_TASK_HEAP = 530160021;
var count = (function count(n, fallback, name) {
  if (n === void 0) return fallback;
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${n}`);
  return n;
});
var startSimulator = (async function startSimulator(options) {
  const version = options.flinkVersion;
  if (!isFlinkVersion(version)) throw new Error(`Unsupported Flink version ${String(version)} (1.16\u20132.3)`);
  const host = options.host ?? "127.0.0.1";
  if (host !== "127.0.0.1") throw new Error("The simulator binds to 127.0.0.1 only");
  const f = features(version);
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const rand = prng(options.randomSeed ?? 42);
  const netRand = prng((options.randomSeed ?? 42) ^ 24301);
  const external = typeof options.clock === "object" ? options.clock : void 0;
  const realTime = options.clock === "real";
  const scheduler = new Scheduler(
    external ?? (realTime ? { now: () => Date.now() } : void 0),
    options.startTimeMs ?? Date.UTC(2024, 0, 1)
  );
  const logLines = [];
  const log = (line) => {
    logLines.push(`${new Date(scheduler.now()).toISOString()} INFO  ${line}`);
    if (logLines.length > 2e3) logLines.shift();
  };
  let gatewayServer;
  let gatewayToggle = Promise.resolve();
  const setGatewayDown = (down) => {
    gatewayToggle = gatewayToggle.then(() => down ? gatewayServer?.suspend() : gatewayServer?.reopen());
    return gatewayToggle;
  };
  let cluster;
  const faults = new Faults({
    onJobFaultsChanged: () => cluster?.onJobFaultsChanged(),
    onGatewayDownChanged: (down) => void setGatewayDown(down),
    onTaskManagersChanged: (gone) => cluster?.onTaskManagersChanged(gone)
  });
  const shared = options.storage || !options.savepointsOnDisk || options.savepointDir == null ? void 0 : localFolder(options.savepointDir);
  cluster = new Cluster({
    version,
    ...options.storage ? { savepoints: options.storage.savepoints } : shared !== void 0 ? { savepoints: new SharedSavepoints(shared) } : {},
    timing,
    savepointDir: options.savepointDir === void 0 ? "file:/tmp/flinkops-sim/savepoints" : options.savepointDir,
    checkpointDir: options.checkpointDir ?? "file:/tmp/flinkops-sim/checkpoints",
    adaptiveScheduler: options.adaptiveScheduler ?? false,
    taskManagers: count(options.taskManagers, 1, "taskManagers"),
    slotsPerTaskManager: count(options.slotsPerTaskManager, 64, "slotsPerTaskManager"),
    clusterConfig: { ...options.clusterConfig },
    taskHeapBytes: options.taskHeapBytes ?? DEFAULT_TASK_HEAP,
    scheduler,
    faults,
    rand,
    log
  });
  const c = cluster;
  const ops = new Operations(c, faults, rand);
  const seedJob2 = (s) => seedJob(c, s);
  for (const j of options.seed?.jobs ?? []) seedJob2(j);
  const beforeRequest = () => scheduler.runDue();
  const jmRouter = jobManagerRouter({ cluster: c, ops, features: f, log: () => logLines });
  const jm = await startServer({
    host,
    port: options.port ?? 0,
    faults,
    rand: netRand,
    beforeRequest,
    versionPrefix: true,
    ...options.networkDelay ? { networkDelay: options.networkDelay } : {},
    handle: (req) => {
      if (req.apiVersion !== void 0 && req.apiVersion !== 1) return void 0;
      const m = jmRouter.match(req.method, req.path);
      if (!m || m === "method") return void 0;
      req.params = m.params;
      return m.handler(req);
    }
  });
  const gateway = new Gateway({
    env: {
      features: f,
      cluster: c,
      ops,
      shared: new Catalog(),
      planFiles: options.storage?.planFiles ?? /* @__PURE__ */ new Map(),
      execNodes: { next: 1 }
    },
    scheduler,
    timing,
    rand,
    defaults: {
      "execution.target": "remote",
      "rest.address": host,
      "rest.port": String(jm.port),
      "execution.runtime-mode": "streaming",
      "table.dml-sync": "false",
      "sql-gateway.session.idle-timeout": `${Math.round(timing.sessionIdleTimeoutMs / 6e4)} min`,
      ...options.gatewayConfig
    },
    productVersion: f.full
  });
  const gwRouter = gateway.router(f.gatewayApis, f.gatewayDefault, f.richFetch, f.lenientBodies);
  try {
    gatewayServer = await startServer({
      host,
      port: options.gatewayPort ?? 0,
      faults,
      rand: netRand,
      beforeRequest,
      versionPrefix: true,
      ...options.networkDelay ? { networkDelay: options.networkDelay } : {},
      handle: (req) => {
        const m = gwRouter.match(req.method, req.path);
        if (!m || m === "method") return void 0;
        req.params = m.params;
        return m.handler(req);
      }
    });
  } catch (e) {
    await jm.close();
    throw e;
  }
  const gw = gatewayServer;
  const ticker = realTime || external ? setInterval(() => scheduler.runDue(), 20) : void 0;
  ticker?.unref();
  const control = {
    flinkVersion: version,
    faults,
    advance: (ms) => scheduler.advance(ms),
    tick: () => scheduler.runDue(),
    now: () => scheduler.now(),
    jobManagerFailover: () => {
      log("JobManager failover: trigger results forgotten");
      ops.forgetAll();
    },
    seedJob: seedJob2,
    setBackpressure: (jid, level) => {
      const j = c.get(jid);
      if (!j) throw new Error(`no job ${jid}`);
      j.backpressure = level;
    },
    setStateSize: (jid, bytes) => {
      const j = c.get(jid);
      if (!j) throw new Error(`no job ${jid}`);
      j.stateSizeBytes = bytes;
    },
    setMetrics: (jid, shape) => {
      const j = c.get(jid);
      if (!j) throw new Error(`no job ${jid}`);
      j.metricShape = { ...j.metricShape, ...shape };
    },
    snapshot: () => snapshot(c, gateway, scheduler.now()),
    setGatewayDown: async (down) => {
      faults.set({ gatewayDown: down });
      await gatewayToggle;
    }
  };
  return {
    jobmanagerUrl: jm.url,
    gatewayUrl: gw.url,
    control,
    close: async () => {
      if (ticker) clearInterval(ticker);
      await gatewayToggle;
      await Promise.all([jm.close(), gw.close()]);
    }
  };
});
export {
  FLINK_VERSIONS,
  isFlinkVersion,
  newSimStorage,
  startSimulator
};
