/**
 * Primaries of expressions: literals (numbers, strings, DATE/TIME/TIMESTAMP, INTERVAL with
 * its qualifier), names and qualified names (`t.*`), function calls, CASE, CAST/TRY_CAST,
 * ARRAY/MAP/MULTISET/ROW constructors, EXISTS and scalar subqueries.
 */
import { CODES } from './codes';
import { parseDataType } from './data-type';
import { isBuiltinFunction } from './keywords';
import type { Token } from './lexer';
import { callArgs } from './query-call';
import { atSubquery, expr, exprList, unary } from './query-expr';
import type { QueryParser } from './query-parser';
import { cursorAt } from './query-parser';
import { query } from './query-select';
import { NILADIC, NOT_CALLS, TIME_UNITS } from './query-words';

/** Calcite's aggregates from other dialects: keywords of Flink's parser that its conformance rejects. */
const NOT_FLINK_AGGREGATES = new Set(['STRING_AGG', 'GROUP_CONCAT', 'ARRAY_CONCAT_AGG']);

/**
 * Data type keywords Flink's parser refuses before `(` in an expression (real 1.18.1: "Incorrect
 * syntax near the keyword 'VARCHAR'"): `VARCHAR(x)` is no conversion, CAST(x AS VARCHAR) is.
 */
const TYPE_KEYWORDS = new Set(
  `CHARACTER VARCHAR STRING BOOLEAN BINARY VARBINARY BYTES DECIMAL DEC NUMERIC TINYINT SMALLINT INT INTEGER
BIGINT FLOAT REAL DOUBLE TIMESTAMP_LTZ RAW`.split(/\s+/),
);

/** Type names Flink's parser reads as calls of a function no release defines ("No match found for function signature CHAR"). */
const TYPE_NAME_CALLS = new Set(['CHAR', 'VARIANT', 'STRUCTURED']);

/** The expression a TIMESTAMPADD / EXTRACT / FLOOR ... TO unit names. */
export function timeUnit(p: QueryParser): void {
  const t = p.peek();
  if (t?.kind === 'word' && TIME_UNITS.has(t.value)) p.i++;
  else {
    p.want('a time unit (SECOND, MINUTE, HOUR, DAY, ...)');
    p.stop();
  }
}

/** Time units of EXTRACT / TIMESTAMPADD that an interval literal cannot have. */
const NOT_INTERVAL_UNITS = new Set([
  'MILLISECOND',
  'MILLISECONDS',
  'MICROSECOND',
  'MICROSECONDS',
  'NANOSECOND',
  'NANOSECONDS',
]);

/**
 * `unit [(p)] [TO unit [(p)]]` after an interval literal. `value` is the literal's string, whose
 * leading field must fit the unit's precision: Flink's validator refuses `INTERVAL '120' SECOND`
 * ("Interval field value 120 exceeds precision of SECOND(2) field"; 2 digits unless a precision is
 * written).
 */
function intervalQualifier(p: QueryParser, value: Token | undefined): void {
  if (p.at('WEEK') || p.at('WEEKS')) p.needs('2.0', 'An interval in weeks');
  const unit = p.peek();
  if (unit?.kind === 'word' && NOT_INTERVAL_UNITS.has(unit.value))
    p.fail(
      `An INTERVAL literal has no unit ${unit.value}`,
      `Flink's parser takes YEAR, QUARTER, MONTH, DAY, HOUR, MINUTE or SECOND here ("Encountered "${unit.value}""). Write a part of a second as a fraction: INTERVAL '0.500' SECOND.`,
    );
  timeUnit(p);
  const written = p.atOp('(') ? p.peek(1) : undefined;
  if (p.atOp('(')) precision(p);
  const rest = p.i;
  if (p.eat('TO')) {
    timeUnit(p);
    if (p.atOp('(')) precision(p);
  }
  if (value && unit) {
    const to = rest < p.i ? ` ${p.ctx.text.slice(p.toks[rest]!.start, p.toks[p.i - 1]!.end)}` : '';
    leadingFieldFits(p, value, unit, written?.kind === 'number' ? Number(written.value) : 2, to);
  }
}

/** The leading field of `INTERVAL 'value' UNIT[(digits)]` has at most `digits` digits (Flink's validator). */
function leadingFieldFits(p: QueryParser, value: Token, unit: Token, digits: number, to: string): void {
  const lead = /^\s*[-+]?\s*(\d+)/.exec(value.value)?.[1];
  if (lead === undefined || value.value.includes('${') || !(digits >= 1 && digits <= 10)) return;
  const n = lead.replace(/^0+(?=\d)/, '');
  if (n.length <= digits) return;
  const name = unit.value.replace(/S$/, '');
  p.fail(
    `Interval field value ${n} exceeds precision of ${name}(${digits}) field`,
    `Flink's validator refuses it: the first field of an INTERVAL has ${digits === 2 ? 'at most 2 digits unless a precision is written' : `at most the ${digits} digits its precision says`}. Write INTERVAL '${value.value}' ${name}(${n.length})${to}.`,
    p.toks.indexOf(value),
    undefined,
    CODES.literalOutOfRange,
  );
}

function precision(p: QueryParser): void {
  p.expectOp('(');
  do {
    if (p.peek()?.kind !== 'number') p.stop();
    p.i++;
  } while (p.eatOp(','));
  p.expectOp(')');
}

/** The target type of CAST / TRY_CAST and of JSON_VALUE ... RETURNING: no NOT NULL, unlike a column's type. */
export function dataType(p: QueryParser, where = 'the CAST target type'): void {
  const c = cursorAt(p);
  if (parseDataType(c, where, { cast: true }) === undefined) {
    const d = c.diags[0]!;
    p.fail(d.summary, d.detail, c.i, d.range);
  }
  p.i = c.i;
  // `RETURNING INT NULL ON EMPTY`: that NULL is a JSON_VALUE behaviour, not nullability.
  if ((p.atAhead(0, 'NULL') && !p.atAhead(1, 'ON')) || (p.atAhead(0, 'NOT') && p.atAhead(1, 'NULL')))
    p.fail(
      `${where[0]!.toUpperCase()}${where.slice(1)} takes no NOT NULL or NULL`,
      'Remove it: only a column type or a type nested in ROW, ARRAY, MAP or MULTISET says whether it is nullable.',
    );
}

/**
 * In U&'…' a backslash starts `\\`, `\XXXX` or `\+XXXXXX` (hex digits); Flink's parser refuses any
 * other. A `${env.X}` inside is checked once substituted.
 */
function unicodeEscapes(p: QueryParser, t: Token): void {
  const raw = p.ctx.text.slice(t.start, t.end);
  // `UESCAPE '!'` names another escape character.
  if (!/^u&'/i.test(raw) || raw.includes('${') || p.peek(1)?.value === 'UESCAPE') return;
  const bad = /\\(?!\\|[0-9a-fA-F]{4}|\+[0-9a-fA-F]{6})/.exec(raw.replace(/\\\\/g, '  '));
  if (bad)
    p.fail(
      `Unicode escape sequence \`${raw.slice(bad.index, Math.min(bad.index + 5, raw.length - 1))}\` is not exactly four hex digits`,
      "In U&'…' write a character as \\ and four hex digits (\\0041), or \\+ and six (\\+01F600); a backslash itself as \\\\.",
    );
}

export function primary(p: QueryParser): void {
  const t = p.peek();
  if (t === undefined) {
    p.want('an expression');
    p.stop();
  }
  switch (t.kind) {
    case 'number':
      p.i++;
      return;
    case 'binary':
      // Flink's parser refuses X'..' with anything but hex digits (a `${env.X}` is checked substituted).
      if (!/^[0-9a-fA-F]*$/.test(t.value) && !t.value.includes('${'))
        p.fail(
          "Binary literal X'…' must contain only the hex digits 0-9 and A-F",
          "Write the bytes as pairs of hex digits, e.g. X'CAFE', with no spaces; for text, use a '…' string.",
        );
      p.i++;
      return;
    case 'string':
      unicodeEscapes(p, t);
      p.i++;
      // 'a'\n'b' is one literal; Flink refuses the continuation on the same line.
      while (p.peek()?.kind === 'string') {
        const lines = p.ctx.lines;
        if (lines.pos(p.peek()!.start).line === lines.pos(p.toks[p.i - 1]!.end).line)
          p.fail(
            'String literal continued on the same line',
            "Flink joins adjacent string literals only across lines: write one literal ('ab'), or concatenate ('a' || 'b').",
          );
        p.i++;
      }
      return;
    case 'quoted':
      name(p);
      return;
    case 'op':
      if (t.value === '?') {
        p.i++;
        return;
      }
      if (t.value === '(') {
        p.i++;
        if (atSubquery(p)) query(p);
        else exprList(p);
        p.expectOp(')');
        return;
      }
      p.want('an expression');
      p.stop();
      break;
    case 'word':
      word(p, t.value);
      return;
    default:
      p.want('an expression');
      p.stop();
  }
}

function word(p: QueryParser, w: string): void {
  const next = p.peek(1);
  const paren = next?.kind === 'op' && next.value === '(';
  const bracket = next?.kind === 'op' && next.value === '[';
  switch (w) {
    case 'CASE':
      p.i++;
      if (!p.at('WHEN')) expr(p);
      p.expect('WHEN');
      do {
        exprList(p);
        p.expect('THEN');
        expr(p);
      } while (p.eat('WHEN'));
      if (p.eat('ELSE')) expr(p);
      p.expect('END');
      return;
    case 'CAST':
    case 'TRY_CAST':
      // TRY_CAST is a name too, until Flink 2.2 reserves the word.
      if (!paren && w === 'TRY_CAST') break;
      p.i++;
      p.expectOp('(');
      expr(p);
      p.expect('AS');
      dataType(p);
      p.expectOp(')');
      return;
    case 'INTERVAL': {
      p.i++;
      let value: Token | undefined;
      if (p.atOp('-') || p.atOp('+')) p.i++;
      if (p.peek()?.kind === 'string') value = p.toks[p.i++];
      else unary(p);
      intervalQualifier(p, value);
      return;
    }
    case 'DATE':
    case 'TIME':
    case 'TIMESTAMP':
      if (next?.kind === 'string') {
        p.i += 2;
        return;
      }
      // TIMESTAMP WITH LOCAL TIME ZONE '…': a TIMESTAMP_LTZ literal, parsed from Flink 2.0 (Calcite 1.34) on.
      if (
        w === 'TIMESTAMP' &&
        p.atAhead(1, 'WITH') &&
        p.atAhead(2, 'LOCAL') &&
        p.atAhead(3, 'TIME') &&
        p.atAhead(4, 'ZONE') &&
        p.peek(5)?.kind === 'string' &&
        p.since('2.0')
      ) {
        p.i += 6;
        return;
      }
      // DATE(x), TIME(x), TIMESTAMP(x) as functions: Flink 2.0's parser (Calcite 1.34) takes them,
      // but no release defines them (real 2.2.0: "No match found for function signature
      // DATE(<CHARACTER>)"); Flink 1.20's parser stops at the keyword, taken only before a literal.
      if (paren) {
        const stop = p.i;
        if (p.since('2.0')) {
          p.i += 2;
          exprList(p);
          p.expectOp(')');
        }
        p.fail(
          `${w}(...) is not a Flink function`,
          `Flink has no function ${w}: ${p.since('2.0') ? `its planner finds none ("No match found for function signature ${w}")` : `the SQL parser of Flink ${p.flinkVersion} takes ${w} only before a literal (${w} '...')`}. Write CAST(x AS ${w}) to convert a value${w === 'DATE' ? ', TO_DATE(s) to parse a string' : w === 'TIMESTAMP' ? ', TO_TIMESTAMP(s) to parse a string' : ''}.`,
          stop,
        );
      }
      break;
    case 'ARRAY':
    case 'MAP':
    case 'MULTISET':
      if (bracket) {
        p.i += 2;
        if (!p.atOp(']')) exprList(p);
        p.expectOp(']');
        return;
      }
      if (paren) {
        p.i += 2;
        if (atSubquery(p)) query(p);
        else if (!p.atOp(')')) {
          // MAP(k, v) and ARRAY(a, b): before, only MAP(SELECT ...) and ARRAY(SELECT ...). Flink 2.0's
          // parser rejects them and 2.2's takes them, but no release defines them (real 2.2.0: "No
          // match found for function signature MAP(<CHARACTER>, <NUMERIC>)").
          if (w !== 'MULTISET') {
            const stop = p.i - 2;
            if (p.since('2.1')) exprList(p);
            p.fail(
              `${w}(...) of values is not a Flink function`,
              `Flink builds ${w === 'MAP' ? 'a map with MAP[k1, v1, k2, v2]' : 'an array with ARRAY[a, b]'} (square brackets); ${w}(...) takes only a query, ${w}(SELECT ...).`,
              stop,
            );
          }
          exprList(p);
        }
        p.expectOp(')');
        return;
      }
      break;
    case 'ROW':
      if (paren) {
        p.i += 2;
        if (!p.atOp(')')) exprList(p);
        p.expectOp(')');
        return;
      }
      break;
    case 'EXISTS':
    case 'UNIQUE':
      if (paren) {
        p.i += 2;
        query(p);
        p.expectOp(')');
        return;
      }
      break;
    case 'RUNNING':
    case 'FINAL':
      if (next?.kind === 'word') {
        p.i++;
        primary(p);
        return;
      }
      break;
    default:
      if (NILADIC.has(w) && !paren) {
        p.i++;
        return;
      }
  }
  if (paren && NOT_FLINK_AGGREGATES.has(w))
    p.fail(
      `${w} is not a Flink function`,
      `Flink's parser rejects ${w}: write LISTAGG(x, ',') to join strings, or ARRAY_AGG(x) to collect values into an array.`,
    );
  if (paren && TYPE_KEYWORDS.has(w))
    p.fail(
      `${w}(...) is a data type, not a function`,
      `Flink's SQL parser takes ${w} only as a data type and stops at it before \`(\`. Write CAST(x AS ${w}) to convert a value.`,
    );
  if (paren && TYPE_NAME_CALLS.has(w))
    p.fail(
      `${w}(...) is not a Flink function`,
      `Flink has no function ${w} ("No match found for function signature ${w}"). ${w === 'CHAR' ? 'CHR(n) gives the character of an ASCII code; ' : ''}CAST(x AS ${w === 'CHAR' ? 'CHAR(n)' : w}) converts a value.`,
    );
  if (paren && !NOT_CALLS.has(w)) {
    const ref = p.compoundNameOrWord();
    if (ref.parts.length > 1 || !isBuiltinFunction(w, p.flinkVersion)) p.call(ref);
    callArgs(p, w);
    return;
  }
  name(p);
}

/** A column or qualified column (`t.c`, `t.*`), or a qualified function call (`db.fn(...)`). */
function name(p: QueryParser): void {
  const ref = p.compoundName();
  if (p.atOp('.') && p.peek(1)?.kind === 'op' && p.peek(1)!.value === '*') {
    p.i += 2;
    return;
  }
  if (p.atOp('(')) {
    if (ref.parts.length > 1 || !isBuiltinFunction(ref.name.toUpperCase(), p.flinkVersion)) p.call(ref);
    callArgs(p, ref.parts.length === 1 ? ref.name.toUpperCase() : '');
  } else p.column(ref);
}
