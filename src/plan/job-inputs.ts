/**
 * What deciding one job needs: the planning context, the job's inputs gathered
 * once (desired job, its live jobs, its store record, the run state it should be
 * in), and the small rules shared by every branch (liveness, the place in the user's
 * file). Duplicates are in live-instances.ts, restore points in restore-points.ts, the
 * spec change of a restart with its causes, SQL diff and state verdict in spec-change.ts.
 */

import type { DesiredJob } from '../compile/model';
import type { Diagnostic, SourceRange } from '../core/diagnostics';
import { isTerminal } from '../core/job-state';
import { LABEL_KEYS } from '../core/names';
import type { LiveJob, TaskHeap } from '../observe/model';
import { splitStatements } from '../sql/splitter';
import type { DeployedVersion, JobRecord } from '../state/model';
import type { ExplainedPair } from './explained-job';
import type { Cause, Compatibility, JobChange } from './model';
import type { RunDecision } from './schedule';

export interface PlanContext {
  /** The cluster was observed; false plans from the store alone. */
  observed: boolean;
  adaptiveScheduler: boolean;
  /** Cluster version if observed, else the project's. */
  flinkVersion?: string;
  allowDelete: boolean;
  now?: string;
  /** Flink's stream graphs of running and new scripts, by job, where the gateway gave them. */
  explained?: ReadonlyMap<string, ExplainedPair>;
  /** Jobs to restart with the repository's script although nothing differs (`--replace JOB`). */
  replace?: ReadonlySet<string>;
  /** Each TaskManager's task heap and slots, when observed (`LiveState.taskHeaps`). */
  taskHeaps?: readonly TaskHeap[];
  /** The state backend of a job that names none, when the plan read it (`LiveState.defaultStateBackend`). */
  defaultStateBackend?: string;
  /** Who holds the state lock, said of a run that may still be going (DiffOptions.lockHolder). */
  lockHolder?: string;
  /** The hash of the JobManager endpoint the plan reached (LiveState.endpoint). */
  endpoint?: string;
  /** The job is renamed from this name (movedFrom) in this plan: its state verdict's advice says what a rename allows. */
  renamedFrom?: string;
  /** Where a table's column or option is written (engine/table-location.ts), when the plan was given the files. */
  locateInTable?: TableLocator;
}

/** A column of a table (its name, as the script now writes it), or one of its connector options. */
export type TablePlace = { column: string } | { option: string };

/**
 * Where `place` of `table` (its tableKey) is written, in the file the job takes the table from;
 * undefined for a table of no file (another catalog's). Asked only for a warning that fires.
 */
export type TableLocator = (job: DesiredJob, table: string, place: TablePlace) => SourceRange | undefined;

/** What FO616 / FO619 add after the lock holder: the apply they speak of may still run. */
export const MEANWHILE =
  'This plan was made meanwhile: if that run is still going, plan again once it has finished; if it ended, the next apply finishes what it left.';

/** What a spec change adds to a restart: causes, SQL diff, state verdict. */
export interface SpecPart {
  causes?: Cause[];
  sqlDiff?: string;
  compatibility?: Compatibility;
}

export interface Decision {
  change: JobChange;
  diags: Diagnostic[];
}

export function isAlive(j: LiveJob): boolean {
  return !isTerminal(j.state);
}

export function fileRange(file: string): SourceRange {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

/** One desired job with everything known about it, gathered once. */
export interface JobInputs {
  job: DesiredJob;
  /** This job's cluster jobs, newest first (empty offline). */
  live: readonly LiveJob[];
  record: JobRecord | undefined;
  /** The store's current version, unless the job was retired. */
  current: DeployedVersion | undefined;
  run: RunDecision;
  ctx: PlanContext;
  /** Diagnostics raised while deciding; the branch returns them with its change. */
  diags: Diagnostic[];
  base: { job: string; pipelineName: string };
  to: { specHash: string; parallelism: number };
}

/** An instant as ISO-8601 to the second: what the plan's reasons, findings and warnings print. */
export function at(t: number): string {
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The job's last own statement (what it submits), where nothing of its SQL file changed (a table,
 * a view, a UDF or a setting did): the file's first line may well be a comment.
 */
export function submittedStatement(job: DesiredJob): SourceRange {
  return job.statementRanges?.at(-1) ?? fileRange(job.sqlFile);
}

export function specHashOf(j: LiveJob): { specHash?: string } {
  const h = j.labels?.[LABEL_KEYS.specHash];
  return h !== undefined ? { specHash: h } : {};
}

export function storeAsLive(job: DesiredJob, jobId: string, specHash: string, parallelism: number): LiveJob {
  return {
    jobId,
    name: job.pipelineName,
    state: 'RUNNING',
    startTime: 0,
    parallelism,
    vertices: [],
    labels: { [LABEL_KEYS.specHash]: specHash },
    job: job.name,
  };
}

/**
 * The first of the job's own statements whose text is not in the old script: where a state
 * problem of an upgrade comes from, in the user's file. Undefined when none can be told apart
 * (only a table or a setting changed).
 */
export function changedStatement(job: DesiredJob, oldScript: string | undefined): SourceRange | undefined {
  const ranges = job.statementRanges;
  if (!ranges?.length || oldScript === undefined) return undefined;
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  const spans = splitStatements(job.script, job.sqlFile).statements;
  if (spans.length < ranges.length) return undefined;
  const old = new Set(splitStatements(oldScript, job.sqlFile).statements.map((s) => squash(s.text)));
  const own = spans.slice(spans.length - ranges.length);
  const i = own.findIndex((s) => !old.has(squash(s.text)));
  return i < 0 ? undefined : ranges[i];
}
