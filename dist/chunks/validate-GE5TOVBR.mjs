import {
  UsageError,
  stringOpt
} from "./chunk-CB37V45K.mjs";

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
var summarizeDiagnostics = (function summarizeDiagnostics(diags) {
  const errors = diags.filter((d) => d.severity === "error").length;
  const warnings = diags.filter((d) => d.severity === "warning").length;
  return `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
});

import {
  insideRepository
} from "./chunk-DPJDA3R2.mjs";
import {
  isAbsolute,
  join,
  resolve
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync,
  statSync
} from "./chunk-NPMD6JOW.mjs";
import {
  hasErrors
} from "./chunk-FYVUM4PK.mjs";

// src/core/secrets.ts

// src/cli/context.ts
var projectDir = (function projectDir(args, io) {
  const dir = stringOpt(args, "dir") ?? io.env.FLINKOPS_DIR ?? ".";
  return isAbsolute(dir) ? dir : resolve(io.cwd, dir);
});
var givenEnv = (function givenEnv(args, io) {
  return stringOpt(args, "env") || io.env.FLINKOPS_ENV || void 0;
});
var sourcesOf = (function sourcesOf(dir, diags) {
  const out = /* @__PURE__ */ new Map();
  for (const d of diags) {
    const file = d.range?.file;
    if (!file || out.has(file)) continue;
    try {
      const path = join(dir, file);
      if (!insideRepository(dir, path)) continue;
      const st = statSync(path);
      if (!st.isFile() || st.size > 1024 * 1024) continue;
      out.set(file, readFileSync(path, "utf8"));
    } catch {
    }
  }
  return out;
});
var reportDiagnostics = (function reportDiagnostics(io, dir, diags) {
  if (diags.length) io.stderr(renderDiagnostics(diags, { color: io.color, sources: sourcesOf(dir, diags) }));
  return hasErrors(diags);
});

import {
  EXIT,
  boolOpt,
  parseCommandArgs
} from "./chunk-CB37V45K.mjs";
import "./chunk-VT7LOJPP.mjs";
import {
  takeSignals
} from "./chunk-QLMKHXW3.mjs";

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
  insideRepository as insideRepository2,
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
  join as join2
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync as readFileSync2,
  readdirSync,
  statSync as statSync2
} from "./chunk-NPMD6JOW.mjs";
import {
  fileURLToPath,
  init_node_url
} from "./chunk-2W6PPHYK.mjs";
import {
  error,
  hasErrors as hasErrors2,
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
// src/compile/substituted-fragments.ts
var checkSubstitutedFragments = (function checkSubstitutedFragments(project, t, spec, env, diags) {
  const raw = t.spec;
  const yaml = () => project.loaded.tables.find((s) => s.file === t.file)?.yaml;
  const check = (before, after, mode, path) => {
    if (before === after) return;
    const problem = fragmentProblem(after, mode) ?? (mode === "expr" ? sqlProblem(after, path[0] === "watermark", project.config?.flinkVersion) : void 0);
    if (!problem) return;
    diags.push(
      error(
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
  const range = ref && where.range ? within(where.range, original.text, ref.start, ref.end) : where.range;
  diags.push(
    error(
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
// src/compile/desired-tables.ts
// src/compile/environment.ts
// src/compile/graph.ts
// src/compile/job-script.ts
// src/compile/later-builtins.ts
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
// src/compile/lazy-fields.ts
// src/compile/python-files.ts
init_node_url();
// src/compile/script-jars.ts
// src/compile/desired.ts
var projectFor = (function projectFor(validated, env) {
  const release = validated.config ? environmentRelease(validated.config, env) : void 0;
  return (release !== void 0 ? validated.releases?.[release] : void 0) ?? validated;
});
// src/compile/model.ts
// src/compile/portable.ts
// src/compile/runtime-mode.ts
// src/compile/substitution-problems.ts
var substitutionProblems = (function substitutionProblems(validated, env, envVars) {
  const project = projectFor(validated, env);
  const config = project.config;
  const envSpec = config?.environments[env];
  if (!config || !envSpec) return [];
  const diags = [];
  const lookup = envLookup(envSpec, envVars);
  const sqlLookup = sqlLiteralLookup(lookup);
  const referring = new Set(
    project.loaded.references.filter((r) => r.kind === "env").map((r) => r.range.file)
  );
  const check = (st, sqlFile) => {
    if (!st.text.includes("${")) return;
    const text = substitute(st.text, sqlLookup);
    if (text !== st.text)
      checkSubstituted(
        st,
        text,
        sqlLookup,
        { sqlFile, env, flinkVersion: config.flinkVersion, range: st.range },
        diags
      );
  };
  for (const t of project.tables) {
    if (t.format === "sql") {
      if (t.statement) check(t.statement, t.file);
    } else if (t.spec && referring.has(t.file) && fragmentsRefer(t.spec))
      checkSubstitutedFragments(project, t, substituteDeep(t.spec, lookup), env, diags);
  }
  for (const job of project.jobs)
    for (const st of job.analysis?.statements ?? []) if (st.kind !== "client_command") check(st, job.sqlFile);
  return diags;
});
var fragmentsRefer = (function fragmentsRefer(spec) {
  const refers = (s) => s?.includes("${") === true;
  return spec.columns.some((c) => refers(c.type)) || (spec.metadata ?? []).some((c) => refers(c.type)) || (spec.computed ?? []).some((c) => refers(c.expr)) || refers(spec.watermark?.expr);
});

import {
  loadAndValidate as loadAndValidate2
} from "./chunk-HCV42XU2.mjs";
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
import {
  hasErrors as hasErrors3,
  sortDiagnostics as sortDiagnostics3
} from "./chunk-FYVUM4PK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
// src/cli/commands/validate.ts
var validateCommand = {
  help: [
    "Usage: flinkops validate [--dir DIR] [--env NAME] [--json]",
    "",
    "Reports every problem at once, each with file:line:column and how to fix it. Exit 1 on errors.",
    "A test file (jobs/<job>.test.yaml) of a job the repository does not have is an error;",
    "`flinkops test` checks the rest of it. The SQL is judged by the Flink release of each",
    "environment validated: its own environments.<env>.flinkVersion, else the project's.",
    "  --env NAME   validate for one environment (default: every environment of flinkops.yaml)",
    '  --json       {"valid": bool, "diagnostics": [...]}'
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    const dir = projectDir(args, io);
    const env = givenEnv(args, io);
    const validated = loadAndValidate2(dir, { ...env ? { env } : {}, envVars: io.env });
    const result = hasErrors3(validated.diags) ? validated : {
      ...validated,
      diags: sortDiagnostics3([...validated.diags, ...substituted(validated.value, env, io.env)])
    };
    await takeSignals();
    const failed = hasErrors3(result.diags);
    if (boolOpt(args, "json")) {
      io.stdout(`${JSON.stringify({ valid: !failed, diagnostics: result.diags }, null, 2)}
`);
      return failed ? EXIT.error : EXIT.ok;
    }
    reportDiagnostics(io, dir, result.diags);
    const p = result.value;
    const counts = [
      plural(p.jobs.length, "job"),
      plural(p.tables.length, "table"),
      plural(p.udfs.length, "UDF artifact")
    ].join(", ");
    if (failed) io.stderr(`\u2717 ${counts}: ${summarizeDiagnostics(result.diags)}
`);
    else
      io.stdout(
        `\u2713 ${counts} valid${result.diags.length ? ` (${summarizeDiagnostics(result.diags)})` : ""}
`
      );
    return failed ? EXIT.error : EXIT.ok;
  }
};
function substituted(project, env, envVars) {
  const envs = env ? [env] : Object.keys(project.config?.environments ?? {});
  return envs.flatMap((e) => substitutionProblems(project, e, envVars));
}
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
export {
  validateCommand
};
