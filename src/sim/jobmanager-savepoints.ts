/** JobManager routes for async snapshot operations: savepoint, stop-with-savepoint, checkpoint, disposal. */
import { checkBody, HttpError, type Reply, type Request } from './http';
import { JOB_ID, ok, type RouteContext, triggerIdOf } from './jobmanager-context';
import * as views from './jobmanager-views';
import { TriggerError } from './operations';

/** A trigger answers 202 with its request id; a refused trigger becomes the HTTP error Flink gives. */
function trigger(fn: () => { triggerId: string }): Reply {
  try {
    return ok({ 'request-id': fn().triggerId }, 202);
  } catch (e) {
    if (e instanceof TriggerError) throw new HttpError(e.status, [e.message]);
    throw e;
  }
}

export function addSnapshotRoutes({ r, d, job }: RouteContext): void {
  const { ops, features: f, cluster } = d;
  /** The job, undefined for a well-formed id the cluster does not know (a malformed one is a 400). */
  const knownJob = (req: Request) =>
    cluster.get(req.params.jobid!) || !JOB_ID.test(req.params.jobid!) ? job(req) : undefined;
  const lenient = f.lenientBodies;
  r.add('POST', '/jobs/:jobid/savepoints', (req) => {
    const b = checkBody(
      req.body,
      { 'target-directory': 'string', 'cancel-job': 'boolean', formatType: 'string', triggerId: 'string' },
      lenient,
    );
    const j = knownJob(req);
    if (!j)
      return trigger(() =>
        ops.triggerForMissingJob(req.params.jobid!, { triggerId: triggerIdOf(b.triggerId) }),
      );
    return trigger(() =>
      ops.triggerSavepoint(j, {
        triggerId: triggerIdOf(b.triggerId),
        targetDirectory: b['target-directory'] as string | undefined,
        cancelJob: b['cancel-job'] === true,
        ...(typeof b.formatType === 'string' ? { formatType: b.formatType } : {}),
      }),
    );
  });

  r.add('POST', '/jobs/:jobid/stop', (req) => {
    const b = checkBody(
      req.body,
      { targetDirectory: 'string', drain: 'boolean', formatType: 'string', triggerId: 'string' },
      lenient,
    );
    const j = knownJob(req);
    if (!j) {
      return trigger(() =>
        ops.triggerForMissingJob(req.params.jobid!, { triggerId: triggerIdOf(b.triggerId), stop: true }),
      );
    }
    return trigger(() =>
      ops.triggerSavepoint(j, {
        triggerId: triggerIdOf(b.triggerId),
        targetDirectory: b.targetDirectory as string | undefined,
        stop: true,
        drain: b.drain === true,
        ...(typeof b.formatType === 'string' ? { formatType: b.formatType } : {}),
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

  r.add('POST', '/savepoint-disposal', (req) => {
    // SavepointDisposalRequest has no triggerId: 1.16-1.19 refuse it, 1.20+ ignore it.
    const b = checkBody(req.body, { 'savepoint-path': 'string' }, lenient);
    const path = b['savepoint-path'];
    if (typeof path !== 'string' || path === '')
      throw new HttpError(400, ['Request did not conform to expected format.']);
    return ok({ 'request-id': ops.triggerDisposal(path).triggerId });
  });

  r.add('GET', '/savepoint-disposal/:triggerid', (req) => {
    const tid = req.params.triggerid!;
    const op = ops.get(undefined, tid, true);
    if (!op) throw new HttpError(404, [`There is no savepoint disposal operation with triggerId=${tid}.`]);
    return ok(views.asyncResult(op));
  });
}
