/**
 * A job's max parallelism as Flink runs it. flinkops builds of November 2026 recorded a job's
 * `maxParallelism` in the state store and in its spec hash, but did not send it to Flink: the job
 * ran with Flink's default (128), its keyed state in 128 key groups. A newer flinkops reading that
 * store planned "no changes", then upgraded the job under maxParallelism 64 with a state verdict
 * of "compatible": the restore failed, and so did the rollback. The running job's vertices say
 * what its key groups are; the plan believes them over the store.
 */
import { describe, expect, it } from 'vitest';
import type { DesiredJob } from '../src/compile/model';
import type { LiveVertex } from '../src/observe/model';
import { diff } from '../src/plan';
import {
  deployed,
  desiredJob,
  desiredState,
  liveOf,
  liveState,
  record,
  script,
  stateDoc,
} from './plan-fixtures';

function vertices(maxParallelism: number): LiveVertex[] {
  return [
    { id: 'v1', name: 'Source: orders', parallelism: 2, maxParallelism },
    { id: 'v2', name: 'GroupAggregate -> Sink: totals', parallelism: 2, maxParallelism },
  ];
}

/** The plan of `job` against a store recording `recorded` and a job Flink runs with `runsWith`. */
function plan(job: DesiredJob, recorded: DesiredJob, runsWith: number) {
  return diff(
    desiredState([job]),
    liveState([liveOf(recorded, { vertices: vertices(runsWith) })]),
    {
      doc: stateDoc({
        orders: record(recorded, {
          current: deployed(recorded, {
            settings: { config: {}, maxParallelism: recorded.settings.maxParallelism },
          }),
        }),
      }),
      version: 1,
    },
    { allowDelete: false },
  );
}

describe('plan: maxParallelism as the running job has it', () => {
  const at64 = desiredJob('orders', { settings: { maxParallelism: 64 } });

  it('warns (FO636) when the job runs with another max parallelism than the store recorded, and changes nothing', () => {
    const p = plan(at64, at64, 128);
    expect(p.changes[0]!.action).toBe('none');
    const d = p.diagnostics.find((x) => x.code === 'FO636');
    expect(d?.summary).toBe("Job orders runs with max parallelism 128, not the repository's 64");
    expect(d?.detail).toContain('maxParallelism: 128 in jobs/orders.yaml');
  });

  it('says nothing when the job runs with the maxParallelism the store recorded', () => {
    expect(plan(at64, at64, 64).diagnostics).toEqual([]);
  });

  it("judges the next upgrade from the key groups the job's state is in, not the store's", () => {
    const changed = desiredJob('orders', {
      settings: { maxParallelism: 64 },
      script: script(
        'orders_out',
        'SELECT `customer_id`, SUM(`amount`) + 1 AS `total` FROM `orders` GROUP BY `customer_id`',
      ),
    });
    const p = plan(changed, at64, 128);
    const change = p.changes[0]!;
    expect(change.action).toBe('upgrade');
    expect(change.compatibility?.verdict, change.compatibility?.findings.join('\n')).toBe('incompatible');
    expect(change.compatibility?.findings.join('\n')).toMatch(/maxParallelism 128 → 64/);
    expect(p.diagnostics.map((d) => d.code).sort()).toEqual(['FO617', 'FO636']);
  });

  it('keeps the state when the repository sets the max parallelism the job runs with', () => {
    const at128 = desiredJob('orders', { settings: { maxParallelism: 128 } });
    const p = plan(at128, at64, 128);
    const change = p.changes[0]!;
    expect(change.action).toBe('upgrade');
    expect(change.compatibility?.findings.join('\n') ?? '').not.toMatch(/maxParallelism/);
    expect(change.compatibility?.verdict).not.toBe('incompatible');
    expect(p.diagnostics).toEqual([]);
  });
});
