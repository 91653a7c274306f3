/** `--force-unlock ID`, shared by every command that takes the state store lock (apply, savepoint, savepoints run). */
import type { Diagnostic } from '../core/diagnostics';
import { type StateStore, stateStoreDiagnostics } from '../state';
import { type OptionSpec, type ParsedArgs, stringOpt } from './args';
import type { Io } from './io';

export const forceUnlockOption: OptionSpec = { 'force-unlock': { type: 'string' } };

export const forceUnlockHelp =
  '  --force-unlock ID      first remove the lock with this id, left by a run that is gone (its id is in the lock message)';

/**
 * Removes the lock `--force-unlock` names before the command takes its own. Returns the
 * diagnostics of a refusal (another lock is held now, the store cannot be reached); a
 * missing lock is only said, not an error.
 */
export async function forceUnlock(
  args: ParsedArgs,
  io: Io,
  store: StateStore,
  quiet: boolean,
): Promise<Diagnostic[]> {
  const id = stringOpt(args, 'force-unlock');
  if (id === undefined) return [];
  try {
    const broken = await store.breakLock(id);
    if (!quiet)
      io.stderr(
        broken
          ? `Removed the lock ${id} of ${broken.who} (${broken.command} on ${broken.host}) since ${broken.since}.\n`
          : `No lock on ${store.location} to remove.\n`,
      );
    return [];
  } catch (e) {
    const diags = stateStoreDiagnostics(e);
    if (!diags) throw e;
    return diags;
  }
}
