import { describe, expect, it } from 'vitest';
import { toSteps } from '../src/apply';
import type { DesiredJob } from '../src/compile/model';
import type { LiveJob, LiveState } from '../src/observe/model';
import { diff } from '../src/plan';
import {
  type ActionKind,
  type Cause,
  changeMode,
  hasChanges,
  type RescaleMode,
  type UpgradeStrategy,
} from '../src/plan/model';
import { summaryLine } from '../src/render/actions';
import { analyzeScript } from '../src/sql/analyze';
import type { JobRecord } from '../src/state/model';
import { planWithEveryAction } from './plan-every-action';
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

const base = desiredJob('orders');
const newQuery = desiredJob('orders', {
  script: script('orders_out', DEFAULT_QUERY.replace('SUM(`amount`)', 'SUM(`amount`) * 2')),
});

interface Case {
  name: string;
  jobs: DesiredJob[];
  live: LiveJob[];
  records?: Record<string, JobRecord>;
  liveOpts?: Partial<LiveState>;
  allowDelete?: boolean;
  now?: string;
  expect: {
    job?: string;
    action: ActionKind;
    strategy?: UpgradeStrategy;
    rescaleMode?: RescaleMode;
    restoreFrom?: string;
    refused?: boolean;
    causes?: Cause['kind'][];
    reason?: RegExp;
    diags?: string[];
  };
}

/** An earlier apply stopped while its stop with a savepoint was under way. */
const INTERRUPTED_STOP = {
  kind: 'stop-with-savepoint',
  jobId: 'j1',
  triggerId: 't1',
  startedAt: '2025-05-01T00:00:00Z',
} as const;
/** The plan says the next apply looks for that savepoint first (FO616), not that the job starts without state. */
const LOOKS_FOR_ITS_SAVEPOINT = {
  diags: ['FO616'],
  reason: /the savepoint its interrupted stop took, if it completed/,
};

const cases: Case[] = [
  {
    name: 'create: in the repo, not on the cluster nor in the store',
    jobs: [base],
    live: [],
    expect: { action: 'create', causes: ['repo'], reason: /new job/ },
  },
  {
    name: 'create restores from a pinned restoreFrom',
    jobs: [desiredJob('orders', { settings: { restoreFrom: 's3://sp/pinned' } })],
    live: [],
    expect: { action: 'create', restoreFrom: 's3://sp/pinned' },
  },
  {
    name: 'create when suspended from the start: nothing deployed',
    jobs: [desiredJob('orders', { settings: { state: 'suspended' } })],
    live: [],
    expect: { action: 'none', reason: /not deployed/ },
  },
  {
    name: 'create again after a deletion',
    jobs: [base],
    live: [liveOf(base, { state: 'FINISHED' })],
    records: { orders: record(base, { status: 'deleted', savepoints: [savepoint('s3://sp/final')] }) },
    expect: { action: 'create', reason: /final savepoint s3:\/\/sp\/final is used only if pinned/ },
  },
  {
    name: 'create again after a deletion, its final savepoint pinned: says it restores it',
    jobs: [desiredJob('orders', { settings: { restoreFrom: 's3://sp/final' } })],
    live: [liveOf(base, { state: 'FINISHED' })],
    records: { orders: record(base, { status: 'deleted', savepoints: [savepoint('s3://sp/final')] }) },
    expect: {
      action: 'create',
      restoreFrom: 's3://sp/final',
      reason: /^new again after its deletion: restore from its final savepoint, pinned with restoreFrom$/,
    },
  },
  {
    name: 'create again after a deletion, another savepoint pinned',
    jobs: [desiredJob('orders', { settings: { restoreFrom: 's3://sp/older' } })],
    live: [liveOf(base, { state: 'FINISHED' })],
    records: { orders: record(base, { status: 'deleted', savepoints: [savepoint('s3://sp/final')] }) },
    expect: {
      action: 'create',
      restoreFrom: 's3://sp/older',
      reason:
        /^new again after its deletion: restore from the pinned savepoint, not its final savepoint s3:\/\/sp\/final$/,
    },
  },
  {
    name: 'none: the cluster runs what the repo says',
    jobs: [base],
    live: [liveOf(base)],
    records: { orders: record(base) },
    expect: { action: 'none', causes: [], diags: [] },
  },
  {
    name: 'upgrade: the query changed, savepoint by default',
    jobs: [newQuery],
    live: [liveOf(base)],
    records: { orders: record(base) },
    expect: { action: 'upgrade', strategy: 'savepoint', causes: ['script'], diags: [] },
  },
  {
    name: 'upgrade with last-state',
    jobs: [desiredJob('orders', { script: newQuery.script, settings: { upgradeMode: 'last-state' } })],
    live: [liveOf(base)],
    records: { orders: record(base) },
    expect: { action: 'upgrade', strategy: 'last-state' },
  },
  {
    name: 'upgrade stateless',
    jobs: [desiredJob('orders', { script: newQuery.script, settings: { upgradeMode: 'stateless' } })],
    live: [liveOf(base)],
    records: { orders: record(base) },
    expect: { action: 'upgrade', strategy: 'stateless', diags: [] },
  },
  {
    name: 'upgrade: a restart-needing setting (config) changed, named as a cause',
    jobs: [desiredJob('orders', { settings: { config: { 'table.exec.state.ttl': '1 d' } } })],
    live: [liveOf(base)],
    records: { orders: record(base) },
    expect: { action: 'upgrade', causes: ['setting'], reason: /config\.table\.exec\.state\.ttl/ },
  },
  {
    name: 'upgrade: a table option changed, named as a table cause',
    jobs: [
      desiredJob('orders', {
        script: script('orders_out', DEFAULT_QUERY, { sinkExtra: "\n  'sink.parallelism' = '4'," }),
      }),
    ],
    live: [liveOf(base)],
    records: { orders: record(base) },
    expect: { action: 'upgrade', causes: ['table'], reason: /table orders_out changed/ },
  },
  {
    name: 'upgrade to a new restoreFrom restores from it (redeploy)',
    jobs: [desiredJob('orders', { settings: { restoreFrom: 's3://sp/pinned' } })],
    live: [liveOf(base)],
    records: { orders: record(base, { current: deployed(base, { settings: { config: {} } }) }) },
    expect: { action: 'upgrade', restoreFrom: 's3://sp/pinned', causes: ['setting'] },
  },
  {
    name: 'upgrade to a restoreFrom that retention disposed of warns before anything stops (FO604)',
    jobs: [desiredJob('orders', { settings: { restoreFrom: 's3://sp/old' } })],
    live: [liveOf(base)],
    records: {
      orders: record(base, {
        current: deployed(base, { settings: { config: {} } }),
        savepoints: [savepoint('s3://sp/old', { disposed: true }), savepoint('s3://sp/new')],
      }),
    },
    expect: { action: 'upgrade', restoreFrom: 's3://sp/old', diags: ['FO604'] },
  },
  {
    name: 'upgrade to a restoreFrom still kept: no FO604',
    jobs: [desiredJob('orders', { settings: { restoreFrom: 's3://sp/new' } })],
    live: [liveOf(base)],
    records: {
      orders: record(base, {
        current: deployed(base, { settings: { config: {} } }),
        savepoints: [savepoint('s3://sp/old', { disposed: true }), savepoint('s3://sp/new')],
      }),
    },
    expect: { action: 'upgrade', restoreFrom: 's3://sp/new', diags: [] },
  },
  {
    name: 'rescale: only parallelism changed, savepoint restart without the adaptive scheduler',
    jobs: [desiredJob('orders', { parallelism: 6 })],
    live: [liveOf(base)],
    records: { orders: record(base) },
    expect: { action: 'rescale', rescaleMode: 'savepoint-restart', causes: ['setting'] },
  },
  {
    name: 'rescale in place with the adaptive scheduler on 1.18+',
    jobs: [desiredJob('orders', { parallelism: 6 })],
    live: [liveOf(base)],
    liveOpts: { adaptiveScheduler: true, flinkVersion: '1.18.1' },
    records: { orders: record(base) },
    expect: { action: 'rescale', rescaleMode: 'in-place' },
  },
  {
    name: 'rescale through a savepoint on 1.17 even with the adaptive scheduler',
    jobs: [desiredJob('orders', { parallelism: 6 })],
    live: [liveOf(base)],
    liveOpts: { adaptiveScheduler: true, flinkVersion: '1.17.2' },
    records: { orders: record(base) },
    expect: { action: 'rescale', rescaleMode: 'savepoint-restart' },
  },
  {
    name: 'rescale back after a hand rescale reports drift',
    jobs: [base],
    live: [liveOf(base, { parallelism: 5 })],
    records: { orders: record(base) },
    expect: { action: 'rescale', causes: ['drift', 'setting'] },
  },
  {
    // PUT /jobs/:id/resource-requirements by hand: the job's configured parallelism stays 2, the
    // adaptive scheduler's upper bounds (and the vertices) say 3.
    name: 'rescale back after an in-place rescale by hand reports drift',
    jobs: [base],
    live: [
      liveOf(base, {
        vertices: [
          { id: 'v1', name: 'Source: orders', parallelism: 3, maxParallelism: 128, upperBound: 3 },
          { id: 'v2', name: 'Sink: orders_out', parallelism: 3, maxParallelism: 128, upperBound: 3 },
        ],
      }),
    ],
    liveOpts: { adaptiveScheduler: true, flinkVersion: '2.2.0' },
    records: { orders: record(base, { current: deployed(base, { jobId: jobId('orders:live') }) }) },
    expect: { action: 'rescale', rescaleMode: 'in-place', causes: ['drift', 'setting'], reason: /3 → 2/ },
  },
  {
    name: 'a sink pinned to its own parallelism is no hand rescale',
    jobs: [base],
    live: [
      liveOf(base, {
        vertices: [
          { id: 'v1', name: 'Source: orders', parallelism: 2, maxParallelism: 128, upperBound: 2 },
          { id: 'v2', name: 'Sink: orders_out', parallelism: 1, maxParallelism: 128, upperBound: 1 },
        ],
      }),
    ],
    liveOpts: { adaptiveScheduler: true, flinkVersion: '2.2.0' },
    records: { orders: record(base, { current: deployed(base, { jobId: jobId('orders:live') }) }) },
    expect: { action: 'none' },
  },
  {
    name: 'a job whose script pins its vertices (sink.parallelism) is not read as rescaled by hand',
    jobs: [base],
    live: [
      liveOf(base, {
        vertices: [
          {
            id: 'v1',
            name: 'Source: orders -> Sink: orders_out',
            parallelism: 4,
            maxParallelism: 128,
            upperBound: 4,
          },
        ],
      }),
    ],
    liveOpts: { adaptiveScheduler: true, flinkVersion: '2.2.0' },
    records: {
      orders: record(base, {
        current: deployed(base, {
          jobId: jobId('orders:live'),
          script: base.script.replace("'connector'", "'sink.parallelism' = '4',\n  'connector'"),
        }),
      }),
    },
    expect: { action: 'none' },
  },
  {
    // Real Flink 2.2: a TUMBLE window counted without keys has a GlobalWindowAggregate vertex of max
    // parallelism 1. Rescaled in place 1 → 2, then the store was lost: the source's bound says 2,
    // the singleton's stays 1, the configuration keeps 1.
    name: 'a lost store: a job rescaled in place keeps its parallelism though a singleton vertex stays at 1',
    jobs: [desiredJob('orders', { parallelism: 2 })],
    live: [
      liveOf(base, {
        parallelism: 1,
        vertices: [
          { id: 'v1', name: 'Source: orders', parallelism: 2, maxParallelism: 128, upperBound: 2 },
          { id: 'v2', name: 'GlobalWindowAggregate', parallelism: 1, maxParallelism: 1, upperBound: 1 },
        ],
        specHash: desiredJob('orders', { parallelism: 2 }).restartHash,
      }),
    ],
    liveOpts: { adaptiveScheduler: true, flinkVersion: '2.2.0' },
    expect: { action: 'none' },
  },
  {
    name: 'an in-place rescale by hand of a job with a singleton vertex is drift',
    jobs: [base],
    live: [
      liveOf(base, {
        vertices: [
          { id: 'v1', name: 'Source: orders', parallelism: 3, maxParallelism: 128, upperBound: 3 },
          { id: 'v2', name: 'GlobalWindowAggregate', parallelism: 1, maxParallelism: 1, upperBound: 1 },
        ],
      }),
    ],
    liveOpts: { adaptiveScheduler: true, flinkVersion: '2.2.0' },
    records: { orders: record(base, { current: deployed(base, { jobId: jobId('orders:live') }) }) },
    expect: { action: 'rescale', rescaleMode: 'in-place', causes: ['drift', 'setting'], reason: /3 → 2/ },
  },
  {
    name: 'suspend: state suspended while running',
    jobs: [desiredJob('orders', { settings: { state: 'suspended' } })],
    live: [liveOf(base)],
    records: { orders: record(base) },
    expect: { action: 'suspend', causes: ['setting'], reason: /stop with a savepoint/ },
  },
  {
    name: 'suspend: before activeFrom',
    jobs: [desiredJob('orders', { settings: { activeFrom: '2025-07-01T00:00:00Z' } })],
    live: [liveOf(desiredJob('orders', { settings: { activeFrom: '2025-07-01T00:00:00Z' } }))],
    records: { orders: record(base) },
    now: NOW,
    expect: { action: 'suspend', causes: ['schedule'], reason: /active from 2025-07-01/ },
  },
  {
    name: 'suspend: after activeUntil',
    jobs: [desiredJob('orders', { settings: { activeUntil: '2025-05-01T00:00:00Z' } })],
    live: [liveOf(base)],
    records: { orders: record(base) },
    now: NOW,
    expect: { action: 'suspend', causes: ['schedule'], reason: /active until/ },
  },
  {
    name: 'inside the window: runs',
    jobs: [
      desiredJob('orders', {
        settings: { activeFrom: '2025-05-01T00:00:00Z', activeUntil: '2025-07-01T00:00:00Z' },
      }),
    ],
    live: [liveOf(base)],
    records: { orders: record(base) },
    now: NOW,
    expect: { action: 'none' },
  },
  {
    name: 'a window without a time is not evaluated, and says so',
    jobs: [desiredJob('orders', { settings: { activeUntil: '2025-05-01T00:00:00Z' } })],
    live: [liveOf(base)],
    records: { orders: record(base) },
    expect: { action: 'none', diags: ['FO615'] },
  },
  {
    name: 'resume from the store’s last restorable savepoint',
    jobs: [base],
    live: [liveOf(base, { state: 'FINISHED' })],
    records: {
      orders: record(base, {
        status: 'suspended',
        savepoints: [
          savepoint('s3://sp/1', { time: '2025-04-01T00:00:00Z' }),
          savepoint('s3://sp/2', { time: '2025-05-01T00:00:00Z' }),
          savepoint('s3://sp/3', { time: '2025-05-02T00:00:00Z', disposed: true }),
        ],
      }),
    },
    expect: { action: 'resume', restoreFrom: 's3://sp/2', causes: ['setting'] },
  },
  {
    // Real Flink 2.2: a job redeployed from restoreFrom P1, then suspended (savepoint P2), was
    // resumed from P1 — the state and Kafka offsets between P1 and the suspend were lost, and a
    // schedule's daily resume would rewind it again every morning.
    name: 'resume from the suspend savepoint once the pinned one was deployed',
    jobs: [desiredJob('orders', { settings: { restoreFrom: 's3://sp/pinned' } })],
    live: [liveOf(base, { state: 'FINISHED' })],
    records: {
      orders: record(base, {
        status: 'suspended',
        current: deployed(desiredJob('orders', { settings: { restoreFrom: 's3://sp/pinned' } })),
        savepoints: [savepoint('s3://sp/suspend', { time: '2025-05-01T00:00:00Z' })],
      }),
    },
    expect: { action: 'resume', restoreFrom: 's3://sp/suspend', reason: /its last savepoint/ },
  },
  {
    name: 'resume from a restoreFrom pinned since the last deployment',
    jobs: [desiredJob('orders', { settings: { restoreFrom: 's3://sp/pinned' } })],
    live: [liveOf(base, { state: 'FINISHED' })],
    records: {
      orders: record(base, {
        status: 'suspended',
        savepoints: [savepoint('s3://sp/suspend', { time: '2025-05-01T00:00:00Z' })],
      }),
    },
    expect: { action: 'resume', restoreFrom: 's3://sp/pinned', reason: /the pinned savepoint/ },
  },
  {
    name: 'resume with nothing to restore warns',
    jobs: [base],
    live: [],
    records: { orders: record(base, { status: 'suspended' }) },
    expect: { action: 'resume', diags: ['FO614'], reason: /starts without state/ },
  },
  {
    name: 'resume after a suspend whose stop was interrupted: its savepoint is looked for first (FO616), no FO614',
    jobs: [base],
    live: [],
    records: {
      orders: record(base, {
        status: 'suspended',
        pending: INTERRUPTED_STOP,
      }),
    },
    expect: { action: 'resume', ...LOOKS_FOR_ITS_SAVEPOINT },
  },
  {
    name: 'recover after an upgrade interrupted during its stop: its savepoint is looked for first (FO616), no FO614',
    jobs: [base],
    live: [liveOf(base, { state: 'FINISHED' })],
    records: {
      orders: record(base, {
        pending: INTERRUPTED_STOP,
      }),
    },
    expect: { action: 'recover', ...LOOKS_FOR_ITS_SAVEPOINT },
  },
  {
    name: 'suspended and still wanted suspended: none (a FINISHED job is fine)',
    jobs: [desiredJob('orders', { settings: { state: 'suspended' } })],
    live: [liveOf(base, { state: 'FINISHED' })],
    records: { orders: record(base, { status: 'suspended' }) },
    expect: { action: 'none', diags: [] },
  },
  {
    name: 'recover a FAILED job from its latest checkpoint',
    jobs: [base],
    live: [
      liveOf(base, {
        state: 'FAILED',
        latestCheckpoint: { path: 's3://ckpt/chk-9', time: Date.parse('2025-05-03T00:00:00Z') },
      }),
    ],
    records: { orders: record(base, { savepoints: [savepoint('s3://sp/old')] }) },
    expect: { action: 'recover', restoreFrom: 's3://ckpt/chk-9', causes: ['cluster'] },
  },
  {
    name: 'recover a CANCELED job from a newer store savepoint',
    jobs: [base],
    live: [
      liveOf(base, {
        state: 'CANCELED',
        latestCheckpoint: { path: 's3://ckpt/chk-1', time: Date.parse('2025-01-01T00:00:00Z') },
      }),
    ],
    records: { orders: record(base, { savepoints: [savepoint('s3://sp/newer')] }) },
    expect: { action: 'recover', restoreFrom: 's3://sp/newer' },
  },
  {
    // Real Flink 1.20, a session cluster started afresh: the store's latest savepoint is gone and
    // the recovery fails (FileNotFoundException). The way out FO614 names is a pinned savepoint.
    name: 'recover from a restoreFrom pinned since the last deployment, not the latest savepoint',
    jobs: [desiredJob('orders', { settings: { restoreFrom: 's3://sp/pinned' } })],
    live: [liveOf(base, { state: 'FAILED' })],
    records: {
      orders: record(base, {
        status: 'failed',
        current: deployed(base, { settings: { config: {} } }),
        savepoints: [savepoint('s3://sp/gone')],
      }),
    },
    expect: { action: 'recover', restoreFrom: 's3://sp/pinned', reason: /the pinned savepoint/ },
  },
  {
    // Real Flink 2.2: page_users cancelled by hand, then pinned to its retained …/chk-37.
    name: 'recover from a pinned retained checkpoint: said as a checkpoint, not a savepoint',
    jobs: [desiredJob('orders', { settings: { restoreFrom: 's3://ckpt/j1/chk-37' } })],
    live: [liveOf(base, { state: 'CANCELED' })],
    records: {
      orders: record(base, {
        status: 'running',
        current: deployed(base, { settings: { config: {} } }),
        savepoints: [],
      }),
    },
    expect: {
      action: 'recover',
      restoreFrom: 's3://ckpt/j1/chk-37',
      reason: /restart from the pinned checkpoint$/,
    },
  },
  {
    name: 'recover from the latest savepoint once the pinned one was deployed',
    jobs: [desiredJob('orders', { settings: { restoreFrom: 's3://sp/pinned' } })],
    live: [liveOf(base, { state: 'CANCELED' })],
    records: {
      orders: record(base, {
        current: deployed(desiredJob('orders', { settings: { restoreFrom: 's3://sp/pinned' } })),
        savepoints: [savepoint('s3://sp/newer')],
      }),
    },
    expect: { action: 'recover', restoreFrom: 's3://sp/newer', reason: /its latest savepoint/ },
  },
  {
    // Real Flink 2.2: a renamed job created from the old name's final savepoint (restoreFrom) waited
    // for task slots and failed before it ran. Its recovery restarted it empty ("no known state",
    // FO614 advising the restoreFrom that was already there): the savepoint it was started from,
    // still its state as Flink's own failover would restore it, is its restore point.
    name: 'recover a job whose first start from a pinned savepoint failed before it checkpointed',
    jobs: [desiredJob('orders', { settings: { restoreFrom: 's3://sp/old-name-final' } })],
    live: [liveOf(base, { state: 'FAILED' })],
    records: {
      orders: record(base, {
        status: 'failed',
        current: deployed(desiredJob('orders', { settings: { restoreFrom: 's3://sp/old-name-final' } }), {
          restoredFrom: 's3://sp/old-name-final',
          deployedAt: '2025-05-02T00:00:00Z',
        }),
        savepoints: [savepoint('s3://sp/older')],
      }),
    },
    expect: {
      action: 'recover',
      restoreFrom: 's3://sp/old-name-final',
      reason: /its latest savepoint/,
      diags: [],
    },
  },
  {
    name: 'recover of a job recorded failed whose last start restored a retained checkpoint: said as a checkpoint',
    jobs: [base],
    live: [liveOf(base, { state: 'FAILED' })],
    records: {
      orders: record(base, {
        status: 'failed',
        current: deployed(base, {
          restoredFrom: 'file:/cp/0123/chk-10',
          deployedAt: '2025-05-02T00:00:00Z',
        }),
        savepoints: [savepoint('s3://sp/older')],
      }),
    },
    expect: {
      action: 'recover',
      restoreFrom: 'file:/cp/0123/chk-10',
      reason: /^recorded as failed by an earlier apply: restart from its latest checkpoint$/,
    },
  },
  {
    name: 'recover without state when the savepoint the version was started from was disposed of',
    jobs: [base],
    live: [liveOf(base, { state: 'CANCELED' })],
    records: {
      orders: record(base, {
        status: 'running',
        current: deployed(base, { restoredFrom: 's3://sp/start', deployedAt: '2025-05-02T00:00:00Z' }),
        savepoints: [savepoint('s3://sp/start', { disposed: true })],
      }),
    },
    expect: { action: 'recover', reason: /no known state/, diags: ['FO614'] },
  },
  {
    name: 'recover a job that vanished from the cluster',
    jobs: [base],
    live: [],
    records: { orders: record(base, { savepoints: [savepoint('s3://sp/last')] }) },
    expect: { action: 'recover', restoreFrom: 's3://sp/last', reason: /vanished/, diags: ['FO659'] },
  },
  {
    name: 'drift: labels do not match the store, planned back with an upgrade',
    jobs: [base],
    live: [liveOf(base, { specHash: 'edited-by-hand' })],
    records: { orders: record(base) },
    expect: { action: 'upgrade', strategy: 'savepoint', causes: ['drift'], diags: ['FO612'] },
  },
  {
    name: 'an apply killed during its submit: the job it started is not "changed outside flinkops" (FO616, no FO612)',
    jobs: [newQuery],
    live: [liveOf(newQuery)],
    records: {
      orders: record(base, {
        pending: { kind: 'submit', specHash: newQuery.restartHash, startedAt: '2025-05-01T00:00:00Z' },
      }),
    },
    expect: {
      action: 'none',
      causes: ['state'],
      diags: ['FO616'],
      reason: /started by an interrupted apply: apply records it and finishes its health check/,
    },
  },
  {
    name: 'adopt: a running job with the managed name and no labels',
    jobs: [base],
    live: [liveJob('orders', { specHash: null })],
    expect: { action: 'adopt', reason: /cannot be known/, diags: ['FO613'] },
  },
  {
    name: 'adopt a job whose script the store knows',
    jobs: [base],
    live: [liveJob('orders', { specHash: null })],
    records: { orders: record(base) },
    expect: {
      action: 'adopt',
      reason: /^runs without flinkops labels: taken over, not restarted$/,
      diags: [],
    },
  },
  {
    // Real Flink 2.2: the job flinkops started stopped with a savepoint by hand (FINISHED), and the
    // query submitted again through the SQL Gateway with another checkpoint interval, no labels.
    name: 'a job flinkops deployed, replaced by hand with an unlabelled one, is adopted with FO638',
    jobs: [base],
    live: [
      liveJob('orders', { specHash: null, startTime: 1_700_000_100_000 }),
      liveOf(base, { jobId: jobId('orders:0'), state: 'FINISHED' }),
    ],
    records: { orders: record(base) },
    expect: { action: 'adopt', reason: /taken over, not restarted/, diags: ['FO638'] },
  },
  {
    // Real Flink 2.2: adopted at its own parallelism, rescaled by the next apply; the plan said "2 → 4".
    name: 'adopt a job that runs at another parallelism than the repository says: the rescale is for the next apply',
    jobs: [base],
    live: [liveJob('orders', { specHash: null, parallelism: base.settings.parallelism + 2 })],
    records: { orders: record(base) },
    expect: {
      action: 'adopt',
      reason: new RegExp(
        `; it runs at parallelism ${base.settings.parallelism + 2}: the repository's ${base.settings.parallelism} is a rescale of the next apply$`,
      ),
      diags: [],
    },
  },
  {
    name: 'an initialising job without labels is left alone',
    jobs: [base],
    live: [liveJob('orders', { specHash: null, state: 'INITIALIZING' })],
    expect: { action: 'none', diags: ['FO618'] },
  },
  {
    name: 'duplicate running instances: error, no action',
    jobs: [base],
    live: [liveOf(base, { jobId: jobId('a') }), liveOf(base, { jobId: jobId('b'), state: 'RESTARTING' })],
    records: { orders: record(base) },
    expect: { action: 'none', diags: ['FO610'] },
  },
  {
    name: 'delete refused without --allow-delete',
    jobs: [],
    live: [liveOf(base)],
    records: { orders: record(base) },
    expect: { action: 'delete', refused: true, diags: ['FO611'] },
  },
  {
    name: 'delete allowed by --allow-delete',
    jobs: [],
    live: [liveOf(base)],
    records: { orders: record(base) },
    allowDelete: true,
    expect: {
      action: 'delete',
      refused: false,
      reason: /final savepoint \(allowed by --allow-delete\)/,
      diags: [],
    },
  },
  {
    // The store's script does not say batch (an adopted run), Flink's job-type does: no savepoint asked.
    name: 'delete a running batch job Flink reports as BATCH: its run is cancelled',
    jobs: [],
    live: [{ ...liveOf(base), batch: true }],
    records: { orders: record(base) },
    allowDelete: true,
    expect: {
      action: 'delete',
      refused: false,
      reason: /^removed from the repo: cancel its batch run \(a batch job keeps no savepoint\)/,
      diags: [],
    },
  },
  {
    name: 'delete allowed by the recorded deletionPolicy',
    jobs: [],
    live: [liveOf(base)],
    records: { orders: record(base, { deletionPolicy: 'delete' }) },
    expect: { action: 'delete', refused: false, reason: /deletionPolicy: delete/ },
  },
  {
    name: 'delete a suspended job: nothing to stop, the record is retired',
    jobs: [],
    live: [],
    records: { orders: record(base, { status: 'suspended' }) },
    allowDelete: true,
    expect: { action: 'delete', reason: /not running \(suspended\)/ },
  },
  {
    // A create an older flinkops recorded as running though it failed; or a cluster that forgot its jobs.
    name: 'delete a job recorded as running that the cluster has no job of: said so, not "not running (running)"',
    jobs: [],
    live: [],
    records: { orders: record(base, { current: undefined }) },
    allowDelete: true,
    expect: {
      action: 'delete',
      reason:
        /^removed from the repo; not on the cluster, though recorded as running: its record is retired \(allowed by --allow-delete\)$/,
    },
  },
];

describe('diff: one action per job', () => {
  it.each(cases)('$name', (c) => {
    const plan = diff(
      desiredState(c.jobs),
      liveState(c.live, c.liveOpts),
      { doc: stateDoc(c.records ?? {}), version: 3 },
      { allowDelete: c.allowDelete ?? false, ...(c.now ? { now: c.now } : {}) },
    );
    const change = plan.changes.find((x) => x.job === (c.expect.job ?? 'orders'));
    expect(change, 'a change for the job').toBeDefined();
    const e = c.expect;
    expect(change!.action).toBe(e.action);
    if (e.strategy) expect(changeMode(change!)).toBe(e.strategy);
    if (e.rescaleMode) expect(changeMode(change!)).toBe(e.rescaleMode);
    if (e.restoreFrom) expect(change!.restoreFrom).toBe(e.restoreFrom);
    if (e.refused !== undefined) expect(change!.refused !== undefined).toBe(e.refused);
    if (e.causes) expect(change!.causes.map((x) => x.kind)).toEqual(e.causes);
    if (e.reason) expect(change!.reason).toMatch(e.reason);
    if (e.diags) expect(plan.diagnostics.map((d) => d.code)).toEqual(e.diags);
    if (change!.action === 'upgrade') expect(change!.compatibility).toBeDefined();
    // The summary counts what apply carries out: a refused change is not in it.
    expect(plan.summary[e.action]).toBe(e.refused ? 0 : 1);
  });
});

describe('diff: deleting a job rescaled in place', () => {
  it('shows the parallelism it runs at, not the one it was submitted with', () => {
    // Real Flink 1.20 (adaptive scheduler): submitted at 2, rescaled in place to 3 by flinkops;
    // /jobs/:id/config still says job-parallelism 2, the upper bounds and the vertices say 3.
    const live = liveOf(base, {
      vertices: [
        { id: 'v1', name: 'Source: orders', parallelism: 3, maxParallelism: 128, upperBound: 3 },
        { id: 'v2', name: 'Sink: orders_out', parallelism: 3, maxParallelism: 128, upperBound: 3 },
      ],
    });
    const plan = diff(
      desiredState([]),
      liveState([live], { adaptiveScheduler: true, flinkVersion: '1.20.3' }),
      {
        doc: stateDoc({
          orders: record(base, { current: deployed(base, { jobId: live.jobId, parallelism: 3 }) }),
        }),
        version: 3,
      },
      { allowDelete: true },
    );
    expect(plan.changes[0]).toMatchObject({ action: 'delete', from: { parallelism: 3 } });
  });
});

describe('diff: the job an apply killed during its submit started (FO616)', () => {
  it('is work for apply: its health check is unfinished, and the summary counts it', () => {
    const plan = diff(
      desiredState([newQuery]),
      liveState([liveOf(newQuery)]),
      {
        doc: stateDoc({
          orders: record(base, {
            pending: { kind: 'submit', specHash: newQuery.restartHash, startedAt: '2025-05-01T00:00:00Z' },
          }),
        }),
        version: 3,
      },
      { allowDelete: false },
    );
    expect(plan.changes[0]).toMatchObject({ action: 'none', verify: { jobId: liveOf(newQuery).jobId } });
    expect(hasChanges(plan)).toBe(true);
    expect(summaryLine(plan)).toBe('Plan: 1 health check to finish.');
  });
});

describe('diff: a recovery with nothing to restore (FO614)', () => {
  it('says that Flink discarded the checkpoints of the job it cancelled', () => {
    // Real Flink 1.20: a job cancelled in the UI without RETAIN_ON_CANCELLATION; its checkpoints are gone.
    const cancelled = liveOf(base, {
      state: 'CANCELED',
      lastCheckpointTime: Date.parse('2025-05-03T00:00:00Z'),
    });
    const plan = diff(
      desiredState([base]),
      liveState([cancelled]),
      {
        doc: stateDoc({
          orders: record(base, {
            current: deployed(base, { jobId: cancelled.jobId, startedWithoutState: true }),
          }),
        }),
        version: 3,
      },
      { allowDelete: false },
    );
    expect(plan.changes[0]).toMatchObject({ action: 'recover', reason: /no known state/ });
    const d = plan.diagnostics.find((x) => x.code === 'FO614')!;
    expect(d.detail).toContain(
      `Job ${cancelled.jobId} completed checkpoints, but Flink discarded them when it ended (CANCELED)`,
    );
    expect(d.detail).toContain('RETAIN_ON_CANCELLATION');
  });

  it('says which retention keeps the checkpoints of a job that failed for good, not that it was cancelled', () => {
    // Flink's CheckpointProperties: NO_EXTERNALIZED_CHECKPOINTS (the default) discards them on failure too;
    // DELETE_ON_CANCELLATION keeps them when the job fails.
    const failed = liveOf(base, { state: 'FAILED', lastCheckpointTime: Date.parse('2025-05-03T00:00:00Z') });
    const plan = diff(
      desiredState([base]),
      liveState([failed]),
      {
        doc: stateDoc({ orders: record(base, { current: deployed(base, { jobId: failed.jobId }) }) }),
        version: 3,
      },
      { allowDelete: false },
    );
    const d = plan.diagnostics.find((x) => x.code === 'FO614')!;
    expect(d.detail).toContain('discarded them when it ended (FAILED): a job that fails for good keeps');
    expect(d.detail).toContain('DELETE_ON_CANCELLATION');
    expect(d.detail).not.toContain('cancelled');
  });
});

describe('diff: a stateful streaming job started without checkpointing (FO742)', () => {
  // As compile gives them: the compiled script's statements analysed.
  const created = (job: ReturnType<typeof desiredJob>) =>
    diff(
      desiredState([{ ...job, statements: analyzeScript(job.script, job.sqlFile).statements }]),
      liveState([]),
      { doc: stateDoc(), version: 1 },
      { allowDelete: false },
    );

  it('warns at its settings that a failure restarts it without its state', () => {
    const plan = created(base);
    const d = plan.diagnostics.filter((x) => x.code === 'FO742');
    expect(d.map((x) => x.summary)).toEqual([
      'Job orders keeps state (aggregation (GROUP BY)) and runs without checkpointing',
    ]);
    expect(d[0]!.detail).toContain(
      'Set execution.checkpointing.interval (e.g. 30 s) in the config of jobs/orders.yaml',
    );
    expect(d[0]!.range?.file).toBe('jobs/orders.yaml');
  });

  it('says nothing of a job that checkpoints, one that keeps no state, or a batch job', () => {
    const checkpoints = desiredJob('orders', {
      script: script('orders_out', DEFAULT_QUERY, {
        sets: ["SET 'execution.checkpointing.interval' = '30 s';"],
      }),
      settings: { config: { 'execution.checkpointing.interval': '30 s' } },
    });
    const stateless = desiredJob('orders', {
      script: script('orders_out', 'SELECT `customer_id`, `amount` AS `total`\nFROM `orders`'),
    });
    const batch = desiredJob('orders', {
      script: script('orders_out', DEFAULT_QUERY, { sets: ["SET 'execution.runtime-mode' = 'batch';"] }),
      settings: { config: { 'execution.runtime-mode': 'batch' } },
    });
    for (const job of [checkpoints, stateless, batch])
      expect(created(job).diagnostics.map((x) => x.code)).not.toContain('FO742');
  });
});

describe('diff: --target and the jobs it leaves out', () => {
  it('says no FO614 of a job left out; the targeted job keeps its own', () => {
    // Both resume without a savepoint; --target payments plans only payments' resume.
    const payments = desiredJob('payments');
    const doc = stateDoc({
      orders: record(base, { status: 'suspended' }),
      payments: record(payments, { status: 'suspended' }),
    });
    const whole = diff(
      desiredState([base, payments]),
      liveState([]),
      { doc, version: 3 },
      { allowDelete: false },
    );
    expect(whole.diagnostics.filter((d) => d.code === 'FO614')).toHaveLength(2);
    const plan = diff(
      desiredState([base, payments]),
      liveState([]),
      { doc, version: 3 },
      { allowDelete: false, target: { jobs: ['payments'] } },
    );
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([['payments', 'resume']]);
    expect(plan.target?.omitted).toEqual([{ job: 'orders', action: 'resume' }]);
    const fo614 = plan.diagnostics.filter((d) => d.code === 'FO614');
    expect(fo614).toHaveLength(1);
    expect(fo614[0]!.summary).toContain('payments');
  });
});

describe('diff: the recovery of a job that never ran', () => {
  // Real Flink 1.20.3: 30 jobs created on 16 task slots; 14 went CREATED → FAILED
  // (NoResourceAvailableException) without ever running. Each was planned for recovery with FO614
  // "It starts without state", which reads as state lost: a job that never ran had none.
  const plan = (failed: LiveJob) =>
    diff(
      desiredState([base]),
      liveState([failed]),
      {
        doc: stateDoc({
          orders: record(base, { status: 'failed', current: deployed(base, { jobId: failed.jobId }) }),
        }),
        version: 3,
      },
      { allowDelete: false },
    );

  it('starts it again without FO614', () => {
    const p = plan(liveOf(base, { state: 'FAILED' }));
    expect(p.changes[0]).toMatchObject({
      action: 'recover',
      reason: /it never ran, so it has no state to restore/,
    });
    expect(p.diagnostics.map((d) => d.code)).not.toContain('FO614');
  });

  // Real Flink 1.20.3, default scheduler, 3 slots all taken: a new job showed RUNNING (timestamps.RUNNING
  // set) with its tasks SCHEDULED for 4 minutes, failed them (NoResourceAvailableException) and was
  // cancelled by the apply's health check; every vertex's start-time was -1. The next plan said FO614.
  it('starts one the default scheduler showed RUNNING with its tasks never deployed again without FO614', () => {
    const ended = liveOf(base, { state: 'CANCELED', runningSince: 1_000, tasksNeverDeployed: true });
    const p = plan(ended);
    expect(p.changes[0]).toMatchObject({
      action: 'recover',
      reason: /it never ran, so it has no state to restore/,
    });
    expect(p.diagnostics.map((d) => d.code)).not.toContain('FO614');
    // Its tasks ran: its state (none checkpointed) is lost, and FO614 says so.
    const ran = plan(liveOf(base, { state: 'CANCELED', runningSince: 1_000 }));
    expect(ran.diagnostics.map((d) => d.code)).toContain('FO614');
  });

  // Real Flink 1.20.3 (adaptive scheduler): four jobs that ran 2 minutes lost their TaskManager and
  // FAILED 5 minutes later (NoResourceAvailableException). GET /jobs/:id showed RUNNING 0 and
  // /checkpoints 0 completed, while one kept chk-48 (RETAIN_ON_CANCELLATION) on disk. The plan said
  // "it never ran" of those without a savepoint, and recovered the others from an older savepoint,
  // both without a word.
  it('says FO614 and FO659 of one the store recorded stable, though Flink shows no RUNNING time', () => {
    const failed = liveOf(base, { state: 'FAILED' });
    const stable = deployed(base, { jobId: failed.jobId });
    const doc = (o: Partial<JobRecord>) => ({
      doc: stateDoc({
        orders: record(base, { status: 'running', current: stable, lastStable: stable, ...o }),
      }),
      version: 3,
    });
    const none = diff(desiredState([base]), liveState([failed]), doc({}), { allowDelete: false });
    expect(none.changes[0]).toMatchObject({ action: 'recover', reason: /no known state/ });
    expect(none.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['FO614', 'FO659']));
    const older = diff(
      desiredState([base]),
      liveState([failed]),
      doc({ savepoints: [savepoint('s3://sp/orders-1')] }),
      { allowDelete: false },
    );
    expect(older.changes[0]).toMatchObject({ action: 'recover', restoreFrom: 's3://sp/orders-1' });
    const warned = older.diagnostics.find((d) => d.code === 'FO659')!;
    expect(warned.summary).toMatch(
      /^Job orders ended FAILED with no checkpoint Flink shows: it is recovered from its savepoint/,
    );
    expect(warned.detail).toContain(`<checkpoint directory>/${failed.jobId}/chk-<n>`);
    // Real 2.2.0: the same answer for a job whose restart failed on its checkpoint directory (a
    // file in its place), which lost no TaskManager: the cause is Flink's to say, not guessed.
    expect(warned.detail).toContain('a job that failed between two runs from a graph it never built');
    expect(warned.detail).toContain('Its exceptions in the Flink UI say which.');
  });

  it('still says FO614 of one that ran (Flink has a RUNNING time for it)', () => {
    const p = plan(liveOf(base, { state: 'FAILED', runningSince: Date.parse('2025-05-02T00:00:00Z') }));
    expect(p.changes[0]).toMatchObject({ action: 'recover', reason: /no known state/ });
    expect(p.diagnostics.map((d) => d.code)).toContain('FO614');
  });
});

describe('diff: a restoreFrom pin retention disposed of (FO604)', () => {
  it("is said for a job created from another job's savepoint", () => {
    const copy = desiredJob('copy', { settings: { restoreFrom: 's3://sp/orders-1' } });
    const plan = diff(
      desiredState([base, copy]),
      liveState([liveOf(base)]),
      {
        doc: stateDoc({
          orders: record(base, {
            savepoints: [savepoint('s3://sp/orders-1', { disposed: true }), savepoint('s3://sp/orders-2')],
          }),
        }),
        version: 3,
      },
      { allowDelete: false },
    );
    expect(plan.changes.find((c) => c.job === 'copy')).toMatchObject({
      action: 'create',
      restoreFrom: 's3://sp/orders-1',
    });
    const d = plan.diagnostics.filter((x) => x.code === 'FO604');
    expect(d).toHaveLength(1);
    expect(d[0]!.detail).toContain('a savepoint of job orders');
  });
});

describe('diff: a job SUSPENDED by the JobManager (HA leader change) is transitional', () => {
  const suspended = liveOf(base, {
    state: 'SUSPENDED',
    latestCheckpoint: { path: 's3://ckpt/chk-7', time: Date.parse('2025-05-03T00:00:00Z') },
  });
  const plan = (
    jobs: DesiredJob[],
    live: LiveJob[],
    records: Record<string, JobRecord>,
    allowDelete = false,
  ) => diff(desiredState(jobs), liveState(live), { doc: stateDoc(records), version: 3 }, { allowDelete });

  it.each([
    ['the store says running', [base], { orders: record(base) }],
    ['the repo changed its query', [newQuery], { orders: record(base) }],
    [
      'the repo wants it suspended',
      [desiredJob('orders', { settings: { state: 'suspended' } })],
      { orders: record(base) },
    ],
    ['the store does not know it', [base], {}],
    ['the store recorded it failed', [base], { orders: record(base, { status: 'failed' }) }],
  ] as const)('is left alone, never recovered or started twice: %s', (_, jobs, records) => {
    const p = plan([...jobs], [suspended], records);
    const change = p.changes.find((c) => c.job === 'orders')!;
    expect(change).toMatchObject({ action: 'none', liveJobId: suspended.jobId, liveState: 'SUSPENDED' });
    expect(change.restoreFrom).toBeUndefined();
    expect(p.diagnostics.map((d) => [d.code, d.severity, d.summary])).toEqual([
      [
        'FO618',
        'info',
        'Job orders is suspended by the JobManager (leader change); plan again once it is recovered',
      ],
    ]);
    expect(p.summary.none).toBe(1);
    // Apply does nothing either: no record sync of a job that is not running yet.
    expect(toSteps(p, desiredState([...jobs]))[0]!.steps).toEqual([]);
  });

  it('is not deleted either while it is SUSPENDED', () => {
    const p = plan([], [suspended], { orders: record(base) }, true);
    expect(p.changes.map((c) => [c.job, c.action])).toEqual([['orders', 'none']]);
    expect(p.diagnostics.map((d) => d.code)).toEqual(['FO618']);
  });

  it('counts as an instance: a second one running beside it is a duplicate', () => {
    const p = plan([base], [liveOf(base, { jobId: jobId('new') }), suspended], { orders: record(base) });
    expect(p.changes[0]!.action).toBe('none');
    expect(p.diagnostics.map((d) => d.code)).toEqual(['FO610']);
  });
});

describe('diff: a job running twice (a copy submitted by hand under its pipeline.name)', () => {
  it('says which instance flinkops deployed and which was started outside it, so the user stops the right one', () => {
    const ours = liveOf(base, { jobId: jobId('ours') });
    const byHand = liveOf(base, {
      jobId: jobId('hand'),
      specHash: null,
      startTime: Date.UTC(2026, 11, 5, 13, 5, 7),
    });
    const plan = diff(
      desiredState([base]),
      liveState([ours, byHand]),
      {
        doc: stateDoc({ orders: record(base, { current: deployed(base, { jobId: ours.jobId }) }) }),
        version: 3,
      },
      { allowDelete: false },
    );
    expect(plan.changes[0]!.action).toBe('none');
    const [d] = plan.diagnostics;
    expect(d!.code).toBe('FO610');
    expect(d!.detail).toContain(
      `${ours.jobId} (RUNNING, started 2023-11-14T22:13:20.000Z, the one flinkops deployed and recorded)`,
    );
    expect(d!.detail).toContain(
      `${byHand.jobId} (RUNNING, started 2026-12-05T13:05:07.000Z, no flinkops labels: started outside flinkops)`,
    );
  });
});

describe('diff: maxParallelism, a restart-needing setting outside the script', () => {
  it('judges an upgrade that changes the key groups of keyed state incompatible', () => {
    const from = desiredJob('orders', { settings: { maxParallelism: 128 } });
    const to = desiredJob('orders', { settings: { maxParallelism: 256 } });
    const plan = diff(
      desiredState([to]),
      liveState([liveOf(from)]),
      {
        doc: stateDoc({
          orders: record(from, {
            current: deployed(from, { settings: { config: {}, maxParallelism: 128 } }),
          }),
        }),
        version: 1,
      },
      { allowDelete: false },
    );
    const change = plan.changes[0]!;
    expect(change.action).toBe('upgrade');
    expect(change.compatibility?.verdict, change.compatibility?.findings.join('\n')).toBe('incompatible');
    expect(change.compatibility?.findings.join('\n')).toMatch(/maxParallelism 128 → 256/);
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['FO617']);
  });
});

describe('diff: the plan as a whole', () => {
  it('is deterministic: same input, deep-equal output, whatever the input order', () => {
    const a = planWithEveryAction();
    const b = planWithEveryAction();
    expect(b).toEqual(a);
    const jobs = [desiredJob('b'), desiredJob('a'), desiredJob('c', { parallelism: 3 })];
    const live = [liveOf(desiredJob('c')), liveOf(desiredJob('a'))];
    const doc = stateDoc({
      a: record(desiredJob('a')),
      c: record(desiredJob('c')),
      z: record(desiredJob('z')),
    });
    const p1 = diff(desiredState(jobs), liveState(live), { doc, version: 1 }, { allowDelete: false });
    const p2 = diff(
      desiredState([...jobs].reverse()),
      liveState([...live].reverse(), { fingerprint: liveState(live).fingerprint }),
      { doc: stateDoc(Object.fromEntries(Object.entries(doc.jobs).reverse())), version: 1 },
      { allowDelete: false },
    );
    expect(p2).toEqual(p1);
    expect(p1.changes.map((c) => c.job)).toEqual(['a', 'b', 'c', 'z']);
  });

  it('does not mutate its inputs', () => {
    const desired = desiredState([newQuery]);
    const live = liveState([liveOf(base)]);
    const doc = stateDoc({ orders: record(base) });
    const before = JSON.stringify([desired, live, doc]);
    diff(desired, live, { doc, version: 1 }, { allowDelete: true, now: NOW });
    expect(JSON.stringify([desired, live, doc])).toBe(before);
  });

  it('copies stateVersion, liveFingerprint and commit; counts every action apply carries out', () => {
    const plan = planWithEveryAction();
    expect(plan.stateVersion).toBe(7);
    expect(plan.commit).toBe('abc1234');
    expect(plan.liveFingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.values(plan.summary).reduce((a, b) => a + b, 0)).toBe(
      plan.changes.filter((c) => !c.refused).length,
    );
    for (const kind of [
      'create',
      'upgrade',
      'rescale',
      'suspend',
      'resume',
      'recover',
      'delete',
      'adopt',
      'none',
    ] as const) {
      expect(plan.summary[kind], kind).toBeGreaterThan(0);
    }
  });

  it('no changes anywhere: every job none, no diagnostics', () => {
    const jobs = [desiredJob('a'), desiredJob('b'), desiredJob('c')];
    const plan = diff(
      desiredState(jobs),
      liveState(jobs.map((j) => liveOf(j))),
      { doc: stateDoc(Object.fromEntries(jobs.map((j) => [j.name, record(j)]))), version: 1 },
      { allowDelete: false },
    );
    expect(plan.changes.map((c) => c.action)).toEqual(['none', 'none', 'none']);
    expect(plan.diagnostics).toEqual([]);
    expect(plan.lineage).toEqual({ nodes: [], edges: [] });
    expect(plan.affected).toEqual([]);
  });

  it('names affected tables and draws the lineage of changed jobs', () => {
    const changedSink = script('orders_out', DEFAULT_QUERY, { sinkExtra: "\n  'sink.parallelism' = '4'," });
    const orders = desiredJob('orders', { script: changedSink });
    const other = desiredJob('other');
    const plan = diff(
      desiredState([orders, other]),
      liveState([liveOf(base), liveOf(other)]),
      { doc: stateDoc({ orders: record(base), other: record(other) }), version: 1 },
      { allowDelete: false },
    );
    expect(plan.affected).toEqual([{ kind: 'table', name: 'orders_out', jobs: ['orders'] }]);
    expect(plan.lineage.nodes.map((n) => [n.id, n.changed])).toEqual([
      ['job:orders', true],
      ['table:orders', false],
      ['table:orders_out', true],
    ]);
    expect(plan.lineage.edges).toEqual([
      { from: 'job:orders', to: 'table:orders_out' },
      { from: 'table:orders', to: 'job:orders' },
    ]);
    const change = plan.changes.find((c) => c.job === 'orders')!;
    expect(change.sqlDiff).toContain("+  'sink.parallelism' = '4',");
    expect(change.compatibility?.verdict).toBe('compatible');
  });

  it('offline: plans from the store alone, never recovers or adopts', () => {
    const plan = diff(
      desiredState([newQuery, desiredJob('scaled', { parallelism: 4 }), desiredJob('fresh')]),
      liveState([], { observed: false, fingerprint: 'offline' }),
      { doc: stateDoc({ orders: record(base), scaled: record(desiredJob('scaled')) }), version: 2 },
      { allowDelete: false },
    );
    expect(plan.offline).toBe(true);
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([
      ['fresh', 'create'],
      ['orders', 'upgrade'],
      ['scaled', 'rescale'],
    ]);
    expect(plan.changes.every((c) => c.liveState === undefined)).toBe(true);
  });

  it('finished and deleted jobs of the past are not changes', () => {
    const plan = diff(
      desiredState([]),
      liveState([liveOf(base, { state: 'FINISHED' })]),
      { doc: stateDoc({ orders: record(base, { status: 'deleted' }) }), version: 1 },
      { allowDelete: false },
    );
    expect(plan.changes).toEqual([]);
  });
});

describe('diff at scale', () => {
  /** A plan upgrading `n` jobs, and how often the diff read its inputs' jobs (deterministic, unlike a stopwatch). */
  function planAtScale(n: number) {
    const jobs = Array.from({ length: n }, (_, i) => `job_${String(i).padStart(4, '0')}`);
    const old = jobs.map((j) => desiredJob(j));
    const next = jobs.map((j) =>
      desiredJob(j, { script: script(`${j}_out`, DEFAULT_QUERY.replace('SUM', 'MAX')) }),
    );
    const reads = { n: 0 };
    const counted = <T extends object>(o: T): T =>
      new Proxy(o, {
        get(t, k, r) {
          if (typeof k === 'string') reads.n++;
          return Reflect.get(t, k, r);
        },
      });
    const desired = desiredState(next);
    const live = liveState(old.map((j) => liveOf(j)));
    const doc = stateDoc(Object.fromEntries(old.map((j) => [j.name, record(j)])));
    const plan = diff(
      { ...desired, jobs: counted(desired.jobs) },
      { ...live, jobs: counted(live.jobs) },
      { doc: { ...doc, jobs: counted(doc.jobs) }, version: 1 },
      { allowDelete: false },
    );
    return { plan, reads: reads.n };
  }

  it('plans 1,000 changed jobs with work linear in the jobs (no job looked up by a scan per job)', () => {
    const small = planAtScale(250);
    const large = planAtScale(1000);
    expect(large.plan.summary.upgrade).toBe(1000);
    expect(small.plan.summary.upgrade).toBe(250);
    // Four times the jobs, about four times the reads; a lookup by scanning per job would be 16.
    expect(large.reads).toBeLessThanOrEqual(5 * small.reads);
  });
});

describe('diff: a job a JobManager restart (no high availability) forgot during its stop', () => {
  const jid = jobId('orders:0');
  const plan = () =>
    diff(
      desiredState([base]),
      liveState([]),
      {
        doc: stateDoc({
          orders: record(base, {
            savepoints: [savepoint('s3://sp/last')],
            pending: { ...INTERRUPTED_STOP, jobId: jid },
          }),
        }),
        version: 3,
      },
      { allowDelete: false },
    );

  it('says where a savepoint that completed is kept, and does not promise that apply finds it', () => {
    const p = plan();
    expect(p.changes[0]).toMatchObject({ action: 'recover', restoreFrom: 's3://sp/last' });
    expect(p.diagnostics.map((d) => d.code)).toEqual(['FO616', 'FO659']);
    const [pending, vanished] = p.diagnostics;
    expect(pending!.detail).not.toContain('no savepoint is lost');
    expect(pending!.detail).toContain(`The JobManager no longer knows job ${jid}`);
    expect(vanished!.summary).toBe(
      'Job orders vanished from the cluster: it is recovered from its savepoint of 2025-05-01T00:00:00Z (s3://sp/last), and newer state may be on disk only',
    );
    expect(vanished!.detail).toContain(`a folder savepoint-${jid.slice(0, 6)}-… holding a _metadata file`);
    expect(vanished!.detail).toContain(`<checkpoint directory>/${jid}/chk-<n>`);
    expect(vanished!.detail).toContain('set restoreFrom: <its path> in jobs/orders.yaml');
  });

  it('is not said once the repository pins a restore point', () => {
    const pinned = desiredJob('orders', { settings: { restoreFrom: 's3://sp/found' } });
    const p = diff(
      desiredState([pinned]),
      liveState([]),
      { doc: stateDoc({ orders: record(base, { savepoints: [savepoint('s3://sp/last')] }) }), version: 3 },
      { allowDelete: false },
    );
    expect(p.changes[0]).toMatchObject({ action: 'recover', restoreFrom: 's3://sp/found' });
    expect(p.diagnostics.map((d) => d.code)).not.toContain('FO659');
  });
});

describe('diff: a run Flink reports as a batch job (job-type BATCH)', () => {
  it('is run again at a new parallelism, not rescaled, though neither script says batch', () => {
    const plan = diff(
      desiredState([desiredJob('orders', { parallelism: 4 })]),
      liveState([{ ...liveOf(base), batch: true }]),
      { doc: stateDoc({ orders: record(base) }), version: 3 },
      { allowDelete: false, commit: 'c0ffee', now: NOW },
    );
    expect(plan.changes.map((c) => [c.action, c.action === 'upgrade' ? c.strategy : '', c.reason])).toEqual([
      ['upgrade', 'stateless', 'parallelism 2 → 4: the batch run is cancelled and runs again'],
    ]);
  });

  it('is cancelled for a new script, not stopped with a savepoint Flink cannot take', () => {
    // The repository's new version is a streaming job (no batch mode in its settings), the run
    // still going is the old batch one: Flink refuses a savepoint of it.
    const plan = diff(
      desiredState([desiredJob('orders', { script: script('orders_out_v2') })]),
      liveState([{ ...liveOf(base), batch: true }]),
      { doc: stateDoc({ orders: record(base) }), version: 3 },
      { allowDelete: false, commit: 'c0ffee', now: NOW },
    );
    expect(plan.changes.map((c) => [c.action, c.action === 'upgrade' ? c.strategy : ''])).toEqual([
      ['upgrade', 'stateless'],
    ]);
    expect(plan.changes[0]).not.toHaveProperty('compatibility');
    expect(plan.changes[0]!.reason).toMatch(
      /: the batch run is cancelled \(Flink takes no savepoint of it\) and the new version starts$/,
    );
  });
});

describe('diff: every recorded job vanished from a cluster that runs another environment’s jobs (FO682)', () => {
  const other = desiredJob('payments');
  const doc = () => ({ doc: stateDoc({ orders: record(base) }), version: 3 });
  const siblings = [{ env: 'staging', names: ['shop.staging.orders', 'shop.staging.payments'] }];

  it('warns that the endpoints may be the other environment’s, and still plans the recovery', () => {
    const p = diff(desiredState([base]), liveState([], { siblings }), doc(), { allowDelete: false });
    expect(p.changes[0]).toMatchObject({ action: 'recover' });
    const d = p.diagnostics.filter((x) => x.code === 'FO682');
    expect(d).toHaveLength(1);
    expect(d[0]!.summary).toBe(
      "The cluster of environment prod runs environment staging's jobs (shop.staging.orders, shop.staging.payments) and none of the job the state store records running for prod (orders)",
    );
    expect(d[0]!.detail).toContain('twice, writing the same sinks');
  });

  it('says nothing when the cluster runs one of this environment’s jobs, or no other environment’s', () => {
    const mixed = diff(
      desiredState([base, other]),
      liveState([liveOf(other)], { siblings }),
      { doc: stateDoc({ orders: record(base), payments: record(other) }), version: 3 },
      { allowDelete: false },
    );
    expect(mixed.changes.find((c) => c.job === 'orders')).toMatchObject({ action: 'recover' });
    expect(mixed.diagnostics.map((x) => x.code)).not.toContain('FO682');
    const alone = diff(desiredState([base]), liveState([]), doc(), { allowDelete: false });
    expect(alone.diagnostics.map((x) => x.code)).not.toContain('FO682');
  });
});

describe('diff: recorded jobs gone from a cluster reached through another endpoint (FO739)', () => {
  const other = desiredJob('payments');
  const third = desiredJob('refunds');
  const startedAt = (job: DesiredJob, endpoint?: string): JobRecord => {
    const r = record(job);
    return endpoint ? { ...r, current: { ...r.current!, endpoint } } : r;
  };
  const codes = (p: { diagnostics: { code: string }[] }) => p.diagnostics.map((d) => d.code);

  it('names the jobs started elsewhere, and still plans their recovery', () => {
    const doc = stateDoc({
      orders: startedAt(base, 'aaaaaaaaaaaaaaaa'),
      payments: startedAt(other, 'aaaaaaaaaaaaaaaa'),
      // Recorded before the endpoint was: not judged.
      refunds: startedAt(third),
    });
    const p = diff(
      desiredState([base, other, third]),
      liveState([], { endpoint: 'bbbbbbbbbbbbbbbb' }),
      { doc, version: 3 },
      { allowDelete: false },
    );
    expect(p.changes.map((c) => c.action)).toEqual(['recover', 'recover', 'recover']);
    const d = p.diagnostics.filter((x) => x.code === 'FO739');
    expect(d.map((x) => x.summary)).toEqual([
      '2 jobs recorded running for environment prod (orders, payments) are gone from its cluster and were started through another JobManager endpoint than this plan reached',
    ]);
    // The same endpoint (a restart at the cluster's own address), or one the store does not know: nothing.
    const same = diff(
      desiredState([base]),
      liveState([], { endpoint: 'aaaaaaaaaaaaaaaa' }),
      {
        doc: stateDoc({ orders: startedAt(base, 'aaaaaaaaaaaaaaaa') }),
        version: 3,
      },
      { allowDelete: false },
    );
    expect(codes(same)).not.toContain('FO739');
    const unknown = diff(
      desiredState([base]),
      liveState([]),
      {
        doc: stateDoc({ orders: startedAt(base, 'aaaaaaaaaaaaaaaa') }),
        version: 3,
      },
      { allowDelete: false },
    );
    expect(codes(unknown)).not.toContain('FO739');
  });

  it('leaves it to FO682 when the cluster runs another environment’s jobs', () => {
    const p = diff(
      desiredState([base]),
      liveState([], {
        endpoint: 'bbbbbbbbbbbbbbbb',
        siblings: [{ env: 'staging', names: ['shop.staging.orders'] }],
      }),
      { doc: stateDoc({ orders: startedAt(base, 'aaaaaaaaaaaaaaaa') }), version: 3 },
      { allowDelete: false },
    );
    expect(codes(p)).toContain('FO682');
    expect(codes(p)).not.toContain('FO739');
  });
});
