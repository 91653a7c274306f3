/**
 * The README's walkthrough applies example-repo on the simulator from the checkout, which leaves
 * its state store in example-repo/.flinkops (git ignores it). Tests that copy example-repo must not
 * take that store along: `npm test` after the walkthrough planned `recover` where a test expects `create`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectCopy } from './ops-cli';

it('projectCopy leaves out the .flinkops state store of the folder it copies', () => {
  const from = mkdtempSync(join(tmpdir(), 'flinkops-copy-from-'));
  writeFileSync(join(from, 'flinkops.yaml'), 'project: p\n');
  mkdirSync(join(from, '.flinkops', 'state'), { recursive: true });
  writeFileSync(join(from, '.flinkops', 'state', 'staging.json'), '{}');
  const dir = projectCopy(from);
  try {
    expect(existsSync(join(dir, 'flinkops.yaml'))).toBe(true);
    expect(existsSync(join(dir, '.flinkops'))).toBe(false);
  } finally {
    rmSync(from, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
