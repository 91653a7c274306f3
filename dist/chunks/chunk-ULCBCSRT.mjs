import {
  runPlan
} from "./chunk-NYINVQJU.mjs";
import {
  commandEnv
} from "./chunk-AR35OWNX.mjs";
import {
  clusterHelp,
  clusterOptions,
  clusterRun,
  currentCommit,
  progressPrinter
} from "./chunk-PKB6CGPH.mjs";
import {
  hasChanges,
  renderPlanJson,
  renderPlanTerminal,
  unknownTargets
} from "./chunk-QR2H2Z3D.mjs";
import {
  writeOutputFile
} from "./chunk-QWFMVJBJ.mjs";
import {
  mask,
  projectDir,
  reportDiagnostics,
  sourcesOf
} from "./chunk-ZDZLVAEW.mjs";
import {
  EXIT,
  UsageError,
  boolOpt,
  parseCommandArgs,
  stringOpt
} from "./chunk-WRKTZGKJ.mjs";
import {
  didYouMean
} from "./chunk-KJBHHIZS.mjs";
import {
  hasErrors
} from "./chunk-OZ4GHFPU.mjs";
import {
  isAbsolute,
  relative,
  resolve
} from "./chunk-KBTCQ2CM.mjs";

// src/cli/commands/plan.ts
var planOptions = {
  ...clusterOptions,
  out: { type: "string", short: "o" },
  offline: { type: "boolean" },
  "allow-delete": { type: "boolean" },
  "allow-version-upgrade": { type: "boolean" },
  "write-plans": { type: "boolean" },
  "detailed-exitcode": { type: "boolean" },
  now: { type: "string" },
  commit: { type: "string" },
  verbose: { type: "boolean", short: "v" },
  target: { type: "string", multiple: true }
};
var targetOpt = (function targetOpt(args) {
  const v = args.values.target;
  const jobs = (Array.isArray(v) ? v : typeof v === "string" ? [v] : []).flatMap((x) => x.split(",")).map((x) => x.trim()).filter(Boolean);
  return jobs.length > 0 ? { jobs: [...new Set(jobs)].sort() } : void 0;
});
var checkTargets = (function checkTargets(plan) {
  const unknown = unknownTargets(plan);
  if (unknown.length === 0) return;
  const jobs = [...plan.changes, ...plan.target?.omitted ?? []].map((c) => c.job);
  const hint = unknown.length === 1 ? didYouMean(unknown[0], jobs) : void 0;
  throw new UsageError(
    `--target names no job of ${plan.project}/${plan.env}: ${unknown.join(", ")}${hint ? `; did you mean ${hint}?` : ""}`
  );
});
var planInstant = (function planInstant(value) {
  if (value === void 0) return (/* @__PURE__ */ new Date()).toISOString();
  const t = Date.parse(value);
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim());
  if (Number.isNaN(t) || !zoned)
    throw new UsageError(
      `--now must be an ISO-8601 instant with a zone, such as 2026-01-05T08:00:00Z or 2026-01-05T09:00:00+01:00, got '${value}'`
    );
  return new Date(t).toISOString();
});
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
    "  --allow-version-upgrade  start planMode: script jobs on a new Flink version from their",
    "                         savepoint although their state verdict is unknown",
    "  --write-plans          write each planMode: compiled job's plan to plans/<env>/<job>.json",
    "                         (the exact bytes Flink executes), for review in the pull request",
    "  --now ISO-8601         plan as if run at that instant (schedules)",
    "  --commit SHA           commit recorded in labels (default: GITHUB_SHA or git HEAD)",
    "  --verbose              show the full SQL diff of every changed job",
    "  --target JOB           plan only this job (repeatable); the plan says what it leaves out",
    ...clusterHelp
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, planOptions);
    const dir = projectDir(args, io);
    const json = boolOpt(args, "json");
    const env = commandEnv(args, io, dir, json);
    if (env === void 0) return EXIT.error;
    const commit = currentCommit(args, io, dir);
    const target = targetOpt(args);
    const run = await runPlan({
      ...clusterRun(args, io, dir, env),
      offline: boolOpt(args, "offline"),
      explain: true,
      allowDelete: boolOpt(args, "allow-delete"),
      allowVersionUpgrade: boolOpt(args, "allow-version-upgrade"),
      writePlans: boolOpt(args, "write-plans"),
      checkpoints: "for-restarts",
      now: planInstant(stringOpt(args, "now")),
      ...commit ? { commit } : {},
      ...target ? { target } : {},
      onProgress: progressPrinter(io, json || !io.isTTY)
    });
    await run.client?.close();
    const plan = run.plan;
    if (plan && target) checkTargets(plan);
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
    if (out)
      writeOutputFile(
        "out",
        out,
        isAbsolute(out) ? out : resolve(io.cwd, out),
        renderPlanJson(plan),
        "plan.json"
      );
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
    words.push("--dir", rel.startsWith("..") || isAbsolute(rel) ? dir : rel);
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

export {
  planOptions,
  targetOpt,
  checkTargets,
  planInstant,
  planCommand,
  applyCommandLine
};
