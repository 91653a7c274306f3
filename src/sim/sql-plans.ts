/**
 * Compiled plans as Flink's TableEnvironmentImpl runs them: `COMPILE PLAN '<path>' [IF NOT
 * EXISTS] FOR <insert | statement set>` writes a JSON plan to the path (an existing file is
 * loaded with IF NOT EXISTS, refused without it), `EXECUTE PLAN '<path>'` submits the job the
 * file describes. Temporary tables reach a plan by identifier only, so the executing session
 * must have them. The files live in the simulator's file store, which a bounded `SELECT` of a
 * `filesystem`/`raw` table reads back line by line (with the `file.size` metadata column), as
 * the gateway does with `execution.target = local`.
 */
import { analyzeScript } from '../sql/analyze';
import type { Statement } from '../sql/types';
import { qualify } from './catalog';
import type { Config } from './config-keys';
import type { StatementContext } from './sql-context';
import { submitJob } from './sql-jobs';
import { col, type ExecOutcome, okResult, rowsResult, type SimPlanFile, type SqlError } from './sql-model';

const COMPILE = /^\s*COMPILE\s+PLAN\s+'((?:[^']|'')*)'\s*(IF\s+NOT\s+EXISTS\s+)?FOR\s+([\s\S]+?)\s*;?\s*$/i;
const EXECUTE = /^\s*EXECUTE\s+PLAN\s+'((?:[^']|'')*)'\s*;?\s*$/i;

/** Node types the simulated planner writes and loads; a plan naming another one is refused. */
const KNOWN_NODES = new Set([
  'stream-exec-table-source-scan_1',
  'stream-exec-calc_1',
  'stream-exec-group-aggregate_1',
  'stream-exec-sink_1',
]);

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

function planJson(ctx: StatementContext, inserts: Statement[]): string {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const add = (type: string, description: string, from?: number) => {
    const id = nodes.length + 1;
    nodes.push({ id, type, description });
    if (from !== undefined) edges.push({ source: from, target: id, shuffle: { type: 'FORWARD' } });
    return id;
  };
  for (const ins of inserts) {
    const reads = ins.reads.map((r) => qualify(r, ctx.s.path));
    let last: number | undefined;
    for (const r of reads)
      last = add('stream-exec-table-source-scan_1', `TableSourceScan(table=[[${r.replaceAll('.', ', ')}]])`);
    last = add('stream-exec-calc_1', `Calc(${ins.text.replace(/\s+/g, ' ').slice(0, 120)})`, last);
    if (/\bGROUP\s+BY\b/i.test(ins.text)) last = add('stream-exec-group-aggregate_1', 'GroupAggregate', last);
    for (const w of ins.writes)
      add('stream-exec-sink_1', `Sink(table=[[${qualify(w, ctx.s.path).replaceAll('.', ', ')}]])`, last);
  }
  return pretty({ flinkVersion: ctx.env.cluster.version, nodes, edges });
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

export function compilePlan(ctx: StatementContext, text: string): ExecOutcome {
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
    const bad = ctx.checkDml(ins);
    if (bad) return bad;
  }
  files.set(path, { json: planJson(ctx, inserts), inserts });
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
  const index = nodes.findIndex((n) => !KNOWN_NODES.has(n.type ?? ''));
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
  return submitJob(ctx, file.inserts, cfg);
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
