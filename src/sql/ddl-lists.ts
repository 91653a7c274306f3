/** The bracketed lists DDL shares: `('k' = 'v', ...)` options and `(a, b)` name lists. */
import type { Cursor } from './cursor';
import { isName, nameOf } from './lexer';

/**
 * `( 'k' = 'v', ... )` → options. Keys and values are string literals (Flink's parser rejects
 * `'k' = 1`), and a comma must be followed by another option (it rejects a trailing comma).
 */
export function parseOptions(c: Cursor, where: string): Record<string, string> {
  const options: Record<string, string> = {};
  if (!c.eatOp('(')) {
    c.unexpected(where, "`(` starting the options list ('key' = 'value', ...)");
    return options;
  }
  let first = true;
  while (!c.done() && (!first || !c.atOp(')'))) {
    first = false;
    const k = c.string(where, "an option key in quotes ('key' = 'value')");
    if (k === undefined) return options;
    if (!c.eatOp('=')) {
      c.unexpected(where, "`=` between the option key and value ('key' = 'value')");
      return options;
    }
    const v = c.peek();
    if (v?.kind !== 'string') {
      c.unexpected(
        where,
        `the option value in quotes ('${k}' = '${v?.kind === 'number' || isName(v) ? c.ctx.text.slice(v.start, v.end) : 'value'}'): Flink takes only strings`,
      );
      return options;
    }
    // Adjacent literals are one string, as in Flink ('a' 'b' is 'ab').
    let value = '';
    while (c.peek()?.kind === 'string') value += c.next()!.value;
    options[k] = value;
    if (!c.eatOp(',')) break;
  }
  if (!c.eatOp(')')) c.unexpected(where, '`)` closing the options list, or `,` before the next option');
  return options;
}

/** `(a, b, c)` → names; at least one (Flink's parser rejects `()`). */
export function parseNameList(c: Cursor, where: string): string[] {
  const names: string[] = [];
  if (!c.eatOp('(')) {
    c.unexpected(where, '`(` starting a column list');
    return names;
  }
  do {
    const t = c.peek();
    if (!isName(t)) {
      c.unexpected(where, 'a column name');
      return names;
    }
    names.push(nameOf(c.ctx.text, t));
    c.i++;
  } while (c.eatOp(','));
  if (!c.eatOp(')')) c.unexpected(where, '`,` or `)` closing the column list');
  return names;
}
