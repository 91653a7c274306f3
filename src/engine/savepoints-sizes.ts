/** Savepoint sizes for `savepoints list`, from what the cluster still reports. */
import type { FlinkClient } from '../flink';

/** Sizes the cluster still reports (latest and recent savepoints of the given jobs); best effort. */
export async function savepointSizes(
  client: Pick<FlinkClient, 'getCheckpoints'>,
  jobIds: readonly string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const id of new Set(jobIds)) {
    const r = await client.getCheckpoints(id);
    if (!r.ok) continue;
    for (const c of [...(r.value.recentSavepoints ?? []), r.value.latestSavepoint]) {
      if (c?.externalPath && c.stateSize !== undefined) out.set(c.externalPath, c.stateSize);
    }
  }
  return out;
}
