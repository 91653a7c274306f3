/**
 * What a state verdict advises (allowNonRestoredState, stateless, a rewritten savepoint), and state
 * dropped though restored unread.
 */

import type { Compatibility, StateOperator } from './model';

/**
 * The operators a `drops-state` verdict drops though Flink restores them (another deduplication or
 * Top-N, of other state names), when those are all it drops: Flink needs no allowNonRestoredState.
 */
export function restoredUnread(operators: readonly StateOperator[] = []): string | undefined {
  const dropped = operators.filter((o) => o.state === 'dropped');
  if (dropped.length === 0 || dropped.some((o) => !o.unread)) return undefined;
  return dropped.map((o) => o.name).join(', ');
}

export function adviceFor(
  verdict: Compatibility['verdict'],
  input: {
    allowNonRestoredState?: boolean;
    settingsFile?: string;
    restoreFrom?: string;
    /** The job's former name, when this plan renames it (movedFrom): restoreFrom is refused beside it (FO734). */
    renamedFrom?: string;
    /** The state dropped is all restored unread: Flink needs no allowNonRestoredState for it. */
    restoredUnread?: boolean;
  },
): string[] {
  if (verdict === 'compatible') return [];
  const where = input.settingsFile ?? 'the job settings';
  const out: string[] = [];
  if (input.restoredUnread && verdict === 'drops-state') {
    out.push(
      input.allowNonRestoredState
        ? 'allowNonRestoredState is set: losing that state is accepted'
        : `set allowNonRestoredState: true in ${where} to accept losing that state (Flink restores without it all the same)`,
    );
  } else if (verdict === 'drops-state' || verdict === 'unknown') {
    out.push(
      input.allowNonRestoredState
        ? 'allowNonRestoredState is set: state that no longer matches an operator is dropped on restore'
        : `set allowNonRestoredState: true in ${where} to drop the state that no longer matches`,
    );
  }
  out.push(`set upgradeMode: stateless in ${where} to start the new version without state`);
  // The job's own savepoints hold the old shape: only state rewritten for the new version helps.
  // A rename starts from the old job's own state: restoreFrom beside movedFrom is refused (FO734),
  // so the rename goes first, with the script as it runs, and the pin comes with the script change.
  if (input.renamedFrom)
    out.push(
      `or rename first and change the script after: apply movedFrom: ${input.renamedFrom} with ${input.renamedFrom}'s script as it runs (its state restores), then change the script and pin a savepoint rewritten for the new version (the State Processor API) with restoreFrom: <path> in ${where}; restoreFrom beside movedFrom is refused while ${input.renamedFrom} exists (FO734)`,
    );
  else if (!input.restoreFrom)
    out.push(
      `or pin a savepoint rewritten for the new version (the State Processor API) with restoreFrom: <path> in ${where}`,
    );
  return out;
}
