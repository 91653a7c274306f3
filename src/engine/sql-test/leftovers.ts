/**
 * What a test case or a preview started is gone when it returns: every job carrying its pipeline
 * name is cancelled, and waited for until Flink lists it as terminal (a cancelled job holds its
 * slots while CANCELLING, which a loaded cluster can take seconds to finish). Bounded: a job that
 * will not end within `timeoutMs` is left to Flink.
 */
import { isTerminal } from '../../core/job-state';
import type { FlinkClient } from '../../flink/client';

export interface LeftoverOptions {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Default 30 s. */
  timeoutMs?: number;
}

/** Cancels every unfinished job named `pipelineName`; resolves once none is left (or at the bound). */
export async function cancelLeftovers(
  client: FlinkClient,
  pipelineName: string,
  opts: LeftoverOptions,
): Promise<void> {
  const deadline = opts.now() + (opts.timeoutMs ?? 30_000);
  const asked = new Set<string>();
  for (;;) {
    const jobs = await client.listJobs();
    if (!jobs.ok) return;
    const left = jobs.value.filter((j) => j.name === pipelineName && !isTerminal(j.state));
    if (left.length === 0 || opts.now() >= deadline) return;
    for (const j of left)
      if (!asked.has(j.id) && j.state !== 'CANCELLING') {
        asked.add(j.id);
        await client.cancelJob(j.id);
      }
    await opts.sleep(250);
  }
}
