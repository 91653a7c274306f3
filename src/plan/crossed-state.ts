/**
 * Keyed state of the same types restored under other keys or rows: a reordered, moved or recomputed
 * key.
 */

import { splitTopLevel } from '../core/operator-state';
import { type StreamNode, upstreamOf } from '../core/stream-graph';
import { readTables } from './column-changes';
import type { ExplainedJob } from './explained-job';
import { sameWords } from './typed-shape';

/**
 * Why Flink restores a keyed state of the same types and then reads it as other keys' or rows'
 * state, or '' when it does not:
 * - the same columns in another order (GROUP BY a, b → b, a): restored by position, each key and row
 *   read crossed (real 1.20.3: a Top-N over `GROUP BY category, product_id` reordered emitted
 *   product ids as categories);
 * - the key moved to another column that both jobs read (GROUP BY k → GROUP BY v, a join on k → on
 *   v): each key's state is restored under the new column's value;
 * - the key computed from other columns (GROUP BY MOD(k, 5) → MOD(v, 5), or k → MOD(k, 5)): the
 *   state of one value of the old key becomes that of the same value of the new one (real 1.20.3:
 *   group MOD(v, 5) = 2 printed MIN(v) = 0, from the old state of MOD(k, 5) = 2).
 */
export function crossedState(
  [a, n, oldJob]: [string, StreamNode, ExplainedJob],
  [b, twin, newJob]: [string, StreamNode, ExplainedJob],
): string {
  if (a !== b && sameWords(a, b))
    return `its columns are reordered (${a} → ${b}); Flink restores the state by position and reads each key and row with its columns crossed`;
  const [oldColumns, newColumns] = [inputColumns(n, oldJob), inputColumns(twin, newJob)];
  const moved = a !== b ? switchedKey(a, b, oldColumns, newColumns) : '';
  const recomputed = moved ? '' : recomputedKey([a, n, oldJob, oldColumns], [b, twin, newJob, newColumns]);
  const how = moved
    ? `its key is another column now (${moved})`
    : recomputed
      ? `its key is computed otherwise now (${recomputed})`
      : '';
  return how ? `${how}; Flink restores the state and reads each key's state as that of another key` : '';
}

/** The columns (lower case) of the job's tables, computed ones included. */
export function declaredColumns(job: ExplainedJob): Set<string> {
  const out = new Set<string>();
  for (const t of job.tables.values()) {
    for (const c of t.columns.keys()) out.add(c.toLowerCase());
    for (const c of t.computed ?? []) out.add(c);
  }
  return out;
}

/**
 * The column names of a shape's keys (`groupBy=[…]`, `partitionBy=[…]`, `key=[…]`, `joinKey=[…]`,
 * a window deduplication's `partitionKeys=[…]`).
 */
function keyColumns(shape: string): Set<string> {
  const out = new Set<string>();
  for (const m of shape.matchAll(/\b(?:groupBy|partitionBy|partitionKeys|key|joinKey)=\[([^\]]*)\]/g))
    for (const w of m[1]!.match(/\$?[A-Za-z_][\w$]*/g) ?? []) out.add(w.toLowerCase());
  return out;
}

/**
 * `k → v` when the keys of `a` and `b` differ by columns that are all still there on both sides
 * (the old key's column in the new job's tables, the new one's in the old job's): another key, not
 * a renamed one. Empty when the keys are the same, or the difference is a rename.
 */
function switchedKey(a: string, b: string, oldColumns: Set<string>, newColumns: Set<string>): string {
  const [x, y] = [keyColumns(a), keyColumns(b)];
  const gone = [...x].filter((c) => !y.has(c) && oldColumns.has(c));
  const came = [...y].filter((c) => !x.has(c) && newColumns.has(c));
  if (gone.length === 0 || came.length === 0) return '';
  if (!gone.every((c) => newColumns.has(c)) || !came.every((c) => oldColumns.has(c))) return '';
  return `${gone.join(', ')} → ${came.join(', ')}`;
}

/**
 * `g: MOD(k, 5) → MOD(v, 5)` when a key of the same place in both shapes is another expression
 * (one side at least computed by a Calc), over columns both jobs read: another key, not a renamed
 * one. Empty when every key is the same expression, or one names a column only one side has.
 */
function recomputedKey(
  [a, n, oldJob, oldColumns]: [string, StreamNode, ExplainedJob, Set<string>],
  [b, twin, newJob, newColumns]: [string, StreamNode, ExplainedJob, Set<string>],
): string {
  const [x, y] = [[...keyColumns(a)], [...keyColumns(b)]];
  if (x.length === 0 || x.length !== y.length) return '';
  const norm = (e: string) => e.replace(/\s+/g, ' ').trim().toLowerCase();
  const changed: string[] = [];
  for (let i = 0; i < x.length; i++) {
    const [from, to] = [keyExpression(x[i]!, n, oldJob), keyExpression(y[i]!, twin, newJob)];
    if (norm(from) === norm(to) || (from === x[i] && to === y[i])) continue;
    // Words of either expression: columns both jobs read, or SQL words (CAST … AS INT) of neither.
    for (const w of `${from} ${to}`.match(/(?<![\w$])[A-Za-z_][\w$]*(?![\w$])(?!\s*\()/g) ?? []) {
      const c = w.toLowerCase();
      const both = oldColumns.has(c) && newColumns.has(c);
      const keyword = /^[A-Z_]+$/.test(w) && !oldColumns.has(c) && !newColumns.has(c);
      if (!both && !keyword) return '';
    }
    changed.push(from === x[i] && x[i] === y[i] ? `${from} → ${to}` : `${x[i]}: ${from} → ${to}`);
  }
  return changed.join(', ');
}

/**
 * What a key column of `node` is, from the nearest Calc feeding it that computes it
 * (`MOD(k, 5) AS g` → `MOD(k, 5)`), following plain renames; the column itself when none does.
 */
function keyExpression(column: string, node: StreamNode, job: ExplainedJob): string {
  const byId = new Map(job.graph.nodes.map((g) => [g.id, g]));
  let name = column;
  let at: StreamNode | undefined = node;
  for (let hops = 0; at && hops < 16; hops++) {
    const input: StreamNode | undefined = at.inputs.length === 1 ? byId.get(at.inputs[0]!.from) : undefined;
    if (!input || !/^(?:\[\d+\]:)?Calc\(/.test(input.contents)) return name;
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(input.contents)?.[1] ?? '';
    for (const item of splitTopLevel(select)) {
      const m = /^(.*\S)\s+AS\s+(\$?[A-Za-z_][\w$]*)$/s.exec(item.trim());
      if (!m || m[2]!.toLowerCase() !== name.toLowerCase()) continue;
      if (!/^\$?[A-Za-z_][\w$]*$/.test(m[1]!)) return m[1]!;
      name = m[1]!;
    }
    at = input;
  }
  return name;
}

/** The columns of the tables read by `node` and the operators feeding it (lower case). */
function inputColumns(node: StreamNode, job: ExplainedJob): Set<string> {
  const upstream = upstreamOf(node, job.graph).add(node.id);
  const read = readTables(job.graph.nodes.filter((n) => upstream.has(n.id)));
  const out = new Set<string>();
  for (const [name, t] of job.tables) {
    if (read.size > 0 && !read.has(name)) continue;
    for (const [col] of t.columns) out.add(col.toLowerCase());
  }
  return out;
}
