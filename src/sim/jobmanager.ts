/**
 * JobManager REST routes (versioned `/v1/...` and unversioned). A route a release
 * does not have answers 404 "Not found", like Flink's router.
 */

import { HttpError, Router } from './http';
import { subtaskMetrics } from './job-metrics';
import { type JobManagerDeps, jobLookup, ok } from './jobmanager-context';
import { addRescaleRoutes } from './jobmanager-rescale';
import { addSnapshotRoutes } from './jobmanager-savepoints';
import * as views from './jobmanager-views';
import { isBatch, isTerminal, type SimJob } from './model';

export type { JobManagerDeps } from './jobmanager-context';

export function jobManagerRouter(d: JobManagerDeps): Router {
  const { cluster, features: f } = d;
  const r = new Router();
  const job = jobLookup(cluster);

  r.add('GET', '/config', () =>
    ok({
      'refresh-interval': 3000,
      'timezone-name': 'Coordinated Universal Time',
      'timezone-offset': 0,
      'flink-version': f.full,
      'flink-revision': `simulated @ ${f.full}`,
      features: f.resourceRequirements
        ? { 'web-submit': true, 'web-cancel': true, 'web-rescale': cluster.adaptive, 'web-history': false }
        : { 'web-submit': true, 'web-cancel': true, 'web-history': false },
    }),
  );

  r.add('GET', '/jobmanager/config', () =>
    ok(
      views.jobManagerConfig(cluster.clusterConfig, {
        'jobmanager.rpc.address': '127.0.0.1',
        'jobmanager.memory.process.size': '1024m',
        'taskmanager.memory.process.size': '1536m',
        'taskmanager.numberOfTaskSlots': String(cluster.slotsPerTaskManager),
        'parallelism.default': '1',
        'jobmanager.scheduler': cluster.adaptive ? 'adaptive' : 'default',
      }),
    ),
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
      taskmanagers: cluster.taskManagers,
      'slots-total': cluster.slotsTotal,
      'slots-available': cluster.slotsAvailable,
      'jobs-running': counts.running,
      'jobs-finished': counts.finished,
      'jobs-cancelled': counts.cancelled,
      'jobs-failed': counts.failed,
      'flink-version': f.full,
      'flink-commit': 'simulated',
    });
  });

  // `TaskManagersInfo` (real 2.2.0 with taskmanager.memory.process.size: 1536m): the memory
  // configuration in bytes; resources in MB.
  r.add('GET', '/taskmanagers', () => {
    const heap = cluster.taskHeapBytes;
    const taskmanagers = Array.from({ length: cluster.taskManagers }, (_, i) => ({
      id: `127.0.0.1:${40000 + i}-sim${i}`,
      path: `pekko.tcp://flink@127.0.0.1:${40000 + i}/user/rpc/taskmanager_${i}`,
      dataPort: 41000 + i,
      jmxPort: -1,
      timeSinceLastHeartbeat: cluster.now(),
      slotsNumber: cluster.slotsPerTaskManager,
      freeSlots:
        i === 0 ? Math.min(cluster.slotsPerTaskManager, cluster.slotsAvailable) : cluster.slotsPerTaskManager,
      totalResource: {
        cpuCores: cluster.slotsPerTaskManager,
        taskHeapMemory: Math.floor(heap / 2 ** 20),
        taskOffHeapMemory: 0,
        managedMemory: 217,
        networkMemory: 108,
        extendedResources: {},
      },
      memoryConfiguration: {
        frameworkHeap: 134217728,
        taskHeap: heap,
        frameworkOffHeap: 134217728,
        taskOffHeap: 0,
        networkMemory: 114085070,
        managedMemory: 228170141,
        jvmMetaspace: 268435456,
        jvmOverhead: 201326592,
        totalFlinkMemory: 1140850688,
        totalProcessMemory: 1610612736,
      },
    }));
    return ok({ taskmanagers });
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
    // The dispatcher acknowledges cancelling a cancelled job again; other ends are a conflict.
    if (j.state === 'CANCELED') return ok({}, 202);
    if (isTerminal(j.state)) {
      throw new HttpError(409, [
        `org.apache.flink.runtime.rest.handler.RestHandlerException: Job cancellation failed because the job has already reached another terminal state (${j.state}).`,
      ]);
    }
    if (j.state !== 'CANCELLING') cluster.cancel(j);
    return ok({}, 202);
  });

  r.add('GET', '/jobs/:jobid/status', (req) => ok({ status: job(req).state }));
  r.add('GET', '/jobs/:jobid/config', (req) => ok(views.jobConfig(job(req), f)));
  // A batch job has no checkpoint coordinator: real Flink answers 404 for its checkpoints.
  const checkpointed = (j: SimJob): SimJob => {
    if (isBatch(j))
      throw new HttpError(404, [
        'org.apache.flink.runtime.rest.handler.RestHandlerException: Checkpointing has not been enabled.',
      ]);
    return j;
  };
  r.add('GET', '/jobs/:jobid/checkpoints', (req) =>
    ok(views.checkpoints(checkpointed(job(req)), f, cluster.now(), cluster.timing.checkpointStatsCacheMs)),
  );
  r.add('GET', '/jobs/:jobid/checkpoints/config', (req) => {
    const j = job(req);
    if (isBatch(j))
      throw new HttpError(404, [
        `org.apache.flink.runtime.rest.handler.RestHandlerException: Checkpointing is not enabled for this job (${j.jid}).`,
      ]);
    return ok(views.checkpointConfig(j, cluster.clusterConfig));
  });

  r.add('GET', '/jobs/:jobid/vertices/:vertexid/backpressure', (req) => {
    const j = job(req);
    const vid = req.params.vertexid!;
    if (!j.vertices.some((v) => v.id === vid)) throw new HttpError(404, [`Job vertex ${vid} not found.`]);
    return ok(views.backpressure(j, cluster.now()));
  });

  r.add('GET', '/jobs/:jobid/vertices/:vertexid/subtasks/metrics', (req) => {
    const vid = req.params.vertexid!;
    const out = subtaskMetrics(job(req), vid, req.query, cluster.now());
    if (!out) throw new HttpError(404, [`Job vertex ${vid} not found.`]);
    return ok(out);
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

  const routes = { r, d, job };
  addSnapshotRoutes(routes);
  if (f.resourceRequirements) addRescaleRoutes(routes);

  r.add('GET', '/jobmanager/logs', () => {
    const size = d.log().reduce((a, l) => a + l.length + 1, 0);
    return ok({ logs: [{ name: 'jobmanager.log', size, mtime: cluster.now() }] });
  });
  r.add('GET', '/jobmanager/log', () => ({ status: 200, text: `${d.log().join('\n')}\n` }));
  r.add('GET', '/jobmanager/logs/:filename', (req) => {
    if (req.params.filename !== 'jobmanager.log') {
      throw new HttpError(404, [`Can not find file ${req.params.filename}`]);
    }
    return { status: 200, text: `${d.log().join('\n')}\n` };
  });

  return r;
}
