/**
 * What a statement runs against in a gateway session, and the name resolution
 * every statement shares: Flink-worded "not found" errors at the object's position.
 * The statements themselves: `sql-ddl.ts`, `sql-jobs.ts`, `sql-queries.ts`.
 */
import {
  type ColumnSource,
  calcitePosition,
  columnMisses,
  missRefusal,
  queryColumns,
} from '../sql/column-scope';
import { normalizeSql } from '../sql/index';
import type { ObjectRef, Statement } from '../sql/types';
import { expandSources, lookupFunction, lookupTable, qualify } from './catalog';
import { type ExecEnv, type ExecOutcome, type SessionState, type SqlError, validation } from './sql-model';

/** Normalised query text: formatting and comments do not count (jobs keep it for display). */
export function normaliseQuery(text: string): string {
  return normalizeSql(text);
}

const VALIDATION_EXCEPTION = 'org.apache.flink.table.api.ValidationException';
const CALCITE_CONTEXT = 'org.apache.calcite.runtime.CalciteContextException';
const SQL_VALIDATOR = 'org.apache.calcite.sql.validate.SqlValidatorException';
/** Flink's built-in connectors that work one way only (real Flink 1.20 and 2.2 refuse the other). */
const SINK_ONLY: ReadonlySet<string> = new Set(['blackhole', 'print']);
const SOURCE_ONLY: ReadonlySet<string> = new Set(['datagen']);

/**
 * The connectors whose sink takes no bucketing (no SupportsBucketing): every one the simulator
 * knows, as in real Flink 1.20 to 2.2 (kafka 5.0.0-2.2, jdbc 4.0.0-2.0 checked too).
 */
const NO_BUCKETING: ReadonlySet<string> = new Set([
  'blackhole',
  'print',
  'filesystem',
  'kafka',
  'upsert-kafka',
  'jdbc',
]);

/** Writing a table declared DISTRIBUTED into a sink without bucketing: Flink's planner refuses it. */
export function unbucketed(fqn: string, connector: string | undefined): ExecOutcome | undefined {
  if (connector === undefined || !NO_BUCKETING.has(connector)) return undefined;
  return {
    kind: 'error',
    error: {
      className: 'org.apache.flink.table.api.TableException',
      message: `Table '${fqn}' is distributed into buckets, but the underlying DynamicTableSink doesn't implement the SupportsBucketing interface.`,
    },
  };
}

export class StatementContext {
  constructor(
    readonly env: ExecEnv,
    readonly s: SessionState,
    private readonly text: string,
  ) {}

  pos(ref: ObjectRef): string {
    return calcitePosition(this.text, ref.start, ref.end);
  }

  /** Where Flink looked for `ref`: its own qualifier (`mem.default` of `mem.default.t`), else the session's path. */
  private where(ref: ObjectRef): string {
    const qualifier = ref.parts.slice(0, -1);
    if (qualifier.length >= 2) return qualifier.slice(-2).join('.');
    if (qualifier.length === 1) return `${this.s.path.catalog}.${qualifier[0]}`;
    return `${this.s.path.catalog}.${this.s.path.database}`;
  }

  notFound(ref: ObjectRef): ExecOutcome {
    return validation(
      `SQL validation failed. ${this.pos(ref)}: Object '${ref.name}' not found within '${this.where(ref)}'`,
    );
  }

  /**
   * Every table read or written and every function called must exist, and each table's connector
   * must work that way round: Flink's planner refuses to read a sink-only connector (through a
   * view too) or to write a source-only one.
   */
  checkDml(st: Statement, query = false): ExecOutcome | undefined {
    for (const ref of [...st.writes, ...st.reads]) {
      if (!lookupTable(qualify(ref, this.s.path), this.s.temp, this.s.catalog)) return this.notFound(ref);
    }
    for (const ref of st.writes) {
      const fqn = qualify(ref, this.s.path);
      const table = lookupTable(fqn, this.s.temp, this.s.catalog);
      const connector = table?.options?.connector;
      if (table?.distributed) {
        const bad = unbucketed(fqn, connector);
        if (bad) return bad;
      }
      if (connector !== undefined && SOURCE_ONLY.has(connector))
        return validation(`Unable to create a sink for writing table '${fqn}'.`, {
          className: VALIDATION_EXCEPTION,
          message: `Connector '${connector}' can only be used as a source. It cannot be used as a sink.`,
        });
    }
    for (const ref of st.reads) {
      for (const fqn of expandSources(qualify(ref, this.s.path), this.s.temp, this.s.catalog)) {
        const t = lookupTable(fqn, this.s.temp, this.s.catalog);
        const connector = t?.kind === 'table' ? t.options?.connector : undefined;
        if (connector !== undefined && SINK_ONLY.has(connector))
          return validation(`Unable to create a source for reading table '${fqn}'.`, {
            className: VALIDATION_EXCEPTION,
            message: `Connector '${connector}' can only be used as a sink. It cannot be used as a source.`,
          });
      }
    }
    for (const fn of st.functions) {
      if (!lookupFunction(fn.name, this.s.temp, this.s.catalog)) {
        return validation(
          `SQL validation failed. ${this.pos(fn)}: No match found for function signature ${fn.name}(<ANY>)`,
        );
      }
    }
    return query ? this.checkColumns(st, 1) : this.checkColumns(st);
  }

  /**
   * A column name no table in scope has, judged as validate judges it (FO204), where the session's
   * tables say their columns: Flink's validator refuses it at the name. Real 1.20.3 and 2.2.0 wrap
   * Calcite's refusal in "SQL validation failed." once for a query, twice for an INSERT or an
   * EXPLAIN, four times for a statement set, not at all for a CREATE VIEW (`wraps`).
   */
  checkColumns(st: Statement, wraps = STATEMENT_SET.test(this.text) ? 4 : 2): ExecOutcome | undefined {
    const miss = columnMisses([st], sessionColumns(this))[0];
    if (!miss) return undefined;
    const flink = missRefusal(miss, this.text);
    const located = `${calcitePosition(this.text, flink.start, flink.end)}: ${flink.message}`;
    let error: SqlError = {
      className: CALCITE_CONTEXT,
      message: located,
      cause: { className: SQL_VALIDATOR, message: flink.message },
    };
    for (let i = 0; i < wraps; i++)
      error = {
        className: VALIDATION_EXCEPTION,
        message: `SQL validation failed. ${error.message}`,
        cause: error,
      };
    return { kind: 'error', error };
  }
}

/** A statement set, run or explained: its INSERTs are validated four wrappings deep. */
const STATEMENT_SET = /^\s*(?:EXECUTE|EXPLAIN)\s+STATEMENT\s+SET\b/i;

/** The session's tables and views (temporary first) as the column judgement asks for them. */
function sessionColumns(ctx: StatementContext): ColumnSource {
  return {
    table: (name) => {
      const t = lookupTable(qualify([name], ctx.s.path), ctx.s.temp, ctx.s.catalog);
      if (!t || t.columnsOpen) return undefined;
      if (t.kind === 'view') return t.names;
      return t.columns.length > 0 ? t.columns.map((c) => c.name) : undefined;
    },
  };
}

/** The output names of the view `st` creates, where known: its column list, else its query's. */
export function viewColumns(ctx: StatementContext, st: Statement): string[] | undefined {
  if (st.view && st.view.columns.length > 0) return st.view.columns;
  return st.query ? queryColumns(st.query, sessionColumns(ctx), st, 0) : undefined;
}
