/**
 * The state-compatibility catalogue: query and setting edits a user makes to a running Flink SQL
 * job, each with what a real restore from the upgrade savepoint did on each Flink line. One
 * repository holds every job; an edit rewrites only its own job's files (and tables only that
 * job reads), so all edits are applied in one run. The expectations are Flink's behaviour as
 * observed (state-catalogue.e2e.test.ts) and checked against Flink's source where surprising.
 */

/**
 * What a real restore did: `restored-anrs` = only with allowNonRestoredState: true;
 * `restored-misread` = restored, and the new job then read the old state as other state (its own
 * output shows it: see `misread`); `restored-empty` = restored without allowNonRestoredState, and the
 * new operator, keeping its state under other names, started without the old state (see `empty`).
 */
export type Outcome = 'restored' | 'restored-anrs' | 'restored-misread' | 'restored-empty' | 'failed';

/** The flinkops verdict each outcome must be announced with. */
export const VERDICT_OF: Record<Outcome, string> = {
  restored: 'compatible',
  'restored-anrs': 'drops-state',
  'restored-misread': 'incompatible',
  'restored-empty': 'drops-state',
  failed: 'incompatible',
};

/** A print sink's row as the TaskManager's output shows it: `+U[2, 0, 41, 0/2]` → kind and fields. */
export interface PrintedRow {
  kind: string;
  fields: string[];
  line: string;
}

/** The Flink lines the catalogue holds real outcomes for (1.19: 1.19.1, the same outcomes as 1.20). */
export const FLINK_LINES = ['1.19', '1.20', '2.2', '2.3'] as const;
export type FlinkLine = (typeof FLINK_LINES)[number];
/** Lines run against another line's outcomes: real 1.18.1 did on every edit what 1.19.1 does. */
export const OUTCOMES_OF: Readonly<Record<string, FlinkLine>> = { '1.18': '1.19' };

export interface CatalogueEdit {
  /** The job's name in the catalogue repository. */
  job: string;
  /** The edit, as the issue names it. */
  edit: string;
  /** What changed, one line for the docs table. */
  what: string;
  /** The original job's files (job SQL, job YAML, tables only this job uses). */
  files: Record<string, string>;
  /** The files the edit rewrites. */
  edited: Record<string, string>;
  /** The real outcome per Flink line. */
  expected: Record<FlinkLine, Outcome>;
  /** Why, where it is not plain "the stateful operators keep their ids". */
  why?: Partial<Record<FlinkLine, string>>;
  /**
   * For an edit whose restore goes through but reads the state wrong: the print identifier of the
   * job's sink, and which of its printed rows only a misread state can give (the old job never
   * prints one). A restored job that prints such a row is `restored-misread`.
   */
  misread?: { printIdentifier: string; crossed: (row: PrintedRow) => boolean };
  /**
   * For an edit whose restore goes through but whose new operator may not read the old state: the
   * print identifier of the job's sink, and which of its printed rows only an operator without the
   * old state prints. A restored job that prints such a row is `restored-empty`.
   */
  empty?: { printIdentifier: string; fresh: (row: PrintedRow) => boolean };
}

/** `k INT` → a YAML column. */
function columns(cols: string[]): string {
  return cols
    .map((c) => {
      const [name, ...type] = c.split(' ');
      const notNull = type.join(' ').endsWith(' NOT NULL');
      const t = type.join(' ').replace(/ NOT NULL$/, '');
      return `  - { name: ${name}, type: ${t}${notNull ? ', nullable: false' : ''} }`;
    })
    .join('\n');
}

/** A blackhole sink: takes inserts and updates, writes nothing. */
export function blackhole(cols: string[]): string {
  return `kind: sink\nconnector: blackhole\ncolumns:\n${columns(cols)}\n`;
}

/** A print sink keyed by `k` at its own parallelism (updates reach it keyed by the primary key). */
function keyedPrint(cols: string[], sinkParallelism: number, keyed = true): string {
  return [
    'kind: sink',
    'connector: print',
    'columns:',
    columns(cols),
    ...(keyed ? ['primaryKey: [k]'] : []),
    'with:',
    `  sink.parallelism: "${sinkParallelism}"`,
    '  print-identifier: catalogue',
    '',
  ].join('\n');
}

/** A datagen source of (id, k, v) with an event-time `ts` (watermark 1 s) and a `pt` proctime. */
export function datagen(rowsPerSecond: number, third = 'v'): string {
  return [
    'kind: source',
    'connector: datagen',
    'columns:',
    columns(['id BIGINT', 'k INT', `${third} INT`]),
    'computed:',
    '  - { name: ts, expr: "CAST(CURRENT_TIMESTAMP AS TIMESTAMP(3))" }',
    '  - { name: pt, expr: PROCTIME() }',
    'watermark:',
    '  column: ts',
    '  delay: 1 SECOND',
    'with:',
    `  rows-per-second: "${rowsPerSecond}"`,
    '  fields.id.min: "0"',
    '  fields.id.max: "500"',
    '  fields.k.min: "0"',
    '  fields.k.max: "9"',
    `  fields.${third}.min: "0"`,
    `  fields.${third}.max: "100"`,
    '',
  ].join('\n');
}

/** A datagen source of `cols`, INTs in 0..9 and STRINGs of one hex digit. */
function smallDatagen(cols: string[], rowsPerSecond = 1): string {
  const opts = cols.flatMap((c) => {
    const [name, type] = c.split(' ');
    return type === 'STRING'
      ? [`  fields.${name}.length: "1"`]
      : [`  fields.${name}.min: "0"`, `  fields.${name}.max: "9"`];
  });
  return [
    'kind: source',
    'connector: datagen',
    'columns:',
    columns(cols),
    'with:',
    `  rows-per-second: "${rowsPerSecond}"`,
    ...opts,
    '',
  ].join('\n');
}

/** Tables every catalogue job may read: two slow datagen streams. */
export const SHARED_TABLES: Record<string, string> = {
  'tables/events.yaml': datagen(5),
  'tables/clicks.yaml': datagen(5, 'w'),
};

const yaml = (lines: string[]) => `${lines.join('\n')}\n`;
const P1 = yaml(['parallelism: 1']);
const sql = (lines: string[]) => `${lines.join('\n')}\n`;

const COUNT_K = ['k INT', 'c BIGINT'];
const countBy = (out: string, from = 'events', where = '') =>
  sql([`INSERT INTO ${out}`, 'SELECT k, COUNT(*) AS c', `FROM ${from}${where}`, 'GROUP BY k;']);

const WINDOW_COLS = ['window_start TIMESTAMP(3)', 'window_end TIMESTAMP(3)', 'k INT', 'c BIGINT'];
const windowed = (out: string, tvf: string, aggs = 'COUNT(*) AS c') =>
  sql([
    `INSERT INTO ${out}`,
    `SELECT window_start, window_end, k, ${aggs}`,
    `FROM TABLE(${tvf})`,
    'GROUP BY window_start, window_end, k;',
  ]);

/**
 * A stateful job (count by k into a blackhole) whose job YAML is the only thing an edit changes.
 */
function settingEdit(
  job: string,
  edit: string,
  what: string,
  before: string[],
  after: string[],
  expected: CatalogueEdit['expected'],
  why?: CatalogueEdit['why'],
): CatalogueEdit {
  return {
    job,
    edit,
    what,
    files: {
      [`tables/${job}_out.yaml`]: blackhole(COUNT_K),
      [`jobs/${job}.sql`]: countBy(`${job}_out`),
      [`jobs/${job}.yaml`]: yaml(before),
    },
    edited: { [`jobs/${job}.yaml`]: yaml(after) },
    expected,
    ...(why ? { why } : {}),
  };
}

const both = (o: Outcome): Record<FlinkLine, Outcome> =>
  Object.fromEntries(FLINK_LINES.map((l) => [l, o])) as Record<FlinkLine, Outcome>;

/** A dimension table in an embedded Derby database (the JDBC connector's Derby dialect). */
export function derbyDimension(dbPath: string): string {
  return [
    'kind: dimension',
    'connector: jdbc',
    'columns:',
    columns(['k INT NOT NULL', 'name STRING']),
    'primaryKey: [k]',
    'with:',
    `  url: "jdbc:derby:${dbPath}"`,
    '  table-name: DIM',
    '',
  ].join('\n');
}

/** The Kafka source of the kafka → upsert-kafka edit, before and after. */
function kafkaSource(brokers: string, topic: string, upsert: boolean): string {
  const common = ['columns:', columns(['k INT NOT NULL', 'v INT'])];
  return upsert
    ? [
        'kind: source',
        'connector: upsert-kafka',
        ...common,
        'primaryKey: [k]',
        'with:',
        `  topic: ${topic}`,
        `  properties.bootstrap.servers: "${brokers}"`,
        '  key.format: json',
        '  value.format: json',
        '',
      ].join('\n')
    : [
        'kind: source',
        'connector: kafka',
        ...common,
        'with:',
        `  topic: ${topic}`,
        `  properties.bootstrap.servers: "${brokers}"`,
        '  scan.startup.mode: earliest-offset',
        '  key.format: json',
        '  key.fields: k',
        '  value.format: json',
        '',
      ].join('\n');
}

/** Where the catalogue's outside resources are: the Derby database, the broker, the UDF jars. */
export interface CatalogueResources {
  derbyPath: string;
  kafkaBrokers: string;
  kafkaTopic: string;
  udfV1: { uri: string; sha256: string };
  udfV2: { uri: string; sha256: string };
}

const udfYaml = (jar: { uri: string; sha256: string }) =>
  yaml([
    `jar: ${jar.uri}`,
    `sha256: ${jar.sha256}`,
    'functions:',
    '  - { name: bump, class: e2e.catalogue.Bump, language: java }',
  ]);

/** Jobs that are no edit but feed one (unchanged by the edits). */
export function feeders(res: CatalogueResources): Record<string, string> {
  return {
    'tables/kafka_feed_out.yaml': [
      'kind: sink',
      'connector: kafka',
      'columns:',
      columns(['k INT NOT NULL', 'v INT']),
      'with:',
      `  topic: ${res.kafkaTopic}`,
      `  properties.bootstrap.servers: "${res.kafkaBrokers}"`,
      '  key.format: json',
      '  key.fields: k',
      '  value.format: json',
      '',
    ].join('\n'),
    'jobs/kafka_feed.sql': sql([
      'INSERT INTO kafka_feed_out',
      'SELECT COALESCE(k, 0) AS k, v',
      'FROM events;',
    ]),
    'jobs/kafka_feed.yaml': P1,
  };
}

export function catalogue(res: CatalogueResources): CatalogueEdit[] {
  const edits: CatalogueEdit[] = [];
  /** A job with its own blackhole sink `<job>_out`, original and edited SQL. */
  const queryEdit = (
    job: string,
    edit: string,
    what: string,
    cols: string[],
    before: (out: string) => string,
    after: (out: string) => string,
    expected: CatalogueEdit['expected'],
    opts: { afterCols?: string[]; jobYaml?: string; why?: CatalogueEdit['why'] } = {},
  ) => {
    const out = `${job}_out`;
    edits.push({
      job,
      edit,
      what,
      files: {
        [`tables/${out}.yaml`]: blackhole(cols),
        [`jobs/${job}.sql`]: before(out),
        [`jobs/${job}.yaml`]: opts.jobYaml ?? P1,
      },
      edited: {
        [`jobs/${job}.sql`]: after(out),
        ...(opts.afterCols ? { [`tables/${out}.yaml`]: blackhole(opts.afterCols) } : {}),
      },
      expected,
      ...(opts.why ? { why: opts.why } : {}),
    });
  };

  queryEdit(
    'filter_change',
    'filter change',
    'WHERE v > 10 → WHERE v > 50 before a GROUP BY',
    COUNT_K,
    (o) => countBy(o, 'events', '\nWHERE v > 10'),
    (o) => countBy(o, 'events', '\nWHERE v > 50'),
    both('restored'),
  );
  queryEdit(
    'filter_added',
    'filter added',
    'a WHERE where there was none, before a GROUP BY',
    COUNT_K,
    (o) => countBy(o),
    (o) => countBy(o, 'events', '\nWHERE v > 10'),
    both('restored'),
  );
  queryEdit(
    'projection_change',
    'projection change',
    'SELECT id, v → SELECT id, k (stateless query)',
    ['id BIGINT', 'x INT'],
    (o) => sql([`INSERT INTO ${o}`, 'SELECT id, v AS x', 'FROM events;']),
    (o) => sql([`INSERT INTO ${o}`, 'SELECT id, k AS x', 'FROM events;']),
    both('restored'),
  );
  queryEdit(
    'projection_after_agg',
    'projection over an aggregate',
    'COUNT(*) → COUNT(*) * 10 in the SELECT list of a GROUP BY',
    COUNT_K,
    (o) => countBy(o),
    (o) => sql([`INSERT INTO ${o}`, 'SELECT k, COUNT(*) * 10 AS c', 'FROM events', 'GROUP BY k;']),
    both('restored'),
  );
  queryEdit(
    'column_added',
    'added output column',
    'the sink and the SELECT gain k * 10 (no new aggregate)',
    COUNT_K,
    (o) => countBy(o),
    (o) => sql([`INSERT INTO ${o}`, 'SELECT k, COUNT(*) AS c, k * 10 AS k10', 'FROM events', 'GROUP BY k;']),
    both('restored'),
    { afterCols: [...COUNT_K, 'k10 INT'] },
  );
  queryEdit(
    'literal_change',
    'literal change',
    'SUM(v + 1) → SUM(v + 5)',
    ['k INT', 's INT'],
    (o) => sql([`INSERT INTO ${o}`, 'SELECT k, SUM(v + 1) AS s', 'FROM events', 'GROUP BY k;']),
    (o) => sql([`INSERT INTO ${o}`, 'SELECT k, SUM(v + 5) AS s', 'FROM events', 'GROUP BY k;']),
    both('restored'),
  );
  queryEdit(
    'case_change',
    'CASE change',
    'a CASE inside SUM gains a branch and new thresholds',
    ['k INT', 's INT'],
    (o) =>
      sql([
        `INSERT INTO ${o}`,
        'SELECT k, SUM(CASE WHEN v > 50 THEN 1 ELSE 0 END) AS s',
        'FROM events',
        'GROUP BY k;',
      ]),
    (o) =>
      sql([
        `INSERT INTO ${o}`,
        'SELECT k, SUM(CASE WHEN v > 70 THEN 2 WHEN v > 30 THEN 1 ELSE 0 END) AS s',
        'FROM events',
        'GROUP BY k;',
      ]),
    both('restored'),
  );
  queryEdit(
    'alias_rename',
    'columns renamed by alias only',
    'SELECT k, COUNT(*) AS c → SELECT k AS key_id, COUNT(*) AS total',
    COUNT_K,
    (o) => countBy(o),
    (o) => sql([`INSERT INTO ${o}`, 'SELECT k AS key_id, COUNT(*) AS total', 'FROM events', 'GROUP BY k;']),
    both('restored'),
  );
  // A window aggregate keeps its accumulators per 10 s slice, under the slice's end; the 20 s
  // windows (offset 5 s, so that none ends where a 10 s slice does) read the slice open at the
  // upgrade as a window of their own, [end - 20 s, end), which no such TUMBLE has.
  const windowProbe = (job: string): Record<string, string> => ({
    [`tables/${job}_out.yaml`]: [
      'kind: sink',
      'connector: print',
      'columns:',
      columns(WINDOW_COLS),
      'with:',
      `  print-identifier: ${job}`,
      '',
    ].join('\n'),
  });
  const seconds = (t: string) => Date.parse(`${t}Z`) / 1000;
  edits.push({
    job: 'window_size',
    edit: 'window size change',
    what: 'TUMBLE 10 s → TUMBLE 20 s (offset 5 s)',
    files: {
      ...windowProbe('window_size'),
      'jobs/window_size.sql': windowed(
        'window_size_out',
        "TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND)",
      ),
      'jobs/window_size.yaml': P1,
    },
    edited: {
      'jobs/window_size.sql': windowed(
        'window_size_out',
        "TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '20' SECOND, INTERVAL '5' SECOND)",
      ),
    },
    expected: both('restored-misread'),
    why: Object.fromEntries(
      FLINK_LINES.map((l) => [
        l,
        'state read crossed: the window aggregate keeps its accumulators per 10 s slice under the slice end, and the 20 s job reads the slice open at the upgrade as the window [end - 20 s, end): the sink prints a 20 s window no TUMBLE of 20 s offset 5 s has (real 2.2.0, without the offset: [16:59:10, 16:59:30))',
      ]),
    ),
    // A 20 s window that does not start 5 s past a multiple of 20 s: `+I[…T16:59:10, …T16:59:30, 3, 9]`.
    misread: {
      printIdentifier: 'window_size',
      crossed: (r) =>
        r.fields.length === 4 &&
        seconds(r.fields[1]!) - seconds(r.fields[0]!) === 20 &&
        seconds(r.fields[0]!) % 20 !== 5,
    },
  });
  queryEdit(
    'window_type',
    'window type change',
    'TUMBLE 10 s → HOP 20 s / 10 s',
    WINDOW_COLS,
    (o) => windowed(o, "TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND)"),
    (o) => windowed(o, "HOP(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND, INTERVAL '20' SECOND)"),
    both('restored'),
    {
      why: Object.fromEntries(
        FLINK_LINES.map((l) => [
          l,
          'kept: the window operator keeps per-slice accumulators keyed by k, and a HOP sliding by 10 s slices time by 10 s as the TUMBLE did; same node, same state shape (a HOP of another slide, 5 s / 10 s, reads the old slices as its own: incompatible)',
        ]),
      ),
    },
  );
  queryEdit(
    'window_agg_added',
    'aggregate added to a window',
    'TUMBLE 10 s COUNT(*) → COUNT(*), SUM(v)',
    WINDOW_COLS,
    (o) => windowed(o, "TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND)"),
    (o) =>
      windowed(o, "TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND)", 'COUNT(*) AS c, SUM(v) AS s'),
    both('failed'),
    { afterCols: [...WINDOW_COLS, 's INT'] },
  );
  const KBC = ['k INT', 'b INT', 'c BIGINT'];
  const byK = (o: string) =>
    sql([`INSERT INTO ${o}`, 'SELECT k, 0 AS b, COUNT(*) AS c', 'FROM events', 'GROUP BY k;']);
  const byKB = (o: string) =>
    sql([
      `INSERT INTO ${o}`,
      'SELECT k, MOD(v, 2) AS b, COUNT(*) AS c',
      'FROM events',
      'GROUP BY k, MOD(v, 2);',
    ]);
  queryEdit(
    'group_key_added',
    'group key added',
    'GROUP BY k → GROUP BY k, MOD(v, 2)',
    KBC,
    byK,
    byKB,
    both('failed'),
  );
  queryEdit(
    'group_key_removed',
    'group key removed',
    'GROUP BY k, MOD(v, 2) → GROUP BY k',
    KBC,
    byKB,
    byK,
    both('failed'),
  );
  queryEdit(
    'group_key_retyped',
    'group key retyped',
    'GROUP BY k (INT) → GROUP BY CAST(k AS BIGINT); the sink column follows',
    COUNT_K,
    (o) => countBy(o),
    (o) =>
      sql([
        `INSERT INTO ${o}`,
        'SELECT CAST(k AS BIGINT) AS k, COUNT(*) AS c',
        'FROM events',
        'GROUP BY CAST(k AS BIGINT);',
      ]),
    both('failed'),
    { afterCols: ['k BIGINT', 'c BIGINT'] },
  );
  queryEdit(
    'aggregate_added',
    'aggregate added',
    'COUNT(*) → COUNT(*), SUM(v)',
    COUNT_K,
    (o) => countBy(o),
    (o) => sql([`INSERT INTO ${o}`, 'SELECT k, COUNT(*) AS c, SUM(v) AS s', 'FROM events', 'GROUP BY k;']),
    both('failed'),
    { afterCols: [...COUNT_K, 's INT'] },
  );
  queryEdit(
    'aggregate_removed',
    'aggregate removed',
    'COUNT(*), SUM(v) → COUNT(*), 0',
    [...COUNT_K, 's INT'],
    (o) => sql([`INSERT INTO ${o}`, 'SELECT k, COUNT(*) AS c, SUM(v) AS s', 'FROM events', 'GROUP BY k;']),
    (o) => sql([`INSERT INTO ${o}`, 'SELECT k, COUNT(*) AS c, 0 AS s', 'FROM events', 'GROUP BY k;']),
    both('failed'),
  );
  queryEdit(
    'distinct_added',
    'DISTINCT added',
    'COUNT(v) → COUNT(DISTINCT v)',
    COUNT_K,
    (o) => sql([`INSERT INTO ${o}`, 'SELECT k, COUNT(v) AS c', 'FROM events', 'GROUP BY k;']),
    (o) => sql([`INSERT INTO ${o}`, 'SELECT k, COUNT(DISTINCT v) AS c', 'FROM events', 'GROUP BY k;']),
    both('failed'),
  );
  queryEdit(
    'join_added',
    'join added',
    'a regular join with clicks (on id) before the GROUP BY',
    COUNT_K,
    (o) => countBy(o),
    (o) =>
      sql([
        `INSERT INTO ${o}`,
        'SELECT e.k, COUNT(*) AS c',
        'FROM events e JOIN clicks cl ON e.id = cl.id',
        'GROUP BY e.k;',
      ]),
    both('restored-anrs'),
  );
  const JOIN_COLS = ['id BIGINT', 'v INT', 'w INT'];
  const join = (kind: string) => (o: string) =>
    sql([`INSERT INTO ${o}`, 'SELECT e.id, e.v, cl.w', `FROM events e ${kind} clicks cl ON e.id = cl.id;`]);
  queryEdit(
    'join_type',
    'join type change',
    'INNER JOIN → LEFT JOIN',
    JOIN_COLS,
    join('JOIN'),
    join('LEFT JOIN'),
    both('failed'),
  );
  const interval = (s: number) => (o: string) =>
    sql([
      `INSERT INTO ${o}`,
      'SELECT e.id, e.v, cl.w',
      'FROM events e JOIN clicks cl',
      `ON e.id = cl.id AND e.ts BETWEEN cl.ts - INTERVAL '${s}' SECOND AND cl.ts + INTERVAL '${s}' SECOND;`,
    ]);
  queryEdit(
    'interval_bounds',
    'interval bounds change',
    'BETWEEN ± 5 s → ± 30 s',
    JOIN_COLS,
    interval(5),
    interval(30),
    both('restored'),
  );
  const joinOn = (key: string) => (o: string) =>
    sql([
      `INSERT INTO ${o}`,
      'SELECT a.k, a.name, b.k AS bk, b.name AS bname, b.v',
      'FROM join_key_retyped_a a JOIN join_key_retyped_b b',
      `ON a.${key} = b.${key};`,
    ]);
  const JOIN_SIDE = ['k INT', 'name STRING', 'v INT'];
  edits.push({
    job: 'join_key_retyped',
    edit: 'join key retyped',
    what: 'a regular join ON a.k = b.k (INT) → ON a.name = b.name (STRING)',
    files: {
      'tables/join_key_retyped_a.yaml': smallDatagen(JOIN_SIDE),
      'tables/join_key_retyped_b.yaml': smallDatagen(JOIN_SIDE),
      'tables/join_key_retyped_out.yaml': blackhole([
        'k INT',
        'name STRING',
        'bk INT',
        'bname STRING',
        'v INT',
      ]),
      'jobs/join_key_retyped.sql': joinOn('k')('join_key_retyped_out'),
      'jobs/join_key_retyped.yaml': P1,
    },
    edited: { 'jobs/join_key_retyped.sql': joinOn('name')('join_key_retyped_out') },
    expected: both('failed'),
  });
  // Category and product id are hex digits alike, so a key read crossed meets the state of another
  // group; `seen` is the group's own key, which the old job wrote into its MIN accumulator.
  const reordered = (group: string) =>
    sql([
      'INSERT INTO group_by_reordered_out',
      "SELECT category, product_id, COUNT(*) AS c, MIN(CONCAT(category, '/', product_id)) AS seen",
      'FROM group_by_reordered_src',
      `GROUP BY ${group};`,
    ]);
  edits.push({
    job: 'group_by_reordered',
    edit: 'group keys of one type reordered',
    what: 'GROUP BY category, product_id → GROUP BY product_id, category (both STRING)',
    files: {
      'tables/group_by_reordered_src.yaml': smallDatagen(['category STRING', 'product_id STRING'], 5),
      'tables/group_by_reordered_out.yaml': [
        'kind: sink',
        'connector: print',
        'columns:',
        columns(['category STRING', 'product_id STRING', 'c BIGINT', 'seen STRING']),
        'with:',
        '  print-identifier: group_by_reordered',
        '',
      ].join('\n'),
      'jobs/group_by_reordered.sql': reordered('category, product_id'),
      'jobs/group_by_reordered.yaml': P1,
    },
    edited: { 'jobs/group_by_reordered.sql': reordered('product_id, category') },
    expected: both('restored-misread'),
    why: Object.fromEntries(
      FLINK_LINES.map((l) => [
        l,
        "state read crossed: the key is two STRINGs either way, so Flink (which compares serializers only) restores, and the new job reads group (c, p) from the old state of group (p, c): the sink prints rows (category, product_id, c, seen) whose seen, the MIN of the group's own 'category/product_id', names the other group",
      ]),
    ),
    // A group whose MIN accumulator holds another group's key: `-U[a, 3, 7, 3/a]`.
    misread: {
      printIdentifier: 'group_by_reordered',
      crossed: (r) => r.fields.length === 4 && r.fields[3] !== `${r.fields[0]}/${r.fields[1]}`,
    },
  });
  // k and v are INTs of 0..9 alike, so the state kept for k = 3 is restored as that of v = 3. The
  // group's MIN(v) is its own key once grouped by v; from the old state it is the least v seen with
  // k = 3. `grouped_by` says which job printed the row.
  const switched = (key: 'k' | 'v') =>
    sql([
      'INSERT INTO group_key_switched_out',
      `SELECT '${key}' AS grouped_by, ${key} AS g, COUNT(*) AS c, MIN(k) AS min_k, MIN(v) AS min_v`,
      'FROM group_key_switched_src',
      `GROUP BY ${key};`,
    ]);
  edits.push({
    job: 'group_key_switched',
    edit: 'group key switched to another column of its type',
    what: 'GROUP BY k → GROUP BY v (both INT, 0..9)',
    files: {
      'tables/group_key_switched_src.yaml': smallDatagen(['k INT', 'v INT'], 5),
      'tables/group_key_switched_out.yaml': [
        'kind: sink',
        'connector: print',
        'columns:',
        columns(['grouped_by STRING', 'g INT', 'c BIGINT', 'min_k INT', 'min_v INT']),
        'with:',
        '  print-identifier: group_key_switched',
        '',
      ].join('\n'),
      'jobs/group_key_switched.sql': switched('k'),
      'jobs/group_key_switched.yaml': P1,
    },
    edited: { 'jobs/group_key_switched.sql': switched('v') },
    expected: both('restored-misread'),
    why: Object.fromEntries(
      FLINK_LINES.map((l) => [
        l,
        "state read crossed: the key is an INT either way, so Flink (which compares serializers only) restores, and the new job reads group v = x from the old state of group k = x: the sink prints rows (grouped_by, g, c, min_k, min_v) whose min_v, the least v of the group's own rows and so g itself, is another value",
      ]),
    ),
    // A group by v whose MIN(v) is not its own key: `-U[v, 3, 41, 3, 0]`.
    misread: {
      printIdentifier: 'group_key_switched',
      crossed: (r) => r.fields.length === 5 && r.fields[0] === 'v' && r.fields[4] !== r.fields[1],
    },
  });
  edits.push({
    job: 'lookup_join_added',
    edit: 'lookup join added',
    what: 'a JDBC lookup join (FOR SYSTEM_TIME AS OF) before the GROUP BY',
    files: {
      'tables/lookup_join_added_out.yaml': blackhole(COUNT_K),
      'tables/dim.yaml': derbyDimension(res.derbyPath),
      'jobs/lookup_join_added.sql': countBy('lookup_join_added_out'),
      'jobs/lookup_join_added.yaml': P1,
    },
    edited: {
      'jobs/lookup_join_added.sql': sql([
        'INSERT INTO lookup_join_added_out',
        'SELECT e.k, COUNT(*) AS c',
        'FROM events e JOIN dim FOR SYSTEM_TIME AS OF e.pt AS d ON e.k = d.k',
        'GROUP BY e.k;',
      ]),
    },
    expected: both('restored-anrs'),
  });
  queryEdit(
    'union_branch',
    'UNION branch added',
    'GROUP BY over events → over events UNION ALL clicks',
    COUNT_K,
    (o) => countBy(o),
    (o) => countBy(o, '(SELECT k FROM events UNION ALL SELECT k FROM clicks)'),
    both('restored-anrs'),
  );
  queryEdit(
    'dedup_keep_last',
    'dedup keep first → keep last',
    'ROW_NUMBER() OVER (PARTITION BY k ORDER BY pt ASC) → DESC, rn = 1',
    ['id BIGINT', 'k INT', 'v INT'],
    (o) => dedup(o, 'ASC'),
    (o) => dedup(o, 'DESC'),
    both('failed'),
  );
  // A print sink of its own for the edits whose restored job's rows show whether it kept the state.
  const printOut = (job: string, cols: string[]) =>
    [
      'kind: sink',
      'connector: print',
      'columns:',
      columns(cols),
      'with:',
      `  print-identifier: ${job}`,
      '',
    ].join('\n');
  const ranked = (out: string, order: string, where: string, rn = true) =>
    sql([
      `INSERT INTO ${out}`,
      `SELECT k, v${rn ? ', rn' : ''}`,
      'FROM (',
      `  SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ${order}) AS rn`,
      '  FROM events',
      ')',
      `WHERE ${where};`,
    ]);
  const lines = (text: string) => Object.fromEntries(FLINK_LINES.map((l) => [l, text]));
  edits.push({
    job: 'dedup_to_topn',
    edit: 'dedup → top-N',
    what: 'ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts) = 1 → <= 2 (a Deduplicate becomes a Rank)',
    files: {
      'tables/dedup_to_topn_out.yaml': printOut('dedup_to_topn', ['k INT', 'v INT', 'rn BIGINT']),
      'jobs/dedup_to_topn.sql': ranked('dedup_to_topn_out', 'ts', 'rn = 1'),
      'jobs/dedup_to_topn.yaml': P1,
    },
    edited: { 'jobs/dedup_to_topn.sql': ranked('dedup_to_topn_out', 'ts', 'rn <= 2') },
    expected: both('restored-empty'),
    why: lines(
      'state not read: the Rank keeps its state under other names than the Deduplicate, so Flink restores the savepoint (the key is an INT either way) and the Rank starts empty: it prints a new rank 1 for every key',
    ),
    // Rank 1 by ts ASC is the key's first row, which the restored state would hold (and not print again).
    empty: { printIdentifier: 'dedup_to_topn', fresh: (r) => r.kind === '+I' && r.fields[2] === '1' },
  });
  edits.push({
    job: 'dedup_rowtime_keep_last',
    edit: 'row-time dedup keep first → keep last',
    what: 'ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts ASC) → DESC, rn = 1 (ts: event time)',
    files: {
      'tables/dedup_rowtime_keep_last_out.yaml': printOut('dedup_rowtime_keep_last', ['k INT', 'v INT']),
      'jobs/dedup_rowtime_keep_last.sql': ranked('dedup_rowtime_keep_last_out', 'ts ASC', 'rn = 1', false),
      'jobs/dedup_rowtime_keep_last.yaml': P1,
    },
    edited: {
      'jobs/dedup_rowtime_keep_last.sql': ranked('dedup_rowtime_keep_last_out', 'ts DESC', 'rn = 1', false),
    },
    expected: { '1.19': 'restored', '1.20': 'restored', '2.2': 'restored-empty', '2.3': 'restored-empty' },
    why: {
      '1.19':
        "kept: one function keeps the row per key either way ('deduplicate-state'); the keep-last updates the restored row (+U)",
      '1.20':
        "kept: one function keeps the row per key either way ('deduplicate-state'); the keep-last updates the restored row (+U)",
      '2.2':
        "state not read: from 2.1 the insert-only keep-first is RowTimeDeduplicateKeepFirstRowFunction, of other state names than the keep-last's 'deduplicate-state'; the keep-last starts empty and inserts (+I) every key's row anew",
      '2.3':
        "state not read: from 2.1 the insert-only keep-first is RowTimeDeduplicateKeepFirstRowFunction, of other state names than the keep-last's 'deduplicate-state'; the keep-last starts empty and inserts (+I) every key's row anew",
    },
    // A keep-last holding a row updates it (+U); only one without it inserts.
    empty: { printIdentifier: 'dedup_rowtime_keep_last', fresh: (r) => r.kind === '+I' },
  });
  queryEdit(
    'topn_rank_number',
    'top-N rank number no longer selected',
    'top 3 per k by v: SELECT k, v, rn → SELECT k, v',
    ['k INT', 'v INT', 'rn BIGINT'],
    (o) => topN(o, 3),
    (o) => topN(o, 3).replace('SELECT k, v, rn\n', 'SELECT k, v\n'),
    both('restored'),
    { afterCols: ['k INT', 'v INT'] },
  );
  queryEdit(
    'topn_change',
    'top-N size change',
    'top 3 → top 5 per k by v',
    ['k INT', 'v INT', 'rn BIGINT'],
    (o) => topN(o, 3),
    (o) => topN(o, 5),
    both('restored'),
  );
  edits.push({
    job: 'source_option',
    edit: 'source option change',
    what: "the job's datagen source: rows-per-second 5 → 10",
    files: {
      'tables/source_option_src.yaml': datagen(5),
      'tables/source_option_out.yaml': blackhole(COUNT_K),
      'jobs/source_option.sql': countBy('source_option_out', 'source_option_src'),
      'jobs/source_option.yaml': P1,
    },
    edited: { 'tables/source_option_src.yaml': datagen(10) },
    expected: both('restored'),
  });
  edits.push({
    job: 'kafka_to_upsert',
    edit: 'connector kafka → upsert-kafka',
    what: 'the source table kafka (JSON key and value) → upsert-kafka (primary key k)',
    files: {
      'tables/kafka_to_upsert_src.yaml': kafkaSource(res.kafkaBrokers, res.kafkaTopic, false),
      'tables/kafka_to_upsert_out.yaml': blackhole(COUNT_K),
      'jobs/kafka_to_upsert.sql': countBy('kafka_to_upsert_out', 'kafka_to_upsert_src'),
      'jobs/kafka_to_upsert.yaml': P1,
    },
    edited: { 'tables/kafka_to_upsert_src.yaml': kafkaSource(res.kafkaBrokers, res.kafkaTopic, true) },
    expected: both('restored-anrs'),
  });
  edits.push(
    sinkParallelism('sink_parallelism', true, both('restored-anrs')),
    sinkParallelism('sink_parallelism_enforced', false, both('restored')),
    parallelismOneToN('parallelism_1_to_n', true, both('restored-anrs')),
    parallelismOneToN('parallelism_1_to_n_enforced', false, both('restored')),
  );
  edits.push({
    job: 'parallelism_n_to_m',
    edit: 'parallelism N → M',
    what: 'job parallelism 2 → 3 (every operator follows it)',
    files: {
      'tables/parallelism_n_to_m_out.yaml': blackhole(COUNT_K),
      'jobs/parallelism_n_to_m.sql': countBy('parallelism_n_to_m_out'),
      'jobs/parallelism_n_to_m.yaml': yaml(['parallelism: 2']),
    },
    edited: { 'jobs/parallelism_n_to_m.yaml': yaml(['parallelism: 3']) },
    expected: both('restored'),
  });
  const MINI_BATCH = [
    'config:',
    '  table.exec.mini-batch.enabled: "true"',
    '  table.exec.mini-batch.allow-latency: 1 s',
    '  table.exec.mini-batch.size: "100"',
  ];
  edits.push(
    settingEdit(
      'minibatch_on',
      'mini-batch on',
      'table.exec.mini-batch.enabled false → true',
      ['parallelism: 1'],
      ['parallelism: 1', ...MINI_BATCH],
      both('restored-anrs'),
    ),
    settingEdit(
      'minibatch_off',
      'mini-batch off',
      'table.exec.mini-batch.enabled true → false',
      ['parallelism: 1', ...MINI_BATCH],
      ['parallelism: 1'],
      both('restored-anrs'),
    ),
    settingEdit(
      'state_ttl_on',
      '`table.exec.state.ttl` set',
      'table.exec.state.ttl 0 (no TTL) → 1 h',
      ['parallelism: 1'],
      ['parallelism: 1', 'config:', '  table.exec.state.ttl: 1 h'],
      { '1.19': 'failed', '1.20': 'failed', '2.2': 'restored', '2.3': 'restored' },
      {
        '1.19':
          'state reshaped: TTL wraps every state value, and the TTL serializer cannot read the plain state',
        '1.20':
          'state reshaped: TTL wraps every state value, and the TTL serializer cannot read the plain state',
        '2.2':
          'kept: Flink 2.x migrates state between plain and TTL values (FLINK-36521, TtlAwareSerializer)',
        '2.3':
          'kept: Flink 2.x migrates state between plain and TTL values (FLINK-36521, TtlAwareSerializer)',
      },
    ),
    settingEdit(
      'state_ttl_change',
      '`table.exec.state.ttl` changed',
      'table.exec.state.ttl 1 h → 2 h',
      ['parallelism: 1', 'config:', '  table.exec.state.ttl: 1 h'],
      ['parallelism: 1', 'config:', '  table.exec.state.ttl: 2 h'],
      both('restored'),
    ),
    settingEdit(
      'chaining_off',
      '`pipeline.operator-chaining` off',
      'pipeline.operator-chaining.enabled true → false',
      ['parallelism: 1'],
      ['parallelism: 1', 'config:', '  pipeline.operator-chaining.enabled: "false"'],
      both('restored-anrs'),
    ),
  );
  const view = (min: number) =>
    sql(['CREATE VIEW view_upstream_v AS', 'SELECT k, v', 'FROM events', `WHERE v > ${min};`]);
  edits.push({
    job: 'view_upstream',
    edit: 'a view edited upstream',
    what: 'the view the job reads: WHERE v > 10 → WHERE v > 50',
    files: {
      'tables/view_upstream_v.sql': view(10),
      'tables/view_upstream_out.yaml': blackhole(COUNT_K),
      'jobs/view_upstream.sql': countBy('view_upstream_out', 'view_upstream_v'),
      'jobs/view_upstream.yaml': P1,
    },
    edited: { 'tables/view_upstream_v.sql': view(50) },
    expected: both('restored'),
  });
  edits.push({
    job: 'udf_version',
    edit: 'a UDF version change',
    what: 'udfs/catalogue_udfs.yaml: the jar of bump() v1 (x + 1) → v2 (x + 2)',
    files: {
      'udfs/catalogue_udfs.yaml': udfYaml(res.udfV1),
      'tables/udf_version_out.yaml': blackhole(['k INT', 's INT']),
      'jobs/udf_version.sql': sql([
        'INSERT INTO udf_version_out',
        'SELECT k, SUM(bump(v)) AS s',
        'FROM events',
        'GROUP BY k;',
      ]),
      'jobs/udf_version.yaml': P1,
    },
    edited: { 'udfs/catalogue_udfs.yaml': udfYaml(res.udfV2) },
    expected: both('restored'),
  });
  const stmtSet = (inserts: string[]) => sql(['EXECUTE STATEMENT SET', 'BEGIN', ...inserts, 'END;']);
  const ssCount = 'INSERT INTO statement_set_out SELECT k, COUNT(*) AS c FROM events GROUP BY k;';
  const ssSum = 'INSERT INTO statement_set_sums SELECT k, SUM(v) AS s FROM events GROUP BY k;';
  edits.push({
    job: 'statement_set',
    edit: 'a statement set gaining an INSERT',
    what: 'EXECUTE STATEMENT SET: a second INSERT (SUM by k) joins the COUNT by k',
    files: {
      'tables/statement_set_out.yaml': blackhole(COUNT_K),
      'tables/statement_set_sums.yaml': blackhole(['k INT', 's INT']),
      'jobs/statement_set.sql': stmtSet([ssCount]),
      'jobs/statement_set.yaml': P1,
    },
    edited: { 'jobs/statement_set.sql': stmtSet([ssCount, ssSum]) },
    expected: both('restored-anrs'),
  });
  return edits;
}

const KEYED_SINK = ['k INT NOT NULL', 'c BIGINT'];
/** The window aggregate's own output order: no Calc between it and the sink. */
const WINDOW_DIRECT_SINK = ['k INT', 'c BIGINT', 'window_start TIMESTAMP(3)', 'window_end TIMESTAMP(3)'];

/**
 * A stateful operator and a print sink at its own sink.parallelism. `direct`: a 10 s window count
 * (append-only, so the sink needs no key) whose output is the sink's row as it is: the aggregate
 * feeds the sink straight, chained to it while their parallelism is equal. Otherwise a COUNT by k
 * into a sink keyed by k: the sink's NOT NULL enforcer stays chained to the aggregate, whatever
 * the sink's parallelism.
 */
function printJob(job: string, direct: boolean, sinkParallelism: number): Record<string, string> {
  const out = `${job}_out`;
  return direct
    ? {
        [`tables/${out}.yaml`]: keyedPrint(WINDOW_DIRECT_SINK, sinkParallelism, false),
        [`jobs/${job}.sql`]: sql([
          `INSERT INTO ${out}`,
          'SELECT k, COUNT(*) AS c, window_start, window_end',
          "FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '10' SECOND))",
          'GROUP BY window_start, window_end, k;',
        ]),
      }
    : {
        [`tables/${out}.yaml`]: keyedPrint(KEYED_SINK, sinkParallelism),
        [`jobs/${job}.sql`]: countBy(out),
      };
}

function sinkParallelism(job: string, direct: boolean, expected: CatalogueEdit['expected']): CatalogueEdit {
  const edited = printJob(job, direct, 2);
  return {
    job,
    edit: direct ? '`sink.parallelism` change' : '`sink.parallelism` change behind an operator',
    what: direct
      ? 'sink.parallelism 1 → 2 of a print sink a window aggregate feeds directly (job parallelism 1)'
      : 'sink.parallelism 1 → 2 of a print sink keyed by k, behind its NOT NULL enforcer (job parallelism 1)',
    files: { ...printJob(job, direct, 1), [`jobs/${job}.yaml`]: P1 },
    edited: { [`tables/${job}_out.yaml`]: edited[`tables/${job}_out.yaml`]! },
    expected,
  };
}

function parallelismOneToN(job: string, direct: boolean, expected: CatalogueEdit['expected']): CatalogueEdit {
  return {
    job,
    edit: direct ? 'parallelism 1 → N' : 'parallelism 1 → N behind an operator',
    what: direct
      ? 'job parallelism 1 → 2; a window aggregate feeds a sink.parallelism 1 print sink directly'
      : 'job parallelism 1 → 2; a COUNT by k feeds a sink.parallelism 1 sink through its NOT NULL enforcer',
    files: { ...printJob(job, direct, 1), [`jobs/${job}.yaml`]: P1 },
    edited: { [`jobs/${job}.yaml`]: yaml(['parallelism: 2']) },
    expected,
  };
}

function dedup(out: string, order: 'ASC' | 'DESC'): string {
  return sql([
    `INSERT INTO ${out}`,
    'SELECT id, k, v',
    'FROM (',
    `  SELECT id, k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY pt ${order}) AS rn`,
    '  FROM events',
    ')',
    'WHERE rn = 1;',
  ]);
}

function topN(out: string, n: number): string {
  return sql([
    `INSERT INTO ${out}`,
    'SELECT k, v, rn',
    'FROM (',
    '  SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v DESC) AS rn',
    '  FROM events',
    ')',
    `WHERE rn <= ${n};`,
  ]);
}
