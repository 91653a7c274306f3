/**
 * The `force-unlock` input: removes the state lock with that id before a run takes its own, as
 * `--force-unlock` does for the CLI. For a lock a cancelled or killed run left behind when GitHub
 * cannot say that run has ended (no `actions: read`). A lock with another id is left alone.
 */
import { type StateStore, stateStoreDiagnostics } from '../src/state';
import type { RunShared } from './run-shared';

export async function forceUnlock(s: RunShared, env: string, store: StateStore): Promise<void> {
  const id = s.options.forceUnlock;
  if (!id) return;
  try {
    const broken = await store.breakLock(id);
    s.core.info(
      broken
        ? `flinkops: ${env}: removed the lock ${id} of ${broken.who} (${broken.command}) since ${broken.since}`
        : `flinkops: ${env}: no lock on ${store.location} to remove`,
    );
  } catch (e) {
    const diags = stateStoreDiagnostics(e);
    if (!diags) throw e;
    s.annotate(diags);
  }
}
