/**
 * Reference extraction: which tables/views a query reads, which table an INSERT
 * writes, which user functions it calls. Not a full expression parser: it walks the
 * tokens, recursing into every parenthesised group (so subqueries anywhere are seen),
 * and parses table references precisely wherever one can stand (after FROM, JOIN,
 * a comma in a FROM list, and `TABLE t` arguments of table functions).
 *
 * This file holds what a scan collects; the token walk is `reference-scanner.ts`.
 */
import type { Token } from './lexer';
import type { ObjectRef, QueryScope, QueryShape, SelectScope } from './types';

export interface References {
  reads: ObjectRef[];
  writes: ObjectRef[];
  functions: ObjectRef[];
  /** WITH names seen anywhere in the statement (reads of them are not table reads). */
  ctes: Set<string>;
  /** Column names (`c`, `t.c`, `r.field`) read by an expression; collected only when present. */
  columns?: ObjectRef[];
  /** The top-level select lists of the query parsed, when asked for (CREATE TABLE ... AS). */
  shape?: QueryShape;
  /** Every SELECT's scope, when asked for (the queries of statements): column names checked by validate. */
  scopes?: SelectScope[];
  /** With scopes: the outermost query parsed. */
  query?: QueryScope;
}

export function emptyReferences(): References {
  return { reads: [], writes: [], functions: [], ctes: new Set() };
}

/** The OPTIONS hint of a reference as text: a read with other options is another source. */
function hinted(ref: ObjectRef): string {
  return ref.options ? JSON.stringify(ref.options) : '';
}

function key(ref: ObjectRef): string {
  return ref.parts.join('\u0000') + (ref.temporal ? '\u0001' : '') + hinted(ref);
}

/**
 * The keys of each long list pushUnique fills, so a statement calling thousands of distinct
 * functions (or reading thousands of tables) is not quadratic. Rebuilt when the list changed
 * length otherwise (filtered, or pushed to directly).
 */
const seen = new WeakMap<ObjectRef[], { keys: Set<string>; length: number }>();

/** Up to this many references a list is searched in place: no key strings, no side table. */
const SCANNED = 16;

function sameRef(a: ObjectRef, b: ObjectRef): boolean {
  if (a.parts.length !== b.parts.length || !a.temporal !== !b.temporal) return false;
  for (let i = 0; i < a.parts.length; i++) if (a.parts[i] !== b.parts[i]) return false;
  // The hints last, and as text only when both have one: most references have none.
  if (a.options === undefined || b.options === undefined) return a.options === b.options;
  return hinted(a) === hinted(b);
}

/** Adds a reference unless the same name (temporal flag and OPTIONS hint) is already listed. */
export function pushUnique(list: ObjectRef[], ref: ObjectRef): void {
  if (list.length < SCANNED) {
    for (let i = 0; i < list.length; i++) if (sameRef(list[i]!, ref)) return;
    list.push(ref);
    return;
  }
  const k = key(ref);
  let s = seen.get(list);
  if (!s || s.length !== list.length) {
    s = { keys: new Set(list.map(key)), length: list.length };
    seen.set(list, s);
  }
  if (s.keys.has(k)) return;
  list.push(ref);
  s.keys.add(k);
  s.length = list.length;
}

/** Drops reads of CTE names (a CTE is not a table). */
export function withoutCtes(reads: ObjectRef[], ctes: ReadonlySet<string>): ObjectRef[] {
  if (ctes.size === 0) return reads;
  return reads.filter((r) => r.parts.length > 1 || !ctes.has(r.name));
}

/**
 * Drops references named by a token the lexer flagged as unterminated (`FROM \`orders`):
 * that "name" is the rest of the file, and the lexer has already reported the real problem.
 * Such a token runs to the end of the input, so it can only be the last one.
 */
export function withoutRunaways(refs: ObjectRef[], tokens: readonly Token[]): ObjectRef[] {
  const t = tokens[tokens.length - 1];
  if (!t?.unterminated) return refs;
  return refs.filter((r) => !(r.start <= t.start && t.end <= r.end));
}
