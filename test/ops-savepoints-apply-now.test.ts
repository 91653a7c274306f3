/** `flinkops apply --now`: the plan apply computes (schedules) is for that instant, not the clock's. */
import { afterEach, describe, expect, it } from 'vitest';
import { APPLY, type Ops, ops, project } from './ops-savepoints-support';

let o: Ops | undefined;
afterEach(async () => {
  await o?.close();
  o = undefined;
});

const SCHEDULED = [
  'parallelism: 2',
  'savepoints: { every: 6h, keep: 2 }',
  'schedule:',
  '  windows:',
  '    - { start: "0 8 * * 1-5", stop: "0 20 * * 1-5" }',
  '',
].join('\n');

describe('flinkops apply --now', () => {
  it('suspends and resumes a scheduled job at the instants given, whatever the clock says', async () => {
    o = await ops(project(SCHEDULED)); // the clock: Monday 2026-01-05 09:00 UTC, inside the window
    expect((await o.run('apply', APPLY)).code).toBe(0);

    const evening = await o.run('apply', [...APPLY, '--now', '2026-01-05T21:00:00Z']);
    expect(evening.code).toBe(0);
    expect(evening.stdout).toMatch(/totals will be suspended/);
    expect(evening.stdout).toMatch(/totals\s+suspend\s+applied/);
    expect(o.state().jobs.totals!.status).toBe('suspended');
    const suspendedAt = o.state().jobs.totals!.savepoints.at(-1)!;
    expect(suspendedAt.kind).toBe('suspend');

    // A suspended job gets no periodic savepoint, and keeps the one it resumes from.
    const sp = await o.run('savepoints', ['run', '--now', '2026-01-06T06:00:00Z', '--json']);
    const totals = JSON.parse(sp.stdout).jobs.find((j: { job: string }) => j.job === 'totals');
    expect(totals).toMatchObject({ outcome: 'not-running', disposed: [] });

    const morning = await o.run('apply', [...APPLY, '--now', '2026-01-06T09:00:00Z']);
    expect(morning.code).toBe(0);
    expect(morning.stdout).toMatch(/totals\s+resume\s+applied/);
    expect(o.state().jobs.totals!.current!.restoredFrom).toBe(suspendedAt.path);

    const bad = await o.run('apply', [...APPLY, '--now', 'tomorrow']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--now must be an ISO-8601 instant');
  });
});
