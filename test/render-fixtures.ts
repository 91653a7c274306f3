/**
 * Hand-written plans for the renderer tests. They are fixed on purpose: golden
 * files must not move when the diff engine's own fixtures change.
 */
import type { Diagnostic } from '../src/core/diagnostics';
import {
  ACTION_KINDS,
  type ActionKind,
  type JobChange,
  PLAN_FORMAT_VERSION,
  type Plan,
} from '../src/plan/model';

export function summarize(changes: JobChange[]): Record<ActionKind, number> {
  const s = Object.fromEntries(ACTION_KINDS.map((k) => [k, 0])) as Record<ActionKind, number>;
  for (const c of changes) s[c.action]++;
  return s;
}

export function makePlan(changes: JobChange[], over: Partial<Plan> = {}): Plan {
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    project: 'rides',
    env: 'prod',
    commit: '3f9c2ab',
    offline: false,
    stateVersion: 7,
    liveFingerprint: '9a41c0d2e7b35f18',
    changes,
    summary: summarize(changes),
    affected: [],
    lineage: { nodes: [], edges: [] },
    diagnostics: [],
    ...over,
  };
}

export function change(job: string, action: ActionKind, over: Partial<JobChange> = {}): JobChange {
  return {
    job,
    pipelineName: `rides.prod.${job}`,
    action,
    reason: `${action} ${job}`,
    causes: [],
    ...over,
  } as JobChange;
}

const UPGRADE_DIFF = `--- a/jobs/fare_aggregates.sql
+++ b/jobs/fare_aggregates.sql
@@ -1,7 +1,8 @@
 INSERT INTO fare_totals
 SELECT
   driver_id,
+  city,
   TUMBLE_START(ts, INTERVAL '1' HOUR) AS window_start,
-  SUM(fare) AS total
+  SUM(fare + tip) AS total
 FROM rides
-GROUP BY driver_id, TUMBLE(ts, INTERVAL '1' HOUR);
+GROUP BY driver_id, city, TUMBLE(ts, INTERVAL '1' HOUR);
`;

const CREATE_DIFF = `--- /dev/null
+++ b/jobs/ride_enrichment.sql
@@ -0,0 +1,5 @@
+INSERT INTO enriched_rides
+SELECT r.*, d.rating
+FROM rides AS r
+JOIN drivers FOR SYSTEM_TIME AS OF r.proc_time AS d
+  ON r.driver_id = d.id;
`;

const ADOPT_DIFF = `--- a/jobs/clickstream.sql
+++ b/jobs/clickstream.sql
@@ -1,2 +1,2 @@
-INSERT INTO clicks_sink SELECT * FROM clicks;
+INSERT INTO clicks_sink SELECT * FROM clicks WHERE bot = FALSE;
`;

const DIAG_FO611: Diagnostic = {
  code: 'FO611',
  severity: 'warning',
  summary: "job 'legacy_rollup' was removed from the repository but deletions are not allowed",
  detail: 'Run apply with --allow-delete, or set `allowDelete: true` for this environment in flinkops.yaml.',
};

const DIAG_FO617: Diagnostic = {
  code: 'FO617',
  severity: 'warning',
  summary: "upgrade of 'fare_aggregates' will likely not restore its state",
  detail: 'The GROUP BY keys changed. Use `upgrade: stateless` or set allowNonRestoredState: true.',
  range: { file: 'jobs/fare_aggregates.sql', start: { line: 8, column: 1 }, end: { line: 8, column: 56 } },
};

/** A plan with every action, a refused delete, compatibility findings, lineage and diagnostics. */
export function planWithEveryAction(): Plan {
  const changes: JobChange[] = [
    change('clickstream', 'adopt', {
      reason: 'a running job carries the managed name but no flinkops labels',
      causes: [{ kind: 'cluster', path: 'rides.prod.clickstream' }],
      liveJobId: 'b1946ac92492d2347c6235b4d2611184',
      liveState: 'RUNNING',
      to: { specHash: 'c41d7a0e55aa31b2', parallelism: 2 },
      sqlDiff: ADOPT_DIFF,
    }),
    change('driver_stats', 'rescale', {
      reason: 'parallelism changed',
      rescaleMode: 'in-place',
      causes: [{ kind: 'setting', path: 'parallelism', from: '2', to: '4' }],
      liveJobId: '6f5902ac237024bdd0c176cb93063dc4',
      liveState: 'RUNNING',
      from: { specHash: '0d3f4c7b9e1a2c55', parallelism: 2 },
      to: { specHash: '0d3f4c7b9e1a2c55', parallelism: 4 },
    }),
    change('fare_aggregates', 'upgrade', {
      reason: 'compiled script changed',
      strategy: 'savepoint',
      causes: [
        { kind: 'script', path: 'jobs/fare_aggregates.sql' },
        { kind: 'table', path: 'rides' },
      ],
      liveJobId: 'e4d909c290d0fb1ca068ffaddf22cbd0',
      liveState: 'RUNNING',
      from: { specHash: '77af2c0d18e94b3a', parallelism: 3 },
      to: { specHash: '2b8e61f0c9d4a7e3', parallelism: 3 },
      compatibility: {
        verdict: 'drops-state',
        source: 'flink',
        operators: [
          { name: 'source rides', id: 'cbc357ccb763df2852fee8c4fc7d55f2', state: 'kept' },
          { name: 'GroupAggregate (driver_id)', id: '90bea66de1c231edf33913ecd54406c1', state: 'dropped' },
          { name: 'Deduplicate (ride_id)', id: '20ba6b65f97481d5570070de90e4e791', state: 'new' },
        ],
        findings: [
          'source rides keeps its state',
          'GroupAggregate (driver_id): its state is dropped (no operator of the new job has its id 90bea66de1c231edf33913ecd54406c1)',
          'Deduplicate (ride_id) starts with empty state',
        ],
        advice: [
          'set allowNonRestoredState: true in jobs/fare_aggregates.yaml to drop the state that no longer matches',
          'set upgradeMode: stateless in jobs/fare_aggregates.yaml to start the new version without state',
        ],
      },
      sqlDiff: UPGRADE_DIFF,
    }),
    change('geo_index', 'none', { reason: 'up to date' }),
    change('legacy_rollup', 'delete', {
      reason: 'removed from the repository',
      causes: [{ kind: 'repo', path: 'jobs/legacy_rollup.sql' }],
      liveJobId: 'a87ff679a2f3e71d9181a67b7542122c',
      liveState: 'RUNNING',
      refused: {
        code: 'FO611',
        summary: 'deletions are not allowed in prod',
        detail:
          'Run apply with --allow-delete, or set `allowDelete: true` for this environment in flinkops.yaml.',
      },
    }),
    change('nightly_export', 'suspend', {
      reason: 'outside its schedule window (01:00–05:00 UTC)',
      causes: [{ kind: 'schedule', path: 'schedule.window', from: 'inside', to: 'outside' }],
      liveJobId: '1679091c5a880faf6fb5e6087eb1b2dc',
      liveState: 'RUNNING',
    }),
    change('old_alerts', 'delete', {
      reason: 'removed from the repository',
      causes: [{ kind: 'repo', path: 'jobs/old_alerts.sql' }],
      liveJobId: '8f14e45fceea167a5a36dedd4bea2543',
      liveState: 'RUNNING',
    }),
    change('payments_sink', 'recover', {
      reason: 'the job FAILED on the cluster',
      causes: [{ kind: 'drift', path: 'state', from: 'RUNNING', to: 'FAILED' }],
      liveJobId: 'c9f0f895fb98ab9159f51fd0297e236d',
      liveState: 'FAILED',
      restoreFrom: 's3://flink/checkpoints/payments_sink/chk-4121',
      to: { specHash: '5e0ab1c3f2d94e87', parallelism: 2 },
    }),
    change('promo_tracker', 'resume', {
      reason: 'state: running again',
      causes: [{ kind: 'setting', path: 'state', from: 'suspended', to: 'running' }],
      restoreFrom: 's3://flink/savepoints/promo_tracker/savepoint-5e1a9c',
      to: { specHash: 'aa01be77c3d20f95', parallelism: 1 },
    }),
    change('ride_enrichment', 'create', {
      reason: 'new job in the repository',
      causes: [{ kind: 'repo', path: 'jobs/ride_enrichment.sql' }],
      to: { specHash: 'f00dfeed12345678', parallelism: 2 },
      sqlDiff: CREATE_DIFF,
    }),
  ];
  return makePlan(changes, {
    affected: [{ kind: 'table', name: 'rides', jobs: ['fare_aggregates', 'ride_enrichment'] }],
    lineage: {
      nodes: [
        { id: 'table:rides', kind: 'table', label: 'rides', changed: true },
        { id: 'table:drivers', kind: 'table', label: 'drivers', changed: false },
        { id: 'table:fare_totals', kind: 'table', label: 'fare_totals', changed: false },
        { id: 'table:enriched_rides', kind: 'table', label: 'enriched_rides', changed: false },
        { id: 'table:geo_cells', kind: 'table', label: 'geo_cells', changed: false },
        { id: 'job:fare_aggregates', kind: 'job', label: 'fare_aggregates', changed: true },
        { id: 'job:ride_enrichment', kind: 'job', label: 'ride_enrichment', changed: true },
        { id: 'job:geo_index', kind: 'job', label: 'geo_index', changed: false },
        { id: 'udf:geohash', kind: 'udf', label: 'geohash', changed: false },
      ],
      edges: [
        { from: 'table:rides', to: 'job:fare_aggregates' },
        { from: 'job:fare_aggregates', to: 'table:fare_totals' },
        { from: 'table:rides', to: 'job:ride_enrichment' },
        { from: 'table:drivers', to: 'job:ride_enrichment' },
        { from: 'job:ride_enrichment', to: 'table:enriched_rides' },
        { from: 'udf:geohash', to: 'job:geo_index' },
        { from: 'job:geo_index', to: 'table:geo_cells' },
      ],
    },
    diagnostics: [DIAG_FO617, DIAG_FO611],
  });
}

/** Every job up to date. */
export function planWithNoChanges(): Plan {
  return makePlan([
    change('driver_stats', 'none', { reason: 'up to date' }),
    change('fare_aggregates', 'none', { reason: 'up to date' }),
  ]);
}

/** Planned without a cluster (fork pull request): creates and upgrades against the state store only. */
export function offlinePlan(): Plan {
  return makePlan(
    [
      change('fare_aggregates', 'upgrade', {
        reason: 'compiled script changed',
        strategy: 'savepoint',
        causes: [{ kind: 'script', path: 'jobs/fare_aggregates.sql' }],
        from: { specHash: '77af2c0d18e94b3a', parallelism: 3 },
        to: { specHash: '2b8e61f0c9d4a7e3', parallelism: 3 },
        compatibility: { verdict: 'compatible', findings: [], advice: [] },
        sqlDiff: UPGRADE_DIFF,
      }),
      change('ride_enrichment', 'create', {
        reason: 'new job in the repository',
        causes: [{ kind: 'repo', path: 'jobs/ride_enrichment.sql' }],
        to: { specHash: 'f00dfeed12345678', parallelism: 2 },
        sqlDiff: CREATE_DIFF,
      }),
    ],
    { offline: true, env: 'staging', commit: undefined, stateVersion: 0, liveFingerprint: 'offline' },
  );
}

/** Diagnostics from validation, passed next to a plan whose own diagnostics include an error. */
export const VALIDATION_DIAGNOSTICS: Diagnostic[] = [
  {
    code: 'FO201',
    severity: 'error',
    summary: "unknown key 'colums'",
    detail: "Did you mean 'columns'?",
    range: { file: 'tables/rides.yaml', start: { line: 4, column: 3 }, end: { line: 4, column: 9 } },
  },
  {
    code: 'FO305',
    severity: 'warning',
    summary: 'SELECT * in a streaming job',
    detail: 'List the columns so a new source column does not change the sink schema.',
    range: { file: 'jobs/clickstream.sql', start: { line: 1, column: 31 }, end: { line: 1, column: 32 } },
  },
  {
    code: 'FO102',
    severity: 'info',
    summary: 'environment staging has no overrides',
    detail: '',
  },
];

export function planWithDiagnostics(): Plan {
  return makePlan(
    [
      change('fare_aggregates', 'upgrade', {
        reason: 'compiled script changed',
        strategy: 'last-state',
        causes: [{ kind: 'script', path: 'jobs/fare_aggregates.sql' }],
        compatibility: {
          verdict: 'unknown',
          findings: ['the query could not be analysed'],
          advice: ['Take a savepoint first with `flinkops savepoint fare_aggregates`'],
        },
      }),
    ],
    {
      diagnostics: [
        {
          code: 'FO610',
          severity: 'error',
          summary: "job 'fare_aggregates' runs twice on the cluster",
          detail: 'Cancel one of the jobs 1f0e… and 2a9d… by hand, then plan again.',
        },
      ],
    },
  );
}
