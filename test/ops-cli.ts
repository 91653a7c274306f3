/** Helpers of the ops-* tests: the CLI in-process, and throw-away project directories. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../src/cli/io';
import { runCli } from '../src/cli/main';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
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
    env,
    cwd,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** A copy of a fixture repository (or example-repo) in a fresh temporary directory, with files replaced. */
export function projectCopy(from: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-ops-'));
  cpSync(from, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export const ROOT = join(import.meta.dirname, '..');
