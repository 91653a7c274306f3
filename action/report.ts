/**
 * The outcome of an apply, for people (the job summary and the merged pull request) and for
 * the audit log (the state branch's commit message). Pure: text in, text out.
 */
import {
  type ApplyReport,
  applyFailed,
  type ChangeReport,
  reportedAction,
  restorePointKind,
} from '../src/apply';
import { finishedWords, renderDiagnosticsMarkdown, renderFailureDetails, smallest } from '../src/render';
import { code, escapeMd } from '../src/render/markdown-escape';
import type { LogTail } from './failure-details';

/** What started the apply: a merge (push, workflow_dispatch) or a schedule window (operate). */
export type ApplyTrigger = 'merge' | 'schedule';

export interface ApplyContext {
  project: string;
  env: string;
  commit: string;
  trigger?: ApplyTrigger;
  pullRequest?: number;
  runUrl?: string;
  /** The JobManager log's last lines, shown with the root causes when a change failed (masked). */
  log?: LogTail;
  /** What an apply without changes says instead of "Nothing was changed." */
  nothingChanged?: string;
}

/** Marker of the result comment of one apply (a rerun of the same commit edits it). */
export function applyMarker(project: string, env: string, commit: string): string {
  return `<!-- flinkops-apply:${project}:${env}:${commit.slice(0, 12)} -->`;
}

/** Whether a result comment reports an apply that succeeded and changed something (its table of changes). */
export function succeededApply(body: string): boolean {
  const [, heading = ''] = body.split('\n');
  return heading.startsWith('### ✅ ') && body.includes('\n| Job | Action | Outcome |');
}

const OUTCOME: Record<ChangeReport['outcome'], string> = {
  applied: '✅ applied',
  failed: '❌ failed',
  'rolled-back': '↩️ rolled back',
  skipped: '⏭️ skipped',
  interrupted: '⏹️ interrupted',
};

const cell = (s: string | undefined) => (s ? code(s) : '—');

/** How much of a long result a comment leaves to the job summary. */
interface Folding {
  /** Leave out the root causes and the JobManager log. */
  details: boolean;
  /** List only the changes that did not apply (a count says how many did). */
  failedOnly: boolean;
  /** Rows kept of the table. */
  rows: number;
}

/**
 * The result of an apply. With `maxLength` (a pull request comment: GitHub refuses more than
 * 65,536 characters) it is shrunk in whole parts: first the root causes and the log, then the
 * rows of changes that applied, then rows and diagnostics from the end; what is left out is in
 * the job summary, which gets it all.
 */
export function renderApplyMarkdown(
  report: ApplyReport,
  ctx: ApplyContext,
  maxLength = Number.POSITIVE_INFINITY,
): string {
  const full = renderFolded(report, ctx, { details: false, failedOnly: false, rows: Infinity }, maxLength);
  if (full.length <= maxLength) return full;
  const folds: Folding[] = [
    { details: true, failedOnly: false, rows: Infinity },
    { details: true, failedOnly: true, rows: Infinity },
  ];
  for (const f of folds) {
    const md = renderFolded(report, ctx, f, maxLength);
    if (md.length <= maxLength) return md;
  }
  // Hundreds of failed changes: as many rows as fit (the fewest left out).
  const n = report.changes.length;
  const folded = (rows: number) =>
    renderFolded(report, ctx, { details: true, failedOnly: true, rows }, maxLength);
  return folded(n - smallest(n, (dropped) => folded(n - dropped).length <= maxLength));
}

function renderFolded(report: ApplyReport, ctx: ApplyContext, fold: Folding, maxLength: number): string {
  const ok = !applyFailed(report);
  const lines = [
    applyMarker(ctx.project, ctx.env, ctx.commit),
    `### ${ok ? '✅' : '❌'} flinkops ${ctx.trigger === 'schedule' ? 'scheduled suspend/resume' : 'apply'}: \`${ctx.project}\` / \`${ctx.env}\` ${ok ? 'succeeded' : 'failed'}`,
    [
      `Commit \`${ctx.commit.slice(0, 12)}\``,
      ctx.pullRequest ? `pull request #${ctx.pullRequest}` : '',
      ctx.runUrl ? `[workflow run](${ctx.runUrl})` : '',
    ]
      .filter(Boolean)
      .join(' · '),
    '',
  ];
  const shown = fold.failedOnly ? report.changes.filter((c) => c.outcome !== 'applied') : report.changes;
  const rows = shown.slice(0, fold.rows);
  const omitted = report.changes.length - rows.length;
  if (report.changes.length === 0) lines.push(ctx.nothingChanged ?? 'Nothing was changed.');
  else if (rows.length > 0) {
    lines.push('| Job | Action | Outcome | New job id | Savepoint |', '| --- | --- | --- | --- | --- |');
    for (const c of rows)
      lines.push(
        `| ${cell(c.job)} | ${reportedAction(c)} | ${OUTCOME[c.outcome]}${c.outcome === 'skipped' && c.error ? `: ${escapeMd(c.error)}` : ''}${c.ranMs !== undefined ? ` (${finishedWords(c.ranMs)})` : ''} | ${cell(c.newJobId)} | ${c.savepoint && restorePointKind(c.savepoint) === 'checkpoint' ? `checkpoint ${code(c.savepoint)}` : cell(c.savepoint)} |`,
      );
  }
  if (omitted > 0) {
    const applied = report.changes.filter((c) => c.outcome === 'applied').length;
    lines.push(
      '',
      `_${omitted} more change${omitted === 1 ? '' : 's'} (${applied} applied) not listed here: the job summary of the ${ctx.runUrl ? `[workflow run](${ctx.runUrl})` : 'workflow run'} lists every one._`,
    );
  }
  const failures = report.changes.filter((c) => c.outcome === 'failed' || c.outcome === 'rolled-back');
  if (failures.length > 0 && fold.rows === Number.POSITIVE_INFINITY) {
    lines.push('', '#### What went wrong');
    for (const c of failures) {
      const rollback =
        c.outcome === 'rolled-back'
          ? `rolled back: the previous version runs again${c.newJobId ? ` as job ${code(c.newJobId)}` : ''}${c.savepoint ? `, restored from ${code(c.savepoint)}` : ''}.`
          : `not rolled back: ${c.fix ?? 'check the job on the cluster, then run the workflow again (apply resumes where it stopped).'}`;
      lines.push(`- **${code(c.job)}** (${reportedAction(c)}): ${rollback}`);
    }
  }
  if (failures.length > 0 && !fold.details) {
    // The root causes (escaped) and the JobManager log, as the CLI's apply shows them.
    const why = renderFailureDetails(report, ctx.log?.lines ?? [], {
      format: 'markdown',
      ...(ctx.log?.unavailable ? { logUnavailable: ctx.log.unavailable } : {}),
    });
    lines.push('', why.replace(/^### /m, '#### ').trimEnd());
  } else if (failures.length > 0)
    lines.push('', '_The root causes and the JobManager log are in the job summary of the workflow run._');
  if (report.diags.length > 0) {
    const head = `${lines.join('\n')}\n\n#### Diagnostics\n`;
    lines.push('', '#### Diagnostics', renderDiagnosticsMarkdown(report.diags, maxLength - head.length - 1));
  }
  return `${lines.join('\n')}\n`;
}

/** The commit message of the audit record on the state branch (trailers are added by the store). */
export function auditMessage(report: ApplyReport, ctx: ApplyContext): string {
  const counts = new Map<string, number>();
  for (const c of report.changes) counts.set(c.outcome, (counts.get(c.outcome) ?? 0) + 1);
  const tally = [...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'no changes';
  const body = report.changes.map((c) => {
    const facts = [
      c.newJobId ? `job ${c.newJobId}` : '',
      c.savepoint ? `${restorePointKind(c.savepoint)} ${c.savepoint}` : '',
      c.error ?? '',
    ]
      .filter(Boolean)
      .join('; ');
    return `- ${reportedAction(c)} ${c.job}: ${c.outcome}${facts ? ` (${facts})` : ''}`;
  });
  const verb = ctx.trigger === 'schedule' ? 'scheduled suspend/resume of' : 'apply';
  const subject = `${verb} ${ctx.project}/${ctx.env} at ${ctx.commit.slice(0, 12)}${ctx.pullRequest ? ` (#${ctx.pullRequest})` : ''}: ${tally}`;
  return [subject, '', ...body].join('\n');
}

/** `<env>.last-apply.json`: the machine-readable audit record. */
export function auditRecord(report: ApplyReport, ctx: ApplyContext, time: string) {
  return {
    project: ctx.project,
    env: ctx.env,
    commit: ctx.commit,
    ...(ctx.trigger === 'schedule' ? { trigger: 'schedule' } : {}),
    ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest } : {}),
    ...(ctx.runUrl ? { run: ctx.runUrl } : {}),
    time,
    succeeded: !applyFailed(report),
    changes: report.changes,
  };
}
