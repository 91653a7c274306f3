import {
  applyEnvironment,
  forceUnlock,
  maskEnvValues,
  planOptions,
  writePlanFile
} from "./chunk-266K2KWE.mjs";
import {
  readProjectInfo
} from "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import {
  runAlerts
} from "./chunk-BJRRF3ND.mjs";
import "./chunk-QYCE5ZRX.mjs";
import {
  runSavepoints,
  savepointsFailed
} from "./chunk-3SLFQCNJ.mjs";
import {
  runHealth
} from "./chunk-LQVPOWIB.mjs";
import {
  closeRun,
  runPlan
} from "./chunk-BRC3JFZ7.mjs";
import "./chunk-4JYTUE2B.mjs";
import "./chunk-254QCTXF.mjs";
import "./chunk-B7I53RQA.mjs";
import "./chunk-QH5UG3CC.mjs";
import "./chunk-NMEMJCCX.mjs";
import {
  code,
  countActions,
  escapeMd,
  hasChanges,
  renderDiagnosticsMarkdown,
  renderPlanJson
} from "./chunk-TQUC6T4P.mjs";
import "./chunk-7ST6JL7S.mjs";
import "./chunk-W53C7WK3.mjs";
import "./chunk-TKT2SQCQ.mjs";
import "./chunk-YM6LO4KA.mjs";
import "./chunk-E2AT4OEI.mjs";
import {
  postAlerts,
  webhookPayload
} from "./chunk-4YED2AAM.mjs";
import "./chunk-2QYMJEXR.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-TLHSDI2R.mjs";
import {
  runGraceful
} from "./chunk-QLMKHXW3.mjs";
import "./chunk-TUYVXCSN.mjs";
import "./chunk-HCV42XU2.mjs";
import "./chunk-MTN3MEF7.mjs";
import "./chunk-PG4X7Q6A.mjs";
import "./chunk-2KEB7JXC.mjs";
import "./chunk-DPJDA3R2.mjs";
import "./chunk-BYIOOC32.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-QDFCQ7OG.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-EKKRR5UX.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import {
  hasErrors
} from "./chunk-FYVUM4PK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-YFKP24ME.mjs";
import "./chunk-TRBKR6JO.mjs";

// action/alerts.ts
var ALERT_LABEL = "flinkops-alert";
var deniedByGitHub = (function deniedByGitHub(e) {
  const { status, rateLimited } = e;
  return status === 401 || status === 404 || status === 403 && rateLimited !== true;
});
var alertMarker = (function alertMarker(project, env, job) {
  return `<!-- flinkops-alert:${project}:${env}:${job} -->`;
});
var RULES_RE = /<!-- flinkops-alert-rules:([\w,]*) -->/;
var syncAlerts = (async function syncAlerts(gh, report, ctx) {
  const open = await gh.listOpenIssues(ALERT_LABEL);
  const prefix = `<!-- flinkops-alert:${ctx.project}:${ctx.env}:`;
  const byJob = /* @__PURE__ */ new Map();
  for (const issue of open) {
    const at = issue.body.indexOf(prefix);
    if (at < 0) continue;
    const job = /^([a-z][a-z0-9_]*) -->/.exec(issue.body.slice(at + prefix.length))?.[1];
    if (job && !byJob.has(job)) byJob.set(job, issue);
  }
  const out = { issues: [], events: [], errors: [] };
  const guarded = async (job, work) => {
    try {
      await work();
    } catch (e) {
      out.errors.push(`${job}: ${e instanceof Error ? e.message : String(e)}`);
      if (deniedByGitHub(e)) out.denied = true;
    }
  };
  for (const job of report.jobs) {
    const issue = byJob.get(job.job);
    byJob.delete(job.job);
    await guarded(job.job, () => syncJob(gh, job, issue, report, ctx, out));
  }
  for (const [job, issue] of byJob)
    await guarded(job, async () => {
      await gh.createComment(
        issue.number,
        `Closed at ${report.now}: \`${job}\` is no longer in the repository for \`${ctx.env}\`, so its health is not checked.${runLink(ctx)}`
      );
      await gh.updateIssue(issue.number, { state: "closed", stateReason: "not_planned" });
      out.issues.push({ job, ...ref(issue), did: "closed" });
      out.events.push({ job, status: "recovered", breaches: [], issue: ref(issue) });
    });
  return out;
});
var ref = ((i) => ({ number: i.number, ...i.url ? { url: i.url } : {} }));
var syncJob = (async function syncJob(gh, job, issue, report, ctx, out) {
  if (!job.healthy) {
    const body = issueBody(job, report, ctx);
    if (!issue) {
      const created = await gh.createIssue({
        title: `flinkops: ${job.job} is unhealthy in ${ctx.project}/${ctx.env}`,
        body,
        labels: [ALERT_LABEL]
      });
      out.issues.push({ job: job.job, ...ref(created), did: "opened" });
      out.events.push({ job: job.job, status: "breach", breaches: job.breaches, issue: ref(created) });
      return;
    }
    const before = RULES_RE.exec(issue.body)?.[1] ?? "";
    const now = rulesOf(job.breaches);
    if (before !== now) {
      await gh.createComment(issue.number, changedComment(job, report.now, before));
      out.events.push({ job: job.job, status: "breach", breaches: job.breaches, issue: ref(issue) });
    }
    if (issue.body !== body) await gh.updateIssue(issue.number, { body });
    out.issues.push({ job: job.job, ...ref(issue), did: "updated" });
  } else if (issue) {
    await gh.createComment(
      issue.number,
      `\u2705 Recovered at ${report.now}: \`${job.job}\` ${recovered(job)}.${runLink(ctx)}`
    );
    await gh.updateIssue(issue.number, { state: "closed", stateReason: "completed" });
    out.issues.push({ job: job.job, ...ref(issue), did: "closed" });
    out.events.push({ job: job.job, status: "recovered", breaches: [], issue: ref(issue) });
  }
});
var recovered = (function recovered(job) {
  if (job.desired === "suspended")
    return `is suspended as the repository asks (its schedule, or \`state: suspended\`): no health rule applies${job.state ? ` (${job.state})` : ""}`;
  return `passes every health rule again${job.state ? ` (${job.state === "RUNNING" ? "running" : job.state})` : ""}`;
});
var rulesOf = (function rulesOf(breaches) {
  return [...new Set(breaches.map((b) => b.rule))].sort().join(",");
});
var runLink = (function runLink(ctx) {
  return ctx.runUrl ? ` ([workflow run](${ctx.runUrl}))` : "";
});
var issueBody = (function issueBody(job, report, ctx) {
  const lines = [
    alertMarker(ctx.project, ctx.env, job.job),
    `<!-- flinkops-alert-rules:${rulesOf(job.breaches)} -->`,
    `### \u{1F6A8} \`${job.job}\` breaches its health rules in \`${ctx.project}\` / \`${ctx.env}\``,
    "",
    job.jobId ? `Flink job \`${job.jobId}\` is ${escapeMd(job.state ?? "unknown")} on the cluster; the repository wants it ${job.desired}.` : `No job of that name is on the cluster; the repository wants it ${job.desired}.`,
    "",
    "| Rule | Breach | What to do |",
    "| --- | --- | --- |",
    ...job.breaches.map((b) => `| \`${b.rule}\` | ${escapeMd(b.summary)} | ${escapeMd(b.detail)} |`),
    "",
    `Last checked at ${report.now}${runLink(ctx)}. flinkops edits this issue on every scheduled run while the breach lasts, comments when the breached rules change, and closes it when the job recovers.`,
    ""
  ];
  return lines.join("\n");
});
var changedComment = (function changedComment(job, now, before) {
  const was = before ? before.split(",").map((r) => `\`${r}\``) : [];
  return [
    `\u26A0\uFE0F At ${now} the breached rules changed: now ${job.breaches.map((b) => `\`${b.rule}\``).join(", ")}${was.length ? ` (was ${was.join(", ")})` : ""}.`,
    "",
    ...job.breaches.map((b) => `- \`${b.rule}\`: ${escapeMd(b.summary)}`)
  ].join("\n");
});

// action/operate-report.ts
var DOING = {
  suspend: "\u23F8 suspended",
  resume: "\u25B6\uFE0F resumed"
};
var renderScheduleMarkdown = (function renderScheduleMarkdown(ctx, due, pending) {
  const lines = [
    `### flinkops operate: \`${ctx.project}\` / \`${ctx.env}\` at ${ctx.now}`,
    "",
    "#### Schedule"
  ];
  if (due.length === 0) lines.push("No scheduled suspend or resume is due.");
  else
    for (const c of due)
      lines.push(`- \`${c.job}\` will be ${DOING[c.action] ?? c.action}: ${escapeMd(c.reason)}`);
  if (pending.length > 0) {
    lines.push(
      "",
      `> \u2139\uFE0F Not applied by a scheduled run: ${pending.map((c) => `\`${c.job}\` (${c.action})`).join(", ")}. A merge to the default branch (or \`workflow_dispatch\` with \`command: apply\`) applies ${pending.length === 1 ? "it" : "them"}.`
    );
  }
  return `${lines.join("\n")}
`;
});
var DID = {
  opened: "opened",
  updated: "updated",
  closed: "closed"
};
var renderHealthMarkdown = (function renderHealthMarkdown(report, alerts, alertsNote) {
  const bad = report.jobs.filter((j) => !j.healthy);
  const issueOf = (job) => alerts?.issues.find((i) => i.job === job);
  const link = (i) => `${i.url ? `[#${i.number}](${i.url})` : `#${i.number}`} (${DID[i.did]})`;
  const lines = ["#### Health"];
  if (bad.length === 0)
    lines.push(
      report.jobs.length === 0 ? "No job to check." : `\u2705 ${report.jobs.length === 1 ? "The job passes its" : `All ${report.jobs.length} jobs pass their`} health rules.`
    );
  else {
    lines.push(
      `\u274C ${bad.length} of ${report.jobs.length} job${report.jobs.length === 1 ? "" : "s"} breach their health rules:`,
      "",
      "| Job | State | Breaches | Alert |",
      "| --- | --- | --- | --- |"
    );
    for (const j of bad) {
      const issue = issueOf(j.job);
      lines.push(
        `| \`${j.job}\` | ${escapeMd(j.state ?? "not on the cluster")} | ${j.breaches.map((b) => `\`${b.rule}\`: ${escapeMd(b.summary)}`).join("<br>")} | ${issue ? link(issue) : "\u2014"} |`
      );
    }
  }
  const closed = alerts?.issues.filter((i) => i.did === "closed") ?? [];
  if (closed.length > 0)
    lines.push("", `Recovered: ${closed.map((i) => `\`${i.job}\` ${link(i)}`).join(", ")}.`);
  if (alertsNote) lines.push("", `> ${alertsNote}`);
  return `${lines.join("\n")}
`;
});

// action/savepoints.ts
var CANCEL_NOTICE = "finishing the job under way (a savepoint in flight is recorded the moment it completes); no other job is started, then the state lock is released.";
var operateSavepoints = (async function operateSavepoints(s, i) {
  const { core, ctx } = s;
  await forceUnlock(s, i.env, i.store);
  const report = await runGraceful(
    s.interrupt,
    CANCEL_NOTICE,
    (stop) => runSavepoints({
      stop,
      desired: i.desired,
      client: i.client,
      store: i.store,
      clock: s.clock,
      now: i.now,
      owner: {
        who: `${ctx.actor} via GitHub Actions${ctx.runUrl ? ` (${ctx.runUrl})` : ""}`,
        command: "savepoints",
        host: "github-actions",
        ...ctx.run ? { run: ctx.run } : {}
      },
      secretValues: s.secrets.list(),
      timing: { lockTimeoutMs: s.options.lockTimeoutMs, savepointTimeoutMs: s.options.savepointTimeoutMs },
      // A run every few minutes: the state branch gets a lock commit only when a savepoint is due.
      lockOnlyWhenDue: true,
      hooks: {
        onEvent: (e) => {
          if (e.type === "savepoint-started") core.info(`  ${e.job}: savepoint of ${e.jobId}`);
          else if (e.type === "savepoint-completed") core.info(`  ${e.job}: savepoint ${e.path}`);
          else if (e.type === "dispose-started") core.info(`  ${e.job}: disposing of ${e.path}`);
        }
      }
    })
  );
  s.annotate(report.diags);
  await core.appendSummary(renderSavepointsMarkdown(report));
  const failed = savepointsFailed(report);
  const cause = report.jobs.find((j) => j.outcome === "failed")?.reason ?? report.diags.find((d) => d.severity === "error")?.summary;
  return {
    ok: !failed,
    report,
    ...failed ? { failure: `periodic savepoints failed${cause ? `: ${cause}` : ""}` } : {}
  };
});
var renderSavepointsMarkdown = (function renderSavepointsMarkdown(report) {
  const lines = ["#### Savepoints"];
  const acted = report.jobs.filter(
    (j) => j.outcome === "taken" || j.outcome === "failed" || j.outcome === "skipped" || j.disposed.length > 0 || (j.disposalFailed?.length ?? 0) > 0
  );
  if (acted.length === 0) lines.push("No periodic savepoint was due.");
  else {
    lines.push("| Job | Savepoint | Disposed of |", "| --- | --- | --- |");
    for (const j of acted) {
      const what = j.outcome === "taken" ? `\u2705 ${code(j.savepoint ?? "")}` : j.outcome === "failed" ? `\u274C failed${j.reason ? `: ${escapeMd(j.reason)}` : ""}` : j.outcome === "skipped" ? `\u23ED\uFE0F skipped${j.reason ? `: ${escapeMd(j.reason)}` : ""}` : "\u2014";
      const gone = [
        ...j.disposed.map(code),
        ...(j.disposalFailed ?? []).map((p) => `\u274C ${code(p)} (disposal failed: still restorable)`)
      ];
      lines.push(`| ${code(j.job)} | ${what} | ${gone.length ? gone.join("<br>") : "\u2014"} |`);
    }
  }
  const notDue = report.jobs.filter((j) => j.outcome === "not-due" && j.nextDue);
  if (notDue.length > 0) {
    const next = notDue.map((j) => j.nextDue).sort()[0];
    lines.push("", `${notDue.length} job${notDue.length === 1 ? "" : "s"} not due yet (next at ${next}).`);
  }
  if (report.diags.length > 0) lines.push("", renderDiagnosticsMarkdown(report.diags));
  return `${lines.join("\n")}
`;
});

// action/operate-run.ts
var SCHEDULE_TARGET = { causes: ["schedule"] };
var operateEnvironment = (async function operateEnvironment(s, env) {
  const { core, options, ctx } = s;
  const now = s.now();
  core.info(`flinkops: operate ${env} at ${now}`);
  const opts = { ...planOptions(s, env), now, keepPrevious: true };
  const run = await runPlan({ ...opts, target: SCHEDULE_TARGET });
  for (const v of run.secretValues) s.secrets.add(v);
  maskEnvValues(s, run.envReferences);
  s.annotate(run.diags);
  const project = run.desired?.project ?? readProjectInfo(s.dir).name;
  const octx = { project, env, now };
  const { plan, client, desired, store } = run;
  const close = () => closeRun(run);
  if (!plan || !client || !desired || !store || hasErrors(run.diags)) {
    await close();
    await core.appendSummary(
      `### flinkops operate: \`${project}\` / \`${env}\`

\u274C **Nothing was done: no plan could be computed.**

${renderDiagnosticsMarkdown(run.diags)}
`
    );
    return {
      env,
      ok: false,
      failure: "no plan could be computed (see the annotations and the job summary)",
      hasChanges: false
    };
  }
  try {
    const due = plan.changes.filter((c) => c.action !== "none" && !c.refused);
    const pending = plan.target?.omitted ?? [];
    const planPath = writePlanFile(s.planDir, env, s.secrets.mask(renderPlanJson(plan)));
    let result = {
      env,
      ok: true,
      hasChanges: hasChanges(plan),
      counts: { ...countActions(plan) },
      planPath,
      applied: []
    };
    await core.appendSummary(renderScheduleMarkdown(octx, due, pending));
    if (pending.length > 0)
      core.info(`flinkops: ${env}: ${pending.length} repository change(s) left for a merge`);
    if (due.length > 0) {
      const apply = {
        client,
        desired,
        store,
        ...run.previous ? { previous: run.previous } : {}
      };
      const replan = { ...opts, target: SCHEDULE_TARGET };
      const replanned = async (fresh) => {
        s.annotate(fresh.diagnostics);
        const again = fresh.changes.filter((c) => c.action !== "none" && !c.refused);
        const what = again.length === 0 ? "nothing is due any more (the other run did it)." : again.map((c) => `\`${c.job}\` (${c.action})`).join(", ");
        await core.appendSummary(
          `> The schedule above went stale while this run waited for the state lock: another run changed the store or the cluster. Planned again, and applied: ${what}
`
        );
        return {
          ...result,
          hasChanges: hasChanges(fresh),
          counts: { ...countActions(fresh) },
          planPath: writePlanFile(s.planDir, env, s.secrets.mask(renderPlanJson(fresh)))
        };
      };
      result = await applyEnvironment(s, env, plan, apply, result, "schedule", replan, replanned);
    } else core.info(`flinkops: ${env}: no scheduled suspend or resume is due`);
    const sp = await operateSavepoints(s, { env, now, client, desired, store });
    if (!sp.ok) {
      result.ok = false;
      result.failure = [result.failure, sp.failure].filter(Boolean).join("; ");
    }
    const reuse = (e) => run.previous && e.jobmanagerUrl === run.previous.jobmanagerUrl ? run.previous.client : client;
    const health = await runHealth({ ...opts, now: s.now(), client: reuse, onProgress: () => {
    } });
    s.annotate(health.diags);
    if (!health.report) {
      await core.appendSummary(
        `#### Health

\u274C The health rules could not be checked.

${renderDiagnosticsMarkdown(health.diags)}
`
      );
      return {
        ...result,
        ok: false,
        failure: [result.failure, "the health rules could not be checked"].filter(Boolean).join("; ")
      };
    }
    const report = health.report;
    let alerts;
    let note;
    if (!options.alerts) note = "Alert issues are off (`alerts: off`).";
    else if (!s.github) note = "No alert issues: no GitHub token.";
    else {
      try {
        alerts = await syncAlerts(s.github, report, {
          project,
          env,
          ...ctx.runUrl ? { runUrl: ctx.runUrl } : {}
        });
        for (const i of alerts.issues)
          core.info(`flinkops: ${env}: alert issue #${i.number} ${i.did} (${i.job})`);
        if (alerts.errors.length > 0) note = alertsTrouble(alerts.errors.join("; "), alerts.denied === true);
      } catch (e) {
        note = alertsTrouble(e instanceof Error ? e.message : String(e), deniedByGitHub(e));
      }
      if (note) core.annotate("warning", `flinkops: ${note}`);
      if (alerts && options.alertWebhook && alerts.events.length > 0) {
        const payloads = alerts.events.map(
          (e) => webhookPayload(e, {
            project,
            env,
            time: report.now,
            ...ctx.runUrl ? { runUrl: ctx.runUrl } : {}
          })
        );
        const post = (url, json) => s.postJson(url, s.secrets.mask(json));
        const warnings = await postAlerts(post, options.alertWebhook, payloads);
        for (const w of warnings) core.annotate("warning", `flinkops: ${w}`);
        core.info(
          `flinkops: ${env}: alert webhook: ${payloads.length - warnings.length} of ${payloads.length} sent`
        );
      }
    }
    if (desired.environment.alerts?.length && health.state && health.store) {
      const sent = await runAlerts({
        env: desired.environment,
        report,
        secrets: opts.secrets,
        post: (url, body) => s.postJson(url, body),
        store: health.store,
        state: health.state,
        // The signing time of DingTalk and Feishu, which refuse one an hour off their own clock:
        // when the time is sent, not the `now` input a run may preview schedules and health at.
        nowMs: Math.floor(s.clock.now())
      });
      s.annotate(sent.diags);
      for (const a of sent.sent)
        core.info(
          `flinkops: ${env}: alert ${a.message.status} ${a.message.job} ${a.message.rule}: ${a.delivered} of ${a.channels} channels`
        );
    }
    for (const j of report.jobs.filter((x) => !x.healthy))
      core.info(`flinkops: ${env}: ${j.job} is unhealthy: ${j.breaches.map((b) => b.summary).join("; ")}`);
    await core.appendSummary(renderHealthMarkdown(report, alerts, note));
    return {
      ...result,
      healthy: report.healthy
    };
  } finally {
    await close();
  }
});
var alertsTrouble = (function alertsTrouble(why, denied) {
  return denied ? `The alert issues could not be kept up to date (the workflow needs \`issues: write\`): ${why}` : `The alert issues could not be kept up to date: ${why}. The next scheduled run tries again.`;
});
export {
  SCHEDULE_TARGET,
  alertsTrouble,
  operateEnvironment
};
