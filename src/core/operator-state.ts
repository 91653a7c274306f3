/**
 * Which operators of a Flink SQL stream graph keep state in a savepoint, and what defines that
 * state's shape. One rule for the plan's state verdict (plan/state-verdict.ts) and for the
 * simulator's savepoints and restores (sim/), so an offline test of one agrees with the other.
 */

import { parseDurationMs } from './duration';
import { atLeast, parseFlinkVersion } from './flink-version';
import { type StreamGraph, type StreamNode, upstreamOf } from './stream-graph';
import { escapeRegExp } from './text';

export type Holds = 'keyed' | 'operator' | 'none' | 'unknown';

/** The aggregates: keyed state of accumulators (per group, or per window and group). */
export const AGGREGATES: ReadonlySet<string> = new Set([
  'GroupAggregate',
  'GlobalGroupAggregate',
  'IncrementalGroupAggregate',
  'GroupWindowAggregate',
  'GlobalWindowAggregate',
  'WindowAggregate',
  'PythonGroupAggregate',
  'PythonGroupWindowAggregate',
]);

/** Operators whose state is keyed (per key group), by the name Flink gives them. */
const KEYED = new Set([
  ...AGGREGATES,
  'OverAggregate',
  'Join',
  'IntervalJoin',
  'TemporalJoin',
  'WindowJoin',
  'MultiJoin',
  'Deduplicate',
  'WindowDeduplicate',
  'Rank',
  'WindowRank',
  'Limit',
  'SortLimit',
  'Sort',
  'TemporalSort',
  'ChangelogNormalize',
  'SinkMaterializer',
  'Match',
  'KeyedLookupJoin',
  'ProcessTableFunction',
  'PythonOverAggregate',
]);
/** Whether an operator of this name (`GlobalWindowAggregate`, `IntervalJoin`) keeps keyed state. */
export function isKeyedOperator(name: string): boolean {
  return KEYED.has(name);
}

/** Operators that keep nothing in a savepoint. */
const STATELESS = new Set([
  'Calc',
  'Correlate',
  'WatermarkAssigner',
  'ConstraintEnforcer',
  'LocalGroupAggregate',
  'LocalWindowAggregate',
  'MiniBatchAssigner',
  'Expand',
  'Union',
  'DropUpdateBefore',
  'LookupJoin',
  'WindowTableFunction',
  'PythonCalc',
  'PythonCorrelate',
  'Values',
  'StreamRecordTimestampInserter',
  'RowKindSetter',
]);
/**
 * The operators of the filesystem connector's streaming sink (Flink's StreamingSink): its writer
 * keeps in-progress files and pending commits, its compaction and partition-commit steps their
 * own progress, all as operator state.
 */
const FILE_SINK = new Set([
  'StreamingFileWriter',
  'streaming-writer',
  'compact-coordinator',
  'compact-operator',
  'PartitionCommitter',
]);
/**
 * The operators of an Apache Paimon table's sink, as Paimon 1.2.0 names them on Flink 1.20.3
 * (`Writer : orders`, `Compact Coordinator: log`, `Compact Worker: log`, `Global Committer : orders`):
 * the writers keep their commit user and pending files, the committer what it has not committed,
 * all as operator state (a restore that finds no operator with one's id fails without
 * allowNonRestoredState). The discarding sink after them is `end: Writer`.
 */
const PAIMON_SINK = /^(?:Writer|Compact Coordinator|Compact Worker|Global Committer) ?: \S/;
/** The discarding sink named `end` that closes the filesystem connector's streaming sink. */
const FILE_SINK_END = 'end';
/** Source connectors whose readers keep no state (datagen, unless it counts a sequence). */
const STATELESS_SOURCES = new Set(['datagen', 'values']);
/** Sink connectors whose writers keep nothing in a savepoint. */
const STATELESS_SINKS = new Set(['blackhole', 'print', 'jdbc', 'elasticsearch-7', 'values']);

/**
 * Flink CDC's connectors with an incremental snapshot (a FLIP-27 Source, on by default in 3.x but
 * for those below): with `scan.incremental.snapshot.enabled: false` each runs Debezium as a legacy
 * SourceFunction.
 */
const INCREMENTAL_CDC = new Set([
  'mysql-cdc',
  'postgres-cdc',
  'oracle-cdc',
  'sqlserver-cdc',
  'db2-cdc',
  'mongodb-cdc',
]);

/**
 * Flink CDC's connectors whose incremental snapshot is off unless the table asks for it: postgres-cdc
 * 3.5.0 defaults `scan.incremental.snapshot.enabled` to false (its PostgresSourceOptions; on real
 * 1.20.3 such a job's sink writer heads a vertex of its own, as behind any legacy source).
 */
const INCREMENTAL_OPT_IN = new Set(['postgres-cdc']);

/**
 * Whether a table's source runs as a legacy SourceFunction rather than a FLIP-27 Source: datagen
 * (1.20, 2.2), and a CDC source without its incremental snapshot (postgres-cdc 3.5.0 on 1.20.3).
 * Flink's plans do not show it, and it matters twice: a sink writer does not chain into a chain
 * such a source heads, and the two kinds keep their state (offsets, splits) under other names.
 */
export function legacySourceConnector(options: Readonly<Record<string, string>> | undefined): boolean {
  const connector = options?.connector;
  if (connector === 'datagen') return true;
  if (connector === undefined || !INCREMENTAL_CDC.has(connector)) return false;
  const incremental = options?.['scan.incremental.snapshot.enabled']?.trim().toLowerCase();
  return INCREMENTAL_OPT_IN.has(connector) ? incremental !== 'true' : incremental === 'false';
}

/** `GroupAggregate[5]` → `GroupAggregate`; `Source: orders[1]` → `Source: orders`. */
export function baseName(n: StreamNode): string {
  return n.type.replace(/\[\d+\]/g, '').trim();
}

/** The operator's name alone, without its arguments: `GroupAggregate` of `GroupAggregate(groupBy=[k], …)`. */
export function operatorName(n: StreamNode): string {
  return baseName(n).split('(')[0]!.trim();
}

export function operatorKind(n: StreamNode): {
  kind: 'source' | 'sink' | 'op';
  name: string;
  table?: string;
} {
  const name = baseName(n);
  if (name.startsWith('Source: ')) {
    // `table=[[catalog, database, name, metadata=[timestamp], watermark=[…]]]`: the name is the third
    // part, whatever the scan's pushed-down abilities print after it.
    const m = /table=\[\[([^\]]*)\]/.exec(n.contents);
    const parts = m?.[1]?.split(',') ?? [];
    const table = (parts.length >= 3 ? parts[2]! : (parts.at(-1) ?? name.slice('Source: '.length))).trim();
    return { kind: 'source', name, table };
  }
  const writer = /^(.*?): (Writer|Committer|Global Committer)$/.exec(name);
  if (writer) return { kind: 'sink', name, table: writer[1]! };
  if (name.startsWith('Sink: ')) return { kind: 'sink', name, table: name.slice('Sink: '.length) };
  return { kind: 'op', name };
}

/** A table's last name part, lower case: how graphs name tables. */
export const tableKey = (t: string) => (t.split('.').pop() ?? t).replace(/`/g, '').toLowerCase();

/**
 * What `n` keeps in a savepoint. `optionsOf` gives a table's connector options by `tableKey`
 * (undefined: not known, so neither is whether its source or sink keeps state).
 */
export function holdsState(
  n: StreamNode,
  optionsOf: (table: string) => Readonly<Record<string, string>> | undefined,
): Holds {
  const k = operatorKind(n);
  if (k.kind === 'op') {
    const op = operatorName(n);
    if (KEYED.has(op)) return 'keyed';
    if (STATELESS.has(op)) return 'none';
    if (FILE_SINK.has(op) || PAIMON_SINK.test(op)) return 'operator';
    return 'unknown';
  }
  const options = optionsOf(tableKey(k.table ?? ''));
  if (k.kind === 'sink' && options === undefined && k.table === FILE_SINK_END) return 'none';
  return connectorHolds(k.kind, options);
}

/** What a source reader or sink writer keeps in a savepoint, by its table's connector options. */
export function connectorHolds(
  kind: 'source' | 'sink',
  options: Readonly<Record<string, string>> | undefined,
): Holds {
  const connector = options?.connector;
  if (connector === undefined) return 'unknown';
  if (kind === 'sink') return STATELESS_SINKS.has(connector) ? 'none' : 'operator';
  if (connector === 'datagen') {
    const sequence = Object.entries(options!).some(
      ([key, v]) => /^fields\..+\.kind$/.test(key) && v.toLowerCase() === 'sequence',
    );
    return sequence ? 'operator' : 'none';
  }
  return STATELESS_SOURCES.has(connector) ? 'none' : 'operator';
}

/** The planner's description without the `[n]:` prefix and output aliases: what defines the state. */
export function stateShape(n: StreamNode, graph?: StreamGraph): string {
  let s = n.contents.replace(/^\[\d+\]:/, '');
  // A window Top-N keeps its input rows; the rank number it appends to them is not state: real
  // 2.2.0, rn no longer selected restored, and the window open at the upgrade, all of whose rows
  // the old job had read, printed its top 3 from the rows restored.
  if (graph && /^\s*WindowRank\(/.test(s)) s = withoutRankNumber(s, n, graph);
  // Aliases name outputs, not state.
  s = s.replace(/\s+AS\s+[^,\])]+/g, '');
  // A join's state is keyed by its equi-join key, which only its condition names: the key stays
  // in the shape when the rest of the condition (interval bounds, other predicates) goes below.
  // Joining on a key of another type fails the restore (1.20.3: "The new key serializer … must be
  // compatible with the previous key serializer").
  if (/^\s*(?:Join|IntervalJoin|TemporalJoin|WindowJoin)\(/.test(s)) {
    const where = /\bwhere=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(s)?.[1];
    const keys = where === undefined ? [] : joinKeys(where);
    if (keys.length > 0) s = s.replace(/\)\s*$/, `, joinKey=[${keys.join(', ')}])`);
  }
  // A window join keeps each side's rows per window and joins them when the window fires, in one
  // state whatever the join type: INNER ↔ LEFT ↔ FULL restores, and the windows open at the upgrade
  // are joined the new way (real 1.20.3). The select list stays: a semi join keeps other rows.
  if (/^\s*WindowJoin\(/.test(s)) s = s.replace(/,?\s*joinType=\[[^\]]*\]/, '');
  // An event-time temporal join is one function (TemporalRowTimeJoinOperator) whether INNER or
  // LEFT: the left rows waiting for the watermark and the versions of the right side, with no flag
  // of rows joined; a LEFT join only emits the unmatched ones padded. INNER ↔ LEFT restores and
  // joins the restored rows the new way (real 2.2.0: restored, no exception, rows right).
  if (/^\s*TemporalJoin\(/.test(s)) s = s.replace(/,?\s*joinType=\[(?:InnerJoin|LeftOuterJoin)\]/, '');
  // An OVER window's frame picks Flink's function, and so what its state means: an unbounded frame
  // (ROWS or RANGE) keeps the running accumulator and the rows not yet emitted, a bounded RANGE
  // frame the rows within the range, a bounded ROWS frame those rows and a row count, under the
  // same state names and types. Restored into another frame the state is read as the other's
  // (real 1.20.3: RANGE 30 s → UNBOUNDED re-emitted the kept rows and counted them twice;
  // UNBOUNDED → ROWS 5 PRECEDING counted 22 rows). The frame's size is not state (10 s → 30 s).
  // One way is read right: an event-time ROWS frame becoming a RANGE one (plan/kept-notes.ts).
  if (/^\s*OverAggregate\(/.test(s)) {
    s = s.replace(
      /\bwindow=\[\s*(ROWS|RANG\w*)\s+BETWEEN\s+(\S+)\s+PRECEDING[^\]]*\]/,
      (_m, unit: string, from: string) =>
        `frame=[${from === 'UNBOUNDED' ? 'UNBOUNDED' : unit === 'ROWS' ? 'ROWS' : 'RANGE'}]`,
    );
  }
  // A window aggregate keeps one accumulator per key and slice, under the slice's end: the slice is
  // the TUMBLE size, the CUMULATE step, the greatest common divisor of a HOP's size and slide. With
  // another slice the new job reads an old slice's end as one of its own: real 2.2.0, TUMBLE
  // 10 s → 20 s, restored and printed a window [16:59:10, 16:59:30) no 20 s TUMBLE has, holding the
  // counts of the 10 s slice open at the upgrade. The slice (and offset) stays in the shape; the
  // window size alone does not (HOP 5 s / 10 s → 5 s / 20 s keeps 5 s slices).
  if (/^\s*(?:Local|Global)?WindowAggregate\(/.test(s)) {
    s = s.replace(/\bwindow=\[((?:[^[\]]|\[[^\]]*\])*)\]/, (m, spec: string) => {
      const slice = windowSlice(spec);
      const offset = /\boffset=\[([^\]]*)\]/.exec(spec)?.[1];
      if (slice === undefined) return m;
      const size = slice % 1000 === 0 ? `${slice / 1000} s` : `${slice} ms`;
      return `slice=[${size}${offset ? `, offset ${offset}` : ''}]`;
    });
  }
  // A window join keeps each side's rows under the window end the rows carry (WindowJoinOperator:
  // `left-records`, `right-records`, namespace the window end), and joins them when that end's
  // timer fires: the window's size is not state. Real 2.2.0, TUMBLE 10 s → 20 s: restored, the
  // windows open at the upgrade closed at their old ends holding the rows kept ([…:20, …:30) 389
  // rows, […:30, …:40) 48), and the 20 s windows joined only the rows after the upgrade.
  if (/^\s*WindowJoin\(/.test(s))
    s = s.replace(/\b(leftWindow|rightWindow)=\[(\w+)\((?:[^[\]]|\[[^\]]*\])*\)\]/g, '$1=[$2]');
  // A SESSION window keeps the same state whether a window TVF aggregate or a legacy GROUP BY
  // SESSION computes it: one MergingWindowProcessFunction, of `window-aggs` and
  // `session-window-mapping` by TimeWindow, and `window-timers`. Real 2.2.0: TVF → legacy restored,
  // and a session open at the upgrade took the new job's rows (`[2, …18:25.478, …19:31.514, 21, 230]`).
  // The window properties the legacy one selects (start, end, rowtime, proctime) are not state.
  if (SESSION_WINDOW.test(s)) {
    s = s
      .replace(/^(\s*)(?:Group)?WindowAggregate\(/, '$1SessionWindowAggregate(')
      .replace(/,?\s*properties=\[[^\]]*\]/, '');
  }
  // A window aggregate computes the window properties it selects (window_start, window_end,
  // window_time) from the window when it fires; only its accumulators are state. Real 2.2.0:
  // window_time added to a TUMBLE aggregate's output restored, and the window open at the upgrade
  // counted the rows from before it and after it.
  if (/^\s*(?:Local|Global|Group|Session)?WindowAggregate\(/.test(s))
    s = s.replace(/,\s*(?:start|end|rowtime|proctime)\('w\$\)/g, '');
  // Other window sizes, interval bounds and emit strategies change when rows are emitted, not what
  // a key or accumulator holds; ids and positions of nodes are not state either.
  // Top-N bounds likewise: the rank state keeps the same rows per key, only more or fewer of them.
  s = s.replace(
    /,?\s*(?:window|windowBounds|emit|windowing|where|rankRange)=\[(?:[^[\]]|\[[^\]]*\])*\]/g,
    '',
  );
  // MATCH_RECOGNIZE keeps, per partition key, the input rows it buffers (the whole input row) and
  // the partial matches by pattern variable. What a match computes (MEASURES), the conditions
  // (DEFINE) and where the next match starts (AFTER MATCH, rows per match) are code, not state:
  // Flink restores the savepoint after a change to any of them (seen on 2.2). The pattern stays:
  // partial matches are kept under its variables' names.
  if (/^\s*Match\(/.test(s)) {
    s = s.replace(/,?\s*(?:measures|define|rowsPerMatch|after)=\[(?:[^[\]]|\[[^\]]*\])*\]/g, '');
  }
  // A row-time deduplication keeps the same state per key (the row it holds) whether it keeps the
  // first or the last row, so Flink restores one into the other (seen on 1.20 and 2.2; from 2.1 on
  // the insert-only keep-first is another function, of other state names: keyedStateNames). In processing
  // time the first row is kept as a flag and the last as the row: there `keep` stays in the shape.
  // A window deduplication (row time only) keeps one row per key and window either way too: keep
  // first → keep last restored on real 2.2.0, and the window's later rows replace the kept one.
  if (/^\s*(?:Window)?Deduplicate\(/.test(s) && /\border=\[ROWTIME\]/.test(s)) {
    s = s.replace(/,?\s*(?:keep|outputInsertOnly)=\[[^\]]*\]/g, '');
  }
  // An append-only Top-N keeps its rows in a map by sort key and sorts them when it rebuilds its
  // in-memory buffer from that state: flipping ASC/DESC restores (seen on 1.20.3). The sort key's
  // columns (and so their types) stay in the shape. A retracting Top-N keeps a sorted map whose
  // serializer holds the comparator: there the direction stays (1.20.3: StateMigrationException).
  // A window Top-N keeps its rows in a map by sort key too (`window_rank`, per key and window; of
  // each bundle of rows only its first N go in) and sorts them when the window fires: real 2.2.0,
  // ORDER BY v DESC → ASC restored, and a window whose rows the old job had all read printed ranks
  // 1–3 by v ASC (v = 0, 1, 2).
  if ((/^\s*Rank\(/.test(s) && /\bstrategy=\[AppendFastStrategy\]/.test(s)) || /^\s*WindowRank\(/.test(s)) {
    s = s.replace(
      /\borderBy=\[([^\]]*)\]/,
      (_m, o: string) => `orderBy=[${o.replace(/\s+(?:ASC|DESC)\b|\s+NULLS\s+(?:FIRST|LAST)\b/gi, '')}]`,
    );
  }
  // A Top-N keeps its input rows; the rank number it appends to its output is not state: selecting
  // it or not restores, and the rows kept are read as they were (real 1.20.3 and 2.3.0: rn <= 2
  // with rn → without rn, the restored job printed only rows above the kept ones).
  if (/^\s*Rank\(/.test(s)) s = s.replace(/(\bselect=\[[^\]]*?),\s*w\d+\$o\d+\]/, '$1]');
  // A first argument removed leaves `Rank(, rankType=…`.
  return s
    .replace(/\(\s*,\s*/, '(')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A WindowRank's text without the rank number it outputs: the last of its select list when the
 * list is one longer than the columns of the Calc feeding it (`select=[k, v, window_start,
 * window_end, rn]` over `Calc(select=[k, v, window_start, window_end])`).
 */
function withoutRankNumber(s: string, n: StreamNode, graph: StreamGraph): string {
  const input = n.inputs.length === 1 ? graph.nodes.find((g) => g.id === n.inputs[0]!.from) : undefined;
  const calc = input && /^(?:\[\d+\]:)?Calc\(select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(input.contents)?.[1];
  const select = /\bselect=\[((?:[^[\]]|\[[^\]]*\])*)\]\)\s*$/.exec(s);
  if (!calc || !select) return s;
  const items = splitTopLevel(select[1]!);
  if (items.length !== splitTopLevel(calc).length + 1) return s;
  return `${s.slice(0, select.index)}select=[${items.slice(0, -1).join(', ')}])`;
}

/** A window TVF's SESSION aggregate (WindowAggregate) or a legacy GROUP BY SESSION (GroupWindowAggregate). */
const SESSION_WINDOW =
  /^\s*(?:WindowAggregate\(.*?\bwindow=\[SESSION\(|GroupWindowAggregate\(.*?\bwindow=\[SessionGroupWindow\()/;

/**
 * The function an operator's keyed state belongs to, by which Flink reads it: the operator's name,
 * but one name for the two SESSION window aggregates (see stateShape).
 */
export function stateFunction(n: StreamNode): string {
  return SESSION_WINDOW.test(n.contents.replace(/^\[\d+\]:/, '')) ? 'SessionWindowAggregate' : baseName(n);
}

/**
 * The variables of a MATCH_RECOGNIZE pattern as the planner prints it: `pattern=[((_UTF-16LE'A',
 * _UTF-16LE'B'), _UTF-16LE'C')]` → [A, B, C]; `plain` when the pattern is a sequence of single
 * variables (no quantifier, alternation or permutation).
 */
function patternVariables(shape: string): { names: string[]; plain: boolean } | undefined {
  if (!/^\s*Match\(/.test(shape)) return undefined;
  const pattern = /\bpattern=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(shape)?.[1];
  if (pattern === undefined) return undefined;
  const names = [...pattern.matchAll(/_UTF-16LE'((?:[^']|'')*)'/g)].map((m) => m[1]!);
  const plain = /^[\s(),]*$/.test(pattern.replace(/_UTF-16LE'(?:[^']|'')*'/g, ''));
  return { names, plain };
}

/** `a` and `b` without their patterns: the rest of a Match's state shape. */
const withoutPattern = (shape: string) => shape.replace(/,?\s*pattern=\[(?:[^[\]]|\[[^\]]*\])*\]/, '');

/**
 * Whether MATCH_RECOGNIZE shapes differ only by a pattern that gains variables after the old one's
 * (`(A B)` → `(A B C)`): the NFA keeps its partial matches under the names of the states they wait
 * at, and each such state is still there, followed by the new variables (real 2.2.0: restored, ran;
 * matches after the upgrade take all three variables). Not another order, nor a variable removed.
 */
export function patternExtended(a: string, b: string): boolean {
  const [x, y] = [patternVariables(a), patternVariables(b)];
  if (!x || !y || !x.plain || !y.plain || y.names.length <= x.names.length) return false;
  return x.names.every((v, i) => y.names[i] === v) && withoutPattern(a) === withoutPattern(b);
}

/**
 * The variables of the old MATCH_RECOGNIZE pattern the new one lacks: a partial match waiting at one
 * of them fails the job when the new NFA reads it (real 2.2.0, `(A B C)` → `(A C)`: "State B does
 * not exist in the NFA"), and every key waits at the first variable.
 */
export function patternVariablesLost(a: string, b: string): string[] {
  const [x, y] = [patternVariables(a), patternVariables(b)];
  if (!x || !y) return [];
  return [...new Set(x.names.filter((v) => !y.names.includes(v)))];
}

/**
 * Whether OVER window shapes differ only by a bounded ROWS frame (`a`) become a bounded RANGE one
 * (`b`): the RANGE function reads the rows and accumulator the ROWS one kept as its own (real
 * 2.2.0, event time; plan/kept-notes.ts leaves processing time out). Not the other way round.
 */
export function rowsFrameBecomesRange(a: string, b: string): boolean {
  return (
    /^\s*OverAggregate\(/.test(a) &&
    a.includes('frame=[ROWS]') &&
    a.replace('frame=[ROWS]', 'frame=[RANGE]') === b
  );
}

/** A window's slice in milliseconds, from its printed spec; undefined for a session or unknown one. */
/**
 * The size of the windows of a window aggregate's `window=[…]` text in ms (a TUMBLE's or HOP's
 * size, a CUMULATE's max size); undefined for a SESSION or another operator.
 */
export function windowSizeMs(contents: string): number | undefined {
  const spec = /\bwindow=\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(contents)?.[1];
  if (spec === undefined || !/^\s*(?:TUMBLE|HOP|CUMULATE)\(/.test(spec)) return undefined;
  return parseDurationMs(/\b(?:max_size|size)=\[([^\]]*)\]/.exec(spec)?.[1]);
}

function windowSlice(spec: string): number | undefined {
  const ms = (name: string) => parseDurationMs(new RegExp(`\\b${name}=\\[([^\\]]*)\\]`).exec(spec)?.[1]);
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  if (/^\s*TUMBLE\(/.test(spec)) return ms('size');
  if (/^\s*CUMULATE\(/.test(spec)) return ms('step');
  if (/^\s*HOP\(/.test(spec)) {
    const [size, slide] = [ms('size'), ms('slide')];
    return size === undefined || slide === undefined ? undefined : gcd(size, slide);
  }
  return undefined;
}

/**
 * The equi-join key of a join condition as the planner prints it: `((k = k0) AND (v > v0))` →
 * [`k`]. A right-side column that repeats a left one's name (`k0` of `k`) is that key; two
 * different names stay a pair (`currency=cur`), both typed by the verdict.
 */
function joinKeys(where: string): string[] {
  const keys: string[] = [];
  for (const conjunct of splitTopLevel(unwrap(where), ' AND ')) {
    const m = /^(\$?[A-Za-z_][\w$]*) = (\$?[A-Za-z_][\w$]*)$/.exec(unwrap(conjunct));
    if (!m) continue;
    const [a, b] = [m[1]!, m[2]!];
    if (new RegExp(`^${a.replace(/\$/g, '\\$')}\\d+$`).test(b)) keys.push(a);
    else if (new RegExp(`^${b.replace(/\$/g, '\\$')}\\d+$`).test(a)) keys.push(b);
    else keys.push(`${a}=${b}`);
  }
  return keys;
}

/** `(x)` → `x` while the outer parentheses enclose the whole text. */
function unwrap(text: string): string {
  let t = text.trim();
  while (t.startsWith('(') && t.endsWith(')')) {
    let depth = 0;
    let whole = true;
    for (let i = 0; i < t.length - 1; i++) {
      if (t[i] === '(') depth++;
      else if (t[i] === ')') depth--;
      if (depth === 0) {
        whole = false;
        break;
      }
    }
    if (!whole) break;
    t = t.slice(1, -1).trim();
  }
  return t;
}

/**
 * `text` split at each `separator` outside brackets: `a, f(b, c) AS x` at `,` → [`a`, `f(b, c) AS
 * x`]; `a AND (b AND c) AND d` at ` AND ` → [`a`, `(b AND c)`, `d`].
 */
export function splitTopLevel(text: string, separator = ','): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      out.push(text.slice(start, i));
      start = i + separator.length;
    }
  }
  out.push(text.slice(start));
  return out;
}

/**
 * The names a deduplication's or Top-N's function keeps its keyed state under, as the Flink that
 * runs it picks the function (StreamExecDeduplicate, StreamExecRank); undefined for other
 * operators. Flink restores keyed state by name: a function of other names starts empty.
 * - Deduplicate: `deduplicate-state` (a flag or the row); from 2.1 on, a row-time deduplication
 *   keeping the first row insert-only is RowTimeDeduplicateKeepFirstRowFunction (FLINK-37005),
 *   of its own names (real 2.3.0: keep first → keep last restored, and keep-last printed +I for
 *   every key, as a deduplication without state does).
 * - WindowDeduplicate: `window_deduplicate`; WindowRank: `window_rank`.
 * - Rank: a Top-1 is FastTop1Function, `Top1-Rank-State` (real 1.20.3 and 2.3.0: Top-1 → Top-2
 *   restored and printed a new rank 1 and 2 for every key); a Top-N over processing time ascending
 *   AppendOnlyFirstNFunction, `counterState`; else the strategy's own map.
 */
export function keyedStateNames(
  n: StreamNode,
  graph: StreamGraph,
  flinkVersion?: string,
): string[] | undefined {
  const s = n.contents;
  const op = operatorName(n);
  if (op === 'Deduplicate') {
    const keepFirstRowtime =
      /\border=\[ROWTIME\]/.test(s) && /\bkeep=\[FirstRow\]/.test(s) && /\boutputInsertOnly=\[true\]/.test(s);
    return keepFirstRowtime && atLeast(parseFlinkVersion(flinkVersion), 2, 1)
      ? ['waiting-to-emit-on-timer', 'already-emitted-state-boolean']
      : ['deduplicate-state'];
  }
  // Window operators keep one state each, by name: a window deduplication the row per key and
  // window ('window_deduplicate'), a window Top-N its rows by sort key ('window_rank'). Real 2.2.0:
  // rn = 1 → rn <= 2 of a window deduplication restored without allowNonRestoredState.
  if (op === 'WindowDeduplicate') return ['window_deduplicate'];
  if (op === 'WindowRank') return ['window_rank'];
  if (op !== 'Rank') return undefined;
  const strategy = /\bstrategy=\[(\w+)/.exec(s)?.[1];
  const top1 = /\brankRange=\[rankStart=1, rankEnd=1\]/.test(s);
  if (strategy === 'AppendFastStrategy') {
    const order = /\borderBy=\[([^\]]*)\]/.exec(s)?.[1]?.trim() ?? '';
    const asc = /^(\$?[A-Za-z_][\w$]*) ASC$/.exec(order)?.[1];
    if (asc && isProcTime(asc, n, graph)) return ['counterState'];
    return top1 ? ['Top1-Rank-State'] : ['data-state-with-append'];
  }
  if (strategy === 'UpdateFastStrategy') return top1 ? ['Top1-Rank-State'] : ['data-state-with-update'];
  if (strategy === 'RetractStrategy') return ['data-state', 'sorted-map'];
  return undefined;
}

/** Whether `col` of `n`'s input is a processing-time attribute: `PROCTIME() AS pt` upstream. */
export function isProcTime(col: string, n: StreamNode, graph: StreamGraph): boolean {
  const upstream = upstreamOf(n, graph);
  const def = new RegExp(`PROCTIME\\(\\) AS ${escapeRegExp(col)}(?![\\w$])`);
  return graph.nodes.some((g) => upstream.has(g.id) && def.test(g.contents));
}
