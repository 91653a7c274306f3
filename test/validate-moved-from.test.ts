/**
 * movedFrom (a job's former name) is checked by validate where the repository alone tells: a job
 * naming itself or a job still in the repository (a chain of renames in one change is one of
 * those) (FO292), two jobs claiming the same former job (FO293), in every environment's
 * resolution of the setting.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobYaml } from './e2e/fixtures';
import { cli, copyRepo } from './ops-cli';

function writeFiles(dir: string, files: Record<string, string | null>): void {
  for (const [name, text] of Object.entries(files)) {
    if (text === null) {
      rmSync(join(dir, name), { force: true });
      continue;
    }
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

const YAML =
  'project: shop\nflinkVersion: "1.20"\nenvironments:\n  prod:\n    jobmanagerUrl: http://jm\n    sqlGatewayUrl: http://gw\n';
const SQL = 'INSERT INTO sink_rows\nSELECT id, v\nFROM events;\n';

async function diags(files: Record<string, string | null>, flinkopsYaml = YAML, codes = ['FO292', 'FO293']) {
  const dir = copyRepo(flinkopsYaml);
  try {
    writeFiles(dir, files);
    const r = await cli(['validate', '--dir', dir, '--json'], dir);
    const all = JSON.parse(r.stdout).diagnostics as {
      code: string;
      summary: string;
      range?: { file: string; start: { line: number } };
    }[];
    return { code: r.code, found: all.filter((d) => codes.includes(d.code)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('movedFrom in validate', () => {
  it('passes a rename whose old job is gone from the repository', async () => {
    const r = await diags({ 'jobs/sales.sql': SQL, 'jobs/sales.yaml': jobYaml(['movedFrom: orders']) });
    expect(r).toEqual({ code: 0, found: [] });
  });

  it('refuses a job naming itself (FO292), at its line', async () => {
    const r = await diags({ 'jobs/copy.yaml': jobYaml(['parallelism: 1', 'movedFrom: copy']) });
    expect(r.code).toBe(1);
    expect(r.found.map((d) => [d.code, d.summary, d.range?.file, d.range?.start.line])).toEqual([
      ['FO292', 'Job copy names itself in movedFrom', 'jobs/copy.yaml', 2],
    ]);
  });

  it('refuses a rename from a job still in the repository, and a chain (FO292)', async () => {
    const r = await diags({
      'jobs/b.sql': SQL,
      'jobs/b.yaml': jobYaml(['movedFrom: copy']),
      'jobs/c.sql': SQL,
      'jobs/c.yaml': jobYaml(['movedFrom: b']),
    });
    expect(r.code).toBe(1);
    expect(r.found.map((d) => d.summary)).toEqual([
      'Job b is renamed from copy (movedFrom), but jobs/copy.sql is still in the repository',
      'Job c is renamed from b (movedFrom), but jobs/b.sql is still in the repository',
    ]);
  });

  it('refuses two jobs claiming the same former job (FO293), also through an environment override', async () => {
    const r = await diags(
      { 'jobs/a.sql': SQL, 'jobs/a.yaml': jobYaml(['movedFrom: gone']), 'jobs/b.sql': SQL },
      `${YAML}    jobs:\n      b:\n        movedFrom: gone\n`,
    );
    expect(r.code).toBe(1);
    expect(r.found.map((d) => [d.code, d.range?.file])).toEqual([
      ['FO293', 'flinkops.yaml'],
      ['FO293', 'jobs/a.yaml'],
    ]);
    expect(r.found[0]!.summary).toBe(
      'Jobs a, b are all renamed from gone (movedFrom) in environment prod: one job only can take its state',
    );
  });

  it('refuses movedFrom under defaults (FO293)', async () => {
    const r = await diags({}, YAML.replace('environments:', 'defaults:\n  movedFrom: old\nenvironments:'));
    expect(r.code).toBe(1);
    expect(r.found.map((d) => [d.code, d.range?.file, d.range?.start.line])).toEqual([
      ['FO293', 'flinkops.yaml', 4],
    ]);
  });

  it('warns at a rename of a protected job whose new name the policy does not list (FO281)', async () => {
    const files = {
      'jobs/sales.sql': SQL,
      'jobs/sales.yaml': jobYaml(['parallelism: 1', 'movedFrom: copy']),
    };
    const policy = (jobs: string) =>
      YAML.replace('environments:', `policy:\n  protectedJobs: [${jobs}]\nenvironments:`);
    // jobs/copy.sql goes with the rename.
    const renamed = { ...files, 'jobs/copy.sql': null, 'jobs/copy.yaml': null };
    const r = await diags(renamed, policy('copy'), ['FO281']);
    expect(r.code).toBe(0);
    expect(r.found.map((d) => [d.code, d.summary, d.range?.file, d.range?.start.line])).toEqual([
      [
        'FO281',
        'Job sales is renamed from copy (movedFrom), which policy.protectedJobs protects, but sales is not listed there',
        'jobs/sales.yaml',
        2,
      ],
    ]);
    expect((await diags(renamed, policy('sales'), ['FO281'])).found).toEqual([]);
  });
});
