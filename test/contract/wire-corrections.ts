/**
 * THE place where Flink's OpenAPI files are corrected to the wire. Strict
 * validation (`additionalProperties: false` wherever properties are listed) would
 * otherwise fail bodies Flink really sends. `WIRE_OVERRIDES` replaces whole response
 * bodies, `COMPONENT_PATCHES` corrects shared components; each entry carries its
 * reason. There are no other corrections; the schemas live in `wire-schemas.ts`.
 */
import type { FlinkVersion, HttpMethod, Json } from './openapi-types';
import {
  ASYNC_RESULT,
  fetchResultsWire,
  JOB_DETAILS_VERTEX,
  jobConfigWire,
  OVERVIEW_1_16_WIRE,
} from './wire-schemas';

export interface WireOverride {
  api: 'dispatcher' | 'gateway';
  method: HttpMethod;
  path: string;
  versions: (v: FlinkVersion) => boolean;
  status: string;
  schema: (v: FlinkVersion) => Json;
  reason: string;
}

/**
 * THE place where the OpenAPI files are corrected to the wire (README §1 and §3).
 * Each entry replaces the documented response schema of one call.
 */
export const WIRE_OVERRIDES: WireOverride[] = [
  {
    api: 'dispatcher',
    method: 'get',
    path: '/jobs/{jobid}/config',
    versions: () => true,
    status: '200',
    schema: jobConfigWire,
    reason:
      'README §1: JobConfigInfo has a hand-written serializer; spec says jobId/jobName/executionConfigInfo, wire is jid/name/execution-config (execution-mode gone in 2.0).',
  },
  {
    api: 'dispatcher',
    method: 'get',
    path: '/jobs/overview',
    versions: (v) => v === '1.16',
    status: '200',
    schema: () => OVERVIEW_1_16_WIRE,
    reason:
      'README §1: dispatcher-1.16.yml documents JobDetails Java fields (jobId/jobName/status); the wire was always jid/name/state/... (fixed in the 1.17 file).',
  },
  {
    api: 'gateway',
    method: 'get',
    path: '/sessions/{session_handle}/operations/{operation_handle}/result/{token}',
    versions: () => true,
    status: '200',
    schema: fetchResultsWire,
    reason:
      'README §1/§4: FetchResultsResponseBodySerializer/ResultInfoSerializer write isQueryResult and results.{columns,rowFormat,data:[{kind,fields}]}; 1.16 has no jobID/isQueryResult/resultKind/rowFormat.',
  },
  ...[
    '/jobs/{jobid}/savepoints/{triggerid}',
    '/savepoint-disposal/{triggerid}',
    '/jobs/{jobid}/checkpoints/{triggerid}',
  ].map(
    (path): WireOverride => ({
      api: 'dispatcher',
      method: 'get',
      path,
      versions: () => true,
      status: '200',
      schema: () => ASYNC_RESULT,
      reason:
        'README §3: operation is null while IN_PROGRESS (spec not nullable); failure-cause carries class/stack-trace/serialized-throwable (SerializedThrowableSerializer); the spec oneOf members overlap.',
    }),
  ),
];

export interface ComponentPatch {
  component: string;
  versions?: (v: FlinkVersion) => boolean;
  /** Properties the wire writes as `null` (Jackson without NON_NULL) although the spec says object. */
  nullable?: string[];
  /** Property schemas replaced outright. */
  properties?: Record<string, Json>;
  /** Discriminator mapping the generator left out (value → component). */
  mapping?: Record<string, string>;
  reason: string;
}

/** Corrections to shared components, applied wherever the component is used. Same rules as above. */
export const COMPONENT_PATCHES: ComponentPatch[] = [
  {
    component: 'LatestCheckpoints',
    nullable: ['completed', 'savepoint', 'failed', 'restored'],
    reason:
      'CheckpointingStatistics.LatestCheckpoints fields are @Nullable and serialized as null when there is no such checkpoint yet (README §3: latest.*).',
  },
  {
    component: 'CheckpointStatistics',
    mapping: {
      completed: 'CompletedCheckpointStatistics',
      failed: 'FailedCheckpointStatistics',
      in_progress: 'PendingCheckpointStatistics',
    },
    reason:
      'Files before 1.19 omit the @JsonSubTypes mapping of className; history entries are the subtypes (completed ones carry external_path/discarded).',
  },
  {
    component: 'JobDetailsInfo',
    versions: (v) => v === '1.16' || v === '1.17',
    properties: {
      vertices: { type: 'array', items: JOB_DETAILS_VERTEX },
      plan: { type: 'object' },
    },
    reason:
      'The 1.16/1.17 generator confused JobDetailsInfo.JobVertexDetailsInfo with the top-level JobVertexDetailsInfo and typed the raw-JSON plan as string; fixed in the 1.18 file (JobDetailsVertexInfo, RawJson).',
  },
  ...[
    'CheckpointStatistics',
    'CompletedCheckpointStatistics',
    'FailedCheckpointStatistics',
    'PendingCheckpointStatistics',
  ].map(
    (component): ComponentPatch => ({
      component,
      nullable: ['savepointFormat'],
      reason:
        'savepointFormat is null for checkpoints that are not savepoints: real 1.20 and 2.2 send "savepointFormat": null (test/golden/flink-wire/*/jm.checkpoints.json).',
    }),
  ),
  {
    component: 'CheckpointConfigInfo',
    properties: { mode: { type: 'string', enum: ['at_least_once', 'exactly_once'] } },
    reason:
      'ProcessingMode is written by a @JsonValue in lower case, not as the enum constant the files list: real 1.20.3 and 2.2.0 answer /jobs/:jobid/checkpoints/config with "mode": "exactly_once".',
  },
  {
    component: 'JobExceptionsInfoWithHistory',
    nullable: ['root-exception', 'timestamp'],
    reason:
      'Before 2.0, a job that never failed has "root-exception": null and "timestamp": null on the wire (real 1.20, test/golden/flink-wire/1.20/jm.exceptions.json).',
  },
  {
    component: 'JobDetailsVertexInfo',
    versions: (v) => ['1.20', '2.0', '2.1', '2.2', '2.3'].includes(v),
    properties: { slotSharingGroupId: { type: 'string', pattern: '^[0-9a-f]{32}$' } },
    reason:
      'The files document SlotSharingGroupId as its Java fields (bytes/lowerPart/upperPart); real 1.20 and 2.2 send the id as a 32-hex string (test/golden/flink-wire/*/jm.job-details.json).',
  },
  {
    component: 'JobDetailsInfo',
    versions: (v) => v === '2.3',
    properties: { 'application-id': { type: 'string', pattern: '^[0-9a-f]{32}$' } },
    reason:
      'dispatcher-2.3.yml documents ApplicationID as its Java fields (bytes/lowerPart/upperPart); ApplicationIDSerializer writes a 32-hex string, the job id for a job submitted to a session cluster (test/golden/flink-wire/2.3/jm.job-details.json).',
  },
];
