/**
 * `apply --verbose` shows the plan it asks about as `plan --verbose` does, with the full SQL diff
 * of every changed job (without it, the diff's size): a reviewer at the prompt sees what restarts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, localSim, QUICK } from './ops-cli';

describe('apply --verbose', () => {
  const t = localSim();

  it('shows the full SQL diff of a changed job before applying it', async () => {
    const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
    expect(created.code, created.stderr).toBe(0);
    writeFileSync(
      join(t.dir, 'jobs/copy.sql'),
      'INSERT INTO sink_rows\nSELECT id, v\nFROM events\nWHERE v > 0;\n',
    );
    const plain = await cli(['plan', ...t.base], t.dir, t.env);
    expect(plain.stdout).not.toContain('+WHERE v > 0');
    const upgraded = await cli(['apply', ...t.base, ...QUICK, '--verbose'], t.dir, t.env);
    expect(upgraded.code, upgraded.stderr).toBe(0);
    expect(upgraded.stdout).toMatch(/^\s*\+\s*WHERE v > 0;?$/m);
  });
});
