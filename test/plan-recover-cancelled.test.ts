/**
 * A managed job cancelled on the cluster (in the Flink UI, by another tool) while its checkpoints
 * are retained on cancellation is recovered from its latest checkpoint, not from the older
 * savepoint in the store: restoring that one would replay every record since, and an exactly-once
 * Kafka sink would commit them a second time. Seen on real Flink 1.20 (a cancel, then recover).
 * Without retention, FO602 says so, with the time the restored savepoint was taken.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 200, savepointMs: 20, checkpointMs: 50 });
const jobs = () => t.sim.control.snapshot().jobs.filter((j) => j.name === 'shop.dev.totals');
const settings = (lines: string[]) =>
  writeFileSync(join(t.repo, 'jobs/totals.yaml'), `${lines.join('\n')}\n`);
const config = (retention: string, ttl: string) => [
  'parallelism: 2',
  'config:',
  '  execution.checkpointing.interval: 100 ms',
  `  execution.checkpointing.externalized-checkpoint-retention: ${retention}`,
  `  table.exec.state.ttl: ${ttl}`,
];

async function cancelledAfterAnUpgrade(retention: string) {
  const state = join(t.base, 'state.json');
  settings(config(retention, '1 h'));
  expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
  // An upgrade: its savepoint is the newest the store knows.
  settings(config(retention, '2 h'));
  const up = await t.apply(state, '--health-grace', '0s');
  expect(up.code, up.stderr).toBe(0);
  const upgradeSavepoint = /savepoint (\S+savepoint-\S+)/.exec(up.stdout)?.[1];
  expect(upgradeSavepoint).toBeDefined();
  await new Promise((res) => setTimeout(res, 500)); // checkpoints after the savepoint
  const running = jobs().find((j) => j.state === 'RUNNING');
  expect(running).toBeDefined();
  const r = await fetch(`${t.sim.jobmanagerUrl}/jobs/${running!.jid}?mode=cancel`, { method: 'PATCH' });
  expect(r.status).toBe(202);
  await new Promise((res) => setTimeout(res, 100));
  return { state, upgradeSavepoint: upgradeSavepoint!, jid: running!.jid };
}

describe('recovering a managed job cancelled on the cluster', () => {
  it('restores the checkpoint the cancel retained, newer than the last savepoint', async () => {
    const { state, upgradeSavepoint, jid } = await cancelledAfterAnUpgrade('RETAIN_ON_CANCELLATION');
    const cps = (await (await fetch(`${t.sim.jobmanagerUrl}/jobs/${jid}/checkpoints`)).json()) as {
      latest: { completed: { external_path: string; discarded: boolean } };
    };
    const retained = cps.latest.completed;
    expect(retained.external_path).toMatch(/chk-/);
    expect(retained.discarded).toBe(false);
    const plan = await t.plan(state, '--json');
    const change = JSON.parse(plan.stdout).changes[0];
    expect(change).toMatchObject({ action: 'recover', restoreFrom: retained.external_path });
    expect(change.reason).toContain('restart from its latest checkpoint');
    expect(change.restoreFrom).not.toBe(upgradeSavepoint);
  });

  it('without retention, restores the last savepoint, and says the records since are read again (FO602)', async () => {
    const { state, upgradeSavepoint } = await cancelledAfterAnUpgrade('DELETE_ON_CANCELLATION');
    const plan = await t.plan(state, '--json');
    const parsed = JSON.parse(plan.stdout);
    expect(parsed.changes[0]).toMatchObject({ action: 'recover', restoreFrom: upgradeSavepoint });
    const rewind = parsed.diagnostics.find((d: { code: string }) => d.code === 'FO602');
    expect(rewind?.summary).toMatch(
      /^Job totals is recovered from its savepoint of \S+Z, older than the checkpoint it completed last \(\S+Z\)$/,
    );
    expect(rewind?.detail).toContain('RETAIN_ON_CANCELLATION');
  });

  it('suspended after the cancel, its resume names the checkpoint it restores, not a savepoint', async () => {
    // Real Flink 2.2: cancelled by hand, suspended, resumed: the plan said "restore from its last
    // savepoint" while its restore line (and Flink's latest.restored) was …/chk-95.
    const { state, upgradeSavepoint } = await cancelledAfterAnUpgrade('RETAIN_ON_CANCELLATION');
    settings([...config('RETAIN_ON_CANCELLATION', '2 h'), 'state: suspended']);
    const off = await t.apply(state, '--health-grace', '0s');
    expect(off.code, off.stderr).toBe(0);
    settings(config('RETAIN_ON_CANCELLATION', '2 h'));
    const change = JSON.parse((await t.plan(state, '--json')).stdout).changes[0];
    expect(change).toMatchObject({ action: 'resume' });
    expect(change.restoreFrom).toMatch(/chk-/);
    expect(change.restoreFrom).not.toBe(upgradeSavepoint);
    expect(change.reason).toBe('state: running again: restore from its last checkpoint');
  });

  it('with retention, nothing is rewound: no FO602', async () => {
    const { state } = await cancelledAfterAnUpgrade('RETAIN_ON_CANCELLATION');
    const plan = await t.plan(state, '--json');
    expect(JSON.parse(plan.stdout).diagnostics.map((d: { code: string }) => d.code)).not.toContain('FO602');
  });
});

describe('FO602 names the restore point as of when it was taken', () => {
  it('the savepoint the cancelled job started from: its own time, not the start', () => {
    // Real Flink 1.20: suspended at 07:11:51, resumed at 07:12:02, cancelled after a checkpoint at
    // 07:12:48; the warning said "its savepoint of 07:12:02" (the resume), and the records since then.
    const job = desiredJob('orders');
    const sp = savepoint('file:/sp/savepoint-1', { time: '2025-06-01T11:10:00.300Z' });
    const rec = record(job, {
      savepoints: [sp],
      current: deployed(job, { restoredFrom: sp.path, deployedAt: '2025-06-01T11:20:00Z' }),
    });
    const cancelled = liveOf(job, {
      state: 'CANCELED',
      lastCheckpointTime: Date.parse('2025-06-01T11:30:00Z'),
      latestCheckpoint: { path: 'file:/cp/chk-9', time: Date.parse('2025-06-01T11:30:00Z') },
    });
    const plan = diff(
      desiredState([job]),
      liveState([{ ...cancelled, latestCheckpoint: undefined }]),
      {
        doc: stateDoc({ orders: rec }),
        version: 1,
      },
      { allowDelete: false, now: NOW },
    );
    expect(plan.changes[0]).toMatchObject({ action: 'recover', restoreFrom: sp.path });
    const rewind = plan.diagnostics.find((d) => d.code === 'FO602');
    expect(rewind?.summary).toBe(
      'Job orders is recovered from its savepoint of 2025-06-01T11:10:00Z, older than the checkpoint it completed last (2025-06-01T11:30:00Z)',
    );
    expect(rewind?.detail).toContain('The records since 2025-06-01T11:10:00Z are read again');
  });
});

describe('FO602 on a scheduled suspend of a job cancelled on the cluster', () => {
  it('says the resume will read the records since its savepoint again', () => {
    // Real Flink 1.20 through the Action: a job cancelled in the UI at 16:59, its window closed at
    // 17:40 ("nothing to stop, recorded as suspended"), resumed at 18:00 from its savepoint of
    // 16:57 — the checkpoints up to 16:59 were gone, and no run said so.
    const job = desiredJob('orders', { settings: { state: 'suspended' } });
    const sp = savepoint('file:/sp/savepoint-1', { time: '2025-06-01T11:10:00.300Z' });
    const rec = record(job, {
      savepoints: [sp],
      current: deployed(job, { deployedAt: '2025-06-01T11:00:00Z' }),
    });
    const cancelled = liveOf(job, {
      state: 'CANCELED',
      lastCheckpointTime: Date.parse('2025-06-01T11:30:00Z'),
    });
    const plan = diff(
      desiredState([job]),
      liveState([cancelled]),
      { doc: stateDoc({ orders: rec }), version: 1 },
      { allowDelete: false, now: NOW },
    );
    expect(plan.changes[0]).toMatchObject({ action: 'suspend' });
    const rewind = plan.diagnostics.find((d) => d.code === 'FO602');
    expect(rewind?.summary).toBe(
      'Job orders is recorded as suspended and resumes from its savepoint of 2025-06-01T11:10:00Z, older than the checkpoint it completed last (2025-06-01T11:30:00Z)',
    );
    expect(rewind?.detail).toContain('RETAIN_ON_CANCELLATION');
  });
});
