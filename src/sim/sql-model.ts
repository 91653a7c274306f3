/** Values shared by the SQL executor: results, errors, session state, and their helpers. */

import type { Statement } from '../sql/types';
import type { Catalog, NamePath } from './catalog';
import type { Cluster } from './cluster';
import type { Config } from './config-keys';
import type { AsyncOp } from './model';
import type { Operations } from './operations';
import type { VersionFeatures } from './versions';

export interface Column {
  name: string;
  logicalType: Record<string, unknown>;
  comment: string | null;
}

export interface StatementResult {
  columns: Column[];
  rows: unknown[][];
  jobId?: string;
  /** A query whose job runs as the results are fetched: the first page has no rows yet. */
  rowsFromSecondPage?: boolean;
  isQuery: boolean;
  resultKind: 'SUCCESS' | 'SUCCESS_WITH_CONTENT';
}

export interface SqlError {
  className: string;
  message: string;
  /** Flink's `Caused by:` chain, outermost first. */
  cause?: SqlError;
}

export type ExecOutcome =
  | { kind: 'result'; result: StatementResult }
  | { kind: 'error'; error: SqlError }
  /** STOP JOB ... WITH SAVEPOINT: finishes when the savepoint does. */
  | { kind: 'wait'; op: AsyncOp };

export interface SessionState {
  properties: Config;
  defaults: Config;
  temp: Catalog;
  /** Its non-temporary objects: its own built-in catalog, the others shared (catalog.ts). */
  catalog: Catalog;
  path: NamePath;
  /** Inner INSERTs buffered between BEGIN STATEMENT SET and END. */
  statementSet?: Statement[];
}

/** A compiled plan file (COMPILE PLAN / EXECUTE PLAN). */
export interface SimPlanFile {
  json: string;
  /** The INSERTs the plan runs (re-checked against the executing session's tables). */
  inserts: Statement[];
  /**
   * Times it was read back by a local job in the gateway's JVM: each costs a real 1.20 gateway
   * ~13 MB of metaspace it never gives back.
   */
  reads?: number;
}

/** A gateway's ExecNode counter: it runs on across compilations, as Flink's does. */
export interface ExecNodeCounter {
  next: number;
}

export interface ExecEnv {
  features: VersionFeatures;
  cluster: Cluster;
  ops: Operations;
  shared: Catalog;
  /** Compiled plan files by path (COMPILE PLAN / EXECUTE PLAN); simulators may share one. */
  planFiles: Map<string, SimPlanFile>;
  execNodes: ExecNodeCounter;
}

export const VARCHAR = (nullable: boolean) => ({ type: 'VARCHAR', nullable, length: 2147483647 });
export const col = (name: string, type: Record<string, unknown> = VARCHAR(true)): Column => ({
  name,
  logicalType: type,
  comment: null,
});

export function okResult(): StatementResult {
  return { columns: [col('result')], rows: [['OK']], isQuery: false, resultKind: 'SUCCESS' };
}

export function rowsResult(columns: Column[], rows: unknown[][], isQuery = false): StatementResult {
  return { columns, rows, isQuery, resultKind: 'SUCCESS_WITH_CONTENT' };
}

export const RESTORE_KEY = /^execution\.(savepoint|state-recovery)\./;

export function validation(message: string, cause?: SqlError['cause']): ExecOutcome {
  return {
    kind: 'error',
    error: cause
      ? { className: 'org.apache.flink.table.api.ValidationException', message, cause }
      : { className: 'org.apache.flink.table.api.ValidationException', message },
  };
}
