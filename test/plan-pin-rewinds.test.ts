/**
 * A `restoreFrom` pin older than the job's newest state rewinds its sources too: the plan's state
 * findings say how far back and what the sinks then get (an exactly-once Kafka sink writes the
 * records since a second time), for an upgrade of the running job and for a resume.
 */
import { describe, expect, it } from 'vitest';
import { diff } from '../src/plan';
import {
  deployed,
  desiredJob,
  desiredState,
  liveOf,
  liveState,
  NOW,
  record,
  savepoint,
  stateDoc,
} from './plan-fixtures';

const base = desiredJob('orders');
const OLD = 's3://sp/savepoint-old';
const NEW = 's3://sp/savepoint-new';
const saved = [
  savepoint(OLD, { time: '2025-05-01T00:00:00Z', kind: 'periodic' }),
  savepoint(NEW, { time: '2025-05-01T02:00:00Z', kind: 'periodic' }),
];
const pinnedTo = (path: string) => desiredJob('orders', { settings: { restoreFrom: path } });

function planOf(job = pinnedTo(OLD), status: 'running' | 'suspended' = 'running') {
  const rec = record(base, {
    status,
    current: deployed(base, { settings: { config: {} } }),
    savepoints: saved,
  });
  const live =
    status === 'running' ? [{ ...liveOf(base), lastCheckpointTime: Date.parse('2025-05-01T03:00:00Z') }] : [];
  return diff(
    desiredState([job]),
    liveState(live),
    { doc: stateDoc({ orders: rec }), version: 1 },
    {
      allowDelete: false,
      now: NOW,
    },
  ).changes[0]!;
}

const rewind = (findings: readonly string[] | undefined) =>
  (findings ?? []).filter((f) => f.startsWith('restoreFrom rewinds'));

describe('a restoreFrom pin older than the job’s newest state', () => {
  it('is said among the state findings of the upgrade, with how far back', () => {
    const change = planOf();
    expect(change).toMatchObject({ action: 'upgrade', restoreFrom: OLD });
    expect(rewind(change.compatibility?.findings)).toEqual([
      `restoreFrom rewinds the job to ${OLD} of 2025-05-01T00:00:00Z, 3h before its newest state (2025-05-01T03:00:00Z): its sources read again what they read since, and its sinks get it again (an append or exactly-once Kafka sink writes it twice; an upsert sink by key ends the same)`,
    ]);
  });

  it('is said at a resume, against the newest recorded savepoint', () => {
    const change = planOf(pinnedTo(OLD), 'suspended');
    expect(change).toMatchObject({ action: 'resume', restoreFrom: OLD });
    expect(rewind(change.compatibility?.findings)).toEqual([
      expect.stringContaining('2h before its newest state (2025-05-01T02:00:00Z)'),
    ]);
  });

  it('is not said of a pin to the newest savepoint of a suspended job', () => {
    expect(rewind(planOf(pinnedTo(NEW), 'suspended').compatibility?.findings)).toEqual([]);
  });
});
