/** Options and ports shared by the commands that talk to a cluster (plan, apply, status, savepoint). */

import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { DesiredState } from '../compile';
import { systemClock } from '../core/clock';
import type { EngineProgress } from '../core/progress';
import type { TlsConfig } from '../flink';
import type { SecretSource } from '../load';
import { describeEngineProgress } from '../render/progress';
import { FileStateStore } from '../state';
import type { OptionSpec, ParsedArgs } from './args';
import { intOpt, stringOpt, UsageError } from './args';
import { headCommit } from './git-head';
import type { Io } from './io';

export const clusterOptions: OptionSpec = {
  'jobmanager-url': { type: 'string' },
  'sql-gateway-url': { type: 'string' },
  'state-file': { type: 'string' },
  concurrency: { type: 'string' },
  'ca-file': { type: 'string' },
  'insecure-skip-verify': { type: 'boolean' },
};

export const clusterHelp = [
  '  --jobmanager-url URL   JobManager REST endpoint (else FLINKOPS_JOBMANAGER_URL, else flinkops.yaml)',
  '  --sql-gateway-url URL  SQL Gateway REST endpoint (else FLINKOPS_SQL_GATEWAY_URL, else flinkops.yaml)',
  '  --state-file PATH      state store file (default .flinkops/state/<env>.json in the project)',
  '  --concurrency N        cluster requests in flight at once while observing (default 16)',
  '  --ca-file PEM          CA certificate(s) the cluster endpoints are signed with (else FLINKOPS_CA_FILE)',
  "  --insecure-skip-verify do not verify the endpoints' TLS certificates (testing only; else",
  '                         FLINKOPS_INSECURE_SKIP_VERIFY=true)',
];

/** The endpoint and TLS lines of `clusterHelp`, for commands that only talk to the cluster (no state store). */
export const endpointHelp = clusterHelp.filter((l) => /gateway|jobmanager|ca-file|insecure/i.test(l));

/** The options of `endpointHelp`: without a state store to read, --state-file and --concurrency are refused, not ignored. */
export const endpointOptions: OptionSpec = Object.fromEntries(
  Object.entries(clusterOptions).filter(([k]) => k !== 'state-file' && k !== 'concurrency'),
);

/** TLS settings for https endpoints: --ca-file / FLINKOPS_CA_FILE, --insecure-skip-verify. */
export function tlsOptions(args: ParsedArgs, io: Io): TlsConfig | undefined {
  const caFile = stringOpt(args, 'ca-file') ?? io.env.FLINKOPS_CA_FILE;
  const skip =
    args.values['insecure-skip-verify'] === true || io.env.FLINKOPS_INSECURE_SKIP_VERIFY === 'true';
  if (!caFile && !skip) return undefined;
  let ca: string | undefined;
  if (caFile) {
    try {
      ca = readFileSync(isAbsolute(caFile) ? caFile : resolve(io.cwd, caFile), 'utf8');
    } catch {
      throw new UsageError(`cannot read the CA file ${caFile}`);
    }
  }
  return { ...(ca ? { ca } : {}), ...(skip ? { insecureSkipVerify: true } : {}) };
}

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

/** The commit being planned: --commit, GITHUB_SHA, else HEAD of the project's repository. */
export function currentCommit(args: ParsedArgs, io: Io, dir: string): string | undefined {
  const given = stringOpt(args, 'commit') ?? io.env.GITHUB_SHA;
  if (given) return given;
  const head = headCommit(dir);
  if (head) return head;
  // Outside any repository git has nothing to say either, unless GIT_DIR points at one.
  if (head === null && io.env.GIT_DIR === undefined) return undefined;
  try {
    // Loaded here, not at start: child_process costs a plan ~1–4 ms to load, and this fallback is rare.
    const { execFileSync } = process.getBuiltinModule('node:child_process');
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: dir,
      env: io.env,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

/** Progress lines on stderr (dim on a TTY), so stdout stays clean for --json. */
export function progressPrinter(io: Io, quiet: boolean): (p: EngineProgress) => void {
  if (quiet) return () => {};
  return (p) => {
    const message = describeEngineProgress(p);
    io.stderr(io.color ? `\x1b[2m… ${message}\x1b[22m\n` : `… ${message}\n`);
  };
}

/**
 * The part of runPlan's options every cluster command builds the same way from its flags:
 * project, environment, endpoints, TLS, secrets, concurrency and the file store.
 */
export function clusterRun(args: ParsedArgs, io: Io, dir: string, env: string) {
  const tls = tlsOptions(args, io);
  return {
    dir,
    env,
    envVars: io.env,
    secrets: secretSource(io),
    endpoints: endpointOverrides(args),
    ...(tls ? { tls } : {}),
    concurrency: concurrency(args),
    store: fileStore(args, io, dir),
    ...(io.interrupt ? { onStop: io.interrupt.onStop } : {}),
  };
}

/** The values of the jobs' `${secret.X}`, to mask: a cluster message or log may echo one. */
export function jobSecretValues(desired: DesiredState | undefined, secrets: SecretSource): string[] {
  const lookup = (n: string) => (typeof secrets === 'function' ? secrets(n) : secrets[n]);
  const names = new Set((desired?.jobs ?? []).flatMap((j) => j.secrets));
  return [...names].map(lookup).filter((v): v is string => v !== undefined && v.length > 0);
}

/** Who holds the state lock: the GitHub actor in Actions, else the local user. */
export function owner(io: Io): string {
  if (io.env.GITHUB_ACTOR)
    return `${io.env.GITHUB_ACTOR} (GitHub Actions run ${io.env.GITHUB_RUN_ID ?? '?'})`;
  try {
    return process.getBuiltinModule('node:os').userInfo().username;
  } catch {
    return 'unknown';
  }
}
