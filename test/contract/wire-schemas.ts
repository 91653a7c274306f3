/**
 * Schemas of bodies as Flink writes them on the wire, where its OpenAPI files are
 * wrong (README §1, §3, §4). Only `wire-corrections.ts` decides where they apply.
 */
import { atLeast, type FlinkVersion, type Json } from './openapi-types';

/** Body of every non-2xx answer (`ErrorResponseBody`); not part of the generated files. */
export const ERROR_BODY: Json = {
  type: 'object',
  required: ['errors'],
  additionalProperties: false,
  properties: { errors: { type: 'array', items: { type: 'string' } } },
};

const int = { type: 'integer' };
const str = { type: 'string' };
const bool = { type: 'boolean' };
const strMap = { type: 'object', additionalProperties: { type: 'string' } };
const intMap = { type: 'object', additionalProperties: { type: 'integer' } };
const JOB_STATUS = {
  enum: [
    'INITIALIZING',
    'CREATED',
    'RUNNING',
    'FAILING',
    'FAILED',
    'CANCELLING',
    'CANCELED',
    'FINISHED',
    'RESTARTING',
    'SUSPENDED',
    'RECONCILING',
  ],
};

/** `SerializedThrowableSerializer` writes the class and stack trace beside the serialized bytes. */
const FAILURE_CAUSE = {
  type: 'object',
  additionalProperties: false,
  properties: { class: str, 'stack-trace': str, 'serialized-throwable': str },
};

/** `AsynchronousOperationResult`: operation is null while IN_PROGRESS. */
export const ASYNC_RESULT = {
  type: 'object',
  required: ['status'],
  additionalProperties: false,
  properties: {
    status: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: { id: { enum: ['IN_PROGRESS', 'COMPLETED'] } },
    },
    operation: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          properties: { location: str, 'failure-cause': FAILURE_CAUSE },
        },
        {
          type: 'object',
          additionalProperties: false,
          properties: { checkpointId: int, failureCause: FAILURE_CAUSE },
        },
      ],
    },
  },
};

export function jobConfigWire(v: FlinkVersion): Json {
  const exec: Json = {
    'restart-strategy': str,
    'job-parallelism': int,
    'object-reuse-mode': bool,
    'user-config': strMap,
  };
  if (!atLeast(v, '2.0')) exec['execution-mode'] = str;
  return {
    type: 'object',
    required: ['jid', 'name'],
    additionalProperties: false,
    properties: {
      jid: { type: 'string', pattern: '^[0-9a-f]{32}$' },
      name: str,
      'execution-config': { type: 'object', additionalProperties: false, properties: exec },
    },
  };
}

export const OVERVIEW_1_16_WIRE: Json = {
  type: 'object',
  additionalProperties: false,
  properties: {
    jobs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['jid', 'name', 'state'],
        additionalProperties: false,
        properties: {
          jid: { type: 'string', pattern: '^[0-9a-f]{32}$' },
          name: str,
          state: JOB_STATUS,
          'start-time': int,
          'end-time': int,
          duration: int,
          'last-modification': int,
          tasks: intMap,
        },
      },
    },
  },
};

export function fetchResultsWire(v: FlinkVersion): Json {
  const column = {
    type: 'object',
    required: ['name', 'logicalType'],
    additionalProperties: false,
    properties: {
      name: str,
      logicalType: { type: 'object', required: ['type', 'nullable'] },
      comment: { type: ['string', 'null'] },
    },
  };
  const results: Json = {
    type: 'object',
    required: ['columns', 'data'],
    additionalProperties: false,
    properties: {
      columns: { type: 'array', items: column },
      data: {
        type: 'array',
        items: {
          type: 'object',
          required: ['kind', 'fields'],
          additionalProperties: false,
          properties: {
            kind: { enum: ['INSERT', 'UPDATE_BEFORE', 'UPDATE_AFTER', 'DELETE'] },
            fields: { type: 'array' },
          },
        },
      },
    },
  };
  const props: Json = {
    resultType: { enum: ['NOT_READY', 'PAYLOAD', 'EOS'] },
    results,
    nextResultUri: str,
  };
  if (atLeast(v, '1.17')) {
    (results.properties as Json).rowFormat = { enum: ['JSON', 'PLAIN_TEXT'] };
    props.isQueryResult = bool;
    props.jobID = { type: 'string', pattern: '^[0-9a-f]{32}$' };
    props.resultKind = { enum: ['SUCCESS', 'SUCCESS_WITH_CONTENT'] };
  }
  return { type: 'object', required: ['resultType'], additionalProperties: false, properties: props };
}

/** `JobDetailsInfo.JobVertexDetailsInfo` as serialized (the 1.18+ files call it JobDetailsVertexInfo). */
export const JOB_DETAILS_VERTEX: Json = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[0-9a-f]{32}$' },
    name: str,
    maxParallelism: int,
    parallelism: int,
    status: {
      enum: [
        'CREATED',
        'SCHEDULED',
        'DEPLOYING',
        'RUNNING',
        'FINISHED',
        'CANCELING',
        'CANCELED',
        'FAILED',
        'RECONCILING',
        'INITIALIZING',
      ],
    },
    'start-time': int,
    'end-time': int,
    duration: int,
    tasks: intMap,
    metrics: { type: 'object' },
  },
};
