import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  FLINK_VERSIONS,
  isFlinkVersion
} from "./chunk-7AQBCZ3S.js";
import {
  fetchPostJson,
  formatCount,
  formatDuration,
  listSavepoints,
  pct,
  runAlerts,
  runHealth,
  runSavepoints,
  savepointSizes,
  savepointsFailed,
  takeManualSavepoint
} from "./chunk-C5CYVVNS.js";
import {
  applyFailed,
  applyPlan,
  describeStep,
  describeSteps,
  fetchJobManagerLog,
  planMatchesRepository,
  runPlan,
  toSteps,
  unifiedDiff
} from "./chunk-PRJBMPDO.js";
import {
  formatBytes,
  hasChanges,
  makeStyle,
  parsePlanJson,
  renderDiagnostics,
  renderFailureDetails,
  renderOpenMetrics,
  renderPlanJson,
  renderPlanTerminal,
  renderSavepointList,
  summarizeDiagnostics
} from "./chunk-7T6IZUFN.js";
import {
  loadTestFile,
  renderTable,
  renderTestResults,
  requireRealFlink,
  runJobTests,
  runPreview
} from "./chunk-SFAGKHGB.js";
import {
  compile,
  connect,
  graphToMermaid,
  resolveEndpoints
} from "./chunk-HYWSGFAC.js";
import {
  canonicalJson,
  formatAge,
  parseDurationMs
} from "./chunk-G4HGQ3BL.js";
import {
  EXIT
} from "./chunk-PFR72FKU.js";
import {
  runGraceful
} from "./chunk-XYL5USJW.js";
import {
  insideRepository,
  loadAndValidate,
  readTextFile
} from "./chunk-3HCZXITG.js";
import {
  analyzeScript
} from "./chunk-G56AZH45.js";
import {
  FileStateStore,
  lastRestorableSavepoint
} from "./chunk-3ZXNEUIL.js";
import {
  LEGACY_HISTORY_ACTIONS,
  parseStateFile,
  stateStoreDiagnostics
} from "./chunk-47USSM6H.js";
import {
  didYouMean
} from "./chunk-KYWOACPM.js";
import "./chunk-7OAUW6Z3.js";
import {
  require_dist
} from "./chunk-6TIBAZNU.js";
import {
  maskSecrets
} from "./chunk-TEJPEQFS.js";
import {
  systemClock
} from "./chunk-GSLRF5EB.js";
import {
  error,
  hasErrors
} from "./chunk-OZ4GHFPU.js";
import {
  __toESM
} from "./chunk-TRBKR6JO.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var commonOptions = {
  dir: { type: "string", short: "d" },
  env: { type: "string", short: "e" },
  json: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var UsageError = class extends Error {
};
function parseCommandArgs(argv, spec) {
  const options = { ...commonOptions, ...spec };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message);
    if (unknown) {
      const name = unknown[1].replace(/^-+/, "");
      const hint = didYouMean(name, Object.keys(options));
      throw new UsageError(`unknown option ${unknown[1]}${hint ? `; did you mean --${hint}?` : ""}`);
    }
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}
function stringOpt(args, name) {
  const v = args.values[name];
  return typeof v === "string" ? v : void 0;
}
function boolOpt(args, name) {
  return args.values[name] === true;
}
function intOpt(args, name, fallback, min = 1) {
  const v = stringOpt(args, name);
  if (v === void 0) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be a whole number ≥ ${min}, got '${v}'`);
  return n;
}
function durationOpt(args, name) {
  const v = stringOpt(args, name);
  if (v === void 0) return void 0;
  const ms = parseDurationMs(v, "s");
  if (ms === void 0)
    throw new UsageError(`--${name} must be a duration such as 30s, 5min or 0, got '${v}'`);
  return ms;
}

// src/cli/commands/apply.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { hostname } from "node:os";
import { isAbsolute as isAbsolute5, resolve as resolve5 } from "node:path";

// src/cli/cluster-options.ts
import { execFileSync } from "node:child_process";
import { readFileSync as readFileSync2 } from "node:fs";
import { userInfo } from "node:os";
import { isAbsolute as isAbsolute2, resolve as resolve2 } from "node:path";

// src/cli/git-head.ts
import { readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function read(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
}
function gitDir(dir) {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const dotGit = join(d, ".git");
    let isDir;
    try {
      isDir = statSync(dotGit).isDirectory();
    } catch {
      isDir = void 0;
    }
    if (isDir) return dotGit;
    if (isDir === false) {
      const m = /^gitdir: (.+)$/m.exec(read(dotGit) ?? "");
      if (!m) return void 0;
      const p = m[1].trim();
      return isAbsolute(p) ? p : resolve(d, p);
    }
    if (dirname(d) === d) return void 0;
  }
}
function lookupRef(git2, common, ref) {
  for (const base of [git2, common]) {
    const loose = read(join(base, ref))?.trim();
    if (loose !== void 0) return SHA.test(loose) ? loose : void 0;
  }
  for (const line of (read(join(common, "packed-refs")) ?? "").split("\n")) {
    const [sha, name] = line.split(" ");
    if (name === ref && sha && SHA.test(sha)) return sha;
  }
  return void 0;
}
function headCommit(dir) {
  const git2 = gitDir(dir);
  if (!git2) return void 0;
  const head = read(join(git2, "HEAD"))?.trim();
  if (!head) return void 0;
  if (SHA.test(head)) return head;
  const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  if (!ref) return void 0;
  const commonFile = read(join(git2, "commondir"))?.trim();
  const common = commonFile ? resolve(git2, commonFile) : git2;
  return lookupRef(git2, common, ref);
}

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
  "  --insecure-skip-verify do not verify the endpoints' TLS certificates (testing only)"
];
var endpointHelp = clusterHelp.filter((l) => /gateway|jobmanager|ca-file|insecure/.test(l));
function tlsOptions(args, io) {
  const caFile = stringOpt(args, "ca-file") ?? io.env.FLINKOPS_CA_FILE;
  const skip = args.values["insecure-skip-verify"] === true || io.env.FLINKOPS_INSECURE_SKIP_VERIFY === "true";
  if (!caFile && !skip) return void 0;
  let ca;
  if (caFile) {
    try {
      ca = readFileSync2(isAbsolute2(caFile) ? caFile : resolve2(io.cwd, caFile), "utf8");
    } catch {
      throw new UsageError(`cannot read the CA file ${caFile}`);
    }
  }
  return { ...ca ? { ca } : {}, ...skip ? { insecureSkipVerify: true } : {} };
}
function endpointOverrides(args) {
  const jm = stringOpt(args, "jobmanager-url");
  const gw = stringOpt(args, "sql-gateway-url");
  return { ...jm ? { jobmanagerUrl: jm } : {}, ...gw ? { sqlGatewayUrl: gw } : {} };
}
function fileStore(args, io, dir) {
  const path = stringOpt(args, "state-file") ?? io.env.FLINKOPS_STATE_FILE;
  return (project, env) => new FileStateStore({
    dir,
    project,
    env,
    clock: systemClock,
    ...path ? { path: isAbsolute2(path) ? path : resolve2(io.cwd, path) } : {}
  });
}
function concurrency(args) {
  return intOpt(args, "concurrency", 16);
}
function secretSource(io) {
  return (name) => io.env[`FLINKOPS_SECRET_${name}`] ?? io.env[name];
}
function currentCommit(args, io, dir) {
  const given = stringOpt(args, "commit") ?? io.env.GITHUB_SHA;
  if (given) return given;
  const head = headCommit(dir);
  if (head) return head;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: dir, stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
  } catch {
    return void 0;
  }
}
function progressPrinter(io, quiet) {
  if (quiet) return () => {
  };
  return (message) => io.stderr(io.color ? `\x1B[2m… ${message}\x1B[22m
` : `… ${message}
`);
}
function clusterRun(args, io, dir, env) {
  const tls = tlsOptions(args, io);
  return {
    dir,
    env,
    envVars: io.env,
    secrets: secretSource(io),
    endpoints: endpointOverrides(args),
    ...tls ? { tls } : {},
    concurrency: concurrency(args),
    store: fileStore(args, io, dir)
  };
}
function jobSecretValues(desired, secrets) {
  const lookup = (n) => typeof secrets === "function" ? secrets(n) : secrets[n];
  const names = new Set((desired?.jobs ?? []).flatMap((j) => j.secrets));
  return [...names].map(lookup).filter((v) => v !== void 0 && v.length > 0);
}
function owner(io) {
  if (io.env.GITHUB_ACTOR)
    return `${io.env.GITHUB_ACTOR} (GitHub Actions run ${io.env.GITHUB_RUN_ID ?? "?"})`;
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}

// src/cli/context.ts
import { readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute3, join as join2, resolve as resolve3 } from "node:path";
function projectDir(args, io) {
  const dir = stringOpt(args, "dir") ?? io.env.FLINKOPS_DIR ?? ".";
  return isAbsolute3(dir) ? dir : resolve3(io.cwd, dir);
}
function chooseEnv(args, io, environments) {
  const env = stringOpt(args, "env") ?? io.env.FLINKOPS_ENV;
  if (env !== void 0) return env;
  if (environments.length === 1) return environments[0];
  throw new UsageError(
    environments.length ? `choose an environment with --env (${environments.join(", ")})` : "flinkops.yaml defines no environments"
  );
}
function sourcesOf(dir, diags) {
  const out = /* @__PURE__ */ new Map();
  for (const d of diags) {
    const file = d.range?.file;
    if (!file || out.has(file)) continue;
    try {
      const path = join2(dir, file);
      if (!insideRepository(dir, path)) continue;
      if (statSync2(path).size > 1024 * 1024) continue;
      out.set(file, readFileSync3(path, "utf8"));
    } catch {
    }
  }
  return out;
}
function reportDiagnostics(io, dir, diags) {
  if (diags.length) io.stderr(renderDiagnostics(diags, { color: io.color, sources: sourcesOf(dir, diags) }));
  return hasErrors(diags);
}
function mask(text, secrets) {
  return maskSecrets(text, secrets);
}

// src/cli/force-unlock.ts
var forceUnlockOption = { "force-unlock": { type: "string" } };
var forceUnlockHelp = "  --force-unlock ID      first remove the lock with this id, left by a run that is gone (its id is in the lock message)";
async function forceUnlock(args, io, store, quiet) {
  const id = stringOpt(args, "force-unlock");
  if (id === void 0) return [];
  try {
    const broken = await store.breakLock(id);
    if (!quiet)
      io.stderr(
        broken ? `Removed the lock ${id} of ${broken.who} (${broken.command} on ${broken.host}) since ${broken.since}.
` : `No lock on ${store.location} to remove.
`
      );
    return [];
  } catch (e) {
    const diags = stateStoreDiagnostics(e);
    if (!diags) throw e;
    return diags;
  }
}

// src/cli/progress.ts
function applyProgress(io, mask2) {
  const dim = (s) => io.color ? `\x1B[2m${s}\x1B[22m` : s;
  const quiet = /* @__PURE__ */ new Set();
  const isQuiet = (e) => {
    if (e.type === "step-started" && e.step.kind === "sync-record") quiet.add(e.job);
    return quiet.has(e.job);
  };
  if (!io.isTTY) {
    return {
      onEvent(e) {
        if (isQuiet(e)) return;
        switch (e.type) {
          case "step-finished":
            io.stderr(
              `${e.job}: ${describeStep(e.step)} … ${e.ok ? "done" : "failed"} (${seconds(e.elapsedMs)})
`
            );
            break;
          case "rollback-started":
            io.stderr(`${e.job}: rolling back: ${mask2(e.reason)}
`);
            break;
          case "job-done":
            io.stderr(`${e.job}: ${e.change.action} ${e.change.outcome}
`);
            break;
          default:
            break;
        }
      },
      done() {
      }
    };
  }
  const lines = /* @__PURE__ */ new Map();
  let drawn = 0;
  const redraw = () => {
    let out = drawn ? `\x1B[${drawn}A` : "";
    for (const [job, text] of lines) out += `\x1B[2K${job.padEnd(24)} ${text}
`;
    drawn = lines.size;
    io.stderr(out);
  };
  return {
    onEvent(e) {
      if (isQuiet(e)) return;
      switch (e.type) {
        case "step-started":
          lines.set(e.job, describeStep(e.step));
          break;
        case "poll-progress":
          lines.set(
            e.job,
            `${lines.get(e.job)?.split(" …")[0] ?? e.what} … ${dim(`${e.what} ${seconds(e.elapsedMs)}`)}`
          );
          break;
        case "rollback-started":
          lines.set(e.job, `rolling back: ${mask2(e.reason)}`);
          break;
        case "job-done":
          lines.set(e.job, `${e.change.action} ${e.change.outcome}`);
          break;
        default:
          return;
      }
      redraw();
    },
    done() {
      drawn = 0;
    }
  };
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)}s`;
}

// src/cli/commands/plan.ts
import { writeFileSync } from "node:fs";
import { isAbsolute as isAbsolute4, relative, resolve as resolve4 } from "node:path";

// src/cli/commands/project-envs.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync as readFileSync4 } from "node:fs";
import { join as join3 } from "node:path";
function environmentsOf(dir) {
  try {
    const doc = (0, import_yaml.parse)(readFileSync4(join3(dir, "flinkops.yaml"), "utf8"));
    return doc && typeof doc.environments === "object" && doc.environments ? Object.keys(doc.environments) : [];
  } catch {
    return [];
  }
}
function commandEnv(args, io, dir, json) {
  const given = stringOpt(args, "env") ?? io.env.FLINKOPS_ENV;
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
}

// src/cli/commands/plan.ts
var planOptions = {
  ...clusterOptions,
  out: { type: "string", short: "o" },
  offline: { type: "boolean" },
  "allow-delete": { type: "boolean" },
  "detailed-exitcode": { type: "boolean" },
  now: { type: "string" },
  commit: { type: "string" },
  verbose: { type: "boolean", short: "v" }
};
function planInstant(value) {
  if (value === void 0) return (/* @__PURE__ */ new Date()).toISOString();
  const t = Date.parse(value);
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim());
  if (Number.isNaN(t) || !zoned)
    throw new UsageError(
      `--now must be an ISO-8601 instant with a zone, such as 2026-01-05T08:00:00Z or 2026-01-05T09:00:00+01:00, got '${value}'`
    );
  return new Date(t).toISOString();
}
var planCommand = {
  summary: "Diff the repository against the live cluster and the state store; show what apply would do",
  help: [
    "Usage: flinkops plan [--env NAME] [--dir DIR] [--json] [--out FILE] [--detailed-exitcode] [--offline]",
    "",
    "Compiles the repository, observes the cluster and reads the state store, then shows one action per",
    "job: create, upgrade, rescale, suspend, resume, recover, delete, adopt or none. Jobs it would create",
    "or upgrade are checked by the cluster's planner first (EXPLAIN on the SQL Gateway, nothing submitted).",
    "  --env NAME             the environment (required when flinkops.yaml defines several)",
    "  --out FILE             save the plan as JSON, for `flinkops apply FILE`",
    "  --json                 print the plan as JSON",
    "  --detailed-exitcode    exit 0 without changes, 2 with changes, 1 on error (as terraform plan)",
    "  --offline              plan against the state store alone, without the cluster",
    "  --allow-delete         plan deletions of jobs removed from the repository as allowed",
    "  --now ISO-8601         plan as if run at that instant (schedules)",
    "  --commit SHA           commit recorded in labels (default: GITHUB_SHA or git HEAD)",
    "  --verbose              show the full SQL diff of every changed job",
    ...clusterHelp
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, planOptions);
    const dir = projectDir(args, io);
    const json = boolOpt(args, "json");
    const env = commandEnv(args, io, dir, json);
    if (env === void 0) return EXIT.error;
    const commit = currentCommit(args, io, dir);
    const run = await runPlan({
      ...clusterRun(args, io, dir, env),
      offline: boolOpt(args, "offline"),
      explain: true,
      allowDelete: boolOpt(args, "allow-delete"),
      checkpoints: "for-restarts",
      now: planInstant(stringOpt(args, "now")),
      ...commit ? { commit } : {},
      onProgress: progressPrinter(io, json || !io.isTTY)
    });
    await run.client?.close();
    const plan = run.plan;
    if (!plan || hasErrors(run.diags)) {
      if (json) io.stdout(`${mask(JSON.stringify({ diagnostics: run.diags }, null, 2), run.secretValues)}
`);
      else
        reportDiagnostics(
          io,
          dir,
          run.diags.map((d) => ({
            ...d,
            detail: mask(d.detail, run.secretValues),
            summary: mask(d.summary, run.secretValues)
          }))
        );
      return EXIT.error;
    }
    const out = stringOpt(args, "out");
    if (out) writeFileSync(isAbsolute4(out) ? out : resolve4(io.cwd, out), renderPlanJson(plan));
    if (json) io.stdout(mask(renderPlanJson(plan), run.secretValues));
    else {
      const text = renderPlanTerminal(plan, {
        color: io.color,
        verbose: boolOpt(args, "verbose"),
        sources: sourcesOf(dir, plan.diagnostics)
      });
      io.stdout(mask(text, run.secretValues));
      if (out)
        io.stdout(
          plan.offline ? `
Saved the plan to ${out}. It was made offline: plan against the cluster to get a plan apply accepts.
` : `
Saved the plan to ${out}. Apply it with: ${applyCommandLine(args, io, dir, out)}
`
        );
    }
    if (!boolOpt(args, "detailed-exitcode")) return EXIT.ok;
    return hasChanges(plan) ? EXIT.changes : EXIT.ok;
  }
};
function applyCommandLine(args, io, dir, planFile) {
  const words = ["flinkops", "apply", planFile];
  const rel = relative(io.cwd, dir);
  if (rel !== "" && !io.env.FLINKOPS_DIR)
    words.push("--dir", rel.startsWith("..") || isAbsolute4(rel) ? dir : rel);
  for (const k of ["jobmanager-url", "sql-gateway-url", "state-file", "ca-file"]) {
    const v = stringOpt(args, k);
    if (v !== void 0) words.push(`--${k}`, v);
  }
  if (boolOpt(args, "insecure-skip-verify")) words.push("--insecure-skip-verify");
  return words.map(shellWord).join(" ");
}
function shellWord(w) {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", "'\\''")}'`;
}

// src/cli/commands/apply.ts
var STOP_NOTICE = "stopping after the steps in flight (a savepoint in progress is awaited and recorded); no new step starts, the lock is released.";
var LOG_TAIL_LINES = 50;
function applyCommandWith(ports) {
  return {
    summary: "Carry out a plan: submit, upgrade through savepoints, rescale, suspend, resume, delete",
    help: [
      "Usage: flinkops apply [PLAN.json] [--env NAME] [--dir DIR] [--auto-approve] [--explain] [--json]",
      "",
      "Without a file: plans, shows the plan and asks for confirmation (on a terminal; elsewhere",
      "--auto-approve is required). With a file saved by `flinkops plan --out`: applies exactly that",
      "plan, refused if the cluster, the state store or the repository changed since.",
      "Holds the state store lock for the whole run; every savepoint is recorded the moment it",
      "completes; a new job that does not stay healthy is rolled back from the same savepoint.",
      "When a change fails, prints its root cause and the last 50 lines of the JobManager log",
      "(secrets masked; with --json, as jobmanagerLog).",
      "Ctrl-C (SIGINT) or a cancelled CI run (SIGTERM): no new step starts, the steps in flight reach",
      "a safe point (a savepoint in progress is awaited and recorded, a health check is left for the",
      "next plan to show), the lock is released and the report says what was done; exit 130/143.",
      "A second signal stops at once; the next run sees the lock it leaves is dead and breaks it.",
      "  --auto-approve         do not ask for confirmation",
      "  --explain              print the steps apply would take, and stop",
      "  --parallelism N        jobs worked on at once (default 4)",
      "  --health-grace DUR     how long a new job must stay healthy before it counts (default 30s)",
      "  --checkpoint-wait DUR  then, with checkpointing on, how long to wait for its first completed",
      "                         checkpoint (default 10min; 0 skips that check)",
      "  --allow-delete         delete jobs removed from the repository (final savepoint first)",
      forceUnlockHelp,
      "  --lock-timeout DUR     wait this long for a lock another run holds (default 0: fail at once)",
      "  --now ISO-8601         plan and apply as if run at that instant (schedules)",
      "  --json                 print the apply report as JSON",
      ...clusterHelp
    ].join("\n"),
    async run(argv, io) {
      const args = parseCommandArgs(argv, {
        ...planOptions,
        "auto-approve": { type: "boolean", short: "y" },
        explain: { type: "boolean" },
        parallelism: { type: "string" },
        ...forceUnlockOption,
        "health-grace": { type: "string" },
        "checkpoint-wait": { type: "string" },
        "lock-timeout": { type: "string" }
      });
      const checkpointWaitMs = durationOpt(args, "checkpoint-wait");
      const graceMs = durationOpt(args, "health-grace");
      const lockTimeoutMs = durationOpt(args, "lock-timeout");
      const dir = projectDir(args, io);
      const json = boolOpt(args, "json");
      const planFile = args.positionals[0];
      let saved;
      if (planFile) {
        const path = isAbsolute5(planFile) ? planFile : resolve5(io.cwd, planFile);
        let text;
        try {
          text = readFileSync5(path, "utf8");
        } catch (e) {
          const code = e.code;
          const why = code === "ENOENT" ? "no such file; save a plan with `flinkops plan --out FILE`" : code === "EISDIR" ? "it is a folder" : e.message;
          throw new UsageError(`cannot read the plan file ${planFile}: ${why}`);
        }
        const parsed = parsePlanJson(text, planFile);
        if (!parsed.value) {
          reportDiagnostics(io, dir, parsed.diags);
          return EXIT.error;
        }
        saved = parsed.value;
      }
      const env = saved?.env ?? commandEnv(args, io, dir, json);
      if (env === void 0) return EXIT.error;
      const nowText = stringOpt(args, "now");
      const commit = currentCommit(args, io, dir);
      const secrets = secretSource(io);
      const run = await runPlan({
        ...clusterRun(args, io, dir, env),
        secrets,
        offline: false,
        allowDelete: boolOpt(args, "allow-delete"),
        checkpoints: "for-restarts",
        stateVerdicts: true,
        now: nowText === void 0 ? new Date(ports.clock.now()).toISOString() : planInstant(nowText),
        ...commit ? { commit } : {},
        clock: ports.clock,
        ...ports.client ? { client: ports.client } : {},
        onProgress: progressPrinter(io, json || !io.isTTY)
      });
      const secretValues = [...run.secretValues, ...jobSecretValues(run.desired, secrets)];
      const m = (s) => mask(s, secretValues);
      const fail = async (diags) => {
        await run.client?.close();
        if (json) io.stdout(`${m(JSON.stringify({ diagnostics: diags }, null, 2))}
`);
        else
          reportDiagnostics(
            io,
            dir,
            diags.map((d) => ({ ...d, summary: m(d.summary), detail: m(d.detail) }))
          );
        return EXIT.error;
      };
      if (!run.plan || !run.desired || !run.client || !run.store || hasErrors(run.diags))
        return fail(run.diags);
      const unlocked = await forceUnlock(args, io, run.store, json);
      if (unlocked.length) return fail(unlocked);
      const plan = saved ?? run.plan;
      if (saved) {
        const mismatch = planMatchesRepository(saved, run.desired);
        if (mismatch.length) return fail(mismatch);
      }
      if (boolOpt(args, "explain")) {
        const steps = toSteps(plan, run.desired, run.state?.doc);
        io.stdout(
          json ? `${m(JSON.stringify(explainJson(plan, steps), null, 2))}
` : m(describeSteps(steps))
        );
        await run.client.close();
        return EXIT.ok;
      }
      if (!json) io.stdout(m(renderPlanTerminal(plan, { color: io.color })));
      if (!hasChanges(plan)) {
        await run.client.close();
        if (json) io.stdout(`${JSON.stringify({ changes: [], diagnostics: plan.diagnostics }, null, 2)}
`);
        return EXIT.ok;
      }
      if (!saved && !boolOpt(args, "auto-approve")) {
        if (!io.confirm || !io.isTTY) {
          await run.client.close();
          throw new UsageError("apply without a terminal needs --auto-approve (or apply a saved plan file)");
        }
        const ok = await io.confirm('\nDo you want to perform these actions? Only "yes" is accepted:');
        if (!ok) {
          await run.client.close();
          io.stdout("Apply cancelled.\n");
          return EXIT.error;
        }
      }
      const progress = applyProgress(io, m);
      const { desired, client, store } = run;
      const report = await runGraceful(
        io.interrupt,
        STOP_NOTICE,
        (stop) => applyPlan({
          plan,
          desired,
          client,
          store,
          clock: ports.clock,
          secrets,
          secretValues,
          owner: { who: owner(io), command: "flinkops apply", host: hostname() },
          parallelism: intOpt(args, "parallelism", 4),
          ...commit ? { commit } : {},
          timing: {
            ...graceMs !== void 0 ? { graceMs } : {},
            ...checkpointWaitMs !== void 0 ? { checkpointWaitMs } : {},
            ...lockTimeoutMs !== void 0 ? { lockTimeoutMs } : {}
          },
          hooks: json ? {} : { onEvent: progress.onEvent },
          stop
        })
      );
      progress.done();
      const failedChanges = report.changes.some((c) => c.outcome === "failed" || c.outcome === "rolled-back");
      const log = failedChanges ? await fetchJobManagerLog(run.client, { lines: LOG_TAIL_LINES, secrets: secretValues }) : void 0;
      await run.client.close();
      if (json) {
        const { diags, ...rest } = report;
        const out = { ...rest, diagnostics: diags, ...log ? { jobmanagerLog: log } : {} };
        io.stdout(`${m(JSON.stringify(out, null, 2))}
`);
      } else {
        io.stdout(m(renderReport(report)));
        if (log)
          io.stdout(
            m(
              renderFailureDetails(report, log.lines, {
                color: io.color,
                ...log.unavailable ? { logUnavailable: log.unavailable } : {}
              })
            )
          );
        reportDiagnostics(
          io,
          dir,
          report.diags.map((d) => ({ ...d, summary: m(d.summary), detail: m(d.detail) }))
        );
      }
      return applyFailed(report) ? EXIT.error : EXIT.ok;
    }
  };
}
var applyCommand = applyCommandWith({ clock: systemClock });
function renderReport(report) {
  const done = report.changes.filter((c) => c.outcome !== "skipped");
  const failed = report.changes.filter((c) => c.outcome === "failed" || c.outcome === "rolled-back").length;
  const stopped = report.changes.length === 0 && hasErrors(report.diags);
  const header = stopped ? "Apply stopped before changing anything (see the error below)." : report.interrupted ? "Apply interrupted: what was done and what was not:" : failed > 0 ? "Apply finished with failures:" : "Apply complete:";
  const lines = ["", header];
  if (stopped) return `${lines.join("\n")}
`;
  const interrupted = report.changes.filter((c) => c.outcome === "interrupted").length;
  if (!report.changes.length) lines.push("  nothing to do");
  const jobWidth = Math.max(24, ...report.changes.map((c) => c.job.length));
  const outcomeWidth = Math.max(...report.changes.map((c) => c.outcome.length), 0);
  for (const c of report.changes) {
    const parts = [`  ${c.job.padEnd(jobWidth)} ${c.action.padEnd(8)} ${c.outcome.padEnd(outcomeWidth)}`];
    if (c.newJobId) parts.push(`job ${c.newJobId}`);
    if (c.outcome === "interrupted" && c.error) parts.push(c.error);
    if (c.savepoint) parts.push(`savepoint ${c.savepoint}`);
    lines.push(parts.join("  ").trimEnd());
  }
  lines.push(
    "",
    `${done.length - failed - interrupted} applied, ${failed} failed, ${interrupted ? `${interrupted} interrupted, ` : ""}${report.changes.length - done.length} skipped.`,
    ...report.interrupted ? ["Run flinkops plan to see what is left, and flinkops apply to finish it."] : [],
    ""
  );
  return lines.join("\n");
}
function explainJson(plan, jobs) {
  return {
    project: plan.project,
    env: plan.env,
    jobs: jobs.filter((j) => j.refused || j.steps.some((s) => s.kind !== "sync-record")).map((j) => ({
      job: j.job,
      action: j.action,
      ...j.strategy ? { strategy: j.strategy } : {},
      ...j.rescaleMode ? { rescaleMode: j.rescaleMode } : {},
      ...j.refused ? { refused: j.refused } : {},
      steps: j.refused ? [] : j.steps.map((s) => ({ kind: s.kind, description: describeStep(s) })),
      rollback: j.rollback
    }))
  };
}

// src/cli/commands/compile.ts
import { mkdirSync, writeFileSync as writeFileSync2 } from "node:fs";
import { isAbsolute as isAbsolute6, join as join4, relative as relative2, resolve as resolve6 } from "node:path";
var compileCommand = {
  summary: "Compile every job into the Flink SQL script it will be submitted as",
  help: [
    "Usage: flinkops compile [--dir DIR] [--env NAME] [--out DIR] [--json]",
    "",
    "One deterministic script per job and environment: SET lines, the UDFs, tables and views it",
    "uses, then its own statements. Secrets stay ${secret.NAME} placeholders.",
    "  --env NAME   one environment (default: all)",
    "  --out DIR    write <DIR>/<env>/<job>.sql instead of printing",
    "  --json       jobs with their scripts and fingerprints"
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, { out: { type: "string", short: "o" } });
    const dir = projectDir(args, io);
    const only = stringOpt(args, "env") ?? io.env.FLINKOPS_ENV;
    const validated = loadAndValidate(dir, { ...only ? { env: only } : {}, envVars: io.env });
    const diags = [...validated.diags];
    const states = [];
    if (!hasErrors(diags)) {
      const envs = only ? [only] : Object.keys(validated.value.config?.environments ?? {});
      for (const env of envs) {
        const compiled = compile(validated.value, { env, envVars: io.env });
        diags.push(...compiled.diags);
        if (compiled.value) states.push(compiled.value);
      }
    }
    const failed = hasErrors(diags);
    if (boolOpt(args, "json")) {
      const out = states.map((s) => ({
        project: s.project,
        env: s.env,
        jobs: s.jobs.map((j) => ({
          name: j.name,
          pipelineName: j.pipelineName,
          parallelism: j.parallelism,
          restartHash: j.restartHash,
          metadataHash: j.metadataHash,
          tables: j.tables,
          udfs: j.udfs,
          secrets: j.secrets,
          script: j.script
        }))
      }));
      io.stdout(`${JSON.stringify({ environments: out, diagnostics: diags }, null, 2)}
`);
      return failed ? EXIT.error : EXIT.ok;
    }
    reportDiagnostics(io, dir, diags);
    if (failed) return EXIT.error;
    const outOpt = stringOpt(args, "out");
    if (outOpt) {
      const outDir = isAbsolute6(outOpt) ? outOpt : resolve6(io.cwd, outOpt);
      let n = 0;
      for (const s of states) {
        mkdirSync(join4(outDir, s.env), { recursive: true });
        for (const j of s.jobs) {
          writeFileSync2(join4(outDir, s.env, `${j.name}.sql`), j.script);
          n++;
        }
      }
      io.stdout(`Wrote ${n} scripts to ${relative2(io.cwd, outDir) || "."}
`);
      return EXIT.ok;
    }
    for (const s of states)
      for (const j of s.jobs)
        io.stdout(`-- ===== ${s.env}/${j.name} (${j.pipelineName}) =====
${j.script}
`);
    return EXIT.ok;
  }
};

// src/cli/commands/diff-env.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function settingDifferences(path, a, b, out) {
  if (canonicalJson(a ?? null) === canonicalJson(b ?? null)) return;
  if (isObject(a) || isObject(b)) {
    const x = isObject(a) ? a : {};
    const y = isObject(b) ? b : {};
    for (const k of [.../* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)])].sort())
      settingDifferences(path ? `${path}.${k}` : k, x[k], y[k], out);
    return;
  }
  const show = (v) => v === void 0 ? void 0 : typeof v === "string" ? v : canonicalJson(v);
  const sa = show(a);
  const sb = show(b);
  out.push({ path, ...sa !== void 0 ? { a: sa } : {}, ...sb !== void 0 ? { b: sb } : {} });
}
var body = (script) => script.replace(/^-- flinkops compiled script: [^\n]*\n/, "");
function diffEnvironments(a, b) {
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
}
var diffEnvCommand = {
  summary: "Show what differs between two environments' compiled jobs (scripts and settings)",
  help: [
    "Usage: flinkops diff-env ENV_A ENV_B [--dir DIR] [--json]",
    "",
    "Compiles the repository for both environments and compares each job: its resolved settings",
    "(parallelism, config, state, schedule, ...) and its compiled script as a unified diff.",
    "Jobs that exist in one environment only are listed. Secrets stay ${secret.NAME} placeholders.",
    "Exit 0 when the environments are the same, 2 when they differ, 1 on error."
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    const [envA, envB, ...rest] = args.positionals;
    if (!envA || !envB || rest.length)
      throw new UsageError("give two environments, e.g. flinkops diff-env staging prod");
    const dir = projectDir(args, io);
    const validated = loadAndValidate(dir, { envVars: io.env });
    const diags = [...validated.diags];
    const known = Object.keys(validated.value.config?.environments ?? {});
    for (const env of [envA, envB]) {
      if (validated.value.config && !known.includes(env))
        throw new UsageError(`unknown environment '${env}' (flinkops.yaml defines ${known.join(", ")})`);
    }
    const states = [];
    if (!hasErrors(diags)) {
      for (const env of [envA, envB]) {
        const compiled = compile(validated.value, { env, envVars: io.env });
        diags.push(...compiled.diags);
        if (compiled.value) states.push(compiled.value);
      }
    }
    if (hasErrors(diags) || states.length !== 2) {
      if (boolOpt(args, "json")) io.stdout(`${JSON.stringify({ diagnostics: diags }, null, 2)}
`);
      else reportDiagnostics(io, dir, diags);
      return EXIT.error;
    }
    const [a, b] = states;
    const jobs = diffEnvironments(a, b);
    const same = jobs.every((j) => j.status === "same");
    if (boolOpt(args, "json")) {
      io.stdout(`${JSON.stringify({ project: a.project, a: envA, b: envB, same, jobs }, null, 2)}
`);
      return same ? EXIT.ok : EXIT.changes;
    }
    const s = makeStyle(io.color);
    const out = [s.bold(`${a.project}: ${envA} → ${envB}`), ""];
    for (const j of jobs) {
      if (j.status === "same") out.push(s.dim(`  ${j.job}: same`));
      else if (j.status === "only-a") out.push(s.red(`- ${j.job}: only in ${envA}`));
      else if (j.status === "only-b") out.push(s.green(`+ ${j.job}: only in ${envB}`));
      else {
        out.push(s.yellow(`~ ${j.job}`));
        for (const d of j.settings) out.push(`    ${d.path}: ${d.a ?? "(unset)"} → ${d.b ?? "(unset)"}`);
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

// src/cli/commands/graph.ts
var graphCommand = {
  summary: "Print the dependency graph (jobs → tables/views → UDFs) as Mermaid",
  help: [
    "Usage: flinkops graph [--dir DIR] [--env NAME] [--json]",
    "",
    "A Mermaid flowchart of which job reads and writes which table and calls which UDF.",
    "  --env NAME   the environment (required when flinkops.yaml defines several)",
    '  --json       the graph as {"nodes":[...],"edges":[...]}'
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    const dir = projectDir(args, io);
    const validated = loadAndValidate(dir, { envVars: io.env });
    if (reportDiagnostics(io, dir, validated.diags)) return EXIT.error;
    const env = chooseEnv(args, io, Object.keys(validated.value.config?.environments ?? {}));
    const compiled = compile(validated.value, { env, envVars: io.env });
    if (reportDiagnostics(io, dir, compiled.diags) || !compiled.value) return EXIT.error;
    const graph = compiled.value.graph;
    io.stdout(boolOpt(args, "json") ? `${JSON.stringify(graph, null, 2)}
` : `${graphToMermaid(graph)}
`);
    return EXIT.ok;
  }
};

// src/cli/commands/history.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync6 } from "node:fs";
import { join as join5 } from "node:path";

// src/cli/state-branch.ts
import { execFileSync as execFileSync2 } from "node:child_process";
function git(dir, args) {
  try {
    return execFileSync2("git", ["-C", dir, ...args], {
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 << 20
    }).toString("utf8");
  } catch {
    return void 0;
  }
}
function readStateBranch(dir, opts) {
  const refs = [`${opts.remote}/${opts.branch}`, opts.branch];
  const ref = refs.find((r) => git(dir, ["rev-parse", "--verify", "--quiet", `${r}^{commit}`]) !== void 0);
  if (!ref)
    return {
      location: opts.branch,
      log: [],
      diags: [
        error(
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
      error(
        "FO810",
        `no state for ${opts.project}/${opts.env} on ${ref}`,
        "Nothing has been applied to this environment by the Action yet, or --env names another environment."
      )
    ]
  };
}

// src/cli/commands/history.ts
var historyCommand = {
  summary: "Show the recorded history of a job (or all jobs) from the state store",
  help: [
    "Usage: flinkops history [JOB] [--env NAME] [--dir DIR] [--state-file PATH | --state-branch BRANCH] [--json]",
    "",
    "Lists the history entries the state store keeps per job: time, action, commit, job id, savepoint.",
    "Actions: create, upgrade, rescale, suspend, resume, recover, delete, adopt (a change carried out);",
    "<action>-failed and rollback; stable (the new version passed its health check); sync (the store",
    "caught up with the cluster); savepoint-<kind> (upgrade, suspend, rescale, delete: taken by a stop),",
    "savepoint (periodic or manual, the job kept running), savepoint-failed, savepoint-recovered (found",
    "after an interrupted run); stopped-by-cancel (no savepoint possible); dispose (retention).",
    "  --state-branch BRANCH  read the state the GitHub Action keeps on that branch of this clone",
    "                         (e.g. flinkops-state; `git fetch origin flinkops-state` first), and",
    "                         list its audit commits",
    "  --remote NAME          remote of the state branch (default origin; a local branch also works)"
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {
      "state-file": { type: "string" },
      "state-branch": { type: "string" },
      remote: { type: "string" }
    });
    const dir = projectDir(args, io);
    const env = commandEnv(args, io, dir, boolOpt(args, "json"));
    if (env === void 0) return EXIT.error;
    const [job, ...rest] = args.positionals;
    if (rest.length > 0)
      throw new UsageError(`history takes at most one job name, got ${args.positionals.length}`);
    let project = "project";
    try {
      project = String(
        (0, import_yaml2.parse)(readFileSync6(join5(dir, "flinkops.yaml"), "utf8")).project
      );
    } catch {
    }
    const branch = stringOpt(args, "state-branch");
    let doc;
    let location;
    let audit = [];
    if (branch) {
      const read2 = readStateBranch(dir, {
        branch,
        remote: stringOpt(args, "remote") ?? "origin",
        project,
        env
      });
      if (!read2.doc) {
        reportDiagnostics(io, dir, read2.diags);
        return EXIT.error;
      }
      doc = read2.doc;
      location = read2.location;
      audit = read2.log;
    } else {
      const store = fileStore(args, io, dir)(project, env);
      location = store.location;
      try {
        doc = (await store.read()).doc;
      } catch (e) {
        const diags = stateStoreDiagnostics(e);
        if (!diags) throw e;
        reportDiagnostics(io, dir, diags);
        return EXIT.error;
      }
    }
    const names = job ? [job] : Object.keys(doc.jobs).sort();
    if (job && !doc.jobs[job]) {
      const known = Object.keys(doc.jobs).sort();
      const hint = didYouMean(job, known);
      io.stderr(
        `No job '${job}' in the state store ${location}${hint ? `; did you mean '${hint}'?` : ""} (known: ${known.join(", ") || "none"}).
`
      );
      return EXIT.error;
    }
    const rows = names.flatMap((name) => (doc.jobs[name]?.history ?? []).map((h) => ({ job: name, ...h })));
    rows.sort((a, b) => a.time < b.time ? -1 : a.time > b.time ? 1 : 0);
    if (boolOpt(args, "json")) {
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
    return [...cols, facts.join(" · ")].join("  ").trimEnd();
  });
  const head = ["TIME".padEnd(rows[0]?.time.length ?? 24), ...opts.showJob ? ["JOB".padEnd(jobWidth)] : []];
  head.push("ACTION".padEnd(actionWidth), "DETAILS");
  return `${[head.join("  "), ...lines].join("\n")}
`;
}

// src/cli/commands/inspect.ts
import { lstatSync } from "node:fs";
import { basename, dirname as dirname2, isAbsolute as isAbsolute7, relative as relative3, resolve as resolve7 } from "node:path";
var refName = (r) => r.parts.join(".");
var inspectCommand = {
  summary: "Analyse any Flink SQL script: statements, what each reads, writes and calls",
  help: [
    "Usage: flinkops inspect FILE.sql [--json]",
    "",
    "Splits a Flink SQL script the way the SQL client does and reports, per statement, its kind,",
    "its range, the tables it reads and writes, the functions it calls, and any problems.",
    '  --json   machine output: {"statements":[{"kind","start","end","reads","writes","functions","diagnostics"}]}'
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    const [file] = args.positionals;
    if (!file) throw new UsageError("expected a file: flinkops inspect FILE.sql");
    const path = isAbsolute7(file) ? file : resolve7(io.cwd, file);
    const shown = relative3(io.cwd, path) || file;
    if (!lstatOrUndefined(path)) throw new UsageError(`no such file: ${file}`);
    const readDiags = [];
    const read2 = readTextFile(
      isAbsolute7(file) ? dirname2(path) : io.cwd,
      isAbsolute7(file) ? basename(path) : file,
      readDiags
    );
    if (!read2) {
      io.stderr(renderDiagnostics(readDiags, { color: io.color }));
      return EXIT.error;
    }
    const analysis = analyzeScript(read2.text, shown);
    if (boolOpt(args, "json")) {
      const statements = analysis.statements.map((s) => ({
        kind: s.kind,
        start: s.range.start,
        end: s.range.end,
        reads: unique(s.reads.map(refName)),
        writes: unique(s.writes.map(refName)),
        functions: unique(s.functions.map(refName)),
        diagnostics: s.diags
      }));
      const own = new Set(analysis.statements.flatMap((s) => s.diags));
      const scriptDiags = analysis.diags.filter((d) => !own.has(d));
      io.stdout(`${JSON.stringify({ file: shown, statements, diagnostics: scriptDiags }, null, 2)}
`);
    } else {
      for (const [i, s] of analysis.statements.entries()) {
        const at = `${s.range.start.line}:${s.range.start.column}`;
        const parts = [`${String(i + 1).padStart(3)}  ${s.kind.padEnd(20)} ${at.padEnd(8)}`];
        if (s.reads.length) parts.push(`reads ${unique(s.reads.map(refName)).join(", ")}`);
        if (s.writes.length) parts.push(`writes ${unique(s.writes.map(refName)).join(", ")}`);
        if (s.functions.length) parts.push(`calls ${unique(s.functions.map(refName)).join(", ")}`);
        io.stdout(`${parts.join("  ")}
`);
      }
      io.stdout(
        renderDiagnostics(analysis.diags, { color: io.color, sources: /* @__PURE__ */ new Map([[shown, read2.text]]) })
      );
    }
    return hasErrors(analysis.diags) ? EXIT.error : EXIT.ok;
  }
};
function unique(xs) {
  return [...new Set(xs)];
}
function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}

// src/cli/commands/test.ts
function compiledFor(args, io, dir) {
  const validated = loadAndValidate(dir, { envVars: io.env });
  const diags = [...validated.diags];
  if (hasErrors(diags)) return { diags };
  const env = chooseEnv(args, io, Object.keys(validated.value.config?.environments ?? {}));
  const compiled = compile(validated.value, { env, envVars: io.env });
  diags.push(...compiled.diags);
  return compiled.value && !hasErrors(diags) ? { state: compiled.value, diags } : { diags };
}
var testCommand = {
  summary: "Run the jobs' SQL unit tests (jobs/<job>.test.yaml) on a real Flink",
  help: [
    "Usage: flinkops test [JOB...] [--env NAME] [--case TEXT] [--timeout 2min] [--json]",
    "",
    "Runs each case of jobs/<job>.test.yaml in a fresh SQL Gateway session: the job's sources become",
    "bounded tables over the case's rows, each sink's query is read back and compared with the",
    "expected rows (order-insensitive; by primary key, or the changelog). Real connectors are never",
    "touched; every job a case starts is cancelled. Needs a real Flink (not the simulator).",
    "A job without tests is listed, not failed. Exit 1 when a case fails or cannot run.",
    "  JOB...        only these jobs (default: every job)",
    "  --case TEXT   only cases whose name contains TEXT",
    "  --timeout D   budget per statement (default 2min)",
    '  --json        {"passed": bool, "jobs": [...], "diagnostics": [...]}',
    ...endpointHelp
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {
      ...clusterOptions,
      case: { type: "string" },
      timeout: { type: "string" }
    });
    const dir = projectDir(args, io);
    const json = boolOpt(args, "json");
    const { state, diags } = compiledFor(args, io, dir);
    const finish = (results2, all, secrets = []) => {
      const failed = hasErrors(all) || results2.some((r) => r.status === "failed" || r.status === "error");
      if (json) {
        io.stdout(
          `${mask(JSON.stringify({ passed: !failed, jobs: results2, diagnostics: all }, null, 2), secrets)}
`
        );
      } else {
        reportDiagnostics(io, dir, all);
        if (results2.length) (failed ? io.stderr : io.stdout)(mask(renderTestResults(results2), secrets));
      }
      return failed ? EXIT.error : EXIT.ok;
    };
    if (!state) return finish([], diags);
    const unknown = args.positionals.filter((j) => !state.jobs.some((x) => x.name === j));
    if (unknown.length)
      throw new UsageError(
        `unknown job ${unknown.join(", ")} (jobs: ${state.jobs.map((j) => j.name).join(", ")})`
      );
    const jobs = state.jobs.filter((j) => !args.positionals.length || args.positionals.includes(j.name));
    const results = [];
    const files = jobs.map((j) => ({ job: j, loaded: loadTestFile(dir, j.name) }));
    for (const f of files) diags.push(...f.loaded.diags);
    if (hasErrors(diags)) return finish([], diags);
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
      const caseFilter = stringOpt(args, "case");
      for (const f of files) {
        if (!f.loaded.value) {
          results.push({ job: f.job.name, status: "no-tests", cases: [], diags: [] });
          continue;
        }
        const r = await runJobTests(dir, f.job, f.loaded.value, {
          client,
          timeoutMs: durationOpt(args, "timeout") ?? 12e4,
          now: () => systemClock.now(),
          onProgress: progress,
          ...caseFilter ? { caseFilter } : {}
        });
        diags.push(...r.diags);
        results.push(r);
      }
    } finally {
      await client.close();
    }
    return finish(results, diags, conn.secretValues);
  }
};

// src/cli/commands/preview.ts
var previewCommand = {
  summary: "Show the first rows of a job's query on its real sources (nothing is written)",
  help: [
    "Usage: flinkops preview JOB [--env NAME] [--limit 100] [--timeout 30s] [--sink TABLE] [--json]",
    "",
    "Runs the job's SELECT (not its INSERT) through the environment's SQL Gateway against the real",
    "sources and prints the first rows, then cancels the query and closes the session. Sinks are",
    "never declared, so nothing is written; the managed job is not touched. Needs a real Flink.",
    "  --limit N     rows to show (default 100)",
    "  --timeout D   stop waiting for rows after D (default 30s); the rows so far are shown",
    "  --sink TABLE  the INSERT of a statement set to preview (default the first)",
    '  --json        {"sink", "columns", "rows", "timedOut"}',
    ...endpointHelp
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {
      ...clusterOptions,
      limit: { type: "string" },
      timeout: { type: "string" },
      sink: { type: "string" }
    });
    const dir = projectDir(args, io);
    const name = args.positionals[0];
    if (!name || args.positionals.length > 1)
      throw new UsageError("give exactly one job: flinkops preview JOB");
    const limit = intOpt(args, "limit", 100);
    const timeoutMs = durationOpt(args, "timeout") ?? 3e4;
    const { state, diags } = compiledFor(args, io, dir);
    if (!state) {
      reportDiagnostics(io, dir, diags);
      return EXIT.error;
    }
    const job = state.jobs.find((j) => j.name === name);
    if (!job) throw new UsageError(`unknown job ${name} (jobs: ${state.jobs.map((j) => j.name).join(", ")})`);
    const tls = tlsOptions(args, io);
    const conn = connect({
      endpoints: resolveEndpoints(state.environment, endpointOverrides(args), io.env),
      env: state.environment,
      secrets: secretSource(io),
      ...tls ? { tls } : {}
    });
    if (!conn.client) {
      reportDiagnostics(io, dir, [...diags, ...conn.diags]);
      return EXIT.error;
    }
    const client = conn.client;
    try {
      const sim = await requireRealFlink(client);
      if (sim) {
        reportDiagnostics(io, dir, [...diags, sim]);
        return EXIT.error;
      }
      const sink = stringOpt(args, "sink");
      const r = await runPreview(job, {
        client,
        secrets: secretSource(io),
        limit,
        timeoutMs,
        now: () => systemClock.now(),
        sleep: (ms) => new Promise((res) => setTimeout(res, ms)),
        ...sink ? { sink } : {}
      });
      const secrets = [...conn.secretValues, ...r.secretValues];
      const all = [...diags, ...r.diags];
      if (!r.value || hasErrors(all)) {
        if (boolOpt(args, "json"))
          io.stdout(`${mask(JSON.stringify({ diagnostics: all }, null, 2), secrets)}
`);
        else io.stderr(mask(formatDiags(all), secrets));
        return EXIT.error;
      }
      const v = r.value;
      if (boolOpt(args, "json")) {
        io.stdout(`${mask(JSON.stringify(v, null, 2), secrets)}
`);
        return EXIT.ok;
      }
      io.stdout(mask(renderTable(v.columns, v.rows), secrets));
      io.stdout(
        `${v.rows.length} row(s) of ${job.name} → ${v.sink}${v.timedOut ? ` (stopped waiting after ${Math.round(timeoutMs / 1e3)} s)` : ""}; the query was cancelled, nothing was written
`
      );
      return EXIT.ok;
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

// src/cli/commands/savepoint.ts
import { hostname as hostname3 } from "node:os";

// src/cli/commands/savepoints.ts
import { hostname as hostname2 } from "node:os";
var savepointsOptions = {
  ...clusterOptions,
  ...forceUnlockOption,
  now: { type: "string" }
};
async function openCluster(args, io, ports, quiet, now) {
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
}
function reportMasked(io, dir, diags, secrets) {
  reportDiagnostics(
    io,
    dir,
    diags.map((d) => ({ ...d, summary: mask(d.summary, secrets), detail: mask(d.detail, secrets) }))
  );
}
function savepointProgress(io, quiet) {
  if (quiet) return () => {
  };
  return (e) => {
    if (e.type === "savepoint-started") io.stderr(`${e.job}: taking a savepoint of job ${e.jobId}
`);
    else if (e.type === "dispose-started") io.stderr(`${e.job}: disposing of ${e.path}
`);
  };
}
var OUTCOME_TEXT = {
  taken: "taken",
  "not-due": "not due",
  "not-running": "not running",
  "no-policy": "no policy",
  skipped: "skipped",
  failed: "FAILED"
};
function renderSavepointsReport(report) {
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
      `  ${j.job.padEnd(width)}  ${(OUTCOME_TEXT[j.outcome] ?? j.outcome).padEnd(11)} ${facts.join(" · ")}`
    );
    for (const p of j.disposed) lines.push(`  ${"".padEnd(width)}  ${"disposed".padEnd(11)} ${p}`);
    for (const r of j.retained)
      lines.push(`  ${"".padEnd(width)}  ${"kept".padEnd(11)} ${r.path} (${r.why})`);
  }
  const count = (o) => report.jobs.filter((j) => j.outcome === o).length;
  const disposed = report.jobs.reduce((n, j) => n + j.disposed.length, 0);
  lines.push("", `${count("taken")} taken, ${disposed} disposed, ${count("failed")} failed.`, "");
  return lines.join("\n");
}
async function runCommand(args, io, ports) {
  if (args.positionals.length > 0) throw new UsageError(`savepoints run takes no job names`);
  const json = boolOpt(args, "json");
  const nowText = stringOpt(args, "now");
  const now = nowText === void 0 ? void 0 : planInstant(nowText);
  const { dir, run, secretValues } = await openCluster(args, io, ports, json || !io.isTTY, now);
  if (!run.desired || !run.client || !run.store || !run.live && hasErrors(run.diags)) {
    await run.client?.close();
    reportMasked(io, dir, run.diags, secretValues);
    return EXIT.error;
  }
  const unlocked = await forceUnlock(args, io, run.store, json);
  if (unlocked.length) {
    await run.client.close();
    reportMasked(io, dir, unlocked, secretValues);
    return EXIT.error;
  }
  const report = await runSavepoints({
    desired: run.desired,
    client: run.client,
    store: run.store,
    clock: ports.clock,
    ...now ? { now } : {},
    owner: { who: owner(io), command: "flinkops savepoints run", host: hostname2() },
    secretValues,
    hooks: { onEvent: savepointProgress(io, json) }
  });
  await run.client.close();
  if (json) io.stdout(`${mask(JSON.stringify(report, null, 2), secretValues)}
`);
  else {
    io.stdout(mask(renderSavepointsReport(report), secretValues));
    reportMasked(io, dir, report.diags, secretValues);
  }
  return savepointsFailed(report) ? EXIT.error : EXIT.ok;
}
async function listCommand(args, io, ports) {
  const [job, ...rest] = args.positionals;
  if (!job || rest.length) throw new UsageError("savepoints list takes one job name");
  if (stringOpt(args, "force-unlock") !== void 0)
    throw new UsageError("savepoints list takes no lock; --force-unlock belongs to savepoints run");
  const json = boolOpt(args, "json");
  const nowText = stringOpt(args, "now");
  const now = nowText === void 0 ? new Date(ports.clock.now()).toISOString() : planInstant(nowText);
  const { dir, run, secretValues } = await openCluster(args, io, ports, json || !io.isTTY, now);
  if (!run.desired || !run.state) {
    await run.client?.close();
    reportMasked(io, dir, run.diags, secretValues);
    return EXIT.error;
  }
  const record = run.state.doc.jobs[job];
  const desiredJob = run.desired.jobs.find((j) => j.name === job);
  if (!record && !desiredJob) {
    await run.client?.close();
    const known = [.../* @__PURE__ */ new Set([...run.desired.jobs.map((j) => j.name), ...Object.keys(run.state.doc.jobs)])];
    io.stderr(
      `No job '${job}' in the repository or the state store (known: ${known.sort().join(", ") || "none"}).
`
    );
    return EXIT.error;
  }
  const ids = (run.live?.jobs ?? []).filter((j) => j.job === job).map((j) => j.jobId);
  const sizes = run.client && ids.length ? await savepointSizes(run.client, ids) : /* @__PURE__ */ new Map();
  await run.client?.close();
  const entries = listSavepoints(desiredJob, record, now, sizes);
  if (json) io.stdout(`${mask(JSON.stringify({ job, now, savepoints: entries }, null, 2), secretValues)}
`);
  else io.stdout(mask(renderSavepointList(job, entries, { color: io.color }), secretValues));
  if (!run.live) reportMasked(io, dir, run.diags, secretValues);
  return EXIT.ok;
}
function savepointsCommandWith(ports) {
  return {
    summary: "Periodic savepoints and retention (run), and a job savepoint history (list)",
    help: [
      "Usage: flinkops savepoints run [--env NAME] [--dir DIR] [--now ISO-8601] [--json]",
      "       flinkops savepoints list JOB [--env NAME] [--dir DIR] [--json]",
      "",
      "run: for every running job with `savepoints: {every, keep}` whose newest savepoint is older",
      "than `every`, takes a savepoint (recorded the moment it completes), then disposes of the",
      "oldest beyond `keep` — never the one a rollback, a resume or a pinned restoreFrom needs.",
      "Holds the state store lock. Running it again at the same time does nothing. Exit 1 on a failure.",
      "list: every savepoint recorded for JOB, newest first: time, age, kind, the spec it was taken",
      "from (current: restores the spec the repository compiles to now), size, disposed or not.",
      "  --now ISO-8601         measure `every` and ages at that instant (scheduled runs)",
      "  --json                 print the report (run) or the list (list) as JSON",
      `${forceUnlockHelp} (run)`,
      ...clusterHelp
    ].join("\n"),
    async run(argv, io) {
      const sub = parseCommandArgs(argv, savepointsOptions).positionals[0];
      const at = sub === void 0 ? -1 : subcommandIndex(argv, sub);
      const args = parseCommandArgs(
        at < 0 ? argv : [...argv.slice(0, at), ...argv.slice(at + 1)],
        savepointsOptions
      );
      if (sub === "run") return runCommand(args, io, ports);
      if (sub === "list") return listCommand(args, io, ports);
      const hint = sub === void 0 ? void 0 : didYouMean(sub, ["run", "list"]);
      throw new UsageError(
        sub === void 0 ? "savepoints needs a subcommand: run or list" : `unknown subcommand '${sub}'${hint ? `; did you mean '${hint}'?` : ""} (run, list)`
      );
    }
  };
}
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

// src/cli/commands/savepoint.ts
function savepointCommandWith(ports) {
  return {
    summary: "Take a savepoint of a running job now (recorded as manual) and print its path",
    help: [
      "Usage: flinkops savepoint JOB [--env NAME] [--dir DIR] [--json]",
      "",
      "Triggers a savepoint of the running job (it keeps running), records its path in the state",
      "store the moment it completes, and prints the path. Retention never disposes of the newest",
      "savepoint, so this one stays restorable at least until the next. Exit 1 when it fails.",
      '  --json                 {"job","jobId","savepoint"} or the diagnostics',
      forceUnlockHelp,
      ...clusterHelp
    ].join("\n"),
    async run(argv, io) {
      const args = parseCommandArgs(argv, { ...clusterOptions, ...forceUnlockOption });
      const [job, ...rest] = args.positionals;
      if (!job || rest.length) throw new UsageError("savepoint takes one job name");
      const json = boolOpt(args, "json");
      const { dir, run, secretValues } = await openCluster(args, io, ports, json || !io.isTTY);
      if (!run.desired || !run.client || !run.store || !run.live) {
        await run.client?.close();
        reportMasked(io, dir, run.diags, secretValues);
        return EXIT.error;
      }
      const unlocked = await forceUnlock(args, io, run.store, json);
      if (unlocked.length) {
        await run.client.close();
        reportMasked(io, dir, unlocked, secretValues);
        return EXIT.error;
      }
      const report = await takeManualSavepoint({
        job,
        desired: run.desired,
        client: run.client,
        store: run.store,
        clock: ports.clock,
        owner: { who: owner(io), command: "flinkops savepoint", host: hostname3() },
        secretValues,
        hooks: { onEvent: savepointProgress(io, json) }
      });
      await run.client.close();
      const r = report.jobs[0];
      const failed = savepointsFailed(report) || !r?.savepoint;
      if (json) {
        const out = failed ? { job, ...r?.jobId ? { jobId: r.jobId } : {}, diagnostics: report.diags } : { job, jobId: r.jobId, savepoint: r.savepoint };
        io.stdout(`${mask(JSON.stringify(out, null, 2), secretValues)}
`);
      } else {
        if (!failed) {
          io.stderr(`Savepoint of ${job} (job ${r.jobId}) completed and recorded.
`);
          io.stdout(`${mask(r.savepoint, secretValues)}
`);
        }
        reportMasked(io, dir, report.diags, secretValues);
      }
      return failed ? EXIT.error : EXIT.ok;
    }
  };
}
var savepointCommand = savepointCommandWith({ clock: systemClock });

// src/cli/commands/sim.ts
var rate = (v, name) => {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--${name} must be a share between 0 and 1, got '${v}'`);
  return n;
};
var simCommand = {
  summary: "Run the built-in Flink simulator (JobManager REST + SQL Gateway REST) on 127.0.0.1",
  help: [
    "Usage: flinkops sim [--flink-version 1.20] [--port 8081] [--gateway-port 8083] [options]",
    "",
    "A local stand-in for a Flink session cluster with a SQL Gateway, faithful to the REST API of",
    "the chosen release (1.16 to 2.3). Prints its URLs and runs until stopped (Ctrl-C).",
    "  --flink-version V      Flink release to emulate (default 1.20)",
    "  --port N               JobManager REST port (default 8081; 0 picks a free one)",
    "  --gateway-port N       SQL Gateway REST port (default 8083; 0 picks a free one)",
    "  --adaptive             run the adaptive scheduler (in-place rescale on 1.18+)",
    "  --savepoint-dir URI    cluster savepoint directory (default file:/tmp/flinkops-sim/savepoints)",
    "  --savepoint-ms N       how long a savepoint takes (default 500)",
    "  --start-ms N           how long a job takes to reach RUNNING (default 1000)",
    "Fault switches:",
    '  --savepoint-fails N    fail the next N savepoints (0 = none; "all" = every one)',
    "  --stop-hangs           stop-with-savepoint never completes",
    "  --job-fails-after MS   every job fails MS after reaching RUNNING",
    "  --restart-loop         running jobs keep failing and restarting",
    "  --http-5xx-rate R      share of requests answered with 500 (0..1)",
    "  --latency MS           added to every response",
    "  --reset-rate R         share of connections reset without an answer (0..1)",
    "  --gateway-down         the SQL Gateway refuses connections"
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {
      "flink-version": { type: "string" },
      port: { type: "string" },
      "gateway-port": { type: "string" },
      adaptive: { type: "boolean" },
      "savepoint-dir": { type: "string" },
      "savepoint-ms": { type: "string" },
      "start-ms": { type: "string" },
      "savepoint-fails": { type: "string" },
      "stop-hangs": { type: "boolean" },
      "job-fails-after": { type: "string" },
      "restart-loop": { type: "boolean" },
      "http-5xx-rate": { type: "string" },
      latency: { type: "string" },
      "reset-rate": { type: "string" },
      "gateway-down": { type: "boolean" }
    });
    const version2 = stringOpt(args, "flink-version") ?? "1.20";
    if (!isFlinkVersion(version2))
      throw new UsageError(`--flink-version must be one of ${FLINK_VERSIONS.join(", ")}, got '${version2}'`);
    const fails = stringOpt(args, "savepoint-fails");
    const faults = {
      ...fails !== void 0 ? { savepointFails: fails === "all" ? "all" : intOpt(args, "savepoint-fails", 0, 0) } : {},
      ...boolOpt(args, "stop-hangs") ? { stopHangs: true } : {},
      ...stringOpt(args, "job-fails-after") !== void 0 ? { jobFailsAfterMs: intOpt(args, "job-fails-after", 0, 0) } : {},
      ...boolOpt(args, "restart-loop") ? { jobRestartLoop: true } : {},
      ...stringOpt(args, "latency") !== void 0 ? { latencyMs: intOpt(args, "latency", 0, 0) } : {}
    };
    const r5 = rate(stringOpt(args, "http-5xx-rate"), "http-5xx-rate");
    if (r5 !== void 0) faults.http5xxRate = r5;
    const rr = rate(stringOpt(args, "reset-rate"), "reset-rate");
    if (rr !== void 0) faults.connectionResetRate = rr;
    const { startSimulator } = await import("./sim-3N2DQVLS.js");
    const sim = await startSimulator({
      flinkVersion: version2,
      clock: "real",
      port: intOpt(args, "port", 8081, 0),
      gatewayPort: intOpt(args, "gateway-port", 8083, 0),
      adaptiveScheduler: boolOpt(args, "adaptive"),
      ...stringOpt(args, "savepoint-dir") ? { savepointDir: stringOpt(args, "savepoint-dir") } : {},
      timing: {
        ...stringOpt(args, "savepoint-ms") ? { savepointMs: intOpt(args, "savepoint-ms", 500, 0) } : {},
        ...stringOpt(args, "start-ms") ? { startMs: intOpt(args, "start-ms", 1e3, 0) } : {}
      }
    }).catch((e) => {
      const code = e.code;
      if (code === "EADDRINUSE")
        throw new UsageError(
          `a port is already in use (${e.message}); pick others with --port/--gateway-port`
        );
      throw e;
    });
    sim.control.faults.set(faults);
    if (boolOpt(args, "gateway-down")) await sim.control.setGatewayDown(true);
    if (boolOpt(args, "json")) {
      io.stdout(
        `${JSON.stringify({ jobmanagerUrl: sim.jobmanagerUrl, sqlGatewayUrl: sim.gatewayUrl, flinkVersion: version2 })}
`
      );
    } else {
      io.stdout(
        [
          `Flink ${version2} simulator running`,
          `  JobManager REST   ${sim.jobmanagerUrl}`,
          `  SQL Gateway REST  ${sim.gatewayUrl}`,
          "",
          `  export FLINKOPS_JOBMANAGER_URL=${sim.jobmanagerUrl}`,
          `  export FLINKOPS_SQL_GATEWAY_URL=${sim.gatewayUrl}`,
          "",
          "Press Ctrl-C to stop.",
          ""
        ].join("\n")
      );
    }
    await runGraceful(
      io.interrupt,
      "stopping the simulator.",
      (stop) => stop.aborted ? Promise.resolve() : new Promise((resolve8) => stop.addEventListener("abort", () => resolve8(), { once: true }))
    );
    await sim.close();
    io.stdout("simulator stopped\n");
    return EXIT.ok;
  }
};

// src/cli/commands/status-metrics.ts
var HEADER = [
  "JOB",
  "IN/S",
  "OUT/S",
  "BACK-PRESSURE",
  "BUSY",
  "CHECKPOINT",
  "WATERMARK LAG",
  "CONSUMER LAG"
];
function formatMetricsTable(rows, s) {
  const shown = rows.filter((r) => r.metrics || r.lastCheckpoint);
  if (shown.length === 0) return "";
  const table = shown.map((r) => {
    const m = r.metrics ?? {};
    const cp = r.lastCheckpoint;
    return [
      r.job,
      m.recordsInPerSecond === void 0 ? "-" : formatCount(m.recordsInPerSecond),
      m.recordsOutPerSecond === void 0 ? "-" : formatCount(m.recordsOutPerSecond),
      m.backPressure ? `${pct(m.backPressure.value)} ${m.backPressure.vertex}` : "-",
      m.busy ? `${pct(m.busy.value)} ${m.busy.vertex}` : "-",
      cp?.durationMs === void 0 ? "-" : `${formatDuration(cp.durationMs)} ${formatBytes(cp.stateSize)}`,
      m.watermarkLagMs === void 0 ? "-" : formatDuration(m.watermarkLagMs),
      m.consumerLag === void 0 ? "-" : formatCount(m.consumerLag)
    ];
  });
  const widths = HEADER.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return `${[s.bold(line(HEADER)), ...table.map(line)].join("\n")}
`;
}

// src/cli/commands/status.ts
var statusOptions = {
  ...clusterOptions,
  check: { type: "boolean" },
  now: { type: "string" },
  format: { type: "string" },
  watch: { type: "boolean" },
  alert: { type: "boolean" },
  interval: { type: "string" }
};
function formatHealth(report, s) {
  const bad = report.jobs.filter((j) => !j.healthy);
  if (bad.length === 0) return `${s.green("healthy")}: every job passes its health rules (${report.now})
`;
  const lines = [
    s.red(
      `unhealthy: ${bad.length} of ${report.jobs.length} job${report.jobs.length === 1 ? "" : "s"} breach their health rules (${report.now})`
    )
  ];
  for (const j of bad) {
    lines.push("", s.bold(`${j.job}${j.jobId ? ` (${j.jobId})` : ""}`));
    for (const b of j.breaches)
      lines.push(`  ${s.red("✗")} ${b.rule}: ${b.summary}`, `    ${s.dim(b.detail)}`);
  }
  return `${lines.join("\n")}
`;
}
var statusCommand = {
  summary: "List the managed jobs: state, uptime, parallelism, last savepoint and its age",
  help: [
    "Usage: flinkops status [--env NAME] [--dir DIR] [--json | --format openmetrics] [--check] [--watch]",
    "",
    "What runs on the cluster for this project and environment, joined with the state store, and",
    "each running job's metrics: records in/out per second, the most back-pressured and the busiest",
    "vertex, the last checkpoint (duration, size), watermark lag and Kafka consumer lag.",
    "  --format openmetrics   print the metrics in the OpenMetrics (Prometheus) text format,",
    "                         labelled project, env and job",
    "  --watch                print again every --interval (default 10s) until interrupted",
    "  --alert                with --check: send each new breach and each recovery to the environment's",
    "                         alerts channels (Slack, DingTalk, Feishu/Lark, WeCom, webhook), once",
    "  --check                check the health rules (health: in job settings, defaults.health);",
    "                         exit 1 when a job breaches one, and say why",
    "  --now ISO-8601         evaluate ages, restart windows and schedules at that instant",
    ...clusterHelp
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, statusOptions);
    const format = stringOpt(args, "format");
    if (format !== void 0 && format !== "openmetrics" && format !== "table" && format !== "json") {
      io.stderr(`flinkops status: --format is table, json or openmetrics, not '${format}'
`);
      return EXIT.error;
    }
    const interval = durationOpt(args, "interval") ?? 1e4;
    if (!boolOpt(args, "watch")) return statusOnce(args, io, format);
    for (; ; ) {
      if (io.isTTY && format !== "openmetrics") io.stdout("\x1B[H\x1B[2J");
      await statusOnce(args, io, format);
      await new Promise((resolve8) => setTimeout(resolve8, interval));
    }
  }
};
async function statusOnce(args, io, format) {
  const dir = projectDir(args, io);
  const json = boolOpt(args, "json") || format === "json";
  const openMetrics = format === "openmetrics";
  const check = boolOpt(args, "check");
  const env = commandEnv(args, io, dir, json || openMetrics);
  if (env === void 0) return EXIT.error;
  const instant = planInstant(stringOpt(args, "now"));
  const options = {
    ...clusterRun(args, io, dir, env),
    offline: false,
    allowDelete: false,
    now: instant,
    metrics: true,
    onProgress: progressPrinter(io, json || openMetrics || !io.isTTY)
  };
  const run = await runHealth(options);
  const report = check ? run.report : void 0;
  await run.client?.close();
  if (!run.plan || !run.live || !run.state || hasErrors(run.diags)) {
    reportDiagnostics(
      io,
      dir,
      run.diags.map((d) => ({ ...d, summary: mask(d.summary, run.secretValues) }))
    );
    return EXIT.error;
  }
  const now = Date.parse(instant);
  const rows = run.plan.changes.map((c) => {
    const live = newestLive(run.live, c.job);
    const record = run.state.doc.jobs[c.job];
    const sp = record ? lastRestorableSavepoint(record) : void 0;
    const liveSp = live?.latestSavepoint;
    const newest = liveSp && (!sp || liveSp.time > Date.parse(sp.time)) ? { path: liveSp.path, time: liveSp.time } : sp ? { path: sp.path, time: Date.parse(sp.time) } : void 0;
    const cp = live?.lastCheckpoint;
    return {
      job: c.job,
      state: live?.state ?? record?.status.toUpperCase() ?? "NOT DEPLOYED",
      ...live ? { jobId: live.jobId, parallelism: live.parallelism, uptimeMs: now - live.startTime } : {},
      ...newest ? { lastSavepoint: newest.path, lastSavepointAgeMs: now - newest.time } : {},
      planned: c.refused ? `${c.action} (refused)` : c.action,
      ...live?.metrics ? { metrics: live.metrics } : {},
      ...cp && live?.state === "RUNNING" ? {
        lastCheckpoint: {
          ...cp.durationMs !== void 0 ? { durationMs: cp.durationMs } : {},
          ...cp.stateSize !== void 0 ? { stateSize: cp.stateSize } : {},
          ...cp.checkpointedSize !== void 0 ? { checkpointedSize: cp.checkpointedSize } : {}
        }
      } : {}
    };
  });
  const verdict = report && !report.healthy ? EXIT.error : EXIT.ok;
  if (report && boolOpt(args, "alert") && run.desired && run.store) {
    const alerts = await runAlerts({
      env: run.desired.environment,
      report,
      secrets: options.secrets,
      post: fetchPostJson,
      store: run.store,
      state: run.state,
      nowMs: Date.now()
    });
    run.diags.push(...alerts.diags);
    for (const a of alerts.sent)
      io.stderr(
        `alert: ${a.message.status} ${a.message.job} ${a.message.rule}: sent to ${a.delivered} of ${a.channels} channel${a.channels === 1 ? "" : "s"}
`
      );
  }
  const metricRows = rows.map((r) => {
    const h = report?.jobs.find((j) => j.job === r.job);
    return {
      job: r.job,
      state: r.state,
      ...r.metrics ? { metrics: r.metrics } : {},
      ...r.lastCheckpoint ? { lastCheckpoint: r.lastCheckpoint } : {},
      ...h ? { healthy: h.healthy, breaches: h.breaches.map((b) => b.rule) } : {}
    };
  });
  if (openMetrics) {
    io.stdout(renderOpenMetrics(run.plan.project, env, metricRows));
    return verdict;
  }
  if (json) {
    const out = { project: run.plan.project, env, jobs: rows, ...report ? { health: report } : {} };
    io.stdout(`${JSON.stringify(out, null, 2)}
`);
    return verdict;
  }
  const s = makeStyle(io.color);
  const header = ["JOB", "STATE", "UPTIME", "PARALLELISM", "LAST SAVEPOINT", "AGE", "PLANNED"];
  const table = rows.map((r) => [
    r.job,
    r.state,
    formatAge(r.uptimeMs),
    r.parallelism === void 0 ? "-" : String(r.parallelism),
    r.lastSavepoint ?? "-",
    formatAge(r.lastSavepointAgeMs),
    r.planned
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  io.stdout(`${s.bold(line(header))}
`);
  for (const row of table) {
    const text = line(row);
    io.stdout(`${row[1] === "RUNNING" ? text : row[1] === "FAILED" ? s.red(text) : s.dim(text)}
`);
  }
  if (!rows.length) io.stdout("No jobs in the repository, the store or on the cluster.\n");
  const metricsTable = formatMetricsTable(metricRows, s);
  if (metricsTable) io.stdout(`
${metricsTable}`);
  if (report) io.stdout(`
${formatHealth(report, s)}`);
  reportDiagnostics(io, dir, run.diags);
  return verdict;
}
function newestLive(live, job) {
  let best;
  for (const j of live.jobs) if (j.job === job && (!best || j.startTime > best.startTime)) best = j;
  return best;
}

// src/cli/commands/validate.ts
var validateCommand = {
  summary: "Check the repository: YAML schemas, SQL, references between jobs, tables and UDFs",
  help: [
    "Usage: flinkops validate [--dir DIR] [--env NAME] [--json]",
    "",
    "Reports every problem at once, each with file:line:column and how to fix it. Exit 1 on errors.",
    "  --env NAME   validate for one environment (default: every environment of flinkops.yaml)",
    '  --json       {"valid": bool, "diagnostics": [...]}'
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    const dir = projectDir(args, io);
    const env = stringOpt(args, "env") ?? io.env.FLINKOPS_ENV;
    const result = loadAndValidate(dir, { ...env ? { env } : {}, envVars: io.env });
    const failed = hasErrors(result.diags);
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
    if (failed) io.stderr(`✗ ${counts}: ${summarizeDiagnostics(result.diags)}
`);
    else
      io.stdout(
        `✓ ${counts} valid${result.diags.length ? ` (${summarizeDiagnostics(result.diags)})` : ""}
`
      );
    return failed ? EXIT.error : EXIT.ok;
  }
};
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// src/cli/commands/index.ts
var COMMANDS = {
  validate: validateCommand,
  compile: compileCommand,
  graph: graphCommand,
  plan: planCommand,
  apply: applyCommand,
  "diff-env": diffEnvCommand,
  status: statusCommand,
  history: historyCommand,
  savepoint: savepointCommand,
  savepoints: savepointsCommand,
  inspect: inspectCommand,
  test: testCommand,
  preview: previewCommand,
  sim: simCommand
};

// src/cli/main.ts
function version() {
  return typeof __FLINKOPS_VERSION__ === "string" ? __FLINKOPS_VERSION__ : "0.1.0";
}
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: flinkops <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Common options: --dir DIR (project directory, default .), --env NAME, --json, --no-color, --help",
    "Run 'flinkops <command> --help' for a command's options.",
    ""
  ].join("\n");
}
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return name === void 0 ? EXIT.error : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`flinkops ${version()}
`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    const hint = didYouMean(name, Object.keys(COMMANDS));
    io.stderr(`flinkops: unknown command '${name}'${hint ? `; did you mean '${hint}'?` : ""}

${usage()}`);
    return EXIT.error;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.help}
`);
    return EXIT.ok;
  }
  if (rest.includes("--no-color")) io = { ...io, color: false };
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`flinkops ${name}: ${e.message}
Run 'flinkops ${name} --help' for usage.
`);
      return EXIT.error;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`flinkops ${name}: internal error: ${message}
`);
    if (io.env.FLINKOPS_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}
`);
    else io.stderr("This is a bug in flinkops. Set FLINKOPS_DEBUG=1 for details and report it.\n");
    return EXIT.error;
  }
}
export {
  runCli,
  version
};
