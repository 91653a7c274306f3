/**
 * A job as Flink's planner explains it (its stream graph, settings and tables), and what the state
 * verdict is given.
 */

import { operatorKind, operatorName } from '../core/operator-state';
import type { StreamGraph, StreamNode } from '../core/stream-graph';
import type { TableDef } from '../sql/types';

/** One side of an upgrade, as Flink's planner sees it. */
export interface ExplainedJob {
  graph: StreamGraph;
  /** `pipeline.operator-chaining.enabled` as the job runs. */
  chaining: boolean;
  /** Tables of the script by their last name part (lower case), with connector options and column types. */
  tables: ReadonlyMap<string, TableFacts>;
  /** The script's SET options, as the job runs with them. */
  config?: Readonly<Record<string, string>>;
  /** The statement that starts the job, as EXPLAIN took it (its hints are not in the graph). */
  sql?: string;
  /**
   * Result types of the script's own functions called in the graph's Calcs (`bucket(amount)` →
   * `STRING`), as the planner typed them: a new jar can change them while the graph's text stays.
   */
  functionTypes?: ReadonlyMap<string, string>;
  /** The script's own functions (lower-case name) → their class and jars, as created. */
  functions?: ReadonlyMap<string, string>;
}

/** Both sides of an upgrade, or why Flink could not be asked. */
/**
 * The running and the new script's stream graphs. `acrossReleases`: the running one was built by
 * the old release's planner (the cluster being left, `moveFrom`), the new one by this cluster's.
 */
export type ExplainedPair =
  | { old: ExplainedJob; next: ExplainedJob; acrossReleases?: true }
  | {
      unavailable: string;
      /** Flink's planner rejects the new script (a plan error, FO630): the state question waits for the fix. */
      rejected?: true;
    };

export interface TableFacts {
  options: Readonly<Record<string, string>>;
  /** Column name (lower case) → type text. */
  columns: ReadonlyMap<string, string>;
  /** Columns (lower case) declared NOT NULL; undefined: not known. */
  notNull?: ReadonlySet<string>;
  /** Computed columns (lower case), which `columns` leaves out (they have no declared type). */
  computed?: ReadonlySet<string>;
  /** Physical columns (lower case) in their order: what a format reads from a record's fields. */
  physical?: readonly string[];
}

/** A script's table as the verdict reads it. Primary key columns are NOT NULL whether or not the DDL says so. */
export function tableFacts(table: Pick<TableDef, 'options' | 'columns' | 'primaryKey'>): TableFacts {
  return {
    options: table.options,
    columns: new Map(
      table.columns.filter((col) => col.type !== undefined).map((col) => [col.name.toLowerCase(), col.type!]),
    ),
    notNull: new Set([
      ...table.columns.filter((col) => col.nullable === false).map((col) => col.name.toLowerCase()),
      ...(table.primaryKey?.columns ?? []).map((c) => c.replace(/`/g, '').toLowerCase()),
    ]),
    computed: new Set(
      table.columns.filter((col) => col.type === undefined).map((col) => col.name.toLowerCase()),
    ),
    physical: table.columns.filter((col) => col.kind === 'physical').map((col) => col.name.toLowerCase()),
  };
}

export interface VerdictInput {
  old: ExplainedJob;
  next: ExplainedJob;
  allowNonRestoredState?: boolean;
  settingsFile?: string;
  restoreFrom?: string;
  /** The job's former name, when this plan renames it (movedFrom). */
  renamedFrom?: string;
  maxParallelism?: { from?: number; to?: number };
  /**
   * The max parallelism the running job's vertices report: what its savepoint's state is written
   * under (a job started without one keeps its first savepoint's, whatever its parallelism now).
   */
  runningMaxParallelism?: number;
  /** The cluster's Flink version (`1.20.3`): state migrations differ between releases. */
  flinkVersion?: string;
  /** The Flink version the running job's savepoint was written by, when another (a move); else flinkVersion. */
  oldFlinkVersion?: string;
  /** Functions (lower-case) from a new build of their jar under the same URI: the scripts do not show it. */
  rebuiltFunctions?: readonly string[];
  /**
   * The jars, or Python files, (as the script or settings write them) a function of
   * `rebuiltFunctions` may load from, when known: named in findings.
   */
  rebuiltFrom?: Readonly<Record<string, readonly string[]>>;
}

/** `GroupAggregate (city)`: the operator by its name and key, as a reviewer knows it. */
export function displayName(n: StreamNode): string {
  const k = operatorKind(n);
  if (k.kind === 'source') return `source ${k.table}`;
  if (k.kind === 'sink') return `sink ${k.table}${/Committer/.test(k.name) ? ' (committer)' : ''}`;
  const op = operatorName(n);
  const key =
    /(?:groupBy|partitionBy|leftKeys|upsertKey|key|partitionKeys)=\[([^\]]*)\]/.exec(n.contents)?.[1] ??
    /joinType=\[([^\]]*)\]/.exec(n.contents)?.[1];
  return key ? `${op} (${key.replace(/\$/g, '')})` : op;
}
