/** The token walk behind reference extraction (see `references.ts` for what it collects). */
import type { Diagnostic } from '../core/diagnostics';
import { type Ctx, reservedWordInName } from './cursor';
import { checkTargetList, misplacedHint } from './insert-target';
import { CLAUSE_WORDS, isBuiltinFunction, RESERVED } from './keywords';
import type { Token } from './lexer';
import { isName, isOp, isWord, matchingBracket, nameOf } from './lexer';
import { parseExpression, parseQuery } from './query';
import { hintTableOptions } from './query-hints';
import { emptyReferences, pushUnique, type References } from './references';
import type { ObjectRef } from './types';

/** Words that end a FROM list at the same nesting level. */
const FROM_ENDERS = new Set([
  'WHERE',
  'GROUP',
  'HAVING',
  'ORDER',
  'LIMIT',
  'OFFSET',
  'FETCH',
  'WINDOW',
  'QUALIFY',
  'UNION',
  'INTERSECT',
  'EXCEPT',
  'MINUS',
  'SELECT',
  'VALUES',
]);

const ARITH = new Set(['+', '-', '*', '/', '%', '||']);

export class ReferenceScanner {
  /** Syntax errors of the queries parsed through `query()`. */
  readonly diags: Diagnostic[] = [];

  constructor(
    readonly ctx: Ctx,
    readonly toks: readonly Token[],
    readonly refs: References = emptyReferences(),
  ) {}

  /**
   * Parses the query in toks[from, to) with the query parser: its reads and functions
   * come from the parse, its syntax error (if any) goes to `diags`. The token walk
   * (`scan`) remains for expressions outside queries (computed columns, DELETE/UPDATE).
   */
  query(from: number, to: number, where: string, insert: boolean | 'call' = false): void {
    const d = parseQuery(this.ctx, this.toks, from, to, this.refs, where, insert);
    // A query that does not parse has no scopes to judge its names in.
    if (d) this.refs.scopes = undefined;
    // Unbalanced brackets are reported on their own (FO310), more usefully than where the parse stopped.
    if (d && balanced(this.toks, from, to)) this.diags.push(d);
  }

  /**
   * An expression outside a query (a computed column, a watermark) in toks[from, to): its
   * references come from the token walk, its syntax error (if any) from the query parser.
   * Returns the column names it reads (none when it does not parse).
   */
  checkedExpression(from: number, to: number, where: string): ObjectRef[] {
    this.scan(from, to);
    const refs: References = { ...emptyReferences(), columns: [] };
    const d = parseExpression(this.ctx, this.toks, from, to, refs, where);
    if (d && balanced(this.toks, from, to)) this.diags.push(d);
    return d ? [] : refs.columns!;
  }

  /** Index just after the bracket that closes the one at `i` (or `to`). */
  private close(i: number, to: number): number {
    return matchingBracket(this.toks, i, to);
  }

  /** Scans a query or expression in toks[from, to). */
  scan(from: number, to: number, fromList = false): void {
    let inFrom = fromList;
    let sawSelect = fromList;
    let i = fromList ? this.tableRef(from, to) : from;
    while (i < to) {
      const t = this.toks[i]!;
      if (t.kind === 'op') {
        if (t.value === '(' || t.value === '[') {
          const end = this.close(i, to);
          this.scan(i + 1, end - 1);
          i = end;
        } else if (t.value === ',' && inFrom) {
          i = this.tableRef(i + 1, to);
        } else i++;
        continue;
      }
      if (t.kind === 'word') {
        const v = t.value;
        if (v === 'SELECT') {
          sawSelect = true;
          inFrom = false;
        } else if (v === 'FROM' && sawSelect) {
          inFrom = true;
          i = this.tableRef(i + 1, to);
          continue;
        } else if (v === 'JOIN') {
          i = this.tableRef(i + 1, to);
          continue;
        } else if (FROM_ENDERS.has(v)) {
          inFrom = false;
        } else if (v === 'WITH' && isName(this.toks[i + 1]) && i + 1 < to) {
          i = this.ctes(i + 1, to);
          continue;
        } else if (v === 'TABLE' && i + 1 < to && isName(this.toks[i + 1])) {
          // `TABLE t` as a table function argument (window TVFs, PTFs, VECTOR_SEARCH).
          i = this.tableName(i + 1, to);
          continue;
        }
      }
      if (isName(t)) {
        i = this.nameOrCall(i, to);
        continue;
      }
      i++;
    }
  }

  /** A name in an expression: a function call when `(` follows, else a column/alias (skipped). */
  private nameOrCall(i: number, to: number): number {
    const { ref, next } = this.qualified(i, to);
    if (next < to && isOp(this.toks[next], '(')) {
      this.addFunction(ref, this.toks[i]!);
      const end = this.close(next, to);
      this.scan(next + 1, end - 1);
      return end;
    }
    return next;
  }

  private addFunction(ref: ObjectRef, first: Token): void {
    if (ref.parts.length === 1) {
      const up = ref.name.toUpperCase();
      if (isBuiltinFunction(up, this.ctx.flinkVersion)) return;
      if (first.kind === 'word' && RESERVED.has(up)) return;
    }
    pushUnique(this.refs.functions, ref);
  }

  private qualified(i: number, to: number): { ref: ObjectRef; next: number } {
    const first = this.toks[i]!;
    const parts = [nameOf(this.ctx.text, first)];
    let last = first;
    let j = i + 1;
    while (j + 1 < to && isOp(this.toks[j], '.') && isName(this.toks[j + 1])) {
      last = this.toks[j + 1]!;
      parts.push(nameOf(this.ctx.text, last));
      j += 2;
    }
    return { ref: { parts, name: parts[parts.length - 1]!, start: first.start, end: last.end }, next: j };
  }

  /** `TABLE t [PARTITION BY ...]` inside a call: records t as read. */
  private tableName(i: number, to: number): number {
    const { ref, next } = this.qualified(i, to);
    pushUnique(this.refs.reads, ref);
    return next;
  }

  /** WITH a [(cols)] AS (query) [, b AS (query)]... */
  private ctes(i: number, to: number): number {
    let j = i;
    if (isWord(this.toks[j], 'RECURSIVE')) j++;
    while (j < to && isName(this.toks[j])) {
      const nameTok = this.toks[j]!;
      j++;
      if (isOp(this.toks[j], '(')) j = this.close(j, to);
      if (!isWord(this.toks[j], 'AS')) return j;
      this.refs.ctes.add(nameOf(this.ctx.text, nameTok));
      j++;
      if (!isOp(this.toks[j], '(')) return j;
      const end = this.close(j, to);
      this.scan(j + 1, end - 1);
      j = end;
      if (!isOp(this.toks[j], ',') || j >= to) return j;
      j++;
    }
    return j;
  }

  /** One table reference (after FROM, JOIN, or a comma in a FROM list); returns the index after it. */
  tableRef(i: number, to: number): number {
    let j = i;
    while (j < to && this.toks[j]!.kind === 'hint') j++;
    if (isWord(this.toks[j], 'LATERAL')) j++;
    const t = this.toks[j];
    if (t === undefined || j >= to) return j;
    if ((isWord(t, 'TABLE') || isWord(t, 'UNNEST')) && isOp(this.toks[j + 1], '(')) {
      const end = this.close(j + 1, to);
      this.scan(j + 2, end - 1);
      j = end;
      if (isWord(this.toks[j], 'WITH') && isWord(this.toks[j + 1], 'ORDINALITY')) j += 2;
      return this.alias(j, to);
    }
    if (isOp(t, '(')) {
      // A subquery, or a parenthesised join `(a JOIN b ON ...)` whose first item is a table.
      const end = this.close(j, to);
      this.scan(j + 1, end - 1, !startsQuery(this.toks[j + 1]));
      return this.alias(end, to);
    }
    if (!isName(t) || (t.kind === 'word' && RESERVED.has(t.value) && !isOp(this.toks[j + 1], '.'))) {
      return j;
    }
    const { ref, next } = this.qualified(j, to);
    j = next;
    if (isOp(this.toks[j], '(')) {
      // A table function in FROM: TUMBLE(...), my_ptf(input => TABLE t ...).
      this.addFunction(ref, t);
      const end = this.close(j, to);
      this.scan(j + 1, end - 1);
      return this.alias(end, to);
    }
    while (j < to && this.toks[j]!.kind === 'hint') j++;
    if (
      isWord(this.toks[j], 'FOR') &&
      isWord(this.toks[j + 1], 'SYSTEM_TIME') &&
      isWord(this.toks[j + 2], 'AS') &&
      isWord(this.toks[j + 3], 'OF')
    ) {
      ref.temporal = true;
      j = this.expression(j + 4, to);
    }
    pushUnique(this.refs.reads, ref);
    if (isWord(this.toks[j], 'MATCH_RECOGNIZE') && isOp(this.toks[j + 1], '(')) {
      const end = this.close(j + 1, to);
      this.scan(j + 2, end - 1);
      j = end;
    }
    return this.alias(j, to);
  }

  /** A simple expression (operands joined by arithmetic), as after FOR SYSTEM_TIME AS OF. */
  private expression(i: number, to: number): number {
    let j = i;
    for (;;) {
      const t = this.toks[j];
      if (t === undefined || j >= to) return j;
      if (isOp(t, '(')) {
        const end = this.close(j, to);
        this.scan(j + 1, end - 1);
        j = end;
      } else if (isWord(t, 'INTERVAL')) {
        j += 2;
        while (j < to && this.toks[j]!.kind === 'word' && !CLAUSE_WORDS.has(this.toks[j]!.value)) j++;
      } else if (t.kind === 'string' || t.kind === 'number') {
        j++;
      } else if (isName(t)) {
        j = this.nameOrCall(j, to);
      } else return j;
      const op = this.toks[j];
      if (op && j < to && op.kind === 'op' && ARITH.has(op.value)) j++;
      else return j;
    }
  }

  /** [AS] alias [(col, ...)] */
  private alias(i: number, to: number): number {
    let j = i;
    const hasAs = isWord(this.toks[j], 'AS');
    if (hasAs) j++;
    const t = this.toks[j];
    if (t === undefined || j >= to) return j;
    const isAlias =
      t.kind === 'quoted' ||
      (t.kind === 'word' && (hasAs || (!RESERVED.has(t.value) && !CLAUSE_WORDS.has(t.value))));
    if (!isAlias) return j;
    j++;
    if (isOp(this.toks[j], '(') && j < to) j = this.close(j, to);
    return j;
  }

  /**
   * INSERT|UPSERT INTO|OVERWRITE t [hints] [PARTITION (..)] [(cols)] query, in that order (Flink's
   * RichSqlInsert); parses the query; returns where it starts (-1: no target).
   */
  insert(i: number, to: number): number {
    let j = i + 1;
    // Flink's grammar: INSERT INTO | INSERT OVERWRITE | UPSERT INTO; `INSERT t` is an error, not a write to t.
    if (isWord(this.toks[j], 'INTO') || (isWord(this.toks[j], 'OVERWRITE') && isWord(this.toks[i], 'INSERT')))
      j++;
    else return -1;
    if (!isName(this.toks[j]) || j >= to) return -1;
    const { ref, next } = this.qualified(j, to);
    pushUnique(this.refs.writes, ref);
    const words = this.toks.slice(j, next).filter((t) => isName(t));
    const reserved = reservedWordInName(this.ctx, words, ref.parts);
    if (reserved) this.diags.push(reserved);
    j = next;
    while (j < to && this.toks[j]!.kind === 'hint') {
      const options = hintTableOptions(this.ctx, this.toks[j++]!);
      if (options) ref.options = { ...ref.options, ...options };
    }
    if (isWord(this.toks[j], 'PARTITION') && isOp(this.toks[j + 1], '(')) {
      const end = this.close(j + 1, to);
      const d = checkTargetList(this.ctx, this.toks, j + 2, end - 1, 'the PARTITION spec', true);
      if (d) this.diags.push(d);
      j = end;
    }
    let after = j > next ? 'the PARTITION spec' : '';
    if (isOp(this.toks[j], '(') && !startsQuery(this.toks[j + 1])) {
      const end = this.close(j, to);
      const d = checkTargetList(this.ctx, this.toks, j + 1, end - 1, 'the column list of INSERT', false);
      if (d) this.diags.push(d);
      j = end;
      after = 'the column list';
    }
    if (after && j < to && this.toks[j]!.kind === 'hint') {
      this.diags.push(misplacedHint(this.ctx, this.toks[j]!, after));
      while (j < to && this.toks[j]!.kind === 'hint') j++;
    }
    if (j < to) this.query(j, to, 'INSERT', true);
    return j;
  }
}

export function startsQuery(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    ((t.kind === 'op' && t.value === '(') ||
      (t.kind === 'word' && (t.value === 'SELECT' || t.value === 'WITH' || t.value === 'VALUES')))
  );
}

function balanced(toks: readonly Token[], from: number, to: number): boolean {
  const stack: string[] = [];
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.kind !== 'op') continue;
    if (t.value === '(' || t.value === '[') stack.push(t.value);
    else if (t.value === ')' || t.value === ']') {
      if (stack.pop() !== (t.value === ')' ? '(' : '[')) return false;
    }
  }
  return stack.length === 0;
}
