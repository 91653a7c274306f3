import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  clusterOf,
  connect,
  connectPrevious,
  previousEndpoints,
  resolveEndpoints
} from "./chunk-4JYTUE2B.mjs";
import {
  lockHolderGone
} from "./chunk-B7I53RQA.mjs";
import {
  LASTING_STORE,
  MOVE_CODES,
  PLAN_CODES,
  POLICY_CODES,
  READ_ONLY,
  RETAIN_ON_CANCEL,
  SET_MARKERS,
  awaitsScheduling,
  catalogStoreOf,
  changedJobCommits,
  compilePlanStatement,
  configuredBackend,
  createLimiter,
  diff,
  existenceCheck,
  explained,
  isoMinute,
  judgedInstances,
  lastingStatement,
  lastingStatements,
  lastingUnder,
  mapPool,
  observeEnvironment,
  offlineLiveState,
  perSessionStore,
  planFileUri,
  readPlanFile,
  recordOf,
  refusalHint,
  slotDiagnostics,
  slotShortage,
  startedFrom,
  stopsByCancel,
  summarize,
  tableFacts,
  waitingState
} from "./chunk-TQUC6T4P.mjs";
import {
  parseExecutionPlan,
  tableKey
} from "./chunk-7ST6JL7S.mjs";
import {
  readState
} from "./chunk-TKT2SQCQ.mjs";
import {
  failureCause,
  flinkPosition,
  flinkReason,
  isTerminal,
  isTransient
} from "./chunk-YM6LO4KA.mjs";
import {
  systemClock
} from "./chunk-GSLRF5EB.mjs";
import {
  compileProject,
  ownRange,
  projectEnvironment,
  restartHash,
  restartHashAsBefore,
  revivedCompile,
  specChecksums
} from "./chunk-TUYVXCSN.mjs";
import {
  sameEndpoint,
  shownUrl
} from "./chunk-PG4X7Q6A.mjs";
import {
  analyzeScript,
  normalizeSqlNames
} from "./chunk-2KEB7JXC.mjs";
import {
  PROJECT_FILE,
  parseYaml,
  readTextFile,
  valueAt
} from "./chunk-DPJDA3R2.mjs";
import {
  isOp,
  isWord,
  lex
} from "./chunk-BYIOOC32.mjs";
import {
  fingerprint,
  nodeCrypto
} from "./chunk-QDFCQ7OG.mjs";
import {
  majorMinor,
  releaseAtLeast
} from "./chunk-2J7UGB3X.mjs";
import {
  LineIndex,
  escapeRegExp
} from "./chunk-MHE3XHPS.mjs";
import {
  parseDurationMs
} from "./chunk-H5WAOW7W.mjs";
import {
  LABEL_KEYS
} from "./chunk-EKKRR5UX.mjs";
import {
  dirname,
  join
} from "./chunk-KBTCQ2CM.mjs";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync
} from "./chunk-NPMD6JOW.mjs";
import {
  fileURLToPath,
  init_node_url
} from "./chunk-2W6PPHYK.mjs";
import {
  error,
  hasErrors,
  positionIn,
  sortDiagnostics,
  warning
} from "./chunk-FYVUM4PK.mjs";

// src/observe/health.ts
var HEALTH_OBSERVE_CODES = {
  /** Warning: the exceptions history or back-pressure of a job could not be read. */
  healthUnreadable: "FO655"
};
var COUNTED = /* @__PURE__ */ new Set([
  "RUNNING",
  "RESTARTING",
  "FAILING",
  "CREATED",
  "INITIALIZING",
  "RECONCILING",
  "FAILED"
]);
var observeHealth = (async function observeHealth(client, live, opts = {}) {
  const limit = createLimiter(opts.concurrency ?? 16);
  const diags = [];
  const unreadable = (j, what, message) => diags.push(
    warning(
      HEALTH_OBSERVE_CODES.healthUnreadable,
      `cannot read the ${what} of job ${j.name} (${j.jobId}): ${message}`,
      `The health rules that need it are not checked for ${j.job}; check that the JobManager is healthy and run again.`
    )
  );
  const targets = new Set([...judgedInstances(live.jobs)].filter((j) => COUNTED.has(j.state)));
  const jobs = await Promise.all(
    live.jobs.map(async (j) => {
      if (!targets.has(j)) return j;
      const out = { ...j };
      const ex = await limit(() => client.getExceptions(j.jobId, opts.maxExceptions ?? 100));
      if (ex.ok) {
        out.failureTimes = ex.value.history.map((e) => e.timestamp).filter((t) => t !== void 0).sort((a, b) => b - a);
        out.failureHistoryTruncated = ex.value.truncated;
        const entry = ex.value.rootCause ?? ex.value.history[0];
        if (entry) out.lastFailure = failureCause(entry.causes ?? []) ?? entry.message;
      } else if (ex.error.status !== 404) unreadable(j, "exceptions", ex.error.message);
      const read = client.getBackpressure?.bind(client);
      if (read && opts.backpressureFor?.has(j.job) && j.state === "RUNNING") {
        const levels = await Promise.all(
          j.vertices.map(async (v) => ({ v, r: await limit(() => read(j.jobId, v.id)) }))
        );
        out.backpressure = [];
        for (const { v, r } of levels) {
          if (!r.ok) {
            if (r.error.status !== 404) unreadable(j, `back-pressure of vertex ${v.name}`, r.error.message);
            continue;
          }
          if (r.value.level) out.backpressure.push({ vertexId: v.id, vertex: v.name, level: r.value.level });
        }
      }
      return out;
    })
  );
  diags.sort((a, b) => a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0);
  return { value: { ...live, jobs }, diags };
});

// src/observe/metrics.ts
var METRICS_OBSERVE_CODES = {
  /** Warning: the metrics of a vertex could not be read. */
  metricsUnreadable: "FO656"
};
var VERTEX_METRICS = [
  "numRecordsInPerSecond",
  "numRecordsOutPerSecond",
  "backPressuredTimeMsPerSecond",
  "busyTimeMsPerSecond",
  "currentInputWatermark"
];
var SOURCE_OUT = /^Source__[^.]*\.numRecordsOutPerSecond$/;
var SINK_IN = /^(Sink__[^.]*|[^.]*__Writer)\.numRecordsInPerSecond$/;
var SINK_OPERATOR = /(^|-> |\(|, )Sink: |: Writer\b/;
var CONSUMER_LAG = /(^|\.)(pendingRecords|KafkaConsumer\.records-lag-max)$/;
var isSourceVertex = (function isSourceVertex(v) {
  return v.role === "source" || v.role === void 0 && v.name.startsWith("Source:");
});
var NO_WATERMARK = -9e18;
var observeMetrics = (async function observeMetrics(client, live, opts) {
  const list = client.listVertexMetrics?.bind(client);
  const get = client.getVertexMetrics?.bind(client);
  if (!list || !get) return { value: live, diags: [] };
  const limit = createLimiter(opts.concurrency ?? 16);
  const diags = [];
  const targets = new Set([...judgedInstances(live.jobs)].filter((j) => j.state === "RUNNING"));
  const readVertex = async (j, v) => {
    let names = [...VERTEX_METRICS];
    const source = isSourceVertex(v);
    if (source || v.role === "sink" || SINK_OPERATOR.test(v.name)) {
      const all = await limit(() => list(j.jobId, v.id));
      if (all.ok) {
        const has = new Set(all.value);
        names = names.filter((n) => has.has(n));
        names.push(
          ...all.value.filter(
            (n) => SINK_IN.test(n) || source && (SOURCE_OUT.test(n) || CONSUMER_LAG.test(n))
          )
        );
      }
    }
    const r = await limit(() => get(j.jobId, v.id, names));
    if (!r.ok) {
      if (r.error.status !== 404)
        diags.push(
          warning(
            METRICS_OBSERVE_CODES.metricsUnreadable,
            `cannot read the metrics of vertex ${v.name} of job ${j.name} (${j.jobId}): ${r.error.message}`,
            `Its metrics and the health rules on them are not checked for ${j.job}; check that the JobManager is healthy and run again.`
          )
        );
      return void 0;
    }
    return { v, values: new Map(r.value.map((m) => [m.id, m])) };
  };
  const jobs = await Promise.all(
    live.jobs.map(async (j) => {
      if (!targets.has(j) || opts.jobs && !opts.jobs.has(j.job)) return j;
      const reads = (await Promise.all(j.vertices.map((v) => readVertex(j, v)))).filter(
        (r) => r !== void 0
      );
      if (reads.length === 0) return j;
      return { ...j, metrics: jobMetrics(reads, opts.now) };
    })
  );
  diags.sort((a, b) => a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0);
  return { value: { ...live, jobs }, diags };
});
var worst = (function worst(reads, name, scale) {
  let best;
  for (const { v, values } of reads) {
    const max = values.get(name)?.max;
    if (max === void 0) continue;
    if (!best || max / scale > best.value) best = { vertexId: v.id, vertex: v.name, value: max / scale };
  }
  return best;
});
var jobMetrics = (function jobMetrics(reads, now) {
  const out = {};
  let recIn;
  let recOut;
  let lag;
  let lowWatermark;
  let missing;
  for (const r of reads) {
    const names = [...r.values.keys()];
    if (isSourceVertex(r.v)) {
      const own = names.find((n) => SOURCE_OUT.test(n));
      const rate = r.values.get(own ?? "numRecordsOutPerSecond")?.sum;
      if (rate !== void 0) recIn = (recIn ?? 0) + rate;
      const lagNames = names.filter((x) => CONSUMER_LAG.test(x));
      const pending = lagNames.filter((x) => x.endsWith("pendingRecords"));
      for (const n of pending.length > 0 ? pending : lagNames) {
        const m = r.values.get(n);
        const v = n.endsWith("pendingRecords") ? m.sum : m.max;
        if (v !== void 0 && v >= 0) lag = (lag ?? 0) + v;
      }
    }
    const sinks = names.filter((n) => SINK_IN.test(n));
    if (sinks.length === 0 && r.v.role === "sink") sinks.push("numRecordsInPerSecond");
    for (const n of sinks) {
      const rate = r.values.get(n)?.sum;
      if (rate !== void 0) recOut = (recOut ?? 0) + rate;
    }
    const wm = r.values.get("currentInputWatermark")?.min;
    if (wm !== void 0 && wm > NO_WATERMARK && wm > 0 && (lowWatermark === void 0 || wm < lowWatermark))
      lowWatermark = wm;
    if (wm !== void 0 && wm <= NO_WATERMARK && !isSourceVertex(r.v)) missing ??= r.v.name;
  }
  if (recIn !== void 0) out.recordsInPerSecond = recIn;
  if (recOut !== void 0) out.recordsOutPerSecond = recOut;
  const bp = worst(reads, "backPressuredTimeMsPerSecond", 1e3);
  if (bp) out.backPressure = bp;
  const busy = worst(reads, "busyTimeMsPerSecond", 1e3);
  if (busy) out.busy = busy;
  if (lowWatermark !== void 0) out.watermarkLagMs = Math.max(0, now - lowWatermark);
  if (missing !== void 0) out.watermarkMissingAt = missing;
  if (lag !== void 0) out.consumerLag = lag;
  return out;
});

// src/engine/compile-off-thread.ts
var COMPILE_WORKER_FROM_JOBS = 500;
var compileOffThread = (function compileOffThread(dir, options) {
  const entry = new URL("./compile-worker.mjs", import.meta.url);
  if (entry.protocol !== "file:" || !existsSync(entry)) return void 0;
  if (jobFiles(dir) < COMPILE_WORKER_FROM_JOBS) return void 0;
  if (process.getBuiltinModule("node:os").availableParallelism() < 2) return void 0;
  const v8 = process.getBuiltinModule("node:v8");
  lessEagerOptimising(v8);
  v8.setFlagsFromString(`--initial-old-space-size=${WORKER_INITIAL_OLD_SPACE_MB}`);
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { dir, options } });
    worker.once("message", (r) => resolve(revivedCompile(r)));
    worker.once("error", reject);
    worker.once(
      "exit",
      (code) => reject(new Error(`bug: the compile worker exited with ${code} and no result`))
    );
  });
});
var lessEagerOptimising = (function lessEagerOptimising(v8) {
  v8.setFlagsFromString("--efficiency-mode");
});
var WORKER_INITIAL_OLD_SPACE_MB = 256;
var jobFiles = (function jobFiles(dir) {
  try {
    return readdirSync(join(dir, "jobs")).filter((f) => f.endsWith(".sql")).length;
  } catch {
    return 0;
  }
});

// src/engine/compile-plans.ts
var COMPILE_PLAN_CODES = {
  /** Error: a job in planMode: compiled, but its environment names no planDir. */
  noPlanDir: "FO642",
  /** Warning: compiled plans could not be made (gateway unreachable, offline): hashes are the script's. */
  notCompiled: "FO643",
  /** Warning: the copy of a plan committed under plans/<env>/ is not the plan the job runs from. */
  staleCopy: "FO644",
  /** Error: a job in planMode: compiled on a release before 1.19 (the cluster's, else flinkVersion). */
  tooOld: "FO670"
};
var FIRST_COMPILED_RELEASE = "1.19";
var committedPlanFile = (function committedPlanFile(env, job) {
  return `plans/${env}/${job}.json`;
});
var syncCommittedPlans = (function syncCommittedPlans(dir, desired, write) {
  const diags = [];
  for (const job of desired.jobs) {
    if (!job.compiledPlan) continue;
    const file = committedPlanFile(desired.env, job.name);
    const path = join(dir, file);
    const text = existsSync(path) ? readFileSync(path, "utf8") : void 0;
    if (text === job.compiledPlan.json) continue;
    if (write) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, job.compiledPlan.json);
    } else if (text !== void 0) {
      diags.push(
        warning(
          COMPILE_PLAN_CODES.staleCopy,
          `${file} is not the compiled plan job ${job.name} starts from`,
          `The plan to execute is ${job.compiledPlan.path} (sha256 ${job.compiledPlan.sha256.slice(0, 12)}). Run flinkops plan --write-plans and commit the copy, so reviewers see the plan that runs.`,
          { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
        )
      );
    }
  }
  return diags;
});
var SUBMITS = /* @__PURE__ */ new Set(["insert", "statement_set", "execute"]);
var untemplate = (function untemplate(text) {
  return text.replaceAll("$${", "${");
});
var compileSteps = (function compileSteps(statements, store = perSessionStore()) {
  const lasting = new Set(lastingStatements(statements, false, store));
  const setup = [];
  let submit;
  let set;
  for (const st of statements) {
    if (st.kind === "begin_statement_set") set = [];
    else if (set !== void 0 && st.kind === "insert") set.push(st.text);
    else if (set !== void 0 && st.kind === "end") {
      submit = `STATEMENT SET BEGIN
${set.map((i) => `  ${i};`).join("\n")}
END`;
      set = void 0;
    } else if (SUBMITS.has(st.kind)) submit = st.text;
    else if (!lasting.has(st) && !READ_ONLY.has(st.kind) && !SET_MARKERS.has(st.kind)) setup.push(st.text);
  }
  return { setup: setup.map(untemplate), ...submit ? { submit: untemplate(submit) } : {} };
});
var compileOne = (async function compileOne(client, job, path) {
  const steps = compileSteps(job.statements);
  if (!steps.submit)
    return { ok: false, refused: true, message: "the script has no INSERT or statement set" };
  const opened = await client.openSession({ sessionName: `flinkops-compile-${job.name}` });
  if (!opened.ok) return { ok: false, refused: false, message: flinkReason(opened.error) };
  const sh = opened.value;
  try {
    if (compileSteps(job.statements, LASTING_STORE).setup.length < steps.setup.length) {
      const config = await client.getSessionConfig(sh);
      if (!config.ok) return { ok: false, refused: false, message: flinkReason(config.error) };
      const kept = lastingStatement(job.statements, false, catalogStoreOf(config.value));
      if (kept)
        return {
          ok: false,
          refused: true,
          message: `its ${kept.kind.replaceAll("_", " ")} statement would outlive the session the plan is compiled in: this SQL Gateway's catalog store keeps the catalogs its sessions create (table.catalog-store.kind is not generic_in_memory). Write CREATE TEMPORARY ... for what only the job needs, and register a catalog in that store once instead of creating it in the job.`
        };
    }
    for (const text of [...steps.setup, compilePlanStatement(path, steps.submit)]) {
      const r = await client.runStatement(sh, text, { timeoutMs: 18e4 });
      if (!r.ok) return { ok: false, refused: r.error.kind === "statement", message: flinkReason(r.error) };
    }
  } finally {
    await client.closeSession(sh);
  }
  const read = await readPlanFile(client, path);
  if (!read.ok)
    return { ok: false, refused: false, message: `reading ${path} back: ${flinkReason(read.error)}` };
  return { ok: true, ...read.value };
});
var planKey = (function planKey(statements) {
  const kept = statements.filter(
    (st) => st.kind !== "set" || st.set?.key === void 0 || st.set.key.startsWith("table.")
  );
  const steps = compileSteps(kept);
  return fingerprint({ setup: steps.setup, submit: steps.submit ?? "" });
});
var planMeaning = (function planMeaning(statements) {
  const kept = statements.filter(
    (st) => st.kind !== "set" || st.set?.key === void 0 || st.set.key.startsWith("table.")
  );
  const steps = compileSteps(kept);
  return fingerprint({
    setup: steps.setup.map(normalizeSqlNames),
    submit: normalizeSqlNames(steps.submit ?? "")
  });
});
var sameMeaningPlan = (function sameMeaningPlan(current, statements, path) {
  if (!current?.plan || current.plan.path === path || current.script === void 0) return void 0;
  const before = analyzeScript(current.script, "current.sql", {
    ...current.flinkVersion ? { flinkVersion: current.flinkVersion } : {}
  });
  if (before.diags.some((d) => d.severity === "error")) return void 0;
  return planMeaning(before.statements) === planMeaning(statements) ? current.plan.path : void 0;
});
var compiledSpecHash = (function compiledSpecHash(scriptHash, planSha256) {
  return fingerprint({ script: scriptHash, plan: planSha256 });
});
var compileJobPlans = (async function compileJobPlans(client, desired, doc, opts = {}) {
  const out = { planErrors: {}, diags: [] };
  const jobs = desired.jobs.filter((j) => j.settings.planMode === "compiled");
  if (jobs.length === 0) return out;
  const planDir = desired.environment.planDir;
  if (!planDir) {
    for (const j of jobs) {
      out.diags.push(
        error(
          COMPILE_PLAN_CODES.noPlanDir,
          `job ${j.name} has planMode: compiled, but environment ${desired.env} names no planDir`,
          `Set environments.${desired.env}.planDir in flinkops.yaml to a directory every SQL Gateway of the environment can read and write (s3://\u2026, hdfs://\u2026, or file:// on a shared mount), or set planMode: script.`,
          { file: j.yamlFile ?? j.sqlFile, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
        )
      );
    }
    return out;
  }
  const live = majorMinor(opts.liveVersion);
  const release = live ?? desired.flinkVersion;
  if (!releaseAtLeast(release, FIRST_COMPILED_RELEASE)) {
    const whose = live ? `the cluster runs Flink ${opts.liveVersion}` : `flinkVersion is ${release}`;
    for (const j of jobs)
      out.diags.push(
        error(
          COMPILE_PLAN_CODES.tooOld,
          `job ${j.name} has planMode: compiled, which needs Flink ${FIRST_COMPILED_RELEASE} or later: ${whose}`,
          `Flink ${release}'s SQL Gateway cannot read a compiled plan back, so apply could never start the job from one. Set planMode: script for this environment (environments.${desired.env}.jobs.${j.name}.planMode, or defaults), or upgrade the cluster to ${FIRST_COMPILED_RELEASE} or later.`,
          { file: j.yamlFile ?? j.sqlFile, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
        )
      );
    return out;
  }
  const uncompiled = [];
  await mapPool(jobs, opts.concurrency ?? 4, async (job) => {
    const key = job.restartHash;
    const current = doc.jobs[job.name]?.current;
    const named = planFileUri(planDir, desired.project, desired.env, job.name, planKey(job.statements));
    const path = sameMeaningPlan(current, job.statements, named) ?? named;
    const known = current?.plan?.path === path ? current.plan : void 0;
    if (known && (!client || !live || current?.flinkVersion === live)) {
      job.compiledPlan = { ...known };
      job.restartHash = compiledSpecHash(key, known.sha256);
      return;
    }
    if (!client) {
      uncompiled.push(job.name);
      return;
    }
    const r = await compileOne(client, job, path);
    if (!r.ok) {
      if (r.refused || known) out.planErrors[job.name] = r.message;
      if (known) {
        job.compiledPlan = { ...known };
        job.restartHash = compiledSpecHash(key, known.sha256);
      } else if (!r.refused) uncompiled.push(`${job.name} (${r.message})`);
      return;
    }
    job.compiledPlan = { path, json: r.json, sha256: r.sha256 };
    job.restartHash = compiledSpecHash(key, r.sha256);
  });
  if (uncompiled.length > 0) {
    out.diags.push(
      warning(
        COMPILE_PLAN_CODES.notCompiled,
        `compiled plans not made for ${uncompiled.length} job(s): ${uncompiled.sort().join(", ")}`,
        "Their plan shows the script only and apply refuses to start them until the gateway compiles them. Plan against the cluster (not --offline), and check that the gateway can write planDir."
      )
    );
  }
  return out;
});

// src/engine/default-backend.ts
var FLINK_DEFAULT_BACKEND = "hashmap";
var needsDefaultBackend = (function needsDefaultBackend(jobs, live, doc) {
  if (!live.observed) return false;
  const runsKnown = new Set(
    live.jobs.filter((l) => !isTerminal(l.state) && l.stateBackend !== void 0).map((l) => l.job)
  );
  return jobs.some(
    (j) => configuredBackend(j.settings.config) === void 0 && (runsKnown.has(j.name) || configuredBackend(doc?.jobs[j.name]?.current?.settings?.config) !== void 0)
  );
});
var readDefaultBackend = (async function readDefaultBackend(client) {
  const r = await client.getJobManagerConfig?.();
  if (!r?.ok) return void 0;
  return configuredBackend(r.value) ?? FLINK_DEFAULT_BACKEND;
});
var withDefaultBackend = (async function withDefaultBackend(client, jobs, live, doc) {
  if (live.defaultStateBackend !== void 0 || !needsDefaultBackend(jobs, live, doc)) return live;
  const backend = await readDefaultBackend(client);
  return backend === void 0 ? live : { ...live, defaultStateBackend: backend };
});

// src/engine/jar-checksums.ts
init_node_url();
var fileSha256 = (function fileSha256(path) {
  return new Promise((resolve) => {
    const hash = nodeCrypto().createHash("sha256");
    createReadStream(path).on("error", () => resolve(void 0)).on("data", (chunk) => hash.update(chunk)).on("end", () => resolve(hash.digest("hex")));
  });
});
var localPath = (function localPath(jar) {
  if (!/^file:/i.test(jar)) return void 0;
  try {
    return fileURLToPath(jar);
  } catch {
    return void 0;
  }
});
var jarChecksumProblems = (async function jarChecksumProblems(udfs) {
  const sums = /* @__PURE__ */ new Map();
  const out = [];
  for (const u of udfs) {
    const path = u.sha256 && u.jar ? localPath(u.jar) : void 0;
    if (!path) continue;
    if (!sums.has(path)) sums.set(path, fileSha256(path));
    const actual = await sums.get(path);
    if (actual === void 0 || actual === u.sha256) continue;
    out.push(
      error(
        "FO404",
        `The jar of UDF artifact ${u.name} does not have the sha256 the repository names: ${u.jar} has ${actual}, not ${u.sha256}`,
        "Flink loads a jar without checking it: the jobs calling its functions would restart on other bytes than the ones reviewed. Publish the jar the checksum is of, or write its checksum (sha256sum of the jar).",
        u.sha256At ?? { file: u.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
      )
    );
  }
  return out;
});

// src/engine/spent-pins.ts
var keepSpentPins = (function keepSpentPins(desired, doc) {
  const kept = [];
  for (const job of desired.jobs) {
    if (job.settings.restoreFrom !== void 0) continue;
    const current = doc.jobs[job.name]?.current;
    const pin = current?.settings?.restoreFrom;
    if (typeof pin !== "string" || current?.script !== job.script) continue;
    const settings = { ...job.settings, restoreFrom: pin };
    const hash = restartHash(job.script, settings, jarChecksums(job, desired));
    const deployed = current.plan ? compiledSpecHash(hash, current.plan.sha256) : hash;
    if (deployed !== current.specHash) continue;
    job.settings = settings;
    job.restartHash = hash;
    kept.push(job.name);
  }
  return kept;
});
var jarChecksums = (function jarChecksums(job, desired) {
  return specChecksums(
    job.udfs,
    (name) => desired.udfs.find((u) => u.name === name)?.sha256,
    job.pythonFiles,
    job.scriptJars
  );
});

// src/engine/kept-hashes.ts
var KEPT_HASH_CODE = "FO664";
var KEPT_SCRIPT_JARS_CODE = "FO460";
var keepDeployedHashes = (function keepDeployedHashes(desired, doc) {
  const diags = [];
  for (const job of desired.jobs) {
    const current = doc.jobs[job.name]?.current;
    if (!current || current.specHash === job.restartHash) continue;
    const deployedAs = (hash) => hash === void 0 ? void 0 : current.plan ? compiledSpecHash(hash, current.plan.sha256) : hash;
    const checksums = jarChecksums(job, desired);
    const before = restartHashAsBefore(job.script, job.settings, checksums);
    if (before !== void 0 && deployedAs(before) === current.specHash) {
      diags.push({
        code: KEPT_HASH_CODE,
        severity: "info",
        summary: `Job ${job.name} keeps spec hash ${current.specHash.slice(0, 12)}: nothing in it changed`,
        detail: `The flinkops that deployed it read a call of a function Flink added later (STARTSWITH, PARSE_JSON, \u2026) as written; this one reads it as the built-in's name and hashes the same script to ${job.restartHash.slice(0, 12)}. The job runs the repository\u2019s script, settings and jars, so it is not restarted; its next deployment records the new hash.`
      });
      job.restartHash = before;
      continue;
    }
    const kept = withoutScriptJars(job, checksums, deployedAs, current.specHash);
    if (kept === void 0) continue;
    diags.push({
      code: KEPT_SCRIPT_JARS_CODE,
      severity: "info",
      summary: `Job ${job.name} keeps spec hash ${current.specHash.slice(0, 12)}: deployed before the jars its script loads counted`,
      detail: `The flinkops that deployed it did not count the sha256 of the jars its own script loads (${Object.keys(job.scriptJars).join(", ")}); this one does, and hashes the same script and settings to ${job.restartHash.slice(0, 12)}. The store cannot say which build the job loaded, so it is not restarted for that alone; its next deployment records the jars. If a jar was rebuilt since the job was deployed, \`apply --replace ${job.name}\` restarts it with the build on disk now.`
    });
    job.restartHash = kept;
  }
  return diags;
});
var withoutScriptJars = (function withoutScriptJars(job, checksums, deployedAs, deployed) {
  if (!job.scriptJars) return void 0;
  const rest = Object.fromEntries(Object.entries(checksums).filter(([k]) => !k.startsWith("jar:")));
  for (const hash of [
    restartHash(job.script, job.settings, rest),
    restartHashAsBefore(job.script, job.settings, rest)
  ])
    if (hash !== void 0 && deployedAs(hash) === deployed) return hash;
  return void 0;
});

// src/engine/explain-session.ts
var EXPLAIN_CODES = {
  /** Error: the cluster's planner rejects a statement of a job the plan would start. */
  rejected: "FO630",
  /** Warning: the changed jobs could not be validated against the cluster's planner. */
  notValidated: "FO631",
  /** Info: a job's script creates objects that outlive a session, so it is not run for a plan. */
  skipped: "FO632",
  /** Warning: the planner refused a value plan holds back, a `${secret.X}` placeholder. */
  placeholder: "FO637"
};
var ONLY_SUCCESS = { maxRows: 0, closeOperation: false };
var setUp = (async function setUp(client, sh, text, opts) {
  if (!(await client.capabilities()).supportsConfigureSession)
    return client.runStatement(sh, text, { timeoutMs: opts.timeoutMs ?? 12e4, ...ONLY_SUCCESS });
  return client.configureSession(sh, text);
});
function notRunBecause(lasting, absent = false) {
  if (absent) return `the script creates ${createdName(lasting)}, which does not exist yet`;
  return lasting.kind === "create_table_as" ? "the script has a CREATE TABLE ... AS statement, which Flink before 2.0 cannot EXPLAIN (running it would start the job)" : `the script has a ${lasting.kind.replaceAll("_", " ")} statement, which outlives a session`;
}
function createdName(st) {
  return (st.table ?? st.view ?? st.database)?.name.parts.join(".") ?? st.kind.replaceAll("_", " ");
}
var explainText = (function explainText(st) {
  if (/^EXECUTE\b/i.test(st.text)) return { text: `EXPLAIN${st.text.slice("EXECUTE".length)}`, shift: 0 };
  return { text: `EXPLAIN ${st.text}`, shift: "EXPLAIN ".length };
});
var lookUp = (function lookUp(client, sh, st, opts) {
  return client.runStatement(sh, untemplate2(existenceCheck(st)), {
    timeoutMs: opts.timeoutMs ?? 12e4,
    ...ONLY_SUCCESS
  });
});
var untemplate2 = (function untemplate2(text) {
  return text.replaceAll("$${", "${");
});
var lastingIn = (async function lastingIn(client, sh, statements, ctas) {
  const config = await client.getSessionConfig(sh);
  return config.ok ? { ok: true, value: lastingUnder(statements, ctas, catalogStoreOf(config.value)) } : config;
});

// src/engine/explain-skipped.ts
function lastingAdvice(st) {
  if (st.kind === "create_catalog")
    return "This SQL Gateway's catalog store keeps the catalogs its sessions create (table.catalog-store.kind is not generic_in_memory), and Flink has no temporary catalog: to have plan check the job, register the catalog in that store once and remove the CREATE CATALOG from the job.";
  if (CREATES.has(st.kind))
    return `Write CREATE ${CREATES.get(st.kind)} IF NOT EXISTS ${createdName(st)}: Flink refuses to create an object that exists, so every later start of the job (an upgrade, a resume, a recovery, a rollback) would fail on this statement; with IF NOT EXISTS, plans check the job once the object exists. Use CREATE TEMPORARY ... only for a table of another connector that only the job needs.`;
  return "Use CREATE TEMPORARY ... for objects only the job needs.";
}
var CREATES = /* @__PURE__ */ new Map([
  ["create_table", "TABLE"],
  ["create_view", "VIEW"],
  ["create_database", "DATABASE"]
]);
function skipped(job, st, range, absent = false) {
  const d = absent ? {
    code: EXPLAIN_CODES.skipped,
    severity: "info",
    summary: `Job ${job.name} was not validated against the cluster's planner: ${notRunBecause(st, true)}`,
    detail: `This statement would create ${createdName(st)} in a catalog that keeps its objects beyond the plan's session, so plan does not run the script; the planner checks it when apply submits it, and an upgrade's state verdict is an estimate. Once the job's first start (or anyone) has created it, Flink skips this statement, and so do plans: they run the rest of the script and check the job.`
  } : st.kind === "create_table_as" ? {
    code: EXPLAIN_CODES.skipped,
    severity: "info",
    summary: `Job ${job.name} was not validated against the cluster's planner: Flink before 2.0 cannot EXPLAIN a CREATE TABLE ... AS`,
    detail: "Running the statement would start the job, so plan does not run the script; the planner checks it when apply submits it. From Flink 2.0 plan EXPLAINs it, and an upgrade's state verdict comes from Flink's stream graphs; here it is an estimate. To have it checked now, declare the table (tables/<name>.sql or .yaml) and write INSERT INTO <table> SELECT ... instead."
  } : {
    code: EXPLAIN_CODES.skipped,
    severity: "info",
    summary: `Job ${job.name} was not validated against the cluster's planner: its script creates objects that outlive a session`,
    detail: `${/^[aeiou]/.test(st.kind) ? "An" : "A"} ${st.kind.replaceAll("_", " ")} statement would change a catalog that outlives the plan's session (a catalog the script creates keeps its objects in its own system; the built-in catalog and the catalogs a session creates are its own where the SQL Gateway's catalog store is Flink's default, generic_in_memory), so plan does not run the script; the planner checks it when apply submits it, and an upgrade's state verdict is an estimate. ${lastingAdvice(st)}`
  };
  return range ? { ...d, range } : d;
}
function notValidated(e) {
  const fix = refusalHint(
    e.kind === "http" ? e.status : void 0,
    "the environment's auth",
    "SQL Gateway",
    "Check sqlGatewayUrl of the environment (or --sql-gateway-url)."
  );
  return warning(
    EXPLAIN_CODES.notValidated,
    "The changed jobs were not validated against the cluster's planner",
    `flinkops could not use the SQL Gateway for EXPLAIN (${e.call}: ${e.message}). The plan is still correct; the planner will check the SQL when apply submits it. ${fix.trim()}`
  );
}

// src/engine/known-rejections.ts
var KNOWN = [
  {
    match: /window function requires the timecol is a time attribute/,
    // The column in DESCRIPTOR(...).
    at: (t) => only(t, (i) => isWord(t[i], "DESCRIPTOR") && isOp(t[i + 1], "("), 2),
    hint: "A window needs a time attribute: declare a watermark on that column (watermark: in the table's file), or window on a PROCTIME() computed column."
  },
  {
    match: /Sort on a non-time-attribute field is not supported/,
    at: (t) => only(t, (i) => isWord(t[i], "ORDER") && isWord(t[i + 1], "BY"), 2),
    hint: "A streaming ORDER BY must sort first on a time attribute, ascending; for the top N rows per key, use ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...) and filter on it."
  },
  {
    match: /Temporal Table Join requires primary key in versioned table/,
    // The versioned table: the name before FOR SYSTEM_TIME AS OF.
    at: (t) => only(t, (i) => isWord(t[i + 1], "FOR") && isWord(t[i + 2], "SYSTEM_TIME"), 0),
    hint: "Give the versioned table a primary key (primaryKey: in its table file) and a watermark; or, for a lookup join, use a lookup connector (jdbc, hbase) and FOR SYSTEM_TIME AS OF a PROCTIME() column."
  },
  {
    // Real Flink 2.2.0, a JDBC dimension joined FOR SYSTEM_TIME AS OF the probing table's event time.
    match: /Event-Time Temporal Table Join requires both primary key and row time attribute in versioned table/,
    // The time the join is AS OF: an event-time column, where a lookup join wants processing time.
    at: (t) => only(t, (i) => isWord(t[i], "SYSTEM_TIME") && isWord(t[i + 1], "AS") && isWord(t[i + 2], "OF"), 3),
    hint: "FOR SYSTEM_TIME AS OF an event-time column (one with a watermark) is an event-time temporal join, which needs a versioned table: a primary key and a watermark on the joined table. To look rows up in a dimension table (jdbc, hbase), join FOR SYSTEM_TIME AS OF a PROCTIME() computed column of the probing table instead (computed: [{ name: proc_time, expr: PROCTIME() }] in its table file, then <alias>.proc_time)."
  },
  {
    // Real Flink 1.20.3 and 2.2.0: a STATE_TTL key naming no input of the hinted join or aggregate
    // (a window TVF's output, a subquery, a typo).
    match: /The options of following hints cannot match the name of input tables or views:\s*`([^`]+)` in `(\w+)`/,
    at: (t, message) => {
      const m = /cannot match the name of input tables or views:\s*`([^`,]+)[^`]*` in `(\w+)`/.exec(message);
      return hintOption(t, m[2], m[1].trim());
    },
    hint: "A STATE_TTL hint sets the TTL of a regular join's or a group aggregation's inputs: each key names a table or view that join or aggregation reads directly, as its FROM writes it (its alias, when it has one). A subquery's or a window table function's output (TUMBLE, HOP, CUMULATE, SESSION) is not one, and window aggregations, window joins and interval joins keep no TTL state: name the input as written, or remove the hint (table.exec.state.ttl sets the TTL of the whole job)."
  },
  {
    match: /doesn't support consuming update changes/,
    hint: "The sink takes inserts only: write to an upsert sink (upsert-kafka, or jdbc with a primaryKey), or make the query append-only, e.g. a window aggregation instead of GROUP BY."
  },
  {
    match: /Incompatible types for sink column '[^']*' at position (\d+)/,
    at: (t, message) => selectItem(t, Number(/at position (\d+)/.exec(message)[1])),
    hint: "Make the SELECT list match the sink's columns in number, order and type (CAST where needed)."
  },
  {
    // Flink 1.20 reads `FOR SYSTEM_TIME AS OF PROCTIME()` as time travel to a constant; 2.2 takes it as a lookup join.
    match: /Unsupported time travel expression/,
    at: (t) => only(t, (i) => isWord(t[i], "SYSTEM_TIME") && isWord(t[i + 1], "AS") && isWord(t[i + 2], "OF"), 3),
    hint: "This Flink takes FOR SYSTEM_TIME AS OF a column of the probing table only (its time attribute, or a PROCTIME() computed column), not an expression: add a computed column `proc_time AS PROCTIME()` to that table (computed: in its table file) and write FOR SYSTEM_TIME AS OF <alias>.proc_time."
  },
  {
    // Flink 1.20's planner fails on every UNNEST ... WITH ORDINALITY (an internal assertion); 2.2 plans it.
    match: /Cannot add expression of different type to set[\s\S]*\bORDINALITY\b/,
    at: (t) => only(t, (i) => isWord(t[i], "WITH") && isWord(t[i + 1], "ORDINALITY"), 0),
    hint: "This Flink's planner cannot plan UNNEST ... WITH ORDINALITY (Flink 2.2 does): drop WITH ORDINALITY and the position column, or run the job on a later Flink."
  },
  {
    // Flink before 2.0: `INSERT INTO t (a, b) WITH x AS (...) SELECT ...`.
    match: /statement only support SELECT, VALUES, SET_QUERY AND ORDER BY clause/,
    at: (t) => only(t, (i) => isWord(t[i], "WITH") && depthAt(t, i) === 0, 0),
    hint: "This Flink takes an INSERT with a column list (or a PARTITION clause) only from a SELECT or VALUES: move the WITH into an aliased subquery (INSERT INTO t (a, b) SELECT a, b FROM (WITH x AS (...) SELECT ...) AS q), or drop the column list and select every column of the sink. Flink 2.0 and later take the WITH as it is."
  },
  {
    // Flink 2.3+ (`table.exec.sink.require-on-conflict`, on by default): an insert-only query has no upsert key.
    match: /Please specify an ON CONFLICT clause/,
    hint: `Flink 2.3 and later refuse to write into a sink's primary key from a query whose upsert key is not that key (an insert-only query, such as a window aggregate, has none) unless the INSERT says what a second row of the same key does: end it with ON CONFLICT DO DEDUPLICATE (the latest row wins, as before 2.3, with more state), DO NOTHING (the first row wins) or DO ERROR (flinkVersion "2.3" or later in flinkops.yaml), or set table.exec.sink.require-on-conflict: 'false' under the job's config: to write as earlier releases did.`
  },
  {
    match: /Column types of query result and sink .* do not match/,
    at: (t) => selectItem(t, 0),
    hint: "Make the SELECT list match the sink's columns in number, order and type (CAST where needed)."
  }
];
function only(t, is, skip) {
  const found = t.flatMap((_, i) => is(i) ? [i] : []);
  return found.length === 1 ? t[found[0] + skip]?.start : void 0;
}
function hintOption(t, hint, name) {
  const key = new RegExp(
    `\\b${escapeRegExp(hint)}\\s*\\([^)]*?(?<![\\w'"\`])(['"\`]?)${escapeRegExp(name)}\\1\\s*=`,
    "i"
  );
  const found = t.flatMap((tok) => {
    if (tok.kind !== "hint") return [];
    const m = key.exec(tok.value);
    return m ? [tok.start + 3 + m.index + m[0].toLowerCase().lastIndexOf(name.toLowerCase()) - m[1].length] : [];
  });
  return found.length === 1 ? found[0] : void 0;
}
function depthAt(t, i) {
  let depth = 0;
  for (let k = 0; k < i; k++) {
    if (isOp(t[k], "(")) depth++;
    else if (isOp(t[k], ")")) depth--;
  }
  return depth;
}
function selectItem(t, n) {
  let depth = 0;
  let item = -1;
  let count = 0;
  for (let i = 0; i < t.length; i++) {
    if (isOp(t[i], "(")) depth++;
    else if (isOp(t[i], ")")) depth--;
    if (depth !== 0) continue;
    if (item < 0) {
      if (!isWord(t[i], "SELECT")) continue;
      item = isWord(t[i + 1], "DISTINCT") || isWord(t[i + 1], "ALL") ? i + 2 : i + 1;
      if (n === 0) return t[item]?.start;
    } else if (isWord(t[i], "FROM")) return void 0;
    else if (isOp(t[i], ",") && ++count === n) return t[i + 1]?.start;
  }
  return void 0;
}

// src/engine/rejection-sites.ts
function failedTable(e) {
  for (const c of [e.message, ...e.causes]) {
    const m = /Unable to create a (source|sink) for (?:reading|writing) table '([^']+)'/.exec(c);
    if (m) return { name: m[2].split(".").pop(), as: m[1] };
  }
  return void 0;
}
function tableOfColumn(e) {
  for (const c of [e.message, ...e.causes]) {
    const m = /in column '([^']+)' of table '([^']+)'/.exec(c);
    if (m) return { table: m[2].split(".").pop(), column: m[1] };
  }
  return void 0;
}
function factoryOf(e) {
  return /for identifier '([^']+)'/.exec([e.message, ...e.causes].join("\n"))?.[1];
}
function valuePattern(value) {
  return new RegExp(`['"]?[\\w.-]+['"]?\\s*[:=]\\s*['"]?${escapeRegExp(value)}['"]?\\s*(?=[,})\\n]|$)`, "m");
}
function columnPatterns(column) {
  const c = escapeRegExp(column);
  return [
    new RegExp(`(?<=name:\\s*['"]?)${c}(?=['"]?\\s*(?:[,}]|$))`, "m"),
    new RegExp(`(?<=(?:^|[(,])\\s*)\`?${c}\`?(?=\\s+\\w)`, "m")
  ];
}
function ownTable(job, name) {
  const ranges = job.sourceRanges ?? [];
  const firstOwn = job.statements.length - ranges.length;
  for (let i = job.statements.length - 1; i >= firstOwn; i--) {
    const st = job.statements[i];
    const range = ranges[i - firstOwn];
    if (st.kind === "create_table" && st.table?.name.name === name && range) return { st, range };
  }
  return void 0;
}
function ownOption(tokens, keys) {
  for (const key of keys)
    for (let i = 0; i + 1 < tokens.length; i++)
      if (tokens[i].kind === "string" && tokens[i].value === key && isOp(tokens[i + 1], "="))
        return tokens[i].start;
  return void 0;
}
function ownValue(tokens, value) {
  for (let i = 2; i < tokens.length; i++)
    if (tokens[i].kind === "string" && tokens[i].value === value && isOp(tokens[i - 1], "="))
      return tokens[i - 2].start;
  return void 0;
}
function ownColumn(text, tokens, column) {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isOp(t, "(")) depth++;
    else if (isOp(t, ")")) depth--;
    else if (depth === 1 && (t.kind === "word" && text.slice(t.start, t.end) === column || t.kind === "quoted" && t.value === column) && (isOp(tokens[i - 1], "(") || isOp(tokens[i - 1], ",")))
      return t.start;
  }
  return void 0;
}
function refusedKeys(e) {
  const all = [e.message, ...e.causes].join("\n");
  const keys = /* @__PURE__ */ new Set();
  const unsupported = /Unsupported options:\s*([\s\S]*?)\s*Supported options:/.exec(all);
  for (const k of unsupported?.[1]?.split(/[\s,]+/) ?? [])
    if (k.replace(/\.$/, "")) keys.add(k.replace(/\.$/, ""));
  for (const m of all.matchAll(/for key '([^']+)'/g)) keys.add(m[1]);
  return [...keys];
}
function hintedKey(text, table, keys) {
  const { tokens } = lex(text, "", new LineIndex(text));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    if (t.kind !== "hint" || !/^\s*OPTIONS\s*\(/i.test(t.value)) continue;
    if (before.kind !== "word" && before.kind !== "quoted" || before.value.toLowerCase() !== table.toLowerCase())
      continue;
    for (const key of keys) {
      const k = t.value.indexOf(`'${key}'`);
      if (k >= 0) return t.start + 3 + k;
    }
  }
  return void 0;
}
function optionPatterns(key) {
  const k = escapeRegExp(key);
  return [new RegExp(`(?<=^|[\\s{,])(?:${k}|'${k}'|"${k}")\\s*:`, "m"), new RegExp(`'${k}'\\s*=`)];
}
function optionAt(dir, env, table, found) {
  const start = { file: table.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (!dir || found.length === 0) return start;
  const { readFileSync: readFileSync2 } = process.getBuiltinModule("node:fs");
  for (const f of ["flinkops.yaml", table.file]) {
    let text;
    try {
      text = readFileSync2(`${dir}/${f}`, "utf8").replace(/^\uFEFF/, "");
    } catch {
      continue;
    }
    let [from, to] = [0, text.length];
    if (f !== table.file) {
      const envs = /^environments:/m.exec(text);
      const within2 = envs ? text.slice(envs.index) : "";
      const own = new RegExp(`^( +)${env}:`, "m").exec(within2);
      if (!envs || !own) continue;
      const head = envs.index + own.index;
      const body = head + own[0].length;
      const next = new RegExp(`^ {0,${own[1].length}}\\S`, "m").exec(text.slice(body));
      to = next ? body + next.index : text.length;
      const at = text.slice(head, to).search(new RegExp(`(?:^\\s+|[{,]\\s*)${table.name}\\s*:`, "m"));
      if (at < 0) continue;
      from = head + at;
    }
    const block = text.slice(0, to);
    for (const t of found) {
      let i;
      if (typeof t === "string") i = block.indexOf(t, from);
      else {
        const m = new RegExp(t.source, `${t.flags.replace("g", "")}g`);
        m.lastIndex = from;
        i = m.exec(block)?.index ?? -1;
      }
      if (i < 0) continue;
      const pos = new LineIndex(text).pos(i);
      const at = { line: pos.line, column: pos.column };
      return { file: f, start: at, end: at };
    }
  }
  return start;
}

// src/engine/planner-rejections.ts
function plannerMessage(e) {
  const words = (line) => line.replace(/^(?:[\w$]+\.)*ClassNotFoundException:\s*(\S+)$/, "class $1 not found").replace(
    /^(?:[\w$]+\.)*NoSuchFileException:\s*\S*\/pyflink\/[\w-]+\/[\w-]+\/(\S+)$/,
    "python file $1 not found: the SQL Gateway has no file to copy for the python.files entry that names it (Flink reads the entry's path on the gateway's machine)"
  ).replace(/^(?:[\w$]+\.)*NoSuchFileException:\s*(\S+)$/, "file $1 not found").replace(/^(?:[\w$]+\.)*[\w$]*(?:Exception|Error):\s*/, "").replace(/^SQL (?:validation|parse) failed\.\s*/, "").replace(/^From line \d+, column \d+ to line \d+, column \d+:\s*/, "").replace(/ at line \d+, column \d+\./, ".").replace(/\s*The physical plan is:[\s\S]*$/, "").replace(/\s*Was expecting one of:\s*([\s\S]*)$/, (_all, list) => {
    const options = list.split(/\s*\.\.\.\s*/).filter((o) => o.trim() !== "");
    return ` Was expecting one of: ${options.slice(0, 6).join(", ")}${options.length > 6 ? ", \u2026" : ""}`;
  });
  const root = words(e.causes.length > 0 ? e.causes[e.causes.length - 1] : e.message);
  const option = e.causes.map(words).find((c) => /^Failed to set key .* with value |^Could not parse value .* for key /.test(c));
  return option && option !== root ? `${option.replace(/\.$/, "")}: ${root}` : root;
}
var unstopped = ((s) => s.replace(/\.+$/, ""));
var locate = (function locate(e, range, shift, text) {
  const m = flinkPosition(e);
  if (m) return locateAt(m.line, m.column, range, shift);
  const message = [e.message, ...e.causes].join("\n");
  const at = KNOWN.find((k) => k.match.test(message))?.at;
  if (!at) return range;
  const lines = new LineIndex(text);
  const offset = at(lex(text, "", lines).tokens, message);
  if (offset === void 0) return range;
  const pos = lines.pos(offset);
  return locateAt(pos.line, pos.column, range, 0);
});
function locateAt(line, col, range, shift) {
  const column = col - (line === 1 ? shift : 0);
  if (line < 1 || column < 1) return range;
  const at = positionIn(range.start, { line, column });
  return { file: range.file, start: at, end: at };
}
function rejected(desired, job, st, e, at, dir) {
  const message = plannerMessage(e);
  const refused2 = failedTable(e);
  const failed = refused2 ? desired.tables.find((t) => t.name === refused2.name && job.tables.includes(t.name)) : void 0;
  const secret = /\$\{secret\.[A-Za-z_][A-Za-z0-9_]*\}/.exec([e.message, ...e.causes].join("\n"))?.[0];
  if (secret)
    return warning(
      EXPLAIN_CODES.placeholder,
      `Flink's planner could not check job ${job.name}: it read ${secret} as written (${message})`,
      `A plan does not resolve secrets (a pull request's plan has none), so the planner was sent the placeholder where apply sends the value; apply submits the job with the value and Flink checks it then. To have plans check it, keep what Flink parses at planning in the text and only the credential in the secret (url: jdbc:postgresql://db:5432/app with password: ${"$"}{secret.DB_PASSWORD}, not the whole url).`,
      failed ? optionAt(dir, desired.env, failed, [secret]) : at
    );
  const hinted = refused2 && at && !flinkPosition(e) ? hintedKey(st.text, refused2.name, refusedKeys(e)) : void 0;
  if (refused2 && at && hinted !== void 0) {
    const pos = new LineIndex(st.text).pos(hinted);
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects the OPTIONS hint on table ${refused2.name} in job ${job.name}: ${message}`,
      `Flink merges the hint's options into the table's for this statement, and could not make a ${refused2.as} of ${refused2.name} with them (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix or remove the option in the hint.`,
      locateAt(pos.line, pos.column, at, 0)
    );
  }
  const named = refused2?.name ?? tableOfColumn(e)?.table;
  const ownDdl = named && !failed ? ownTable(job, named) : void 0;
  if (ownDdl) {
    const column = tableOfColumn(e)?.column;
    const factory = factoryOf(e);
    const text2 = ownDdl.st.text;
    const lines = new LineIndex(text2);
    const { tokens } = lex(text2, "", lines);
    const offset = ownOption(tokens, refusedKeys(e)) ?? (column ? ownColumn(text2, tokens, column) : void 0) ?? (factory ? ownValue(tokens, factory) : void 0);
    const pos = offset === void 0 ? void 0 : lines.pos(offset);
    const all = [e.message, ...e.causes].join("\n");
    const hint = KNOWN.find((k) => k.match.test(all))?.hint;
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${named} (created by job ${job.name}): ${message}`,
      `Flink could not make a ${refused2?.as ?? "table"} of ${named} as the job's CREATE TABLE defines it (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). ${hint ?? `Fix ${column ? `column ${column}` : "its options"} in the CREATE TABLE, and check that the connector and format jars are on the cluster.`}`,
      pos ? locateAt(pos.line, pos.column, ownDdl.range, 0) : ownDdl.range
    );
  }
  if (refused2 && failed) {
    const where = optionAt(dir, desired.env, failed, [
      ...refusedKeys(e).flatMap(optionPatterns),
      ...factoryOf(e) ? [valuePattern(factoryOf(e))] : []
    ]);
    const fixIn = where.file === failed.file ? failed.file : `environments.${desired.env}.tables.${failed.name}.with in flinkops.yaml`;
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${failed.name} (used by job ${job.name}): ${message}`,
      `Flink could not make a ${refused2.as} of ${failed.name} from its connector options (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix the options in ${fixIn}, and check that the connector jar is on the cluster.`,
      where
    );
  }
  const bad = tableOfColumn(e);
  const badTable = bad && desired.tables.find((t) => t.name === bad.table && job.tables.includes(t.name));
  if (bad && badTable) {
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${badTable.name} (used by job ${job.name}): ${message}`,
      `Flink could not make a table of ${badTable.name} as ${badTable.file} defines it (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix column ${bad.column} there.`,
      optionAt(dir, desired.env, badTable, columnPatterns(bad.column))
    );
  }
  if (at) {
    const all = [e.message, ...e.causes].join("\n");
    const hint = KNOWN.find((k) => k.match.test(all))?.hint ?? "Fix the statement before applying.";
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects job ${job.name}: ${message}`,
      `EXPLAIN on the environment's SQL Gateway (a throwaway session; nothing was submitted) failed. ${hint}`,
      at
    );
  }
  const text = st.text.trim();
  const table = desired.tables.find((t) => t.ddl.trim().replace(/;$/, "") === text);
  const addJar = /^ADD\s+JAR\b/i.test(text);
  const udf = /FUNCTION/i.test(text) || addJar ? desired.udfs.find((u) => text.includes(`'${u.jar}'`)) : void 0;
  const file = table?.file ?? udf?.file ?? job.sqlFile;
  const what = table ? `the DDL of ${table.name}` : udf ? `${addJar ? "the jar" : "the functions"} of ${udf.name}` : "a compiled statement";
  return error(
    EXPLAIN_CODES.rejected,
    `Flink's planner rejects ${what} (used by job ${job.name}): ${message}`,
    `Running it in a throwaway SQL Gateway session failed: ${unstopped(e.message)}. ${udf ? "Check the jar URI and that the classes are in it." : "Check the connector options and that the connector jar is on the cluster."}`,
    (addJar ? udf?.jarAt : void 0) ?? (udf && st.function ? udf.classAt?.[st.function.name.name.toLowerCase()] : void 0) ?? (table?.range ? ddlAt(e, table.range) : { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } })
  );
}
function ddlAt(e, range) {
  const start = { file: range.file, start: range.start, end: range.start };
  const m = flinkPosition(e);
  return m && m.line > 1 ? locateAt(m.line, m.column, start, 0) : start;
}

// src/engine/explain-probe.ts
var PROBE_RUNS = 3;
var probeAgain = (function probeAgain(e) {
  return e.kind === "network" || e.kind === "http" && isTransient(e);
});
var withLeadingSets = (async function withLeadingSets(statements, run, opts) {
  const runs = async (lead2) => {
    let r = await run(lead2);
    for (let n = 1; n < PROBE_RUNS && r.transient; n++) {
      await (opts.clock ?? systemClock).sleep(500 * 2 ** (n - 1));
      r = await run(lead2);
    }
    return r;
  };
  const lead = leadingSets(statements);
  if (lead.count > 0) {
    const fast = await runs(lead);
    if (!fast.again) return fast.value;
  }
  return (await runs(NO_LEAD)).value;
});
var probeJob = (async function probeJob(client, desired, job, opts, lead, ctas, known) {
  const statements = job.statements;
  const ownRanges = job.sourceRanges ?? [];
  const firstOwn = statements.length - ownRanges.length;
  const session = await openProbeSession(client, job.name, lead);
  if (!session.ok) return { value: [notValidated(session.error)], again: refused(lead, session.error) };
  const sh = session.value;
  const explain = (text) => client.runStatement(sh, untemplate2(text), { timeoutMs: opts.timeoutMs ?? 12e4, ...ONLY_SUCCESS });
  const run = async (probe) => {
    if (explained(probe, ctas)) {
      const { text, shift } = explainText(probe);
      return { r: await explain(text), shift };
    }
    if (READ_ONLY.has(probe.kind)) return { r: await explain(probe.text), shift: 0 };
    if (SET_MARKERS.has(probe.kind)) return void 0;
    return { r: await setUp(client, sh, untemplate2(probe.text), opts), shift: 0 };
  };
  const failed = (probe, e, at) => {
    const again = refused(lead, e);
    if (e.kind !== "statement") return { value: [notValidated(e)], again, transient: probeAgain(e) };
    return { value: [rejected(desired, job, probe, e, at, opts.dir)], again };
  };
  try {
    let lasting = known;
    if (!lasting) {
      const read = await lastingIn(client, sh, statements, ctas);
      if (!read.ok)
        return { value: [notValidated(read.error)], again: false, transient: probeAgain(read.error) };
      if (read.value.unchecked)
        return {
          value: [skipped(job, read.value.unchecked, ownRange(job, read.value.unchecked))],
          again: false
        };
      lasting = read.value;
    }
    for (let i = lead.count; i < statements.length; i++) {
      const st = statements[i];
      const own = ownRanges[i - firstOwn];
      if (lasting.checked.has(st)) {
        const r = await lookUp(client, sh, st, opts);
        if (r.ok) continue;
        if (r.error.kind !== "statement") return failed(st, r.error, own);
        return { value: [skipped(job, st, own, true)], again: false };
      }
      const set = statementSet(statements, i, ownRanges, firstOwn);
      if (set) {
        const r = await explain(set.text);
        i = set.last;
        if (r.ok) continue;
        const position = flinkPosition(r.error);
        if (r.error.kind !== "statement" || position)
          return failed(st, r.error, position ? set.at(position.line, position.column) : own);
        for (const insert of set.inserts) {
          const one = await run(insert.st);
          if (one && !one.r.ok)
            return failed(
              insert.st,
              one.r.error,
              insert.own && locate(one.r.error, insert.own, one.shift, insert.st.text)
            );
        }
        return failed(st, r.error, own);
      }
      const inner = st.kind === "statement_set" && st.inner?.length === 1 ? st.inner : [st];
      for (const probe of inner) {
        const one = await run(probe);
        if (one && !one.r.ok)
          return failed(
            probe,
            one.r.error,
            own && locate(one.r.error, within(own, st, probe), one.shift, probe.text)
          );
      }
    }
    return { value: [], again: false };
  } finally {
    await client.closeSession(sh);
  }
});
var NO_LEAD = { count: 0, properties: {} };
var leadingSets = (function leadingSets(statements) {
  const properties = {};
  let count = 0;
  for (const st of statements) {
    if (st.kind !== "set" || st.set?.key === void 0) break;
    properties[untemplate2(st.set.key)] = untemplate2(st.set.value ?? "");
    count++;
  }
  return count === 0 ? NO_LEAD : { count, properties };
});
var openProbeSession = (function openProbeSession(client, job, lead) {
  return client.openSession({
    sessionName: `flinkops-plan-${job}`,
    ...lead.count > 0 ? { properties: lead.properties } : {}
  });
});
var refused = (function refused(lead, e) {
  return lead.count > 0 && (e.kind === "statement" || e.kind === "http");
});
var statementSet = (function statementSet(statements, i, ownRanges, firstOwn) {
  const st = statements[i];
  const own = ownRanges[i - firstOwn];
  if (st.kind === "statement_set") {
    if ((st.inner?.length ?? 0) < 2) return void 0;
    const { text, shift } = explainText(st);
    return {
      text,
      inserts: st.inner.map((insert) => ({ st: insert, own: own && within(own, st, insert) })),
      at: (line, column) => own && locateAt(line, column, own, shift),
      last: i
    };
  }
  if (st.kind !== "begin_statement_set") return void 0;
  const end = statements.findIndex((s, j) => j > i && s.kind === "end");
  const body = statements.slice(i + 1, end);
  if (end < 0 || body.length < 2 || body.some((s) => s.kind !== "insert")) return void 0;
  const lines = ["EXPLAIN STATEMENT SET BEGIN"];
  const inserts = body.map((insert, k) => {
    const from = lines.length + 1;
    lines.push(...`${insert.text.replace(/;\s*$/, "")};`.split("\n"));
    return { st: insert, own: ownRanges[i + 1 + k - firstOwn], from };
  });
  lines.push("END");
  return {
    text: lines.join("\n"),
    inserts,
    at: (line, column) => {
      const insert = inserts.findLast((x) => x.from <= line);
      return insert?.own ? locateAt(line - insert.from + 1, column, insert.own, 0) : own;
    },
    last: end
  };
});
var within = (function within(own, outer, inner) {
  if (inner === outer) return own;
  const dl = inner.range.start.line - outer.range.start.line;
  const start = {
    line: own.start.line + dl,
    column: dl === 0 ? own.start.column + inner.range.start.column - outer.range.start.column : inner.range.start.column
  };
  return { file: own.file, start, end: start };
});

// src/engine/plan-explain.ts
var STARTING = /* @__PURE__ */ new Set(["create", "upgrade"]);
var RESTARTING = /* @__PURE__ */ new Set(["resume", "recover"]);
var startsNewScript = (function startsNewScript(c) {
  if (c.refused) return false;
  return STARTING.has(c.action) || RESTARTING.has(c.action) && !!c.sqlDiff;
});
var explainChangedJobs = (async function explainChangedJobs(client, desired, plan, opts = {}) {
  const starting = new Set(
    plan.changes.filter((c) => startsNewScript(c) && !opts.skip?.has(c.job)).map((c) => c.job)
  );
  const jobs = desired.jobs.filter((j) => starting.has(j.name));
  if (jobs.length === 0) return [];
  const results = await mapPool(jobs, opts.concurrency ?? 4, (job) => explainJob(client, desired, job, opts));
  const diags = results.flat();
  const unreachable = diags.filter((d) => d.code === EXPLAIN_CODES.notValidated);
  return unreachable.length > 1 ? [...diags.filter((d) => d.code !== EXPLAIN_CODES.notValidated), unreachable[0]] : diags;
});
var explainJob = (async function explainJob(client, desired, job, opts) {
  const statements = job.statements;
  const ctas = (await client.capabilities()).explainsCreateTableAs;
  const lasting = lastingUnder(statements, ctas, perSessionStore());
  if (lasting.unchecked) return [skipped(job, lasting.unchecked, ownRange(job, lasting.unchecked))];
  const mayLast = lastingStatement(statements, ctas, LASTING_STORE) !== void 0;
  return withLeadingSets(
    statements,
    (lead) => probeJob(client, desired, job, opts, lead, ctas, mayLast ? void 0 : lasting),
    opts
  );
});

// src/engine/plan-health.ts
var DEFAULT_WINDOW = "10min";
var LOOP = 2;
var RESTARTED_AFTER_MS = 15e3;
var UNPROVEN = 16;
var RESTARTING2 = /* @__PURE__ */ new Set(["RESTARTING", "FAILING", "CREATED", "INITIALIZING"]);
var unhealthyJobs = (async function unhealthyJobs(client, plan, live, desired, doc, now, concurrency = 16) {
  if (!live.observed) return [];
  const settings = new Map(desired.jobs.map((j) => [j.name, j]));
  const byId = /* @__PURE__ */ new Map();
  for (const j of live.jobs) if (!byId.has(j.jobId)) byId.set(j.jobId, j);
  const asked2 = plan.changes.flatMap((c) => {
    if (c.action !== "none" || c.refused || !c.liveJobId) return [];
    const j = byId.get(c.liveJobId);
    const record = doc.jobs[c.job];
    if (!j || j.previousCluster || !j.labels && record?.current?.jobId !== j.jobId) return [];
    if (slotShortage(live, j)) return [];
    const window = parseDurationMs(settings.get(c.job)?.settings.health?.window ?? DEFAULT_WINDOW) ?? parseDurationMs(DEFAULT_WINDOW);
    const recent = j.state === "RUNNING" && j.runningSince !== void 0 && now - j.runningSince < window;
    if (!RESTARTING2.has(j.state) && !recent) return [];
    const restarted = RESTARTING2.has(j.state) || j.runningSince - j.startTime > RESTARTED_AFTER_MS;
    const deployed = Date.parse(record?.current?.deployedAt ?? "");
    return [{ c, j, window, since: Number.isNaN(deployed) ? 0 : deployed, restarted }];
  });
  const unproven = asked2.filter((a) => !a.restarted).length;
  const read = unproven > UNPROVEN ? asked2.filter((a) => a.restarted) : asked2;
  const out = await mapPool(
    read,
    concurrency,
    async ({ c, j, window, since }) => {
      const ex = await client.getExceptions(j.jobId, 100);
      if (!ex.ok) return void 0;
      const times = ex.value.history.map((e) => e.timestamp).filter((t) => t !== void 0 && t >= since).sort((a, b) => b - a);
      const entry = ex.value.rootCause ?? ex.value.history[0];
      const cause = entry ? failureCause(entry.causes ?? []) ?? entry.message : void 0;
      const looping = j.state === "RUNNING" ? times.filter((t) => t > now - window).length >= LOOP : true;
      if (times.length === 0 || !looping) return void 0;
      const state = j.state === "RUNNING" ? "restarting in a loop" : j.state;
      const more = ex.value.truncated || times.length === ex.value.history.length && times.length >= 16;
      const n = `${times.length}${more ? " or more" : ""} time${times.length === 1 && !more ? "" : "s"}`;
      const failed = `it failed ${n} since the last apply, the latest at ${isoMinute(times[0])}`;
      c.reason = `${c.reason}; ${state} on the cluster (FO606)`;
      c.causes = [
        ...c.causes,
        { kind: "cluster", path: "state", to: j.state === "RUNNING" ? "restarting" : j.state }
      ];
      return warning(
        PLAN_CODES.unhealthy,
        `job ${c.job} is ${state}: ${failed}${cause ? `: ${cause.replace(/\.$/, "")}` : ""}`,
        detail(c.job, j, settings.get(c.job)?.sqlFile ?? `jobs/${c.job}.sql`)
      );
    }
  );
  return out.filter((d) => d !== void 0);
});
function detail(job, j, sqlFile) {
  return `Flink's restart strategy keeps restarting job ${j.jobId} from its latest checkpoint, and the plan changes nothing of it: the repository asks for what it runs. What to do follows the cause (the job's exceptions in the Flink UI have the whole trace; flinkops status shows its state). Outside the job (a database, table, topic or broker it uses down or gone): fix it there, and Flink's next restart resumes the job; nothing to apply. A password or token changed: a job keeps the value it was started with, so apply with --replace ${job} and the new value. In the job (a query that fails on its data, a wrong option): fix ${sqlFile} or its settings; the upgrade stops the job by cancel from its latest checkpoint (FO625), as Flink takes no savepoint of a job that is not RUNNING. Left as it is, the job makes no progress, and each restart replays the records since its latest checkpoint.`;
}

// src/engine/plan-observe.ts
var specHashes = (function specHashes(jobs) {
  return new Map(jobs.map((j) => [j.name, j.restartHash]));
});
var previousOf = (function previousOf(client, at) {
  return { client, jobmanagerUrl: at.jobmanagerUrl, ...at.sqlGatewayUrl ? { gateway: true } : {} };
});
var connectEnvironment = (function connectEnvironment(opts, environment) {
  const endpoints = resolveEndpoints(environment, opts.endpoints ?? {}, opts.envVars);
  const before = previousEndpoints(environment);
  if (before && sameEndpoint(before.jobmanagerUrl, endpoints.jobmanagerUrl))
    return { endpoints, ready: false, secretValues: [], diags: [moveToItself(environment.name, endpoints)] };
  if (opts.client) {
    const client = opts.client(endpoints);
    const previous2 = before ? previousOf(opts.client(before), before) : void 0;
    return { endpoints, client, ...previous2 ? { previous: previous2 } : {}, ready: true, secretValues: [], diags: [] };
  }
  const how = {
    endpoints,
    env: environment,
    secrets: opts.secrets,
    ...opts.clock ? { clock: opts.clock } : {},
    ...opts.tls ? { tls: opts.tls } : {},
    ...opts.timeLimit ? { timeLimit: opts.timeLimit } : {},
    ...opts.onStop ? { onStop: opts.onStop } : {}
  };
  const c = connect(how);
  const diags = [...c.diags];
  let secretValues = c.secretValues;
  let previous;
  const p = connectPrevious(how);
  if (p) {
    diags.push(...p.diags);
    secretValues = [.../* @__PURE__ */ new Set([...secretValues, ...p.secretValues])];
    if (p.client && before) previous = previousOf(p.client, before);
  }
  return {
    endpoints,
    ...c.client ? { client: c.client } : {},
    ...previous ? { previous } : {},
    ready: c.client !== void 0 && (!before || previous !== void 0),
    secretValues,
    diags
  };
});
var moveToItself = (function moveToItself(env, endpoints) {
  return error(
    MOVE_CODES.moveToItself,
    `environment ${env} moves from ${shownUrl(endpoints.jobmanagerUrl)}, the JobManager it points at`,
    "moveFrom names the cluster the jobs run on now, and jobmanagerUrl (or --jobmanager-url, FLINKOPS_JOBMANAGER_URL) the one they move to: point them at two clusters, or remove moveFrom."
  );
});
var disconnect = (async function disconnect(c) {
  await Promise.all([c.client?.close(), c.previous?.client.close()]);
});
var observeThrough = (function observeThrough(c, opts, who, hashes) {
  return observeEnvironment(c.client, c.previous, {
    project: who.project,
    env: who.env,
    ...who.environments ? { environments: who.environments } : {},
    jobmanagerUrl: c.endpoints.jobmanagerUrl,
    // What the jobs the plan starts need is weighed against the free task slots (FO603).
    readSlots: true,
    // A state backend switch is judged by the backend a job runs, and weighed against the heap (FO685).
    readStateBackends: true,
    // A job already running its compiled spec is not restarted: its checkpoints are not needed.
    // Observe awaits the answer, so the hashes may still be compiling.
    ...opts.checkpoints === "for-restarts" ? {
      wantsCheckpoints: async (job, labels) => labels?.[LABEL_KEYS.specHash] !== (await hashes).get(job)
    } : {},
    ...opts.concurrency ? { concurrency: opts.concurrency } : {},
    ...opts.clock ? { clock: opts.clock } : {}
  });
});
var observationKey = (function observationKey(project, environment, environments) {
  return JSON.stringify([project, environment, environments ?? null]);
});
var observeEarly = (function observeEarly(opts, compiled) {
  const found = projectEnvironment(opts.dir, opts.env, opts.envVars);
  if (!found) return void 0;
  const connection = connectEnvironment(opts, found.environment);
  const key = observationKey(found.project, found.environment, found.environments);
  if (!connection.ready || !connection.client) return { key, connection, claimed: false };
  const hashes = compiled.then(
    (r) => specHashes(r.value?.jobs ?? []),
    () => specHashes([])
  );
  const observed = observeThrough(
    { ...connection, client: connection.client },
    opts,
    { project: found.project, env: opts.env, environments: found.environments },
    hashes
  );
  observed.catch(() => void 0);
  return { key, connection, observed, claimed: false };
});
var dropObservation = (async function dropObservation(e) {
  await disconnect(e.connection);
  await e.observed?.catch(() => void 0);
});

// src/engine/plan-retention.ts
var KEEP = `${RETAIN_ON_CANCEL}, from the job's next start`;
var restoresCancelledCheckpoint = (function restoresCancelledCheckpoint(c) {
  if (c.refused || !c.liveJobId) return false;
  if (c.action === "upgrade" && c.strategy === "last-state") return true;
  return stopsByCancel(c) && (c.action === "upgrade" || c.action === "rescale") && c.restoreFrom === void 0;
});
var asked = (function asked(plan) {
  return plan.changes.filter(
    (c) => restoresCancelledCheckpoint(c) || stopsByCancel(c) && (c.action === "suspend" || c.action === "delete")
  );
});
var readRetention = (async function readRetention(client, plan) {
  const out = /* @__PURE__ */ new Map();
  const get = client.getCheckpointConfig?.bind(client);
  if (!get) return out;
  await Promise.all(
    asked(plan).map(async (c) => {
      const r = await get(c.liveJobId);
      if (!r.ok || !r.value.retention) return;
      const kept = r.value.retention === "on-cancellation";
      if (kept || !stopsByCancel(c)) {
        out.set(c.liveJobId, kept);
        return;
      }
      const cp = await client.getCheckpoints(c.liveJobId);
      out.set(c.liveJobId, cp.ok && startedFrom(cp.value) !== void 0);
    })
  );
  return out;
});
var refuseByRetention = (function refuseByRetention(plan, survives, live, doc) {
  const diags = [];
  for (const c of asked(plan)) {
    if (survives.get(c.liveJobId) !== false) continue;
    const liveJob = live?.jobs.find((j) => j.jobId === c.liveJobId);
    const shortage = live && liveJob ? slotShortage(live, liveJob) : void 0;
    const waits = shortage ? `, waiting for task slots (${shortage})` : "";
    const bringBack = `It is not failing: Flink runs it as soon as it has task slots. Start TaskManagers (or free slots), and plan again once it is RUNNING: it then stops with a savepoint and keeps its state.`;
    if (!restoresCancelledCheckpoint(c)) {
      diags.push(
        warning(
          PLAN_CODES.checkpointsNotRetained,
          `job ${c.job} is ${c.liveState}${waits}: the cancel that stops it deletes its checkpoints, and its state goes with it`,
          shortage ? `${bringBack} Flink keeps a cancelled job's checkpoints only with ${KEEP}.` : `Flink keeps a cancelled job's checkpoints only with ${KEEP}. To keep the state, fix what makes it fail and plan again once it is RUNNING (it then stops with a savepoint).`
        )
      );
      continue;
    }
    const lastState = c.action === "upgrade" && c.strategy === "last-state";
    const summary = lastState ? `job ${c.job} cannot be upgraded last-state: Flink deletes its checkpoints when it is cancelled` : `job ${c.job} is ${c.liveState}${waits}: no savepoint possible, and cancelling it would delete its checkpoints`;
    const detail2 = lastState ? `Apply would refuse it before changing anything. Flink keeps a cancelled job's checkpoints only with ${KEEP}: to switch to last-state, apply the retention with upgradeMode: savepoint first (that upgrade starts the job with it), then set upgradeMode: last-state. Or restoreFrom: <a savepoint of it>.` : shortage ? `Apply would refuse it before changing anything. ${bringBack} (upgradeMode: stateless would start it without its state: not what a missing TaskManager calls for.)` : `Apply would refuse it before changing anything. Flink keeps a cancelled job's checkpoints only with ${KEEP}. Or set upgradeMode: stateless (starts without state), or restoreFrom: <a savepoint of it>.`;
    c.refused = { code: PLAN_CODES.checkpointsNotRetained, summary, detail: detail2 };
    plan.summary = summarize(plan.changes);
    diags.push(
      shortage ? waitRefusal(plan, PLAN_CODES.checkpointsNotRetained, summary, detail2) : error(PLAN_CODES.checkpointsNotRetained, summary, detail2)
    );
    plan.diagnostics = plan.diagnostics.filter(
      (d) => !(d.code === PLAN_CODES.stopByCancel && d.summary.startsWith(`job ${c.job} is `))
    );
  }
  diags.push(...refuseWhileWaiting(plan, live, doc));
  return diags;
});
var refuseWhileWaiting = (function refuseWhileWaiting(plan, live, doc) {
  if (!live?.observed) return [];
  const diags = [];
  for (const c of plan.changes) {
    if (c.action === "none") {
      const note = idleForSlots(c, live, doc?.jobs[c.job]?.lastStable?.jobId);
      if (note) diags.push(note);
      continue;
    }
    const unscheduled = unscheduledRestart(plan, c, live);
    if (unscheduled) {
      diags.push(unscheduled);
      continue;
    }
    if (!live.adaptiveScheduler || !restoresCancelledCheckpoint(c) || c.liveState !== "CREATED") continue;
    const liveJob = live.jobs.find((j) => j.jobId === c.liveJobId);
    const shortage = liveJob ? slotShortage(live, liveJob) : void 0;
    const what = c.action === "upgrade" && c.strategy === "last-state" ? "a last-state upgrade" : `its ${c.action}`;
    const summary = `job ${c.job} is CREATED, waiting for task slots${shortage ? ` (${shortage})` : ""}: ${what} needs its latest checkpoint, which Flink does not show while the job waits`;
    const detail2 = "Apply would refuse it before changing anything. The job is not failing: Flink runs it, with its state, as soon as it has task slots. Start TaskManagers (or free slots), and plan again once it is RUNNING.";
    c.refused = { code: PLAN_CODES.waitingForSlots, summary, detail: detail2 };
    diags.push(waitRefusal(plan, PLAN_CODES.waitingForSlots, summary, detail2));
    plan.diagnostics = plan.diagnostics.filter(
      (d) => !(d.code === PLAN_CODES.stopByCancel && d.summary.startsWith(`job ${c.job} is `))
    );
  }
  if (diags.length > 0) plan.summary = summarize(plan.changes);
  return diags;
});
var unscheduledRestart = (function unscheduledRestart(plan, c, live) {
  if (c.refused || c.action !== "upgrade" && c.action !== "rescale") return void 0;
  const liveJob = c.liveJobId ? live.jobs.find((j) => j.jobId === c.liveJobId) : void 0;
  if (liveJob?.state !== "RUNNING" || !awaitsScheduling(liveJob)) return void 0;
  const shortage = slotShortage(live, liveJob);
  if (!shortage) return void 0;
  const summary = `job ${c.job} is ${waitingState(liveJob)}, waiting for task slots (${shortage}): Flink takes no savepoint of it, and the new version of its ${c.action} would wait for slots as well`;
  const detail2 = "Apply would refuse it before changing anything. The job is not failing: Flink runs it, with its state, as soon as it has task slots. Start TaskManagers (or free slots), and plan again once it runs.";
  c.refused = { code: PLAN_CODES.waitingForSlots, summary, detail: detail2 };
  plan.summary = summarize(plan.changes);
  return waitRefusal(plan, PLAN_CODES.waitingForSlots, summary, detail2);
});
var waitRefusal = (function waitRefusal(plan, code, summary, detail2) {
  const freeing = plan.changes.filter(
    (c) => !c.refused && (c.action === "suspend" || c.action === "delete" || c.action === "rescale" && (c.to?.parallelism ?? 0) < (c.from?.parallelism ?? 0))
  ).map((c) => `the ${c.action} of ${c.job}`);
  if (freeing.length === 0) return error(code, summary, detail2);
  return warning(
    code,
    summary,
    `${detail2} The plan's other changes go ahead: ${freeing.join(", ")} give${freeing.length === 1 ? "s" : ""} task slots back, after which the job can run; plan again then.`
  );
});
var idleForSlots = (function idleForSlots(c, live, stableJobId) {
  const liveJob = c.liveJobId ? live.jobs.find((j) => j.jobId === c.liveJobId) : void 0;
  const shortage = liveJob ? slotShortage(live, liveJob) : void 0;
  if (!liveJob || !shortage) return void 0;
  const state = waitingState(liveJob);
  c.reason = `${c.reason}; ${state} on the cluster, waiting for task slots (${shortage})`;
  c.causes = [...c.causes, { kind: "cluster", path: "state", to: state }];
  const ran = liveJob.runningSince !== void 0 || stableJobId === liveJob.jobId;
  const detail2 = !ran ? "Nothing in the repository changes that, and apply does nothing to it: it has never run, and Flink starts it as soon as it has task slots, unless its wait for them runs out first (5 minutes by default: slot.request.timeout, or jobmanager.adaptive-scheduler.resource-wait-timeout on the adaptive scheduler), when Flink fails it (NoResourceAvailableException) and the next apply starts it again. Start TaskManagers (or free slots); `flinkops status` shows when it runs." : "Nothing in the repository changes that, and apply does nothing to it: Flink runs it, restoring its latest checkpoint, as soon as it has task slots, unless its wait for them runs out first (5 minutes by default: slot.request.timeout, or jobmanager.adaptive-scheduler.resource-wait-timeout on the adaptive scheduler), when Flink fails it (NoResourceAvailableException) and deletes its checkpoints unless execution.checkpointing.externalized-checkpoint-retention keeps them; the next apply then recovers it from what is left. Start TaskManagers (or free slots) before then; `flinkops status` shows when it runs again.";
  return warning(
    PLAN_CODES.waitingForSlots,
    `job ${c.job} is ${state}, waiting for task slots (${shortage}): it does not run`,
    detail2
  );
});

// src/engine/policy-location.ts
var KEY_OF = {
  [POLICY_CODES.protectedStateless]: "upgradeMode",
  [POLICY_CODES.maxParallelism]: "parallelism",
  [PLAN_CODES.maxParallelismDrift]: "maxParallelism",
  [PLAN_CODES.slotsShort]: "parallelism",
  [COMPILE_PLAN_CODES.noPlanDir]: "planMode",
  [COMPILE_PLAN_CODES.tooOld]: "planMode"
};
var locatePolicySettings = (function locatePolicySettings(dir, diags, where = {}) {
  const sources = /* @__PURE__ */ new Map();
  const source = (file) => {
    if (!sources.has(file)) {
      try {
        sources.set(file, parseYaml(file, readFileSync(join(dir, file), "utf8")).value);
      } catch {
        sources.set(file, void 0);
      }
    }
    return sources.get(file);
  };
  const at = (file, path) => {
    const s = source(file);
    return s && valueAt(s.data, path) !== void 0 ? s.locate(path, "key") : void 0;
  };
  return diags.map((d) => {
    const key = KEY_OF[d.code];
    const r = d.range;
    const atUrl = d.code === PLAN_CODES.otherEnvironmentsCluster || d.code === PLAN_CODES.otherEndpoint || d.code === PLAN_CODES.endpointUnrecorded;
    if (atUrl && where.env && r?.file === PROJECT_FILE) {
      const range2 = at(PROJECT_FILE, ["environments", where.env, "jobmanagerUrl"]);
      return range2 ? { ...d, range: range2 } : d;
    }
    if (!key || !r || r.start.line !== 1 || r.start.column !== 1) return d;
    const job = where.jobs?.find((j) => j.yamlFile === r.file || j.sqlFile === r.file);
    const range = (job && where.env ? at(PROJECT_FILE, ["environments", where.env, "jobs", job.name, key]) : void 0) ?? (r.file.endsWith(".yaml") ? at(r.file, [key]) : void 0) ?? (job ? at(PROJECT_FILE, ["defaults", key]) : void 0);
    return range ? { ...d, range } : d;
  });
});

// src/engine/state-graphs.ts
var explainStateGraphs = (async function explainStateGraphs(client, desired, plan, inputs, opts = {}) {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const todo = plan.changes.filter(
    (c) => restoresState(c) && recordOf(inputs.state, c)?.current?.script !== void 0 && jobs.has(c.job)
  );
  const out = /* @__PURE__ */ new Map();
  await mapPool(todo, opts.concurrency ?? 4, async (c) => {
    const job = jobs.get(c.job);
    const current = recordOf(inputs.state, c).current;
    if (job.settings.planMode === "compiled" || current.plan !== void 0) {
      out.set(c.job, { unavailable: "planMode: compiled (operator ids come from the compiled plan)" });
      return;
    }
    const running = inputs.live.jobs.find((l) => l.jobId === c.liveJobId);
    if (c.move && !opts.previous) {
      out.set(c.job, {
        unavailable: "the job moves from another cluster and moveFrom names no sqlGatewayUrl: the old release's planner was not asked for the running job's graph"
      });
      return;
    }
    const settings = current.settings ?? {};
    const oldMax = typeof settings.maxParallelism === "number" ? settings.maxParallelism : void 0;
    const analysed = analyzeScript(current.script, `jobs/${c.job}.sql`);
    const [old, next] = await Promise.all([
      explainGraph(
        c.move && opts.previous ? opts.previous : client,
        c.job,
        analysed.statements,
        running?.parallelism ?? current.parallelism,
        oldMax,
        opts
      ),
      explainGraph(
        client,
        c.job,
        job.statements,
        c.to?.parallelism ?? job.settings.parallelism,
        job.settings.maxParallelism,
        opts
      )
    ]);
    if ("unavailable" in old) return void out.set(c.job, { unavailable: old.unavailable });
    out.set(
      c.job,
      "unavailable" in next ? next : { old, next, ...c.move ? { acrossReleases: true } : {} }
    );
  });
  return out;
});
var restoresState = (function restoresState(c) {
  return (c.compatibility !== void 0 || c.move !== void 0) && !(c.action === "upgrade" && c.strategy === "stateless") || c.action === "rescale" && c.rescaleMode === "savepoint-restart";
});
var explainGraph = (async function explainGraph(client, job, statements, parallelism, maxParallelism, opts) {
  const ctas = (await client.capabilities()).explainsCreateTableAs;
  const lasting = lastingUnder(statements, ctas, perSessionStore());
  if (lasting.unchecked) return { unavailable: notRunBecause(lasting.unchecked) };
  const submitting = submittingText(statements);
  if (!submitting) return { unavailable: "the script has no statement that starts a job" };
  const mayLast = lastingStatement(statements, ctas, LASTING_STORE) !== void 0;
  return withLeadingSets(
    statements,
    (lead) => graphOf(
      client,
      job,
      statements,
      { submitting, ctas, ...mayLast ? {} : { lasting } },
      parallelism,
      maxParallelism,
      opts,
      lead
    ),
    opts
  );
});
var graphOf = (async function graphOf(client, job, statements, script, parallelism, maxParallelism, opts, lead) {
  const { submitting, ctas } = script;
  const session = await openProbeSession(client, job, lead);
  if (!session.ok)
    return { value: { unavailable: session.error.message }, again: refused(lead, session.error) };
  const sh = session.value;
  const config = {};
  const tables = /* @__PURE__ */ new Map();
  const unavailable = (why, e) => ({
    value: { unavailable: why, ...e.kind === "statement" ? { rejected: true } : {} },
    again: refused(lead, e),
    transient: probeAgain(e)
  });
  try {
    let lasting = script.lasting;
    if (!lasting) {
      const read = await lastingIn(client, sh, statements, ctas);
      if (!read.ok) return unavailable(read.error.message, read.error);
      if (read.value.unchecked)
        return { value: { unavailable: notRunBecause(read.value.unchecked) }, again: false };
      lasting = read.value;
    }
    for (const [i, st] of statements.entries()) {
      if (st.kind === "set" && st.set?.key !== void 0) config[st.set.key] = st.set.value ?? "";
      if (st.table) {
        tables.set(st.table.name.parts[st.table.name.parts.length - 1].toLowerCase(), tableFacts(st.table));
      }
      if (lasting.checked.has(st)) {
        const r3 = await lookUp(client, sh, st, opts);
        if (r3.ok) continue;
        if (r3.error.kind !== "statement") return unavailable(r3.error.message, r3.error);
        return { value: { unavailable: notRunBecause(st, true) }, again: false };
      }
      if (i < lead.count || explained(st, ctas) || READ_ONLY.has(st.kind) || SET_MARKERS.has(st.kind))
        continue;
      const r2 = await setUp(client, sh, untemplate2(st.text), opts);
      if (!r2.ok)
        return unavailable(`${st.kind.replaceAll("_", " ")} failed: ${plannerMessage(r2.error)}`, r2.error);
    }
    const r = await client.runStatement(sh, `EXPLAIN JSON_EXECUTION_PLAN ${untemplate2(submitting)}`, {
      timeoutMs: opts.timeoutMs ?? 12e4,
      executionConfig: {
        "parallelism.default": String(parallelism),
        ...maxParallelism !== void 0 ? { "pipeline.max-parallelism": String(maxParallelism) } : {}
      }
    });
    if (!r.ok) return unavailable(`EXPLAIN failed: ${plannerMessage(r.error)}`, r.error);
    const text = r.value.rows.map((row) => row.map(String).join("\n")).join("\n");
    const graph = parseExecutionPlan(text);
    if (!graph)
      return { value: { unavailable: "the gateway answered EXPLAIN without a stream graph" }, again: false };
    const chainingKey = config["pipeline.operator-chaining.enabled"] ?? config["pipeline.operator-chaining"];
    const functions = /* @__PURE__ */ new Map();
    for (const st of statements)
      if (st.kind === "create_function" && st.function)
        functions.set(
          st.function.name.name.toLowerCase(),
          `${st.function.className} ${st.function.jars.join(" ")}`
        );
    const functionTypes = await functionResultTypes(
      client,
      sh,
      new Set(functions.keys()),
      graph,
      tables,
      opts
    );
    return {
      value: {
        graph,
        ...functionTypes.size > 0 ? { functionTypes } : {},
        functions,
        chaining: chainingKey?.trim().toLowerCase() !== "false",
        tables,
        config,
        sql: untemplate2(submitting)
      },
      again: false
    };
  } finally {
    await client.closeSession(sh);
  }
});
var functionResultTypes = (async function functionResultTypes(client, sh, own, graph, tables, opts) {
  const out = /* @__PURE__ */ new Map();
  if (own.size === 0) return out;
  const columnTypes = /* @__PURE__ */ new Map();
  for (const t of tables.values())
    for (const [col, type] of t.columns) {
      const bare = type.replace(/\s+NOT NULL$/i, "");
      const seen = columnTypes.get(col);
      columnTypes.set(col, seen === void 0 || seen === bare ? bare : null);
    }
  const calls = /* @__PURE__ */ new Map();
  for (const n of graph.nodes) {
    if (!/^(?:\[\d+\]:)?Calc\(/.test(n.contents)) continue;
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(n.contents)?.[1] ?? "";
    for (const m of select.matchAll(
      /(?:^|,\s*)(([A-Za-z_][\w$]*)\(([A-Za-z_][\w$]*(?:,\s*[A-Za-z_][\w$]*)*)?\)) AS /g
    )) {
      if (!own.has(m[2].toLowerCase()) || calls.has(m[1])) continue;
      const args = (m[3] ?? "").split(",").filter((a) => a.trim() !== "");
      const types = args.map((a) => columnTypes.get(a.trim().toLowerCase()));
      if (types.some((t) => !t)) continue;
      calls.set(m[1], `${m[2]}(${types.map((t) => `CAST(NULL AS ${t})`).join(", ")})`);
    }
  }
  let i = 0;
  for (const [call, typed] of calls) {
    const view = `\`flinkops_result_type_${i++}\``;
    const run = { timeoutMs: opts.timeoutMs ?? 12e4 };
    const made = await client.runStatement(sh, `CREATE TEMPORARY VIEW ${view} AS SELECT ${typed} AS r`, run);
    if (!made.ok) continue;
    const described = await client.runStatement(sh, `DESCRIBE ${view}`, run);
    const row = described.ok ? described.value.rows[0] : void 0;
    if (row && typeof row[1] === "string") out.set(call, `${row[1]}${row[2] === false ? " NOT NULL" : ""}`);
  }
  return out;
});
var submittingText = (function submittingText(statements) {
  const inserts = [];
  let inSet = false;
  for (const st of statements) {
    if (st.kind === "begin_statement_set") inSet = true;
    else if (st.kind === "end") inSet = false;
    else if (st.kind === "statement_set") return st.text.replace(/^\s*EXECUTE\s+/i, "").replace(/;\s*$/, "");
    else if (st.kind === "execute") return st.text.replace(/^\s*EXECUTE\s+/i, "").replace(/;\s*$/, "");
    else if (st.kind === "create_table_as") return st.text.replace(/;\s*$/, "");
    else if (st.kind === "insert") {
      if (!inSet) return st.text.replace(/;\s*$/, "");
      inserts.push(st.text.replace(/;\s*$/, ""));
    }
  }
  return inserts.length > 0 ? `STATEMENT SET BEGIN
${inserts.join(";\n")};
END` : void 0;
});

// src/engine/table-location.ts
var tableLocator = (function tableLocator(dir, desired) {
  const parsed = /* @__PURE__ */ new Map();
  const read = (file) => {
    if (!parsed.has(file)) {
      const ignored = [];
      const f = readTextFile(dir, file, ignored);
      parsed.set(
        file,
        f === void 0 ? void 0 : /\.ya?ml$/.test(file) ? { yaml: parseYaml(file, f.text).value } : { sql: { statements: analyzeScript(f.text, file).statements, lines: f.lines } }
      );
    }
    return parsed.get(file);
  };
  return (job, table, place) => {
    const own = ownTable2(job, table);
    if (own) return inSql(read(job.sqlFile), job.sqlFile, table, place);
    const t = repositoryTable(job, desired, table);
    if (!t) return void 0;
    if (!/\.ya?ml$/.test(t.file)) return inSql(read(t.file), t.file, table, place);
    const y = read(t.file)?.yaml;
    if (!y) return void 0;
    if ("column" in place) {
      const columns = valueAt(y.data, ["columns"]);
      const i = Array.isArray(columns) ? columns.findIndex((c) => c?.name === place.column) : -1;
      return i < 0 ? y.locate(["columns"], "key") : y.locate(["columns", i, "name"]);
    }
    const config = read(PROJECT_FILE)?.yaml;
    const override = ["environments", desired.env, "tables", t.name, "with", place.option];
    if (config && valueAt(config.data, override) !== void 0) return config.locate(override, "key");
    if (valueAt(y.data, ["with", place.option]) !== void 0) return y.locate(["with", place.option], "key");
    return valueAt(y.data, ["with"]) !== void 0 ? y.locate(["with"], "key") : void 0;
  };
});
var ownTable2 = (function ownTable2(job, table) {
  const own = job.sourceRanges?.length ?? 0;
  return job.statements.slice(job.statements.length - own).some((st) => st.table !== void 0 && tableKey(st.table.name.name) === table);
});
var repositoryTable = (function repositoryTable(job, desired, table) {
  if (!job.tables.some((n) => tableKey(n) === table)) return void 0;
  return desired.tables.find((t) => t.objectKind === "table" && tableKey(t.name) === table);
});
var inSql = (function inSql(p, file, table, place) {
  if (!p?.sql) return void 0;
  const { statements, lines } = p.sql;
  const st = statements.findLast((s) => s.table !== void 0 && tableKey(s.table.name.name) === table);
  if (!st?.table) return void 0;
  if ("column" in place) {
    const c = st.table.columns.find((x) => x.name === place.column);
    return c ? lines.range(file, c.start, c.end) : st.range;
  }
  const i = st.text.lastIndexOf(`'${place.option.replaceAll("'", "''")}'`);
  return i < 0 ? st.range : lines.range(file, st.start + i, st.start + i + place.option.length + 2);
});

// src/engine/plan-run.ts
var closeRun = (async function closeRun(run) {
  await Promise.all([run.client?.close(), run.previous?.client.close()]);
});
var runPlan = (async function runPlan(opts) {
  const run = await planOnce(opts);
  if (!run.previous || opts.keepPrevious) return run;
  await run.previous.client.close();
  const { previous: _closed, ...rest } = run;
  return rest;
});
var planOnce = (async function planOnce(opts) {
  (opts.onProgress ?? (() => {
  }))({ stage: "compiling" });
  const compileOptions = { env: opts.env, envVars: opts.envVars };
  if (opts.offline) {
    const compiled = compileProject(opts.dir, compileOptions);
    return { ...await planCompiled(opts, compiled, void 0), envReferences: compiled.envReferences };
  }
  const offThread = (opts.compileOffThread ?? compileOffThread)(opts.dir, compileOptions);
  let compiledHere = () => {
  };
  const early = observeEarly(
    opts,
    offThread ?? new Promise((resolve) => compiledHere = resolve)
  );
  if (early?.connection.client) askCapabilities(opts, early.connection);
  try {
    let compiled;
    if (offThread) compiled = await offThread;
    else {
      if (early?.observed) await new Promise((resolve) => setImmediate(resolve));
      try {
        compiled = compileProject(opts.dir, compileOptions);
      } finally {
        compiledHere(compiled ?? { value: void 0, diags: [], envReferences: [] });
      }
    }
    return { ...await planCompiled(opts, compiled, early), envReferences: compiled.envReferences };
  } finally {
    if (early && !early.claimed) await dropObservation(early);
  }
});
var askCapabilities = (function askCapabilities(opts, c) {
  if (!(opts.explain || opts.stateVerdicts === true) || !c.ready || !c.client || !c.endpoints.sqlGatewayUrl)
    return;
  c.client.capabilities().catch(() => void 0);
});
var VALIDATE_POLICY_PARALLELISM = "FO683";
var planCompiled = (async function planCompiled(opts, compiled, early) {
  const progress = opts.onProgress ?? (() => {
  });
  const diags = compiled.diags.filter((d) => d.code !== VALIDATE_POLICY_PARALLELISM);
  const desired = compiled.value;
  if (!desired || hasErrors(diags)) return { secretValues: [], diags: sortDiagnostics(diags) };
  diags.push(...await jarChecksumProblems(desired.udfs));
  const store = opts.store(desired.project, desired.env);
  progress({ stage: "reading-state", location: store.location });
  const state = await readState(store);
  diags.push(...state.diags);
  if (!state.value) return { desired, store, secretValues: [], diags: sortDiagnostics(diags) };
  keepSpentPins(desired, state.value.doc);
  diags.push(...keepDeployedHashes(desired, state.value.doc));
  let live = offlineLiveState();
  let client;
  let previous;
  let endpoints;
  let secretValues = [];
  if (!opts.offline) {
    const mine = early?.key === observationKey(desired.project, desired.environment, desired.environments) ? early : void 0;
    if (mine) mine.claimed = true;
    const c = mine?.connection ?? connectEnvironment(opts, desired.environment);
    if (!mine) askCapabilities(opts, c);
    diags.push(...c.diags);
    ({ client, previous, endpoints, secretValues } = c);
    if (!c.ready || !client) {
      await disconnect(c);
      return { desired, store, state: state.value, secretValues, diags: sortDiagnostics(diags) };
    }
    progress({ stage: "observing", jobmanagerUrl: c.endpoints.jobmanagerUrl });
    const observed = await (mine?.observed ?? observeThrough({ ...c, client }, opts, desired, specHashes(desired.jobs)));
    diags.push(...observed.diags);
    if (hasErrors(observed.diags))
      return {
        desired,
        store,
        state: state.value,
        client,
        ...previous ? { previous } : {},
        endpoints,
        secretValues,
        diags: sortDiagnostics(diags)
      };
    live = await withDefaultBackend(client, desired.jobs, observed.value, state.value.doc);
  }
  if (desired.jobs.some((j) => j.settings.planMode === "compiled")) progress({ stage: "compiling-plans" });
  const compiledPlans = await compileJobPlans(opts.offline ? void 0 : client, desired, state.value.doc, {
    ...live.flinkVersion ? { liveVersion: live.flinkVersion } : {},
    ...opts.concurrency ? { concurrency: opts.concurrency } : {}
  });
  diags.push(...compiledPlans.diags, ...syncCommittedPlans(opts.dir, desired, opts.writePlans === true));
  progress({ stage: "planning" });
  const lockHolder = await liveLockHolder(store, state.value.doc, opts.clock);
  const diffOptions = {
    allowDelete: opts.allowDelete,
    compiled: {
      planErrors: compiledPlans.planErrors,
      ...opts.allowVersionUpgrade ? { allowVersionUpgrade: true } : {}
    },
    ...opts.commit ? { commit: opts.commit } : {},
    ...opts.now ? { now: opts.now } : {},
    ...opts.target ? { target: opts.target } : {},
    ...opts.replace?.length ? { replace: opts.replace } : {},
    ...lockHolder ? { lockHolder } : {},
    locateInTable: tableLocator(opts.dir, desired)
  };
  let plan = diff(desired, live, state.value, diffOptions);
  const asked2 = opts.outsideCheckout ? changedJobCommits(plan.changes, state.value.doc, live, opts.commit) : [];
  const outside = asked2.length > 0 ? opts.outsideCheckout?.(asked2) : void 0;
  if (outside && outside.size > 0) {
    diffOptions.outsideCheckout = outside;
    plan = diff(desired, live, state.value, diffOptions);
  }
  const retention = client ? await readRetention(client, plan) : /* @__PURE__ */ new Map();
  diags.push(...refuseByRetention(plan, retention, live, state.value.doc));
  const judged = opts.stateVerdicts ?? opts.explain;
  const graphsOf = new Set(
    judged && client ? plan.changes.filter((c) => restoresState(c) && (judged === true || c.versionUpgrade !== void 0)).map((c) => c.job) : []
  );
  const starting = (p, skip) => opts.explain && client ? p.changes.filter((c) => startsNewScript(c) && !skip.has(c.job)) : [];
  const validate = async (p, skip) => {
    const jobs = starting(p, skip);
    if (jobs.length === 0 || !client) return [];
    progress({ stage: "explaining", jobs: jobs.length });
    return explainChangedJobs(client, desired, p, {
      skip,
      dir: opts.dir,
      ...opts.clock ? { clock: opts.clock } : {}
    });
  };
  const doc = state.value.doc;
  const graphs = async () => {
    if (graphsOf.size === 0 || !client) return void 0;
    progress({ stage: "state-graphs", jobs: graphsOf.size });
    const options = {
      ...previous?.gateway ? { previous: previous.client } : {},
      ...opts.clock ? { clock: opts.clock } : {}
    };
    const asked3 = { ...plan, changes: plan.changes.filter((c) => graphsOf.has(c.job)) };
    return explainStateGraphs(client, desired, asked3, { state: doc, live }, options);
  };
  const [explained2, validated] = await Promise.all([graphs(), validate(plan, graphsOf)]);
  diags.push(...validated);
  if (explained2 && explained2.size > 0) {
    plan = diff(desired, live, state.value, { ...diffOptions, explained: explained2 });
    refuseByRetention(plan, retention, live, state.value.doc);
  }
  const done = new Set(plan.changes.map((c) => c.job).filter((j) => !graphsOf.has(j)));
  for (const [job, pair] of explained2 ?? []) if ("next" in pair) done.add(job);
  diags.push(...await validate(plan, done));
  if (client)
    diags.push(
      ...await unhealthyJobs(
        client,
        plan,
        live,
        desired,
        doc,
        opts.clock?.now() ?? Date.now(),
        opts.concurrency
      )
    );
  diags.push(...slotDiagnostics(plan, desired, live));
  plan.diagnostics = sortDiagnostics(
    locatePolicySettings(opts.dir, [...diags, ...plan.diagnostics], { env: desired.env, jobs: desired.jobs })
  );
  if (endpoints)
    plan.cluster = clusterOf(
      endpoints,
      opts.endpoints ?? {},
      opts.envVars,
      desired.environment.jobmanagerUrl
    );
  return {
    desired,
    live,
    state: state.value,
    plan,
    store,
    ...client ? { client } : {},
    ...previous ? { previous } : {},
    ...endpoints ? { endpoints } : {},
    secretValues,
    diags: plan.diagnostics
  };
});
var liveLockHolder = (async function liveLockHolder(store, doc, clock) {
  const unfinished = Object.values(doc.jobs).some(
    (r) => r.pending !== void 0 || r.status === "running" && r.lastStable?.jobId !== r.current?.jobId
  );
  if (!unfinished) return void 0;
  const lock = await store.lockInfo().catch(() => void 0);
  if (!lock || Date.parse(lock.expires) <= (clock?.now() ?? Date.now()) || lockHolderGone(lock))
    return void 0;
  return `${lock.who} (${lock.command}${lock.run ? `, run ${lock.run}` : ""}) holds the state lock since ${lock.since}`;
});

export {
  observeHealth,
  observeMetrics,
  closeRun,
  runPlan
};
