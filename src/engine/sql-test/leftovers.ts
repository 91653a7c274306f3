/**
 * What a test case or a preview started is gone when it returns: every job carrying its pipeline
 * name is cancelled, and waited for until Flink lists it as terminal (a cancelled job holds its
 * slots while CANCELLING, which a loaded cluster can take seconds to finish). Bounded: a job that
 * will not end within `timeoutMs` is left to Flink.
 *
 * A statement stopped before Flink listed its job may still be submitting it: real Flink 1.20.3's
 * gateway submitted a preview's job 40 ms after its operation was cancelled and its session
 * closed, and the job ran on. `awaitSubmitMs` then looks for the job that long before it
 * concludes there is none.
 */
import { isTerminal } from '../../core/job-state';
import type { FlinkClient } from '../../flink/client';

export interface LeftoverOptions {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Default 30 s. */
  timeoutMs?: number;
  /**
   * A statement was stopped while it ran: until a job of the name is listed (in any state), look
   * again for this long, in case its submission is still under way.
   */
  awaitSubmitMs?: number;
}

/** How long a stopped statement's job is looked for before it is taken never to have been submitted. */
export const AWAIT_SUBMIT_MS = 5_000;

/** Cancels every unfinished job named `pipelineName`; resolves once none is left (or at the bound). */
export async function cancelLeftovers(
  client: FlinkClient,
  pipelineName: string,
  opts: LeftoverOptions,
): Promise<void> {
  const deadline = opts.now() + (opts.timeoutMs ?? 30_000);
  const submitBy = opts.awaitSubmitMs !== undefined ? opts.now() + opts.awaitSubmitMs : undefined;
  const asked = new Set<string>();
  let seen = false;
  for (;;) {
    const jobs = await client.listJobs();
    if (!jobs.ok) return;
    const mine = jobs.value.filter((j) => j.name === pipelineName);
    if (mine.length > 0) seen = true;
    const left = mine.filter((j) => !isTerminal(j.state));
    if (left.length === 0 && (seen || submitBy === undefined || opts.now() >= submitBy)) return;
    if (opts.now() >= deadline) return;
    for (const j of left)
      if (!asked.has(j.id) && j.state !== 'CANCELLING') {
        asked.add(j.id);
        await client.cancelJob(j.id);
      }
    await opts.sleep(250);
  }
}
