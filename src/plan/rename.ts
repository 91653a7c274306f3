/**
 * Renames (`movedFrom:` in a job's settings, Terraform's moved block): the job the repository
 * now calls `new` was `old`. While the store or the cluster still knows `old`, the plan decides
 * `new` from old's live jobs and store record, so its change (an upgrade, a resume...) carries
 * old's state over under the new name, and `old` gets no deletion. Once `old` is gone, the
 * setting does nothing and says nothing, like an applied moved block. Pure, like the rest of diff.
 */

import type { DesiredJob, DesiredState } from '../compile/model';
import { type Diagnostic, error } from '../core/diagnostics';
import { LABEL_KEYS, pipelineName } from '../core/names';
import type { LiveJob } from '../observe/model';
import type { JobRecord, StateDoc } from '../state/model';
import { decideDesired } from './decide';
import { type Decision, fileRange, isAlive, type PlanContext } from './job-inputs';
import type { Cause, JobChange } from './model';

export const RENAME_CODES = {
  /** Error: the old and the new name both have a job (in the store or on the cluster): no rename. */
  bothExist: 'FO733',
  /** Error: movedFrom and restoreFrom together while the old job exists: which state to start from is unclear. */
  withRestoreFrom: 'FO734',
  /** Info: movedFrom names a job known nowhere while the new name is created: it starts without state. Silent once applied. */
  leftover: 'FO735',
} as const;

/** A rename the plan carries out: `new` takes over `from`'s live jobs and record. */
export interface Rename {
  from: string;
  /** Old's pipeline name on the cluster. */
  pipelineName: string;
  /** What `new` is decided from: old's record until apply moves it, then new's own. */
  record: JobRecord | undefined;
  /** New's and old's cluster jobs, newest first. */
  live: LiveJob[];
  /** Old's alive cluster jobs: the ones the change stops. */
  oldAlive: ReadonlySet<string>;
  /** The rename cannot be carried out as the settings stand (FO734): neither job changes. */
  refused?: { code: string; summary: string; detail: string; renamedFrom: string };
}

/**
 * The renames of this plan by new name, and the diagnostics of those it cannot carry out.
 * `liveByJob` holds each name's cluster jobs, newest first.
 */
export function planRenames(
  desired: DesiredState,
  liveByJob: ReadonlyMap<string, readonly LiveJob[]>,
  doc: StateDoc,
  observed: boolean,
): { renames: Map<string, Rename>; diags: Diagnostic[]; jobsOf: Map<Diagnostic, readonly string[]> } {
  const renames = new Map<string, Rename>();
  const diags: Diagnostic[] = [];
  // The names each diagnostic speaks of (new, old): a plan targeted at other jobs leaves it out.
  const jobsOf = new Map<Diagnostic, readonly string[]>();
  const inRepo = new Set(desired.jobs.map((j) => j.name));
  const claimed = new Map<string, string>();
  for (const job of desired.jobs) {
    const old = job.settings.movedFrom;
    // Naming itself, a job still in the repository, or one another job claims: validate refuses those.
    if (old === undefined || old === job.name || inRepo.has(old)) continue;
    if (claimed.has(old)) continue;
    claimed.set(old, job.name);
    const say = (d: Diagnostic) => {
      diags.push(d);
      jobsOf.set(d, [job.name, old]);
    };
    const at = job.movedFromAt ?? fileRange(job.yamlFile ?? job.sqlFile);
    const oldRec = live(doc.jobs[old]);
    const newRec = live(doc.jobs[job.name]);
    const oldList = observed ? (liveByJob.get(old) ?? []) : [];
    const newList = observed ? (liveByJob.get(job.name) ?? []) : [];
    // Only a job flinkops started under the old name is renamed: one started by hand is left alone (FO639).
    const oldAlive = oldList.filter((l) => isAlive(l) && l.labels?.[LABEL_KEYS.specHash] !== undefined);
    const newAlive = newList.filter(isAlive);
    // An apply moved old's record here and stopped before the new job was recorded: new's record
    // names one of old's jobs. The rename goes on from there.
    const inFlight =
      !oldRec && newRec?.current !== undefined && oldList.some((l) => l.jobId === newRec.current!.jobId);
    if (!oldRec && oldAlive.length === 0 && !inFlight) {
      // Applied (or the new name runs anyway): the setting does nothing, and says nothing, as
      // Terraform says nothing of an applied moved block. Said once, where it would matter: the
      // plan that creates the new name without state (a misspelt old name, another environment).
      if (newRec || newAlive.length > 0) continue;
      say({
        code: RENAME_CODES.leftover,
        severity: 'info',
        summary: `Job ${job.name}: movedFrom: ${old} renames nothing, no job ${old} is known: ${job.name} starts without state`,
        detail: `Neither the state store nor the cluster of this environment knows a job ${old}, so ${job.name} is created as a new job. If ${old} is the job's former name here, check its spelling (or the environment) before applying; in an environment where ${old} never ran, nothing is to be done. Once every environment has applied the rename, movedFrom can be removed.`,
        range: at,
      });
      continue;
    }
    if (!inFlight && (newRec || newAlive.length > 0)) {
      const where = [
        ...(oldRec ? [`the state store records ${old} (${oldRec.status})`] : []),
        ...(oldAlive.length ? [`${oldAlive[0]!.name} runs on the cluster (${oldAlive[0]!.jobId})`] : []),
      ].join(' and ');
      const there = [
        ...(newRec ? [`the state store records ${job.name} (${newRec.status})`] : []),
        ...(newAlive.length ? [`${newAlive[0]!.name} runs on the cluster (${newAlive[0]!.jobId})`] : []),
      ].join(' and ');
      say(
        error(
          RENAME_CODES.bothExist,
          `Job ${job.name} cannot be renamed from ${old}: both exist (${where}; ${there})`,
          `A rename moves ${old}'s state to a name that has none. Keep the one to go on with: to go on with ${old}'s state, delete ${job.name} first (a plan without jobs/${job.name}.sql, with --allow-delete), then plan the rename again; to go on with ${job.name}, remove movedFrom from ${job.yamlFile ?? `jobs/${job.name}.yaml`} (${old} is then deleted, which needs --allow-delete).`,
          at,
        ),
      );
      continue;
    }
    const pn =
      doc.jobs[old]?.pipelineName ?? oldList[0]?.name ?? pipelineName(desired.project, desired.env, old);
    if (job.settings.restoreFrom !== undefined) {
      const d = error(
        RENAME_CODES.withRestoreFrom,
        `Job ${job.name} sets both movedFrom: ${old} and restoreFrom, while ${old} still exists: which state it starts from is unclear`,
        `A rename starts ${job.name} from ${old}'s own state (the savepoint of its stop, or its last one when it is suspended); restoreFrom names another. Remove restoreFrom to carry ${old}'s state over, or remove movedFrom to start from the pinned path (${old} is then deleted, which needs --allow-delete). Until then neither job changes.`,
        at,
      );
      say(d);
      // Neither a rename nor a deletion of old: both wait for the settings to say which.
      renames.set(job.name, {
        from: old,
        pipelineName: pn,
        record: undefined,
        live: [],
        oldAlive: new Set(),
        refused: { code: d.code, summary: d.summary, detail: d.detail, renamedFrom: old },
      });
      continue;
    }
    const list = [...newList, ...oldList].sort(
      (a, b) => b.startTime - a.startTime || (a.jobId < b.jobId ? -1 : a.jobId > b.jobId ? 1 : 0),
    );
    renames.set(job.name, {
      from: old,
      pipelineName: pn,
      record: newRec ?? oldRec,
      live: list,
      oldAlive: new Set(oldAlive.map((l) => l.jobId)),
    });
  }
  return { renames, diags, jobsOf };
}

/**
 * The decision for a renamed job: from old's cluster jobs and record (new's own once apply moved
 * it). A job running under the old name restarts under the new one whatever else changed, as
 * `--replace` restarts a job: through a savepoint (or the job's upgradeMode).
 */
export function decideRenamed(
  job: DesiredJob,
  r: Rename,
  ctx: PlanContext,
  ownLive: readonly LiveJob[],
  ownRecord: JobRecord | undefined,
): Decision {
  if (r.refused) {
    const d = decideDesired(job, ownLive, ownRecord, ctx);
    return d.change.action === 'none' ? d : { ...d, change: { ...d.change, refused: r.refused } };
  }
  const running = r.live.find((l) => r.oldAlive.has(l.jobId));
  const replace = running || !ctx.observed ? new Set([...(ctx.replace ?? []), job.name]) : ctx.replace;
  const d = decideDesired(job, r.live, r.record, {
    ...ctx,
    ...(replace ? { replace } : {}),
    renamedFrom: r.from,
  });
  return { ...d, change: markRenamed(d.change, r, job) };
}

/** A record that counts: a deleted job's record is history only. */
function live(r: JobRecord | undefined): JobRecord | undefined {
  return r && r.status !== 'deleted' ? r : undefined;
}

/** The cause every rename's change carries. */
export function renameCause(r: Rename, job: DesiredJob): Cause {
  return { kind: 'repo', path: 'movedFrom', from: r.from, to: job.name };
}

/**
 * The decided change of `new`, marked as the rename it is: it says so in its reason and causes,
 * and apply moves old's record before its first step.
 */
export function markRenamed(change: JobChange, r: Rename, job: DesiredJob): JobChange {
  const replaced = change.causes.some((c) => c.kind === 'request' && c.path === 'replace');
  const how =
    replaced && change.action === 'upgrade' ? `${change.strategy} upgrade under the new name` : change.reason;
  return {
    ...change,
    reason: `renamed from ${r.from}: ${how}`,
    causes: [
      renameCause(r, job),
      ...change.causes.filter((c) => !(c.kind === 'request' && c.path === 'replace')),
    ],
    renamedFrom: { job: r.from, pipelineName: r.pipelineName },
  };
}

/**
 * The store record a change reads: the job's own, or (a rename not yet applied) the old job's,
 * also over a deleted job's record under the new name, which holds history only.
 */
export function recordOf(
  doc: StateDoc,
  change: Pick<JobChange, 'job' | 'renamedFrom'>,
): JobRecord | undefined {
  return renamedRecordOf(change, (name) => doc.jobs[name]);
}

/** recordOf over any way of reading a record by job name (the apply's store session). */
export function renamedRecordOf(
  change: Pick<JobChange, 'job' | 'renamedFrom'>,
  read: (job: string) => JobRecord | undefined,
): JobRecord | undefined {
  const own = read(change.job);
  if (!change.renamedFrom || (own && own.status !== 'deleted')) return own;
  return read(change.renamedFrom.job) ?? own;
}
