/**
 * The HTTP implementation of the FlinkClient port: two HTTP endpoints
 * (JobManager, SQL Gateway) with their own base URLs, version detection cached
 * after the first success, and the calls of jobmanager.ts and sql-gateway.ts.
 */
import { type Clock, systemClock } from '../core/clock';
import type { FlinkClient } from './client';
import { fail, unsupported } from './errors';
import {
  type AuthConfig,
  createHttpEndpoint,
  type HttpEndpoint,
  type HttpEvent,
  type TimeLimit,
  type TlsConfig,
} from './http';
import { jobManagerCalls } from './jobmanager';
import { gatewayCalls } from './sql-gateway';
import { runStatement } from './statement';
import { type Capabilities, capabilitiesOf, parseFlinkVersion } from './version';

export interface FlinkClientOptions {
  jobmanagerUrl: string;
  /** Optional: without it, gateway calls answer an `unsupported` error (observe needs only the JobManager). */
  sqlGatewayUrl?: string;
  auth?: AuthConfig;
  /** Overrides `auth` for the gateway (often behind its own proxy). */
  gatewayAuth?: AuthConfig;
  tls?: TlsConfig;
  /** Per HTTP attempt. Default 30 s. */
  timeoutMs?: number;
  /** Every call of both endpoints answered within this long of the client's creation (`status --timeout`). */
  timeLimit?: TimeLimit;
  /** Retries of idempotent calls. Default 3. */
  retries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  clock?: Clock;
  random?: () => number;
  /** Secret-safe debug hook: sees every attempt, with auth masked and `redact` values replaced. */
  onHttp?: (e: HttpEvent) => void;
  redact?: readonly string[];
  /**
   * While SQL Gateway sessions of this client are open, what closes them is registered here (the
   * CLI's `Interrupt.onStop`): a Ctrl-C that ends a plan then leaves none behind on the gateway.
   */
  onStop?: (release: () => Promise<unknown>) => () => void;
}

export function createFlinkClient(opts: FlinkClientOptions): FlinkClient {
  const clock = opts.clock ?? systemClock;
  const common = {
    clock,
    ...(opts.tls ? { tls: opts.tls } : {}),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.timeLimit ? { timeLimit: opts.timeLimit } : {}),
    ...(opts.retries !== undefined ? { retries: opts.retries } : {}),
    ...(opts.retryBaseDelayMs !== undefined ? { retryBaseDelayMs: opts.retryBaseDelayMs } : {}),
    ...(opts.retryMaxDelayMs !== undefined ? { retryMaxDelayMs: opts.retryMaxDelayMs } : {}),
    ...(opts.random ? { random: opts.random } : {}),
    ...(opts.onHttp ? { onEvent: opts.onHttp } : {}),
    ...(opts.redact ? { redact: opts.redact } : {}),
  };
  const jmHttp = createHttpEndpoint({
    ...common,
    service: 'jobmanager',
    baseUrl: opts.jobmanagerUrl,
    ...(opts.auth ? { auth: opts.auth } : {}),
  });
  const gwAuth = opts.gatewayAuth ?? opts.auth;
  const gwHttp: HttpEndpoint = opts.sqlGatewayUrl
    ? createHttpEndpoint({
        ...common,
        service: 'gateway',
        baseUrl: opts.sqlGatewayUrl,
        ...(gwAuth ? { auth: gwAuth } : {}),
      })
    : missingGateway();

  let cached: Capabilities | undefined;
  const detecting = sharedInFlight(() => detect());
  const capabilities = (): Promise<Capabilities> => (cached ? Promise.resolve(cached) : detecting());

  const jm = jobManagerCalls(jmHttp, capabilities);
  const gw = gatewayCalls(gwHttp, capabilities);
  const sessions = openSessions(gw, opts.onStop);
  // The cluster's configuration asked for twice at once (a plan's start asks what the cluster is
  // while the observation reads its scheduler) is one request.
  const getConfig = sharedInFlight(jm.getConfig);

  async function detect(): Promise<Capabilities> {
    const [config, versions, info] = await Promise.all([
      getConfig(),
      opts.sqlGatewayUrl ? gw.getApiVersions() : undefined,
      opts.sqlGatewayUrl ? gw.getInfo() : undefined,
    ]);
    const jmVersion = config.ok ? parseFlinkVersion(config.value.flinkVersion) : undefined;
    const gwVersion = info?.ok ? parseFlinkVersion(info.value.version) : undefined;
    const caps = capabilitiesOf({
      ...(jmVersion ? { flinkVersion: jmVersion } : {}),
      ...(config.ok && config.value.features.webRescale !== undefined
        ? { webRescale: config.value.features.webRescale }
        : {}),
      ...(gwVersion ? { gatewayFlinkVersion: gwVersion } : {}),
      ...(versions?.ok ? { gatewayApiVersions: versions.value } : {}),
    });
    // Cache only a complete answer: an unreachable endpoint now must not pin conservative guesses.
    const complete = config.ok && (!opts.sqlGatewayUrl || (versions?.ok && info?.ok));
    if (complete) cached = caps;
    return caps;
  }

  return {
    jobmanagerUrl: opts.jobmanagerUrl,
    capabilities,
    ...jm,
    getConfig,
    getInfo: gw.getInfo,
    getApiVersions: gw.getApiVersions,
    openSession: sessions.open,
    closeSession: sessions.close,
    heartbeat: gw.heartbeat,
    configureSession: gw.configureSession,
    getSessionConfig: gw.getSessionConfig,
    executeStatement: gw.executeStatement,
    getOperationStatus: gw.getOperationStatus,
    cancelOperation: gw.cancelOperation,
    closeOperation: gw.closeOperation,
    fetchResults: gw.fetchResults,
    runStatement: (sh, sql, o) => runStatement(gw, clock, sh, sql, o),
    async close() {
      await Promise.all([jmHttp.close(), gwHttp.close()]);
    },
  };
}

/**
 * The gateway's open/close calls, keeping the handles of the sessions open: while there are any,
 * or one is being opened, closing them is registered with `onStop`. A session whose open was in
 * flight when the signal came is closed once the gateway answers (real Flink 1.20.3 opened a
 * plan's probe session just as a SIGTERM came, and kept it until its idle timeout).
 */
function openSessions(
  gw: Pick<ReturnType<typeof gatewayCalls>, 'openSession' | 'closeSession'>,
  onStop: FlinkClientOptions['onStop'],
): { open: FlinkClient['openSession']; close: FlinkClient['closeSession'] } {
  const open = new Set<string>();
  const opening = new Set<Promise<unknown>>();
  let unregister: (() => void) | undefined;
  const idle = () => {
    if (open.size === 0 && opening.size === 0) {
      unregister?.();
      unregister = undefined;
    }
  };
  const release = async () => {
    const closing = new Map<string, Promise<unknown>>();
    const closeOpen = () => {
      for (const sh of open) if (!closing.has(sh)) closing.set(sh, gw.closeSession(sh));
    };
    closeOpen();
    // Opens still under way (the run goes on until the process ends): closed as they answer.
    while (opening.size > 0) {
      await Promise.all([...opening]);
      closeOpen();
    }
    await Promise.all(closing.values());
  };
  return {
    open(o) {
      if (!onStop) return gw.openSession(o);
      unregister ??= onStop(release);
      const answer = gw
        .openSession(o)
        .then((r) => {
          if (r.ok) open.add(r.value);
          return r;
        })
        .finally(() => {
          opening.delete(answer);
          idle();
        });
      opening.add(answer);
      return answer;
    },
    async close(sh) {
      if (open.delete(sh)) idle();
      return gw.closeSession(sh);
    },
  };
}

function missingGateway(): HttpEndpoint {
  return {
    service: 'gateway',
    request: async (req) =>
      fail(
        unsupported(
          'gateway',
          `${req.method} ${req.route}`,
          'no SQL gateway URL is configured for this environment',
        ),
      ),
    close: async () => {},
  };
}

/** `call`, with the callers that come while it is in flight sharing its answer; a later caller calls again. */
function sharedInFlight<T>(call: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  return () =>
    (inFlight ??= call().finally(() => {
      inFlight = undefined;
    }));
}
