/**
 * Version awareness: what each Flink release and gateway API version can do,
 * decided in one place from `GET /config` and `GET /api_versions`. Facts come
 * from test/fixtures/flink-rest (OpenAPI files 1.16–2.3 and README §6).
 */

import { atLeast, parseFlinkVersion } from '../core/flink-version';
import type { FlinkVersion } from './types';

export type GatewayApiVersion = 'v1' | 'v2' | 'v3' | 'v4';

/** The gateway API versions this client speaks, oldest first. */
export const KNOWN_GATEWAY_VERSIONS: readonly GatewayApiVersion[] = ['v1', 'v2', 'v3', 'v4'];

export interface Capabilities {
  /** JobManager release from `GET /config`; undefined when it could not be read. */
  flinkVersion?: FlinkVersion;
  /** Gateway release from `GET /v1/info`. */
  gatewayFlinkVersion?: FlinkVersion;
  /** The gateway API version the client routes through (highest both sides know). */
  gatewayApiVersion?: GatewayApiVersion;
  /** What the gateway advertised, e.g. `['V1','V2']`. */
  gatewayApiVersions: string[];
  /** `GET`/`PUT /jobs/:jobid/resource-requirements` (1.18+; needs the adaptive scheduler to take effect). */
  supportsResourceRequirements: boolean;
  /**
   * The JobManager runs the adaptive scheduler: `/config` says `features.web-rescale`, which Flink
   * sets exactly then (1.18+, not in reactive mode). The default scheduler answers resource
   * requirements with a 500.
   */
  adaptiveScheduler: boolean;
  /** `STOP JOB` / `SHOW JOBS` in SQL (gateway 1.17+). */
  supportsStopJobSql: boolean;
  supportsShowJobsSql: boolean;
  /** `DESCRIBE JOB` (1.20+). */
  supportsDescribeJobSql: boolean;
  /** `executionConfig` on execute-statement: in every gateway OpenAPI file, 1.16 included. */
  supportsExecutionConfig: boolean;
  /**
   * Restore keys (`execution.savepoint.path`, `…ignore-unclaimed-state`, restore mode) given in
   * `executionConfig` reach the job (1.17+). On 1.16 they are read from the session environment:
   * SET them in the session before the INSERT and RESET them after. The client refuses a 1.16
   * statement carrying them instead of silently starting without state.
   */
  executionConfigRestores: boolean;
  /** Fetch results carry a top-level `jobID` (1.17+); before, read the `job id` column. */
  fetchReturnsJobId: boolean;
  /** `POST /sessions/:sh/configure-session` (gateway API v2+). */
  supportsConfigureSession: boolean;
  /** `POST /jobs/:jobid/checkpoints` (1.17+). */
  supportsManualCheckpoint: boolean;
  /** `execution.state-recovery.*` / `execution.checkpointing.savepoint-dir` keys (1.20+; old keys still work). */
  supportsStateRecoveryKeys: boolean;
  /** 1.16–1.19 answer 400 to unknown request fields; 1.20+ ignore them. */
  ignoresUnknownRequestFields: boolean;
  /** Exceptions carry only `exceptionHistory` (2.0+); before, also `root-exception`. */
  exceptionsHistoryOnly: boolean;
  /**
   * `EXPLAIN [JSON_EXECUTION_PLAN] CREATE TABLE ... AS` / `REPLACE TABLE ... AS` (gateway 2.0+):
   * the plan of the job a CTAS starts, with nothing created. Before, a parse error.
   */
  explainsCreateTableAs: boolean;
}

export { atLeast, parseFlinkVersion };

/** Highest gateway API version both sides know; `v1` when the gateway says nothing useful. */
export function pickGatewayApiVersion(advertised: readonly string[]): GatewayApiVersion {
  let best: GatewayApiVersion = 'v1';
  for (const a of advertised) {
    const v = a.toLowerCase() as GatewayApiVersion;
    if (
      KNOWN_GATEWAY_VERSIONS.includes(v) &&
      KNOWN_GATEWAY_VERSIONS.indexOf(v) > KNOWN_GATEWAY_VERSIONS.indexOf(best)
    ) {
      best = v;
    }
  }
  return best;
}

export function capabilitiesOf(input: {
  flinkVersion?: FlinkVersion;
  /** `features.web-rescale` of the JobManager's /config. */
  webRescale?: boolean;
  gatewayFlinkVersion?: FlinkVersion;
  gatewayApiVersions?: readonly string[];
}): Capabilities {
  const jm = input.flinkVersion;
  // The gateway runs its own Flink; when /v1/info failed, assume it matches the JobManager.
  const gw = input.gatewayFlinkVersion ?? jm;
  const advertised = [...(input.gatewayApiVersions ?? [])];
  const api = advertised.length > 0 ? pickGatewayApiVersion(advertised) : undefined;
  const caps: Capabilities = {
    gatewayApiVersions: advertised,
    supportsResourceRequirements: atLeast(jm, 1, 18),
    adaptiveScheduler: input.webRescale === true,
    supportsStopJobSql: atLeast(gw, 1, 17),
    supportsShowJobsSql: atLeast(gw, 1, 17),
    supportsDescribeJobSql: atLeast(gw, 1, 20),
    supportsExecutionConfig: true,
    executionConfigRestores: atLeast(gw, 1, 17),
    fetchReturnsJobId: atLeast(gw, 1, 17),
    supportsConfigureSession: api !== undefined && api !== 'v1',
    supportsManualCheckpoint: atLeast(jm, 1, 17),
    supportsStateRecoveryKeys: atLeast(jm, 1, 20),
    ignoresUnknownRequestFields: atLeast(jm, 1, 20),
    exceptionsHistoryOnly: atLeast(jm, 2, 0),
    explainsCreateTableAs: atLeast(gw, 2, 0),
  };
  if (jm) caps.flinkVersion = jm;
  if (input.gatewayFlinkVersion) caps.gatewayFlinkVersion = input.gatewayFlinkVersion;
  if (api) caps.gatewayApiVersion = api;
  return caps;
}

/**
 * Session-environment keys that a 1.16 gateway does not take from `executionConfig`
 * (README §4: restore settings are read from the session's environment there).
 */
export const SESSION_ONLY_KEYS_1_16: readonly string[] = [
  'execution.savepoint.path',
  'execution.savepoint.ignore-unclaimed-state',
  'execution.savepoint-restore-mode',
  'execution.state-recovery.path',
  'execution.state-recovery.ignore-unclaimed-state',
  'execution.state-recovery.claim-mode',
];
