// Services beside the cluster that example-repo's connectors talk to (PostgreSQL, Kafka), for
// `flink:up --with postgres,kafka`. Each is started on loopback, recorded in the run record's
// `services` (PID, and what its command line must name for the PID to still be ours) before it
// can outlive a failure, and stopped by that PID only.
import { freePorts } from './cluster.mjs';
import { UserError } from './distribution.mjs';
import { EXAMPLE_TOPICS, startKafka, stopKafka } from './kafka.mjs';
import { startPostgres, stopPostgres } from './postgres.mjs';

export const SERVICES = ['postgres', 'kafka'];
export { EXAMPLE_TOPICS };

/**
 * Starts `names` (in a fixed order) for the run in `dir`; returns the KEY→VALUE lines to print
 * after the two URL lines. On failure the caller stops the run, services included.
 */
export async function startServices(names, { dir, log = () => {}, record, save }) {
  checkServices(names);
  record.services ??= [];
  const env = {};
  for (const name of SERVICES.filter((n) => names.includes(n))) {
    const t0 = Date.now();
    if (name === 'postgres') {
      const [port] = await freePorts(1);
      Object.assign(env, await startPostgres({ dir, port, log, record, save }));
    } else {
      Object.assign(env, await startKafka({ dir, ports: await freePorts(2), log, record, save }));
    }
    log(`${name} ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return env;
}

/** Refuses unknown service names before anything starts. */
export function checkServices(names) {
  const unknown = names.filter((n) => !SERVICES.includes(n));
  if (unknown.length > 0) {
    throw new UserError(`--with ${unknown.join(',')}: unknown service; choose from ${SERVICES.join(', ')}`);
  }
}

/** Stops every recorded service of the run, by PID; PIDs no longer ours are left alone. */
export async function stopServices(record) {
  const stopped = [];
  for (const svc of [...(record.services ?? [])].reverse()) {
    const alive = svc.name === 'postgres' ? await stopPostgres(svc) : await stopKafka(svc);
    stopped.push(...alive.map((p) => ({ role: p.role, pid: p.pid })));
  }
  return stopped;
}
