import {
  atLeast,
  parseFlinkVersion
} from "./chunk-2J7UGB3X.mjs";
import {
  escapeRegExp
} from "./chunk-MHE3XHPS.mjs";
import {
  parseDurationMs
} from "./chunk-H5WAOW7W.mjs";

// src/core/murmur3.ts
var MASK = (1n << 64n) - 1n;
var C1 = 0x87c37b91114253d5n;
var C2 = 0x4cf5ad432745937fn;
var rotl = ((x, r) => (x << r | x >> 64n - r) & MASK);
var mul = ((a, b) => a * b & MASK);
var fmix64 = (function fmix64(k) {
  let x = k;
  x ^= x >> 33n;
  x = mul(x, 0xff51afd7ed558ccdn);
  x ^= x >> 33n;
  x = mul(x, 0xc4ceb9fe1a85ec53n);
  x ^= x >> 33n;
  return x;
});
var mixK1 = ((k) => mul(rotl(mul(k, C1), 31n), C2));
var mixK2 = ((k) => mul(rotl(mul(k, C2), 33n), C1));
var readLong = (function readLong(bytes, at, len) {
  let v = 0n;
  for (let i = len - 1; i >= 0; i--) v = v << 8n | BigInt(bytes[at + i]);
  return v;
});
var murmur3x64_128 = (function murmur3x64_128(bytes, seed = 0) {
  let h1 = BigInt(seed >>> 0);
  let h2 = h1;
  const blocks = Math.floor(bytes.length / 16);
  for (let b = 0; b < blocks; b++) {
    const k1 = readLong(bytes, b * 16, 8);
    const k2 = readLong(bytes, b * 16 + 8, 8);
    h1 ^= mixK1(k1);
    h1 = rotl(h1, 27n);
    h1 = h1 + h2 & MASK;
    h1 = mul(h1, 5n) + 0x52dce729n & MASK;
    h2 ^= mixK2(k2);
    h2 = rotl(h2, 31n);
    h2 = h2 + h1 & MASK;
    h2 = mul(h2, 5n) + 0x38495ab5n & MASK;
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
  h1 = h1 + h2 & MASK;
  h2 = h2 + h1 & MASK;
  h1 = fmix64(h1);
  h2 = fmix64(h2);
  h1 = h1 + h2 & MASK;
  h2 = h2 + h1 & MASK;
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    out[i] = Number(h1 >> BigInt(8 * i) & 0xffn);
    out[8 + i] = Number(h2 >> BigInt(8 * i) & 0xffn);
  }
  return out;
});
var murmur3OfInts = (function murmur3OfInts(ints) {
  const bytes = new Uint8Array(ints.length * 4);
  const view = new DataView(bytes.buffer);
  for (const [i, v] of ints.entries()) view.setInt32(i * 4, v, true);
  return murmur3x64_128(bytes, 0);
});
var toHex = (function toHex(bytes) {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
});

// src/core/stream-graph.ts
var parseExecutionPlan = (function parseExecutionPlan(explain) {
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
});
var upstreamOf = (function upstreamOf(node, graph) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const seen = /* @__PURE__ */ new Set();
  const todo = node.inputs.map((e) => e.from);
  while (todo.length > 0) {
    const id = todo.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of byId.get(id)?.inputs ?? []) todo.push(e.from);
  }
  return seen;
});
var outputsOf = (function outputsOf(graph) {
  const out = /* @__PURE__ */ new Map();
  for (const n of graph.nodes) out.set(n.id, []);
  for (const n of [...graph.nodes].sort((a, b) => a.id - b.id)) {
    for (const e of n.inputs) out.get(e.from)?.push({ to: n.id, edge: e });
  }
  return out;
});
var chainRule = (function chainRule(graph, opts) {
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
});
var userUid = (function userUid(node) {
  const m = /^\[\d+\]:ProcessTableFunction\(invocation=\[.*\)\], uid=\[([A-Za-z_][A-Za-z0-9_-]*)\], select=\[/s.exec(
    node.contents
  );
  return m && m[1] !== "null" ? m[1] : void 0;
});
var operatorIds = (function operatorIds(graph, opts = {}) {
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
    const uid = userUid(node);
    if (uid !== void 0) {
      hashes.set(node.id, murmur3x64_128(new TextEncoder().encode(uid)));
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
      const child = byId.get(o.to);
      if (!child) continue;
      queue.push(child);
      visited.add(o.to);
    }
  }
  return new Map([...hashes].map(([id, h]) => [id, toHex(h)]));
});
var chainHeads = (function chainHeads(graph, opts = {}) {
  const chainable = chainRule(graph, opts);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.nodes.filter((n) => {
    const e = n.inputs[0];
    const src = e ? byId.get(e.from) : void 0;
    return !(e && src && chainable(e, n, src));
  }).map((n) => n.id);
});

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
var legacySourceConnector = (function legacySourceConnector(options) {
  const connector = options?.connector;
  if (connector === "datagen") return true;
  if (connector === void 0 || !INCREMENTAL_CDC.has(connector)) return false;
  const incremental = options?.["scan.incremental.snapshot.enabled"]?.trim().toLowerCase();
  return INCREMENTAL_OPT_IN.has(connector) ? incremental !== "true" : incremental === "false";
});
var baseName = (function baseName(n) {
  return n.type.replace(/\[\d+\]/g, "").trim();
});
var operatorName = (function operatorName(n) {
  return baseName(n).split("(")[0].trim();
});
var operatorKind = (function operatorKind(n) {
  const name = baseName(n);
  if (name.startsWith("Source: ")) {
    const m = /table=\[\[([^\]]*)\]/.exec(n.contents);
    const parts = m?.[1]?.split(",") ?? [];
    const table = (parts.length >= 3 ? parts[2] : parts.at(-1) ?? name.slice("Source: ".length)).trim();
    return { kind: "source", name, table };
  }
  const writer = /^(.*?): (Writer|Committer|Global Committer)$/.exec(name);
  if (writer) return { kind: "sink", name, table: writer[1] };
  if (name.startsWith("Sink: ")) return { kind: "sink", name, table: name.slice("Sink: ".length) };
  return { kind: "op", name };
});
var tableKey = ((t) => (t.split(".").pop() ?? t).replace(/`/g, "").toLowerCase());
var holdsState = (function holdsState(n, optionsOf) {
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
});
var connectorHolds = (function connectorHolds(kind, options) {
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
});
var stateShape = (function stateShape(n, graph) {
  let s = n.contents.replace(/^\[\d+\]:/, "");
  if (graph && /^\s*WindowRank\(/.test(s)) s = withoutRankNumber(s, n, graph);
  s = s.replace(/\s+AS\s+[^,\])]+/g, "");
  if (/^\s*(?:Join|IntervalJoin|TemporalJoin|WindowJoin)\(/.test(s)) {
    const where = /\bwhere=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(s)?.[1];
    const keys = where === void 0 ? [] : joinKeys(where);
    if (keys.length > 0) s = s.replace(/\)\s*$/, `, joinKey=[${keys.join(", ")}])`);
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
    s = s.replace(/\bwindow=\[((?:[^[\]]|\[[^\]]*\])*)\]/, (m, spec) => {
      const slice = windowSlice(spec);
      const offset = /\boffset=\[([^\]]*)\]/.exec(spec)?.[1];
      if (slice === void 0) return m;
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
});
var withoutRankNumber = (function withoutRankNumber(s, n, graph) {
  const input = n.inputs.length === 1 ? graph.nodes.find((g) => g.id === n.inputs[0].from) : void 0;
  const calc = input && /^(?:\[\d+\]:)?Calc\(select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(input.contents)?.[1];
  const select = /\bselect=\[((?:[^[\]]|\[[^\]]*\])*)\]\)\s*$/.exec(s);
  if (!calc || !select) return s;
  const items = splitTopLevel(select[1]);
  if (items.length !== splitTopLevel(calc).length + 1) return s;
  return `${s.slice(0, select.index)}select=[${items.slice(0, -1).join(", ")}])`;
});
var SESSION_WINDOW = /^\s*(?:WindowAggregate\(.*?\bwindow=\[SESSION\(|GroupWindowAggregate\(.*?\bwindow=\[SessionGroupWindow\()/;
var stateFunction = (function stateFunction(n) {
  return SESSION_WINDOW.test(n.contents.replace(/^\[\d+\]:/, "")) ? "SessionWindowAggregate" : baseName(n);
});
var patternVariables = (function patternVariables(shape) {
  if (!/^\s*Match\(/.test(shape)) return void 0;
  const pattern = /\bpattern=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(shape)?.[1];
  if (pattern === void 0) return void 0;
  const names = [...pattern.matchAll(/_UTF-16LE'((?:[^']|'')*)'/g)].map((m) => m[1]);
  const plain = /^[\s(),]*$/.test(pattern.replace(/_UTF-16LE'(?:[^']|'')*'/g, ""));
  return { names, plain };
});
var withoutPattern = ((shape) => shape.replace(/,?\s*pattern=\[(?:[^[\]]|\[[^\]]*\])*\]/, ""));
var patternExtended = (function patternExtended(a, b) {
  const [x, y] = [patternVariables(a), patternVariables(b)];
  if (!x || !y || !x.plain || !y.plain || y.names.length <= x.names.length) return false;
  return x.names.every((v, i) => y.names[i] === v) && withoutPattern(a) === withoutPattern(b);
});
var patternVariablesLost = (function patternVariablesLost(a, b) {
  const [x, y] = [patternVariables(a), patternVariables(b)];
  if (!x || !y) return [];
  return [...new Set(x.names.filter((v) => !y.names.includes(v)))];
});
var rowsFrameBecomesRange = (function rowsFrameBecomesRange(a, b) {
  return /^\s*OverAggregate\(/.test(a) && a.includes("frame=[ROWS]") && a.replace("frame=[ROWS]", "frame=[RANGE]") === b;
});
var windowSizeMs = (function windowSizeMs(contents) {
  const spec = /\bwindow=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(contents)?.[1];
  if (spec === void 0 || !/^\s*(?:TUMBLE|HOP|CUMULATE)\(/.test(spec)) return void 0;
  return parseDurationMs(/\b(?:max_size|size)=\[([^\]]*)\]/.exec(spec)?.[1]);
});
var windowSlice = (function windowSlice(spec) {
  const ms = (name) => parseDurationMs(new RegExp(`\\b${name}=\\[([^\\]]*)\\]`).exec(spec)?.[1]);
  const gcd = (a, b) => b === 0 ? a : gcd(b, a % b);
  if (/^\s*TUMBLE\(/.test(spec)) return ms("size");
  if (/^\s*CUMULATE\(/.test(spec)) return ms("step");
  if (/^\s*HOP\(/.test(spec)) {
    const [size, slide] = [ms("size"), ms("slide")];
    return size === void 0 || slide === void 0 ? void 0 : gcd(size, slide);
  }
  return void 0;
});
var joinKeys = (function joinKeys(where) {
  const keys = [];
  for (const conjunct of splitTopLevel(unwrap(where), " AND ")) {
    const m = /^(\$?[A-Za-z_][\w$]*) = (\$?[A-Za-z_][\w$]*)$/.exec(unwrap(conjunct));
    if (!m) continue;
    const [a, b] = [m[1], m[2]];
    if (new RegExp(`^${a.replace(/\$/g, "\\$")}\\d+$`).test(b)) keys.push(a);
    else if (new RegExp(`^${b.replace(/\$/g, "\\$")}\\d+$`).test(a)) keys.push(b);
    else keys.push(`${a}=${b}`);
  }
  return keys;
});
var unwrap = (function unwrap(text) {
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
});
var splitTopLevel = (function splitTopLevel(text, separator = ",") {
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
});
var keyedStateNames = (function keyedStateNames(n, graph, flinkVersion) {
  const s = n.contents;
  const op = operatorName(n);
  if (op === "Deduplicate") {
    const keepFirstRowtime = /\border=\[ROWTIME\]/.test(s) && /\bkeep=\[FirstRow\]/.test(s) && /\boutputInsertOnly=\[true\]/.test(s);
    return keepFirstRowtime && atLeast(parseFlinkVersion(flinkVersion), 2, 1) ? ["waiting-to-emit-on-timer", "already-emitted-state-boolean"] : ["deduplicate-state"];
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
});
var isProcTime = (function isProcTime(col, n, graph) {
  const upstream = upstreamOf(n, graph);
  const def = new RegExp(`PROCTIME\\(\\) AS ${escapeRegExp(col)}(?![\\w$])`);
  return graph.nodes.some((g) => upstream.has(g.id) && def.test(g.contents));
});

// src/core/vertex-name.ts
var chainedOperators = (function chainedOperators(name) {
  return name.split(" -> ").flatMap((p) => p.split(", ")).map((p) => p.replace(/^\(+/, "").replace(/\)+$/, ""));
});

// src/core/key-groups.ts
var defaultMaxParallelism = (function defaultMaxParallelism(parallelism) {
  const p = Math.max(1, parallelism);
  return Math.min(Math.max(2 ** Math.ceil(Math.log2(p + Math.floor(p / 2))), 128), 32768);
});

export {
  murmur3x64_128,
  toHex,
  parseExecutionPlan,
  upstreamOf,
  userUid,
  operatorIds,
  chainHeads,
  AGGREGATES,
  isKeyedOperator,
  legacySourceConnector,
  baseName,
  operatorName,
  operatorKind,
  tableKey,
  holdsState,
  connectorHolds,
  stateShape,
  stateFunction,
  patternExtended,
  patternVariablesLost,
  rowsFrameBecomesRange,
  windowSizeMs,
  splitTopLevel,
  keyedStateNames,
  isProcTime,
  chainedOperators,
  defaultMaxParallelism
};
