/**
 * CREATE [TEMPORARY] TABLE, incl. LIKE and AS (CTAS/RTAS), into a TableDef. Strict
 * about the clauses after the column list (so Hive's TBLPROPERTIES and friends are
 * reported where they stand), lenient inside expressions (computed columns and
 * watermarks are kept as text and scanned only for function calls).
 */

import { didYouMean } from '../core/names';
import { CODES } from './codes';
import type { Cursor } from './cursor';
import { parseDataType, ROWTIME_TYPES, rowtimeTypeProblem } from './data-type';
import { parseNameList, parseOptions } from './ddl-lists';
import type { Token } from './lexer';
import { isName, nameOf } from './lexer';
import { TIME_UNITS } from './query-words';
import type { ReferenceScanner } from './reference-scanner';
import type { ColumnDef, ObjectRef, TableDef } from './types';
import { atLeast, LATEST_FLINK_VERSION, reservedIn } from './versions';

export { parseNameList, parseOptions };

const WHERE = 'CREATE TABLE';

/** Index of the `,` or `)` that ends the current table element (depth-aware; `angles`: `<...>` nest too, as in a type). */
function elementEnd(c: Cursor, from: number, angles = false): number {
  let depth = 0;
  for (let j = from; j < c.end; j++) {
    const t = c.toks[j]!;
    if (t.kind !== 'op') continue;
    if (t.value === '(' || t.value === '[' || (angles && t.value === '<')) depth++;
    else if (t.value === ']' || (angles && t.value === '>' && depth > 0)) depth--;
    else if (t.value === ')') {
      if (depth === 0) return j;
      depth--;
    } else if (t.value === ',' && depth === 0) return j;
  }
  return c.end;
}

function primaryKey(
  c: Cursor,
  table: TableDef,
  marks: Marks,
  name: string | undefined,
  column?: string,
): void {
  const at = c.toks[c.i - 2];
  const from = column === undefined ? c.i : c.i - 3;
  const columns = column === undefined ? parseNameList(c, WHERE) : [column];
  marks.key = [from, c.i];
  let enforced = true;
  if (c.eatWord('NOT', 'ENFORCED')) enforced = false;
  else if (c.eatWord('ENFORCED')) enforced = true;
  if (table.primaryKey) {
    c.fail(
      CODES.unexpectedToken,
      'A table can have only one PRIMARY KEY',
      'Declare the primary key once, either on its column or as a table constraint.',
      at,
    );
  }
  table.primaryKey = name === undefined ? { columns, enforced } : { columns, enforced, name };
}

/** A UNIQUE constraint: Flink's parser reads it, but Flink supports none (only PRIMARY KEY ... NOT ENFORCED). */
function unique(c: Cursor): undefined {
  c.fail(
    CODES.unexpectedToken,
    'Flink does not support UNIQUE constraints',
    'Remove the UNIQUE constraint, or declare the key as PRIMARY KEY (...) NOT ENFORCED: Flink rejects UNIQUE when it runs the statement.',
  );
  return undefined;
}

/** The name of a `CONSTRAINT name` that comes next (undefined: none); false once a missing name is reported. */
function constraintName(c: Cursor): string | undefined | false {
  if (!c.eatWord('CONSTRAINT')) return undefined;
  const n = c.peek();
  if (!isName(n)) {
    c.unexpected(WHERE, 'the constraint name after CONSTRAINT');
    return false;
  }
  c.i++;
  return nameOf(c.ctx.text, n);
}

/** Where the parts of a CREATE TABLE that name columns stand, for the checks after the column list. */
interface Marks {
  /** The rowtime column of WATERMARK FOR. */
  rowtime?: Token;
  /** Token range [from, to) of the PRIMARY KEY's column list (a second key is an error of its own). */
  key?: [number, number];
  /** Column names read by computed columns and the watermark expression. */
  reads: ObjectRef[];
}

/** One element of the column list. */
function element(
  c: Cursor,
  table: TableDef,
  scanner: ReferenceScanner,
  marks: Marks,
  where = WHERE,
): undefined {
  const startTok = c.peek();
  if (!startTok) return;
  if (c.eatWord('WATERMARK')) {
    if (table.watermark) {
      c.fail(
        CODES.unexpectedToken,
        'A table can have only one WATERMARK',
        'Keep one WATERMARK FOR ... AS ... clause: Flink takes a single rowtime attribute per table.',
        startTok,
      );
      return;
    }
    if (!c.eatWord('FOR')) return c.unexpected(where, 'FOR after WATERMARK (WATERMARK FOR col AS expr)');
    marks.rowtime = c.peek();
    const col = c.qualifiedName();
    if (!col) return c.unexpected(where, 'the rowtime column after WATERMARK FOR');
    if (!c.eatWord('AS')) return c.unexpected(where, 'AS and the watermark expression');
    const end = elementEnd(c, c.i);
    if (end === c.i) return c.unexpected(where, 'the watermark expression');
    marks.reads.push(...scanner.checkedExpression(c.i, end, 'the watermark expression'));
    table.watermark = { column: col.parts.join('.'), expr: c.textOf(c.i, end) };
    c.i = end;
    return;
  }
  const constraint = constraintName(c);
  if (constraint === false) return;
  if (c.eatWord('PRIMARY', 'KEY')) {
    primaryKey(c, table, marks, constraint);
    return;
  }
  if (c.atWord('UNIQUE')) return unique(c);
  if (constraint !== undefined) return c.unexpected(where, 'PRIMARY KEY after CONSTRAINT name');
  if (!isName(startTok)) return c.unexpected(where, 'a column name, WATERMARK or PRIMARY KEY');
  if (startTok.kind === 'word' && reservedIn(startTok.value, c.ctx.flinkVersion ?? LATEST_FLINK_VERSION)) {
    const raw = c.ctx.text.slice(startTok.start, startTok.end);
    c.fail(
      CODES.unexpectedToken,
      `\`${raw}\` is a reserved word in Flink SQL and cannot name a column unquoted`,
      `Quote it with backticks: \`${raw}\`.`,
      startTok,
    );
    return;
  }
  const name = nameOf(c.ctx.text, startTok);
  c.i++;
  const col: ColumnDef = { kind: 'physical', name, start: startTok.start, end: startTok.end };
  if (c.atOp(',') || c.atOp(')')) {
    // A bare column name: CTAS / RTAS / materialized tables may list (and so reorder) the
    // query's columns without types; checked against the AS query in parseTableBody.
    table.columns.push(col);
    return;
  }
  if (c.eatWord('AS')) {
    col.kind = 'computed';
    let end = elementEnd(c, c.i);
    // A trailing COMMENT 'x' belongs to the column, not the expression.
    if (end - 2 >= c.i && c.toks[end - 2]!.kind === 'word' && c.toks[end - 2]!.value === 'COMMENT') {
      if (c.toks[end - 1]!.kind === 'string') col.comment = c.toks[end - 1]!.value;
      end -= 2;
    }
    if (end === c.i) return c.unexpected(where, 'the computed column expression after AS');
    marks.reads.push(...scanner.checkedExpression(c.i, end, 'the computed column'));
    col.expr = c.textOf(c.i, end);
    c.i = end + (col.comment !== undefined ? 2 : 0);
  } else {
    const typeStart = c.i;
    const type = parseDataType(c, where);
    if (type === undefined) {
      // Resume after the whole type: its error may lie inside ROW<...> or DECIMAL(...).
      c.i = Math.max(c.i, elementEnd(c, typeStart, true));
      return;
    }
    col.type = type;
    col.nullable = true;
    // Flink's order: [NOT] NULL, then METADATA [FROM 'key'] [VIRTUAL] or a PRIMARY KEY, then COMMENT.
    if (c.eatWord('NOT', 'NULL')) col.nullable = false;
    else c.eatWord('NULL');
    if (c.eatWord('METADATA')) {
      col.kind = 'metadata';
      if (c.eatWord('FROM')) {
        const k = c.string(where, "the metadata key in quotes (METADATA FROM 'key')");
        if (k === undefined) return;
        col.metadataKey = k;
      }
      if (c.eatWord('VIRTUAL')) col.virtual = true;
    } else if (c.atWord('PRIMARY', 'KEY') || c.atWord('CONSTRAINT')) {
      const cname = constraintName(c);
      if (cname === false) return;
      if (c.atWord('UNIQUE')) return unique(c);
      if (!c.eatWord('PRIMARY', 'KEY')) return c.unexpected(where, 'PRIMARY KEY');
      primaryKey(c, table, marks, cname, name);
    } else if (c.atWord('UNIQUE')) return unique(c);
    if (c.eatWord('COMMENT')) {
      const s = c.string(where, 'the column comment in quotes');
      if (s === undefined) return;
      col.comment = s;
    }
  }
  col.end = c.toks[c.i - 1]!.end;
  table.columns.push(col);
}

/**
 * `ALTER TABLE t ADD | MODIFY col type ...` (one column, no parentheses) from its name: the column as
 * CREATE TABLE takes it, then FIRST or AFTER col, then the end of the statement. A computed column
 * (`col AS expr`) is left alone: its expression runs to the end of the statement.
 */
export function alterTableColumn(c: Cursor, scanner: ReferenceScanner, where: string): void {
  if (c.peek(1)?.kind === 'word' && c.peek(1)!.value === 'AS') return;
  const table: TableDef = {
    name: { parts: [], name: '', start: 0, end: 0 },
    temporary: false,
    ifNotExists: false,
    columns: [],
    partitionedBy: [],
    options: {},
  };
  const before = c.diags.length;
  // A type that looks misspelt is only a warning: what follows it is still checked.
  const failed = () => c.diags.slice(before).some((d) => d.severity === 'error');
  element(c, table, scanner, { reads: [] }, where);
  if (failed()) return;
  if (c.eatWord('AFTER')) {
    if (!c.qualifiedName()) c.unexpected(where, 'the column name after AFTER');
  } else c.eatWord('FIRST');
  if (!c.done() && !c.atOp(';') && !failed())
    c.unexpected(where, 'FIRST, AFTER col or the end of the statement');
}

/**
 * Parses from after `CREATE [OR REPLACE] [TEMPORARY] TABLE` (or `REPLACE TABLE`).
 * Returns the index where an AS query starts (or -1).
 */
export function parseTableBody(
  c: Cursor,
  table: TableDef,
  scanner: ReferenceScanner,
  extraClause?: (c: Cursor) => boolean | undefined,
): number {
  if (c.eatWord('IF', 'NOT', 'EXISTS')) table.ifNotExists = true;
  const name = c.qualifiedName();
  if (!name) {
    c.unexpected(WHERE, 'the table name');
    return -1;
  }
  table.name = name;
  const marks: Marks = { reads: [] };
  const listStart = c.i;
  if (c.atOp('(')) {
    c.i++;
    // Flink's parser wants at least one column, watermark or constraint between the parentheses.
    if (c.atOp(')'))
      c.unexpected(
        WHERE,
        'a column (name type): Flink takes no empty column list, so list the columns or drop the `()`',
      );
    while (!c.done() && !c.atOp(')')) {
      const before = c.i;
      const diagsBefore = c.diags.length;
      element(c, table, scanner, marks);
      if (c.diags.length > diagsBefore) c.i = elementEnd(c, Math.max(c.i, before + 1));
      if (c.eatOp(',')) {
        if (c.atOp(')')) c.unexpected(WHERE, 'another column after `,`');
        continue;
      }
      if (!c.atOp(')')) {
        if (c.diags.length === diagsBefore)
          c.unexpected(WHERE, '`,` before the next column or `)` closing the list');
        // From the stray token itself, so that `INT(3)` or `X<...>` is skipped whole.
        c.i = elementEnd(c, c.i, true);
        if (!c.eatOp(',')) break;
      }
    }
    if (!c.eatOp(')')) c.unexpected(WHERE, '`)` closing the column list');
  }
  const listEnd = c.i;
  const q = clauses(c, table, extraClause);
  const untyped = table.columns.find((col) => col.kind === 'physical' && col.type === undefined);
  if (untyped && !table.asQuery && c.diags.length === 0) {
    c.fail(
      CODES.missingPart,
      `Column \`${untyped.name}\` has no type`,
      'Give the column a data type (name STRING); only CREATE TABLE ... AS SELECT may list bare column names.',
      c.toks.find((t) => t.start === untyped.start),
    );
  }
  // With LIKE or AS the columns come partly from elsewhere; after a syntax error they may be partial.
  if (!table.like && !table.asQuery && c.diags.length === 0)
    checkColumns(c, table, marks, listStart, listEnd);
  return q;
}

/**
 * What Flink checks when it runs CREATE TABLE, and rejects there: columns named twice, and
 * WATERMARK FOR, PRIMARY KEY, PARTITIONED BY or an expression naming columns the table does not
 * have (or cannot use). Names compare as Flink compares them: case-sensitively.
 */
function checkColumns(
  c: Cursor,
  table: TableDef,
  marks: Marks,
  listStart: number,
  listEnd: number,
): undefined {
  const byName = new Map<string, ColumnDef>();
  for (const col of table.columns) {
    if (byName.has(col.name)) {
      c.fail(
        'FO252',
        `Column \`${col.name}\` is declared twice`,
        'Flink rejects a table with two columns of one name: rename or remove one.',
        c.toks.find((t) => t.start === col.start),
      );
      return;
    }
    byName.set(col.name, col);
  }
  const names = table.columns.map((col) => col.name);
  const unknown = (what: string, name: string, at: Token | undefined): undefined => {
    const hint = didYouMean(name, names);
    c.fail(
      'FO251',
      `${what} names \`${name}\`, which is not a column of the table`,
      (hint ? `Did you mean \`${hint}\`? ` : '') + `Columns of this table: ${names.join(', ')}.`,
      at,
    );
  };
  const nameToken = (name: string, from: number, to: number): Token | undefined =>
    c.toks.slice(from, to).find((t) => isName(t) && nameOf(c.ctx.text, t) === name);
  const w = table.watermark;
  if (w) {
    const col = byName.get(w.column);
    if (!col) return unknown('WATERMARK FOR', w.column, marks.rowtime);
    const problem = col.type === undefined ? undefined : rowtimeTypeProblem(col.type);
    if (problem) {
      c.fail(
        'FO267',
        `The rowtime column \`${w.column}\` is ${problem}`,
        `${ROWTIME_TYPES}, e.g. \`ts AS TO_TIMESTAMP_LTZ(epoch_ms, 3)\`.`,
        marks.rowtime,
      );
      return;
    }
  }
  const seen = new Set<string>();
  for (const name of table.primaryKey?.columns ?? []) {
    // Where the key names the column: looked up for a diagnostic only.
    const at = () => (marks.key ? nameToken(name, ...marks.key) : undefined);
    const col = byName.get(name);
    if (!col) return unknown('PRIMARY KEY', name, at());
    if (col.kind !== 'physical') {
      c.fail(
        'FO251',
        `PRIMARY KEY names \`${name}\`, a ${col.kind} column`,
        'Flink builds a primary key only from physical columns: use a column declared with a type alone.',
        at(),
      );
      return;
    }
    if (seen.has(name)) {
      c.fail('FO252', `PRIMARY KEY names \`${name}\` twice`, 'Name each key column once.', at());
      return;
    }
    seen.add(name);
  }
  for (const ref of marks.reads) {
    // A time unit may stand where a name does (TIMESTAMPADD(WEEK, 1, ts)); it is no column.
    if (ref.parts.length === 1 && TIME_UNITS.has(ref.name.toUpperCase())) continue;
    const name = ref.parts[0]!;
    if (!byName.has(name)) {
      const at = c.toks.find((t) => t.start === ref.start);
      return unknown('An expression', name, at);
    }
  }
  for (const name of table.partitionedBy) {
    if (byName.has(name)) continue;
    // Where PARTITIONED BY names it: looked up for the diagnostic only, after the column list.
    let from = listStart;
    for (let i = listEnd; i < c.end; i++) {
      const t = c.toks[i]!;
      if (t.kind === 'word' && t.value === 'PARTITIONED') {
        from = i;
        break;
      }
    }
    return unknown('PARTITIONED BY', name, nameToken(name, from, c.end));
  }
}

const LIKE_OPTIONS = new Set([
  'ALL',
  'CONSTRAINTS',
  'DISTRIBUTION',
  'GENERATED',
  'METADATA',
  'OPTIONS',
  'PARTITIONS',
  'WATERMARKS',
]);

/** `( INCLUDING | EXCLUDING | OVERWRITING  ALL | OPTIONS | ...  ... )` after LIKE source: space-separated, no commas. */
function likeOptions(c: Cursor): string[] | undefined {
  const options: string[] = [];
  if (!c.eatOp('(')) return options;
  do {
    if (!c.atWord('INCLUDING') && !c.atWord('EXCLUDING') && !c.atWord('OVERWRITING'))
      return c.unexpected(
        WHERE,
        'a LIKE option such as INCLUDING ALL or EXCLUDING OPTIONS (separated by spaces)',
      );
    const how = c.next()!.value;
    const what = c.peek();
    if (what?.kind !== 'word' || !LIKE_OPTIONS.has(what.value))
      return c.unexpected(
        WHERE,
        `what ${how} applies to: ALL, CONSTRAINTS, DISTRIBUTION, GENERATED, METADATA, OPTIONS, PARTITIONS or WATERMARKS`,
      );
    c.i++;
    options.push(`${how} ${what.value}`);
  } while (!c.atOp(')') && !c.done());
  if (!c.eatOp(')')) return c.unexpected(WHERE, '`)` closing the LIKE options');
  return options;
}

/** The place of each clause after the column list: Flink's parser takes them in this order only. */
const CLAUSE_ORDER: Record<string, number> = {
  COMMENT: 0,
  DISTRIBUTED: 1,
  PARTITIONED: 2,
  WITH: 3,
  LIKE: 4,
  FRESHNESS: 4,
  REFRESH_MODE: 5,
  AS: 6,
};

const CLAUSE_NAMES: Record<string, string> = { DISTRIBUTED: 'DISTRIBUTED BY', PARTITIONED: 'PARTITIONED BY' };

/** Reports a clause out of Flink's order (or AS after LIKE); true when it is in order. */
function inOrder(
  c: Cursor,
  t: Token,
  clause: string,
  last: string | undefined,
  materialized: boolean,
): boolean {
  const rank = CLAUSE_ORDER[clause];
  if (rank === undefined || last === undefined) return true;
  const after = last === 'LIKE' && clause === 'AS';
  if (!after && rank > CLAUSE_ORDER[last]!) return true;
  const order = materialized
    ? 'COMMENT, DISTRIBUTED BY, PARTITIONED BY, WITH, FRESHNESS, REFRESH_MODE, AS'
    : 'COMMENT, DISTRIBUTED BY, PARTITIONED BY, WITH, then LIKE or AS';
  const name = (w: string) => CLAUSE_NAMES[w] ?? w;
  c.fail(
    CODES.unexpectedToken,
    after ? 'CREATE TABLE cannot have both LIKE and AS' : `${name(clause)} after ${name(last)}`,
    after
      ? "Use LIKE to copy another table's definition, or AS to create the table from a query, not both."
      : `Flink's parser takes these clauses in this order: ${order}. Move ${name(clause)} before ${name(last)}.`,
    t,
  );
  return false;
}

/** The clauses after the column list; returns where an AS query starts (or -1). */
function clauses(c: Cursor, table: TableDef, extraClause?: (c: Cursor) => boolean | undefined): number {
  const seen = new Set<string>();
  let last: string | undefined;
  const errors = c.diags.length;
  // Stop at the first error in a clause, as Flink's parser does.
  while (!c.done() && c.diags.length === errors) {
    const t = c.peek()!;
    const clause = t.kind === 'word' ? t.value : '';
    if (clause && seen.has(clause)) {
      c.fail(CODES.unexpectedToken, `${clause} is given twice`, `Write the ${clause} clause once.`, t);
      return -1;
    }
    if (!inOrder(c, t, clause, last, extraClause !== undefined)) return -1;
    seen.add(clause);
    if (CLAUSE_ORDER[clause] !== undefined) last = clause;
    if (c.eatWord('COMMENT')) {
      const s = c.string(WHERE, 'the table comment in quotes');
      if (s === undefined) return -1;
      table.comment = s;
    } else if (c.eatWord('PARTITIONED', 'BY')) {
      table.partitionedBy = parseNameList(c, WHERE);
    } else if (
      c.atWord('DISTRIBUTED') &&
      extraClause &&
      !atLeast(c.ctx.flinkVersion ?? LATEST_FLINK_VERSION, '2.2')
    ) {
      c.fail(
        CODES.unexpectedToken,
        'DISTRIBUTED BY in a materialized table needs Flink 2.2 or later',
        `The project targets Flink ${c.ctx.flinkVersion}, whose SQL parser rejects DISTRIBUTED here. Remove it, or raise flinkVersion in flinkops.yaml if the cluster runs Flink 2.2 or later.`,
        t,
      );
      return -1;
    } else if (c.atWord('DISTRIBUTED')) {
      const word = c.next()!;
      const dist: NonNullable<TableDef['distributedBy']> = { columns: [], start: word.start, end: word.end };
      if (!c.atWord('BY') && !c.atWord('INTO')) {
        c.unexpected(WHERE, 'BY (columns) or INTO n BUCKETS after DISTRIBUTED');
        return -1;
      }
      if (c.eatWord('BY')) {
        if (c.eatWord('HASH')) dist.kind = 'HASH';
        else if (c.eatWord('RANGE')) dist.kind = 'RANGE';
        dist.columns = parseNameList(c, WHERE);
      }
      if (c.eatWord('INTO')) {
        const n = c.peek();
        if (n?.kind !== 'number') {
          c.unexpected(WHERE, 'the number of buckets (DISTRIBUTED ... INTO n BUCKETS)');
          return -1;
        }
        c.i++;
        dist.buckets = Number(n.value);
        if (!c.eatWord('BUCKETS')) {
          c.unexpected(WHERE, 'BUCKETS');
          return -1;
        }
      }
      table.distributedBy = dist;
    } else if (c.eatWord('WITH')) {
      Object.assign(table.options, parseOptions(c, WHERE));
    } else if (c.eatWord('LIKE')) {
      const src = c.qualifiedName();
      if (!src) {
        c.unexpected(WHERE, 'the source table after LIKE');
        return -1;
      }
      const options = likeOptions(c);
      if (options === undefined) return -1;
      table.like = { source: src, options };
    } else if (c.atWord('AS')) {
      c.i++;
      table.asQuery = true;
      if (c.done()) c.unexpected(WHERE, 'a query after AS');
      return c.i;
    } else if (extraClause) {
      const ok = extraClause(c);
      if (ok === undefined) return -1;
      if (!ok) {
        c.unexpected(
          WHERE,
          'COMMENT, DISTRIBUTED BY, PARTITIONED BY, WITH (...), FRESHNESS, REFRESH_MODE or AS',
        );
        return -1;
      }
    } else {
      c.unexpected(
        WHERE,
        'COMMENT, DISTRIBUTED BY, PARTITIONED BY, WITH (...), LIKE or AS after the column list',
      );
      return -1;
    }
  }
  return -1;
}

/** FO321 at `at`: Flink takes a primary key only NOT ENFORCED (CREATE TABLE, CREATE MATERIALIZED TABLE, ALTER TABLE ADD / MODIFY). */
export function refuseEnforcedKey(c: Cursor, at: Token | undefined, columns = '...'): void {
  c.fail(
    CODES.refusedByFlink,
    'Flink supports only PRIMARY KEY ... NOT ENFORCED',
    `Flink refuses a primary key it would have to enforce ("Flink doesn't support ENFORCED mode for PRIMARY KEY constraint"): it does not own the data. Write PRIMARY KEY (${columns}) NOT ENFORCED.`,
    at,
  );
}
