/**
 * FO684 asks git about the commits a plan's changes would undo: only the jobs the plan changes
 * count, so a plan of a store holding many jobs, each last changed from its own commit, asks git
 * (one `git merge-base` each) about none of them when nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { changedJobCommits, diff } from '../src/plan';
import type { JobRecord } from '../src/state/model';
import { desiredJob, desiredState, liveOf, liveState, record, stateDoc } from './plan-fixtures';

const commitOf = (i: number) => i.toString(16).padStart(40, 'a');
const changedFrom = (i: number): Partial<JobRecord> => ({
  history: [
    { time: '2026-01-01T00:00:00Z', action: 'upgrade', commit: commitOf(i) } as JobRecord['history'][number],
  ],
});

describe('changedJobCommits', () => {
  const jobs = ['a', 'b', 'c'].map((n) => desiredJob(n));
  const doc = stateDoc(Object.fromEntries(jobs.map((j, i) => [j.name, record(j, changedFrom(i))])));

  it('names no commit when the plan changes nothing, however many jobs the store holds', () => {
    const plan = diff(
      desiredState(jobs),
      liveState(jobs.map((j) => liveOf(j))),
      { doc, version: 1 },
      {
        allowDelete: false,
      },
    );
    expect(plan.changes.every((c) => c.action === 'none')).toBe(true);
    expect(changedJobCommits(plan.changes, doc, liveState([]), undefined)).toEqual([]);
  });

  it("names the commit of each changed job's last change, not the checkout's own", () => {
    const rescaled = jobs.map((j) =>
      j.name === 'b' ? desiredJob('b', { settings: { ...j.settings, parallelism: 5 } }) : j,
    );
    const live = liveState(jobs.map((j) => liveOf(j)));
    const plan = diff(desiredState(rescaled), live, { doc, version: 1 }, { allowDelete: false });
    expect(plan.changes.filter((c) => c.action !== 'none').map((c) => c.job)).toEqual(['b']);
    expect(changedJobCommits(plan.changes, doc, live, undefined)).toEqual([commitOf(1)]);
    expect(changedJobCommits(plan.changes, doc, live, commitOf(1))).toEqual([]);
  });
});
