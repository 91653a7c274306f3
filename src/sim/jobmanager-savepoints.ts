/** JobManager routes for async snapshot operations: savepoint, stop-with-savepoint, checkpoint, disposal. */
import { checkBody, HttpError, type Reply, type Request } from './http';
import { ok, type RouteContext, triggerIdOf } from './jobmanager-context';
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
  const { ops, features: f } = d;
  const lenient = f.lenientBodies;
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
}
