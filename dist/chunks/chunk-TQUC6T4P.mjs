import {
  AGGREGATES,
  baseName,
  chainedOperators,
  connectorHolds,
  defaultMaxParallelism,
  holdsState,
  isKeyedOperator,
  isProcTime,
  keyedStateNames,
  legacySourceConnector,
  operatorIds,
  operatorKind,
  operatorName,
  patternExtended,
  patternVariablesLost,
  rowsFrameBecomesRange,
  splitTopLevel,
  stateFunction,
  stateShape,
  tableKey,
  upstreamOf,
  userUid,
  windowSizeMs
} from "./chunk-7ST6JL7S.mjs";
import {
  appendHistory,
  clearPending,
  clearRolledBack,
  isRecordedRun,
  lastRestorableSavepoint,
  markStable,
  recordSavepoint,
  recordedSavepoint,
  renamedRecord,
  runsAdoptedState,
  setCurrent,
  setPending,
  setRolledBack,
  setStatus,
  unreadableSavepoints,
  updateJob,
  writtenByNewerMajor
} from "./chunk-W53C7WK3.mjs";
import {
  StateConflictError,
  StateStoreError,
  lockState
} from "./chunk-TKT2SQCQ.mjs";
import {
  TRUST_ADVICE,
  awaitSavepoint,
  describeTimeout,
  failureCause,
  flinkDiagnostic,
  flinkPosition,
  isLocallyTerminal,
  isTerminal,
  isTransient,
  newTriggerId,
  notUsable,
  ok,
  poll,
  refusesSavepoint,
  unanswered
} from "./chunk-YM6LO4KA.mjs";
import {
  missingRestorePoint,
  restorePointKind,
  sameSavepointPath
} from "./chunk-E2AT4OEI.mjs";
import {
  systemClock
} from "./chunk-GSLRF5EB.mjs";
import {
  hexControl,
  makeStyle,
  renderDiagnostics,
  replaceControls,
  summarizeDiagnostics
} from "./chunk-TLHSDI2R.mjs";
import {
  SETTING_EFFECTS,
  deployedSettings,
  isBatchJob,
  isBatchScriptText,
  ownRange,
  scriptRuntimeMode
} from "./chunk-TUYVXCSN.mjs";
import {
  cronOf
} from "./chunk-HCV42XU2.mjs";
import {
  KAFKA_CONNECTORS,
  jobTopicKeys,
  jobTopicUses,
  kafkaTopicKeys,
  tableTopicKeys,
  topicOfKey,
  topicsRead
} from "./chunk-MTN3MEF7.mjs";
import {
  endpointId,
  shownUrl
} from "./chunk-PG4X7Q6A.mjs";
import {
  AGGREGATE_FUNCTIONS,
  WINDOW_TVFS,
  analyzeScript,
  normalizeSql,
  quoteString,
  splitStatements
} from "./chunk-2KEB7JXC.mjs";
import {
  resolveSecrets,
  resolveSecretsInValue
} from "./chunk-DPJDA3R2.mjs";
import {
  closingParen,
  isOp,
  isWord
} from "./chunk-BYIOOC32.mjs";
import {
  canonicalJson,
  fingerprint,
  sha256
} from "./chunk-QDFCQ7OG.mjs";
import {
  atLeast,
  majorMinor,
  parseFlinkVersion,
  releaseAtLeast
} from "./chunk-2J7UGB3X.mjs";
import {
  escapeRegExp
} from "./chunk-MHE3XHPS.mjs";
import {
  formatAge
} from "./chunk-H5WAOW7W.mjs";
import {
  LABEL_KEYS,
  isIdentifier,
  pipelineName,
  suggestIdentifier
} from "./chunk-EKKRR5UX.mjs";
import {
  error,
  formatLocation,
  hasErrors,
  positionIn,
  sortDiagnostics,
  warning
} from "./chunk-FYVUM4PK.mjs";
import {
  maskSecrets
} from "./chunk-YFKP24ME.mjs";

// src/plan/model.ts
var PLAN_FORMAT_VERSION = 1;
var ACTION_KINDS = [
  "create",
  "upgrade",
  "rescale",
  "suspend",
  "resume",
  "recover",
  "delete",
  "adopt",
  "none"
];
var changeMode = (function changeMode(c) {
  return c.action === "upgrade" ? c.strategy : c.action === "rescale" ? c.rescaleMode : void 0;
});
var summarize = (function summarize(changes) {
  const counts = Object.fromEntries(ACTION_KINDS.map((k) => [k, 0]));
  for (const c of changes) if (!c.refused) counts[c.action]++;
  return counts;
});
var hasChanges = (function hasChanges(plan) {
  return plan.changes.some(
    (c) => c.action !== "none" && !c.refused || c.action === "none" && (c.verify !== void 0 || c.releases !== void 0 || c.resolves !== void 0 || c.syncs !== void 0 || c.recordsEndpoint !== void 0)
  );
});
var differs = (function differs(plan) {
  return hasChanges(plan) || plan.changes.some((c) => c.action !== "none" && c.refused !== void 0);
});
var holdsRollback = (function holdsRollback(change2) {
  return change2.action === "none" && change2.causes?.some((c) => c.path === "rolled-back") === true;
});
var stopsByCancel = (function stopsByCancel(change2) {
  if (change2.refused || change2.batch || !change2.liveJobId || !refusesSavepoint(change2.liveState))
    return false;
  switch (change2.action) {
    case "upgrade":
      return change2.strategy === "savepoint";
    case "rescale":
      return change2.rescaleMode !== "in-place";
    case "suspend":
    case "delete":
      return true;
    default:
      return false;
  }
});

// src/render/actions.ts
var actionLook = (function actionLook(kind) {
  switch (kind) {
    case "create":
      return { symbol: "+", color: "green", emoji: "\u{1F195}", future: "will be created" };
    case "upgrade":
      return { symbol: "~", color: "yellow", emoji: "\u{1F504}", future: "will be upgraded" };
    case "rescale":
      return { symbol: "\u2195", color: "cyan", emoji: "\u2195\uFE0F", future: "will be rescaled" };
    case "suspend":
      return { symbol: "\u23F8", color: "yellow", emoji: "\u23F8\uFE0F", future: "will be suspended" };
    case "resume":
      return { symbol: "\u25B6", color: "green", emoji: "\u25B6\uFE0F", future: "will be resumed" };
    case "recover":
      return { symbol: "\u27F2", color: "cyan", emoji: "\u{1FA79}", future: "will be recovered" };
    case "delete":
      return { symbol: "-", color: "red", emoji: "\u{1F5D1}\uFE0F", future: "will be deleted" };
    case "adopt":
      return { symbol: "\u21D0", color: "magenta", emoji: "\u{1F4E5}", future: "will be adopted" };
    case "none":
      return { symbol: " ", color: "dim", emoji: "", future: "is unchanged" };
    default: {
      const never = kind;
      throw new Error(`unknown action ${String(never)}`);
    }
  }
});
var DISPLAY_ORDER = [
  "create",
  "upgrade",
  "rescale",
  "suspend",
  "resume",
  "recover",
  "adopt",
  "delete"
];
var ALWAYS_COUNTED = /* @__PURE__ */ new Set(["create", "upgrade", "rescale", "delete"]);
var refusedChanges = (function refusedChanges(plan) {
  return plan.changes.filter((c) => c.action !== "none" && c.refused);
});
var visibleChanges = (function visibleChanges(plan) {
  return [...plan.changes].filter((c) => c.action !== "none").sort((a, b) => compareText(a.job, b.job));
});
var compareText = (function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
});
var countActions = (function countActions(plan) {
  return summarize(plan.changes);
});
var summaryLine = (function summaryLine(plan) {
  const checks = plan.changes.filter((c) => c.action === "none" && c.verify !== void 0).length;
  const unfinished = checks ? `${checks} health check${checks === 1 ? "" : "s"} to finish` : "";
  const holds3 = plan.changes.filter(holdsRollback).length;
  const held = holds3 ? `${holds3} rolled-back change${holds3 === 1 ? "" : "s"} held (FO601)` : "";
  const releases = plan.changes.filter((c) => c.action === "none" && c.releases !== void 0).length;
  const released = releases ? `${releases} rolled-back change${releases === 1 ? "" : "s"} no longer held (FO605)` : "";
  const resolves = plan.changes.filter((c) => c.action === "none" && c.resolves !== void 0).length;
  const interrupted2 = resolves ? `${resolves} interrupted operation${resolves === 1 ? "" : "s"} to look up (FO616)` : "";
  const syncs = plan.changes.filter((c) => c.action === "none" && c.syncs !== void 0).length;
  const synced = syncs ? `${syncs} job${syncs === 1 ? "" : "s"} to record in the state store (FO612)` : "";
  const endpoints = plan.changes.filter((c) => c.action === "none" && c.recordsEndpoint !== void 0).length;
  const located = endpoints ? `the JobManager endpoint of ${endpoints} job${endpoints === 1 ? "" : "s"} to record in the state store (FO736)` : "";
  if (plan.changes.every((c) => c.action === "none")) {
    if ((synced || located) && !unfinished && !interrupted2)
      return `No changes to the cluster: ${[...synced ? [synced] : [], ...located ? [located] : [], ...released ? [released] : [], ...held ? [held] : []].join(", ")}; apply records ${syncs + endpoints + releases === 1 ? "it" : "them"}.`;
    if (unfinished || interrupted2)
      return `Plan: ${[...unfinished ? [unfinished] : [], ...interrupted2 ? [interrupted2] : [], ...held ? [held] : [], ...released ? [released] : []].join(", ")}.`;
    if (released)
      return `No changes to the cluster: ${[released, ...held ? [held] : []].join(", ")}; apply records ${releases === 1 ? "it" : "them"}.`;
    if (held) return `No changes: ${held}.`;
    const count = (code2) => plan.diagnostics.filter((d) => d.code === code2).length;
    const jobs = (n, one, many) => `${n} job${n === 1 ? "" : "s"} ${n === 1 ? one : many}`;
    const waiting = count("FO658");
    const unhealthy = count("FO606");
    const below = count("FO607");
    if (plan.diagnostics.some((d) => d.severity === "error")) return "No changes planned.";
    const but = [
      ...waiting ? [`${jobs(waiting, "waits", "wait")} for task slots (FO658)`] : [],
      ...unhealthy ? [`${jobs(unhealthy, "is", "are")} not healthy (FO606)`] : [],
      ...below ? [`${jobs(below, "runs", "run")} below ${below === 1 ? "its" : "their"} parallelism (FO607)`] : []
    ];
    if (but.length) return `No changes, but ${but.join(", ")}.`;
    return plan.target?.omitted.length ? "No changes to the targeted jobs." : "No changes. The cluster matches the repository.";
  }
  const counts = countActions(plan);
  const parts = DISPLAY_ORDER.filter((k) => ALWAYS_COUNTED.has(k) || counts[k] > 0).map(
    (k) => `${counts[k]} to ${k}`
  );
  return `Plan: ${[...parts, ...unfinished ? [unfinished] : [], ...interrupted2 ? [interrupted2] : [], ...held ? [held] : [], ...released ? [released] : [], ...located ? [located] : []].join(", ")}.`;
});
var refusedLine = (function refusedLine(plan, name = (j) => j) {
  const refused = refusedChanges(plan);
  const failed3 = plan.diagnostics.some((d) => d.severity === "error");
  if (refused.length === 0)
    return failed3 ? "The plan has errors: apply changes nothing until they are fixed." : "";
  const names = refused.map((c) => c.job).sort(compareText);
  const n = refused.length;
  const list = names.map(name).join(", ");
  return failed3 ? `${n} change${n === 1 ? "" : "s"} refused: ${list}. The plan has errors: apply changes nothing until they are fixed.` : `${n} change${n === 1 ? "" : "s"} refused and will be skipped: ${list}.`;
});
var actionsPresent = (function actionsPresent(plan) {
  const present = new Set(plan.changes.map((c) => c.action));
  return DISPLAY_ORDER.filter((k) => present.has(k));
});
var clusterLine = (function clusterLine(plan, name = (t) => t) {
  const c = plan.cluster;
  if (!c || c.from === "flinkops.yaml") return "";
  const why = c.from === "FLINKOPS_JOBMANAGER_URL" ? "from FLINKOPS_JOBMANAGER_URL" : "given to this run (--jobmanager-url, or the jobmanager-url input)";
  return `Cluster: ${name(c.jobmanagerUrl)}, ${why}, not the jobmanagerUrl of ${name(plan.env)} in flinkops.yaml.`;
});
var causeIsNote = (function causeIsNote(c) {
  return c.from === void 0 && c.to !== void 0 && c.kind !== "setting" && c.kind !== "script";
});

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
  readFailed: "FO719",
  /** Warning: the adaptive scheduler runs the new job below its parallelism, for want of free task slots. */
  belowParallelism: "FO724",
  /** The SQL Gateway does not answer, and the plan stops jobs it would then have to start through it. */
  gatewayUnreachable: "FO725",
  /** A saved plan was made against another cluster (JobManager) than the one this run reaches. */
  planForOtherCluster: "FO726",
  /** Error: after the new job's health check, another job of its name runs beside it (a second apply with another store). */
  otherInstance: "FO728",
  /** Info: the new job checkpoints nothing: its health was judged on its tasks running through the grace period. */
  healthWithoutCheckpoints: "FO741"
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
  batchTimeoutMs: 72e5,
  unreachableMs: 12e4,
  lockTtlMs: 9e5,
  lockTimeoutMs: 0,
  pollInitialMs: 200,
  pollMaxMs: 5e3,
  pollFactor: 1.25
};
var StoreSession = class {
  constructor(store, read, lock, clock, ttlMs, guard2, secretValues) {
    this.store = store;
    this.lock = lock;
    this.clock = clock;
    this.ttlMs = ttlMs;
    this.guard = guard2;
    this.secretValues = secretValues;
    this.base = read.doc;
    this.at = read.version;
    this.renewedAt = clock.now();
  }
  store;
  lock;
  clock;
  ttlMs;
  guard;
  secretValues;
  chain = Promise.resolve();
  renewedAt;
  queue = [];
  /** The document as last read or written whole, its records written since, and the store's version. */
  base;
  changed = /* @__PURE__ */ new Map();
  at;
  /** What the session noticed and could live with (a lock renewal that failed): warnings for the report. */
  warnings = [];
  get version() {
    return this.at;
  }
  get heldLock() {
    return this.lock;
  }
  record(job) {
    return this.changed.get(job) ?? this.base.jobs[job];
  }
  serial(fn) {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => {
    });
    return next;
  }
  /**
   * Applies `edit` to the document as `job` sees it (the top-level fields and its own record
   * only: an edit changes nothing else) and writes it; a no-op edit writes nothing.
   */
  update(job, message, edit) {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, message, edit, done: (e) => e === void 0 ? resolve() : reject(e) });
      if (this.queue.length === 1) void this.serial(() => this.flush());
    });
  }
  /**
   * A rename: the record of `from` becomes `to`'s (`make` builds it from the old record and
   * whatever `to` holds, a deleted job's record), and `from` leaves the document, in one write of
   * the whole document. Nothing to do when `from` has no record (moved already) or `to` holds a
   * job that is not deleted (the plan refuses that rename).
   */
  moveRecord(from, to, message, make) {
    return this.serial(async () => {
      this.guard();
      const old = this.record(from);
      const replaced2 = this.record(to);
      if (!old || replaced2 && replaced2.status !== "deleted") return;
      await this.renewNow(false);
      const jobs = { ...this.base.jobs };
      for (const [name, record3] of this.changed) jobs[name] = record3;
      delete jobs[from];
      jobs[to] = make(old, replaced2);
      const doc = { ...this.base, jobs };
      const { version } = await this.store.write(doc, this.at, {
        message,
        secretValues: this.secretValues()
      });
      this.rebase(doc, version);
    });
  }
  /** Writes every queued edit in one compare-and-swap. */
  async flush() {
    const batch = this.queue;
    this.queue = [];
    const live2 = [];
    for (const q of batch) {
      try {
        this.guard();
        live2.push(q);
      } catch (e) {
        q.done(e);
      }
    }
    if (live2.length === 0) return;
    try {
      await this.renewNow(false);
      const jobs = editedRecords(live2, this.base, (job) => this.record(job));
      if (Object.keys(jobs).length > 0) {
        const meta = { message: live2.map((q) => q.message).join("; "), secretValues: this.secretValues() };
        try {
          await this.write(jobs, meta);
        } catch (e) {
          if (!(e instanceof StateConflictError)) throw e;
          const fresh = await this.store.read();
          const again = editedRecords(live2, fresh.doc, (job) => fresh.doc.jobs[job]);
          const doc = { ...fresh.doc, jobs: { ...fresh.doc.jobs, ...again } };
          const { version } = await this.store.write(doc, fresh.version, meta);
          this.rebase(doc, version);
        }
      }
      for (const q of live2) q.done();
    } catch (e) {
      for (const q of live2) q.done(e);
    }
  }
  /** Writes the changed records: just those when the store can, else the whole document. */
  async write(jobs, meta) {
    const written = await this.store.writeJobs?.(jobs, this.at, meta);
    if (written) {
      for (const name in jobs) this.changed.set(name, jobs[name]);
      this.at = written.version;
      return;
    }
    const all = { ...this.base.jobs };
    for (const [name, record3] of this.changed) all[name] = record3;
    Object.assign(all, jobs);
    const doc = { ...this.base, jobs: all };
    const { version } = await this.store.write(doc, this.at, meta);
    this.rebase(doc, version);
  }
  rebase(doc, version) {
    this.base = doc;
    this.changed.clear();
    this.at = version;
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
function editedRecords(edits, top, recordOf2) {
  const now = /* @__PURE__ */ new Map();
  for (const q of edits) {
    const record3 = now.has(q.job) ? now.get(q.job) : recordOf2(q.job);
    const view = { ...top, jobs: record3 ? { [q.job]: record3 } : {} };
    const out2 = q.edit(view);
    if (out2 === view) continue;
    const names = Object.keys(out2.jobs);
    const next = out2.jobs[q.job];
    if (names.length !== (next ? 1 : 0) || record3 && !next || Object.keys(out2).length !== Object.keys(view).length || out2.formatVersion !== view.formatVersion || out2.project !== view.project || out2.env !== view.env || out2.alerts !== view.alerts)
      throw new Error(`bug: an edit of job ${q.job} in the state store changed more than its record`);
    now.set(q.job, next);
  }
  const out = {};
  for (const [job, record3] of now) if (record3 && record3 !== recordOf2(job)) out[job] = record3;
  return out;
}
var createEmitter = (function createEmitter(hooks, abort) {
  return (e) => {
    if (abort.signal.aborted) throw abort.signal.reason;
    try {
      hooks?.onEvent?.(e);
    } catch (err) {
      abort.abort(err);
      throw err;
    }
  };
});
function guard(signal) {
  if (signal.aborted) throw signal.reason;
}
function mask(ctx, text) {
  return maskSecrets(text, ctx.secretValues);
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
async function clusterVersion(client) {
  const v = (await client.capabilities()).flinkVersion;
  return v ? { flinkVersion: `${v.major}.${v.minor}` } : {};
}
var endpointOf = (function endpointOf(client) {
  return client.jobmanagerUrl ? { endpoint: endpointId(client.jobmanagerUrl) } : {};
});
function iso(clock) {
  return new Date(clock.now()).toISOString();
}

// src/plan/codes.ts
var PLAN_CODES = {
  /** Warning: a change an apply rolled back is asked for again, unchanged: it is held, not tried again. */
  rolledBackHeld: "FO601",
  /** Info: a held rolled-back change is no longer asked for (the repository went back to what runs): apply forgets it. */
  rolledBackReleased: "FO605",
  /** Warning: a recovery restores older state than the job's last checkpoint, which Flink discarded. */
  recoveryRewinds: "FO602",
  /** Warning: the jobs a plan starts need more task slots than the cluster will have free. */
  slotsShort: "FO603",
  /**
   * Warning: a managed job the plan leaves alone is not healthy: RESTARTING or FAILING, or RUNNING
   * between the failures of a restart loop. Flink's root cause and what to do; "No changes, but".
   */
  unhealthy: "FO606",
  /** Warning: a job the plan leaves alone runs below its parallelism (adaptive scheduler, too few slots). */
  belowParallelism: "FO607",
  /**
   * Warning: a streaming job with stateful operators starts without checkpointing: every failure
   * restarts it without its state, and an upgrade has no checkpoint to fall back on.
   */
  stateWithoutCheckpoints: "FO742",
  /** Warning: a change restores the restoreFrom pin, a savepoint retention disposed of (Flink deleted it). */
  pinDisposed: "FO604",
  /** Error: one managed job runs more than once on the cluster. */
  duplicateJob: "FO610",
  /** Warning: a deletion is wanted but not allowed. */
  deleteRefused: "FO611",
  /** Warning: the live job was changed outside flinkops. */
  drift: "FO612",
  /** Warning: a job is adopted whose script is not known. */
  adoptUnknownScript: "FO613",
  /** Warning: a resume or recovery has nothing to restore from. */
  noRestorePoint: "FO614",
  /** Warning: a schedule window could not be evaluated. */
  scheduleNotEvaluated: "FO615",
  /** Warning: an earlier apply stopped half way through an operation. */
  pendingOperation: "FO616",
  /** Warning: an upgrade will not restore its state, or drops some of it. */
  stateIncompatible: "FO617",
  /** Info: a job is in a transitional state; it is left alone this time. */
  transitional: "FO618",
  /** Warning: a job an earlier apply started has not finished its health check. */
  unverified: "FO619",
  /** Warning: a job alive but not RUNNING takes no savepoint; apply stops it by cancel from its latest checkpoint. */
  stopByCancel: "FO625",
  /** Warning: a job runs with flinkops labels, but the state store has no record of it (reset or lost). */
  unrecorded: "FO626",
  /** A change would restore a checkpoint that the cancel before it deletes (not retained on cancellation). */
  checkpointsNotRetained: "FO627",
  /**
   * A job waits for task slots (CREATED, RESTARTING): it does not run. Error when a change needs
   * its latest checkpoint and the adaptive scheduler, which shows none while it waits, has it.
   */
  waitingForSlots: "FO658",
  /**
   * Warning: a job vanished from the cluster (a JobManager restarted without high availability):
   * its recovery restores the newest state the store knows, and newer state Flink forgot may be on disk.
   */
  vanishedState: "FO659",
  /**
   * Warning: jobs the store records running vanished from a cluster that runs another
   * environment's jobs of the project and none of this one's: the endpoints may be that
   * environment's, and the recoveries would run this environment's jobs twice.
   */
  otherEnvironmentsCluster: "FO682",
  /**
   * Warning: jobs the store records running are gone from the cluster, and were started through
   * another JobManager endpoint: the environment may point at another cluster now, and the
   * recoveries would run them twice.
   */
  otherEndpoint: "FO739",
  /**
   * Info: jobs running on the cluster the plan reached have store records without the endpoint
   * they run through (a store written before format 5): apply records it, restarting nothing.
   */
  endpointUnrecorded: "FO736",
  /**
   * Warning: a resume or recovery passes over savepoints of the job that a newer major Flink release
   * wrote than the cluster runs (it cannot read them), and restores older state.
   */
  newerReleaseSavepoint: "FO666",
  /**
   * Warning: a job that called a UDF on the release it last ran on restarts on a release that made
   * the UDF's name a built-in: the call runs Flink's function, never the UDF.
   */
  udfBecomesBuiltin: "FO668",
  /**
   * Warning: a resume or recovery would restore the path its last start failed on because Flink
   * could not find it (deleted, or edited in the store): refused rather than fail the same way.
   */
  restorePointGone: "FO671",
  /**
   * Warning: an upgrade from a savepoint moves a Kafka source to another topic: the restored
   * KafkaSource goes on reading the partitions of the old one as well.
   */
  kafkaTopicMoved: "FO672",
  /**
   * Warning: an upgrade from a savepoint changes where a Kafka source starts (`scan.startup.mode`,
   * its offsets or timestamp, the group of `group-offsets`): the restored source resumes from its
   * savepoint's offsets, and the new setting is not used.
   */
  kafkaStartIgnored: "FO673",
  /**
   * Warning: an upgrade from a savepoint moves an upsert sink (upsert-kafka, jdbc) to another topic
   * or table: the restored operators write only the keys that change again.
   */
  upsertSinkMoved: "FO674",
  /** Warning: a source column is renamed in a table whose format reads fields by name (json): it reads NULL. */
  fieldRenamed: "FO675",
  /** Warning: source columns move in a table whose format reads fields by position (csv): they read other fields. */
  fieldMoved: "FO676",
  /**
   * Warning: a restart runs a changed CREATE ... IF NOT EXISTS of a catalog that keeps its objects:
   * the object exists, so Flink skips the statement and the change never reaches it.
   */
  keptDefinition: "FO116",
  /** Warning: a deleted job's postgres-cdc sources leave their replication slots (and the WAL they hold) in PostgreSQL. */
  cdcSlotLeft: "FO679",
  /** Warning: an upgrade from a savepoint points a Flink CDC source at another database table: the sinks keep the old table's rows. */
  cdcTableMoved: "FO680",
  /**
   * Warning: an upgrade moves a job onto the heap state backend (hashmap) with more state than a
   * tenth of a TaskManager's task heap holds for it: the restore may run the TaskManager out of memory.
   */
  heapStateTooLarge: "FO685",
  /** Warning: a job is created while a job writing the same table is deleted (a rename): its state does not follow. */
  renamed: "FO628",
  /** Said by the plan before the deletion is applied (FO7xx: apply carries the deletion out). */
  topicLeftUnwritten: "FO730",
  /** A targeted plan: said of the changes apply carries out. */
  topicSplitByTarget: "FO731",
  /** Info: `--replace JOB` names a job that does not run: there is nothing to restart. */
  nothingToReplace: "FO629",
  /** Warning: a job is created while a job started outside flinkops ended under its name and left state. */
  handJobState: "FO633",
  /** Warning: a job adopted under the managed name writes other tables than the repository's job. */
  adoptOtherQuery: "FO634",
  /** Warning: a first plan creates jobs whose names run for another project here (a renamed project?). */
  projectNamesakes: "FO635",
  /** Warning: a job runs with another max parallelism than the store recorded (an older flinkops did not send it). */
  maxParallelismDrift: "FO636",
  /** Error: an in-place rescale above the running job's max parallelism, which Flink never reaches. */
  aboveMaxParallelism: "FO667",
  /** Warning: a job flinkops deployed was replaced by one without labels, started outside it; adopting keeps that. */
  replacedByHand: "FO638",
  /** Warning: a job alive under a managed name that flinkops never started (no labels, no record) is left alone. */
  unmanaged: "FO639",
  /** Warning: a deleted job is created again without its final savepoint: its sources start where their startup mode says. */
  createdAgainWithoutState: "FO693",
  /**
   * Warning: a change would undo what another checkout applied: the job's last change came from a
   * commit this checkout does not contain (behind, or not fetched). Refused.
   */
  olderCheckout: "FO684"
};
var POLICY_CODES = {
  /** Error: a protected job would be deleted. */
  protectedDelete: "FO620",
  /** Error: a protected job would be upgraded without its state. */
  protectedStateless: "FO621",
  /** Warning: a deletion in this environment needs --allow-delete. */
  deleteNeedsFlag: "FO622",
  /** Error: a job's parallelism is above the environment's maximum. */
  maxParallelism: "FO623",
  /** Error: an upgrade incompatible with its savepoint (or dropping state), in an environment that refuses those. */
  incompatibleUpgrade: "FO624",
  /** Error: a rename (movedFrom) of a protected job to a name policy.protectedJobs does not list (FO60x: a plan code). */
  protectedRename: "FO609"
};

// src/plan/query-features.ts
var JOIN_PREFIXES = /* @__PURE__ */ new Set(["LEFT", "RIGHT", "FULL", "INNER", "CROSS", "OUTER", "NATURAL"]);
var CLAUSE_END = /* @__PURE__ */ new Set([
  "WHERE",
  "GROUP",
  "HAVING",
  "ORDER",
  "LIMIT",
  "WINDOW",
  "UNION",
  "INTERSECT",
  "EXCEPT",
  "JOIN",
  "LEFT",
  "RIGHT",
  "FULL",
  "INNER",
  "CROSS",
  "SELECT",
  "FROM",
  "INSERT",
  "END"
]);
function tokenText(src, tokens) {
  if (tokens.length === 0) return "";
  return normalizeSql(src.slice(tokens[0].start, tokens[tokens.length - 1].end));
}
function clause(tokens, from) {
  const out = [];
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (isOp(t, "(")) depth++;
    else if (isOp(t, ")")) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (isOp(t, ";") || t.kind === "word" && CLAUSE_END.has(t.value))) break;
    out.push(t);
  }
  return out;
}
function joinType(tokens, joinAt) {
  const words = [];
  for (let i = joinAt - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.kind !== "word" || !JOIN_PREFIXES.has(t.value)) break;
    words.unshift(t.value);
  }
  const type = words.filter((w) => w !== "OUTER" && w !== "NATURAL");
  return type.length === 0 ? "INNER" : type.join(" ");
}
function queryFeatures(src, tokens) {
  const f = {
    groupBy: [],
    aggregates: 0,
    joins: [],
    windows: [],
    over: 0,
    rowNumber: 0,
    matchRecognize: 0,
    distinct: 0,
    filters: 0
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word") continue;
    const next = tokens[i + 1];
    if (t.value === "GROUP" && isWord(next, "BY")) {
      f.groupBy.push(tokenText(src, clause(tokens, i + 2)));
    } else if (t.value === "JOIN") {
      f.joins.push(describeJoin(src, tokens, i));
    } else if (WINDOW_TVFS.has(t.value) && isOp(next, "(")) {
      const end = closingParen(tokens, i + 1);
      f.windows.push(`${t.value}(${intervals(src, tokens.slice(i + 2, end)).join(", ")})`);
    } else if (t.value === "OVER" && (isOp(next, "(") || next?.kind === "word" || next?.kind === "quoted")) {
      f.over++;
    } else if (t.value === "ROW_NUMBER" && isOp(next, "(")) {
      f.rowNumber++;
    } else if (t.value === "MATCH_RECOGNIZE") {
      f.matchRecognize++;
    } else if (t.value === "DISTINCT") {
      f.distinct++;
    } else if (t.value === "WHERE" || t.value === "HAVING") {
      f.filters++;
    } else if (AGGREGATE_FUNCTIONS.has(t.value) && isOp(next, "(")) {
      const end = closingParen(tokens, i + 1);
      if (!isWord(tokens[end + 1], "OVER")) f.aggregates++;
    }
  }
  return f;
}
function describeJoin(src, tokens, joinAt) {
  let type = joinType(tokens, joinAt);
  let i = joinAt + 1;
  if (isWord(tokens[i], "LATERAL")) return `${type} JOIN LATERAL (stateless)`;
  let target = "";
  let on = "";
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (isOp(t, "(")) {
      i = closingParen(tokens, i);
      if (!target) target = "(subquery)";
      continue;
    }
    if (isWord(t, "FOR") && isWord(tokens[i + 1], "SYSTEM_TIME"))
      type = type === "INNER" ? "LOOKUP" : `${type} LOOKUP`;
    if (!target && (t.kind === "word" || t.kind === "quoted")) {
      let end = i;
      while (isOp(tokens[end + 1], ".") && (tokens[end + 2]?.kind === "word" || tokens[end + 2]?.kind === "quoted"))
        end += 2;
      target = tokenText(src, tokens.slice(i, end + 1));
      i = end;
      continue;
    }
    if (isWord(t, "ON")) {
      on = tokenText(src, clause(tokens, i + 1));
      break;
    }
    if (isWord(t, "USING") && isOp(tokens[i + 1], "(")) {
      on = `USING ${tokenText(src, tokens.slice(i + 1, closingParen(tokens, i + 1) + 1))}`;
      break;
    }
    if (isOp(t, ";") || isOp(t, ")") || t.kind === "word" && CLAUSE_END.has(t.value)) break;
  }
  return `${type} JOIN ${target}${on ? ` ON ${on}` : ""}`;
}
function intervals(src, tokens) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], "INTERVAL")) continue;
    const parts = [tokens[i + 1], tokens[i + 2]].filter((t) => t !== void 0);
    out.push(`INTERVAL ${tokenText(src, parts)}`);
  }
  return out;
}
function statefulOperators(f) {
  const m = /* @__PURE__ */ new Map();
  const put = (k, n) => {
    if (n > 0) m.set(k, n);
  };
  put("aggregation (GROUP BY)", f.groupBy.length > 0 ? f.groupBy.length : f.aggregates > 0 ? 1 : 0);
  put("JOIN", f.joins.filter((j) => !j.endsWith("(stateless)")).length);
  put("window TVF", f.windows.length);
  put("OVER aggregation", f.over);
  put("ROW_NUMBER (deduplication / top-n)", f.rowNumber);
  put("MATCH_RECOGNIZE", f.matchRecognize);
  put("DISTINCT", f.distinct);
  return m;
}

// src/plan/script-shape.ts
function tokenKey(tokens) {
  return tokens.map((t) => `${t.kind}:${t.value}`).join("");
}
var unquote = ((s) => s.replace(/^'(.*)'$/s, "$1"));
function qualifiedName(tokens, i) {
  let name = "";
  let j = i;
  while (j < tokens.length && (tokens[j].kind === "word" || tokens[j].kind === "quoted")) {
    name = tokens[j].kind === "word" ? tokens[j].value.toLowerCase() : tokens[j].value;
    if (isOp(tokens[j + 1], ".")) j += 2;
    else return [name, j + 1];
  }
  return [name, j];
}
function skipWords(tokens, i, words) {
  let j = i;
  while (j < tokens.length && tokens[j].kind === "word" && words.includes(tokens[j].value)) j++;
  return j;
}
function readHints(tokens) {
  return namedReads(tokens).filter((r) => r[1] !== void 0);
}
function namedReads(tokens) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], "FROM") && !isWord(tokens[i], "JOIN")) continue;
    const n = tokens[i + 1];
    if (!n || n.kind !== "word" && n.kind !== "quoted") continue;
    const [name, after] = qualifiedName(tokens, i + 1);
    if (!name) continue;
    const h = tokens[after];
    out.push([name, h?.kind === "hint" && /^\s*OPTIONS\s*\(/i.test(h.value) ? h.value : void 0]);
  }
  return out;
}
function readsOf(tokens) {
  const ctes = /* @__PURE__ */ new Set();
  const reads = /* @__PURE__ */ new Set();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t.kind === "word" || t.kind === "quoted") && isWord(tokens[i + 1], "AS") && isOp(tokens[i + 2], "(")) {
      const prev = tokens[i - 1];
      if (isWord(prev, "WITH") || isOp(prev, ","))
        ctes.add(t.kind === "word" ? t.value.toLowerCase() : t.value);
    }
    if (isWord(t, "FROM") || isWord(t, "JOIN") || isWord(t, "TABLE") && !isOp(tokens[i + 1], "(")) {
      const n = tokens[i + 1];
      if (!n || isOp(n, "(") || isWord(n, "LATERAL") || isWord(n, "TABLE") || isWord(n, "UNNEST")) continue;
      const [name] = qualifiedName(tokens, i + 1);
      if (name) reads.add(name);
    }
  }
  return [...reads].filter((r) => !ctes.has(r)).sort();
}
function scriptShape(script) {
  const split = splitStatements(script, "<plan>");
  const shape3 = {
    sets: /* @__PURE__ */ new Map(),
    tables: /* @__PURE__ */ new Map(),
    views: /* @__PURE__ */ new Map(),
    functions: /* @__PURE__ */ new Map(),
    queries: /* @__PURE__ */ new Map(),
    other: [],
    broken: split.diags.some((d) => d.severity === "error")
  };
  const addQuery = (tokens, at2) => {
    const j = skipWords(tokens, at2 + 1, ["INTO", "OVERWRITE", "TABLE"]);
    const [sink] = qualifiedName(tokens, j);
    addQueryOf(sink, `INSERT INTO ${sink}`, tokens);
  };
  const addQueryOf = (sink, label3, tokens) => {
    let key = sink;
    for (let n = 2; shape3.queries.has(key); n++) key = `${sink}#${n}`;
    shape3.queries.set(key, {
      sink,
      label: label3,
      src: script,
      tokens,
      text: tokenKey(tokens),
      reads: readsOf(tokens)
    });
  };
  for (const st of split.statements) {
    const tk = st.tokens;
    const w0 = tk[0]?.kind === "word" ? tk[0].value : "";
    if (w0 === "SET" || w0 === "RESET") {
      const key = tk[1] ? unquote(tokenText(script, [tk[1]])) : "";
      const eq = tk.findIndex((t) => isOp(t, "="));
      if (w0 === "RESET") shape3.sets.delete(key);
      else if (key) shape3.sets.set(key, eq >= 0 ? unquote(tokenText(script, tk.slice(eq + 1))) : "");
      continue;
    }
    if (w0 === "INSERT") {
      addQuery(tk, 0);
      continue;
    }
    if (w0 === "EXECUTE" && isWord(tk[1], "STATEMENT")) {
      let start = 4;
      for (let i = 4; i < tk.length; i++) {
        if (isOp(tk[i], ";") || isWord(tk[i], "END") && i === tk.length - 1) {
          if (isWord(tk[start], "INSERT")) addQuery(tk.slice(start, i), 0);
          start = i + 1;
        }
      }
      continue;
    }
    if (w0 === "EXECUTE" && isWord(tk[1], "INSERT")) {
      addQuery(tk.slice(1), 0);
      continue;
    }
    if (w0 === "CREATE" || w0 === "REPLACE" && isWord(tk[1], "TABLE")) {
      const k = skipWords(tk, 1, ["OR", "REPLACE", "TEMPORARY", "TEMPORARY", "SYSTEM"]);
      const what = tk[k]?.kind === "word" ? tk[k].value : "";
      const [name, after] = qualifiedName(tk, skipWords(tk, k + 1, ["IF", "NOT", "EXISTS"]));
      if (what === "TABLE") {
        const as = topLevelAs(tk, after);
        shape3.tables.set(name, tableShape(script, tk.slice(after, as < 0 ? void 0 : as)));
        if (as >= 0)
          addQueryOf(name, `${w0 === "REPLACE" ? "REPLACE" : "CREATE"} TABLE ${name} AS`, tk.slice(as + 1));
        continue;
      }
      if (what === "VIEW") {
        const as = tk.findIndex((t, i) => i >= after && isWord(t, "AS"));
        const q = tk.slice(as + 1);
        shape3.views.set(name, { src: script, tokens: q, text: tokenKey(q) });
        continue;
      }
      if (what === "FUNCTION") {
        shape3.functions.set(name, tokenText(script, tk.slice(after)));
        continue;
      }
    }
    shape3.other.push(tokenText(script, tk));
  }
  return shape3;
}
function topLevelAs(tokens, from) {
  for (let i = from; i < tokens.length; i++) {
    if (isOp(tokens[i], "(")) i = closingParen(tokens, i);
    else if (isWord(tokens[i], "AS")) return i;
  }
  return -1;
}
function tableShape(src, rest) {
  for (let i = 0; i < rest.length; i++) {
    if (isOp(rest[i], "(")) {
      i = closingParen(rest, i);
      continue;
    }
    if (isWord(rest[i], "WITH") && isOp(rest[i + 1], "(")) {
      const end = closingParen(rest, i + 1);
      return {
        schema: `${tokenText(src, rest.slice(0, i))} ${tokenText(src, rest.slice(end + 1))}`.trim(),
        options: tokenText(src, rest.slice(i + 2, end))
      };
    }
  }
  return { schema: tokenText(src, rest), options: "" };
}

// src/plan/causes.ts
var settingEffect = (function settingEffect(key) {
  return SETTING_EFFECTS[key] ?? "upgrade";
});
var show = (function show(v) {
  if (v === void 0) return void 0;
  const s = typeof v === "string" ? v : canonicalJson(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
});
var SHOWN_DEFAULTS = { planMode: "script" };
var settingCauses = (function settingCauses(deployed, job) {
  const before = deployed?.settings;
  if (!before) return [];
  const after = job.settings;
  const keys2 = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out = [];
  for (const key of keys2) {
    const effect = settingEffect(key);
    if (effect !== "upgrade" && effect !== "redeploy") continue;
    out.push(...valueCauses(key, before[key] ?? SHOWN_DEFAULTS[key], after[key] ?? SHOWN_DEFAULTS[key]));
  }
  return out;
});
var isObject = ((v) => typeof v === "object" && v !== null && !Array.isArray(v));
var valueCauses = (function valueCauses(path, a, b) {
  if (canonicalJson(a ?? null) === canonicalJson(b ?? null)) return [];
  if (isObject(a) || isObject(b)) {
    const x = isObject(a) ? a : {};
    const y = isObject(b) ? b : {};
    const keys2 = [.../* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)])].sort();
    return keys2.flatMap((k) => valueCauses(`${path}.${k}`, x[k], y[k]));
  }
  const from = show(a);
  const to = show(b);
  return [
    { kind: "setting", path, ...from !== void 0 ? { from } : {}, ...to !== void 0 ? { to } : {} }
  ];
});
var withoutComments = (function withoutComments(schema) {
  return schema.replace(/\bCOMMENT\s+'(?:[^']|'')*'/gi, "");
});
var ddlCauses = (function ddlCauses(oldScript, newScript) {
  const a = scriptShape(oldScript);
  const b = scriptShape(newScript);
  const out = [];
  const tables = /* @__PURE__ */ new Set([...a.tables.keys(), ...b.tables.keys()]);
  for (const name of [...tables].sort()) {
    const x = a.tables.get(name);
    const y = b.tables.get(name);
    if (!x || !y) continue;
    if (x.schema !== y.schema || x.options !== y.options) {
      out.push({
        kind: "table",
        path: name,
        to: x.schema === y.schema ? "options changed" : withoutComments(x.schema) === withoutComments(y.schema) ? "comment changed" : "schema changed"
      });
    }
  }
  for (const name of [.../* @__PURE__ */ new Set([...a.views.keys(), ...b.views.keys()])].sort()) {
    const x = a.views.get(name);
    const y = b.views.get(name);
    if (x && y && x.text !== y.text) out.push({ kind: "table", path: name, to: "view query changed" });
  }
  for (const name of [.../* @__PURE__ */ new Set([...a.functions.keys(), ...b.functions.keys()])].sort()) {
    const x = a.functions.get(name);
    const y = b.functions.get(name);
    if (x !== void 0 && y !== void 0 && x !== y)
      out.push({ kind: "udf", path: name, to: "definition changed" });
  }
  return out;
});
var ownPartsDiffer = (function ownPartsDiffer(oldScript, newScript) {
  const a = scriptShape(oldScript);
  const b = scriptShape(newScript);
  if (a.broken || b.broken) return true;
  const same = (x, y, key) => x.size === y.size && [...x].every(([k, v]) => y.has(k) && key(y.get(k)) === key(v));
  const names = (x) => [...x.keys()].sort().join("");
  return !(same(a.sets, b.sets, (v) => v) && same(a.queries, b.queries, (q) => q.text) && a.other.join("") === b.other.join("") && names(a.tables) === names(b.tables) && names(a.views) === names(b.views) && names(a.functions) === names(b.functions));
});
var ADD_JAR_NOTE = "its jar is now added to the session with ADD JAR, which the flinkops that deployed the job did not write (an older flinkops; the repository did not change)";
var onlyAddJarAdded = (function onlyAddJarAdded(oldScript, newScript) {
  const isAddJar = (l) => /^ADD JAR /i.test(l.trim());
  const before = oldScript.split("\n");
  const after = newScript.split("\n");
  if (before.some(isAddJar) || !after.some(isAddJar)) return false;
  return after.filter((l) => !isAddJar(l)).join("\n") === oldScript;
});
var JAR_REBUILT = ["jar sha256 changed", "the sha256 of one of their jars changed"];
var SCRIPT_JAR_CHANGED = [
  "jar changed",
  "a jar of the script or of a UDF artifact changed",
  "a jar of the script or a Python file changed",
  "a jar of the script or of a UDF artifact, or a Python file changed"
];
var PYTHON_CHANGED = [
  "Python file changed",
  "a Python file or a UDF jar changed",
  "a Python file or a jar of the script changed",
  "a Python file, a jar of the script or a UDF jar changed"
];
var rebuiltFunctions = (function rebuiltFunctions(causes, job) {
  const scriptJar = scriptJarChanged(causes);
  const repository = jarRebuilt(causes) || pythonFileChanged(causes) || scriptJar && job.udfs.length > 0 ? job.functions.map((f) => f.toLowerCase()) : [];
  const python = pythonFileChanged(causes);
  const own = scriptJar || python ? Object.keys(job.scriptJarFunctions ?? {}) : [];
  const ownPython = python ? Object.keys(job.scriptPythonFunctions ?? {}) : [];
  return [.../* @__PURE__ */ new Set([...repository, ...own, ...ownPython])];
});
var scriptJarChanged = (function scriptJarChanged(causes) {
  return causes.some(
    (c) => c.kind === "udf" && SCRIPT_JAR_CHANGED.includes(c.to ?? "")
  );
});
var pythonFileChanged = (function pythonFileChanged(causes) {
  return causes.some((c) => c.kind === "udf" && PYTHON_CHANGED.includes(c.to ?? ""));
});
var jarRebuilt = (function jarRebuilt(causes) {
  return causes.some((c) => c.kind === "udf" && JAR_REBUILT.includes(c.to ?? ""));
});
var specCauses = (function specCauses(deployed, job) {
  const out = [];
  const old = deployed?.script;
  if (old !== void 0 && old !== job.script && job.udfs.length > 0 && onlyAddJarAdded(old, job.script)) {
    out.push({ kind: "udf", path: job.udfs.join(", "), to: ADD_JAR_NOTE });
  } else if (old !== void 0 && old !== job.script) {
    const shared = /* @__PURE__ */ new Set([...job.tables, ...job.views]);
    const functions = new Set(job.functions.map((f) => f.toLowerCase()));
    const all = ddlCauses(old, job.script);
    const ddl = all.filter(
      (c) => c.kind === "udf" ? functions.has(c.path.toLowerCase()) : shared.has(c.path)
    );
    if (ddl.length === 0 || ddl.length < all.length || ownPartsDiffer(old, job.script))
      out.push({ kind: "script", path: job.sqlFile });
    out.push(...ddl);
  }
  out.push(...settingCauses(deployed, job));
  if (out.length === 0 && old === job.script && deployed?.settings && !deployed.plan) {
    const pythonFiles = Object.keys(job.pythonFiles ?? {});
    const scriptJars = Object.keys(job.scriptJars ?? {});
    const withUdfs = job.udfs.length > 0 ? 1 : 0;
    if (pythonFiles.length > 0)
      out.push({
        kind: "udf",
        path: pythonFiles.join(", "),
        to: PYTHON_CHANGED[withUdfs + (scriptJars.length > 0 ? 2 : 0)]
      });
    if (scriptJars.length > 0)
      out.push({
        kind: "udf",
        path: scriptJars.join(", "),
        to: SCRIPT_JAR_CHANGED[withUdfs + (pythonFiles.length > 0 ? 2 : 0)]
      });
    if (out.length === 0 && job.udfs.length > 0)
      out.push(
        job.udfs.length === 1 ? { kind: "udf", path: job.udfs[0], to: JAR_REBUILT[0] } : { kind: "udf", path: job.udfs.join(", "), to: JAR_REBUILT[1] }
      );
  }
  if (out.length === 0) {
    out.push({
      kind: "script",
      path: job.sqlFile,
      ...deployed?.specHash ? { from: deployed.specHash } : {},
      to: job.restartHash
    });
  }
  return out;
});
var describeCauses = (function describeCauses(causes) {
  const parts = [];
  const names = (kind) => causes.filter((c) => c.kind === kind).map((c) => c.path);
  if (causes.some((c) => c.kind === "script")) parts.push("compiled script changed");
  const isView = (c) => c.kind === "table" && c.to === "view query changed";
  const tables = causes.filter((c) => c.kind === "table" && !isView(c)).map((c) => c.path);
  if (tables.length) parts.push(`${tables.length === 1 ? "table" : "tables"} ${tables.join(", ")} changed`);
  const views = causes.filter(isView).map((c) => c.path);
  if (views.length) parts.push(`${views.length === 1 ? "view" : "views"} ${views.join(", ")} changed`);
  const loaded = causes.filter((c) => c.kind === "udf" && c.to === ADD_JAR_NOTE).map((c) => c.path);
  if (loaded.length)
    parts.push(`UDF jars of ${loaded.join(", ")} now loaded with ADD JAR (a newer flinkops)`);
  const changed = causes.filter((c) => c.kind === "udf" && c.to !== ADD_JAR_NOTE).map((c) => c.path);
  if (changed.length) parts.push(`${changed.length === 1 ? "UDF" : "UDFs"} ${changed.join(", ")} changed`);
  const settings = names("setting");
  if (settings.length)
    parts.push(`${settings.length === 1 ? "setting" : "settings"} ${settings.join(", ")} changed`);
  return parts.join("; ");
});

// src/plan/verdict-advice.ts
function restoredUnread(operators = []) {
  const dropped = operators.filter((o) => o.state === "dropped");
  if (dropped.length === 0 || dropped.some((o) => !o.unread)) return void 0;
  return dropped.map((o) => o.name).join(", ");
}
function adviceFor(verdict, input) {
  if (verdict === "compatible") return [];
  const where = input.settingsFile ?? "the job settings";
  const out = [];
  if (input.restoredUnread && verdict === "drops-state") {
    out.push(
      input.allowNonRestoredState ? "allowNonRestoredState is set: losing that state is accepted" : `set allowNonRestoredState: true in ${where} to accept losing that state (Flink restores without it all the same)`
    );
  } else if (verdict === "drops-state" || verdict === "unknown") {
    out.push(
      input.allowNonRestoredState ? "allowNonRestoredState is set: state that no longer matches an operator is dropped on restore" : `set allowNonRestoredState: true in ${where} to drop the state that no longer matches`
    );
  }
  out.push(`set upgradeMode: stateless in ${where} to start the new version without state`);
  if (input.renamedFrom)
    out.push(
      `or rename first and change the script after: apply movedFrom: ${input.renamedFrom} with ${input.renamedFrom}'s script as it runs (its state restores), then change the script and pin a savepoint rewritten for the new version (the State Processor API) with restoreFrom: <path> in ${where}; restoreFrom beside movedFrom is refused while ${input.renamedFrom} exists (FO734)`
    );
  else if (!input.restoreFrom)
    out.push(
      `or pin a savepoint rewritten for the new version (the State Processor API) with restoreFrom: <path> in ${where}`
    );
  return out;
}

// src/plan/compat.ts
var TOPOLOGY_KEYS = /* @__PURE__ */ new Set([
  "table.exec.mini-batch.enabled",
  "table.optimizer.agg-phase-strategy",
  "table.optimizer.distinct-agg.split.enabled",
  "table.optimizer.incremental-agg-enabled",
  "table.optimizer.reuse-source-enabled",
  "table.optimizer.reuse-sub-plan-enabled",
  "table.optimizer.join-reorder-enabled",
  "table.exec.sink.upsert-materialize",
  "table.exec.sink.keyed-shuffle",
  "table.exec.source.cdc-events-duplicate",
  "table.exec.uid.generation",
  "table.exec.uid.format",
  "pipeline.max-parallelism"
]);
var STATE_KEYS = /* @__PURE__ */ new Set(["table.exec.state.ttl", "state.backend", "state.backend.type"]);
var OLD_SCRIPT_UNKNOWN = "the script the running job was started from is not known";
var ADOPTED_SCRIPT_UNKNOWN = "the job was adopted (started outside flinkops): the script that wrote its state is not known";
var judgedWithoutOldScript = (function judgedWithoutOldScript(c) {
  return c.source === "estimate" && c.findings.some((f) => f === OLD_SCRIPT_UNKNOWN || f === ADOPTED_SCRIPT_UNKNOWN);
});
function compatibility(input) {
  if (input.strategy === "stateless") {
    return {
      verdict: "compatible",
      source: "estimate",
      findings: [
        "upgradeMode: stateless: the new job starts without state, nothing is restored",
        ...sourceStartFindings(input.newScript)
      ],
      advice: []
    };
  }
  const findings = [];
  if (input.oldScript === void 0) {
    findings.push({
      level: "unknown",
      text: input.oldScriptUnknown ?? OLD_SCRIPT_UNKNOWN
    });
  } else {
    const a = scriptShape(input.oldScript);
    const b = scriptShape(input.newScript);
    if (a.broken || b.broken) {
      findings.push({ level: "unknown", text: "a script could not be analysed (SQL syntax problems)" });
    } else {
      compareShapes(a, b, findings);
      parallelismFinding(input, b, findings);
    }
  }
  maxParallelismFinding(input, findings);
  const verdict = findings.some((f) => f.level === "certain") ? "incompatible" : findings.some((f) => f.level === "incompatible" || f.level === "unknown") ? "unknown" : "compatible";
  return {
    verdict,
    source: "estimate",
    findings: findings.map((f) => f.level === "incompatible" ? `likely to lose state: ${f.text}` : f.text),
    advice: verdict === "compatible" ? [] : advice(input)
  };
}
function withOptions(text) {
  const out = /* @__PURE__ */ new Map();
  for (const m of text.matchAll(/'((?:[^']|'')*)'\s*=\s*'((?:[^']|'')*)'/g))
    out.set(m[1].replace(/''/g, "'").toLowerCase(), m[2].replace(/''/g, "'"));
  return out;
}
function sourceStartFindings(script) {
  const shape3 = scriptShape(script);
  if (shape3.broken) return [];
  const read = new Set([...shape3.queries.values()].flatMap((q) => q.reads));
  for (const v of shape3.views.values()) for (const r of readsOf(v.tokens)) read.add(r);
  const hinted = /* @__PURE__ */ new Map();
  for (const q of [...shape3.queries.values(), ...shape3.views.values()])
    for (const [name, hint] of readHints(q.tokens))
      hinted.set(name, [...hinted.get(name) ?? [], withOptions(hint)]);
  const out = [];
  for (const [name, t] of shape3.tables) {
    if (!read.has(name)) continue;
    const own = withOptions(t.options);
    const hints = hinted.get(name) ?? [];
    const merged = (...hs) => new Map(hs.flatMap((h) => [...h]));
    const reads = hints.some((h) => h.has("scan.startup.mode")) ? hints.map((h) => [merged(own, h), h.has("scan.startup.mode")]) : [[merged(own, ...hints), false]];
    for (const [o, byHint] of reads) {
      const finding = sourceStart(name, o, byHint);
      if (finding && !out.includes(finding)) out.push(finding);
    }
  }
  return out;
}
var CDC_CONNECTORS = /* @__PURE__ */ new Set(["postgres-cdc", "mysql-cdc", "oracle-cdc", "sqlserver-cdc", "db2-cdc"]);
function sourceStart(name, o, hinted) {
  const connector = o.get("connector")?.toLowerCase();
  if (connector && CDC_CONNECTORS.has(connector)) return cdcStart(name, connector, o, hinted);
  if (connector !== "kafka" && connector !== "upsert-kafka") return void 0;
  const topic = o.get("topic") ?? o.get("topic-pattern");
  const src = `source ${name}${topic ? ` (topic ${topic})` : ""}`;
  const mode = connector === "upsert-kafka" ? "earliest-offset" : (o.get("scan.startup.mode") ?? "group-offsets").toLowerCase();
  const said = `scan.startup.mode: ${mode}${hinted && connector === "kafka" ? ", its OPTIONS hint" : ""}`;
  if (mode === "earliest-offset")
    return `${src} reads the topic from its start again (${said}): every record still in it is processed and written to the sinks again, duplicates an exactly-once sink does not remove`;
  if (mode === "latest-offset")
    return `${src} reads only records that arrive after the new job starts (${said}): those written since the old job's last checkpoint are never processed`;
  if (mode === "group-offsets")
    return `${src} starts from the offsets its consumer group${o.get("properties.group.id") ? ` ${o.get("properties.group.id")}` : ""} last committed (at the old job's last completed checkpoint): records processed after it are processed again (a sink that is not exactly-once gets them twice)`;
  return `${src} starts where ${said} says, not where the old job stopped`;
}
var postgresCdcSlots = (function postgresCdcSlots(script) {
  if (script === void 0) return [];
  const shape3 = scriptShape(script);
  if (shape3.broken) return [];
  const out = [];
  for (const q of [...shape3.queries.values(), ...shape3.views.values()]) {
    for (const [name, hint] of namedReads(q.tokens)) {
      const t = shape3.tables.get(name);
      if (!t) continue;
      const own = withOptions(t.options);
      if (own.get("connector")?.toLowerCase() !== "postgres-cdc") continue;
      const slot = (hint ? withOptions(hint).get("slot.name") : void 0) ?? own.get("slot.name");
      if (slot === void 0 || out.some((o) => o.slot === slot)) continue;
      out.push({ table: name, slot, database: own.get("database-name"), host: own.get("hostname") });
    }
  }
  return out;
});
function cdcTableName(option) {
  return [option("database-name"), option("schema-name"), option("table-name")].filter(Boolean).join(".");
}
function cdcStart(name, connector, o, hinted) {
  const table2 = cdcTableName((k) => o.get(k));
  const slot = o.get("slot.name");
  const src = `source ${name} (${connector}${table2 ? ` table ${table2}` : ""})`;
  const mode = (o.get("scan.startup.mode") ?? "initial").toLowerCase();
  const said = `scan.startup.mode: ${mode}${hinted ? ", its OPTIONS hint" : ""}`;
  if (mode === "initial")
    return `${src} reads a new snapshot of the table (${said}): every row is written to the sinks again (an append or Kafka sink gets it twice), and a row deleted since the old job's last checkpoint is in no snapshot and sends no delete, so an upsert sink keeps it`;
  if (mode === "latest-offset")
    return `${src} reads only changes made after the new job starts (${said}): changes made since the old job's last checkpoint are never processed${slot ? ` (replication slot ${slot} is not rewound)` : ""}`;
  if (mode === "snapshot")
    return `${src} reads a new snapshot of the table and then ends (${said}): every row is written to the sinks again`;
  return `${src} starts where ${said} says, not where the old job stopped`;
}
function parallelismFinding(input, shape3, out) {
  const p = input.parallelism;
  if (!p || p.from === void 0 || p.from === p.to) return;
  const pinned = [...shape3.tables.values()].some((t) => /'(?:sink|scan)\.parallelism'/.test(t.options));
  if (pinned || shape3.sets.has("table.exec.resource.default-parallelism")) {
    out.push({
      level: "incompatible",
      text: `parallelism ${p.from} \u2192 ${p.to} with operators pinned to their own parallelism: chaining, and so operator ids, change`
    });
  }
}
function maxParallelismFinding(input, out) {
  const mp = input.maxParallelism;
  if (!mp || mp.from === mp.to) return;
  const what = `maxParallelism ${mp.from ?? "(unset)"} \u2192 ${mp.to ?? "(unset)"}`;
  const shape3 = scriptShape(input.newScript);
  const keyed = shape3.broken || [...shape3.queries.values(), ...shape3.views.values()].some(
    (q) => statefulOperators(queryFeatures(q.src, q.tokens)).size > 0
  );
  if (!keyed) out.push({ level: "info", text: `${what} (the query keeps no keyed state)` });
  else if (mp.from === void 0 || mp.to === void 0)
    out.push({ level: "unknown", text: `${what}: keyed state restores only if the derived value matches` });
  else
    out.push({
      level: "certain",
      text: `${what}: keyed state cannot be restored into other key groups`
    });
}
function advice(input) {
  const out = adviceFor("unknown", input);
  if (input.oldScriptUnknown === ADOPTED_SCRIPT_UNKNOWN && !input.allowNonRestoredState)
    out.unshift(
      "nothing, if the job was started from the repository's query, tables and settings (a migration of the same script): its state maps, and Flink checks it on restore; the hints below drop state"
    );
  return out;
}
function keys(a, b) {
  return [.../* @__PURE__ */ new Set([...a.keys(), ...b.keys()])].sort();
}
function compareShapes(a, b, out) {
  for (const k of keys(a.sets, b.sets)) {
    const x = a.sets.get(k);
    const y = b.sets.get(k);
    if (x === y) continue;
    const what = `SET '${k}' ${x === void 0 ? "added" : y === void 0 ? "removed" : `changed: ${x} \u2192 ${y}`}`;
    if (TOPOLOGY_KEYS.has(k))
      out.push({ level: "incompatible", text: `${what} (reshapes the operator graph)` });
    else if (STATE_KEYS.has(k)) out.push({ level: "unknown", text: `${what} (changes how state is kept)` });
    else out.push({ level: "info", text: `${what} (does not touch state)` });
  }
  for (const k of keys(a.tables, b.tables)) {
    const x = a.tables.get(k);
    const y = b.tables.get(k);
    if (!x || !y) {
      out.push({ level: "info", text: `table ${k} ${x ? "no longer declared" : "newly declared"}` });
      continue;
    }
    if (x.schema !== y.schema) {
      out.push({
        level: "unknown",
        text: `table ${k}: columns, watermark or keys changed (row types kept in state may differ)`
      });
    } else if (x.options !== y.options) {
      out.push({ level: "info", text: `table ${k}: connector options changed (no operator state)` });
    }
  }
  for (const k of keys(a.functions, b.functions)) {
    if (a.functions.get(k) !== b.functions.get(k)) {
      out.push({
        level: "unknown",
        text: `function ${k} changed (accumulators of a changed UDF may not restore)`
      });
    }
  }
  for (const k of keys(a.views, b.views)) {
    const x = a.views.get(k);
    const y = b.views.get(k);
    if (x?.text === y?.text) continue;
    if (!x || !y) {
      out.push({ level: "info", text: `view ${k} ${x ? "removed" : "added"}` });
      continue;
    }
    compareQueries(`view ${k}`, queryFeatures(x.src, x.tokens), queryFeatures(y.src, y.tokens), out);
  }
  for (const k of keys(a.queries, b.queries)) {
    const x = a.queries.get(k);
    const y = b.queries.get(k);
    if (!x || !y) {
      out.push({ level: "incompatible", text: `sink ${x ? "removed" : "added"}: ${(x ?? y).label}` });
      continue;
    }
    if (x.text === y.text) continue;
    const label3 = x.label;
    for (const r of x.reads.filter((n) => !y.reads.includes(n))) {
      out.push({ level: "incompatible", text: `${label3}: source ${r} removed` });
    }
    for (const r of y.reads.filter((n) => !x.reads.includes(n))) {
      out.push({ level: "incompatible", text: `${label3}: source ${r} added` });
    }
    compareQueries(label3, queryFeatures(x.src, x.tokens), queryFeatures(y.src, y.tokens), out);
  }
  const otherA = [...a.other].sort().join("\n");
  const otherB = [...b.other].sort().join("\n");
  if (otherA !== otherB)
    out.push({ level: "unknown", text: "other statements changed (catalog, USE, ADD JAR...)" });
}
function joinShape(join) {
  return join.replace(/^(.*?JOIN )(?:`[^`]*`|\S)+/, "$1\u2026");
}
function compareQueries(label3, x, y, out) {
  const before = out.length;
  const opsA = statefulOperators(x);
  const opsB = statefulOperators(y);
  for (const op of keys(opsA, opsB)) {
    const n = opsA.get(op) ?? 0;
    const m = opsB.get(op) ?? 0;
    if (n === m) continue;
    const verb = n === 0 ? "added" : m === 0 ? "removed" : `${n} \u2192 ${m}`;
    out.push({ level: "incompatible", text: `${label3}: stateful operator ${op} ${verb}` });
  }
  const list = (v) => v.length ? v.join("; ") : "(none)";
  if (x.groupBy.length && y.groupBy.length && list(x.groupBy) !== list(y.groupBy)) {
    out.push({
      level: "incompatible",
      text: `${label3}: GROUP BY keys changed: ${list(x.groupBy)} \u2192 ${list(y.groupBy)}`
    });
  }
  if (x.joins.length && y.joins.length && list(x.joins) !== list(y.joins)) {
    const shapes = (v) => list(v.map(joinShape));
    out.push(
      shapes(x.joins) === shapes(y.joins) ? {
        level: "unknown",
        text: `${label3}: joined table changed, with the same join type and keys: ${list(x.joins)} \u2192 ${list(y.joins)} (operator ids follow the graph, not table names; the rows the table gives may differ)`
      } : {
        level: "incompatible",
        text: `${label3}: join type or keys changed: ${list(x.joins)} \u2192 ${list(y.joins)}`
      }
    );
  }
  if (x.windows.length && y.windows.length && list(x.windows) !== list(y.windows)) {
    out.push({
      level: "unknown",
      text: `${label3}: window changed: ${list(x.windows)} \u2192 ${list(y.windows)}`
    });
  }
  if (out.length === before) {
    const filters = x.filters === y.filters ? void 0 : x.filters < y.filters ? "added" : "removed";
    out.push({
      level: "unknown",
      text: filters ? `${label3}: query changed with the same stateful operators, a WHERE or HAVING ${filters} (operator ids follow the graph: a filter ${filters} can ${filters === "added" ? "add" : "remove"} a step and move the ids of the operators after it; plan against the cluster to know)` : `${label3}: query changed with the same stateful operators (operator ids follow the graph, which edits inside a filter or projection usually keep; plan against the cluster to know)`
    });
  }
}

// src/plan/job-inputs.ts
var MEANWHILE = "This plan was made meanwhile: if that run is still going, plan again once it has finished; if it ended, the next apply finishes what it left.";
var isAlive = (function isAlive(j) {
  return !isTerminal(j.state);
});
function fileRange(file) {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
function at(t) {
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
}
var submittedStatement = (function submittedStatement(job) {
  return job.statementRanges?.at(-1) ?? fileRange(job.sqlFile);
});
var specHashOf = (function specHashOf(j) {
  const h = j.labels?.[LABEL_KEYS.specHash];
  return h !== void 0 ? { specHash: h } : {};
});
var storeAsLive = (function storeAsLive(job, jobId, specHash, parallelism3) {
  return {
    jobId,
    name: job.pipelineName,
    state: "RUNNING",
    startTime: 0,
    parallelism: parallelism3,
    vertices: [],
    labels: { [LABEL_KEYS.specHash]: specHash },
    job: job.name
  };
});
var changedStatement = (function changedStatement(job, oldScript) {
  const ranges = job.statementRanges;
  if (!ranges?.length || oldScript === void 0) return void 0;
  const squash2 = (t) => t.replace(/\s+/g, " ").trim();
  const spans = splitStatements(job.script, job.sqlFile).statements;
  if (spans.length < ranges.length) return void 0;
  const old = new Set(splitStatements(oldScript, job.sqlFile).statements.map((s) => squash2(s.text)));
  const own = spans.slice(spans.length - ranges.length);
  const i = own.findIndex((s) => !old.has(squash2(s.text)));
  return i < 0 ? void 0 : ranges[i];
});

// src/plan/live-tables.ts
var WRITER = /^(.+?)(?:\[\d+\])?: Writer$/;
var SINK = /^Sink: (.+?)(?:\[\d+\])?$/;
var FILE_SINK = /* @__PURE__ */ new Set(["StreamingFileWriter", "PartitionCommitter"]);
var FILE_SINK_END = "end: Writer";
var vertexSinks = (function vertexSinks(vertices) {
  const named2 = /* @__PURE__ */ new Set();
  let unnamed2 = false;
  for (const v of vertices)
    for (const part of chainedOperators(v.name)) {
      if (FILE_SINK.has(part)) unnamed2 = true;
      if (FILE_SINK.has(part) || part === FILE_SINK_END) continue;
      const m = WRITER.exec(part) ?? SINK.exec(part);
      if (m) named2.add(m[1].toLowerCase());
    }
  return { named: named2, unnamed: unnamed2 };
});
var objectName = (function objectName(name) {
  return (name.split(".").pop() ?? name).replaceAll("`", "").toLowerCase();
});
var otherSinks = (function otherSinks(vertices, repoSinks) {
  const { named: live2, unnamed: unnamed2 } = vertexSinks(vertices);
  if (live2.size === 0 || unnamed2 || repoSinks.length === 0) return void 0;
  const mine = new Set(repoSinks.map(objectName));
  return [...live2].some((t) => mine.has(t)) ? void 0 : [...live2].sort();
});

// src/plan/parallelism.ts
var rescaleMode = (function rescaleMode(ctx) {
  return ctx.adaptiveScheduler && atLeast(parseFlinkVersion(ctx.flinkVersion), 1, 18) ? "in-place" : "savepoint-restart";
});
var runningMaxParallelism = (function runningMaxParallelism(j) {
  const max = liveMaxParallelism(j.live);
  return max !== void 0 ? { runningMaxParallelism: max } : {};
});
function recordedMaxParallelism(deployed) {
  return typeof deployed?.maxParallelism === "number" ? deployed.maxParallelism : void 0;
}
function liveMaxParallelism(live2) {
  const running = live2.find((l) => !isTerminal(l.state));
  const values = new Set(running?.vertices.map((v) => v.maxParallelism).filter((m) => m > 1));
  return values.size === 1 ? [...values][0] : void 0;
}
function maxParallelismDrift(j, running) {
  const wanted = j.job.settings.maxParallelism;
  const runsWith = liveMaxParallelism([running]);
  if (wanted === void 0 || runsWith === void 0 || runsWith === wanted) return void 0;
  if (recordedMaxParallelism(j.current?.settings) !== wanted) return void 0;
  const file = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  return warning(
    PLAN_CODES.maxParallelismDrift,
    `Job ${j.job.name} runs with max parallelism ${runsWith}, not the repository's ${wanted}`,
    `The state store records maxParallelism ${wanted} for job ${running.jobId}, but Flink runs it with ${runsWith}: it was started by an older flinkops, which did not pass maxParallelism to Flink. Its keyed state is split into ${runsWith} key groups and restores only under ${runsWith}: an upgrade under ${wanted} fails to restore it. Set maxParallelism: ${runsWith} in ${file} (the next apply restarts the job through a savepoint under it), or upgradeMode: stateless there to start it without its state.`,
    fileRange(j.job.yamlFile ?? j.job.sqlFile)
  );
}
var effectiveParallelism = (function effectiveParallelism(running, record3, desired) {
  const current = record3?.current;
  const recorded = isRecordedRun(current, running);
  const ended = isTerminal(running.state);
  if (recorded && current.parallelism !== running.parallelism && running.vertices.some(
    (v) => v.upperBound === current.parallelism || ended && v.parallelism === current.parallelism
  ))
    return current.parallelism;
  const interrupted2 = record3?.pending?.kind === "rescale" && record3.pending.jobId === running.jobId;
  const bounds = running.vertices.filter((v) => v.maxParallelism !== 1).map((v) => v.upperBound);
  if (recorded && !interrupted2) return rescaledByHand(bounds, current) ?? running.parallelism;
  const moved = desired !== void 0 && desired !== running.parallelism && bounds.includes(desired) && !bounds.some((b) => b === void 0 || b === running.parallelism);
  return moved ? desired : running.parallelism;
});
var PINS_VERTICES = /'(?:sink\.parallelism|scan\.parallelism|table\.exec\.resource\.default-parallelism)'/;
var rescaledByHand = (function rescaledByHand(bounds, current) {
  if (current.adopted || PINS_VERTICES.test(current.script)) return void 0;
  const [first] = bounds;
  if (first === void 0 || first === current.parallelism || bounds.some((b) => b !== first))
    return void 0;
  return first;
});
var runningBelow = (function runningBelow(vertices, parallelism3) {
  const bounded = vertices.filter((v) => v.upperBound === parallelism3);
  if (bounded.length === 0) return void 0;
  const running = Math.max(...bounded.map((v) => v.parallelism));
  return running < parallelism3 ? running : void 0;
});

// src/plan/restore-points.ts
var latestRestorePoint = (function latestRestorePoint(live2, record3, cluster) {
  const points = [];
  for (const j of live2) {
    if (j.latestSavepoint) points.push({ ...j.latestSavepoint, what: "savepoint" });
    if (j.latestCheckpoint) points.push({ ...j.latestCheckpoint, what: "checkpoint" });
  }
  const sp = lastRestorableSavepoint(record3, cluster);
  if (sp) points.push({ path: sp.path, time: Date.parse(sp.time), what: restorePointKind(sp.path) });
  const started = record3?.current;
  const disposed = record3?.savepoints.some(
    (s) => sameSavepointPath(s.path, started?.restoredFrom) && (s.disposed || writtenByNewerMajor(s, cluster))
  );
  if (started?.restoredFrom && !disposed && !Number.isNaN(Date.parse(started.deployedAt)))
    points.push({
      path: started.restoredFrom,
      time: Date.parse(started.deployedAt),
      what: restorePointKind(started.restoredFrom)
    });
  const since = startedWithoutState(record3) ?? Number.NEGATIVE_INFINITY;
  const own = points.filter((p) => p.time >= since);
  own.sort(
    (a, b) => b.time - a.time || (a.what < b.what ? 1 : a.what > b.what ? -1 : 0) || (a.path < b.path ? -1 : 1)
  );
  return own[0];
});
function startedWithoutState(record3) {
  const current = record3?.current;
  if (!current?.startedWithoutState || current.restoredFrom) return void 0;
  const t = Date.parse(current.deployedAt);
  return Number.isNaN(t) ? void 0 : t;
}
var stoppedByInterruptedApply = (function stoppedByInterruptedApply(record3, jobId) {
  const p = record3?.pending;
  return p?.kind === "stop-with-savepoint" && p.jobId === jobId;
});
var stoppedForRestart = (function stoppedForRestart(record3, last) {
  return last.state === "FINISHED" && (record3?.savepoints ?? []).some(
    (s) => s.jobId === last.jobId && (s.kind === "upgrade" || s.kind === "rescale") && !s.disposed
  );
});
function ownRestorableSavepoint(record3, cluster) {
  const sp = lastRestorableSavepoint(record3, cluster);
  const since = startedWithoutState(record3);
  return sp && (since === void 0 || Date.parse(sp.time) >= since) ? sp : void 0;
}
var pinRewinds = (function pinRewinds(compat, pinned, record3, live2) {
  const pin = pinned === void 0 ? void 0 : record3?.savepoints.find((s) => sameSavepointPath(s.path, pinned));
  if (!compat || !pin || !record3) return;
  const pinTime = Date.parse(pin.time);
  const later = record3.savepoints.filter((s) => !s.disposed && !sameSavepointPath(s.path, pin.path)).map((s) => Date.parse(s.time));
  const newest = Math.max(live2?.lastCheckpointTime ?? Number.NEGATIVE_INFINITY, ...later);
  if (!(newest - pinTime > 6e4)) return;
  compat.findings.push(
    `restoreFrom rewinds the job to ${pin.path} of ${at(pinTime)}, ${formatAge(newest - pinTime)} before its newest state (${at(newest)}): its sources read again what they read since, and its sinks get it again (an append or exactly-once Kafka sink writes it twice; an upsert sink by key ends the same)`
  );
});
function noRestorePoint(job, what, ended) {
  const discarded = ended?.lastCheckpointTime !== void 0 ? `Job ${ended.jobId} completed checkpoints, but Flink discarded them when it ended (${ended.state}): ${ended.state === "FAILED" ? "a job that fails for good keeps its checkpoints only with execution.checkpointing.externalized-checkpoint-retention: DELETE_ON_CANCELLATION or RETAIN_ON_CANCELLATION" : "a cancelled job keeps its checkpoints only with execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION"} (set it in the config of ${job.yamlFile ?? `jobs/${job.name}.yaml`} for the next time). ` : "";
  return warning(
    PLAN_CODES.noRestorePoint,
    `No savepoint or checkpoint known for the ${what} of job ${job.name}`,
    `${discarded}It starts without state. To start from a known savepoint, set restoreFrom: <path> in the job settings.`
  );
}
var warnNewerReleaseSavepoints = (function warnNewerReleaseSavepoints(j, what, restoreFrom, since) {
  const cluster = majorMinor(j.ctx.flinkVersion);
  const skipped = unreadableSavepoints(j.record, cluster, since);
  if (skipped.length === 0 || cluster === void 0) return;
  const newest = skipped[0];
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  j.diags.push(
    warning(
      PLAN_CODES.newerReleaseSavepoint,
      `The ${what} of job ${j.job.name} on Flink ${cluster} passes over ${skipped.length === 1 ? "its savepoint" : `${skipped.length} of its savepoints`} that Flink ${newest.flinkVersion} wrote (newest ${newest.path}, ${newest.time})`,
      `A Flink ${cluster.split(".")[0]}.x release cannot read a savepoint a newer major release wrote ("Unrecognized checkpoint version number"), so the job ${restoreFrom ? `restores from ${restoreFrom} instead` : "starts without state"}: the state written since is not restored. To keep it, run the job on a cluster of Flink ${newest.flinkVersion} (or newer) again; to start from other state, set restoreFrom: <path> in ${settings} (flinkops savepoints list ${j.job.name} shows which release wrote each).`,
      fileRange(j.job.sqlFile)
    )
  );
});

// src/sql/probe-scope.ts
var LASTING_STORE = { perSession: false, builtinCatalog: "default_catalog" };
var IN_MEMORY = "generic_in_memory";
var catalogStoreOf = (function catalogStoreOf(config) {
  const kind = config["table.catalog-store.kind"]?.trim().toLowerCase();
  return {
    perSession: kind === void 0 || kind === "" || kind === IN_MEMORY,
    builtinCatalog: config["table.builtin-catalog-name"]?.trim() || "default_catalog"
  };
});
var perSessionStore = (function perSessionStore(builtinCatalog = "default_catalog") {
  return { perSession: true, builtinCatalog };
});
var SESSION_KINDS = /* @__PURE__ */ new Set(["set", "reset", "use", "add_jar", "load_module", "unload_module"]);
var READ_ONLY = /* @__PURE__ */ new Set(["explain", "show", "show_jobs", "describe", "describe_job"]);
var SET_MARKERS = /* @__PURE__ */ new Set(["begin_statement_set", "end"]);
var EXPLAINED = /* @__PURE__ */ new Set(["insert", "statement_set", "execute"]);
var CATALOG_OBJECTS = /* @__PURE__ */ new Set(["create_table", "create_view", "create_function", "create_database"]);
var explained = (function explained(st, ctas) {
  return EXPLAINED.has(st.kind) || ctas && st.kind === "create_table_as";
});
var lastingStatement = (function lastingStatement(statements, ctas, store) {
  return lastingStatements(statements, ctas, store)[0];
});
var existenceCheck = (function existenceCheck(st) {
  const quoted = (parts) => parts.map((p) => `\`${p.replaceAll("`", "``")}\``).join(".");
  if (st.kind === "create_table" && st.table?.ifNotExists && !st.table.asQuery)
    return `DESCRIBE ${quoted(st.table.name.parts)}`;
  if (st.kind === "create_view" && st.view?.ifNotExists) return `DESCRIBE ${quoted(st.view.name.parts)}`;
  if (st.kind === "create_database" && st.database?.ifNotExists)
    return `SHOW TABLES FROM ${quoted(st.database.name.parts)}`;
  return void 0;
});
var lastingUnder = (function lastingUnder(statements, ctas, store) {
  const checked = /* @__PURE__ */ new Set();
  let unchecked;
  for (const st of lastingStatements(statements, ctas, store))
    if (existenceCheck(st) !== void 0) checked.add(st);
    else unchecked ??= st;
  return { ...unchecked ? { unchecked } : {}, checked };
});
var lastingStatements = (function lastingStatements(statements, ctas, store) {
  const out = [];
  let catalog = store.builtinCatalog;
  for (const st of statements) {
    if (st.kind === "use" && st.use) {
      if (st.use.catalog) catalog = st.use.parts[0] ?? catalog;
      else if (st.use.parts.length === 2) catalog = st.use.parts[0];
      continue;
    }
    if (SESSION_KINDS.has(st.kind) || READ_ONLY.has(st.kind) || SET_MARKERS.has(st.kind)) continue;
    if (explained(st, ctas)) continue;
    if (!sessionScoped(st, catalog, store)) out.push(st);
  }
  return out;
});
var CREATE_TEMPORARY = /^\s*CREATE\s+(?:OR\s+REPLACE\s+)?TEMPORARY\b/i;
var sessionScoped = (function sessionScoped(st, catalog, store) {
  if (st.kind === "create_table_as") return false;
  if (st.kind.startsWith("create_"))
    return (st.object ? st.object.temporary : CREATE_TEMPORARY.test(st.text)) || createdInSession(st, catalog, store);
  if (st.kind !== "alter" && st.kind !== "drop") return false;
  const target = st.object;
  if (!target) return false;
  if (target.temporary) return true;
  if (!store.perSession) return false;
  return target.kind === "catalog" || catalogOf(target.name.parts, target.kind === "database", catalog) === store.builtinCatalog;
});
var createdInSession = (function createdInSession(st, catalog, store) {
  if (!store.perSession) return false;
  if (st.kind === "create_catalog") return true;
  if (!CATALOG_OBJECTS.has(st.kind)) return false;
  const name = st.table?.name ?? st.view?.name ?? st.function?.name ?? st.database?.name;
  return name !== void 0 && catalogOf(name.parts, st.kind === "create_database", catalog) === store.builtinCatalog;
});
var catalogOf = (function catalogOf(parts, database, catalog) {
  return parts.length >= (database ? 2 : 3) ? parts[0] : catalog;
});

// src/plan/kept-definitions.ts
var keyOf = (function keyOf(st) {
  const name = st.table?.name ?? st.view?.name ?? st.database?.name;
  return name && `${st.kind} ${name.parts.join(".")}`;
});
var keptCreates = (function keptCreates(statements) {
  const out = /* @__PURE__ */ new Map();
  for (const st of lastingStatements(statements, false, perSessionStore())) {
    const key = keyOf(st);
    const ifNotExists = st.table?.ifNotExists ?? st.view?.ifNotExists ?? st.database?.ifNotExists;
    if (key && ifNotExists) out.set(key, st);
  }
  return out;
});
var squash = ((text) => text.replace(/\s+/g, " ").trim());
var tableChanges = (function tableChanges(old, next) {
  const out = [];
  const columns = (t) => new Map(t.columns.map((c) => [c.name, squash(`${c.type ?? c.expr ?? ""}`)]));
  const before = columns(old);
  const after = columns(next);
  for (const [name, type] of after)
    if (!before.has(name)) out.push(`column ${name} added`);
    else if (before.get(name) !== type) out.push(`column ${name} ${before.get(name)} \u2192 ${type}`);
  for (const name of before.keys()) if (!after.has(name)) out.push(`column ${name} removed`);
  for (const [key, value] of Object.entries(next.options))
    if (!(key in old.options)) out.push(`option '${key}' added`);
    else if (old.options[key] !== value) out.push(`option '${key}' '${old.options[key]}' \u2192 '${value}'`);
  for (const key of Object.keys(old.options)) if (!(key in next.options)) out.push(`option '${key}' removed`);
  return out;
});
var keptDefinitions = (function keptDefinitions(job, oldScript, file) {
  const now = keptCreates(job.statements);
  if (now.size === 0) return [];
  const before = keptCreates(analyzeScript(oldScript, job.sqlFile).statements);
  if (before.size === 0) return [];
  const out = [];
  for (const [key, st] of now) {
    const old = before.get(key);
    if (!old || squash(old.text) === squash(st.text)) continue;
    const name = (st.table ?? st.view ?? st.database).name.parts.join(".");
    const what = st.kind.replace("create_", "");
    const changes = old.table && st.table ? tableChanges(old.table, st.table) : [];
    const alter = what === "table" ? `ALTER TABLE ${name} (SET (...) for options, ADD / MODIFY for columns, as the catalog allows)` : `ALTER ${what.toUpperCase()} ${name}`;
    out.push(
      warning(
        PLAN_CODES.keptDefinition,
        `Job ${job.name}: the changed CREATE ${what.toUpperCase()} IF NOT EXISTS ${name} will not reach the ${what}, which exists`,
        `The job last ran a different definition of ${name}${changes.length ? ` (${changes.join(", ")})` : ""}. Its catalog keeps its objects beyond the job, so the ${what} exists, and Flink skips CREATE ... IF NOT EXISTS: the restarted job runs against the ${what} as it was first created. Change the ${what} itself with ${alter}, once, outside the job (a SQL client session), or drop and create it again (its data goes with it); then make this definition match it, so the script says what the ${what} is.`,
        ownRange(job, st) ?? file
      )
    );
  }
  return out;
});

// src/plan/explained-job.ts
var tableFacts = (function tableFacts(table2) {
  return {
    options: table2.options,
    columns: new Map(
      table2.columns.filter((col) => col.type !== void 0).map((col) => [col.name.toLowerCase(), col.type])
    ),
    notNull: /* @__PURE__ */ new Set([
      ...table2.columns.filter((col) => col.nullable === false).map((col) => col.name.toLowerCase()),
      ...(table2.primaryKey?.columns ?? []).map((c) => c.replace(/`/g, "").toLowerCase())
    ]),
    computed: new Set(
      table2.columns.filter((col) => col.type === void 0).map((col) => col.name.toLowerCase())
    ),
    physical: table2.columns.filter((col) => col.kind === "physical").map((col) => col.name.toLowerCase())
  };
});
var displayName = (function displayName(n) {
  const k = operatorKind(n);
  if (k.kind === "source") return `source ${k.table}`;
  if (k.kind === "sink") return `sink ${k.table}${/Committer/.test(k.name) ? " (committer)" : ""}`;
  const op = operatorName(n);
  const key = /(?:groupBy|partitionBy|leftKeys|upsertKey|key|partitionKeys)=\[([^\]]*)\]/.exec(n.contents)?.[1] ?? /joinType=\[([^\]]*)\]/.exec(n.contents)?.[1];
  return key ? `${op} (${key.replace(/\$/g, "")})` : op;
});

// src/plan/lineage.ts
var relationsOf = (function relationsOf(script, job) {
  const needsShape = script !== void 0 && (!job?.sources || !job.sinks || !job.udfs || /view|[^ -~\s]/i.test(script));
  const shape3 = needsShape ? scriptShape(script) : void 0;
  const views = /* @__PURE__ */ new Map();
  for (const [name, v] of shape3?.views ?? []) views.set(name, readsOf(v.tokens));
  for (const name of job?.views ?? []) if (!views.has(name)) views.set(name, []);
  const direct = shape3 && !shape3.broken && shape3.views.size > 0 ? [...shape3.queries.values()].flatMap((q) => q.reads) : [];
  const reads = new Set(direct.length ? direct : job?.sources ?? []);
  const writes = new Set(job?.sinks ?? []);
  if (!job?.sources || !job?.sinks) {
    for (const q of shape3?.queries.values() ?? []) {
      if (!job?.sinks) writes.add(q.sink);
      if (!job?.sources) for (const r of q.reads) reads.add(r);
    }
  }
  const udfs = new Set(job?.udfs ?? [...shape3?.functions.keys() ?? []]);
  return { reads: [...reads].sort(), writes: [...writes].sort(), views, udfs: [...udfs].sort() };
});
var affectedOf = (function affectedOf(changes) {
  const byKey = /* @__PURE__ */ new Map();
  for (const c of changes) {
    if (c.action === "none") continue;
    for (const cause of c.causes) {
      if (cause.kind !== "table" && cause.kind !== "udf") continue;
      const key = `${cause.kind}:${cause.path}`;
      const entry = byKey.get(key) ?? { kind: cause.kind, name: cause.path, jobs: /* @__PURE__ */ new Set() };
      entry.jobs.add(c.job);
      byKey.set(key, entry);
    }
  }
  return [...byKey.keys()].sort().map((k) => byKey.get(k)).map((e) => ({ kind: e.kind, name: e.name, jobs: [...e.jobs].sort() }));
});
var lineageOf = (function lineageOf(changes, relations, affected) {
  const nodes = /* @__PURE__ */ new Map();
  const edges = /* @__PURE__ */ new Map();
  const changedNames = new Set(affected.map((a) => `${a.kind}:${a.name}`));
  const node = (kind, name, changed) => {
    const id = `${kind}:${name}`;
    const prior = nodes.get(id);
    nodes.set(id, { id, kind, label: name, changed: changed || (prior?.changed ?? false) });
    return id;
  };
  const edge = (from, to) => edges.set(`${from}\0${to}`, { from, to });
  for (const c of changes) {
    if (c.action === "none") continue;
    const job = node("job", c.job, true);
    const rel = relations.get(c.job);
    if (!rel) continue;
    const rnode = (name) => rel.views.has(name) ? node("view", name, changedNames.has(`table:${name}`)) : node("table", name, changedNames.has(`table:${name}`));
    for (const r of rel.reads) edge(rnode(r), job);
    for (const w of rel.writes) edge(job, rnode(w));
    const seen = /* @__PURE__ */ new Set();
    const pending = [...rel.reads];
    for (let name = pending.pop(); name !== void 0; name = pending.pop()) {
      const reads = rel.views.get(name);
      if (!reads || seen.has(name)) continue;
      seen.add(name);
      for (const r of reads) {
        edge(rnode(r), rnode(name));
        pending.push(r);
      }
    }
    for (const u of rel.udfs) edge(node("udf", u, changedNames.has(`udf:${u}`)), job);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    edges: [...edges.values()].sort(
      (a, b) => a.from !== b.from ? a.from < b.from ? -1 : 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0
    )
  };
});

// src/plan/moved-sources.ts
var usedInBoth = (function usedInBoth(explained2, name, kind) {
  const uses = (g) => g.nodes.some((n) => {
    const k = operatorKind(n);
    return k.kind === kind && tableKey(k.table ?? "") === name;
  });
  return uses(explained2.old.graph) && uses(explained2.next.graph);
});
var movedSources = (function movedSources(explained2, connector, where, kind = "source") {
  if (!explained2 || !("old" in explained2)) return [];
  const out = [];
  for (const [name, next] of explained2.next.tables) {
    const old = explained2.old.tables.get(name);
    const c = old ? connector(old.options, next.options) : void 0;
    if (!old || c === void 0) continue;
    const was = where(old.options);
    const now = where(next.options);
    if (was === void 0 || was === now) continue;
    if (!usedInBoth(explained2, name, kind)) continue;
    out.push({ name, connector: c, was, now, old: old.options, next: next.options });
  }
  return out;
});
var changedKey = (function changedKey(m, keys2) {
  return keys2.find((k) => m.old[k] !== m.next[k]) ?? keys2[0];
});
var warnKafkaTopicMoved = (function warnKafkaTopicMoved(j, explained2) {
  const kafka = (old, next) => old.connector === "kafka" && next.connector === "kafka" ? "kafka" : void 0;
  for (const m of movedSources(explained2, kafka, (o) => o.topic ?? o["topic-pattern"])) {
    const { name, was, now } = m;
    j.diags.push(
      warning(
        PLAN_CODES.kafkaTopicMoved,
        `Job ${j.job.name}: Kafka source ${name} moves from topic ${was} to ${now ?? "another subscription"}, but restored from the savepoint it goes on reading ${was}`,
        `Flink's KafkaSource restores the partitions it was assigned from the savepoint and keeps reading them, whatever the table's topic now says: the new job reads ${was} as well. To read only the new topic, deploy this change with upgradeMode: stateless in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`} (the job's other state starts empty too; scan.startup.mode says where the new topic is read from), or let nothing write ${was} any more.`,
        inTable(j, name, { option: changedKey(m, ["topic", "topic-pattern"]) })
      )
    );
  }
});
var START_KEYS = [
  "scan.startup.mode",
  "scan.startup.specific-offsets",
  "scan.startup.timestamp-millis",
  "properties.group.id"
];
var kafkaStart = (function kafkaStart(o) {
  const mode = (o["scan.startup.mode"] ?? "group-offsets").toLowerCase();
  const at2 = mode === "specific-offsets" ? o["scan.startup.specific-offsets"] : mode === "timestamp" ? o["scan.startup.timestamp-millis"] : mode === "group-offsets" ? o["properties.group.id"] : void 0;
  return at2 === void 0 ? mode : `${mode} ${at2}`;
});
var warnKafkaStartIgnored = (function warnKafkaStartIgnored(j, explained2, compat) {
  const kafka = (old, next) => old.connector === "kafka" && next.connector === "kafka" ? "kafka" : void 0;
  for (const m of movedSources(explained2, kafka, kafkaStart)) {
    const { name, was, now } = m;
    if (!compat.operators?.some((o) => o.name === `source ${name}` && o.state === "kept")) continue;
    j.diags.push(
      warning(
        PLAN_CODES.kafkaStartIgnored,
        `Job ${j.job.name}: Kafka source ${name} starts at ${now} instead of ${was}, but restored from the savepoint it resumes where the old job stopped`,
        `Flink's KafkaSource restores each partition's offset from the savepoint and reads on from there: scan.startup.mode and its group or offsets apply only to partitions it never read, so no record is skipped or read again. To start where the new setting says, deploy this change with upgradeMode: stateless in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`} (the job's other state starts empty too), or under a new job name.`,
        inTable(j, name, { option: changedKey(m, START_KEYS) })
      )
    );
  }
});
var warnUpsertSinkMoved = (function warnUpsertSinkMoved(j, explained2, compat) {
  const keyed = compat.operators?.some(
    (o) => o.state === "kept" && !o.name.startsWith("source ") && !o.name.startsWith("sink ")
  );
  if (!keyed) return;
  const upsert = (old, next) => old.connector === next.connector && (next.connector === "upsert-kafka" || next.connector === "jdbc") ? next.connector : void 0;
  const target = (o) => o.connector === "jdbc" ? o["table-name"] : o.topic;
  for (const m of movedSources(explained2, upsert, target, "sink")) {
    const { name, connector, was, now } = m;
    const what = connector === "jdbc" ? "table" : "topic";
    j.diags.push(
      warning(
        PLAN_CODES.upsertSinkMoved,
        `Job ${j.job.name}: ${connector} sink ${name} moves from ${what} ${was} to ${now ?? "another one"}, which will hold only the keys updated after the upgrade`,
        `Restored from the savepoint, the job's operators emit a key's row only when the key changes again: ${now ?? `the new ${what}`} gets those, and no row of a key not updated since; ${was} keeps the rest. To fill the new ${what} with every key, deploy this change with upgradeMode: stateless in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`} and sources that read their input from the start (scan.startup.mode: earliest-offset), or copy ${was}'s rows into ${now ?? `the new ${what}`} before the upgrade.`,
        inTable(j, name, { option: connector === "jdbc" ? "table-name" : "topic" })
      )
    );
  }
});
var BY_NAME_FORMATS = /* @__PURE__ */ new Set(["json", "debezium-json", "canal-json", "maxwell-json", "ogg-json"]);
var BY_POSITION_FORMATS = /* @__PURE__ */ new Set(["csv"]);
var warnFieldsReadElsewhere = (function warnFieldsReadElsewhere(j, explained2) {
  if (!explained2 || !("old" in explained2)) return;
  fieldsReadElsewhere(
    j,
    explained2.old.tables,
    explained2.next.tables,
    (name) => usedInBoth(explained2, name, "source") ? "" : void 0
  );
});
var warnFieldsReadAgain = (function warnFieldsReadAgain(j, oldScript, strategy) {
  if (strategy !== "stateless" || oldScript === void 0) return;
  const facts = (statements) => new Map(
    statements.flatMap(
      (st) => st.table ? [[tableKey(st.table.name.name), tableFacts(st.table)]] : []
    )
  );
  const old = facts(analyzeScript(oldScript, j.job.sqlFile).statements);
  const next = facts(j.job.statements);
  const oldReads = new Set(relationsOf(oldScript).reads.map(tableKey));
  const reads = new Set(j.job.sources.map(tableKey));
  fieldsReadElsewhere(j, old, next, (name) => {
    const o = next.get(name)?.options ?? {};
    const connector = o.connector?.toLowerCase();
    if (!reads.has(name) || !oldReads.has(name)) return void 0;
    const mode = connector === "upsert-kafka" ? "earliest-offset" : connector === "kafka" ? (o["scan.startup.mode"] ?? "group-offsets").toLowerCase() : void 0;
    if (mode === void 0 || mode === "latest-offset") return void 0;
    return ` (upgraded stateless, it reads the topic again from ${mode}: records written before the change are read again)`;
  });
});
var fieldsReadElsewhere = (function fieldsReadElsewhere(j, oldTables, nextTables, why) {
  const format = (o) => o.format ?? o["value.format"];
  for (const [name, next] of nextTables) {
    const old = oldTables.get(name);
    const f = format(next.options);
    if (!old || f === void 0 || format(old.options) !== f) continue;
    if (!BY_NAME_FORMATS.has(f) && !BY_POSITION_FORMATS.has(f)) continue;
    const because = why(name);
    if (because === void 0) continue;
    const was = old.physical ?? [];
    const now = next.physical ?? [];
    if (BY_POSITION_FORMATS.has(f)) {
      if (next.options["value.fields-include"]?.toUpperCase() === "EXCEPT_KEY") continue;
      const moved = now.filter((col, i) => was.includes(col) && was.indexOf(col) !== i);
      if (moved.length === 0) continue;
      const where = moved.map((col) => `${col} field ${now.indexOf(col) + 1} (was ${was.indexOf(col) + 1})`);
      j.diags.push(
        warning(
          PLAN_CODES.fieldMoved,
          `Job ${j.job.name}: columns of source ${name} move, but format ${f} reads fields by position: ${where.join(", ")}${because}`,
          `The ${f} format reads each column from the record's field at the column's place: records written in the old order give ${moved.join(", ")} another column's value, without an error where it parses as the column's type. Keep the columns in the order the producers write them, and add new ones at the end; or have the producers write the new order first.`,
          inTable(j, name, { column: moved[0] })
        )
      );
      continue;
    }
    for (const [i, col] of was.entries()) {
      const renamed = now[i];
      if (renamed === void 0 || now.includes(col) || was.includes(renamed)) continue;
      const from = old.columns.get(col);
      const to = next.columns.get(renamed);
      const retyped = from !== void 0 && to !== void 0 && from !== to ? ` (and retyped ${from} \u2192 ${to})` : "";
      j.diags.push(
        warning(
          PLAN_CODES.fieldRenamed,
          `Job ${j.job.name}: column ${col} of source ${name} is renamed ${renamed}${retyped}, but format ${f} reads the field named ${renamed}: it is NULL in every record written with ${col}${because}`,
          `The ${f} format reads each column from the record's field of the same name, and cannot read a field under another name: records that hold ${col} and no ${renamed} give NULL, and what the job computes from ${renamed} (sums, keys, filters) changes without an error. Keep ${col} in the table and rename it in the query (SELECT ${retyped ? `CAST(${col} AS ${to}) AS ${renamed}` : `${col} AS ${renamed}`} \u2026), or have the producers write ${renamed} first.`,
          inTable(j, name, { column: renamed })
        )
      );
    }
  }
});
var warnCdcTableMoved = (function warnCdcTableMoved(j, explained2) {
  const cdc = (old, next) => {
    const c = next.connector?.toLowerCase();
    return c?.endsWith("-cdc") && old.connector?.toLowerCase() === c ? c : void 0;
  };
  for (const m of movedSources(explained2, cdc, (o) => cdcTableName((k) => o[k]))) {
    const { name, connector, was, now } = m;
    j.diags.push(
      warning(
        PLAN_CODES.cdcTableMoved,
        `Job ${j.job.name}: ${connector} source ${name} moves from table ${was} to ${now}: the sinks keep what ${was} gave them`,
        `Restored from the savepoint, the source reads a snapshot of ${now} and its changes from then on, and no more changes of ${was}: rows ${was} gave the sinks stay there, also when they are deleted from it later. Delete them from the sinks if they should go, or write the new table to sinks of its own.`,
        inTable(j, name, { option: changedKey(m, ["table-name", "schema-name", "database-name"]) })
      )
    );
  }
});
var inTable = (function inTable(j, table2, place) {
  return j.ctx.locateInTable?.(j.job, table2, place) ?? submittedStatement(j.job);
});

// src/plan/sql-diff.ts
var splitLines = (function splitLines(text) {
  if (text === "") return [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
});
var diffLines = (function diffLines(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
    tail++;
  const ops = [];
  for (let i = 0; i < head; i++) ops.push({ kind: " ", line: a[i], oldNo: i + 1, newNo: i + 1 });
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const op of myers(midA, midB)) {
    ops.push({ ...op, oldNo: op.oldNo + head, newNo: op.newNo + head });
  }
  for (let k = tail; k > 0; k--) {
    const i = a.length - k;
    const j = b.length - k;
    ops.push({ kind: " ", line: a[i], oldNo: i + 1, newNo: j + 1 });
  }
  return ops;
});
var MAX_EDITS = 2e3;
var myers = (function myers(a, b) {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return replaceAll(a, b);
  const max = Math.min(n + m, MAX_EDITS);
  const offset = n + m;
  const v = new Int32Array(2 * (n + m) + 2);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x2;
      if (k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1]) x2 = v[offset + k + 1];
      else x2 = v[offset + k - 1] + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[offset + k] = x2;
      if (x2 >= n && y2 >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return replaceAll(a, b);
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const at2 = (k2) => vd[k2 + d];
    const k = x - y;
    let prevK;
    if (d === 0) prevK = 0;
    else if (k === -d || k !== d && at2(k - 1) < at2(k + 1)) prevK = k + 1;
    else prevK = k - 1;
    const prevX = d === 0 ? 0 : at2(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: " ", line: a[x - 1], oldNo: x, newNo: y });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: "+", line: b[y - 1], oldNo: x, newNo: y });
      else ops.push({ kind: "-", line: a[x - 1], oldNo: x, newNo: y });
    }
    x = prevX;
    y = prevY;
  }
  ops.reverse();
  return ops;
});
var replaceAll = (function replaceAll(a, b) {
  return [
    ...a.map((line, i) => ({ kind: "-", line, oldNo: i + 1, newNo: 0 })),
    ...b.map((line, j) => ({ kind: "+", line, oldNo: a.length, newNo: j + 1 }))
  ];
});
var unifiedDiff = (function unifiedDiff(oldText, newText, opts = {}) {
  if (oldText === newText) return "";
  const context = opts.context ?? 3;
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const ops = diffLines(a, b);
  const out = [`--- a/${opts.oldName ?? "old.sql"}`, `+++ b/${opts.newName ?? "new.sql"}`];
  const changed = [];
  ops.forEach((op, i) => {
    if (op.kind !== " ") changed.push(i);
  });
  if (changed.length === 0) return "";
  let h = 0;
  while (h < changed.length) {
    let end = h;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * context + 1) end++;
    const from = Math.max(0, changed[h] - context);
    const to = Math.min(ops.length - 1, changed[end] + context);
    out.push(...hunk(ops, from, to));
    h = end + 1;
  }
  return `${out.join("\n")}
`;
});
var hunk = (function hunk(ops, from, to) {
  let oldStart = 0;
  let newStart = 0;
  let oldLen = 0;
  let newLen = 0;
  const body = [];
  for (let i = from; i <= to; i++) {
    const op = ops[i];
    if (op.kind !== "+") {
      if (oldLen === 0) oldStart = op.oldNo;
      oldLen++;
    }
    if (op.kind !== "-") {
      if (newLen === 0) newStart = op.newNo;
      newLen++;
    }
    body.push(`${op.kind}${op.line}`);
  }
  if (oldLen === 0) oldStart = ops[from].oldNo;
  if (newLen === 0) newStart = ops[from].newNo;
  let first = from;
  while (first < to && ops[first].kind === " ") first++;
  const heading = statementOf(ops, first, from);
  return [
    `@@ -${range(oldStart, oldLen)} +${range(newStart, newLen)} @@${heading ? ` ${heading}` : ""}`,
    ...body
  ];
});
var STATEMENT_START = /^(CREATE|INSERT|EXECUTE|BEGIN|SET|RESET|ADD|ALTER|DROP|USE|LOAD)\b/i;
var statementOf = (function statementOf(ops, at2, from) {
  for (let i = at2; i >= 0; i--) {
    const op = ops[i];
    if (op.kind !== "+" && STATEMENT_START.test(op.line)) {
      if (i >= from) return void 0;
      const line = op.line.trimEnd();
      return line.length > 80 ? `${line.slice(0, 77)}...` : line;
    }
  }
  return void 0;
});
var range = (function range(start, len) {
  return len === 1 ? `${start}` : `${start},${len}`;
});

// src/plan/state-backend.ts
var configuredBackend = (function configuredBackend(config) {
  const c = config && typeof config === "object" ? config : {};
  const v = c["state.backend.type"] ?? c["state.backend"];
  if (typeof v !== "string" || v.trim() === "") return void 0;
  const t = v.trim().toLowerCase();
  if (["hashmap", "filesystem", "jobmanager", "memory"].includes(t) || /hashmapstatebackend$/.test(t))
    return "hashmap";
  if (/rocksdb/.test(t)) return "rocksdb";
  if (/forst/.test(t)) return "forst";
  return t;
});
var runningBackend = (function runningBackend(config, running) {
  if (configuredBackend(config) !== void 0 || !running?.stateBackend) return config;
  return { "state.backend.type": running.stateBackend };
});
var HEAP_STATE_SHARE = 0.1;
var targetBackend = (function targetBackend(j) {
  const named2 = configuredBackend(j.job.settings.config);
  if (named2 !== void 0) return { backend: named2, defaulted: false };
  const d = j.ctx.defaultStateBackend;
  return d !== void 0 ? { backend: d, defaulted: true } : { defaulted: false };
});
var heaviestTaskManager = (function heaviestTaskManager(heaps, parallelism3) {
  const p = Math.max(1, parallelism3);
  let best;
  for (const heap of heaps) {
    const subtasks = Math.min(p, heap.slots > 0 ? heap.slots : p);
    if (!best || subtasks * best.heap.bytes > best.subtasks * heap.bytes) best = { heap, subtasks };
  }
  return best;
});
var warnHeapState = (function warnHeapState(j, runs, running) {
  const from = configuredBackend(runs);
  const to = targetBackend(j);
  const heaps = j.ctx.taskHeaps;
  if (!running || to.backend !== "hashmap" || from === void 0 || from === "hashmap" || !heaps?.length)
    return;
  const size = Math.max(running.lastCheckpoint?.stateSize ?? 0, running.lastSavepointSize ?? 0);
  const p = Math.max(1, j.to.parallelism);
  const heaviest = heaviestTaskManager(heaps, p);
  if (!heaviest) return;
  const { heap, subtasks } = heaviest;
  const onOne = size * subtasks / p;
  if (!(onOne > heap.bytes * HEAP_STATE_SHARE)) return;
  const mb = (b) => `${Math.max(1, Math.round(b / 2 ** 20))} MB`;
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  const target = to.defaulted ? "hashmap, the cluster's default" : "hashmap";
  const placed = p === 1 ? "" : ` Each of the job's ${p} subtasks restores 1/${p} of it, and Flink fills one TaskManager's slots before the next: ${subtasks === p ? `all ${p}` : `${subtasks} of them`} fit in the ${heap.slots} slots of a TaskManager with ${mb(heap.bytes)} of task heap.`;
  const keep = to.defaulted ? `Name ${from} in ${settings} (state.backend.type: ${from}; it names none, so the cluster's default applies)` : `Keep ${from} in ${settings} (state.backend.type: ${from})`;
  j.diags.push(
    warning(
      PLAN_CODES.heapStateTooLarge,
      `Job ${j.job.name}: the state backend changes (${from} \u2192 ${target}) with ${mb(size)} of state, ${mb(onOne)} on one TaskManager of ${mb(heap.bytes)} task heap: the restore may run out of memory`,
      `The hashmap backend keeps the whole state as Java objects on the task heap, several times its ${mb(size)} in a checkpoint; flinkops warns above a tenth of the task heap (${mb(heap.bytes * HEAP_STATE_SHARE)} here).${placed} A TaskManager out of memory fails the restore and the rollback with it. ${keep}, or give the TaskManagers more heap (taskmanager.memory.task.heap.size, or taskmanager.memory.process.size), or the job a parallelism above one TaskManager's ${heap.slots || p} slots on TaskManagers to spare, before applying.`,
      fileRange(j.job.yamlFile ?? j.job.sqlFile)
    )
  );
});
var pinnedFormat = (function pinnedFormat(pinned, live2, record3) {
  if (/\/chk-\d+\/?$/.test(pinned)) return void 0;
  for (const l of live2) {
    for (const [path, format] of Object.entries(l.savepointFormats ?? {})) {
      if (sameSavepointPath(path, pinned))
        return { format, source: `Flink's checkpoint history of job ${l.jobId} says so` };
    }
  }
  if (record3?.savepoints.some((sp) => sameSavepointPath(sp.path, pinned)))
    return { format: "CANONICAL", source: "flinkops took it" };
  return void 0;
});
var backendSwitch = (function backendSwitch(compat, before, after, settingsFile, pinned, format, clusterDefault) {
  const named2 = configuredBackend(after);
  const [a, b] = [configuredBackend(before), named2 ?? clusterDefault];
  if (a === b || a === void 0 && named2 === void 0 || compat.verdict === "incompatible") return;
  const name = (x) => x ?? "the cluster's default";
  const shownB = named2 === void 0 && b !== void 0 ? `${b}, the cluster's default` : name(b);
  const switched = `the state backend changes (${name(a)} \u2192 ${shownB})`;
  if (pinned !== void 0 && !/\/chk-\d+\/?$/.test(pinned)) {
    if (format?.format === "CANONICAL") return;
    if (format?.format === "NATIVE") {
      compat.verdict = "incompatible";
      compat.findings.push(
        `${switched} while the job restores the pinned ${pinned}, a NATIVE savepoint (${format.source}): Flink restores a NATIVE savepoint only into the state backend that wrote it; the restore fails`
      );
      compat.advice = [
        `pin a canonical savepoint instead (flinkops savepoint takes one; Flink's default format) in ${settingsFile}, or keep the old state backend for this restore`,
        ...compat.advice.filter((x) => !/allowNonRestoredState/.test(x))
      ];
      return;
    }
    if (compat.verdict !== "compatible") return;
    compat.verdict = "unknown";
    compat.findings.push(
      `${switched} while the job restores the pinned ${pinned}: Flink restores it into another backend only if it is a canonical savepoint (the default format); a NATIVE one fails the restore`
    );
    return;
  }
  const why = `${switched} while the job restores ${pinned ? `the checkpoint ${pinned}` : "its latest checkpoint"}, which keeps state in the old backend's own format: Flink restores state into another backend only from a canonical savepoint`;
  if (a !== void 0 && b !== void 0) {
    compat.verdict = "incompatible";
    compat.findings.push(`${why}; the restore fails`);
    compat.advice = [
      `set upgradeMode: savepoint in ${settingsFile} for this change (a savepoint restores into either backend), then back to last-state`,
      ...compat.advice.filter((x) => !/allowNonRestoredState/.test(x))
    ];
  } else if (compat.verdict === "compatible") {
    compat.verdict = "unknown";
    compat.findings.push(`${why}, unless the cluster's default is the same backend`);
  }
});

// src/plan/column-changes.ts
var readTables = (function readTables(nodes) {
  const out = /* @__PURE__ */ new Set();
  for (const n of nodes)
    for (const m of n.contents.matchAll(/table=\[(\[?)([^\]]*?)\]/g)) {
      const parts = m[1] ? m[2].split(/,\s*/).filter((p) => !p.includes("=")) : m[2].split(".");
      const name = m[1] ? parts[Math.min(2, parts.length - 1)] : parts[parts.length - 1];
      if (name) out.add(name.replace(/`/g, "").trim().toLowerCase());
    }
  return out;
});
var changedFunctions = (function changedFunctions(a, b) {
  if (!a.functions || !b.functions) return [];
  return [...a.functions].filter(([name, def]) => b.functions.has(name) && b.functions.get(name) !== def).map(([name]) => name);
});
var callsFunction = (function callsFunction(text, name) {
  return new RegExp(`(?<![\\w$.])${escapeRegExp(name)}\\s*\\(`, "i").test(text);
});
var mentions = (function mentions(text, col) {
  return new RegExp(`\\b${escapeRegExp(col)}\\b`, "i").test(text);
});
var nullabilityHeld = (function nullabilityHeld(n, shape3) {
  if (!AGGREGATES.has(operatorName(n))) return shape3;
  return [...shape3.matchAll(/\b(?:groupBy|partitionBy|key|partitionKeys)=\[([^\]]*)\]/g)].map((m) => m[1]).join(", ");
});
var tablesReaching = (function tablesReaching([n, g], [twin, h]) {
  if (operatorName(n) === "SinkMaterializer") return void 0;
  const upstream = (x, graph) => {
    const ids = upstreamOf(x, graph);
    return graph.nodes.filter((m) => ids.has(m.id));
  };
  const read = readTables([...upstream(n, g), ...upstream(twin, h)]);
  return read.size > 0 ? read : void 0;
});
var renulledColumns = (function renulledColumns(a, b, scope) {
  const out = /* @__PURE__ */ new Set();
  for (const [table2, x] of a.tables) {
    if (scope && !scope.has(table2)) continue;
    const y = b.tables.get(table2);
    if (!y || !x.notNull || !y.notNull) continue;
    for (const col of x.columns.keys())
      if (y.columns.has(col) && x.notNull.has(col) !== y.notNull.has(col)) out.add(col);
  }
  return [...out];
});
var retypedColumns = (function retypedColumns(a, b, scope) {
  const out = /* @__PURE__ */ new Set();
  for (const [table2, x] of a.tables) {
    if (scope && !scope.has(table2)) continue;
    const y = b.tables.get(table2);
    if (!y) continue;
    for (const [col, type] of x.columns) {
      const t = y.columns.get(col);
      if (t !== void 0 && t !== type) out.add(col);
    }
  }
  return [...out];
});

// src/plan/typed-shape.ts
var typedShape = (function typedShape(shape3, node, job, calls) {
  const alias = /* @__PURE__ */ new Map();
  const computed = [];
  const upstream = upstreamOf(node, job.graph).add(node.id);
  for (const n of job.graph.nodes) {
    if (!upstream.has(n.id)) continue;
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(n.contents)?.[1];
    if (!select) continue;
    for (const m of select.matchAll(/(?:^|,\s*)([A-Za-z_][\w$]*) AS ([A-Za-z_][\w$]*)/g)) {
      if (m[1] !== m[2]) alias.set(m[2].toLowerCase(), m[1].toLowerCase());
    }
    if (/^(?:\[\d+\]:)?Calc\(/.test(n.contents)) {
      for (const item of splitTopLevel(select)) {
        const m = /^(.*\S)\s+AS\s+(\$?[A-Za-z_][\w$]*)$/s.exec(item.trim());
        if (m && !/^[A-Za-z_][\w$]*$/.test(m[1])) computed.push([m[2].toLowerCase(), m[1]]);
      }
    }
  }
  const types = /* @__PURE__ */ new Map();
  const read = readTables(job.graph.nodes.filter((n) => upstream.has(n.id)));
  for (const [name, t] of job.tables) {
    if (read.size > 0 && !read.has(name)) continue;
    for (const [col, type] of t.columns) {
      const seen = types.get(col);
      types.set(col, seen === void 0 || seen === type ? type : null);
    }
  }
  const columnType = (word) => {
    let name = word.toLowerCase();
    for (let i = 0; i < 8 && alias.has(name); i++) name = alias.get(name);
    return types.get(name);
  };
  const computedTypes = /* @__PURE__ */ new Map();
  const recast = /* @__PURE__ */ new Map();
  for (const [name, expr] of computed) {
    if (types.has(name)) {
      const t2 = computedType(expr, columnType);
      if (t2 !== void 0 && t2 !== types.get(name)) recast.set(name, t2);
      continue;
    }
    const called = calls.has(expr.trim()) ? job.functionTypes?.get(expr.trim()) : void 0;
    const t = called ?? computedType(expr, columnType) ?? null;
    const seen = computedTypes.get(name);
    computedTypes.set(name, seen === void 0 || seen === t ? t : null);
  }
  return shape3.replace(/(?<![\w$])(\$?[A-Za-z_][\w$]*)(?![\w$])(?!\s*\()/g, (word) => {
    const type = word.startsWith("$") ? void 0 : recast.get(word.toLowerCase()) ?? columnType(word);
    const typed = type ?? computedTypes.get(word.toLowerCase());
    return typed ? `<${typed}>` : word;
  });
});
var untypedOnOneSide = (function untypedOnOneSide(shape3, typedA, typedB) {
  const words = [...shape3.matchAll(/(?<![\w$])(\$?[A-Za-z_][\w$]*)(?![\w$])(?!\s*\()/g)];
  const pieces = (typed) => {
    const out = [];
    let at2 = 0;
    let from = 0;
    for (const w of words) {
      const before = shape3.slice(from, w.index);
      if (!typed.startsWith(before, at2)) return void 0;
      at2 += before.length;
      const piece = typed.startsWith(w[0], at2) ? w[0] : /^<[^<>]*>/.exec(typed.slice(at2))?.[0];
      if (piece === void 0) return void 0;
      out.push(piece);
      at2 += piece.length;
      from = w.index + w[0].length;
    }
    return typed.slice(at2) === shape3.slice(from) ? out : void 0;
  };
  const [pa, pb] = [pieces(typedA), pieces(typedB)];
  if (!pa || !pb) return void 0;
  const unknown = [];
  for (let i = 0; i < words.length; i++) {
    if (pa[i] === pb[i]) continue;
    const untyped = pa[i] === words[i][0] || pb[i] === words[i][0];
    if (!untyped) return void 0;
    if (!unknown.includes(words[i][0])) unknown.push(words[i][0]);
  }
  return unknown.length > 0 ? unknown : void 0;
});
var storedRow = (function storedRow(n, graph) {
  const op = operatorName(n);
  if (op !== "Deduplicate" && op !== "WindowDeduplicate") return "";
  if (op === "Deduplicate" && /\bkeep=\[FirstRow\]/.test(n.contents) && /\border=\[PROCTIME\]/.test(n.contents))
    return "";
  const columns = n.inputs.length === 1 ? outputColumns(n.inputs[0].from, graph) : void 0;
  return columns ? ` row=[${columns.join(", ")}]` : "";
});
var outputColumns = (function outputColumns(id, graph) {
  const byId = new Map(graph.nodes.map((g) => [g.id, g]));
  let at2 = byId.get(id);
  for (let hops = 0; at2 && hops < 16; hops++) {
    const text = at2.contents.replace(/^\[\d+\]:/, "");
    if (/^Calc\(/.test(text)) {
      const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(text)?.[1];
      if (select === void 0) return void 0;
      return splitTopLevel(select).map((item) => {
        const m = /\s+AS\s+(\$?[A-Za-z_][\w$]*)$/s.exec(item.trim());
        return m ? m[1] : item.trim();
      });
    }
    if (operatorKind(at2).kind === "source") {
      const fields = /\bfields=\[([^\]]*)\]/.exec(text)?.[1];
      return fields === void 0 ? void 0 : fields.split(/,\s*/);
    }
    if (!/^WatermarkAssigner\(/.test(text) || at2.inputs.length !== 1) return void 0;
    at2 = byId.get(at2.inputs[0].from);
  }
  return void 0;
});
var sameWords = (function sameWords(a, b) {
  const words = (t) => (t.match(/\$?[A-Za-z_][\w$]*/g) ?? []).sort().join(" ");
  return words(a) === words(b);
});
var computedType = (function computedType(expr, columnType) {
  const CAST = /CAST\(([A-Za-z_][\w$]*) AS ([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)\)/g;
  const castType = (col, to) => {
    const from = columnType(col);
    if (!from) return void 0;
    return `${to === "INTEGER" ? "INT" : to}${/\sNOT NULL$/i.test(from) ? " NOT NULL" : ""}`;
  };
  const text = expr.trim();
  const whole = new RegExp(`^${CAST.source}$`).exec(text);
  if (whole) return castType(whole[1], whole[2]);
  const casts = /* @__PURE__ */ new Map();
  const flat = text.replace(CAST, (_, col, to) => {
    const name = `cast$${casts.size}`;
    casts.set(name, castType(col, to));
    return name;
  });
  const operandType = (word) => casts.has(word) ? casts.get(word) : columnType(word);
  const tokens = flat.match(/[A-Za-z_][\w$]*|\d+|\S/g) ?? [];
  let type;
  let mod = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (/^\d+$/.test(tok)) {
      if (Number(tok) > 2147483647) return void 0;
    } else if (/^[A-Za-z_]/.test(tok)) {
      if (tokens[i + 1] === "(") {
        if (!/^(?:ABS|MOD)$/i.test(tok)) return void 0;
        mod ||= /^MOD$/i.test(tok);
        continue;
      }
      const t = operandType(tok);
      if (!t || !/^(?:INT|INTEGER|BIGINT)(?:\s+NOT NULL)?$/i.test(t)) return void 0;
      if (type !== void 0 && type !== t) return void 0;
      type = t;
    } else if (!["+", "-", "*", "(", ")", ","].includes(tok)) return void 0;
  }
  if (type === void 0 || mod && !/^INT/i.test(type)) return void 0;
  return type;
});

// src/plan/crossed-state.ts
var crossedState = (function crossedState([a, n, oldJob], [b, twin, newJob]) {
  if (a !== b && sameWords(a, b))
    return `its columns are reordered (${a} \u2192 ${b}); Flink restores the state by position and reads each key and row with its columns crossed`;
  const [oldColumns, newColumns] = [inputColumns(n, oldJob), inputColumns(twin, newJob)];
  const moved = a !== b ? switchedKey(a, b, oldColumns, newColumns) : "";
  const recomputed = moved ? "" : recomputedKey([a, n, oldJob, oldColumns], [b, twin, newJob, newColumns]);
  const how = moved ? `its key is another column now (${moved})` : recomputed ? `its key is computed otherwise now (${recomputed})` : "";
  return how ? `${how}; Flink restores the state and reads each key's state as that of another key` : "";
});
var declaredColumns = (function declaredColumns(job) {
  const out = /* @__PURE__ */ new Set();
  for (const t of job.tables.values()) {
    for (const c of t.columns.keys()) out.add(c.toLowerCase());
    for (const c of t.computed ?? []) out.add(c);
  }
  return out;
});
var keyColumns = (function keyColumns(shape3) {
  const out = /* @__PURE__ */ new Set();
  for (const m of shape3.matchAll(/\b(?:groupBy|partitionBy|partitionKeys|key|joinKey)=\[([^\]]*)\]/g))
    for (const w of m[1].match(/\$?[A-Za-z_][\w$]*/g) ?? []) out.add(w.toLowerCase());
  return out;
});
var switchedKey = (function switchedKey(a, b, oldColumns, newColumns) {
  const [x, y] = [keyColumns(a), keyColumns(b)];
  const gone = [...x].filter((c) => !y.has(c) && oldColumns.has(c));
  const came = [...y].filter((c) => !x.has(c) && newColumns.has(c));
  if (gone.length === 0 || came.length === 0) return "";
  if (!gone.every((c) => newColumns.has(c)) || !came.every((c) => oldColumns.has(c))) return "";
  return `${gone.join(", ")} \u2192 ${came.join(", ")}`;
});
var recomputedKey = (function recomputedKey([a, n, oldJob, oldColumns], [b, twin, newJob, newColumns]) {
  const [x, y] = [[...keyColumns(a)], [...keyColumns(b)]];
  if (x.length === 0 || x.length !== y.length) return "";
  const norm = (e) => e.replace(/\s+/g, " ").trim().toLowerCase();
  const changed = [];
  for (let i = 0; i < x.length; i++) {
    const [from, to] = [keyExpression(x[i], n, oldJob), keyExpression(y[i], twin, newJob)];
    if (norm(from) === norm(to) || from === x[i] && to === y[i]) continue;
    for (const w of `${from} ${to}`.match(/(?<![\w$])[A-Za-z_][\w$]*(?![\w$])(?!\s*\()/g) ?? []) {
      const c = w.toLowerCase();
      const both = oldColumns.has(c) && newColumns.has(c);
      const keyword = /^[A-Z_]+$/.test(w) && !oldColumns.has(c) && !newColumns.has(c);
      if (!both && !keyword) return "";
    }
    changed.push(from === x[i] && x[i] === y[i] ? `${from} \u2192 ${to}` : `${x[i]}: ${from} \u2192 ${to}`);
  }
  return changed.join(", ");
});
var keyExpression = (function keyExpression(column, node, job) {
  const byId = new Map(job.graph.nodes.map((g) => [g.id, g]));
  let name = column;
  let at2 = node;
  for (let hops = 0; at2 && hops < 16; hops++) {
    const input = at2.inputs.length === 1 ? byId.get(at2.inputs[0].from) : void 0;
    if (!input || !/^(?:\[\d+\]:)?Calc\(/.test(input.contents)) return name;
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(input.contents)?.[1] ?? "";
    for (const item of splitTopLevel(select)) {
      const m = /^(.*\S)\s+AS\s+(\$?[A-Za-z_][\w$]*)$/s.exec(item.trim());
      if (!m || m[2].toLowerCase() !== name.toLowerCase()) continue;
      if (!/^\$?[A-Za-z_][\w$]*$/.test(m[1])) return m[1];
      name = m[1];
    }
    at2 = input;
  }
  return name;
});
var inputColumns = (function inputColumns(node, job) {
  const upstream = upstreamOf(node, job.graph).add(node.id);
  const read = readTables(job.graph.nodes.filter((n) => upstream.has(n.id)));
  const out = /* @__PURE__ */ new Set();
  for (const [name, t] of job.tables) {
    if (read.size > 0 && !read.has(name)) continue;
    for (const [col] of t.columns) out.add(col.toLowerCase());
  }
  return out;
});

// src/plan/kept-notes.ts
var rowsToRange = (function rowsToRange(a, b, n, graph) {
  if (!rowsFrameBecomesRange(a, b)) return false;
  const order = /\borderBy=\[(\$?[A-Za-z_][\w$]*) ASC\]/.exec(n.contents)?.[1];
  return order !== void 0 && !isProcTime(order, n, graph);
});
var overFrameNote = (function overFrameNote(n, twin, input) {
  if (operatorName(n) !== "OverAggregate") return "";
  const [a, b] = [stateShape(n), stateShape(twin)];
  return a !== b && rowsToRange(a, b, n, input.old.graph) ? " (its ROWS frame becomes a RANGE frame: the RANGE function reads the rows and the accumulator kept, and retracts those older than its range)" : "";
});
var keptNote = (function keptNote(n, twin) {
  const [a, b] = [stateShape(n), stateShape(twin)];
  if (patternExtended(a, b))
    return " (its pattern gains variables after the old ones: the partial matches kept continue into them)";
  if (operatorName(n) === "WindowJoin") {
    const size = (x) => /\bleftWindow=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(x.contents)?.[1];
    if (size(n) !== size(twin))
      return " (its windows change: a window open at the upgrade closes at its old end with the rows kept, and the new windows join only the rows after the upgrade; rows on either side of it are not joined)";
  }
  if (/WindowAggregate$/.test(operatorName(n))) {
    const [from, to] = [windowSizeMs(n.contents), windowSizeMs(twin.contents)];
    if (from !== void 0 && to !== void 0 && to > from)
      return " (its windows grow: the first windows after the upgrade may lack slices the old job had already dropped, and then emit partial results)";
  }
  if (/^(?:Window)?Rank$/.test(operatorName(n))) {
    const order = (x) => /\borderBy=\[([^\]]*)\]/.exec(x.contents)?.[1];
    if (order(n) !== order(twin))
      return operatorName(n) === "WindowRank" ? " (its order changes: a window open at the upgrade ranks the rows the old order kept of it, at most N of each bundle read, and the rows read after the upgrade)" : " (its order changes: each key ranks the N rows the old order kept and the rows read after the upgrade, not every row it read)";
  }
  if (baseName(n) !== baseName(twin) && stateFunction(n) === stateFunction(twin))
    return ` (becomes ${displayName(twin)}: the same session window state, and the sessions open at the upgrade go on)`;
  return "";
});
var sourceTables = (function sourceTables(id, graph) {
  const node = graph.nodes.find((g) => g.id === id);
  if (!node) return "";
  const ids = /* @__PURE__ */ new Set([id, ...upstreamOf(node, graph)]);
  const tables = graph.nodes.filter((g) => ids.has(g.id)).map((g) => operatorKind(g)).filter((k) => k.kind === "source" && k.table !== void 0).map((k) => k.table);
  return [...new Set(tables)].sort().join(", ");
});
var swappedInputs = (function swappedInputs([n, oldGraph], [twin, newGraph]) {
  if (!JOINS.has(operatorName(n)) || n.inputs.length !== 2 || twin.inputs.length !== 2) return "";
  const [l, r] = n.inputs.map((e) => sourceTables(e.from, oldGraph));
  const [l2, r2] = twin.inputs.map((e) => sourceTables(e.from, newGraph));
  if (!l || !r || l === r || l !== r2 || r !== l2) return "";
  return `${l} \u22C8 ${r} \u2192 ${l2} \u22C8 ${r2}`;
});
var JOINS = /* @__PURE__ */ new Set(["Join", "IntervalJoin", "TemporalJoin", "WindowJoin"]);
var WINDOWED = /* @__PURE__ */ new Set([
  "WindowAggregate",
  "GlobalWindowAggregate",
  "WindowRank",
  "WindowDeduplicate",
  "WindowJoin"
]);
var windowTimeColumns = (function windowTimeColumns(n, graph) {
  if (!WINDOWED.has(operatorName(n))) return void 0;
  const byId = new Map(graph.nodes.map((g) => [g.id, g]));
  let level = [n];
  const seen = /* @__PURE__ */ new Set();
  for (let hops = 0; level.length > 0 && hops < 16; hops++) {
    const found = level.map((g) => /\btime_col=\[([^\]]*)\]/.exec(g.contents)?.[1]?.trim().toLowerCase()).filter((c) => c !== void 0);
    if (found.length > 0) return found.join(", ");
    const next = [];
    for (const g of level)
      for (const e of g.inputs) {
        const up = byId.get(e.from);
        if (up && !seen.has(up.id)) {
          seen.add(up.id);
          next.push(up);
        }
      }
    level = next;
  }
  return void 0;
});
var switchedTimeColumn = (function switchedTimeColumn([n, oldJob], [twin, newJob]) {
  const [from, to] = [windowTimeColumns(n, oldJob.graph), windowTimeColumns(twin, newJob.graph)];
  if (from === void 0 || to === void 0 || from === to) return "";
  const [oldColumns, newColumns] = [declaredColumns(oldJob), declaredColumns(newJob)];
  const names = (t) => t.split(", ");
  const renamed = !names(from).some((c) => newColumns.has(c)) && !names(to).some((c) => oldColumns.has(c));
  return renamed ? "" : `${from} \u2192 ${to}`;
});

// src/plan/ttl-switch.ts
var ttlOn = ((c) => {
  const v = c?.["table.exec.state.ttl"]?.trim();
  return v !== void 0 && v !== "" && !/^0+\s*(?:ms|s|min|h|d|[a-z]*)?$/i.test(v);
});
var TTL_STATE = /* @__PURE__ */ new Set([
  "GroupAggregate",
  "GlobalGroupAggregate",
  "IncrementalGroupAggregate",
  "Join",
  "MultiJoin",
  "TemporalJoin",
  "Deduplicate",
  "Rank",
  "Limit",
  "SortLimit",
  "ChangelogNormalize",
  "SinkMaterializer",
  "KeyedLookupJoin"
]);
var TTL_STATE_V2 = /* @__PURE__ */ new Set(["SinkMaterializer"]);
var HINT_TTL_STATE = /* @__PURE__ */ new Set([
  "GroupAggregate",
  "GlobalGroupAggregate",
  "IncrementalGroupAggregate",
  "Join"
]);
var ttlHints = (function ttlHints(sql) {
  const out = /* @__PURE__ */ new Map();
  if (!sql) return out;
  for (const hint of sql.matchAll(/\/\*\+(.*?)\*\//gs)) {
    for (const m of hint[1].matchAll(/\bSTATE_TTL\s*\(([^)]*)\)/gi)) {
      for (const v of m[1].matchAll(/'((?:[^']|'')*)'\s*=\s*'([^']*)'/g))
        out.set(v[1].toLowerCase(), ttlOn({ "table.exec.state.ttl": v[2] }));
    }
  }
  return out;
});
var ttlSwitched = (function ttlSwitched(input) {
  const from = ttlOn(input.old.config);
  const to = ttlOn(input.next.config);
  const major = Number((input.flinkVersion ?? "1").split(".")[0]);
  if (from === to) {
    if (Number.isFinite(major) && major >= 2) return void 0;
    const [hintsFrom, hintsTo] = [ttlHints(input.old.sql), ttlHints(input.next.sql)];
    const switched2 = [.../* @__PURE__ */ new Set([...hintsFrom.keys(), ...hintsTo.keys()])].filter(
      (t) => (hintsFrom.get(t) ?? from) !== (hintsTo.get(t) ?? to)
    );
    if (switched2.length === 0) return void 0;
    const on = switched2.filter((t) => hintsTo.get(t) ?? to);
    const how = hintsFrom.size === 0 ? "a STATE_TTL hint added" : hintsTo.size === 0 ? "a STATE_TTL hint removed" : `a STATE_TTL hint switched the TTL of ${switched2.map((t) => `${t} ${on.includes(t) ? "on" : "off"}`).join(", ")}`;
    return {
      why: `${how}; before Flink 2.0 TTL state and plain state do not read each other`,
      operators: HINT_TTL_STATE
    };
  }
  const switched = `table.exec.state.ttl switched ${to ? "on" : "off"}`;
  if (Number.isFinite(major) && major >= 2)
    return {
      why: `${switched}; Flink 2.x migrates most state between plain and TTL values, but not the sink materializer's list of rows`,
      operators: TTL_STATE_V2
    };
  return {
    why: `${switched}; before Flink 2.0 TTL state and plain state do not read each other`,
    operators: TTL_STATE
  };
});

// src/plan/state-verdict.ts
var hashing = (function hashing(job) {
  return { chaining: job.chaining, legacySource: (n) => legacySource(n, job) };
});
var legacySource = (function legacySource(n, job) {
  const k = operatorKind(n);
  return k.kind === "source" && legacySourceConnector(job.tables.get(tableKey(k.table ?? ""))?.options);
});
var jobParallelism = (function jobParallelism(job) {
  return Math.max(1, ...job.graph.nodes.map((n) => n.parallelism));
});
var holds = (function holds(n, job) {
  return holdsState(n, (table2) => job.tables.get(table2)?.options);
});
var stateVerdict = (function stateVerdict(input) {
  const oldIds = operatorIds(input.old.graph, hashing(input.old));
  const newIds = operatorIds(input.next.graph, hashing(input.next));
  const newById = /* @__PURE__ */ new Map();
  for (const n of input.next.graph.nodes) newById.set(newIds.get(n.id), n);
  const operators = [];
  const findings = [];
  let dropped = 0;
  let reshaped = 0;
  let readWrong = 0;
  let mayReadWrong = 0;
  let unknown = 0;
  const ttlSwitch = ttlSwitched(input);
  const calls = new Set(
    [...input.old.functionTypes?.keys() ?? []].filter((c) => input.next.functionTypes?.has(c))
  );
  const rebuilt = [
    .../* @__PURE__ */ new Set([...changedFunctions(input.old, input.next), ...input.rebuiltFunctions ?? []])
  ];
  for (const n of input.old.graph.nodes) {
    const state = holds(n, input.old);
    if (state === "none") continue;
    const id = oldIds.get(n.id);
    const name = displayName(n);
    const twin = newById.get(id);
    if (!twin) {
      if (state === "unknown") {
        unknown++;
        operators.push({ name, id, state: "unknown" });
        findings.push(`${name}: its operator id changes, and flinkops does not know whether it keeps state`);
        continue;
      }
      dropped++;
      operators.push({ name, id, state: "dropped" });
      findings.push(`${name}: its state is dropped (${droppedWhy(n, input.next.graph, id)})`);
      continue;
    }
    if (legacySource(n, input.old) !== legacySource(twin, input.next)) {
      reshaped++;
      readWrong++;
      operators.push({ name, id, state: "reshaped" });
      findings.push(
        `${name}: its reader becomes ${legacySource(twin, input.next) ? "a legacy SourceFunction" : "a FLIP-27 Source"} (scan.incremental.snapshot.enabled), which cannot read the old reader's state: it starts over (a CDC source reads its whole snapshot again)`
      );
      continue;
    }
    if (state === "keyed") {
      const a = stateShape(n, input.old.graph) + storedRow(n, input.old.graph);
      const next = stateShape(twin, input.next.graph) + storedRow(twin, input.next.graph);
      const widened = rowsToRange(a, next, n, input.old.graph);
      const b = widened || patternExtended(a, next) ? a : next;
      const sameFunction = stateFunction(n) === stateFunction(twin);
      const typedA = typedShape(a, n, input.old, calls);
      const typedB = typedShape(b, twin, input.next, calls);
      const namesA = keyedStateNames(n, input.old.graph, input.oldFlinkVersion ?? input.flinkVersion);
      const namesB = keyedStateNames(twin, input.next.graph, input.flinkVersion);
      if (namesA && namesB && !namesA.some((x) => namesB.includes(x)) && typedShape(stateKey(a), n, input.old, calls) === typedShape(stateKey(b), twin, input.next, calls)) {
        dropped++;
        operators.push({ name, id, state: "dropped", unread: true });
        findings.push(
          `${name}: ${baseName(n) !== baseName(twin) ? `becomes ${displayName(twin)}, ` : ""}its state is kept under other names now (${namesA.join(", ")} \u2192 ${namesB.join(", ")}); Flink restores the savepoint without allowNonRestoredState, and the new operator starts with empty state (the old state is carried along unread)`
        );
        continue;
      }
      const read = tablesReaching([n, input.old.graph], [twin, input.next.graph]);
      const retype = retypedColumns(input.old, input.next, read).filter((c) => mentions(a, c));
      const keyed = nullabilityHeld(n, a);
      for (const c of renulledColumns(input.old, input.next, read))
        if (!retype.includes(c) && mentions(keyed, c)) retype.push(c);
      const ttl = ttlSwitch?.operators.has(operatorName(n)) === true;
      const untyped = a === b && typedA !== typedB && retype.length === 0 && !ttl && sameFunction ? untypedOnOneSide(a, typedA, typedB) : void 0;
      if (untyped) {
        unknown++;
        operators.push({ name, id, state: "unknown" });
        findings.push(
          `${name}: flinkops cannot tell the type of ${untyped.join(", ")} in one of the plans (${typedA} \u2192 ${typedB}); the state keeps its shape only if the type is the same`
        );
        continue;
      }
      if (!sameFunction || typedA !== typedB || retype.length > 0 || ttl) {
        reshaped++;
        operators.push({ name, id, state: "reshaped" });
        const lost = patternVariablesLost(a, b);
        const why = !sameFunction ? `becomes ${displayName(twin)}` : typedA !== typedB ? lost.length > 0 ? `its pattern loses ${lost.join(", ")}: ${a} \u2192 ${b}` : a !== b ? `${a} \u2192 ${b}` : `column types change: ${typedA} \u2192 ${typedB}` : retype.length > 0 ? `${retype.length > 1 ? "columns" : "column"} ${retype.join(", ")} ${retype.length > 1 ? "change" : "changes"} type or nullability` : `${ttlSwitch.why}`;
        const either = sameFunction && typedA !== typedB && a !== b && retype.length === 0 && !ttl && lost.length === 0;
        if (either) mayReadWrong++;
        const outcome = either ? "Flink cannot restore it, or restores it and reads it as other state" : lost.length > 0 ? `the job fails on the first partial match waiting at ${lost.join(" or ")} ("State ${lost[0]} does not exist in the NFA")` : "Flink cannot restore it";
        findings.push(`${name}: its state changes shape (${why}); ${outcome}`);
        continue;
      }
      const timeSwitch = switchedTimeColumn([n, input.old], [twin, input.next]);
      if (timeSwitch) {
        reshaped++;
        readWrong++;
        operators.push({ name, id, state: "reshaped" });
        findings.push(
          `${name}: its windows follow another time column now (${timeSwitch}); Flink restores the state, and the new job adds its rows to the windows the old column's rows opened, read as its own`
        );
        continue;
      }
      const swapped = swappedInputs([n, input.old.graph], [twin, input.next.graph]);
      if (swapped) {
        reshaped++;
        readWrong++;
        operators.push({ name, id, state: "reshaped" });
        findings.push(
          `${name}: its inputs are swapped (${swapped}); Flink restores the rows each side kept as the other side's, and joins them with the wrong stream`
        );
        continue;
      }
      const crossed = crossedState([a, n, input.old], [b, twin, input.next]);
      if (crossed) {
        reshaped++;
        readWrong++;
        operators.push({ name, id, state: "reshaped" });
        findings.push(`${name}: ${crossed}`);
        continue;
      }
      const ptf = operatorName(n) === "ProcessTableFunction";
      const called = AGGREGATES.has(operatorName(n)) || ptf ? rebuilt.filter((f) => callsFunction(a, f)) : [];
      if (called.length > 0) {
        unknown++;
        operators.push({ name, id, state: "unknown" });
        const code2 = operatorName(n).startsWith("Python") ? "Python file" : "jar";
        const from2 = [...new Set(called.flatMap((f) => input.rebuiltFrom?.[f] ?? []))];
        const kept = ptf ? "state" : "accumulator";
        findings.push(
          `${name}: the ${kept} of ${called.join(", ")} is a type of ${called.length > 1 ? "their" : "its"} ${code2}${from2.length > 0 ? ` (${from2.join(", ")})` : ""}, which changed; Flink's stream graph does not show whether it is the same`
        );
        continue;
      }
    }
    if (state === "unknown") {
      operators.push({ name, id, state: "kept" });
      continue;
    }
    operators.push({ name, id, state: "kept" });
    findings.push(`${name} keeps its state${overFrameNote(n, twin, input)}${keptNote(n, twin)}`);
  }
  for (const n of input.next.graph.nodes) {
    const state = holds(n, input.next);
    if (state === "none" || state === "unknown") continue;
    const id = newIds.get(n.id);
    if (operators.some((o) => o.id === id)) continue;
    operators.push({ name: displayName(n), id, state: "new" });
    findings.push(`${displayName(n)} starts with empty state`);
  }
  const mp = maxParallelismOf(input);
  const keyedKept = operators.some(
    (o) => o.state === "kept" && !o.name.startsWith("source") && !o.name.startsWith("sink")
  );
  const derived = mp?.from === void 0 && mp?.to !== void 0;
  const from = derived ? defaultMaxParallelism(jobParallelism(input.old)) : mp?.from;
  if (mp && from !== void 0 && mp.to !== void 0 && from !== mp.to && keyedKept) {
    reshaped++;
    findings.push(
      `maxParallelism ${derived ? `unset (Flink's default ${from})` : from} \u2192 ${mp.to}: keyed state cannot be restored into other key groups`
    );
  }
  const written = input.runningMaxParallelism ?? from ?? defaultMaxParallelism(jobParallelism(input.old));
  const parallelism3 = jobParallelism(input.next);
  if (parallelism3 > written && (mp?.to === void 0 || mp.to === written) && operators.some((o) => o.state === "kept")) {
    reshaped++;
    findings.push(
      `parallelism ${parallelism3} is above the max parallelism ${written} the savepoint's state was written under: Flink refuses the restore ("the maximum parallelism (${written}) of the restored state is lower than the configured parallelism (${parallelism3})"); keep parallelism at ${written} or below`
    );
  }
  const verdict = reshaped > 0 ? "incompatible" : dropped > 0 ? "drops-state" : unknown > 0 ? "unknown" : "compatible";
  const restore = readWrong + mayReadWrong < reshaped ? "fails" : mayReadWrong > 0 ? "fails-or-read-wrong" : "read-wrong";
  return {
    verdict,
    source: "flink",
    ...verdict === "incompatible" ? { restore } : {},
    operators,
    findings,
    advice: adviceFor(verdict, { ...input, ...restoredUnread(operators) ? { restoredUnread: true } : {} })
  };
});
var droppedWhy = (function droppedWhy(n, next, id) {
  const uid2 = userUid(n);
  const others = next.nodes.filter((x) => x.type.startsWith("ProcessTableFunction")).map((x) => userUid(x) ?? "none");
  if (uid2 === void 0 || others.length === 0 || others.includes(uid2))
    return `no operator of the new job has its id ${id}`;
  return `a process table function keeps its state under its uid, and the uid changes: ${uid2} \u2192 ${others.join(", ")}; keep uid => '${uid2}' to keep it`;
});
var maxParallelismOf = (function maxParallelismOf(input) {
  const from = input.maxParallelism?.from ?? configuredMaxParallelism(input.old);
  const to = input.maxParallelism?.to ?? configuredMaxParallelism(input.next);
  if (!input.maxParallelism && from === void 0 && to === void 0) return void 0;
  return { ...from !== void 0 ? { from } : {}, ...to !== void 0 ? { to } : {} };
});
var configuredMaxParallelism = (function configuredMaxParallelism(job) {
  const v = job.config?.["pipeline.max-parallelism"]?.trim();
  return v !== void 0 && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : void 0;
});
var stateKey = (function stateKey(shape3) {
  return [...shape3.matchAll(/\b(?:key|partitionBy|partitionKeys)=\[([^\]]*)\]/g)].map((m) => m[1]).join(", ");
});

// src/plan/spec-change.ts
var specChange = (function specChange(j, strategy, withCompat, runsStoredScript = true) {
  const { job, current } = j;
  const changed = current?.specHash !== job.restartHash;
  const adopted = current !== void 0 && runsAdoptedState(j.record);
  if (!changed && runsStoredScript && !adopted) return {};
  const causes = changed ? specCauses(current, job) : [];
  const sqlDiff = changed ? diffScripts(current?.script, job) : void 0;
  if (changed && current?.script !== void 0)
    j.diags.push(...keptDefinitions(job, current.script, fileRange(job.sqlFile)));
  const known = runsStoredScript && !adopted;
  const oldScript = known ? current?.script : void 0;
  const deployed = known ? current?.settings : void 0;
  const from = (job.settings.maxParallelism !== void 0 ? liveMaxParallelism(j.live) : void 0) ?? recordedMaxParallelism(deployed);
  const maxParallelism = deployed ? {
    ...from !== void 0 ? { from } : {},
    ...job.settings.maxParallelism !== void 0 ? { to: job.settings.maxParallelism } : {}
  } : void 0;
  const common = {
    ...job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
    ...job.settings.restoreFrom ? { restoreFrom: job.settings.restoreFrom } : {},
    ...j.ctx.renamedFrom ? { renamedFrom: j.ctx.renamedFrom } : {},
    settingsFile: job.yamlFile ?? `jobs/${job.name}.yaml`,
    ...maxParallelism ? { maxParallelism } : {}
  };
  const explained2 = oldScript !== void 0 && strategy !== "stateless" ? j.ctx.explained?.get(job.name) : void 0;
  const compat = !withCompat ? void 0 : explained2 && "old" in explained2 ? withSourceStarts(
    stateVerdict({
      old: explained2.old,
      next: explained2.next,
      ...common,
      rebuiltFunctions: rebuiltFunctions(causes, job),
      ...job.scriptJarFunctions || job.scriptPythonFunctions ? { rebuiltFrom: { ...job.scriptJarFunctions, ...job.scriptPythonFunctions } } : {},
      ...runningMaxParallelism(j),
      ...j.ctx.flinkVersion ? { flinkVersion: j.ctx.flinkVersion } : {}
    }),
    job.script
  ) : withUnavailable(
    compatibility({
      ...oldScript !== void 0 ? { oldScript } : {},
      ...adopted ? { oldScriptUnknown: ADOPTED_SCRIPT_UNKNOWN } : {},
      newScript: job.script,
      strategy,
      ...common,
      ...current ? { parallelism: { from: current.parallelism, to: j.to.parallelism } } : {}
    }),
    explained2
  );
  const running = j.live.find((l) => !isTerminal(l.state));
  const fromCheckpoint = strategy === "last-state" || strategy === "savepoint" && refusesSavepoint(running?.state);
  const runs = runningBackend(deployed?.config, running);
  if (compat && fromCheckpoint && !job.settings.restoreFrom)
    backendSwitch(
      compat,
      runs,
      job.settings.config,
      common.settingsFile,
      void 0,
      void 0,
      j.ctx.defaultStateBackend
    );
  if (strategy !== "stateless") warnHeapState(j, runs, running);
  if (compat) warnIfStateLost(j, compat, "Upgrade", oldScript);
  if (compat) warnKafkaTopicMoved(j, explained2);
  if (compat) warnKafkaStartIgnored(j, explained2, compat);
  if (compat) warnUpsertSinkMoved(j, explained2, compat);
  if (compat) warnFieldsReadElsewhere(j, explained2);
  warnFieldsReadAgain(j, oldScript, strategy);
  if (compat) warnCdcTableMoved(j, explained2);
  if (compat && adopted && strategy !== "stateless") warnAdoptedState(j);
  return {
    ...causes.length ? { causes } : {},
    ...sqlDiff ? { sqlDiff } : {},
    ...compat ? { compatibility: compat } : {}
  };
});
var withSourceStarts = (function withSourceStarts(c, script) {
  const ops = c.operators ?? [];
  const restarted = ops.filter(
    (o) => o.state === "dropped" && o.name.startsWith("source ") && ops.some((n) => n.state === "new" && n.name === o.name)
  );
  if (restarted.length === 0) return c;
  const starts = sourceStartFindings(script).filter((f) => restarted.some((o) => f.startsWith(`${o.name} `)));
  return starts.length === 0 ? c : { ...c, findings: [...c.findings, ...starts] };
});
var warnIfStateLost = (function warnIfStateLost(j, compat, what, oldScript) {
  const d = stateLostDiagnostic(
    j.job,
    compat,
    what,
    (oldScript !== void 0 ? changedStatement(j.job, oldScript) : void 0) ?? submittedStatement(j.job)
  );
  if (d) j.diags.push(d);
});
var stateLostDiagnostic = (function stateLostDiagnostic(job, compat, what, range3) {
  const lost = compat.verdict === "incompatible" || compat.verdict === "drops-state" && !job.settings.allowNonRestoredState;
  if (!lost) return void 0;
  const advice2 = compat.advice.map((a) => a.replace(/\.$/, "")).join("; ");
  const unread = restoredUnread(compat.operators);
  return warning(
    PLAN_CODES.stateIncompatible,
    compat.verdict === "incompatible" ? compat.restore === "read-wrong" ? `${what} of job ${job.name} restores its state and reads it wrong` : `${what} of job ${job.name} will not restore its state${compat.restore === "fails-or-read-wrong" ? ", or reads it wrong" : ""}` : unread ? `${what} of job ${job.name} drops state: Flink restores the savepoint, but ${unread} starts with empty state` : `${what} of job ${job.name} drops state: its restore fails without allowNonRestoredState`,
    // Advice may end a sentence of its own: one full stop, not two.
    `${compat.findings.filter((f) => !/(?:keeps its state|starts with empty state)$/.test(f)).join("; ")}. ${advice2.charAt(0).toUpperCase()}${advice2.slice(1)}.`,
    range3
  );
});
var warnAdoptedState = (function warnAdoptedState(j) {
  const { job } = j;
  if (job.settings.allowNonRestoredState || j.diags.some((d) => d.code === PLAN_CODES.adoptUnknownScript))
    return;
  j.diags.push(
    warning(
      PLAN_CODES.adoptUnknownScript,
      `Job ${job.name} runs a script flinkops never saw: its state may not map onto the repository's`,
      `It was adopted, not started by flinkops. If it was not started from the repository's query, the restore from its savepoint fails, and so does the rollback to the same script: the job is left stopped, its savepoint kept (flinkops savepoints list ${job.name}). To drop the state that does not map, set allowNonRestoredState: true in ${job.yamlFile ?? `jobs/${job.name}.yaml`}.`,
      fileRange(job.sqlFile)
    )
  );
});
var rescaleVerdict = (function rescaleVerdict(j) {
  if (j.current !== void 0 && runsAdoptedState(j.record)) {
    const compat2 = compatibility({
      oldScriptUnknown: ADOPTED_SCRIPT_UNKNOWN,
      newScript: j.job.script,
      strategy: "savepoint",
      ...j.job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
      settingsFile: j.job.yamlFile ?? `jobs/${j.job.name}.yaml`
    });
    warnAdoptedState(j);
    return compat2;
  }
  const explained2 = j.ctx.explained?.get(j.job.name);
  if (!explained2 || !("old" in explained2)) return void 0;
  const compat = stateVerdict({
    old: explained2.old,
    next: explained2.next,
    ...j.job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
    ...j.job.settings.restoreFrom ? { restoreFrom: j.job.settings.restoreFrom } : {},
    settingsFile: j.job.yamlFile ?? `jobs/${j.job.name}.yaml`,
    ...runningMaxParallelism(j),
    ...j.ctx.flinkVersion ? { flinkVersion: j.ctx.flinkVersion } : {}
  });
  warnIfStateLost(j, compat, "Rescale");
  return compat;
});
var withUnavailable = (function withUnavailable(c, explained2) {
  if (!explained2 || !("unavailable" in explained2) || c.verdict === "compatible") return c;
  if (explained2.rejected)
    return {
      ...c,
      findings: [`not judged: Flink's planner rejects the new script (${explained2.unavailable})`],
      advice: []
    };
  return { ...c, findings: [...c.findings, `Flink's planner was not asked: ${explained2.unavailable}`] };
});
var diffScripts = (function diffScripts(oldScript, job) {
  const name = `compiled/${job.name}.sql`;
  const d = unifiedDiff(oldScript ?? "", job.script, { oldName: name, newName: name });
  return d === "" ? void 0 : d;
});

// src/plan/decide-running.ts
var decideRunning = (function decideRunning(j, observed) {
  const { job, current, run, ctx, diags, base, to } = j;
  const running = {
    ...observed,
    parallelism: effectiveParallelism(observed, j.record, job.settings.parallelism)
  };
  const from = { parallelism: running.parallelism, ...specHashOf(running) };
  const liveIds = ctx.observed ? { liveJobId: running.jobId, liveState: running.state } : { liveJobId: running.jobId };
  const liveHash = running.labels?.[LABEL_KEYS.specHash] ?? (isRecordedRun(current, running) ? current.specHash : void 0);
  if (liveHash === void 0) {
    if (running.state !== "RUNNING") {
      diags.push({
        code: PLAN_CODES.transitional,
        severity: "info",
        summary: `Job ${job.name} is ${running.state} and shows no labels yet`,
        detail: "Its labels are read once it runs; plan again then."
      });
      return {
        change: {
          ...base,
          action: "none",
          reason: `${running.state}: labels not readable yet`,
          causes: [],
          ...liveIds,
          from,
          to
        },
        diags
      };
    }
    if (run.state === "suspended") {
      return {
        change: {
          ...base,
          action: "suspend",
          reason: `runs without flinkops labels, and ${run.reason}: ${stopWords(job, running)}`,
          ...batchMark(job, running),
          causes: [{ kind: "cluster", path: "labels", to: "missing" }, run.cause],
          ...liveIds,
          from,
          to
        },
        diags
      };
    }
    if (ctx.replace?.has(job.name)) return replaced(j, liveIds, from, [LABELS_MISSING]);
    const known = current?.script !== void 0;
    if (!known) {
      diags.push(
        warning(
          PLAN_CODES.adoptUnknownScript,
          `Job ${job.name} is adopted without knowing its script`,
          `It runs under the managed name but carries no flinkops labels, so what it runs cannot be compared with the repo. Adopting keeps it running; the next change upgrades it from a savepoint. To restart it now with the repository's script, from a savepoint: plan and apply with --replace ${job.name}.`,
          fileRange(job.sqlFile)
        )
      );
    }
    const replacedRun = known ? j.live.find((l) => l.jobId === current.jobId && isTerminal(l.state)) : void 0;
    if (known && replacedRun) {
      const sp = replacedRun.latestSavepoint ? `, last savepoint ${replacedRun.latestSavepoint.path}` : "";
      diags.push(
        warning(
          PLAN_CODES.replacedByHand,
          `Job ${job.name} was replaced outside flinkops`,
          `flinkops deployed it as job ${current.jobId}, which is ${replacedRun.state}${sp}; job ${running.jobId} now runs under ${job.pipelineName} without flinkops labels, so its SQL and settings cannot be compared with the repository. Adopting keeps it running as it is; to run the repository's script and settings again, from a savepoint of it, plan and apply with --replace ${job.name}.`,
          fileRange(job.sqlFile)
        )
      );
    }
    const other = known ? void 0 : otherSinks(running.vertices, job.sinks);
    if (other) {
      const theirs = other.join(", ");
      diags.push(
        warning(
          PLAN_CODES.adoptOtherQuery,
          `Job ${job.name}: the job running under its name writes ${theirs}, not ${job.sinks.map(objectName).join(", ")}`,
          `Job ${running.jobId} carries the managed name ${job.pipelineName} but no flinkops labels, and its operators write ${theirs}: it is likely another query, which adopting would take over, and whose state the next upgrade would try to restore into this job. Rename or stop that job if it is not this one (then plan again: the job is created); to replace it now with the repository's script, plan and apply with --replace ${job.name} (set upgradeMode: stateless in ${job.yamlFile ?? `jobs/${job.name}.yaml`} to start without its state).`,
          fileRange(job.sqlFile)
        )
      );
    }
    const sqlDiff = known ? diffScripts(current.script, job) : void 0;
    const rescaleLater = running.parallelism !== job.settings.parallelism ? `; it runs at parallelism ${running.parallelism}: the repository's ${job.settings.parallelism} is a rescale of the next apply` : "";
    return {
      change: {
        ...base,
        action: "adopt",
        reason: (known ? "runs without flinkops labels: taken over, not restarted" : "runs without flinkops labels: taken over, not restarted; the script it was started from cannot be known") + rescaleLater,
        causes: [{ kind: "cluster", path: "labels", to: "missing" }],
        ...liveIds,
        from,
        to: { ...to, parallelism: running.parallelism },
        ...sqlDiff ? { sqlDiff } : {}
      },
      diags
    };
  }
  const causes = [];
  const pending = j.record?.pending;
  const ownSubmit = pending?.kind === "submit" && pending.specHash === liveHash;
  const drift = current !== void 0 && liveHash !== current.specHash && !ownSubmit;
  if (drift) {
    causes.push({ kind: "drift", path: LABEL_KEYS.specHash, from: current.specHash, to: liveHash });
    diags.push(
      warning(
        PLAN_CODES.drift,
        `Job ${job.name} was changed outside flinkops`,
        `It runs spec ${liveHash} while the state store recorded ${current.specHash}. ` + (liveHash === job.restartHash ? "It already runs the repo\u2019s spec; the store is brought up to date on apply." : "The plan brings it back to the repo\u2019s spec.") + otherStore(running, current.jobId)
      )
    );
  }
  const keyGroups = drift ? void 0 : maxParallelismDrift(j, running);
  if (keyGroups) diags.push(keyGroups);
  if (run.state === "suspended") {
    return {
      change: {
        ...base,
        action: "suspend",
        reason: `${run.reason}: ${stopWords(job, running)}`,
        ...batchMark(job, running),
        causes: [...causes, run.cause],
        ...liveIds,
        from,
        to
      },
      diags
    };
  }
  const rolledBack = drift ? void 0 : heldRollback(j);
  const held = rolledBack && (liveHash !== job.restartHash || running.parallelism !== job.settings.parallelism || running.previousCluster) ? rolledBack : void 0;
  if (held) diags.push(heldWarning(j, held, running.jobId));
  else if (liveHash !== job.restartHash) {
    const batch2 = runsBatch(job, running);
    const strategy = batch2 ? "stateless" : job.settings.upgradeMode ?? "savepoint";
    const spec = specChange(j, strategy, !batch2, !drift);
    const all = [...causes, ...spec.causes ?? []];
    const why = describeCauses(spec.causes ?? []);
    const pinned = all.some((c) => c.path === "restoreFrom") ? job.settings.restoreFrom : void 0;
    if (pinned && strategy !== "stateless") pinRewinds(spec.compatibility, pinned, j.record, running);
    if (pinned && spec.compatibility && strategy !== "stateless")
      backendSwitch(
        spec.compatibility,
        current?.settings?.config,
        job.settings.config,
        job.yamlFile ?? `jobs/${job.name}.yaml`,
        pinned,
        pinnedFormat(pinned, j.live, j.record),
        j.ctx.defaultStateBackend
      );
    return {
      change: {
        ...base,
        action: "upgrade",
        strategy,
        reason: drift ? `changed outside flinkops (spec ${liveHash.slice(0, 12)}, recorded ${current.specHash.slice(0, 12)}): planned back to the repo's spec` : batch2 ? `${why || "spec changed"}: the batch run is cancelled (Flink takes no savepoint of it) and the new version starts` : `${why || "spec changed"}: ${strategy} upgrade`,
        ...spec,
        causes: all,
        ...pinned ? { restoreFrom: pinned } : {},
        ...liveIds,
        from,
        to
      },
      diags
    };
  }
  if (ctx.replace?.has(job.name)) return replaced(j, liveIds, from, causes);
  if (!held && running.parallelism !== job.settings.parallelism) {
    if (current && current.parallelism === job.settings.parallelism) {
      causes.push({
        kind: "drift",
        path: "parallelism",
        from: String(current.parallelism),
        to: String(running.parallelism)
      });
    }
    causes.push({
      kind: "setting",
      path: "parallelism",
      from: String(running.parallelism),
      to: String(job.settings.parallelism)
    });
    if (runsBatch(job, running)) {
      return {
        change: {
          ...base,
          action: "upgrade",
          strategy: "stateless",
          reason: `parallelism ${running.parallelism} \u2192 ${job.settings.parallelism}: the batch run is cancelled and runs again`,
          causes,
          ...liveIds,
          from,
          to
        },
        diags
      };
    }
    const mode = rescaleMode(ctx);
    const compat = mode === "savepoint-restart" ? rescaleVerdict(j) : void 0;
    const above = mode === "in-place" ? aboveMaxParallelism(j, running) : void 0;
    if (above) diags.push(above);
    return {
      change: {
        ...base,
        action: "rescale",
        rescaleMode: mode,
        ...compat ? { compatibility: compat } : {},
        ...above ? { refused: { code: above.code, summary: above.summary, detail: above.detail } } : {},
        reason: `parallelism ${running.parallelism} \u2192 ${job.settings.parallelism}: ${mode === "in-place" ? "in place (adaptive scheduler)" : "savepoint and restart"}`,
        causes,
        ...liveIds,
        from,
        to
      },
      diags
    };
  }
  const unverified = ctx.observed && !drift && isRecordedRun(current, running) && j.record?.status === "running" && j.record.lastStable?.jobId !== running.jobId;
  const batch = isBatchJob(job);
  if (unverified && batch) {
    diags.push(
      warning(
        PLAN_CODES.unverified,
        `Batch job ${job.name} has not finished its run`,
        `An earlier apply started job ${running.jobId} and stopped before it ended${ctx.lockHolder ? ` (${ctx.lockHolder}: that apply may still be watching it)` : ""}. Apply waits until it has FINISHED and records the run (or reports its failure).`,
        fileRange(job.sqlFile)
      )
    );
  } else if (unverified) {
    diags.push(
      warning(
        PLAN_CODES.unverified,
        `Job ${job.name} has not finished its health check`,
        ctx.lockHolder ? `An earlier apply started job ${running.jobId}, and has not finished its health check. Apply finishes the check and records it as stable (or reports it unhealthy). ${ctx.lockHolder}: that apply may still be watching it. ${MEANWHILE}` : `An earlier apply started job ${running.jobId} and stopped before its health grace period passed. Apply finishes the check and records it as stable (or reports it unhealthy).`,
        fileRange(job.sqlFile)
      )
    );
  }
  const rb = j.record?.rolledBack;
  const released = !held && !drift && rb ? rb : void 0;
  if (released) diags.push(releasedInfo(j, released, running, liveHash));
  const below = ctx.observed && !held && running.state === "RUNNING" ? runningBelow(running.vertices, running.parallelism) : void 0;
  if (below !== void 0) diags.push(belowParallelism(j, running, below));
  return {
    change: {
      ...base,
      action: "none",
      reason: drift ? "runs the repo\u2019s spec; the store is updated on apply" : ownSubmit ? "runs the repo\u2019s spec, started by an interrupted apply: apply records it and finishes its health check" : held ? `${heldWhat(held, liveHash, running)} was rolled back at ${held.time}: not tried again until the job changes (--replace ${job.name} tries it again)` : released ? `runs the repo\u2019s spec; the change rolled back at ${released.time} is no longer asked for: apply forgets it` : unverified && batch ? "batch job running the repo\u2019s spec: apply waits until it has FINISHED and records the run" : unverified ? "runs the repo\u2019s spec; its health check is unfinished: apply finishes it" : below !== void 0 ? `up to date, but it runs at parallelism ${below} of ${running.parallelism}: too few free task slots` : "up to date",
      causes: [
        ...causes,
        ...held ? [{ kind: "state", path: "rolled-back", to: held.time }] : [],
        ...unverified || ownSubmit ? [{ kind: "state", path: "health-check", to: "unfinished" }] : [],
        ...below !== void 0 ? [
          {
            kind: "cluster",
            path: "parallelism",
            from: String(running.parallelism),
            to: String(below)
          }
        ] : []
      ],
      ...liveIds,
      from,
      to,
      ...unverified || ownSubmit ? { verify: { jobId: running.jobId } } : {},
      ...drift ? { syncs: { jobId: running.jobId } } : {},
      ...released ? { releases: { rolledBackAt: released.time, specHash: released.specHash } } : {}
    },
    diags
  };
});
function belowParallelism(j, running, below) {
  const want = running.parallelism;
  const file = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  return warning(
    PLAN_CODES.belowParallelism,
    `Job ${j.job.name} runs at parallelism ${below} of ${want}: the cluster has too few free task slots`,
    `Flink's adaptive scheduler runs job ${running.jobId} with the task slots it got, and scales it up to ${want} by itself once more come free: apply has nothing to change. Until then it has ${below} of the ${want} subtasks per operator it asks for. Add TaskManagers or raise taskmanager.numberOfTaskSlots, or suspend a job that holds slots; to run at what it gets, set parallelism: ${below} in ${file}. flinkops status shows it as ${below} of ${want}.`,
    fileRange(j.job.yamlFile ?? j.job.sqlFile)
  );
}
var heldRollback = (function heldRollback(j) {
  const rb = j.record?.rolledBack;
  const s = j.job.settings;
  if (!rb || j.ctx.replace?.has(j.job.name)) return void 0;
  return rb.specHash === j.job.restartHash && rb.parallelism === s.parallelism && rb.upgradeMode === (s.upgradeMode ?? "savepoint") && rb.allowNonRestoredState === (s.allowNonRestoredState ?? false) ? rb : void 0;
});
var heldWhat = (function heldWhat(rb, liveHash, running) {
  if (rb.specHash === liveHash && rb.parallelism === running.parallelism)
    return running.previousCluster ? "its move to this environment\u2019s cluster" : "its move to another cluster";
  return rb.specHash === liveHash ? `its rescale to parallelism ${rb.parallelism}` : `its upgrade to spec ${rb.specHash.slice(0, 12)}`;
});
var heldWarning = (function heldWarning(j, rb, runningJobId) {
  const name = j.job.name;
  return warning(
    PLAN_CODES.rolledBackHeld,
    `Job ${name}: the change rolled back at ${rb.time} is not tried again`,
    `An apply started it${rb.jobId ? ` (job ${rb.jobId})` : ""} and rolled it back: ${rb.cause.replace(/\.+$/, "")}. The previous version runs (job ${runningJobId}). Plans hold that change while the repository asks for exactly it: change the job (its SQL, tables, settings, parallelism, upgradeMode or allowNonRestoredState) and plan again. To try it again as it is (its cause has passed: task slots freed, a sink reachable again), plan and apply with --replace ${name}.`,
    fileRange(heldFile(j))
  );
});
var releasedInfo = (function releasedInfo(j, rb, running, liveHash) {
  const runningJobId = running.jobId;
  const name = j.job.name;
  return {
    severity: "info",
    code: PLAN_CODES.rolledBackReleased,
    summary: `Job ${name}: the change rolled back at ${rb.time} is no longer held`,
    detail: `The repository asks for the version that runs (job ${runningJobId}), not ${heldWhat(rb, liveHash, running)}, which an apply rolled back (${rb.cause.replace(/\.+$/, "")}). Apply forgets that change without restarting the job: a later change that asks for it again is tried.`,
    range: fileRange(j.job.sqlFile)
  };
});
var heldFile = (function heldFile(j) {
  const { job, current } = j;
  const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
  if (!current || current.specHash === job.restartHash) return job.yamlFile ? settings : job.sqlFile;
  const causes = specCauses(current, job);
  return job.yamlFile && causes.every((c) => c.kind === "setting") ? settings : job.sqlFile;
});
var LABELS_MISSING = { kind: "cluster", path: "labels", to: "missing" };
var replaced = (function replaced(j, liveIds, from, causes) {
  const { job, base, to, diags } = j;
  const batch = isBatchJob(job);
  const strategy = batch ? "stateless" : job.settings.upgradeMode ?? "savepoint";
  const spec = specChange(j, strategy, !batch, causes.length === 0);
  if (strategy === "stateless" && !batch && !spec.compatibility)
    spec.compatibility = compatibility({ newScript: job.script, strategy });
  if (strategy !== "stateless" && !batch && !spec.compatibility)
    spec.compatibility = compatibility({
      ...j.current?.script !== void 0 ? { oldScript: j.current.script } : {},
      newScript: job.script,
      strategy
    });
  if (causes.includes(LABELS_MISSING) && strategy !== "stateless") warnAdoptedState(j);
  return {
    change: {
      ...base,
      action: "upgrade",
      strategy,
      reason: `replaced on request (--replace): ${strategy} upgrade with the repository's script`,
      ...spec,
      causes: [{ kind: "request", path: "replace" }, ...causes, ...spec.causes ?? []],
      ...liveIds,
      from,
      to
    },
    diags
  };
});
var runsBatch = (function runsBatch(job, live2) {
  return live2.batch === true || isBatchJob(job);
});
var stopWords = (function stopWords(job, live2) {
  return runsBatch(job, live2) ? "cancel its batch run (a batch job keeps no savepoint)" : "stop with a savepoint";
});
var batchMark = (function batchMark(job, live2) {
  return runsBatch(job, live2) ? { batch: true } : {};
});
function aboveMaxParallelism(j, running) {
  const max = liveMaxParallelism([running]);
  const want = j.job.settings.parallelism;
  if (max === void 0 || want <= max) return void 0;
  const file = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  return error(
    PLAN_CODES.aboveMaxParallelism,
    `Job ${j.job.name} cannot run at parallelism ${want}: its max parallelism is ${max}`,
    `Flink runs no operator with keyed state in more subtasks than its max parallelism (the key groups its state is split into), which job ${running.jobId} runs with: the rescale is refused. Set parallelism: ${max} or below in ${file} (or environments.<env>.jobs.${j.job.name}.parallelism); a larger maxParallelism needs an upgrade that cannot restore the keyed state (upgradeMode: stateless).`,
    fileRange(j.job.yamlFile ?? j.job.sqlFile)
  );
}
var otherStore = (function otherStore(running, recordedJobId) {
  const commit = running.labels?.[LABEL_KEYS.commit];
  if (commit === void 0 || running.jobId === recordedJobId) return "";
  return ` Job ${running.jobId} carries flinkops labels (commit ${commit.slice(0, 12)}), and the store recorded job ${recordedJobId}: an apply with another state store (a clone or another machine with its own .flinkops/) started it, or this store is older than the last apply (restored from a backup). The savepoints that apply took are in its own store only.`;
});

// src/plan/finished-batch-run.ts
var finishedCalledFailed = (function finishedCalledFailed(record3, jobId) {
  const last = record3.history.at(-1);
  return record3.status === "failed" && last !== void 0 && last.action.endsWith("-failed") && last.jobId === jobId && last.detail === `job ${jobId} is FINISHED`;
});
var batchRun = (function batchRun(j, last, from) {
  const { job, record: record3, current, run, diags, base, to } = j;
  if (!isBatchJob(job) || !current || !record3) return void 0;
  if (record3.status !== "running" && !finishedCalledFailed(record3, current.jobId)) return void 0;
  if (last?.state !== "FINISHED" || last.jobId !== current.jobId || run.state === "suspended")
    return void 0;
  const lastIds = { liveJobId: last.jobId, liveState: last.state };
  const ended = last.endTime !== void 0 && last.endTime > 0 ? ` at ${at(last.endTime)}` : "";
  const rerun = j.ctx.replace?.has(job.name) === true;
  if (from.specHash === to.specHash && from.parallelism === to.parallelism && !rerun) {
    const unrecorded = record3.lastStable?.jobId !== last.jobId;
    return {
      change: {
        ...base,
        action: "none",
        reason: `batch job: its run (job ${last.jobId}) FINISHED${ended}${unrecorded ? "; apply records it" : ""}`,
        causes: unrecorded ? [{ kind: "state", path: "health-check", to: "unfinished" }] : [],
        ...lastIds,
        from,
        to,
        ...unrecorded ? { verify: { jobId: last.jobId } } : {}
      },
      diags
    };
  }
  const spec = specChange(j, "stateless", false);
  return {
    change: {
      ...base,
      action: "upgrade",
      strategy: "stateless",
      reason: rerun && !spec.causes && from.parallelism === to.parallelism ? `batch job run again on request (--replace); its last run (job ${last.jobId}) FINISHED${ended}` : `batch job changed since its run (job ${last.jobId}) FINISHED${ended}: run the new version (a batch job keeps no state)`,
      ...spec,
      causes: [
        ...rerun ? [{ kind: "request", path: "replace" }] : [],
        ...spec.causes ?? (from.parallelism !== to.parallelism ? [
          {
            kind: "repo",
            path: "parallelism",
            from: String(from.parallelism),
            to: String(to.parallelism)
          }
        ] : [])
      ],
      ...lastIds,
      from,
      to
    },
    diags
  };
});

// src/plan/restore-point-gone.ts
var lastStartNotFound = (function lastStartNotFound(j, restoreFrom) {
  const history2 = j.record?.history ?? [];
  const i = history2.findLastIndex((h) => h.action.endsWith("-failed"));
  if (i < 0 || history2.slice(i + 1).some((h) => h.jobId !== void 0 && !h.action.startsWith("savepoint")))
    return void 0;
  const path = missingRestorePoint(history2[i].detail ?? "");
  if (path === void 0 || !sameSavepointPath(path, restoreFrom)) return void 0;
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  const summary = `Job ${j.job.name} cannot restore ${restoreFrom}: Flink did not find it`;
  const detail = `Its last start (${history2[i].action.replace(/-failed$/, "")} at ${history2[i].time}) failed because that ${restorePointKind(restoreFrom)} is gone: its folder was deleted, or the path was changed by hand in the state store. Starting from it again would fail the same way, so the ${j.run.state === "suspended" ? "change" : "start"} is refused. Pin a restore point that exists with restoreFrom: <path> in ${settings} (flinkops savepoints list ${j.job.name} lists the recorded ones; a retained checkpoint is a \u2026/chk-N folder), then plan again` + (j.run.state === "suspended" ? "." : `; or set upgradeMode: stateless in ${settings} to start it without state.`);
  return {
    refused: { code: PLAN_CODES.restorePointGone, summary, detail },
    diag: warning(PLAN_CODES.restorePointGone, summary, detail, fileRange(j.job.yamlFile ?? j.job.sqlFile))
  };
});
var startsWithoutGoneState = (function startsWithoutGoneState(j, path) {
  return warning(
    PLAN_CODES.restorePointGone,
    `Job ${j.job.name} cannot restore ${path}: Flink did not find it; it starts without state (upgradeMode: stateless)`,
    `Its last start failed because that ${restorePointKind(path)} is gone. The job asks for upgradeMode: stateless, so the recovery starts it without state: each source starts where its scan.startup.mode says. To restore another savepoint instead, set restoreFrom: <path> in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`}.`,
    fileRange(j.job.yamlFile ?? j.job.sqlFile)
  );
});

// src/plan/stopped-state-warnings.ts
var warnRewind = (function warnRewind(j, point, last, record3, action = "recover") {
  const lost = last.lastCheckpointTime;
  if (lost === void 0 || lost <= point.time || sameSavepointPath(last.latestCheckpoint?.path, point.path))
    return;
  const { job } = j;
  const taken = takenAt(point, j.live, record3);
  j.diags.push(
    warning(
      PLAN_CODES.recoveryRewinds,
      action === "recover" ? `Job ${job.name} is recovered from its ${point.what} of ${at(taken)}, older than the checkpoint it completed last (${at(lost)})` : `Job ${job.name} is recorded as suspended and resumes from its ${point.what} of ${at(taken)}, older than the checkpoint it completed last (${at(lost)})`,
      `Flink discarded that checkpoint when job ${last.jobId} ended (${last.state}): a cancelled job keeps its checkpoints only with execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION. The records since ${at(taken)} are read again: a sink that appends (an exactly-once Kafka topic, files) writes them a second time; an upsert sink by key ends the same. Set the retention in the config of ${job.yamlFile ?? `jobs/${job.name}.yaml`} so that the next cancel keeps them; to start from other state, restoreFrom: <path>.`,
      fileRange(job.sqlFile)
    )
  );
});
var warnVanished = (function warnVanished(j, point, record3, ended) {
  const { job } = j;
  const jid = record3.current.jobId;
  const p = record3.pending;
  const stop2 = p && (p.kind === "stop-with-savepoint" || p.kind === "savepoint") && p.jobId === jid ? p : void 0;
  const from = point ? `its ${point.what} of ${at(takenAt(point, j.live, record3))} (${point.path})` : "no state";
  const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
  const started = record3.current?.endpoint;
  const elsewhere = j.ctx.endpoint !== void 0 && started !== void 0 && started !== j.ctx.endpoint;
  j.diags.push(
    warning(
      PLAN_CODES.vanishedState,
      ended ? `Job ${job.name} ended ${ended} with no checkpoint Flink shows: it is recovered from ${from}, and newer state may be on disk only` : elsewhere ? `Job ${job.name} is not on this cluster, and was started through another JobManager endpoint: it is recovered from ${from}, and newer state may be on the other cluster` : `Job ${job.name} vanished from the cluster: it is recovered from ${from}, and newer state may be on disk only`,
      (ended ? `Job ${jid} ran, but Flink answers it with no RUNNING time and no checkpoint: the adaptive scheduler reports a job that failed between two runs from a graph it never built (one that lost its TaskManager and waited for task slots in vain, NoResourceAvailableException, or whose restart failed before it ran, e.g. on a checkpoint directory it could not write). Its exceptions in the Flink UI say which. ` : elsewhere ? `This JobManager does not know job ${jid}, which was started through another JobManager endpoint (FO739): it may still run on that cluster${stop2 ? `, where the ${stop2.kind} started at ${stop2.startedAt} (trigger ${stop2.triggerId}) was under way` : ""}. If it does, move the environment with moveFrom instead of applying this recovery. ` : `The JobManager no longer knows job ${jid}: it restarted without high availability (or the job expired from its history), and forgot the job${stop2 ? `, its checkpoints and the outcome of the ${stop2.kind} started at ${stop2.startedAt} (trigger ${stop2.triggerId})` : " and its checkpoints"}. `) + `${stop2 ? `If that savepoint completed, it is a folder savepoint-${jid.slice(0, 6)}-\u2026 holding a _metadata file in the savepoint directory. ` : ""}Checkpoints the job completed later are kept as <checkpoint directory>/${jid}/chk-<n> (with a _metadata file) when they were retained, or when the JobManager died before it could delete them. To restore the newest of them, set restoreFrom: <its path> in ${settings} before applying; otherwise the records since are read again (a sink that appends writes them twice).`,
      fileRange(job.sqlFile)
    )
  );
});
var takenAt = (function takenAt(point, live2, record3) {
  const times = [point.time];
  for (const s of record3.savepoints)
    if (sameSavepointPath(s.path, point.path)) times.push(Date.parse(s.time));
  for (const l of live2)
    for (const p of [l.latestSavepoint, l.latestCheckpoint])
      if (p && sameSavepointPath(p.path, point.path) && p.time > 0) times.push(p.time);
  return Math.min(...times.filter((t) => !Number.isNaN(t)));
});
var warnHandJobState = (function warnHandJobState(j) {
  const { job, live: live2, ctx } = j;
  if (!ctx.observed) return;
  const ended = live2.filter((l) => l.labels === void 0 && !isAlive(l) && !l.previousCluster);
  const point = latestRestorePoint(ended, void 0);
  if (!point) return;
  const owner = ended.find(
    (l) => sameSavepointPath(l.latestSavepoint?.path, point.path) || sameSavepointPath(l.latestCheckpoint?.path, point.path)
  );
  const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
  j.diags.push(
    warning(
      PLAN_CODES.handJobState,
      `Job ${job.name} is created without the state of the job that ran under its name outside flinkops`,
      `Job ${owner?.jobId ?? "?"} (${owner?.state ?? "ended"}), started without flinkops labels, left the ${point.what} ${point.path}. Only a running job is adopted; the new job restores nothing. To start it from that state, set restoreFrom: ${point.path} in ${settings}; to start afresh, nothing.`,
      fileRange(job.sqlFile)
    )
  );
});
var warnCreatedAgain = (function warnCreatedAgain(j, finalSp) {
  const { job } = j;
  const findings = sourceStartFindings(job.script);
  if (findings.length === 0) return;
  j.diags.push(
    warning(
      PLAN_CODES.createdAgainWithoutState,
      `Job ${job.name} is created again without the state of its deleted version: its sources start where their startup mode says`,
      `${findings.join("; ")}. Its final savepoint ${finalSp} holds where the deleted job stopped: to go on from there, set restoreFrom: ${finalSp} in ${job.yamlFile ?? `jobs/${job.name}.yaml`}; to start afresh, nothing.`,
      fileRange(job.sqlFile)
    )
  );
});

// src/plan/unfinished-rollback.ts
var finishRollback = (function finishRollback(j, last, from) {
  const { record: record3, run, diags, base, to } = j;
  const p = record3?.pending;
  if (p?.kind !== "rollback" || p.failedSpecHash !== to.specHash || run.state === "suspended")
    return void 0;
  const failed3 = p.jobId ? `job ${p.jobId}` : "the new version";
  if (last && rolledBackJob(last, p))
    return {
      change: {
        ...base,
        action: "recover",
        reason: `an earlier apply was rolling ${failed3} back to the last stable version (spec ${p.specHash.slice(0, 12)}) and stopped after it started that version again, before it recorded it: finish the rollback, record job ${last.jobId} (${last.state}${p.savepoint ? `, restored from ${p.savepoint}` : ""}) and check its health; nothing is started`,
        causes: [{ kind: "cluster", path: "state", from: "RUNNING", to: last.state }],
        liveJobId: last.jobId,
        liveState: last.state,
        from,
        to
      },
      diags
    };
  const alive = last !== void 0 && last.jobId === p.jobId && isAlive(last);
  return {
    change: {
      ...base,
      action: "recover",
      reason: `an earlier apply was rolling ${failed3} back to the last stable version (spec ${p.specHash.slice(0, 12)}) and stopped before that ran again: finish the rollback, ${alive ? `cancel job ${last.jobId} (${last.state}), ` : ""}${p.savepoint ? `restore the last stable version from ${p.savepoint}` : "start the last stable version without state"}`,
      causes: [{ kind: "cluster", path: "state", from: "RUNNING", to: last?.state ?? "missing" }],
      ...p.savepoint ? { restoreFrom: p.savepoint } : {},
      ...last ? { liveJobId: last.jobId, liveState: last.state } : {},
      from,
      to
    },
    diags
  };
});
var rolledBackJob = (function rolledBackJob(live2, p) {
  return isAlive(live2) && live2.jobId !== p.jobId && specHashOf(live2).specHash === p.specHash && (live2.restoredFrom === void 0 || p.savepoint === void 0 || sameSavepointPath(live2.restoredFrom, p.savepoint));
});

// src/plan/decide-stopped.ts
var decideStopped = (function decideStopped(j) {
  const { job, record: record3, current, run, ctx, diags, base, to, live: live2 } = j;
  const last = ctx.observed ? live2[0] : void 0;
  const lastIds = last ? { liveJobId: last.jobId, liveState: last.state } : {};
  if (!record3 || !current || record3.status === "deleted") {
    if (run.state === "suspended") {
      return {
        change: { ...base, action: "none", reason: `${run.reason}: not deployed`, causes: [run.cause], to },
        diags
      };
    }
    const spec2 = specChange(j, job.settings.upgradeMode ?? "savepoint", false);
    const finalSp = record3?.status === "deleted" ? lastRestorableSavepoint(record3) : void 0;
    if (!record3 && !job.settings.restoreFrom) warnHandJobState(j);
    if (finalSp && !job.settings.restoreFrom) warnCreatedAgain(j, finalSp.path);
    return {
      change: {
        ...base,
        action: "create",
        reason: finalSp ? newAgain(finalSp.path, job.settings.restoreFrom) : isBatchJob(job) ? "new batch job: apply runs it once and waits until it has FINISHED" : "new job",
        causes: [{ kind: "repo", path: job.sqlFile, to: "added" }],
        ...job.settings.restoreFrom ? { restoreFrom: job.settings.restoreFrom } : {},
        to,
        ...spec2.sqlDiff ? { sqlDiff: spec2.sqlDiff } : {}
      },
      diags
    };
  }
  const from = { specHash: current.specHash, parallelism: current.parallelism };
  if (record3.status === "suspended") {
    if (run.state === "suspended") {
      return {
        change: { ...base, action: "none", reason: "suspended", causes: [], ...lastIds, from, to },
        diags
      };
    }
    const sp = ownRestorableSavepoint(record3, ctx.flinkVersion);
    const spec2 = specChange(
      j,
      job.settings.upgradeMode ?? "savepoint",
      sp !== void 0 || job.settings.restoreFrom !== void 0 || pendingSavepoint(record3)
    );
    const pinned2 = spec2.causes?.some((c) => c.path === "restoreFrom") ? job.settings.restoreFrom : void 0;
    const restoreFrom2 = pinned2 ?? sp?.path;
    const awaited2 = !restoreFrom2 && pendingSavepoint(record3);
    const batch2 = isBatchJob(job);
    if (!batch2) pinRewinds(spec2.compatibility, pinned2, record3, last);
    if (!batch2) pinnedBackendSwitch(j, spec2.compatibility, pinned2);
    if (!pinned2 && !batch2)
      warnNewerReleaseSavepoints(j, "resume", restoreFrom2, sp ? Date.parse(sp.time) : void 0);
    if (!restoreFrom2 && !awaited2 && !batch2) diags.push(noRestorePoint(job, "resume"));
    const back = run.cause?.kind === "schedule" ? run.reason : `${run.reason} again`;
    const gone2 = restoreFrom2 && !pinned2 ? lastStartNotFound(j, restoreFrom2) : void 0;
    if (gone2) diags.push(gone2.diag);
    return {
      change: {
        ...base,
        action: "resume",
        ...gone2 ? { refused: gone2.refused } : {},
        reason: restoreFrom2 ? `${back}: restore from ${pinned2 ? "the pinned" : "its last"} ${restorePointKind(restoreFrom2)}` : awaited2 ? `${back}: restore from the savepoint its interrupted stop took, if it completed` : batch2 ? `${back}: run the batch job (it keeps no state)` : `${back}: no savepoint known, starts without state`,
        ...spec2,
        causes: [
          // A schedule window that opened says so; otherwise `state: running` brought it back.
          run.cause?.kind === "schedule" ? run.cause : { kind: "setting", path: "state", from: "suspended", to: "running" },
          ...spec2.causes ?? []
        ],
        ...restoreFrom2 ? { restoreFrom: restoreFrom2 } : {},
        ...lastIds,
        from,
        to
      },
      diags
    };
  }
  const batch = batchRun(j, last, from);
  if (batch) return batch;
  const finishing = finishRollback(j, last, from);
  if (finishing) return finishing;
  const why = record3.status === "failed" ? "recorded as failed by an earlier apply" : !last ? "vanished from the cluster while the store says running" : last.state === "FINISHED" && last.jobId === current.jobId && isBatchJob(job) ? `its batch run (job ${last.jobId}) FINISHED` : stoppedByInterruptedApply(record3, last.jobId) ? `job ${last.jobId} ${last.state}: an interrupted apply stopped it with a savepoint, which apply records first` : stoppedForRestart(record3, last) ? `job ${last.jobId} ${last.state}: an interrupted apply stopped it with a savepoint to restart it, and did not start the new job` : `${last.state} on the cluster while the repo wants it running`;
  if (run.state === "suspended" && run.cause?.kind !== "schedule" && record3.status === "running" && isBatchJob(job) && last?.state === "FINISHED" && last.jobId === current.jobId && from.specHash === to.specHash && from.parallelism === to.parallelism) {
    return {
      change: {
        ...base,
        action: "none",
        reason: `${run.reason}; ${why}: nothing to stop (set back to running it does not run again; --replace ${job.name} runs it once more)`,
        causes: [],
        ...lastIds,
        from,
        to
      },
      diags
    };
  }
  if (run.state === "suspended") {
    const kept = latestRestorePoint(ctx.observed ? live2 : [], record3, ctx.flinkVersion);
    if (kept && last) warnRewind(j, kept, last, record3, "suspend");
    return {
      change: {
        ...base,
        action: "suspend",
        reason: `${run.reason}; ${why}: nothing to stop, recorded as suspended`,
        causes: [run.cause],
        ...lastIds,
        from,
        to
      },
      diags
    };
  }
  const point = latestRestorePoint(ctx.observed ? live2 : [], record3, ctx.flinkVersion);
  const spec = specChange(
    j,
    job.settings.upgradeMode ?? "savepoint",
    point !== void 0 || job.settings.restoreFrom !== void 0 || pendingSavepoint(record3)
  );
  const pinned = spec.causes?.some((c) => c.path === "restoreFrom") ? job.settings.restoreFrom : void 0;
  const gone = point && !pinned ? lastStartNotFound(j, point.path) : void 0;
  const dropped = point !== void 0 && gone !== void 0 && job.settings.upgradeMode === "stateless";
  const restoreFrom = pinned ?? (dropped ? void 0 : point?.path);
  if (!isBatchJob(job)) pinRewinds(spec.compatibility, pinned, record3, last);
  if (!isBatchJob(job)) pinnedBackendSwitch(j, spec.compatibility, pinned);
  const awaited = !restoreFrom && pendingSavepoint(record3);
  const unseen = last !== void 0 && last.jobId === current.jobId && (last.runningSince === void 0 || last.tasksNeverDeployed === true) && last.lastCheckpointTime === void 0;
  const stable = unseen && record3.lastStable?.jobId === last.jobId;
  const forgotten = stable && last.runningSince === void 0;
  const neverRan = unseen && !stable;
  if (dropped && point) {
    if (!isBatchJob(job)) diags.push(startsWithoutGoneState(j, point.path));
  } else {
    if (!restoreFrom && !awaited && !isBatchJob(job) && !neverRan)
      diags.push(noRestorePoint(job, "recovery", last?.jobId === current.jobId ? last : void 0));
    if (!pinned && !isBatchJob(job)) warnNewerReleaseSavepoints(j, "recovery", restoreFrom, point?.time);
    if (!pinned && point && last) warnRewind(j, point, last, record3);
    if (!pinned && !last && ctx.observed && record3.current) warnVanished(j, point, record3);
    if (!pinned && forgotten) warnVanished(j, point, record3, last.state);
    if (gone) diags.push(gone.diag);
  }
  return {
    change: {
      ...base,
      action: "recover",
      ...gone && !dropped ? { refused: gone.refused } : {},
      reason: dropped && point ? `${why}: start without state (upgradeMode: stateless), as its latest ${point.what} is gone` : isBatchJob(job) && !pinned && !point && !awaited ? `${why}: run the batch job again (it keeps no state)` : neverRan && !restoreFrom && !awaited ? `${why}: start it again (it never ran, so it has no state to restore)` : `${why}: restart from ${pinned ? `the pinned ${restorePointKind(pinned)}` : point ? `its latest ${point.what}` : awaited ? "the savepoint its interrupted stop took, if it completed" : "no known state"}`,
      ...spec,
      causes: [
        {
          kind: "cluster",
          path: "state",
          from: "RUNNING",
          to: last?.state ?? (record3.status === "failed" ? "failed" : "missing")
        },
        ...spec.causes ?? []
      ],
      ...restoreFrom ? { restoreFrom } : {},
      ...lastIds,
      from,
      to
    },
    diags
  };
});
var pinnedBackendSwitch = (function pinnedBackendSwitch(j, compat, pinned) {
  if (!pinned || !compat || j.job.settings.upgradeMode === "stateless") return;
  const settings = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  backendSwitch(
    compat,
    j.current?.settings?.config,
    j.job.settings.config,
    settings,
    pinned,
    pinnedFormat(pinned, j.live, j.record),
    j.ctx.defaultStateBackend
  );
});
var pendingSavepoint = (function pendingSavepoint(record3) {
  const p = record3.pending;
  return p !== void 0 && (p.kind === "savepoint" || p.kind === "stop-with-savepoint");
});
var newAgain = (function newAgain(finalSp, pinned) {
  if (pinned === void 0)
    return `new again after its deletion; its final savepoint ${finalSp} is used only if pinned with restoreFrom`;
  return sameSavepointPath(pinned, finalSp) ? "new again after its deletion: restore from its final savepoint, pinned with restoreFrom" : `new again after its deletion: restore from the pinned ${restorePointKind(pinned)}, not its final savepoint ${finalSp}`;
});

// src/plan/live-instances.ts
var suspendedDecision = (function suspendedDecision(name, pipelineName2, j) {
  return {
    change: {
      job: name,
      pipelineName: pipelineName2,
      action: "none",
      reason: "SUSPENDED by the JobManager (leader change): left alone until it is recovered",
      causes: [],
      liveJobId: j.jobId,
      liveState: j.state
    },
    diags: [
      {
        code: PLAN_CODES.transitional,
        severity: "info",
        summary: `Job ${name} is suspended by the JobManager (leader change); plan again once it is recovered`,
        detail: "Flink suspends the jobs of a JobManager that loses leadership; with high availability the next leader recovers them. Nothing is started, stopped or recorded until it runs again."
      }
    ]
  };
});
var instanceNote = (function instanceNote(j, recordedJobId) {
  const started = j.startTime > 0 ? `, started ${new Date(j.startTime).toISOString()}` : "";
  if (j.jobId === recordedJobId) return `${j.state}${started}, the one flinkops deployed and recorded`;
  if (j.labels?.[LABEL_KEYS.specHash] !== void 0)
    return `${j.state}${started}, flinkops labels, not the recorded one`;
  return `${j.state}${started}, no flinkops labels: started outside flinkops`;
});
var duplicateDecision = (function duplicateDecision(name, pipelineName2, alive, recordedJobId) {
  const ids = alive.map((j) => `${j.jobId} (${instanceNote(j, recordedJobId)})`).join("; ");
  return {
    change: {
      job: name,
      pipelineName: pipelineName2,
      action: "none",
      reason: `runs ${alive.length} times on the cluster: left alone until one instance remains`,
      causes: [{ kind: "cluster", path: pipelineName2, to: `${alive.length} instances` }]
    },
    diags: [
      error(
        PLAN_CODES.duplicateJob,
        `Job ${name} runs ${alive.length} times on the cluster`,
        `Instances: ${ids}. A job running twice writes its sinks twice. Stop all but one, then plan again: with a savepoint through Flink's own tools (\`flink stop --savepointPath <dir> <job id>\`, or POST /jobs/<job id>/stop on the JobManager REST API), or cancel it in the Flink UI.`
      )
    ]
  };
});

// src/plan/schedule.ts
var isoMinute = (function isoMinute(t) {
  return new Date(t).toISOString().replace(/\.000Z$/, "Z");
});
var windowsOf = (function windowsOf(schedule2) {
  const tz = schedule2.timezone ?? "UTC";
  const windows = [];
  for (const [i, w] of schedule2.windows.entries()) {
    const start = cronOf(w.start, tz);
    const stop2 = cronOf(w.stop, tz);
    if ("problem" in start)
      return { problem: `schedule window ${i + 1} start "${w.start}": ${start.problem}` };
    if ("problem" in stop2) return { problem: `schedule window ${i + 1} stop "${w.stop}": ${stop2.problem}` };
    windows.push({ i, label: `${w.start} \u2192 ${w.stop} ${tz}`, start: start.cron, stop: stop2.cron });
  }
  return { windows };
});
var latest = (function latest(cron, t) {
  return cron.previousRuns(1, new Date(t + 1))[0]?.getTime();
});
var nextAfter = (function nextAfter(cron, t) {
  return cron.nextRun(new Date(t))?.getTime() ?? void 0;
});
var stateFunction2 = (function stateFunction2(job) {
  const { activeFrom: from, activeUntil: until, schedule: schedule2 } = job.settings;
  for (const [key, value] of [
    ["activeFrom", from],
    ["activeUntil", until]
  ]) {
    if (value !== void 0 && Number.isNaN(Date.parse(value)))
      return { problem: `${key} "${value}" is not an ISO-8601 time` };
  }
  const parsed = schedule2 ? windowsOf(schedule2) : { windows: [] };
  if ("problem" in parsed) return parsed;
  const { windows } = parsed;
  const fromT = from !== void 0 ? Date.parse(from) : void 0;
  const untilT = until !== void 0 ? Date.parse(until) : void 0;
  const at2 = (t) => {
    if (fromT !== void 0 && t < fromT)
      return {
        state: "suspended",
        cause: { kind: "schedule", path: "activeFrom", to: from },
        why: `outside its schedule window: active from ${from}`
      };
    if (untilT !== void 0 && t >= untilT)
      return {
        state: "suspended",
        cause: { kind: "schedule", path: "activeUntil", to: until },
        why: `outside its schedule window: active until ${until}`
      };
    if (windows.length === 0) return { state: "running", why: "inside its schedule window" };
    let closed;
    for (const w of windows) {
      const start = latest(w.start, t);
      const stop2 = latest(w.stop, t);
      if (start !== void 0 && (stop2 === void 0 || start > stop2)) {
        return {
          state: "running",
          cause: { kind: "schedule", path: `schedule.windows[${w.i}]`, from: "closed", to: "open" },
          why: `inside schedule window ${w.i + 1} (${w.label}) since ${isoMinute(start)}`
        };
      }
      if (stop2 !== void 0 && (closed?.stop === void 0 || stop2 > closed.stop))
        closed = { i: w.i, label: w.label, stop: stop2 };
      closed ??= { i: w.i, label: w.label };
    }
    const c = closed;
    return {
      state: "suspended",
      cause: { kind: "schedule", path: `schedule.windows[${c.i}]`, from: "open", to: "closed" },
      why: c.stop !== void 0 ? `outside its schedule: window ${c.i + 1} (${c.label}) closed at ${isoMinute(c.stop)}` : `outside its schedule: window ${c.i + 1} (${c.label}) has not opened yet`
    };
  };
  const candidates = (t) => {
    const out = [];
    if (fromT !== void 0 && fromT > t) out.push(fromT);
    if (untilT !== void 0 && untilT > t) out.push(untilT);
    for (const w of windows) {
      for (const cron of [w.start, w.stop]) {
        const n = nextAfter(cron, t);
        if (n !== void 0) out.push(n);
      }
    }
    return out;
  };
  return { at: at2, candidates };
});
var MAX_STEPS = 64;
var nextTransition = (function nextTransition(f, t, state) {
  let cur = t;
  for (let step = 0; step < MAX_STEPS; step++) {
    const c = f.candidates(cur);
    if (c.length === 0) return void 0;
    cur = Math.min(...c);
    const v = f.at(cur);
    if (v.state !== state) return { at: isoMinute(cur), state: v.state };
  }
  return void 0;
});
var withNext = (function withNext(v, next) {
  const tail = next ? `; ${next.state === "running" ? "resumes" : "suspends"} at ${next.at}` : "";
  const cause = v.cause && next && v.cause.path.startsWith("schedule.") ? { ...v.cause, to: `${v.cause.to} until ${next.at}` } : v.cause;
  return {
    state: v.state,
    ...cause ? { cause } : {},
    reason: `${v.why}${tail}`,
    ...next ? { next } : {}
  };
});
var desiredRunState = (function desiredRunState(job, now) {
  if (job.settings.state === "suspended") {
    return {
      state: "suspended",
      cause: { kind: "setting", path: "state", to: "suspended" },
      reason: "state: suspended"
    };
  }
  const { activeFrom, activeUntil, schedule: schedule2 } = job.settings;
  if (activeFrom === void 0 && activeUntil === void 0 && !schedule2)
    return { state: "running", reason: "state: running" };
  const notEvaluated = (problem) => ({
    state: "running",
    reason: "state: running",
    problem
  });
  if (now === void 0) {
    return notEvaluated(
      `${schedule2 ? "schedule" : "activeFrom/activeUntil"} ${schedule2 ? "was" : "were"} not evaluated: the plan was given no time`
    );
  }
  const t = Date.parse(now);
  if (Number.isNaN(t)) return notEvaluated(`"${now}" is not an ISO-8601 time`);
  const f = stateFunction2(job);
  if ("problem" in f) return notEvaluated(f.problem);
  const v = f.at(t);
  return withNext(v, nextTransition(f, t, v.state));
});

// src/plan/decide.ts
var decideDesired = (function decideDesired(job, live2, record3, ctx) {
  const diags = [];
  const run = desiredRunState(job, ctx.now);
  if (run.problem) {
    diags.push(
      warning(
        PLAN_CODES.scheduleNotEvaluated,
        `Schedule window of job ${job.name} not evaluated`,
        `${run.problem}; the job is planned as running. Plan with a time (the Action passes the run time).`,
        fileRange(job.yamlFile ?? job.sqlFile)
      )
    );
  }
  if (record3?.pending) {
    const p2 = record3.pending;
    const forgotten = ctx.observed && (p2.kind === "savepoint" || p2.kind === "stop-with-savepoint") && !live2.some((l) => l.jobId === p2.jobId);
    const detail = forgotten ? `Started ${p2.startedAt}. The JobManager no longer knows job ${p2.jobId}, so the next apply cannot ask for its result: see FO659 for where a savepoint that completed is kept.` : `Started ${p2.startedAt}. The next apply looks for its result first, so no savepoint is lost.`;
    diags.push(
      warning(
        PLAN_CODES.pendingOperation,
        ctx.lockHolder ? `An apply holding the state lock is in (or stopped during) ${record3.pending.kind} of job ${job.name}` : `An earlier apply stopped during ${record3.pending.kind} of job ${job.name}`,
        ctx.lockHolder ? `${ctx.lockHolder}. ${MEANWHILE} ${detail}` : detail
      )
    );
  }
  const alive = ctx.observed ? live2.filter(isAlive) : [];
  if (alive.length > 1) {
    const dup = duplicateDecision(job.name, job.pipelineName, alive, record3?.current?.jobId);
    return { change: dup.change, diags: [...diags, ...dup.diags] };
  }
  if (alive[0]?.state === "SUSPENDED") {
    const s = suspendedDecision(job.name, job.pipelineName, alive[0]);
    return { change: s.change, diags: [...diags, ...s.diags] };
  }
  const current = record3?.status === "deleted" ? void 0 : record3?.current;
  const inputs = {
    job,
    live: ctx.observed ? live2 : [],
    record: record3,
    current,
    run,
    ctx,
    diags,
    base: { job: job.name, pipelineName: job.pipelineName },
    to: { specHash: job.restartHash, parallelism: job.settings.parallelism }
  };
  const running = ctx.observed ? alive[0] : record3?.status === "running" && current ? storeAsLive(job, current.jobId, current.specHash, current.parallelism) : void 0;
  const p0 = record3?.pending;
  const restarted = running && p0?.kind === "rollback" && rolledBackJob(running, p0);
  const finishing = running && current && p0?.kind === "rollback" && (p0.jobId === running.jobId || restarted) ? finishRollback(
    inputs,
    running,
    restarted ? { specHash: p0.specHash, parallelism: running.parallelism } : { specHash: current.specHash, parallelism: current.parallelism }
  ) : void 0;
  const rolledBackTo = restarted && !finishing && p0?.kind === "rollback" ? [record3?.lastStable, record3?.current].find((v) => v?.specHash === p0.specHash) : void 0;
  const fromRollback = rolledBackTo && running ? { ...inputs, current: { ...rolledBackTo, jobId: running.jobId } } : inputs;
  const d = finishing ?? (running ? decideRunning(fromRollback, running) : decideStopped(inputs));
  const p = record3?.pending;
  if (p && d.change.action === "none" && !d.change.refused && d.change.verify === void 0)
    return {
      ...d,
      change: {
        ...d.change,
        reason: `${d.change.reason}; apply looks up the ${p.kind} an earlier apply stopped during, and clears it`,
        resolves: { pending: p.kind, startedAt: p.startedAt }
      }
    };
  return d;
});

// src/plan/rename.ts
var RENAME_CODES = {
  /** Error: the old and the new name both have a job (in the store or on the cluster): no rename. */
  bothExist: "FO733",
  /** Error: movedFrom and restoreFrom together while the old job exists: which state to start from is unclear. */
  withRestoreFrom: "FO734",
  /** Info: movedFrom names a job known nowhere while the new name is created: it starts without state. Silent once applied. */
  leftover: "FO735"
};
var planRenames = (function planRenames(desired, liveByJob, doc, observed) {
  const renames2 = /* @__PURE__ */ new Map();
  const diags = [];
  const jobsOf = /* @__PURE__ */ new Map();
  const inRepo = new Set(desired.jobs.map((j) => j.name));
  const claimed = /* @__PURE__ */ new Map();
  for (const job of desired.jobs) {
    const old = job.settings.movedFrom;
    if (old === void 0 || old === job.name || inRepo.has(old)) continue;
    if (claimed.has(old)) continue;
    claimed.set(old, job.name);
    const say = (d) => {
      diags.push(d);
      jobsOf.set(d, [job.name, old]);
    };
    const at2 = job.movedFromAt ?? fileRange(job.yamlFile ?? job.sqlFile);
    const oldRec = live(doc.jobs[old]);
    const newRec = live(doc.jobs[job.name]);
    const oldList = observed ? liveByJob.get(old) ?? [] : [];
    const newList = observed ? liveByJob.get(job.name) ?? [] : [];
    const oldAlive = oldList.filter((l) => isAlive(l) && l.labels?.[LABEL_KEYS.specHash] !== void 0);
    const newAlive = newList.filter(isAlive);
    const inFlight = !oldRec && newRec?.current !== void 0 && oldList.some((l) => l.jobId === newRec.current.jobId);
    if (!oldRec && oldAlive.length === 0 && !inFlight) {
      if (newRec || newAlive.length > 0) continue;
      say({
        code: RENAME_CODES.leftover,
        severity: "info",
        summary: `Job ${job.name}: movedFrom: ${old} renames nothing, no job ${old} is known: ${job.name} starts without state`,
        detail: `Neither the state store nor the cluster of this environment knows a job ${old}, so ${job.name} is created as a new job. If ${old} is the job's former name here, check its spelling (or the environment) before applying; in an environment where ${old} never ran, nothing is to be done. Once every environment has applied the rename, movedFrom can be removed.`,
        range: at2
      });
      continue;
    }
    if (!inFlight && (newRec || newAlive.length > 0)) {
      const where = [
        ...oldRec ? [`the state store records ${old} (${oldRec.status})`] : [],
        ...oldAlive.length ? [`${oldAlive[0].name} runs on the cluster (${oldAlive[0].jobId})`] : []
      ].join(" and ");
      const there = [
        ...newRec ? [`the state store records ${job.name} (${newRec.status})`] : [],
        ...newAlive.length ? [`${newAlive[0].name} runs on the cluster (${newAlive[0].jobId})`] : []
      ].join(" and ");
      say(
        error(
          RENAME_CODES.bothExist,
          `Job ${job.name} cannot be renamed from ${old}: both exist (${where}; ${there})`,
          `A rename moves ${old}'s state to a name that has none. Keep the one to go on with: to go on with ${old}'s state, delete ${job.name} first (a plan without jobs/${job.name}.sql, with --allow-delete), then plan the rename again; to go on with ${job.name}, remove movedFrom from ${job.yamlFile ?? `jobs/${job.name}.yaml`} (${old} is then deleted, which needs --allow-delete).`,
          at2
        )
      );
      continue;
    }
    const pn = doc.jobs[old]?.pipelineName ?? oldList[0]?.name ?? pipelineName(desired.project, desired.env, old);
    if (job.settings.restoreFrom !== void 0) {
      const d = error(
        RENAME_CODES.withRestoreFrom,
        `Job ${job.name} sets both movedFrom: ${old} and restoreFrom, while ${old} still exists: which state it starts from is unclear`,
        `A rename starts ${job.name} from ${old}'s own state (the savepoint of its stop, or its last one when it is suspended); restoreFrom names another. Remove restoreFrom to carry ${old}'s state over, or remove movedFrom to start from the pinned path (${old} is then deleted, which needs --allow-delete). Until then neither job changes.`,
        at2
      );
      say(d);
      renames2.set(job.name, {
        from: old,
        pipelineName: pn,
        record: void 0,
        live: [],
        oldAlive: /* @__PURE__ */ new Set(),
        refused: { code: d.code, summary: d.summary, detail: d.detail, renamedFrom: old }
      });
      continue;
    }
    const list = [...newList, ...oldList].sort(
      (a, b) => b.startTime - a.startTime || (a.jobId < b.jobId ? -1 : a.jobId > b.jobId ? 1 : 0)
    );
    renames2.set(job.name, {
      from: old,
      pipelineName: pn,
      record: newRec ?? oldRec,
      live: list,
      oldAlive: new Set(oldAlive.map((l) => l.jobId))
    });
  }
  return { renames: renames2, diags, jobsOf };
});
var decideRenamed = (function decideRenamed(job, r, ctx, ownLive, ownRecord) {
  if (r.refused) {
    const d2 = decideDesired(job, ownLive, ownRecord, ctx);
    return d2.change.action === "none" ? d2 : { ...d2, change: { ...d2.change, refused: r.refused } };
  }
  const running = r.live.find((l) => r.oldAlive.has(l.jobId));
  const replace = running || !ctx.observed ? /* @__PURE__ */ new Set([...ctx.replace ?? [], job.name]) : ctx.replace;
  const d = decideDesired(job, r.live, r.record, {
    ...ctx,
    ...replace ? { replace } : {},
    renamedFrom: r.from
  });
  return { ...d, change: markRenamed(d.change, r, job) };
});
var live = (function live(r) {
  return r && r.status !== "deleted" ? r : void 0;
});
var renameCause = (function renameCause(r, job) {
  return { kind: "repo", path: "movedFrom", from: r.from, to: job.name };
});
var markRenamed = (function markRenamed(change2, r, job) {
  const replaced2 = change2.causes.some((c) => c.kind === "request" && c.path === "replace");
  const how = replaced2 && change2.action === "upgrade" ? `${change2.strategy} upgrade under the new name` : change2.reason;
  return {
    ...change2,
    reason: `renamed from ${r.from}: ${how}`,
    causes: [
      renameCause(r, job),
      ...change2.causes.filter((c) => !(c.kind === "request" && c.path === "replace"))
    ],
    renamedFrom: { job: r.from, pipelineName: r.pipelineName }
  };
});
var recordOf = (function recordOf(doc, change2) {
  return renamedRecordOf(change2, (name) => doc.jobs[name]);
});
var renamedRecordOf = (function renamedRecordOf(change2, read) {
  const own = read(change2.job);
  if (!change2.renamedFrom || own && own.status !== "deleted") return own;
  return read(change2.renamedFrom.job) ?? own;
});

// src/apply/steps.ts
var ACTS_ON_LIVE_JOB = /* @__PURE__ */ new Set([
  "stop-with-savepoint",
  "stop-by-cancel",
  "record-savepoint",
  "read-checkpoint",
  "cancel"
]);
var startSteps = (function startSteps(specHash, parallelism3, restore, job) {
  const submit2 = {
    kind: "submit",
    specHash,
    parallelism: parallelism3,
    restore,
    allowNonRestoredState: job?.settings.allowNonRestoredState ?? false,
    ...job?.settings.planMode === "compiled" ? { compiledPlan: true } : {}
  };
  if (job && isBatchJob(job)) return [submit2, { kind: "await-finished" }, { kind: "record-finished" }];
  return [submit2, { kind: "await-running" }, { kind: "health-grace" }, { kind: "record-stable" }];
});
var stopSteps = (function stopSteps(change2, jobId, savepointKind) {
  if (change2.batch) return [{ kind: "cancel", jobId }];
  const state = change2.liveState;
  return [
    state !== void 0 && stopsByCancel(change2) ? { kind: "stop-by-cancel", jobId, savepointKind, state } : { kind: "stop-with-savepoint", jobId, savepointKind },
    { kind: "record-savepoint", savepointKind }
  ];
});
var restoreOf = (function restoreOf(change2) {
  return change2.restoreFrom ? { kind: "path", path: change2.restoreFrom } : { kind: "none" };
});
var stepsFor = (function stepsFor(change2, desired, pending = false, backToStable2 = false) {
  const base = {
    job: change2.job,
    pipelineName: change2.pipelineName,
    action: change2.action,
    change: change2
  };
  if (change2.refused) return { ...base, steps: [], rollback: false, refused: change2.refused.summary };
  const pre = [
    ...change2.renamedFrom ? [{ kind: "move-record", from: change2.renamedFrom.job }] : [],
    ...pending ? [{ kind: "resolve-pending" }] : []
  ];
  const batch = desired !== void 0 && isBatchJob(desired);
  const done = (steps, rollback2 = false) => ({
    ...base,
    steps: [...pre, ...steps],
    rollback: rollback2 && !batch
  });
  const live2 = change2.liveJobId && !(change2.liveState && isTerminal(change2.liveState)) ? change2.liveJobId : void 0;
  const to = change2.to ?? (desired ? { specHash: desired.restartHash, parallelism: desired.settings.parallelism } : void 0);
  switch (change2.action) {
    case "none":
      if (change2.renamedFrom) return { ...base, steps: [], rollback: false };
      if (live2 && change2.liveState !== "SUSPENDED") return done([{ kind: "sync-record", jobId: live2 }]);
      if (change2.verify && change2.liveState === "FINISHED")
        return done([{ kind: "sync-record", jobId: change2.verify.jobId }]);
      return done([]);
    case "create":
      return done(startSteps(change2.to.specHash, change2.to.parallelism, restoreOf(change2), desired));
    case "upgrade": {
      const t = change2.to;
      if (!live2) return done(startSteps(t.specHash, t.parallelism, restoreOf(change2), desired));
      const restartWithState = () => startSteps(
        t.specHash,
        t.parallelism,
        change2.restoreFrom !== void 0 ? restoreOf(change2) : { kind: "this-run" },
        desired
      );
      switch (change2.strategy) {
        case "savepoint":
          return done([...stopSteps(change2, live2, "upgrade"), ...restartWithState()], true);
        case "last-state":
          return done(
            [
              { kind: "read-checkpoint", jobId: live2 },
              { kind: "cancel", jobId: live2 },
              ...restartWithState()
            ],
            true
          );
        case "stateless":
          return done(
            [
              { kind: "cancel", jobId: live2 },
              ...startSteps(t.specHash, t.parallelism, restoreOf(change2), desired)
            ],
            true
          );
      }
      break;
    }
    case "rescale": {
      const t = change2.to;
      if (!live2) return done(startSteps(t.specHash, t.parallelism, restoreOf(change2), desired));
      if (change2.rescaleMode === "in-place") {
        return done([
          {
            kind: "put-resource-requirements",
            jobId: live2,
            from: change2.from?.parallelism ?? t.parallelism,
            parallelism: t.parallelism
          },
          { kind: "await-parallelism", jobId: live2, parallelism: t.parallelism },
          { kind: "record-rescale", jobId: live2, parallelism: t.parallelism }
        ]);
      }
      return done(
        [
          ...stopSteps(change2, live2, "rescale"),
          ...startSteps(t.specHash, t.parallelism, { kind: "this-run" }, desired)
        ],
        true
      );
    }
    case "suspend":
      return done([
        // A job started by hand under the managed name (no labels) is taken over first, so that
        // its savepoint is recorded as an adopted job's: a script flinkops never saw wrote it.
        ...live2 && change2.causes.some((c) => c.kind === "cluster" && c.path === "labels" && c.to === "missing") ? [adoptStep(change2, live2, to, desired)] : [],
        ...live2 ? stopSteps(change2, live2, "suspend") : [],
        { kind: "record-status", status: "suspended" }
      ]);
    case "resume":
    case "recover":
      return done(
        startSteps(change2.to.specHash, change2.to.parallelism, restoreOf(change2), desired),
        backToStable2
      );
    case "delete":
      return done([
        ...live2 ? stopSteps(change2, live2, "delete") : [],
        { kind: "record-status", status: "deleted" }
      ]);
    case "adopt":
      if (!live2) return done([]);
      return done([adoptStep(change2, live2, to, desired)]);
  }
});
var adoptStep = (function adoptStep(change2, live2, to, desired) {
  const specHash = to?.specHash ?? change2.from?.specHash;
  return {
    kind: "adopt",
    jobId: live2,
    parallelism: Math.max(1, change2.from?.parallelism ?? to?.parallelism ?? 1),
    ...specHash ? { specHash } : {},
    ...desired ? { script: desired.script } : {}
  };
});
var toSteps = (function toSteps(plan, desired, state) {
  const byName4 = new Map(desired.jobs.map((j) => [j.name, j]));
  return plan.changes.map((c) => {
    const rec = state ? recordOf(state, c) : void 0;
    const finish = rec ? finishesRollback(c, rec) : void 0;
    if (finish) return finish;
    return stepsFor(c, byName4.get(c.job), rec?.pending !== void 0, rec ? backToStable(c, rec) : false);
  });
});
var finishesRollback = (function finishesRollback(c, rec) {
  const p = rec.pending;
  if (c.action !== "recover" || c.refused || p?.kind !== "rollback" || p.failedSpecHash !== c.to.specHash)
    return void 0;
  return {
    job: c.job,
    pipelineName: c.pipelineName,
    action: c.action,
    change: c,
    steps: [
      { kind: "finish-rollback", specHash: p.specHash, ...p.savepoint ? { restore: p.savepoint } : {} }
    ],
    rollback: false
  };
});
var backToStable = (function backToStable(c, rec) {
  if (c.action !== "resume" && c.action !== "recover") return false;
  const stable = rec.lastStable?.specHash;
  if (stable === void 0 || stable === c.to.specHash || c.restoreFrom === void 0) return false;
  return rec.savepoints.some(
    (sp) => sameSavepointPath(sp.path, c.restoreFrom) && sp.specHash === stable && !sp.disposed
  );
});

// src/apply/describe-steps.ts
var describeRestore = (function describeRestore(r) {
  switch (r.kind) {
    case "none":
      return "without state";
    case "this-run":
      return "restoring from the savepoint/checkpoint taken above";
    case "path":
      return `restoring from ${r.path}`;
  }
});
var describeStep = (function describeStep(s) {
  switch (s.kind) {
    case "move-record":
      return `move the state store record of ${s.from} (savepoints, history) to this job's name`;
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
      return `submit ${s.compiledPlan ? "the job's compiled plan (EXECUTE PLAN; " : "the script ("}spec ${s.specHash.slice(0, 12)}, parallelism ${s.parallelism}) ${describeRestore(s.restore)}${s.allowNonRestoredState ? ", allowing non-restored state" : ""}; record it as current`;
    case "await-running":
      return "wait until the new job is RUNNING";
    case "health-grace":
      return "watch it through the grace period (no restarts; a completed checkpoint if checkpointing is on, else every task running as it ends)";
    case "record-stable":
      return "record it as the last stable version";
    case "await-finished":
      return "wait until the batch job has FINISHED (it ends by itself once it has read its bounded tables)";
    case "record-finished":
      return "record the batch run as finished";
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
    case "finish-rollback":
      return `finish the rollback an earlier apply started: cancel the failed job if it still runs, start the last stable version (spec ${s.specHash.slice(0, 12)}) ${s.restore ? `from ${s.restore}` : "without state"}, wait for RUNNING and the grace period`;
  }
});
var describeSteps = (function describeSteps(jobs) {
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
    out.push(
      `${j.job}: ${j.action}${how}${move ? `, moving from ${move.from} to this environment's cluster` : ""}`
    );
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
});

// src/observe/model.ts
var slotShortage = (function slotShortage(live2, job) {
  const s = live2.slots;
  if (!s || job.previousCluster || !awaitsScheduling(job)) return void 0;
  if (s.taskManagers === 0) return "the cluster has no TaskManager";
  if (job.state === "RESTARTING") return void 0;
  const needed = live2.adaptiveScheduler ? 1 : Math.max(1, ...job.vertices.map((v) => v.parallelism));
  if (s.slotsAvailable >= needed) return void 0;
  const tms = `${s.taskManagers} TaskManager${s.taskManagers === 1 ? "" : "s"}`;
  return `the cluster has ${s.slotsAvailable === 0 ? "no" : s.slotsAvailable} free task slot${s.slotsAvailable === 1 ? "" : "s"} (${s.slotsTotal} in all on ${tms})${needed > 1 ? `, and the job needs ${needed}` : ""}`;
});
var awaitsScheduling = (function awaitsScheduling(job) {
  if (job.state === "CREATED" || job.state === "RESTARTING") return true;
  if (job.state !== "RUNNING") return false;
  const waits = (v) => v.status === "CREATED" || v.status === "SCHEDULED";
  return job.batch ? job.vertices.length > 0 && job.vertices.every(waits) : job.vertices.some(waits);
});
var waitingState = (function waitingState(job) {
  return job.state === "RUNNING" ? "RUNNING with its tasks unscheduled" : job.state;
});
var isCurrentInstance = (function isCurrentInstance(j, cur) {
  if (!cur) return true;
  const alive = !isTerminal(j.state);
  const curAlive = !isTerminal(cur.state);
  return alive !== curAlive ? alive : j.startTime > cur.startTime;
});
var judgedInstances = (function judgedInstances(jobs) {
  const current = /* @__PURE__ */ new Map();
  const alive = /* @__PURE__ */ new Map();
  for (const j of jobs) {
    if (isCurrentInstance(j, current.get(j.job))) current.set(j.job, j);
    if (!isTerminal(j.state)) alive.set(j.job, [...alive.get(j.job) ?? [], j]);
  }
  const out = new Set(current.values());
  for (const copies of alive.values()) if (copies.length > 1) for (const c of copies) out.add(c);
  return out;
});

// src/observe/pool.ts
var createLimiter = (function createLimiter(limit) {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`bug: concurrency must be a whole number \u2265 1, got ${limit}`);
  let active = 0;
  const waiting = [];
  return async (task) => {
    if (active >= limit) await new Promise((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
});
var mapPool = (async function mapPool(items, limit, fn) {
  const run = createLimiter(limit);
  return Promise.all(items.map((item, i) => run(() => fn(item, i))));
});

// src/observe/strays.ts
var STRAY_ENVIRONMENT_CODE = "FO657";
var strayEnvironmentJobs = (function strayEnvironmentJobs(listed, project, environments) {
  const known = new Set(environments);
  const byEnv = /* @__PURE__ */ new Map();
  const prefix2 = `${project}.`;
  for (const summary of listed) {
    if (isTerminal(summary.state) || !summary.name.startsWith(prefix2)) continue;
    const rest = summary.name.slice(prefix2.length);
    const dot = rest.indexOf(".");
    if (dot < 0) continue;
    const env = rest.slice(0, dot);
    if (known.has(env) || !isIdentifier(env) || !isIdentifier(rest.slice(dot + 1))) continue;
    byEnv.set(env, [...byEnv.get(env) ?? [], summary]);
  }
  return byEnv;
});
var siblingEnvironmentJobs = (function siblingEnvironmentJobs(listed, project, env, environments) {
  const others = new Set(environments.filter((e) => e !== env));
  const byEnv = /* @__PURE__ */ new Map();
  for (const summary of listed) {
    if (isTerminal(summary.state)) continue;
    const parts = summary.name.split(".");
    if (parts.length !== 3 || parts[0] !== project || !others.has(parts[1]) || !isIdentifier(parts[2]))
      continue;
    byEnv.set(parts[1], [...byEnv.get(parts[1]) ?? [], summary.name]);
  }
  return [...byEnv].sort(([a], [b]) => a < b ? -1 : 1).map(([e, names]) => ({ env: e, names: [...new Set(names)].sort() }));
});
var strayEnvironmentDiagnostics = (function strayEnvironmentDiagnostics(listed, project, env, environments) {
  const out = [];
  const strays = strayEnvironmentJobs(listed, project, environments);
  for (const [old, jobs] of [...strays].sort(([a], [b]) => a < b ? -1 : 1)) {
    const names = jobs.map((j) => `${j.name} (${j.id}, ${j.state})`).sort().join(", ");
    const one = jobs.length === 1;
    out.push(
      warning(
        STRAY_ENVIRONMENT_CODE,
        `${one ? "A job" : `${jobs.length} jobs`} of project ${project} ${one ? "runs" : "run"} on this cluster under environment ${old}, which flinkops.yaml does not define: ${names}`,
        `No plan of this repository looks at ${one ? "it" : "them"} any more: nothing upgrades, stops or deletes ${one ? "it" : "them"}, and ${one ? "it keeps" : "each keeps"} writing ${one ? "its" : "their"} sinks. If ${env} is ${old} renamed, this plan creates ${env}'s jobs beside ${one ? "it" : "them"}, without ${one ? "its" : "their"} state. To carry the state over, put environment ${old} back in flinkops.yaml with state: suspended and apply it (--env ${old}, with --allow-delete for jobs no longer in the repository): each job stops with a savepoint (flinkops savepoints list JOB --env ${old}); then pin restoreFrom: <that savepoint> in environments.${env}.jobs.<job>, remove ${old} again and apply ${env}. To drop ${one ? "it" : "them"}, stop ${one ? "it" : "them"} in the Flink UI or with POST /jobs/<job id>/stop.`
      )
    );
  }
  return out;
});
var namesakeJobs = (function namesakeJobs(listed, project, env) {
  const out = [];
  for (const summary of listed) {
    if (isTerminal(summary.state)) continue;
    const parts = summary.name.split(".");
    if (parts.length !== 3 || parts[0] === project || parts[1] !== env) continue;
    const [other, , job] = parts;
    if (isIdentifier(other) && isIdentifier(job))
      out.push({ name: summary.name, jobId: summary.id, project: other, job });
  }
  return out.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.jobId < b.jobId ? -1 : 1);
});
var defaultNameSinks = (function defaultNameSinks(name) {
  if (!name.startsWith("insert-into_")) return void 0;
  return name.slice("insert-into_".length).split(",").map((t) => t.slice(t.lastIndexOf(".") + 1).replace(/`/g, ""));
});
var lookalikeJobs = (function lookalikeJobs(listed, project, env) {
  const managed = `${project}.${env}.`;
  const prefix2 = `${suggestIdentifier(project)}_${suggestIdentifier(env)}_`;
  const out = [];
  for (const summary of listed) {
    if (isTerminal(summary.state)) continue;
    if (summary.name.startsWith(managed) && isIdentifier(summary.name.slice(managed.length))) continue;
    const sinks = defaultNameSinks(summary.name);
    const plain = suggestIdentifier(summary.name);
    const job = plain.startsWith(prefix2) ? plain.slice(prefix2.length) : plain;
    if (sinks) out.push({ name: summary.name, jobId: summary.id, sinks });
    else if (isIdentifier(job)) out.push({ name: summary.name, jobId: summary.id, job });
  }
  return out.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.jobId < b.jobId ? -1 : 1);
});

// src/observe/live-state.ts
var OBSERVE_CODES = {
  unreachable: "FO650",
  clusterError: "FO651",
  jobUnreadable: "FO652",
  checkpointsUnreadable: "FO653",
  labelsMismatch: "FO654",
  strayEnvironment: STRAY_ENVIRONMENT_CODE
};
var EARLY_STATES = /* @__PURE__ */ new Set(["INITIALIZING", "CREATED"]);
var CHECKPOINT_STATES = /* @__PURE__ */ new Set(["RUNNING", "FAILED"]);
var HAND_ENDED_STATES = /* @__PURE__ */ new Set(["CANCELED", "FINISHED"]);
var offlineLiveState = (function offlineLiveState() {
  return { observed: false, adaptiveScheduler: false, jobs: [], fingerprint: liveFingerprint([]) };
});
var liveFingerprint = (function liveFingerprint(jobs) {
  const tuples = jobs.map(
    (j) => isTerminal(j.state) || j.state === "SUSPENDED" ? [j.jobId, j.name, j.state, j.labels?.[LABEL_KEYS.specHash] ?? null, j.parallelism] : [j.jobId, j.name, "alive", null, 0]
  ).sort((a, b) => String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0);
  return fingerprint(tuples);
});
var managedJobName = (function managedJobName(name, project, env) {
  const prefix2 = `${project}.${env}.`;
  if (!name.startsWith(prefix2)) return void 0;
  const job = name.slice(prefix2.length);
  return isIdentifier(job) ? job : void 0;
});
var observe = (async function observe(client, opts) {
  const clock = opts.clock ?? systemClock;
  const limit = createLimiter(opts.concurrency ?? 16);
  const diags = [];
  const failed3 = (d) => ({ value: offlineLiveState(), diags: [d] });
  const overview = opts.readSlots && client.getClusterOverview ? limit(() => client.getClusterOverview()) : void 0;
  overview?.catch(() => void 0);
  const taskManagers = opts.readStateBackends && client.getTaskManagers ? limit(() => client.getTaskManagers()) : void 0;
  taskManagers?.catch(() => void 0);
  const [config, listed] = await Promise.all([
    limit(() => client.getConfig()),
    limit(() => client.listJobs())
  ]);
  if (!config.ok) return failed3(clusterDiagnostic(config.error, opts));
  const adaptive = isAdaptive(config.value, opts);
  if (!listed.ok) return failed3(clusterDiagnostic(listed.error, opts));
  const ours = listed.value.map((summary) => ({ summary, job: managedJobName(summary.name, opts.project, opts.env) })).filter((x) => x.job !== void 0);
  if (opts.environments)
    diags.push(...strayEnvironmentDiagnostics(listed.value, opts.project, opts.env, opts.environments));
  const newest = /* @__PURE__ */ new Map();
  for (const { summary, job } of ours) {
    const n = newest.get(job);
    if (!n || summary.startTime > n.startTime) newest.set(job, summary);
  }
  const jobs = await Promise.all(
    ours.map(
      ({ summary, job }) => readJob(client, limit, clock, opts, summary, job, diags, adaptive, newest.get(job) === summary)
    )
  );
  const live2 = jobs.filter((j) => j !== void 0);
  live2.sort((a, b) => a.job !== b.job ? a.job < b.job ? -1 : 1 : b.startTime - a.startTime);
  const state = {
    observed: true,
    flinkVersion: config.value.flinkVersion,
    adaptiveScheduler: adaptive,
    jobs: live2,
    fingerprint: liveFingerprint(live2),
    ...opts.jobmanagerUrl ? { endpoint: endpointId(opts.jobmanagerUrl) } : {}
  };
  const namesakes = namesakeJobs(listed.value, opts.project, opts.env);
  if (namesakes.length > 0) state.namesakes = namesakes;
  const lookalikes = lookalikeJobs(listed.value, opts.project, opts.env);
  if (lookalikes.length > 0) state.lookalikes = lookalikes;
  const siblings = opts.environments ? siblingEnvironmentJobs(listed.value, opts.project, opts.env, opts.environments) : [];
  if (siblings.length > 0) state.siblings = siblings;
  if (overview || client.getClusterOverview && live2.some(awaitsScheduling)) {
    const o = await (overview ?? limit(() => client.getClusterOverview()));
    if (o.ok) state.slots = { ...o.value };
  }
  const tms = await taskManagers;
  if (tms?.ok) {
    const heaps = tms.value.flatMap(
      (t) => t.taskHeapBytes !== void 0 ? [{ bytes: t.taskHeapBytes, slots: t.slots }] : []
    );
    if (heaps.length > 0 && heaps.length === tms.value.length) state.taskHeaps = heaps;
  }
  diags.sort((a, b) => a.code + a.summary < b.code + b.summary ? -1 : 1);
  return { value: state, diags };
});
var observeEnvironment = (async function observeEnvironment(client, previous, opts) {
  if (!previous) return observe(client, opts);
  const [now, before] = await Promise.all([
    observe(client, opts),
    observe(previous.client, {
      project: opts.project,
      env: opts.env,
      jobmanagerUrl: previous.jobmanagerUrl,
      leaving: true,
      ...opts.concurrency ? { concurrency: opts.concurrency } : {},
      ...opts.clock ? { clock: opts.clock } : {},
      ...opts.labelRetryDelayMs !== void 0 ? { labelRetryDelayMs: opts.labelRetryDelayMs } : {}
    })
  ]);
  const diags = [...now.diags, ...before.diags];
  if (diags.some((d) => d.severity === "error")) return { value: offlineLiveState(), diags };
  const left = before.value.jobs.map((j) => ({ ...j, previousCluster: true }));
  return {
    value: {
      ...now.value,
      jobs: [...now.value.jobs, ...left],
      fingerprint: fingerprint([now.value.fingerprint, before.value.fingerprint]),
      previous: {
        jobmanagerUrl: previous.jobmanagerUrl,
        ...before.value.flinkVersion ? { flinkVersion: before.value.flinkVersion } : {}
      }
    },
    diags
  };
});
var isAdaptive = (function isAdaptive(config, opts) {
  return config.features.webRescale ?? opts.schedulerHint === "adaptive";
});
var readJob = (async function readJob(client, limit, clock, opts, summary, job, diags, adaptive, newestOfName) {
  let read = await readDetailsAndConfig(client, limit, summary.id);
  if (read.ok && read.labels === void 0 && EARLY_STATES.has(read.details.state)) {
    await clock.sleep(opts.labelRetryDelayMs ?? 1e3);
    read = await readDetailsAndConfig(client, limit, summary.id);
  }
  if (!read.ok) {
    if (read.error.status === 404) return void 0;
    diags.push(
      error(
        OBSERVE_CODES.jobUnreadable,
        `cannot read job ${summary.name} (${summary.id}): ${read.error.message}`,
        `${read.error.call} failed, so flinkops cannot tell what this job runs. Check that the JobManager is healthy and run plan again.`
      )
    );
    return void 0;
  }
  const { details, labels, jobConfig } = read;
  const vertices = details.vertices.map((v) => ({
    id: v.id,
    name: v.name,
    parallelism: v.parallelism,
    maxParallelism: v.maxParallelism,
    ...v.role ? { role: v.role } : {},
    ...v.status ? { status: v.status } : {}
  }));
  const batch = details.jobType?.toUpperCase() === "BATCH";
  if (adaptive && !isTerminal(details.state) && details.state !== "INITIALIZING" && !batch) {
    const req = await limit(() => client.getResourceRequirements(details.id));
    if (req.ok) {
      for (const v of vertices) {
        const upper = req.value[v.id]?.upperBound;
        if (upper !== void 0 && upper > 0) v.upperBound = upper;
      }
    }
  }
  const live2 = {
    jobId: details.id,
    name: details.name || summary.name,
    state: freshestState(summary, details),
    startTime: details.startTime,
    parallelism: jobParallelism2(jobConfig, vertices),
    vertices,
    job,
    ...batch ? { batch: true } : {}
  };
  const running = details.timestamps.RUNNING;
  if (running !== void 0 && running > 0) live2.runningSince = running;
  if (isTerminal(live2.state) && vertices.length > 0 && details.vertices.every((v) => v.startTime === void 0))
    live2.tasksNeverDeployed = true;
  if (details.endTime !== void 0 && details.endTime > 0 && isTerminal(live2.state))
    live2.endTime = details.endTime;
  const copied = labels !== void 0 && ((labels[LABEL_KEYS.job] ?? job) !== job || (labels[LABEL_KEYS.env] ?? opts.env) !== opts.env || (labels[LABEL_KEYS.project] ?? opts.project) !== opts.project);
  const own = copied ? void 0 : labels;
  if (own) live2.labels = own;
  if (copied) {
    live2.copiedLabels = labels;
    diags.push(
      warning(
        OBSERVE_CODES.labelsMismatch,
        `job ${summary.name} (${details.id}) carries the labels of ${labels[LABEL_KEYS.project] ?? "?"}.${labels[LABEL_KEYS.env] ?? "?"}.${labels[LABEL_KEYS.job] ?? "?"}`,
        "Its name and its flinkops.* labels disagree, so it was probably submitted by hand with copied settings. flinkops treats it by its name, as a job without flinkops labels (adopted if the repository declares it, else left alone); cancel it or fix its pipeline.name if that is wrong."
      )
    );
  }
  const wanted = live2.state !== "RUNNING" || (await opts.wantsCheckpoints?.(job, own) ?? true);
  const ended = HAND_ENDED_STATES.has(live2.state) && (own === void 0 || newestOfName);
  if ((CHECKPOINT_STATES.has(live2.state) || ended) && wanted) {
    const [cp, cpConfig] = await Promise.all([
      limit(() => client.getCheckpoints(details.id)),
      opts.readStateBackends && client.getCheckpointConfig && !isTerminal(live2.state) ? limit(() => client.getCheckpointConfig(details.id)) : void 0
    ]);
    if (cpConfig?.ok && cpConfig.value.stateBackend) live2.stateBackend = cpConfig.value.stateBackend;
    if (cp.ok) addCheckpoints(live2, cp.value);
    else if (cp.error.status !== 404) {
      diags.push(
        warning(
          OBSERVE_CODES.checkpointsUnreadable,
          `cannot read the checkpoints of job ${summary.name} (${details.id}): ${cp.error.message}`,
          "The plan will not know its latest checkpoint; restores use the savepoints in the state store."
        )
      );
    }
  }
  return live2;
});
var freshestState = (function freshestState(summary, details) {
  return isTerminal(summary.state) && !isTerminal(details.state) ? summary.state : details.state;
});
var readDetailsAndConfig = (async function readDetailsAndConfig(client, limit, jobId) {
  const [details, config] = await Promise.all([
    limit(() => client.getJob(jobId)),
    limit(() => client.getJobConfig(jobId))
  ]);
  if (!details.ok) return details;
  if (!config.ok) return config;
  return {
    ok: true,
    details: details.value,
    jobConfig: config.value,
    labels: flinkopsLabels(config.value.userConfig)
  };
});
var jobParallelism2 = (function jobParallelism2(config, vertices) {
  if (config.jobParallelism !== void 0 && config.jobParallelism > 0) return config.jobParallelism;
  const counts = /* @__PURE__ */ new Map();
  for (const v of vertices) counts.set(v.parallelism, (counts.get(v.parallelism) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [p, n] of counts) {
    if (n > bestCount || n === bestCount && p > best) [best, bestCount] = [p, n];
  }
  return best;
});
var flinkopsLabels = (function flinkopsLabels(userConfig) {
  if (!userConfig) return void 0;
  const out = {};
  for (const [k, v] of Object.entries(userConfig)) if (k.startsWith("flinkops.")) out[k] = v;
  return Object.keys(out).length > 0 ? out : void 0;
});
var addCheckpoints = (function addCheckpoints(live2, cp) {
  const c = cp.latestCompleted;
  if (c?.timestamp) live2.lastCheckpointTime = c.timestamp;
  if (c)
    live2.lastCheckpoint = {
      id: c.id,
      ...c.durationMs !== void 0 ? { durationMs: c.durationMs } : {},
      ...c.stateSize !== void 0 ? { stateSize: c.stateSize } : {},
      ...c.checkpointedSize !== void 0 ? { checkpointedSize: c.checkpointedSize } : {}
    };
  if (cp.latestFailed)
    live2.lastFailedCheckpoint = {
      id: cp.latestFailed.id,
      ...cp.latestFailed.message ? { message: cp.latestFailed.message } : {},
      failedCount: cp.counts.failed
    };
  if (c?.externalPath && !c.discarded)
    live2.latestCheckpoint = { path: c.externalPath, time: c.timestamp ?? 0 };
  const s = cp.latestSavepoint;
  if (s?.externalPath) live2.latestSavepoint = { path: s.externalPath, time: s.timestamp ?? 0 };
  if (s?.stateSize !== void 0) live2.lastSavepointSize = s.stateSize;
  for (const r of [...s ? [s] : [], ...cp.recentSavepoints ?? []]) {
    if (r.externalPath && r.format)
      live2.savepointFormats = { ...live2.savepointFormats, [r.externalPath]: r.format };
  }
  if (cp.latestRestored?.externalPath) live2.restoredFrom = cp.latestRestored.externalPath;
});
var clusterDiagnostic = (function clusterDiagnostic(e, opts) {
  const at2 = opts.jobmanagerUrl ? ` at ${shownUrl(opts.jobmanagerUrl)}` : "";
  const check = opts.leaving ? `Check moveFrom.jobmanagerUrl of environment ${opts.env} in flinkops.yaml: the cluster its jobs move from, read for the move. Once that cluster is gone, remove moveFrom (\`--allow-version-upgrade\` recovers jobs it ran on another Flink version)` : `Check jobmanagerUrl of environment ${opts.env} in flinkops.yaml (overridden by FLINKOPS_JOBMANAGER_URL, --jobmanager-url or the Action's jobmanager-url input)`;
  const where = `${check}; \`flinkops plan --offline\` plans against the state store alone.`;
  if (e.kind === "network" || e.kind === "timeout" || e.kind === "tls") {
    const trust = e.kind === "tls" && /CERT|UNABLE_TO_/.test(e.message) ? `Its TLS certificate is not trusted: ${TRUST_ADVICE}. ` : "";
    return error(
      OBSERVE_CODES.unreachable,
      `cannot reach the JobManager${at2}: ${e.message}`,
      `${trust}${where}`
    );
  }
  const status = e.status ? ` (HTTP ${e.status})` : "";
  return error(
    OBSERVE_CODES.clusterError,
    `the JobManager${at2} answered ${e.call} with an error${status}: ${e.message}`,
    `${refusalHint(e.status, `environments.${opts.env}.${opts.leaving ? "moveFrom.auth (else auth)" : "auth"}`)}${where}`
  );
});
var refusalHint = (function refusalHint(status, auth, service = "JobManager", otherwise = "Is this URL a Flink JobManager REST endpoint (port 8081 by default), reachable with the configured credentials? ") {
  if (status === 401 || status === 403)
    return `The credentials were refused (HTTP ${status}, from a proxy or ingress in front of Flink): check ${auth} in flinkops.yaml (token, or username and password; the Action's flink-token input replaces it) and that each \${secret.NAME} it uses is set (FLINKOPS_SECRET_NAME) to the current value. `;
  if (status === 404)
    return `Nothing answers at this path: check the URL's path (behind a proxy, the prefix it routes to the ${service}, e.g. https://flink.example/${service === "JobManager" ? "jm" : "gw"}/). `;
  return otherwise;
});

// src/plan/declared-version.ts
var VERSION_CODES = {
  /** Warning: flinkVersion in flinkops.yaml (major.minor) is not the release the cluster runs. */
  declaredVersionMismatch: "FO649"
};
var declaredVersionCheck = (function declaredVersionCheck(desired, live2) {
  if (!live2.observed) return void 0;
  const declared = majorMinor(desired.flinkVersion);
  const runs = majorMinor(live2.flinkVersion);
  if (!declared || !runs || declared === runs) return void 0;
  const left = live2.previous ? majorMinor(live2.previous.flinkVersion) : void 0;
  const env = desired.env;
  const own = desired.flinkVersionOfEnvironment === true;
  const key = own ? `environments.${env}.flinkVersion` : "flinkVersion";
  const set = own || (desired.environments?.length ?? 1) < 2 ? `set ${key}: "${runs}" in flinkops.yaml` : `set flinkVersion: "${runs}" under environments.${env} in flinkops.yaml (the project's flinkVersion, if every environment runs it)`;
  const why = `validate, compile and the pull-request check judge the SQL by Flink ${declared}'s rules (syntax, reserved words, functions), not by those of the Flink ${runs} the jobs run on: statements ${runs} accepts may be flagged, and statements it refuses get through until apply.`;
  const fix = live2.previous ? left === declared ? `${key} still names the release of the cluster being left (moveFrom, Flink ${left}); during a move it names the release the jobs move to: ${set}.` : `During a move (moveFrom) ${key} names the release of the cluster the jobs move to, the one jobmanagerUrl names: ${set}, or point jobmanagerUrl and sqlGatewayUrl at the Flink ${declared} cluster meant.` : `If environment ${env} now runs on Flink ${runs}, ${set}. If it should run on Flink ${declared}, point its jobmanagerUrl and sqlGatewayUrl at that cluster.`;
  return warning(
    VERSION_CODES.declaredVersionMismatch,
    `flinkops.yaml declares ${key} ${declared}, but the cluster of environment ${env} runs Flink ${live2.flinkVersion}`,
    `${why} ${fix}`,
    desired.flinkVersionRange
  );
});

// src/sql/script-settings.ts
function scriptSettings(statements) {
  const out = {};
  for (const st of statements) {
    if (st.kind === "set" && st.set?.key !== void 0) out[st.set.key] = st.set.value ?? "";
    if (st.kind === "reset") {
      if (st.set?.key === void 0) for (const k of Object.keys(out)) delete out[k];
      else delete out[st.set.key];
    }
  }
  return out;
}

// src/plan/checkpointing-off.ts
var STARTS = /* @__PURE__ */ new Set(["create"]);
function stateWithoutCheckpoints(changes, desired) {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const out = [];
  for (const c of changes) {
    const job = jobs.get(c.job);
    if (!job || c.refused || !STARTS.has(c.action)) continue;
    const named2 = job.script.split(CHECKPOINT_INTERVAL).length - 1;
    const own = named2 > (job.settings.config[CHECKPOINT_INTERVAL] !== void 0 ? 1 : 0);
    const config = own || /\bRESET\b/i.test(job.script) ? scriptSettings(job.statements) : job.settings.config;
    if (checkpointingOn(config)) continue;
    if (isBatchJob(job)) continue;
    const shape3 = scriptShape(job.script);
    const ops = new Set(
      [...shape3.queries.values(), ...shape3.views.values()].flatMap((q) => [
        ...statefulOperators(queryFeatures(q.src, q.tokens)).keys()
      ])
    );
    if (ops.size === 0) continue;
    const file = job.yamlFile ?? `jobs/${job.name}.yaml`;
    out.push(
      warning(
        PLAN_CODES.stateWithoutCheckpoints,
        `Job ${job.name} keeps state (${[...ops].join(", ")}) and runs without checkpointing`,
        `execution.checkpointing.interval is not set (or is off) in its config or SET lines: Flink restarts it after any failure (a TaskManager lost, a bad record) without its state, every count, join side and window starting empty and each source from its startup position; and an upgrade whose stop-with-savepoint fails has no checkpoint to fall back on. Apply judges its health on its tasks running through the grace period (FO741), with no checkpoint to prove it. Set execution.checkpointing.interval (e.g. 30 s) in the config of ${file} or in defaults.config; where the cluster's own configuration sets it, state it there too so that plans see it.`,
        fileRange(job.yamlFile ?? job.sqlFile)
      )
    );
  }
  return out;
}
var CHECKPOINT_INTERVAL = "execution.checkpointing.interval";
function checkpointingOn(config) {
  const v = config[CHECKPOINT_INTERVAL]?.trim();
  return v !== void 0 && v !== "" && !/^(0|-1)(\s*[a-z]*)?$/i.test(v);
}

// src/plan/compiled-state.ts
var NOT_SHAPE = /* @__PURE__ */ new Set(["id", "description", "inputProperties", "configuration", "ttl", "name"]);
function parse(json) {
  let doc;
  try {
    doc = JSON.parse(json);
  } catch {
    return void 0;
  }
  if (!Array.isArray(doc.nodes)) return void 0;
  const inputs = /* @__PURE__ */ new Map();
  for (const e of Array.isArray(doc.edges) ? doc.edges : []) {
    inputs.set(e.target, [...inputs.get(e.target) ?? [], e.source]);
  }
  return { nodes: doc.nodes, inputs };
}
var kindOf = ((n) => n.type.replace(/_\d+$/, "").replace(/^(stream|batch)-exec-/, ""));
function tableOf(n) {
  const t = n.scanTableSource ?? n.dynamicTableSink;
  return t?.table?.identifier;
}
var KEYED_KINDS = /* @__PURE__ */ new Set([
  "group-aggregate",
  "global-group-aggregate",
  "incremental-group-aggregate",
  "group-window-aggregate",
  "global-window-aggregate",
  "window-aggregate",
  "over-aggregate",
  "join",
  "interval-join",
  "temporal-join",
  "window-join",
  "multi-join",
  "deduplicate",
  "window-deduplicate",
  "rank",
  "window-rank",
  "limit",
  "sort-limit",
  "sort",
  "temporal-sort",
  "changelog-normalize",
  "match",
  "process-table-function",
  "python-group-aggregate",
  "python-group-window-aggregate",
  "python-over-aggregate"
]);
var holds2 = (function holds2(n, optionsOf) {
  if (Array.isArray(n.state) && n.state.length > 0) return "keyed";
  const kind = kindOf(n);
  if (kind === "table-source-scan" || kind === "sink")
    return connectorHolds(kind === "sink" ? "sink" : "source", optionsOf(tableKey(tableOf(n) ?? "")));
  const op = /^(\w+)\(/.exec(n.description ?? "")?.[1];
  return KEYED_KINDS.has(kind) || op !== void 0 && isKeyedOperator(op) ? "keyed" : "none";
});
var unnamed = (function unnamed(value) {
  if (typeof value === "string") return value.replace(/`(?:[^`]|``)*`\s*/g, "");
  if (Array.isArray(value)) return value.map(unnamed);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).filter(([k]) => !NOT_SHAPE.has(k)).map(([k, v]) => [k, unnamed(v)])
    );
  }
  return value;
});
var shape = (function shape(n, g) {
  const byId = new Map(g.nodes.map((x) => [x.id, x]));
  const reads = (g.inputs.get(n.id) ?? []).map((i) => unnamed(byId.get(i)?.outputType));
  return canonicalJson({ node: unnamed(n), reads });
});
var ttlOn2 = ((n) => (n.state ?? []).some((s) => s.ttl !== void 0 && !/^0+\s*\w*$/.test(s.ttl)));
function label(n) {
  const d = n.description ?? "";
  const op = /^(\w+)\(/.exec(d)?.[1];
  const key = /(?:groupBy|partitionBy|leftKeys|upsertKey|key|partitionKeys)=\[([^\]]*)\]/.exec(d)?.[1];
  const table2 = tableOf(n);
  const kind = kindOf(n);
  if (kind === "table-source-scan" && table2) return `source ${tableKey(table2)}`;
  if (kind === "sink" && table2) return `sink ${tableKey(table2)}`;
  return op ? `${op}${key ? ` (${key})` : ""}` : kind;
}
var uid = (function uid(n) {
  const kind = kindOf(n);
  return `${n.id}_${kind === "table-source-scan" ? "source" : kind}`;
});
var compiledStateVerdict = (function compiledStateVerdict(input) {
  const a = parse(input.before);
  const b = parse(input.after);
  if (!a || !b) return void 0;
  const major = Number((input.flinkVersion ?? "1").split(".")[0]);
  const ttlMatters = !(Number.isFinite(major) && major >= 2);
  const operators = [];
  const findings = [];
  let dropped = 0;
  let reshaped = 0;
  let unknown = 0;
  const seen = /* @__PURE__ */ new Set();
  for (const n of a.nodes) {
    const state = holds2(n, input.optionsOf);
    if (state === "none") continue;
    const name = label(n);
    const twin = b.nodes.find((x) => x.id === n.id && kindOf(x) === kindOf(n));
    if (twin) seen.add(twin);
    if (!twin) {
      if (state === "unknown") {
        unknown++;
        operators.push({ name, id: uid(n), state: "unknown" });
        findings.push(`${name}: ExecNode ${n.id} is gone, and flinkops does not know whether it keeps state`);
        continue;
      }
      dropped++;
      operators.push({ name, id: uid(n), state: "dropped" });
      findings.push(
        `${name}: its state is dropped (uid ${uid(n)}: the recompiled plan has no ${kindOf(n)} ExecNode with id ${n.id}; Flink numbers the ExecNodes of every compilation anew)`
      );
      continue;
    }
    if (state === "keyed") {
      const ttl = ttlMatters && ttlOn2(n) !== ttlOn2(twin);
      if (ttl || shape(n, a) !== shape(twin, b)) {
        reshaped++;
        operators.push({ name, id: uid(n), state: "reshaped" });
        findings.push(
          `${name}: its state changes shape (${ttl ? `state TTL switched ${ttlOn2(twin) ? "on" : "off"}; before Flink 2.0 TTL state and plain state do not read each other` : `${n.description ?? kindOf(n)} \u2192 ${twin.description ?? kindOf(twin)}`}); Flink cannot restore it`
        );
        continue;
      }
    }
    operators.push({ name, id: uid(n), state: "kept" });
    if (state !== "unknown") findings.push(`${name} keeps its state (uid ${uid(n)})`);
  }
  for (const n of b.nodes) {
    if (seen.has(n)) continue;
    const state = holds2(n, input.optionsOf);
    if (state === "none" || state === "unknown") continue;
    operators.push({ name: label(n), id: uid(n), state: "new" });
    findings.push(`${label(n)} starts with empty state`);
  }
  const verdict = reshaped > 0 ? "incompatible" : dropped > 0 ? "drops-state" : unknown > 0 ? "unknown" : "compatible";
  const advice2 = verdict === "incompatible" ? [
    "A stateless upgrade (upgradeMode: stateless) starts the new plan with empty state; or keep the old query for the state that must survive."
  ] : verdict === "drops-state" && !input.allowNonRestoredState ? [
    "Set allowNonRestoredState: true to start without the dropped state, or keep the compiled plan (a SQL change recompiles it) and carry the change in a new job."
  ] : [];
  return { verdict, source: "flink", operators, findings, advice: advice2 };
});
var modeSwitchVerdict = (function modeSwitchVerdict(input) {
  const g = parse(input.plan);
  if (!g) return void 0;
  const why = input.to === "compiled" ? "the job ran in script mode (operator ids from its stream graph) and starts from a compiled plan, whose operators get uids from their ExecNodes" : "the job ran from a compiled plan (uids from its ExecNodes) and starts in script mode, whose operator ids come from its stream graph";
  const operators = [];
  const findings = [`${why}: no operator keeps its id`];
  let dropped = 0;
  for (const n of g.nodes) {
    const state = holds2(n, input.optionsOf);
    if (state === "none") continue;
    const name = label(n);
    if (state === "unknown") {
      operators.push({ name, id: uid(n), state: "unknown" });
      findings.push(`${name}: flinkops does not know whether it keeps state`);
      continue;
    }
    dropped++;
    operators.push({ name, id: uid(n), state: input.to === "compiled" ? "new" : "dropped" });
    findings.push(
      input.to === "compiled" ? `${name}: the script job's state of it is dropped (it starts empty under uid ${uid(n)})` : `${name}: its state (uid ${uid(n)}) is dropped`
    );
  }
  const verdict = dropped > 0 ? "drops-state" : operators.length > 0 ? "unknown" : "compatible";
  const advice2 = verdict === "drops-state" && !input.allowNonRestoredState ? [
    "Set allowNonRestoredState: true to switch without that state (or upgradeMode: stateless), or keep the job in its current plan mode (planMode: compiled keeps state from the first start on)"
  ] : [];
  return { verdict, source: "flink", operators, findings, advice: advice2 };
});

// src/plan/exec-node-diff.ts
var MAX_DESCRIPTION = 80;
var nodesOf = (function nodesOf(json) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    return void 0;
  }
  const nodes = parsed?.nodes;
  if (!Array.isArray(nodes)) return void 0;
  const seen = /* @__PURE__ */ new Map();
  return nodes.map((n) => {
    const type = typeof n.type === "string" ? n.type : "unknown";
    const base = type.replace(/_\d+$/, "");
    const i = (seen.get(base) ?? 0) + 1;
    seen.set(base, i);
    const description = typeof n.description === "string" ? n.description : "";
    const short = description.length > MAX_DESCRIPTION ? `${description.slice(0, MAX_DESCRIPTION)}\u2026` : description;
    const { id: _id, ...rest } = n;
    return { key: `${base}#${i}`, label: short ? `${type}: ${short}` : type, body: canonicalJson(rest) };
  });
});
var execNodeDiff = (function execNodeDiff(before, after) {
  const a = nodesOf(before);
  const b = nodesOf(after);
  if (!a || !b) return void 0;
  const old = new Map(a.map((n) => [n.key, n]));
  const out = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const n of b) {
    const was = old.get(n.key);
    if (!was) out.added.push(n.label);
    else if (was.body !== n.body) out.changed.push(n.label);
    else out.unchanged++;
    old.delete(n.key);
  }
  for (const n of old.values()) out.removed.push(n.label);
  return out;
});

// src/plan/version-upgrade.ts
var versionUpgradeVerdict = (function versionUpgradeVerdict(input) {
  const from = majorMinor(input.from);
  const to = majorMinor(input.to);
  if (!from || !to || from === to) return void 0;
  const base = { from, to };
  if (!input.restores) {
    return { ...base, verdict: "compatible", findings: ["starts without state"], advice: [] };
  }
  const readable = (parseFlinkVersion(input.pinnedWrittenBy)?.major ?? 0) <= (parseFlinkVersion(to)?.major ?? 0);
  const back = downgrade(from, to, input.pinned === true && readable, input.confirmed === true);
  if (back) return { ...base, ...back };
  if (input.planMode === "compiled" && input.samePlan) {
    if (input.planCheck && !input.planCheck.ok) {
      return {
        ...base,
        verdict: "incompatible",
        findings: [`Flink ${to} refuses the compiled plan: ${input.planCheck.message}`],
        advice: [
          `Stay on Flink ${from} for this job, or re-plan it on ${to} (change its SQL or set planMode: script) and accept the state verdict that brings.`
        ],
        blocked: {
          reason: "plan-refused",
          summary: `Flink ${to} refuses the compiled plan the job's state was written with`,
          detail: `${input.planCheck.message}
Nothing was stopped. Keep the job on Flink ${from}, or re-plan it on ${to}.`
        }
      };
    }
    return {
      ...base,
      verdict: "compatible",
      findings: [
        `restarts from the same compiled plan on Flink ${to}${input.planCheck ? " (loaded by the new release)" : ""}: operators and their state are unchanged`
      ],
      advice: []
    };
  }
  const across = acrossReleases(input, from, to);
  if (across) return { ...base, ...across };
  const why = input.planMode === "compiled" ? `the compiled plan changed as well: Flink ${to} plans the job anew` : `the script is planned anew by Flink ${to}; Flink promises no state compatibility across planner versions`;
  const advice2 = [
    input.planMode === "compiled" ? `Undo the job's change for the upgrade, or apply it on Flink ${from} first (its own state verdict applies there), so the job moves with the plan its state was written with.` : "Set planMode: compiled and apply it on the old version first, so the job keeps its plan across the upgrade.",
    ...input.moving && input.planMode === "script" ? [
      input.acrossUnanswered !== void 0 ? `Or plan again once Flink ${from}'s planner (moveFrom.sqlGatewayUrl) and ${to}'s answer: they were asked to judge the state and gave no verdict (${input.acrossUnanswered}).` : `Or name the old cluster's SQL Gateway in moveFrom.sqlGatewayUrl: Flink ${from}'s and ${to}'s planners then judge the state.`
    ] : [],
    "Or accept the risk: allowNonRestoredState: true (state no operator claims is dropped) or --allow-version-upgrade."
  ];
  if (input.allowNonRestoredState || input.confirmed) {
    return {
      ...base,
      verdict: input.allowNonRestoredState ? "drops-state" : "unknown",
      findings: [
        why,
        input.allowNonRestoredState ? "allowNonRestoredState: state no operator of the new plan claims is dropped" : "confirmed with --allow-version-upgrade"
      ],
      advice: []
    };
  }
  return {
    ...base,
    verdict: "unknown",
    findings: [why],
    advice: advice2,
    blocked: {
      reason: "unconfirmed",
      summary: `version upgrade ${from} \u2192 ${to} with a state verdict of unknown`,
      detail: `${why}. ${advice2.join(" ")}`
    }
  };
});
var downgrade = (function downgrade(from, to, pinned, confirmed) {
  if (releaseAtLeast(to, from)) return void 0;
  const across = parseFlinkVersion(to).major < parseFlinkVersion(from).major;
  if (pinned || confirmed && !across) {
    return {
      verdict: "unknown",
      findings: [
        pinned ? `Flink ${to} is older than Flink ${from}, which wrote the job's state: the job starts from the savepoint its restoreFrom pins` : `Flink ${to} is older than Flink ${from}, which wrote the job's state: restored as --allow-version-upgrade asks, which Flink does not promise`
      ],
      advice: []
    };
  }
  const why = across ? `Flink ${to} cannot read a savepoint Flink ${from} wrote (its checkpoint metadata has a version ${to} does not know)` : `Flink ${to} is older than Flink ${from}, which wrote the job's state, and Flink does not promise that an older release restores a newer one's savepoint`;
  const advice2 = [
    `Set restoreFrom: in the job's settings to a savepoint Flink ${to} wrote \u2014 the one taken when the job left Flink ${to} (flinkops savepoints list shows it); the state since is lost. Or keep the job on Flink ${from}${across ? "" : `, or try the newer savepoint on Flink ${to} with --allow-version-upgrade (a failed start is rolled back)`}.`
  ];
  return {
    verdict: "incompatible",
    findings: [why],
    advice: advice2,
    blocked: {
      reason: "downgrade",
      summary: `a move back from Flink ${from} to ${to} cannot restore the job's state`,
      detail: `${why}. ${advice2.join(" ")} Nothing was stopped.`
    }
  };
});
var acrossReleases = (function acrossReleases(input, from, to) {
  const v = input.acrossReleases;
  if (!v || v === "unknown") return void 0;
  const asked = `Flink ${from}'s planner (the cluster being left) and Flink ${to}'s built the job's stream graphs`;
  if (v === "compatible") {
    return {
      verdict: "compatible",
      findings: [`${asked}: every operator that holds state keeps its id and the shape of its state`],
      advice: []
    };
  }
  if (v === "drops-state" && input.allowNonRestoredState) {
    return {
      verdict: "drops-state",
      findings: [
        `${asked}: some state has no operator to go to`,
        "allowNonRestoredState: that state is dropped"
      ],
      advice: []
    };
  }
  const what = v === "drops-state" ? "some state has no operator to go to, so the restore fails without allowNonRestoredState" : "an operator keeps its id but not the shape of its state, so the restore fails";
  const advice2 = v === "drops-state" ? [
    "Set allowNonRestoredState: true to drop that state, or planMode: compiled (applied on the old release first) to keep it."
  ] : [
    "Set planMode: compiled and apply it on the old release first, so the job keeps its plan across the move."
  ];
  return {
    verdict: v,
    findings: [`${asked}: ${what} (the job's state verdict names the operators)`],
    advice: advice2,
    blocked: {
      reason: "unconfirmed",
      summary: `version upgrade ${from} \u2192 ${to} with a state verdict of ${v}`,
      detail: `${asked}: ${what}. ${advice2.join(" ")} Nothing was stopped.`
    }
  };
});

// src/plan/compiled-changes.ts
var COMPILED_PLAN_CODES = {
  /** Warning: Flink refuses (or could not compile) a job's compiled plan; nothing is stopped for it. */
  planRefused: "FO640",
  /** Warning: a restart on another Flink version with an unknown state verdict, not confirmed. */
  versionUnconfirmed: "FO641",
  /** Warning: a restart on an older Flink version than the one that wrote the state, with no restoreFrom pin. */
  versionDowngrade: "FO665"
};
var restoresFromPlan = (function restoresFromPlan(c) {
  if (c.action === "upgrade") return c.strategy !== "stateless";
  if (c.action === "rescale") return c.rescaleMode === "savepoint-restart";
  return c.action === "resume" || c.action === "recover";
});
var samePlanVerdict = (function samePlanVerdict() {
  return {
    verdict: "compatible",
    source: "flink",
    findings: ["the same compiled plan: every ExecNode keeps its uid, and its state"],
    advice: []
  };
});
var tableOptions = (function tableOptions(job) {
  const byKey = /* @__PURE__ */ new Map();
  for (const st of job.statements) {
    if (st.table) byKey.set(tableKey(st.table.name.parts.at(-1) ?? ""), st.table.options);
  }
  return (t) => byKey.get(t);
});
var RESTARTS = /* @__PURE__ */ new Set(["upgrade", "resume", "recover"]);
var annotateCompiledPlans = (function annotateCompiledPlans(changes, jobs, doc, opts) {
  const byName4 = new Map(jobs.map((j) => [j.name, j]));
  const diags = [];
  const jobOf = /* @__PURE__ */ new Map();
  const out = changes.map((c) => {
    const before = diags.length;
    const next = annotateOne(c);
    for (const d of diags.slice(before)) jobOf.set(d, c.job);
    return next;
  });
  return { changes: out, diags, jobOf };
  function annotateOne(c) {
    const job = byName4.get(c.job);
    if (!job || c.action === "delete") return c;
    const current = recordOf(doc, c)?.current;
    let next = c;
    const plan = job.compiledPlan;
    if (plan) {
      const before = current?.plan;
      const execNodes = before && before.sha256 !== plan.sha256 ? execNodeDiff(before.json, plan.json) : void 0;
      next = {
        ...next,
        compiledPlan: { path: plan.path, sha256: plan.sha256, ...execNodes ? { execNodes } : {} }
      };
    }
    const compatibility2 = planStateVerdict(c, job, current, opts);
    if (compatibility2) {
      next = { ...next, compatibility: compatibility2 };
      const lost = stateLostDiagnostic(job, compatibility2, "Upgrade", fileOf(job));
      if (lost) diags.push(lost);
    }
    const planError = opts.planErrors?.[c.job];
    const starts = RESTARTS.has(c.action) || c.action === "create";
    const from = current?.flinkVersion ?? c.move?.fromVersion;
    const to = majorMinor(opts.liveVersion);
    const verdict = RESTARTS.has(c.action) && from && to ? versionUpgradeVerdict({
      from,
      to,
      planMode: job.settings.planMode ?? "script",
      samePlan: plan !== void 0 && current?.plan?.sha256 === plan.sha256,
      ...planError ? { planCheck: { ok: false, message: planError } } : plan ? { planCheck: { ok: true } } : {},
      allowNonRestoredState: job.settings.allowNonRestoredState,
      confirmed: opts.allowVersionUpgrade === true,
      restores: c.restoreFrom !== void 0 || c.action === "upgrade" && c.strategy !== "stateless",
      ...c.move ? { moving: true } : {},
      // The start restores the savepoint restoreFrom pins (a pin already deployed is history).
      ...c.restoreFrom !== void 0 && c.restoreFrom === job.settings.restoreFrom ? {
        pinned: true,
        pinnedWrittenBy: recordedSavepoint(doc, c.restoreFrom, c.job)?.savepoint.flinkVersion
      } : {},
      ...c.move && opts.acrossUnanswered?.has(c.job) ? { acrossUnanswered: opts.acrossUnanswered.get(c.job) } : {},
      ...opts.acrossReleases?.has(c.job) && next.compatibility?.source === "flink" ? { acrossReleases: next.compatibility.verdict } : {}
    }) : void 0;
    if (verdict) next = { ...next, versionUpgrade: verdict };
    const versionRefusal = verdict?.blocked && {
      code: verdict.blocked.reason === "plan-refused" ? COMPILED_PLAN_CODES.planRefused : verdict.blocked.reason === "downgrade" ? COMPILED_PLAN_CODES.versionDowngrade : COMPILED_PLAN_CODES.versionUnconfirmed,
      summary: `job ${c.job}: ${verdict.blocked.summary}`,
      detail: verdict.blocked.detail
    };
    const blocked = planError && starts && verdict?.blocked?.reason !== "plan-refused" ? {
      code: COMPILED_PLAN_CODES.planRefused,
      summary: `Flink refuses the compiled plan of job ${c.job}`,
      detail: `${planError}
Nothing is stopped or started for this job. Fix the SQL, or set planMode: script.`
    } : versionRefusal;
    if (blocked && !next.refused) {
      diags.push(warning(blocked.code, blocked.summary, blocked.detail, fileOf(job)));
      next = { ...next, refused: blocked };
    }
    return next;
  }
});
var planStateVerdict = (function planStateVerdict(c, job, current, opts) {
  if (!restoresFromPlan(c) || opts.planErrors?.[c.job]) return void 0;
  const plan = job.compiledPlan;
  const before = current?.plan;
  if (plan && before)
    return before.sha256 === plan.sha256 ? samePlanVerdict() : compiledStateVerdict({
      before: before.json,
      after: plan.json,
      optionsOf: tableOptions(job),
      allowNonRestoredState: job.settings.allowNonRestoredState,
      ...opts.liveVersion ? { flinkVersion: opts.liveVersion } : {}
    });
  if (plan && current?.script !== void 0)
    return modeSwitchVerdict({ plan: plan.json, to: "compiled", ...stateOf(job) });
  if (before && job.settings.planMode !== "compiled")
    return modeSwitchVerdict({ plan: before.json, to: "script", ...stateOf(job) });
  return void 0;
});
var stateOf = (function stateOf(job) {
  return { optionsOf: tableOptions(job), allowNonRestoredState: job.settings.allowNonRestoredState };
});
var fileOf = (function fileOf(job) {
  return fileRange(job.yamlFile ?? job.sqlFile);
});

// src/plan/delete.ts
var decideRemoved = (function decideRemoved(name, pipelineName2, live2, record3, ctx) {
  const alive = ctx.observed ? live2.filter(isAlive) : [];
  if (alive.length > 1) return duplicateDecision(name, pipelineName2, alive, record3?.current?.jobId);
  const running = alive[0];
  if (running?.state === "SUSPENDED") return suspendedDecision(name, pipelineName2, running);
  if (!running && (!record3 || record3.status === "deleted")) return void 0;
  const sqlFile = `jobs/${name}.sql`;
  const current = record3?.current;
  const liveHash = running?.labels?.[LABEL_KEYS.specHash];
  const specHash = liveHash ?? current?.specHash;
  const parallelism3 = running ? effectiveParallelism(running, record3) : current?.parallelism;
  const from = {
    ...specHash !== void 0 ? { specHash } : {},
    ...parallelism3 !== void 0 ? { parallelism: parallelism3 } : {}
  };
  const stops = running !== void 0 || !ctx.observed && record3?.status === "running";
  const batch = stops && (running?.batch === true || current?.script !== void 0 && isBatchScriptText(current.script));
  const allowedBy = ctx.allowDelete ? "--allow-delete" : record3?.deletionPolicy === "delete" ? "deletionPolicy: delete" : void 0;
  const diags = [];
  const sqlDiff = current?.script !== void 0 ? unifiedDiff(current.script, "", { oldName: sqlFile, newName: sqlFile }) : "";
  const change2 = {
    job: name,
    pipelineName: pipelineName2,
    action: "delete",
    reason: batch ? ctx.observed ? "removed from the repo: cancel its batch run (a batch job keeps no savepoint)" : "removed from the repo: cancel its batch run if it still runs (a batch job keeps no savepoint)" : stops ? "removed from the repo: stop with a final savepoint" : `removed from the repo; ${endedAs(record3, ctx.observed ? live2 : [])}: its record is retired`,
    causes: [{ kind: "repo", path: sqlFile, to: "removed" }],
    ...batch ? { batch: true } : {},
    ...running ? { liveJobId: running.jobId, liveState: running.state } : current && stops ? { liveJobId: current.jobId } : {},
    ...Object.keys(from).length ? { from } : {},
    ...sqlDiff ? { sqlDiff } : {}
  };
  if (!allowedBy) {
    const refused = {
      code: PLAN_CODES.deleteRefused,
      summary: `Deletion of job ${name} refused`,
      detail: `Deleting is not allowed by default. Run with --allow-delete (Action input allow-delete: true) to delete it, or bring back ${sqlFile} with deletionPolicy: delete in jobs/${name}.yaml, apply, then remove it again.`
    };
    change2.refused = refused;
    diags.push(warning(refused.code, refused.summary, refused.detail));
  } else {
    change2.reason += ` (allowed by ${allowedBy})`;
  }
  return { change: change2, diags };
});
var endedAs = (function endedAs(record3, live2) {
  if (record3?.status !== "running") return `not running (${record3?.status ?? "unknown"})`;
  const ended = live2.find((l) => l.jobId === record3.current?.jobId);
  if (ended && stoppedByInterruptedApply(record3, ended.jobId))
    return `its job ${ended.jobId} has ended (${ended.state}): an interrupted apply stopped it with a final savepoint, which apply records first`;
  return ended ? `its job ${ended.jobId} has ended (${ended.state}), nothing to stop` : "not on the cluster, though recorded as running";
});

// src/plan/deletion-leftovers.ts
var renames = (function renames(changes, relations) {
  const deleted = changes.filter((c) => c.action === "delete");
  if (deleted.length === 0) return [];
  const out = [];
  for (const c of changes) {
    if (c.action !== "create") continue;
    const writes = new Set(relations.get(c.job)?.writes ?? []);
    for (const d of deleted) {
      const shared = (relations.get(d.job)?.writes ?? []).filter((t) => writes.has(t));
      if (shared.length === 0) continue;
      const carry = `To carry the state over, set movedFrom: ${d.job} in ${c.job}'s settings (jobs/${c.job}.yaml): the plan then renames ${d.job} to ${c.job}, stopping it with a savepoint and starting ${c.job} from it, with no deletion.`;
      const again = `its sources read again from their startup position (scan.startup.mode), so what ${d.job} already wrote to ${shared.join(", ")} can be written again`;
      out.push(
        d.refused ? warning(
          PLAN_CODES.renamed,
          `Job ${c.job} is created while job ${d.job}, which writes ${shared.join(", ")} too, keeps running (its deletion is refused): both would write ${shared.length > 1 ? "them" : "it"} at once`,
          `If ${c.job} is ${d.job} renamed, set movedFrom: ${d.job} in ${c.job}'s settings (jobs/${c.job}.yaml) to carry the state over: the plan then renames ${d.job} to ${c.job}, stopping it with a savepoint and starting ${c.job} from it, with no deletion. Planned with --allow-delete instead, apply stops ${d.job} first, and ${c.job} starts without its state: ${again}.`
        ) : warning(
          PLAN_CODES.renamed,
          `Job ${c.job} is created while job ${d.job}, which writes ${shared.join(", ")} too, is deleted: if it is ${d.job} renamed, it starts without ${d.job}'s state`,
          `Apply stops ${d.job} first (with a final savepoint when deletion keeps one), then starts ${c.job} empty: ${again}. ${carry}`
        )
      );
    }
  }
  return out;
});
var leftSlots = (function leftSlots(changes, doc) {
  const out = [];
  for (const c of changes) {
    if (c.action !== "delete" || c.refused) continue;
    const slots = postgresCdcSlots(doc.jobs[c.job]?.current?.script);
    if (slots.length === 0) continue;
    const named2 = slots.map(
      (s) => `${s.slot} (table ${s.table}${s.database ? `, database ${s.database}` : ""}${s.host ? ` on ${s.host}` : ""})`
    );
    out.push(
      warning(
        PLAN_CODES.cdcSlotLeft,
        `Job ${c.job} is deleted, and the PostgreSQL replication slot${slots.length > 1 ? "s" : ""} its postgres-cdc sources read stay${slots.length > 1 ? "" : "s"}: ${named2.join(", ")}`,
        `Flink CDC drops no slot when its job stops, and PostgreSQL keeps all WAL from an inactive slot's position on until the slot is dropped, so the database's disk fills. A job restored from the final savepoint reads on from the slot; once no job will, drop it in that database: ${slots.map((s) => `SELECT pg_drop_replication_slot('${s.slot.replace(/'/g, "''")}');`).join(" ")}`
      )
    );
  }
  return out;
});

// src/plan/later-builtins.ts
var laterBuiltinCalls = (function laterBuiltinCalls(changes, desired, live2, doc) {
  const declared = majorMinor(desired.flinkVersion);
  const runs = live2.observed ? majorMinor(live2.flinkVersion) : void 0;
  const to = [declared, runs].filter((v) => v !== void 0).sort((a, b) => releaseAtLeast(a, b) ? -1 : 1)[0];
  if (!to) return [];
  const byJob = new Map(desired.jobs.map((j) => [j.name, j]));
  const out = [];
  for (const c of changes) {
    if (c.action === "delete") continue;
    const job = byJob.get(c.job);
    if (!job?.laterBuiltinCalls) continue;
    const current = doc.jobs[c.job]?.current;
    const from = majorMinor(current?.flinkVersion ?? c.move?.fromVersion);
    for (const call of job.laterBuiltinCalls) {
      if (!releaseAtLeast(to, call.since)) continue;
      const ran = from ? !releaseAtLeast(from, call.since) : current !== void 0 && createsFunction(current.script, call.name);
      if (!ran) continue;
      const builtin = call.name.toUpperCase();
      const where = from ? `Flink ${from}, where it last ran` : "the release it last ran on";
      const renamed = `${call.udf}_${call.name.toLowerCase()}`;
      const stillOld = runs !== void 0 && !releaseAtLeast(runs, call.since) ? ` Flink ${runs}, which this cluster runs, has no ${builtin}: until the cluster runs Flink ${call.since} or later, a script without the UDF fails there ("No match found for function signature ${call.name}").` : "";
      out.push(
        warning(
          PLAN_CODES.udfBecomesBuiltin,
          `job ${c.job}: ${call.name}(...) called the UDF ${call.className} on ${where}; Flink ${call.since} added a built-in ${builtin}, so on Flink ${to} the call runs Flink's ${builtin}, never the UDF`,
          `Flink resolves a built-in function before the functions a job creates, and a script compiled for Flink ${to} no longer creates ${call.name} (FO215 at ${call.udfFile}). Once the job restarts on Flink ${to} (this ${c.action}, or any later one), the same SQL computes something else: Flink's ${builtin} has its own arguments, result type and semantics; where they do not fit, its planner refuses the job (FO630), and where they do, the job writes other values without any error. To keep the UDF, rename it in ${call.udfFile} (e.g. ${renamed}) and its calls in the jobs and views, in this change or before it; to use Flink's ${builtin} instead, check that it computes what the UDF did, then remove ${call.name} from ${call.udfFile}.${stillOld}`,
          call.range
        )
      );
    }
  }
  return out;
});
var createsFunction = (function createsFunction(script, name) {
  return new RegExp(`CREATE TEMPORARY (SYSTEM )?FUNCTION \`?${escapeRegExp(name)}\`? `, "i").test(script);
});

// src/plan/move.ts
var MOVE_CODES = {
  /**
   * Warning: a job recorded as running on another Flink version is not on this cluster; recovering
   * it here could run it twice. Refused unless `moveFrom` names the old cluster or the run passes
   * `--allow-version-upgrade`.
   */
  recoverAcrossVersions: "FO645",
  /** Warning: a job without flinkops labels runs on the cluster being left: it is not moved. */
  unmanagedOnPrevious: "FO646",
  /** Info: `moveFrom` names a cluster that runs none of the environment's jobs any more. */
  moveFinished: "FO647",
  /** Error: `moveFrom` names the JobManager the environment points at (after its overrides). */
  moveToItself: "FO648"
};
var versionText = (function versionText(from, to) {
  const a = majorMinor(from);
  const b = majorMinor(to);
  return a && b && a !== b ? ` (Flink ${a} \u2192 ${b})` : "";
});
var planMoves = (function planMoves(changes, jobs, live2, doc, opts) {
  const diags = [];
  const previous = live2.observed ? live2.previous : void 0;
  if (!previous) return { changes: recoverGuard(changes, jobs, live2, doc, opts, diags), diags };
  const left = /* @__PURE__ */ new Map();
  for (const j of live2.jobs) if (j.previousCluster) left.set(j.jobId, j);
  const byName4 = new Map(jobs.map((j) => [j.name, j]));
  const from = shownUrl(previous.jobmanagerUrl);
  const move = { from, ...previous.flinkVersion ? { fromVersion: previous.flinkVersion } : {} };
  const cause = { kind: "cluster", path: "jobmanagerUrl", from, to: "this environment\u2019s cluster" };
  const across = versionText(previous.flinkVersion, live2.flinkVersion);
  let moving = 0;
  const out = changes.map((c) => {
    const old = c.liveJobId ? left.get(c.liveJobId) : void 0;
    if (!old) return c;
    moving++;
    const job = byName4.get(c.job);
    switch (c.action) {
      case "none":
      case "rescale": {
        if (!job || !c.to || old.state === "SUSPENDED" || !old.labels && old.state !== "RUNNING") return c;
        if (c.causes.some((x) => x.kind === "state" && x.path === "rolled-back")) return c;
        const strategy = job.settings.upgradeMode ?? "savepoint";
        const { verify: _verify, ...rest } = c;
        const pair = strategy === "stateless" ? void 0 : opts.explained?.get(c.job);
        const compatibility2 = pair && "old" in pair ? stateVerdict({
          old: pair.old,
          next: pair.next,
          ...job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
          settingsFile: job.yamlFile ?? `jobs/${job.name}.yaml`,
          ...live2.flinkVersion ? { flinkVersion: live2.flinkVersion } : {},
          ...previous.flinkVersion ? { oldFlinkVersion: previous.flinkVersion } : {}
        }) : c.compatibility ?? moveEstimate(job, doc, strategy, previous.flinkVersion, live2.flinkVersion);
        return {
          ...rest,
          action: "upgrade",
          strategy,
          to: c.to,
          ...compatibility2 ? { compatibility: compatibility2 } : {},
          move,
          causes: [...c.causes, cause],
          reason: `moves to this environment\u2019s cluster${across}: ${strategy} upgrade${c.action === "rescale" ? `, ${c.reason}` : ""}`
        };
      }
      case "upgrade":
        return {
          ...c,
          move,
          causes: [...c.causes, cause],
          reason: `moves to this environment\u2019s cluster${across}; ${c.reason}`
        };
      case "suspend":
      case "delete":
        return { ...c, move, reason: `${c.reason} (on the cluster being left, ${from})` };
      case "adopt": {
        const summary = `job ${c.job} runs on the cluster being left (${from}) without flinkops labels`;
        const detail = "flinkops moves only the jobs it deployed. Adopt it there first (plan and apply without moveFrom), or stop it there and let this plan create it here.";
        diags.push(warning(MOVE_CODES.unmanagedOnPrevious, summary, detail));
        return { ...c, move, refused: { code: MOVE_CODES.unmanagedOnPrevious, summary, detail } };
      }
      default:
        return c;
    }
  });
  if (moving === 0) {
    const down = out.filter((c) => c.action === "recover").map((c) => c.job);
    diags.push(
      down.length === 0 ? {
        code: MOVE_CODES.moveFinished,
        severity: "info",
        summary: `nothing of this environment runs on ${from} any more: the move is done`,
        detail: "Remove moveFrom from the environment in flinkops.yaml; the old cluster can be retired once its savepoints are no longer needed."
      } : {
        code: MOVE_CODES.moveFinished,
        severity: "info",
        summary: `nothing of this environment runs on ${from} any more, but ${down.length === 1 ? "job" : "jobs"} ${down.join(", ")} ${down.length === 1 ? "runs" : "run"} on neither cluster: the move is not done`,
        detail: "Keep moveFrom and the old cluster until every job runs healthily here (see the recover changes above), or go back to the old cluster: swap the URLs and moveFrom and pin restoreFrom to the savepoint the move took."
      }
    );
  }
  return { changes: out, diags };
});
var moveEstimate = (function moveEstimate(job, doc, strategy, fromVersion, toVersion) {
  const from = majorMinor(fromVersion);
  const to = majorMinor(toVersion);
  if (strategy !== "stateless" && (!from || !to || from !== to)) {
    return {
      verdict: "unknown",
      source: "estimate",
      findings: [
        from && to ? `the job moves from Flink ${from} to ${to}, whose planner plans it anew: see its version verdict` : "the job moves to another cluster whose Flink version is not known"
      ],
      advice: []
    };
  }
  const current = doc.jobs[job.name]?.current;
  return compatibility({
    ...current?.script !== void 0 ? { oldScript: current.script } : {},
    newScript: job.script,
    strategy,
    ...job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {},
    settingsFile: job.yamlFile ?? `jobs/${job.name}.yaml`
  });
});
var recoverGuard = (function recoverGuard(changes, jobs, live2, doc, opts, diags) {
  const to = majorMinor(live2.observed ? live2.flinkVersion : void 0);
  if (!to || opts.allowVersionUpgrade) return [...changes];
  const byName4 = new Map(jobs.map((j) => [j.name, j]));
  return changes.map((c) => {
    if (c.action !== "recover" || c.refused) return c;
    const from = majorMinor(doc.jobs[c.job]?.current?.flinkVersion);
    if (!from || from === to) return c;
    const summary = `job ${c.job} last ran on Flink ${from}; this cluster runs ${to} and does not run it`;
    const detail = "If it still runs on the old cluster, recovering it here would run it twice. To move it, name the old cluster in environments.<env>.moveFrom: {jobmanagerUrl: \u2026}: the plan then stops it there with a savepoint and starts it here. If the old cluster is gone, apply with --allow-version-upgrade to recover it here from its last savepoint or checkpoint.";
    const job = byName4.get(c.job);
    diags.push(
      warning(
        MOVE_CODES.recoverAcrossVersions,
        summary,
        detail,
        job ? fileRange(job.yamlFile ?? job.sqlFile) : void 0
      )
    );
    return {
      ...c,
      reason: `not on this cluster (Flink ${to}); the store records it running on Flink ${from}`,
      refused: { code: MOVE_CODES.recoverAcrossVersions, summary, detail }
    };
  });
});

// src/plan/namesakes.ts
var byName = ((a, b) => a < b ? -1 : a > b ? 1 : 0);
function projectNamesakes(desired, changes, live2, doc) {
  if (!live2.observed || !live2.namesakes || Object.keys(doc.jobs).length > 0) return void 0;
  const created = new Set(changes.filter((c) => c.action === "create").map((c) => c.job));
  const pairs = live2.namesakes.filter((n) => created.has(n.job));
  if (pairs.length === 0) return void 0;
  const projects = [...new Set(pairs.map((p) => p.project))].sort(byName);
  const shown = pairs.slice(0, 10).map((p) => `${p.job} (${p.name}, ${p.jobId})`).join(", ") + (pairs.length > 10 ? ` and ${pairs.length - 10} more` : "");
  const env = desired.env;
  return warning(
    PLAN_CODES.projectNamesakes,
    `This is the first plan of ${desired.project}/${env}, and jobs it creates run on the cluster for project ${projects.join(", ")}: ${shown}`,
    `If another project merely shares the cluster, nothing: its jobs are neither shown nor touched. If project ${desired.project} is ${projects[0]} renamed (project: in flinkops.yaml), those are its jobs under the old name: this plan starts the jobs again beside them, without their state, both write the same sinks, and no plan looks at the old ones any more. To carry the state over, put the old name back, set state: suspended on environment ${env} and apply it, so each job stops with a savepoint (flinkops savepoints list JOB); then rename and pin restoreFrom: <that savepoint> in environments.${env}.jobs.<job> before the first apply.`
  );
}
var lookalikeNamesakes = (function lookalikeNamesakes(desired, changes, live2) {
  if (!live2.observed || !live2.lookalikes) return [];
  const out = [];
  for (const c of changes) {
    if (c.action !== "create") continue;
    const job = desired.jobs.find((j) => j.name === c.job);
    if (!job) continue;
    const hand = live2.lookalikes.filter(
      (l) => l.job === c.job || l.sinks?.some((t) => job.sinks.includes(t))
    );
    if (hand.length === 0) continue;
    const shown = hand.map((l) => `${l.name} (${l.jobId})`).join(", ");
    const one = hand.length === 1;
    const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
    out.push(
      warning(
        PLAN_CODES.handJobState,
        `Job ${c.job} is created while a job started outside flinkops runs under a name like its own or writes its tables: ${shown}`,
        `flinkops finds a job only by pipeline.name = ${c.pipelineName}, so it neither adopts nor stops ${one ? "that one" : "those"}: after this apply both run, write the same sinks, and the new job starts without ${one ? "its" : "their"} state. If ${one ? "it is" : "one is"} this job, stop ${one ? "it" : "each"} with a savepoint first (POST /jobs/<job id>/stop on the JobManager, or flink stop), set restoreFrom: <the savepoint's path> in ${settings}, and plan again. If it is another job, nothing.`,
        fileRange(job.sqlFile)
      )
    );
  }
  return out;
});

// src/plan/older-checkout.ts
var CHANGES = /* @__PURE__ */ new Set([...ACTION_KINDS.filter((a) => a !== "none"), "sync"]);
var lastChange = (function lastChange(record3) {
  if (!record3) return void 0;
  for (let i = record3.history.length - 1; i >= 0; i--) {
    const h = record3.history[i];
    if (CHANGES.has(h.action) && h.commit && h.commit !== "unknown")
      return { action: h.action, commit: h.commit, time: h.time };
  }
  return void 0;
});
var labelCommit = (function labelCommit(live2, jobId) {
  if (jobId === void 0) return void 0;
  const commit = live2.jobs.find((j) => j.jobId === jobId)?.labels?.[LABEL_KEYS.commit];
  return commit && commit !== "unknown" ? commit : void 0;
});
var undone = (function undone(c, doc, live2) {
  const recorded = lastChange(doc.jobs[c.job]);
  if (recorded) return recorded;
  const labelled = labelCommit(live2, c.liveJobId);
  return labelled ? { action: "start", commit: labelled, time: `job ${c.liveJobId}` } : void 0;
});
var changedJobCommits = (function changedJobCommits(changes, doc, live2, commit) {
  const out = /* @__PURE__ */ new Set();
  for (const c of changes) {
    if (c.action === "none" || c.refused) continue;
    const last = undone(c, doc, live2);
    if (last && last.commit !== commit) out.add(last.commit);
  }
  return [...out];
});
var refuseOlderCheckout = (function refuseOlderCheckout(changes, doc, live2, outside, commit) {
  if (!outside || outside.size === 0) return [];
  const diags = [];
  for (const c of changes) {
    if (c.action === "none" || c.refused) continue;
    const last = undone(c, doc, live2);
    const how = last && outside.get(last.commit);
    if (!last || !how) continue;
    const short = last.commit.slice(0, 12);
    const here = commit ? `this checkout (${commit.slice(0, 12)})` : "this checkout";
    const what = last.action === "start" ? `its running ${last.time} was started from commit ${short}` : `its last change (${last.action} at ${last.time}) was applied from commit ${short}`;
    const summary = `${c.action} of job ${c.job} refused: ${what}, which ${here} ${how === "behind" ? "is behind" : "does not have"}`;
    const detail = `Applying this plan would undo that change (someone applied a newer commit than this checkout holds). ${how === "behind" ? "Bring the checkout up to date" : `Fetch that commit and bring the checkout up to date (git fetch; git log ${short})`}, e.g. git pull, then plan again. To go back to an older version on purpose, revert the change in git and apply the revert; if that commit's change reached this checkout under another commit (a squash or rebase merge), plan with --allow-older-checkout.`;
    c.refused = { code: PLAN_CODES.olderCheckout, summary, detail };
    diags.push(warning(PLAN_CODES.olderCheckout, summary, detail));
  }
  return diags;
});

// src/plan/other-endpoint.ts
var otherEndpointRecoveries = (function otherEndpointRecoveries(desired, live2, doc, planned) {
  const here = live2.endpoint;
  if (!live2.observed || here === void 0) return void 0;
  const elsewhere = planned.filter((c) => {
    if (c.action !== "recover" || c.refused || live2.jobs.some((j) => j.job === c.job)) return false;
    const started = doc.jobs[c.job]?.current?.endpoint;
    return started !== void 0 && started !== here;
  });
  if (elsewhere.length === 0) return void 0;
  const names = elsewhere.map((c) => c.job);
  const shown = names.length > 6 ? [...names.slice(0, 6), `\u2026 (${names.length} in all)`] : names;
  const they = names.length === 1 ? "it" : "they";
  return warning(
    PLAN_CODES.otherEndpoint,
    names.length === 1 ? `Job ${names[0]}, recorded running for environment ${desired.env}, is gone from its cluster and was started through another JobManager endpoint than this plan reached` : `${names.length} jobs recorded running for environment ${desired.env} (${shown.join(", ")}) are gone from its cluster and were started through another JobManager endpoint than this plan reached`,
    `A cluster that restarted forgets its jobs but keeps its address: a new address is more often another cluster \u2014 environments.${desired.env}.jobmanagerUrl (or FLINKOPS_JOBMANAGER_URL, --jobmanager-url, the Action's jobmanager-url input) changed to a new cluster without moveFrom, or copied from elsewhere. If ${they} still run${names.length === 1 ? "s" : ""} on the cluster ${they} ${names.length === 1 ? "was" : "were"} started on, this plan's recoveries start a second copy here, both writing the same sinks. To move the environment to a new cluster, name the old one in moveFrom: each job stops there with a savepoint and starts here from it. If the old cluster is gone, or this is the same cluster reached through another address, apply as planned.`,
    fileRange("flinkops.yaml")
  );
});
var endpointsToRecord = (function endpointsToRecord(live2, doc, planned) {
  const here = live2.endpoint;
  if (!live2.observed || here === void 0) return { changes: [...planned] };
  const byId = new Map(live2.jobs.map((j) => [j.jobId, j]));
  const names = [];
  const changes = planned.map((c) => {
    if (c.action !== "none" || c.refused || c.renamedFrom || c.liveJobId === void 0) return c;
    const cur = doc.jobs[c.job]?.current;
    const running = byId.get(c.liveJobId);
    if (!cur || cur.endpoint !== void 0 || cur.jobId !== c.liveJobId) return c;
    if (!running || running.previousCluster || isTerminal(running.state) || running.state === "SUSPENDED")
      return c;
    names.push(c.job);
    const reason = c.reason === "up to date" ? "up to date; apply records the JobManager endpoint it runs through (FO736)" : `${c.reason}; apply records the JobManager endpoint it runs through (FO736)`;
    return { ...c, reason, recordsEndpoint: { jobId: c.liveJobId, endpoint: here } };
  });
  if (names.length === 0) return { changes };
  const shown = names.length > 6 ? [...names.slice(0, 6), `\u2026 (${names.length} in all)`] : names;
  return {
    changes,
    diag: {
      code: PLAN_CODES.endpointUnrecorded,
      severity: "info",
      summary: names.length === 1 ? `Job ${names[0]} runs on this cluster, and its state store record does not say which JobManager endpoint it was started through: apply records it` : `${names.length} jobs (${shown.join(", ")}) run on this cluster, and their state store records do not say which JobManager endpoint they were started through: apply records it`,
      detail: `The state store was written before flinkops kept the endpoint (format 5): until it is recorded, a plan cannot tell that ${names.length === 1 ? "the job was" : "these jobs were"} started through another endpoint than it reaches (FO739, FO659). Apply records the endpoint this plan reached (a hash, never the URL) without restarting anything; nothing to do but apply.`,
      range: fileRange("flinkops.yaml")
    }
  };
});

// src/plan/other-environments-cluster.ts
function otherEnvironmentsCluster(desired, live2, planned) {
  if (!live2.observed || !live2.siblings?.length) return void 0;
  if (live2.jobs.some((j) => !j.previousCluster && !isTerminal(j.state))) return void 0;
  const vanished = planned.filter(
    (c) => c.action === "recover" && !c.refused && !live2.jobs.some((j) => j.job === c.job)
  );
  if (vanished.length === 0) return void 0;
  const envs = live2.siblings.map((s) => s.env);
  const names = live2.siblings.flatMap((s) => s.names);
  const shown = names.length > 4 ? [...names.slice(0, 4), `\u2026 (${names.length} in all)`] : names;
  const jobs = vanished.map((c) => c.job).join(", ");
  return warning(
    PLAN_CODES.otherEnvironmentsCluster,
    `The cluster of environment ${desired.env} runs environment ${envs.join(", ")}'s jobs (${shown.join(", ")}) and none of the ${vanished.length === 1 ? "job" : `${vanished.length} jobs`} the state store records running for ${desired.env} (${jobs})`,
    `If environments.${desired.env}.jobmanagerUrl (or FLINKOPS_JOBMANAGER_URL) reaches ${envs.length === 1 ? `${envs[0]}'s` : "another environment\u2019s"} cluster by mistake, this plan's recoveries start ${desired.env}'s jobs there while they still run on ${desired.env}'s own cluster: twice, writing the same sinks. Check the endpoints before applying. If this cluster is ${desired.env}'s own, shared with ${envs.join(", ")} and restarted, apply as planned.`,
    fileRange("flinkops.yaml")
  );
}

// src/plan/policy.ts
var DEPLOYS = /* @__PURE__ */ new Set([
  "create",
  "upgrade",
  "rescale",
  "resume",
  "recover",
  "adopt"
]);
var RESTORES = /* @__PURE__ */ new Set(["upgrade", "resume", "recover"]);
var violations = (function violations(c, job, desired, opts) {
  const policy = desired.policy;
  if (!policy) return [];
  const env = desired.env;
  const out = [];
  const listed = (name) => name !== void 0 && (policy.protectedJobs?.includes(name) ?? false);
  const protectedFrom = [c.renamedFrom?.job, job?.settings.movedFrom].find(listed);
  const isProtected = listed(c.job) || protectedFrom !== void 0;
  if (c.renamedFrom && listed(c.renamedFrom.job) && !listed(c.job)) {
    const from = c.renamedFrom.job;
    out.push({
      severity: "error",
      code: POLICY_CODES.protectedRename,
      summary: `Job ${from} is protected and cannot be renamed to ${c.job}, which policy.protectedJobs does not list`,
      detail: `The rename (movedFrom: ${from}) stops ${from} and carries its state to ${c.job}; policy.protectedJobs in flinkops.yaml lists ${from}, not ${c.job}. To rename it and keep it protected, replace ${from} with ${c.job} in policy.protectedJobs in the same reviewed change, then plan again. To leave it unprotected under its new name, remove ${from} from policy.protectedJobs in a reviewed change.`,
      refuse: true
    });
  }
  if (isProtected && c.action === "delete") {
    out.push({
      severity: "error",
      code: POLICY_CODES.protectedDelete,
      summary: `Job ${c.job} is protected and cannot be deleted`,
      detail: `It is listed in policy.protectedJobs in flinkops.yaml. Bring back jobs/${c.job}.sql to keep it running, or remove ${c.job} from policy.protectedJobs in a reviewed change and plan again with --allow-delete.`,
      refuse: true
    });
  }
  if (isProtected && c.action === "upgrade" && c.strategy === "stateless") {
    out.push({
      severity: "error",
      code: POLICY_CODES.protectedStateless,
      summary: `Job ${c.job} is protected and cannot be upgraded stateless`,
      detail: `A stateless upgrade drops its state, and ${listed(c.job) ? "it" : `${protectedFrom}, whose state it carries (movedFrom),`} is listed in policy.protectedJobs in flinkops.yaml. Set upgradeMode: savepoint (or last-state) in jobs/${c.job}.yaml, or remove ${listed(c.job) ? c.job : protectedFrom} from policy.protectedJobs.`,
      refuse: true
    });
  }
  if (c.action === "delete" && !opts.allowDelete && !c.refused && policy.requireAllowDelete?.includes(env)) {
    out.push({
      severity: "warning",
      code: POLICY_CODES.deleteNeedsFlag,
      summary: `Deletion of job ${c.job} in ${env} needs --allow-delete`,
      detail: `policy.requireAllowDelete lists ${env}, so deletionPolicy: delete alone is not enough here. Run with --allow-delete (Action input allow-delete: true) to delete it.`,
      refuse: true
    });
  }
  const max = policy.maxParallelism?.[env];
  const suspended = c.action === "suspend" || job?.settings.state === "suspended";
  if (job && max !== void 0 && job.settings.parallelism > max && !suspended && c.action !== "delete") {
    const where = job.yamlFile ?? `jobs/${job.name}.yaml`;
    out.push({
      severity: "error",
      code: POLICY_CODES.maxParallelism,
      summary: `Job ${c.job} has parallelism ${job.settings.parallelism}, above the maximum ${max} of ${env}`,
      detail: `policy.maxParallelism.${env} in flinkops.yaml allows at most ${max}. Lower parallelism in ${where} (or environments.${env}.jobs.${c.job}.parallelism), or raise the maximum in a reviewed change.`,
      refuse: DEPLOYS.has(c.action)
    });
  }
  if (RESTORES.has(c.action) && (c.compatibility?.verdict === "incompatible" || c.compatibility?.verdict === "drops-state" && !job?.settings.allowNonRestoredState) && policy.refuseIncompatibleUpgrades?.includes(env)) {
    out.push({
      severity: "error",
      code: POLICY_CODES.incompatibleUpgrade,
      summary: `The ${c.action} of job ${c.job} ${c.compatibility.verdict !== "incompatible" ? "drops state" : c.compatibility.restore === "read-wrong" ? "restores its state and reads it wrong" : "will not restore its state"}, which ${env} refuses`,
      detail: `${c.compatibility.findings.join("; ")}. policy.refuseIncompatibleUpgrades lists ${env}. ` + (c.compatibility.verdict === "incompatible" ? (
        // allowNonRestoredState drops state with nowhere to go; it does not restore a state whose shape changed.
        `Make the change state-compatible, or start the new version without state with upgradeMode: stateless in jobs/${c.job}.yaml (allowNonRestoredState does not help: ${c.compatibility.restore === "read-wrong" ? "Flink restores this state, and the new job reads it wrong" : "the restore fails even with it"}).`
      ) : `Make the change state-compatible, or accept losing the unmatched state with allowNonRestoredState: true in jobs/${c.job}.yaml (or upgradeMode: stateless for a fresh start).`),
      refuse: true
    });
  }
  return out;
});
var applyPolicy = (function applyPolicy(changes, desired, opts) {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const diags = [];
  const out = changes.map((c) => {
    const job = jobs.get(c.job);
    const found = violations(c, job, desired, opts);
    if (found.length === 0) return c;
    const range3 = job ? fileRange(job.yamlFile ?? job.sqlFile) : void 0;
    for (const v of found) {
      const make = v.severity === "error" ? error : warning;
      const at2 = v.code === POLICY_CODES.protectedRename ? job?.movedFromAt ?? range3 : range3;
      diags.push(make(v.code, v.summary, v.detail, at2));
    }
    const first = found.find((v) => v.refuse);
    if (!first || c.refused) return c;
    return { ...c, refused: { code: first.code, summary: first.summary, detail: first.detail } };
  });
  return { changes: out, diags };
});

// src/plan/target.ts
var isTargeted = (function isTargeted(c, target) {
  if (target.jobs && !target.jobs.includes(c.job) && !oldNames(c).some((j) => target.jobs.includes(j)))
    return false;
  if (target.causes) {
    const kinds = target.causes;
    if (c.action === "none" || !c.causes.some((k) => kinds.includes(k.kind))) return false;
  }
  return true;
});
var targetChanges = (function targetChanges(changes, target) {
  const kept = [];
  const omitted = [];
  for (const c of changes) {
    if (isTargeted(c, target)) kept.push(c);
    else if (c.action !== "none" && !c.refused) omitted.push({ job: c.job, action: c.action });
  }
  return {
    changes: kept,
    targeting: {
      ...target.jobs ? { jobs: [...target.jobs] } : {},
      ...target.causes ? { causes: [...target.causes] } : {},
      omitted
    }
  };
});
var unknownJobs = (function unknownJobs(plan, names) {
  const known = /* @__PURE__ */ new Set([
    ...[...plan.changes, ...plan.target?.omitted ?? []].map((c) => c.job),
    ...plan.changes.flatMap(oldNames)
  ]);
  return names.filter((j) => !known.has(j));
});
var oldNames = (function oldNames(c) {
  return [
    ...c.renamedFrom ? [c.renamedFrom.job] : [],
    ...c.refused?.renamedFrom !== void 0 ? [c.refused.renamedFrom] : []
  ];
});

// src/plan/topic-ends.ts
var topicsSplitByTarget = (function topicsSplitByTarget(kept, targeting, desired) {
  if (targeting.omitted.length === 0) return [];
  const keysOf = tableTopicKeys(desired.tables);
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const keys2 = (job, side) => {
    const j = jobs.get(job);
    return j ? jobTopicKeys(j, keysOf, side === "sources" ? "reads" : "writes") : /* @__PURE__ */ new Set();
  };
  const between = (reads, writes) => new Set([...reads].flatMap((r) => topicsRead(r, writes)).map(topicOfKey));
  const out = [];
  for (const c of kept) {
    const job = jobs.get(c.job);
    if (c.action === "none" || c.refused || !job) continue;
    const reads = keys2(c.job, "sources");
    const writes = keys2(c.job, "sinks");
    for (const o of targeting.omitted) {
      const produces = [...between(reads, keys2(o.job, "sinks"))];
      const consumes = [...between(keys2(o.job, "sources"), writes)];
      if (produces.length === 0 && consumes.length === 0) continue;
      const topics = [.../* @__PURE__ */ new Set([...produces, ...consumes])].join(", ");
      const how = produces.length > 0 ? `which writes Kafka topic ${topics} that ${c.job} reads` : `which reads Kafka topic ${topics} that ${c.job} writes`;
      out.push(
        warning(
          PLAN_CODES.topicSplitByTarget,
          `--target leaves out the ${o.action} of job ${o.job}, ${how}`,
          `A topic carries no schema: applied alone, ${produces.length > 0 ? `${c.job} reads what the running version of ${o.job} writes` : `${o.job}, as it runs now, reads what the new version of ${c.job} writes`} until ${o.job} is applied too. A column added, renamed or retyped on both ends is NULL (or fails to parse) meanwhile. Plan without --target, or add --target ${o.job}: apply then changes the writing job first.`,
          fileRange(job.sqlFile)
        )
      );
    }
  }
  return out;
});
var topicsLeftUnwritten = (function topicsLeftUnwritten(changes, desired, doc) {
  const deleted = changes.filter((c) => c.action === "delete" && !c.refused);
  if (deleted.length === 0) return [];
  const gone = new Set(deleted.map((c) => c.job));
  const keysOf = tableTopicKeys(desired.tables);
  const staying = desired.jobs.filter((j) => !gone.has(j.name));
  const stillWritten = new Set(staying.flatMap((j) => [...jobTopicKeys(j, keysOf, "writes")]));
  const out = [];
  for (const d of deleted) {
    const script = doc.jobs[d.job]?.current?.script;
    if (script === void 0) continue;
    const sinks = new Set(relationsOf(script).writes);
    const { statements } = analyzeScript(script, `jobs/${d.job}.sql`);
    for (const st of statements)
      for (const s of [st, ...st.inner ?? []])
        for (const r of s.writes) if (r.parts.length === 1) sinks.add(r.name);
    const written = new Set(
      statements.flatMap(
        (st) => st.table && sinks.has(st.table.name.name) ? kafkaTopicKeys(st.table.options.connector, st.table.options) : []
      )
    );
    for (const j of staying) {
      const read = jobTopicUses(j, keysOf, "reads").flatMap(
        ({ table: t, key }) => topicsRead(key, written).filter((k) => !stillWritten.has(k)).map((k) => ({ t, k }))
      );
      if (read.length === 0) continue;
      const topics = [...new Set(read.map((r) => topicOfKey(r.k)))].join(", ");
      const tables = [...new Set(read.map((r) => r.t))].join(", ");
      out.push(
        warning(
          PLAN_CODES.topicLeftUnwritten,
          `Job ${d.job} is deleted, but job ${j.name} reads Kafka topic ${topics} (table ${tables}), which no other job of the repository writes`,
          `Once ${d.job} stops, nothing of this repository writes ${topics}: ${j.name} keeps running, healthy, and reads no new record, without an error. Delete or change ${j.name} in the same change (a job of its own writing ${topics}, or another source), or keep ${d.job}. When another system writes ${topics}, nothing is lost.`,
          fileRange(j.sqlFile)
        )
      );
    }
  }
  return out;
});

// src/plan/unrecorded-jobs.ts
var byName2 = ((a, b) => a < b ? -1 : a > b ? 1 : 0);
var unrecordedJobs = (function unrecordedJobs(desired, liveByJob, doc, changes) {
  const labelledAlive = (name) => (liveByJob.get(name) ?? []).some(
    (l) => !isTerminal(l.state) && l.state !== "SUSPENDED" && l.labels?.[LABEL_KEYS.specHash] !== void 0
  );
  const names = [...liveByJob.keys()].filter((name) => doc.jobs[name] === void 0 && labelledAlive(name)).sort(byName2);
  if (names.length === 0) return void 0;
  const shown = names.slice(0, 10).join(", ") + (names.length > 10 ? ` and ${names.length - 10} more` : "");
  const touched = changes.filter((c) => names.includes(c.job) && c.action !== "none" && c.action !== "adopt").map((c) => `${c.job}: ${c.action}${c.refused ? " (refused)" : ""}`);
  const one = names.length === 1;
  const cause = `The store was reset, lost or is another one (a different --state-file or state branch), or another repository deploys a project named ${desired.project} to this cluster and ${one ? "the job is" : "the jobs are"} its own: ${one ? "its" : "their"} savepoint history and the scripts ${one ? "it was" : "they were"} started from are not known.`;
  const effect = touched.length === 0 ? " Jobs are found by their labels, so nothing restarts; the next apply that changes something in this environment records them again from what runs." : ` This plan changes ${touched.length === 1 ? "one of them" : "some of them"} as its own (${touched.slice(0, 10).join(", ")}${touched.length > 10 ? ` and ${touched.length - 10} more` : ""}): if another repository deploys project ${desired.project}, do not apply, and give one of the projects another name (project: in flinkops.yaml) first; if the store was lost, point flinkops at it again (--state-file) or apply, and the jobs are recorded again from what runs.`;
  return one ? warning(
    PLAN_CODES.unrecorded,
    `Job ${names[0]} runs with flinkops labels, but the state store has no record of it`,
    cause + effect
  ) : warning(
    PLAN_CODES.unrecorded,
    `${names.length} jobs run with flinkops labels, but the state store has no record of them`,
    `${shown}. ${cause}${effect}`
  );
});
var startedElsewhere = (function startedElsewhere(list, record3) {
  if (record3 !== void 0 && record3.status !== "deleted") return false;
  const alive = list.filter(isAlive);
  return alive.length > 0 && list.every((l) => l.labels?.[LABEL_KEYS.specHash] === void 0);
});
var unmanagedJobs = (function unmanagedJobs(jobs) {
  const shown = [...jobs].sort((a, b) => byName2(a.name, b.name) || byName2(a.jobId, b.jobId)).map((j) => `${j.name} (${j.jobId}, ${j.state}${copiedLabels(j)})`);
  const one = shown.length === 1;
  const names = shown.slice(0, 10).join(", ") + (shown.length > 10 ? ` and ${shown.length - 10} more` : "");
  return warning(
    PLAN_CODES.unmanaged,
    `${one ? "A job" : `${shown.length} jobs`} under this environment's names ${one ? "runs" : "run"} without this environment's flinkops labels and ${one ? "is" : "are"} not in the repository or the state store: left alone: ${names}`,
    `flinkops did not start ${one ? "it" : "them"} (it was submitted by hand: the SQL client, the SQL Gateway, the Flink UI), so no plan of this repository stops, rescales or deletes ${one ? "it" : "them"}. A job added to the repository under ${one ? "that" : "such a"} name would adopt the running job. To stop ${one ? "it" : "them"}, use the Flink UI or POST /jobs/<job id>/stop; to avoid the clash, start hand-made jobs under names outside <project>.<env>.`
  );
});
var copiedLabels = (function copiedLabels(j) {
  const l = j.copiedLabels;
  if (l === void 0) return "";
  return `, labelled ${l[LABEL_KEYS.project] ?? "?"}.${l[LABEL_KEYS.env] ?? "?"}.${l[LABEL_KEYS.job] ?? "?"}`;
});

// src/plan/unrestorable-pins.ts
var unrestorablePins = (function unrestorablePins(changes, desired, doc, cluster) {
  const out = [];
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  for (const c of changes) {
    if (!c.restoreFrom || c.refused) continue;
    const job = jobs.get(c.job);
    const pin = job?.settings.restoreFrom;
    if (!job || !pin || !sameSavepointPath(c.restoreFrom, pin)) continue;
    const at2 = recordedSavepoint(doc, pin, c.job);
    if (at2 === void 0) continue;
    const { owner, savepoint } = at2;
    const newer = !savepoint.disposed && writtenByNewerMajor(savepoint, cluster);
    if (!savepoint.disposed && !newer) continue;
    const kept = (doc.jobs[owner]?.savepoints ?? []).filter(
      (s) => !s.disposed && !writtenByNewerMajor(s, cluster)
    ).length;
    const where = `restoreFrom in ${job.yamlFile ?? `jobs/${c.job}.yaml`} names a savepoint of ${owner === c.job ? "the job" : `job ${owner}`}`;
    const list = `flinkops savepoints list ${owner}${kept ? `: ${kept} restorable${newer ? ` on Flink ${majorMinor(cluster)}` : ""}` : ""}`;
    out.push(
      warning(
        PLAN_CODES.pinDisposed,
        newer ? `Job ${c.job} is to restore from ${pin}, which Flink ${savepoint.flinkVersion} wrote: this cluster (Flink ${majorMinor(cluster)}) cannot read it, so the restore fails` : `Job ${c.job} is to restore from ${pin}, which retention disposed of: Flink deleted it, so the restore fails`,
        `${where} that the state store records as ${newer ? `written by Flink ${savepoint.flinkVersion}, a newer major release (${list})` : `disposed (${list})`}. ${c.action === "upgrade" ? "Apply would stop the running job, fail to start the new one and roll it back" : "The job apply starts would fail at its restore"}. ${newer ? "Pin a savepoint this release wrote, or remove restoreFrom." : "Pin one that is not disposed, or remove restoreFrom."}`,
        fileRange(job.yamlFile ?? job.sqlFile)
      )
    );
  }
  return out;
});

// src/plan/version-summary.ts
var byText = ((a, b) => a < b ? -1 : a > b ? 1 : 0);
var versionUpgradeSummaries = (function versionUpgradeSummaries(changes, jobs) {
  const compiled = new Set(jobs.filter((j) => j.settings.planMode === "compiled").map((j) => j.name));
  const pins = new Map(jobs.map((j) => [j.name, j.settings.restoreFrom]));
  const byFrom = /* @__PURE__ */ new Map();
  for (const c of [...changes].sort((a, b) => byText(a.job, b.job))) {
    const v = c.versionUpgrade;
    if (!v) continue;
    let s = byFrom.get(v.from);
    if (!s) {
      s = { from: v.from, to: v.to, move: false, compiled: [], script: [] };
      byFrom.set(v.from, s);
    }
    if (c.move) s.move = true;
    const entry = {
      job: c.job,
      verdict: v.verdict,
      ...c.refused ? { refused: c.refused.code } : {},
      ...c.restoreFrom !== void 0 && c.restoreFrom === pins.get(c.job) && !releaseAtLeast(v.to, v.from) ? { pinned: true } : {}
    };
    (compiled.has(c.job) ? s.compiled : s.script).push(entry);
  }
  if (byFrom.size === 0) return void 0;
  return [...byFrom.values()].sort((a, b) => byText(a.from, b.from));
});

// src/plan/diff.ts
var byName3 = ((a, b) => a < b ? -1 : a > b ? 1 : 0);
var OF_THE_START = /* @__PURE__ */ new Set([
  PLAN_CODES.noRestorePoint,
  PLAN_CODES.recoveryRewinds,
  PLAN_CODES.vanishedState,
  PLAN_CODES.newerReleaseSavepoint,
  PLAN_CODES.restorePointGone,
  PLAN_CODES.stateIncompatible
]);
var diff = (function diff(desired, live2, state, opts) {
  const ctx = {
    observed: live2.observed,
    adaptiveScheduler: live2.adaptiveScheduler,
    allowDelete: opts.allowDelete,
    ...live2.flinkVersion ?? desired.flinkVersion ? { flinkVersion: live2.flinkVersion ?? desired.flinkVersion } : {},
    ...opts.now !== void 0 ? { now: opts.now } : {},
    ...opts.explained ? { explained: opts.explained } : {},
    ...opts.replace?.length ? { replace: new Set(opts.replace) } : {},
    ...opts.lockHolder ? { lockHolder: opts.lockHolder } : {},
    ...opts.locateInTable ? { locateInTable: opts.locateInTable } : {},
    ...live2.endpoint !== void 0 ? { endpoint: live2.endpoint } : {},
    ...live2.observed && live2.taskHeaps?.length ? { taskHeaps: live2.taskHeaps } : {},
    ...live2.observed && live2.defaultStateBackend ? { defaultStateBackend: live2.defaultStateBackend } : {}
  };
  const liveByJob = /* @__PURE__ */ new Map();
  for (const j of live2.observed ? live2.jobs : []) {
    const list = liveByJob.get(j.job) ?? [];
    list.push(j);
    liveByJob.set(j.job, list);
  }
  for (const list of liveByJob.values())
    list.sort((a, b) => b.startTime - a.startTime || byName3(a.jobId, b.jobId));
  const changes = [];
  const diagnostics = [];
  const declared = declaredVersionCheck(desired, live2);
  if (declared) diagnostics.push(declared);
  const relations = /* @__PURE__ */ new Map();
  const desiredNames = /* @__PURE__ */ new Set();
  const decidedDiags = /* @__PURE__ */ new Map();
  const renamed = planRenames(desired, liveByJob, state.doc, live2.observed);
  diagnostics.push(...renamed.diags);
  for (const job of [...desired.jobs].sort((a, b) => byName3(a.name, b.name))) {
    desiredNames.add(job.name);
    const r = renamed.renames.get(job.name);
    const d = r ? decideRenamed(job, r, ctx, liveByJob.get(job.name) ?? [], state.doc.jobs[job.name]) : decideDesired(job, liveByJob.get(job.name) ?? [], state.doc.jobs[job.name], ctx);
    changes.push(d.change);
    diagnostics.push(...d.diags);
    decidedDiags.set(job.name, d.diags);
    if (d.change.action !== "none") relations.set(job.name, relationsOf(job.script, job));
  }
  for (const r of renamed.renames.values()) desiredNames.add(r.from);
  const removed = new Set(
    [...Object.keys(state.doc.jobs), ...liveByJob.keys()].filter((n) => !desiredNames.has(n))
  );
  const unmanaged = [];
  for (const name of [...removed].sort(byName3)) {
    const record3 = state.doc.jobs[name];
    const list = liveByJob.get(name) ?? [];
    if (startedElsewhere(list, record3)) {
      unmanaged.push(...list.filter(isAlive));
      continue;
    }
    const pn = record3?.pipelineName ?? list[0]?.name ?? pipelineName(desired.project, desired.env, name);
    const d = decideRemoved(name, pn, list, record3, ctx);
    if (!d) continue;
    changes.push(d.change);
    diagnostics.push(...d.diags);
    if (d.change.action !== "none") relations.set(name, relationsOf(record3?.current?.script));
  }
  changes.sort((a, b) => byName3(a.job, b.job));
  if (unmanaged.length > 0) diagnostics.push(unmanagedJobs(unmanaged));
  diagnostics.push(...idleReplacements(changes, opts.replace ?? []));
  const renameSources = new Set([...renamed.renames.values()].map((r) => r.from));
  const unrecorded = unrecordedJobs(
    desired,
    new Map([...liveByJob].filter(([name]) => !renameSources.has(name))),
    state.doc,
    changes
  );
  if (unrecorded) diagnostics.push(unrecorded);
  const namesakes = projectNamesakes(desired, changes, live2, state.doc);
  if (namesakes) diagnostics.push(namesakes);
  diagnostics.push(...lookalikeNamesakes(desired, changes, live2));
  const moved = planMoves(changes, desired.jobs, live2, state.doc, {
    ...opts.compiled?.allowVersionUpgrade ? { allowVersionUpgrade: true } : {},
    ...opts.explained ? { explained: opts.explained } : {}
  });
  const acrossReleases2 = new Set(
    [...opts.explained ?? []].filter(([, p]) => "acrossReleases" in p && p.acrossReleases).map(([j]) => j)
  );
  const acrossUnanswered = new Map(
    desired.environment.moveFrom?.sqlGatewayUrl ? [...opts.explained ?? []].flatMap(
      ([j, p]) => "unavailable" in p ? [[j, p.unavailable]] : []
    ) : []
  );
  changes.splice(0, changes.length, ...moved.changes);
  diagnostics.push(...moved.diags);
  dropDiagnostics(
    diagnostics,
    moved.changes.filter((c) => c.refused?.code === MOVE_CODES.recoverAcrossVersions).flatMap((c) => decidedDiags.get(c.job) ?? []).filter((d) => d.code === PLAN_CODES.noRestorePoint || d.code === PLAN_CODES.vanishedState)
  );
  const compiled = annotateCompiledPlans(changes, desired.jobs, state.doc, {
    ...live2.observed && live2.flinkVersion ? { liveVersion: live2.flinkVersion } : {},
    ...opts.compiled,
    ...acrossReleases2.size > 0 ? { acrossReleases: acrossReleases2 } : {},
    ...acrossUnanswered.size > 0 ? { acrossUnanswered } : {}
  });
  changes.splice(0, changes.length, ...compiled.changes);
  diagnostics.push(...compiled.diags);
  let scoped = changes;
  let targeting;
  if (opts.target) {
    ({ changes: scoped, targeting } = targetChanges(changes, opts.target));
    const inScope = new Set(scoped.map((c) => c.job));
    dropDiagnostics(
      diagnostics,
      compiled.diags.filter((d) => {
        const job = compiled.jobOf.get(d);
        return job !== void 0 && !inScope.has(job);
      })
    );
    const named2 = /* @__PURE__ */ new Set([
      ...inScope,
      ...scoped.flatMap((c) => c.renamedFrom ? [c.renamedFrom.job] : []),
      ...opts.target.jobs ?? []
    ]);
    dropDiagnostics(
      diagnostics,
      renamed.diags.filter((d) => !(renamed.jobsOf.get(d) ?? []).some((j) => named2.has(j)))
    );
    dropDiagnostics(
      diagnostics,
      [...decidedDiags].filter(([job]) => !inScope.has(job)).flatMap(([, diags]) => diags.filter((d) => OF_THE_START.has(d.code)))
    );
  }
  if (targeting) diagnostics.push(...topicsSplitByTarget(scoped, targeting, desired));
  const guarded2 = applyPolicy(scoped, desired, { allowDelete: opts.allowDelete });
  diagnostics.push(...guarded2.diags);
  const planned = guarded2.changes;
  diagnostics.push(...refuseOlderCheckout(planned, state.doc, live2, opts.outsideCheckout, opts.commit));
  diagnostics.push(...renames(planned, relations));
  const elsewhere = otherEnvironmentsCluster(desired, live2, planned) ?? otherEndpointRecoveries(desired, live2, state.doc, planned);
  if (elsewhere) diagnostics.push(elsewhere);
  const recorded = endpointsToRecord(live2, state.doc, planned);
  planned.splice(0, planned.length, ...recorded.changes);
  if (recorded.diag) diagnostics.push(recorded.diag);
  diagnostics.push(...leftSlots(planned, state.doc));
  diagnostics.push(...topicsLeftUnwritten(planned, desired, state.doc));
  for (const c of planned) {
    if (!stopsByCancel(c)) continue;
    diagnostics.push(
      warning(
        PLAN_CODES.stopByCancel,
        `job ${c.job} is ${c.liveState}: Flink takes no savepoint of it, so apply stops it by cancel`,
        "Its latest completed checkpoint is recorded first and is what it restores from (records after it are replayed from the sources). `flinkops apply --explain` shows the steps. To keep a savepoint instead, fix what makes it fail and plan again once it is RUNNING."
      )
    );
  }
  diagnostics.push(
    ...unrestorablePins(planned, desired, state.doc, live2.observed ? live2.flinkVersion : void 0)
  );
  diagnostics.push(...laterBuiltinCalls(planned, desired, live2, state.doc));
  diagnostics.push(...stateWithoutCheckpoints(planned, desired));
  const summary = summarize(planned);
  const affected = affectedOf(planned);
  const versionUpgrades = versionUpgradeSummaries(planned, desired.jobs);
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    project: desired.project,
    env: desired.env,
    ...opts.commit !== void 0 ? { commit: opts.commit } : {},
    offline: !live2.observed,
    stateVersion: state.version,
    liveFingerprint: live2.fingerprint,
    ...targeting ? { target: targeting } : {},
    changes: planned,
    summary,
    ...versionUpgrades ? { versionUpgrades } : {},
    affected,
    lineage: lineageOf(planned, relations, affected),
    diagnostics: sortDiagnostics(diagnostics)
  };
});
var idleReplacements = (function idleReplacements(changes, replace) {
  const out = [];
  for (const name of replace) {
    const c = changes.find((x) => x.job === name);
    if (!c || c.action === "upgrade") continue;
    out.push({
      code: PLAN_CODES.nothingToReplace,
      severity: "info",
      summary: `--replace ${name}: the job does not run, so there is nothing to restart`,
      detail: `Its plan is ${c.action === "none" ? "no change" : c.action} (${c.reason}). A job that runs restarts with the repository's script under --replace; this one ${c.action === "none" ? "stays as it is" : `gets the ${c.action} above`}.`
    });
  }
  return out;
});
var dropDiagnostics = (function dropDiagnostics(diagnostics, drop) {
  if (drop.length === 0) return;
  const gone = new Set(drop);
  const kept = diagnostics.filter((d) => !gone.has(d));
  diagnostics.splice(0, diagnostics.length, ...kept);
});

// src/plan/slots.ts
var heldSlots = (function heldSlots(job) {
  if (!job || job.previousCluster || job.state !== "RUNNING") return 0;
  if (job.vertices.some((v) => v.status === "CREATED" || v.status === "SCHEDULED")) return 0;
  return Math.max(0, ...job.vertices.map((v) => v.parallelism));
});
var neededSlots = (function neededSlots(parallelism3, job, desired) {
  let need = parallelism3;
  if (!job) return need;
  const pinned = (names, key) => {
    for (const name of names) {
      const v = Number(desired.tables.find((t) => t.name === name)?.options?.[key]);
      if (Number.isInteger(v) && v > need) need = v;
    }
  };
  pinned(job.sources, "scan.parallelism");
  pinned(job.sinks, "sink.parallelism");
  return need;
});
var NEEDS_LISTED = 8;
var listNeeds = (function listNeeds(starts) {
  const named2 = (list) => list.map((s) => `${s.change.job} ${s.need}${s.keeps ? ` (in place, beside the ${s.keeps} it holds)` : ""}`).join(", ");
  if (starts.length <= NEEDS_LISTED) return named2(starts);
  const bySize = /* @__PURE__ */ new Map();
  for (const s of starts) bySize.set(s.need, (bySize.get(s.need) ?? 0) + 1);
  const sizes = [...bySize].sort(([a], [b]) => b - a).map(([need, n]) => `${n} of ${need} slot${need === 1 ? "" : "s"}`).join(", ");
  return `${named2(starts.slice(0, NEEDS_LISTED))} and ${starts.length - NEEDS_LISTED} more (${starts.length} jobs: ${sizes})`;
});
var slotDiagnostics = (function slotDiagnostics(plan, desired, live2) {
  const slots = live2.slots;
  if (!live2.observed || !slots) return [];
  const byId = new Map(live2.jobs.map((j) => [j.jobId, j]));
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  let freed = 0;
  let later = 0;
  const stopped = [];
  const starts = [];
  const stop2 = (c) => {
    const held = heldSlots(c.liveJobId ? byId.get(c.liveJobId) : void 0);
    if (held === 0) return;
    freed += held;
    stopped.push(`${c.job} ${held}`);
  };
  const start = (c) => {
    const job = jobs.get(c.job);
    starts.push({ change: c, job, need: neededSlots(c.to.parallelism, job, desired) });
  };
  const inPlace = (c) => {
    const job = jobs.get(c.job);
    const held = heldSlots(c.liveJobId ? byId.get(c.liveJobId) : void 0);
    const need = neededSlots(c.to.parallelism, job, desired) - held;
    if (need > 0) starts.push({ change: c, job, need, keeps: held });
    else later -= need;
  };
  for (const c of plan.changes) {
    if (c.refused) continue;
    switch (c.action) {
      case "suspend":
      case "delete":
        stop2(c);
        break;
      // Stopped (or, in place, rescaled keeping its slots), then run at the new parallelism.
      case "upgrade":
        stop2(c);
        start(c);
        break;
      case "rescale":
        if (c.rescaleMode === "in-place") inPlace(c);
        else {
          stop2(c);
          start(c);
        }
        break;
      case "create":
      case "resume":
      case "recover":
        start(c);
        break;
      case "adopt":
      case "none":
        break;
    }
  }
  const supply = slots.taskManagers === 0 ? 0 : slots.slotsAvailable + freed;
  const demand = starts.reduce((n, s) => n + s.need, 0);
  if (starts.length === 0 || demand <= supply) return [];
  if (!live2.adaptiveScheduler) later = 0;
  const tms = `${slots.taskManagers} TaskManager${slots.taskManagers === 1 ? "" : "s"}`;
  const now = slots.taskManagers === 0 ? "The cluster has no TaskManager (no task slot)" : `The cluster has ${slots.slotsAvailable} of ${slots.slotsTotal} task slots free (${tms})`;
  const frees = (freed > 0 ? `, plus the ${freed} held by the jobs this plan stops or restarts (${stopped.join(", ")}): ${supply} for the jobs it starts` : "") + (later > 0 ? `; ${later} more come free a while after the jobs rescaled down in place have shrunk` : "");
  const needs = listNeeds(starts);
  const context = `${now}${frees}. The jobs this plan starts need ${demand}, each as many as its widest operator (Flink's default slot sharing): ${needs}` + (starts.length > 1 ? "; taken in that order (apply starts several jobs at once, so which of them gets the free slots first may differ)." : ".");
  const widest = starts.reduce((w, s) => s.need > w.need ? s : w);
  const settingOf = (s) => `${s.job?.yamlFile ?? `jobs/${s.change.job}.yaml`} (or environments.${plan.env}.jobs.${s.change.job}.parallelism)`;
  const out = [];
  let left = supply;
  for (const s of starts) {
    const got = Math.min(s.need, left);
    left -= got;
    if (got >= s.need) continue;
    const name = s.change.job;
    const keeps = s.keeps ?? 0;
    const late = keeps === 0 && got === 0 ? Math.min(s.need, later) : 0;
    later -= late;
    if (late >= s.need) continue;
    const fate = late > 0 ? `it waits in CREATED until the jobs rescaled down in place give back their slots (after slot.idle.timeout, 50 s by default), then Flink's adaptive scheduler runs it at parallelism ${late} of ${s.need} (FO724 after apply)` : keeps > 0 ? `it rescales in place, keeping the ${keeps} it holds: Flink's adaptive scheduler runs it at parallelism ${keeps + got} of ${keeps + s.need} (FO724 after apply)` : live2.adaptiveScheduler ? got > 0 ? `Flink's adaptive scheduler runs it at parallelism ${got} of ${s.need} (FO724 after apply)` : "it waits in CREATED, and Flink fails it once the adaptive scheduler's resource wait timeout (5 min by default) is over (NoResourceAvailableException)" : "Flink's default scheduler fails it (NoResourceAvailableException), at once or, running only the subtasks that got a slot meanwhile, after the slot request timeout (5 min by default)";
    const free = got === 0 ? "none will be free for it" : `only ${got} will be free for it`;
    const wants = keeps + s.need;
    const beyond = slots.taskManagers > 0 && wants > slots.slotsTotal;
    const what = beyond ? `needs ${wants} task slots, more than the cluster has in all (${slots.slotsTotal})` : `needs ${s.need}${keeps > 0 ? " more" : ""} task slot${s.need === 1 ? "" : "s"} and ${free}`;
    const fits = [];
    if (beyond) fits.push(`lower parallelism to ${slots.slotsTotal} or less in ${settingOf(s)}`);
    else if (wants > 1 || widest.need > s.need)
      fits.push(
        (wants > 1 ? `lower parallelism in ${settingOf(s)}` : "") + (widest === s || widest.need === s.need ? "" : `${wants > 1 ? ", or that" : "lower that"} of ${widest.change.job}, the widest, in ${settingOf(widest)}`)
      );
    fits.push("add TaskManagers or raise taskmanager.numberOfTaskSlots");
    if (!beyond) fits.push("suspend another job (state: suspended)");
    const toFit = fits.length === 1 ? fits[0] : `${fits.slice(0, -1).join(", ")}, or ${fits.at(-1)}`;
    out.push(
      warning(
        PLAN_CODES.slotsShort,
        `job ${name} ${what}: ${fate}`,
        `${context} To fit: ${toFit}.` + (beyond ? ` Suspending or deleting other jobs does not help: they cannot free more than the ${slots.slotsTotal} slots the cluster has.` : "") + " A warning, not an error: a cluster that adds TaskManagers on demand (an autoscaler) may have the slots by the time the jobs ask.",
        s.job ? fileRange(s.job.yamlFile ?? s.job.sqlFile) : void 0
      )
    );
  }
  return out;
});

// src/apply/job-run.ts
var OK = { ok: true };
var newJobRun = (function newJobRun(steps, change2, desired) {
  return {
    steps,
    change: change2,
    ...desired ? { desired } : {},
    // Steps that stop no live job (resume, recover) find the old version gone already.
    oldStopped: !steps.steps.some((s) => ACTS_ON_LIVE_JOB.has(s.kind)),
    touched: false,
    report: { job: change2.job, action: change2.action, outcome: "applied" },
    diags: []
  };
});

// src/apply/locked-session.ts
var releaseDiagnostics = (function releaseDiagnostics(e) {
  return e instanceof StateStoreError ? e.diagnostics : [
    error(
      APPLY_CODES.unlockFailed,
      `releasing the state lock failed: ${e instanceof Error ? e.message : String(e)}`,
      "Release it with --force-unlock."
    )
  ];
});
var withLockedSession = (async function withLockedSession(opts, empty, work) {
  const { store, clock, timing } = opts;
  const locked = await lockState(store, opts.owner, timing, clock, opts.onWait, opts.stop);
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
});

// src/apply/cancel-wait.ts
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
var RECANCEL_AFTER_MS = 5e3;
async function cancelAndWait(ctx, job, jobId) {
  guard(ctx.signal);
  const c = await ctx.client.cancelJob(jobId);
  if (!c.ok && c.error.status !== 404 && c.error.status !== 408) {
    if (c.error.kind === "http") return { ok: false, cause: c.error.message };
  }
  if (c.ok && (c.value === "already-terminal" || c.value === "not-found")) return { ok: true };
  let askedAt = ctx.clock.now();
  const o = await poll(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) return r.error.status === 404 ? { state: "completed", value: "gone" } : { state: "pending" };
      if (isLocallyTerminal(r.value.state)) return { state: "completed", value: r.value.state };
      if (r.value.state !== "CANCELLING" && ctx.clock.now() - askedAt >= RECANCEL_AFTER_MS) {
        askedAt = ctx.clock.now();
        const again = await ctx.client.cancelJob(jobId);
        if (again.ok && (again.value === "already-terminal" || again.value === "not-found"))
          return { state: "completed", value: again.value };
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

// src/apply/health.ts
var stoppable = (function stoppable(ctx) {
  return AbortSignal.any([ctx.signal, ctx.stop]);
});
function interrupted(ctx, jobId, what) {
  return ctx.stop.aborted ? {
    ok: false,
    cause: `apply was interrupted before ${what} of job ${jobId} finished`,
    interrupted: true
  } : void 0;
}
var recordedCause = (async function recordedCause(ctx, jobId) {
  const r = await ctx.client.getExceptions(jobId, 10);
  if (!r.ok) return void 0;
  const entry = r.value.rootCause ?? r.value.history[0];
  return entry ? failureCause(entry.causes ?? []) ?? entry.message : void 0;
});
var rootCause = (async function rootCause(ctx, jobId) {
  const recorded = await recordedCause(ctx, jobId);
  if (recorded) return recorded;
  const f = await ctx.client.getFailureCause?.(jobId);
  return f?.ok ? f.value?.message : void 0;
});
var settledCause = (async function settledCause(ctx, jobId) {
  for (let attempt = 0; ; attempt++) {
    const cause = await rootCause(ctx, jobId);
    if (cause || attempt >= CAUSE_RETRIES) return cause;
    await ctx.clock.sleep(CAUSE_RETRY_MS, ctx.signal);
  }
});
var leftRunning = (async function leftRunning(ctx, jobId, job, since) {
  if (job.state !== "RUNNING") {
    const cause = await settledCause(ctx, jobId);
    return { state: "failed", cause: `job ${jobId} went ${job.state}${cause ? `: ${cause}` : ""}` };
  }
  const ex = await ctx.client.getExceptions(jobId, 10);
  const fresh = ex.ok ? ex.value.history.find((e) => (e.timestamp ?? Number.POSITIVE_INFINITY) >= since) : void 0;
  return fresh ? {
    state: "failed",
    cause: `job ${jobId} restarted: ${failureCause(fresh.causes ?? []) ?? fresh.message}`
  } : void 0;
});
var CAUSE_RETRIES = 3;
var CAUSE_RETRY_MS = 1e3;
var readJob2 = (async function readJob2(ctx, jobId) {
  const r = await ctx.client.getJob(jobId);
  if (r.ok) return { value: r.value };
  return {
    step: r.error.status === 404 ? { state: "failed", cause: `job ${jobId} is not known to the cluster` } : { state: "pending", progress: r.error.message }
  };
});
var awaitRunning = (async function awaitRunning(ctx, job, jobId) {
  const o = await poll(
    async () => {
      const r = await readJob2(ctx, jobId);
      if ("step" in r) return r.step;
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
      const short = await slotShortage2(ctx, r.value);
      const waits = short ? `, waiting for task slots: ${short.text}` : "";
      return { state: "pending", progress: `${waitingIn(r.value)}${waits}` };
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
      return { ok: false, cause: await startTimeoutCause(ctx, jobId, o) };
  }
});
var awaitFinished = (async function awaitFinished(ctx, job, jobId) {
  const budget = ctx.timing.batchTimeoutMs ?? DEFAULT_TIMING.batchTimeoutMs;
  const o = await poll(
    async () => {
      const r = await readJob2(ctx, jobId);
      if ("step" in r) return r.step;
      const s = r.value.state;
      if (s === "FINISHED") {
        const t = r.value.timestamps;
        return {
          state: "completed",
          value: { start: t.RUNNING ?? t.INITIALIZING ?? t.CREATED, end: t.FINISHED ?? ctx.clock.now() }
        };
      }
      if (isLocallyTerminal(s)) {
        const cause = await rootCause(ctx, jobId);
        return { state: "failed", cause: `job ${jobId} is ${s}${cause ? `: ${cause}` : ""}` };
      }
      return { state: "pending", progress: s };
    },
    {
      ...pollOptions(ctx, job, `batch job ${jobId} to finish`, budget),
      signal: stoppable(ctx),
      what: `run of batch job ${jobId}`
    }
  );
  guard(ctx.signal);
  if (o.state === "aborted")
    return interrupted(ctx, jobId, "the batch run") ?? { ok: false, cause: "aborted" };
  switch (o.state) {
    case "completed":
      return {
        ok: true,
        runningSince: o.value.start ?? o.value.end,
        finishedAt: o.value.end
      };
    case "failed":
      return { ok: false, cause: o.cause };
    default:
      return {
        ok: false,
        cause: `${describeTimeout(o)}${o.lastProgress ? `; it was still ${o.lastProgress}` : ""}`,
        timedOut: true
      };
  }
});
var startTimeoutCause = (async function startTimeoutCause(ctx, jobId, o) {
  const timedOut = `${describeTimeout(o)}${o.lastProgress ? `; it was still ${o.lastProgress}` : ""}`;
  const r = await ctx.client.getJob(jobId);
  if (!r.ok) return timedOut;
  const s = r.value.state;
  if (isLocallyTerminal(s) || s === "FAILING" || s === "RESTARTING") {
    const cause = await rootCause(ctx, jobId);
    return cause ? `job ${jobId} is ${s}: ${cause}` : timedOut;
  }
  const short = await slotShortage2(ctx, r.value);
  if (!short) return timedOut;
  const lower = short.needed > 1 && short.free > 0 ? `, lower this job's parallelism (${short.needed})` : "";
  return `${describeTimeout(o)}; it was still ${waitingIn(r.value)}: it waits for task slots, and the cluster has ${short.text}. Stop or suspend another job${lower}, or add TaskManagers (or raise taskmanager.numberOfTaskSlots)`;
});
var waitingIn = (function waitingIn(job) {
  const v = job.vertices.find(
    (x) => x.status !== void 0 && x.status !== "RUNNING" && x.status !== "FINISHED"
  );
  return job.state === "RUNNING" && v ? `${v.name}: ${v.status}` : job.state;
});
var slotShortage2 = (async function slotShortage2(ctx, job) {
  const waiting = job.vertices.filter((v) => v.status === "CREATED" || v.status === "SCHEDULED");
  if (job.state !== "CREATED" && !(job.state === "RUNNING" && waiting.length > 0)) return void 0;
  const slots = await ctx.client.getClusterOverview?.();
  if (!slots?.ok) return void 0;
  const needed = Math.max(1, ...job.vertices.map((v) => v.parallelism));
  const { slotsAvailable, slotsTotal, taskManagers } = slots.value;
  if (slotsAvailable >= needed) return void 0;
  const tms = `${taskManagers} TaskManager${taskManagers === 1 ? "" : "s"}`;
  return {
    text: `${slotsAvailable} of ${slotsTotal} free (${tms}) where the job needs ${needed}`,
    needed,
    free: slotsAvailable
  };
});

// src/apply/kafka-send-wait.ts
var KAFKA_DEFAULT_MAX_BLOCK_MS = 6e4;
var KAFKA_SEND_MARGIN_MS = 15e3;
var KAFKA_SEND_WAIT_CAP_MS = 10 * 6e4;
var MAX_BLOCK = "properties.max.block.ms";
var DEFAULT_KAFKA_SEND_WAIT = {
  ms: KAFKA_DEFAULT_MAX_BLOCK_MS + KAFKA_SEND_MARGIN_MS,
  decidedBy: "the Kafka producer's default max.block.ms (60 s)"
};
var seconds = (function seconds(ms) {
  return `${Math.round(ms / 100) / 10} s`;
});
var blockMs = (function blockMs(value) {
  const v = value.trim();
  return /^\d{1,19}$/.test(v) ? Number(v) : void 0;
});
var kafkaSendWait = (function kafkaSendWait(statements) {
  const tables = /* @__PURE__ */ new Map();
  for (const st of statements) if (st.table) tables.set(st.table.name.name, st.table.options);
  let best;
  const seen = /* @__PURE__ */ new Set();
  const sinks = /* @__PURE__ */ new Set();
  for (const st of statements) {
    for (const w of st.writes) {
      const options = { ...tables.get(w.name) ?? {}, ...w.options ?? {} };
      const connector = options.connector?.trim().toLowerCase();
      if (connector === void 0 || !KAFKA_CONNECTORS.has(connector)) continue;
      const key = `${w.name}\0${JSON.stringify(w.options ?? {})}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sinks.add(w.name);
      const raw = options[MAX_BLOCK];
      const ms = raw === void 0 ? void 0 : blockMs(raw);
      const candidate = ms === void 0 ? {
        ms: KAFKA_DEFAULT_MAX_BLOCK_MS,
        decidedBy: `the Kafka producer's default max.block.ms (60 s) of sink table \`${w.name}\`${raw === void 0 ? "" : ` (its ${MAX_BLOCK} '${raw}' is not a number of milliseconds)`}`
      } : { ms, decidedBy: `${MAX_BLOCK} = ${raw.trim()} (${seconds(ms)}) of sink table \`${w.name}\`` };
      if (!best || candidate.ms > best.ms) best = candidate;
    }
  }
  if (!best) return DEFAULT_KAFKA_SEND_WAIT;
  if (best.ms > KAFKA_SEND_WAIT_CAP_MS)
    return {
      ms: KAFKA_SEND_WAIT_CAP_MS + KAFKA_SEND_MARGIN_MS,
      decidedBy: `${best.decidedBy}, bounded at ${seconds(KAFKA_SEND_WAIT_CAP_MS)}`,
      sinks: [...sinks]
    };
  return { ms: best.ms + KAFKA_SEND_MARGIN_MS, decidedBy: best.decidedBy, sinks: [...sinks] };
});

// src/apply/kafka-sink-watch.ts
var KAFKA_WRITER = /^(.+__Writer)\.KafkaProducer\.record-send-total$/;
var kafkaWriters = (async function kafkaWriters(ctx, jobId) {
  const out = { silent: [], sending: 0 };
  const { listVertexMetrics: list, getVertexMetrics: get } = ctx.client;
  if (!list || !get) return out;
  const job = await ctx.client.getJob(jobId);
  if (!job.ok) return out;
  for (const v of job.value.vertices.filter((x) => x.name.includes("Writer"))) {
    const names = await list.call(ctx.client, jobId, v.id);
    if (!names.ok) continue;
    for (const n of names.value) {
      const writer = KAFKA_WRITER.exec(n)?.[1];
      if (!writer) continue;
      const m = await get.call(ctx.client, jobId, v.id, [
        `${writer}.numRecordsIn`,
        `${writer}.numRecordsSend`
      ]);
      if (!m.ok) continue;
      const sum = (id) => m.value.find((x) => x.id === id)?.sum;
      const taken = sum(`${writer}.numRecordsIn`);
      const sent = sum(`${writer}.numRecordsSend`);
      if (sent !== void 0 && sent > 0) out.sending++;
      else if (taken !== void 0 && taken > 0 && sent === 0)
        out.silent.push(writer.slice(0, -"__Writer".length));
    }
  }
  return out;
});
var KAFKA_METRICS_SETTLE_MS = 15e3;
var kafkaSinkWaits = (async function kafkaSinkWaits(ctx, job, jobId, since, kafka, checkStart) {
  const settleEnd = checkStart + KAFKA_METRICS_SETTLE_MS;
  const expected = kafka.sinks?.length ?? 0;
  let w = await kafkaWriters(ctx, jobId);
  const settled = () => ctx.clock.now() >= settleEnd || w.sending >= expected;
  if (w.silent.length === 0 && settled()) return void 0;
  let silentSince = w.silent.length > 0 ? ctx.clock.now() : void 0;
  let silent = w.silent;
  const what = `first send of the Kafka sinks of job ${jobId}`;
  const o = await poll(
    async () => {
      const r = await ctx.client.getJob(jobId);
      if (!r.ok) return { state: "pending", progress: r.error.message };
      const left = await leftRunning(ctx, jobId, r.value, since);
      if (left) return left;
      w = await kafkaWriters(ctx, jobId);
      if (w.silent.length === 0) {
        silentSince = void 0;
        if (settled()) return { state: "completed", value: true };
        return { state: "pending", progress: "waiting for the Kafka sinks to report their first records" };
      }
      silent = w.silent;
      silentSince ??= ctx.clock.now();
      if (ctx.clock.now() - silentSince >= kafka.ms) return { state: "failed", cause: silentCause() };
      return {
        state: "pending",
        progress: `Kafka sink ${silent.join(", ")} has sent no record yet; watched up to ${Math.round(kafka.ms / 1e3)} s (${kafka.decidedBy})`
      };
    },
    {
      ...pollOptions(ctx, job, what, Math.max(0, settleEnd - ctx.clock.now()) + kafka.ms),
      signal: stoppable(ctx),
      what
    }
  );
  function silentCause() {
    return `the Kafka sink ${silent.join(", ")} of job ${jobId} took records in and sent none in ${Math.round((ctx.clock.now() - since) / 1e3)} s (watched ${Math.round(kafka.ms / 1e3)} s: ${kafka.decidedBy}, plus ${Math.round(KAFKA_SEND_MARGIN_MS / 1e3)} s): its producer waits for the topic's metadata, so the topic does not exist (and the brokers create none) or the brokers are not reachable from the TaskManagers. Create the topic, or correct \`topic\` and \`properties.bootstrap.servers\``;
  }
  guard(ctx.signal);
  if (o.state === "aborted")
    return interrupted(ctx, jobId, "the health check") ?? { ok: false, cause: "aborted" };
  if (o.state === "completed") return void 0;
  if (o.state === "failed") return { ok: false, cause: o.cause };
  return silent.length > 0 ? { ok: false, cause: silentCause() } : void 0;
});

// src/apply/health-grace.ts
var checkpointingOn2 = (function checkpointingOn2(config) {
  const v = config["execution.checkpointing.interval"]?.trim();
  return v !== void 0 && v !== "" && !/^(0|-1)(\s*[a-z]*)?$/i.test(v);
});
var checkpointing = (async function checkpointing(ctx, jobId, config) {
  if (checkpointingOn2(config)) return true;
  const r = await ctx.client.getCheckpointConfig?.(jobId);
  return r?.ok === true && r.value.intervalMs !== void 0;
});
var TASKS_SLACK_MS = 3e4;
var healthGrace = (async function healthGrace(ctx, job, jobId, since, config, kafka = DEFAULT_KAFKA_SEND_WAIT) {
  const checkpoints = await checkpointing(ctx, jobId, config);
  const needCheckpoint = checkpoints && ctx.timing.checkpointWaitMs > 0;
  const checkStart = ctx.clock.now();
  const graceEnd = checkStart + ctx.timing.graceMs;
  const budget = Math.max(0, graceEnd - ctx.clock.now()) + (needCheckpoint ? ctx.timing.checkpointWaitMs : TASKS_SLACK_MS);
  let unread;
  const o = await poll(
    async () => {
      const r = await ctx.client.getJob(jobId);
      unread = r.ok ? void 0 : r.error.message;
      if (!r.ok) return { state: "pending", progress: r.error.message };
      const left = await leftRunning(ctx, jobId, r.value, since);
      if (left) return left;
      if (ctx.clock.now() < graceEnd) return { state: "pending", progress: "grace period" };
      if (!needCheckpoint) {
        const idle = r.value.vertices.find(
          (v) => v.status !== void 0 && v.status !== "RUNNING" && v.status !== "FINISHED"
        );
        if (idle)
          return { state: "pending", progress: `tasks not all running (${idle.name}: ${idle.status})` };
        return { state: "completed", value: true };
      }
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
      return await kafkaSinkWaits(ctx, job, jobId, since, kafka, checkStart) ?? (checkpoints ? { ok: true, runningSince: since } : { ok: true, runningSince: since, withoutCheckpoints: true });
    case "failed":
      return { ok: false, cause: o.cause };
    default:
      if (unread !== void 0)
        return {
          ok: false,
          unknown: true,
          cause: `the JobManager did not answer about job ${jobId} when its ${Math.round(budget / 1e3)} s health check ended, so its health is unknown: ${unread}`
        };
      return {
        ok: false,
        cause: needCheckpoint ? `job ${jobId} completed no checkpoint within ${Math.round(budget / 1e3)} s` : `${describeTimeout(o)}${o.lastProgress ? `; ${o.lastProgress}` : ""}`
      };
  }
});

// src/flink/compiled-plan.ts
var PLAN_READ_TABLE = "flinkops_plan_file";
var planFileUri = (function planFileUri(planDir, project, env, job, key) {
  return `${planDir.replace(/\/+$/, "")}/${project}/${env}/${job}/${key}.json`;
});
var literal = (function literal(s) {
  return `'${s.replaceAll("'", "''")}'`;
});
var compileTarget = (function compileTarget(submitText) {
  const t = submitText.trim().replace(/;\s*$/, "");
  return /^EXECUTE\s+STATEMENT\s+SET\b/i.test(t) ? t.replace(/^EXECUTE\s+/i, "") : t;
});
var compilePlanStatement = (function compilePlanStatement(path, submitText) {
  return `COMPILE PLAN ${literal(path)} IF NOT EXISTS FOR ${compileTarget(submitText)}`;
});
var executePlanStatement = (function executePlanStatement(path) {
  return `EXECUTE PLAN ${literal(path)}`;
});
var planReadStatements = (function planReadStatements(path) {
  return {
    setup: [
      `CREATE TEMPORARY TABLE \`${PLAN_READ_TABLE}\` (\`line\` STRING, \`size\` BIGINT METADATA FROM 'file.size' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = ${literal(path)}, 'format' = 'raw')`,
      "SET 'execution.runtime-mode' = 'batch'",
      // In the gateway's JVM: the file as the gateway sees it, no slot, no job on the cluster.
      "SET 'execution.target' = 'local'",
      // The local cluster would otherwise try the session cluster's REST port.
      "SET 'rest.bind-port' = '0'",
      "SET 'rest.port' = '0'",
      "SET 'parallelism.default' = '1'"
    ],
    query: `SELECT \`line\`, \`size\` FROM \`${PLAN_READ_TABLE}\``
  };
});
var planFromRows = (function planFromRows(rows) {
  if (rows.length === 0) return "the plan file is empty or missing";
  const lines = rows.map((r) => typeof r[0] === "string" ? r[0] : "");
  const size = Number(rows[0][1]);
  let json = lines.join("\n");
  const bytes = Buffer.byteLength(json, "utf8");
  if (bytes + 1 === size) json += "\n";
  else if (bytes !== size) {
    if (lines.length > 1 && lines.every((l) => l === lines[0]))
      return `read ${bytes} bytes back, the file has ${size}: every line read back is \`${lines[0]}\`, as Flink 1.18's raw format reads a file (planMode: compiled needs Flink 1.19 or later)`;
    return `read ${bytes} bytes back, the file has ${size}`;
  }
  return { json, sha256: sha256(json) };
});
var readError = (function readError(call, message) {
  return { kind: "protocol", service: "gateway", call, message, causes: [] };
});
var readBack = /* @__PURE__ */ new WeakMap();
var readPlanFile = (async function readPlanFile(client, path, opts = {}) {
  const known = readBack.get(client)?.get(path);
  if (known) return ok(known);
  const read = await readPlanFileOnce(client, path, opts);
  if (read.ok) {
    const files = readBack.get(client) ?? /* @__PURE__ */ new Map();
    readBack.set(client, files.set(path, read.value));
  }
  return read;
});
var readPlanFileOnce = (async function readPlanFileOnce(client, path, opts) {
  const opened = await client.openSession({ sessionName: "flinkops-plan-read" });
  if (!opened.ok) return opened;
  const sh = opened.value;
  try {
    const read = planReadStatements(path);
    for (const st of read.setup) {
      const r2 = await client.runStatement(sh, st, { timeoutMs: opts.timeoutMs ?? 6e4 });
      if (!r2.ok) return r2;
    }
    const r = await client.runStatement(sh, read.query, { timeoutMs: opts.timeoutMs ?? 12e4 });
    if (!r.ok) return r;
    const plan = planFromRows(r.value.rows);
    if (typeof plan === "string") {
      return { ok: false, error: readError("read compiled plan", `${path}: ${plan}`) };
    }
    return ok(plan);
  } finally {
    await client.closeSession(sh);
  }
});

// src/apply/restore-advice.ts
var restoreFix = (function restoreFix(job, cause) {
  const settings = `jobs/${job}.yaml`;
  const gone = missingRestorePoint(cause);
  if (gone !== void 0)
    return `Flink cannot find the savepoint or checkpoint it was to restore, ${gone}: it was deleted, or the path is mistyped. To start from another one, set restoreFrom: <path> in ${settings} (flinkops savepoints list ${job} lists the recorded ones; a retained checkpoint is a \u2026/chk-N folder); to start without state, upgradeMode: stateless.`;
  if (/does not support enforcing a full snapshot/.test(cause))
    return `The job runs the changelog state backend, which cannot take the full first checkpoint that a restore in NO_CLAIM mode requires: its tasks fail at every checkpoint after the restore. flinkops restores in LEGACY mode (the savepoint is kept, no full checkpoint forced) only the jobs whose own config sets state.changelog.enabled: true: where the cluster's configuration turns it on, set it in ${settings} (or defaults.config) too so flinkops sees it, or set it to false to restore without the changelog (a canonical savepoint restores either way), and apply again.`;
  if (/Cannot map checkpoint\/savepoint state/.test(cause))
    return `The new query's operators do not match the state in the savepoint. To drop the state that no longer maps, set allowNonRestoredState: true in ${settings}; to start without state, upgradeMode: stateless.`;
  const keyGroups = /maximum parallelism \((\d+)\) of the restored state is lower than the configured parallelism \((\d+)\)/.exec(
    cause
  );
  if (keyGroups)
    return `The savepoint's state was written under max parallelism ${keyGroups[1]}, and Flink restores it into at most that many subtasks, not ${keyGroups[2]}. Lower parallelism to ${keyGroups[1]} or below in ${settings} (or the environment's override); to start without state, upgradeMode: stateless.`;
  if (/StateMigrationException|Failed to rollback to checkpoint\/savepoint|incompatible serializer|Could not restore keyed state backend/i.test(
    cause
  ))
    return `The job's operators cannot read the state it restored (Flink cannot migrate it to the new shape). To start without state, set upgradeMode: stateless in ${settings}; to start from another savepoint, restoreFrom: <path> (flinkops savepoints list ${job}).`;
  return void 0;
});

// src/apply/submit.ts
var MAX_ATTEMPTS = 6;
var SETUP_ATTEMPTS = 8;
var SETUP_TRIES = 4;
var CREATE_TEMPORARY2 = /^\s*CREATE\s+TEMPORARY\s/i;
var setUp = (async function setUp(ctx, text, run) {
  let r = await run();
  for (let n = 1; n < SETUP_TRIES && !r.ok && isTransient(r.error); n++) {
    await ctx.clock.sleep(retryPause(n), ctx.signal);
    guard(ctx.signal);
    const again = await run();
    const made = !again.ok && CREATE_TEMPORARY2.test(text) && /already exists/i.test(errorText(again.error));
    r = made ? ok(void 0) : again;
  }
  return r;
});
var errorText = (function errorText(e) {
  return [e.message, ...e.causes].join("\n");
});
var retryPause = (function retryPause(n) {
  const step = Math.min(8e3, 500 * 2 ** (n - 1));
  return Math.round(step / 2 + Math.random() * (step / 2));
});
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
var changelogEnabled = (function changelogEnabled(config) {
  return config["state.changelog.enabled"]?.trim().toLowerCase() === "true";
});
var formatLabels = (function formatLabels(labels) {
  const quoted = (s, delimiter) => s.includes(delimiter) || s.includes("'") || s.includes('"') || s !== s.trim() || s === "" ? `'${s.replaceAll("'", "''")}'` : s;
  return Object.entries(labels).map(([k, v]) => quoted(`${quoted(k, ":")}:${quoted(v, ":")}`, ",")).join(",");
});
var parseMapOption = (function parseMapOption(text) {
  let s = text.trim();
  if (s.startsWith("{") && s.endsWith("}")) s = s.slice(1, -1);
  const out = {};
  for (const entry of splitQuoted(s, ",")) {
    if (entry.trim() === "") continue;
    const parts = splitQuoted(entry, ":");
    if (parts.length < 2) continue;
    const key = unquote2(parts[0]);
    out[key] = unquote2(parts.slice(1).join(":"));
  }
  return out;
});
var splitQuoted = (function splitQuoted(s, delimiter) {
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
});
var unquote2 = (function unquote2(part) {
  const t = part.trim();
  const q = t[0];
  if ((q === "'" || q === '"') && t.length >= 2 && t.endsWith(q)) return t.slice(1, -1).replaceAll(q + q, q);
  return t;
});
var labelsFor = (function labelsFor(project, env, job, specHash, commit) {
  return {
    [LABEL_KEYS.specHash]: specHash,
    [LABEL_KEYS.commit]: commit,
    [LABEL_KEYS.project]: project,
    [LABEL_KEYS.env]: env,
    [LABEL_KEYS.job]: job
  };
});
var secretValuesOf = (function secretValuesOf(script, source) {
  const out = [];
  for (const m of script.matchAll(/(?<!\$)\$\{secret\.([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
    const name = m[1];
    const v = typeof source === "function" ? source(name) : Object.hasOwn(source, name) ? source[name] : void 0;
    if (v) out.push(v);
  }
  return out;
});
var prepare = (function prepare(req, secrets) {
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
  const own = req.sourceRanges ?? [];
  const firstOwn = analysis.statements.length - own.length;
  for (const [i, st] of analysis.statements.entries()) {
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
        const body = set.map((i2) => `  ${i2};`).join("\n");
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
    const range3 = i >= firstOwn ? own[i - firstOwn] : void 0;
    statements.push({
      text: resolved(st.text),
      kind: st.kind,
      submits: SUBMITTING.has(st.kind),
      ...range3 ? { range: range3 } : {}
    });
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
        "A job script must end with INSERT INTO \u2026 or EXECUTE STATEMENT SET; run flinkops validate."
      )
    );
  }
  return { config, statements, diags };
});
var findRunning = (async function findRunning(ctx, pipelineName2, specHash, known) {
  let unread;
  for (let attempt = 0; attempt < 10; attempt++) {
    const listed = await ctx.client.listJobs();
    if (!listed.ok) {
      await ctx.clock.sleep(1e3, ctx.signal);
      continue;
    }
    const candidates = listed.value.filter((j) => j.name === pipelineName2 && !isLocallyTerminal(j.state)).sort((a, b) => b.startTime - a.startTime);
    let unreadable = false;
    unread = void 0;
    for (const c of candidates) {
      const cfg = await ctx.client.getJobConfig(c.id);
      const hash = cfg.ok ? cfg.value.userConfig?.[LABEL_KEYS.specHash] : void 0;
      if (hash === specHash) return c.id;
      if (hash === void 0) {
        unreadable = true;
        if (known && !known.has(c.id)) unread ??= c.id;
      }
    }
    if (!unreadable) return void 0;
    await ctx.clock.sleep(1e3, ctx.signal);
  }
  return unread;
});
var jobsNamed = (async function jobsNamed(ctx, pipelineName2) {
  const listed = await ctx.client.listJobs();
  return listed.ok ? new Set(listed.value.filter((j) => j.name === pipelineName2).map((j) => j.id)) : void 0;
});
var SUBMIT_SETTLE_MS = 5e3;
var findSubmitted = (async function findSubmitted(ctx, pipelineName2, specHash, known) {
  const now = await findRunning(ctx, pipelineName2, specHash, known);
  if (now) return now;
  await ctx.clock.sleep(SUBMIT_SETTLE_MS, ctx.signal);
  return findRunning(ctx, pipelineName2, specHash, known);
});
var failed = (function failed(ctx, req, e, what, range3) {
  const d = flinkDiagnostic(e, `submitting job ${req.job}: ${what}`);
  const at2 = range3 && refusedAt(e, range3);
  if (at2) d.range = at2;
  const fix = restoreFix(req.job, e.message) ?? unreachableFix(e);
  if (fix) d.detail = [fix, ...d.detail.split("\n").slice(1)].join("\n");
  return {
    ok: false,
    diag: {
      ...d,
      code: APPLY_CODES.submitFailed,
      summary: mask(ctx, d.summary),
      detail: mask(ctx, d.detail)
    }
  };
});
var unreachableFix = (function unreachableFix(e) {
  const chain = [e.message, ...e.causes].join("\n");
  const jdbc = /Failed connecting to (\S+) via JDBC/.exec(chain)?.[1];
  const down = /connection attempt failed|Connection refused|Connection timed out|SocketTimeoutException|UnknownHostException|Communications link failure/i.test(
    chain
  );
  if (!jdbc && !down) return void 0;
  return `The SQL Gateway could not connect to ${jdbc ?? "a system the statement needs (a database, a broker)"}, so the statement failed, not its SQL. Check that it is up and reachable from the SQL Gateway (and the URL and credentials the statement gives), then apply again.`;
});
var refusedAt = (function refusedAt(e, range3) {
  const m = flinkPosition(e);
  if (!m) return void 0;
  const at2 = positionIn(range3.start, m);
  return { file: range3.file, start: at2, end: at2 };
});
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
var submitJob = (async function submitJob(ctx, req) {
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
    const mode = changelogEnabled(prepared.config) ? "LEGACY" : "NO_CLAIM";
    for (const k of CLAIM_MODE_KEYS) restore[k] = mode;
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
  const known = await jobsNamed(ctx, req.pipelineName);
  let submits = 0;
  let setups = 0;
  while (submits < MAX_ATTEMPTS && setups < SETUP_ATTEMPTS) {
    if (submits + setups > 0) await ctx.clock.sleep(retryPause(submits + setups), ctx.signal);
    guard(ctx.signal);
    const opened = await ctx.client.openSession({ sessionName: `flinkops-${req.job}` });
    if (!opened.ok) {
      last = failed(ctx, req, opened.error, "opening a gateway session");
      if (!isTransient(opened.error)) return last;
      setups++;
      continue;
    }
    const sh = opened.value;
    let unclear = false;
    try {
      const session = (caps.executionConfigRestores ? [] : Object.entries(restore).map(([k, v]) => `SET ${quoteString(k)} = ${quoteString(v)}`)).map((text) => ({ text, kind: "set", submits: false }));
      const submitAt = prepared.statements.findIndex((s) => s.submits);
      const at2 = submitAt < 0 ? prepared.statements.length : submitAt;
      let startOver = false;
      for (const st of [...prepared.statements.slice(0, at2), ...session, ...prepared.statements.slice(at2)]) {
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
          const found = await findRunning(ctx, req.pipelineName, req.specHash, known);
          return found ? { ok: true, jobId: found, adoptedExisting: true } : last;
        }
        guard(ctx.signal);
        last = failed(ctx, req, r.error, `${st.kind} statement`, st.range);
        if (!isTransient(r.error)) return last;
        if (st.submits) unclear = true;
        else setups++;
        startOver = true;
        break;
      }
      if (!startOver) break;
    } finally {
      await ctx.client.closeSession(sh);
    }
    if (unclear) {
      const found = await findSubmitted(ctx, req.pipelineName, req.specHash, known);
      if (found) return { ok: true, jobId: found, adoptedExisting: true };
      submits++;
    }
  }
  return last ?? failed(
    ctx,
    req,
    { kind: "protocol", service: "gateway", call: "submit", message: "gave up", causes: [] },
    "submission"
  );
});

// src/apply/rollback.ts
var recordFailed = (async function recordFailed(ctx, run, cause) {
  const job = run.change.job;
  await ctx.store.update(
    job,
    `apply: ${run.change.action} of ${job} failed`,
    (d) => appendHistory(setStatus(clearPending(d, job), job, "failed"), job, {
      time: iso(ctx.clock),
      action: `${run.change.action}-failed`,
      ...run.newJobId ? { jobId: run.newJobId } : {},
      detail: mask(ctx, cause)
    })
  );
});
var recordRestoreGone = (async function recordRestoreGone(ctx, run, cause) {
  const job = run.change.job;
  if (missingRestorePoint(cause) === void 0) return;
  await ctx.store.update(
    job,
    `apply: ${run.change.action} of ${job} failed`,
    (d) => appendHistory(d, job, {
      time: iso(ctx.clock),
      action: `${run.change.action}-failed`,
      detail: mask(ctx, cause)
    })
  );
});
var rollbackMaxParallelism = (async function rollbackMaxParallelism(ctx, run, restore, recorded) {
  if (typeof recorded !== "number") return void 0;
  const from = sameSavepointPath(restore, run.savepoint?.path) ? run.savepoint?.jobId : sameSavepointPath(restore, run.checkpoint) ? run.change.liveJobId : void 0;
  if (!from) return recorded;
  const details = await ctx.client.getJob(from);
  if (!details.ok) return recorded;
  const values = new Set(details.value.vertices.map((v) => v.maxParallelism).filter((m) => m > 1));
  return values.size === 1 ? [...values][0] : recorded;
});
var rollback = (async function rollback(ctx, run, cause) {
  const job = run.change.job;
  ctx.emit({ type: "rollback-started", job, reason: mask(ctx, cause) });
  const target = run.previous;
  const back = run.change.move && ctx.previous ? { ...ctx, client: ctx.previous } : ctx;
  const restore = run.savepoint?.path ?? run.checkpoint ?? await ownSavepoint(back, run) ?? run.restoredFrom;
  const failed3 = run.change.to?.specHash;
  if (target?.script.trim() && failed3 !== void 0 && failed3 !== target.specHash && !run.change.move)
    await ctx.store.update(
      job,
      `apply: rolling back ${job}`,
      (d) => setPending(d, job, {
        kind: "rollback",
        ...run.newJobId ? { jobId: run.newJobId } : {},
        specHash: target.specHash,
        failedSpecHash: failed3,
        ...restore ? { savepoint: restore } : {},
        cause: mask(ctx, cause),
        startedAt: iso(ctx.clock)
      })
    );
  if (run.newJobId) {
    const refused = await cancelFailing(ctx, job, run.newJobId, "new job");
    if (refused) {
      await recordFailed(ctx, run, refused.cause);
      return refused;
    }
  }
  return restorePrevious(back, ctx, run, cause, restore);
});
var cancelFailing = (async function cancelFailing(ctx, job, jobId, what) {
  const c = await cancelAndWait(ctx, job, jobId);
  if (c.ok) return void 0;
  const why = `could not cancel the ${what} ${jobId}: ${c.cause}`;
  return {
    ok: false,
    cause: why,
    diag: error(
      APPLY_CODES.rollbackFailed,
      `rollback of job ${job} failed: ${why}`,
      "Cancel it in the Flink UI, then apply again."
    )
  };
});
var finishRollback2 = (async function finishRollback2(ctx, run) {
  const job = run.change.job;
  const rec = ctx.store.record(job);
  const p = rec?.pending;
  if (p?.kind !== "rollback")
    return {
      ok: false,
      cause: "no rollback is under way",
      diag: error(APPLY_CODES.planMismatch, `job ${job} has no rollback under way`, "Run plan again.")
    };
  const target = [rec?.lastStable, rec?.current].find((v) => v?.specHash === p.specHash);
  if (target) run.previous = target;
  else delete run.previous;
  ctx.emit({ type: "rollback-started", job, reason: p.cause });
  if (p.jobId) {
    const refused = await cancelFailing(ctx, job, p.jobId, "failed job");
    if (refused) return refused;
  }
  const c = run.change;
  const restarted = c.liveJobId !== void 0 && c.liveJobId !== p.jobId && c.liveState !== void 0 && !isTerminal(c.liveState) ? c.liveJobId : void 0;
  const r = await restorePrevious(ctx, ctx, run, p.cause, p.savepoint, p.jobId, restarted);
  if (!r.ok) return r;
  run.report.outcome = "rolled-back";
  run.report.error = p.cause;
  if (p.savepoint) run.report.savepoint = p.savepoint;
  run.diags.push(
    error(
      APPLY_CODES.rolledBack,
      `job ${job} was rolled back to its last stable version: the rollback an earlier apply started (${p.startedAt}) is finished`,
      `The new version failed (${p.cause}); ${restarted ? `that apply started the previous version again (job ${restarted}${p.savepoint ? `, from ${p.savepoint}` : ""}) and stopped before it recorded it: it is recorded now` : `that apply stopped before the previous version ran again. It runs again now${p.savepoint ? ` from ${p.savepoint}` : ", started without state"}`}. Fix the job and apply again: until the job changes in the repository, plans hold this change rather than try it again (--replace ${job} tries it again as it is).`
    )
  );
  return r;
});
var restorePrevious = (async function restorePrevious(back, ctx, run, cause, restore, failedJobId, restarted) {
  const job = run.change.job;
  const target = run.previous;
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
  const maxParallelism = await rollbackMaxParallelism(back, run, restore, target.settings?.maxParallelism);
  const specHash = (jarRebuilt(run.change.causes) || pythonFileChanged(run.change.causes)) && run.change.to ? run.change.to.specHash : target.specHash;
  const sub = restarted ? { ok: true, jobId: restarted } : await submitJob(back, {
    job,
    pipelineName: run.change.pipelineName,
    script: target.script,
    specHash,
    commit: target.commit ?? "unknown",
    parallelism: target.parallelism,
    ...maxParallelism !== void 0 ? { maxParallelism } : {},
    ...restore ? { restorePath: restore } : {},
    allowNonRestoredState: target.settings?.allowNonRestoredState === true,
    ...ctx.desired.environment.savepointDir ? { savepointDir: ctx.desired.environment.savepointDir } : {},
    ...target.plan ? { plan: { path: target.plan.path, sha256: target.plan.sha256 } } : {}
  });
  if (!sub.ok) {
    await recordFailed(ctx, run, `${cause}; rollback submission failed: ${sub.diag.summary}`);
    return {
      ok: false,
      cause: sub.diag.summary,
      diag: {
        ...sub.diag,
        code: APPLY_CODES.rollbackFailed,
        summary: `rollback of job ${job} failed: ${sub.diag.summary}`,
        detail: `Nothing runs for this job now. ${restore ? `Its state is in ${restore}; the next apply restarts it from there. ` : ""}${sub.diag.detail}`
      }
    };
  }
  const jobId = sub.jobId;
  const { restoredFrom: _restoredFrom, startedWithoutState: _startedWithoutState, ...kept } = target;
  const restored = {
    ...kept,
    specHash,
    jobId,
    deployedAt: iso(ctx.clock),
    ...restore ? { restoredFrom: restore } : { startedWithoutState: true },
    ...await clusterVersion(back.client),
    ...endpointOf(back.client)
  };
  const rejected = rolledBackChange(ctx, run, cause, failedJobId);
  await ctx.store.update(
    job,
    `apply: roll back ${job}`,
    (d) => appendHistory(
      setCurrent(clearPending(rejected ? setRolledBack(d, job, rejected) : d, job), job, restored, "running"),
      job,
      {
        time: iso(ctx.clock),
        action: "rollback",
        jobId,
        ...restore ? { savepoint: restore } : {},
        ...target.commit ? { commit: target.commit } : {},
        detail: mask(ctx, `to spec ${target.specHash.slice(0, 12)}: ${cause}`)
      }
    )
  );
  run.report.newJobId = jobId;
  if (restore) run.rolledBackFrom = restore;
  const running = await awaitRunning(back, job, jobId);
  const statements = running.ok ? analyzeScript(target.script, "script.sql").statements : [];
  const healthy = running.ok ? await healthGrace(
    back,
    job,
    jobId,
    running.runningSince,
    scriptSettings(statements),
    kafkaSendWait(statements)
  ) : running;
  if (!healthy.ok && "interrupted" in healthy && healthy.interrupted) {
    return {
      ok: false,
      cause: healthy.cause,
      interrupted: true,
      diag: warning(
        APPLY_CODES.interrupted,
        `job ${job} was rolled back to its last stable version (job ${jobId}), but apply was interrupted before its health check finished`,
        "The previous version runs again. The next plan says its health check is unfinished (FO619), and apply finishes it."
      )
    };
  }
  if (!healthy.ok) {
    await recordFailed(ctx, run, `rollback unhealthy: ${healthy.cause}`);
    if (rejected) await ctx.store.update(job, `apply: ${job} not held`, (d) => clearRolledBack(d, job));
    return {
      ok: false,
      cause: healthy.cause,
      diag: error(
        APPLY_CODES.rollbackFailed,
        `rollback of job ${job} failed: ${mask(ctx, healthy.cause)}`,
        jarRebuilt(run.change.causes) ? `The change was a new build of a UDF jar under the same URI, and the previous version loads the jar from that URI too: the rollback ran the new build, so the cause is likely that build. Put the previous build back at the jar's URI (and its sha256 in the repository) and apply again, or fix the UDF and publish the fix; publish each build under a URI of its own (acme-udfs-1.0.1.jar) so that a rollback loads the old one.` : pythonFileChanged(run.change.causes) ? `The change was an edit of a Python file the job ships (${run.change.causes.find((c) => c.kind === "udf").path}), and the previous version reads the same file: the rollback ran the edited code, so the cause is likely that edit. Fix the function (or put its previous code back) and apply again; to keep a version that can be rolled back to, ship each version of the code under a folder of its own (file:///udfs/1.1/my_udfs.py: the module keeps its name).` : "Neither the new nor the previous version runs healthily, so the cause is likely outside the change (a credential, a database or broker, the cluster). Check the job in the Flink UI and the cluster log, fix the cause and apply again: the next plan tries the change again."
      )
    };
  }
  await ctx.store.update(job, `apply: ${job} rolled back`, (d) => markStable(d, job));
  return { ok: true };
});
var rolledBackChange = (function rolledBackChange(ctx, run, cause, failedJobId = run.newJobId) {
  const to = run.change.to;
  const settings = run.desired?.settings;
  if (!to || !settings) return void 0;
  return {
    specHash: to.specHash,
    parallelism: to.parallelism,
    upgradeMode: settings.upgradeMode,
    allowNonRestoredState: settings.allowNonRestoredState,
    time: iso(ctx.clock),
    ...failedJobId ? { jobId: failedJobId } : {},
    cause: mask(ctx, cause)
  };
});
var ownSavepoint = (async function ownSavepoint(ctx, run) {
  const spec = run.previous?.specHash;
  if (spec === void 0 || run.change.action !== "resume" && run.change.action !== "recover")
    return void 0;
  const here = (await clusterVersion(ctx.client)).flinkVersion;
  let newest;
  for (const sp of ctx.store.record(run.change.job)?.savepoints ?? [])
    if (sp.specHash === spec && !sp.disposed && !writtenByNewerMajor(sp, here) && (!newest || sp.time >= newest.time))
      newest = sp;
  return newest?.path;
});

// src/apply/savepoint.ts
var EXPIRED = /expired before completing/i;
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
function fail(ctx, code2, t, cause, detail, outcome = "failed") {
  const c = mask(ctx, cause);
  return {
    ok: false,
    cause: c,
    diag: error(code2, `savepoint of job ${t.job} (${t.jobId}) ${outcome}: ${c}`, detail)
  };
}
async function record(ctx, t, path, triggerId) {
  const time = iso(ctx.clock);
  try {
    await writeCompleted(ctx, t, path, triggerId, time);
  } catch (e) {
    if (!(e instanceof StateStoreError)) throw e;
    const d = e.diagnostic;
    const now = t.mode === "trigger" ? `Job ${t.jobId} keeps running.` : `Job ${t.jobId} was stopped by it: nothing of ${t.job} runs now.`;
    throw new StateStoreError(
      {
        ...d,
        summary: `savepoint of job ${t.job} completed at ${path}, but ${d.summary}`,
        detail: `${now} Keep this path: once the store is writable, apply again (it looks for this savepoint while the JobManager still knows job ${t.jobId}), or restore from it with restoreFrom: ${path} in jobs/${t.job}.yaml. ${d.detail}`
      },
      e.diagnostics.length > 1 ? e.diagnostics : void 0
    );
  }
}
async function writeCompleted(ctx, t, path, triggerId, time) {
  const version = await clusterVersion(ctx.client);
  await ctx.store.update(t.job, `${prefix(t)}: savepoint of ${t.job} completed`, (d) => {
    const next = recordSavepoint(d, t.job, {
      path,
      time,
      triggerId,
      jobId: t.jobId,
      specHash: t.specHash,
      kind: t.kind,
      ...version
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
  await ctx.store.update(t.job, `${prefix(t)}: ${what}`, (d) => setPending(d, t.job, pending));
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
      ...pollOptions(ctx, t.job, `savepoint of job ${t.jobId}`, ctx.timing.savepointTimeoutMs),
      unreachableMs: ctx.timing.unreachableMs
    });
    guard(ctx.signal);
    if (o.state === "completed") {
      await record(ctx, t, o.value, trigger);
      return { ok: true, path: o.value, triggerId: trigger };
    }
    if (o.state === "timeout") {
      const last = o.lastProgress && o.lastProgress !== "IN_PROGRESS" ? `; the last check: ${o.lastProgress}` : "";
      return fail(
        ctx,
        APPLY_CODES.savepointTimeout,
        t,
        `${describeTimeout(o)}${last}`,
        "It may still complete: it is recorded as pending in the state store, and the next apply, flinkops savepoint or savepoints run looks for its outcome before doing anything else (a completed one is recorded then). Check the JobManager log for slow or stuck checkpoints.",
        "is still in progress"
      );
    }
    if (o.state === "aborted") throw ctx.signal.reason ?? new Error("aborted");
    if (o.cause.kind === "unreachable") {
      return fail(
        ctx,
        APPLY_CODES.savepointTimeout,
        t,
        `the JobManager has not answered for ${Math.round(o.cause.forMs / 1e3)} s (${o.cause.error.message}); savepoint ${trigger} of job ${t.jobId} may still complete`,
        `${t.mode === "trigger" ? "" : `Should the stop complete, nothing of ${t.job} runs until the next apply starts it from that savepoint. `}Check that the JobManager runs and that the environment's jobmanagerUrl reaches it. The savepoint is recorded as pending in the state store: once the JobManager answers, the next apply looks for its outcome before doing anything else, so no savepoint is lost. A JobManager restarted without high availability has lost its jobs: plan then shows them to be recovered.`,
        "is unknown"
      );
    }
    const created = o.cause.kind === "failed" ? createdSavepoint(o.cause.message, o.cause.causes) : void 0;
    if (created && t.mode !== "trigger") {
      await record(ctx, t, created, trigger);
      return { ok: true, path: created, triggerId: trigger, failedWhileStopping: true };
    }
    if (o.cause.kind === "failed") {
      await ctx.store.update(
        t.job,
        `${prefix(t)}: savepoint of ${t.job} failed`,
        (d) => appendHistory(clearPending(d, t.job), t.job, {
          time: iso(ctx.clock),
          action: "savepoint-failed",
          jobId: t.jobId,
          detail: mask(ctx, o.cause.kind === "failed" ? o.cause.message : "failed")
        })
      );
      const now = await ctx.client.getJob(t.jobId);
      const ended = now.ok && isLocallyTerminal(now.value.state) ? now.value.state : void 0;
      return fail(
        ctx,
        APPLY_CODES.savepointFailed,
        t,
        o.cause.message,
        ended ? `Job ${t.jobId} is ${ended} now: it ended while the savepoint was pending (cancelled or stopped by hand or by another apply, or it failed), so no savepoint was recorded and nothing else was changed. Plan again: it shows how the job is started again.` : (t.mode === "trigger" ? "The job keeps running; no savepoint was recorded. " : "The job keeps running its current version; nothing else was changed. ") + (EXPIRED.test(o.cause.message) ? "The savepoint took longer than the job's execution.checkpointing.timeout (Flink's default: 10 min): raise it in the job's config (above the time a savepoint of its state takes), then run again." : `Fix the cause (see the JobManager log) and ${t.mode === "trigger" ? "run" : "apply"} again.`)
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
var RESTORING = /* @__PURE__ */ new Set(["DEPLOYING", "INITIALIZING"]);
async function awaitRestoredTasks(ctx, t) {
  const restoringIn = (j) => j.state === "RUNNING" ? j.vertices.find((v) => v.status !== void 0 && RESTORING.has(v.status)) : void 0;
  const restoring = async () => {
    const r = await ctx.client.getJob(t.jobId);
    return r.ok ? restoringIn(r.value) : void 0;
  };
  if (!(t.seen ? restoringIn(t.seen) : await restoring())) return;
  await poll(
    async () => {
      const v = await restoring();
      return v ? { state: "pending", progress: `${v.name}: ${v.status}` } : { state: "completed", value: true };
    },
    {
      ...pollOptions(
        ctx,
        t.job,
        `the tasks of job ${t.jobId} to restore their state`,
        ctx.timing.startTimeoutMs
      ),
      what: `the restore of job ${t.jobId}'s tasks`
    }
  );
  guard(ctx.signal);
}
async function stopWithSavepoint(ctx, t) {
  await awaitRestoredTasks(ctx, t);
  const triggerId = newTriggerId();
  const startedAt = await writePending(ctx, t, triggerId);
  guard(ctx.signal);
  const r = await triggerCall(ctx, t, triggerId);
  guard(ctx.signal);
  if (!r.ok && r.error.kind === "http" && (r.error.status ?? 500) < 500) {
    const what = t.mode === "trigger" ? "savepoint" : "stop";
    await ctx.store.update(t.job, `${prefix(t)}: ${what} of ${t.job} refused`, (d) => clearPending(d, t.job));
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
var resolvePendingSavepoint = (async function resolvePendingSavepoint(ctx, t, pending) {
  if (pending.kind !== "savepoint" && pending.kind !== "stop-with-savepoint") return void 0;
  const startedAt = Date.parse(pending.startedAt);
  const o = await follow(ctx, t, pending.triggerId, Number.isNaN(startedAt) ? 0 : startedAt, false);
  return o;
});

// src/apply/step-util.ts
function specHashOfLive(ctx, run) {
  return run.change.from?.specHash ?? ctx.store.record(run.change.job)?.current?.specHash ?? "unknown";
}
function failure(code2, summary, detail, cause = summary) {
  return { ok: false, cause, diag: error(code2, summary, detail) };
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
var history = (function history(ctx, _run, action, extra = {}) {
  const e = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== void 0));
  return { time: iso(ctx.clock), action, commit: ctx.commit, ...e };
});
var health = (async function health(ctx, run, which) {
  const job = run.change.job;
  const id = run.newJobId;
  if (!id) return OK;
  if (which === "finished") return batchRun2(ctx, run, job, id);
  const h = which === "running" ? await awaitRunning(ctx, job, id) : await healthGrace(
    ctx,
    job,
    id,
    run.runningSince ?? ctx.clock.now(),
    scriptSettings(run.desired?.statements ?? []),
    kafkaSendWait(run.desired?.statements ?? [])
  );
  if (h.ok) {
    run.runningSince = h.runningSince;
    if (which === "grace") {
      if ("withoutCheckpoints" in h && ctx.timing.checkpointWaitMs > 0)
        run.diags.push({
          code: APPLY_CODES.healthWithoutCheckpoints,
          severity: "info",
          summary: `job ${job} checkpoints nothing: judged healthy on its tasks running through the ${Math.round(ctx.timing.graceMs / 1e3)} s grace period without a restart`,
          detail: "With checkpointing on, apply also waits for a completed checkpoint, which proves that every task runs and its state can be saved. Without it, a failure after the grace period restarts the job without its state, and an upgrade can only restore a savepoint. Set execution.checkpointing.interval in its config (a stateless job may do without; a longer --health-grace watches it longer)."
        });
      await warnIfBelowParallelism(ctx, run, id);
      await sayOtherInstances(ctx, run, id);
    }
    return OK;
  }
  if (h.interrupted)
    return interruptedWait(
      h.cause,
      `the health check of job ${job} (${id}) was not finished: apply was interrupted`,
      `${which === "running" ? "The new job was submitted but had not reached RUNNING (it may wait for task slots)" : "The new job runs but is not yet known to be healthy"}${// A new job (create) has no previous version to go back to.
      ctx.store.record(job)?.lastStable ? "; the previous version stays the rollback target" : ""}. Run flinkops plan: it shows the check as unfinished, and apply finishes it.`
    );
  if (h.unknown) {
    return {
      ok: false,
      unverified: true,
      cause: mask(ctx, h.cause),
      diag: error(
        APPLY_CODES.unhealthy,
        `the health of job ${job} (${id}) could not be read: the JobManager did not answer`,
        "The new job was left running, not rolled back: a rollback needs the JobManager too, and the job may well be healthy. The previous version stays the rollback target. Once the JobManager answers, run flinkops plan (it shows the health check unfinished, FO619); apply finishes it, and rolls back if the job is not healthy."
      )
    };
  }
  const cause = mask(ctx, h.cause);
  return failure(
    APPLY_CODES.unhealthy,
    `job ${job} did not become healthy: ${cause}`,
    unhealthyFix(
      job,
      cause,
      run.desired ? scriptRuntimeMode(run.desired.statements) : void 0,
      run.desired?.settings.parallelism ?? run.change.to?.parallelism
    ),
    cause
  );
});
var interruptedWait = (function interruptedWait(cause, summary, detail) {
  return { ok: false, interrupted: true, cause, diag: warning(APPLY_CODES.interrupted, summary, detail) };
});
var batchRun2 = (async function batchRun2(ctx, run, job, id) {
  const h = await awaitFinished(ctx, job, id);
  if (h.ok) {
    run.runningSince = h.runningSince;
    if (h.finishedAt !== void 0) run.finishedAt = h.finishedAt;
    return OK;
  }
  if (h.interrupted)
    return interruptedWait(
      h.cause,
      `apply was interrupted before batch job ${job} (${id}) finished`,
      `The batch job runs on in Flink. Run flinkops status to see whether it finished; flinkops plan counts a FINISHED run of the repository's version as done.`
    );
  const cancelled = h.timedOut ? await cancelAndWait(ctx, job, id) : void 0;
  const cause = mask(
    ctx,
    `${h.cause}${cancelled && !cancelled.ok ? `; the cancel failed: ${cancelled.cause}` : ""}`
  );
  return failure(
    APPLY_CODES.unhealthy,
    `batch job ${job} did not finish: ${cause}`,
    /^job \S+ is (FAILED|CANCELED)$/.test(cause) ? "See the exception in the Flink UI (Exceptions tab) and the task manager logs." : cancelled ? `${cancelled.ok ? "It was still running when the wait ended and is cancelled." : "It was still running when the wait ended, and could not be cancelled: cancel it in the Flink UI."} Give a longer run more time with apply --batch-timeout (default 2h).` : `Flink's exception says why. Fix the query or its data, then apply again: a failed batch run is run again by the next apply (plan: recover).`,
    cause
  );
});
var unhealthyFix = (function unhealthyFix(job, cause, mode, parallelism3) {
  const restore = restoreFix(job, cause);
  if (restore) return restore;
  if (/NoResourceAvailableException|Could not acquire the minimum required resources|Slot request bulk is not fulfillable|: it waits for task slots, /.test(
    cause
  )) {
    const needed = Number(/where the job needs (\d+)/.exec(cause)?.[1] ?? parallelism3 ?? Number.NaN);
    const free = /the cluster has (\d+) of \d+ free/.exec(cause)?.[1];
    if (needed === 1 || free === "0")
      return `The cluster had no free task slot for the job${needed === 1 ? ", which needs one (parallelism 1: there is nothing to lower)" : ""}. Free slots (stop or suspend another job; flinkops status shows what runs), or add TaskManagers or raise taskmanager.numberOfTaskSlots, then apply again.`;
    return `The cluster had too few free task slots for the job. Free some (flinkops status shows what runs), add TaskManagers, or lower its parallelism${needed > 1 ? ` (${needed})` : ""}, then apply again.`;
  }
  if (/^job \S+ (is|went) FINISHED$/.test(cause)) {
    const bounded = `The job ended by itself, without an error: every table it reads is bounded (a jdbc table or a JDBC catalog's table scanned rather than joined FOR SYSTEM_TIME AS OF, a filesystem table without source.monitor-interval, datagen with number-of-rows), and the job runs in streaming mode, where flinkops expects it to keep running.`;
    const otherwise = `Otherwise read an unbounded source (kafka, ...) in jobs/${job}.sql.`;
    if (mode !== void 0 && mode !== "batch")
      return `${bounded} Its script sets execution.runtime-mode to '${mode}' last, and the last one counts (a SET line in jobs/${job}.sql comes after the config: settings). For a job meant to run once to its end, make that last one batch (remove or change that SET line, or set execution.runtime-mode: batch in jobs/${job}.yaml's config): its FINISHED run is then its success. ${otherwise}`;
    return `${bounded} For a job meant to run once to its end, set execution.runtime-mode: batch (config in jobs/${job}.yaml, or SET 'execution.runtime-mode' = 'batch'; in jobs/${job}.sql): its FINISHED run is then its success. ${otherwise}`;
  }
  return "See the exception in the Flink UI (Exceptions tab) and the task manager logs.";
});
var warnIfBelowParallelism = (async function warnIfBelowParallelism(ctx, run, jobId) {
  if (!(await ctx.client.capabilities()).adaptiveScheduler) return;
  const [details, req] = await Promise.all([
    ctx.client.getJob(jobId),
    ctx.client.getResourceRequirements(jobId)
  ]);
  if (!details.ok || !req.ok) return;
  const vertices = details.value.vertices.map((v) => ({
    parallelism: v.parallelism,
    upperBound: req.value[v.id]?.upperBound ?? 0
  }));
  const meant = Math.max(0, ...vertices.map((v) => v.upperBound));
  const running = runningBelow(vertices, meant);
  if (running === void 0) return;
  run.diags.push(belowParallelism2(run.change.job, running, meant, "started"));
});
var belowParallelism2 = (function belowParallelism2(job, running, meant, how) {
  return warning(
    APPLY_CODES.belowParallelism,
    `job ${job} runs at parallelism ${running} of ${meant}: the cluster had too few free task slots`,
    `Flink's adaptive scheduler ${how} it with the slots it found and scales it up to ${meant} when more free up. Add TaskManagers or slots, or stop a job that holds them; flinkops status shows it as ${running} of ${meant} until then.`
  );
});
var sayOtherInstances = (async function sayOtherInstances(ctx, run, jobId) {
  const name = run.desired?.pipelineName ?? run.change.pipelineName;
  const listed = await ctx.client.listJobs();
  if (!listed.ok) return;
  const others = listed.value.filter((j) => j.name === name && j.id !== jobId && !isLocallyTerminal(j.state));
  if (others.length === 0) return;
  const shown = others.map((j) => `${j.id} (${j.state})`).join(", ");
  run.diags.push(
    error(
      APPLY_CODES.otherInstance,
      `job ${run.change.job} runs more than once: ${name} ${others.length === 1 ? "job" : "jobs"} ${shown} ${others.length === 1 ? "runs" : "run"} beside job ${jobId}, which this apply started`,
      "Another apply with another state store (a second clone or machine with its own .flinkops/, another repository deploying this project), or a submission by hand, started it while this apply ran: both write the same sinks. Stop all but one (with a savepoint: POST /jobs/<job id>/stop, or in the Flink UI), then plan again (until then plans report FO610). Point every apply of this environment at one state store (the Action's state branch, or one --state-file on a shared disk): its lock lets only one apply at a time."
    )
  );
});

// src/apply/step-checkpoint.ts
async function latestCheckpoint(ctx, run, jobId, orRestored = false, orSavepoint = false, settle = false) {
  let cp = await ctx.client.getCheckpoints(jobId);
  for (let waited = 0; settle && cp.ok && emptyStats(cp.value) && waited < SETTLE_MS; waited += SETTLE_STEP_MS) {
    await ctx.clock.sleep(SETTLE_STEP_MS, ctx.signal);
    cp = await ctx.client.getCheckpoints(jobId);
  }
  for (let waited = 0; cp.ok && cp.value.latestCompleted?.discarded && waited < STALE_MS; waited += STALE_STEP_MS) {
    await ctx.clock.sleep(STALE_STEP_MS, ctx.signal);
    cp = await ctx.client.getCheckpoints(jobId);
  }
  if (!cp.ok && cp.error.status === 404 && /Checkpointing has not been enabled/.test(cp.error.message))
    return void 0;
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
  const latest2 = cp.value.latestCompleted;
  const from = orRestored ? startedFrom(cp.value) : void 0;
  if (from) return { path: from, restored: true };
  const sp = orSavepoint ? cp.value.latestSavepoint : void 0;
  const usable = latest2?.externalPath && !latest2.discarded ? latest2 : void 0;
  const point = sp?.externalPath && (!usable || (sp.timestamp ?? 0) >= (usable.timestamp ?? 0)) ? sp : usable;
  if (!point?.externalPath) return void 0;
  return { path: point.externalPath, ...point.timestamp ? { timestamp: point.timestamp } : {} };
}
var SETTLE_MS = 12e3;
var SETTLE_STEP_MS = 1e3;
var STALE_MS = 6e3;
var STALE_STEP_MS = 500;
function emptyStats(s) {
  return s.counts.total === 0 && s.counts.restored === 0 && !s.latestCompleted && !s.latestRestored;
}
function startedFrom(stats) {
  return stats.latestCompleted === void 0 ? stats.latestRestored?.externalPath : void 0;
}
async function record2(ctx, run, jobId, cp, kind) {
  const job = run.change.job;
  const time = cp.timestamp !== void 0 ? new Date(cp.timestamp).toISOString() : iso(ctx.clock);
  const version = cp.restored ? {} : await clusterVersion(ctx.client);
  await ctx.store.update(
    job,
    `apply: ${job}: checkpoint to restore from recorded`,
    (d) => recordSavepoint(d, job, {
      path: cp.path,
      time,
      triggerId: "",
      jobId,
      specHash: specHashOfLive(ctx, run),
      kind,
      ...version
    })
  );
}
async function checkpointsSurviveCancel(ctx, jobId) {
  const r = await ctx.client.getCheckpointConfig?.(jobId);
  const retention = r?.ok ? r.value.retention : void 0;
  return retention === void 0 ? void 0 : retention === "on-cancellation";
}
var RETAIN_ON_CANCEL = "execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION in the job's config (or the cluster's)";
var readCheckpoint = (async function readCheckpoint(ctx, run, s) {
  if (await checkpointsSurviveCancel(ctx, s.jobId) === false) {
    return failure(
      APPLY_CODES.noCheckpoint,
      `job ${run.change.job} cannot be upgraded last-state: Flink deletes its checkpoints when it is cancelled`,
      `Nothing was changed. A last-state upgrade cancels the job and restores from its latest checkpoint, which Flink keeps only with ${RETAIN_ON_CANCEL}; it applies from the job's next start. Or use upgradeMode: savepoint.`
    );
  }
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
});
function cancelRestorePoint(ctx, run, jobId) {
  return latestCheckpoint(ctx, run, jobId, true, false, true);
}
async function keepRestorePoint(ctx, run, jobId, point, kind) {
  run.checkpoint = point.path;
  await record2(ctx, run, jobId, point, kind);
}
async function refreshCheckpoint(ctx, run, jobId, kind = "upgrade") {
  const cp = await latestCheckpoint(ctx, run, jobId);
  if (!cp || sameSavepointPath(cp.path, run.checkpoint)) return;
  run.checkpoint = cp.path;
  await record2(ctx, run, jobId, cp, kind);
}
var keepEndedJobCheckpoint = (async function keepEndedJobCheckpoint(ctx, run, status) {
  const jobId = run.change.liveJobId;
  if (run.savepoint || !jobId) return;
  const cp = await latestCheckpoint(ctx, run, jobId, false, true);
  if (cp) await record2(ctx, run, jobId, cp, status === "suspended" ? "suspend" : "delete");
});

// src/apply/step-rescale.ts
var failed2 = (async function failed2(ctx, job, r) {
  await ctx.store.update(job, `apply: rescale of ${job} failed`, (d) => clearPending(d, job));
  return r;
});
var rescaleInPlace = (async function rescaleInPlace(ctx, run, s) {
  const job = run.change.job;
  await ctx.store.update(
    job,
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
  run.boundsBefore = current.value;
  const put = await ctx.client.putResourceRequirements(s.jobId, next);
  if (!put.ok) {
    return failed2(
      ctx,
      job,
      failure(
        APPLY_CODES.rescaleFailed,
        `in-place rescale of job ${job} ${unanswered(put.error) ? "failed" : "refused"}: ${put.error.message}`,
        unanswered(put.error) ? "The JobManager, or a proxy in front of it, did not answer the new resource requirements; run plan again (it shows the parallelism the job has), then apply." : "The cluster needs jobmanager.scheduler: adaptive (Flink 1.18+). Set rescale through a savepoint restart instead."
      )
    );
  }
  return OK;
});
var rescaledRequirements = (function rescaledRequirements(vertices, current, from, to) {
  const next = {};
  for (const v of vertices) {
    const have = current[v.id] ?? { lowerBound: 1, upperBound: v.parallelism };
    const atJobParallelism = have.upperBound === from || current[v.id] === void 0 && v.parallelism === from;
    const max = v.maxParallelism > 0 ? v.maxParallelism : to;
    next[v.id] = atJobParallelism ? { lowerBound: 1, upperBound: Math.min(to, max) } : have;
  }
  for (const id of Object.keys(current)) next[id] ??= current[id];
  return next;
});
var boundsBack = (async function boundsBack(ctx, job, jobId, before) {
  const o = await poll(
    async () => {
      const back = await ctx.client.putResourceRequirements(jobId, before);
      if (back.ok) return { state: "completed", value: true };
      if (/in progress/i.test(back.error.message)) return { state: "pending", progress: back.error.message };
      return { state: "failed", cause: back.error.message };
    },
    { ...pollOptions(ctx, job, `bounds of job ${jobId}`, 6e4), what: `the old bounds of job ${jobId}` }
  );
  if (o.state === "completed") return "; its upper bounds are back at what they were";
  return `; putting its upper bounds back failed too: ${o.state === "failed" ? o.cause : "still refused after 60 s"}`;
});
var BELOW_SETTLE_MS = 6e4;
var awaitParallelism = (async function awaitParallelism(ctx, run, s) {
  let below;
  let belowSince = ctx.clock.now();
  const started = ctx.clock.now();
  let restarted = false;
  const settleMs = Math.min(BELOW_SETTLE_MS, ctx.timing.rescaleTimeoutMs / 2);
  const o = await poll(
    async () => {
      const [r, req] = await Promise.all([
        ctx.client.getJob(s.jobId),
        ctx.client.getResourceRequirements(s.jobId)
      ]);
      if (!r.ok) return { state: "pending", progress: r.error.message };
      if (!req.ok) return { state: "pending", progress: req.error.message };
      if (isTerminal(r.value.state)) return { state: "failed", cause: `job went ${r.value.state}` };
      const done = r.value.vertices.every((v) => {
        const upper = req.value[v.id]?.upperBound;
        return upper === void 0 || v.parallelism === upper;
      });
      if (r.value.state !== "RUNNING") {
        const ex = await ctx.client.getExceptions(s.jobId, 10);
        const fresh = ex.ok ? ex.value.history.find((e) => (e.timestamp ?? Number.POSITIVE_INFINITY) >= started) : void 0;
        if (!fresh) return { state: "pending", progress: r.value.state };
        restarted = true;
        return { state: "failed", cause: `it restarts at the new parallelism: ${fresh.message}` };
      }
      if (done) return { state: "completed", value: "done" };
      const bounded = r.value.vertices.map((v) => ({
        parallelism: v.parallelism,
        upperBound: req.value[v.id]?.upperBound ?? v.parallelism
      }));
      const now = bounded.every((v) => v.parallelism <= v.upperBound) ? runningBelow(bounded, s.parallelism) : void 0;
      if (now !== below) {
        below = now;
        belowSince = ctx.clock.now();
      }
      if (below !== void 0 && ctx.clock.now() - belowSince >= settleMs) {
        const slots = await ctx.client.getClusterOverview?.();
        if (slots?.ok && slots.value.slotsAvailable === 0)
          return { state: "completed", value: "short-of-slots" };
      }
      return { state: "pending", progress: r.value.state };
    },
    {
      ...pollOptions(ctx, run.change.job, `rescale of job ${s.jobId}`, ctx.timing.rescaleTimeoutMs),
      what: `rescale of job ${s.jobId}`
    }
  );
  guard(ctx.signal);
  const job = run.change.job;
  let why = o.state === "failed" ? o.cause : `not at parallelism ${s.parallelism} in time`;
  if (o.state === "completed") {
    const h = await healthGrace(
      ctx,
      job,
      s.jobId,
      started,
      scriptSettings(run.desired?.statements ?? []),
      kafkaSendWait(run.desired?.statements ?? [])
    );
    if (h.ok || h.interrupted || h.unknown) {
      if (o.value === "short-of-slots" && below !== void 0)
        run.diags.push(belowParallelism2(job, below, s.parallelism, "rescaled"));
      return OK;
    }
    why = `the job does not stay healthy at parallelism ${s.parallelism}: ${h.cause}`;
  }
  const unhealthy = restarted || o.state === "completed";
  if (o.state !== "failed" || restarted) {
    if (below !== void 0) why += ` (it runs at parallelism ${below} of ${s.parallelism})`;
    if (run.boundsBefore !== void 0) why += await boundsBack(ctx, job, s.jobId, run.boundsBefore);
  }
  return failed2(
    ctx,
    job,
    failure(
      APPLY_CODES.rescaleFailed,
      `in-place rescale of job ${job} failed: ${why}`,
      unhealthy ? `Some operator of the job cannot be rescaled in place (see the cause in the Flink UI's Exceptions tab): restart the job at the new parallelism from a savepoint with apply --replace ${job}.` : "Check the job in the Flink UI (free task slots: flinkops status); apply again."
    )
  );
});

// src/apply/step-stop.ts
async function unsavepointable(ctx, run, jobId, seen) {
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
  seen?.(r.value);
  const s = r.value.state;
  return s === "RUNNING" || isLocallyTerminal(s) ? void 0 : s;
}
var NOT_RUNNING = /Not all required tasks are currently running/i;
var WAITING = /* @__PURE__ */ new Set(["CREATED", "INITIALIZING"]);
async function stopByCancel(ctx, run, s, state, savepointCause) {
  const job = run.change.job;
  const after = savepointCause ? ` after its savepoint failed (${savepointCause})` : "";
  const unchanged = savepointCause ? "Nothing was changed. A job that restarts after a failed savepoint usually comes back by itself (Flink restarts it once the TaskManagers are back): apply again once it is RUNNING. If it keeps restarting:" : "Nothing was changed; the job keeps restarting.";
  const stateless = run.change.action === "upgrade" && run.change.strategy === "stateless";
  const restarts = (s.savepointKind === "upgrade" || s.savepointKind === "rescale") && !stateless;
  const pinned = restarts ? run.change.restoreFrom : void 0;
  const survives = stateless ? void 0 : await checkpointsSurviveCancel(ctx, s.jobId);
  const point = stateless ? void 0 : await cancelRestorePoint(ctx, run, s.jobId);
  const restartedBySavepoint = savepointCause !== void 0 && !NOT_RUNNING.test(savepointCause);
  const suspendAfterFailure = restartedBySavepoint && s.savepointKind === "suspend";
  const keepsState = restarts || suspendAfterFailure;
  const fix = suspendAfterFailure ? "fix what makes it fail (a RUNNING job stops with a savepoint), then apply again." : `To replace it without state, set upgradeMode: stateless in jobs/${job}.yaml; or set restoreFrom: <path> to a savepoint of it, or fix what makes it fail (a RUNNING job stops with a savepoint), then apply again.`;
  if (survives === false && keepsState && !pinned && !point?.restored) {
    return failure(
      APPLY_CODES.noCheckpoint,
      `job ${job} is ${state}${after}: no savepoint possible, and cancelling it would delete its checkpoints`,
      `${unchanged} ${fix} Flink keeps a cancelled job's checkpoints only with ${RETAIN_ON_CANCEL}.`
    );
  }
  const cp = point && (point.restored || survives !== false) ? point : void 0;
  if (cp) await keepRestorePoint(ctx, run, s.jobId, cp, s.savepointKind);
  if (!cp && keepsState && !pinned) {
    if (WAITING.has(state)) {
      return failure(
        APPLY_CODES.noCheckpoint,
        `job ${job} is ${state}, waiting to be scheduled: no savepoint possible, and Flink shows none of its checkpoints until it runs`,
        `Nothing was changed. Flink's adaptive scheduler shows a job's checkpoints only once it has task slots again. Start TaskManagers (or free slots) and apply again once it is RUNNING: it then stops with a savepoint. To replace it now, set upgradeMode: stateless in jobs/${job}.yaml (no state), or restoreFrom: <path> to a savepoint or retained checkpoint of it.`
      );
    }
    return failure(
      APPLY_CODES.noCheckpoint,
      `job ${job} is ${state}${after}: no savepoint possible and no completed checkpoint to carry its state over`,
      `${unchanged} ${fix}`
    );
  }
  await ctx.store.update(
    job,
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
    if (!cp.restored || survives === true) await refreshCheckpoint(ctx, run, s.jobId, s.savepointKind);
    run.report.savepoint = run.checkpoint;
  }
  const fromStart = cp?.restored && sameSavepointPath(run.checkpoint, cp.path);
  const older = s.savepointKind === "delete" ? void 0 : ownRestorableSavepoint(ctx.store.record(job));
  const resumeWith = older ? `will restore the older savepoint ${older.path} (${older.time}): the state since is lost` : "will resume without state";
  const then = fromStart ? `will restore from ${run.checkpoint}, the savepoint it started from (no checkpoint completed since)` : run.checkpoint ? `will restore from checkpoint ${run.checkpoint}` : pinned ? `will restore from ${pinned}` : stateless ? "the new job starts without state (upgradeMode: stateless)" : s.savepointKind === "delete" ? "no state was kept" : survives === false ? `its checkpoints went with it (not retained on cancellation): it ${resumeWith}` : resumeWith;
  run.stoppedByCancel = `stopped by cancel: no savepoint possible while ${state}${after}; ${then}`;
  const why = savepointCause ? `The stop-with-savepoint failed (${savepointCause}) and Flink restarted the job, so it was cancelled instead. A savepoint that expires needs a longer execution.checkpointing.timeout (Flink's default: 10 min). ` : "";
  run.diags.push(
    warning(
      APPLY_CODES.stoppedByCancel,
      `job ${job} ${run.stoppedByCancel}`,
      why + (fromStart ? "Flink takes no savepoint of a job that is not RUNNING, and this one completed no checkpoint since it started: its state is still that of the savepoint it started from, which is recorded in the state store again." : run.checkpoint ? "Flink takes no savepoint of a job that is not RUNNING. The checkpoint is recorded in the state store like a savepoint; records after it are replayed from the sources." : stateless ? "Flink takes no savepoint of a job that is not RUNNING; upgradeMode: stateless needs none." : survives === false ? `Flink takes no savepoint of a job that is not RUNNING, and deleted its checkpoints with it: keep them with ${RETAIN_ON_CANCEL}. To start from a known savepoint instead, set restoreFrom: <path> in the job settings.` : "Flink takes no savepoint of a job that is not RUNNING, and the job had no completed checkpoint. To start from a known savepoint instead, set restoreFrom: <path> in the job settings.")
    )
  );
  return OK;
}
var stopPlannedByCancel = (async function stopPlannedByCancel(ctx, run, s) {
  return stopByCancel(ctx, run, s, s.state);
});
async function stop(ctx, run, s) {
  if (run.savepoint?.jobId === s.jobId) {
    run.oldStopped = true;
    return OK;
  }
  let seen;
  const before = await unsavepointable(ctx, run, s.jobId, (j) => {
    seen = j;
  });
  if (before) return stopByCancel(ctx, run, s, before);
  const o = await stopWithSavepoint(ctx, {
    job: run.change.job,
    jobId: s.jobId,
    specHash: specHashOfLive(ctx, run),
    kind: s.savepointKind,
    ...seen ? { seen } : {}
  });
  if (!o.ok) {
    if (o.diag.code === APPLY_CODES.savepointFailed) {
      const after = await unsavepointable(ctx, run, s.jobId);
      if (after) return stopByCancel(ctx, run, s, after, o.cause);
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
var syncRecord = (async function syncRecord(ctx, run, s) {
  const job = run.change.job;
  const d = run.desired;
  await recordEndpoint(ctx, run, s.jobId);
  const rec = ctx.store.record(job);
  const liveHash = run.change.from?.specHash ?? (rec?.current?.jobId === s.jobId ? rec.current.specHash : void 0);
  if (!d || liveHash === void 0) return OK;
  if (liveHash !== d.restartHash)
    return run.change.action === "none" && holdsRollback(run.change) && run.change.verify?.jobId === s.jobId && rec?.current?.jobId === s.jobId && rec.current.specHash === liveHash ? verify(ctx, run, s.jobId, false) : OK;
  const parallelism3 = Math.max(1, run.change.from?.parallelism ?? d.settings.parallelism);
  const cur = rec?.current;
  let learnStart = false;
  if (cur?.jobId !== s.jobId || cur.specHash !== liveHash || cur.parallelism !== parallelism3 || rec?.status !== "running" || rec.pending) {
    run.touched = true;
    run.report.did = "record";
    const start = cur?.jobId === s.jobId ? startOf(cur) : {};
    if (cur?.jobId !== s.jobId) learnStart = true;
    const version = {
      specHash: liveHash,
      script: d.script,
      parallelism: parallelism3,
      jobId: s.jobId,
      commit: ctx.commit,
      deployedAt: cur?.jobId === s.jobId ? cur.deployedAt : iso(ctx.clock),
      ...start,
      settings: deployedSettings(d.settings)
    };
    const finished = cur?.jobId !== s.jobId && run.interruptedSubmit?.specHash === liveHash ? changeMade(rec, liveHash, parallelism3) : void 0;
    await ctx.store.update(
      job,
      `apply: ${job}: record the live job`,
      (doc) => appendHistory(
        setCurrent(clearPending(doc, job), job, version, "running"),
        job,
        history(
          ctx,
          run,
          finished ?? "sync",
          finished ? {
            jobId: s.jobId,
            detail: `started by an apply that was interrupted (${run.interruptedSubmit.startedAt}) before it recorded the job`
          } : { jobId: s.jobId }
        )
      )
    );
  }
  const released = run.change.action === "none" ? run.change.releases : void 0;
  if (released && ctx.store.record(job)?.rolledBack?.time === released.rolledBackAt) {
    run.touched = true;
    run.report.did = "record";
    await ctx.store.update(
      job,
      `apply: ${job}: rolled-back change no longer held`,
      (doc) => appendHistory(
        clearRolledBack(doc, job),
        job,
        history(ctx, run, "sync", {
          jobId: s.jobId,
          detail: `the change to spec ${released.specHash.slice(0, 12)} rolled back at ${released.rolledBackAt} is no longer asked for`
        })
      )
    );
  }
  return verify(ctx, run, s.jobId, learnStart);
});
var recordEndpoint = (async function recordEndpoint(ctx, run, jobId) {
  const job = run.change.job;
  const want = run.change.action === "none" ? run.change.recordsEndpoint : void 0;
  if (want?.jobId !== jobId || endpointOf(ctx.client).endpoint !== want.endpoint) return;
  const cur = ctx.store.record(job)?.current;
  if (cur?.jobId !== jobId || cur.endpoint !== void 0) return;
  run.touched = true;
  run.report.did = "record";
  const endpoint = want.endpoint;
  await ctx.store.update(
    job,
    `apply: ${job}: record the JobManager endpoint it runs through`,
    (doc) => updateJob(doc, job, (r) => ({
      ...r,
      ...r.current?.jobId === jobId ? { current: { ...r.current, endpoint } } : {},
      ...r.lastStable?.jobId === jobId && r.lastStable.endpoint === void 0 ? { lastStable: { ...r.lastStable, endpoint } } : {}
    }))
  );
});
var changeMade = (function changeMade(rec, specHash, parallelism3) {
  const cur = rec?.current;
  if (!rec || !cur || rec.status === "deleted") return "create";
  if (rec.status === "suspended") return "resume";
  if (cur.specHash !== specHash) return "upgrade";
  return cur.parallelism !== parallelism3 ? "rescale" : "recover";
});
var verify = (async function verify(ctx, run, jobId, learnStart) {
  const job = run.change.job;
  if (ctx.store.record(job)?.lastStable?.jobId === jobId) return OK;
  run.touched = true;
  run.report.did = "verify";
  run.newJobId = jobId;
  if (run.desired && isBatchJob(run.desired)) {
    const done = await health(ctx, run, "finished");
    return done.ok ? recordFinished(ctx, run, jobId) : done;
  }
  const up = await health(ctx, run, "running");
  if (!up.ok) return up;
  if (learnStart) await recordStart(ctx, job, jobId);
  const ok2 = await health(ctx, run, "grace");
  if (!ok2.ok) return ok2;
  await ctx.store.update(
    job,
    `apply: ${job} stable`,
    (doc) => appendHistory(markStable(doc, job), job, history(ctx, run, "stable", { jobId }))
  );
  return OK;
});
var startOf = (function startOf(v) {
  return {
    ...v.restoredFrom ? { restoredFrom: v.restoredFrom } : {},
    ...v.startedWithoutState ? { startedWithoutState: true } : {},
    ...v.flinkVersion ? { flinkVersion: v.flinkVersion } : {},
    ...v.endpoint ? { endpoint: v.endpoint } : {}
  };
});
var recordStart = (async function recordStart(ctx, job, jobId) {
  const start = await liveStart(ctx, jobId);
  if (!start.restoredFrom && !start.startedWithoutState && !start.flinkVersion && !start.endpoint) return;
  await ctx.store.update(
    job,
    `apply: ${job}: record how the live job started`,
    (doc) => updateJob(
      doc,
      job,
      (r) => r.current?.jobId === jobId ? { ...r, current: { ...r.current, ...start } } : r
    )
  );
});
var liveStart = (async function liveStart(ctx, jobId) {
  const flinkVersion = { ...await clusterVersion(ctx.client), ...endpointOf(ctx.client) };
  const cp = await ctx.client.getCheckpoints(jobId);
  if (!cp.ok) return flinkVersion;
  const r = cp.value.latestRestored;
  if (r?.isSavepoint && r.externalPath) return { ...flinkVersion, restoredFrom: r.externalPath };
  if (!r && cp.value.counts.restored === 0) return { ...flinkVersion, startedWithoutState: true };
  return flinkVersion;
});
var recordFinished = (async function recordFinished(ctx, run, jobId) {
  const job = run.change.job;
  const ranMs = run.finishedAt !== void 0 && run.runningSince !== void 0 ? run.finishedAt - run.runningSince : void 0;
  if (ranMs !== void 0) run.report.ranMs = ranMs;
  const took = ranMs !== void 0 ? `ran ${(ranMs / 1e3).toFixed(1)} s, finished ${new Date(run.finishedAt).toISOString()}` : void 0;
  await ctx.store.update(
    job,
    `apply: ${job} finished`,
    (d) => (
      // setStatus: a store an older flinkops wrote calls such a run failed (finished-batch-run.ts).
      appendHistory(
        setStatus(markStable(d, job), job, "running"),
        job,
        history(ctx, run, "finished", { jobId, detail: took })
      )
    )
  );
  return OK;
});

// src/apply/step-run.ts
var stopKind = (function stopKind(run) {
  const s = run.steps.steps.find(
    (x) => x.kind === "stop-with-savepoint" || x.kind === "stop-by-cancel"
  );
  return s?.savepointKind ?? "upgrade";
});
var resolvePending = (async function resolvePending(ctx, run) {
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
          job,
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
      const latest2 = cp.ok ? cp.value.latestCompleted : void 0;
      const path = latest2?.discarded ? void 0 : latest2?.externalPath;
      if (path) {
        run.checkpoint = path;
        run.fromPending = path;
      }
      return OK;
    }
    case "submit":
      run.interruptedSubmit = { specHash: p.specHash, startedAt: p.startedAt };
      break;
    case "rescale":
    // A rollback the plan does not finish: the repository asks for another version than the one it replaced.
    case "rollback":
      break;
  }
  await ctx.store.update(job, `apply: ${job}: interrupted ${p.kind} resolved`, (d) => clearPending(d, job));
  return OK;
});
var asRun = (function asRun(run, s) {
  if (s.kind !== "submit") return s;
  const path = restorePath(run, s.restore);
  return path ? { ...s, restore: { kind: "path", path } } : s;
});
var restorePath = (function restorePath(run, r) {
  switch (r.kind) {
    case "none":
      return run.fromPending;
    case "this-run":
      return run.savepoint?.path ?? run.checkpoint;
    case "path":
      return run.fromPending ?? r.path;
  }
});
var submit = (async function submit(ctx, run, s) {
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
    job,
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
    ...d.compiledPlan ? { plan: { path: d.compiledPlan.path, sha256: d.compiledPlan.sha256 } } : {},
    ...d.sourceRanges ? { sourceRanges: d.sourceRanges } : {}
  });
  if (!sub.ok) {
    await ctx.store.update(job, `apply: submit of ${job} failed`, (doc) => clearPending(doc, job));
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
    ...restore ? { restoredFrom: restore } : { startedWithoutState: true },
    ...await clusterVersion(ctx.client),
    ...endpointOf(ctx.client),
    ...d.compiledPlan ? { plan: { ...d.compiledPlan } } : {},
    settings: { ...deployedSettings(d.settings), allowNonRestoredState: s.allowNonRestoredState }
  };
  await ctx.store.update(job, `apply: ${run.change.action} ${job}`, (doc) => {
    let next = setCurrent(clearRolledBack(clearPending(doc, job), job), job, version, "running");
    next = updateJob(next, job, (r) => ({ ...r, deletionPolicy: d.settings.deletionPolicy }));
    return appendHistory(
      next,
      job,
      history(ctx, run, run.change.action === "none" ? "sync" : run.change.action, {
        jobId: sub.jobId,
        savepoint: restore,
        detail: movedFrom(run, version.flinkVersion)
      })
    );
  });
  return OK;
});
var movedFrom = (function movedFrom(run, to) {
  const m = run.change.move;
  if (!m) return void 0;
  const from = majorMinor(m.fromVersion);
  const versions = from && to && from !== to ? `, Flink ${from} \u2192 ${to}` : "";
  return `moved from ${m.from}${versions}`;
});
var runStep = (async function runStep(ctx, run, s) {
  const job = run.change.job;
  switch (s.kind) {
    case "move-record":
      await ctx.store.moveRecord(
        s.from,
        job,
        `apply: rename ${s.from} to ${job}`,
        (old, replaced2) => renamedRecord(
          old,
          replaced2,
          run.change.pipelineName,
          history(ctx, run, "renamed", {
            detail: `renamed from ${s.from} (${run.change.renamedFrom?.pipelineName ?? s.from})`
          })
        )
      );
      return OK;
    case "resolve-pending":
      return resolvePending(ctx, run);
    case "finish-rollback":
      return finishRollback2(ctx, run);
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
        job,
        `apply: ${job}: savepoint recorded`,
        (d) => appendHistory(clearPending(d, job), job, entry)
      );
      return OK;
    }
    case "read-checkpoint":
      return readCheckpoint(ctx, run, s);
    case "cancel": {
      await ctx.store.update(
        job,
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
    case "await-finished":
      return health(ctx, run, "finished");
    case "record-finished":
      return recordFinished(ctx, run, run.newJobId);
    case "record-stable":
      await ctx.store.update(
        job,
        `apply: ${job} stable`,
        (d) => appendHistory(markStable(d, job), job, history(ctx, run, "stable", { jobId: run.newJobId }))
      );
      return OK;
    case "put-resource-requirements":
      return rescaleInPlace(ctx, run, s);
    case "await-parallelism":
      return awaitParallelism(ctx, run, s);
    case "record-rescale":
      await ctx.store.update(job, `apply: ${job} rescaled`, (d) => {
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
        job,
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
        deployedAt: iso(ctx.clock),
        adopted: true,
        ...endpointOf(ctx.client),
        // The repository's settings at the adoption, as its script: a later edit of one is named as such.
        ...run.desired ? { settings: deployedSettings(run.desired.settings) } : {}
      };
      await ctx.store.update(
        job,
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
});

// src/apply/run-job.ts
var guarded = (async function guarded(ctx, fn) {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof StateStoreError && !ctx.signal.aborted) {
      return { ok: false, cause: e.diagnostic.summary, diag: e.diagnostic };
    }
    throw e;
  }
});
var onFailure = (async function onFailure(ctx, run, failed3) {
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
          `The new version failed; the previous one runs again${run.rolledBackFrom ? ` from ${run.rolledBackFrom}` : `, started without state: ${run.change.action === "upgrade" && run.change.strategy === "stateless" ? "the upgrade cancelled it without a savepoint (upgradeMode: stateless), so " : ""}there was no savepoint or checkpoint of it to restore, and its sources start where their startup mode says`}. Fix the job and apply again: until the job changes in the repository, plans hold this change rather than try it again (--replace ${job} tries it again as it is).`
        )
      );
    } else {
      if (rb.interrupted) run.report.outcome = "interrupted";
      run.diags.push(rb.diag);
    }
    return;
  }
  run.report.fix = mask(ctx, failed3.diag.detail);
  if (run.newJobId && run.change.action !== "none") {
    const now = await ctx.client.getJob(run.newJobId);
    const c = now.ok && isLocallyTerminal(now.value.state) ? { ok: true } : await cancelAndWait(ctx, job, run.newJobId);
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
  } else if (run.change.action !== "none" && run.change.restoreFrom !== void 0) {
    await guarded(ctx, async () => {
      await recordRestoreGone(ctx, run, `${failed3.cause} ${failed3.diag.summary}`);
      return { ok: true };
    });
  }
});
var RECORDS = /* @__PURE__ */ new Set([
  "record-savepoint",
  "record-stable",
  "record-finished",
  "record-rescale",
  "record-status"
]);
var stopBefore = (function stopBefore(run, step, index) {
  const job = run.change.job;
  run.report.outcome = "interrupted";
  run.report.error = index === 0 ? "not started: the run was interrupted" : `interrupted before: ${describeStep(step)}`;
  if (index === 0) return;
  const down = run.oldStopped && run.newJobId === void 0 && run.change.action !== "delete" && run.change.action !== "suspend" && run.steps.steps.slice(0, index).some((s) => ACTS_ON_LIVE_JOB.has(s.kind));
  const state = run.savepoint?.path ?? run.checkpoint;
  run.diags.push(
    warning(
      APPLY_CODES.interrupted,
      `${run.change.action} of job ${job} was interrupted before: ${describeStep(step)}${down ? `; nothing of ${job} runs now` : ""}`,
      (down ? `Job ${job} was stopped and not started again${state ? `: its state is in ${state}, which the next apply starts it from` : ""}. ` : "") + "Everything done so far is recorded in the state store. Run flinkops plan to see what is left, and flinkops apply to finish it."
    )
  );
});
var stepContext = (function stepContext(ctx, run, step) {
  if (!run.change.move || !ctx.previous) return ctx;
  const pending = step.kind === "resolve-pending" ? ctx.store.record(run.change.job)?.pending : void 0;
  const onOld = ACTS_ON_LIVE_JOB.has(step.kind) || pending !== void 0 && pending.kind !== "submit";
  return onOld ? { ...ctx, client: ctx.previous } : ctx;
});
var runJob = (async function runJob(ctx, run) {
  const job = run.change.job;
  const rec = renamedRecordOf(run.change, (name) => ctx.store.record(name));
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
      ...!r.ok && r.interrupted ? { interrupted: true } : {},
      elapsedMs: ctx.clock.now() - t0
    });
    if (!r.ok && (r.interrupted || r.unverified)) {
      run.report.outcome = r.interrupted ? "interrupted" : "failed";
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
});

// src/apply/slot-order.ts
var slotDependencies = (function slotDependencies(jobs, desired, live2) {
  const out = /* @__PURE__ */ new Map();
  if (!live2.observed || !live2.slots) return out;
  const byId = new Map(live2.jobs.map((j) => [j.jobId, j]));
  const byName4 = new Map(desired.jobs.map((j) => [j.name, j]));
  const stops = [];
  const starts = [];
  let demand = 0;
  for (const j of jobs) {
    if (j.refused || j.steps.length === 0) continue;
    const c = j.change;
    const held = heldSlots(c.liveJobId ? byId.get(c.liveJobId) : void 0);
    switch (c.action) {
      case "suspend":
      case "delete":
        if (held > 0) stops.push(j.job);
        break;
      case "create":
      case "resume":
      case "recover":
      case "upgrade":
      case "rescale":
        if (!j.steps.some((s) => s.kind === "submit")) break;
        demand += Math.max(0, neededSlots(c.to.parallelism, byName4.get(c.job), desired) - held);
        starts.push(j.job);
        break;
      case "adopt":
      case "none":
        break;
    }
  }
  if (stops.length === 0 || starts.length === 0 || demand <= live2.slots.slotsAvailable) return out;
  for (const s of starts) out.set(s, new Set(stops));
  return out;
});

// src/apply/execute.ts
var dependencies = (function dependencies(jobs, desired, doc) {
  const active = new Set(jobs.filter((j) => j.steps.length > 0).map((j) => j.job));
  const topics = tableTopicKeys(desired.tables);
  const writers = /* @__PURE__ */ new Map();
  const topicWriters = /* @__PURE__ */ new Map();
  const add = (into, k, job) => into.set(k, [...into.get(k) ?? [], job]);
  for (const d of desired.jobs) {
    if (!active.has(d.name)) continue;
    for (const t of d.sinks) add(writers, t, d.name);
    for (const k of jobTopicKeys(d, topics, "writes")) add(topicWriters, k, d.name);
  }
  const written = new Set(topicWriters.keys());
  const stopping = /* @__PURE__ */ new Map();
  const byName4 = new Map(desired.jobs.map((d) => [d.name, d]));
  for (const j of jobs) {
    if (!active.has(j.job) || j.action !== "delete" && j.action !== "suspend") continue;
    const sinks = byName4.get(j.job)?.sinks ?? relationsOf(doc?.jobs[j.job]?.current?.script).writes;
    for (const t of sinks) stopping.set(t, [...stopping.get(t) ?? [], j.job]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const j of jobs) {
    if (!active.has(j.job)) continue;
    const deps = /* @__PURE__ */ new Set();
    const d = byName4.get(j.job);
    if (d) {
      for (const t of d.sources) for (const w of writers.get(t) ?? []) if (w !== d.name) deps.add(w);
      for (const r of jobTopicKeys(d, topics, "reads"))
        for (const k of topicsRead(r, written))
          for (const w of topicWriters.get(k) ?? []) if (w !== d.name) deps.add(w);
      if (j.action !== "delete" && j.action !== "suspend") {
        for (const t of d.sinks) for (const s of stopping.get(t) ?? []) if (s !== d.name) deps.add(s);
      }
    }
    out.set(j.job, deps);
  }
  return out;
});
var knownSecretValues = (function knownSecretValues(desired, doc, source) {
  const scripts = desired.jobs.map((j) => j.script);
  for (const r of Object.values(doc.jobs)) {
    if (r.current?.script) scripts.push(r.current.script);
    if (r.lastStable?.script) scripts.push(r.lastStable.script);
  }
  return [...new Set(scripts.flatMap((script) => secretValuesOf(script, source)))];
});
var refusal = (function refusal(code2, summary, detail) {
  return { changes: [], diags: [error(code2, summary, detail)] };
});
var schedule = (async function schedule(runs, deps, limit, work, onCrash) {
  const started = /* @__PURE__ */ new Set();
  const finished = /* @__PURE__ */ new Set();
  const inflight = /* @__PURE__ */ new Set();
  let crash;
  const ready = (r) => {
    if (started.has(r.change.job)) return false;
    for (const d of deps.get(r.change.job) ?? []) if (!finished.has(d)) return false;
    return true;
  };
  let first = 0;
  await new Promise((resolve) => {
    const pump = () => {
      if (crash || finished.size === runs.length) {
        if (inflight.size === 0) resolve();
        return;
      }
      while (inflight.size < limit) {
        while (first < runs.length && started.has(runs[first].change.job)) first++;
        let next;
        for (let i = first; i < runs.length && !next; i++) if (ready(runs[i])) next = runs[i];
        if (!next && inflight.size === 0) next = runs[first];
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
});
var storeChangedBy = (function storeChangedBy(last, waited) {
  const parts = [
    waited ? `changed while this run waited for the lock of ${waited.who} (${waited.command} on ${waited.host})` : "",
    last ? `last written${last.time ? ` ${last.time}` : ""}: "${last.message}"` : ""
  ].filter(Boolean);
  return parts.length ? ` \u2014 ${parts.join("; ")}` : "";
});
var execute = (async function execute(opts) {
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
  let waited;
  const onWait = (holder) => {
    if (waited) return;
    waited = holder;
    opts.hooks?.onEvent?.({ type: "lock-wait", holder, timeoutMs: timing.lockTimeoutMs });
  };
  const notLocked = (diags) => opts.stop?.aborted ? { changes: [], diags, interrupted: true } : stopped(diags);
  return withLockedSession(
    { store, owner: opts.owner, clock, timing, onWait, ...opts.stop ? { stop: opts.stop } : {} },
    notLocked,
    async ({ read, session }) => {
      if (!opts.previous && plan.changes.some((c) => c.move && !c.refused)) {
        return refusal(
          APPLY_CODES.stalePlan,
          "plan is stale, run plan again",
          "The plan moves jobs from another cluster (moveFrom), but this apply has no client for it. Nothing was changed."
        );
      }
      const observed = opts.observe ? await opts.observe() : await observeEnvironment(client, opts.previous, {
        project: plan.project,
        env: plan.env,
        clock,
        // The free task slots decide whether a start waits for the stops of the same apply.
        readSlots: true
      });
      if (hasErrors(observed.diags)) return stopped(observed.diags);
      if (read.version !== plan.stateVersion || observed.value.fingerprint !== plan.liveFingerprint) {
        const what = [
          read.version !== plan.stateVersion ? `the state store is at version ${read.version}, the plan saw ${plan.stateVersion}${read.version === 0 ? ` \u2014 this run's store, ${store.location}, is empty: apply where the plan's store is (another checkout or machine keeps its own .flinkops/state), or name it with --state-file` : storeChangedBy(await store.lastWrite?.().catch(() => void 0), waited)}` : "",
          observed.value.fingerprint !== plan.liveFingerprint ? `the jobs on the cluster changed${movedJobsText(plan, observed.value)}` : ""
        ].filter(Boolean);
        return refusal(
          APPLY_CODES.stalePlan,
          "plan is stale, run plan again",
          `The plan was computed against another state (${what.join("; ")}). Nothing was changed. Plan again to see the state as it is now, and apply that plan (flinkops apply plans anew; flinkops plan --out FILE saves one to review).`
        );
      }
      const secretValues = /* @__PURE__ */ new Set([
        ...opts.secretValues ?? [],
        ...knownSecretValues(desired, read.doc, opts.secrets)
      ]);
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
      const byName4 = new Map(desired.jobs.map((j) => [j.name, j]));
      const missing = missingSecrets(
        jobSteps.filter((js) => js.steps.some((st) => st.kind === "submit")).map((js) => byName4.get(js.job)),
        opts.secrets
      );
      if (missing.length) return stopped(missing);
      const restarted = jobSteps.filter(
        (js) => js.steps.some((st) => ACTS_ON_LIVE_JOB.has(st.kind)) && js.steps.some((st) => st.kind === "submit")
      ).map((js) => js.job);
      if (restarted.length > 0) {
        const g = await client.getInfo();
        if (!g.ok) {
          const { answered, why } = notUsable(g.error);
          return refusal(
            APPLY_CODES.gatewayUnreachable,
            `the SQL Gateway ${why}: nothing was changed`,
            `${restarted.join(", ")} would be stopped and could not be started again: a new script is submitted through the gateway. Start the gateway (or check the environment's sqlGatewayUrl${answered ? ", its path and the auth a proxy in front of it asks for" : ""}), then apply again.`
          );
        }
      }
      const runs = jobSteps.map((js, i) => newJobRun(js, plan.changes[i], byName4.get(js.job)));
      const active = runs.filter((r) => r.steps.steps.length > 0);
      const deps = dependencies(jobSteps, desired, read.doc);
      for (const [job, stops] of slotDependencies(jobSteps, desired, observed.value))
        for (const stop2 of stops)
          if (!deps.get(stop2)?.has(job)) deps.set(job, /* @__PURE__ */ new Set([...deps.get(job) ?? [], stop2]));
      await schedule(
        active,
        deps,
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
});
var missingSecrets = (function missingSecrets(jobs, secrets) {
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
});
var movedJobsText = (function movedJobsText(plan, live2) {
  const phase = (state) => state === void 0 ? "not on the cluster" : isTerminal(state) ? state : "running";
  const moved = [];
  for (const c of plan.changes) {
    const mine = live2.jobs.filter((j) => j.job === c.job);
    const same = c.liveJobId ? mine.find((j) => j.jobId === c.liveJobId) : void 0;
    const newer = mine.filter((j) => j.jobId !== c.liveJobId && !isTerminal(j.state));
    const was = c.liveJobId ? phase(c.liveState) : "not on the cluster";
    const now = same ? phase(same.state) : c.liveJobId ? "not on the cluster" : was;
    const ids = c.liveJobId ? `job ${c.liveJobId.slice(0, 12)}\u2026 ` : "";
    if (now !== was) moved.push(`${c.job} (${ids}${was}, now ${now})`);
    else if (newer.length > 0)
      moved.push(
        `${c.job} (another job runs under its name now: ${newer.map((j) => j.jobId.slice(0, 12)).join(", ")}\u2026)`
      );
  }
  return moved.length ? `: ${moved.join("; ")}` : "";
});

// src/apply/report.ts
var reportedAction = (function reportedAction(c) {
  return c.action === "none" && c.did ? c.did : c.action;
});
var applyFailed = (function applyFailed(report) {
  return report.interrupted === true || report.changes.some((c) => c.outcome === "failed" || c.outcome === "rolled-back") || report.diags.some((d) => d.severity === "error");
});

// src/render/apply-report.ts
var renderApplyReport = (function renderApplyReport(report) {
  const done = report.changes.filter((c) => c.outcome !== "skipped");
  const failed3 = report.changes.filter((c) => c.outcome === "failed" || c.outcome === "rolled-back").length;
  const stopped = report.changes.length === 0 && hasErrors(report.diags);
  const header = stopped ? "Apply stopped before changing anything (see the error below)." : report.interrupted ? "Apply interrupted: what was done and what was not:" : failed3 > 0 ? "Apply finished with failures:" : "Apply complete:";
  const lines = ["", header];
  if (stopped) return `${lines.join("\n")}
`;
  const interrupted2 = report.changes.filter((c) => c.outcome === "interrupted").length;
  if (!report.changes.length) lines.push("  nothing to do");
  const jobWidth = Math.max(24, ...report.changes.map((c) => c.job.length));
  const outcomeWidth = Math.max(...report.changes.map((c) => c.outcome.length), 0);
  for (const c of report.changes) {
    const parts = [
      `  ${c.job.padEnd(jobWidth)} ${reportedAction(c).padEnd(8)} ${c.outcome.padEnd(outcomeWidth)}`
    ];
    if (c.newJobId) parts.push(`job ${c.newJobId}`);
    if (c.ranMs !== void 0) parts.push(finishedWords(c.ranMs));
    if (c.outcome === "interrupted" && c.error) parts.push(c.error);
    if (c.savepoint) parts.push(`${restorePointKind(c.savepoint)} ${c.savepoint}`);
    lines.push(parts.join("  ").trimEnd());
  }
  lines.push(
    "",
    `${done.length - failed3 - interrupted2} applied, ${failed3} failed, ${interrupted2 ? `${interrupted2} interrupted, ` : ""}${report.changes.length - done.length} skipped.`,
    ...report.interrupted ? ["Run flinkops plan to see what is left, and flinkops apply to finish it."] : [],
    ""
  );
  return lines.join("\n");
});
var explainJson = (function explainJson(plan, jobs) {
  return {
    project: plan.project,
    env: plan.env,
    jobs: jobs.filter((j) => j.refused || j.steps.some((s) => s.kind !== "sync-record")).map((j) => ({
      job: j.job,
      action: j.action,
      ...j.change.action === "upgrade" ? { strategy: j.change.strategy } : {},
      ...j.change.action === "rescale" ? { rescaleMode: j.change.rescaleMode } : {},
      ...j.refused ? { refused: j.refused } : {},
      steps: j.refused ? [] : j.steps.map((s) => ({ kind: s.kind, description: describeStep(s) })),
      rollback: j.rollback
    }))
  };
});
var finishedWords = (function finishedWords(ranMs) {
  return `FINISHED after ${(ranMs / 1e3).toFixed(1)} s`;
});

// src/render/sql-diff.ts
var diffLines2 = (function diffLines2(diff2) {
  const lines = diff2.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
});
var isHeader = (function isHeader(line) {
  return line.startsWith("+++ ") || line.startsWith("--- ") || line === "+++" || line === "---";
});
var diffStat = (function diffStat(diff2) {
  let added = 0;
  let removed = 0;
  const lines = diffLines2(diff2);
  for (const line of lines) {
    if (isHeader(line)) continue;
    if (line.startsWith("+")) added++;
    else if (line.startsWith("-")) removed++;
  }
  return { added, removed, lines: lines.length };
});
var formatStat = (function formatStat(stat) {
  return `+${stat.added} -${stat.removed}`;
});
var colorDiffLines = (function colorDiffLines(diff2, s) {
  return diffLines2(diff2).map((line) => {
    if (isHeader(line)) return s.bold(line);
    if (line.startsWith("@@")) return s.cyan(line);
    if (line.startsWith("+")) return s.green(line);
    if (line.startsWith("-")) return s.red(line);
    return line;
  });
});
var fenceFor = (function fenceFor(text) {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return "`".repeat(Math.max(3, longest + 1));
});

// src/render/markdown-escape.ts
function escapeMd(text) {
  const ref = (ch) => `&#${ch.charCodeAt(0)};`;
  return replaceControls(text.replace(/\r\n|\r|\n/g, " "), () => "\uFFFD").replace(/[&<>`*~[\]\\|$]/g, ref).replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, ref).replace(/^(\s*)([#+=-])/, (_, space, ch) => `${space}${ref(ch)}`).replace(/^(\s*\d+)([.)])/, (_, num2, ch) => `${num2}${ref(ch)}`);
}
function code(text) {
  return `<code>${escapeMd(text)}</code>`;
}
var fenced = (function fenced(lang, body) {
  const text = body.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  const fence = fenceFor(text);
  return `${fence}${lang}
${text}
${fence}`;
});
function table(head, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
var htmlComment = (function htmlComment(text) {
  return `<!-- ${text.replace(/[^A-Za-z0-9_.:/@ +=,-]/g, "_").replace(/--+/g, "-")} -->`;
});

// src/render/failure.ts
var renderFailureDetails = (function renderFailureDetails(report, logLines, opts = {}) {
  const failed3 = report.changes.filter((c) => c.outcome === "failed" || c.outcome === "rolled-back");
  if (failed3.length === 0) return "";
  const clean2 = (s2) => replaceControls(s2, () => "\uFFFD");
  if (opts.format === "markdown") {
    const out2 = ["### Why it failed", ""];
    for (const c of failed3) {
      out2.push(
        `- **${escapeMd(c.job)}** (${escapeMd(c.action)}, ${c.outcome})${c.error ? `: ${code(c.error)}` : ""}`
      );
    }
    out2.push("");
    if (logLines.length) {
      out2.push(
        "<details><summary>Last lines of the JobManager log</summary>",
        "",
        fenced("text", logLines.map(clean2).join("\n")),
        "",
        "</details>"
      );
    } else if (opts.logUnavailable) out2.push(`JobManager log unavailable: ${escapeMd(opts.logUnavailable)}`);
    return `${out2.join("\n")}
`;
  }
  const s = makeStyle(opts.color ?? false);
  const out = ["", s.bold("Why it failed:")];
  for (const c of failed3) {
    out.push(`  ${s.red("\u2717")} ${c.job} (${c.action}, ${c.outcome})`);
    if (c.error) out.push(`      root cause: ${clean2(c.error)}`);
  }
  if (logLines.length) {
    out.push("", s.bold(`Last ${logLines.length} lines of the JobManager log:`));
    for (const l of logLines) out.push(s.dim(`  ${clean2(l)}`));
  } else if (opts.logUnavailable)
    out.push("", s.dim(`JobManager log unavailable: ${clean2(opts.logUnavailable)}`));
  return `${out.join("\n")}
`;
});

// src/render/json.ts
var ORDER = {
  plan: [
    "formatVersion",
    "project",
    "env",
    "commit",
    "offline",
    "stateVersion",
    "liveFingerprint",
    "summary",
    "versionUpgrades",
    "changes",
    "affected",
    "lineage",
    "diagnostics"
  ],
  change: [
    "job",
    "pipelineName",
    "action",
    "strategy",
    "rescaleMode",
    "reason",
    "causes",
    "liveJobId",
    "liveState",
    "restoreFrom",
    "from",
    "to",
    "renamedFrom",
    "move",
    "compatibility",
    "versionUpgrade",
    "compiledPlan",
    "refused",
    "sqlDiff"
  ],
  cause: ["kind", "path", "from", "to"],
  move: ["from", "fromVersion"],
  specRef: ["specHash", "parallelism"],
  compatibility: ["verdict", "source", "operators", "findings", "advice"],
  operator: ["name", "id", "state"],
  refused: ["code", "summary", "detail", "renamedFrom"],
  versionUpgrade: ["from", "to", "move", "compiled", "script"],
  versionUpgradeJob: ["job", "verdict", "refused"],
  affected: ["kind", "name", "jobs"],
  lineage: ["nodes", "edges"],
  node: ["id", "kind", "label", "changed"],
  edge: ["from", "to"],
  diagnostic: ["code", "severity", "summary", "detail", "range"],
  range: ["file", "start", "end"],
  pos: ["line", "column"]
};
function ordered(value, keys2, children = {}) {
  const src = value;
  const out = {};
  const rest = Object.keys(src).filter((k) => !keys2.includes(k)).sort(compareText);
  for (const k of [...keys2, ...rest]) {
    const v = src[k];
    if (v === void 0) continue;
    const child = children[k];
    out[k] = child ? child(v) : v;
  }
  return out;
}
var pos = ((v) => ordered(v, ORDER.pos));
var range2 = ((v) => ordered(v, ORDER.range, { start: pos, end: pos }));
var diagnostic = ((v) => ordered(v, ORDER.diagnostic, { range: range2 }));
function change(v) {
  return ordered(v, ORDER.change, {
    causes: (cs) => cs.map((c) => ordered(c, ORDER.cause)),
    from: (x) => ordered(x, ORDER.specRef),
    to: (x) => ordered(x, ORDER.specRef),
    renamedFrom: (x) => ordered(x, ["job", "pipelineName"]),
    move: (x) => ordered(x, ORDER.move),
    compatibility: (x) => ordered(x, ORDER.compatibility, {
      operators: (os) => os.map((o) => ordered(o, ORDER.operator))
    }),
    refused: (x) => ordered(x, ORDER.refused)
  });
}
var renderPlanJson = (function renderPlanJson(plan) {
  const doc = ordered(plan, ORDER.plan, {
    summary: (s) => ordered(s, ACTION_KINDS),
    versionUpgrades: (vs) => vs.map(
      (v) => ordered(v, ORDER.versionUpgrade, {
        compiled: (js) => js.map((j) => ordered(j, ORDER.versionUpgradeJob)),
        script: (js) => js.map((j) => ordered(j, ORDER.versionUpgradeJob))
      })
    ),
    changes: (cs) => [...cs].sort((a, b) => compareText(a.job, b.job)).map(change),
    affected: (as) => [...as].sort((a, b) => compareText(a.kind, b.kind) || compareText(a.name, b.name)).map((a) => ordered(a, ORDER.affected, { jobs: (js) => [...js].sort(compareText) })),
    lineage: (l) => ordered(l, ORDER.lineage, {
      nodes: (ns) => [...ns].sort((a, b) => compareText(a.id, b.id)).map((n) => ordered(n, ORDER.node)),
      edges: (es) => [...es].sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to)).map((e) => ordered(e, ORDER.edge))
    }),
    diagnostics: (ds) => ds.map(diagnostic)
  });
  return `${JSON.stringify(doc, null, 2)}
`;
});

// src/render/lineage.ts
var changedSubgraph = (function changedSubgraph(lineage) {
  const changed = new Set(lineage.nodes.filter((n) => n.changed).map((n) => n.id));
  const keep = new Set(changed);
  for (const e of lineage.edges) {
    if (changed.has(e.from)) keep.add(e.to);
    if (changed.has(e.to)) keep.add(e.from);
  }
  return {
    nodes: lineage.nodes.filter((n) => keep.has(n.id)),
    edges: lineage.edges.filter(
      (e) => keep.has(e.from) && keep.has(e.to) && (changed.has(e.from) || changed.has(e.to))
    )
  };
});
var lineageToMermaid = (function lineageToMermaid(lineage) {
  if (lineage.nodes.length === 0) return "";
  const nodes = [...lineage.nodes].sort((a, b) => compareText(a.id, b.id));
  const ids = mermaidIds(nodes);
  const lines = ["flowchart LR"];
  for (const n of nodes) lines.push(`  ${ids.get(n.id)}${shape2(n)}`);
  const edges = dedupeEdges(lineage.edges).filter((e) => ids.has(e.from) && ids.has(e.to));
  for (const e of edges) lines.push(`  ${ids.get(e.from)} --> ${ids.get(e.to)}`);
  const changed = nodes.filter((n) => n.changed).map((n) => ids.get(n.id));
  if (changed.length > 0) {
    lines.push("  classDef changed stroke:#d29922,stroke-width:3px");
    lines.push(`  class ${changed.join(",")} changed`);
  }
  return lines.join("\n");
});
var shape2 = (function shape2(n) {
  const label3 = `"${mermaidLabel(n.label)}"`;
  switch (n.kind) {
    case "job":
      return `([${label3}])`;
    case "table":
      return `[(${label3})]`;
    case "view":
      return `[/${label3}/]`;
    case "udf":
      return `{{${label3}}}`;
    default: {
      const never = n.kind;
      throw new Error(`unknown lineage node kind ${String(never)}`);
    }
  }
});
var mermaidLabel = (function mermaidLabel(text) {
  let out = "";
  for (const ch of text.replace(/\r\n|\r|\n/g, " ")) {
    out += /[\p{L}\p{N} _.,:/-]/u.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
});
var mermaidIds = (function mermaidIds(nodes) {
  const ids = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const n of nodes) {
    const base = `${n.kind}_${n.id.replace(/^(job|table|view|udf):/, "").replace(/[^A-Za-z0-9_]/g, "_")}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
    used.add(id);
    ids.set(n.id, id);
  }
  return ids;
});
var dedupeEdges = (function dedupeEdges(edges) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of [...edges].sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to))) {
    const key = `${e.from}\0${e.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
});

// src/render/compiled-plan.ts
var MAX_NAMED = 5;
var named = (function named(kind, labels) {
  const shown = labels.slice(0, MAX_NAMED).map((l) => `${kind} ${l}`);
  return labels.length > MAX_NAMED ? [...shown, `${kind} \u2026 and ${labels.length - MAX_NAMED} more`] : shown;
});
var compiledPlanLines = (function compiledPlanLines(c) {
  const p = c.compiledPlan;
  if (!p) return [];
  const out = [`${p.path} (sha256 ${p.sha256.slice(0, 12)})`];
  const d = p.execNodes;
  if (d) {
    out.push(
      `ExecNodes: +${d.added.length} added, -${d.removed.length} removed, ~${d.changed.length} changed, ${d.unchanged} unchanged`,
      ...named("+", d.added),
      ...named("-", d.removed),
      ...named("~", d.changed)
    );
  }
  return out;
});
var versionUpgradeLines = (function versionUpgradeLines(c) {
  const v = c.versionUpgrade;
  if (!v) return void 0;
  return { head: `Flink ${v.from} \u2192 ${v.to}: state ${v.verdict}`, findings: v.findings, advice: v.advice };
});
var moveLine = (function moveLine(c) {
  const m = c.move;
  if (!m) return void 0;
  return `${m.from}${m.fromVersion ? ` (Flink ${m.fromVersion})` : ""}: stopped there, started on this environment's cluster`;
});
var upgradeEntry = (function upgradeEntry(e, to, name) {
  if (!e.refused) {
    const accepted = e.verdict === "unknown" ? e.pinned ? ", from the savepoint restoreFrom pins" : ", accepted with --allow-version-upgrade" : e.verdict === "drops-state" ? ", allowNonRestoredState" : "";
    return `${name(e.job)} (${e.verdict}${accepted})`;
  }
  const why = e.refused === "FO640" ? `Flink ${to} refuses its plan` : e.refused === "FO641" && e.verdict === "unknown" ? "needs allowNonRestoredState or --allow-version-upgrade" : e.refused === "FO641" && e.verdict === "drops-state" ? "needs allowNonRestoredState" : e.refused === "FO665" ? `Flink ${to} cannot restore a newer release's savepoint; needs restoreFrom` : e.refused;
  return `${name(e.job)} (${e.verdict}, refused: ${why})`;
});
var upgradeLine = (function upgradeLine(s, name) {
  const n = s.compiled.length + s.script.length;
  const what = s.move ? `${n} job${n === 1 ? " moves" : "s move"}` : `${n} job${n === 1 ? "" : "s"} restart${n === 1 ? "s" : ""} on Flink ${s.to}`;
  const list = (jobs) => jobs.length > 0 ? jobs.map((e) => upgradeEntry(e, s.to, name)).join(", ") : "none";
  return `Version upgrade Flink ${s.from} \u2192 ${s.to}: ${what}; compiled: ${list(s.compiled)}; script mode: ${list(s.script)}.`;
});
var versionUpgradeSummaryLines = (function versionUpgradeSummaryLines(plan, name = (j) => j) {
  return (plan.versionUpgrades ?? []).map((s) => upgradeLine(s, name));
});

// src/render/diagnostic-list.ts
var mergeDiagnostics = (function mergeDiagnostics(...lists) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const list of lists) {
    for (const d of list) {
      const key = canonicalJson(d);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return sortDiagnostics(out);
});

// src/render/markdown-job.ts
var compatBadge = (function compatBadge(verdict, stateless = false) {
  if (stateless) return "\u{1F9F9} starts without state (stateless)";
  switch (verdict) {
    case "compatible":
      return "\u2705 state compatible";
    case "drops-state":
      return "\u26A0\uFE0F drops state";
    case "incompatible":
      return "\u26D4 state incompatible";
    case "unknown":
      return "\u2754 state compatibility unknown";
    default: {
      const never = verdict;
      throw new Error(`unknown verdict ${String(never)}`);
    }
  }
});
var actionLabel = (function actionLabel(c) {
  const look = actionLook(c.action);
  return `${look.emoji} ${c.action}`;
});
function parallelism(c) {
  const from = c.from?.parallelism;
  const to = c.to?.parallelism;
  if (from !== void 0 && to !== void 0 && from !== to) return `parallelism ${from} \u2192 ${to}`;
  const p = to ?? from;
  return p === void 0 ? void 0 : `parallelism ${p}`;
}
var tableRow = (function tableRow(c) {
  const details = [
    escapeMd(c.reason),
    c.compatibility && compatBadge(c.compatibility.verdict, isStateless(c)),
    c.sqlDiff && `<code>${formatStat(diffStat(c.sqlDiff))}</code>`,
    c.refused && `\u26D4 refused (${code(c.refused.code)})`
  ].filter((x) => Boolean(x));
  return [code(c.job), actionLabel(c), details.join(" \xB7 ")];
});
var formatCause = (function formatCause(c) {
  const change2 = causeIsNote(c) ? `: ${code(c.to)}` : c.from !== void 0 || c.to !== void 0 ? `: ${code(c.from ?? "(none)")} \u2192 ${code(c.to ?? "(none)")}` : "";
  return `${escapeMd(c.kind)} ${code(c.path)}${change2}`;
});
var verdictSource = (function verdictSource(compat, fromPlans = false) {
  return compat.source === "flink" ? fromPlans ? " (from the compiled plans)" : " (from Flink's stream graphs)" : compat.source === "estimate" && compat.verdict !== "compatible" ? judgedWithoutOldScript(compat) ? " (estimate: the running job\u2019s script is not known, so Flink cannot compare it)" : " (estimate: no stream graphs from Flink)" : "";
});
var isStateless = (function isStateless(c) {
  return c.action === "upgrade" && c.strategy === "stateless";
});
var compatLines = (function compatLines(compat, stateless, fromPlans) {
  return [
    `**State compatibility:** ${compatBadge(compat.verdict, stateless)}${verdictSource(compat, fromPlans)}`,
    "",
    ...compat.findings.map((f) => `- ${escapeMd(f)}`),
    ...compat.advice.map((a) => `- \u{1F4A1} ${escapeMd(a)}`)
  ];
});
var jobSection = (function jobSection(c) {
  const head = [
    "<details>",
    `<summary>${actionLabel(c)} ${code(c.job)}${c.renamedFrom ? ` (renamed from ${code(c.renamedFrom.job)})` : c.refused?.renamedFrom !== void 0 ? ` (movedFrom: ${code(c.refused.renamedFrom)})` : ""}${c.refused ? " \u26D4 refused" : ""} \u2014 ${escapeMd(c.reason)}</summary>`,
    ""
  ];
  const facts = [
    `- **Pipeline:** ${code(c.pipelineName)}`,
    `- **Reason:** ${escapeMd(c.reason)}`,
    c.action === "upgrade" && c.strategy && `- **Upgrade strategy:** ${escapeMd(c.strategy)}`,
    c.action === "rescale" && c.rescaleMode && `- **Rescale:** ${escapeMd(c.rescaleMode)}`,
    parallelism(c) && `- **Parallelism:** ${parallelism(c).replace("parallelism ", "")}`,
    (c.liveJobId || c.liveState) && `- **Live job:** ${[c.liveJobId && code(c.liveJobId), c.liveState && `(${escapeMd(c.liveState)})`].filter(Boolean).join(" ")}`,
    c.restoreFrom && `- **Restores from:** ${code(c.restoreFrom)}`,
    c.renamedFrom && `- **Renamed from:** ${code(c.renamedFrom.job)} (${code(c.renamedFrom.pipelineName)}); its state store record and savepoints move to ${code(c.job)}; once every environment has applied it, ${code("movedFrom")} can be removed`,
    c.move && `- **Moves from:** ${escapeMd(moveLine(c) ?? "")}`
  ].filter((x) => Boolean(x));
  const body = [...head, ...facts, ""];
  if (c.causes.length > 0) body.push("**Causes**", "", ...c.causes.map((x) => `- ${formatCause(x)}`), "");
  if (c.refused) {
    body.push(
      `> [!WARNING]`,
      `> **Refused** (${code(c.refused.code)}): ${escapeMd(c.refused.summary)}<br>${escapeMd(c.refused.detail)}`,
      ""
    );
  }
  if (c.compatibility)
    body.push(...compatLines(c.compatibility, isStateless(c), c.compiledPlan !== void 0), "");
  const version = versionUpgradeLines(c);
  if (version) {
    body.push(
      `**Version upgrade:** ${escapeMd(version.head)}`,
      "",
      ...version.findings.map((f) => `- ${escapeMd(f)}`),
      ...version.advice.map((a) => `- \u2192 ${escapeMd(a)}`),
      ""
    );
  }
  const planLines = compiledPlanLines(c);
  if (planLines.length > 0) {
    body.push(
      `**Compiled plan:** ${code(planLines[0])}`,
      "",
      ...planLines.slice(1).map((l) => `- ${escapeMd(l)}`),
      ""
    );
  }
  const tail = ["</details>"];
  const lines = (parts) => [...parts, ...tail].join("\n");
  if (!c.sqlDiff) return { job: c.job, full: lines(body) };
  const stat = diffStat(c.sqlDiff);
  const title = `**SQL diff** (<code>${formatStat(stat)}</code>)`;
  return {
    job: c.job,
    full: lines([...body, title, "", fenced("diff", c.sqlDiff), ""]),
    folded: lines([...body, title, "", `_${foldedDiffText(diffLines2(c.sqlDiff).length)}_`, ""])
  };
});
var foldedDiffText = (function foldedDiffText(lines) {
  return `diff omitted (${lines} line${lines === 1 ? "" : "s"}) \u2014 see the job summary / plan.json`;
});
var SEVERITY_BADGE = {
  error: "\u274C **error**",
  warning: "\u26A0\uFE0F **warning**",
  info: "\u2139\uFE0F **info**"
};
var diagnosticItem = (function diagnosticItem(d) {
  const loc = formatLocation(d.range);
  const detail = d.detail.trim() ? `<br>${escapeMd(d.detail.trim())}` : "";
  return `- ${SEVERITY_BADGE[d.severity]} ${code(d.code)}${loc ? ` ${code(loc)}` : ""}: ${escapeMd(d.summary)}${detail}`;
});

// src/render/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var planMarker = (function planMarker(project, env) {
  return htmlComment(`flinkops-plan:${project}:${env}`);
});
var renderPlanMarkdown = (function renderPlanMarkdown(plan, diagnostics = [], opts = {}) {
  const parts = buildParts(plan, diagnostics, opts);
  return fitToLength(parts, opts.maxLength ?? GITHUB_COMMENT_LIMIT);
});
var renderDiagnosticsMarkdown = (function renderDiagnosticsMarkdown(diagnostics, maxLength = Number.POSITIVE_INFINITY) {
  const merged = mergeDiagnostics(diagnostics);
  const items = merged.map(diagnosticItem);
  const all = items.join("\n");
  if (all.length <= maxLength) return all;
  const more = (kept2) => `- \u2026 and ${summarizeDiagnostics(merged.slice(kept2)).replace(/^0 errors, |, 0 warnings$/g, "")} more, not shown here: the workflow run's log lists every one.`;
  let kept = 0;
  let length = 0;
  while (kept < items.length && length + items[kept].length + 1 + more(kept + 1).length <= maxLength)
    length += items[kept++].length + 1;
  return [...items.slice(0, kept), more(kept)].join("\n");
});
var markerLine = (function markerLine(plan, marker) {
  if (marker === void 0) return planMarker(plan.project, plan.env);
  const inner = marker.startsWith("<!--") && marker.endsWith("-->") ? marker.slice(4, -3).trim() : marker;
  return htmlComment(inner);
});
var buildParts = (function buildParts(plan, diagnostics, opts) {
  const title = opts.title ? escapeMd(opts.title) : `flinkops plan: ${code(plan.project)} / ${code(plan.env)}`;
  const head = [markerLine(plan, opts.marker), `### ${title}`];
  const facts = [`**${summaryLine(plan)}**`];
  const refused = refusedLine(plan, code);
  if (refused) facts.push(`\u26D4 ${refused}`);
  for (const line of versionUpgradeSummaryLines(plan, code)) facts.push(line);
  if (plan.commit) facts.push(`Commit ${code(plan.commit)}.`);
  const cluster = clusterLine(plan, code);
  if (cluster) facts.push(`\u2139\uFE0F ${cluster}`);
  const diags = mergeDiagnostics(plan.diagnostics, diagnostics);
  if (hasErrors(diags)) facts.push(`\u274C ${summarizeDiagnostics(diags)}: see the diagnostics below.`);
  head.push(facts.join("<br>\n"));
  if (plan.offline) {
    head.push(
      "> [!NOTE]\n> Planned offline: the cluster was not consulted, so live state, drift and failed jobs are not shown."
    );
  }
  const changes = visibleChanges(plan);
  const lineage = changedSubgraph(plan.lineage);
  const mermaid = lineageToMermaid(lineage);
  return {
    head,
    rows: changes.map(tableRow),
    unchangedCount: plan.changes.filter((c) => c.action === "none").length,
    affected: [...plan.affected].filter((a) => a.jobs.length > 0).sort((a, b) => compareText(a.kind, b.kind) || compareText(a.name, b.name)).map((a) => `- ${a.kind} ${code(a.name)} \u2192 ${a.jobs.map(code).join(", ")}`),
    jobs: changes.map(jobSection),
    lineage: mermaid ? {
      full: `#### Lineage

${fenced("mermaid", mermaid)}`,
      folded: `#### Lineage

_lineage graph omitted (${lineage.nodes.length} nodes) \u2014 see the job summary / plan.json_`
    } : void 0,
    diagnostics: diags.map(diagnosticItem),
    diagnosticCounts: summarizeDiagnostics(diags),
    footer: opts.footer
  };
});
var assemble = (function assemble(p, f, limit) {
  const out = [...p.head];
  const note = foldingNote(p, f, limit);
  if (note) out.push(note);
  if (!f.minimal) {
    if (p.rows.length > 0) {
      const rows = truncated(p.rows, f.keep, (n) => [
        "\u2026",
        "",
        `${n} more changes \u2014 see the job summary / plan.json`
      ]);
      let t = table(["Job", "Action", "Details"], rows);
      if (p.unchangedCount > 0)
        t += `

_${p.unchangedCount} unchanged job${p.unchangedCount === 1 ? "" : "s"}._`;
      out.push(t);
    }
    if (p.affected.length > 0) {
      const items = truncated(p.affected, f.keep, (n) => `- \u2026 and ${n} more`);
      out.push(`#### Changed tables and UDFs

${items.join("\n")}`);
    }
    const jobs = p.jobs.filter((_, i) => !f.droppedJobs.has(i));
    if (jobs.length > 0) {
      const sections = p.jobs.flatMap(
        (j, i) => f.droppedJobs.has(i) ? [] : [f.foldedDiffs.has(i) && j.folded ? j.folded : j.full]
      );
      out.push(`#### Jobs

${sections.join("\n\n")}`);
    }
    if (p.lineage) out.push(f.lineageFolded ? p.lineage.folded : p.lineage.full);
    if (p.diagnostics.length > 0) {
      const items = truncated(p.diagnostics, f.keep, (n) => `- \u2026 and ${n} more diagnostics`);
      out.push(`#### Diagnostics (${p.diagnosticCounts})

${items.join("\n")}`);
    }
  }
  if (p.footer) out.push(`---
${p.footer}`);
  return `${out.join("\n\n")}
`;
});
var truncated = (function truncated(items, keep, more) {
  return items.length <= keep ? items : [...items.slice(0, keep), more(items.length - keep)];
});
var foldingNote = (function foldingNote(p, f, limit) {
  const omitted = [];
  if (f.minimal) omitted.push("the table, the job details, the lineage graph and the diagnostics");
  else {
    const diffs = [...f.foldedDiffs].filter((i) => !f.droppedJobs.has(i)).length;
    if (diffs > 0) omitted.push(`the SQL diffs of ${diffs} job${diffs === 1 ? "" : "s"}`);
    if (f.droppedJobs.size > 0)
      omitted.push(`the details of ${f.droppedJobs.size} job${f.droppedJobs.size === 1 ? "" : "s"}`);
    if (f.lineageFolded) omitted.push("the lineage graph");
    const longest = Math.max(p.rows.length, p.affected.length, p.diagnostics.length);
    if (longest > f.keep) omitted.push(`list entries beyond the first ${f.keep}`);
  }
  if (omitted.length === 0) return "";
  return `> [!NOTE]
> This comment was shortened to stay under ${limit.toLocaleString("en-US")} characters; omitted: ${omitted.join(", ")}. The full plan is in the job summary and in plan.json.`;
});
var smallest = (function smallest(n, fits) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
});
var fitToLength = (function fitToLength(p, limit) {
  const f = {
    foldedDiffs: /* @__PURE__ */ new Set(),
    lineageFolded: false,
    droppedJobs: /* @__PURE__ */ new Set(),
    keep: Number.POSITIVE_INFINITY,
    minimal: false
  };
  const render = () => assemble(p, f, limit);
  const fits = () => render().length <= limit;
  if (fits()) return render();
  const shrink = (n, set) => {
    set(
      smallest(n, (k) => {
        set(k);
        return fits();
      })
    );
  };
  const folds = p.jobs.flatMap(
    (j, i) => j.folded ? [
      {
        saving: j.full.length - j.folded.length,
        apply: (on) => on ? f.foldedDiffs.add(i) : f.foldedDiffs.delete(i)
      }
    ] : []
  );
  if (p.lineage) {
    const l = p.lineage;
    folds.push({ saving: l.full.length - l.folded.length, apply: (on) => f.lineageFolded = on });
  }
  folds.sort((a, b) => b.saving - a.saving);
  const setFolds = (k) => {
    for (const [i, x] of folds.entries()) x.apply(i < k);
  };
  shrink(folds.length, setFolds);
  if (fits()) return render();
  const bySize = p.jobs.map((j, i) => ({ i, size: (f.foldedDiffs.has(i) && j.folded ? j.folded : j.full).length })).sort((a, b) => b.size - a.size || b.i - a.i);
  const setDropped = (k) => {
    f.droppedJobs = new Set(bySize.slice(0, k).map((x) => x.i));
  };
  shrink(bySize.length, setDropped);
  if (fits()) return render();
  const longest = Math.max(p.rows.length, p.affected.length, p.diagnostics.length);
  const setKeep = (k) => {
    f.keep = longest - k;
  };
  shrink(longest, setKeep);
  if (fits()) return render();
  f.minimal = true;
  if (fits()) return render();
  return assemble({ ...p, footer: void 0 }, f, limit);
});

// src/render/openmetrics.ts
var FAMILIES = [
  {
    name: "flinkops_job_running",
    type: "gauge",
    help: "Whether the newest instance of the job is RUNNING on the cluster",
    value: (r) => r.state === "RUNNING" ? 1 : 0
  },
  {
    name: "flinkops_job_records_in_per_second",
    type: "gauge",
    help: "Records the sources read per second (one-minute average)",
    value: (r) => r.metrics?.recordsInPerSecond
  },
  {
    name: "flinkops_job_records_out_per_second",
    type: "gauge",
    help: "Records the sinks receive per second (one-minute average)",
    value: (r) => r.metrics?.recordsOutPerSecond
  },
  {
    name: "flinkops_job_back_pressure_ratio",
    type: "gauge",
    unit: "ratio",
    help: "Share of time the most back-pressured subtask was back-pressured",
    value: (r) => r.metrics?.backPressure?.value
  },
  {
    name: "flinkops_job_busy_ratio",
    type: "gauge",
    unit: "ratio",
    help: "Share of time the busiest subtask was busy",
    value: (r) => r.metrics?.busy?.value
  },
  {
    name: "flinkops_job_last_checkpoint_duration_seconds",
    type: "gauge",
    unit: "seconds",
    help: "Duration of the last completed checkpoint",
    value: (r) => r.lastCheckpoint?.durationMs === void 0 ? void 0 : r.lastCheckpoint.durationMs / 1e3
  },
  {
    name: "flinkops_job_last_checkpoint_size_bytes",
    type: "gauge",
    unit: "bytes",
    help: "State size of the last completed checkpoint",
    value: (r) => r.lastCheckpoint?.stateSize
  },
  {
    name: "flinkops_job_watermark_lag_seconds",
    type: "gauge",
    unit: "seconds",
    help: "Now minus the lowest input watermark of the job",
    value: (r) => r.metrics?.watermarkLagMs === void 0 ? void 0 : r.metrics.watermarkLagMs / 1e3
  },
  {
    name: "flinkops_job_consumer_lag_records",
    type: "gauge",
    help: "Records the Kafka sources are behind their topics",
    value: (r) => r.metrics?.consumerLag
  },
  {
    name: "flinkops_job_healthy",
    type: "gauge",
    help: "Whether the job passes its health rules (status --check)",
    value: (r) => r.healthy === void 0 ? void 0 : r.healthy ? 1 : 0
  }
];
var label2 = (function label2(v) {
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
});
var num = (function num(x) {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "+Inf" : "-Inf";
  return String(x);
});
var renderOpenMetrics = (function renderOpenMetrics(project, env, rows, up = true) {
  const out = [
    "# TYPE flinkops_status_up gauge",
    "# HELP flinkops_status_up Whether status read the repository, the state store and the cluster (0: the reason is on stderr).",
    `flinkops_status_up{project="${label2(project)}",env="${label2(env)}"} ${up ? 1 : 0}`
  ];
  for (const f of FAMILIES) {
    const samples = rows.map((r) => ({ r, v: f.value(r) })).filter((s) => s.v !== void 0);
    if (samples.length === 0) continue;
    out.push(`# TYPE ${f.name} ${f.type}`);
    if (f.unit) out.push(`# UNIT ${f.name} ${f.unit}`);
    out.push(`# HELP ${f.name} ${f.help}.`);
    for (const { r, v } of samples)
      out.push(`${f.name}{project="${label2(project)}",env="${label2(env)}",job="${label2(r.job)}"} ${num(v)}`);
  }
  out.push("# EOF");
  return `${out.join("\n")}
`;
});

// src/render/savepoints.ts
var formatBytes = (function formatBytes(n) {
  if (n === void 0) return "-";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} B` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
});
var renderSavepointList = (function renderSavepointList(job, entries, opts = {}, started = []) {
  const s = makeStyle(opts.color ?? false);
  const from = started.map((p) => {
    const what = restorePointKind(p.path);
    const facts = [
      p.pinned ? "pinned with restoreFrom" : "",
      p.recorded ? "" : `not one of ${job}'s recorded savepoints: retention never disposes of it`
    ].filter(Boolean);
    return `${p.version === "running" ? "Running" : p.version === "last stable" ? "Last stable" : "Last deployed"} job ${p.jobId} (deployed ${p.deployedAt}) was started from ${what} ${replaceControls(p.path, () => "\uFFFD")}${facts.length ? ` (${facts.join("; ")})` : ""}.`;
  });
  const none = opts.batch ? ": a batch job, of which Flink takes no savepoints" : "";
  if (entries.length === 0) return `${[...from, `No savepoints recorded for ${job}${none}.`].join("\n")}
`;
  const header = ["TIME", "AGE", "KIND", "SPEC", "FLINK", "SIZE", "STATUS", "PATH"];
  const rows = entries.map((e) => [
    e.time,
    formatAge(e.ageMs),
    e.kind,
    `${e.specHash.slice(0, 12)}${e.adopted ? " (adopted)" : e.matchesCurrentSpec ? " (current)" : ""}`,
    e.flinkVersion ?? "-",
    formatBytes(e.sizeBytes),
    e.disposed ? "disposed" : e.unreadableOn ? `not on ${e.unreadableOn}` : e.protected ? "kept" : "restorable",
    replaceControls(e.path, () => "\uFFFD")
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const out = [...from, ...from.length ? [""] : [], s.bold(line(header))];
  entries.forEach((e, i) => {
    const text = line(rows[i]);
    out.push(e.disposed ? s.dim(text) : text);
  });
  const notes = entries.filter((e) => e.protected && !e.disposed);
  if (notes.length) {
    out.push("", "Never disposed by retention:");
    for (const e of notes) out.push(`  ${replaceControls(e.path, () => "\uFFFD")}: ${e.protected}`);
  }
  const restorable = entries.filter((e) => !e.disposed);
  const unreadable = restorable.filter((e) => e.unreadableOn);
  const on = unreadable[0]?.unreadableOn;
  if (on)
    out.push(
      "",
      `Flink ${on} (this cluster) cannot restore ${unreadable.length === 1 ? "the savepoint" : `the ${unreadable.length} savepoints`} a newer major release wrote (${[...new Set(unreadable.map((e) => e.flinkVersion))].join(", ")}): a resume or recovery here passes over ${unreadable.length === 1 ? "it" : "them"}; a cluster of that release restores ${unreadable.length === 1 ? "it" : "them"}.`
    );
  out.push(
    "",
    `${entries.length} savepoint${entries.length === 1 ? "" : "s"} of ${job}: ${restorable.length} restorable${on ? ` (${unreadable.length} not on Flink ${on})` : ""}, ${entries.length - restorable.length} disposed.`
  );
  return `${out.join("\n")}
`;
});

// src/render/terminal.ts
var LABEL_WIDTH = 13;
var BODY_INDENT = "      ";
var targetNote = (function targetNote(t, s) {
  const parts = [
    ...t.jobs ? [`jobs ${t.jobs.map((j) => clean(j)).join(", ")}`] : [],
    ...t.causes ? [`changes caused by ${t.causes.join(", ")}`] : []
  ];
  const lines = [s.yellow(`Targeted plan: only ${parts.join(" and ")}.`)];
  if (t.omitted.length > 0)
    lines.push(
      s.yellow(
        `Left out: ${t.omitted.map((o) => `${clean(o.job)} (${o.action})`).join(", ")}. Plan without a target to see everything.`
      )
    );
  return lines;
});
var renderPlanTerminal = (function renderPlanTerminal(plan, opts) {
  const s = makeStyle(opts.color);
  const out = [];
  const commit = plan.commit ? `, commit ${clean(plan.commit)}` : "";
  out.push(s.bold(`flinkops plan: project ${clean(plan.project)}, environment ${clean(plan.env)}${commit}`));
  const cluster = clusterLine(plan, clean);
  if (cluster) out.push(s.yellow(cluster));
  out.push("");
  if (plan.offline) {
    out.push(
      s.yellow(
        "Planned offline: the cluster was not consulted, so live state, drift and failed jobs are not shown."
      )
    );
    out.push("");
  }
  if (plan.target) out.push(...targetNote(plan.target, s), "");
  const changes = visibleChanges(plan);
  if (changes.length > 0) {
    out.push("Actions are shown with these symbols:");
    for (const kind of actionsPresent(plan)) {
      const look = actionLook(kind);
      out.push(`  ${s[look.color](look.symbol)} ${kind}`);
    }
    out.push("");
    out.push("flinkops will perform the following actions:");
    out.push("");
    for (const change2 of changes) {
      out.push(...jobBlock(change2, s, opts.verbose ?? false));
      out.push("");
    }
  }
  const heldBack = plan.changes.filter((c) => c.action === "none" && c.causes.length > 0).sort((a, b) => compareText(a.job, b.job));
  if (heldBack.length > 0) {
    out.push("No action:");
    for (const c of heldBack) out.push(`  ${s.bold(clean(c.job))}: ${clean(c.reason)}`);
    out.push("");
  }
  if (opts.verbose) {
    const unchanged = plan.changes.filter((c) => c.action === "none").map((c) => clean(c.job));
    if (unchanged.length > 0) {
      out.push(s.dim(`Unchanged: ${unchanged.sort(compareText).join(", ")}`));
      out.push("");
    }
  }
  const affected = plan.affected.filter((a) => a.jobs.length > 0);
  if (affected.length > 0) {
    out.push("Changed tables and UDFs:");
    for (const a of affected) {
      out.push(`  ${a.kind} ${s.bold(clean(a.name))} \u2192 ${a.jobs.map((j) => clean(j)).join(", ")}`);
    }
    out.push("");
  }
  const shownInBlocks = new Set(
    changes.flatMap((c) => c.refused ? [`${c.refused.code}\0${c.refused.summary}`] : [])
  );
  const all = mergeDiagnostics(plan.diagnostics, opts.diagnostics ?? []);
  const diags = all.filter((d) => d.range || !shownInBlocks.has(`${d.code}\0${d.summary}`));
  if (diags.length > 0) {
    const inBlocks = all.length - diags.length;
    out.push(
      `Diagnostics (${summarizeDiagnostics(all)}${inBlocks > 0 ? `; ${inBlocks} shown at ${inBlocks === 1 ? "its job" : "their jobs"} above` : ""}):`
    );
    out.push(
      renderDiagnostics(diags.map(cleanDiagnostic), {
        color: opts.color,
        sources: opts.sources,
        consolidate: !opts.verbose
      }).trimEnd()
    );
    out.push("");
  }
  for (const line of versionUpgradeSummaryLines(plan, (j) => clean(j))) out.push(s.bold(line));
  out.push(s.bold(summaryLine(plan)));
  const refused = refusedLine(plan, (j) => clean(j));
  if (refused) out.push(s.red(refused));
  return `${out.join("\n")}
`;
});
var jobBlock = (function jobBlock(c, s, verbose) {
  const look = actionLook(c.action);
  const paint = s[look.color];
  const how = changeMode(c);
  const mode = how ? ` (${how})` : "";
  const refusedTag = c.refused ? ` ${s.red("[refused]")}` : "";
  const renamed = c.renamedFrom ? ` (renamed from ${clean(c.renamedFrom.job)})` : c.refused?.renamedFrom !== void 0 ? ` (movedFrom: ${clean(c.refused.renamedFrom)})` : "";
  const lines = [
    `  ${paint(look.symbol)} ${s.bold(clean(c.job))}${renamed} ${look.future}${mode}${refusedTag}`
  ];
  const field = (label3, values) => {
    values.forEach((v, i) => {
      lines.push(`${BODY_INDENT}${(i === 0 ? label3 : "").padEnd(LABEL_WIDTH)}${v}`);
    });
  };
  field("reason", [clean(c.reason)]);
  if (c.causes.length > 0) field("causes", c.causes.map(formatCause2));
  const par = parallelism2(c);
  if (par) field("parallelism", [par]);
  if (verbose && (c.from?.specHash || c.to?.specHash)) {
    const from = c.from?.specHash;
    const to = c.to?.specHash;
    field("spec hash", [
      from === to ? `${clean(to ?? "")} (unchanged)` : `${clean(from ?? "(none)")} \u2192 ${clean(to ?? "(none)")}`
    ]);
  }
  if (c.liveJobId || c.liveState) {
    field("live job", [
      [c.liveJobId, c.liveState && `(${c.liveState})`].filter(Boolean).map((x) => clean(String(x))).join(" ")
    ]);
  }
  if (c.restoreFrom) field("restore", [clean(c.restoreFrom)]);
  if (c.renamedFrom)
    field("renamed", [
      `from ${clean(c.renamedFrom.job)} (${clean(c.renamedFrom.pipelineName)}): its state store record and savepoints move to ${clean(c.job)}; once every environment has applied it, movedFrom can be removed`
    ]);
  const moved = moveLine(c);
  if (moved) field("moves from", [clean(moved)]);
  if (c.compatibility)
    field("state", compatLines2(c.compatibility, s, isStateless(c), c.compiledPlan !== void 0));
  const version = versionUpgradeLines(c);
  if (version) {
    const v = c.versionUpgrade.verdict;
    const paint2 = v === "compatible" ? s.green : v === "unknown" ? s.yellow : s.red;
    field("version", [
      paint2(clean(version.head)),
      ...version.findings.map((f) => `  \u2022 ${clean(f)}`),
      ...version.advice.map((a) => `  ${s.cyan("\u2192")} ${clean(a)}`)
    ]);
  }
  const planLines = compiledPlanLines(c);
  if (planLines.length > 0)
    field(
      "plan",
      planLines.map((l) => clean(l))
    );
  if (c.sqlDiff) {
    if (verbose) {
      lines.push(`${BODY_INDENT}sql diff`);
      for (const l of colorDiffLines(clean(c.sqlDiff, true), s)) lines.push(`${BODY_INDENT}  ${l}`);
    } else {
      const stat = diffStat(c.sqlDiff);
      field("sql diff", [
        `${s.green(`+${stat.added}`)} ${s.red(`-${stat.removed}`)} lines (--verbose shows the diff)`
      ]);
    }
  }
  if (c.refused) {
    const detail = clean(c.refused.detail, true).split("\n").filter((l) => l.trim());
    field("refused", [`${s.red(clean(c.refused.code))} ${clean(c.refused.summary)}`, ...detail]);
  }
  return lines;
});
var compatLines2 = (function compatLines2(compat, s, stateless, fromPlans) {
  const verdict = stateless ? s.yellow("starts without state (upgradeMode: stateless)") : compat.verdict === "compatible" ? s.green("compatible") : compat.verdict === "incompatible" ? s.red(`incompatible: ${restoreOutcome(compat)}`) : compat.verdict === "drops-state" ? s.red("drops state") : s.yellow("compatibility unknown");
  return [
    `${verdict}${verdictSource(compat, fromPlans)}`,
    ...compat.findings.map((f) => `  \u2022 ${clean(f)}`),
    ...compat.advice.map((a) => `  ${s.cyan("\u2192")} ${clean(a)}`)
  ];
});
var restoreOutcome = (function restoreOutcome(compat) {
  return compat.restore === "read-wrong" ? "Flink restores the state and reads it wrong" : compat.restore === "fails-or-read-wrong" ? "the restore will fail, or read the state wrong" : "the restore will fail";
});
var parallelism2 = (function parallelism2(c) {
  const from = c.from?.parallelism;
  const to = c.to?.parallelism;
  if (from !== void 0 && to !== void 0) return from === to ? String(to) : `${from} \u2192 ${to}`;
  if (to !== void 0) return String(to);
  if (from !== void 0) return String(from);
  return void 0;
});
var formatCause2 = (function formatCause2(c) {
  const change2 = causeIsNote(c) ? `: ${clean(c.to)}` : c.from !== void 0 || c.to !== void 0 ? `: ${clean(c.from ?? "(none)")} \u2192 ${clean(c.to ?? "(none)")}` : "";
  return `${c.kind} ${clean(c.path)}${change2}`;
});
var clean = (function clean(text, multiline = false) {
  const t = multiline ? text.replace(/\r\n?/g, "\n") : text.replace(/\r\n|\r|\n/g, " ");
  return replaceControls(t, hexControl);
});
var cleanDiagnostic = (function cleanDiagnostic(d) {
  return { ...d, summary: clean(d.summary), detail: clean(d.detail, true) };
});

export {
  slotShortage,
  awaitsScheduling,
  waitingState,
  isCurrentInstance,
  judgedInstances,
  createLimiter,
  mapPool,
  offlineLiveState,
  observe,
  observeEnvironment,
  refusalHint,
  PLAN_CODES,
  POLICY_CODES,
  effectiveParallelism,
  runningBelow,
  startedWithoutState,
  ownRestorableSavepoint,
  LASTING_STORE,
  catalogStoreOf,
  perSessionStore,
  READ_ONLY,
  SET_MARKERS,
  explained,
  lastingStatement,
  existenceCheck,
  lastingUnder,
  lastingStatements,
  tableFacts,
  unifiedDiff,
  configuredBackend,
  isoMinute,
  desiredRunState,
  recordOf,
  PLAN_FORMAT_VERSION,
  changeMode,
  summarize,
  hasChanges,
  differs,
  holdsRollback,
  stopsByCancel,
  MOVE_CODES,
  changedJobCommits,
  unknownJobs,
  diff,
  slotDiagnostics,
  planFileUri,
  compilePlanStatement,
  readPlanFile,
  APPLY_CODES,
  DEFAULT_TIMING,
  pollOptions,
  clusterVersion,
  toSteps,
  describeStep,
  describeSteps,
  withLockedSession,
  triggerSavepoint,
  resolvePendingSavepoint,
  startedFrom,
  RETAIN_ON_CANCEL,
  knownSecretValues,
  execute,
  reportedAction,
  applyFailed,
  actionLook,
  countActions,
  summaryLine,
  renderApplyReport,
  explainJson,
  finishedWords,
  escapeMd,
  code,
  renderFailureDetails,
  renderPlanJson,
  changedSubgraph,
  lineageToMermaid,
  GITHUB_COMMENT_LIMIT,
  planMarker,
  renderPlanMarkdown,
  renderDiagnosticsMarkdown,
  smallest,
  renderOpenMetrics,
  formatBytes,
  renderSavepointList,
  renderPlanTerminal
};
