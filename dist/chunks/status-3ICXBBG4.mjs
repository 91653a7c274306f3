import {
  fetchPostJson,
  runAlerts
} from "./chunk-25QZYVR5.mjs";
import {
  formatCount,
  formatDuration,
  pct,
  runHealth
} from "./chunk-RRZWH77J.mjs";
import {
  planInstant
} from "./chunk-ULCBCSRT.mjs";
import "./chunk-NYINVQJU.mjs";
import {
  commandEnv
} from "./chunk-AR35OWNX.mjs";
import "./chunk-XL7GATAW.mjs";
import {
  clusterHelp,
  clusterOptions,
  clusterRun,
  progressPrinter
} from "./chunk-PKB6CGPH.mjs";
import "./chunk-LAGNRTNX.mjs";
import "./chunk-BB5U23S3.mjs";
import "./chunk-WJXNKWET.mjs";
import "./chunk-VVEIRKYJ.mjs";
import {
  effectiveParallelism,
  formatBytes,
  renderOpenMetrics,
  runningBelow
} from "./chunk-QR2H2Z3D.mjs";
import "./chunk-ERPRARB7.mjs";
import {
  lastRestorableSavepoint
} from "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-ZT5MUDVQ.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-QWFMVJBJ.mjs";
import {
  mask,
  projectDir,
  reportDiagnostics
} from "./chunk-ZDZLVAEW.mjs";
import {
  EXIT,
  boolOpt,
  durationOpt,
  parseCommandArgs,
  stringOpt
} from "./chunk-WRKTZGKJ.mjs";
import {
  makeStyle
} from "./chunk-FFCTVS6D.mjs";
import "./chunk-VT7LOJPP.mjs";
import {
  formatAge
} from "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-VHWKSFST.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-OGGPNS23.mjs";
import "./chunk-SUDAMESV.mjs";
import "./chunk-SQMLTMUL.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import {
  hasErrors
} from "./chunk-OZ4GHFPU.mjs";
import "./chunk-KJ77VBUN.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

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
var formatMetricsTable = (function formatMetricsTable(rows, s) {
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
});

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
var formatHealth = (function formatHealth(report, s) {
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
      lines.push(`  ${s.red("\u2717")} ${b.rule}: ${b.summary}`, `    ${s.dim(b.detail)}`);
  }
  return `${lines.join("\n")}
`;
});
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
      await new Promise((resolve) => setTimeout(resolve, interval));
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
  const rows = statusRows(run.plan.changes, run.live, run.state.doc, Date.parse(instant));
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
    r.parallelism === void 0 ? "-" : r.runningParallelism === void 0 ? String(r.parallelism) : `${r.runningParallelism} of ${r.parallelism}`,
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
function statusRows(changes, observed, state, now) {
  return changes.map((c) => {
    const live = newestLive(observed, c.job);
    const record = state.jobs[c.job];
    const sp = record ? lastRestorableSavepoint(record) : void 0;
    const liveSp = live?.latestSavepoint;
    const newest = liveSp && (!sp || liveSp.time > Date.parse(sp.time)) ? { path: liveSp.path, time: liveSp.time } : sp ? { path: sp.path, time: Date.parse(sp.time) } : void 0;
    const cp = live?.lastCheckpoint;
    return {
      job: c.job,
      state: live?.state ?? record?.status.toUpperCase() ?? "NOT DEPLOYED",
      ...live ? {
        jobId: live.jobId,
        ...parallelismOf(live, record?.current),
        uptimeMs: now - live.startTime
      } : {},
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
}
function parallelismOf(live, current) {
  const parallelism = effectiveParallelism(live, current);
  const running = live.state === "RUNNING" ? runningBelow(live.vertices, parallelism) : void 0;
  return running === void 0 ? { parallelism } : { parallelism, runningParallelism: running };
}
function newestLive(live, job) {
  let best;
  for (const j of live.jobs) if (j.job === job && (!best || j.startTime > best.startTime)) best = j;
  return best;
}
export {
  formatHealth,
  statusCommand,
  statusOptions,
  statusRows
};
