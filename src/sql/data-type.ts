/**
 * Flink data types: parsed from tokens and rendered in one normal form (upper-case
 * keywords, single spaces, `ROW<a INT, b STRING>`, `DECIMAL(10, 2)`), so that two
 * spellings of the same type compare equal and a cosmetic edit is not a change.
 */
import { LineIndex } from '../core/text';
import { Cursor } from './cursor';
import { isName, lex, nameOf } from './lexer';
import { quoteIdentifier, quoteQualified, quoteString } from './quote';

/** Words that may follow the first word of a type name (TIMESTAMP(3) WITH LOCAL TIME ZONE, ...). */
const CONTINUATION = new Set([
  'PRECISION',
  'VARYING',
  'WITH',
  'WITHOUT',
  'LOCAL',
  'TIME',
  'ZONE',
  'TO',
  'YEAR',
  'MONTH',
  'DAY',
  'HOUR',
  'MINUTE',
  'SECOND',
]);

const GENERIC = new Set(['ROW', 'ARRAY', 'MULTISET', 'MAP', 'STRUCTURED']);

const SAFE_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

function fieldName(name: string, quoted: boolean): string {
  return quoted || !SAFE_FIELD.test(name) ? quoteIdentifier(name) : name;
}

/** Parses `(args)` after a type word: numbers, strings, names. */
function typeArgs(c: Cursor, where: string): string | undefined {
  if (!c.eatOp('(')) return '';
  const args: string[] = [];
  while (!c.done() && !c.atOp(')')) {
    const t = c.next()!;
    if (t.kind === 'number' || t.kind === 'word') args.push(t.kind === 'word' ? t.value : t.value);
    else if (t.kind === 'string') args.push(quoteString(t.value));
    else {
      c.i--;
      c.unexpected(where, 'a type length, precision or scale');
      return undefined;
    }
    if (!c.eatOp(',')) break;
  }
  if (!c.eatOp(')')) {
    c.unexpected(where, '`)` closing the type parameters');
    return undefined;
  }
  return `(${args.join(', ')})`;
}

/** [NOT] NULL after a nested type; returns the suffix to render. */
function nestedNullability(c: Cursor): string {
  if (c.eatWord('NOT', 'NULL')) return ' NOT NULL';
  if (c.eatWord('NULL')) return '';
  return '';
}

/** ROW fields: `name type [NOT NULL] ['comment']`, separated by commas, up to `close`. */
function rowFields(c: Cursor, close: string, where: string): string | undefined {
  const fields: string[] = [];
  while (!c.done() && !c.atOp(close)) {
    const t = c.peek();
    if (!isName(t)) {
      c.unexpected(where, 'a ROW field name');
      return undefined;
    }
    c.i++;
    const type = parseDataType(c, where);
    if (type === undefined) return undefined;
    let field = `${fieldName(nameOf(c.ctx.text, t), t.kind === 'quoted')} ${type}${nestedNullability(c)}`;
    if (c.peek()?.kind === 'string') field += ` ${quoteString(c.next()!.value)}`;
    fields.push(field);
    if (!c.eatOp(',')) break;
  }
  if (!c.eatOp(close)) {
    c.unexpected(where, `\`${close}\` closing the ROW fields`);
    return undefined;
  }
  return fields.join(', ');
}

/**
 * Parses one data type at the cursor (without a top-level NOT NULL, which belongs to the
 * column). Returns its normal form, or undefined after reporting a diagnostic.
 */
export function parseDataType(c: Cursor, where = 'a data type'): string | undefined {
  const first = c.peek();
  if (!isName(first)) {
    c.unexpected(where, 'a data type');
    return undefined;
  }
  c.i++;
  let out: string;
  const up = first.kind === 'word' ? first.value : '';
  if (GENERIC.has(up) && (c.atOp('<') || (up === 'ROW' && c.atOp('(')))) {
    const open = c.next()!.value;
    const close = open === '<' ? '>' : ')';
    if (up === 'ROW' || up === 'STRUCTURED') {
      const fields = rowFields(c, close, where);
      if (fields === undefined) return undefined;
      out = `${up}<${fields}>`;
    } else {
      const parts: string[] = [];
      while (!c.done() && !c.atOp(close)) {
        const inner = parseDataType(c, where);
        if (inner === undefined) return undefined;
        parts.push(inner + nestedNullability(c));
        if (!c.eatOp(',')) break;
      }
      if (!c.eatOp(close)) {
        c.unexpected(where, `\`${close}\` closing the ${up} type`);
        return undefined;
      }
      out = `${up}<${parts.join(', ')}>`;
    }
  } else if (first.kind === 'quoted' || c.atOp('.')) {
    // A user-defined (structured or distinct) type, possibly qualified.
    c.i--;
    const ref = c.qualifiedName()!;
    out = quoteQualified(ref.parts);
  } else {
    out = up;
    const args = typeArgs(c, where);
    if (args === undefined) return undefined;
    out += args;
    while (c.peek()?.kind === 'word' && CONTINUATION.has(c.peek()!.value)) {
      out += ` ${c.next()!.value}`;
      const more = typeArgs(c, where);
      if (more === undefined) return undefined;
      out += more;
    }
  }
  // Postfix collection forms: INT ARRAY, STRING MULTISET.
  while (c.atWord('ARRAY') || c.atWord('MULTISET')) out += ` ${c.next()!.value}`;
  return out;
}

/**
 * The normal form of a type written as text (`decimal(10,2)` → `DECIMAL(10, 2)`), or the
 * trimmed input when it does not parse as a type.
 */
export function renderTypeName(type: string): string {
  const lines = new LineIndex(type);
  const { tokens, diags } = lex(type, '<type>', lines);
  if (diags.length > 0) return type.trim();
  const c = new Cursor({ text: type, file: '<type>', lines }, tokens);
  const out = parseDataType(c);
  if (out === undefined) return type.trim();
  const suffix = c.eatWord('NOT', 'NULL') ? ' NOT NULL' : c.eatWord('NULL') ? '' : '';
  return c.done() ? out + suffix : type.trim();
}
