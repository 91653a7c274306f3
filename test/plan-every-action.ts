/**
 * `planWithEveryAction()`: one plan exercising every action, strategy, rescale mode,
 * a refused delete, compatibility verdicts, diagnostics and lineage — for renderer
 * golden tests. Built by `diff` from the fixtures in `plan-fixtures.ts`.
 */
import { diff } from '../src/plan/diff';
import type { Plan } from '../src/plan/model';
import {
  DEFAULT_QUERY,
  deployed,
  desiredJob,
  desiredState,
  jobId,
  liveJob,
  liveOf,
  liveState,
  NOW,
  record,
  savepoint,
  script,
  stateDoc,
} from './plan-fixtures';

/**
 * Every action in one plan: create, upgrade (savepoint / last-state / stateless, with
 * estimated verdicts: compatible, unknown and drift), rescale (in place and savepoint restart),
 * suspend, resume, recover, a refused and an allowed delete, adopt, none, plus a
 * duplicate-run error.
 */
export function planWithEveryAction(): Plan {
  const unchanged = desiredJob('audit');
  const created = desiredJob('fraud_alerts');
  const oldRevenue = desiredJob('revenue');
  const revenue = desiredJob('revenue', {
    script: script(
      'revenue_out',
      DEFAULT_QUERY.replace('GROUP BY `customer_id`', 'GROUP BY `customer_id`, `order_id`'),
    ),
  });
  const oldClicks = desiredJob('clicks', { settings: { upgradeMode: 'last-state' } });
  const clicks = desiredJob('clicks', {
    script: script('clicks_out', DEFAULT_QUERY, { sinkExtra: "\n  'sink.parallelism' = '4'," }),
    settings: { upgradeMode: 'last-state' },
  });
  const oldSessions = desiredJob('sessions', { settings: { upgradeMode: 'stateless' } });
  const sessions = desiredJob('sessions', {
    script: script('sessions_out', DEFAULT_QUERY.replace('SUM', 'MAX')),
    settings: { upgradeMode: 'stateless' },
  });
  const drifted = desiredJob('inventory');
  const scaled = desiredJob('payments', { parallelism: 4 });
  const suspended = desiredJob('reports', { settings: { state: 'suspended' } });
  const resumed = desiredJob('search');
  const failed = desiredJob('shipping');
  const adopted = desiredJob('legacy');
  const twice = desiredJob('twice');
  const gone = desiredJob('old_feed');
  const goneByPolicy = desiredJob('tmp_backfill');

  const desired = desiredState([
    unchanged,
    created,
    revenue,
    clicks,
    sessions,
    drifted,
    scaled,
    suspended,
    resumed,
    failed,
    adopted,
    twice,
  ]);
  const live = liveState([
    liveOf(unchanged),
    liveOf(oldRevenue),
    liveOf(oldClicks),
    liveOf(oldSessions),
    liveOf(drifted, { specHash: 'hand-made' }),
    liveOf(scaled, { parallelism: 2 }),
    liveOf(suspended),
    liveOf(failed, {
      state: 'FAILED',
      latestCheckpoint: { path: 's3://ckpt/shipping/chk-42', time: 1_748_000_000_000 },
    }),
    liveJob('legacy', { specHash: null }),
    liveOf(twice, { jobId: jobId('twice-1') }),
    liveOf(twice, { jobId: jobId('twice-2'), startTime: 1_700_000_100_000 }),
    liveOf(gone),
    liveOf(goneByPolicy),
  ]);
  const doc = stateDoc({
    audit: record(unchanged),
    revenue: record(oldRevenue),
    clicks: record(oldClicks),
    sessions: record(oldSessions),
    inventory: record(drifted),
    payments: record(scaled, { current: deployed(scaled, { parallelism: 2 }) }),
    reports: record(suspended),
    search: record(resumed, {
      status: 'suspended',
      savepoints: [savepoint('s3://sp/search/savepoint-1', { specHash: resumed.restartHash })],
    }),
    shipping: record(failed),
    twice: record(twice),
    old_feed: record(gone),
    tmp_backfill: record(goneByPolicy, { deletionPolicy: 'delete' }),
  });
  const plan = diff(desired, live, { doc, version: 7 }, { allowDelete: false, commit: 'abc1234', now: NOW });
  // A cluster with the adaptive scheduler rescales in place: add that variant as its own job.
  const inPlace = diff(
    desiredState([desiredJob('metrics', { parallelism: 8 })]),
    liveState([liveOf(desiredJob('metrics'), { parallelism: 2 })], { adaptiveScheduler: true }),
    { doc: stateDoc({ metrics: record(desiredJob('metrics')) }), version: 7 },
    { allowDelete: false },
  );
  return merge(plan, inPlace);
}

function merge(a: Plan, b: Plan): Plan {
  const changes = [...a.changes, ...b.changes].sort((x, y) => (x.job < y.job ? -1 : 1));
  const summary = { ...a.summary };
  for (const c of b.changes) summary[c.action]++;
  const ids = new Set(a.lineage.nodes.map((n) => n.id));
  return {
    ...a,
    changes,
    summary,
    lineage: {
      nodes: [...a.lineage.nodes, ...b.lineage.nodes.filter((n) => !ids.has(n.id))].sort((x, y) =>
        x.id < y.id ? -1 : 1,
      ),
      edges: [...a.lineage.edges, ...b.lineage.edges].sort((x, y) =>
        x.from !== y.from ? (x.from < y.from ? -1 : 1) : x.to < y.to ? -1 : 1,
      ),
    },
  };
}
