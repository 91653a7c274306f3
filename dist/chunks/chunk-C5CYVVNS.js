import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  DEFAULT_TIMING,
  StoreSession,
  desiredRunState,
  isoMinute,
  observe,
  observeHealth,
  observeMetrics,
  pollOptions,
  resolvePendingSavepoint,
  runPlan,
  triggerSavepoint
} from "./chunk-PRJBMPDO.js";
import {
  parseDurationMs
} from "./chunk-G4HGQ3BL.js";
import {
  resolveSecretsInValue
} from "./chunk-3HCZXITG.js";
import {
  appendHistory,
  clearPending,
  lastRestorableSavepoint,
  markSavepointDisposed
} from "./chunk-3ZXNEUIL.js";
import {
  StateStoreError,
  lockState
} from "./chunk-47USSM6H.js";
import {
  LABEL_KEYS
} from "./chunk-KYWOACPM.js";
import {
  awaitDisposal,
  maskSecrets
} from "./chunk-TEJPEQFS.js";
import {
  error,
  hasErrors,
  sortDiagnostics,
  warning
} from "./chunk-OZ4GHFPU.js";

// src/engine/health-metrics.ts
function needsMetrics(h) {
  return h !== void 0 && (typeof h.maxBackpressure === "number" || h.maxBusy !== void 0 || h.maxWatermarkLag !== void 0 || h.maxConsumerLag !== void 0 || h.minRecordsInPerSecond !== void 0);
}
var pct = (x) => `${Math.round(x * 100)}%`;
function formatCount(x) {
  const a = Math.abs(x);
  if (a >= 1e9) return `${(x / 1e9).toFixed(1)}G`;
  if (a >= 1e6) return `${(x / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${(x / 1e3).toFixed(1)}k`;
  return a >= 100 || Number.isInteger(x) ? String(Math.round(x)) : x.toFixed(1);
}
function metricBreaches(h, j, uptimeMs, windowMs, ms, fmt) {
  const out = [];
  const m = j.metrics;
  if (typeof h.maxBackpressure === "number" && m?.backPressure && m.backPressure.value > h.maxBackpressure) {
    out.push({
      rule: "maxBackpressure",
      summary: `back-pressured ${pct(m.backPressure.value)} of the time at ${m.backPressure.vertex} (at most ${pct(h.maxBackpressure)})`,
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
}

// src/engine/health.ts
var DEFAULT_RESTART_WINDOW = "10min";
function durationMs(text) {
  return /^[0-9]+ ?(s|min|m|h|d)$/.test(text.trim()) ? parseDurationMs(text) : void 0;
}
function formatDuration(ms) {
  const s = Math.round(ms / 1e3);
  if (s < 120) return `${s}s`;
  const m = Math.round(s / 60);
  if (m < 120) return `${m}min`;
  const h = Math.floor(m / 60);
  return h < 48 ? `${h}h${m % 60 ? `${m % 60}min` : ""}` : `${Math.floor(h / 24)}d`;
}
var LEVEL_ORDER = { ok: 0, low: 1, high: 2 };
function newest(live, job) {
  let best;
  for (const j of live.jobs) if (j.job === job && (!best || j.startTime > best.startTime)) best = j;
  return best;
}
function breachesOf(job, j, desired, t) {
  const h = job.settings.health ?? {};
  const out = [];
  if (desired !== "running") return out;
  if (h.notRunning !== false && j?.state !== "RUNNING") {
    out.push({
      rule: "notRunning",
      summary: j ? `${j.state} on the cluster while it should be running` : "not on the cluster while it should be running",
      detail: j ? `Job ${j.jobId} is ${j.state}. See its exceptions in the Flink UI; flinkops plan shows the recovery apply would do.` : "Nothing runs under its name. flinkops plan shows the create, resume or recovery apply would do."
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
          detail: `The latest failure was at ${isoMinute(j.failureTimes[0])}. Read the root cause in the job's exceptions (Flink UI, Exceptions tab); a job in a restart loop makes no progress.` + (j.failureHistoryTruncated ? " The exceptions history was truncated: there may be more." : "")
        });
      }
    }
  }
  if (h.maxCheckpointAge !== void 0 && j.state === "RUNNING") {
    const max = durationMs(h.maxCheckpointAge);
    const since = j.lastCheckpointTime ?? j.startTime;
    if (max !== void 0 && t - since > max) {
      out.push({
        rule: "maxCheckpointAge",
        summary: j.lastCheckpointTime !== void 0 ? `last completed checkpoint is ${formatDuration(t - since)} old (at most ${h.maxCheckpointAge})` : `no completed checkpoint in the ${formatDuration(t - since)} since it started (at most ${h.maxCheckpointAge})`,
        detail: "Checkpoints are failing or not enabled. Check execution.checkpointing.interval in its config and the checkpoint history in the Flink UI; a recovery would replay everything since the last one."
      });
    }
  }
  const level = typeof h.maxBackpressure === "string" ? h.maxBackpressure : void 0;
  if (level !== void 0 && j.backpressure) {
    const above = j.backpressure.filter((b) => LEVEL_ORDER[b.level] > LEVEL_ORDER[level]);
    if (above.length) {
      out.push({
        rule: "maxBackpressure",
        summary: `back-pressure ${above.map((b) => `${b.level} at ${b.vertex}`).join(", ")} (at most ${level})`,
        detail: "A downstream operator or sink cannot keep up. Rescale the job (parallelism), or look at the slowest operator after the back-pressured one in the Flink UI."
      });
    }
  }
  if (j.state === "RUNNING") {
    const windowMs = durationMs(h.window ?? DEFAULT_RESTART_WINDOW) ?? 0;
    out.push(...metricBreaches(h, j, t - j.startTime, windowMs, durationMs, formatDuration));
  }
  return out;
}
function evaluateHealth(desired, live, now) {
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new Error(`evaluateHealth: "${now}" is not an ISO-8601 time`);
  const jobs = [...desired.jobs].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((job) => {
    const j = newest(live, job.name);
    const want = desiredRunState(job, now).state;
    const breaches = breachesOf(job, j, want, t);
    return {
      job: job.name,
      healthy: breaches.length === 0,
      desired: want,
      ...j ? { state: j.state, jobId: j.jobId } : {},
      breaches
    };
  });
  return {
    project: desired.project,
    env: desired.env,
    now,
    healthy: jobs.every((j) => j.healthy),
    jobs
  };
}
async function runHealth(opts) {
  const run = await runPlan(opts);
  if (!run.desired || !run.live || !run.client || hasErrors(run.diags)) return run;
  opts.onProgress?.("reading health data");
  const backpressureFor = new Set(
    run.desired.jobs.filter((j) => typeof j.settings.health?.maxBackpressure === "string").map((j) => j.name)
  );
  const concurrency = opts.concurrency ? { concurrency: opts.concurrency } : {};
  const observed = await observeHealth(run.client, run.live, { backpressureFor, ...concurrency });
  const metricsFor = opts.metrics ? void 0 : new Set(run.desired.jobs.filter((j) => needsMetrics(j.settings.health)).map((j) => j.name));
  const metrics = metricsFor && metricsFor.size === 0 ? { value: observed.value, diags: [] } : await observeMetrics(run.client, observed.value, {
    now: Date.parse(opts.now),
    ...metricsFor ? { jobs: metricsFor } : {},
    ...concurrency
  });
  const diags = sortDiagnostics([...run.diags, ...observed.diags, ...metrics.diags]);
  return {
    ...run,
    live: metrics.value,
    diags,
    report: evaluateHealth(run.desired, metrics.value, opts.now)
  };
}

// src/engine/alert-payloads.ts
import { createHmac } from "node:crypto";
function title(m) {
  return m.status === "firing" ? `flinkops: ${m.job} breaches ${m.rule} in ${m.project}/${m.env}` : `flinkops: ${m.job} passes ${m.rule} again in ${m.project}/${m.env}`;
}
function lines(m) {
  return m.status === "firing" ? [m.summary, ...m.detail ? [m.detail] : [], `Checked at ${m.time}.`] : [`Resolved at ${m.time}${m.since ? ` (breaching since ${m.since})` : ""}: ${m.summary}`];
}
function dingtalkSign(secret, timestampMs) {
  return createHmac("sha256", secret).update(`${timestampMs}
${secret}`).digest("base64");
}
function feishuSign(secret, timestampS) {
  return createHmac("sha256", `${timestampS}
${secret}`).update("").digest("base64");
}
function withQuery(url, params) {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}
function alertRequest(type, channel, m, nowMs) {
  const head = title(m);
  const text = lines(m);
  switch (type) {
    case "slack":
      return {
        url: channel.url,
        body: JSON.stringify({
          text: `${m.status === "firing" ? ":rotating_light:" : ":white_check_mark:"} ${head}`,
          blocks: [
            { type: "header", text: { type: "plain_text", text: head.slice(0, 150) } },
            { type: "section", text: { type: "mrkdwn", text: text.join("\n") } }
          ]
        })
      };
    case "dingtalk": {
      const url = channel.secret ? withQuery(channel.url, { timestamp: String(nowMs), sign: dingtalkSign(channel.secret, nowMs) }) : channel.url;
      return {
        url,
        body: JSON.stringify({
          msgtype: "markdown",
          markdown: { title: head, text: [`### ${head}`, "", ...text].join("\n\n") }
        })
      };
    }
    case "feishu": {
      const ts = Math.floor(nowMs / 1e3);
      return {
        url: channel.url,
        body: JSON.stringify({
          ...channel.secret ? { timestamp: String(ts), sign: feishuSign(channel.secret, ts) } : {},
          msg_type: "text",
          content: { text: [head, ...text].join("\n") }
        })
      };
    }
    case "wecom":
      return {
        url: channel.url,
        body: JSON.stringify({
          msgtype: "markdown",
          markdown: { content: [`**${head}**`, ...text].join("\n") }
        })
      };
    case "webhook":
      return {
        url: channel.url,
        body: JSON.stringify({
          project: m.project,
          env: m.env,
          job: m.job,
          rule: m.rule,
          status: m.status,
          summary: m.summary,
          ...m.detail ? { detail: m.detail } : {},
          time: m.time,
          ...m.since ? { since: m.since } : {}
        })
      };
  }
}

// src/engine/alert-state.ts
function alertTransitions(report, before) {
  const messages = [];
  const open = {};
  const base = { project: report.project, env: report.env, time: report.now };
  const seen = /* @__PURE__ */ new Set();
  for (const job of report.jobs) {
    seen.add(job.job);
    const was = before[job.job] ?? {};
    const now = {};
    for (const b of job.breaches) {
      if (now[b.rule]) continue;
      now[b.rule] = was[b.rule] ?? report.now;
      if (!was[b.rule])
        messages.push({
          ...base,
          job: job.job,
          rule: b.rule,
          status: "firing",
          summary: b.summary,
          detail: b.detail
        });
    }
    for (const [rule, since] of Object.entries(was))
      if (!now[rule])
        messages.push({
          ...base,
          job: job.job,
          rule,
          status: "resolved",
          summary: `${job.job} passes ${rule} again`,
          since
        });
    if (Object.keys(now).length) open[job.job] = now;
  }
  for (const [job, rules] of Object.entries(before)) {
    if (seen.has(job)) continue;
    for (const [rule, since] of Object.entries(rules))
      messages.push({
        ...base,
        job,
        rule,
        status: "resolved",
        summary: `${job} is no longer in the repository, so ${rule} is not checked`,
        since
      });
  }
  return { messages, open };
}

// src/engine/alerts-run.ts
var TIMEOUT_MS = 1e4;
var fetchPostJson = async (url, body) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": "flinkops" },
    body,
    redirect: "error",
    signal: AbortSignal.timeout(TIMEOUT_MS)
  });
  await res.body?.cancel();
  return res.status;
};
var ALERT_CODES = {
  /** Warning: an alert could not be delivered to a channel. */
  alertNotDelivered: "FO661",
  /** Warning: the open alerts could not be recorded. */
  alertsNotRecorded: "FO662"
};
async function runAlerts(opts) {
  const diags = [];
  const secretValues = [];
  const resolve = (v) => {
    const r = resolveSecretsInValue(v, opts.secrets);
    diags.push(...r.diags);
    if (r.value !== v) secretValues.push(r.value);
    return r.value;
  };
  const channels = (opts.env.alerts ?? []).map((c) => ({
    type: c.type,
    url: resolve(c.url),
    ...c.secret ? { secret: resolve(c.secret) } : {}
  }));
  secretValues.push(...channels.map((c) => c.url));
  const before = opts.state.doc.alerts ?? {};
  const { messages, open } = alertTransitions(opts.report, before);
  const sent = [];
  for (const message of messages) {
    let delivered = 0;
    for (const [i, c] of channels.entries()) {
      const req = alertRequest(c.type, c, message, opts.nowMs);
      const where = `alert channel ${i + 1} (${c.type})`;
      try {
        const status = await opts.post(req.url, req.body);
        if (status >= 200 && status < 300) delivered++;
        else diags.push(notDelivered(where, message, `it answered HTTP ${status}`));
      } catch (e) {
        const why = e instanceof Error ? e.name === "TimeoutError" ? "timed out" : e.message : String(e);
        diags.push(notDelivered(where, message, maskSecrets(why, secretValues)));
      }
    }
    sent.push({ message, delivered, channels: channels.length });
  }
  if (messages.length > 0) {
    const doc = { ...opts.state.doc };
    if (Object.keys(open).length) doc.alerts = open;
    else delete doc.alerts;
    try {
      await opts.store.write(doc, opts.state.version, {
        message: `alerts: ${messages.map((m) => `${m.status} ${m.job} ${m.rule}`).join(", ")}`,
        secretValues
      });
    } catch (e) {
      diags.push(
        warning(
          ALERT_CODES.alertsNotRecorded,
          `the open alerts could not be recorded in the state store: ${maskSecrets(e instanceof Error ? e.message : String(e), secretValues)}`,
          "The next check sends these alerts again. Run it again once the store is writable (an apply may hold it)."
        )
      );
    }
  }
  return { sent, diags };
}
function notDelivered(where, m, why) {
  return warning(
    ALERT_CODES.alertNotDelivered,
    `the ${m.status} alert of ${m.job} (${m.rule}) did not reach ${where}: ${why}`,
    `Check the channel's URL and signing secret in environments.${m.env}.alerts of flinkops.yaml; the alert is not sent again unless the rule passes and breaches anew.`
  );
}

// src/engine/savepoints-model.ts
var SAVEPOINT_CODES = {
  /** A manual savepoint of a job that is not running, or not in the repository. */
  notRunning: "FO720",
  /** Disposing of a savepoint failed; it stays recorded as restorable. */
  disposalFailed: "FO721",
  /** An interrupted apply left an operation pending on the job: it is left alone. */
  pendingOperation: "FO722"
};
function savepointsFailed(report) {
  return report.jobs.some((j) => j.outcome === "failed") || hasErrors(report.diags);
}

// src/engine/savepoints-retention.ts
function newestSavepoint(record) {
  let best;
  for (const s of record?.savepoints ?? []) if (!best || Date.parse(s.time) > Date.parse(best.time)) best = s;
  return best;
}
function protectedSavepoints(record, pinned) {
  const out = /* @__PURE__ */ new Map();
  const add = (path, why) => {
    if (path && !out.has(path)) out.set(path, why);
  };
  add(pinned, "pinned with restoreFrom");
  add(record.lastStable?.restoredFrom, "the last stable version was started from it (rollback target)");
  add(record.current?.restoredFrom, "the running version was started from it");
  add(
    lastRestorableSavepoint(record)?.path,
    record.status === "suspended" ? "the suspended job resumes from it" : "the newest restore point"
  );
  return out;
}
function retention(record, keep, pinned) {
  const restorable = record.savepoints.filter((s) => !s.disposed);
  const excess = restorable.slice(0, Math.max(0, restorable.length - Math.max(1, keep)));
  const guard = protectedSavepoints(record, pinned);
  return {
    dispose: excess.filter((s) => !guard.has(s.path)),
    retained: excess.filter((s) => guard.has(s.path)).map((s) => ({ path: s.path, why: guard.get(s.path) }))
  };
}
function listSavepoints(job, record, now, sizes = /* @__PURE__ */ new Map()) {
  if (!record) return [];
  const t = Date.parse(now);
  const guard = protectedSavepoints(record, job?.settings.restoreFrom);
  return [...record.savepoints].sort((a, b) => Date.parse(b.time) - Date.parse(a.time)).map((s) => {
    const size = sizes.get(s.path);
    const why = s.disposed ? void 0 : guard.get(s.path);
    return {
      path: s.path,
      kind: s.kind,
      time: s.time,
      ageMs: t - Date.parse(s.time),
      jobId: s.jobId,
      specHash: s.specHash,
      matchesCurrentSpec: job !== void 0 && s.specHash === job.restartHash,
      disposed: s.disposed === true,
      ...why ? { protected: why } : {},
      ...size !== void 0 ? { sizeBytes: size } : {}
    };
  });
}

// src/engine/savepoints-dispose.ts
var GONE = /FileNotFoundException|Cannot find checkpoint or savepoint|does not exist/i;
async function dispose(s, job, keep, hooks) {
  const { ctx } = s;
  const record = ctx.store.record(job.name);
  if (!record) return { disposed: [], retained: [], diags: [] };
  const plan = retention(record, keep, job.settings.restoreFrom);
  const disposed = [];
  const diags = [];
  for (const sp of plan.dispose) {
    hooks?.onEvent?.({ type: "dispose-started", job: job.name, path: sp.path });
    const t = await ctx.client.disposeSavepoint(sp.path);
    const o = t.ok ? await awaitDisposal(
      ctx.client,
      t.value.triggerId,
      pollOptions(ctx, job.name, `disposal of ${sp.path}`, ctx.timing.savepointTimeoutMs)
    ) : void 0;
    const cause = !t.ok ? t.error.message : o?.state === "completed" ? void 0 : o?.state === "failed" ? o.cause.kind === "failed" ? o.cause.message : o.cause.kind === "error" ? o.cause.error.message : "the JobManager forgot the disposal" : `disposal did not finish within ${Math.round(ctx.timing.savepointTimeoutMs / 1e3)} s`;
    if (cause !== void 0 && !GONE.test(cause)) {
      diags.push(
        error(
          SAVEPOINT_CODES.disposalFailed,
          `disposing of savepoint ${sp.path} of job ${job.name} failed: ${s.mask(cause)}`,
          "It stays recorded as restorable; the next run tries again. Check that the JobManager can delete files in the savepoint directory."
        )
      );
      continue;
    }
    await ctx.store.update(
      `savepoints: disposed of a savepoint of ${job.name}`,
      (d) => appendHistory(markSavepointDisposed(d, job.name, sp.path), job.name, {
        time: new Date(ctx.clock.now()).toISOString(),
        action: "dispose",
        savepoint: sp.path,
        detail: cause === void 0 ? `beyond keep: ${keep}` : "already gone"
      })
    );
    disposed.push(sp.path);
  }
  return { disposed, retained: plan.retained, diags };
}

// src/engine/savepoints-session.ts
function runningManaged(live, job) {
  return live.jobs.find((j) => j.job === job && j.state === "RUNNING" && j.labels !== void 0);
}
function maskWith(values) {
  return (text) => maskSecrets(text, values);
}
async function withSession(opts, work) {
  const timing = { ...DEFAULT_TIMING, ...opts.timing };
  const { desired, client, store, clock } = opts;
  const locked = await lockState(store, opts.owner, timing, opts.clock);
  const lock = locked.value;
  if (!lock) return { jobs: [], diags: locked.diags };
  const diags = [...locked.diags];
  let session;
  try {
    const read = await store.read();
    const observed = opts.observe ? await opts.observe() : await observe(client, { project: desired.project, env: desired.env, clock });
    diags.push(...observed.diags);
    if (hasErrors(observed.diags)) return { jobs: [], diags };
    const secretValues = new Set(opts.secretValues ?? []);
    session = new StoreSession(
      store,
      read,
      lock,
      clock,
      timing.lockTtlMs,
      () => {
      },
      () => [...secretValues]
    );
    const ctx = {
      client,
      clock,
      signal: new AbortController().signal,
      store: session,
      timing,
      desired,
      secretValues,
      emit: (e) => {
        if (e.type === "poll-progress") opts.hooks?.onEvent?.(e);
      }
    };
    const r = await work({ ctx, live: observed.value, mask: maskWith([...secretValues]) });
    return { jobs: r.jobs, diags: [...diags, ...r.diags] };
  } finally {
    await store.unlock(session?.heldLock ?? lock).catch((e) => {
      if (!(e instanceof StateStoreError)) throw e;
      diags.push(...e.diagnostics);
    });
  }
}

// src/engine/savepoints-take.ts
async function take(s, job, live, kind, hooks) {
  const { ctx } = s;
  const record = ctx.store.record(job.name);
  const specHash = live.labels?.[LABEL_KEYS.specHash] ?? record?.current?.specHash ?? "unknown";
  const target = { job: job.name, jobId: live.jobId, specHash, kind };
  const pending = record?.pending;
  if (pending && !(pending.kind === "savepoint" && pending.jobId === live.jobId)) {
    const reason = `an interrupted ${pending.kind} (since ${pending.startedAt}) is pending; run flinkops apply to finish it first`;
    return {
      report: { outcome: "skipped", reason },
      diags: [error(SAVEPOINT_CODES.pendingOperation, `job ${job.name}: ${reason}`, "Run flinkops apply.")]
    };
  }
  if (pending) {
    const o2 = await resolvePendingSavepoint(ctx, { ...target, mode: "trigger" }, pending);
    if (o2?.ok) return { report: { outcome: "taken", savepoint: o2.path }, diags: [] };
    if (o2 && !o2.ok && o2.diag.code !== "FO703")
      return { report: { outcome: "failed", reason: o2.cause }, diags: [o2.diag] };
    await ctx.store.update(`savepoints: ${job.name}: lost trigger dropped`, (d) => clearPending(d, job.name));
  }
  hooks?.onEvent?.({ type: "savepoint-started", job: job.name, jobId: live.jobId });
  const o = await triggerSavepoint(ctx, target);
  if (!o.ok) return { report: { outcome: "failed", reason: o.cause }, diags: [o.diag] };
  hooks?.onEvent?.({ type: "savepoint-completed", job: job.name, path: o.path });
  return { report: { outcome: "taken", savepoint: o.path }, diags: [] };
}

// src/engine/savepoints-sizes.ts
async function savepointSizes(client, jobIds) {
  const out = /* @__PURE__ */ new Map();
  for (const id of new Set(jobIds)) {
    const r = await client.getCheckpoints(id);
    if (!r.ok) continue;
    for (const c of [...r.value.recentSavepoints ?? [], r.value.latestSavepoint]) {
      if (c?.externalPath && c.stateSize !== void 0) out.set(c.externalPath, c.stateSize);
    }
  }
  return out;
}

// src/engine/savepoints-run.ts
function dueSlack(everyMs) {
  return Math.min(everyMs / 10, 15 * 6e4);
}
async function runSavepoints(opts) {
  const now = opts.now ?? new Date(opts.clock.now()).toISOString();
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new Error(`runSavepoints: "${now}" is not an ISO-8601 time`);
  const only = opts.jobs ? new Set(opts.jobs) : void 0;
  const jobs = [...opts.desired.jobs].filter((j) => !only || only.has(j.name)).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const r = await withSession(opts, async (s) => {
    const reports = [];
    const diags = [];
    for (const job of jobs) {
      const policy = job.settings.savepoints;
      const report = { job: job.name, outcome: "no-policy", disposed: [], retained: [] };
      reports.push(report);
      if (!policy?.every && !policy?.keep) continue;
      const every = policy.every ? durationMs(policy.every) : void 0;
      const live = runningManaged(s.live, job.name);
      if (live) report.jobId = live.jobId;
      if (every !== void 0) {
        const newest2 = newestSavepoint(s.ctx.store.record(job.name));
        const due = newest2 ? Date.parse(newest2.time) + every - dueSlack(every) : t;
        if (!live) {
          report.outcome = "not-running";
          report.reason = "no running managed job on the cluster";
        } else if (due > t) {
          report.outcome = "not-due";
          report.reason = `newest savepoint is from ${newest2.time}`;
          report.nextDue = new Date(due).toISOString();
        } else {
          const took = await take(s, job, live, "periodic", opts.hooks);
          Object.assign(report, took.report);
          diags.push(...took.diags);
          if (report.outcome === "taken")
            report.nextDue = new Date(s.ctx.clock.now() + every - dueSlack(every)).toISOString();
        }
      } else report.reason = "no periodic savepoints (keep only)";
      if (policy.keep !== void 0 && report.outcome !== "failed") {
        const d = await dispose(s, job, policy.keep, opts.hooks);
        report.disposed = d.disposed;
        report.retained = d.retained;
        diags.push(...d.diags);
      }
    }
    return { jobs: reports, diags };
  });
  return { now, ...r };
}
async function takeManualSavepoint(opts) {
  const now = new Date(opts.clock.now()).toISOString();
  const job = opts.desired.jobs.find((j) => j.name === opts.job);
  if (!job) {
    const known = opts.desired.jobs.map((j) => j.name).join(", ") || "none";
    return {
      now,
      jobs: [],
      diags: [
        error(SAVEPOINT_CODES.notRunning, `no job '${opts.job}' in the repository`, `Known jobs: ${known}.`)
      ]
    };
  }
  const r = await withSession(opts, async (s) => {
    const report = { job: job.name, outcome: "not-running", disposed: [], retained: [] };
    const live = runningManaged(s.live, job.name);
    if (!live) {
      report.reason = "no running managed job on the cluster";
      return {
        jobs: [report],
        diags: [
          error(
            SAVEPOINT_CODES.notRunning,
            `job ${job.name} is not running on the cluster`,
            "A savepoint needs a running job. flinkops status shows its state; a suspended job already has its savepoint (flinkops savepoints list)."
          )
        ]
      };
    }
    report.jobId = live.jobId;
    const took = await take(s, job, live, "manual", opts.hooks);
    Object.assign(report, took.report);
    return { jobs: [report], diags: took.diags };
  });
  return { now, ...r };
}

export {
  pct,
  formatCount,
  formatDuration,
  runHealth,
  savepointsFailed,
  listSavepoints,
  savepointSizes,
  runSavepoints,
  takeManualSavepoint,
  fetchPostJson,
  runAlerts
};
