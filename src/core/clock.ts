/**
 * Time as a port. Everything that waits (polling savepoints, HTTP retry backoff,
 * grace periods) takes a `Clock`, so tests run on virtual time and never sleep.
 */

export interface Clock {
  /** Milliseconds since the epoch (or since the fake clock's start). */
  now(): number;
  /** Resolves after `ms`; rejects with an `AbortError` once `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  return err;
}

/** The wall clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError(signal));
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError(signal!));
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.max(0, ms),
      );
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  },
};

/**
 * Virtual time for tests: `sleep(ms)` advances the clock by `ms` at once and
 * records the request, so a test can assert the exact backoff sequence.
 */
export class FakeClock implements Clock {
  private t: number;
  /** Every duration passed to `sleep`, in call order. */
  readonly sleeps: number[] = [];

  constructor(start = 0) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const d = Math.max(0, ms);
    this.sleeps.push(d);
    this.t += d;
    return Promise.resolve();
  }

  /** Moves time forward without a sleep, e.g. to simulate slow work. */
  advance(ms: number): void {
    this.t += Math.max(0, ms);
  }
}
