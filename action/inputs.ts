/**
 * The Action's inputs, parsed into typed options. Every bad value is reported at once, each
 * naming the input and what it accepts, before anything touches the cluster or GitHub.
 */
import { parseDurationMs } from '../src/core/duration';
import { IDENTIFIER } from '../src/core/names';

export type Command = 'auto' | 'validate' | 'plan' | 'apply' | 'operate';
export type StateBackend = 'file' | 'git';

export interface ActionOptions {
  command: Command;
  /** The project directory, relative to the repository root ('.' for the root). */
  workingDirectory: string;
  /** Environments to plan/apply, in order; empty = every environment of flinkops.yaml. */
  environments: string[];
  jobmanagerUrl?: string;
  sqlGatewayUrl?: string;
  flinkToken?: string;
  flinkHeaders: Record<string, string>;
  githubToken?: string;
  allowDelete: boolean;
  stateBackend: StateBackend;
  stateBranch: string;
  parallelism: number;
  comment: boolean;
  healthGraceMs: number;
  /** After the grace, with checkpointing on: how long a new job has to complete its first checkpoint (0: not required). */
  checkpointWaitMs: number;
  /** How long an apply waits for the state lock another run holds. */
  lockTimeoutMs: number;
  /** How long a savepoint (a stop with savepoint, a periodic one) is awaited before it is left pending. */
  savepointTimeoutMs: number;
  /** The id of a lock to remove before taking the state lock (one a cancelled or killed run left). */
  forceUnlock?: string;
  /** ISO-8601 instant plans and operations are evaluated at, instead of the clock (previews, tests). */
  now?: string;
  /** Open, update and close an issue per unhealthy job on operate runs. */
  alerts: boolean;
  /** URL a small JSON is POSTed to on each new breach and recovery. A secret. */
  alertWebhook?: string;
  /** On pull requests, run the SQL unit tests of the jobs the change affects. */
  test: boolean;
  /** Jobs to restart with the repository's script though nothing changed (`--replace`); workflow_dispatch only. */
  replace: string[];
}

/** Reads one input by its action.yml name ('' when unset), as `core.getInput` does. */
export type InputReader = (name: string) => string;

const COMMANDS: readonly Command[] = ['auto', 'validate', 'plan', 'apply', 'operate'];
const BACKENDS: readonly StateBackend[] = ['file', 'git'];
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);

/** The jobmanager-url / sql-gateway-url inputs, given for a run of several environments. */
export const URL_INPUTS_NEED_ONE_ENVIRONMENT =
  "inputs 'jobmanager-url' and 'sql-gateway-url' override the endpoints of one environment: set 'environment' to exactly one";

export function parseInputs(get: InputReader): { options?: ActionOptions; errors: string[] } {
  const errors: string[] = [];
  const str = (name: string): string | undefined => {
    const v = get(name).trim();
    return v === '' ? undefined : v;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], dflt: T): T => {
    const v = str(name)?.toLowerCase() ?? dflt;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    errors.push(`input '${name}' must be one of ${allowed.join(', ')}; got '${v}'`);
    return dflt;
  };
  const bool = (name: string, dflt: boolean): boolean => {
    const v = str(name)?.toLowerCase();
    if (v === undefined) return dflt;
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    errors.push(`input '${name}' must be true/false (or on/off); got '${v}'`);
    return dflt;
  };
  const url = (name: string): string | undefined => {
    const v = str(name);
    if (v !== undefined && !/^https?:\/\/[^/\s]+/.test(v))
      errors.push(
        `input '${name}' must be an http(s) URL such as https://flink.example.com:8081; got '${v}'`,
      );
    return v;
  };

  const command = oneOf('command', COMMANDS, 'auto');
  const workingDirectory = normaliseDir(str('working-directory') ?? '.');
  if (workingDirectory.startsWith('..') || workingDirectory.startsWith('/'))
    errors.push(`input 'working-directory' must be a path inside the repository; got '${workingDirectory}'`);
  const environments = (str('environment') ?? '').split(/[\s,]+/).filter((e) => e !== '');
  for (const e of environments)
    if (!/^[a-z][a-z0-9_]*$/.test(e))
      errors.push(`input 'environment' holds '${e}', which is not an environment name ([a-z][a-z0-9_]*)`);
  const jobmanagerUrl = url('jobmanager-url');
  const sqlGatewayUrl = url('sql-gateway-url');
  // With no 'environment' input, the run checks that flinkops.yaml has only one (run.ts).
  if ((jobmanagerUrl || sqlGatewayUrl) && environments.length > 1)
    errors.push(URL_INPUTS_NEED_ONE_ENVIRONMENT);
  const flinkHeaders = parseHeaders(str('flink-headers'), errors);
  const parallelismText = str('parallelism') ?? '4';
  const parallelism = Number(parallelismText);
  if (!Number.isInteger(parallelism) || parallelism < 1 || parallelism > 64)
    errors.push(`input 'parallelism' must be a whole number from 1 to 64; got '${parallelismText}'`);
  const lockText = str('lock-timeout') ?? '5min';
  const lockTimeoutMs = parseDurationMs(lockText, 's');
  if (lockTimeoutMs === undefined)
    errors.push(`input 'lock-timeout' must be a duration such as 0, 30s or 5min; got '${lockText}'`);
  const graceText = str('health-grace') ?? '30s';
  const healthGraceMs = parseDurationMs(graceText, 's');
  if (healthGraceMs === undefined)
    errors.push(`input 'health-grace' must be a duration such as 30s, 2min or 500ms; got '${graceText}'`);
  const checkpointText = str('checkpoint-wait') ?? '10min';
  const checkpointWaitMs = parseDurationMs(checkpointText, 's');
  if (checkpointWaitMs === undefined)
    errors.push(
      `input 'checkpoint-wait' must be a duration such as 0, 90s or 10min; got '${checkpointText}'`,
    );
  const savepointText = str('savepoint-timeout') ?? '10min';
  const savepointTimeoutMs = parseDurationMs(savepointText, 's');
  if (savepointTimeoutMs === undefined || savepointTimeoutMs === 0)
    errors.push(
      `input 'savepoint-timeout' must be a duration longer than 0 such as 90s or 30min; got '${savepointText}'`,
    );
  const now = str('now');
  // RFC 3339 with a zone: a bare local time would mean a different instant on every runner.
  const nowMs =
    now !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(now)
      ? Date.parse(now)
      : Number.NaN;
  if (now !== undefined && Number.isNaN(nowMs))
    errors.push(
      `input 'now' must be an ISO-8601 time with a zone such as 2026-01-05T19:00:00Z; got '${now}'`,
    );
  const alertWebhook = str('alert-webhook');
  // Never echo the value: it is a secret (webhook URLs carry their token in the path).
  if (alertWebhook !== undefined && !/^https?:\/\/[^/\s]+\S*$/.test(alertWebhook))
    errors.push("input 'alert-webhook' must be an http(s) URL");
  const stateBranch = str('state-branch') ?? 'flinkops-state';
  if (!/^(?!\/|.*\.\.|.*\/\/|.*\.lock$|.*[\s~^:?*[\\])[\w./-]+$/.test(stateBranch))
    errors.push(`input 'state-branch' must be a valid branch name; got '${stateBranch}'`);

  const replace = (str('replace') ?? '').split(/[\s,]+/).filter((j) => j !== '');
  for (const j of replace)
    if (!IDENTIFIER.test(j))
      errors.push(`input 'replace' holds '${j}', which is not a job name ([a-z][a-z0-9_]*)`);

  const options: ActionOptions = {
    command,
    workingDirectory,
    environments,
    flinkHeaders,
    allowDelete: bool('allow-delete', false),
    stateBackend: oneOf('state-backend', BACKENDS, 'git'),
    stateBranch,
    parallelism,
    comment: bool('comment', true),
    healthGraceMs: healthGraceMs ?? 30_000,
    checkpointWaitMs: checkpointWaitMs ?? 600_000,
    lockTimeoutMs: lockTimeoutMs ?? 300_000,
    savepointTimeoutMs: savepointTimeoutMs || 600_000,
    alerts: bool('alerts', true),
    test: bool('test', false),
    replace,
  };
  const forceUnlock = str('force-unlock');
  if (forceUnlock !== undefined && /\s/.test(forceUnlock))
    errors.push(`input 'force-unlock' must be one lock id (from the FO805 message); got '${forceUnlock}'`);
  else if (forceUnlock) options.forceUnlock = forceUnlock;
  if (!Number.isNaN(nowMs)) options.now = new Date(nowMs).toISOString();
  if (alertWebhook) options.alertWebhook = alertWebhook;
  if (jobmanagerUrl) options.jobmanagerUrl = jobmanagerUrl;
  if (sqlGatewayUrl) options.sqlGatewayUrl = sqlGatewayUrl;
  const flinkToken = str('flink-token');
  if (flinkToken) options.flinkToken = flinkToken;
  const githubToken = str('github-token');
  if (githubToken) options.githubToken = githubToken;
  return errors.length > 0 ? { errors } : { options, errors };
}

/** `flink-headers`: a JSON object of strings, or `Name: value` lines. */
export function parseHeaders(text: string | undefined, errors: string[]): Record<string, string> {
  if (text === undefined) return {};
  const out: Record<string, string> = {};
  const nameOk = (n: string) => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(n);
  if (text.startsWith('{')) {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch {
      errors.push("input 'flink-headers' starts with '{' but is not valid JSON");
      return {};
    }
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
      if (typeof val !== 'string' || !nameOk(k))
        errors.push(`input 'flink-headers': header '${k}' needs a valid name and a string value`);
      else out[k] = val;
    }
    return out;
  }
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!nameOk(name)) {
      // Never echo the line: it may hold a credential.
      errors.push(`input 'flink-headers' line ${i + 1} is not 'Name: value'`);
      continue;
    }
    out[name] = line.slice(colon + 1).trim();
  }
  return out;
}

function normaliseDir(dir: string): string {
  const parts: string[] = [];
  for (const p of dir.replace(/\\/g, '/').split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(p);
  }
  const out = parts.join('/');
  return dir.startsWith('/') ? `/${out}` : out || '.';
}
