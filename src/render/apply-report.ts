/**
 * The result of `flinkops apply` for a terminal (what was done, failed, interrupted or skipped),
 * and `apply --explain --json` (the steps of every job that does something, as data). Pure.
 */
import { type ApplyReport, describeStep, type JobSteps, reportedAction, restorePointKind } from '../apply';
import { hasErrors } from '../core/diagnostics';
import type { Plan } from '../plan';

export function renderApplyReport(report: ApplyReport): string {
  const done = report.changes.filter((c) => c.outcome !== 'skipped');
  const failed = report.changes.filter((c) => c.outcome === 'failed' || c.outcome === 'rolled-back').length;
  const stopped = report.changes.length === 0 && hasErrors(report.diags);
  // "Apply complete" only when it is: a stale plan or a held lock changes nothing, a failure is a failure.
  const header = stopped
    ? 'Apply stopped before changing anything (see the error below).'
    : report.interrupted
      ? 'Apply interrupted: what was done and what was not:'
      : failed > 0
        ? 'Apply finished with failures:'
        : 'Apply complete:';
  const lines = ['', header];
  if (stopped) return `${lines.join('\n')}\n`;
  const interrupted = report.changes.filter((c) => c.outcome === 'interrupted').length;
  if (!report.changes.length) lines.push('  nothing to do');
  const jobWidth = Math.max(24, ...report.changes.map((c) => c.job.length));
  const outcomeWidth = Math.max(...report.changes.map((c) => c.outcome.length), 0);
  for (const c of report.changes) {
    const parts = [
      `  ${c.job.padEnd(jobWidth)} ${reportedAction(c).padEnd(8)} ${c.outcome.padEnd(outcomeWidth)}`,
    ];
    if (c.newJobId) parts.push(`job ${c.newJobId}`);
    if (c.ranMs !== undefined) parts.push(finishedWords(c.ranMs));
    if (c.outcome === 'interrupted' && c.error) parts.push(c.error);
    if (c.savepoint) parts.push(`${restorePointKind(c.savepoint)} ${c.savepoint}`);
    lines.push(parts.join('  ').trimEnd());
  }
  lines.push(
    '',
    `${done.length - failed - interrupted} applied, ${failed} failed, ${interrupted ? `${interrupted} interrupted, ` : ''}${report.changes.length - done.length} skipped.`,
    ...(report.interrupted
      ? ['Run flinkops plan to see what is left, and flinkops apply to finish it.']
      : []),
    '',
  );
  return lines.join('\n');
}

/** `apply --explain --json`: the steps of every job that does something, as data. */
export function explainJson(plan: Plan, jobs: readonly JobSteps[]) {
  return {
    project: plan.project,
    env: plan.env,
    jobs: jobs
      .filter((j) => j.refused || j.steps.some((s) => s.kind !== 'sync-record'))
      .map((j) => ({
        job: j.job,
        action: j.action,
        ...(j.change.action === 'upgrade' ? { strategy: j.change.strategy } : {}),
        ...(j.change.action === 'rescale' ? { rescaleMode: j.change.rescaleMode } : {}),
        ...(j.refused ? { refused: j.refused } : {}),
        steps: j.refused ? [] : j.steps.map((s) => ({ kind: s.kind, description: describeStep(s) })),
        rollback: j.rollback,
      })),
  };
}

/** A batch run's end, as a report row says it: `FINISHED after 12.3 s`. */
export function finishedWords(ranMs: number): string {
  return `FINISHED after ${(ranMs / 1000).toFixed(1)} s`;
}
