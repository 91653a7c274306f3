/**
 * What a statement runs against in a gateway session, and the name resolution
 * every statement shares: Flink-worded "not found" errors at the object's position.
 * The statements themselves: `sql-ddl.ts`, `sql-jobs.ts`, `sql-queries.ts`.
 */
import { LineIndex } from '../core/text';
import { normalizeSql } from '../sql/index';
import type { ObjectRef, Statement } from '../sql/types';
import { lookupFunction, lookupTable, qualify } from './catalog';
import { type ExecEnv, type ExecOutcome, type SessionState, validation } from './sql-model';

/** Normalised query text: formatting and comments do not count (jobs keep it for display). */
export function normaliseQuery(text: string): string {
  return normalizeSql(text);
}

export class StatementContext {
  constructor(
    readonly env: ExecEnv,
    readonly s: SessionState,
    private readonly text: string,
  ) {}

  pos(ref: ObjectRef): string {
    const lines = new LineIndex(this.text);
    const a = lines.pos(ref.start);
    const b = lines.pos(Math.max(ref.start, ref.end - 1));
    return `From line ${a.line}, column ${a.column} to line ${b.line}, column ${b.column}`;
  }

  private where(): string {
    return `${this.s.path.catalog}.${this.s.path.database}`;
  }

  notFound(ref: ObjectRef): ExecOutcome {
    return validation(
      `SQL validation failed. ${this.pos(ref)}: Object '${ref.name}' not found within '${this.where()}'`,
    );
  }

  /** Every table read or written and every function called must exist. */
  checkDml(st: Statement): ExecOutcome | undefined {
    for (const ref of [...st.writes, ...st.reads]) {
      if (!lookupTable(qualify(ref, this.s.path), this.s.temp, this.env.shared)) return this.notFound(ref);
    }
    for (const fn of st.functions) {
      if (!lookupFunction(fn.name, this.s.temp, this.env.shared)) {
        return validation(
          `SQL validation failed. ${this.pos(fn)}: No match found for function signature ${fn.name}(<ANY>)`,
        );
      }
    }
    return undefined;
  }
}
