import {
  durationMs
} from "./chunk-LQVPOWIB.mjs";
import {
  DEFAULT_TIMING,
  clusterVersion,
  observe,
  pollOptions,
  resolvePendingSavepoint,
  startedWithoutState,
  triggerSavepoint,
  withLockedSession
} from "./chunk-TQUC6T4P.mjs";
import {
  appendHistory,
  clearPending,
  isRecordedRun,
  lastRestorableSavepoint,
  markSavepointDisposed,
  writtenByNewerMajor
} from "./chunk-W53C7WK3.mjs";
import {
  awaitDisposal,
  isLocallyTerminal
} from "./chunk-YM6LO4KA.mjs";
import {
  sameSavepointPath,
  savepointPathKey
} from "./chunk-E2AT4OEI.mjs";
import {
  isBatchJob
} from "./chunk-TUYVXCSN.mjs";
import {
  majorMinor
} from "./chunk-2J7UGB3X.mjs";
import {
  LABEL_KEYS,
  didYouMean
} from "./chunk-EKKRR5UX.mjs";
import {
  error,
  hasErrors,
  warning
} from "./chunk-FYVUM4PK.mjs";
import {
  maskSecrets
} from "./chunk-YFKP24ME.mjs";

// src/engine/savepoints-model.ts
var SAVEPOINT_CODES = {
  /** A manual savepoint of a job that is not running, or not in the repository. */
  notRunning: "FO720",
  /** Disposing of a savepoint failed; it stays recorded as restorable. */
  disposalFailed: "FO721",
  /** An interrupted apply left an operation pending on the job: it is left alone. */
  pendingOperation: "FO722",
  /** The run was asked to stop: the jobs after the one in flight were not looked at. */
  interrupted: "FO727",
  /** `savepoint JOB` was asked to stop before its savepoint was triggered: none was taken. */
  stoppedBeforeTrigger: "FO729"
};
var savepointsFailed = (function savepointsFailed(report) {
  return report.jobs.some((j) => j.outcome === "failed") || hasErrors(report.diags);
});

// src/engine/savepoints-retention.ts
var newestSavepoint = (function newestSavepoint(record) {
  const since = startedWithoutState(record) ?? Number.NEGATIVE_INFINITY;
  let best;
  for (const s of record?.savepoints ?? []) {
    if (Date.parse(s.time) < since) continue;
    if (!best || Date.parse(s.time) > Date.parse(best.time)) best = s;
  }
  return best;
});
var pinsOf = (function pinsOf(jobs) {
  const out = /* @__PURE__ */ new Map();
  for (const j of jobs) {
    const pin = j.settings.restoreFrom;
    if (pin && !out.has(savepointPathKey(pin))) out.set(savepointPathKey(pin), j.name);
  }
  return out;
});
var protectedSavepoints = (function protectedSavepoints(record, pinned, pins = /* @__PURE__ */ new Map(), cluster) {
  const out = /* @__PURE__ */ new Map();
  const add = (path, why) => {
    if (path && !out.has(savepointPathKey(path))) out.set(savepointPathKey(path), why);
  };
  const spent = pinned !== void 0 && (sameSavepointPath(pinned, record.current?.restoredFrom) || sameSavepointPath(pinned, pinOf(record.current?.settings)));
  if (!spent) add(pinned, "pinned with restoreFrom");
  for (const s of record.savepoints) {
    const by = pins.get(savepointPathKey(s.path));
    if (by !== void 0 && !sameSavepointPath(s.path, pinned))
      add(s.path, `job ${by} pins it with restoreFrom`);
  }
  add(record.lastStable?.restoredFrom, "the last stable version was started from it (rollback target)");
  add(record.current?.restoredFrom, "the running version was started from it");
  const newest = lastRestorableSavepoint(record);
  const here = lastRestorableSavepoint(record, cluster);
  const since = startedWithoutState(record);
  const resumes = record.status === "suspended" ? "the suspended job resumes from it" : since !== void 0 && here && Date.parse(here.time) < since ? "the newest savepoint of the version before the running one, which was started without state (restoreFrom can pin it)" : "the newest restore point";
  if (newest && newest !== here)
    add(
      newest.path,
      `the newest savepoint; Flink ${newest.flinkVersion} wrote it, so a cluster of that release restores it`
    );
  add(here?.path, newest !== here ? `${resumes} on Flink ${cluster}` : resumes);
  return out;
});
var retentionLimits = (function retentionLimits(policy, now) {
  const maxAge = policy?.maxAge === void 0 ? void 0 : durationMs(policy.maxAge);
  if (policy?.keep === void 0 && maxAge === void 0) return void 0;
  return {
    ...policy?.keep !== void 0 ? { keep: policy.keep } : {},
    ...maxAge !== void 0 ? { takenBefore: now - maxAge } : {}
  };
});
var retention = (function retention(record, limits, pinned, pins, cluster) {
  const restorable = record.savepoints.filter((s) => !s.disposed);
  const beyond = limits.keep === void 0 ? 0 : Math.max(0, restorable.length - Math.max(1, limits.keep));
  const old = (s) => limits.takenBefore !== void 0 && Date.parse(s.time) < limits.takenBefore;
  const excess = restorable.filter((s, i) => i < beyond || old(s));
  const guard = protectedSavepoints(record, pinned, pins, majorMinor(cluster));
  return {
    dispose: excess.filter((s) => !guard.has(savepointPathKey(s.path))),
    retained: excess.filter((s) => guard.has(savepointPathKey(s.path))).map((s) => ({ path: s.path, why: guard.get(savepointPathKey(s.path)) })),
    expired: new Set(restorable.filter((s, i) => i >= beyond && old(s)).map((s) => s.path))
  };
});
var listSavepoints = (function listSavepoints(job, record, now, sizes = /* @__PURE__ */ new Map(), pins, cluster) {
  if (!record) return [];
  const here = majorMinor(cluster);
  const t = Date.parse(now);
  const guard = protectedSavepoints(record, job?.settings.restoreFrom, pins, here);
  const adopted = adoptedJobIds(record);
  return [...record.savepoints].sort((a, b) => Date.parse(b.time) - Date.parse(a.time)).map((s) => {
    const size = s.disposed ? void 0 : sizes.get(s.path);
    const why = s.disposed ? void 0 : guard.get(savepointPathKey(s.path));
    return {
      path: s.path,
      kind: s.kind,
      time: s.time,
      ageMs: t - Date.parse(s.time),
      jobId: s.jobId,
      specHash: s.specHash,
      matchesCurrentSpec: job !== void 0 && s.specHash === job.restartHash && !adopted.has(s.jobId),
      ...adopted.has(s.jobId) ? { adopted: true } : {},
      disposed: s.disposed === true,
      ...why ? { protected: why } : {},
      ...size !== void 0 ? { sizeBytes: size } : {},
      ...s.flinkVersion !== void 0 ? { flinkVersion: s.flinkVersion } : {},
      ...here !== void 0 && writtenByNewerMajor(s, here) ? { unreadableOn: here } : {}
    };
  });
});
var startPoints = (function startPoints(record) {
  const out = [];
  const versions = [
    { v: record?.current, version: record?.status === "running" ? "running" : "last deployed" },
    { v: record?.lastStable, version: "last stable" }
  ];
  for (const { v, version } of versions) {
    if (!v?.restoredFrom || out.some((p) => p.jobId === v.jobId)) continue;
    out.push({
      version,
      jobId: v.jobId,
      deployedAt: v.deployedAt,
      path: v.restoredFrom,
      pinned: sameSavepointPath(pinOf(v.settings), v.restoredFrom),
      recorded: record.savepoints.some((s) => sameSavepointPath(s.path, v.restoredFrom))
    });
  }
  return out;
});
var pinOf = (function pinOf(settings) {
  const pin = settings?.restoreFrom;
  return typeof pin === "string" ? pin : void 0;
});
var adoptedJobIds = (function adoptedJobIds(record) {
  const ids = /* @__PURE__ */ new Set();
  for (const v of [record.current, record.lastStable]) if (v?.adopted) ids.add(v.jobId);
  for (const h of record.history) if (h.action === "adopt" && h.jobId) ids.add(h.jobId);
  return ids;
});

// src/engine/savepoints-sizes.ts
var savepointSizes = (async function savepointSizes(client, jobIds) {
  const out = /* @__PURE__ */ new Map();
  for (const id of new Set(jobIds)) {
    const r = await client.getCheckpoints(id);
    if (!r.ok) continue;
    for (const c of [...r.value.recentSavepoints ?? [], r.value.latestSavepoint]) {
      if (c?.externalPath && c.stateSize !== void 0) out.set(c.externalPath, c.stateSize);
    }
  }
  return out;
});

// src/engine/savepoints-dispose.ts
var GONE = /FileNotFoundException|Cannot find checkpoint or savepoint|does not exist/i;
var dispose = (async function dispose(s, job, limits, hooks, pins) {
  const { ctx } = s;
  const record = ctx.store.record(job.name);
  if (!record) return { disposed: [], failed: [], retained: [], diags: [] };
  const { flinkVersion } = await clusterVersion(ctx.client);
  const plan = retention(record, limits, job.settings.restoreFrom, pins, flinkVersion);
  const disposed = [];
  const failed = [];
  const diags = [];
  for (const sp of plan.dispose) {
    hooks?.onEvent?.({ type: "dispose-started", job: job.name, path: sp.path });
    const t = await ctx.client.disposeSavepoint(sp.path);
    const o = t.ok ? await awaitDisposal(ctx.client, t.value.triggerId, {
      ...pollOptions(ctx, job.name, `disposal of ${sp.path}`, ctx.timing.savepointTimeoutMs),
      unreachableMs: ctx.timing.unreachableMs
    }) : void 0;
    const cause = !t.ok ? t.error.message : o?.state === "completed" ? void 0 : o?.state === "failed" ? o.cause.kind === "failed" ? o.cause.message : o.cause.kind === "error" ? o.cause.error.message : o.cause.kind === "unreachable" ? `the JobManager has not answered for ${Math.round(o.cause.forMs / 1e3)} s (${o.cause.error.message})` : "the JobManager forgot the disposal" : `disposal did not finish within ${Math.round(ctx.timing.savepointTimeoutMs / 1e3)} s`;
    if (cause !== void 0 && !GONE.test(cause)) {
      diags.push(
        error(
          SAVEPOINT_CODES.disposalFailed,
          `disposing of savepoint ${sp.path} of job ${job.name} failed: ${s.mask(cause)}`,
          "It stays recorded as restorable; the next run tries again. Check that the JobManager can delete files in the savepoint directory."
        )
      );
      failed.push(sp.path);
      continue;
    }
    await ctx.store.update(
      job.name,
      `savepoints: disposed of a savepoint of ${job.name}`,
      (d) => appendHistory(markSavepointDisposed(d, job.name, sp.path), job.name, {
        time: new Date(ctx.clock.now()).toISOString(),
        action: "dispose",
        savepoint: sp.path,
        detail: cause !== void 0 ? "already gone" : plan.expired.has(sp.path) ? `older than maxAge: ${job.settings.savepoints?.maxAge}` : `beyond keep: ${limits.keep}`
      })
    );
    disposed.push(sp.path);
  }
  return { disposed, failed, retained: plan.retained, diags };
});

// src/engine/savepoints-session.ts
var runningManaged = (function runningManaged(live, job, record) {
  return live.jobs.find(
    (j) => j.job === job && j.state === "RUNNING" && (j.labels !== void 0 || isRecordedRun(record?.current, j))
  );
});
var maskWith = (function maskWith(values) {
  return (text) => maskSecrets(text, values);
});
var withSession = (async function withSession(opts, work) {
  const timing = { ...DEFAULT_TIMING, ...opts.timing };
  const { desired, client, store, clock } = opts;
  const none = (diags) => ({ jobs: [], diags });
  let waited = false;
  const onWait = (holder) => {
    if (!waited) opts.hooks?.onEvent?.({ type: "lock-wait", holder, timeoutMs: timing.lockTimeoutMs });
    waited = true;
  };
  const locking = {
    store,
    owner: opts.owner,
    clock,
    timing,
    onWait,
    ...opts.stop ? { stop: opts.stop } : {}
  };
  return withLockedSession(locking, none, async ({ session }) => {
    const observed = opts.observe ? await opts.observe() : await observe(client, { project: desired.project, env: desired.env, clock });
    if (hasErrors(observed.diags)) return none(observed.diags);
    const secretValues = new Set(opts.secretValues ?? []);
    const ctx = {
      client,
      clock,
      signal: new AbortController().signal,
      store: session(
        () => {
        },
        () => [...secretValues]
      ),
      timing,
      desired,
      secretValues,
      emit: (e) => {
        if (e.type === "poll-progress") opts.hooks?.onEvent?.(e);
      }
    };
    const r = await work({ ctx, live: observed.value, mask: maskWith([...secretValues]) });
    return { jobs: r.jobs, diags: [...observed.diags, ...r.diags] };
  });
});

// src/engine/savepoints-take.ts
var take = (async function take(s, job, live, kind, hooks) {
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
    await ctx.store.update(
      job.name,
      `savepoints: ${job.name}: lost trigger dropped`,
      (d) => clearPending(d, job.name)
    );
  }
  hooks?.onEvent?.({ type: "savepoint-started", job: job.name, jobId: live.jobId });
  const o = await triggerSavepoint(ctx, target);
  if (!o.ok) return { report: { outcome: "failed", reason: o.cause }, diags: [o.diag] };
  hooks?.onEvent?.({ type: "savepoint-completed", job: job.name, path: o.path });
  return { report: { outcome: "taken", savepoint: o.path }, diags: [] };
});

// src/engine/savepoints-run.ts
var BATCH_REASON = "a batch job: Flink takes no savepoints of a batch job";
var dueSlack = (function dueSlack(everyMs) {
  return Math.min(everyMs / 10, 15 * 6e4);
});
var hasPolicy = (function hasPolicy(policy) {
  return policy?.every !== void 0 || policy?.keep !== void 0 || policy?.maxAge !== void 0;
});
var runSavepoints = (async function runSavepoints(opts) {
  const now = opts.now ?? new Date(opts.clock.now()).toISOString();
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new Error(`runSavepoints: "${now}" is not an ISO-8601 time`);
  const only = opts.jobs ? new Set(opts.jobs) : void 0;
  const jobs = [...opts.desired.jobs].filter((j) => !only || only.has(j.name)).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const withPolicy = jobs.filter((j) => hasPolicy(j.settings.savepoints));
  if (withPolicy.length === 0)
    return {
      now,
      jobs: jobs.map((j) => ({ job: j.name, outcome: "no-policy", disposed: [], retained: [] })),
      diags: []
    };
  const pins = pinsOf(opts.desired.jobs);
  if (opts.lockOnlyWhenDue) {
    const idle = await idleReports(opts, jobs, t, pins);
    if (idle) return { now, jobs: idle, diags: [] };
  }
  const r = await withSession(opts, async (s) => {
    const reports = [];
    const diags = [];
    for (const [i, job] of jobs.entries()) {
      if (opts.stop?.aborted) {
        const left = jobs.slice(i).map((j) => j.name);
        diags.push(
          warning(
            SAVEPOINT_CODES.interrupted,
            `savepoints run stopped before ${left.length === 1 ? "job" : "jobs"} ${left.join(", ")}: it was asked to stop`,
            "Every savepoint taken was recorded, and the lock is released. Run flinkops savepoints run again for the rest: jobs not yet due are left alone."
          )
        );
        break;
      }
      const policy = job.settings.savepoints;
      const report = { job: job.name, outcome: "no-policy", disposed: [], retained: [] };
      reports.push(report);
      if (!hasPolicy(policy)) continue;
      const every = policy.every ? durationMs(policy.every) : void 0;
      const live = runningManaged(s.live, job.name, s.ctx.store.record(job.name));
      if (live) report.jobId = live.jobId;
      if (every !== void 0) {
        const newest = newestSavepoint(s.ctx.store.record(job.name));
        const due = newest ? Date.parse(newest.time) + every - dueSlack(every) : t;
        if (isBatchJob(job)) {
          report.outcome = "skipped";
          report.reason = BATCH_REASON;
        } else if (!live) {
          report.outcome = "not-running";
          report.reason = "no running managed job on the cluster";
        } else if (due > t) {
          report.outcome = "not-due";
          report.reason = `newest savepoint is from ${newest.time}`;
          report.nextDue = new Date(due).toISOString();
        } else {
          const took = await take(s, job, live, "periodic", opts.hooks);
          Object.assign(report, took.report);
          diags.push(...took.diags);
          if (report.outcome === "taken")
            report.nextDue = new Date(s.ctx.clock.now() + every - dueSlack(every)).toISOString();
        }
      } else {
        report.outcome = "keep-only";
        report.reason = "no periodic savepoints: retention only";
      }
      const limits = retentionLimits(policy, t);
      if (limits && report.outcome !== "failed") {
        const d = await dispose(s, job, limits, opts.hooks, pins);
        report.disposed = d.disposed;
        if (d.failed.length) report.disposalFailed = d.failed;
        report.retained = d.retained;
        diags.push(...d.diags);
      }
    }
    return { jobs: reports, diags };
  });
  return { now, ...r };
});
var idleReports = (async function idleReports(opts, jobs, t, pins) {
  let doc;
  try {
    doc = (await opts.store.read()).doc;
  } catch {
    return void 0;
  }
  const reports = [];
  for (const job of jobs) {
    const policy = job.settings.savepoints;
    const report = { job: job.name, outcome: "no-policy", disposed: [], retained: [] };
    reports.push(report);
    if (!hasPolicy(policy)) continue;
    const record = doc.jobs[job.name];
    const limits = retentionLimits(policy, t);
    if (limits && record && retention(record, limits, job.settings.restoreFrom, pins).dispose.length > 0)
      return void 0;
    if (!policy.every) {
      report.outcome = "keep-only";
      report.reason = "no periodic savepoints: retention only";
      continue;
    }
    if (isBatchJob(job)) {
      report.outcome = "skipped";
      report.reason = BATCH_REASON;
      continue;
    }
    const every = durationMs(policy.every);
    if (every === void 0) return void 0;
    const newest = newestSavepoint(record);
    if (!newest) return void 0;
    const due = Date.parse(newest.time) + every - dueSlack(every);
    if (!(due > t)) return void 0;
    report.outcome = "not-due";
    report.reason = `newest savepoint is from ${newest.time}`;
    report.nextDue = new Date(due).toISOString();
  }
  return reports;
});
var takeManualSavepoint = (async function takeManualSavepoint(opts) {
  const now = new Date(opts.clock.now()).toISOString();
  const job = opts.desired.jobs.find((j) => j.name === opts.job);
  if (!job) {
    const names = opts.desired.jobs.map((j) => j.name);
    const hint = didYouMean(opts.job, names);
    return {
      now,
      jobs: [],
      diags: [
        error(
          SAVEPOINT_CODES.notRunning,
          `no job '${opts.job}' in the repository`,
          `${hint ? `Did you mean '${hint}'? ` : ""}Known jobs: ${names.join(", ") || "none"}.`
        )
      ]
    };
  }
  if (isBatchJob(job))
    return {
      now,
      jobs: [{ job: job.name, outcome: "skipped", reason: BATCH_REASON, disposed: [], retained: [] }],
      diags: [
        error(
          SAVEPOINT_CODES.notRunning,
          `job ${job.name} is a batch job: Flink takes no savepoints of a batch job`,
          `A batch job reads bounded input and ends FINISHED by itself; it keeps no state between runs, and running it again (apply --replace ${job.name}) starts afresh.`
        )
      ]
    };
  const r = await withSession(opts, async (s) => {
    const report = { job: job.name, outcome: "not-running", disposed: [], retained: [] };
    const live = runningManaged(s.live, job.name, s.ctx.store.record(job.name));
    if (!live) {
      report.reason = "no running managed job on the cluster";
      const record = s.ctx.store.record(job.name);
      const resumesFrom = record?.status === "suspended" ? lastRestorableSavepoint(record) : void 0;
      const unmanaged = s.live.jobs.find((j) => j.job === job.name && j.state === "RUNNING");
      const other = s.live.jobs.find((j) => j.job === job.name && !isLocallyTerminal(j.state));
      return {
        jobs: [report],
        diags: [
          unmanaged ? error(
            SAVEPOINT_CODES.notRunning,
            `job ${job.name} runs on the cluster as ${unmanaged.jobId} (${unmanaged.name}), but flinkops does not manage it yet`,
            `It carries no flinkops labels and the state store does not know it (started by hand under the managed name?), so flinkops records no savepoint of it. flinkops apply adopts it without a restart (flinkops plan shows adopt); then flinkops savepoint ${job.name} takes its savepoints. To take one now without flinkops: POST /jobs/${unmanaged.jobId}/savepoints on the JobManager.`
          ) : resumesFrom ? error(
            SAVEPOINT_CODES.notRunning,
            `job ${job.name} is suspended: there is no running job to take a savepoint of`,
            `It was stopped with a savepoint and resumes from it: ${resumesFrom.path} (${resumesFrom.kind}, ${resumesFrom.time}; flinkops savepoints list ${job.name}).`
          ) : error(
            SAVEPOINT_CODES.notRunning,
            `job ${job.name} is not running on the cluster${other ? ` (${other.jobId} is ${other.state})` : ""}`,
            "A savepoint needs a running job. flinkops status shows its state; a suspended job already has its savepoint (flinkops savepoints list)."
          )
        ]
      };
    }
    report.jobId = live.jobId;
    if (opts.stop?.aborted) {
      report.outcome = "skipped";
      report.reason = "asked to stop before the savepoint was triggered";
      return {
        jobs: [report],
        diags: [
          warning(
            SAVEPOINT_CODES.stoppedBeforeTrigger,
            `no savepoint of job ${job.name} was taken: it was asked to stop before the savepoint was triggered`,
            `Nothing was changed, and the lock is released. Run flinkops savepoint ${job.name} again to take it.`
          )
        ]
      };
    }
    const took = await take(s, job, live, "manual", opts.hooks);
    Object.assign(report, took.report);
    return { jobs: [report], diags: took.diags };
  });
  return { now, ...r };
});

export {
  SAVEPOINT_CODES,
  savepointsFailed,
  pinsOf,
  listSavepoints,
  startPoints,
  savepointSizes,
  runSavepoints,
  takeManualSavepoint
};
