/**
 * Retention's side effect: disposing of savepoints beyond `keep` or older than `maxAge`, each
 * recorded as soon as Flink confirms.
 */

import { clusterVersion, pollOptions } from '../apply';
import type { DesiredJob } from '../compile';
import { type Diagnostic, error } from '../core/diagnostics';
import { awaitDisposal } from '../flink';
import { appendHistory, markSavepointDisposed } from '../state';
import { type JobSavepointsReport, SAVEPOINT_CODES, type SavepointsHooks } from './savepoints-model';
import { type RetentionLimits, retention } from './savepoints-retention';
import type { Session } from './savepoints-session';

const GONE = /FileNotFoundException|Cannot find checkpoint or savepoint|does not exist/i;

/** Disposes of what `retention` picks, marking each disposed in the store as soon as Flink confirms. */
export async function dispose(
  s: Session,
  job: DesiredJob,
  limits: RetentionLimits,
  hooks: SavepointsHooks | undefined,
  pins?: ReadonlyMap<string, string>,
): Promise<{
  disposed: string[];
  failed: string[];
  retained: JobSavepointsReport['retained'];
  diags: Diagnostic[];
}> {
  const { ctx } = s;
  const record = ctx.store.record(job.name);
  if (!record) return { disposed: [], failed: [], retained: [], diags: [] };
  // The cluster's release: the newest savepoint it can read stays, whatever newer releases wrote.
  const { flinkVersion } = await clusterVersion(ctx.client);
  const plan = retention(record, limits, job.settings.restoreFrom, pins, flinkVersion);
  const disposed: string[] = [];
  const failed: string[] = [];
  const diags: Diagnostic[] = [];
  for (const sp of plan.dispose) {
    hooks?.onEvent?.({ type: 'dispose-started', job: job.name, path: sp.path });
    const t = await ctx.client.disposeSavepoint(sp.path);
    // pollOptions keeps the state lock alive: several slow disposals in a row outlast its time-to-live.
    const o = t.ok
      ? await awaitDisposal(ctx.client, t.value.triggerId, {
          ...pollOptions(ctx, job.name, `disposal of ${sp.path}`, ctx.timing.savepointTimeoutMs),
          unreachableMs: ctx.timing.unreachableMs,
        })
      : undefined;
    const cause = !t.ok
      ? t.error.message
      : o?.state === 'completed'
        ? undefined
        : o?.state === 'failed'
          ? o.cause.kind === 'failed'
            ? o.cause.message
            : o.cause.kind === 'error'
              ? o.cause.error.message
              : o.cause.kind === 'unreachable'
                ? `the JobManager has not answered for ${Math.round(o.cause.forMs / 1000)} s (${o.cause.error.message})`
                : 'the JobManager forgot the disposal'
          : `disposal did not finish within ${Math.round(ctx.timing.savepointTimeoutMs / 1000)} s`;
    // Already gone (disposed by an interrupted run, or by hand) counts as disposed.
    if (cause !== undefined && !GONE.test(cause)) {
      diags.push(
        error(
          SAVEPOINT_CODES.disposalFailed,
          `disposing of savepoint ${sp.path} of job ${job.name} failed: ${s.mask(cause)}`,
          'It stays recorded as restorable; the next run tries again. Check that the JobManager can delete files in the savepoint directory.',
        ),
      );
      failed.push(sp.path);
      continue;
    }
    await ctx.store.update(job.name, `savepoints: disposed of a savepoint of ${job.name}`, (d) =>
      appendHistory(markSavepointDisposed(d, job.name, sp.path), job.name, {
        time: new Date(ctx.clock.now()).toISOString(),
        action: 'dispose',
        savepoint: sp.path,
        detail:
          cause !== undefined
            ? 'already gone'
            : plan.expired.has(sp.path)
              ? `older than maxAge: ${job.settings.savepoints?.maxAge}`
              : `beyond keep: ${limits.keep}`,
      }),
    );
    disposed.push(sp.path);
  }
  return { disposed, failed, retained: plan.retained, diags };
}
