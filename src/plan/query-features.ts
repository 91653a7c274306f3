/**
 * The stateful shape of one Flink SQL query, read from its tokens: which
 * operators keep state (aggregation, join, window, OVER, ROW_NUMBER, MATCH_RECOGNIZE,
 * DISTINCT) and the parts whose change moves state around (GROUP BY keys, join type
 * and keys, window sizes). Deliberately shallow and explainable: each finding the
 * compatibility check prints comes from one of these fields.
 */
import { LineIndex } from '../core/text';
import { closingParen, isOp, isWord, lex, type Token } from '../sql/lexer';
import { normalizeSql } from '../sql/normalize';
import { AGGREGATE_FUNCTIONS, WINDOW_TVFS } from '../sql/query-words';

export interface QueryFeatures {
  /** GROUP BY clauses, each as normalised key text. */
  groupBy: string[];
  /** Aggregate function calls outside OVER (COUNT, SUM, ...), even without GROUP BY. */
  aggregates: number;
  /** `INNER JOIN orders ON a.id = b.id`, `LOOKUP JOIN dim ON ...` (temporal/lookup joins marked). */
  joins: string[];
  /** Window TVFs and group windows, with their sizes: `TUMBLE(INTERVAL '1' MINUTE)`. */
  windows: string[];
  over: number;
  rowNumber: number;
  matchRecognize: number;
  distinct: number;
  /** WHERE and HAVING clauses: adding or removing one can add or remove a step of the graph. */
  filters: number;
}

const JOIN_PREFIXES = new Set(['LEFT', 'RIGHT', 'FULL', 'INNER', 'CROSS', 'OUTER', 'NATURAL']);
/** Words that end a GROUP BY / ON clause at the same nesting depth. */
const CLAUSE_END = new Set([
  'WHERE',
  'GROUP',
  'HAVING',
  'ORDER',
  'LIMIT',
  'WINDOW',
  'UNION',
  'INTERSECT',
  'EXCEPT',
  'JOIN',
  'LEFT',
  'RIGHT',
  'FULL',
  'INNER',
  'CROSS',
  'SELECT',
  'FROM',
  'INSERT',
  'END',
]);

/** Canonical text of a run of tokens (normalizeSql of the source they cover): identifiers keep their case. */
export function tokenText(src: string, tokens: readonly Token[]): string {
  if (tokens.length === 0) return '';
  return normalizeSql(src.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));
}

export function tokenize(text: string): Token[] {
  return lex(text, '<plan>', new LineIndex(text)).tokens;
}

/** Tokens from `from` up to a clause end at the same depth (or a closing paren). */
function clause(tokens: readonly Token[], from: number): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isOp(t, '(')) depth++;
    else if (isOp(t, ')')) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (isOp(t, ';') || (t.kind === 'word' && CLAUSE_END.has(t.value)))) break;
    out.push(t);
  }
  return out;
}

function joinType(tokens: readonly Token[], joinAt: number): string {
  const words: string[] = [];
  for (let i = joinAt - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !JOIN_PREFIXES.has(t.value)) break;
    words.unshift(t.value);
  }
  const type = words.filter((w) => w !== 'OUTER' && w !== 'NATURAL');
  return type.length === 0 ? 'INNER' : type.join(' ');
}

export function queryFeatures(src: string, tokens: readonly Token[]): QueryFeatures {
  const f: QueryFeatures = {
    groupBy: [],
    aggregates: 0,
    joins: [],
    windows: [],
    over: 0,
    rowNumber: 0,
    matchRecognize: 0,
    distinct: 0,
    filters: 0,
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const next = tokens[i + 1];
    if (t.value === 'GROUP' && isWord(next, 'BY')) {
      f.groupBy.push(tokenText(src, clause(tokens, i + 2)));
    } else if (t.value === 'JOIN') {
      f.joins.push(describeJoin(src, tokens, i));
    } else if (WINDOW_TVFS.has(t.value) && isOp(next, '(')) {
      const end = closingParen(tokens, i + 1);
      f.windows.push(`${t.value}(${intervals(src, tokens.slice(i + 2, end)).join(', ')})`);
    } else if (t.value === 'OVER' && (isOp(next, '(') || next?.kind === 'word' || next?.kind === 'quoted')) {
      f.over++;
    } else if (t.value === 'ROW_NUMBER' && isOp(next, '(')) {
      f.rowNumber++;
    } else if (t.value === 'MATCH_RECOGNIZE') {
      f.matchRecognize++;
    } else if (t.value === 'DISTINCT') {
      f.distinct++;
    } else if (t.value === 'WHERE' || t.value === 'HAVING') {
      f.filters++;
    } else if (AGGREGATE_FUNCTIONS.has(t.value) && isOp(next, '(')) {
      const end = closingParen(tokens, i + 1);
      if (!isWord(tokens[end + 1], 'OVER')) f.aggregates++;
    }
  }
  return f;
}

function describeJoin(src: string, tokens: readonly Token[], joinAt: number): string {
  let type = joinType(tokens, joinAt);
  // The joined relation: first name after JOIN (LATERAL TABLE(f(x)) is a correlate, not a stateful join).
  let i = joinAt + 1;
  if (isWord(tokens[i], 'LATERAL')) return `${type} JOIN LATERAL (stateless)`;
  let target = '';
  let on = '';
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isOp(t, '(')) {
      i = closingParen(tokens, i);
      if (!target) target = '(subquery)';
      continue;
    }
    if (isWord(t, 'FOR') && isWord(tokens[i + 1], 'SYSTEM_TIME'))
      type = type === 'INNER' ? 'LOOKUP' : `${type} LOOKUP`;
    if (!target && (t.kind === 'word' || t.kind === 'quoted')) {
      // The whole name: a catalog table is `cat.db.t`, and its first part alone says little.
      let end = i;
      while (
        isOp(tokens[end + 1], '.') &&
        (tokens[end + 2]?.kind === 'word' || tokens[end + 2]?.kind === 'quoted')
      )
        end += 2;
      target = tokenText(src, tokens.slice(i, end + 1));
      i = end;
      continue;
    }
    if (isWord(t, 'ON')) {
      on = tokenText(src, clause(tokens, i + 1));
      break;
    }
    if (isWord(t, 'USING') && isOp(tokens[i + 1], '(')) {
      on = `USING ${tokenText(src, tokens.slice(i + 1, closingParen(tokens, i + 1) + 1))}`;
      break;
    }
    if (isOp(t, ';') || isOp(t, ')') || (t.kind === 'word' && CLAUSE_END.has(t.value))) break;
  }
  return `${type} JOIN ${target}${on ? ` ON ${on}` : ''}`;
}

function intervals(src: string, tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], 'INTERVAL')) continue;
    const parts = [tokens[i + 1], tokens[i + 2]].filter((t): t is Token => t !== undefined);
    out.push(`INTERVAL ${tokenText(src, parts)}`);
  }
  return out;
}

/** Stateful operators present, by display name, for "added/removed" findings. */
export function statefulOperators(f: QueryFeatures): Map<string, number> {
  const m = new Map<string, number>();
  const put = (k: string, n: number) => {
    if (n > 0) m.set(k, n);
  };
  put('aggregation (GROUP BY)', f.groupBy.length > 0 ? f.groupBy.length : f.aggregates > 0 ? 1 : 0);
  put('JOIN', f.joins.filter((j) => !j.endsWith('(stateless)')).length);
  put('window TVF', f.windows.length);
  put('OVER aggregation', f.over);
  put('ROW_NUMBER (deduplication / top-n)', f.rowNumber);
  put('MATCH_RECOGNIZE', f.matchRecognize);
  put('DISTINCT', f.distinct);
  return m;
}
