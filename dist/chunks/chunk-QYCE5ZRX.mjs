import {
  runPlan
} from "./chunk-BRC3JFZ7.mjs";
import {
  APPLY_CODES,
  execute
} from "./chunk-TQUC6T4P.mjs";
import {
  error,
  hasErrors
} from "./chunk-FYVUM4PK.mjs";
import {
  maskSecrets
} from "./chunk-YFKP24ME.mjs";

// src/engine/logs.ts
var ENTRY = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/;
var WARN_OR_ERROR = /^\d{4}-\d{2}-\d{2}[ T]\S+\s+(?:WARN|ERROR|FATAL)\b/;
var EXECUTION_GRAPH = /Created execution graph ([0-9a-f]{32}) for job ([0-9a-f]{32})/;
var FRAME = /^\s+(?:at |\.\.\. \d+ more)/;
var relevantEntries = (function relevantEntries(text, jobIds) {
  const ids = new Set(jobIds.filter((id) => id.length > 0));
  if (ids.size === 0) return "";
  const out = [];
  let keep = false;
  let named = false;
  for (const line of text.replace(/\r\n/g, "\n").split("\n")) {
    if (ENTRY.test(line)) {
      const graph = EXECUTION_GRAPH.exec(line);
      if (graph && ids.has(graph[2])) ids.add(graph[1]);
      const names = [...ids].some((id) => line.includes(id));
      named ||= names;
      keep = names || WARN_OR_ERROR.test(line);
    }
    if (keep && !FRAME.test(line)) out.push(line);
  }
  return named ? out.join("\n") : "";
});
var tailLines = (function tailLines(text, lines) {
  const all = text.replace(/\r\n/g, "\n").split("\n");
  while (all.length > 0 && all[all.length - 1].trim() === "") all.pop();
  const n = Math.max(0, Math.floor(lines));
  return { lines: n === 0 ? [] : all.slice(-n), truncated: all.length > n };
});
var fetchJobManagerLog = (async function fetchJobManagerLog(client, opts = {}) {
  const secrets = opts.secrets ?? [];
  if (!client.getJobManagerLog)
    return { lines: [], truncated: false, unavailable: "this client cannot read logs" };
  const r = await client.getJobManagerLog();
  if (!r.ok) {
    const why = r.error.status === 404 ? "the JobManager serves no log file (it may log to stdout only; see your log collector)" : r.error.message;
    return { lines: [], truncated: false, unavailable: maskSecrets(why, secrets) };
  }
  const max = opts.maxLineLength ?? 2e3;
  const relevant = opts.jobIds ? relevantEntries(r.value, opts.jobIds) : "";
  const tail = tailLines(relevant || r.value, opts.lines ?? 50);
  return {
    lines: tail.lines.map((l) => {
      const masked = maskSecrets(l, secrets);
      return masked.length > max ? `${masked.slice(0, max)}\u2026` : masked;
    }),
    truncated: tail.truncated
  };
});

// src/engine/apply-run.ts
var applyPlan = (async function applyPlan(opts) {
  return execute({
    plan: opts.plan,
    desired: opts.desired,
    client: opts.client,
    ...opts.previous ? { previous: opts.previous } : {},
    store: opts.store,
    clock: opts.clock,
    secrets: opts.secrets,
    ...opts.secretValues ? { secretValues: opts.secretValues } : {},
    owner: opts.owner,
    ...opts.hooks ? { hooks: opts.hooks } : {},
    ...opts.parallelism !== void 0 ? { parallelism: opts.parallelism } : {},
    ...opts.commit !== void 0 ? { commit: opts.commit } : {},
    ...opts.timing ? { timing: opts.timing } : {},
    ...opts.stop ? { stop: opts.stop } : {}
  });
});
var runApply = (async function runApply(opts) {
  const { replanIfStale, onReplan, onReplanned, replanGuard, failureLog, ...base } = opts;
  let plan = opts.plan;
  let report = await applyPlan(base);
  let replanned = false;
  if (replanIfStale && report.diags.some((d) => d.code === APPLY_CODES.stalePlan)) {
    const skipped = await replanGuard?.();
    if (skipped) return { plan, report, replanned: false, skipped };
    onReplan?.();
    const previous = opts.previous;
    const again = await runPlan({
      ...replanIfStale,
      keepPrevious: true,
      client: (e) => previous && e.jobmanagerUrl === previous.jobmanagerUrl ? previous.client : opts.client
    });
    if (again.plan && !hasErrors(again.diags)) {
      plan = again.plan;
      replanned = true;
      onReplanned?.(plan);
      report = await applyPlan({ ...base, plan });
    }
  }
  const failures = report.changes.filter((c) => c.outcome === "failed" || c.outcome === "rolled-back");
  const jobIds = [
    ...new Set(
      failures.flatMap((c) => [
        ...c.error?.match(/\b[0-9a-f]{32}\b/g) ?? [],
        ...c.outcome === "failed" && c.newJobId ? [c.newJobId] : []
      ])
    )
  ];
  const log = failures.length > 0 && failureLog ? await readFailureLog(opts.client, { jobIds, ...failureLog }, opts.secretValues ?? []) : void 0;
  return { plan, report, replanned, ...log ? { log } : {} };
});
var readFailureLog = (async function readFailureLog(client, log, secretValues) {
  try {
    return await fetchJobManagerLog(client, { ...log, secrets: secretValues });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { lines: [], truncated: false, unavailable: maskSecrets(why, secretValues) };
  }
});
var planMatchesRepository = (function planMatchesRepository(plan, desired, commit) {
  const diags = [];
  if (plan.project !== desired.project || plan.env !== desired.env) {
    diags.push(
      error(
        APPLY_CODES.planForOtherEnv,
        `the plan is for ${plan.project}/${plan.env}, not ${desired.project}/${desired.env}`,
        "Apply it with --env set to the environment it was planned for, from the same repository."
      )
    );
    return diags;
  }
  const byName = new Map(desired.jobs.map((j) => [j.name, j]));
  for (const c of plan.changes) {
    if (c.action === "delete" && byName.has(c.job)) {
      diags.push(
        error(
          APPLY_CODES.repositoryChanged,
          `the repository changed since the plan was made (job ${c.job} is back)`,
          `The plan deletes job ${c.job}, and the repository has jobs/${c.job}.sql again (or the plan file was edited). Run flinkops plan again and apply the new plan.`
        )
      );
      continue;
    }
    if (!c.to || c.action === "delete" || c.action === "none") continue;
    const job = byName.get(c.job);
    if (!job || job.restartHash !== c.to.specHash || job.settings.parallelism !== c.to.parallelism) {
      const now = job ? `the repository compiles it to spec ${job.restartHash.slice(0, 12)} at parallelism ${job.settings.parallelism}` : `the repository has no job ${c.job}`;
      const sameCommit = job !== void 0 && plan.commit !== void 0 && plan.commit === commit;
      diags.push(
        sameCommit ? error(
          APPLY_CODES.repositoryChanged,
          `the plan does not match what this flinkops compiles from the repository (job ${c.job})`,
          `The plan ${c.action}s job ${c.job} to spec ${c.to.specHash.slice(0, 12)} at parallelism ${c.to.parallelism}; ${now}, at commit ${commit.slice(0, 12)}, the commit the plan was made from. So the plan was made by another flinkops version (which compiles the job otherwise), from edits not committed, or the plan file was edited. Run flinkops plan again with this flinkops and apply the new plan.`
        ) : error(
          APPLY_CODES.repositoryChanged,
          `the repository changed since the plan was made (job ${c.job})`,
          `The plan ${c.action}s job ${c.job} to spec ${c.to.specHash.slice(0, 12)} at parallelism ${c.to.parallelism}; ${now} (it was edited since, or the plan file was). Run flinkops plan again and apply the new plan.`
        )
      );
    }
  }
  return diags;
});

export {
  runApply,
  planMatchesRepository
};
