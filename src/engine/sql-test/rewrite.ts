/**
 * Text rewrites of a job's SQL for a test run, done on lexer tokens so that strings and
 * comments are never touched: UDF calls replaced by the test file's SQL stand-ins, lookup
 * joins on swapped tables turned into plain joins, and the query cut out of an INSERT.
 */
import { LineIndex } from '../../core/text';
import { isName, isOp, isWord, lex, matchingBracket, nameOf, type Token } from '../../sql';

interface Edit {
  start: number;
  end: number;
  text: string;
}

function tokens(text: string): Token[] {
  return lex(text, 'job.sql', new LineIndex(text)).tokens;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Splits the tokens between `from` and `to` at top-level commas into argument texts. */
function callArguments(text: string, toks: Token[], from: number, to: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = from;
  for (let j = from; j < to; j++) {
    const t = toks[j]!;
    if (isOp(t, '(') || isOp(t, '[')) depth++;
    else if (isOp(t, ')') || isOp(t, ']')) depth--;
    else if (depth === 0 && isOp(t, ',')) {
      args.push(text.slice(toks[start]!.start, toks[j - 1]!.end));
      start = j + 1;
    }
  }
  if (to > from) args.push(text.slice(toks[start]!.start, toks[to - 1]!.end));
  return args;
}

/** Replaces every call of a mocked function with its SQL stand-in ($1, $2 … are the arguments). */
export function mockFunctions(text: string, mocks: Readonly<Record<string, string>>): string {
  const byName = new Map(Object.entries(mocks).map(([k, v]) => [k.toLowerCase(), v]));
  if (byName.size === 0) return text;
  const rewrite = (src: string): string => {
    const toks = tokens(src);
    const edits: Edit[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!isName(t) || !isOp(toks[i + 1], '(') || isOp(toks[i - 1], '.')) continue;
      const template = byName.get(nameOf(src, t).toLowerCase());
      if (template === undefined) continue;
      const close = matchingBracket(toks, i + 1, toks.length);
      // Arguments may call mocked functions themselves.
      const args = callArguments(src, toks, i + 2, close - 1).map(rewrite);
      const body = template.replace(/\$(\d+)/g, (m, n: string) => {
        const a = args[Number(n) - 1];
        return a === undefined ? m : `(${a})`;
      });
      edits.push({ start: t.start, end: toks[close - 1]!.end, text: `(${body})` });
      i = close - 1;
    }
    return applyEdits(src, edits);
  };
  return rewrite(text);
}

/**
 * Each reference to a column of `exprs` (a name not qualified, not called) replaced by its
 * expression in parentheses: a computed column of a swapped table reads columns that are
 * themselves computed there, which Flink does not allow, so their expressions are written in.
 */
export function inlineColumns(text: string, exprs: ReadonlyMap<string, string>): string {
  const toks = tokens(text);
  const edits: Edit[] = [];
  toks.forEach((t, i) => {
    if (!isName(t) || isOp(toks[i - 1], '.') || isOp(toks[i + 1], '(')) return;
    const e = exprs.get(nameOf(text, t));
    if (e !== undefined) edits.push({ start: t.start, end: t.end, text: `(${e})` });
  });
  return applyEdits(text, edits);
}

/**
 * `t FOR SYSTEM_TIME AS OF r.proc_time` → `t` when t is a swapped (bounded) table and the time
 * is a processing-time attribute (one of `proctime`, the columns computed as PROCTIME()): the
 * lookup becomes a plain join against the case's rows of the dimension table. A join AS OF an
 * event time (a temporal join on a versioned table) is kept as it is: as a plain join it would
 * match every version of the row, not the one valid at that time.
 */
export function dropTemporal(
  text: string,
  swapped: ReadonlySet<string>,
  proctime: ReadonlySet<string>,
): string {
  const toks = tokens(text);
  const edits: Edit[] = [];
  for (let i = 1; i + 3 < toks.length; i++) {
    if (
      !isWord(toks[i], 'FOR') ||
      !isWord(toks[i + 1], 'SYSTEM_TIME') ||
      !isWord(toks[i + 2], 'AS') ||
      !isWord(toks[i + 3], 'OF')
    )
      continue;
    const before = toks[i - 1]!;
    if (!isName(before) || !swapped.has(nameOf(text, before))) continue;
    let j = i + 4;
    if (isName(toks[j])) {
      j++;
      while (isOp(toks[j], '.') && isName(toks[j + 1])) j += 2;
    }
    if (isWord(toks[i + 4], 'PROCTIME') && isOp(toks[i + 5], '(') && isOp(toks[i + 6], ')')) j = i + 7;
    else if (j === i + 4 || !proctime.has(nameOf(text, toks[j - 1]!))) continue;
    edits.push({ start: toks[i]!.start, end: toks[j - 1]!.end, text: '' });
  }
  return applyEdits(text, edits);
}

/** Whether the text still joins AS OF a time (`FOR SYSTEM_TIME AS OF`): a temporal join. */
export function hasTemporalJoin(text: string): boolean {
  const toks = tokens(text);
  return toks.some(
    (t, i) =>
      isWord(t, 'FOR') &&
      isWord(toks[i + 1], 'SYSTEM_TIME') &&
      isWord(toks[i + 2], 'AS') &&
      isWord(toks[i + 3], 'OF'),
  );
}

export interface InsertParts {
  /** The written table's own name. */
  table: string;
  /** Explicit column list, when written. */
  columns?: string[];
  /** The query text after the target. */
  query: string;
}

/** INSERT INTO|OVERWRITE t [PARTITION (...)] [(c1, c2)] <query>. */
export function splitInsert(text: string): InsertParts | undefined {
  const toks = tokens(text);
  let i = toks.findIndex((t) => isWord(t, 'INTO') || isWord(t, 'OVERWRITE'));
  if (i < 0) return undefined;
  i++;
  if (isWord(toks[i], 'TABLE')) i++;
  if (!isName(toks[i])) return undefined;
  let table = nameOf(text, toks[i]!);
  i++;
  while (isOp(toks[i], '.') && isName(toks[i + 1])) {
    table = nameOf(text, toks[i + 1]!);
    i += 2;
  }
  while (toks[i]?.kind === 'hint') i++;
  if (isWord(toks[i], 'PARTITION') && isOp(toks[i + 1], '(')) i = matchingBracket(toks, i + 1, toks.length);
  let columns: string[] | undefined;
  if (isOp(toks[i], '(') && isName(toks[i + 1]) && (isOp(toks[i + 2], ',') || isOp(toks[i + 2], ')'))) {
    const close = matchingBracket(toks, i, toks.length);
    columns = toks
      .slice(i + 1, close - 1)
      .filter(isName)
      .map((t) => nameOf(text, t));
    i = close;
  }
  const q = toks[i];
  if (!q) return undefined;
  return { table, ...(columns ? { columns } : {}), query: text.slice(q.start) };
}

/**
 * `ddl` (a CREATE TABLE … WITH (…)) with `'key' = 'value'` added to its options, unless it sets
 * `key` already. Undefined when it has no WITH clause.
 */
export function withOption(ddl: string, key: string, value: string): string | undefined {
  const toks = tokens(ddl);
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i]!, 'WITH') || !isOp(toks[i + 1], '(')) continue;
    const close = matchingBracket(toks, i + 1, toks.length) - 1;
    if (!isOp(toks[close], ')')) return undefined;
    const quoted = `'${key.replace(/'/g, "''")}'`;
    for (let j = i + 2; j < close; j++) if (ddl.slice(toks[j]!.start, toks[j]!.end) === quoted) return ddl;
    const empty = close === i + 2;
    const at = toks[close]!.start;
    return `${ddl.slice(0, at)}${empty ? '' : ', '}${quoted} = '${value.replace(/'/g, "''")}'${ddl.slice(at)}`;
  }
  return undefined;
}
