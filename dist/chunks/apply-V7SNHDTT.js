import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planMatchesRepository,
  runApply
} from "./chunk-DHAKJDY3.js";
import {
  forceUnlock,
  forceUnlockHelp,
  forceUnlockOption
} from "./chunk-NIOXDOAP.js";
import {
  checkTargets,
  planInstant,
  planOptions,
  targetOpt
} from "./chunk-G3JOA64H.js";
import {
  closeRun,
  runPlan
} from "./chunk-ELK4ZM5J.js";
import {
  commandEnv
} from "./chunk-3Y3I25YZ.js";
import "./chunk-EUYQZS6N.js";
import {
  clusterHelp,
  clusterRun,
  currentCommit,
  jobSecretValues,
  owner,
  progressPrinter,
  secretSource
} from "./chunk-UWUWWQ2M.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-LBOV3RBP.js";
import "./chunk-TKM27NYY.js";
import "./chunk-4PXYJ4OS.js";
import "./chunk-CYYDDCCZ.js";
import "./chunk-H2EDNPSF.js";
import "./chunk-VBEX2MK3.js";
import {
  PLAN_FORMAT_VERSION,
  applyFailed,
  describeStep,
  describeSteps,
  explainJson,
  hasChanges,
  renderApplyReport,
  renderFailureDetails,
  renderPlanTerminal,
  toSteps
} from "./chunk-DPUHMMKI.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-ZKS425NI.js";
import {
  systemClock
} from "./chunk-GSLRF5EB.js";
import "./chunk-J2ZK52LR.js";
import "./chunk-243ZFPEF.js";
import {
  mask,
  projectDir,
  reportDiagnostics
} from "./chunk-YOCATJVB.js";
import {
  UsageError,
  boolOpt,
  durationOpt,
  intOpt,
  parseCommandArgs,
  stringOpt
} from "./chunk-7ZACQOBZ.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import {
  EXIT
} from "./chunk-PFR72FKU.js";
import {
  runGraceful
} from "./chunk-XYL5USJW.js";
import "./chunk-RSSDZNFB.js";
import {
  parseWithLibrary
} from "./chunk-MY5M77FW.js";
import "./chunk-UASY5ZQU.js";
import {
  planFileValidator
} from "./chunk-JUWYXW35.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-6TIBAZNU.js";
import {
  error,
  hasErrors
} from "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";

// src/cli/commands/apply.ts
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import { isAbsolute, resolve } from "node:path";

// src/plan/plan-file.ts
var PLAN_FILE_CODES = { invalid: "FO690", version: "FO691" };
var SUMMARY_PROBLEMS = 3;
var START = { line: 1, column: 1 };
function pointerToPath(pointer, data) {
  const out = [];
  let cur = data;
  for (const raw of pointer ? pointer.slice(1).split("/") : []) {
    const seg = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const key = Array.isArray(cur) ? Number(seg) : seg;
    out.push(key);
    cur = cur && typeof cur === "object" ? cur[key] : void 0;
  }
  return out;
}
function where(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function typeWords(t) {
  const words = {
    object: "an object",
    array: "an array",
    string: "a string",
    integer: "an integer",
    number: "a number",
    boolean: "a boolean",
    null: "null"
  };
  const list = (Array.isArray(t) ? t : [t]).filter((x) => typeof x === "string");
  if (list.length === 0) return void 0;
  return list.map((x) => words[x] ?? x).join(" or ");
}
function problemOf(e, data) {
  const path = pointerToPath(e.instancePath, data);
  const at = path.length ? where(path) : "the plan";
  const p = e.params;
  switch (e.keyword) {
    case "required": {
      const key = String(p.missingProperty);
      const prop = e.parentSchema?.properties?.[key];
      const words = typeWords(prop?.type);
      const name = where([...path, key]);
      return { text: words ? `${name} must be ${words}` : `${name} is missing`, path, what: "value" };
    }
    case "type":
      return { text: `${at} must be ${typeWords(p.type) ?? String(p.type)}`, path, what: "value" };
    case "enum":
      return {
        text: `${at} must be one of ${p.allowedValues.map(String).join(", ")}`,
        path,
        what: "value"
      };
    case "const":
      return { text: `${at} must be ${JSON.stringify(p.allowedValue)}`, path, what: "value" };
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      return { text: `${at} has an unknown key "${key}"`, path: [...path, key], what: "key" };
    }
    case "if":
      return void 0;
    // the failing `then` reports what is missing
    default:
      return { text: `${at} ${e.message ?? "is invalid"}`, path, what: "value" };
  }
}
function parsePlanJson(text, file = "plan.json") {
  const fail = (code, summary, detail, range = { file, start: START, end: START }) => ({ value: void 0, diags: [error(code, summary, detail, range)] });
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return fail(
      PLAN_FILE_CODES.invalid,
      `${file} is not valid JSON: ${e.message}`,
      "Write the plan again with `flinkops plan --out plan.json`; do not edit it by hand."
    );
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc) || !("formatVersion" in doc)) {
    return fail(
      PLAN_FILE_CODES.invalid,
      `${file} is not a flinkops plan: it has no formatVersion`,
      "Pass the file written by `flinkops plan --out plan.json` (or `flinkops plan --json`)."
    );
  }
  const version = doc.formatVersion;
  if (version !== PLAN_FORMAT_VERSION) {
    const newer = typeof version === "number" && version > PLAN_FORMAT_VERSION;
    return fail(
      PLAN_FILE_CODES.version,
      `${file} has plan format version ${JSON.stringify(version)}; this flinkops reads version ${PLAN_FORMAT_VERSION}`,
      newer ? "The plan was written by a newer flinkops. Upgrade flinkops, or plan again with this version." : "The plan was written by another flinkops version. Plan again with this version."
    );
  }
  const validate = planFileValidator();
  if (validate(doc)) return { value: doc, diags: [] };
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of validate.errors ?? []) {
    const p = problemOf(e, doc);
    if (!p || seen.has(p.text)) continue;
    seen.add(p.text);
    problems.push(p);
  }
  const source = parseWithLibrary(file, text).value;
  const located = problems.map((p) => ({ ...p, range: source?.locate(p.path, p.what) ?? { file, start: START, end: START } })).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  const place = (r) => `${r.file}:${r.start.line}:${r.start.column}`;
  const shown = located.slice(0, SUMMARY_PROBLEMS).map((p) => p.text);
  const more = problems.length > SUMMARY_PROBLEMS ? ` (and ${problems.length - SUMMARY_PROBLEMS} more)` : "";
  return fail(
    PLAN_FILE_CODES.invalid,
    `${file} is not a valid flinkops plan: ${shown.join("; ")}${more}`,
    [
      ...located.map((p) => `${place(p.range)}: ${p.text}.`),
      "Write the plan again with `flinkops plan --out plan.json`; do not edit it by hand."
    ].join("\n"),
    located[0]?.range
  );
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
      "  --allow-version-upgrade  start planMode: script jobs on a new Flink version from their",
      "                         savepoint although their state verdict is unknown",
      forceUnlockHelp,
      "  --lock-timeout DUR     wait this long for a lock another run holds (default 0: fail at once)",
      "  --now ISO-8601         plan and apply as if run at that instant (schedules)",
      "  --target JOB           plan and apply only this job (repeatable); not with a saved plan",
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
        const path = isAbsolute(planFile) ? planFile : resolve(io.cwd, planFile);
        let text;
        try {
          text = readFileSync(path, "utf8");
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
      const target = targetOpt(args);
      if (saved && target)
        throw new UsageError(
          "--target is for a new plan: a saved plan is applied as it was made (with its own target)"
        );
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
        allowVersionUpgrade: boolOpt(args, "allow-version-upgrade"),
        checkpoints: "for-restarts",
        stateVerdicts: true,
        keepPrevious: true,
        now: nowText === void 0 ? new Date(ports.clock.now()).toISOString() : planInstant(nowText),
        ...commit ? { commit } : {},
        ...target ? { target } : {},
        clock: ports.clock,
        ...ports.client ? { client: ports.client } : {},
        onProgress: progressPrinter(io, json || !io.isTTY)
      });
      const secretValues = [...run.secretValues, ...jobSecretValues(run.desired, secrets)];
      const m = (s) => mask(s, secretValues);
      const fail = async (diags) => {
        await closeRun(run);
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
      if (target) {
        try {
          checkTargets(plan);
        } catch (e) {
          await run.client.close();
          throw e;
        }
      }
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
        await closeRun(run);
        return EXIT.ok;
      }
      if (!json) io.stdout(m(renderPlanTerminal(plan, { color: io.color })));
      if (!hasChanges(plan)) {
        await closeRun(run);
        if (json) io.stdout(`${JSON.stringify({ changes: [], diagnostics: plan.diagnostics }, null, 2)}
`);
        return EXIT.ok;
      }
      if (!saved && !boolOpt(args, "auto-approve")) {
        if (!io.confirm || !io.isTTY) {
          await closeRun(run);
          throw new UsageError("apply without a terminal needs --auto-approve (or apply a saved plan file)");
        }
        const ok = await io.confirm('\nDo you want to perform these actions? Only "yes" is accepted:');
        if (!ok) {
          await closeRun(run);
          io.stdout("Apply cancelled.\n");
          return EXIT.error;
        }
      }
      const progress = applyProgress(io, m);
      const { desired, client, store } = run;
      const { report, log } = await runGraceful(
        io.interrupt,
        STOP_NOTICE,
        (stop) => runApply({
          plan,
          desired,
          client,
          ...run.previous ? { previous: run.previous } : {},
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
          stop,
          failureLog: { lines: LOG_TAIL_LINES }
        })
      );
      progress.done();
      await closeRun(run);
      if (json) {
        const { diags, ...rest } = report;
        const out = { ...rest, diagnostics: diags, ...log ? { jobmanagerLog: log } : {} };
        io.stdout(`${m(JSON.stringify(out, null, 2))}
`);
      } else {
        io.stdout(m(renderApplyReport(report)));
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
export {
  applyCommand,
  applyCommandWith
};
