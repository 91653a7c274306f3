/** The bracketed lists DDL shares: `('k' = 'v', ...)` options and `(a, b)` name lists. */
import type { Cursor } from './cursor';
import { isName, nameOf } from './lexer';

/** `( 'k' = 'v', ... )` → options. A comma must be followed by another option (Flink's parser rejects a trailing comma). */
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
    if (v?.kind === 'string') options[k] = v.value;
    else if (v?.kind === 'number' || isName(v)) options[k] = c.ctx.text.slice(v.start, v.end);
    else {
      c.unexpected(where, 'an option value in quotes');
      return options;
    }
    c.i++;
    if (!c.eatOp(',')) break;
  }
  if (!c.eatOp(')')) c.unexpected(where, '`)` closing the options list, or `,` before the next option');
  return options;
}

/** `(a, b, c)` → names. */
export function parseNameList(c: Cursor, where: string): string[] {
  const names: string[] = [];
  if (!c.eatOp('(')) {
    c.unexpected(where, '`(` starting a column list');
    return names;
  }
  while (!c.done() && !c.atOp(')')) {
    const t = c.peek();
    if (!isName(t)) {
      c.unexpected(where, 'a column name');
      return names;
    }
    names.push(nameOf(c.ctx.text, t));
    c.i++;
    if (!c.eatOp(',')) break;
  }
  if (!c.eatOp(')')) c.unexpected(where, '`)` closing the column list');
  return names;
}
