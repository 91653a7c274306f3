/** Statements that make or touch jobs: INSERT / statement sets / CTAS, SHOW JOBS, DESCRIBE JOB, STOP JOB. */
import { tableKey } from '../core/operator-state';
import type { StreamGraph } from '../core/stream-graph';
import { LineIndex } from '../core/text';
import { isWord, lex } from '../sql/lexer';
import type { Statement } from '../sql/types';
import { type CatalogTable, expandSources, lookupTable, qualify } from './catalog';
import { type Config, parseMapOption } from './config-keys';
import { buildStreamGraph, type TableInfo } from './job-graph';
import { isTerminal, type JobSpec } from './model';
import { TriggerError } from './operations';
import { queryShape, type Rel } from './query-shape';
import { normaliseQuery, type StatementContext } from './sql-context';
import { catalogEntry } from './sql-ddl';
import {
  col,
  type ExecOutcome,
  okResult,
  rowsResult,
  type StatementResult,
  VARCHAR,
  validation,
} from './sql-model';

/** INSERT / statement set / CTAS → one job. */
/**
 * Submits the job of `inserts`. `uidsOf` (EXECUTE PLAN) names the uid of each node of its stream
 * graph, from the compiled plan's ExecNodes.
 */
export function submitJob(
  ctx: StatementContext,
  inserts: Statement[],
  cfg: Config,
  uidsOf?: (graph: StreamGraph) => ReadonlyMap<number, string>,
): ExecOutcome {
  // The planner applies the job's configuration before anything runs: a map option Flink
  // cannot parse fails the statement, not the job.
  const gjp = cfg['pipeline.global-job-parameters'];
  if (gjp !== undefined) {
    try {
      parseMapOption(gjp, ctx.env.cluster.version);
    } catch (e) {
      return {
        kind: 'error',
        error: { className: 'java.lang.IllegalArgumentException', message: (e as Error).message },
      };
    }
  }
  for (const st of inserts) {
    const bad =
      st.kind === 'create_table_as' ? undefined : (ctx.checkDml(st) ?? checkOnConflict(ctx, st, cfg));
    if (bad) return bad;
  }
  const sinks: string[] = [];
  const sources: string[] = [];
  for (const st of inserts) {
    for (const w of st.writes) {
      const q = qualify(w, ctx.s.path);
      if (!sinks.includes(q)) sinks.push(q);
    }
    for (const r of st.reads) {
      for (const src of expandSources(qualify(r, ctx.s.path), ctx.s.temp, ctx.s.catalog)) {
        if (!sources.includes(src)) sources.push(src);
      }
    }
  }
  const { graph, tableOptions } = streamGraphOf(ctx, inserts, cfg);
  const types = new Map<string, string | null>();
  for (const src of sources) {
    for (const c of lookupTable(src, ctx.s.temp, ctx.s.catalog)?.columns ?? []) {
      const name = c.name.toLowerCase();
      const seen = types.get(name);
      types.set(name, seen === undefined || seen === c.type ? c.type : null);
    }
  }
  const columnTypes = Object.fromEntries([...types].filter((e): e is [string, string] => e[1] !== null));
  const spec: JobSpec = {
    name: cfg['pipeline.name'] ?? `insert-into_${sinks.join(',')}`,
    config: cfg,
    sources,
    sinks,
    query: inserts.map((i) => normaliseQuery(i.text)).join('\n'),
    graph,
    tableOptions,
    columnTypes,
    ...(uidsOf ? { uids: uidsOf(graph) } : {}),
  };
  const job = ctx.env.cluster.submit(spec);
  if (job.initFailure)
    return {
      kind: 'error',
      error: {
        className: 'org.apache.flink.table.api.TableException',
        message: 'Failed to execute sql',
        cause: {
          className: 'org.apache.flink.util.FlinkException',
          message: `Failed to execute job '${spec.name}'.`,
          cause: {
            className: 'org.apache.flink.runtime.client.JobInitializationException',
            message: 'Could not start the JobMaster.',
            cause: job.initFailure,
          },
        },
      },
    };
  return {
    kind: 'result',
    result: { ...rowsResult([col('job id', VARCHAR(false))], [[job.jid]]), jobId: job.jid },
  };
}

/** Sinks that always take upserts (INSERT, UPDATE_AFTER, DELETE), whatever the query sends. */
const UPSERT_SINKS = new Set(['upsert-kafka', 'jdbc']);
/** Formats that make a Kafka source a changelog rather than a stream of inserts. */
const CHANGELOG_FORMAT = /debezium|canal|maxwell|ogg/i;

/**
 * Flink 2.3 refuses an INSERT whose upsert key differs from the sink's primary key unless it says
 * ON CONFLICT (`table.exec.sink.require-on-conflict`, on by default, checked when
 * `table.exec.sink.upsert-materialize` is AUTO). Modelled where the simulator can tell the upsert
 * key: an insert-only query (it has none) into an upsert sink with a primary key.
 */
export function checkOnConflict(ctx: StatementContext, st: Statement, cfg: Config): ExecOutcome | undefined {
  if (!ctx.env.features.requireOnConflict || st.kind !== 'insert') return undefined;
  if ((cfg['table.exec.sink.require-on-conflict'] ?? 'true').toLowerCase() === 'false') return undefined;
  if ((cfg['table.exec.sink.upsert-materialize'] ?? 'AUTO').toUpperCase() !== 'AUTO') return undefined;
  const target = st.writes[0];
  const sink = target && lookupTable(qualify(target, ctx.s.path), ctx.s.temp, ctx.s.catalog);
  if (sink?.kind !== 'table' || !sink.primaryKey?.length) return undefined;
  if (!UPSERT_SINKS.has(sink.options?.connector ?? '')) return undefined;
  const tokens = lex(st.text, '<sim>', new LineIndex(st.text)).tokens;
  if (tokens.some((t, i) => isWord(t, 'ON') && isWord(tokens[i + 1], 'CONFLICT'))) return undefined;
  const views = (parts: string[]) => {
    const t = lookupTable(qualify(parts, ctx.s.path), ctx.s.temp, ctx.s.catalog);
    return t?.kind === 'view' ? (t.query ?? `SELECT * FROM ${t.reads[0] ?? 'values'}`) : undefined;
  };
  const appendScan = (parts: string[]): boolean => {
    const t = lookupTable(qualify(parts, ctx.s.path), ctx.s.temp, ctx.s.catalog);
    const o = t?.options ?? {};
    if (o.connector === 'datagen' || o.connector === 'filesystem') return true;
    return o.connector === 'kafka' && !CHANGELOG_FORMAT.test(o['value.format'] ?? o.format ?? '');
  };
  if (!insertOnly(queryShape(st.text, views), appendScan)) return undefined;
  return validation(
    `The query has an upsert key that differs from the primary key of the sink table '${sink.fqn}'. ` +
      `Primary key: [${sink.primaryKey.join(', ')}], upsert key: . This can lead to non-deterministic results when multiple records with different upsert keys map to the same primary key. ` +
      'Please specify an ON CONFLICT clause to define how conflicts should be handled: ON CONFLICT DO DEDUPLICATE (update to the latest record, state intensive, since we need to keep the entire history), or ON CONFLICT DO ERROR (fail on conflict), or ON CONFLICT DO NOTHING (keep first record).',
  );
}

/** Whether a query sends inserts only: windowed, interval and lookup joins do; other state updates. */
function insertOnly(r: Rel, appendScan: (parts: string[]) => boolean): boolean {
  switch (r.kind) {
    case 'scan':
      return appendScan(r.table);
    case 'calc':
    case 'window':
    case 'lookup':
    case 'over':
    case 'ptf':
      return insertOnly(r.input, appendScan);
    case 'agg':
      return r.window !== undefined && insertOnly(r.input, appendScan);
    case 'join':
      return r.interval && insertOnly(r.left, appendScan) && insertOnly(r.right, appendScan);
    case 'union':
      return r.inputs.every((x) => insertOnly(x, appendScan));
    case 'rank':
      return false;
  }
}

/** The stream graph of INSERTs in this session, with the connector options of the tables it names. */
export function streamGraphOf(
  ctx: StatementContext,
  inserts: Statement[],
  cfg: Config,
): { graph: StreamGraph; tableOptions: Record<string, Record<string, string>> } {
  const tableOptions: Record<string, Record<string, string>> = {};
  const table = (parts: string[]): TableInfo | undefined => {
    const fqn = qualify(parts, ctx.s.path);
    const t = lookupTable(fqn, ctx.s.temp, ctx.s.catalog) ?? ctasTable(ctx, inserts, fqn);
    if (t?.kind !== 'table') return undefined;
    tableOptions[tableKey(t.fqn)] = { ...(t.options ?? {}) };
    return {
      fqn: t.fqn,
      columns: t.columns.map((c) => c.name),
      options: t.options ?? {},
      watermark: t.watermark ?? false,
      primaryKey: t.primaryKey ?? [],
    };
  };
  const views = (parts: string[]) => {
    const t = lookupTable(qualify(parts, ctx.s.path), ctx.s.temp, ctx.s.catalog);
    return t?.kind === 'view' ? (t.query ?? `SELECT * FROM ${t.reads[0] ?? 'values'}`) : undefined;
  };
  const graph = buildStreamGraph({
    inserts: inserts.map((st) => ({ sink: st.writes[0]?.parts ?? ['sink'], text: st.text })),
    table,
    views,
    config: cfg,
  });
  return { graph, tableOptions };
}

/**
 * The table a CTAS of `inserts` creates, as it will be created: EXPLAIN plans the job before the
 * table exists (real 2.2.0 explains `Source -> StreamingFileWriter`, `end: Writer` for a filesystem
 * one), so its graph, and the operator ids a restore maps, are those of the job it starts.
 */
function ctasTable(ctx: StatementContext, inserts: Statement[], fqn: string): CatalogTable | undefined {
  const st = inserts.find((i) => i.table?.asQuery && qualify(i.table.name, ctx.s.path) === fqn);
  return st ? catalogEntry(ctx, st, fqn) : undefined;
}

export function jobsTable(ctx: StatementContext, only?: string): StatementResult {
  const rows: unknown[][] = [];
  for (const j of ctx.env.cluster.jobs.values()) {
    if (only && j.jid !== only) continue;
    rows.push([j.jid, j.name, j.state, new Date(j.startTime).toISOString()]);
  }
  return rowsResult(
    [
      col('job id', VARCHAR(false)),
      col('job name', VARCHAR(false)),
      col('status', VARCHAR(false)),
      col('start time', { type: 'TIMESTAMP_WITH_LOCAL_TIME_ZONE', nullable: false, precision: 3 }),
    ],
    rows,
  );
}

export function describeJob(ctx: StatementContext, st: Statement): ExecOutcome {
  const jid = /'([^']*)'/.exec(st.text)?.[1] ?? '';
  if (!ctx.env.cluster.get(jid)) {
    return {
      kind: 'error',
      error: {
        className: 'org.apache.flink.table.api.TableException',
        message: `Failed to describe job ${jid}: the job does not exist.`,
      },
    };
  }
  return { kind: 'result', result: jobsTable(ctx, jid) };
}

export function stopJob(ctx: StatementContext, st: Statement, cfg: Config): ExecOutcome {
  const jid = /'([^']*)'/.exec(st.text)?.[1] ?? '';
  const withSavepoint = /\bWITH\s+SAVEPOINT\b/i.test(st.text);
  const drain = /\bWITH\s+DRAIN\b/i.test(st.text);
  const job = ctx.env.cluster.get(jid);
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
    ctx.env.cluster.cancel(job);
    return { kind: 'result', result: okResult() };
  }
  try {
    const dir = cfg['execution.checkpointing.savepoint-dir'] ?? cfg['state.savepoints.dir'];
    const op = ctx.env.ops.triggerSavepoint(job, {
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
