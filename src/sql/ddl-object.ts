/**
 * The object a CREATE, DROP or ALTER acts on (Statement.object), read once by the parse: FO204,
 * FO205, FO227, FO229, the probe's scope and the simulator's gateway take it from there.
 */
import { type Ctx, Cursor } from './cursor';
import type { Token } from './lexer';
import type { ObjectRef, Statement, StatementObject } from './types';

const KINDS: ReadonlyMap<string, StatementObject['kind']> = new Map([
  ['TABLE', 'table'],
  ['VIEW', 'view'],
  ['FUNCTION', 'function'],
  ['DATABASE', 'database'],
  ['CATALOG', 'catalog'],
]);

/** Flink's parser takes TEMPORARY before CATALOG and DATABASE, and passes it on to neither. */
function temporaryFor(kind: StatementObject['kind'], written: boolean): boolean {
  return written && kind !== 'catalog' && kind !== 'database';
}

/** Records what a CREATE whose definition `def` parsed creates (nothing where no name was read). */
export function createdObject(
  stmt: Statement,
  kind: StatementObject['kind'],
  def: { name: ObjectRef; temporary?: boolean; system?: boolean; ifNotExists: boolean },
  orReplace: boolean,
): void {
  if (def.name.parts.length === 0) return;
  stmt.object = {
    verb: 'create',
    kind,
    temporary: temporaryFor(kind, def.temporary ?? false),
    system: def.system ?? false,
    ifExists: false,
    ifNotExists: def.ifNotExists,
    orReplace,
    name: def.name,
  };
}

/**
 * From the word after DROP or ALTER (`from`): `[TEMPORARY] [SYSTEM] TABLE|VIEW|FUNCTION|DATABASE|CATALOG
 * [IF EXISTS] name`, and an ALTER TABLE's or VIEW's `RENAME TO name` right after it. Undefined for any
 * other form (a MATERIALIZED TABLE, a MODEL, a CONNECTION) or without a name. Reports nothing: the
 * statement's own checks say what is wrong with it.
 */
export function droppedOrAltered(
  ctx: Ctx,
  tokens: readonly Token[],
  from: number,
  verb: 'drop' | 'alter',
): StatementObject | undefined {
  const c = new Cursor(ctx, tokens, from);
  const temporary = c.eatWord('TEMPORARY');
  const system = c.eatWord('SYSTEM');
  const word = c.peek();
  const kind = word?.kind === 'word' ? KINDS.get(word.value) : undefined;
  if (!kind) return undefined;
  c.i++;
  const ifExists = c.eatWord('IF', 'EXISTS');
  const name = c.qualifiedName();
  if (!name) return undefined;
  const renamedTo =
    verb === 'alter' && (kind === 'table' || kind === 'view') && c.eatWord('RENAME', 'TO')
      ? c.qualifiedName()
      : undefined;
  return {
    verb,
    kind,
    temporary: temporaryFor(kind, temporary),
    system,
    ifExists,
    ifNotExists: false,
    orReplace: false,
    name,
    ...(renamedTo ? { renamedTo } : {}),
  };
}
