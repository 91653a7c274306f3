/**
 * Lowers one test case into what runs on Flink, with no I/O: session properties, setup
 * statements (each source swapped for a bounded table over the case's rows, views and
 * functions kept or mocked) and one query per sink (the INSERT's SELECT, cast to the
 * sink's column types). Sink DDL is never sent, so no real connector is touched.
 */
import type { DesiredJob } from '../../compile';
import { type Diagnostic, error, type SourceRange } from '../../core/diagnostics';
import { isQueryOption } from '../../core/python-options';
import type { ChangeOp, TestMode, TestRow } from '../../load';
import { quoteIdentifier, type Statement, type TableDef } from '../../sql';
import { type LoadedRows, rowsOf, TEST_CODES, type TestFile } from './load';
import { dropTemporal, hasTemporalJoin, inlineColumns, mockFunctions, splitInsert } from './rewrite';
import { type ColumnType, columnType, expectedValueProblem, sqlLiteral, valueProblem } from './values';

export interface SinkQuery {
  sink: string;
  sql: string;
  columns: { name: string; type: ColumnType }[];
  primaryKey?: string[];
}

export interface Expectation {
  sink: string;
  kind: 'rows' | 'changelog';
  rows: TestRow[];
  ops?: ChangeOp[];
  ranges: SourceRange[];
  /** Columns compared: those the expected rows name (all columns when they name none). */
  compared: string[];
}

export interface CaseProgram {
  name: string;
  range: SourceRange;
  mode: TestMode;
  properties: Record<string, string>;
  setup: string[];
  queries: SinkQuery[];
  expectations: Expectation[];
}

const ROW = '__fo_row';

function inputColumns(def: TableDef) {
  return def.columns.filter((c) => c.kind !== 'computed');
}

/** Computed as PROCTIME(): a processing-time attribute. */
export function isProctime(c: { kind: string; expr?: string }): boolean {
  return c.kind === 'computed' && /^\s*PROCTIME\s*\(\s*\)\s*$/i.test(c.expr ?? '');
}

/**
 * CREATE TEMPORARY TABLE over datagen (a bounded row counter) + the view named like the table.
 * A table with a primary key holds one row per key, as an upsert or CDC source (or a database
 * table) does: the view keeps the key's last row, a deduplication that Flink also reads as a
 * versioned table, so an event-time temporal join picks the version valid at each row's time.
 */
function boundedTable(def: TableDef, rows: TestRow[], mode: TestMode): string[] {
  const name = def.name.name;
  const backing = quoteIdentifier(`__fo_input_${name}`);
  const cols = inputColumns(def);
  const n = Math.max(rows.length, 1);
  const lines = [`  ${quoteIdentifier(ROW)} BIGINT`];
  const exprs = new Map<string, string>();
  // A column of a type test rows cannot give (ROW, ARRAY, MAP, ...) is always NULL: typed in the
  // view, since Flink 1.20 fails to plan a table with a ROW column computed as CAST(NULL AS ROW<...>).
  const nulls = new Map<string, string>();
  for (const c of cols) {
    const t = columnType(c.type ?? 'STRING');
    if (t.family === undefined) {
      nulls.set(c.name, `CAST(NULL AS ${t.sql})`);
      continue;
    }
    const branches = rows.map((r, i) => `WHEN ${i + 1} THEN ${sqlLiteral(r[c.name] ?? null, t)}`);
    const expr = branches.length
      ? `CASE ${quoteIdentifier(ROW)} ${branches.join(' ')} END`
      : `CAST(NULL AS ${t.sql})`;
    exprs.set(c.name, expr);
    lines.push(`  ${quoteIdentifier(c.name)} AS ${expr}`);
  }
  const wmComputed = def.watermark
    ? def.columns.find((c) => c.kind === 'computed' && c.name === def.watermark!.column)
    : undefined;
  // Here the columns it reads are computed too, which Flink refuses: their expressions are written in.
  if (wmComputed)
    lines.push(`  ${quoteIdentifier(wmComputed.name)} AS ${inlineColumns(wmComputed.expr ?? '', exprs)}`);
  const pk = def.primaryKey?.columns ?? [];
  const PT = '__fo_pt';
  if (pk.length && mode === 'streaming') lines.push(`  ${quoteIdentifier(PT)} AS PROCTIME()`);
  if (def.watermark)
    lines.push(`  WATERMARK FOR ${quoteIdentifier(def.watermark.column)} AS ${def.watermark.expr}`);
  const table = [
    `CREATE TEMPORARY TABLE ${backing} (\n${lines.join(',\n')}\n) WITH (`,
    `  'connector' = 'datagen',`,
    `  'number-of-rows' = '${n}',`,
    `  'fields.${ROW}.kind' = 'sequence',`,
    `  'fields.${ROW}.start' = '1',`,
    `  'fields.${ROW}.end' = '${n}'`,
    ')',
  ].join('\n');
  const select = def.columns.map((c) =>
    c.kind === 'computed' && c !== wmComputed
      ? `${inlineColumns(c.expr ?? '', nulls)} AS ${quoteIdentifier(c.name)}`
      : nulls.has(c.name)
        ? `${nulls.get(c.name)} AS ${quoteIdentifier(c.name)}`
        : quoteIdentifier(c.name),
  );
  let from = `${backing}${rows.length ? '' : ' WHERE FALSE'}`;
  if (pk.length) {
    // Streaming: the last row to arrive wins (Flink deduplicates on a time attribute only);
    // batch: the last row of the case.
    const order = quoteIdentifier(mode === 'streaming' ? PT : ROW);
    from = `(SELECT *, ROW_NUMBER() OVER (PARTITION BY ${pk.map(quoteIdentifier).join(', ')} ORDER BY ${order} DESC) AS \`__fo_rn\` FROM ${from}) WHERE \`__fo_rn\` = 1`;
  }
  const view = `CREATE TEMPORARY VIEW ${quoteIdentifier(name)} AS SELECT ${select.join(', ')} FROM ${from}`;
  return [table, view];
}

function sinkColumns(def: TableDef | undefined, listed: string[] | undefined) {
  const all = (def?.columns ?? []).filter(
    (c) => c.kind === 'physical' || (c.kind === 'metadata' && !c.virtual),
  );
  const names = listed ?? all.map((c) => c.name);
  return names.map((n) => ({ name: n, type: columnType(all.find((c) => c.name === n)?.type ?? 'STRING') }));
}

function sinkQuery(
  insert: Statement,
  tables: Map<string, TableDef>,
  rewrite: (s: string) => string,
): SinkQuery | undefined {
  const parts = splitInsert(insert.text);
  if (!parts) return undefined;
  const def = tables.get(parts.table);
  const columns = sinkColumns(def, parts.columns);
  const inner = columns.map((_, i) => quoteIdentifier(`__c${i + 1}`));
  const select = columns.map(
    (c, i) => `CAST(CAST(${inner[i]} AS ${c.type.sql}) AS STRING) AS ${quoteIdentifier(c.name)}`,
  );
  const sql = `SELECT ${select.join(', ')}\nFROM (\n${rewrite(parts.query)}\n) AS __fo_q (${inner.join(', ')})`;
  const pk = def?.primaryKey?.columns;
  return { sink: parts.table, sql, columns, ...(pk?.length ? { primaryKey: pk } : {}) };
}

/** The program of case `index` of a job's test file; problems in the file are located diagnostics. */
export function caseProgram(
  dir: string,
  job: DesiredJob,
  tf: TestFile,
  index: number,
): { value: CaseProgram | undefined; diags: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const spec = tf.spec.cases[index]!;
  const casePath = ['cases', index];
  const tables = new Map<string, TableDef>();
  for (const st of job.statements)
    if (st.kind === 'create_table' && st.table) tables.set(st.table.name.name, st.table);
  const read = new Set(job.sources.filter((s) => tables.has(s)));
  const proctime = new Set(
    [...read].flatMap((t) =>
      tables
        .get(t)!
        .columns.filter(isProctime)
        .map((c) => c.name),
    ),
  );
  const mocks = tf.spec.functions ?? {};
  const rewrite = (s: string) => dropTemporal(mockFunctions(s, mocks), read, proctime);

  const checkRows = (
    rows: LoadedRows,
    def: TableDef | undefined,
    cols: { name: string; type: ColumnType }[],
    table: string,
    sink?: TableDef,
  ) => {
    rows.rows.forEach((row, i) => {
      // The key (or value) itself when the row is written inline, else the row's line.
      const at = (k: string, what: 'key' | 'value') => {
        const path = rows.paths?.[i];
        return path ? tf.source.locate([...path, k], what) : rows.ranges[i];
      };
      for (const [k, v] of Object.entries(row)) {
        const col = cols.find((c) => c.name === k);
        const computed = def?.columns.find((c) => c.kind === 'computed' && c.name === k);
        if (!col && computed) {
          diags.push(
            error(
              TEST_CODES.unknownColumn,
              `${def!.name.name}.${k} is a computed column: a test row cannot give its value`,
              `Its value is computed from the row: AS ${computed.expr}. Give the columns it is computed from (${cols.map((c) => c.name).join(', ')}) and leave "${k}" out. An expression of the clock (CURRENT_TIMESTAMP, PROCTIME()) has no fixed value in a test: to test event time, compute the column from a column of the row (for example TO_TIMESTAMP_LTZ(ts_ms, 3)) or read it from the source's metadata.`,
              at(k, 'key'),
            ),
          );
          continue;
        }
        if (!col && sink?.columns.some((c) => c.name === k)) {
          diags.push(
            error(
              TEST_CODES.unknownColumn,
              `The job's INSERT into ${sink.name.name} does not write column "${k}"`,
              `Its column list names ${cols.map((c) => c.name).join(', ')}; Flink writes NULL to the sink's other columns, and the test compares only those the INSERT writes. Leave "${k}" out of the expected rows.`,
              at(k, 'key'),
            ),
          );
          continue;
        }
        if (!col) {
          diags.push(
            error(
              TEST_CODES.unknownColumn,
              `${table} has no column "${k}"`,
              `Columns: ${cols.map((c) => c.name).join(', ')}.`,
              at(k, 'key'),
            ),
          );
          continue;
        }
        // def is the table of an input row; an expected row (a sink's) holds what Flink wrote.
        const p = def ? valueProblem(v, col.type) : expectedValueProblem(v, col.type);
        if (p)
          diags.push(
            error(
              TEST_CODES.badValue,
              `${k}: ${JSON.stringify(v)} does not fit ${col.type.sql}`,
              `${p}.`,
              at(k, 'value'),
            ),
          );
      }
    });
  };

  const mode: TestMode =
    spec.mode ?? (Object.values(spec.expect).some((e) => e.changelog) ? 'streaming' : 'batch');
  const setup: string[] = [];
  for (const name of Object.keys(spec.inputs ?? {})) {
    if (!read.has(name))
      diags.push(
        error(
          TEST_CODES.unknownTable,
          `Job ${job.name} does not read a table "${name}"`,
          `Inputs are the tables the job reads: ${[...read].join(', ') || 'none'}.`,
          tf.source.locate([...casePath, 'inputs', name], 'key'),
        ),
      );
  }
  for (const name of [...read].sort()) {
    const def = tables.get(name)!;
    const input = spec.inputs?.[name];
    const loaded = input ? rowsOf(dir, tf, [...casePath, 'inputs', name], input) : undefined;
    if (loaded) diags.push(...loaded.diags);
    const rows = loaded?.value ?? { rows: [], ranges: [] };
    const inputs = inputColumns(def);
    checkRows(
      rows,
      def,
      inputs.map((c) => ({ name: c.name, type: columnType(c.type ?? 'STRING') })),
      name,
    );
    // Flink fails a streaming case whose row has no event time ("RowTime field should not be null").
    const rowtime = def.watermark?.column;
    if (mode === 'streaming' && rowtime !== undefined && inputs.some((c) => c.name === rowtime))
      rows.rows.forEach((row, i) => {
        if (row[rowtime] !== undefined && row[rowtime] !== null) return;
        diags.push(
          error(
            'FO466',
            `${name}.${rowtime} is the table's event time: a streaming case needs it in every row`,
            `${name} has a WATERMARK on ${rowtime}, and Flink fails a streaming job on a row whose event time is NULL ("RowTime field should not be null"). Give ${rowtime} a value (e.g. "2024-05-01 10:00:05") in this row, or run the case in batch mode.`,
            rows.ranges[i],
          ),
        );
      });
    setup.push(...boundedTable(def, rows.rows, mode));
  }
  const properties: Record<string, string> = {};
  const queries: SinkQuery[] = [];
  for (const st of job.statements) {
    if (st.kind === 'set' && st.set?.key && isQueryOption(st.set.key) && st.set.value !== undefined)
      properties[st.set.key] = st.set.value;
    else if (st.kind === 'create_view') setup.push(rewrite(st.text));
    else if (st.kind === 'create_function' && st.function && !(st.function.name.name in mocks))
      setup.push(st.text);
    else if (st.kind === 'insert' || st.kind === 'statement_set') {
      for (const ins of st.kind === 'insert' ? [st] : (st.inner ?? [])) {
        const q = sinkQuery(ins, tables, rewrite);
        if (q) queries.push(q);
      }
    }
  }
  const expectations: Expectation[] = [];
  for (const [sink, exp] of Object.entries(spec.expect)) {
    const q = queries.find((x) => x.sink === sink);
    const at = tf.source.locate([...casePath, 'expect', sink], 'key');
    if (!q) {
      diags.push(
        error(
          TEST_CODES.unknownTable,
          `Job ${job.name} does not write a table "${sink}"`,
          `Expectations are for the job's sinks: ${queries.map((x) => x.sink).join(', ')}.`,
          at,
        ),
      );
      continue;
    }
    let rows: LoadedRows;
    let ops: ChangeOp[] | undefined;
    if (exp.changelog) {
      rows = {
        rows: exp.changelog.map((c) => c.row),
        ranges: exp.changelog.map((_, i) => tf.source.locate([...casePath, 'expect', sink, 'changelog', i])),
        paths: exp.changelog.map((_, i) => [...casePath, 'expect', sink, 'changelog', i, 'row']),
      };
      ops = exp.changelog.map((c) => c.op);
    } else {
      const loaded = rowsOf(dir, tf, [...casePath, 'expect', sink], exp);
      diags.push(...loaded.diags);
      rows = loaded.value;
    }
    checkRows(rows, undefined, q.columns, `The sink ${sink}`, tables.get(sink));
    const named = new Set(rows.rows.flatMap((r) => Object.keys(r)));
    const compared = named.size
      ? q.columns.map((c) => c.name).filter((c) => named.has(c))
      : q.columns.map((c) => c.name);
    expectations.push({
      sink,
      kind: exp.changelog ? 'changelog' : 'rows',
      rows: rows.rows,
      ranges: rows.ranges,
      compared,
      ...(ops ? { ops } : {}),
    });
  }
  // Flink runs an event-time temporal join only in streaming mode; in batch it fails to plan
  // ("unexpected correlate variable $cor0"), which names nothing the user wrote.
  if (mode === 'batch' && [...setup, ...queries.map((q) => q.sql)].some((sql) => hasTemporalJoin(sql)))
    diags.push(
      error(
        TEST_CODES.badFile,
        `Job ${job.name} has a temporal join (FOR SYSTEM_TIME AS OF an event time), which Flink runs only in streaming mode`,
        spec.mode
          ? 'Set mode: streaming in this case: the watermarks then pick the version of each row valid at its time.'
          : 'Add mode: streaming to this case (batch is the default): the watermarks then pick the version of each row valid at its time.',
        tf.source.locate(spec.mode ? [...casePath, 'mode'] : [...casePath, 'name']),
      ),
    );
  if (spec.mode === 'batch' && expectations.some((e) => e.kind === 'changelog'))
    diags.push(
      error(
        TEST_CODES.badFile,
        'A changelog is only seen in streaming mode',
        'Remove mode: batch from the case (or set mode: streaming), or expect the final rows with rows:.',
        tf.source.locate([...casePath, 'mode']),
      ),
    );
  // UTC unless the job sets its own zone: the job's zone decides its local days and windows.
  properties['table.local-time-zone'] ??= 'UTC';
  Object.assign(properties, { 'execution.runtime-mode': mode, 'parallelism.default': '1' });
  const range = tf.source.locate(casePath);
  if (diags.some((d) => d.severity === 'error')) return { value: undefined, diags };
  return {
    value: {
      name: spec.name,
      range,
      mode,
      properties,
      setup,
      queries: queries.filter((q) => expectations.some((e) => e.sink === q.sink)),
      expectations,
    },
    diags,
  };
}
