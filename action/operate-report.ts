/**
 * The job summary of a scheduled (operate) run, one part per operation: what the schedule
 * did, what is left for a merge, and the health of every job with its alert issue. Pure.
 */
import type { HealthReport } from '../src/engine/health';
import type { JobChange, PlanTargeting } from '../src/plan';
import { escapeMd } from '../src/render/markdown-escape';
import type { AlertOutcome } from './alerts';

export interface OperateContext {
  project: string;
  env: string;
  now: string;
}

const DOING: Partial<Record<JobChange['action'], string>> = {
  suspend: '⏸ suspended',
  resume: '▶️ resumed',
};

/** The schedule part: the suspend/resume due now, and the repository changes left for a merge. */
export function renderScheduleMarkdown(
  ctx: OperateContext,
  due: readonly JobChange[],
  pending: PlanTargeting['omitted'],
): string {
  const lines = [
    `### flinkops operate: \`${ctx.project}\` / \`${ctx.env}\` at ${ctx.now}`,
    '',
    '#### Schedule',
  ];
  if (due.length === 0) lines.push('No scheduled suspend or resume is due.');
  else
    for (const c of due)
      lines.push(`- \`${c.job}\` will be ${DOING[c.action] ?? c.action}: ${escapeMd(c.reason)}`);
  if (pending.length > 0) {
    lines.push(
      '',
      `> ℹ️ Not applied by a scheduled run: ${pending.map((c) => `\`${c.job}\` (${c.action})`).join(', ')}. A merge to the default branch (or \`workflow_dispatch\` with \`command: apply\`) applies ${pending.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const DID: Record<AlertOutcome['issues'][number]['did'], string> = {
  opened: 'opened',
  updated: 'updated',
  closed: 'closed',
};

/** The health part: every unhealthy job, its breaches and its alert issue. */
export function renderHealthMarkdown(
  report: HealthReport,
  alerts: AlertOutcome | undefined,
  alertsNote?: string,
): string {
  const bad = report.jobs.filter((j) => !j.healthy);
  const issueOf = (job: string) => alerts?.issues.find((i) => i.job === job);
  const link = (i: { number: number; url?: string; did: keyof typeof DID }) =>
    `${i.url ? `[#${i.number}](${i.url})` : `#${i.number}`} (${DID[i.did]})`;
  const lines = ['#### Health'];
  if (bad.length === 0)
    lines.push(
      report.jobs.length === 0
        ? 'No job to check.'
        : `✅ ${report.jobs.length === 1 ? 'The job passes its' : `All ${report.jobs.length} jobs pass their`} health rules.`,
    );
  else {
    lines.push(
      `❌ ${bad.length} of ${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'} breach their health rules:`,
      '',
      '| Job | State | Breaches | Alert |',
      '| --- | --- | --- | --- |',
    );
    for (const j of bad) {
      const issue = issueOf(j.job);
      lines.push(
        `| \`${j.job}\` | ${escapeMd(j.state ?? 'not on the cluster')} | ${j.breaches
          .map((b) => `\`${b.rule}\`: ${escapeMd(b.summary)}`)
          .join('<br>')} | ${issue ? link(issue) : '—'} |`,
      );
    }
  }
  const closed = alerts?.issues.filter((i) => i.did === 'closed') ?? [];
  if (closed.length > 0)
    lines.push('', `Recovered: ${closed.map((i) => `\`${i.job}\` ${link(i)}`).join(', ')}.`);
  if (alertsNote) lines.push('', `> ${alertsNote}`);
  return `${lines.join('\n')}\n`;
}
