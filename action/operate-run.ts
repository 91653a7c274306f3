/**
 * One environment of a scheduled (operate) run: plan at the run's instant and apply only what
 * the schedule asks for (suspend/resume caused by a window, activeFrom/activeUntil) — never a
 * create, upgrade or any other repository change, which belong to merges — then periodic
 * savepoints, then the health checks and their alert issues and webhook.
 */
import { hasErrors } from '../src/core/diagnostics';
import { runAlerts } from '../src/engine/alerts-run';
import { runHealth } from '../src/engine/health';
import { closeRun, runPlan } from '../src/engine/plan-run';
import { hasChanges, type Plan, type PlanTarget } from '../src/plan';
import { countActions, renderDiagnosticsMarkdown, renderPlanJson } from '../src/render';
import { type AlertOutcome, deniedByGitHub, syncAlerts } from './alerts';
import { type AppliableRun, applyEnvironment } from './apply-env';
import { maskEnvValues, planOptions, writePlanFile } from './env-run';
import { renderHealthMarkdown, renderScheduleMarkdown } from './operate-report';
import { readProjectInfo } from './project-info';
import type { EnvResult, RunShared } from './run-shared';
import { operateSavepoints } from './savepoints';
import { postAlerts, webhookPayload } from './webhook';

/** What a scheduled run plans: the suspend/resume a schedule asks for, nothing a merge would apply. */
export const SCHEDULE_TARGET: PlanTarget = { causes: ['schedule'] };

export async function operateEnvironment(s: RunShared, env: string): Promise<EnvResult> {
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
      `### flinkops operate: \`${project}\` / \`${env}\`\n\n❌ **Nothing was done: no plan could be computed.**\n\n${renderDiagnosticsMarkdown(run.diags)}\n`,
    );
    return {
      env,
      ok: false,
      failure: 'no plan could be computed (see the annotations and the job summary)',
      hasChanges: false,
    };
  }

  try {
    // The plan holds only what the schedule asks for; what waits for a merge is its target's `omitted`.
    const due = plan.changes.filter((c) => c.action !== 'none' && !c.refused);
    const pending = plan.target?.omitted ?? [];
    const planPath = writePlanFile(s.planDir, env, s.secrets.mask(renderPlanJson(plan)));
    let result: EnvResult = {
      env,
      ok: true,
      hasChanges: hasChanges(plan),
      counts: { ...countActions(plan) },
      planPath,
      applied: [],
    };
    await core.appendSummary(renderScheduleMarkdown(octx, due, pending));
    if (pending.length > 0)
      core.info(`flinkops: ${env}: ${pending.length} repository change(s) left for a merge`);

    // (a) Scheduled online/offline.
    if (due.length > 0) {
      const apply: AppliableRun = {
        client,
        desired,
        store,
        ...(run.previous ? { previous: run.previous } : {}),
      };
      // Another run (a racing tick, an apply) may hold the lock and carry out the same suspend
      // or resume meanwhile: plan again, still only what the schedule asks for, and apply that.
      const replan = { ...opts, target: SCHEDULE_TARGET };
      const replanned = async (fresh: Plan): Promise<EnvResult> => {
        s.annotate(fresh.diagnostics);
        const again = fresh.changes.filter((c) => c.action !== 'none' && !c.refused);
        const what =
          again.length === 0
            ? 'nothing is due any more (the other run did it).'
            : again.map((c) => `\`${c.job}\` (${c.action})`).join(', ');
        await core.appendSummary(
          `> The schedule above went stale while this run waited for the state lock: another run changed the store or the cluster. Planned again, and applied: ${what}\n`,
        );
        return {
          ...result,
          hasChanges: hasChanges(fresh),
          counts: { ...countActions(fresh) },
          planPath: writePlanFile(s.planDir, env, s.secrets.mask(renderPlanJson(fresh))),
        };
      };
      result = await applyEnvironment(s, env, plan, apply, result, 'schedule', replan, replanned);
    } else core.info(`flinkops: ${env}: no scheduled suspend or resume is due`);

    // (b) Periodic savepoints.
    const sp = await operateSavepoints(s, { env, now, client, desired, store });
    if (!sp.ok) {
      result.ok = false;
      result.failure = [result.failure, sp.failure].filter(Boolean).join('; ');
    }

    // (c) Health, observed afresh after the schedule's changes, evaluated now (not at the
    // plan's instant: restarts during a long apply count).
    // The run's clients: this environment's cluster, and during a move the one being left.
    const reuse = (e: { jobmanagerUrl: string }) =>
      run.previous && e.jobmanagerUrl === run.previous.jobmanagerUrl ? run.previous.client : client;
    const health = await runHealth({ ...opts, now: s.now(), client: reuse, onProgress: () => {} });
    s.annotate(health.diags);
    if (!health.report) {
      await core.appendSummary(
        `#### Health\n\n❌ The health rules could not be checked.\n\n${renderDiagnosticsMarkdown(health.diags)}\n`,
      );
      return {
        ...result,
        ok: false,
        failure: [result.failure, 'the health rules could not be checked'].filter(Boolean).join('; '),
      };
    }
    const report = health.report;
    let alerts: AlertOutcome | undefined;
    let note: string | undefined;
    if (!options.alerts) note = 'Alert issues are off (`alerts: off`).';
    else if (!s.github) note = 'No alert issues: no GitHub token.';
    else {
      try {
        alerts = await syncAlerts(s.github, report, {
          project,
          env,
          ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        });
        for (const i of alerts.issues)
          core.info(`flinkops: ${env}: alert issue #${i.number} ${i.did} (${i.job})`);
        if (alerts.errors.length > 0) note = alertsTrouble(alerts.errors.join('; '), alerts.denied === true);
      } catch (e) {
        note = alertsTrouble(e instanceof Error ? e.message : String(e), deniedByGitHub(e));
      }
      if (note) core.annotate('warning', `flinkops: ${note}`);
      if (alerts && options.alertWebhook && alerts.events.length > 0) {
        const payloads = alerts.events.map((e) =>
          webhookPayload(e, {
            project,
            env,
            time: report.now,
            ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
          }),
        );
        const post = (url: string, json: string) => s.postJson(url, s.secrets.mask(json));
        const warnings = await postAlerts(post, options.alertWebhook, payloads);
        for (const w of warnings) core.annotate('warning', `flinkops: ${w}`);
        core.info(
          `flinkops: ${env}: alert webhook: ${payloads.length - warnings.length} of ${payloads.length} sent`,
        );
      }
    }
    // The environment's own alert channels (Slack, DingTalk, Feishu, WeCom, webhook): one message
    // per job and rule, remembered in the state store, independent of the issues.
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
        nowMs: Math.floor(s.clock.now()),
      });
      s.annotate(sent.diags);
      for (const a of sent.sent)
        core.info(
          `flinkops: ${env}: alert ${a.message.status} ${a.message.job} ${a.message.rule}: ${a.delivered} of ${a.channels} channels`,
        );
    }
    for (const j of report.jobs.filter((x) => !x.healthy))
      core.info(`flinkops: ${env}: ${j.job} is unhealthy: ${j.breaches.map((b) => b.summary).join('; ')}`);
    await core.appendSummary(renderHealthMarkdown(report, alerts, note));
    return {
      ...result,
      healthy: report.healthy,
    };
  } finally {
    await close();
  }
}

/** Why the alert issues lag behind: the permission only when GitHub refused one (a 5xx is no such thing). */
export function alertsTrouble(why: string, denied: boolean): string {
  return denied
    ? `The alert issues could not be kept up to date (the workflow needs \`issues: write\`): ${why}`
    : `The alert issues could not be kept up to date: ${why}. The next scheduled run tries again.`;
}
