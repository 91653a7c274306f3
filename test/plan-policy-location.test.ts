/** A policy that refuses a job's setting points at that setting in the job's file. */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 10 });

describe('a policy that refuses a setting of a job', () => {
  it('is located at the key in the job file, not at its first line', async () => {
    writeFileSync(
      join(t.repo, 'jobs/totals.yaml'),
      '# The totals job.\ndescription: order totals\nparallelism: 2\n',
    );
    appendFileSync(join(t.repo, 'flinkops.yaml'), 'policy:\n  maxParallelism: { dev: 1 }\n');
    const plan = await t.plan(join(t.base, 'state.json'));
    expect(plan.stdout + plan.stderr).toMatch(
      /jobs\/totals\.yaml:3:1: error FO623: Job totals has parallelism 2, above the maximum 1 of dev/,
    );
  });
});
