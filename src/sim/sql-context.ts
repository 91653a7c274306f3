/** The statements that touch catalogs, jobs and the cluster (DDL, DML, EXPLAIN, SHOW/STOP JOB). */
import { LineIndex } from '../core/text';
import { normalizeSql } from '../sql/index';
import type { ObjectRef, Statement } from '../sql/types';
import {
  DEFAULT_CATALOG,
  DEFAULT_DATABASE,
  expandSources,
  lookupFunction,
  lookupTable,
  qualify,
} from './catalog';
import type { Config } from './config-keys';
import { isTerminal, type JobSpec } from './model';
import { TriggerError } from './operations';
import {
  col,
  type ExecEnv,
  type ExecOutcome,
  okResult,
  rowsResult,
  type SessionState,
  type StatementResult,
  VARCHAR,
  validation,
} from './sql-model';

/** Normalised query text (the operator signature hashes it): formatting and comments do not count. */
export function normaliseQuery(text: string): string {
  return normalizeSql(text);
}

export class StatementContext {
  constructor(
    private readonly env: ExecEnv,
    private readonly s: SessionState,
    private readonly text: string,
  ) {}

  private pos(ref: ObjectRef): string {
    const lines = new LineIndex(this.text);
    const a = lines.pos(ref.start);
    const b = lines.pos(Math.max(ref.start, ref.end - 1));
    return `From line ${a.line}, column ${a.column} to line ${b.line}, column ${b.column}`;
  }

  private where(): string {
    return `${this.s.path.catalog}.${this.s.path.database}`;
  }

  private notFound(ref: ObjectRef): ExecOutcome {
    return validation(
      `SQL validation failed. ${this.pos(ref)}: Object '${ref.name}' not found within '${this.where()}'`,
    );
  }

  /** Every table read or written and every function called must exist. */
  checkDml(st: Statement): ExecOutcome | undefined {
    for (const ref of [...st.writes, ...st.reads]) {
      if (!lookupTable(qualify(ref, this.s.path), this.s.temp, this.env.shared)) return this.notFound(ref);
    }
    for (const fn of st.functions) {
      if (!lookupFunction(fn.name, this.s.temp, this.env.shared)) {
        return validation(
          `SQL validation failed. ${this.pos(fn)}: No match found for function signature ${fn.name}(<ANY>)`,
        );
      }
    }
    return undefined;
  }

  create(st: Statement): ExecOutcome {
    const def = st.table ?? st.view ?? st.function;
    if (!def) return { kind: 'result', result: okResult() };
    const temporary = def.temporary || (st.function?.system ?? false);
    const target = temporary ? this.s.temp : this.env.shared;
    if (st.function) {
      const key = st.function.name.name.toLowerCase();
      if (target.functions.has(key)) {
        if (def.ifNotExists) return { kind: 'result', result: okResult() };
        return validation(
          `Could not execute CREATE FUNCTION: Function ${st.function.name.name} already exists.`,
        );
      }
      target.functions.set(key, { name: st.function.name.name, className: st.function.className });
      return { kind: 'result', result: okResult() };
    }
    const fqn = qualify(def.name, this.s.path);
    const replace = /^\s*CREATE\s+OR\s+REPLACE/i.test(st.text);
    if (target.tables.has(fqn) && !replace) {
      if (def.ifNotExists) return { kind: 'result', result: okResult() };
      const [cat, db, name] = fqn.split('.');
      return validation(`Could not execute CreateTable in path \`${cat}\`.\`${db}\`.\`${name}\``, {
        className: 'org.apache.flink.table.catalog.exceptions.TableAlreadyExistException',
        message: `Table (or view) ${db}.${name} already exists in Catalog ${cat}.`,
      });
    }
    if (st.view || st.table?.asQuery) {
      const missing = st.reads.find(
        (r) => !lookupTable(qualify(r, this.s.path), this.s.temp, this.env.shared),
      );
      if (missing) return this.notFound(missing);
    }
    target.tables.set(fqn, {
      fqn,
      kind: st.view ? 'view' : 'table',
      reads: st.view ? st.reads.map((r) => qualify(r, this.s.path)) : [],
      columns: (st.table?.columns ?? []).map((c) => ({ name: c.name, type: c.type ?? 'STRING' })),
    });
    return { kind: 'result', result: okResult() };
  }

  drop(st: Statement): ExecOutcome {
    const m =
      /^\s*DROP\s+(TEMPORARY\s+)?(?:SYSTEM\s+)?(TABLE|VIEW|FUNCTION)\s+(IF\s+EXISTS\s+)?(.+?)\s*$/is.exec(
        st.text,
      );
    if (!m) return { kind: 'result', result: okResult() };
    const target = m[1] ? this.s.temp : this.env.shared;
    const parts = m[4]!.split('.').map((p) => p.trim().replace(/^`|`$/g, ''));
    const existed =
      m[2]!.toUpperCase() === 'FUNCTION'
        ? target.functions.delete(parts[parts.length - 1]!.toLowerCase())
        : target.tables.delete(qualify(parts, this.s.path));
    if (!existed && !m[3]) {
      return validation(
        `${m[2]!.toLowerCase() === 'function' ? 'Function' : 'Table with identifier'} '${qualify(parts, this.s.path)}' does not exist.`,
      );
    }
    return { kind: 'result', result: okResult() };
  }

  /** INSERT / statement set / CTAS → one job. */
  submit(inserts: Statement[], cfg: Config): ExecOutcome {
    for (const st of inserts) {
      const bad = st.kind === 'create_table_as' ? undefined : this.checkDml(st);
      if (bad) return bad;
    }
    const sinks: string[] = [];
    const sources: string[] = [];
    for (const st of inserts) {
      for (const w of st.writes) {
        const q = qualify(w, this.s.path);
        if (!sinks.includes(q)) sinks.push(q);
      }
      for (const r of st.reads) {
        for (const src of expandSources(qualify(r, this.s.path), this.s.temp, this.env.shared)) {
          if (!sources.includes(src)) sources.push(src);
        }
      }
    }
    const spec: JobSpec = {
      name: cfg['pipeline.name'] ?? `insert-into_${sinks.join(',')}`,
      config: cfg,
      sources,
      sinks,
      query: inserts.map((i) => normaliseQuery(i.text)).join('\n'),
    };
    const job = this.env.cluster.submit(spec);
    return {
      kind: 'result',
      result: { ...rowsResult([col('job id', VARCHAR(false))], [[job.jid]]), jobId: job.jid },
    };
  }

  explain(st: Statement): ExecOutcome {
    const inner = st.inner?.length ? st.inner : [st];
    for (const i of inner) {
      const bad = this.checkDml(i);
      if (bad) return bad;
    }
    const sinks = inner.flatMap((i) => i.writes.map((w) => qualify(w, this.s.path)));
    const sources = inner.flatMap((i) => i.reads.map((r) => qualify(r, this.s.path)));
    const scan = sources.map((t) => `   TableSourceScan(table=[[${t.split('.').join(', ')}]])`).join('\n');
    const sink = sinks.length > 0 ? sinks.map((t) => `Sink(table=[${t}])`).join('\n') : 'Calc';
    const plan = [
      '== Abstract Syntax Tree ==',
      sinks.map((t) => `LogicalSink(table=[${t}])`).join('\n') || 'LogicalProject',
      scan,
      '',
      '== Optimized Physical Plan ==',
      sink,
      scan,
      '',
      '== Optimized Execution Plan ==',
      sink,
      scan,
      '',
    ].join('\n');
    return { kind: 'result', result: rowsResult([col('result', VARCHAR(false))], [[plan]]) };
  }

  select(st: Statement): ExecOutcome {
    const bad = this.checkDml(st);
    if (bad) return bad;
    // Simple literal projections (`SELECT 1, 'a'`) answer one row; table queries answer no rows.
    if (st.reads.length === 0) {
      const m = /^\s*SELECT\s+(.+?)\s*$/is.exec(st.text);
      const items = m ? splitTopLevel(m[1]!) : [];
      const fields = items.map(literal);
      if (items.length > 0 && fields.every((x) => x !== undefined)) {
        const columns = fields.map((x, i) =>
          col(
            `EXPR$${i}`,
            typeof x === 'number'
              ? { type: 'INTEGER', nullable: false }
              : typeof x === 'boolean'
                ? { type: 'BOOLEAN', nullable: false }
                : { type: 'CHAR', nullable: false, length: String(x).length || 1 },
          ),
        );
        return { kind: 'result', result: rowsResult(columns, [fields], true) };
      }
    }
    const first = st.reads[0]
      ? lookupTable(qualify(st.reads[0], this.s.path), this.s.temp, this.env.shared)
      : undefined;
    const columns = (first?.columns.length ? first.columns : [{ name: 'EXPR$0', type: 'STRING' }]).map((c) =>
      col(c.name, { type: 'VARCHAR', nullable: true, length: 2147483647 }),
    );
    return { kind: 'result', result: rowsResult(columns, [], true) };
  }

  jobsTable(only?: string): StatementResult {
    const rows: unknown[][] = [];
    for (const j of this.env.cluster.jobs.values()) {
      if (only && j.jid !== only) continue;
      rows.push([j.jid, j.name, j.state, new Date(j.startTime).toISOString()]);
    }
    return rowsResult(
      [
        col('job id', VARCHAR(false)),
        col('job name', VARCHAR(false)),
        col('status', VARCHAR(false)),
        col('start time', VARCHAR(false)),
      ],
      rows,
    );
  }

  describeJob(st: Statement): ExecOutcome {
    const jid = /'([^']*)'/.exec(st.text)?.[1] ?? '';
    if (!this.env.cluster.get(jid)) {
      return {
        kind: 'error',
        error: {
          className: 'org.apache.flink.table.api.TableException',
          message: `Failed to describe job ${jid}: the job does not exist.`,
        },
      };
    }
    return { kind: 'result', result: this.jobsTable(jid) };
  }

  stopJob(st: Statement, cfg: Config): ExecOutcome {
    const jid = /'([^']*)'/.exec(st.text)?.[1] ?? '';
    const withSavepoint = /\bWITH\s+SAVEPOINT\b/i.test(st.text);
    const drain = /\bWITH\s+DRAIN\b/i.test(st.text);
    const job = this.env.cluster.get(jid);
    if (!job || isTerminal(job.state)) {
      return {
        kind: 'error',
        error: {
          className: 'org.apache.flink.table.gateway.service.utils.SqlExecutionException',
          message: `Could not stop job ${jid} in session.`,
          cause: {
            className: 'org.apache.flink.runtime.messages.FlinkJobNotFoundException',
            message: `Could not find Flink job (${jid})`,
          },
        },
      };
    }
    if (!withSavepoint) {
      this.env.cluster.cancel(job);
      return { kind: 'result', result: okResult() };
    }
    try {
      const dir = cfg['execution.checkpointing.savepoint-dir'] ?? cfg['state.savepoints.dir'];
      const op = this.env.ops.triggerSavepoint(job, {
        stop: true,
        drain,
        ...(dir ? { targetDirectory: dir } : {}),
      });
      return { kind: 'wait', op };
    } catch (e) {
      if (e instanceof TriggerError) {
        return { kind: 'error', error: { className: 'java.lang.IllegalStateException', message: e.message } };
      }
      throw e;
    }
  }

  show(st: Statement): StatementResult {
    const what = /^\s*SHOW\s+(?:FULL\s+)?(\w+)/i.exec(st.text)?.[1]?.toUpperCase() ?? '';
    const prefix = `${this.s.path.catalog}.${this.s.path.database}.`;
    const names = (kind?: 'table' | 'view') =>
      [...this.env.shared.tables.values(), ...this.s.temp.tables.values()]
        .filter((t) => t.fqn.startsWith(prefix) && (!kind || t.kind === kind))
        .map((t) => [t.fqn.slice(prefix.length)]);
    switch (what) {
      case 'TABLES':
        return rowsResult([col('table name', VARCHAR(false))], names());
      case 'VIEWS':
        return rowsResult([col('view name', VARCHAR(false))], names('view'));
      case 'FUNCTIONS':
      case 'USER':
        return rowsResult(
          [col('function name', VARCHAR(false))],
          [...this.env.shared.functions.values(), ...this.s.temp.functions.values()].map((f) => [f.name]),
        );
      case 'CATALOGS':
        return rowsResult([col('catalog name', VARCHAR(false))], [[DEFAULT_CATALOG]]);
      case 'DATABASES':
        return rowsResult([col('database name', VARCHAR(false))], [[DEFAULT_DATABASE]]);
      case 'CURRENT':
        return rowsResult(
          [col('current name', VARCHAR(false))],
          [[/DATABASE/i.test(st.text) ? this.s.path.database : this.s.path.catalog]],
        );
      default:
        return rowsResult([col('result', VARCHAR(false))], []);
    }
  }
}

function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  let quote = false;
  for (const c of text) {
    if (c === "'") quote = !quote;
    if (!quote && c === '(') depth++;
    if (!quote && c === ')') depth--;
    if (!quote && depth === 0 && c === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function literal(text: string): string | number | boolean | undefined {
  const t = text.replace(/\s+AS\s+\S+$/i, '').trim();
  if (/^-?\d+$/.test(t)) return Number(t);
  if (/^'(?:[^']|'')*'$/.test(t)) return t.slice(1, -1).replace(/''/g, "'");
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  return undefined;
}
