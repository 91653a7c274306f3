/**
 * Flink data types: parsed from tokens the way Flink's DDL and CAST grammar takes them,
 * and rendered in one normal form (upper-case keywords, single spaces, `ROW<a INT, b
 * STRING>`, `DECIMAL(10, 2)`), so that two spellings of the same type compare equal and a
 * cosmetic edit is not a change. A type Flink's parser rejects (`STRING(3)`, `TIMESTAMP
 * WITH TIME ZONE`, an INTERVAL column, `MAP<STRING>`) is reported where Flink stops.
 */
import { type Diagnostic, error, type SourceRange } from '../core/diagnostics';
import { didYouMean } from '../core/names';
import { isStackOverflow } from '../core/stack-overflow';
import { LineIndex } from '../core/text';
import { CODES } from './codes';
import { Cursor } from './cursor';
import { isName, lex, nameOf, type Token } from './lexer';
import { quoteIdentifier, quoteQualified, quoteString } from './quote';
import { atLeast, LATEST_FLINK_VERSION, reservedIn } from './versions';

/** Where a type is written: a CAST target may be an INTERVAL; a column's element type may carry NOT NULL before ARRAY. */
export interface TypeContext {
  cast?: boolean;
}

/** How many parameters a built-in type takes in `(...)`: [min, max]; absent: none. */
const PARAMS: Record<string, readonly [number, number]> = {
  CHAR: [1, 1],
  CHARACTER: [1, 1],
  VARCHAR: [1, 1],
  BINARY: [1, 1],
  VARBINARY: [1, 1],
  DECIMAL: [1, 2],
  DEC: [1, 2],
  NUMERIC: [1, 2],
  TIME: [1, 1],
  TIMESTAMP: [1, 1],
  TIMESTAMP_LTZ: [1, 1],
};

/** Built-in type words without parameters. */
const PLAIN = new Set([
  'INT',
  'INTEGER',
  'TINYINT',
  'SMALLINT',
  'BIGINT',
  'FLOAT',
  'REAL',
  'BOOLEAN',
  'DATE',
]);

/** The names of Flink's built-in types. */
const BUILTIN_TYPES = new Set([
  ...PLAIN,
  ...Object.keys(PARAMS),
  'DOUBLE',
  'RAW',
  'INTERVAL',
  'ROW',
  'ARRAY',
  'MAP',
  'MULTISET',
  'STRING',
  'BYTES',
  'VARIANT',
  'STRUCTURED',
  'BITMAP',
]);

/** Types a later release added, with that release: before it, the name is an unknown type. */
const TYPE_SINCE: Readonly<Record<string, string>> = { VARIANT: '2.1', STRUCTURED: '2.1', BITMAP: '2.3' };

/**
 * A name Flink's parser takes for a user-defined type, which no Flink release resolves: Flink SQL
 * has no user-defined types, so its planner refuses the table or CAST ("Unknown identifier
 * 'STRNG'", 1.17 to 2.3). FO332, with the built-in meant when the name is a misspelling.
 */
function unknownTypeName(c: Cursor, t: Token, shown: string, up: string, version: string): void {
  // A `${env.X}` reference is checked once it is substituted, not as it stands.
  if (shown.includes('$')) return;
  const later = TYPE_SINCE[up];
  const since = later !== undefined && !atLeast(version, later) ? later : undefined;
  if (since === undefined && t.kind === 'word' && BUILTIN_TYPES.has(up)) return;
  const near = since === undefined && t.kind === 'word' ? didYouMean(up, BUILTIN_TYPES) : undefined;
  c.ctx.typeNames ??= [];
  c.ctx.typeNames.push(
    error(
      CODES.unknownTypeName,
      since !== undefined
        ? `Data type ${shown} needs Flink ${since} or later`
        : `Unknown data type ${shown}${near ? `: did you mean ${near}?` : ''}`,
      since !== undefined
        ? `The project targets Flink ${version} (flinkVersion in flinkops.yaml), whose planner has no ${up} type ("Unknown identifier '${up}'"). Use another type, or raise flinkVersion if the cluster runs Flink ${since} or later.`
        : `Flink has no data type of that name, and Flink SQL defines no user-defined types: its planner refuses it ("Unknown identifier '${t.kind === 'word' ? shown : shown.replace(/`/g, '')}'"). ${near ? `Write ${near}.` : 'Write one of its types (STRING, BIGINT, DECIMAL(10, 2), TIMESTAMP(3), ROW<...>, ...).'}`,
      c.ctx.lines.range(c.ctx.file, t.start, c.peek(-1)?.end ?? t.end),
    ),
  );
}

/** Reserved words Flink's parser still takes as a (user-defined) type name. */
const RESERVED_TYPE_NAMES = new Set([
  'ANY',
  'STRING',
  'BYTES',
  'DESCRIPTOR',
  'CHANGELOG_MODE',
  'COLUMNS',
  'ESTIMATED_COST',
  'IF',
  'JSON_EXECUTION_PLAN',
  'PLAN_ADVICE',
]);

const INTERVAL_UNITS = new Set(['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND']);

function opAt(c: Cursor, k: number, op: string): boolean {
  const t = c.peek(k);
  return t?.kind === 'op' && t.value === op;
}

const SAFE_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

function fieldName(name: string, quoted: boolean): string {
  return quoted || !SAFE_FIELD.test(name) ? quoteIdentifier(name) : name;
}

/** `(n [, m])` after a type word: unsigned integers only, as many as `count` allows. */
function typeParams(
  c: Cursor,
  where: string,
  what: string,
  count: readonly [number, number],
): string | undefined {
  if (!c.eatOp('(')) return '';
  const args: string[] = [];
  for (;;) {
    const t = c.peek();
    if (t?.kind !== 'number' || !/^\d+$/.test(t.value))
      return c.unexpected(where, `the ${what} (a whole number)`);
    c.i++;
    args.push(t.value);
    if (args.length >= count[1] || !c.eatOp(',')) break;
  }
  if (!c.eatOp(')')) return c.unexpected(where, `\`)\` closing the ${what}`);
  return `(${args.join(', ')})`;
}

/** `RAW('class', 'serializer snapshot')`. */
function rawParams(c: Cursor, where: string): string | undefined {
  if (!c.eatOp('('))
    return c.unexpected(where, "`(` and the class and serializer snapshot of RAW('class', 'snapshot')");
  const cls = c.string(where, 'the class name of the RAW type in quotes');
  if (cls === undefined) return undefined;
  if (!c.eatOp(','))
    return c.unexpected(where, "`,` and the serializer snapshot of RAW('class', 'snapshot')");
  const snap = c.string(where, 'the serializer snapshot of the RAW type in quotes');
  if (snap === undefined) return undefined;
  if (!c.eatOp(')')) return c.unexpected(where, '`)` closing the RAW type');
  return `(${quoteString(cls)}, ${quoteString(snap)})`;
}

/** [NOT] NULL after a nested type; returns the suffix to render. */
function nestedNullability(c: Cursor): string {
  if (c.eatWord('NOT', 'NULL')) return ' NOT NULL';
  c.eatWord('NULL');
  return '';
}

/**
 * ROW fields: `name type [NOT NULL] ['comment']`, separated by commas, up to `close`. Flink's
 * grammar makes the first field optional (`[field] (, field)*`), so it takes a comma straight
 * after the opening bracket (`ROW<, a INT>`, a leading-comma style some scripts use).
 */
function rowFields(c: Cursor, close: string, where: string): string | undefined {
  const fields: string[] = [];
  if (c.atOp(close)) {
    c.i++;
    return '';
  }
  const leadingComma = c.atOp(',');
  do {
    if (leadingComma && fields.length === 0 && c.atOp(',')) c.i++;
    const t = c.peek();
    if (!isName(t)) return c.unexpected(where, 'a ROW field name');
    // Flink's parser takes a reserved word as a field name only in backticks (`value` STRING).
    if (t.kind === 'word' && reservedIn(t.value.toUpperCase(), c.ctx.flinkVersion ?? LATEST_FLINK_VERSION)) {
      c.fail(
        CODES.unexpectedToken,
        `reserved word ${nameOf(c.ctx.text, t)} as a ROW field name: write it in backticks, \`${nameOf(c.ctx.text, t)}\``,
        `Flink's parser refuses a reserved word as an unquoted ROW field name ("Encountered "${nameOf(c.ctx.text, t)}""). Quote it: \`${nameOf(c.ctx.text, t)}\` TYPE.`,
        t,
      );
      return undefined;
    }
    c.i++;
    const type = parseType(c, where, {}, false);
    if (type === undefined) return undefined;
    let field = `${fieldName(nameOf(c.ctx.text, t), t.kind === 'quoted')} ${type}${nestedNullability(c)}`;
    if (c.peek()?.kind === 'string') field += ` ${quoteString(c.next()!.value)}`;
    fields.push(field);
  } while (c.eatOp(','));
  if (!c.eatOp(close)) return c.unexpected(where, `\`,\` or \`${close}\` closing the ROW fields`);
  return fields.join(', ');
}

/** `ARRAY<t>`, `MULTISET<t>` (one type) and `MAP<k, v>` (two). */
function collection(c: Cursor, up: string, where: string): string | undefined {
  const count = up === 'MAP' ? 2 : 1;
  const parts: string[] = [];
  while (parts.length < count) {
    if (parts.length > 0 && !c.eatOp(','))
      return c.unexpected(where, `\`,\` and the value type of MAP<key, value>`);
    const inner = parseType(c, where, {}, false);
    if (inner === undefined) return undefined;
    parts.push(inner + nestedNullability(c));
  }
  if (!c.eatOp('>')) return c.unexpected(where, `\`>\` closing the ${up} type`);
  return `${up}<${parts.join(', ')}>`;
}

/** `STRUCTURED<'class' [, name type ...]>` (Flink 2.1). */
function structured(c: Cursor, where: string): string | undefined {
  if (c.atOp('<>')) return c.unexpected(where, "the class name of STRUCTURED<'class', ...> in quotes");
  c.i++;
  const cls = c.string(where, "the class name of STRUCTURED<'class', ...> in quotes");
  if (cls === undefined) return undefined;
  if (!c.eatOp(',')) {
    if (!c.eatOp('>')) return c.unexpected(where, '`,` or `>` closing the STRUCTURED type');
    return `STRUCTURED<${quoteString(cls)}>`;
  }
  const fields = rowFields(c, '>', where);
  return fields === undefined ? undefined : `STRUCTURED<${quoteString(cls)}, ${fields}>`;
}

/** `unit [(p)] [TO unit [(p)]]` of an INTERVAL type. */
function intervalQualifier(c: Cursor, where: string): string | undefined {
  let out = 'INTERVAL';
  for (let part = 0; part < 2; part++) {
    const u = c.peek();
    if (u?.kind !== 'word' || !INTERVAL_UNITS.has(u.value))
      return c.unexpected(where, 'an interval unit (YEAR, MONTH, DAY, HOUR, MINUTE or SECOND)');
    c.i++;
    const p = typeParams(c, where, 'interval precision', [1, 2]);
    if (p === undefined) return undefined;
    out += ` ${u.value}${p}`;
    if (part > 0 || !c.eatWord('TO')) break;
    out += ' TO';
  }
  return out;
}

/** A built-in scalar type and its parameters and suffixes, or a user-defined type name. */
function scalar(c: Cursor, up: string, where: string, ctx: TypeContext, top: boolean): string | undefined {
  if (up === 'INTERVAL') {
    if (!ctx.cast || !top) {
      c.i--;
      return c.unexpected(where, 'a data type (INTERVAL types are only a CAST target)');
    }
    return intervalQualifier(c, where);
  }
  if (up === 'RAW') {
    const params = rawParams(c, where);
    return params === undefined ? undefined : `RAW${params}`;
  }
  if (up === 'DOUBLE') return c.eatWord('PRECISION') ? 'DOUBLE PRECISION' : 'DOUBLE';
  let out = up;
  if ((up === 'CHAR' || up === 'CHARACTER' || up === 'BINARY') && c.eatWord('VARYING')) out += ' VARYING';
  const count = PARAMS[up];
  if (count !== undefined) {
    const params = typeParams(
      c,
      where,
      up === 'DECIMAL' || up === 'DEC' || up === 'NUMERIC' ? 'precision and scale' : 'length or precision',
      count,
    );
    if (params === undefined) return undefined;
    out += params;
  }
  if (up === 'TIME' || up === 'TIMESTAMP') {
    if (c.eatWord('WITHOUT', 'TIME', 'ZONE')) out += ' WITHOUT TIME ZONE';
    else if (c.eatWord('WITH', 'LOCAL', 'TIME', 'ZONE')) out += ' WITH LOCAL TIME ZONE';
    else if (c.atWord('WITH', 'TIME', 'ZONE')) {
      c.i++;
      return c.unexpected(where, 'LOCAL (Flink has WITH LOCAL TIME ZONE, not WITH TIME ZONE)');
    }
  } else if ((up === 'CHAR' || up === 'CHARACTER' || up === 'VARCHAR') && c.eatWord('CHARACTER', 'SET')) {
    const cs = c.qualifiedName();
    if (!cs) return c.unexpected(where, 'the character set name after CHARACTER SET');
    out += ` CHARACTER SET ${quoteQualified(cs.parts)}`;
  }
  return out;
}

function parseType(c: Cursor, where: string, ctx: TypeContext, top: boolean): string | undefined {
  const first = c.peek();
  if (!isName(first)) return c.unexpected(where, 'a data type');
  const up = first.kind === 'word' ? first.value : '';
  const version = c.ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  let out: string;
  if (first.kind === 'quoted' || c.peek(1)?.value === '.') {
    // A user-defined (structured or distinct) type, possibly qualified.
    const ref = c.qualifiedName()!;
    out = quoteQualified(ref.parts);
    unknownTypeName(c, first, c.ctx.text.slice(first.start, c.peek(-1)!.end), '', version);
  } else if (up === 'ROW' && (opAt(c, 1, '<') || opAt(c, 1, '(') || opAt(c, 1, '<>'))) {
    c.i++;
    const open = c.next()!.value;
    const fields = open === '<>' ? '' : rowFields(c, open === '<' ? '>' : ')', where);
    if (fields === undefined) return undefined;
    out = `ROW<${fields}>`;
  } else if ((up === 'ARRAY' || up === 'MULTISET' || up === 'MAP') && opAt(c, 1, '<')) {
    c.i += 2;
    const coll = collection(c, up, where);
    if (coll === undefined) return undefined;
    out = coll;
  } else if (up === 'STRUCTURED' && atLeast(version, '2.1') && (opAt(c, 1, '<') || opAt(c, 1, '<>'))) {
    c.i++;
    const s = structured(c, where);
    if (s === undefined) return undefined;
    out = s;
  } else if (
    PLAIN.has(up) ||
    PARAMS[up] !== undefined ||
    up === 'DOUBLE' ||
    up === 'RAW' ||
    up === 'INTERVAL'
  ) {
    c.i++;
    const s = scalar(c, up, where, ctx, top);
    if (s === undefined) return undefined;
    out = s;
  } else if (up === 'VARIANT' && atLeast(version, '2.1')) {
    // Flink 2.1's semi-structured type (PARSE_JSON), a reserved word since.
    c.i++;
    out = 'VARIANT';
  } else if (up === 'BITMAP' && atLeast(version, '2.3')) {
    c.i++;
    out = 'BITMAP';
  } else if (first.kind === 'word' && reservedIn(up, version) && !RESERVED_TYPE_NAMES.has(up)) {
    return c.unexpected(where, 'a data type');
  } else if (up === 'GEOMETRY') {
    return c.unexpected(where, 'a data type (Flink has no GEOMETRY type)');
  } else {
    c.i++;
    out = up || nameOf(c.ctx.text, first);
    unknownTypeName(c, first, nameOf(c.ctx.text, first), up, version);
  }
  // Postfix collection forms: INT ARRAY, STRING MULTISET; a column's element may be NOT NULL first.
  for (;;) {
    if (c.atWord('ARRAY') || c.atWord('MULTISET')) out += ` ${c.next()!.value}`;
    else if (!ctx.cast && (c.atWord('NOT', 'NULL', 'ARRAY') || c.atWord('NOT', 'NULL', 'MULTISET'))) {
      c.i += 2;
      out += ` NOT NULL ${c.next()!.value}`;
    } else if (!ctx.cast && (c.atWord('NULL', 'ARRAY') || c.atWord('NULL', 'MULTISET'))) {
      c.i++;
      out += ` ${c.next()!.value}`;
    } else break;
  }
  return out;
}

/**
 * Parses one data type at the cursor (without a top-level NOT NULL, which belongs to the
 * column). Returns its normal form, or undefined after reporting a diagnostic.
 */
export function parseDataType(c: Cursor, where = 'a data type', ctx: TypeContext = {}): string | undefined {
  return parseType(c, where, ctx, true);
}

/**
 * The normal form of a type written as text (`decimal(10,2)` → `DECIMAL(10, 2)`), or the
 * trimmed input when it does not parse as a type.
 */
export function renderTypeName(type: string): string {
  const parsed = parseTypeText(type);
  if (!parsed) return type.trim();
  const { c, out } = parsed;
  if (out === undefined) return type.trim();
  const suffix = c.eatWord('NOT', 'NULL') ? ' NOT NULL' : c.eatWord('NULL') ? '' : '';
  return c.done() ? out + suffix : type.trim();
}

/** What a rowtime column may be, for the diagnostics of rowtimeTypeProblem (each adds its own example). */
export const ROWTIME_TYPES =
  'Flink takes a watermark only on a TIMESTAMP(p) or TIMESTAMP_LTZ(p) column with p from 0 to 3: declare it as TIMESTAMP(3), or put the watermark on a computed column';

/**
 * Why a column of this type cannot carry a watermark (a rowtime attribute), or undefined when it
 * can: Flink takes TIMESTAMP(p) and TIMESTAMP_LTZ(p) with p from 0 to 3; without a precision
 * either type is p = 6. `type` is a type as written or as parseDataType normalises it.
 */
export function rowtimeTypeProblem(type: string): string | undefined {
  const t = type
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*\(\s*/g, '(')
    .replace(/\s*\)/g, ')')
    .trim();
  const m =
    /^(TIMESTAMP|TIMESTAMP_LTZ)(?:\((\d+)\))?( WITHOUT TIME ZONE| WITH LOCAL TIME ZONE)?(?: NOT NULL| NULL)?$/.exec(
      t,
    );
  if (!m || (m[1] === 'TIMESTAMP_LTZ' && m[3] !== undefined)) return `of type ${type}`;
  if (m[2] === undefined) return `of type ${type}, whose precision is 6 when none is given`;
  const p = Number(m[2]);
  return p <= 3 ? undefined : `of type ${type}: its precision ${p} is above 3`;
}

/**
 * FO332 for each type name Flink does not define in a type written as text (a YAML column's `type:`),
 * at the range `at` gives (asked only when there is one). A repository writes a few types on
 * thousands of columns, so each text is parsed once a process.
 */
export function typeNameTypos(type: string, at: () => SourceRange): Diagnostic[] {
  let typos = typosByText.get(type);
  if (typos === undefined) {
    typos = parseTypeText(type)?.c.ctx.typeNames ?? [];
    if (typosByText.size < 4096) typosByText.set(type, typos);
  }
  if (typos.length === 0) return [];
  const range = at();
  return typos.map((d) => ({ ...d, range }));
}

const typosByText = new Map<string, readonly Diagnostic[]>();

/**
 * Why a column's type written as text (a YAML column's `type:`) is not one type Flink's DDL
 * takes, as Flink's parser would say it (`STRING(3)`, `MAP<STRING>`, `INT INT`), or undefined
 * when it is. A trailing `NOT NULL` / `NULL` belongs to the column and is allowed.
 */
export function typeTextProblem(type: string, flinkVersion?: string): string | undefined {
  // A repository writes a few types (STRING, BIGINT, TIMESTAMP(3)) on thousands of columns.
  const key = `${flinkVersion ?? ''}\u0000${type}`;
  if (problemsByText.has(key)) return problemsByText.get(key);
  const problem = typeProblem(type, flinkVersion);
  problemsByText.set(key, problem);
  return problem;
}

const problemsByText = new Map<string, string | undefined>();

/** A type nested deeper than its recursive parse can follow (ARRAY<ARRAY<…>> thousands of levels). */
const TOO_DEEP = 'nested too deeply to analyse (hundreds of levels of ARRAY, MAP, MULTISET or ROW)';

function typeProblem(type: string, flinkVersion: string | undefined): string | undefined {
  const lines = new LineIndex(type);
  const { tokens, diags } = lex(type, '<type>', lines);
  if (diags.length > 0) return undefined;
  const c = new Cursor(
    { text: type, file: '<type>', lines, ...(flinkVersion ? { flinkVersion } : {}) },
    tokens,
  );
  let out: string | undefined;
  try {
    out = parseDataType(c, 'a data type');
  } catch (e) {
    if (isStackOverflow(e)) return TOO_DEEP;
    throw e;
  }
  // An unknown type name is FO332 at the column (typeNameTypos), not a malformed type.
  const failed = c.diags.find((d) => d.severity === 'error');
  if (out === undefined || failed) return failed ? lowerFirst(failed.summary) : 'not a data type';
  if (!c.eatWord('NOT', 'NULL')) c.eatWord('NULL');
  const rest = c.peek();
  return rest ? `unexpected \`${type.slice(rest.start).trim()}\` after the type ${out}` : undefined;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** A type written as text, parsed (as a CAST target takes it); undefined when it does not lex. */
function parseTypeText(type: string): { c: Cursor; out: string | undefined } | undefined {
  const lines = new LineIndex(type);
  const { tokens, diags } = lex(type, '<type>', lines);
  if (diags.length > 0) return undefined;
  const c = new Cursor({ text: type, file: '<type>', lines }, tokens);
  try {
    return { c, out: parseDataType(c, 'a data type', { cast: true }) };
  } catch (e) {
    // typeTextProblem says so (TOO_DEEP); the type has no normal form or type names to give.
    if (isStackOverflow(e)) return undefined;
    throw e;
  }
}
