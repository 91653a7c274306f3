/**
 * A job's runtime mode, from the SET lines of its compiled script (its `config:` settings are
 * SET lines there too, and a script's own `SET 'execution.runtime-mode' = 'batch'` comes after
 * them). A batch job reads bounded tables and ends FINISHED by itself: that end is its success,
 * and it holds no state to stop with a savepoint or restore.
 */
import { analyzeScript } from '../sql';
import type { Statement } from '../sql/types';

const KEY = 'execution.runtime-mode';

/** The runtime mode the script sets (lower case), undefined when no SET of the key is left standing. */
export function scriptRuntimeMode(
  statements: readonly Pick<Statement, 'kind' | 'set'>[],
): string | undefined {
  let mode: string | undefined;
  for (const st of statements) {
    if (st.kind === 'set' && st.set?.key === KEY) mode = st.set.value;
    else if (st.kind === 'reset' && (st.set?.key === undefined || st.set.key === KEY)) mode = undefined;
  }
  return mode?.trim().toLowerCase();
}

/** Whether the script runs in batch mode: the last SET (or RESET) of the key decides. */
export function isBatchScript(statements: readonly Pick<Statement, 'kind' | 'set'>[]): boolean {
  return scriptRuntimeMode(statements) === 'batch';
}

/**
 * Whether a repository job runs in batch mode. A plan asks it of every job, and a compiled job's
 * statements are analysed on first read (a fifth of a large compile): only a script that names
 * the key is analysed.
 */
export function isBatchJob(job: {
  script: string;
  statements: readonly Pick<Statement, 'kind' | 'set'>[];
}): boolean {
  return job.script.includes(KEY) && isBatchScript(job.statements);
}

/** Whether a compiled script (a deployed version the store recorded) runs in batch mode. */
export function isBatchScriptText(script: string): boolean {
  return script.includes(KEY) && isBatchScript(analyzeScript(script, '').statements);
}
