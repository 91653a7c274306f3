/**
 * An environment moving to another cluster (`moveFrom`: typically a cluster of a newer Flink
 * version beside the old one). The decided changes of jobs still alive on the cluster being
 * left become moves: a job that is up to date or only rescaled is upgraded across (stopped with
 * a savepoint there, started here from it), an upgrade, suspension or deletion stops it there.
 * Each carries `move`, which apply reads to stop the old job on the old cluster. The version
 * verdict of every start (compiled-changes.ts) then judges the move before anything stops.
 *
 * Without `moveFrom`, a job the store records as running on another Flink version that this
 * cluster does not run is not silently recovered here: it may well still run on the old one.
 * Pure, like the rest of diff.
 */

import type { DesiredJob } from '../compile/model';
import { type Diagnostic, warning } from '../core/diagnostics';
import { shownUrl } from '../core/endpoint';
import { majorMinor } from '../core/flink-version';
import type { LiveJob, LiveState } from '../observe/model';
import type { StateDoc } from '../state/model';
import { compatibility as estimate } from './compat';
import type { ExplainedPair } from './explained-job';
import { fileRange } from './job-inputs';
import type { Cause, Compatibility, JobChange, UpgradeStrategy } from './model';
import { stateVerdict } from './state-verdict';

export const MOVE_CODES = {
  /**
   * Warning: a job recorded as running on another Flink version is not on this cluster; recovering
   * it here could run it twice. Refused unless `moveFrom` names the old cluster or the run passes
   * `--allow-version-upgrade`.
   */
  recoverAcrossVersions: 'FO645',
  /** Warning: a job without flinkops labels runs on the cluster being left: it is not moved. */
  unmanagedOnPrevious: 'FO646',
  /** Info: `moveFrom` names a cluster that runs none of the environment's jobs any more. */
  moveFinished: 'FO647',
  /** Error: `moveFrom` names the JobManager the environment points at (after its overrides). */
  moveToItself: 'FO648',
} as const;

export interface MoveOptions {
  /** `--allow-version-upgrade`: recover across versions without looking at the old cluster. */
  allowVersionUpgrade?: boolean;
  /** Stream graphs of the running (old release) and new script, by job, where the planners were asked. */
  explained?: ReadonlyMap<string, ExplainedPair>;
}

function versionText(from: string | undefined, to: string | undefined): string {
  const a = majorMinor(from);
  const b = majorMinor(to);
  return a && b && a !== b ? ` (Flink ${a} → ${b})` : '';
}

export function planMoves(
  changes: readonly JobChange[],
  jobs: readonly DesiredJob[],
  live: LiveState,
  doc: StateDoc,
  opts: MoveOptions,
): { changes: JobChange[]; diags: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const previous = live.observed ? live.previous : undefined;
  if (!previous) return { changes: recoverGuard(changes, jobs, live, doc, opts, diags), diags };
  const left = new Map<string, LiveJob>();
  for (const j of live.jobs) if (j.previousCluster) left.set(j.jobId, j);
  const byName = new Map(jobs.map((j) => [j.name, j]));
  const from = shownUrl(previous.jobmanagerUrl);
  const move = { from, ...(previous.flinkVersion ? { fromVersion: previous.flinkVersion } : {}) };
  const cause: Cause = { kind: 'cluster', path: 'jobmanagerUrl', from, to: 'this environment’s cluster' };
  const across = versionText(previous.flinkVersion, live.flinkVersion);
  let moving = 0;
  const out = changes.map((c): JobChange => {
    const old = c.liveJobId ? left.get(c.liveJobId) : undefined;
    if (!old) return c;
    moving++;
    const job = byName.get(c.job);
    switch (c.action) {
      case 'none':
      case 'rescale': {
        // Left alone on purpose (a JobManager fail-over under way, labels not readable yet), or
        // held: an apply rolled this move back onto the cluster being left (decide-running).
        if (!job || !c.to || old.state === 'SUSPENDED' || (!old.labels && old.state !== 'RUNNING')) return c;
        if (c.causes.some((x) => x.kind === 'state' && x.path === 'rolled-back')) return c;
        const strategy = job.settings.upgradeMode ?? 'savepoint';
        const { verify: _verify, ...rest } = c as Extract<JobChange, { action: 'none' }>;
        const pair = strategy === 'stateless' ? undefined : opts.explained?.get(c.job);
        const compatibility =
          pair && 'old' in pair
            ? stateVerdict({
                old: pair.old,
                next: pair.next,
                ...(job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {}),
                settingsFile: job.yamlFile ?? `jobs/${job.name}.yaml`,
                ...(live.flinkVersion ? { flinkVersion: live.flinkVersion } : {}),
                ...(previous.flinkVersion ? { oldFlinkVersion: previous.flinkVersion } : {}),
              })
            : (c.compatibility ?? moveEstimate(job, doc, strategy, previous.flinkVersion, live.flinkVersion));
        return {
          ...rest,
          action: 'upgrade',
          strategy,
          to: c.to,
          ...(compatibility ? { compatibility } : {}),
          move,
          causes: [...c.causes, cause],
          reason: `moves to this environment’s cluster${across}: ${strategy} upgrade${c.action === 'rescale' ? `, ${c.reason}` : ''}`,
        };
      }
      case 'upgrade':
        return {
          ...c,
          move,
          causes: [...c.causes, cause],
          reason: `moves to this environment’s cluster${across}; ${c.reason}`,
        };
      case 'suspend':
      case 'delete':
        return { ...c, move, reason: `${c.reason} (on the cluster being left, ${from})` };
      case 'adopt': {
        const summary = `job ${c.job} runs on the cluster being left (${from}) without flinkops labels`;
        const detail =
          'flinkops moves only the jobs it deployed. Adopt it there first (plan and apply without moveFrom), or stop it there and let this plan create it here.';
        diags.push(warning(MOVE_CODES.unmanagedOnPrevious, summary, detail));
        return { ...c, move, refused: { code: MOVE_CODES.unmanagedOnPrevious, summary, detail } };
      }
      default:
        return c;
    }
  });
  if (moving === 0) {
    // Jobs the repository wants running that run nowhere (a move whose start and rollback failed
    // here, a crash): the old cluster runs none of them, but the move is not done.
    const down = out.filter((c) => c.action === 'recover').map((c) => c.job);
    diags.push(
      down.length === 0
        ? {
            code: MOVE_CODES.moveFinished,
            severity: 'info',
            summary: `nothing of this environment runs on ${from} any more: the move is done`,
            detail:
              'Remove moveFrom from the environment in flinkops.yaml; the old cluster can be retired once its savepoints are no longer needed.',
          }
        : {
            code: MOVE_CODES.moveFinished,
            severity: 'info',
            summary: `nothing of this environment runs on ${from} any more, but ${down.length === 1 ? 'job' : 'jobs'} ${down.join(', ')} ${down.length === 1 ? 'runs' : 'run'} on neither cluster: the move is not done`,
            detail:
              'Keep moveFrom and the old cluster until every job runs healthily here (see the recover changes above), or go back to the old cluster: swap the URLs and moveFrom and pin restoreFrom to the savepoint the move took.',
          },
    );
  }
  return { changes: out, diags };
}

/**
 * The state verdict of a job moved as it runs, where no planner was asked: an upgrade always
 * carries one (a saved plan without it is not a plan apply reads). Across Flink versions the
 * scripts alone say nothing: the new release plans the job anew, which the version verdict judges.
 */
function moveEstimate(
  job: DesiredJob,
  doc: StateDoc,
  strategy: UpgradeStrategy,
  fromVersion: string | undefined,
  toVersion: string | undefined,
): Compatibility {
  const from = majorMinor(fromVersion);
  const to = majorMinor(toVersion);
  if (strategy !== 'stateless' && (!from || !to || from !== to)) {
    return {
      verdict: 'unknown',
      source: 'estimate',
      findings: [
        from && to
          ? `the job moves from Flink ${from} to ${to}, whose planner plans it anew: see its version verdict`
          : 'the job moves to another cluster whose Flink version is not known',
      ],
      advice: [],
    };
  }
  const current = doc.jobs[job.name]?.current;
  return estimate({
    ...(current?.script !== undefined ? { oldScript: current.script } : {}),
    newScript: job.script,
    strategy,
    ...(job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {}),
    settingsFile: job.yamlFile ?? `jobs/${job.name}.yaml`,
  });
}

/**
 * A recover on another Flink version than the job last ran on, with no old cluster in view: the
 * environment was probably pointed at a new cluster while the job still runs on the old one.
 */
function recoverGuard(
  changes: readonly JobChange[],
  jobs: readonly DesiredJob[],
  live: LiveState,
  doc: StateDoc,
  opts: MoveOptions,
  diags: Diagnostic[],
): JobChange[] {
  const to = majorMinor(live.observed ? live.flinkVersion : undefined);
  if (!to || opts.allowVersionUpgrade) return [...changes];
  const byName = new Map(jobs.map((j) => [j.name, j]));
  return changes.map((c) => {
    if (c.action !== 'recover' || c.refused) return c;
    const from = majorMinor(doc.jobs[c.job]?.current?.flinkVersion);
    if (!from || from === to) return c;
    const summary = `job ${c.job} last ran on Flink ${from}; this cluster runs ${to} and does not run it`;
    const detail =
      'If it still runs on the old cluster, recovering it here would run it twice. To move it, name the old cluster in ' +
      'environments.<env>.moveFrom: {jobmanagerUrl: …}: the plan then stops it there with a savepoint and starts it here. ' +
      'If the old cluster is gone, apply with --allow-version-upgrade to recover it here from its last savepoint or checkpoint.';
    const job = byName.get(c.job);
    diags.push(
      warning(
        MOVE_CODES.recoverAcrossVersions,
        summary,
        detail,
        job ? fileRange(job.yamlFile ?? job.sqlFile) : undefined,
      ),
    );
    return {
      ...c,
      reason: `not on this cluster (Flink ${to}); the store records it running on Flink ${from}`,
      refused: { code: MOVE_CODES.recoverAcrossVersions, summary, detail },
    };
  });
}
