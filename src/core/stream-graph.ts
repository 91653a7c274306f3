/**
 * The stream graph Flink's planner builds for a SQL job (`EXPLAIN JSON_EXECUTION_PLAN`, the
 * "Physical Execution Plan" section), and the operator ids Flink gives its nodes.
 *
 * Flink SQL jobs carry no explicit uids (`table.exec.uid.generation` = PLAN_ONLY), so each
 * operator's id — the key its state has in a savepoint — comes from
 * `StreamGraphHasherV2#generateDeterministicHash`: a breadth-first walk from the sources (sorted
 * by node id), where each node hashes its position in the walk once, and once more per chainable
 * output edge, and then folds in its inputs' hashes (`h[j] = h[j] * 37 ^ in[j]`). Chaining needs
 * a single input, a FORWARD edge, equal parallelism and chaining enabled. So ids follow the
 * topology, chaining and parallelism — never the text of a filter or a projection. The one
 * exception is a process table function (Flink 2.1+): its `uid` names its state, whatever the
 * topology (real 2.2.0: `uid => 'cnt1'` ran as vertex murmur3("cnt1") = e016e0a2…).
 */

import { murmur3OfInts, murmur3x64_128, toHex } from './murmur3';

export interface StreamEdge {
  from: number;
  /** Flink's partitioner as printed: FORWARD, HASH, REBALANCE, GLOBAL, BROADCAST... */
  ship: string;
}

export interface StreamNode {
  id: number;
  /** Operator name as the JobManager shows it, e.g. `GroupAggregate[5]`, `Source: orders[1]`. */
  type: string;
  pact: string;
  /** The planner's description, e.g. `[5]:GroupAggregate(groupBy=[city], select=[...])`. */
  contents: string;
  parallelism: number;
  inputs: StreamEdge[];
}

export interface StreamGraph {
  nodes: StreamNode[];
}

export interface HashOptions {
  /** `pipeline.operator-chaining.enabled` (default true). */
  chaining?: boolean;
  /**
   * Sources Flink runs as legacy SourceFunctions (datagen on 1.20 and 2.2): a sink writer (a
   * yielding operator) never chains into a chain such a source heads — seen on real 1.20 and 2.2,
   * where `Source: src -> snk: Writer` runs as two vertices.
   */
  legacySource?: (n: StreamNode) => boolean;
}

/** The JSON after `== Physical Execution Plan ==` in EXPLAIN output; undefined when absent or not JSON. */
export function parseExecutionPlan(explain: string): StreamGraph | undefined {
  const at = explain.indexOf('== Physical Execution Plan ==');
  const text = at >= 0 ? explain.slice(at + '== Physical Execution Plan =='.length) : explain;
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text.slice(start));
  } catch {
    return undefined;
  }
  const raw = (json as { nodes?: unknown }).nodes;
  if (!Array.isArray(raw)) return undefined;
  const nodes: StreamNode[] = [];
  for (const n of raw as Record<string, unknown>[]) {
    if (typeof n.id !== 'number') return undefined;
    const preds = Array.isArray(n.predecessors) ? (n.predecessors as Record<string, unknown>[]) : [];
    nodes.push({
      id: n.id,
      type: String(n.type ?? ''),
      pact: String(n.pact ?? ''),
      contents: String(n.contents ?? ''),
      parallelism: typeof n.parallelism === 'number' ? n.parallelism : 1,
      inputs: preds.map((p) => ({ from: Number(p.id), ship: String(p.ship_strategy ?? '') })),
    });
  }
  return { nodes };
}

/** The ids of the operators `node` reads from, directly or through others. */
export function upstreamOf(node: StreamNode, graph: StreamGraph): Set<number> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const seen = new Set<number>();
  const todo = node.inputs.map((e) => e.from);
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of byId.get(id)?.inputs ?? []) todo.push(e.from);
  }
  return seen;
}

/** Each node's output edges. */
export function outputsOf(graph: StreamGraph): Map<number, { to: number; edge: StreamEdge }[]> {
  const out = new Map<number, { to: number; edge: StreamEdge }[]>();
  for (const n of graph.nodes) out.set(n.id, []);
  // Out-edges in the order Flink adds them: downstream nodes are created (and their input edges
  // added) in ascending id order.
  for (const n of [...graph.nodes].sort((a, b) => a.id - b.id)) {
    for (const e of n.inputs) out.get(e.from)?.push({ to: n.id, edge: e });
  }
  return out;
}

type Chainable = (edge: StreamEdge, target: StreamNode, source: StreamNode) => boolean;

/**
 * `StreamingJobGraphGenerator#isChainable` as it applies to SQL stream graphs: the target has one
 * input, the edge forwards, both ends run at the same parallelism, chaining is on, and a sink
 * writer does not join a chain headed by a legacy source.
 */
function chainRule(graph: StreamGraph, opts: HashOptions): Chainable {
  const chaining = opts.chaining ?? true;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const basic = (edge: StreamEdge, target: StreamNode, source: StreamNode) =>
    chaining &&
    target.inputs.length === 1 &&
    edge.ship === 'FORWARD' &&
    source.parallelism === target.parallelism;
  const legacyHead = (n: StreamNode): boolean => {
    const e = n.inputs[0];
    const up = e ? byId.get(e.from) : undefined;
    if (e && up && n.inputs.length === 1 && basic(e, n, up) && !/: Writer$/.test(n.type))
      return legacyHead(up);
    return n.inputs.length === 0 && (opts.legacySource?.(n) ?? false);
  };
  return (edge, target, source) =>
    basic(edge, target, source) && !(/: Writer$/.test(target.type) && legacyHead(source));
}

/**
 * The uid a SQL operator carries of its own: a process table function's (Flink 2.1+), printed as
 * `uid=[…]` after its invocation. Its `uid => '…'` argument, or for a PTF of set semantics without
 * one the function's name; `null` for a PTF of row semantics without one (no uid: the walk's id).
 * Flink's pattern for it is `[a-zA-Z_][a-zA-Z-_0-9]*`.
 */
export function userUid(node: StreamNode): string | undefined {
  const m =
    /^\[\d+\]:ProcessTableFunction\(invocation=\[.*\)\], uid=\[([A-Za-z_][A-Za-z0-9_-]*)\], select=\[/s.exec(
      node.contents,
    );
  return m && m[1] !== 'null' ? m[1] : undefined;
}

/** Node id → the hex operator id Flink gives it (the key of its state in a savepoint). */
export function operatorIds(graph: StreamGraph, opts: HashOptions = {}): Map<number, string> {
  const chainable = chainRule(graph, opts);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const outs = outputsOf(graph);
  const hashes = new Map<number, Uint8Array>();
  const visited = new Set<number>();
  const queue: StreamNode[] = [];
  for (const n of graph.nodes.filter((x) => x.inputs.length === 0).sort((a, b) => a.id - b.id)) {
    queue.push(n);
    visited.add(n.id);
  }
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    const uid = userUid(node);
    if (uid !== undefined) {
      // `StreamGraphHasherV2#generateUserSpecifiedHash`: the uid's UTF-8 bytes alone, no position
      // and no inputs, hashed as soon as the walk reaches the node.
      hashes.set(node.id, murmur3x64_128(new TextEncoder().encode(uid)));
    } else if (node.inputs.some((e) => !hashes.has(e.from))) {
      // Revisited once another input is hashed (Flink's walk does the same).
      visited.delete(node.id);
      continue;
    } else {
      const position = hashes.size;
      const ints = [position];
      for (const o of outs.get(node.id) ?? []) {
        const target = byId.get(o.to);
        if (target && chainable(o.edge, target, node)) ints.push(position);
      }
      const hash = murmur3OfInts(ints);
      for (const e of node.inputs) {
        const other = hashes.get(e.from)!;
        for (let j = 0; j < hash.length; j++) hash[j] = ((hash[j]! * 37) ^ other[j]!) & 0xff;
      }
      hashes.set(node.id, hash);
    }
    for (const o of outs.get(node.id) ?? []) {
      if (visited.has(o.to)) continue;
      const child = byId.get(o.to);
      if (!child) continue;
      queue.push(child);
      visited.add(o.to);
    }
  }
  return new Map([...hashes].map(([id, h]) => [id, toHex(h)]));
}

/**
 * Chain heads: the node ids whose operator id is also a job vertex id (what the JobManager's REST
 * API lists as vertices). A node heads a chain unless its single input edge is chainable.
 */
export function chainHeads(graph: StreamGraph, opts: HashOptions = {}): number[] {
  const chainable = chainRule(graph, opts);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.nodes
    .filter((n) => {
      const e = n.inputs[0];
      const src = e ? byId.get(e.from) : undefined;
      return !(e && src && chainable(e, n, src));
    })
    .map((n) => n.id);
}
