/** Helpers of the ops-* tests: the CLI in-process, and throw-away project directories. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Io } from '../src/cli/io';
import { runCli } from '../src/cli/main';
import { jobYaml, ROWS_BLACKHOLE, SLOW_EVENTS } from './e2e/fixtures';

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

/**
 * A small repository of the e2e fixtures' shape (a slow datagen source, a blackhole sink, job
 * `copy`) in a new folder, with flinkops.yaml as given: project `shop`, one environment.
 */
export function copyRepo(flinkopsYaml: string, dir = mkdtempSync(join(tmpdir(), 'flinkops-ops-'))): string {
  const files: Record<string, string> = {
    'flinkops.yaml': flinkopsYaml,
    'tables/events.yaml': SLOW_EVENTS,
    'tables/sink_rows.yaml': ROWS_BLACKHOLE,
    'jobs/copy.sql': 'INSERT INTO sink_rows\nSELECT id, v\nFROM events;\n',
    'jobs/copy.yaml': jobYaml(['parallelism: 1']),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
