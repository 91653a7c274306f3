/**
 * A simulated job's stream graph, built from its SQL the way Flink's planner lays it out, and its
 * job vertices: chain heads with the operator ids Flink's StreamGraphHasherV2 gives them
 * (core/stream-graph.ts). Savepoints are matched against these ids, so an edit restores in the
 * simulator when it would on real Flink.
 *
 * Simplified against real Flink (each decision the same for every query, so plan and restore
 * agree): a source is shared by every statement reading its table; a table with a watermark gets
 * a WatermarkAssigner right after its source; a Calc follows a scan when the SELECT over it has a
 * WHERE or projects anything but `*`, and always follows a regular or interval join (none after
 * an aggregate unless HAVING, none around Rank/Deduplicate, whose projection Flink folds in); a
 * window TVF aggregate is one WindowAggregate (Flink: Local/GlobalWindowAggregate); mini-batch
 * adds MiniBatchAssigner after the sources of a GROUP BY (mode ProcTime), else after each source
 * with a watermark (mode RowTime, whatever the query), and splits a GROUP BY into Local/GlobalGroupAggregate;
 * a primary-keyed sink gets a ConstraintEnforcer, never a SinkMaterializer; a versioned table
 * whose connector cannot look up (not jdbc/hbase) joins as TemporalJoin with both inputs hashed;
 * every operator runs at the job's parallelism, the sink at `sink.parallelism` when set. As in
 * Flink: sink writers are numbered after every other node, and never chain behind datagen's
 * legacy source (real 1.20 and 2.2).
 */
import { legacySourceConnector, operatorKind, tableKey } from '../core/operator-state';
import {
  chainHeads,
  type HashOptions,
  operatorIds,
  type StreamGraph,
  type StreamNode,
} from '../core/stream-graph';
import type { Config } from './config-keys';
import type { SimVertex } from './model';
import { queryShape, type Rel, type ViewQuery } from './query-shape';

/** What the graph needs to know of a table. */
export interface TableInfo {
  fqn: string;
  columns: string[];
  options: Record<string, string>;
  watermark: boolean;
  primaryKey: string[];
}

export interface GraphInput {
  /** Each INSERT: its target table (as written) and its text. */
  inserts: { sink: string[]; text: string }[];
  table: (parts: string[]) => TableInfo | undefined;
  views: ViewQuery;
  config: Config;
}

const LOOKUP_CONNECTORS = /^(jdbc|hbase|redis|mongodb|elasticsearch)/;

export function jobParallelism(cfg: Config): number {
  const table = Number(cfg['table.exec.resource.default-parallelism']);
  if (Number.isFinite(table) && table > 0) return table;
  const p = Number(cfg['parallelism.default']);
  return Number.isFinite(p) && p > 0 ? p : 1;
}

export function chainingEnabled(cfg: Config): boolean {
  const v = cfg['pipeline.operator-chaining.enabled'] ?? cfg['pipeline.operator-chaining'];
  return v?.trim().toLowerCase() !== 'false';
}

/** How Flink chains this job's graph: chaining switch, and which sources are legacy. */
export function hashOptions(
  cfg: Config,
  tableOptions: Record<string, Record<string, string>> = {},
  legacyDefault = false,
): HashOptions {
  return {
    chaining: chainingEnabled(cfg),
    legacySource: (n) => {
      const k = operatorKind(n);
      const options = tableOptions[tableKey(k.table ?? '')];
      return (
        k.kind === 'source' &&
        (options?.connector === undefined ? legacyDefault : legacySourceConnector(options))
      );
    },
  };
}

class Builder {
  readonly nodes: StreamNode[] = [];
  private readonly sources = new Map<string, number>();
  private readonly writers: (() => void)[] = [];
  constructor(
    private readonly input: GraphInput,
    private readonly p: number,
    private readonly miniBatch: boolean,
  ) {}

  /** `plain`: a DataStream operator's node, named as written (the planner's own carry `[id]`). */
  private add(
    type: string,
    contents: string,
    inputs: { from: number; ship: string }[],
    p = this.p,
    plain = false,
  ): number {
    const id = this.nodes.length + 1;
    if (plain) {
      this.nodes.push({ id, type, pact: 'Operator', contents: type, parallelism: p, inputs });
      return id;
    }
    this.nodes.push({
      id,
      type: type.endsWith(': Writer') ? type.replace(/: Writer$/, `[${id}]: Writer`) : `${type}[${id}]`,
      pact: type.startsWith('Source: ')
        ? 'Data Source'
        : type.startsWith('Sink: ')
          ? 'Data Sink'
          : 'Operator',
      contents: type.endsWith(': Writer')
        ? type.replace(/: Writer$/, `[${id}]: Writer`)
        : `[${id}]:${contents}`,
      parallelism: p,
      inputs,
    });
    return id;
  }

  private info(parts: string[]): TableInfo {
    const found = this.input.table(parts);
    const name = parts.join('.');
    return found ?? { fqn: name, columns: [], options: {}, watermark: false, primaryKey: [] };
  }

  /** Node ids whose output the next operator reads (several for a UNION ALL). */
  rel(r: Rel, useMiniBatch: MiniBatch): number[] {
    const fwd = (ids: number[]) => ids.map((from) => ({ from, ship: 'FORWARD' }));
    const hash = (ids: number[]) => ids.map((from) => ({ from, ship: 'HASH' }));
    switch (r.kind) {
      case 'scan':
        return [this.scan(r.table, useMiniBatch)];
      case 'calc':
        return this.rel(r.input, useMiniBatch).map((id) =>
          this.add('Calc', `Calc(select=[${r.select}]${r.where ? `, where=[${r.where}]` : ''})`, fwd([id])),
        );
      case 'window':
        return this.rel(r.input, useMiniBatch);
      case 'union':
        return r.inputs.flatMap((x) => this.rel(x, useMiniBatch));
      case 'agg': {
        const ins = this.rel(r.input, useMiniBatch);
        const keys = r.groupBy.join(', ');
        const select = [...r.groupBy, ...r.aggs.map((a, i) => `${a} AS EXPR$${i}`)].join(', ');
        let out: number;
        if (r.window) {
          out = this.add(
            'WindowAggregate',
            `WindowAggregate(groupBy=[${keys}], window=[${r.window.fn}(size=[${r.window.size}])], select=[${select}])`,
            hash(ins),
          );
        } else if (this.miniBatch) {
          const local = ins.map((id) =>
            this.add(
              'LocalGroupAggregate',
              `LocalGroupAggregate(groupBy=[${keys}], select=[${select}])`,
              fwd([id]),
            ),
          );
          out = this.add(
            'GlobalGroupAggregate',
            `GlobalGroupAggregate(groupBy=[${keys}], select=[${select}])`,
            hash(local),
          );
        } else {
          out = this.add(
            'GroupAggregate',
            `GroupAggregate(groupBy=[${keys}], select=[${select}])`,
            hash(ins),
          );
        }
        return r.having ? [this.add('Calc', `Calc(select=[*], where=[${r.having}])`, fwd([out]))] : [out];
      }
      case 'join': {
        const left = this.rel(r.left, useMiniBatch);
        const right = this.rel(r.right, useMiniBatch);
        const cols = [...this.columnsOf(r.left), ...this.columnsOf(r.right)].join(', ');
        const op = r.interval ? 'IntervalJoin' : 'Join';
        const join = this.add(
          op,
          `${op}(joinType=[${r.type}], where=[${r.on}], select=[${cols}]${r.interval ? '' : ', leftInputSpec=[NoUniqueKey], rightInputSpec=[NoUniqueKey]'})`,
          hash([...left, ...right]),
        );
        return [this.add('Calc', 'Calc(select=[*])', fwd([join]))];
      }
      case 'lookup': {
        const ins = this.rel(r.input, useMiniBatch);
        const dim = this.info(r.table);
        const table = dim.fqn.split('.');
        if (LOOKUP_CONNECTORS.test(dim.options.connector ?? '')) {
          return ins.map((id) =>
            this.add(
              'LookupJoin',
              `LookupJoin(table=[${table.join('.')}], joinType=[${r.type}], lookup=[${r.on}])`,
              fwd([id]),
            ),
          );
        }
        const versioned = this.scan(r.table, useMiniBatch);
        const join = this.add(
          'TemporalJoin',
          `TemporalJoin(joinType=[${r.type}], where=[${r.on}], select=[${dim.columns.join(', ')}])`,
          hash([...ins, versioned]),
        );
        return [join];
      }
      case 'rank': {
        const ins = this.rel(r.input, useMiniBatch);
        return [
          r.dedup
            ? this.add(
                'Deduplicate',
                `Deduplicate(keep=[${/DESC/i.test(r.orderBy) ? 'LastRow' : 'FirstRow'}], key=[${r.partitionBy}], order=[${r.orderBy.replace(/\s+(ASC|DESC)$/i, '')}])`,
                hash(ins),
              )
            : this.add(
                'Rank',
                `Rank(strategy=[AppendFastStrategy], rankType=[ROW_NUMBER], rankRange=[rankStart=1, rankEnd=${r.end}], partitionBy=[${r.partitionBy}], orderBy=[${r.orderBy}])`,
                hash(ins),
              ),
        ];
      }
      case 'over': {
        const ins = this.rel(r.input, useMiniBatch);
        return [
          this.add(
            'OverAggregate',
            `OverAggregate(partitionBy=[${r.partitionBy}], orderBy=[${r.orderBy}], select=[${r.aggs.join(', ')}])`,
            hash(ins),
          ),
        ];
      }
      case 'ptf': {
        // As real 2.2 prints it: keyed by the partition columns, its state named by `uid=[…]`
        // (core/stream-graph.ts gives the operator the id of that uid).
        const ins = this.rel(r.input, useMiniBatch);
        const uidArg = r.uid !== undefined ? `_UTF-16LE'${r.uid}'` : 'DEFAULT()';
        const partition = r.partitionBy !== undefined ? ` PARTITION BY(${r.partitionBy})` : '';
        return [
          this.add(
            'ProcessTableFunction',
            `ProcessTableFunction(invocation=[${r.fn}(TABLE(#0)${partition}, DEFAULT(), ${uidArg})], uid=[${r.uid ?? 'null'}], select=[*], rowType=[RecordType()])`,
            r.partitionBy !== undefined ? hash(ins) : fwd(ins),
          ),
        ];
      }
    }
  }

  private columnsOf(r: Rel): string[] {
    if (r.kind === 'scan') return this.info(r.table).columns;
    if (r.kind === 'calc' || r.kind === 'window') return this.columnsOf(r.input);
    return [];
  }

  private scan(parts: string[], miniBatch: MiniBatch): number {
    const t = this.info(parts);
    const key = `${t.fqn}|${miniBatch}`;
    const known = this.sources.get(key);
    if (known !== undefined) return known;
    const name = t.fqn.split('.');
    let id = this.add(
      `Source: ${name[name.length - 1]}`,
      `TableSourceScan(table=[[${name.join(', ')}]], fields=[${t.columns.join(', ')}])`,
      [],
    );
    if (t.watermark)
      id = this.add('WatermarkAssigner', 'WatermarkAssigner(rowtime=[])', [{ from: id, ship: 'FORWARD' }]);
    if (miniBatch === 'ProcTime' || (miniBatch === 'RowTime' && t.watermark))
      id = this.add('MiniBatchAssigner', `MiniBatchAssigner(mode=[${miniBatch}])`, [
        { from: id, ship: 'FORWARD' },
      ]);
    this.sources.set(key, id);
    return id;
  }

  sink(parts: string[], ins: number[]): void {
    const t = this.info(parts);
    const name = t.fqn.split('.').pop()!;
    let outs = ins;
    if (t.primaryKey.length > 0) {
      outs = [
        this.add(
          'ConstraintEnforcer',
          `ConstraintEnforcer[NotNullEnforcer(fields=[${t.primaryKey.join(', ')}])]`,
          outs.map((from) => ({ from, ship: 'FORWARD' })),
        ),
      ];
    }
    const sp = Number(t.options['sink.parallelism']);
    const p = Number.isFinite(sp) && sp > 0 ? sp : this.p;
    const ship = p === this.p ? 'FORWARD' : t.primaryKey.length > 0 ? 'HASH' : 'REBALANCE';
    const legacy = t.options.connector === 'print';
    const edges = outs.map((from) => ({ from, ship }));
    if (t.options.connector === 'filesystem') {
      // Flink's StreamingSink: a writer operator, then a discarding sink named `end` at parallelism 1.
      const writer = this.add('StreamingFileWriter', '', edges, p, true);
      // Named `end: Writer`, without an id (real 1.20.3 and 2.2.0), as a DataStream sink.
      this.writers.push(() => this.add('end: Writer', '', [{ from: writer, ship: 'REBALANCE' }], 1, true));
      return;
    }
    const contents = `Sink(table=[${t.fqn}], fields=[${t.columns.join(', ')}])`;
    // Flink numbers a sink writer's node after every other node of the job.
    if (legacy) this.add(`Sink: ${name}`, contents, edges, p);
    else this.writers.push(() => this.add(`${name}: Writer`, contents, edges, p));
  }

  finish(): void {
    for (const w of this.writers) w();
  }
}

/** Mini-batch of a query: off, or the mode of its MiniBatchAssigner. */
type MiniBatch = false | 'ProcTime' | 'RowTime';

/** Whether the query has a GROUP BY (not a window TVF aggregate): mini-batch buffers it in processing time. */
function hasGroupAggregate(r: Rel): boolean {
  switch (r.kind) {
    case 'scan':
      return false;
    case 'agg':
      return !r.window || hasGroupAggregate(r.input);
    case 'join':
      return hasGroupAggregate(r.left) || hasGroupAggregate(r.right);
    case 'union':
      return r.inputs.some(hasGroupAggregate);
    default:
      return hasGroupAggregate(r.input);
  }
}

/** The stream graph of a job made of these INSERTs (one graph for a statement set). */
export function buildStreamGraph(input: GraphInput): StreamGraph {
  const cfg = input.config;
  const columns = (parts: string[]) => input.table(parts)?.columns;
  const rels = input.inserts.map((i) => ({ sink: i.sink, rel: queryShape(i.text, input.views, columns) }));
  const miniBatch = cfg['table.exec.mini-batch.enabled']?.trim().toLowerCase() === 'true';
  const b = new Builder(input, jobParallelism(cfg), miniBatch);
  // Real 1.20.3: a GROUP BY gets a MiniBatchAssigner of mode ProcTime after its sources; any other
  // query one of mode RowTime after each source with a watermark (a window aggregate, a window
  // Top-N, an interval join, an OVER window, even a filter), none after a source without.
  for (const { sink, rel } of rels)
    b.sink(sink, b.rel(rel, miniBatch ? (hasGroupAggregate(rel) ? 'ProcTime' : 'RowTime') : false));
  b.finish();
  return { nodes: b.nodes };
}

/**
 * Job vertices: one per chain, named as the JobManager names it (`Source: src[1] -> Calc[2]`),
 * with the chain head's operator id.
 */
export function buildVertices(graph: StreamGraph, opts: HashOptions, maxParallelism: number): SimVertex[] {
  const ids = operatorIds(graph, opts);
  const heads = new Set(chainHeads(graph, opts));
  const headOf = new Map<number, number>();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const find = (n: StreamNode): number => {
    if (heads.has(n.id)) return n.id;
    const known = headOf.get(n.id);
    if (known !== undefined) return known;
    const h = find(byId.get(n.inputs[0]!.from)!);
    headOf.set(n.id, h);
    return h;
  };
  // The operators chained after each one, in the order Flink adds their edges (node order).
  const next = new Map<number, number[]>();
  for (const n of graph.nodes)
    if (!heads.has(n.id)) {
      const from = n.inputs[0]!.from;
      next.set(from, [...(next.get(from) ?? []), n.id]);
    }
  // Flink's chained name: `a -> b`, and a fork's branches in parentheses, `a -> (b -> c, d)`.
  const chained = (id: number): string => {
    const after = (next.get(id) ?? []).map(chained);
    const own = byId.get(id)!.type;
    if (after.length === 0) return own;
    return after.length === 1 ? `${own} -> ${after[0]}` : `${own} -> (${after.join(', ')})`;
  };
  const chainOf = new Set<number>();
  for (const n of graph.nodes) chainOf.add(find(n));
  return [...chainOf].map((h) => ({
    id: ids.get(h)!,
    name: chained(h),
    parallelism: byId.get(h)!.parallelism,
    maxParallelism,
  }));
}

/** The graph as Flink prints it under `== Physical Execution Plan ==`. */
export function executionPlanJson(graph: StreamGraph): string {
  const nodes = graph.nodes.map((n) => ({
    id: n.id,
    type: n.type,
    pact: n.pact,
    contents: n.contents,
    parallelism: n.parallelism,
    ...(n.inputs.length > 0
      ? { predecessors: n.inputs.map((e) => ({ id: e.from, ship_strategy: e.ship, side: 'second' })) }
      : {}),
  }));
  // Jackson's pretty printer, as Flink uses it: `"key" : value`, two-space indent.
  return JSON.stringify({ nodes }, null, 2).replace(/"([^"]+)": /g, '"$1" : ');
}
