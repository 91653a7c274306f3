/**
 * plan = diff(desired, live, state): one JobChange per job, sorted by name, plus
 * what the reviewer needs around it (affected tables/UDFs, lineage, diagnostics).
 * Pure: the same inputs give a deep-equal plan; time comes in as `opts.now`.
 */

import type { DesiredState } from '../compile/model';
import { type Diagnostic, sortDiagnostics, warning } from '../core/diagnostics';
import { pipelineName } from '../core/names';
import type { LiveJob, LiveState } from '../observe/model';
import type { StateDoc } from '../state/model';
import { stateWithoutCheckpoints } from './checkpointing-off';
import { PLAN_CODES } from './codes';
import { annotateCompiledPlans, type CompiledPlanOptions } from './compiled-changes';
import { decideDesired } from './decide';
import { declaredVersionCheck } from './declared-version';
import { decideRemoved } from './delete';
import { leftSlots, renames } from './deletion-leftovers';
import type { ExplainedPair } from './explained-job';
import { isAlive, type PlanContext, type TableLocator } from './job-inputs';
import { laterBuiltinCalls } from './later-builtins';
import { affectedOf, lineageOf, type Relations, relationsOf } from './lineage';
import {
  type JobChange,
  PLAN_FORMAT_VERSION,
  type Plan,
  type PlanTargeting,
  stopsByCancel,
  summarize,
} from './model';
import { MOVE_CODES, planMoves } from './move';
import { lookalikeNamesakes, projectNamesakes } from './namesakes';
import { type OutsideCheckout, refuseOlderCheckout } from './older-checkout';
import { endpointsToRecord, otherEndpointRecoveries } from './other-endpoint';
import { otherEnvironmentsCluster } from './other-environments-cluster';
import { applyPolicy } from './policy';
import { decideRenamed, planRenames } from './rename';
import { type PlanTarget, targetChanges } from './target';
import { topicsLeftUnwritten, topicsSplitByTarget } from './topic-ends';
import { startedElsewhere, unmanagedJobs, unrecordedJobs } from './unrecorded-jobs';
import { unrestorablePins } from './unrestorable-pins';
import { versionUpgradeSummaries } from './version-summary';

export interface DiffState {
  doc: StateDoc;
  /** Store version the document was read at. */
  version: number;
}

export interface DiffOptions {
  /** Deletions are allowed (--allow-delete); otherwise they are planned but refused. */
  allowDelete: boolean;
  /** Commit the desired state was compiled from. */
  commit?: string;
  /** ISO-8601 time the plan is for (schedule windows); an input, never read from a clock. */
  now?: string;
  /**
   * Flink's stream graphs of the running and the new script, by job (plan asks the SQL Gateway):
   * the state verdict of those upgrades comes from them instead of the offline estimate.
   */
  explained?: ReadonlyMap<string, ExplainedPair>;
  /** Compiled plans the gateway refused, and `--allow-version-upgrade`. */
  compiled?: Omit<CompiledPlanOptions, 'liveVersion'>;
  /** Plan only these changes (`-target`); the plan records what it left out. */
  target?: PlanTarget;
  /**
   * `--replace JOB`: a running job restarts with the repository's script (an upgrade through a
   * savepoint, or the job's upgradeMode) although nothing differs, as Terraform's -replace. The way
   * out for an adopted job, whose running script flinkops could not read.
   */
  replace?: readonly string[];
  /**
   * Who holds the state lock (`bob (apply, run 42/1) holds the state lock since …`), when a run that
   * is alive holds it: an operation left pending (FO616) or a health check unfinished (FO619) may
   * then belong to an apply still going, and is said so.
   */
  lockHolder?: string;
  /**
   * Commits this checkout lacks (the CLI asks git), among those the jobs were last changed from:
   * a change of such a job would undo another checkout's apply, and is refused (FO684).
   */
  outsideCheckout?: ReadonlyMap<string, OutsideCheckout>;
  /**
   * Where a table's column or option is written (engine/table-location.ts reads the files): the
   * warnings about a table's change (FO675 a renamed column…) are said there, else at the job's statement.
   */
  locateInTable?: TableLocator;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What a job's decision says of the start or restore its change would make: beside the point for a
 * job a targeted plan leaves out (its change is not planned, and the next whole plan says it again).
 */
const OF_THE_START: ReadonlySet<string> = new Set([
  PLAN_CODES.noRestorePoint,
  PLAN_CODES.recoveryRewinds,
  PLAN_CODES.vanishedState,
  PLAN_CODES.newerReleaseSavepoint,
  PLAN_CODES.restorePointGone,
  PLAN_CODES.stateIncompatible,
]);

export function diff(desired: DesiredState, live: LiveState, state: DiffState, opts: DiffOptions): Plan {
  const ctx: PlanContext = {
    observed: live.observed,
    adaptiveScheduler: live.adaptiveScheduler,
    allowDelete: opts.allowDelete,
    ...((live.flinkVersion ?? desired.flinkVersion)
      ? { flinkVersion: live.flinkVersion ?? desired.flinkVersion }
      : {}),
    ...(opts.now !== undefined ? { now: opts.now } : {}),
    ...(opts.explained ? { explained: opts.explained } : {}),
    ...(opts.replace?.length ? { replace: new Set(opts.replace) } : {}),
    ...(opts.lockHolder ? { lockHolder: opts.lockHolder } : {}),
    ...(opts.locateInTable ? { locateInTable: opts.locateInTable } : {}),
    ...(live.endpoint !== undefined ? { endpoint: live.endpoint } : {}),
    ...(live.observed && live.taskHeaps?.length ? { taskHeaps: live.taskHeaps } : {}),
    ...(live.observed && live.defaultStateBackend ? { defaultStateBackend: live.defaultStateBackend } : {}),
  };
  const liveByJob = new Map<string, LiveJob[]>();
  for (const j of live.observed ? live.jobs : []) {
    const list = liveByJob.get(j.job) ?? [];
    list.push(j);
    liveByJob.set(j.job, list);
  }
  // Newest first, whatever order the observer used: the plan must not depend on it.
  for (const list of liveByJob.values())
    list.sort((a, b) => b.startTime - a.startTime || byName(a.jobId, b.jobId));

  const changes: JobChange[] = [];
  const diagnostics: Diagnostic[] = [];
  const declared = declaredVersionCheck(desired, live);
  if (declared) diagnostics.push(declared);
  const relations = new Map<string, Relations>();
  const desiredNames = new Set<string>();
  const decidedDiags = new Map<string, readonly Diagnostic[]>();
  // Renames (movedFrom): the new name is decided from the old one's jobs and record.
  const renamed = planRenames(desired, liveByJob, state.doc, live.observed);
  diagnostics.push(...renamed.diags);
  for (const job of [...desired.jobs].sort((a, b) => byName(a.name, b.name))) {
    desiredNames.add(job.name);
    const r = renamed.renames.get(job.name);
    const d = r
      ? decideRenamed(job, r, ctx, liveByJob.get(job.name) ?? [], state.doc.jobs[job.name])
      : decideDesired(job, liveByJob.get(job.name) ?? [], state.doc.jobs[job.name], ctx);
    changes.push(d.change);
    diagnostics.push(...d.diags);
    decidedDiags.set(job.name, d.diags);
    if (d.change.action !== 'none') relations.set(job.name, relationsOf(job.script, job));
  }
  // An old name a rename takes over is no job of its own: no deletion of it.
  for (const r of renamed.renames.values()) desiredNames.add(r.from);
  const removed = new Set(
    [...Object.keys(state.doc.jobs), ...liveByJob.keys()].filter((n) => !desiredNames.has(n)),
  );
  const unmanaged: LiveJob[] = [];
  for (const name of [...removed].sort(byName)) {
    const record = state.doc.jobs[name];
    const list = liveByJob.get(name) ?? [];
    if (startedElsewhere(list, record)) {
      unmanaged.push(...list.filter(isAlive));
      continue;
    }
    const pn = record?.pipelineName ?? list[0]?.name ?? pipelineName(desired.project, desired.env, name);
    const d = decideRemoved(name, pn, list, record, ctx);
    if (!d) continue;
    changes.push(d.change);
    diagnostics.push(...d.diags);
    if (d.change.action !== 'none') relations.set(name, relationsOf(record?.current?.script));
  }
  changes.sort((a, b) => byName(a.job, b.job));
  if (unmanaged.length > 0) diagnostics.push(unmanagedJobs(unmanaged));
  diagnostics.push(...idleReplacements(changes, opts.replace ?? []));
  // An old name whose record an interrupted rename moved is the renamed job's, not unrecorded.
  const renameSources = new Set([...renamed.renames.values()].map((r) => r.from));
  const unrecorded = unrecordedJobs(
    desired,
    new Map([...liveByJob].filter(([name]) => !renameSources.has(name))),
    state.doc,
    changes,
  );
  if (unrecorded) diagnostics.push(unrecorded);
  const namesakes = projectNamesakes(desired, changes, live, state.doc);
  if (namesakes) diagnostics.push(namesakes);
  diagnostics.push(...lookalikeNamesakes(desired, changes, live));
  // A move to another cluster (moveFrom): jobs alive on the cluster being left go across.
  const moved = planMoves(changes, desired.jobs, live, state.doc, {
    ...(opts.compiled?.allowVersionUpgrade ? { allowVersionUpgrade: true } : {}),
    ...(opts.explained ? { explained: opts.explained } : {}),
  });
  const acrossReleases = new Set(
    [...(opts.explained ?? [])].filter(([, p]) => 'acrossReleases' in p && p.acrossReleases).map(([j]) => j),
  );
  // Moves whose planners were asked through moveFrom.sqlGatewayUrl and gave no graphs: the advice
  // to name that gateway would be wrong.
  const acrossUnanswered = new Map(
    desired.environment.moveFrom?.sqlGatewayUrl
      ? [...(opts.explained ?? [])].flatMap(([j, p]) =>
          'unavailable' in p ? [[j, p.unavailable] as const] : [],
        )
      : [],
  );
  changes.splice(0, changes.length, ...moved.changes);
  diagnostics.push(...moved.diags);
  // A recovery refused because the job may still run on the old cluster (FO645) does not happen:
  // what its decision said of the start (no restore point, FO614; "vanished", a JobManager that
  // forgot it, FO659) describes a recovery nobody asked for, with the wrong cause.
  dropDiagnostics(
    diagnostics,
    moved.changes
      .filter((c) => c.refused?.code === MOVE_CODES.recoverAcrossVersions)
      .flatMap((c) => decidedDiags.get(c.job) ?? [])
      .filter((d) => d.code === PLAN_CODES.noRestorePoint || d.code === PLAN_CODES.vanishedState),
  );
  // Compiled plans and Flink version changes: their verdicts may refuse a start.
  const compiled = annotateCompiledPlans(changes, desired.jobs, state.doc, {
    ...(live.observed && live.flinkVersion ? { liveVersion: live.flinkVersion } : {}),
    ...opts.compiled,
    ...(acrossReleases.size > 0 ? { acrossReleases } : {}),
    ...(acrossUnanswered.size > 0 ? { acrossUnanswered } : {}),
  });
  changes.splice(0, changes.length, ...compiled.changes);
  diagnostics.push(...compiled.diags);
  // A targeted plan leaves the other jobs out before the policies judge: a breach in a job it
  // leaves alone does not block it.
  let scoped: JobChange[] = changes;
  let targeting: PlanTargeting | undefined;
  if (opts.target) {
    ({ changes: scoped, targeting } = targetChanges(changes, opts.target));
    // What the versions and plans said of a job the plan leaves out is not this plan's: its
    // verdict was not asked of the planners (a move's stream graphs are built for the targeted
    // jobs only), so an FO641 "unknown" there would be wrong as well as beside the point.
    const inScope = new Set(scoped.map((c) => c.job));
    dropDiagnostics(
      diagnostics,
      compiled.diags.filter((d) => {
        const job = compiled.jobOf.get(d);
        return job !== undefined && !inScope.has(job);
      }),
    );
    // A rename's problem (FO733, FO734) blocks a plan that includes the renamed job (either name),
    // not one targeted at other jobs: those are planned as if the rename were not in the change.
    const named = new Set([
      ...inScope,
      ...scoped.flatMap((c) => (c.renamedFrom ? [c.renamedFrom.job] : [])),
      ...(opts.target.jobs ?? []),
    ]);
    dropDiagnostics(
      diagnostics,
      renamed.diags.filter((d) => !(renamed.jobsOf.get(d) ?? []).some((j) => named.has(j))),
    );
    // Nor is what the decision of a job left out said of the start it would make (FO614 "starts
    // without state" of a resume the plan does not carry out): Terraform's -target plans nothing of it.
    dropDiagnostics(
      diagnostics,
      [...decidedDiags]
        .filter(([job]) => !inScope.has(job))
        .flatMap(([, diags]) => diags.filter((d) => OF_THE_START.has(d.code))),
    );
  }
  if (targeting) diagnostics.push(...topicsSplitByTarget(scoped, targeting, desired));
  // Policies judge the decided changes; they refuse, never change an action.
  const guarded = applyPolicy(scoped, desired, { allowDelete: opts.allowDelete });
  diagnostics.push(...guarded.diags);
  const planned = guarded.changes;
  diagnostics.push(...refuseOlderCheckout(planned, state.doc, live, opts.outsideCheckout, opts.commit));
  // After the policies: a deletion they refuse keeps the old job running.
  diagnostics.push(...renames(planned, relations));
  const elsewhere =
    otherEnvironmentsCluster(desired, live, planned) ??
    otherEndpointRecoveries(desired, live, state.doc, planned);
  if (elsewhere) diagnostics.push(elsewhere);
  // A record of a store before format 5 learns the endpoint its running job was started through.
  const recorded = endpointsToRecord(live, state.doc, planned);
  planned.splice(0, planned.length, ...recorded.changes);
  if (recorded.diag) diagnostics.push(recorded.diag);
  diagnostics.push(...leftSlots(planned, state.doc));
  diagnostics.push(...topicsLeftUnwritten(planned, desired, state.doc));
  for (const c of planned) {
    if (!stopsByCancel(c)) continue;
    diagnostics.push(
      warning(
        PLAN_CODES.stopByCancel,
        `job ${c.job} is ${c.liveState}: Flink takes no savepoint of it, so apply stops it by cancel`,
        'Its latest completed checkpoint is recorded first and is what it restores from (records after it are replayed from the sources). `flinkops apply --explain` shows the steps. To keep a savepoint instead, fix what makes it fail and plan again once it is RUNNING.',
      ),
    );
  }

  diagnostics.push(
    ...unrestorablePins(planned, desired, state.doc, live.observed ? live.flinkVersion : undefined),
  );
  diagnostics.push(...laterBuiltinCalls(planned, desired, live, state.doc));
  diagnostics.push(...stateWithoutCheckpoints(planned, desired));

  const summary = summarize(planned);
  const affected = affectedOf(planned);
  const versionUpgrades = versionUpgradeSummaries(planned, desired.jobs);
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    project: desired.project,
    env: desired.env,
    ...(opts.commit !== undefined ? { commit: opts.commit } : {}),
    offline: !live.observed,
    stateVersion: state.version,
    liveFingerprint: live.fingerprint,
    ...(targeting ? { target: targeting } : {}),
    changes: planned,
    summary,
    ...(versionUpgrades ? { versionUpgrades } : {}),
    affected,
    lineage: lineageOf(planned, relations, affected),
    diagnostics: sortDiagnostics(diagnostics),
  };
}

/**
 * FO629 for each `--replace` job the plan cannot restart: it does not run, or the repository stops
 * it. (One upgraded anyway restarts with the repository's script: nothing to say.)
 */
function idleReplacements(changes: readonly JobChange[], replace: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const name of replace) {
    const c = changes.find((x) => x.job === name);
    if (!c || c.action === 'upgrade') continue;
    out.push({
      code: PLAN_CODES.nothingToReplace,
      severity: 'info',
      summary: `--replace ${name}: the job does not run, so there is nothing to restart`,
      detail: `Its plan is ${c.action === 'none' ? 'no change' : c.action} (${c.reason}). A job that runs restarts with the repository's script under --replace; this one ${c.action === 'none' ? 'stays as it is' : `gets the ${c.action} above`}.`,
    });
  }
  return out;
}

/** Removes `drop` (the very objects, pushed before) from `diagnostics`, in place. */
function dropDiagnostics(diagnostics: Diagnostic[], drop: readonly Diagnostic[]): void {
  if (drop.length === 0) return;
  const gone = new Set(drop);
  const kept = diagnostics.filter((d) => !gone.has(d));
  diagnostics.splice(0, diagnostics.length, ...kept);
}
