/**
 * What the verdict says of a kept operator: a widened OVER frame, swapped join inputs, another
 * window time column.
 */

import {
  baseName,
  isProcTime,
  operatorKind,
  operatorName,
  patternExtended,
  rowsFrameBecomesRange,
  stateFunction,
  stateShape,
  windowSizeMs,
} from '../core/operator-state';
import { type StreamGraph, type StreamNode, upstreamOf } from '../core/stream-graph';
import { declaredColumns } from './crossed-state';
import { displayName, type ExplainedJob, type VerdictInput } from './explained-job';

/**
 * Whether an event-time OVER window's bounded ROWS frame became a bounded RANGE frame, the rest of
 * its state the same. The RANGE function keeps the same `inputState` rows and `accState`
 * accumulator as the ROWS one, and on its first row retracts the restored rows older than its
 * range: the state is read as its own (real 2.2.0: ROWS 100 → RANGE 1 min restored, and the first
 * count of key 7, 17, was its rows of the last minute, 16 restored and 1 new). The other way the
 * ROWS function finds no row count of its own and retracts nothing until it has counted its frame
 * anew (real 2.2.0: RANGE 1 min → ROWS 10 printed counts up to 48): that stays reshaped. Processing
 * time keeps other state names (not measured): reshaped as well.
 */
export function rowsToRange(a: string, b: string, n: StreamNode, graph: StreamGraph): boolean {
  if (!rowsFrameBecomesRange(a, b)) return false;
  const order = /\borderBy=\[(\$?[A-Za-z_][\w$]*) ASC\]/.exec(n.contents)?.[1];
  return order !== undefined && !isProcTime(order, n, graph);
}

/** ` (ROWS → RANGE frame: …)` for a kept OVER window whose frame widened so; else ''. */
export function overFrameNote(n: StreamNode, twin: StreamNode, input: VerdictInput): string {
  if (operatorName(n) !== 'OverAggregate') return '';
  const [a, b] = [stateShape(n), stateShape(twin)];
  return a !== b && rowsToRange(a, b, n, input.old.graph)
    ? ' (its ROWS frame becomes a RANGE frame: the RANGE function reads the rows and the accumulator kept, and retracts those older than its range)'
    : '';
}

/**
 * ` (…)` for a kept operator whose state is read on in a way worth knowing: a MATCH_RECOGNIZE
 * pattern that gains variables, a window join whose windows change size, a SESSION window computed
 * by the other syntax; else ''.
 */
export function keptNote(n: StreamNode, twin: StreamNode): string {
  const [a, b] = [stateShape(n), stateShape(twin)];
  if (patternExtended(a, b))
    return ' (its pattern gains variables after the old ones: the partial matches kept continue into them)';
  if (operatorName(n) === 'WindowJoin') {
    const size = (x: StreamNode) => /\bleftWindow=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(x.contents)?.[1];
    if (size(n) !== size(twin))
      return ' (its windows change: a window open at the upgrade closes at its old end with the rows kept, and the new windows join only the rows after the upgrade; rows on either side of it are not joined)';
  }
  // The slices stay, the windows grow (HOP 5 s / 10 s → 5 s / 20 s, TUMBLE 10 s → HOP 20 s / 10 s):
  // the old job dropped each slice once its last window had fired, so the first new windows
  // spanning the upgrade miss the slices older than the old windows (real 2.2.0, HOP 5 s / 10 s →
  // 5 s / 20 s at 4 rows a second: the first 20 s windows printed 40 and 52 rows, the later ones
  // 80, less the rows of the restart).
  if (/WindowAggregate$/.test(operatorName(n))) {
    const [from, to] = [windowSizeMs(n.contents), windowSizeMs(twin.contents)];
    if (from !== undefined && to !== undefined && to > from)
      return ' (its windows grow: the first windows after the upgrade may lack slices the old job had already dropped, and then emit partial results)';
  }
  // A Top-N whose order flips keeps the rows the old order ranked: Flink's TopNRecordsCombiner
  // puts only each bundle's first N (by the old order) into a window's state, and the append-only
  // Rank keeps a key's first N. The new order ranks those and the rows read after the upgrade, not
  // every row read.
  if (/^(?:Window)?Rank$/.test(operatorName(n))) {
    const order = (x: StreamNode) => /\borderBy=\[([^\]]*)\]/.exec(x.contents)?.[1];
    if (order(n) !== order(twin))
      return operatorName(n) === 'WindowRank'
        ? ' (its order changes: a window open at the upgrade ranks the rows the old order kept of it, at most N of each bundle read, and the rows read after the upgrade)'
        : ' (its order changes: each key ranks the N rows the old order kept and the rows read after the upgrade, not every row it read)';
  }
  if (baseName(n) !== baseName(twin) && stateFunction(n) === stateFunction(twin))
    return ` (becomes ${displayName(twin)}: the same session window state, and the sessions open at the upgrade go on)`;
  return '';
}

/** The tables a node reads, through every operator upstream of it (`events`; `a, b` for a union). */
function sourceTables(id: number, graph: StreamGraph): string {
  const node = graph.nodes.find((g) => g.id === id);
  if (!node) return '';
  const ids = new Set([id, ...upstreamOf(node, graph)]);
  const tables = graph.nodes
    .filter((g) => ids.has(g.id))
    .map((g) => operatorKind(g))
    .filter((k) => k.kind === 'source' && k.table !== undefined)
    .map((k) => k.table!);
  return [...new Set(tables)].sort().join(', ');
}

/**
 * `events ⋈ clicks → clicks ⋈ events` when a two-input join reads the same tables as before but
 * each input the other's: the left rows a join kept are restored as its left rows, whatever stream
 * the new job feeds there (real 2.2.0: an interval join FROM events JOIN clicks → FROM clicks JOIN
 * events, of the same columns, restored and printed clicks joined with clicks: `+I[1, 1059, 1054]`,
 * a v only clicks have where an event's v was selected). '' otherwise.
 */
export function swappedInputs(
  [n, oldGraph]: [StreamNode, StreamGraph],
  [twin, newGraph]: [StreamNode, StreamGraph],
): string {
  if (!JOINS.has(operatorName(n)) || n.inputs.length !== 2 || twin.inputs.length !== 2) return '';
  const [l, r] = n.inputs.map((e) => sourceTables(e.from, oldGraph));
  const [l2, r2] = twin.inputs.map((e) => sourceTables(e.from, newGraph));
  if (!l || !r || l === r || l !== r2 || r !== l2) return '';
  return `${l} ⋈ ${r} → ${l2} ⋈ ${r2}`;
}

const JOINS = new Set(['Join', 'IntervalJoin', 'TemporalJoin', 'WindowJoin']);

/** Window operators that keep state per window: they assign rows to windows by a time column. */
const WINDOWED = new Set([
  'WindowAggregate',
  'GlobalWindowAggregate',
  'WindowRank',
  'WindowDeduplicate',
  'WindowJoin',
]);

/**
 * The time column(s) a window operator's windows follow: its own `time_col=[ts]` (a one-phase
 * WindowAggregate), else that of the nearest operators feeding it that name one — the
 * LocalWindowAggregate of a two-phase aggregate, whose global side prints only
 * `slice_end=[$slice_end]`; the WindowTableFunction before a window Top-N, deduplication or join.
 */
function windowTimeColumns(n: StreamNode, graph: StreamGraph): string | undefined {
  if (!WINDOWED.has(operatorName(n))) return undefined;
  const byId = new Map(graph.nodes.map((g) => [g.id, g]));
  let level: StreamNode[] = [n];
  const seen = new Set<number>();
  for (let hops = 0; level.length > 0 && hops < 16; hops++) {
    const found = level
      .map((g) => /\btime_col=\[([^\]]*)\]/.exec(g.contents)?.[1]?.trim().toLowerCase())
      .filter((c): c is string => c !== undefined);
    if (found.length > 0) return found.join(', ');
    const next: StreamNode[] = [];
    for (const g of level)
      for (const e of g.inputs) {
        const up = byId.get(e.from);
        if (up && !seen.has(up.id)) {
          seen.add(up.id);
          next.push(up);
        }
      }
    level = next;
  }
  return undefined;
}

/**
 * `ts → ts_b` when a window operator's windows follow another time column, one of the two
 * declared on both sides (the watermark moved to another column); '' when it is the same column,
 * or the column was renamed (neither name in the other job's tables).
 */
export function switchedTimeColumn(
  [n, oldJob]: [StreamNode, ExplainedJob],
  [twin, newJob]: [StreamNode, ExplainedJob],
): string {
  const [from, to] = [windowTimeColumns(n, oldJob.graph), windowTimeColumns(twin, newJob.graph)];
  if (from === undefined || to === undefined || from === to) return '';
  const [oldColumns, newColumns] = [declaredColumns(oldJob), declaredColumns(newJob)];
  const names = (t: string) => t.split(', ');
  const renamed = !names(from).some((c) => newColumns.has(c)) && !names(to).some((c) => oldColumns.has(c));
  return renamed ? '' : `${from} → ${to}`;
}
