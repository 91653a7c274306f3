/** CREATE, DROP and USE of an object: the objects Flink knows, and one name where one is taken. */

import { CODES } from './codes';
import { type Ctx, Cursor } from './cursor';
import { simpleName } from './ddl-other';
import type { Token } from './lexer';
import type { Statement } from './types';

/** The objects Flink's CREATE and DROP know. */
const OBJECTS = new Set(['TABLE', 'VIEW', 'FUNCTION', 'CATALOG', 'DATABASE', 'MATERIALIZED', 'MODEL']);

/** After one name, the statement (USE, DROP) must end: a second name or a list is an error. */
function endsAfterName(
  c: Cursor,
  allowed: readonly string[],
  summary: (t: Token) => string,
  detail: (t: Token) => string,
): void {
  const extra = c.peek();
  if (!extra || (extra.kind === 'op' && extra.value === ';')) return;
  if (extra.kind === 'word' && allowed.includes(extra.value)) return;
  c.fail(CODES.unexpectedToken, summary(extra), detail(extra), extra);
}

/**
 * CREATE / DROP of an object Flink does not have (INDEX, SCHEMA, USER, SEQUENCE: other databases'
 * DDL pasted in), DROP of several tables at once, and USE with more than one name.
 */
export function objectStatement(ctx: Ctx, tokens: readonly Token[], i0: number, stmt: Statement): void {
  const c = new Cursor(ctx, tokens, i0 + 1);
  const lead = tokens[i0]!.value;
  if (stmt.kind === 'use') {
    if (c.atWord('MODULES')) return;
    // USE CATALOG cat: cat is one identifier.
    const catalog = c.eatWord('CATALOG');
    const name = catalog ? simpleName(c, 'USE CATALOG', 'the catalog name') : c.qualifiedName();
    if (name) stmt.use = { catalog, parts: name.parts };
    if (!catalog && !name) c.unexpected('USE', 'a database name (db or cat.db)');
    else if (!catalog && name && name.parts.length > 2)
      // Flink's parser takes any compound name; its converter refuses a third part.
      c.fail(
        CODES.refusedByFlink,
        'USE takes a database, or a catalog and a database: not three names',
        'Flink refuses it ("use database identifier format error"): write USE cat.db, or USE CATALOG cat then USE db.',
        name,
      );
    if (name)
      endsAfterName(
        c,
        [],
        (t) => `Unexpected ${tokenText(ctx, t)} after the name in USE`,
        () => 'USE takes one name: USE db, USE cat.db or USE CATALOG cat.',
      );
    stmt.diags.push(...c.diags);
    return;
  }
  if (lead === 'CREATE' && c.atWord('OR')) c.i += 2;
  c.eatWord('TEMPORARY');
  c.eatWord('SYSTEM');
  const object = c.next();
  if (object?.kind !== 'word') return;
  if (!OBJECTS.has(object.value)) {
    c.fail(
      CODES.unexpectedToken,
      `Flink SQL has no ${lead} ${tokenText(ctx, object).slice(1, -1).toUpperCase()}`,
      `Flink's ${lead} takes TABLE, VIEW, FUNCTION, CATALOG, DATABASE, MATERIALIZED TABLE or MODEL. A statement for another database (an index, a schema, a user) has no place in a Flink script: run it there.`,
      object,
    );
  } else if (lead === 'DROP') {
    if (object.value === 'MATERIALIZED') c.i++;
    c.eatWord('IF', 'EXISTS');
    const o = object.value;
    if (!c.qualifiedName()) c.unexpected(`DROP ${o === 'MATERIALIZED' ? 'MATERIALIZED TABLE' : o}`, 'a name');
    else
      endsAfterName(
        c,
        o === 'DATABASE' ? ['CASCADE', 'RESTRICT'] : [],
        (t) => `Unexpected ${tokenText(ctx, t)} after the name in DROP ${o}`,
        (t) =>
          t.kind === 'op' && t.value === ','
            ? `Flink drops one ${o.toLowerCase()} a statement: write DROP ${o} a; DROP ${o} b;`
            : `DROP ${o} takes one name${o === 'DATABASE' ? ', then CASCADE or RESTRICT' : ''}.`,
      );
  }
  stmt.diags.push(...c.diags);
}

export function tokenText(ctx: Ctx, t: Token): string {
  return `\`${ctx.text.slice(t.start, t.end)}\``;
}
