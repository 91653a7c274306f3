// An unexpected error (a bug) is printed as it came, but never with a secret's value in it.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/cli/commands', () => ({
  COMMANDS: {
    plan: {
      summary: 'plan',
      load: async () => ({
        help: 'plan',
        run: async () => {
          throw new Error('cannot read jdbc:postgresql://db/app?password=Zq9-pass-word-7 (bug)');
        },
      }),
    },
  },
}));

const { runCli } = await import('../src/cli/main');

async function run(env: Record<string, string>) {
  let stderr = '';
  const code = await runCli(['plan'], {
    stdout: () => {},
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    color: false,
    env,
    cwd: '.',
  });
  return { code, stderr };
}

describe('an internal error', () => {
  it('masks the values of FLINKOPS_SECRET_*, in the message and in the FLINKOPS_DEBUG stack', async () => {
    const r = await run({ FLINKOPS_SECRET_DB_PASSWORD: 'Zq9-pass-word-7', FLINKOPS_DEBUG: '1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'flinkops plan: internal error: cannot read jdbc:postgresql://db/app?password=*** (bug)',
    );
    expect(r.stderr).not.toContain('Zq9');
  });
});
