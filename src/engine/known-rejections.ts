/**
 * Planner errors Flink words without a position, and where in the statement each one's mistake is.
 */

import { escapeRegExp } from '../core/text';
import { isOp, isWord, type Token } from '../sql/lexer';

/** Planner errors Flink words without a position: where in the statement the mistake is, and how to fix it. */
interface KnownRejection {
  match: RegExp;
  /** Offset in the statement's text of the mistake, when the text has exactly one place it can be. */
  at?: (tokens: readonly Token[], message: string) => number | undefined;
  hint: string;
}

export const KNOWN: readonly KnownRejection[] = [
  {
    match: /window function requires the timecol is a time attribute/,
    // The column in DESCRIPTOR(...).
    at: (t) => only(t, (i) => isWord(t[i], 'DESCRIPTOR') && isOp(t[i + 1], '('), 2),
    hint: "A window needs a time attribute: declare a watermark on that column (watermark: in the table's file), or window on a PROCTIME() computed column.",
  },
  {
    match: /Sort on a non-time-attribute field is not supported/,
    at: (t) => only(t, (i) => isWord(t[i], 'ORDER') && isWord(t[i + 1], 'BY'), 2),
    hint: 'A streaming ORDER BY must sort first on a time attribute, ascending; for the top N rows per key, use ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...) and filter on it.',
  },
  {
    match: /Temporal Table Join requires primary key in versioned table/,
    // The versioned table: the name before FOR SYSTEM_TIME AS OF.
    at: (t) => only(t, (i) => isWord(t[i + 1], 'FOR') && isWord(t[i + 2], 'SYSTEM_TIME'), 0),
    hint: 'Give the versioned table a primary key (primaryKey: in its table file) and a watermark; or, for a lookup join, use a lookup connector (jdbc, hbase) and FOR SYSTEM_TIME AS OF a PROCTIME() column.',
  },
  {
    // Real Flink 2.2.0, a JDBC dimension joined FOR SYSTEM_TIME AS OF the probing table's event time.
    match:
      /Event-Time Temporal Table Join requires both primary key and row time attribute in versioned table/,
    // The time the join is AS OF: an event-time column, where a lookup join wants processing time.
    at: (t) =>
      only(t, (i) => isWord(t[i], 'SYSTEM_TIME') && isWord(t[i + 1], 'AS') && isWord(t[i + 2], 'OF'), 3),
    hint: 'FOR SYSTEM_TIME AS OF an event-time column (one with a watermark) is an event-time temporal join, which needs a versioned table: a primary key and a watermark on the joined table. To look rows up in a dimension table (jdbc, hbase), join FOR SYSTEM_TIME AS OF a PROCTIME() computed column of the probing table instead (computed: [{ name: proc_time, expr: PROCTIME() }] in its table file, then <alias>.proc_time).',
  },
  {
    // Real Flink 1.20.3 and 2.2.0: a STATE_TTL key naming no input of the hinted join or aggregate
    // (a window TVF's output, a subquery, a typo).
    match:
      /The options of following hints cannot match the name of input tables or views:\s*`([^`]+)` in `(\w+)`/,
    at: (t, message) => {
      const m = /cannot match the name of input tables or views:\s*`([^`,]+)[^`]*` in `(\w+)`/.exec(message)!;
      return hintOption(t, m[2]!, m[1]!.trim());
    },
    hint: "A STATE_TTL hint sets the TTL of a regular join's or a group aggregation's inputs: each key names a table or view that join or aggregation reads directly, as its FROM writes it (its alias, when it has one). A subquery's or a window table function's output (TUMBLE, HOP, CUMULATE, SESSION) is not one, and window aggregations, window joins and interval joins keep no TTL state: name the input as written, or remove the hint (table.exec.state.ttl sets the TTL of the whole job).",
  },
  {
    match: /doesn't support consuming update changes/,
    hint: 'The sink takes inserts only: write to an upsert sink (upsert-kafka, or jdbc with a primaryKey), or make the query append-only, e.g. a window aggregation instead of GROUP BY.',
  },
  {
    match: /Incompatible types for sink column '[^']*' at position (\d+)/,
    at: (t, message) => selectItem(t, Number(/at position (\d+)/.exec(message)![1])),
    hint: "Make the SELECT list match the sink's columns in number, order and type (CAST where needed).",
  },
  {
    // Flink 1.20 reads `FOR SYSTEM_TIME AS OF PROCTIME()` as time travel to a constant; 2.2 takes it as a lookup join.
    match: /Unsupported time travel expression/,
    at: (t) =>
      only(t, (i) => isWord(t[i], 'SYSTEM_TIME') && isWord(t[i + 1], 'AS') && isWord(t[i + 2], 'OF'), 3),
    hint: 'This Flink takes FOR SYSTEM_TIME AS OF a column of the probing table only (its time attribute, or a PROCTIME() computed column), not an expression: add a computed column `proc_time AS PROCTIME()` to that table (computed: in its table file) and write FOR SYSTEM_TIME AS OF <alias>.proc_time.',
  },
  {
    // Flink 1.20's planner fails on every UNNEST ... WITH ORDINALITY (an internal assertion); 2.2 plans it.
    match: /Cannot add expression of different type to set[\s\S]*\bORDINALITY\b/,
    at: (t) => only(t, (i) => isWord(t[i], 'WITH') && isWord(t[i + 1], 'ORDINALITY'), 0),
    hint: "This Flink's planner cannot plan UNNEST ... WITH ORDINALITY (Flink 2.2 does): drop WITH ORDINALITY and the position column, or run the job on a later Flink.",
  },
  {
    // Flink before 2.0: `INSERT INTO t (a, b) WITH x AS (...) SELECT ...`.
    match: /statement only support SELECT, VALUES, SET_QUERY AND ORDER BY clause/,
    at: (t) => only(t, (i) => isWord(t[i], 'WITH') && depthAt(t, i) === 0, 0),
    hint: 'This Flink takes an INSERT with a column list (or a PARTITION clause) only from a SELECT or VALUES: move the WITH into an aliased subquery (INSERT INTO t (a, b) SELECT a, b FROM (WITH x AS (...) SELECT ...) AS q), or drop the column list and select every column of the sink. Flink 2.0 and later take the WITH as it is.',
  },
  {
    // Flink 2.3+ (`table.exec.sink.require-on-conflict`, on by default): an insert-only query has no upsert key.
    match: /Please specify an ON CONFLICT clause/,
    hint: "Flink 2.3 and later refuse to write into a sink's primary key from a query whose upsert key is not that key (an insert-only query, such as a window aggregate, has none) unless the INSERT says what a second row of the same key does: end it with ON CONFLICT DO DEDUPLICATE (the latest row wins, as before 2.3, with more state), DO NOTHING (the first row wins) or DO ERROR (flinkVersion \"2.3\" or later in flinkops.yaml), or set table.exec.sink.require-on-conflict: 'false' under the job's config: to write as earlier releases did.",
  },
  {
    match: /Column types of query result and sink .* do not match/,
    at: (t) => selectItem(t, 0),
    hint: "Make the SELECT list match the sink's columns in number, order and type (CAST where needed).",
  },
];

/** The offset of the token `skip` after the one place where `is` holds, when there is exactly one. */
function only(t: readonly Token[], is: (i: number) => boolean, skip: number): number | undefined {
  const found = t.flatMap((_, i) => (is(i) ? [i] : []));
  return found.length === 1 ? t[found[0]! + skip]?.start : undefined;
}

/**
 * The offset of key `name` (`'name' = …`, quoted or not) in the one optimizer hint `hint(…)` of the
 * statement that names it; undefined when none or several do.
 */
function hintOption(t: readonly Token[], hint: string, name: string): number | undefined {
  const key = new RegExp(
    `\\b${escapeRegExp(hint)}\\s*\\([^)]*?(?<![\\w'"\`])(['"\`]?)${escapeRegExp(name)}\\1\\s*=`,
    'i',
  );
  const found = t.flatMap((tok) => {
    if (tok.kind !== 'hint') return [];
    const m = key.exec(tok.value);
    return m
      ? [tok.start + 3 + m.index + m[0].toLowerCase().lastIndexOf(name.toLowerCase()) - m[1]!.length]
      : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The parenthesis depth of token `i`. */
function depthAt(t: readonly Token[], i: number): number {
  let depth = 0;
  for (let k = 0; k < i; k++) {
    if (isOp(t[k], '(')) depth++;
    else if (isOp(t[k], ')')) depth--;
  }
  return depth;
}

/** The offset of item `n` (from 0) of the statement's outermost SELECT list. */
function selectItem(t: readonly Token[], n: number): number | undefined {
  let depth = 0;
  let item = -1;
  let count = 0;
  for (let i = 0; i < t.length; i++) {
    if (isOp(t[i], '(')) depth++;
    else if (isOp(t[i], ')')) depth--;
    if (depth !== 0) continue;
    if (item < 0) {
      if (!isWord(t[i], 'SELECT')) continue;
      item = isWord(t[i + 1], 'DISTINCT') || isWord(t[i + 1], 'ALL') ? i + 2 : i + 1;
      if (n === 0) return t[item]?.start;
    } else if (isWord(t[i], 'FROM')) return undefined;
    else if (isOp(t[i], ',') && ++count === n) return t[i + 1]?.start;
  }
  return undefined;
}
