import {
  listSavepoints,
  runSavepoints,
  savepointSizes,
  savepointsFailed
} from "./chunk-675R6XB3.mjs";
import {
  forceUnlock,
  forceUnlockHelp,
  forceUnlockOption
} from "./chunk-JE5XNAAC.mjs";
import {
  planInstant
} from "./chunk-ULCBCSRT.mjs";
import {
  runPlan
} from "./chunk-NYINVQJU.mjs";
import {
  environmentsOf
} from "./chunk-AR35OWNX.mjs";
import {
  clusterHelp,
  clusterOptions,
  clusterRun,
  jobSecretValues,
  owner,
  progressPrinter,
  secretSource
} from "./chunk-PKB6CGPH.mjs";
import {
  renderSavepointList
} from "./chunk-QR2H2Z3D.mjs";
import {
  systemClock
} from "./chunk-GSLRF5EB.mjs";
import {
  hostname
} from "./chunk-HDJSO2UV.mjs";
import {
  chooseEnv,
  mask,
  projectDir,
  reportDiagnostics
} from "./chunk-ZDZLVAEW.mjs";
import {
  EXIT,
  UsageError,
  boolOpt,
  commonOptions,
  parseCommandArgs,
  stringOpt
} from "./chunk-WRKTZGKJ.mjs";
import {
  didYouMean
} from "./chunk-KJBHHIZS.mjs";
import {
  hasErrors
} from "./chunk-OZ4GHFPU.mjs";

// src/cli/commands/savepoints.ts
var savepointsOptions = {
  ...clusterOptions,
  ...forceUnlockOption,
  now: { type: "string" }
};
var openCluster = (async function openCluster(args, io, ports, quiet, now) {
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
});
var reportMasked = (function reportMasked(io, dir, diags, secrets) {
  reportDiagnostics(
    io,
    dir,
    diags.map((d) => ({ ...d, summary: mask(d.summary, secrets), detail: mask(d.detail, secrets) }))
  );
});
var savepointProgress = (function savepointProgress(io, quiet) {
  if (quiet) return () => {
  };
  return (e) => {
    if (e.type === "savepoint-started") io.stderr(`${e.job}: taking a savepoint of job ${e.jobId}
`);
    else if (e.type === "dispose-started") io.stderr(`${e.job}: disposing of ${e.path}
`);
  };
});
var OUTCOME_TEXT = {
  taken: "taken",
  "not-due": "not due",
  "not-running": "not running",
  "no-policy": "no policy",
  skipped: "skipped",
  failed: "FAILED"
};
var renderSavepointsReport = (function renderSavepointsReport(report) {
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
      `  ${j.job.padEnd(width)}  ${(OUTCOME_TEXT[j.outcome] ?? j.outcome).padEnd(11)} ${facts.join(" \xB7 ")}`
    );
    for (const p of j.disposed) lines.push(`  ${"".padEnd(width)}  ${"disposed".padEnd(11)} ${p}`);
    for (const r of j.retained)
      lines.push(`  ${"".padEnd(width)}  ${"kept".padEnd(11)} ${r.path} (${r.why})`);
  }
  const count = (o) => report.jobs.filter((j) => j.outcome === o).length;
  const disposed = report.jobs.reduce((n, j) => n + j.disposed.length, 0);
  lines.push("", `${count("taken")} taken, ${disposed} disposed, ${count("failed")} failed.`, "");
  return lines.join("\n");
});
var runCommand = (async function runCommand(args, io, ports) {
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
    owner: { who: owner(io), command: "flinkops savepoints run", host: hostname() },
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
});
var listCommand = (async function listCommand(args, io, ports) {
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
});
var savepointsCommandWith = (function savepointsCommandWith(ports) {
  return {
    summary: "Periodic savepoints and retention (run), and a job savepoint history (list)",
    help: [
      "Usage: flinkops savepoints run [--env NAME] [--dir DIR] [--now ISO-8601] [--json]",
      "       flinkops savepoints list JOB [--env NAME] [--dir DIR] [--json]",
      "",
      "run: for every running job with `savepoints: {every, keep}` whose newest savepoint is older",
      "than `every`, takes a savepoint (recorded the moment it completes), then disposes of the",
      "oldest beyond `keep` \u2014 never the one a rollback, a resume or a pinned restoreFrom needs.",
      "Holds the state store lock. Running it again at the same time does nothing. Exit 1 on a failure.",
      "list: every savepoint recorded for JOB, newest first: time, age, kind, the spec it was taken",
      "from (current: restores the spec the repository compiles to now), size, disposed or not.",
      "  --now ISO-8601         measure `every` and ages at that instant (scheduled runs)",
      "  --json                 print the report (run) or the list (list) as JSON",
      `${forceUnlockHelp} (run)`,
      ...clusterHelp
    ].join("\n"),
    async run(argv, io) {
      const sub = parseCommandArgs(argv, savepointsOptions, Number.POSITIVE_INFINITY).positionals[0];
      const at = sub === void 0 ? -1 : subcommandIndex(argv, sub);
      const args = parseCommandArgs(
        at < 0 ? argv : [...argv.slice(0, at), ...argv.slice(at + 1)],
        savepointsOptions,
        Number.POSITIVE_INFINITY
      );
      if (sub === "run") return runCommand(args, io, ports);
      if (sub === "list") return listCommand(args, io, ports);
      const hint = sub === void 0 ? void 0 : didYouMean(sub, ["run", "list"]);
      throw new UsageError(
        sub === void 0 ? "savepoints needs a subcommand: run or list" : `unknown subcommand '${sub}'${hint ? `; did you mean '${hint}'?` : ""} (run, list)`
      );
    }
  };
});
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

export {
  savepointsOptions,
  openCluster,
  reportMasked,
  savepointProgress,
  renderSavepointsReport,
  savepointsCommandWith,
  savepointsCommand
};
