/**
 * JobManager REST routes (versioned `/v1/...` and unversioned). A route a release
 * does not have answers 404 "Not found", like Flink's router.
 */
import type { Cluster } from './cluster';
import { checkBody, HttpError, type Reply, type Request, Router } from './http';
import * as views from './jobmanager-views';
import { isTerminal, type SimJob } from './model';
import type { Operations } from './operations';
import { TriggerError } from './operations';
import type { VersionFeatures } from './versions';

const JOB_ID = /^[0-9a-f]{32}$/;

export interface JobManagerDeps {
  cluster: Cluster;
  ops: Operations;
  features: VersionFeatures;
  /** Lines served by GET /jobmanager/log. */
  log: () => string[];
}

function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

export function jobManagerRouter(d: JobManagerDeps): Router {
  const { cluster, ops, features: f } = d;
  const r = new Router();
  const lenient = f.lenientBodies;

  const job = (req: Request): SimJob => {
    const jid = req.params.jobid!;
    if (!JOB_ID.test(jid)) {
      throw new HttpError(400, [
        `Bad request, could not parse parameters: Cannot parse value '${jid}' for path parameter jobid.`,
      ]);
    }
    const j = cluster.get(jid);
    if (!j)
      throw new HttpError(404, [`org.apache.flink.runtime.rest.NotFoundException: Job ${jid} not found`]);
    return j;
  };

  const trigger = (fn: () => { triggerId: string }): Reply => {
    try {
      return ok({ 'request-id': fn().triggerId }, 202);
    } catch (e) {
      if (e instanceof TriggerError) throw new HttpError(e.status, [e.message]);
      throw e;
    }
  };

  const triggerIdOf = (v: unknown): string | undefined => {
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !JOB_ID.test(v))
      throw new HttpError(400, ['Request did not conform to expected format.']);
    return v;
  };

  r.add('GET', '/config', () =>
    ok({
      'refresh-interval': 3000,
      'timezone-name': 'Coordinated Universal Time',
      'timezone-offset': 0,
      'flink-version': f.full,
      'flink-revision': `simulated @ ${f.full}`,
      features: f.resourceRequirements
        ? { 'web-submit': false, 'web-cancel': true, 'web-rescale': cluster.adaptive, 'web-history': false }
        : { 'web-submit': false, 'web-cancel': true, 'web-history': false },
    }),
  );

  r.add('GET', '/overview', () => {
    const counts = { running: 0, finished: 0, cancelled: 0, failed: 0 };
    for (const j of cluster.jobs.values()) {
      if (j.state === 'FINISHED') counts.finished++;
      else if (j.state === 'CANCELED') counts.cancelled++;
      else if (j.state === 'FAILED') counts.failed++;
      else counts.running++;
    }
    return ok({
      taskmanagers: 1,
      'slots-total': 64,
      'slots-available': 64,
      'jobs-running': counts.running,
      'jobs-finished': counts.finished,
      'jobs-cancelled': counts.cancelled,
      'jobs-failed': counts.failed,
      'flink-version': f.full,
      'flink-commit': 'simulated',
    });
  });

  r.add('GET', '/jobs/overview', () => {
    const now = cluster.now();
    const jobs: unknown[] = [];
    for (const j of cluster.jobs.values()) jobs.push(views.overviewEntry(j, f, now));
    return ok({ jobs });
  });

  r.add('GET', '/jobs', () => {
    const jobs: unknown[] = [];
    for (const j of cluster.jobs.values()) jobs.push({ id: j.jid, status: j.state });
    return ok({ jobs });
  });

  r.add('GET', '/jobs/:jobid', (req) => ok(views.jobDetails(job(req), f, cluster.now())));

  r.add('PATCH', '/jobs/:jobid', (req) => {
    const j = job(req);
    const mode = (req.query.get('mode') ?? 'cancel').toLowerCase();
    if (mode !== 'cancel') {
      throw new HttpError(400, [
        `Bad request, could not parse parameters: Invalid value '${mode}' for query parameter mode.`,
      ]);
    }
    if (isTerminal(j.state)) {
      throw new HttpError(409, [
        `Job cancellation failed: Flink job (${j.jid}) was not canceled, but instead ${j.state}.`,
      ]);
    }
    if (j.state !== 'CANCELLING') cluster.cancel(j);
    return ok({}, 202);
  });

  r.add('GET', '/jobs/:jobid/status', (req) => ok({ status: job(req).state }));
  r.add('GET', '/jobs/:jobid/config', (req) => ok(views.jobConfig(job(req), f)));
  r.add('GET', '/jobs/:jobid/checkpoints', (req) => ok(views.checkpoints(job(req), f)));

  r.add('GET', '/jobs/:jobid/vertices/:vertexid/backpressure', (req) => {
    const j = job(req);
    const vid = req.params.vertexid!;
    if (!j.vertices.some((v) => v.id === vid)) throw new HttpError(404, [`Job vertex ${vid} not found.`]);
    return ok(views.backpressure(j, cluster.now()));
  });

  r.add('GET', '/jobs/:jobid/exceptions', (req) => {
    const j = job(req);
    const raw = req.query.get('maxExceptions');
    const max = raw === null ? 20 : Number(raw);
    if (!Number.isInteger(max) || max < 0) {
      throw new HttpError(400, [
        `Bad request, could not parse parameters: Cannot parse value '${raw}' for query parameter maxExceptions.`,
      ]);
    }
    return ok(views.exceptions(j, f, max));
  });

  r.add('POST', '/jobs/:jobid/savepoints', (req) => {
    const j = job(req);
    const b = checkBody(
      req.body,
      { 'target-directory': 'string', 'cancel-job': 'boolean', formatType: 'string', triggerId: 'string' },
      lenient,
    );
    return trigger(() =>
      ops.triggerSavepoint(j, {
        triggerId: triggerIdOf(b.triggerId),
        targetDirectory: b['target-directory'] as string | undefined,
        cancelJob: b['cancel-job'] === true,
      }),
    );
  });

  r.add('POST', '/jobs/:jobid/stop', (req) => {
    const j = job(req);
    const b = checkBody(
      req.body,
      { targetDirectory: 'string', drain: 'boolean', formatType: 'string', triggerId: 'string' },
      lenient,
    );
    return trigger(() =>
      ops.triggerSavepoint(j, {
        triggerId: triggerIdOf(b.triggerId),
        targetDirectory: b.targetDirectory as string | undefined,
        stop: true,
        drain: b.drain === true,
      }),
    );
  });

  const savepointStatus = (req: Request): Reply => {
    const jid = req.params.jobid!;
    const tid = req.params.triggerid!;
    const op = ops.get(jid, tid);
    if (!op || op.kind === 'checkpoint') {
      throw new HttpError(404, [`There is no savepoint operation with triggerId=${tid} for job ${jid}.`]);
    }
    return ok(views.asyncResult(op));
  };
  r.add('GET', '/jobs/:jobid/savepoints/:triggerid', savepointStatus);

  if (f.manualCheckpoint) {
    r.add('POST', '/jobs/:jobid/checkpoints', (req) => {
      const j = job(req);
      const b = checkBody(req.body, { checkpointType: 'string', triggerId: 'string' }, lenient);
      return trigger(() => ops.triggerCheckpoint(j, triggerIdOf(b.triggerId)));
    });
    r.add('GET', '/jobs/:jobid/checkpoints/:triggerid', (req) => {
      const jid = req.params.jobid!;
      const tid = req.params.triggerid!;
      const op = ops.get(jid, tid);
      if (op?.kind !== 'checkpoint') {
        throw new HttpError(404, [`There is no checkpoint operation with triggerId=${tid} for job ${jid}.`]);
      }
      return ok(views.asyncResult(op));
    });
  }

  if (f.resourceRequirements) {
    const unsupported = (j: SimJob) => {
      if (j.adaptive) return;
      throw new HttpError(500, [
        'Internal server error.',
        '<Exception on server side:\njava.lang.UnsupportedOperationException: The DefaultScheduler does not support changing the parallelism without a job restart. This feature is currently only expected to work with the AdaptiveScheduler.\n\nEnd of exception on server side>',
      ]);
    };
    r.add('GET', '/jobs/:jobid/resource-requirements', (req) => {
      const j = job(req);
      unsupported(j);
      const out: Record<string, unknown> = {};
      for (const v of j.vertices) {
        const req0 = j.requirements[v.id];
        out[v.id] = { parallelism: req0 ?? { lowerBound: 1, upperBound: v.parallelism } };
      }
      return ok(out);
    });
    r.add('PUT', '/jobs/:jobid/resource-requirements', (req) => {
      const j = job(req);
      unsupported(j);
      const target = parseRequirements(req.body);
      const missing = j.vertices.filter((v) => !target[v.id]).map((v) => v.id);
      if (missing.length > 0) {
        throw new HttpError(400, [
          `The request is incomplete, missing job vertices [${missing.join(', ')}].`,
        ]);
      }
      const known = new Set(j.vertices.map((v) => v.id));
      const unknown = Object.keys(target).filter((id) => !known.has(id));
      if (unknown.length > 0)
        throw new HttpError(400, [
          `The request is invalid, job vertices [${unknown.join(', ')}] do not exist.`,
        ]);
      for (const v of j.vertices) {
        const { lowerBound: lo, upperBound: hi } = target[v.id]!;
        if ((lo !== -1 && lo < 1) || (hi !== -1 && hi < 1)) {
          throw new HttpError(400, [
            `The parallelism bounds of vertex ${v.id} must be positive or -1 (default).`,
          ]);
        }
        if (lo !== -1 && hi !== -1 && lo > hi) {
          throw new HttpError(400, [
            `The lower bound (${lo}) of vertex ${v.id} must not exceed its upper bound (${hi}).`,
          ]);
        }
        if (hi > v.maxParallelism) {
          throw new HttpError(400, [
            `The upper bound (${hi}) of vertex ${v.id} must not exceed its max parallelism (${v.maxParallelism}).`,
          ]);
        }
      }
      if (j.rescaling) {
        throw new HttpError(409, [
          `Another update to the job [${j.jid}] resource requirements is in progress.`,
        ]);
      }
      if (isTerminal(j.state)) {
        throw new HttpError(404, [
          `org.apache.flink.runtime.messages.FlinkJobNotFoundException: Could not find Flink job (${j.jid})`,
        ]);
      }
      cluster.rescale(j, target);
      return ok({});
    });
  }

  r.add('POST', '/savepoint-disposal', (req) => {
    const b = checkBody(req.body, { 'savepoint-path': 'string', triggerId: 'string' }, lenient);
    const path = b['savepoint-path'];
    if (typeof path !== 'string' || path === '')
      throw new HttpError(400, ['Request did not conform to expected format.']);
    return ok({ 'request-id': ops.triggerDisposal(path, triggerIdOf(b.triggerId)).triggerId });
  });

  r.add('GET', '/savepoint-disposal/:triggerid', (req) => {
    const tid = req.params.triggerid!;
    const op = ops.get(undefined, tid, true);
    if (!op) throw new HttpError(404, [`There is no savepoint disposal operation with triggerId=${tid}.`]);
    return ok(views.asyncResult(op));
  });

  r.add('GET', '/jobmanager/logs', () => {
    const size = d.log().reduce((a, l) => a + l.length + 1, 0);
    return ok({ logs: [{ name: 'jobmanager.log', size, mtime: cluster.now() }] });
  });
  r.add('GET', '/jobmanager/log', () => ({ status: 200, text: `${d.log().join('\n')}\n` }));

  return r;
}

function parseRequirements(body: unknown): Record<string, { lowerBound: number; upperBound: number }> {
  const bad = () => new HttpError(400, ['Request did not conform to expected format.']);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad();
  const out: Record<string, { lowerBound: number; upperBound: number }> = {};
  for (const [id, v] of Object.entries(body as Record<string, unknown>)) {
    const p = (v as { parallelism?: { lowerBound?: unknown; upperBound?: unknown } } | null)?.parallelism;
    if (!p || !Number.isInteger(p.lowerBound) || !Number.isInteger(p.upperBound)) throw bad();
    out[id] = { lowerBound: p.lowerBound as number, upperBound: p.upperBound as number };
  }
  return out;
}
