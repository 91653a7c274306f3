/** Table and job files the scenarios build their repositories from. */

/** A datagen source of `rows` a second over keys 0..`keys - 1`. */
export const eventsSource = (rows: number, keys: number) => `kind: source
connector: datagen
columns:
  - { name: id, type: BIGINT }
  - { name: k, type: INT }
  - { name: v, type: INT }
with:
  rows-per-second: "${rows}"
  fields.k.min: "0"
  fields.k.max: "${keys - 1}"
`;

/** A datagen source: 50 rows a second, k in 0..9. */
export const EVENTS_SOURCE = eventsSource(50, 10);

/**
 * An updating sink that runs at its own parallelism (1), whatever the job's. Flink requires the
 * primary key: updates reach a sink of another parallelism only keyed by it.
 */
export const COUNTS_SINK = `kind: sink
connector: print
columns:
  - { name: k, type: INT, nullable: false }
  - { name: c, type: BIGINT }
primaryKey: [k]
with:
  sink.parallelism: "1"
  print-identifier: counts
`;

export const BLACKHOLE_SINK = (columns: string) => `kind: sink
connector: blackhole
columns:
${columns}
`;

export const COUNT_BY_KEY = `INSERT INTO counts
SELECT k, COUNT(*) AS c
FROM events
GROUP BY k;
`;

export const jobYaml = (lines: string[]) => `${lines.join('\n')}\n`;

/** A slow datagen source (5 rows a second) for scenarios that only need the job to run. */
export const SLOW_EVENTS = EVENTS_SOURCE.replace('rows-per-second: "50"', 'rows-per-second: "5"');

/** A blackhole sink of (k INT, c BIGINT): takes updates, writes nothing. */
export const COUNTS_BLACKHOLE = BLACKHOLE_SINK(
  ['  - { name: k, type: INT }', '  - { name: c, type: BIGINT }'].join('\n'),
);

/** A blackhole sink of (id BIGINT, v INT). */
export const ROWS_BLACKHOLE = BLACKHOLE_SINK(
  ['  - { name: id, type: BIGINT }', '  - { name: v, type: INT }'].join('\n'),
);
