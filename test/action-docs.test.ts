import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseInputs } from '../action/inputs';
import { ROOT } from './support/action-runner';

const spec = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(spec.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
  });

  it('declares exactly the inputs the Action reads', () => {
    const read = new Set<string>();
    parseInputs((name) => {
      read.add(name);
      return '';
    });
    // Tokens are read (to be masked) by run.ts before parsing, too.
    expect([...read].sort()).toEqual(Object.keys(spec.inputs).sort());
  });

  it('README lists its inputs and outputs (node scripts/action-docs.mjs)', () => {
    expect(() =>
      execFileSync(process.execPath, [join(ROOT, 'scripts/action-docs.mjs'), '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
