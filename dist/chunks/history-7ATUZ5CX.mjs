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
  loadAndValidate
} from "./chunk-HCV42XU2.mjs";
import {
  parse
} from "./chunk-SIW47MSI.mjs";
import {
  join as join2
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync as readFileSync2,
  statSync as statSync2
} from "./chunk-NPMD6JOW.mjs";
// src/cli/commands/project-envs.ts
var environmentsOf = (function environmentsOf(dir) {
  try {
    const path = join2(dir, "flinkops.yaml");
    if (!statSync2(path).isFile()) return [];
    const doc = parse(readFileSync2(path, "utf8"));
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
  shownUrl
} from "./chunk-PG4X7Q6A.mjs";
// src/render/progress.ts

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
  constructor(diagnostic, diagnostics) {
    super(`${diagnostic.code} ${diagnostic.summary}`);
    this.diagnostic = diagnostic;
    this.name = "StateStoreError";
    this.diagnostics = diagnostics && diagnostics.length > 0 ? diagnostics : [diagnostic];
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

import {
  isMap,
  isSeq,
  parseDocument
} from "./chunk-SIW47MSI.mjs";
import {
  randomHex
} from "./chunk-QDFCQ7OG.mjs";
import {
  LineIndex
} from "./chunk-MHE3XHPS.mjs";
import {
  error
} from "./chunk-FYVUM4PK.mjs";
// src/state/model.ts
var STATE_FORMAT_VERSION = 5;
var LEGACY_HISTORY_ACTIONS = {
  suspended: "suspend",
  deleted: "delete"
};
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
  const fail = (at) => {
    throw new JsonStop(at);
  };
  const ws = () => {
    while (i < n && WS.has(text[i])) i++;
  };
  const digits = () => {
    const from = i;
    while (i < n && text[i] >= "0" && text[i] <= "9") i++;
    if (i === from) fail(i);
  };
  const string = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail(i);
      if (c === 92) {
        const esc = text[i + 1];
        if (esc === "u") {
          for (let h = i + 2; h < i + 6; h++) if (!/[0-9a-fA-F]/.test(text[h] ?? "")) fail(Math.min(h, n));
          i += 6;
          continue;
        }
        if (esc === void 0 || !'"\\/bfnrt'.includes(esc)) fail(i + 1);
        i += 2;
        continue;
      }
      i++;
    }
    fail(n);
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
        if (text[i] !== '"') fail(i);
        string();
        ws();
        if (text[i] !== ":") fail(i);
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail(i);
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
        } else fail(i);
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
        if (text[i] !== ch) fail(i);
        i++;
      }
      return;
    }
    fail(i);
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
  let lines;
  const index = () => lines ??= new LineIndex(text);
  if (text.trim() === "") {
    return {
      ok: false,
      diags: [
        error(
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
        error(
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
        error(
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
        error(
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
      error(
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
var newLockInfo = (function newLockInfo(owner, now, ttlMs, defaults) {
  return {
    id: randomHex(8),
    who: owner.who,
    command: owner.command,
    host: owner.host ?? defaults.host,
    ...defaults.pid !== void 0 ? { pid: defaults.pid } : {},
    ...defaults.pidStart !== void 0 ? { pidStart: defaults.pidStart } : {},
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

// src/core/restore-point.ts

import {
  parseFlinkVersion
} from "./chunk-2J7UGB3X.mjs";
import {
  pipelineName
} from "./chunk-EKKRR5UX.mjs";
// src/state/records.ts
var edits = /* @__PURE__ */ new WeakMap();
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
var renamedTo = (function renamedTo(doc, job) {
  const from = `renamed from ${job} (`;
  let found;
  for (const [name, record] of Object.entries(doc.jobs)) {
    for (const h of record.history) {
      if (h.action !== "renamed" || !h.detail?.startsWith(from)) continue;
      if (!found || h.time > found.time) found = { name, time: h.time };
    }
  }
  return found?.name;
});

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
  randomHex as randomHex2
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
  isAbsolute as isAbsolute2,
  join as join3,
  relative,
  resolve as resolve2,
  sep
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFile,
  stat
} from "./chunk-NPMD6JOW.mjs";
import {
  error as error2
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
  const tmp = join3(dir, `${tempPrefix(target)}${process.pid}.${randomHex2(6)}.tmp`);
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
  const prefix = tempPrefix(target);
  const dir = dirname(target);
  const names = await fsPromises().readdir(dir).catch(() => []);
  await Promise.all(
    names.filter((n) => n.startsWith(prefix) && n.endsWith(".tmp")).map((n) => removeQuietly(join3(dir, n)))
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
          error2(
            STATE_CODES.invalid,
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
      message2 = entry.message;
      updatedAt = entry.updatedAt;
    }
    pos = nl + 1;
  }
  const doc = jobs ? { ...base.doc, jobs } : base.doc;
  return {
    ok: true,
    value: {
      doc,
      version,
      validBytes: pos,
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
    const read = await this.readText(this.o.statePath, "read");
    const text = read ?? "";
    let doc = emptyState(this.o.project, this.o.env);
    let version = 0;
    let message2;
    let updatedAt;
    let olderFormat = false;
    if (read !== void 0) {
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
  for (const [name, record] of Object.entries(jobs)) if (record) out[name] = record;
  return out;
}
// src/state/file-store.ts
var UNREADABLE_LOCK_TTL_MS = 6e4;
var FileStateStore = class {
  constructor(opts) {
    this.opts = opts;
    if (!isIdentifier(opts.env)) throw new Error(`bug: environment name '${opts.env}' is not an identifier`);
    this.clock = opts.clock ?? systemClock;
    this.statePath = resolve2(opts.dir, opts.path ?? join3(".flinkops", "state", `${opts.env}.json`));
    const base = this.statePath.replace(/\.json$/, "");
    this.lockPath = `${base}.lock`;
    this.mutexPath = `${base}.mutex`;
    this.journalPath = `${base}.journal`;
    const rel = relative(resolve2(opts.dir), this.statePath);
    this.location = (rel.startsWith("..") || isAbsolute2(rel) ? this.statePath : rel).split(sep).join("/");
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
  async lock(owner, ttlMs) {
    await this.ensureDir();
    const now = this.clock.now();
    const pidStart = (this.opts.startTimeOf ?? processStartTime)(process.pid);
    const info = newLockInfo(owner, now, ttlMs, {
      host: hostName(),
      pid: process.pid,
      ...pidStart !== void 0 ? { pidStart } : {}
    });
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
          `Give --state-file (or FLINKOPS_STATE_FILE) the path of the state file itself, e.g. ${join3(path, `${this.opts.env}.json`)}; without it the store is .flinkops/state/${this.opts.env}.json in the project.`
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
function lockHolderGone(lock, isAlive = processAlive, startTimeOf = processStartTime) {
  if (lock.pid === void 0 || lock.host !== hostName() || lock.pid === process.pid) return false;
  return !holderAlive(lock, lock.pid, { isAlive, startTimeOf });
}
function holderAlive(lock, pid, o) {
  if (!(o.isAlive ?? processAlive)(pid)) return false;
  if (lock.pidStart === void 0) return true;
  const start = (o.startTimeOf ?? processStartTime)(pid);
  return start === void 0 || start === lock.pidStart;
}
// src/state/memory-store.ts

import {
  UsageError as UsageError2,
  intOpt,
  stringOpt as stringOpt2
} from "./chunk-CB37V45K.mjs";
import {
  dirname as dirname2,
  isAbsolute as isAbsolute3,
  join as join4,
  resolve as resolve3
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync as readFileSync3,
  statSync as statSync3
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

import {
  EXIT,
  UsageError as UsageError3,
  boolOpt,
  parseCommandArgs,
  stringOpt as stringOpt3
} from "./chunk-CB37V45K.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-QLMKHXW3.mjs";
import "./chunk-HCV42XU2.mjs";
import "./chunk-MTN3MEF7.mjs";
import "./chunk-PG4X7Q6A.mjs";
import "./chunk-2KEB7JXC.mjs";
import {
  parseYaml
} from "./chunk-DPJDA3R2.mjs";
import "./chunk-BYIOOC32.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-QDFCQ7OG.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-H5WAOW7W.mjs";
import {
  didYouMean,
  meantSuffix
} from "./chunk-EKKRR5UX.mjs";
import {
  join as join5
} from "./chunk-KBTCQ2CM.mjs";
import {
  existsSync,
  readFileSync as readFileSync4,
  statSync as statSync4
} from "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import {
  error as error3,
  hasErrors as hasErrors2
} from "./chunk-FYVUM4PK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
// src/cli/state-branch.ts
var git = (function git(dir, args) {
  try {
    const { execFileSync } = process.getBuiltinModule("node:child_process");
    return execFileSync("git", ["-C", dir, ...args], {
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 << 20
    }).toString("utf8");
  } catch {
    return void 0;
  }
});
var readStateBranch = (function readStateBranch(dir, opts) {
  const refs = [`${opts.remote}/${opts.branch}`, opts.branch];
  const ref = refs.find((r) => git(dir, ["rev-parse", "--verify", "--quiet", `${r}^{commit}`]) !== void 0);
  if (!ref)
    return {
      location: opts.branch,
      log: [],
      diags: [
        error3(
          "FO810",
          `no state branch '${opts.branch}' in this clone`,
          `Fetch it first: git fetch ${opts.remote} ${opts.branch}. The GitHub Action creates it on its first apply.`
        )
      ]
    };
  const paths = [`${opts.project}/${opts.env}.json`, `${opts.env}.json`];
  for (const path of paths) {
    const text = git(dir, ["show", `${ref}:${path}`]);
    if (text === void 0) continue;
    const location = `${ref}:${path}`;
    const parsed = parseStateFile(text, location, { project: opts.project, env: opts.env });
    const log = (git(dir, [
      "log",
      "--format=%h %ad %s",
      "--date=iso-strict",
      ref,
      "--",
      `${opts.project}/${opts.env}.json`,
      `${opts.project}/${opts.env}.last-apply.json`,
      `${opts.env}.json`
    ]) ?? "").split("\n").filter(Boolean);
    return parsed.ok ? { doc: parsed.file.state, location, log, diags: [] } : { location, log, diags: parsed.diags };
  }
  return {
    location: `${ref}:${paths[0]}`,
    log: [],
    diags: [
      error3(
        "FO810",
        `no state for ${opts.project}/${opts.env} on ${ref}`,
        "Nothing has been applied to this environment by the Action yet, or --env names another environment."
      )
    ]
  };
});
// src/cli/commands/history.ts
var historyCommand = {
  help: [
    "Usage: flinkops history [JOB] [--env NAME] [--dir DIR] [--state-file PATH | --state-branch BRANCH] [--json]",
    "",
    "Lists the history entries the state store keeps per job: time, action, commit, job id, savepoint.",
    "Actions: create, upgrade, rescale, suspend, resume, recover, delete, adopt (a change carried out);",
    "<action>-failed and rollback; stable (the new version passed its health check); finished (a batch",
    "job\u2019s run ended FINISHED, and how long it ran); sync (the store caught up with the cluster);",
    "savepoint-<kind> (upgrade, suspend, rescale, delete: taken by a stop),",
    "savepoint (periodic or manual, the job kept running), savepoint-failed, savepoint-recovered (found",
    "after an interrupted run); stopped-by-cancel (no savepoint possible); dispose (retention).",
    "  --state-branch BRANCH  read the state the GitHub Action keeps on that branch of this clone",
    "                         (e.g. flinkops-state; `git fetch origin flinkops-state` first), and",
    "                         list its audit commits",
    "  --remote NAME          remote of the state branch (default origin; a local branch also works)"
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      {
        "state-file": { type: "string" },
        "state-branch": { type: "string" },
        remote: { type: "string" }
      },
      Number.POSITIVE_INFINITY
    );
    const dir = projectDir(args, io);
    const json = boolOpt(args, "json");
    const env = commandEnv(args, io, dir, json);
    if (env === void 0) return EXIT.error;
    const unknown = unknownEnvironment(args, io, dir, env);
    if (unknown) {
      if (json) io.stdout(`${JSON.stringify({ diagnostics: [unknown] }, null, 2)}
`);
      else reportDiagnostics(io, dir, [unknown]);
      return EXIT.error;
    }
    const stopped = (diags) => {
      if (json) io.stdout(`${JSON.stringify({ diagnostics: diags }, null, 2)}
`);
      else reportDiagnostics(io, dir, diags);
      return EXIT.error;
    };
    const [job, ...rest] = args.positionals;
    if (rest.length > 0)
      throw new UsageError3(`history takes at most one job name, got ${args.positionals.length}`);
    const named = projectName(dir);
    if (Array.isArray(named)) {
      if (json) io.stdout(`${JSON.stringify({ diagnostics: named }, null, 2)}
`);
      else reportDiagnostics(io, dir, named);
      return EXIT.error;
    }
    const project = named;
    const branch = stringOpt3(args, "state-branch");
    let doc;
    let location;
    let audit = [];
    if (branch) {
      const read = readStateBranch(dir, {
        branch,
        remote: stringOpt3(args, "remote") ?? "origin",
        project,
        env
      });
      if (!read.doc) return stopped(read.diags);
      doc = read.doc;
      location = read.location;
      audit = read.log;
    } else {
      const store = fileStore(args, io, dir)(project, env);
      location = store.location;
      try {
        doc = (await store.read()).doc;
      } catch (e) {
        const diags = stateStoreDiagnostics(e);
        if (!diags) throw e;
        return stopped(diags);
      }
    }
    const names = job ? [job] : Object.keys(doc.jobs).sort();
    if (job && !doc.jobs[job]) {
      const known = Object.keys(doc.jobs).sort();
      const to = renamedTo(doc, job);
      const text = `No job '${job}' in the state store ${location}${meantSuffix(job, known)} (known: ${known.join(", ") || "none"}).` + (to ? ` It was renamed to ${to} (movedFrom): flinkops history ${to} shows its history, the rename included.` : "");
      if (!json) {
        io.stderr(`${text}
`);
        return EXIT.error;
      }
      return stopped([error3("FO720", `no job '${job}' in the state store ${location}`, text)]);
    }
    const rows = names.flatMap((name) => (doc.jobs[name]?.history ?? []).map((h) => ({ job: name, ...h })));
    rows.sort((a, b) => a.time < b.time ? -1 : a.time > b.time ? 1 : 0);
    if (json) {
      io.stdout(`${JSON.stringify(branch ? { history: rows, audit } : rows, null, 2)}
`);
      return EXIT.ok;
    }
    if (rows.length === 0) {
      io.stdout(`No history in ${location}.
`);
      return EXIT.ok;
    }
    io.stdout(renderHistory(rows, { showJob: !job }));
    if (audit.length) {
      io.stdout(`
Audit commits on ${branch} (newest first):
`);
      for (const line of audit) io.stdout(`  ${line}
`);
    }
    return EXIT.ok;
  }
};
function projectName(dir) {
  const path = join5(dir, "flinkops.yaml");
  let text;
  try {
    if (!statSync4(path).isFile()) return "project";
    text = readFileSync4(path, "utf8");
  } catch {
    return "project";
  }
  const parsed = parseYaml("flinkops.yaml", text);
  if (hasErrors2(parsed.diags)) return parsed.diags;
  return String(parsed.value?.data?.project);
}
function unknownEnvironment(args, io, dir, env) {
  if (stringOpt3(args, "state-branch") || stringOpt3(args, "state-file") || io.env.FLINKOPS_STATE_FILE)
    return void 0;
  const names = environmentsOf(dir);
  if (names.length === 0 || names.includes(env)) return void 0;
  const state2 = join5(dir, ".flinkops", "state", env);
  if (existsSync(`${state2}.json`) || existsSync(`${state2}.journal`)) return void 0;
  const hint = didYouMean(env, names);
  return error3(
    "FO240",
    `Unknown environment "${env}"`,
    (hint ? `Did you mean "${hint}"? ` : "") + `Environments in flinkops.yaml: ${names.join(", ")}; there is no state file .flinkops/state/${env}.json either.`
  );
}
function renderHistory(rows, opts) {
  const action = (r) => LEGACY_HISTORY_ACTIONS[r.action] ?? r.action;
  const jobWidth = Math.max(...rows.map((r) => r.job.length));
  const actionWidth = Math.max(...rows.map((r) => action(r).length));
  const lines = rows.map((r) => {
    const cols = [r.time, ...opts.showJob ? [r.job.padEnd(jobWidth)] : [], action(r).padEnd(actionWidth)];
    const facts = [
      r.commit ? `commit ${r.commit.slice(0, 12)}` : "",
      r.jobId ? `job ${r.jobId}` : "",
      r.savepoint ? `savepoint ${r.savepoint}` : "",
      r.detail ?? ""
    ].filter(Boolean);
    return [...cols, facts.join(" \xB7 ")].join("  ").trimEnd();
  });
  const head = ["TIME".padEnd(rows[0]?.time.length ?? 24), ...opts.showJob ? ["JOB".padEnd(jobWidth)] : []];
  head.push("ACTION".padEnd(actionWidth), "DETAILS");
  return `${[head.join("  "), ...lines].join("\n")}
`;
}
export {
  historyCommand,
  renderHistory
};
