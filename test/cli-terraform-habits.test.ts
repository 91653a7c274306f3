/**
 * What a Terraform or dbt user types on the first day: `help plan`, `--` before an argument that
 * looks like an option, the commands and options of those tools.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

describe('flinkops CLI: Terraform and dbt habits', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'flinkops-habits-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("'flinkops help plan' prints plan's help, as 'terraform help plan' does", async () => {
    const help = await cli(['help', 'plan']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await cli(['plan', '--help'])).stdout);
    expect(help.stdout).toMatch(/^Usage: flinkops plan /);
    const typo = await cli(['help', 'plna']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain("unknown command 'plna'; did you mean 'plan'?");
  });
});
