/** Connects to the cluster of an environment: endpoints, overrides and auth with its secrets resolved. */

import type { DesiredEnvironment } from '../compile';
import type { Clock } from '../core/clock';
import { type Diagnostic, error } from '../core/diagnostics';
import { endpointUrlProblem, shownUrl } from '../core/endpoint';
import {
  type AuthConfig,
  createFlinkClient,
  type FlinkClient,
  sentCredentials,
  type TimeLimit,
  type TlsConfig,
} from '../flink';
import { resolveSecretsInValue, type SecretSource } from '../load';

export interface Endpoints {
  jobmanagerUrl: string;
  /** Empty: a cluster reached through its JobManager only (a `moveFrom` without a gateway). */
  sqlGatewayUrl: string;
}

export interface EndpointOverrides {
  jobmanagerUrl?: string;
  sqlGatewayUrl?: string;
}

/**
 * The cluster a plan observed (credentials left out) and where its URL came from, as
 * resolveEndpoints chose. A variable or option naming the URL flinkops.yaml gives the environment
 * anyway (`jobmanagerUrl: ${env.FLINKOPS_JOBMANAGER_URL}`) is flinkops.yaml's cluster.
 */
export function clusterOf(
  endpoints: Endpoints,
  overrides: EndpointOverrides,
  vars: Readonly<Record<string, string | undefined>>,
  configured?: string,
): { jobmanagerUrl: string; from: 'flinkops.yaml' | 'FLINKOPS_JOBMANAGER_URL' | 'option' } {
  return {
    jobmanagerUrl: shownUrl(endpoints.jobmanagerUrl),
    from:
      configured !== undefined && endpoints.jobmanagerUrl === configured
        ? 'flinkops.yaml'
        : overrides.jobmanagerUrl
          ? 'option'
          : vars.FLINKOPS_JOBMANAGER_URL
            ? 'FLINKOPS_JOBMANAGER_URL'
            : 'flinkops.yaml',
  };
}

/** Flags win over FLINKOPS_* variables, which win over flinkops.yaml. */
export function resolveEndpoints(
  env: DesiredEnvironment,
  overrides: EndpointOverrides,
  vars: Readonly<Record<string, string | undefined>>,
): Endpoints {
  return {
    jobmanagerUrl: overrides.jobmanagerUrl ?? vars.FLINKOPS_JOBMANAGER_URL ?? env.jobmanagerUrl,
    sqlGatewayUrl: overrides.sqlGatewayUrl ?? vars.FLINKOPS_SQL_GATEWAY_URL ?? env.sqlGatewayUrl,
  };
}

export interface ConnectOptions {
  endpoints: Endpoints;
  env: DesiredEnvironment;
  secrets: SecretSource;
  clock?: Clock;
  tls?: TlsConfig;
  timeoutMs?: number;
  timeLimit?: TimeLimit;
  /** Where closing the client's open SQL Gateway sessions is registered for a Ctrl-C (`Interrupt.onStop`). */
  onStop?: (release: () => Promise<unknown>) => () => void;
}

/**
 * The client for one environment. Auth values may hold `${secret.X}`: they are resolved
 * here, handed to the client (which masks them in its debug hook) and go nowhere else.
 */
export function connect(opts: ConnectOptions): {
  client?: FlinkClient;
  secretValues: string[];
  diags: Diagnostic[];
} {
  const diags: Diagnostic[] = [];
  const secretValues: string[] = [];
  const resolve = (v: string | undefined): string | undefined => {
    if (v === undefined) return undefined;
    const r = resolveSecretsInValue(v, opts.secrets);
    diags.push(...r.diags);
    if (r.value !== v) secretValues.push(r.value);
    return r.value;
  };
  const a = opts.env.auth;
  const auth: AuthConfig = {};
  if (a?.token) auth.bearerToken = resolve(a.token)!;
  if (a?.username !== undefined)
    auth.basic = { username: resolve(a.username)!, password: resolve(a.password) ?? '' };
  if (a?.headers)
    auth.headers = Object.fromEntries(Object.entries(a.headers).map(([k, v]) => [k, resolve(v)!]));
  for (const [what, url] of Object.entries(opts.endpoints) as [keyof Endpoints, string][]) {
    if (what === 'sqlGatewayUrl' && url === '') continue;
    const problem = endpointUrlProblem(url);
    if (problem)
      diags.push(
        error(
          'FO660',
          `${what} '${shownUrl(url)}' is not a usable http(s) URL: ${problem}`,
          `${endpointSource(opts.env, what, url)} Write a URL such as ${what === 'jobmanagerUrl' ? 'http://flink-jobmanager:8081' : 'http://flink-sql-gateway:8083'}.`,
        ),
      );
  }
  if (diags.some((d) => d.severity === 'error')) return { secretValues, diags };
  // What the client sends is a secret however it was written (a literal password, a URL's user
  // info), and so is its encoded form, which a proxy's error page may echo.
  for (const url of Object.values(opts.endpoints))
    for (const v of sentCredentials(url, auth)) if (!secretValues.includes(v)) secretValues.push(v);
  const client = createFlinkClient({
    jobmanagerUrl: opts.endpoints.jobmanagerUrl,
    ...(opts.endpoints.sqlGatewayUrl ? { sqlGatewayUrl: opts.endpoints.sqlGatewayUrl } : {}),
    ...(Object.keys(auth).length ? { auth } : {}),
    ...(opts.tls ? { tls: opts.tls } : {}),
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.timeLimit ? { timeLimit: opts.timeLimit } : {}),
    ...(opts.onStop ? { onStop: opts.onStop } : {}),
    redact: secretValues,
  });
  return { client, secretValues, diags };
}

/** Where an endpoint's value was set, so a user fixes it there: a flag or variable wins over flinkops.yaml. */
function endpointSource(env: DesiredEnvironment, what: keyof Endpoints, url: string): string {
  const flag = what === 'jobmanagerUrl' ? '--jobmanager-url' : '--sql-gateway-url';
  const variable = what === 'jobmanagerUrl' ? 'FLINKOPS_JOBMANAGER_URL' : 'FLINKOPS_SQL_GATEWAY_URL';
  const yaml = `environments.${env.name}.${what} in flinkops.yaml`;
  if (url === env[what])
    return `It is set in ${yaml}, or by ${flag} or ${variable} (which override it): fix it there.`;
  if (url === env.moveFrom?.[what]) return `Fix environments.${env.name}.moveFrom.${what} in flinkops.yaml.`;
  return `It was given with ${flag} or ${variable}, which override ${yaml}: fix it there.`;
}

/**
 * The endpoints of the cluster an environment's jobs move away from (`moveFrom`): its JobManager,
 * and its SQL Gateway when named. Undefined when there is no move.
 */
export function previousEndpoints(env: DesiredEnvironment): Endpoints | undefined {
  const from = env.moveFrom;
  return from ? { jobmanagerUrl: from.jobmanagerUrl, sqlGatewayUrl: from.sqlGatewayUrl ?? '' } : undefined;
}

/** Its client, with the environment's auth unless moveFrom names its own. */
export function connectPrevious(opts: ConnectOptions): ReturnType<typeof connect> | undefined {
  const from = opts.env.moveFrom;
  const endpoints = previousEndpoints(opts.env);
  if (!from || !endpoints) return undefined;
  return connect({ ...opts, endpoints, env: from.auth ? { ...opts.env, auth: from.auth } : opts.env });
}
