/**
 * Where the table, column or option a planner error names is written: the job's own CREATE TABLE,
 * or the table's YAML or DDL file.
 */

import type { DesiredJob } from '../compile';
import type { SourceRange } from '../core/diagnostics';
import { escapeRegExp, LineIndex } from '../core/text';
import type { FlinkError } from '../flink/errors';
import { isOp, lex, type Token } from '../sql/lexer';
import type { Statement } from '../sql/types';

/** The table Flink could not make a source or sink of, by the name the job's DDL gave it. */
export function failedTable(e: FlinkError): { name: string; as: 'source' | 'sink' } | undefined {
  for (const c of [e.message, ...e.causes]) {
    const m = /Unable to create a (source|sink) for (?:reading|writing) table '([^']+)'/.exec(c);
    if (m) return { name: m[2]!.split('.').pop()!, as: m[1] as 'source' | 'sink' };
  }
  return undefined;
}

/** `Invalid metadata key 'k' in column 'c' of table 'cat.db.t'`: the table and column Flink names. */
export function tableOfColumn(e: FlinkError): { table: string; column: string } | undefined {
  for (const c of [e.message, ...e.causes]) {
    const m = /in column '([^']+)' of table '([^']+)'/.exec(c);
    if (m) return { table: m[2]!.split('.').pop()!, column: m[1]! };
  }
  return undefined;
}

/** The connector or format Flink has no factory for (`Could not find any factory for identifier 'avro'`). */
export function factoryOf(e: FlinkError): string | undefined {
  return /for identifier '([^']+)'/.exec([e.message, ...e.causes].join('\n'))?.[1];
}

/** An option whose value is `value`, from its key: `format: avro` in YAML, `'format' = 'avro'` in DDL. */
export function valuePattern(value: string): RegExp {
  return new RegExp(`['"]?[\\w.-]+['"]?\\s*[:=]\\s*['"]?${escapeRegExp(value)}['"]?\\s*(?=[,})\\n]|$)`, 'm');
}

/** A column's definition: `name: c` (or `{ name: c`) in a table's YAML, `c TYPE` after `(` or `,` in its DDL. */
export function columnPatterns(column: string): RegExp[] {
  const c = escapeRegExp(column);
  return [
    new RegExp(`(?<=name:\\s*['"]?)${c}(?=['"]?\\s*(?:[,}]|$))`, 'm'),
    new RegExp(`(?<=(?:^|[(,])\\s*)\`?${c}\`?(?=\\s+\\w)`, 'm'),
  ];
}

/** The job's own CREATE TABLE of `name` (the last one, as the session holds it), with its range in the job's file. */
export function ownTable(job: DesiredJob, name: string): { st: Statement; range: SourceRange } | undefined {
  const ranges = job.sourceRanges ?? [];
  const firstOwn = job.statements.length - ranges.length;
  for (let i = job.statements.length - 1; i >= firstOwn; i--) {
    const st = job.statements[i]!;
    const range = ranges[i - firstOwn];
    if (st.kind === 'create_table' && st.table?.name.name === name && range) return { st, range };
  }
  return undefined;
}

/** The offset in a CREATE TABLE's tokens of the first of `keys` set in its WITH (`'key' =`). */
export function ownOption(tokens: readonly Token[], keys: readonly string[]): number | undefined {
  for (const key of keys)
    for (let i = 0; i + 1 < tokens.length; i++)
      if (tokens[i]!.kind === 'string' && tokens[i]!.value === key && isOp(tokens[i + 1], '='))
        return tokens[i]!.start;
  return undefined;
}

/** The offset in a CREATE TABLE's tokens of the first option whose value is `value` (`'format' = 'avro'`: its key). */
export function ownValue(tokens: readonly Token[], value: string): number | undefined {
  for (let i = 2; i < tokens.length; i++)
    if (tokens[i]!.kind === 'string' && tokens[i]!.value === value && isOp(tokens[i - 1], '='))
      return tokens[i - 2]!.start;
  return undefined;
}

/** The offset in a CREATE TABLE's text of the definition of `column` (a name right after `(` or `,`, at the top level of its list). */
export function ownColumn(text: string, tokens: readonly Token[], column: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isOp(t, '(')) depth++;
    else if (isOp(t, ')')) depth--;
    else if (
      depth === 1 &&
      ((t.kind === 'word' && text.slice(t.start, t.end) === column) ||
        (t.kind === 'quoted' && t.value === column)) &&
      (isOp(tokens[i - 1], '(') || isOp(tokens[i - 1], ','))
    )
      return t.start;
  }
  return undefined;
}

/** The option keys a connector refused, as Flink names them (unsupported, or of a value it cannot parse). */
export function refusedKeys(e: FlinkError): string[] {
  const all = [e.message, ...e.causes].join('\n');
  const keys = new Set<string>();
  const unsupported = /Unsupported options:\s*([\s\S]*?)\s*Supported options:/.exec(all);
  // One key a line in Flink's message; the client joins lines, so one sentence: `a.b c.d.`.
  for (const k of unsupported?.[1]?.split(/[\s,]+/) ?? [])
    if (k.replace(/\.$/, '')) keys.add(k.replace(/\.$/, ''));
  for (const m of all.matchAll(/for key '([^']+)'/g)) keys.add(m[1]!);
  return [...keys];
}

/**
 * The offset in `text` of a refused key set by a dynamic options hint on `table`
 * (`orders /*+ OPTIONS('key' = 'v') *\/`, `INSERT INTO sink /*+ OPTIONS(...) *\/`): Flink merges
 * the hint's options into the table's for this statement, so the mistake is there, not in the
 * table's file.
 */
export function hintedKey(text: string, table: string, keys: readonly string[]): number | undefined {
  const { tokens } = lex(text, '', new LineIndex(text));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.kind !== 'hint' || !/^\s*OPTIONS\s*\(/i.test(t.value)) continue;
    if (
      (before.kind !== 'word' && before.kind !== 'quoted') ||
      before.value.toLowerCase() !== table.toLowerCase()
    )
      continue;
    for (const key of keys) {
      const k = t.value.indexOf(`'${key}'`);
      if (k >= 0) return t.start + 3 + k;
    }
  }
  return undefined;
}

/** How an option `key` is written: a YAML `with:` key (plain or quoted), or a DDL WITH's `'key'`. */
export function optionPatterns(key: string): RegExp[] {
  const k = escapeRegExp(key);
  return [new RegExp(`(?<=^|[\\s{,])(?:${k}|'${k}'|"${k}")\\s*:`, 'm'), new RegExp(`'${k}'\\s*=`)];
}

/**
 * Where the first of `found` (an option's key, or a placeholder in a value) stands: in the
 * environment's override of the table in flinkops.yaml, else in the table's file; the table file's
 * start when neither holds it, or without the repository to read.
 */
export function optionAt(
  dir: string | undefined,
  env: string,
  table: { name: string; file: string },
  found: readonly (string | RegExp)[],
): SourceRange {
  const start = { file: table.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (!dir || found.length === 0) return start;
  const { readFileSync } = process.getBuiltinModule('node:fs');
  // The environment's override first: its value is the one Flink was sent.
  for (const f of ['flinkops.yaml', table.file]) {
    let text: string;
    try {
      // Without its byte-order mark, as the file is loaded and as an editor counts columns.
      text = readFileSync(`${dir}/${f}`, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      continue;
    }
    let [from, to] = [0, text.length];
    if (f !== table.file) {
      // environments.<env>.tables.<table>: from the table's key to the end of the environment's block.
      const envs = /^environments:/m.exec(text);
      const within = envs ? text.slice(envs.index) : '';
      const own = new RegExp(`^( +)${env}:`, 'm').exec(within);
      if (!envs || !own) continue;
      const head = envs.index + own.index;
      const body = head + own[0].length;
      const next = new RegExp(`^ {0,${own[1]!.length}}\\S`, 'm').exec(text.slice(body));
      to = next ? body + next.index : text.length;
      // A block key on its own line, or a key of a flow mapping (`tables: {orders: {with: {...}}}`).
      const at = text.slice(head, to).search(new RegExp(`(?:^\\s+|[{,]\\s*)${table.name}\\s*:`, 'm'));
      if (at < 0) continue;
      from = head + at;
    }
    const block = text.slice(0, to);
    for (const t of found) {
      let i: number;
      if (typeof t === 'string') i = block.indexOf(t, from);
      else {
        const m = new RegExp(t.source, `${t.flags.replace('g', '')}g`);
        m.lastIndex = from;
        i = m.exec(block)?.index ?? -1;
      }
      if (i < 0) continue;
      const pos = new LineIndex(text).pos(i);
      const at = { line: pos.line, column: pos.column };
      return { file: f, start: at, end: at };
    }
  }
  return start;
}
