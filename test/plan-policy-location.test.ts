/** A policy that refuses a job's setting (or a job running another maxParallelism) points at that setting in the job's file. */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { warning } from '../src/core/diagnostics';
import { locatePolicySettings } from '../src/engine/policy-location';
import { fileStart } from '../src/load/files';
import { PLAN_CODES } from '../src/plan/codes';
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

  it("is located at the environment's override in flinkops.yaml when that sets it", async () => {
    writeFileSync(
      join(t.repo, 'flinkops.yaml'),
      [
        'project: shop',
        'flinkVersion: "1.20"',
        'environments:',
        '  dev:',
        '    jobmanagerUrl: http://localhost:8081',
        '    sqlGatewayUrl: http://localhost:8083',
        '    jobs:',
        '      totals:',
        '        parallelism: 3',
        'policy:',
        '  maxParallelism: { dev: 1 }',
        '',
      ].join('\n'),
    );
    const plan = await t.plan(join(t.base, 'state.json'));
    expect(plan.stdout + plan.stderr).toMatch(
      /flinkops\.yaml:9:9: error FO623: Job totals has parallelism 3, above the maximum 1 of dev/,
    );
  });

  it('is located at defaults in flinkops.yaml when neither the job nor the environment sets it', async () => {
    writeFileSync(join(t.repo, 'jobs/totals.yaml'), 'description: order totals\n');
    appendFileSync(
      join(t.repo, 'flinkops.yaml'),
      'defaults:\n  parallelism: 4\npolicy:\n  maxParallelism: { dev: 1 }\n',
    );
    const plan = await t.plan(join(t.base, 'state.json'));
    expect(plan.stdout + plan.stderr).toMatch(
      /flinkops\.yaml:8:3: error FO623: Job totals has parallelism 4, above the maximum 1 of dev/,
    );
  });
});

describe('a job that runs with another maxParallelism than its settings say (FO636)', () => {
  it('is located at maxParallelism in the job file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-fo636-'));
    try {
      mkdirSync(join(dir, 'jobs'));
      writeFileSync(
        join(dir, 'jobs/totals.yaml'),
        'description: order totals\nparallelism: 2\nmaxParallelism: 64\n',
      );
      const d = warning(
        PLAN_CODES.maxParallelismDrift,
        'runs with 128',
        'detail',
        fileStart('jobs/totals.yaml'),
      );
      const [located] = locatePolicySettings(dir, [d]);
      expect(located!.range).toMatchObject({ file: 'jobs/totals.yaml', start: { line: 3, column: 1 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
