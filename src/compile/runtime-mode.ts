/**
 * A job's runtime mode, from the SET lines of its compiled script (its `config:` settings are
 * SET lines there too, and a script's own `SET 'execution.runtime-mode' = 'batch'` comes after
 * them). A batch job reads bounded tables and ends FINISHED by itself: that end is its success,
 * and it holds no state to stop with a savepoint or restore.
 */
import type { Statement } from '../sql/types';

const KEY = 'execution.runtime-mode';

/** Whether the script runs in batch mode: the last SET (or RESET) of the key decides. */
export function isBatchScript(statements: readonly Pick<Statement, 'kind' | 'set'>[]): boolean {
  let mode: string | undefined;
  for (const st of statements) {
    if (st.kind === 'set' && st.set?.key === KEY) mode = st.set.value;
    else if (st.kind === 'reset' && (st.set?.key === undefined || st.set.key === KEY)) mode = undefined;
  }
  return mode?.trim().toLowerCase() === 'batch';
}

/** Whether a repository job runs in batch mode. */
export function isBatchJob(job: { statements: readonly Pick<Statement, 'kind' | 'set'>[] }): boolean {
  return isBatchScript(job.statements);
}
