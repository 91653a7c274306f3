/**
 * plan = diff(desired, live, state): one JobChange per job, sorted by name, plus
 * what the reviewer needs around it (affected tables/UDFs, lineage, diagnostics).
 * Pure: the same inputs give a deep-equal plan; time comes in as `opts.now`.
 */

import type { DesiredState } from '../compile/model';
import { isBatchJob } from '../compile/runtime-mode';
import type { Diagnostic } from '../core/diagnostics';
import { sortDiagnostics, warning } from '../core/diagnostics';
import { majorMinor } from '../core/flink-version';
import { isTerminal } from '../core/job-state';
import {
  jobTopicKeys,
  jobTopicUses,
  kafkaTopicKeys,
  tableTopicKeys,
  topicOfKey,
  topicsRead,
} from '../core/kafka-topic';
import { LABEL_KEYS, pipelineName } from '../core/names';
import type { LiveJob, LiveState } from '../observe/model';
import { analyzeScript } from '../sql/analyze';
import { scriptSettings } from '../sql/script-settings';
import type { JobRecord, StateDoc } from '../state/model';
import { recordedSavepoint, sameSavepointPath, writtenByNewerMajor } from '../state/records';
import { PLAN_CODES } from './codes';
import { postgresCdcSlots } from './compat';
import { annotateCompiledPlans, type CompiledPlanOptions } from './compiled-changes';
import { decideDesired } from './decide';
import { declaredVersionCheck } from './declared-version';
import { decideRemoved } from './delete';
import { fileRange, isAlive, type PlanContext, type TableLocator } from './job-inputs';
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
import { applyPolicy } from './policy';
import { queryFeatures, statefulOperators } from './query-features';
import { decideRenamed, planRenames } from './rename';
import { scriptShape } from './script-shape';
import type { ExplainedPair } from './state-verdict';
import { type PlanTarget, targetChanges } from './target';
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
 * FO628: a job created while a job writing the same table is deleted, the shape of a rename. The
 * new name starts without the old one's state: said before it is lost, with how to carry it over.
 */
function renames(changes: readonly JobChange[], relations: ReadonlyMap<string, Relations>): Diagnostic[] {
  const deleted = changes.filter((c) => c.action === 'delete');
  if (deleted.length === 0) return [];
  const out: Diagnostic[] = [];
  for (const c of changes) {
    if (c.action !== 'create') continue;
    const writes = new Set(relations.get(c.job)?.writes ?? []);
    for (const d of deleted) {
      const shared = (relations.get(d.job)?.writes ?? []).filter((t) => writes.has(t));
      if (shared.length === 0) continue;
      const carry = `To carry the state over, set movedFrom: ${d.job} in ${c.job}'s settings (jobs/${c.job}.yaml): the plan then renames ${d.job} to ${c.job}, stopping it with a savepoint and starting ${c.job} from it, with no deletion.`;
      // Without state the new job's sources start over: an append-only sink gets the rows again.
      const again = `its sources read again from their startup position (scan.startup.mode), so what ${d.job} already wrote to ${shared.join(', ')} can be written again`;
      out.push(
        d.refused
          ? warning(
              PLAN_CODES.renamed,
              `Job ${c.job} is created while job ${d.job}, which writes ${shared.join(', ')} too, keeps running (its deletion is refused): both would write ${shared.length > 1 ? 'them' : 'it'} at once`,
              `If ${c.job} is ${d.job} renamed, set movedFrom: ${d.job} in ${c.job}'s settings (jobs/${c.job}.yaml) to carry the state over: the plan then renames ${d.job} to ${c.job}, stopping it with a savepoint and starting ${c.job} from it, with no deletion. Planned with --allow-delete instead, apply stops ${d.job} first, and ${c.job} starts without its state: ${again}.`,
            )
          : warning(
              PLAN_CODES.renamed,
              `Job ${c.job} is created while job ${d.job}, which writes ${shared.join(', ')} too, is deleted: if it is ${d.job} renamed, it starts without ${d.job}'s state`,
              `Apply stops ${d.job} first (with a final savepoint when deletion keeps one), then starts ${c.job} empty: ${again}. ${carry}`,
            ),
      );
    }
  }
  return out;
}

/**
 * FO731: `--target` keeps a change of one job and leaves out a change of another job on the other
 * end of a Kafka topic (same topic and brokers, through tables of their own). Applied alone, the
 * consumer reads what the producer's running version writes (or the producer writes for the
 * consumer's running version): a change of the topic's shape made on both ends is half made.
 */
function topicsSplitByTarget(
  kept: readonly JobChange[],
  targeting: PlanTargeting,
  desired: DesiredState,
): Diagnostic[] {
  if (targeting.omitted.length === 0) return [];
  const keysOf = tableTopicKeys(desired.tables);
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const keys = (job: string, side: 'sources' | 'sinks') => {
    const j = jobs.get(job);
    return j ? jobTopicKeys(j, keysOf, side === 'sources' ? 'reads' : 'writes') : new Set<string>();
  };
  // What `reads` (topic keys, patterns among them) reads of `writes`: the topics written.
  const between = (reads: Set<string>, writes: Set<string>) =>
    new Set([...reads].flatMap((r) => topicsRead(r, writes)).map(topicOfKey));
  const out: Diagnostic[] = [];
  for (const c of kept) {
    const job = jobs.get(c.job);
    if (c.action === 'none' || c.refused || !job) continue;
    const reads = keys(c.job, 'sources');
    const writes = keys(c.job, 'sinks');
    for (const o of targeting.omitted) {
      const produces = [...between(reads, keys(o.job, 'sinks'))];
      const consumes = [...between(keys(o.job, 'sources'), writes)];
      if (produces.length === 0 && consumes.length === 0) continue;
      const topics = [...new Set([...produces, ...consumes])].join(', ');
      const how =
        produces.length > 0
          ? `which writes Kafka topic ${topics} that ${c.job} reads`
          : `which reads Kafka topic ${topics} that ${c.job} writes`;
      out.push(
        warning(
          PLAN_CODES.topicSplitByTarget,
          `--target leaves out the ${o.action} of job ${o.job}, ${how}`,
          `A topic carries no schema: applied alone, ${produces.length > 0 ? `${c.job} reads what the running version of ${o.job} writes` : `${o.job}, as it runs now, reads what the new version of ${c.job} writes`} until ${o.job} is applied too. A column added, renamed or retyped on both ends is NULL (or fails to parse) meanwhile. Plan without --target, or add --target ${o.job}: apply then changes the writing job first.`,
          fileRange(job.sqlFile),
        ),
      );
    }
  }
  return out;
}

/**
 * FO730: a deleted job was the only one of the repository writing a Kafka topic that jobs staying
 * read (through a table of their own on the same topic and brokers). Real Flink 2.2: with the
 * middle job of a chain deleted, the job reading its topic ran on, RUNNING and healthy, and read
 * nothing new; no error anywhere says so.
 */
function topicsLeftUnwritten(
  changes: readonly JobChange[],
  desired: DesiredState,
  doc: StateDoc,
): Diagnostic[] {
  const deleted = changes.filter((c) => c.action === 'delete' && !c.refused);
  if (deleted.length === 0) return [];
  const gone = new Set(deleted.map((c) => c.job));
  const keysOf = tableTopicKeys(desired.tables);
  const staying = desired.jobs.filter((j) => !gone.has(j.name));
  const stillWritten = new Set(staying.flatMap((j) => [...jobTopicKeys(j, keysOf, 'writes')]));
  const out: Diagnostic[] = [];
  for (const d of deleted) {
    const script = doc.jobs[d.job]?.current?.script;
    if (script === undefined) continue;
    // The tables it wrote: the repository's, its script's own (INSERT INTO, CREATE TABLE ... AS).
    const sinks = new Set(relationsOf(script).writes);
    const { statements } = analyzeScript(script, `jobs/${d.job}.sql`);
    for (const st of statements)
      for (const s of [st, ...(st.inner ?? [])])
        for (const r of s.writes) if (r.parts.length === 1) sinks.add(r.name);
    const written = new Set(
      statements.flatMap((st) =>
        st.table && sinks.has(st.table.name.name)
          ? kafkaTopicKeys(st.table.options.connector, st.table.options)
          : [],
      ),
    );
    for (const j of staying) {
      const read = jobTopicUses(j, keysOf, 'reads').flatMap(({ table: t, key }) =>
        topicsRead(key, written)
          .filter((k) => !stillWritten.has(k))
          .map((k) => ({ t, k })),
      );
      if (read.length === 0) continue;
      const topics = [...new Set(read.map((r) => topicOfKey(r.k)))].join(', ');
      const tables = [...new Set(read.map((r) => r.t))].join(', ');
      out.push(
        warning(
          PLAN_CODES.topicLeftUnwritten,
          `Job ${d.job} is deleted, but job ${j.name} reads Kafka topic ${topics} (table ${tables}), which no other job of the repository writes`,
          `Once ${d.job} stops, nothing of this repository writes ${topics}: ${j.name} keeps running, healthy, and reads no new record, without an error. Delete or change ${j.name} in the same change (a job of its own writing ${topics}, or another source), or keep ${d.job}. When another system writes ${topics}, nothing is lost.`,
          fileRange(j.sqlFile),
        ),
      );
    }
  }
  return out;
}

/**
 * FO679: a deleted job's postgres-cdc sources leave their replication slots in PostgreSQL. Flink
 * CDC drops none when its job stops (real 1.20.3, postgres-cdc 3.5.0), and PostgreSQL keeps every
 * WAL segment from an inactive slot's position on until it is dropped: said before the deletion,
 * with the statement that drops each slot once the final savepoint is not wanted back.
 */
function leftSlots(changes: readonly JobChange[], doc: StateDoc): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of changes) {
    if (c.action !== 'delete' || c.refused) continue;
    const slots = postgresCdcSlots(doc.jobs[c.job]?.current?.script);
    if (slots.length === 0) continue;
    const named = slots.map(
      (s) =>
        `${s.slot} (table ${s.table}${s.database ? `, database ${s.database}` : ''}${s.host ? ` on ${s.host}` : ''})`,
    );
    out.push(
      warning(
        PLAN_CODES.cdcSlotLeft,
        `Job ${c.job} is deleted, and the PostgreSQL replication slot${slots.length > 1 ? 's' : ''} its postgres-cdc sources read stay${slots.length > 1 ? '' : 's'}: ${named.join(', ')}`,
        `Flink CDC drops no slot when its job stops, and PostgreSQL keeps all WAL from an inactive slot's position on until the slot is dropped, so the database's disk fills. A job restored from the final savepoint reads on from the slot; once no job will, drop it in that database: ${slots.map((s) => `SELECT pg_drop_replication_slot('${s.slot.replace(/'/g, "''")}');`).join(' ')}`,
      ),
    );
  }
  return out;
}

/**
 * FO604: a change restores the job's restoreFrom pin, which it cannot: the store records it as
 * disposed by retention (Flink deleted the folder), or as written by a newer major release than
 * the cluster's (1.x fails a 2.x savepoint: "Unrecognized checkpoint version number"). The new job
 * fails at its restore (after apply stopped the running one) and is rolled back. Said before
 * anything stops, with the savepoints still kept.
 */
function unrestorablePins(
  changes: readonly JobChange[],
  desired: DesiredState,
  doc: StateDoc,
  cluster: string | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  for (const c of changes) {
    // A refused change starts nothing (FO665 refuses a move back onto a pin a newer release wrote).
    if (!c.restoreFrom || c.refused) continue;
    const job = jobs.get(c.job);
    const pin = job?.settings.restoreFrom;
    if (!job || !pin || !sameSavepointPath(c.restoreFrom, pin)) continue;
    const at = recordedSavepoint(doc, pin, c.job);
    if (at === undefined) continue;
    const { owner, savepoint } = at;
    const newer = !savepoint.disposed && writtenByNewerMajor(savepoint, cluster);
    if (!savepoint.disposed && !newer) continue;
    const kept = (doc.jobs[owner]?.savepoints ?? []).filter(
      (s) => !s.disposed && !writtenByNewerMajor(s, cluster),
    ).length;
    const where = `restoreFrom in ${job.yamlFile ?? `jobs/${c.job}.yaml`} names a savepoint of ${owner === c.job ? 'the job' : `job ${owner}`}`;
    const list = `flinkops savepoints list ${owner}${kept ? `: ${kept} restorable${newer ? ` on Flink ${majorMinor(cluster)}` : ''}` : ''}`;
    out.push(
      warning(
        PLAN_CODES.pinDisposed,
        newer
          ? `Job ${c.job} is to restore from ${pin}, which Flink ${savepoint.flinkVersion} wrote: this cluster (Flink ${majorMinor(cluster)}) cannot read it, so the restore fails`
          : `Job ${c.job} is to restore from ${pin}, which retention disposed of: Flink deleted it, so the restore fails`,
        `${where} that the state store records as ${newer ? `written by Flink ${savepoint.flinkVersion}, a newer major release (${list})` : `disposed (${list})`}. ` +
          `${c.action === 'upgrade' ? 'Apply would stop the running job, fail to start the new one and roll it back' : 'The job apply starts would fail at its restore'}. ${newer ? 'Pin a savepoint this release wrote, or remove restoreFrom.' : 'Pin one that is not disposed, or remove restoreFrom.'}`,
        fileRange(job.yamlFile ?? job.sqlFile),
      ),
    );
  }
  return out;
}

/**
 * FO626, once for all the jobs it concerns: jobs alive on the cluster with flinkops labels of which
 * the store has no record. A store reset, lost or pointed elsewhere misses every job at once; they
 * are found by their labels all the same, their history and restore points not. Another repository
 * deploying a project of the same name labels its jobs alike: then the jobs are its own, and a
 * change this plan makes to them (an upgrade, a deletion) stops the other team's job.
 */
function unrecordedJobs(
  desired: DesiredState,
  liveByJob: ReadonlyMap<string, readonly LiveJob[]>,
  doc: StateDoc,
  changes: readonly JobChange[],
): Diagnostic | undefined {
  const labelledAlive = (name: string) =>
    (liveByJob.get(name) ?? []).some(
      (l) => !isTerminal(l.state) && l.state !== 'SUSPENDED' && l.labels?.[LABEL_KEYS.specHash] !== undefined,
    );
  const names = [...liveByJob.keys()]
    .filter((name) => doc.jobs[name] === undefined && labelledAlive(name))
    .sort(byName);
  if (names.length === 0) return undefined;
  const shown = names.slice(0, 10).join(', ') + (names.length > 10 ? ` and ${names.length - 10} more` : '');
  const touched = changes
    .filter((c) => names.includes(c.job) && c.action !== 'none' && c.action !== 'adopt')
    .map((c) => `${c.job}: ${c.action}${c.refused ? ' (refused)' : ''}`);
  const one = names.length === 1;
  const cause =
    'The store was reset, lost or is another one (a different --state-file or state branch), ' +
    `or another repository deploys a project named ${desired.project} to this cluster and ${one ? 'the job is' : 'the jobs are'} its own: ` +
    `${one ? 'its' : 'their'} savepoint history and the scripts ${one ? 'it was' : 'they were'} started from are not known.`;
  const effect =
    touched.length === 0
      ? ' Jobs are found by their labels, so nothing restarts; the next apply that changes something in this environment records them again from what runs.'
      : ` This plan changes ${touched.length === 1 ? 'one of them' : 'some of them'} as its own (${touched.slice(0, 10).join(', ')}${touched.length > 10 ? ` and ${touched.length - 10} more` : ''}): if another repository deploys project ${desired.project}, do not apply, and give one of the projects another name (project: in flinkops.yaml) first; if the store was lost, point flinkops at it again (--state-file) or apply, and the jobs are recorded again from what runs.`;
  return one
    ? warning(
        PLAN_CODES.unrecorded,
        `Job ${names[0]} runs with flinkops labels, but the state store has no record of it`,
        cause + effect,
      )
    : warning(
        PLAN_CODES.unrecorded,
        `${names.length} jobs run with flinkops labels, but the state store has no record of them`,
        `${shown}. ${cause}${effect}`,
      );
}

/**
 * A job alive under a managed name that the repository no longer declares, which flinkops never
 * started: no flinkops labels of this job (none, or those of another project, environment or job:
 * settings copied by hand, FO654), and the store has no record of it (or retired the job of that
 * name). Someone started it by hand (the SQL client, the gateway, the Flink UI) in the project's
 * namespace; a deletion would stop a job this repository never owned, as Terraform never destroys
 * what is not in its state.
 */
function startedElsewhere(list: readonly LiveJob[], record: JobRecord | undefined): boolean {
  if (record !== undefined && record.status !== 'deleted') return false;
  const alive = list.filter(isAlive);
  return alive.length > 0 && list.every((l) => l.labels?.[LABEL_KEYS.specHash] === undefined);
}

/** FO639, once: the jobs of the project's namespace that flinkops did not start, left alone. */
function unmanagedJobs(jobs: readonly LiveJob[]): Diagnostic {
  const shown = [...jobs]
    .sort((a, b) => byName(a.name, b.name) || byName(a.jobId, b.jobId))
    .map((j) => `${j.name} (${j.jobId}, ${j.state}${copiedLabels(j)})`);
  const one = shown.length === 1;
  const names = shown.slice(0, 10).join(', ') + (shown.length > 10 ? ` and ${shown.length - 10} more` : '');
  return warning(
    PLAN_CODES.unmanaged,
    `${one ? 'A job' : `${shown.length} jobs`} under this environment's names ${one ? 'runs' : 'run'} without this environment's flinkops labels and ${one ? 'is' : 'are'} not in the repository or the state store: left alone: ${names}`,
    `flinkops did not start ${one ? 'it' : 'them'} (it was submitted by hand: the SQL client, the SQL Gateway, the Flink UI), so no plan of this repository stops, rescales or deletes ${one ? 'it' : 'them'}. ` +
      `A job added to the repository under ${one ? 'that' : 'such a'} name would adopt the running job. To stop ${one ? 'it' : 'them'}, use the Flink UI or POST /jobs/<job id>/stop; to avoid the clash, start hand-made jobs under names outside <project>.<env>.`,
  );
}

/** `, labelled <project>.<env>.<job>` for a job carrying another job's labels (FO654), else nothing. */
function copiedLabels(j: LiveJob): string {
  const l = j.copiedLabels;
  if (l === undefined) return '';
  return `, labelled ${l[LABEL_KEYS.project] ?? '?'}.${l[LABEL_KEYS.env] ?? '?'}.${l[LABEL_KEYS.job] ?? '?'}`;
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

/**
 * FO682: every job this environment's store records running is gone from a cluster that runs
 * another environment's jobs of the project. A cluster that restarted without high availability
 * forgets them too, but one that another environment's apply already started jobs on after that
 * restart is more often the other environment's own cluster, reached by a copied URL: the
 * recoveries would then start this environment's jobs beside that one's, while they still run on
 * their own cluster.
 */
function otherEnvironmentsCluster(
  desired: DesiredState,
  live: LiveState,
  planned: readonly JobChange[],
): Diagnostic | undefined {
  if (!live.observed || !live.siblings?.length) return undefined;
  if (live.jobs.some((j) => !j.previousCluster && !isTerminal(j.state))) return undefined;
  const vanished = planned.filter(
    (c) => c.action === 'recover' && !c.refused && !live.jobs.some((j) => j.job === c.job),
  );
  if (vanished.length === 0) return undefined;
  const envs = live.siblings.map((s) => s.env);
  const names = live.siblings.flatMap((s) => s.names);
  const shown = names.length > 4 ? [...names.slice(0, 4), `… (${names.length} in all)`] : names;
  const jobs = vanished.map((c) => c.job).join(', ');
  return warning(
    PLAN_CODES.otherEnvironmentsCluster,
    `The cluster of environment ${desired.env} runs environment ${envs.join(', ')}'s jobs (${shown.join(', ')}) and none of the ${vanished.length === 1 ? 'job' : `${vanished.length} jobs`} the state store records running for ${desired.env} (${jobs})`,
    `If environments.${desired.env}.jobmanagerUrl (or FLINKOPS_JOBMANAGER_URL) reaches ${envs.length === 1 ? `${envs[0]}'s` : 'another environment’s'} cluster by mistake, this plan's recoveries start ${desired.env}'s jobs there while they still run on ${desired.env}'s own cluster: twice, writing the same sinks. Check the endpoints before applying. If this cluster is ${desired.env}'s own, shared with ${envs.join(', ')} and restarted, apply as planned.`,
    fileRange('flinkops.yaml'),
  );
}

/** The actions that start a job from its repository's script. */
const STARTS: ReadonlySet<JobChange['action']> = new Set(['create']);

/**
 * FO742: a streaming job with stateful operators (an aggregation, a join, a deduplication, a
 * window) that the plan starts without checkpointing (`execution.checkpointing.interval` unset or
 * off in its config and SET lines). Flink then restarts it after each failure from nothing: every
 * count, join side and window starts empty, and its sources from their startup position. Apply's
 * health check has no checkpoint to wait for either (FO741). Said where the plan starts the job.
 */
function stateWithoutCheckpoints(changes: readonly JobChange[], desired: DesiredState): Diagnostic[] {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const out: Diagnostic[] = [];
  for (const c of changes) {
    const job = jobs.get(c.job);
    if (!job || c.refused || !STARTS.has(c.action)) continue;
    // The job's settings say it (compile writes them as the script's first SET lines); its
    // statements are read only where its own SQL names the option again or RESETs.
    const named = job.script.split(CHECKPOINT_INTERVAL).length - 1;
    const own = named > (job.settings.config[CHECKPOINT_INTERVAL] !== undefined ? 1 : 0);
    const config =
      own || /\bRESET\b/i.test(job.script) ? scriptSettings(job.statements) : job.settings.config;
    if (checkpointingOn(config)) continue;
    if (isBatchJob(job)) continue;
    const shape = scriptShape(job.script);
    const ops = new Set(
      [...shape.queries.values(), ...shape.views.values()].flatMap((q) => [
        ...statefulOperators(queryFeatures(q.src, q.tokens)).keys(),
      ]),
    );
    if (ops.size === 0) continue;
    const file = job.yamlFile ?? `jobs/${job.name}.yaml`;
    out.push(
      warning(
        PLAN_CODES.stateWithoutCheckpoints,
        `Job ${job.name} keeps state (${[...ops].join(', ')}) and runs without checkpointing`,
        `execution.checkpointing.interval is not set (or is off) in its config or SET lines: Flink restarts it after any failure (a TaskManager lost, a bad record) without its state, every count, join side and window starting empty and each source from its startup position; and an upgrade whose stop-with-savepoint fails has no checkpoint to fall back on. Apply judges its health on its tasks running through the grace period (FO741), with no checkpoint to prove it. Set execution.checkpointing.interval (e.g. 30 s) in the config of ${file} or in defaults.config; where the cluster's own configuration sets it, state it there too so that plans see it.`,
        fileRange(job.yamlFile ?? job.sqlFile),
      ),
    );
  }
  return out;
}

const CHECKPOINT_INTERVAL = 'execution.checkpointing.interval';

/** `execution.checkpointing.interval` switches periodic checkpoints on (not unset, 0 or -1). */
function checkpointingOn(config: Readonly<Record<string, string>>): boolean {
  const v = config[CHECKPOINT_INTERVAL]?.trim();
  return v !== undefined && v !== '' && !/^(0|-1)(\s*[a-z]*)?$/i.test(v);
}
