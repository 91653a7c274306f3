/**
 * `npm run record:wire` against a cluster of the user's own: a recording cut off midway (here: no
 * TaskManager, so its jobs never get a slot) cancels the jobs it submitted instead of leaving them
 * on the cluster, waiting for slots.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim';
import { recordWire } from './record';

const root = mkdtempSync(join(tmpdir(), 'flinkops-record-cleanup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a wire recording that fails', () => {
  it('cancels the jobs it started on the cluster', async () => {
    const sim = await startSimulator({ flinkVersion: '2.3', adaptiveScheduler: true });
    sim.control.faults.noTaskManagers = true;
    const lines: string[] = [];
    try {
      await expect(
        recordWire({
          root,
          jobmanagerUrl: sim.jobmanagerUrl,
          gatewayUrl: sim.gatewayUrl,
          log: (l) => lines.push(l),
          settle: async (ms) => sim.control.advance(ms),
          now: () => sim.control.now(),
        }),
      ).rejects.toThrow(/gave up waiting/);
      sim.control.advance(10_000); // the cancels it sent run their course
      const left = sim.control
        .snapshot()
        .jobs.filter((j) => !['FINISHED', 'CANCELED', 'FAILED'].includes(j.state));
      expect(left.map((j) => `${j.name} ${j.state}`)).toEqual([]);
      expect(lines.some((l) => /^cancelled job [0-9a-f]{32} the recording started$/.test(l))).toBe(true);
    } finally {
      await sim.close();
    }
  }, 60_000);
});
