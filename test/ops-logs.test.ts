/**
 * The JobManager log tail: fetchJobManagerLog (last lines, secrets masked, never failing),
 * renderFailureDetails, and `flinkops apply` printing the root cause and the log tail when a
 * change fails — end to end against the simulator on a fake clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ApplyReport } from '../src/apply';
import { fetchJobManagerLog, maskSecrets, tailLines } from '../src/engine/logs';
import type { FlinkClient, FlinkResult } from '../src/flink';
import { renderFailureDetails } from '../src/render';
import { APPLY, type Ops, ops, project, write } from './ops-savepoints-support';

const SECRET = 'pr1nt-s3cret-value';

function fakeLog(r: FlinkResult<string>): Pick<FlinkClient, 'getJobManagerLog'> {
  return { getJobManagerLog: async () => r };
}

describe('fetchJobManagerLog', () => {
  it('keeps the last lines and masks every secret value', async () => {
    const text = `${Array.from({ length: 120 }, (_, i) => `line ${i + 1} token=${i % 2 ? SECRET : 'x'}`).join('\n')}\n\n`;
    const tail = await fetchJobManagerLog(fakeLog({ ok: true, value: text }), {
      lines: 50,
      secrets: [SECRET],
    });
    expect(tail.lines).toHaveLength(50);
    expect(tail.lines[0]).toBe('line 71 token=x');
    expect(tail.lines[49]).toBe('line 120 token=***');
    expect(tail.truncated).toBe(true);
    expect(tail.lines.join('\n')).not.toContain(SECRET);
  });

  it("keeps the failed jobs' entries and the warnings, not the other jobs' checkpoint chatter", async () => {
    // Real Flink 1.20, a session cluster running 7 jobs that checkpoint every 10 s: the last 50
    // lines of the JobManager log after a failed upgrade were all other jobs' checkpoints.
    const failed = '6843b60f8c5b8c6b4c28eb678d7f2c8c';
    const other = (i: number) => [
      `2026-12-06 12:47:${String(i).padStart(2, '0')},409 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator    [] - Triggering checkpoint ${i} @ 1796561236409 for job b5ccb890bea4f080fdefe4e384f3e36f.`,
      `2026-12-06 12:47:${String(i).padStart(2, '0')},441 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator    [] - Completed checkpoint ${i} for job b5ccb890bea4f080fdefe4e384f3e36f (27909 bytes).`,
    ];
    const text = [
      ...other(1),
      `2026-12-06 12:46:41,100 INFO  org.apache.flink.runtime.jobmaster.JobMaster                 [] - Restoring job ${failed} from Savepoint 13 @ 0 for ${failed} located at file:/sp/savepoint-7bb1d4.`,
      `2026-12-06 12:46:40,764 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph       [] - Created execution graph 526b2f7535c0a7149344569596089fb7 for job ${failed}.`,
      // A task's lines name the execution graph, not the job.
      '2026-12-06 12:46:44,200 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph       [] - GlobalWindowAggregate[297] -> Calc[298] (1/1) (526b2f7535c0a7149344569596089fb7_57df6b5c78b46bc5e7b8e2b883e729a9_0_0) switched from INITIALIZING to FAILED on 127.0.0.1.',
      'java.lang.RuntimeException: Error while getting state',
      '\tat org.apache.flink.runtime.state.DefaultKeyedStateStore.getState(DefaultKeyedStateStore.java:67)',
      'Caused by: org.apache.flink.util.StateMigrationException: For heap backends, the new state serializer must not be incompatible.',
      `2026-12-06 12:46:44,300 INFO  org.apache.flink.runtime.jobmaster.JobMaster                 [] - Job ${failed} switched from state RUNNING to RESTARTING.`,
      ...Array.from({ length: 30 }, (_, i) => other(i + 2)).flat(),
    ].join('\n');
    const tail = await fetchJobManagerLog(fakeLog({ ok: true, value: text }), {
      lines: 50,
      jobIds: [failed],
    });
    expect(tail.lines[0]).toContain(`Restoring job ${failed}`);
    expect(tail.lines.join('\n')).toContain('Caused by: org.apache.flink.util.StateMigrationException');
    expect(tail.lines.join('\n')).toContain('switched from INITIALIZING to FAILED');
    // Stack frames are left out: the exceptions say what failed.
    expect(tail.lines.join('\n')).not.toContain('DefaultKeyedStateStore.getState');
    expect(tail.lines.at(-1)).toContain(`Job ${failed} switched from state RUNNING to RESTARTING`);
    expect(tail.lines.join('\n')).not.toContain('b5ccb890bea4f080fdefe4e384f3e36f');
    // A log that never names the jobs: the plain tail.
    const none = await fetchJobManagerLog(fakeLog({ ok: true, value: text }), {
      lines: 3,
      jobIds: ['0'.repeat(32)],
    });
    expect(none.lines).toEqual([other(30)[1], ...other(31)]);
  });

  it('masks before cutting long lines, so no part of a secret survives the cut', async () => {
    const line = `${'a'.repeat(15)}${SECRET}`;
    const tail = await fetchJobManagerLog(fakeLog({ ok: true, value: line }), {
      secrets: [SECRET],
      maxLineLength: 20,
    });
    // Cut first, the line would end in `pr1nt`: the start of the secret.
    expect(tail.lines).toEqual([`${'a'.repeat(15)}***`]);
  });

  it('says why there is no log instead of failing', async () => {
    const notFound = await fetchJobManagerLog(
      fakeLog({
        ok: false,
        error: {
          kind: 'http',
          status: 404,
          service: 'jobmanager',
          call: 'GET /jobmanager/log',
          message: 'Not found',
          causes: [],
        },
      }),
    );
    expect(notFound.lines).toEqual([]);
    expect(notFound.unavailable).toContain('log to stdout');
    expect((await fetchJobManagerLog({})).unavailable).toBeDefined();
  });

  it('tailLines and maskSecrets', () => {
    expect(tailLines('a\r\nb\nc\n', 2)).toEqual({ lines: ['b', 'c'], truncated: true });
    expect(tailLines('a\n', 5)).toEqual({ lines: ['a'], truncated: false });
    expect(maskSecrets('abc abcdef', ['abc', 'abcdef'])).toBe('*** ***');
  });
});

describe('renderFailureDetails', () => {
  const report: ApplyReport = {
    changes: [
      { job: 'orders', action: 'create', outcome: 'applied', newJobId: 'a1' },
      {
        job: 'totals',
        action: 'upgrade',
        outcome: 'rolled-back',
        error: 'job b2 is FAILED: IllegalStateException: Failed to rollback to checkpoint/savepoint s1',
      },
    ],
    diags: [],
  };
  it('is empty when nothing failed', () => {
    expect(renderFailureDetails({ changes: [report.changes[0]!], diags: [] }, ['x'])).toBe('');
  });
  it('text: the root cause per failed change, then the log tail', () => {
    expect(renderFailureDetails(report, ['l1 INFO started', 'l2 WARN \x1b[31mboom'])).toBe(
      [
        '',
        'Why it failed:',
        '  ✗ totals (upgrade, rolled-back)',
        '      root cause: job b2 is FAILED: IllegalStateException: Failed to rollback to checkpoint/savepoint s1',
        '',
        'Last 2 lines of the JobManager log:',
        '  l1 INFO started',
        '  l2 WARN \uFFFD[31mboom',
        '',
      ].join('\n'),
    );
  });
  it('markdown: escaped cause, the log in a collapsed fenced block no line can close', () => {
    const md = renderFailureDetails(report, ['```', '<b>x</b>'], { format: 'markdown' });
    expect(md).toContain('- **totals** (upgrade, rolled-back): <code>job b2 is FAILED');
    expect(md).toContain('<details><summary>Last lines of the JobManager log</summary>');
    expect(md).toMatch(/````text\n```\n<b>x<\/b>\n````/);
    expect(renderFailureDetails(report, [], { format: 'markdown', logUnavailable: 'no <file>' })).toContain(
      'JobManager log unavailable: no &#60;file&#62;',
    );
  });
});

let o: Ops | undefined;
afterEach(async () => {
  await o?.close();
  o = undefined;
});

describe('flinkops apply on failure', () => {
  it('prints the root cause and the last JobManager log lines, secrets masked', async () => {
    const sink = [
      'kind: sink',
      'connector: print',
      'columns:',
      '  - { name: customer_id, type: BIGINT }',
      "  - { name: total, type: 'DECIMAL(10, 2)' }",
      'with:',
      '  print-identifier: ${secret.SINK_TOKEN}',
      '',
    ].join('\n');
    // The simulator logs job state changes only; real JobManagers also echo connector
    // configuration (a Kafka client's config dump, say). This client adds such a line.
    o = await ops(project('parallelism: 2\n', { 'tables/order_totals.yaml': sink }), (c) => ({
      ...c,
      getJobManagerLog: async (opts) => {
        const r = await c.getJobManagerLog!(opts);
        return r.ok
          ? {
              ok: true,
              value: `${r.value}2026-01-05 09:00:12,000 WARN  sink options: print-identifier=${SECRET}\n`,
            }
          : r;
      },
    }));
    const env = { FLINKOPS_SECRET_SINK_TOKEN: SECRET };
    const first = await o.run('apply', APPLY, env);
    expect(first.code).toBe(0);

    // A new aggregate whose state has another shape than the savepoint's (SUM → MAX): the new
    // job's tasks fail restoring it, and apply rolls back to the previous version from the same
    // savepoint.
    write(
      o.dir,
      'jobs/totals.sql',
      'INSERT INTO order_totals\nSELECT customer_id, MAX(amount) AS total\nFROM orders\nWHERE amount > 10\nGROUP BY customer_id;\n',
    );
    const r = await o.run('apply', APPLY, env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/totals\s+upgrade\s+rolled-back/);
    expect(r.stdout).toContain('Why it failed:');
    expect(r.stdout).toMatch(/root cause: .*StateMigrationException: The new state serializer/);
    expect(r.stdout).toMatch(/Last \d+ lines of the JobManager log:/);
    expect(r.stdout).toMatch(/Job shop\.dev\.totals \([0-9a-f]{32}\) switched to state (FAILED|RESTARTING)/);
    expect(r.stdout).toContain('print-identifier=***');
    expect(r.stdout + r.stderr).not.toContain(SECRET);

    // --json carries the same tail.
    write(
      o.dir,
      'jobs/totals.sql',
      'INSERT INTO order_totals\nSELECT customer_id, MIN(amount) AS total\nFROM orders\nWHERE amount > 20\nGROUP BY customer_id;\n',
    );
    const j = await o.run('apply', [...APPLY, '--json'], env);
    expect(j.code).toBe(1);
    const out = JSON.parse(j.stdout);
    expect(out.jobmanagerLog.lines.at(-1)).toBe(
      '2026-01-05 09:00:12,000 WARN  sink options: print-identifier=***',
    );
    expect(j.stdout).not.toContain(SECRET);
  });

  it('prints no log when the apply succeeds', async () => {
    o = await ops(project('parallelism: 2\n'));
    const r = await o.run('apply', APPLY);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('JobManager log');
  });
});
