/** What every JobManager route group shares: its dependencies, reply and job-id parsing. */
import type { Cluster } from './cluster';
import { HttpError, type Reply, type Request, type Router } from './http';
import type { SimJob } from './model';
import type { Operations } from './operations';
import type { VersionFeatures } from './versions';

export const JOB_ID = /^[0-9a-f]{32}$/;

export interface JobManagerDeps {
  cluster: Cluster;
  ops: Operations;
  features: VersionFeatures;
  /** Lines served by GET /jobmanager/log. */
  log: () => string[];
}

/** A route group's view of the router: where to add routes, and how a request names its job. */
export interface RouteContext {
  r: Router;
  d: JobManagerDeps;
  job: (req: Request) => SimJob;
}

export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

/** The job a `:jobid` path names: 400 for a malformed id, 404 for an unknown one. */
export function jobLookup(cluster: Cluster): (req: Request) => SimJob {
  return (req) => {
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
}

/** An optional client-chosen trigger id: absent, or a 32-hex-digit id. */
export function triggerIdOf(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !JOB_ID.test(v))
    throw new HttpError(400, ['Request did not conform to expected format.']);
  return v;
}
