/** JobManager resource-requirements routes (1.18+): the adaptive scheduler's rescale without a redeploy. */
import { HttpError } from './http';
import { ok, type RouteContext } from './jobmanager-context';
import { isBatch, isTerminal, type SimJob } from './model';

export function addRescaleRoutes({ r, d, job }: RouteContext): void {
  const { cluster } = d;
  // A batch job runs on the AdaptiveBatchScheduler whatever the cluster's scheduler (real 1.20.3).
  const unsupported = (j: SimJob) => {
    const scheduler = isBatch(j) ? 'AdaptiveBatchScheduler' : j.adaptive ? undefined : 'DefaultScheduler';
    if (!scheduler) return;
    throw new HttpError(500, [
      'Internal server error.',
      `<Exception on server side:\njava.lang.UnsupportedOperationException: The ${scheduler} does not support changing the parallelism without a job restart. This feature is currently only expected to work with the AdaptiveScheduler.\n\nEnd of exception on server side>`,
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
  // The dispatcher forwards the update to the job's master; a job it does not run surfaces as
  // an internal error (FlinkJobNotFoundException), not as a 404.
  const notFound = (jid: string) =>
    new HttpError(500, [
      'Internal server error.',
      `<Exception on server side:\norg.apache.flink.runtime.messages.FlinkJobNotFoundException: Could not find Flink job (${jid})\n\nEnd of exception on server side>`,
    ]);
  r.add('PUT', '/jobs/:jobid/resource-requirements', (req) => {
    const jid = req.params.jobid!;
    const j = cluster.get(jid);
    if (!j) {
      if (!/^[0-9a-f]{32}$/.test(jid)) job(req); // a malformed id is still a 400
      throw notFound(jid);
    }
    unsupported(j);
    const target = parseRequirements(req.body);
    if (Object.keys(target).length === 0) {
      throw new HttpError(400, [
        'org.apache.flink.runtime.rest.handler.RestHandlerException: Request body does not specify resource requirements.',
      ]);
    }
    const missing = j.vertices.filter((v) => !target[v.id]).map((v) => v.id);
    if (missing.length > 0) {
      throw new HttpError(400, [`The request is incomplete, missing job vertices [${missing.join(', ')}].`]);
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
    if (isTerminal(j.state)) throw notFound(j.jid);
    cluster.rescale(j, target);
    return ok({});
  });
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
