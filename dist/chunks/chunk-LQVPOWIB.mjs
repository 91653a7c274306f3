import {
  observeHealth,
  observeMetrics,
  runPlan
} from "./chunk-BRC3JFZ7.mjs";
import {
  desiredRunState,
  isCurrentInstance,
  isoMinute,
  knownSecretValues,
  slotShortage,
  waitingState
} from "./chunk-TQUC6T4P.mjs";
import {
  isTerminal,
  notUsable
} from "./chunk-YM6LO4KA.mjs";
import {
  isBatchJob
} from "./chunk-TUYVXCSN.mjs";
import {
  shownUrl
} from "./chunk-PG4X7Q6A.mjs";
import {
  parseDurationMs
} from "./chunk-H5WAOW7W.mjs";
import {
  sortDiagnostics,
  warning
} from "./chunk-FYVUM4PK.mjs";
import {
  maskSecrets
} from "./chunk-YFKP24ME.mjs";

// src/engine/health-metrics.ts
var METRIC_RULES = [
  "maxBusy",
  "maxWatermarkLag",
  "maxConsumerLag",
  "minRecordsInPerSecond",
  "maxCheckpointDuration"
];
var needsMetrics = (function needsMetrics(h) {
  return h !== void 0 && (typeof h.maxBackPressure === "number" || h.maxBusy !== void 0 || h.maxWatermarkLag !== void 0 || h.maxConsumerLag !== void 0 || h.minRecordsInPerSecond !== void 0);
});
var pct = ((x) => `${Math.round(x * 100)}%`);
var formatCount = (function formatCount(x) {
  const a = Math.abs(x);
  if (a >= 1e9) return `${(x / 1e9).toFixed(1)}G`;
  if (a >= 1e6) return `${(x / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${(x / 1e3).toFixed(1)}k`;
  return a >= 100 || Number.isInteger(x) ? String(Math.round(x)) : x.toFixed(1);
});
var metricBreaches = (function metricBreaches(h, j, uptimeMs, windowMs, ms, fmt, eventTime = false) {
  const out = [];
  const m = j.metrics;
  if (typeof h.maxBackPressure === "number" && m?.backPressure && m.backPressure.value > h.maxBackPressure) {
    out.push({
      rule: "maxBackPressure",
      summary: `back-pressured ${pct(m.backPressure.value)} of the time at ${m.backPressure.vertex} (at most ${pct(h.maxBackPressure)})`,
      detail: "An operator after it cannot keep up" + (m.busy ? ` (the busiest is ${m.busy.vertex}, busy ${pct(m.busy.value)})` : "") + ". Raise the parallelism of the job or of that operator, or make the sink faster."
    });
  }
  if (h.maxBusy !== void 0 && m?.busy && m.busy.value > h.maxBusy) {
    out.push({
      rule: "maxBusy",
      summary: `${m.busy.vertex} is busy ${pct(m.busy.value)} of the time (at most ${pct(h.maxBusy)})`,
      detail: "That operator is the bottleneck of the job: raise the parallelism, or look at what it computes."
    });
  }
  const wmMax = h.maxWatermarkLag !== void 0 ? ms(h.maxWatermarkLag) : void 0;
  if (wmMax !== void 0 && m?.watermarkLagMs !== void 0 && m.watermarkLagMs > wmMax) {
    out.push({
      rule: "maxWatermarkLag",
      summary: `the watermark is ${fmt(m.watermarkLagMs)} behind now (at most ${h.maxWatermarkLag})`,
      detail: "Event time does not advance: a source partition may be idle (set scan.watermark.idle-timeout or table.exec.source.idle-timeout) or the job reads old data slower than it arrives."
    });
  }
  if (wmMax !== void 0 && eventTime && m?.watermarkMissingAt !== void 0 && // No vertex has a watermark at all (a branch without event time in a statement set reports
  // none either, while the event-time branch does when it advances).
  m.watermarkLagMs === void 0 && uptimeMs > wmMax) {
    out.push({
      rule: "maxWatermarkLag",
      summary: `no watermark has reached ${m.watermarkMissingAt} since the job started ${fmt(uptimeMs)} ago (at most ${h.maxWatermarkLag})`,
      detail: "The job reads event time, but its watermark has not advanced at all, so its windows and timers never fire: a source subtask with no partition to read (the job's parallelism above the topic's partition count) or an idle partition holds it back. Set scan.watermark.idle-timeout on the source table (or table.exec.source.idle-timeout), or run the source at most at its partition count."
    });
  }
  if (h.maxConsumerLag !== void 0 && m?.consumerLag !== void 0 && m.consumerLag > h.maxConsumerLag) {
    out.push({
      rule: "maxConsumerLag",
      summary: `Kafka sources are ${formatCount(m.consumerLag)} records behind (at most ${formatCount(h.maxConsumerLag)})`,
      detail: "The job reads slower than the topic grows. Raise its parallelism (up to the partition count) or remove the back-pressure that slows its sources."
    });
  }
  if (h.minRecordsInPerSecond !== void 0 && m?.recordsInPerSecond !== void 0 && uptimeMs >= windowMs && m.recordsInPerSecond < h.minRecordsInPerSecond) {
    out.push({
      rule: "minRecordsInPerSecond",
      summary: `sources read ${formatCount(m.recordsInPerSecond)} records/s (at least ${formatCount(h.minRecordsInPerSecond)})`,
      detail: "Too little comes in: check that upstream still produces, that the job reads the right topic or table, and that no source is back-pressured."
    });
  }
  const cpMax = h.maxCheckpointDuration !== void 0 ? ms(h.maxCheckpointDuration) : void 0;
  const cp = j.lastCheckpoint?.durationMs;
  if (cpMax !== void 0 && cp !== void 0 && cp > cpMax) {
    out.push({
      rule: "maxCheckpointDuration",
      summary: `the last checkpoint took ${fmt(cp)} (at most ${h.maxCheckpointDuration})`,
      detail: "Slow checkpoints usually mean back-pressure delaying the barriers or large state: look at the checkpoint details in the Flink UI, consider unaligned checkpoints or incremental RocksDB state."
    });
  }
  return out;
});

// src/engine/health.ts
var JUDGED_WHILE_RUNNING = {
  notRunning: false,
  duplicate: false,
  maxRestarts: false,
  maxCheckpointAge: true,
  maxBackPressure: true,
  maxBusy: true,
  maxWatermarkLag: true,
  maxConsumerLag: true,
  minRecordsInPerSecond: true,
  maxCheckpointDuration: true
};
var RUNNING_RULES = Object.keys(JUDGED_WHILE_RUNNING).filter(
  (r) => JUDGED_WHILE_RUNNING[r]
);
var HEALTH_CODES = {
  /** Warning: the SQL Gateway does not answer (the jobs' health is read without it). */
  gatewayUnreachable: "FO663"
};
var DEFAULT_RESTART_WINDOW = "10min";
var durationMs = (function durationMs(text) {
  return /^[0-9]+ ?(s|min|m|h|d)$/.test(text.trim()) ? parseDurationMs(text) : void 0;
});
var formatDuration = (function formatDuration(ms) {
  const s = Math.round(ms / 1e3);
  if (s < 120) return `${s}s`;
  const m = Math.round(s / 60);
  if (m < 120) return `${m}min`;
  const h = Math.floor(m / 60);
  return h < 48 ? `${h}h${m % 60 ? `${m % 60}min` : ""}` : `${Math.floor(h / 24)}d`;
});
var LEVEL_ORDER = { ok: 0, low: 1, high: 2 };
var newest = (function newest(live, job) {
  let best;
  for (const j of live.jobs) if (j.job === job && isCurrentInstance(j, best)) best = j;
  return best;
});
var duplicateBreach = (function duplicateBreach(alive) {
  if (alive.length < 2) return [];
  return [
    {
      rule: "duplicate",
      summary: `runs ${alive.length} times on the cluster`,
      detail: `Instances: ${alive.map((x) => `${x.jobId} (${x.state})`).join(", ")}. A job running twice writes its sinks twice. Stop all but one (with a savepoint: POST /jobs/<job id>/stop on the JobManager REST API, or cancel it in the Flink UI); until then plans report FO610 and change nothing of the job.`
    }
  ];
});
var readsEventTime = (function readsEventTime(job) {
  const timed = /* @__PURE__ */ new Set();
  for (const s of job.statements) if (s.table?.watermark) timed.add(s.table.name.name);
  if (timed.size === 0) return false;
  return job.statements.some((s) => s.reads.some((r) => timed.has(r.name)));
});
var failureNote = (function failureNote(j) {
  return j.lastFailure ? `Its latest failure: ${j.lastFailure.replace(/\.$/, "")}. ` : "";
});
var breachesOf = (function breachesOf(job, j, desired, t, shortage) {
  const h = job.settings.health ?? {};
  const out = [];
  if (desired !== "running") return out;
  const state = j && shortage ? waitingState(j) : j?.state;
  if (h.notRunning !== false && state !== "RUNNING" && !finishedBatch(job, j)) {
    out.push({
      rule: "notRunning",
      summary: j ? `${state} on the cluster while it should be running` : "not on the cluster while it should be running",
      detail: !j ? "Nothing runs under its name. flinkops plan shows the create, resume or recovery apply would do." : isTerminal(j.state) ? `Job ${j.jobId} is ${j.state}. ${failureNote(j)}See its exceptions in the Flink UI; flinkops plan shows the recovery apply would do.` : shortage ? `Job ${j.jobId} is ${state}, waiting for task slots: ${shortage}. Start TaskManagers (or free slots): Flink runs it as soon as it has them, from its latest checkpoint, unless its wait for them runs out first (5 minutes by default), when Flink fails it (NoResourceAvailableException) and deletes its checkpoints unless execution.checkpointing.externalized-checkpoint-retention keeps them. Nothing in the repository needs to change.` : (
        // Not ended: Flink's restart strategy still has it, and a plan recovers only a job that ended.
        `Job ${j.jobId} is ${j.state}: Flink's restart strategy is still restarting it, so flinkops plan recovers nothing. ${failureNote(j)}See the root cause in the job's exceptions (Flink UI, Exceptions tab). A cause outside the job (a database, table or broker it uses down or gone) needs nothing applied: once it is fixed there, Flink's next restart resumes the job from its latest checkpoint. A password or token changed: the job keeps the value it was started with, and secret values are not part of a plan, so apply with --replace ${job.name} and the new value. A cause in the job: fix it in the repository, and the upgrade restarts it (a job that is not RUNNING takes no savepoint; the plan says how its state is kept).`
      )
    });
  }
  if (!j) return out;
  if (h.maxRestarts !== void 0 && j.failureTimes) {
    const window = h.window ?? DEFAULT_RESTART_WINDOW;
    const ms = durationMs(window);
    if (ms !== void 0) {
      const recent = j.failureTimes.filter((f) => f > t - ms && f <= t).length;
      if (recent > h.maxRestarts) {
        out.push({
          rule: "maxRestarts",
          summary: `restarted ${recent} times in the last ${window} (at most ${h.maxRestarts})`,
          detail: `The latest failure was at ${isoMinute(j.failureTimes[0])}. ${failureNote(j)}Read the root cause in the job's exceptions (Flink UI, Exceptions tab); a job in a restart loop makes no progress.` + (j.failureHistoryTruncated ? " The exceptions history was truncated: there may be more." : "")
        });
      }
    }
  }
  if (h.maxCheckpointAge !== void 0 && j.state === "RUNNING" && !j.batch && !isBatchJob(job)) {
    const max = durationMs(h.maxCheckpointAge);
    const since = j.lastCheckpointTime ?? j.startTime;
    if (max !== void 0 && t - since > max) {
      out.push({
        rule: "maxCheckpointAge",
        summary: j.lastCheckpointTime !== void 0 ? `last completed checkpoint is ${formatDuration(t - since)} old (at most ${h.maxCheckpointAge})` : `no completed checkpoint in the ${formatDuration(t - since)} since it started (at most ${h.maxCheckpointAge})`,
        detail: checkpointAgeDetail(j)
      });
    }
  }
  const level = typeof h.maxBackPressure === "string" ? h.maxBackPressure : void 0;
  if (level !== void 0 && j.backpressure && !restoring(j)) {
    const above = j.backpressure.filter((b) => LEVEL_ORDER[b.level] > LEVEL_ORDER[level]);
    if (above.length) {
      out.push({
        rule: "maxBackPressure",
        summary: `back-pressure ${above.map((b) => `${b.level} at ${b.vertex}`).join(", ")} (at most ${level})`,
        detail: "A downstream operator or sink cannot keep up. Rescale the job (parallelism), or look at the slowest operator after the back-pressured one in the Flink UI."
      });
    }
  }
  if (j.state === "RUNNING" && !restoring(j)) {
    const windowMs = durationMs(h.window ?? DEFAULT_RESTART_WINDOW) ?? 0;
    out.push(
      ...metricBreaches(
        h,
        j,
        t - (j.runningSince ?? j.startTime),
        windowMs,
        durationMs,
        formatDuration,
        readsEventTime(job)
      )
    );
  }
  return out;
});
var LOAD_RULES = ["maxBackPressure", ...METRIC_RULES];
var restoring = (function restoring(j) {
  return j?.state === "RUNNING" && j.vertices.some((v) => v.status === "INITIALIZING" || v.status === "DEPLOYING");
});
var checkpointAgeDetail = (function checkpointAgeDetail(j) {
  const replay = "a recovery would replay everything since the last completed one.";
  const since = j.lastCheckpointTime ?? j.startTime;
  const restarts = (j.failureTimes ?? []).filter((f2) => f2 > since).length;
  if (restarts > 0)
    return `The job failed ${restarts} time${restarts === 1 ? "" : "s"} since, and each restart aborts the checkpoint under way: fix what fails it first. ${failureNote(j)}Until it runs a whole checkpoint interval without failing, ${replay}`;
  const f = j.lastFailedCheckpoint;
  if (f && (j.lastCheckpoint === void 0 || f.id > j.lastCheckpoint.id))
    return `Checkpoints are failing: Flink's latest, ${f.id}, failed${f.message ? ` (${f.message.replace(/\.$/, "")})` : ""}, ${f.failedCount} failed in all. The JobManager log and the checkpoint history in the Flink UI say why (a checkpoint directory not writable, a timeout under back-pressure); ` + replay;
  return "Checkpoints are failing or not enabled. Check execution.checkpointing.interval in its config and the checkpoint history in the Flink UI; a recovery would replay everything since the last one.";
});
var finishedBatch = (function finishedBatch(job, j) {
  return j?.state === "FINISHED" && isBatchJob(job);
});
var evaluateHealth = (function evaluateHealth(desired, live, now) {
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new Error(`evaluateHealth: "${now}" is not an ISO-8601 time`);
  const alive = /* @__PURE__ */ new Map();
  for (const x of live.jobs) {
    if (isTerminal(x.state)) continue;
    const list = alive.get(x.job);
    if (list) list.push(x);
    else alive.set(x.job, [x]);
  }
  const jobs = [...desired.jobs].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((job) => {
    const j = newest(live, job.name);
    const want = desiredRunState(job, now).state;
    const shortage = j ? slotShortage(live, j) : void 0;
    const copies = alive.get(job.name) ?? [];
    const breaches = [...duplicateBreach(copies), ...breachesOf(job, j, want, t, shortage)];
    for (const other of copies.length > 1 ? copies.filter((x) => x !== j) : []) {
      for (const b of breachesOf(job, other, want, t, slotShortage(live, other)))
        if (!breaches.some((x) => x.rule === b.rule))
          breaches.push({ ...b, detail: `Its copy ${other.jobId} (${other.state}): ${b.detail}` });
    }
    const down = want === "running" && (j?.state !== "RUNNING" || shortage !== void 0) && !finishedBatch(job, j);
    const looping = !down && breaches.some((b) => b.rule === "maxRestarts");
    const unchecked = (down ? [...RUNNING_RULES] : [...looping ? ["notRunning"] : [], ...restoring(j) ? LOAD_RULES : []]).filter((rule) => !breaches.some((b) => b.rule === rule));
    return {
      job: job.name,
      healthy: breaches.length === 0,
      desired: want,
      ...j ? { state: j.state, jobId: j.jobId } : {},
      breaches,
      ...unchecked.length ? { unchecked } : {}
    };
  });
  return {
    project: desired.project,
    env: desired.env,
    now,
    healthy: jobs.every((j) => j.healthy),
    jobs
  };
});
var runHealth = (async function runHealth(opts) {
  const run = await runPlan({ ...opts, keepPrevious: true });
  try {
    return await healthOf(run, opts);
  } finally {
    if (!opts.keepPrevious) await run.previous?.client.close();
  }
});
var healthOf = (async function healthOf(run, opts) {
  const { previous, ...rest } = run;
  const done = opts.keepPrevious && previous ? run : rest;
  if (!run.desired || !run.live || !run.client || !run.plan) return done;
  opts.onProgress?.({ stage: "reading-health" });
  const backpressureFor = new Set(
    run.desired.jobs.filter((j) => typeof j.settings.health?.maxBackPressure === "string").map((j) => j.name)
  );
  const concurrency = opts.concurrency ? { concurrency: opts.concurrency } : {};
  const metricsFor = opts.metrics ? void 0 : new Set(run.desired.jobs.filter((j) => needsMetrics(j.settings.health)).map((j) => j.name));
  const read = async (client, live2) => {
    const observed = await observeHealth(client, live2, { backpressureFor, ...concurrency });
    const metrics = metricsFor && metricsFor.size === 0 ? { value: observed.value, diags: [] } : await observeMetrics(client, observed.value, {
      now: Date.parse(opts.now),
      ...metricsFor ? { jobs: metricsFor } : {},
      ...concurrency
    });
    return { live: metrics.value, diags: [...observed.diags, ...metrics.diags] };
  };
  const part = (left) => ({
    ...run.live,
    jobs: run.live.jobs.filter((j) => j.previousCluster === true === left)
  });
  const gateway = run.endpoints?.sqlGatewayUrl ? gatewayProblem(run.client, run.endpoints.sqlGatewayUrl) : void 0;
  const here = await read(run.client, previous ? part(false) : run.live);
  const there = previous ? await read(previous.client, part(true)) : void 0;
  const live = there ? { ...here.live, jobs: [...here.live.jobs, ...there.live.jobs] } : here.live;
  const down = await gateway;
  const diags = sortDiagnostics([
    ...run.diags,
    ...here.diags,
    ...there?.diags ?? [],
    ...down ? [down] : []
  ]);
  const secretValues = [
    .../* @__PURE__ */ new Set([
      ...run.secretValues,
      ...run.state ? knownSecretValues(run.desired, run.state.doc, opts.secrets) : []
    ])
  ];
  return {
    ...done,
    live,
    diags,
    secretValues,
    report: maskReport(evaluateHealth(run.desired, live, opts.now), secretValues)
  };
});
var maskReport = (function maskReport(report, secretValues) {
  if (secretValues.length === 0) return report;
  const mask = (text) => maskSecrets(text, secretValues);
  return {
    ...report,
    jobs: report.jobs.map((j) => ({
      ...j,
      breaches: j.breaches.map((b) => ({ ...b, summary: mask(b.summary), detail: mask(b.detail) }))
    }))
  };
});
var gatewayProblem = (async function gatewayProblem(client, url) {
  const g = await client.getInfo();
  if (g.ok) return void 0;
  const { answered, why } = notUsable(g.error);
  return warning(
    HEALTH_CODES.gatewayUnreachable,
    `the SQL Gateway at ${shownUrl(url)} ${why}`,
    `The jobs' health does not depend on it, but until it answers no job can be started: apply cannot create, resume, recover or upgrade one (FO725). Start the gateway, or check the environment's sqlGatewayUrl${answered ? ", its path and the auth a proxy in front of it asks for" : ""}.`
  );
});

export {
  pct,
  formatCount,
  durationMs,
  formatDuration,
  runHealth
};
