/**
 * The result of a failed apply in the Action: each failed change once, with whether it was rolled
 * back, its root cause escaped, and the JobManager log's last lines, with every secret the run
 * knows masked, and a note when the log cannot be read.
 */
import { describe, expect, it } from 'vitest';
import { LOG_LINES, logTailOf, MAX_LINE } from '../action/failure-details';
import type { ActionCore } from '../action/ports';
import { renderApplyMarkdown } from '../action/report';
import { SecretMask } from '../action/secrets';
import type { ApplyReport } from '../src/apply';
import { readFailureLog } from '../src/engine/apply-run';
import type { FlinkClient } from '../src/flink';
import { GITHUB_COMMENT_LIMIT } from '../src/render';

const CAUSE = 'job FAILED after 2 s: <img src=x> | broken';
const report: ApplyReport = {
  changes: [
    {
      job: 'enrich_rides',
      action: 'upgrade',
      outcome: 'rolled-back',
      error: CAUSE,
      newJobId: 'a1b2c3',
      savepoint: 's3://sp/savepoint-1',
    },
    { job: 'city_stats', action: 'create', outcome: 'applied', newJobId: 'd4e5f6' },
  ],
  diags: [],
};
const core = { info: () => {}, setSecret: () => {} } as unknown as ActionCore;
const ctx = { project: 'rides', env: 'prod', commit: 'c'.repeat(40) };

/** What the Action shows of the log: the engine reads it (runApply's failureLog), the Action masks it. */
async function jobManagerLogTail(s: { core: ActionCore; secrets: SecretMask }, c: FlinkClient) {
  const tail = await readFailureLog(c, { lines: LOG_LINES, maxLineLength: MAX_LINE }, s.secrets.list());
  return logTailOf(s, tail);
}

function client(
  log: { ok: true; value: string } | { ok: false; error: { status: number; message: string } },
) {
  return { getJobManagerLog: async () => log } as unknown as FlinkClient;
}

describe('the result of a failed apply', () => {
  it('names each failed change once: rolled back or not, its root cause escaped, the log tail masked', async () => {
    const secrets = new SecretMask(core);
    secrets.add('pw-0123456789');
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`);
    lines.push('ERROR connect failed for jdbc:postgresql://db?password=pw-0123456789');
    const log = await jobManagerLogTail({ core, secrets }, client({ ok: true, value: lines.join('\n') }));
    const md = renderApplyMarkdown(report, { ...ctx, log });
    expect(md).toContain('❌ flinkops apply: `rides` / `prod` failed');
    expect(md).toMatch(
      /#### What went wrong\n- \*\*<code>enrich_rides<\/code>\*\* \(upgrade\): rolled back: the previous version runs again as job <code>a1b2c3<\/code>, restored from <code>s3:\/\/sp\/savepoint-1<\/code>\.\n/,
    );
    expect(md).toContain('#### Why it failed');
    expect(md.match(/job FAILED after 2 s/g)).toHaveLength(1);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/ \| broken/);
    expect(md).toContain('password=***');
    expect(md).not.toContain('pw-0123456789');
    expect(md).not.toContain('line 50\n'); // only the tail
    expect(md).toContain('line 99');
  });

  it('says why the log is missing', async () => {
    const log = await jobManagerLogTail(
      { core, secrets: new SecretMask(core) },
      client({ ok: false, error: { status: 404, message: 'Not Found' } }),
    );
    expect(renderApplyMarkdown(report, { ...ctx, log })).toMatch(
      /JobManager log unavailable: the JobManager serves no log file/,
    );
  });

  it('a successful apply has no failure section', () => {
    const ok: ApplyReport = { changes: [report.changes[1]!], diags: [] };
    const md = renderApplyMarkdown(ok, ctx);
    expect(md).toContain('✅ flinkops apply');
    expect(md).toContain('| <code>city_stats</code> | create | ✅ applied | <code>d4e5f6</code> | — |');
    expect(md).not.toContain('Why it failed');
  });

  it('says why a change was skipped (a refused deletion), as the audit commit does', () => {
    const skipped: ApplyReport = {
      changes: [
        { job: 'sums', action: 'delete', outcome: 'skipped', error: 'Deletion of job sums refused' },
        report.changes[1]!,
      ],
      diags: [],
    };
    const md = renderApplyMarkdown(skipped, ctx);
    expect(md).toContain('| <code>sums</code> | delete | ⏭️ skipped: Deletion of job sums refused | — | — |');
  });

  it("fits the pull request comment in GitHub's 65,536 characters: failures first, the rest in the summary", () => {
    const many: ApplyReport = {
      changes: [
        ...Array.from({ length: 900 }, (_, i) => ({
          job: `job_${i}`,
          action: 'create' as const,
          outcome: 'applied' as const,
          newJobId: `${i}`.padStart(32, '0'),
        })),
        {
          job: 'enrich_rides',
          action: 'upgrade',
          outcome: 'rolled-back',
          error: `${CAUSE} ${'x'.repeat(3000)}`,
        },
        { job: 'late_job', action: 'create', outcome: 'failed', error: 'never started' },
      ],
      diags: [],
    };
    const full = renderApplyMarkdown(many, { ...ctx, runUrl: 'https://github.com/a/b/actions/runs/1' });
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    const md = renderApplyMarkdown(
      many,
      { ...ctx, runUrl: 'https://github.com/a/b/actions/runs/1' },
      GITHUB_COMMENT_LIMIT,
    );
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md.split('\n')[0]).toBe(full.split('\n')[0]);
    expect(md).toContain('❌ flinkops apply: `rides` / `prod` failed');
    expect(md).toContain('| <code>enrich_rides</code> | upgrade | ↩️ rolled back |');
    expect(md).toContain('| <code>late_job</code> | create | ❌ failed |');
    expect(md).toContain(
      '_900 more changes (900 applied) not listed here: the job summary of the [workflow run]',
    );
    expect(md).not.toContain('job_0<');

    const failedAll: ApplyReport = {
      changes: Array.from({ length: 3000 }, (_, i) => ({
        job: `job_${i}`,
        action: 'create' as const,
        outcome: 'failed' as const,
        error: `cause ${i}`,
      })),
      diags: [],
    };
    const md2 = renderApplyMarkdown(failedAll, ctx, GITHUB_COMMENT_LIMIT);
    expect(md2.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md2).toContain('| <code>job_0</code> | create | ❌ failed |');
    expect(md2).toMatch(/_\d+ more changes \(0 applied\) not listed here/);
  });
});
