/**
 * Periodic savepoints on a scheduled run: each job's `savepoints: {every, keep, maxAge}` — a
 * savepoint when the newest is older than `every`, those beyond `keep` or `maxAge` disposed of —
 * with its part of the job summary.
 */
import type { DesiredState } from '../src/compile';
import { runGraceful } from '../src/core/interrupt';
import { runSavepoints, type SavepointsReport, savepointsFailed } from '../src/engine/savepoints-run';
import type { FlinkClient } from '../src/flink';
import { renderDiagnosticsMarkdown } from '../src/render';
import { code, escapeMd } from '../src/render/markdown-escape';
import type { StateStore } from '../src/state';
import { forceUnlock } from './force-unlock';
import type { RunShared } from './run-shared';

const CANCEL_NOTICE =
  'finishing the job under way (a savepoint in flight is recorded the moment it completes); no other job is started, then the state lock is released.';

export interface SavepointsInput {
  env: string;
  now: string;
  client: FlinkClient;
  desired: DesiredState;
  store: StateStore;
}

export async function operateSavepoints(
  s: RunShared,
  i: SavepointsInput,
): Promise<{ ok: boolean; failure?: string; report: SavepointsReport }> {
  const { core, ctx } = s;
  await forceUnlock(s, i.env, i.store);
  // A cancelled run: the savepoint in flight is recorded, no other job is started, the lock released.
  const report = await runGraceful(s.interrupt, CANCEL_NOTICE, (stop) =>
    runSavepoints({
      stop,
      desired: i.desired,
      client: i.client,
      store: i.store,
      clock: s.clock,
      now: i.now,
      owner: {
        who: `${ctx.actor} via GitHub Actions${ctx.runUrl ? ` (${ctx.runUrl})` : ''}`,
        command: 'savepoints',
        host: 'github-actions',
        ...(ctx.run ? { run: ctx.run } : {}),
      },
      secretValues: s.secrets.list(),
      timing: { lockTimeoutMs: s.options.lockTimeoutMs, savepointTimeoutMs: s.options.savepointTimeoutMs },
      // A run every few minutes: the state branch gets a lock commit only when a savepoint is due.
      lockOnlyWhenDue: true,
      hooks: {
        onEvent: (e) => {
          if (e.type === 'savepoint-started') core.info(`  ${e.job}: savepoint of ${e.jobId}`);
          else if (e.type === 'savepoint-completed') core.info(`  ${e.job}: savepoint ${e.path}`);
          else if (e.type === 'dispose-started') core.info(`  ${e.job}: disposing of ${e.path}`);
        },
      },
    }),
  );
  s.annotate(report.diags);
  await core.appendSummary(renderSavepointsMarkdown(report));
  const failed = savepointsFailed(report);
  const cause =
    report.jobs.find((j) => j.outcome === 'failed')?.reason ??
    report.diags.find((d) => d.severity === 'error')?.summary;
  return {
    ok: !failed,
    report,
    ...(failed ? { failure: `periodic savepoints failed${cause ? `: ${cause}` : ''}` } : {}),
  };
}

/** The savepoints part: what was taken, disposed of or failed; the rest in one line. Pure. */
export function renderSavepointsMarkdown(report: SavepointsReport): string {
  const lines = ['#### Savepoints'];
  const acted = report.jobs.filter(
    (j) =>
      j.outcome === 'taken' ||
      j.outcome === 'failed' ||
      j.outcome === 'skipped' ||
      j.disposed.length > 0 ||
      (j.disposalFailed?.length ?? 0) > 0,
  );
  if (acted.length === 0) lines.push('No periodic savepoint was due.');
  else {
    lines.push('| Job | Savepoint | Disposed of |', '| --- | --- | --- |');
    for (const j of acted) {
      const what =
        j.outcome === 'taken'
          ? `✅ ${code(j.savepoint ?? '')}`
          : j.outcome === 'failed'
            ? `❌ failed${j.reason ? `: ${escapeMd(j.reason)}` : ''}`
            : j.outcome === 'skipped'
              ? `⏭️ skipped${j.reason ? `: ${escapeMd(j.reason)}` : ''}`
              : '—';
      const gone = [
        ...j.disposed.map(code),
        ...(j.disposalFailed ?? []).map((p) => `❌ ${code(p)} (disposal failed: still restorable)`),
      ];
      lines.push(`| ${code(j.job)} | ${what} | ${gone.length ? gone.join('<br>') : '—'} |`);
    }
  }
  const notDue = report.jobs.filter((j) => j.outcome === 'not-due' && j.nextDue);
  if (notDue.length > 0) {
    const next = notDue.map((j) => j.nextDue!).sort()[0]!;
    lines.push('', `${notDue.length} job${notDue.length === 1 ? '' : 's'} not due yet (next at ${next}).`);
  }
  if (report.diags.length > 0) lines.push('', renderDiagnosticsMarkdown(report.diags));
  return `${lines.join('\n')}\n`;
}
