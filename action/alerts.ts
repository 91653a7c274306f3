/**
 * Alert issues: one open issue per unhealthy job, labelled `flinkops-alert` and found again by
 * the HTML marker in its body. Created on the first breach, its body edited on every run while
 * the breach lasts (one comment only when the set of breached rules changes), closed with a
 * comment on recovery. What changed comes back as events, for the webhook: nothing repeats
 * from run to run while a breach simply lasts.
 */
import type { HealthBreach, HealthReport, JobHealth } from '../src/engine/health';
import { escapeMd } from '../src/render/markdown-escape';
import type { ActionGitHub, Issue } from './ports';

export const ALERT_LABEL = 'flinkops-alert';

export interface AlertContext {
  project: string;
  env: string;
  runUrl?: string;
}

export interface AlertEvent {
  job: string;
  status: 'breach' | 'recovered';
  breaches: HealthBreach[];
  /** The alert issue, when there is one. */
  issue?: { number: number; url?: string };
}

export interface AlertOutcome {
  /** Per job: the issue that tracks it now (open or just closed) and what happened to it. */
  issues: { job: string; number: number; url?: string; did: 'opened' | 'updated' | 'closed' }[];
  events: AlertEvent[];
  /** Jobs whose issue could not be written (the others are done): retried by the next run. */
  errors: string[];
  /** GitHub refused one of those calls as not permitted (not a server error or a rate limit). */
  denied?: boolean;
}

/** A refusal the workflow's permissions explain: 401, 403 (not a rate limit) or 404. */
export function deniedByGitHub(e: unknown): boolean {
  const { status, rateLimited } = e as { status?: unknown; rateLimited?: unknown };
  return status === 401 || status === 404 || (status === 403 && rateLimited !== true);
}

type IssuesPort = Pick<ActionGitHub, 'listOpenIssues' | 'createIssue' | 'updateIssue' | 'createComment'>;

export function alertMarker(project: string, env: string, job: string): string {
  return `<!-- flinkops-alert:${project}:${env}:${job} -->`;
}

const RULES_RE = /<!-- flinkops-alert-rules:([\w,]*) -->/;

/** Opens, updates and closes the alert issues of one environment to match its health report. */
export async function syncAlerts(
  gh: IssuesPort,
  report: HealthReport,
  ctx: AlertContext,
): Promise<AlertOutcome> {
  const open = await gh.listOpenIssues(ALERT_LABEL);
  const prefix = `<!-- flinkops-alert:${ctx.project}:${ctx.env}:`;
  const byJob = new Map<string, Issue>();
  for (const issue of open) {
    const at = issue.body.indexOf(prefix);
    if (at < 0) continue;
    const job = /^([a-z][a-z0-9_]*) -->/.exec(issue.body.slice(at + prefix.length))?.[1];
    // The oldest open issue of a job is the one kept up to date; a duplicate is left alone.
    if (job && !byJob.has(job)) byJob.set(job, issue);
  }
  const out: AlertOutcome = { issues: [], events: [], errors: [] };
  const guarded = async (job: string, work: () => Promise<void>) => {
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
  // Alerts of jobs the repository no longer declares: nothing to watch any more.
  for (const [job, issue] of byJob)
    await guarded(job, async () => {
      await gh.createComment(
        issue.number,
        `Closed at ${report.now}: \`${job}\` is no longer in the repository for \`${ctx.env}\`, so its health is not checked.${runLink(ctx)}`,
      );
      await gh.updateIssue(issue.number, { state: 'closed', stateReason: 'not_planned' });
      out.issues.push({ job, ...ref(issue), did: 'closed' });
      out.events.push({ job, status: 'recovered', breaches: [], issue: ref(issue) });
    });
  return out;
}

const ref = (i: Issue) => ({ number: i.number, ...(i.url ? { url: i.url } : {}) });

/** One job: open, edit or close its issue, and say what changed in `out`. */
async function syncJob(
  gh: IssuesPort,
  job: JobHealth,
  issue: Issue | undefined,
  report: HealthReport,
  ctx: AlertContext,
  out: AlertOutcome,
): Promise<void> {
  if (!job.healthy) {
    const body = issueBody(job, report, ctx);
    if (!issue) {
      const created = await gh.createIssue({
        title: `flinkops: ${job.job} is unhealthy in ${ctx.project}/${ctx.env}`,
        body,
        labels: [ALERT_LABEL],
      });
      out.issues.push({ job: job.job, ...ref(created), did: 'opened' });
      out.events.push({ job: job.job, status: 'breach', breaches: job.breaches, issue: ref(created) });
      return;
    }
    const before = RULES_RE.exec(issue.body)?.[1] ?? '';
    const now = rulesOf(job.breaches);
    // Comment before the body records the new rules: should the edit fail, the next run says it again.
    if (before !== now) {
      await gh.createComment(issue.number, changedComment(job, report.now, before));
      out.events.push({ job: job.job, status: 'breach', breaches: job.breaches, issue: ref(issue) });
    }
    if (issue.body !== body) await gh.updateIssue(issue.number, { body });
    out.issues.push({ job: job.job, ...ref(issue), did: 'updated' });
  } else if (issue) {
    await gh.createComment(
      issue.number,
      `✅ Recovered at ${report.now}: \`${job.job}\` ${recovered(job)}.${runLink(ctx)}`,
    );
    await gh.updateIssue(issue.number, { state: 'closed', stateReason: 'completed' });
    out.issues.push({ job: job.job, ...ref(issue), did: 'closed' });
    out.events.push({ job: job.job, status: 'recovered', breaches: [], issue: ref(issue) });
  }
}

/** Why a job's alert closes: it passes the rules again, or it is down as the repository asks. */
function recovered(job: JobHealth): string {
  // A job its schedule (or `state: suspended`) took down is not back: it is meant to be down.
  if (job.desired === 'suspended')
    return `is suspended as the repository asks (its schedule, or \`state: suspended\`): no health rule applies${job.state ? ` (${job.state})` : ''}`;
  return `passes every health rule again${job.state ? ` (${job.state === 'RUNNING' ? 'running' : job.state})` : ''}`;
}

function rulesOf(breaches: readonly HealthBreach[]): string {
  return [...new Set(breaches.map((b) => b.rule))].sort().join(',');
}

function runLink(ctx: AlertContext): string {
  return ctx.runUrl ? ` ([workflow run](${ctx.runUrl}))` : '';
}

/** The issue's body: the marker first, the breaches as they are now, when it was last checked. */
export function issueBody(job: JobHealth, report: HealthReport, ctx: AlertContext): string {
  const lines = [
    alertMarker(ctx.project, ctx.env, job.job),
    `<!-- flinkops-alert-rules:${rulesOf(job.breaches)} -->`,
    `### 🚨 \`${job.job}\` breaches its health rules in \`${ctx.project}\` / \`${ctx.env}\``,
    '',
    job.jobId
      ? `Flink job \`${job.jobId}\` is ${escapeMd(job.state ?? 'unknown')} on the cluster; the repository wants it ${job.desired}.`
      : `No job of that name is on the cluster; the repository wants it ${job.desired}.`,
    '',
    '| Rule | Breach | What to do |',
    '| --- | --- | --- |',
    ...job.breaches.map((b) => `| \`${b.rule}\` | ${escapeMd(b.summary)} | ${escapeMd(b.detail)} |`),
    '',
    `Last checked at ${report.now}${runLink(ctx)}. flinkops edits this issue on every scheduled run while the breach lasts, comments when the breached rules change, and closes it when the job recovers.`,
    '',
  ];
  return lines.join('\n');
}

function changedComment(job: JobHealth, now: string, before: string): string {
  const was = before ? before.split(',').map((r) => `\`${r}\``) : [];
  return [
    `⚠️ At ${now} the breached rules changed: now ${job.breaches.map((b) => `\`${b.rule}\``).join(', ')}${was.length ? ` (was ${was.join(', ')})` : ''}.`,
    '',
    ...job.breaches.map((b) => `- \`${b.rule}\`: ${escapeMd(b.summary)}`),
  ].join('\n');
}
