/** Runs the CLI in-process with captured output, as a user's terminal (or a pipe) would see it. */

import type { Io } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { requirePinnedClock } from './clock-guard';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(
  argv: string[],
  opts: Partial<Io> & { env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    color: false,
    cwd: process.cwd(),
    ...opts,
    env: { ...opts.env },
  };
  const code = await runCli(argv, io);
  requirePinnedClock(argv, io.cwd, io.env, code);
  return { code, stdout, stderr };
}
