/**
 * The one poll loop for every asynchronous Flink operation (savepoint, stop,
 * disposal, statement, result page). Exponential backoff with a cap, bounded by
 * a timeout, on an injected clock so tests never sleep.
 */
import type { Clock } from '../core/clock';

export type PollStep<T, E> =
  | { state: 'pending'; progress?: string }
  | { state: 'completed'; value: T }
  | { state: 'failed'; cause: E };

export type PollOutcome<T, E> =
  | { state: 'completed'; value: T; attempts: number; elapsedMs: number }
  | { state: 'failed'; cause: E; attempts: number; elapsedMs: number }
  /** `what` names what was awaited, so the message can say "savepoint of job X did not complete in 5m". */
  | { state: 'timeout'; what: string; attempts: number; elapsedMs: number; lastProgress?: string }
  | { state: 'aborted'; what: string; attempts: number; elapsedMs: number };

export interface PollOptions {
  /** What is awaited, for the timeout message: e.g. `savepoint 3f2a… of job 1b4c…`. */
  what: string;
  clock: Clock;
  /** Total budget from the first attempt. */
  timeoutMs: number;
  /** Pause after the first pending answer. Default 500 ms. */
  initialDelayMs?: number;
  /** Cap of the pause between attempts. Default 10 s. */
  maxDelayMs?: number;
  /** Growth of the pause after each pending answer. Default 2. */
  factor?: number;
  signal?: AbortSignal;
  /** Called after each pending answer, before the pause. */
  onProgress?: (p: { attempt: number; elapsedMs: number; nextDelayMs: number; progress?: string }) => void;
}

/** The pauses poll() takes, in order, before the timeout cuts them short. */
export function backoffDelays(
  opts: Pick<PollOptions, 'initialDelayMs' | 'maxDelayMs' | 'factor'>,
  n: number,
) {
  const out: number[] = [];
  let d = opts.initialDelayMs ?? 500;
  for (let i = 0; i < n; i++) {
    out.push(Math.min(d, opts.maxDelayMs ?? 10_000));
    d = d * (opts.factor ?? 2);
  }
  return out;
}

/**
 * Calls `op` until it completes or fails. The first attempt is immediate; after
 * each pending answer it pauses initialDelay, ×factor, … up to maxDelay. The last
 * pause is shortened to end at the deadline, where one final attempt is made.
 */
export async function poll<T, E>(
  op: (attempt: number) => Promise<PollStep<T, E>>,
  opts: PollOptions,
): Promise<PollOutcome<T, E>> {
  const { clock, signal, what } = opts;
  const start = clock.now();
  const deadline = start + Math.max(0, opts.timeoutMs);
  const maxDelay = opts.maxDelayMs ?? 10_000;
  const factor = opts.factor ?? 2;
  let delay = opts.initialDelayMs ?? 500;
  let attempts = 0;
  let lastProgress: string | undefined;
  for (;;) {
    if (signal?.aborted) return { state: 'aborted', what, attempts, elapsedMs: clock.now() - start };
    attempts++;
    const step = await op(attempts);
    const elapsedMs = clock.now() - start;
    if (step.state === 'completed') return { state: 'completed', value: step.value, attempts, elapsedMs };
    if (step.state === 'failed') return { state: 'failed', cause: step.cause, attempts, elapsedMs };
    if (step.progress !== undefined) lastProgress = step.progress;
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      return lastProgress === undefined
        ? { state: 'timeout', what, attempts, elapsedMs }
        : { state: 'timeout', what, attempts, elapsedMs, lastProgress };
    }
    const pause = Math.min(delay, maxDelay, remaining);
    opts.onProgress?.(
      step.progress === undefined
        ? { attempt: attempts, elapsedMs, nextDelayMs: pause }
        : { attempt: attempts, elapsedMs, nextDelayMs: pause, progress: step.progress },
    );
    try {
      await clock.sleep(pause, signal);
    } catch {
      return { state: 'aborted', what, attempts, elapsedMs: clock.now() - start };
    }
    delay = Math.min(delay * factor, maxDelay);
  }
}

/** Human text for a timeout: "savepoint … did not finish within 300 s (12 checks)". */
export function describeTimeout(o: { what: string; elapsedMs: number; attempts: number }): string {
  const within =
    o.elapsedMs < 1_000 ? `${Math.round(o.elapsedMs)} ms` : `${Math.round(o.elapsedMs / 1000)} s`;
  return `${o.what} did not finish within ${within} (${o.attempts} check${o.attempts === 1 ? '' : 's'})`;
}
