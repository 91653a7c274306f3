/**
 * FO736: a state store written before format 5 keeps no endpoint for its jobs, so FO739 and FO659
 * judge nothing of them. A job the record names, running on the cluster the plan reached, gets a
 * record-only change: apply records the endpoint; the plan restarts nothing.
 */
import { describe, expect, it } from 'vitest';
import type { LiveJob } from '../src/observe/model';
import { diff } from '../src/plan';
import { hasChanges } from '../src/plan/model';
import type { DeployedVersion } from '../src/state/model';
import { deployed, desiredJob, desiredState, liveOf, liveState, record, stateDoc } from './plan-fixtures';

const HERE = 'e1e1e1e1e1e1e1e1';

function planOf(live: Partial<LiveJob>, recorded: Partial<DeployedVersion>, endpoint: string | null = HERE) {
  const job = desiredJob('orders');
  const running = liveOf(job, live);
  const current = deployed(job, { jobId: running.jobId, ...recorded });
  return diff(
    desiredState([job]),
    liveState([running], endpoint !== null ? { endpoint } : {}),
    { doc: stateDoc({ orders: record(job, { current, lastStable: current }) }), version: 1 },
    { allowDelete: false },
  );
}

describe('a record without the endpoint its running job was started through', () => {
  it('is recorded by apply, with nothing else to change (FO736)', () => {
    const plan = planOf({}, {});
    const c = plan.changes[0]!;
    expect(c.action).toBe('none');
    expect(c.action === 'none' && c.recordsEndpoint).toEqual({ jobId: c.liveJobId, endpoint: HERE });
    expect(hasChanges(plan)).toBe(true);
    const d = plan.diagnostics.filter((x) => x.code === 'FO736');
    expect(d.map((x) => [x.severity, x.summary])).toEqual([
      [
        'info',
        'Job orders runs on this cluster, and its state store record does not say which JobManager endpoint it was started through: apply records it',
      ],
    ]);
  });

  for (const [why, live, recorded, endpoint] of [
    ['the record has it', {}, { endpoint: 'ffffffffffffffff' }, HERE],
    ['the record names another job', {}, { jobId: 'another' }, HERE],
    ['the job runs on the cluster a move leaves', { previousCluster: true as const }, {}, HERE],
    ['the job has ended', { state: 'FAILED' as const }, {}, HERE],
    ['the plan reached no endpoint it can name', {}, {}, null],
  ] as const) {
    it(`is left alone when ${why}`, () => {
      const plan = planOf(live, recorded, endpoint);
      const c = plan.changes[0]!;
      expect(c.action === 'none' ? c.recordsEndpoint : undefined).toBeUndefined();
      expect(plan.diagnostics.map((x) => x.code)).not.toContain('FO736');
    });
  }
});
