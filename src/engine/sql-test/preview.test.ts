import { describe, expect, it } from 'vitest';
import type { FlinkClient } from '../../flink';
import { waitedForSlots } from './preview';

/** A client that knows one job, `name`, whose vertices are in `states`, on a cluster with `free` of 4 slots. */
function cluster(name: string, states: string[], free: number): FlinkClient {
  return {
    listJobs: async () => ({ ok: true, value: [{ id: 'j1', name, state: 'RUNNING' }] }),
    getJob: async () => ({
      ok: true,
      value: {
        id: 'j1',
        name,
        state: 'RUNNING',
        vertices: states.map((status, i) => ({ id: `v${i}`, status })),
      },
    }),
    getClusterOverview: async () => ({
      ok: true,
      value: { taskManagers: 1, slotsTotal: 4, slotsAvailable: free },
    }),
  } as unknown as FlinkClient;
}

describe('a preview that timed out with no rows', () => {
  it('says its query never ran when its tasks still wait for a task slot (FO457)', async () => {
    const d = await waitedForSlots(
      cluster('flinkops-preview.j.x', ['SCHEDULED', 'SCHEDULED'], 0),
      'flinkops-preview.j.x',
    );
    expect(d).toMatchObject({
      code: 'FO457',
      summary: 'The preview query never ran: its tasks waited for a task slot (0 of 4 task slots free)',
    });
  });

  it('says nothing when the query ran (its source simply had no rows) or is not its own', async () => {
    expect(
      await waitedForSlots(cluster('flinkops-preview.j.x', ['RUNNING'], 3), 'flinkops-preview.j.x'),
    ).toBeUndefined();
    expect(await waitedForSlots(cluster('other', ['SCHEDULED'], 0), 'flinkops-preview.j.x')).toBeUndefined();
  });
});
