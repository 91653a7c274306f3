import {
  readProjectInfo
} from "./chunk-KPSQQGCQ.mjs";
import {
  postComment
} from "./chunk-WUPP6CD6.mjs";
import {
  runApply
} from "./chunk-QYCE5ZRX.mjs";
import {
  closeRun,
  runPlan
} from "./chunk-BRC3JFZ7.mjs";
import {
  describeEngineProgress,
  lockWaitLine
} from "./chunk-254QCTXF.mjs";
import {
  GITHUB_COMMENT_LIMIT,
  applyFailed,
  code,
  countActions,
  escapeMd,
  finishedWords,
  hasChanges,
  planMarker,
  renderDiagnosticsMarkdown,
  renderFailureDetails,
  renderPlanJson,
  renderPlanMarkdown,
  reportedAction,
  smallest,
  unknownJobs
} from "./chunk-TQUC6T4P.mjs";
import {
  STATE_CODES,
  stateStoreDiagnostics
} from "./chunk-TKT2SQCQ.mjs";
import {
  restorePointKind
} from "./chunk-E2AT4OEI.mjs";
import {
  movedOn
} from "./chunk-2QYMJEXR.mjs";
import {
  runGraceful
} from "./chunk-QLMKHXW3.mjs";
import {
  join
} from "./chunk-KBTCQ2CM.mjs";
import {
  writeFileSync
} from "./chunk-NPMD6JOW.mjs";
import {
  error,
  hasErrors,
  warning
} from "./chunk-FYVUM4PK.mjs";

// action/failure-details.ts
var LOG_LINES = 30;
var MAX_LINE = 500;
var logTailOf = (function logTailOf(s, tail) {
  if (tail.lines.length > 0)
    s.core.info(`flinkops: the last ${tail.lines.length} lines of the JobManager log are in the job summary`);
  return {
    lines: tail.lines.map((l) => s.secrets.mask(l)),
    ...tail.unavailable ? { unavailable: s.secrets.mask(tail.unavailable) } : {}
  };
});

// action/force-unlock.ts
var forceUnlock = (async function forceUnlock(s, env, store) {
  const id = s.options.forceUnlock;
  if (!id) return;
  try {
    const broken = await store.breakLock(id);
    s.core.info(
      broken ? `flinkops: ${env}: removed the lock ${id} of ${broken.who} (${broken.command}) since ${broken.since}` : `flinkops: ${env}: no lock on ${store.location} to remove`
    );
  } catch (e) {
    const diags = stateStoreDiagnostics(e);
    if (!diags) throw e;
    s.annotate(diags);
  }
});

// action/report.ts
var applyMarker = (function applyMarker(project, env, commit) {
  return `<!-- flinkops-apply:${project}:${env}:${commit.slice(0, 12)} -->`;
});
var succeededApply = (function succeededApply(body) {
  const [, heading = ""] = body.split("\n");
  return heading.startsWith("### \u2705 ") && body.includes("\n| Job | Action | Outcome |");
});
var OUTCOME = {
  applied: "\u2705 applied",
  failed: "\u274C failed",
  "rolled-back": "\u21A9\uFE0F rolled back",
  skipped: "\u23ED\uFE0F skipped",
  interrupted: "\u23F9\uFE0F interrupted"
};
var cell = ((s) => s ? code(s) : "\u2014");
var renderApplyMarkdown = (function renderApplyMarkdown(report, ctx, maxLength = Number.POSITIVE_INFINITY) {
  const full = renderFolded(report, ctx, { details: false, failedOnly: false, rows: Infinity }, maxLength);
  if (full.length <= maxLength) return full;
  const folds = [
    { details: true, failedOnly: false, rows: Infinity },
    { details: true, failedOnly: true, rows: Infinity }
  ];
  for (const f of folds) {
    const md = renderFolded(report, ctx, f, maxLength);
    if (md.length <= maxLength) return md;
  }
  const n = report.changes.length;
  const folded = (rows) => renderFolded(report, ctx, { details: true, failedOnly: true, rows }, maxLength);
  return folded(n - smallest(n, (dropped) => folded(n - dropped).length <= maxLength));
});
var renderFolded = (function renderFolded(report, ctx, fold, maxLength) {
  const ok = !applyFailed(report);
  const lines = [
    applyMarker(ctx.project, ctx.env, ctx.commit),
    `### ${ok ? "\u2705" : "\u274C"} flinkops ${ctx.trigger === "schedule" ? "scheduled suspend/resume" : "apply"}: \`${ctx.project}\` / \`${ctx.env}\` ${ok ? "succeeded" : "failed"}`,
    [
      `Commit \`${ctx.commit.slice(0, 12)}\``,
      ctx.pullRequest ? `pull request #${ctx.pullRequest}` : "",
      ctx.runUrl ? `[workflow run](${ctx.runUrl})` : ""
    ].filter(Boolean).join(" \xB7 "),
    ""
  ];
  const shown = fold.failedOnly ? report.changes.filter((c) => c.outcome !== "applied") : report.changes;
  const rows = shown.slice(0, fold.rows);
  const omitted = report.changes.length - rows.length;
  if (report.changes.length === 0) lines.push(ctx.nothingChanged ?? "Nothing was changed.");
  else if (rows.length > 0) {
    lines.push("| Job | Action | Outcome | New job id | Savepoint |", "| --- | --- | --- | --- | --- |");
    for (const c of rows)
      lines.push(
        `| ${cell(c.job)} | ${reportedAction(c)} | ${OUTCOME[c.outcome]}${c.outcome === "skipped" && c.error ? `: ${escapeMd(c.error)}` : ""}${c.ranMs !== void 0 ? ` (${finishedWords(c.ranMs)})` : ""} | ${cell(c.newJobId)} | ${c.savepoint && restorePointKind(c.savepoint) === "checkpoint" ? `checkpoint ${code(c.savepoint)}` : cell(c.savepoint)} |`
      );
  }
  if (omitted > 0) {
    const applied = report.changes.filter((c) => c.outcome === "applied").length;
    lines.push(
      "",
      `_${omitted} more change${omitted === 1 ? "" : "s"} (${applied} applied) not listed here: the job summary of the ${ctx.runUrl ? `[workflow run](${ctx.runUrl})` : "workflow run"} lists every one._`
    );
  }
  const failures = report.changes.filter((c) => c.outcome === "failed" || c.outcome === "rolled-back");
  if (failures.length > 0 && fold.rows === Number.POSITIVE_INFINITY) {
    lines.push("", "#### What went wrong");
    for (const c of failures) {
      const rollback = c.outcome === "rolled-back" ? `rolled back: the previous version runs again${c.newJobId ? ` as job ${code(c.newJobId)}` : ""}${c.savepoint ? `, restored from ${code(c.savepoint)}` : ""}.` : `not rolled back: ${c.fix ?? "check the job on the cluster, then run the workflow again (apply resumes where it stopped)."}`;
      lines.push(`- **${code(c.job)}** (${reportedAction(c)}): ${rollback}`);
    }
  }
  if (failures.length > 0 && !fold.details) {
    const why = renderFailureDetails(report, ctx.log?.lines ?? [], {
      format: "markdown",
      ...ctx.log?.unavailable ? { logUnavailable: ctx.log.unavailable } : {}
    });
    lines.push("", why.replace(/^### /m, "#### ").trimEnd());
  } else if (failures.length > 0)
    lines.push("", "_The root causes and the JobManager log are in the job summary of the workflow run._");
  if (report.diags.length > 0) {
    const head = `${lines.join("\n")}

#### Diagnostics
`;
    lines.push("", "#### Diagnostics", renderDiagnosticsMarkdown(report.diags, maxLength - head.length - 1));
  }
  return `${lines.join("\n")}
`;
});
var auditMessage = (function auditMessage(report, ctx) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of report.changes) counts.set(c.outcome, (counts.get(c.outcome) ?? 0) + 1);
  const tally = [...counts].map(([k, n]) => `${n} ${k}`).join(", ") || "no changes";
  const body = report.changes.map((c) => {
    const facts = [
      c.newJobId ? `job ${c.newJobId}` : "",
      c.savepoint ? `${restorePointKind(c.savepoint)} ${c.savepoint}` : "",
      c.error ?? ""
    ].filter(Boolean).join("; ");
    return `- ${reportedAction(c)} ${c.job}: ${c.outcome}${facts ? ` (${facts})` : ""}`;
  });
  const verb = ctx.trigger === "schedule" ? "scheduled suspend/resume of" : "apply";
  const subject = `${verb} ${ctx.project}/${ctx.env} at ${ctx.commit.slice(0, 12)}${ctx.pullRequest ? ` (#${ctx.pullRequest})` : ""}: ${tally}`;
  return [subject, "", ...body].join("\n");
});
var auditRecord = (function auditRecord(report, ctx, time) {
  return {
    project: ctx.project,
    env: ctx.env,
    commit: ctx.commit,
    ...ctx.trigger === "schedule" ? { trigger: "schedule" } : {},
    ...ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {},
    ...ctx.runUrl ? { run: ctx.runUrl } : {},
    time,
    succeeded: !applyFailed(report),
    changes: report.changes
  };
});

// action/apply-env.ts
var CANCEL_NOTICE = "the run was cancelled: no new step starts; the step under way finishes and is recorded, and the state lock is released.";
var applyEnvironment = (async function applyEnvironment(s, env, plan, run, base, trigger, replan, replanned) {
  const { core, ctx, options } = s;
  await forceUnlock(s, env, run.store);
  const outcome = await runGraceful(
    s.interrupt,
    CANCEL_NOTICE,
    (stop) => runApply({
      stop,
      plan,
      desired: run.desired,
      client: run.client,
      ...run.previous ? { previous: run.previous } : {},
      store: run.store,
      clock: s.clock,
      parallelism: options.parallelism,
      secrets: s.secrets.source(s.env),
      secretValues: s.secrets.list(),
      ...ctx.sha ? { commit: ctx.sha } : {},
      owner: {
        who: `${ctx.actor} via GitHub Actions${ctx.runUrl ? ` (${ctx.runUrl})` : ""}`,
        command: trigger === "schedule" ? "operate" : "apply",
        host: "github-actions",
        ...ctx.run ? { run: ctx.run } : {}
      },
      timing: {
        graceMs: options.healthGraceMs,
        checkpointWaitMs: options.checkpointWaitMs,
        lockTimeoutMs: options.lockTimeoutMs,
        savepointTimeoutMs: options.savepointTimeoutMs
      },
      hooks: {
        onEvent: (e) => {
          if (e.type === "step-started") core.info(`  ${e.job}: ${e.step.kind}`);
          else if (e.type === "rollback-started") core.info(`  ${e.job}: rolling back: ${e.reason}`);
          else if (e.type === "lock-wait")
            core.info(`flinkops: ${env}: ${lockWaitLine(e.holder, e.timeoutMs)}`);
          else if (e.type === "job-done")
            core.info(
              `  ${e.job}: ${reportedAction(e.change)} ${e.change.outcome}${e.change.error ? `: ${e.change.error}` : ""}`
            );
        }
      },
      // Waiting for another run's lock can leave the plan stale (that run changed the store or
      // the cluster): plan again once and apply the fresh plan.
      ...replan ? {
        replanIfStale: replan,
        onReplan: () => core.info(`flinkops: ${env}: the plan went stale while waiting; planning again`),
        // The run that held the lock may have applied a later push: planning this commit
        // again would roll the cluster back to it.
        replanGuard: async () => trigger === "merge" && s.github ? movedOn(s.github, ctx) : void 0
      } : {},
      failureLog: { lines: LOG_LINES, maxLineLength: MAX_LINE }
    })
  );
  if (outcome.skipped) {
    core.annotate("warning", outcome.skipped, { title: "flinkops: nothing applied" });
    await core.appendSummary(`### flinkops apply: \`${env}\`: nothing applied

> \u26A0\uFE0F ${outcome.skipped}
`);
    return { ...base, ok: true, hasChanges: false, applied: [] };
  }
  const report = outcome.report;
  plan = outcome.plan;
  if (outcome.replanned && replanned) base = await replanned(plan);
  const log = outcome.log ? logTailOf(s, outcome.log) : void 0;
  s.annotate(report.diags);
  const actx = {
    project: plan.project,
    env,
    commit: ctx.sha,
    trigger,
    ...s.pullRequest ? { pullRequest: s.pullRequest } : {},
    ...ctx.runUrl ? { runUrl: ctx.runUrl } : {},
    ...log ? { log } : {}
  };
  const markdown = renderApplyMarkdown(report, actx);
  await core.appendSummary(markdown);
  if (s.pullRequest && options.comment) {
    const comment2 = markdown.length <= GITHUB_COMMENT_LIMIT ? markdown : renderApplyMarkdown(report, actx, GITHUB_COMMENT_LIMIT);
    await postComment(s, s.pullRequest, comment2.split("\n")[0], comment2);
  }
  if (run.store.recordApply && report.changes.length > 0) {
    const record = JSON.parse(
      s.secrets.mask(JSON.stringify(auditRecord(report, actx, new Date(s.clock.now()).toISOString())))
    );
    try {
      await run.store.recordApply(record, s.secrets.mask(auditMessage(report, actx)));
    } catch (e) {
      s.annotate([
        warning(
          STATE_CODES.auditNotRecorded,
          `could not record the apply of ${env} on the state branch: ${s.secrets.mask(e instanceof Error ? e.message : String(e))}`,
          "The apply itself is done and its state is saved; only the audit commit (<project>/<env>.last-apply.json) is missing. It is written again by the next apply."
        )
      ]);
    }
  }
  const applied = report.changes.map((c) => ({
    env,
    job: c.job,
    action: c.action,
    ...c.did ? { did: c.did } : {},
    outcome: c.outcome,
    ...c.newJobId ? { jobId: c.newJobId } : {},
    ...c.savepoint ? { savepoint: c.savepoint } : {}
  }));
  const ok = !applyFailed(report);
  const cause = report.changes.find((c) => c.error)?.error ?? report.diags.find((d) => d.severity === "error")?.summary;
  return { ...base, ok, applied, ...ok ? {} : { failure: `apply failed${cause ? `: ${cause}` : ""}` } };
});

// action/env-run.ts
var planOptions = (function planOptions(s, env) {
  const { route, ctx, options } = s;
  return {
    dir: s.dir,
    env,
    envVars: s.env,
    secrets: s.secrets.source(s.env),
    offline: route.offline,
    allowDelete: options.allowDelete,
    ...options.replace.length > 0 ? { replace: options.replace } : {},
    stateVerdicts: true,
    // A pull request's plan checks the jobs it would start with the cluster's planner, as the
    // CLI's plan does: an unknown column is an error on the pull request, not a failed merge.
    ...route.mode === "plan" ? { explain: true } : {},
    ...ctx.sha ? { commit: ctx.sha } : {},
    now: s.now(),
    endpoints: {
      ...options.jobmanagerUrl ? { jobmanagerUrl: options.jobmanagerUrl } : {},
      ...options.sqlGatewayUrl ? { sqlGatewayUrl: options.sqlGatewayUrl } : {}
    },
    concurrency: 16,
    clock: s.clock,
    store: s.store,
    ...s.flinkClient ? { client: s.flinkClient } : {},
    onProgress: (p) => s.core.info(`  \u2026 ${describeEngineProgress(p)}`)
  };
});
var maskEnvValues = (function maskEnvValues(s, references) {
  const every = s.ctx.event.kind === "pull_request" && s.ctx.event.fork;
  for (const r of references) if (every || r.credential) s.secrets.addShown(s.env[r.name]);
});
var ACTION_CODES = {
  /** Error: the `replace` input names a job the environment does not have. */
  replaceUnknown: "FO901"
};
var SUMMARY_MAX = 4e5;
var SUMMARY_BYTES = 9e5;
var summaryPlan = (function summaryPlan(s, render) {
  const room = Math.max(1e4, SUMMARY_BYTES - s.summaryBytes.value);
  let max = Math.min(SUMMARY_MAX, room);
  let md = render(max);
  for (let i = 0; i < 3 && Buffer.byteLength(md) > room; i++) {
    max = Math.floor(max * (room / Buffer.byteLength(md)) * 0.95);
    md = render(max);
  }
  return md;
});
var runEnvironment = (async function runEnvironment(s, env) {
  const { core, route } = s;
  core.info(`flinkops: ${route.mode} ${env}${route.offline ? " (offline)" : ""}`);
  const run = await runPlan({
    ...planOptions(s, env),
    checkpoints: "for-restarts",
    keepPrevious: route.mode === "apply"
  });
  for (const v of run.secretValues) s.secrets.add(v);
  maskEnvValues(s, run.envReferences);
  let diags = run.diags;
  const unknown = run.plan ? unknownJobs(run.plan, s.options.replace) : [];
  if (unknown.length > 0)
    diags = [
      ...diags,
      error(
        ACTION_CODES.replaceUnknown,
        `input 'replace' names no job of ${run.plan.project}/${env}: ${unknown.join(", ")}`,
        "Name jobs of the repository (the file names under jobs/), separated by commas or spaces. Nothing was applied."
      )
    ];
  if (route.offline && route.pullRequest !== void 0)
    diags = diags.map((d) => d.code === "FO808" ? downgrade(d) : d);
  s.annotate(diags);
  const project = run.desired?.project ?? readProjectInfo(s.dir).name;
  const marker = planMarker(project, env);
  const plan = run.plan;
  if (!plan || hasErrors(diags)) {
    await closeRun(run);
    const body = (max) => failedPlanBody(marker, project, env, diags, s.footer(), max);
    await s.core.appendSummary(summaryPlan(s, body));
    if (route.mode === "apply") {
      const am = applyMarker(project, env, s.ctx.sha);
      if (s.pullRequest && s.options.comment && hasErrors(diags))
        await postComment(
          s,
          s.pullRequest,
          am,
          failedPlanBody(am, project, env, diags, s.footer(), GITHUB_COMMENT_LIMIT, "apply")
        );
    } else await comment(s, marker, body(GITHUB_COMMENT_LIMIT));
    const errors = hasErrors(diags);
    return {
      env,
      ok: !errors,
      ...errors ? { failure: "the plan has errors (see the annotations and the job summary)" } : {},
      hasChanges: false
    };
  }
  const resultOf = (p) => ({
    env,
    ok: true,
    hasChanges: hasChanges(p),
    counts: { ...countActions(p) },
    planPath: writePlanFile(s.planDir, env, s.secrets.mask(renderPlanJson(p)))
  });
  const base = resultOf(plan);
  const changes = base.hasChanges;
  if (route.mode === "plan") {
    await closeRun(run);
    await comment(s, marker, renderPlanMarkdown(plan, [], { marker, footer: s.footer() }));
    await core.appendSummary(
      summaryPlan(s, (maxLength) => renderPlanMarkdown(plan, [], { marker, footer: s.footer(), maxLength }))
    );
    return base;
  }
  await core.appendSummary(
    summaryPlan(s, (maxLength) => renderPlanMarkdown(plan, [], { marker, footer: s.footer(), maxLength }))
  );
  if (!changes || !run.client || !run.desired || !run.store) {
    await closeRun(run);
    core.info(`flinkops: ${env}: nothing to apply`);
    if (!changes && s.pullRequest && s.options.comment && s.ctx.sha) {
      const body = renderApplyMarkdown(
        { changes: [], diags: [] },
        {
          project: plan.project,
          env,
          commit: s.ctx.sha,
          trigger: "merge",
          pullRequest: s.pullRequest,
          ...s.ctx.runUrl ? { runUrl: s.ctx.runUrl } : {},
          nothingChanged: "Nothing to apply: the cluster already matched the repository at this commit."
        }
      );
      await postComment(s, s.pullRequest, body.split("\n")[0], body, succeededApply);
    }
    return { ...base, applied: [] };
  }
  try {
    const replan = { ...planOptions(s, env), checkpoints: "for-restarts" };
    const replanned = async (fresh) => {
      s.annotate(fresh.diagnostics);
      await core.appendSummary(
        `> The plan above went stale while this run waited for the state lock: another run changed the store or the cluster. This is the plan made again, and applied:

${summaryPlan(s, (maxLength) => renderPlanMarkdown(fresh, [], { marker, footer: s.footer(), maxLength }))}`
      );
      return resultOf(fresh);
    };
    return await applyEnvironment(s, env, plan, run, base, "merge", replan, replanned);
  } finally {
    await closeRun(run);
  }
});
var comment = (async function comment(s, marker, body) {
  if (s.route.pullRequest === void 0 || !s.options.comment) return;
  const r = await postComment(s, s.route.pullRequest, marker, body);
  if (r)
    s.core.info(`flinkops: ${r.created ? "created" : "updated"} the plan comment on #${s.route.pullRequest}`);
});
var failedPlanBody = (function failedPlanBody(marker, project, env, diags, footer, maxLength, what = "plan") {
  const parts = (list) => [
    marker,
    what === "apply" ? `### \u274C flinkops apply: \`${project}\` / \`${env}\`: nothing applied` : `### flinkops plan: \`${project}\` / \`${env}\``,
    failedPlanHeadline(diags),
    "",
    list,
    "",
    footer,
    ""
  ].join("\n");
  return parts(renderDiagnosticsMarkdown(diags, maxLength - parts("").length));
});
var failedPlanHeadline = (function failedPlanHeadline(diags) {
  const codes = diags.filter((d) => d.severity === "error").map((d) => Number(d.code.replace(/^FO/, "")));
  if (codes.length === 0) return "\u2139\uFE0F **No plan could be computed.**";
  const repository = codes.some((c) => c !== 113 && (c < 500 || c >= 610 && c < 650));
  if (repository) return "\u274C **No plan: the repository has errors.** Fix them and push again.";
  if (codes.includes(113))
    return "\u274C **No plan: a secret is not set in this run.** Nothing in the repository needs fixing: map the secret named below into the flinkops step's `env:` (`FLINKOPS_SECRET_<NAME>: ${{ secrets.<NAME> }}`), then run this workflow again. Runs without the repository's secrets (Dependabot pull requests) cannot plan against the cluster.";
  if (codes.some((c) => c >= 500 && c < 600 || c >= 650 && c < 670))
    return "\u274C **No plan: the cluster did not answer.** Nothing in the repository needs fixing: run this workflow again once the cluster answers (or check the `jobmanager-url` and `sql-gateway-url` inputs, or the environment's URLs in flinkops.yaml).";
  if (codes.some((c) => c >= 800 && c < 900))
    return "\u274C **No plan: the state store could not be read.** Nothing in the repository needs fixing: see the error below, then run this workflow again.";
  return "\u274C **No plan could be made.** See the errors below.";
});
var downgrade = (function downgrade(d) {
  return warning(
    d.code,
    d.summary,
    `${d.detail} This fork pull request was validated and compiled; its plan needs the state branch.`,
    ...d.range ? [d.range] : []
  );
});
var writePlanFile = (function writePlanFile(dir, env, json) {
  const path = join(dir, `plan-${env}.json`);
  writeFileSync(path, json);
  return path;
});

export {
  forceUnlock,
  applyEnvironment,
  planOptions,
  maskEnvValues,
  ACTION_CODES,
  runEnvironment,
  failedPlanHeadline,
  writePlanFile
};
