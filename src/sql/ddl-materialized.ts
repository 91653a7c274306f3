/**
 * The clauses only a materialized table has: `FRESHNESS = INTERVAL '<n>' <unit>` and
 * `REFRESH_MODE = CONTINUOUS | FULL`. Everything else (columns, COMMENT, DISTRIBUTED,
 * PARTITIONED BY, WITH, AS query) is parsed as for CREATE TABLE.
 */
import { CODES } from './codes';
import type { Cursor } from './cursor';
import { parseTableBody, refuseEnforcedKey } from './ddl-table';
import type { ReferenceScanner } from './reference-scanner';
import { pushUnique } from './references';
import type { TableDef } from './types';
import { atLeast, LATEST_FLINK_VERSION } from './versions';

const WHERE = 'CREATE MATERIALIZED TABLE';
const REFRESH_MODES = new Set(['CONTINUOUS', 'FULL']);

/** Parses one materialized-table clause at the cursor: true when one was there, undefined after an error. */
export function materializedClause(c: Cursor): boolean | undefined {
  if (c.eatWord('FRESHNESS')) {
    if (!c.eatOp('=')) return c.unexpected(WHERE, "`=` after FRESHNESS (FRESHNESS = INTERVAL '1' HOUR)");
    if (!c.eatWord('INTERVAL')) return c.unexpected(WHERE, "INTERVAL '<n>' <unit> after FRESHNESS =");
    if (c.string(WHERE, "the interval in quotes (INTERVAL '1' HOUR)") === undefined) return undefined;
    const unit = c.peek();
    if (unit?.kind !== 'word') return c.unexpected(WHERE, 'the interval unit (SECOND, MINUTE, HOUR or DAY)');
    c.i++;
    return true;
  }
  if (c.eatWord('REFRESH_MODE')) {
    if (!c.eatOp('=')) return c.unexpected(WHERE, '`=` after REFRESH_MODE (REFRESH_MODE = CONTINUOUS)');
    const mode = c.peek();
    if (mode?.kind !== 'word' || !REFRESH_MODES.has(mode.value))
      return c.unexpected(WHERE, 'CONTINUOUS or FULL after REFRESH_MODE =');
    c.i++;
    return true;
  }
  return false;
}

/**
 * After `CREATE [OR ALTER] MATERIALIZED TABLE`: the definition into a TableDef. Its query
 * populates the table, so (as for CTAS) the table is written and the query's tables read.
 */
export function parseMaterializedTable(c: Cursor, scanner: ReferenceScanner, start: number): TableDef {
  const table: TableDef = {
    name: { parts: [], name: '', start, end: start },
    temporary: false,
    ifNotExists: false,
    columns: [],
    partitionedBy: [],
    options: {},
  };
  if (c.atWord('OR', 'REPLACE')) {
    c.fail(
      CODES.unexpectedToken,
      'Flink does not replace a materialized table (CREATE OR REPLACE MATERIALIZED TABLE)',
      'Write CREATE MATERIALIZED TABLE, or CREATE OR ALTER MATERIALIZED TABLE (Flink 2.1 and later) to change its query.',
      c.peek(1),
    );
    return table;
  }
  c.eatWord('OR', 'ALTER');
  c.eatWord('MATERIALIZED', 'TABLE');
  const from = c.i;
  const q = parseTableBody(c, table, scanner, materializedClause);
  if (c.diags.length === 0) columnsBefore23(c, table, from);
  // As for CREATE TABLE: "Flink doesn't support ENFORCED mode for PRIMARY KEY constraint" (2.2, 2.3).
  if (c.diags.length === 0 && table.primaryKey?.enforced)
    refuseEnforcedKey(
      c,
      c.toks.find((t, j) => j >= from && t.kind === 'word' && t.value === 'PRIMARY'),
      table.primaryKey.columns.join(', '),
    );
  if (q >= 0) scanner.query(q, c.end, WHERE);
  else if (c.diags.length === 0) c.unexpected(WHERE, 'AS and the query that populates the table');
  if (table.name.parts.length > 0) pushUnique(scanner.refs.writes, table.name);
  return table;
}

/**
 * Before Flink 2.3 the parentheses after a materialized table's name hold only its primary key
 * (`(PRIMARY KEY (a) NOT ENFORCED)`): Flink 1.20's and 2.2's parsers stop at a column or a
 * WATERMARK there ("Encountered "a""); the columns come from the query.
 */
function columnsBefore23(c: Cursor, table: TableDef, from: number): void {
  const version = c.ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  if (atLeast(version, '2.3')) return;
  const column = table.columns[0];
  const at = column
    ? c.toks.find((t, j) => j >= from && t.start === column.start)
    : table.watermark
      ? c.toks.find((t, j) => j >= from && t.kind === 'word' && t.value === 'WATERMARK')
      : undefined;
  if (!at) return;
  c.fail(
    CODES.unexpectedToken,
    `${column ? 'A column definition' : 'A WATERMARK'} in CREATE MATERIALIZED TABLE needs Flink 2.3 or later`,
    `The project targets Flink ${version} (flinkVersion in flinkops.yaml), whose parser takes only the primary key in the parentheses after a materialized table's name: CREATE MATERIALIZED TABLE t (PRIMARY KEY (id) NOT ENFORCED) ... AS SELECT ...; the columns and their types come from the query.`,
    at,
  );
}

/**
 * `ALTER MATERIALIZED TABLE t AS <query>` / `ALTER VIEW v AS <query>`: the new query's
 * tables are read, and a materialized table is written by it. Other ALTERs reference nothing.
 */
export function alterWithQuery(c: Cursor, scanner: ReferenceScanner): void {
  const materialized = c.eatWord('MATERIALIZED', 'TABLE');
  if (!materialized && !c.eatWord('VIEW')) return;
  const name = c.qualifiedName();
  if (!name || !c.eatWord('AS')) return;
  if (c.done()) {
    c.unexpected(materialized ? 'ALTER MATERIALIZED TABLE' : 'ALTER VIEW', 'the query after AS');
    return;
  }
  scanner.query(c.i, c.end, materialized ? 'ALTER MATERIALIZED TABLE' : 'ALTER VIEW');
  if (materialized) pushUnique(scanner.refs.writes, name);
}
