/**
 * The failure details of an apply in the Action: the root cause and the JobManager log's last
 * lines, with every secret the run knows masked, and a note when the log cannot be read.
 */
import { describe, expect, it } from 'vitest';
import { failureDetails } from '../action/failure-details';
import type { ActionCore } from '../action/ports';
import { SecretMask } from '../action/secrets';
import type { ApplyReport } from '../src/apply';
import type { FlinkClient } from '../src/flink';

const report: ApplyReport = {
  changes: [
    { job: 'enrich_rides', action: 'upgrade', outcome: 'rolled-back', error: 'job FAILED after 2 s' },
  ],
  diags: [],
};
const core = { info: () => {}, setSecret: () => {} } as unknown as ActionCore;

function client(
  log: { ok: true; value: string } | { ok: false; error: { status: number; message: string } },
) {
  return { getJobManagerLog: async () => log } as unknown as FlinkClient;
}

describe('failure details', () => {
  it('shows the root cause and the last log lines, secrets masked', async () => {
    const secrets = new SecretMask(core);
    secrets.add('pw-0123456789');
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`);
    lines.push('ERROR connect failed for jdbc:postgresql://db?password=pw-0123456789');
    const md = await failureDetails({ core, secrets }, client({ ok: true, value: lines.join('\n') }), report);
    expect(md).toContain('#### Why it failed');
    expect(md).toContain('job FAILED after 2 s');
    expect(md).toContain('password=***');
    expect(md).not.toContain('pw-0123456789');
    expect(md).not.toContain('line 50\n'); // only the tail
    expect(md).toContain('line 99');
  });

  it('says why the log is missing', async () => {
    const md = await failureDetails(
      { core, secrets: new SecretMask(core) },
      client({ ok: false, error: { status: 404, message: 'Not Found' } }),
      report,
    );
    expect(md).toMatch(/JobManager log unavailable: the JobManager serves no log file/);
  });
});
