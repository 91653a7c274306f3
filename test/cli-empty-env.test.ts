/**
 * An empty environment name is no name: `--env "$ENV"` with ENV empty, or a CI variable declared
 * but unset (FLINKOPS_ENV=""), acts as if neither were given, the same way in every command.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
const example = join(ROOT, 'example-repo');
/** A repository with one environment, which a command takes when none is named. */
const single = join(ROOT, 'test/fixtures/repos/valid');

describe('an empty --env or FLINKOPS_ENV', () => {
  it.each([
    ['--env ""', ['--env', ''], {}],
    ['FLINKOPS_ENV=""', [], { FLINKOPS_ENV: '' }],
  ])('%s: compile and validate take every environment, as with none named', async (_what, flag, env) => {
    const none = await cli(['compile', '--dir', example]);
    const empty = await cli(['compile', '--dir', example, ...flag], { env });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe(none.stdout);
    expect(empty.stdout).toContain('===== prod/');
    expect(empty.stdout).toContain('===== staging/');
    const validated = await cli(['validate', '--dir', example, ...flag], { env });
    expect(validated.code).toBe(0);
  });

  it.each([
    ['--env ""', ['--env', ''], {}],
    ['FLINKOPS_ENV=""', [], { FLINKOPS_ENV: '' }],
  ])('%s: plan, graph and status ask for an environment, or take the only one', async (_what, flag, env) => {
    for (const command of [['plan', '--offline'], ['graph'], ['status']]) {
      const several = await cli([...command, '--dir', example, ...flag], { env });
      expect(several.stderr).not.toContain('Unknown environment ""');
      expect(several.stderr).toContain('choose an environment with --env (staging, prod, local)');
      expect(several.code).not.toBe(0);
    }
    const plan = await cli(['plan', '--offline', '--dir', single, ...flag], { env });
    expect(plan.stderr).toBe('');
    expect(plan.stdout).toContain('environment dev');
  });

  it('--env "" leaves FLINKOPS_ENV to name the environment', async () => {
    const r = await cli(['plan', '--offline', '--dir', example, '--env', ''], {
      env: { FLINKOPS_ENV: 'prod' },
    });
    expect(r.stdout).toContain('environment prod');
  });
});
