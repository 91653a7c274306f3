/** Taking one savepoint of a running job, resuming one an interrupted run left pending. */
import { resolvePendingSavepoint, triggerSavepoint } from '../apply';
import type { DesiredJob } from '../compile';
import { type Diagnostic, error } from '../core/diagnostics';
import { LABEL_KEYS } from '../core/names';
import type { LiveJob } from '../observe';
import { clearPending } from '../state';
import { type JobSavepointsReport, SAVEPOINT_CODES, type SavepointsHooks } from './savepoints-model';
import type { Session } from './savepoints-session';

/** Takes one savepoint of a running job (resolving one an interrupted run left pending first). */
export async function take(
  s: Session,
  job: DesiredJob,
  live: LiveJob,
  kind: 'periodic' | 'manual',
  hooks: SavepointsHooks | undefined,
): Promise<{ report: Partial<JobSavepointsReport>; diags: Diagnostic[] }> {
  const { ctx } = s;
  const record = ctx.store.record(job.name);
  const specHash = live.labels?.[LABEL_KEYS.specHash] ?? record?.current?.specHash ?? 'unknown';
  const target = { job: job.name, jobId: live.jobId, specHash, kind };
  const pending = record?.pending;
  if (pending && !(pending.kind === 'savepoint' && pending.jobId === live.jobId)) {
    const reason = `an interrupted ${pending.kind} (since ${pending.startedAt}) is pending; run flinkops apply to finish it first`;
    return {
      report: { outcome: 'skipped', reason },
      diags: [error(SAVEPOINT_CODES.pendingOperation, `job ${job.name}: ${reason}`, 'Run flinkops apply.')],
    };
  }
  if (pending) {
    const o = await resolvePendingSavepoint(ctx, { ...target, mode: 'trigger' }, pending);
    if (o?.ok) return { report: { outcome: 'taken', savepoint: o.path }, diags: [] };
    if (o && !o.ok && o.diag.code !== 'FO703')
      return { report: { outcome: 'failed', reason: o.cause }, diags: [o.diag] };
    await ctx.store.update(job.name, `savepoints: ${job.name}: lost trigger dropped`, (d) =>
      clearPending(d, job.name),
    );
  }
  hooks?.onEvent?.({ type: 'savepoint-started', job: job.name, jobId: live.jobId });
  const o = await triggerSavepoint(ctx, target);
  if (!o.ok) return { report: { outcome: 'failed', reason: o.cause }, diags: [o.diag] };
  hooks?.onEvent?.({ type: 'savepoint-completed', job: job.name, path: o.path });
  return { report: { outcome: 'taken', savepoint: o.path }, diags: [] };
}
