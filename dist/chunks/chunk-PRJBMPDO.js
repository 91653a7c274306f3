import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  ACTION_KINDS,
  PLAN_FORMAT_VERSION
} from "./chunk-7T6IZUFN.js";
import {
  SETTING_EFFECTS,
  compileProject,
  connect,
  deployedSettings,
  resolveEndpoints
} from "./chunk-HYWSGFAC.js";
import {
  canonicalJson,
  fingerprint
} from "./chunk-G4HGQ3BL.js";
import {
  cronOf,
  resolveSecrets,
  resolveSecretsInValue
} from "./chunk-3HCZXITG.js";
import {
  analyzeScript,
  isOp,
  isWord,
  normalizeSql,
  quoteString,
  splitStatements
} from "./chunk-G56AZH45.js";
import {
  appendHistory,
  clearPending,
  lastRestorableSavepoint,
  markStable,
  recordSavepoint,
  setCurrent,
  setPending,
  setStatus
} from "./chunk-3ZXNEUIL.js";
import {
  StateConflictError,
  StateStoreError,
  lockState,
  readState
} from "./chunk-47USSM6H.js";
import {
  LABEL_KEYS,
  isIdentifier,
  pipelineName
} from "./chunk-KYWOACPM.js";
import {
  MASK,
  TERMINAL_JOB_STATES,
  atLeast,
  awaitSavepoint,
  describeTimeout,
  flinkDiagnostic,
  maskSecrets,
  newTriggerId,
  ok,
  parseFlinkVersion,
  poll,
  redactDeep
} from "./chunk-TEJPEQFS.js";
import {
  systemClock
} from "./chunk-GSLRF5EB.js";
import {
  error,
  hasErrors,
  sortDiagnostics,
  warning
} from "./chunk-OZ4GHFPU.js";

// src/plan/codes.ts
var PLAN_CODES = {
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
  unverified: "FO619"
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
  incompatibleUpgrade: "FO624"
};

// src/plan/query-features.ts
var AGGREGATES = /* @__PURE__ */ new Set([
  "COUNT",
  "SUM",
  "MIN",
  "MAX",
  "AVG",
  "COLLECT",
  "LISTAGG",
  "FIRST_VALUE",
  "LAST_VALUE",
  "STDDEV_POP",
  "STDDEV_SAMP",
  "VAR_POP",
  "VAR_SAMP",
  "ARRAY_AGG",
  "JSON_ARRAYAGG",
  "JSON_OBJECTAGG"
]);
var WINDOWS = /* @__PURE__ */ new Set(["TUMBLE", "HOP", "CUMULATE", "SESSION"]);
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
  return normalizeSql(src.slice(tokens[0].start, tokens[tokens.length - 1].end));
}
function closing(tokens, open) {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isOp(tokens[i], "(")) depth++;
    else if (isOp(tokens[i], ")")) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return tokens.length - 1;
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
    distinct: 0
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word") continue;
    const next = tokens[i + 1];
    if (t.value === "GROUP" && isWord(next, "BY")) {
      f.groupBy.push(tokenText(src, clause(tokens, i + 2)));
    } else if (t.value === "JOIN") {
      f.joins.push(describeJoin(src, tokens, i));
    } else if (WINDOWS.has(t.value) && isOp(next, "(")) {
      const end = closing(tokens, i + 1);
      f.windows.push(`${t.value}(${intervals(src, tokens.slice(i + 2, end)).join(", ")})`);
    } else if (t.value === "OVER" && (isOp(next, "(") || next?.kind === "word" || next?.kind === "quoted")) {
      f.over++;
    } else if (t.value === "ROW_NUMBER" && isOp(next, "(")) {
      f.rowNumber++;
    } else if (t.value === "MATCH_RECOGNIZE") {
      f.matchRecognize++;
    } else if (t.value === "DISTINCT") {
      f.distinct++;
    } else if (AGGREGATES.has(t.value) && isOp(next, "(")) {
      const end = closing(tokens, i + 1);
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
      i = closing(tokens, i);
      if (!target) target = "(subquery)";
      continue;
    }
    if (isWord(t, "FOR") && isWord(tokens[i + 1], "SYSTEM_TIME"))
      type = type === "INNER" ? "LOOKUP" : `${type} LOOKUP`;
    if (!target && (t.kind === "word" || t.kind === "quoted")) target = tokenText(src, [t]);
    if (isWord(t, "ON")) {
      on = tokenText(src, clause(tokens, i + 1));
      break;
    }
    if (isWord(t, "USING") && isOp(tokens[i + 1], "(")) {
      on = `USING ${tokenText(src, tokens.slice(i + 1, closing(tokens, i + 1) + 1))}`;
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
  const m = /* @__PURE__ */ new Map();
  const put = (k, n) => {
    if (n > 0) m.set(k, n);
  };
  put("aggregation (GROUP BY)", f.groupBy.length > 0 ? f.groupBy.length : f.aggregates > 0 ? 1 : 0);
  put("JOIN", f.joins.filter((j) => !j.endsWith("(stateless)")).length);
  put("window TVF", f.windows.length);
  put("OVER aggregation", f.over);
  put("ROW_NUMBER (deduplication / top-n)", f.rowNumber);
  put("MATCH_RECOGNIZE", f.matchRecognize);
  put("DISTINCT", f.distinct);
  return m;
}

// src/plan/script-shape.ts
function tokenKey(tokens) {
  return tokens.map((t) => `${t.kind}:${t.value}`).join("");
}
var unquote = (s) => s.replace(/^'(.*)'$/s, "$1");
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
function closing2(tokens, open) {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isOp(tokens[i], "(")) depth++;
    else if (isOp(tokens[i], ")") && --depth === 0) return i;
  }
  return tokens.length - 1;
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
  const shape = {
    sets: /* @__PURE__ */ new Map(),
    tables: /* @__PURE__ */ new Map(),
    views: /* @__PURE__ */ new Map(),
    functions: /* @__PURE__ */ new Map(),
    queries: /* @__PURE__ */ new Map(),
    other: [],
    broken: split.diags.some((d) => d.severity === "error")
  };
  const addQuery = (tokens, at) => {
    const j = skipWords(tokens, at + 1, ["INTO", "OVERWRITE", "TABLE"]);
    const [sink] = qualifiedName(tokens, j);
    let key = sink;
    for (let n = 2; shape.queries.has(key); n++) key = `${sink}#${n}`;
    shape.queries.set(key, { sink, src: script, tokens, text: tokenKey(tokens), reads: readsOf(tokens) });
  };
  for (const st of split.statements) {
    const tk = st.tokens;
    const w0 = tk[0]?.kind === "word" ? tk[0].value : "";
    if (w0 === "SET" || w0 === "RESET") {
      const key = tk[1] ? unquote(tokenText(script, [tk[1]])) : "";
      const eq = tk.findIndex((t) => isOp(t, "="));
      if (w0 === "RESET") shape.sets.delete(key);
      else if (key) shape.sets.set(key, eq >= 0 ? unquote(tokenText(script, tk.slice(eq + 1))) : "");
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
    if (w0 === "CREATE") {
      const k = skipWords(tk, 1, ["OR", "REPLACE", "TEMPORARY", "TEMPORARY", "SYSTEM"]);
      const what = tk[k]?.kind === "word" ? tk[k].value : "";
      const [name, after] = qualifiedName(tk, skipWords(tk, k + 1, ["IF", "NOT", "EXISTS"]));
      if (what === "TABLE") {
        shape.tables.set(name, tableShape(script, tk.slice(after)));
        continue;
      }
      if (what === "VIEW") {
        const as = tk.findIndex((t, i) => i >= after && isWord(t, "AS"));
        const q = tk.slice(as + 1);
        shape.views.set(name, { src: script, tokens: q, text: tokenKey(q) });
        continue;
      }
      if (what === "FUNCTION") {
        shape.functions.set(name, tokenText(script, tk.slice(after)));
        continue;
      }
    }
    shape.other.push(tokenText(script, tk));
  }
  return shape;
}
function tableShape(src, rest) {
  for (let i = 0; i < rest.length; i++) {
    if (isOp(rest[i], "(")) {
      i = closing2(rest, i);
      continue;
    }
    if (isWord(rest[i], "WITH") && isOp(rest[i + 1], "(")) {
      const end = closing2(rest, i + 1);
      return {
        schema: `${tokenText(src, rest.slice(0, i))} ${tokenText(src, rest.slice(end + 1))}`.trim(),
        options: tokenText(src, rest.slice(i + 2, end))
      };
    }
  }
  return { schema: tokenText(src, rest), options: "" };
}

// src/core/murmur3.ts
var MASK2 = (1n << 64n) - 1n;
var C1 = 0x87c37b91114253d5n;
var C2 = 0x4cf5ad432745937fn;
var rotl = (x, r) => (x << r | x >> 64n - r) & MASK2;
var mul = (a, b) => a * b & MASK2;
function fmix64(k) {
  let x = k;
  x ^= x >> 33n;
  x = mul(x, 0xff51afd7ed558ccdn);
  x ^= x >> 33n;
  x = mul(x, 0xc4ceb9fe1a85ec53n);
  x ^= x >> 33n;
  return x;
}
var mixK1 = (k) => mul(rotl(mul(k, C1), 31n), C2);
var mixK2 = (k) => mul(rotl(mul(k, C2), 33n), C1);
function readLong(bytes, at, len) {
  let v = 0n;
  for (let i = len - 1; i >= 0; i--) v = v << 8n | BigInt(bytes[at + i]);
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
    const at = blocks * 16;
    const k1 = readLong(bytes, at, Math.min(tail, 8));
    const k2 = tail > 8 ? readLong(bytes, at + 8, tail - 8) : 0n;
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
function parseExecutionPlan(explain) {
  const at = explain.indexOf("== Physical Execution Plan ==");
  const text = at >= 0 ? explain.slice(at + "== Physical Execution Plan ==".length) : explain;
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
}
function outputsOf(graph) {
  const out = /* @__PURE__ */ new Map();
  for (const n of graph.nodes) out.set(n.id, []);
  for (const n of [...graph.nodes].sort((a, b) => a.id - b.id)) {
    for (const e of n.inputs) out.get(e.from)?.push({ to: n.id, edge: e });
  }
  return out;
}
function chainable(edge, target, source, chaining) {
  return chaining && target.inputs.length === 1 && edge.ship === "FORWARD" && source.parallelism === target.parallelism;
}
function operatorIds(graph, opts = {}) {
  const chaining = opts.chaining ?? true;
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
    if (node.inputs.some((e) => !hashes.has(e.from))) {
      visited.delete(node.id);
      continue;
    }
    const position = hashes.size;
    const ints = [position];
    for (const o of outs.get(node.id) ?? []) {
      const target = byId.get(o.to);
      if (target && chainable(o.edge, target, node, chaining)) ints.push(position);
    }
    const hash = murmur3OfInts(ints);
    for (const e of node.inputs) {
      const other = hashes.get(e.from);
      for (let j = 0; j < hash.length; j++) hash[j] = (hash[j] * 37 ^ other[j]) & 255;
    }
    hashes.set(node.id, hash);
    for (const o of outs.get(node.id) ?? []) {
      if (visited.has(o.to)) continue;
      const child = byId.get(o.to);
      if (!child) continue;
      queue.push(child);
      visited.add(o.to);
    }
  }
  return new Map([...hashes].map(([id, h]) => [id, toHex(h)]));
}

// src/plan/state-verdict.ts
var KEYED = /* @__PURE__ */ new Set([
  "GroupAggregate",
  "GlobalGroupAggregate",
  "IncrementalGroupAggregate",
  "GroupWindowAggregate",
  "GlobalWindowAggregate",
  "WindowAggregate",
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
  "PythonGroupAggregate",
  "PythonGroupWindowAggregate",
  "PythonOverAggregate"
]);
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
var STATELESS_SOURCES = /* @__PURE__ */ new Set(["datagen", "values"]);
var STATELESS_SINKS = /* @__PURE__ */ new Set(["blackhole", "print", "jdbc", "elasticsearch-7", "values"]);
function baseName(n) {
  return n.type.replace(/\[\d+\]/g, "").trim();
}
function operatorKind(n) {
  const name = baseName(n);
  if (name.startsWith("Source: ")) {
    const m = /table=\[\[([^\]]*)\]\]/.exec(n.contents);
    const table = (m ? m[1].split(",").pop() : name.slice("Source: ".length)).trim();
    return { kind: "source", name, table };
  }
  const writer = /^(.*?): (Writer|Committer|Global Committer)$/.exec(name);
  if (writer) return { kind: "sink", name, table: writer[1] };
  if (name.startsWith("Sink: ")) return { kind: "sink", name, table: name.slice("Sink: ".length) };
  return { kind: "op", name };
}
var lastPart = (t) => (t.split(".").pop() ?? t).replace(/`/g, "").toLowerCase();
function holds(n, job) {
  const k = operatorKind(n);
  if (k.kind === "op") {
    const op = k.name.split("(")[0].trim();
    if (KEYED.has(op)) return "keyed";
    if (STATELESS.has(op)) return "none";
    return "unknown";
  }
  const facts = job.tables.get(lastPart(k.table ?? ""));
  const connector = facts?.options.connector;
  if (k.kind === "source") {
    if (connector === void 0) return "unknown";
    if (connector === "datagen") {
      const sequence = Object.entries(facts.options).some(
        ([key, v]) => /^fields\..+\.kind$/.test(key) && v.toLowerCase() === "sequence"
      );
      return sequence ? "operator" : "none";
    }
    return STATELESS_SOURCES.has(connector) ? "none" : "operator";
  }
  if (connector === void 0) return "unknown";
  return STATELESS_SINKS.has(connector) ? "none" : "operator";
}
function stateShape(n) {
  let s = n.contents.replace(/^\[\d+\]:/, "");
  s = s.replace(/\s+AS\s+[^,\])]+/g, "");
  s = s.replace(
    /,?\s*(?:window|windowBounds|emit|windowing|where|rankRange)=\[(?:[^[\]]|\[[^\]]*\])*\]/g,
    ""
  );
  return s.replace(/\s+/g, " ").trim();
}
function displayName(n) {
  const k = operatorKind(n);
  if (k.kind === "source") return `source ${k.table}`;
  if (k.kind === "sink") return `sink ${k.table}${/Committer/.test(k.name) ? " (committer)" : ""}`;
  const op = k.name.split("(")[0].trim();
  const key = /(?:groupBy|partitionBy|leftKeys|upsertKey|key|partitionKeys)=\[([^\]]*)\]/.exec(n.contents)?.[1] ?? /joinType=\[([^\]]*)\]/.exec(n.contents)?.[1];
  return key ? `${op} (${key.replace(/\$/g, "")})` : op;
}
function stateVerdict(input) {
  const oldIds = operatorIds(input.old.graph, { chaining: input.old.chaining });
  const newIds = operatorIds(input.next.graph, { chaining: input.next.chaining });
  const newById = /* @__PURE__ */ new Map();
  for (const n of input.next.graph.nodes) newById.set(newIds.get(n.id), n);
  const operators = [];
  const findings = [];
  let dropped = 0;
  let reshaped = 0;
  let unknown = 0;
  const retyped = retypedColumns(input.old, input.next);
  const ttlSwitch = ttlSwitched(input);
  for (const n of input.old.graph.nodes) {
    const state = holds(n, input.old);
    if (state === "none") continue;
    const id = oldIds.get(n.id);
    const name = displayName(n);
    const twin = newById.get(id);
    if (!twin) {
      if (state === "unknown") {
        unknown++;
        operators.push({ name, id, state: "unknown" });
        findings.push(`${name}: its operator id changes, and flinkops does not know whether it keeps state`);
        continue;
      }
      dropped++;
      operators.push({ name, id, state: "dropped" });
      findings.push(`${name}: its state is dropped (no operator of the new job has its id ${id})`);
      continue;
    }
    if (state === "keyed") {
      const a = stateShape(n);
      const b = stateShape(twin);
      const retype = retyped.filter((c) => new RegExp(`\\b${escapeRe(c)}\\b`, "i").test(a));
      const ttl = ttlSwitch !== void 0 && TTL_STATE.has(baseName(n).split("(")[0].trim());
      if (baseName(n) !== baseName(twin) || a !== b || retype.length > 0 || ttl) {
        reshaped++;
        operators.push({ name, id, state: "reshaped" });
        const why = baseName(n) !== baseName(twin) ? `becomes ${displayName(twin)}` : a !== b ? `${a} → ${b}` : retype.length > 0 ? `column${retype.length > 1 ? "s" : ""} ${retype.join(", ")} change type` : `${ttlSwitch}; before Flink 2.0 TTL state and plain state do not read each other`;
        findings.push(`${name}: its state changes shape (${why}); Flink cannot restore it`);
        continue;
      }
    }
    if (state === "unknown") {
      operators.push({ name, id, state: "kept" });
      continue;
    }
    operators.push({ name, id, state: "kept" });
    findings.push(`${name} keeps its state`);
  }
  for (const n of input.next.graph.nodes) {
    const state = holds(n, input.next);
    if (state === "none" || state === "unknown") continue;
    const id = newIds.get(n.id);
    if (operators.some((o) => o.id === id)) continue;
    operators.push({ name: displayName(n), id, state: "new" });
    findings.push(`${displayName(n)} starts with empty state`);
  }
  const mp = input.maxParallelism;
  const keyedKept = operators.some(
    (o) => o.state === "kept" && !o.name.startsWith("source") && !o.name.startsWith("sink")
  );
  if (mp && mp.from !== void 0 && mp.to !== void 0 && mp.from !== mp.to && keyedKept) {
    reshaped++;
    findings.push(
      `maxParallelism ${mp.from} → ${mp.to}: keyed state cannot be restored into other key groups`
    );
  }
  const verdict = reshaped > 0 ? "incompatible" : dropped > 0 ? "drops-state" : unknown > 0 ? "unknown" : "compatible";
  return {
    verdict,
    source: "flink",
    operators,
    findings,
    advice: adviceFor(verdict, input)
  };
}
var ttlOn = (c) => {
  const v = c?.["table.exec.state.ttl"]?.trim();
  return v !== void 0 && v !== "" && !/^0+\s*(?:ms|s|min|h|d|[a-z]*)?$/i.test(v);
};
function ttlSwitched(input) {
  const from = ttlOn(input.old.config);
  const to = ttlOn(input.next.config);
  if (from === to) return void 0;
  const major = Number((input.flinkVersion ?? "1").split(".")[0]);
  if (Number.isFinite(major) && major >= 2) return void 0;
  return `table.exec.state.ttl switched ${to ? "on" : "off"}`;
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function retypedColumns(a, b) {
  const out = /* @__PURE__ */ new Set();
  for (const [table, x] of a.tables) {
    const y = b.tables.get(table);
    if (!y) continue;
    for (const [col, type] of x.columns) {
      const t = y.columns.get(col);
      if (t !== void 0 && t !== type) out.add(col);
    }
  }
  return [...out];
}
function adviceFor(verdict, input) {
  if (verdict === "compatible") return [];
  const where = input.settingsFile ?? "the job settings";
  const out = [];
  if (verdict === "drops-state" || verdict === "unknown") {
    out.push(
      input.allowNonRestoredState ? "allowNonRestoredState is set: state that no longer matches an operator is dropped on restore" : `set allowNonRestoredState: true in ${where} to drop the state that no longer matches`
    );
  }
  out.push(`set upgradeMode: stateless in ${where} to start the new version without state`);
  if (!input.restoreFrom) out.push(`pin a savepoint with restoreFrom: <path> in ${where}`);
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
function compatibility(input) {
  if (input.strategy === "stateless") {
    return {
      verdict: "compatible",
      source: "estimate",
      findings: ["upgradeMode: stateless: the new job starts without state, nothing is restored"],
      advice: []
    };
  }
  const findings = [];
  if (input.oldScript === void 0) {
    findings.push({ level: "unknown", text: "the script the running job was started from is not known" });
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
function parallelismFinding(input, shape, out) {
  const p = input.parallelism;
  if (!p || p.from === void 0 || p.from === p.to) return;
  const pinned = [...shape.tables.values()].some((t) => /'(?:sink|scan)\.parallelism'/.test(t.options));
  if (pinned || shape.sets.has("table.exec.resource.default-parallelism")) {
    out.push({
      level: "incompatible",
      text: `parallelism ${p.from} → ${p.to} with operators pinned to their own parallelism: chaining, and so operator ids, change`
    });
  }
}
function maxParallelismFinding(input, out) {
  const mp = input.maxParallelism;
  if (!mp || mp.from === mp.to) return;
  const what = `maxParallelism ${mp.from ?? "(unset)"} → ${mp.to ?? "(unset)"}`;
  const shape = scriptShape(input.newScript);
  const keyed = shape.broken || [...shape.queries.values(), ...shape.views.values()].some(
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
  return adviceFor("unknown", input);
}
function keys(a, b) {
  return [.../* @__PURE__ */ new Set([...a.keys(), ...b.keys()])].sort();
}
function compareShapes(a, b, out) {
  for (const k of keys(a.sets, b.sets)) {
    const x = a.sets.get(k);
    const y = b.sets.get(k);
    if (x === y) continue;
    const what = `SET '${k}' ${x === void 0 ? "added" : y === void 0 ? "removed" : `changed: ${x} → ${y}`}`;
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
      const sink = (x ?? y).sink;
      out.push({ level: "incompatible", text: `sink ${x ? "removed" : "added"}: INSERT INTO ${sink}` });
      continue;
    }
    if (x.text === y.text) continue;
    const label = `INSERT INTO ${x.sink}`;
    for (const r of x.reads.filter((n) => !y.reads.includes(n))) {
      out.push({ level: "incompatible", text: `${label}: source ${r} removed` });
    }
    for (const r of y.reads.filter((n) => !x.reads.includes(n))) {
      out.push({ level: "incompatible", text: `${label}: source ${r} added` });
    }
    compareQueries(label, queryFeatures(x.src, x.tokens), queryFeatures(y.src, y.tokens), out);
  }
  const otherA = [...a.other].sort().join("\n");
  const otherB = [...b.other].sort().join("\n");
  if (otherA !== otherB)
    out.push({ level: "unknown", text: "other statements changed (catalog, USE, ADD JAR...)" });
}
function compareQueries(label, x, y, out) {
  const before = out.length;
  const opsA = statefulOperators(x);
  const opsB = statefulOperators(y);
  for (const op of keys(opsA, opsB)) {
    const n = opsA.get(op) ?? 0;
    const m = opsB.get(op) ?? 0;
    if (n === m) continue;
    const verb = n === 0 ? "added" : m === 0 ? "removed" : `${n} → ${m}`;
    out.push({ level: "incompatible", text: `${label}: stateful operator ${op} ${verb}` });
  }
  const list = (v) => v.length ? v.join("; ") : "(none)";
  if (x.groupBy.length && y.groupBy.length && list(x.groupBy) !== list(y.groupBy)) {
    out.push({
      level: "incompatible",
      text: `${label}: GROUP BY keys changed: ${list(x.groupBy)} → ${list(y.groupBy)}`
    });
  }
  if (x.joins.length && y.joins.length && list(x.joins) !== list(y.joins)) {
    out.push({
      level: "incompatible",
      text: `${label}: join type or keys changed: ${list(x.joins)} → ${list(y.joins)}`
    });
  }
  if (x.windows.length && y.windows.length && list(x.windows) !== list(y.windows)) {
    out.push({
      level: "unknown",
      text: `${label}: window changed: ${list(x.windows)} → ${list(y.windows)}`
    });
  }
  if (out.length === before) {
    out.push({
      level: "unknown",
      text: `${label}: query changed with the same stateful operators (operator ids follow the graph, which such edits usually keep; plan against the cluster to know)`
    });
  }
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
function settingCauses(deployed, job) {
  const before = deployed?.settings;
  if (!before) return [];
  const after = job.settings;
  const keys2 = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out = [];
  for (const key of keys2) {
    const effect = settingEffect(key);
    if (effect !== "upgrade" && effect !== "redeploy") continue;
    out.push(...valueCauses(key, before[key], after[key]));
  }
  return out;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
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
        to: x.schema !== y.schema ? "schema changed" : "options changed"
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
function specCauses(deployed, job) {
  const out = [];
  const old = deployed?.script;
  if (old !== void 0 && old !== job.script) {
    out.push({ kind: "script", path: job.sqlFile });
    out.push(...ddlCauses(old, job.script));
  }
  out.push(...settingCauses(deployed, job));
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
function describeCauses(causes) {
  const parts = [];
  const names = (kind) => causes.filter((c) => c.kind === kind).map((c) => c.path);
  if (causes.some((c) => c.kind === "script")) parts.push("compiled script changed");
  const tables = names("table");
  if (tables.length) parts.push(`${tables.length === 1 ? "table" : "tables"} ${tables.join(", ")} changed`);
  const udfs = names("udf");
  if (udfs.length) parts.push(`${udfs.length === 1 ? "UDF" : "UDFs"} ${udfs.join(", ")} changed`);
  const settings = names("setting");
  if (settings.length)
    parts.push(`${settings.length === 1 ? "setting" : "settings"} ${settings.join(", ")} changed`);
  return parts.join("; ");
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
  const m = b.length;
  if (n === 0 && m === 0) return [];
  const max = Math.min(n + m, MAX_EDITS);
  const offset = n + m;
  const v = new Int32Array(2 * (n + m) + 2);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x2;
      if (k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1]) x2 = v[offset + k + 1];
      else x2 = v[offset + k - 1] + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[offset + k] = x2;
      if (x2 >= n && y2 >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return replaceAll(a, b);
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const at = (k2) => vd[k2 + d];
    const k = x - y;
    let prevK;
    if (d === 0) prevK = 0;
    else if (k === -d || k !== d && at(k - 1) < at(k + 1)) prevK = k + 1;
    else prevK = k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
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
  return [`@@ -${range(oldStart, oldLen)} +${range(newStart, newLen)} @@`, ...body];
}
function range(start, len) {
  return len === 1 ? `${start}` : `${start},${len}`;
}

// src/plan/job-inputs.ts
var TERMINAL = /* @__PURE__ */ new Set(["FAILED", "CANCELED", "FINISHED"]);
function isAlive(j) {
  return !TERMINAL.has(j.state);
}
function suspendedDecision(name, pipelineName2, j) {
  return {
    change: {
      job: name,
      pipelineName: pipelineName2,
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
}
function fileRange(file) {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
function duplicateDecision(name, pipelineName2, alive) {
  const ids = alive.map((j) => `${j.jobId} (${j.state})`).join(", ");
  return {
    change: {
      job: name,
      pipelineName: pipelineName2,
      action: "none",
      reason: `runs ${alive.length} times on the cluster: left alone until one instance remains`,
      causes: [{ kind: "cluster", path: pipelineName2, to: `${alive.length} instances` }]
    },
    diags: [
      error(
        PLAN_CODES.duplicateJob,
        `Job ${name} runs ${alive.length} times on the cluster`,
        `Instances: ${ids}. A job running twice writes its sinks twice. Stop all but one (flinkops savepoint --stop, or the Flink UI), then plan again.`
      )
    ]
  };
}
function rescaleMode(ctx) {
  return ctx.adaptiveScheduler && atLeast(parseFlinkVersion(ctx.flinkVersion), 1, 18) ? "in-place" : "savepoint-restart";
}
function latestRestorePoint(live, record3) {
  const points = [];
  for (const j of live) {
    if (j.latestSavepoint) points.push({ ...j.latestSavepoint, what: "savepoint" });
    if (j.latestCheckpoint) points.push({ ...j.latestCheckpoint, what: "checkpoint" });
  }
  const sp = lastRestorableSavepoint(record3);
  if (sp) points.push({ path: sp.path, time: Date.parse(sp.time), what: "savepoint" });
  points.sort(
    (a, b) => b.time - a.time || (a.what < b.what ? 1 : a.what > b.what ? -1 : 0) || (a.path < b.path ? -1 : 1)
  );
  return points[0];
}
function specChange(j, strategy, withCompat, runsStoredScript = true) {
  const { job, current } = j;
  const changed = current?.specHash !== job.restartHash;
  if (!changed && runsStoredScript) return {};
  const causes = changed ? specCauses(current, job) : [];
  const sqlDiff = changed ? diffScripts(current?.script, job) : void 0;
  const oldScript = runsStoredScript ? current?.script : void 0;
  const deployed = runsStoredScript ? current?.settings : void 0;
  const mpOf = (v) => typeof v === "number" ? v : void 0;
  const maxParallelism = deployed ? {
    ...mpOf(deployed.maxParallelism) !== void 0 ? { from: mpOf(deployed.maxParallelism) } : {},
    ...job.settings.maxParallelism !== void 0 ? { to: job.settings.maxParallelism } : {}
  } : void 0;
  const common = {
    ...job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
    ...job.settings.restoreFrom ? { restoreFrom: job.settings.restoreFrom } : {},
    settingsFile: job.yamlFile ?? `jobs/${job.name}.yaml`,
    ...maxParallelism ? { maxParallelism } : {}
  };
  const explained = oldScript !== void 0 && strategy !== "stateless" ? j.ctx.explained?.get(job.name) : void 0;
  const compat = !withCompat ? void 0 : explained && "old" in explained ? stateVerdict({
    old: explained.old,
    next: explained.next,
    ...common,
    ...j.ctx.flinkVersion ? { flinkVersion: j.ctx.flinkVersion } : {}
  }) : withUnavailable(
    compatibility({
      ...oldScript !== void 0 ? { oldScript } : {},
      newScript: job.script,
      strategy,
      ...common,
      ...current ? { parallelism: { from: current.parallelism, to: j.to.parallelism } } : {}
    }),
    explained
  );
  if (compat && (compat.verdict === "incompatible" || compat.verdict === "drops-state" && !job.settings.allowNonRestoredState)) {
    j.diags.push(
      warning(
        PLAN_CODES.stateIncompatible,
        compat.verdict === "incompatible" ? `Upgrade of job ${job.name} will not restore its state` : `Upgrade of job ${job.name} drops state: its restore fails without allowNonRestoredState`,
        `${compat.findings.filter((f) => !/keeps its state|starts with empty state/.test(f)).join("; ")}. ${compat.advice.join("; ")}.`,
        changedStatement(job, oldScript) ?? fileRange(job.sqlFile)
      )
    );
  }
  return {
    ...causes.length ? { causes } : {},
    ...sqlDiff ? { sqlDiff } : {},
    ...compat ? { compatibility: compat } : {}
  };
}
function withUnavailable(c, explained) {
  if (!explained || !("unavailable" in explained) || c.verdict === "compatible") return c;
  return { ...c, findings: [...c.findings, `Flink's planner was not asked: ${explained.unavailable}`] };
}
function noRestorePoint(job, what) {
  return warning(
    PLAN_CODES.noRestorePoint,
    `No savepoint or checkpoint known for the ${what} of job ${job.name}`,
    "It starts without state. To start from a known savepoint, set restoreFrom: <path> in the job settings."
  );
}
function specHashOf(j) {
  const h = j.labels?.[LABEL_KEYS.specHash];
  return h !== void 0 ? { specHash: h } : {};
}
function effectiveParallelism(running, current) {
  if (current !== void 0 && current.jobId === running.jobId && current.parallelism !== running.parallelism && running.vertices.some((v) => v.upperBound === current.parallelism)) {
    return current.parallelism;
  }
  return running.parallelism;
}
function storeAsLive(job, jobId, specHash, parallelism) {
  return {
    jobId,
    name: job.pipelineName,
    state: "RUNNING",
    startTime: 0,
    parallelism,
    vertices: [],
    labels: { [LABEL_KEYS.specHash]: specHash },
    job: job.name
  };
}
function diffScripts(oldScript, job) {
  const name = `compiled/${job.name}.sql`;
  const d = unifiedDiff(oldScript ?? "", job.script, { oldName: name, newName: name });
  return d === "" ? void 0 : d;
}
function changedStatement(job, oldScript) {
  const ranges = job.statementRanges;
  if (!ranges?.length || oldScript === void 0) return void 0;
  const squash = (t) => t.replace(/\s+/g, " ").trim();
  const spans = splitStatements(job.script, job.sqlFile).statements;
  if (spans.length < ranges.length) return void 0;
  const old = new Set(splitStatements(oldScript, job.sqlFile).statements.map((s) => squash(s.text)));
  const own = spans.slice(spans.length - ranges.length);
  const i = own.findIndex((s) => !old.has(squash(s.text)));
  return i < 0 ? void 0 : ranges[i];
}

// src/plan/decide-running.ts
function decideRunning(j, observed) {
  const { job, current, run, ctx, diags, base, to } = j;
  const running = { ...observed, parallelism: effectiveParallelism(observed, current) };
  const from = { parallelism: running.parallelism, ...specHashOf(running) };
  const liveIds = ctx.observed ? { liveJobId: running.jobId, liveState: running.state } : { liveJobId: running.jobId };
  const adopted = current !== void 0 && current.jobId === running.jobId;
  const liveHash = running.labels?.[LABEL_KEYS.specHash] ?? (adopted ? current.specHash : void 0);
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
    const known = current?.script !== void 0;
    if (!known) {
      diags.push(
        warning(
          PLAN_CODES.adoptUnknownScript,
          `Job ${job.name} is adopted without knowing its script`,
          "It runs under the managed name but carries no flinkops labels, so what it runs cannot be compared with the repo. Adopting keeps it running; the next change upgrades it from a savepoint.",
          fileRange(job.sqlFile)
        )
      );
    }
    const sqlDiff = known ? diffScripts(current.script, job) : void 0;
    return {
      change: {
        ...base,
        action: "adopt",
        reason: known ? "runs without flinkops labels: taken over, not restarted" : "runs without flinkops labels: taken over, not restarted; the script it was started from cannot be known",
        causes: [{ kind: "cluster", path: "labels", to: "missing" }],
        ...liveIds,
        from,
        to,
        ...sqlDiff ? { sqlDiff } : {}
      },
      diags
    };
  }
  const causes = [];
  const drift = current !== void 0 && liveHash !== current.specHash;
  if (drift) {
    causes.push({ kind: "drift", path: LABEL_KEYS.specHash, from: current.specHash, to: liveHash });
    diags.push(
      warning(
        PLAN_CODES.drift,
        `Job ${job.name} was changed outside flinkops`,
        `It runs spec ${liveHash} while the state store recorded ${current.specHash}. ` + (liveHash === job.restartHash ? "It already runs the repo’s spec; the store is brought up to date on apply." : "The plan brings it back to the repo’s spec.")
      )
    );
  }
  if (run.state === "suspended") {
    return {
      change: {
        ...base,
        action: "suspend",
        reason: `${run.reason}: stop with a savepoint`,
        causes: [...causes, run.cause],
        ...liveIds,
        from,
        to
      },
      diags
    };
  }
  if (liveHash !== job.restartHash) {
    const strategy = job.settings.upgradeMode ?? "savepoint";
    const spec = specChange(j, strategy, true, !drift);
    const all = [...causes, ...spec.causes ?? []];
    const why = describeCauses(spec.causes ?? []);
    const pinned = all.some((c) => c.path === "restoreFrom") ? job.settings.restoreFrom : void 0;
    return {
      change: {
        ...base,
        action: "upgrade",
        strategy,
        reason: drift ? `changed outside flinkops (spec ${liveHash.slice(0, 12)}, recorded ${current.specHash.slice(0, 12)}): planned back to the repo's spec` : `${why || "spec changed"}: ${strategy} upgrade`,
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
  if (running.parallelism !== job.parallelism) {
    if (current && current.parallelism === job.parallelism) {
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
      to: String(job.parallelism)
    });
    const mode = rescaleMode(ctx);
    return {
      change: {
        ...base,
        action: "rescale",
        rescaleMode: mode,
        reason: `parallelism ${running.parallelism} → ${job.parallelism}: ${mode === "in-place" ? "in place (adaptive scheduler)" : "savepoint and restart"}`,
        causes,
        ...liveIds,
        from,
        to
      },
      diags
    };
  }
  const unverified = ctx.observed && !drift && current?.jobId === running.jobId && j.record?.status === "running" && j.record.lastStable?.jobId !== running.jobId;
  if (unverified) {
    diags.push(
      warning(
        PLAN_CODES.unverified,
        `Job ${job.name} has not finished its health check`,
        `An earlier apply started job ${running.jobId} and stopped before its health grace period passed. Apply finishes the check and records it as stable (or reports it unhealthy).`,
        fileRange(job.sqlFile)
      )
    );
  }
  return {
    change: {
      ...base,
      action: "none",
      reason: drift ? "runs the repo’s spec; the store is updated on apply" : unverified ? "runs the repo’s spec; its health check is unfinished: apply finishes it" : "up to date",
      causes: unverified ? [...causes, { kind: "state", path: "health-check", to: "unfinished" }] : causes,
      ...liveIds,
      from,
      to,
      ...unverified ? { verify: { jobId: running.jobId } } : {}
    },
    diags
  };
}

// src/plan/decide-stopped.ts
function decideStopped(j) {
  const { job, record: record3, current, run, ctx, diags, base, to, live } = j;
  const last = ctx.observed ? live[0] : void 0;
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
    return {
      change: {
        ...base,
        action: "create",
        reason: finalSp ? `new again after its deletion; its final savepoint ${finalSp.path} is used only if pinned with restoreFrom` : "new job",
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
    const pinned = job.settings.restoreFrom;
    const sp = lastRestorableSavepoint(record3);
    const restoreFrom = pinned ?? sp?.path;
    if (!restoreFrom) diags.push(noRestorePoint(job, "resume"));
    const spec2 = specChange(j, job.settings.upgradeMode ?? "savepoint", true);
    const back = run.cause?.kind === "schedule" ? run.reason : `${run.reason} again`;
    return {
      change: {
        ...base,
        action: "resume",
        reason: restoreFrom ? `${back}: restore from ${pinned ? "the pinned savepoint" : "its last savepoint"}` : `${back}: no savepoint known, starts without state`,
        ...spec2,
        causes: [
          // A schedule window that opened says so; otherwise `state: running` brought it back.
          run.cause?.kind === "schedule" ? run.cause : { kind: "state", path: "state", from: "suspended", to: "running" },
          ...spec2.causes ?? []
        ],
        ...restoreFrom ? { restoreFrom } : {},
        ...lastIds,
        from,
        to
      },
      diags
    };
  }
  const why = record3.status === "failed" ? "recorded as failed by an earlier apply" : !last ? "vanished from the cluster while the store says running" : `${last.state} on the cluster while the repo wants it running`;
  if (run.state === "suspended") {
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
  const point = latestRestorePoint(ctx.observed ? live : [], record3);
  if (!point) diags.push(noRestorePoint(job, "recovery"));
  const spec = specChange(j, job.settings.upgradeMode ?? "savepoint", true);
  return {
    change: {
      ...base,
      action: "recover",
      reason: `${why}: restart from ${point ? `its latest ${point.what}` : "no known state"}`,
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
      ...point ? { restoreFrom: point.path } : {},
      ...lastIds,
      from,
      to
    },
    diags
  };
}

// src/plan/schedule.ts
function isoMinute(t) {
  return new Date(t).toISOString().replace(/\.000Z$/, "Z");
}
function windowsOf(schedule2) {
  const tz = schedule2.timezone ?? "UTC";
  const windows = [];
  for (const [i, w] of schedule2.windows.entries()) {
    const start = cronOf(w.start, tz);
    const stop2 = cronOf(w.stop, tz);
    if ("problem" in start)
      return { problem: `schedule window ${i + 1} start "${w.start}": ${start.problem}` };
    if ("problem" in stop2) return { problem: `schedule window ${i + 1} stop "${w.stop}": ${stop2.problem}` };
    windows.push({ i, label: `${w.start} → ${w.stop} ${tz}`, start: start.cron, stop: stop2.cron });
  }
  return { windows };
}
function latest(cron, t) {
  return cron.previousRuns(1, new Date(t + 1))[0]?.getTime();
}
function nextAfter(cron, t) {
  return cron.nextRun(new Date(t))?.getTime() ?? void 0;
}
function stateFunction(job) {
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
  const at = (t) => {
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
  return { at, candidates };
}
var MAX_STEPS = 64;
function nextTransition(f, t, state) {
  let cur = t;
  for (let step = 0; step < MAX_STEPS; step++) {
    const c = f.candidates(cur);
    if (c.length === 0) return void 0;
    cur = Math.min(...c);
    const v = f.at(cur);
    if (v.state !== state) return { at: isoMinute(cur), state: v.state };
  }
  return void 0;
}
function withNext(v, next) {
  const tail = next ? `; ${next.state === "running" ? "resumes" : "suspends"} at ${next.at}` : "";
  const cause = v.cause && next && v.cause.path.startsWith("schedule.") ? { ...v.cause, to: `${v.cause.to} until ${next.at}` } : v.cause;
  return {
    state: v.state,
    ...cause ? { cause } : {},
    reason: `${v.why}${tail}`,
    ...next ? { next } : {}
  };
}
function desiredRunState(job, now) {
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
  const f = stateFunction(job);
  if ("problem" in f) return notEvaluated(f.problem);
  const v = f.at(t);
  return withNext(v, nextTransition(f, t, v.state));
}

// src/plan/decide.ts
function decideDesired(job, live, record3, ctx) {
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
    diags.push(
      warning(
        PLAN_CODES.pendingOperation,
        `An earlier apply stopped during ${record3.pending.kind} of job ${job.name}`,
        `Started ${record3.pending.startedAt}. The next apply looks for its result first, so no savepoint is lost.`
      )
    );
  }
  const alive = ctx.observed ? live.filter(isAlive) : [];
  if (alive.length > 1) {
    const dup = duplicateDecision(job.name, job.pipelineName, alive);
    return { change: dup.change, diags: [...diags, ...dup.diags] };
  }
  if (alive[0]?.state === "SUSPENDED") {
    const s = suspendedDecision(job.name, job.pipelineName, alive[0]);
    return { change: s.change, diags: [...diags, ...s.diags] };
  }
  const current = record3?.status === "deleted" ? void 0 : record3?.current;
  const inputs = {
    job,
    live: ctx.observed ? live : [],
    record: record3,
    current,
    run,
    ctx,
    diags,
    base: { job: job.name, pipelineName: job.pipelineName },
    to: { specHash: job.restartHash, parallelism: job.parallelism }
  };
  const running = ctx.observed ? alive[0] : record3?.status === "running" && current ? storeAsLive(job, current.jobId, current.specHash, current.parallelism) : void 0;
  return running ? decideRunning(inputs, running) : decideStopped(inputs);
}

// src/plan/delete.ts
function decideRemoved(name, pipelineName2, live, record3, ctx) {
  const alive = ctx.observed ? live.filter(isAlive) : [];
  if (alive.length > 1) return duplicateDecision(name, pipelineName2, alive);
  const running = alive[0];
  if (running?.state === "SUSPENDED") return suspendedDecision(name, pipelineName2, running);
  if (!running && (!record3 || record3.status === "deleted")) return void 0;
  const sqlFile = `jobs/${name}.sql`;
  const current = record3?.current;
  const liveHash = running?.labels?.[LABEL_KEYS.specHash];
  const specHash = liveHash ?? current?.specHash;
  const parallelism = running?.parallelism ?? current?.parallelism;
  const from = {
    ...specHash !== void 0 ? { specHash } : {},
    ...parallelism !== void 0 ? { parallelism } : {}
  };
  const stops = running !== void 0 || !ctx.observed && record3?.status === "running";
  const allowedBy = ctx.allowDelete ? "--allow-delete" : record3?.deletionPolicy === "delete" ? "deletionPolicy: delete" : void 0;
  const diags = [];
  const sqlDiff = current?.script !== void 0 ? unifiedDiff(current.script, "", { oldName: sqlFile, newName: sqlFile }) : "";
  const change = {
    job: name,
    pipelineName: pipelineName2,
    action: "delete",
    reason: stops ? "removed from the repo: stop with a final savepoint" : `removed from the repo; not running (${record3?.status ?? "unknown"}): its record is retired`,
    causes: [{ kind: "repo", path: sqlFile, to: "removed" }],
    ...running ? { liveJobId: running.jobId, liveState: running.state } : current && stops ? { liveJobId: current.jobId } : {},
    ...Object.keys(from).length ? { from } : {},
    ...sqlDiff ? { sqlDiff } : {}
  };
  if (!allowedBy) {
    const refused = {
      code: PLAN_CODES.deleteRefused,
      summary: `Deletion of job ${name} refused`,
      detail: `Deleting is not allowed by default. Run with --allow-delete (Action input allow-delete: true) to delete it, or bring back ${sqlFile} with deletionPolicy: delete in jobs/${name}.yaml, apply, then remove it again.`
    };
    change.refused = refused;
    diags.push(warning(refused.code, refused.summary, refused.detail));
  } else {
    change.reason += ` (allowed by ${allowedBy})`;
  }
  return { change, diags };
}

// src/plan/lineage.ts
function relationsOf(script, job) {
  const shape = script !== void 0 ? scriptShape(script) : void 0;
  const views = /* @__PURE__ */ new Map();
  for (const [name, v] of shape?.views ?? []) views.set(name, readsOf(v.tokens));
  for (const name of job?.views ?? []) if (!views.has(name)) views.set(name, []);
  const reads = new Set(job?.sources ?? []);
  const writes = new Set(job?.sinks ?? []);
  if (!job?.sources || !job?.sinks) {
    for (const q of shape?.queries.values() ?? []) {
      if (!job?.sinks) writes.add(q.sink);
      if (!job?.sources) for (const r of q.reads) reads.add(r);
    }
  }
  const udfs = new Set(job?.udfs ?? [...shape?.functions.keys() ?? []]);
  return { reads: [...reads].sort(), writes: [...writes].sort(), views, udfs: [...udfs].sort() };
}
function affectedOf(changes) {
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
}
function lineageOf(changes, relations, affected) {
  const nodes = /* @__PURE__ */ new Map();
  const edges = /* @__PURE__ */ new Map();
  const changedNames = new Set(affected.map((a) => `${a.kind}:${a.name}`));
  const node = (kind, name, changed) => {
    const id = `${kind}:${name}`;
    const prior = nodes.get(id);
    nodes.set(id, { id, kind, label: name, changed: changed || (prior?.changed ?? false) });
    return id;
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
    for (const [view, reads] of rel.views) {
      if (!rel.reads.includes(view)) continue;
      for (const r of reads) edge(rnode(r), rnode(view));
    }
    for (const u of rel.udfs) edge(node("udf", u, changedNames.has(`udf:${u}`)), job);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    edges: [...edges.values()].sort(
      (a, b) => a.from !== b.from ? a.from < b.from ? -1 : 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0
    )
  };
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
function violations(c, job, desired, opts) {
  const policy = desired.policy;
  if (!policy) return [];
  const env = desired.env;
  const out = [];
  const isProtected = policy.protectedJobs?.includes(c.job) ?? false;
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
      detail: `A stateless upgrade drops its state, and it is listed in policy.protectedJobs in flinkops.yaml. Set upgradeMode: savepoint (or last-state) in jobs/${c.job}.yaml, or remove ${c.job} from policy.protectedJobs.`,
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
  if (job && max !== void 0 && job.parallelism > max && !suspended && c.action !== "delete") {
    const where = job.yamlFile ?? `jobs/${job.name}.yaml`;
    out.push({
      severity: "error",
      code: POLICY_CODES.maxParallelism,
      summary: `Job ${c.job} has parallelism ${job.parallelism}, above the maximum ${max} of ${env}`,
      detail: `policy.maxParallelism.${env} in flinkops.yaml allows at most ${max}. Lower parallelism in ${where} (or environments.${env}.jobs.${c.job}.parallelism), or raise the maximum in a reviewed change.`,
      refuse: DEPLOYS.has(c.action)
    });
  }
  if (RESTORES.has(c.action) && (c.compatibility?.verdict === "incompatible" || c.compatibility?.verdict === "drops-state" && !job?.settings.allowNonRestoredState) && policy.refuseIncompatibleUpgrades?.includes(env)) {
    out.push({
      severity: "error",
      code: POLICY_CODES.incompatibleUpgrade,
      summary: `The ${c.action} of job ${c.job} ${c.compatibility.verdict === "incompatible" ? "will not restore its state" : "drops state"}, which ${env} refuses`,
      detail: `${c.compatibility.findings.join("; ")}. policy.refuseIncompatibleUpgrades lists ${env}. Make the change state-compatible, or accept losing the unmatched state with allowNonRestoredState: true in jobs/${c.job}.yaml (or upgradeMode: stateless for a fresh start).`,
      refuse: true
    });
  }
  return out;
}
function applyPolicy(changes, desired, opts) {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const diags = [];
  const out = changes.map((c) => {
    const job = jobs.get(c.job);
    const found = violations(c, job, desired, opts);
    if (found.length === 0) return c;
    const range2 = job ? fileRange(job.yamlFile ?? job.sqlFile) : void 0;
    for (const v of found) {
      const make = v.severity === "error" ? error : warning;
      diags.push(make(v.code, v.summary, v.detail, range2));
    }
    const first = found.find((v) => v.refuse);
    if (!first || c.refused) return c;
    return { ...c, refused: { code: first.code, summary: first.summary, detail: first.detail } };
  });
  return { changes: out, diags };
}

// src/plan/diff.ts
var byName = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function diff(desired, live, state, opts) {
  const ctx = {
    observed: live.observed,
    adaptiveScheduler: live.adaptiveScheduler,
    allowDelete: opts.allowDelete,
    ...live.flinkVersion ?? desired.flinkVersion ? { flinkVersion: live.flinkVersion ?? desired.flinkVersion } : {},
    ...opts.now !== void 0 ? { now: opts.now } : {},
    ...opts.explained ? { explained: opts.explained } : {}
  };
  const liveByJob = /* @__PURE__ */ new Map();
  for (const j of live.observed ? live.jobs : []) {
    const list = liveByJob.get(j.job) ?? [];
    list.push(j);
    liveByJob.set(j.job, list);
  }
  for (const list of liveByJob.values())
    list.sort((a, b) => b.startTime - a.startTime || byName(a.jobId, b.jobId));
  const changes = [];
  const diagnostics = [];
  const relations = /* @__PURE__ */ new Map();
  const desiredNames = /* @__PURE__ */ new Set();
  for (const job of [...desired.jobs].sort((a, b) => byName(a.name, b.name))) {
    desiredNames.add(job.name);
    const d = decideDesired(job, liveByJob.get(job.name) ?? [], state.doc.jobs[job.name], ctx);
    changes.push(d.change);
    diagnostics.push(...d.diags);
    if (d.change.action !== "none") relations.set(job.name, relationsOf(job.script, job));
  }
  const removed = new Set(
    [...Object.keys(state.doc.jobs), ...liveByJob.keys()].filter((n) => !desiredNames.has(n))
  );
  for (const name of [...removed].sort(byName)) {
    const record3 = state.doc.jobs[name];
    const list = liveByJob.get(name) ?? [];
    const pn = record3?.pipelineName ?? list[0]?.name ?? pipelineName(desired.project, desired.env, name);
    const d = decideRemoved(name, pn, list, record3, ctx);
    if (!d) continue;
    changes.push(d.change);
    diagnostics.push(...d.diags);
    if (d.change.action !== "none") relations.set(name, relationsOf(record3?.current?.script));
  }
  changes.sort((a, b) => byName(a.job, b.job));
  const guarded2 = applyPolicy(changes, desired, { allowDelete: opts.allowDelete });
  diagnostics.push(...guarded2.diags);
  const summary = Object.fromEntries(ACTION_KINDS.map((k) => [k, 0]));
  for (const c of guarded2.changes) summary[c.action]++;
  const affected = affectedOf(guarded2.changes);
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    project: desired.project,
    env: desired.env,
    ...opts.commit !== void 0 ? { commit: opts.commit } : {},
    offline: !live.observed,
    stateVersion: state.version,
    liveFingerprint: live.fingerprint,
    changes: guarded2.changes,
    summary,
    affected,
    lineage: lineageOf(guarded2.changes, relations, affected),
    diagnostics: sortDiagnostics(diagnostics)
  };
}

// src/observe/pool.ts
function createLimiter(limit) {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`bug: concurrency must be a whole number ≥ 1, got ${limit}`);
  let active = 0;
  const waiting = [];
  return async (task) => {
    if (active >= limit) await new Promise((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
async function mapPool(items, limit, fn) {
  const run = createLimiter(limit);
  return Promise.all(items.map((item, i) => run(() => fn(item, i))));
}

// src/observe/health.ts
var HEALTH_OBSERVE_CODES = {
  /** Warning: the exceptions history or back-pressure of a job could not be read. */
  healthUnreadable: "FO655"
};
var ACTIVE = /* @__PURE__ */ new Set(["RUNNING", "RESTARTING", "FAILING", "CREATED", "INITIALIZING", "RECONCILING"]);
function newestPerJob(jobs) {
  const out = /* @__PURE__ */ new Map();
  for (const j of jobs) {
    const cur = out.get(j.job);
    if (!cur || j.startTime > cur.startTime) out.set(j.job, j);
  }
  return [...out.values()];
}
async function observeHealth(client, live, opts = {}) {
  const limit = createLimiter(opts.concurrency ?? 16);
  const diags = [];
  const unreadable = (j, what, message) => diags.push(
    warning(
      HEALTH_OBSERVE_CODES.healthUnreadable,
      `cannot read the ${what} of job ${j.name} (${j.jobId}): ${message}`,
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
      const read = client.getBackpressure?.bind(client);
      if (read && opts.backpressureFor?.has(j.job) && j.state === "RUNNING") {
        const levels = await Promise.all(
          j.vertices.map(async (v) => ({ v, r: await limit(() => read(j.jobId, v.id)) }))
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
}

// src/observe/live-state.ts
var OBSERVE_CODES = {
  unreachable: "FO650",
  clusterError: "FO651",
  jobUnreadable: "FO652",
  checkpointsUnreadable: "FO653",
  labelsMismatch: "FO654"
};
var EARLY_STATES = /* @__PURE__ */ new Set(["INITIALIZING", "CREATED"]);
var CHECKPOINT_STATES = /* @__PURE__ */ new Set(["RUNNING", "FAILED"]);
function offlineLiveState() {
  return { observed: false, adaptiveScheduler: false, jobs: [], fingerprint: liveFingerprint([]) };
}
function liveFingerprint(jobs) {
  const tuples = jobs.map((j) => [j.jobId, j.name, j.state, j.labels?.[LABEL_KEYS.specHash] ?? null, j.parallelism]).sort((a, b) => String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0);
  return fingerprint(tuples);
}
function managedJobName(name, project, env) {
  const prefix2 = `${project}.${env}.`;
  if (!name.startsWith(prefix2)) return void 0;
  const job = name.slice(prefix2.length);
  return isIdentifier(job) ? job : void 0;
}
async function observe(client, opts) {
  const clock = opts.clock ?? systemClock;
  const limit = createLimiter(opts.concurrency ?? 16);
  const diags = [];
  const failed3 = (d) => ({ value: offlineLiveState(), diags: [d] });
  const config = await limit(() => client.getConfig());
  if (!config.ok) return failed3(clusterDiagnostic(config.error, opts));
  const adaptive = isAdaptive(config.value, opts);
  const listed = await limit(() => client.listJobs());
  if (!listed.ok) return failed3(clusterDiagnostic(listed.error, opts));
  const ours = listed.value.map((summary) => ({ summary, job: managedJobName(summary.name, opts.project, opts.env) })).filter((x) => x.job !== void 0);
  const jobs = await Promise.all(
    ours.map(({ summary, job }) => readJob(client, limit, clock, opts, summary, job, diags, adaptive))
  );
  const live = jobs.filter((j) => j !== void 0);
  live.sort((a, b) => a.job !== b.job ? a.job < b.job ? -1 : 1 : b.startTime - a.startTime);
  const state = {
    observed: true,
    flinkVersion: config.value.flinkVersion,
    adaptiveScheduler: adaptive,
    jobs: live,
    fingerprint: liveFingerprint(live)
  };
  diags.sort((a, b) => a.code + a.summary < b.code + b.summary ? -1 : 1);
  return { value: state, diags };
}
function isAdaptive(config, opts) {
  return config.features.webRescale ?? opts.schedulerHint === "adaptive";
}
async function readJob(client, limit, clock, opts, summary, job, diags, adaptive) {
  let read = await readDetailsAndConfig(client, limit, summary.id);
  if (read.ok && read.labels === void 0 && EARLY_STATES.has(read.details.state)) {
    await clock.sleep(opts.labelRetryDelayMs ?? 1e3);
    read = await readDetailsAndConfig(client, limit, summary.id);
  }
  if (!read.ok) {
    if (read.error.status === 404) return void 0;
    diags.push(
      error(
        OBSERVE_CODES.jobUnreadable,
        `cannot read job ${summary.name} (${summary.id}): ${read.error.message}`,
        `${read.error.call} failed, so flinkops cannot tell what this job runs. Check that the JobManager is healthy and run plan again.`
      )
    );
    return void 0;
  }
  const { details, labels, jobConfig } = read;
  const vertices = details.vertices.map((v) => ({
    id: v.id,
    name: v.name,
    parallelism: v.parallelism,
    maxParallelism: v.maxParallelism,
    ...v.role ? { role: v.role } : {}
  }));
  if (adaptive && details.state === "RUNNING") {
    const req = await limit(() => client.getResourceRequirements(details.id));
    if (req.ok) {
      for (const v of vertices) {
        const upper = req.value[v.id]?.upperBound;
        if (upper !== void 0 && upper > 0) v.upperBound = upper;
      }
    }
  }
  const live = {
    jobId: details.id,
    name: details.name || summary.name,
    state: details.state,
    startTime: details.startTime,
    parallelism: jobParallelism(jobConfig, vertices),
    vertices,
    job
  };
  if (labels) {
    live.labels = labels;
    const claimed = labels[LABEL_KEYS.job];
    const claimedEnv = labels[LABEL_KEYS.env];
    const claimedProject = labels[LABEL_KEYS.project];
    if (claimed !== void 0 && claimed !== job || claimedEnv !== void 0 && claimedEnv !== opts.env || claimedProject !== void 0 && claimedProject !== opts.project) {
      diags.push(
        warning(
          OBSERVE_CODES.labelsMismatch,
          `job ${summary.name} (${details.id}) carries the labels of ${claimedProject ?? "?"}.${claimedEnv ?? "?"}.${claimed ?? "?"}`,
          "Its name and its flinkops.* labels disagree, so it was probably submitted by hand with copied settings. flinkops treats it by its name; cancel it or fix its pipeline.name if that is wrong."
        )
      );
    }
  }
  const wanted = details.state !== "RUNNING" || (opts.wantsCheckpoints?.(job, labels) ?? true);
  if (CHECKPOINT_STATES.has(details.state) && wanted) {
    const cp = await limit(() => client.getCheckpoints(details.id));
    if (cp.ok) addCheckpoints(live, cp.value);
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
  return live;
}
async function readDetailsAndConfig(client, limit, jobId) {
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
}
function jobParallelism(config, vertices) {
  if (config.jobParallelism !== void 0 && config.jobParallelism > 0) return config.jobParallelism;
  const counts = /* @__PURE__ */ new Map();
  for (const v of vertices) counts.set(v.parallelism, (counts.get(v.parallelism) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [p, n] of counts) {
    if (n > bestCount || n === bestCount && p > best) [best, bestCount] = [p, n];
  }
  return best;
}
function flinkopsLabels(userConfig) {
  if (!userConfig) return void 0;
  const out = {};
  for (const [k, v] of Object.entries(userConfig)) if (k.startsWith("flinkops.")) out[k] = v;
  return Object.keys(out).length > 0 ? out : void 0;
}
function addCheckpoints(live, cp) {
  const c = cp.latestCompleted;
  if (c?.timestamp) live.lastCheckpointTime = c.timestamp;
  if (c)
    live.lastCheckpoint = {
      id: c.id,
      ...c.durationMs !== void 0 ? { durationMs: c.durationMs } : {},
      ...c.stateSize !== void 0 ? { stateSize: c.stateSize } : {},
      ...c.checkpointedSize !== void 0 ? { checkpointedSize: c.checkpointedSize } : {}
    };
  if (c?.externalPath) live.latestCheckpoint = { path: c.externalPath, time: c.timestamp ?? 0 };
  const s = cp.latestSavepoint;
  if (s?.externalPath) live.latestSavepoint = { path: s.externalPath, time: s.timestamp ?? 0 };
  if (cp.latestRestored?.externalPath) live.restoredFrom = cp.latestRestored.externalPath;
}
function clusterDiagnostic(e, opts) {
  const at = opts.jobmanagerUrl ? ` at ${opts.jobmanagerUrl}` : "";
  const where = `Check jobmanagerUrl of environment ${opts.env} in flinkops.yaml (overridden by FLINKOPS_JOBMANAGER_URL or --jobmanager-url); \`flinkops plan --offline\` plans against the state store alone.`;
  if (e.kind === "network" || e.kind === "timeout" || e.kind === "tls") {
    return error(OBSERVE_CODES.unreachable, `cannot reach the JobManager${at}: ${e.message}`, where);
  }
  const status = e.status ? ` (HTTP ${e.status})` : "";
  return error(
    OBSERVE_CODES.clusterError,
    `the JobManager${at} answered ${e.call} with an error${status}: ${e.message}`,
    `Is this URL a Flink JobManager REST endpoint (port 8081 by default), reachable with the configured credentials? ${where}`
  );
}

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
function newestRunning(jobs) {
  const out = /* @__PURE__ */ new Map();
  for (const j of jobs) {
    const cur = out.get(j.job);
    if (!cur || j.startTime > cur.startTime) out.set(j.job, j);
  }
  return new Set([...out.values()].filter((j) => j.state === "RUNNING"));
}
async function observeMetrics(client, live, opts) {
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
          warning(
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
}
function worst(reads, name, scale) {
  let best;
  for (const { v, values } of reads) {
    const max = values.get(name)?.max;
    if (max === void 0) continue;
    if (!best || max / scale > best.value) best = { vertexId: v.id, vertex: v.name, value: max / scale };
  }
  return best;
}
function jobMetrics(reads, now) {
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
      for (const n of names.filter((x) => CONSUMER_LAG.test(x))) {
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
}

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
var SESSION_KINDS = /* @__PURE__ */ new Set(["set", "reset", "use", "add_jar", "load_module", "unload_module"]);
var EXPLAINED = /* @__PURE__ */ new Set(["insert", "statement_set", "execute"]);
var SET_MARKERS = /* @__PURE__ */ new Set(["begin_statement_set", "end"]);
var POSITION = /line (\d+), column (\d+)/;
async function explainChangedJobs(client, desired, plan, opts = {}) {
  const starting = new Set(
    plan.changes.filter((c) => STARTING.has(c.action) && !c.refused && !opts.skip?.has(c.job)).map((c) => c.job)
  );
  const jobs = desired.jobs.filter((j) => starting.has(j.name));
  if (jobs.length === 0) return [];
  const results = await mapPool(jobs, opts.concurrency ?? 4, (job) => explainJob(client, desired, job, opts));
  const diags = results.flat();
  const unreachable = diags.filter((d) => d.code === EXPLAIN_CODES.notValidated);
  return unreachable.length > 1 ? [...diags.filter((d) => d.code !== EXPLAIN_CODES.notValidated), unreachable[0]] : diags;
}
function isTemporaryCreate(st) {
  return st.kind.startsWith("create_") && /^\s*CREATE\s+(?:OR\s+REPLACE\s+)?TEMPORARY\b/i.test(st.text);
}
function explainText(st) {
  if (/^EXECUTE\b/i.test(st.text)) return { text: `EXPLAIN${st.text.slice("EXECUTE".length)}`, shift: 0 };
  return { text: `EXPLAIN ${st.text}`, shift: "EXPLAIN ".length };
}
function untemplate(text) {
  return text.replaceAll("$${", "${");
}
async function explainJob(client, desired, job, opts) {
  const statements = job.statements;
  const ownRanges = job.sourceRanges ?? [];
  const firstOwn = statements.length - ownRanges.length;
  const lasting = statements.find(
    (st) => !SESSION_KINDS.has(st.kind) && !EXPLAINED.has(st.kind) && !isTemporaryCreate(st) && !SET_MARKERS.has(st.kind)
  );
  if (lasting) return [skipped(job, lasting, ownRanges[statements.indexOf(lasting) - firstOwn])];
  const session = await client.openSession({ sessionName: `flinkops-plan-${job.name}` });
  if (!session.ok) return [notValidated(session.error)];
  const sh = session.value;
  try {
    for (const [i, st] of statements.entries()) {
      const own = ownRanges[i - firstOwn];
      const probes = st.kind === "statement_set" && st.inner?.length ? st.inner : [st];
      for (const probe of probes) {
        let text;
        let shift = 0;
        if (EXPLAINED.has(probe.kind)) ({ text, shift } = explainText(probe));
        else if (SESSION_KINDS.has(probe.kind) || isTemporaryCreate(probe)) text = probe.text;
        else continue;
        const r = await client.runStatement(sh, untemplate(text), {
          timeoutMs: opts.timeoutMs ?? 12e4,
          maxRows: 1
        });
        if (r.ok) continue;
        if (r.error.kind !== "statement") return [notValidated(r.error)];
        return [rejected(desired, job, probe, r.error, own && within(own, st, probe), shift)];
      }
    }
    return [];
  } finally {
    await client.closeSession(sh);
  }
}
function within(own, outer, inner) {
  if (inner === outer) return own;
  const dl = inner.range.start.line - outer.range.start.line;
  const start = {
    line: own.start.line + dl,
    column: dl === 0 ? own.start.column + inner.range.start.column - outer.range.start.column : inner.range.start.column
  };
  return { file: own.file, start, end: start };
}
function skipped(job, st, range2) {
  const d = {
    code: EXPLAIN_CODES.skipped,
    severity: "info",
    summary: `Job ${job.name} was not validated against the cluster's planner: its script creates objects that outlive a session`,
    detail: `A ${st.kind.replaceAll("_", " ")} statement would change the cluster's catalogs, so plan does not run the script; the planner checks it when apply submits it. Use CREATE TEMPORARY ... for objects only the job needs.`
  };
  return range2 ? { ...d, range: range2 } : d;
}
function notValidated(e) {
  return warning(
    EXPLAIN_CODES.notValidated,
    "The changed jobs were not validated against the cluster's planner",
    `flinkops could not use the SQL Gateway for EXPLAIN (${e.call}: ${e.message}). The plan is still correct; the planner will check the SQL when apply submits it. Check sqlGatewayUrl of the environment (or --sql-gateway-url).`
  );
}
function plannerMessage(e) {
  const line = e.causes.length > 0 ? e.causes[e.causes.length - 1] : e.message;
  return line.replace(/^(?:[\w$]+\.)*[\w$]*(?:Exception|Error):\s*/, "").replace(/^SQL (?:validation|parse) failed\.\s*/, "").replace(/^From line \d+, column \d+ to line \d+, column \d+:\s*/, "");
}
function locate(e, range2, shift) {
  const m = [e.message, ...e.causes].map((l) => POSITION.exec(l)).find((x) => x !== null);
  if (!m) return range2;
  const line = Number(m[1]);
  const column = Number(m[2]) - (line === 1 ? shift : 0);
  if (line < 1 || column < 1) return range2;
  const at = {
    line: range2.start.line + line - 1,
    column: line === 1 ? range2.start.column + column - 1 : column
  };
  return { file: range2.file, start: at, end: at };
}
function rejected(desired, job, st, e, own, shift) {
  const message = plannerMessage(e);
  if (own) {
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects job ${job.name}: ${message}`,
      `EXPLAIN on the environment's SQL Gateway (a throwaway session; nothing was submitted) failed: ${e.message}. Fix the statement before applying.`,
      locate(e, own, shift)
    );
  }
  const text = st.text.trim();
  const table = desired.tables.find((t) => t.ddl.trim().replace(/;$/, "") === text);
  const udf = /FUNCTION/i.test(text) ? desired.udfs.find((u) => text.includes(u.jar)) : void 0;
  const file = table?.file ?? udf?.file ?? job.sqlFile;
  const what = table ? `the DDL of ${table.name}` : udf ? `the functions of ${udf.name}` : "a compiled statement";
  return error(
    EXPLAIN_CODES.rejected,
    `Flink's planner rejects ${what} (used by job ${job.name}): ${message}`,
    `Running it in a throwaway SQL Gateway session failed: ${e.message}. ${udf ? "Check the jar URI and that the classes are in it." : "Check the connector options and that the connector jar is on the cluster."}`,
    { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  );
}
async function explainStateGraphs(client, desired, plan, inputs, opts = {}) {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const todo = plan.changes.filter(
    (c) => c.compatibility !== void 0 && c.strategy !== "stateless" && inputs.state.jobs[c.job]?.current?.script !== void 0 && jobs.has(c.job)
  );
  const out = /* @__PURE__ */ new Map();
  await mapPool(todo, opts.concurrency ?? 4, async (c) => {
    const job = jobs.get(c.job);
    const current = inputs.state.jobs[c.job].current;
    const running = inputs.live.jobs.find((l) => l.jobId === c.liveJobId);
    const settings = current.settings ?? {};
    const oldMax = typeof settings.maxParallelism === "number" ? settings.maxParallelism : void 0;
    const analysed = analyzeScript(current.script, `jobs/${c.job}.sql`);
    const old = await explainGraph(
      client,
      c.job,
      analysed.statements,
      running?.parallelism ?? current.parallelism,
      oldMax,
      opts
    );
    if ("unavailable" in old) return void out.set(c.job, old);
    const next = await explainGraph(
      client,
      c.job,
      job.statements,
      c.to?.parallelism ?? job.parallelism,
      job.settings.maxParallelism,
      opts
    );
    out.set(c.job, "unavailable" in next ? next : { old, next });
  });
  return out;
}
async function explainGraph(client, job, statements, parallelism, maxParallelism, opts) {
  const lasting = statements.find(
    (st) => !SESSION_KINDS.has(st.kind) && !EXPLAINED.has(st.kind) && !isTemporaryCreate(st) && !SET_MARKERS.has(st.kind)
  );
  if (lasting)
    return {
      unavailable: `the script has a ${lasting.kind.replaceAll("_", " ")} statement, which outlives a session`
    };
  const submitting = submittingText(statements);
  if (!submitting) return { unavailable: "the script has no statement that starts a job" };
  const session = await client.openSession({ sessionName: `flinkops-plan-${job}` });
  if (!session.ok) return { unavailable: session.error.message };
  const sh = session.value;
  const config = {};
  const tables = /* @__PURE__ */ new Map();
  try {
    for (const st of statements) {
      if (st.kind === "set" && st.set?.key !== void 0) config[st.set.key] = st.set.value ?? "";
      if (st.table) {
        tables.set(st.table.name.parts[st.table.name.parts.length - 1].toLowerCase(), {
          options: st.table.options,
          columns: new Map(
            st.table.columns.filter((col) => col.type !== void 0).map((col) => [col.name.toLowerCase(), col.type])
          )
        });
      }
      if (!(SESSION_KINDS.has(st.kind) || isTemporaryCreate(st))) continue;
      const r2 = await client.runStatement(sh, untemplate(st.text), {
        timeoutMs: opts.timeoutMs ?? 12e4,
        maxRows: 1
      });
      if (!r2.ok) return { unavailable: `${st.kind.replaceAll("_", " ")} failed: ${plannerMessage(r2.error)}` };
    }
    const r = await client.runStatement(sh, `EXPLAIN JSON_EXECUTION_PLAN ${untemplate(submitting)}`, {
      timeoutMs: opts.timeoutMs ?? 12e4,
      executionConfig: {
        "parallelism.default": String(parallelism),
        ...maxParallelism !== void 0 ? { "pipeline.max-parallelism": String(maxParallelism) } : {}
      }
    });
    if (!r.ok) return { unavailable: `EXPLAIN failed: ${plannerMessage(r.error)}` };
    const text = r.value.rows.map((row) => row.map(String).join("\n")).join("\n");
    const graph = parseExecutionPlan(text);
    if (!graph) return { unavailable: "the gateway answered EXPLAIN without a stream graph" };
    const chainingKey = config["pipeline.operator-chaining.enabled"] ?? config["pipeline.operator-chaining"];
    return { graph, chaining: chainingKey?.trim().toLowerCase() !== "false", tables, config };
  } finally {
    await client.closeSession(sh);
  }
}
function submittingText(statements) {
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
}

// src/engine/plan-run.ts
async function runPlan(opts) {
  const progress = opts.onProgress ?? (() => {
  });
  progress("compiling");
  const compiled = compileProject(opts.dir, { env: opts.env, envVars: opts.envVars });
  const diags = [...compiled.diags];
  const desired = compiled.value;
  if (!desired || hasErrors(diags)) return { secretValues: [], diags: sortDiagnostics(diags) };
  const store = opts.store(desired.project, desired.env);
  progress(`reading state (${store.location})`);
  const state = await readState(store);
  diags.push(...state.diags);
  if (!state.value) return { desired, store, secretValues: [], diags: sortDiagnostics(diags) };
  let live = offlineLiveState();
  let client;
  let endpoints;
  let secretValues = [];
  if (!opts.offline) {
    endpoints = resolveEndpoints(desired.environment, opts.endpoints ?? {}, opts.envVars);
    if (opts.client) client = opts.client(endpoints);
    else {
      const c = connect({
        endpoints,
        env: desired.environment,
        secrets: opts.secrets,
        ...opts.clock ? { clock: opts.clock } : {},
        ...opts.tls ? { tls: opts.tls } : {}
      });
      diags.push(...c.diags);
      secretValues = c.secretValues;
      client = c.client;
    }
    if (!client) return { desired, store, state: state.value, secretValues, diags: sortDiagnostics(diags) };
    progress(`observing ${endpoints.jobmanagerUrl}`);
    const specHashes = new Map(desired.jobs.map((j) => [j.name, j.restartHash]));
    const observed = await observe(client, {
      project: desired.project,
      env: desired.env,
      jobmanagerUrl: endpoints.jobmanagerUrl,
      // A job already running its compiled spec is not restarted: its checkpoints are not needed.
      ...opts.checkpoints === "for-restarts" ? {
        wantsCheckpoints: (job, labels) => labels?.[LABEL_KEYS.specHash] !== specHashes.get(job)
      } : {},
      ...opts.concurrency ? { concurrency: opts.concurrency } : {},
      ...opts.clock ? { clock: opts.clock } : {}
    });
    diags.push(...observed.diags);
    if (hasErrors(observed.diags))
      return {
        desired,
        store,
        state: state.value,
        client,
        endpoints,
        secretValues,
        diags: sortDiagnostics(diags)
      };
    live = observed.value;
  }
  progress("planning");
  const diffOptions = {
    allowDelete: opts.allowDelete,
    ...opts.commit ? { commit: opts.commit } : {},
    ...opts.now ? { now: opts.now } : {}
  };
  let plan = diff(desired, live, state.value, diffOptions);
  const accepted = /* @__PURE__ */ new Set();
  if ((opts.stateVerdicts ?? opts.explain) && client) {
    const restoring = plan.changes.filter((c) => c.compatibility && c.strategy !== "stateless");
    if (restoring.length > 0) {
      progress(`asking Flink's planner for the stream graphs of ${restoring.length} upgrade(s)`);
      const explained = await explainStateGraphs(client, desired, plan, { state: state.value.doc, live });
      if (explained.size > 0) plan = diff(desired, live, state.value, { ...diffOptions, explained });
      for (const [job, pair] of explained) if ("next" in pair) accepted.add(job);
    }
  }
  if (opts.explain && client) {
    const starting = plan.changes.filter(
      (c) => (c.action === "create" || c.action === "upgrade") && !c.refused && !accepted.has(c.job)
    );
    if (starting.length > 0) {
      progress(`validating ${starting.length} changed job(s) against the cluster's planner`);
      diags.push(...await explainChangedJobs(client, desired, plan, { skip: accepted }));
    }
  }
  plan.diagnostics = sortDiagnostics([...diags, ...plan.diagnostics]);
  return {
    desired,
    live,
    state: state.value,
    plan,
    store,
    ...client ? { client } : {},
    ...endpoints ? { endpoints } : {},
    secretValues,
    diags: plan.diagnostics
  };
}

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
  interrupted: "FO717"
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
  lockTtlMs: 9e5,
  lockTimeoutMs: 0,
  pollInitialMs: 200,
  pollMaxMs: 5e3,
  pollFactor: 1.25
};
var StoreSession = class {
  constructor(store, current, lock, clock, ttlMs, guard2, secretValues) {
    this.store = store;
    this.current = current;
    this.lock = lock;
    this.clock = clock;
    this.ttlMs = ttlMs;
    this.guard = guard2;
    this.secretValues = secretValues;
    this.renewedAt = clock.now();
  }
  store;
  current;
  lock;
  clock;
  ttlMs;
  guard;
  secretValues;
  chain = Promise.resolve();
  renewedAt;
  queue = [];
  get doc() {
    return this.current.doc;
  }
  get version() {
    return this.current.version;
  }
  get heldLock() {
    return this.lock;
  }
  record(job) {
    return this.current.doc.jobs[job];
  }
  serial(fn) {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => {
    });
    return next;
  }
  /** Applies `edit` and writes it; a no-op edit writes nothing. */
  update(message, edit) {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, edit, done: (e) => e === void 0 ? resolve() : reject(e) });
      if (this.queue.length === 1) void this.serial(() => this.flush());
    });
  }
  /** Writes every queued edit in one compare-and-swap. */
  async flush() {
    const batch = this.queue;
    this.queue = [];
    const live = [];
    for (const q of batch) {
      try {
        this.guard();
        live.push(q);
      } catch (e) {
        q.done(e);
      }
    }
    if (live.length === 0) return;
    try {
      await this.renewNow(false);
      const apply = (doc) => live.reduce((d, q) => q.edit(d), doc);
      const next = apply(this.current.doc);
      if (next !== this.current.doc) {
        const meta = { message: live.map((q) => q.message).join("; "), secretValues: this.secretValues() };
        try {
          const { version } = await this.store.write(next, this.current.version, meta);
          this.current = { doc: next, version };
        } catch (e) {
          if (!(e instanceof StateConflictError)) throw e;
          const fresh = await this.store.read();
          const again = apply(fresh.doc);
          const { version } = await this.store.write(again, fresh.version, meta);
          this.current = { doc: again, version };
        }
      }
      for (const q of live) q.done();
    } catch (e) {
      for (const q of live) q.done(e);
    }
  }
  /** Renews the lock once a third of its time-to-live has passed. */
  renewIfDue() {
    return this.serial(() => this.renewNow(false));
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
function createEmitter(hooks, abort) {
  return (e) => {
    if (abort.signal.aborted) throw abort.signal.reason;
    try {
      hooks?.onEvent?.(e);
    } catch (err) {
      abort.abort(err);
      throw err;
    }
  };
}
function guard(signal) {
  if (signal.aborted) throw signal.reason;
}
function mask(ctx, text) {
  const values = [...ctx.secretValues].flatMap((v) => [v, v.replaceAll("'", "''")]);
  return redactDeep(
    text,
    values.filter((v) => v.length > 0 && v !== MASK)
  );
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
      void ctx.store.renewIfDue().catch(() => {
      });
    }
  };
}
function iso(clock) {
  return new Date(clock.now()).toISOString();
}

// src/apply/describe-steps.ts
function describeRestore(r) {
  switch (r.kind) {
    case "none":
      return "without state";
    case "this-run":
      return "restoring from the savepoint/checkpoint taken above";
    case "path":
      return `restoring from ${r.path}`;
  }
}
function describeStep(s) {
  switch (s.kind) {
    case "resolve-pending":
      return "find the outcome of the operation an earlier apply left unfinished";
    case "stop-with-savepoint":
      return `stop job ${s.jobId} with a savepoint (${s.savepointKind}); record its path at once`;
    case "record-savepoint":
      return "note the savepoint in the state store";
    case "read-checkpoint":
      return `read the latest completed checkpoint of job ${s.jobId}`;
    case "cancel":
      return `cancel job ${s.jobId}`;
    case "submit":
      return `submit the script (spec ${s.specHash.slice(0, 12)}, parallelism ${s.parallelism}) ${describeRestore(s.restore)}${s.allowNonRestoredState ? ", allowing non-restored state" : ""}; record it as current`;
    case "await-running":
      return "wait until the new job is RUNNING";
    case "health-grace":
      return "watch it through the grace period (no restarts; a completed checkpoint if checkpointing is on)";
    case "record-stable":
      return "record it as the last stable version";
    case "put-resource-requirements":
      return `set the resource requirements of job ${s.jobId} to parallelism ${s.parallelism} (in place)`;
    case "await-parallelism":
      return `wait until every vertex of job ${s.jobId} runs at parallelism ${s.parallelism}`;
    case "record-rescale":
      return `record parallelism ${s.parallelism} in the state store`;
    case "record-status":
      return `record the job as ${s.status} (history kept)`;
    case "adopt":
      return `record job ${s.jobId} as managed in the state store (no restart)`;
    case "sync-record":
      return `bring the state store up to date with job ${s.jobId} if it lags`;
  }
}
function describeSteps(jobs) {
  const out = [];
  for (const j of jobs) {
    if (j.refused) {
      out.push(`${j.job}: ${j.action} refused (${j.refused}); nothing runs`);
      continue;
    }
    const real = j.steps.filter((s) => s.kind !== "sync-record");
    if (real.length === 0) continue;
    const how = j.strategy ? ` (${j.strategy})` : j.rescaleMode ? ` (${j.rescaleMode})` : "";
    out.push(`${j.job}: ${j.action}${how}`);
    j.steps.forEach((s, i) => {
      out.push(`  ${i + 1}. ${describeStep(s)}`);
    });
    if (j.rollback)
      out.push(
        "  on failure: cancel the new job and restart the last stable version from the same savepoint"
      );
  }
  return out.length === 0 ? "No changes.\n" : `${out.join("\n")}
`;
}

// src/apply/job-run.ts
var OK = { ok: true };
function newJobRun(steps, change, desired) {
  return {
    steps,
    change,
    ...desired ? { desired } : {},
    oldStopped: false,
    touched: false,
    report: { job: change.job, action: change.action, outcome: "applied" },
    diags: []
  };
}

// src/apply/report.ts
function applyFailed(report) {
  return report.interrupted === true || report.changes.some((c) => c.outcome === "failed" || c.outcome === "rolled-back") || report.diags.some((d) => d.severity === "error");
}
var CrashError = class extends Error {
  constructor(message = "simulated crash") {
    super(message);
    this.name = "CrashError";
  }
};

// src/apply/health.ts
function stoppable(ctx) {
  return AbortSignal.any([ctx.signal, ctx.stop]);
}
function interrupted(ctx, jobId, what) {
  return ctx.stop.aborted ? {
    ok: false,
    cause: `the run was interrupted before ${what} of job ${jobId} finished`,
    interrupted: true
  } : void 0;
}
async function recordedCause(ctx, jobId) {
  const r = await ctx.client.getExceptions(jobId, 10);
  return r.ok ? r.value.rootCause?.message ?? r.value.history[0]?.message : void 0;
}
async function rootCause(ctx, jobId) {
  const recorded = await recordedCause(ctx, jobId);
  if (recorded) return recorded;
  const f = await ctx.client.getFailureCause?.(jobId);
  return f?.ok ? f.value?.message : void 0;
}
async function awaitRunning(ctx, job, jobId) {
  const o = await poll(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) {
        return r.error.status === 404 ? { state: "failed", cause: `job ${jobId} is not known to the cluster` } : { state: "pending", progress: r.error.message };
      }
      const s = r.value.state;
      const pendingVertex = r.value.vertices.find(
        (v) => v.status !== void 0 && v.status !== "RUNNING" && v.status !== "FINISHED"
      );
      if (s === "RUNNING" && !pendingVertex)
        return { state: "completed", value: r.value.timestamps.RUNNING ?? ctx.clock.now() };
      if (TERMINAL_JOB_STATES.has(s) || s === "FAILING") {
        const cause = await rootCause(ctx, jobId);
        return { state: "failed", cause: `job ${jobId} is ${s}${cause ? `: ${cause}` : ""}` };
      }
      const failure2 = await recordedCause(ctx, jobId);
      if (failure2) return { state: "failed", cause: `job ${jobId} is restarting (${s}): ${failure2}` };
      if (s === "RESTARTING") {
        const cause = await rootCause(ctx, jobId);
        if (cause) return { state: "failed", cause: `job ${jobId} went RESTARTING: ${cause}` };
      }
      if (s === "RUNNING")
        return { state: "pending", progress: `${pendingVertex.name}: ${pendingVertex.status}` };
      return { state: "pending", progress: s };
    },
    {
      ...pollOptions(ctx, job, `job ${jobId} to start`, ctx.timing.startTimeoutMs),
      signal: stoppable(ctx),
      what: `start of job ${jobId}`
    }
  );
  guard(ctx.signal);
  if (o.state === "aborted") return interrupted(ctx, jobId, "the start") ?? { ok: false, cause: "aborted" };
  switch (o.state) {
    case "completed":
      return { ok: true, runningSince: o.value };
    case "failed":
      return { ok: false, cause: o.cause };
    default:
      return { ok: false, cause: describeTimeout(o) };
  }
}
function checkpointingOn(config) {
  const v = config["execution.checkpointing.interval"]?.trim();
  return v !== void 0 && v !== "" && !/^(0|-1)(\s*[a-z]*)?$/i.test(v);
}
async function checkpointing(ctx, jobId, config) {
  if (checkpointingOn(config)) return true;
  const r = await ctx.client.getCheckpointConfig?.(jobId);
  return r?.ok === true && r.value.intervalMs !== void 0;
}
async function healthGrace(ctx, job, jobId, since, config) {
  const needCheckpoint = await checkpointing(ctx, jobId, config) && ctx.timing.checkpointWaitMs > 0;
  const graceEnd = ctx.clock.now() + ctx.timing.graceMs;
  const budget = Math.max(0, graceEnd - ctx.clock.now()) + (needCheckpoint ? ctx.timing.checkpointWaitMs : 0);
  const o = await poll(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) return { state: "pending", progress: r.error.message };
      if (r.value.state !== "RUNNING") {
        const cause = await rootCause(ctx, jobId);
        return { state: "failed", cause: `job ${jobId} went ${r.value.state}${cause ? `: ${cause}` : ""}` };
      }
      const ex = await ctx.client.getExceptions(jobId, 10);
      if (ex.ok) {
        const fresh = ex.value.history.find((e) => (e.timestamp ?? Number.POSITIVE_INFINITY) >= since);
        if (fresh) return { state: "failed", cause: `job ${jobId} restarted: ${fresh.message}` };
      }
      if (ctx.clock.now() < graceEnd) return { state: "pending", progress: "grace period" };
      if (!needCheckpoint) return { state: "completed", value: true };
      const cp = await ctx.client.getCheckpoints(jobId);
      if (cp.ok && cp.value.counts.completed > 0) return { state: "completed", value: true };
      return { state: "pending", progress: "waiting for a completed checkpoint" };
    },
    {
      ...pollOptions(ctx, job, `health of job ${jobId}`, budget),
      signal: stoppable(ctx),
      what: `health check of job ${jobId}`
    }
  );
  guard(ctx.signal);
  if (o.state === "aborted")
    return interrupted(ctx, jobId, "the health check") ?? { ok: false, cause: "aborted" };
  switch (o.state) {
    case "completed":
      return { ok: true, runningSince: since };
    case "failed":
      return { ok: false, cause: o.cause };
    default:
      return {
        ok: false,
        cause: needCheckpoint ? `job ${jobId} completed no checkpoint within ${Math.round(budget / 1e3)} s` : describeTimeout(o)
      };
  }
}
async function awaitTerminal(ctx, job, jobId) {
  const o = await poll(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) return r.error.status === 404 ? { state: "completed", value: "gone" } : { state: "pending" };
      if (TERMINAL_JOB_STATES.has(r.value.state)) return { state: "completed", value: r.value.state };
      return { state: "pending", progress: r.value.state };
    },
    {
      ...pollOptions(ctx, job, `job ${jobId} to stop`, ctx.timing.cancelTimeoutMs),
      what: `stop of job ${jobId}`
    }
  );
  guard(ctx.signal);
  return o.state === "completed" ? { ok: true } : { ok: false, cause: o.state === "failed" ? o.cause : describeTimeout(o) };
}
async function cancelAndWait(ctx, job, jobId) {
  guard(ctx.signal);
  const c = await ctx.client.cancelJob(jobId);
  if (!c.ok && c.error.status !== 404 && c.error.status !== 408) {
    if (c.error.kind === "http") return { ok: false, cause: c.error.message };
  }
  const o = await poll(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) return r.error.status === 404 ? { state: "completed", value: "gone" } : { state: "pending" };
      if (TERMINAL_JOB_STATES.has(r.value.state)) return { state: "completed", value: r.value.state };
      if (r.value.state !== "CANCELLING") {
        await ctx.client.cancelJob(jobId);
      }
      return { state: "pending", progress: r.value.state };
    },
    {
      ...pollOptions(ctx, job, `cancel of job ${jobId}`, ctx.timing.cancelTimeoutMs),
      what: `cancel of job ${jobId}`
    }
  );
  guard(ctx.signal);
  return o.state === "completed" ? { ok: true } : { ok: false, cause: o.state === "failed" ? o.cause : describeTimeout(o) };
}

// src/apply/submit.ts
var MAX_ATTEMPTS = 6;
var SETUP_ATTEMPTS = 8;
var SQL_REFUSED = /(Validation|SqlParse|SqlParser|SqlValidate|Table|Catalog|DatabaseNotExist|FunctionNotExist)Exception|already exists|does not exist|not found/i;
function transient(e) {
  if (e.kind === "network" || e.kind === "timeout" || e.mayHaveReachedServer) return true;
  if (e.kind !== "http" || (e.status ?? 0) < 500) return false;
  return ![e.message, ...e.causes].some((line) => SQL_REFUSED.test(line));
}
var SETUP_TRIES = 4;
var CREATE_TEMPORARY = /^\s*CREATE\s+TEMPORARY\s/i;
async function setUp(ctx, text, run) {
  let r = await run();
  for (let n = 1; n < SETUP_TRIES && !r.ok && transient(r.error); n++) {
    await ctx.clock.sleep(retryPause(n), ctx.signal);
    guard(ctx.signal);
    const again = await run();
    const made = !again.ok && CREATE_TEMPORARY.test(text) && /already exists/i.test(errorText(again.error));
    r = made ? ok(void 0) : again;
  }
  return r;
}
function errorText(e) {
  return [e.message, ...e.causes].join("\n");
}
function retryPause(n) {
  const step = Math.min(8e3, 500 * 2 ** (n - 1));
  return Math.round(step / 2 + Math.random() * (step / 2));
}
var SUBMITTING = /* @__PURE__ */ new Set(["insert", "statement_set", "execute", "create_table_as"]);
var CLAIM_MODE_KEYS = ["execution.savepoint-restore-mode", "execution.state-recovery.claim-mode"];
var RESTORE_KEYS = [
  "execution.savepoint.path",
  "execution.savepoint.ignore-unclaimed-state",
  "execution.state-recovery.path",
  "execution.state-recovery.ignore-unclaimed-state",
  ...CLAIM_MODE_KEYS
];
var LABELS_KEY = "pipeline.global-job-parameters";
function formatLabels(labels) {
  const quoted = (s, delimiter) => s.includes(delimiter) || s.includes("'") || s.includes('"') || s !== s.trim() || s === "" ? `'${s.replaceAll("'", "''")}'` : s;
  return Object.entries(labels).map(([k, v]) => quoted(`${quoted(k, ":")}:${quoted(v, ":")}`, ",")).join(",");
}
function parseMapOption(text) {
  let s = text.trim();
  if (s.startsWith("{") && s.endsWith("}")) s = s.slice(1, -1);
  const out = {};
  for (const entry of splitQuoted(s, ",")) {
    if (entry.trim() === "") continue;
    const parts = splitQuoted(entry, ":");
    if (parts.length < 2) continue;
    const key = unquote2(parts[0]);
    out[key] = unquote2(parts.slice(1).join(":"));
  }
  return out;
}
function splitQuoted(s, delimiter) {
  const out = [];
  let cur = "";
  let quote;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      cur += c;
      if (c === quote) {
        if (s[i + 1] === quote) cur += s[++i];
        else quote = void 0;
      }
    } else if (c === "'" || c === '"') {
      quote = c;
      cur += c;
    } else if (c === delimiter) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}
function unquote2(part) {
  const t = part.trim();
  const q = t[0];
  if ((q === "'" || q === '"') && t.length >= 2 && t.endsWith(q)) return t.slice(1, -1).replaceAll(q + q, q);
  return t;
}
function labelsFor(project, env, job, specHash, commit) {
  return {
    [LABEL_KEYS.specHash]: specHash,
    [LABEL_KEYS.commit]: commit,
    [LABEL_KEYS.project]: project,
    [LABEL_KEYS.env]: env,
    [LABEL_KEYS.job]: job
  };
}
function secretValuesOf(script, source) {
  const out = [];
  for (const m of script.matchAll(/(?<!\$)\$\{secret\.([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
    const name = m[1];
    const v = typeof source === "function" ? source(name) : Object.hasOwn(source, name) ? source[name] : void 0;
    if (v) out.push(v);
  }
  return out;
}
function scriptConfig(script) {
  const out = {};
  for (const st of analyzeScript(script, "script.sql").statements) {
    if (st.kind === "set" && st.set?.key !== void 0) out[st.set.key] = st.set.value ?? "";
    if (st.kind === "reset") {
      if (st.set?.key === void 0) for (const k of Object.keys(out)) delete out[k];
      else delete out[st.set.key];
    }
  }
  return out;
}
function prepare(req, secrets) {
  const analysis = analyzeScript(req.script, `jobs/${req.job}.sql`);
  const config = {};
  const statements = [];
  const diags = [];
  const resolved = (text) => {
    const r = resolveSecrets(text, secrets);
    diags.push(...r.diags);
    return r.value;
  };
  let set;
  for (const st of analysis.statements) {
    if (st.kind === "set" || st.kind === "reset") {
      if (st.kind === "set" && st.set?.key !== void 0) {
        const v = resolveSecretsInValue(st.set.value ?? "", secrets);
        diags.push(...v.diags);
        config[st.set.key] = v.value;
      } else if (st.kind === "reset") {
        if (st.set?.key === void 0) for (const k of Object.keys(config)) delete config[k];
        else delete config[st.set.key];
      }
      if (st.set?.key === void 0 || !RESTORE_KEYS.includes(st.set.key)) {
        statements.push({ text: resolved(st.text), kind: st.kind, submits: false });
      }
      continue;
    }
    if (st.kind === "begin_statement_set") {
      set = [];
      continue;
    }
    if (set !== void 0 && st.kind === "insert") {
      set.push(resolved(st.text));
      continue;
    }
    if (set !== void 0 && st.kind === "end") {
      if (set.length > 0) {
        const body = set.map((i) => `  ${i};`).join("\n");
        statements.push({
          text: `EXECUTE STATEMENT SET
BEGIN
${body}
END`,
          kind: "statement_set",
          submits: true
        });
      }
      set = void 0;
      continue;
    }
    statements.push({ text: resolved(st.text), kind: st.kind, submits: SUBMITTING.has(st.kind) });
  }
  if (!statements.some((s) => s.submits)) {
    diags.push(
      error(
        APPLY_CODES.submitFailed,
        `the script of job ${req.job} has no INSERT or statement set to submit`,
        "A job script must end with INSERT INTO … or EXECUTE STATEMENT SET; run flinkops validate."
      )
    );
  }
  return { config, statements, diags };
}
async function findRunning(ctx, pipelineName2, specHash) {
  for (let attempt = 0; attempt < 10; attempt++) {
    const listed = await ctx.client.listJobs();
    if (!listed.ok) {
      await ctx.clock.sleep(1e3, ctx.signal);
      continue;
    }
    const candidates = listed.value.filter((j) => j.name === pipelineName2 && !TERMINAL_JOB_STATES.has(j.state)).sort((a, b) => b.startTime - a.startTime);
    let unreadable = false;
    for (const c of candidates) {
      const cfg = await ctx.client.getJobConfig(c.id);
      const hash = cfg.ok ? cfg.value.userConfig?.[LABEL_KEYS.specHash] : void 0;
      if (hash === specHash) return c.id;
      if (hash === void 0) unreadable = true;
    }
    if (!unreadable) return void 0;
    await ctx.clock.sleep(1e3, ctx.signal);
  }
  return void 0;
}
function failed(ctx, req, e, what) {
  const d = flinkDiagnostic(e, `submitting job ${req.job}: ${what}`);
  return {
    ok: false,
    diag: {
      ...d,
      code: APPLY_CODES.submitFailed,
      summary: mask(ctx, d.summary),
      detail: mask(ctx, d.detail)
    }
  };
}
var CONFIGURABLE = /* @__PURE__ */ new Set([
  "set",
  "reset",
  "create_table",
  "create_view",
  "create_function",
  "create_catalog",
  "create_database",
  "alter",
  "drop",
  "use",
  "add_jar"
]);
async function submitJob(ctx, req) {
  for (const v of secretValuesOf(req.script, ctx.secrets)) ctx.secretValues.add(v);
  const prepared = prepare(req, ctx.secrets);
  const problem = prepared.diags.find((d) => d.severity === "error");
  if (problem) return { ok: false, diag: { ...problem, summary: mask(ctx, problem.summary) } };
  const caps = await ctx.client.capabilities();
  const restore = {};
  if (req.restorePath) {
    restore["execution.savepoint.path"] = req.restorePath;
    if (req.allowNonRestoredState) {
      restore["execution.savepoint.ignore-unclaimed-state"] = "true";
      restore["execution.state-recovery.ignore-unclaimed-state"] = "true";
    }
    for (const k of CLAIM_MODE_KEYS) restore[k] = "NO_CLAIM";
  }
  const own = prepared.config[LABELS_KEY];
  const executionConfig = {
    ...prepared.config,
    "pipeline.name": req.pipelineName,
    // The job's own parameters stay; the flinkops.* labels are added (and win on a clash).
    [LABELS_KEY]: formatLabels({
      ...own ? parseMapOption(own) : {},
      ...labelsFor(ctx.desired.project, ctx.desired.env, req.job, req.specHash, req.commit)
    }),
    "parallelism.default": String(req.parallelism),
    ...req.maxParallelism !== void 0 ? { "pipeline.max-parallelism": String(req.maxParallelism) } : {},
    ...req.savepointDir ? { "state.savepoints.dir": req.savepointDir } : {}
  };
  for (const k of RESTORE_KEYS) delete executionConfig[k];
  if (caps.executionConfigRestores) Object.assign(executionConfig, restore);
  let last;
  let submits = 0;
  let setups = 0;
  while (submits < MAX_ATTEMPTS && setups < SETUP_ATTEMPTS) {
    if (submits + setups > 0) await ctx.clock.sleep(retryPause(submits + setups), ctx.signal);
    guard(ctx.signal);
    const opened = await ctx.client.openSession({ sessionName: `flinkops-${req.job}` });
    if (!opened.ok) {
      last = failed(ctx, req, opened.error, "opening a gateway session");
      if (!transient(opened.error)) return last;
      setups++;
      continue;
    }
    const sh = opened.value;
    try {
      const session = caps.executionConfigRestores ? [] : Object.entries(restore).map(([k, v]) => `SET ${quoteString(k)} = ${quoteString(v)}`);
      let startOver = false;
      for (const st of [
        ...session.map((text) => ({ text, kind: "set", submits: false })),
        ...prepared.statements
      ]) {
        guard(ctx.signal);
        const run = () => !st.submits && caps.supportsConfigureSession && CONFIGURABLE.has(st.kind) ? ctx.client.configureSession(sh, st.text).then((c) => c.ok ? ok(void 0) : c) : ctx.client.runStatement(sh, st.text, {
          ...st.submits ? { executionConfig, timeoutMs: ctx.timing.submitTimeoutMs } : {},
          signal: ctx.signal
        });
        const r = st.submits ? await run() : await setUp(ctx, st.text, run);
        if (r.ok) {
          if (!st.submits) continue;
          const jobId = r.value ? r.value.jobId : void 0;
          if (jobId) return { ok: true, jobId, adoptedExisting: false };
          last = {
            ok: false,
            diag: error(
              APPLY_CODES.submitFailed,
              `submitting job ${req.job}: the gateway reported no job id`,
              "The statement ran but named no job; check the SQL gateway log, then run plan again."
            )
          };
          const found = await findRunning(ctx, req.pipelineName, req.specHash);
          return found ? { ok: true, jobId: found, adoptedExisting: true } : last;
        }
        guard(ctx.signal);
        last = failed(ctx, req, r.error, `${st.kind} statement`);
        if (!transient(r.error)) return last;
        if (st.submits) {
          const found = await findRunning(ctx, req.pipelineName, req.specHash);
          if (found) return { ok: true, jobId: found, adoptedExisting: true };
          submits++;
        } else setups++;
        startOver = true;
        break;
      }
      if (!startOver) break;
    } finally {
      await ctx.client.closeSession(sh);
    }
  }
  return last ?? failed(
    ctx,
    req,
    { kind: "protocol", service: "gateway", call: "submit", message: "gave up", causes: [] },
    "submission"
  );
}

// src/apply/rollback.ts
async function recordFailed(ctx, run, cause) {
  const job = run.change.job;
  await ctx.store.update(
    `apply: ${run.change.action} of ${job} failed`,
    (d) => appendHistory(setStatus(clearPending(d, job), job, "failed"), job, {
      time: iso(ctx.clock),
      action: `${run.change.action}-failed`,
      ...run.newJobId ? { jobId: run.newJobId } : {},
      detail: mask(ctx, cause)
    })
  );
}
async function rollback(ctx, run, cause) {
  const job = run.change.job;
  ctx.emit({ type: "rollback-started", job, reason: mask(ctx, cause) });
  if (run.newJobId) {
    const c = await cancelAndWait(ctx, job, run.newJobId);
    if (!c.ok) {
      const why = `could not cancel the new job ${run.newJobId}: ${c.cause}`;
      await recordFailed(ctx, run, why);
      return {
        ok: false,
        cause: why,
        diag: error(
          APPLY_CODES.rollbackFailed,
          `rollback of job ${job} failed: ${why}`,
          "Cancel it in the Flink UI, then apply again."
        )
      };
    }
  }
  const target = run.previous;
  const restore = run.savepoint?.path ?? run.checkpoint ?? run.restoredFrom;
  if (!target?.script.trim()) {
    const why = "no stable version is known to roll back to";
    await recordFailed(ctx, run, `${cause}; ${why}`);
    return {
      ok: false,
      cause: why,
      diag: error(
        APPLY_CODES.rollbackFailed,
        `rollback of job ${job} impossible: ${why}`,
        `Nothing runs for this job now. ${restore ? `Its state is in ${restore}. ` : ""}Fix the job and apply again.`
      )
    };
  }
  const sub = await submitJob(ctx, {
    job,
    pipelineName: run.change.pipelineName,
    script: target.script,
    specHash: target.specHash,
    commit: target.commit ?? "unknown",
    parallelism: target.parallelism,
    ...typeof target.settings?.maxParallelism === "number" ? { maxParallelism: target.settings.maxParallelism } : {},
    ...restore ? { restorePath: restore } : {},
    allowNonRestoredState: target.settings?.allowNonRestoredState === true,
    ...ctx.desired.environment.savepointDir ? { savepointDir: ctx.desired.environment.savepointDir } : {}
  });
  if (!sub.ok) {
    await recordFailed(ctx, run, `${cause}; rollback submission failed: ${sub.diag.summary}`);
    return { ok: false, cause: sub.diag.summary, diag: { ...sub.diag, code: APPLY_CODES.rollbackFailed } };
  }
  const jobId = sub.jobId;
  const restored = {
    ...target,
    jobId,
    deployedAt: iso(ctx.clock),
    ...restore ? { restoredFrom: restore } : {}
  };
  await ctx.store.update(
    `apply: roll back ${job}`,
    (d) => appendHistory(setCurrent(clearPending(d, job), job, restored, "running"), job, {
      time: iso(ctx.clock),
      action: "rollback",
      jobId,
      ...restore ? { savepoint: restore } : {},
      ...target.commit ? { commit: target.commit } : {},
      detail: mask(ctx, `to spec ${target.specHash.slice(0, 12)}: ${cause}`)
    })
  );
  run.report.newJobId = jobId;
  const running = await awaitRunning(ctx, job, jobId);
  const healthy = running.ok ? await healthGrace(ctx, job, jobId, running.runningSince, scriptConfig(target.script)) : running;
  if (!healthy.ok) {
    await recordFailed(ctx, run, `rollback unhealthy: ${healthy.cause}`);
    return {
      ok: false,
      cause: healthy.cause,
      diag: error(
        APPLY_CODES.rollbackFailed,
        `rollback of job ${job} failed: ${mask(ctx, healthy.cause)}`,
        "Neither the new nor the previous version runs healthily. Check the job in the Flink UI and the cluster log."
      )
    };
  }
  await ctx.store.update(`apply: ${job} rolled back`, (d) => markStable(d, job));
  return { ok: true };
}

// src/apply/savepoint.ts
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
function fail(ctx, code, t, cause, detail) {
  const c = mask(ctx, cause);
  return {
    ok: false,
    cause: c,
    diag: error(code, `savepoint of job ${t.job} (${t.jobId}) failed: ${c}`, detail)
  };
}
async function record(ctx, t, path, triggerId) {
  const time = iso(ctx.clock);
  await ctx.store.update(`${prefix(t)}: savepoint of ${t.job} completed`, (d) => {
    const next = recordSavepoint(d, t.job, {
      path,
      time,
      triggerId,
      jobId: t.jobId,
      specHash: t.specHash,
      kind: t.kind
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
  await ctx.store.update(`${prefix(t)}: ${what}`, (d) => setPending(d, t.job, pending));
  return startedAt;
}
async function lookForOutcome(ctx, jobId, startedAt) {
  const [cp, job] = await Promise.all([ctx.client.getCheckpoints(jobId), ctx.client.getJob(jobId)]);
  const state = job.ok ? job.value.state : void 0;
  const sp = cp.ok ? cp.value.latestSavepoint : void 0;
  const fresh = sp?.externalPath && (sp.timestamp === void 0 || sp.timestamp >= startedAt);
  return { ...fresh ? { path: sp.externalPath } : {}, ...state ? { state } : {} };
}
async function follow(ctx, t, triggerId, startedAt, retrigger) {
  let trigger = triggerId;
  let since = startedAt;
  for (let round = 0; ; round++) {
    const o = await awaitSavepoint(ctx.client, t.jobId, trigger, {
      ...pollOptions(ctx, t.job, `savepoint of job ${t.jobId}`, ctx.timing.savepointTimeoutMs)
    });
    guard(ctx.signal);
    if (o.state === "completed") {
      await record(ctx, t, o.value, trigger);
      return { ok: true, path: o.value, triggerId: trigger };
    }
    if (o.state === "timeout") {
      return fail(
        ctx,
        APPLY_CODES.savepointTimeout,
        t,
        describeTimeout(o),
        "The operation is recorded as pending in the state store: the next apply polls it again before doing anything else. Check the JobManager log for slow or stuck checkpoints."
      );
    }
    if (o.state === "aborted") throw ctx.signal.reason ?? new Error("aborted");
    const created = o.cause.kind === "failed" ? createdSavepoint(o.cause.message, o.cause.causes) : void 0;
    if (created && t.mode !== "trigger") {
      await record(ctx, t, created, trigger);
      return { ok: true, path: created, triggerId: trigger, failedWhileStopping: true };
    }
    if (o.cause.kind === "failed") {
      await ctx.store.update(
        `${prefix(t)}: savepoint of ${t.job} failed`,
        (d) => appendHistory(clearPending(d, t.job), t.job, {
          time: iso(ctx.clock),
          action: "savepoint-failed",
          jobId: t.jobId,
          detail: mask(ctx, o.cause.kind === "failed" ? o.cause.message : "failed")
        })
      );
      return fail(
        ctx,
        APPLY_CODES.savepointFailed,
        t,
        o.cause.message,
        t.mode === "trigger" ? "The job keeps running; no savepoint was recorded. Fix the cause (see the JobManager log) and run again." : "The job keeps running its current version; nothing else was changed. Fix the cause (see the JobManager log) and apply again."
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
    return fail(
      ctx,
      APPLY_CODES.savepointFailed,
      t,
      `the JobManager no longer knows trigger ${trigger} and no new savepoint of job ${t.jobId} was found (job ${found.state ?? "not found"})`,
      "Check the job in the Flink UI. If it still runs, apply again; if it stopped, its last checkpoint may be restored with restoreFrom."
    );
  }
}
function createdSavepoint(message, causes = []) {
  for (const text of [message, ...causes]) {
    const m = /A savepoint has been created at: (\S+?), but the corresponding job/.exec(text);
    if (m) return m[1];
  }
  return void 0;
}
async function stopWithSavepoint(ctx, t) {
  const triggerId = newTriggerId();
  const startedAt = await writePending(ctx, t, triggerId);
  guard(ctx.signal);
  const r = await triggerCall(ctx, t, triggerId);
  guard(ctx.signal);
  if (!r.ok && r.error.kind === "http" && (r.error.status ?? 500) < 500) {
    const what = t.mode === "trigger" ? "savepoint" : "stop";
    await ctx.store.update(`${prefix(t)}: ${what} of ${t.job} refused`, (d) => clearPending(d, t.job));
    return fail(
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
async function resolvePendingSavepoint(ctx, t, pending) {
  if (!pending.triggerId) return void 0;
  const startedAt = Date.parse(pending.startedAt);
  const o = await follow(ctx, t, pending.triggerId, Number.isNaN(startedAt) ? 0 : startedAt, false);
  return o;
}

// src/apply/step-util.ts
function specHashOfLive(ctx, run) {
  return run.change.from?.specHash ?? ctx.store.record(run.change.job)?.current?.specHash ?? "unknown";
}
function failure(code, summary, detail, cause = summary) {
  return { ok: false, cause, diag: error(code, summary, detail) };
}
function history(ctx, _run, action, extra = {}) {
  const e = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== void 0));
  return { time: iso(ctx.clock), action, commit: ctx.commit, ...e };
}
async function health(ctx, run, which) {
  const job = run.change.job;
  const id = run.newJobId;
  if (!id) return OK;
  const h = which === "running" ? await awaitRunning(ctx, job, id) : await healthGrace(
    ctx,
    job,
    id,
    run.runningSince ?? ctx.clock.now(),
    scriptConfig(run.desired?.script ?? "")
  );
  if (h.ok) {
    run.runningSince = h.runningSince;
    return OK;
  }
  if (h.interrupted) {
    return {
      ok: false,
      interrupted: true,
      cause: h.cause,
      diag: warning(
        APPLY_CODES.interrupted,
        `the health check of job ${job} (${id}) was not finished: the run was interrupted`,
        `The new job runs but is not yet known to be healthy; the previous version stays the rollback target. Run flinkops plan: it shows the check as unfinished, and apply finishes it.`
      )
    };
  }
  const cause = mask(ctx, h.cause);
  const unmapped = /Cannot map checkpoint\/savepoint state/.test(cause);
  return failure(
    APPLY_CODES.unhealthy,
    `job ${job} did not become healthy: ${cause}`,
    unmapped ? `The new query's operators do not match the state in the savepoint. To drop the state that no longer maps, set allowNonRestoredState: true in jobs/${job}.yaml; to start without state, upgradeMode: stateless.` : "See the exception in the Flink UI (Exceptions tab) and the task manager logs.",
    cause
  );
}

// src/apply/step-checkpoint.ts
async function latestCheckpoint(ctx, jobId) {
  const cp = await ctx.client.getCheckpoints(jobId);
  const latest2 = cp.ok ? cp.value.latestCompleted : void 0;
  if (!latest2?.externalPath) return void 0;
  return { path: latest2.externalPath, ...latest2.timestamp ? { timestamp: latest2.timestamp } : {} };
}
async function record2(ctx, run, jobId, cp, kind) {
  const job = run.change.job;
  const time = cp.timestamp !== void 0 ? new Date(cp.timestamp).toISOString() : iso(ctx.clock);
  await ctx.store.update(
    `apply: ${job}: checkpoint to restore from recorded`,
    (d) => recordSavepoint(d, job, {
      path: cp.path,
      time,
      triggerId: "",
      jobId,
      specHash: specHashOfLive(ctx, run),
      kind
    })
  );
}
async function readCheckpoint(ctx, run, s) {
  const cp = await latestCheckpoint(ctx, s.jobId);
  if (!cp) {
    return failure(
      APPLY_CODES.noCheckpoint,
      `job ${run.change.job} has no completed checkpoint to carry its state over`,
      "A last-state upgrade restores from the latest checkpoint: turn checkpointing on, or use upgradeMode: savepoint."
    );
  }
  run.checkpoint = cp.path;
  await record2(ctx, run, s.jobId, cp, "upgrade");
  return OK;
}
async function keepCheckpoint(ctx, run, jobId, kind) {
  const cp = await latestCheckpoint(ctx, jobId);
  if (!cp) return void 0;
  run.checkpoint = cp.path;
  await record2(ctx, run, jobId, cp, kind);
  return cp.path;
}
async function refreshCheckpoint(ctx, run, jobId, kind = "upgrade") {
  const cp = await latestCheckpoint(ctx, jobId);
  if (!cp || cp.path === run.checkpoint) return;
  run.checkpoint = cp.path;
  await record2(ctx, run, jobId, cp, kind);
}
async function keepEndedJobCheckpoint(ctx, run, status) {
  const jobId = run.change.liveJobId;
  if (run.savepoint || !jobId) return;
  const cp = await latestCheckpoint(ctx, jobId);
  if (cp) await record2(ctx, run, jobId, cp, status === "suspended" ? "suspend" : "delete");
}

// src/apply/step-rescale.ts
async function failed2(ctx, job, r) {
  await ctx.store.update(`apply: rescale of ${job} failed`, (d) => clearPending(d, job));
  return r;
}
async function rescaleInPlace(ctx, run, s) {
  const job = run.change.job;
  await ctx.store.update(
    `apply: rescale ${job}`,
    (d) => setPending(d, job, { kind: "rescale", jobId: s.jobId, startedAt: iso(ctx.clock) })
  );
  const [details, current] = await Promise.all([
    ctx.client.getJob(s.jobId),
    ctx.client.getResourceRequirements(s.jobId)
  ]);
  const bad = !details.ok ? details.error : !current.ok ? current.error : void 0;
  if (bad || !details.ok || !current.ok) {
    return failed2(
      ctx,
      job,
      failure(
        APPLY_CODES.rescaleFailed,
        `cannot read job ${s.jobId} to rescale ${job}: ${bad?.message}`,
        "Run plan again."
      )
    );
  }
  const next = rescaledRequirements(details.value.vertices, current.value, s.from, s.parallelism);
  guard(ctx.signal);
  const put = await ctx.client.putResourceRequirements(s.jobId, next);
  if (!put.ok) {
    return failed2(
      ctx,
      job,
      failure(
        APPLY_CODES.rescaleFailed,
        `in-place rescale of job ${job} refused: ${put.error.message}`,
        "The cluster needs jobmanager.scheduler: adaptive (Flink 1.18+). Set rescale through a savepoint restart instead."
      )
    );
  }
  return OK;
}
function rescaledRequirements(vertices, current, from, to) {
  const next = {};
  for (const v of vertices) {
    const have = current[v.id] ?? { lowerBound: 1, upperBound: v.parallelism };
    const atJobParallelism = have.upperBound === from || current[v.id] === void 0 && v.parallelism === from;
    const max = v.maxParallelism > 0 ? v.maxParallelism : to;
    next[v.id] = atJobParallelism ? { lowerBound: 1, upperBound: Math.min(to, max) } : have;
  }
  for (const id of Object.keys(current)) next[id] ??= current[id];
  return next;
}
async function awaitParallelism(ctx, run, s) {
  const o = await poll(
    async () => {
      const [r, req] = await Promise.all([
        ctx.client.getJob(s.jobId),
        ctx.client.getResourceRequirements(s.jobId)
      ]);
      if (!r.ok) return { state: "pending", progress: r.error.message };
      if (!req.ok) return { state: "pending", progress: req.error.message };
      if (["FAILED", "CANCELED", "FINISHED"].includes(r.value.state))
        return { state: "failed", cause: `job went ${r.value.state}` };
      const done = r.value.vertices.every((v) => {
        const upper = req.value[v.id]?.upperBound;
        return upper === void 0 || v.parallelism === upper;
      });
      return done && r.value.state === "RUNNING" ? { state: "completed", value: true } : { state: "pending", progress: r.value.state };
    },
    {
      ...pollOptions(ctx, run.change.job, `rescale of job ${s.jobId}`, ctx.timing.rescaleTimeoutMs),
      what: `rescale of job ${s.jobId}`
    }
  );
  guard(ctx.signal);
  if (o.state === "completed") return OK;
  const why = o.state === "failed" ? o.cause : `not at parallelism ${s.parallelism} in time`;
  return failed2(
    ctx,
    run.change.job,
    failure(
      APPLY_CODES.rescaleFailed,
      `in-place rescale of job ${run.change.job} failed: ${why}`,
      "Check the job in the Flink UI; apply again."
    )
  );
}

// src/apply/step-stop.ts
async function unsavepointable(ctx, jobId) {
  const r = await ctx.client.getJob(jobId);
  if (!r.ok) return void 0;
  const s = r.value.state;
  return s === "RUNNING" || TERMINAL_JOB_STATES.has(s) ? void 0 : s;
}
async function stopByCancel(ctx, run, s, state) {
  const job = run.change.job;
  const restarts = s.savepointKind === "upgrade" || s.savepointKind === "rescale";
  const pinned = restarts ? run.change.restoreFrom : void 0;
  const cp = await keepCheckpoint(ctx, run, s.jobId, s.savepointKind);
  if (!cp && restarts && !pinned) {
    return failure(
      APPLY_CODES.noCheckpoint,
      `job ${job} is ${state}: no savepoint possible and no completed checkpoint to carry its state over`,
      `Nothing was changed; the job keeps restarting. To replace it without state, set upgradeMode: stateless in jobs/${job}.yaml; or set restoreFrom: <path> to a savepoint of it, or fix what makes it fail, then apply again.`
    );
  }
  await ctx.store.update(
    `apply: cancel ${job} (no savepoint possible while ${state})`,
    (d) => setPending(d, job, { kind: "cancel", jobId: s.jobId, startedAt: iso(ctx.clock) })
  );
  const c = await cancelAndWait(ctx, job, s.jobId);
  if (!c.ok) {
    return failure(
      APPLY_CODES.cancelFailed,
      `cannot cancel job ${s.jobId} of ${job} (${state}, no savepoint possible): ${c.cause}`,
      "Check the job in the Flink UI."
    );
  }
  run.oldStopped = true;
  if (cp) {
    await refreshCheckpoint(ctx, run, s.jobId, s.savepointKind);
    run.report.savepoint = run.checkpoint;
  }
  const then = run.checkpoint ? `will restore from checkpoint ${run.checkpoint}` : pinned ? `will restore from ${pinned}` : s.savepointKind === "delete" ? "no state was kept" : "will resume without state";
  run.stoppedByCancel = `stopped by cancel: no savepoint possible while ${state}; ${then}`;
  run.diags.push(
    warning(
      APPLY_CODES.stoppedByCancel,
      `job ${job} ${run.stoppedByCancel}`,
      run.checkpoint ? "Flink takes no savepoint of a job that is not RUNNING. The checkpoint is recorded in the state store like a savepoint; records after it are replayed from the sources." : "Flink takes no savepoint of a job that is not RUNNING, and the job had no completed checkpoint. To start from a known savepoint instead, set restoreFrom: <path> in the job settings."
    )
  );
  return OK;
}
async function stop(ctx, run, s) {
  if (run.savepoint?.jobId === s.jobId) {
    run.oldStopped = true;
    return OK;
  }
  const before = await unsavepointable(ctx, s.jobId);
  if (before) return stopByCancel(ctx, run, s, before);
  const o = await stopWithSavepoint(ctx, {
    job: run.change.job,
    jobId: s.jobId,
    specHash: specHashOfLive(ctx, run),
    kind: s.savepointKind
  });
  if (!o.ok) {
    if (o.diag.code === APPLY_CODES.savepointFailed) {
      const after = await unsavepointable(ctx, s.jobId);
      if (after) return stopByCancel(ctx, run, s, after);
    }
    return { ok: false, cause: o.cause, diag: o.diag };
  }
  run.savepoint = { path: o.path, jobId: s.jobId };
  run.report.savepoint = o.path;
  if (!o.failedWhileStopping) {
    const t = await awaitTerminal(ctx, run.change.job, s.jobId);
    if (!t.ok) {
      return failure(
        APPLY_CODES.cancelFailed,
        `job ${s.jobId} of ${run.change.job} did not stop after its savepoint: ${t.cause}`,
        `Its savepoint ${o.path} is recorded in the state store. Check the job in the Flink UI, then apply again.`
      );
    }
  } else {
    const c = await cancelAndWait(ctx, run.change.job, s.jobId);
    if (!c.ok) {
      return failure(
        APPLY_CODES.cancelFailed,
        `job ${s.jobId} of ${run.change.job} failed while stopping and cannot be cancelled: ${c.cause}`,
        `Its savepoint ${o.path} is recorded in the state store. Cancel the job in the Flink UI, then apply again.`
      );
    }
  }
  run.oldStopped = true;
  return OK;
}

// src/apply/step-sync.ts
async function syncRecord(ctx, run, s) {
  const job = run.change.job;
  const d = run.desired;
  const rec = ctx.store.record(job);
  const liveHash = run.change.from?.specHash;
  if (!d || liveHash === void 0 || liveHash !== d.restartHash) return OK;
  const parallelism = Math.max(1, run.change.from?.parallelism ?? d.parallelism);
  const cur = rec?.current;
  if (cur?.jobId !== s.jobId || cur.specHash !== liveHash || cur.parallelism !== parallelism || rec?.status !== "running" || rec.pending) {
    run.touched = true;
    const version = {
      specHash: liveHash,
      script: d.script,
      parallelism,
      jobId: s.jobId,
      commit: ctx.commit,
      deployedAt: iso(ctx.clock),
      settings: deployedSettings(d.settings)
    };
    await ctx.store.update(
      `apply: ${job}: record the live job`,
      (doc) => appendHistory(
        setCurrent(clearPending(doc, job), job, version, "running"),
        job,
        history(ctx, run, "sync", { jobId: s.jobId })
      )
    );
  }
  if (ctx.store.record(job)?.lastStable?.jobId === s.jobId) return OK;
  run.touched = true;
  run.newJobId = s.jobId;
  const up = await health(ctx, run, "running");
  if (!up.ok) return up;
  const ok2 = await health(ctx, run, "grace");
  if (!ok2.ok) return ok2;
  await ctx.store.update(`apply: ${job} stable`, (doc) => markStable(doc, job));
  return OK;
}

// src/apply/step-run.ts
function stopKind(run) {
  const s = run.steps.steps.find((x) => x.kind === "stop-with-savepoint");
  return s?.savepointKind ?? "upgrade";
}
async function resolvePending(ctx, run) {
  const job = run.change.job;
  const p = ctx.store.record(job)?.pending;
  if (!p) return OK;
  switch (p.kind) {
    case "savepoint":
    case "stop-with-savepoint": {
      if (!p.jobId) break;
      const trigger = p.kind === "savepoint";
      const specHash = specHashOfLive(ctx, run);
      const t = trigger ? { job, jobId: p.jobId, specHash, kind: "periodic", mode: "trigger" } : { job, jobId: p.jobId, specHash, kind: stopKind(run) };
      const o = await resolvePendingSavepoint(ctx, t, p);
      if (o?.ok && trigger) return OK;
      if (o?.ok) {
        run.savepoint = { path: o.path, jobId: p.jobId };
        run.fromPending = o.path;
        run.report.savepoint = o.path;
        await ctx.store.update(
          `apply: ${job}: interrupted savepoint found`,
          (d) => appendHistory(
            clearPending(d, job),
            job,
            history(ctx, run, "savepoint-recovered", { jobId: p.jobId, savepoint: o.path })
          )
        );
        return OK;
      }
      if (o && o.diag.code === APPLY_CODES.savepointTimeout)
        return { ok: false, cause: o.cause, diag: o.diag };
      break;
    }
    case "cancel": {
      if (!p.jobId) break;
      const cp = await ctx.client.getCheckpoints(p.jobId);
      const path = cp.ok ? cp.value.latestCompleted?.externalPath : void 0;
      if (path) {
        run.checkpoint = path;
        run.fromPending = path;
      }
      return OK;
    }
    case "submit":
    case "rescale":
      break;
  }
  await ctx.store.update(`apply: ${job}: interrupted ${p.kind} resolved`, (d) => clearPending(d, job));
  return OK;
}
function asRun(run, s) {
  if (s.kind !== "submit") return s;
  const path = restorePath(run, s.restore);
  return path ? { ...s, restore: { kind: "path", path } } : s;
}
function restorePath(run, r) {
  switch (r.kind) {
    case "none":
      return run.fromPending;
    case "this-run":
      return run.savepoint?.path ?? run.checkpoint;
    case "path":
      return run.fromPending ?? r.path;
  }
}
async function submit(ctx, run, s) {
  const job = run.change.job;
  const d = run.desired;
  if (!d) {
    return failure(
      APPLY_CODES.planMismatch,
      `job ${job} is not in the desired state`,
      "Run plan again from the same commit."
    );
  }
  const restore = restorePath(run, s.restore);
  if (s.restore.kind === "this-run" && !restore) {
    return failure(APPLY_CODES.savepointFailed, `no savepoint of job ${job} to restore from`, "Apply again.");
  }
  await ctx.store.update(
    `apply: submit ${job}`,
    (doc) => setPending(doc, job, { kind: "submit", specHash: s.specHash, startedAt: iso(ctx.clock) })
  );
  const sub = await submitJob(ctx, {
    job,
    pipelineName: d.pipelineName,
    script: d.script,
    specHash: s.specHash,
    commit: ctx.commit,
    parallelism: s.parallelism,
    ...d.settings.maxParallelism !== void 0 ? { maxParallelism: d.settings.maxParallelism } : {},
    ...restore ? { restorePath: restore } : {},
    allowNonRestoredState: s.allowNonRestoredState,
    ...ctx.desired.environment.savepointDir ? { savepointDir: ctx.desired.environment.savepointDir } : {}
  });
  if (!sub.ok) {
    await ctx.store.update(`apply: submit of ${job} failed`, (doc) => clearPending(doc, job));
    return { ok: false, cause: sub.diag.summary, diag: sub.diag };
  }
  run.newJobId = sub.jobId;
  run.report.newJobId = sub.jobId;
  if (restore) run.restoredFrom = restore;
  const version = {
    specHash: s.specHash,
    script: d.script,
    parallelism: s.parallelism,
    jobId: sub.jobId,
    commit: ctx.commit,
    deployedAt: iso(ctx.clock),
    ...restore ? { restoredFrom: restore } : {},
    settings: { ...deployedSettings(d.settings), allowNonRestoredState: s.allowNonRestoredState }
  };
  await ctx.store.update(`apply: ${run.change.action} ${job}`, (doc) => {
    let next = setCurrent(clearPending(doc, job), job, version, "running");
    next = {
      ...next,
      jobs: { ...next.jobs, [job]: { ...next.jobs[job], deletionPolicy: d.settings.deletionPolicy } }
    };
    return appendHistory(
      next,
      job,
      history(ctx, run, run.change.action === "none" ? "sync" : run.change.action, {
        jobId: sub.jobId,
        savepoint: restore
      })
    );
  });
  return OK;
}
async function runStep(ctx, run, s) {
  const job = run.change.job;
  switch (s.kind) {
    case "resolve-pending":
      return resolvePending(ctx, run);
    case "stop-with-savepoint":
      return stop(ctx, run, s);
    case "record-savepoint": {
      const entry = run.stoppedByCancel ? history(ctx, run, "stopped-by-cancel", {
        jobId: run.change.liveJobId,
        savepoint: run.checkpoint,
        detail: run.stoppedByCancel
      }) : history(ctx, run, `savepoint-${s.savepointKind}`, {
        jobId: run.savepoint?.jobId,
        savepoint: run.savepoint?.path
      });
      await ctx.store.update(
        `apply: ${job}: savepoint recorded`,
        (d) => appendHistory(clearPending(d, job), job, entry)
      );
      return OK;
    }
    case "read-checkpoint":
      return readCheckpoint(ctx, run, s);
    case "cancel": {
      await ctx.store.update(
        `apply: cancel ${job}`,
        (d) => setPending(d, job, { kind: "cancel", jobId: s.jobId, startedAt: iso(ctx.clock) })
      );
      const c = await cancelAndWait(ctx, job, s.jobId);
      if (!c.ok)
        return failure(
          APPLY_CODES.cancelFailed,
          `cannot cancel job ${s.jobId} of ${job}: ${c.cause}`,
          "Check the job in the Flink UI."
        );
      run.oldStopped = true;
      if (run.checkpoint) {
        await refreshCheckpoint(ctx, run, s.jobId);
        run.report.savepoint = run.checkpoint;
      }
      return OK;
    }
    case "submit":
      return submit(ctx, run, s);
    case "await-running":
      return health(ctx, run, "running");
    case "health-grace":
      return health(ctx, run, "grace");
    case "record-stable":
      await ctx.store.update(
        `apply: ${job} stable`,
        (d) => appendHistory(markStable(d, job), job, history(ctx, run, "stable", { jobId: run.newJobId }))
      );
      return OK;
    case "put-resource-requirements":
      return rescaleInPlace(ctx, run, s);
    case "await-parallelism":
      return awaitParallelism(ctx, run, s);
    case "record-rescale":
      await ctx.store.update(`apply: ${job} rescaled`, (d) => {
        const cur = d.jobs[job]?.current;
        const next = cur?.jobId === s.jobId ? markStable(setCurrent(d, job, { ...cur, parallelism: s.parallelism }), job) : d;
        return appendHistory(
          clearPending(next, job),
          job,
          history(ctx, run, "rescale", { jobId: s.jobId, detail: `parallelism ${s.parallelism}` })
        );
      });
      return OK;
    case "record-status":
      await keepEndedJobCheckpoint(ctx, run, s.status);
      await ctx.store.update(
        `apply: ${job} ${s.status}`,
        (d) => appendHistory(
          setStatus(clearPending(d, job), job, s.status),
          job,
          history(ctx, run, s.status === "suspended" ? "suspend" : "delete", {
            savepoint: run.savepoint?.path ?? run.checkpoint
          })
        )
      );
      return OK;
    case "adopt": {
      const rec = ctx.store.record(job);
      const version = {
        specHash: s.specHash ?? "unlabelled",
        script: s.script ?? (rec?.current?.jobId === s.jobId ? rec.current.script : ""),
        parallelism: s.parallelism,
        jobId: s.jobId,
        commit: ctx.commit,
        deployedAt: iso(ctx.clock)
      };
      await ctx.store.update(
        `apply: adopt ${job}`,
        (d) => appendHistory(
          markStable(setCurrent(d, job, version, "running"), job),
          job,
          history(ctx, run, "adopt", { jobId: s.jobId })
        )
      );
      return OK;
    }
    case "sync-record":
      return syncRecord(ctx, run, s);
  }
}

// src/apply/run-job.ts
async function guarded(ctx, fn) {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof StateStoreError && !ctx.signal.aborted) {
      return { ok: false, cause: e.diagnostic.summary, diag: e.diagnostic };
    }
    throw e;
  }
}
async function onFailure(ctx, run, failed3) {
  const job = run.change.job;
  run.diags.push(failed3.diag);
  run.report.error = mask(ctx, failed3.cause);
  run.report.outcome = "failed";
  if (run.steps.rollback && run.oldStopped) {
    const rb = await guarded(ctx, () => rollback(ctx, run, failed3.cause));
    if (rb.ok) {
      run.report.outcome = "rolled-back";
      run.diags.push(
        error(
          APPLY_CODES.rolledBack,
          `job ${job} was rolled back to its last stable version`,
          `The new version failed; the previous one runs again${run.restoredFrom ? ` from ${run.restoredFrom}` : ""}. Fix the job and apply again.`
        )
      );
    } else run.diags.push(rb.diag);
    return;
  }
  if (run.newJobId && run.change.action !== "none") {
    const c = await cancelAndWait(ctx, job, run.newJobId);
    if (!c.ok) {
      run.diags.push(
        error(
          APPLY_CODES.cancelFailed,
          `the failed job ${run.newJobId} of ${job} could not be cancelled: ${mask(ctx, c.cause)}`,
          "It may still be running or restarting: cancel it in the Flink UI, then apply again."
        )
      );
    }
    await guarded(ctx, async () => {
      await recordFailed(ctx, run, c.ok ? failed3.cause : `${failed3.cause}; cancelling it failed: ${c.cause}`);
      return { ok: true };
    });
  }
}
var RECORDS = /* @__PURE__ */ new Set([
  "record-savepoint",
  "record-stable",
  "record-rescale",
  "record-status"
]);
function stopBefore(run, step, index) {
  const job = run.change.job;
  run.report.outcome = "interrupted";
  run.report.error = index === 0 ? "not started: the run was interrupted" : `interrupted before: ${describeStep(step)}`;
  if (index === 0) return;
  run.diags.push(
    warning(
      APPLY_CODES.interrupted,
      `${run.change.action} of job ${job} was interrupted before: ${describeStep(step)}`,
      "Everything done so far is recorded in the state store. Run flinkops plan to see what is left, and flinkops apply to finish it."
    )
  );
}
async function runJob(ctx, run) {
  const job = run.change.job;
  const rec = ctx.store.record(job);
  const previous = rec?.lastStable ?? (rec?.current?.script.trim() ? rec.current : void 0);
  if (previous) run.previous = previous;
  const steps = run.steps.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (ctx.stop.aborted && !RECORDS.has(step.kind)) {
      stopBefore(run, step, i);
      break;
    }
    const shown = asRun(run, step);
    ctx.emit({ type: "step-started", job, index: i, step: shown });
    const t0 = ctx.clock.now();
    const r = await guarded(ctx, () => runStep(ctx, run, step));
    ctx.emit({
      type: "step-finished",
      job,
      index: i,
      step: shown,
      ok: r.ok,
      elapsedMs: ctx.clock.now() - t0
    });
    if (!r.ok && r.interrupted) {
      run.report.outcome = "interrupted";
      run.report.error = mask(ctx, r.cause);
      run.diags.push(r.diag);
      break;
    }
    if (!r.ok) {
      await onFailure(ctx, run, r);
      break;
    }
  }
  ctx.emit({ type: "job-done", job, change: { ...run.report } });
}

// src/apply/steps.ts
var ENDED = /* @__PURE__ */ new Set(["FAILED", "CANCELED", "FINISHED"]);
function startSteps(specHash, parallelism, restore, job) {
  return [
    {
      kind: "submit",
      specHash,
      parallelism,
      restore,
      allowNonRestoredState: job?.settings.allowNonRestoredState ?? false
    },
    { kind: "await-running" },
    { kind: "health-grace" },
    { kind: "record-stable" }
  ];
}
function restoreOf(change) {
  return change.restoreFrom ? { kind: "path", path: change.restoreFrom } : { kind: "none" };
}
function stepsFor(change, desired, pending = false) {
  const base = {
    job: change.job,
    pipelineName: change.pipelineName,
    action: change.action,
    ...change.strategy ? { strategy: change.strategy } : {},
    ...change.rescaleMode ? { rescaleMode: change.rescaleMode } : {}
  };
  if (change.refused) return { ...base, steps: [], rollback: false, refused: change.refused.summary };
  const pre = pending ? [{ kind: "resolve-pending" }] : [];
  const done = (steps, rollback2 = false) => ({
    ...base,
    steps: [...pre, ...steps],
    rollback: rollback2
  });
  const live = change.liveJobId && !ENDED.has(change.liveState ?? "") ? change.liveJobId : void 0;
  const to = change.to ?? (desired ? { specHash: desired.restartHash, parallelism: desired.parallelism } : void 0);
  const needTo = () => {
    if (!to) throw new Error(`plan change ${change.action} of ${change.job} has no target spec`);
    return to;
  };
  switch (change.action) {
    case "none":
      return done(live && change.liveState !== "SUSPENDED" ? [{ kind: "sync-record", jobId: live }] : []);
    case "create":
      return done(startSteps(needTo().specHash, needTo().parallelism, restoreOf(change), desired));
    case "upgrade": {
      const t = needTo();
      if (!live) return done(startSteps(t.specHash, t.parallelism, restoreOf(change), desired));
      const restartWithState = () => startSteps(
        t.specHash,
        t.parallelism,
        change.restoreFrom !== void 0 ? restoreOf(change) : { kind: "this-run" },
        desired
      );
      switch (change.strategy ?? "savepoint") {
        case "savepoint":
          return done(
            [
              { kind: "stop-with-savepoint", jobId: live, savepointKind: "upgrade" },
              { kind: "record-savepoint", savepointKind: "upgrade" },
              ...restartWithState()
            ],
            true
          );
        case "last-state":
          return done(
            [
              { kind: "read-checkpoint", jobId: live },
              { kind: "cancel", jobId: live },
              ...restartWithState()
            ],
            true
          );
        case "stateless":
          return done(
            [
              { kind: "cancel", jobId: live },
              ...startSteps(t.specHash, t.parallelism, restoreOf(change), desired)
            ],
            true
          );
      }
      break;
    }
    case "rescale": {
      const t = needTo();
      if (!live) return done(startSteps(t.specHash, t.parallelism, restoreOf(change), desired));
      if (change.rescaleMode === "in-place") {
        return done([
          {
            kind: "put-resource-requirements",
            jobId: live,
            from: change.from?.parallelism ?? t.parallelism,
            parallelism: t.parallelism
          },
          { kind: "await-parallelism", jobId: live, parallelism: t.parallelism },
          { kind: "record-rescale", jobId: live, parallelism: t.parallelism }
        ]);
      }
      return done(
        [
          { kind: "stop-with-savepoint", jobId: live, savepointKind: "rescale" },
          { kind: "record-savepoint", savepointKind: "rescale" },
          ...startSteps(t.specHash, t.parallelism, { kind: "this-run" }, desired)
        ],
        true
      );
    }
    case "suspend":
      return done([
        ...live ? [
          { kind: "stop-with-savepoint", jobId: live, savepointKind: "suspend" },
          { kind: "record-savepoint", savepointKind: "suspend" }
        ] : [],
        { kind: "record-status", status: "suspended" }
      ]);
    case "resume":
    case "recover":
      return done(startSteps(needTo().specHash, needTo().parallelism, restoreOf(change), desired));
    case "delete":
      return done([
        ...live ? [
          { kind: "stop-with-savepoint", jobId: live, savepointKind: "delete" },
          { kind: "record-savepoint", savepointKind: "delete" }
        ] : [],
        { kind: "record-status", status: "deleted" }
      ]);
    case "adopt":
      if (!live) return done([]);
      return done([
        {
          kind: "adopt",
          jobId: live,
          parallelism: Math.max(1, change.from?.parallelism ?? needTo().parallelism),
          // Adopting takes the running job as the repo's version: later plans compare against
          // that, so adoption does not turn into a restart on the next apply.
          ...to ? { specHash: to.specHash } : change.from?.specHash ? { specHash: change.from.specHash } : {},
          ...desired ? { script: desired.script } : {}
        }
      ]);
  }
  throw new Error(`unhandled action ${String(change.action)}`);
}
function toSteps(plan, desired, state) {
  const byName2 = new Map(desired.jobs.map((j) => [j.name, j]));
  return plan.changes.map((c) => stepsFor(c, byName2.get(c.job), state?.jobs[c.job]?.pending !== void 0));
}

// src/apply/execute.ts
function dependencies(jobs, desired) {
  const active = new Set(jobs.filter((j) => j.steps.length > 0).map((j) => j.job));
  const writers = /* @__PURE__ */ new Map();
  for (const d of desired.jobs) {
    if (!active.has(d.name)) continue;
    for (const t of d.sinks) writers.set(t, [...writers.get(t) ?? [], d.name]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const d of desired.jobs) {
    if (!active.has(d.name)) continue;
    const deps = /* @__PURE__ */ new Set();
    for (const t of d.sources) for (const w of writers.get(t) ?? []) if (w !== d.name) deps.add(w);
    out.set(d.name, deps);
  }
  return out;
}
function knownScripts(desired, doc) {
  const out = desired.jobs.map((j) => j.script);
  for (const r of Object.values(doc.jobs)) {
    if (r.current?.script) out.push(r.current.script);
    if (r.lastStable?.script) out.push(r.lastStable.script);
  }
  return out;
}
function refusal(code, summary, detail) {
  return { changes: [], diags: [error(code, summary, detail)] };
}
async function schedule(runs, deps, limit, work, onCrash) {
  const started = /* @__PURE__ */ new Set();
  const finished = /* @__PURE__ */ new Set();
  const inflight = /* @__PURE__ */ new Set();
  let crash;
  await new Promise((resolve) => {
    const pump = () => {
      if (crash || finished.size === runs.length) {
        if (inflight.size === 0) resolve();
        return;
      }
      while (inflight.size < limit) {
        const ready = (r) => !started.has(r.change.job) && [...deps.get(r.change.job) ?? []].every((d) => finished.has(d));
        const next = runs.find(ready) ?? (inflight.size === 0 ? runs.find((r) => !started.has(r.change.job)) : void 0);
        if (!next) break;
        started.add(next.change.job);
        const p = work(next).then(
          () => {
            inflight.delete(p);
            finished.add(next.change.job);
            pump();
          },
          (e) => {
            inflight.delete(p);
            if (!crash) {
              crash = { e };
              onCrash(e);
            }
            pump();
          }
        );
        inflight.add(p);
      }
      if (inflight.size === 0) resolve();
    };
    pump();
  });
  if (crash) throw crash.e;
}
async function execute(opts) {
  const { plan, desired, client, store, clock } = opts;
  if (plan.offline) {
    return refusal(
      APPLY_CODES.offlinePlan,
      "an offline plan cannot be applied",
      "It was made without looking at the cluster. Run plan against the cluster, then apply that plan."
    );
  }
  if (plan.project !== desired.project || plan.env !== desired.env) {
    return refusal(
      APPLY_CODES.planForOtherEnv,
      "the plan is for another project or environment",
      "Run plan again."
    );
  }
  const timing = { ...DEFAULT_TIMING, ...opts.timing };
  const locked = await lockState(store, opts.owner, timing, opts.clock);
  const lock = locked.value;
  if (!lock) return { changes: [], diags: locked.diags };
  const diags = [...locked.diags];
  const stopped = (more) => {
    diags.push(...more);
    return { changes: [], diags };
  };
  const abort = new AbortController();
  let crashed = false;
  let session;
  try {
    const read = await store.read();
    const observed = opts.observe ? await opts.observe() : await observe(client, { project: plan.project, env: plan.env, clock });
    if (hasErrors(observed.diags)) return stopped(observed.diags);
    if (read.version !== plan.stateVersion || observed.value.fingerprint !== plan.liveFingerprint) {
      const what = [
        read.version !== plan.stateVersion ? `the state store is at version ${read.version}, the plan saw ${plan.stateVersion}` : "",
        observed.value.fingerprint !== plan.liveFingerprint ? "the jobs on the cluster changed" : ""
      ].filter(Boolean);
      return stopped(
        refusal(
          APPLY_CODES.stalePlan,
          "plan is stale, run plan again",
          `The plan was computed against another state (${what.join("; ")}). Nothing was changed.`
        ).diags
      );
    }
    const secretValues = new Set(opts.secretValues ?? []);
    for (const script of knownScripts(desired, read.doc)) {
      for (const v of secretValuesOf(script, opts.secrets)) secretValues.add(v);
    }
    session = new StoreSession(
      store,
      read,
      lock,
      clock,
      timing.lockTtlMs,
      () => {
        if (abort.signal.aborted) throw abort.signal.reason;
      },
      () => [...secretValues]
    );
    const ctx = {
      client,
      clock,
      signal: abort.signal,
      stop: opts.stop ?? new AbortController().signal,
      store: session,
      timing,
      plan,
      desired,
      secrets: opts.secrets,
      commit: opts.commit ?? plan.commit ?? "unknown",
      secretValues,
      emit: createEmitter(opts.hooks, abort)
    };
    const jobSteps = toSteps(plan, desired, read.doc);
    const byName2 = new Map(desired.jobs.map((j) => [j.name, j]));
    const missing = missingSecrets(
      jobSteps.filter((js) => js.steps.some((st) => st.kind === "submit")).map((js) => byName2.get(js.job)),
      opts.secrets
    );
    if (missing.length) return stopped(missing);
    const runs = jobSteps.map((js, i) => newJobRun(js, plan.changes[i], byName2.get(js.job)));
    const active = runs.filter((r) => r.steps.steps.length > 0);
    try {
      await schedule(
        active,
        dependencies(jobSteps, desired),
        Math.max(1, opts.parallelism ?? 4),
        (r) => runJob(ctx, r),
        (e) => {
          if (!abort.signal.aborted) abort.abort(e);
        }
      );
    } catch (e) {
      crashed = e instanceof CrashError;
      throw e;
    }
    const changes = [];
    for (const r of runs) {
      if (r.steps.refused) {
        changes.push({
          job: r.change.job,
          action: r.change.action,
          outcome: "skipped",
          error: r.steps.refused
        });
        continue;
      }
      if (r.steps.steps.length === 0) continue;
      if (r.change.action === "none" && !r.touched && r.report.outcome !== "failed") continue;
      changes.push(r.report);
      diags.push(...r.diags);
    }
    return opts.stop?.aborted ? { changes, diags, interrupted: true } : { changes, diags };
  } finally {
    if (!crashed) {
      await store.unlock(session?.heldLock ?? lock).catch((e) => {
        diags.push(
          ...e instanceof StateStoreError ? e.diagnostics : [
            error(
              APPLY_CODES.unlockFailed,
              `releasing the state lock failed: ${String(e)}`,
              "Release it with --force-unlock."
            )
          ]
        );
      });
    }
  }
}
function missingSecrets(jobs, secrets) {
  const needed = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    if (!job) continue;
    for (const name of job.secrets) {
      const r = resolveSecretsInValue(`\${secret.${name}}`, secrets);
      if (r.diags.length) needed.set(name, [...needed.get(name) ?? [], job.name]);
    }
  }
  return [...needed.entries()].map(
    ([name, jobNames]) => error(
      "FO113",
      `secret ${name} is not set; nothing was changed`,
      `Jobs ${jobNames.join(", ")} need it. Set FLINKOPS_SECRET_${name} (or ${name}) in the environment of the apply; in GitHub Actions, map the repository secret into the step's env.`
    )
  );
}

// src/engine/apply-run.ts
async function applyPlan(opts) {
  return execute({
    plan: opts.plan,
    desired: opts.desired,
    client: opts.client,
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
}
function planMatchesRepository(plan, desired) {
  const diags = [];
  if (plan.project !== desired.project || plan.env !== desired.env) {
    diags.push(
      error(
        APPLY_CODES.planForOtherEnv,
        `the plan is for ${plan.project}/${plan.env}, not ${desired.project}/${desired.env}`,
        "Apply it with --env set to the environment it was planned for, from the same repository."
      )
    );
    return diags;
  }
  const byName2 = new Map(desired.jobs.map((j) => [j.name, j]));
  for (const c of plan.changes) {
    if (c.action === "delete" && byName2.has(c.job)) {
      diags.push(
        error(
          APPLY_CODES.repositoryChanged,
          `the repository changed since the plan was made (job ${c.job} is back)`,
          "Run flinkops plan again and apply the new plan."
        )
      );
      continue;
    }
    if (!c.to || c.action === "delete" || c.action === "none") continue;
    const job = byName2.get(c.job);
    if (!job || job.restartHash !== c.to.specHash || job.parallelism !== c.to.parallelism) {
      diags.push(
        error(
          APPLY_CODES.repositoryChanged,
          `the repository changed since the plan was made (job ${c.job})`,
          "Run flinkops plan again and apply the new plan."
        )
      );
    }
  }
  return diags;
}

// src/engine/logs.ts
function tailLines(text, lines) {
  const all = text.replace(/\r\n/g, "\n").split("\n");
  while (all.length > 0 && all[all.length - 1].trim() === "") all.pop();
  const n = Math.max(0, Math.floor(lines));
  return { lines: n === 0 ? [] : all.slice(-n), truncated: all.length > n };
}
async function fetchJobManagerLog(client, opts = {}) {
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
      return masked.length > max ? `${masked.slice(0, max)}…` : masked;
    }),
    truncated: tail.truncated
  };
}

export {
  APPLY_CODES,
  DEFAULT_TIMING,
  StoreSession,
  pollOptions,
  describeStep,
  describeSteps,
  observe,
  applyFailed,
  triggerSavepoint,
  resolvePendingSavepoint,
  toSteps,
  applyPlan,
  planMatchesRepository,
  fetchJobManagerLog,
  observeHealth,
  observeMetrics,
  unifiedDiff,
  isoMinute,
  desiredRunState,
  runPlan
};
