/**
 * Function calls: the argument list with the special forms SQL gives some functions
 * (EXTRACT(unit FROM x), TRIM(LEADING c FROM s), POSITION(a IN b), SUBSTRING(s FROM i
 * FOR n), OVERLAY, FLOOR/CEIL(x TO unit), TIMESTAMPADD(unit, ...), JSON_* clauses,
 * ARRAY_AGG(x ORDER BY ...)), table arguments of table functions (`TABLE t [PARTITION BY
 * ...] [ORDER BY ...]`, `(SELECT ...) PARTITION BY ...`, `DESCRIPTOR(...)`, named `arg =>
 * value`), and what may follow a call: WITHIN GROUP / WITHIN DISTINCT, FILTER,
 * RESPECT/IGNORE NULLS and OVER.
 */
import { CODES } from './codes';
import { nameOf } from './lexer';
import { additive, atSubquery, expr, exprList } from './query-expr';
import { orderItem, orderList } from './query-order';
import type { QueryParser } from './query-parser';
import { dataType, timeUnit } from './query-primary';
import { atQuery, query } from './query-select';
import { windowSpec } from './query-window-spec';

/** `( args )` of a call whose name (upper-cased; '' when qualified) was just consumed. */
export function callArgs(p: QueryParser, fn: string): void {
  p.expectOp('(');
  if (!p.atOp(')') || fn === 'ARRAY_AGG') special(p, fn);
  p.expectOp(')');
  after(p);
}

/**
 * `CALL name(args)` after CALL: a procedure name and its arguments as Calcite's
 * NamedRoutineCall takes them (positional or `name => value`, no DISTINCT, nothing after `)`).
 */
export function procedureCall(p: QueryParser): void {
  p.compoundName();
  p.expectOp('(');
  if (!p.atOp(')')) {
    do arg(p);
    while (p.eatOp(','));
  }
  p.expectOp(')');
}

function special(p: QueryParser, fn: string): void {
  switch (fn) {
    case 'EXTRACT':
      timeUnit(p);
      p.expect('FROM');
      expr(p);
      return;
    case 'TRIM':
      // [BOTH | LEADING | TRAILING] [characters] [FROM] string: `TRIM(BOTH ' a ')` trims spaces.
      if ((p.eat('BOTH') || p.eat('LEADING') || p.eat('TRAILING')) && p.eat('FROM')) {
        expr(p);
        return;
      }
      expr(p);
      if (p.eat('FROM')) expr(p);
      return;
    case 'POSITION':
      additive(p);
      if (p.eat('IN')) {
        expr(p);
        if (p.eat('FROM')) expr(p);
      } else plainArgs(p);
      return;
    case 'SUBSTRING':
    case 'OVERLAY':
      expr(p);
      if (fn === 'OVERLAY' && p.eat('PLACING')) {
        expr(p);
        p.expect('FROM');
        expr(p);
        if (p.eat('FOR')) expr(p);
        return;
      }
      if (p.eat('FROM')) {
        expr(p);
        if (p.eat('FOR')) expr(p);
        return;
      }
      plainArgs(p);
      return;
    case 'FLOOR':
    case 'CEIL':
    case 'CEILING':
      expr(p);
      if (p.eat('TO')) timeUnit(p);
      return;
    case 'TIMESTAMPADD':
    case 'TIMESTAMPDIFF':
      timeUnit(p);
      p.expectOp(',');
      exprList(p);
      return;
    case 'CONVERT':
    case 'TRANSLATE': {
      const name = p.i - 2;
      expr(p);
      if (p.eat('USING')) p.compoundName();
      else {
        // TRANSLATE(s, from, to) is Calcite's TRANSLATE3, a Flink built-in from 2.0: 1.16–1.20
        // refuse it ("No match found for function signature TRANSLATE3", real 1.18.1).
        if (fn === 'TRANSLATE' && p.atOp(',') && !p.since('2.0'))
          p.fail(
            'TRANSLATE(s, from, to) needs Flink 2.0 or later',
            `The project targets Flink ${p.flinkVersion} (flinkVersion in flinkops.yaml), which has no three-argument TRANSLATE (its planner finds no function TRANSLATE3). Replace the characters with REGEXP_REPLACE or nested REPLACE calls, or raise flinkVersion if the cluster runs Flink 2.0 or later.`,
            name,
          );
        plainArgs(p);
      }
      return;
    }
    case 'ARRAY_AGG':
      arrayAgg(p);
      return;
    default:
      if (fn.startsWith('JSON_') && json(p, fn)) return;
      if (p.eatOp('*')) return;
      if (!p.eat('DISTINCT')) p.eat('ALL');
      do arg(p, fn);
      while (p.eatOp(','));
  }
}

/**
 * Window TVFs whose parameters Calcite names (DATA, TIMECOL, SIZE, SLIDE, STEP, OFFSET): Flink
 * 1.16–1.18 take `name => value` there (the window TVF page's `TUMBLE(DATA => TABLE Bid, ...)`,
 * planned by real 1.18.1), and refuse it elsewhere until 1.19.
 */
const NAMED_BEFORE_119: ReadonlySet<string> = new Set(['TUMBLE', 'HOP', 'CUMULATE']);

/** `ARRAY_AGG([ALL | DISTINCT] x [, ...] [RESPECT | IGNORE NULLS] [ORDER BY ...] [SEPARATOR 's'])`. */
function arrayAgg(p: QueryParser): void {
  if (!p.eat('DISTINCT')) p.eat('ALL');
  exprList(p);
  if ((p.at('RESPECT') || p.at('IGNORE')) && p.atAhead(1, 'NULLS')) p.i += 2;
  if (p.at('ORDER') && p.atAhead(1, 'BY')) {
    p.i += 2;
    orderList(p);
  }
  if (p.eat('SEPARATOR')) {
    if (p.peek()?.kind !== 'string') {
      p.want('a string literal');
      p.stop();
    }
    p.i++;
  }
}

function plainArgs(p: QueryParser): void {
  while (p.eatOp(',')) expr(p);
}

/** One argument: `[name =>] (DEFAULT | TABLE t [PARTITION BY ..] [ORDER BY ..] | DESCRIPTOR(..) | expr)`. */
function arg(p: QueryParser, fn = ''): void {
  const t = p.peek();
  const n = p.peek(1);
  if (t !== undefined && (t.kind === 'word' || t.kind === 'quoted') && n?.kind === 'op' && n.value === '=>') {
    if (!p.since('1.19') && !NAMED_BEFORE_119.has(fn))
      p.fail(
        'Named arguments (`name => value`) need Flink 1.19 or later',
        'Pass the arguments by position, or raise flinkVersion in flinkops.yaml.',
      );
    if (!p.isIdentAt(0)) {
      const raw = p.ctx.text.slice(t.start, t.end);
      p.fail(
        `\`${raw}\` is a reserved word in Flink SQL and cannot name an argument unquoted`,
        `Flink's parser stops at the \`=>\` after it. Quote the name with backticks: \`${raw}\` => ...`,
        p.i + 1,
      );
    }
    if (PTF_SYSTEM_ARGS.has(word(t)) && !p.since('2.1')) processTableFunctionBefore21(p, word(t));
    p.i += 2;
  }
  // An optional parameter left to its default (Calcite's Arg takes DEFAULT).
  if (p.eat('DEFAULT')) return;
  if (p.at('TABLE') && !p.atAhead(1, '(')) {
    // `TABLE name` only: a query argument is written without TABLE, `(SELECT ...) PARTITION BY k`.
    p.i++;
    p.read(p.compoundName());
    tableArgTail(p);
    return;
  }
  if (p.atOp('(') && p.atAhead(1, 'TABLE') && p.isIdentAt(2)) {
    // `(TABLE name)`: the same table argument in parentheses.
    p.i += 2;
    p.read(p.compoundName());
    p.expectOp(')');
    tableArgTail(p);
    return;
  }
  if (p.atOp('(') && p.atAhead(1, 'MODEL') && p.isIdentAt(2) && p.since('2.1')) {
    p.i += 2;
    p.compoundName();
    p.expectOp(')');
    return;
  }
  if (p.atAhead(0, 'MODEL') && p.isIdentAt(1) && p.since('2.1')) {
    // A model argument of ML_PREDICT / ML_EVALUATE (Flink 2.1).
    p.i++;
    p.compoundName();
    return;
  }
  if (p.at('DESCRIPTOR') && p.peek(1)?.value === '(') {
    // DESCRIPTOR(), DESCRIPTOR(ts), DESCRIPTOR(t.ts, u): Flink's parser takes any names here.
    p.i += 2;
    if (!p.eatOp(')')) {
      do p.compoundName();
      while (p.eatOp(','));
      p.expectOp(')');
    }
    return;
  }
  if ((atQuery(p) && !p.at('TABLE')) || (p.atOp('(') && atSubquery(p))) {
    // A subquery as an argument (`MULTISET(SELECT ...)`, a table argument `(SELECT ...) PARTITION BY k`).
    query(p);
  } else expr(p);
  // Any argument may be partitioned (Calcite's PartitionedQueryOrQueryOrExpr); ORDER BY only after PARTITION BY.
  if (p.at('PARTITION') && p.atAhead(1, 'BY')) tableArgTail(p);
}

/** The arguments Flink adds to every process table function (2.1+): its state's name and its time column. */
export const PTF_SYSTEM_ARGS: ReadonlySet<string> = new Set(['UID', 'ON_TIME']);

function word(t: { kind: string; value: string } | undefined): string {
  return t && (t.kind === 'word' || t.kind === 'quoted') ? t.value.toUpperCase() : '';
}

/** Stops at a process table function's `uid =>` / `on_time =>` when the project's Flink predates them. */
export function processTableFunctionBefore21(p: QueryParser, name: string): never {
  return p.fail(
    'A process table function needs Flink 2.1 or later',
    `\`${name.toLowerCase()} =>\` is an argument of a process table function (ProcessTableFunction), and the project targets Flink ${p.flinkVersion} (flinkVersion in flinkops.yaml): Flink 2.1 is the first release whose planner runs one (2.0 has the class in its API but no operator for it; 1.x neither). Rewrite the function for Flink ${p.flinkVersion} (a table function, or an aggregate with GROUP BY), or raise flinkVersion if the cluster runs Flink 2.1 or later.`,
    p.i,
    undefined,
    CODES.ptfBefore21,
  );
}

/** `PARTITION BY a | (a, b)` (simple names) and `ORDER BY a | (a ASC, b DESC)` after a table argument of a table function. */
function tableArgTail(p: QueryParser): void {
  if (p.at('PARTITION') && p.atAhead(1, 'BY')) {
    p.i += 2;
    if (p.atOp('(')) p.nameList();
    else p.ident();
  }
  if (p.at('ORDER') && p.atAhead(1, 'BY')) {
    if (p.since('2.1') && !p.since('2.3'))
      p.fail(
        'ORDER BY in a table argument needs Flink 2.3 or later',
        `The project targets Flink ${p.flinkVersion} (flinkVersion in flinkops.yaml), whose planner refuses a table argument sorted for a process table function (real 2.2.0: "ORDER BY clause is currently not supported"). Drop the ORDER BY and pass the time column as on_time => DESCRIPTOR(ts), or raise flinkVersion if the cluster runs Flink 2.3 or later.`,
        p.i,
        undefined,
        CODES.ptfOrderBy,
      );
    p.i += 2;
    if (p.eatOp('(')) {
      orderList(p);
      p.expectOp(')');
    } else orderItem(p);
  }
}

/** At `(NULL | ABSENT) ON NULL`, the clause closing JSON_OBJECT / JSON_ARRAY and their aggregates. */
function atOnNull(p: QueryParser): boolean {
  return (p.at('NULL') || p.at('ABSENT')) && p.atAhead(1, 'ON');
}

function onNull(p: QueryParser): void {
  if (atOnNull(p)) {
    p.i += 2;
    p.expect('NULL');
  }
}

/** JSON_OBJECT / JSON_ARRAY with no entries: `()` or only the ON NULL clause (a NULL entry is one). */
function noEntries(p: QueryParser): boolean {
  return p.atOp(')') || atOnNull(p);
}

/** `[KEY] key VALUE value [FORMAT JSON]` or `key : value [FORMAT JSON]`. */
function jsonEntry(p: QueryParser): void {
  p.eat('KEY');
  expr(p);
  if (!p.eat('VALUE')) p.expectOp(':');
  jsonValue(p);
}

/** A JSON constructor's value: `expr [FORMAT JSON]`. */
function jsonValue(p: QueryParser): void {
  expr(p);
  if (p.eat('FORMAT')) p.expect('JSON');
}

/** JSON_VALUE / JSON_QUERY / JSON_EXISTS: `expr [FORMAT JSON], path` then their clauses. */
function jsonQuery(p: QueryParser): void {
  expr(p);
  if (p.eat('FORMAT')) p.expect('JSON');
  p.expectOp(',');
  expr(p);
  for (;;) {
    if (p.eat('RETURNING')) {
      dataType(p, 'the RETURNING type');
      continue;
    }
    if (p.eat('DEFAULT')) {
      expr(p);
      p.expect('ON');
      if (!p.eat('EMPTY')) p.expect('ERROR');
      continue;
    }
    if (p.eat('WITH') || p.eat('WITHOUT')) {
      if (!p.eat('CONDITIONAL')) p.eat('UNCONDITIONAL');
      p.eat('ARRAY');
      p.expect('WRAPPER');
      continue;
    }
    const t = p.peek();
    if (t?.kind === 'word' && JSON_BEHAVIOURS.has(t.value)) {
      p.i++;
      if (t.value === 'EMPTY' && !p.at('ON')) {
        if (!p.eat('ARRAY')) p.expect('OBJECT');
      }
      p.expect('ON');
      if (!p.eat('EMPTY')) p.expect('ERROR');
      continue;
    }
    return;
  }
}

const JSON_BEHAVIOURS = new Set(['NULL', 'ERROR', 'EMPTY', 'TRUE', 'FALSE', 'UNKNOWN']);

/** The JSON functions whose arguments are clauses, not a plain list; false for the others. */
function json(p: QueryParser, fn: string): boolean {
  switch (fn) {
    case 'JSON_VALUE':
    case 'JSON_QUERY':
    case 'JSON_EXISTS':
      jsonQuery(p);
      return true;
    case 'JSON_OBJECT':
      if (!noEntries(p)) {
        do jsonEntry(p);
        while (p.eatOp(','));
      }
      onNull(p);
      return true;
    case 'JSON_OBJECTAGG':
      jsonEntry(p);
      onNull(p);
      return true;
    case 'JSON_ARRAY':
      if (!noEntries(p)) {
        do jsonValue(p);
        while (p.eatOp(','));
      }
      onNull(p);
      return true;
    case 'JSON_ARRAYAGG':
      jsonValue(p);
      if (p.at('ORDER') && p.atAhead(1, 'BY')) {
        p.i += 2;
        orderList(p);
      }
      onNull(p);
      return true;
    default:
      return false;
  }
}

/** WITHIN GROUP (ORDER BY ...) | WITHIN DISTINCT (...), FILTER (WHERE ...), RESPECT|IGNORE NULLS, OVER w | OVER (...). */
function after(p: QueryParser): void {
  if (p.at('WITHIN') && p.atAhead(1, 'GROUP')) {
    p.i += 2;
    p.expectOp('(');
    p.expect('ORDER');
    p.expect('BY');
    orderList(p);
    p.expectOp(')');
  } else if (p.at('WITHIN') && p.atAhead(1, 'DISTINCT')) {
    p.i += 2;
    p.expectOp('(');
    exprList(p);
    p.expectOp(')');
  }
  if (p.at('FILTER') && p.peek(1)?.value === '(') {
    p.i += 2;
    p.expect('WHERE');
    expr(p);
    p.expectOp(')');
  }
  if ((p.at('RESPECT') || p.at('IGNORE')) && p.atAhead(1, 'NULLS')) p.i += 2;
  if (p.eat('OVER')) {
    if (p.atOp('(')) windowSpec(p);
    else nameOf(p.ctx.text, p.ident());
  }
}
