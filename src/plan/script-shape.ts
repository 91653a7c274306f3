/**
 * A compiled job script broken into the parts an upgrade compares: SET lines,
 * table DDL (options apart from the rest), views, functions and the queries of
 * each INSERT (statement sets opened up), all in canonical token text so that
 * comments, layout and keyword case never count as a change.
 */
import type { Token } from '../sql/lexer';
import { closingParen, isOp, isWord } from '../sql/lexer';
import { splitStatements } from '../sql/splitter';
import { tokenText } from './query-features';

export interface TableShape {
  /** Columns, watermark, keys, partitioning: everything but the WITH options. */
  schema: string;
  options: string;
}

export interface QueryShape {
  /** INSERT target (sink) name; for CREATE TABLE ... AS, the table it creates. */
  sink: string;
  /** The statement as a reviewer knows it: `INSERT INTO sink`, `CREATE TABLE sink AS`. */
  label: string;
  /** Source text the tokens' offsets point into. */
  src: string;
  tokens: Token[];
  /** Equality key: token kinds and values, unquoted words case-folded (as Flink folds keywords and functions). */
  text: string;
  /** Relations read (FROM / JOIN / TABLE t), CTE names excluded. */
  reads: string[];
}

export interface ScriptShape {
  sets: Map<string, string>;
  tables: Map<string, TableShape>;
  views: Map<string, { src: string; tokens: Token[]; text: string }>;
  functions: Map<string, string>;
  /** Keyed by sink; a second INSERT into the same sink gets `sink#2`. */
  queries: Map<string, QueryShape>;
  /** Any other statement, as canonical text. */
  other: string[];
  /** The script could not be tokenised cleanly. */
  broken: boolean;
}

/** Compares queries by their tokens: layout, comments and keyword or function case do not count. */
export function tokenKey(tokens: readonly Token[]): string {
  return tokens.map((t) => `${t.kind}:${t.value}`).join('\u0001');
}

const unquote = (s: string) => s.replace(/^'(.*)'$/s, '$1');

/** `a`.`b`.`c` starting at i → [last name, index after it]. */
function qualifiedName(tokens: readonly Token[], i: number): [string, number] {
  let name = '';
  let j = i;
  while (j < tokens.length && (tokens[j]!.kind === 'word' || tokens[j]!.kind === 'quoted')) {
    name = tokens[j]!.kind === 'word' ? tokens[j]!.value.toLowerCase() : tokens[j]!.value;
    if (isOp(tokens[j + 1], '.')) j += 2;
    else return [name, j + 1];
  }
  return [name, j];
}

function skipWords(tokens: readonly Token[], i: number, words: readonly string[]): number {
  let j = i;
  while (j < tokens.length && tokens[j]!.kind === 'word' && words.includes(tokens[j]!.value)) j++;
  return j;
}

/**
 * The `/*+ OPTIONS('k' = 'v') *\/` hints on the tables a query reads (`FROM t /*+ OPTIONS(...) *\/`),
 * as the hint's inner text per table name: they override the table's own options for that read.
 */
export function readHints(tokens: readonly Token[]): [string, string][] {
  return namedReads(tokens).filter((r): r is [string, string] => r[1] !== undefined);
}

/** Every `FROM`/`JOIN` of a name, with its `OPTIONS` hint when it has one. */
export function namedReads(tokens: readonly Token[]): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], 'FROM') && !isWord(tokens[i], 'JOIN')) continue;
    const n = tokens[i + 1];
    if (!n || (n.kind !== 'word' && n.kind !== 'quoted')) continue;
    const [name, after] = qualifiedName(tokens, i + 1);
    if (!name) continue;
    const h = tokens[after];
    out.push([name, h?.kind === 'hint' && /^\s*OPTIONS\s*\(/i.test(h.value) ? h.value : undefined]);
  }
  return out;
}

export function readsOf(tokens: readonly Token[]): string[] {
  const ctes = new Set<string>();
  const reads = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // `WITH x AS (` and `, y AS (` name common table expressions, not tables.
    if (
      (t.kind === 'word' || t.kind === 'quoted') &&
      isWord(tokens[i + 1], 'AS') &&
      isOp(tokens[i + 2], '(')
    ) {
      const prev = tokens[i - 1];
      if (isWord(prev, 'WITH') || isOp(prev, ','))
        ctes.add(t.kind === 'word' ? t.value.toLowerCase() : t.value);
    }
    if (isWord(t, 'FROM') || isWord(t, 'JOIN') || (isWord(t, 'TABLE') && !isOp(tokens[i + 1], '('))) {
      const n = tokens[i + 1];
      if (!n || isOp(n, '(') || isWord(n, 'LATERAL') || isWord(n, 'TABLE') || isWord(n, 'UNNEST')) continue;
      const [name] = qualifiedName(tokens, i + 1);
      if (name) reads.add(name);
    }
  }
  return [...reads].filter((r) => !ctes.has(r)).sort();
}

export function scriptShape(script: string): ScriptShape {
  const split = splitStatements(script, '<plan>');
  const shape: ScriptShape = {
    sets: new Map(),
    tables: new Map(),
    views: new Map(),
    functions: new Map(),
    queries: new Map(),
    other: [],
    broken: split.diags.some((d) => d.severity === 'error'),
  };
  const addQuery = (tokens: Token[], at: number) => {
    const j = skipWords(tokens, at + 1, ['INTO', 'OVERWRITE', 'TABLE']);
    const [sink] = qualifiedName(tokens, j);
    addQueryOf(sink, `INSERT INTO ${sink}`, tokens);
  };
  const addQueryOf = (sink: string, label: string, tokens: Token[]) => {
    let key = sink;
    for (let n = 2; shape.queries.has(key); n++) key = `${sink}#${n}`;
    shape.queries.set(key, {
      sink,
      label,
      src: script,
      tokens,
      text: tokenKey(tokens),
      reads: readsOf(tokens),
    });
  };
  for (const st of split.statements) {
    const tk = st.tokens;
    const w0 = tk[0]?.kind === 'word' ? tk[0].value : '';
    if (w0 === 'SET' || w0 === 'RESET') {
      const key = tk[1] ? unquote(tokenText(script, [tk[1]])) : '';
      const eq = tk.findIndex((t) => isOp(t, '='));
      if (w0 === 'RESET') shape.sets.delete(key);
      else if (key) shape.sets.set(key, eq >= 0 ? unquote(tokenText(script, tk.slice(eq + 1))) : '');
      continue;
    }
    if (w0 === 'INSERT') {
      addQuery(tk, 0);
      continue;
    }
    if (w0 === 'EXECUTE' && isWord(tk[1], 'STATEMENT')) {
      // EXECUTE STATEMENT SET BEGIN <insert>; <insert>; END
      let start = 4;
      for (let i = 4; i < tk.length; i++) {
        if (isOp(tk[i], ';') || (isWord(tk[i], 'END') && i === tk.length - 1)) {
          if (isWord(tk[start], 'INSERT')) addQuery(tk.slice(start, i), 0);
          start = i + 1;
        }
      }
      continue;
    }
    if (w0 === 'EXECUTE' && isWord(tk[1], 'INSERT')) {
      addQuery(tk.slice(1), 0);
      continue;
    }
    if (w0 === 'CREATE' || (w0 === 'REPLACE' && isWord(tk[1], 'TABLE'))) {
      const k = skipWords(tk, 1, ['OR', 'REPLACE', 'TEMPORARY', 'TEMPORARY', 'SYSTEM']);
      const what = tk[k]?.kind === 'word' ? tk[k]!.value : '';
      const [name, after] = qualifiedName(tk, skipWords(tk, k + 1, ['IF', 'NOT', 'EXISTS']));
      if (what === 'TABLE') {
        // CREATE [OR REPLACE] TABLE / REPLACE TABLE ... AS <query>: a table and the query that
        // fills it, compared as an INSERT's query is (its text is no part of the table's schema).
        const as = topLevelAs(tk, after);
        shape.tables.set(name, tableShape(script, tk.slice(after, as < 0 ? undefined : as)));
        if (as >= 0)
          addQueryOf(name, `${w0 === 'REPLACE' ? 'REPLACE' : 'CREATE'} TABLE ${name} AS`, tk.slice(as + 1));
        continue;
      }
      if (what === 'VIEW') {
        const as = tk.findIndex((t, i) => i >= after && isWord(t, 'AS'));
        const q = tk.slice(as + 1);
        shape.views.set(name, { src: script, tokens: q, text: tokenKey(q) });
        continue;
      }
      if (what === 'FUNCTION') {
        shape.functions.set(name, tokenText(script, tk.slice(after)));
        continue;
      }
    }
    shape.other.push(tokenText(script, tk));
  }
  return shape;
}

/** The index of the `AS` that starts a CTAS's query (outside brackets), or -1. */
function topLevelAs(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    if (isOp(tokens[i], '(')) i = closingParen(tokens, i);
    else if (isWord(tokens[i], 'AS')) return i;
  }
  return -1;
}

function tableShape(src: string, rest: readonly Token[]): TableShape {
  // The WITH (...) at depth 0 holds the connector options; everything else is schema.
  for (let i = 0; i < rest.length; i++) {
    if (isOp(rest[i], '(')) {
      i = closingParen(rest, i);
      continue;
    }
    if (isWord(rest[i], 'WITH') && isOp(rest[i + 1], '(')) {
      const end = closingParen(rest, i + 1);
      return {
        schema: `${tokenText(src, rest.slice(0, i))} ${tokenText(src, rest.slice(end + 1))}`.trim(),
        options: tokenText(src, rest.slice(i + 2, end)),
      };
    }
  }
  return { schema: tokenText(src, rest), options: '' };
}
