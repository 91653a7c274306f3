import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  executePlanStatement,
  observeEnvironment,
  readPlanFile
} from "./chunk-HRQXDGB5.js";
import {
  StateConflictError,
  StateStoreError,
  lockState
} from "./chunk-4IVEE6PM.js";
import {
  awaitSavepoint,
  describeTimeout,
  flinkDiagnostic,
  newTriggerId,
  ok,
  poll,
  redactDeep
} from "./chunk-NX5G5NT4.js";
import {
  appendHistory,
  clearPending,
  markStable,
  recordSavepoint,
  setCurrent,
  setPending,
  setStatus,
  updateJob
} from "./chunk-SWLVPJVJ.js";
import {
  changeMode,
  stopsByCancel
} from "./chunk-FFZOK2YK.js";
import {
  isLocallyTerminal,
  isTerminal
} from "./chunk-C2HVQKQ6.js";
import {
  deployedSettings
} from "./chunk-TSXH4IFU.js";
import {
  MASK
} from "./chunk-WFC65L2V.js";
import {
  resolveSecrets,
  resolveSecretsInValue
} from "./chunk-63NUMSHS.js";
import {
  analyzeScript,
  quoteString
} from "./chunk-UASY5ZQU.js";
import {
  LABEL_KEYS
} from "./chunk-Z6FPE7X5.js";
import {
  error,
  hasErrors,
  warning
} from "./chunk-OZ4GHFPU.js";

// src/apply/steps.ts
var ACTS_ON_LIVE_JOB = /* @__PURE__ */ new Set([
  "stop-with-savepoint",
  "stop-by-cancel",
  "record-savepoint",
  "read-checkpoint",
  "cancel"
]);
function startSteps(specHash, parallelism, restore, job) {
  return [
    {
      kind: "submit",
      specHash,
      parallelism,
      restore,
      allowNonRestoredState: job?.settings.allowNonRestoredState ?? false
    },
    { kind: "await-running" },
    { kind: "health-grace" },
    { kind: "record-stable" }
  ];
}
function stopSteps(change, jobId, savepointKind) {
  const state = change.liveState;
  return [
    state !== void 0 && stopsByCancel(change) ? { kind: "stop-by-cancel", jobId, savepointKind, state } : { kind: "stop-with-savepoint", jobId, savepointKind },
    { kind: "record-savepoint", savepointKind }
  ];
}
function restoreOf(change) {
  return change.restoreFrom ? { kind: "path", path: change.restoreFrom } : { kind: "none" };
}
function stepsFor(change, desired, pending = false) {
  const base = {
    job: change.job,
    pipelineName: change.pipelineName,
    action: change.action,
    change
  };
  if (change.refused) return { ...base, steps: [], rollback: false, refused: change.refused.summary };
  const pre = pending ? [{ kind: "resolve-pending" }] : [];
  const done = (steps, rollback2 = false) => ({
    ...base,
    steps: [...pre, ...steps],
    rollback: rollback2
  });
  const live = change.liveJobId && !(change.liveState && isTerminal(change.liveState)) ? change.liveJobId : void 0;
  const to = change.to ?? (desired ? { specHash: desired.restartHash, parallelism: desired.parallelism } : void 0);
  switch (change.action) {
    case "none":
      return done(live && change.liveState !== "SUSPENDED" ? [{ kind: "sync-record", jobId: live }] : []);
    case "create":
      return done(startSteps(change.to.specHash, change.to.parallelism, restoreOf(change), desired));
    case "upgrade": {
      const t = change.to;
      if (!live) return done(startSteps(t.specHash, t.parallelism, restoreOf(change), desired));
      const restartWithState = () => startSteps(
        t.specHash,
        t.parallelism,
        change.restoreFrom !== void 0 ? restoreOf(change) : { kind: "this-run" },
        desired
      );
      switch (change.strategy) {
        case "savepoint":
          return done([...stopSteps(change, live, "upgrade"), ...restartWithState()], true);
        case "last-state":
          return done(
            [
              { kind: "read-checkpoint", jobId: live },
              { kind: "cancel", jobId: live },
              ...restartWithState()
            ],
            true
          );
        case "stateless":
          return done(
            [
              { kind: "cancel", jobId: live },
              ...startSteps(t.specHash, t.parallelism, restoreOf(change), desired)
            ],
            true
          );
      }
      break;
    }
    case "rescale": {
      const t = change.to;
      if (!live) return done(startSteps(t.specHash, t.parallelism, restoreOf(change), desired));
      if (change.rescaleMode === "in-place") {
        return done([
          {
            kind: "put-resource-requirements",
            jobId: live,
            from: change.from?.parallelism ?? t.parallelism,
            parallelism: t.parallelism
          },
          { kind: "await-parallelism", jobId: live, parallelism: t.parallelism },
          { kind: "record-rescale", jobId: live, parallelism: t.parallelism }
        ]);
      }
      return done(
        [
          ...stopSteps(change, live, "rescale"),
          ...startSteps(t.specHash, t.parallelism, { kind: "this-run" }, desired)
        ],
        true
      );
    }
    case "suspend":
      return done([
        ...live ? stopSteps(change, live, "suspend") : [],
        { kind: "record-status", status: "suspended" }
      ]);
    case "resume":
    case "recover":
      return done(startSteps(change.to.specHash, change.to.parallelism, restoreOf(change), desired));
    case "delete":
      return done([
        ...live ? stopSteps(change, live, "delete") : [],
        { kind: "record-status", status: "deleted" }
      ]);
    case "adopt":
      if (!live) return done([]);
      return done([
        {
          kind: "adopt",
          jobId: live,
          parallelism: Math.max(1, change.from?.parallelism ?? to?.parallelism ?? 1),
          // Adopting takes the running job as the repo's version: later plans compare against
          // that, so adoption does not turn into a restart on the next apply.
          ...to ? { specHash: to.specHash } : change.from?.specHash ? { specHash: change.from.specHash } : {},
          ...desired ? { script: desired.script } : {}
        }
      ]);
  }
}
function toSteps(plan, desired, state) {
  const byName = new Map(desired.jobs.map((j) => [j.name, j]));
  return plan.changes.map((c) => stepsFor(c, byName.get(c.job), state?.jobs[c.job]?.pending !== void 0));
}

// src/apply/describe-steps.ts
function describeRestore(r) {
  switch (r.kind) {
    case "none":
      return "without state";
    case "this-run":
      return "restoring from the savepoint/checkpoint taken above";
    case "path":
      return `restoring from ${r.path}`;
  }
}
function describeStep(s) {
  switch (s.kind) {
    case "resolve-pending":
      return "find the outcome of the operation an earlier apply left unfinished";
    case "stop-with-savepoint":
      return `stop job ${s.jobId} with a savepoint (${s.savepointKind}); record its path at once`;
    case "stop-by-cancel":
      return `stop job ${s.jobId} by cancel: it is ${s.state} and Flink takes no savepoint of it; record its latest checkpoint first (${s.savepointKind})`;
    case "record-savepoint":
      return "note the savepoint in the state store";
    case "read-checkpoint":
      return `read the latest completed checkpoint of job ${s.jobId}`;
    case "cancel":
      return `cancel job ${s.jobId}`;
    case "submit":
      return `submit the script (spec ${s.specHash.slice(0, 12)}, parallelism ${s.parallelism}) ${describeRestore(s.restore)}${s.allowNonRestoredState ? ", allowing non-restored state" : ""}; record it as current`;
    case "await-running":
      return "wait until the new job is RUNNING";
    case "health-grace":
      return "watch it through the grace period (no restarts; a completed checkpoint if checkpointing is on)";
    case "record-stable":
      return "record it as the last stable version";
    case "put-resource-requirements":
      return `set the resource requirements of job ${s.jobId} to parallelism ${s.parallelism} (in place)`;
    case "await-parallelism":
      return `wait until every vertex of job ${s.jobId} runs at parallelism ${s.parallelism}`;
    case "record-rescale":
      return `record parallelism ${s.parallelism} in the state store`;
    case "record-status":
      return `record the job as ${s.status} (history kept)`;
    case "adopt":
      return `record job ${s.jobId} as managed in the state store (no restart)`;
    case "sync-record":
      return `bring the state store up to date with job ${s.jobId} if it lags`;
  }
}
function describeSteps(jobs) {
  const out = [];
  for (const j of jobs) {
    if (j.refused) {
      out.push(`${j.job}: ${j.action} refused (${j.refused}); nothing runs`);
      continue;
    }
    const real = j.steps.filter((s) => s.kind !== "sync-record");
    if (real.length === 0) continue;
    const mode = changeMode(j.change);
    const how = mode ? ` (${mode})` : "";
    const move = j.change.move;
    out.push(`${j.job}: ${j.action}${how}${move ? `, moving from ${move.from} to this environment's cluster` : ""}`);
    j.steps.forEach((s, i) => {
      const where = move && ACTS_ON_LIVE_JOB.has(s.kind) ? ` (on ${move.from})` : "";
      out.push(`  ${i + 1}. ${describeStep(s)}${where}`);
    });
    if (j.rollback)
      out.push(
        "  on failure: cancel the new job and restart the last stable version from the same savepoint"
      );
  }
  return out.length === 0 ? "No changes.\n" : `${out.join("\n")}
`;
}

// src/apply/report.ts
function applyFailed(report) {
  return report.interrupted === true || report.changes.some((c) => c.outcome === "failed" || c.outcome === "rolled-back") || report.diags.some((d) => d.severity === "error");
}

// src/apply/codes.ts
var APPLY_CODES = {
  /** The plan was computed against another store version or cluster state. */
  stalePlan: "FO701",
  /** The plan was made without looking at the cluster. */
  offlinePlan: "FO702",
  /** A savepoint (or stop-with-savepoint) failed. */
  savepointFailed: "FO703",
  /** A savepoint did not complete in time. */
  savepointTimeout: "FO704",
  /** The new job did not become healthy. */
  unhealthy: "FO705",
  /** Rolling back to the last stable version failed too. */
  rollbackFailed: "FO706",
  /** The script could not be submitted. */
  submitFailed: "FO707",
  /** The job the plan acts on could not be cancelled or is gone. */
  cancelFailed: "FO708",
  /** An in-place rescale failed. */
  rescaleFailed: "FO709",
  /** No completed checkpoint to carry state over (last-state upgrade, or a job that can take no savepoint). */
  noCheckpoint: "FO710",
  /** The plan and the desired state disagree (a job is missing). */
  planMismatch: "FO711",
  /** The job was rolled back: the apply failed, the previous version runs. */
  rolledBack: "FO712",
  /** A saved plan is for another project or environment. */
  planForOtherEnv: "FO713",
  /** The repository changed since a saved plan was made. */
  repositoryChanged: "FO714",
  /** The state lock could not be released after the run. */
  unlockFailed: "FO715",
  /** Warning: a job not RUNNING (crash-looping) could take no savepoint and was stopped by cancel. */
  stoppedByCancel: "FO716",
  /** Warning: the run was asked to stop (Ctrl-C, CI cancel) before a change finished. */
  interrupted: "FO717",
  /** planMode: compiled — the plan file is missing, unreadable or not the bytes the plan names. */
  compiledPlanMismatch: "FO718",
  /** Warning: renewing the state lock failed while the run waited; it is tried again. */
  lockRenewFailed: "FO723",
  /** Warning: a read the run could go on without (a job's state, its checkpoints) failed. */
  readFailed: "FO719"
};

// src/apply/context.ts
var DEFAULT_TIMING = {
  graceMs: 3e4,
  startTimeoutMs: 3e5,
  savepointTimeoutMs: 6e5,
  cancelTimeoutMs: 12e4,
  checkpointWaitMs: 6e5,
  rescaleTimeoutMs: 3e5,
  submitTimeoutMs: 3e5,
  lockTtlMs: 9e5,
  lockTimeoutMs: 0,
  pollInitialMs: 200,
  pollMaxMs: 5e3,
  pollFactor: 1.25
};
var StoreSession = class {
  constructor(store, current, lock, clock, ttlMs, guard2, secretValues) {
    this.store = store;
    this.current = current;
    this.lock = lock;
    this.clock = clock;
    this.ttlMs = ttlMs;
    this.guard = guard2;
    this.secretValues = secretValues;
    this.renewedAt = clock.now();
  }
  store;
  current;
  lock;
  clock;
  ttlMs;
  guard;
  secretValues;
  chain = Promise.resolve();
  renewedAt;
  queue = [];
  /** What the session noticed and could live with (a lock renewal that failed): warnings for the report. */
  warnings = [];
  get doc() {
    return this.current.doc;
  }
  get version() {
    return this.current.version;
  }
  get heldLock() {
    return this.lock;
  }
  record(job) {
    return this.current.doc.jobs[job];
  }
  serial(fn) {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => {
    });
    return next;
  }
  /** Applies `edit` and writes it; a no-op edit writes nothing. */
  update(message, edit) {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, edit, done: (e) => e === void 0 ? resolve() : reject(e) });
      if (this.queue.length === 1) void this.serial(() => this.flush());
    });
  }
  /** Writes every queued edit in one compare-and-swap. */
  async flush() {
    const batch = this.queue;
    this.queue = [];
    const live = [];
    for (const q of batch) {
      try {
        this.guard();
        live.push(q);
      } catch (e) {
        q.done(e);
      }
    }
    if (live.length === 0) return;
    try {
      await this.renewNow(false);
      const apply = (doc) => live.reduce((d, q) => q.edit(d), doc);
      const next = apply(this.current.doc);
      if (next !== this.current.doc) {
        const meta = { message: live.map((q) => q.message).join("; "), secretValues: this.secretValues() };
        try {
          const { version } = await this.store.write(next, this.current.version, meta);
          this.current = { doc: next, version };
        } catch (e) {
          if (!(e instanceof StateConflictError)) throw e;
          const fresh = await this.store.read();
          const again = apply(fresh.doc);
          const { version } = await this.store.write(again, fresh.version, meta);
          this.current = { doc: again, version };
        }
      }
      for (const q of live) q.done();
    } catch (e) {
      for (const q of live) q.done(e);
    }
  }
  /** Renews the lock once a third of its time-to-live has passed. */
  renewIfDue() {
    return this.serial(() => this.renewNow(false));
  }
  /**
   * Renews in the background (while a poll waits): a failure is kept as a warning, once per
   * cause, and the renewal is tried again at the next poll, then before the next write (which
   * fails if the lock is really lost).
   */
  renewInBackground() {
    void this.renewIfDue().catch((e) => {
      const cause = e instanceof Error ? e.message : String(e);
      if (this.warnings.some((w) => w.code === APPLY_CODES.lockRenewFailed && w.summary.endsWith(cause)))
        return;
      this.warnings.push(
        warning(
          APPLY_CODES.lockRenewFailed,
          `renewing the state lock failed: ${cause}`,
          `The run goes on and tries again at the next poll; a write fails if the lock was really lost (another run took it over). Check the state store (${this.store.location}).`
        )
      );
    });
  }
  async renewNow(force) {
    if (!force && this.clock.now() - this.renewedAt < this.ttlMs / 3) return;
    this.lock = await this.store.renew(this.lock, this.ttlMs);
    this.renewedAt = this.clock.now();
  }
  async release() {
    await this.chain;
    await this.store.unlock(this.lock);
  }
};
function createEmitter(hooks, abort) {
  return (e) => {
    if (abort.signal.aborted) throw abort.signal.reason;
    try {
      hooks?.onEvent?.(e);
    } catch (err) {
      abort.abort(err);
      throw err;
    }
  };
}
function guard(signal) {
  if (signal.aborted) throw signal.reason;
}
function mask(ctx, text) {
  const values = [...ctx.secretValues].flatMap((v) => [v, v.replaceAll("'", "''")]);
  return redactDeep(
    text,
    values.filter((v) => v.length > 0 && v !== MASK)
  );
}
function pollOptions(ctx, job, what, timeoutMs) {
  return {
    clock: ctx.clock,
    timeoutMs,
    signal: ctx.signal,
    initialDelayMs: ctx.timing.pollInitialMs,
    maxDelayMs: ctx.timing.pollMaxMs,
    factor: ctx.timing.pollFactor,
    onProgress: (p) => {
      ctx.emit({
        type: "poll-progress",
        job,
        what,
        attempt: p.attempt,
        elapsedMs: p.elapsedMs,
        ...p.progress !== void 0 ? { progress: p.progress } : {}
      });
      ctx.store.renewInBackground();
    }
  };
}
function iso(clock) {
  return new Date(clock.now()).toISOString();
}

// src/apply/job-run.ts
var OK = { ok: true };
function newJobRun(steps, change, desired) {
  return {
    steps,
    change,
    ...desired ? { desired } : {},
    oldStopped: false,
    touched: false,
    report: { job: change.job, action: change.action, outcome: "applied" },
    diags: []
  };
}

// src/apply/locked-session.ts
function releaseDiagnostics(e) {
  return e instanceof StateStoreError ? e.diagnostics : [
    error(
      APPLY_CODES.unlockFailed,
      `releasing the state lock failed: ${e instanceof Error ? e.message : String(e)}`,
      "Release it with --force-unlock."
    )
  ];
}
async function withLockedSession(opts, empty, work) {
  const { store, clock, timing } = opts;
  const locked = await lockState(store, opts.owner, timing, clock);
  const lock = locked.value;
  if (!lock) return empty(locked.diags);
  let session;
  let result;
  const released = [];
  try {
    const read = await store.read();
    result = await work({
      read,
      session: (guard2, secretValues) => {
        session = new StoreSession(store, read, lock, clock, timing.lockTtlMs, guard2, secretValues);
        return session;
      }
    });
  } finally {
    try {
      if (session) await session.release();
      else await store.unlock(lock);
    } catch (e) {
      released.push(...releaseDiagnostics(e));
    }
  }
  return { ...result, diags: [...locked.diags, ...result.diags, ...session?.warnings ?? [], ...released] };
}

// src/apply/health.ts
function stoppable(ctx) {
  return AbortSignal.any([ctx.signal, ctx.stop]);
}
function interrupted(ctx, jobId, what) {
  return ctx.stop.aborted ? {
    ok: false,
    cause: `the run was interrupted before ${what} of job ${jobId} finished`,
    interrupted: true
  } : void 0;
}
async function recordedCause(ctx, jobId) {
  const r = await ctx.client.getExceptions(jobId, 10);
  return r.ok ? r.value.rootCause?.message ?? r.value.history[0]?.message : void 0;
}
async function rootCause(ctx, jobId) {
  const recorded = await recordedCause(ctx, jobId);
  if (recorded) return recorded;
  const f = await ctx.client.getFailureCause?.(jobId);
  return f?.ok ? f.value?.message : void 0;
}
async function awaitRunning(ctx, job, jobId) {
  const o = await poll(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) {
        return r.error.status === 404 ? { state: "failed", cause: `job ${jobId} is not known to the cluster` } : { state: "pending", progress: r.error.message };
      }
      const s = r.value.state;
      const pendingVertex = r.value.vertices.find(
        (v) => v.status !== void 0 && v.status !== "RUNNING" && v.status !== "FINISHED"
      );
      if (s === "RUNNING" && !pendingVertex)
        return { state: "completed", value: r.value.timestamps.RUNNING ?? ctx.clock.now() };
      if (isLocallyTerminal(s) || s === "FAILING") {
        const cause = await rootCause(ctx, jobId);
        return { state: "failed", cause: `job ${jobId} is ${s}${cause ? `: ${cause}` : ""}` };
      }
      const failure2 = await recordedCause(ctx, jobId);
      if (failure2) return { state: "failed", cause: `job ${jobId} is restarting (${s}): ${failure2}` };
      if (s === "RESTARTING") {
        const cause = await rootCause(ctx, jobId);
        if (cause) return { state: "failed", cause: `job ${jobId} went RESTARTING: ${cause}` };
      }
      if (s === "RUNNING")
        return { state: "pending", progress: `${pendingVertex.name}: ${pendingVertex.status}` };
      return { state: "pending", progress: s };
    },
    {
      ...pollOptions(ctx, job, `job ${jobId} to start`, ctx.timing.startTimeoutMs),
      signal: stoppable(ctx),
      what: `start of job ${jobId}`
    }
  );
  guard(ctx.signal);
  if (o.state === "aborted") return interrupted(ctx, jobId, "the start") ?? { ok: false, cause: "aborted" };
  switch (o.state) {
    case "completed":
      return { ok: true, runningSince: o.value };
    case "failed":
      return { ok: false, cause: o.cause };
    default:
      return { ok: false, cause: describeTimeout(o) };
  }
}
function checkpointingOn(config) {
  const v = config["execution.checkpointing.interval"]?.trim();
  return v !== void 0 && v !== "" && !/^(0|-1)(\s*[a-z]*)?$/i.test(v);
}
async function checkpointing(ctx, jobId, config) {
  if (checkpointingOn(config)) return true;
  const r = await ctx.client.getCheckpointConfig?.(jobId);
  return r?.ok === true && r.value.intervalMs !== void 0;
}
async function healthGrace(ctx, job, jobId, since, config) {
  const needCheckpoint = await checkpointing(ctx, jobId, config) && ctx.timing.checkpointWaitMs > 0;
  const graceEnd = ctx.clock.now() + ctx.timing.graceMs;
  const budget = Math.max(0, graceEnd - ctx.clock.now()) + (needCheckpoint ? ctx.timing.checkpointWaitMs : 0);
  const o = await poll(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) return { state: "pending", progress: r.error.message };
      if (r.value.state !== "RUNNING") {
        const cause = await rootCause(ctx, jobId);
        return { state: "failed", cause: `job ${jobId} went ${r.value.state}${cause ? `: ${cause}` : ""}` };
      }
      const ex = await ctx.client.getExceptions(jobId, 10);
      if (ex.ok) {
        const fresh = ex.value.history.find((e) => (e.timestamp ?? Number.POSITIVE_INFINITY) >= since);
        if (fresh) return { state: "failed", cause: `job ${jobId} restarted: ${fresh.message}` };
      }
      if (ctx.clock.now() < graceEnd) return { state: "pending", progress: "grace period" };
      if (!needCheckpoint) return { state: "completed", value: true };
      const cp = await ctx.client.getCheckpoints(jobId);
      if (cp.ok && cp.value.counts.completed > 0) return { state: "completed", value: true };
      return { state: "pending", progress: "waiting for a completed checkpoint" };
    },
    {
      ...pollOptions(ctx, job, `health of job ${jobId}`, budget),
      signal: stoppable(ctx),
      what: `health check of job ${jobId}`
    }
  );
  guard(ctx.signal);
  if (o.state === "aborted")
    return interrupted(ctx, jobId, "the health check") ?? { ok: false, cause: "aborted" };
  switch (o.state) {
    case "completed":
      return { ok: true, runningSince: since };
    case "failed":
      return { ok: false, cause: o.cause };
    default:
      return {
        ok: false,
        cause: needCheckpoint ? `job ${jobId} completed no checkpoint within ${Math.round(budget / 1e3)} s` : describeTimeout(o)
      };
  }
}
async function awaitTerminal(ctx, job, jobId) {
  const o = await poll(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) return r.error.status === 404 ? { state: "completed", value: "gone" } : { state: "pending" };
      if (isLocallyTerminal(r.value.state)) return { state: "completed", value: r.value.state };
      return { state: "pending", progress: r.value.state };
    },
    {
      ...pollOptions(ctx, job, `job ${jobId} to stop`, ctx.timing.cancelTimeoutMs),
      what: `stop of job ${jobId}`
    }
  );
  guard(ctx.signal);
  return o.state === "completed" ? { ok: true } : { ok: false, cause: o.state === "failed" ? o.cause : describeTimeout(o) };
}
async function cancelAndWait(ctx, job, jobId) {
  guard(ctx.signal);
  const c = await ctx.client.cancelJob(jobId);
  if (!c.ok && c.error.status !== 404 && c.error.status !== 408) {
    if (c.error.kind === "http") return { ok: false, cause: c.error.message };
  }
  const o = await poll(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) return r.error.status === 404 ? { state: "completed", value: "gone" } : { state: "pending" };
      if (isLocallyTerminal(r.value.state)) return { state: "completed", value: r.value.state };
      if (r.value.state !== "CANCELLING") {
        await ctx.client.cancelJob(jobId);
      }
      return { state: "pending", progress: r.value.state };
    },
    {
      ...pollOptions(ctx, job, `cancel of job ${jobId}`, ctx.timing.cancelTimeoutMs),
      what: `cancel of job ${jobId}`
    }
  );
  guard(ctx.signal);
  return o.state === "completed" ? { ok: true } : { ok: false, cause: o.state === "failed" ? o.cause : describeTimeout(o) };
}

// src/apply/submit.ts
var MAX_ATTEMPTS = 6;
var SETUP_ATTEMPTS = 8;
var SQL_REFUSED = /(Validation|SqlParse|SqlParser|SqlValidate|Table|Catalog|DatabaseNotExist|FunctionNotExist)Exception|already exists|does not exist|not found/i;
function transient(e) {
  if (e.kind === "network" || e.kind === "timeout" || e.mayHaveReachedServer) return true;
  if (e.kind !== "http" || (e.status ?? 0) < 500) return false;
  return ![e.message, ...e.causes].some((line) => SQL_REFUSED.test(line));
}
var SETUP_TRIES = 4;
var CREATE_TEMPORARY = /^\s*CREATE\s+TEMPORARY\s/i;
async function setUp(ctx, text, run) {
  let r = await run();
  for (let n = 1; n < SETUP_TRIES && !r.ok && transient(r.error); n++) {
    await ctx.clock.sleep(retryPause(n), ctx.signal);
    guard(ctx.signal);
    const again = await run();
    const made = !again.ok && CREATE_TEMPORARY.test(text) && /already exists/i.test(errorText(again.error));
    r = made ? ok(void 0) : again;
  }
  return r;
}
function errorText(e) {
  return [e.message, ...e.causes].join("\n");
}
function retryPause(n) {
  const step = Math.min(8e3, 500 * 2 ** (n - 1));
  return Math.round(step / 2 + Math.random() * (step / 2));
}
var SUBMITTING = /* @__PURE__ */ new Set(["insert", "statement_set", "execute", "create_table_as"]);
var CLAIM_MODE_KEYS = ["execution.savepoint-restore-mode", "execution.state-recovery.claim-mode"];
var RESTORE_KEYS = [
  "execution.savepoint.path",
  "execution.savepoint.ignore-unclaimed-state",
  "execution.state-recovery.path",
  "execution.state-recovery.ignore-unclaimed-state",
  ...CLAIM_MODE_KEYS
];
var LABELS_KEY = "pipeline.global-job-parameters";
function formatLabels(labels) {
  const quoted = (s, delimiter) => s.includes(delimiter) || s.includes("'") || s.includes('"') || s !== s.trim() || s === "" ? `'${s.replaceAll("'", "''")}'` : s;
  return Object.entries(labels).map(([k, v]) => quoted(`${quoted(k, ":")}:${quoted(v, ":")}`, ",")).join(",");
}
function parseMapOption(text) {
  let s = text.trim();
  if (s.startsWith("{") && s.endsWith("}")) s = s.slice(1, -1);
  const out = {};
  for (const entry of splitQuoted(s, ",")) {
    if (entry.trim() === "") continue;
    const parts = splitQuoted(entry, ":");
    if (parts.length < 2) continue;
    const key = unquote(parts[0]);
    out[key] = unquote(parts.slice(1).join(":"));
  }
  return out;
}
function splitQuoted(s, delimiter) {
  const out = [];
  let cur = "";
  let quote;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      cur += c;
      if (c === quote) {
        if (s[i + 1] === quote) cur += s[++i];
        else quote = void 0;
      }
    } else if (c === "'" || c === '"') {
      quote = c;
      cur += c;
    } else if (c === delimiter) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}
function unquote(part) {
  const t = part.trim();
  const q = t[0];
  if ((q === "'" || q === '"') && t.length >= 2 && t.endsWith(q)) return t.slice(1, -1).replaceAll(q + q, q);
  return t;
}
function labelsFor(project, env, job, specHash, commit) {
  return {
    [LABEL_KEYS.specHash]: specHash,
    [LABEL_KEYS.commit]: commit,
    [LABEL_KEYS.project]: project,
    [LABEL_KEYS.env]: env,
    [LABEL_KEYS.job]: job
  };
}
function secretValuesOf(script, source) {
  const out = [];
  for (const m of script.matchAll(/(?<!\$)\$\{secret\.([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
    const name = m[1];
    const v = typeof source === "function" ? source(name) : Object.hasOwn(source, name) ? source[name] : void 0;
    if (v) out.push(v);
  }
  return out;
}
function scriptConfig(script) {
  const out = {};
  for (const st of analyzeScript(script, "script.sql").statements) {
    if (st.kind === "set" && st.set?.key !== void 0) out[st.set.key] = st.set.value ?? "";
    if (st.kind === "reset") {
      if (st.set?.key === void 0) for (const k of Object.keys(out)) delete out[k];
      else delete out[st.set.key];
    }
  }
  return out;
}
function prepare(req, secrets) {
  const analysis = analyzeScript(req.script, `jobs/${req.job}.sql`);
  const config = {};
  const statements = [];
  const diags = [];
  const resolved = (text) => {
    const r = resolveSecrets(text, secrets);
    diags.push(...r.diags);
    return r.value;
  };
  let set;
  for (const st of analysis.statements) {
    if (st.kind === "set" || st.kind === "reset") {
      if (st.kind === "set" && st.set?.key !== void 0) {
        const v = resolveSecretsInValue(st.set.value ?? "", secrets);
        diags.push(...v.diags);
        config[st.set.key] = v.value;
      } else if (st.kind === "reset") {
        if (st.set?.key === void 0) for (const k of Object.keys(config)) delete config[k];
        else delete config[st.set.key];
      }
      if (st.set?.key === void 0 || !RESTORE_KEYS.includes(st.set.key)) {
        statements.push({ text: resolved(st.text), kind: st.kind, submits: false });
      }
      continue;
    }
    if (st.kind === "begin_statement_set") {
      set = [];
      continue;
    }
    if (set !== void 0 && st.kind === "insert") {
      set.push(resolved(st.text));
      continue;
    }
    if (set !== void 0 && st.kind === "end") {
      if (set.length > 0) {
        const body = set.map((i) => `  ${i};`).join("\n");
        statements.push({
          text: `EXECUTE STATEMENT SET
BEGIN
${body}
END`,
          kind: "statement_set",
          submits: true
        });
      }
      set = void 0;
      continue;
    }
    statements.push({ text: resolved(st.text), kind: st.kind, submits: SUBMITTING.has(st.kind) });
  }
  if (req.plan) {
    const first = statements.findIndex((s) => s.submits);
    const kept = statements.filter((s) => !s.submits);
    if (first >= 0)
      kept.splice(first, 0, {
        text: executePlanStatement(req.plan.path),
        kind: "execute_plan",
        submits: true
      });
    statements.splice(0, statements.length, ...kept);
  }
  if (!statements.some((s) => s.submits)) {
    diags.push(
      error(
        APPLY_CODES.submitFailed,
        `the script of job ${req.job} has no INSERT or statement set to submit`,
        "A job script must end with INSERT INTO … or EXECUTE STATEMENT SET; run flinkops validate."
      )
    );
  }
  return { config, statements, diags };
}
async function findRunning(ctx, pipelineName, specHash) {
  for (let attempt = 0; attempt < 10; attempt++) {
    const listed = await ctx.client.listJobs();
    if (!listed.ok) {
      await ctx.clock.sleep(1e3, ctx.signal);
      continue;
    }
    const candidates = listed.value.filter((j) => j.name === pipelineName && !isLocallyTerminal(j.state)).sort((a, b) => b.startTime - a.startTime);
    let unreadable = false;
    for (const c of candidates) {
      const cfg = await ctx.client.getJobConfig(c.id);
      const hash = cfg.ok ? cfg.value.userConfig?.[LABEL_KEYS.specHash] : void 0;
      if (hash === specHash) return c.id;
      if (hash === void 0) unreadable = true;
    }
    if (!unreadable) return void 0;
    await ctx.clock.sleep(1e3, ctx.signal);
  }
  return void 0;
}
function failed(ctx, req, e, what) {
  const d = flinkDiagnostic(e, `submitting job ${req.job}: ${what}`);
  return {
    ok: false,
    diag: {
      ...d,
      code: APPLY_CODES.submitFailed,
      summary: mask(ctx, d.summary),
      detail: mask(ctx, d.detail)
    }
  };
}
var CONFIGURABLE = /* @__PURE__ */ new Set([
  "set",
  "reset",
  "create_table",
  "create_view",
  "create_function",
  "create_catalog",
  "create_database",
  "alter",
  "drop",
  "use",
  "add_jar"
]);
async function submitJob(ctx, req) {
  for (const v of secretValuesOf(req.script, ctx.secrets)) ctx.secretValues.add(v);
  const prepared = prepare(req, ctx.secrets);
  const problem = prepared.diags.find((d) => d.severity === "error");
  if (problem) return { ok: false, diag: { ...problem, summary: mask(ctx, problem.summary) } };
  const caps = await ctx.client.capabilities();
  if (req.plan) {
    const read = await readPlanFile(ctx.client, req.plan.path);
    const why = !read.ok ? `cannot read it back: ${read.error.message}` : read.value.sha256 !== req.plan.sha256 ? `its bytes changed (sha256 ${read.value.sha256.slice(0, 12)}, the plan names ${req.plan.sha256.slice(0, 12)})` : void 0;
    if (why) {
      return {
        ok: false,
        diag: error(
          APPLY_CODES.compiledPlanMismatch,
          `job ${req.job}: compiled plan ${req.plan.path}: ${why}`,
          "Nothing was started from it. Run flinkops plan again: it compiles the plan anew (or restore the file from the state store copy)."
        )
      };
    }
  }
  const restore = {};
  if (req.restorePath) {
    restore["execution.savepoint.path"] = req.restorePath;
    if (req.allowNonRestoredState) {
      restore["execution.savepoint.ignore-unclaimed-state"] = "true";
      restore["execution.state-recovery.ignore-unclaimed-state"] = "true";
    }
    for (const k of CLAIM_MODE_KEYS) restore[k] = "NO_CLAIM";
  }
  const own = prepared.config[LABELS_KEY];
  const executionConfig = {
    ...prepared.config,
    "pipeline.name": req.pipelineName,
    // The job's own parameters stay; the flinkops.* labels are added (and win on a clash).
    [LABELS_KEY]: formatLabels({
      ...own ? parseMapOption(own) : {},
      ...labelsFor(ctx.desired.project, ctx.desired.env, req.job, req.specHash, req.commit)
    }),
    "parallelism.default": String(req.parallelism),
    ...req.maxParallelism !== void 0 ? { "pipeline.max-parallelism": String(req.maxParallelism) } : {},
    ...req.savepointDir ? { "state.savepoints.dir": req.savepointDir } : {}
  };
  for (const k of RESTORE_KEYS) delete executionConfig[k];
  if (caps.executionConfigRestores) Object.assign(executionConfig, restore);
  let last;
  let submits = 0;
  let setups = 0;
  while (submits < MAX_ATTEMPTS && setups < SETUP_ATTEMPTS) {
    if (submits + setups > 0) await ctx.clock.sleep(retryPause(submits + setups), ctx.signal);
    guard(ctx.signal);
    const opened = await ctx.client.openSession({ sessionName: `flinkops-${req.job}` });
    if (!opened.ok) {
      last = failed(ctx, req, opened.error, "opening a gateway session");
      if (!transient(opened.error)) return last;
      setups++;
      continue;
    }
    const sh = opened.value;
    try {
      const session = caps.executionConfigRestores ? [] : Object.entries(restore).map(([k, v]) => `SET ${quoteString(k)} = ${quoteString(v)}`);
      let startOver = false;
      for (const st of [
        ...session.map((text) => ({ text, kind: "set", submits: false })),
        ...prepared.statements
      ]) {
        guard(ctx.signal);
        const run = () => !st.submits && caps.supportsConfigureSession && CONFIGURABLE.has(st.kind) ? ctx.client.configureSession(sh, st.text).then((c) => c.ok ? ok(void 0) : c) : ctx.client.runStatement(sh, st.text, {
          ...st.submits ? { executionConfig, timeoutMs: ctx.timing.submitTimeoutMs } : {},
          signal: ctx.signal
        });
        const r = st.submits ? await run() : await setUp(ctx, st.text, run);
        if (r.ok) {
          if (!st.submits) continue;
          const jobId = r.value ? r.value.jobId : void 0;
          if (jobId) return { ok: true, jobId, adoptedExisting: false };
          last = {
            ok: false,
            diag: error(
              APPLY_CODES.submitFailed,
              `submitting job ${req.job}: the gateway reported no job id`,
              "The statement ran but named no job; check the SQL gateway log, then run plan again."
            )
          };
          const found = await findRunning(ctx, req.pipelineName, req.specHash);
          return found ? { ok: true, jobId: found, adoptedExisting: true } : last;
        }
        guard(ctx.signal);
        last = failed(ctx, req, r.error, `${st.kind} statement`);
        if (!transient(r.error)) return last;
        if (st.submits) {
          const found = await findRunning(ctx, req.pipelineName, req.specHash);
          if (found) return { ok: true, jobId: found, adoptedExisting: true };
          submits++;
        } else setups++;
        startOver = true;
        break;
      }
      if (!startOver) break;
    } finally {
      await ctx.client.closeSession(sh);
    }
  }
  return last ?? failed(
    ctx,
    req,
    { kind: "protocol", service: "gateway", call: "submit", message: "gave up", causes: [] },
    "submission"
  );
}

// src/apply/rollback.ts
async function recordFailed(ctx, run, cause) {
  const job = run.change.job;
  await ctx.store.update(
    `apply: ${run.change.action} of ${job} failed`,
    (d) => appendHistory(setStatus(clearPending(d, job), job, "failed"), job, {
      time: iso(ctx.clock),
      action: `${run.change.action}-failed`,
      ...run.newJobId ? { jobId: run.newJobId } : {},
      detail: mask(ctx, cause)
    })
  );
}
async function rollback(ctx, run, cause) {
  const job = run.change.job;
  ctx.emit({ type: "rollback-started", job, reason: mask(ctx, cause) });
  if (run.newJobId) {
    const c = await cancelAndWait(ctx, job, run.newJobId);
    if (!c.ok) {
      const why = `could not cancel the new job ${run.newJobId}: ${c.cause}`;
      await recordFailed(ctx, run, why);
      return {
        ok: false,
        cause: why,
        diag: error(
          APPLY_CODES.rollbackFailed,
          `rollback of job ${job} failed: ${why}`,
          "Cancel it in the Flink UI, then apply again."
        )
      };
    }
  }
  const target = run.previous;
  const restore = run.savepoint?.path ?? run.checkpoint ?? run.restoredFrom;
  if (!target?.script.trim()) {
    const why = "no stable version is known to roll back to";
    await recordFailed(ctx, run, `${cause}; ${why}`);
    return {
      ok: false,
      cause: why,
      diag: error(
        APPLY_CODES.rollbackFailed,
        `rollback of job ${job} impossible: ${why}`,
        `Nothing runs for this job now. ${restore ? `Its state is in ${restore}. ` : ""}Fix the job and apply again.`
      )
    };
  }
  const sub = await submitJob(ctx, {
    job,
    pipelineName: run.change.pipelineName,
    script: target.script,
    specHash: target.specHash,
    commit: target.commit ?? "unknown",
    parallelism: target.parallelism,
    ...typeof target.settings?.maxParallelism === "number" ? { maxParallelism: target.settings.maxParallelism } : {},
    ...restore ? { restorePath: restore } : {},
    allowNonRestoredState: target.settings?.allowNonRestoredState === true,
    ...ctx.desired.environment.savepointDir ? { savepointDir: ctx.desired.environment.savepointDir } : {},
    ...target.plan ? { plan: { path: target.plan.path, sha256: target.plan.sha256 } } : {}
  });
  if (!sub.ok) {
    await recordFailed(ctx, run, `${cause}; rollback submission failed: ${sub.diag.summary}`);
    return { ok: false, cause: sub.diag.summary, diag: { ...sub.diag, code: APPLY_CODES.rollbackFailed } };
  }
  const jobId = sub.jobId;
  const restored = {
    ...target,
    jobId,
    deployedAt: iso(ctx.clock),
    ...restore ? { restoredFrom: restore } : {}
  };
  await ctx.store.update(
    `apply: roll back ${job}`,
    (d) => appendHistory(setCurrent(clearPending(d, job), job, restored, "running"), job, {
      time: iso(ctx.clock),
      action: "rollback",
      jobId,
      ...restore ? { savepoint: restore } : {},
      ...target.commit ? { commit: target.commit } : {},
      detail: mask(ctx, `to spec ${target.specHash.slice(0, 12)}: ${cause}`)
    })
  );
  run.report.newJobId = jobId;
  const running = await awaitRunning(ctx, job, jobId);
  const healthy = running.ok ? await healthGrace(ctx, job, jobId, running.runningSince, scriptConfig(target.script)) : running;
  if (!healthy.ok) {
    await recordFailed(ctx, run, `rollback unhealthy: ${healthy.cause}`);
    return {
      ok: false,
      cause: healthy.cause,
      diag: error(
        APPLY_CODES.rollbackFailed,
        `rollback of job ${job} failed: ${mask(ctx, healthy.cause)}`,
        "Neither the new nor the previous version runs healthily. Check the job in the Flink UI and the cluster log."
      )
    };
  }
  await ctx.store.update(`apply: ${job} rolled back`, (d) => markStable(d, job));
  return { ok: true };
}

// src/apply/savepoint.ts
function prefix(t) {
  return t.mode === "trigger" ? "savepoints" : "apply";
}
function targetDirectory(ctx) {
  const dir = ctx.desired.environment.savepointDir;
  return dir ? { targetDirectory: dir } : {};
}
function triggerCall(ctx, t, triggerId) {
  const opts = { triggerId, ...targetDirectory(ctx) };
  return t.mode === "trigger" ? ctx.client.triggerSavepoint(t.jobId, opts) : ctx.client.stopWithSavepoint(t.jobId, opts);
}
var MAX_RETRIGGERS = 2;
function fail(ctx, code, t, cause, detail) {
  const c = mask(ctx, cause);
  return {
    ok: false,
    cause: c,
    diag: error(code, `savepoint of job ${t.job} (${t.jobId}) failed: ${c}`, detail)
  };
}
async function record(ctx, t, path, triggerId) {
  const time = iso(ctx.clock);
  await ctx.store.update(`${prefix(t)}: savepoint of ${t.job} completed`, (d) => {
    const next = recordSavepoint(d, t.job, {
      path,
      time,
      triggerId,
      jobId: t.jobId,
      specHash: t.specHash,
      kind: t.kind
    });
    if (t.mode !== "trigger") return next;
    return appendHistory(clearPending(next, t.job), t.job, {
      time,
      action: "savepoint",
      jobId: t.jobId,
      savepoint: path,
      detail: t.kind
    });
  });
}
async function writePending(ctx, t, triggerId) {
  const startedAt = ctx.clock.now();
  const pending = {
    kind: t.mode === "trigger" ? "savepoint" : "stop-with-savepoint",
    triggerId,
    jobId: t.jobId,
    startedAt: new Date(startedAt).toISOString()
  };
  const what = t.mode === "trigger" ? `take a savepoint of ${t.job}` : `stop ${t.job} with a savepoint`;
  await ctx.store.update(`${prefix(t)}: ${what}`, (d) => setPending(d, t.job, pending));
  return startedAt;
}
async function lookForOutcome(ctx, jobId, startedAt) {
  const [cp, job] = await Promise.all([ctx.client.getCheckpoints(jobId), ctx.client.getJob(jobId)]);
  const state = job.ok ? job.value.state : void 0;
  const sp = cp.ok ? cp.value.latestSavepoint : void 0;
  const fresh = sp?.externalPath && (sp.timestamp === void 0 || sp.timestamp >= startedAt);
  return { ...fresh ? { path: sp.externalPath } : {}, ...state ? { state } : {} };
}
async function follow(ctx, t, triggerId, startedAt, retrigger) {
  let trigger = triggerId;
  let since = startedAt;
  for (let round = 0; ; round++) {
    const o = await awaitSavepoint(ctx.client, t.jobId, trigger, {
      ...pollOptions(ctx, t.job, `savepoint of job ${t.jobId}`, ctx.timing.savepointTimeoutMs)
    });
    guard(ctx.signal);
    if (o.state === "completed") {
      await record(ctx, t, o.value, trigger);
      return { ok: true, path: o.value, triggerId: trigger };
    }
    if (o.state === "timeout") {
      return fail(
        ctx,
        APPLY_CODES.savepointTimeout,
        t,
        describeTimeout(o),
        "The operation is recorded as pending in the state store: the next apply polls it again before doing anything else. Check the JobManager log for slow or stuck checkpoints."
      );
    }
    if (o.state === "aborted") throw ctx.signal.reason ?? new Error("aborted");
    const created = o.cause.kind === "failed" ? createdSavepoint(o.cause.message, o.cause.causes) : void 0;
    if (created && t.mode !== "trigger") {
      await record(ctx, t, created, trigger);
      return { ok: true, path: created, triggerId: trigger, failedWhileStopping: true };
    }
    if (o.cause.kind === "failed") {
      await ctx.store.update(
        `${prefix(t)}: savepoint of ${t.job} failed`,
        (d) => appendHistory(clearPending(d, t.job), t.job, {
          time: iso(ctx.clock),
          action: "savepoint-failed",
          jobId: t.jobId,
          detail: mask(ctx, o.cause.kind === "failed" ? o.cause.message : "failed")
        })
      );
      return fail(
        ctx,
        APPLY_CODES.savepointFailed,
        t,
        o.cause.message,
        t.mode === "trigger" ? "The job keeps running; no savepoint was recorded. Fix the cause (see the JobManager log) and run again." : "The job keeps running its current version; nothing else was changed. Fix the cause (see the JobManager log) and apply again."
      );
    }
    const found = await lookForOutcome(ctx, t.jobId, since);
    if (found.path) {
      await record(ctx, t, found.path, trigger);
      return { ok: true, path: found.path, triggerId: trigger };
    }
    if (retrigger && found.state === "RUNNING" && round < MAX_RETRIGGERS) {
      trigger = newTriggerId();
      since = await writePending(ctx, t, trigger);
      guard(ctx.signal);
      await triggerCall(ctx, t, trigger);
      continue;
    }
    return fail(
      ctx,
      APPLY_CODES.savepointFailed,
      t,
      `the JobManager no longer knows trigger ${trigger} and no new savepoint of job ${t.jobId} was found (job ${found.state ?? "not found"})`,
      "Check the job in the Flink UI. If it still runs, apply again; if it stopped, its last checkpoint may be restored with restoreFrom."
    );
  }
}
function createdSavepoint(message, causes = []) {
  for (const text of [message, ...causes]) {
    const m = /A savepoint has been created at: (\S+?), but the corresponding job/.exec(text);
    if (m) return m[1];
  }
  return void 0;
}
async function stopWithSavepoint(ctx, t) {
  const triggerId = newTriggerId();
  const startedAt = await writePending(ctx, t, triggerId);
  guard(ctx.signal);
  const r = await triggerCall(ctx, t, triggerId);
  guard(ctx.signal);
  if (!r.ok && r.error.kind === "http" && (r.error.status ?? 500) < 500) {
    const what = t.mode === "trigger" ? "savepoint" : "stop";
    await ctx.store.update(`${prefix(t)}: ${what} of ${t.job} refused`, (d) => clearPending(d, t.job));
    return fail(
      ctx,
      APPLY_CODES.savepointFailed,
      t,
      r.error.message,
      `The JobManager refused the ${what}; the job keeps running. Check the savepoint directory (savepointDir in flinkops.yaml or state.savepoints.dir on the cluster).`
    );
  }
  return follow(ctx, t, triggerId, startedAt, true);
}
function triggerSavepoint(ctx, t) {
  return stopWithSavepoint(ctx, { ...t, mode: "trigger" });
}
async function resolvePendingSavepoint(ctx, t, pending) {
  if (pending.kind !== "savepoint" && pending.kind !== "stop-with-savepoint") return void 0;
  const startedAt = Date.parse(pending.startedAt);
  const o = await follow(ctx, t, pending.triggerId, Number.isNaN(startedAt) ? 0 : startedAt, false);
  return o;
}

// src/apply/step-util.ts
function specHashOfLive(ctx, run) {
  return run.change.from?.specHash ?? ctx.store.record(run.change.job)?.current?.specHash ?? "unknown";
}
function failure(code, summary, detail, cause = summary) {
  return { ok: false, cause, diag: error(code, summary, detail) };
}
function readFailed(ctx, run, what, cause, instead) {
  run.diags.push(
    warning(
      APPLY_CODES.readFailed,
      `could not read ${what} of job ${run.change.job}: ${mask(ctx, cause)}`,
      instead
    )
  );
}
function history(ctx, _run, action, extra = {}) {
  const e = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== void 0));
  return { time: iso(ctx.clock), action, commit: ctx.commit, ...e };
}
async function health(ctx, run, which) {
  const job = run.change.job;
  const id = run.newJobId;
  if (!id) return OK;
  const h = which === "running" ? await awaitRunning(ctx, job, id) : await healthGrace(
    ctx,
    job,
    id,
    run.runningSince ?? ctx.clock.now(),
    scriptConfig(run.desired?.script ?? "")
  );
  if (h.ok) {
    run.runningSince = h.runningSince;
    return OK;
  }
  if (h.interrupted) {
    return {
      ok: false,
      interrupted: true,
      cause: h.cause,
      diag: warning(
        APPLY_CODES.interrupted,
        `the health check of job ${job} (${id}) was not finished: the run was interrupted`,
        `The new job runs but is not yet known to be healthy; the previous version stays the rollback target. Run flinkops plan: it shows the check as unfinished, and apply finishes it.`
      )
    };
  }
  const cause = mask(ctx, h.cause);
  const unmapped = /Cannot map checkpoint\/savepoint state/.test(cause);
  return failure(
    APPLY_CODES.unhealthy,
    `job ${job} did not become healthy: ${cause}`,
    unmapped ? `The new query's operators do not match the state in the savepoint. To drop the state that no longer maps, set allowNonRestoredState: true in jobs/${job}.yaml; to start without state, upgradeMode: stateless.` : "See the exception in the Flink UI (Exceptions tab) and the task manager logs.",
    cause
  );
}

// src/apply/step-checkpoint.ts
async function latestCheckpoint(ctx, run, jobId) {
  const cp = await ctx.client.getCheckpoints(jobId);
  if (!cp.ok) {
    readFailed(
      ctx,
      run,
      `the checkpoints of ${jobId}`,
      cp.error.message,
      "The run went on as if the job had no completed checkpoint. Check the job in the Flink UI (Checkpoints tab)."
    );
    return void 0;
  }
  const latest = cp.value.latestCompleted;
  if (!latest?.externalPath) return void 0;
  return { path: latest.externalPath, ...latest.timestamp ? { timestamp: latest.timestamp } : {} };
}
async function record2(ctx, run, jobId, cp, kind) {
  const job = run.change.job;
  const time = cp.timestamp !== void 0 ? new Date(cp.timestamp).toISOString() : iso(ctx.clock);
  await ctx.store.update(
    `apply: ${job}: checkpoint to restore from recorded`,
    (d) => recordSavepoint(d, job, {
      path: cp.path,
      time,
      triggerId: "",
      jobId,
      specHash: specHashOfLive(ctx, run),
      kind
    })
  );
}
async function readCheckpoint(ctx, run, s) {
  const cp = await latestCheckpoint(ctx, run, s.jobId);
  if (!cp) {
    return failure(
      APPLY_CODES.noCheckpoint,
      `job ${run.change.job} has no completed checkpoint to carry its state over`,
      "A last-state upgrade restores from the latest checkpoint: turn checkpointing on, or use upgradeMode: savepoint."
    );
  }
  run.checkpoint = cp.path;
  await record2(ctx, run, s.jobId, cp, "upgrade");
  return OK;
}
async function keepCheckpoint(ctx, run, jobId, kind) {
  const cp = await latestCheckpoint(ctx, run, jobId);
  if (!cp) return void 0;
  run.checkpoint = cp.path;
  await record2(ctx, run, jobId, cp, kind);
  return cp.path;
}
async function refreshCheckpoint(ctx, run, jobId, kind = "upgrade") {
  const cp = await latestCheckpoint(ctx, run, jobId);
  if (!cp || cp.path === run.checkpoint) return;
  run.checkpoint = cp.path;
  await record2(ctx, run, jobId, cp, kind);
}
async function keepEndedJobCheckpoint(ctx, run, status) {
  const jobId = run.change.liveJobId;
  if (run.savepoint || !jobId) return;
  const cp = await latestCheckpoint(ctx, run, jobId);
  if (cp) await record2(ctx, run, jobId, cp, status === "suspended" ? "suspend" : "delete");
}

// src/apply/step-rescale.ts
async function failed2(ctx, job, r) {
  await ctx.store.update(`apply: rescale of ${job} failed`, (d) => clearPending(d, job));
  return r;
}
async function rescaleInPlace(ctx, run, s) {
  const job = run.change.job;
  await ctx.store.update(
    `apply: rescale ${job}`,
    (d) => setPending(d, job, { kind: "rescale", jobId: s.jobId, startedAt: iso(ctx.clock) })
  );
  const [details, current] = await Promise.all([
    ctx.client.getJob(s.jobId),
    ctx.client.getResourceRequirements(s.jobId)
  ]);
  const bad = !details.ok ? details.error : !current.ok ? current.error : void 0;
  if (bad || !details.ok || !current.ok) {
    return failed2(
      ctx,
      job,
      failure(
        APPLY_CODES.rescaleFailed,
        `cannot read job ${s.jobId} to rescale ${job}: ${bad?.message}`,
        "Run plan again."
      )
    );
  }
  const next = rescaledRequirements(details.value.vertices, current.value, s.from, s.parallelism);
  guard(ctx.signal);
  const put = await ctx.client.putResourceRequirements(s.jobId, next);
  if (!put.ok) {
    return failed2(
      ctx,
      job,
      failure(
        APPLY_CODES.rescaleFailed,
        `in-place rescale of job ${job} refused: ${put.error.message}`,
        "The cluster needs jobmanager.scheduler: adaptive (Flink 1.18+). Set rescale through a savepoint restart instead."
      )
    );
  }
  return OK;
}
function rescaledRequirements(vertices, current, from, to) {
  const next = {};
  for (const v of vertices) {
    const have = current[v.id] ?? { lowerBound: 1, upperBound: v.parallelism };
    const atJobParallelism = have.upperBound === from || current[v.id] === void 0 && v.parallelism === from;
    const max = v.maxParallelism > 0 ? v.maxParallelism : to;
    next[v.id] = atJobParallelism ? { lowerBound: 1, upperBound: Math.min(to, max) } : have;
  }
  for (const id of Object.keys(current)) next[id] ??= current[id];
  return next;
}
async function awaitParallelism(ctx, run, s) {
  const o = await poll(
    async () => {
      const [r, req] = await Promise.all([
        ctx.client.getJob(s.jobId),
        ctx.client.getResourceRequirements(s.jobId)
      ]);
      if (!r.ok) return { state: "pending", progress: r.error.message };
      if (!req.ok) return { state: "pending", progress: req.error.message };
      if (["FAILED", "CANCELED", "FINISHED"].includes(r.value.state))
        return { state: "failed", cause: `job went ${r.value.state}` };
      const done = r.value.vertices.every((v) => {
        const upper = req.value[v.id]?.upperBound;
        return upper === void 0 || v.parallelism === upper;
      });
      return done && r.value.state === "RUNNING" ? { state: "completed", value: true } : { state: "pending", progress: r.value.state };
    },
    {
      ...pollOptions(ctx, run.change.job, `rescale of job ${s.jobId}`, ctx.timing.rescaleTimeoutMs),
      what: `rescale of job ${s.jobId}`
    }
  );
  guard(ctx.signal);
  if (o.state === "completed") return OK;
  const why = o.state === "failed" ? o.cause : `not at parallelism ${s.parallelism} in time`;
  return failed2(
    ctx,
    run.change.job,
    failure(
      APPLY_CODES.rescaleFailed,
      `in-place rescale of job ${run.change.job} failed: ${why}`,
      "Check the job in the Flink UI; apply again."
    )
  );
}

// src/apply/step-stop.ts
async function unsavepointable(ctx, run, jobId) {
  const r = await ctx.client.getJob(jobId);
  if (!r.ok) {
    readFailed(
      ctx,
      run,
      `the state of ${jobId}`,
      r.error.message,
      "The stop went on as for a RUNNING job (a stop with savepoint); had the job been unable to take one, it would have been stopped by cancel."
    );
    return void 0;
  }
  const s = r.value.state;
  return s === "RUNNING" || isLocallyTerminal(s) ? void 0 : s;
}
async function stopByCancel(ctx, run, s, state) {
  const job = run.change.job;
  const restarts = s.savepointKind === "upgrade" || s.savepointKind === "rescale";
  const pinned = restarts ? run.change.restoreFrom : void 0;
  const cp = await keepCheckpoint(ctx, run, s.jobId, s.savepointKind);
  if (!cp && restarts && !pinned) {
    return failure(
      APPLY_CODES.noCheckpoint,
      `job ${job} is ${state}: no savepoint possible and no completed checkpoint to carry its state over`,
      `Nothing was changed; the job keeps restarting. To replace it without state, set upgradeMode: stateless in jobs/${job}.yaml; or set restoreFrom: <path> to a savepoint of it, or fix what makes it fail, then apply again.`
    );
  }
  await ctx.store.update(
    `apply: cancel ${job} (no savepoint possible while ${state})`,
    (d) => setPending(d, job, { kind: "cancel", jobId: s.jobId, startedAt: iso(ctx.clock) })
  );
  const c = await cancelAndWait(ctx, job, s.jobId);
  if (!c.ok) {
    return failure(
      APPLY_CODES.cancelFailed,
      `cannot cancel job ${s.jobId} of ${job} (${state}, no savepoint possible): ${c.cause}`,
      "Check the job in the Flink UI."
    );
  }
  run.oldStopped = true;
  if (cp) {
    await refreshCheckpoint(ctx, run, s.jobId, s.savepointKind);
    run.report.savepoint = run.checkpoint;
  }
  const then = run.checkpoint ? `will restore from checkpoint ${run.checkpoint}` : pinned ? `will restore from ${pinned}` : s.savepointKind === "delete" ? "no state was kept" : "will resume without state";
  run.stoppedByCancel = `stopped by cancel: no savepoint possible while ${state}; ${then}`;
  run.diags.push(
    warning(
      APPLY_CODES.stoppedByCancel,
      `job ${job} ${run.stoppedByCancel}`,
      run.checkpoint ? "Flink takes no savepoint of a job that is not RUNNING. The checkpoint is recorded in the state store like a savepoint; records after it are replayed from the sources." : "Flink takes no savepoint of a job that is not RUNNING, and the job had no completed checkpoint. To start from a known savepoint instead, set restoreFrom: <path> in the job settings."
    )
  );
  return OK;
}
async function stopPlannedByCancel(ctx, run, s) {
  return stopByCancel(ctx, run, s, s.state);
}
async function stop(ctx, run, s) {
  if (run.savepoint?.jobId === s.jobId) {
    run.oldStopped = true;
    return OK;
  }
  const before = await unsavepointable(ctx, run, s.jobId);
  if (before) return stopByCancel(ctx, run, s, before);
  const o = await stopWithSavepoint(ctx, {
    job: run.change.job,
    jobId: s.jobId,
    specHash: specHashOfLive(ctx, run),
    kind: s.savepointKind
  });
  if (!o.ok) {
    if (o.diag.code === APPLY_CODES.savepointFailed) {
      const after = await unsavepointable(ctx, run, s.jobId);
      if (after) return stopByCancel(ctx, run, s, after);
    }
    return { ok: false, cause: o.cause, diag: o.diag };
  }
  run.savepoint = { path: o.path, jobId: s.jobId };
  run.report.savepoint = o.path;
  if (!o.failedWhileStopping) {
    const t = await awaitTerminal(ctx, run.change.job, s.jobId);
    if (!t.ok) {
      return failure(
        APPLY_CODES.cancelFailed,
        `job ${s.jobId} of ${run.change.job} did not stop after its savepoint: ${t.cause}`,
        `Its savepoint ${o.path} is recorded in the state store. Check the job in the Flink UI, then apply again.`
      );
    }
  } else {
    const c = await cancelAndWait(ctx, run.change.job, s.jobId);
    if (!c.ok) {
      return failure(
        APPLY_CODES.cancelFailed,
        `job ${s.jobId} of ${run.change.job} failed while stopping and cannot be cancelled: ${c.cause}`,
        `Its savepoint ${o.path} is recorded in the state store. Cancel the job in the Flink UI, then apply again.`
      );
    }
  }
  run.oldStopped = true;
  return OK;
}

// src/apply/step-sync.ts
async function syncRecord(ctx, run, s) {
  const job = run.change.job;
  const d = run.desired;
  const rec = ctx.store.record(job);
  const liveHash = run.change.from?.specHash;
  if (!d || liveHash === void 0 || liveHash !== d.restartHash) return OK;
  const parallelism = Math.max(1, run.change.from?.parallelism ?? d.parallelism);
  const cur = rec?.current;
  if (cur?.jobId !== s.jobId || cur.specHash !== liveHash || cur.parallelism !== parallelism || rec?.status !== "running" || rec.pending) {
    run.touched = true;
    const version = {
      specHash: liveHash,
      script: d.script,
      parallelism,
      jobId: s.jobId,
      commit: ctx.commit,
      deployedAt: iso(ctx.clock),
      settings: deployedSettings(d.settings)
    };
    await ctx.store.update(
      `apply: ${job}: record the live job`,
      (doc) => appendHistory(
        setCurrent(clearPending(doc, job), job, version, "running"),
        job,
        history(ctx, run, "sync", { jobId: s.jobId })
      )
    );
  }
  if (ctx.store.record(job)?.lastStable?.jobId === s.jobId) return OK;
  run.touched = true;
  run.newJobId = s.jobId;
  const up = await health(ctx, run, "running");
  if (!up.ok) return up;
  const ok2 = await health(ctx, run, "grace");
  if (!ok2.ok) return ok2;
  await ctx.store.update(`apply: ${job} stable`, (doc) => markStable(doc, job));
  return OK;
}

// src/apply/step-run.ts
function stopKind(run) {
  const s = run.steps.steps.find(
    (x) => x.kind === "stop-with-savepoint" || x.kind === "stop-by-cancel"
  );
  return s?.savepointKind ?? "upgrade";
}
async function resolvePending(ctx, run) {
  const job = run.change.job;
  const p = ctx.store.record(job)?.pending;
  if (!p) return OK;
  switch (p.kind) {
    case "savepoint":
    case "stop-with-savepoint": {
      const trigger = p.kind === "savepoint";
      const specHash = specHashOfLive(ctx, run);
      const t = trigger ? { job, jobId: p.jobId, specHash, kind: "periodic", mode: "trigger" } : { job, jobId: p.jobId, specHash, kind: stopKind(run) };
      const o = await resolvePendingSavepoint(ctx, t, p);
      if (o?.ok && trigger) return OK;
      if (o?.ok) {
        run.savepoint = { path: o.path, jobId: p.jobId };
        run.fromPending = o.path;
        run.report.savepoint = o.path;
        await ctx.store.update(
          `apply: ${job}: interrupted savepoint found`,
          (d) => appendHistory(
            clearPending(d, job),
            job,
            history(ctx, run, "savepoint-recovered", { jobId: p.jobId, savepoint: o.path })
          )
        );
        return OK;
      }
      if (o && o.diag.code === APPLY_CODES.savepointTimeout)
        return { ok: false, cause: o.cause, diag: o.diag };
      break;
    }
    case "cancel": {
      const cp = await ctx.client.getCheckpoints(p.jobId);
      if (!cp.ok)
        readFailed(
          ctx,
          run,
          `the checkpoints of ${p.jobId} (cancelled by an interrupted run)`,
          cp.error.message,
          "The restart restores from the checkpoint recorded in the state store before the cancel, if any."
        );
      const path = cp.ok ? cp.value.latestCompleted?.externalPath : void 0;
      if (path) {
        run.checkpoint = path;
        run.fromPending = path;
      }
      return OK;
    }
    case "submit":
    case "rescale":
      break;
  }
  await ctx.store.update(`apply: ${job}: interrupted ${p.kind} resolved`, (d) => clearPending(d, job));
  return OK;
}
function asRun(run, s) {
  if (s.kind !== "submit") return s;
  const path = restorePath(run, s.restore);
  return path ? { ...s, restore: { kind: "path", path } } : s;
}
function restorePath(run, r) {
  switch (r.kind) {
    case "none":
      return run.fromPending;
    case "this-run":
      return run.savepoint?.path ?? run.checkpoint;
    case "path":
      return run.fromPending ?? r.path;
  }
}
async function submit(ctx, run, s) {
  const job = run.change.job;
  const d = run.desired;
  if (!d) {
    return failure(
      APPLY_CODES.planMismatch,
      `job ${job} is not in the desired state`,
      "Run plan again from the same commit."
    );
  }
  if (d.settings.planMode === "compiled" && !d.compiledPlan) {
    return failure(
      APPLY_CODES.compiledPlanMismatch,
      `job ${job} has planMode: compiled, but no compiled plan`,
      "The gateway did not compile it during this run (see the plan diagnostics); fix that and apply again."
    );
  }
  const restore = restorePath(run, s.restore);
  if (s.restore.kind === "this-run" && !restore) {
    return failure(APPLY_CODES.savepointFailed, `no savepoint of job ${job} to restore from`, "Apply again.");
  }
  await ctx.store.update(
    `apply: submit ${job}`,
    (doc) => setPending(doc, job, { kind: "submit", specHash: s.specHash, startedAt: iso(ctx.clock) })
  );
  const sub = await submitJob(ctx, {
    job,
    pipelineName: d.pipelineName,
    script: d.script,
    specHash: s.specHash,
    commit: ctx.commit,
    parallelism: s.parallelism,
    ...d.settings.maxParallelism !== void 0 ? { maxParallelism: d.settings.maxParallelism } : {},
    ...restore ? { restorePath: restore } : {},
    allowNonRestoredState: s.allowNonRestoredState,
    ...ctx.desired.environment.savepointDir ? { savepointDir: ctx.desired.environment.savepointDir } : {},
    ...d.compiledPlan ? { plan: { path: d.compiledPlan.path, sha256: d.compiledPlan.sha256 } } : {}
  });
  if (!sub.ok) {
    await ctx.store.update(`apply: submit of ${job} failed`, (doc) => clearPending(doc, job));
    return { ok: false, cause: sub.diag.summary, diag: sub.diag };
  }
  run.newJobId = sub.jobId;
  run.report.newJobId = sub.jobId;
  if (restore) run.restoredFrom = restore;
  const version = {
    specHash: s.specHash,
    script: d.script,
    parallelism: s.parallelism,
    jobId: sub.jobId,
    commit: ctx.commit,
    deployedAt: iso(ctx.clock),
    ...restore ? { restoredFrom: restore } : {},
    ...await clusterVersion(ctx),
    ...d.compiledPlan ? { plan: { ...d.compiledPlan } } : {},
    settings: { ...deployedSettings(d.settings), allowNonRestoredState: s.allowNonRestoredState }
  };
  await ctx.store.update(`apply: ${run.change.action} ${job}`, (doc) => {
    let next = setCurrent(clearPending(doc, job), job, version, "running");
    next = updateJob(next, job, (r) => ({ ...r, deletionPolicy: d.settings.deletionPolicy }));
    return appendHistory(
      next,
      job,
      history(ctx, run, run.change.action === "none" ? "sync" : run.change.action, {
        jobId: sub.jobId,
        savepoint: restore
      })
    );
  });
  return OK;
}
async function clusterVersion(ctx) {
  const v = (await ctx.client.capabilities()).flinkVersion;
  return v ? { flinkVersion: `${v.major}.${v.minor}` } : {};
}
async function runStep(ctx, run, s) {
  const job = run.change.job;
  switch (s.kind) {
    case "resolve-pending":
      return resolvePending(ctx, run);
    case "stop-with-savepoint":
      return stop(ctx, run, s);
    case "stop-by-cancel":
      return stopPlannedByCancel(ctx, run, s);
    case "record-savepoint": {
      const entry = run.stoppedByCancel ? history(ctx, run, "stopped-by-cancel", {
        jobId: run.change.liveJobId,
        savepoint: run.checkpoint,
        detail: run.stoppedByCancel
      }) : history(ctx, run, `savepoint-${s.savepointKind}`, {
        jobId: run.savepoint?.jobId,
        savepoint: run.savepoint?.path
      });
      await ctx.store.update(
        `apply: ${job}: savepoint recorded`,
        (d) => appendHistory(clearPending(d, job), job, entry)
      );
      return OK;
    }
    case "read-checkpoint":
      return readCheckpoint(ctx, run, s);
    case "cancel": {
      await ctx.store.update(
        `apply: cancel ${job}`,
        (d) => setPending(d, job, { kind: "cancel", jobId: s.jobId, startedAt: iso(ctx.clock) })
      );
      const c = await cancelAndWait(ctx, job, s.jobId);
      if (!c.ok)
        return failure(
          APPLY_CODES.cancelFailed,
          `cannot cancel job ${s.jobId} of ${job}: ${c.cause}`,
          "Check the job in the Flink UI."
        );
      run.oldStopped = true;
      if (run.checkpoint) {
        await refreshCheckpoint(ctx, run, s.jobId);
        run.report.savepoint = run.checkpoint;
      }
      return OK;
    }
    case "submit":
      return submit(ctx, run, s);
    case "await-running":
      return health(ctx, run, "running");
    case "health-grace":
      return health(ctx, run, "grace");
    case "record-stable":
      await ctx.store.update(
        `apply: ${job} stable`,
        (d) => appendHistory(markStable(d, job), job, history(ctx, run, "stable", { jobId: run.newJobId }))
      );
      return OK;
    case "put-resource-requirements":
      return rescaleInPlace(ctx, run, s);
    case "await-parallelism":
      return awaitParallelism(ctx, run, s);
    case "record-rescale":
      await ctx.store.update(`apply: ${job} rescaled`, (d) => {
        const cur = d.jobs[job]?.current;
        const next = cur?.jobId === s.jobId ? markStable(setCurrent(d, job, { ...cur, parallelism: s.parallelism }), job) : d;
        return appendHistory(
          clearPending(next, job),
          job,
          history(ctx, run, "rescale", { jobId: s.jobId, detail: `parallelism ${s.parallelism}` })
        );
      });
      return OK;
    case "record-status":
      await keepEndedJobCheckpoint(ctx, run, s.status);
      await ctx.store.update(
        `apply: ${job} ${s.status}`,
        (d) => appendHistory(
          setStatus(clearPending(d, job), job, s.status),
          job,
          history(ctx, run, s.status === "suspended" ? "suspend" : "delete", {
            savepoint: run.savepoint?.path ?? run.checkpoint
          })
        )
      );
      return OK;
    case "adopt": {
      const rec = ctx.store.record(job);
      const version = {
        specHash: s.specHash ?? "unlabelled",
        script: s.script ?? (rec?.current?.jobId === s.jobId ? rec.current.script : ""),
        parallelism: s.parallelism,
        jobId: s.jobId,
        commit: ctx.commit,
        deployedAt: iso(ctx.clock)
      };
      await ctx.store.update(
        `apply: adopt ${job}`,
        (d) => appendHistory(
          markStable(setCurrent(d, job, version, "running"), job),
          job,
          history(ctx, run, "adopt", { jobId: s.jobId })
        )
      );
      return OK;
    }
    case "sync-record":
      return syncRecord(ctx, run, s);
  }
}

// src/apply/run-job.ts
async function guarded(ctx, fn) {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof StateStoreError && !ctx.signal.aborted) {
      return { ok: false, cause: e.diagnostic.summary, diag: e.diagnostic };
    }
    throw e;
  }
}
async function onFailure(ctx, run, failed3) {
  const job = run.change.job;
  run.diags.push(failed3.diag);
  run.report.error = mask(ctx, failed3.cause);
  run.report.outcome = "failed";
  if (run.steps.rollback && run.oldStopped) {
    const rb = await guarded(ctx, () => rollback(ctx, run, failed3.cause));
    if (rb.ok) {
      run.report.outcome = "rolled-back";
      run.diags.push(
        error(
          APPLY_CODES.rolledBack,
          `job ${job} was rolled back to its last stable version`,
          `The new version failed; the previous one runs again${run.restoredFrom ? ` from ${run.restoredFrom}` : ""}. Fix the job and apply again.`
        )
      );
    } else run.diags.push(rb.diag);
    return;
  }
  if (run.newJobId && run.change.action !== "none") {
    const c = await cancelAndWait(ctx, job, run.newJobId);
    if (!c.ok) {
      run.diags.push(
        error(
          APPLY_CODES.cancelFailed,
          `the failed job ${run.newJobId} of ${job} could not be cancelled: ${mask(ctx, c.cause)}`,
          "It may still be running or restarting: cancel it in the Flink UI, then apply again."
        )
      );
    }
    await guarded(ctx, async () => {
      await recordFailed(ctx, run, c.ok ? failed3.cause : `${failed3.cause}; cancelling it failed: ${c.cause}`);
      return { ok: true };
    });
  }
}
var RECORDS = /* @__PURE__ */ new Set([
  "record-savepoint",
  "record-stable",
  "record-rescale",
  "record-status"
]);
function stopBefore(run, step, index) {
  const job = run.change.job;
  run.report.outcome = "interrupted";
  run.report.error = index === 0 ? "not started: the run was interrupted" : `interrupted before: ${describeStep(step)}`;
  if (index === 0) return;
  run.diags.push(
    warning(
      APPLY_CODES.interrupted,
      `${run.change.action} of job ${job} was interrupted before: ${describeStep(step)}`,
      "Everything done so far is recorded in the state store. Run flinkops plan to see what is left, and flinkops apply to finish it."
    )
  );
}
function stepContext(ctx, run, step) {
  if (!run.change.move || !ctx.previous) return ctx;
  const pending = step.kind === "resolve-pending" ? ctx.store.record(run.change.job)?.pending : void 0;
  const onOld = ACTS_ON_LIVE_JOB.has(step.kind) || pending !== void 0 && pending.kind !== "submit";
  return onOld ? { ...ctx, client: ctx.previous } : ctx;
}
async function runJob(ctx, run) {
  const job = run.change.job;
  const rec = ctx.store.record(job);
  const previous = rec?.lastStable ?? (rec?.current?.script.trim() ? rec.current : void 0);
  if (previous) run.previous = previous;
  const steps = run.steps.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (ctx.stop.aborted && !RECORDS.has(step.kind)) {
      stopBefore(run, step, i);
      break;
    }
    const shown = asRun(run, step);
    ctx.emit({ type: "step-started", job, index: i, step: shown });
    const t0 = ctx.clock.now();
    const r = await guarded(ctx, () => runStep(stepContext(ctx, run, step), run, step));
    ctx.emit({
      type: "step-finished",
      job,
      index: i,
      step: shown,
      ok: r.ok,
      elapsedMs: ctx.clock.now() - t0
    });
    if (!r.ok && r.interrupted) {
      run.report.outcome = "interrupted";
      run.report.error = mask(ctx, r.cause);
      run.diags.push(r.diag);
      break;
    }
    if (!r.ok) {
      await onFailure(ctx, run, r);
      break;
    }
  }
  ctx.emit({ type: "job-done", job, change: { ...run.report } });
}

// src/apply/execute.ts
function dependencies(jobs, desired) {
  const active = new Set(jobs.filter((j) => j.steps.length > 0).map((j) => j.job));
  const writers = /* @__PURE__ */ new Map();
  for (const d of desired.jobs) {
    if (!active.has(d.name)) continue;
    for (const t of d.sinks) writers.set(t, [...writers.get(t) ?? [], d.name]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const d of desired.jobs) {
    if (!active.has(d.name)) continue;
    const deps = /* @__PURE__ */ new Set();
    for (const t of d.sources) for (const w of writers.get(t) ?? []) if (w !== d.name) deps.add(w);
    out.set(d.name, deps);
  }
  return out;
}
function knownScripts(desired, doc) {
  const out = desired.jobs.map((j) => j.script);
  for (const r of Object.values(doc.jobs)) {
    if (r.current?.script) out.push(r.current.script);
    if (r.lastStable?.script) out.push(r.lastStable.script);
  }
  return out;
}
function refusal(code, summary, detail) {
  return { changes: [], diags: [error(code, summary, detail)] };
}
async function schedule(runs, deps, limit, work, onCrash) {
  const started = /* @__PURE__ */ new Set();
  const finished = /* @__PURE__ */ new Set();
  const inflight = /* @__PURE__ */ new Set();
  let crash;
  await new Promise((resolve) => {
    const pump = () => {
      if (crash || finished.size === runs.length) {
        if (inflight.size === 0) resolve();
        return;
      }
      while (inflight.size < limit) {
        const ready = (r) => !started.has(r.change.job) && [...deps.get(r.change.job) ?? []].every((d) => finished.has(d));
        const next = runs.find(ready) ?? (inflight.size === 0 ? runs.find((r) => !started.has(r.change.job)) : void 0);
        if (!next) break;
        started.add(next.change.job);
        const p = work(next).then(
          () => {
            inflight.delete(p);
            finished.add(next.change.job);
            pump();
          },
          (e) => {
            inflight.delete(p);
            if (!crash) {
              crash = { e };
              onCrash(e);
            }
            pump();
          }
        );
        inflight.add(p);
      }
      if (inflight.size === 0) resolve();
    };
    pump();
  });
  if (crash) throw crash.e;
}
async function execute(opts) {
  const { plan, desired, client, store, clock } = opts;
  if (plan.offline) {
    return refusal(
      APPLY_CODES.offlinePlan,
      "an offline plan cannot be applied",
      "It was made without looking at the cluster. Run plan against the cluster, then apply that plan."
    );
  }
  if (plan.project !== desired.project || plan.env !== desired.env) {
    return refusal(
      APPLY_CODES.planForOtherEnv,
      "the plan is for another project or environment",
      "Run plan again."
    );
  }
  const timing = { ...DEFAULT_TIMING, ...opts.timing };
  const abort = new AbortController();
  const stopped = (diags) => ({ changes: [], diags });
  return withLockedSession(
    { store, owner: opts.owner, clock, timing },
    stopped,
    async ({ read, session }) => {
      if (!opts.previous && plan.changes.some((c) => c.move && !c.refused)) {
        return refusal(
          APPLY_CODES.stalePlan,
          "plan is stale, run plan again",
          "The plan moves jobs from another cluster (moveFrom), but this apply has no client for it. Nothing was changed."
        );
      }
      const observed = opts.observe ? await opts.observe() : await observeEnvironment(client, opts.previous, { project: plan.project, env: plan.env, clock });
      if (hasErrors(observed.diags)) return stopped(observed.diags);
      if (read.version !== plan.stateVersion || observed.value.fingerprint !== plan.liveFingerprint) {
        const what = [
          read.version !== plan.stateVersion ? `the state store is at version ${read.version}, the plan saw ${plan.stateVersion}` : "",
          observed.value.fingerprint !== plan.liveFingerprint ? "the jobs on the cluster changed" : ""
        ].filter(Boolean);
        return refusal(
          APPLY_CODES.stalePlan,
          "plan is stale, run plan again",
          `The plan was computed against another state (${what.join("; ")}). Nothing was changed.`
        );
      }
      const secretValues = new Set(opts.secretValues ?? []);
      for (const script of knownScripts(desired, read.doc)) {
        for (const v of secretValuesOf(script, opts.secrets)) secretValues.add(v);
      }
      const ctx = {
        client,
        ...opts.previous ? { previous: opts.previous.client } : {},
        clock,
        signal: abort.signal,
        stop: opts.stop ?? new AbortController().signal,
        store: session(
          () => {
            if (abort.signal.aborted) throw abort.signal.reason;
          },
          () => [...secretValues]
        ),
        timing,
        plan,
        desired,
        secrets: opts.secrets,
        commit: opts.commit ?? plan.commit ?? "unknown",
        secretValues,
        emit: createEmitter(opts.hooks, abort)
      };
      const jobSteps = toSteps(plan, desired, read.doc);
      const byName = new Map(desired.jobs.map((j) => [j.name, j]));
      const missing = missingSecrets(
        jobSteps.filter((js) => js.steps.some((st) => st.kind === "submit")).map((js) => byName.get(js.job)),
        opts.secrets
      );
      if (missing.length) return stopped(missing);
      const runs = jobSteps.map((js, i) => newJobRun(js, plan.changes[i], byName.get(js.job)));
      const active = runs.filter((r) => r.steps.steps.length > 0);
      await schedule(
        active,
        dependencies(jobSteps, desired),
        Math.max(1, opts.parallelism ?? 4),
        (r) => runJob(ctx, r),
        (e) => {
          if (!abort.signal.aborted) abort.abort(e);
        }
      );
      const changes = [];
      const diags = [];
      for (const r of runs) {
        if (r.steps.refused) {
          changes.push({
            job: r.change.job,
            action: r.change.action,
            outcome: "skipped",
            error: r.steps.refused
          });
          continue;
        }
        if (r.steps.steps.length === 0) continue;
        if (r.change.action === "none" && !r.touched && r.report.outcome !== "failed") continue;
        changes.push(r.report);
        diags.push(...r.diags);
      }
      return opts.stop?.aborted ? { changes, diags, interrupted: true } : { changes, diags };
    }
  );
}
function missingSecrets(jobs, secrets) {
  const needed = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    if (!job) continue;
    for (const name of job.secrets) {
      const r = resolveSecretsInValue(`\${secret.${name}}`, secrets);
      if (r.diags.length) needed.set(name, [...needed.get(name) ?? [], job.name]);
    }
  }
  return [...needed.entries()].map(
    ([name, jobNames]) => error(
      "FO113",
      `secret ${name} is not set; nothing was changed`,
      `Jobs ${jobNames.join(", ")} need it. Set FLINKOPS_SECRET_${name} (or ${name}) in the environment of the apply; in GitHub Actions, map the repository secret into the step's env.`
    )
  );
}

export {
  APPLY_CODES,
  DEFAULT_TIMING,
  pollOptions,
  toSteps,
  describeStep,
  describeSteps,
  withLockedSession,
  triggerSavepoint,
  resolvePendingSavepoint,
  execute,
  applyFailed
};
