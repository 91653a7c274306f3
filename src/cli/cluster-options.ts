/** Options and ports shared by the commands that talk to a cluster (plan, apply, status, savepoint). */
import { execFileSync } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';
import { systemClock } from '../core/clock';
import type { SecretSource } from '../load';
import { FileStateStore } from '../state';
import type { OptionSpec, ParsedArgs } from './args';
import { intOpt, stringOpt } from './args';
import type { Io } from './io';

export const clusterOptions: OptionSpec = {
  'jobmanager-url': { type: 'string' },
  'sql-gateway-url': { type: 'string' },
  'state-file': { type: 'string' },
  concurrency: { type: 'string' },
};

export const clusterHelp = [
  '  --jobmanager-url URL   JobManager REST endpoint (else FLINKOPS_JOBMANAGER_URL, else flinkops.yaml)',
  '  --sql-gateway-url URL  SQL Gateway REST endpoint (else FLINKOPS_SQL_GATEWAY_URL, else flinkops.yaml)',
  '  --state-file PATH      state store file (default .flinkops/state/<env>.json in the project)',
  '  --concurrency N        cluster requests in flight at once while observing (default 16)',
];

export function endpointOverrides(args: ParsedArgs): { jobmanagerUrl?: string; sqlGatewayUrl?: string } {
  const jm = stringOpt(args, 'jobmanager-url');
  const gw = stringOpt(args, 'sql-gateway-url');
  return { ...(jm ? { jobmanagerUrl: jm } : {}), ...(gw ? { sqlGatewayUrl: gw } : {}) };
}

export function fileStore(args: ParsedArgs, io: Io, dir: string) {
  const path = stringOpt(args, 'state-file') ?? io.env.FLINKOPS_STATE_FILE;
  return (project: string, env: string) =>
    new FileStateStore({
      dir,
      project,
      env,
      clock: systemClock,
      ...(path ? { path: isAbsolute(path) ? path : resolve(io.cwd, path) } : {}),
    });
}

export function concurrency(args: ParsedArgs): number {
  return intOpt(args, 'concurrency', 16);
}

/**
 * `${secret.NAME}` at apply time: FLINKOPS_SECRET_NAME, else NAME, from the process environment
 * (in GitHub Actions, map repository secrets into the step's env).
 */
export function secretSource(io: Io): SecretSource {
  return (name) => io.env[`FLINKOPS_SECRET_${name}`] ?? io.env[name];
}

/** The commit being planned: --commit, GITHUB_SHA, else `git rev-parse HEAD` in the project. */
export function currentCommit(args: ParsedArgs, io: Io, dir: string): string | undefined {
  const given = stringOpt(args, 'commit') ?? io.env.GITHUB_SHA;
  if (given) return given;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

/** Progress lines on stderr (dim on a TTY), so stdout stays clean for --json. */
export function progressPrinter(io: Io, quiet: boolean): (message: string) => void {
  if (quiet) return () => {};
  return (message) => io.stderr(io.color ? `\x1b[2m… ${message}\x1b[22m\n` : `… ${message}\n`);
}
