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
// src/core/stream-graph.ts
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
// src/core/vertex-name.ts
// src/core/key-groups.ts

// src/core/restore-point.ts

import {
  parseFlinkVersion as parseFlinkVersion2
} from "./chunk-2J7UGB3X.mjs";
import {
  pipelineName
} from "./chunk-EKKRR5UX.mjs";
// src/state/records.ts

// src/state/store.ts

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

// src/flink/errors.ts
// src/core/job-state.ts
// src/flink/diagnostics.ts
// src/flink/poll.ts
// src/flink/await.ts
// src/core/exact-number.ts
// src/flink/answer-reader.ts
var utf8 = new TextDecoder();
var CRLF2 = Buffer.from("\r\n\r\n");
var MAX_HEAD = 64 * 1024;
// src/flink/connection-pool.ts
// src/flink/redact.ts
// src/flink/http.ts
// src/flink/wire.ts
// src/flink/jobmanager-parse.ts
// src/flink/jobmanager.ts

// src/core/clock.ts

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
        const at = printable(formatLocation(r.range));
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
    (m, key, sep, value) => isCredentialKey(key.replace(/^['"]|['"]$/g, "")) && !value.includes("${") ? key + sep + value.replace(/[^'"]/g, "*") : m
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
  pipelineName as pipelineName2
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
var stringMap = (function stringMap(m) {
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
    ...configLayers(config, envName, job, own).map(stringMap)
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
  const { tokens, diags } = lex(text, "", new LineIndex(text));
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
  const ref = bad.range && culprit(original.text, lookup, new LineIndex(text).offset(bad.range.start));
  const range2 = ref && where.range ? within(where.range, original.text, ref.start, ref.end) : where.range;
  diags.push(
    error2(
      "FO402",
      `With the \${env.X} values of environment ${where.env}, this statement does not parse: ${bad.summary}`,
      `${ref ? `The value of \${env.${ref.name}}` : "A value"} is not valid where it is used in ${where.sqlFile}; check the environment's values (or the variables: defaults), or quote the reference inside a '...' literal.`,
      range2
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
var within = (function within(range2, statement, start, end) {
  const lines = new LineIndex(statement);
  const pos = (o) => positionIn(range2.start, lines.pos(o));
  return { file: range2.file, start: pos(start), end: pos(end) };
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
var comment = (function comment(text) {
  return text === void 0 ? "" : ` COMMENT ${quoteString(text)}`;
});
var interval = (function interval(delay) {
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
});
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
var jobDependencies = (function jobDependencies(project, job) {
  const tables = /* @__PURE__ */ new Map();
  const views = [];
  const seen = /* @__PURE__ */ new Set();
  const functions = new Set(job.functions);
  const sources = /* @__PURE__ */ new Set();
  const stack = [];
  const enter = (name, read) => {
    const t = project.tableByName.get(name);
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
  const keys = Object.keys(input.config).sort();
  if (keys.length > 0)
    parts.push(keys.map((k) => `SET ${quoteString(k)} = ${quoteString(input.config[k])};`).join("\n"));
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
  const project = projectFor(validated, opts.env);
  const diags = [];
  const config = project.config;
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
    const locate = (key) => overridden ? project.loaded.config?.locate(["environments", opts.env, "udfs", u.name, key]) : yaml?.locate([key]);
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
    const jarChecksums = specChecksums(udfNames, (u) => udfByName.get(u)?.sha256, pythonFiles, scriptJars);
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
      const at = over ? project.loaded.config?.locate(["environments", opts.env, "jobs", job.name, "movedFrom"]) : project.loaded.jobs.find((j) => j.name === job.name)?.yaml?.locate(["movedFrom"]);
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
      const calls = laterBuiltinCalls(project, job.name, deps, laterNames, laterCache);
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
  const state = {
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
  onFirstRead(state, "graph", graph);
  return { value: hasErrors(diags) ? void 0 : state, diags };
});
// src/compile/model.ts
// src/compile/portable.ts
// src/compile/runtime-mode.ts
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
  shownUrl
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
  resolveSecretsInValue
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
  atLeast as atLeast2,
  majorMinor,
  parseFlinkVersion as parseFlinkVersion3,
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
  isIdentifier,
  pipelineName as pipelineName3,
  suggestIdentifier
} from "./chunk-EKKRR5UX.mjs";
import {
  error as error3,
  formatLocation as formatLocation2,
  hasErrors as hasErrors2,
  positionIn as positionIn2,
  sortDiagnostics as sortDiagnostics3,
  warning
} from "./chunk-FYVUM4PK.mjs";
// src/plan/model.ts
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
// src/render/actions.ts
// src/apply/codes.ts
// src/apply/context.ts
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
// src/plan/query-features.ts
// src/plan/script-shape.ts
// src/plan/causes.ts
// src/plan/verdict-advice.ts
// src/plan/compat.ts
// src/plan/job-inputs.ts
// src/plan/live-tables.ts
// src/plan/parallelism.ts
// src/plan/restore-points.ts
// src/sql/probe-scope.ts
// src/plan/kept-definitions.ts
// src/plan/explained-job.ts
// src/plan/lineage.ts
// src/plan/moved-sources.ts
// src/plan/sql-diff.ts
var splitLines = (function splitLines(text) {
  if (text === "") return [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
});
var diffLines = (function diffLines(a, b) {
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
});
var MAX_EDITS = 2e3;
var myers = (function myers(a, b) {
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
});
var replaceAll = (function replaceAll(a, b) {
  return [
    ...a.map((line, i) => ({ kind: "-", line, oldNo: i + 1, newNo: 0 })),
    ...b.map((line, j) => ({ kind: "+", line, oldNo: a.length, newNo: j + 1 }))
  ];
});
var unifiedDiff = (function unifiedDiff(oldText, newText, opts = {}) {
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
});
var hunk = (function hunk(ops, from, to) {
  let oldStart = 0;
  let newStart = 0;
  let oldLen = 0;
  let newLen = 0;
  const body2 = [];
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
    body2.push(`${op.kind}${op.line}`);
  }
  if (oldLen === 0) oldStart = ops[from].oldNo;
  if (newLen === 0) newStart = ops[from].newNo;
  let first = from;
  while (first < to && ops[first].kind === " ") first++;
  const heading = statementOf(ops, first, from);
  return [
    `@@ -${range(oldStart, oldLen)} +${range(newStart, newLen)} @@${heading ? ` ${heading}` : ""}`,
    ...body2
  ];
});
var STATEMENT_START = /^(CREATE|INSERT|EXECUTE|BEGIN|SET|RESET|ADD|ALTER|DROP|USE|LOAD)\b/i;
var statementOf = (function statementOf(ops, at2, from) {
  for (let i = at2; i >= 0; i--) {
    const op = ops[i];
    if (op.kind !== "+" && STATEMENT_START.test(op.line)) {
      if (i >= from) return void 0;
      const line = op.line.trimEnd();
      return line.length > 80 ? `${line.slice(0, 77)}...` : line;
    }
  }
  return void 0;
});
var range = (function range(start, len) {
  return len === 1 ? `${start}` : `${start},${len}`;
});
// src/plan/state-backend.ts
// src/plan/column-changes.ts
// src/plan/typed-shape.ts
// src/plan/crossed-state.ts
// src/plan/kept-notes.ts
// src/plan/ttl-switch.ts
// src/plan/state-verdict.ts
// src/plan/spec-change.ts
// src/plan/decide-running.ts
// src/plan/finished-batch-run.ts
// src/plan/restore-point-gone.ts
// src/plan/stopped-state-warnings.ts
// src/plan/unfinished-rollback.ts
// src/plan/decide-stopped.ts
// src/plan/live-instances.ts
// src/plan/schedule.ts
// src/plan/decide.ts
// src/plan/rename.ts
// src/apply/steps.ts
// src/apply/describe-steps.ts
// src/observe/model.ts
// src/observe/pool.ts
// src/observe/strays.ts
// src/observe/live-state.ts
// src/plan/declared-version.ts
// src/sql/script-settings.ts
// src/plan/checkpointing-off.ts
// src/plan/compiled-state.ts
// src/plan/exec-node-diff.ts
// src/plan/version-upgrade.ts
// src/plan/compiled-changes.ts
// src/plan/delete.ts
// src/plan/deletion-leftovers.ts
// src/plan/later-builtins.ts
// src/plan/move.ts
// src/plan/namesakes.ts
// src/plan/older-checkout.ts
var CHANGES = /* @__PURE__ */ new Set([...ACTION_KINDS.filter((a) => a !== "none"), "sync"]);
// src/plan/other-endpoint.ts
// src/plan/other-environments-cluster.ts
// src/plan/policy.ts
// src/plan/target.ts
// src/plan/topic-ends.ts
// src/plan/unrecorded-jobs.ts
// src/plan/unrestorable-pins.ts
// src/plan/version-summary.ts
// src/plan/diff.ts
var OF_THE_START = /* @__PURE__ */ new Set([
  PLAN_CODES.noRestorePoint,
  PLAN_CODES.recoveryRewinds,
  PLAN_CODES.vanishedState,
  PLAN_CODES.newerReleaseSavepoint,
  PLAN_CODES.restorePointGone,
  PLAN_CODES.stateIncompatible
]);
// src/plan/slots.ts
// src/apply/job-run.ts
// src/apply/locked-session.ts
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
// src/apply/step-util.ts
// src/apply/step-checkpoint.ts
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
// src/render/markdown-escape.ts
// src/render/failure.ts
// src/render/json.ts
// src/render/lineage.ts
// src/render/compiled-plan.ts
// src/render/diagnostic-list.ts
// src/render/markdown-job.ts
// src/render/markdown.ts
// src/render/openmetrics.ts
// src/render/savepoints.ts
// src/render/terminal.ts

import {
  UsageError,
  stringOpt
} from "./chunk-CB37V45K.mjs";
import {
  insideRepository as insideRepository2
} from "./chunk-DPJDA3R2.mjs";
import {
  isAbsolute,
  join as join2,
  resolve
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync as readFileSync2,
  statSync as statSync2
} from "./chunk-NPMD6JOW.mjs";
import {
  hasErrors as hasErrors3
} from "./chunk-FYVUM4PK.mjs";
// src/cli/context.ts
var projectDir = (function projectDir(args, io) {
  const dir = stringOpt(args, "dir") ?? io.env.FLINKOPS_DIR ?? ".";
  return isAbsolute(dir) ? dir : resolve(io.cwd, dir);
});
var sourcesOf = (function sourcesOf(dir, diags) {
  const out = /* @__PURE__ */ new Map();
  for (const d of diags) {
    const file = d.range?.file;
    if (!file || out.has(file)) continue;
    try {
      const path = join2(dir, file);
      if (!insideRepository2(dir, path)) continue;
      const st = statSync2(path);
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

import {
  EXIT,
  UsageError as UsageError2,
  boolOpt,
  parseCommandArgs
} from "./chunk-CB37V45K.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-QLMKHXW3.mjs";
import {
  loadAndValidate as loadAndValidate2,
  readsReference
} from "./chunk-HCV42XU2.mjs";
import "./chunk-MTN3MEF7.mjs";
import "./chunk-PG4X7Q6A.mjs";
import "./chunk-2KEB7JXC.mjs";
import "./chunk-DPJDA3R2.mjs";
import "./chunk-BYIOOC32.mjs";
import "./chunk-SIW47MSI.mjs";
import {
  canonicalJson as canonicalJson2
} from "./chunk-QDFCQ7OG.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-H5WAOW7W.mjs";
import {
  meantSuffix
} from "./chunk-EKKRR5UX.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import {
  hasErrors as hasErrors4,
  warning as warning2
} from "./chunk-FYVUM4PK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
// src/cli/commands/diff-env.ts
var isObject = ((v) => typeof v === "object" && v !== null && !Array.isArray(v));
var settingDifferences = (function settingDifferences(path, a, b, out) {
  if (canonicalJson2(a ?? null) === canonicalJson2(b ?? null)) return;
  if (isObject(a) || isObject(b)) {
    const x = isObject(a) ? a : {};
    const y = isObject(b) ? b : {};
    for (const k of [.../* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)])].sort())
      settingDifferences(path ? `${path}.${k}` : k, x[k], y[k], out);
    return;
  }
  const show = (v) => v === void 0 ? void 0 : typeof v === "string" ? v : canonicalJson2(v);
  const sa = show(a);
  const sb = show(b);
  out.push({ path, ...sa !== void 0 ? { a: sa } : {}, ...sb !== void 0 ? { b: sb } : {} });
});
var body = ((script) => script.replace(/^-- flinkops compiled script: [^\n]*\n/, ""));
var environmentDifferences = (function environmentDifferences(a, b) {
  const out = [];
  settingDifferences("flinkVersion", a.flinkVersion, b.flinkVersion, out);
  for (const key of ["savepointDir", "planDir"])
    settingDifferences(key, a.environment[key], b.environment[key], out);
  return out;
});
var diffEnvironments = (function diffEnvironments(a, b) {
  const byName = (s) => new Map(s.jobs.map((j) => [j.name, j]));
  const ja = byName(a);
  const jb = byName(b);
  const names = [.../* @__PURE__ */ new Set([...ja.keys(), ...jb.keys()])].sort();
  return names.map((job) => {
    const x = ja.get(job);
    const y = jb.get(job);
    if (!x || !y) return { job, status: x ? "only-a" : "only-b", settings: [], sqlDiff: "" };
    const settings = [];
    settingDifferences("", x.settings, y.settings, settings);
    const sqlDiff = unifiedDiff(body(x.script), body(y.script), {
      oldName: `${a.env}/${job}.sql`,
      newName: `${b.env}/${job}.sql`
    });
    return { job, status: settings.length || sqlDiff ? "different" : "same", settings, sqlDiff };
  });
});
var diffEnvCommand = {
  help: [
    "Usage: flinkops diff-env ENV_A ENV_B [--dir DIR] [--json]",
    "",
    "Compiles the repository for both environments and compares each job: its resolved settings",
    "(parallelism, config, state, schedule, ...) and its compiled script as a unified diff.",
    "A job kept off in one environment (state: suspended) shows as a state difference.",
    "Secrets stay ${secret.NAME} placeholders.",
    "The environments' Flink release (flinkVersion), savepointDir and planDir are shown where they",
    "differ (the release changes a script only where its rules do).",
    "Exit 0 when the environments compile to the same jobs, 2 when they differ, 1 on error."
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {}, Number.POSITIVE_INFINITY);
    const [envA, envB, ...rest] = args.positionals;
    if (!envA || !envB || rest.length)
      throw new UsageError2("give two environments, e.g. flinkops diff-env staging prod");
    const dir = projectDir(args, io);
    const validated = loadAndValidate2(dir, { envVars: io.env });
    const diags = [...validated.diags];
    const known = Object.keys(validated.value.config?.environments ?? {});
    for (const env of [envA, envB]) {
      if (validated.value.config && !known.includes(env)) {
        throw new UsageError2(
          `unknown environment '${env}'${meantSuffix(env, known)} (flinkops.yaml defines ${known.join(", ")})`
        );
      }
    }
    const states = [];
    diags.push(...shellOverrides(validated.value, [envA, envB], io.env));
    if (!hasErrors4(diags)) {
      for (const env of [envA, envB]) {
        const compiled = compile(validated.value, { env, envVars: io.env });
        diags.push(...compiled.diags);
        if (compiled.value) states.push(compiled.value);
      }
    }
    if (hasErrors4(diags) || states.length !== 2) {
      if (boolOpt(args, "json")) io.stdout(`${JSON.stringify({ diagnostics: diags }, null, 2)}
`);
      else reportDiagnostics(io, dir, diags);
      return EXIT.error;
    }
    const [a, b] = states;
    const jobs = diffEnvironments(a, b);
    const environment = environmentDifferences(a, b);
    const same = jobs.every((j) => j.status === "same");
    if (boolOpt(args, "json")) {
      io.stdout(
        `${JSON.stringify({ project: a.project, a: envA, b: envB, same, environment, jobs }, null, 2)}
`
      );
      return same ? EXIT.ok : EXIT.changes;
    }
    const s = makeStyle(io.color);
    const out = [s.bold(`${a.project}: ${envA} \u2192 ${envB}`), ""];
    if (environment.length > 0) {
      out.push(s.yellow("~ environment"));
      for (const d of environment) out.push(`    ${d.path}: ${d.a ?? "(unset)"} \u2192 ${d.b ?? "(unset)"}`);
    }
    for (const j of jobs) {
      if (j.status === "same") out.push(s.dim(`  ${j.job}: same`));
      else if (j.status === "only-a") out.push(s.red(`- ${j.job}: only in ${envA}`));
      else if (j.status === "only-b") out.push(s.green(`+ ${j.job}: only in ${envB}`));
      else {
        out.push(s.yellow(`~ ${j.job}`));
        for (const d of j.settings) out.push(`    ${d.path}: ${d.a ?? "(unset)"} \u2192 ${d.b ?? "(unset)"}`);
        if (j.sqlDiff) {
          for (const line of j.sqlDiff.replace(/\n$/, "").split("\n")) {
            const colour = line.startsWith("+") ? s.green : line.startsWith("-") ? s.red : line.startsWith("@@") ? s.cyan : s.dim;
            out.push(`    ${colour(line)}`);
          }
        }
      }
    }
    const differing = jobs.filter((j) => j.status !== "same").length;
    out.push(
      "",
      same ? "The environments compile to the same jobs." : `${differing} of ${jobs.length} jobs differ.`
    );
    io.stdout(`${out.join("\n")}
`);
    reportDiagnostics(io, dir, diags);
    return same ? EXIT.ok : EXIT.changes;
  }
};
function shellOverrides(project, envs, shell) {
  const environments = project.config?.environments ?? {};
  const refs = project.loaded.references.filter((r) => r.kind === "env");
  const names = new Set(refs.map((r) => r.name));
  const diags = [];
  for (const name of [...names].sort()) {
    const value = shell[name];
    if (value === void 0) continue;
    const readBy = (env) => refs.some((r) => r.name === name && readsReference(environments, env, r));
    if (!envs.every(readBy)) continue;
    for (const env of envs) {
      const own = project.config?.environments[env]?.variables?.[name];
      if (own === void 0 || String(own) === value) continue;
      diags.push(
        warning2(
          "FO276",
          `${name} is set in this shell, which overrides environments.${env}.variables.${name}`,
          `The process environment wins over an environment's variables, so ${envs.join(" and ")} both compile with this shell's ${name} here, and a difference their own runs have is not shown. Unset ${name} (env -u ${name} flinkops diff-env ...) to compare what each environment defines.`,
          project.loaded.config?.locate(["environments", env, "variables", name], "key")
        )
      );
    }
  }
  return diags;
}
export {
  diffEnvCommand,
  diffEnvironments,
  environmentDifferences
};
