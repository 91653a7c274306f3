/**
 * Columns and functions that changed between the two scripts, and which operators' state they
 * reach.
 */

import { AGGREGATES, operatorName } from '../core/operator-state';
import { type StreamGraph, type StreamNode, upstreamOf } from '../core/stream-graph';
import { escapeRegExp } from '../core/text';
import type { ExplainedJob } from './explained-job';

/**
 * The tables (last name part, lower-case) the nodes scan or look up: a scan's
 * `table=[[cat, db, orders, project=[…]]]`, a lookup join's `table=[cat.db.drivers]`.
 */
export function readTables(nodes: readonly StreamNode[]): Set<string> {
  const out = new Set<string>();
  for (const n of nodes)
    for (const m of n.contents.matchAll(/table=\[(\[?)([^\]]*?)\]/g)) {
      const parts = m[1] ? m[2]!.split(/,\s*/).filter((p) => !p.includes('=')) : m[2]!.split('.');
      const name = m[1] ? parts[Math.min(2, parts.length - 1)] : parts[parts.length - 1];
      if (name) out.add(name.replace(/`/g, '').trim().toLowerCase());
    }
  return out;
}

/** Functions of both scripts created from another class or jar. */
export function changedFunctions(a: ExplainedJob, b: ExplainedJob): string[] {
  if (!a.functions || !b.functions) return [];
  return [...a.functions]
    .filter(([name, def]) => b.functions!.has(name) && b.functions!.get(name) !== def)
    .map(([name]) => name);
}

/** Whether `text` calls the function `name`. */
export function callsFunction(text: string, name: string): boolean {
  return new RegExp(`(?<![\\w$.])${escapeRegExp(name)}\\s*\\(`, 'i').test(text);
}

/** Whether `text` names the column `col` (as a whole word). */
export function mentions(text: string, col: string): boolean {
  return new RegExp(`\\b${escapeRegExp(col)}\\b`, 'i').test(text);
}

/**
 * The part of a state shape a column's nullability reaches: the key of an aggregate, else all. An
 * aggregate keeps only accumulators besides its key, whose types do not follow a column's
 * nullability (real 1.20.3: SUM(v) restores after v INT → INT NOT NULL, GROUP BY k fails after
 * k INT → INT NOT NULL, the key serializer being another RowDataSerializer); operators keeping
 * rows keep them with their types.
 */
export function nullabilityHeld(n: StreamNode, shape: string): string {
  if (!AGGREGATES.has(operatorName(n))) return shape;
  return [...shape.matchAll(/\b(?:groupBy|partitionBy|key|partitionKeys)=\[([^\]]*)\]/g)]
    .map((m) => m[1])
    .join(', ');
}

/**
 * The tables whose columns can reach an operator's state: those read upstream of it on either
 * side; undefined (every table) when the graphs name none, or for a SinkMaterializer, which keeps
 * rows cast to its sink's types. A column of the same name in another table (the sink's `name`
 * made NOT NULL for a primary key) says nothing of the state: real 2.2.0 restored a
 * deduplication keeping `name` after that edit.
 */
export function tablesReaching(
  [n, g]: [StreamNode, StreamGraph],
  [twin, h]: [StreamNode, StreamGraph],
): Set<string> | undefined {
  if (operatorName(n) === 'SinkMaterializer') return undefined;
  const upstream = (x: StreamNode, graph: StreamGraph) => {
    const ids = upstreamOf(x, graph);
    return graph.nodes.filter((m) => ids.has(m.id));
  };
  const read = readTables([...upstream(n, g), ...upstream(twin, h)]);
  return read.size > 0 ? read : undefined;
}

/** Columns of tables in both scripts (of `scope`, when given) that became NOT NULL or nullable. */
export function renulledColumns(a: ExplainedJob, b: ExplainedJob, scope?: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const [table, x] of a.tables) {
    if (scope && !scope.has(table)) continue;
    const y = b.tables.get(table);
    if (!y || !x.notNull || !y.notNull) continue;
    for (const col of x.columns.keys())
      if (y.columns.has(col) && x.notNull.has(col) !== y.notNull.has(col)) out.add(col);
  }
  return [...out];
}

/** Columns of tables in both scripts (of `scope`, when given) whose type changed: state holding them changes shape. */
export function retypedColumns(a: ExplainedJob, b: ExplainedJob, scope?: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const [table, x] of a.tables) {
    if (scope && !scope.has(table)) continue;
    const y = b.tables.get(table);
    if (!y) continue;
    for (const [col, type] of x.columns) {
      const t = y.columns.get(col);
      if (t !== undefined && t !== type) out.add(col);
    }
  }
  return [...out];
}
