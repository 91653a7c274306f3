/** CREATE VIEW, CREATE FUNCTION, CREATE CATALOG, CREATE DATABASE, ANALYZE TABLE and SHOW CREATE. */
import { CODES } from './codes';
import type { Cursor } from './cursor';
import { parseNameList, parseOptions } from './ddl-table';
import { isName } from './lexer';
import type { FunctionDef, NamespaceDef, ObjectRef, ViewDef } from './types';
import { atLeast, LATEST_FLINK_VERSION } from './versions';

/** After `CREATE [TEMPORARY] VIEW`; returns the index where the query starts (or -1). */
export function parseViewBody(c: Cursor, view: ViewDef): number {
  const where = 'CREATE VIEW';
  if (c.eatWord('IF', 'NOT', 'EXISTS')) view.ifNotExists = true;
  const name = c.qualifiedName();
  if (!name) {
    c.unexpected(where, 'the view name');
    return -1;
  }
  view.name = name;
  if (c.atOp('(')) view.columns = parseNameList(c, where);
  if (c.eatWord('COMMENT')) {
    const s = c.string(where, 'the view comment in quotes');
    if (s === undefined) return -1;
    view.comment = s;
  }
  if (!c.eatWord('AS')) {
    c.unexpected(where, 'AS and the view query');
    return -1;
  }
  if (c.done()) {
    c.unexpected(where, 'the view query after AS');
    return -1;
  }
  view.query = c.textOf(c.i, c.end);
  return c.i;
}

const LANGUAGES = new Set(['JAVA', 'SCALA', 'PYTHON', 'SQL']);

/** After `CREATE [TEMPORARY [SYSTEM]] FUNCTION`. */
export function parseFunctionBody(c: Cursor, fn: FunctionDef): undefined {
  const where = 'CREATE FUNCTION';
  if (c.eatWord('IF', 'NOT', 'EXISTS')) fn.ifNotExists = true;
  const name = c.qualifiedName();
  if (!name) return c.unexpected(where, 'the function name');
  fn.name = name;
  if (fn.system && name.parts.length > 1) {
    c.fail(
      CODES.qualifiedName,
      'A TEMPORARY SYSTEM function name cannot be qualified',
      'System functions live outside catalogs: use a simple name, or drop SYSTEM to create a catalog function.',
      name,
    );
  }
  if (!c.eatWord('AS'))
    return c.unexpected(where, "AS and the implementation class in quotes (AS 'com.example.Fn')");
  const cls = c.string(where, "the implementation class in quotes (AS 'com.example.Fn')");
  if (cls === undefined) return;
  fn.className = cls;
  if (c.eatWord('LANGUAGE')) {
    const l = c.peek();
    if (l?.kind !== 'word' || !LANGUAGES.has(l.value))
      return c.unexpected(where, 'JAVA, SCALA or PYTHON after LANGUAGE');
    fn.language = l.value as FunctionDef['language'];
    c.i++;
  }
  if (c.eatWord('USING')) {
    // USING {JAR | ARTIFACT} 'uri' [, ...]: ARTIFACT is the language-agnostic form (Flink 2.x).
    do {
      if (!c.eatWord('JAR') && !c.eatWord('ARTIFACT'))
        return c.unexpected(where, "JAR 'uri' or ARTIFACT 'uri' after USING");
      const uri = c.string(where, "the resource location in quotes (USING JAR 'uri')");
      if (uri === undefined) return;
      fn.jars.push(uri);
    } while (c.eatOp(','));
  }
  const errors = c.diags.length;
  if (c.eatWord('WITH')) parseOptions(c, where);
  if (!c.done() && c.diags.length === errors)
    c.unexpected(where, "LANGUAGE, USING JAR 'uri', WITH (...), or the end of the statement");
}

function simpleName(c: Cursor, where: string, what: string): ObjectRef | undefined {
  const name = c.qualifiedName();
  if (!name) {
    c.unexpected(where, what);
    return undefined;
  }
  if (name.parts.length > 1) {
    c.fail(
      CODES.qualifiedName,
      `${what[0]!.toUpperCase()}${what.slice(1)} must be a simple name, not \`${name.parts.join('.')}\``,
      'Catalog names have a single part; quote a name that contains a dot with backticks (`my.catalog`).',
      name,
    );
  }
  return name;
}

/** After `CREATE CATALOG` / `CREATE DATABASE`. */
export function parseNamespaceBody(c: Cursor, def: NamespaceDef, kind: 'catalog' | 'database'): undefined {
  const where = kind === 'catalog' ? 'CREATE CATALOG' : 'CREATE DATABASE';
  if (c.eatWord('IF', 'NOT', 'EXISTS')) def.ifNotExists = true;
  const name = kind === 'catalog' ? simpleName(c, where, 'the catalog name') : c.qualifiedName();
  if (!name) {
    if (kind === 'database') c.unexpected(where, 'the database name');
    return;
  }
  def.name = name;
  if (kind === 'database' && name.parts.length > 2) {
    c.fail(
      CODES.qualifiedName,
      `Database name \`${name.parts.join('.')}\` has too many parts`,
      'Write `database` or `catalog`.`database`.',
      name,
    );
  }
  if (c.eatWord('COMMENT')) {
    const s = c.string(where, 'the comment in quotes');
    if (s === undefined) return;
    def.comment = s;
  }
  const errors = c.diags.length;
  if (c.eatWord('WITH')) def.options = parseOptions(c, where);
  if (!c.done() && c.diags.length === errors)
    c.unexpected(where, 'COMMENT, WITH (...) or the end of the statement');
}

export { simpleName };

/** After `ANALYZE`: TABLE name [PARTITION (...)] COMPUTE STATISTICS [FOR COLUMNS a, b | FOR ALL COLUMNS]. */
export function parseAnalyze(c: Cursor): undefined {
  const where = 'ANALYZE TABLE';
  if (!c.eatWord('TABLE')) return c.unexpected(where, 'TABLE');
  if (!c.qualifiedName()) return c.unexpected(where, 'the table name');
  if (c.eatWord('PARTITION')) {
    if (!c.atOp('(')) return c.unexpected(where, "the partition spec in parentheses (PARTITION (p = 'v'))");
    c.skipParens();
  }
  if (!c.eatWord('COMPUTE')) return c.unexpected(where, 'COMPUTE STATISTICS');
  if (!c.eatWord('STATISTICS')) return c.unexpected(where, 'STATISTICS after COMPUTE');
  if (c.eatWord('FOR') && !c.eatWord('ALL', 'COLUMNS')) {
    if (!c.eatWord('COLUMNS')) return c.unexpected(where, 'COLUMNS a, b or ALL COLUMNS after FOR');
    do {
      if (!isName(c.peek()))
        return c.unexpected(
          where,
          'the column names after FOR COLUMNS (FOR COLUMNS a, b), or FOR ALL COLUMNS',
        );
      c.i++;
    } while (c.eatOp(','));
  }
  if (!c.done()) return c.unexpected(where, 'the end of the statement (a `;` before the next statement)');
  return undefined;
}

const SHOW_CREATE = new Set(['TABLE', 'VIEW', 'MODEL', 'CATALOG', 'CONNECTION']);

/** After `SHOW`: `CREATE [MATERIALIZED] TABLE | VIEW | MODEL | CATALOG name`, and nothing after the name. */
export function parseShowCreate(c: Cursor): undefined {
  if (!c.eatWord('CREATE')) return undefined;
  // Before Flink 2.2 the version rule reports MATERIALIZED itself.
  const materialized = c.eatWord('MATERIALIZED');
  if (materialized && !atLeast(c.ctx.flinkVersion ?? LATEST_FLINK_VERSION, '2.2')) return undefined;
  const kind = c.peek();
  if (kind?.kind !== 'word' || !SHOW_CREATE.has(kind.value)) return undefined;
  c.i++;
  const where = `SHOW CREATE ${materialized ? 'MATERIALIZED ' : ''}${kind.value}`;
  if (!c.qualifiedName()) return c.unexpected(where, `the ${kind.value.toLowerCase()} name`);
  if (!c.done()) return c.unexpected(where, 'the end of the statement (a `;` before the next statement)');
  return undefined;
}
