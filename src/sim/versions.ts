/** What each emulated Flink release serves: one table, read everywhere else. */
import { FLINK_RELEASES, type FlinkRelease } from '../core/flink-version';

export type FlinkVersion = FlinkRelease;

export const FLINK_VERSIONS: readonly FlinkVersion[] = FLINK_RELEASES;

/** Full release string reported by `/config` and the gateway's `/info`. */
const FULL: Record<FlinkVersion, string> = {
  '1.16': '1.16.3',
  '1.17': '1.17.2',
  '1.18': '1.18.1',
  '1.19': '1.19.3',
  '1.20': '1.20.2',
  '2.0': '2.0.0',
  '2.1': '2.1.0',
  '2.2': '2.2.0',
  '2.3': '2.3.0',
};

export function isFlinkVersion(v: string): v is FlinkVersion {
  return (FLINK_VERSIONS as readonly string[]).includes(v);
}

export function atLeast(v: FlinkVersion, min: FlinkVersion): boolean {
  return FLINK_VERSIONS.indexOf(v) >= FLINK_VERSIONS.indexOf(min);
}

export interface VersionFeatures {
  full: string;
  /** GET /jobs/:id/status */
  jobStatusRoute: boolean;
  /** POST /jobs/:id/checkpoints (manual checkpoint) */
  manualCheckpoint: boolean;
  /** GET/PUT /jobs/:id/resource-requirements, `web-rescale` feature flag */
  resourceRequirements: boolean;
  /** `failureLabels` in exception entries */
  failureLabels: boolean;
  /** `job-type` in job details */
  jobTypeInDetails: boolean;
  /** unknown request-body fields are ignored (FLINK-35302) instead of 400 */
  lenientBodies: boolean;
  /** `execution.state-recovery.*` keys */
  stateRecoveryKeys: boolean;
  /** pre-2.0 exceptions shape (root-exception, all-exceptions, timestamp, truncated) */
  legacyExceptions: boolean;
  /** `execution-mode` in job config */
  executionMode: boolean;
  /** `pending-operators` and `stream-graph` */
  pendingOperators: boolean;
  /** `jobType`/`schedulerType` in overview, `application-id` in details */
  overviewJobType: boolean;
  /** gateway REST API versions served, and the one unversioned routes map to */
  gatewayApis: number[];
  gatewayDefault: number;
  /** SHOW JOBS, STOP JOB */
  jobStatements: boolean;
  /** DESCRIBE JOB */
  describeJob: boolean;
  /** `executionConfig` on a statement reaches the job environment (restore keys too) */
  executionConfigReachesJob: boolean;
  /** fetch results carry jobID, isQueryResult, resultKind, rowFormat */
  richFetch: boolean;
  /** `schedulerType` in job details */
  schedulerTypeInDetails: boolean;
  /** `savepointFormat` in checkpoint statistics */
  savepointFormat: boolean;
  /** `slotSharingGroupId` on job-details vertices */
  slotSharingGroupInDetails: boolean;
  /** alignment_buffered / processed_data / persisted_data in the checkpoint summary */
  checkpointDataSummary: boolean;
  /** an INSERT into an upsert sink whose primary key is not the query's upsert key needs ON CONFLICT */
  requireOnConflict: boolean;
}

export function features(v: FlinkVersion): VersionFeatures {
  const apis = [1];
  if (atLeast(v, '1.17')) apis.push(2);
  if (atLeast(v, '1.20')) apis.push(3);
  if (atLeast(v, '2.0')) apis.push(4);
  return {
    full: FULL[v],
    jobStatusRoute: true,
    manualCheckpoint: atLeast(v, '1.17'),
    resourceRequirements: atLeast(v, '1.18'),
    failureLabels: atLeast(v, '1.18'),
    jobTypeInDetails: atLeast(v, '1.20'),
    lenientBodies: atLeast(v, '1.20'),
    stateRecoveryKeys: atLeast(v, '1.20'),
    legacyExceptions: !atLeast(v, '2.0'),
    executionMode: !atLeast(v, '2.0'),
    pendingOperators: atLeast(v, '2.0'),
    overviewJobType: atLeast(v, '2.3'),
    gatewayApis: apis,
    gatewayDefault: atLeast(v, '2.0') ? 4 : atLeast(v, '1.20') ? 3 : atLeast(v, '1.17') ? 2 : 1,
    jobStatements: atLeast(v, '1.17'),
    describeJob: atLeast(v, '1.20'),
    executionConfigReachesJob: atLeast(v, '1.17'),
    richFetch: atLeast(v, '1.17'),
    schedulerTypeInDetails: atLeast(v, '2.3'),
    savepointFormat: atLeast(v, '1.17'),
    slotSharingGroupInDetails: atLeast(v, '1.20'),
    checkpointDataSummary: atLeast(v, '1.18'),
    requireOnConflict: atLeast(v, '2.3'),
  };
}
