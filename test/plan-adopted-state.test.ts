/**
 * An adopted job (started by hand, taken over as it ran) keeps the state its own script wrote;
 * the store records the repository's script at the adoption in its place. Real Flink 2.2: a job
 * submitted by hand with `SUM(amount)` (INT), adopted into a repository whose query sums
 * `CAST(amount AS BIGINT)`, then a filter added in the repository: the plan judged the filter
 * `compatible` from the repository's two scripts, the restore failed (StateMigrationException) and
 * so did the rollback to the repository's old script, leaving the job crash-looping. The verdict
 * of the first restart of an adopted job's state is `unknown`, with FO613, whatever restarts it.
 */
import { describe, expect, it } from 'vitest';
import { listSavepoints } from '../src/engine/savepoints-retention';
import type { LiveJob } from '../src/observe/model';
import { diff } from '../src/plan';
import { renderPlanMarkdown, renderPlanTerminal } from '../src/render';
import type { JobRecord } from '../src/state/model';
import { explainedFor } from './explain-fixtures';
import {
  DEFAULT_QUERY,
  deployed,
  desiredJob,
  desiredState,
  liveJob,
  liveState,
  NOW,
  record,
  savepoint,
  script,
  stateDoc,
} from './plan-fixtures';

const base = desiredJob('orders');
const filtered = desiredJob('orders', {
  script: script('orders_out', DEFAULT_QUERY.replace('FROM `orders`', 'FROM `orders`\nWHERE `amount` > 0')),
});
/** The job started by hand: the managed name, no labels. */
const hand = liveJob('orders', { specHash: null });
const ADOPT = { time: '2025-05-01T00:00:00Z', action: 'adopt' as const, jobId: hand.jobId };

/** What the adopt step records: the running job, under the repository's spec and script. */
function adopted(o: { flag?: boolean; status?: JobRecord['status'] } = {}): JobRecord {
  const version = deployed(base, { jobId: hand.jobId, ...(o.flag === false ? {} : { adopted: true }) });
  return record(base, {
    current: version,
    lastStable: version,
    history: [ADOPT],
    ...(o.status ? { status: o.status } : {}),
  });
}

function planFor(job = filtered, rec = adopted(), opts: { replace?: string[]; live?: (typeof hand)[] } = {}) {
  return diff(
    desiredState([job]),
    liveState(opts.live ?? [hand]),
    { doc: stateDoc({ orders: rec }), version: 1 },
    {
      allowDelete: false,
      now: NOW,
      // Flink's graphs of the repository's old and new query: a filter edit keeps the aggregate's state.
      explained: explainedFor('orders', 'agg', 'agg-filter-changed'),
      ...(opts.replace ? { replace: opts.replace } : {}),
    },
  );
}

describe('the state verdict of an adopted job', () => {
  it('the first upgrade after the adoption is unknown, not judged from the repository scripts, and says why', () => {
    const plan = planFor();
    const change = plan.changes[0]!;
    expect(change.action).toBe('upgrade');
    expect(change.compatibility?.verdict).toBe('unknown');
    expect(change.compatibility?.findings).toContain(
      'the job was adopted (started outside flinkops): the script that wrote its state is not known',
    );
    expect(plan.diagnostics.filter((d) => d.code === 'FO613').map((d) => d.summary)).toEqual([
      "Job orders runs a script flinkops never saw: its state may not map onto the repository's",
    ]);
  });

  it('first says that a job started from the repository script keeps its state: the other hints drop it', () => {
    // Real Flink 1.20: a sql-client job moved under flinkops with its script unchanged restored its
    // savepoint, yet the plan advised only allowNonRestoredState, a stateless start or the State Processor API.
    const advice = planFor().changes[0]!.compatibility?.advice ?? [];
    expect(advice[0]).toMatch(/^nothing, if the job was started from the repository's query.*its state maps/);
    expect(advice.slice(1).join('\n')).toContain('allowNonRestoredState: true');
    const lenient = desiredJob('orders', {
      script: filtered.script,
      settings: { allowNonRestoredState: true },
    });
    expect(planFor(lenient).changes[0]!.compatibility?.advice?.[0]).not.toMatch(/^nothing/);
  });

  it('says the verdict is an estimate because the running script is unknown, not for want of Flink', () => {
    // Flink's planner answered (explained is given): only the script that wrote the state is missing.
    const plan = planFor();
    const terminal = renderPlanTerminal(plan, { color: false });
    const markdown = renderPlanMarkdown(plan);
    for (const text of [terminal, markdown]) {
      expect(text).toContain(
        'compatibility unknown (estimate: the running job’s script is not known, so Flink cannot compare it)',
      );
      expect(text).not.toContain('no stream graphs from Flink');
    }
  });

  it('a store written before adoptions were marked says it by the adopt entry in the history', () => {
    expect(planFor(filtered, adopted({ flag: false })).changes[0]!.compatibility?.verdict).toBe('unknown');
  });

  it('allowNonRestoredState: still unknown, but no warning', () => {
    const lenient = desiredJob('orders', {
      script: filtered.script,
      settings: { allowNonRestoredState: true },
    });
    const plan = planFor(lenient);
    expect(plan.changes[0]!.compatibility?.verdict).toBe('unknown');
    expect(plan.diagnostics.map((d) => d.code)).not.toContain('FO613');
  });

  it('--replace of an adopted job has a verdict (unknown) and one FO613', () => {
    const plan = planFor(base, adopted(), { replace: ['orders'] });
    expect(plan.changes[0]!.action).toBe('upgrade');
    expect(plan.changes[0]!.compatibility?.verdict).toBe('unknown');
    expect(plan.diagnostics.filter((d) => d.code === 'FO613')).toHaveLength(1);
  });

  it('resuming an adopted job that was suspended restores its state into the repository script: unknown', () => {
    // Suspended with a savepoint of the adopted job: what the resume restores.
    const suspended = {
      ...adopted({ status: 'suspended' }),
      savepoints: [savepoint('file:/sp/suspend', { jobId: hand.jobId, specHash: base.restartHash })],
    };
    const plan = planFor(base, suspended, { live: [{ ...hand, state: 'FINISHED' }] });
    const change = plan.changes[0]!;
    expect(change.action).toBe('resume');
    expect(change.compatibility?.verdict).toBe('unknown');
    expect(plan.diagnostics.map((d) => d.code)).toContain('FO613');
  });

  it('a rescale through a savepoint restart of an adopted job is unknown too', () => {
    const wider = desiredJob('orders', { parallelism: base.settings.parallelism + 1 });
    const plan = planFor(wider);
    const change = plan.changes[0]!;
    expect(change).toMatchObject({ action: 'rescale', rescaleMode: 'savepoint-restart' });
    expect(change.compatibility?.verdict).toBe('unknown');
  });

  it('once flinkops restarted it, its versions are its own: judged from the scripts again', () => {
    const own = record(base, { history: [ADOPT] });
    const plan = planFor(filtered, own, { live: [liveJob('orders', { specHash: base.restartHash })] });
    expect(plan.changes[0]!.compatibility?.verdict).toBe('compatible');
    expect(plan.diagnostics.map((d) => d.code)).not.toContain('FO613');
  });
});

describe('savepoints list of an adopted job', () => {
  it('a savepoint of the adopted job is not "current": its state is not the repository script\'s', () => {
    const rec = { ...adopted(), savepoints: [savepoint('file:/sp/hand', { jobId: hand.jobId })] };
    const [entry] = listSavepoints(base, rec, NOW);
    expect(entry).toMatchObject({ matchesCurrentSpec: false, adopted: true });
  });
});

describe('a job started by hand that ended under the managed name', () => {
  const cancelled: LiveJob = {
    ...hand,
    state: 'CANCELED' as const,
    latestCheckpoint: { path: 'file:/cp/hand/chk-4', time: 1_700_000_100_000 },
  };
  const planOf = (job = base, live: LiveJob[] = [cancelled]) =>
    diff(
      desiredState([job]),
      liveState(live),
      { doc: stateDoc(), version: 1 },
      { allowDelete: false, now: NOW },
    );

  it('is not adopted: the job is created, and FO633 names the state it left and the pin that keeps it', () => {
    // Real Flink 2.2: cancelled with RETAIN_ON_CANCELLATION, its chk-4 kept; the plan said only "new job".
    const plan = planOf();
    expect(plan.changes[0]!.action).toBe('create');
    const d = plan.diagnostics.find((x) => x.code === 'FO633');
    expect(d?.severity).toBe('warning');
    expect(d?.detail).toContain('set restoreFrom: file:/cp/hand/chk-4 in jobs/orders.yaml');
  });

  it('says nothing once restoreFrom is pinned, when the job left no state, or for a labelled job', () => {
    const pinned = desiredJob('orders', { settings: { restoreFrom: 'file:/cp/hand/chk-4' } });
    expect(planOf(pinned).diagnostics.map((d) => d.code)).not.toContain('FO633');
    const { latestCheckpoint: _, ...nothingLeft } = cancelled;
    expect(planOf(base, [nothingLeft]).diagnostics.map((d) => d.code)).not.toContain('FO633');
    const own = {
      ...liveJob('orders'),
      state: 'CANCELED' as const,
      latestCheckpoint: cancelled.latestCheckpoint,
    };
    expect(planOf(base, [own]).diagnostics.map((d) => d.code)).not.toContain('FO633');
  });
});
