/**
 * JobManager REST calls. Request bodies carry only fields present in every
 * dispatcher OpenAPI file 1.16–2.3 (SavepointTriggerRequestBody,
 * StopWithSavepointRequestBody, SavepointDisposalRequest are unchanged across
 * them), because 1.16–1.19 reject unknown fields with 400.
 */
import { randomHex } from '../core/hash';
import type { FlinkClient, SavepointOptions, StopOptions } from './client';
import { errorsOf, type FlinkResult, fail, ok, protocolError, unsupported } from './errors';
import { callName, expect2xx, type HttpEndpoint, type HttpRequest } from './http';
import {
  parseAggregatedMetrics,
  parseAsyncOperation,
  parseBackpressure,
  parseCheckpointConfig,
  parseCheckpoints,
  parseClusterOverview,
  parseConfig,
  parseExceptions,
  parseFailureCause,
  parseJobConfig,
  parseJobDetails,
  parseJobManagerConfig,
  parseJobsOverview,
  parseResourceRequirements,
  parseTaskManagers,
  resourceRequirementsBody,
} from './jobmanager-parse';
import type { DisposalStatus, SavepointStatus } from './types';
import type { Capabilities } from './version';
import { asObj, str } from './wire';

/** A fresh 32-hex trigger id. Persist it before triggering, so a rerun can poll the same operation. */
export function newTriggerId(): string {
  return randomHex(16);
}

export type JobManagerCalls = Pick<
  FlinkClient,
  | 'getConfig'
  | 'getClusterOverview'
  | 'listJobs'
  | 'getJob'
  | 'getJobConfig'
  | 'getCheckpoints'
  | 'getCheckpointConfig'
  | 'getTaskManagers'
  | 'getJobManagerConfig'
  | 'getExceptions'
  | 'getFailureCause'
  | 'getBackpressure'
  | 'listVertexMetrics'
  | 'getVertexMetrics'
  | 'triggerSavepoint'
  | 'stopWithSavepoint'
  | 'getSavepointStatus'
  | 'cancelJob'
  | 'getResourceRequirements'
  | 'putResourceRequirements'
  | 'disposeSavepoint'
  | 'getDisposalStatus'
  | 'getJobManagerLog'
>;

const enc = encodeURIComponent;

export function jobManagerCalls(http: HttpEndpoint, caps: () => Promise<Capabilities>): JobManagerCalls {
  const svc = http.service;

  async function call<T>(req: HttpRequest, parse: (body: unknown) => T | undefined, what: string) {
    const r = expect2xx(svc, req, await http.request(req));
    if (!r.ok) return r;
    const v = parse(r.value.body);
    return v === undefined ? fail<T>(protocolError(svc, callName(req), what)) : ok(v);
  }

  function requestId(body: unknown, fallback: string): { triggerId: string } {
    return { triggerId: str(asObj(body), 'request-id') ?? fallback };
  }

  async function resourceRequirementsGuard(route: string, method: string) {
    const c = await caps();
    if (c.flinkVersion && !c.supportsResourceRequirements) {
      return fail<never>(
        unsupported(
          svc,
          `${method} ${route}`,
          `resource requirements need Flink 1.18+, the cluster runs ${c.flinkVersion.raw}`,
        ),
      );
    }
    return undefined;
  }

  return {
    getConfig: () =>
      call({ method: 'GET', route: '/config', path: '/config' }, parseConfig, 'no flink-version'),
    getClusterOverview: () =>
      call({ method: 'GET', route: '/overview', path: '/overview' }, parseClusterOverview, 'no slots-total'),
    getTaskManagers: () =>
      call(
        { method: 'GET', route: '/taskmanagers', path: '/taskmanagers' },
        parseTaskManagers,
        'no taskmanagers[]',
      ),
    getJobManagerConfig: () =>
      call(
        { method: 'GET', route: '/jobmanager/config', path: '/jobmanager/config' },
        parseJobManagerConfig,
        'no [{key,value}]',
      ),
    listJobs: () =>
      call(
        { method: 'GET', route: '/jobs/overview', path: '/jobs/overview' },
        parseJobsOverview,
        'no jobs[]',
      ),
    getJob: (id) =>
      call({ method: 'GET', route: '/jobs/{jobid}', path: `/jobs/${enc(id)}` }, parseJobDetails, 'no jid'),
    getJobConfig: (id) =>
      call(
        { method: 'GET', route: '/jobs/{jobid}/config', path: `/jobs/${enc(id)}/config` },
        (b) => parseJobConfig(b, id),
        'not an object',
      ),
    getCheckpoints: (id) =>
      call(
        { method: 'GET', route: '/jobs/{jobid}/checkpoints', path: `/jobs/${enc(id)}/checkpoints` },
        parseCheckpoints,
        'not an object',
      ),
    getCheckpointConfig: (id) =>
      call(
        {
          method: 'GET',
          route: '/jobs/{jobid}/checkpoints/config',
          path: `/jobs/${enc(id)}/checkpoints/config`,
        },
        parseCheckpointConfig,
        'not an object',
      ),
    getFailureCause: async (id) => {
      const r = await call(
        {
          method: 'GET',
          route: '/jobs/{jobid}/execution-result',
          path: `/jobs/${enc(id)}/execution-result`,
        },
        parseFailureCause,
        'not an object',
      );
      return r.ok ? ok(r.value.value) : r;
    },
    getExceptions: (id, max = 10) =>
      call(
        {
          method: 'GET',
          route: '/jobs/{jobid}/exceptions',
          path: `/jobs/${enc(id)}/exceptions?maxExceptions=${Math.max(1, Math.floor(max))}`,
        },
        parseExceptions,
        'not an object',
      ),

    getBackpressure: (id, vertexId) =>
      call(
        {
          method: 'GET',
          route: '/jobs/{jobid}/vertices/{vertexid}/backpressure',
          path: `/jobs/${enc(id)}/vertices/${enc(vertexId)}/backpressure`,
        },
        parseBackpressure,
        'not an object',
      ),
    listVertexMetrics: (id, vertexId) =>
      call(
        {
          method: 'GET',
          route: '/jobs/{jobid}/vertices/{vertexid}/subtasks/metrics',
          path: `/jobs/${enc(id)}/vertices/${enc(vertexId)}/subtasks/metrics`,
        },
        (b) => parseAggregatedMetrics(b)?.map((m) => m.id),
        'not an array',
      ),
    getVertexMetrics: (id, vertexId, names) =>
      call(
        {
          method: 'GET',
          route: '/jobs/{jobid}/vertices/{vertexid}/subtasks/metrics',
          // One request for every metric of the vertex; `agg` keeps the answer to what is read.
          path: `/jobs/${enc(id)}/vertices/${enc(vertexId)}/subtasks/metrics?get=${names.map(enc).join(',')}&agg=min,max,sum`,
        },
        parseAggregatedMetrics,
        'not an array',
      ),

    async triggerSavepoint(id, opts: SavepointOptions) {
      const body: Record<string, unknown> = { 'cancel-job': false, triggerId: opts.triggerId };
      if (opts.targetDirectory !== undefined) body['target-directory'] = opts.targetDirectory;
      if (opts.formatType !== undefined) body.formatType = opts.formatType;
      const req: HttpRequest = {
        method: 'POST',
        route: '/jobs/{jobid}/savepoints',
        path: `/jobs/${enc(id)}/savepoints`,
        body,
        idempotent: true,
      };
      const r = expect2xx(svc, req, await http.request(req));
      return r.ok ? ok(requestId(r.value.body, opts.triggerId)) : r;
    },

    async stopWithSavepoint(id, opts: StopOptions) {
      const body: Record<string, unknown> = { drain: opts.drain ?? false, triggerId: opts.triggerId };
      if (opts.targetDirectory !== undefined) body.targetDirectory = opts.targetDirectory;
      if (opts.formatType !== undefined) body.formatType = opts.formatType;
      const req: HttpRequest = {
        method: 'POST',
        route: '/jobs/{jobid}/stop',
        path: `/jobs/${enc(id)}/stop`,
        body,
        idempotent: true,
      };
      const r = expect2xx(svc, req, await http.request(req));
      return r.ok ? ok(requestId(r.value.body, opts.triggerId)) : r;
    },

    async getSavepointStatus(id, triggerId): Promise<FlinkResult<SavepointStatus>> {
      const req: HttpRequest = {
        method: 'GET',
        route: '/jobs/{jobid}/savepoints/{triggerid}',
        path: `/jobs/${enc(id)}/savepoints/${enc(triggerId)}`,
      };
      const raw = await http.request(req);
      if (raw.ok && raw.value.status === 404) return ok({ state: 'unknown-trigger' });
      const r = expect2xx(svc, req, raw);
      if (!r.ok) return r;
      const op = parseAsyncOperation(r.value.body);
      if (!op) return fail(protocolError(svc, callName(req), 'no status.id'));
      if (op.state === 'completed') {
        return op.location
          ? ok({ state: 'completed', location: op.location })
          : fail(protocolError(svc, callName(req), 'completed savepoint without a location'));
      }
      return ok(op);
    },

    async cancelJob(id) {
      const req: HttpRequest = {
        method: 'PATCH',
        route: '/jobs/{jobid}',
        path: `/jobs/${enc(id)}?mode=cancel`,
      };
      const raw = await http.request(req);
      if (raw.ok && raw.value.status === 404) return ok('not-found' as const);
      if (raw.ok && raw.value.status === 409) return ok('already-terminal' as const);
      // 408: the JobManager gave up waiting for the cancel to finish; the cancel itself goes on.
      if (raw.ok && raw.value.status === 408) return ok('cancelling' as const);
      const r = expect2xx(svc, req, raw);
      return r.ok ? ok('cancelling' as const) : r;
    },

    async getResourceRequirements(id) {
      const route = '/jobs/{jobid}/resource-requirements';
      const guard = await resourceRequirementsGuard(route, 'GET');
      if (guard) return guard;
      return call(
        { method: 'GET', route, path: `/jobs/${enc(id)}/resource-requirements` },
        parseResourceRequirements,
        'not an object',
      );
    },

    async putResourceRequirements(id, reqs) {
      const route = '/jobs/{jobid}/resource-requirements';
      const guard = await resourceRequirementsGuard(route, 'PUT');
      if (guard) return guard;
      const req: HttpRequest = {
        method: 'PUT',
        route,
        path: `/jobs/${enc(id)}/resource-requirements`,
        body: resourceRequirementsBody(reqs),
        // The same bounds twice are the same bounds: a proxy's 502–504 or a lost answer is tried
        // again. Flink's own refusal (its `errors` body) is final.
        idempotent: true,
        settled: (res) => errorsOf(res.body) !== undefined,
      };
      const r = expect2xx(svc, req, await http.request(req));
      return r.ok ? ok(undefined) : r;
    },

    async disposeSavepoint(path) {
      const req: HttpRequest = {
        method: 'POST',
        route: '/savepoint-disposal',
        path: '/savepoint-disposal',
        body: { 'savepoint-path': path },
      };
      const r = expect2xx(svc, req, await http.request(req));
      if (!r.ok) return r;
      const id = str(asObj(r.value.body), 'request-id');
      return id ? ok({ triggerId: id }) : fail(protocolError(svc, callName(req), 'no request-id'));
    },

    async getDisposalStatus(triggerId): Promise<FlinkResult<DisposalStatus>> {
      const req: HttpRequest = {
        method: 'GET',
        route: '/savepoint-disposal/{triggerid}',
        path: `/savepoint-disposal/${enc(triggerId)}`,
      };
      const raw = await http.request(req);
      if (raw.ok && raw.value.status === 404) return ok({ state: 'unknown-trigger' });
      const r = expect2xx(svc, req, raw);
      if (!r.ok) return r;
      const op = parseAsyncOperation(r.value.body);
      if (!op) return fail(protocolError(svc, callName(req), 'no status.id'));
      return ok(op.state === 'completed' ? { state: 'completed' } : op);
    },

    async getJobManagerLog(opts = {}) {
      const req: HttpRequest = opts.file
        ? { method: 'GET', route: '/jobmanager/logs/{filename}', path: `/jobmanager/logs/${enc(opts.file)}` }
        : { method: 'GET', route: '/jobmanager/log', path: '/jobmanager/log' };
      const r = expect2xx(svc, req, await http.request(req));
      return r.ok ? ok(r.value.text) : r;
    },
  };
}
