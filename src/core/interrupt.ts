/**
 * Ctrl-C and CI cancellation, as Terraform handles them. Outside a graceful section a
 * SIGINT or SIGTERM ends the process at once (nothing to make safe: plan, status…).
 * Inside one (apply, savepoint, savepoints run, sim) the first signal asks the work to stop at its next
 * safe point; a second ends the process at once, leaving a lock the next run sees is dead.
 * What a run holds on the cluster (plan's SQL Gateway sessions) is released before the process
 * ends (`onStop`), within a few seconds; a second signal does not wait for it.
 */

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** 128 + the signal's number, as shells report a process a signal ended. */
export const SIGNAL_EXIT: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143 };

export interface Interrupt {
  /**
   * Runs `fn` with a graceful stop: the first signal aborts the `stop` it is given (its reason
   * is the signal's name) and prints `notice`; a second signal ends the process at once, and
   * prints `forced`: what that leaves behind (default: the state lock, which the next run breaks).
   */
  graceful<T>(notice: string, fn: (stop: AbortSignal) => Promise<T>, forced?: string): Promise<T>;
  /** The signal that came, if any: the process then exits 130 (SIGINT) or 143 (SIGTERM). */
  received(): StopSignal | undefined;
  /**
   * Registers what to release when a signal ends the process outside a graceful section (a
   * connection's open SQL Gateway sessions); the returned function unregisters it.
   */
  onStop(release: () => Promise<unknown>): () => void;
}

/** What a second signal leaves behind by default: the state lock of the run (apply, savepoint…). */
const LOCK_LEFT = "The next run finds this run's lock dead and breaks it.";

/** How long a signal waits for the `onStop` releases before the process ends regardless. */
export const RELEASE_LIMIT_MS = 3000;

/** What the interrupt needs of the process; a fake in tests. */
export interface SignalSource {
  on(signal: StopSignal, handler: () => void): void;
  exit(code: number): void;
  stderr(text: string): void;
}

/**
 * `repeat: 'finish'` (the Action): a second signal inside a graceful section does not end the
 * process. A CI runner that cancels sends SIGINT, then SIGTERM, then kills: the only way the
 * state lock is released is to let the step under way finish.
 */
export function createInterrupt(
  source: SignalSource,
  opts: { repeat?: 'exit' | 'finish'; releaseLimitMs?: number } = {},
): Interrupt {
  let received: StopSignal | undefined;
  const active: { controller: AbortController; notice: string; forced: string }[] = [];
  const releases = new Set<() => Promise<unknown>>();
  const finish = opts.repeat === 'finish';
  const onSignal = (sig: StopSignal) => {
    const first = received === undefined;
    received ??= sig;
    const section = active.at(-1);
    if (first && section) {
      source.stderr(
        `\n${sig} received: ${section.notice}${finish ? '' : ' Send it again to stop at once.'}\n`,
      );
      section.controller.abort(sig);
      return;
    }
    if (finish && section) {
      source.stderr(
        `\n${sig} received again: still finishing the step under way, to release the state lock.\n`,
      );
      return;
    }
    if (first && releases.size > 0) {
      // Released once, within a limit; a second signal meanwhile ends the process at once.
      source.stderr(`\n${sig} received: closing this run's SQL Gateway sessions, then stopping.\n`);
      const all = [...releases].map((release) => release().catch(() => undefined));
      releases.clear();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const limit = new Promise((resolve) => {
        timer = setTimeout(resolve, opts.releaseLimitMs ?? RELEASE_LIMIT_MS);
      });
      void Promise.race([Promise.all(all), limit]).then(() => {
        clearTimeout(timer);
        source.stderr('Stopped.\n');
        source.exit(SIGNAL_EXIT[sig]);
      });
      return;
    }
    source.stderr(
      section
        ? `\n${sig} received again: stopping at once. ${section.forced}\n`
        : first
          ? `\n${sig} received: stopped.\n`
          : `\n${sig} received again: stopped at once.\n`,
    );
    source.exit(SIGNAL_EXIT[sig]);
  };
  source.on('SIGINT', () => onSignal('SIGINT'));
  source.on('SIGTERM', () => onSignal('SIGTERM'));
  return {
    async graceful(notice, fn, forced = LOCK_LEFT) {
      const entry = { controller: new AbortController(), notice, forced };
      if (received) entry.controller.abort(received);
      active.push(entry);
      try {
        return await fn(entry.controller.signal);
      } finally {
        active.splice(active.indexOf(entry), 1);
      }
    },
    received: () => received,
    onStop(release) {
      releases.add(release);
      return () => releases.delete(release);
    },
  };
}

/** Graceful sections of an Io without signals (in-process tests): nothing ever stops them. */
export async function runGraceful<T>(
  interrupt: Interrupt | undefined,
  notice: string,
  fn: (stop: AbortSignal) => Promise<T>,
  forced?: string,
): Promise<T> {
  return interrupt ? interrupt.graceful(notice, fn, forced) : fn(new AbortController().signal);
}

/**
 * One turn of the event loop. A signal that came while a command computed without a pause
 * (validate, compile) is handled only there: called before the command reports or writes, a
 * Ctrl-C during the work ends the run at once, as it does everywhere else.
 */
export function takeSignals(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
