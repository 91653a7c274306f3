import { describe, expect, it } from 'vitest';
import type { DesiredJob, DesiredState } from '../compile/model';
import type { JobChange, Plan } from '../plan/model';
import type { StateDoc } from '../state/model';
import { describeSteps } from './describe-steps';
import { type JobSteps, stepsFor, toSteps } from './steps';

const base = { job: 'orders', pipelineName: 'shop.prod.orders', reason: 'r', causes: [] };
const to = { specHash: 'h2', parallelism: 4 };
const running = { liveJobId: 'j1', liveState: 'RUNNING' as const };

const cases: [string, Partial<JobChange>, string[]][] = [
  ['create', { action: 'create', to }, ['submit', 'await-running', 'health-grace', 'record-stable']],
  [
    'savepoint upgrade',
    { action: 'upgrade', strategy: 'savepoint', to, ...running },
    ['stop-with-savepoint', 'record-savepoint', 'submit', 'await-running', 'health-grace', 'record-stable'],
  ],
  [
    'last-state upgrade',
    { action: 'upgrade', strategy: 'last-state', to, ...running },
    ['read-checkpoint', 'cancel', 'submit', 'await-running', 'health-grace', 'record-stable'],
  ],
  [
    'stateless upgrade',
    { action: 'upgrade', strategy: 'stateless', to, ...running },
    ['cancel', 'submit', 'await-running', 'health-grace', 'record-stable'],
  ],
  [
    'in-place rescale',
    { action: 'rescale', rescaleMode: 'in-place', to, ...running },
    ['put-resource-requirements', 'await-parallelism', 'record-rescale'],
  ],
  [
    'savepoint-restart rescale',
    { action: 'rescale', rescaleMode: 'savepoint-restart', to, ...running },
    ['stop-with-savepoint', 'record-savepoint', 'submit', 'await-running', 'health-grace', 'record-stable'],
  ],
  [
    'suspend',
    { action: 'suspend', to, ...running },
    ['stop-with-savepoint', 'record-savepoint', 'record-status'],
  ],
  [
    'suspend of an ended job',
    { action: 'suspend', to, liveJobId: 'j1', liveState: 'FINISHED' },
    ['record-status'],
  ],
  [
    'resume',
    { action: 'resume', to, restoreFrom: 's3://sp/1' },
    ['submit', 'await-running', 'health-grace', 'record-stable'],
  ],
  [
    'recover',
    { action: 'recover', to, liveJobId: 'j1', liveState: 'FAILED' },
    ['submit', 'await-running', 'health-grace', 'record-stable'],
  ],
  ['delete', { action: 'delete', ...running }, ['stop-with-savepoint', 'record-savepoint', 'record-status']],
  [
    'savepoint upgrade of a crash-looping job',
    { action: 'upgrade', strategy: 'savepoint', to, liveJobId: 'j1', liveState: 'RESTARTING' },
    ['stop-by-cancel', 'record-savepoint', 'submit', 'await-running', 'health-grace', 'record-stable'],
  ],
  [
    'suspend of a failing job',
    { action: 'suspend', to, liveJobId: 'j1', liveState: 'FAILING' },
    ['stop-by-cancel', 'record-savepoint', 'record-status'],
  ],
  [
    'delete of an initialising job',
    { action: 'delete', liveJobId: 'j1', liveState: 'INITIALIZING' },
    ['stop-by-cancel', 'record-savepoint', 'record-status'],
  ],
  ['adopt', { action: 'adopt', to, ...running }, ['adopt']],
  ['none, running', { action: 'none', to, ...running }, ['sync-record']],
  ['none, nothing runs', { action: 'none', to }, []],
  [
    'refused delete',
    { action: 'delete', ...running, refused: { code: 'FO611', summary: 'no', detail: 'd' } },
    [],
  ],
];

describe('toSteps: one step list per action', () => {
  it.each(cases)('%s', (_name, change, kinds) => {
    expect(stepsFor({ ...base, ...change } as JobChange, undefined).steps.map((s) => s.kind)).toEqual(kinds);
  });

  it('resolves an interrupted operation first', () => {
    const s = stepsFor({ ...base, action: 'create', to } as JobChange, undefined, true);
    expect(s.steps[0]!.kind).toBe('resolve-pending');
  });

  it('restores an upgrade from the savepoint it takes, a resume from the known one', () => {
    const up = stepsFor(
      { ...base, action: 'upgrade', strategy: 'savepoint', to, ...running } as JobChange,
      undefined,
    );
    expect(up.rollback).toBe(true);
    expect(up.steps.find((s) => s.kind === 'submit')).toMatchObject({
      restore: { kind: 'this-run' },
      parallelism: 4,
    });
    const resume = stepsFor(
      { ...base, action: 'resume', to, restoreFrom: 's3://sp/1' } as JobChange,
      undefined,
    );
    expect(resume.steps[0]).toMatchObject({ restore: { kind: 'path', path: 's3://sp/1' } });
  });

  it("a recover of a version never stable rolls back only while it restores from the stable version's savepoint", () => {
    const sp = (path: string, specHash: string) => ({
      path,
      specHash,
      time: 't',
      triggerId: 'x',
      jobId: 'j0',
      kind: 'upgrade',
    });
    const rec = {
      pipelineName: 'shop.prod.orders',
      status: 'running',
      lastStable: { specHash: 'h1', script: 's', parallelism: 4, jobId: 'j0', deployedAt: 't' },
      savepoints: [sp('s3://sp/upgrade', 'h1'), sp('s3://sp/later', 'h2')],
      history: [],
    };
    const state = { jobs: { orders: rec } } as unknown as StateDoc;
    const desired = { jobs: [] } as unknown as DesiredState;
    const recover = (restoreFrom: string) =>
      toSteps(
        { changes: [{ ...base, action: 'recover', to, restoreFrom } as JobChange] } as Plan,
        desired,
        state,
      )[0]!;
    // The new version failed on its restore: its state is still the stable version's.
    expect(recover('s3://sp/upgrade').rollback).toBe(true);
    // The new version ran and checkpointed since: going back would undo that.
    expect(recover('s3://ckpt/chk-9').rollback).toBe(false);
    expect(recover('s3://sp/later').rollback).toBe(false);
  });

  it('explains the same list the executor walks', () => {
    const jobs: JobSteps[] = [
      stepsFor({ ...base, action: 'upgrade', strategy: 'savepoint', to, ...running } as JobChange, undefined),
      stepsFor({ ...base, job: 'idle', action: 'none', to, ...running } as JobChange, undefined),
      stepsFor(
        {
          ...base,
          job: 'gone',
          action: 'delete',
          refused: { code: 'FO611', summary: 'Deletion refused', detail: '' },
        } as JobChange,
        undefined,
      ),
    ];
    expect(describeSteps(jobs)).toBe(
      [
        'orders: upgrade (savepoint)',
        '  1. stop job j1 with a savepoint (upgrade); record its path at once',
        '  2. note the savepoint in the state store',
        '  3. submit the script (spec h2, parallelism 4) restoring from the savepoint/checkpoint taken above; record it as current',
        '  4. wait until the new job is RUNNING',
        '  5. watch it through the grace period (no restarts; a completed checkpoint if checkpointing is on, else every task running as it ends)',
        '  6. record it as the last stable version',
        '  on failure: cancel the new job and restart the last stable version from the same savepoint',
        'gone: delete refused (Deletion refused); nothing runs',
        '',
      ].join('\n'),
    );
    expect(describeSteps([])).toBe('No changes.\n');
  });
});

describe('--explain shows the stop the run makes', () => {
  it('a job the plan saw RESTARTING is stopped by cancel, its checkpoint recorded first', () => {
    const steps = stepsFor(
      { ...base, action: 'upgrade', strategy: 'savepoint', to, liveJobId: 'j1', liveState: 'RESTARTING' },
      undefined,
    );
    expect(describeSteps([steps]).split('\n')[1]).toBe(
      '  1. stop job j1 by cancel: it is RESTARTING and Flink takes no savepoint of it; record its latest checkpoint first (upgrade)',
    );
  });
});

describe('--explain names what a submission runs', () => {
  it('a job in planMode: compiled runs its compiled plan (EXECUTE PLAN), not the script', () => {
    const change = { ...base, action: 'upgrade', strategy: 'savepoint', to, ...running } as JobChange;
    const job = {
      script: '',
      statements: [],
      settings: { planMode: 'compiled', allowNonRestoredState: false },
    } as unknown as DesiredJob;
    expect(describeSteps([stepsFor(change, job)]).split('\n')[3]).toBe(
      "  3. submit the job's compiled plan (EXECUTE PLAN; spec h2, parallelism 4) restoring from the savepoint/checkpoint taken above; record it as current",
    );
  });
});
