/**
 * A state shape with its fields' types: what a kept operator's restore depends on, read from the
 * stream graph.
 */

import { operatorKind, operatorName, splitTopLevel } from '../core/operator-state';
import { type StreamGraph, type StreamNode, upstreamOf } from '../core/stream-graph';
import { readTables } from './column-changes';
import type { ExplainedJob } from './explained-job';

/**
 * A state shape with field names replaced by the column types they carry, following the aliases of
 * the graph's Calcs (`k AS key_id`) back to a table column: renaming a key or an aggregated column
 * keeps the state's types, and so its restore; changing which column (of another type) does not.
 * A field a Calc computes (`ABS((v - 50)) AS $f1`, `CAST(v AS BIGINT) AS $f1`) gets the type of its
 * expression where that is plain (computedType): SUM(v) → SUM(ABS(v - 50)) keeps an INT accumulator.
 */
export function typedShape(
  shape: string,
  node: StreamNode,
  job: ExplainedJob,
  calls: ReadonlySet<string>,
): string {
  const alias = new Map<string, string>();
  const computed: [string, string][] = [];
  // Only this operator and those feeding it: a Calc after it may reuse a name for another value
  // (`CAST(b AS VARCHAR) AS b` of a key the new jar types INT), which would hide the key's type.
  const upstream = upstreamOf(node, job.graph).add(node.id);
  for (const n of job.graph.nodes) {
    if (!upstream.has(n.id)) continue;
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(n.contents)?.[1];
    if (!select) continue;
    for (const m of select.matchAll(/(?:^|,\s*)([A-Za-z_][\w$]*) AS ([A-Za-z_][\w$]*)/g)) {
      if (m[1] !== m[2]) alias.set(m[2]!.toLowerCase(), m[1]!.toLowerCase());
    }
    if (/^(?:\[\d+\]:)?Calc\(/.test(n.contents)) {
      for (const item of splitTopLevel(select)) {
        const m = /^(.*\S)\s+AS\s+(\$?[A-Za-z_][\w$]*)$/s.exec(item.trim());
        if (m && !/^[A-Za-z_][\w$]*$/.test(m[1]!)) computed.push([m[2]!.toLowerCase(), m[1]!]);
      }
    }
  }
  const types = new Map<string, string | null>();
  // The columns of the tables read upstream: a sink's column of the same name (`b STRING` of the
  // table a retyped key is cast back for) says nothing of the key.
  const read = readTables(job.graph.nodes.filter((n) => upstream.has(n.id)));
  for (const [name, t] of job.tables) {
    if (read.size > 0 && !read.has(name)) continue;
    for (const [col, type] of t.columns) {
      const seen = types.get(col);
      types.set(col, seen === undefined || seen === type ? type : null);
    }
  }
  const columnType = (word: string): string | null | undefined => {
    let name = word.toLowerCase();
    for (let i = 0; i < 8 && alias.has(name); i++) name = alias.get(name)!;
    return types.get(name);
  };
  // A name computed twice with other types (or once untyped) is left as it is.
  const computedTypes = new Map<string, string | null>();
  // A Calc that computes a table column's name anew (`CAST(v AS BIGINT) AS v`, as the planner
  // writes a legacy GROUP BY SESSION's input) gives it the expression's type, where that is plain.
  const recast = new Map<string, string>();
  for (const [name, expr] of computed) {
    if (types.has(name)) {
      const t = computedType(expr, columnType);
      if (t !== undefined && t !== types.get(name)) recast.set(name, t);
      continue;
    }
    const called = calls.has(expr.trim()) ? job.functionTypes?.get(expr.trim()) : undefined;
    const t = called ?? computedType(expr, columnType) ?? null;
    const seen = computedTypes.get(name);
    computedTypes.set(name, seen === undefined || seen === t ? t : null);
  }
  return shape.replace(/(?<![\w$])(\$?[A-Za-z_][\w$]*)(?![\w$])(?!\s*\()/g, (word) => {
    const type = word.startsWith('$') ? undefined : (recast.get(word.toLowerCase()) ?? columnType(word));
    const typed = type ?? computedTypes.get(word.toLowerCase());
    return typed ? `<${typed}>` : word;
  });
}

/**
 * The names of one state shape (`a`, the same text on both sides) that one side types and the
 * other leaves as they are, when that is the only difference between the typed shapes: an
 * expression flinkops cannot type (`(CAST(v AS BIGINT) + id) AS $f1`) says nothing of a change.
 * Undefined when the typed shapes differ anywhere else (a type changed on both sides).
 */
export function untypedOnOneSide(shape: string, typedA: string, typedB: string): string[] | undefined {
  const words = [...shape.matchAll(/(?<![\w$])(\$?[A-Za-z_][\w$]*)(?![\w$])(?!\s*\()/g)];
  // Each typed shape is `shape` with some of its words replaced: split both at the same words.
  const pieces = (typed: string): string[] | undefined => {
    const out: string[] = [];
    let at = 0;
    let from = 0;
    for (const w of words) {
      const before = shape.slice(from, w.index);
      if (!typed.startsWith(before, at)) return undefined;
      at += before.length;
      const piece = typed.startsWith(w[0], at) ? w[0] : /^<[^<>]*>/.exec(typed.slice(at))?.[0];
      if (piece === undefined) return undefined;
      out.push(piece);
      at += piece.length;
      from = w.index + w[0].length;
    }
    return typed.slice(at) === shape.slice(from) ? out : undefined;
  };
  const [pa, pb] = [pieces(typedA), pieces(typedB)];
  if (!pa || !pb) return undefined;
  const unknown: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (pa[i] === pb[i]) continue;
    const untyped = pa[i] === words[i]![0] || pb[i] === words[i]![0];
    if (!untyped) return undefined;
    if (!unknown.includes(words[i]![0])) unknown.push(words[i]![0]);
  }
  return unknown.length > 0 ? unknown : undefined;
}

/**
 * The row a deduplication keeps per key, as its input's columns (` row=[order_id, user_id, pt]`),
 * which the node's own text does not show; '' when it keeps no row or the input is not known. A
 * processing-time deduplication keeping the first row keeps a flag only; the others keep the whole
 * input row (real 1.20.3: a column added to the output of a processing-time keep-last
 * deduplication failed the restore, StateMigrationException of the row's RowDataSerializer).
 */
export function storedRow(n: StreamNode, graph: StreamGraph): string {
  const op = operatorName(n);
  if (op !== 'Deduplicate' && op !== 'WindowDeduplicate') return '';
  if (
    op === 'Deduplicate' &&
    /\bkeep=\[FirstRow\]/.test(n.contents) &&
    /\border=\[PROCTIME\]/.test(n.contents)
  )
    return '';
  const columns = n.inputs.length === 1 ? outputColumns(n.inputs[0]!.from, graph) : undefined;
  return columns ? ` row=[${columns.join(', ')}]` : '';
}

/**
 * The columns a node emits, by name: a Calc's select list (`PROCTIME() AS pt` → `pt`), a source's
 * fields, through watermark assigners; undefined for anything else.
 */
function outputColumns(id: number, graph: StreamGraph): string[] | undefined {
  const byId = new Map(graph.nodes.map((g) => [g.id, g]));
  let at = byId.get(id);
  for (let hops = 0; at && hops < 16; hops++) {
    const text = at.contents.replace(/^\[\d+\]:/, '');
    if (/^Calc\(/.test(text)) {
      const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(text)?.[1];
      if (select === undefined) return undefined;
      return splitTopLevel(select).map((item) => {
        const m = /\s+AS\s+(\$?[A-Za-z_][\w$]*)$/s.exec(item.trim());
        return m ? m[1]! : item.trim();
      });
    }
    if (operatorKind(at).kind === 'source') {
      const fields = /\bfields=\[([^\]]*)\]/.exec(text)?.[1];
      return fields === undefined ? undefined : fields.split(/,\s*/);
    }
    if (!/^WatermarkAssigner\(/.test(text) || at.inputs.length !== 1) return undefined;
    at = byId.get(at.inputs[0]!.from);
  }
  return undefined;
}

/** Whether two shapes name the same columns the same number of times, in any order. */
export function sameWords(a: string, b: string): boolean {
  const words = (t: string) => (t.match(/\$?[A-Za-z_][\w$]*/g) ?? []).sort().join(' ');
  return words(a) === words(b);
}

/**
 * The type of a Calc expression where Flink's typing is plain: `CAST(col AS T)` is T (with the
 * column's nullability); `+`, `-`, `*`, ABS over columns of one type, INT or BIGINT, and INT
 * literals keep that type (INT - INT is INT, BIGINT + INT is BIGINT), and MOD keeps INT. Anything
 * else (other functions, mixed types, decimals, division): undefined, not known.
 */
function computedType(
  expr: string,
  columnType: (c: string) => string | null | undefined,
): string | undefined {
  const CAST = /CAST\(([A-Za-z_][\w$]*) AS ([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)\)/g;
  const castType = (col: string, to: string): string | undefined => {
    const from = columnType(col);
    if (!from) return undefined;
    return `${to === 'INTEGER' ? 'INT' : to}${/\sNOT NULL$/i.test(from) ? ' NOT NULL' : ''}`;
  };
  const text = expr.trim();
  const whole = new RegExp(`^${CAST.source}$`).exec(text);
  if (whole) return castType(whole[1]!, whole[2]!);
  // A column cast inside arithmetic (`(CAST(v AS BIGINT) + id)`) is an operand of the cast's type.
  const casts = new Map<string, string | undefined>();
  const flat = text.replace(CAST, (_, col: string, to: string) => {
    const name = `cast$${casts.size}`;
    casts.set(name, castType(col, to));
    return name;
  });
  const operandType = (word: string) => (casts.has(word) ? casts.get(word) : columnType(word));
  const tokens = flat.match(/[A-Za-z_][\w$]*|\d+|\S/g) ?? [];
  let type: string | undefined;
  let mod = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (/^\d+$/.test(tok)) {
      if (Number(tok) > 2147483647) return undefined;
    } else if (/^[A-Za-z_]/.test(tok)) {
      if (tokens[i + 1] === '(') {
        if (!/^(?:ABS|MOD)$/i.test(tok)) return undefined;
        mod ||= /^MOD$/i.test(tok);
        continue;
      }
      const t = operandType(tok);
      if (!t || !/^(?:INT|INTEGER|BIGINT)(?:\s+NOT NULL)?$/i.test(t)) return undefined;
      if (type !== undefined && type !== t) return undefined;
      type = t;
    } else if (!['+', '-', '*', '(', ')', ','].includes(tok)) return undefined;
  }
  if (type === undefined || (mod && !/^INT/i.test(type))) return undefined;
  return type;
}
