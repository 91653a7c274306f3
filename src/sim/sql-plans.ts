/**
 * Compiled plans as Flink's TableEnvironmentImpl runs them: `COMPILE PLAN '<path>' [IF NOT
 * EXISTS] FOR <insert | statement set>` writes a JSON plan to the path (an existing file is
 * loaded with IF NOT EXISTS, refused without it), `EXECUTE PLAN '<path>'` submits the job the
 * file describes. Temporary tables reach a plan by identifier only, so the executing session
 * must have them. The files live in the simulator's file store, which a bounded `SELECT` of a
 * `filesystem`/`raw` table reads back line by line (with the `file.size` metadata column), as
 * the gateway does with `execution.target = local`.
 */

import { holdsState, operatorKind } from '../core/operator-state';
import type { StreamGraph, StreamNode } from '../core/stream-graph';
import { analyzeScript } from '../sql/analyze';
import type { Statement } from '../sql/types';
import type { Config } from './config-keys';
import type { StatementContext } from './sql-context';
import { checkOnConflict, streamGraphOf, submitJob } from './sql-jobs';
import { col, type ExecOutcome, okResult, rowsResult, type SimPlanFile, type SqlError } from './sql-model';

const COMPILE = /^\s*COMPILE\s+PLAN\s+'((?:[^']|'')*)'\s*(IF\s+NOT\s+EXISTS\s+)?FOR\s+([\s\S]+?)\s*;?\s*$/i;
const EXECUTE = /^\s*EXECUTE\s+PLAN\s+'((?:[^']|'')*)'\s*;?\s*$/i;

/** Node types the simulated planner writes and loads; a plan naming another one is refused. */

export function isCompilePlan(text: string): boolean {
  return COMPILE.test(text);
}

export function isExecutePlan(text: string): boolean {
  return EXECUTE.test(text);
}

function tableException(message: string, cause?: SqlError): ExecOutcome {
  return {
    kind: 'error',
    error: cause
      ? { className: 'org.apache.flink.table.api.TableException', message, cause }
      : { className: 'org.apache.flink.table.api.TableException', message },
  };
}

/** `file:///p` → `/p` as Flink's Path shows a local file in its messages. */
function shown(path: string): string {
  return path.replace(/^file:\/\//, '');
}

/** Jackson's default pretty printer, as CompiledPlan.writeToFile uses it (` : `, `[ ]`, 2 spaces). */
function pretty(value: unknown, indent = ''): string {
  const next = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[ ]';
    return `[ ${value.map((v) => pretty(v, indent)).join(', ')} ]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{ }';
    return `{\n${entries.map(([k, v]) => `${next}${JSON.stringify(k)} : ${pretty(v, next)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** `GroupAggregate` → `group-aggregate`: the ExecNode kind of a stream-graph operator. */
function execKind(n: StreamNode): string {
  const k = operatorKind(n);
  if (k.kind === 'source') return 'table-source-scan';
  if (k.kind === 'sink') return 'sink';
  return k.name
    .split('(')[0]!
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/**
 * The ExecNodes whose plan entry lists their state (the ones whose state TTL a plan sets), as
 * Flink 1.20 and 2.2 write them; window aggregates and the other keyed operators keep state
 * under their uid all the same, but their entry names none.
 */
const STATE_LISTED = new Set([
  'group-aggregate',
  'global-group-aggregate',
  'incremental-group-aggregate',
  'join',
  'deduplicate',
  'rank',
  'limit',
  'sort-limit',
  'changelog-normalize',
  'sink-materializer',
]);

/**
 * The plan JSON of `inserts`: one ExecNode per operator of the job's stream graph, numbered by the
 * gateway's counter, which runs on across compilations (Flink's does: a second plan starts where
 * the first ended), with the planner's description, the table of a source or sink, and `state`
 * where the operator keeps keyed state.
 */
function planJson(ctx: StatementContext, inserts: Statement[], cfg: Config): string {
  const { graph, tableOptions } = streamGraphOf(ctx, inserts, cfg);
  const idOf = new Map<number, number>();
  const ttl = cfg['table.exec.state.ttl'] ?? '0 ms';
  const nodes = graph.nodes.map((n) => {
    const id = ctx.env.execNodes.next++;
    idOf.set(n.id, id);
    const k = operatorKind(n);
    const kind = execKind(n);
    const table = k.table ? { table: { identifier: `\`${k.table}\`` } } : undefined;
    return {
      id,
      type: `stream-exec-${kind}_1`,
      ...(k.kind === 'source' && table ? { scanTableSource: table } : {}),
      ...(k.kind === 'sink' && table ? { dynamicTableSink: table } : {}),
      ...(holdsState(n, (t) => tableOptions[t]) === 'keyed' && STATE_LISTED.has(kind)
        ? { state: [{ index: 0, ttl, name: `${kind}State` }] }
        : {}),
      description: n.contents.replace(/^\[\d+\]:/, ''),
    };
  });
  const edges = graph.nodes.flatMap((n) =>
    n.inputs.map((e) => ({ source: idOf.get(e.from), target: idOf.get(n.id), shuffle: { type: e.ship } })),
  );
  return pretty({ flinkVersion: ctx.env.cluster.version, nodes, edges });
}

/** EXECUTE PLAN gives each ExecNode's transformation the uid `<id>_<transformation>` (table.exec.uid.format). */
function uidsFrom(file: SimPlanFile): (graph: StreamGraph) => ReadonlyMap<number, string> {
  const nodes = (JSON.parse(file.json) as { nodes?: { id: number; type: string }[] }).nodes ?? [];
  return (graph) => {
    const out = new Map<number, string>();
    graph.nodes.forEach((n, i) => {
      const e = nodes[i];
      if (e) out.set(n.id, `${e.id}_${e.type.replace(/_\d+$/, '').replace(/^stream-exec-/, '')}`);
    });
    return out;
  };
}

/** The INSERTs of the statement after FOR (an INSERT, or `STATEMENT SET BEGIN …; END`). */
function insertsOf(body: string): Statement[] | undefined {
  const text = /^STATEMENT\s+SET\b/i.test(body) ? `EXECUTE ${body}` : body;
  const st = analyzeScript(text, 'statement.sql').statements;
  if (st.length !== 1) return undefined;
  const s = st[0]!;
  if (s.kind === 'insert') return [s];
  if (s.kind === 'statement_set' && s.inner?.length) return s.inner;
  return undefined;
}

export function compilePlan(ctx: StatementContext, text: string, cfg: Config): ExecOutcome {
  const m = COMPILE.exec(text)!;
  const path = m[1]!.replaceAll("''", "'");
  const files = ctx.env.planFiles;
  const existing = files.get(path);
  if (existing) {
    if (m[2]) return loadCheck(path, existing) ?? { kind: 'result', result: okResult() };
    if (ctx.s.properties['table.plan.force-recompile'] !== 'true') {
      return tableException(
        `Cannot overwrite the plan file '${path}'. Either manually remove the file or, if you're debugging your job, set the option 'table.plan.force-recompile' to true.`,
      );
    }
  }
  const inserts = insertsOf(m[3]!);
  if (!inserts)
    return tableException('Unsupported operation to compile. This is a bug, please file an issue.');
  for (const ins of inserts) {
    const bad = ctx.checkDml(ins) ?? checkOnConflict(ctx, ins, cfg);
    if (bad) return bad;
  }
  files.set(path, { json: planJson(ctx, inserts, cfg), inserts });
  return { kind: 'result', result: okResult() };
}

/**
 * What loading a plan file says. Flink 2.2 meets an ExecNode type or version it does not know
 * (`stream-exec-calc_99`) with a NullPointerException inside Jackson's deserialisation of the
 * node list, wrapped as below (recorded from a real 2.2 gateway).
 */
function loadCheck(path: string, file: SimPlanFile): ExecOutcome | undefined {
  let nodes: { type?: string }[] = [];
  try {
    nodes = (JSON.parse(file.json) as { nodes?: { type?: string }[] }).nodes ?? [];
  } catch {
    nodes = [{ type: 'unparseable' }];
  }
  const index = nodes.findIndex((n) => !/^stream-exec-[a-z-]+_1$/.test(n.type ?? ''));
  if (index < 0) return undefined;
  return tableException(`Cannot load Plan from file '${shown(path)}'.`, {
    className: 'org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonMappingException',
    message: `(was java.lang.NullPointerException) (through reference chain: org.apache.flink.table.planner.plan.nodes.exec.serde.JsonPlanGraph["nodes"]->java.util.ArrayList[${index}])`,
    cause: { className: 'java.lang.NullPointerException', message: '' },
  });
}

export function executePlan(ctx: StatementContext, text: string, cfg: Config): ExecOutcome {
  const path = EXECUTE.exec(text)![1]!.replaceAll("''", "'");
  const file = ctx.env.planFiles.get(path);
  if (!file) {
    return tableException('Failed to execute EXECUTE PLAN statement.', {
      className: 'java.io.FileNotFoundException',
      message: `file resource [${path}] not found.`,
    });
  }
  const refused = loadCheck(path, file);
  if (refused) return refused;
  return submitJob(ctx, file.inserts, cfg, uidsFrom(file));
}

/**
 * `SELECT … FROM` a temporary `filesystem` table in `raw` format over a plan file, run locally:
 * its lines, and the file's size when the `file.size` metadata column is asked for.
 */
export function readPlanRows(
  ctx: StatementContext,
  options: Readonly<Record<string, string>>,
  withSize: boolean,
): ExecOutcome | undefined {
  if (options.connector !== 'filesystem' || options.format !== 'raw' || !options.path) return undefined;
  if (ctx.s.properties['execution.target'] !== 'local') return undefined;
  const file = ctx.env.planFiles.get(options.path);
  if (file) file.reads = (file.reads ?? 0) + 1;
  const lines = file ? file.json.split('\n') : [];
  const size = file ? Buffer.byteLength(file.json, 'utf8') : 0;
  const columns = withSize ? [col('line'), col('size', { type: 'BIGINT', nullable: true })] : [col('line')];
  // A job of the gateway's own local cluster: it has an id, the cluster never lists it; its rows
  // come after a first, empty page.
  return {
    kind: 'result',
    result: {
      ...rowsResult(
        columns,
        lines.map((l) => (withSize ? [l, size] : [l])),
        true,
      ),
      jobId: ctx.env.cluster.newId(),
      rowsFromSecondPage: true,
    },
  };
}
