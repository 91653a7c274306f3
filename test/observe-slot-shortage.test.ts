/** When a job that waits to be scheduled waits for task slots, and what is said about it. */
import { describe, expect, it } from 'vitest';
import { type LiveJob, type LiveState, slotShortage } from '../src/observe';

const job = (state: string, parallelism = 4): LiveJob =>
  ({
    jobId: 'j1',
    name: 'shop.dev.totals',
    job: 'totals',
    state,
    startTime: 0,
    parallelism,
    vertices: [
      { id: 'v1', name: 'Source', parallelism, maxParallelism: 128 },
      { id: 'v2', name: 'Sink', parallelism: 1, maxParallelism: 128 },
    ],
  }) as LiveJob;

const live = (adaptive: boolean, taskManagers: number, slotsTotal: number, slotsAvailable: number) =>
  ({
    observed: true,
    adaptiveScheduler: adaptive,
    jobs: [],
    fingerprint: '',
    slots: { taskManagers, slotsTotal, slotsAvailable },
  }) as LiveState;

describe('slotShortage', () => {
  it('no TaskManager at all, on either scheduler', () => {
    expect(slotShortage(live(true, 0, 0, 0), job('CREATED'))).toBe('the cluster has no TaskManager');
    expect(slotShortage(live(false, 0, 0, 0), job('RESTARTING'))).toBe('the cluster has no TaskManager');
  });

  it('the default scheduler needs the widest vertex in free slots; the adaptive one any slot', () => {
    expect(slotShortage(live(false, 2, 8, 3), job('CREATED'))).toBe(
      'the cluster has 3 free task slots (8 in all on 2 TaskManagers), and the job needs 4',
    );
    expect(slotShortage(live(true, 2, 8, 3), job('CREATED'))).toBeUndefined();
    expect(slotShortage(live(true, 1, 4, 0), job('CREATED'))).toBe(
      'the cluster has no free task slots (4 in all on 1 TaskManager)',
    );
  });

  it('says nothing of a job in its restart delay: it holds its slots (real Flink 2.2, poison record)', () => {
    // Four jobs on four slots, one failing on a record: /overview counts no free slot while it
    // waits out fixed-delay, yet slots are not what it waits for.
    expect(slotShortage(live(true, 1, 4, 0), job('RESTARTING', 1))).toBeUndefined();
    expect(slotShortage(live(false, 2, 8, 3), job('RESTARTING'))).toBeUndefined();
  });

  it('says nothing of a running job, or when the slots were not read', () => {
    expect(slotShortage(live(false, 0, 0, 0), job('RUNNING'))).toBeUndefined();
    const unread = { ...live(false, 0, 0, 0) };
    delete unread.slots;
    expect(slotShortage(unread, job('CREATED'))).toBeUndefined();
  });

  it("a batch job's later stages waiting for its sources are not a wait for slots (real 1.20.3: sink CREATED while the source runs)", () => {
    const batch = (...status: string[]): LiveJob => {
      const j = job('RUNNING', 1);
      return { ...j, batch: true, vertices: j.vertices.map((v, i) => ({ ...v, status: status[i]! })) };
    };
    const full = live(true, 1, 4, 0);
    expect(slotShortage(full, batch('RUNNING', 'CREATED'))).toBeUndefined();
    expect(slotShortage(full, batch('FINISHED', 'SCHEDULED'))).toBeUndefined();
    // No stage runs: it waits for slots like any job.
    expect(slotShortage(full, batch('SCHEDULED', 'CREATED'))).toBe(
      'the cluster has no free task slots (4 in all on 1 TaskManager)',
    );
    // A streaming job with a vertex left unscheduled waits for slots.
    const { batch: _, ...streaming } = batch('RUNNING', 'CREATED');
    expect(slotShortage(full, streaming as LiveJob)).toBe(
      'the cluster has no free task slots (4 in all on 1 TaskManager)',
    );
  });
});
