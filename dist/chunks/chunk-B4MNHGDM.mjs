import {
  baseName,
  connectorHolds,
  holdsState,
  operatorIds,
  operatorKind,
  stateShape,
  tableKey
} from "./chunk-ERPRARB7.mjs";
import {
  atLeast,
  parseFlinkVersion
} from "./chunk-VBEX2MK3.mjs";
import {
  ACTION_KINDS,
  PLAN_FORMAT_VERSION,
  stopsByCancel
} from "./chunk-6JBVQCFC.mjs";
import {
  lastRestorableSavepoint
} from "./chunk-SWLVPJVJ.mjs";
import {
  isTerminal
} from "./chunk-UG4FREJD.mjs";
import {
  SETTING_EFFECTS
} from "./chunk-YSM6IKCP.mjs";
import {
  canonicalJson
} from "./chunk-6U55VNBY.mjs";
import {
  cronOf,
  shownUrl
} from "./chunk-WB3C4IA7.mjs";
import {
  AGGREGATE_FUNCTIONS,
  WINDOW_TVFS,
  closingParen,
  isOp,
  isWord,
  normalizeSql,
  splitStatements
} from "./chunk-YHBWSM4S.mjs";
import {
  LABEL_KEYS,
  pipelineName
} from "./chunk-Z6FPE7X5.mjs";
import {
  error,
  sortDiagnostics,
  warning
} from "./chunk-OZ4GHFPU.mjs";

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
  if (n === 0 || m === 0) return replaceAll(a, b);
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
  return normalizeSql(src.slice(tokens[0].start, tokens[tokens.length - 1].end));
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
    if (!target && (t.kind === "word" || t.kind === "quoted")) target = tokenText(src, [t]);
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
  const shape2 = {
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
    for (let n = 2; shape2.queries.has(key); n++) key = `${sink}#${n}`;
    shape2.queries.set(key, { sink, src: script, tokens, text: tokenKey(tokens), reads: readsOf(tokens) });
  };
  for (const st of split.statements) {
    const tk = st.tokens;
    const w0 = tk[0]?.kind === "word" ? tk[0].value : "";
    if (w0 === "SET" || w0 === "RESET") {
      const key = tk[1] ? unquote(tokenText(script, [tk[1]])) : "";
      const eq = tk.findIndex((t) => isOp(t, "="));
      if (w0 === "RESET") shape2.sets.delete(key);
      else if (key) shape2.sets.set(key, eq >= 0 ? unquote(tokenText(script, tk.slice(eq + 1))) : "");
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
        shape2.tables.set(name, tableShape(script, tk.slice(after)));
        continue;
      }
      if (what === "VIEW") {
        const as = tk.findIndex((t, i) => i >= after && isWord(t, "AS"));
        const q = tk.slice(as + 1);
        shape2.views.set(name, { src: script, tokens: q, text: tokenKey(q) });
        continue;
      }
      if (what === "FUNCTION") {
        shape2.functions.set(name, tokenText(script, tk.slice(after)));
        continue;
      }
    }
    shape2.other.push(tokenText(script, tk));
  }
  return shape2;
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
  unverified: "FO619",
  /** Warning: a job alive but not RUNNING takes no savepoint; apply stops it by cancel from its latest checkpoint. */
  stopByCancel: "FO625"
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

// src/plan/state-verdict.ts
function hashing(job) {
  return {
    chaining: job.chaining,
    legacySource: (n) => {
      const k = operatorKind(n);
      return k.kind === "source" && job.tables.get(tableKey(k.table ?? ""))?.options.connector === "datagen";
    }
  };
}
function holds(n, job) {
  return holdsState(n, (table) => job.tables.get(table)?.options);
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
  const oldIds = operatorIds(input.old.graph, hashing(input.old));
  const newIds = operatorIds(input.next.graph, hashing(input.next));
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
      const typedA = typedShape(a, input.old);
      const typedB = typedShape(b, input.next);
      const retype = retyped.filter((c) => new RegExp(`\\b${escapeRe(c)}\\b`, "i").test(a));
      const ttl = ttlSwitch !== void 0 && TTL_STATE.has(baseName(n).split("(")[0].trim());
      if (baseName(n) !== baseName(twin) || typedA !== typedB || retype.length > 0 || ttl) {
        reshaped++;
        operators.push({ name, id, state: "reshaped" });
        const why = baseName(n) !== baseName(twin) ? `becomes ${displayName(twin)}` : typedA !== typedB ? a !== b ? `${a} \u2192 ${b}` : `column types change: ${typedA} \u2192 ${typedB}` : retype.length > 0 ? `column${retype.length > 1 ? "s" : ""} ${retype.join(", ")} change type` : `${ttlSwitch}; before Flink 2.0 TTL state and plain state do not read each other`;
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
      `maxParallelism ${mp.from} \u2192 ${mp.to}: keyed state cannot be restored into other key groups`
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
function ttlSwitched(input) {
  const from = ttlOn(input.old.config);
  const to = ttlOn(input.next.config);
  if (from === to) return void 0;
  const major = Number((input.flinkVersion ?? "1").split(".")[0]);
  if (Number.isFinite(major) && major >= 2) return void 0;
  return `table.exec.state.ttl switched ${to ? "on" : "off"}`;
}
function typedShape(shape2, job) {
  const alias = /* @__PURE__ */ new Map();
  for (const n of job.graph.nodes) {
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(n.contents)?.[1];
    if (!select) continue;
    for (const m of select.matchAll(/(?:^|,\s*)([A-Za-z_][\w$]*) AS ([A-Za-z_][\w$]*)/g)) {
      if (m[1] !== m[2]) alias.set(m[2].toLowerCase(), m[1].toLowerCase());
    }
  }
  const types = /* @__PURE__ */ new Map();
  for (const t of job.tables.values()) {
    for (const [col, type] of t.columns) {
      const seen = types.get(col);
      types.set(col, seen === void 0 || seen === type ? type : null);
    }
  }
  return shape2.replace(/\b([A-Za-z_][\w$]*)\b(?!\s*\()/g, (word) => {
    let name = word.toLowerCase();
    for (let i = 0; i < 8 && alias.has(name); i++) name = alias.get(name);
    const type = types.get(name);
    return type ? `<${type}>` : word;
  });
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
function parallelismFinding(input, shape2, out) {
  const p = input.parallelism;
  if (!p || p.from === void 0 || p.from === p.to) return;
  const pinned = [...shape2.tables.values()].some((t) => /'(?:sink|scan)\.parallelism'/.test(t.options));
  if (pinned || shape2.sets.has("table.exec.resource.default-parallelism")) {
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
  const shape2 = scriptShape(input.newScript);
  const keyed = shape2.broken || [...shape2.queries.values(), ...shape2.views.values()].some(
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
      const sink = (x ?? y).sink;
      out.push({ level: "incompatible", text: `sink ${x ? "removed" : "added"}: INSERT INTO ${sink}` });
      continue;
    }
    if (x.text === y.text) continue;
    const label2 = `INSERT INTO ${x.sink}`;
    for (const r of x.reads.filter((n) => !y.reads.includes(n))) {
      out.push({ level: "incompatible", text: `${label2}: source ${r} removed` });
    }
    for (const r of y.reads.filter((n) => !x.reads.includes(n))) {
      out.push({ level: "incompatible", text: `${label2}: source ${r} added` });
    }
    compareQueries(label2, queryFeatures(x.src, x.tokens), queryFeatures(y.src, y.tokens), out);
  }
  const otherA = [...a.other].sort().join("\n");
  const otherB = [...b.other].sort().join("\n");
  if (otherA !== otherB)
    out.push({ level: "unknown", text: "other statements changed (catalog, USE, ADD JAR...)" });
}
function compareQueries(label2, x, y, out) {
  const before = out.length;
  const opsA = statefulOperators(x);
  const opsB = statefulOperators(y);
  for (const op of keys(opsA, opsB)) {
    const n = opsA.get(op) ?? 0;
    const m = opsB.get(op) ?? 0;
    if (n === m) continue;
    const verb = n === 0 ? "added" : m === 0 ? "removed" : `${n} \u2192 ${m}`;
    out.push({ level: "incompatible", text: `${label2}: stateful operator ${op} ${verb}` });
  }
  const list = (v) => v.length ? v.join("; ") : "(none)";
  if (x.groupBy.length && y.groupBy.length && list(x.groupBy) !== list(y.groupBy)) {
    out.push({
      level: "incompatible",
      text: `${label2}: GROUP BY keys changed: ${list(x.groupBy)} \u2192 ${list(y.groupBy)}`
    });
  }
  if (x.joins.length && y.joins.length && list(x.joins) !== list(y.joins)) {
    out.push({
      level: "incompatible",
      text: `${label2}: join type or keys changed: ${list(x.joins)} \u2192 ${list(y.joins)}`
    });
  }
  if (x.windows.length && y.windows.length && list(x.windows) !== list(y.windows)) {
    out.push({
      level: "unknown",
      text: `${label2}: window changed: ${list(x.windows)} \u2192 ${list(y.windows)}`
    });
  }
  if (out.length === before) {
    out.push({
      level: "unknown",
      text: `${label2}: query changed with the same stateful operators (operator ids follow the graph, which such edits usually keep; plan against the cluster to know)`
    });
  }
}

// src/plan/job-inputs.ts
function isAlive(j) {
  return !isTerminal(j.state);
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
function latestRestorePoint(live, record) {
  const points = [];
  for (const j of live) {
    if (j.latestSavepoint) points.push({ ...j.latestSavepoint, what: "savepoint" });
    if (j.latestCheckpoint) points.push({ ...j.latestCheckpoint, what: "checkpoint" });
  }
  const sp = lastRestorableSavepoint(record);
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
  if (compat) warnIfStateLost(j, compat, "Upgrade", oldScript);
  return {
    ...causes.length ? { causes } : {},
    ...sqlDiff ? { sqlDiff } : {},
    ...compat ? { compatibility: compat } : {}
  };
}
function warnIfStateLost(j, compat, what, oldScript) {
  const d = stateLostDiagnostic(
    j.job,
    compat,
    what,
    (oldScript !== void 0 ? changedStatement(j.job, oldScript) : void 0) ?? fileRange(j.job.sqlFile)
  );
  if (d) j.diags.push(d);
}
function stateLostDiagnostic(job, compat, what, range2) {
  const lost = compat.verdict === "incompatible" || compat.verdict === "drops-state" && !job.settings.allowNonRestoredState;
  if (!lost) return void 0;
  return warning(
    PLAN_CODES.stateIncompatible,
    compat.verdict === "incompatible" ? `${what} of job ${job.name} will not restore its state` : `${what} of job ${job.name} drops state: its restore fails without allowNonRestoredState`,
    `${compat.findings.filter((f) => !/keeps its state|starts with empty state/.test(f)).join("; ")}. ${compat.advice.join("; ")}.`,
    range2
  );
}
function rescaleVerdict(j) {
  const explained = j.ctx.explained?.get(j.job.name);
  if (!explained || !("old" in explained)) return void 0;
  const compat = stateVerdict({
    old: explained.old,
    next: explained.next,
    ...j.job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
    ...j.job.settings.restoreFrom ? { restoreFrom: j.job.settings.restoreFrom } : {},
    settingsFile: j.job.yamlFile ?? `jobs/${j.job.name}.yaml`,
    ...j.ctx.flinkVersion ? { flinkVersion: j.ctx.flinkVersion } : {}
  });
  warnIfStateLost(j, compat, "Rescale");
  return compat;
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

// src/plan/target.ts
function isTargeted(c, target) {
  if (target.jobs && !target.jobs.includes(c.job)) return false;
  if (target.causes) {
    const kinds = target.causes;
    if (c.action === "none" || !c.causes.some((k) => kinds.includes(k.kind))) return false;
  }
  return true;
}
function targetChanges(changes, target) {
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
}
function unknownTargets(plan) {
  const known = new Set([...plan.changes, ...plan.target?.omitted ?? []].map((c) => c.job));
  return (plan.target?.jobs ?? []).filter((j) => !known.has(j));
}

// src/plan/version-upgrade.ts
function majorMinor(version) {
  const m = version ? /^(\d+)\.(\d+)/.exec(version) : null;
  return m ? `${m[1]}.${m[2]}` : void 0;
}
function versionUpgradeVerdict(input) {
  const from = majorMinor(input.from);
  const to = majorMinor(input.to);
  if (!from || !to || from === to) return void 0;
  const base = { from, to };
  if (!input.restores) {
    return { ...base, verdict: "compatible", findings: ["starts without state"], advice: [] };
  }
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
    "Set planMode: compiled and apply it on the old version first, so the job keeps its plan across the upgrade.",
    ...input.moving && input.planMode === "script" ? [
      `Or name the old cluster's SQL Gateway in moveFrom.sqlGatewayUrl: Flink ${from}'s and ${to}'s planners then judge the state.`
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
}
function acrossReleases(input, from, to) {
  const v = input.acrossReleases;
  if (!v || v === "unknown") return void 0;
  const asked = `Flink ${from}'s planner (the cluster being left) and Flink ${to}'s built the job's stream graphs`;
  if (v === "compatible") {
    return {
      verdict: "compatible",
      findings: [`${asked}: every operator that holds state keeps its id and the shape of its state`],
      advice: []
    };
  }
  if (v === "drops-state" && input.allowNonRestoredState) {
    return {
      verdict: "drops-state",
      findings: [
        `${asked}: some state has no operator to go to`,
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
    findings: [`${asked}: ${what} (the job's state verdict names the operators)`],
    advice: advice2,
    blocked: {
      reason: "unconfirmed",
      summary: `version upgrade ${from} \u2192 ${to} with a state verdict of ${v}`,
      detail: `${asked}: ${what}. ${advice2.join(" ")} Nothing was stopped.`
    }
  };
}

// src/plan/declared-version.ts
var VERSION_CODES = {
  /** Warning: flinkVersion in flinkops.yaml (major.minor) is not the release the cluster runs. */
  declaredVersionMismatch: "FO649"
};
function declaredVersionCheck(desired, live) {
  if (!live.observed) return void 0;
  const declared = majorMinor(desired.flinkVersion);
  const runs = majorMinor(live.flinkVersion);
  if (!declared || !runs || declared === runs) return void 0;
  const left = live.previous ? majorMinor(live.previous.flinkVersion) : void 0;
  const env = desired.env;
  const why = `validate, compile and the pull-request check judge the SQL by Flink ${declared}'s rules (syntax, reserved words, functions), not by those of the Flink ${runs} the jobs run on: statements ${runs} accepts may be flagged, and statements it refuses get through until apply.`;
  const fix = live.previous ? left === declared ? `flinkVersion still names the release of the cluster being left (moveFrom, Flink ${left}); during a move it names the release the jobs move to: set flinkVersion: "${runs}" in flinkops.yaml.` : `During a move (moveFrom) flinkVersion names the release of the cluster the jobs move to, the one jobmanagerUrl names: set flinkVersion: "${runs}" in flinkops.yaml, or point jobmanagerUrl and sqlGatewayUrl at the Flink ${declared} cluster meant.` : `If environment ${env} now runs on Flink ${runs}, set flinkVersion: "${runs}" in flinkops.yaml. If it should run on Flink ${declared}, point its jobmanagerUrl and sqlGatewayUrl at that cluster.`;
  return warning(
    VERSION_CODES.declaredVersionMismatch,
    `flinkops.yaml declares flinkVersion ${declared}, but the cluster of environment ${env} runs Flink ${live.flinkVersion}`,
    `${why} ${fix} flinkVersion is one for the whole project: while its environments run different releases (an upgrade staged environment by environment), this warning stays on those whose cluster runs another release than flinkVersion names.`,
    desired.flinkVersionRange
  );
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
var kindOf = (n) => n.type.replace(/_\d+$/, "").replace(/^(stream|batch)-exec-/, "");
function tableOf(n) {
  const t = n.scanTableSource ?? n.dynamicTableSink;
  return t?.table?.identifier;
}
function holds2(n, optionsOf) {
  if (Array.isArray(n.state) && n.state.length > 0) return "keyed";
  const kind = kindOf(n);
  if (kind !== "table-source-scan" && kind !== "sink") return "none";
  return connectorHolds(kind === "sink" ? "sink" : "source", optionsOf(tableKey(tableOf(n) ?? "")));
}
function unnamed(value) {
  if (typeof value === "string") return value.replace(/`(?:[^`]|``)*`\s*/g, "");
  if (Array.isArray(value)) return value.map(unnamed);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).filter(([k]) => !NOT_SHAPE.has(k)).map(([k, v]) => [k, unnamed(v)])
    );
  }
  return value;
}
function shape(n, g) {
  const byId = new Map(g.nodes.map((x) => [x.id, x]));
  const reads = (g.inputs.get(n.id) ?? []).map((i) => unnamed(byId.get(i)?.outputType));
  return canonicalJson({ node: unnamed(n), reads });
}
var ttlOn2 = (n) => (n.state ?? []).some((s) => s.ttl !== void 0 && !/^0+\s*\w*$/.test(s.ttl));
function label(n) {
  const d = n.description ?? "";
  const op = /^(\w+)\(/.exec(d)?.[1];
  const key = /(?:groupBy|partitionBy|leftKeys|upsertKey|key|partitionKeys)=\[([^\]]*)\]/.exec(d)?.[1];
  const table = tableOf(n);
  const kind = kindOf(n);
  if (kind === "table-source-scan" && table) return `source ${tableKey(table)}`;
  if (kind === "sink" && table) return `sink ${tableKey(table)}`;
  return op ? `${op}${key ? ` (${key})` : ""}` : kind;
}
function uid(n) {
  const kind = kindOf(n);
  return `${n.id}_${kind === "table-source-scan" ? "source" : kind}`;
}
function compiledStateVerdict(input) {
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
    const state = holds2(n, input.optionsOf);
    if (state === "none") continue;
    const name = label(n);
    const twin = b.nodes.find((x) => x.id === n.id && kindOf(x) === kindOf(n));
    if (twin) seen.add(twin);
    if (!twin) {
      if (state === "unknown") {
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
    if (state === "keyed") {
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
    if (state !== "unknown") findings.push(`${name} keeps its state (uid ${uid(n)})`);
  }
  for (const n of b.nodes) {
    if (seen.has(n)) continue;
    const state = holds2(n, input.optionsOf);
    if (state === "none" || state === "unknown") continue;
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
}
function modeSwitchVerdict(input) {
  const g = parse(input.plan);
  if (!g) return void 0;
  const why = input.to === "compiled" ? "the job ran in script mode (operator ids from its stream graph) and starts from a compiled plan, whose operators get uids from their ExecNodes" : "the job ran from a compiled plan (uids from its ExecNodes) and starts in script mode, whose operator ids come from its stream graph";
  const operators = [];
  const findings = [`${why}: no operator keeps its id`];
  let dropped = 0;
  for (const n of g.nodes) {
    const state = holds2(n, input.optionsOf);
    if (state === "none") continue;
    const name = label(n);
    if (state === "unknown") {
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
}

// src/plan/exec-node-diff.ts
var MAX_DESCRIPTION = 80;
function nodesOf(json) {
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
}
function execNodeDiff(before, after) {
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
}

// src/plan/compiled-changes.ts
var COMPILED_PLAN_CODES = {
  /** Warning: Flink refuses (or could not compile) a job's compiled plan; nothing is stopped for it. */
  planRefused: "FO640",
  /** Warning: a restart on another Flink version with an unknown state verdict, not confirmed. */
  versionUnconfirmed: "FO641"
};
function restoresFromPlan(c) {
  if (c.action === "upgrade") return c.strategy !== "stateless";
  if (c.action === "rescale") return c.rescaleMode === "savepoint-restart";
  return c.action === "resume" || c.action === "recover";
}
function samePlanVerdict() {
  return {
    verdict: "compatible",
    source: "flink",
    findings: ["the same compiled plan: every ExecNode keeps its uid, and its state"],
    advice: []
  };
}
function tableOptions(job) {
  const byKey = /* @__PURE__ */ new Map();
  for (const st of job.statements) {
    if (st.table) byKey.set(tableKey(st.table.name.parts.at(-1) ?? ""), st.table.options);
  }
  return (t) => byKey.get(t);
}
var RESTARTS = /* @__PURE__ */ new Set(["upgrade", "resume", "recover"]);
function annotateCompiledPlans(changes, jobs, doc, opts) {
  const byName2 = new Map(jobs.map((j) => [j.name, j]));
  const diags = [];
  const out = changes.map((c) => {
    const job = byName2.get(c.job);
    if (!job || c.action === "delete") return c;
    const current = doc.jobs[c.job]?.current;
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
      ...opts.acrossReleases?.has(c.job) && next.compatibility?.source === "flink" ? { acrossReleases: next.compatibility.verdict } : {}
    }) : void 0;
    if (verdict) next = { ...next, versionUpgrade: verdict };
    const versionRefusal = verdict?.blocked && {
      code: verdict.blocked.reason === "plan-refused" ? COMPILED_PLAN_CODES.planRefused : COMPILED_PLAN_CODES.versionUnconfirmed,
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
  });
  return { changes: out, diags };
}
function planStateVerdict(c, job, current, opts) {
  if (!restoresFromPlan(c) || opts.planErrors?.[c.job]) return void 0;
  const plan = job.compiledPlan;
  const before = current?.plan;
  if (plan && before)
    return before.sha256 === plan.sha256 ? samePlanVerdict() : compiledStateVerdict({
      before: before.json,
      after: plan.json,
      optionsOf: tableOptions(job),
      allowNonRestoredState: job.settings.allowNonRestoredState,
      ...opts.liveVersion ? { flinkVersion: opts.liveVersion } : {}
    });
  if (plan && current?.script !== void 0)
    return modeSwitchVerdict({ plan: plan.json, to: "compiled", ...stateOf(job) });
  if (before && job.settings.planMode !== "compiled")
    return modeSwitchVerdict({ plan: before.json, to: "script", ...stateOf(job) });
  return void 0;
}
function stateOf(job) {
  return { optionsOf: tableOptions(job), allowNonRestoredState: job.settings.allowNonRestoredState };
}
function fileOf(job) {
  return fileRange(job.yamlFile ?? job.sqlFile);
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
        `It runs spec ${liveHash} while the state store recorded ${current.specHash}. ` + (liveHash === job.restartHash ? "It already runs the repo\u2019s spec; the store is brought up to date on apply." : "The plan brings it back to the repo\u2019s spec.")
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
  if (running.parallelism !== job.settings.parallelism) {
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
    const mode = rescaleMode(ctx);
    const compat = mode === "savepoint-restart" ? rescaleVerdict(j) : void 0;
    return {
      change: {
        ...base,
        action: "rescale",
        rescaleMode: mode,
        ...compat ? { compatibility: compat } : {},
        reason: `parallelism ${running.parallelism} \u2192 ${job.settings.parallelism}: ${mode === "in-place" ? "in place (adaptive scheduler)" : "savepoint and restart"}`,
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
      reason: drift ? "runs the repo\u2019s spec; the store is updated on apply" : unverified ? "runs the repo\u2019s spec; its health check is unfinished: apply finishes it" : "up to date",
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
  const { job, record, current, run, ctx, diags, base, to, live } = j;
  const last = ctx.observed ? live[0] : void 0;
  const lastIds = last ? { liveJobId: last.jobId, liveState: last.state } : {};
  if (!record || !current || record.status === "deleted") {
    if (run.state === "suspended") {
      return {
        change: { ...base, action: "none", reason: `${run.reason}: not deployed`, causes: [run.cause], to },
        diags
      };
    }
    const spec2 = specChange(j, job.settings.upgradeMode ?? "savepoint", false);
    const finalSp = record?.status === "deleted" ? lastRestorableSavepoint(record) : void 0;
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
  if (record.status === "suspended") {
    if (run.state === "suspended") {
      return {
        change: { ...base, action: "none", reason: "suspended", causes: [], ...lastIds, from, to },
        diags
      };
    }
    const pinned2 = job.settings.restoreFrom;
    const sp = lastRestorableSavepoint(record);
    const restoreFrom2 = pinned2 ?? sp?.path;
    if (!restoreFrom2) diags.push(noRestorePoint(job, "resume"));
    const spec2 = specChange(j, job.settings.upgradeMode ?? "savepoint", true);
    const back = run.cause?.kind === "schedule" ? run.reason : `${run.reason} again`;
    return {
      change: {
        ...base,
        action: "resume",
        reason: restoreFrom2 ? `${back}: restore from ${pinned2 ? "the pinned savepoint" : "its last savepoint"}` : `${back}: no savepoint known, starts without state`,
        ...spec2,
        causes: [
          // A schedule window that opened says so; otherwise `state: running` brought it back.
          run.cause?.kind === "schedule" ? run.cause : { kind: "state", path: "state", from: "suspended", to: "running" },
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
  const why = record.status === "failed" ? "recorded as failed by an earlier apply" : !last ? "vanished from the cluster while the store says running" : `${last.state} on the cluster while the repo wants it running`;
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
  const point = latestRestorePoint(ctx.observed ? live : [], record);
  const spec = specChange(j, job.settings.upgradeMode ?? "savepoint", true);
  const pinned = spec.causes?.some((c) => c.path === "restoreFrom") ? job.settings.restoreFrom : void 0;
  const restoreFrom = pinned ?? point?.path;
  if (!restoreFrom) diags.push(noRestorePoint(job, "recovery"));
  return {
    change: {
      ...base,
      action: "recover",
      reason: `${why}: restart from ${pinned ? "the pinned savepoint" : point ? `its latest ${point.what}` : "no known state"}`,
      ...spec,
      causes: [
        {
          kind: "cluster",
          path: "state",
          from: "RUNNING",
          to: last?.state ?? (record.status === "failed" ? "failed" : "missing")
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
}

// src/plan/schedule.ts
function isoMinute(t) {
  return new Date(t).toISOString().replace(/\.000Z$/, "Z");
}
function windowsOf(schedule) {
  const tz = schedule.timezone ?? "UTC";
  const windows = [];
  for (const [i, w] of schedule.windows.entries()) {
    const start = cronOf(w.start, tz);
    const stop = cronOf(w.stop, tz);
    if ("problem" in start)
      return { problem: `schedule window ${i + 1} start "${w.start}": ${start.problem}` };
    if ("problem" in stop) return { problem: `schedule window ${i + 1} stop "${w.stop}": ${stop.problem}` };
    windows.push({ i, label: `${w.start} \u2192 ${w.stop} ${tz}`, start: start.cron, stop: stop.cron });
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
  const { activeFrom: from, activeUntil: until, schedule } = job.settings;
  for (const [key, value] of [
    ["activeFrom", from],
    ["activeUntil", until]
  ]) {
    if (value !== void 0 && Number.isNaN(Date.parse(value)))
      return { problem: `${key} "${value}" is not an ISO-8601 time` };
  }
  const parsed = schedule ? windowsOf(schedule) : { windows: [] };
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
      const stop = latest(w.stop, t);
      if (start !== void 0 && (stop === void 0 || start > stop)) {
        return {
          state: "running",
          cause: { kind: "schedule", path: `schedule.windows[${w.i}]`, from: "closed", to: "open" },
          why: `inside schedule window ${w.i + 1} (${w.label}) since ${isoMinute(start)}`
        };
      }
      if (stop !== void 0 && (closed?.stop === void 0 || stop > closed.stop))
        closed = { i: w.i, label: w.label, stop };
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
  const { activeFrom, activeUntil, schedule } = job.settings;
  if (activeFrom === void 0 && activeUntil === void 0 && !schedule)
    return { state: "running", reason: "state: running" };
  const notEvaluated = (problem) => ({
    state: "running",
    reason: "state: running",
    problem
  });
  if (now === void 0) {
    return notEvaluated(
      `${schedule ? "schedule" : "activeFrom/activeUntil"} ${schedule ? "was" : "were"} not evaluated: the plan was given no time`
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
function decideDesired(job, live, record, ctx) {
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
  if (record?.pending) {
    diags.push(
      warning(
        PLAN_CODES.pendingOperation,
        `An earlier apply stopped during ${record.pending.kind} of job ${job.name}`,
        `Started ${record.pending.startedAt}. The next apply looks for its result first, so no savepoint is lost.`
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
  const current = record?.status === "deleted" ? void 0 : record?.current;
  const inputs = {
    job,
    live: ctx.observed ? live : [],
    record,
    current,
    run,
    ctx,
    diags,
    base: { job: job.name, pipelineName: job.pipelineName },
    to: { specHash: job.restartHash, parallelism: job.settings.parallelism }
  };
  const running = ctx.observed ? alive[0] : record?.status === "running" && current ? storeAsLive(job, current.jobId, current.specHash, current.parallelism) : void 0;
  return running ? decideRunning(inputs, running) : decideStopped(inputs);
}

// src/plan/delete.ts
function decideRemoved(name, pipelineName2, live, record, ctx) {
  const alive = ctx.observed ? live.filter(isAlive) : [];
  if (alive.length > 1) return duplicateDecision(name, pipelineName2, alive);
  const running = alive[0];
  if (running?.state === "SUSPENDED") return suspendedDecision(name, pipelineName2, running);
  if (!running && (!record || record.status === "deleted")) return void 0;
  const sqlFile = `jobs/${name}.sql`;
  const current = record?.current;
  const liveHash = running?.labels?.[LABEL_KEYS.specHash];
  const specHash = liveHash ?? current?.specHash;
  const parallelism = running?.parallelism ?? current?.parallelism;
  const from = {
    ...specHash !== void 0 ? { specHash } : {},
    ...parallelism !== void 0 ? { parallelism } : {}
  };
  const stops = running !== void 0 || !ctx.observed && record?.status === "running";
  const allowedBy = ctx.allowDelete ? "--allow-delete" : record?.deletionPolicy === "delete" ? "deletionPolicy: delete" : void 0;
  const diags = [];
  const sqlDiff = current?.script !== void 0 ? unifiedDiff(current.script, "", { oldName: sqlFile, newName: sqlFile }) : "";
  const change = {
    job: name,
    pipelineName: pipelineName2,
    action: "delete",
    reason: stops ? "removed from the repo: stop with a final savepoint" : `removed from the repo; not running (${record?.status ?? "unknown"}): its record is retired`,
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
  const needsShape = script !== void 0 && (!job?.sources || !job.sinks || !job.udfs || /view|[^ -~\s]/i.test(script));
  const shape2 = needsShape ? scriptShape(script) : void 0;
  const views = /* @__PURE__ */ new Map();
  for (const [name, v] of shape2?.views ?? []) views.set(name, readsOf(v.tokens));
  for (const name of job?.views ?? []) if (!views.has(name)) views.set(name, []);
  const reads = new Set(job?.sources ?? []);
  const writes = new Set(job?.sinks ?? []);
  if (!job?.sources || !job?.sinks) {
    for (const q of shape2?.queries.values() ?? []) {
      if (!job?.sinks) writes.add(q.sink);
      if (!job?.sources) for (const r of q.reads) reads.add(r);
    }
  }
  const udfs = new Set(job?.udfs ?? [...shape2?.functions.keys() ?? []]);
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
function versionText(from, to) {
  const a = majorMinor(from);
  const b = majorMinor(to);
  return a && b && a !== b ? ` (Flink ${a} \u2192 ${b})` : "";
}
function planMoves(changes, jobs, live, doc, opts) {
  const diags = [];
  const previous = live.observed ? live.previous : void 0;
  if (!previous) return { changes: recoverGuard(changes, jobs, live, doc, opts, diags), diags };
  const left = /* @__PURE__ */ new Map();
  for (const j of live.jobs) if (j.previousCluster) left.set(j.jobId, j);
  const byName2 = new Map(jobs.map((j) => [j.name, j]));
  const from = shownUrl(previous.jobmanagerUrl);
  const move = { from, ...previous.flinkVersion ? { fromVersion: previous.flinkVersion } : {} };
  const cause = { kind: "cluster", path: "jobmanagerUrl", from, to: "this environment\u2019s cluster" };
  const across = versionText(previous.flinkVersion, live.flinkVersion);
  let moving = 0;
  const out = changes.map((c) => {
    const old = c.liveJobId ? left.get(c.liveJobId) : void 0;
    if (!old) return c;
    moving++;
    const job = byName2.get(c.job);
    switch (c.action) {
      case "none":
      case "rescale": {
        if (!job || !c.to || old.state === "SUSPENDED" || !old.labels && old.state !== "RUNNING") return c;
        const strategy = job.settings.upgradeMode ?? "savepoint";
        const { verify: _verify, ...rest } = c;
        const pair = strategy === "stateless" ? void 0 : opts.explained?.get(c.job);
        const compatibility2 = pair && "old" in pair ? stateVerdict({
          old: pair.old,
          next: pair.next,
          ...job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
          settingsFile: job.yamlFile ?? `jobs/${job.name}.yaml`,
          ...live.flinkVersion ? { flinkVersion: live.flinkVersion } : {}
        }) : c.compatibility ?? moveEstimate(job, doc, strategy, previous.flinkVersion, live.flinkVersion);
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
        const detail = "flinkops moves only the jobs it deployed. Adopt it there first (plan and apply without moveFrom), or stop it there and let this plan create it here.";
        diags.push(warning(MOVE_CODES.unmanagedOnPrevious, summary, detail));
        return { ...c, move, refused: { code: MOVE_CODES.unmanagedOnPrevious, summary, detail } };
      }
      default:
        return c;
    }
  });
  if (moving === 0) {
    diags.push({
      code: MOVE_CODES.moveFinished,
      severity: "info",
      summary: `nothing of this environment runs on ${from} any more: the move is done`,
      detail: "Remove moveFrom from the environment in flinkops.yaml; the old cluster can be retired once its savepoints are no longer needed."
    });
  }
  return { changes: out, diags };
}
function moveEstimate(job, doc, strategy, fromVersion, toVersion) {
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
}
function recoverGuard(changes, jobs, live, doc, opts, diags) {
  const to = majorMinor(live.observed ? live.flinkVersion : void 0);
  if (!to || opts.allowVersionUpgrade) return [...changes];
  const byName2 = new Map(jobs.map((j) => [j.name, j]));
  return changes.map((c) => {
    if (c.action !== "recover" || c.refused) return c;
    const from = majorMinor(doc.jobs[c.job]?.current?.flinkVersion);
    if (!from || from === to) return c;
    const summary = `job ${c.job} last ran on Flink ${from}; this cluster runs ${to} and does not run it`;
    const detail = "If it still runs on the old cluster, recovering it here would run it twice. To move it, name the old cluster in environments.<env>.moveFrom: {jobmanagerUrl: \u2026}: the plan then stops it there with a savepoint and starts it here. If the old cluster is gone, apply with --allow-version-upgrade to recover it here from its last savepoint or checkpoint.";
    const job = byName2.get(c.job);
    diags.push(
      warning(
        MOVE_CODES.recoverAcrossVersions,
        summary,
        detail,
        job ? fileRange(job.yamlFile ?? job.sqlFile) : void 0
      )
    );
    return { ...c, refused: { code: MOVE_CODES.recoverAcrossVersions, summary, detail } };
  });
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

// src/plan/version-summary.ts
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function versionUpgradeSummaries(changes, jobs) {
  const compiled = new Set(jobs.filter((j) => j.settings.planMode === "compiled").map((j) => j.name));
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
      ...c.refused ? { refused: c.refused.code } : {}
    };
    (compiled.has(c.job) ? s.compiled : s.script).push(entry);
  }
  if (byFrom.size === 0) return void 0;
  return [...byFrom.values()].sort((a, b) => byText(a.from, b.from));
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
  const declared = declaredVersionCheck(desired, live);
  if (declared) diagnostics.push(declared);
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
    const record = state.doc.jobs[name];
    const list = liveByJob.get(name) ?? [];
    const pn = record?.pipelineName ?? list[0]?.name ?? pipelineName(desired.project, desired.env, name);
    const d = decideRemoved(name, pn, list, record, ctx);
    if (!d) continue;
    changes.push(d.change);
    diagnostics.push(...d.diags);
    if (d.change.action !== "none") relations.set(name, relationsOf(record?.current?.script));
  }
  changes.sort((a, b) => byName(a.job, b.job));
  const moved = planMoves(changes, desired.jobs, live, state.doc, {
    ...opts.compiled?.allowVersionUpgrade ? { allowVersionUpgrade: true } : {},
    ...opts.explained ? { explained: opts.explained } : {}
  });
  const acrossReleases2 = new Set(
    [...opts.explained ?? []].filter(([, p]) => "acrossReleases" in p && p.acrossReleases).map(([j]) => j)
  );
  changes.splice(0, changes.length, ...moved.changes);
  diagnostics.push(...moved.diags);
  const compiled = annotateCompiledPlans(changes, desired.jobs, state.doc, {
    ...live.observed && live.flinkVersion ? { liveVersion: live.flinkVersion } : {},
    ...opts.compiled,
    ...acrossReleases2.size > 0 ? { acrossReleases: acrossReleases2 } : {}
  });
  changes.splice(0, changes.length, ...compiled.changes);
  diagnostics.push(...compiled.diags);
  const guarded = applyPolicy(changes, desired, { allowDelete: opts.allowDelete });
  diagnostics.push(...guarded.diags);
  let planned = guarded.changes;
  let targeting;
  if (opts.target) ({ changes: planned, targeting } = targetChanges(planned, opts.target));
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
  const summary = Object.fromEntries(ACTION_KINDS.map((k) => [k, 0]));
  for (const c of planned) summary[c.action]++;
  const affected = affectedOf(planned);
  const versionUpgrades = versionUpgradeSummaries(planned, desired.jobs);
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    project: desired.project,
    env: desired.env,
    ...opts.commit !== void 0 ? { commit: opts.commit } : {},
    offline: !live.observed,
    stateVersion: state.version,
    liveFingerprint: live.fingerprint,
    ...targeting ? { target: targeting } : {},
    changes: planned,
    summary,
    ...versionUpgrades ? { versionUpgrades } : {},
    affected,
    lineage: lineageOf(planned, relations, affected),
    diagnostics: sortDiagnostics(diagnostics)
  };
}

export {
  majorMinor,
  unifiedDiff,
  effectiveParallelism,
  isoMinute,
  desiredRunState,
  MOVE_CODES,
  unknownTargets,
  diff
};
