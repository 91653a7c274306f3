/**
 * The test helpers' clock guard (test/support/clock-guard.ts): a plan or apply of example-repo's
 * staging, where archive_and_alerts runs on weekday daytime only, must be given --now; prod, which
 * schedules nothing, and runs given --now need not.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './support/action-runner';
import { requirePinnedClock, scheduledIn } from './support/clock-guard';

const EXAMPLE = join(ROOT, 'example-repo');

it('finds the schedule of example-repo staging, and none in prod', () => {
  expect(scheduledIn(EXAMPLE, 'staging')).toEqual(['staging.jobs.archive_and_alerts']);
  expect(scheduledIn(EXAMPLE, 'prod')).toEqual([]);
});

it('refuses a plan of a scheduled environment at the wall clock, whatever the hour', () => {
  const plan = ['plan', '--dir', EXAMPLE, '--env', 'staging'];
  expect(() => requirePinnedClock(plan, ROOT, {}, 2)).toThrow(/depends on the hour.*Pass --now/);
  expect(() => requirePinnedClock(['apply', '--env', 'staging'], EXAMPLE, {}, 0)).toThrow(/Pass --now/);
  expect(() => requirePinnedClock([...plan, '--now', '2026-01-05T10:00:00Z'], ROOT, {}, 2)).not.toThrow();
  expect(() => requirePinnedClock(['plan', '--dir', EXAMPLE, '--env', 'prod'], ROOT, {}, 2)).not.toThrow();
  // Stopped before its plan (an unreachable cluster, a broken file): nothing hung on the hour.
  expect(() => requirePinnedClock(plan, ROOT, {}, 1)).not.toThrow();
  expect(() => requirePinnedClock(['validate', '--dir', EXAMPLE], ROOT, {}, 0)).not.toThrow();
});
